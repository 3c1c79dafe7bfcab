//! The feedback import: a survey export, a review export or a plain list of what customers
//! said, one piece of feedback a row. It reuses the import's reading (format, encoding,
//! delimiter, header), its linking of customers (reference, then e-mail, then phone; an
//! unknown customer becomes a new contact of the batch), its batches (one transaction,
//! undo) and its problems (row, column, value). The scale of a score column is never
//! guessed: a review export says it, anything else must be told (`--scale`).

use std::path::Path;

use serde_json::{Map, Value};

use crate::ingest::import::{ImportError, ImportOptions, Link, Linker, split_name};
use crate::ingest::read::{self, RawRow, ReadOptions};
use crate::ingest::values::{DateOrderEvidence, DateRules, detect_date_order, parse_datetime};
use crate::model::feedback::{
    FeedbackChannel, FeedbackContent, FeedbackStatus, NewFeedback, Scale, Score,
};
use crate::model::{DateOrder, NewContact};
use crate::store::{BatchKind, NewBatch, NewProblem, ProblemKind, Severity, Store};

/// What a column of a feedback file can feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackField {
    /// The customer's number in the shop's system.
    CustomerRef,
    /// The customer's e-mail.
    Email,
    /// The customer's phone.
    Phone,
    /// The customer's name (only for a customer the import creates).
    Name,
    /// The day the feedback was given.
    Date,
    /// The score.
    Score,
    /// What the customer said.
    Text,
    /// A review's title, put before its text.
    Title,
    /// survey, review, email, phone or shop.
    Channel,
    /// The product it is about.
    Product,
    /// The order it is about.
    OrderRef,
    /// open or resolved.
    Status,
}

impl FeedbackField {
    /// Every field, in the order a mapping lists them.
    pub const ALL: [FeedbackField; 12] = [
        FeedbackField::CustomerRef,
        FeedbackField::Email,
        FeedbackField::Phone,
        FeedbackField::Name,
        FeedbackField::Date,
        FeedbackField::Score,
        FeedbackField::Text,
        FeedbackField::Title,
        FeedbackField::Channel,
        FeedbackField::Product,
        FeedbackField::OrderRef,
        FeedbackField::Status,
    ];

    /// The field's name on the command line (`--map score=Q3`).
    pub fn as_str(self) -> &'static str {
        match self {
            FeedbackField::CustomerRef => "customer_ref",
            FeedbackField::Email => "email",
            FeedbackField::Phone => "phone",
            FeedbackField::Name => "name",
            FeedbackField::Date => "date",
            FeedbackField::Score => "score",
            FeedbackField::Text => "text",
            FeedbackField::Title => "title",
            FeedbackField::Channel => "channel",
            FeedbackField::Product => "product",
            FeedbackField::OrderRef => "order_ref",
            FeedbackField::Status => "status",
        }
    }

    /// The field a command-line name names.
    pub fn parse(name: &str) -> Option<FeedbackField> {
        FeedbackField::ALL
            .into_iter()
            .find(|f| f.as_str() == name.trim())
    }
}

/// A known export layout: recognised by its header, it says which column is what, and for
/// reviews the scale.
#[derive(Debug)]
pub struct FeedbackLayout {
    /// Its name, as notes show it.
    pub name: &'static str,
    /// Each inner list: one of these headers must be present.
    signature: Signature,
    /// Headers and the field they feed.
    columns: LayoutColumns,
    /// The scale of its score column, when the layout fixes it.
    pub scale: Option<Scale>,
    /// Where its feedback comes from.
    pub channel: FeedbackChannel,
    /// Rows where this column is empty are not answers (SurveyMonkey's second header row).
    skip_when_empty: Option<&'static str>,
}

