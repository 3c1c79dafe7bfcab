//! Is the model right for this shop? Both purchase models are refitted with the
//! calibration end moved back by the horizon, and their predictions for the holdout are
//! compared with what the customers then did.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::bgnbd::{BgNbdParams, fit_bgnbd_params};
use super::pareto::{ParetoNbdParams, fit_pareto_nbd_params};
use super::summary::{CustomerHistory, PurchaseDays, histories};
use super::{ModelKind, PurchaseModel};

/// Repeat customers the calibration period needs before the check is made.
pub const CHECK_MIN_REPEAT_CUSTOMERS: usize = 30;

/// The last bucket of the calibration/holdout table (7 or more repeat purchase days).
pub const TABLE_LAST_BUCKET: u32 = 7;

/// Why the model check was not made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckSkipped {
    /// The history is shorter than twice the horizon.
    HistoryTooShort {
        /// Days from the first sale to the as-of date, both counted.
        history_days: i64,
        /// Days needed (twice the horizon).
        needed_days: i64,
    },
    /// Too few customers bought twice before the holdout.
    TooFewRepeatCustomers {
        /// Repeat customers in the calibration period.
        repeat_customers: usize,
        /// Repeat customers needed.
        needed: usize,
    },
    /// BG/NBD could not be fitted on the calibration period.
    FitFailed,
}

/// How well one model predicted the holdout.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelScore {
    /// The model.
    pub model: ModelKind,
    /// Mean absolute error of the predicted purchase days per customer.
    pub mae: f64,
    /// Area under the ROC curve of P(buy) against "bought in the holdout"; `None` when
    /// everyone or no one bought.
    pub auc: Option<f64>,
    /// Predicted purchase days, all customers.
    pub predicted_total: f64,
}

/// One line of the calibration/holdout table.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct HoldoutRow {
    /// Repeat purchase days in the calibration period (the last row is "this or more").
    pub repeat_purchases: u32,
    /// Customers in the row.
    pub customers: usize,
    /// Mean actual purchase days in the holdout.
    pub actual: f64,
    /// Mean predicted by BG/NBD.
    pub bgnbd: f64,
    /// Mean predicted by Pareto/NBD, when it was fitted.
    pub pareto_nbd: Option<f64>,
}

/// The model check's results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelCheck {
    /// End of the calibration period (the as-of date less the horizon).
    pub calibration_end: NaiveDate,
    /// The holdout's length.
    pub horizon_days: u32,
    /// Customers in the calibration period.
    pub customers: usize,
    /// Repeat customers in the calibration period.
    pub repeat_customers: usize,
    /// Actual purchase days in the holdout, all customers.
    pub actual_total: f64,
    /// BG/NBD's score.
    pub bgnbd: ModelScore,
    /// Pareto/NBD's score, `None` when it was not asked for or could not be fitted.
    pub pareto_nbd: Option<ModelScore>,
    /// Mean actual and predicted holdout purchases by calibration repeat purchases 0..7+.
    pub table: Vec<HoldoutRow>,
    /// The model with the lower holdout error (BG/NBD on a tie or without Pareto/NBD).
    pub chosen: ModelKind,
}

/// The model check, or why it was skipped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ModelCheckOutcome {
    /// The check was made.
    Done(Box<ModelCheck>),
    /// The check was skipped (the predictions still stand).
    Skipped(CheckSkipped),
}

/// Refits BG/NBD (and Pareto/NBD when `with_pareto`) on the history up to `as_of` less
/// `horizon_days` and scores their predictions of the holdout that follows.
pub fn check_models(
    days: &[PurchaseDays],
    as_of: NaiveDate,
    horizon_days: u32,
    with_pareto: bool,
) -> ModelCheckOutcome {
    let calibration = match Calibration::new(days, as_of, horizon_days) {
        Ok(c) => c,
        Err(skipped) => return ModelCheckOutcome::Skipped(skipped),
    };
    let bg = super::timed("check BG/NBD fit", || {
        fit_bgnbd_params(&calibration.histories)
    });
    let pareto = with_pareto
        .then(|| {
            super::timed("check Pareto/NBD fit", || {
                fit_pareto_nbd_params(&calibration.histories)
            })
            .ok()
        })
        .flatten();
    calibration.score(bg.ok().as_ref(), pareto.as_ref())
}

