//! The Import tab's feedback files (issue 29): survey answers, reviews and complaints,
//! each naming its customer. The file is checked first (nothing written), then imported.
//! The scale of the scores is never guessed: a review export says it itself (stars); for
//! any other file the tab asks which scale the score column is on, and checks again with
//! the answer.

use std::path::{Path, PathBuf};

use crate::ingest::feedback::{FeedbackError, FeedbackOptions, FeedbackReport};
use crate::jobs::{Event, FeedbackRequest, Request};
use crate::model::feedback::Scale;
use crate::service;
use crate::text::local;
use crate::tr;
use crate::ui::screen::Cx;
use crate::ui::theme;

/// The scales offered, in the order of the choice.
pub const SCALES: [Scale; 4] = [Scale::Nps, Scale::Stars, Scale::Csat, Scale::Thumbs];

/// A scale in words, as the choice says it.
pub fn scale_words(scale: Scale) -> String {
    match scale {
        Scale::Nps => tr!("import-feedback-scale-nps"),
        Scale::Stars => tr!("import-feedback-scale-stars"),
        Scale::Csat => tr!("import-feedback-scale-csat"),
        Scale::Thumbs => tr!("import-feedback-scale-thumbs"),
    }
}

/// Where a feedback file stands.
#[derive(Debug, Default)]
pub struct FeedbackImport {
    /// The scale the owner said, when asked.
    pub scale: Option<Scale>,
    /// The running check or import, and whether it writes.
    pub job: Option<(u64, bool)>,
    /// The score column whose scale must be said, once the check asks.
    pub ask_scale: Option<String>,
    /// The last check (nothing written).
    pub checked: Option<Box<FeedbackReport>>,
    /// The import, once done.
    pub imported: Option<Box<FeedbackReport>>,
    /// Why the last check or import failed.
    pub error: Option<String>,
}

impl FeedbackImport {
    /// Checks (`write` false) or imports `path` with the scale said so far.
    pub fn run(&mut self, cx: &mut Cx, path: PathBuf, write: bool) {
        if let Some((old, _)) = self.job.take() {
            cx.cancel_job(old);
        }
        let label = if write {
            tr!("import-feedback-job-importing")
        } else {
            tr!("import-feedback-job-checking")
        };
        let (job, cancel) = cx.start_job(&label, &tr!("import-feedback-job-reading"));
        self.job = Some((job, write));
        self.error = None;
        let options = FeedbackOptions {
            scale: self.scale,
            dry_run: !write,
            default_date_order: Some(cx.settings.date_order()),
            phone_country: Some(cx.settings.phone_country.clone()),
            time_zone: Some(cx.settings.zone()),
            ..FeedbackOptions::default()
        };
        cx.send(Request::Feedback(FeedbackRequest::Import {
            job,
            path,
            options: Box::new(options),
            cancel,
        }));
    }

    /// Keeps what the worker says of this file's check or import.
    pub fn on_event(&mut self, event: &Event) {
        let Event::FeedbackImported { job, result } = event else {
            return;
        };
        let Some((ours, write)) = self.job else {
            return;
        };
        if ours != *job {
            return;
        }
        self.job = None;
        match result {
            Ok(report) if write => self.imported = Some(Box::new(report.clone())),
            Ok(report) => {
                self.ask_scale = None;
                self.checked = Some(Box::new(report.clone()));
            }
            Err(e) => match e.as_ref() {
                service::Error::Feedback(FeedbackError::UnknownScale { column, .. }) => {
                    self.checked = None;
                    self.ask_scale = Some(column.clone());
                }
                other => self.error = Some(local(other)),
            },
        }
    }
}

/// The feedback part of the tab for the file at `path`.
pub fn feedback_ui(this: &mut FeedbackImport, cx: &mut Cx, ui: &mut egui::Ui, path: &Path) {
    let dark = ui.visuals().dark_mode;
    ui.label(
        egui::RichText::new(tr!("import-feedback-about")).weak(),
    );
    if let Some(report) = &this.imported {
        ui.add_space(6.0);
        ui.label(
            egui::RichText::new(tr!(
                "import-feedback-imported",
                count = report.rows_imported,
                shown = cx.formats.int(report.rows_imported as i64),
                rows = cx.formats.int(report.rows_read as i64),
                customers = report.customers_created,
                shown_customers = cx.formats.int(report.customers_created as i64)
            ))
            .color(theme::good(dark))
            .strong(),
        );
        ui.label(tr!("import-feedback-see-them"));
        return;
    }
    if let Some((job, _)) = this.job {
        ui.horizontal(|ui| {
            ui.spinner();
            crate::ui::widgets::job_progress_ui(ui, cx, job);
        });
    }
    let mut again = false;
    if let Some(column) = &this.ask_scale {
        ui.add_space(6.0);
        let question = if column.is_empty() {
            tr!("import-feedback-which-scale")
        } else {
            tr!("import-feedback-which-scale-column", column = column.as_str())
        };
        ui.label(egui::RichText::new(question).strong());
        for scale in SCALES {
            if ui.radio(this.scale == Some(scale), scale_words(scale)).clicked() {
                this.scale = Some(scale);
                again = true;
            }
        }
    } else if let Some(scale) = this.scale {
        ui.horizontal(|ui| {
            ui.label(tr!("import-feedback-scores-read-as", scale = scale_words(scale)));
            if ui.small_button(tr!("import-feedback-change")).clicked() {
                this.ask_scale = Some(String::new());
            }
        });
    }
    if again {
        this.run(cx, path.to_path_buf(), false);
        return;
    }
    if let Some(error) = &this.error {
        ui.colored_label(theme::bad(dark), error);
    }
    let Some(report) = this.checked.as_deref() else {
        return;
    };
    ui.add_space(6.0);
    if let Some(layout) = report.layout {
        ui.label(tr!("import-feedback-layout", layout = layout));
    }
    if this.scale.is_none()
        && let Some(scale) = report.scale
    {
        ui.label(tr!("import-feedback-layout-scale", scale = scale_words(scale)));
    }
    ui.label(tr!(
        "import-feedback-rows-check",
        count = report.rows_read,
        shown = cx.formats.int(report.rows_read as i64),
        importable = cx.formats.int(report.rows_imported as i64),
        left = cx.formats.int(report.rows_rejected as i64)
    ));
    for p in report.problems.iter().take(10) {
        ui.label(tr!("import-feedback-problem", problem = local(p)));
    }
    let ready = report.rows_imported > 0 && this.job.is_none() && this.ask_scale.is_none();
    if ui
        .add_enabled(ready, egui::Button::new(tr!("import-feedback-import")))
        .clicked()
    {
        this.run(cx, path.to_path_buf(), true);
    }
}
