//! Reads: counts, the customer list, one customer's details and orders, and the plain
//! sale facts that analytics work on.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, Row};

use super::origins::FirstDays;
use super::{DATE_FORMAT, DATETIME_FORMAT, Result, Store};
use crate::model::{Consent, CustomerRow, SaleDetail, SaleFact, order_key_bytes};

/// The shop in numbers, as `clientele stats` prints them.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Root contacts, not merged away, not erased, with or without sales.
    pub customers: i64,
    /// Orders: the lines of one customer sharing an order reference, or, for lines without
    /// one, the lines of one customer on one day.
    pub orders: i64,
    /// Sale lines.
    pub sale_lines: i64,
    /// Sum of line amounts, in cents.
    pub revenue_cents: i64,
    /// Date of the first sale.
    pub first_sale: Option<NaiveDate>,
    /// Date of the last sale.
    pub last_sale: Option<NaiveDate>,
}

/// Everything about one contact, for the detail panel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomerDetail {
    /// Contact id.
    pub id: i64,
    /// Reference in the source system.
    pub external_ref: Option<String>,
    /// Editable fields, by column name, in [`super::ContactField::ALL`] order.
    pub fields: Vec<(super::ContactField, Option<String>)>,
    /// Marketing consent.
    pub marketing_consent: Consent,
    /// When consent was given or refused.
    pub consent_date: Option<String>,
    /// Unmapped columns from the source file.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Where the contact came from (file name or "demo shop").
    pub source: Option<String>,
    /// When the contact was created.
    pub created_at: String,
    /// When it was last changed.
    pub updated_at: String,
    /// Contacts merged into this one.
    pub absorbed: Vec<i64>,
    /// Consent decisions per channel, newest first.
    pub consent: Vec<super::ConsentEntry>,
    /// Campaigns the customer was contacted in and the owner's notes, newest first.
    pub contact_history: Vec<super::ContactLine>,
    /// Orders kept but not counted (not paid yet, cancelled, failed), newest first; filled
    /// by [`Store::held_orders`] where the detail is shown.
    pub held: Vec<super::HeldOrder>,
}

/// One sale line of a customer, newest first in lists.
#[derive(Clone, Debug, PartialEq)]
pub struct OrderLine {
    /// Sale line id.
    pub id: i64,
    /// The contact the line was recorded on (the customer or one merged into it).
    pub contact_id: i64,
    /// Order reference.
    pub order_ref: Option<String>,
    /// When sold.
    pub sold_at: NaiveDateTime,
    /// Product.
    pub product: Option<String>,
    /// Category.
    pub category: Option<String>,
    /// Quantity.
    pub quantity: f64,
    /// Line amount in cents.
    pub amount_cents: i64,
    /// Channel.
    pub channel: Option<String>,
    /// Store.
    pub store: Option<String>,
}

/// Reads the `YYYY-MM-DD` day at the start of a stored date or date-time. Stored dates are
/// always written in that form, so the bytes are read directly (millions of sale lines pass
/// here); anything else goes through chrono.
pub(super) fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            b.get(r)?.iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        if let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) {
            return NaiveDate::from_ymd_opt(y as i32, m, d);
        }
    }
    NaiveDate::parse_from_str(text.get(..10)?, DATE_FORMAT).ok()
}

/// The day of a stored date or date-time value: `None` when it is not text or not a date.
pub(super) fn day_of(value: rusqlite::types::ValueRef<'_>) -> Option<NaiveDate> {
    let rusqlite::types::ValueRef::Text(b) = value else {
        return None;
    };
    std::str::from_utf8(b.get(..10).unwrap_or(b))
        .ok()
        .and_then(parse_date)
}

fn parse_datetime(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, DATETIME_FORMAT)
        .ok()
        .or_else(|| parse_date(text).and_then(|d| d.and_hms_opt(0, 0, 0)))
}

