//! The Overview tab: key figures for the last 30 and 365 days against the period before,
//! and revenue by month. On an empty database it offers to load the demo shop.

use chrono::Datelike;
use egui_plot::{Bar, BarChart, Plot};

use crate::analytics::{KpiSet, Overview};
use crate::model::format_money;
use crate::ui::app::{ClienteleApp, Command, DEMO_CUSTOMERS, DbState, group_thousands};
use crate::ui::theme;
use crate::ui::widgets::kpi_card;

/// Draws the tab.
pub fn ui(app: &mut ClienteleApp, ui: &mut egui::Ui) {
    egui::CentralPanel::default().show(ui, |ui| {
        if matches!(app.db, DbState::Open { has_data: false }) {
            welcome_ui(app, ui);
            return;
        }
        match &app.overview {
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Working out your figures…");
                });
            }
            Some(None) => {
                ui.heading("Overview");
                ui.label("There are no sales yet, so there are no figures to show.");
            }
            Some(Some(overview)) => {
                let overview = overview.clone();
                egui::ScrollArea::vertical().show(ui, |ui| figures_ui(ui, &overview));
            }
        }
    });
}

fn welcome_ui(app: &mut ClienteleApp, ui: &mut egui::Ui) {
    ui.add_space(48.0);
    ui.vertical_centered(|ui| {
        ui.heading(egui::RichText::new("Welcome to Clientele").size(26.0));
        ui.add_space(12.0);
        ui.label("Your customer database is empty. It is one file on this computer:");
        ui.label(egui::RichText::new(app.db_path.display().to_string()).monospace());
        ui.add_space(20.0);
        ui.label(format!(
            "To look around first, load a demo shop: {} customers and three years of sales,\n\
             with names in French, English, Russian, Chinese and Armenian, and some customers\n\
             entered twice, as real files have them.",
            group_thousands(DEMO_CUSTOMERS as i64)
        ));
        ui.add_space(12.0);
        let running = !app.jobs.is_empty();
        if let Some(job) = app.jobs.first() {
            ui.add(
                egui::ProgressBar::new(job.fraction)
                    .desired_width(320.0)
                    .text(format!("{} ({:.0}%)", job.stage, job.fraction * 100.0)),
            );
            if ui.button("Cancel").clicked() {
                app.command(Command::CancelJob(job.id));
            }
        }
        let button = egui::Button::new(egui::RichText::new("Load the demo shop").size(16.0))
            .min_size(egui::vec2(200.0, 36.0));
        if ui.add_enabled(!running, button).clicked() {
            app.command(Command::LoadDemo);
        }
    });
}

fn figures_ui(ui: &mut egui::Ui, overview: &Overview) {
    ui.heading("Overview");
    ui.label(format!(
        "Figures up to {} ({}), the day of the latest sale.",
        overview.as_of.format("%-d %B %Y"),
        overview.as_of.format("%A")
    ));
    ui.add_space(theme::GAP);
    for set in &overview.sets {
        kpi_row_ui(ui, set);
        ui.add_space(theme::GAP);
    }
    ui.strong("Revenue by month");
    revenue_chart_ui(ui, overview);
}

fn kpi_row_ui(ui: &mut egui::Ui, set: &KpiSet) {
    let (c, p) = (&set.current, &set.previous);
    ui.label(
        egui::RichText::new(format!(
            "Last {} days ({} – {}), against the {} days before",
            set.days,
            c.from.format("%-d %b %Y"),
            c.to.format("%-d %b %Y"),
            set.days
        ))
        .strong(),
    );
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(theme::GAP, theme::GAP);
        kpi_card(
            ui,
            "Revenue",
            &format_money(c.revenue_cents),
            Some((c.revenue_cents as f64, p.revenue_cents as f64)),
        );
        kpi_card(
            ui,
            "Orders",
            &group_thousands(c.orders),
            Some((c.orders as f64, p.orders as f64)),
        );
        kpi_card(
            ui,
            "Customers",
            &group_thousands(c.customers),
            Some((c.customers as f64, p.customers as f64)),
        );
        kpi_card(
            ui,
            "New customers",
            &group_thousands(c.new_customers),
            Some((c.new_customers as f64, p.new_customers as f64)),
        );
        kpi_card(
            ui,
            "Repeat customers",
            &c.repeat_rate
                .map_or("–".into(), |r| format!("{:.1}%", r * 100.0)),
            c.repeat_rate.zip(p.repeat_rate),
        );
        kpi_card(
            ui,
            "Average order",
            &c.avg_order_cents.map_or("–".into(), format_money),
            c.avg_order_cents
                .zip(p.avg_order_cents)
                .map(|(a, b)| (a as f64, b as f64)),
        );
    });
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_label(date: chrono::NaiveDate) -> String {
    let m = MONTHS.get(date.month0() as usize).copied().unwrap_or("");
    format!("{m} {}", date.year())
}

fn revenue_chart_ui(ui: &mut egui::Ui, overview: &Overview) {
    let months = &overview.monthly;
    if months.len() < 2 {
        ui.label("The chart needs sales in at least two months.");
        return;
    }
    let bars: Vec<Bar> = months
        .iter()
        .enumerate()
        .map(|(i, (month, cents, orders))| {
            Bar::new(i as f64, *cents as f64 / 100.0)
                .width(0.8)
                .name(format!(
                    "{} · {} orders",
                    month_label(*month),
                    group_thousands(*orders)
                ))
        })
        .collect();
    let labels: Vec<String> = months.iter().map(|(m, _, _)| month_label(*m)).collect();
    let chart = BarChart::new("Revenue", bars)
        .color(theme::bars(ui.visuals().dark_mode))
        .element_formatter(Box::new(|bar, _| {
            format!(
                "{}\nrevenue {}",
                bar.name,
                format_money((bar.value * 100.0).round() as i64)
            )
        }));
    Plot::new("revenue_by_month")
        .height(320.0)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_boxed_zoom(false)
        .show_x(false)
        .show_y(false)
        .x_axis_formatter(move |mark, _range| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 1e-6 || i < 0.0 {
                return String::new();
            }
            labels.get(i as usize).cloned().unwrap_or_default()
        })
        .y_axis_formatter(|mark, _range| group_thousands(mark.value.round() as i64))
        .y_axis_min_width(80.0)
        .include_y(0.0)
        .show(ui, |plot| plot.bar_chart(chart));
}
