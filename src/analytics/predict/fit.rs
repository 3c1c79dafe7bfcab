//! Maximum-likelihood fitting shared by the three models: argmin's L-BFGS on the logs of
//! the parameters (which keeps them positive), Nelder-Mead when L-BFGS stalls, and standard
//! errors from a numeric Hessian of the log-likelihood.

use argmin::core::{CostFunction, Error as ArgminError, Executor, Gradient, State};
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::neldermead::NelderMead;
use argmin::solver::quasinewton::LBFGS;

use super::PredictError;

/// A model's log-likelihood over a shop's customers, as a function of the logs of its
/// parameters.
pub(crate) trait LogLikelihood {
    /// The model's name in error messages.
    const MODEL: &'static str;

    /// Whether [`LogLikelihood::mean_ll_gradient`] is the closed form (then the Newton
    /// polish is cheap and exact) rather than differences.
    const EXACT_GRADIENT: bool = false;

    /// Mean log-likelihood per customer at `exp(log_params)`.
    fn mean_ll(&self, log_params: &[f64]) -> f64;

    /// Gradient of [`LogLikelihood::mean_ll`] with respect to the log-parameters; central
    /// differences unless a model has the closed form.
    fn mean_ll_gradient(&self, log_params: &[f64]) -> Vec<f64> {
        central_gradient(|p| self.mean_ll(p), log_params, 1e-6)
    }

    /// Whether [`LogLikelihood::mean_ll_and_gradient`] costs about one gradient (the
    /// gradient's pass works the value out on the way), so that the line search, which
    /// asks for both at every point it tries, is given both from one pass.
    const VALUE_WITH_GRADIENT: bool = false;

    /// [`LogLikelihood::mean_ll`] and [`LogLikelihood::mean_ll_gradient`] at one point.
    fn mean_ll_and_gradient(&self, log_params: &[f64]) -> (f64, Vec<f64>) {
        (self.mean_ll(log_params), self.mean_ll_gradient(log_params))
    }

    /// Number of customers the mean is taken over.
    fn customers(&self) -> f64;

    /// The largest value the log of parameter `i` may take: [`MAX_LOG_PARAM`] unless the
    /// model bounds it lower (see [`pinned_on_bounds`]).
    fn upper_log_bound(&self, _i: usize) -> f64 {
        MAX_LOG_PARAM
    }
}

/// Whether every log-parameter lies within the search's range and the model's bounds.
fn inside<L: LogLikelihood>(ll: &L, p: &[f64]) -> bool {
    p.iter()
        .enumerate()
        .all(|(i, v)| v.abs() <= MAX_LOG_PARAM && *v <= ll.upper_log_bound(i))
}

/// The log-parameters that lie exactly on a bound of the model's own (below
/// [`MAX_LOG_PARAM`]): those a fit has held there ([`pinned_on_bounds`]).
fn on_bounds<L: LogLikelihood>(ll: &L, p: &[f64]) -> Vec<usize> {
    (0..p.len())
        .filter(|&i| {
            let bound = ll.upper_log_bound(i);
            bound < MAX_LOG_PARAM && p[i] == bound
        })
        .collect()
}

/// `p` with every log-parameter past a bound of the model's own brought back onto it.
fn held_on_bounds<L: LogLikelihood>(ll: &L, p: &[f64]) -> Vec<f64> {
    p.iter()
        .enumerate()
        .map(|(i, v)| v.min(ll.upper_log_bound(i)))
        .collect()
}

/// The indexes of `k` log-parameters that are not `held`.
fn free_of(k: usize, held: &[usize]) -> Vec<usize> {
    (0..k).filter(|i| !held.contains(i)).collect()
}

/// Whether every log-parameter is finite and within the search's range.
fn in_range(p: &[f64]) -> bool {
    p.iter().all(|v| v.is_finite() && v.abs() <= MAX_LOG_PARAM)
}

/// A log-likelihood with some log-parameters held at given values, as a function of the
/// others (`free`, in order).
struct Held<'a, L> {
    ll: &'a L,
    full: Vec<f64>,
    free: Vec<usize>,
}

impl<L: LogLikelihood> Held<'_, L> {
    fn expand(&self, p: &[f64]) -> Vec<f64> {
        let mut full = self.full.clone();
        for (j, &i) in self.free.iter().enumerate() {
            full[i] = p[j];
        }
        full
    }

    fn pick(&self, g: &[f64]) -> Vec<f64> {
        self.free.iter().map(|&i| g[i]).collect()
    }
}

impl<L: LogLikelihood> LogLikelihood for Held<'_, L> {
    const MODEL: &'static str = L::MODEL;
    const EXACT_GRADIENT: bool = L::EXACT_GRADIENT;
    const VALUE_WITH_GRADIENT: bool = L::VALUE_WITH_GRADIENT;

    fn mean_ll(&self, p: &[f64]) -> f64 {
        self.ll.mean_ll(&self.expand(p))
    }

    fn mean_ll_gradient(&self, p: &[f64]) -> Vec<f64> {
        self.pick(&self.ll.mean_ll_gradient(&self.expand(p)))
    }

    fn mean_ll_and_gradient(&self, p: &[f64]) -> (f64, Vec<f64>) {
        let (v, g) = self.ll.mean_ll_and_gradient(&self.expand(p));
        (v, self.pick(&g))
    }

    fn customers(&self) -> f64 {
        self.ll.customers()
    }

    fn upper_log_bound(&self, i: usize) -> f64 {
        self.free
            .get(i)
            .map_or(MAX_LOG_PARAM, |&i| self.ll.upper_log_bound(i))
    }
}

/// How far below its bound a log-parameter still climbing is taken to have been stopped
/// by it.
const NEAR_BOUND: f64 = 1.0;