impl Store {
    /// Counts for the status bar and `clientele stats`.
    pub fn stats(&self) -> Result<Stats> {
        self.map_busy(|s| {
            let customers: i64 = s.conn.query_row(
                // Erased customers count: their sales stay, on their anonymous records.
                "SELECT COUNT(*) FROM contact WHERE merged_into IS NULL",
                [],
                |r| r.get(0),
            )?;
            type Sums = (
                Option<i64>,
                Option<i64>,
                Option<i64>,
                Option<String>,
                Option<String>,
            );
            let (orders, sale_lines, revenue_cents, first, last): Sums = s.conn.query_row(
                "SELECT SUM(orders), SUM(sale_lines), SUM(revenue_cents), MIN(first_sale),
                        MAX(last_sale)
                 FROM customer_summary",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )?;
            // Walk-in sales count in the shop's figures, in no customer's: an order is its
            // receipt number, else its day.
            let (w_orders, w_lines, w_revenue, w_first, w_last): Sums = s.conn.query_row(
                "SELECT COUNT(DISTINCT COALESCE(NULLIF(order_ref, ''), 'day:' || substr(sold_at, 1, 10))),
                        COUNT(*), SUM(amount), MIN(sold_at), MAX(sold_at)
                 FROM walk_in_sale",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )?;
            let min = |a: Option<String>, b: Option<String>| match (a, b) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let max = |a: Option<String>, b: Option<String>| match (a, b) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
            let (first, last) = (min(first, w_first), max(last, w_last));
            Ok(Stats {
                customers,
                orders: orders.unwrap_or(0) + w_orders.unwrap_or(0),
                sale_lines: sale_lines.unwrap_or(0) + w_lines.unwrap_or(0),
                revenue_cents: revenue_cents.unwrap_or(0) + w_revenue.unwrap_or(0),
                first_sale: first.as_deref().and_then(parse_date),
                last_sale: last.as_deref().and_then(parse_date),
            })
        })
    }

    /// Whether the database holds any contact or sale at all.
    pub fn has_shop_data(&self) -> Result<bool> {
        self.map_busy(|s| {
            Ok(s.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM contact) OR EXISTS (SELECT 1 FROM sale)",
                [],
                |r| r.get(0),
            )?)
        })
    }

