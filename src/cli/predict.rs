//! `clientele predict`: every customer's chance of buying again, expected purchases and
//! lifetime value as CSV, or the fits, the model check and the totals as JSON.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::NaiveDate;
use clap::Args;
use serde_json::{Value, json};

use super::cannot_write;
use crate::analytics::predict::{
    ClvSettings, ModelCheckOutcome, ModelChoice, ModelKind, PredictOutcome, Prediction,
};
use crate::report::export::{GuardedCsv, create_private, csv_rows_in_two};
use crate::service::predict::{PredictOptions, Predictions};
use crate::service::{self, Progress};
use crate::store::Store;
use crate::text::{Message, local};

/// The options of `clientele predict`.
#[derive(Debug, Args)]
pub struct PredictArgs {
    /// The day the models learn up to (default: the day of the latest sale).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<NaiveDate>,
    /// Days ahead for the chance of buying, the expected purchases and the model check.
    #[arg(long, value_name = "N", default_value_t = 90,
          value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub horizon_days: u32,
    /// The purchase model: auto (the one that did better on the shop's own recent sales),
    /// bgnbd or pareto-nbd.
    #[arg(long, value_name = "MODEL", default_value = "auto",
          value_parser = ["auto", "bgnbd", "pareto-nbd"])]
    pub model: String,
    /// Months of lifetime value.
    #[arg(long, value_name = "N", default_value_t = 12,
          value_parser = clap::value_parser!(u32).range(1..=600))]
    pub clv_months: u32,
    /// Monthly discount rate of lifetime value (0.01 for 1%; default: the shop's setting,
    /// 0.01 until set with `clientele settings --discount-monthly-percent`).
    #[arg(long, value_name = "D", value_parser = share)]
    pub discount_monthly: Option<f64>,
    /// Share of each sale kept as profit (1 for 100%; default: the shop's setting, 1 until
    /// set with `clientele settings --margin-percent`).
    #[arg(long, value_name = "M", value_parser = share)]
    pub margin: Option<f64>,
    /// Write the CSV here instead of printing it.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Print the fits, the model check and the totals as JSON (the CSV still goes to --out
    /// when it is given).
    #[arg(long)]
    pub json: bool,
}

/// A rate or share: a number from 0 to 1.
fn share(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!(
            "'{text}' is not a share: write a number from 0 to 1, e.g. 0.25 for 25%"
        )),
    }
}

impl PredictArgs {
    fn options(&self, shop: &crate::settings::ShopSettings) -> PredictOptions {
        PredictOptions {
            as_of: self.as_of,
            horizon_days: self.horizon_days,
            model: match self.model.as_str() {
                "bgnbd" => ModelChoice::BgNbd,
                "pareto-nbd" => ModelChoice::ParetoNbd,
                _ => ModelChoice::Auto,
            },
            clv: ClvSettings {
                months: self.clv_months,
                discount_monthly: self
                    .discount_monthly
                    .unwrap_or_else(|| shop.discount_monthly()),
                margin: self.margin.unwrap_or_else(|| shop.margin()),
            },
        }
    }
}

/// Runs `clientele predict`.
pub fn predict(store: &Store, args: PredictArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let options = args.options(&store.settings()?);
    // The file is written while the predictions are kept, when they were just made: on
    // another thread, which speaks this one's language.
    let lang = crate::text::ui_lang();
    let to_file = |made: &service::predict::Predictions| -> anyhow::Result<()> {
        crate::text::set_ui_lang(lang);
        match (&made.outcome, &args.out) {
            (PredictOutcome::Ready(p), Some(path)) => {
                let file = create_private(path).with_context(|| cannot_write(path))?;
                crate::analytics::predict::timed("CSV", || write_csv(made, p, file))
                    .with_context(|| cannot_write(path))
            }
            _ => Ok(()),
        }
    };
    let (made, written) =
        service::predict::run_then(store, &options, &mut Progress::silent(), to_file)?;
    let p = match &made.outcome {
        PredictOutcome::TooLittleData(t) => bail!("{}", local(t)),
        PredictOutcome::Ready(p) => p,
    };
    written?;
    if args.out.is_none() && !args.json {
        write_csv(&made, p, &mut *out)?;
    }
    if args.json {
        writeln!(out, "{}", summary_json(&made, p))?;
    } else if let Some(path) = &args.out {
        let said = Message::new("cli-predict-written")
            .arg("customers", p.customers.len() as i64)
            .arg("as-of", made.as_of)
            .arg("path", path.as_path());
        writeln!(out, "{}", local(&said))?;
    }
    Ok(())
}

