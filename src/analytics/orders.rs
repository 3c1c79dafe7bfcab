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
///
/// Where the customers' ids are dense (they are row ids), each line is put in its
/// customer's place by a counting sort and each customer's few lines are grouped there
/// ([`placed_orders`]); else the lines are grouped through one table of every order
/// ([`hashed_orders`]). Both give the same orders; orders of one customer on one day come
/// in no set order.
pub fn build_orders_until(facts: &[SaleFact], as_of: Option<NaiveDate>) -> Vec<Order> {
    placed_orders(facts, as_of).unwrap_or_else(|| hashed_orders(facts, as_of))
}

/// Widest span of customer ids per sale line for which the lines are placed by customer.
const DENSE_IDS_PER_LINE: usize = 4;

/// [`build_orders_until`] by a counting sort of the lines by customer (two passes over
/// them, where a table of every order is looked up once a line, out of the cache on large
/// shops); then each customer's lines are sorted by order and the orders by day. `None`
/// when the customers' ids are sparse.
fn placed_orders(facts: &[SaleFact], as_of: Option<NaiveDate>) -> Option<Vec<Order>> {
    let kept = |f: &&SaleFact| as_of.is_none_or(|last| f.sold_on <= last);
    if u32::try_from(facts.len()).is_err() {
        return None;
    }
    let ids = || facts.iter().filter(kept).map(|f| f.customer_id);
    if ids().next().is_none() {
        return Some(Vec::new());
    }
    let (low, starts) = crate::model::dense_places(ids, DENSE_IDS_PER_LINE)?;
    let span = starts.len() - 1;
    let count = starts[span];
    let place = |f: &SaleFact| (f.customer_id - low) as usize;
    let mut next = starts.clone();
    let mut lines = vec![0_u32; count];
    for (i, f) in facts.iter().enumerate().filter(|(_, f)| kept(f)) {
        let k = place(f);
        lines[next[k]] = i as u32;
        next[k] += 1;
    }
    drop(next);
    // A line's order within its customer: the reference's key, and the day without one.
    let key = |i: &u32| {
        let f = &facts[*i as usize];
        let day = if f.order_key == 0 {
            chrono::Datelike::num_days_from_ce(&f.sold_on)
        } else {
            i32::MIN
        };
        (f.order_key, day)
    };
    let mut orders: Vec<Order> = Vec::with_capacity(count / 2);
    for k in 0..span {
        let own = &mut lines[starts[k]..starts[k + 1]];
        let Some(&first) = own.first() else {
            continue;
        };
        let customer_id = facts[first as usize].customer_id;
        own.sort_unstable_by_key(key);
        let from = orders.len();
        for order in own.chunk_by(|a, b| key(a) == key(b)) {
            let mut o = Order {
                customer_id,
                date: facts[order[0] as usize].sold_on,
                amount_cents: 0,
                lines: 0,
            };
            for i in order {
                let f = &facts[*i as usize];
                o.amount_cents += f.amount_cents;
                o.lines += 1;
                o.date = o.date.min(f.sold_on);
            }
            orders.push(o);
        }
        orders[from..].sort_unstable_by_key(|o| o.date);
    }
    Some(orders)
}

/// [`build_orders_until`] through a table of every order.
fn hashed_orders(facts: &[SaleFact], as_of: Option<NaiveDate>) -> Vec<Order> {
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

    proptest::proptest! {
        /// Placed by customer or grouped through one table, the orders are the same: the
        /// same set, sorted by customer then day. The ids are dense (placed) or spread far
        /// apart (the table), order references few (shared between customers and days) or
        /// missing, and an as-of date cuts some lines off.
        #[test]
        fn placed_orders_equal_hashed_orders(
            lines in proptest::collection::vec(
                (1_i64..40, 0_u64..60, proptest::option::of(0_u8..6), -500_i64..5000),
                0..400,
            ),
            spread in proptest::prop_oneof![proptest::strategy::Just(1_i64), proptest::strategy::Just(1_000_000_007_i64)],
            cut in proptest::option::of(0_u64..60),
        ) {
            let start = d("2024-01-01");
            let facts: Vec<SaleFact> = lines
                .iter()
                .map(|&(customer, day, order, cents)| SaleFact {
                    customer_id: customer * spread,
                    sold_on: start + chrono::Days::new(day),
                    order_key: order_key(order.map(|o| format!("R{o}")).as_deref()),
                    amount_cents: cents,
                })
                .collect();
            let as_of = cut.map(|c| start + chrono::Days::new(c));
            let normal = |mut o: Vec<Order>| {
                o.sort_by_key(|o| (o.customer_id, o.date, o.amount_cents, o.lines));
                o
            };
            let hashed = hashed_orders(&facts, as_of);
            let placed = placed_orders(&facts, as_of);
            let ids: std::collections::HashSet<i64> = facts
                .iter()
                .filter(|f| as_of.is_none_or(|a| f.sold_on <= a))
                .map(|f| f.customer_id)
                .collect();
            proptest::prop_assert_eq!(placed.is_some(), spread == 1 || ids.len() <= 1);
            if let Some(placed) = placed {
                let sorted = placed
                    .windows(2)
                    .all(|w| (w[0].customer_id, w[0].date) <= (w[1].customer_id, w[1].date));
                proptest::prop_assert!(sorted, "placed orders not sorted");
                proptest::prop_assert_eq!(normal(placed), normal(hashed.clone()));
            }
            // And the table's orders are what the lines make: every line in one order.
            let kept: Vec<&SaleFact> = facts
                .iter()
                .filter(|f| as_of.is_none_or(|a| f.sold_on <= a))
                .collect();
            let lines: u32 = hashed.iter().map(|o| o.lines).sum();
            proptest::prop_assert_eq!(lines as usize, kept.len());
            let total: i64 = hashed.iter().map(|o| o.amount_cents).sum();
            proptest::prop_assert_eq!(total, kept.iter().map(|f| f.amount_cents).sum::<i64>());
            let mut keys: Vec<(i64, u64, Option<NaiveDate>)> = kept
                .iter()
                .map(|f| (f.customer_id, f.order_key, (f.order_key == 0).then_some(f.sold_on)))
                .collect();
            keys.sort_unstable();
            keys.dedup();
            proptest::prop_assert_eq!(hashed.len(), keys.len());
        }
    }
}
