//! The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): purchases at a
//! gamma-distributed Poisson rate while alive, and a lifetime that ends at a
//! gamma-distributed exponential rate, at any moment.
//!
//! The likelihood follows Fader & Hardie's note "A Note on Deriving the Pareto/NBD Model
//! and Related Expressions" (2005) and lifetimes: the chance of leaving between the last
//! purchase and the as-of date is an integral of (alpha + tau)^-(r+x) (beta + tau)^-(s+1),
//! written with Gauss's 2F1 ([`ln_tail`]).

use std::collections::HashMap;

// The tables below are looked up once a customer or a history in every pass: a fast hash
// with a fixed seed (the keys are the shop's own figures), which also makes their order,
// and so the order of any sum over them, the same in every run.
use foldhash::fast::FixedState;

use serde::{Deserialize, Serialize};
use statrs::function::gamma::{digamma, ln_gamma};

use super::bgnbd::ln_scale_plus_times;
use super::bgnbd::logistic_complement;
use super::data::Rows;
use super::fit::{
    FitStart, LogLikelihood, log_add_exp, log_sub_exp, maximise_from, maximum_or_sampled,
};
use super::summary::CustomerHistory;
use super::tail::{LnTail, SharedTails, ln_tail_value};
use super::{Fitted, ModelParams, PredictError, PurchaseModel};

/// Pareto/NBD parameters: purchase rate ~ Gamma(r, alpha), drop-out rate ~ Gamma(s, beta).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParetoNbdParams {
    /// Shape of the purchase-rate distribution.
    pub r: f64,
    /// Scale of the purchase-rate distribution, in weeks.
    pub alpha: f64,
    /// Shape of the drop-out-rate distribution.
    pub s: f64,
    /// Scale of the drop-out-rate distribution, in weeks.
    pub beta: f64,
}

impl ModelParams for ParetoNbdParams {
    fn to_vec(&self) -> Vec<f64> {
        vec![self.r, self.alpha, self.s, self.beta]
    }
    fn from_slice(v: &[f64]) -> Self {
        let g = |i: usize| v.get(i).copied().unwrap_or(f64::NAN);
        ParetoNbdParams {
            r: g(0),
            alpha: g(1),
            s: g(2),
            beta: g(3),
        }
    }
}

/// ln of the integral from `t` to infinity of (a1 + tau)^-p1 (a2 + tau)^-p2 d tau, for
/// p1 + p2 > 1, a1, a2 > 0 and t >= 0.
///
/// With m = max(a1, a2) and k = p1 + p2 - 1 it is
/// 2F1(k, p; k + 1; |a1 - a2| / (m + t)) / (k (m + t)^k), p being the exponent of the
/// smaller scale (substitute u = (m + t) / (m + tau) and use DLMF 15.6.1); it is summed
/// after Euler's transformation, whose terms are all positive ([`super::tail`]).
pub fn ln_tail(p1: f64, a1: f64, p2: f64, a2: f64, t: f64) -> Result<f64, PredictError> {
    ln_tail_value(p1, a1, p2, a2, t)
}

impl ParetoNbdParams {
    /// ln of the odds that the customer has left: P(dead) / P(alive).
    fn ln_dead_odds(&self, x: f64, t_x: f64, t: f64) -> Result<f64, PredictError> {
        self.ln_dead_odds_with(x, t_x, t, |x, t| {
            ln_tail(self.r + x, self.alpha, self.s + 1.0, self.beta, t)
        })
    }

    /// [`ParetoNbdParams::ln_dead_odds`] with the tail integral from a time given by
    /// `tail(x, time)` (computed or remembered).
    fn ln_dead_odds_with(
        &self,
        x: f64,
        t_x: f64,
        t: f64,
        mut tail: impl FnMut(f64, f64) -> Result<f64, PredictError>,
    ) -> Result<f64, PredictError> {
        let Self { r, alpha, s, beta } = *self;
        let leave = if t_x >= t {
            f64::NEG_INFINITY
        } else {
            let from = tail(x, t_x)?;
            let to = tail(x, t)?;
            log_sub_exp(from, to)
        };
        Ok(s.ln() + leave + (r + x) * (alpha + t).ln() + s * (beta + t).ln())
    }

