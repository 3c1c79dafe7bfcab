//! Spreadsheet exports: a table of typed cells written as CSV (UTF-8 with a byte-order mark,
//! the shop's delimiter and decimal separator) or as XLSX (dates as dates, amounts as
//! numbers, text as text). Pure: the caller reads the data from the store.
//!
//! Formula injection is neutralised here and only here: a text cell that begins with `=`,
//! `+`, `-`, `@`, a tab or a carriage return is prefixed with an apostrophe in CSV (the
//! importer strips it again, `ingest::values::unguard`) and is always written as a string in
//! XLSX, never as a formula. Numbers and dates are never prefixed: they are not text.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// The largest number of data rows an XLSX sheet holds (one row is the header).
pub const XLSX_MAX_ROWS: usize = 1_048_575;

/// One cell of an exported table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text, written as text whatever it looks like.
    Text(String),
    /// A whole number.
    Int(i64),
    /// A number with decimals (quantities).
    Number(f64),
    /// An amount of money in minor units (cents), written with two decimals.
    Cents(i64),
    /// A calendar day.
    Date(NaiveDate),
    /// A day and a time.
    DateTime(NaiveDateTime),
}

impl Cell {
    /// Text, or empty when there is none.
    pub fn text(value: Option<&str>) -> Cell {
        match value {
            Some(v) if !v.is_empty() => Cell::Text(v.to_string()),
            _ => Cell::Empty,
        }
    }
}

/// A table to export: column names and rows of cells (each row as long as the header).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// Column names.
    pub columns: Vec<&'static str>,
    /// Rows.
    pub rows: Vec<Vec<Cell>>,
}

/// The file formats exports write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Comma- or semicolon-separated text.
    Csv,
    /// An Excel workbook.
    Xlsx,
}

impl Format {
    /// The format a file name asks for, from its extension (case does not matter).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" | "txt" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }
}

/// How CSV numbers and cells are separated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvStyle {
    /// The delimiter between cells (`;` where the decimal separator is a comma).
    pub delimiter: u8,
    /// Write decimals with a comma (`12,50`) rather than a dot.
    pub decimal_comma: bool,
}