/// `found` with every log-parameter that the search left at (or just below) a bound of
/// the model's own, still climbing, held exactly on the bound, and the others brought to
/// their maximum there: the maximum of the log-likelihood over the bounded range, where
/// the gradient is zero in the free log-parameters and points out of the range in the
/// held ones. Its inverse Hessian has zero rows and columns for the held ones (a Newton
/// step from it does not move them), and so has the covariance worked out from it. The
/// same `found` when no bound stops the search, or when the maximum with the parameters
/// held is not as high.
fn pinned_on_bounds<L: LogLikelihood>(ll: &L, found: FitStart) -> FitStart {
    let k = found.log_params.len();
    if (0..k).all(|i| ll.upper_log_bound(i) >= MAX_LOG_PARAM) {
        return found;
    }
    let (value, g) = match &found.at_maximum {
        Some((value, g)) => (*value, g.clone()),
        None => ll.mean_ll_and_gradient(&found.log_params),
    };
    let held: Vec<usize> = (0..k)
        .filter(|&i| {
            let bound = ll.upper_log_bound(i);
            bound < MAX_LOG_PARAM
                && found.log_params[i] > bound - NEAR_BOUND
                && g[i] > GRADIENT_TOLERANCE
        })
        .collect();
    if held.is_empty() {
        return found;
    }
    let mut full = found.log_params.clone();
    for &i in &held {
        full[i] = ll.upper_log_bound(i);
    }
    let start = FitStart {
        log_params: full.clone(),
        inverse_hessian: None,
        at_maximum: None,
    };
    match maximise_held(ll, &start, &held, None) {
        // As high, to the log-likelihood's rounding.
        Some(on_bound)
            if on_bound
                .at_maximum
                .as_ref()
                .is_some_and(|(v, _)| *v >= value - 1e-14 * value.abs()) =>
        {
            on_bound
        }
        _ => found,
    }
}

/// The maximum with the log-parameters `held` kept where `start` has them, found over the
/// others by Newton steps from `start` (with `inverse`, their block of the inverse
/// Hessian, when known), else by the line search ([`maximise_near_plain`]): the whole point, its mean
/// log-likelihood and whole gradient, and the inverse Hessian with zero rows and columns
/// for the held ones. `None` when neither reaches a maximum.
fn maximise_held<L: LogLikelihood>(
    ll: &L,
    start: &FitStart,
    held: &[usize],
    inverse: Option<Matrix>,
) -> Option<FitStart> {
    let k = start.log_params.len();
    let free = free_of(k, held);
    let inner = Held {
        ll,
        full: start.log_params.clone(),
        free: free.clone(),
    };
    let inner_start = FitStart {
        log_params: inner.pick(&start.log_params),
        inverse_hessian: inverse,
        at_maximum: None,
    };
    let best = maximise_near_plain(&inner, &inner_start).ok()?;
    let full = inner.expand(&best.log_params);
    let (value, g) = ll.mean_ll_and_gradient(&full);
    if !value.is_finite() || g.iter().any(|v| !v.is_finite()) {
        return None;
    }
    let inverse_hessian = best.inverse_hessian.map(|inv| pad(&inv, &free, k));
    Some(FitStart {
        log_params: full,
        inverse_hessian,
        at_maximum: Some((value, g)),
    })
}

/// A `k` by `k` matrix with `block` in the rows and columns `free` and zeros elsewhere.
fn pad(block: &[Vec<f64>], free: &[usize], k: usize) -> Matrix {
    let mut out = vec![vec![0.0; k]; k];
    for (a, &i) in free.iter().enumerate() {
        for (b, &j) in free.iter().enumerate() {
            out[i][j] = block[a][b];
        }
    }
    out
}

/// The rows and columns `free` of `m`.
fn block(m: &[Vec<f64>], free: &[usize]) -> Matrix {
    free.iter()
        .map(|&i| free.iter().map(|&j| m[i][j]).collect())
        .collect()
}

/// Central-difference gradient of `f` at `x` with step `h`.
pub(crate) fn central_gradient(f: impl Fn(&[f64]) -> f64, x: &[f64], h: f64) -> Vec<f64> {
    central_gradient_steps(f, x, |_| h)
}

/// Central-difference gradient of `f` at `x`, the step for each coordinate given by
/// `step(x_i)`.
pub(crate) fn central_gradient_steps(
    f: impl Fn(&[f64]) -> f64,
    x: &[f64],
    step: impl Fn(f64) -> f64,
) -> Vec<f64> {
    let mut p = x.to_vec();
    (0..x.len())
        .map(|i| {
            let h = step(x[i]);
            p[i] = x[i] + h;
            let up = f(&p);
            p[i] = x[i] - h;
            let down = f(&p);
            p[i] = x[i];
            (up - down) / (2.0 * h)
        })
        .collect()
}

/// The negated log-likelihood, which argmin minimises.
struct Cost<'a, L> {
    ll: &'a L,
    /// Whether the value is worked out with the gradient (see
    /// [`LogLikelihood::VALUE_WITH_GRADIENT`]); not for Nelder-Mead, which asks for values
    /// alone.
    with_gradient: bool,
    /// The last point a gradient was worked out at, with it (not negated): the line search
    /// asks for the value and the gradient at each point it tries, and L-BFGS asks for the
    /// gradient once more at the point the line search accepts.
    last: std::sync::Mutex<Option<(Vec<f64>, Vec<f64>)>>,
    /// The last point on the model's bounds the likelihood was worked out at for a point
    /// beyond them ([`Cost::beyond`]), with its value and gradient (not negated).
    held: std::sync::Mutex<Option<PointValue>>,
    /// Where the line search's progress is followed once it has passed a model's bound.
    watch: Option<&'a OnBound>,
}

/// A point with the mean log-likelihood and its gradient there.
type PointValue = (Vec<f64>, f64, Vec<f64>);

/// The line search on a model's bound: once it has passed a bound of the model's own, the
/// lowest cost seen, where (held on the bounds), and how many costs since have not been
/// lower. There the search creeps along the bound in ever smaller gains (the cost's slope
/// across the bound never vanishes) until it runs out of iterations; after
/// [`BOUND_STALLS`] costs without a gain of 1e-12 it is stopped and the fit goes on from
/// the lowest ([`pinned_on_bounds`]).
#[derive(Default)]
struct OnBound {
    state: std::sync::Mutex<Option<(f64, Vec<f64>, usize)>>,
}

