//! The BG/NBD model (Fader, Hardie & Lee 2005): purchases at a gamma-distributed Poisson
//! rate, and after each purchase a beta-distributed chance of leaving for good.

use serde::{Deserialize, Serialize};
use statrs::function::gamma::{digamma, ln_gamma};

use super::data::Rows;
use super::fit::{FitStart, LogLikelihood, log_add_exp, maximise_from, maximum_or_sampled};
use super::hyp2f1::ln_hyp2f1_signed;
use super::summary::CustomerHistory;
use super::{Fitted, ModelParams, PredictError, PurchaseModel};

/// BG/NBD parameters: purchase rate ~ Gamma(r, alpha), drop-out chance ~ Beta(a, b).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct BgNbdParams {
    /// Shape of the purchase-rate distribution.
    pub r: f64,
    /// Scale of the purchase-rate distribution, in weeks.
    pub alpha: f64,
    /// First shape of the drop-out distribution.
    pub a: f64,
    /// Second shape of the drop-out distribution.
    pub b: f64,
}

impl BgNbdParams {
    fn from_logs(p: &[f64]) -> BgNbdParams {
        BgNbdParams::from_slice(&p.iter().map(|v| v.exp()).collect::<Vec<_>>())
    }

    /// log of the odds that the customer has left: P(dead) / P(alive).
    fn ln_dead_odds(&self, x: f64, t_x: f64, t: f64) -> f64 {
        if x == 0.0 {
            return f64::NEG_INFINITY;
        }
        let Self { r, alpha, a, b } = *self;
        a.ln() - (b + x - 1.0).ln() + (r + x) * ((alpha + t).ln() - (alpha + t_x).ln())
    }
}

/// The log-likelihood of BG/NBD over a shop's customers.
pub(crate) struct BgNbdLikelihood<'a>(pub &'a Rows);

