//! The whole prediction for a shop: the fits, each customer's figures, the model check
//! and the plain-data rules for too little data. The window, the command line and the
//! report only render what comes back.

use std::collections::HashMap;

// The tables below are looked up once a customer or a history in every pass: a fast hash
// with a fixed seed (the keys are the shop's own figures), which also makes their order,
// and so the order of any sum over them, the same in every run.
use foldhash::fast::FixedState;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::bgnbd::{fit_bgnbd_on, fit_bgnbd_params_on};
use super::check::{Calibration, ModelCheckOutcome};
use super::clv::{ClvSettings, discounted_if_alive};
use super::data::Rows;
use super::fit::central_gradient_steps;
use super::gamma_gamma::fit_gamma_gamma_from;
use super::pareto::{fit_pareto_nbd_on, fit_pareto_nbd_params_on};
use super::summary::{
    CustomerHistory, DAYS_PER_WEEK, PurchaseDays, histories, purchase_days, sales_from_orders,
};
use super::{
    BgNbdParams, FitStart, Fitted, GammaGammaParams, Model, ModelKind, ModelParams,
    ParetoNbdParams, PredictError, PurchaseModel, timed,
};
use crate::analytics::orders::Order;
use crate::parallel::side_by_side;

/// Below this many repeat customers there are no predictions.
pub const MIN_REPEAT_CUSTOMERS: usize = 30;

/// Below this many repeat customers the predictions carry a warning.
pub const CONFIDENT_REPEAT_CUSTOMERS: usize = 100;

/// Which purchase model gives the per-customer figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ModelChoice {
    /// The one with the lower holdout error (BG/NBD when the check is skipped).
    #[default]
    Auto,
    /// BG/NBD.
    BgNbd,
    /// Pareto/NBD.
    ParetoNbd,
}

/// What to predict.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PredictSettings {
    /// The as-of date (calibration end): later sales are ignored.
    pub as_of: NaiveDate,
    /// The horizon of P(buy), the expected purchases and the model check, in days.
    pub horizon_days: u32,
    /// Which purchase model to use.
    pub model: ModelChoice,
    /// Lifetime value settings.
    pub clv: ClvSettings,
}

impl PredictSettings {
    /// The defaults: 90 days, automatic model, 12 months at 1 % a month and full margin.
    pub fn new(as_of: NaiveDate) -> PredictSettings {
        PredictSettings {
            as_of,
            horizon_days: 90,
            model: ModelChoice::Auto,
            clv: ClvSettings::default(),
        }
    }
}

/// Why the chosen purchase model was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ModelReason {
    /// The settings asked for it.
    Requested,
    /// It had the lower error on the holdout.
    LowerHoldoutError,
    /// The model check was skipped, so the default (BG/NBD) is used.
    CheckSkipped,
    /// Pareto/NBD could not be fitted.
    OtherFitFailed,
}

/// Not enough repeat customers for predictions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TooLittleData {
    /// Customers with a first purchase on or before the as-of date.
    pub customers: usize,
    /// Of them, those with at least one repeat purchase day.
    pub repeat_customers: usize,
    /// Repeat customers needed.
    pub needed: usize,
}

/// A caution that comes with the predictions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DataWarning {
    /// Few repeat customers: the figures are uncertain.
    FewRepeatCustomers {
        /// Repeat customers.
        repeat_customers: usize,
        /// Repeat customers from which the warning goes away.
        recommended: usize,
    },
}

/// One customer's predicted figures.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerPrediction {
    /// The history they come from (x, t_x, T, m_x).
    pub history: CustomerHistory,
    /// Probability the customer is still a customer.
    pub p_alive: f64,
    /// Probability of at least one purchase in the horizon.
    pub p_buy: f64,
    /// Expected purchase days in the horizon.
    pub expected_purchases: f64,
    /// Expected spend per purchase (Gamma-Gamma).
    pub expected_spend: f64,
    /// Lifetime value over the settings' months.
    pub clv: f64,
}

/// The shop's expected revenue over the horizon with a 95 % range from the parameters'
/// standard errors (delta method).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RevenueRange {
    /// Expected revenue: the sum of expected purchases times expected spend.
    pub expected: f64,
    /// Its standard error, when both fits have an invertible Hessian.
    pub std_error: Option<f64>,
    /// Lower end (never below zero).
    pub low: Option<f64>,
    /// Upper end.
    pub high: Option<f64>,
}

