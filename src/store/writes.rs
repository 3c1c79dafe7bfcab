//! Writes: batches of contacts and sales, field edits, and the audit trail.
//!
//! Every write runs in one transaction: it lands whole or not at all. Each one that
//! changes sales or who owns them refreshes `customer_summary` inside the same transaction.

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use serde_json::json;

use super::refusal::Refusal;
use super::{DATE_FORMAT, Result, Store, StoreError, now_text};
pub use crate::model::ContactField;
use crate::model::{Consent, NewContact, NewSale};

/// What a batch of records came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BatchKind {
    /// A contacts file.
    Contacts,
    /// A sales file.
    Sales,
    /// The generated demo shop.
    Demo,
    /// A feedback file.
    Feedback,
}

impl BatchKind {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            BatchKind::Contacts => "contacts",
            BatchKind::Sales => "sales",
            BatchKind::Demo => "demo",
            BatchKind::Feedback => "feedback",
        }
    }
}

/// A batch about to be written, as `import_batch` records it.
#[derive(Clone, Debug)]
pub struct NewBatch {
    /// What the records are.
    pub kind: BatchKind,
    /// The source file's name, if any.
    pub file_name: Option<String>,
    /// The source file's SHA-256 in hex, if any.
    pub file_sha256: Option<String>,
    /// The sheet read, for spreadsheets.
    pub sheet: Option<String>,
    /// The mapping and options used, as JSON.
    pub options: serde_json::Value,
    /// Rows read from the source.
    pub rows_read: u64,
    /// Rows rejected.
    pub rows_rejected: u64,
    /// Delete every contact, sale and batch first, in the same transaction (the demo shop
    /// replacing what was there). Settings and the audit trail stay.
    pub replace_existing: bool,
}

// The field list itself lives in `model` (duplicate detection names fields too); checking
// a typed value is the store's business.
impl ContactField {
    /// Checks and normalises a value typed by hand; `None` empties the field.
    pub fn normalise(self, value: Option<&str>) -> Result<Option<String>> {
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        match self {
            ContactField::BirthDate => match value {
                None => Ok(None),
                Some(v) => chrono::NaiveDate::parse_from_str(v, DATE_FORMAT)
                    .map(|d| Some(d.format(DATE_FORMAT).to_string()))
                    .map_err(|_| {
                        StoreError::Invalid(Refusal::NotADate {
                            value: v.to_string(),
                        })
                    }),
            },
            ContactField::MarketingConsent => {
                let consent = value.map(Consent::parse).unwrap_or_default();
                Ok(Some(consent.as_str().to_string()))
            }
            ContactField::Email => match value {
                Some(v) if !v.contains('@') => Err(StoreError::Invalid(Refusal::NotAnEmail {
                    value: v.to_string(),
                })),
                other => Ok(other.map(str::to_string)),
            },
            _ => Ok(value.map(str::to_string)),
        }
    }
}