/// The known layouts. Column names from the vendors' exports: Google Forms' response
/// spreadsheet ("Timestamp", "Email Address"); Typeform's CSV ("Submit Date (UTC)",
/// "Network ID"; hidden fields such as "email" are columns of their own); SurveyMonkey's
/// "All responses" CSV (two header rows: "Respondent ID", "Collector ID", "Start Date",
/// "End Date", "IP Address", "Email Address", "First Name", "Last Name"); Trustpilot's
/// review download ("Review Created (UTC)", "Review Stars", "Review Title", "Review
/// Content", "Review Username"); Google Business Profile reviews as the API names their
/// fields ("createTime", "starRating" with ONE..FIVE, "comment", "reviewer.displayName").
pub const LAYOUTS: &[FeedbackLayout] = &[
    FeedbackLayout::review(
        "Trustpilot reviews",
        &[&["Review Stars"], &["Review Created (UTC)"]],
        &[
            ("Review Created (UTC)", FeedbackField::Date),
            ("Review Stars", FeedbackField::Score),
            ("Review Title", FeedbackField::Title),
            ("Review Content", FeedbackField::Text),
            ("Review Username", FeedbackField::Name),
            ("Review User Email", FeedbackField::Email),
        ],
    ),
    FeedbackLayout::review(
        "Google reviews",
        &[&["starRating"], &["createTime"]],
        &[
            ("createTime", FeedbackField::Date),
            ("starRating", FeedbackField::Score),
            ("comment", FeedbackField::Text),
            ("reviewer.displayName", FeedbackField::Name),
        ],
    ),
    FeedbackLayout {
        skip_when_empty: Some("Respondent ID"),
        ..FeedbackLayout::survey(
            "SurveyMonkey",
            &[&["Respondent ID"], &["Collector ID"]],
            &[
                ("End Date", FeedbackField::Date),
                ("Email Address", FeedbackField::Email),
            ],
        )
    },
    FeedbackLayout::survey(
        "Typeform",
        &[&["Submit Date (UTC)"], &["Network ID"]],
        &[
            ("Submit Date (UTC)", FeedbackField::Date),
            ("email", FeedbackField::Email),
        ],
    ),
    FeedbackLayout::survey(
        "Google Forms",
        &[&["Timestamp"], &["Email Address", "Email address", "Score"]],
        &[
            ("Timestamp", FeedbackField::Date),
            ("Email Address", FeedbackField::Email),
            ("Email address", FeedbackField::Email),
        ],
    ),
];

type Signature = &'static [&'static [&'static str]];
type LayoutColumns = &'static [(&'static str, FeedbackField)];

impl FeedbackLayout {
    /// A review site's export: stars, channel review.
    const fn review(name: &'static str, signature: Signature, columns: LayoutColumns) -> Self {
        FeedbackLayout {
            name,
            signature,
            columns,
            scale: Some(Scale::Stars),
            channel: FeedbackChannel::Review,
            skip_when_empty: None,
        }
    }

    /// A survey tool's export: the scale is the survey's, so it must be told.
    const fn survey(name: &'static str, signature: Signature, columns: LayoutColumns) -> Self {
        FeedbackLayout {
            name,
            signature,
            columns,
            scale: None,
            channel: FeedbackChannel::Survey,
            skip_when_empty: None,
        }
    }
}

/// Header names of a plain list, compared lower-cased.
const PLAIN: &[(FeedbackField, &[&str])] = &[
    (
        FeedbackField::CustomerRef,
        &[
            "customer_ref",
            "customer id",
            "customer_id",
            "customer number",
            "external_ref",
            "reference",
        ],
    ),
    (
        FeedbackField::Email,
        &["email", "e-mail", "mail", "email address", "courriel"],
    ),
    (
        FeedbackField::Phone,
        &["phone", "telephone", "téléphone", "mobile"],
    ),
    (FeedbackField::Name, &["name", "customer name", "full name"]),
    (
        FeedbackField::Date,
        &["date", "submitted at", "created at", "created"],
    ),
    (
        FeedbackField::Score,
        &["score", "rating", "stars", "nps", "csat", "grade"],
    ),
    (
        FeedbackField::Text,
        &[
            "comment", "comments", "text", "feedback", "review", "message",
        ],
    ),
    (FeedbackField::Title, &["title", "subject"]),
    (FeedbackField::Channel, &["channel", "source"]),
    (FeedbackField::Product, &["product", "item", "sku"]),
    (
        FeedbackField::OrderRef,
        &["order", "order_ref", "order id", "order number"],
    ),
    (FeedbackField::Status, &["status", "state"]),
];

