//! Everything the Segments and Charts tabs show, computed once per as-of date in the
//! background and kept until the shop's data changes, so that drawing a frame only reads it.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, NaiveDate};

use super::orders::Order;
use super::rfm::{
    Lifecycle, Movement, RfmRow, Segment, Stage, Tier, lifecycle, movement_to, rfm, tiers,
};
use super::rules::{CustomerFacts, customer_facts};
use crate::model::{CustomerProfile, SaleDetail};

/// Customers and revenue of one group (a segment, a tier, a stage, a grid cell).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Group {
    pub customers: usize,
    pub revenue_cents: i64,
    /// The customers in it, by id.
    pub ids: Vec<i64>,
}

impl Group {
    fn add(&mut self, id: i64, cents: i64) {
        self.customers += 1;
        self.revenue_cents += cents;
        self.ids.push(id);
    }
}

/// One day of sales.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    /// The day's revenue, walk-in sales included.
    pub revenue_cents: i64,
    /// The day's orders, walk-in orders included.
    pub orders: u32,
    /// The walk-in part of the day's revenue (sales naming no customer).
    pub walk_in_cents: i64,
}

/// Customers who ordered in one month: those whose first order it was, and the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthCustomers {
    /// The first day of the month.
    pub month: NaiveDate,
    pub new: u32,
    pub returning: u32,
}

/// Revenue split by the values of one sale field (channel, category or store), day by day.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Breakdown {
    /// The labels, largest revenue first; at most [`BREAKDOWN_LABELS`], then "Other".
    pub labels: Vec<String>,
    /// Per day, revenue in cents per label (same order as `labels`).
    pub days: BTreeMap<NaiveDate, Vec<i64>>,
}

/// How many values of a field get a series of their own; the rest are summed as "Other".
pub const BREAKDOWN_LABELS: usize = 8;

/// The label of a sale line without a value in that field.
pub const NOT_GIVEN: &str = "(not given)";

/// The figures of the Segments and Charts tabs as of one date.
#[derive(Clone, Debug, Default)]
pub struct ShopAnalytics {
    pub as_of: NaiveDate,
    /// The first and last day with sales (before the as-of date).
    pub first_day: Option<NaiveDate>,
    pub rows: Vec<RfmRow>,
    /// `grid[r - 1][f - 1]`: the customers with that R and F score.
    pub grid: [[Group; 5]; 5],
    pub segments: BTreeMap<Segment, Group>,
    pub tiers: BTreeMap<Tier, Group>,
    pub stages: BTreeMap<Stage, Group>,
    /// The lifecycle's typical gap between orders in days (thresholds are 2 and 4 times it).
    pub gap_days: f64,
    pub movement: Movement,
    /// (share of customers, share of revenue), customers by spend descending, from (0, 0).
    pub pareto: Vec<[f64; 2]>,
    /// Revenue share of the top 20% of customers.
    pub top20_share: f64,
    pub total_revenue_cents: i64,
    /// Every day from the first sale to the as-of date, days without sales included.
    pub days: Vec<Day>,
    pub months: Vec<MonthCustomers>,
    pub by_channel: Breakdown,
    pub by_category: Breakdown,
    pub by_store: Breakdown,
    /// What saved-segment rules look at, for every customer (in profile order).
    pub facts: Vec<CustomerFacts>,
    /// The customers themselves, in the same order as `facts` (filled by the caller that
    /// read them; [`compute`] only borrows them).
    pub profiles: Vec<CustomerProfile>,
}

