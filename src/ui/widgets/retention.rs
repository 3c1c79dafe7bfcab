//! Erasing customers by the group and restoring a backup, from the window: the
//! confirmation that names what an erase of a whole import or of a retention rule takes
//! ([`GroupErase`]), Shop settings' "Keeping data" section with the rule "no order for N
//! years" and its live preview ([`keeping_ui`]), and the question before a backup copy is
//! put in place of the database ([`restore_ui`]).

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::jobs::{EraseScope, Event, PrivacyRequest, Request};
use crate::service::privacy::{BackupContents, inactive_since};
use crate::store::{ErasureCounts, Stats};
use crate::text::{Message, local};
use crate::tr;
use crate::ui::app::Command;
use crate::ui::screen::Cx;
use crate::ui::theme;

/// How many customers of a retention rule the preview names.
pub const PREVIEW_NAMED: usize = 20;
/// The retention rule's years, fewest and most.
pub const YEARS: std::ops::RangeInclusive<u32> = 1..=20;
/// The retention rule's years before anyone chose.
pub const DEFAULT_YEARS: u32 = 3;

/// An erase of a group of customers asked for: the worker counts what would go, the
/// window names it and asks, then erases as a job.
#[derive(Debug, Default)]
pub struct GroupErase {
    /// The group asked about, while the confirmation is shown.
    pub asked: Option<EraseScope>,
    /// What erasing it would remove, once counted.
    pub counts: Option<ErasureCounts>,
}

impl GroupErase {
    /// Asks the worker what erasing `scope` would remove; the confirmation follows.
    pub fn ask(&mut self, cx: &mut Cx, scope: EraseScope) {
        self.asked = Some(scope.clone());
        self.counts = None;
        cx.send(Request::Privacy(PrivacyRequest::GroupPreview(scope)));
    }

    /// Keeps the worker's count for the group asked about.
    pub fn on_event(&mut self, event: &Event) {
        if let Event::GroupPreview { scope, counts } = event
            && self.asked.as_ref() == Some(scope)
        {
            self.counts = Some(counts.clone());
        }
    }

    /// Whether the confirmation is shown.
    pub fn is_open(&self) -> bool {
        self.asked.is_some()
    }

    /// Draws the confirmation while one is asked; "Erase" starts the erase as a job.
    pub fn ui(&mut self, cx: &mut Cx, ctx: &egui::Context) {
        let Some(scope) = self.asked.clone() else {
            return;
        };
        let mut close = false;
        let modal = egui::Modal::new(egui::Id::unique("privacy3-group-erase")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.heading(match &scope {
                EraseScope::Batch(batch) => tr!("privacy3-erase-batch-title", batch = (*batch)),
                EraseScope::Inactive { years, as_of } => tr!(
                    "privacy3-erase-inactive-title",
                    years = i64::from(*years),
                    day = cx.formats.date(inactive_since(*as_of, *years))
                ),
            });
            ui.add_space(6.0);
            let Some(counts) = self.counts.clone() else {
                ui.spinner();
                close = ui.button(tr!("privacy-cancel")).clicked();
                return;
            };
            if counts.customers.is_empty() {
                ui.label(tr!("privacy3-erase-nobody"));
                ui.add_space(theme::GAP);
                close = ui.button(tr!("privacy3-close")).clicked();
                return;
            }
            ui.label(local(&crate::text::erasure_message(
                "cli-erase-preview",
                &counts,
            )));
            ui.add_space(6.0);
            ui.label(egui::RichText::new(tr!("privacy-erase-warning")).strong());
            ui.add_space(theme::GAP);
            ui.horizontal_wrapped(|ui| {
                let n = counts.customers.len() as i64;
                let yes = egui::RichText::new(tr!(
                    "privacy3-erase-yes",
                    count = n,
                    shown = cx.formats.int(n)
                ))
                .color(theme::bad(ui.visuals().dark_mode));
                if ui.button(yes).clicked() {
                    let (job, cancel) = cx.start_job(
                        &tr!("privacy3-erase-job", count = n, shown = cx.formats.int(n)),
                        &local(&Message::new("stage-erasing")),
                    );
                    cx.send(Request::Privacy(PrivacyRequest::Erase {
                        job,
                        ids: counts.customers.clone(),
                        cancel,
                    }));
                    // The customer shown may be one of them: nothing left to show.
                    cx.command(Command::Select(None));
                    close = true;
                }
                if ui.button(tr!("privacy-cancel")).clicked() {
                    close = true;
                }
            });
        });
        if close || modal.should_close() {
            self.asked = None;
            self.counts = None;
        }
    }
}

