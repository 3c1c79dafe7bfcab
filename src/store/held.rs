//! Orders kept but not counted (`held_sale`, migration 0011), and the walk-in sales as
//! orders for the shop's totals.
//!
//! An order whose status says it is not paid, cancelled or failed is kept here, line by
//! line, apart from `sale`: no read of `sale` meets it, so every total stays as it was. A
//! pending order that a later import of the same layout says is paid is counted there, in
//! `sale`; one it says is cancelled or failed is held again by that import with its new
//! status. Either way the earlier held lines then name that import (`paid_batch_id`) and
//! are no longer shown.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::{ToSql, Transaction, params};

use super::batch::BatchWriter;
use super::reads::day_of;
use super::{Result, Store};
use crate::model::LineToWrite;

/// The order numbers an import of one layout finds already in the database, read before
/// its rows: orders counted by an earlier import of the same layout are not counted again,
/// and pending orders held by one are counted once paid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KnownOrders {
    /// Orders in `sale` from imports of the layout not undone, with what was counted of
    /// them.
    pub counted: HashMap<String, CountedOrder>,
    /// Orders held as pending (not paid yet) by imports of the layout not undone.
    pub pending: HashSet<String>,
    /// Orders held as cancelled or failed by imports of the layout not undone.
    pub closed: HashSet<String>,
}

/// What earlier imports counted of one order: its lines, and its refunds apart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CountedOrder {
    /// The sum of its lines other than refunds, in cents.
    pub gross_cents: i64,
    /// The refunds counted on it (category `refund`), as a positive amount in cents.
    pub refunded_cents: i64,
}

/// One held order of a customer, for the customer detail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeldOrder {
    /// The order's number (None: the file gave none).
    pub order_ref: Option<String>,
    /// The day of its earliest line.
    pub day: Option<NaiveDate>,
    /// What its status means: `pending`, `cancelled` or `failed`.
    pub status: String,
    /// The status as the file wrote it ("On hold").
    pub status_read: String,
    /// The sum of its lines, in cents.
    pub amount_cents: i64,
    /// Its lines.
    pub lines: i64,
}

/// One walk-in order: the walk-in sale lines of one receipt, or of one day when they have
/// no receipt number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WalkInOrder {
    /// The day of its earliest line.
    pub day: NaiveDate,
    /// The sum of its lines, in cents.
    pub amount_cents: i64,
}

/// The values of a sale line from `order_ref` to `extra` (its extra columns as JSON), in
/// the order of the columns of `sale`, `walk_in_sale` and `held_sale`.
pub(super) fn line_values<'a>(s: &'a LineToWrite<'_>, extra: &'a dyn ToSql) -> [&'a dyn ToSql; 13] {
    [
        &s.order_ref,
        &s.sold_at,
        &s.product,
        &s.category,
        &s.quantity,
        &s.unit_price_cents,
        &s.discount_cents,
        &s.amount_cents,
        &s.cost_cents,
        &s.channel,
        &s.payment_method,
        &s.store,
        extra,
    ]
}

/// The batches of one layout that were not undone, as a SQL condition on `batch_id`.
const SAME_LAYOUT: &str = "batch_id IN (SELECT id FROM import_batch
     WHERE undone_at IS NULL AND json_extract(options, '$.layout') = ?1)";

impl BatchWriter<'_> {
    /// Adds a line of an order kept but not counted. `contact_id` is its customer when the
    /// import knows them; `status` is `pending`, `cancelled` or `failed`, `status_read` the
    /// value as written in the file.
    pub fn add_held_sale(
        &mut self,
        contact_id: Option<i64>,
        s: &LineToWrite<'_>,
        status: &str,
        status_read: &str,
    ) -> Result<()> {
        let extra = serde_json::to_string(s.extra).unwrap_or_else(|_| "{}".to_string());
        self.tx
            .prepare_cached(
                "INSERT INTO held_sale (batch_id, contact_id, customer_ref, order_ref, sold_at,
                     product, category, quantity, unit_price, discount, amount, cost, channel,
                     payment_method, store, extra, status, status_read)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                         ?17, ?18)",
            )?
            .execute(rusqlite::params_from_iter(
                [&self.batch_id as &dyn ToSql, &contact_id, &s.customer_ref]
                    .into_iter()
                    .chain(line_values(s, &extra))
                    .chain([&status as &dyn ToSql, &status_read]),
            ))?;
        Ok(())
    }

    /// Settles by this batch the pending orders held by earlier imports of `layout` whose
    /// numbers this batch counts in `sale` (paid since) or holds as cancelled or failed
    /// (cancelled since): their lines name this batch in `paid_batch_id` and are no longer
    /// shown; this batch's own lines say what the order is now. Undoing this batch makes
    /// them pending again. Returns the held lines marked.
    pub fn mark_held_orders_paid(&mut self, layout: &str) -> Result<u64> {
        let marked = self.tx.execute(
            &format!(
                "UPDATE held_sale SET paid_batch_id = ?2
                 WHERE paid_batch_id IS NULL AND status = 'pending' AND batch_id <> ?2
                   AND {SAME_LAYOUT}
                   AND order_ref IN (SELECT order_ref FROM sale
                                     WHERE batch_id = ?2 AND order_ref IS NOT NULL
                                     UNION ALL
                                     SELECT order_ref FROM held_sale
                                     WHERE batch_id = ?2 AND order_ref IS NOT NULL
                                       AND status IN ('cancelled', 'failed'))"
            ),
            params![layout, self.batch_id],
        )?;
        Ok(marked as u64)
    }
}