/// Costs without a gain after which a line search on a model's bound is stopped.
const BOUND_STALLS: usize = 8;

impl OnBound {
    /// Follows a cost `v` at `p` (`beyond`: past a bound); whether to stop the search.
    fn follow<L: LogLikelihood>(&self, ll: &L, p: &[f64], v: f64, beyond: bool) -> bool {
        let Ok(mut state) = self.state.lock() else {
            return false;
        };
        let held = || held_on_bounds(ll, p);
        match state.as_mut() {
            None if beyond && v.is_finite() => {
                *state = Some((v, held(), 0));
                false
            }
            None => false,
            Some((best, at, stalls)) => {
                if v < *best - 1e-12 * best.abs() {
                    *best = v;
                    *at = held();
                    *stalls = 0;
                } else {
                    *stalls += 1;
                }
                *stalls >= BOUND_STALLS
            }
        }
    }

    /// The lowest cost's point, when the search was stopped on a bound.
    fn stopped(&self) -> Option<Vec<f64>> {
        let state = self.state.lock().ok()?;
        state
            .as_ref()
            .filter(|(_, _, stalls)| *stalls >= BOUND_STALLS)
            .map(|(_, at, _)| at.clone())
    }
}

impl<'a, L: LogLikelihood> Cost<'a, L> {
    fn new(ll: &'a L, with_gradient: bool) -> Self {
        Cost {
            ll,
            with_gradient: with_gradient && L::VALUE_WITH_GRADIENT,
            last: std::sync::Mutex::new(None),
            held: std::sync::Mutex::new(None),
            watch: None,
        }
    }

    fn remember(&self, p: &[f64], g: &[f64]) {
        if let Ok(mut last) = self.last.lock() {
            *last = Some((p.to_vec(), g.to_vec()));
        }
    }

    fn remembered(&self, p: &[f64]) -> Option<Vec<f64>> {
        let last = self.last.lock().ok()?;
        match last.as_ref() {
            Some((at, g)) if at.as_slice() == p => Some(g.clone()),
            _ => None,
        }
    }
}

/// Stands in for a log-likelihood that is not finite, so the line search backs off.
const WALL: f64 = 1e30;

/// Largest log of a parameter the search may reach.
pub(crate) const MAX_LOG_PARAM: f64 = 18.0;

/// Curvature of the cost beyond a model's own bound on a log-parameter (see
/// [`Cost::beyond`]), in mean log-likelihood per customer per squared unit of the log.
const BEYOND_CURVATURE: f64 = 1.0;

impl<L: LogLikelihood> Cost<'_, L> {
    /// The cost at `p` and its gradient where `p` passes a bound of the model's own
    /// (below [`MAX_LOG_PARAM`]): the cost at `q`, the point held on the bounds, continued
    /// past each bound by its slope there and a parabola, c(q) + c'(q) d + k d^2 for d
    /// beyond the bound (k = [`BEYOND_CURVATURE`]). Value and slope are continuous at the
    /// bound, so the line search runs on as if there were none, and its minimum lies just
    /// past the bound when the log-likelihood still climbs there (where the fit then holds
    /// the parameter, [`pinned_on_bounds`]); the likelihood itself is never worked out
    /// beyond it. The cross terms (how the slope in one changes with the others) are left
    /// out of the gradient: d is of the order of the slope over 2k, about 1e-5 at a
    /// maximum on a bound. `None` for a point within the bounds.
    fn beyond(&self, p: &[f64]) -> Option<(f64, Vec<f64>)> {
        let q = held_on_bounds(self.ll, p);
        if q.as_slice() == p {
            return None;
        }
        let known = self.held.lock().ok().and_then(|h| {
            h.as_ref()
                .filter(|(at, _, _)| *at == q)
                .map(|(_, v, g)| (*v, g.clone()))
        });
        let (v, g) = match known {
            Some(known) => known,
            None => {
                let (v, g) = self.ll.mean_ll_and_gradient(&q);
                if let Ok(mut held) = self.held.lock() {
                    *held = Some((q.clone(), v, g.clone()));
                }
                (v, g)
            }
        };
        let mut cost = -v;
        let mut gradient: Vec<f64> = g.iter().map(|v| -v).collect();
        for i in 0..p.len() {
            let d = p[i] - q[i];
            if d > 0.0 {
                cost += -g[i] * d + BEYOND_CURVATURE * d * d;
                gradient[i] += 2.0 * BEYOND_CURVATURE * d;
            }
        }
        Some((cost, gradient))
    }
}

impl<L: LogLikelihood> CostFunction for Cost<'_, L> {
    type Param = Vec<f64>;
    type Output = f64;
    fn cost(&self, p: &Vec<f64>) -> Result<f64, ArgminError> {
        // Beyond e^18 (or below e^-18) a parameter has run off to a boundary of the
        // model (no heterogeneity left, say): stop it there.
        if p.iter().any(|v| v.abs() > MAX_LOG_PARAM) {
            return Ok(WALL);
        }
        let (v, beyond) = match self.beyond(p) {
            Some((v, _)) => (v, true),
            None if self.with_gradient => {
                let (v, g) = self.ll.mean_ll_and_gradient(p);
                self.remember(p, &g);
                (-v, false)
            }
            None => (-self.ll.mean_ll(p), false),
        };
        if let Some(watch) = self.watch
            && watch.follow(self.ll, p, v, beyond)
        {
            return Err(ArgminError::msg("stopped on a bound of the model"));
        }
        Ok(if v.is_finite() { v } else { WALL })
    }
}

