//! A prediction in few bytes, to keep: everything but the customers' figures, and each
//! customer's history as whole days. The figures are worked out again from the histories
//! and the fits when the prediction is read, by the same function on the same numbers, so
//! they come back the same to the last bit.
//!
//! At 100 000 customers the kept prediction took about 9.5 MB, written twice by the
//! database (to its log, then to the file); with the histories in place of the figures it
//! takes 2.5 MB (1.5 MB of histories, the rest the customers' external references), and
//! working the figures out again about 30 ms.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::check::ModelCheckOutcome;
use super::run::{
    CustomerPrediction, DataWarning, ModelReason, PredictSettings, Prediction, RevenueRange,
    customer_figures, observed_mean_spend,
};
use super::summary::{CustomerHistory, DAYS_PER_WEEK};
use super::{BgNbdParams, Fitted, GammaGammaParams, ModelKind, ParetoNbdParams};

/// The customers' histories in whole days, column by column (postcard writes the integers
/// as variable-length numbers: a byte or two each).
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
struct Histories {
    /// Each customer id less the one before (the customers are sorted by id).
    id_steps: Vec<i64>,
    /// Days from the first purchase to the as-of date (T in days).
    age_days: Vec<u32>,
    /// Days from the first purchase to the last one (t_x in days).
    recency_days: Vec<u32>,
    /// x.
    frequency: Vec<u32>,
    /// m_x.
    monetary_avg: Vec<Option<f64>>,
}

/// Whole days, when `weeks` is a whole number of days divided by 7 as the histories work
/// it out.
fn whole_days(weeks: f64) -> Option<u32> {
    let days = (weeks * DAYS_PER_WEEK).round();
    if !(0.0..=f64::from(u32::MAX)).contains(&days) {
        return None;
    }
    // In range and whole: the conversion is exact.
    let days = days as u32;
    (weeks_of(days).to_bits() == weeks.to_bits()).then_some(days)
}

/// Weeks as [`super::summary::PurchaseDays::history`] works them out from days.
fn weeks_of(days: u32) -> f64 {
    f64::from(days) / DAYS_PER_WEEK
}

impl Histories {
    /// The customers' histories, or `None` when one of them is not in whole days before
    /// `as_of` (made by hand rather than from purchase days): those are not kept.
    fn of(customers: &[CustomerPrediction], as_of: NaiveDate) -> Option<Histories> {
        let mut out = Histories::default();
        let mut last_id = 0i64;
        for c in customers {
            let h = &c.history;
            let age = whole_days(h.age_weeks)?;
            let recency = whole_days(h.recency_weeks)?;
            if h.first_purchase
                .checked_add_days(chrono::Days::new(u64::from(age)))
                != Some(as_of)
            {
                return None;
            }
            out.id_steps.push(h.customer_id.checked_sub(last_id)?);
            last_id = h.customer_id;
            out.age_days.push(age);
            out.recency_days.push(recency);
            out.frequency.push(h.frequency);
            out.monetary_avg.push(h.monetary_avg);
        }
        Some(out)
    }

    /// The histories back, or `None` when the columns do not fit together.
    fn histories(&self, as_of: NaiveDate) -> Option<Vec<CustomerHistory>> {
        let n = self.id_steps.len();
        if [
            self.age_days.len(),
            self.recency_days.len(),
            self.frequency.len(),
            self.monetary_avg.len(),
        ] != [n; 4]
        {
            return None;
        }
        let mut id = 0i64;
        let mut out = Vec::with_capacity(n);
        let columns = self
            .id_steps
            .iter()
            .zip(&self.age_days)
            .zip(&self.recency_days)
            .zip(&self.frequency)
            .zip(&self.monetary_avg);
        for ((((step, age), recency), frequency), monetary_avg) in columns {
            id = id.checked_add(*step)?;
            out.push(CustomerHistory {
                customer_id: id,
                first_purchase: as_of.checked_sub_days(chrono::Days::new(u64::from(*age)))?,
                frequency: *frequency,
                recency_weeks: weeks_of(*recency),
                age_weeks: weeks_of(*age),
                monetary_avg: *monetary_avg,
            });
        }
        Some(out)
    }
}

