//! The import pipeline: plan (read the start of a file, guess mapping, number and date
//! locale), then run (stream every row into typed records, link sales to customers, write
//! one batch through the store, collect every problem).
//!
//! Nothing is lost: unmapped columns go to `extra`; a bad value in an optional field is kept
//! in `extra` with a warning; a row is rejected only when it cannot be what it claims to be,
//! and then it is stored in `import_error` with the whole raw row. One import is one
//! transaction: cancelled, failed or empty, it leaves the database as it was.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{Map, Value, json};

use super::layouts::{AmountUnit, Layout, SaleStatus};
use super::mapping::{Field, ImportKind, Why, guess_mapping, header_key};
use super::read::{self, RawRow, ReadError, ReadOptions, RowStream, SourceInfo};
use super::values::{
    DateOrderEvidence, DateRules, Decimal, Zones, converted_from, cut_chars, detect_date_order,
    detect_decimal, looks_like_email, parse_cents, parse_datetime, parse_number, shown, unguard,
    zone_named,
};
use crate::clean::email_key;
use crate::model::{BatchSummary, Consent, DateOrder, LineToWrite, NewContact, NewSale};
use crate::store::{
    BatchKind, Buyer, CutWhat, DateBound, Expected, KnownOrders, NewBatch, NewProblem, ProblemKind,
    SaleTally, Severity, Store, StoreError, push_sale_datetime,
};

/// The hasher of the linker's maps: keys come from the shop's own files and database;
/// foldhash with a random seed is several times faster than SipHash on short keys.
type KeyHasher = foldhash::fast::RandomState;

/// Rows read to guess the mapping and the locale.
const PLAN_ROWS: usize = 1000;
/// Problems kept in the report (all of them go to the database).
const REPORT_PROBLEMS: usize = 1000;
/// The shop's phone country code until settings say otherwise (the demo shop is French).
const DEFAULT_PHONE_COUNTRY: &str = "FR";

/// What the person asked for; everything left `None` is detected.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// Contacts or sales.
    pub kind: ImportKind,
    /// Encoding, delimiter, sheet, header row.
    pub read: ReadOptions,
    /// Columns given by hand (`--map FIELD=COLUMN`); they win over guesses. An empty
    /// column (`--map FIELD=`) removes the field's guess.
    pub map: Vec<(Field, String)>,
    /// Columns to keep out of every field (`--ignore COLUMN`): kept in extra.
    pub ignore: Vec<String>,
    /// A chrono format for dates (`%d/%m/%Y`).
    pub date_format: Option<String>,
    /// The decimal separator.
    pub decimal: Option<Decimal>,
    /// Day or month first for ambiguous dates when the file does not tell
    /// (the shop's locale; default day first).
    pub default_date_order: Option<DateOrder>,
    /// Check everything, write nothing.
    pub dry_run: bool,
    /// Import a file that was imported before.
    pub allow_duplicate_file: bool,
    /// The shop's phone country (ISO 3166, e.g. "FR") for linking sales by phone numbers
    /// written the national way; None: France.
    pub phone_country: Option<String>,
    /// Accept sale dates before 1900 or more than a day in the future (`--allow-any-date`;
    /// the Import tab's "Accept dates before 1900 or in the future").
    pub allow_any_date: bool,
    /// Import as contacts a file that looks like sales (`import contacts --yes`; the Import
    /// tab's "Import its people as contacts all the same").
    pub sales_as_contacts: bool,
    /// The shop's time zone, the one date-times are converted to (from the offset written
    /// with them, else from the zone a known layout says); None: kept as written.
    pub time_zone: Option<chrono_tz::Tz>,
}

/// How a file will be read: shown before importing, stored with the batch.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Format, encoding, delimiter, sheet, header row, hash.
    pub info: SourceInfo,
    /// The header.
    pub headers: Vec<String>,
    /// The field each column feeds (None: kept in `extra`).
    pub columns: Vec<Option<Field>>,
    /// Why each column feeds its field (None where it feeds none, or where the reason is
    /// not known: the mapping was changed after the plan, see [`Plan::mapping`]).
    pub why: Vec<Option<Why>>,
    /// The known export layout recognised by the header.
    pub layout: Option<&'static Layout>,
    /// The column that tells a company's row from a person's (the layout's
    /// `company_rows`), when the file has it.
    pub company_column: Option<usize>,
    /// The shop's country (ISO 3166), for postcodes a spreadsheet stripped of their leading
    /// zeros when a row names no country.
    pub country: Option<String>,
    /// Decimal separator used.
    pub decimal: Decimal,
    /// How dates are read.
    pub date_rules: DateRules,
    /// Things the person should know ("dates like 03/04/2025 are read as 3 April").
    pub notes: Vec<Note>,
    /// The dates fit both day/month and month/day and no format was given: read with the
    /// shop's locale; the window asks before importing.
    pub dates_ambiguous: bool,
    /// The first rows, for a preview.
    pub preview: Vec<RawRow>,
    /// Sale dates before 1900 or more than a day in the future are accepted (else such a
    /// row is rejected): from [`ImportOptions::allow_any_date`].
    pub allow_any_date: bool,
}

/// One column of the mapping, as `import --dry-run --json` shows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct MappedColumn {
    /// The column's header.
    pub column: String,
    /// The field it feeds.
    pub field: &'static str,
    /// Why: "header", "values", "layout: Shopify orders" or "chosen".
    pub why: String,
}

impl Plan {
    /// The columns that feed a field, in the file's order, with the reason.
    pub fn mapping(&self) -> Vec<MappedColumn> {
        self.headers
            .iter()
            .zip(&self.columns)
            .enumerate()
            .filter_map(|(i, (h, c))| {
                let field = (*c)?;
                Some(MappedColumn {
                    column: h.clone(),
                    field: field.name(),
                    why: self
                        .why
                        .get(i)
                        .cloned()
                        .flatten()
                        .unwrap_or(Why::Chosen)
                        .describe(),
                })
            })
            .collect()
    }
}

/// What an import did.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct ImportReport {
    /// The new batch (None for a dry run).
    pub batch_id: Option<i64>,
    /// Whether nothing was written.
    pub dry_run: bool,
    /// Data rows read.
    pub rows_read: u64,
    /// Rows that became records.
    pub rows_imported: u64,
    /// Rows rejected.
    pub rows_rejected: u64,
    /// Values not imported but kept in `extra`, with a warning.
    pub warnings: u64,
    /// Contacts created (for a sales file: customers not found in the database).
    pub contacts_created: u64,
    /// Sale lines written.
    pub sales_written: u64,
    /// Sale lines linked to customers already in the database.
    pub sales_linked_to_existing: u64,
    /// The first problems (errors and warnings) in row order; all are in the database.
    pub problems: Vec<NewProblem>,
    /// Notes from the plan, and what was set aside.
    pub notes: Vec<Note>,
    /// Rows kept out of the sales on purpose (orders that do not count, a sale's summary
    /// rows); an order's rows set aside keep their whole row in the import's problems.
    pub rows_set_aside: u64,
    /// Lines made from an order's own columns (shipping, tax, discount, refund).
    pub order_lines: u64,
    /// Walk-in sale lines (no customer): counted in revenue, in no customer's figures.
    pub walk_in_sales: u64,
    /// The amount of the walk-in sale lines, in cents.
    pub walk_in_amount_cents: i64,
    /// Orders set aside, by status.
    pub set_aside: Vec<SetAside>,
    /// Lines of orders kept but not counted (cancelled, failed, not paid), written to the
    /// held orders.
    pub held_lines: u64,
    /// Pending orders held by an earlier import of the same layout that this file says are
    /// paid: counted now, once.
    pub held_orders_paid: u64,
    /// Orders counted or held by an earlier import of the same layout, skipped.
    pub orders_already_imported: u64,
    /// Pending orders held by an earlier import of the same layout that this file says are
    /// cancelled or failed: held again with that status.
    pub held_orders_closed: u64,
    /// Orders counted by an earlier import of the same layout that this file says were
    /// refunded since: their refund is subtracted by a line of this import.
    pub late_refunds: u64,
    /// The refunds those lines subtract, in cents (positive).
    pub late_refunds_cents: i64,
    /// The known layout recognised.
    pub layout: Option<String>,
    /// Rows rejected for a sale date before 1900 or more than a day in the future (accepted
    /// with [`ImportOptions::allow_any_date`]).
    pub dates_out_of_range: u64,
}

/// Why an import did not happen. The values say what went wrong; [`crate::text`] says it
/// in words.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    Read(#[from] ReadError),
    /// The database refused.
    Store(#[from] StoreError),
    /// The same file was imported before.
    DuplicateFile {
        /// The file.
        file: String,
        /// The earlier batch.
        batch: i64,
        /// When it was imported.
        when: String,
    },
    /// A `--map` names a column the file does not have.
    NoSuchColumn {
        /// The file.
        file: String,
        /// The column asked for.
        column: String,
        /// The columns it has.
        columns: Vec<String>,
    },
    /// Not one row could be imported.
    NothingImported {
        /// The file.
        file: String,
        /// Every problem found (the first is said with the error).
        problems: Vec<NewProblem>,
        /// Rows rejected.
        rejected: u64,
    },
    /// A sales file without a date column, or without any amount.
    Mapping(MappingError),
    /// The file is of the other kind (a customer list imported as sales).
    WrongKind {
        /// The file.
        file: String,
        /// The kind it is.
        kind: ImportKind,
        /// What shows it.
        sign: WrongKindSign,
    },
    /// The person cancelled.
    Cancelled,
    /// A fault of Clientele itself, not of the file.
    Internal(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::text::local(self))
    }
}

/// A sales file whose columns lack what a sale needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MappingError {
    /// No column holds the date of the sale.
    NoSaleDate {
        /// The file.
        file: String,
        /// Its columns.
        columns: Vec<String>,
    },
    /// No column holds the amount or the unit price.
    NoAmount {
        /// The file.
        file: String,
        /// Its columns.
        columns: Vec<String>,
    },
}

/// Something the person should know about how a file is read or what was imported (put
/// in words by [`crate::text`]).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub enum Note {
    /// A header name written twice; the repeat is read under another name.
    RepeatedColumn {
        /// The name as written.
        base: String,
        /// The name the repeat is read as ("unit_price (2)").
        header: String,
        /// The field the repeat feeds (None: kept with the other columns).
        feeds: Option<Field>,
    },
    /// A known export layout was recognised.
    Layout {
        /// The layout's name ("Shopify orders").
        name: String,
    },
    /// Dates fit both day/month and month/day; read in the shop's order.
    AmbiguousDates {
        /// The order used.
        read_as: DateOrder,
    },
    /// Some dates are day/month and others month/day.
    MixedDates,
    /// Times were converted to the shop's time zone.
    TimesConverted {
        /// The zones they were written in (`UTC`, `+01:00`, `Asia/Shanghai`), joined by
        /// commas.
        from: String,
        /// The shop's zone (`Europe/Paris`).
        to: String,
    },
    /// Every amount is a whole number next to a currency: maybe cents.
    WholeAmounts,
    /// Orders kept but not counted.
    SetAside {
        /// How many orders.
        orders: u64,
        /// Their status ("cancelled").
        status: &'static str,
        /// Their amount, in cents.
        amount_cents: i64,
    },
    /// Walk-in sale lines (no customer).
    WalkIn {
        /// How many lines.
        lines: u64,
        /// Their amount, in cents.
        amount_cents: i64,
    },
    /// Pending orders of an earlier import that the file says are paid.
    HeldOrdersPaid {
        /// How many orders.
        orders: u64,
    },
    /// Orders an earlier import of the same layout counted or held, skipped.
    OrdersAlreadyImported {
        /// How many orders.
        orders: u64,
    },
    /// Pending orders of an earlier import that the file says are cancelled or failed.
    HeldOrdersClosed {
        /// How many orders.
        orders: u64,
    },
    /// Orders counted by an earlier import that the file says were refunded since.
    LateRefunds {
        /// How many orders.
        orders: u64,
        /// The refunds subtracted, in cents (positive).
        amount_cents: i64,
    },
}

/// What shows that a file is of the other kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WrongKindSign {
    /// A recognised export of that kind (the layout's name).
    Layout(String),
    /// Its columns hold people, and none the date of a sale.
    PeopleWithoutSaleDate,
    /// Its columns hold dates of sale, amounts and products, and its first rows name the
    /// same people again and again.
    SalesRows {
        /// The first rows that name someone.
        rows: u64,
        /// The people they name.
        people: u64,
    },
}

/// Reads the start of the file and works out how to read all of it; the plan has the
/// file's SHA-256, to ask before a file is imported again.
pub fn plan(path: &Path, options: &ImportOptions) -> Result<Plan, ImportError> {
    plan_inner(read::preview(path, &options.read, PLAN_ROWS)?, options)
}

/// Like [`plan`], without the file's SHA-256 (`info.sha256` is empty): [`run`] then works
/// it out while it reads the file and refuses a file imported before at the end, unless
/// allowed; nothing is written then either. For the command line, where nobody is asked.
pub fn plan_unhashed(path: &Path, options: &ImportOptions) -> Result<Plan, ImportError> {
    plan_inner(
        read::preview_unhashed(path, &options.read, PLAN_ROWS)?,
        options,
    )
}