    /// P(alive) of each history with its gradient in (r, alpha, s, beta), from the tail
    /// integrals' exact derivatives, each worked out once per x and time; `None` where a
    /// tail integral cannot be worked out. (For the revenue range's delta method: one pass
    /// instead of eight of P(alive) alone.)
    pub(crate) fn p_alive_gradient_each(
        &self,
        hs: &[CustomerHistory],
    ) -> Option<Vec<(f64, [f64; 4])>> {
        let Self { r, alpha, s, beta } = *self;
        let ln_s = s.ln();
        let mut tails: HashMap<(u64, u64), Option<LnTail>, FixedState> = HashMap::default();
        // The tails of one x share their series' coefficients ([`SharedTails`]).
        let mut shared: HashMap<u64, SharedTails, FixedState> = HashMap::default();
        let mut tail = |x: f64, time: f64| {
            *tails
                .entry((x.to_bits(), time.to_bits()))
                .or_insert_with(|| {
                    shared
                        .entry(x.to_bits())
                        .or_insert_with(|| SharedTails::new(r + x, alpha, s + 1.0, beta))
                        .ln_tail_grad(time)
                        .ok()
                })
        };
        hs.iter()
            .map(|h| {
                let (x, t_x, t) = (f64::from(h.frequency), h.recency_weeks, h.age_weeks);
                if t_x >= t {
                    // No time to have left in: alive for sure, whatever the parameters.
                    return Some((1.0, [0.0; 4]));
                }
                let (dead, d_dead) = dead_term(s, ln_s, &tail(x, t_x)?, &tail(x, t)?);
                let odds = dead + (r + x) * (alpha + t).ln() + s * (beta + t).ln();
                let d_odds = [
                    d_dead[0] + (alpha + t).ln(),
                    d_dead[1] + (r + x) / (alpha + t),
                    d_dead[2] + (beta + t).ln(),
                    d_dead[3] + s / (beta + t),
                ];
                // P(alive) = 1 / (1 + e^odds): its derivative is -P(alive) P(dead) d odds.
                let (alive, dead) = (logistic_complement(odds), logistic_complement(-odds));
                Some((alive, d_odds.map(|d| -alive * dead * d)))
            })
            .collect()
    }

    /// P(alive) from the odds of having left, as [`PurchaseModel::p_alive`] gives it.
    fn p_alive_of(odds: Result<f64, PredictError>) -> f64 {
        match odds {
            Ok(v) if !v.is_nan() => logistic_complement(v),
            _ => 0.0,
        }
    }
}

/// Largest shape s of the drop-out rates' Gamma distribution that the fit may reach: their
/// coefficient of variation, 1 / sqrt(s), is then 20 %.
///
/// Where the customers of a shop all drop out at about one rate, the likelihood keeps
/// rising, ever more slowly, as s and beta grow together towards infinity (the drop-out
/// rates' mean s / beta held, their spread falling to zero): the maximum lies on the
/// model's boundary. Every sixth customer of the CDNOW sample (393) is such a shop:
/// lifetimes stops at s = 132, only 0.0036 higher in log-likelihood than s = 25. Past
/// s + 1 = `tail::NEAR_ONE_MAX_PB` the tail integral has no short formula, and a pass over
/// the customers costs ever more as s grows (on 393 customers of a shop simulated from
/// BG/NBD: 8.6 ms at s = 50, 530 ms at s = 3 900, and the first prediction ran for more
/// than three minutes). The fit holds s at this bound instead and brings the other three
/// parameters to their maximum there (`fit::pinned_on_bounds`).
pub(crate) const MAX_DROPOUT_SHAPE: f64 = 25.0;

/// The log-likelihood of Pareto/NBD over a shop's customers.
pub(crate) struct ParetoLikelihood<'a>(pub &'a Rows);