impl Store {
    /// The orders already in the database from imports of `layout` (see [`KnownOrders`]).
    pub fn known_orders(&self, layout: &str) -> Result<KnownOrders> {
        self.map_busy(|s| {
            let mut known = KnownOrders::default();
            let mut stmt = s.conn.prepare(&format!(
                "SELECT order_ref,
                        SUM(CASE WHEN category = 'refund' THEN 0 ELSE amount END),
                        -SUM(CASE WHEN category = 'refund' THEN amount ELSE 0 END)
                 FROM sale WHERE order_ref IS NOT NULL AND {SAME_LAYOUT}
                 GROUP BY order_ref"
            ))?;
            let rows = stmt.query_map([layout], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    CountedOrder {
                        gross_cents: r.get(1)?,
                        refunded_cents: r.get(2)?,
                    },
                ))
            })?;
            for r in rows {
                let (order, counted) = r?;
                known.counted.insert(order, counted);
            }
            let mut stmt = s.conn.prepare(&format!(
                "SELECT DISTINCT order_ref, status = 'pending' FROM held_sale
                 WHERE order_ref IS NOT NULL AND paid_batch_id IS NULL AND {SAME_LAYOUT}"
            ))?;
            for r in stmt.query_map([layout], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))? {
                let (order, pending): (String, bool) = r?;
                if pending {
                    known.pending.insert(order);
                } else {
                    known.closed.insert(order);
                }
            }
            Ok(known)
        })
    }

    /// A customer's held orders (every contact merged into them included), newest first.
    pub fn held_orders(&self, customer_id: i64) -> Result<Vec<HeldOrder>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT order_ref, MIN(sold_at), status, status_read, SUM(amount), COUNT(*)
                 FROM held_sale
                 WHERE paid_batch_id IS NULL
                   AND contact_id IN (SELECT contact_id FROM contact_root WHERE root_id = ?1)
                 GROUP BY COALESCE(order_ref, 'line:' || id), status, status_read
                 ORDER BY MIN(sold_at) DESC, order_ref",
            )?;
            let rows = stmt.query_map([customer_id], |r| {
                Ok(HeldOrder {
                    order_ref: r.get(0)?,
                    day: day_of(r.get_ref(1)?),
                    status: r.get(2)?,
                    status_read: r.get(3)?,
                    amount_cents: r.get(4)?,
                    lines: r.get(5)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Every walk-in order, oldest first: an order is a receipt number, else a day (as
    /// `stats` counts them).
    pub fn walk_in_orders(&self) -> Result<Vec<WalkInOrder>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT MIN(sold_at), SUM(amount) FROM walk_in_sale
                 GROUP BY COALESCE(NULLIF(order_ref, ''), 'day:' || substr(sold_at, 1, 10))
                 ORDER BY MIN(sold_at)",
            )?;
            let rows = stmt.query_map([], |r| Ok((day_of(r.get_ref(0)?), r.get(1)?)))?;
            let mut out = Vec::new();
            for r in rows {
                if let (Some(day), amount_cents) = r? {
                    out.push(WalkInOrder { day, amount_cents });
                }
            }
            Ok(out)
        })
    }
}

/// Undoing an import: its held lines go, and the held orders it counted as paid are held
/// again.
pub(super) fn undo_held(tx: &Transaction<'_>, batch_id: i64) -> Result<()> {
    tx.execute("DELETE FROM held_sale WHERE batch_id = ?1", [batch_id])?;
    tx.execute(
        "UPDATE held_sale SET paid_batch_id = NULL WHERE paid_batch_id = ?1",
        [batch_id],
    )?;
    Ok(())
}
