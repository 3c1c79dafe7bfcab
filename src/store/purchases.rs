//! Each customer's spend per day, the figures the predictions start from.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::{Result, Store};
use crate::model::SaleFact;

/// What one customer spent on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DaySpend {
    /// The root customer.
    pub customer_id: i64,
    /// The day.
    pub day: NaiveDate,
    /// The sum of that day's sale lines, in cents.
    pub amount_cents: i64,
}

impl Store {
    /// Every customer's spend per day on or before `as_of` (every day when `None`), sorted
    /// by customer then day. Sales of merged contacts count under their root customer;
    /// erased customers are left out.
    pub fn day_spends(&self, as_of: Option<NaiveDate>) -> Result<Vec<DaySpend>> {
        // The sale lines as the other analyses read them: one pass in row order, over two
        // connections on large shops, each merged contact under its root. (Grouping in SQL
        // walks the contact index and looks every row up: 15 times slower on 450 000 lines.)
        let facts = self.day_facts()?;
        Ok(day_spends_of(&facts, &self.erased_customers()?, as_of))
    }

    /// The erased customers' ids.
    pub fn erased_customers(&self) -> Result<HashSet<i64>> {
        self.map_busy(|s| {
            let mut stmt = s
                .conn
                .prepare("SELECT id FROM contact WHERE erased_at IS NOT NULL")?;
            let ids = stmt.query_map([], |r| r.get(0))?;
            Ok(ids.collect::<rusqlite::Result<_>>()?)
        })
    }
}

/// The spend per day of `facts` (as [`Store::sale_facts`] reads them) on or before `as_of`,
/// as [`Store::day_spends`] gives it, leaving out the `erased` customers.
pub fn day_spends_of(
    facts: &[SaleFact],
    erased: &HashSet<i64>,
    as_of: Option<NaiveDate>,
) -> Vec<DaySpend> {
    let kept = |f: &SaleFact| {
        as_of.is_none_or(|last| f.sold_on <= last) && !erased.contains(&f.customer_id)
    };
    let day = |f: &SaleFact| DaySpend {
        customer_id: f.customer_id,
        day: f.sold_on,
        amount_cents: f.amount_cents,
    };
    // Placed straight from the facts where the ids are dense (no copy of every line first).
    if let Some(placed) = placed_by_customer(facts, kept, day) {
        return placed;
    }
    let out: Vec<DaySpend> = facts.iter().filter(|f| kept(f)).map(day).collect();
    sorted_in_two(out, SPLIT_SORT_FROM)
}

/// From how many sale lines the sort is split over two threads.
const SPLIT_SORT_FROM: usize = 200_000;

/// The days sorted by customer then day, the same customer's same day added up (merged
/// contacts' days join their root's), when the customers' ids are dense (they are row ids, so they
/// span no more than a few times the number of lines): each line is put in its customer's
/// place by a counting sort (one pass to count, one to place), then each customer's few
/// lines are sorted by day and the same days added up. Two passes over the lines where one
/// sort of them all compares each line some twenty times. The lines are those of `items`
/// that `kept` keeps, as `day` makes them. `None` when there are none or the ids are sparse.
fn placed_by_customer<T>(
    items: &[T],
    kept: impl Fn(&T) -> bool,
    day: impl Fn(&T) -> DaySpend,
) -> Option<Vec<DaySpend>> {
    let days = || items.iter().filter(|i| kept(i)).map(&day);
    let first = days().next()?;
    let (low, starts) =
        crate::model::dense_places(|| days().map(|d| d.customer_id), DENSE_IDS_PER_LINE)?;
    let span = starts.len() - 1;
    let count = starts[span];
    let place = |d: &DaySpend| (d.customer_id - low) as usize;
    let mut next = starts.clone();
    let mut out = vec![first; count];
    for d in days() {
        let k = place(&d);
        out[next[k]] = d;
        next[k] += 1;
    }
    // Each customer's lines by day, the same day's added up, moved down over the gaps.
    let mut kept = 0_usize;
    for k in 0..span {
        let (from, to) = (starts[k], starts[k + 1]);
        out[from..to].sort_unstable_by_key(|d| d.day);
        for i in from..to {
            let line = out[i];
            match kept.checked_sub(1).map(|j| &mut out[j]) {
                Some(last) if last.customer_id == line.customer_id && last.day == line.day => {
                    last.amount_cents += line.amount_cents;
                }
                _ => {
                    out[kept] = line;
                    kept += 1;
                }
            }
        }
    }
    out.truncate(kept);
    Some(out)
}

/// Widest span of customer ids per line for which they are placed rather than sorted.
const DENSE_IDS_PER_LINE: usize = 4;

/// The days sorted by customer then day, the same day added up, where the ids are sparse:
/// from `split_from` lines on, each half sorted on its own thread, then the halves merged.
fn sorted_in_two(mut days: Vec<DaySpend>, split_from: usize) -> Vec<DaySpend> {
    if days.len() < split_from.max(2) {
        sort_and_add_up(&mut days);
        return days;
    }
    let upper = std::sync::Mutex::new(days.split_off(days.len() / 2));
    crate::parallel::side_by_side(
        "clientele-sort",
        || {
            if let Ok(mut upper) = upper.lock() {
                sort_and_add_up(&mut upper);
            }
        },
        || sort_and_add_up(&mut days),
    );
    let upper = upper
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut out: Vec<DaySpend> = Vec::with_capacity(days.len() + upper.len());
    let (mut a, mut b) = (days.into_iter().peekable(), upper.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if (x.customer_id, x.day) <= (y.customer_id, y.day) => a.next(),
            (Some(_), Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, _) => b.next(),
        };
        let Some(next) = next else { break };
        match out.last_mut() {
            Some(kept) if kept.customer_id == next.customer_id && kept.day == next.day => {
                kept.amount_cents += next.amount_cents;
            }
            _ => out.push(next),
        }
    }
    out
}

