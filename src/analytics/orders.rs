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
///
/// Many lines are grouped on two threads, each taking the customers of one parity: every
/// order keeps the index of its first line, and the two lists, each in first-line order,
/// are merged back into that order before the sort. The sort therefore sees the orders in
/// the order one thread would have made them, and gives the same result.
pub fn build_orders(facts: &[SaleFact]) -> Vec<Order> {
    let mut orders = if facts.len() < PARALLEL_MIN_LINES {
        orders_of(facts, |_| true)
            .into_iter()
            .map(|(_, o)| o)
            .collect()
    } else {
        std::thread::scope(|scope| {
            let odd = std::thread::Builder::new()
                .name("clientele-orders".to_string())
                .spawn_scoped(scope, || orders_of(facts, |id| id & 1 == 1));
            match odd {
                Ok(odd) => {
                    let even = orders_of(facts, |id| id & 1 == 0);
                    let odd = odd
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                    merge_by_first_line(even, odd)
                }
                // No thread to be had: every customer on this one.
                Err(_) => orders_of(facts, |_| true)
                    .into_iter()
                    .map(|(_, o)| o)
                    .collect(),
            }
        })
    };
    orders.sort_unstable_by_key(|o| (o.customer_id, o.date));
    orders
}

/// Fewest sale lines for [`build_orders`] to use a second thread.
const PARALLEL_MIN_LINES: usize = 200_000;

/// The orders of the customers `take` accepts, each with the index of its first line, in
/// the order of those first lines.
fn orders_of(facts: &[SaleFact], take: impl Fn(i64) -> bool) -> Vec<(usize, Order)> {
    // Key: customer, order key, and the day when the line has no order reference.
    type Key = (i64, u64, Option<NaiveDate>);
    let mut index: HashMap<Key, usize, foldhash::fast::FixedState> =
        HashMap::with_capacity_and_hasher(facts.len() / 4, foldhash::fast::FixedState::default());
    let mut orders: Vec<(usize, Order)> = Vec::with_capacity(facts.len() / 4);
    // Lines of one order are usually stored one after another: those skip the lookup.
    let mut last: Option<(Key, usize)> = None;
    for (line, f) in facts.iter().enumerate() {
        if !take(f.customer_id) {
            continue;
        }
        let key = (
            f.customer_id,
            f.order_key,
            (f.order_key == 0).then_some(f.sold_on),
        );
        let slot = match last {
            Some((k, slot)) if k == key => slot,
            _ => *index.entry(key).or_insert_with(|| {
                orders.push((
                    line,
                    Order {
                        customer_id: f.customer_id,
                        date: f.sold_on,
                        amount_cents: 0,
                        lines: 0,
                    },
                ));
                orders.len() - 1
            }),
        };
        last = Some((key, slot));
        if let Some((_, o)) = orders.get_mut(slot) {
            o.amount_cents += f.amount_cents;
            o.lines += 1;
            o.date = o.date.min(f.sold_on);
        }
    }
    orders
}

/// Two lists of orders, each in the order of their first lines, merged into that order.
fn merge_by_first_line(a: Vec<(usize, Order)>, b: Vec<(usize, Order)>) -> Vec<Order> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut a = a.into_iter().peekable();
    let mut b = b.into_iter().peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some((i, _)), Some((j, _))) if i < j => a.next(),
            (Some(_), Some(_)) | (None, Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, None) => break,
        };
        out.extend(next.map(|(_, o)| o));
    }
    out
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

    /// Many lines (enough for two threads) of a few hundred customers, orders split over
    /// far-apart lines and many orders on one day: the two-thread grouping gives exactly
    /// the orders, in exactly the order, of one pass over every line.
    #[test]
    fn two_threads_give_the_orders_of_one_pass() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let start = d("2024-01-01");
        let facts: Vec<SaleFact> = (0..PARALLEL_MIN_LINES + 5_000)
            .map(|_| {
                let reference = next(40);
                SaleFact {
                    customer_id: next(300) as i64 + 1,
                    sold_on: start + chrono::Days::new(next(20)),
                    // One line in four without a reference: its day decides.
                    order_key: if reference < 10 { 0 } else { reference },
                    amount_cents: next(10_000) as i64 - 500,
                }
            })
            .collect();
        let mut one_pass: Vec<Order> = orders_of(&facts, |_| true)
            .into_iter()
            .map(|(_, o)| o)
            .collect();
        one_pass.sort_unstable_by_key(|o| (o.customer_id, o.date));
        let orders = build_orders(&facts);
        assert!(orders.len() > 5_000, "{}", orders.len());
        assert_eq!(orders, one_pass);
        // Every line is in one order, and the amounts add up.
        let lines: u32 = orders.iter().map(|o| o.lines).sum();
        assert_eq!(lines as usize, facts.len());
        let cents: i64 = orders.iter().map(|o| o.amount_cents).sum();
        assert_eq!(cents, facts.iter().map(|f| f.amount_cents).sum::<i64>());
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
