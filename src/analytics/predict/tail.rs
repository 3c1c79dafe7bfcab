//! The integral behind Pareto/NBD's likelihood, with its exact derivatives.
//!
//! For p1 + p2 > 1, a1, a2 > 0 and t >= 0, the integral from t to infinity of
//! (a1 + u)^-p1 (a2 + u)^-p2 du is, with the smaller scale `as` (exponent `ps`), the larger
//! `ab` (exponent `pb`), k = ps + pb - 1 and z = (ab - as) / (ab + t),
//!
//! ln I = -(ps - 1) ln(as + t) - pb ln(ab + t) + ln G - ln k,
//! G = 2F1(1, pb; ps + pb; z) = the sum over n of (pb)_n / (ps + pb)_n z^n,
//!
//! which is `pareto::ln_tail` after Euler's transformation (DLMF 15.8.1). Every term of G
//! is positive and below z^n, so G <= 1 / (1 - z) never overflows, and G's derivatives in
//! pb, in c = ps + pb and in z are the same series with each term weighted by
//! sum_{j<n} 1 / (pb + j), -sum_{j<n} 1 / (c + j) and n / z: one pass gives the value and
//! the whole gradient.

use super::PredictError;

/// Most terms summed before the series is declared too slow (z very close to 1).
const MAX_TERMS: u32 = 2_000_000;

/// Relative size of the remainder at which summing stops.
const TOLERANCE: f64 = 1e-17;

/// ln of the tail integral and its derivatives in (p1, a1, p2, a2).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct LnTail {
    /// ln of the integral.
    pub ln: f64,
    /// Its derivatives with respect to p1, a1, p2 and a2.
    pub d: [f64; 4],
}

/// The integral's terms laid out: the smaller scale and its exponent, the larger and its,
/// k, c and z; `swap` when a1 is the larger scale.
struct Layout {
    swap: bool,
    ps: f64,
    a_s: f64,
    pb: f64,
    ab: f64,
    k: f64,
    c: f64,
    z: f64,
}

impl Layout {
    fn new(p1: f64, a1: f64, p2: f64, a2: f64, t: f64) -> Result<Layout, PredictError> {
        let swap = a1 > a2;
        let (ps, a_s, pb, ab) = if swap {
            (p2, a2, p1, a1)
        } else {
            (p1, a1, p2, a2)
        };
        let (k, c) = (ps + pb - 1.0, ps + pb);
        let z = (ab - a_s) / (ab + t);
        let layout = Layout {
            swap,
            ps,
            a_s,
            pb,
            ab,
            k,
            c,
            z,
        };
        let finite = [p1, a1, p2, a2, t].iter().all(|v| v.is_finite());
        if !finite || k <= 0.0 || a_s <= 0.0 || t < 0.0 || pb <= 0.0 || !(0.0..1.0).contains(&z) {
            return Err(layout.error());
        }
        Ok(layout)
    }

    fn error(&self) -> PredictError {
        PredictError::Hyp2f1Domain {
            a: 1.0,
            b: self.pb,
            c: self.c,
            z: self.z,
        }
    }
}

/// ln of the integral from `t` to infinity of (a1 + u)^-p1 (a2 + u)^-p2 du.
pub(crate) fn ln_tail_value(
    p1: f64,
    a1: f64,
    p2: f64,
    a2: f64,
    t: f64,
) -> Result<f64, PredictError> {
    let l = Layout::new(p1, a1, p2, a2, t)?;
    let (pb, c, z) = (l.pb, l.c, l.z);
    // The ratio of terms stays below z, so the remainder is at most the last term times
    // z / (1 - z).
    let bound = TOLERANCE * (1.0 - z);
    let (mut g, mut term) = (1.0_f64, 1.0_f64);
    let mut n = 0u32;
    while term > 0.0 {
        let nf = f64::from(n);
        term *= (pb + nf) / (c + nf) * z;
        g += term;
        n += 1;
        if term <= bound * g {
            break;
        }
        if n >= MAX_TERMS {
            return Err(l.error());
        }
    }
    Ok(-(l.ps - 1.0) * (l.a_s + t).ln() - pb * (l.ab + t).ln() + g.ln() - l.k.ln())
}

