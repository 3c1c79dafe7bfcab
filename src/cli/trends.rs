//! `clientele forecast`, `clientele cohorts` and `clientele channels` (issue 23): what
//! next months will bring, whether customers come back, and where the good ones come from.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use chrono::NaiveDate;
use clap::Args;

use crate::analytics::channels::{ChannelGrouping, ChannelTable};
use crate::analytics::cohorts::CohortTable;
use crate::analytics::forecast::{Measure, Step};
use crate::analytics::rfm::Tier;
use crate::format::Formats;
use crate::report::export::{GuardedCsv, create_private};
use crate::service::{self, Progress};
use crate::store::Store;
use crate::text::{Message, local};

/// `clientele forecast`.
#[derive(Args, Debug)]
pub struct ForecastArgs {
    /// Forecast by month or by ISO week.
    #[arg(long, value_name = "STEP", default_value = "month", value_parser = ["month", "week"])]
    step: String,
    /// Periods ahead: 1 to 12 months, or 1 to 52 weeks.
    #[arg(long, value_name = "N", default_value_t = 12)]
    horizon: usize,
    /// Fit on every complete period but the last N, forecast those N and report the error.
    #[arg(long, value_name = "N")]
    backtest: Option<usize>,
    /// The last day of history (default: the day of the latest sale); the period holding
    /// it counts only when the date is its last day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<NaiveDate>,
    /// What to forecast.
    #[arg(long, value_name = "MEASURE", default_value = "revenue", value_parser = ["revenue", "orders"])]
    measure: String,
    /// Print JSON for scripts.
    #[arg(long)]
    json: bool,
    /// Write the history and the forecast as CSV to this file.
    #[arg(long, value_name = "FILE.csv")]
    out: Option<PathBuf>,
}

/// `clientele cohorts`.
#[derive(Args, Debug)]
pub struct CohortsArgs {
    /// Group customers by the month or the quarter of their first order.
    #[arg(long, value_name = "STEP", default_value = "month", value_parser = ["month", "quarter"])]
    step: String,
    /// The day the figures are computed for (default: the day of the latest sale).
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<NaiveDate>,
    /// Write the CSV here instead of printing it.
    #[arg(long, value_name = "FILE.csv")]
    out: Option<PathBuf>,
}

/// `clientele channels`.
#[derive(Args, Debug)]
pub struct ChannelsArgs {
    /// The day the figures are computed for (default: the day of the latest sale).
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<NaiveDate>,
    /// Group by the channel, the store, or both, of the first order.
    #[arg(long, value_name = "WHAT", default_value = "both", value_parser = ["channel", "store", "both"])]
    by: String,
    /// Print JSON for scripts.
    #[arg(long)]
    json: bool,
}

/// The shop's formats, for the sentences.
fn formats(store: &Store) -> anyhow::Result<Formats> {
    Ok(Formats::for_shop(&service::settings::get(store)?).in_language(crate::text::ui_lang()))
}

/// Stops with the "no sales yet" sentence.
fn no_sales<T>() -> anyhow::Result<T> {
    bail!(local(&Message::new("cli-no-sales")))
}

/// A CSV writer on `path`, or on standard output.
fn csv_sink(path: Option<&Path>) -> anyhow::Result<GuardedCsv<std::io::BufWriter<Box<dyn Write>>>> {
    let sink: Box<dyn Write> = match path {
        Some(path) => Box::new(
            create_private(path)
                .with_context(|| format!("{} could not be written", path.display()))?,
        ),
        None => Box::new(std::io::stdout()),
    };
    Ok(GuardedCsv::new(std::io::BufWriter::new(sink)))
}

/// A figure with two decimals, as CSV files hold them.
fn two(x: f64) -> String {
    format!("{x:.2}")
}

/// `clientele forecast`.
pub fn forecast(store: &Store, args: ForecastArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let request = service::forecast::ForecastRequest {
        step: if args.step == "week" {
            Step::Week
        } else {
            Step::Month
        },
        measure: if args.measure == "orders" {
            Measure::Orders
        } else {
            Measure::Revenue
        },
        horizon: args.horizon,
        backtest: args.backtest,
        as_of: args.as_of,
    };
    let Some(made) = service::forecast::forecast(store, &request, &mut Progress::silent())? else {
        return no_sales();
    };
    if let Some(path) = &args.out {
        let mut w = csv_sink(Some(path))?;
        w.write_record(["period", "kind", "value", "lo80", "hi80", "lo95", "hi95"])?;
        let series = &made.history.series;
        for (i, v) in series.values.iter().enumerate() {
            let period = series.period(i).to_string();
            w.write_record([period.as_str(), "history", &two(*v), "", "", "", ""])?;
        }
        if let Some(part) = made.history.so_far {
            let period = part.period.to_string();
            w.write_record([period.as_str(), "so_far", &two(part.value), "", "", "", ""])?;
        }
        for p in &made.forecast.points {
            w.write_record([
                p.period.to_string(),
                "forecast".to_string(),
                two(p.value),
                two(p.lo80),
                two(p.hi80),
                two(p.lo95),
                two(p.hi95),
            ])?;
        }
        w.flush()?;
    }
    if args.json {
        writeln!(out, "{}", serde_json::to_string(&made.summary())?)?;
        return Ok(());
    }
    let f = formats(store)?;
    for said in [
        made.without_season(),
        made.accuracy(&f),
        made.coverage(&f),
        made.so_far(&f),
    ]
    .into_iter()
    .flatten()
    {
        writeln!(out, "{}", local(&said))?;
    }
    writeln!(out, "period\tforecast\t80% range\t95% range")?;
    for p in &made.forecast.points {
        writeln!(
            out,
            "{}\t{}\t{} – {}\t{} – {}",
            p.period,
            made.figure(&f, p.value),
            made.figure(&f, p.lo80),
            made.figure(&f, p.hi80),
            made.figure(&f, p.lo95),
            made.figure(&f, p.hi95)
        )?;
    }
    if let Some(path) = &args.out {
        writeln!(
            out,
            "{}",
            local(&Message::new("cli-forecast-written").arg("path", path.as_path()))
        )?;
    }
    Ok(())
}

