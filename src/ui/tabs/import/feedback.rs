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
use crate::text::english;
use crate::ui::screen::Cx;
use crate::ui::theme;

/// The scales offered, with their words.
pub const SCALES: [(Scale, &str); 4] = [
    (Scale::Nps, "NPS, 0 to 10 (how likely to recommend)"),
    (Scale::Stars, "Stars, 1 to 5"),
    (Scale::Csat, "CSAT, 1 to 5 (how satisfied)"),
    (Scale::Thumbs, "Thumbs up or down (1 or 0)"),
];

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
            "Importing the feedback"
        } else {
            "Checking the feedback"
        };
        let (job, cancel) = cx.start_job(label, "Reading");
        self.job = Some((job, write));
        self.error = None;
        let options = FeedbackOptions {
            scale: self.scale,
            dry_run: !write,
            default_date_order: Some(cx.settings.date_order()),
            phone_country: Some(cx.settings.phone_country.clone()),
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
                other => self.error = Some(english(other)),
            },
        }
    }
}

/// The feedback part of the tab for the file at `path`.
pub fn feedback_ui(this: &mut FeedbackImport, cx: &mut Cx, ui: &mut egui::Ui, path: &Path) {
    let dark = ui.visuals().dark_mode;
    ui.label(
        egui::RichText::new(
            "Feedback: survey answers, reviews or complaints, each naming its customer by \
             number, e-mail or phone.",
        )
        .weak(),
    );
    if let Some(report) = &this.imported {
        ui.add_space(6.0);
        ui.label(
            egui::RichText::new(format!(
                "Imported {} pieces of feedback of {} rows ({} new customers).",
                cx.formats.int(report.rows_imported as i64),
                cx.formats.int(report.rows_read as i64),
                cx.formats.int(report.customers_created as i64)
            ))
            .color(theme::good(dark))
            .strong(),
        );
        ui.label("See them in the Feedback tab, and in each customer's details.");
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
        let column = if column.is_empty() {
            String::new()
        } else {
            format!(" in column “{column}”")
        };
        ui.label(
            egui::RichText::new(format!(
                "What scale are the scores{column} on? The file does not say, and a 4 means \
                 something else on each."
            ))
            .strong(),
        );
        for (scale, words) in SCALES {
            if ui.radio(this.scale == Some(scale), words).clicked() {
                this.scale = Some(scale);
                again = true;
            }
        }
    } else if let Some(scale) = this.scale {
        ui.horizontal(|ui| {
            ui.label(format!(
                "Scores read as {}.",
                SCALES
                    .iter()
                    .find(|(s, _)| *s == scale)
                    .map_or("", |(_, w)| w)
            ));
            if ui.small_button("Change").clicked() {
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
        ui.label(format!("Recognised layout: {layout}."));
    }
    if this.scale.is_none()
        && let Some(scale) = report.scale
    {
        ui.label(format!("The layout says the scores are {}.", scale.as_str()));
    }
    ui.label(format!(
        "{} of {} rows can be imported; {} would be left out.",
        cx.formats.int(report.rows_imported as i64),
        cx.formats.int(report.rows_read as i64),
        cx.formats.int(report.rows_rejected as i64)
    ));
    for p in report.problems.iter().take(10) {
        ui.label(format!("• {}", english(p)));
    }
    let ready = report.rows_imported > 0 && this.job.is_none() && this.ask_scale.is_none();
    if ui
        .add_enabled(ready, egui::Button::new("Import the feedback"))
        .clicked()
    {
        this.run(cx, path.to_path_buf(), true);
    }
}
