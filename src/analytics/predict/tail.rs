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
//!
//! Near z = 1 the series needs about 39 / (1 - z) terms when ps is small (x = 0 or 1 with
//! the smaller scale alpha), which is where a shop's fit spends its time when beta is many
//! times alpha. There G is taken from the connection formula of 2F1 between z and 1 - z
//! (DLMF 15.8.4), which for these parameters reads, with w = 1 - z,
//!
//! G = k / (ps - 1) 2F1(1, pb; 2 - ps; w) + Gamma(c) Gamma(1 - ps) / Gamma(pb) w^(ps-1) z^-k,
//!
//! whose series runs in powers of w. Its two parts cancel where ps is near an integer
//! (Gamma(1 - ps) and 1 / (2 - ps)_n have poles there): within [`NEAR_INTEGER`] of one,
//! and wherever the sum of the parts' absolute values exceeds G by more than
//! [`MAX_CANCELLATION`], the plain series is used instead.

use statrs::function::gamma::{digamma, ln_gamma};

use super::PredictError;

/// Most terms summed before the series is declared too slow (z very close to 1).
const MAX_TERMS: u32 = 2_000_000;

/// Relative size of the remainder at which summing stops.
const TOLERANCE: f64 = 1e-17;

/// From this z on, G is taken from the connection formula near z = 1 where it is safe.
const NEAR_ONE: f64 = 0.75;

/// Largest ratio of the sum of the absolute parts of the connection formula to G itself.
const MAX_CANCELLATION: f64 = 10.0;

/// Largest exponents for which the connection formula is tried: past them the plain series
/// is short anyway (large ps), or Gamma(c) / Gamma(pb) loses digits (large pb).
const NEAR_ONE_MAX_PS: f64 = 10.0;
pub(crate) const NEAR_ONE_MAX_PB: f64 = 30.0;

/// Closest ps may come to an integer for the connection formula: the derivatives' parts
/// cancel like the inverse square of that distance (the value's far less).
const NEAR_INTEGER: f64 = 0.01;

/// Terms of the connection formula's series before it gives up (it converges like w^n).
const NEAR_ONE_TERMS: u32 = 400;

/// G = 2F1(1, pb; c; z) with its derivatives in pb (c held), in c (pb held) and z times
/// its derivative in z.
#[derive(Clone, Copy, Debug)]
struct Sums {
    g: f64,
    g_pb: f64,
    g_c: f64,
    z_g_z: f64,
}

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
#[derive(Clone, Copy)]
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
    let g = match near_one(l.ps, pb, z, false) {
        Some(sums) => sums.g,
        None => series_value(pb, c, z).ok_or_else(|| l.error())?,
    };
    Ok(-(l.ps - 1.0) * (l.a_s + t).ln() - pb * (l.ab + t).ln() + g.ln() - l.k.ln())
}

/// G summed as its series, the value alone. Each term is the coefficient
/// (pb)_n / (c)_n times z^n, both kept as running products, in the same operations as
/// [`SharedTails`] (which keeps the coefficients for many z): the two give the same bits.
fn series_value(pb: f64, c: f64, z: f64) -> Option<f64> {
    // The ratio of terms stays below z, so the remainder is at most the last term times
    // z / (1 - z).
    let bound = TOLERANCE * (1.0 - z);
    let (mut g, mut coef, mut power) = (1.0_f64, 1.0_f64, 1.0_f64);
    let mut n = 0u32;
    loop {
        let nf = f64::from(n);
        coef *= (pb + nf) / (c + nf);
        power *= z;
        let term = coef * power;
        g += term;
        n += 1;
        if term <= bound * g {
            break;
        }
        if n >= MAX_TERMS {
            return None;
        }
    }
    Some(g)
}

/// G summed as its series, with its derivatives, in the same operations as
/// [`SharedTails`] (see [`series_value`]).
fn series_grad(pb: f64, c: f64, z: f64) -> Option<Sums> {
    let mut sums = Sums::START;
    let (mut coef, mut s_pb, mut s_c, mut power) = (1.0_f64, 0.0_f64, 0.0_f64, 1.0_f64);
    let mut n = 0u32;
    // The ratio of terms stays below z, so the remainders are at most the last term times
    // z / (1 - z) (once more over 1 - z for the weighted sums).
    let bound = TOLERANCE * (1.0 - z) * (1.0 - z);
    loop {
        let coefficients = next_coefficients(pb, c, n, &mut coef, &mut s_pb, &mut s_c);
        n += 1;
        power *= z;
        if sums.add(coefficients, power, bound) {
            break;
        }
        if n >= MAX_TERMS {
            return None;
        }
    }
    Some(sums)
}

