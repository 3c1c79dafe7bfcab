//! The command line: no subcommand opens the window, a subcommand runs headless.
//!
//! Each subcommand parses its arguments, calls one operation of [`crate::service`] and
//! prints what it returned; errors are printed once, in words, by `main`.
//!
//! Exit codes (a contract with scripts, also in the README): 0 on success, 1 on an error
//! (one plain message on stderr), 2 on bad usage (clap's own exit code for usage errors).

mod baskets;
mod campaign;

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

mod predict;

use crate::customers::{CustomerIndex, Sort};
use crate::demo::DemoOptions;
use crate::ingest::import::{ImportError, ImportOptions, Note};
use crate::ingest::mapping::{Field, ImportKind};
use crate::ingest::read::ReadOptions;
use crate::ingest::values::Decimal;
use crate::model::{DedupContact, format_cents};
use crate::report::export::{GuardedCsv, create_private};
use crate::service::{self, Progress};
use crate::store::{Stats, Store, resolve_db_path};
use crate::text::{Message, local};
use crate::tr;

pub mod feedback;
pub mod lock;
mod privacy;
mod trends;

/// Clientele: one clean list of your shop's customers, segments, charts and reports, in one
/// file on your own computer. Run without a command to open the window.
#[derive(Debug, Parser)]
#[command(name = "clientele", version, about, long_about = None)]
pub struct Cli {
    /// The database file (default: CLIENTELE_DB, else clientele.sqlite in your user-data folder).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// The language to speak: en, fr, ru, zh or hy (default: LC_ALL, LC_MESSAGES or LANG,
    /// else English). The report is written in it too (default there: the shop locale's
    /// language), and `feedback terms` reads only feedback written in it.
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,

    /// A file holding the passphrase of a locked database (or the CLIENTELE_PASSPHRASE
    /// environment variable); with `lock`, the passphrase to lock it with.
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// A file to import: the window opens on the Import tab with it (what "Open with
    /// Clientele" does).
    #[arg(value_name = "FILE", value_parser = existing_file)]
    pub file: Option<PathBuf>,

