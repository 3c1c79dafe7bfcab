//! Batches: the streaming writer every import and the demo shop go through, the list of
//! batches, and undoing one.
//!
//! A [`BatchWriter`] holds one open transaction: rows are added one at a time (so a file of
//! any size needs little memory), and nothing is visible to anyone until
//! [`BatchWriter::finish`] commits. Dropping the writer (cancel, error, crash) rolls
//! everything back.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, Statement, Transaction, params};
use serde_json::json;

use super::problem::ProblemKind;
use super::refusal::Refusal;
use super::writes::{NewBatch, audit, json_text, summary_insert};
use super::{DATE_FORMAT, Result, Store, StoreError, datetime_text, now_text};
use crate::model::{BatchSummary, LineToWrite, NewContact, NewSale};

/// How bad a problem found while importing is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The row was rejected.
    Error,
    /// The row was imported, one value was not (kept in `extra`).
    Warning,
}

impl Severity {
    fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A problem with one row of an import file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct NewProblem {
    /// Row number in the file, as a spreadsheet program shows it.
    pub row: u64,
    /// The column's header, when one column is at fault.
    pub column: Option<String>,
    /// The value as written.
    pub raw_value: Option<String>,
    /// What is wrong, with what it is about ([`crate::text`] says it in words). Boxed: a
    /// row's problem travels in every `Result` of the row's reading.
    pub kind: Box<ProblemKind>,
    /// The whole row as read.
    pub raw_row: Vec<String>,
    /// Rejected or only warned about.
    pub severity: Severity,
}

/// A root customer's identifying values, for linking imported sales to customers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactKeys {
    /// The root customer the values lead to.
    pub customer_id: i64,
    /// Reference in the source system.
    pub external_ref: Option<String>,
    /// E-mail as written.
    pub email: Option<String>,
    /// Phone as written.
    pub phone: Option<String>,
}

/// What undoing a batch removed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct UndoSummary {
    /// Sale lines removed.
    pub sales_removed: i64,
    /// Contacts removed.
    pub contacts_removed: i64,
    /// Contacts the batch created that were kept because something else refers to them.
    pub contacts_kept: i64,
}

/// Per-customer figures of the contacts a batch creates, gathered while rows are added.
struct Figures {
    lines: i64,
    revenue: i64,
    first: NaiveDateTime,
    last: NaiveDateTime,
}

impl Figures {
    /// No line yet, sold at `at`.
    fn at(at: NaiveDateTime) -> Figures {
        Figures {
            lines: 0,
            revenue: 0,
            first: at,
            last: at,
        }
    }

    /// Adds a line of `cents` sold at `at`; false when the revenue would pass what cents in
    /// an i64 hold (the revenue is then left as it was).
    fn add_line(&mut self, cents: i64, at: NaiveDateTime) -> bool {
        self.lines += 1;
        self.first = self.first.min(at);
        self.last = self.last.max(at);
        match self.revenue.checked_add(cents) {
            Some(revenue) => {
                self.revenue = revenue;
                true
            }
            None => false,
        }
    }
}

/// A hasher for the writer's integer keys (row ids and order hashes): one multiply per
/// word instead of SipHash, which showed up in profiles of million-line imports. The keys
/// are ids the database gives and hashes, never chosen by an attacker.
#[derive(Default, Clone, Copy)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type IdBuild = BuildHasherDefault<IdHasher>;

/// The contacts a batch creates, with their figures.
///
/// SQLite gives a new row the largest id plus one, and nobody else writes during the
/// batch's transaction, so the contacts a batch creates have consecutive ids: each has a
/// slot in a list, found without a hash look-up (two per sale line were a good part of the
/// writer's own time). An id out of that run (SQLite picks a random free id once the
/// largest possible one is taken) goes to a map instead.
#[derive(Default)]
struct CreatedContacts {
    /// The id of `run[0]`.
    first: i64,
    /// Figures by id from `first` on (None: no sale line yet).
    run: Vec<Option<Figures>>,
    others: IdMap<i64, Option<Figures>>,
}

impl CreatedContacts {
    fn insert(&mut self, id: i64) {
        if self.run.is_empty() && self.others.is_empty() {
            self.first = id;
        }
        if id.checked_sub(self.first) == i64::try_from(self.run.len()).ok() {
            self.run.push(None);
        } else {
            self.others.insert(id, None);
        }
    }

    /// The figures slot of a contact the batch created; None for any other contact.
    fn slot(&mut self, id: i64) -> Option<&mut Option<Figures>> {
        match id
            .checked_sub(self.first)
            .and_then(|k| usize::try_from(k).ok())
        {
            Some(k) if k < self.run.len() => self.run.get_mut(k),
            _ => self.others.get_mut(&id),
        }
    }

    fn contains(&self, id: i64) -> bool {
        match id
            .checked_sub(self.first)
            .and_then(|k| usize::try_from(k).ok())
        {
            Some(k) if k < self.run.len() => true,
            _ => self.others.contains_key(&id),
        }
    }

    /// The created contacts that have sale lines, by id.
    fn figures(&self) -> Vec<(i64, &Figures)> {
        let mut all: Vec<(i64, &Figures)> = self
            .run
            .iter()
            .zip(self.first..)
            .filter_map(|(f, id)| f.as_ref().map(|f| (id, f)))
            .chain(
                self.others
                    .iter()
                    .filter_map(|(id, f)| f.as_ref().map(|f| (*id, f))),
            )
            .collect();
        if !self.others.is_empty() {
            all.sort_unstable_by_key(|(id, _)| *id);
        }
        all
    }
}
type IdSet<T> = HashSet<T, IdBuild>;
type IdMap<K, V> = HashMap<K, V, IdBuild>;

/// Distinct (contact, order) pairs kept in memory at most (about 40 MB); past that, a
/// batch counts the orders of the customers it created in SQL when it finishes, so a file
/// of any size imports in bounded memory.
const ORDERS_IN_MEMORY: usize = 1_500_000;

/// The page cache of a bulk batch (KiB): dirty pages beyond it go to the WAL file before the
/// commit, and the final index sort spills to temporary files beyond it, so a file of any
/// size imports in bounded memory. The store's usual settings come back when the batch ends.
const BULK_CACHE_KIB: i64 = 65_536;

/// A bulk batch rebuilds the contacts' indexes at the end instead of keeping them row by
/// row only while the database has fewer contacts than this (rebuilding reads them all).
const BULK_CONTACT_INDEX_LIMIT: i64 = 50_000;

/// Puts back the connection settings a bulk batch changed, once its transaction has ended
/// (committed, or rolled back by a drop).
struct Settings<'a> {
    conn: &'a Connection,
    /// cache_size, temp_store, foreign_keys, ignore_check_constraints, mmap_size as they
    /// were.
    restore: Option<(i64, i64, bool, bool, i64)>,
    /// The batch left WAL mode for a rollback journal (see [`Store::begin_batch`]): WAL
    /// comes back when it ends.
    back_to_wal: bool,
}

impl Drop for Settings<'_> {
    fn drop(&mut self) {
        if let Some((cache_size, temp_store, foreign_keys, ignore_checks, mmap_size)) = self.restore
        {
            let _ = self.conn.pragma_update(None, "mmap_size", mmap_size);
            let _ = self.conn.pragma_update(None, "cache_size", cache_size);
            let _ = self.conn.pragma_update(None, "temp_store", temp_store);
            let _ = self.conn.pragma_update(None, "foreign_keys", foreign_keys);
            let _ = self
                .conn
                .pragma_update(None, "ignore_check_constraints", ignore_checks);
        }
        if self.back_to_wal {
            // Should this fail (a window opened the file meanwhile and holds a lock), the
            // file stays in rollback-journal mode, which is just as safe; the next
            // `Store::open` switches it to WAL again.
            match self
                .conn
                .pragma_update_and_check(None, "journal_mode", "wal", |r| r.get::<_, String>(0))
            {
                Ok(mode) if mode.eq_ignore_ascii_case("wal") => {}
                Ok(mode) => tracing::warn!("the database stayed in journal mode {mode}"),
                Err(e) => tracing::warn!("the database could not go back to WAL: {e}"),
            }
        }
    }
}

/// Leaves WAL mode for a rollback journal, when this connection is the only one to the
/// file; true when it did.
///
/// In WAL mode every page a batch writes is written twice: to the WAL, then into the
/// database by the checkpoint at close (140 MB twice for a million sale lines). With a
/// rollback journal, pages added past the end of the file are not journaled at all (a
/// rollback only truncates the file back to its old length), so a bulk import writes its
/// data once, and stays one atomic transaction: a crash or kill leaves a hot journal that
/// the next connection to open the file rolls back. SQLite itself refuses to leave WAL
/// while any other connection, in this process or another, has the file open (every
/// connection to a WAL database holds a shared lock on it), so a window that is open keeps
/// its WAL; the refusal is not an error here.
fn leave_wal(conn: &Connection) -> bool {
    let mode: rusqlite::Result<String> = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0));
    if !mode.is_ok_and(|m| m.eq_ignore_ascii_case("wal")) {
        return false;
    }
    match conn.pragma_update_and_check(None, "journal_mode", "delete", |r| r.get::<_, String>(0)) {
        Ok(mode) => mode.eq_ignore_ascii_case("delete"),
        Err(e) => {
            tracing::debug!("the batch keeps WAL mode: {e}");
            false
        }
    }
}

/// Writes a date-time as stored (`YYYY-MM-DD HH:MM:SS`), like the store's `datetime_text`
/// but without going through `format!` (a million sale lines, a million dates).
fn sale_datetime_text(dt: &NaiveDateTime) -> String {
    let mut text = String::with_capacity(19);
    push_sale_datetime(&mut text, dt);
    text
}

/// The ASCII of a date-time as stored, for years 0 to 9999 (others go through `format!`).
fn sale_datetime_bytes(dt: &NaiveDateTime) -> Option<[u8; 19]> {
    use chrono::{Datelike, Timelike};
    let y = u32::try_from(dt.year()).ok().filter(|y| *y <= 9999)?;
    let mut b = *b"0000-00-00 00:00:00";
    let two = |b: &mut [u8], at: usize, v: u32| {
        b[at] = b'0' + (v / 10 % 10) as u8;
        b[at + 1] = b'0' + (v % 10) as u8;
    };
    two(&mut b, 0, y / 100);
    two(&mut b, 2, y % 100);
    two(&mut b, 5, dt.month());
    two(&mut b, 8, dt.day());
    two(&mut b, 11, dt.hour());
    two(&mut b, 14, dt.minute());
    two(&mut b, 17, dt.second());
    Some(b)
}

const SALE_INSERT: &str =
    "INSERT INTO sale (batch_id, contact_id, customer_ref, order_ref, sold_at,
         product, category, quantity, unit_price, discount, amount, cost, channel,
         payment_method, store, extra)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

