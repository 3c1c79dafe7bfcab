//! "How sure is this?" on the Duplicates tab: the verdict of the duplicate detector's
//! self-checks, how the pairs were found, how many duplicates were expected and found, and
//! what each field's likeness counts for. Everything is read from the queue the worker
//! sent with the groups ([`DuplicateQueue::diagnostics`]); nothing is recomputed here.

use crate::dedup::review::DuplicateQueue;
use crate::format::Formats;
use crate::text::{Message, dupdiag, render, ui_lang};
use crate::tr;
use crate::ui::theme;

fn say(message: &Message) -> String {
    render(ui_lang(), message)
}

/// The collapsed section, under the tab's summary.
pub fn diagnostics_ui(ui: &mut egui::Ui, formats: &Formats, queue: &DuplicateQueue) {
    egui::CollapsingHeader::new(tr!("dupdiag-title"))
        .id_salt("dupdiag")
        .show(ui, |ui| body_ui(ui, formats, queue));
}

fn body_ui(ui: &mut egui::Ui, formats: &Formats, queue: &DuplicateQueue) {
    let d = &queue.diagnostics;
    let dark = ui.visuals().dark_mode;
    let trusted = !d.fallback && d.passed();
    let colour = if trusted {
        theme::good(dark)
    } else {
        theme::bad(dark)
    };
    ui.label(
        egui::RichText::new(say(&dupdiag::verdict(d)))
            .strong()
            .color(colour),
    );
    ui.add_space(theme::GAP / 2.0);
    ui.label(egui::RichText::new(tr!("dupdiag-checks")).strong());
    for c in &d.checks {
        let line = egui::RichText::new(say(&dupdiag::check(c.kind, c.passed)));
        ui.label(if c.passed {
            line
        } else {
            line.color(theme::bad(dark))
        });
        ui.indent(("dupdiag_check", c.kind.label()), |ui| {
            if !c.passed {
                ui.label(say(&dupdiag::failure_meaning(c.kind)));
            }
            ui.label(
                egui::RichText::new(say(&dupdiag::detail(ui_lang(), formats, &c.detail))).weak(),
            );
        });
    }
    ui.add_space(theme::GAP);
    ui.label(tr!(
        "dupdiag-compared",
        pairs = formats.int(queue.candidates as i64)
    ));
    egui::Grid::new("dupdiag_rules")
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(tr!("dupdiag-rule-column")).strong());
            ui.label(egui::RichText::new(tr!("dupdiag-pairs-column")).strong());
            ui.end_row();
            for (rule, count) in &d.blocking {
                ui.label(say(&dupdiag::rule(*rule)));
                ui.label(formats.int(*count as i64));
                ui.end_row();
            }
        });
    ui.add_space(theme::GAP);
    ui.label(tr!(
        "dupdiag-expected",
        expected = formats.int(d.expected_duplicate_pairs.round() as i64)
    ));
    ui.label(tr!(
        "dupdiag-found",
        found = formats.int(queue.pairs_found() as i64)
    ));
    ui.label(tr!(
        "dupdiag-chance",
        chance = say(&dupdiag::how_often(formats, d.lambda))
    ));
    ui.label(tr!(
        "dupdiag-threshold",
        threshold = formats.percent_whole(queue.threshold)
    ));
    forms_ui(ui, formats, queue);
    ui.add_space(theme::GAP);
    levels_ui(ui, formats, queue);
}

/// How many learnt pairs of first names are listed; the rest are counted.
const FORMS_SHOWN: usize = 24;

/// The first names the shop's records write for one another, which count as one name
/// (nothing when none were learnt).
fn forms_ui(ui: &mut egui::Ui, formats: &Formats, queue: &DuplicateQueue) {
    let forms = &queue.diagnostics.first_name_forms;
    if forms.is_empty() {
        return;
    }
    ui.add_space(theme::GAP / 2.0);
    ui.label(tr!(
        "dupdiag-forms",
        count = formats.int(forms.len() as i64)
    ));
    let mut list = forms
        .iter()
        .take(FORMS_SHOWN)
        .map(|(a, b)| {
            tr!(
                "dupdiag-forms-pair",
                first = written(a),
                second = written(b)
            )
        })
        .collect::<Vec<_>>()
        .join(&tr!("dupdiag-list-separator"));
    if forms.len() > FORMS_SHOWN {
        list.push_str(&tr!(
            "dupdiag-forms-more",
            count = formats.int((forms.len() - FORMS_SHOWN) as i64)
        ));
    }
    ui.label(egui::RichText::new(list).weak());
}

/// A first name as compared (lower case, in Latin letters), each part with a capital.
fn written(key: &str) -> String {
    key.split(' ')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// m, u and the weight of every field's levels.
fn levels_ui(ui: &mut egui::Ui, formats: &Formats, queue: &DuplicateQueue) {
    ui.label(egui::RichText::new(tr!("dupdiag-levels-title")).strong());
    for line in [
        tr!("dupdiag-levels-m"),
        tr!("dupdiag-levels-u"),
        tr!("dupdiag-levels-weight"),
    ] {
        ui.label(egui::RichText::new(line).weak());
    }
    egui::Grid::new("dupdiag_levels")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for header in [
                tr!("dupdiag-field-column"),
                tr!("dupdiag-level-column"),
                tr!("dupdiag-m-column"),
                tr!("dupdiag-u-column"),
                tr!("dupdiag-weight-column"),
            ] {
                ui.label(egui::RichText::new(header).strong());
            }
            ui.end_row();
            let mut last = None;
            for l in &queue.diagnostics.levels {
                if last == Some(l.field) {
                    ui.label("");
                } else {
                    ui.label(say(&dupdiag::field(l.field)));
                }
                last = Some(l.field);
                ui.label(say(&dupdiag::level(l.level)));
                for text in [
                    say(&dupdiag::how_often(formats, l.m)),
                    say(&dupdiag::how_often(formats, l.u)),
                    dupdiag::bits(formats, l.weight_bits()),
                ] {
                    ui.label(text);
                }
                ui.end_row();
            }
        });
}
