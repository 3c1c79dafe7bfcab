//! Widgets shared by the tabs.

pub mod contact_history;
pub mod customer_prediction;
pub mod dedup_diagnostics;
pub mod dialogs;
pub mod feedback;
pub mod file_window;
pub mod held;
pub mod insights;
pub mod periods;
pub mod privacy;
pub mod retention;
pub mod suggested;

use crate::format::Formats;
use crate::model::ContactField;
use crate::tr;
use crate::ui::app::Command;
use crate::ui::screen::Cx;
use crate::ui::theme;

/// A customer's field as the window names it, in its language.
pub fn field_label(field: ContactField) -> String {
    match field {
        ContactField::FirstName => tr!("field-first-name"),
        ContactField::LastName => tr!("field-last-name"),
        ContactField::Company => tr!("field-company"),
        ContactField::Email => tr!("field-email"),
        ContactField::Phone => tr!("field-phone"),
        ContactField::Street => tr!("field-street"),
        ContactField::Street2 => tr!("field-street2"),
        ContactField::City => tr!("field-city"),
        ContactField::Postcode => tr!("field-postcode"),
        ContactField::Region => tr!("field-region"),
        ContactField::Country => tr!("field-country"),
        ContactField::BirthDate => tr!("field-birth-date"),
        ContactField::Gender => tr!("field-gender"),
        ContactField::Language => tr!("field-language"),
        ContactField::MarketingConsent => tr!("field-marketing-consent"),
    }
}

/// How likely a customer still buys, in words in the window's language.
pub fn alive_words(p_alive: f64) -> String {
    use crate::text::predict::{SLIPPING_FROM, STILL_BUYING_FROM};
    if p_alive >= STILL_BUYING_FROM {
        tr!("alive-still-buying")
    } else if p_alive >= SLIPPING_FROM {
        tr!("alive-slipping")
    } else {
        tr!("alive-gone")
    }
}

/// A key-figure card: a label, a big value, and the change against the period before.
pub fn kpi_card(
    ui: &mut egui::Ui,
    formats: &Formats,
    label: &str,
    value: &str,
    change: Option<(f64, f64)>,
) {
    let dark = ui.visuals().dark_mode;
    card(ui, label, value, |ui| {
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
                    tr!(
                        "widgets-change",
                        arrow = arrow,
                        change = formats.percent_change(change)
                    ),
                    color,
                )
            }
            Some((now, _)) if now != 0.0 => (
                tr!("widgets-new-nothing-before"),
                ui.visuals().weak_text_color(),
            ),
            _ => (tr!("widgets-no-change"), ui.visuals().weak_text_color()),
        };
        ui.label(egui::RichText::new(text).small().color(color));
    });
}

/// Why a job gave no figures, in red, with "Work them out again": whether it was clicked.
pub fn failed_ui(ui: &mut egui::Ui, error: Option<&str>) -> bool {
    let Some(error) = error else {
        return false;
    };
    ui.colored_label(theme::bad(ui.visuals().dark_mode), error);
    ui.button(tr!("widgets-work-them-out-again")).clicked()
}

/// A card: a small label, a big value, and what `under` draws below them.
pub fn card(
    ui: &mut egui::Ui,
    label: &str,
    value: &str,
    under: impl FnOnce(&mut egui::Ui),
) -> egui::Response {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(10))
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(theme::CARD_WIDTH);
            ui.vertical(|ui| {
                ui.label(egui::RichText::new(label).small().weak());
                ui.label(egui::RichText::new(value).size(22.0).strong());
                under(ui);
            });
        })
        .response
}

/// "Show in Customers" and "Save as spreadsheet…" for a list of customers called `title`;
/// `ids` gives them, and is called on a click only.
pub fn customer_list_buttons(
    cx: &mut Cx,
    ui: &mut egui::Ui,
    title: &str,
    any: bool,
    ids: impl Fn() -> Vec<i64>,
    campaign: Option<&crate::model::campaign::Target>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(any, egui::Button::new(tr!("widgets-show-in-customers")))
            .on_hover_text(tr!("widgets-show-in-customers-tip"))
            .clicked()
        {
            cx.command(Command::ShowCustomers {
                title: title.to_string(),
                ids: std::sync::Arc::new(ids()),
            });
        }
        if ui
            .add_enabled(any, egui::Button::new(tr!("widgets-save-as-spreadsheet")))
            .on_hover_text(tr!("widgets-save-as-spreadsheet-tip"))
            .clicked()
        {
            cx.command(Command::ExportCustomers {
                file_name: format!("{}.xlsx", crate::format::file_stem(title)),
                ids: ids(),
                consented_only: false,
            });
        }
        if let Some(target) = campaign {
            start_campaign_button(cx, ui, any, target);
        }
    });
}

/// "Start a campaign": opens the Campaigns screen's form with `target` as its list. The
/// campaign draws its members from the list as it is when created (the control group is
/// drawn from the same list), so the button names the list rather than the ids shown.
pub fn start_campaign_button(
    cx: &mut Cx,
    ui: &mut egui::Ui,
    enabled: bool,
    target: &crate::model::campaign::Target,
) {
    if ui
        .add_enabled(enabled, egui::Button::new(tr!("campaign-start-button")))
        .on_hover_text(tr!("campaign-start-tip"))
        .clicked()
    {
        cx.command(Command::StartCampaign(target.clone()));
    }
}

/// Writes an image as PNG.
/// How wide a table column must be for its header `name` to show whole (a strong label
/// with the button's padding), and at least `least` points.
pub fn header_width(ui: &egui::Ui, name: &str, least: f32) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let text = ui
        .painter()
        .layout_no_wrap(name.to_string(), font, egui::Color32::WHITE)
        .size()
        .x;
    let padding = 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x;
    least.max((text + padding).ceil())
}

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
    if ui.button(crate::tr!("widgets-cancel")).clicked() {
        cx.command(Command::CancelJob(id));
    }
}

/// A job's stage and how far it is: `Reading (42 %)`.
pub fn progress_text(formats: &Formats, stage: &str, fraction: f32) -> String {
    tr!(
        "widgets-progress",
        stage = stage,
        percent = formats.percent_whole(f64::from(fraction))
    )
}
