//! Gauss's hypergeometric function 2F1(a, b; c; z) on 0 <= z < 1, as the prediction models
//! need it: BG/NBD's expected purchases and Pareto/NBD's likelihood.
//!
//! The series is summed either as it stands or after Euler's transformation
//! 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z) (DLMF 15.8.1), whichever
//! starts with the smaller ratio of terms. In both models the transformed series has its
//! first two parameters small whatever the number of purchases x, so it converges in a few
//! dozen terms where the plain one would first climb for thousands. Terms are carried with
//! a running power-of-two scale, so large values come back as logarithms without overflow.

use super::PredictError;

/// Most terms summed before the series is declared too slow (z very close to 1).
const MAX_TERMS: usize = 1_000_000;

/// Relative size of the remainder at which summing stops.
const TOLERANCE: f64 = 1e-17;

/// Scale step for the running sum: terms beyond it are rescaled.
const RESCALE: f64 = 1e150;

/// The sign and natural logarithm of the absolute value of 2F1(a, b; c; z).
///
/// Needs 0 <= z < 1 and c not zero or a negative integer.
pub fn ln_hyp2f1_signed(a: f64, b: f64, c: f64, z: f64) -> Result<(f64, f64), PredictError> {
    let bad = || PredictError::Hyp2f1Domain { a, b, c, z };
    if !(a.is_finite() && b.is_finite() && c.is_finite() && (0.0..1.0).contains(&z)) {
        return Err(bad());
    }
    if c <= 0.0 && c == c.round() {
        return Err(bad());
    }
    if z == 0.0 || a == 0.0 || b == 0.0 {
        return Ok((1.0, 0.0));
    }
    let (ea, eb) = (c - a, c - b);
    let euler = || -> Result<(f64, f64), PredictError> {
        let (sign, ln_sum) = ln_series(ea, eb, c, z).ok_or_else(bad)?;
        Ok((sign, (c - a - b) * (-z).ln_1p() + ln_sum))
    };
    let direct = || ln_series(a, b, c, z).ok_or_else(bad);
    // A form is safe when its terms keep one sign after the first (no parameter at or
    // below -1): then nothing cancels. Of two safe forms the one with the smaller first ratio
    // is shorter. Euler's form can carry a large negative parameter, whose alternating
    // terms would cancel to nothing; the plain form is then used unless it would climb
    // for too many terms before falling.
    let safe = |p: f64, q: f64| p > -1.0 && q > -1.0 && c > -1.0;
    match (safe(a, b), safe(ea, eb)) {
        (true, true) if (ea * eb).abs() < (a * b).abs() => euler(),
        (true, true) => direct(),
        (false, true) => euler(),
        (true, false) if climb(a, b, c, z) < MAX_TERMS as f64 / 2.0 => direct(),
        (true, false) => euler(),
        (false, false) if (ea * eb).abs() < (a * b).abs() => euler(),
        (false, false) => direct(),
    }
}

/// Roughly how many terms the series climbs before its ratio falls below 1.
fn climb(a: f64, b: f64, c: f64, z: f64) -> f64 {
    z * (a + b - c - 1.0).max(0.0) / (1.0 - z)
}

/// The natural logarithm of 2F1(a, b; c; z) where it is positive (a, b, c > 0).
pub fn ln_hyp2f1(a: f64, b: f64, c: f64, z: f64) -> Result<f64, PredictError> {
    match ln_hyp2f1_signed(a, b, c, z)? {
        (s, v) if s > 0.0 => Ok(v),
        _ => Err(PredictError::Hyp2f1Domain { a, b, c, z }),
    }
}

/// 2F1(a, b; c; z) itself (infinite when it overflows).
pub fn hyp2f1(a: f64, b: f64, c: f64, z: f64) -> Result<f64, PredictError> {
    let (sign, ln) = ln_hyp2f1_signed(a, b, c, z)?;
    Ok(sign * ln.exp())
}

