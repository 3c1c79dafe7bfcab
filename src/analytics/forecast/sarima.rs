//! The "airline model" of Box & Jenkins: SARIMA(0,1,1)(0,1,1) with season `m`, on the
//! logarithm of a positive series. Two parameters only, so it holds up on short seasonal
//! histories (it needs two seasons and a few periods).
//!
//! With `z` the logs and `w_t = (1 - B)(1 - B^m) z_t`, the model is
//! `w_t = e_t + theta e_(t-1) + Theta e_(t-m) + theta Theta e_(t-m-1)`. It is fitted by
//! conditional sum of squares (errors before the first difference taken as zero), with
//! both parameters kept inside (-1, 1) so the model stays invertible.

use super::intervals::Band;
use super::optim::nelder_mead;

/// Evaluations allowed to the optimiser.
const MAX_EVALS: usize = 400;

/// A fitted airline model.
#[derive(Clone, Debug)]
pub(crate) struct SarimaFit {
    /// The non-seasonal and seasonal moving-average coefficients.
    pub theta: f64,
    pub seasonal_theta: f64,
    /// Standard deviation of the errors, on the log scale.
    pub sigma: f64,
    m: usize,
    /// The logs of the history.
    z: Vec<f64>,
    /// The fitted errors, aligned with `z` (zero before the first difference).
    e: Vec<f64>,
}

/// Maps an unconstrained number into (-0.99, 0.99).
fn bounded(x: f64) -> f64 {
    0.99 * x.tanh()
}

/// The errors of the model with coefficients `(t1, t2)` over the logs `z`.
fn errors(z: &[f64], m: usize, t1: f64, t2: f64, e: &mut [f64]) -> f64 {
    let mut css = 0.0;
    e.iter_mut().for_each(|v| *v = 0.0);
    for t in (m + 1)..z.len() {
        let w = z[t] - z[t - 1] - z[t - m] + z[t - m - 1];
        let et = w - t1 * e[t - 1] - t2 * e[t - m] - t1 * t2 * e[t - m - 1];
        e[t] = et;
        css += et * et;
    }
    css
}

/// Fits the airline model with season `m` to the positive series `y`. `None` when the
/// series is too short (fewer than `2 m + 2` periods) or not positive.
pub(crate) fn fit(y: &[f64], m: usize) -> Option<SarimaFit> {
    if m < 2 || y.len() < 2 * m + 2 || y.iter().any(|v| *v <= 0.0) {
        return None;
    }
    let z: Vec<f64> = y.iter().map(|v| v.ln()).collect();
    let mut e = vec![0.0; z.len()];
    let objective = |x: &[f64]| errors(&z, m, bounded(x[0]), bounded(x[1]), &mut e);
    let (x, css) = nelder_mead(objective, &[-0.4, -0.6], &[0.5, 0.5], MAX_EVALS);
    if !css.is_finite() {
        return None;
    }
    let (theta, seasonal_theta) = (bounded(x[0]), bounded(x[1]));
    let mut e = vec![0.0; z.len()];
    let css = errors(&z, m, theta, seasonal_theta, &mut e);
    let count = z.len() - m - 1;
    let sigma = (css / count.saturating_sub(2).max(1) as f64).sqrt();
    Some(SarimaFit {
        theta,
        seasonal_theta,
        sigma,
        m,
        z,
        e,
    })
}

impl SarimaFit {
    /// Forecasts `h` periods: the recursion with future errors zero gives the log median,
    /// and the psi weights of `(1 + theta B)(1 + Theta B^m) / ((1 - B)(1 - B^m))` give
    /// the analytic variance `sigma^2 (psi_0^2 + .. + psi_(h-1)^2)` on the log scale.
    pub(crate) fn forecast(&self, h: usize) -> Vec<Band> {
        let (m, t1, t2) = (self.m, self.theta, self.seasonal_theta);
        let n = self.z.len();
        let mut z = self.z.clone();
        let mut e = self.e.clone();
        z.resize(n + h, 0.0);
        e.resize(n + h, 0.0);
        for t in n..n + h {
            z[t] = z[t - 1] + z[t - m] - z[t - m - 1]
                + t1 * e[t - 1]
                + t2 * e[t - m]
                + t1 * t2 * e[t - m - 1];
        }
        // psi_j = ma_j + psi_(j-1) + psi_(j-m) - psi_(j-m-1), ma the MA coefficients.
        let ma = |j: usize| match j {
            0 => 1.0,
            1 => t1,
            j if j == m => t2,
            j if j == m + 1 => t1 * t2,
            _ => 0.0,
        };
        let mut psi: Vec<f64> = Vec::with_capacity(h);
        for j in 0..h {
            let back = |k: usize| {
                j.checked_sub(k)
                    .and_then(|i| psi.get(i))
                    .copied()
                    .unwrap_or(0.0)
            };
            let v = ma(j) + back(1) + back(m) - back(m + 1);
            psi.push(v);
        }
        let mut var = 0.0;
        (0..h)
            .map(|k| {
                var += psi[k] * psi[k];
                Band::normal(z[n + k], self.sigma * var.sqrt()).map(f64::exp)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn psi_weights_match_the_hand_expansion() {
        // With theta = Theta = 0 the model is (1 - B)(1 - B^m) z = e, whose psi weights for
        // m = 2 are 1, 1, 2, 2, 3, 3: the variance after four steps is 1 + 1 + 4 + 4 = 10.
        let fit = SarimaFit {
            theta: 0.0,
            seasonal_theta: 0.0,
            sigma: 1.0,
            m: 2,
            z: vec![0.0; 6],
            e: vec![0.0; 6],
        };
        let b = fit.forecast(4);
        assert!((b[3].hi95.ln() - 1.959_963_984_540_054 * 10f64.sqrt()).abs() < 1e-9);
    }

    #[test]
    fn recovers_the_coefficients_of_a_simulated_airline_series() {
        let mut rng = super::super::intervals::Rng::new(11);
        let (m, t1, t2) = (12usize, -0.4, -0.6);
        let n = 600;
        let e: Vec<f64> = (0..n).map(|_| 0.05 * rng.normal()).collect();
        let mut z = vec![5.0; n];
        for t in (m + 1)..n {
            let w = e[t] + t1 * e[t - 1] + t2 * e[t - m] + t1 * t2 * e[t - m - 1];
            z[t] = z[t - 1] + z[t - m] - z[t - m - 1] + w;
        }
        let y: Vec<f64> = z.iter().map(|v| v.exp()).collect();
        let f = fit(&y, m).unwrap_or_else(|| panic!("fits"));
        assert!((f.theta - t1).abs() < 0.1, "theta {}", f.theta);
        assert!(
            (f.seasonal_theta - t2).abs() < 0.1,
            "Theta {}",
            f.seasonal_theta
        );
        assert!((f.sigma - 0.05).abs() < 0.005, "sigma {}", f.sigma);
    }
}