    /// What to do; without one, the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the window on the Import tab with FILE ready to import.
    Open {
        /// The CSV, TSV, XLSX, XLS or ODS file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Fill the database with a realistic demo shop (the same seed and end date give the same data).
    Demo(DemoArgs),
    /// Print the shop's counts: customers, orders, sale lines, revenue, first and last sale.
    Stats {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Import contacts, sales or feedback from a CSV, TSV, XLSX, XLS or ODS file.
    Import(ImportArgs),
    /// What customers said: NPS, CSAT and stars (with `--by` groups), the unhappy and
    /// valuable customers, the words of complaints; add or resolve feedback.
    Feedback(feedback::FeedbackArgs),
    /// List the imports, newest first.
    Imports {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Remove everything one import added (its sale lines and the contacts nothing else uses).
    UndoImport {
        /// The import's number (see `clientele imports`).
        #[arg(value_name = "BATCH")]
        batch: i64,
    },
    /// Show the shop's settings, or change those given (name, locale, currency, phone country).
    Settings(SettingsArgs),
    /// List customers, optionally only those matching a search.
    Customers {
        /// Words that must appear in the name, e-mail, phone or city (case and accents ignored).
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// Show at most this many customers.
        #[arg(long, value_name = "N", default_value_t = 50)]
        limit: usize,
    },
    /// Merge customers into one: SURVIVOR keeps its number and absorbs the others (their
    /// sales become its sales; nothing is deleted, and `clientele unmerge` undoes it).
    Merge(MergeArgs),
    /// RFM of every customer: recency, frequency, monetary, their 1-5 scores and segment (CSV).
    Rfm {
        /// The day the figures are computed for (default: the day of the latest sale).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<NaiveDate>,
        /// Write the CSV here instead of printing it.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// How scores are given: percentile (ties share a score; 5 = better than at least
        /// 80% of customers) or quintile (the classic pandas qcut of ranks, ties by id).
        #[arg(long, value_name = "RULE", default_value = "percentile", value_parser = ["percentile", "quintile"])]
        scores: String,
    },
    /// Customers and revenue per named segment, value tier and lifecycle stage.
    Segments {
        /// The day the figures are computed for (default: the day of the latest sale).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<NaiveDate>,
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
        /// How scores are given: percentile (ties share a score; 5 = better than at least
        /// 80% of customers) or quintile (the classic pandas qcut of ranks, ties by id).
        #[arg(long, value_name = "RULE", default_value = "percentile", value_parser = ["percentile", "quintile"])]
        scores: String,
    },
    /// What sells together: frequent itemsets and association rules over the orders.
    Basket(baskets::BasketArgs),
    /// The next products to offer each customer, with the rule behind each (CSV).
    Recommend(baskets::RecommendArgs),
    /// Saved segments: rules over customer fields and figures (see docs/segment-rules.md).
    #[command(subcommand)]
    Segment(SegmentCommand),
    /// Write customers (all, or the members of a segment) or sale lines to a CSV or XLSX file.
    Export(ExportArgs),
    /// Forecast revenue or orders by month or week, with the model chosen by backtest and
    /// 80% and 95% ranges.
    Forecast(trends::ForecastArgs),
    /// Customers grouped by the month or quarter of their first order, and how they come
    /// back (CSV).
    Cohorts(trends::CohortsArgs),
    /// Customers grouped by the channel and store of their first order: repeat rates,
    /// first-year revenue and value tiers.
    Channels(trends::ChannelsArgs),
    /// Make the printed report (PDF): key figures against the previous period and last year,
    /// charts, segments, value tiers, top customers, customers to call and data quality.
    Report(ReportArgs),
    /// Find customers registered more than once (match probability per pair; groups).
    Dedup(DedupArgs),
    /// Each customer's chance of buying again, expected purchases and lifetime value (CSV),
    /// or the models' fits and their check on the shop's recent sales (--json).
    Predict(predict::PredictArgs),
    /// Undo merges (several at once; they are undone in the order they need).
    Unmerge {
        /// The merges' numbers (see `clientele merges`).
        #[arg(value_name = "MERGE_ID", required = true)]
        merge_ids: Vec<i64>,
    },
    /// List the merges, newest first.
    Merges {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Show a customer's consent per channel (e-mail, SMS, post, phone), or record it.
    Consent(privacy::ConsentArgs),
    /// Erase customers for good: every personal value, also in backups; sales stay, anonymous.
    Erase(privacy::EraseArgs),
    /// Write everything held on one customer to a JSON or PDF file (a subject access
    /// request); the PDF is in the command line's language (`--lang`).
    SubjectExport {
        /// The customer.
        #[arg(value_name = "ID")]
        id: i64,
        /// The file to write: FILE.json, or FILE.pdf for a readable document.
        #[arg(long, value_name = "FILE.json|FILE.pdf")]
        out: PathBuf,
    },
    /// Copy the database (default: into backups/ beside it).
    Backup {
        /// Write the copy here.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Put a backup copy in place of the database (erased customers stay erased).
    Restore(privacy::RestoreArgs),
    /// Lock the database with the passphrase of --passphrase-file (or CLIENTELE_PASSPHRASE),
    /// and its backup copies with it. A lost passphrase cannot be recovered.
    Lock,
    /// Remove the passphrase (given with --passphrase-file or CLIENTELE_PASSPHRASE) from the
    /// database and its backup copies: anyone who can read the file can then read it.
    Unlock,
    /// Change the passphrase (the present one given with --passphrase-file or
    /// CLIENTELE_PASSPHRASE) of the database and its backup copies.
    Rekey {
        /// A file holding the new passphrase.
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: PathBuf,
    },
    /// Campaigns: choose who to contact, hold out a control group, write the contact list
    /// and measure what the campaign brought.
    #[command(subcommand)]
    Campaign(campaign::CampaignCommand),
    /// The owner's notes in a customer's contact history: calls, visits, complaints.
    #[command(subcommand)]
    Note(campaign::NoteCommand),
}

/// Options of `clientele merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Merge every group of likely duplicates duplicate detection finds at the threshold,
    /// with the default choice of kept values.
    #[arg(long, conflicts_with_all = ["survivor", "absorbed"])]
    pub auto: bool,
    /// With --auto: the match probability (0 to 1) from which contacts are merged; default:
    /// the threshold Clientele recommends for this shop's data.
    #[arg(long, value_name = "T", requires = "auto")]
    pub threshold: Option<f64>,
    /// The customer that stays.
    #[arg(value_name = "SURVIVOR", required_unless_present = "auto")]
    pub survivor: Option<i64>,
    /// The customers it absorbs.
    #[arg(value_name = "ABSORBED", required_unless_present = "auto")]
    pub absorbed: Vec<i64>,
}

/// Options of `clientele import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What the file holds.
    #[arg(value_enum, value_name = "contacts|sales|feedback")]
    pub kind: KindArg,
    /// The file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The sheet to read from a workbook (default: the first with data).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Which column feeds a field, e.g. --map "email=Adresse mail" (repeatable);
    /// --map FIELD= (no column) removes the field's guess.
    #[arg(long = "map", value_name = "FIELD=COLUMN", value_parser = parse_map)]
    pub map: Vec<(String, String)>,
    /// Feedback: the scale of the score column (a review export says it itself).
    #[arg(long, value_enum, value_name = "nps|stars|csat|thumbs")]
    pub scale: Option<feedback::ScaleArg>,
    /// A column to keep out of every field (kept with each record as extra; repeatable).
    #[arg(long = "ignore", value_name = "COLUMN")]
    pub ignore: Vec<String>,
    /// How dates are written, in chrono strftime syntax, e.g. %d/%m/%Y.
    #[arg(long, value_name = "FMT")]
    pub date_format: Option<String>,
    /// The decimal separator: , or .
    #[arg(long, value_name = ", | .", value_parser = parse_decimal)]
    pub decimal: Option<Decimal>,
    /// The text encoding (utf-8, windows-1252, iso-8859-15, windows-1251, koi8-r, gbk, big5, utf-16le...).
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// The row that holds the column names (1 = first row; default: detected).
    #[arg(long, value_name = "N")]
    pub header_row: Option<usize>,
    /// Check the file and report, but write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import a file even though it was imported before.
    #[arg(long)]
    pub allow_duplicate_file: bool,
    /// Accept sale dates before 1900 or more than a day in the future (rejected otherwise).
    #[arg(long)]
    pub allow_any_date: bool,
    /// Import as contacts a file that looks like sales (refused otherwise).
    #[arg(long)]
    pub yes: bool,
    /// Print JSON for scripts.
    #[arg(long)]
    pub json: bool,
    /// Save the rejected rows as CSV to fix and import again.
    #[arg(long, value_name = "FILE.csv")]
    pub errors_out: Option<PathBuf>,
}

impl ImportArgs {
    /// How the file is read: what was given, the rest detected.
    fn read_options(&self) -> ReadOptions {
        ReadOptions {
            encoding: self.encoding.clone(),
            delimiter: None,
            sheet: self.sheet.clone(),
            header_row: self.header_row,
        }
    }
}

/// What an imported file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// People and companies.
    Contacts,
    /// Sale lines.
    Sales,
    /// What customers said: survey answers, reviews, complaints.
    Feedback,
}

/// A file that exists: anything else is a mistyped command (exit code 2), not a file to open.
fn existing_file(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    if path.is_file() {
        Ok(path)
    } else {
        Err(format!(
            "'{text}' is neither a command nor a file (clientele --help lists the commands)"
        ))
    }
}

/// A contact, sale or feedback field and its column (which kind it is for is known once
/// the whole command is read).
fn parse_map(text: &str) -> Result<(String, String), String> {
    let (field, column) = text
        .split_once('=')
        .ok_or_else(|| format!("'{text}' should be FIELD=COLUMN, e.g. email=Courriel"))?;
    if Field::from_name(field).is_none()
        && crate::ingest::feedback::FeedbackField::parse(field).is_none()
    {
        let mut names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
        names.extend(feedback::field_names());
        names.sort_unstable();
        names.dedup();
        return Err(format!(
            "'{field}' is not a field; fields are: {}",
            names.join(", ")
        ));
    }
    Ok((field.to_string(), column.to_string()))
}

fn parse_decimal(text: &str) -> Result<Decimal, String> {
    match text.trim() {
        "." => Ok(Decimal::Dot),
        "," => Ok(Decimal::Comma),
        other => Err(format!("'{other}' is not a decimal separator: use , or .")),
    }
}

/// Options of `clientele demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Number of customers (people; about 8% of them are entered twice).
    #[arg(long, value_name = "N", default_value_t = 5000, value_parser = clap::value_parser!(u32).range(1..=2_000_000))]
    pub customers: u32,
    /// Years of sales history.
    #[arg(long, value_name = "Y", default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub years: u32,
    /// Random seed.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// Last day of the history, YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub end: Option<NaiveDate>,
    /// Replace the data already in the database.
    #[arg(long)]
    pub force: bool,
    /// The language of the product catalogue: en, fr, ru, zh or hy (default: the shop's
    /// own list, French product names).
    #[arg(long, value_name = "LANG", value_parser = parse_catalogue)]
    pub catalogue: Option<crate::text::Lang>,
}

fn parse_catalogue(text: &str) -> Result<crate::text::Lang, String> {
    crate::text::Lang::from_code(text)
        .filter(|l| *l != crate::text::Lang::Pseudo)
        .ok_or_else(|| format!("'{text}' is not a catalogue language: en, fr, ru, zh or hy"))
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2025-12-31"))
}

/// Runs a subcommand against the database chosen by `--db` / `CLIENTELE_DB`, locked with
/// the passphrase of `passphrase_file` or `CLIENTELE_PASSPHRASE` when one is given.
pub fn run_with_passphrase(
    db: Option<PathBuf>,
    lang: Option<String>,
    passphrase_file: Option<PathBuf>,
    command: Command,
) -> anyhow::Result<()> {
    crate::text::set_ui_lang(messages_lang(lang.as_deref()));
    let path = resolve_db_path(db.clone());
    let given = lock::given_passphrase(passphrase_file.as_deref())?;
    match lock::Relock::of(&command) {
        Some(relock) => lock::relock(&path, given, &relock, &mut std::io::stdout().lock()),
        None => {
            if let Command::Restore(args) = &command {
                // A copy of a locked database is locked with the same passphrase.
                service::lock::remember(&args.file, given.clone());
            }
            service::lock::remember(&path, given);
            run(db, lang, command)
        }
    }
}

/// Takes the passphrase given on the command line for the window's database.
pub fn window_passphrase(
    db: &std::path::Path,
    passphrase_file: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    service::lock::remember(db, lock::given_passphrase(passphrase_file)?);
    Ok(())
}

/// Runs a subcommand against the database chosen by `--db` / `CLIENTELE_DB`.
pub fn run(db: Option<PathBuf>, lang: Option<String>, command: Command) -> anyhow::Result<()> {
    crate::text::set_ui_lang(messages_lang(lang.as_deref()));
    let path = resolve_db_path(db);
    let mut store = Store::open(&path)?;
    // The command exits when done and shares its connection with nothing.
    store.set_one_off(true);
    let mut out = std::io::stdout().lock();
    match command {
        Command::Open { file } => bail!(
            "{} can only be opened in the window: run clientele open FILE from a desktop session",
            file.display()
        ),
        Command::Demo(args) => demo(&store, &args, &mut out),
        Command::Stats { json } => {
            let stats = service::batches::stats(&store)?;
            if json {
                writeln!(out, "{}", stats_json(&stats))?;
            } else {
                write_stats(&stats, &mut out)?;
            }
            Ok(())
        }
        Command::Import(args) if args.kind == KindArg::Feedback => {
            feedback::import(&store, args, &mut out)
        }
        Command::Import(args) => import(&store, args, &mut out),
        Command::Feedback(args) => feedback::feedback(&store, args, lang.as_deref(), &mut out),
        Command::Imports { json } => {
            let batches = service::batches::list(&store)?;
            if json {
                writeln!(out, "{}", serde_json::to_string(&batches)?)?;
            } else {
                writeln!(
                    out,
                    "batch\tkind\tfile\tread\timported\trejected\tstarted\tundone"
                )?;
                for b in batches {
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        b.id,
                        b.kind,
                        tsv(&b.file_name.unwrap_or_default()),
                        b.rows_read,
                        b.rows_imported,
                        b.rows_rejected,
                        b.started_at,
                        b.undone_at.unwrap_or_default()
                    )?;
                }
            }
            Ok(())
        }
        Command::Settings(args) => settings(&store, args, &mut out),
        Command::UndoImport { batch } => {
            let done = service::batches::undo(&store, batch)?;
            let said = Message::new("cli-import-undone")
                .arg("batch", batch)
                .arg("sales", done.sales_removed)
                .arg("contacts", done.contacts_removed)
                .arg("kept", done.contacts_kept);
            writeln!(out, "{}", local(&said))?;
            Ok(())
        }
        Command::Customers { search, limit } => {
            let mut index = CustomerIndex::new(service::batches::customers(&store)?);
            let hits = index.search(search.as_deref().unwrap_or(""), Sort::default());
            writeln!(
                out,
                "id\tname\temail\tphone\tcity\torders\trevenue\tlast_order"
            )?;
            for row in hits.iter().take(limit).filter_map(|p| index.row(*p)) {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    row.id,
                    tsv(&row.name),
                    tsv(&row.email),
                    tsv(&row.phone),
                    tsv(&row.city),
                    row.orders,
                    format_cents(row.revenue_cents),
                    row.last_order.map(|d| d.to_string()).unwrap_or_default()
                )?;
            }
            if hits.len() > limit {
                let said = Message::new("cli-customers-shown")
                    .arg("shown", limit)
                    .arg("of", hits.len());
                eprintln!("{}", local(&said));
            }
            Ok(())
        }
        Command::Merge(args) => merge(&mut store, &args, &mut out),
        Command::Dedup(args) => dedup(&store, args, &mut out),
        Command::Rfm {
            as_of,
            out: file,
            scores,
        } => rfm(&store, as_of, file, scoring(&scores), &mut out),
        Command::Segments {
            as_of,
            json,
            scores,
        } => segments(&store, as_of, json, scoring(&scores), &mut out),
        Command::Segment(cmd) => segment(&store, cmd, &mut out),
        Command::Basket(args) => baskets::basket(&store, args, &mut out),
        Command::Recommend(args) => baskets::recommend(&store, args, &mut out),
        Command::Export(args) => export(&store, args, &mut out),
        Command::Report(args) => report(&store, args, lang.as_deref(), &mut out),
        Command::Forecast(args) => trends::forecast(&store, args, &mut out),
        Command::Cohorts(args) => trends::cohorts(&store, args, &mut out),
        Command::Channels(args) => trends::channels(&store, args, &mut out),
        Command::Predict(args) => predict::predict(&store, args, &mut out),
        Command::Unmerge { merge_ids } => unmerge(&mut store, &merge_ids, &mut out),
        Command::Consent(args) => privacy::consent(&store, &args, &mut out),
        Command::Erase(args) => privacy::erase(&store, &args, &mut out),
        Command::SubjectExport { id, out: file } => {
            privacy::subject_export(&store, id, &file, &mut out)
        }
        Command::Backup { out: file } => privacy::backup(&store, file.as_deref(), &mut out),
        Command::Restore(args) => privacy::restore(&mut store, &args, &mut out),
        command @ (Command::Lock | Command::Unlock | Command::Rekey { .. }) => {
            // Reached without `run_with_passphrase`: the passphrase can only come from
            // the environment.
            let path = store.path().to_path_buf();
            drop(store);
            match lock::Relock::of(&command) {
                Some(relock) => {
                    lock::relock(&path, lock::given_passphrase(None)?, &relock, &mut out)
                }
                None => Ok(()),
            }
        }
        Command::Campaign(cmd) => campaign::campaign(&store, cmd, &mut out),
        Command::Note(cmd) => campaign::note(&store, cmd, &mut out),
        Command::Merges { json } => {
            let merges = service::dedup::merges(&store)?;
            if json {
                writeln!(out, "{}", serde_json::to_string(&merges)?)?;
                return Ok(());
            }
            writeln!(
                out,
                "merge\tsurvivor\tsurvivor_name\tabsorbed\tabsorbed_name\tscore\tdecided_by\tmerged_at\tundone_at"
            )?;
            for m in merges {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    m.id,
                    m.survivor_id,
                    tsv(&m.survivor_name),
                    m.absorbed_id,
                    tsv(&m.absorbed_name),
                    m.score.map(|s| format!("{s:.3}")).unwrap_or_default(),
                    m.decided_by.as_str(),
                    m.merged_at,
                    m.undone_at.unwrap_or_default()
                )?;
            }
            Ok(())
        }
    }
}

