//! Predictions: who will buy again, who is slipping away, and what each customer is worth.
//!
//! Pure code over plain data (no SQL, no UI): customers' histories ([`summary`]), the
//! BG/NBD, Pareto/NBD and Gamma-Gamma models fitted by maximum likelihood, each customer's
//! figures and lifetime value ([`clv`]), and the check of the models on the shop's own
//! holdout ([`check`]). [`predict`] runs it all; the results are typed values that the
//! window, the command line and the report put into words.

pub mod bgnbd;
pub mod check;
pub mod clv;
mod compact;
mod data;
mod fit;
pub mod gamma_gamma;
pub mod hyp2f1;
pub mod pareto;
mod path;
mod run;
pub mod summary;
mod tail;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use bgnbd::{BgNbdParams, fit_bgnbd};
pub use check::{
    CheckSkipped, HoldoutRow, ModelCheck, ModelCheckOutcome, ModelScore, check_models,
};
pub use clv::{ClvSettings, WEEKS_PER_MONTH};
pub use gamma_gamma::{GammaGammaParams, fit_gamma_gamma};
pub use pareto::{ParetoNbdParams, fit_pareto_nbd};
pub use path::alive_path;
pub use run::{
    CustomerPrediction, DataWarning, FitStarts, ModelChoice, ModelReason, PredictOutcome,
    PredictSettings, Prediction, RevenueRange, TooLittleData, predict, predict_from,
    predict_from_orders,
};
pub use summary::{
    CustomerHistory, PurchaseDays, Sale, histories, histories_from_orders, purchase_days,
};

pub use compact::{Compact, CompactRef};
pub use fit::FitStart;
use fit::LogLikelihood;

/// Runs `f` and logs how long it took at debug level (target `clientele::predict::time`,
/// shown with `CLIENTELE_LOG=clientele::predict::time=debug`; never by default).
pub fn timed<T>(phase: &str, f: impl FnOnce() -> T) -> T {
    let start = std::time::Instant::now();
    let out = f();
    tracing::debug!(
        target: "clientele::predict::time",
        phase,
        ms = start.elapsed().as_secs_f64() * 1e3,
        "predict phase"
    );
    out
}

/// Why a prediction could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PredictError {
    /// There is no customer to fit.
    #[error("no customer bought on or before the as-of date")]
    NoCustomers,
    /// No customer bought more than once, so spend cannot be fitted.
    #[error("no customer bought on two different days, so spend per purchase cannot be estimated")]
    NoRepeatCustomers,
    /// The optimiser did not reach a maximum.
    #[error("the {model} model could not be fitted: {reason}")]
    FitFailed {
        /// The model.
        model: &'static str,
        /// What went wrong.
        reason: String,
    },
    /// 2F1 was asked outside the range it is computed on.
    #[error("2F1({a}, {b}; {c}; {z}) is outside the computed range")]
    Hyp2f1Domain {
        /// First parameter.
        a: f64,
        /// Second parameter.
        b: f64,
        /// Third parameter.
        c: f64,
        /// Argument.
        z: f64,
    },
}

/// The purchase models (BG/NBD and Pareto/NBD).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ModelKind {
    /// Beta-geometric / negative binomial.
    #[serde(rename = "bgnbd")]
    BgNbd,
    /// Pareto / negative binomial.
    #[serde(rename = "pareto-nbd")]
    ParetoNbd,
}

/// A model's parameters as a plain list (the order of the struct's fields).
pub trait ModelParams: Sized + Copy {
    /// The parameters in field order.
    fn to_vec(&self) -> Vec<f64>;
    /// The parameters from a list in field order.
    fn from_slice(v: &[f64]) -> Self;
}

/// What a purchase model says about one customer.
pub trait PurchaseModel {
    /// Probability that the customer is still a customer at the as-of date.
    fn p_alive(&self, h: &CustomerHistory) -> f64;
    /// Expected number of purchase days in the next `weeks` of a customer still a
    /// customer (the expected purchases are P(alive) times this). It depends on x and T
    /// alone, so customers sharing them share it.
    fn expected_purchases_if_alive(&self, h: &CustomerHistory, weeks: f64) -> f64;
    /// Probability of at least one purchase in the next `weeks` of a customer still a
    /// customer (P(buy) is P(alive) times this). It depends on x and T alone.
    fn p_buy_if_alive(&self, h: &CustomerHistory, weeks: f64) -> f64;
    /// [`PurchaseModel::p_alive`] of each history, in order, to the bit; a model may share
    /// work between histories (Pareto/NBD's tail integrals depend on x and one time).
    fn p_alive_each(&self, hs: &[CustomerHistory]) -> Vec<f64> {
        hs.iter().map(|h| self.p_alive(h)).collect()
    }
    /// Expected number of purchase days in the next `weeks`.
    fn expected_purchases(&self, h: &CustomerHistory, weeks: f64) -> f64 {
        expected(self.p_alive(h), self.expected_purchases_if_alive(h, weeks))
    }
    /// Probability of at least one purchase in the next `weeks`.
    fn p_buy(&self, h: &CustomerHistory, weeks: f64) -> f64 {
        chance(self.p_alive(h), self.p_buy_if_alive(h, weeks))
    }
}