/// True when a spreadsheet could take this text for a formula or a command.
pub fn needs_guard(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// The text as CSV writes it: prefixed with an apostrophe when a spreadsheet could
/// evaluate it.
pub fn guard(text: &str) -> Cow<'_, str> {
    if needs_guard(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// True when the text is a plain number (`-12.50`, `3,5`, `+7`): a spreadsheet reads it as
/// a number, never as a formula, so it needs no guard.
fn is_plain_number(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let mut parts = digits.splitn(2, ['.', ',']);
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next().unwrap_or("0");
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && !fraction.is_empty()
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// A field of a CSV the app writes: guarded like a text cell unless it is a plain number
/// (negative amounts stay numbers).
pub fn guard_field(text: &str) -> Cow<'_, str> {
    if is_plain_number(text) {
        Cow::Borrowed(text)
    } else {
        guard(text)
    }
}

/// The one writer of every CSV file the app writes besides [`write_csv`] (the RFM table,
/// the duplicates' pairs and clusters, the rejected rows of an import): every field goes
/// through [`guard_field`], so a value from an imported file such as `=cmd|' /C calc'!A0`
/// reaches a spreadsheet as text.
pub struct GuardedCsv<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> GuardedCsv<W> {
    /// A comma-separated writer.
    pub fn new(out: W) -> GuardedCsv<W> {
        GuardedCsv {
            inner: csv::Writer::from_writer(out),
        }
    }

    /// Writes one record, each field guarded.
    pub fn write_record<I, T>(&mut self, record: I) -> csv::Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<str>,
    {
        for field in record {
            self.inner
                .write_field(guard_field(field.as_ref()).as_bytes())?;
        }
        self.inner.write_record(None::<&[u8]>)
    }

    /// Writes one field of the current record, guarded; [`GuardedCsv::end_record`] ends
    /// the record (for long tables, without a string per field).
    pub fn field(&mut self, text: &str) -> csv::Result<()> {
        self.inner.write_field(guard_field(text).as_bytes())
    }

    /// Writes one field of the current record that holds a number as [`NumberText`]
    /// writes it: a finite one needs no guard (digits, with a minus sign first when
    /// negative); anything else ("NaN", "inf", "-inf", an empty field) goes through
    /// [`GuardedCsv::field`] like any text.
    pub fn number(&mut self, text: &str) -> csv::Result<()> {
        let digits = text.strip_prefix('-').unwrap_or(text);
        if digits.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            self.inner.write_field(text.as_bytes())
        } else {
            self.field(text)
        }
    }

    /// Ends the record begun with [`GuardedCsv::field`].
    pub fn end_record(&mut self) -> csv::Result<()> {
        self.inner.write_record(None::<&[u8]>)
    }

    /// Writes what is buffered.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }

    /// The underlying writer, flushed.
    pub fn into_inner(self) -> Result<W, std::io::Error> {
        self.inner.into_inner().map_err(|e| e.into_error())
    }
}

/// The CSV records of `items`, one or more per item by `write`, as the bytes one writer
/// would give: from `split_from` items on, the first half and the second are written on two
/// threads (a table of 100 000 customers takes about 0.1 s to write on one). Each part has
/// its own [`NumberText`].
pub fn csv_rows_in_two<T: Sync>(
    items: &[T],
    split_from: usize,
    write: impl Fn(&mut CsvRows, &mut NumberText, &T) + Sync,
) -> Vec<Vec<u8>> {
    let part = |part: &[T]| -> Vec<u8> {
        let mut w = CsvRows::with_capacity(part.len() * 128);
        let mut n = NumberText::default();
        for item in part {
            write(&mut w, &mut n, item);
        }
        w.into_bytes()
    };
    if items.len() < split_from.max(2) {
        return vec![part(items)];
    }
    let (first, second) = items.split_at(items.len() / 2);
    let (second, first) =
        crate::parallel::side_by_side("clientele-csv", || part(second), || part(first));
    vec![first, second]
}

/// CSV records written straight into bytes, the same bytes as [`GuardedCsv`] writes: each
/// text field guarded, and quoted (its quotes doubled) where it holds a comma, a quote or a
/// line break; a record with nothing in it written `""`; `\n` after each. For the long
/// tables of numbers of [`csv_rows_in_two`]: a number as [`NumberText`] writes it (digits,
/// a point, a minus sign first) needs neither guard nor quotes, so it is copied as it is,
/// where the csv writer looks at every byte of every field. It does not check that the
/// records have as many fields each: its callers write one fixed row per item.
pub struct CsvRows {
    out: Vec<u8>,
    /// Fields written in the current record.
    fields: usize,
    /// Where the current record begins in `out`.
    record_start: usize,
}

impl CsvRows {
    /// An empty writer with room for `bytes`.
    pub fn with_capacity(bytes: usize) -> CsvRows {
        CsvRows {
            out: Vec::with_capacity(bytes),
            fields: 0,
            record_start: 0,
        }
    }

    fn delimit(&mut self) {
        if self.fields > 0 {
            self.out.push(b',');
        }
        self.fields += 1;
    }

    /// Writes one field of the current record, guarded and quoted where it needs it.
    pub fn field(&mut self, text: &str) {
        self.delimit();
        let text = guard_field(text);
        let bytes = text.as_bytes();
        if bytes
            .iter()
            .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
        {
            self.out.push(b'"');
            for &b in bytes {
                if b == b'"' {
                    self.out.push(b'"');
                }
                self.out.push(b);
            }
            self.out.push(b'"');
        } else {
            self.out.extend_from_slice(bytes);
        }
    }

    /// Writes one field of the current record that holds a number as [`NumberText`]
    /// writes it: a finite one (a digit first, or a minus sign and a digit) goes in as it
    /// is; anything else ("NaN", "inf", an empty field) as [`CsvRows::field`] writes any
    /// text.
    pub fn number(&mut self, text: &str) {
        let digits = text.strip_prefix('-').unwrap_or(text);
        if digits.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            self.delimit();
            self.out.extend_from_slice(text.as_bytes());
        } else {
            self.field(text);
        }
    }

    /// Ends the current record.
    pub fn end_record(&mut self) {
        if self.out.len() == self.record_start {
            self.out.extend_from_slice(b"\"\"");
        }
        self.out.push(b'\n');
        self.fields = 0;
        self.record_start = self.out.len();
    }

    /// The bytes written.
    pub fn into_bytes(self) -> Vec<u8> {
        self.out
    }
}