fn plan_inner(
    (table, preview): (read::Table, Vec<RawRow>),
    options: &ImportOptions,
) -> Result<Plan, ImportError> {
    let headers = table.headers.clone();
    let samples: Vec<Vec<String>> = preview
        .iter()
        .map(|r| r.cells.iter().map(|c| unguard(c).to_string()).collect())
        .collect();
    let guess = guess_mapping(&headers, &samples, options.kind);
    let layout = guess.layout;
    let (mut columns, mut why) = (guess.columns, guess.why);
    let (guessed, guessed_why) = (columns.clone(), why.clone());
    let find_column = |column: &str| {
        let wanted = header_key(column);
        headers
            .iter()
            .position(|h| h == column)
            .or_else(|| headers.iter().position(|h| header_key(h) == wanted))
            .ok_or_else(|| ImportError::NoSuchColumn {
                file: table.info.file_name.clone(),
                column: column.to_string(),
                columns: headers.to_vec(),
            })
    };
    let mut explicit: Vec<(usize, Field)> = Vec::new();
    let mut removed: Vec<Field> = Vec::new();
    for (field, column) in &options.map {
        if column.trim().is_empty() {
            removed.push(*field);
        } else {
            explicit.push((find_column(column)?, *field));
        }
    }
    let ignored = options
        .ignore
        .iter()
        .map(|c| find_column(c))
        .collect::<Result<Vec<usize>, ImportError>>()?;
    // A field given by hand takes its columns; guesses of the same field elsewhere go, and
    // so do guesses of a field given with no column, and of columns to ignore.
    for (i, (c, w)) in columns.iter_mut().zip(why.iter_mut()).enumerate() {
        if let Some(f) = *c
            && (explicit.iter().any(|(j, g)| *g == f && *j != i)
                || removed.contains(&f)
                || ignored.contains(&i))
        {
            *c = None;
            *w = None;
        }
    }
    for (index, field) in &explicit {
        // Naming a column the guess gave the same field keeps the guess's reason (the
        // window names every column each time the person changes one).
        if guessed.get(*index) != Some(&Some(*field)) {
            why[*index] = Some(Why::Chosen);
        } else if why[*index].is_none() {
            why[*index] = guessed_why.get(*index).cloned().flatten();
        }
        columns[*index] = Some(*field);
    }
    let mut notes = Vec::new();
    // A header name written twice: the reader keeps both columns apart ("unit_price (2)");
    // say so, and what the repeat feeds.
    let names: std::collections::HashSet<&str> = headers.iter().map(String::as_str).collect();
    for (header, column) in headers.iter().zip(&columns) {
        if let Some((base, number)) = header.strip_suffix(')').and_then(|h| h.rsplit_once(" ("))
            && number.bytes().all(|b| b.is_ascii_digit())
            && names.contains(base)
        {
            notes.push(Note::RepeatedColumn {
                base: base.to_string(),
                header: header.clone(),
                feeds: *column,
            });
        }
    }
    if let Some(layout) = layout {
        notes.push(Note::Layout {
            name: layout.name.clone(),
        });
        if layout.kind != options.kind {
            return Err(ImportError::WrongKind {
                file: table.info.file_name.clone(),
                kind: layout.kind,
                sign: WrongKindSign::Layout(layout.name.clone()),
            });
        }
    } else if options.kind == ImportKind::Contacts
        && !options.sales_as_contacts
        && let Some(sign) = sales_rows(&headers, &samples)
    {
        return Err(ImportError::WrongKind {
            file: table.info.file_name.clone(),
            kind: ImportKind::Sales,
            sign,
        });
    }
    // The sample values of the columns whose field passes `kind`.
    let values_of = |kind: fn(Field) -> bool| {
        columns
            .iter()
            .enumerate()
            .filter(move |(_, c)| c.is_some_and(kind))
            .flat_map(|(i, _)| samples.iter().filter_map(move |r| r.get(i)))
            .map(String::as_str)
    };
    let decimal = options
        .decimal
        .or_else(|| detect_decimal(values_of(Field::is_number)))
        .unwrap_or(Decimal::Dot);
    let dates = values_of(Field::is_date);
    let date_format = options
        .date_format
        .clone()
        .or_else(|| layout.and_then(|l| l.date_format.clone()));
    let default_order = options.default_date_order.unwrap_or(DateOrder::DayFirst);
    let evidence = detect_date_order(dates);
    let dates_ambiguous = evidence == DateOrderEvidence::Ambiguous && date_format.is_none();
    let order = match evidence {
        DateOrderEvidence::DayFirst => DateOrder::DayFirst,
        DateOrderEvidence::MonthFirst => DateOrder::MonthFirst,
        DateOrderEvidence::NotNeeded => default_order,
        DateOrderEvidence::Ambiguous | DateOrderEvidence::Mixed if date_format.is_some() => {
            default_order
        }
        DateOrderEvidence::Ambiguous => {
            notes.push(Note::AmbiguousDates {
                read_as: default_order,
            });
            default_order
        }
        DateOrderEvidence::Mixed => {
            notes.push(Note::MixedDates);
            default_order
        }
    };
    let date_rules = DateRules {
        order,
        format: date_format,
        zones: zones_of(options, layout),
    };
    if let Some(note) = times_converted(values_of(Field::is_date), &date_rules) {
        notes.push(note);
    }
    if options.kind == ImportKind::Sales {
        let person = columns.iter().any(|c| {
            matches!(
                c,
                Some(
                    Field::Email | Field::FirstName | Field::LastName | Field::Name | Field::Phone
                )
            )
        });
        if !columns.contains(&Some(Field::SoldAt)) && person {
            return Err(ImportError::WrongKind {
                file: table.info.file_name.clone(),
                kind: ImportKind::Contacts,
                sign: WrongKindSign::PeopleWithoutSaleDate,
            });
        }
        if !columns.contains(&Some(Field::SoldAt)) {
            return Err(ImportError::Mapping(MappingError::NoSaleDate {
                file: table.info.file_name.clone(),
                columns: headers.to_vec(),
            }));
        }
        let has_amount =
            columns.contains(&Some(Field::Amount)) || columns.contains(&Some(Field::UnitPrice));
        if !has_amount {
            return Err(ImportError::Mapping(MappingError::NoAmount {
                file: table.info.file_name.clone(),
                columns: headers.to_vec(),
            }));
        }
    }
    // An `amount` column of whole numbers next to a currency column is most likely in
    // cents (Stripe's API-style exports) when no known layout says so.
    if layout.is_none()
        && let Some(i) = columns.iter().position(|c| *c == Some(Field::Amount))
        && headers.get(i).is_some_and(|h| h.trim() == "amount")
        && headers.iter().any(|h| header_key(h) == "currency")
    {
        let amounts: Vec<&str> = samples
            .iter()
            .filter_map(|r| r.get(i))
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .collect();
        if !amounts.is_empty()
            && amounts
                .iter()
                .all(|v| v.chars().all(|c| c.is_ascii_digit()))
        {
            notes.push(Note::WholeAmounts);
        }
    }
    Ok(Plan {
        info: table.info,
        company_column: company_column(&headers, layout),
        headers,
        columns,
        why,
        layout,
        country: options.phone_country.clone(),
        decimal,
        date_rules,
        notes,
        dates_ambiguous,
        preview,
        allow_any_date: options.allow_any_date,
    })
}

/// The customer of a sale line, as the reader thread links it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Link {
    /// A customer already in the database (a root customer's id).
    Existing(i64),
    /// The n-th customer this import creates (from 0): created at its first line.
    New(usize),
}

/// Customers by reference, e-mail and phone: those in the database, then those the import
/// creates. It runs on the reader thread, in row order, so that the writer only turns
/// [`Link::New`] numbers into ids.
pub(crate) struct Linker {
    by_ref: HashMap<String, Link, KeyHasher>,
    by_email: HashMap<String, Link, KeyHasher>,
    by_phone: HashMap<String, Link, KeyHasher>,
    /// The shop's phone country, for numbers written the national way.
    phone_region: Option<phonenumber::country::Id>,
    /// Made from `phone_region` when the first phone number is looked at: it reads the
    /// phone metadata, a noticeable part of importing a sales file that has no phones.
    phones: OnceCell<crate::clean::PhoneKeys>,
    /// Customers the import creates so far.
    created: usize,
    /// The keys of the last sale line linked, and where they led.
    last: Option<LastLink>,
}

/// A sale line's customer keys and the customer they led to. The lines of an order come
/// one after another and name the same customer: they skip the look-ups. The answer for
/// the same keys cannot change, since `learn` never replaces a key already known.
struct LastLink {
    customer_ref: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    link: Link,
}

impl Linker {
    pub(crate) fn new(
        store: &Store,
        phone_region: Option<phonenumber::country::Id>,
    ) -> Result<Linker, StoreError> {
        let mut linker = Linker {
            phone_region,
            phones: OnceCell::new(),
            by_ref: HashMap::default(),
            by_email: HashMap::default(),
            by_phone: HashMap::default(),
            created: 0,
            last: None,
        };
        for k in store.contact_keys()? {
            linker.learn(
                Link::Existing(k.customer_id),
                k.external_ref.as_deref(),
                k.email.as_deref(),
                k.phone.as_deref(),
            );
        }
        Ok(linker)
    }

    fn phones(&self) -> &crate::clean::PhoneKeys {
        self.phones
            .get_or_init(|| crate::clean::PhoneKeys::new(self.phone_region))
    }

    fn learn(&mut self, link: Link, r: Option<&str>, email: Option<&str>, phone: Option<&str>) {
        if let Some(r) = r.map(str::trim).filter(|r| !r.is_empty()) {
            self.by_ref.entry(r.to_string()).or_insert(link);
        }
        if let Some(e) = email.and_then(email_key) {
            self.by_email.entry(e).or_insert(link);
        }
        if let Some(p) = phone.and_then(|p| self.phones().e164(p)) {
            self.by_phone.entry(p).or_insert(link);
        }
    }

    fn find(&self, r: Option<&str>, email: Option<&str>, phone: Option<&str>) -> Option<Link> {
        if let Some(r) = r.map(str::trim).filter(|r| !r.is_empty()) {
            // A reference that is given but unknown is a new customer, whatever else matches.
            return self.by_ref.get(r).copied();
        }
        if let Some(link) = email
            .and_then(email_key)
            .and_then(|e| self.by_email.get(&e))
        {
            return Some(*link);
        }
        phone
            .and_then(|p| self.phones().e164(p))
            .and_then(|p| self.by_phone.get(&p).copied())
    }

    /// The customer of a sale line: found by its keys (the line's customer reference, and
    /// the customer's e-mail and phone), else a new one known from then on by its own
    /// reference, e-mail and phone (`own`). Also says whether the customer is new with this
    /// line (the writer creates it then).
    pub(crate) fn link(
        &mut self,
        customer_ref: Option<&str>,
        own: (Option<&str>, Option<&str>, Option<&str>),
    ) -> (Link, bool) {
        let (external_ref, email, phone) = own;
        let keys = (customer_ref, email, phone);
        if let Some(last) = &self.last
            && last.customer_ref.as_deref() == keys.0
            && last.email.as_deref() == keys.1
            && last.phone.as_deref() == keys.2
        {
            return (last.link, false);
        }
        let (link, fresh) = match self.find(keys.0, keys.1, keys.2) {
            Some(link) => (link, false),
            None => {
                let link = Link::New(self.created);
                self.created += 1;
                self.learn(link, external_ref, email, phone);
                (link, true)
            }
        };
        // A customer created under other keys than the line's (a file with both a
        // reference and a customer number) is not what the next line's look-up would
        // find: no shortcut then. A customer found by the keys is found again.
        if !fresh || self.find(keys.0, keys.1, keys.2) == Some(link) {
            self.remember(keys, link);
        } else {
            self.last = None;
        }
        (link, fresh)
    }

    /// Remembers the keys of the line just linked (reusing the last line's strings).
    fn remember(&mut self, keys: (Option<&str>, Option<&str>, Option<&str>), link: Link) {
        fn set(slot: &mut Option<String>, value: Option<&str>) {
            match (slot.as_mut(), value) {
                (Some(s), Some(v)) => {
                    s.clear();
                    s.push_str(v);
                }
                (_, v) => *slot = v.map(str::to_string),
            }
        }
        let last = self.last.get_or_insert(LastLink {
            customer_ref: None,
            email: None,
            phone: None,
            link,
        });
        set(&mut last.customer_ref, keys.0);
        set(&mut last.email, keys.1);
        set(&mut last.phone, keys.2);
        last.link = link;
    }
}

/// The most characters a first name, a last name, a full name or a company keeps: a longer
/// one is cut, with a warning.
pub const MAX_NAME_CHARS: usize = 200;
/// The most characters of an e-mail address (RFC 3696's 64 + 1 + 255, rounded up as
/// commonly done): a longer value is not an address, and is kept with the extra columns.
pub const MAX_EMAIL_CHARS: usize = 320;
/// The most characters any other value keeps (a field's text, an extra column, a value in
/// a problem's row): a longer one is cut, with a warning. A 50 MB cell is never stored whole.
pub const MAX_VALUE_CHARS: usize = 10_000;

/// A value cut to [`MAX_VALUE_CHARS`].
fn bounded(value: &str) -> &str {
    cut_chars(value, MAX_VALUE_CHARS).unwrap_or(value)
}

/// A row's cells as a problem keeps them: each cut to [`MAX_VALUE_CHARS`].
fn bounded_cells(cells: &[String]) -> Vec<String> {
    cells.iter().map(|c| bounded(c).to_string()).collect()
}

/// The most characters a field's text keeps (`None`: numbers, dates and consent are read,
/// not kept as text; an e-mail's bound is checked with the address, see `check_contact`).
fn max_chars(field: Field) -> Option<usize> {
    match field {
        Field::FirstName | Field::LastName | Field::Name | Field::Company => Some(MAX_NAME_CHARS),
        Field::Email | Field::MarketingConsent => None,
        f if f.is_number() || f.is_date() => None,
        _ => Some(MAX_VALUE_CHARS),
    }
}