/// Everything the Predictions screen, `clientele predict` and the report show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Prediction {
    /// The settings used.
    pub settings: PredictSettings,
    /// The model that gave the per-customer figures.
    pub model: ModelKind,
    /// Why that one.
    pub model_reason: ModelReason,
    /// Per customer, sorted by customer id.
    pub customers: Vec<CustomerPrediction>,
    /// Customers with at least one repeat purchase day.
    pub repeat_customers: usize,
    /// The BG/NBD fit.
    pub bgnbd: Fitted<BgNbdParams>,
    /// The Pareto/NBD fit on the whole history, present only when it gives the figures
    /// (the check's refit is in [`ModelCheckOutcome`]).
    pub pareto_nbd: Option<Fitted<ParetoNbdParams>>,
    /// The Gamma-Gamma fit.
    pub gamma_gamma: Fitted<GammaGammaParams>,
    /// The model check.
    pub check: ModelCheckOutcome,
    /// A caution about the amount of data.
    pub warning: Option<DataWarning>,
    /// Sum of the customers' lifetime values.
    pub total_clv: f64,
    /// Sum of the customers' expected purchases in the horizon.
    pub expected_purchases: f64,
    /// Expected revenue in the horizon with its range.
    pub revenue: RevenueRange,
    /// Where the fits of the next prediction, after a change of the shop's data, start
    /// (not kept with the figures: the caller keeps them apart, as they outlive a change).
    #[serde(skip)]
    pub starts: FitStarts,
}

/// Where each fit of a prediction starts: the maxima of the shop's previous prediction,
/// which lie close to the new ones when the data has changed a little (a day's or a
/// month's sales). Each fit ends where the gradient is zero, so the figures are the same
/// wherever it starts (to about 1e-12); a start far from the maximum only costs time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FitStarts {
    /// BG/NBD on the model check's calibration period.
    pub bgnbd_check: Option<FitStart>,
    /// BG/NBD on the whole history.
    pub bgnbd: Option<FitStart>,
    /// Pareto/NBD on the model check's calibration period.
    pub pareto_check: Option<FitStart>,
    /// Pareto/NBD on the whole history.
    pub pareto: Option<FitStart>,
    /// Gamma-Gamma.
    pub gamma_gamma: Option<FitStart>,
}

/// Predictions, or why there are none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PredictOutcome {
    /// Too few repeat customers: no figures at all.
    TooLittleData(TooLittleData),
    /// The predictions.
    Ready(Box<Prediction>),
}

impl Prediction {
    /// The model that gave the per-customer figures, with its parameters.
    pub fn model(&self) -> Model {
        match (self.model, &self.pareto_nbd) {
            (ModelKind::ParetoNbd, Some(p)) => Model::ParetoNbd(p.params),
            _ => Model::BgNbd(self.bgnbd.params),
        }
    }

    /// Repeat customers whose chance of still being a customer lies in `slipping`, each
    /// with the value at risk (what they would be worth if still customers, times the
    /// chance they are not), largest first.
    pub fn worth_saving(&self, slipping: std::ops::Range<f64>) -> Vec<(CustomerPrediction, f64)> {
        let mut out: Vec<(CustomerPrediction, f64)> = self
            .customers
            .iter()
            .filter(|c| c.history.frequency >= 1 && slipping.contains(&c.p_alive))
            .map(|c| (*c, c.clv / c.p_alive * (1.0 - c.p_alive)))
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }
}

/// Predicts from orders (see [`predict`]).
pub fn predict_from_orders(
    orders: &[Order],
    settings: &PredictSettings,
) -> Result<PredictOutcome, PredictError> {
    predict(&purchase_days(&sales_from_orders(orders)), settings)
}

/// Fits the models on the histories as of the settings' date and predicts each customer.
pub fn predict(
    days: &[PurchaseDays],
    settings: &PredictSettings,
) -> Result<PredictOutcome, PredictError> {
    predict_from(days, settings, &FitStarts::default())
}

