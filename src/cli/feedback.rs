//! `clientele import feedback FILE` and `clientele feedback`: NPS, CSAT and stars with
//! their groups, the unhappy and valuable customers, the term table, and adding or
//! resolving a piece of feedback.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::{ImportArgs, ProblemJson, cannot_write, tsv};
use crate::analytics::feedback::figures::Nps;
use crate::analytics::feedback::language::Lang;
use crate::format::Formats;
use crate::ingest::feedback::{FeedbackField, FeedbackOptions, parse_score};
use crate::model::feedback::{
    FeedbackChannel, FeedbackContent, FeedbackStatus, NewFeedback, Scale,
};
use crate::model::format_cents;
use crate::report::export::{GuardedCsv, create_private};
use crate::service::{self, Progress, feedback::GroupBy};
use crate::store::Store;
use crate::text::{LeavingSaid, Message, local};

/// A score's scale on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ScaleArg {
    /// Net Promoter Score question, 0 to 10.
    Nps,
    /// Stars, 1 to 5.
    Stars,
    /// Customer satisfaction, 1 to 5.
    Csat,
    /// Thumbs up or down.
    Thumbs,
}

impl ScaleArg {
    fn scale(self) -> Scale {
        match self {
            ScaleArg::Nps => Scale::Nps,
            ScaleArg::Stars => Scale::Stars,
            ScaleArg::Csat => Scale::Csat,
            ScaleArg::Thumbs => Scale::Thumbs,
        }
    }
}

/// Options of `clientele feedback`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct FeedbackArgs {
    /// The unhappy customers, the term table, or adding and resolving feedback.
    #[command(subcommand)]
    pub command: Option<FeedbackCommand>,
    /// Only feedback given on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<NaiveDate>,
    /// Only feedback given on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<NaiveDate>,
    /// Group the figures.
    #[arg(
        long,
        value_enum,
        value_name = "segment|tier|stage|channel|product|month"
    )]
    pub by: Option<GroupBy>,
    /// Print JSON for scripts.
    #[arg(long)]
    pub json: bool,
}

/// The subcommands of `clientele feedback`.
#[derive(Debug, Subcommand)]
pub enum FeedbackCommand {
    /// Unhappy customers worth keeping (tier A or B), open complaints older than 7 days
    /// first, then by revenue (CSV).
    Unhappy {
        /// Write the CSV here instead of printing it.
        #[arg(long, value_name = "FILE.csv")]
        out: Option<PathBuf>,
    },
    /// Words and two-word phrases unhappy customers use more than happy ones (CSV).
    Terms {
        /// Write the CSV here instead of printing it.
        #[arg(long, value_name = "FILE.csv")]
        out: Option<PathBuf>,
        /// At most this many terms.
        #[arg(long, value_name = "N", default_value_t = 50)]
        limit: usize,
    },
    /// Add a piece of feedback a customer gave (a phone complaint, for example).
    Add {
        /// The customer's number.
        #[arg(value_name = "CUSTOMER")]
        customer: i64,
        /// The day it was given (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<NaiveDate>,
        /// The score's scale.
        #[arg(long, value_enum, requires = "score")]
        scale: Option<ScaleArg>,
        /// The score on that scale.
        #[arg(long, requires = "scale")]
        score: Option<String>,
        /// What the customer said.
        #[arg(long, default_value = "")]
        text: String,
        /// Where: survey, review, email, phone or shop.
        #[arg(long, default_value = "phone", value_parser = ["survey", "review", "email", "phone", "shop"])]
        channel: String,
        /// The product it is about.
        #[arg(long)]
        product: Option<String>,
        /// A complaint that waits for an answer.
        #[arg(long)]
        open: bool,
    },
    /// Mark a complaint resolved, with a note.
    Resolve {
        /// The feedback's number.
        #[arg(value_name = "ID")]
        id: i64,
        /// What was done.
        #[arg(long)]
        note: String,
    },
}

/// The field names `--map` takes for a feedback file.
pub fn field_names() -> Vec<&'static str> {
    FeedbackField::ALL.iter().map(|f| f.as_str()).collect()
}