/// A value as the command line prints it: control characters (escape sequences a terminal
/// would obey, tabs and line ends that would break the tab-separated columns) written as
/// `\t`, `\n`, `\r` or `\x1b`, and a backslash as `\\`, so that every printed row is one
/// line of as many fields as its header and nothing in the data can steer the terminal.
pub fn tsv(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() || c == '\\') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                use std::fmt::Write as _;
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The line the program prints when a command fails: `error: ...` in the command line's
/// language.
pub fn error_line(e: &anyhow::Error) -> String {
    let message = error_text(e);
    tr!("cli-error", message = message)
}

/// An error as the command line prints it: each cause once (a cause whose words the message
/// already holds is not repeated: "Is a directory (os error 21)" twice), control characters
/// escaped as [`tsv`] does.
pub fn error_text(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let part = cause.to_string();
        if text.contains(&part) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&part);
    }
    tsv(&text).into_owned()
}

/// A service error for the command line: a file that could not be written is named the
/// way the command line names it ("cannot write FILE: why").
fn cli_error(e: service::Error) -> anyhow::Error {
    match e {
        service::Error::Write { path, source } => {
            anyhow::Error::new(source).context(cannot_write(&path))
        }
        e => e.into(),
    }
}

/// "cannot write FILE", the command line's words before why.
fn cannot_write(path: &std::path::Path) -> String {
    local(&Message::new("cli-cannot-write").arg("path", path))
}

