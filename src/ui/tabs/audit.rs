//! The Audit screen (issue 25): who did what and when — imports and their undoing, merges
//! and unmerges, edits, erasures, exports, campaigns, consent changes, feedback — newest
//! first, with a filter by kind and a text search. The worker reads one page of 200 lines
//! at a time, so a trail of 100 000 lines stays as quick as a short one. The lines of an
//! erased customer were emptied by the erase: the screen shows what the file holds.

use std::sync::Arc;

use crate::jobs::{Event, PrivacyRequest, Request};
use crate::store::{AuditFilter, AuditLine};
use crate::tr;
use crate::ui::screen::{Cx, Screen};

/// Lines per page.
const PAGE: usize = 200;

/// The Audit screen's own state.
#[derive(Default)]
pub struct AuditScreen {
    /// The kind chosen (`None`: every kind).
    kind: Option<String>,
    /// The text searched for, as typed.
    search: String,
    /// The page shown: its filter, offset, total and lines.
    page: Option<(AuditFilter, usize, usize, Arc<Vec<AuditLine>>)>,
    /// Every kind of action in the trail.
    kinds: Arc<Vec<String>>,
    /// The page asked for and not yet answered, and the data generation it was asked at.
    asked: Option<(AuditFilter, usize, u64)>,
    /// The offset wanted.
    offset: usize,
}

impl AuditScreen {
    fn filter(&self) -> AuditFilter {
        AuditFilter {
            action: self.kind.clone(),
            text: self.search.trim().to_string(),
        }
    }

    /// Asks for the page wanted when the one shown (or asked for) is another, or older
    /// than the shop's data.
    fn ask(&mut self, cx: &mut Cx) {
        let want = (self.filter(), self.offset, cx.data_generation);
        if self.asked.as_ref() == Some(&want) || cx.stats.is_none() {
            return;
        }
        self.asked = Some(want.clone());
        cx.send(Request::Privacy(PrivacyRequest::AuditPage {
            filter: want.0,
            offset: want.1,
            limit: PAGE,
        }));
    }

    fn controls(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            let kind_label = ui.label(tr!("privacy2-audit-kind"));
            let every = tr!("privacy2-audit-every-kind");
            let shown = self.kind.as_deref().map_or(every.clone(), kind_words);
            let before = self.kind.clone();
            egui::ComboBox::from_id_salt("audit_kind")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.kind, None, every);
                    for k in self.kinds.iter() {
                        ui.selectable_value(&mut self.kind, Some(k.clone()), kind_words(k));
                    }
                })
                .response
                .labelled_by(kind_label.id);
            let search_label = ui.label(tr!("privacy2-audit-search"));
            let typed = ui
                .add(egui::TextEdit::singleline(&mut self.search).desired_width(200.0))
                .labelled_by(search_label.id)
                .changed();
            if typed || before != self.kind {
                self.offset = 0;
            }
        });
        let Some((_, offset, total, lines)) = &self.page else {
            return;
        };
        let (offset, total, shown) = (*offset, *total, lines.len());
        ui.horizontal_wrapped(|ui| {
            if total == 0 {
                ui.label(tr!("privacy2-audit-none"));
                return;
            }
            let count = total as i64;
            ui.label(tr!(
                "privacy2-audit-lines",
                first = cx.formats.int(offset as i64 + 1),
                last = cx.formats.int((offset + shown) as i64),
                total = cx.formats.int(count),
                count = count
            ));
            if ui
                .add_enabled(offset > 0, egui::Button::new(tr!("privacy2-audit-newer")))
                .clicked()
            {
                self.offset = offset.saturating_sub(PAGE);
            }
            if ui
                .add_enabled(offset + shown < total, egui::Button::new(tr!("privacy2-audit-older")))
                .clicked()
            {
                self.offset = offset + PAGE;
            }
        });
    }

    fn table(&self, cx: &Cx, ui: &mut egui::Ui) {
        let Some((_, _, _, lines)) = &self.page else {
            ui.spinner();
            return;
        };
        let row_h = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        egui_extras::TableBuilder::new(ui)
            .id_salt("audit_table")
            .striped(true)
            .column(egui_extras::Column::auto().at_least(130.0))
            .column(egui_extras::Column::auto().at_least(120.0))
            .column(egui_extras::Column::remainder().clip(true))
            .header(row_h, |mut h| {
                h.col(|ui| {
                    ui.strong(tr!("privacy2-audit-when"));
                });
                h.col(|ui| {
                    ui.strong(tr!("privacy2-audit-what"));
                });
                h.col(|ui| {
                    ui.strong(tr!("privacy2-audit-details"));
                });
            })
            .body(|body| {
                body.rows(row_h, lines.len(), |mut row| {
                    let Some(line) = lines.get(row.index()) else {
                        return;
                    };
                    row.col(|ui| {
                        ui.label(when(cx, &line.at));
                    });
                    row.col(|ui| {
                        ui.label(kind_words(&line.action));
                    });
                    row.col(|ui| {
                        let words = crate::service::privacy_subject::detail_words(
                            crate::text::ui_lang(),
                            &line.detail,
                        );
                        let words = tr!("privacy2-audit-detail", details = words);
                        ui.add(egui::Label::new(&words).truncate())
                            .on_hover_text(&words);
                    });
                });
            });
    }
}

