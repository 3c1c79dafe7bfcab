//! Each customer's purchase history as of a date, in the four figures the models read:
//! x (repeat purchase days), t_x (recency), T (age) and m_x (mean repeat spend).
//!
//! The convention is Fader, Hardie & Lee (2005) and the lifetimes library's: a purchase is a
//! day with at least one order, weeks are days / 7, and only sales on or before the as-of
//! date count. Nothing here fits or predicts.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::analytics::orders::Order;

/// Days in the models' time unit, the week.
pub const DAYS_PER_WEEK: f64 = 7.0;

/// One sale as the models see it: who, which day, how much (in money, not cents).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sale {
    /// The customer.
    pub customer_id: i64,
    /// The day of the sale.
    pub date: NaiveDate,
    /// The amount, in the shop's currency.
    pub amount: f64,
}

/// One customer's history as of a date.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerHistory {
    /// The customer.
    pub customer_id: i64,
    /// The first purchase day.
    pub first_purchase: NaiveDate,
    /// x: purchase days after the first one.
    pub frequency: u32,
    /// t_x: weeks from the first purchase day to the last one.
    pub recency_weeks: f64,
    /// T: weeks from the first purchase day to the as-of date.
    pub age_weeks: f64,
    /// m_x: mean spend per repeat purchase day, the first day excluded; `None` when x = 0.
    pub monetary_avg: Option<f64>,
}

/// One customer's purchase days with the spend of each, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct PurchaseDays {
    /// The customer.
    pub customer_id: i64,
    /// Each purchase day and the sum spent on it, in increasing date order.
    pub days: Vec<(NaiveDate, f64)>,
}

/// Sales from orders (cents become currency units).
pub fn sales_from_orders(orders: &[Order]) -> Vec<Sale> {
    orders
        .iter()
        .map(|o| Sale {
            customer_id: o.customer_id,
            date: o.date,
            amount: o.amount_cents as f64 / 100.0,
        })
        .collect()
}

/// Groups sales into each customer's purchase days, sorted by customer.
pub fn purchase_days(sales: &[Sale]) -> Vec<PurchaseDays> {
    let mut sorted: Vec<Sale> = sales.to_vec();
    sorted.sort_unstable_by_key(|s| (s.customer_id, s.date));
    let mut out: Vec<PurchaseDays> = Vec::new();
    for s in sorted {
        match out.last_mut() {
            Some(c) if c.customer_id == s.customer_id => match c.days.last_mut() {
                Some((day, spend)) if *day == s.date => *spend += s.amount,
                _ => c.days.push((s.date, s.amount)),
            },
            _ => out.push(PurchaseDays {
                customer_id: s.customer_id,
                days: vec![(s.date, s.amount)],
            }),
        }
    }
    out
}

impl PurchaseDays {
    /// The history as of `as_of`, or `None` when the first purchase is after it.
    pub fn history(&self, as_of: NaiveDate) -> Option<CustomerHistory> {
        let (first, _) = *self.days.first()?;
        if first > as_of {
            return None;
        }
        let upto = self.days.partition_point(|(d, _)| *d <= as_of);
        let repeat = self.days.get(1..upto).unwrap_or(&[]);
        let last = repeat.last().map_or(first, |(d, _)| *d);
        let weeks = |from: NaiveDate, to: NaiveDate| (to - from).num_days() as f64 / DAYS_PER_WEEK;
        let monetary_avg = (!repeat.is_empty())
            .then(|| repeat.iter().map(|(_, s)| s).sum::<f64>() / repeat.len() as f64);
        Some(CustomerHistory {
            customer_id: self.customer_id,
            first_purchase: first,
            frequency: u32::try_from(repeat.len()).unwrap_or(u32::MAX),
            recency_weeks: weeks(first, last),
            age_weeks: weeks(first, as_of),
            monetary_avg,
        })
    }

    /// Purchase days after `from` up to and including `to`.
    pub fn days_between(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        let n = self
            .days
            .iter()
            .filter(|(d, _)| *d > from && *d <= to)
            .count();
        u32::try_from(n).unwrap_or(u32::MAX)
    }
}

/// Every customer's history as of `as_of` (customers who first bought later are left out),
/// sorted by customer.
pub fn histories(days: &[PurchaseDays], as_of: NaiveDate) -> Vec<CustomerHistory> {
    days.iter().filter_map(|c| c.history(as_of)).collect()
}

/// Every customer's history as of `as_of`, straight from orders.
pub fn histories_from_orders(orders: &[Order], as_of: NaiveDate) -> Vec<CustomerHistory> {
    histories(&purchase_days(&sales_from_orders(orders)), as_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn sale(c: i64, day: &str, amount: f64) -> Sale {
        Sale {
            customer_id: c,
            date: d(day),
            amount,
        }
    }

    #[test]
    fn repeat_days_exclude_the_first_and_merge_same_day_orders() {
        let sales = [
            sale(1, "2025-01-01", 10.0),
            sale(1, "2025-01-08", 4.0),
            sale(1, "2025-01-08", 6.0),
            sale(1, "2025-01-22", 20.0),
            sale(1, "2025-03-01", 99.0),
        ];
        let h = histories(&purchase_days(&sales), d("2025-01-29"));
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].frequency, 2);
        assert_eq!(h[0].recency_weeks, 3.0);
        assert_eq!(h[0].age_weeks, 4.0);
        assert_eq!(h[0].monetary_avg, Some(15.0));
    }

    #[test]
    fn one_purchase_has_no_repeat_spend_and_later_customers_are_left_out() {
        let sales = [sale(2, "2025-01-01", 10.0), sale(3, "2025-02-01", 5.0)];
        let h = histories(&purchase_days(&sales), d("2025-01-15"));
        assert_eq!(h.len(), 1);
        assert_eq!((h[0].frequency, h[0].recency_weeks), (0, 0.0));
        assert_eq!(h[0].age_weeks, 2.0);
        assert_eq!(h[0].monetary_avg, None);
    }

    #[test]
    fn orders_become_sales_in_currency_units() {
        let orders = [Order {
            customer_id: 7,
            date: d("2025-01-01"),
            amount_cents: 1234,
            lines: 2,
        }];
        assert_eq!(sales_from_orders(&orders)[0].amount, 12.34);
    }
}
