//! The baselines: "same as last season" (seasonal naive) and "same as last period"
//! (naive, the seasonal naive with a season of one period).

use super::intervals::Band;

/// A fitted (seasonal) naive forecast.
#[derive(Clone, Debug)]
pub(crate) struct NaiveFit {
    /// The last season of the history.
    last: Vec<f64>,
    /// The standard deviation of the one-season-ahead errors in the history.
    sigma: f64,
}

/// Fits the seasonal naive model with season `m` (1 for the plain naive). Needs more than
/// `m` values.
pub(crate) fn fit(y: &[f64], m: usize) -> Option<NaiveFit> {
    let m = m.max(1);
    if y.len() <= m {
        return None;
    }
    let errors: Vec<f64> = y.windows(m + 1).map(|w| w[m] - w[0]).collect();
    let sigma = (errors.iter().map(|e| e * e).sum::<f64>() / errors.len() as f64).sqrt();
    Some(NaiveFit {
        last: y[y.len() - m..].to_vec(),
        sigma,
    })
}

impl NaiveFit {
    /// Forecasts `h` periods with analytic intervals: the error `k + 1` seasons ahead is a
    /// sum of `k + 1` independent season-on-season errors, so its variance is
    /// `(k + 1) sigma^2` (Hyndman & Athanasopoulos, FPP3 section 5.5).
    pub(crate) fn forecast(&self, h: usize) -> Vec<Band> {
        let m = self.last.len();
        (0..h)
            .map(|i| {
                let seasons = (i / m + 1) as f64;
                Band::normal(self.last[i % m], self.sigma * seasons.sqrt())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_the_last_season_with_widening_bands() {
        // Errors y[t] - y[t-2]: 2, 2, -2, -2 -> sigma = 2.
        let y = [1.0, 5.0, 3.0, 7.0, 1.0, 5.0];
        let f = fit(&y, 2).unwrap_or_else(|| panic!("fits"));
        let b = f.forecast(3);
        assert_eq!(
            b.iter().map(|b| b.value).collect::<Vec<_>>(),
            vec![1.0, 5.0, 1.0]
        );
        assert!((b[0].hi95 - (1.0 + 1.959_963_984_540_054 * 2.0)).abs() < 1e-9);
        // The third step is two seasons ahead: sd 2 * sqrt(2).
        assert!((b[2].hi80 - (1.0 + 1.281_551_565_544_600_4 * 2.0 * 2f64.sqrt())).abs() < 1e-9);
    }
}