/// [`predict`], each fit starting from `starts` where it has one (the shop's previous
/// prediction's), else from its default start.
pub fn predict_from(
    days: &[PurchaseDays],
    settings: &PredictSettings,
    starts: &FitStarts,
) -> Result<PredictOutcome, PredictError> {
    let hs = super::timed("histories", || histories(days, settings.as_of));
    let repeat_customers = hs.iter().filter(|h| h.frequency >= 1).count();
    if repeat_customers < MIN_REPEAT_CUSTOMERS {
        return Ok(PredictOutcome::TooLittleData(TooLittleData {
            customers: hs.len(),
            repeat_customers,
            needed: MIN_REPEAT_CUSTOMERS,
        }));
    }
    let warning = (repeat_customers < CONFIDENT_REPEAT_CUSTOMERS).then_some(
        DataWarning::FewRepeatCustomers {
            repeat_customers,
            recommended: CONFIDENT_REPEAT_CUSTOMERS,
        },
    );
    let with_pareto = settings.model != ModelChoice::BgNbd;
    let calibration = Calibration::new(days, settings.as_of, settings.horizon_days);
    let calibration_hs = calibration.as_ref().ok().map(|c| c.histories.as_slice());
    // Each model is fitted on the check's calibration period and on the whole history.
    // With the previous prediction's fits as starts, none waits for another, and both
    // threads take the next one as they get free ([`fits_from_kept_starts`]). Without them
    // (a shop's first prediction) the whole history's fit starts from the check's, which
    // lies close to its maximum: BG/NBD here, Pareto/NBD (or, without it, Gamma-Gamma) on
    // a second thread.
    let kept_starts = starts.bgnbd.is_some() && (!with_pareto || starts.pareto.is_some());
    // Both purchase models fit the same rows: each set is laid out once, by the first fit
    // that needs it.
    let rows = SharedRows::new(&hs);
    let calibration_rows = calibration_hs.map(SharedRows::new);
    let calibration_fits = calibration_rows.as_ref();
    let (second, (bg_check, fits)) = if kept_starts {
        fits_from_kept_starts(calibration_fits, &rows, with_pareto, starts)
    } else {
        side_by_side(
            "predict-second",
            || second_thread(calibration_fits, &rows, with_pareto, starts),
            || {
                let bg_check = check_fit(
                    "check BG/NBD fit",
                    calibration_fits,
                    starts.bgnbd_check.as_ref().or(starts.bgnbd.as_ref()),
                    fit_bgnbd_params_on,
                );
                let start = starts
                    .bgnbd
                    .as_ref()
                    .or(bg_check.as_ref().map(|(_, start)| start));
                let bgnbd = timed("BG/NBD fit", || fit_bgnbd_on(rows.rows(), &hs, start));
                let gamma_gamma = with_pareto.then(|| {
                    timed("Gamma-Gamma fit", || {
                        fit_gamma_gamma_from(&hs, starts.gamma_gamma.as_ref())
                    })
                });
                (bg_check, (bgnbd, gamma_gamma))
            },
        )
    };
    let bgnbd = fits.0?;
    let gamma_gamma = match (fits.1, second.gamma_gamma) {
        (Some(fit), _) | (None, Some(fit)) => fit?,
        (None, None) => fit_gamma_gamma_from(&hs, starts.gamma_gamma.as_ref())?,
    };
    let pareto_fit = second.pareto;
    let (bg_check, bgnbd_check_start) = bg_check.unzip();
    let (pareto_check, pareto_check_start) = second.pareto_check.unzip();
    let next_starts = FitStarts {
        bgnbd_check: bgnbd_check_start.or_else(|| starts.bgnbd_check.clone()),
        bgnbd: Some(bgnbd.start()),
        pareto_check: pareto_check_start.or_else(|| starts.pareto_check.clone()),
        pareto: match &pareto_fit {
            Some(Ok(fit)) => Some(fit.start()),
            _ => starts.pareto.clone(),
        },
        gamma_gamma: Some(gamma_gamma.start()),
    };
    let check = match &calibration {
        Ok(c) => timed("check scores", || {
            c.score(bg_check.as_ref(), pareto_check.as_ref())
        }),
        Err(skipped) => ModelCheckOutcome::Skipped(*skipped),
    };
    // The whole-history Pareto/NBD fit is kept only when it gives the figures.
    let (kind, model_reason) = match (settings.model, &check) {
        (ModelChoice::BgNbd, _) => (ModelKind::BgNbd, ModelReason::Requested),
        (ModelChoice::ParetoNbd, _) => (ModelKind::ParetoNbd, ModelReason::Requested),
        (ModelChoice::Auto, ModelCheckOutcome::Done(c)) => {
            (c.chosen, ModelReason::LowerHoldoutError)
        }
        (ModelChoice::Auto, ModelCheckOutcome::Skipped(_)) => {
            (ModelKind::BgNbd, ModelReason::CheckSkipped)
        }
    };
    let pareto_nbd = match (kind, settings.model, pareto_fit) {
        (ModelKind::BgNbd, _, _) | (_, _, None) => None,
        (ModelKind::ParetoNbd, ModelChoice::ParetoNbd, Some(fit)) => Some(fit?),
        (ModelKind::ParetoNbd, _, Some(fit)) => fit.ok(),
    };
    let (kind, model_reason) = if kind == ModelKind::ParetoNbd && pareto_nbd.is_none() {
        (ModelKind::BgNbd, ModelReason::OtherFitFailed)
    } else {
        (kind, model_reason)
    };
    let model = match (kind, &pareto_nbd) {
        (ModelKind::ParetoNbd, Some(p)) => Model::ParetoNbd(p.params),
        _ => Model::BgNbd(bgnbd.params),
    };
    let weeks = f64::from(settings.horizon_days) / DAYS_PER_WEEK;
    let fallback_spend = observed_mean_spend(&hs);
    let covariance = match (kind, &pareto_nbd) {
        (ModelKind::ParetoNbd, Some(p)) => p.covariance.clone(),
        _ => bgnbd.covariance.clone(),
    };
    // Each customer's figures here, the revenue range meanwhile on a second thread.
    let revenue = || {
        timed("revenue range", || {
            revenue_range(
                &model,
                covariance.as_deref(),
                &gamma_gamma,
                &hs,
                weeks,
                fallback_spend,
            )
        })
    };
    let (revenue, customers) = side_by_side("predict-revenue", revenue, || {
        timed("customer figures", || {
            customer_figures(
                &model,
                &gamma_gamma.params,
                &hs,
                weeks,
                &settings.clv,
                fallback_spend,
            )
        })
    });
    Ok(PredictOutcome::Ready(Box::new(Prediction {
        settings: *settings,
        model: model.kind(),
        model_reason,
        total_clv: customers.iter().map(|c| c.clv).sum(),
        expected_purchases: customers.iter().map(|c| c.expected_purchases).sum(),
        customers,
        repeat_customers,
        bgnbd,
        pareto_nbd,
        gamma_gamma,
        check,
        warning,
        revenue,
        starts: next_starts,
    })))
}