/// Sums the Gauss series term by term: sign and log of the absolute sum.
fn ln_series(a: f64, b: f64, c: f64, z: f64) -> Option<(f64, f64)> {
    let mut term = 1.0_f64;
    let mut sum = 1.0_f64;
    let mut ln_scale = 0.0_f64;
    // Past this index every factor of the term ratio is positive.
    let settle = (-a).max(-b).max(-c).max(0.0) + 1.0;
    for n in 0..MAX_TERMS {
        let k = n as f64;
        let ratio = (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
        if ratio == 0.0 {
            // A negative integer a or b ends the series: the sum is a polynomial.
            return finish(sum, ln_scale);
        }
        term *= ratio;
        sum += term;
        if sum.abs() > RESCALE || term.abs() > RESCALE {
            sum /= RESCALE;
            term /= RESCALE;
            ln_scale += RESCALE.ln();
        }
        // Past `settle`, (a + m)/(1 + m) and (b + m)/(c + m) move monotonically towards 1,
        // so every later ratio is at most q and the remainder at most |term| q / (1 - q).
        let m = k + 1.0;
        if m > settle {
            let q = z * ((a + m) / (1.0 + m)).max(1.0) * ((b + m) / (c + m)).max(1.0);
            if q < 1.0 && term.abs() * q / (1.0 - q) <= TOLERANCE * sum.abs() {
                return finish(sum, ln_scale);
            }
        }
        if !term.is_finite() || !sum.is_finite() {
            return None;
        }
    }
    None
}

fn finish(sum: f64, ln_scale: f64) -> Option<(f64, f64)> {
    if sum == 0.0 {
        return Some((0.0, f64::NEG_INFINITY));
    }
    Some((sum.signum(), sum.abs().ln() + ln_scale))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(a: f64, b: f64, c: f64, z: f64) -> f64 {
        hyp2f1(a, b, c, z).unwrap_or(f64::NAN)
    }

    fn assert_rel(got: f64, want: f64, tol: f64, what: &str) {
        assert!(
            (got - want).abs() <= tol * want.abs(),
            "{what}: {got} vs {want}"
        );
    }

    #[test]
    fn elementary_cases_of_abramowitz_and_stegun_15_1() {
        for z in [0.0001, 0.1, 0.3, 0.5, 0.75, 0.9, 0.99, 0.999] {
            let w: f64 = z;
            // 15.1.3: F(1, 1; 2; z) = -ln(1 - z) / z.
            assert_rel(f(1.0, 1.0, 2.0, w), -(-w).ln_1p() / w, 1e-13, "15.1.3");
            // 15.1.8: F(a, b; b; z) = (1 - z)^-a.
            assert_rel(f(2.5, 0.7, 0.7, w), (1.0 - w).powf(-2.5), 1e-13, "15.1.8");
            let s = w.sqrt();
            // 15.1.4: F(1/2, 1; 3/2; z^2) = atanh(z) / z.
            assert_rel(f(0.5, 1.0, 1.5, w), s.atanh() / s, 1e-13, "15.1.4");
            // 15.1.6: F(1/2, 1/2; 3/2; z^2) = arcsin(z) / z.
            assert_rel(f(0.5, 0.5, 1.5, w), s.asin() / s, 1e-13, "15.1.6");
        }
        // A terminating series: F(-2, b; c; z) = 1 - 2bz/c + b(b+1)z^2/(c(c+1)).
        let (b, c, z) = (3.0, 4.5, 0.4);
        let want = 1.0 - 2.0 * b * z / c + b * (b + 1.0) * z * z / (c * (c + 1.0));
        assert_rel(f(-2.0, b, c, z), want, 1e-14, "polynomial");
        assert_eq!(f(1.0, 2.0, 3.0, 0.0), 1.0);
    }

    #[test]
    fn matches_mpmath_over_the_models_range() {
        let path = format!(
            "{}/tests/data/hyp2f1_reference.csv",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut n = 0;
        for line in text.lines().skip(1) {
            let v: Vec<f64> = line
                .split(',')
                .map(|s| s.parse().unwrap_or(f64::NAN))
                .collect();
            let (a, b, c, z, want) = (v[0], v[1], v[2], v[3], v[4]);
            let got = ln_hyp2f1(a, b, c, z).unwrap_or(f64::NAN);
            // ln F to 1e-12 relative (absolute below 1), i.e. F itself to about 1e-12.
            assert!(
                (got - want).abs() <= 1e-12 * want.abs().max(1.0),
                "2F1({a}, {b}; {c}; {z}): ln {got} vs {want}"
            );
            n += 1;
        }
        assert!(n > 250);
    }

    #[test]
    fn outside_the_range_is_an_error() {
        assert!(hyp2f1(1.0, 1.0, 2.0, 1.0).is_err());
        assert!(hyp2f1(1.0, 1.0, 2.0, -0.1).is_err());
        assert!(hyp2f1(1.0, 1.0, -2.0, 0.5).is_err());
        assert!(hyp2f1(f64::NAN, 1.0, 2.0, 0.5).is_err());
    }
}