/// Words in survey questions that say which answer is the score and which the comment
/// (a form's columns are its questions).
const SCORE_QUESTION: &[&str] = &[
    "recommend",
    "how satisfied",
    "how would you rate",
    "rate us",
];
const TEXT_QUESTION: &[&str] = &[
    "comment",
    "why",
    "tell us",
    "feedback",
    "anything else",
    "improve",
    "better",
];

/// What the person asked for; everything left `None` is detected.
#[derive(Clone, Debug, Default)]
pub struct FeedbackOptions {
    /// The scale of the score column (`--scale`); a review layout says it itself.
    pub scale: Option<Scale>,
    /// Encoding, delimiter, sheet, header row.
    pub read: ReadOptions,
    /// Columns given by hand (`--map FIELD=COLUMN`).
    pub map: Vec<(FeedbackField, String)>,
    /// A chrono format for dates.
    pub date_format: Option<String>,
    /// Day or month first when every date of the file fits both (the shop's locale;
    /// default day first). The report says when it was needed.
    pub default_date_order: Option<DateOrder>,
    /// Check everything, write nothing.
    pub dry_run: bool,
    /// Import a file that was imported before.
    pub allow_duplicate_file: bool,
    /// The shop's phone country (ISO 3166), for linking by phone.
    pub phone_country: Option<String>,
    /// The shop's time zone: dates written with a time and an offset are converted to it;
    /// None: kept as written.
    pub time_zone: Option<chrono_tz::Tz>,
}

/// Why a feedback file was not imported. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum FeedbackError {
    /// What any import can meet: the file cannot be read, was imported before, names no
    /// such column, or no row could be imported.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// A score column whose scale nobody said.
    #[error("{}", crate::text::local(self))]
    UnknownScale {
        /// The file.
        file: String,
        /// The score column.
        column: String,
    },
    /// No column holds the day.
    #[error("{}", crate::text::local(self))]
    NoDateColumn {
        /// The file.
        file: String,
        /// Its columns.
        columns: Vec<String>,
    },
    /// No column holds a score or a text.
    #[error("{}", crate::text::local(self))]
    NoScoreOrText {
        /// The file.
        file: String,
        /// Its columns.
        columns: Vec<String>,
    },
}

impl From<crate::store::StoreError> for FeedbackError {
    fn from(e: crate::store::StoreError) -> Self {
        FeedbackError::Import(ImportError::Store(e))
    }
}

/// What an import of feedback did.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct FeedbackReport {
    /// The new batch (`None` on a dry run).
    pub batch_id: Option<i64>,
    /// Data rows read (rows a layout says are no answers left out).
    pub rows_read: u64,
    /// Pieces of feedback imported (or that would be, on a dry run).
    pub rows_imported: u64,
    /// Rows rejected.
    pub rows_rejected: u64,
    /// Customers the import created.
    pub customers_created: u64,
    /// Every problem, rejected rows and warnings.
    pub problems: Vec<NewProblem>,
    /// The layout recognised.
    pub layout: Option<&'static str>,
    /// The scale scores were read on.
    pub scale: Option<Scale>,
    /// Which column feeds which field.
    pub mapping: Vec<(FeedbackField, String)>,
    /// Nothing was written.
    pub dry_run: bool,
    /// Every date fitted both day/month and month/day: read with the shop's locale.
    pub dates_ambiguous: bool,
}