/// Numbers as text exactly as Rust's `Display` writes them (the shortest digits that read
/// back to the same value, never an exponent: `0.0000001`, `-0`, `1`), from ryu's
/// shortest digits, which cost a fraction of the formatting machinery's (a table of
/// 100 000 customers has a million of them). One buffer, reused for every number.
#[derive(Default)]
pub struct NumberText {
    ryu: ryu::Buffer,
    text: String,
}

impl NumberText {
    /// `v` as `format!("{v}")` writes it.
    pub fn f64(&mut self, v: f64) -> &str {
        self.text.clear();
        if !v.is_finite() || may_tie(v) {
            use std::fmt::Write as _;
            let _ = write!(self.text, "{v}");
            return &self.text;
        }
        let shortest = self.ryu.format_finite(v);
        if shortest.bytes().any(|b| b == b'e') {
            plain_decimal(shortest, &mut self.text);
        } else {
            // Without an exponent ryu writes what Display does, but for the ".0" of a
            // whole number.
            self.text
                .push_str(shortest.strip_suffix(".0").unwrap_or(shortest));
        }
        &self.text
    }

    /// `v` as `format!("{v}")` writes it.
    pub fn int(&mut self, v: impl std::fmt::Display) -> &str {
        use std::fmt::Write as _;
        self.text.clear();
        let _ = write!(self.text, "{v}");
        &self.text
    }
}

/// Whether two shortest texts of `v` may lie equally close to it, where ryu and `Display`
/// choose differently (-230796306077815.125 is written ...15.12 by one and ...15.13 by
/// the other). That needs the exact value to have one digit more than the shortest text,
/// so at most 18 significant digits: a whole number from 2^53 on, or one with at most 25
/// binary digits after the point (m / 2^f with m odd has as many digits as m 5^f, at least
/// 0.7 f). Such numbers go to `Display`; every other has one closest shortest text.
fn may_tie(v: f64) -> bool {
    const WHOLE_FROM: f64 = 9_007_199_254_740_992.0; // 2^53
    const SHIFT: f64 = 33_554_432.0; // 2^25
    v.abs() >= WHOLE_FROM || (v * SHIFT).fract() == 0.0
}

/// ryu's text of a finite number (`1.0`, `1e-7`, `-1.2345e20`, `0.001`) written out in
/// plain decimal notation into `out`, as `Display` writes it.
fn plain_decimal(ryu: &str, out: &mut String) {
    let (negative, unsigned) = match ryu.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, ryu),
    };
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // The digits alone, and where the decimal point falls among them.
    let digits_all: Vec<u8> = whole.bytes().chain(fraction.bytes()).collect();
    let mut point = whole.len() as i64 + exponent;
    let mut digits: &[u8] = &digits_all;
    while digits.len() > 1 && digits[0] == b'0' {
        digits = &digits[1..];
        point -= 1;
    }
    while digits.len() > 1 && digits[digits.len() - 1] == b'0' {
        digits = &digits[..digits.len() - 1];
    }
    if negative {
        out.push('-');
    }
    if digits == b"0" {
        out.push('0');
        return;
    }
    let len = digits.len() as i64;
    // ryu writes ASCII digits only.
    fn text(d: &[u8]) -> &str {
        std::str::from_utf8(d).unwrap_or_default()
    }
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-point) as usize));
        out.push_str(text(digits));
    } else if point >= len {
        out.push_str(text(digits));
        out.extend(std::iter::repeat_n('0', (point - len) as usize));
    } else {
        let (a, b) = digits.split_at(point as usize);
        out.push_str(text(a));
        out.push('.');
        out.push_str(text(b));
    }
}