impl LogLikelihood for ParetoLikelihood<'_> {
    const MODEL: &'static str = "Pareto/NBD";
    const EXACT_GRADIENT: bool = true;

    fn customers(&self) -> f64 {
        self.0.customers
    }

    /// The drop-out rates' shape s is kept at or below [`MAX_DROPOUT_SHAPE`].
    fn upper_log_bound(&self, i: usize) -> f64 {
        if i == 2 {
            MAX_DROPOUT_SHAPE.ln()
        } else {
            super::fit::MAX_LOG_PARAM
        }
    }

    fn mean_ll(&self, log_params: &[f64]) -> f64 {
        let exp: Vec<f64> = log_params.iter().map(|v| v.exp()).collect();
        let params = ParetoNbdParams::from_slice(&exp);
        let ParetoNbdParams { r, alpha, s, beta } = params;
        let rows = self.0;
        let common = -ln_gamma(r) + r * alpha.ln() + s * beta.ln();
        let ln_a = ln_scale_plus_times(rows, alpha);
        let ln_b = ln_scale_plus_times(rows, beta);
        // The tail integral from each of the group's times, computed once per time.
        let mut tails = vec![0.0_f64; rows.times.len()];
        let mut total = 0.0;
        for ((x, range), used) in rows.groups.iter().zip(&rows.group_times) {
            let x = *x;
            let per_x = ln_gamma(r + x) + common;
            for j in used {
                let j = *j as usize;
                let Ok(v) = ln_tail(r + x, alpha, s + 1.0, beta, rows.times[j]) else {
                    return f64::NAN;
                };
                tails[j] = v;
            }
            for i in range.clone() {
                let (iu, iv, w) = (rows.iu[i] as usize, rows.iv[i] as usize, rows.w[i]);
                let alive = -(r + x) * ln_a[iv] - s * ln_b[iv];
                let leave = if rows.u[i] >= rows.v[i] {
                    f64::NEG_INFINITY
                } else {
                    log_sub_exp(tails[iu], tails[iv])
                };
                total += w * (per_x + log_add_exp(alive, s.ln() + leave));
            }
        }
        total / rows.customers.max(1.0)
    }

    fn mean_ll_gradient(&self, log_params: &[f64]) -> Vec<f64> {
        self.mean_ll_and_gradient(log_params).1
    }

    const VALUE_WITH_GRADIENT: bool = true;

    fn mean_ll_and_gradient(&self, log_params: &[f64]) -> (f64, Vec<f64>) {
        let exp: Vec<f64> = log_params.iter().map(|v| v.exp()).collect();
        let params = ParetoNbdParams::from_slice(&exp);
        let rows = self.0;
        let ln_a = ln_scale_plus_times(rows, params.alpha);
        let ln_b = ln_scale_plus_times(rows, params.beta);
        let pass =
            |groups: std::ops::Range<usize>| groups_pass(rows, &params, &ln_a, &ln_b, groups);
        let end = rows.groups.len();
        // A large shop's groups in two parts, one on another thread: the fits of
        // Pareto/NBD are the longest stretch of the predictions, and the other thread
        // runs out of fits of its own long before them.
        let sums = match split_point(rows) {
            Some(mid) => {
                let (upper, lower) = crate::parallel::side_by_side(
                    "pareto-pass",
                    || pass(mid..end),
                    || pass(0..mid),
                );
                lower.zip(upper).map(|((v1, g1), (v2, g2))| {
                    (v1 + v2, std::array::from_fn::<f64, 4, _>(|k| g1[k] + g2[k]))
                })
            }
            None => pass(0..end),
        };
        let Some((value, g)) = sums else {
            return (f64::NAN, vec![f64::NAN; 4]);
        };
        let n = rows.customers.max(1.0);
        (value / n, (0..4).map(|k| g[k] * exp[k] / n).collect())
    }
}

/// Fewest rows (customers with distinct histories) from which a likelihood pass is shared
/// between two threads.
const SHARED_PASS_ROWS: usize = 8_000;

/// Where to cut the groups for two threads: the first group of the second part, chosen so
/// that both parts have about as many tail integrals and rows to work out; `None` for a
/// small shop or a single group.
pub(crate) fn split_point(rows: &Rows) -> Option<usize> {
    if rows.u.len() < SHARED_PASS_ROWS || rows.groups.len() < 2 {
        return None;
    }
    let cost = |g: usize| rows.group_times[g].len() + rows.groups[g].1.len();
    let total: usize = (0..rows.groups.len()).map(cost).sum();
    let mut done = 0;
    for g in 0..rows.groups.len() {
        if done * 2 >= total {
            return (g > 0).then_some(g);
        }
        done += cost(g);
    }
    None
}

