//! The report's Predictions section (issue 21): how many customers are likely to buy
//! again, the expected revenue with its range, which model gave the figures and how it did
//! on the shop's own recent sales, and "Worth saving": the customers slipping away, by the
//! value at risk. The figures come ready in [`ReportData::predictions`] (the same call as
//! `clientele predict`); this file only lays them out, in the words of [`crate::text`].

use super::{Align, BODY, INK, Layout, MARGIN, MUTED, cell, col};
use crate::analytics::predict::{PredictOutcome, Prediction};
use crate::format::Formats;
use crate::report::data::{ReportData, ReportPredictions, WORTH_SAVING_ROWS};
use crate::report::text::{Key, Lang, t};
use crate::text::predict::{SLIPPING_FROM, STILL_BUYING_FROM, check_result, headline, model_used};
use crate::text::{Localize, Message};

/// Lays out the section.
pub(super) fn section(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.heading(t(lang, Key::Predictions));
    let Some(made) = &data.predictions else {
        return;
    };
    let p = match &made.outcome {
        Ok(PredictOutcome::Ready(p)) => p,
        Ok(PredictOutcome::TooLittleData(why)) => {
            l.paragraph(&say(lang, why), BODY, INK);
            return;
        }
        Err(e) => {
            let why = Message::new("error-predict").arg("detail", e.to_string());
            l.paragraph(&say(lang, &why), BODY, INK);
            return;
        }
    };
    let as_of = Message::new("report-predict-as-of").arg("date", f.date_words(p.settings.as_of));
    l.paragraph(&say(lang, &as_of), 8.0, MUTED);
    l.paragraph(&say(lang, &headline(p, f)), 11.0, INK);
    l.paragraph(&say(lang, &revenue(p, f)), BODY, INK);
    if let Some(warning) = &p.warning {
        l.paragraph(&say(lang, warning), BODY, MUTED);
    }
    let check = format!(
        "{} {}",
        say(lang, &check_result(p, f)),
        say(lang, &model_used(p))
    );
    l.paragraph(&check, BODY, MUTED);
    worth_saving(l, lang, made, p, f);
}

/// A message in the report's language.
fn say(lang: Lang, value: &impl Localize) -> String {
    crate::text::render(lang, &value.message())
}

/// Money in whole units, from an amount in the shop's currency.
fn money(f: &Formats, v: f64) -> String {
    f.money_whole((v * 100.0).round() as i64)
}

/// The expected revenue over the horizon with its range, and the lifetime value.
fn revenue(p: &Prediction, f: &Formats) -> Message {
    let r = &p.revenue;
    let m = Message::new("report-predict-revenue")
        .arg("days", i64::from(p.settings.horizon_days))
        .arg("expected", money(f, r.expected))
        .arg("months", i64::from(p.settings.clv.months))
        .arg("clv", money(f, p.total_clv));
    match (r.low, r.high) {
        (Some(lo), Some(hi)) => m.arg("low", money(f, lo)).arg("high", money(f, hi)),
        _ => m,
    }
}

/// "Worth saving": the customers slipping away, by the value at risk.
fn worth_saving(
    l: &mut Layout<'_>,
    lang: Lang,
    made: &ReportPredictions,
    p: &Prediction,
    f: &Formats,
) {
    let months = i64::from(p.settings.clv.months);
    l.ensure(60.0);
    l.y += 16.0;
    l.text(
        MARGIN,
        l.y,
        10.0,
        true,
        INK,
        &say(lang, &Message::new("report-worth-saving")),
    );
    l.y += 6.0;
    let note = Message::new("report-worth-saving-note")
        .arg("from", f.percent_whole(SLIPPING_FROM))
        .arg("to", f.percent_whole(STILL_BUYING_FROM))
        .arg("months", months);
    l.paragraph(&say(lang, &note), 8.0, MUTED);
    let rows = &made.worth_saving;
    if rows.is_empty() {
        l.paragraph(
            &say(lang, &Message::new("report-worth-saving-none")),
            BODY,
            INK,
        );
        return;
    }
    let at_risk: f64 = rows.iter().map(|r| r.1).sum();
    let total = Message::new("report-worth-saving-total")
        .arg("count", f.int(rows.len() as i64))
        .arg("at-risk", money(f, at_risk))
        .arg("months", months);
    l.paragraph(&say(lang, &total), BODY, INK);
    let title = |id: &'static str| say(lang, &Message::new(id).arg("months", months));
    let cols = [
        col(&title("report-column-customer"), 0.36, Align::Left),
        col(&title("report-column-purchase-days"), 0.14, Align::Right),
        col(&title("report-column-still-customer"), 0.16, Align::Right),
        col(&title("report-column-worth"), 0.17, Align::Right),
        col(&title("report-column-at-risk"), 0.17, Align::Right),
    ];
    let lines = rows
        .iter()
        .take(WORTH_SAVING_ROWS)
        .map(|(c, risk)| {
            let id = c.history.customer_id;
            vec![
                cell(made.names.get(&id).cloned().unwrap_or_default()),
                cell(f.int(i64::from(c.history.frequency) + 1)),
                cell(f.percent_whole(c.p_alive)),
                cell(money(f, c.clv)),
                cell(money(f, *risk)),
            ]
        })
        .collect();
    l.table(&cols, lines);
    if rows.len() > WORTH_SAVING_ROWS {
        let more = Message::new("report-worth-saving-more")
            .arg("count", f.int((rows.len() - WORTH_SAVING_ROWS) as i64));
        l.paragraph(&say(lang, &more), 8.0, MUTED);
    }
}
