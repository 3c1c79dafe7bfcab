//! `clientele basket` and `clientele recommend`: what sells together, and what to offer
//! each customer next (issue 22). The CSV headers and JSON keys are a contract, listed in
//! the README.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::NaiveDate;
use clap::Args;

use super::{cannot_write, parse_date};
use crate::analytics::baskets::{BasketOptions, Ratio, Rule};
use crate::report::export::{GuardedCsv, create_private};
use crate::service::baskets::{BasketQuery, Baskets};
use crate::service::{self, Progress};
use crate::store::{BasketItem, Store};
use crate::text::{Message, local};

/// Options of `clientele basket`.
#[derive(Debug, Args)]
pub struct BasketArgs {
    /// What an order's items are: its products or their categories.
    #[arg(long, value_name = "ITEM", default_value = "product", value_parser = parse_item)]
    pub by: BasketItem,
    /// The thresholds.
    #[command(flatten)]
    pub thresholds: Thresholds,
    /// First day of the orders, YYYY-MM-DD (default: the first sale).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last day of the orders, YYYY-MM-DD (default: the last sale).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Write the rules to this CSV file.
    #[arg(long, value_name = "FILE.csv")]
    pub rules_out: Option<PathBuf>,
    /// Write the frequent itemsets to this CSV file.
    #[arg(long, value_name = "FILE.csv")]
    pub itemsets_out: Option<PathBuf>,
    /// Print the counts as JSON for scripts.
    #[arg(long)]
    pub json: bool,
}

/// The thresholds of both verbs.
#[derive(Debug, Args)]
pub struct Thresholds {
    /// An itemset is kept when at least this share of the orders hold it (0 to 1).
    #[arg(long, value_name = "S", default_value = "0.01", value_parser = parse_ratio)]
    pub min_support: Ratio,
    /// A rule A → B is kept when at least this share of the orders with A also hold B.
    #[arg(long, value_name = "C", default_value = "0.5", value_parser = parse_ratio)]
    pub min_confidence: Ratio,
}

impl Thresholds {
    fn options(&self) -> BasketOptions {
        BasketOptions {
            min_support: self.min_support,
            min_confidence: self.min_confidence,
            ..BasketOptions::default()
        }
    }
}

/// Options of `clientele recommend`.
#[derive(Debug, Args)]
pub struct RecommendArgs {
    /// Only this customer.
    #[arg(long, value_name = "ID")]
    pub customer: Option<i64>,
    /// Write the CSV here instead of printing it.
    #[arg(long, value_name = "FILE.csv")]
    pub out: Option<PathBuf>,
    /// The thresholds of the rules the suggestions come from.
    #[command(flatten)]
    pub thresholds: Thresholds,
}

fn parse_item(text: &str) -> Result<BasketItem, String> {
    match text.trim() {
        "product" => Ok(BasketItem::Product),
        "category" => Ok(BasketItem::Category),
        other => Err(format!("'{other}' is neither product nor category")),
    }
}

fn parse_ratio(text: &str) -> Result<Ratio, String> {
    Ratio::parse(text).map_err(|e| e.to_string())
}

/// How many rules the summary prints when no file is asked for.
const RULES_PRINTED: usize = 20;

/// `clientele basket`.
pub fn basket(store: &Store, args: BasketArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let query = BasketQuery {
        by: args.by,
        from: args.from,
        to: args.to,
        options: args.thresholds.options(),
    };
    let baskets = service::baskets::rules(store, &query, &mut Progress::silent())?;
    if let Some(path) = &args.rules_out {
        write_file(path, |w| write_rules(&baskets, w))?;
    }
    if let Some(path) = &args.itemsets_out {
        write_file(path, |w| write_itemsets(&baskets, w))?;
    }
    let itemsets = &baskets.analysis.itemsets;
    if args.json {
        let by_length: BTreeMap<String, usize> = itemsets
            .by_length()
            .into_iter()
            .map(|(len, n)| (len.to_string(), n))
            .collect();
        let summary = serde_json::json!({
            "orders": baskets.transactions.len(),
            "items": baskets.transactions.item_count(),
            "itemsets": itemsets.len(),
            "rules": baskets.analysis.rules.len(),
            "by_length": by_length,
        });
        writeln!(out, "{summary}")?;
        return Ok(());
    }
    let said = Message::new("cli-basket-summary")
        .arg("orders", baskets.transactions.len())
        .arg("items", baskets.transactions.item_count())
        .arg("itemsets", itemsets.len())
        .arg("rules", baskets.analysis.rules.len());
    writeln!(out, "{}", local(&said))?;
    for (what, path) in [("rules", &args.rules_out), ("itemsets", &args.itemsets_out)] {
        if let Some(path) = path {
            let said = Message::new("cli-basket-written")
                .arg("what", what)
                .arg("path", path.as_path());
            writeln!(out, "{}", local(&said))?;
        }
    }
    if args.rules_out.is_none() {
        for rule in strongest(&baskets.analysis.rules, RULES_PRINTED) {
            writeln!(out, "  {}", local(&baskets.sentence(rule)))?;
        }
    }
    Ok(())
}