impl LogLikelihood for BgNbdLikelihood<'_> {
    const MODEL: &'static str = "BG/NBD";
    const EXACT_GRADIENT: bool = true;

    fn customers(&self) -> f64 {
        self.0.customers
    }

    fn mean_ll(&self, log_params: &[f64]) -> f64 {
        let BgNbdParams { r, alpha, a, b } = BgNbdParams::from_logs(log_params);
        let rows = self.0;
        let (ln_a, ln_alpha) = (a.ln(), alpha.ln());
        let common = -ln_gamma(r) + r * ln_alpha + ln_gamma(a + b) - ln_gamma(b);
        let ln_at = ln_scale_plus_times(rows, alpha);
        let mut total = 0.0;
        for (x, range) in &rows.groups {
            let x = *x;
            let per_x = ln_gamma(r + x) + ln_gamma(b + x) - ln_gamma(a + b + x) + common;
            let ln_drop = if x > 0.0 {
                ln_a - (b + x - 1.0).ln()
            } else {
                0.0
            };
            for i in range.clone() {
                let w = rows.w[i];
                let alive = -(r + x) * ln_at[rows.iv[i] as usize];
                let dead = if x > 0.0 {
                    ln_drop - (r + x) * ln_at[rows.iu[i] as usize]
                } else {
                    f64::NEG_INFINITY
                };
                total += w * (per_x + log_add_exp(alive, dead));
            }
        }
        total / rows.customers.max(1.0)
    }

    fn mean_ll_gradient(&self, log_params: &[f64]) -> Vec<f64> {
        self.mean_ll_and_gradient(log_params).1
    }

    const VALUE_WITH_GRADIENT: bool = true;

    fn mean_ll_and_gradient(&self, log_params: &[f64]) -> (f64, Vec<f64>) {
        let BgNbdParams { r, alpha, a, b } = BgNbdParams::from_logs(log_params);
        let rows = self.0;
        let common_ll = -ln_gamma(r) + r * alpha.ln() + ln_gamma(a + b) - ln_gamma(b);
        let mut value = 0.0;
        let mut g = [0.0_f64; 4];
        let common = [
            -digamma(r) + alpha.ln(),
            r / alpha,
            digamma(a + b),
            digamma(a + b) - digamma(b),
        ];
        let ln_at = ln_scale_plus_times(rows, alpha);
        let inv_at: Vec<f64> = rows.times.iter().map(|t| 1.0 / (alpha + t)).collect();
        for (x, range) in &rows.groups {
            let x = *x;
            let per_x = [
                digamma(r + x),
                0.0,
                -digamma(a + b + x),
                digamma(b + x) - digamma(a + b + x),
            ];
            let ln_drop = if x > 0.0 {
                a.ln() - (b + x - 1.0).ln()
            } else {
                0.0
            };
            let per_x_ll = ln_gamma(r + x) + ln_gamma(b + x) - ln_gamma(a + b + x) + common_ll;
            let mut gx = [0.0_f64; 4];
            for i in range.clone() {
                let (iu, iv, w) = (rows.iu[i] as usize, rows.iv[i] as usize, rows.w[i]);
                let alive = -(r + x) * ln_at[iv];
                // Share of the "left after the last purchase" term in the sum.
                let q = if x > 0.0 {
                    let dead = ln_drop - (r + x) * ln_at[iu];
                    let sum = log_add_exp(alive, dead);
                    value += w * (per_x_ll + sum);
                    (dead - sum).exp()
                } else {
                    value += w * (per_x_ll + alive);
                    0.0
                };
                let p = 1.0 - q;
                gx[0] += w * (p * -ln_at[iv] + q * -ln_at[iu]);
                gx[1] += w * (p * -(r + x) * inv_at[iv] + q * -(r + x) * inv_at[iu]);
                if x > 0.0 {
                    gx[2] += w * q / a;
                    gx[3] -= w * q / (b + x - 1.0);
                }
            }
            let weight: f64 = rows.w[range.clone()].iter().sum();
            for k in 0..4 {
                g[k] += gx[k] + weight * (per_x[k] + common[k]);
            }
        }
        let theta = [r, alpha, a, b];
        let n = rows.customers.max(1.0);
        (value / n, (0..4).map(|k| g[k] * theta[k] / n).collect())
    }
}

/// ln(scale + t) for each of the rows' distinct times t.
pub(crate) fn ln_scale_plus_times(rows: &Rows, scale: f64) -> Vec<f64> {
    rows.times.iter().map(|t| (scale + t).ln()).collect()
}

/// Fits BG/NBD to the customers' histories by maximum likelihood.
pub fn fit_bgnbd(histories: &[CustomerHistory]) -> Result<Fitted<BgNbdParams>, PredictError> {
    fit_bgnbd_from(histories, None)
}

/// [`fit_bgnbd`] starting from `start` when given (an earlier fit of the same model to
/// the shop, which lies close to this one's maximum).
pub(crate) fn fit_bgnbd_from(
    histories: &[CustomerHistory],
    start: Option<&FitStart>,
) -> Result<Fitted<BgNbdParams>, PredictError> {
    fit_bgnbd_on(&Rows::purchases(histories), histories, start)
}

/// [`fit_bgnbd_from`] on the rows of `histories` laid out already (shared with the other
/// purchase model's fit).
pub(crate) fn fit_bgnbd_on(
    rows: &Rows,
    histories: &[CustomerHistory],
    start: Option<&FitStart>,
) -> Result<Fitted<BgNbdParams>, PredictError> {
    let best = maximum_or_sampled(rows, histories, start, maximum)?;
    Ok(Fitted::new(&BgNbdLikelihood(rows), &best))
}

/// BG/NBD's maximum-likelihood parameters alone, without their standard errors (for the
/// model check's refit).
pub fn fit_bgnbd_params(histories: &[CustomerHistory]) -> Result<BgNbdParams, PredictError> {
    Ok(fit_bgnbd_params_from(histories, None)?.0)
}