impl<L: LogLikelihood> Gradient for Cost<'_, L> {
    type Param = Vec<f64>;
    type Gradient = Vec<f64>;
    fn gradient(&self, p: &Vec<f64>) -> Result<Vec<f64>, ArgminError> {
        if let Some((_, g)) = self.beyond(p) {
            return Ok(g
                .into_iter()
                .map(|v| if v.is_finite() { v } else { 0.0 })
                .collect());
        }
        let g = match self.remembered(p) {
            Some(g) => g,
            None => {
                let g = self.ll.mean_ll_gradient(p);
                self.remember(p, &g);
                g
            }
        };
        Ok(g.into_iter()
            .map(|v| if v.is_finite() { -v } else { 0.0 })
            .collect())
    }
}

/// Largest gradient component (mean log-likelihood per unit log-parameter) accepted as
/// converged.
const GRADIENT_TOLERANCE: f64 = 1e-7;

/// Where a fit starts: the log-parameters of an earlier fit of the same model to the same
/// shop (its data before the latest change, or a shorter stretch of its history), with
/// the inverse Hessian of the mean log-likelihood in the logs there when it is known. A
/// fit's maximum is given the same way, with the inverse Hessian its last Newton steps
/// were taken with (taken near the maximum and brought up to date), when there were any.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FitStart {
    /// The logs of the parameters.
    pub log_params: Vec<f64>,
    /// The inverse Hessian of the mean log-likelihood per customer in the log-parameters.
    pub inverse_hessian: Option<Vec<Vec<f64>>>,
    /// The mean log-likelihood and its gradient in the logs at `log_params`, where the fit
    /// that found them worked them out there (its last Newton step): the fit's
    /// log-likelihood and covariance start from them instead of another pass.
    #[serde(skip)]
    pub(crate) at_maximum: Option<(f64, Vec<f64>)>,
}

impl FitStart {
    /// The start a fit's maximum gives: its inverse Hessian in the logs from the
    /// covariance of the parameters, C = (-H)^-1 for the total log-likelihood H in the
    /// parameters. Where the gradient is zero, the mean's Hessian in the logs is
    /// theta_i theta_j H_ij / n, so its inverse is -n C_ij / (theta_i theta_j).
    pub(crate) fn of_maximum(log_params: &[f64], covariance: Option<&[Vec<f64>]>, n: f64) -> Self {
        let theta: Vec<f64> = log_params.iter().map(|v| v.exp()).collect();
        let inverse_hessian = covariance.map(|c| {
            (0..theta.len())
                .map(|i| {
                    (0..theta.len())
                        .map(|j| -n * c[i][j] / (theta[i] * theta[j]))
                        .collect()
                })
                .collect()
        });
        FitStart {
            log_params: log_params.to_vec(),
            inverse_hessian,
            at_maximum: None,
        }
    }

    /// The parameters (not their logs).
    pub fn params<P: super::ModelParams>(&self) -> P {
        let params: Vec<f64> = self.log_params.iter().map(|v| v.exp()).collect();
        P::from_slice(&params)
    }

    /// The inverse Hessian when it fits `k` log-parameters and is finite.
    fn inverse_for(&self, k: usize) -> Option<Matrix> {
        let inv = self.inverse_hessian.as_ref()?;
        (inv.len() == k
            && inv
                .iter()
                .all(|r| r.len() == k && r.iter().all(|v| v.is_finite())))
        .then(|| inv.clone())
    }
}

/// A small square matrix, row by row.
pub(crate) type Matrix = Vec<Vec<f64>>;

/// The log-parameters that maximise the log-likelihood, starting from `start`: the line
/// search, then Newton steps where the model has the exact gradient.
pub(crate) fn maximise<L: LogLikelihood>(ll: &L, start: &[f64]) -> Result<FitStart, PredictError> {
    maximise_plain(ll, start).map(|found| pinned_on_bounds(ll, found))
}

/// [`maximise`] without holding log-parameters on the model's bounds (which is itself a
/// fit of the others by this one).
fn maximise_plain<L: LogLikelihood>(ll: &L, start: &[f64]) -> Result<FitStart, PredictError> {
    let fail = |why: String| PredictError::FitFailed {
        model: L::MODEL,
        reason: why,
    };
    // The line search may end just past a bound of the model's own (see `Cost::beyond`):
    // held on it from there.
    let within = |p: Vec<f64>| held_on_bounds(ll, &p);
    let first = lbfgs(ll, start.to_vec()).map(within);
    let best = match first {
        Ok(p) if converged(ll, &p) => p,
        _ => {
            // L-BFGS stalled (a flat or walled region): let the simplex find the basin, then
            // polish with L-BFGS.
            let rough = within(nelder_mead(ll, start).map_err(|e| fail(e.to_string()))?);
            match lbfgs(ll, rough.clone()).map(within) {
                Ok(p) if ll.mean_ll(&p) >= ll.mean_ll(&rough) => p,
                _ => rough,
            }
        }
    };
    let found = if L::EXACT_GRADIENT {
        let (p, g, value, inverse_hessian) = newton_steps(ll, best, POLISH_STEPS, false, None);
        FitStart {
            log_params: p,
            inverse_hessian,
            at_maximum: Some((value, g)),
        }
    } else {
        FitStart {
            log_params: best,
            inverse_hessian: None,
            at_maximum: None,
        }
    };
    let value = match &found.at_maximum {
        Some((value, _)) => *value,
        None => ll.mean_ll(&found.log_params),
    };
    if !value.is_finite() || found.log_params.iter().any(|v| !v.is_finite()) {
        return Err(fail("the log-likelihood is not finite at the end".into()));
    }
    Ok(found)
}

/// Longest Newton step, in the log of any parameter.
const MAX_NEWTON_STEP: f64 = 0.5;

/// Most times the Hessian is taken again on the way from a start near the maximum.
const MAX_REFRESHES: usize = 2;

/// Most Newton steps of the polish after the line search. Near the top the log-likelihood
/// changes by less than its rounding, so the line search cannot tell points apart, but the
/// gradient still can: the polish brings the parameters to where it is zero (to about
/// 1e-10 in the logs) rather than anywhere on the flat top. The Hessian is taken once,
/// where the line search stopped: so close to the top it barely changes, and each step
/// with it still gains several digits, for one gradient instead of nine.
const POLISH_STEPS: usize = 6;