const CONTACT_INSERT: &str = "INSERT INTO contact (batch_id, external_ref, first_name, last_name,
         company, email, phone, street, street2, city, postcode, region, country, birth_date,
         gender, language, marketing_consent, consent_date, extra, created_at, updated_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
         ?17, ?18, ?19, ?20, ?20)";

const PROBLEM_INSERT: &str = "INSERT INTO import_error (batch_id, row_number, column_name,
         raw_value, message, raw_row, severity, kind)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

/// An import in progress: one open transaction.
///
/// The insert statements are prepared once and kept (looking them up in rusqlite's
/// statement cache for every row cost more than a tenth of a million-line import). Fields
/// drop in order: statements, then the transaction (rolled back unless finished), then the
/// settings.
pub struct BatchWriter<'a> {
    sale_stmt: Statement<'a>,
    /// What `sale_stmt` has bound now.
    sale_binds: SaleBinds,
    contact_stmt: Statement<'a>,
    problem_stmt: Statement<'a>,
    pub(super) tx: Transaction<'a>,
    settings: Settings<'a>,
    pub(super) batch_id: i64,
    bulk: bool,
    /// The sale lines counted by the writer itself (`add_sale`), customers by id; it also
    /// knows which contacts this batch created (their own roots: the figures come from the
    /// batch). Unused once the lines are counted elsewhere.
    tally: SaleTally,
    /// False after [`BatchWriter::count_elsewhere`].
    own_tally: bool,
    contacts_added: u64,
    sales_added: u64,
    /// The largest sale line id when the batch began.
    sales_before: i64,
    /// The text of the last sale's date-time, reused when the next line has the same one.
    last_sold_at: Option<(NaiveDateTime, String)>,
}

/// Who bought a sale line, for [`SaleTally::line`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Buyer {
    /// A customer the batch creates, by its key in the tally (see [`SaleTally::created`]).
    Created(i64),
    /// An existing customer, by id.
    Existing(i64),
}

/// The figures of the customers a batch's sale lines name, gathered line by line: lines,
/// revenue, first and last sale and orders of the customers it creates, and which existing
/// customers got sales. The writer keeps one for [`BatchWriter::add_sale`]; an import can keep
/// its own on another thread ([`BatchWriter::add_counted_sale`], [`BatchWriter::finish_counted`]),
/// where its hash look-ups are off the thread that writes.
pub struct SaleTally {
    /// Created customers by key, with their figures.
    created: CreatedContacts,
    /// Distinct (customer key, order) pairs of created customers, with the order's day (its
    /// earliest line's); the order as a 64-bit hash of the same key the SQL figures use.
    /// None once there were too many to keep (then the orders are counted in SQL at the end).
    orders: Option<IdMap<(i64, u64), NaiveDate>>,
    /// `ORDERS_IN_MEMORY` (tests lower it).
    orders_cap: usize,
    /// Existing customers that got sales, by contact id, with the figures of this batch's
    /// lines: added to each customer's earlier lines at the end.
    touched_existing: IdMap<i64, Figures>,
    /// Distinct (contact, order) pairs of existing customers' lines, as `orders`. None once
    /// there were too many to keep (then their figures are summed again in SQL at the end).
    existing_orders: Option<IdMap<(i64, u64), NaiveDate>>,
    /// The day of the last line and its text (the order key of lines without an order
    /// number), made again only when the day changes.
    last_day: Option<(NaiveDate, String)>,
    /// The (customer, order) pair of the last sale line, and whether the customer is an
    /// existing one (keys of created customers and ids of existing ones can be equal).
    last_order: Option<(bool, i64, u64, NaiveDate)>,
    /// A created customer's revenue went past what cents in an i64 hold: the batch is
    /// refused when it finishes.
    overflow: bool,
}

impl Default for SaleTally {
    fn default() -> Self {
        SaleTally {
            created: CreatedContacts::default(),
            orders: Some(IdMap::default()),
            orders_cap: ORDERS_IN_MEMORY,
            touched_existing: IdMap::default(),
            existing_orders: Some(IdMap::default()),
            last_day: None,
            last_order: None,
            overflow: false,
        }
    }
}

impl SaleTally {
    /// Registers a customer the batch creates under `key` (keys in creation order from 0
    /// take no hash look-up).
    pub fn created(&mut self, key: i64) {
        self.created.insert(key);
    }

    /// Counts a sale line.
    pub fn line(&mut self, buyer: Buyer, s: &NewSale) {
        self.line_of(buyer, s.sold_at, s.amount_cents, s.order_ref.as_deref());
    }

    /// Counts a sale line given by its date-time, amount and order reference.
    pub fn line_of(
        &mut self,
        buyer: Buyer,
        sold_at: NaiveDateTime,
        amount_cents: i64,
        order_ref: Option<&str>,
    ) {
        let (existing, key) = match buyer {
            Buyer::Existing(id) => (true, id),
            Buyer::Created(key) => (false, key),
        };
        let slot = if existing {
            self.touched_existing
                .entry(key)
                .or_insert_with(|| Figures::at(sold_at))
        } else {
            let Some(slot) = self.created.slot(key) else {
                return;
            };
            slot.get_or_insert_with(|| Figures::at(sold_at))
        };
        if !slot.add_line(amount_cents, sold_at) {
            self.overflow = true;
        }
        let day = sold_at.date();
        if self.last_day.as_ref().is_none_or(|(d, _)| *d != day) {
            self.last_day = Some((day, date_text(&day)));
        }
        let day_text = self.last_day.as_ref().map_or("", |(_, t)| t.as_str());
        let order = order_hash(order_ref, day_text);
        // The lines of one order follow each other, usually on one day: then the pair
        // is in the map already with that day.
        if self.last_order != Some((existing, key, order, day)) {
            // Both maps together keep at most `orders_cap` pairs.
            let (map, other) = if existing {
                (&mut self.existing_orders, &self.orders)
            } else {
                (&mut self.orders, &self.existing_orders)
            };
            if let Some(orders) = map {
                orders
                    .entry((key, order))
                    .and_modify(|d| *d = (*d).min(day))
                    .or_insert(day);
                if orders.len() + other.as_ref().map_or(0, |o| o.len()) > self.orders_cap {
                    *map = None;
                }
            }
        }
        self.last_order = Some((existing, key, order, day));
    }
}