/// What the second thread fits: with Pareto/NBD, its check fit and its whole-history fit
/// (its own result, as its failure is not the prediction's unless it was requested);
/// without it, Gamma-Gamma.
struct SecondFits {
    pareto_check: Option<(ParetoNbdParams, FitStart)>,
    pareto: Option<Result<Fitted<ParetoNbdParams>, PredictError>>,
    gamma_gamma: Option<Result<Fitted<GammaGammaParams>, PredictError>>,
}

/// Histories with their rows for the purchase models' likelihoods, laid out by the first
/// fit that asks for them (the other model's fit of the same histories then finds them).
struct SharedRows<'a> {
    histories: &'a [CustomerHistory],
    rows: std::sync::OnceLock<Rows>,
}

impl<'a> SharedRows<'a> {
    fn new(histories: &'a [CustomerHistory]) -> SharedRows<'a> {
        SharedRows {
            histories,
            rows: std::sync::OnceLock::new(),
        }
    }

    /// The rows, laid out now if no fit has yet.
    fn rows(&self) -> &Rows {
        self.rows.get_or_init(|| Rows::purchases(self.histories))
    }
}

/// A purchase model's fit on the check's calibration period (none without one), from
/// `start`, named `phase` in the timings.
fn check_fit<P>(
    phase: &str,
    calibration: Option<&SharedRows<'_>>,
    start: Option<&FitStart>,
    fit: impl FnOnce(
        &Rows,
        &[CustomerHistory],
        Option<&FitStart>,
    ) -> Result<(P, FitStart), PredictError>,
) -> Option<(P, FitStart)> {
    calibration.and_then(|c| timed(phase, || fit(c.rows(), c.histories, start)).ok())
}

fn second_thread(
    calibration: Option<&SharedRows<'_>>,
    whole: &SharedRows<'_>,
    with_pareto: bool,
    starts: &FitStarts,
) -> SecondFits {
    let hs = whole.histories;
    if !with_pareto {
        return SecondFits {
            pareto_check: None,
            pareto: None,
            gamma_gamma: Some(timed("Gamma-Gamma fit", || {
                fit_gamma_gamma_from(hs, starts.gamma_gamma.as_ref())
            })),
        };
    }
    let pareto_check = check_fit(
        "check Pareto/NBD fit",
        calibration,
        starts.pareto_check.as_ref().or(starts.pareto.as_ref()),
        fit_pareto_nbd_params_on,
    );
    let start = starts
        .pareto
        .as_ref()
        .or(pareto_check.as_ref().map(|(_, start)| start));
    let pareto = timed("Pareto/NBD fit", || {
        fit_pareto_nbd_on(whole.rows(), hs, start)
    });
    SecondFits {
        pareto_check,
        pareto: Some(pareto),
        gamma_gamma: None,
    }
}

/// The BG/NBD check fit and whole-history fit with Gamma-Gamma (as the first thread of
/// [`predict_from`] gives them).
type FirstFits = (
    Option<(BgNbdParams, FitStart)>,
    (
        Result<Fitted<BgNbdParams>, PredictError>,
        Option<Result<Fitted<GammaGammaParams>, PredictError>>,
    ),
);

/// The fits when each has a start of its own from the shop's previous prediction (after a
/// change of its data), so that none waits for another: two threads each take the next
/// fit, the longest first, as they get free. The figures do not depend on which thread
/// fits what (each fit starts from its own kept start); only the time does. On the CDNOW
/// sample's size the two Pareto/NBD fits take about 40 ms and the other three about
/// 15 ms, which on one thread each made the second thread the whole wait.
fn fits_from_kept_starts(
    calibration: Option<&SharedRows<'_>>,
    whole: &SharedRows<'_>,
    with_pareto: bool,
    starts: &FitStarts,
) -> (SecondFits, FirstFits) {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicUsize, Ordering};

