//! The forecast of the shop's revenue or orders (issue 23): the complete periods of its
//! own sales, the model chosen by backtest, the forecast with its intervals, and on
//! request a hold-out test of the last periods.

use chrono::NaiveDate;

use super::{Error, Job, Progress, Stage};
use crate::analytics::forecast::{
    Forecast, ForecastError, ForecastOptions, ForecastSummary, History, HoldOut, Measure,
    NoSeasonReason, Period, Seasonality, Step, hold_out, order_history, summary,
};
use crate::format::Formats;
use crate::store::Store;
use crate::text::Message;

/// What to forecast.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ForecastRequest {
    /// Months or weeks.
    pub step: Step,
    /// Revenue or orders.
    pub measure: Measure,
    /// Periods ahead: 1 to one year (12 months, 52 weeks).
    pub horizon: usize,
    /// Hold out this many of the last complete periods and report the error on them.
    pub backtest: Option<usize>,
    /// The day the history ends (default: the day of the latest sale).
    pub as_of: Option<NaiveDate>,
}

impl Default for ForecastRequest {
    /// Next year's revenue month by month, as of the latest sale.
    fn default() -> Self {
        ForecastRequest {
            step: Step::Month,
            measure: Measure::Revenue,
            horizon: 12,
            backtest: None,
            as_of: None,
        }
    }
}

/// The shop's forecast with the history it was made from.
#[derive(Clone, Debug, PartialEq)]
pub struct ShopForecast {
    /// The day the history ends.
    pub as_of: NaiveDate,
    /// Revenue or orders.
    pub measure: Measure,
    /// The complete periods, and the unfinished one ("so far").
    pub history: History,
    /// The forecast after the complete periods.
    pub forecast: Forecast,
    /// The hold-out test, when one was asked for.
    pub hold_out: Option<HoldOut>,
}

impl ShopForecast {
    /// The figures `clientele forecast --json` prints.
    pub fn summary(&self) -> ForecastSummary {
        summary(self.measure, &self.forecast, self.hold_out.as_ref())
    }
}

/// Forecasts the shop's revenue or orders; `None` when there are no sales.
pub fn forecast(
    store: &Store,
    request: &ForecastRequest,
    progress: &mut Progress<'_>,
) -> Result<Option<ShopForecast>, Error> {
    let max = request.step.season_length();
    if !(1..=max).contains(&request.horizon) {
        return Err(Error::Forecast(ForecastError::Horizon {
            horizon: request.horizon,
            max,
        }));
    }
    let Some((as_of, orders)) =
        super::analytics::orders_or_none(store, request.as_of, progress, Job::Forecast)?
    else {
        return Ok(None);
    };
    progress.step(0.6, Stage::Forecasting, Job::Forecast)?;
    let made = forecast_orders(&with_walk_ins(store, &orders)?, as_of, request)?;
    progress.step(1.0, Stage::Done, Job::Forecast)?;
    Ok(Some(made))
}

/// The shop's orders for its revenue and order counts over time: the customers' orders and
/// the walk-in orders (sales naming no customer, under customer 0, which no read of a
/// customer meets: the forecast reads only days and amounts).
/// Borrowed as they are when the shop has no walk-in sale.
pub(super) fn with_walk_ins<'o>(
    store: &Store,
    orders: &'o [crate::analytics::Order],
) -> Result<std::borrow::Cow<'o, [crate::analytics::Order]>, Error> {
    let walk_ins = super::analytics::walk_ins(store)?;
    if walk_ins.is_empty() {
        return Ok(std::borrow::Cow::Borrowed(orders));
    }
    let mut all = orders.to_vec();
    all.extend(
        walk_ins
            .into_iter()
            .map(|(date, amount_cents)| crate::analytics::Order {
                customer_id: 0,
                date,
                amount_cents,
                lines: 1,
            }),
    );
    Ok(std::borrow::Cow::Owned(all))
}

/// The forecast of `orders` as `request` asks, as of `as_of`.
pub(super) fn forecast_orders(
    orders: &[crate::analytics::Order],
    as_of: NaiveDate,
    request: &ForecastRequest,
) -> Result<ShopForecast, Error> {
    let history = order_history(orders, request.step, request.measure, as_of);
    let options = ForecastOptions {
        horizon: request.horizon,
        backtest_periods: None,
    };
    let forecast = crate::analytics::forecast::forecast(&history.series, &options)?;
    let hold_out = match request.backtest {
        Some(n) => Some(hold_out(&history.series, n, &options)?),
        None => None,
    };
    Ok(ShopForecast {
        as_of,
        measure: request.measure,
        history,
        forecast,
        hold_out,
    })
}

