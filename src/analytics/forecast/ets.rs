//! Exponential smoothing (Holt-Winters / ETS with additive errors): a level, an optional
//! trend (optionally damped) and an optional additive or multiplicative season, in the
//! error-correction form of Hyndman et al. (2008). With multiplicative seasonality this is
//! the same recursion as statsmodels' `ExponentialSmoothing(trend="add", seasonal="mul")`:
//! its `smoothing_trend` is `beta / alpha` here.
//!
//! Fitting minimises the sum of squared one-step errors (as statsmodels does by default)
//! over the smoothing parameters and the initial level and trend, with Nelder-Mead on
//! logistic-mapped parameters; the initial season comes from the first two seasons.

use super::intervals::{Band, Rng};
use super::optim::{logistic, logit, nelder_mead};

/// The trend of an exponential smoothing model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Trend {
    /// A level only.
    None,
    /// A straight-line trend.
    Additive,
    /// A trend that flattens out (damping factor between 0.8 and 0.98).
    Damped,
}

/// The season of an exponential smoothing model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SeasonForm {
    /// No seasonality.
    None,
    /// Seasonal effects added to the level (the same amount each year).
    Additive,
    /// Seasonal effects multiplying the level (the same share each year).
    Multiplicative,
}

/// One exponential smoothing model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct EtsSpec {
    /// The trend.
    pub trend: Trend,
    /// The season.
    pub season: SeasonForm,
    /// Fitted on the logarithm of the series (positive series only); the forecast is the
    /// exponential of the log forecast, a median.
    pub log: bool,
}

/// The smallest and largest smoothing weights tried.
const EDGE: f64 = 1e-4;
/// Simulated paths behind the intervals of multiplicative models.
const PATHS: usize = 1000;
/// Evaluations allowed to the optimiser.
const MAX_EVALS: usize = 800;

/// A fitted exponential smoothing model: its parameters and its states after the last
/// observation.
#[derive(Clone, Debug)]
pub(crate) struct EtsFit {
    spec: EtsSpec,
    /// Smoothing weights and damping.
    pub alpha: f64,
    pub beta: f64,
    pub gamma: f64,
    pub phi: f64,
    level: f64,
    slope: f64,
    /// Seasonal states; the one for period `t` sits at `t % m`.
    season: Vec<f64>,
    /// Number of observations fitted.
    n: usize,
    /// Standard deviation of the one-step errors (on the log scale for log models).
    pub sigma: f64,
}

/// Starting states before the first observation.
#[derive(Clone, Debug)]
struct Init {
    level: f64,
    slope: f64,
    season: Vec<f64>,
    /// The typical size of the values, scaling the search over the initial states.
    scale: f64,
}

#[derive(Clone, Copy, Debug)]
struct Weights {
    alpha: f64,
    beta: f64,
    gamma: f64,
    phi: f64,
    level: f64,
    slope: f64,
}

fn has_season(spec: EtsSpec) -> bool {
    spec.season != SeasonForm::None
}

fn has_trend(spec: EtsSpec) -> bool {
    spec.trend != Trend::None
}