    let hs = whole.histories;
    #[derive(Clone, Copy)]
    enum Task {
        Pareto,
        ParetoCheck,
        BgNbd,
        BgNbdCheck,
        GammaGamma,
    }
    let order: Vec<Task> = [
        (with_pareto, Task::Pareto),
        (with_pareto && calibration.is_some(), Task::ParetoCheck),
        (true, Task::BgNbd),
        (calibration.is_some(), Task::BgNbdCheck),
        (true, Task::GammaGamma),
    ]
    .into_iter()
    .filter_map(|(wanted, task)| wanted.then_some(task))
    .collect();
    let pareto = OnceLock::new();
    let pareto_check = OnceLock::new();
    let bgnbd = OnceLock::new();
    let bgnbd_check = OnceLock::new();
    let gamma_gamma = OnceLock::new();
    let next = AtomicUsize::new(0);
    let work = || {
        while let Some(task) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            // Each slot is set by its one task only.
            let _ = match task {
                Task::Pareto => pareto
                    .set(timed("Pareto/NBD fit", || {
                        fit_pareto_nbd_on(whole.rows(), hs, starts.pareto.as_ref())
                    }))
                    .is_ok(),
                Task::ParetoCheck => pareto_check
                    .set(check_fit(
                        "check Pareto/NBD fit",
                        calibration,
                        starts.pareto_check.as_ref().or(starts.pareto.as_ref()),
                        fit_pareto_nbd_params_on,
                    ))
                    .is_ok(),
                Task::BgNbd => bgnbd
                    .set(timed("BG/NBD fit", || {
                        fit_bgnbd_on(whole.rows(), hs, starts.bgnbd.as_ref())
                    }))
                    .is_ok(),
                Task::BgNbdCheck => bgnbd_check
                    .set(check_fit(
                        "check BG/NBD fit",
                        calibration,
                        starts.bgnbd_check.as_ref().or(starts.bgnbd.as_ref()),
                        fit_bgnbd_params_on,
                    ))
                    .is_ok(),
                Task::GammaGamma => gamma_gamma
                    .set(timed("Gamma-Gamma fit", || {
                        fit_gamma_gamma_from(hs, starts.gamma_gamma.as_ref())
                    }))
                    .is_ok(),
            };
        }
    };
    side_by_side("predict-second", work, work);
    let second = SecondFits {
        pareto_check: pareto_check.into_inner().flatten(),
        pareto: pareto.into_inner(),
        gamma_gamma: None,
    };
    let bgnbd = bgnbd
        .into_inner()
        .unwrap_or_else(|| fit_bgnbd_on(whole.rows(), hs, starts.bgnbd.as_ref()));
    (
        second,
        (
            bgnbd_check.into_inner().flatten(),
            (bgnbd, gamma_gamma.into_inner()),
        ),
    )
}

