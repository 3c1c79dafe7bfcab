//! RFM, value tiers and lifecycle stages. Each definition is exact and written on its item
//! below; the tests compare them with pandas references kept in `tests/data/`.
//! Pure: orders in, one row per customer out.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::orders::Order;
use crate::model::{CustomerTotals, StageFigures, median_gap_days};

/// The named segments of the R x F grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Segment {
    Champions,
    Loyal,
    PotentialLoyalists,
    NewCustomers,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
}

impl Segment {
    /// Every segment, best first.
    pub const ALL: [Segment; 10] = [
        Segment::Champions,
        Segment::Loyal,
        Segment::PotentialLoyalists,
        Segment::NewCustomers,
        Segment::Promising,
        Segment::NeedAttention,
        Segment::AboutToSleep,
        Segment::AtRisk,
        Segment::CantLoseThem,
        Segment::Hibernating,
    ];

    /// The segment of an R and an F score: the grid of R (rows) by F (columns) below.
    pub fn of(r: u8, f: u8) -> Segment {
        match (r, f) {
            (5, 1) => Segment::NewCustomers,
            (5, 2 | 3) | (4, 2 | 3) => Segment::PotentialLoyalists,
            (5, _) => Segment::Champions,
            (4, 1) => Segment::Promising,
            (4, _) | (3, 4 | 5) => Segment::Loyal,
            (3, 3) => Segment::NeedAttention,
            (3, _) => Segment::AboutToSleep,
            (_, 1 | 2) => Segment::Hibernating,
            (_, 3 | 4) => Segment::AtRisk,
            _ => Segment::CantLoseThem,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Segment::Champions => "Champions",
            Segment::Loyal => "Loyal",
            Segment::PotentialLoyalists => "Potential loyalists",
            Segment::NewCustomers => "New customers",
            Segment::Promising => "Promising",
            Segment::NeedAttention => "Need attention",
            Segment::AboutToSleep => "About to sleep",
            Segment::AtRisk => "At risk",
            Segment::CantLoseThem => "Can't lose them",
            Segment::Hibernating => "Hibernating",
        }
    }

    /// The segment with this name (case does not matter).
    pub fn from_name(name: &str) -> Option<Segment> {
        Segment::ALL
            .into_iter()
            .find(|s| s.name().eq_ignore_ascii_case(name.trim()))
    }

    /// What the segment means, in one line.
    pub fn meaning(self) -> &'static str {
        match self {
            Segment::Champions => "Bought recently, buy often and spend the most.",
            Segment::Loyal => "Buy regularly and come back often.",
            Segment::PotentialLoyalists => "Recent customers who have come back a few times.",
            Segment::NewCustomers => "Bought for the first time very recently.",
            Segment::Promising => "Bought recently, but only once so far.",
            Segment::NeedAttention => "Average on every count, and slipping.",
            Segment::AboutToSleep => "Have not bought for a while and did not buy much.",
            Segment::AtRisk => "Used to buy often, but not for a long time.",
            Segment::CantLoseThem => "Big spenders who have not come back for a long time.",
            Segment::Hibernating => "Bought little, long ago.",
        }
    }

    /// What to do about it.
    pub fn action(self) -> &'static str {
        match self {
            Segment::Champions => "Thank them; ask for reviews; show them new products first.",
            Segment::Loyal => {
                "Offer the loyalty programme and products that go with what they buy."
            }
            Segment::PotentialLoyalists => {
                "Invite them to the loyalty card; suggest what others bought next."
            }
            Segment::NewCustomers => "Welcome them and make the second visit easy.",
            Segment::Promising => "Remind them of the shop with a small offer for a second visit.",
            Segment::NeedAttention => "Send a personal offer based on what they bought before.",
            Segment::AboutToSleep => {
                "Win them back with a limited-time offer before they forget the shop."
            }
            Segment::AtRisk => "Write to them personally with a good reason to come back.",
            Segment::CantLoseThem => "Call them personally.",
            Segment::Hibernating => {
                "Include them in seasonal mailings only; do not spend much on them."
            }
        }
    }
}

/// One customer's RFM figures and scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RfmRow {
    pub customer_id: i64,
    /// Days from the last order to the as-of date.
    pub recency_days: i64,
    /// Orders.
    pub frequency: u32,
    /// Sum of line amounts, in cents.
    pub monetary_cents: i64,
    pub r: u8,
    pub f: u8,
    pub m: u8,
    pub segment: Segment,
}