/// [`fit_bgnbd_params`] starting from `start` when given, with the maximum as where the
/// whole history's fit (or the next check's) may start.
pub(crate) fn fit_bgnbd_params_from(
    histories: &[CustomerHistory],
    start: Option<&FitStart>,
) -> Result<(BgNbdParams, FitStart), PredictError> {
    fit_bgnbd_params_on(&Rows::purchases(histories), histories, start)
}

/// [`fit_bgnbd_params_from`] on the rows of `histories` laid out already.
pub(crate) fn fit_bgnbd_params_on(
    rows: &Rows,
    histories: &[CustomerHistory],
    start: Option<&FitStart>,
) -> Result<(BgNbdParams, FitStart), PredictError> {
    let best = maximum_or_sampled(rows, histories, start, maximum)?;
    Ok((best.params(), best))
}

/// The log-parameters at the maximum, from `start` or else from a mean rate.
fn maximum(rows: &Rows, start: Option<&FitStart>) -> Result<FitStart, PredictError> {
    if rows.customers < 1.0 {
        return Err(PredictError::NoCustomers);
    }
    maximise_from(&BgNbdLikelihood(rows), start, || {
        // Where the mean purchase rate r / alpha matches the observed one.
        let rate = (rows.mean_x() / rows.mean_v().max(1.0)).max(1e-3);
        vec![0.0, (1.0 / rate).ln(), 0.0, 1f64.ln() + 0.7]
    })
}

impl ModelParams for BgNbdParams {
    fn to_vec(&self) -> Vec<f64> {
        vec![self.r, self.alpha, self.a, self.b]
    }
    fn from_slice(v: &[f64]) -> Self {
        let g = |i: usize| v.get(i).copied().unwrap_or(f64::NAN);
        BgNbdParams {
            r: g(0),
            alpha: g(1),
            a: g(2),
            b: g(3),
        }
    }
}

impl PurchaseModel for BgNbdParams {
    fn p_alive(&self, h: &CustomerHistory) -> f64 {
        let odds = self.ln_dead_odds(f64::from(h.frequency), h.recency_weeks, h.age_weeks);
        logistic_complement(odds)
    }

    fn expected_purchases_if_alive(&self, h: &CustomerHistory, weeks: f64) -> f64 {
        if weeks <= 0.0 {
            return 0.0;
        }
        let Self { r, alpha, b, .. } = *self;
        // The closed form divides by a - 1; step off a = 1 where it is 0 / 0.
        let a = if (self.a - 1.0).abs() < 1e-7 {
            1.0 + 1e-7
        } else {
            self.a
        };
        let (x, t) = (f64::from(h.frequency), h.age_weeks);
        let z = weeks / (alpha + t + weeks);
        let c = a + b + x - 1.0;
        let Ok((sign, ln_f)) = ln_hyp2f1_signed(r + x, b + x, c, z) else {
            return 0.0;
        };
        let ln_term = (r + x) * (-z).ln_1p() + ln_f;
        // 1 - sign * exp(ln_term), without losing digits when it is near 1.
        let bracket = if sign > 0.0 {
            -ln_term.exp_m1()
        } else {
            1.0 + ln_term.exp()
        };
        c / (a - 1.0) * bracket
    }

    fn p_buy_if_alive(&self, h: &CustomerHistory, weeks: f64) -> f64 {
        let x = f64::from(h.frequency);
        let stays = -(self.r + x) * (weeks / (self.alpha + h.age_weeks)).ln_1p();
        -stays.exp_m1()
    }
}

/// 1 / (1 + exp(v)), stable for any v.
pub(crate) fn logistic_complement(v: f64) -> f64 {
    if v > 0.0 {
        let e = (-v).exp();
        e / (1.0 + e)
    } else {
        1.0 / (1.0 + v.exp())
    }
}