/// A contact's name as the messages show it.
fn display_name(c: &DedupContact) -> String {
    let name = crate::model::person_name(
        c.first_name.as_deref().unwrap_or_default(),
        c.last_name.as_deref().unwrap_or_default(),
    );
    if name.is_empty() {
        c.company.clone().unwrap_or_default()
    } else {
        name
    }
}

fn merge(store: &mut Store, args: &MergeArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let Some(survivor) = args.survivor.filter(|_| !args.auto) else {
        return merge_auto(store, args.threshold, out);
    };
    let done = service::dedup::merge_by_hand(store, survivor, &args.absorbed)?;
    let name = |id: i64| {
        done.contacts
            .iter()
            .find(|c| c.id == id)
            .map(display_name)
            .filter(|n| !n.is_empty())
            .map_or_else(
                || local(&Message::new("cli-customer").arg("id", id)),
                |n| local(&Message::new("cli-customer").arg("id", id).arg("name", n)),
            )
    };
    let absorbed: Vec<String> = args.absorbed.iter().map(|id| name(*id)).collect();
    let said = Message::new("cli-merged")
        .arg("absorbed", absorbed.join(", "))
        .arg("survivor", name(survivor));
    writeln!(out, "{}", local(&said))?;
    for (field, value) in &done.plan.fields {
        writeln!(
            out,
            "  {}: {}",
            field.label(),
            value.as_deref().unwrap_or("(empty)")
        )?;
    }
    let numbers: Vec<String> = done.merge_ids.iter().map(i64::to_string).collect();
    let said = Message::new("cli-merge-numbers")
        .arg("count", numbers.len())
        .arg("numbers", numbers.join(", "))
        .arg("undo", numbers.join(" "));
    writeln!(out, "{}", local(&said))?;
    Ok(())
}

fn unmerge(store: &mut Store, merge_ids: &[i64], out: &mut impl Write) -> anyhow::Result<()> {
    for m in service::dedup::unmerge(store, merge_ids)? {
        let said = Message::new("cli-merge-undone")
            .arg("merge", m.id)
            .arg("absorbed", m.absorbed_id)
            .arg("absorbed-name", &m.absorbed_name)
            .arg("survivor", m.survivor_id)
            .arg("survivor-name", &m.survivor_name);
        writeln!(out, "{}", local(&said))?;
    }
    Ok(())
}

fn demo(store: &Store, args: &DemoArgs, out: &mut impl Write) -> anyhow::Result<()> {
    if !args.force {
        service::demo::refuse_over_data(store)?;
    }
    let options = DemoOptions {
        catalogue: args.catalogue.map(|l| l.code()),
        customers: args.customers as usize,
        years: args.years,
        seed: args.seed,
        end: args
            .end
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
    };
    service::demo::fill(store, &options, args.force, &mut Progress::silent())
        .context(local(&Message::new("cli-demo-not-saved")))?;
    let stats = service::batches::stats(store)?;
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let said = Message::new("cli-demo-saved")
        .arg("path", store.path())
        .arg("customers", stats.customers)
        .arg("orders", stats.orders)
        .arg("lines", stats.sale_lines)
        .arg("revenue", format_cents(stats.revenue_cents))
        .arg("first", day(stats.first_sale))
        .arg("last", day(stats.last_sale));
    writeln!(out, "{}", local(&said))?;
    Ok(())
}

/// `clientele settings`.
#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// The shop's name, printed on reports.
    #[arg(long, value_name = "NAME")]
    shop_name: Option<String>,
    /// The locale: how numbers and ambiguous dates are read and written (e.g. fr-FR, en-US).
    /// Unless given too, the currency and phone country follow it.
    #[arg(long, value_name = "CODE")]
    locale: Option<String>,
    /// The currency, three letters (EUR, USD, GBP...).
    #[arg(long, value_name = "CODE")]
    currency: Option<String>,
    /// The country of phone numbers written without a country code, two letters (FR, US...).
    #[arg(long, value_name = "CODE")]
    phone_country: Option<String>,
    /// The window's language: en, fr, ru, zh or hy; "" follows the computer's.
    #[arg(long, value_name = "CODE")]
    window_language: Option<String>,
    /// The share of each sale kept as profit, in percent (lifetime values are worked out
    /// on it; 100 until set).
    #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(u32).range(0..=100))]
    margin_percent: Option<u32>,
    /// The monthly discount rate of lifetime values, in percent (1 until set; at most 20).
    #[arg(long, value_name = "PERCENT", value_parser = discount_percent)]
    discount_monthly_percent: Option<u32>,
    /// The shop's time zone, an IANA name (Europe/Paris, America/New_York...): times
    /// imported with a zone, and from files whose layout says UTC, are read in it. "" or
    /// "system" follows the computer's.
    #[arg(long, value_name = "NAME")]
    time_zone: Option<String>,
    /// Print JSON for scripts.
    #[arg(long)]
    json: bool,
}

/// A monthly discount rate in percent with up to two decimals (`1.5`), in hundredths of a
/// percent.
fn discount_percent(text: &str) -> Result<u32, String> {
    let max = crate::settings::MAX_DISCOUNT_BASIS_POINTS;
    let basis_points = text
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|p| p.is_finite() && *p >= 0.0)
        .map(|p| (p * 100.0).round())
        .filter(|b| *b <= f64::from(max))
        .map(|b| b as u32);
    basis_points.ok_or_else(|| {
        let max = f64::from(max) / 100.0;
        format!("'{text}' is not a monthly rate: write a percent from 0 to {max}, e.g. 1.5")
    })
}

