//! The Overview tab: key figures for the last 30 and 365 days against the period before,
//! and revenue by month. On an empty database it offers to load the demo shop.

use egui_plot::{Bar, BarChart, Plot, PlotPoint, Text};

use crate::analytics::{KpiSet, Overview};
use crate::tr;
use crate::format::Formats;
use crate::ui::app::{Command, DEMO_CUSTOMERS, DbState};
use crate::ui::screen::{Cx, Screen};
use crate::ui::theme;
use crate::ui::widgets::{kpi_card, progress_text};

/// The Overview screen: it keeps nothing of its own.
#[derive(Default)]
pub struct OverviewScreen;

impl Screen for OverviewScreen {
    fn title(&self) -> String {
        crate::tr!("overview-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        draw(cx, ui);
    }
}

/// Draws the tab.
fn draw(cx: &mut Cx, ui: &mut egui::Ui) {
    egui::CentralPanel::default().show(ui, |ui| {
        if matches!(cx.db, DbState::Open { has_data: false }) {
            welcome_ui(cx, ui);
            return;
        }
        match &cx.overview {
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr!("overview-working"));
                });
            }
            Some(None) => {
                ui.heading(tr!("overview-title"));
                ui.label(tr!("overview-no-sales"));
            }
            Some(Some(overview)) => {
                let overview = overview.clone();
                let formats = cx.formats.clone();
                // "Next month: about ..." from the forecast, once worked out (issue 23).
                if cx.insights.trends.stale(cx.data_generation, cx.insights.as_of) {
                    cx.command(Command::ComputeTrends);
                }
                let next = cx
                    .insights
                    .trends
                    .figures()
                    .and_then(|t| t.forecast.as_ref().ok())
                    .and_then(|f| f.next_period(&formats))
                    .map(|m| crate::text::local(&m));
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| figures_ui(ui, &overview, &formats, next));
            }
        }
    });
}

fn welcome_ui(cx: &mut Cx, ui: &mut egui::Ui) {
    ui.add_space(48.0);
    ui.vertical_centered(|ui| {
        ui.heading(egui::RichText::new(tr!("overview-welcome")).size(26.0));
        ui.add_space(12.0);
        ui.label(tr!("overview-empty-file"));
        ui.label(egui::RichText::new(cx.db_path.display().to_string()).monospace());
        ui.add_space(20.0);
        ui.label(tr!("overview-bring-your-own"));
        ui.add_space(6.0);
        ui.label(tr!(
            "overview-demo-offer",
            count = (DEMO_CUSTOMERS as i64),
            shown = cx.formats.int(DEMO_CUSTOMERS as i64)
        ));
        ui.add_space(12.0);
        let running = !cx.jobs.is_empty();
        if let Some(job) = cx.jobs.first() {
            ui.add(
                egui::ProgressBar::new(job.fraction)
                    .desired_width(320.0)
                    .text(progress_text(cx.formats, &job.stage, job.fraction)),
            );
            if ui.button(tr!("overview-cancel")).clicked() {
                cx.command(Command::CancelJob(job.id));
            }
        }
        // The two buttons side by side, centred.
        let size = egui::vec2(200.0, 36.0);
        let gap = ui.spacing().item_spacing.x;
        let width = size.x * 2.0 + gap;
        ui.allocate_ui_with_layout(
            egui::vec2(width, size.y),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                let import = egui::Button::new(
                    egui::RichText::new(tr!("overview-import-file"))
                        .size(16.0)
                        .color(egui::Color32::WHITE),
                )
                .fill(theme::ACCENT)
                    .min_size(size);
                if ui
                    .add_enabled(!running, import)
                    .on_hover_text(tr!("overview-import-file-hint"))
                    .clicked()
                {
                    cx.command(Command::SwitchTab(crate::ui::app::Tab::IMPORT));
                    cx.command(Command::OpenFileDialog);
                }
                let demo = egui::Button::new(egui::RichText::new(tr!("overview-load-demo")).size(16.0))
                    .min_size(size);
                if ui.add_enabled(!running, demo).clicked() {
                    cx.command(Command::LoadDemo);
                }
            },
        );
    });
}

