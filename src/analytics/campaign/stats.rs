//! The statistics of a campaign: Wilson's interval for a rate, Newcombe's hybrid score
//! interval for the difference of two rates, Welch's interval for the difference of two
//! means, and the smallest difference in rates a campaign can detect.
//!
//! References: E. B. Wilson, "Probable inference, the law of succession, and statistical
//! inference", JASA 22 (1927); R. G. Newcombe, "Interval estimation for the difference
//! between independent proportions: comparison of eleven methods", Statistics in Medicine
//! 17 (1998) 873-890, method 10; B. L. Welch, "The generalization of Student's problem when
//! several different population variances are involved", Biometrika 34 (1947).

use statrs::distribution::{ContinuousCDF, StudentsT};

/// The standard normal quantile at 0.975 (a two-sided 95% interval).
pub const Z_975: f64 = 1.959_963_984_540_054;

/// The standard normal quantile at 0.80 (80% power).
pub const Z_80: f64 = 0.841_621_233_572_914_3;

/// Wilson's score interval at 95% for `x` successes in `n` trials; `None` for `n` = 0.
pub fn wilson(x: u64, n: u64) -> Option<(f64, f64)> {
    if n == 0 {
        return None;
    }
    let (x, n) = (x as f64, n as f64);
    let p = x / n;
    let z2 = Z_975 * Z_975;
    let centre = 2.0 * n * p + z2;
    let spread = Z_975 * (z2 + 4.0 * n * p * (1.0 - p)).sqrt();
    let denominator = 2.0 * (n + z2);
    Some((
        ((centre - spread) / denominator).max(0.0),
        ((centre + spread) / denominator).min(1.0),
    ))
}

/// The difference `x1/n1 - x2/n2` with Newcombe's hybrid score 95% interval (method 10):
/// `(difference, low, high)`; `None` when a group is empty.
pub fn newcombe(x1: u64, n1: u64, x2: u64, n2: u64) -> Option<(f64, f64, f64)> {
    let (l1, u1) = wilson(x1, n1)?;
    let (l2, u2) = wilson(x2, n2)?;
    let p1 = x1 as f64 / n1 as f64;
    let p2 = x2 as f64 / n2 as f64;
    let d = p1 - p2;
    let below = ((p1 - l1).powi(2) + (u2 - p2).powi(2)).sqrt();
    let above = ((u1 - p1).powi(2) + (p2 - l2).powi(2)).sqrt();
    Some((d, d - below, d + above))
}

/// A sample's size, mean and variance (with n - 1).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Moments {
    /// How many values.
    pub n: u64,
    /// Their mean.
    pub mean: f64,
    /// Their variance, divided by n - 1 (0 for fewer than two values).
    pub variance: f64,
}

impl Moments {
    /// The moments of `values`, by Welford's running sums (steady for large sums of money).
    pub fn of(values: impl IntoIterator<Item = f64>) -> Moments {
        let (mut n, mut mean, mut m2) = (0u64, 0.0, 0.0);
        for v in values {
            n += 1;
            let delta = v - mean;
            mean += delta / n as f64;
            m2 += delta * (v - mean);
        }
        Moments {
            n,
            mean,
            variance: if n > 1 { m2 / (n - 1) as f64 } else { 0.0 },
        }
    }
}

/// The difference of two means `a - b` with Welch's 95% interval: `(difference, low,
/// high)`; `None` when a sample has fewer than two values. When both samples are constant
/// the interval is the difference itself.
pub fn welch(a: Moments, b: Moments) -> Option<(f64, f64, f64)> {
    if a.n < 2 || b.n < 2 {
        return None;
    }
    let d = a.mean - b.mean;
    let va = a.variance / a.n as f64;
    let vb = b.variance / b.n as f64;
    let se = (va + vb).sqrt();
    if se == 0.0 {
        return Some((d, d, d));
    }
    let df = (va + vb).powi(2) / (va.powi(2) / (a.n - 1) as f64 + vb.powi(2) / (b.n - 1) as f64);
    let t = StudentsT::new(0.0, 1.0, df).ok()?.inverse_cdf(0.975);
    Some((d, d - t * se, d + t * se))
}

pub use crate::model::campaign::Detectable;

/// The smallest difference in response rates between `target` and `control` customers a
/// two-sided 95% test sees with 80% power when both rates are near `base_rate`:
/// `(z(0.975) + z(0.80)) × sqrt(p (1 - p) (1/n1 + 1/n2))`; `None` when a group is empty.
pub fn min_detectable_difference(target: u64, control: u64, base_rate: f64) -> Option<f64> {
    if target == 0 || control == 0 {
        return None;
    }
    let p = base_rate.clamp(0.0, 1.0);
    let spread = (p * (1.0 - p) * (1.0 / target as f64 + 1.0 / control as f64)).sqrt();
    Some((Z_975 + Z_80) * spread)
}

/// What a campaign with these groups can detect; `base_rate` `None` takes the default.
pub fn detectable(target: u64, control: u64, base_rate: Option<f64>) -> Detectable {
    let shop = base_rate.filter(|r| *r > 0.0 && *r < 1.0);
    let base = shop.unwrap_or(super::DEFAULT_BASE_RATE);
    Detectable {
        target,
        control,
        base_rate: base,
        base_from_shop: shop.is_some(),
        min_difference: min_detectable_difference(target, control, base).unwrap_or(1.0),
    }
}