/// A prediction to keep, borrowing all but the histories (which [`Compact`] reads back:
/// the same fields in the same order).
#[derive(Serialize)]
pub struct CompactRef<'a> {
    settings: &'a PredictSettings,
    model: ModelKind,
    model_reason: ModelReason,
    histories: Histories,
    repeat_customers: usize,
    bgnbd: &'a Fitted<BgNbdParams>,
    pareto_nbd: &'a Option<Fitted<ParetoNbdParams>>,
    gamma_gamma: &'a Fitted<GammaGammaParams>,
    check: &'a ModelCheckOutcome,
    warning: &'a Option<DataWarning>,
    total_clv: f64,
    expected_purchases: f64,
    revenue: &'a RevenueRange,
}

/// A kept prediction as read back; [`Compact::prediction`] works the figures out again.
#[derive(Debug, Deserialize)]
pub struct Compact {
    settings: PredictSettings,
    model: ModelKind,
    model_reason: ModelReason,
    histories: Histories,
    repeat_customers: usize,
    bgnbd: Fitted<BgNbdParams>,
    pareto_nbd: Option<Fitted<ParetoNbdParams>>,
    gamma_gamma: Fitted<GammaGammaParams>,
    check: ModelCheckOutcome,
    warning: Option<DataWarning>,
    total_clv: f64,
    expected_purchases: f64,
    revenue: RevenueRange,
}

impl Prediction {
    /// The prediction to keep, or `None` when a customer's history is not in whole days
    /// (see [`Compact::prediction`]).
    pub fn compact(&self) -> Option<CompactRef<'_>> {
        Some(CompactRef {
            settings: &self.settings,
            model: self.model,
            model_reason: self.model_reason,
            histories: Histories::of(&self.customers, self.settings.as_of)?,
            repeat_customers: self.repeat_customers,
            bgnbd: &self.bgnbd,
            pareto_nbd: &self.pareto_nbd,
            gamma_gamma: &self.gamma_gamma,
            check: &self.check,
            warning: &self.warning,
            total_clv: self.total_clv,
            expected_purchases: self.expected_purchases,
            revenue: &self.revenue,
        })
    }
}

impl Compact {
    /// The prediction kept, each customer's figures worked out again as
    /// [`super::predict_from`] worked them out; `None` when what was read does not fit
    /// together. The fits' starts are not kept (see [`Prediction::starts`]).
    pub fn prediction(self) -> Option<Prediction> {
        let hs = self.histories.histories(self.settings.as_of)?;
        let mut out = Prediction {
            settings: self.settings,
            model: self.model,
            model_reason: self.model_reason,
            customers: Vec::new(),
            repeat_customers: self.repeat_customers,
            bgnbd: self.bgnbd,
            pareto_nbd: self.pareto_nbd,
            gamma_gamma: self.gamma_gamma,
            check: self.check,
            warning: self.warning,
            total_clv: self.total_clv,
            expected_purchases: self.expected_purchases,
            revenue: self.revenue,
            starts: super::FitStarts::default(),
        };
        if out.model().kind() != out.model {
            return None;
        }
        out.customers = figures_in_two(&out, &hs, SPLIT_FIGURES_FROM);
        Some(out)
    }
}

/// From how many customers the figures are worked out again in two halves, one on each
/// thread.
const SPLIT_FIGURES_FROM: usize = 4_000;

