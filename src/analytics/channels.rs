//! Channels and stores: customers grouped by where their first order came from, with how
//! often they come back, what they bring in their first year and which value tiers they
//! reach. Pure: orders, the channel and store of sale lines, and tiers in; typed groups
//! out.

use std::collections::{BTreeMap, HashMap};

use foldhash::fast::FixedState;

use chrono::{Days, NaiveDate};

use crate::analytics::orders::Order;
use crate::analytics::rfm::Tier;

/// Each customer's predicted lifetime value, by customer id: looked up once a customer,
/// with a fast hash of fixed seed.
pub type ClvByCustomer = HashMap<i64, f64, FixedState>;

/// Days after the first order within which a second order counts as a repeat.
pub const REPEAT_WINDOWS_DAYS: [u64; 2] = [90, 365];
/// Days after the first order whose revenue counts as "at 12 months".
pub const REVENUE_WINDOW_DAYS: u64 = 365;

/// Where one sale line came from, as the store reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaleOrigin {
    /// The root customer.
    pub customer_id: i64,
    /// The day of the sale.
    pub date: NaiveDate,
    /// The sale's channel (`None` or empty when the file gave none).
    pub channel: Option<String>,
    /// The sale's store (`None` or empty when the file gave none).
    pub store: Option<String>,
}

/// What customers are grouped by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelGrouping {
    /// The channel of the first order.
    Channel,
    /// The store of the first order.
    Store,
    /// Both.
    ChannelAndStore,
}

/// The key of a group: a channel, a store or both (`None` = not given in the data).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct ChannelKey {
    /// The channel, when grouping by it and known.
    pub channel: Option<String>,
    /// The store, when grouping by it and known.
    pub store: Option<String>,
}

/// A share with its count and base, so small groups show as small.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Rate {
    /// Customers whose whole window lies before the as-of date.
    pub eligible: usize,
    /// Of those, the customers who ordered again within the window.
    pub repeated: usize,
}

impl Rate {
    /// `repeated / eligible`, `None` without eligible customers.
    pub fn share(&self) -> Option<f64> {
        (self.eligible > 0).then(|| self.repeated as f64 / self.eligible as f64)
    }
}

/// One group of customers acquired through the same channel (and store).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ChannelGroup {
    /// The channel and store.
    pub key: ChannelKey,
    /// Customers whose first order came from here (on or before the as-of date).
    pub customers: usize,
    /// A second order within 90 days of the first, over customers first seen at least
    /// 90 days before the as-of date.
    pub repeat_90: Rate,
    /// The same within 365 days.
    pub repeat_365: Rate,
    /// Customers first seen at least 365 days before the as-of date.
    pub customers_12m: usize,
    /// Their revenue in the 365 days from their first order (both days included), cents.
    pub revenue_12m_cents: i64,
    /// The group's customers in each value tier (customers without a tier are left out).
    pub tiers: BTreeMap<Tier, usize>,
    /// The predicted lifetime value of the group's customers who have one; `None` when
    /// the shop has too little data for any prediction.
    pub clv: Option<ClvAverage>,
}

/// The predicted lifetime values of a group's customers, added up.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct ClvAverage {
    /// Customers of the group with a prediction.
    pub predicted: usize,
    /// The sum of their lifetime values, in currency units.
    pub total: f64,
}

impl ClvAverage {
    /// The average lifetime value, `None` when no customer of the group has a prediction.
    pub fn average(&self) -> Option<f64> {
        (self.predicted > 0).then(|| self.total / self.predicted as f64)
    }
}

impl ChannelGroup {
    /// Average revenue per customer at 12 months, in currency units; `None` when no
    /// customer of the group has a full year.
    pub fn revenue_12m_per_customer(&self) -> Option<f64> {
        (self.customers_12m > 0)
            .then(|| self.revenue_12m_cents as f64 / 100.0 / self.customers_12m as f64)
    }

    /// The share of the group's tiered customers in `tier` (0..1).
    pub fn tier_share(&self, tier: Tier) -> Option<f64> {
        let all: usize = self.tiers.values().sum();
        (all > 0).then(|| self.tiers.get(&tier).copied().unwrap_or(0) as f64 / all as f64)
    }
}

/// Customers grouped by the channel and store of their first order.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ChannelTable {
    /// What the groups are.
    pub grouping: ChannelGrouping,
    /// Orders after this day are left out.
    pub as_of: NaiveDate,
    /// Groups, most customers first (ties by key).
    pub groups: Vec<ChannelGroup>,
}