/// The warning for a value cut to `max` characters.
fn cut_warning(row: &RawRow, column: &str, value: &str, max: usize, what: CutWhat) -> NewProblem {
    NewProblem {
        row: row.row,
        column: Some(column.to_string()),
        raw_value: Some(bounded(value).to_string()),
        kind: Box::new(ProblemKind::ValueCut {
            column: column.to_string(),
            length: value.chars().count() as u64,
            max: max as u64,
            what,
        }),
        raw_row: bounded_cells(&row.cells),
        severity: Severity::Warning,
    }
}

/// One row's values by field (with the column of the first value), its extra columns, and
/// its warnings. A value borrows the cell unless two columns feed the same field. A table
/// with a place for every field, on the stack (a sales row asks for some twenty fields, most
/// of them absent; a hash map per row cost more than searching a list, searching more than
/// a table from field to place in the list, and the list's allocation more than this).
struct RowValues<'a> {
    row: &'a RawRow,
    /// For each field (by its place in `Field::ALL`), its value and column.
    values: [Option<(Cow<'a, str>, usize)>; Field::ALL.len()],
    extra: Map<String, Value>,
    problems: Vec<NewProblem>,
    /// Strings of records already written, given back to be filled again: the fields of a
    /// contact made of the row reuse their memory instead of allocating.
    spare: RefCell<Vec<String>>,
    /// The shop's country (the plan's), for rows that name none.
    shop_country: Option<&'a str>,
    /// The sale's date is before 1900 or more than a day in the future (see `sale_from`).
    date_out_of_range: bool,
}

impl<'a> RowValues<'a> {
    fn new(row: &'a RawRow, plan: &'a Plan) -> RowValues<'a> {
        let mut values: [Option<(Cow<'a, str>, usize)>; Field::ALL.len()] =
            std::array::from_fn(|_| None);
        let mut extra = Map::new();
        let mut problems = Vec::new();
        for (i, cell) in row.cells.iter().enumerate() {
            let mut value = unguard(cell);
            if value.is_empty() {
                continue;
            }
            match plan.columns.get(i).copied().flatten() {
                Some(field) => {
                    // Several values in one cell (Google Contacts' " ::: "): the first is
                    // the field's, the whole cell is kept in extra.
                    if let Some((first, _)) = value.split_once(" ::: ") {
                        let name = plan
                            .headers
                            .get(i)
                            .cloned()
                            .unwrap_or_else(|| format!("Column {}", i + 1));
                        extra.insert(name, Value::String(bounded(value).to_string()));
                        value = first.trim();
                    }
                    // Outlook writes an empty date as 0/0/00.
                    if field.is_date() && value == "0/0/00" {
                        continue;
                    }
                    if let Some(max) = max_chars(field)
                        && let Some(cut) = cut_chars(value, max)
                    {
                        let column = plan
                            .headers
                            .get(i)
                            .cloned()
                            .unwrap_or_else(|| format!("Column {}", i + 1));
                        let what = if max == MAX_NAME_CHARS {
                            CutWhat::Name
                        } else {
                            CutWhat::Value
                        };
                        problems.push(cut_warning(row, &column, value, max, what));
                        value = cut;
                    }
                    match values.get_mut(field as usize) {
                        // The street is made of every column that feeds it; any other
                        // field takes the first value given.
                        Some(Some((text, _))) if field == Field::Street => {
                            let text = text.to_mut();
                            text.push(' ');
                            text.push_str(value);
                        }
                        Some(Some(_)) => {}
                        Some(slot) => *slot = Some((Cow::Borrowed(value), i)),
                        None => {}
                    }
                }
                None => {
                    let name = plan
                        .headers
                        .get(i)
                        .cloned()
                        .unwrap_or_else(|| format!("Column {}", i + 1));
                    if let Some(cut) = cut_chars(value, MAX_VALUE_CHARS) {
                        problems.push(cut_warning(
                            row,
                            &name,
                            value,
                            MAX_VALUE_CHARS,
                            CutWhat::Value,
                        ));
                        value = cut;
                    }
                    extra.insert(name, Value::String(value.to_string()));
                }
            }
        }
        if row.cells.len() > plan.headers.len() {
            problems.push(NewProblem {
                row: row.row,
                column: None,
                raw_value: None,
                kind: Box::new(ProblemKind::RaggedRow {
                    values: row.cells.len() as u64,
                    columns: plan.headers.len() as u64,
                }),
                raw_row: bounded_cells(&row.cells),
                severity: Severity::Warning,
            });
        }
        RowValues {
            row,
            values,
            extra,
            problems,
            spare: RefCell::new(Vec::new()),
            shop_country: plan.country.as_deref(),
            date_out_of_range: false,
        }
    }

    fn slot(&self, field: Field) -> Option<&(Cow<'a, str>, usize)> {
        self.values.get(field as usize).and_then(Option::as_ref)
    }

    fn get(&self, field: Field) -> Option<&str> {
        self.slot(field).map(|(v, _)| v.as_ref())
    }

    fn column_name(&self, field: Field, plan: &Plan) -> String {
        // The header of the column that holds the value, else of the first column mapped to
        // the field (the value is missing), else the field's own name (no such column).
        self.slot(field)
            .map(|(_, i)| *i)
            .or_else(|| plan.columns.iter().position(|c| *c == Some(field)))
            .and_then(|i| plan.headers.get(i).cloned())
            .unwrap_or_else(|| field.name().to_string())
    }

    /// A problem with the value of `field`; `kind` makes its kind from the column's header.
    fn problem(
        &self,
        field: Field,
        plan: &Plan,
        kind: impl FnOnce(String) -> ProblemKind,
        severity: Severity,
    ) -> NewProblem {
        let column = self.column_name(field, plan);
        NewProblem {
            row: self.row.row,
            column: Some(column.clone()),
            raw_value: self.get(field).map(|v| bounded(v).to_string()),
            kind: Box::new(kind(column)),
            raw_row: bounded_cells(&self.row.cells),
            severity,
        }
    }

    /// An optional value that could not be read: kept in `extra`, with a warning.
    fn keep_bad(&mut self, field: Field, plan: &Plan, expected: Expected) {
        let Some(raw) = self.get(field).map(str::to_string) else {
            return;
        };
        let p = self.problem(
            field,
            plan,
            |column| ProblemKind::NotKept {
                column,
                value: shown(&raw).into_owned(),
                expected,
                cut: cut_chars(&raw, MAX_VALUE_CHARS).is_some(),
            },
            Severity::Warning,
        );
        self.problems.push(p);
        let kept = bounded(&raw).to_string();
        self.extra
            .insert(self.column_name(field, plan), Value::String(kept));
    }

    fn text(&self, field: Field) -> Option<String> {
        let value = self.get(field)?;
        match self.spare.borrow_mut().pop() {
            Some(mut text) => {
                text.clear();
                text.push_str(value);
                Some(text)
            }
            None => Some(value.to_string()),
        }
    }

    fn date(&mut self, field: Field, plan: &Plan) -> Option<NaiveDateTime> {
        let raw = self.get(field)?;
        match read_date(raw, &plan.date_rules) {
            Some(d) => Some(d),
            None => {
                self.keep_bad(field, plan, Expected::Date);
                None
            }
        }
    }
}

/// The zones a file's date-times are read in: the shop's, and the one a known layout says
/// its times are written in (`UTC`, `Asia/Shanghai`; words such as "as written" name none).
pub fn zones_of(options: &ImportOptions, layout: Option<&Layout>) -> Zones {
    Zones {
        shop: options.time_zone,
        file: layout
            .and_then(|l| l.time_zone.as_deref())
            .and_then(zone_named),
    }
}

/// The note saying that times were converted, when some of the sample dates are: from
/// which zones (the file's, or the offsets written) to the shop's.
pub fn times_converted<'a>(
    dates: impl Iterator<Item = &'a str>,
    rules: &DateRules,
) -> Option<Note> {
    let to = rules.zones.shop?;
    let mut from: Vec<String> = Vec::new();
    for date in dates {
        if let Some(zone) = converted_from(date, rules)
            && !from.contains(&zone)
        {
            from.push(zone);
        }
    }
    (!from.is_empty()).then(|| Note::TimesConverted {
        from: from.join(", "),
        to: to.name().to_string(),
    })
}

/// Reads a date: dates that spreadsheets hand over as ISO text are read as ISO even when a
/// format was given for the text dates of the file.
fn read_date(raw: &str, rules: &DateRules) -> Option<NaiveDateTime> {
    parse_datetime(raw, rules).or_else(|| {
        let iso = raw.len() >= 10 && raw.as_bytes().get(4) == Some(&b'-');
        (iso && rules.format.is_some())
            .then(|| {
                parse_datetime(
                    raw,
                    &DateRules {
                        order: rules.order,
                        format: None,
                        zones: rules.zones,
                    },
                )
            })
            .flatten()
    })
}

/// Splits a full name: "Jean Dupont" -> ("Jean", "Dupont"); "王伟" -> ("伟", "王").
pub(crate) fn split_name(full: &str) -> (Option<String>, Option<String>) {
    let full = full.trim();
    if let Some((first, last)) = full.rsplit_once(char::is_whitespace) {
        return (
            Some(first.trim().to_string()),
            Some(last.trim().to_string()),
        );
    }
    let is_han =
        |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c);
    let chars: Vec<char> = full.chars().collect();
    if chars.len() >= 2 && chars.iter().all(|c| is_han(*c)) {
        let family: String = chars[..1].iter().collect();
        let given: String = chars[1..].iter().collect();
        return (Some(given), Some(family));
    }
    (None, Some(full.to_string()))
}

/// Splits a full name written family name first, as Russian lists write it: "Смирнова
/// Татьяна Петровна" -> ("Татьяна Петровна", "Смирнова"); one word is the family name.
pub(crate) fn split_family_first(full: &str) -> (Option<String>, Option<String>) {
    let full = full.trim();
    match full.split_once(char::is_whitespace) {
        Some((last, first)) => (
            Some(first.trim().to_string()),
            Some(last.trim().to_string()),
        ),
        None => (None, Some(full.to_string())),
    }
}

/// What a row's person fields say besides their texts, read once per row whether or not a
/// contact is made of them: the warnings and the values kept in `extra` come from here.
struct ContactChecks {
    /// The e-mail value looks like an address (a value that does not is kept in `extra`).
    email_ok: bool,
    consent: Consent,
    birth_date: Option<chrono::NaiveDate>,
    consent_date: Option<chrono::NaiveDate>,
    /// The layout writes full names family name first ("Смирнова Татьяна").
    family_name_first: bool,
    /// The layout says this row is a company's, not a person's.
    is_company: bool,
}

fn check_contact(v: &mut RowValues<'_>, plan: &Plan) -> ContactChecks {
    let email_ok = match v.get(Field::Email) {
        Some(e) if cut_chars(e, MAX_EMAIL_CHARS).is_some() => {
            v.keep_bad(Field::Email, plan, Expected::LongEmail);
            false
        }
        Some(e) if looks_like_email(e) => true,
        Some(_) => {
            v.keep_bad(Field::Email, plan, Expected::Email);
            false
        }
        None => false,
    };
    let consent = match v.get(Field::MarketingConsent) {
        None => Consent::Unknown,
        Some(raw) => {
            let c = consent_of(raw);
            if c == Consent::Unknown && !matches!(raw.to_lowercase().as_str(), "unknown" | "?") {
                v.keep_bad(Field::MarketingConsent, plan, Expected::YesNo);
            }
            c
        }
    };
    let birth_date = v.date(Field::BirthDate, plan).map(|d| d.date());
    let consent_date = v.date(Field::ConsentDate, plan).map(|d| d.date());
    ContactChecks {
        email_ok,
        consent,
        birth_date,
        consent_date,
        family_name_first: plan.layout.is_some_and(|l| l.family_name_first),
        is_company: is_company_row(v.row, plan),
    }
}

/// The column the layout's `company_rows` names, when the header has it.
pub(crate) fn company_column(headers: &[String], layout: Option<&Layout>) -> Option<usize> {
    let key = header_key(&layout?.company_rows.as_ref()?.column);
    headers.iter().position(|h| header_key(h) == key)
}

/// Whether the layout's company column says this row is a company's.
fn is_company_row(row: &RawRow, plan: &Plan) -> bool {
    let (Some(rule), Some(column)) = (
        plan.layout.and_then(|l| l.company_rows.as_ref()),
        plan.company_column,
    ) else {
        return false;
    };
    row.cells
        .get(column)
        .is_some_and(|cell| rule.is_company(unguard(cell)))
}

/// The key a customer named by nothing but a name is found by within one file: the name
/// folded, marked so that it can never equal a customer number.
fn name_key(v: &RowValues<'_>) -> Option<String> {
    let name = match (
        v.get(Field::FirstName),
        v.get(Field::LastName),
        v.get(Field::Name),
    ) {
        (_, _, Some(full)) => full.to_string(),
        (first, last, None) => format!("{} {}", first.unwrap_or(""), last.unwrap_or("")),
    };
    let key: Vec<String> = crate::clean::fold(&name)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    (!key.is_empty()).then(|| format!("\u{1}name:{}", key.join(" ")))
}

/// A postcode a spreadsheet read as a number gets its leading zeros back where the
/// country's postcodes have five digits (`6000` in France is `06000`).
fn restore_postcode(postcode: String, country: Option<&str>) -> String {
    const FIVE_DIGITS: [&str; 19] = [
        "fr",
        "france",
        "fra",
        "de",
        "germany",
        "deutschland",
        "deu",
        "it",
        "italy",
        "italia",
        "ita",
        "es",
        "spain",
        "espana",
        "esp",
        "us",
        "usa",
        "unitedstates",
        "etatsunis",
    ];
    let five = country.is_some_and(|c| FIVE_DIGITS.contains(&header_key(c).as_str()));
    if five && (3..5).contains(&postcode.len()) && postcode.bytes().all(|b| b.is_ascii_digit()) {
        format!("{postcode:0>5}")
    } else {
        postcode
    }
}

