//! Backtests: fit on the history up to an origin, forecast what came after, and measure
//! the error and how often the intervals held the actual value.

use super::intervals::{Band, Z95};
use super::model::{self, Model};
use super::series::{Period, Series};

/// One backtest forecast against the value that came.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct BacktestPoint {
    /// The period forecast.
    pub period: Period,
    /// The last period the model saw.
    pub origin: Period,
    /// Periods ahead of the origin (1 = the next one).
    pub ahead: usize,
    /// What happened.
    pub actual: f64,
    /// The forecast.
    pub forecast: f64,
    /// The 80% interval.
    pub lo80: f64,
    pub hi80: f64,
    /// The 95% interval.
    pub lo95: f64,
    pub hi95: f64,
}

/// The errors of one model over a backtest.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Backtest {
    /// The model tested.
    pub model: Model,
    /// The periods at the end of the history that were forecast.
    pub periods: usize,
    /// The number of forecast origins (1 for a plain hold-out).
    pub origins: usize,
    /// Mean absolute error.
    pub mae: Option<f64>,
    /// Mean absolute percentage error, in percent, over the periods whose actual is not 0.
    pub mape: Option<f64>,
    /// Mean absolute scaled error: the MAE over the mean absolute season-on-season change
    /// (period-on-period without seasonality) of the history before the first origin.
    pub mase: Option<f64>,
    /// Share of actual values inside the 80% interval (0..1).
    pub coverage80: Option<f64>,
    /// Share of actual values inside the 95% interval (0..1).
    pub coverage95: Option<f64>,
    /// Every forecast compared.
    pub points: Vec<BacktestPoint>,
}

/// Forecasts from each origin (a number of periods fitted) up to `horizon` periods or the
/// end of the series, and measures the errors. `lag` is the season length (1 without
/// seasonality); the intervals are widened by `widening` (1 keeps them). `None` when the
/// model cannot be fitted at some origin.
pub(crate) fn evaluate(
    series: &Series,
    lag: usize,
    model: Model,
    origins: &[usize],
    horizon: usize,
    widening: f64,
) -> Option<Backtest> {
    let y = &series.values;
    let mut points = Vec::new();
    for &origin in origins {
        let steps = horizon.min(y.len().saturating_sub(origin));
        if steps == 0 {
            continue;
        }
        let fitted = model::fit(model, &y[..origin], lag)?;
        let bands = fitted
            .forecast(steps)
            .into_iter()
            .map(|b| b.widen(widening));
        let bands = clamp(bands.collect(), y);
        for (k, band) in bands.into_iter().enumerate() {
            points.push(point(series, origin, k, band));
        }
    }
    let first = origins.iter().copied().min().unwrap_or(0);
    Some(summarise(model, series, lag, first, origins.len(), points))
}

/// The forecast of the `k`-th period after `origin` as a backtest point.
fn point(series: &Series, origin: usize, k: usize, band: Band) -> BacktestPoint {
    BacktestPoint {
        period: series.period(origin + k),
        origin: series.period(origin.saturating_sub(1)),
        ahead: k + 1,
        actual: series.values[origin + k],
        forecast: band.value,
        lo80: band.lo80,
        hi80: band.hi80,
        lo95: band.lo95,
        hi95: band.hi95,
    }
}

/// Forecasts of a history with no negative value are not negative either (revenue and
/// order counts cannot be).
pub(crate) fn clamp(bands: Vec<Band>, history: &[f64]) -> Vec<Band> {
    if history.iter().any(|v| *v < 0.0) {
        return bands;
    }
    bands.into_iter().map(|b| b.map(|v| v.max(0.0))).collect()
}

