//! The command line's privacy verbs: `consent`, `erase`, `subject-export`, `backup` and
//! `restore`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::bail;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use crate::model::Consent;
use crate::service::{self, Progress};
use crate::store::{Channel, ConsentSource, EraseReason, Store, consent_now};
use crate::text::{Message, local};

/// A consent answer as typed.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ConsentArg {
    /// Agreed.
    Yes,
    /// Refused.
    No,
    /// Not known.
    Unknown,
}

impl From<ConsentArg> for Consent {
    fn from(a: ConsentArg) -> Consent {
        match a {
            ConsentArg::Yes => Consent::Yes,
            ConsentArg::No => Consent::No,
            ConsentArg::Unknown => Consent::Unknown,
        }
    }
}

/// Options of `clientele consent`.
#[derive(Debug, Args)]
pub struct ConsentArgs {
    /// The customer.
    #[arg(value_name = "ID")]
    pub id: i64,
    /// Consent to e-mails.
    #[arg(long, value_enum, value_name = "yes|no|unknown")]
    pub email: Option<ConsentArg>,
    /// Consent to text messages.
    #[arg(long, value_enum, value_name = "yes|no|unknown")]
    pub sms: Option<ConsentArg>,
    /// Consent to letters.
    #[arg(long, value_enum, value_name = "yes|no|unknown")]
    pub post: Option<ConsentArg>,
    /// Consent to phone calls.
    #[arg(long, value_enum, value_name = "yes|no|unknown")]
    pub phone: Option<ConsentArg>,
    /// The day the customer decided (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub on: Option<NaiveDate>,
    /// Print JSON for scripts.
    #[arg(long)]
    pub json: bool,
}

/// Options of `clientele erase`.
#[derive(Debug, Args)]
pub struct EraseArgs {
    /// The customers.
    #[arg(value_name = "ID", required_unless_present_any = ["batch", "no_order_for_years"])]
    pub ids: Vec<i64>,
    /// Every customer one of whose records came from this import (see `clientele imports`).
    #[arg(long, value_name = "BATCH", conflicts_with_all = ["ids", "no_order_for_years"])]
    pub batch: Option<i64>,
    /// A retention rule: every customer with no order for this many years (none since
    /// the same day N years before --as-of).
    #[arg(long, value_name = "N", conflicts_with = "ids")]
    pub no_order_for_years: Option<u32>,
    /// With --no-order-for-years: the day counted from (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date, requires = "no_order_for_years")]
    pub as_of: Option<NaiveDate>,
    /// Erase without asking (otherwise what would go is printed and nothing changes).
    #[arg(long)]
    pub yes: bool,
}

/// Options of `clientele restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup copy.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Restore without asking (otherwise what the copy holds is printed and nothing changes).
    #[arg(long)]
    pub yes: bool,
}

/// `clientele consent`: records the choices given, then prints the customer's consent.
pub fn consent(store: &Store, args: &ConsentArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let choices: Vec<(Channel, Consent)> = [
        (Channel::Email, args.email),
        (Channel::Sms, args.sms),
        (Channel::Post, args.post),
        (Channel::Phone, args.phone),
    ]
    .into_iter()
    .filter_map(|(c, a)| a.map(|a| (c, Consent::from(a))))
    .collect();
    service::privacy::set_consent(
        store,
        args.id,
        &choices,
        ConsentSource::CommandLine,
        args.on,
    )?;
    let history = store.consent_history(args.id)?;
    if args.json {
        let now: Vec<_> = consent_now(&history)
            .into_iter()
            .map(|(c, s, on)| serde_json::json!({ "channel": c, "state": s, "decided_on": on }))
            .collect();
        writeln!(
            out,
            "{}",
            serde_json::json!({ "customer_id": args.id, "consent": now, "history": history })
        )?;
        return Ok(());
    }
    writeln!(out, "channel\tconsent\tdecided_on")?;
    for (c, s, on) in consent_now(&history) {
        writeln!(
            out,
            "{}\t{}\t{}",
            c.as_str(),
            s.as_str(),
            on.unwrap_or_default()
        )?;
    }
    Ok(())
}

/// `clientele erase`: prints what would go; with `--yes`, erases it.
pub fn erase(store: &Store, args: &EraseArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let ids = match (args.batch, args.no_order_for_years) {
        (Some(batch), _) => store.customers_of_batch(batch)?,
        (None, Some(years)) => {
            let today = args
                .as_of
                .unwrap_or_else(|| chrono::Local::now().date_naive());
            service::privacy::inactive_customers(store, years, today)?
        }
        (None, None) => args.ids.clone(),
    };
    if ids.is_empty() {
        writeln!(out, "{}", local(&Message::new("cli-erase-nobody")))?;
        return Ok(());
    }
    let preview = service::privacy::erase_preview(store, &ids)?;
    let said = crate::text::erasure_message;
    if !args.yes {
        writeln!(out, "{}", local(&said("cli-erase-preview", &preview)))?;
        bail!(local(&Message::new("cli-erase-needs-yes")));
    }
    let done =
        service::privacy::erase(store, &ids, EraseReason::OnRequest, &mut Progress::silent())?;
    writeln!(out, "{}", local(&said("cli-erased", &done)))?;
    Ok(())
}

/// `clientele subject-export`.
pub fn subject_export(
    store: &Store,
    id: i64,
    path: &std::path::Path,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let pdf = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    let lines = if pdf {
        let lang = crate::text::ui_lang();
        service::privacy_subject::subject_export_pdf(store, id, path, lang)?
    } else {
        service::privacy::subject_export(store, id, path)?
    };
    let said = Message::new("cli-subject-written")
        .arg("customer", id)
        .arg("lines", lines)
        .arg("path", path);
    writeln!(out, "{}", local(&said))?;
    Ok(())
}

/// `clientele backup`.
pub fn backup(
    store: &Store,
    file: Option<&std::path::Path>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let path = service::privacy::backup(store, file)?;
    let said = Message::new("cli-backup-written").arg("path", path.as_path());
    writeln!(out, "{}", local(&said))?;
    Ok(())
}

/// `clientele restore`: prints what the copy holds; with `--yes`, restores it.
pub fn restore(store: &mut Store, args: &RestoreArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let held = service::privacy::backup_contents(&args.file)?;
    let s = &held.stats;
    let holds = Message::new("cli-backup-holds")
        .arg("path", args.file.as_path())
        .arg("customers", s.customers)
        .arg("lines", s.sale_lines)
        .arg(
            "first",
            s.first_sale.map(|d| d.to_string()).unwrap_or_default(),
        )
        .arg(
            "last",
            s.last_sale.map(|d| d.to_string()).unwrap_or_default(),
        );
    writeln!(out, "{}", local(&holds))?;
    if !args.yes {
        bail!(local(&Message::new("cli-restore-needs-yes")));
    }
    let restored = service::privacy::restore(store, &args.file)?;
    let said = Message::new("cli-restored")
        .arg("path", args.file.as_path())
        .arg("erased", restored.erased.len());
    writeln!(out, "{}", local(&said))?;
    Ok(())
}

/// What a marketing list withheld for want of consent, as a sentence's message.
pub fn withheld_message(w: &service::privacy_lists::Withheld) -> Message {
    Message::new("privacy2-withheld")
        .arg("left-out", w.left_out)
        .arg("emails", w.emails)
        .arg("phones", w.phones)
        .arg("addresses", w.addresses)
}