impl Store {
    /// Starts a batch. With `bulk`, the sale index is rebuilt once at the end instead of row
    /// by row (worth it from about 100 000 lines).
    pub fn begin_batch(&self, batch: &NewBatch, bulk: bool) -> Result<BatchWriter<'_>> {
        self.begin_batch_inner(batch, bulk)
            .map_err(|e| self.plain_busy(e))
    }

    fn begin_batch_inner(&self, batch: &NewBatch, bulk: bool) -> Result<BatchWriter<'_>> {
        {
            let mut settings = Settings {
                conn: &self.conn,
                restore: None,
                back_to_wal: false,
            };
            if bulk && self.one_off && self.conn.is_autocommit() {
                settings.back_to_wal = leave_wal(&self.conn);
            }
            if bulk && self.conn.is_autocommit() {
                let cache_size: i64 = self
                    .conn
                    .pragma_query_value(None, "cache_size", |r| r.get(0))?;
                let temp_store: i64 = self
                    .conn
                    .pragma_query_value(None, "temp_store", |r| r.get(0))?;
                let foreign_keys: bool =
                    self.conn
                        .pragma_query_value(None, "foreign_keys", |r| r.get(0))?;
                let ignore_checks: bool =
                    self.conn
                        .pragma_query_value(None, "ignore_check_constraints", |r| r.get(0))?;
                // An in-memory database has no mmap_size (the pragma returns no row).
                let mmap_size: i64 = self
                    .conn
                    .query_row("PRAGMA mmap_size", [], |r| r.get(0))
                    .optional()?
                    .unwrap_or(0);
                settings.restore = Some((
                    cache_size,
                    temp_store,
                    foreign_keys,
                    ignore_checks,
                    mmap_size,
                ));
                // The index rebuild at the end reads back every page the batch wrote; mapped,
                // they would all count as the process's memory (the whole file, for a 2 GB
                // import), where read into the page cache they stay within its bound.
                self.conn.pragma_update(None, "mmap_size", 0)?;
                self.conn
                    .pragma_update(None, "cache_size", -BULK_CACHE_KIB)?;
                // Sorts that outgrow the cache spill to temporary files instead of memory.
                self.conn.pragma_update(None, "temp_store", "FILE")?;
                // Two foreign-key look-ups per sale line were a fifth of a bulk import. The
                // writer only links rows to the batch it created and to contacts it created
                // or read inside this same write transaction (nobody else can write
                // meanwhile), so the references hold by construction.
                self.conn.pragma_update(None, "foreign_keys", false)?;
                // The contact table's CHECK on marketing_consent (`IN` three words) makes
                // SQLite build a temporary table for every contact inserted: more than half
                // the cost of a contact row. The writer's values come from Rust enums
                // (`Consent::as_str`, `Severity::as_str`, `BatchKind::as_str`) and never set
                // `merged_into`, so every CHECK holds by construction.
                self.conn
                    .pragma_update(None, "ignore_check_constraints", true)?;
            }
            let tx = self.immediate()?;
            if batch.replace_existing {
                super::writes::clear_shop_data(&tx)?;
            }
            tx.execute(
                "INSERT INTO import_batch (kind, file_name, file_sha256, sheet, options, rows_read,
                     rows_imported, rows_rejected, started_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8)",
                params![
                    batch.kind.as_str(),
                    batch.file_name,
                    batch.file_sha256,
                    batch.sheet,
                    batch.options.to_string(),
                    i64::try_from(batch.rows_read).unwrap_or(i64::MAX),
                    i64::try_from(batch.rows_rejected).unwrap_or(i64::MAX),
                    now_text(),
                ],
            )?;
            let batch_id = tx.last_insert_rowid();
            // Sale lines get the largest id plus one (see `CreatedContacts`): the lines
            // before the batch are those up to this id.
            let sales_before: i64 =
                tx.query_row("SELECT COALESCE(MAX(id), 0) FROM sale", [], |r| r.get(0))?;
            if bulk {
                tx.execute_batch("DROP INDEX IF EXISTS sale_contact")?;
                // The contacts' indexes too, while rebuilding them at the end is cheap next
                // to keeping them row by row: a new customer's reference lands anywhere in
                // its index (a search from the root, string comparisons), nearly half the
                // cost of a contact row.
                let contacts: i64 =
                    tx.query_row("SELECT COUNT(*) FROM contact", [], |r| r.get(0))?;
                if contacts < BULK_CONTACT_INDEX_LIMIT {
                    tx.execute_batch(
                        "DROP INDEX IF EXISTS contact_external_ref;
                         DROP INDEX IF EXISTS contact_batch;",
                    )?;
                }
            }
            Ok(BatchWriter {
                sale_stmt: self.conn.prepare(SALE_INSERT)?,
                sale_binds: SaleBinds::default(),
                contact_stmt: self.conn.prepare(CONTACT_INSERT)?,
                problem_stmt: self.conn.prepare(PROBLEM_INSERT)?,
                tx,
                settings,
                batch_id,
                bulk,
                tally: SaleTally::default(),
                own_tally: true,
                contacts_added: 0,
                sales_added: 0,
                sales_before,
                last_sold_at: None,
            })
        }
    }

    /// The identifying values of every contact (absorbed ones lead to their root), for
    /// linking sales to customers. Erased customers are left out.
    pub fn contact_keys(&self) -> Result<Vec<ContactKeys>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT r.root_id, c.external_ref, c.email, c.phone
                 FROM contact AS c JOIN contact_root AS r ON r.contact_id = c.id
                 JOIN contact AS root ON root.id = r.root_id
                 WHERE root.erased_at IS NULL
                 ORDER BY c.id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(ContactKeys {
                    customer_id: r.get(0)?,
                    external_ref: r.get(1)?,
                    email: r.get(2)?,
                    phone: r.get(3)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// The newest batch (not undone) made from a file with this SHA-256, if any.
    pub fn batch_with_sha256(&self, sha256: &str) -> Result<Option<BatchSummary>> {
        self.map_busy(|s| {
            Ok(s.conn
                .query_row(
                    &format!(
                        "{BATCH_SELECT} WHERE file_sha256 = ?1 AND undone_at IS NULL
                         ORDER BY id DESC LIMIT 1"
                    ),
                    [sha256],
                    batch_row,
                )
                .optional()?)
        })
    }

    /// Every batch, newest first.
    pub fn batches(&self) -> Result<Vec<BatchSummary>> {
        self.map_busy(|s| {
            let mut stmt = s
                .conn
                .prepare(&format!("{BATCH_SELECT} ORDER BY id DESC"))?;
            let rows = stmt.query_map([], batch_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// The problems recorded for a batch, in row order.
    pub fn batch_problems(&self, batch_id: i64) -> Result<Vec<NewProblem>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT row_number, column_name, raw_value, message, raw_row, severity, kind
                 FROM import_error WHERE batch_id = ?1 ORDER BY row_number, id",
            )?;
            let rows = stmt.query_map([batch_id], |r| {
                let raw_row: String = r.get(4)?;
                let severity: String = r.get(5)?;
                let row = r.get::<_, i64>(0)?.max(0) as u64;
                let words: String = r.get(3)?;
                // Problems recorded before kinds were stored (or with a kind this version
                // does not know) keep the words they were recorded with.
                let kind = r
                    .get::<_, Option<String>>(6)?
                    .and_then(|k| serde_json::from_str::<ProblemKind>(&k).ok());
                Ok(NewProblem {
                    row,
                    column: r.get(1)?,
                    raw_value: r.get(2)?,
                    kind: Box::new(kind.unwrap_or(ProblemKind::Written { message: words })),
                    raw_row: serde_json::from_str(&raw_row).unwrap_or_default(),
                    severity: if severity == "warning" {
                        Severity::Warning
                    } else {
                        Severity::Error
                    },
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Removes exactly the rows a batch added: its sale lines, and the contacts it created
    /// that nothing else refers to (a later batch's sale, a merge). The batch stays in the
    /// history, marked undone.
    pub fn undo_batch(&self, batch_id: i64) -> Result<UndoSummary> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            let undone: Option<Option<String>> = tx
                .query_row(
                    "SELECT undone_at FROM import_batch WHERE id = ?1",
                    [batch_id],
                    |r| r.get(0),
                )
                .optional()?;
            match undone {
                None => {
                    return Err(StoreError::NotFound(Refusal::NoImport { batch: batch_id }));
                }
                Some(Some(at)) => {
                    return Err(StoreError::Invalid(Refusal::ImportUndone {
                        batch: batch_id,
                        at,
                    }));
                }
                Some(None) => {}
            }
            // Customers of other batches whose figures change.
            tx.execute_batch(&format!(
                "CREATE TEMP TABLE IF NOT EXISTS touched_root (root_id INTEGER PRIMARY KEY);
                 DELETE FROM temp.touched_root;
                 INSERT OR IGNORE INTO temp.touched_root
                     SELECT r.root_id FROM contact_root AS r
                     WHERE r.contact_id IN (SELECT contact_id FROM sale WHERE batch_id = {batch_id})
                        OR r.contact_id IN (SELECT id FROM contact WHERE batch_id = {batch_id});
                 DELETE FROM customer_summary
                     WHERE customer_id IN (SELECT root_id FROM temp.touched_root);"
            ))?;
            tx.execute("DELETE FROM feedback WHERE batch_id = ?1", [batch_id])?;
            let sales_removed = tx.execute("DELETE FROM sale WHERE batch_id = ?1", [batch_id])?
                as i64
                + tx.execute("DELETE FROM walk_in_sale WHERE batch_id = ?1", [batch_id])? as i64;
            super::held::undo_held(&tx, batch_id)?;
            let created: i64 = tx.query_row(
                "SELECT COUNT(*) FROM contact WHERE batch_id = ?1",
                [batch_id],
                |r| r.get(0),
            )?;
            // The batch's contacts that nothing else names any more, and those of batches
            // undone before that were kept then because this one named them (an order of
            // theirs on hold, say). A contact kept is still the customer of what names it.
            let kept_before: i64 = tx.query_row(
                "SELECT COUNT(*) FROM contact
                 WHERE batch_id IN (SELECT id FROM import_batch WHERE undone_at IS NOT NULL)",
                [],
                |r| r.get(0),
            )?;
            let contacts_removed = tx.execute(
                "DELETE FROM contact
                 WHERE (batch_id = ?1
                        OR batch_id IN (SELECT id FROM import_batch WHERE undone_at IS NOT NULL))
                   AND NOT EXISTS (SELECT 1 FROM sale WHERE sale.contact_id = contact.id)
                   AND NOT EXISTS (SELECT 1 FROM held_sale AS h WHERE h.contact_id = contact.id)
                   AND id NOT IN (SELECT customer_id FROM campaign_member)
                   AND id NOT IN (SELECT customer_id FROM campaign_left_out)
                   AND id NOT IN (SELECT customer_id FROM contact_history)
                   AND NOT EXISTS (SELECT 1 FROM feedback AS f WHERE f.contact_id = contact.id)
                   AND NOT EXISTS (SELECT 1 FROM contact AS o WHERE o.merged_into = contact.id)
                   AND merged_into IS NULL
                   AND NOT EXISTS (SELECT 1 FROM merge AS m
                                   WHERE m.survivor_id = contact.id OR m.absorbed_id = contact.id)
                   AND NOT EXISTS (SELECT 1 FROM not_duplicate AS n
                                   WHERE n.contact_a = contact.id OR n.contact_b = contact.id)",
                [batch_id],
            )? as i64;
            refresh_touched_roots(&tx)?;
            tx.execute(
                "UPDATE import_batch SET undone_at = ?1 WHERE id = ?2",
                params![now_text(), batch_id],
            )?;
            let kept_after: i64 = tx.query_row(
                "SELECT COUNT(*) FROM contact
                 WHERE batch_id IN (SELECT id FROM import_batch WHERE undone_at IS NOT NULL)",
                [],
                |r| r.get(0),
            )?;
            let summary = UndoSummary {
                sales_removed,
                contacts_removed,
                // This batch's contacts still named elsewhere (the count of kept contacts of
                // undone batches, this one now among them, minus those kept before).
                contacts_kept: (kept_after - kept_before).clamp(0, created),
            };
            audit(
                &tx,
                "undo-import",
                &json!({ "batch_id": batch_id, "result": summary }),
            )?;
            tx.commit()?;
            Ok(summary)
        })
    }
}

/// Recomputes the figures of the customers listed in `temp.touched_root` from their sale
/// lines (customers left without sales or without a contact lose their row).
fn refresh_touched_roots(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(&format!(
        "DELETE FROM customer_summary WHERE customer_id IN (SELECT root_id FROM temp.touched_root);
         {}
         DELETE FROM temp.touched_root;",
        summary_insert(
            super::writes::ALL_ROOTS_SALES,
            "WHERE r.root_id IN (SELECT root_id FROM temp.touched_root)"
        )
    ))?;
    Ok(())
}

/// The root customer of every contact merged into another, read once: a merged contact
/// leads to its root through its `merged_into` chain. Looking each customer up in the
/// recursive `contact_root` view instead made SQLite walk every contact's chain once per
/// customer (a second import naming 9 825 known customers of a 108 000-customer shop took
/// 320 s, against 1.8 s for new ones).
struct Roots {
    merged_into: IdMap<i64, i64>,
}

impl Roots {
    fn read(tx: &Transaction<'_>) -> Result<Roots> {
        let mut stmt =
            tx.prepare("SELECT id, merged_into FROM contact WHERE merged_into IS NOT NULL")?;
        let merged_into = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<rusqlite::Result<IdMap<i64, i64>>>()?;
        Ok(Roots { merged_into })
    }

    /// The root of a contact: the end of its chain (a contact never merged is its own).
    /// A chain is never longer than the number of merged contacts; a longer walk can only
    /// be a loop written by hand into the file, and stops where it is.
    fn of(&self, id: i64) -> i64 {
        let mut at = id;
        for _ in 0..=self.merged_into.len() {
            match self.merged_into.get(&at) {
                Some(next) => at = *next,
                None => return at,
            }
        }
        at
    }
}

/// Recomputes the figures of the existing customers a batch's sale lines went to (given by
/// any of their contacts' ids): their roots and every contact merged into them go to temporary
/// tables, and the figures are summed over those contacts' sale lines through the sale index.
fn refresh_existing_customers(tx: &Transaction<'_>, touched: &[i64]) -> Result<()> {
    let roots = Roots::read(tx)?;
    let touched_roots: IdSet<i64> = touched.iter().map(|id| roots.of(*id)).collect();
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS touched_member
             (contact_id INTEGER PRIMARY KEY, root_id INTEGER NOT NULL);
         DELETE FROM temp.touched_member;",
    )?;
    {
        let mut stmt = tx.prepare(
            "INSERT OR IGNORE INTO temp.touched_member (contact_id, root_id) VALUES (?1, ?2)",
        )?;
        let mut sorted: Vec<i64> = touched_roots.iter().copied().collect();
        sorted.sort_unstable();
        for root in sorted {
            stmt.execute([root, root])?;
        }
        for id in roots.merged_into.keys() {
            let root = roots.of(*id);
            if touched_roots.contains(&root) {
                stmt.execute([*id, root])?;
            }
        }
    }
    tx.execute_batch(&format!(
        "DELETE FROM customer_summary
             WHERE customer_id IN (SELECT root_id FROM temp.touched_member);
         {}
         DELETE FROM temp.touched_member;",
        summary_insert(
            "temp.touched_member AS r JOIN sale AS s ON s.contact_id = r.contact_id",
            ""
        )
    ))?;
    Ok(())
}

/// One customer's figures, every column.
const SUMMARY_ROW_INSERT: &str = "INSERT INTO customer_summary
     (customer_id, orders, sale_lines, revenue_cents, first_sale, last_sale, last_order,
      gap_days)
 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

/// Reading a customer's earlier lines by the sale index costs about this many lines of a
/// pass over the whole table (a look-up from the index's root for each).
const SCAN_RATHER_THAN_LOOK_UP: i64 = 4;

/// The day of a stored date-time: its first ten bytes when they are `YYYY-MM-DD`.
fn stored_day(text: &[u8]) -> Option<NaiveDate> {
    let d = text.get(..10)?;
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        d.get(r)?.iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    if d[4] != b'-' || d[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(
        i32::try_from(digits(0..4)?).ok()?,
        digits(5..7)?,
        digits(8..10)?,
    )
}

#[cfg(test)]
thread_local! {
    /// Batches on this thread whose existing customers' figures were summed in memory.
    static SUMMED_IN_MEMORY: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Reads the earlier lines by a pass over the table (true) or by the index (false)
    /// whatever their number.
    static EARLIER_BY_SCAN: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

/// Adds a batch's lines to the figures of the existing customers they went to, given by
/// contact id (any contact of a customer) with the figures of the batch's lines and the
/// batch's orders (as in [`SaleTally`]). Each customer's earlier lines, those of every
/// contact merged into it with an id up to `sales_before`, are read through the sale index
/// (which holds the line ids) or in one pass over the table up to that id, so that the
/// batch's own lines are never read again; the
/// figures are those `summary_insert` gives over all the lines (tests compare both).
///
/// Returns false, having written nothing, when an earlier line holds a value the writer
/// never writes (a day that is not a stored date: a file written by hand) or when the
/// customers' orders, earlier ones included, pass `cap` (memory stays bounded): the caller
/// then sums in SQL.
fn add_to_existing_customers(
    tx: &Transaction<'_>,
    sales_before: i64,
    touched: &IdMap<i64, Figures>,
    orders: IdMap<(i64, u64), NaiveDate>,
    cap: usize,
) -> Result<bool> {
    let too_large = || StoreError::Invalid(Refusal::TooLargeSum);
    let roots = Roots::read(tx)?;
    /// A customer's figures: the batch's, then its earlier lines' (first and last as stored
    /// texts, compared as SQL compares them).
    struct Sums {
        lines: i64,
        revenue: i64,
        first: String,
        last: String,
    }
    let mut sums: IdMap<i64, Sums> = IdMap::default();
    for (id, f) in touched {
        let (first, last) = (sale_datetime_text(&f.first), sale_datetime_text(&f.last));
        match sums.entry(roots.of(*id)) {
            std::collections::hash_map::Entry::Occupied(mut e) => {
                let s = e.get_mut();
                s.lines += f.lines;
                s.revenue = s.revenue.checked_add(f.revenue).ok_or_else(too_large)?;
                if first < s.first {
                    s.first = first;
                }
                if last > s.last {
                    s.last = last;
                }
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(Sums {
                    lines: f.lines,
                    revenue: f.revenue,
                    first,
                    last,
                });
            }
        }
    }
    let mut days: IdMap<(i64, u64), NaiveDate> = IdMap::default();
    days.reserve(orders.len());
    for ((id, order), day) in orders {
        days.entry((roots.of(id), order))
            .and_modify(|d| *d = (*d).min(day))
            .or_insert(day);
    }
    // Every contact of the customers touched, in id order (the index's order).
    let mut members: Vec<(i64, i64)> = sums.keys().map(|root| (*root, *root)).collect();
    for id in roots.merged_into.keys() {
        let root = roots.of(*id);
        if sums.contains_key(&root) {
            members.push((*id, root));
        }
    }
    members.sort_unstable();
    // The customers' earlier lines by the sale index (one look-up a line), unless they are
    // a good part of the table: then one pass over the table in row order is cheaper. How
    // many there are is told by the customers' figures (a guess: it only picks the way).
    let earlier: i64 = {
        let mut stmt = tx.prepare("SELECT customer_id, sale_lines FROM customer_summary")?;
        let mut rows = stmt.query([])?;
        let mut n = 0i64;
        while let Some(r) = rows.next()? {
            if sums.contains_key(&r.get::<_, i64>(0)?) {
                n = n.saturating_add(r.get::<_, Option<i64>>(1)?.unwrap_or(0));
            }
        }
        n
    };
    // Adds one earlier line to its customer's sums; false when it holds a value the writer
    // never writes (then everything is summed in SQL).
    let mut add = |root: i64, r: &rusqlite::Row<'_>, at: usize| -> Result<bool> {
        use rusqlite::types::ValueRef;
        let Some(s) = sums.get_mut(&root) else {
            return Ok(true);
        };
        let (ValueRef::Text(sold_at), ValueRef::Integer(amount)) =
            (r.get_ref(at)?, r.get_ref(at + 1)?)
        else {
            return Ok(false);
        };
        let order_ref = match r.get_ref(at + 2)? {
            ValueRef::Null => None,
            ValueRef::Text(text) => match std::str::from_utf8(text) {
                Ok(text) => Some(text),
                Err(_) => return Ok(false),
            },
            _ => return Ok(false),
        };
        // The order's day is the date-time's first ten characters, as in SQL: a day as
        // stored (`YYYY-MM-DD`), or the line is not one the writer wrote.
        let (Ok(sold_at), Some(day)) = (std::str::from_utf8(sold_at), stored_day(sold_at)) else {
            return Ok(false);
        };
        s.lines += 1;
        s.revenue = s.revenue.checked_add(amount).ok_or_else(too_large)?;
        if sold_at < s.first.as_str() {
            s.first = sold_at.to_string();
        }
        if sold_at > s.last.as_str() {
            s.last = sold_at.to_string();
        }
        days.entry((root, order_hash(order_ref, &sold_at[..10])))
            .and_modify(|d| *d = (*d).min(day))
            .or_insert(day);
        Ok(days.len() <= cap)
    };
    let scan = earlier.saturating_mul(SCAN_RATHER_THAN_LOOK_UP) > sales_before;
    #[cfg(test)]
    let scan = EARLIER_BY_SCAN.with(std::cell::Cell::get).unwrap_or(scan);
    if scan {
        let root_of: IdMap<i64, i64> = members.iter().copied().collect();
        let mut stmt =
            tx.prepare("SELECT contact_id, sold_at, amount, order_ref FROM sale WHERE id <= ?1")?;
        let mut rows = stmt.query([sales_before])?;
        while let Some(r) = rows.next()? {
            if let Some(root) = root_of.get(&r.get::<_, i64>(0)?)
                && !add(*root, r, 1)?
            {
                return Ok(false);
            }
        }
    } else {
        let mut stmt = tx.prepare(
            "SELECT sold_at, amount, order_ref FROM sale INDEXED BY sale_contact
             WHERE contact_id = ?1 AND id <= ?2",
        )?;
        for (contact, root) in members {
            let mut rows = stmt.query([contact, sales_before])?;
            while let Some(r) = rows.next()? {
                if !add(root, r, 0)? {
                    return Ok(false);
                }
            }
        }
    }
    let counts = order_counts(&days);
    let mut roots_touched: Vec<i64> = sums.keys().copied().collect();
    roots_touched.sort_unstable();
    let mut delete = tx.prepare("DELETE FROM customer_summary WHERE customer_id = ?1")?;
    let mut insert = tx.prepare(SUMMARY_ROW_INSERT)?;
    for root in roots_touched {
        let (Some(s), Some(count)) = (sums.get(&root), counts.get(&root)) else {
            continue;
        };
        delete.execute([root])?;
        insert.execute(params![
            root,
            count.orders,
            s.lines,
            s.revenue,
            s.first,
            s.last,
            date_text(&count.last),
            count.gap_days
        ])?;
    }
    Ok(true)
}

const BATCH_SELECT: &str = "SELECT id, kind, file_name, rows_read, rows_imported, rows_rejected,
        started_at, undone_at FROM import_batch";

fn batch_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<BatchSummary> {
    Ok(BatchSummary {
        id: r.get(0)?,
        kind: r.get(1)?,
        file_name: r.get(2)?,
        rows_read: r.get(3)?,
        rows_imported: r.get(4)?,
        rows_rejected: r.get(5)?,
        started_at: r.get(6)?,
        undone_at: r.get(7)?,
    })
}

/// Which text fields of a sale line equal those of the line added just before it in the
/// same batch ([`Repeats::between`]).
///
/// SQLite keeps a statement's bindings from one run to the next, and the lines of an order
/// share their customer, order reference, date and channel (and every line its empty
/// columns): a field the line repeats is not bound again. Binding text copies it into
/// SQLite; comparing costs a short memory compare of values the caller still holds (the
/// previous line is borrowed from the same chunk of text, never copied).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Repeats(u16);

impl Repeats {
    /// Nothing known to repeat: every field is bound.
    const NONE: Repeats = Repeats(0);
    const CUSTOMER_REF: u16 = 1;
    const ORDER_REF: u16 = 1 << 1;
    const SOLD_AT: u16 = 1 << 2;
    const PRODUCT: u16 = 1 << 3;
    const CATEGORY: u16 = 1 << 4;
    const CHANNEL: u16 = 1 << 5;
    const PAYMENT_METHOD: u16 = 1 << 6;
    const STORE: u16 = 1 << 7;
    const EXTRA: u16 = 1 << 8;

    /// The text fields (and the date-time) of `next` equal to those of `previous`.
    fn between(previous: &LineToWrite<'_>, next: &LineToWrite<'_>) -> Repeats {
        let (p, n) = (previous, next);
        Repeats::of(
            [
                p.customer_ref == n.customer_ref,
                p.order_ref == n.order_ref,
                p.sold_at == n.sold_at,
                p.product == n.product,
                p.category == n.category,
                p.channel == n.channel,
                p.payment_method == n.payment_method,
                p.store == n.store,
            ],
            p.extra == n.extra,
        )
    }

    /// From which texts are equal, in the order of [`LineToWrite`]'s fields (customer_ref,
    /// order_ref, sold_at, product, category, channel, payment_method, store), and whether
    /// the extra columns are.
    fn of(texts: [bool; 8], extra: bool) -> Repeats {
        const BITS: [u16; 8] = [
            Repeats::CUSTOMER_REF,
            Repeats::ORDER_REF,
            Repeats::SOLD_AT,
            Repeats::PRODUCT,
            Repeats::CATEGORY,
            Repeats::CHANNEL,
            Repeats::PAYMENT_METHOD,
            Repeats::STORE,
        ];
        let mut bits = if extra { Self::EXTRA } else { 0 };
        for (bit, equal) in BITS.iter().zip(texts) {
            if equal {
                bits |= bit;
            }
        }
        Repeats(bits)
    }

    fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

/// The numbers bound to `SALE_INSERT` last, by parameter (`None`: not bound yet); an equal
/// number is not bound again. Texts are skipped by [`Repeats`].
#[derive(Default)]
struct SaleBinds {
    numbers: [Option<Option<i64>>; 17],
    quantity: Option<u64>,
}

impl SaleBinds {
    /// Binds a text unless `repeated` (then the previous line's value, bound already, is it).
    fn text(
        stmt: &mut Statement<'_>,
        index: usize,
        value: Option<&str>,
        repeated: bool,
    ) -> Result<()> {
        if !repeated {
            stmt.raw_bind_parameter(index, value)?;
        }
        Ok(())
    }

    fn number(&mut self, stmt: &mut Statement<'_>, index: usize, value: Option<i64>) -> Result<()> {
        let Some(slot) = self.numbers.get_mut(index) else {
            stmt.raw_bind_parameter(index, value)?;
            return Ok(());
        };
        if *slot != Some(value) {
            stmt.raw_bind_parameter(index, value)?;
            *slot = Some(value);
        }
        Ok(())
    }

    /// Binds the values of one sale line to `SALE_INSERT`, one by one (no list of trait
    /// objects to build and walk for every line), skipping those bound already.
    fn sale(
        &mut self,
        stmt: &mut Statement<'_>,
        batch_id: i64,
        contact_id: i64,
        s: &LineToWrite<'_>,
        repeats: Repeats,
    ) -> Result<()> {
        self.number(stmt, 1, Some(batch_id))?;
        self.number(stmt, 2, Some(contact_id))?;
        let r = |bit| repeats.has(bit);
        Self::text(stmt, 3, s.customer_ref, r(Repeats::CUSTOMER_REF))?;
        Self::text(stmt, 4, s.order_ref, r(Repeats::ORDER_REF))?;
        Self::text(stmt, 5, Some(s.sold_at), r(Repeats::SOLD_AT))?;
        Self::text(stmt, 6, s.product, r(Repeats::PRODUCT))?;
        Self::text(stmt, 7, s.category, r(Repeats::CATEGORY))?;
        // Compared bit for bit: a NaN never equals itself, and -0.0 is not 0.0.
        if self.quantity != Some(s.quantity.to_bits()) {
            stmt.raw_bind_parameter(8, s.quantity)?;
            self.quantity = Some(s.quantity.to_bits());
        }
        self.number(stmt, 9, s.unit_price_cents)?;
        self.number(stmt, 10, Some(s.discount_cents))?;
        self.number(stmt, 11, Some(s.amount_cents))?;
        self.number(stmt, 12, s.cost_cents)?;
        Self::text(stmt, 13, s.channel, r(Repeats::CHANNEL))?;
        Self::text(stmt, 14, s.payment_method, r(Repeats::PAYMENT_METHOD))?;
        Self::text(stmt, 15, s.store, r(Repeats::STORE))?;
        if !r(Repeats::EXTRA) {
            stmt.raw_bind_parameter(16, json_text(s.extra).as_ref())?;
        }
        Ok(())
    }
}

/// Appends a date-time as stored (`YYYY-MM-DD HH:MM:SS`) to `out`.
pub fn push_sale_datetime(out: &mut String, dt: &NaiveDateTime) {
    match sale_datetime_bytes(dt)
        .as_ref()
        .map(|b| std::str::from_utf8(b))
    {
        Some(Ok(text)) => out.push_str(text),
        _ => out.push_str(&datetime_text(dt)),
    }
}

/// The order key the stored figures group by, hashed: the order reference when not empty,
/// else `day:` and the sale's date (`YYYY-MM-DD`; the same expression as `SUMMARY_INSERT`).
fn order_hash(order_ref: Option<&str>, day: &str) -> u64 {
    // foldhash's fixed seed: the same 64-bit quality for these keys as the SipHash it
    // replaces, at a fraction of its cost (a million lines, a million hashes).
    let mut h = foldhash::quality::FixedState::with_seed(0x436c_6e74).build_hasher();
    match order_ref {
        Some(r) if !r.is_empty() => r.hash(&mut h),
        _ => {
            "day:".hash(&mut h);
            day.hash(&mut h);
        }
    }
    h.finish()
}

/// A customer's orders, the day of the last one and the median gap between order days.
#[derive(Clone, Copy, Debug)]
struct OrderCount {
    orders: i64,
    last: NaiveDate,
    gap_days: Option<f64>,
}

/// Per customer: orders, the day of the last one and the median gap, from the orders kept
/// in memory (each order's day is the first of its lines).
fn order_counts(orders: &IdMap<(i64, u64), NaiveDate>) -> IdMap<i64, OrderCount> {
    let mut days: IdMap<i64, Vec<NaiveDate>> = IdMap::default();
    for ((id, _), day) in orders {
        days.entry(*id).or_default().push(*day);
    }
    days.into_iter()
        .map(|(id, mut d)| {
            let last = d.iter().max().copied().unwrap_or_default();
            let count = OrderCount {
                orders: d.len() as i64,
                last,
                gap_days: crate::model::median_gap_days(&mut d),
            };
            (id, count)
        })
        .collect()
}

/// The same counts from the batch's sale lines, for batches with too many orders to keep in
/// memory (the same order keys as `order_hash`), before the index is back so that it is one
/// scan and a sort that may spill to disk.
fn order_counts_in_sql(
    tx: &Transaction<'_>,
    batch_id: i64,
    is_created: &dyn Fn(i64) -> bool,
) -> Result<IdMap<i64, OrderCount>> {
    let mut counts: IdMap<i64, OrderCount> = IdMap::default();
    let mut stmt = tx.prepare(&format!(
        "WITH orders AS (
             SELECT contact_id AS root, MIN(substr(sold_at, 1, 10)) AS day
             FROM sale WHERE batch_id = ?1
             GROUP BY contact_id,
                      COALESCE(NULLIF(order_ref, ''), 'day:' || substr(sold_at, 1, 10))
         ),
         {}
         SELECT o.root, COUNT(*), MAX(o.day), m.days
         FROM orders AS o LEFT JOIN median AS m ON m.root = o.root
         GROUP BY o.root",
        super::writes::GAP_MEDIAN_CTES
    ))?;
    let mut rows = stmt.query([batch_id])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let day: String = r.get(2)?;
        if is_created(id)
            && let Ok(day) = NaiveDate::parse_from_str(&day, DATE_FORMAT)
        {
            let count = OrderCount {
                orders: r.get(1)?,
                last: day,
                gap_days: r.get(3)?,
            };
            counts.insert(id, count);
        }
    }
    Ok(counts)
}

/// A date as stored (`YYYY-MM-DD`), without going through `format!`.
fn date_text(d: &NaiveDate) -> String {
    let mut text = sale_datetime_text(&d.and_time(chrono::NaiveTime::MIN));
    text.truncate(10);
    text
}

impl BatchWriter<'_> {
    /// The batch's id.
    pub fn batch_id(&self) -> i64 {
        self.batch_id
    }

    /// The batch's transaction, for writers of other records in the store (feedback).
    pub(super) fn tx(&self) -> &Transaction<'_> {
        &self.tx
    }

    /// Adds a contact; returns its id.
    pub fn add_contact(&mut self, c: &NewContact) -> Result<i64> {
        self.contact_stmt.execute(params![
            self.batch_id,
            c.external_ref,
            c.first_name,
            c.last_name,
            c.company,
            c.email,
            c.phone,
            c.street,
            c.street2,
            c.city,
            c.postcode,
            c.region,
            c.country,
            c.birth_date.map(|d| d.format(DATE_FORMAT).to_string()),
            c.gender,
            c.language,
            c.marketing_consent.as_str(),
            c.consent_date.map(|d| d.format(DATE_FORMAT).to_string()),
            json_text(&c.extra),
            sale_datetime_text(&c.created_at),
        ])?;
        let id = self.tx.last_insert_rowid();
        if self.own_tally {
            self.tally.created(id);
        }
        self.contacts_added += 1;
        Ok(id)
    }

    /// Adds a sale line for the customer `contact_id` (created by this batch, or an
    /// existing root customer found by [`Store::contact_keys`]), counted in the batch's
    /// own tally.
    pub fn add_sale(&mut self, contact_id: i64, s: &NewSale) -> Result<()> {
        let buyer = if self.tally.created.contains(contact_id) {
            Buyer::Created(contact_id)
        } else {
            Buyer::Existing(contact_id)
        };
        self.tally.line(buyer, s);
        // Lines of one order share their date-time: written once.
        if self
            .last_sold_at
            .as_ref()
            .is_none_or(|(at, _)| *at != s.sold_at)
        {
            self.last_sold_at = Some((s.sold_at, sale_datetime_text(&s.sold_at)));
        }
        let last = self.last_sold_at.take();
        let sold_at = last.as_ref().map_or("", |(_, t)| t.as_str());
        let added = self.write_sale(contact_id, &LineToWrite::of(s, sold_at), Repeats::NONE);
        self.last_sold_at = last;
        added
    }

    /// Says that the caller counts the batch's sale lines in its own [`SaleTally`] (adding
    /// them with [`BatchWriter::add_counted_sale`] and ending with
    /// [`BatchWriter::finish_counted`]): the writer then keeps nothing per contact.
    pub fn count_elsewhere(&mut self) {
        self.own_tally = false;
        self.tally = SaleTally::default();
    }

    /// Adds a sale line that the caller counts in its own [`SaleTally`], handed to
    /// [`BatchWriter::finish_counted`]. `previous` is the sale line added just before this
    /// one in the batch, when the caller still has it at hand (`None`: not known); the
    /// fields the two share are not bound again.
    pub fn add_counted_sale(
        &mut self,
        contact_id: i64,
        s: &LineToWrite<'_>,
        previous: Option<&LineToWrite<'_>>,
    ) -> Result<()> {
        let repeats = previous.map_or(Repeats::NONE, |p| Repeats::between(p, s));
        self.write_sale(contact_id, s, repeats)
    }

    /// Writes a sale line, binding the fields that `repeats` does not name.
    fn write_sale(&mut self, contact_id: i64, s: &LineToWrite<'_>, repeats: Repeats) -> Result<()> {
        self.sales_added += 1;
        self.sale_binds
            .sale(&mut self.sale_stmt, self.batch_id, contact_id, s, repeats)?;
        self.sale_stmt.raw_execute()?;
        Ok(())
    }

    /// Sets the SHA-256 of the file the batch comes from, when it was worked out while the
    /// file was read (after [`Store::batch_with_sha256`] found no other batch with it).
    pub fn set_file_sha256(&mut self, sha256: &str) -> Result<()> {
        self.tx.execute(
            "UPDATE import_batch SET file_sha256 = ?1 WHERE id = ?2",
            params![sha256, self.batch_id],
        )?;
        Ok(())
    }

    /// Adds a walk-in sale: a till's sale that names no customer. It counts in the shop's
    /// revenue and orders, but in no customer's figures.
    pub fn add_walk_in_sale(&mut self, s: &LineToWrite<'_>) -> Result<()> {
        let extra = serde_json::to_string(s.extra).unwrap_or_else(|_| "{}".to_string());
        self.tx
            .prepare_cached(
                "INSERT INTO walk_in_sale (batch_id, order_ref, sold_at, product, category,
                     quantity, unit_price, discount, amount, cost, channel, payment_method,
                     store, extra)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?
            .execute(rusqlite::params_from_iter(
                std::iter::once(&self.batch_id as &dyn rusqlite::ToSql)
                    .chain(super::held::line_values(s, &extra)),
            ))?;
        Ok(())
    }

    /// Records a problem with one row.
    pub fn add_problem(&mut self, p: &NewProblem) -> Result<()> {
        self.problem_stmt.execute(params![
            self.batch_id,
            i64::try_from(p.row).unwrap_or(i64::MAX),
            p.column,
            p.raw_value,
            // Words are made where a problem is shown: a problem with a kind keeps none
            // here (only those recorded before kinds were stored have theirs).
            match p.kind.as_ref() {
                ProblemKind::Written { message } => message.as_str(),
                _ => "",
            },
            serde_json::to_string(&p.raw_row)?,
            p.severity.as_str(),
            match p.kind.as_ref() {
                ProblemKind::Written { .. } => None,
                kind => Some(serde_json::to_string(kind)?),
            },
        ])?;
        Ok(())
    }

    /// Contacts and sale lines added so far.
    pub fn counts(&self) -> (u64, u64) {
        (self.contacts_added, self.sales_added)
    }

    /// Writes the customers' figures, the final counts and the audit line, and commits.
    /// Returns the batch id.
    pub fn finish(mut self, rows_read: u64, rows_imported: u64, rows_rejected: u64) -> Result<i64> {
        let tally = std::mem::take(&mut self.tally);
        self.finish_with(tally, None, rows_read, rows_imported, rows_rejected)
    }

    /// [`BatchWriter::finish`] for a batch whose sale lines went through
    /// [`BatchWriter::add_counted_sale`]: `tally` holds their figures, its created customers
    /// keyed by their place in `ids` (the ids `add_contact` gave them, in order).
    pub fn finish_counted(
        mut self,
        tally: SaleTally,
        ids: &[i64],
        rows_read: u64,
        rows_imported: u64,
        rows_rejected: u64,
    ) -> Result<i64> {
        self.count_elsewhere();
        self.finish_with(tally, Some(ids), rows_read, rows_imported, rows_rejected)
    }

    fn finish_with(
        self,
        tally: SaleTally,
        ids: Option<&[i64]>,
        rows_read: u64,
        rows_imported: u64,
        rows_rejected: u64,
    ) -> Result<i64> {
        // Bound first so that it drops last: the settings come back once the transaction
        // has ended, even on an error below.
        let settings = self.settings;
        let BatchWriter {
            sale_stmt,
            contact_stmt,
            problem_stmt,
            tx,
            batch_id,
            bulk,
            contacts_added,
            sales_added,
            sales_before,
            ..
        } = self;
        let SaleTally {
            created: counted,
            orders,
            touched_existing,
            existing_orders,
            orders_cap,
            overflow,
            ..
        } = tally;
        if overflow {
            return Err(StoreError::Invalid(Refusal::TooLargeSum));
        }
        // A tally's key to the contact's id.
        let id_of = |key: i64| -> Option<i64> {
            match ids {
                None => Some(key),
                Some(ids) => usize::try_from(key).ok().and_then(|k| ids.get(k)).copied(),
            }
        };
        drop((sale_stmt, contact_stmt, problem_stmt));
        let started = std::time::Instant::now();
        // Orders kept in memory are counted on a second thread while SQLite rebuilds the
        // indexes on this one; too many to keep were left to SQL, counted here first. Only
        // the counts are kept, one pair a customer: the rows' texts are made one at a time.
        let counted_in_sql = match &orders {
            Some(_) => None,
            None => {
                // The contacts this batch created: the list given is in ascending order
                // unless SQLite had to pick random ids (then a set is made of it).
                let sorted = ids.is_some_and(|ids| ids.windows(2).all(|w| w[0] < w[1]));
                let listed: Option<IdSet<i64>> = ids
                    .filter(|_| !sorted)
                    .map(|ids| ids.iter().copied().collect());
                let is_created = |id: i64| match (ids, &listed) {
                    (_, Some(listed)) => listed.contains(&id),
                    (Some(ids), None) => ids.binary_search(&id).is_ok(),
                    (None, None) => counted.contains(id),
                };
                Some(order_counts_in_sql(&tx, batch_id, &is_created)?)
            }
        };
        let step = |what: &str| {
            tracing::debug!(
                elapsed_ms = started.elapsed().as_millis(),
                "batch end: {what}"
            )
        };
        let count = || match &orders {
            Some(orders) => order_counts(orders)
                .into_iter()
                .filter_map(|(key, c)| Some((id_of(key)?, c)))
                .collect(),
            None => IdMap::default(),
        };
        // The orders counted on a second thread while the indexes are built.
        let (counts, indexed) =
            crate::parallel::side_by_side("clientele-batch-orders", count, || {
                let indexed = if bulk {
                    tx.execute_batch(
                        "CREATE INDEX IF NOT EXISTS sale_contact ON sale (contact_id);
                     CREATE INDEX IF NOT EXISTS contact_batch ON contact (batch_id);
                     CREATE INDEX IF NOT EXISTS contact_external_ref ON contact (external_ref);",
                    )
                } else {
                    Ok(())
                };
                step("indexes built");
                indexed
            });
        indexed?;
        drop(orders);
        let counts = counted_in_sql.unwrap_or(counts);
        {
            let mut stmt = tx.prepare(SUMMARY_ROW_INSERT)?;
            let mut figures: Vec<(i64, &Figures)> = counted
                .figures()
                .into_iter()
                .filter_map(|(key, f)| Some((id_of(key)?, f)))
                .collect();
            if ids.is_some() {
                figures.sort_unstable_by_key(|(id, _)| *id);
            }
            for (id, f) in figures {
                let count = counts.get(&id).copied();
                stmt.execute(params![
                    id,
                    count.map_or(0, |c| c.orders),
                    f.lines,
                    f.revenue,
                    sale_datetime_text(&f.first),
                    sale_datetime_text(&f.last),
                    // Empty when the customer has no order (the column's default).
                    count.map(|c| date_text(&c.last)).unwrap_or_default(),
                    count.and_then(|c| c.gap_days)
                ])?;
            }
        }
        step("customer figures written");
        if !touched_existing.is_empty() {
            // The batch's lines are those after `sales_before` when their ids run on from
            // it (SQLite picks random ids only once the largest possible one is taken).
            let sales_now: i64 =
                tx.query_row("SELECT COALESCE(MAX(id), 0) FROM sale", [], |r| r.get(0))?;
            let in_run = i64::try_from(sales_added)
                .ok()
                .and_then(|n| sales_before.checked_add(n))
                == Some(sales_now);
            let added = match existing_orders {
                Some(orders) if in_run => add_to_existing_customers(
                    &tx,
                    sales_before,
                    &touched_existing,
                    orders,
                    orders_cap,
                )?,
                _ => false,
            };
            #[cfg(test)]
            SUMMED_IN_MEMORY.with(|n| n.set(n.get() + usize::from(added)));
            if !added {
                let ids: Vec<i64> = touched_existing.keys().copied().collect();
                refresh_existing_customers(&tx, &ids)?;
            }
            step("existing customers' figures written");
        }
        let kind: String = tx.query_row(
            "SELECT kind FROM import_batch WHERE id = ?1",
            [batch_id],
            |r| r.get(0),
        )?;
        tx.execute(
            "UPDATE import_batch SET finished_at = ?1, rows_read = MAX(rows_read, ?2),
                 rows_imported = ?3, rows_rejected = ?4
             WHERE id = ?5",
            params![
                now_text(),
                i64::try_from(rows_read).unwrap_or(i64::MAX),
                i64::try_from(rows_imported).unwrap_or(i64::MAX),
                i64::try_from(rows_rejected).unwrap_or(i64::MAX),
                batch_id
            ],
        )?;
        super::privacy::record_batch_consent(&tx, batch_id)?;
        audit(
            &tx,
            "import",
            &json!({
                "batch_id": batch_id,
                "kind": kind,
                "contacts": contacts_added,
                "sales": sales_added,
                "rows_rejected": rows_rejected,
            }),
        )?;

        tx.commit()?;
        step("committed");
        drop(settings);

        Ok(batch_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{BatchKind, Store};

    fn sale(when: &str, order: Option<&str>, cents: i64) -> NewSale {
        NewSale {
            contact_index: 0,
            customer_ref: None,
            order_ref: order.map(str::to_string),
            sold_at: NaiveDateTime::parse_from_str(when, "%Y-%m-%d %H:%M:%S")
                .unwrap_or_else(|e| panic!("{e}")),
            product: None,
            category: None,
            quantity: 1.0,
            unit_price_cents: None,
            discount_cents: 0,
            amount_cents: cents,
            cost_cents: None,
            channel: None,
            payment_method: None,
            store: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Which values repeat: equal texts held at other places, absent against empty (either
    /// way round), the date-time, and the extra columns.
    #[test]
    fn repeats_compare_the_values_not_their_places() {
        let mut first = sale("2024-06-01 10:00:05", Some("T-1"), 100);
        first.customer_ref = Some("C042".to_string());
        first.product = Some("Bougie".to_string());
        first.category = Some(String::new());
        first.channel = Some("boutique".to_string());
        first.store = Some("Лион".to_string());
        first.extra.insert("Note".to_string(), json!("x"));
        let mut next = first.clone();
        next.category = None;
        next.payment_method = Some(String::new());
        next.extra = serde_json::Map::new();
        let (a, b) = (
            LineToWrite::of(&first, "2024-06-01 10:00:05"),
            LineToWrite::of(&next, "2024-06-01 10:00:06"),
        );
        assert!(!std::ptr::eq(
            a.product.unwrap_or_default(),
            b.product.unwrap_or_default()
        ));
        assert_eq!(
            Repeats::between(&a, &b),
            Repeats::of([true, true, false, true, false, true, false, true], false)
        );
        assert_eq!(Repeats::between(&a, &a), Repeats::of([true; 8], true));
        assert_eq!(Repeats::between(&b, &a), Repeats::between(&a, &b));
    }

    fn settings(store: &Store) -> (i64, i64, bool) {
        let get = |name: &str| -> i64 {
            store
                .conn
                .pragma_query_value(None, name, |r| r.get(0))
                .unwrap_or_else(|e| panic!("{e}"))
        };
        (
            get("cache_size"),
            get("temp_store"),
            get("foreign_keys") != 0,
        )
    }

    fn customers(store: &Store) -> Vec<(i64, i64, i64, i64, String, String)> {
        let mut stmt = store
            .conn
            .prepare(
                "SELECT customer_id, orders, sale_lines, revenue_cents, first_sale,
                        last_sale || ' ' || last_order
                 FROM customer_summary ORDER BY customer_id",
            )
            .unwrap_or_else(|e| panic!("{e}"));
        stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .unwrap_or_else(|e| panic!("{e}"))
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap_or_else(|e| panic!("{e}"))
    }

    /// Every column of every customer's figures.
    fn summary_rows(store: &Store) -> Vec<Vec<rusqlite::types::Value>> {
        let mut stmt = store
            .conn
            .prepare("SELECT * FROM customer_summary ORDER BY customer_id")
            .unwrap_or_else(|e| panic!("{e}"));
        let n = stmt.column_count();
        stmt.query_map([], |r| (0..n).map(|i| r.get(i)).collect())
            .unwrap_or_else(|e| panic!("{e}"))
            .collect::<rusqlite::Result<Vec<Vec<_>>>>()
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// A sale line of a random shop: (who, day, hour, order, cents).
    type RandomLine = (usize, u8, u8, u8, i64);

    fn random_sale((_, day, hour, order, cents): &RandomLine) -> NewSale {
        // Orders R0..R3 across days, some lines without one, one with an empty one.
        let order = match order % 6 {
            4 => None,
            5 => Some(String::new()),
            k => Some(format!("R{k}")),
        };
        sale(
            &format!("2024-02-{:02} {:02}:00:00", 1 + day % 25, 8 + hour % 12),
            order.as_deref(),
            *cents,
        )
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(160))]

        /// A later batch naming customers the shop knows (contacts merged into others too,
        /// orders begun in the earlier batch, negative lines) leaves every customer's figures
        /// as a rebuild from all the lines gives them, and with room for its orders it sums
        /// them in memory; bulk or not, past the orders kept in memory or not, the earlier
        /// lines read by the index or by a pass over the table.
        #[test]
        fn later_batch_naming_known_customers_has_the_figures_of_a_rebuild(
            people in 2usize..7,
            earlier in proptest::collection::vec((0usize..7, 0u8..40, 0u8..12, 0u8..12, 1i64..5000), 0..25),
            merges in proptest::collection::vec((0usize..7, 0usize..7), 0..4),
            later in proptest::collection::vec((0usize..8, 0u8..40, 0u8..12, 0u8..12, -2000i64..5000), 1..25),
            bulk in proptest::bool::ANY,
            scan in proptest::bool::ANY,
            cap in proptest::prop_oneof![proptest::strategy::Just(ORDERS_IN_MEMORY), 0usize..6],
        ) {
            let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
            let mut writer = store
                .begin_batch(&sales_batch("earlier.csv"), false)
                .unwrap_or_else(|e| panic!("{e}"));
            let ids: Vec<i64> = (0..people)
                .map(|i| {
                    writer
                        .add_contact(&NewContact {
                            last_name: Some(format!("Person{i}")),
                            ..NewContact::default()
                        })
                        .unwrap_or_else(|e| panic!("{e}"))
                })
                .collect();
            for line in &earlier {
                writer
                    .add_sale(ids[line.0 % people], &random_sale(line))
                    .unwrap_or_else(|e| panic!("{e}"));
            }
            writer.finish(0, 0, 0).unwrap_or_else(|e| panic!("{e}"));
            for (survivor, absorbed) in merges {
                let plan = crate::model::MergePlan {
                    survivor: ids[survivor % people],
                    absorbed: vec![ids[absorbed % people]],
                    fields: Vec::new(),
                    score: None,
                    decided_by: crate::model::DecidedBy::User,
                };
                // A merge refused (a contact merged already, or the survivor itself) writes
                // nothing.
                let _ = store.merge(&plan);
            }
            let before = SUMMED_IN_MEMORY.with(std::cell::Cell::get);
            EARLIER_BY_SCAN.with(|s| s.set(Some(scan)));
            let mut writer = store
                .begin_batch(&sales_batch("later.csv"), bulk)
                .unwrap_or_else(|e| panic!("{e}"));
            writer.tally.orders_cap = cap;
            let new_one = writer
                .add_contact(&NewContact {
                    last_name: Some("Newcomer".into()),
                    ..NewContact::default()
                })
                .unwrap_or_else(|e| panic!("{e}"));
            for line in &later {
                let id = ids.get(line.0).filter(|_| line.0 < people).copied().unwrap_or(new_one);
                writer
                    .add_sale(id, &random_sale(line))
                    .unwrap_or_else(|e| panic!("{e}"));
            }
            let kept = writer.tally.existing_orders.is_some();
            let named_known = !writer.tally.touched_existing.is_empty();
            writer.finish(0, 0, 0).unwrap_or_else(|e| panic!("{e}"));
            let in_memory = SUMMED_IN_MEMORY.with(std::cell::Cell::get) - before;
            EARLIER_BY_SCAN.with(|s| s.set(None));
            // With room for every order the sums are made in memory; with little room they
            // may be made in SQL, while reading the earlier lines too.
            if cap == ORDERS_IN_MEMORY {
                proptest::prop_assert!(kept);
                proptest::prop_assert_eq!(in_memory, usize::from(named_known));
            } else {
                proptest::prop_assert!(in_memory <= usize::from(kept && named_known));
            }
            let written = summary_rows(&store);
            store
                .rebuild_customer_summary()
                .unwrap_or_else(|e| panic!("{e}"));
            proptest::prop_assert_eq!(written, summary_rows(&store));
        }
    }

    /// A bulk batch with more orders than it keeps in memory counts them in SQL: the
    /// figures equal a rebuild, and the connection's settings come back.
    #[test]
    fn bulk_batch_past_the_order_cap_has_the_same_figures_and_settings() {
        let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let before = settings(&store);
        let batch = NewBatch {
            kind: BatchKind::Sales,
            file_name: Some("big.csv".into()),
            file_sha256: None,
            sheet: None,
            options: serde_json::json!({}),
            rows_read: 0,
            rows_rejected: 0,
            replace_existing: false,
        };
        let mut writer = store
            .begin_batch(&batch, true)
            .unwrap_or_else(|e| panic!("{e}"));
        writer.tally.orders_cap = 2;
        let people = ["Ann", "Bob", "Cy"].map(|name| {
            writer
                .add_contact(&NewContact {
                    first_name: Some(name.into()),
                    ..NewContact::default()
                })
                .unwrap_or_else(|e| panic!("{e}"))
        });
        let lines = [
            (0, "2024-06-01 10:00:00", Some("R1"), 300),
            (0, "2024-06-01 10:00:00", Some("R1"), 200),
            (1, "2024-06-02 11:00:00", None, 50),
            (1, "2024-06-02 17:00:00", None, 70),
            (0, "2024-06-03 09:00:00", Some("R2"), 10),
            (2, "2024-06-04 09:00:00", Some("R3"), 99),
            (1, "2024-06-05 12:00:00", Some(""), 5),
            (0, "2024-06-01 10:00:00", Some("R1"), 1),
        ];
        for (who, when, order, cents) in lines {
            writer
                .add_sale(people[who], &sale(when, order, cents))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        assert!(writer.tally.orders.is_none(), "the cap was passed");
        writer.finish(8, 8, 0).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(settings(&store), before);
        let incremental = customers(&store);
        assert_eq!(
            incremental
                .iter()
                .map(|c| (c.1, c.2, c.3))
                .collect::<Vec<_>>(),
            vec![(2, 4, 511), (2, 3, 125), (1, 1, 99)]
        );
        store
            .rebuild_customer_summary()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(customers(&store), incremental);
    }

    /// Values bound for one line and left bound for the next are right whatever changes
    /// between lines (a value, or a value to none and back).
    #[test]
    fn sale_lines_store_their_own_values_when_bindings_are_kept() {
        let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let batch = NewBatch {
            kind: BatchKind::Sales,
            file_name: None,
            file_sha256: None,
            sheet: None,
            options: serde_json::json!({}),
            rows_read: 0,
            rows_rejected: 0,
            replace_existing: false,
        };
        let mut writer = store
            .begin_batch(&batch, false)
            .unwrap_or_else(|e| panic!("{e}"));
        let id = writer
            .add_contact(&NewContact::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let mut lines = Vec::new();
        for i in 0..12_i64 {
            let mut s = sale(
                if i < 6 {
                    "2024-06-01 10:00:00"
                } else {
                    "2024-06-02 11:00:00"
                },
                [Some("R1"), Some("R1"), None, Some(""), Some("R2")][(i % 5) as usize],
                100 + i % 3,
            );
            s.customer_ref = (i % 4 != 1).then(|| format!("C{}", i / 2));
            s.product = Some(["Thé", "Tasse", "Thé"][(i % 3) as usize].to_string());
            s.channel = (i % 2 == 0).then(|| "web".to_string());
            s.cost_cents = (i % 3 == 0).then_some(40);
            s.unit_price_cents = (i % 5 != 0).then_some(100);
            s.quantity = [1.0, 1.0, 2.5, -0.0, 0.0][(i % 5) as usize];
            if i == 7 {
                s.extra.insert("note".into(), serde_json::json!("x"));
            }
            writer.add_sale(id, &s).unwrap_or_else(|e| panic!("{e}"));
            lines.push(s);
        }
        writer.finish(12, 12, 0).unwrap_or_else(|e| panic!("{e}"));
        let mut stmt = store
            .conn
            .prepare(
                "SELECT customer_ref, order_ref, sold_at, product, quantity, unit_price, amount,
                     cost, channel, extra FROM sale ORDER BY id",
            )
            .unwrap_or_else(|e| panic!("{e}"));
        type Stored = (
            Option<String>,
            Option<String>,
            String,
            Option<String>,
            f64,
            Option<i64>,
            i64,
            Option<i64>,
            Option<String>,
            String,
        );
        let stored: Vec<Stored> = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                ))
            })
            .unwrap_or_else(|e| panic!("{e}"))
            .collect::<rusqlite::Result<_>>()
            .unwrap_or_else(|e| panic!("{e}"));
        let expected: Vec<Stored> = lines
            .iter()
            .map(|s| {
                (
                    s.customer_ref.clone(),
                    s.order_ref.clone(),
                    s.sold_at.format("%Y-%m-%d %H:%M:%S").to_string(),
                    s.product.clone(),
                    s.quantity,
                    s.unit_price_cents,
                    s.amount_cents,
                    s.cost_cents,
                    s.channel.clone(),
                    if s.extra.is_empty() {
                        "{}".to_string()
                    } else {
                        serde_json::to_string(&s.extra).unwrap_or_default()
                    },
                )
            })
            .collect();
        assert_eq!(stored, expected);
    }

    /// A bulk batch skips CHECK constraints (its values hold them by construction) and
    /// puts the setting back whether it commits or not.
    #[test]
    fn bulk_batch_restores_check_constraints() {
        let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let checks = |store: &Store| -> i64 {
            store
                .conn
                .pragma_query_value(None, "ignore_check_constraints", |r| r.get(0))
                .unwrap_or_else(|e| panic!("{e}"))
        };
        let batch = NewBatch {
            kind: BatchKind::Sales,
            file_name: None,
            file_sha256: None,
            sheet: None,
            options: serde_json::json!({}),
            rows_read: 0,
            rows_rejected: 0,
            replace_existing: false,
        };
        for commit in [false, true] {
            let mut writer = store
                .begin_batch(&batch, true)
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(checks(&store), 1);
            let id = writer
                .add_contact(&NewContact::default())
                .unwrap_or_else(|e| panic!("{e}"));
            writer
                .add_sale(id, &sale("2024-06-01 10:00:00", None, 1))
                .unwrap_or_else(|e| panic!("{e}"));
            if commit {
                writer.finish(1, 1, 0).unwrap_or_else(|e| panic!("{e}"));
            } else {
                drop(writer);
            }
            assert_eq!(checks(&store), 0);
        }
        // The CHECKs are enforced again outside the batch.
        let refused = store
            .conn
            .execute("UPDATE contact SET marketing_consent = 'maybe'", []);
        assert!(refused.is_err());
    }

    /// A bulk batch dropped before it finishes leaves nothing and puts the settings back.
    #[test]
    fn dropped_bulk_batch_restores_the_settings() {
        let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let before = settings(&store);
        let batch = NewBatch {
            kind: BatchKind::Sales,
            file_name: None,
            file_sha256: None,
            sheet: None,
            options: serde_json::json!({}),
            rows_read: 0,
            rows_rejected: 0,
            replace_existing: false,
        };
        {
            let mut writer = store
                .begin_batch(&batch, true)
                .unwrap_or_else(|e| panic!("{e}"));
            assert_ne!(settings(&store), before);
            let id = writer
                .add_contact(&NewContact::default())
                .unwrap_or_else(|e| panic!("{e}"));
            writer
                .add_sale(id, &sale("2024-06-01 10:00:00", None, 1))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        assert_eq!(settings(&store), before);
        assert!(store.batches().unwrap_or_default().is_empty());
        let index: i64 = store
            .conn
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sale_contact'",
                [],
                |r| r.get(0),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(index, 1, "the dropped index is back after the rollback");
    }

    fn sales_batch(name: &str) -> NewBatch {
        NewBatch {
            kind: BatchKind::Sales,
            file_name: Some(name.into()),
            file_sha256: None,
            sheet: None,
            options: serde_json::json!({}),
            rows_read: 0,
            rows_rejected: 0,
            replace_existing: false,
        }
    }

    fn journal_mode(store: &Store) -> String {
        store
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// Every row of the tables an import writes, as text, without the batch's clock times.
    fn written_rows(store: &Store) -> Vec<String> {
        let mut all = Vec::new();
        for (table, columns) in [
            ("contact", "*"),
            ("sale", "*"),
            ("customer_summary", "*"),
            ("import_error", "*"),
            (
                "import_batch",
                "id, kind, file_name, file_sha256, sheet, options, rows_read, rows_imported,
                 rows_rejected, undone_at",
            ),
        ] {
            let mut stmt = store
                .conn
                .prepare(&format!("SELECT {columns} FROM {table} ORDER BY 1"))
                .unwrap_or_else(|e| panic!("{e}"));
            let width = stmt.column_count();
            let rows = stmt
                .query_map([], |r| {
                    let values = (0..width)
                        .map(|i| r.get::<_, rusqlite::types::Value>(i))
                        .collect::<rusqlite::Result<Vec<_>>>()?;
                    Ok(format!("{table}: {values:?}"))
                })
                .unwrap_or_else(|e| panic!("{e}"))
                .collect::<rusqlite::Result<Vec<_>>>()
                .unwrap_or_else(|e| panic!("{e}"));
            all.extend(rows);
        }
        all
    }

    /// Writes `people` customers with three sale lines each (and a problem) in one batch.
    fn write_shop(writer: &mut BatchWriter<'_>, people: usize, from: usize) {
        for i in from..from + people {
            let id = writer
                .add_contact(&NewContact {
                    external_ref: Some(format!("C{i:06}")),
                    last_name: Some(format!("Client numéro {i}")),
                    created_at: NaiveDateTime::parse_from_str(
                        "2024-01-01 09:00:00",
                        "%Y-%m-%d %H:%M:%S",
                    )
                    .unwrap_or_else(|e| panic!("{e}")),
                    ..NewContact::default()
                })
                .unwrap_or_else(|e| panic!("{e}"));
            for line in 0..3_i64 {
                let mut s = sale(
                    "2024-06-01 10:00:00",
                    Some(&format!("T-{i}-{}", line / 2)),
                    100 + line,
                );
                s.product = Some(format!("Thé vert Sencha {line} — boîte de 100 g"));
                writer.add_sale(id, &s).unwrap_or_else(|e| panic!("{e}"));
            }
        }
        writer
            .add_problem(&NewProblem {
                row: 7,
                column: Some("Date".into()),
                raw_value: Some("hier".into()),
                kind: Box::new(ProblemKind::NotADate {
                    column: "Date".into(),
                    value: "hier".into(),
                }),
                raw_row: vec!["hier".into()],
                severity: Severity::Error,
            })
            .unwrap_or_else(|e| panic!("{e}"));
    }

    /// A bulk batch of a one-off command, alone on the file, writes through a rollback
    /// journal, and the database it leaves is the same, row for row, as the one a batch of
    /// the same rows leaves in WAL mode; WAL mode is back afterwards.
    #[test]
    fn one_off_bulk_batch_writes_the_same_rows_and_comes_back_to_wal() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut results = Vec::new();
        for (name, one_off, bulk) in [("wal.sqlite", false, false), ("once.sqlite", true, true)] {
            let mut store = Store::open(&dir.path().join(name)).unwrap_or_else(|e| panic!("{e}"));
            store.set_one_off(one_off);
            assert_eq!(journal_mode(&store), "wal");
            let mut writer = store
                .begin_batch(&sales_batch("sales.csv"), bulk)
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                journal_mode(&store),
                if one_off { "delete" } else { "wal" },
                "{name}"
            );
            write_shop(&mut writer, 2_000, 0);
            writer
                .finish(6_001, 6_000, 1)
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(journal_mode(&store), "wal");
            assert!(!dir.path().join(format!("{name}-journal")).exists());
            results.push(written_rows(&store));
        }
        assert_eq!(results[0].len(), 2_000 + 6_000 + 2_000 + 1 + 1);
        assert_eq!(results[0], results[1]);
    }

    /// What a kill in the middle of a one-off bulk batch leaves on disk (the file with some
    /// of the batch's pages already written into it, and the hot journal beside it) opens
    /// as the database it was before the batch, back in WAL mode.
    #[test]
    fn killed_one_off_bulk_batch_leaves_the_file_as_before() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("shop.sqlite");
        let mut store = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
        let mut writer = store
            .begin_batch(&sales_batch("first.csv"), false)
            .unwrap_or_else(|e| panic!("{e}"));
        write_shop(&mut writer, 300, 0);
        writer.finish(901, 900, 1).unwrap_or_else(|e| panic!("{e}"));
        let before = written_rows(&store);
        store.set_one_off(true);
        let mut writer = store
            .begin_batch(&sales_batch("second.csv"), true)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(journal_mode(&store), "delete");
        // A small page cache, so that pages of the batch reach the file before the commit.
        store
            .conn
            .pragma_update(None, "cache_size", 16)
            .unwrap_or_else(|e| panic!("{e}"));
        write_shop(&mut writer, 3_000, 300);
        // A kill leaves the files exactly as they are now.
        let killed = dir.path().join("killed.sqlite");
        let journal = dir.path().join("shop.sqlite-journal");
        assert!(
            journal.exists(),
            "the batch writes through a rollback journal"
        );
        let grown = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        std::fs::copy(&path, &killed).unwrap_or_else(|e| panic!("{e}"));
        std::fs::copy(&journal, dir.path().join("killed.sqlite-journal"))
            .unwrap_or_else(|e| panic!("{e}"));
        drop(writer);
        assert_eq!(journal_mode(&store), "wal");
        assert_eq!(written_rows(&store), before);
        drop(store);
        let reopened = Store::open(&killed).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(written_rows(&reopened), before);
        assert_eq!(journal_mode(&reopened), "wal");
        let shrunk = std::fs::metadata(&killed).map(|m| m.len()).unwrap_or(0);
        assert!(
            shrunk < grown,
            "the batch's pages were in the file: {shrunk} < {grown}"
        );
    }

    /// With another connection open on the file (a window), a one-off bulk batch keeps WAL
    /// mode, without waiting for the other connection.
    #[test]
    fn one_off_bulk_batch_keeps_wal_when_the_file_is_shared() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("shop.sqlite");
        let mut store = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
        store.set_one_off(true);
        let window = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
        let started = std::time::Instant::now();
        let mut writer = store
            .begin_batch(&sales_batch("sales.csv"), true)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert_eq!(journal_mode(&store), "wal");
        write_shop(&mut writer, 100, 0);
        writer.finish(301, 300, 1).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(journal_mode(&store), "wal");
        assert_eq!(window.stats().unwrap_or_default().sale_lines, 300);
    }

    /// Created contacts are found by their slot in the run of consecutive ids, and by a
    /// map for an id out of the run; figures come back in id order either way.
    #[test]
    fn created_contacts_out_of_their_run_keep_their_figures() {
        let mut created = CreatedContacts::default();
        for id in [5, 6, 7, 3, 8] {
            created.insert(id);
        }
        assert!(created.contains(3) && created.contains(8) && created.contains(5));
        assert!(!created.contains(4) && !created.contains(9) && !created.contains(i64::MIN));
        assert!(created.slot(4).is_none());
        let at = NaiveDateTime::parse_from_str("2024-06-01 10:00:00", "%Y-%m-%d %H:%M:%S")
            .unwrap_or_else(|e| panic!("{e}"));
        for (id, lines) in [(8, 1), (3, 2), (6, 3)] {
            if let Some(slot) = created.slot(id) {
                *slot = Some(Figures {
                    lines,
                    revenue: 0,
                    first: at,
                    last: at,
                });
            }
        }
        let figures: Vec<(i64, i64)> = created
            .figures()
            .iter()
            .map(|(id, f)| (*id, f.lines))
            .collect();
        assert_eq!(figures, vec![(3, 2), (6, 3), (8, 1)]);
    }
}