/// A Newton step shorter than this in every log-parameter ends the steps: taken, or when
/// it is the next one to take.
const LAST_STEP: f64 = 1e-11;

/// Most Newton steps from a start near the maximum ([`maximise_near`]).
const NEAR_STEPS: usize = 24;

/// Largest gradient component at which Newton steps from a start near the maximum are taken
/// to have reached it: what the polish after the line search reaches.
const NEAR_TOLERANCE: f64 = 1e-10;

/// The maximum of `ll`: from `given` (an earlier fit of the same model to the shop) by
/// [`maximise_near`], else from `default` by the line search and the polish
/// ([`maximise`]). Both end where the gradient is zero to about 1e-10, so the figures do
/// not depend on where the fit started (to about 1e-12).
pub(crate) fn maximise_from<L: LogLikelihood>(
    ll: &L,
    given: Option<&FitStart>,
    default: impl FnOnce() -> Vec<f64>,
) -> Result<FitStart, PredictError> {
    let default = default();
    match given {
        // A start of another length (kept by a build with other parameters) is not one.
        Some(start) if start.log_params.len() == default.len() => maximise_near(ll, start),
        _ => maximise(ll, &default),
    }
}

/// Customers from which a fit with no start of its own (a shop's first prediction) first
/// finds one on a sample of them.
const SAMPLED_START_FROM: usize = 6_000;

/// About how many customers that sample holds.
const START_SAMPLE: usize = 2_000;

/// Where a fit with no start of its own may start on a large shop: the maximum on every
/// k-th customer (about [`START_SAMPLE`] of them, spread over the whole list), found from
/// the default start by `fit`, with the curvature there. The likelihood is a mean per
/// customer, so a sample's maximum and curvature lie close to the whole shop's, and
/// [`maximise_near`] goes on from there in a few Newton steps where the line search from
/// the default start takes some thirty passes over every customer. The fit still ends
/// where the whole shop's gradient is zero, so the figures do not depend on the sample
/// (to about 1e-12). `None` for a small shop, or when the sample cannot be fitted.
pub(crate) fn sampled_start(
    histories: &[super::CustomerHistory],
    fit: impl FnOnce(&[super::CustomerHistory]) -> Result<FitStart, PredictError>,
) -> Option<FitStart> {
    if histories.len() < SAMPLED_START_FROM {
        return None;
    }
    let every = histories.len().div_ceil(START_SAMPLE);
    let sample: Vec<super::CustomerHistory> = histories.iter().step_by(every).copied().collect();
    super::timed("fit on a sample", || fit(&sample).ok())
}

/// The maximum `maximum` finds from `start`; without one, on a large shop, from the
/// maximum on a sample of its customers ([`sampled_start`]), and where that fails, from
/// the default start.
pub(crate) fn maximum_or_sampled(
    rows: &super::data::Rows,
    histories: &[super::CustomerHistory],
    start: Option<&FitStart>,
    maximum: impl Fn(&super::data::Rows, Option<&FitStart>) -> Result<FitStart, PredictError>,
) -> Result<FitStart, PredictError> {
    if start.is_some() {
        return maximum(rows, start);
    }
    let sample_maximum =
        |sample: &[super::CustomerHistory]| maximum(&super::data::Rows::purchases(sample), None);
    match sampled_start(histories, sample_maximum) {
        Some(sampled) => maximum(rows, Some(&sampled)).or_else(|_| maximum(rows, None)),
        None => maximum(rows, None),
    }
}

/// The log-parameters that maximise the log-likelihood from a start known to lie close to
/// the maximum (the same shop's fit before its latest change, or on a history a few months
/// shorter): Newton steps with the Hessian given or taken once at the start, each a
/// single gradient, where the line search (which starts without any idea of the curvature)
/// needed some twenty and the polish ten more. Where they do not reach the top,
/// [`maximise`] from the start as before.
pub(crate) fn maximise_near<L: LogLikelihood>(
    ll: &L,
    start: &FitStart,
) -> Result<FitStart, PredictError> {
    let finite = in_range(&start.log_params);
    let held = on_bounds(ll, &start.log_params);
    if L::EXACT_GRADIENT && finite && !held.is_empty() {
        // An earlier maximum on a bound of the model's: the others from there, then the
        // held ones still pointing out of the range.
        let k = start.log_params.len();
        let free = free_of(k, &held);
        let inverse = start.inverse_for(k).map(|inv| block(&inv, &free));
        if let Some(found) = maximise_held(ll, start, &held, inverse)
            && let Some((_, g)) = &found.at_maximum
            && held.iter().all(|&i| g[i] > 0.0)
        {
            return Ok(found);
        }
        return maximise(ll, &start.log_params);
    }
    match newton_near(ll, start) {
        Some(found) => Ok(found),
        None => maximise(ll, &start_or_plain(start)),
    }
}

/// [`maximise_near`] without holding log-parameters on the model's bounds.
fn maximise_near_plain<L: LogLikelihood>(
    ll: &L,
    start: &FitStart,
) -> Result<FitStart, PredictError> {
    match newton_near(ll, start) {
        Some(found) => Ok(found),
        None => maximise_plain(ll, &start_or_plain(start)),
    }
}

/// The start's log-parameters where they are finite and in range, else zeros.
fn start_or_plain(start: &FitStart) -> Vec<f64> {
    if in_range(&start.log_params) {
        start.log_params.clone()
    } else {
        vec![0.0; start.log_params.len()]
    }
}

