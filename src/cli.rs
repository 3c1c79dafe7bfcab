//! The command line: no subcommand opens the window, a subcommand runs headless.
//!
//! Exit codes (design section 3): 0 on success, 1 on an error (one plain message on
//! stderr), 2 on bad usage (clap's own exit code for usage errors).

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::customers::{CustomerIndex, Sort};
use crate::demo::DemoOptions;
use crate::model::format_cents;
use crate::store::{Stats, Store, resolve_db_path};

/// Clientele: one clean list of your shop's customers, segments, charts and reports, in one
/// file on your own computer. Run without a command to open the window.
#[derive(Debug, Parser)]
#[command(name = "clientele", version, about, long_about = None)]
pub struct Cli {
    /// The database file (default: CLIENTELE_DB, else clientele.sqlite in your user-data folder).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// What to do; without one, the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fill the database with a realistic demo shop (the same seed and end date give the same data).
    Demo(DemoArgs),
    /// Print the shop's counts: customers, orders, sale lines, revenue, first and last sale.
    Stats {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// List customers, optionally only those matching a search.
    Customers {
        /// Words that must appear in the name, e-mail, phone or city (case and accents ignored).
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// Show at most this many customers.
        #[arg(long, value_name = "N", default_value_t = 50)]
        limit: usize,
    },
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
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2025-12-31"))
}

/// Runs a subcommand against the database chosen by `--db` / `CLIENTELE_DB`.
pub fn run(db: Option<PathBuf>, command: Command) -> anyhow::Result<()> {
    let path = resolve_db_path(db);
    let store = Store::open(&path)?;
    let mut out = std::io::stdout().lock();
    match command {
        Command::Demo(args) => demo(&store, &args, &mut out),
        Command::Stats { json } => {
            let stats = store.stats()?;
            if json {
                writeln!(out, "{}", stats_json(&stats))?;
            } else {
                write_stats(&stats, &mut out)?;
            }
            Ok(())
        }
        Command::Customers { search, limit } => {
            let mut index = CustomerIndex::new(store.customer_list()?);
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
                    row.name,
                    row.email,
                    row.phone,
                    row.city,
                    row.orders,
                    format_cents(row.revenue_cents),
                    row.last_order.map(|d| d.to_string()).unwrap_or_default()
                )?;
            }
            if hits.len() > limit {
                eprintln!(
                    "{} of {} customers shown (use --limit to see more)",
                    limit,
                    hits.len()
                );
            }
            Ok(())
        }
    }
}

fn demo(store: &Store, args: &DemoArgs, out: &mut impl Write) -> anyhow::Result<()> {
    if !args.force && store.has_shop_data()? {
        bail!(
            "{} already holds data; the demo shop was not loaded. Use --force to replace that data with the demo shop, or --db to choose another file.",
            store.path().display()
        );
    }
    let options = DemoOptions {
        customers: args.customers as usize,
        years: args.years,
        seed: args.seed,
        end: args
            .end
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
    };
    crate::jobs::fill_demo(store, &options, args.force, &mut |_, _| true)
        .context("the demo shop could not be saved")?;
    let stats = store.stats()?;
    writeln!(
        out,
        "Demo shop saved in {}: {} customers, {} orders, {} sale lines, revenue {} ({} to {}).",
        store.path().display(),
        stats.customers,
        stats.orders,
        stats.sale_lines,
        format_cents(stats.revenue_cents),
        stats.first_sale.map(|d| d.to_string()).unwrap_or_default(),
        stats.last_sale.map(|d| d.to_string()).unwrap_or_default(),
    )?;
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
    writeln!(out, "customers   {}", stats.customers)?;
    writeln!(out, "orders      {}", stats.orders)?;
    writeln!(out, "sale lines  {}", stats.sale_lines)?;
    writeln!(out, "revenue     {}", format_cents(stats.revenue_cents))?;
    writeln!(out, "first sale  {}", date(stats.first_sale))?;
    writeln!(out, "last sale   {}", date(stats.last_sale))
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