/// Fits `spec` with season length `m` to `y`. `None` when the model does not apply (too
/// short a history, values not positive for a multiplicative or log model) or the fit
/// fails.
pub(crate) fn fit(y: &[f64], m: usize, spec: EtsSpec) -> Option<EtsFit> {
    let positive = y.iter().all(|v| *v > 0.0);
    if (spec.log || spec.season == SeasonForm::Multiplicative) && !positive {
        return None;
    }
    if spec.log && spec.season == SeasonForm::Multiplicative {
        return None;
    }
    let seasonal = has_season(spec);
    let m = if seasonal { m } else { 1 };
    if (seasonal && (m < 2 || y.len() < 2 * m + 2)) || y.len() < 4 {
        return None;
    }
    let logs: Vec<f64>;
    let y = if spec.log {
        logs = y.iter().map(|v| v.ln()).collect();
        &logs[..]
    } else {
        y
    };
    let init = initial_states(y, m, spec);
    let mut x0 = vec![logit(0.3)];
    let mut step = vec![1.0];
    if has_trend(spec) {
        x0.push(logit(0.1));
        step.push(1.0);
    }
    if seasonal {
        x0.push(logit(0.1));
        step.push(1.0);
    }
    if spec.trend == Trend::Damped {
        x0.push(logit((0.9 - 0.8) / 0.18));
        step.push(1.0);
    }
    x0.push(0.0);
    step.push(0.1);
    if has_trend(spec) {
        x0.push(0.0);
        step.push(0.1);
    }
    let (x, sse) = optimise(y, spec, &init, &x0, &step);
    if !sse.is_finite() {
        return None;
    }
    let w = unpack(spec, &init, m, &x);
    let mut season = init.season.clone();
    let (sse, level, slope) = run(y, spec, &w, &mut season)?;
    let free = x.len() + if seasonal { m - 1 } else { 0 };
    let dof = y.len().saturating_sub(free).max(1);
    Some(EtsFit {
        spec,
        alpha: w.alpha,
        beta: w.beta,
        gamma: w.gamma,
        phi: w.phi,
        level,
        slope,
        season,
        n: y.len(),
        sigma: (sse / dof as f64).sqrt(),
    })
}

/// The weights and initial level and slope that the free parameters `x` stand for.
fn unpack(spec: EtsSpec, init: &Init, m: usize, x: &[f64]) -> Weights {
    let mut it = x.iter().copied();
    let mut next = || it.next().unwrap_or(0.0);
    let alpha = EDGE + (1.0 - 2.0 * EDGE) * logistic(next());
    let beta = if has_trend(spec) {
        alpha * logistic(next())
    } else {
        0.0
    };
    let gamma = if has_season(spec) {
        (1.0 - alpha) * logistic(next())
    } else {
        0.0
    };
    let phi = if spec.trend == Trend::Damped {
        0.8 + 0.18 * logistic(next())
    } else {
        1.0
    };
    let level = init.level + next() * init.scale;
    let slope = if has_trend(spec) {
        init.slope + next() * init.scale / m as f64
    } else {
        0.0
    };
    Weights {
        alpha,
        beta,
        gamma,
        phi,
        level,
        slope,
    }
}

/// Minimises the sum of squared one-step errors from the initial states `init`.
fn optimise(y: &[f64], spec: EtsSpec, init: &Init, x0: &[f64], step: &[f64]) -> (Vec<f64>, f64) {
    let m = init.season.len();
    let mut season = init.season.clone();
    let objective = |x: &[f64]| {
        let w = unpack(spec, init, m, x);
        season.copy_from_slice(&init.season);
        run(y, spec, &w, &mut season).map_or(f64::INFINITY, |(sse, _, _)| sse)
    };
    nelder_mead(objective, x0, step, MAX_EVALS)
}

/// Level, slope and season before the first observation, from the first two seasons (or
/// the first values without a season): each season's mean gives a level, their difference
/// the slope, and the detrended values of each position the seasonal effects.
fn initial_states(y: &[f64], m: usize, spec: EtsSpec) -> Init {
    let mean = |s: &[f64]| s.iter().sum::<f64>() / s.len().max(1) as f64;
    let scale = {
        let head = &y[..y.len().min(2 * m.max(2))];
        let mu = mean(head);
        let sd = (head.iter().map(|v| (v - mu).powi(2)).sum::<f64>() / head.len() as f64).sqrt();
        sd.max(mu.abs() * 0.01).max(1e-6)
    };
    if !has_season(spec) {
        let k = 3.min(y.len() - 1);
        let slope = if has_trend(spec) {
            (y[k] - y[0]) / k as f64
        } else {
            0.0
        };
        return Init {
            level: y[0] - slope,
            slope,
            season: vec![if spec.season == SeasonForm::Multiplicative {
                1.0
            } else {
                0.0
            }],
            scale,
        };
    }
    let first = mean(&y[..m]);
    let second = mean(&y[m..2 * m]);
    let slope = if has_trend(spec) {
        (second - first) / m as f64
    } else {
        0.0
    };
    let centre = (m as f64 - 1.0) / 2.0;
    let mut season: Vec<f64> = (0..m)
        .map(|i| {
            let effect = |j: usize, level: f64| {
                let trend_line = level + (i as f64 - centre) * slope;
                match spec.season {
                    SeasonForm::Multiplicative => y[j * m + i] / trend_line,
                    _ => y[j * m + i] - trend_line,
                }
            };
            (effect(0, first) + effect(1, second)) / 2.0
        })
        .collect();
    // Normalise: additive effects sum to zero, multiplicative ones average one.
    let avg = mean(&season);
    for s in &mut season {
        match spec.season {
            SeasonForm::Multiplicative => *s /= avg,
            _ => *s -= avg,
        }
    }
    Init {
        // The state before the first observation: one step before the first season's start.
        level: first - (centre + 1.0) * slope,
        slope,
        season,
        scale,
    }
}

