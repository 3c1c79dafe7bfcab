//! The figures of a forecast in the shape of the command line's JSON (issue 23):
//! `{step, measure, model, history_periods, backtest: {periods, mape, mase,
//! seasonal_naive_mape, coverage80, coverage95, points: [{period, actual, forecast}]},
//! forecast: [{period, value, lo80, hi80, lo95, hi95}]}`. Percentages are in percent,
//! coverages are shares (0..1).

use super::backtest::Backtest;
use super::series::{Measure, Period, Step};
use super::{Forecast, ForecastPoint, HoldOut};

/// The command line's JSON for `clientele forecast`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ForecastSummary {
    /// `month` or `week`.
    pub step: Step,
    /// `revenue` or `orders`.
    pub measure: Measure,
    /// The chosen model's short code ([`super::Model::code`]).
    pub model: String,
    /// Complete periods fitted.
    pub history_periods: usize,
    /// The hold-out when one was asked for (`--backtest N`), else the rolling backtest
    /// that chose the model.
    pub backtest: BacktestSummary,
    /// The forecast periods.
    pub forecast: Vec<ForecastPoint>,
}

/// The backtest part of [`ForecastSummary`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct BacktestSummary {
    /// Periods forecast again.
    pub periods: usize,
    /// The model's MAPE, in percent.
    pub mape: Option<f64>,
    /// The model's MASE.
    pub mase: Option<f64>,
    /// The baseline's MAPE ("same as last year"; "same as last period" without a season).
    pub seasonal_naive_mape: Option<f64>,
    /// Share of actual values inside the 80% interval.
    pub coverage80: Option<f64>,
    /// Share of actual values inside the 95% interval.
    pub coverage95: Option<f64>,
    /// Each forecast against what happened.
    pub points: Vec<SummaryPoint>,
}

/// One backtest forecast in [`BacktestSummary`].
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct SummaryPoint {
    /// The period forecast.
    pub period: Period,
    /// What happened.
    pub actual: f64,
    /// The forecast.
    pub forecast: f64,
}

/// The summary of `forecast` of `measure`, with the figures of `hold_out` when given.
pub fn summary(
    measure: Measure,
    forecast: &Forecast,
    hold_out: Option<&HoldOut>,
) -> ForecastSummary {
    let (tested, baseline): (&Backtest, &Backtest) = match hold_out {
        Some(h) => (&h.backtest, &h.baseline),
        None => (&forecast.backtest, &forecast.baseline),
    };
    ForecastSummary {
        step: forecast.step,
        measure,
        model: forecast.model.code(),
        history_periods: forecast.history_periods,
        backtest: BacktestSummary {
            periods: tested.periods,
            mape: tested.mape,
            mase: tested.mase,
            seasonal_naive_mape: baseline.mape,
            coverage80: tested.coverage80,
            coverage95: tested.coverage95,
            points: tested
                .points
                .iter()
                .map(|p| SummaryPoint {
                    period: p.period,
                    actual: p.actual,
                    forecast: p.forecast,
                })
                .collect(),
        },
        forecast: forecast.points.clone(),
    }
}