/// Mean of m_x over the repeat customers: the spend used where Gamma-Gamma has no mean.
pub(super) fn observed_mean_spend(hs: &[CustomerHistory]) -> f64 {
    let (sum, n) = hs
        .iter()
        .filter_map(|h| h.monetary_avg)
        .fold((0.0, 0.0), |(s, n), m| (s + m, n + 1.0));
    if n > 0.0 { sum / n } else { 0.0 }
}

/// A customer's purchase figures, which depend only on (x, t_x, T).
#[derive(Clone, Copy, Debug)]
struct PurchaseFigures {
    p_alive: f64,
    p_buy: f64,
    expected: f64,
    discounted: f64,
}

type HistoryKey = (u32, u64, u64);

fn key(h: &CustomerHistory) -> HistoryKey {
    (
        h.frequency,
        h.recency_weeks.to_bits(),
        h.age_weeks.to_bits(),
    )
}

/// A customer's purchase figures if still a customer, which depend only on (x, T).
#[derive(Clone, Copy, Debug)]
struct IfAlive {
    p_buy: f64,
    expected: f64,
    discounted: f64,
}

/// Each customer's figures; customers sharing (x, T) share the figures if still a
/// customer (BG/NBD's cost: a 2F1 per CLV month), and those sharing (x, t_x, T) share
/// P(alive) too.
pub fn customer_figures(
    model: &impl PurchaseModel,
    spend: &GammaGammaParams,
    hs: &[CustomerHistory],
    weeks: f64,
    clv: &ClvSettings,
    fallback_spend: f64,
) -> Vec<CustomerPrediction> {
    let figures = per_history(
        model,
        hs,
        |h| IfAlive {
            p_buy: model.p_buy_if_alive(h, weeks),
            expected: model.expected_purchases_if_alive(h, weeks),
            discounted: discounted_if_alive(model, h, clv),
        },
        |p_alive, alive| PurchaseFigures {
            p_alive,
            p_buy: super::chance(p_alive, alive.p_buy),
            expected: super::expected(p_alive, alive.expected),
            discounted: super::expected(p_alive, alive.discounted),
        },
    );
    hs.iter()
        .zip(figures)
        .map(|(h, f)| {
            let expected_spend = spend
                .expected_spend(h.frequency, h.monetary_avg)
                .unwrap_or(fallback_spend);
            CustomerPrediction {
                history: *h,
                p_alive: f.p_alive,
                p_buy: f.p_buy,
                expected_purchases: f.expected,
                expected_spend,
                clv: f.discounted * expected_spend * clv.margin,
            }
        })
        .collect()
}

/// Each history's figures, `figures(P(alive), what if_alive gives)`: P(alive) worked out
/// once per distinct (x, t_x, T) (see [`PurchaseModel::p_alive_each`]), `if_alive` once
/// per (x, T), on which the figures of a customer still alive depend.
pub(super) fn per_history<A: Copy, F: Copy>(
    model: &impl PurchaseModel,
    hs: &[CustomerHistory],
    if_alive: impl Fn(&CustomerHistory) -> A,
    figures: impl Fn(f64, A) -> F,
) -> Vec<F> {
    let mut alive: HashMap<(u32, u64), A, FixedState> = HashMap::default();
    let (distinct, at) = distinct_histories(hs);
    let each: Vec<F> = distinct
        .iter()
        .zip(model.p_alive_each(&distinct))
        .map(|(h, p_alive)| {
            let a = *alive
                .entry((h.frequency, h.age_weeks.to_bits()))
                .or_insert_with(|| if_alive(h));
            figures(p_alive, a)
        })
        .collect();
    at.into_iter().map(|i| each[i]).collect()
}