/// The Newton steps of [`maximise_near`]: the maximum where they reach it.
fn newton_near<L: LogLikelihood>(ll: &L, start: &FitStart) -> Option<FitStart> {
    let finite = in_range(&start.log_params);
    if L::EXACT_GRADIENT && finite {
        let given = start.inverse_for(start.log_params.len());
        let (p, g, value, inverse_hessian) =
            newton_steps(ll, start.log_params.clone(), NEAR_STEPS, true, given);
        let reached =
            g.iter().all(|v| v.abs() < NEAR_TOLERANCE) && value.is_finite() && in_range(&p);
        if reached {
            return Some(FitStart {
                log_params: p,
                inverse_hessian,
                at_maximum: Some((value, g)),
            });
        }
    }
    None
}

/// Up to `steps` Newton steps from `p` with the inverse Hessian `given`, or else taken at
/// `p`: the point reached, its gradient, its mean log-likelihood and the inverse Hessian
/// last used. Without `update` (the polish) a step is kept only when it brings the
/// gradient closer to zero without lowering the log-likelihood, and the first that does
/// not ends the steps. With `update` (from farther away) a step is kept where the
/// log-likelihood does not fall, the inverse Hessian is brought up to date after each from
/// the change of the gradient (BFGS's update, Nocedal & Wright eq. 6.17), and the Hessian
/// is taken again where a step fails.
fn newton_steps<L: LogLikelihood>(
    ll: &L,
    mut p: Vec<f64>,
    steps: usize,
    update: bool,
    given: Option<Matrix>,
) -> (Vec<f64>, Vec<f64>, f64, Option<Matrix>) {
    let norm = |g: &[f64]| g.iter().map(|v| v * v).sum::<f64>().sqrt();
    let (mut ll_p, mut g) = ll.mean_ll_and_gradient(&p);
    let k = p.len();
    let Some(mut inv) = given.or_else(|| inverse_hessian(ll, &p)) else {
        return (p, g, ll_p, None);
    };
    // From farther away, the Hessian may be taken again where a step failed.
    let mut refreshes = if update { MAX_REFRESHES } else { 0 };
    for _ in 0..steps {
        let mut step: Vec<f64> = (0..k)
            .map(|i| -inv[i].iter().zip(&g).map(|(a, b)| a * b).sum::<f64>())
            .collect();
        if step.iter().any(|v| !v.is_finite()) {
            break;
        }
        // The step to take is below what ends the steps once taken (below): `p` is already
        // that close to the top, and taking it would cost a pass over every customer for a
        // change in the eleventh decimal of the logs.
        if step.iter().all(|v| v.abs() < LAST_STEP) {
            break;
        }
        let longest = step.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
        if longest > MAX_NEWTON_STEP {
            if !update {
                break;
            }
            // From farther away: no longer a step than the polish would take.
            step.iter_mut()
                .for_each(|v| *v *= MAX_NEWTON_STEP / longest);
        }
        // The polish tries each step once and keeps it only where the gradient shrinks;
        // from farther away a step is kept where the log-likelihood does not fall, halved
        // up to three times, and a step that does not climb (the Hessian taken where the
        // log-likelihood is not concave, or updated out of shape) is not tried at all.
        let climbs = step.iter().zip(&g).map(|(a, b)| a * b).sum::<f64>() > 0.0;
        let tries = match (update, climbs) {
            (false, _) => 1,
            (true, true) => 4,
            (true, false) => 0,
        };
        let mut accepted = None;
        for _ in 0..tries {
            let next: Vec<f64> = p.iter().zip(&step).map(|(a, b)| a + b).collect();
            if !inside(ll, &next) {
                step.iter_mut().for_each(|v| *v *= 0.5);
                continue;
            }
            let (ll_next, g_next) = ll.mean_ll_and_gradient(&next);
            let kept = ll_next >= ll_p - 1e-12 * ll_p.abs()
                && (update || norm(&g_next) < norm(&g))
                && g_next.iter().all(|v| v.is_finite());
            if kept {
                accepted = Some((next, ll_next, g_next));
                break;
            }
            step.iter_mut().for_each(|v| *v *= 0.5);
        }
        let Some((next, ll_next, g_next)) = accepted else {
            if refreshes == 0 {
                break;
            }
            refreshes -= 1;
            match inverse_hessian(ll, &p) {
                Some(fresh) => {
                    inv = fresh;
                    continue;
                }
                None => break,
            }
        };
        if update {
            bfgs_update(&mut inv, &step, &g, &g_next);
        }
        p = next;
        g = g_next;
        ll_p = ll_next;
        if norm(&g) < 1e-13 || step.iter().all(|v| v.abs() < LAST_STEP) {
            break;
        }
    }
    (p, g, ll_p, Some(inv))
}

/// The inverse of the log-likelihood's Hessian at `p`, from central differences of the
/// gradient (symmetrised); `None` where it cannot be inverted.
fn inverse_hessian<L: LogLikelihood>(ll: &L, p: &[f64]) -> Option<Vec<Vec<f64>>> {
    let h = 1e-5;
    let k = p.len();
    let mut hess = vec![vec![0.0; k]; k];
    for j in 0..k {
        let mut up = p.to_vec();
        up[j] += h;
        let mut down = p.to_vec();
        down[j] -= h;
        let (gu, gd) = (ll.mean_ll_gradient(&up), ll.mean_ll_gradient(&down));
        for i in 0..k {
            hess[i][j] = (gu[i] - gd[i]) / (2.0 * h);
        }
    }
    // Symmetrise; each step goes to the zero of the gradient's linear model.
    let hess: Vec<Vec<f64>> = (0..k)
        .map(|i| (0..k).map(|j| 0.5 * (hess[i][j] + hess[j][i])).collect())
        .collect();
    invert(hess)
}