/// The cohort table as CSV: one row per cohort and period since its first.
fn write_cohorts(table: &CohortTable, path: Option<&Path>) -> anyhow::Result<()> {
    let mut w = csv_sink(path)?;
    w.write_record([
        "cohort",
        "customers",
        "period",
        "active_customers",
        "share_active",
        "revenue",
        "cumulative_revenue_per_customer",
    ])?;
    for c in &table.cohorts {
        for cell in &c.cells {
            w.write_record([
                c.period.to_string(),
                c.customers.to_string(),
                cell.period.to_string(),
                cell.active_customers.to_string(),
                format!("{:.6}", cell.share_active),
                crate::model::format_cents(cell.revenue_cents),
                two(cell.cumulative_revenue_per_customer(c.customers)),
            ])?;
        }
    }
    w.flush()?;
    Ok(())
}

/// `clientele cohorts`.
pub fn cohorts(store: &Store, args: CohortsArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let step = if args.step == "quarter" {
        Step::Quarter
    } else {
        Step::Month
    };
    let Some(table) = service::cohorts::cohorts(store, step, args.as_of, &mut Progress::silent())?
    else {
        return no_sales();
    };
    write_cohorts(&table, args.out.as_deref())?;
    if let Some(path) = &args.out {
        let f = formats(store)?;
        if let Some(said) = service::cohorts::comparison(&table, &f) {
            writeln!(out, "{}", local(&said))?;
        }
        let said = Message::new("cli-cohorts-written")
            .arg("cohorts", table.cohorts.len())
            .arg("path", path.as_path());
        writeln!(out, "{}", local(&said))?;
    }
    Ok(())
}

/// The channel groups as the JSON of `clientele channels --json`.
fn channels_json(table: &ChannelTable) -> serde_json::Value {
    let rate = |r: &crate::analytics::channels::Rate| serde_json::json!({"eligible": r.eligible, "repeated": r.repeated, "rate": r.share()});
    let groups: Vec<serde_json::Value> = table
        .groups
        .iter()
        .map(|g| {
            let tiers: serde_json::Map<String, serde_json::Value> = Tier::ALL
                .iter()
                .map(|t| {
                    (
                        t.name().to_string(),
                        g.tiers.get(t).copied().unwrap_or(0).into(),
                    )
                })
                .collect();
            serde_json::json!({
                "channel": g.key.channel,
                "store": g.key.store,
                "customers": g.customers,
                "repeat_90": rate(&g.repeat_90),
                "repeat_365": rate(&g.repeat_365),
                "customers_12m": g.customers_12m,
                "revenue_12m_per_customer": g.revenue_12m_per_customer(),
                "tiers": tiers,
                "clv": g.clv.map(|c| serde_json::json!({"customers": c.predicted, "average": c.average()})),
            })
        })
        .collect();
    serde_json::json!({"as_of": table.as_of.to_string(), "grouping": table.grouping, "groups": groups})
}

/// `clientele channels`.
pub fn channels(store: &Store, args: ChannelsArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let grouping = match args.by.as_str() {
        "channel" => ChannelGrouping::Channel,
        "store" => ChannelGrouping::Store,
        _ => ChannelGrouping::ChannelAndStore,
    };
    let Some(table) =
        service::channels::channels(store, grouping, args.as_of, &mut Progress::silent())?
    else {
        return no_sales();
    };
    if args.json {
        writeln!(out, "{}", channels_json(&table))?;
        return Ok(());
    }
    let f = formats(store)?;
    let share = |s: Option<f64>| s.map_or_else(|| "–".to_string(), |s| f.percent_whole(s));
    writeln!(
        out,
        "group\tcustomers\tback within 90 days\tback within a year\trevenue per customer, first year\ttier A\ttier B\ttier C"
    )?;
    for g in &table.groups {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            local(&service::channels::group_name(&g.key)),
            f.int(g.customers as i64),
            share(g.repeat_90.share()),
            share(g.repeat_365.share()),
            g.revenue_12m_per_customer().map_or_else(
                || "–".to_string(),
                |v| f.money_whole((v * 100.0).round() as i64)
            ),
            share(g.tier_share(Tier::A)),
            share(g.tier_share(Tier::B)),
            share(g.tier_share(Tier::C)),
        )?;
    }
    if let Some(said) = service::channels::comparison(&table, &f) {
        writeln!(out, "{}", local(&said))?;
    }
    Ok(())
}
