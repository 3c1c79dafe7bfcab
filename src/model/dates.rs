//! How dates are written.

/// Day-month order of slash/dot/dash dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DateOrder {
    /// `25/12/2024`.
    DayFirst,
    /// `12/25/2024`.
    MonthFirst,
}