    /// Every customer (root contact, not erased) with their figures, by id.
    pub fn customer_list(&self) -> Result<Vec<CustomerRow>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(CUSTOMER_ROW_SELECT)?;
            let rows = stmt.query_map([], customer_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// One customer's list line, fresh from the database (after an edit).
    pub fn customer_row(&self, id: i64) -> Result<Option<CustomerRow>> {
        self.map_busy(|s| {
            Ok(s.conn
                .query_row(
                    &CUSTOMER_ROW_SELECT.replace("ORDER BY c.id", "AND c.id = ?1"),
                    [id],
                    customer_row,
                )
                .optional()?)
        })
    }

    /// Everything about one contact, or `None` when there is no such contact.
    pub fn customer_detail(&self, id: i64) -> Result<Option<CustomerDetail>> {
        use super::ContactField;
        self.map_busy(|s| {
            let columns: Vec<&str> = ContactField::ALL.iter().map(|f| f.column()).collect();
            let sql = format!(
                "SELECT c.id, c.external_ref, c.consent_date, c.extra, c.created_at, c.updated_at,
                        CASE b.kind WHEN 'demo' THEN 'demo shop' ELSE b.file_name END,
                        {}
                 FROM contact AS c LEFT JOIN import_batch AS b ON b.id = c.batch_id
                 WHERE c.id = ?1",
                columns
                    .iter()
                    .map(|c| format!("c.{c}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let detail = s
                .conn
                .query_row(&sql, [id], |r| {
                    let mut fields = Vec::with_capacity(ContactField::ALL.len());
                    for (i, f) in ContactField::ALL.iter().enumerate() {
                        fields.push((*f, r.get::<_, Option<String>>(7 + i)?));
                    }
                    let extra: String = r.get(3)?;
                    Ok((
                        CustomerDetail {
                            id: r.get(0)?,
                            external_ref: r.get(1)?,
                            consent_date: r.get(2)?,
                            created_at: r.get(4)?,
                            updated_at: r.get(5)?,
                            source: r.get(6)?,
                            marketing_consent: fields
                                .iter()
                                .find(|(f, _)| *f == ContactField::MarketingConsent)
                                .and_then(|(_, v)| v.as_deref())
                                .map(Consent::parse)
                                .unwrap_or_default(),
                            fields,
                            ..CustomerDetail::default()
                        },
                        extra,
                    ))
                })
                .optional()?;
            let Some((mut detail, extra)) = detail else {
                return Ok(None);
            };
            if let Ok(serde_json::Value::Object(map)) = serde_json::from_str(&extra) {
                detail.extra = map;
            }
            detail.consent = super::privacy::consent_history(&s.conn, detail.id)?;
            detail.contact_history = super::campaigns::contact_history(&s.conn, detail.id)?;
            let mut stmt = s.conn.prepare(
                "SELECT contact_id FROM contact_root WHERE root_id = ?1 AND contact_id <> ?1
                 ORDER BY contact_id",
            )?;
            detail.absorbed = stmt
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<i64>>>()?;
            Ok(Some(detail))
        })
    }

    /// The sale lines of a customer and of every contact merged into it, newest first.
    pub fn customer_sales(&self, id: i64) -> Result<Vec<OrderLine>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT s.id, s.contact_id, s.order_ref, s.sold_at, s.product, s.category,
                        s.quantity, s.amount, s.channel, s.store
                 FROM sale AS s
                 WHERE s.contact_id = ?1
                    OR s.contact_id IN (SELECT contact_id FROM contact_root WHERE root_id = ?1)
                 ORDER BY s.sold_at DESC, s.id",
            )?;
            let rows = stmt.query_map([id], |r| {
                let sold_at: String = r.get(3)?;
                Ok(OrderLine {
                    id: r.get(0)?,
                    contact_id: r.get(1)?,
                    order_ref: r.get(2)?,
                    sold_at: parse_datetime(&sold_at).unwrap_or_default(),
                    product: r.get(4)?,
                    category: r.get(5)?,
                    quantity: r.get(6)?,
                    amount_cents: r.get(7)?,
                    channel: r.get(8)?,
                    store: r.get(9)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// The external reference of every customer (root contact) that has one.
    pub fn external_refs(&self) -> Result<std::collections::HashMap<i64, String>> {
        self.map_busy(|s| {
            // From the index of the references (id and reference, nothing else to read),
            // the merged contacts then left out: a scan of every contact's row reads all
            // their fields (33 to 50 ms against 26 ms at 100 000 customers).
            let merged: std::collections::HashSet<i64, foldhash::fast::FixedState> = s
                .conn
                .prepare("SELECT id FROM contact WHERE merged_into IS NOT NULL")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            // (Without the index, as a file whose index is missing would be, the table.)
            let mut stmt = s
                .conn
                .prepare(
                    "SELECT id, external_ref FROM contact INDEXED BY contact_external_ref
                     WHERE external_ref IS NOT NULL",
                )
                .or_else(|_| {
                    s.conn.prepare(
                        "SELECT id, external_ref FROM contact WHERE external_ref IS NOT NULL",
                    )
                })?;
            let mut refs = std::collections::HashMap::new();
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get(0)?;
                if !merged.contains(&id) {
                    refs.insert(id, r.get(1)?);
                }
            }
            Ok(refs)
        })
    }

    /// Every sale line as a plain fact resolved to its root customer, for analytics.
    /// Sales of erased customers still count in the shop's totals.
    ///
    /// A large shop's sale table is read in two halves (by row id) on two connections at
    /// once (two statements started together, each reading one snapshot); the facts come back
    /// in row order either way.
    pub fn sale_facts(&self) -> Result<Vec<SaleFact>> {
        Ok(self.scan_facts(Read::Orders)?.0)
    }

    /// The sale facts as [`Store::sale_facts`] reads them but without their orders (every
    /// `order_key` 0): what the spend per day needs, one column fewer to read from each of
    /// the sale lines.
    pub(super) fn day_facts(&self) -> Result<Vec<SaleFact>> {
        Ok(self.scan_facts(Read::Days)?.0)
    }

    /// The sale facts as [`Store::sale_facts`] reads them, and in the same pass the first
    /// days' channels and stores as [`Store::first_day_origins`] reads them (one read of
    /// the sale lines instead of two).
    pub fn sale_facts_and_first_days(&self) -> Result<(Vec<SaleFact>, Vec<SaleDetail>)> {
        let (facts, first) = self.scan_facts(Read::OrdersAndOrigins)?;
        Ok((
            facts,
            first.map(FirstDays::into_details).unwrap_or_default(),
        ))
    }

    /// The sale facts, with what `what` asks for.
    fn scan_facts(&self, what: Read) -> Result<(Vec<SaleFact>, Option<FirstDays>)> {
        let origins = what == Read::OrdersAndOrigins;
        self.map_busy(|s| {
            let roots = s.root_map()?;
            let roots = &roots;
            let read = |conn: &rusqlite::Connection,
                        lo: i64,
                        hi: i64|
             -> Result<(Vec<SaleFact>, Option<FirstDays>)> {
                let mut first = origins.then(FirstDays::default);
                let facts = read_facts(conn, lo, hi, roots, what, first.as_mut())?;
                Ok((facts, first))
            };
            let Some(((mut facts, mut first), upper)) = s.sale_halves(read, read)? else {
                return Ok((Vec::new(), origins.then(FirstDays::default)));
            };
            if let Some((rest, upper_first)) = upper {
                facts.extend(rest);
                if let (Some(first), Some(upper_first)) = (first.as_mut(), upper_first) {
                    first.join(upper_first);
                }
            }
            Ok((facts, first))
        })
    }

    /// Every customer's orders, last order day and spend as kept in `customer_summary`, by
    /// customer id, with the day of the latest sale; `None` when a figure is missing (then
    /// the caller reads the sale lines).
    pub fn customer_totals(
        &self,
    ) -> Result<Option<(NaiveDate, Vec<crate::model::CustomerTotals>)>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT customer_id, orders, revenue_cents, last_order, last_sale
                 FROM customer_summary ORDER BY customer_id",
            )?;
            let mut rows = stmt.query([])?;
            let mut totals = Vec::new();
            let mut latest: Option<NaiveDate> = None;
            while let Some(r) = rows.next()? {
                let (Some(last_order), Some(last_sale)) = (
                    parse_date(r.get_ref(3)?.as_str().unwrap_or_default()),
                    parse_date(r.get_ref(4)?.as_str().unwrap_or_default()),
                ) else {
                    return Ok(None);
                };
                latest = latest.max(Some(last_sale));
                totals.push(crate::model::CustomerTotals {
                    customer_id: r.get(0)?,
                    orders: r.get(1)?,
                    last_order,
                    monetary_cents: r.get(2)?,
                });
            }
            Ok(latest.map(|l| (l, totals)))
        })
    }

    /// Every customer's first and last order days and median gap between order days as
    /// kept in `customer_summary`, by customer id, with the day of the latest sale; `None`
    /// when a figure is missing (then the caller reads the sale lines).
    pub fn stage_figures(&self) -> Result<Option<(NaiveDate, Vec<crate::model::StageFigures>)>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT customer_id, first_sale, last_order, gap_days, orders, last_sale
                 FROM customer_summary ORDER BY customer_id",
            )?;
            // Each row's figures and last sale day; `None` where one is missing (two orders
            // or more always have a gap).
            let rows = stmt.query_map([], |r| {
                let gap_days: Option<f64> = r.get(3)?;
                let orders: i64 = r.get(4)?;
                let days = (
                    day_of(r.get_ref(1)?),
                    day_of(r.get_ref(2)?),
                    day_of(r.get_ref(5)?),
                );
                Ok(match days {
                    (Some(first_order), Some(last_order), Some(last_sale))
                        if orders < 2 || gap_days.is_some() =>
                    {
                        let figures = crate::model::StageFigures {
                            customer_id: r.get(0)?,
                            first_order,
                            last_order,
                            gap_days,
                        };
                        Some((figures, last_sale))
                    }
                    _ => None,
                })
            })?;
            let mut figures = Vec::new();
            let mut latest: Option<NaiveDate> = None;
            for row in rows {
                let Some((f, last_sale)) = row? else {
                    return Ok(None);
                };
                latest = latest.max(Some(last_sale));
                figures.push(f);
            }
            Ok(latest.map(|l| (l, figures)))
        })
    }

    /// A function from any contact to its root customer.
    pub(super) fn root_map_for_reads(&self) -> Result<impl Fn(i64) -> i64> {
        let map = self.root_map()?;
        Ok(move |id| map.root_of(id))
    }

    /// Reads the sale table by row id: on a large shop in two halves on two connections at
    /// once (two statements started together, each reading one snapshot), `lower` on this
    /// thread and `upper` on another; otherwise `lower` reads the whole table on this
    /// connection. Each is given its connection and the first and last row ids to read.
    /// Returns what they read (`None` for `upper` when it did not run); `None` when there
    /// is no sale line.
    pub(super) fn sale_halves<A, B: Send>(
        &self,
        lower: impl FnOnce(&rusqlite::Connection, i64, i64) -> Result<A>,
        upper: impl FnOnce(&rusqlite::Connection, i64, i64) -> Result<B> + Send,
    ) -> Result<Option<(A, Option<B>)>> {
        // Two statements: SQLite finds MIN or MAX of the row id alone from the tree's
        // ends, but scans the whole table when one statement asks for both.
        let lo: Option<i64> = self
            .conn
            .query_row("SELECT MIN(id) FROM sale", [], |r| r.get(0))?;
        let hi: Option<i64> = self
            .conn
            .query_row("SELECT MAX(id) FROM sale", [], |r| r.get(0))?;
        let (Some(lo), Some(hi)) = (lo, hi) else {
            return Ok(None);
        };
        if self.path.as_os_str() == ":memory:" || hi - lo < parallel_read_min(self.key.is_some()) {
            return Ok(Some((lower(&self.conn, lo, hi)?, None)));
        }
        let second = rusqlite::Connection::open_with_flags(
            &self.path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        super::lock::apply_key(&second, self.key.as_ref())?;
        second.busy_timeout(super::BUSY_TIMEOUT)?;
        second.pragma_update(None, "mmap_size", super::MMAP_SIZE)?;
        let mid = lo + (hi - lo) / 2;
        std::thread::scope(|scope| {
            let spawned = std::thread::Builder::new()
                .name("clientele-read".to_string())
                .spawn_scoped(scope, move || upper(&second, mid + 1, hi));
            match spawned {
                Ok(spawned) => {
                    let below = lower(&self.conn, lo, mid)?;
                    let above = spawned
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
                    Ok(Some((below, Some(above))))
                }
                // No thread to be had: the whole table on this one.
                Err(_) => Ok(Some((lower(&self.conn, lo, hi)?, None))),
            }
        })
    }

    /// The root of every contact that was merged into another (the end of its
    /// `merged_into` chain, as the `contact_root` view gives it); roots map to themselves.
    fn root_map(&self) -> Result<RootMap> {
        Ok(RootMap(self.merged_root_pairs()?.into_iter().collect()))
    }

    /// Each merged contact with its root, as `contact_root` pairs them (roots left out).
    pub(super) fn merged_root_pairs(&self) -> Result<std::collections::HashMap<i64, i64>> {
        // The merged contacts alone, from their index, and their chains followed here: the
        // view walks every contact of the shop (60 ms at 100 000 customers, on every read
        // of the sales), where most shops have merged a few.
        let mut stmt = self
            .conn
            .prepare("SELECT id, merged_into FROM contact WHERE merged_into IS NOT NULL")?;
        let into = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<std::collections::HashMap<i64, i64>>>()?;
        Ok(roots_of_chains(&into))
    }
}

