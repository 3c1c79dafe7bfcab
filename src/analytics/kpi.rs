//! The Overview's key figures: revenue, orders, customers, new customers, repeat-customer
//! rate and average order value for the last 30 and 365 days against the period before,
//! and revenue by month.
//!
//! Definitions (also in docs/decisions.md): a period of N days ends on the as-of date
//! and includes it; "previous" is the N days before it. Customers = customers with at least
//! one order in the period. New customers = customers whose first order ever falls in the
//! period. Repeat-customer rate = the share of the period's customers who had two or more
//! orders by the period's end. Average order value = revenue / orders.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use super::Order;

/// The figures of one period.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PeriodKpis {
    /// First day, included.
    pub from: NaiveDate,
    /// Last day, included.
    pub to: NaiveDate,
    /// Revenue in cents.
    pub revenue_cents: i64,
    /// Orders.
    pub orders: i64,
    /// Customers with at least one order.
    pub customers: i64,
    /// Customers whose first order is in the period.
    pub new_customers: i64,
    /// Share (0..1) of the period's customers with two or more orders by its end.
    pub repeat_rate: Option<f64>,
    /// Average order value in cents.
    pub avg_order_cents: Option<i64>,
    /// The part of the revenue from walk-in sales (no customer), in cents.
    pub walk_in_revenue_cents: i64,
    /// The part of the orders that are walk-in orders.
    pub walk_in_orders: i64,
}

/// A walk-in order (sales of a till that name no customer): its day and its amount in
/// cents. It counts in the shop's revenue and orders, in no customer's figures.
pub type WalkIn = (NaiveDate, i64);

/// A period and the one before it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KpiSet {
    /// Length of each period in days.
    pub days: u32,
    /// The period ending on the as-of date.
    pub current: PeriodKpis,
    /// The period just before it.
    pub previous: PeriodKpis,
}

/// Everything the Overview tab shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    /// The as-of date of all figures.
    pub as_of: NaiveDate,
    /// Last 30 days and last 365 days, each against the period before.
    pub sets: Vec<KpiSet>,
    /// Revenue and orders per calendar month (first day of the month), oldest first,
    /// months without orders included, up to the as-of date; walk-in orders included.
    pub monthly: Vec<(NaiveDate, i64, i64)>,
    /// The walk-in part of each month's revenue in cents, in the order of `monthly`.
    pub monthly_walk_in: Vec<i64>,
}

/// Computes the Overview from the customers' orders (any order) as of a date.
pub fn overview(orders: &[Order], as_of: NaiveDate) -> Overview {
    overview_with_walk_ins(orders, &[], as_of)
}

/// Computes the Overview as of a date from the customers' orders and the walk-in orders:
/// these count in the revenue, the orders and the average order (and are shown as their
/// own part), not in the customers, new customers or repeat rate.
pub fn overview_with_walk_ins(orders: &[Order], walk_ins: &[WalkIn], as_of: NaiveDate) -> Overview {
    let mut by_customer: BTreeMap<i64, Vec<&Order>> = BTreeMap::new();
    for o in orders.iter().filter(|o| o.date <= as_of) {
        by_customer.entry(o.customer_id).or_default().push(o);
    }
    for list in by_customer.values_mut() {
        list.sort_by_key(|o| o.date);
    }
    let sets = [30u32, 365]
        .into_iter()
        .map(|days| {
            let current_to = as_of;
            let current_from = back(as_of, days - 1);
            let previous_to = back(current_from, 1);
            let previous_from = back(previous_to, days - 1);
            let mut current = period(&by_customer, current_from, current_to);
            let mut previous = period(&by_customer, previous_from, previous_to);
            add_walk_ins(&mut current, walk_ins);
            add_walk_ins(&mut previous, walk_ins);
            KpiSet {
                days,
                current,
                previous,
            }
        })
        .collect();
    let (monthly, monthly_walk_in) = monthly_with_walk_ins(orders, walk_ins, as_of);
    Overview {
        as_of,
        sets,
        monthly,
        monthly_walk_in,
    }
}

/// Adds the walk-in orders of the period `k.from..=k.to` to its revenue and orders, and
/// works out the average order again; they are also kept as their own part.
pub fn add_walk_ins(k: &mut PeriodKpis, walk_ins: &[WalkIn]) {
    for &(_, cents) in walk_ins.iter().filter(|(d, _)| *d >= k.from && *d <= k.to) {
        k.walk_in_revenue_cents += cents;
        k.walk_in_orders += 1;
        k.revenue_cents += cents;
        k.orders += 1;
    }
    if k.orders > 0 {
        k.avg_order_cents = Some((k.revenue_cents as f64 / k.orders as f64).round() as i64);
    }
}

