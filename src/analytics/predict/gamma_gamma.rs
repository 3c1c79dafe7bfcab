//! The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader & Hardie
//! 2013): each purchase's spend is Gamma(p, nu) and nu ~ Gamma(q, gamma) across customers,
//! fitted on the customers with at least one repeat purchase day.

use serde::{Deserialize, Serialize};
use statrs::function::gamma::{digamma, ln_gamma};

use super::data::Rows;
use super::fit::{FitStart, LogLikelihood, maximise_from};
use super::summary::CustomerHistory;
use super::{Fitted, ModelParams, PredictError};

/// Gamma-Gamma parameters.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GammaGammaParams {
    /// Shape of each purchase's spend.
    pub p: f64,
    /// Shape of the spend-rate distribution across customers.
    pub q: f64,
    /// Scale of the spend-rate distribution (gamma in the papers, v in lifetimes).
    pub v: f64,
}

impl ModelParams for GammaGammaParams {
    fn to_vec(&self) -> Vec<f64> {
        vec![self.p, self.q, self.v]
    }
    fn from_slice(v: &[f64]) -> Self {
        let g = |i: usize| v.get(i).copied().unwrap_or(f64::NAN);
        GammaGammaParams {
            p: g(0),
            q: g(1),
            v: g(2),
        }
    }
}

impl GammaGammaParams {
    /// Expected spend per purchase of a customer with `x` repeat days at mean `m_x`
    /// (p (v + x m_x) / (p x + q - 1)); `None` where the mean does not exist (p x + q <= 1).
    pub fn expected_spend(&self, x: u32, m_x: Option<f64>) -> Option<f64> {
        let x = f64::from(x);
        let m = m_x.unwrap_or(0.0).max(0.0);
        let denominator = self.p * x + self.q - 1.0;
        let e = self.p * (self.v + x * m) / denominator;
        (denominator > 0.0 && e.is_finite()).then_some(e)
    }
}

/// The log-likelihood of Gamma-Gamma over the repeat customers.
pub(crate) struct GammaGammaLikelihood<'a>(pub &'a Rows);

impl GammaGammaLikelihood<'_> {
    fn params(log_params: &[f64]) -> GammaGammaParams {
        GammaGammaParams::from_slice(&log_params.iter().map(|v| v.exp()).collect::<Vec<_>>())
    }
}

impl LogLikelihood for GammaGammaLikelihood<'_> {
    const MODEL: &'static str = "Gamma-Gamma";
    const EXACT_GRADIENT: bool = true;

    fn customers(&self) -> f64 {
        self.0.customers
    }

    fn mean_ll(&self, log_params: &[f64]) -> f64 {
        let GammaGammaParams { p, q, v } = Self::params(log_params);
        let rows = self.0;
        let common = -ln_gamma(q) + q * v.ln();
        let mut total = 0.0;
        for (x, range) in &rows.groups {
            let px = p * x;
            let per_x = ln_gamma(px + q) - ln_gamma(px) + px * x.ln() + common;
            for i in range.clone() {
                let (m, w) = (rows.u[i], rows.w[i]);
                total += w * (per_x + (px - 1.0) * m.ln() - (px + q) * (x * m + v).ln());
            }
        }
        total / rows.customers.max(1.0)
    }

    fn mean_ll_gradient(&self, log_params: &[f64]) -> Vec<f64> {
        let GammaGammaParams { p, q, v } = Self::params(log_params);
        let rows = self.0;
        let mut g = [0.0_f64; 3];
        let dg_q = digamma(q);
        for (x, range) in &rows.groups {
            let px = p * x;
            let (dg_sum, dg_px) = (digamma(px + q), digamma(px));
            for i in range.clone() {
                let (m, w) = (rows.u[i], rows.w[i]);
                let ln_total = (x * m + v).ln();
                g[0] += w * x * (dg_sum - dg_px + m.ln() + x.ln() - ln_total);
                g[1] += w * (dg_sum - dg_q + v.ln() - ln_total);
                g[2] += w * (q / v - (px + q) / (x * m + v));
            }
        }
        let theta = [p, q, v];
        (0..3)
            .map(|k| g[k] * theta[k] / rows.customers.max(1.0))
            .collect()
    }
}

/// Fits Gamma-Gamma on the customers with x >= 1 (and a positive mean spend).
pub fn fit_gamma_gamma(
    histories: &[CustomerHistory],
) -> Result<Fitted<GammaGammaParams>, PredictError> {
    fit_gamma_gamma_from(histories, None)
}

/// [`fit_gamma_gamma`] starting from `start` when given (an earlier fit to the shop).
pub(crate) fn fit_gamma_gamma_from(
    histories: &[CustomerHistory],
    start: Option<&FitStart>,
) -> Result<Fitted<GammaGammaParams>, PredictError> {
    let rows = Rows::spend(histories);
    if rows.customers < 1.0 {
        return Err(PredictError::NoRepeatCustomers);
    }
    let ll = GammaGammaLikelihood(&rows);
    let best = maximise_from(&ll, start, || {
        vec![0.0, 2f64.ln(), rows.mean_u().max(1e-6).ln()]
    })?;
    Ok(Fitted::new(&ll, &best))
}