/// A group and its one-year repeat rate.
pub type RatedGroup<'a> = (&'a ChannelGroup, f64);

impl ChannelTable {
    /// The groups with the lowest and the highest one-year repeat rate among those with at
    /// least `fewest` customers whose year is behind them, with their rates; `None` with
    /// fewer than two such groups.
    pub fn least_and_most_returning(
        &self,
        fewest: usize,
    ) -> Option<(RatedGroup<'_>, RatedGroup<'_>)> {
        let rated: Vec<RatedGroup<'_>> = self
            .groups
            .iter()
            .filter(|g| g.repeat_365.eligible >= fewest)
            .filter_map(|g| Some((g, g.repeat_365.share()?)))
            .collect();
        if rated.len() < 2 {
            return None;
        }
        let low = rated.iter().min_by(|a, b| a.1.total_cmp(&b.1))?;
        let high = rated.iter().max_by(|a, b| a.1.total_cmp(&b.1))?;
        Some((*low, *high))
    }
}

/// The trimmed value, `None` when missing or blank.
fn known(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// A group's key while counting: borrowed from the sale lines.
type Key<'a> = (Option<&'a str>, Option<&'a str>);

/// Groups customers by the channel and store of their first order, as of `as_of`.
///
/// A customer's first order is their earliest order on or before the as-of date; its
/// channel and store are those of the customer's sale lines on that day (the smallest
/// channel, then store, when lines of that day disagree). `orders` are the customers'
/// orders (any order), `origins` their sale lines' channels and stores, `tiers` the value
/// tier of each customer, `clv` each customer's predicted lifetime value (`None` when
/// there are no predictions at all; customers missing from it are left out of the average).
pub fn channels(
    orders: &[Order],
    origins: &[SaleOrigin],
    tiers: &BTreeMap<i64, Tier>,
    clv: Option<&ClvByCustomer>,
    grouping: ChannelGrouping,
    as_of: NaiveDate,
) -> ChannelTable {
    grouped(orders, origins, tiers, grouping, as_of).with_clv(clv)
}

/// The channel groups before the predicted lifetime values are added: the table with no
/// lifetime values, and each customer's group.
///
/// Everything [`channels`] works out but the lifetime values, so that it can be done while
/// the predictions are made.
#[derive(Clone, Debug, PartialEq)]
pub struct Grouped {
    table: ChannelTable,
    /// Each customer and the place of their group in `table.groups`, by customer id.
    members: Vec<(i64, usize)>,
}

impl Grouped {
    /// The table, with each group's average of `clv` over its customers who have one
    /// (`None` when there are no predictions at all), as [`channels`] gives it.
    pub fn with_clv(self, clv: Option<&ClvByCustomer>) -> ChannelTable {
        let Grouped { mut table, members } = self;
        for g in &mut table.groups {
            g.clv = clv.map(|_| ClvAverage::default());
        }
        if let Some(clv) = clv {
            // By customer id, as the groups were counted, so the sums are added in one order.
            for (id, place) in members {
                if let (Some(value), Some(sum)) = (
                    clv.get(&id),
                    table.groups.get_mut(place).and_then(|g| g.clv.as_mut()),
                ) {
                    sum.predicted += 1;
                    sum.total += value;
                }
            }
        }
        table
    }
}

/// [`channels`] without the lifetime values (see [`Grouped`]).
pub fn grouped(
    orders: &[Order],
    origins: &[SaleOrigin],
    tiers: &BTreeMap<i64, Tier>,
    grouping: ChannelGrouping,
    as_of: NaiveDate,
) -> Grouped {
    let mut sorted: Vec<&Order> = orders.iter().filter(|o| o.date <= as_of).collect();
    sorted.sort_unstable_by_key(|o| (o.customer_id, o.date));
    let customers = sorted.chunk_by(|a, b| a.customer_id == b.customer_id);
    // Looked up once a customer: a fast hash of fixed seed.
    let first_day: HashMap<i64, NaiveDate, FixedState> = customers
        .clone()
        .filter_map(|run| run.first().map(|o| (o.customer_id, o.date)))
        .collect();
    let mut origin: HashMap<i64, Key<'_>, FixedState> =
        HashMap::with_capacity_and_hasher(first_day.len(), FixedState::default());
    for s in origins {
        if first_day.get(&s.customer_id) != Some(&s.date) {
            continue;
        }
        let key = (
            known(&s.channel).filter(|_| grouping != ChannelGrouping::Store),
            known(&s.store).filter(|_| grouping != ChannelGrouping::Channel),
        );
        origin
            .entry(s.customer_id)
            .and_modify(|k| *k = (*k).min(key))
            .or_insert(key);
    }
    let within = |start: NaiveDate, days: u64| {
        start
            .checked_add_days(Days::new(days))
            .filter(|end| *end <= as_of)
    };
    let mut groups: HashMap<Key<'_>, ChannelGroup> = HashMap::new();
    let mut members: Vec<(i64, Key<'_>)> = Vec::with_capacity(first_day.len());
    for run in customers {
        let Some(first) = run.first() else {
            continue;
        };
        let id = first.customer_id;
        let key = origin.get(&id).copied().unwrap_or((None, None));
        let g = groups.entry(key).or_insert_with(|| ChannelGroup {
            key: ChannelKey {
                channel: key.0.map(str::to_string),
                store: key.1.map(str::to_string),
            },
            customers: 0,
            repeat_90: Rate::default(),
            repeat_365: Rate::default(),
            customers_12m: 0,
            revenue_12m_cents: 0,
            tiers: BTreeMap::new(),
            clv: None,
        });
        g.customers += 1;
        let second = run.get(1).map(|o| o.date);
        for (days, rate) in REPEAT_WINDOWS_DAYS
            .into_iter()
            .zip([&mut g.repeat_90, &mut g.repeat_365])
        {
            if let Some(end) = within(first.date, days) {
                rate.eligible += 1;
                rate.repeated += usize::from(second.is_some_and(|d| d <= end));
            }
        }
        if let Some(end) = within(first.date, REVENUE_WINDOW_DAYS) {
            g.customers_12m += 1;
            g.revenue_12m_cents += run
                .iter()
                .take_while(|o| o.date <= end)
                .map(|o| o.amount_cents)
                .sum::<i64>();
        }
        if let Some(t) = tiers.get(&id) {
            *g.tiers.entry(*t).or_default() += 1;
        }
        members.push((id, key));
    }
    let mut groups: Vec<ChannelGroup> = groups.into_values().collect();
    groups.sort_by(|a, b| b.customers.cmp(&a.customers).then(a.key.cmp(&b.key)));
    let place: HashMap<Key<'_>, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| ((g.key.channel.as_deref(), g.key.store.as_deref()), i))
        .collect();
    let members = members
        .into_iter()
        .filter_map(|(id, key)| Some((id, *place.get(&key)?)))
        .collect();
    Grouped {
        table: ChannelTable {
            grouping,
            as_of,
            groups,
        },
        members,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::cohorts::tests::{d, order};

    fn line(customer_id: i64, day: &str, channel: &str, store: &str) -> SaleOrigin {
        SaleOrigin {
            customer_id,
            date: d(day),
            channel: Some(channel.to_string()),
            store: Some(store.to_string()),
        }
    }

    /// Worked by hand, as of 2025-12-31:
    /// - 1 (web): first 2024-01-10, again 2024-03-01 (51 days) and 2025-06-01;
    /// - 2 (web): first 2024-06-01, again 2025-05-01 (334 days);
    /// - 3 (market): first 2024-02-01 (its web order the same day is a later channel in
    ///   the alphabet, so market wins), never again;
    /// - 4 (market): first 2025-11-15, too recent for either window; its web order of
    ///   2026 is after the as-of date and left out;
    /// - 5 (web): first 2025-09-01, again 2025-09-20: eligible for 90 days only.
    #[test]
    fn groups_by_hand() {
        let orders = [
            order(1, "2024-01-10", 1000),
            order(1, "2024-03-01", 2000),
            order(1, "2025-06-01", 4000),
            order(2, "2024-06-01", 500),
            order(2, "2025-05-01", 500),
            order(3, "2024-02-01", 300),
            order(4, "2025-11-15", 800),
            order(4, "2026-01-05", 800),
            order(5, "2025-09-01", 100),
            order(5, "2025-09-20", 100),
        ];
        let origins = [
            line(1, "2024-01-10", "web", ""),
            line(1, "2024-03-01", "market", ""),
            line(2, "2024-06-01", "web", ""),
            line(3, "2024-02-01", "web", ""),
            line(3, "2024-02-01", "market", ""),
            line(4, "2025-11-15", "market", ""),
            line(4, "2026-01-05", "web", ""),
            line(5, "2025-09-01", "web", ""),
        ];
        let tiers = BTreeMap::from([(1, Tier::A), (2, Tier::B), (3, Tier::C), (5, Tier::C)]);
        let t = channels(
            &orders,
            &origins,
            &tiers,
            None,
            ChannelGrouping::Channel,
            d("2025-12-31"),
        );
        assert_eq!(t.groups.len(), 2);
        let web = &t.groups[0];
        assert_eq!(web.key.channel.as_deref(), Some("web"));
        assert_eq!(web.key.store, None);
        assert_eq!(web.customers, 3);
        // 90 days: 1 (yes), 2 (no), 5 (yes; 2025-09-01 + 90 = 2025-11-30 <= as-of).
        assert_eq!(
            web.repeat_90,
            Rate {
                eligible: 3,
                repeated: 2
            }
        );
        // 365 days: 1 and 2 eligible, both came back; 5 is too recent.
        assert_eq!(
            web.repeat_365,
            Rate {
                eligible: 2,
                repeated: 2
            }
        );
        // At 12 months: 1 brought 10 + 20 (2025-06-01 is after 2025-01-10), 2 brought 5 + 5.
        assert_eq!((web.customers_12m, web.revenue_12m_cents), (2, 4000));
        assert_eq!(web.revenue_12m_per_customer(), Some(20.0));
        assert_eq!(web.tier_share(Tier::A), Some(1.0 / 3.0));
        let market = &t.groups[1];
        assert_eq!(market.customers, 2);
        assert_eq!(
            market.repeat_90,
            Rate {
                eligible: 1,
                repeated: 0
            }
        );
        assert_eq!(market.repeat_365.share(), Some(0.0));
        assert_eq!(market.revenue_12m_per_customer(), Some(3.0));
        assert_eq!(market.tiers.get(&Tier::C), Some(&1));
    }

    #[test]
    fn unknown_channels_and_stores_group_together() {
        let orders = [order(1, "2025-01-01", 100), order(2, "2025-01-02", 100)];
        let origins = [
            SaleOrigin {
                customer_id: 1,
                date: d("2025-01-01"),
                channel: None,
                store: Some("Lyon".to_string()),
            },
            SaleOrigin {
                customer_id: 2,
                date: d("2025-01-02"),
                channel: Some("  ".to_string()),
                store: Some("Lyon".to_string()),
            },
        ];
        let t = channels(
            &orders,
            &origins,
            &BTreeMap::new(),
            None,
            ChannelGrouping::ChannelAndStore,
            d("2025-01-31"),
        );
        assert_eq!(t.groups.len(), 1);
        assert_eq!(t.groups[0].key.store.as_deref(), Some("Lyon"));
        assert_eq!(t.groups[0].repeat_90.share(), None);
    }

    #[test]
    fn the_lifetime_value_averages_the_customers_with_a_prediction() {
        let orders = [
            order(1, "2025-01-01", 100),
            order(2, "2025-01-02", 100),
            order(3, "2025-01-03", 100),
            order(4, "2025-01-04", 100),
            order(5, "2025-01-05", 100),
            order(6, "2025-01-06", 100),
        ];
        let origins = [
            line(1, "2025-01-01", "web", ""),
            line(2, "2025-01-02", "web", ""),
            line(3, "2025-01-03", "web", ""),
            line(4, "2025-01-04", "market", ""),
            line(5, "2025-01-05", "market", ""),
            line(6, "2025-01-06", "phone", ""),
        ];
        // 3, 5 and 6 have no prediction: web averages 1 and 2, market 4 alone, phone has
        // none to average.
        let clv: ClvByCustomer = [(1, 30.0), (2, 12.5), (4, 7.0), (9, 1000.0)]
            .into_iter()
            .collect();
        let as_of = d("2025-01-31");
        let t = channels(
            &orders,
            &origins,
            &BTreeMap::new(),
            Some(&clv),
            ChannelGrouping::Channel,
            as_of,
        );
        let web = t.groups[0].clv.unwrap();
        assert_eq!((web.predicted, web.average()), (2, Some(21.25)));
        let market = t.groups[1].clv.unwrap();
        assert_eq!((market.predicted, market.average()), (1, Some(7.0)));
        let phone = t.groups[2].clv.unwrap();
        assert_eq!((phone.predicted, phone.average()), (0, None));
        let none = channels(
            &orders,
            &origins,
            &BTreeMap::new(),
            None,
            ChannelGrouping::Channel,
            as_of,
        );
        assert!(none.groups.iter().all(|g| g.clv.is_none()));
    }
}