/// Runs the recursion over `y` from the weights' initial level and slope and the seasonal
/// states in `season` (updated in place). Returns the sum of squared errors and the final
/// level and slope; `None` when a multiplicative state leaves the positive numbers.
fn run(y: &[f64], spec: EtsSpec, w: &Weights, season: &mut [f64]) -> Option<(f64, f64, f64)> {
    let m = season.len();
    let (mut level, mut slope) = (w.level, w.slope);
    let mut sse = 0.0;
    for (t, &obs) in y.iter().enumerate() {
        let base = level + w.phi * slope;
        let s = season[t % m];
        match spec.season {
            SeasonForm::Multiplicative => {
                if base <= 0.0 || s <= 0.0 {
                    return None;
                }
                let e = obs - base * s;
                sse += e * e;
                level = base + w.alpha * e / s;
                slope = w.phi * slope + w.beta * e / s;
                season[t % m] = s + w.gamma * e / base;
            }
            SeasonForm::Additive | SeasonForm::None => {
                let s = if spec.season == SeasonForm::Additive {
                    s
                } else {
                    0.0
                };
                let e = obs - base - s;
                sse += e * e;
                level = base + w.alpha * e;
                slope = w.phi * slope + w.beta * e;
                if spec.season == SeasonForm::Additive {
                    season[t % m] = s + w.gamma * e;
                }
            }
        }
    }
    sse.is_finite().then_some((sse, level, slope))
}

impl EtsFit {
    /// The damped trend's sum `phi + phi^2 + ... + phi^k`.
    fn phi_sum(&self, k: usize) -> f64 {
        if self.phi >= 1.0 {
            return k as f64;
        }
        self.phi * (1.0 - self.phi.powi(k as i32)) / (1.0 - self.phi)
    }

    /// The point forecast `k` periods ahead (on the fitted scale).
    fn point(&self, k: usize) -> f64 {
        let m = self.season.len();
        let base = self.level + self.phi_sum(k) * self.slope;
        let s = self.season[(self.n + k - 1) % m];
        match self.spec.season {
            SeasonForm::Multiplicative => base * s,
            SeasonForm::Additive => base + s,
            SeasonForm::None => base,
        }
    }

    /// Forecasts `h` periods. Linear models (no multiplicative season) have analytic
    /// intervals: the error `k` steps ahead is `e_k + sum c_j e_(k-j)` with
    /// `c_j = alpha + beta (phi + .. + phi^j) + gamma [j a multiple of m]` (Hyndman et al.
    /// 2008, class 1). Multiplicative seasons take empirical quantiles of 1000 simulated
    /// paths with normal errors of the fitted standard deviation.
    pub(crate) fn forecast(&self, h: usize) -> Vec<Band> {
        let bands: Vec<Band> = if self.spec.season == SeasonForm::Multiplicative {
            self.simulate(h)
        } else {
            let m = self.season.len();
            let mut sum_c2 = 0.0;
            (1..=h)
                .map(|k| {
                    if k > 1 {
                        let j = k - 1;
                        let seasonal = self.spec.season == SeasonForm::Additive && j % m == 0;
                        let c = self.alpha
                            + self.beta * self.phi_sum(j)
                            + if seasonal { self.gamma } else { 0.0 };
                        sum_c2 += c * c;
                    }
                    Band::normal(self.point(k), self.sigma * (1.0 + sum_c2).sqrt())
                })
                .collect()
        };
        if self.spec.log {
            bands.into_iter().map(|b| b.map(f64::exp)).collect()
        } else {
            bands
        }
    }

