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

/// Works out the figures as of `as_of` (default: the day of the latest sale); `None` when
/// there are no sales.
pub fn trends(
    store: &Store,
    as_of: Option<NaiveDate>,
    progress: &mut Progress<'_>,
) -> Result<Option<Arc<Trends>>, Error> {
    let Some((as_of, orders, first_days)) =
        super::analytics::orders_and_first_days_or_none(store, as_of, progress, Job::Forecast)?
    else {
        return Ok(None);
    };
    progress.step(0.4, Stage::Forecasting, Job::Forecast)?;
    // Revenue over time counts the walk-in sales; cohorts and channels are the customers'.
    let shop_orders = super::forecast::with_walk_ins(store, &orders)?;
    let forecast = match forecast_orders(&shop_orders, as_of, &ForecastRequest::default()) {
        Ok(made) => Ok(made),
        Err(e @ Error::Forecast(_)) => Err(Arc::new(e)),
        Err(e) => return Err(e),
    };
    progress.step(0.6, Stage::WorkingOutCohorts, Job::Cohorts)?;
    let cohorts = crate::analytics::cohorts::cohorts(&orders, Step::Month, as_of);
    let clv = super::channels::predicted_clv(store, as_of, progress, (0.65, 0.95))?;
    progress.step(0.95, Stage::WorkingOutChannels, Job::Channels)?;
    let channels = super::channels::channels_of(
        &orders,
        &first_days,
        clv.as_ref(),
        ChannelGrouping::ChannelAndStore,
        as_of,
    );
    progress.step(1.0, Stage::Done, Job::Channels)?;
    Ok(Some(Arc::new(Trends {
        as_of,
        forecast,
        cohorts,
        channels,
    })))
}