/// The 1..5 score of the item ranked `rank` (1-based, unique ranks) among `n`, as pandas'
/// `qcut(rank, 5, labels=[1, 2, 3, 4, 5])` gives it: bins split at the 20/40/60/80%
/// quantiles of the ranks (linear interpolation), each bin closed on the right.
pub fn quintile(rank: usize, n: usize) -> u8 {
    // rank <= 1 + (n - 1) k / 5  <=>  5 (rank - 1) <= (n - 1) k, in whole numbers.
    let lhs = 5 * (rank.saturating_sub(1)) as u128;
    (1..=5u8)
        .find(|&k| lhs <= (n.saturating_sub(1) as u128) * u128::from(k))
        .unwrap_or(5)
}

/// How R, F and M scores are given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Scoring {
    /// Ties share a score, and the score says how many customers are beaten:
    /// 1 + floor(5 x share of customers with a strictly worse value). "5" means better
    /// than at least 80% of the shop's customers. The default.
    #[default]
    Percentile,
    /// The classic pandas recipe, `qcut(rank(method="first"), 5)`: ties broken by customer
    /// id, so equal customers can get different scores. Kept for comparison.
    Quintile,
}

impl Scoring {
    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Scoring::Percentile => "percentile",
            Scoring::Quintile => "quintile",
        }
    }
}

/// Scores of `values` (in customer-id order), `ascending` true when a larger value is
/// better (frequency, monetary) and false when a smaller one is (recency).
fn scores<T: Ord + Copy>(values: &[T], ascending: bool, scoring: Scoring) -> Vec<u8> {
    match scoring {
        Scoring::Percentile => percentile_scores(values, ascending),
        Scoring::Quintile => quintile_scores(values, ascending),
    }
}

/// 1 + floor(5 w / n), w the number of values strictly worse: pandas'
/// `1 + floor(5 * (s.rank(method="min") - 1) / n)` on the value (or its negation).
fn percentile_scores<T: Ord + Copy>(values: &[T], ascending: bool) -> Vec<u8> {
    let n = values.len();
    let mut order: Vec<usize> = (0..n).collect();
    // Worst first.
    order.sort_by(|&a, &b| {
        if ascending {
            values[a].cmp(&values[b])
        } else {
            values[b].cmp(&values[a])
        }
    });
    let mut out = vec![0u8; n];
    let mut start = 0;
    while start < n {
        let v = values[order[start]];
        let mut end = start;
        while end < n && values[order[end]] == v {
            end += 1;
        }
        // `start` values come before this run of ties: all strictly worse.
        let score = 1 + (5 * start as u128 / n as u128) as u8;
        for &i in &order[start..end] {
            out[i] = score.min(5);
        }
        start = end;
    }
    out
}

/// Ranks by value, ties broken by position (pandas' `rank(method="first")`), `ascending`
/// false ranking the largest value first, then [`quintile`] of the rank.
fn quintile_scores<T: Ord + Copy>(values: &[T], ascending: bool) -> Vec<u8> {
    let n = values.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let by_value = if ascending {
            values[a].cmp(&values[b])
        } else {
            values[b].cmp(&values[a])
        };
        by_value.then(a.cmp(&b))
    });
    let mut out = vec![0u8; n];
    for (rank0, &i) in order.iter().enumerate() {
        out[i] = quintile(rank0 + 1, n);
    }
    out
}

/// A customer's orders, first and last order days and spend.
type Totals = (u32, NaiveDate, NaiveDate, i64);