/// The model check's calibration period: the histories up to the as-of date less the
/// horizon, and what each customer then bought in the holdout. The models are fitted on
/// `histories` by the caller (the prediction starts its own fits from them), then scored.
pub(crate) struct Calibration {
    /// End of the calibration period.
    calibration_end: NaiveDate,
    /// The holdout's length.
    horizon_days: u32,
    /// The customers' histories as of the calibration end.
    pub histories: Vec<CustomerHistory>,
    /// Repeat customers among them.
    repeat_customers: usize,
    /// Purchase days in the holdout, in the order of `histories`.
    actual: Vec<f64>,
}

impl Calibration {
    /// The calibration period, or why the check is skipped.
    pub(crate) fn new(
        days: &[PurchaseDays],
        as_of: NaiveDate,
        horizon_days: u32,
    ) -> Result<Calibration, CheckSkipped> {
        let first = days
            .iter()
            .filter_map(|c| c.days.first().map(|d| d.0))
            .min();
        // Days of history counting both ends: CDNOW's 1997-01-01..1998-06-30 is 546 days,
        // two 39-week halves.
        let history_days = first.map_or(0, |f| (as_of - f).num_days() + 1);
        let needed_days = 2 * i64::from(horizon_days);
        if history_days < needed_days {
            return Err(CheckSkipped::HistoryTooShort {
                history_days,
                needed_days,
            });
        }
        let calibration_end = as_of - Duration::days(i64::from(horizon_days));
        let histories = super::timed("check histories", || histories(days, calibration_end));
        let repeat_customers = histories.iter().filter(|h| h.frequency >= 1).count();
        if repeat_customers < CHECK_MIN_REPEAT_CUSTOMERS {
            return Err(CheckSkipped::TooFewRepeatCustomers {
                repeat_customers,
                needed: CHECK_MIN_REPEAT_CUSTOMERS,
            });
        }
        // `histories` keeps the order of `days`, so the holdout counts line up by position.
        let actual: Vec<f64> = days
            .iter()
            .filter(|c| c.days.first().is_some_and(|d| d.0 <= calibration_end))
            .map(|c| f64::from(c.days_between(calibration_end, as_of)))
            .collect();
        Ok(Calibration {
            calibration_end,
            horizon_days,
            histories,
            repeat_customers,
            actual,
        })
    }

    /// Scores the fits made on [`Calibration::histories`]; skipped when BG/NBD could not
    /// be fitted.
    pub(crate) fn score(
        &self,
        bg: Option<&BgNbdParams>,
        pareto: Option<&ParetoNbdParams>,
    ) -> ModelCheckOutcome {
        let Some(bg) = bg else {
            return ModelCheckOutcome::Skipped(CheckSkipped::FitFailed);
        };
        let weeks = f64::from(self.horizon_days) / super::summary::DAYS_PER_WEEK;
        let (calibration, actual) = (&self.histories, &self.actual);
        // Each model's predictions and score, Pareto/NBD's on a second thread.
        let ((pareto_pred, pareto_nbd), (bg_pred, bgnbd)) = crate::parallel::side_by_side(
            "predict-check",
            || {
                let pred = pareto.map(|f| predictions(f, calibration, weeks));
                let scored = pred
                    .as_ref()
                    .map(|p| score(ModelKind::ParetoNbd, p, actual));
                (pred, scored)
            },
            || {
                let pred = predictions(bg, calibration, weeks);
                let scored = score(ModelKind::BgNbd, &pred, actual);
                (pred, scored)
            },
        );
        let chosen = match pareto_nbd {
            Some(p) if p.mae < bgnbd.mae => ModelKind::ParetoNbd,
            _ => ModelKind::BgNbd,
        };
        let table = holdout_table(calibration, actual, &bg_pred, pareto_pred.as_deref());
        ModelCheckOutcome::Done(Box::new(ModelCheck {
            calibration_end: self.calibration_end,
            horizon_days: self.horizon_days,
            customers: calibration.len(),
            repeat_customers: self.repeat_customers,
            actual_total: actual.iter().sum(),
            bgnbd,
            pareto_nbd,
            table,
            chosen,
        }))
    }
}