/// Marketing consent as shops' exports write it: yes/no words in the five languages, and
/// the subscription states of Shopify, Square, Mailchimp and PrestaShop.
fn consent_of(raw: &str) -> Consent {
    match header_key(raw).as_str() {
        "subscribed" | "optedin" | "accepted" | "granted" | "confirmed" | "da" | "да" | "是"
        | "այո" | "abonne" | "inscrit" => Consent::Yes,
        "unsubscribed" | "notsubscribed" | "optedout" | "declined" | "cleaned" | "нет" | "否"
        | "ոչ" | "desabonne" | "nonabonne" => Consent::No,
        _ => Consent::parse(raw),
    }
}

/// The keys a customer is found by: the customer's own reference, e-mail (when it looks
/// like one) and phone, as the row gives them.
fn contact_keys<'v>(
    v: &'v RowValues<'_>,
    checks: &ContactChecks,
) -> (Option<&'v str>, Option<&'v str>, Option<&'v str>) {
    (
        v.get(Field::ExternalRef)
            .or_else(|| v.get(Field::CustomerRef)),
        v.get(Field::Email).filter(|_| checks.email_ok),
        v.get(Field::Phone),
    )
}

/// The key a sale line's customer is found by when it is their name (see [`name_key`]): a
/// line that names its customer by nothing else, or a layout whose customers are known by
/// name.
fn by_name_key(v: &RowValues<'_>, checks: &ContactChecks, plan: &Plan) -> Option<String> {
    let known_by_name = plan.layout.is_some_and(|l| l.customer_by_name);
    let nothing_else = sale_texts(v)[0].is_none() && contact_keys(v, checks) == (None, None, None);
    (nothing_else || known_by_name)
        .then(|| name_key(v))
        .flatten()
}

/// The fields that name a sale's customer.
const CUSTOMER_FIELDS: [Field; 8] = [
    Field::CustomerRef,
    Field::ExternalRef,
    Field::Email,
    Field::Phone,
    Field::Name,
    Field::FirstName,
    Field::LastName,
    Field::Company,
];

/// What shows that a file of no known layout holds sales rather than contacts: read as
/// sales, its columns give the date of sale and an amount, and its first rows name the same
/// people again (at least one person on two rows, and at least five rows for every four
/// people). A customer list may have a date and an amount (the last order, the total
/// spent), but one row per person.
fn sales_rows(headers: &[String], samples: &[Vec<String>]) -> Option<WrongKindSign> {
    let guess = guess_mapping(headers, samples, ImportKind::Sales);
    let has = |f: Field| guess.columns.contains(&Some(f));
    let sale = has(Field::SoldAt) && (has(Field::Amount) || has(Field::UnitPrice));
    if !sale {
        return None;
    }
    let person: Vec<usize> = guess
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_some_and(|f| CUSTOMER_FIELDS.contains(&f)))
        .map(|(i, _)| i)
        .collect();
    let mut people = std::collections::HashSet::new();
    let mut rows = 0u64;
    for row in samples {
        let key: Vec<String> = person
            .iter()
            .map(|&i| {
                row.get(i)
                    .map_or(String::new(), |v| v.trim().to_lowercase())
            })
            .collect();
        if key.iter().all(String::is_empty) {
            continue;
        }
        rows += 1;
        people.insert(key);
    }
    let people = people.len() as u64;
    (people > 0 && rows > people && rows * 4 >= people * 5)
        .then_some(WrongKindSign::SalesRows { rows, people })
}

/// Whether a sale line that identifies nobody is a walk-in sale: in a till's layout, always;
/// in a file of no known layout, when every customer field of the row is empty (a till's
/// export names nobody). A row with a customer value that cannot be read (an e-mail that is
/// not one) is not a walk-in sale: it is rejected, its value named with its row and column.
fn walk_in(v: &RowValues<'_>, plan: &Plan) -> bool {
    match plan.layout {
        Some(layout) => layout.walk_in,
        None => CUSTOMER_FIELDS
            .into_iter()
            .all(|f| v.get(f).is_none_or(|t| t.trim().is_empty())),
    }
}

/// Whether the row's person fields identify someone: [`identifies_someone`] of the contact
/// that `contact_of` would make, without making it.
fn row_identifies_someone(v: &RowValues<'_>, checks: &ContactChecks) -> bool {
    let given = |t: Option<&str>| t.is_some_and(|t| !t.trim().is_empty());
    let (external_ref, email, phone) = contact_keys(v, checks);
    if [
        external_ref,
        v.get(Field::FirstName),
        v.get(Field::LastName),
        v.get(Field::Company),
        email,
        phone,
    ]
    .into_iter()
    .any(given)
    {
        return true;
    }
    // Only a full name is left, which fills the first and last names.
    v.get(Field::Name).is_some_and(|full| {
        let (first, last) = split_name(full);
        given(first.as_deref()) || given(last.as_deref())
    })
}

/// The customer fields of a row (a contacts row, or the customer named by a sales row).
fn contact_from(v: &mut RowValues<'_>, plan: &Plan, now: NaiveDateTime) -> NewContact {
    let checks = check_contact(v, plan);
    contact_of(v, &checks, now)
}

/// The contact of a row's person fields, checked by `check_contact`.
fn contact_of(v: &RowValues<'_>, checks: &ContactChecks, now: NaiveDateTime) -> NewContact {
    let (mut first, mut last) = (v.text(Field::FirstName), v.text(Field::LastName));
    let mut company = v.text(Field::Company);
    if checks.is_company {
        // A company's name is the company, never a person's first and last name.
        company = company.or_else(|| v.text(Field::Name));
    } else if let Some(full) = v.get(Field::Name) {
        let (f, l) = if checks.family_name_first {
            split_family_first(full)
        } else {
            split_name(full)
        };
        first = first.or(f);
        last = last.or(l);
    }
    NewContact {
        external_ref: v
            .text(Field::ExternalRef)
            .or_else(|| v.text(Field::CustomerRef)),
        first_name: first,
        last_name: last,
        company,
        email: v
            .get(Field::Email)
            .filter(|_| checks.email_ok)
            .map(str::to_string),
        phone: v.text(Field::Phone),
        street: v.text(Field::Street),
        street2: v.text(Field::Street2),
        city: v.text(Field::City),
        postcode: v.text(Field::Postcode).map(|p| {
            let country = v.get(Field::Country).or(v.shop_country);
            restore_postcode(p, country)
        }),
        region: v.text(Field::Region),
        country: v.text(Field::Country),
        birth_date: checks.birth_date,
        gender: v.text(Field::Gender),
        language: v.text(Field::Language),
        marketing_consent: checks.consent,
        consent_date: checks.consent_date,
        extra: Map::new(),
        created_at: now,
    }
}

fn identifies_someone(c: &NewContact) -> bool {
    [
        &c.external_ref,
        &c.first_name,
        &c.last_name,
        &c.company,
        &c.email,
        &c.phone,
    ]
    .iter()
    .any(|v| v.as_deref().is_some_and(|v| !v.trim().is_empty()))
}

/// The values of a sale line that are not texts (those are taken from the row's values as
/// they are, see `sale_texts`).
#[derive(Clone, Copy, Debug, PartialEq)]
struct SaleFigures {
    sold_at: NaiveDateTime,
    quantity: f64,
    unit_price_cents: Option<i64>,
    discount_cents: i64,
    amount_cents: i64,
    cost_cents: Option<i64>,
}

/// The text values of a sale line, from its row's values: customer_ref, order_ref,
/// product, category, channel, payment_method, store.
fn sale_texts<'v>(v: &'v RowValues<'_>) -> [Option<&'v str>; 7] {
    [
        v.get(Field::CustomerRef)
            .or_else(|| v.get(Field::ExternalRef)),
        v.get(Field::OrderRef),
        v.get(Field::Product),
        v.get(Field::Category),
        v.get(Field::Channel),
        v.get(Field::PaymentMethod),
        v.get(Field::Store),
    ]
}

/// A sale line with its own strings.
fn new_sale(texts: [Option<&str>; 7], f: &SaleFigures, extra: Map<String, Value>) -> NewSale {
    let [
        customer_ref,
        order_ref,
        product,
        category,
        channel,
        payment_method,
        store,
    ] = texts.map(|t| t.map(str::to_string));
    NewSale {
        contact_index: 0,
        customer_ref,
        order_ref,
        sold_at: f.sold_at,
        product,
        category,
        quantity: f.quantity,
        unit_price_cents: f.unit_price_cents,
        discount_cents: f.discount_cents,
        amount_cents: f.amount_cents,
        cost_cents: f.cost_cents,
        channel,
        payment_method,
        store,
        extra,
    }
}

/// A sale line's figures from a row, or the reason it cannot be one.
/// The largest amount a sale line holds, in cents: 10^13 currency units, plenty for a shop,
/// and far enough from `i64::MAX` (about 9.2 × 10^16 units) that a customer's revenue of
/// thousands of such lines still adds up without overflowing.
const MAX_AMOUNT_CENTS: i64 = 1_000_000_000_000_000;

fn sale_from(
    v: &mut RowValues<'_>,
    plan: &Plan,
    today: NaiveDate,
) -> Result<SaleFigures, NewProblem> {
    let sold_at = match v.get(Field::SoldAt) {
        None => {
            return Err(v.problem(
                Field::SoldAt,
                plan,
                |column| ProblemKind::SaleDateMissing { column },
                Severity::Error,
            ));
        }
        Some(raw) => read_date(raw, &plan.date_rules).ok_or_else(|| {
            v.problem(
                Field::SoldAt,
                plan,
                |column| ProblemKind::NotADate {
                    column,
                    value: shown(raw).into_owned(),
                },
                Severity::Error,
            )
        })?,
    };
    if !plan.allow_any_date
        && let Some(bound) = sale_date_out_of_range(sold_at.date(), today)
    {
        v.date_out_of_range = true;
        return Err(v.problem(
            Field::SoldAt,
            plan,
            |column| ProblemKind::SaleDateOutOfRange {
                column,
                date: sold_at.date().format("%Y-%m-%d").to_string(),
                bound,
            },
            Severity::Error,
        ));
    }
    let decimal = plan.decimal;
    let in_cents = plan
        .layout
        .is_some_and(|l| l.amount_unit == AmountUnit::Cents);
    let too_large = |v: &RowValues<'_>, field: Field, raw: &str| {
        v.problem(
            field,
            plan,
            |column| ProblemKind::AmountTooLarge {
                column,
                value: shown(raw).into_owned(),
            },
            Severity::Error,
        )
    };
    let money = |v: &RowValues<'_>, field: Field| -> Result<Option<i64>, NewProblem> {
        match v.get(field) {
            None => Ok(None),
            Some(raw) => match money_cents(raw, decimal, in_cents) {
                Some(c) if c.unsigned_abs() <= MAX_AMOUNT_CENTS.unsigned_abs() => Ok(Some(c)),
                Some(_) => Err(too_large(v, field, raw)),
                None if parse_number(raw, decimal).is_some() => Err(too_large(v, field, raw)),
                None => Err(v.problem(
                    field,
                    plan,
                    |column| ProblemKind::NotAnAmount {
                        column,
                        value: shown(raw).into_owned(),
                    },
                    Severity::Error,
                )),
            },
        }
    };
    let quantity = match v.get(Field::Quantity) {
        None => 1.0,
        Some(raw) => parse_number(raw, decimal).ok_or_else(|| {
            v.problem(
                Field::Quantity,
                plan,
                |column| ProblemKind::NotAQuantity {
                    column,
                    value: shown(raw).into_owned(),
                },
                Severity::Error,
            )
        })?,
    };
    let unit_price = money(v, Field::UnitPrice)?;
    let discount = money(v, Field::Discount)?.unwrap_or(0);
    let amount = match money(v, Field::Amount)? {
        Some(a) => a,
        None => match unit_price {
            Some(p) => {
                // Checked: `as` would quietly turn a total too large for cents into i64::MAX.
                let total = (quantity * p as f64).round();
                if !total.is_finite() || total.abs() > MAX_AMOUNT_CENTS as f64 {
                    let raw = v.get(Field::UnitPrice).unwrap_or_default().to_string();
                    return Err(too_large(
                        v,
                        Field::UnitPrice,
                        &format!("{quantity} × {raw}"),
                    ));
                }
                total as i64 - discount
            }
            None => {
                return Err(v.problem(
                    Field::Amount,
                    plan,
                    |column| ProblemKind::AmountMissing { column },
                    Severity::Error,
                ));
            }
        },
    };
    if amount.unsigned_abs() > MAX_AMOUNT_CENTS.unsigned_abs() {
        let raw = v.get(Field::Amount).unwrap_or_default().to_string();
        return Err(too_large(v, Field::Amount, &raw));
    }
    let cost = match v.get(Field::Cost) {
        None => None,
        Some(raw) => match money_cents(raw, decimal, in_cents) {
            Some(c) if c.unsigned_abs() <= MAX_AMOUNT_CENTS.unsigned_abs() => Some(c),
            _ => {
                v.keep_bad(Field::Cost, plan, Expected::Amount);
                None
            }
        },
    };
    Ok(SaleFigures {
        sold_at,
        quantity,
        unit_price_cents: unit_price,
        discount_cents: discount,
        amount_cents: amount,
        cost_cents: cost,
    })
}

/// The earliest sale date accepted without `--allow-any-date`.
const EARLIEST_SALE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// Why a sale date is not accepted without `--allow-any-date`: before 1900 (a date field
/// left at zero, `0000-01-01`) or more than a day after `today` (a placeholder such as
/// `9999-12-31`, which would date every default "as of" in the future). A day of margin
/// leaves room for a till in another time zone.
fn sale_date_out_of_range(date: NaiveDate, today: NaiveDate) -> Option<DateBound> {
    if date < EARLIEST_SALE {
        Some(DateBound::Before1900)
    } else if date
        > today
            .checked_add_days(chrono::Days::new(1))
            .unwrap_or(today)
    {
        Some(DateBound::InFuture)
    } else {
        None
    }
}