/// BFGS's update of `inv`, the inverse Hessian of the log-likelihood (negative definite),
/// after the step `step` took the gradient from `g` to `g_next`. For the negated
/// log-likelihood, whose inverse Hessian B = -inv is updated, the change of gradient is
/// y = g - g_next; the update is skipped where y.s is not positive (the curvature
/// condition), which keeps B positive definite.
fn bfgs_update(inv: &mut [Vec<f64>], step: &[f64], g: &[f64], g_next: &[f64]) {
    let k = step.len();
    let y: Vec<f64> = g.iter().zip(g_next).map(|(a, b)| a - b).collect();
    let ys: f64 = y.iter().zip(step).map(|(a, b)| a * b).sum();
    if !(ys > 0.0 && ys.is_finite()) {
        return;
    }
    let rho = 1.0 / ys;
    // B <- (I - rho s y^T) B (I - rho y s^T) + rho s s^T, written for inv = -B:
    // inv <- (I - rho s y^T) inv (I - rho y s^T) - rho s s^T.
    let left: Vec<Vec<f64>> = (0..k)
        .map(|i| {
            (0..k)
                .map(|j| f64::from(u8::from(i == j)) - rho * step[i] * y[j])
                .collect()
        })
        .collect();
    let product = |a: &[Vec<f64>], c: &[Vec<f64>]| -> Vec<Vec<f64>> {
        (0..k)
            .map(|i| {
                (0..k)
                    .map(|j| (0..k).map(|m| a[i][m] * c[m][j]).sum())
                    .collect()
            })
            .collect()
    };
    let right: Vec<Vec<f64>> = (0..k)
        .map(|i| (0..k).map(|j| left[j][i]).collect())
        .collect();
    let mut updated = product(&product(&left, inv), &right);
    for (i, row) in updated.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            *v -= rho * step[i] * step[j];
        }
    }
    if updated.iter().flatten().all(|v| v.is_finite()) {
        inv.clone_from_slice(&updated);
    }
}

/// Whether the line search has reached the top: the gradient is about zero, but for
/// log-parameters stopped near a bound of the model's own, still climbing (those
/// [`pinned_on_bounds`] then holds on it).
fn converged<L: LogLikelihood>(ll: &L, p: &[f64]) -> bool {
    let (v, g) = ll.mean_ll_and_gradient(p);
    let stopped = |i: usize| {
        let bound = ll.upper_log_bound(i);
        bound < MAX_LOG_PARAM && p[i] > bound - NEAR_BOUND && g[i] > 0.0
    };
    g.iter()
        .enumerate()
        .all(|(i, g)| g.abs() < GRADIENT_TOLERANCE * 10.0 || stopped(i))
        && v.is_finite()
}

fn lbfgs<L: LogLikelihood>(ll: &L, start: Vec<f64>) -> Result<Vec<f64>, ArgminError> {
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 7)
        .with_tolerance_grad(GRADIENT_TOLERANCE)?
        .with_tolerance_cost(1e-15)?;
    let watch = OnBound::default();
    let cost = Cost {
        watch: Some(&watch),
        ..Cost::new(ll, true)
    };
    let res = match Executor::new(cost, solver)
        .configure(|s| s.param(start).max_iters(500))
        .run()
    {
        Ok(res) => res,
        Err(e) => return watch.stopped().ok_or(e),
    };
    res.state
        .get_best_param()
        .cloned()
        .ok_or_else(|| ArgminError::msg("no parameters"))
}

fn nelder_mead<L: LogLikelihood>(ll: &L, start: &[f64]) -> Result<Vec<f64>, ArgminError> {
    let mut simplex = vec![start.to_vec()];
    for i in 0..start.len() {
        let mut p = start.to_vec();
        p[i] += 0.7;
        simplex.push(p);
    }
    let solver = NelderMead::new(simplex).with_sd_tolerance(1e-12)?;
    let res = Executor::new(Cost::new(ll, false), solver)
        .configure(|s| s.max_iters(3000))
        .run()?;
    res.state
        .get_best_param()
        .cloned()
        .ok_or_else(|| ArgminError::msg("no parameters"))
}

/// Covariance of the parameters (not their logs): the inverse of the negated Hessian of
/// the total log-likelihood. Where the model has the closed-form gradient, from its
/// differences: forward ones from `gradient_here` (the mean log-likelihood's gradient in
/// the logs at `log_params`, which the fit's last step worked out) when given, k gradients,
/// else central ones, 2k. Without the closed form, from central differences of the
/// log-likelihood itself (4 per pair).
pub(crate) fn covariance<L: LogLikelihood>(
    ll: &L,
    log_params: &[f64],
    gradient_here: Option<&[f64]>,
) -> Option<Vec<Vec<f64>>> {
    let held = on_bounds(ll, log_params);
    if !held.is_empty() {
        // Held on a bound: the covariance of the others, zero for the held ones.
        let k = log_params.len();
        let free = free_of(k, &held);
        let inner = Held {
            ll,
            full: log_params.to_vec(),
            free: free.clone(),
        };
        let here = gradient_here.map(|g| inner.pick(g));
        let c = covariance_plain(&inner, &inner.pick(log_params), here.as_deref())?;
        return Some(pad(&c, &free, k));
    }
    covariance_plain(ll, log_params, gradient_here)
}

/// [`covariance`] with every log-parameter free.
fn covariance_plain<L: LogLikelihood>(
    ll: &L,
    log_params: &[f64],
    gradient_here: Option<&[f64]>,
) -> Option<Vec<Vec<f64>>> {
    let theta: Vec<f64> = log_params.iter().map(|v| v.exp()).collect();
    let n = ll.customers();
    if L::EXACT_GRADIENT {
        return covariance_from_gradient(ll, &theta, gradient_here);
    }
    // Total log-likelihood in the natural parameters.
    let total = |t: &[f64]| {
        if t.iter().any(|v| *v <= 0.0) {
            return f64::NAN;
        }
        let logs: Vec<f64> = t.iter().map(|v| v.ln()).collect();
        ll.mean_ll(&logs) * n
    };
    let k = theta.len();
    let mut hess = vec![vec![0.0; k]; k];
    for i in 0..k {
        for j in i..k {
            let hi = 1e-4 * theta[i];
            let hj = 1e-4 * theta[j];
            let at = |di: f64, dj: f64| {
                let mut t = theta.clone();
                t[i] += di;
                t[j] += dj;
                total(&t)
            };
            let v = (at(hi, hj) - at(hi, -hj) - at(-hi, hj) + at(-hi, -hj)) / (4.0 * hi * hj);
            hess[i][j] = -v;
            hess[j][i] = -v;
        }
    }
    invert(hess)
}