/// The end of each contact's chain in `into` (contact -> the contact it was merged into).
/// A chain that comes back on itself has no root, as in the `contact_root` view: its
/// contacts are left out (they then count as their own roots).
fn roots_of_chains(
    into: &std::collections::HashMap<i64, i64>,
) -> std::collections::HashMap<i64, i64> {
    let mut roots = std::collections::HashMap::with_capacity(into.len());
    for (&contact, &next) in into {
        let mut at = next;
        let mut steps = 0usize;
        while let Some(&further) = into.get(&at) {
            at = further;
            steps += 1;
            if steps > into.len() {
                break;
            }
        }
        if steps <= into.len() {
            roots.insert(contact, at);
        }
    }
    roots
}

// Looked up once a sale line: a fast hash instead of the default SipHash (the keys are the
// shop's own contact ids).
struct RootMap(std::collections::HashMap<i64, i64, foldhash::fast::FixedState>);

/// Below this many sale rows one connection reads them all. A second connection to a
/// plain file has its own cost to open (its schema read); on the CDNOW-size shop's 65 000
/// rows, reading in halves took 11 to 14 ms against 14 to 18 ms on one connection.
const PARALLEL_READ_MIN: i64 = 40_000;

/// [`PARALLEL_READ_MIN`] for a locked file, whose second connection derives its key from
/// the passphrase again (SQLCipher's key derivation, tenths of a second by design).
const PARALLEL_READ_MIN_LOCKED: i64 = 200_000;