/// An amount in cents: written in currency units, or already in cents (a layout whose
/// amounts are in the currency's minor unit).
fn money_cents(raw: &str, decimal: Decimal, in_cents: bool) -> Option<i64> {
    if in_cents {
        parse_number(raw, decimal).map(|n| n.round() as i64)
    } else {
        parse_cents(raw, decimal)
    }
}

/// What a row becomes before it is linked and written. Not boxed: the rows of a file are
/// nearly all of one variant, and a box would be one more allocation per row.
#[allow(clippy::large_enum_variant)]
enum Record {
    /// A contact of a contacts file.
    Contact(NewContact),
    /// A sale line, linked by the reader thread to its customer, and that customer's
    /// fields when the line is the first of a customer the import creates (boxed: most
    /// lines name a customer known already, and the record is moved several times).
    Sale(Sale, Option<Box<NewContact>>, Link),
    /// The row cannot be imported.
    Rejected(NewProblem),
    /// A walk-in sale: a till's sale line that names no customer.
    WalkIn(NewSale),
    /// The row is kept out of the sales on purpose: an order that does not count whose line
    /// cannot be kept as one (its whole row is kept with the warning), a row that is no
    /// sale line (a sale's summary row in Lightspeed's export), or a row of an order an
    /// earlier import counted or held already.
    Aside(Option<NewProblem>),
    /// A line of an order kept but not counted (cancelled, failed, not paid).
    Held(Box<HeldLine>),
}

/// A line of an order kept but not counted, with its customer when the import knows them.
struct HeldLine {
    sale: NewSale,
    link: Option<Link>,
    /// `pending`, `cancelled` or `failed`.
    status: &'static str,
    /// The status as the file wrote it.
    read: String,
}

/// A sale line as the writer gets it: packed, its texts in its chunk's text; or, when they
/// would not fit there, whole.
enum Sale {
    Full(NewSale),
    Packed(PackedSale),
}

/// Where a text value of a packed sale line is in its chunk's text: start and length, or
/// `NO_TEXT`.
#[derive(Clone, Copy)]
struct Span(u32, u32);

/// A text value that is absent (`None`, not empty).
const NO_TEXT: Span = Span(0, u32::MAX);

/// A chunk's text grows to this at most (spans are 32-bit); a chunk goes out when past it.
const CHUNK_TEXT_MAX: usize = 1 << 30;

/// A sale line whose texts were copied one after the other into its chunk's text: the
/// writer's thread then reads them in order from one buffer (it bound them from strings
/// scattered over the reader's heap, each read a cache miss away). The texts come straight
/// from the row's cells, without strings of their own.
struct PackedSale {
    /// customer_ref, order_ref, sold_at (as stored), product, category, channel,
    /// payment_method, store.
    texts: [Span; 8],
    quantity: f64,
    unit_price_cents: Option<i64>,
    discount_cents: i64,
    amount_cents: i64,
    cost_cents: Option<i64>,
    extra: Map<String, Value>,
}

impl PackedSale {
    /// A sale line whose texts are copied to the end of `text`; gives `extra` back when
    /// they would not fit in 32-bit places.
    fn pack(
        texts: [Option<&str>; 7],
        figures: &SaleFigures,
        extra: Map<String, Value>,
        text: &mut String,
    ) -> Result<Self, Map<String, Value>> {
        Self::pack_within(texts, figures, extra, text, u32::MAX as usize)
    }

    /// `pack`, with texts up to `limit` bytes long (tests lower it).
    fn pack_within(
        texts: [Option<&str>; 7],
        figures: &SaleFigures,
        extra: Map<String, Value>,
        text: &mut String,
        limit: usize,
    ) -> Result<Self, Map<String, Value>> {
        let length: usize = texts.iter().flatten().map(|t| t.len()).sum();
        // 19 for the date-time, and `u32::MAX` is no length.
        if text.len() + length + 19 >= limit.min(u32::MAX as usize) {
            return Err(extra);
        }
        let put = |text: &mut String, value: Option<&str>| -> Span {
            let start = text.len();
            match value {
                None => NO_TEXT,
                Some(v) => {
                    text.push_str(v);
                    // Fits: checked above.
                    Span(start as u32, v.len() as u32)
                }
            }
        };
        let [
            customer_ref,
            order_ref,
            product,
            category,
            channel,
            payment_method,
            store,
        ] = texts;
        let customer_ref = put(text, customer_ref);
        let order_ref = put(text, order_ref);
        let start = text.len();
        push_sale_datetime(text, &figures.sold_at);
        let sold_at = Span(start as u32, (text.len() - start) as u32);
        Ok(PackedSale {
            texts: [
                customer_ref,
                order_ref,
                sold_at,
                put(text, product),
                put(text, category),
                put(text, channel),
                put(text, payment_method),
                put(text, store),
            ],
            quantity: figures.quantity,
            unit_price_cents: figures.unit_price_cents,
            discount_cents: figures.discount_cents,
            amount_cents: figures.amount_cents,
            cost_cents: figures.cost_cents,
            extra,
        })
    }

    /// The line as a sale with its own strings (an order's own lines are made from it).
    fn to_new_sale(&self, text: &str) -> NewSale {
        let l = self.line(text);
        let own = |t: Option<&str>| t.map(str::to_string);
        let sold_at = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S%.f"]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(l.sold_at, f).ok())
            .or_else(|| {
                chrono::NaiveDate::parse_from_str(l.sold_at.get(..10).unwrap_or(""), "%Y-%m-%d")
                    .ok()
                    .and_then(|d| d.and_hms_opt(0, 0, 0))
            })
            .unwrap_or_default();
        NewSale {
            contact_index: 0,
            customer_ref: own(l.customer_ref),
            order_ref: own(l.order_ref),
            sold_at,
            product: own(l.product),
            category: own(l.category),
            quantity: self.quantity,
            unit_price_cents: self.unit_price_cents,
            discount_cents: self.discount_cents,
            amount_cents: self.amount_cents,
            cost_cents: self.cost_cents,
            channel: own(l.channel),
            payment_method: own(l.payment_method),
            store: own(l.store),
            extra: Map::new(),
        }
    }

    /// The line, with its texts in `text` (its chunk's).
    fn line<'a>(&'a self, text: &'a str) -> LineToWrite<'a> {
        let get = |Span(start, len): Span| -> Option<&'a str> {
            if len == u32::MAX {
                return None;
            }
            let start = usize::try_from(start).ok()?;
            let end = start.checked_add(usize::try_from(len).ok()?)?;
            text.get(start..end)
        };
        let [
            customer_ref,
            order_ref,
            sold_at,
            product,
            category,
            channel,
            payment_method,
            store,
        ] = self.texts.map(get);
        LineToWrite {
            customer_ref,
            order_ref,
            sold_at: sold_at.unwrap_or(""),
            product,
            category,
            quantity: self.quantity,
            unit_price_cents: self.unit_price_cents,
            discount_cents: self.discount_cents,
            amount_cents: self.amount_cents,
            cost_cents: self.cost_cents,
            channel,
            payment_method,
            store,
            extra: &self.extra,
        }
    }
}

/// Rows handed from the reader thread to the writer at once, and the texts of their sale
/// lines. Chunks come back to the reader when written, to be filled again.
#[derive(Default)]
struct Chunk {
    rows: Vec<Result<Typed, ImportError>>,
    text: String,
}

/// A row read and typed by the reader thread, with the warnings about its values.
struct Typed {
    record: Record,
    warnings: Vec<NewProblem>,
    /// A line made from an order's own columns (shipping, tax, discount, refund), not a
    /// row of the file.
    derived: bool,
    /// The row was rejected for a sale date before 1900 or more than a day in the future.
    date_out_of_range: bool,
}

/// Rows handed from the reader thread to the writer at a time.
const CHUNK_ROWS: usize = 1024;

/// Where typing a row puts more than the row's record.
struct Outputs<'a> {
    /// Strings to fill again.
    spare: &'a mut Vec<String>,
    /// The texts of the chunk's sale lines.
    text: &'a mut String,
    /// The figures of the customers the sale lines name.
    tally: &'a mut SaleTally,
}

/// Types one row: everything that does not need the database.
fn type_row(
    row: &RawRow,
    plan: &Plan,
    kind: ImportKind,
    now: NaiveDateTime,
    linker: Option<&mut Linker>,
    out: Outputs<'_>,
) -> Typed {
    let Outputs { spare, text, tally } = out;
    let mut v = RowValues::new(row, plan);
    *v.spare.get_mut() = std::mem::take(spare);
    let record = match kind {
        ImportKind::Contacts => {
            let mut c = contact_from(&mut v, plan, now);
            if identifies_someone(&c) {
                c.extra = std::mem::take(&mut v.extra);
                Record::Contact(c)
            } else {
                Record::Rejected(NewProblem {
                    row: row.row,
                    column: None,
                    raw_value: None,
                    kind: Box::new(ProblemKind::NobodyIdentified),
                    raw_row: bounded_cells(&row.cells),
                    severity: Severity::Error,
                })
            }
        }
        ImportKind::Sales => match sale_from(&mut v, plan, now.date()) {
            Err(p) => Record::Rejected(p),
            Ok(figures) => {
                let checks = check_contact(&mut v, plan);
                let extra = std::mem::take(&mut v.extra);
                // A customer known by reference, e-mail or phone identifies someone, so a
                // row that identifies nobody can never be linked (see `Linker::find`).
                if row_identifies_someone(&v, &checks) {
                    let texts = sale_texts(&v);
                    // Linked by the reader thread, in row order. The customer's fields are
                    // made only for a customer the line creates (most lines name one known
                    // already).
                    // A customer known only by name (a till's buyer, WooCommerce Analytics'
                    // customer) is found again by that name within the file.
                    let by_name = by_name_key(&v, &checks, plan);
                    let (lookup, keys) = match by_name.as_deref() {
                        Some(k) => (Some(k), (Some(k), None, None)),
                        None => (texts[0], contact_keys(&v, &checks)),
                    };
                    let (link, customer) = match linker {
                        Some(linker) => {
                            let (link, fresh) = linker.link(lookup, keys);
                            let customer = fresh.then(|| {
                                let mut c = contact_of(&v, &checks, now);
                                // A sale dated in the future does not date the customer.
                                c.created_at = figures.sold_at.min(now);
                                Box::new(c)
                            });
                            (link, customer)
                        }
                        None => (Link::New(0), Some(Box::new(contact_of(&v, &checks, now)))),
                    };
                    // Counted here too, rather than on the writer's thread.
                    let buyer = match link {
                        Link::New(n) => {
                            let key = i64::try_from(n).unwrap_or(i64::MAX);
                            if customer.is_some() {
                                tally.created(key);
                            }
                            Buyer::Created(key)
                        }
                        Link::Existing(id) => Buyer::Existing(id),
                    };
                    tally.line_of(buyer, figures.sold_at, figures.amount_cents, texts[1]);
                    let sale = match PackedSale::pack(texts, &figures, extra, text) {
                        Ok(packed) => Sale::Packed(packed),
                        Err(extra) => Sale::Full(new_sale(texts, &figures, extra)),
                    };
                    Record::Sale(sale, customer, link)
                } else if walk_in(&v, plan) {
                    Record::WalkIn(new_sale(sale_texts(&v), &figures, extra))
                } else {
                    Record::Rejected(NewProblem {
                        row: row.row,
                        column: None,
                        raw_value: None,
                        kind: Box::new(ProblemKind::NoCustomerNamed),
                        raw_row: bounded_cells(&row.cells),
                        severity: Severity::Error,
                    })
                }
            }
        },
    };
    *spare = std::mem::take(v.spare.get_mut());
    Typed {
        record,
        warnings: v.problems,
        derived: false,
        date_out_of_range: v.date_out_of_range,
    }
}

/// Strings kept for reuse at most: the fields of the customers created in every chunk that
/// can be on its way (the two channels of four chunks each, and one chunk at each end), at
/// most eight a row (5 MB at most, whatever the file). Sale lines' texts need none: they go
/// into their chunk's text.
const SPARE_STRINGS: usize = 10 * 8 * CHUNK_ROWS;

/// Takes the text values of a record written by the writer, to be filled again.
fn salvage(typed: Result<Typed, ImportError>, spare: &mut Vec<String>) {
    let Ok(Typed {
        record: Record::Sale(sale, customer, ..),
        ..
    }) = typed
    else {
        return;
    };
    if let Sale::Full(sale) = sale {
        let texts = [
            sale.customer_ref,
            sale.order_ref,
            sale.product,
            sale.category,
            sale.channel,
            sale.payment_method,
            sale.store,
        ];
        keep_spare(texts, spare);
    }
    if let Some(customer) = customer {
        salvage_contact(*customer, spare);
    }
}

/// Takes the text values of a customer's fields, to be filled again.
fn salvage_contact(customer: NewContact, spare: &mut Vec<String>) {
    let texts = [
        customer.external_ref,
        customer.first_name,
        customer.last_name,
        customer.company,
        customer.email,
        customer.phone,
        customer.city,
    ];
    keep_spare(texts, spare);
}

fn keep_spare<const N: usize>(texts: [Option<String>; N], spare: &mut Vec<String>) {
    for text in texts.into_iter().flatten() {
        if spare.len() >= SPARE_STRINGS {
            return;
        }
        spare.push(text);
    }
}