/// The `n` rules of highest lift (then more orders), for the summary.
fn strongest(rules: &[Rule], n: usize) -> Vec<&Rule> {
    let mut by_lift: Vec<&Rule> = rules.iter().collect();
    by_lift.sort_by(|a, b| b.lift().total_cmp(&a.lift()).then(b.count.cmp(&a.count)));
    by_lift.truncate(n);
    by_lift
}

/// Opens `path` privately and writes a CSV into it.
fn write_file(
    path: &Path,
    write: impl FnOnce(&mut GuardedCsv<Box<dyn Write>>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let file = create_private(path).with_context(|| cannot_write(path))?;
    let sink: Box<dyn Write> = Box::new(std::io::BufWriter::new(file));
    let mut w = GuardedCsv::new(sink);
    write(&mut w)?;
    w.flush().with_context(|| cannot_write(path))
}

/// A number as the CSV writes it: Rust's shortest round-trip decimal, `inf` for infinity.
fn number(x: Option<f64>) -> String {
    x.map_or_else(|| "inf".to_string(), |x| x.to_string())
}

fn write_rules(baskets: &Baskets, w: &mut GuardedCsv<Box<dyn Write>>) -> anyhow::Result<()> {
    w.write_record([
        "antecedents",
        "consequents",
        "count",
        "support",
        "confidence",
        "lift",
        "leverage",
        "conviction",
    ])?;
    for rule in &baskets.analysis.rules {
        let (a, b) = baskets.labels(rule);
        w.write_record([
            a,
            b,
            rule.count.to_string(),
            number(Some(rule.support())),
            number(Some(rule.confidence())),
            number(Some(rule.lift())),
            number(Some(rule.leverage())),
            number(rule.conviction()),
        ])?;
    }
    Ok(())
}

fn write_itemsets(baskets: &Baskets, w: &mut GuardedCsv<Box<dyn Write>>) -> anyhow::Result<()> {
    let itemsets = &baskets.analysis.itemsets;
    w.write_record(["itemset", "count", "support"])?;
    for set in itemsets.as_slice() {
        w.write_record([
            baskets.transactions.label(&set.items),
            set.count.to_string(),
            number(Some(itemsets.support(set.count))),
        ])?;
    }
    Ok(())
}

/// `clientele recommend`.
pub fn recommend(store: &Store, args: RecommendArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let query = BasketQuery {
        options: args.thresholds.options(),
        ..BasketQuery::default()
    };
    let recommendations = service::baskets::recommend(store, &query, &mut Progress::silent())?;
    let rows = service::baskets::recommendation_rows(store, &recommendations, args.customer)?;
    let sink: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(create_private(path).with_context(|| cannot_write(path))?),
        None => Box::new(std::io::stdout()),
    };
    let mut w = GuardedCsv::new(std::io::BufWriter::new(sink));
    w.write_record([
        "customer_id",
        "external_ref",
        "rank",
        "product",
        "score",
        "because",
    ])?;
    for r in &rows {
        w.write_record([
            r.customer_id.to_string(),
            r.external_ref.clone().unwrap_or_default(),
            r.rank.to_string(),
            r.product.clone(),
            r.score.to_string(),
            r.because.clone(),
        ])?;
    }
    w.flush()?;
    if let Some(path) = &args.out {
        let customers = rows.iter().filter(|r| r.rank == 1).count();
        let said = Message::new("cli-recommend-written")
            .arg("customers", customers)
            .arg("rows", rows.len())
            .arg("path", path.as_path());
        writeln!(out, "{}", local(&said))?;
    }
    Ok(())
}