/// The figures of each period `(from, to)` (both days included) from the customers' orders
/// (all of them: a customer is new in a period when their first order ever falls in it).
pub fn periods(orders: &[Order], ranges: &[(NaiveDate, NaiveDate)]) -> Vec<PeriodKpis> {
    let last = ranges.iter().map(|r| r.1).max().unwrap_or(NaiveDate::MIN);
    let mut by_customer: BTreeMap<i64, Vec<&Order>> = BTreeMap::new();
    for o in orders.iter().filter(|o| o.date <= last) {
        by_customer.entry(o.customer_id).or_default().push(o);
    }
    for list in by_customer.values_mut() {
        list.sort_by_key(|o| o.date);
    }
    ranges
        .iter()
        .map(|&(from, to)| period(&by_customer, from, to))
        .collect()
}

fn back(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_sub_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MIN)
}

fn period(by_customer: &BTreeMap<i64, Vec<&Order>>, from: NaiveDate, to: NaiveDate) -> PeriodKpis {
    let mut k = PeriodKpis {
        from,
        to,
        ..PeriodKpis::default()
    };
    let mut repeaters = 0i64;
    for list in by_customer.values() {
        let Some(first) = list.first() else { continue };
        let mut in_period = 0i64;
        let mut up_to_end = 0i64;
        for o in list.iter().take_while(|o| o.date <= to) {
            up_to_end += 1;
            if o.date >= from {
                in_period += 1;
                k.revenue_cents += o.amount_cents;
            }
        }
        if in_period == 0 {
            continue;
        }
        k.orders += in_period;
        k.customers += 1;
        if first.date >= from {
            k.new_customers += 1;
        }
        if up_to_end >= 2 {
            repeaters += 1;
        }
    }
    if k.customers > 0 {
        k.repeat_rate = Some(repeaters as f64 / k.customers as f64);
    }
    if k.orders > 0 {
        k.avg_order_cents = Some((k.revenue_cents as f64 / k.orders as f64).round() as i64);
    }
    k
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// Revenue and orders per calendar month (first day of the month), oldest first, months
/// without orders included, up to the month of `as_of`.
pub fn monthly(orders: &[Order], as_of: NaiveDate) -> Vec<(NaiveDate, i64, i64)> {
    monthly_with_walk_ins(orders, &[], as_of).0
}

/// [`monthly`] of the customers' orders and the walk-in orders together, and the walk-in
/// part of each month's revenue (in the same order).
pub fn monthly_with_walk_ins(
    orders: &[Order],
    walk_ins: &[WalkIn],
    as_of: NaiveDate,
) -> (Vec<(NaiveDate, i64, i64)>, Vec<i64>) {
    let mut walk_in: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    for &(day, cents) in walk_ins.iter().filter(|(d, _)| *d <= as_of) {
        *walk_in.entry(month_start(day)).or_default() += cents;
    }
    let all = orders
        .iter()
        .map(|o| (o.date, o.amount_cents))
        .chain(walk_ins.iter().copied());
    let months = months_of(all, as_of);
    let parts = months
        .iter()
        .map(|(m, _, _)| walk_in.get(m).copied().unwrap_or(0))
        .collect();
    (months, parts)
}

/// Revenue and orders per month of orders given as (day, cents).
fn months_of(
    orders: impl Iterator<Item = (NaiveDate, i64)>,
    as_of: NaiveDate,
) -> Vec<(NaiveDate, i64, i64)> {
    let mut months: BTreeMap<NaiveDate, (i64, i64)> = BTreeMap::new();
    for (date, cents) in orders.filter(|(d, _)| *d <= as_of) {
        let e = months.entry(month_start(date)).or_default();
        e.0 += cents;
        e.1 += 1;
    }
    let Some(first) = months.keys().next().copied() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut m = first;
    let last = month_start(as_of);
    while m <= last {
        let (revenue, count) = months.get(&m).copied().unwrap_or_default();
        out.push((m, revenue, count));
        m = m
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(NaiveDate::MAX);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn o(customer: i64, date: &str, cents: i64) -> Order {
        Order {
            customer_id: customer,
            date: d(date),
            amount_cents: cents,
            lines: 1,
        }
    }

    // A hand-worked example. As of 2025-03-31 the last 30 days are 03-02..03-31 and the
    // previous 30 days are 01-31..03-01.
    // Customer 1: orders 2024-12-01 (50), 2025-03-10 (100)   -> in current, returning, not new
    // Customer 2: order 2025-03-31 (300)                     -> in current, new, one order
    // Customer 3: orders 2025-02-10 (40), 2025-02-20 (60)    -> previous only, new there, repeat
    // Customer 4: order 2025-04-05 (999)                     -> after as-of: ignored
    fn sample() -> Vec<Order> {
        vec![
            o(1, "2024-12-01", 50),
            o(1, "2025-03-10", 100),
            o(2, "2025-03-31", 300),
            o(3, "2025-02-10", 40),
            o(3, "2025-02-20", 60),
            o(4, "2025-04-05", 999),
        ]
    }

    // Walk-ins added to the sample by hand: 2025-03-05 (20) and 2025-03-31 (80) in the last
    // 30 days, 2025-02-01 (10) in the 30 before, 2024-11-15 (5) a month before any customer
    // order, 2025-04-02 (7) after the as-of date.
    // Last 30 days: revenue 400 + 100 = 500, orders 2 + 2 = 4, average 125, customers 2.
    // The 30 before: revenue 100 + 10 = 110, orders 2 + 1 = 3, average 36.67 -> 37.
    // Months: 2024-11 (5, 1 order), 2024-12 (50, 1), 2025-01 (0, 0), 2025-02 (110, 3),
    // 2025-03 (500, 4); walk-in parts 5, 0, 0, 10, 100.
    #[test]
    fn walk_ins_count_in_revenue_orders_and_months_but_not_in_customers() {
        let walk_ins = [
            (d("2024-11-15"), 5),
            (d("2025-02-01"), 10),
            (d("2025-03-05"), 20),
            (d("2025-03-31"), 80),
            (d("2025-04-02"), 7),
        ];
        let ov = overview_with_walk_ins(&sample(), &walk_ins, d("2025-03-31"));
        let (c, p) = (ov.sets[0].current, ov.sets[0].previous);
        assert_eq!(
            (c.revenue_cents, c.orders, c.customers, c.new_customers),
            (500, 4, 2, 1)
        );
        assert_eq!((c.walk_in_revenue_cents, c.walk_in_orders), (100, 2));
        assert_eq!(c.avg_order_cents, Some(125));
        assert_eq!(c.repeat_rate, Some(0.5));
        assert_eq!((p.revenue_cents, p.orders, p.customers), (110, 3, 1));
        assert_eq!((p.walk_in_revenue_cents, p.walk_in_orders), (10, 1));
        assert_eq!(p.avg_order_cents, Some(37));
        assert_eq!(
            ov.monthly,
            vec![
                (d("2024-11-01"), 5, 1),
                (d("2024-12-01"), 50, 1),
                (d("2025-01-01"), 0, 0),
                (d("2025-02-01"), 110, 3),
                (d("2025-03-01"), 500, 4),
            ]
        );
        assert_eq!(ov.monthly_walk_in, vec![5, 0, 0, 10, 100]);
        // Without walk-ins nothing moves.
        assert_eq!(
            overview(&sample(), d("2025-03-31")).monthly,
            monthly(&sample(), d("2025-03-31"))
        );
    }

    #[test]
    fn last_30_days_against_the_30_before() {
        let ov = overview(&sample(), d("2025-03-31"));
        let set = ov.sets[0];
        assert_eq!(set.days, 30);
        assert_eq!(
            (set.current.from, set.current.to),
            (d("2025-03-02"), d("2025-03-31"))
        );
        assert_eq!(
            (set.previous.from, set.previous.to),
            (d("2025-01-31"), d("2025-03-01"))
        );
        let c = set.current;
        assert_eq!(
            (c.revenue_cents, c.orders, c.customers, c.new_customers),
            (400, 2, 2, 1)
        );
        assert_eq!(c.repeat_rate, Some(0.5));
        assert_eq!(c.avg_order_cents, Some(200));
        let p = set.previous;
        assert_eq!(
            (p.revenue_cents, p.orders, p.customers, p.new_customers),
            (100, 2, 1, 1)
        );
        assert_eq!(p.repeat_rate, Some(1.0));
        assert_eq!(p.avg_order_cents, Some(50));
    }

    #[test]
    fn last_365_days_and_empty_previous_year() {
        let ov = overview(&sample(), d("2025-03-31"));
        let set = ov.sets[1];
        assert_eq!(set.current.from, d("2024-04-01"));
        assert_eq!(set.current.revenue_cents, 550);
        assert_eq!(set.current.new_customers, 3);
        assert_eq!(set.previous.orders, 0);
        assert_eq!(set.previous.repeat_rate, None);
        assert_eq!(set.previous.avg_order_cents, None);
    }

    #[test]
    fn any_periods_give_the_same_figures_as_the_overview() {
        let ov = overview(&sample(), d("2025-03-31"));
        let set = ov.sets[0];
        let got = periods(
            &sample(),
            &[
                (set.current.from, set.current.to),
                (set.previous.from, set.previous.to),
            ],
        );
        assert_eq!(got, vec![set.current, set.previous]);
        // A period of its own: February 2025 holds customer 3's two orders, both new.
        let feb = periods(&sample(), &[(d("2025-02-01"), d("2025-02-28"))])[0];
        assert_eq!((feb.revenue_cents, feb.orders, feb.customers), (100, 2, 1));
        assert_eq!(feb.new_customers, 1);
    }

    #[test]
    fn months_are_contiguous_up_to_as_of() {
        let ov = overview(&sample(), d("2025-03-31"));
        let months: Vec<_> = ov.monthly.iter().map(|m| (m.0, m.1)).collect();
        assert_eq!(
            months,
            vec![
                (d("2024-12-01"), 50),
                (d("2025-01-01"), 0),
                (d("2025-02-01"), 100),
                (d("2025-03-01"), 400),
            ]
        );
    }
}
