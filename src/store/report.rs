//! Reads for exports and the printed report: every sale line with its columns, revenue by
//! channel and category for a period, and the data-quality counts.

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::json;

use super::writes::audit;
use super::{DATE_FORMAT, DATETIME_FORMAT, Result, Store};
use crate::model::{ChannelCategoryRevenue, SaleExportRow};

fn parse_sold_at(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, DATETIME_FORMAT)
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(text.get(..10)?, DATE_FORMAT)
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
}

impl Store {
    /// Every sale line, by id, with its root customer.
    pub fn sales_for_export(&self) -> Result<Vec<SaleExportRow>> {
        self.map_busy(|s| {
            let roots = s.root_map_for_reads()?;
            let mut stmt = s.conn.prepare(
                "SELECT id, contact_id, customer_ref, order_ref, sold_at, product, category,
                        quantity, unit_price, discount, amount, cost, channel, payment_method,
                        store
                 FROM sale ORDER BY id",
            )?;
            let mut rows = stmt.query([])?;
            let mut out = Vec::new();
            while let Some(r) = rows.next()? {
                let sold_at: String = r.get(4)?;
                out.push(SaleExportRow {
                    id: r.get(0)?,
                    customer_id: roots(r.get(1)?),
                    customer_ref: r.get(2)?,
                    order_ref: r.get(3)?,
                    sold_at: parse_sold_at(&sold_at),
                    product: r.get(5)?,
                    category: r.get(6)?,
                    quantity: r.get(7)?,
                    unit_price_cents: r.get(8)?,
                    discount_cents: r.get(9)?,
                    amount_cents: r.get(10)?,
                    cost_cents: r.get(11)?,
                    channel: r.get(12)?,
                    payment_method: r.get(13)?,
                    store: r.get(14)?,
                });
            }
            Ok(out)
        })
    }

    /// Revenue per channel and category of the sale lines sold from `from` to `to`
    /// (both included).
    pub fn revenue_by_channel_and_category(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ChannelCategoryRevenue>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT NULLIF(channel, ''), NULLIF(category, ''), SUM(amount) FROM sale
                 WHERE sold_at >= ?1 AND sold_at < ?2
                 GROUP BY 1, 2",
            )?;
            // Stored dates start with YYYY-MM-DD, so the days compare as text: from the
            // first day on, up to (not including) the day after the last.
            let after = to.succ_opt().unwrap_or(to);
            let rows = stmt.query_map(
                [
                    from.format(DATE_FORMAT).to_string(),
                    after.format(DATE_FORMAT).to_string(),
                ],
                |r| {
                    Ok(ChannelCategoryRevenue {
                        channel: r.get(0)?,
                        category: r.get(1)?,
                        revenue_cents: r.get(2)?,
                    })
                },
            )?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Records an export (what, which file, how many rows) in the audit log.
    pub fn audit_export(&self, what: &str, file: &str, rows: usize) -> Result<()> {
        self.map_busy(|s| {
            audit(
                &s.conn,
                "export",
                &json!({ "what": what, "file": file, "rows": rows }),
            )
        })
    }
}