/// Orders set aside because they do not count, by status: how many and their amount.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct SetAside {
    /// "cancelled", "failed", "pending" (not paid).
    pub status: &'static str,
    /// Orders.
    pub orders: u64,
    /// Their amount, in cents.
    pub amount_cents: i64,
}

/// What the reader knows of the order whose rows it is reading, for layouts that say where
/// an order starts and which of its values are the order's: carries the order's customer,
/// date and status down to its later rows, sets aside orders that do not count, and makes
/// the order's own lines (shipping, tax or discount, refund) so that the order's lines add
/// up to its total.
struct Orders {
    /// The order key's column (None: every row is an order of its own).
    key: Option<usize>,
    /// Columns filled on an order's first row only that are carried down.
    carry: Vec<usize>,
    status: Option<(usize, &'static super::layouts::StatusRule)>,
    /// The column of the order's amount refunded.
    refunded: Option<usize>,
    shipping: Option<usize>,
    total: Option<usize>,
    line_type: Option<(usize, &'static super::layouts::LineType)>,
    decimal: Decimal,
    in_cents: bool,
    // The order being read.
    current: Option<String>,
    carried: Vec<String>,
    order_status: SaleStatus,
    lines_cents: i64,
    shipping_cents: i64,
    total_cents: Option<i64>,
    refunded_cents: i64,
    /// The order's first line, from which its own lines are made, and its customer.
    template: Option<(NewSale, Link)>,
    /// The order's amount so far, when it is set aside.
    aside_cents: i64,
    /// Orders set aside, by status.
    pub aside: Vec<SetAside>,
    /// Orders already in the database from earlier imports of the same layout.
    known: KnownOrders,
    /// The order being read was counted or held by an earlier import: its rows are skipped.
    skip: bool,
    /// The status of the order being read, as the file writes it.
    status_read: String,
    /// Pending orders held by an earlier import that this file says are paid.
    paid_now: u64,
    /// Orders counted or held by an earlier import of the same layout, skipped.
    already: u64,
    /// Pending orders held by an earlier import that this file says are cancelled or
    /// failed: held again, with their new status.
    closed_now: u64,
    /// The refund the order being read adds to what an earlier import counted of it, in
    /// cents (0: none).
    late_refund_cents: i64,
    /// The model of that refund's line: the order's first line, its customer found.
    late_template: Option<(NewSale, Link)>,
    /// Orders counted by an earlier import that this file says were refunded since, and
    /// the refunds added, in cents.
    refunded_now: (u64, i64),
}

/// Whether an order of this status is written as sale lines (a refunded order is, with its
/// refund).
fn written_as_sales(status: SaleStatus) -> bool {
    status.counts() || status == SaleStatus::Refunded
}

impl Orders {
    fn new(plan: &Plan, known: KnownOrders) -> Option<Orders> {
        let layout = plan.layout?;
        if layout.kind != ImportKind::Sales {
            return None;
        }
        let col = |name: &Option<String>| {
            name.as_deref()
                .and_then(|n| layout.column_index(&plan.headers, n))
        };
        // Without a key of its own, an order is the row's order number (Stripe's `id`).
        let key = col(&layout.order_key).or_else(|| {
            plan.columns
                .iter()
                .position(|c| *c == Some(Field::OrderRef))
        });
        let status = layout.status.as_ref().and_then(|rule| {
            layout
                .column_index(&plan.headers, &rule.column)
                .map(|i| (i, rule))
        });
        let money_column = |i: &usize| {
            plan.columns
                .get(*i)
                .copied()
                .flatten()
                .is_some_and(Field::is_number)
        };
        let mut carry: Vec<usize> = layout
            .order_level
            .first_row
            .iter()
            .filter_map(|n| layout.column_index(&plan.headers, n))
            .filter(|i| plan.columns.get(*i).copied().flatten().is_some() && !money_column(i))
            .collect();
        if let Some((i, _)) = status {
            carry.push(i);
        }
        Some(Orders {
            key,
            carry,
            status,
            refunded: status.and_then(|(_, r)| col(&r.refunded_amount)),
            shipping: col(&layout.order_level.shipping),
            total: col(&layout.order_level.total),
            line_type: layout.line_type.as_ref().and_then(|t| {
                layout
                    .column_index(&plan.headers, &t.column)
                    .map(|i| (i, t))
            }),
            decimal: plan.decimal,
            in_cents: layout.amount_unit == AmountUnit::Cents,
            current: None,
            carried: Vec::new(),
            order_status: SaleStatus::Completed,
            lines_cents: 0,
            shipping_cents: 0,
            total_cents: None,
            refunded_cents: 0,
            template: None,
            aside_cents: 0,
            aside: Vec::new(),
            known,
            skip: false,
            status_read: String::new(),
            paid_now: 0,
            already: 0,
            closed_now: 0,
            late_refund_cents: 0,
            late_template: None,
            refunded_now: (0, 0),
        })
    }

    fn money(&self, row: &RawRow, column: Option<usize>) -> Option<i64> {
        let raw = unguard(row.cells.get(column?)?);
        if raw.is_empty() {
            return None;
        }
        money_cents(raw, self.decimal, self.in_cents)
    }

    /// Starts a row: when it begins a new order, ends the one before (its own lines go to
    /// `out`); carries the order's values down to it. Returns the row's status and whether
    /// it is a sale line.
    fn begin_row(&mut self, row: &mut RawRow, out: &mut Vec<Typed>) -> (SaleStatus, bool) {
        let key = self
            .key
            .and_then(|k| row.cells.get(k))
            .map(|c| unguard(c).to_string())
            .filter(|k| !k.is_empty());
        let continues = key.is_some() && key == self.current;
        if continues {
            for (j, &c) in self.carry.iter().enumerate() {
                if let (Some(cell), Some(value)) = (row.cells.get_mut(c), self.carried.get(j))
                    && unguard(cell).is_empty()
                {
                    cell.clear();
                    cell.push_str(value);
                }
            }
        } else {
            self.end_order(out);
            self.current = key;
            self.carried = self
                .carry
                .iter()
                .map(|&c| {
                    row.cells
                        .get(c)
                        .map(|v| unguard(v).to_string())
                        .unwrap_or_default()
                })
                .collect();
            self.status_read.clear();
            self.order_status = match self.status {
                Some((i, rule)) => {
                    let read = row.cells.get(i).map_or("", |v| unguard(v));
                    self.status_read.push_str(read);
                    rule.status_of(read)
                }
                None => SaleStatus::Completed,
            };
            let known = self.current.as_ref();
            let counted = known.and_then(|k| self.known.counted.get(k)).copied();
            let pending = known.is_some_and(|k| self.known.pending.contains(k));
            let closed = known.is_some_and(|k| self.known.closed.contains(k));
            // A pending order now cancelled or failed is held again with its new status.
            let closes = pending
                && matches!(
                    self.order_status,
                    SaleStatus::Cancelled | SaleStatus::Failed
                );
            self.skip = counted.is_some()
                || (!written_as_sales(self.order_status) && !closes && (pending || closed));
            if self.skip {
                self.already += 1;
            } else if written_as_sales(self.order_status) && pending {
                self.paid_now += 1;
            } else if closes {
                self.closed_now += 1;
            }
            self.shipping_cents = self.money(row, self.shipping).unwrap_or(0);
            self.total_cents = self.money(row, self.total);
            self.refunded_cents = self.money(row, self.refunded).unwrap_or(0);
            // An order counted before whose refund this file shows (or shows larger): the
            // difference is subtracted, once.
            self.late_refund_cents = counted.map_or(0, |c| {
                let refunded =
                    if self.order_status == SaleStatus::Refunded && self.refunded_cents == 0 {
                        c.gross_cents
                    } else {
                        self.refunded_cents.abs()
                    };
                (refunded - c.refunded_cents).max(0)
            });
        }
        let is_line = match self.line_type {
            Some((i, t)) => {
                let value = header_key(row.cells.get(i).map_or("", |v| unguard(v)));
                t.line.iter().any(|l| header_key(l) == value)
            }
            None => true,
        };
        (self.order_status, is_line)
    }

    /// Counts a line of the order (its first line is the model of the order's own lines).
    fn line(&mut self, record: &Record, text: &str) {
        if let Record::Sale(sale, _, link) = record {
            let (amount, model) = match sale {
                Sale::Packed(p) => (
                    p.amount_cents,
                    self.template.is_none().then(|| p.to_new_sale(text)),
                ),
                Sale::Full(s) => (s.amount_cents, self.template.is_none().then(|| s.clone())),
            };
            self.lines_cents += amount;
            if let Some(model) = model {
                self.template = Some((model, *link));
            }
        }
    }

    /// Counts a row of an order set aside.
    fn set_aside(&mut self, amount_cents: i64) {
        self.aside_cents += amount_cents;
    }

    /// Whether the order being read, skipped, needs its first line as the model of a
    /// refund line (see [`Orders::late_refund_cents`]).
    fn wants_late_template(&self) -> bool {
        self.skip && self.late_refund_cents > 0 && self.late_template.is_none()
    }

    /// Keeps the model of a late refund's line: a line of the order, its customer found.
    fn late_template(&mut self, typed: Typed) {
        if let Record::Held(line) = typed.record
            && let Some(link) = line.link
        {
            self.late_template = Some((line.sale, link));
        }
    }

    /// Ends the order being read: its own lines, or its count among the orders set aside.
    fn end_order(&mut self, out: &mut Vec<Typed>) {
        let status = std::mem::replace(&mut self.order_status, SaleStatus::Completed);
        let lines = std::mem::take(&mut self.lines_cents);
        let aside = std::mem::take(&mut self.aside_cents);
        let template = self.template.take();
        let late_refund = std::mem::take(&mut self.late_refund_cents);
        if let Some((model, link)) = self.late_template.take()
            && late_refund > 0
        {
            self.refunded_now.0 += 1;
            self.refunded_now.1 += late_refund;
            out.push(own_line(&model, link, ("Refund", "refund", -late_refund)));
        }
        if std::mem::take(&mut self.skip)
            || (self.current.is_none() && template.is_none() && aside == 0 && status.counts())
        {
            return;
        }
        if !written_as_sales(status) {
            // Its total when the file gives one, else the sum of its lines.
            let amount = self.total_cents.unwrap_or(aside + self.shipping_cents);
            match self.aside.iter_mut().find(|a| a.status == status.as_str()) {
                Some(a) => {
                    a.orders += 1;
                    a.amount_cents += amount;
                }
                None => self.aside.push(SetAside {
                    status: status.as_str(),
                    orders: 1,
                    amount_cents: amount,
                }),
            }
            return;
        }
        let Some((model, link)) = template else {
            return;
        };
        let mut own = Vec::new();
        if self.shipping_cents != 0 {
            own.push(("Shipping", "shipping", self.shipping_cents));
        }
        if let Some(total) = self.total_cents {
            let rest = total - lines - self.shipping_cents;
            if rest > 0 {
                own.push(("Tax", "tax", rest));
            } else if rest < 0 {
                own.push(("Discount", "discount", rest));
            }
        }
        let refunded = if status == SaleStatus::Refunded && self.refunded_cents == 0 {
            self.total_cents.unwrap_or(lines + self.shipping_cents)
        } else {
            self.refunded_cents
        };
        if refunded != 0 {
            own.push(("Refund", "refund", -refunded.abs()));
        }
        for line in own {
            out.push(own_line(&model, link, line));
        }
    }
}

/// An order's own line (shipping, tax, discount, refund), made from the order's first line:
/// its customer, order number, date and channel.
fn own_line(model: &NewSale, link: Link, (product, category, amount): (&str, &str, i64)) -> Typed {
    let mut sale = model.clone();
    sale.product = Some(product.to_string());
    sale.category = Some(category.to_string());
    sale.quantity = 1.0;
    sale.unit_price_cents = Some(amount);
    sale.discount_cents = 0;
    sale.amount_cents = amount;
    sale.cost_cents = None;
    sale.extra = Map::new();
    Typed {
        record: Record::Sale(Sale::Full(sale), None, link),
        warnings: Vec::new(),
        derived: true,
        date_out_of_range: false,
    }
}

/// The reader thread: reads and types every row, sends them in chunks; stops at the first
/// read error (sent last) or when the writer has gone (cancelled or failed).
fn read_rows(
    mut rows: Box<dyn RowStream>,
    known: Known,
    plan: &Plan,
    kind: ImportKind,
    now: NaiveDateTime,
    send: &std::sync::mpsc::SyncSender<Chunk>,
    returned: &std::sync::mpsc::Receiver<Chunk>,
) -> (SaleTally, OrdersRead) {
    let Known { mut linker, orders } = known;
    let mut orders = Orders::new(plan, orders);
    // The figures of the customers the sale lines name, counted here rather than on the
    // writer's thread, which is the slower of the two.
    let mut tally = SaleTally::default();
    let mut chunk = Chunk::default();
    chunk.rows.reserve(CHUNK_ROWS);
    // Chunks written and given back, emptied, to be filled again.
    let mut free: Vec<Chunk> = Vec::new();
    // One row read into again and again: its cells keep their memory.
    let mut row = RawRow::default();
    // Strings of typed lines, reused for the text values of the next rows.
    let mut spare: Vec<String> = Vec::with_capacity(SPARE_STRINGS);
    loop {
        let failed = match rows.next_into(&mut row) {
            Ok(false) => break,
            Ok(true) => {
                let mut typed = match orders.as_mut() {
                    None => type_row(
                        &row,
                        plan,
                        kind,
                        now,
                        linker.as_mut(),
                        Outputs {
                            spare: &mut spare,
                            text: &mut chunk.text,
                            tally: &mut tally,
                        },
                    ),
                    Some(orders) => {
                        let mut own_lines = Vec::new();
                        let (status, is_line) = orders.begin_row(&mut row, &mut own_lines);
                        for line in own_lines {
                            count_own_line(&line, &mut tally);
                            chunk.rows.push(Ok(line));
                        }
                        if is_line && orders.wants_late_template() {
                            let (typed, _) =
                                held_row(&row, plan, now, linker.as_ref(), orders, status);
                            orders.late_template(typed);
                        }
                        if !is_line || orders.skip {
                            Typed {
                                record: Record::Aside(None),
                                warnings: Vec::new(),
                                derived: false,
                                date_out_of_range: false,
                            }
                        } else if !written_as_sales(status) {
                            let (typed, amount) =
                                held_row(&row, plan, now, linker.as_ref(), orders, status);
                            orders.set_aside(amount);
                            typed
                        } else {
                            let typed = type_row(
                                &row,
                                plan,
                                kind,
                                now,
                                linker.as_mut(),
                                Outputs {
                                    spare: &mut spare,
                                    text: &mut chunk.text,
                                    tally: &mut tally,
                                },
                            );
                            orders.line(&typed.record, &chunk.text);
                            typed
                        }
                    }
                };
                if !row.replaced.is_empty() {
                    typed.warnings.push(replaced_warning(&row, plan));
                }
                chunk.rows.push(Ok(typed));
                false
            }
            Err(e) => {
                chunk.rows.push(Err(ImportError::from(e)));
                true
            }
        };
        if chunk.rows.len() >= CHUNK_ROWS || chunk.text.len() > CHUNK_TEXT_MAX || failed {
            // The chunks written since the last one went out come back to be filled again.
            while let Ok(mut written) = returned.try_recv() {
                for typed in written.rows.drain(..) {
                    salvage(typed, &mut spare);
                }
                written.text.clear();
                free.push(written);
            }
            let next = free.pop().unwrap_or_else(|| {
                let mut next = Chunk::default();
                next.rows.reserve(CHUNK_ROWS);
                next
            });
            let full = std::mem::replace(&mut chunk, next);
            if send.send(full).is_err() || failed {
                return (tally, OrdersRead::default());
            }
        }
    }
    if let Some(orders) = orders.as_mut() {
        let mut own_lines = Vec::new();
        orders.end_order(&mut own_lines);
        for line in own_lines {
            count_own_line(&line, &mut tally);
            chunk.rows.push(Ok(line));
        }
    }
    if !chunk.rows.is_empty() {
        let _ = send.send(chunk);
    }
    let read = orders.map_or_else(OrdersRead::default, |o| OrdersRead {
        aside: o.aside,
        paid_now: o.paid_now,
        already: o.already,
        closed_now: o.closed_now,
        refunded_now: o.refunded_now,
    });
    (tally, read)
}

/// What the reader looks rows up in: the customers, and the orders of earlier imports of the
/// same layout.
struct Known {
    linker: Option<Linker>,
    orders: KnownOrders,
}

/// What the reader found of the file's orders, besides their lines.
#[derive(Default)]
struct OrdersRead {
    /// Orders kept but not counted, by status.
    aside: Vec<SetAside>,
    /// Pending orders held by an earlier import that this file says are paid.
    paid_now: u64,
    /// Orders counted or held by an earlier import of the same layout, skipped.
    already: u64,
    /// Pending orders held by an earlier import that this file says are cancelled or failed.
    closed_now: u64,
    /// Orders counted by an earlier import that this file says were refunded since, and
    /// the refunds added, in cents.
    refunded_now: (u64, i64),
}

/// A row of an order that does not count, kept as a held line with its customer when the
/// import knows them (found, never created). A row whose line cannot be made (no date) is
/// kept whole with a warning instead. Also returns the line's amount (0 when unknown).
fn held_row(
    row: &RawRow,
    plan: &Plan,
    now: NaiveDateTime,
    linker: Option<&Linker>,
    orders: &Orders,
    status: SaleStatus,
) -> (Typed, i64) {
    let mut v = RowValues::new(row, plan);
    let (record, amount) = match sale_from(&mut v, plan, now.date()) {
        Ok(figures) => {
            let checks = check_contact(&mut v, plan);
            let extra = std::mem::take(&mut v.extra);
            let by_name = by_name_key(&v, &checks, plan);
            let texts = sale_texts(&v);
            let (lookup, keys) = match by_name.as_deref() {
                Some(k) => (Some(k), (Some(k), None, None)),
                None => (texts[0], contact_keys(&v, &checks)),
            };
            let link = linker.and_then(|l| l.find(lookup, keys.1, keys.2));
            let line = HeldLine {
                sale: new_sale(texts, &figures, extra),
                link,
                status: status.as_str(),
                read: orders.status_read.clone(),
            };
            (Record::Held(Box::new(line)), figures.amount_cents)
        }
        Err(_) => {
            v.problems.clear();
            let problem = NewProblem {
                row: row.row,
                column: orders
                    .status
                    .and_then(|(i, _)| plan.headers.get(i).cloned()),
                raw_value: None,
                kind: Box::new(ProblemKind::OrderSetAside {
                    status: status.as_str().to_string(),
                }),
                raw_row: bounded_cells(&row.cells),
                severity: Severity::Warning,
            };
            (Record::Aside(Some(problem)), 0)
        }
    };
    let typed = Typed {
        record,
        warnings: std::mem::take(&mut v.problems),
        derived: false,
        date_out_of_range: false,
    };
    (typed, amount)
}

/// The warning for a row in which the reader replaced bytes that are not text in the
/// file's encoding (decided from the file's first 64 KiB) by U+FFFD.
fn replaced_warning(row: &RawRow, plan: &Plan) -> NewProblem {
    let name = |i: usize| {
        plan.headers
            .get(i)
            .cloned()
            .unwrap_or_else(|| format!("Column {}", i + 1))
    };
    let columns: Vec<String> = row.replaced.iter().map(|&i| name(i)).collect();
    let first = row.replaced.first().copied().unwrap_or(0);
    let value = row.cells.get(first).map(String::as_str).unwrap_or_default();
    let encoding = plan.info.encoding.unwrap_or("UTF-8");
    NewProblem {
        row: row.row,
        column: Some(name(first)),
        raw_value: Some(bounded(value).to_string()),
        kind: Box::new(ProblemKind::BytesReplaced {
            columns,
            encoding: encoding.to_string(),
            value: shown(value).into_owned(),
        }),
        raw_row: bounded_cells(&row.cells),
        severity: Severity::Warning,
    }
}

/// Counts an order's own line (shipping, tax, discount, refund) in the customers' figures.
fn count_own_line(line: &Typed, tally: &mut SaleTally) {
    if let Record::Sale(Sale::Full(sale), _, link) = &line.record {
        let buyer = match *link {
            Link::New(n) => Buyer::Created(i64::try_from(n).unwrap_or(i64::MAX)),
            Link::Existing(id) => Buyer::Existing(id),
        };
        tally.line(buyer, sale);
    }
}

/// Imports the whole file as planned. `progress(rows_read)` is called every thousand rows;
/// when it returns false the import stops and nothing is written.
pub fn run(
    store: &Store,
    path: &Path,
    plan: &Plan,
    options: &ImportOptions,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<ImportReport, ImportError> {
    let refuse_again = !options.allow_duplicate_file && !options.dry_run;
    let duplicate = |earlier: BatchSummary| ImportError::DuplicateFile {
        file: plan.info.file_name.clone(),
        batch: earlier.id,
        when: earlier.started_at,
    };
    // A plan without the file's SHA-256: it is worked out while the rows are read.
    let hash_while_reading = plan.info.sha256.is_empty();
    if refuse_again
        && !hash_while_reading
        && let Some(earlier) = store.batch_with_sha256(&plan.info.sha256)?
    {
        return Err(duplicate(earlier));
    }
    let started = std::time::Instant::now();
    let (table, streamed_hash) = if hash_while_reading {
        let (table, hash) = read::open_hashing(path, &options.read_with(plan))?;
        (table, Some(hash))
    } else {
        (read::open_unhashed(path, &options.read_with(plan))?, None)
    };
    let now = chrono::Local::now().naive_local();
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let batch = NewBatch {
        kind: match options.kind {
            ImportKind::Contacts => BatchKind::Contacts,
            ImportKind::Sales => BatchKind::Sales,
        },
        file_name: Some(plan.info.file_name.clone()),
        // Set at the end when worked out while reading.
        file_sha256: (!hash_while_reading).then(|| plan.info.sha256.clone()),
        sheet: plan.info.sheet.clone(),
        options: plan_json(plan, options),
        rows_read: 0,
        rows_rejected: 0,
        replace_existing: false,
    };
    let mut writer = store.begin_batch(&batch, size > 50_000_000)?;
    // The reader thread counts the sale lines' figures (see `read_rows`).
    writer.count_elsewhere();
    // Read inside the batch's write transaction: the customers cannot change meanwhile.
    let linker = match options.kind {
        ImportKind::Sales => Some(Linker::new(store, options.phone_region())?),
        ImportKind::Contacts => None,
    };
    // The orders earlier imports of the same layout counted or held.
    let sales_layout = plan
        .layout
        .filter(|l| l.kind == ImportKind::Sales && options.kind == ImportKind::Sales);
    let known = match sales_layout {
        Some(l) => store.known_orders(&l.name)?,
        None => KnownOrders::default(),
    };
    // The ids of the customers the import creates, by their `Link::New` number.
    let mut new_ids: Vec<i64> = Vec::new();
    let mut report = ImportReport {
        dry_run: options.dry_run,
        notes: plan.notes.clone(),
        ..ImportReport::default()
    };
    let mut all_errors: Vec<NewProblem> = Vec::new();
    let note = |report: &mut ImportReport, p: NewProblem| {
        if report.problems.len() < REPORT_PROBLEMS {
            report.problems.push(p);
        }
    };
    let kind = options.kind;
    let file_name = plan.info.file_name.clone();
    // Two threads: this one links and writes (SQLite), a reader reads and types the rows,
    // handing them over in chunks through a bounded channel (a few thousand rows in flight).
    let (tally, orders_read) =
        std::thread::scope(|scope| -> Result<(SaleTally, OrdersRead), ImportError> {
            let (send, receive) = std::sync::mpsc::sync_channel::<Chunk>(4);
            // Chunks written go back to the reader, to be filled again there (glibc frees memory
            // of another thread's arena under a lock, and the writer is the busier one).
            let (give_back, returned) = std::sync::mpsc::sync_channel::<Chunk>(4);
            let rows = table.rows;
            let reader = std::thread::Builder::new()
                .name("clientele-import-reader".to_string())
                .spawn_scoped(scope, move || {
                    let known = Known {
                        linker,
                        orders: known,
                    };
                    read_rows(rows, known, plan, kind, now, &send, &returned)
                })
                .map_err(|source| {
                    ImportError::Read(ReadError::Io {
                        file: file_name,
                        source,
                    })
                })?;
            // How long this thread waited for rows: the reader's share of the critical path.
            let mut waited = std::time::Duration::ZERO;
            loop {
                let asked = std::time::Instant::now();
                let Ok(mut chunk) = receive.recv() else {
                    break;
                };
                waited += asked.elapsed();
                let Chunk { rows, text } = &mut chunk;
                // The packed sale line written just before, when the row before was one: the
                // store binds only the fields that differ from it. A chunk's first line binds
                // all (its texts are in the chunk before, given back already).
                let mut previous: Option<LineToWrite<'_>> = None;
                for typed in rows.iter_mut() {
                    let before = previous.take();
                    let typed = match typed {
                        Ok(t) => t,
                        Err(_) => {
                            let failed = std::mem::replace(typed, Err(ImportError::Cancelled));
                            return Err(failed.err().unwrap_or(ImportError::Cancelled));
                        }
                    };
                    if typed.derived {
                        report.order_lines += 1;
                    } else {
                        report.rows_read += 1;
                        if report.rows_read.is_multiple_of(1000) && !progress(report.rows_read) {
                            return Err(ImportError::Cancelled);
                        }
                    }
                    let outcome: Result<(), NewProblem> = match &mut typed.record {
                        Record::Aside(problem) => {
                            report.rows_set_aside += 1;
                            if let Some(p) = problem.take() {
                                report.warnings += 1;
                                writer.add_problem(&p)?;
                                note(&mut report, p);
                            }
                            for w in std::mem::take(&mut typed.warnings) {
                                report.warnings += 1;
                                writer.add_problem(&w)?;
                                note(&mut report, w);
                            }
                            continue;
                        }
                        Record::Held(held) => {
                            report.rows_set_aside += 1;
                            report.held_lines += 1;
                            let contact = match held.link {
                                Some(Link::Existing(id)) => Some(id),
                                Some(Link::New(n)) => new_ids.get(n).copied(),
                                None => None,
                            };
                            let mut sold_at = String::new();
                            push_sale_datetime(&mut sold_at, &held.sale.sold_at);
                            writer.add_held_sale(
                                contact,
                                &LineToWrite::of(&held.sale, &sold_at),
                                held.status,
                                &held.read,
                            )?;
                            for w in std::mem::take(&mut typed.warnings) {
                                report.warnings += 1;
                                writer.add_problem(&w)?;
                                note(&mut report, w);
                            }
                            continue;
                        }
                        Record::Contact(c) => {
                            writer.add_contact(c)?;
                            report.contacts_created += 1;
                            Ok(())
                        }
                        Record::Rejected(p) => Err(p.clone()),
                        Record::WalkIn(sale) => {
                            let mut sold_at = String::new();
                            push_sale_datetime(&mut sold_at, &sale.sold_at);
                            writer.add_walk_in_sale(&LineToWrite::of(sale, &sold_at))?;
                            report.walk_in_sales += 1;
                            report.walk_in_amount_cents += sale.amount_cents;
                            report.sales_written += 1;
                            Ok(())
                        }
                        Record::Sale(sale, customer, link) => {
                            let id = match *link {
                                Link::Existing(id) => {
                                    report.sales_linked_to_existing += 1;
                                    id
                                }
                                Link::New(n) => match (new_ids.get(n), customer.as_deref()) {
                                    (Some(id), _) => *id,
                                    (None, Some(customer)) => {
                                        let id = writer.add_contact(customer)?;
                                        new_ids.push(id);
                                        report.contacts_created += 1;
                                        id
                                    }
                                    (None, None) => {
                                        return Err(ImportError::Internal(format!(
                                            "row {}: new customer {n} came without its fields",
                                            report.rows_read
                                        )));
                                    }
                                },
                            };
                            match sale {
                                Sale::Packed(line) => {
                                    let line = line.line(text);
                                    writer.add_counted_sale(id, &line, before.as_ref())?;
                                    previous = Some(line);
                                }
                                Sale::Full(sale) => {
                                    let mut sold_at = String::new();
                                    push_sale_datetime(&mut sold_at, &sale.sold_at);
                                    writer.add_counted_sale(
                                        id,
                                        &LineToWrite::of(sale, &sold_at),
                                        None,
                                    )?;
                                }
                            }
                            report.sales_written += 1;
                            Ok(())
                        }
                    };
                    for w in std::mem::take(&mut typed.warnings) {
                        report.warnings += 1;
                        writer.add_problem(&w)?;
                        note(&mut report, w);
                    }
                    if typed.date_out_of_range {
                        report.dates_out_of_range += 1;
                    }
                    match outcome {
                        Ok(()) if typed.derived => {}
                        Ok(()) => report.rows_imported += 1,
                        Err(p) => {
                            report.rows_rejected += 1;
                            writer.add_problem(&p)?;
                            if all_errors.len() < REPORT_PROBLEMS {
                                all_errors.push(p.clone());
                            }
                            note(&mut report, p);
                        }
                    }
                }
                // Full: the reader is behind on freeing; free it here.
                let _ = give_back.try_send(chunk);
            }
            tracing::debug!(
                rows = report.rows_read,
                elapsed_ms = started.elapsed().as_millis(),
                waited_for_rows_ms = waited.as_millis(),
                "import rows written"
            );
            // The channel closed: the reader has ended.
            Ok(reader
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
        })?;
    if let Some(layout) = sales_layout {
        writer.mark_held_orders_paid(&layout.name)?;
    }
    let OrdersRead {
        aside,
        paid_now,
        already,
        closed_now,
        refunded_now,
    } = orders_read;
    report.held_orders_paid = paid_now;
    report.orders_already_imported = already;
    report.held_orders_closed = closed_now;
    (report.late_refunds, report.late_refunds_cents) = refunded_now;
    if paid_now > 0 {
        report.notes.push(Note::HeldOrdersPaid { orders: paid_now });
    }
    if closed_now > 0 {
        report
            .notes
            .push(Note::HeldOrdersClosed { orders: closed_now });
    }
    if refunded_now.0 > 0 {
        report.notes.push(Note::LateRefunds {
            orders: refunded_now.0,
            amount_cents: refunded_now.1,
        });
    }
    if already > 0 {
        report
            .notes
            .push(Note::OrdersAlreadyImported { orders: already });
    }
    for a in &aside {
        report.notes.push(Note::SetAside {
            orders: a.orders,
            status: a.status,
            amount_cents: a.amount_cents,
        });
    }
    if report.walk_in_sales > 0 {
        report.notes.push(Note::WalkIn {
            lines: report.walk_in_sales,
            amount_cents: report.walk_in_amount_cents,
        });
    }
    report.set_aside = aside;
    report.layout = plan.layout.map(|l| l.name.clone());
    // A file whose orders were all held, or all imported before, imported nothing new
    // without a fault.
    if report.rows_imported == 0 && report.held_lines == 0 && already == 0 {
        return Err(ImportError::NothingImported {
            file: plan.info.file_name.clone(),
            problems: all_errors,
            rejected: report.rows_rejected,
        });
    }
    if options.dry_run {
        // Dropping the writer rolls the whole batch back.
        drop(writer);
        return Ok(report);
    }
    if let Some(hash) = streamed_hash {
        let Some(sha256) = hash.get() else {
            return Err(ImportError::Internal(
                "the file's rows ended before the end of the file".to_string(),
            ));
        };
        // Looked up before this batch has the hash; refused, the batch is rolled back.
        if refuse_again && let Some(earlier) = store.batch_with_sha256(sha256)? {
            return Err(duplicate(earlier));
        }
        writer.set_file_sha256(sha256)?;
    }
    let id = writer.finish_counted(
        tally,
        &new_ids,
        report.rows_read,
        report.rows_imported,
        report.rows_rejected,
    )?;
    report.batch_id = Some(id);
    Ok(report)
}

impl ImportOptions {
    /// The shop's phone country (France by default).
    pub(crate) fn phone_region(&self) -> Option<phonenumber::country::Id> {
        let country = self
            .phone_country
            .as_deref()
            .unwrap_or(DEFAULT_PHONE_COUNTRY);
        crate::clean::phone_region(country)
    }

    /// The read options the plan settled on, so the whole file is read like its start.
    fn read_with(&self, plan: &Plan) -> ReadOptions {
        ReadOptions {
            encoding: self
                .read
                .encoding
                .clone()
                .or_else(|| plan.info.encoding.map(str::to_string)),
            delimiter: self.read.delimiter.or(plan.info.delimiter),
            sheet: self.read.sheet.clone().or_else(|| plan.info.sheet.clone()),
            header_row: Some(plan.info.header_row),
        }
    }
}

/// The mapping and options of an import, as stored with its batch.
fn plan_json(plan: &Plan, options: &ImportOptions) -> Value {
    let mapping: Map<String, Value> = plan
        .headers
        .iter()
        .zip(&plan.columns)
        .map(|(h, c)| {
            (
                h.clone(),
                c.map_or(Value::Null, |f| Value::String(f.name().to_string())),
            )
        })
        .collect();
    json!({
        "kind": options.kind.as_str(),
        "mapping": mapping,
        "encoding": plan.info.encoding,
        "delimiter": plan.info.delimiter.map(|d| (d as char).to_string()),
        "sheet": plan.info.sheet,
        "header_row": plan.info.header_row,
        "decimal": match plan.decimal { Decimal::Dot => ".", Decimal::Comma => "," },
        "date_order": match plan.date_rules.order { DateOrder::DayFirst => "day-first", DateOrder::MonthFirst => "month-first" },
        "date_format": plan.date_rules.format,
        "time_zone": plan.date_rules.zones.shop.map(|z| z.name()),
        "file_time_zone": plan.date_rules.zones.file.map(|z| z.name()),
        "layout": plan.layout.map(|l| l.name.clone()),
        "reasons": plan.mapping(),
    })
}

/// Writes problems as a CSV to fix and import again: the row number, the column, the
/// message, then the raw row's values.
/// Problems as a CSV to fix and import again; `words` says each problem (the command line
/// and the window say it in the person's language).
pub fn problems_csv(
    headers: &[String],
    problems: &[NewProblem],
    words: &dyn Fn(&NewProblem) -> String,
) -> String {
    let mut out = crate::report::export::GuardedCsv::new(Vec::new());
    let mut header = vec![
        "row".to_string(),
        "column".to_string(),
        "problem".to_string(),
    ];
    header.extend(headers.iter().cloned());
    let _ = out.write_record(&header);
    for p in problems {
        let mut record = vec![
            p.row.to_string(),
            p.column.clone().unwrap_or_default(),
            words(p),
        ];
        record.extend(p.raw_row.iter().cloned());
        let _ = out.write_record(&record);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    #[test]
    fn consent_values_of_the_five_languages_are_read() {
        for yes in [
            "yes",
            "true",
            "1",
            "oui",
            "Oui",
            "да",
            "Да",
            "是",
            "այո",
            "subscribed",
        ] {
            assert_eq!(consent_of(yes), Consent::Yes, "{yes}");
        }
        for no in ["no", "false", "0", "non", "нет", "否", "ոչ", "unsubscribed"] {
            assert_eq!(consent_of(no), Consent::No, "{no}");
        }
        assert_eq!(consent_of("peut-être"), Consent::Unknown);
    }

    const TEXTS: [Option<&str>; 7] = [
        Some("C042"),
        None,
        Some("Bougie parfumée « Ambre »"),
        Some(""),
        Some("boutique Lyon"),
        None,
        Some("Лион"),
    ];

    fn figures() -> SaleFigures {
        SaleFigures {
            sold_at: chrono::NaiveDate::from_ymd_opt(2024, 6, 1)
                .and_then(|d| d.and_hms_opt(10, 0, 5))
                .expect("a date"),
            quantity: 2.5,
            unit_price_cents: Some(1090),
            discount_cents: 0,
            amount_cents: 2725,
            cost_cents: None,
        }
    }

    fn extra() -> Map<String, Value> {
        [("Note".to_string(), json!("x"))].into_iter().collect()
    }

    /// Lines packed after other text read back as themselves: absent values stay absent,
    /// empty ones empty, and the date-time is written as stored.
    #[test]
    fn a_packed_sale_line_reads_back_as_the_line_it_was() {
        let mut text = String::from("the lines before");
        let packed = PackedSale::pack(TEXTS, &figures(), extra(), &mut text).expect("packed");
        let sale = new_sale(TEXTS, &figures(), extra());
        assert_eq!(sale.product.as_deref(), Some("Bougie parfumée « Ambre »"));
        assert_eq!(
            packed.line(&text),
            LineToWrite::of(&sale, "2024-06-01 10:00:05")
        );
        // A second line after it does not disturb it.
        let mut other_texts = TEXTS;
        other_texts[0] = Some("C043");
        other_texts[1] = Some("T-1");
        let second = PackedSale::pack(other_texts, &figures(), extra(), &mut text).expect("packed");
        let other = new_sale(other_texts, &figures(), extra());
        assert_eq!(
            packed.line(&text),
            LineToWrite::of(&sale, "2024-06-01 10:00:05")
        );
        assert_eq!(
            second.line(&text),
            LineToWrite::of(&other, "2024-06-01 10:00:05")
        );
    }

    /// Absent values stay absent and empty ones empty when packed, so the store can tell
    /// them apart when it compares a line with the one before.
    #[test]
    fn a_packed_line_keeps_absent_apart_from_empty() {
        let mut text = String::new();
        let mut texts = TEXTS;
        texts[3] = None;
        texts[5] = Some("");
        let packed = PackedSale::pack(texts, &figures(), Map::new(), &mut text).expect("packed");
        let line = packed.line(&text);
        assert_eq!((line.category, line.payment_method), (None, Some("")));
    }

    fn plan_for(columns: Vec<Option<Field>>) -> Plan {
        Plan {
            info: SourceInfo {
                format: read::Format::Delimited,
                encoding: None,
                encoding_detected: false,
                delimiter: Some(b','),
                sheet: None,
                sheets: Vec::new(),
                header_row: 1,
                sha256: String::new(),
                file_name: "t.csv".into(),
            },
            headers: (1..=columns.len()).map(|i| format!("c{i}")).collect(),
            why: vec![None; columns.len()],
            columns,
            layout: None,
            company_column: None,
            country: None,
            decimal: Decimal::Dot,
            date_rules: DateRules {
                order: DateOrder::DayFirst,
                format: None,
                zones: Default::default(),
            },
            notes: Vec::new(),
            dates_ambiguous: false,
            preview: Vec::new(),
            allow_any_date: false,
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Whether a row's person fields identify someone is known without making the
        /// contact, and is what the contact made of them says; the keys a customer is
        /// found by are the contact's.
        #[test]
        fn a_row_identifies_someone_as_its_contact_does(
            cells in proptest::collection::vec(
                // Mostly blank, so that one field alone often decides.
                proptest::sample::select(vec![
                    "", "", "", "", "", "", "", "", "", "", "", "", " ", " ", "\u{a0}", "'",
                    "x", "'=1", "Jean Dupont", "王伟", "王", "a@b.fr", "not mail",
                    "06 12 34 56 78",
                ]),
                8,
            ),
        ) {
            let fields = [
                Field::ExternalRef,
                Field::CustomerRef,
                Field::FirstName,
                Field::LastName,
                Field::Company,
                Field::Email,
                Field::Phone,
                Field::Name,
            ];
            let plan = plan_for(fields.iter().map(|f| Some(*f)).collect());
            let row = RawRow {
                row: 2,
                cells: cells.iter().map(|c| c.to_string()).collect(),
                replaced: Vec::new(),
            };
            let mut v = RowValues::new(&row, &plan);
            let checks = check_contact(&mut v, &plan);
            let now = NaiveDateTime::default();
            let contact = contact_of(&v, &checks, now);
            proptest::prop_assert_eq!(
                row_identifies_someone(&v, &checks),
                identifies_someone(&contact)
            );
            let (external_ref, email, phone) = contact_keys(&v, &checks);
            proptest::prop_assert_eq!(external_ref, contact.external_ref.as_deref());
            proptest::prop_assert_eq!(email, contact.email.as_deref());
            proptest::prop_assert_eq!(phone, contact.phone.as_deref());
        }
    }

    /// A line whose texts would not fit is not packed, and nothing is added to the text.
    #[test]
    fn a_sale_line_too_long_to_pack_is_left_whole() {
        let mut text = String::from("the lines before");
        let before = text.clone();
        let limit = text.len() + 40;
        let back = PackedSale::pack_within(TEXTS, &figures(), extra(), &mut text, limit);
        assert_eq!(back.err(), Some(extra()));
        assert_eq!(text, before);
        // With room for it, the same line packs.
        assert!(PackedSale::pack_within(TEXTS, &figures(), extra(), &mut text, limit + 40).is_ok());
    }
}