/// The summed log-likelihood and its gradient in (r, alpha, s, beta) over the groups in
/// `groups`; `None` when a tail integral cannot be worked out.
pub(crate) fn groups_pass(
    rows: &Rows,
    params: &ParetoNbdParams,
    ln_a: &[f64],
    ln_b: &[f64],
    groups: std::ops::Range<usize>,
) -> Option<(f64, [f64; 4])> {
    let ParetoNbdParams { r, alpha, s, beta } = *params;
    let common = [-digamma(r) + alpha.ln(), r / alpha, beta.ln(), s / beta];
    let common_ll = -ln_gamma(r) + r * alpha.ln() + s * beta.ln();
    let ln_s = s.ln();
    let mut value = 0.0;
    let mut g = [0.0_f64; 4];
    let none = LnTail {
        ln: f64::NAN,
        d: [f64::NAN; 4],
    };
    // The tail integral from each of the group's times with its gradient, computed once
    // per time.
    let mut tails = vec![none; rows.times.len()];
    for ((x, range), used) in rows.groups[groups.clone()]
        .iter()
        .zip(&rows.group_times[groups])
    {
        let x = *x;
        let mut shared = SharedTails::new(r + x, alpha, s + 1.0, beta);
        for j in used {
            let j = *j as usize;
            tails[j] = shared.ln_tail_grad(rows.times[j]).ok()?;
        }
        let per_x = ln_gamma(r + x) + common_ll;
        let mut gx = [0.0_f64; 4];
        for i in range.clone() {
            let (iu, iv, w) = (rows.iu[i] as usize, rows.iv[i] as usize, rows.w[i]);
            let t = rows.v[i];
            let alive = -(r + x) * ln_a[iv] - s * ln_b[iv];
            let d_alive = [
                -ln_a[iv],
                -(r + x) / (alpha + t),
                -ln_b[iv],
                -s / (beta + t),
            ];
            let (dead, d_dead) = if rows.u[i] >= t {
                (f64::NEG_INFINITY, [0.0; 4])
            } else {
                dead_term(s, ln_s, &tails[iu], &tails[iv])
            };
            let (total, p_alive, p_dead) = log_add_exp_with_shares(alive, dead);
            value += w * (per_x + total);
            for k in 0..4 {
                gx[k] += w * p_alive * d_alive[k];
                if p_dead > 0.0 {
                    gx[k] += w * p_dead * d_dead[k];
                }
            }
        }
        let weight: f64 = rows.w[range.clone()].iter().sum();
        g[0] += weight * digamma(r + x);
        for k in 0..4 {
            g[k] += gx[k] + weight * common[k];
        }
    }
    Some((value, g))
}

/// ln(s times the integral over (t_x, T) of (alpha + tau)^-(r+x) (beta + tau)^-(s+1)),
/// the "left between the last purchase and now" term, with its gradient in
/// (r, alpha, s, beta), from the tail integrals from t_x and from T (`ln_s` is ln s).
fn dead_term(s: f64, ln_s: f64, from: &LnTail, to: &LnTail) -> (f64, [f64; 4]) {
    // F - G = F (1 - rho) with rho = G / F; d ln(F - G) = (dF/F - rho dG/G) / (1 - rho).
    let delta = to.ln - from.ln;
    let rho = delta.exp();
    let keep = -delta.exp_m1();
    if keep <= 0.0 || keep.is_nan() {
        // G is not below F (equal times): nothing is left between them.
        return (f64::NEG_INFINITY, [0.0; 4]);
    }
    let per_keep = 1.0 / keep;
    let mut d: [f64; 4] = std::array::from_fn(|k| (from.d[k] - rho * to.d[k]) * per_keep);
    d[2] += 1.0 / s;
    (ln_s + from.ln + keep.ln(), d)
}

/// ln(e^a + e^b) with the shares e^a and e^b of the sum, from one exponential: with
/// e = e^-(|a - b|), the sum is the larger times 1 + e, and the shares are 1 / (1 + e)
/// and e / (1 + e).
fn log_add_exp_with_shares(a: f64, b: f64) -> (f64, f64, f64) {
    let (hi, lo) = if a >= b { (a, b) } else { (b, a) };
    if hi == f64::NEG_INFINITY {
        return (hi, f64::NAN, f64::NAN);
    }
    let e = (lo - hi).exp();
    let (p_hi, p_lo) = (1.0 / (1.0 + e), e / (1.0 + e));
    let total = hi + e.ln_1p();
    if a >= b {
        (total, p_hi, p_lo)
    } else {
        (total, p_lo, p_hi)
    }
}

/// Fits Pareto/NBD to the customers' histories by maximum likelihood.
pub fn fit_pareto_nbd(
    histories: &[CustomerHistory],
) -> Result<Fitted<ParetoNbdParams>, PredictError> {
    fit_pareto_nbd_from(histories, None)
}

