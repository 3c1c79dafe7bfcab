//! `clientele campaign`: create a campaign with its control group, list them, write their
//! members and contact lists, and measure their results.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::cli_error;
use crate::analytics::campaign::{GroupFigures, Response, Target};
use crate::report::contact::LabelSheet;
use crate::service::campaign::{CampaignSpec, Measured, PdfOptions};
use crate::service::{self, Progress};
use crate::store::{Channel, ContactKind, LeftOut, Store};
use crate::text::campaign::channel_word;
use crate::text::{Message, english};

/// The subcommands of `clientele campaign`.
#[derive(Debug, Subcommand)]
pub enum CampaignCommand {
    /// Create a campaign: its target, those who agreed to be contacted on the channel, and
    /// a control group held out at random (stratified by segment).
    Create(CreateArgs),
    /// List the campaigns, newest first.
    List {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Write a campaign's members as drawn: customer_id,external_ref,group (target or
    /// control).
    Members {
        /// The campaign.
        #[arg(value_name = "NAME")]
        name: String,
        /// The CSV (or XLSX) file to write.
        #[arg(long, value_name = "FILE.csv")]
        out: PathBuf,
    },
    /// Write the contact list of the target group (CSV or XLSX) for a mailing tool.
    Export {
        /// The campaign.
        #[arg(value_name = "NAME")]
        name: String,
        /// The file to write: .csv or .xlsx (the contact list), or .pdf (a post campaign's
        /// address labels or letters, a phone campaign's call sheet).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The label sheet of a post campaign's PDF (default: the shop's paper's).
        #[arg(long, value_name = "SHEET", value_parser = LabelSheet::NAMES)]
        labels: Option<String>,
        /// A letter's text, with fields such as {first_name} and {suggested_product}: the PDF
        /// holds one letter per customer instead of labels.
        #[arg(long, value_name = "FILE.txt")]
        letter: Option<PathBuf>,
    },
    /// Measure a campaign: response rates of target and control, the uplift with 95%
    /// intervals, what it brought in all, and the verdict.
    Results {
        /// The campaign.
        #[arg(value_name = "NAME")]
        name: String,
        /// Count sales up to this day (default: today, up to the window's end).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<NaiveDate>,
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
    /// Write a campaign's report (PDF): the campaign, both groups, the uplift with its 95%
    /// intervals, what it brought, the verdict and who was left out, in the language of
    /// `--lang`.
    Report {
        /// The campaign.
        #[arg(value_name = "NAME")]
        name: String,
        /// Count sales up to this day (default: today, up to the window's end).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<NaiveDate>,
        /// The PDF file to write.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
    },
}

/// The subcommands of `clientele note`.
#[derive(Debug, Subcommand)]
pub enum NoteCommand {
    /// Add a note to a customer's contact history (recorded in the audit).
    Add {
        /// The customer's id.
        #[arg(value_name = "ID")]
        id: i64,
        /// What it was: call, visit, complaint or other.
        #[arg(long, value_name = "KIND", value_parser = ["call", "visit", "complaint", "other"])]
        kind: String,
        /// What was said or done.
        #[arg(long, value_name = "TEXT")]
        text: String,
        /// The day it happened (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<NaiveDate>,
    },
}

/// Runs `clientele note ...`.
pub fn note(store: &Store, cmd: NoteCommand, out: &mut impl Write) -> anyhow::Result<()> {
    let NoteCommand::Add {
        id,
        kind,
        text,
        date,
    } = cmd;
    let kind = match kind.as_str() {
        "call" => ContactKind::Call,
        "visit" => ContactKind::Visit,
        "complaint" => ContactKind::Complaint,
        _ => ContactKind::Note,
    };
    service::campaign::add_note(store, id, kind, &text, date)?;
    let said = Message::new("campaign-note-added").arg("id", id.to_string());
    writeln!(out, "{}", crate::text::local(&said))?;
    Ok(())
}

/// The options of `clientele campaign create`.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The campaign's name (unique).
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Who to contact: KIND:NAME with KIND segment, saved, tier, stage, predict
    /// (worth-saving, likely-to-leave), offer (a product) or feedback (unhappy), e.g.
    /// "segment:At risk".
    #[arg(long, value_name = "KIND:NAME")]
    pub target: String,
    /// A saved-segment rule (JSON, see docs/segment-rules.md) the target is intersected with.
    #[arg(long, value_name = "JSON")]
    pub rule: Option<String>,
    /// How customers are contacted; only those who agreed on it are included.
    #[arg(long, value_name = "CHANNEL", value_parser = ["email", "sms", "post", "phone"])]
    pub channel: String,
    /// What the campaign wants: win-back, thank, cross-sell or announce.
    #[arg(long, value_name = "GOAL", default_value = "announce")]
    pub goal: String,
    /// The share of the target held out as the control group (0.1 for 10%).
    #[arg(long, value_name = "SHARE", default_value_t = 0.1)]
    pub control: f64,
    /// The seed of the control group's draw (default: from the clock; it is stored).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// The first day of the response window (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub start: Option<NaiveDate>,
    /// The response window's length in days.
    #[arg(long, value_name = "N", default_value_t = 30)]
    pub window_days: u32,
    /// What counts as a response: any, product:NAME, category:NAME or revenue.
    #[arg(long, value_name = "DEFINITION", default_value = "any")]
    pub response: String,
    /// What one contact costs (for the return).
    #[arg(long, value_name = "X")]
    pub cost_per_contact: Option<f64>,
    /// Write the customers left out (no consent, said no, no address) to this CSV.
    #[arg(long, value_name = "FILE.csv")]
    pub left_out: Option<PathBuf>,
    /// Print JSON for scripts.
    #[arg(long)]
    pub json: bool,
}

impl CreateArgs {
    fn spec(&self) -> Result<CampaignSpec, service::Error> {
        use crate::analytics::campaign::{CampaignError, Goal};
        let channel = Channel::ALL
            .into_iter()
            .find(|c| c.as_str() == self.channel)
            .ok_or_else(|| CampaignError::Channel(self.channel.clone()))?;
        Ok(CampaignSpec {
            name: self.name.clone(),
            goal: Goal::parse(&self.goal)?,
            target: Target::parse(&self.target)?,
            rule: self.rule.clone(),
            channel,
            control_share: self.control,
            seed: self.seed,
            start: self.start,
            window_days: self.window_days,
            response: Response::parse(&self.response)?,
            cost_per_contact: self.cost_per_contact,
        })
    }
}

/// Runs `clientele campaign ...`.
pub fn campaign(store: &Store, cmd: CampaignCommand, out: &mut impl Write) -> anyhow::Result<()> {
    match cmd {
        CampaignCommand::Create(args) => create(store, &args, out),
        CampaignCommand::List { json } => list(store, json, out),
        CampaignCommand::Members { name, out: file } => {
            let n = service::campaign::write_members(store, &name, &file).map_err(cli_error)?;
            writeln!(out, "{n} members written to {}", file.display())?;
            Ok(())
        }
        CampaignCommand::Export {
            name,
            out: file,
            labels,
            letter,
        } => {
            let options = PdfOptions {
                labels: labels.as_deref().and_then(LabelSheet::parse),
                letter,
            };
            let pdf = file
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
            let n = if pdf {
                service::campaign::export_pdf(
                    store,
                    &name,
                    &file,
                    &options,
                    &mut Progress::silent(),
                )
            } else {
                service::campaign::export(store, &name, &file, &mut Progress::silent())
            }
            .map_err(cli_error)?;
            writeln!(
                out,
                "{n} customers to contact written to {}",
                file.display()
            )?;
            Ok(())
        }
        CampaignCommand::Report {
            name,
            as_of,
            out: file,
        } => {
            let (measured, pdf) =
                service::campaign::report(store, &name, as_of, crate::text::ui_lang())?;
            service::report::save(store, &pdf, &file).map_err(cli_error)?;
            let said = Message::new("campaign-report-written")
                .arg("name", measured.campaign.name.as_str())
                .arg("path", file.as_path())
                .arg("kb", pdf.len().div_ceil(1024));
            writeln!(out, "{}", crate::text::local(&said))?;
            Ok(())
        }
        CampaignCommand::Results { name, as_of, json } => {
            let measured = service::campaign::results(store, &name, as_of)?;
            if json {
                writeln!(out, "{}", results_json(&measured))?;
            } else {
                write_results(&measured, out)?;
            }
            Ok(())
        }
    }
}

fn create(store: &Store, args: &CreateArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let spec = args.spec()?;
    let made = service::campaign::create(store, &spec, &mut Progress::silent())?;
    if let Some(path) = &args.left_out {
        service::campaign::write_left_out(&made.left_out, path).map_err(cli_error)?;
    }
    let c = &made.campaign;
    let d = &c.detectable;
    if args.json {
        let value = json!({
            "campaign": c.name,
            "id": c.id,
            "target": d.target,
            "control": d.control,
            "seed": c.seed,
            "start": c.start.to_string(),
            "window_days": c.window_days,
            "left_out": {
                "no_consent": made.left_out_for(LeftOut::NoConsent),
                "said_no": made.left_out_for(LeftOut::SaidNo),
                "no_address": made.left_out_for(LeftOut::NoAddress),
            },
            "min_detectable_difference": d.min_difference,
            "base_rate": d.base_rate,
            "base_rate_from_shop": d.base_from_shop,
            "detectable": english(d),
        });
        writeln!(out, "{value}")?;
        return Ok(());
    }
    let created = Message::new("campaign-created")
        .arg("name", c.name.as_str())
        .arg("target", d.target)
        .arg("control", d.control)
        .arg("channel", channel_word(c.channel))
        .arg("seed", c.seed.to_string());
    writeln!(out, "{}", crate::text::local(&created))?;
    writeln!(out, "{}", crate::text::local(d))?;
    if !made.left_out.is_empty() {
        let left = Message::new("campaign-left-out")
            .arg("no-consent", made.left_out_for(LeftOut::NoConsent))
            .arg("said-no", made.left_out_for(LeftOut::SaidNo))
            .arg("no-address", made.left_out_for(LeftOut::NoAddress));
        writeln!(out, "{}", crate::text::local(&left))?;
    }
    Ok(())
}

fn list(store: &Store, json: bool, out: &mut impl Write) -> anyhow::Result<()> {
    let all = service::campaign::list(store)?;
    if json {
        writeln!(out, "{}", serde_json::to_string(&all)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "name\ttarget\tchannel\tstart\twindow_days\tcontacted\tcontrol\tleft_out\tcreated"
    )?;
    for c in &all {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            c.name,
            c.target.text(),
            c.channel.as_str(),
            c.start,
            c.window_days,
            c.detectable.target,
            c.detectable.control,
            c.left_out,
            c.created_at
        )?;
    }
    Ok(())
}

/// A number for JSON: `null` when it is not finite.
fn number(x: f64) -> Value {
    if x.is_finite() { json!(x) } else { Value::Null }
}

fn group_json(g: &GroupFigures) -> Value {
    json!({
        "customers": g.customers,
        "responders": g.responders,
        "rate": number(g.rate),
        "revenue": number(g.revenue),
        "revenue_per_customer": number(g.revenue_per_customer),
    })
}

/// The results as the JSON: exactly its keys.
fn results_json(m: &Measured) -> Value {
    let r = &m.results;
    json!({
        "campaign": m.campaign.name,
        "start": m.campaign.start.to_string(),
        "window_days": m.campaign.window_days,
        "target": group_json(&r.target),
        "control": group_json(&r.control),
        "uplift": r.uplift.map(|u| json!({
            "rate_diff": number(u.rate_diff),
            "rate_lo95": number(u.rate_lo95),
            "rate_hi95": number(u.rate_hi95),
            "revenue_per_customer_diff": number(u.revenue_per_customer_diff),
            "rpc_lo95": number(u.rpc_lo95),
            "rpc_hi95": number(u.rpc_hi95),
        })),
        "incremental_responders": r.incremental_responders.map(number),
        "incremental_revenue": r.incremental_revenue.map(number),
        "verdict": english(&r.verdict),
    })
}

fn write_results(m: &Measured, out: &mut impl Write) -> anyhow::Result<()> {
    let r = &m.results;
    let c = &m.campaign;
    writeln!(
        out,
        "campaign\t{}\nwindow\t{} to {} (counted to {})",
        c.name, c.start, m.window_end, m.counted_to
    )?;
    writeln!(
        out,
        "group\tcustomers\tresponders\trate\trevenue\trevenue_per_customer\torders_per_customer"
    )?;
    for (name, g) in [("target", &r.target), ("control", &r.control)] {
        writeln!(
            out,
            "{name}\t{}\t{}\t{:.4}\t{:.2}\t{:.2}\t{:.3}",
            g.customers,
            g.responders,
            g.rate,
            g.revenue,
            g.revenue_per_customer,
            g.orders_per_customer
        )?;
    }
    if let Some(u) = r.uplift {
        writeln!(
            out,
            "rate difference\t{:.4} (95%: {:.4} to {:.4})",
            u.rate_diff, u.rate_lo95, u.rate_hi95
        )?;
        writeln!(
            out,
            "revenue per customer difference\t{:.2} (95%: {:.2} to {:.2})",
            u.revenue_per_customer_diff, u.rpc_lo95, u.rpc_hi95
        )?;
    }
    if let (Some(extra), Some(revenue)) = (r.incremental_responders, r.incremental_revenue) {
        writeln!(
            out,
            "incremental responders\t{extra:.1}\nincremental revenue\t{revenue:.2}"
        )?;
    }
    if let Some(ret) = r.return_on_cost {
        writeln!(
            out,
            "cost\t{:.2}\nnet return\t{:.2}\nrevenue per unit of cost\t{:.2}",
            ret.cost, ret.net, ret.per_unit_cost
        )?;
    }
    writeln!(out, "{}", crate::text::local(&r.verdict))?;
    Ok(())
}