/// The columns a header feeds: the layout's, then a plain list's names, then the words of
/// survey questions; `--map` wins over all.
fn map_columns(
    headers: &[String],
    layout: Option<&FeedbackLayout>,
    chosen: &[(FeedbackField, String)],
    file: &str,
) -> Result<Vec<(FeedbackField, usize)>, ImportError> {
    let lower: Vec<String> = headers.iter().map(|h| h.trim().to_lowercase()).collect();
    let mut out: Vec<(FeedbackField, usize)> = Vec::new();
    let take = |field: FeedbackField, index: usize, out: &mut Vec<(FeedbackField, usize)>| {
        if !out.iter().any(|(f, i)| *f == field || *i == index) {
            out.push((field, index));
        }
    };
    for (field, column) in chosen {
        let Some(index) = headers.iter().position(|h| h == column) else {
            return Err(ImportError::NoSuchColumn {
                file: file.to_string(),
                column: column.clone(),
                columns: headers.to_vec(),
            });
        };
        take(*field, index, &mut out);
    }
    if let Some(layout) = layout {
        for (header, field) in layout.columns {
            if let Some(index) = headers.iter().position(|h| h == header) {
                take(*field, index, &mut out);
            }
        }
    }
    for (field, names) in PLAIN {
        if let Some(index) = lower.iter().position(|h| names.contains(&h.as_str())) {
            take(*field, index, &mut out);
        }
    }
    for (field, words) in [
        (FeedbackField::Score, SCORE_QUESTION),
        (FeedbackField::Text, TEXT_QUESTION),
    ] {
        if let Some(index) = lower
            .iter()
            .position(|h| words.iter().any(|w| h.contains(w)))
        {
            take(field, index, &mut out);
        }
    }
    Ok(out)
}

/// The layout a header shows.
pub fn layout_of(headers: &[String]) -> Option<&'static FeedbackLayout> {
    LAYOUTS.iter().find(|layout| {
        layout
            .signature
            .iter()
            .all(|any| any.iter().any(|name| headers.iter().any(|h| h == name)))
    })
}

/// Reads a score written on `scale`: a whole number on the scale ("9", "9.0", "10 -
/// Extremely likely"), Google's ONE..FIVE, or for thumbs up/down, yes/no, 1/0, 👍/👎.
pub fn parse_score(raw: &str, scale: Scale) -> Option<Score> {
    let text = raw.trim();
    let lower = text.to_lowercase();
    if scale == Scale::Thumbs {
        let value = match lower.as_str() {
            "up" | "yes" | "y" | "true" | "1" | "+1" | "👍" | "positive" => 1,
            "down" | "no" | "n" | "false" | "0" | "-1" | "👎" | "negative" => 0,
            _ => return None,
        };
        return Score::new(scale, value);
    }
    let words = ["one", "two", "three", "four", "five"];
    if let Some(at) = words.iter().position(|w| *w == lower) {
        return Score::new(scale, u8::try_from(at + 1).ok()?);
    }
    let digits: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    let rest = text[digits.len()..].trim_start();
    if digits.is_empty() || !(rest.is_empty() || rest.starts_with('-') || rest.starts_with('(')) {
        return None;
    }
    let number: f64 = digits.replace(',', ".").parse().ok()?;
    if number.fract() != 0.0 || !(0.0..=255.0).contains(&number) {
        return None;
    }
    Score::new(scale, number as u8)
}

struct Columns {
    at: Vec<Option<usize>>,
    headers: Vec<String>,
}

impl Columns {
    fn index(&self, field: FeedbackField) -> Option<usize> {
        self.at[field as usize]
    }

    fn name(&self, field: FeedbackField) -> String {
        self.index(field)
            .and_then(|i| self.headers.get(i))
            .cloned()
            .unwrap_or_default()
    }

    fn value<'r>(&self, row: &'r RawRow, field: FeedbackField) -> Option<&'r str> {
        let cell = row.cells.get(self.index(field)?)?.trim();
        (!cell.is_empty()).then_some(cell)
    }
}

/// One row typed, or why it is rejected; warnings go to `problems`.
struct Typed {
    keys: (Option<String>, Option<String>, Option<String>),
    name: Option<String>,
    feedback: NewFeedback,
}

