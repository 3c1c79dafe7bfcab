//! The sale lines as baskets: each line's customer, day, order key and product (or
//! category), streamed to the caller one at a time, for the basket analysis (issue 22).
//! Lines are handed over as plain values and never collected here, so reading costs no
//! memory per line; grouping them into orders is the caller's.

use chrono::NaiveDate;
use rusqlite::types::ValueRef;

use super::{Result, Store};
use crate::model::order_key_bytes;

/// What a basket holds: the lines' products, or their categories.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum BasketItem {
    /// The product of each line.
    #[default]
    Product,
    /// The category of each line.
    Category,
}

impl BasketItem {
    fn column(self) -> &'static str {
        match self {
            BasketItem::Product => "product",
            BasketItem::Category => "category",
        }
    }
}

/// One sale line as a basket sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BasketRow<'a> {
    /// The root customer (`None`: a walk-in sale).
    pub customer_id: Option<i64>,
    /// The day it was sold.
    pub sold_on: NaiveDate,
    /// The order reference's key (0: none).
    pub order_key: u64,
    /// The product or category as written (may be blank).
    pub item: &'a str,
}

impl Store {
    /// Every sale line between `from` and `to` (days, both included; `None`: no bound),
    /// customers' lines first and then walk-in sales, each passed to `each`, which returns
    /// false to stop. Returns the number of lines passed, or `None` when `each` stopped.
    /// Lines without a product (or category) are passed with an empty item, so the caller
    /// can count them.
    pub fn basket_rows(
        &self,
        by: BasketItem,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        each: &mut dyn FnMut(BasketRow<'_>) -> bool,
    ) -> Result<Option<u64>> {
        self.map_busy(|s| {
            let roots = s.root_map_for_reads()?;
            let period = Period::of(from, to);
            let mut passed = 0u64;
            for table in [Lines::Customers(None), Lines::WalkIn] {
                match read_rows(&s.conn, table, by, &period, &roots, each)? {
                    Some(n) => passed += n,
                    None => return Ok(None),
                }
            }
            Ok(Some(passed))
        })
    }

    /// The customers' sale lines of [`Store::basket_rows`] (not the walk-in sales) in two
    /// halves by row id, read at once on two connections on a large shop: `lower` is given
    /// the first half's lines on this thread and `upper` the second half's on another, each
    /// in row order; on a small shop `lower` is given them all. Each returns false to stop.
    /// Returns the lines passed, or `None` when one stopped.
    pub fn basket_rows_in_halves(
        &self,
        by: BasketItem,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        lower: &mut dyn FnMut(BasketRow<'_>) -> bool,
        upper: &mut (dyn FnMut(BasketRow<'_>) -> bool + Send),
    ) -> Result<Option<u64>> {
        self.map_busy(|s| {
            let roots = s.root_map_for_reads()?;
            let period = Period::of(from, to);
            let (roots, period) = (&roots, &period);
            let halves = s.sale_halves(
                |conn, lo, hi| {
                    read_rows(
                        conn,
                        Lines::Customers(Some((lo, hi))),
                        by,
                        period,
                        roots,
                        lower,
                    )
                },
                |conn, lo, hi| {
                    read_rows(
                        conn,
                        Lines::Customers(Some((lo, hi))),
                        by,
                        period,
                        roots,
                        upper,
                    )
                },
            )?;
            // No sale line; the lower half alone (a small shop); both halves read in full.
            Ok(match halves {
                None => Some(0),
                Some((Some(a), None)) => Some(a),
                Some((Some(a), Some(Some(b)))) => Some(a + b),
                Some(_) => None,
            })
        })
    }

    /// The walk-in sales of [`Store::basket_rows`], passed to `each`.
    pub fn basket_walk_in_rows(
        &self,
        by: BasketItem,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        each: &mut dyn FnMut(BasketRow<'_>) -> bool,
    ) -> Result<Option<u64>> {
        // Walk-in sales name no customer: no roots to look up.
        self.map_busy(|s| {
            read_rows(
                &s.conn,
                Lines::WalkIn,
                by,
                &Period::of(from, to),
                &|id| id,
                each,
            )
        })
    }

    /// How many sale lines (customers' and walk-in) there are, for progress.
    pub fn sale_line_count(&self) -> Result<u64> {
        self.map_busy(|s| {
            let n: i64 = s.conn.query_row(
                "SELECT (SELECT COUNT(*) FROM sale) + (SELECT COUNT(*) FROM walk_in_sale)",
                [],
                |r| r.get(0),
            )?;
            Ok(u64::try_from(n).unwrap_or(0))
        })
    }
}

/// The bounds of a period as stored texts: the first day, and the day after the last
/// (compared with the whole stored date-time).
struct Period {
    from: Option<String>,
    until: Option<String>,
}

impl Period {
    fn of(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Period {
        Period {
            from: from.map(|d| d.format(super::DATE_FORMAT).to_string()),
            until: to
                .and_then(|d| d.succ_opt())
                .map(|d| d.format(super::DATE_FORMAT).to_string()),
        }
    }
}

/// Which lines to read: the customers' (all, or those with row ids in a range), or the
/// walk-in sales.
#[derive(Clone, Copy)]
enum Lines {
    Customers(Option<(i64, i64)>),
    WalkIn,
}

/// Passes the lines of `lines` in the period to `each`, in row order; the number passed, or
/// `None` when `each` stopped.
fn read_rows(
    conn: &rusqlite::Connection,
    lines: Lines,
    by: BasketItem,
    period: &Period,
    roots: &(dyn Fn(i64) -> i64 + Sync),
    each: &mut (dyn FnMut(BasketRow<'_>) -> bool + '_),
) -> Result<Option<u64>> {
    let (table, contact, ids) = match lines {
        Lines::Customers(ids) => ("sale", "contact_id", ids),
        Lines::WalkIn => ("walk_in_sale", "NULL", None),
    };
    let (lo, hi) = ids.unwrap_or((i64::MIN, i64::MAX));
    let sql = format!(
        "SELECT {contact}, sold_at, order_ref, {item} FROM {table}
         WHERE id BETWEEN ?3 AND ?4
           AND (?1 IS NULL OR sold_at >= ?1) AND (?2 IS NULL OR sold_at < ?2)",
        item = by.column()
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params![period.from, period.until, lo, hi])?;
    let mut passed = 0u64;
    while let Some(r) = rows.next()? {
        let Some(sold_on) = super::reads::day_of(r.get_ref(1)?) else {
            continue;
        };
        let order_key = match r.get_ref(2)? {
            ValueRef::Text(b) => order_key_bytes(b),
            _ => 0,
        };
        let item = match r.get_ref(3)? {
            ValueRef::Text(b) => String::from_utf8_lossy(b),
            _ => "".into(),
        };
        let customer_id = r.get::<_, Option<i64>>(0)?.map(roots);
        passed += 1;
        if !each(BasketRow {
            customer_id,
            sold_on,
            order_key,
            item: &item,
        }) {
            return Ok(None);
        }
    }
    Ok(Some(passed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(
        store: &Store,
        by: BasketItem,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Vec<(Option<i64>, String, bool, String)> {
        let mut out = Vec::new();
        store
            .basket_rows(by, from, to, &mut |r| {
                out.push((
                    r.customer_id,
                    r.sold_on.to_string(),
                    r.order_key != 0,
                    r.item.to_string(),
                ));
                true
            })
            .unwrap();
        out.sort();
        out
    }

    #[test]
    fn lines_come_with_their_root_customer_day_order_and_item() {
        let store = Store::open_in_memory().unwrap();
        store
            .conn
            .execute_batch(
                "INSERT INTO contact (id, first_name, created_at, updated_at) VALUES
                    (1, 'Ann', '2025-01-01', '2025-01-01'), (2, 'Ann B', '2025-01-01', '2025-01-01');
                 UPDATE contact SET merged_into = 1 WHERE id = 2;
                 INSERT INTO sale (contact_id, order_ref, sold_at, product, category, amount) VALUES
                    (1, 'A1', '2025-03-01 10:00:00', 'Tea', 'Drinks', 100),
                    (2, NULL, '2025-03-02', 'Candles', 'Home', 200),
                    (1, '', '2025-03-03 23:59:59', NULL, 'Home', 300);
                 INSERT INTO walk_in_sale (order_ref, sold_at, product, category, amount) VALUES
                    ('R9', '2025-03-02', 'Soap', 'Home', 50);",
            )
            .unwrap();
        assert_eq!(
            rows(&store, BasketItem::Product, None, None),
            [
                (None, "2025-03-02".into(), true, "Soap".into()),
                (Some(1), "2025-03-01".into(), true, "Tea".into()),
                (Some(1), "2025-03-02".into(), false, "Candles".into()),
                (Some(1), "2025-03-03".into(), false, "".into()),
            ]
        );
        let day = |d| NaiveDate::from_ymd_opt(2025, 3, d);
        let cats = rows(&store, BasketItem::Category, day(2), day(3));
        assert_eq!(
            cats.iter().map(|r| r.3.as_str()).collect::<Vec<_>>(),
            ["Home", "Home", "Home"]
        );
        assert_eq!(rows(&store, BasketItem::Product, day(4), None), []);
        assert_eq!(store.sale_line_count().unwrap(), 4);
        let mut seen = 0;
        let stopped = store
            .basket_rows(BasketItem::Product, None, None, &mut |_| {
                seen += 1;
                false
            })
            .unwrap();
        assert_eq!((stopped, seen), (None, 1));
    }
}