impl Sums {
    /// The sums before the first term after 1.
    const START: Sums = Sums {
        g: 1.0,
        g_pb: 0.0,
        g_c: 0.0,
        z_g_z: 0.0,
    };

    /// Adds a term of G's series and of its derivatives' series, from its coefficients
    /// (see [`next_coefficients`]) and z^n; whether the remainders are then below `bound`
    /// times G (or the terms have vanished).
    fn add(&mut self, coefficients: [f64; 5], power: f64, bound: f64) -> bool {
        let [coef, coef_pb, coef_c, coef_n, coef_weight] = coefficients;
        self.g += coef * power;
        self.g_pb += coef_pb * power;
        self.g_c -= coef_c * power;
        self.z_g_z += coef_n * power;
        coef_weight * power <= bound * self.g || coef * power <= 0.0
    }
}

/// The coefficients of term n + 1 of G's series and of its derivatives' series (see
/// [`SharedTails`]), from the running coefficient and sums after term n, which it brings
/// up to date.
fn next_coefficients(
    pb: f64,
    c: f64,
    n: u32,
    coef: &mut f64,
    s_pb: &mut f64,
    s_c: &mut f64,
) -> [f64; 5] {
    let nf = f64::from(n);
    *s_pb += 1.0 / (pb + nf);
    *s_c += 1.0 / (c + nf);
    *coef *= (pb + nf) / (c + nf);
    let next = nf + 1.0;
    [
        *coef,
        *coef * *s_pb,
        *coef * *s_c,
        *coef * next,
        *coef * (1.0 + next + *s_pb + *s_c),
    ]
}

/// G from the connection formula near z = 1 (see the module's notes), with its
/// derivatives when `grad`; `None` when z is not near 1 or the formula's parts cancel.
fn near_one(ps: f64, pb: f64, z: f64, grad: bool) -> Option<Sums> {
    if z < NEAR_ONE || ps > NEAR_ONE_MAX_PS || pb > NEAR_ONE_MAX_PB {
        return None;
    }
    let w = 1.0 - z;
    let k = ps + pb - 1.0;
    let c = ps + pb;
    // Gamma(1 - ps) by reflection: pi / (sin(pi ps) Gamma(ps)), ps > 0.
    let sin = (std::f64::consts::PI * ps).sin();
    if (ps - ps.round()).abs() < NEAR_INTEGER {
        return None;
    }
    let ln_b =
        ln_gamma(c) + std::f64::consts::PI.ln() - sin.abs().ln() - ln_gamma(ps) - ln_gamma(pb)
            + (ps - 1.0) * w.ln()
            - k * z.ln();
    let b = sin.signum() * ln_b.exp();
    let a = k / (ps - 1.0);
    // F = 2F1(1, pb; 2 - ps; w) and its derivatives in pb and ps, and w times its
    // derivative in w, with the sum of the terms' absolute values.
    let (mut f, mut f_pb, mut f_ps, mut w_f_w, mut abs) = (1.0_f64, 0.0, 0.0, 0.0, 1.0_f64);
    let (mut term, mut s_pb, mut s_ps) = (1.0_f64, 0.0_f64, 0.0_f64);
    let mut n = 0u32;
    loop {
        let nf = f64::from(n);
        let d = 2.0 - ps + nf;
        if grad {
            s_pb += 1.0 / (pb + nf);
            s_ps += 1.0 / d;
        }
        let ratio = (pb + nf) / d * w;
        term *= ratio;
        n += 1;
        f += term;
        abs += term.abs();
        if grad {
            f_pb += term * s_pb;
            f_ps += term * s_ps;
            w_f_w += term * f64::from(n);
        }
        // Once the denominators are positive the ratios fall towards w (or rise to it),
        // so the remainder is at most the term times q / (1 - q), q the larger of the two.
        let q = ratio.abs().max(w);
        if d > 0.0 && q < 1.0 {
            let weight = if grad {
                1.0 + f64::from(n) + s_pb + s_ps.abs()
            } else {
                1.0
            };
            if term.abs() * weight * q / (1.0 - q) <= TOLERANCE * f.abs() {
                break;
            }
        }
        if n >= NEAR_ONE_TERMS || !term.is_finite() {
            return None;
        }
    }
    let g = a * f + b;
    if g.is_nan() || g <= 0.0 || (a.abs() * abs + b.abs()) > MAX_CANCELLATION * g {
        return None;
    }
    if !grad {
        return Some(Sums {
            g,
            g_pb: 0.0,
            g_c: 0.0,
            z_g_z: 0.0,
        });
    }
    // Derivatives in ps and pb (each with the other held), then in c and pb with c held.
    let psi_c = digamma(c);
    let dln_b_ps = psi_c - digamma(1.0 - ps) + w.ln() - z.ln();
    let dln_b_pb = psi_c - digamma(pb) - z.ln();
    let dln_b_z = -(ps - 1.0) / w - k / z;
    let g_ps = -pb / ((ps - 1.0) * (ps - 1.0)) * f + a * f_ps + b * dln_b_ps;
    let g_pb_ps = f / (ps - 1.0) + a * f_pb + b * dln_b_pb;
    let g_z = -a * w_f_w / w + b * dln_b_z;
    Some(Sums {
        g,
        g_pb: g_pb_ps - g_ps,
        g_c: g_ps,
        z_g_z: z * g_z,
    })
}