/// Creates (or empties) a file the app writes: on Unix readable and writable by its owner
/// only (0600), since exports hold customers' names, e-mails and phones.
pub fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    #[cfg(unix)]
    {
        // A file that existed keeps the mode it had: set it, when it is ours to set.
        use std::os::unix::fs::PermissionsExt;
        let _ = file.set_permissions(std::fs::Permissions::from_mode(0o600));
    }
    Ok(file)
}

/// Writes a whole file the app writes, private as [`create_private`] makes it.
pub fn write_private(path: &Path, bytes: impl AsRef<[u8]>) -> std::io::Result<()> {
    let mut file = create_private(path)?;
    file.write_all(bytes.as_ref())?;
    file.flush()
}

/// Cents as units with two decimals, with the given decimal separator (`-1234,50`).
pub fn cents_text(cents: i64, decimal_comma: bool) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let sep = if decimal_comma { ',' } else { '.' };
    format!("{sign}{}{sep}{:02}", abs / 100, abs % 100)
}

fn number_text(value: f64, decimal_comma: bool) -> String {
    let text = value.to_string();
    if decimal_comma {
        text.replace('.', ",")
    } else {
        text
    }
}

/// Writes the table as CSV in UTF-8 with a byte-order mark, so that Excel reads accents,
/// Cyrillic and Chinese correctly.
pub fn write_csv(out: impl Write, table: &Table, style: CsvStyle) -> std::io::Result<()> {
    let mut out = out;
    out.write_all("\u{feff}".as_bytes())?;
    let mut w = csv::WriterBuilder::new()
        .delimiter(style.delimiter)
        .from_writer(out);
    w.write_record(&table.columns)?;
    let mut record: Vec<Cow<'_, str>> = Vec::with_capacity(table.columns.len());
    for row in &table.rows {
        record.clear();
        for cell in row {
            record.push(match cell {
                Cell::Empty => Cow::Borrowed(""),
                Cell::Text(t) => guard(t),
                Cell::Int(n) => Cow::Owned(n.to_string()),
                Cell::Number(x) => Cow::Owned(number_text(*x, style.decimal_comma)),
                Cell::Cents(c) => Cow::Owned(cents_text(*c, style.decimal_comma)),
                Cell::Date(d) => Cow::Owned(d.format("%Y-%m-%d").to_string()),
                Cell::DateTime(t) => Cow::Owned(t.format("%Y-%m-%d %H:%M:%S").to_string()),
            });
        }
        w.write_record(record.iter().map(|c| c.as_bytes()))?;
    }
    w.flush()?;
    Ok(())
}

/// Why an XLSX file could not be written ([`crate::text`] says it in words).
#[derive(Debug, thiserror::Error)]
pub enum XlsxExportError {
    /// More rows than a sheet holds ([`XLSX_MAX_ROWS`]).
    TooManyRows {
        /// Rows asked for.
        rows: usize,
    },
    /// The writer failed.
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

impl std::fmt::Display for XlsxExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::text::local(self))
    }
}

fn excel_date(d: NaiveDate) -> Result<rust_xlsxwriter::ExcelDateTime, rust_xlsxwriter::XlsxError> {
    rust_xlsxwriter::ExcelDateTime::from_ymd(
        u16::try_from(d.year()).unwrap_or(1900),
        d.month() as u8,
        d.day() as u8,
    )
}