/// A model's expected purchases and P(buy) in the holdout, per customer.
#[derive(Clone, Copy, Debug)]
struct Predicted {
    expected: f64,
    p_buy: f64,
}

/// Customers sharing (x, T) share the figures if still a customer, and those sharing
/// (x, t_x, T) share P(alive) too.
fn predictions(model: &impl PurchaseModel, hs: &[CustomerHistory], weeks: f64) -> Vec<Predicted> {
    super::run::per_history(
        model,
        hs,
        |h| Predicted {
            expected: model.expected_purchases_if_alive(h, weeks),
            p_buy: model.p_buy_if_alive(h, weeks),
        },
        |p_alive, alive| Predicted {
            expected: super::expected(p_alive, alive.expected),
            p_buy: super::chance(p_alive, alive.p_buy),
        },
    )
}

fn score(model: ModelKind, pred: &[Predicted], actual: &[f64]) -> ModelScore {
    let n = pred.len().max(1) as f64;
    let mae = pred
        .iter()
        .zip(actual)
        .map(|(p, a)| (p.expected - a).abs())
        .sum::<f64>()
        / n;
    let scores: Vec<(f64, bool)> = pred
        .iter()
        .zip(actual)
        .map(|(p, a)| (p.p_buy, *a >= 1.0))
        .collect();
    ModelScore {
        model,
        mae,
        auc: auc(&scores),
        predicted_total: pred.iter().map(|p| p.expected).sum(),
    }
}

/// Area under the ROC curve: the chance that a random positive scores above a random
/// negative, ties counting half (Mann-Whitney with mid-ranks).
pub fn auc(scores: &[(f64, bool)]) -> Option<f64> {
    let mut sorted: Vec<(f64, bool)> = scores.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let positives = sorted.iter().filter(|s| s.1).count() as f64;
    let negatives = sorted.len() as f64 - positives;
    if positives == 0.0 || negatives == 0.0 {
        return None;
    }
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j].0 == sorted[i].0 {
            j += 1;
        }
        // Ranks i+1..=j share their mean.
        let mid_rank = (i + 1 + j) as f64 / 2.0;
        rank_sum += mid_rank * sorted[i..j].iter().filter(|s| s.1).count() as f64;
        i = j;
    }
    Some((rank_sum - positives * (positives + 1.0) / 2.0) / (positives * negatives))
}

fn holdout_table(
    hs: &[CustomerHistory],
    actual: &[f64],
    bg: &[Predicted],
    pareto: Option<&[Predicted]>,
) -> Vec<HoldoutRow> {
    (0..=TABLE_LAST_BUCKET)
        .map(|bucket| {
            let rows: Vec<usize> = (0..hs.len())
                .filter(|i| hs[*i].frequency.min(TABLE_LAST_BUCKET) == bucket)
                .collect();
            let n = rows.len();
            let mean = |f: &dyn Fn(usize) -> f64| {
                if n == 0 {
                    0.0
                } else {
                    rows.iter().map(|i| f(*i)).sum::<f64>() / n as f64
                }
            };
            HoldoutRow {
                repeat_purchases: bucket,
                customers: n,
                actual: mean(&|i| actual[i]),
                bgnbd: mean(&|i| bg[i].expected),
                pareto_nbd: pareto.map(|p| mean(&|i| p[i].expected)),
            }
        })
        .collect()
}