fn settings(store: &Store, args: SettingsArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let s = service::settings::change(
        store,
        service::settings::Change {
            shop_name: args.shop_name,
            locale: args.locale,
            currency: args.currency,
            phone_country: args.phone_country,
            language: args.window_language,
            margin_percent: args.margin_percent,
            discount_basis_points: args.discount_monthly_percent,
            time_zone: args.time_zone,
        },
    )?;
    if args.json {
        let v = serde_json::json!({
            "shop_name": s.shop_name, "locale": s.locale,
            "currency": s.currency, "phone_country": s.phone_country,
            "window_language": s.window_language().code(),
            "margin_percent": s.margin_percent,
            "discount_monthly_percent": f64::from(s.discount_basis_points) / 100.0,
            "time_zone": s.zone().name(),
            "time_zone_is_computers": s.zone_is_computers(),
        });
        writeln!(out, "{v}")?;
    } else {
        let l = s.locale();
        writeln!(out, "{}\t{}", tr!("cli-settings-shop-name"), s.shop_name)?;
        writeln!(
            out,
            "{}\t{} ({})",
            tr!("cli-settings-locale"),
            l.code,
            l.name
        )?;
        writeln!(out, "{}\t{}", tr!("cli-settings-currency"), s.currency)?;
        writeln!(
            out,
            "{}\t{}",
            tr!("cli-settings-phone-country"),
            s.phone_country
        )?;
        writeln!(
            out,
            "{}\t{}",
            tr!("cli-settings-window-language"),
            s.window_language().name()
        )?;
        writeln!(
            out,
            "{}\t{}",
            tr!("clv-settings-cli-margin"),
            tr!(
                "clv-settings-cli-percent",
                percent = s.margin_percent.to_string()
            )
        )?;
        writeln!(
            out,
            "{}\t{}",
            tr!("clv-settings-cli-discount"),
            tr!(
                "clv-settings-cli-percent",
                percent = (f64::from(s.discount_basis_points) / 100.0).to_string()
            )
        )?;
        let zone = s.zone().name();
        writeln!(
            out,
            "{}\t{}",
            tr!("time-zone-cli-label"),
            if s.zone_is_computers() {
                tr!("time-zone-cli-computers", zone = zone)
            } else {
                zone.to_string()
            }
        )?;
        let order = if l.day_first { "day" } else { "month" };
        writeln!(
            out,
            "{}\t{}",
            tr!("cli-settings-dates"),
            tr!("cli-settings-dates-read", order = order)
        )?;
        let decimal = if l.decimal_comma { "comma" } else { "dot" };
        let delimiter = char::from(s.csv_delimiter()).to_string();
        writeln!(
            out,
            "{}\t{}",
            tr!("cli-settings-exports"),
            tr!(
                "cli-settings-exports-read",
                decimal = decimal,
                delimiter = delimiter
            )
        )?;
    }
    Ok(())
}

fn import(store: &Store, args: ImportArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let settings = service::settings::get(store)?;
    let options = ImportOptions {
        kind: match args.kind {
            KindArg::Contacts => ImportKind::Contacts,
            KindArg::Sales | KindArg::Feedback => ImportKind::Sales,
        },
        read: args.read_options(),
        map: args
            .map
            .iter()
            .filter_map(|(field, column)| Some((Field::from_name(field)?, column.clone())))
            .collect(),
        ignore: args.ignore,
        date_format: args.date_format,
        decimal: args.decimal,
        default_date_order: Some(settings.date_order()),
        dry_run: args.dry_run,
        allow_duplicate_file: args.allow_duplicate_file,
        phone_country: Some(settings.phone_country.clone()),
        allow_any_date: args.allow_any_date,
        sales_as_contacts: args.yes,
        time_zone: Some(settings.zone()),
    };
    // The file's SHA-256 is worked out while it is imported (a file imported before is
    // refused at the end, with nothing written), not read once more before.
    let plan = match service::import::plan_unhashed(&args.file, &options) {
        Ok(plan) => plan,
        Err(e) => {
            if let service::Error::Import(ImportError::WrongKind {
                sign: crate::ingest::import::WrongKindSign::SalesRows { .. },
                ..
            }) = &e
            {
                eprintln!("{}", local(&Message::new("import3-cli-contacts-anyway")));
            }
            return Err(e.into());
        }
    };
    // Say what was understood before importing (on stderr with --json, so stdout stays
    // one JSON document).
    if !args.json {
        write_mapping(&plan, out)?;
    }
    let result = service::import::run(
        store,
        &args.file,
        &plan,
        &options,
        0,
        false,
        &mut Progress::silent(),
    );
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            if let (
                Some(path),
                service::Error::Import(ImportError::NothingImported { problems, .. }),
            ) = (&args.errors_out, &e)
            {
                service::import::save_problems(path, &plan.headers, problems).map_err(cli_error)?;
            }
            return Err(e.into());
        }
    };
    if let Some(path) = &args.errors_out {
        let rejected = service::import::rejected_rows(store, &report)?;
        service::import::save_problems(path, &plan.headers, &rejected).map_err(cli_error)?;
    }
    if args.json {
        let first = ProblemJson::first(&report.problems);
        writeln!(
            out,
            "{}",
            serde_json::json!({
                "batch_id": report.batch_id,
                "dry_run": report.dry_run,
                "rows_read": report.rows_read,
                "rows_imported": report.rows_imported,
                "rows_rejected": report.rows_rejected,
                "warnings": report.warnings,
                "contacts_created": report.contacts_created,
                "sales_written": report.sales_written,
                "errors": first,
                "notes": report.notes.iter().map(crate::text::english).collect::<Vec<_>>(),
                "layout": plan.layout.map(|l| l.name.clone()),
                "mapping": plan.mapping(),
                "walk_in_sales": report.walk_in_sales,
                "walk_in_amount_cents": report.walk_in_amount_cents,
                "order_lines": report.order_lines,
                "rows_set_aside": report.rows_set_aside,
                "set_aside": report.set_aside,
                "held_lines": report.held_lines,
                "held_orders_paid": report.held_orders_paid,
                "orders_already_imported": report.orders_already_imported,
                "held_orders_closed": report.held_orders_closed,
                "late_refunds": report.late_refunds,
                "late_refunds_cents": report.late_refunds_cents,
                "dates_out_of_range": report.dates_out_of_range,
            })
        )?;
        return Ok(());
    }
    let rows = |id: &'static str| {
        Message::new(id)
            .arg("imported", report.rows_imported)
            .arg("read", report.rows_read)
            .arg("file", &plan.info.file_name)
    };
    let said = match report.batch_id {
        Some(id) => rows("cli-imported").arg("batch", id),
        None => rows("cli-checked"),
    };
    writeln!(out, "{}", local(&said))?;
    let said = Message::new("cli-import-counts")
        .arg("contacts", report.contacts_created)
        .arg("sales", report.sales_written)
        .arg("known", report.sales_linked_to_existing);
    writeln!(out, "{}", local(&said))?;
    if report.rows_rejected > 0 || report.warnings > 0 {
        let said = Message::new("cli-import-problems")
            .arg("rejected", report.rows_rejected)
            .arg("warnings", report.warnings);
        writeln!(out, "{}", local(&said))?;
        for p in report.problems.iter().take(20) {
            writeln!(out, "  {}", tsv(&local(p)))?;
        }
        if report.problems.len() > 20 {
            writeln!(
                out,
                "  {}",
                local(&Message::new("cli-import-more-problems"))
            )?;
        }
    }
    // Orders set aside, their amount in the shop's own way of writing money.
    let formats = crate::format::Formats::for_shop(&settings).in_language(crate::text::ui_lang());
    for a in &report.set_aside {
        let said = Message::new("cli-set-aside")
            .arg("orders", a.orders)
            .arg("status", a.status)
            .arg("amount", formats.money(a.amount_cents));
        writeln!(out, "{}", local(&said))?;
    }
    for n in &report.notes {
        // The layout was said with the mapping, and the orders set aside just above.
        if matches!(n, Note::Layout { .. } | Note::SetAside { .. }) {
            continue;
        }
        if let Note::WalkIn {
            lines,
            amount_cents,
        } = n
        {
            let said = Message::new("import3-note-walk-in")
                .arg("lines", *lines)
                .arg("amount", formats.money(*amount_cents));
            writeln!(out, "Note: {}", tsv(&local(&said)))?;
            continue;
        }
        writeln!(out, "Note: {}", tsv(&local(n)))?;
    }
    Ok(())
}

