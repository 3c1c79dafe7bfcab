//! Customer lifetime value: the expected purchases of each coming month, times the
//! expected spend and the margin, discounted month by month.

use serde::{Deserialize, Serialize};

use super::PurchaseModel;
use super::summary::CustomerHistory;

/// Weeks in a month, as lifetimes counts them (`freq='W'`).
pub const WEEKS_PER_MONTH: f64 = 4.345;

/// The shop's settings for lifetime value.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClvSettings {
    /// Months ahead (N).
    pub months: u32,
    /// Monthly discount rate (d), 0.01 for 1 %.
    pub discount_monthly: f64,
    /// Share of the spend kept as profit, 1.0 for 100 %.
    pub margin: f64,
}

impl Default for ClvSettings {
    fn default() -> Self {
        ClvSettings {
            months: 12,
            discount_monthly: 0.01,
            margin: 1.0,
        }
    }
}

/// Expected purchases of each month 1..N discounted to today and summed:
/// the sum over i of (E[X(i months)] - E[X(i - 1 months)]) / (1 + d)^i.
/// A customer's lifetime value is this times the expected spend and the margin.
pub fn discounted_purchases(
    model: &impl PurchaseModel,
    h: &CustomerHistory,
    settings: &ClvSettings,
) -> f64 {
    super::expected(model.p_alive(h), discounted_if_alive(model, h, settings))
}

/// [`discounted_purchases`] of a customer still a customer (P(alive) is left out, so that
/// it is computed once per customer).
pub(crate) fn discounted_if_alive(
    model: &impl PurchaseModel,
    h: &CustomerHistory,
    settings: &ClvSettings,
) -> f64 {
    let mut before = 0.0;
    let mut total = 0.0;
    let mut factor = 1.0;
    for i in 1..=settings.months {
        let now = model.expected_purchases_if_alive(h, f64::from(i) * WEEKS_PER_MONTH);
        factor /= 1.0 + settings.discount_monthly;
        total += (now - before) * factor;
        before = now;
    }
    total
}

/// One customer's lifetime value over the settings' months.
pub fn clv(
    model: &impl PurchaseModel,
    h: &CustomerHistory,
    expected_spend: f64,
    settings: &ClvSettings,
) -> f64 {
    discounted_purchases(model, h, settings) * expected_spend * settings.margin
}
