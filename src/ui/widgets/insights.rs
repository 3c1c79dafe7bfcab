//! What the screens that show the shop's analytics figures share: the page shown while
//! they are worked out, the title line with the as-of date, and a date field.

use chrono::NaiveDate;

use crate::format::iso_date;

use crate::analytics::dashboard::ShopAnalytics;
use crate::ui::screen::Cx;
use crate::ui::theme;

/// What the Segments and Charts tabs show while the figures are computed or missing.
pub fn waiting_ui(cx: &mut Cx, ui: &mut egui::Ui, title: &str) {
    ui.heading(title);
    ui.add_space(8.0);
    if let Some(error) = cx.insights.error.clone() {
        ui.label(egui::RichText::new(error).color(theme::bad(ui.visuals().dark_mode)));
        if ui
            .button(crate::tr!("insights-work-out-the-figures-again"))
            .clicked()
        {
            cx.insights.key = None;
        }
        return;
    }
    match &cx.insights.data {
        Some(None) if cx.insights.job.is_none() => {
            ui.label(crate::tr!("insights-there-are-no-sales-yet"));
            ui.label(crate::tr!("insights-import-a-file-of-sales"));
        }
        _ => {
            let job = cx.insights.job;
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(crate::tr!("insights-working-out-who-your-customers"));
            });
            if let Some(id) = job {
                super::job_progress_ui(ui, cx, id);
            }
        }
    }
}

/// The title line with the as-of date and its picker. With `walk_ins` (the Charts, whose
/// days count walk-in sales) the revenue is the shop's, walk-in sales included, as the
/// charts' own totals; without (Segments) it is the customers' own.
pub fn header_ui(
    cx: &mut Cx,
    ui: &mut egui::Ui,
    figures: &ShopAnalytics,
    title: &str,
    walk_ins: bool,
) {
    ui.horizontal(|ui| {
        ui.heading(title);
        ui.add_space(16.0);
        ui.label(crate::tr!("insights-as-of"));
        let shown = figures.as_of;
        let text = &mut cx.insights.as_of_text;
        if let Some(date) = date_field(
            ui,
            text,
            shown,
            &crate::tr!("insights-show"),
            &crate::tr!("insights-date-hint"),
            |_| true,
        ) && Some(date) != cx.insights.as_of
        {
            cx.insights.as_of = Some(date);
        }
        if cx.insights.as_of.is_some() && ui.button(crate::tr!("insights-latest-sale")).clicked() {
            cx.insights.as_of = None;
            cx.insights.as_of_text.clear();
        }
        if cx.insights.job.is_some() {
            ui.spinner();
        }
    });
    let date = cx.formats.date_words(figures.as_of);
    let count = figures.rows.len() as i64;
    let shown = cx.formats.int(count);
    let walk_in_cents: i64 = if walk_ins {
        figures.days.iter().map(|d| d.walk_in_cents).sum()
    } else {
        0
    };
    let revenue = cx.money(figures.total_revenue_cents + walk_in_cents);
    let latest = cx.insights.as_of.is_none();
    let words = if walk_in_cents != 0 && latest {
        crate::tr!(
            "import3-charts-figures-as-of-latest",
            date = date,
            count = count,
            shown = shown,
            revenue = revenue
        )
    } else if walk_in_cents != 0 {
        crate::tr!(
            "import3-charts-figures-as-of",
            date = date,
            count = count,
            shown = shown,
            revenue = revenue
        )
    } else if latest {
        crate::tr!(
            "insights-figures-as-of-latest",
            date = date,
            count = count,
            shown = shown,
            revenue = revenue
        )
    } else {
        crate::tr!(
            "insights-figures-as-of",
            date = date,
            count = count,
            shown = shown,
            revenue = revenue
        )
    };
    ui.label(egui::RichText::new(words).weak());
}

/// A date typed as YYYY-MM-DD (an empty field shows `shown`) and a button: the date when
/// the person applies it with Enter or the button and `valid` accepts it. While the text is
/// not such a date, `hint` says so beside it.
pub fn date_field(
    ui: &mut egui::Ui,
    text: &mut String,
    shown: NaiveDate,
    button: &str,
    hint: &str,
    valid: impl Fn(NaiveDate) -> bool,
) -> Option<NaiveDate> {
    if text.is_empty() {
        *text = iso_date(shown);
    }
    let edit = ui.add(
        egui::TextEdit::singleline(text)
            .desired_width(96.0)
            .hint_text(crate::tr!("insights-yyyy-mm-dd")),
    );
    let apply = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
        || ui.button(button).clicked();
    let typed = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| valid(*d));
    if typed.is_none() {
        let dark = ui.visuals().dark_mode;
        ui.label(egui::RichText::new(hint).color(theme::bad(dark)));
    }
    typed.filter(|_| apply)
}
