//! The figures of the report's Forecast, Cohorts and Channels sections (issue 23), as of
//! the period's last day: revenue by month and its forecast, the monthly cohorts, and the
//! customers grouped by the channel and store of their first order.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::analytics::channels::{ChannelGrouping, ChannelTable, SaleOrigin, channels};
use crate::analytics::cohorts::{CohortTable, cohorts};
use crate::analytics::forecast::{
    Forecast, ForecastError, ForecastOptions, History, Measure, Step, forecast, order_history,
};
use crate::analytics::orders::Order;
use crate::analytics::rfm::Tier;
use crate::model::SaleDetail;

/// What the three sections print.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendData {
    /// Revenue by complete month up to the period's end, and the month under way.
    pub history: History,
    /// The next twelve months, or why there is no forecast.
    pub forecast: Result<Forecast, ForecastError>,
    /// Customers by the month of their first order.
    pub cohorts: CohortTable,
    /// Customers by the channel and store of their first order.
    pub channels: ChannelTable,
}

/// The sections' figures from the orders up to `as_of`, each customer's first-day sale
/// origins, their value tiers and predicted lifetime values.
pub fn trend_data(
    orders: &[Order],
    first_origins: &[SaleDetail],
    tiers: &BTreeMap<i64, Tier>,
    clv: Option<&crate::analytics::channels::ClvByCustomer>,
    as_of: NaiveDate,
) -> TrendData {
    let history = order_history(orders, Step::Month, Measure::Revenue, as_of);
    let forecast = forecast(&history.series, &ForecastOptions::default());
    let origins: Vec<SaleOrigin> = first_origins
        .iter()
        .map(|d| SaleOrigin {
            customer_id: d.customer_id,
            date: d.sold_on,
            channel: d.channel.as_deref().map(str::to_string),
            store: d.store.as_deref().map(str::to_string),
        })
        .collect();
    TrendData {
        history,
        forecast,
        cohorts: cohorts(orders, Step::Month, as_of),
        channels: channels(
            orders,
            &origins,
            tiers,
            clv,
            ChannelGrouping::ChannelAndStore,
            as_of,
        ),
    }
}