#[cfg(test)]
thread_local! {
    /// [`PARALLEL_READ_MIN`] for the tests on this thread (small shops read in halves).
    static PARALLEL_READ_MIN_HERE: std::cell::Cell<Option<i64>> = const { std::cell::Cell::new(None) };
}

/// Makes this thread's reads split a file's sale table from `rows` rows on (tests only).
#[cfg(test)]
pub fn read_in_halves_from(rows: i64) {
    PARALLEL_READ_MIN_HERE.with(|n| n.set(Some(rows)));
}

/// From how many sale rows two connections read them, for a locked file or a plain one.
fn parallel_read_min(locked: bool) -> i64 {
    #[cfg(test)]
    if let Some(rows) = PARALLEL_READ_MIN_HERE.with(std::cell::Cell::get) {
        return rows;
    }
    if locked {
        PARALLEL_READ_MIN_LOCKED
    } else {
        PARALLEL_READ_MIN
    }
}

/// What a read of the sale lines gathers besides each line's customer, day and amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Read {
    /// Nothing more (every `order_key` 0).
    Days,
    /// The order each line belongs to.
    Orders,
    /// The order, and the channel and store of each customer's first day.
    OrdersAndOrigins,
}

/// The sale lines with row ids `lo..=hi` as facts, with what `what` asks for; each line's
/// first-day channel and store go to `first` when given.
fn read_facts(
    conn: &rusqlite::Connection,
    lo: i64,
    hi: i64,
    roots: &RootMap,
    what: Read,
    mut first: Option<&mut FirstDays>,
) -> Result<Vec<SaleFact>> {
    let mut stmt = conn.prepare_cached(match what {
        Read::OrdersAndOrigins => {
            "SELECT contact_id, sold_at, amount, order_ref, channel, store
             FROM sale WHERE id BETWEEN ?1 AND ?2"
        }
        Read::Orders => {
            "SELECT contact_id, sold_at, amount, order_ref FROM sale WHERE id BETWEEN ?1 AND ?2"
        }
        Read::Days => "SELECT contact_id, sold_at, amount FROM sale WHERE id BETWEEN ?1 AND ?2",
    })?;
    let orders = what != Read::Days;
    let mut rows = stmt.query([lo, hi])?;
    let mut facts = Vec::with_capacity(usize::try_from(hi - lo + 1).unwrap_or(0).min(1 << 24));
    // The last day read and its text: lines in a row are mostly of one day.
    let mut last_day: Option<([u8; 10], NaiveDate)> = None;
    while let Some(r) = rows.next()? {
        let contact_id: i64 = r.get(0)?;
        // Stored dates are text; the first ten bytes are the day.
        let sold_at = r.get_ref(1)?;
        let text = match sold_at {
            rusqlite::types::ValueRef::Text(b) => b.first_chunk::<10>(),
            _ => None,
        };
        let sold_on = match (text, last_day) {
            (Some(text), Some((last, day))) if *text == last => day,
            _ => {
                let Some(day) = day_of(sold_at) else {
                    continue;
                };
                last_day = text.map(|t| (*t, day));
                day
            }
        };
        let order_key = match orders.then(|| r.get_ref(3)).transpose()? {
            Some(rusqlite::types::ValueRef::Text(b)) => order_key_bytes(b),
            _ => 0,
        };
        let customer_id = roots.root_of(contact_id);
        if let Some(first) = first.as_deref_mut() {
            first.see(customer_id, sold_on, r, 4, 5)?;
        }
        facts.push(SaleFact {
            customer_id,
            sold_on,
            order_key,
            amount_cents: r.get(2)?,
        });
    }
    Ok(facts)
}