/// A problem as `clientele import --json` prints it: its fields, and its words as
/// `message`.
#[derive(serde::Serialize)]
struct ProblemJson<'a> {
    row: u64,
    column: &'a Option<String>,
    raw_value: &'a Option<String>,
    message: String,
    raw_row: &'a [String],
    severity: crate::store::Severity,
}

impl<'a> ProblemJson<'a> {
    /// The first 20 problems, as `--json` prints them.
    fn first(problems: &'a [crate::store::NewProblem]) -> Vec<Self> {
        problems.iter().take(20).map(ProblemJson::of).collect()
    }

    fn of(p: &'a crate::store::NewProblem) -> Self {
        Self {
            row: p.row,
            column: &p.column,
            raw_value: &p.raw_value,
            message: local(p),
            raw_row: &p.raw_row,
            severity: p.severity,
        }
    }
}

/// The mapping of a planned import, one line per column that feeds a field, and the
/// columns kept as extra.
fn write_mapping(plan: &crate::ingest::import::Plan, out: &mut impl Write) -> std::io::Result<()> {
    if let Some(layout) = plan.layout {
        writeln!(out, "{}.", local(layout))?;
    }
    writeln!(out, "{}", tr!("cli-columns-read"))?;
    for m in plan.mapping() {
        writeln!(out, "  {} -> {} ({})", tsv(&m.column), m.field, m.why)?;
    }
    let extra: Vec<&str> = plan
        .headers
        .iter()
        .zip(&plan.columns)
        .filter(|(_, c)| c.is_none())
        .map(|(h, _)| h.as_str())
        .collect();
    if !extra.is_empty() {
        let joined = extra.join(", ");
        let columns = tsv(&joined);
        writeln!(out, "  {}", tr!("cli-kept-as-extra", columns = columns))?;
    }
    Ok(())
}

/// The JSON `clientele stats --json` prints; revenue is a number with two decimals.
pub fn stats_json(stats: &Stats) -> String {
    let date = |d: Option<NaiveDate>| d.map_or("null".to_string(), |d| format!("\"{d}\""));
    format!(
        "{{\"customers\":{},\"orders\":{},\"sale_lines\":{},\"revenue\":{},\"first_sale\":{},\"last_sale\":{}}}",
        stats.customers,
        stats.orders,
        stats.sale_lines,
        format_cents(stats.revenue_cents),
        date(stats.first_sale),
        date(stats.last_sale)
    )
}

