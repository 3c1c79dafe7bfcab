//! Orders from sale lines: the lines of one customer sharing an order reference, or, where
//! the reference is empty, the lines of one customer on one calendar day.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::SaleFact;

/// One order of one customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Order {
    /// The root customer.
    pub customer_id: i64,
    /// The day of the order (its earliest line).
    pub date: NaiveDate,
    /// Sum of its line amounts, in cents.
    pub amount_cents: i64,
    /// Number of lines.
    pub lines: u32,
}

/// Groups sale lines into orders, sorted by customer then date.
pub fn build_orders(facts: &[SaleFact]) -> Vec<Order> {
    build_orders_until(facts, None)
}

/// [`build_orders`] of the lines on or before `as_of` (every line when `None`).
pub fn build_orders_until(facts: &[SaleFact], as_of: Option<NaiveDate>) -> Vec<Order> {
    // Key: customer, order key, and the day when the line has no order reference.
    type Key = (i64, u64, Option<NaiveDate>);
    let mut index: HashMap<Key, usize, foldhash::fast::FixedState> =
        HashMap::with_capacity_and_hasher(facts.len() / 2, foldhash::fast::FixedState::default());
    let mut orders: Vec<Order> = Vec::with_capacity(facts.len() / 2);
    // Lines of one order are usually stored one after another: those skip the lookup.
    let mut last: Option<(Key, usize)> = None;
    for f in facts
        .iter()
        .filter(|f| as_of.is_none_or(|last| f.sold_on <= last))
    {
        let key = (
            f.customer_id,
            f.order_key,
            (f.order_key == 0).then_some(f.sold_on),
        );
        let slot = match last {
            Some((k, slot)) if k == key => slot,
            _ => *index.entry(key).or_insert_with(|| {
                orders.push(Order {
                    customer_id: f.customer_id,
                    date: f.sold_on,
                    amount_cents: 0,
                    lines: 0,
                });
                orders.len() - 1
            }),
        };
        last = Some((key, slot));
        if let Some(o) = orders.get_mut(slot) {
            o.amount_cents += f.amount_cents;
            o.lines += 1;
            o.date = o.date.min(f.sold_on);
        }
    }
    orders.sort_unstable_by_key(|o| (o.customer_id, o.date));
    orders
}

/// The default as-of date: the day of the latest sale, or `today` when there is none.
pub fn default_as_of(facts: &[SaleFact], today: NaiveDate) -> NaiveDate {
    facts.iter().map(|f| f.sold_on).max().unwrap_or(today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::order_key;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn fact(customer: i64, day: &str, order: Option<&str>, cents: i64) -> SaleFact {
        SaleFact {
            customer_id: customer,
            sold_on: d(day),
            order_key: order_key(order),
            amount_cents: cents,
        }
    }

    #[test]
    fn lines_sharing_a_reference_are_one_order() {
        let facts = [
            fact(1, "2025-01-02", Some("A1"), 100),
            fact(1, "2025-01-03", Some("A1"), 50),
            fact(1, "2025-01-03", Some("A2"), 7),
        ];
        let orders = build_orders(&facts);
        assert_eq!(orders.len(), 2);
        assert_eq!(orders[0].amount_cents, 150);
        assert_eq!(orders[0].date, d("2025-01-02"));
        assert_eq!(orders[0].lines, 2);
        assert_eq!(orders[1].amount_cents, 7);
    }

    #[test]
    fn lines_without_reference_group_by_customer_and_day() {
        let facts = [
            fact(1, "2025-01-02", None, 100),
            fact(1, "2025-01-02", Some(""), 20),
            fact(1, "2025-01-03", None, 5),
            fact(2, "2025-01-02", None, 9),
        ];
        let orders = build_orders(&facts);
        assert_eq!(orders.len(), 3);
        assert_eq!(orders[0].amount_cents, 120);
        assert_eq!((orders[2].customer_id, orders[2].amount_cents), (2, 9));
    }

    #[test]
    fn same_reference_for_two_customers_is_two_orders() {
        let facts = [
            fact(1, "2025-01-02", Some("X"), 1),
            fact(2, "2025-01-02", Some("X"), 1),
        ];
        assert_eq!(build_orders(&facts).len(), 2);
    }

    #[test]
    fn as_of_defaults_to_latest_sale() {
        let facts = [
            fact(1, "2025-01-02", None, 1),
            fact(2, "2024-05-02", None, 1),
        ];
        assert_eq!(default_as_of(&facts, d("2030-01-01")), d("2025-01-02"));
        assert_eq!(default_as_of(&[], d("2030-01-01")), d("2030-01-01"));
    }
}
