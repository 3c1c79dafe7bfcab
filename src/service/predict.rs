//! Predictions for the shop: who will buy again, who is slipping away and what each
//! customer is worth (issue 21's models in `analytics::predict`, fed from the store).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Error, Job, Progress, Stage};
use crate::analytics::predict::{
    ClvSettings, ModelChoice, PredictOutcome, PredictSettings, PurchaseDays, predict,
};
use crate::store::{DaySpend, Store};

/// What to predict: the models' settings with the as-of date left to the shop's last sale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PredictOptions {
    /// The as-of date (calibration end); `None` for the day of the last sale.
    pub as_of: Option<NaiveDate>,
    /// The horizon of P(buy), the expected purchases and the model check, in days.
    pub horizon_days: u32,
    /// Which purchase model gives the figures.
    pub model: ModelChoice,
    /// Lifetime value settings.
    pub clv: ClvSettings,
}

impl PredictOptions {
    /// The default options with the shop's margin and monthly discount rate.
    pub fn for_shop(settings: &crate::settings::ShopSettings) -> PredictOptions {
        let mut options = PredictOptions::default();
        options.clv.margin = settings.margin();
        options.clv.discount_monthly = settings.discount_monthly();
        options
    }
}

impl Default for PredictOptions {
    fn default() -> Self {
        PredictOptions {
            as_of: None,
            horizon_days: 90,
            model: ModelChoice::Auto,
            clv: ClvSettings::default(),
        }
    }
}

/// The predictions with what the lists and files need beside them.
#[derive(Clone, Debug, PartialEq)]
pub struct Predictions {
    /// The as-of date used.
    pub as_of: NaiveDate,
    /// The figures, or why there are none.
    pub outcome: PredictOutcome,
    /// Each customer's external reference, where there is one.
    pub external_refs: HashMap<i64, String>,
    /// Customers with repeated unresolved complaints (at least
    /// [`super::feedback::REPEATED_COMPLAINTS`] open), with how many: flagged as likely to
    /// leave whatever their buying says.
    pub complaints: HashMap<i64, usize>,
}

/// Reads every customer's spend per day up to the as-of date and predicts.
pub fn run(
    store: &Store,
    options: &PredictOptions,
    progress: &mut Progress<'_>,
) -> Result<Predictions, Error> {
    progress.step(0.0, Stage::ReadingSales, Job::Predict)?;
    let spends =
        crate::analytics::predict::timed("reading day spends", || store.day_spends(options.as_of))?;
    let as_of = options
        .as_of
        .or_else(|| spends.iter().map(|d| d.day).max())
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    progress.step(0.2, Stage::Predicting, Job::Predict)?;
    let settings = PredictSettings {
        as_of,
        horizon_days: options.horizon_days,
        model: options.model,
        clv: options.clv,
    };
    let days = crate::analytics::predict::timed("purchase days", || purchase_days(&spends));
    let outcome = crate::analytics::predict::timed("predict", || predict(&days, &settings))
        .map_err(Error::Predict)?;
    progress.step(0.9, Stage::ReadingCustomers, Job::Predict)?;
    let external_refs =
        crate::analytics::predict::timed("external refs", || store.external_refs())?;
    // Only open complaints count: the rest of the feedback (and its texts) is not read.
    let open = crate::model::feedback::FeedbackFilter {
        status: Some(crate::model::feedback::FeedbackStatus::Open),
        ..crate::model::feedback::FeedbackFilter::default()
    };
    let complaints =
        crate::analytics::predict::timed("open complaints", || store.feedback_facts(&open))
            .map(|facts| super::feedback::repeated_complaints(&facts))?;
    progress.step(1.0, Stage::Done, Job::Predict)?;
    Ok(Predictions {
        as_of,
        outcome,
        external_refs,
        complaints,
    })
}

/// Day spends (sorted by customer then day) as each customer's purchase days, in currency
/// units.
fn purchase_days(spends: &[DaySpend]) -> Vec<PurchaseDays> {
    let mut out: Vec<PurchaseDays> = Vec::new();
    for s in spends {
        let day = (s.day, s.amount_cents as f64 / 100.0);
        match out.last_mut() {
            Some(c) if c.customer_id == s.customer_id => c.days.push(day),
            _ => out.push(PurchaseDays {
                customer_id: s.customer_id,
                days: vec![day],
            }),
        }
    }
    out
}