impl RootMap {
    fn root_of(&self, id: i64) -> i64 {
        self.0.get(&id).copied().unwrap_or(id)
    }
}

const CUSTOMER_ROW_SELECT: &str = "SELECT c.id,
        COALESCE(c.first_name, '') || char(31) || COALESCE(c.last_name, ''),
        COALESCE(c.company, ''), COALESCE(c.email, ''), COALESCE(c.phone, ''),
        COALESCE(c.city, ''), COALESCE(s.orders, 0), COALESCE(s.revenue_cents, 0), s.last_sale,
        COALESCE(c.external_ref, '')
    FROM contact AS c LEFT JOIN customer_summary AS s ON s.customer_id = c.id
    WHERE c.merged_into IS NULL AND c.erased_at IS NULL
    ORDER BY c.id";

fn customer_row(r: &Row<'_>) -> rusqlite::Result<CustomerRow> {
    let parts: String = r.get(1)?;
    let (first, last) = parts.split_once('\u{1f}').unwrap_or((&parts, ""));
    let name = crate::model::person_name(first, last);
    let company: String = r.get(2)?;
    let last: Option<String> = r.get(8)?;
    Ok(CustomerRow {
        id: r.get(0)?,
        name: if name.is_empty() { company } else { name },
        email: r.get(3)?,
        phone: r.get(4)?,
        city: r.get(5)?,
        external_ref: r.get(9)?,
        orders: r.get(6)?,
        revenue_cents: r.get(7)?,
        last_order: last.as_deref().and_then(parse_date),
    })
}