/// Writes the table as an XLSX workbook with one sheet called `sheet`: a bold, frozen
/// header row with a filter, dates as dates, amounts as numbers with two decimals, text as
/// strings (never formulas).
pub fn write_xlsx(
    out: impl Write + std::io::Seek + Send,
    table: &Table,
    sheet: &str,
) -> Result<(), XlsxExportError> {
    use rust_xlsxwriter::{Format as XFormat, Workbook};
    if table.rows.len() > XLSX_MAX_ROWS {
        return Err(XlsxExportError::TooManyRows {
            rows: table.rows.len(),
        });
    }
    let mut book = Workbook::new();
    // The fastest deflate level: the sheet's XML is most of the time spent saving a large
    // workbook at the default level 6, for a file only slightly smaller.
    book.set_zip_compression_level(3);
    let bold = XFormat::new().set_bold();
    let money = XFormat::new().set_num_format("0.00");
    let date = XFormat::new().set_num_format("yyyy-mm-dd");
    let datetime = XFormat::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    // Rows go straight to a temporary file in order (constant memory): column widths are
    // worked out first, since they are written before the rows.
    let mut widths: Vec<usize> = table.columns.iter().map(|c| c.len() + 2).collect();
    for row in &table.rows {
        for (cell, w) in row.iter().zip(widths.iter_mut()) {
            *w = (*w).max(match cell {
                Cell::Text(t) => t.chars().count().min(40) + 1,
                Cell::Date(_) => 11,
                Cell::DateTime(_) => 20,
                _ => 0,
            });
        }
    }
    let ws = book.add_worksheet_with_constant_memory()?;
    ws.set_name(sheet)?;
    for (col, w) in widths.iter().enumerate() {
        ws.set_column_width(col as u16, *w as f64)?;
    }
    for (col, name) in table.columns.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, *name, &bold)?;
    }
    for (i, row) in table.rows.iter().enumerate() {
        let r = (i + 1) as u32;
        for (col, cell) in row.iter().enumerate() {
            let c = col as u16;
            match cell {
                Cell::Empty => {}
                Cell::Text(t) => {
                    ws.write_string(r, c, t)?;
                }
                Cell::Int(n) => {
                    ws.write_number(r, c, *n as f64)?;
                }
                Cell::Number(x) => {
                    ws.write_number(r, c, *x)?;
                }
                Cell::Cents(cents) => {
                    ws.write_number_with_format(r, c, *cents as f64 / 100.0, &money)?;
                }
                Cell::Date(d) => {
                    ws.write_datetime_with_format(r, c, excel_date(*d)?, &date)?;
                }
                Cell::DateTime(t) => {
                    let value = excel_date(t.date())?.and_hms(
                        t.hour() as u16,
                        t.minute() as u8,
                        f64::from(t.second()),
                    )?;
                    ws.write_datetime_with_format(r, c, value, &datetime)?;
                }
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    if !table.columns.is_empty() {
        ws.autofilter(
            0,
            0,
            table.rows.len() as u32,
            (table.columns.len() - 1) as u16,
        )?;
    }
    book.save_to_writer(out)?;
    Ok(())
}

/// The columns of a customer export: the customer's main fields and figures, then every
/// other contact field, each under the name the importer maps back exactly (added at the end
/// so that the earlier columns keep their places).
pub const CUSTOMER_COLUMNS: [&str; 25] = [
    "customer_id",
    "external_ref",
    "first_name",
    "last_name",
    "email",
    "phone",
    "city",
    "country",
    "marketing_consent",
    "orders",
    "revenue",
    "days_since_last_order",
    "segment",
    "tier",
    "lifecycle",
    "last_order",
    "company",
    "street",
    "street2",
    "postcode",
    "region",
    "birth_date",
    "gender",
    "language",
    "consent_date",
];

/// One customer's row of a customer export, figures as of `as_of`; `d` holds the contact
/// fields that only exports read (empty when not given).
pub fn customer_row(
    p: &crate::model::CustomerProfile,
    d: Option<&crate::model::ContactDetails>,
    c: &crate::analytics::rules::CustomerFacts,
    as_of: NaiveDate,
) -> Vec<Cell> {
    let t = |v: &Option<String>| Cell::text(v.as_deref());
    let none = crate::model::ContactDetails::default();
    let d = d.unwrap_or(&none);
    let date = |v: &Option<String>| {
        v.as_deref()
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
            .map_or(Cell::Empty, Cell::Date)
    };
    vec![
        Cell::Int(p.id),
        t(&p.external_ref),
        t(&p.first_name),
        t(&p.last_name),
        t(&p.email),
        t(&p.phone),
        t(&p.city),
        t(&p.country),
        Cell::Text(p.consent.clone()),
        Cell::Int(i64::from(c.frequency)),
        Cell::Cents(c.monetary_cents),
        c.recency_days.map_or(Cell::Empty, Cell::Int),
        c.segment
            .map_or(Cell::Empty, |s| Cell::Text(s.name().into())),
        c.tier.map_or(Cell::Empty, |s| Cell::Text(s.name().into())),
        c.lifecycle
            .map_or(Cell::Empty, |s| Cell::Text(s.name().into())),
        c.recency_days
            .and_then(|d| as_of.checked_sub_signed(chrono::Duration::days(d)))
            .map_or(Cell::Empty, Cell::Date),
        t(&d.company),
        t(&d.street),
        t(&d.street2),
        t(&d.postcode),
        t(&d.region),
        date(&d.birth_date),
        t(&d.gender),
        t(&d.language),
        date(&d.consent_date),
    ]
}

/// The columns of a sales export.
pub const SALE_COLUMNS: [&str; 15] = [
    "sale_id",
    "customer_id",
    "customer_ref",
    "order_ref",
    "sold_at",
    "product",
    "category",
    "quantity",
    "unit_price",
    "discount",
    "amount",
    "cost",
    "channel",
    "payment_method",
    "store",
];

/// Every sale line as an export table.
pub fn sales_table(sales: &[crate::model::SaleExportRow]) -> Table {
    let t = |v: &Option<String>| Cell::text(v.as_deref());
    let rows = sales
        .iter()
        .map(|s| {
            vec![
                Cell::Int(s.id),
                Cell::Int(s.customer_id),
                t(&s.customer_ref),
                t(&s.order_ref),
                s.sold_at.map_or(Cell::Empty, |d| {
                    if d.time() == chrono::NaiveTime::MIN {
                        Cell::Date(d.date())
                    } else {
                        Cell::DateTime(d)
                    }
                }),
                t(&s.product),
                t(&s.category),
                Cell::Number(s.quantity),
                s.unit_price_cents.map_or(Cell::Empty, Cell::Cents),
                Cell::Cents(s.discount_cents),
                Cell::Cents(s.amount_cents),
                s.cost_cents.map_or(Cell::Empty, Cell::Cents),
                t(&s.channel),
                t(&s.payment_method),
                t(&s.store),
            ]
        })
        .collect();
    Table {
        columns: SALE_COLUMNS.to_vec(),
        rows,
    }
}

/// Why an export could not be written ([`crate::text`] says it in words).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file name ends in neither .csv nor .xlsx.
    UnknownFormat {
        /// The file.
        path: String,
    },
    /// The file could not be written.
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The workbook could not be written.
    Xlsx {
        /// The file.
        path: String,
        /// Why.
        source: XlsxExportError,
    },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::text::local(self))
    }
}