fn sort_and_add_up(days: &mut Vec<DaySpend>) {
    days.sort_unstable_by_key(|d| (d.customer_id, d.day));
    days.dedup_by(|later, kept| {
        let same = later.customer_id == kept.customer_id && later.day == kept.day;
        if same {
            kept.amount_cents += later.amount_cents;
        }
        same
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The read for the spend per day gives the sale facts without their orders, line for
    /// line, read whole or in two halves on two connections; with a merged contact's lines
    /// under its root.
    #[test]
    fn day_facts_are_the_sale_facts_without_their_orders() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = Store::open(&dir.path().join("shop.sqlite")).unwrap_or_else(|e| panic!("{e}"));
        let mut sql = String::new();
        for id in 1..=6 {
            sql.push_str(&format!(
                "INSERT INTO contact (id, first_name, created_at, updated_at)
                 VALUES ({id}, 'C{id}', '2024-01-01', '2024-01-01');"
            ));
        }
        sql.push_str("UPDATE contact SET merged_into = 1 WHERE id = 4;");
        for line in 0..40 {
            let contact = 1 + line % 6;
            let order = if line % 5 == 0 {
                "NULL".to_string()
            } else {
                format!("'O{}'", line / 2)
            };
            sql.push_str(&format!(
                "INSERT INTO sale (contact_id, order_ref, sold_at, amount)
                 VALUES ({contact}, {order}, '2024-02-{:02} 10:00:00', {});",
                1 + line % 27,
                100 + line
            ));
        }
        store
            .conn
            .execute_batch(&sql)
            .unwrap_or_else(|e| panic!("{e}"));
        for halves_from in [i64::MAX, 4] {
            crate::store::read_in_halves_from(halves_from);
            let with_orders = store.sale_facts().unwrap_or_else(|e| panic!("{e}"));
            let days = store.day_facts().unwrap_or_else(|e| panic!("{e}"));
            crate::store::read_in_halves_from(i64::MAX);
            assert_eq!(with_orders.len(), 40);
            assert!(with_orders.iter().any(|f| f.order_key != 0));
            assert!(with_orders.iter().all(|f| f.customer_id != 4));
            let without: Vec<SaleFact> = with_orders
                .iter()
                .map(|f| SaleFact { order_key: 0, ..*f })
                .collect();
            assert_eq!(days, without, "halves from {halves_from}");
        }
    }

    proptest::proptest! {
        /// Placed by customer, sorted on one thread or split over two, the days come out
        /// the same: sorted, each customer's day once, its lines added up. The ids are
        /// dense (placed) or spread far apart (sorted) as `spread` says.
        #[test]
        fn placed_and_split_sorts_equal_one_sort(
            lines in proptest::collection::vec((1_i64..40, 0_i64..30, -500_i64..5000), 0..400),
            spread in proptest::prop_oneof![proptest::strategy::Just(1_i64), proptest::strategy::Just(1_000_000_007_i64)],
            cut in proptest::option::of(0_i64..30),
            gone in proptest::option::of(1_i64..40),
        ) {
            let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
            let days: Vec<DaySpend> = lines
                .iter()
                .map(|&(customer_id, day, amount_cents)| DaySpend {
                    customer_id: customer_id * spread,
                    day: start + chrono::Days::new(day as u64),
                    amount_cents,
                })
                .collect();
            let one = sorted_in_two(days.clone(), usize::MAX);
            let split = sorted_in_two(days.clone(), 0);
            proptest::prop_assert_eq!(&one, &split);
            let placed = placed_by_customer(&days, |_| true, |d| *d);
            let ids: HashSet<i64> = days.iter().map(|d| d.customer_id).collect();
            let dense = !days.is_empty() && (spread == 1 || ids.len() == 1);
            proptest::prop_assert_eq!(placed.is_some(), dense);
            if let Some(placed) = &placed {
                proptest::prop_assert_eq!(placed, &one);
            }
            // And from the sale facts, as the reads give them.
            let facts: Vec<SaleFact> = days
                .iter()
                .map(|d| SaleFact {
                    customer_id: d.customer_id,
                    sold_on: d.day,
                    order_key: 0,
                    amount_cents: d.amount_cents,
                })
                .collect();
            proptest::prop_assert_eq!(&day_spends_of(&facts, &HashSet::new(), None), &one);
            // With a last day and an erased customer: the lines left, sorted.
            let as_of = cut.map(|c| start + chrono::Days::new(c as u64));
            let erased: HashSet<i64> = gone.map(|g| g * spread).into_iter().collect();
            let left: Vec<DaySpend> = days
                .iter()
                .filter(|d| as_of.is_none_or(|a| d.day <= a) && !erased.contains(&d.customer_id))
                .copied()
                .collect();
            proptest::prop_assert_eq!(
                &day_spends_of(&facts, &erased, as_of),
                &sorted_in_two(left, usize::MAX)
            );
            // And the one sort is what it says: sorted, keys once, totals kept.
            let sorted = one
                .windows(2)
                .all(|w| (w[0].customer_id, w[0].day) < (w[1].customer_id, w[1].day));
            proptest::prop_assert!(sorted, "not sorted or a day twice");
            let total: i64 = days.iter().map(|d| d.amount_cents).sum();
            proptest::prop_assert_eq!(one.iter().map(|d| d.amount_cents).sum::<i64>(), total);
        }
    }
}