/// How much a model's intervals must widen to match its backtest errors: the root mean
/// square of the errors in units of the interval's own standard deviation (the 95%
/// half-width on the error's side over 1.96), at least 1. Analytic intervals leave out the
/// uncertainty of the fitted parameters, which the backtest errors hold.
pub(crate) fn widening(points: &[BacktestPoint]) -> f64 {
    let z: Vec<f64> = points
        .iter()
        .filter_map(|p| {
            let half = if p.actual >= p.forecast {
                p.hi95 - p.forecast
            } else {
                p.forecast - p.lo95
            };
            (half > 0.0).then(|| (p.actual - p.forecast) * Z95 / half)
        })
        .collect();
    if z.is_empty() {
        return 1.0;
    }
    let rms = (z.iter().map(|v| v * v).sum::<f64>() / z.len() as f64).sqrt();
    if rms.is_finite() { rms.max(1.0) } else { 1.0 }
}

fn summarise(
    model: Model,
    series: &Series,
    lag: usize,
    first_origin: usize,
    origins: usize,
    points: Vec<BacktestPoint>,
) -> Backtest {
    let mean = |xs: &mut dyn Iterator<Item = f64>| {
        let (sum, count) = xs.fold((0.0, 0usize), |(s, c), x| (s + x, c + 1));
        (count > 0).then(|| sum / count as f64)
    };
    let mae = mean(&mut points.iter().map(|p| (p.actual - p.forecast).abs()));
    let mape = mean(
        &mut points
            .iter()
            .filter(|p| p.actual != 0.0)
            .map(|p| 100.0 * ((p.actual - p.forecast) / p.actual).abs()),
    );
    let train = &series.values[..first_origin.min(series.len())];
    let scale = mean(&mut train.windows(lag + 1).map(|w| (w[lag] - w[0]).abs()));
    let mase = match (mae, scale) {
        (Some(e), Some(s)) if s > 0.0 => Some(e / s),
        _ => None,
    };
    let inside = |lo: fn(&BacktestPoint) -> (f64, f64)| {
        mean(&mut points.iter().map(|p| {
            let (a, b) = lo(p);
            f64::from(u8::from(a <= p.actual && p.actual <= b))
        }))
    };
    let periods = points
        .iter()
        .map(|p| p.period)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    Backtest {
        model,
        periods,
        origins,
        mae,
        mape,
        mase,
        coverage80: inside(|p| (p.lo80, p.hi80)),
        coverage95: inside(|p| (p.lo95, p.hi95)),
        points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::forecast::series::Step;
    use chrono::NaiveDate;

    #[test]
    fn errors_and_coverage_by_hand() {
        // Seasonal naive with season 2 on 1, 3, 2, 4, 3, 5 from origin 4: forecasts 2, 4
        // against 3, 5: MAE 1, MAPE (1/3 + 1/5) / 2 = 26.67%, scale over the first four
        // values mean(|2-1|, |4-3|) = 1, MASE 1. Errors in the history: 1, 1 -> sigma 1;
        // 80% band +-1.28 holds both actuals, as does the 95% band.
        let start = Period::containing(
            Step::Month,
            NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default(),
        );
        let s = Series::new(start, vec![1.0, 3.0, 2.0, 4.0, 3.0, 5.0]);
        let b =
            evaluate(&s, 2, Model::SeasonalNaive, &[4], 12, 1.0).unwrap_or_else(|| panic!("fits"));
        assert_eq!(b.points.len(), 2);
        assert_eq!(b.mae, Some(1.0));
        assert!((b.mape.unwrap_or(0.0) - 100.0 * (1.0 / 3.0 + 0.2) / 2.0).abs() < 1e-9);
        assert_eq!(b.mase, Some(1.0));
        assert_eq!((b.coverage80, b.coverage95), (Some(1.0), Some(1.0)));
        assert_eq!(b.points[1].period.to_string(), "2025-06");
        assert_eq!(b.points[1].origin.to_string(), "2025-04");
        // Both errors are 1 against a standard deviation of 1: no widening needed.
        assert!((widening(&b.points) - 1.0).abs() < 1e-9);
        // Doubled errors ask for doubled intervals.
        let wide: Vec<BacktestPoint> = b
            .points
            .iter()
            .map(|p| BacktestPoint {
                actual: p.forecast + 2.0 * (p.actual - p.forecast),
                ..*p
            })
            .collect();
        assert!((widening(&wide) - 2.0).abs() < 1e-9);
    }
}