/// Writes the table to `path` in the format its extension names, with the shop's CSV
/// delimiter and decimal separator.
pub fn write_file(
    path: &Path,
    table: &Table,
    settings: &crate::settings::ShopSettings,
    sheet: &str,
) -> Result<(), ExportError> {
    let shown = path.display().to_string();
    let format = Format::from_path(path).ok_or_else(|| ExportError::UnknownFormat {
        path: shown.clone(),
    })?;
    let io = |source| ExportError::Io {
        path: shown.clone(),
        source,
    };
    let file = create_private(path).map_err(io)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
    match format {
        Format::Csv => {
            let style = CsvStyle {
                delimiter: settings.csv_delimiter(),
                decimal_comma: settings.locale().decimal_comma,
            };
            write_csv(&mut out, table, style).map_err(io)?;
        }
        Format::Xlsx => {
            write_xlsx(&mut out, table, sheet).map_err(|source| ExportError::Xlsx {
                path: shown.clone(),
                source,
            })?;
        }
    }
    out.flush().map_err(io)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy as _;

    /// Numbers are written as `Display` writes them: chosen values at the edges of the
    /// notations (exponents, zeros, the smallest and largest), then any bits at all.
    #[test]
    fn number_text_is_display() {
        let mut n = NumberText::default();
        for v in [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.5,
            1e-5,
            1e-7,
            1.5e-7,
            123.456,
            1e15,
            1e16,
            1e21,
            -1.2345e20,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            f64::MIN,
            f64::EPSILON,
            71507.95,
            0.30000000000000004,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            // Exact values halfway between two shortest texts (one more digit, a 5).
            f64::from_bits(14_045_105_520_308_326_116),
            65_537.0 / 131_072.0,
            // Just past the bounds of `may_tie`: 26 binary digits after the point, 2^53 - 1.
            1.0 + 1.0 / 67_108_864.0,
            9_007_199_254_740_991.0,
        ] {
            assert_eq!(n.f64(v), format!("{v}"), "{v:e}");
        }
        assert_eq!(n.int(-42_i64), "-42");
        assert_eq!(n.int(7_u32), "7");
    }

    /// Numbers go out bare, as `guard_field` would leave them; what is not a finite number
    /// is guarded as any text is.
    #[test]
    fn number_fields_are_guarded_only_when_not_numbers() {
        let mut w = GuardedCsv::new(Vec::new());
        for text in ["-0.5", "12", "0", "", "NaN", "-inf", "inf", "=1"] {
            w.number(text).unwrap();
            w.field(text).unwrap();
        }
        w.end_record().unwrap();
        let out = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(
            out,
            "-0.5,-0.5,12,12,0,0,,,NaN,NaN,'-inf,'-inf,inf,inf,'=1,'=1\n"
        );
    }

    /// Written in two halves on two threads or by one writer, the rows are the same bytes:
    /// numbers, texts that need quotes or a guard, empty fields, an odd count.
    #[test]
    fn rows_in_two_are_the_rows_of_one_writer() {
        let items: Vec<(i64, String, f64)> = (0..101)
            .map(|i| {
                let text = match i % 4 {
                    0 => String::new(),
                    1 => format!("a, \"quoted\" {i}"),
                    2 => format!("=cmd{i}"),
                    _ => format!("line\nbreak {i}"),
                };
                (i - 50, text, f64::from(i as i32) / 7.0)
            })
            .collect();
        let write = |w: &mut CsvRows, n: &mut NumberText, item: &(i64, String, f64)| {
            w.number(n.int(item.0));
            w.field(&item.1);
            w.number(n.f64(item.2));
            w.end_record();
        };
        let one = csv_rows_in_two(&items, usize::MAX, write).concat();
        let parts = csv_rows_in_two(&items, 0, write);
        assert_eq!(parts.len(), 2);
        assert_eq!(
            String::from_utf8(parts.concat()).unwrap(),
            String::from_utf8(one.clone()).unwrap()
        );
        let text = String::from_utf8(one).unwrap();
        assert!(text.starts_with("-50,,0\n-49,"), "{text}");
        assert!(text.contains("'=cmd2"), "{text}");
        assert!(text.contains("\"a, \"\"quoted\"\" 1\""), "{text}");
    }

    proptest::proptest! {
        /// Record by record, the hand-written rows are the csv writer's bytes: texts with
        /// commas, quotes, line breaks and formula starts, empty fields, a record of one
        /// empty field, numbers of any bits (NaN and the infinities go as text).
        #[test]
        fn hand_written_rows_are_the_csv_writers(
            width in 1_usize..4,
            rows in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::prop_oneof![
                        "[a-c,\"\r\n=+@ \t'-]{0,5}".prop_map(Err),
                        proptest::num::f64::ANY.prop_map(Ok),
                    ],
                    3,
                ),
                0..12,
            ),
        ) {
            let mut fast = CsvRows::with_capacity(0);
            let mut csv = GuardedCsv::new(Vec::new());
            let mut n = NumberText::default();
            for row in &rows {
                for cell in &row[..width] {
                    match cell {
                        Ok(v) => {
                            fast.number(n.f64(*v));
                            csv.number(n.f64(*v)).unwrap();
                        }
                        Err(text) => {
                            fast.field(text);
                            csv.field(text).unwrap();
                        }
                    }
                }
                fast.end_record();
                csv.end_record().unwrap();
            }
            proptest::prop_assert_eq!(
                String::from_utf8(fast.into_bytes()).unwrap(),
                String::from_utf8(csv.into_inner().unwrap()).unwrap()
            );
        }

        #[test]
        fn number_text_is_display_for_any_bits(bits in proptest::num::u64::ANY) {
            let v = f64::from_bits(bits);
            let mut n = NumberText::default();
            proptest::prop_assert_eq!(n.f64(v), format!("{v}"));
        }

        /// Numbers with few binary digits after the point, where ties can be.
        #[test]
        fn number_text_is_display_for_short_binary_fractions(
            m in -(1_i64 << 53)..(1_i64 << 53),
            f in 0_i32..40
        ) {
            let v = m as f64 / 2_f64.powi(f);
            let mut n = NumberText::default();
            proptest::prop_assert_eq!(n.f64(v), format!("{v}"));
        }

        #[test]
        fn number_text_is_display_for_everyday_values(v in -1e7_f64..1e7) {
            let mut n = NumberText::default();
            proptest::prop_assert_eq!(n.f64(v), format!("{v}"));
        }
    }

    #[test]
    fn formula_starts_are_guarded_and_nothing_else() {
        for bad in ["=1+2", "+33 6", "-5", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(guard(bad), format!("'{bad}"));
        }
        for fine in ["Zoë", "1=1", "", "'quoted", "Иван"] {
            assert_eq!(guard(fine), fine);
        }
    }

    #[test]
    fn csv_has_bom_delimiter_and_decimal_comma_and_numbers_stay_numbers() {
        let table = Table {
            columns: vec!["name", "revenue", "qty", "n"],
            rows: vec![vec![
                Cell::Text("=HYPERLINK(\"x\")".into()),
                Cell::Cents(-123_456),
                Cell::Number(1.5),
                Cell::Int(-3),
            ]],
        };
        let mut out = Vec::new();
        let style = CsvStyle {
            delimiter: b';',
            decimal_comma: true,
        };
        write_csv(&mut out, &table, style).unwrap_or_default();
        let text = String::from_utf8(out).unwrap_or_default();
        assert_eq!(
            text,
            "\u{feff}name;revenue;qty;n\n\"'=HYPERLINK(\"\"x\"\")\";-1234,56;1,5;-3\n"
        );
    }

    #[test]
    fn cents_keep_their_sign_and_two_decimals() {
        assert_eq!(cents_text(5, false), "0.05");
        assert_eq!(cents_text(-5, true), "-0,05");
        assert_eq!(cents_text(24_409_194, false), "244091.94");
    }
}