/// The distinct histories of `hs` by (x, t_x, T), in the order first met, and for each
/// history of `hs` the index of its own among them.
pub(super) fn distinct_histories(hs: &[CustomerHistory]) -> (Vec<CustomerHistory>, Vec<usize>) {
    let mut index: HashMap<HistoryKey, usize, FixedState> = HashMap::default();
    let mut distinct = Vec::new();
    let at = hs
        .iter()
        .map(|h| {
            *index.entry(key(h)).or_insert_with(|| {
                distinct.push(*h);
                distinct.len() - 1
            })
        })
        .collect();
    (distinct, at)
}

/// Expected revenue in the horizon, with the delta-method range from both fits'
/// covariances (the purchase and spend fits are independent).
fn revenue_range(
    model: &Model,
    model_cov: Option<&[Vec<f64>]>,
    gamma_gamma: &Fitted<GammaGammaParams>,
    hs: &[CustomerHistory],
    weeks: f64,
    fallback_spend: f64,
) -> RevenueRange {
    // Customers grouped by (x, t_x, T): expected spend is linear in m_x, so each group
    // needs only its size and the sum of its m_x.
    let mut groups: HashMap<HistoryKey, (CustomerHistory, f64, f64), FixedState> =
        HashMap::default();
    for h in hs {
        let g = groups.entry(key(h)).or_insert((*h, 0.0, 0.0));
        g.1 += 1.0;
        g.2 += h.monetary_avg.unwrap_or(0.0).max(0.0);
    }
    let groups: Vec<(CustomerHistory, f64, f64)> = groups.into_values().collect();
    let heads: Vec<CustomerHistory> = groups.iter().map(|g| g.0).collect();
    // Expected purchases if still a customer depend on (x, T) alone.
    let purchases = |m: &Model| -> Vec<f64> {
        let mut if_alive: HashMap<(u32, u64), f64, FixedState> = HashMap::default();
        heads
            .iter()
            .zip(m.p_alive_each(&heads))
            .map(|(h, p_alive)| {
                let alive = *if_alive
                    .entry((h.frequency, h.age_weeks.to_bits()))
                    .or_insert_with(|| m.expected_purchases_if_alive(h, weeks));
                super::expected(p_alive, alive)
            })
            .collect()
    };
    // Each group's expected spend per purchase, times its size.
    let spends = |gg: &GammaGammaParams| -> Vec<f64> {
        groups
            .iter()
            .map(|(h, n, sum_m)| {
                let x = f64::from(h.frequency);
                let denominator = gg.p * x + gg.q - 1.0;
                if denominator > 0.0 {
                    gg.p * (gg.v * n + x * sum_m) / denominator
                } else {
                    fallback_spend * n
                }
            })
            .collect()
    };
    let total = |purchases: &[f64], spends: &[f64]| -> f64 {
        spends.iter().zip(purchases).map(|(s, e)| e * s).sum()
    };
    let fit_spends = spends(&gamma_gamma.params);
    let at_fit = purchases(model);
    let expected = total(&at_fit, &fit_spends);
    let model_params = match model {
        Model::BgNbd(p) => p.to_vec(),
        Model::ParetoNbd(p) => p.to_vec(),
    };
    let rebuild = |v: &[f64]| match model {
        Model::BgNbd(_) => Model::BgNbd(BgNbdParams::from_slice(v)),
        Model::ParetoNbd(_) => Model::ParetoNbd(ParetoNbdParams::from_slice(v)),
    };
    let gg_params = gamma_gamma.params.to_vec();
    let variance = match (model_cov, gamma_gamma.covariance.as_deref()) {
        (Some(mc), Some(gc)) => {
            let numeric = || {
                relative_gradient_in_two(
                    |v| total(&purchases(&rebuild(v)), &fit_spends),
                    &model_params,
                )
            };
            let gm = match model {
                Model::ParetoNbd(p) => {
                    pareto_revenue_gradient(p, &heads, &fit_spends, weeks).unwrap_or_else(numeric)
                }
                Model::BgNbd(_) => numeric(),
            };
            let gs = relative_gradient(
                |v| total(&at_fit, &spends(&GammaGammaParams::from_slice(v))),
                &gg_params,
            );
            Some(quadratic_form(&gm, mc) + quadratic_form(&gs, gc))
        }
        _ => None,
    };
    let std_error = variance
        .filter(|v| v.is_finite() && *v >= 0.0)
        .map(f64::sqrt);
    RevenueRange {
        expected,
        std_error,
        low: std_error.map(|s| (expected - 1.96 * s).max(0.0)),
        high: std_error.map(|s| expected + 1.96 * s),
    }
}