/// ln of the integral from `t` to infinity of (a1 + u)^-p1 (a2 + u)^-p2 du, with its
/// gradient, on its own ([`SharedTails`] gives the same for many times at once).
#[cfg(test)]
pub(crate) fn ln_tail_grad(
    p1: f64,
    a1: f64,
    p2: f64,
    a2: f64,
    t: f64,
) -> Result<LnTail, PredictError> {
    let layout = Layout::new(p1, a1, p2, a2, t)?;
    let sums = match near_one(layout.ps, layout.pb, layout.z, true) {
        Some(sums) => sums,
        None => series_grad(layout.pb, layout.c, layout.z).ok_or_else(|| layout.error())?,
    };
    Ok(from_sums(&layout, &sums, t))
}

/// ln of the integral from `t` and its gradient, from G's sums at the layout's z.
fn from_sums(layout: &Layout, sums: &Sums, t: f64) -> LnTail {
    let Layout {
        swap,
        ps,
        a_s,
        pb,
        ab,
        k,
        c,
        z,
    } = *layout;
    // G and its derivatives in pb and c and z times its derivative in z.
    let Sums {
        g,
        g_pb,
        g_c,
        z_g_z,
    } = *sums;
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
    LnTail { ln, d }
}

/// Most terms of G's series kept for the tails of one set of exponents
/// ([`SharedTails`]); a z that needs more (close to 1, where the connection formula cannot
/// be used) is summed on its own by [`series_grad`].
const SHARED_TERMS: usize = 4_096;

/// The tail integrals of one set of exponents and scales (p1, a1, p2, a2) from many
/// times t, as [`ln_tail_grad`] gives each: Pareto/NBD's likelihood needs them for every
/// time of a group of customers with the same number of repeat purchases. Only z changes
/// with t, so the coefficients of G's series and of its derivatives' series are worked out
/// once, as far as the largest z needs, and each t costs a multiplication and four
/// additions a term, where [`series_grad`] also divides three times.
pub(crate) struct SharedTails {
    p: [f64; 4],
    /// Per term n >= 1: (pb)_n / (c)_n, times sum_{j<n} 1 / (pb + j), times
    /// sum_{j<n} 1 / (c + j), times n, and times the remainder's weight
    /// 1 + n + the two sums (see [`series_grad`]).
    terms: Vec<[f64; 5]>,
    /// The running coefficient and sums past the last term kept.
    next: (f64, f64, f64),
}

impl SharedTails {
    /// The tails of (p1, a1, p2, a2), no term worked out yet.
    pub(crate) fn new(p1: f64, a1: f64, p2: f64, a2: f64) -> SharedTails {
        SharedTails {
            p: [p1, a1, p2, a2],
            terms: Vec::new(),
            next: (1.0, 0.0, 0.0),
        }
    }