/// Relative step of the Hessian's forward differences. Their error is about half the
/// step times the third derivative over the second, that of the gradient's rounding the
/// rounding over the step; where the parameters are strongly correlated (Gamma-Gamma's) the
/// inverse magnifies both. At 1e-7 the standard errors on the CDNOW sample come out within
/// 1.5e-5 of the exact Hessian's (lifetimes'), and the covariances within 3e-5 of the
/// central differences' (steps 1e-4, 2k gradients); 1e-6 was ten times further off, and
/// from 1e-8 on the rounding takes over.
const FORWARD_STEP: f64 = 1e-7;

/// [`covariance`] from differences of the gradient in the natural parameters (forward
/// from `gradient_here`, steps [`FORWARD_STEP`] relative, when given; else central, steps
/// 1e-4 relative), the Hessian symmetrised.
fn covariance_from_gradient<L: LogLikelihood>(
    ll: &L,
    theta: &[f64],
    gradient_here: Option<&[f64]>,
) -> Option<Vec<Vec<f64>>> {
    let n = ll.customers();
    // Gradient of the total in the natural parameters: d/d theta = (d/d ln theta) / theta.
    let natural =
        |g: &[f64], t: &[f64]| -> Vec<f64> { g.iter().zip(t).map(|(g, v)| g * n / v).collect() };
    let gradient = |t: &[f64]| -> Vec<f64> {
        let logs: Vec<f64> = t.iter().map(|v| v.ln()).collect();
        natural(&ll.mean_ll_gradient(&logs), t)
    };
    let k = theta.len();
    let here = gradient_here
        .filter(|g| g.len() == k && g.iter().all(|v| v.is_finite()))
        .map(|g| natural(g, theta));
    let mut hess = vec![vec![0.0; k]; k];
    for j in 0..k {
        let mut up = theta.to_vec();
        let column: Vec<f64> = match &here {
            Some(g0) => {
                up[j] += FORWARD_STEP * theta[j];
                // The step as the sum rounded it.
                let h = up[j] - theta[j];
                let gu = gradient(&up);
                (0..k).map(|i| -(gu[i] - g0[i]) / h).collect()
            }
            None => {
                let h = 1e-4 * theta[j];
                up[j] += h;
                let mut down = theta.to_vec();
                down[j] -= h;
                let (gu, gd) = (gradient(&up), gradient(&down));
                (0..k).map(|i| -(gu[i] - gd[i]) / (2.0 * h)).collect()
            }
        };
        for i in 0..k {
            hess[i][j] = column[i];
        }
    }
    let hess: Vec<Vec<f64>> = (0..k)
        .map(|i| (0..k).map(|j| 0.5 * (hess[i][j] + hess[j][i])).collect())
        .collect();
    invert(hess)
}

/// Inverse of a small symmetric matrix by Gauss-Jordan elimination with partial pivoting.
pub(crate) fn invert(mut m: Vec<Vec<f64>>) -> Option<Vec<Vec<f64>>> {
    let k = m.len();
    let mut inv: Vec<Vec<f64>> = (0..k)
        .map(|i| (0..k).map(|j| if i == j { 1.0 } else { 0.0 }).collect())
        .collect();
    for col in 0..k {
        let pivot = (col..k).max_by(|a, b| m[*a][col].abs().total_cmp(&m[*b][col].abs()))?;
        if m[pivot][col].abs() <= 1e-300 || m[pivot][col].is_nan() {
            return None;
        }
        m.swap(col, pivot);
        inv.swap(col, pivot);
        let p = m[col][col];
        for j in 0..k {
            m[col][j] /= p;
            inv[col][j] /= p;
        }
        for row in 0..k {
            if row != col {
                let f = m[row][col];
                for j in 0..k {
                    m[row][j] -= f * m[col][j];
                    inv[row][j] -= f * inv[col][j];
                }
            }
        }
    }
    inv.iter().flatten().all(|v| v.is_finite()).then_some(inv)
}

/// log(exp(a) + exp(b)) without overflow; either may be minus infinity.
pub(crate) fn log_add_exp(a: f64, b: f64) -> f64 {
    let (hi, lo) = if a >= b { (a, b) } else { (b, a) };
    if hi == f64::NEG_INFINITY {
        return hi;
    }
    hi + (lo - hi).exp().ln_1p()
}

/// log(exp(a) - exp(b)) for a >= b; minus infinity when they are equal or b is larger.
pub(crate) fn log_sub_exp(a: f64, b: f64) -> f64 {
    if a <= b || a.is_nan() || b.is_nan() {
        return f64::NEG_INFINITY;
    }
    a + (-(b - a).exp_m1()).ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inverse_of_a_known_matrix() {
        // [[4, 7], [2, 6]]^-1 = [[0.6, -0.7], [-0.2, 0.4]].
        let inv = invert(vec![vec![4.0, 7.0], vec![2.0, 6.0]]).unwrap_or_default();
        let want = [[0.6, -0.7], [-0.2, 0.4]];
        for i in 0..2 {
            for j in 0..2 {
                assert!((inv[i][j] - want[i][j]).abs() < 1e-12, "{inv:?}");
            }
        }
        assert!(invert(vec![vec![1.0, 2.0], vec![2.0, 4.0]]).is_none());
    }

    #[test]
    fn log_sums_in_logs() {
        assert!((log_add_exp(1000.0, 1000.0) - (1000.0 + 2f64.ln())).abs() < 1e-12);
        assert_eq!(log_add_exp(f64::NEG_INFINITY, 3.0), 3.0);
        assert!((log_sub_exp(2f64.ln(), 0.0)).abs() < 1e-15);
        assert_eq!(log_sub_exp(1.0, 1.0), f64::NEG_INFINITY);
    }
}