fn write_stats(stats: &Stats, out: &mut impl Write) -> std::io::Result<()> {
    let date = |d: Option<NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
    let rows = [
        (tr!("cli-stats-customers"), stats.customers.to_string()),
        (tr!("cli-stats-orders"), stats.orders.to_string()),
        (tr!("cli-stats-sale-lines"), stats.sale_lines.to_string()),
        (tr!("cli-stats-revenue"), format_cents(stats.revenue_cents)),
        (tr!("cli-stats-first-sale"), date(stats.first_sale)),
        (tr!("cli-stats-last-sale"), date(stats.last_sale)),
    ];
    // The values line up two spaces after the longest label, in any language.
    let width = rows
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    for (label, value) in rows {
        let pad = width - label.chars().count();
        writeln!(out, "{label}{:pad$}{value}", "")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_json_has_exact_field_names_and_two_decimals() {
        let stats = Stats {
            customers: 3,
            orders: 4,
            sale_lines: 5,
            revenue_cents: 1010,
            first_sale: NaiveDate::from_ymd_opt(2024, 1, 2),
            last_sale: None,
        };
        let text = stats_json(&stats);
        assert_eq!(
            text,
            r#"{"customers":3,"orders":4,"sale_lines":5,"revenue":10.10,"first_sale":"2024-01-02","last_sale":null}"#
        );
        let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(v["revenue"].as_f64(), Some(10.1));
    }
}

/// `clientele dedup`.
#[derive(Debug, Args)]
pub struct DedupArgs {
    /// The match probability (0 to 1) from which contacts count as one customer; default:
    /// the threshold Clientele recommends for this shop's data.
    #[arg(long, value_name = "T")]
    threshold: Option<f64>,
    /// Write every pair of contacts that would become one customer (CSV).
    #[arg(long, value_name = "FILE")]
    pairs_out: Option<PathBuf>,
    /// Write the groups of contacts that would become one customer (CSV).
    #[arg(long, value_name = "FILE")]
    clusters_out: Option<PathBuf>,
    /// Print the model's diagnostics as JSON: the share of duplicates, m and u of each
    /// field's levels, the self-checks, the blocking rules and the recommended threshold.
    #[arg(long)]
    json: bool,
}

/// The JSON `clientele dedup --json` prints.
fn dedup_json(
    queue: &crate::dedup::review::DuplicateQueue,
    groups: usize,
    absorbed: usize,
) -> serde_json::Value {
    let d = &queue.diagnostics;
    serde_json::json!({
        "contacts": queue.contacts,
        "candidates": queue.candidates,
        "not_judgeable": queue.not_judgeable,
        "threshold": queue.threshold,
        "recommended_threshold": d.recommended_threshold,
        "groups": groups,
        "merged_away": absorbed,
        "lambda": d.lambda,
        "expected_duplicate_pairs": d.expected_duplicate_pairs,
        "deterministic_pairs": d.deterministic_pairs,
        "shared_email_or_phone_pairs": d.shared_email_or_phone_pairs,
        "recall_assumed": d.recall,
        "fallback": d.fallback,
        "message": d.fallback.then_some(crate::dedup::FALLBACK_SENTENCE),
        "checks": d.checks.iter().map(|c| serde_json::json!({
            "check": c.kind.label(),
            "passed": c.passed,
            "detail": c.detail.summary(),
        })).collect::<Vec<_>>(),
        "levels": d.levels.iter().map(|l| serde_json::json!({
            "field": l.field.label(),
            "level": l.level.word(),
            "m": l.m,
            "u": l.u,
        })).collect::<Vec<_>>(),
        "blocking": d.blocking.iter().map(|(rule, pairs)| serde_json::json!({
            "rule": rule.label(),
            "candidates": pairs,
        })).collect::<Vec<_>>(),
        "first_name_forms": d.first_name_forms.iter().map(|(a, b)| [a, b]).collect::<Vec<_>>(),
    })
}

fn dedup(store: &Store, args: DedupArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let service::dedup::Found {
        contacts,
        detection,
        queue,
    } = service::dedup::find(store, args.threshold, &mut Progress::silent())?;
    let t = queue.threshold;
    let clusters = detection.clusters(t);
    if let Some(path) = &args.pairs_out {
        let mut w = GuardedCsv::new(std::io::BufWriter::new(
            create_private(path).with_context(|| cannot_write(path))?,
        ));
        w.write_record(["id_a", "id_b", "external_ref_a", "external_ref_b", "score"])?;
        for p in detection.closure(&clusters) {
            let (a, b) = (&contacts[p.a as usize], &contacts[p.b as usize]);
            w.write_record([
                a.id.to_string(),
                b.id.to_string(),
                a.external_ref.clone().unwrap_or_default(),
                b.external_ref.clone().unwrap_or_default(),
                format!("{:.6}", p.probability),
            ])?;
        }
        w.flush()?;
    }
    if let Some(path) = &args.clusters_out {
        let mut w = GuardedCsv::new(std::io::BufWriter::new(
            create_private(path).with_context(|| cannot_write(path))?,
        ));
        w.write_record(["cluster_id", "contact_id", "external_ref"])?;
        for (k, c) in clusters.iter().enumerate() {
            for &m in &c.members {
                let contact = &contacts[m as usize];
                w.write_record([
                    (k + 1).to_string(),
                    contact.id.to_string(),
                    contact.external_ref.clone().unwrap_or_default(),
                ])?;
            }
        }
        w.flush()?;
    }
    let (groups, absorbed) = queue.preview(t);
    if args.json {
        writeln!(out, "{}", dedup_json(&queue, groups, absorbed))?;
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        tr!(
            "cli-dedup-compared",
            customers = queue.contacts,
            pairs = queue.candidates,
            threshold = queue.recommended
        )
    )?;
    if queue.diagnostics.fallback {
        writeln!(out, "{}", tr!("cli-dedup-fallback"))?;
    }
    if queue.not_judgeable > 0 {
        writeln!(
            out,
            "{}",
            tr!("cli-dedup-not-judged", customers = queue.not_judgeable)
        )?;
    }
    writeln!(
        out,
        "{}",
        tr!(
            "cli-dedup-groups",
            threshold = t,
            groups = groups,
            absorbed = absorbed
        )
    )?;
    let shared = queue.diagnostics.shared_email_or_phone_pairs;
    if groups == 0 && shared >= 100 {
        writeln!(out, "{}", tr!("cli-dedup-shared-hint", pairs = shared))?;
    }
    for c in queue.clusters.iter().take(10) {
        let names: Vec<String> = c
            .members
            .iter()
            .map(|m| {
                let name = crate::model::person_name(
                    m.first_name.as_deref().unwrap_or(""),
                    m.last_name.as_deref().unwrap_or(""),
                );
                format!("{name} ({})", m.id).trim().to_string()
            })
            .collect();
        writeln!(
            out,
            "  {:.0}%  {}  - {}",
            c.certainty * 100.0,
            names.join(" = "),
            c.explanations.first().map_or(String::new(), |e| {
                crate::text::dedup::explained(crate::text::ui_lang(), e)
            })
        )?;
    }
    Ok(())
}

/// `clientele merge --auto`: every group at the threshold, merged with the default choices.
fn merge_auto(
    store: &mut Store,
    threshold: Option<f64>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let done = service::dedup::merge_all(store, threshold, &mut Progress::silent())?;
    let said = Message::new("cli-merged-all")
        .arg("groups", done.groups)
        .arg("threshold", done.threshold)
        .arg("absorbed", done.absorbed);
    writeln!(out, "{}", local(&said))?;
    Ok(())
}

/// The scoring rule named on the command line (clap only lets the two names through).
fn scoring(name: &str) -> crate::analytics::rfm::Scoring {
    use crate::analytics::rfm::Scoring;
    if name == Scoring::Quintile.name() {
        Scoring::Quintile
    } else {
        Scoring::Percentile
    }
}

fn rfm(
    store: &Store,
    as_of: Option<NaiveDate>,
    file: Option<PathBuf>,
    scoring: crate::analytics::rfm::Scoring,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let service::analytics::RfmTable { as_of, rows, refs } =
        service::analytics::rfm_table(store, as_of, scoring)?;
    let sink: Box<dyn Write> = match &file {
        Some(path) => Box::new(create_private(path).with_context(|| cannot_write(path))?),
        None => Box::new(std::io::stdout()),
    };
    let mut w = GuardedCsv::new(std::io::BufWriter::new(sink));
    w.write_record([
        "customer_id",
        "external_ref",
        "recency_days",
        "frequency",
        "monetary",
        "r",
        "f",
        "m",
        "segment",
    ])?;
    for r in &rows {
        w.write_record([
            r.customer_id.to_string(),
            refs.get(&r.customer_id).cloned().unwrap_or_default(),
            r.recency_days.to_string(),
            r.frequency.to_string(),
            format_cents(r.monetary_cents),
            r.r.to_string(),
            r.f.to_string(),
            r.m.to_string(),
            r.segment.name().to_string(),
        ])?;
    }
    w.flush()?;
    if let Some(path) = file {
        let said = Message::new("cli-rfm-written")
            .arg("customers", rows.len())
            .arg("as-of", as_of)
            .arg("path", path.as_path());
        writeln!(out, "{}", local(&said))?;
    }
    Ok(())
}

fn segments(
    store: &Store,
    as_of: Option<NaiveDate>,
    json: bool,
    scoring: crate::analytics::rfm::Scoring,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    use crate::analytics::rfm::Segment;
    use service::analytics::GroupFigures;
    let summary = service::analytics::segment_summary(store, as_of, scoring)?;
    let as_of = summary.as_of;
    if json {
        let list = |v: &[GroupFigures]| {
            v.iter()
                .map(|g| {
                    format!(
                        "{{\"name\":{},\"customers\":{},\"revenue\":{}}}",
                        serde_json::Value::String(g.name.to_string()),
                        g.customers,
                        format_cents(g.revenue_cents)
                    )
                })
                .collect::<Vec<_>>()
                .join(",")
        };
        writeln!(
            out,
            "{{\"as_of\":\"{as_of}\",\"segments\":[{}],\"tiers\":[{}],\"lifecycle\":[{}],\"lifecycle_gap_days\":{}}}",
            list(&summary.segments),
            list(&summary.tiers),
            list(&summary.stages),
            summary.gap_days
        )?;
        return Ok(());
    }
    let total: i64 = summary.rows.iter().map(|r| r.monetary_cents).sum();
    let share = |c: i64| {
        if total > 0 {
            c as f64 / total as f64 * 100.0
        } else {
            0.0
        }
    };
    let lang = crate::text::ui_lang();
    let rows = summary.rows.len();
    writeln!(
        out,
        "{}",
        tr!(
            "cli-segments-as-of",
            as_of = as_of.to_string(),
            customers = rows
        )
    )?;
    let heads = |first: String| {
        [
            first,
            tr!("cli-segments-customers"),
            tr!("cli-segments-revenue"),
            tr!("cli-segments-share"),
        ]
        .join("\t")
    };
    writeln!(
        out,
        "\n{}\t{}",
        heads(tr!("cli-segments-segment")),
        tr!("cli-segments-what-to-do")
    )?;
    for (g, s) in summary.segments.iter().zip(Segment::ALL) {
        writeln!(
            out,
            "{}\t{}\t{}\t{:.1}%\t{}",
            crate::report::text::segment_name(lang, s),
            g.customers,
            format_cents(g.revenue_cents),
            share(g.revenue_cents),
            crate::report::text::segment_action(lang, s)
        )?;
    }
    let top = format!("{:.0}", summary.top20_share * 100.0);
    writeln!(
        out,
        "\n{}   {}",
        heads(tr!("cli-segments-tier")),
        tr!("cli-segments-top-20", share = top)
    )?;
    let lines =
        |groups: &[GroupFigures], names: &[String], out: &mut dyn Write| -> std::io::Result<()> {
            for (g, name) in groups.iter().zip(names) {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{:.1}%",
                    name,
                    g.customers,
                    format_cents(g.revenue_cents),
                    share(g.revenue_cents)
                )?;
            }
            Ok(())
        };
    let tiers: Vec<String> = summary.tiers.iter().map(|g| g.name.to_string()).collect();
    lines(&summary.tiers, &tiers, out)?;
    let days = |x: f64| format!("{x:.0}");
    writeln!(
        out,
        "\n{}",
        tr!(
            "cli-segments-lifecycle",
            gap = days(summary.gap_days),
            active = days(2.0 * summary.gap_days),
            risk = days(4.0 * summary.gap_days)
        )
    )?;
    let stages: Vec<String> = crate::analytics::rfm::Stage::ALL
        .iter()
        .map(|s| crate::report::text::stage_name(lang, *s))
        .collect();
    lines(&summary.stages, &stages, out)?;
    Ok(())
}

