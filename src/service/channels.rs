//! Customers grouped by the channel and store of their first order: how often they come
//! back, what they bring in their first year and which value tiers they reach (issue 23).

use chrono::NaiveDate;

use super::predict::PredictOptions;
use super::{Error, Job, Progress, Stage};
use crate::analytics::channels::{
    ChannelGrouping, ChannelKey, ChannelTable, ClvByCustomer, Grouped, SaleOrigin,
};
use crate::analytics::predict::PredictOutcome;
use crate::analytics::rfm::{Scoring, rfm_with, tiers};
use crate::format::Formats;
use crate::store::Store;
use crate::text::Message;

/// The channel groups of the shop as of `as_of` (default: the day of the latest sale);
/// `None` when there are no sales.
pub fn channels(
    store: &Store,
    grouping: ChannelGrouping,
    as_of: Option<NaiveDate>,
    progress: &mut Progress<'_>,
) -> Result<Option<ChannelTable>, Error> {
    let Some((as_of, facts, first_days)) =
        super::analytics::facts_and_first_days_or_none(store, as_of, progress, Job::Channels)?
    else {
        return Ok(None);
    };
    // The predictions from the same read of the sales (when they are not kept already),
    // the orders and the groups meanwhile.
    let (grouped, clv) = crate::parallel::side_by_side(
        "clientele-orders",
        || {
            let orders = crate::analytics::orders::build_orders_until(&facts, Some(as_of));
            grouped_of(&orders, &first_days, grouping, as_of)
        },
        || predicted_clv(store, as_of, Some(&facts), progress, (0.3, 0.9)),
    );
    let clv = clv?;
    drop(facts);
    progress.step(0.9, Stage::WorkingOutChannels, Job::Channels)?;
    let table = grouped.with_clv(clv.as_ref());
    progress.step(1.0, Stage::Done, Job::Channels)?;
    Ok(Some(table))
}

/// Each customer's predicted lifetime value as of `as_of`, as `clientele predict --as-of`
/// gives it with the shop's margin and discount rate; `None` when the shop has too little
/// data for the models or they cannot be fitted. The prediction's progress is reported as
/// the part `span` (from, to) of the caller's job. `facts` are the sale facts when the
/// caller has read them already.
pub fn predicted_clv(
    store: &Store,
    as_of: NaiveDate,
    facts: Option<&[crate::model::SaleFact]>,
    progress: &mut Progress<'_>,
    span: (f32, f32),
) -> Result<Option<ClvByCustomer>, Error> {
    let options = PredictOptions {
        as_of: Some(as_of),
        ..PredictOptions::for_shop(&store.settings()?)
    };
    let cancel = progress.cancel.clone();
    let (from, to) = span;
    let mut part = Progress::new(
        |done, total, stage| {
            let share = if total == 0 {
                0.0
            } else {
                done as f32 / total as f32
            };
            progress.fraction(from + (to - from) * share, stage);
        },
        cancel,
    );
    let outcome = match super::predict::run_with(store, &options, facts, &mut part) {
        Ok(made) => made.outcome,
        Err(Error::Predict(_)) => return Ok(None),
        Err(e) => return Err(e),
    };
    Ok(match outcome {
        PredictOutcome::Ready(p) => Some(clv_by_customer(&p)),
        PredictOutcome::TooLittleData(_) => None,
    })
}

/// Each customer's lifetime value in `p`.
pub fn clv_by_customer(p: &crate::analytics::predict::Prediction) -> ClvByCustomer {
    p.customers
        .iter()
        .map(|c| (c.history.customer_id, c.clv))
        .collect()
}

/// The channel groups of `orders` as of `as_of`, with the first days' channels and stores
/// as [`Store::first_day_origins`] gives them, before the predicted lifetime values are
/// added ([`Grouped::with_clv`]).
pub(super) fn grouped_of(
    orders: &[crate::analytics::Order],
    first_days: &[crate::model::SaleDetail],
    grouping: ChannelGrouping,
    as_of: NaiveDate,
) -> Grouped {
    let origins: Vec<SaleOrigin> = first_days
        .iter()
        .map(|d| SaleOrigin {
            customer_id: d.customer_id,
            date: d.sold_on,
            channel: d.channel.as_ref().map(|c| c.to_string()),
            store: d.store.as_ref().map(|s| s.to_string()),
        })
        .collect();
    let tiers = tiers(&rfm_with(orders, as_of, Scoring::default()));
    crate::analytics::channels::grouped(orders, &origins, &tiers, grouping, as_of)
}

/// Fewest customers with a full year behind them for a group to be compared in words.
pub const FEWEST_TO_COMPARE: usize = 30;

/// A group's name: its channel, its store, or both ("shop, Lyon"); a missing one is said
/// as not given.
pub fn group_name(key: &ChannelKey) -> Message {
    let parts: Vec<&str> = [key.channel.as_deref(), key.store.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        Message::new("channels-not-given")
    } else {
        Message::new("channels-group").arg("name", parts.join(", "))
    }
}

/// "Customers who first bought through market come back less often within a year (22%)
/// than those who first bought through shop, Lyon (41%).": the groups with the lowest and
/// highest one-year repeat rate among those with enough customers; `None` when fewer than
/// two groups can be compared or their rates are the same.
pub fn comparison(table: &ChannelTable, f: &Formats) -> Option<Message> {
    let ((low, low_rate), (high, high_rate)) = table.least_and_most_returning(FEWEST_TO_COMPARE)?;
    if f.percent_whole(low_rate) == f.percent_whole(high_rate) {
        return None;
    }
    Some(
        Message::new("channels-compare")
            .arg("low", group_name(&low.key))
            .arg("low_rate", f.percent_whole(low_rate))
            .arg("high", group_name(&high.key))
            .arg("high_rate", f.percent_whole(high_rate)),
    )
}
