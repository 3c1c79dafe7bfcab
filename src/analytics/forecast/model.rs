//! The models a forecast chooses from, and fitting any of them.

use super::ets::{self, EtsFit, EtsSpec, SeasonForm, Trend};
use super::intervals::Band;
use super::naive::{self, NaiveFit};
use super::sarima::{self, SarimaFit};

/// A forecasting model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(tag = "family", rename_all = "snake_case")]
pub enum Model {
    /// Each period as the same period one season earlier ("same as last year").
    SeasonalNaive,
    /// Each period as the last one (the baseline without seasonality).
    Naive,
    /// Holt-Winters / exponential smoothing.
    Ets(EtsSpec),
    /// SARIMA(0,1,1)(0,1,1) on logs (the airline model).
    Airline,
}

impl Model {
    /// A short code: `snaive`, `naive`, `ets(A,Ad,M)` (error, trend, season; `log ` in
    /// front when fitted on logs) or `sarima(0,1,1)(0,1,1) log`.
    pub fn code(self) -> String {
        match self {
            Model::SeasonalNaive => "snaive".to_string(),
            Model::Naive => "naive".to_string(),
            Model::Airline => "sarima(0,1,1)(0,1,1) log".to_string(),
            Model::Ets(s) => {
                let trend = match s.trend {
                    Trend::None => "N",
                    Trend::Additive => "A",
                    Trend::Damped => "Ad",
                };
                let season = match s.season {
                    SeasonForm::None => "N",
                    SeasonForm::Additive => "A",
                    SeasonForm::Multiplicative => "M",
                };
                let log = if s.log { "log " } else { "" };
                format!("{log}ets(A,{trend},{season})")
            }
        }
    }

    /// The baseline of a seasonal or non-seasonal forecast.
    pub fn baseline(seasonal: bool) -> Model {
        if seasonal {
            Model::SeasonalNaive
        } else {
            Model::Naive
        }
    }

    /// The models tried, simplest first (ties in backtest error go to the simpler one);
    /// the baseline comes first.
    pub fn candidates(seasonal: bool) -> Vec<Model> {
        let ets = |trend, season, log| Model::Ets(EtsSpec { trend, season, log });
        if seasonal {
            vec![
                Model::SeasonalNaive,
                ets(Trend::Additive, SeasonForm::Additive, false),
                ets(Trend::Damped, SeasonForm::Additive, false),
                ets(Trend::Additive, SeasonForm::Multiplicative, false),
                ets(Trend::Damped, SeasonForm::Multiplicative, false),
                ets(Trend::Additive, SeasonForm::Additive, true),
                ets(Trend::Damped, SeasonForm::Additive, true),
                Model::Airline,
            ]
        } else {
            vec![
                Model::Naive,
                ets(Trend::None, SeasonForm::None, false),
                ets(Trend::Additive, SeasonForm::None, false),
                ets(Trend::Damped, SeasonForm::None, false),
                ets(Trend::Damped, SeasonForm::None, true),
            ]
        }
    }
}

/// A fitted model, ready to forecast.
#[derive(Clone, Debug)]
pub(crate) enum Fitted {
    Naive(NaiveFit),
    Ets(EtsFit),
    Airline(SarimaFit),
}

/// Fits `model` with season `m` to `y`; `None` when it does not apply to this history.
pub(crate) fn fit(model: Model, y: &[f64], m: usize) -> Option<Fitted> {
    match model {
        Model::SeasonalNaive => naive::fit(y, m).map(Fitted::Naive),
        Model::Naive => naive::fit(y, 1).map(Fitted::Naive),
        Model::Ets(spec) => ets::fit(y, m, spec).map(Fitted::Ets),
        Model::Airline => sarima::fit(y, m).map(Fitted::Airline),
    }
}

impl Fitted {
    /// The next `h` periods with their intervals.
    pub(crate) fn forecast(&self, h: usize) -> Vec<Band> {
        match self {
            Fitted::Naive(f) => f.forecast(h),
            Fitted::Ets(f) => f.forecast(h),
            Fitted::Airline(f) => f.forecast(h),
        }
    }
}