/// ln of the integral from `t` to infinity of (a1 + u)^-p1 (a2 + u)^-p2 du, with its
/// gradient.
pub(crate) fn ln_tail_grad(
    p1: f64,
    a1: f64,
    p2: f64,
    a2: f64,
    t: f64,
) -> Result<LnTail, PredictError> {
    let layout = Layout::new(p1, a1, p2, a2, t)?;
    let bad = || layout.error();
    let Layout {
        swap,
        ps,
        a_s,
        pb,
        ab,
        k,
        c,
        z,
    } = layout;
    // G and, summed alongside, its derivatives in pb and c and z times its derivative in z.
    let (mut g, mut g_pb, mut g_c, mut z_g_z) = (1.0_f64, 0.0_f64, 0.0_f64, 0.0_f64);
    let (mut term, mut s_pb, mut s_c) = (1.0_f64, 0.0_f64, 0.0_f64);
    let mut n = 0u32;
    // The ratio of terms stays below z, so the remainders are at most the last term times
    // z / (1 - z) (once more over 1 - z for the weighted sums).
    let bound = TOLERANCE * (1.0 - z) * (1.0 - z);
    while term > 0.0 {
        let nf = f64::from(n);
        s_pb += 1.0 / (pb + nf);
        s_c += 1.0 / (c + nf);
        term *= (pb + nf) / (c + nf) * z;
        n += 1;
        let nf = f64::from(n);
        g += term;
        g_pb += term * s_pb;
        g_c -= term * s_c;
        z_g_z += term * nf;
        if term * (1.0 + nf + s_pb + s_c) <= bound * g {
            break;
        }
        if n >= MAX_TERMS {
            return Err(bad());
        }
    }
    let dln_g_dz = if z > 0.0 { z_g_z / z / g } else { pb / c };
    let (ls, lb) = ((a_s + t).ln(), (ab + t).ln());
    let ln = -(ps - 1.0) * ls - pb * lb + g.ln() - k.ln();
    let d_ps = -ls + g_c / g - 1.0 / k;
    let d_pb = -lb + g_pb / g + g_c / g - 1.0 / k;
    let d_as = -(ps - 1.0) / (a_s + t) - dln_g_dz / (ab + t);
    let d_ab = -pb / (ab + t) + dln_g_dz * (a_s + t) / ((ab + t) * (ab + t));
    let d = if swap {
        [d_pb, d_ab, d_ps, d_as]
    } else {
        [d_ps, d_as, d_pb, d_ab]
    };
    Ok(LnTail { ln, d })
}

#[cfg(test)]
mod tests {
    use super::super::fit::central_gradient_steps;
    use super::super::hyp2f1::ln_hyp2f1;
    use super::*;

    /// The integral as Gauss's 2F1 of the original form (DLMF 15.6.1, summed by
    /// `hyp2f1`): 2F1(k, p; k + 1; z) / (k (m + t)^k) with p the exponent of the smaller
    /// scale and m the larger scale.
    fn ln_tail(p1: f64, a1: f64, p2: f64, a2: f64, t: f64) -> Result<f64, PredictError> {
        let (p, small, big) = if a1 <= a2 { (p1, a1, a2) } else { (p2, a2, a1) };
        let k = p1 + p2 - 1.0;
        let z = (big - small) / (big + t);
        Ok(ln_hyp2f1(k, p, k + 1.0, z)? - k.ln() - k * (big + t).ln())
    }

    /// Points as Pareto/NBD's likelihood meets them: exponents r + x and s + 1 (x up to
    /// a thousand), scales from days to years either way round, t from 0 to 20 years.
    fn points() -> Vec<[f64; 5]> {
        let mut out = Vec::new();
        for (p1, p2) in [
            (0.55, 1.6),
            (1.55, 1.6),
            (5.5, 1.2),
            (40.3, 2.5),
            (1000.2, 1.01),
        ] {
            for (a1, a2) in [
                (10.6, 11.7),
                (11.7, 10.6),
                (0.3, 50.0),
                (400.0, 2.0),
                (5.0, 5.0),
            ] {
                for t in [0.0, 3.0, 39.0, 1040.0] {
                    out.push([p1, a1, p2, a2, t]);
                }
            }
        }
        out
    }

    #[test]
    fn value_equals_the_2f1_form() {
        for [p1, a1, p2, a2, t] in points() {
            let want = ln_tail(p1, a1, p2, a2, t).unwrap_or(f64::NAN);
            let got = ln_tail_grad(p1, a1, p2, a2, t).map_or(f64::NAN, |v| v.ln);
            assert!(
                (got - want).abs() <= 1e-12 * want.abs().max(1.0),
                "{p1} {a1} {p2} {a2} {t}: {got} vs {want}"
            );
            let value = ln_tail_value(p1, a1, p2, a2, t).unwrap_or(f64::NAN);
            assert!(
                (value - want).abs() <= 1e-12 * want.abs().max(1.0),
                "{p1} {a1} {p2} {a2} {t}: {value} vs {want}"
            );
        }
    }

    #[test]
    fn gradient_equals_central_differences() {
        for x in points() {
            let f = |p: &[f64]| ln_tail(p[0], p[1], p[2], p[3], x[4]).unwrap_or(f64::NAN);
            let numeric = central_gradient_steps(f, &x[..4], |v| 1e-6 * v.abs());
            let got = ln_tail_grad(x[0], x[1], x[2], x[3], x[4]).map_or([f64::NAN; 4], |v| v.d);
            for i in 0..4 {
                let scale = numeric[i].abs().max(1.0 / x[i]);
                assert!(
                    (got[i] - numeric[i]).abs() <= 1e-6 * scale,
                    "{x:?} d{i}: {} vs {}",
                    got[i],
                    numeric[i]
                );
            }
        }
    }

    #[test]
    fn equal_scales_give_the_elementary_integral() {
        // (a + t)^-(k) / k with k = p1 + p2 - 1; d/da1 = -p1 k / ((k + 1) (a + t)).
        let (p1, p2, a, t) = (2.5, 1.5, 4.0, 6.0);
        let k: f64 = p1 + p2 - 1.0;
        let got = ln_tail_grad(p1, a, p2, a, t).unwrap_or(LnTail {
            ln: f64::NAN,
            d: [f64::NAN; 4],
        });
        assert!((got.ln - (-k * (a + t).ln() - k.ln())).abs() < 1e-14);
        assert!((got.d[1] - (-p1 * k / ((k + 1.0) * (a + t)))).abs() < 1e-14);
        assert!((got.d[3] - (-p2 * k / ((k + 1.0) * (a + t)))).abs() < 1e-14);
    }
}