/// One row per customer, sorted by customer id.
fn write_csv(made: &Predictions, p: &Prediction, mut sink: impl Write) -> anyhow::Result<()> {
    let mut head = GuardedCsv::new(Vec::new());
    head.write_record([
        "customer_id",
        "external_ref",
        "frequency",
        "recency_weeks",
        "age_weeks",
        "monetary_avg",
        "p_alive",
        "p_buy",
        "expected_purchases",
        "expected_spend",
        "clv",
    ])?;
    sink.write_all(&head.into_inner()?)?;
    // Field by field, each number through a reused buffer (a table of 100 000 customers is
    // a million numbers), a large table in two halves on two threads.
    let parts = csv_rows_in_two(&p.customers, SPLIT_CSV_FROM, |w, n, c| {
        let h = &c.history;
        w.number(n.int(h.customer_id));
        w.field(
            made.external_refs
                .get(&h.customer_id)
                .map_or("", String::as_str),
        );
        w.number(n.int(h.frequency));
        w.number(n.f64(h.recency_weeks));
        w.number(n.f64(h.age_weeks));
        w.number(h.monetary_avg.map_or("", |m| n.f64(m)));
        w.number(n.f64(c.p_alive));
        w.number(n.f64(c.p_buy));
        w.number(n.f64(c.expected_purchases));
        w.number(n.f64(c.expected_spend));
        w.number(n.f64(c.clv));
        w.end_record();
    });
    for part in parts {
        sink.write_all(&part)?;
    }
    sink.flush()?;
    Ok(())
}

/// From how many customers the CSV is written in two halves.
const SPLIT_CSV_FROM: usize = 20_000;

fn model_id(kind: ModelKind) -> &'static str {
    match kind {
        ModelKind::BgNbd => "bgnbd",
        ModelKind::ParetoNbd => "pareto-nbd",
    }
}

/// The issue's JSON: the as-of date, the model, the counts, the three fits, the check and
/// the totals (`null` where a fit or the check was not made).
fn summary_json(made: &Predictions, p: &Prediction) -> Value {
    let bg = &p.bgnbd;
    let pareto = p.pareto_nbd.as_ref().map_or(Value::Null, |f| {
        json!({"r": f.params.r, "alpha": f.params.alpha, "s": f.params.s,
               "beta": f.params.beta, "ll": f.ll})
    });
    let gg = &p.gamma_gamma;
    let check = match &p.check {
        ModelCheckOutcome::Done(c) => {
            let score = match (p.model, c.pareto_nbd) {
                (ModelKind::ParetoNbd, Some(s)) => s,
                _ => c.bgnbd,
            };
            json!({"horizon_days": c.horizon_days, "mae": score.mae, "auc": score.auc,
                   "chosen": model_id(c.chosen)})
        }
        ModelCheckOutcome::Skipped(why) => json!({
            "horizon_days": p.settings.horizon_days, "mae": null, "auc": null,
            "chosen": null, "skipped": local(why)}),
    };
    json!({
        "as_of": made.as_of.to_string(),
        "model": model_id(p.model),
        "customers": p.customers.len(),
        "repeat_customers": p.repeat_customers,
        "bgnbd": {"r": bg.params.r, "alpha": bg.params.alpha, "a": bg.params.a,
                  "b": bg.params.b, "ll": bg.ll},
        "pareto_nbd": pareto,
        "gamma_gamma": {"p": gg.params.p, "q": gg.params.q, "v": gg.params.v, "ll": gg.ll},
        "check": check,
        "total_clv": p.total_clv,
        "expected_purchases": p.expected_purchases,
        "warning": p.warning.as_ref().map(crate::text::english),
    })
}
