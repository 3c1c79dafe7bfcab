//! Prediction intervals: normal bands from an analytic variance, empirical bands from
//! simulated paths, and the seeded random numbers the simulations draw.

/// The standard normal quantile at 0.90 (two-sided 80% interval).
pub(crate) const Z80: f64 = 1.281_551_565_544_600_4;
/// The standard normal quantile at 0.975 (two-sided 95% interval).
pub(crate) const Z95: f64 = 1.959_963_984_540_054;

/// A point forecast with its 80% and 95% prediction intervals.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Band {
    pub value: f64,
    pub lo80: f64,
    pub hi80: f64,
    pub lo95: f64,
    pub hi95: f64,
}

impl Band {
    /// A normal band around `value` with standard deviation `sd`.
    pub fn normal(value: f64, sd: f64) -> Band {
        Band {
            value,
            lo80: value - Z80 * sd,
            hi80: value + Z80 * sd,
            lo95: value - Z95 * sd,
            hi95: value + Z95 * sd,
        }
    }

    /// Every figure passed through `f` (exp for a model fitted on logs: a monotone map
    /// keeps the quantiles, and the point becomes the median).
    pub fn map(self, f: impl Fn(f64) -> f64) -> Band {
        Band {
            value: f(self.value),
            lo80: f(self.lo80),
            hi80: f(self.hi80),
            lo95: f(self.lo95),
            hi95: f(self.hi95),
        }
    }

    /// The band with every bound's distance from the point multiplied by `factor`.
    pub fn widen(self, factor: f64) -> Band {
        let v = self.value;
        Band {
            value: v,
            lo80: v - (v - self.lo80) * factor,
            hi80: v + (self.hi80 - v) * factor,
            lo95: v - (v - self.lo95) * factor,
            hi95: v + (self.hi95 - v) * factor,
        }
    }

    /// The point `value` with bands from the empirical quantiles of simulated `samples`.
    pub fn from_samples(value: f64, samples: &mut [f64]) -> Band {
        samples.sort_by(f64::total_cmp);
        let q = |p: f64| quantile(samples, p);
        Band {
            value,
            lo80: q(0.10),
            hi80: q(0.90),
            lo95: q(0.025),
            hi95: q(0.975),
        }
    }
}

/// The `p` quantile of sorted values, interpolated linearly between order statistics.
fn quantile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let pos = p * (sorted.len() - 1) as f64;
    let i = pos.floor() as usize;
    let frac = pos - i as f64;
    let a = sorted[i];
    let b = sorted.get(i + 1).copied().unwrap_or(a);
    a + frac * (b - a)
}

/// A small seeded generator (SplitMix64): simulations give the same figures every run.
pub(crate) struct Rng {
    state: u64,
    spare: Option<f64>,
}

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng {
            state: seed,
            spare: None,
        }
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform draw in (0, 1).
    pub fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    /// A standard normal draw (Box-Muller).
    pub fn normal(&mut self) -> f64 {
        if let Some(z) = self.spare.take() {
            return z;
        }
        let (u, v) = (self.uniform(), self.uniform());
        let r = (-2.0 * u.ln()).sqrt();
        let t = std::f64::consts::TAU * v;
        self.spare = Some(r * t.sin());
        r * t.cos()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_draws_have_the_textbook_quantiles() {
        let mut rng = Rng::new(7);
        let mut xs: Vec<f64> = (0..200_000).map(|_| rng.normal()).collect();
        let b = Band::from_samples(0.0, &mut xs);
        assert!((b.hi95 - Z95).abs() < 0.03, "{}", b.hi95);
        assert!((b.lo80 + Z80).abs() < 0.03, "{}", b.lo80);
    }

    #[test]
    fn quantiles_interpolate_between_order_statistics() {
        // numpy.quantile([1, 2, 3, 4], 0.1) = 1.3 (its default linear rule).
        assert!((quantile(&[1.0, 2.0, 3.0, 4.0], 0.1) - 1.3).abs() < 1e-12);
    }
}