/// The first day of `date`'s month.
pub fn month_of(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// How far back the movement between segments looks by default.
pub const MOVEMENT_DAYS: i64 = 30;

/// Computes every figure as of `as_of` from the orders, the sale lines and the customers,
/// with the movement between segments from `before` (default: [`MOVEMENT_DAYS`] earlier).
/// Orders and lines after `as_of` are left out here.
pub fn compute(
    orders: &[Order],
    details: &[SaleDetail],
    profiles: &[CustomerProfile],
    as_of: NaiveDate,
    before: Option<NaiveDate>,
) -> ShopAnalytics {
    let orders: Vec<Order> = orders.iter().copied().filter(|o| o.date <= as_of).collect();
    let rows = rfm(&orders, as_of);
    let tier_of = tiers(&rows);
    let life: Lifecycle = lifecycle(&orders, as_of);
    let spend: HashMap<i64, i64> = rows
        .iter()
        .map(|r| (r.customer_id, r.monetary_cents))
        .collect();

    let mut grid: [[Group; 5]; 5] = Default::default();
    let mut segments: BTreeMap<Segment, Group> = Segment::ALL
        .iter()
        .map(|s| (*s, Group::default()))
        .collect();
    for r in &rows {
        if let Some(cell) = grid
            .get_mut(usize::from(r.r.saturating_sub(1)))
            .and_then(|row| row.get_mut(usize::from(r.f.saturating_sub(1))))
        {
            cell.add(r.customer_id, r.monetary_cents);
        }
        if let Some(g) = segments.get_mut(&r.segment) {
            g.add(r.customer_id, r.monetary_cents);
        }
    }
    let mut tier_groups: BTreeMap<Tier, Group> =
        Tier::ALL.iter().map(|t| (*t, Group::default())).collect();
    for (id, t) in &tier_of {
        if let Some(g) = tier_groups.get_mut(t) {
            g.add(*id, spend.get(id).copied().unwrap_or(0));
        }
    }
    let mut stages: BTreeMap<Stage, Group> =
        Stage::ALL.iter().map(|s| (*s, Group::default())).collect();
    for (id, s) in &life.stages {
        if let Some(g) = stages.get_mut(s) {
            g.add(*id, spend.get(id).copied().unwrap_or(0));
        }
    }

    let mut sorted: Vec<i64> = rows.iter().map(|r| r.monetary_cents).collect();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let total: i64 = sorted.iter().sum();
    let pareto = pareto_curve(&sorted, total);
    let top20_share = super::rfm::pareto_share(&rows, 0.2);

    let first_day = orders.iter().map(|o| o.date).min();
    let days = daily(&orders, first_day, as_of);
    let months = new_and_returning(&orders);
    let in_range: Vec<&SaleDetail> = details.iter().filter(|d| d.sold_on <= as_of).collect();
    let by_channel = breakdown(&in_range, |d| d.channel.as_deref());
    let by_category = breakdown(&in_range, |d| d.category.as_deref());
    let by_store = breakdown(&in_range, |d| d.store.as_deref());
    let facts = customer_facts(profiles, details, &rows, &tier_of, &life, as_of);
    let before = before
        .filter(|b| *b < as_of)
        .unwrap_or(as_of - Duration::days(MOVEMENT_DAYS));
    let movement = movement_to(&orders, before, &rows, as_of);

    ShopAnalytics {
        as_of,
        first_day,
        rows,
        grid,
        segments,
        tiers: tier_groups,
        stages,
        gap_days: life.gap_days,
        movement,
        pareto,
        top20_share,
        total_revenue_cents: total,
        days,
        months,
        by_channel,
        by_category,
        by_store,
        facts,
        profiles: Vec::new(),
    }
}

/// At most about 400 points of the Pareto curve, always including both ends.
fn pareto_curve(sorted_desc: &[i64], total: i64) -> Vec<[f64; 2]> {
    let n = sorted_desc.len();
    let mut points = vec![[0.0, 0.0]];
    if n == 0 || total <= 0 {
        return points;
    }
    let step = n.div_ceil(400).max(1);
    let mut cumulative = 0i64;
    for (i, cents) in sorted_desc.iter().enumerate() {
        cumulative += cents;
        if (i + 1) % step == 0 || i + 1 == n {
            points.push([(i + 1) as f64 / n as f64, cumulative as f64 / total as f64]);
        }
    }
    points
}

/// Adds the walk-in orders up to the as-of date to the days' revenue and orders, and keeps
/// their part; the days start earlier when a walk-in sale comes before every customer's.
/// Every customer figure (segments, tiers, stages, the Pareto curve) stays the customers'.
pub fn add_walk_ins(a: &mut ShopAnalytics, walk_ins: &[super::kpi::WalkIn]) {
    let earliest = walk_ins.iter().map(|w| w.0).filter(|d| *d <= a.as_of).min();
    let Some(earliest) = earliest else {
        return;
    };
    let first = a.days.first().map_or(a.as_of, |d| d.date);
    if earliest < first || a.days.is_empty() {
        let mut days = daily(&[], Some(earliest), a.as_of);
        for day in &a.days {
            let i = usize::try_from((day.date - earliest).num_days()).unwrap_or(usize::MAX);
            if let Some(slot) = days.get_mut(i) {
                *slot = *day;
            }
        }
        a.days = days;
        a.first_day = Some(earliest);
    }
    for &(date, cents) in walk_ins.iter().filter(|w| w.0 <= a.as_of) {
        let i = usize::try_from((date - earliest.min(first)).num_days()).unwrap_or(usize::MAX);
        if let Some(d) = a.days.get_mut(i) {
            d.revenue_cents += cents;
            d.orders += 1;
            d.walk_in_cents += cents;
        }
    }
}

fn daily(orders: &[Order], first: Option<NaiveDate>, as_of: NaiveDate) -> Vec<Day> {
    let Some(first) = first else {
        return Vec::new();
    };
    let n = usize::try_from((as_of - first).num_days() + 1).unwrap_or(0);
    let mut days: Vec<Day> = (0..n)
        .map(|i| Day {
            date: first + Duration::days(i as i64),
            revenue_cents: 0,
            orders: 0,
            walk_in_cents: 0,
        })
        .collect();
    for o in orders {
        let i = usize::try_from((o.date - first).num_days()).unwrap_or(usize::MAX);
        if let Some(d) = days.get_mut(i) {
            d.revenue_cents += o.amount_cents;
            d.orders += 1;
        }
    }
    days
}

/// Orders must be sorted by customer then date (as [`super::build_orders`] returns them).
fn new_and_returning(orders: &[Order]) -> Vec<MonthCustomers> {
    let mut months: BTreeMap<
        NaiveDate,
        (
            std::collections::HashSet<i64>,
            std::collections::HashSet<i64>,
        ),
    > = BTreeMap::new();
    let mut first: HashMap<i64, NaiveDate> = HashMap::new();
    for o in orders {
        let first_month = month_of(*first.entry(o.customer_id).or_insert(o.date));
        let month = month_of(o.date);
        let entry = months.entry(month).or_default();
        if first_month == month {
            entry.0.insert(o.customer_id);
        } else {
            entry.1.insert(o.customer_id);
        }
    }
    months
        .into_iter()
        .map(|(month, (new, returning))| MonthCustomers {
            month,
            new: new.len() as u32,
            returning: returning.len() as u32,
        })
        .collect()
}

fn breakdown<'a>(
    details: &[&'a SaleDetail],
    field: impl Fn(&'a SaleDetail) -> Option<&'a str>,
) -> Breakdown {
    let label = |d: &'a SaleDetail| -> &'a str {
        field(d)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .unwrap_or(NOT_GIVEN)
    };
    let mut totals: HashMap<&str, i64> = HashMap::new();
    for d in details {
        *totals.entry(label(d)).or_default() += d.amount_cents;
    }
    let mut ranked: Vec<(&str, i64)> = totals.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let other = ranked.len() > BREAKDOWN_LABELS;
    let kept: Vec<&str> = ranked
        .into_iter()
        .take(if other {
            BREAKDOWN_LABELS - 1
        } else {
            BREAKDOWN_LABELS
        })
        .map(|(l, _)| l)
        .collect();
    let index: HashMap<&str, usize> = kept.iter().enumerate().map(|(i, l)| (*l, i)).collect();
    let mut labels: Vec<String> = kept.iter().map(|l| l.to_string()).collect();
    if other {
        labels.push("Other".into());
    }
    let width = labels.len();
    let mut days: BTreeMap<NaiveDate, Vec<i64>> = BTreeMap::new();
    for d in details {
        let slot = index
            .get(label(d))
            .copied()
            .unwrap_or(width.saturating_sub(1));
        let row = days.entry(d.sold_on).or_insert_with(|| vec![0; width]);
        if let Some(v) = row.get_mut(slot) {
            *v += d.amount_cents;
        }
    }
    Breakdown { labels, days }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn order(customer_id: i64, date: &str, euros: i64) -> Order {
        Order {
            customer_id,
            date: d(date),
            amount_cents: euros * 100,
            lines: 1,
        }
    }

    fn line(customer_id: i64, date: &str, channel: &str, euros: i64) -> SaleDetail {
        SaleDetail {
            customer_id,
            sold_on: d(date),
            channel: (!channel.is_empty()).then(|| std::sync::Arc::from(channel)),
            product: None,
            category: None,
            store: None,
            amount_cents: euros * 100,
        }
    }

    #[test]
    fn new_and_returning_customers_by_month() {
        // Customer 1: first order in January, back in February and March.
        // Customer 2: first order in February. Customer 3: two orders in March, first ever.
        let orders = [
            order(1, "2025-01-05", 10),
            order(1, "2025-02-01", 10),
            order(1, "2025-03-09", 10),
            order(2, "2025-02-14", 10),
            order(3, "2025-03-01", 10),
            order(3, "2025-03-20", 10),
        ];
        let months = new_and_returning(&orders);
        let got: Vec<(u32, u32, u32)> = months
            .iter()
            .map(|m| (m.month.month(), m.new, m.returning))
            .collect();
        assert_eq!(got, [(1, 1, 0), (2, 1, 1), (3, 1, 1)]);
    }

    #[test]
    fn days_cover_the_whole_range_with_empty_days() {
        let orders = [
            order(1, "2025-01-01", 10),
            order(2, "2025-01-01", 5),
            order(1, "2025-01-04", 1),
        ];
        let days = daily(&orders, Some(d("2025-01-01")), d("2025-01-05"));
        let got: Vec<(i64, u32)> = days.iter().map(|x| (x.revenue_cents, x.orders)).collect();
        assert_eq!(got, [(1500, 2), (0, 0), (0, 0), (100, 1), (0, 0)]);
    }

    #[test]
    fn breakdown_keeps_the_largest_labels_and_sums_the_rest() {
        let mut lines = Vec::new();
        // Ten channels: "c0" sells 10 euros ... "c9" sells 100 euros; one line without channel.
        for i in 0..10 {
            lines.push(line(1, "2025-01-01", &format!("c{i}"), 10 * (i + 1)));
        }
        lines.push(line(1, "2025-01-02", "", 1));
        let refs: Vec<&SaleDetail> = lines.iter().collect();
        let b = breakdown(&refs, |x| x.channel.as_deref());
        assert_eq!(b.labels.len(), BREAKDOWN_LABELS);
        assert_eq!(b.labels.first().map(String::as_str), Some("c9"));
        assert_eq!(b.labels.last().map(String::as_str), Some("Other"));
        // Kept: c9..c3 (7 labels); Other: c2 + c1 + c0 + the line without channel.
        let jan1 = b.days.get(&d("2025-01-01")).cloned().unwrap_or_default();
        assert_eq!(
            jan1.iter().sum::<i64>(),
            (1..=10).map(|i| i * 1000).sum::<i64>()
        );
        assert_eq!(jan1.last().copied(), Some((30 + 20 + 10) * 100));
        let jan2 = b.days.get(&d("2025-01-02")).cloned().unwrap_or_default();
        assert_eq!(jan2.last().copied(), Some(100));
    }

    #[test]
    fn grid_segments_and_tiers_add_up_to_the_customers() {
        // Twelve customers, customer i orders i times, 10 euros each, the last on day i.
        let mut orders = Vec::new();
        for c in 1..=12i64 {
            for k in 0..c {
                orders.push(order(c, &format!("2025-01-{:02}", 1 + k), 10));
            }
        }
        let profiles: Vec<CustomerProfile> = (1..=12)
            .map(|id| CustomerProfile {
                id,
                consent: "yes".into(),
                ..CustomerProfile::default()
            })
            .collect();
        let a = compute(&orders, &[], &profiles, d("2025-01-31"), None);
        let in_grid: usize = a.grid.iter().flatten().map(|g| g.customers).sum();
        let in_segments: usize = a.segments.values().map(|g| g.customers).sum();
        let in_tiers: usize = a.tiers.values().map(|g| g.customers).sum();
        assert_eq!((in_grid, in_segments, in_tiers), (12, 12, 12));
        // Revenue: 10 euros x (1 + 2 + ... + 12) = 780 euros.
        assert_eq!(a.total_revenue_cents, 78_000);
        let grid_revenue: i64 = a.grid.iter().flatten().map(|g| g.revenue_cents).sum();
        assert_eq!(grid_revenue, 78_000);
        // Customer 12 has the most orders and the latest order: R 5, F 5, a Champion.
        assert!(a.grid[4][4].ids.contains(&12));
        assert!(a.segments[&Segment::Champions].ids.contains(&12));
        // The Pareto curve ends at (1, 1) and the top 20% (3 of 12 customers: 12, 11, 10
        // orders) bring 330 of 780 euros.
        assert_eq!(a.pareto.last().copied(), Some([1.0, 1.0]));
        assert!((a.top20_share - 330.0 / 780.0).abs() < 1e-9);
        assert_eq!(a.facts.len(), 12);
    }

    #[test]
    fn an_empty_shop_has_no_figures() {
        let a = compute(&[], &[], &[], d("2025-01-31"), None);
        assert!(a.rows.is_empty() && a.days.is_empty() && a.months.is_empty());
        assert_eq!(a.pareto, vec![[0.0, 0.0]]);
    }
}