/// Per-customer orders, first and last order days and spend from `orders` on or before
/// `as_of`, by customer id. Orders grouped by customer (as `build_orders` gives them) are
/// added up in one pass; others through a map of every customer.
fn per_customer(orders: &[Order], as_of: NaiveDate) -> Vec<(i64, Totals)> {
    let add = |e: &mut Totals, o: &Order| {
        e.0 += 1;
        e.1 = e.1.min(o.date);
        e.2 = e.2.max(o.date);
        e.3 += o.amount_cents;
    };
    let kept = || orders.iter().filter(|o| o.date <= as_of);
    let mut ids = kept().map(|o| o.customer_id);
    let sorted = ids.next().is_none_or(|first| {
        ids.try_fold(first, |last, id| (last <= id).then_some(id))
            .is_some()
    });
    if sorted {
        let mut by: Vec<(i64, Totals)> = Vec::new();
        for o in kept() {
            match by.last_mut() {
                Some((id, e)) if *id == o.customer_id => add(e, o),
                _ => {
                    let mut e = (0, o.date, o.date, 0);
                    add(&mut e, o);
                    by.push((o.customer_id, e));
                }
            }
        }
        return by;
    }
    let mut by: BTreeMap<i64, Totals> = BTreeMap::new();
    for o in kept() {
        add(by.entry(o.customer_id).or_insert((0, o.date, o.date, 0)), o);
    }
    by.into_iter().collect()
}

/// RFM of every customer with at least one order on or before `as_of`, by customer id.
/// `orders` must come from sale lines on or before `as_of` for monetary to count only those.
/// Scores by the default rule ([`Scoring::Percentile`]).
pub fn rfm(orders: &[Order], as_of: NaiveDate) -> Vec<RfmRow> {
    rfm_with(orders, as_of, Scoring::default())
}

/// [`rfm`] with the scores given by `scoring`.
pub fn rfm_with(orders: &[Order], as_of: NaiveDate, scoring: Scoring) -> Vec<RfmRow> {
    let totals: Vec<CustomerTotals> = per_customer(orders, as_of)
        .into_iter()
        .map(|(customer_id, v)| CustomerTotals {
            customer_id,
            orders: v.0,
            last_order: v.2,
            monetary_cents: v.3,
        })
        .collect();
    rfm_from_totals_with(&totals, as_of, scoring)
}

/// RFM from per-customer totals (customers with at least one order, sorted by id), as of a
/// date on or after every customer's last order, scored by the default rule.
pub fn rfm_from_totals(totals: &[CustomerTotals], as_of: NaiveDate) -> Vec<RfmRow> {
    rfm_from_totals_with(totals, as_of, Scoring::default())
}

/// [`rfm_from_totals`] with the scores given by `scoring`.
pub fn rfm_from_totals_with(
    totals: &[CustomerTotals],
    as_of: NaiveDate,
    scoring: Scoring,
) -> Vec<RfmRow> {
    let ids: Vec<i64> = totals.iter().map(|t| t.customer_id).collect();
    let recency: Vec<i64> = totals
        .iter()
        .map(|t| (as_of - t.last_order).num_days())
        .collect();
    let frequency: Vec<u32> = totals.iter().map(|t| t.orders).collect();
    let monetary: Vec<i64> = totals.iter().map(|t| t.monetary_cents).collect();
    let r = scores(&recency, false, scoring);
    let f = scores(&frequency, true, scoring);
    let m = scores(&monetary, true, scoring);
    (0..ids.len())
        .map(|i| RfmRow {
            customer_id: ids[i],
            recency_days: recency[i],
            frequency: frequency[i],
            monetary_cents: monetary[i],
            r: r[i],
            f: f[i],
            m: m[i],
            segment: Segment::of(r[i], f[i]),
        })
        .collect()
}

/// Value tiers (Pareto / ABC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Tier {
    A,
    B,
    C,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::A, Tier::B, Tier::C];

    pub fn name(self) -> &'static str {
        match self {
            Tier::A => "A",
            Tier::B => "B",
            Tier::C => "C",
        }
    }

    /// The band of revenue the tier brings, in percent of the shop's revenue, from the
    /// biggest spenders down: A `(0, 80)`, B `(80, 95)`, C `(95, 100)` ([`TIER_ENDS`]).
    pub fn revenue_band(self) -> (u8, u8) {
        let [a, b] = TIER_ENDS;
        match self {
            Tier::A => (0, a),
            Tier::B => (a, b),
            Tier::C => (b, 100),
        }
    }
}

/// Where tiers A and B end, in percent of revenue: A holds the biggest spenders until they
/// bring 80 % of it, B until 95 %, C the rest.
pub const TIER_ENDS: [u8; 2] = [80, 95];

