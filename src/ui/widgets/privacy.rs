//! The customer detail's privacy panel: consent per channel (shown and changed, with its
//! history), "Export everything" (a subject access request) and "Erase", which first names
//! what goes and asks.

use crate::jobs::{Event, PrivacyRequest, Request};
use crate::model::Consent;
use crate::store::{
    Channel, ConsentEntry, ConsentSource, CustomerDetail, ErasureCounts, consent_now,
};
use crate::text::{Message, local as localized};
use crate::ui::screen::Cx;
use crate::ui::theme;

/// What the panel remembers between frames.
#[derive(Debug, Default)]
pub struct PrivacyPanel {
    /// The customer an erase was asked for, and what it would remove, while the
    /// confirmation is shown.
    pub confirm: Option<(i64, ErasureCounts)>,
}

impl PrivacyPanel {
    /// Keeps the erase preview the worker sends.
    pub fn on_event(&mut self, event: &Event) {
        if let Event::ErasePreview { id, counts } = event {
            self.confirm = Some((*id, counts.clone()));
        }
    }
}

fn say(id: &'static str) -> String {
    localized(&Message::new(id))
}

fn channel_label(c: Channel) -> String {
    say(match c {
        Channel::Email => "privacy-channel-email",
        Channel::Sms => "privacy-channel-sms",
        Channel::Post => "privacy-channel-post",
        Channel::Phone => "privacy-channel-phone",
    })
}

fn state_label(c: Consent) -> String {
    say(match c {
        Consent::Yes => "privacy-consent-yes",
        Consent::No => "privacy-consent-no",
        Consent::Unknown => "privacy-consent-unknown",
    })
}

fn entry_text(e: &ConsentEntry) -> String {
    let source = match e.source {
        ConsentSource::Import => Message::new("privacy-source-import").arg(
            "batch",
            e.batch_id.map(|b| b.to_string()).unwrap_or_default(),
        ),
        ConsentSource::Window => Message::new("privacy-source-window"),
        ConsentSource::CommandLine => Message::new("privacy-source-command-line"),
        ConsentSource::Earlier => Message::new("privacy-source-earlier"),
    };
    localized(
        &Message::new("privacy-consent-entry")
            .arg("day", e.decided_on.as_str())
            .arg("channel", channel_label(e.channel))
            .arg("state", state_label(e.state))
            .arg("source", source),
    )
}

/// A box choosing not asked / yes / no, labelled by `label`; returns the choice.
pub fn consent_combo(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: Consent,
    label: egui::Id,
) -> Consent {
    let mut choice = current;
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(state_label(current))
        .show_ui(ui, |ui| {
            for c in [Consent::Unknown, Consent::Yes, Consent::No] {
                ui.selectable_value(&mut choice, c, state_label(c));
            }
        })
        .response
        .labelled_by(label);
    choice
}