/// P(alive) times a figure of a customer still alive, as a non-negative finite number.
pub(crate) fn expected(p_alive: f64, if_alive: f64) -> f64 {
    let e = p_alive * if_alive;
    if e.is_finite() { e.max(0.0) } else { 0.0 }
}

/// P(alive) times a chance of a customer still alive, as a probability.
pub(crate) fn chance(p_alive: f64, if_alive: f64) -> f64 {
    let p = p_alive * if_alive;
    if p.is_finite() {
        p.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// A fitted model: its parameters, log-likelihood and their uncertainty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fitted<P> {
    /// The maximum-likelihood parameters.
    pub params: P,
    /// The log-likelihood at them, summed over the customers.
    pub ll: f64,
    /// Standard errors of the parameters, from the Hessian; `None` when it is not
    /// invertible (the maximum is flat in some direction).
    pub std_errors: Option<P>,
    /// Covariance of the parameters (field order), when the Hessian is invertible.
    #[serde(skip)]
    pub covariance: Option<Vec<Vec<f64>>>,
    /// Number of customers fitted.
    pub customers: usize,
}

impl<P: ModelParams> Fitted<P> {
    fn new<L: LogLikelihood>(ll: &L, best: &FitStart) -> Fitted<P> {
        let log_params = &best.log_params;
        let (value, gradient) = match &best.at_maximum {
            Some((value, gradient)) => (*value, Some(gradient.as_slice())),
            None => (ll.mean_ll(log_params), None),
        };
        let covariance = fit::covariance(ll, log_params, gradient);
        let std_errors = covariance.as_ref().and_then(|c| {
            let se: Option<Vec<f64>> = c
                .iter()
                .enumerate()
                .map(|(i, row)| (row[i] > 0.0).then(|| row[i].sqrt()))
                .collect();
            se.map(|v| P::from_slice(&v))
        });
        let params: Vec<f64> = log_params.iter().map(|v| v.exp()).collect();
        Fitted {
            params: P::from_slice(&params),
            ll: value * ll.customers(),
            std_errors,
            covariance,
            customers: ll.customers() as usize,
        }
    }

    /// Where the next fit of this model to the shop (after a change of its data) starts.
    pub fn start(&self) -> FitStart {
        let log_params: Vec<f64> = self.params.to_vec().iter().map(|v| v.ln()).collect();
        FitStart::of_maximum(
            &log_params,
            self.covariance.as_deref(),
            self.customers as f64,
        )
    }
}

impl PurchaseModel for Model {
    fn p_alive(&self, h: &CustomerHistory) -> f64 {
        match self {
            Model::BgNbd(p) => p.p_alive(h),
            Model::ParetoNbd(p) => p.p_alive(h),
        }
    }
    fn p_alive_each(&self, hs: &[CustomerHistory]) -> Vec<f64> {
        match self {
            Model::BgNbd(p) => p.p_alive_each(hs),
            Model::ParetoNbd(p) => p.p_alive_each(hs),
        }
    }
    fn expected_purchases_if_alive(&self, h: &CustomerHistory, weeks: f64) -> f64 {
        match self {
            Model::BgNbd(p) => p.expected_purchases_if_alive(h, weeks),
            Model::ParetoNbd(p) => p.expected_purchases_if_alive(h, weeks),
        }
    }
    fn p_buy_if_alive(&self, h: &CustomerHistory, weeks: f64) -> f64 {
        match self {
            Model::BgNbd(p) => p.p_buy_if_alive(h, weeks),
            Model::ParetoNbd(p) => p.p_buy_if_alive(h, weeks),
        }
    }
}

/// One of the two purchase models with its parameters.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Model {
    /// BG/NBD.
    BgNbd(BgNbdParams),
    /// Pareto/NBD.
    ParetoNbd(ParetoNbdParams),
}

impl Model {
    /// Which model this is.
    pub fn kind(&self) -> ModelKind {
        match self {
            Model::BgNbd(_) => ModelKind::BgNbd,
            Model::ParetoNbd(_) => ModelKind::ParetoNbd,
        }
    }
}