    /// [`ln_tail_grad`] from `t`.
    pub(crate) fn ln_tail_grad(&mut self, t: f64) -> Result<LnTail, PredictError> {
        let [p1, a1, p2, a2] = self.p;
        let layout = Layout::new(p1, a1, p2, a2, t)?;
        let sums = match near_one(layout.ps, layout.pb, layout.z, true) {
            Some(sums) => sums,
            None => match self.series(layout.pb, layout.c, layout.z) {
                Some(sums) => sums,
                None => series_grad(layout.pb, layout.c, layout.z).ok_or_else(|| layout.error())?,
            },
        };
        Ok(from_sums(&layout, &sums, t))
    }

    /// [`ln_tail_value`] from `t`.
    pub(crate) fn ln_tail_value(&mut self, t: f64) -> Result<f64, PredictError> {
        let [p1, a1, p2, a2] = self.p;
        let l = Layout::new(p1, a1, p2, a2, t)?;
        let (pb, c, z) = (l.pb, l.c, l.z);
        let g = match near_one(l.ps, pb, z, false) {
            Some(sums) => sums.g,
            None => match self.series_value(pb, c, z) {
                Some(g) => g,
                None => series_value(pb, c, z).ok_or_else(|| l.error())?,
            },
        };
        Ok(-(l.ps - 1.0) * (l.a_s + t).ln() - pb * (l.ab + t).ln() + g.ln() - l.k.ln())
    }

    /// G at `z` as [`series_value`] adds it up, from the kept coefficients; `None` when z
    /// needs more terms than are kept.
    fn series_value(&mut self, pb: f64, c: f64, z: f64) -> Option<f64> {
        let bound = TOLERANCE * (1.0 - z);
        let mut g = 1.0_f64;
        let mut power = 1.0_f64;
        let mut n = 0;
        loop {
            if n == self.terms.len() && !self.grow(pb, c) {
                return None;
            }
            power *= z;
            let term = self.terms[n][0] * power;
            g += term;
            n += 1;
            if term <= bound * g {
                break;
            }
        }
        Some(g)
    }

    /// Adds the next term's coefficients; `false` when [`SHARED_TERMS`] are kept.
    fn grow(&mut self, pb: f64, c: f64) -> bool {
        if self.terms.len() >= SHARED_TERMS {
            return false;
        }
        let (mut coef, mut s_pb, mut s_c) = self.next;
        let n = u32::try_from(self.terms.len()).unwrap_or(u32::MAX);
        self.terms
            .push(next_coefficients(pb, c, n, &mut coef, &mut s_pb, &mut s_c));
        self.next = (coef, s_pb, s_c);
        true
    }

    /// G's sums at `z` as [`series_grad`] adds them up, from the kept coefficients;
    /// `None` when z needs more terms than are kept.
    fn series(&mut self, pb: f64, c: f64, z: f64) -> Option<Sums> {
        let mut sums = Sums::START;
        let bound = TOLERANCE * (1.0 - z) * (1.0 - z);
        let mut power = 1.0_f64;
        let mut n = 0;
        loop {
            if n == self.terms.len() && !self.grow(pb, c) {
                return None;
            }
            let coefficients = self.terms[n];
            n += 1;
            power *= z;
            if sums.add(coefficients, power, bound) {
                break;
            }
        }
        Some(sums)
    }
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