/// Draws the panel for `detail`.
pub fn privacy_ui(
    panel: &mut PrivacyPanel,
    cx: &mut Cx,
    ui: &mut egui::Ui,
    detail: &CustomerDetail,
) {
    ui.add_space(6.0);
    ui.strong(say("privacy-consent-heading"));
    egui::Grid::new("consent-channels")
        .num_columns(3)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            for (channel, state, since) in consent_now(&detail.consent) {
                let label = ui.label(channel_label(channel));
                let choice = consent_combo(ui, ("consent", channel.as_str()), state, label.id);
                if choice != state {
                    cx.send(Request::Privacy(PrivacyRequest::SetConsent {
                        id: detail.id,
                        channel,
                        state: choice,
                    }));
                }
                ui.label(
                    egui::RichText::new(since.map_or_else(String::new, |d| {
                        localized(&Message::new("privacy-consent-since").arg("day", d))
                    }))
                    .weak(),
                );
                ui.end_row();
            }
        });
    if !detail.consent.is_empty() {
        let title =
            localized(&Message::new("privacy-consent-history").arg("count", detail.consent.len()));
        egui::CollapsingHeader::new(title)
            .id_salt("consent-history")
            .default_open(false)
            .show(ui, |ui| {
                for e in &detail.consent {
                    ui.label(entry_text(e));
                }
            });
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui
            .button(say("privacy-export-button"))
            .on_hover_text(say("privacy-export-hover"))
            .clicked()
        {
            cx.send(Request::Privacy(PrivacyRequest::SubjectExport(detail.id)));
        }
        if ui
            .button(crate::tr!("privacy2-export-pdf-button"))
            .on_hover_text(crate::tr!("privacy2-export-pdf-hover"))
            .clicked()
        {
            cx.send(Request::Privacy(PrivacyRequest::SubjectExportPdf {
                id: detail.id,
                lang: crate::text::ui_lang(),
            }));
        }
        if ui
            .button(
                egui::RichText::new(say("privacy-erase-button"))
                    .color(theme::bad(ui.visuals().dark_mode)),
            )
            .on_hover_text(say("privacy-erase-hover"))
            .clicked()
        {
            cx.send(Request::Privacy(PrivacyRequest::ErasePreview(detail.id)));
        }
    });
    let Some((id, counts)) = panel.confirm.clone() else {
        return;
    };
    if id != detail.id {
        panel.confirm = None;
        return;
    }
    let modal = egui::Modal::new(egui::Id::unique("erase_customer")).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(localized(
            &Message::new("privacy-erase-title").arg("customer", id),
        ));
        ui.add_space(6.0);
        ui.label(localized(&crate::text::erasure_message(
            "cli-erase-preview",
            &counts,
        )));
        ui.add_space(6.0);
        ui.label(egui::RichText::new(say("privacy-erase-warning")).strong());
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui
                .button(
                    egui::RichText::new(say("privacy-erase-yes"))
                        .color(theme::bad(ui.visuals().dark_mode)),
                )
                .clicked()
            {
                let (job, cancel) = cx.start_job(&say("privacy-erase-job"), &say("stage-erasing"));
                cx.send(Request::Privacy(PrivacyRequest::Erase {
                    job,
                    ids: vec![id],
                    cancel,
                }));
                panel.confirm = None;
                // The record left is anonymous: nothing to show.
                cx.command(crate::ui::app::Command::Select(None));
            }
            if ui.button(say("privacy-cancel")).clicked() {
                panel.confirm = None;
            }
        });
    });
    if modal.should_close() {
        panel.confirm = None;
    }
}

/// The settings window's Backups section: where the copies are, which there are, each
/// with "Restore…" (what it holds, then a question: [`super::retention::restore_ui`]), and
/// "Back up now".
pub fn backups_ui(ui: &mut egui::Ui, cx: &mut Cx, keeping: &mut super::retention::KeepingPanel) {
    let dir = crate::store::backups_dir(cx.db_path);
    egui::CollapsingHeader::new(say("privacy-backups-heading"))
        .id_salt("settings-backups")
        .default_open(false)
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(crate::tr!(
                    "privacy3-backups-folder",
                    path = dir.display().to_string()
                ))
                .weak(),
            );
            // A folder of a dozen files, read while the section is open (every repaint, at
            // most once a second: the list is kept in the window's memory meanwhile).
            let now = ui.input(|i| i.time);
            let key = egui::Id::unique("settings-backups-list");
            let cached: Option<(f64, Vec<(std::path::PathBuf, u64)>)> =
                ui.data(|d| d.get_temp(key));
            let files = match cached {
                Some((at, files)) if now - at < 1.0 => files,
                _ => {
                    let files: Vec<(std::path::PathBuf, u64)> =
                        crate::service::privacy::backup_files(&dir)
                            .unwrap_or_default()
                            .into_iter()
                            .rev()
                            .map(|p| {
                                let bytes = std::fs::metadata(&p).map_or(0, |m| m.len());
                                (p, bytes)
                            })
                            .collect();
                    ui.data_mut(|d| d.insert_temp(key, (now, files.clone())));
                    files
                }
            };
            if files.is_empty() {
                ui.label(say("privacy-backups-none"));
            }
            let idle = cx.jobs.is_empty();
            super::retention::short_list(ui, "settings-backups-list-grid", |ui| {
                for (path, bytes) in &files {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    ui.label(localized(
                        &Message::new("privacy-backups-copy")
                            .arg("name", name.as_str())
                            .arg("kb", bytes / 1024),
                    ));
                    if ui
                        .add_enabled(
                            idle,
                            egui::Button::new(crate::tr!("privacy3-restore-button")),
                        )
                        .on_hover_text(crate::tr!("privacy3-restore-hover"))
                        .clicked()
                    {
                        keeping.ask_restore(cx, path.clone());
                    }
                    ui.end_row();
                }
            });
            if ui.button(say("privacy-backup-now")).clicked() {
                cx.send(Request::Privacy(PrivacyRequest::BackupNow));
            }
        });
}