/// `clientele import feedback FILE`.
pub(super) fn import(store: &Store, args: ImportArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let settings = service::settings::get(store)?;
    let options = FeedbackOptions {
        scale: args.scale.map(ScaleArg::scale),
        read: args.read_options(),
        map: args
            .map
            .iter()
            .filter_map(|(field, column)| Some((FeedbackField::parse(field)?, column.clone())))
            .collect(),
        date_format: args.date_format,
        default_date_order: Some(settings.date_order()),
        dry_run: args.dry_run,
        allow_duplicate_file: args.allow_duplicate_file,
        phone_country: Some(settings.phone_country.clone()),
        time_zone: Some(settings.zone()),
    };
    let report = service::feedback::import(store, &args.file, &options, &mut Progress::silent())?;
    if args.json {
        let first = ProblemJson::first(&report.problems);
        let json = serde_json::json!({
            "batch_id": report.batch_id,
            "dry_run": report.dry_run,
            "rows_read": report.rows_read,
            "rows_imported": report.rows_imported,
            "rows_rejected": report.rows_rejected,
            "customers_created": report.customers_created,
            "layout": report.layout,
            "scale": report.scale.map(Scale::as_str),
            "dates_ambiguous": report.dates_ambiguous,
            "errors": first,
        });
        writeln!(out, "{json}")?;
        return Ok(());
    }
    if let Some(layout) = report.layout {
        writeln!(
            out,
            "{}.",
            local(&Message::new("note-layout").arg("name", layout))
        )?;
    }
    for (field, column) in &report.mapping {
        writeln!(out, "  {} -> {}", tsv(column), field.as_str())?;
    }
    if report.dates_ambiguous {
        writeln!(
            out,
            "{}",
            local(&Message::new("cli-feedback-dates-ambiguous"))
        )?;
    }
    let file = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let said = Message::new(if report.batch_id.is_some() {
        "cli-imported"
    } else {
        "cli-checked"
    })
    .arg("imported", report.rows_imported)
    .arg("read", report.rows_read)
    .arg("file", file)
    .arg("batch", report.batch_id.unwrap_or_default());
    writeln!(out, "{}", local(&said))?;
    for p in report.problems.iter().take(20) {
        writeln!(out, "  {}", tsv(&local(p)))?;
    }
    Ok(())
}

/// `clientele feedback ...`.
pub(super) fn feedback(
    store: &Store,
    args: FeedbackArgs,
    lang: Option<&str>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match args.command {
        None => figures(store, &args, out),
        Some(FeedbackCommand::Unhappy { out: file }) => unhappy(store, file, out),
        Some(FeedbackCommand::Terms { out: file, limit }) => {
            let lang = match lang {
                Some(code) => Some(Lang::parse(code).with_context(|| {
                    local(&Message::new("cli-feedback-no-such-language").arg("code", code))
                })?),
                None => None,
            };
            let rows = service::feedback::term_table(store, lang, limit)?;
            let (mut w, path) = csv_to(file)?;
            w.write_record(["term", "negative_count", "positive_count", "log_odds"])?;
            for t in &rows {
                w.write_record([
                    t.term.clone(),
                    t.negative_count.to_string(),
                    t.positive_count.to_string(),
                    format!("{:.4}", t.log_odds),
                ])?;
            }
            w.flush()?;
            written(out, path, "cli-feedback-terms-written", rows.len())
        }
        Some(FeedbackCommand::Add {
            customer,
            date,
            scale,
            score,
            text,
            channel,
            product,
            open,
        }) => {
            let score = match (scale, score) {
                (Some(scale), Some(raw)) => {
                    Some(parse_score(&raw, scale.scale()).with_context(|| {
                        local(
                            &Message::new("cli-feedback-bad-score")
                                .arg("value", raw.as_str())
                                .arg("scale", scale.scale().as_str()),
                        )
                    })?)
                }
                _ => None,
            };
            let piece = NewFeedback {
                contact_id: customer,
                content: FeedbackContent {
                    date: date.unwrap_or_else(|| chrono::Local::now().date_naive()),
                    score,
                    text,
                    channel: FeedbackChannel::parse(&channel),
                    product,
                    order_ref: None,
                    status: open.then_some(FeedbackStatus::Open),
                },
                extra: serde_json::Map::new(),
            };
            let id = service::feedback::add(store, &piece)?;
            writeln!(
                out,
                "{}",
                local(
                    &Message::new("cli-feedback-added")
                        .arg("id", id)
                        .arg("customer", customer)
                )
            )?;
            Ok(())
        }
        Some(FeedbackCommand::Resolve { id, note }) => {
            service::feedback::resolve(store, id, &note)?;
            writeln!(
                out,
                "{}",
                local(&Message::new("cli-feedback-resolved").arg("id", id))
            )?;
            Ok(())
        }
    }
}

