//! A small Nelder-Mead minimiser over unconstrained parameters. Bounds are kept by the
//! callers, which map each free parameter through a logistic function into its interval.
//! Nelder-Mead needs no gradient, which suits sums of squares through recursions whose
//! derivatives are awkward; with at most six parameters it converges in a few hundred
//! evaluations, and one restart from the best point guards against a collapsed simplex.

/// Minimises `f` from `x0`, with initial simplex steps `step`, in at most `max_evals`
/// evaluations. Returns the best point and its value. Non-finite values count as worse
/// than any finite one.
pub(crate) fn nelder_mead(
    mut f: impl FnMut(&[f64]) -> f64,
    x0: &[f64],
    step: &[f64],
    max_evals: usize,
) -> (Vec<f64>, f64) {
    let mut best = (x0.to_vec(), value(&mut f, x0));
    let mut evals = 1;
    // A first run, then a restart from its best point with a fresh simplex.
    for round in 0..2 {
        let scale = if round == 0 { 1.0 } else { 0.5 };
        let (x, fx, used) = run(
            &mut f,
            &best.0,
            step,
            scale,
            max_evals.saturating_sub(evals),
        );
        evals += used;
        if fx < best.1 {
            best = (x, fx);
        }
    }
    best
}

fn value(f: &mut impl FnMut(&[f64]) -> f64, x: &[f64]) -> f64 {
    let v = f(x);
    if v.is_finite() { v } else { f64::MAX }
}

fn run(
    f: &mut impl FnMut(&[f64]) -> f64,
    x0: &[f64],
    step: &[f64],
    scale: f64,
    max_evals: usize,
) -> (Vec<f64>, f64, usize) {
    let n = x0.len();
    let mut simplex: Vec<(Vec<f64>, f64)> = Vec::with_capacity(n + 1);
    simplex.push((x0.to_vec(), value(f, x0)));
    for i in 0..n {
        let mut x = x0.to_vec();
        x[i] += step.get(i).copied().unwrap_or(0.1) * scale;
        let fx = value(f, &x);
        simplex.push((x, fx));
    }
    let mut evals = n + 1;
    let mut centroid = vec![0.0; n];
    let mut trial = vec![0.0; n];
    while evals < max_evals {
        simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
        let (lo, hi) = (simplex[0].1, simplex[n].1);
        if (hi - lo).abs() <= 1e-10 * (lo.abs() + 1e-12) {
            break;
        }
        centroid.iter_mut().for_each(|c| *c = 0.0);
        for (x, _) in &simplex[..n] {
            for (c, xi) in centroid.iter_mut().zip(x) {
                *c += xi / n as f64;
            }
        }
        let mut point = |coef: f64, trial: &mut Vec<f64>| {
            for ((t, c), w) in trial.iter_mut().zip(&centroid).zip(&simplex[n].0) {
                *t = c + coef * (w - c);
            }
            value(f, trial)
        };
        let fr = point(-1.0, &mut trial);
        evals += 1;
        if fr < simplex[0].1 {
            let mut expanded = vec![0.0; n];
            let fe = point(-2.0, &mut expanded);
            evals += 1;
            simplex[n] = if fe < fr {
                (expanded, fe)
            } else {
                (trial.clone(), fr)
            };
        } else if fr < simplex[n - 1].1 {
            simplex[n] = (trial.clone(), fr);
        } else {
            // Contract outside when the reflection helped a little, inside otherwise.
            let coef = if fr < simplex[n].1 { -0.5 } else { 0.5 };
            let fc = point(coef, &mut trial);
            evals += 1;
            if fc < simplex[n].1.min(fr) {
                simplex[n] = (trial.clone(), fc);
            } else {
                let best = simplex[0].0.clone();
                for (x, fx) in simplex.iter_mut().skip(1) {
                    for (xi, bi) in x.iter_mut().zip(&best) {
                        *xi = bi + 0.5 * (*xi - bi);
                    }
                    *fx = value(f, x);
                }
                evals += n;
            }
        }
    }
    simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
    let (x, fx) = simplex.swap_remove(0);
    (x, fx, evals)
}

/// The logistic function, mapping any real into (0, 1).
pub(crate) fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// The inverse of [`logistic`], for a starting point inside (0, 1).
pub(crate) fn logit(p: f64) -> f64 {
    let p = p.clamp(1e-6, 1.0 - 1e-6);
    (p / (1.0 - p)).ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_minimum_of_the_rosenbrock_valley() {
        let rosen = |x: &[f64]| (1.0 - x[0]).powi(2) + 100.0 * (x[1] - x[0] * x[0]).powi(2);
        let (x, fx) = nelder_mead(rosen, &[-1.2, 1.0], &[0.5, 0.5], 4000);
        assert!(fx < 1e-8, "f = {fx}");
        assert!(
            (x[0] - 1.0).abs() < 1e-3 && (x[1] - 1.0).abs() < 1e-3,
            "{x:?}"
        );
    }

    #[test]
    fn logit_inverts_logistic() {
        for p in [0.01, 0.3, 0.5, 0.9] {
            assert!((logistic(logit(p)) - p).abs() < 1e-12);
        }
    }
}