fn problem(
    row: &RawRow,
    column: Option<String>,
    raw: Option<&str>,
    kind: ProblemKind,
    severity: Severity,
) -> NewProblem {
    NewProblem {
        row: row.row,
        column,
        raw_value: raw.map(str::to_string),
        kind: Box::new(kind),
        raw_row: row.cells.clone(),
        severity,
    }
}

fn type_row(
    row: &RawRow,
    columns: &Columns,
    scale: Option<Scale>,
    rules: &DateRules,
    default_channel: FeedbackChannel,
    warnings: &mut Vec<NewProblem>,
) -> Result<Typed, NewProblem> {
    let field = |f| columns.value(row, f);
    let keys = (
        field(FeedbackField::CustomerRef).map(str::to_string),
        field(FeedbackField::Email).map(str::to_string),
        field(FeedbackField::Phone).map(str::to_string),
    );
    let name = field(FeedbackField::Name).map(str::to_string);
    if keys.0.is_none() && keys.1.is_none() && keys.2.is_none() && name.is_none() {
        return Err(problem(
            row,
            None,
            None,
            ProblemKind::NoCustomerGiven,
            Severity::Error,
        ));
    }
    let date_column = columns.name(FeedbackField::Date);
    let Some(raw_date) = field(FeedbackField::Date) else {
        return Err(problem(
            row,
            Some(date_column.clone()),
            None,
            ProblemKind::DateMissing {
                column: date_column,
            },
            Severity::Error,
        ));
    };
    let Some(date) = parse_datetime(raw_date, rules).map(|d| d.date()) else {
        return Err(problem(
            row,
            Some(date_column.clone()),
            Some(raw_date),
            ProblemKind::NotADate {
                column: date_column,
                value: raw_date.to_string(),
            },
            Severity::Error,
        ));
    };
    let score = match (field(FeedbackField::Score), scale) {
        (Some(raw), Some(scale)) => match parse_score(raw, scale) {
            Some(score) => Some(score),
            None => {
                let column = columns.name(FeedbackField::Score);
                return Err(problem(
                    row,
                    Some(column.clone()),
                    Some(raw),
                    ProblemKind::NotAScore {
                        column,
                        value: raw.to_string(),
                        scale: scale.as_str().to_string(),
                    },
                    Severity::Error,
                ));
            }
        },
        _ => None,
    };
    let text = match (field(FeedbackField::Title), field(FeedbackField::Text)) {
        (Some(title), Some(text)) => format!("{title}\n{text}"),
        (Some(one), None) | (None, Some(one)) => one.to_string(),
        (None, None) => String::new(),
    };
    if score.is_none() && text.is_empty() {
        return Err(problem(
            row,
            None,
            None,
            ProblemKind::NothingSaid,
            Severity::Error,
        ));
    }
    let mut extra = Map::new();
    // A word that is not a known channel or status: kept with the extra columns, warned.
    let mut unknown = |f: FeedbackField, raw: &str| {
        let column = columns.name(f);
        extra.insert(column.clone(), Value::String(raw.to_string()));
        let kind = ProblemKind::UnknownWord {
            column: column.clone(),
            value: raw.to_string(),
        };
        warnings.push(problem(
            row,
            Some(column),
            Some(raw),
            kind,
            Severity::Warning,
        ));
    };
    let channel = match field(FeedbackField::Channel) {
        Some(raw) => FeedbackChannel::parse(raw).or_else(|| {
            unknown(FeedbackField::Channel, raw);
            None
        }),
        None => Some(default_channel),
    };
    let status = field(FeedbackField::Status).and_then(|raw| {
        FeedbackStatus::parse(raw).or_else(|| {
            unknown(FeedbackField::Status, raw);
            None
        })
    });
    // Every column that feeds no field is kept.
    for (index, header) in columns.headers.iter().enumerate() {
        if !columns.at.contains(&Some(index))
            && let Some(cell) = row
                .cells
                .get(index)
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
        {
            extra.insert(header.clone(), Value::String(cell.to_string()));
        }
    }
    Ok(Typed {
        keys,
        name,
        feedback: NewFeedback {
            contact_id: 0,
            content: FeedbackContent {
                date,
                score,
                text,
                channel,
                product: field(FeedbackField::Product).map(str::to_string),
                order_ref: field(FeedbackField::OrderRef).map(str::to_string),
                status,
            },
            extra,
        },
    })
}