fn figures_ui(ui: &mut egui::Ui, overview: &Overview, formats: &Formats, next: Option<String>) {
    ui.heading(tr!("overview-title"));
    ui.label(tr!(
        "overview-as-of",
        date = formats.date_words(overview.as_of),
        weekday = formats.weekday(overview.as_of)
    ));
    if let Some(next) = next {
        ui.label(egui::RichText::new(next).strong())
            .on_hover_text(tr!("overview-forecast-hint"));
    }
    ui.add_space(theme::GAP);
    for set in &overview.sets {
        kpi_row_ui(ui, set, formats);
        ui.add_space(theme::GAP);
    }
    ui.strong(tr!("overview-revenue-by-month"));
    revenue_chart_ui(ui, overview, formats);
}

fn kpi_row_ui(ui: &mut egui::Ui, set: &KpiSet, formats: &Formats) {
    let (c, p) = (&set.current, &set.previous);
    ui.label(
        egui::RichText::new(tr!(
            "overview-period",
            days = (set.days as i64),
            from = formats.date_short(c.from),
            to = formats.date_short(c.to)
        ))
        .strong(),
    );
    type Card = (String, String, Option<(f64, f64)>);
    let cards: Vec<Card> = vec![
        (
            tr!("overview-card-revenue"),
            formats.money(c.revenue_cents),
            Some((c.revenue_cents as f64, p.revenue_cents as f64)),
        ),
        (
            tr!("overview-card-orders"),
            formats.int(c.orders),
            Some((c.orders as f64, p.orders as f64)),
        ),
        (
            tr!("overview-card-customers"),
            formats.int(c.customers),
            Some((c.customers as f64, p.customers as f64)),
        ),
        (
            tr!("overview-card-new-customers"),
            formats.int(c.new_customers),
            Some((c.new_customers as f64, p.new_customers as f64)),
        ),
        (
            tr!("overview-card-repeat-customers"),
            c.repeat_rate
                .map_or("–".into(), |r| formats.percent(r)),
            c.repeat_rate.zip(p.repeat_rate),
        ),
        (
            tr!("overview-card-average-order"),
            c.avg_order_cents
                .map_or("–".into(), |cents| formats.money(cents)),
            c.avg_order_cents
                .zip(p.avg_order_cents)
                .map(|(a, b)| (a as f64, b as f64)),
        ),
    ];
    // A card's frame only knows its size once drawn, so a wrapping layout cannot wrap it:
    // as many cards per row as fit (the card, its frame's margins, the gap).
    let fit = (((ui.available_width() + theme::GAP)
        / (theme::CARD_WIDTH + 2.0 * 10.0 + 2.0 + theme::GAP))
        .floor() as usize)
        .max(1);
    // Rows as even as they can be: 3 + 3 rather than 4 + 2.
    let rows = cards.len().div_ceil(fit);
    let per_row = cards.len().div_ceil(rows);
    for row in cards.chunks(per_row) {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing = egui::vec2(theme::GAP, theme::GAP);
            for (label, value, change) in row {
                kpi_card(ui, formats, label, value, *change);
            }
        });
        ui.add_space(theme::GAP / 2.0);
    }
    // Revenue and orders count the walk-in sales; customers do not.
    if c.walk_in_revenue_cents != 0 {
        ui.label(tr!(
            "held-walk-in-part",
            amount = formats.money(c.walk_in_revenue_cents)
        ));
    }
}

/// The room a month's label needs under the chart, in points ("Dec 2026").
const LABEL_POINTS: f64 = 90.0;