/// The tier of each customer (by customer id): sorted by monetary, largest first (ties by
/// customer id), A until the cumulative share reaches 80% (the customer crossing it is in
/// A), B until 95%, C the rest.
pub fn tiers(rows: &[RfmRow]) -> BTreeMap<i64, Tier> {
    let mut sorted: Vec<&RfmRow> = rows.iter().collect();
    sorted.sort_by(|a, b| {
        b.monetary_cents
            .cmp(&a.monetary_cents)
            .then(a.customer_id.cmp(&b.customer_id))
    });
    let total: i128 = sorted.iter().map(|r| i128::from(r.monetary_cents)).sum();
    let mut out = BTreeMap::new();
    let mut before: i128 = 0;
    for r in sorted {
        // Compare shares exactly: before / total < 0.80  <=>  100 before < 80 total.
        let [a_end, b_end] = TIER_ENDS.map(i128::from);
        let tier = if total <= 0 || 100 * before < a_end * total {
            Tier::A
        } else if 100 * before < b_end * total {
            Tier::B
        } else {
            Tier::C
        };
        out.insert(r.customer_id, tier);
        before += i128::from(r.monetary_cents);
    }
    out
}

/// The Pareto figure: the share of revenue the top `customer_share` of customers bring.
pub fn pareto_share(rows: &[RfmRow], customer_share: f64) -> f64 {
    let mut spend: Vec<i64> = rows.iter().map(|r| r.monetary_cents).collect();
    spend.sort_unstable_by(|a, b| b.cmp(a));
    let total: i64 = spend.iter().sum();
    if total <= 0 || spend.is_empty() {
        return 0.0;
    }
    let top = ((spend.len() as f64) * customer_share).ceil() as usize;
    spend.iter().take(top).sum::<i64>() as f64 / total as f64
}

/// Lifecycle stages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Stage {
    New,
    Active,
    AtRisk,
    Lapsed,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::New, Stage::Active, Stage::AtRisk, Stage::Lapsed];

    pub fn name(self) -> &'static str {
        match self {
            Stage::New => "new",
            Stage::Active => "active",
            Stage::AtRisk => "at risk",
            Stage::Lapsed => "lapsed",
        }
    }
}

/// The lifecycle of the shop's customers: the typical gap g in days and each customer's
/// stage. New: a first order within the 90 days ending on the as-of date; otherwise active
/// when the last order is within 2g days, at risk within 4g days, lapsed after that.
#[derive(Clone, Debug, PartialEq)]
pub struct Lifecycle {
    /// The median over customers with two or more orders of their median gap, at least 30.
    pub gap_days: f64,
    pub stages: BTreeMap<i64, Stage>,
}

fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

/// Lifecycle stages as of `as_of` from the customers' orders.
pub fn lifecycle(orders: &[Order], as_of: NaiveDate) -> Lifecycle {
    let mut days: BTreeMap<i64, Vec<NaiveDate>> = BTreeMap::new();
    for o in orders.iter().filter(|o| o.date <= as_of) {
        days.entry(o.customer_id).or_default().push(o.date);
    }
    let figures: Vec<StageFigures> = days
        .into_iter()
        .map(|(customer_id, mut d)| StageFigures {
            customer_id,
            first_order: d.iter().min().copied().unwrap_or(as_of),
            last_order: d.iter().max().copied().unwrap_or(as_of),
            gap_days: median_gap_days(&mut d),
        })
        .collect();
    lifecycle_of(&figures, as_of)
}

/// Lifecycle stages as of `as_of` from each customer's first and last order days and median
/// gap (as the store keeps them), every order on or before `as_of`: the same stages as
/// [`lifecycle`] on those customers' orders.
pub fn lifecycle_of(customers: &[StageFigures], as_of: NaiveDate) -> Lifecycle {
    let mut gaps: Vec<f64> = customers.iter().filter_map(|c| c.gap_days).collect();
    let gap_days = median(&mut gaps).unwrap_or(30.0).max(30.0);
    let stages = customers
        .iter()
        .map(|c| {
            let since_first = (as_of - c.first_order).num_days();
            let since_last = (as_of - c.last_order).num_days() as f64;
            let stage = if since_first < 90 {
                Stage::New
            } else if since_last <= 2.0 * gap_days {
                Stage::Active
            } else if since_last <= 4.0 * gap_days {
                Stage::AtRisk
            } else {
                Stage::Lapsed
            };
            (c.customer_id, stage)
        })
        .collect();
    Lifecycle { gap_days, stages }
}