/// `clientele segment ...`.
#[derive(Debug, Subcommand)]
pub enum SegmentCommand {
    /// Save (or replace) a rule-based segment.
    Save {
        /// The segment's name.
        #[arg(value_name = "NAME")]
        name: String,
        /// The rule as JSON, e.g. '{"all":[{"field":"city","op":"is","value":"Lyon"}]}'.
        #[arg(long, value_name = "JSON")]
        rule: String,
    },
    /// List the saved segments with how many customers each holds today.
    List,
}

/// `clientele export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write: every customer, every sale line, or the members of one segment.
    #[arg(value_enum, value_name = "customers|sales|segment")]
    what: ExportWhat,
    /// With `segment`: a named segment (e.g. "At risk"), a value tier (A, B, C), a lifecycle
    /// stage (new, active, at risk, lapsed) or a saved segment.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// The file to write: FILE.csv (UTF-8, the shop's delimiter) or FILE.xlsx.
    #[arg(long, value_name = "FILE.csv|FILE.xlsx")]
    out: PathBuf,
    /// The day the figures are computed for (default: the day of the latest sale).
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<NaiveDate>,
    /// A marketing list: each customer's e-mail only with their yes to e-mails, phone only
    /// with a yes to text messages or calls, postal address only with a yes to letters;
    /// customers with no yes at all are left out. What was withheld is counted.
    #[arg(long)]
    consented_only: bool,
}

/// `clientele report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The PDF file to write.
    #[arg(long, value_name = "FILE.pdf")]
    out: PathBuf,
    /// First day of the period (default: the last complete month as of the latest sale; with
    /// --to only, the first day of its month).
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<NaiveDate>,
    /// Last day of the period (default: the last complete month's last day; with --from
    /// only, the day of the latest sale).
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<NaiveDate>,
    /// The paper size (default: the shop locale's, Letter in the US and Canada, else A4).
    #[arg(long, value_enum, value_name = "a4|letter")]
    paper: Option<PaperArg>,
    /// The sections to print, comma-separated (default: all but predictions): key-figures,
    /// revenue, channels, segments, tiers, movement, top-customers, to-call, sells-together,
    /// forecast, predictions, cohorts, first-channels, feedback, consent, data-quality.
    #[arg(long, value_name = "LIST")]
    sections: Option<String>,
}

/// Paper sizes on the command line.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

/// What `clientele export` writes.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ExportWhat {
    Customers,
    Sales,
    Segment,
}

fn segment(store: &Store, cmd: SegmentCommand, out: &mut impl Write) -> anyhow::Result<()> {
    match cmd {
        SegmentCommand::Save { name, rule } => {
            let (members, as_of) = service::analytics::save_segment_counted(store, &name, &rule)?;
            let said = Message::new("cli-segment-saved")
                .arg("name", name.trim())
                .arg("members", members)
                .arg("as-of", as_of);
            writeln!(out, "{}", local(&said))?;
        }
        SegmentCommand::List => {
            writeln!(out, "name\tcustomers\trule")?;
            for (s, count) in service::analytics::saved_segments_counted(store)? {
                let n = count
                    .map(|n| n.to_string())
                    .unwrap_or_else(|e| format!("? ({e})"));
                writeln!(out, "{}\t{n}\t{}", tsv(&s.name), tsv(&s.rule))?;
            }
        }
    }
    Ok(())
}

fn export(store: &Store, args: ExportArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let shown = args.out.display().to_string();
    match (args.what, &args.name) {
        (ExportWhat::Sales, _) => {
            let n = service::export::sales(store, &args.out)?;
            let said = Message::new("cli-sales-written")
                .arg("lines", n)
                .arg("path", shown);
            writeln!(out, "{}", local(&said))?;
            return Ok(());
        }
        (ExportWhat::Segment, None) => {
            if crate::report::export::Format::from_path(&args.out).is_none() {
                return Err(service::Error::ExportFormat(args.out).into());
            }
            return Err(service::Error::SegmentNotNamed.into());
        }
        _ => {}
    }
    let segment = match args.what {
        ExportWhat::Segment => args.name.as_deref(),
        _ => None,
    };
    let (written, as_of) =
        service::export::customers(store, segment, &args.out, args.as_of, args.consented_only)?;
    let said = Message::new("cli-customers-written")
        .arg("customers", written.customers)
        .arg("path", shown)
        .arg("as-of", as_of);
    writeln!(out, "{}", local(&said))?;
    if let Some(w) = written.withheld {
        writeln!(out, "{}", local(&privacy::withheld_message(&w)))?;
    }
    Ok(())
}

fn report(
    store: &Store,
    args: ReportArgs,
    lang: Option<&str>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    use crate::report::{Lang, Paper, ReportOptions, Section};
    if let (Some(from), Some(to)) = (args.from, args.to)
        && from > to
    {
        return Err(service::Error::Period { from, to }.into());
    }
    let sections = match &args.sections {
        Some(list) => Section::parse_list(list).map_err(service::Error::Sections)?,
        None => Section::defaults(),
    };
    let settings = service::settings::get(store)?;
    let lang = match lang {
        Some(code) => Lang::from_code(code).unwrap_or_else(|| {
            let said = Message::new("cli-report-not-translated").arg("code", code);
            eprintln!("{}", local(&said));
            Lang::En
        }),
        // The language the command line speaks (LC_ALL, LC_MESSAGES, LANG).
        None => crate::text::ui_lang(),
    };
    let paper = match args.paper {
        Some(PaperArg::A4) => Paper::A4,
        Some(PaperArg::Letter) => Paper::Letter,
        None => Paper::for_shop(&settings),
    };
    let options = ReportOptions {
        from: args.from,
        to: args.to,
        lang,
        paper,
        sections,
    };
    let (data, pdf) =
        service::report::make_pdf(store, &options, chrono::Local::now().date_naive())?;
    service::report::save(store, &pdf, &args.out).map_err(cli_error)?;
    let shown = args.out.display().to_string();
    let said = Message::new("cli-report-written")
        .arg("from", data.from)
        .arg("to", data.to)
        .arg("path", shown)
        .arg("kb", pdf.len().div_ceil(1024));
    writeln!(out, "{}", local(&said))?;
    Ok(())
}

/// The language the command line speaks: `--lang`, else the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set, when Clientele speaks it; else English.
pub fn messages_lang(arg: Option<&str>) -> crate::text::Lang {
    use crate::text::Lang;
    if let Some(lang) = arg.and_then(Lang::from_code) {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| Lang::from_code(&value))
        .filter(|&l| l != Lang::Pseudo)
        .unwrap_or_default()
}
