//! The predictions in words: why there are none, how sure they are, which model was used
//! and how well it did on the shop's own recent past.

use super::{Localize, Message};
use crate::analytics::predict::check::{CheckSkipped, ModelCheckOutcome};
use crate::analytics::predict::{DataWarning, ModelKind, Prediction, TooLittleData};
use crate::format::Formats;

/// From this chance of still being a customer on, a customer is "likely still buying".
pub const STILL_BUYING_FROM: f64 = 0.7;

/// From this chance on (and below [`STILL_BUYING_FROM`]), a customer is "slipping away";
/// below it, "probably gone".
pub const SLIPPING_FROM: f64 = 0.2;

/// A chance of still being a customer in words.
pub fn alive_words(p_alive: f64) -> &'static str {
    if p_alive >= STILL_BUYING_FROM {
        "likely still buying"
    } else if p_alive >= SLIPPING_FROM {
        "slipping away"
    } else {
        "probably gone"
    }
}

/// The model's name as the owner reads it.
pub fn model_name(kind: ModelKind) -> &'static str {
    match kind {
        ModelKind::BgNbd => "BG/NBD",
        ModelKind::ParetoNbd => "Pareto/NBD",
    }
}

impl Localize for TooLittleData {
    fn message(&self) -> Message {
        Message::new("predict-too-little-data")
            .arg("repeat", self.repeat_customers as i64)
            .arg("customers", self.customers as i64)
            .arg("needed", self.needed as i64)
    }
}

impl Localize for DataWarning {
    fn message(&self) -> Message {
        match self {
            DataWarning::FewRepeatCustomers {
                repeat_customers,
                recommended,
            } => Message::new("predict-few-repeat")
                .arg("repeat", *repeat_customers as i64)
                .arg("recommended", *recommended as i64),
        }
    }
}

impl Localize for CheckSkipped {
    fn message(&self) -> Message {
        match self {
            CheckSkipped::HistoryTooShort {
                history_days,
                needed_days,
            } => Message::new("predict-check-history-short")
                .arg("history", *history_days)
                .arg("needed", *needed_days),
            CheckSkipped::TooFewRepeatCustomers {
                repeat_customers,
                needed,
            } => Message::new("predict-check-few-repeat")
                .arg("repeat", *repeat_customers as i64)
                .arg("needed", *needed as i64),
            CheckSkipped::FitFailed => Message::new("predict-check-fit-failed"),
        }
    }
}

/// The headline: how many customers are likely to buy again in the horizon (counts
/// written in the shop's format).
pub fn headline(p: &Prediction, formats: &Formats) -> Message {
    let likely: f64 = p.customers.iter().map(|c| c.p_buy).sum();
    Message::new("predict-headline")
        .arg("likely", formats.int(round_count(likely)))
        .arg("customers", formats.int(p.customers.len() as i64))
        .arg("days", i64::from(p.settings.horizon_days))
}

/// A count said "about": to the nearest ten above a hundred, else to the unit.
fn round_count(v: f64) -> i64 {
    let n = v.max(0.0).round() as i64;
    if n >= 100 { (n + 5) / 10 * 10 } else { n }
}

/// Which model gave the figures, and why.
pub fn model_used(p: &Prediction) -> Message {
    use crate::analytics::predict::ModelReason;
    let name = model_name(p.model);
    match (p.model_reason, &p.check) {
        (ModelReason::LowerHoldoutError, ModelCheckOutcome::Done(c)) => {
            let other = if p.model == ModelKind::BgNbd {
                c.pareto_nbd
            } else {
                Some(c.bgnbd)
            };
            let chosen_mae = if p.model == ModelKind::BgNbd {
                c.bgnbd.mae
            } else {
                c.pareto_nbd.map_or(c.bgnbd.mae, |s| s.mae)
            };
            match other {
                Some(o) => Message::new("predict-model-lower-error")
                    .arg("model", name)
                    .arg("mae", chosen_mae)
                    .arg("other", model_name(o.model))
                    .arg("other-mae", o.mae),
                None => Message::new("predict-model-only").arg("model", name),
            }
        }
        (ModelReason::Requested, _) => Message::new("predict-model-requested").arg("model", name),
        (ModelReason::OtherFitFailed, _) => Message::new("predict-model-other-failed"),
        _ => Message::new("predict-model-default").arg("model", name),
    }
}

/// How the model did on the last horizon, fitted on what came before; or why it was not
/// checked (counts written in the shop's format).
pub fn check_result(p: &Prediction, formats: &Formats) -> Message {
    match &p.check {
        ModelCheckOutcome::Skipped(why) => why.message(),
        ModelCheckOutcome::Done(c) => {
            let score = match (p.model, c.pareto_nbd) {
                (ModelKind::ParetoNbd, Some(s)) => s,
                _ => c.bgnbd,
            };
            let m = Message::new("predict-check")
                .arg("days", i64::from(c.horizon_days))
                .arg("actual", formats.int(c.actual_total.round() as i64))
                .arg(
                    "predicted",
                    formats.int(score.predicted_total.round() as i64),
                );
            match score.auc {
                Some(auc) => m.arg("auc", (auc * 100.0).round() as i64),
                None => m,
            }
        }
    }
}