/// What the window, the report and the command line say about a forecast, as messages
/// ([`crate::text`] words them); figures are written in the shop's formats.
impl ShopForecast {
    /// A value of the measure: money rounded to whole units, or a count of orders.
    pub fn figure(&self, f: &Formats, value: f64) -> String {
        match self.measure {
            Measure::Revenue => f.money_whole((value * 100.0).round() as i64),
            Measure::Orders => f.int(value.round() as i64),
        }
    }

    /// The periods the backtest covered, as words ("36 months", "156 weeks").
    fn span(&self, periods: usize) -> Message {
        Message::new(match self.forecast.step {
            Step::Week => "forecast-weeks",
            Step::Month | Step::Quarter => "forecast-months",
        })
        .arg("count", periods)
    }

    /// "This forecast has been 6% off on average over the last 36 months, against 11% for
    /// 'same as last year'." (the hold-out when one was asked for, else the backtest that
    /// chose the model); `None` without a MAPE.
    pub fn accuracy(&self, f: &Formats) -> Option<Message> {
        let (model, tested, baseline) = match &self.hold_out {
            Some(h) => (h.model, &h.backtest, &h.baseline),
            None => (
                self.forecast.model,
                &self.forecast.backtest,
                &self.forecast.baseline,
            ),
        };
        let mape = tested.mape?;
        let seasonal = matches!(self.forecast.seasonality, Seasonality::Seasonal { .. });
        let mut m = Message::new(match (self.hold_out.is_some(), seasonal) {
            (true, true) => "forecast-hold-out-seasonal",
            (true, false) => "forecast-hold-out-plain",
            (false, true) => "forecast-accuracy-seasonal",
            (false, false) => "forecast-accuracy-plain",
        })
        .arg("model", model.code())
        .arg("error", f.percent_whole(mape / 100.0))
        .arg("span", self.span(tested.periods));
        if let Some(base) = baseline.mape {
            m = m.arg("baseline", f.percent_whole(base / 100.0));
        }
        Some(m)
    }

    /// How often the intervals held the actual values in the backtest.
    pub fn coverage(&self, f: &Formats) -> Option<Message> {
        let tested = match &self.hold_out {
            Some(h) => &h.backtest,
            None => &self.forecast.backtest,
        };
        Some(
            Message::new("forecast-coverage")
                .arg("p80", f.percent_whole(0.8))
                .arg("p95", f.percent_whole(0.95))
                .arg("c80", f.percent_whole(tested.coverage80?))
                .arg("c95", f.percent_whole(tested.coverage95?)),
        )
    }

    /// Why the forecast has no season, when it has none.
    pub fn without_season(&self) -> Option<Message> {
        match self.forecast.seasonality {
            Seasonality::Seasonal { .. } => None,
            Seasonality::Absent {
                reason: NoSeasonReason::ShortHistory { periods, needed },
            } => Some(
                Message::new("forecast-short-history")
                    .arg("span", self.span(periods))
                    .arg("needed", self.span(needed)),
            ),
        }
    }

    /// "December so far: 12 345 (through 5 December 2026)."
    pub fn so_far(&self, f: &Formats) -> Option<Message> {
        let part = self.history.so_far?;
        Some(
            Message::new("forecast-so-far")
                .arg("period", self.period_name(f, part.period))
                .arg("value", self.figure(f, part.value))
                .arg("through", f.date_words(part.through)),
        )
    }

    /// "Next month: about 48 000 (40 000–56 000)", with the 80% interval.
    pub fn next_period(&self, f: &Formats) -> Option<Message> {
        let next = self.forecast.points.first()?;
        Some(
            Message::new(match self.forecast.step {
                Step::Week => "forecast-next-week",
                Step::Month | Step::Quarter => "forecast-next-month",
            })
            .arg("value", self.figure(f, next.value))
            .arg("lo", self.figure(f, next.lo80))
            .arg("hi", self.figure(f, next.hi80)),
        )
    }

    /// A period as people read it: the month's name and year, or the week's label.
    pub fn period_name(&self, f: &Formats, period: Period) -> String {
        match period.step() {
            Step::Month => f.month(period.first_day()),
            Step::Week | Step::Quarter => period.to_string(),
        }
    }
}