/// Each customer's figures as [`super::predict_from`] works them out, in two halves on two
/// threads from `split_from` customers. Each figure is a function of its own history and
/// the fits alone (the tables inside only save working out the same one twice), so the
/// halves give the same figures to the last bit as the whole.
fn figures_in_two(
    p: &Prediction,
    hs: &[CustomerHistory],
    split_from: usize,
) -> Vec<CustomerPrediction> {
    let model = p.model();
    let weeks = f64::from(p.settings.horizon_days) / DAYS_PER_WEEK;
    let fallback_spend = observed_mean_spend(hs);
    let figures = |part: &[CustomerHistory]| {
        customer_figures(
            &model,
            &p.gamma_gamma.params,
            part,
            weeks,
            &p.settings.clv,
            fallback_spend,
        )
    };
    if hs.len() < split_from.max(2) {
        return figures(hs);
    }
    let (first, second) = hs.split_at(hs.len() / 2);
    let (mut out, rest) =
        crate::parallel::side_by_side("predict-kept", || figures(first), || figures(second));
    out.extend(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::predict::tests::cdnow_days;
    use crate::analytics::predict::{ModelChoice, PredictOutcome, predict};

    fn made(model: ModelChoice) -> Prediction {
        let mut settings = PredictSettings::new(NaiveDate::from_ymd_opt(1998, 6, 30).unwrap());
        settings.model = model;
        settings.clv.margin = 0.3;
        settings.horizon_days = 60;
        match predict(&cdnow_days(), &settings) {
            Ok(PredictOutcome::Ready(p)) => *p,
            other => panic!("{other:?}"),
        }
    }

    fn kept_and_read(p: &Prediction) -> Option<Prediction> {
        let bytes = postcard::to_allocvec(&p.compact()?).unwrap();
        postcard::from_bytes::<Compact>(&bytes)
            .unwrap()
            .prediction()
    }

    /// Kept and read back, a prediction is the same to the last bit, customer by
    /// customer, whichever model gives the figures.
    #[test]
    fn a_kept_prediction_reads_back_the_same_to_the_last_bit() {
        for model in [
            ModelChoice::BgNbd,
            ModelChoice::ParetoNbd,
            ModelChoice::Auto,
        ] {
            let mut p = made(model);
            // Neither is kept (the covariances never were: the revenue range they give is).
            p.starts = super::super::FitStarts::default();
            p.bgnbd.covariance = None;
            p.gamma_gamma.covariance = None;
            if let Some(f) = &mut p.pareto_nbd {
                f.covariance = None;
            }
            let read = kept_and_read(&p).unwrap();
            assert_eq!(read.customers.len(), p.customers.len());
            for (a, b) in read.customers.iter().zip(&p.customers) {
                assert_eq!(a.history, b.history);
                for (x, y) in [
                    (a.p_alive, b.p_alive),
                    (a.p_buy, b.p_buy),
                    (a.expected_purchases, b.expected_purchases),
                    (a.expected_spend, b.expected_spend),
                    (a.clv, b.clv),
                ] {
                    assert_eq!(x.to_bits(), y.to_bits(), "{model:?}, {:?}", a.history);
                }
            }
            assert!(read == p, "{model:?}: the prediction read differs");
        }
    }

    /// The figures worked out again in two halves are those worked out whole.
    #[test]
    fn figures_in_two_halves_are_the_figures_of_the_whole() {
        for model in [ModelChoice::BgNbd, ModelChoice::ParetoNbd] {
            let p = made(model);
            let hs: Vec<CustomerHistory> = p.customers.iter().map(|c| c.history).collect();
            let whole = figures_in_two(&p, &hs, usize::MAX);
            assert!(whole == p.customers, "{model:?}");
            assert!(figures_in_two(&p, &hs, 0) == whole, "{model:?}");
        }
    }

    /// The histories take a few bytes a customer, not the figures' dozens.
    #[test]
    fn a_kept_prediction_is_small() {
        let p = made(ModelChoice::Auto);
        let bytes = postcard::to_allocvec(&p.compact().unwrap()).unwrap();
        let per_customer = bytes.len() as f64 / p.customers.len() as f64;
        assert!(per_customer < 12.0, "{per_customer} bytes a customer");
    }

    /// A history not in whole days (made by hand) is not kept, rather than kept otherwise;
    /// columns that do not fit together are not read.
    #[test]
    fn histories_not_in_whole_days_or_not_fitting_are_refused() {
        let mut p = made(ModelChoice::BgNbd);
        p.customers[3].history.recency_weeks += 1e-9;
        assert!(p.compact().is_none());
        let mut p = made(ModelChoice::BgNbd);
        p.customers[5].history.first_purchase =
            p.customers[5].history.first_purchase.pred_opt().unwrap();
        assert!(p.compact().is_none());
        let p = made(ModelChoice::BgNbd);
        let mut histories = Histories::of(&p.customers, p.settings.as_of).unwrap();
        histories.frequency.pop();
        assert!(histories.histories(p.settings.as_of).is_none());
    }
}