impl Store {
    pub(super) fn immediate(&self) -> Result<Transaction<'_>> {
        // The fault tests read this line to tell where a stopped command had got to.
        tracing::debug!("write transaction begins");
        Ok(Transaction::new_unchecked(
            &self.conn,
            TransactionBehavior::Immediate,
        )?)
    }

    /// Writes a batch of contacts and the sales that point at them (by index into
    /// `contacts`), in one transaction. `progress(done, total)` is called now and then; when
    /// it returns false the whole batch is rolled back and [`StoreError::Cancelled`] is
    /// returned. Returns the new batch id.
    pub fn write_batch(
        &self,
        batch: &NewBatch,
        contacts: &[NewContact],
        sales: &[NewSale],
        progress: &mut dyn FnMut(u64, u64) -> bool,
    ) -> Result<i64> {
        let total = (contacts.len() + sales.len()) as u64 + 1;
        let clock = std::time::Instant::now();
        // Keeping the contact index up to date row by row costs more than building it again
        // once for a large batch (a rollback brings the old index back).
        let mut writer = self.begin_batch(batch, sales.len() > 100_000)?;
        let step = 4096;
        let mut ids = Vec::with_capacity(contacts.len());
        for (i, c) in contacts.iter().enumerate() {
            if i % step == 0 && !progress(i as u64, total) {
                return Err(StoreError::Cancelled);
            }
            ids.push(writer.add_contact(c)?);
        }
        let base = contacts.len() as u64;
        for (i, s) in sales.iter().enumerate() {
            if i % step == 0 && !progress(base + i as u64, total) {
                return Err(StoreError::Cancelled);
            }
            let id = *ids.get(s.contact_index).ok_or_else(|| {
                StoreError::Invalid(Refusal::SaleWithoutContact {
                    line: i + 1,
                    index: s.contact_index,
                    contacts: contacts.len(),
                })
            })?;
            writer.add_sale(id, s)?;
        }
        if !progress(total - 1, total) {
            return Err(StoreError::Cancelled);
        }
        tracing::info!("batch: rows written in {:?}", clock.elapsed());
        let rows = total - 1;
        let batch_id = writer.finish(batch.rows_read.max(rows), rows, batch.rows_rejected)?;
        tracing::info!("batch {batch_id}: committed in {:?}", clock.elapsed());
        progress(total, total);
        Ok(batch_id)
    }

    /// Sets one field of a contact, records the change in the audit trail and returns the
    /// value it had before (so the change can be undone by setting it back).
    pub fn update_contact_field(
        &self,
        contact_id: i64,
        field: ContactField,
        value: Option<&str>,
    ) -> Result<Option<String>> {
        let value = field.normalise(value)?;
        self.map_busy(|s| {
            let tx = s.immediate()?;
            // The column name comes from a closed enum, never from the user.
            let column = field.column();
            let old: Option<Option<String>> = tx
                .query_row(
                    &format!("SELECT {column} FROM contact WHERE id = ?1"),
                    [contact_id],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(old) = old else {
                return Err(StoreError::NotFound(Refusal::NoCustomer { id: contact_id }));
            };
            if old == value {
                return Ok(old);
            }
            tx.execute(
                &format!("UPDATE contact SET {column} = ?1, updated_at = ?2 WHERE id = ?3"),
                params![value, now_text(), contact_id],
            )?;
            if field == ContactField::MarketingConsent {
                super::privacy::record_email_consent(
                    &tx,
                    contact_id,
                    value.as_deref(),
                    super::ConsentSource::Window,
                )?;
            }
            audit(
                &tx,
                "edit",
                &json!({
                    "contact_id": contact_id,
                    "field": column,
                    "old": old,
                    "new": value,
                }),
            )?;
            tx.commit()?;
            Ok(old)
        })
    }

    /// Rebuilds every customer's figures from the sale lines (after a repair or a bulk change).
    pub fn rebuild_customer_summary(&self) -> Result<()> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            tx.execute("DELETE FROM customer_summary", [])?;
            tx.execute_batch(&summary_insert(ALL_ROOTS_SALES, ""))?;
            tx.commit()?;
            Ok(())
        })
    }
}

/// Every sale line with its root customer, as [`summary_insert`]'s `from`.
pub(super) const ALL_ROOTS_SALES: &str =
    "sale AS s JOIN contact_root AS r ON r.contact_id = s.contact_id";

/// The statement that writes the per-customer figures of the customers `from` and `filter`
/// select. `from` must name the sales `s` and a table `r` with each sale's `root_id`.
/// Lines group into orders first (the order reference, or the day when there is none), then
/// orders into customers: an order's day is its earliest line's. `gap_days` is the median
/// of the gaps between a customer's consecutive order days ([`GAP_MEDIAN_CTES`]).
pub(super) fn summary_insert(from: &str, filter: &str) -> String {
    summary_insert_after("WITH", from, filter)
}