/// A CSV writer on a file or standard output.
type CsvOut = GuardedCsv<std::io::BufWriter<Box<dyn Write>>>;

/// A CSV writer on `file`, or on standard output without one.
fn csv_to(file: Option<PathBuf>) -> anyhow::Result<(CsvOut, Option<PathBuf>)> {
    let sink: Box<dyn Write> = match &file {
        Some(path) => Box::new(create_private(path).with_context(|| cannot_write(path))?),
        None => Box::new(std::io::stdout()),
    };
    Ok((GuardedCsv::new(std::io::BufWriter::new(sink)), file))
}

/// Says where a CSV went, when it went to a file.
fn written(
    out: &mut impl Write,
    path: Option<PathBuf>,
    id: &'static str,
    rows: usize,
) -> anyhow::Result<()> {
    if let Some(path) = path {
        let said = Message::new(id)
            .arg("rows", rows)
            .arg("path", Path::new(&path));
        writeln!(out, "{}", local(&said))?;
    }
    Ok(())
}

fn unhappy(store: &Store, file: Option<PathBuf>, out: &mut impl Write) -> anyhow::Result<()> {
    let rows = service::feedback::unhappy_customers(store)?;
    let (mut w, path) = csv_to(file)?;
    w.write_record([
        "customer_id",
        "external_ref",
        "score",
        "date",
        "tier",
        "revenue",
        "open_complaint_days",
        "text",
    ])?;
    for row in &rows {
        let u = &row.unhappy;
        w.write_record([
            u.customer_id.to_string(),
            row.external_ref.clone().unwrap_or_default(),
            u.score.to_string(),
            u.date.to_string(),
            u.tier.map(|t| t.name().to_string()).unwrap_or_default(),
            format_cents(u.revenue_cents),
            u.open_complaint_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
            u.text.clone(),
        ])?;
    }
    w.flush()?;
    written(out, path, "cli-feedback-unhappy-written", rows.len())
}

fn nps_json(nps: &Nps) -> serde_json::Value {
    serde_json::json!({
        "value": nps.value,
        "lo95": nps.lo95,
        "hi95": nps.hi95,
        "promoters": nps.promoters,
        "passives": nps.passives,
        "detractors": nps.detractors,
    })
}

fn figures(store: &Store, args: &FeedbackArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let by = args.by;
    let f = service::feedback::compute(
        store,
        args.from,
        args.to,
        by,
        !args.json,
        &mut Progress::silent(),
    )?;
    if args.json {
        let groups: Vec<serde_json::Value> = f
            .groups
            .iter()
            .map(|g| {
                serde_json::json!({
                    "name": g.name,
                    "answers": g.figures.answers,
                    "nps": g.figures.nps.value,
                    "lo95": g.figures.nps.lo95,
                    "hi95": g.figures.nps.hi95,
                })
            })
            .collect();
        let json = serde_json::json!({
            "answers": f.overall.answers,
            "nps": nps_json(&f.overall.nps),
            "csat": f.overall.csat.value,
            "stars": f.overall.stars.average,
            "groups": groups,
        });
        writeln!(out, "{json}")?;
        return Ok(());
    }
    let formats =
        Formats::for_shop(&service::settings::get(store)?).in_language(crate::text::ui_lang());
    let points = |x: Option<f64>| x.map(|x| formats.one_decimal(x)).unwrap_or_default();
    let share = |x: Option<f64>| x.map(|x| formats.percent(x / 100.0)).unwrap_or_default();
    writeln!(out, "group\tanswers\tnps\tlo95\thi95\tcsat\tstars\tnote")?;
    let too_few = local(&Message::new("feedback-too-few"));
    let overall = local(&Message::new("cli-feedback-overall"));
    let lines = std::iter::once((overall.as_str(), &f.overall, false)).chain(
        f.groups
            .iter()
            .map(|g| (g.name.as_str(), &g.figures, g.too_few)),
    );
    for (name, g, few) in lines {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            tsv(name),
            g.answers,
            points(g.nps.value),
            points(g.nps.lo95),
            points(g.nps.hi95),
            share(g.csat.value),
            g.stars
                .average
                .map(|s| formats.one_decimal(s))
                .unwrap_or_default(),
            if few { too_few.as_str() } else { "" }
        )?;
    }
    for l in &f.leaving {
        let said = LeavingSaid {
            leaving: l,
            share: format!("{} ({} - {})", share(l.share), share(l.lo95), share(l.hi95)),
        };
        writeln!(out, "{}", local(&said))?;
    }
    Ok(())
}
