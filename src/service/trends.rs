//! The window's Forecast, Cohorts and Channels figures, worked out in one job from one
//! reading of the sales (issue 23): next year's revenue month by month, the monthly cohorts
//! and the channel and store groups.

use std::sync::Arc;

use chrono::NaiveDate;

use super::forecast::{ForecastRequest, ShopForecast, forecast_orders};
use super::{Error, Job, Progress, Stage};
use crate::analytics::channels::{ChannelGrouping, ChannelTable};
use crate::analytics::cohorts::CohortTable;
use crate::analytics::forecast::Step;
use crate::store::Store;

/// The Forecast, Cohorts and Channels figures of the shop.
#[derive(Debug)]
pub struct Trends {
    /// The day the figures are computed for.
    pub as_of: NaiveDate,
    /// Revenue by month and its forecast, or why there is none (too short a history).
    pub forecast: Result<ShopForecast, Arc<Error>>,
    /// Customers by the month of their first order.
    pub cohorts: CohortTable,
    /// Customers by the channel and store of their first order.
    pub channels: ChannelTable,
}

/// What the Charts tab asks of the figures: the forecast's step (month or week), the
/// cohorts' step (month or quarter) and a range of first orders. The default is what the
/// Overview shows: months, monthly cohorts, every customer, as of the window's as-of date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TrendChoice {
    /// The forecast's step: [`Step::Week`] or [`Step::Month`] (anything else is a month).
    pub forecast_step: Step,
    /// The cohorts' step: [`Step::Quarter`] or [`Step::Month`] (anything else is a month).
    pub cohort_step: Step,
    /// Cohorts and channels keep the customers whose first order is on or after this day
    /// (cohorts: whose period ends on or after it).
    pub from: Option<NaiveDate>,
    /// The last day counted, before the as-of date; `None`: the as-of date.
    pub to: Option<NaiveDate>,
}

impl Default for TrendChoice {
    fn default() -> Self {
        TrendChoice {
            forecast_step: Step::Month,
            cohort_step: Step::Month,
            from: None,
            to: None,
        }
    }
}

impl TrendChoice {
    /// The forecast's step, week or month.
    pub fn forecast_step(&self) -> Step {
        match self.forecast_step {
            Step::Week => Step::Week,
            _ => Step::Month,
        }
    }

    /// The cohorts' step, quarter or month.
    pub fn cohort_step(&self) -> Step {
        match self.cohort_step {
            Step::Quarter => Step::Quarter,
            _ => Step::Month,
        }
    }
}

/// The orders of the customers whose first order (on or before `as_of`) is on or after
/// `from`.
fn first_ordering_from(
    orders: &[crate::analytics::Order],
    from: NaiveDate,
    as_of: NaiveDate,
) -> Vec<crate::analytics::Order> {
    let mut first: std::collections::HashMap<i64, NaiveDate> = std::collections::HashMap::new();
    for o in orders.iter().filter(|o| o.date <= as_of) {
        first
            .entry(o.customer_id)
            .and_modify(|d| *d = (*d).min(o.date))
            .or_insert(o.date);
    }
    orders
        .iter()
        .filter(|o| first.get(&o.customer_id).is_some_and(|d| *d >= from))
        .copied()
        .collect()
}

/// Works out the figures as of `as_of` (default: the day of the latest sale), or as of
/// the choice's `to` when it is given; `None` when there are no sales.
pub fn trends(
    store: &Store,
    as_of: Option<NaiveDate>,
    choice: &TrendChoice,
    progress: &mut Progress<'_>,
) -> Result<Option<Arc<Trends>>, Error> {
    let as_of = choice.to.or(as_of);
    let Some((as_of, facts, first_days)) =
        super::analytics::facts_and_first_days_or_none(store, as_of, progress, Job::Forecast)?
    else {
        return Ok(None);
    };
    // The predictions (for the channels' lifetime values) from the same read of the sales;
    // meanwhile the orders, the cohorts and the channel groups, whose lifetime values are
    // added when the predictions are made.
    let ((orders, mut cohorts, grouped), clv) = crate::parallel::side_by_side(
        "clientele-orders",
        || {
            let orders = crate::analytics::orders::build_orders_until(&facts, Some(as_of));
            let cohorts = crate::analytics::cohorts::cohorts(&orders, choice.cohort_step(), as_of);
            let in_range = choice
                .from
                .map(|from| first_ordering_from(&orders, from, as_of));
            let grouped = super::channels::grouped_of(
                in_range.as_deref().unwrap_or(&orders),
                &first_days,
                ChannelGrouping::ChannelAndStore,
                as_of,
            );
            (orders, cohorts, grouped)
        },
        || super::channels::predicted_clv(store, as_of, Some(&facts), progress, (0.1, 0.8)),
    );
    let clv = clv?;
    drop(facts);
    progress.step(0.8, Stage::Forecasting, Job::Forecast)?;
    // Revenue over time counts the walk-in sales; cohorts and channels are the customers'.
    let shop_orders = super::forecast::with_walk_ins(store, &orders)?;
    let request = ForecastRequest {
        step: choice.forecast_step(),
        ..ForecastRequest::default()
    };
    let forecast = match forecast_orders(&shop_orders, as_of, &request) {
        Ok(made) => Ok(made),
        Err(e @ Error::Forecast(_)) => Err(Arc::new(e)),
        Err(e) => return Err(e),
    };
    progress.step(0.9, Stage::WorkingOutCohorts, Job::Cohorts)?;
    if let Some(from) = choice.from {
        cohorts.cohorts.retain(|c| c.period.last_day() >= from);
    }
    progress.step(0.95, Stage::WorkingOutChannels, Job::Channels)?;
    let channels = grouped.with_clv(clv.as_ref());
    progress.step(1.0, Stage::Done, Job::Channels)?;
    Ok(Some(Arc::new(Trends {
        as_of,
        forecast,
        cohorts,
        channels,
    })))
}