/// [`fit_pareto_nbd`] starting from `start` when given (an earlier fit of the same model to
/// the shop, which lies close to this one's maximum).
pub(crate) fn fit_pareto_nbd_from(
    histories: &[CustomerHistory],
    start: Option<&FitStart>,
) -> Result<Fitted<ParetoNbdParams>, PredictError> {
    fit_pareto_nbd_on(&Rows::purchases(histories), histories, start)
}

/// [`fit_pareto_nbd_from`] on the rows of `histories` laid out already (shared with the other
/// purchase model's fit).
pub(crate) fn fit_pareto_nbd_on(
    rows: &Rows,
    histories: &[CustomerHistory],
    start: Option<&FitStart>,
) -> Result<Fitted<ParetoNbdParams>, PredictError> {
    let best = maximum_or_sampled(rows, histories, start, maximum)?;
    Ok(Fitted::new(&ParetoLikelihood(rows), &best))
}

/// Pareto/NBD's maximum-likelihood parameters alone, without their standard errors (for
/// the model check's refit).
pub fn fit_pareto_nbd_params(
    histories: &[CustomerHistory],
) -> Result<ParetoNbdParams, PredictError> {
    Ok(fit_pareto_nbd_params_from(histories, None)?.0)
}

/// [`fit_pareto_nbd_params`] starting from `start` when given, with the maximum as where
/// the whole history's fit (or the next check's) may start.
pub(crate) fn fit_pareto_nbd_params_from(
    histories: &[CustomerHistory],
    start: Option<&FitStart>,
) -> Result<(ParetoNbdParams, FitStart), PredictError> {
    fit_pareto_nbd_params_on(&Rows::purchases(histories), histories, start)
}

/// [`fit_pareto_nbd_params_from`] on the rows of `histories` laid out already.
pub(crate) fn fit_pareto_nbd_params_on(
    rows: &Rows,
    histories: &[CustomerHistory],
    start: Option<&FitStart>,
) -> Result<(ParetoNbdParams, FitStart), PredictError> {
    let best = maximum_or_sampled(rows, histories, start, maximum)?;
    Ok((best.params(), best))
}

/// The log-parameters at the maximum, from `start` or else from a mean rate.
fn maximum(rows: &Rows, start: Option<&FitStart>) -> Result<FitStart, PredictError> {
    if rows.customers < 1.0 {
        return Err(PredictError::NoCustomers);
    }
    maximise_from(&ParetoLikelihood(rows), start, || {
        let rate = (rows.mean_x() / rows.mean_v().max(1.0)).max(1e-3);
        vec![0.0, (1.0 / rate).ln(), 0.0, rows.mean_v().max(1.0).ln()]
    })
}

impl PurchaseModel for ParetoNbdParams {
    fn p_alive(&self, h: &CustomerHistory) -> f64 {
        Self::p_alive_of(self.ln_dead_odds(f64::from(h.frequency), h.recency_weeks, h.age_weeks))
    }

    /// Each tail integral worked out once per x and time: a shop has many customers per
    /// (x, t_x) and per (x, T), and the integral is the costly part (a 2F1 series).
    fn p_alive_each(&self, hs: &[CustomerHistory]) -> Vec<f64> {
        let mut tails: HashMap<(u64, u64), Result<f64, PredictError>, FixedState> =
            HashMap::default();
        // The tails of one x share their series' coefficients ([`SharedTails`]).
        let mut shared: HashMap<u64, SharedTails, FixedState> = HashMap::default();
        hs.iter()
            .map(|h| {
                let odds = self.ln_dead_odds_with(
                    f64::from(h.frequency),
                    h.recency_weeks,
                    h.age_weeks,
                    |x, t| {
                        tails
                            .entry((x.to_bits(), t.to_bits()))
                            .or_insert_with(|| {
                                shared
                                    .entry(x.to_bits())
                                    .or_insert_with(|| {
                                        SharedTails::new(
                                            self.r + x,
                                            self.alpha,
                                            self.s + 1.0,
                                            self.beta,
                                        )
                                    })
                                    .ln_tail_value(t)
                            })
                            .clone()
                    },
                );
                Self::p_alive_of(odds)
            })
            .collect()
    }