/// A stored time (`YYYY-MM-DD HH:MM:SS`) with the day as the shop writes it.
fn when(cx: &Cx, at: &str) -> String {
    let (day, time) = at.split_at(at.len().min(10));
    match chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(d) => format!("{}{}", cx.formats.date(d), time),
        Err(_) => at.to_string(),
    }
}

/// A kind of action in words; a kind this version does not know is shown as stored.
fn kind_words(kind: &str) -> String {
    match kind {
        "import" => tr!("privacy2-audit-kind-import"),
        "undo-import" => tr!("privacy2-audit-kind-undo-import"),
        "merge" => tr!("privacy2-audit-kind-merge"),
        "unmerge" => tr!("privacy2-audit-kind-unmerge"),
        "edit" => tr!("privacy2-audit-kind-edit"),
        "erase" => tr!("privacy2-audit-kind-erase"),
        "export" => tr!("privacy2-audit-kind-export"),
        "campaign" => tr!("privacy2-audit-kind-campaign"),
        "consent" => tr!("privacy2-audit-kind-consent"),
        "contact_note" => tr!("privacy2-audit-kind-contact-note"),
        "add-feedback" => tr!("privacy2-audit-kind-add-feedback"),
        "resolve-feedback" => tr!("privacy2-audit-kind-resolve-feedback"),
        "not-duplicate" => tr!("privacy2-audit-kind-not-duplicate"),
        "not-duplicate-removed" => tr!("privacy2-audit-kind-not-duplicate-removed"),
        "settings" => tr!("privacy2-audit-kind-settings"),
        "segment saved" => tr!("privacy2-audit-kind-segment-saved"),
        "segment deleted" => tr!("privacy2-audit-kind-segment-deleted"),
        "clear" => tr!("privacy2-audit-kind-clear"),
        "backup" => tr!("privacy2-audit-kind-backup"),
        "restore" => tr!("privacy2-audit-kind-restore"),
        other => other.to_string(),
    }
}

impl Screen for AuditScreen {
    fn title(&self) -> String {
        tr!("privacy2-audit-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            ui.label(tr!("privacy2-audit-intro"));
            self.controls(cx, ui);
            ui.separator();
            self.table(cx, ui);
        });
        self.ask(cx);
    }

    fn on_event(&mut self, _cx: &mut Cx, event: &Event) {
        if let Event::AuditPage {
            filter,
            offset,
            total,
            lines,
            kinds,
        } = event
        {
            self.kinds = kinds.clone();
            self.page = Some((filter.clone(), *offset, *total, lines.clone()));
        }
    }
}