    /// The tails of one set of exponents and scales from many times, sharing their
    /// series, are each time's own to the bit: at the points above (their times in either order,
    /// so that the kept terms grow or are already there), near z = 1 where the
    /// connection formula takes over, and past the kept terms (an exponent at an integer,
    /// where the series alone is summed, some 400 000 terms).
    #[test]
    fn shared_tails_are_each_times_own() {
        let mut cases: Vec<([f64; 4], Vec<f64>)> = Vec::new();
        for chunk in points().chunks(4) {
            let p = [chunk[0][0], chunk[0][1], chunk[0][2], chunk[0][3]];
            let times: Vec<f64> = chunk.iter().map(|x| x[4]).collect();
            let mut backwards = times.clone();
            backwards.reverse();
            cases.push((p, times));
            cases.push((p, backwards));
        }
        // z from 0.9999 at t = 0 (p1 = 1 is an integer: no connection formula) and 0.99.
        cases.push(([1.0, 0.04, 1.6, 400.0], vec![0.0, 5.0, 2.0]));
        cases.push(([0.55, 4.0, 1.6, 400.0], vec![0.0, 1.0, 30.0]));
        for (p, times) in cases {
            let [p1, a1, p2, a2] = p;
            let mut shared = SharedTails::new(p1, a1, p2, a2);
            for t in times {
                let own = ln_tail_grad(p1, a1, p2, a2, t).unwrap_or_else(|e| panic!("{e}"));
                let got = shared.ln_tail_grad(t).unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(got, own, "{p:?} {t}");
                let value = shared.ln_tail_value(t).unwrap_or_else(|e| panic!("{e}"));
                let own_value = ln_tail_value(p1, a1, p2, a2, t).unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(value.to_bits(), own_value.to_bits(), "{p:?} {t}");
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

#[cfg(test)]
mod near_one_tests {
    use super::*;

    /// Exponents as the likelihood meets them (r + x for small x, s + 1) and near the
    /// integers where the connection formula's parts cancel.
    const SMALL: [f64; 9] = [0.3, 0.55, 0.999, 1.0005, 1.55, 2.43, 2.9999, 3.7, 6.2];
    const BIG: [f64; 4] = [0.6, 1.6, 4.0, 25.0];
    const Z: [f64; 6] = [0.75, 0.8, 0.9, 0.99, 0.995, 0.999];

    fn close(got: f64, want: f64, rel: f64) -> bool {
        (got - want).abs() <= rel * want.abs().max(1e-300)
    }

    #[test]
    fn connection_formula_equals_the_series() {
        let mut used = 0;
        for ps in SMALL {
            for pb in BIG {
                for z in Z {
                    let Some(series) = series_grad(pb, ps + pb, z) else {
                        panic!("series {ps} {pb} {z}");
                    };
                    let Some(near) = near_one(ps, pb, z, true) else {
                        continue;
                    };
                    used += 1;
                    let what = format!("ps {ps} pb {pb} z {z}");
                    assert!(
                        close(near.g, series.g, 1e-12),
                        "{what}: {near:?} {series:?}"
                    );
                    let scale = series.g_pb.abs() + series.g_c.abs() + series.z_g_z.abs();
                    for (got, want) in [
                        (near.g_pb, series.g_pb),
                        (near.g_c, series.g_c),
                        (near.z_g_z, series.z_g_z),
                    ] {
                        assert!(
                            (got - want).abs() <= 1e-10 * scale,
                            "{what}: {near:?} {series:?}"
                        );
                    }
                    let value = near_one(ps, pb, z, false).map_or(f64::NAN, |s| s.g);
                    assert!(close(value, near.g, 1e-15), "{what}: {value} vs {}", near.g);
                }
            }
        }
        // The exponents a shop's fit meets near z = 1 take the connection formula.
        for ps in [0.3, 0.55, 1.55, 2.43, 3.7] {
            for pb in [0.6, 1.6] {
                for z in Z {
                    assert!(near_one(ps, pb, z, true).is_some(), "{ps} {pb} {z}");
                }
            }
        }
        assert!(used >= 5 * 2 * Z.len(), "{used}");
    }

    #[test]
    fn near_integers_fall_back_to_the_series() {
        for ps in [1.0, 2.0, 3.0, 1.0 + 1e-9, 2.0 - 1e-9, 0.999, 2.9999] {
            assert!(near_one(ps, 1.6, 0.99, true).is_none(), "{ps}");
        }
        assert!(near_one(0.55, 1.6, 0.7, true).is_none());
        // The whole integral is still right there (elementary case ps = 1 is not, so
        // compare with the series directly).
        let t = ln_tail_grad(1.0, 0.5, 1.6, 400.0, 0.0).map_or(f64::NAN, |v| v.ln);
        let g = series_value(1.6, 2.6, 399.5 / 400.0).unwrap_or(f64::NAN);
        let want = -1.6 * 400f64.ln() + g.ln() - 1.6f64.ln();
        assert!(close(t, want, 1e-13), "{t} vs {want}");
    }
}