/// [`summary_insert`] after the caller's own tables: `with` is the statement's start up to
/// its first table of `orders` (`WITH`, or `WITH RECURSIVE tree AS (...),`).
pub(super) fn summary_insert_after(with: &str, from: &str, filter: &str) -> String {
    format!(
        "{with} orders AS (
             SELECT r.root_id AS root,
                    COALESCE(NULLIF(s.order_ref, ''), 'day:' || substr(s.sold_at, 1, 10)) AS k,
                    COUNT(*) AS lines, SUM(s.amount) AS cents, MIN(s.sold_at) AS first,
                    MAX(s.sold_at) AS last, MIN(substr(s.sold_at, 1, 10)) AS day
             FROM {from} {filter}
             GROUP BY r.root_id, k
         ),
         {GAP_MEDIAN_CTES}
         INSERT INTO customer_summary
             (customer_id, orders, sale_lines, revenue_cents, first_sale, last_sale, last_order,
              gap_days)
         SELECT o.root, COUNT(*), SUM(o.lines), SUM(o.cents), MIN(o.first), MAX(o.last),
                MAX(o.day), m.days
         FROM orders AS o LEFT JOIN median AS m ON m.root = o.root
         GROUP BY o.root;"
    )
}

/// The tables `gap` (each order's days since the customer's previous one), `ranked` and
/// `median` (each customer's median gap, the mean of the two middle ones when their number
/// is even; no row with fewer than two orders), after a table `orders` with a `root` and an
/// order's `day` per row. Ties between days give gaps of 0, as in `analytics::rfm`.
pub(super) const GAP_MEDIAN_CTES: &str = "gap AS (
             SELECT root,
                    CAST(julianday(day) - julianday(LAG(day) OVER (PARTITION BY root ORDER BY day))
                         AS INTEGER) AS days
             FROM orders
         ),
         ranked AS (
             SELECT root, days,
                    ROW_NUMBER() OVER (PARTITION BY root ORDER BY days) AS i,
                    COUNT(*) OVER (PARTITION BY root) AS n
             FROM gap WHERE days IS NOT NULL
         ),
         median AS (
             SELECT root, AVG(days) AS days FROM ranked
             WHERE i = (n + 1) / 2 OR i = (n + 2) / 2
             GROUP BY root
         )";

/// Deletes every contact, sale, batch, merge, saved segment and campaign, keeping settings and the
/// audit trail (which records the wipe).
pub(super) fn clear_shop_data(tx: &Transaction<'_>) -> Result<()> {
    let counts: (i64, i64) = tx.query_row(
        "SELECT (SELECT COUNT(*) FROM contact), (SELECT COUNT(*) FROM sale)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    tx.execute_batch(
        "DELETE FROM customer_summary;
         DELETE FROM contact_history;
         DELETE FROM campaign_left_out;
         DELETE FROM campaign_member;
         DELETE FROM campaign;
         DELETE FROM merge;
         DELETE FROM not_duplicate;
         DELETE FROM saved_segment;
         DELETE FROM sale;
         DELETE FROM feedback;
         UPDATE contact SET merged_into = NULL;
         DELETE FROM contact;
         DELETE FROM import_error;
         DELETE FROM import_batch;",
    )?;
    audit(
        tx,
        "clear",
        &json!({ "contacts": counts.0, "sales": counts.1, "reason": "replaced by a new batch" }),
    )
}

/// Writes one audit line.
pub(super) fn audit(
    conn: &rusqlite::Connection,
    action: &str,
    detail: &serde_json::Value,
) -> Result<()> {
    // Cached: automatic merging writes an audit line per merge, thousands in one go.
    conn.prepare_cached("INSERT INTO audit (at, action, detail) VALUES (?1, ?2, ?3)")?
        .execute(params![now_text(), action, detail.to_string()])?;
    super::kept::forget_kept(conn, action)
}

/// The stored text of an `extra` map. Nearly every row has none: `{}` without allocating.
pub(super) fn json_text(
    map: &serde_json::Map<String, serde_json::Value>,
) -> std::borrow::Cow<'static, str> {
    if map.is_empty() {
        std::borrow::Cow::Borrowed("{}")
    } else {
        std::borrow::Cow::Owned(serde_json::to_string(map).unwrap_or_else(|_| "{}".to_string()))
    }
}
