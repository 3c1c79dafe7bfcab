//! Feedback analytics: NPS, CSAT and average stars with the number of answers behind
//! them, per group; the unhappy customers worth a call; whether satisfaction foretells
//! leaving; and the words unhappy customers use more than happy ones. Pure: plain
//! [`crate::model::feedback::FeedbackFact`]s and orders in, typed figures out; no SQL, no
//! UI, no sentences.

pub mod figures;
pub mod groups;
pub mod language;
pub mod leaving;
pub mod terms;
#[cfg(test)]
mod tests;
pub mod unhappy;

pub use figures::{Csat, Figures, Nps, Stars, figures};
pub use groups::{Group, MIN_ANSWERS, groups};
pub use leaving::{Leaving, RETURN_WINDOW_DAYS, leaving};
pub use terms::{Term, TermOptions, terms};
pub use unhappy::{OPEN_TOO_LONG_DAYS, Unhappy, UnhappyInput, unhappy};

/// The z value of a two-sided 95% interval.
pub const Z95: f64 = 1.959_963_984_540_054;