    fn expected_purchases_if_alive(&self, h: &CustomerHistory, weeks: f64) -> f64 {
        if weeks <= 0.0 {
            return 0.0;
        }
        let Self { r, alpha, s, beta } = *self;
        let (x, t) = (f64::from(h.frequency), h.age_weeks);
        // (1 - ((beta + T) / (beta + T + t))^(s - 1)) / (s - 1), whose limit at s = 1 is
        // ln((beta + T + t) / (beta + T)).
        let ln_stay = -(weeks / (beta + t)).ln_1p();
        let lifetime = if (s - 1.0).abs() < 1e-12 {
            -ln_stay
        } else {
            -((s - 1.0) * ln_stay).exp_m1() / (s - 1.0)
        };
        (r + x) * (beta + t) / (alpha + t) * lifetime
    }

    fn p_buy_if_alive(&self, h: &CustomerHistory, weeks: f64) -> f64 {
        // While alive at T the rates are Gamma(r + x, alpha + T) and Gamma(s, beta + T);
        // the first purchase comes before both the horizon and the drop-out with chance
        // the integral over (0, h) of (R/A)(A/(A+u))^(R+1) (B/(B+u))^S du.
        let Self { r, alpha, s, beta } = *self;
        let (big_r, big_a, big_b) = (
            r + f64::from(h.frequency),
            alpha + h.age_weeks,
            beta + h.age_weeks,
        );
        let inner = ln_tail(big_r + 1.0, big_a, s, big_b, 0.0).and_then(|from| {
            Ok(log_sub_exp(
                from,
                ln_tail(big_r + 1.0, big_a, s, big_b, weeks)?,
            ))
        });
        match inner {
            Ok(v) => {
                let ln_p = big_r.ln() + big_r * big_a.ln() + s * big_b.ln() + v;
                ln_p.exp()
            }
            Err(_) => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Composite Simpson's rule on `n` (even) intervals: an independent check of the
    /// closed forms written with 2F1.
    fn simpson(f: impl Fn(f64) -> f64, lo: f64, hi: f64, n: usize) -> f64 {
        let h = (hi - lo) / n as f64;
        let inner: f64 = (1..n)
            .map(|i| f(lo + i as f64 * h) * if i % 2 == 1 { 4.0 } else { 2.0 })
            .sum();
        (f(lo) + f(hi) + inner) * h / 3.0
    }

    #[test]
    fn tail_integral_equals_quadrature() {
        for (p1, a1, p2, a2) in [
            (1.3, 10.5, 1.6, 11.7),
            (0.6, 2.0, 1.2, 50.0),
            (5.0, 40.0, 0.8, 3.0),
        ] {
            for (lo, hi) in [(0.0, 39.0), (12.0, 30.0)] {
                let closed = (ln_tail(p1, a1, p2, a2, lo).unwrap_or(f64::NAN).exp()
                    - ln_tail(p1, a1, p2, a2, hi).unwrap_or(f64::NAN).exp())
                .abs();
                let f = |u: f64| (a1 + u).powf(-p1) * (a2 + u).powf(-p2);
                let numeric = simpson(f, lo, hi, 20_000);
                assert!(
                    (closed - numeric).abs() <= 1e-9 * numeric,
                    "{p1} {a1} {p2} {a2}: {closed} vs {numeric}"
                );
            }
        }
    }

    #[test]
    fn chance_of_buying_equals_quadrature() {
        let p = ParetoNbdParams {
            r: 0.5533,
            alpha: 10.5779,
            s: 0.6063,
            beta: 11.6688,
        };
        let h = CustomerHistory {
            customer_id: 1,
            first_purchase: chrono::NaiveDate::MIN,
            frequency: 3,
            recency_weeks: 20.0,
            age_weeks: 38.0,
            monetary_avg: Some(20.0),
        };
        let weeks = 90.0 / 7.0;
        // While alive: the first purchase comes at u before the customer leaves.
        let (rr, aa, bb) = (p.r + 3.0, p.alpha + 38.0, p.beta + 38.0);
        let density = |u: f64| rr / aa * (aa / (aa + u)).powf(rr + 1.0) * (bb / (bb + u)).powf(p.s);
        let want = p.p_alive(&h) * simpson(density, 0.0, weeks, 20_000);
        let got = p.p_buy(&h, weeks);
        assert!((got - want).abs() <= 1e-10, "{got} vs {want}");
        // Buying is less likely than being alive, and likelier over a longer horizon.
        assert!(got < p.p_alive(&h) && got < p.p_buy(&h, 2.0 * weeks));
    }
}