/// A restore asked for: the copy, then what it holds beside what the database holds now.
#[derive(Debug)]
pub struct RestoreAsk {
    /// The copy.
    pub file: PathBuf,
    /// Its counts and the database's, once read.
    pub held: Option<(BackupContents, Stats)>,
}

/// What Shop settings' privacy sections keep between frames.
#[derive(Debug)]
pub struct KeepingPanel {
    /// The retention rule's years.
    pub years: u32,
    /// The last preview asked: years, day counted from and the data's generation.
    asked: Option<(u32, NaiveDate, u64)>,
    /// The customers the rule takes: years, day counted from, ids.
    pub inactive: Option<(u32, NaiveDate, Arc<Vec<i64>>)>,
    /// The erase of the rule's customers, while asked.
    pub erase: GroupErase,
    /// The restore of a backup copy, while asked.
    pub restore: Option<RestoreAsk>,
}

impl Default for KeepingPanel {
    fn default() -> Self {
        KeepingPanel {
            years: DEFAULT_YEARS,
            asked: None,
            inactive: None,
            erase: GroupErase::default(),
            restore: None,
        }
    }
}

impl KeepingPanel {
    /// Keeps what the worker answered the sections.
    pub fn on_event(&mut self, event: &Event) {
        self.erase.on_event(event);
        match event {
            Event::Inactive { years, as_of, ids }
                if self
                    .asked
                    .is_some_and(|(y, d, _)| y == *years && d == *as_of) =>
            {
                self.inactive = Some((*years, *as_of, ids.clone()));
            }
            Event::BackupContents { held, now } => {
                if let Some(ask) = &mut self.restore
                    && ask.file == held.path
                {
                    ask.held = Some((held.as_ref().clone(), now.as_ref().clone()));
                }
            }
            _ => {}
        }
    }

    /// Whether one of the sections' questions is shown over the settings.
    pub fn is_asking(&self) -> bool {
        self.erase.is_open() || self.restore.is_some()
    }

    /// Asks what the backup copy `file` holds; the question before restoring it follows.
    pub fn ask_restore(&mut self, cx: &mut Cx, file: PathBuf) {
        self.restore = Some(RestoreAsk {
            file: file.clone(),
            held: None,
        });
        cx.send(Request::Privacy(PrivacyRequest::BackupContents(file)));
    }
}

/// The "Keeping data" section of Shop settings: the rule "no order for N years", the
/// customers it takes today (a count and the first names) and "Erase them…".
pub fn keeping_ui(ui: &mut egui::Ui, cx: &mut Cx, panel: &mut KeepingPanel) {
    egui::CollapsingHeader::new(tr!("privacy3-keeping-heading"))
        .id_salt("settings-keeping")
        .default_open(false)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(tr!("privacy3-keeping-intro")).weak());
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(tr!("privacy3-keeping-rule"));
                ui.add(egui::Slider::new(&mut panel.years, YEARS))
                    .labelled_by(label.id);
                ui.label(tr!(
                    "privacy3-keeping-years",
                    years = i64::from(panel.years)
                ));
            });
            let today = chrono::Local::now().date_naive();
            let key = (panel.years, today, cx.data_generation);
            if panel.asked != Some(key) {
                panel.asked = Some(key);
                cx.send(Request::Privacy(PrivacyRequest::Inactive {
                    years: panel.years,
                    as_of: today,
                }));
            }
            let since = cx.formats.date(inactive_since(today, panel.years));
            let ids = match &panel.inactive {
                Some((y, d, ids)) if *y == panel.years && *d == today => ids.clone(),
                _ => {
                    ui.spinner();
                    return;
                }
            };
            if ids.is_empty() {
                ui.label(tr!("privacy3-keeping-nobody", day = since));
                return;
            }
            let n = ids.len() as i64;
            ui.label(tr!(
                "privacy3-keeping-count",
                count = n,
                shown = cx.formats.int(n),
                day = since
            ));
            inactive_list(ui, cx, &ids);
            let more = ids.len().saturating_sub(PREVIEW_NAMED) as i64;
            if more > 0 {
                ui.label(
                    egui::RichText::new(tr!(
                        "privacy3-keeping-more",
                        count = more,
                        shown = cx.formats.int(more)
                    ))
                    .weak(),
                );
            }
            let erase = egui::RichText::new(tr!("privacy3-keeping-erase"))
                .color(theme::bad(ui.visuals().dark_mode));
            if ui
                .add_enabled(cx.jobs.is_empty(), egui::Button::new(erase))
                .on_hover_text(tr!("privacy3-keeping-erase-hover"))
                .clicked()
            {
                panel.erase.ask(
                    cx,
                    EraseScope::Inactive {
                        years: panel.years,
                        as_of: today,
                    },
                );
            }
        });
}