fn revenue_chart_ui(ui: &mut egui::Ui, overview: &Overview, formats: &Formats) {
    let months = &overview.monthly;
    if months.len() < 2 {
        ui.label(tr!("overview-chart-too-short"));
        return;
    }
    let dark = ui.visuals().dark_mode;
    let color = theme::bars(dark);
    // The month of the latest sale is partial unless that sale was on its last day.
    let partial = months.last().is_some_and(|(m, _, _)| {
        crate::ui::widgets::periods::is_partial(
            crate::ui::widgets::periods::Step::Month,
            *m,
            overview.as_of,
        )
    });
    let last = months.len() - 1;
    let bars: Vec<Bar> = months
        .iter()
        .enumerate()
        .map(|(i, (month, cents, orders))| {
            let bar = Bar::new(i as f64, *cents as f64 / 100.0).width(0.8);
            if partial && i == last {
                bar.name(tr!(
                    "overview-bar-so-far",
                    month = formats.month_short(*month),
                    day = formats.day_month(overview.as_of),
                    count = (*orders),
                    shown = formats.int(*orders)
                ))
                .fill(color.gamma_multiply(0.4))
                .stroke(egui::Stroke::new(1.0, color))
            } else {
                bar.name(tr!(
                    "overview-bar",
                    month = formats.month_short(*month),
                    count = (*orders),
                    shown = formats.int(*orders)
                ))
                .fill(color)
            }
        })
        .collect();
    let max = months
        .iter()
        .map(|(_, cents, _)| *cents as f64 / 100.0)
        .fold(0.0, f64::max);
    // The month so far is marked above its bar; its date stays short so it fits.
    let labels: Vec<String> = months.iter().map(|(m, _, _)| formats.month_short(*m)).collect();
    let hover = formats.clone();
    let walk_in = overview.monthly_walk_in.clone();
    let chart = BarChart::new("Revenue", bars).element_formatter(Box::new(move |bar, _| {
        let amount = hover.money((bar.value * 100.0).round() as i64);
        let mut tip = format!("{}\n{}", bar.name, tr!("overview-bar-revenue", amount = amount));
        let part = walk_in.get(bar.argument.round() as usize).copied().unwrap_or(0);
        if part != 0 {
            tip.push('\n');
            tip.push_str(&tr!("held-walk-in-part", amount = hover.money(part)));
        }
        tip
    }));
    let so_far = (partial).then(|| {
        let (_, cents, _) = months[last];
        Text::new(
            "so far",
            PlotPoint::new(last as f64, cents as f64 / 100.0),
            egui::RichText::new(tr!("overview-so-far")).small(),
        )
        .anchor(egui::Align2::CENTER_BOTTOM)
    });
    let n = months.len();
    let axis = formats.clone();
    Plot::new("revenue_by_month")
        .height(320.0)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_boxed_zoom(false)
        .show_x(false)
        .show_y(false)
        // A date under every bar when there is room, else under every second, third…
        .x_grid_spacer(move |input| {
            // Plot units per screen point: the spacer's base step is 8 points' worth.
            let per_point = input.base_step_size / 8.0;
            let every = ((LABEL_POINTS * per_point).ceil() as usize).max(1);
            (0..n)
                .rev()
                .step_by(every)
                .map(|i| egui_plot::GridMark {
                    value: i as f64,
                    step_size: every as f64,
                })
                .collect()
        })
        .x_axis_formatter(move |mark, _range| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 1e-6 || i < 0.0 {
                return String::new();
            }
            labels.get(i as usize).cloned().unwrap_or_default()
        })
        .y_axis_formatter(move |mark, _range| axis.money_whole((mark.value * 100.0).round() as i64))
        .y_axis_min_width(80.0)
        // Room on the right for the latest month's date, centred under its bar.
        .default_x_bounds(-0.6, n as f64 + 0.6)
        .default_y_bounds(0.0, if max > 0.0 { max * 1.1 } else { 1.0 })
        .show(ui, |plot| {
            plot.bar_chart(chart);
            if let Some(text) = so_far {
                plot.text(text);
            }
        });
}