/// Customers moving between segments from one as-of date to another: for each (before,
/// after) pair, the customers who were in the first segment and are now in the second.
/// "None" before means the customer had no order yet at the earlier date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Movement {
    pub before: NaiveDate,
    pub after: NaiveDate,
    pub cells: BTreeMap<(Option<Segment>, Segment), Vec<i64>>,
}

impl Movement {
    /// How many customers moved from `from` to `to`.
    pub fn count(&self, from: Option<Segment>, to: Segment) -> usize {
        self.cells.get(&(from, to)).map_or(0, Vec::len)
    }
}

/// The movement between `before` and `after` (each computed from the orders on or before
/// it; `orders` must hold the sale lines up to `after`).
pub fn movement(orders: &[Order], before: NaiveDate, after: NaiveDate) -> Movement {
    movement_to(orders, before, &rfm(orders, after), after)
}

/// [`movement`] when the table as of `after` is already worked out (`after_rows`, from
/// `rfm(orders, after)`): only the earlier table is computed.
pub fn movement_to(
    orders: &[Order],
    before: NaiveDate,
    after_rows: &[RfmRow],
    after: NaiveDate,
) -> Movement {
    // Orders are built from whole lines; an order before the earlier date counts there.
    let then: HashMap<i64, Segment> = rfm(orders, before)
        .into_iter()
        .map(|r| (r.customer_id, r.segment))
        .collect();
    let mut cells: BTreeMap<(Option<Segment>, Segment), Vec<i64>> = BTreeMap::new();
    for r in after_rows {
        cells
            .entry((then.get(&r.customer_id).copied(), r.segment))
            .or_default()
            .push(r.customer_id);
    }
    Movement {
        before,
        after,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn order(customer_id: i64, date: &str, euros: i64) -> Order {
        Order {
            customer_id,
            date: d(date),
            amount_cents: euros * 100,
            lines: 1,
        }
    }

    #[test]
    fn quintiles_match_pandas_qcut_of_ranks() {
        // pandas: pd.qcut(pd.Series(range(1, 11)), 5, labels=[1,2,3,4,5]) -> 1 1 2 2 3 3 4 4 5 5
        let ten: Vec<u8> = (1..=10).map(|r| quintile(r, 10)).collect();
        assert_eq!(ten, [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
        // n = 7: edges 1, 2.2, 3.4, 4.6, 5.8, 7 -> 1 1 2 2 3 4 5
        let seven: Vec<u8> = (1..=7).map(|r| quintile(r, 7)).collect();
        assert_eq!(seven, [1, 1, 2, 3, 4, 5, 5]);
        // n = 6: edges 1, 2, 3, 4, 5, 6 -> 1 1 2 3 4 5
        let six: Vec<u8> = (1..=6).map(|r| quintile(r, 6)).collect();
        assert_eq!(six, [1, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn percentile_scores_share_ties_by_hand() {
        // Ten customers, six bought once, two twice, one three times, one ten times.
        // Worse counts: once -> 0, twice -> 6, three -> 8, ten -> 9; scores
        // 1 + floor(5 w / 10): 1, 4, 5, 5. Nobody scores 2 or 3.
        let f = [1u32, 2, 1, 1, 10, 1, 3, 1, 2, 1];
        assert_eq!(percentile_scores(&f, true), [1, 4, 1, 1, 5, 1, 5, 1, 4, 1]);
        // Recency: fewer days is better. 3 days beats all four others: 1 + floor(20/5) = 5;
        // the two at 10 days beat two (40, 90): 1 + floor(10/5) = 3.
        let r = [10i64, 90, 3, 40, 10];
        assert_eq!(percentile_scores(&r, false), [3, 1, 5, 2, 3]);
        // One customer: nobody beaten, score 1.
        assert_eq!(percentile_scores(&[7i64], true), [1]);
    }

    #[test]
    fn the_grid_names_every_cell() {
        assert_eq!(Segment::of(5, 1), Segment::NewCustomers);
        assert_eq!(Segment::of(5, 5), Segment::Champions);
        assert_eq!(Segment::of(4, 4), Segment::Loyal);
        assert_eq!(Segment::of(3, 5), Segment::Loyal);
        assert_eq!(Segment::of(3, 3), Segment::NeedAttention);
        assert_eq!(Segment::of(3, 2), Segment::AboutToSleep);
        assert_eq!(Segment::of(2, 5), Segment::CantLoseThem);
        assert_eq!(Segment::of(1, 3), Segment::AtRisk);
        assert_eq!(Segment::of(1, 2), Segment::Hibernating);
        assert_eq!(Segment::of(4, 1), Segment::Promising);
        assert_eq!(Segment::of(4, 3), Segment::PotentialLoyalists);
        assert_eq!(
            Segment::from_name("can't lose them"),
            Some(Segment::CantLoseThem)
        );
    }

    #[test]
    fn movement_between_two_dates_by_hand() {
        // Five customers, one order each at a different age, so the scores follow age.
        // 2025-06-30: recency 5, 10, 20, 40, 80 days for customers 1..5.
        let orders: Vec<Order> = [
            (1, "2025-06-25"),
            (2, "2025-06-20"),
            (3, "2025-06-10"),
            (4, "2025-05-21"),
            (5, "2025-04-11"),
        ]
        .iter()
        .map(|&(id, day)| order(id, day, 10))
        .collect();
        let later = vec![order(6, "2025-07-20", 10)];
        let all: Vec<Order> = orders.iter().copied().chain(later).collect();
        let m = movement(&all, d("2025-06-30"), d("2025-07-30"));
        // At the first date (n = 5): every customer has one order, so none beats another
        // and F is 1 for all. R = 1 + floor(5 w / 5), w the customers with an older last
        // order: customer 1 (5 days, w = 4) scores 5: (R 5, F 1) is a new customer.
        // At the second date (n = 6): recencies 35, 40, 50, 70, 110, 10 days; customer 1
        // beats 4: R = 1 + floor(20 / 6) = 4, F 1: Promising. Customer 6 (10 days) beats 5:
        // R = 1 + floor(25 / 6) = 5, F 1: it arrives as a new customer.
        assert_eq!(m.count(Some(Segment::NewCustomers), Segment::Promising), 1);
        assert_eq!(m.count(None, Segment::NewCustomers), 1);
        assert_eq!(m.cells[&(None, Segment::NewCustomers)], vec![6]);
        let total: usize = m.cells.values().map(Vec::len).sum();
        assert_eq!(total, 6);
    }

    #[test]
    fn tiers_by_cumulative_share_by_hand() {
        // Spend 50, 30, 10, 6, 4 (total 100): 50 -> A (0% before), 30 -> A (50% before),
        // 10 -> B (80% before: not below 80%), 6 -> B (90%), 4 -> C (96%).
        let rows: Vec<RfmRow> = [(1, 10), (2, 50), (3, 6), (4, 30), (5, 4)]
            .iter()
            .map(|&(id, e)| RfmRow {
                customer_id: id,
                recency_days: 0,
                frequency: 1,
                monetary_cents: e * 100,
                r: 1,
                f: 1,
                m: 1,
                segment: Segment::Hibernating,
            })
            .collect();
        let t = tiers(&rows);
        assert_eq!(t[&2], Tier::A);
        assert_eq!(t[&4], Tier::A);
        assert_eq!(t[&1], Tier::B);
        assert_eq!(t[&3], Tier::B);
        assert_eq!(t[&5], Tier::C);
        assert!((pareto_share(&rows, 0.2) - 0.5).abs() < 1e-9);
        assert!((pareto_share(&rows, 0.4) - 0.8).abs() < 1e-9);
    }

    #[test]
    fn rfm_and_lifecycle_by_hand() {
        let as_of = d("2025-06-30");
        let orders = vec![
            // Customer 1: orders every 10 days, last 2025-06-20.
            order(1, "2025-01-01", 10),
            order(1, "2025-01-11", 10),
            order(1, "2025-06-10", 10),
            order(1, "2025-06-20", 10),
            // Customer 2: two orders 60 days apart, long ago.
            order(2, "2024-01-01", 100),
            order(2, "2024-03-01", 100),
            // Customer 3: first order last month.
            order(3, "2025-06-01", 5),
            // Not counted: after the as-of date.
            order(3, "2025-07-05", 500),
        ];
        let rows = rfm_with(&orders, as_of, Scoring::Quintile);
        assert_eq!(rows.len(), 3);
        assert_eq!(
            (
                rows[0].recency_days,
                rows[0].frequency,
                rows[0].monetary_cents
            ),
            (10, 4, 4000)
        );
        assert_eq!(
            (
                rows[1].recency_days,
                rows[1].frequency,
                rows[1].monetary_cents
            ),
            (486, 2, 20000)
        );
        assert_eq!(
            (
                rows[2].recency_days,
                rows[2].frequency,
                rows[2].monetary_cents
            ),
            (29, 1, 500)
        );
        // n = 3: ranks 1, 2, 3 score 1, 3, 5. Recency ranked largest first: 486 (id 2)
        // rank 1, 29 (id 3) rank 2, 10 (id 1) rank 3.
        assert_eq!((rows[0].r, rows[1].r, rows[2].r), (5, 1, 3));
        assert_eq!((rows[0].f, rows[1].f, rows[2].f), (5, 3, 1));
        assert_eq!((rows[0].m, rows[1].m, rows[2].m), (3, 5, 1));
        assert_eq!(rows[0].segment, Segment::Champions);
        assert_eq!(rows[1].segment, Segment::AtRisk);
        assert_eq!(rows[2].segment, Segment::AboutToSleep);
        // The default rule: w = 0, 1, 2 customers beaten score 1 + floor(5 w / 3) = 1, 2, 4.
        let rows = rfm(&orders, as_of);
        assert_eq!((rows[0].r, rows[1].r, rows[2].r), (4, 1, 2));
        assert_eq!((rows[0].f, rows[1].f, rows[2].f), (4, 2, 1));
        assert_eq!((rows[0].m, rows[1].m, rows[2].m), (2, 4, 1));
        assert_eq!(rows[0].segment, Segment::Loyal);
        assert_eq!(rows[1].segment, Segment::Hibernating);
        assert_eq!(rows[2].segment, Segment::Hibernating);
        // Gaps: customer 1 has 10, 150, 10 -> median 10; customer 2 has 60. Median of
        // (10, 60) = 35 days, above the 30-day floor.
        let l = lifecycle(&orders, as_of);
        assert!((l.gap_days - 35.0).abs() < 1e-9);
        assert_eq!(l.stages[&3], Stage::New);
        assert_eq!(l.stages[&1], Stage::Active);
        assert_eq!(l.stages[&2], Stage::Lapsed);
    }

    proptest::proptest! {
        /// Each customer's totals are the same whether the orders come grouped by customer
        /// (added up in one pass) or in any order (through the map), and are what the
        /// orders on or before the day add up to, worked out here one customer at a time.
        #[test]
        fn totals_of_grouped_and_shuffled_orders_agree(
            orders in proptest::collection::vec((1_i64..30, 0_u64..400, 1_i64..500), 0..200),
            cut in 0_u64..400,
        ) {
            let start = d("2024-01-01");
            let as_of = start + chrono::Days::new(cut);
            let shuffled: Vec<Order> = orders
                .iter()
                .map(|&(customer_id, day, cents)| Order {
                    customer_id,
                    date: start + chrono::Days::new(day),
                    amount_cents: cents,
                    lines: 1,
                })
                .collect();
            let mut grouped = shuffled.clone();
            grouped.sort_by_key(|o| o.customer_id);
            let one_pass = per_customer(&grouped, as_of);
            proptest::prop_assert_eq!(&per_customer(&shuffled, as_of), &one_pass);
            let mut ids: Vec<i64> = shuffled
                .iter()
                .filter(|o| o.date <= as_of)
                .map(|o| o.customer_id)
                .collect();
            ids.sort_unstable();
            ids.dedup();
            proptest::prop_assert_eq!(one_pass.len(), ids.len());
            for (id, (n, first, last, cents)) in &one_pass {
                let own: Vec<&Order> = shuffled
                    .iter()
                    .filter(|o| o.customer_id == *id && o.date <= as_of)
                    .collect();
                proptest::prop_assert_eq!(*n as usize, own.len());
                proptest::prop_assert_eq!(Some(*first), own.iter().map(|o| o.date).min());
                proptest::prop_assert_eq!(Some(*last), own.iter().map(|o| o.date).max());
                proptest::prop_assert_eq!(*cents, own.iter().map(|o| o.amount_cents).sum::<i64>());
            }
        }
    }
}