    fn simulate(&self, h: usize) -> Vec<Band> {
        let m = self.season.len();
        let mut rng = Rng::new(0x5EED ^ self.n as u64);
        let mut draws = vec![Vec::with_capacity(PATHS); h];
        for _ in 0..PATHS {
            let (mut level, mut slope) = (self.level, self.slope);
            let mut season = self.season.clone();
            for (k, out) in draws.iter_mut().enumerate() {
                let t = self.n + k;
                let base = level + self.phi * slope;
                let s = season[t % m];
                let e = self.sigma * rng.normal();
                out.push(base * s + e);
                if base.abs() > f64::EPSILON && s.abs() > f64::EPSILON {
                    level = base + self.alpha * e / s;
                    slope = self.phi * slope + self.beta * e / s;
                    season[t % m] = s + self.gamma * e / base;
                }
            }
        }
        draws
            .iter_mut()
            .enumerate()
            .map(|(k, d)| Band::from_samples(self.point(k + 1), d))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_straight_line_is_forecast_exactly() {
        let y: Vec<f64> = (0..30).map(|t| 10.0 + 2.0 * t as f64).collect();
        let spec = EtsSpec {
            trend: Trend::Additive,
            season: SeasonForm::None,
            log: false,
        };
        let f = fit(&y, 1, spec).unwrap_or_else(|| panic!("fits"));
        let b = f.forecast(3);
        for (k, b) in b.iter().enumerate() {
            let want = 10.0 + 2.0 * (30 + k) as f64;
            assert!((b.value - want).abs() < 1e-3, "{} vs {want}", b.value);
        }
    }

    #[test]
    fn a_repeating_season_is_forecast_exactly() {
        let pattern = [5.0, 9.0, 14.0, 7.0];
        let y: Vec<f64> = (0..24).map(|t| 100.0 + pattern[t % 4]).collect();
        for season in [SeasonForm::Additive, SeasonForm::Multiplicative] {
            let spec = EtsSpec {
                trend: Trend::None,
                season,
                log: false,
            };
            let f = fit(&y, 4, spec).unwrap_or_else(|| panic!("fits"));
            let b = f.forecast(5);
            for (k, b) in b.iter().enumerate() {
                assert!(
                    (b.value - 100.0 - pattern[(24 + k) % 4]).abs() < 1e-3,
                    "{season:?}"
                );
            }
        }
    }

    #[test]
    fn simple_smoothing_intervals_follow_the_textbook_formula() {
        // ETS(A,N,N): the variance h steps ahead is sigma^2 (1 + (h - 1) alpha^2)
        // (Hyndman & Athanasopoulos, FPP3 table 8.8).
        let y = [3.0, 5.0, 4.0, 6.0, 5.0, 7.0, 4.0, 6.0, 5.0, 6.0, 7.0, 5.0];
        let spec = EtsSpec {
            trend: Trend::None,
            season: SeasonForm::None,
            log: false,
        };
        let f = fit(&y, 1, spec).unwrap_or_else(|| panic!("fits"));
        let b = f.forecast(4);
        let sd4 = f.sigma * (1.0 + 3.0 * f.alpha * f.alpha).sqrt();
        assert!((b[3].hi95 - b[3].value - 1.959_963_984_540_054 * sd4).abs() < 1e-9);
    }

    #[test]
    fn models_that_need_positive_values_refuse_zeros() {
        let y: Vec<f64> = (0..30).map(|t| (t % 5) as f64).collect();
        let spec = EtsSpec {
            trend: Trend::None,
            season: SeasonForm::None,
            log: true,
        };
        assert!(fit(&y, 1, spec).is_none());
    }
}