/// Imports a feedback file as one batch: every row checked, problems recorded with their
/// row and column, and nothing written when no row can be imported (or on a dry run).
pub fn import(
    store: &Store,
    path: &Path,
    options: &FeedbackOptions,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<FeedbackReport, FeedbackError> {
    let table = read::open(path, &options.read).map_err(ImportError::Read)?;
    let file = table.info.file_name.clone();
    if !options.allow_duplicate_file
        && !options.dry_run
        && let Some(earlier) = store.batch_with_sha256(&table.info.sha256)?
    {
        return Err(ImportError::DuplicateFile {
            file,
            batch: earlier.id,
            when: earlier.started_at,
        }
        .into());
    }
    let headers = table.headers.clone();
    let layout = layout_of(&headers);
    let mapped = map_columns(&headers, layout, &options.map, &file)?;
    let mut at = vec![None; FeedbackField::ALL.len()];
    for (field, index) in &mapped {
        at[*field as usize] = Some(*index);
    }
    let columns = Columns {
        at,
        headers: headers.clone(),
    };
    if columns.index(FeedbackField::Date).is_none() {
        return Err(FeedbackError::NoDateColumn {
            file,
            columns: headers,
        });
    }
    if columns.index(FeedbackField::Score).is_none() && columns.index(FeedbackField::Text).is_none()
    {
        return Err(FeedbackError::NoScoreOrText {
            file,
            columns: headers,
        });
    }
    let scale = options.scale.or(layout.and_then(|l| l.scale));
    if columns.index(FeedbackField::Score).is_some() && scale.is_none() {
        return Err(FeedbackError::UnknownScale {
            file,
            column: columns.name(FeedbackField::Score),
        });
    }
    let skip = layout
        .and_then(|l| l.skip_when_empty)
        .and_then(|name| headers.iter().position(|h| h == name));
    let mut rows = Vec::new();
    for row in table.rows {
        let row = row.map_err(ImportError::Read)?;
        if skip.is_some_and(|i| row.cells.get(i).is_none_or(|c| c.trim().is_empty())) {
            continue;
        }
        rows.push(row);
    }
    let evidence = detect_date_order(
        rows.iter()
            .filter_map(|r| columns.value(r, FeedbackField::Date)),
    );
    let order = match evidence {
        DateOrderEvidence::MonthFirst => DateOrder::MonthFirst,
        DateOrderEvidence::DayFirst => DateOrder::DayFirst,
        _ => options.default_date_order.unwrap_or(DateOrder::DayFirst),
    };
    let rules = DateRules {
        order,
        format: options.date_format.clone(),
        zones: crate::ingest::values::Zones {
            shop: options.time_zone,
            file: None,
        },
    };
    let channel = layout.map_or(FeedbackChannel::Survey, |l| l.channel);

    let mut report = FeedbackReport {
        layout: layout.map(|l| l.name),
        scale,
        mapping: mapped
            .iter()
            .map(|(f, i)| (*f, headers[*i].clone()))
            .collect(),
        dry_run: options.dry_run,
        rows_read: rows.len() as u64,
        dates_ambiguous: evidence == DateOrderEvidence::Ambiguous && options.date_format.is_none(),
        ..FeedbackReport::default()
    };
    let region = ImportOptions {
        phone_country: options.phone_country.clone(),
        ..ImportOptions::default()
    }
    .phone_region();
    let batch = NewBatch {
        kind: BatchKind::Feedback,
        file_name: Some(file.clone()),
        file_sha256: Some(table.info.sha256.clone()),
        sheet: table.info.sheet.clone(),
        options: serde_json::json!({
            "layout": report.layout,
            "scale": scale.map(Scale::as_str),
            "mapping": report.mapping.iter().map(|(f, c)| (f.as_str(), c.as_str())).collect::<Vec<_>>(),
        }),
        rows_read: report.rows_read,
        rows_rejected: 0,
        replace_existing: false,
    };
    let mut writer = if options.dry_run {
        None
    } else {
        Some(store.begin_batch(&batch, false)?)
    };
    let mut linker = Linker::new(store, region)?;
    let mut created: Vec<i64> = Vec::new();
    for (done, row) in rows.iter().enumerate() {
        if done % 1000 == 0 && !progress(done as u64) {
            return Err(ImportError::Cancelled.into());
        }
        let mut warnings = Vec::new();
        let typed = match type_row(row, &columns, scale, &rules, channel, &mut warnings) {
            Ok(typed) => typed,
            Err(p) => {
                report.rows_rejected += 1;
                report.problems.push(p);
                continue;
            }
        };
        let (r, e, p) = (
            typed.keys.0.as_deref(),
            typed.keys.1.as_deref(),
            typed.keys.2.as_deref(),
        );
        let (link, fresh) = linker.link(r, (r, e, p));
        let contact_id = match link {
            Link::Existing(id) => id,
            Link::New(n) => {
                if fresh {
                    let (first_name, last_name) = typed
                        .name
                        .as_deref()
                        .map(split_name)
                        .unwrap_or((None, None));
                    let contact = NewContact {
                        external_ref: typed.keys.0.clone(),
                        email: typed.keys.1.clone(),
                        phone: typed.keys.2.clone(),
                        first_name,
                        last_name,
                        created_at: chrono::Local::now().naive_local(),
                        ..NewContact::default()
                    };
                    let id = match writer.as_mut() {
                        Some(w) => w.add_contact(&contact)?,
                        None => -(n as i64) - 1,
                    };
                    created.push(id);
                    report.customers_created += 1;
                }
                created.get(n).copied().unwrap_or_default()
            }
        };
        if let Some(w) = writer.as_mut() {
            w.add_feedback(&NewFeedback {
                contact_id,
                ..typed.feedback
            })?;
            for p in &warnings {
                w.add_problem(p)?;
            }
        }
        report.problems.extend(warnings);
        report.rows_imported += 1;
    }
    if report.rows_imported == 0 {
        // The writer is dropped unfinished: its transaction rolls back and no batch is left.
        return Err(ImportError::NothingImported {
            file,
            rejected: report.rows_rejected,
            problems: report.problems,
        }
        .into());
    }
    if let Some(mut w) = writer {
        for p in report
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
        {
            w.add_problem(p)?;
        }
        report.batch_id =
            Some(w.finish(report.rows_read, report.rows_imported, report.rows_rejected)?);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::feedback::{FeedbackFilter, FeedbackRow};

    fn fixture(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/feedback")
            .join(name)
    }

    fn imported(name: &str, scale: Option<Scale>) -> (FeedbackReport, Vec<FeedbackRow>) {
        let store = Store::open_in_memory().unwrap();
        let options = FeedbackOptions {
            scale,
            ..FeedbackOptions::default()
        };
        let report = import(&store, &fixture(name), &options, &mut |_| true).unwrap();
        (report, store.feedback(&FeedbackFilter::default()).unwrap())
    }

    fn scores(rows: &[FeedbackRow]) -> Vec<u8> {
        rows.iter()
            .map(|r| r.content.score.map_or(99, |s| s.value()))
            .collect()
    }

    #[test]
    fn scores_are_read_on_their_scale_and_never_guessed() {
        assert_eq!(parse_score("9", Scale::Nps), Score::new(Scale::Nps, 9));
        assert_eq!(
            parse_score("10 - Extremely likely", Scale::Nps),
            Score::new(Scale::Nps, 10)
        );
        assert_eq!(
            parse_score("4.0", Scale::Stars),
            Score::new(Scale::Stars, 4)
        );
        assert_eq!(
            parse_score("FOUR", Scale::Stars),
            Score::new(Scale::Stars, 4)
        );
        assert_eq!(
            parse_score("👎", Scale::Thumbs),
            Score::new(Scale::Thumbs, 0)
        );
        assert_eq!(
            parse_score("yes", Scale::Thumbs),
            Score::new(Scale::Thumbs, 1)
        );
        for (raw, scale) in [
            ("11", Scale::Nps),
            ("0", Scale::Stars),
            ("4.5", Scale::Csat),
            ("good", Scale::Stars),
            ("6", Scale::Stars),
            ("maybe", Scale::Thumbs),
        ] {
            assert_eq!(parse_score(raw, scale), None, "{raw} on {scale:?}");
        }
    }

    #[test]
    fn review_exports_say_their_scale() {
        let (report, rows) = imported("trustpilot.csv", None);
        assert_eq!(report.layout, Some("Trustpilot reviews"));
        assert_eq!(scores(&rows), [5, 1, 3]);
        assert_eq!(
            rows[1].content.text,
            "Late again\nMy order came two weeks late"
        );
        assert_eq!(rows[1].content.date.to_string(), "2024-05-03");
        assert_eq!(rows[1].content.channel, Some(FeedbackChannel::Review));
        assert_eq!(report.customers_created, 3);

        let (report, rows) = imported("google_reviews.csv", None);
        assert_eq!(report.layout, Some("Google reviews"));
        assert_eq!(scores(&rows), [5, 2, 4]);
        assert_eq!(rows[1].content.date.to_string(), "2024-06-02");
        assert_eq!(rows[2].content.text, "");
    }

    #[test]
    fn survey_exports_need_the_scale() {
        for name in ["google_forms.csv", "surveymonkey.csv", "typeform.csv"] {
            let store = Store::open_in_memory().unwrap();
            let refused = import(
                &store,
                &fixture(name),
                &FeedbackOptions::default(),
                &mut |_| true,
            );
            assert!(
                matches!(refused, Err(FeedbackError::UnknownScale { .. })),
                "{name}: {refused:?}"
            );
            assert!(store.batches().unwrap().is_empty());
        }
        let (report, rows) = imported("google_forms.csv", Some(Scale::Nps));
        assert_eq!(report.layout, Some("Google Forms"));
        assert_eq!(scores(&rows), [9, 4, 7]);
        // 3/14/2024: the 14 says month first.
        assert_eq!(rows[0].content.date.to_string(), "2024-03-14");
        assert_eq!(rows[1].content.text, "Parcel lost");

        // The second header row is no answer.
        let (report, rows) = imported("surveymonkey.csv", Some(Scale::Nps));
        assert_eq!(report.layout, Some("SurveyMonkey"));
        assert_eq!(report.rows_read, 2);
        assert_eq!(scores(&rows), [10, 2]);
        assert_eq!(rows[0].content.text, "Perfect");
        assert!(report.dates_ambiguous);

        let (report, rows) = imported("typeform.csv", Some(Scale::Nps));
        assert_eq!(report.layout, Some("Typeform"));
        assert_eq!(scores(&rows), [8, 0]);
        assert_eq!(rows[0].content.text, "Cheaper shipping");
        assert_eq!(rows[1].content.date.to_string(), "2024-07-02");
    }

    #[test]
    fn a_plain_list_reports_each_bad_row_with_its_column() {
        let (report, rows) = imported("plain.csv", Some(Scale::Nps));
        assert_eq!(report.layout, None);
        assert_eq!(
            (report.rows_read, report.rows_imported, report.rows_rejected),
            (7, 4, 3)
        );
        let problems: Vec<(u64, Option<&str>, Severity)> = report
            .problems
            .iter()
            .map(|p| (p.row, p.column.as_deref(), p.severity))
            .collect();
        assert_eq!(
            problems,
            [
                (5, Some("score"), Severity::Error),
                (6, None, Severity::Error),
                (7, Some("date"), Severity::Error),
                (8, Some("channel"), Severity::Warning),
            ]
        );
        assert_eq!(rows[1].content.status, Some(FeedbackStatus::Open));
        assert_eq!(rows[3].content.channel, None);
        assert_eq!(scores(&rows), [9, 3, 10, 6]);
    }
}