/// The gradient in (r, alpha, s, beta) of the expected revenue of `heads` (each group's
/// history) under Pareto/NBD, each weighing its `spends`: the sum over groups of
/// spend times (d P(alive) times the purchases if alive, plus P(alive) times their
/// derivative). P(alive)'s derivatives are exact (the tail integrals'); the purchases if
/// alive, a closed form of (x, T), are differentiated by central differences once per
/// (x, T). `None` where a tail integral cannot be worked out.
pub(super) fn pareto_revenue_gradient(
    p: &ParetoNbdParams,
    heads: &[CustomerHistory],
    spends: &[f64],
    weeks: f64,
) -> Option<Vec<f64>> {
    let alive = p.p_alive_gradient_each(heads)?;
    let params = p.to_vec();
    let mut if_alive: HashMap<(u32, u64), (f64, Vec<f64>), FixedState> = HashMap::default();
    let mut gradient = vec![0.0; params.len()];
    for ((h, (p_alive, d_alive)), spend) in heads.iter().zip(alive).zip(spends) {
        let (purchases, d_purchases) = if_alive
            .entry((h.frequency, h.age_weeks.to_bits()))
            .or_insert_with(|| {
                let at = |v: &[f64]| {
                    ParetoNbdParams::from_slice(v).expected_purchases_if_alive(h, weeks)
                };
                (at(&params), relative_gradient(at, &params))
            });
        if !(p_alive * *purchases).is_finite() {
            // The figure itself counts as 0 there (`expected`): so does its change.
            continue;
        }
        for k in 0..gradient.len() {
            gradient[k] += spend * (d_alive[k] * *purchases + p_alive * d_purchases[k]);
        }
    }
    gradient.iter().all(|g| g.is_finite()).then_some(gradient)
}

/// [`relative_gradient`] with the points above each parameter worked out on a second
/// thread and those below on this one (each is a pass over every customer group, and the
/// revenue range is the last stretch of the predictions): the same values, the same
/// arithmetic, in half the time when a core is free.
fn relative_gradient_in_two(f: impl Fn(&[f64]) -> f64 + Sync, x: &[f64]) -> Vec<f64> {
    let at = |i: usize, sign: f64| {
        let mut p = x.to_vec();
        p[i] = x[i] + sign * relative_step(x[i]);
        f(&p)
    };
    let all = |sign: f64| -> Vec<f64> { (0..x.len()).map(|i| at(i, sign)).collect() };
    let (up, down) = side_by_side("predict-range", || all(1.0), || all(-1.0));
    (0..x.len())
        .map(|i| (up[i] - down[i]) / (2.0 * relative_step(x[i])))
        .collect()
}

/// Central-difference gradient with steps relative to each parameter.
fn relative_gradient(f: impl Fn(&[f64]) -> f64, x: &[f64]) -> Vec<f64> {
    central_gradient_steps(f, x, relative_step)
}

/// The difference step for a parameter of value `v`.
fn relative_step(v: f64) -> f64 {
    1e-5 * v.abs().max(1e-8)
}

fn quadratic_form(g: &[f64], m: &[Vec<f64>]) -> f64 {
    g.iter()
        .enumerate()
        .map(|(i, gi)| gi * m[i].iter().zip(g).map(|(mij, gj)| mij * gj).sum::<f64>())
        .sum()
}