/// The first customers of a retention rule: name and last order, from the window's list.
fn inactive_list(ui: &mut egui::Ui, cx: &mut Cx, ids: &[i64]) {
    let index = cx.customers.as_deref();
    short_list(ui, "settings-keeping-list", |ui| {
        for id in ids.iter().take(PREVIEW_NAMED) {
            let row = index.and_then(|i| i.position_of(*id).and_then(|p| i.row(p)));
            let name = row.map_or_else(
                || crate::customers::shown_name("", "", *id),
                |r| r.shown_name(),
            );
            ui.label(name);
            ui.label(match row.and_then(|r| r.last_order) {
                Some(day) => tr!("privacy3-keeping-last", day = cx.formats.date(day)),
                None => tr!("privacy3-keeping-no-order"),
            });
            ui.end_row();
        }
    });
}

/// A list of a few rows in a striped grid that scrolls past about six rows (the Backups
/// and Keeping data sections' lists).
pub fn short_list(ui: &mut egui::Ui, id: &str, rows: impl FnOnce(&mut egui::Ui)) {
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(130.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            egui::Grid::new(id)
                .striped(true)
                .spacing([14.0, 2.0])
                .show(ui, rows);
        });
}

/// The question before a backup copy is put in place of the database: what the copy holds
/// beside what the database holds now, the backup made first and the erased staying
/// erased. "Restore" starts the restore as a job; returns true then (the settings shown
/// are the database's before the restore: the window closes).
pub fn restore_ui(panel: &mut KeepingPanel, cx: &mut Cx, ctx: &egui::Context) -> bool {
    let Some(ask) = &panel.restore else {
        return false;
    };
    let mut started = false;
    let file = ask.file.clone();
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("privacy3-restore")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading(tr!("privacy3-restore-title", name = name.as_str()));
        ui.add_space(6.0);
        let Some((held, now)) = &ask.held else {
            ui.spinner();
            close = ui.button(tr!("privacy-cancel")).clicked();
            return;
        };
        if let Ok(made) = std::fs::metadata(&file).and_then(|m| m.modified()) {
            let made: chrono::DateTime<chrono::Local> = made.into();
            ui.label(tr!(
                "privacy3-restore-made",
                day = cx.formats.date(made.date_naive())
            ));
        }
        contents_grid(ui, cx, &held.stats, now);
        ui.add_space(6.0);
        ui.label(tr!("privacy3-restore-before"));
        ui.label(tr!("privacy3-restore-erased"));
        ui.add_space(6.0);
        ui.label(egui::RichText::new(tr!("privacy3-restore-warning")).strong());
        ui.add_space(theme::GAP);
        ui.horizontal_wrapped(|ui| {
            let yes = egui::RichText::new(tr!("privacy3-restore-yes"))
                .color(theme::bad(ui.visuals().dark_mode));
            if ui.button(yes).clicked() {
                let (job, _) =
                    cx.start_job(&tr!("privacy3-restore-job"), &tr!("privacy3-restore-stage"));
                cx.send(Request::Privacy(PrivacyRequest::Restore {
                    job,
                    file: file.clone(),
                }));
                // The customer shown may not be in the copy.
                cx.command(Command::Select(None));
                close = true;
                started = true;
            }
            if ui.button(tr!("privacy-cancel")).clicked() {
                close = true;
            }
        });
    });
    if close || modal.should_close() {
        panel.restore = None;
    }
    started
}

/// The copy's counts beside the database's: customers, sale lines, first and last sale.
fn contents_grid(ui: &mut egui::Ui, cx: &Cx, copy: &Stats, now: &Stats) {
    let day = |d: Option<NaiveDate>| d.map_or_else(|| "—".to_string(), |d| cx.formats.date(d));
    egui::Grid::new("privacy3-restore-grid")
        .striped(true)
        .spacing([18.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            ui.strong(tr!("privacy3-restore-in-copy"));
            ui.strong(tr!("privacy3-restore-now"));
            ui.end_row();
            ui.label(tr!("privacy3-restore-customers"));
            ui.label(cx.formats.int(copy.customers));
            ui.label(cx.formats.int(now.customers));
            ui.end_row();
            ui.label(tr!("privacy3-restore-lines"));
            ui.label(cx.formats.int(copy.sale_lines));
            ui.label(cx.formats.int(now.sale_lines));
            ui.end_row();
            ui.label(tr!("privacy3-restore-first"));
            ui.label(day(copy.first_sale));
            ui.label(day(now.first_sale));
            ui.end_row();
            ui.label(tr!("privacy3-restore-last"));
            ui.label(day(copy.last_sale));
            ui.label(day(now.last_sale));
            ui.end_row();
        });
}
