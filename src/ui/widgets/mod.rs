//! Widgets shared by the tabs.

pub mod contact_history;
pub mod customer_prediction;
pub mod dialogs;
pub mod file_window;
pub mod insights;
pub mod periods;
pub mod privacy;
pub mod suggested;

use crate::format::Formats;
use crate::ui::app::Command;
use crate::ui::screen::Cx;
use crate::ui::theme;

/// A key-figure card: a label, a big value, and the change against the period before.
pub fn kpi_card(
    ui: &mut egui::Ui,
    formats: &Formats,
    label: &str,
    value: &str,
    change: Option<(f64, f64)>,
) {
    let dark = ui.visuals().dark_mode;
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(10))
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(theme::CARD_WIDTH);
            ui.vertical(|ui| {
                ui.label(egui::RichText::new(label).small().weak());
                ui.label(egui::RichText::new(value).size(22.0).strong());
                let (text, color) = match change {
                    Some((now, before)) if before != 0.0 => {
                        let change = (now - before) / before.abs();
                        // Beyond what one decimal of a percentage shows.
                        let pct = change * 100.0;
                        let arrow = if pct > 0.05 {
                            "▲"
                        } else if pct < -0.05 {
                            "▼"
                        } else {
                            "="
                        };
                        let color = if pct > 0.05 {
                            theme::good(dark)
                        } else if pct < -0.05 {
                            theme::bad(dark)
                        } else {
                            ui.visuals().weak_text_color()
                        };
                        (
                            format!("{arrow} {} vs before", formats.percent_change(change)),
                            color,
                        )
                    }
                    Some((now, _)) if now != 0.0 => (
                        "new: nothing before".to_string(),
                        ui.visuals().weak_text_color(),
                    ),
                    _ => ("no change".to_string(), ui.visuals().weak_text_color()),
                };
                ui.label(egui::RichText::new(text).small().color(color));
            });
        });
}

/// Writes an image as PNG.
pub fn write_png(image: &egui::ColorImage, path: &std::path::Path) -> Result<(), String> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, bytes)
        .ok_or_else(|| "the image is incomplete".to_string())?;
    buffer
        .save_with_format(path, image::ImageFormat::Png)
        .map_err(|e| e.to_string())
}

/// A running job's progress bar, 320 points wide, with its stage and a Cancel button (which
/// records [`Command::CancelJob`]). Nothing is drawn when the job is no longer running.
pub fn job_progress_ui(ui: &mut egui::Ui, cx: &mut Cx, id: u64) {
    let Some(job) = cx.job(id) else {
        return;
    };
    let (fraction, stage) = (job.fraction, job.stage.clone());
    ui.add(
        egui::ProgressBar::new(fraction)
            .desired_width(320.0)
            .text(progress_text(cx.formats, &stage, fraction)),
    );
    if ui.button("Cancel").clicked() {
        cx.command(Command::CancelJob(id));
    }
}

/// A job's stage and how far it is: `Reading (42 %)`.
pub fn progress_text(formats: &Formats, stage: &str, fraction: f32) -> String {
    format!("{stage} ({})", formats.percent_whole(f64::from(fraction)))
}
