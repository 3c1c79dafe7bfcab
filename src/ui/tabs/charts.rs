//! The Charts tab: one chart at a time, picked on the left. Revenue, orders and average order
//! value by day, week or month over a date range; new and returning customers by month;
//! revenue by channel, category and store as stacked bars; segment sizes and revenue; the
//! Pareto curve. Hovering shows exact values with units and dates; the plots zoom and pan;
//! each chart can be saved as a PNG image of what is on screen.
//!
//! The series are aggregated from the figures of [`crate::ui::insights::Insights`] only when
//! the chart, the step or the range changes; drawing a frame only reads them.

use crate::report::text::segment_name;
use crate::text::ui_lang;
use crate::tr;
use std::sync::Arc;

use chrono::{Datelike, Duration, NaiveDate};
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoint, PlotPoints, Text};

use crate::analytics::dashboard::{Breakdown, ShopAnalytics, month_of};
use crate::analytics::rfm::Segment;
use crate::format::{Formats, iso_date};
use crate::ui::app::Command;
use crate::ui::screen::{Cx, Screen};
use crate::jobs::Event;
use crate::ui::theme;
use crate::ui::widgets::insights::{header_ui, waiting_ui};
use crate::ui::widgets::periods::{Step, is_partial};

pub mod trends;

/// The charts, in the order of the list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Chart {
    #[default]
    Revenue,
    Orders,
    NewReturning,
    Channel,
    Category,
    Store,
    Segments,
    Pareto,
    Forecast,
    Cohorts,
    Channels,
}

impl Chart {
    pub const ALL: [Chart; 11] = [
        Chart::Revenue,
        Chart::Orders,
        Chart::NewReturning,
        Chart::Channel,
        Chart::Category,
        Chart::Store,
        Chart::Segments,
        Chart::Pareto,
        Chart::Forecast,
        Chart::Cohorts,
        Chart::Channels,
    ];

    /// The chart's name in English, the words the tests look for.
    pub fn label(self) -> &'static str {
        match self {
            Chart::Revenue => "Revenue",
            Chart::Orders => "Orders and average order",
            Chart::NewReturning => "New and returning customers",
            Chart::Channel => "Revenue by channel",
            Chart::Category => "Revenue by category",
            Chart::Store => "Revenue by store",
            Chart::Segments => "Segments: size and revenue",
            Chart::Pareto => "Pareto curve",
            Chart::Forecast => "Forecast",
            Chart::Cohorts => "Cohorts: who comes back",
            Chart::Channels => "Channels and stores",
        }
    }

    /// The chart's name, in the window's language.
    pub fn shown(self) -> String {
        match self {
            Chart::Revenue => tr!("charts-chart-revenue"),
            Chart::Orders => tr!("charts-chart-orders"),
            Chart::NewReturning => tr!("charts-chart-new-returning"),
            Chart::Channel => tr!("charts-chart-channel"),
            Chart::Category => tr!("charts-chart-category"),
            Chart::Store => tr!("charts-chart-store"),
            Chart::Segments => tr!("charts-chart-segments"),
            Chart::Pareto => tr!("charts-chart-pareto"),
            Chart::Forecast => tr!("charts-chart-forecast"),
            Chart::Cohorts => tr!("charts-chart-cohorts"),
            Chart::Channels => tr!("charts-chart-channels"),
        }
    }

    /// Whether the chart is drawn over time (with a step and a date range).
    fn over_time(self) -> bool {
        matches!(
            self,
            Chart::Revenue | Chart::Orders | Chart::Channel | Chart::Category | Chart::Store
        )
    }
}

/// The marks of a time axis, on calendar boundaries (days, weeks, months, quarters,
/// years), as far apart as a date's label needs.
fn date_marks(input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    // Plot units (days) per screen point: the spacer's base step is 8 points' worth.
    let per_point = input.base_step_size / 8.0;
    let wanted_days = 100.0 * per_point;
    let (lo, hi) = input.bounds;
    let (first, last) = (date_of(lo.floor()), date_of(hi.ceil()));
    let mut out = Vec::new();
    if wanted_days <= 14.0 {
        let every = [1i64, 2, 7, 14]
            .into_iter()
            .find(|d| *d as f64 >= wanted_days)
            .unwrap_or(14);
        let mut d = first;
        while d <= last && out.len() < 400 {
            if (d - NaiveDate::default()).num_days() % every == 0 {
                out.push(egui_plot::GridMark {
                    value: x_of(d),
                    step_size: every as f64,
                });
            }
            d += Duration::days(1);
        }
        return out;
    }
    let months = [1u32, 2, 3, 6, 12, 24, 60]
        .into_iter()
        .find(|m| f64::from(*m) * 30.4 >= wanted_days)
        .unwrap_or(60);
    let mut d = month_of(first);
    while d <= last && out.len() < 400 {
        let index = d.year() * 12 + d.month0() as i32;
        if index % months as i32 == 0 {
            out.push(egui_plot::GridMark {
                value: x_of(d),
                step_size: f64::from(months) * 30.4,
            });
        }
        d = (d + Duration::days(32))
            .with_day(1)
            .unwrap_or(last + Duration::days(1));
    }
    out
}

/// The top of a chart's value axis: the largest value and a little room, at least 1.
fn y_top(max: f64) -> f64 {
    if max > 0.0 { max * 1.08 } else { 1.0 }
}

/// One period of a chart over time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Period {
    pub start: NaiveDate,
    pub revenue_cents: i64,
    pub orders: u64,
    /// The walk-in part of the revenue (sales naming no customer).
    pub walk_in_cents: i64,
    /// Revenue per label of the chosen breakdown.
    pub parts: Vec<i64>,
}

/// The series of the chart shown, and what they were made for.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    key: (usize, Chart, Step, Option<NaiveDate>, Option<NaiveDate>),
    /// The last day shown: a period going on past it is drawn lighter, "so far".
    pub to: NaiveDate,
    pub periods: Vec<Period>,
    pub labels: Vec<String>,
}

/// The tab's state.
#[derive(Default)]
pub struct ChartsScreen {
    pub chart: Chart,
    pub step: Step,
    /// The date range (`None`: from the first sale / to the as-of date).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub from_text: String,
    pub to_text: String,
    /// The aggregated series of the chart shown.
    pub cache: Option<Series>,
    /// What Forecast and Cohorts remember.
    pub trends: trends::TrendsView,
    /// Where the chart was drawn last frame (for the PNG).
    pub chart_rect: Option<egui::Rect>,
    /// A screenshot was asked for, to save the chart.
    pub saving: bool,
    /// Where the screenshot arrives.
    pub shot: Arc<std::sync::Mutex<Option<Arc<egui::ColorImage>>>>,
}

/// Days since 1970-01-01, the x value of a date.
fn x_of(date: NaiveDate) -> f64 {
    (date - NaiveDate::default()).num_days() as f64
}

fn date_of(x: f64) -> NaiveDate {
    NaiveDate::default() + Duration::days(x.round() as i64)
}

/// Sums the days of the figures into periods of `step` between `from` and `to` (both
/// included), with the revenue split of `breakdown` when given.
pub fn periods(
    figures: &ShopAnalytics,
    step: Step,
    from: NaiveDate,
    to: NaiveDate,
    breakdown: Option<&Breakdown>,
) -> Vec<Period> {
    let width = breakdown.map_or(0, |b| b.labels.len());
    let mut out: Vec<Period> = Vec::new();
    let push = |out: &mut Vec<Period>, date: NaiveDate| -> usize {
        let start = step.start(date);
        if out.last().is_none_or(|p| p.start != start) {
            out.push(Period {
                start,
                parts: vec![0; width],
                ..Period::default()
            });
        }
        out.len() - 1
    };
    for day in figures
        .days
        .iter()
        .filter(|d| d.date >= from && d.date <= to)
    {
        let i = push(&mut out, day.date);
        if let Some(p) = out.get_mut(i) {
            p.revenue_cents += day.revenue_cents;
            p.orders += u64::from(day.orders);
            p.walk_in_cents += day.walk_in_cents;
        }
    }
    if let Some(b) = breakdown {
        for (date, parts) in b.days.range(from..=to) {
            let start = step.start(*date);
            let Ok(i) = out.binary_search_by(|p| p.start.cmp(&start)) else {
                continue;
            };
            if let Some(p) = out.get_mut(i) {
                for (slot, v) in p.parts.iter_mut().zip(parts) {
                    *slot += v;
                }
            }
        }
    }
    out
}

impl Screen for ChartsScreen {
    fn title(&self) -> String {
        crate::tr!("charts-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        draw(self, cx, ui);
    }

    fn on_event(&mut self, _cx: &mut Cx, event: &Event) {
        // New figures: the series are aggregated again.
        if let Event::Analytics { .. } = event {
            self.cache = None;
        }
    }
}

/// Draws the tab.
fn draw(this: &mut ChartsScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    if cx.insights.stale(cx.data_generation) {
        cx.command(Command::ComputeInsights);
    }
    let Some(figures) = cx.insights.figures().cloned() else {
        egui::CentralPanel::default().show(ui, |ui| waiting_ui(cx, ui, &tr!("charts-title")));
        return;
    };
    egui::Panel::left("chart_list")
        .resizable(false)
        .default_size(230.0)
        .show(ui, |ui| {
            ui.add_space(8.0);
            ui.strong(crate::tr!("charts-charts"));
            ui.add_space(4.0);
            for chart in Chart::ALL {
                let selected = this.chart == chart;
                if ui.selectable_label(selected, chart.shown()).clicked() {
                    this.chart = chart;
                }
            }
            ui.add_space(12.0);
            ui.label(
                egui::RichText::new(
                    crate::tr!("charts-hover-for-exact-values-drag"),
                )
                .small()
                .weak(),
            );
        });
    egui::CentralPanel::default().show(ui, |ui| {
        // A window too small for the chart's least height scrolls.
        egui::ScrollArea::vertical()
            .id_salt("charts_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                header_ui(cx, ui, &figures, &tr!("charts-title"), true);
                ui.add_space(6.0);
                chart_ui(this, cx, ui, &figures);
            });
    });
    take_screenshot(this, cx, ui);
}

/// The step buttons (those of `steps`; none for a chart without a step) and the date range.
fn range_ui(this: &mut ChartsScreen, ui: &mut egui::Ui, figures: &ShopAnalytics, steps: &[Step]) {
    let tab = &mut *this;
    // Wrapped: in a long language the row goes onto a second line rather than past the
    // window's edge (which would also widen the chart below it).
    ui.horizontal_wrapped(|ui| {
        for step in steps {
            ui.selectable_value(&mut tab.step, *step, step.label());
        }
        if !steps.is_empty() {
            ui.separator();
        }
        ui.label(crate::tr!("charts-from"));
        ui.add(
            egui::TextEdit::singleline(&mut tab.from_text)
                .desired_width(92.0)
                .hint_text(crate::tr!("charts-first-sale")),
        );
        ui.label(crate::tr!("charts-to"));
        ui.add(
            egui::TextEdit::singleline(&mut tab.to_text)
                .desired_width(92.0)
                .hint_text(crate::tr!("charts-as-of-date")),
        );
        let parse = |t: &str| NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").ok();
        let (from, to) = (parse(&tab.from_text), parse(&tab.to_text));
        let bad = (!tab.from_text.trim().is_empty() && from.is_none())
            || (!tab.to_text.trim().is_empty() && to.is_none());
        if bad {
            let dark = ui.visuals().dark_mode;
            ui.label(egui::RichText::new(crate::tr!("charts-write-dates-as-2025-06")).color(theme::bad(dark)));
        } else {
            tab.from = from;
            tab.to = to;
        }
        ui.separator();
        let as_of = figures.as_of;
        let mut preset = |ui: &mut egui::Ui, label: &str, from: Option<NaiveDate>| {
            if ui.button(label).clicked() {
                tab.from_text = from
                    .map(iso_date)
                    .unwrap_or_default();
                tab.to_text.clear();
            }
        };
        preset(ui, &tr!("charts-last-90-days"), Some(as_of - Duration::days(89)));
        preset(
            ui,
            &tr!("charts-last-12-months"),
            Some(month_of(as_of) - chrono::Months::new(11)),
        );
        preset(ui, &tr!("charts-all"), None);
    });
}

fn chart_ui(this: &mut ChartsScreen, cx: &mut Cx, ui: &mut egui::Ui, figures: &Arc<ShopAnalytics>) {
    let chart = this.chart;
    let formats = cx.formats.clone();
    let title = ui.horizontal(|ui| {
        ui.heading(chart.shown());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .add_enabled(!this.saving, egui::Button::new(crate::tr!("charts-save-as-png")))
                .on_hover_text(crate::tr!("charts-save-this-chart-as-an"))
                .clicked()
            {
                this.saving = true;
                let slot = this.shot.clone();
                let ctx = ui.ctx().clone();
                ui.ctx().request_screenshot(move |image| {
                    if let Ok(mut slot) = slot.lock() {
                        *slot = Some(image);
                    }
                    ctx.request_repaint();
                });
            }
        });
    });
    let title_rect = title.response.rect;
    if chart.over_time() {
        range_ui(this, ui, figures, &[Step::Day, Step::Week, Step::Month]);
    } else if let Some(steps) = trends::steps(chart) {
        range_ui(this, ui, figures, steps);
    }
    let Some(first) = figures.first_day else {
        ui.label(crate::tr!("charts-there-are-no-sales-before"));
        return;
    };
    if trends::steps(chart).is_some() {
        let response = ui
            .scope(|ui| trends::trend_ui(this, chart, figures, cx, ui, &formats))
            .response;
        this.chart_rect = Some(response.rect.union(title_rect));
        return;
    }
    let from = this.from.unwrap_or(first).max(first);
    let to = this
        .to
        .unwrap_or(figures.as_of)
        .min(figures.as_of);
    let step = this.step;
    let key = (
        Arc::as_ptr(figures) as usize,
        chart,
        step,
        Some(from),
        Some(to),
    );
    if this.cache.as_ref().is_none_or(|c| c.key != key) {
        let breakdown = match chart {
            Chart::Channel => Some(&figures.by_channel),
            Chart::Category => Some(&figures.by_category),
            Chart::Store => Some(&figures.by_store),
            _ => None,
        };
        this.cache = Some(Series {
            key,
            to,
            periods: if chart.over_time() {
                periods(figures, step, from, to, breakdown)
            } else {
                Vec::new()
            },
            labels: breakdown.map(|b| b.labels.clone()).unwrap_or_default(),
        });
    }
    let Some(series) = this.cache.as_ref() else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    let response = ui
        .scope(|ui| match chart {
            Chart::Revenue | Chart::Orders if from >= to => {
                ui.label(tr!(
                    "import3-charts-one-day",
                    date = formats.date_words(from),
                    amount = formats.money(series.periods.iter().map(|p| p.revenue_cents).sum())
                ));
            }
            Chart::Revenue => revenue_plot(ui, series, step, dark, &formats),
            Chart::Orders => orders_plot(ui, series, step, dark, &formats),
            Chart::Channel | Chart::Category | Chart::Store => {
                stacked_plot(ui, series, step, chart, &formats)
            }
            Chart::NewReturning => new_returning_plot(ui, figures, dark, &formats),
            Chart::Segments => segments_plot(ui, figures, dark, &formats),
            Chart::Pareto => pareto_plot(ui, figures, dark, &formats),
            // Drawn above, before the series of the charts over time.
            Chart::Forecast | Chart::Cohorts | Chart::Channels => {}
        })
        .response;
    // The saved image carries the chart's title.
    this.chart_rect = Some(response.rect.union(title_rect));
}

/// The bars of one value per period.
fn period_bars(
    series: &Series,
    step: Step,
    formats: &Formats,
    value: impl Fn(&Period) -> f64,
    color: egui::Color32,
) -> Vec<Bar> {
    series
        .periods
        .iter()
        .map(|p| {
            let bar =
                Bar::new(x_of(p.start) + step.days() / 2.0, value(p)).width(step.days() * 0.85);
            if is_partial(step, p.start, series.to) {
                bar.name(tr!(
                    "charts-bar-so-far",
                    period = step.describe(p.start, formats),
                    day = formats.day_month(series.to)
                ))
                .fill(color.gamma_multiply(0.4))
                .stroke(egui::Stroke::new(1.0, color))
            } else {
                bar.name(step.describe(p.start, formats)).fill(color)
            }
        })
        .collect()
}

/// "so far" above the bar of the period still going on, if any.
fn so_far_text(series: &Series, step: Step, value: impl Fn(&Period) -> f64) -> Option<Text> {
    let last = series.periods.last()?;
    is_partial(step, last.start, series.to).then(|| {
        Text::new(
            "so far",
            PlotPoint::new(x_of(last.start) + step.days() / 2.0, value(last)),
            egui::RichText::new(crate::tr!("charts-so-far")).small(),
        )
        .anchor(egui::Align2::CENTER_BOTTOM)
    })
}

/// The height a chart gets: what is left of the window, at least 300 points.
fn chart_height(ui: &egui::Ui) -> f32 {
    (ui.available_height() - 30.0).max(300.0)
}

/// A chart over time, its value axis from 0 to a little above `y_max`.
fn time_plot(id: &str, step: Step, height: f32, y_max: f64, formats: &Formats) -> Plot<'static> {
    let formats = formats.clone();
    Plot::new(id)
        .height(height)
        .allow_scroll(false)
        .x_grid_spacer(date_marks)
        .x_axis_formatter(move |mark, _range| {
            let d = date_of(mark.value);
            match step {
                Step::Month => formats.month_short(d),
                _ => formats.date_tick(d),
            }
        })
        .y_axis_min_width(80.0)
        .default_y_bounds(0.0, y_top(y_max))
}

fn revenue_plot(ui: &mut egui::Ui, series: &Series, step: Step, dark: bool, formats: &Formats) {
    let value = |p: &Period| p.revenue_cents as f64 / 100.0;
    let bars = period_bars(series, step, formats, value, theme::bars(dark));
    let hover = formats.clone();
    let chart = BarChart::new(tr!("charts-legend-revenue"), bars).element_formatter(Box::new(
        move |bar, _| {
            let amount = hover.money((bar.value * 100.0).round() as i64);
            format!("{}\n{}", bar.name, tr!("charts-tip-revenue", amount = amount))
        },
    ));
    let total: i64 = series.periods.iter().map(|p| p.revenue_cents).sum();
    ui.label(tr!("charts-in-range", amount = formats.money(total)));
    let walk_in: i64 = series.periods.iter().map(|p| p.walk_in_cents).sum();
    if walk_in != 0 {
        ui.label(tr!("held-walk-in-part", amount = formats.money(walk_in)));
    }
    let max = series.periods.iter().map(value).fold(0.0, f64::max);
    let so_far = so_far_text(series, step, value);
    let axis = formats.clone();
    time_plot("chart_revenue", step, chart_height(ui), max, formats)
        .y_axis_formatter(move |mark, _| axis.money_whole((mark.value * 100.0).round() as i64))
        .label_formatter(|_| None)
        .show(ui, |plot| {
            plot.bar_chart(chart);
            if let Some(text) = so_far {
                plot.text(text);
            }
        });
}

fn orders_plot(ui: &mut egui::Ui, series: &Series, step: Step, dark: bool, formats: &Formats) {
    let link = egui::Id::unique("orders_link");
    let value = |p: &Period| p.orders as f64;
    let bars = period_bars(series, step, formats, value, theme::bars(dark));
    let max = series.periods.iter().map(value).fold(0.0, f64::max);
    let so_far = so_far_text(series, step, value);
    let f = formats.clone();
    let chart = BarChart::new(tr!("charts-legend-orders"), bars).element_formatter(Box::new(
        move |bar, _| {
            let n = bar.value.round() as i64;
            format!("{}\n{}", bar.name, tr!("charts-tip-orders", count = n, shown = f.int(n)))
        },
    ));
    let height = (chart_height(ui) / 2.0 - 20.0).max(180.0);
    ui.label(crate::tr!("charts-orders"));
    time_plot("chart_orders", step, height, max, formats)
        .link_axis(link, [true, false])
        .link_cursor(link, [true, false])
        .y_axis_formatter(|mark, _| formats.int(mark.value.round() as i64))
        .label_formatter(|_| None)
        .show(ui, |plot| {
            plot.bar_chart(chart);
            if let Some(text) = so_far {
                plot.text(text);
            }
        });
    ui.label(crate::tr!("charts-average-order"));
    let points: Vec<[f64; 2]> = series
        .periods
        .iter()
        .filter(|p| p.orders > 0)
        .map(|p| {
            [
                x_of(p.start) + step.days() / 2.0,
                p.revenue_cents as f64 / 100.0 / p.orders as f64,
            ]
        })
        .collect();
    let starts: Vec<NaiveDate> = series
        .periods
        .iter()
        .filter(|p| p.orders > 0)
        .map(|p| p.start)
        .collect();
    let aov_max = points.iter().map(|p| p[1]).fold(0.0, f64::max);
    let line = Line::new(tr!("charts-legend-average-order"), PlotPoints::from(points))
        .color(theme::ACCENT)
        .width(2.0);
    let axis = formats.clone();
    let hover = formats.clone();
    time_plot("chart_aov", step, height, aov_max, formats)
        .link_axis(link, [true, false])
        .link_cursor(link, [true, false])
        .y_axis_formatter(move |mark, _| axis.money((mark.value * 100.0).round() as i64))
        .label_formatter(move |pos| match pos {
            egui_plot::HoverPosition::NearDataPoint {
                position, index, ..
            } => Some(format!(
                "{}\n{}",
                starts
                    .get(*index)
                    .map(|d| step.describe(*d, &hover))
                    .unwrap_or_default(),
                tr!(
                    "charts-tip-average-order",
                    amount = hover.money((position.y * 100.0).round() as i64)
                )
            )),
            _ => None,
        })
        .show(ui, |plot| plot.line(line));
}

/// A colour per label, readable on light and dark backgrounds.
fn palette(i: usize) -> egui::Color32 {
    const COLORS: [egui::Color32; 8] = [
        egui::Color32::from_rgb(0x0f, 0x6e, 0x6e),
        egui::Color32::from_rgb(0xe0, 0x8a, 0x1e),
        egui::Color32::from_rgb(0x4c, 0x78, 0xa8),
        egui::Color32::from_rgb(0xb8, 0x4a, 0x62),
        egui::Color32::from_rgb(0x6a, 0xa8, 0x4f),
        egui::Color32::from_rgb(0x8e, 0x6c, 0xb8),
        egui::Color32::from_rgb(0xc9, 0xb0, 0x3a),
        egui::Color32::from_rgb(0x88, 0x88, 0x88),
    ];
    COLORS[i % COLORS.len()]
}

fn stacked_plot(ui: &mut egui::Ui, series: &Series, step: Step, chart: Chart, formats: &Formats) {
    if series.labels.is_empty() {
        ui.label(crate::tr!("charts-no-sale-in-this-range"));
        return;
    }
    let mut charts: Vec<BarChart> = Vec::new();
    for (i, label) in series.labels.iter().enumerate() {
        let bars = period_bars(
            series,
            step,
            formats,
            |p| p.parts.get(i).copied().unwrap_or(0) as f64 / 100.0,
            palette(i),
        );
        let name = label.clone();
        let hover = formats.clone();
        let mut c = BarChart::new(label.clone(), bars)
            .color(palette(i))
            .element_formatter(Box::new(move |bar, _| {
                format!(
                    "{}\n{name}: {}",
                    bar.name,
                    hover.money((bar.value * 100.0).round() as i64)
                )
            }));
        let below: Vec<&BarChart> = charts.iter().collect();
        if !below.is_empty() {
            c = c.stack_on(&below);
        }
        charts.push(c);
    }
    let totals: Vec<i64> = (0..series.labels.len())
        .map(|i| {
            series
                .periods
                .iter()
                .map(|p| p.parts.get(i).copied().unwrap_or(0))
                .sum()
        })
        .collect();
    let all: i64 = totals.iter().sum();
    ui.horizontal_wrapped(|ui| {
        for (label, t) in series.labels.iter().zip(&totals) {
            ui.label(tr!(
                "charts-part-total",
                label = label.as_str(),
                amount = formats.money(*t),
                share = formats.percent_whole(if all > 0 {
                    *t as f64 / all as f64
                } else {
                    0.0
                })
            ));
        }
    });
    let id = format!("chart_{chart:?}");
    let max = series
        .periods
        .iter()
        .map(|p| p.parts.iter().sum::<i64>() as f64 / 100.0)
        .fold(0.0, f64::max);
    let axis = formats.clone();
    time_plot(&id, step, chart_height(ui), max, formats)
        .legend(Legend::default())
        .y_axis_formatter(move |mark, _| axis.money_whole((mark.value * 100.0).round() as i64))
        .label_formatter(|_| None)
        .show(ui, |plot| {
            for c in charts {
                plot.bar_chart(c);
            }
        });
}

fn new_returning_plot(ui: &mut egui::Ui, figures: &ShopAnalytics, dark: bool, formats: &Formats) {
    if figures.months.len() < 2 {
        ui.label(crate::tr!("charts-this-chart-needs-orders-in"));
        return;
    }
    let bar = |m: &crate::analytics::dashboard::MonthCustomers, value: u32| {
        Bar::new(x_of(m.month) + 15.2, f64::from(value))
            .width(26.0)
            .name(formats.month(m.month))
    };
    let new = BarChart::new(
        tr!("charts-legend-new"),
        figures.months.iter().map(|m| bar(m, m.new)).collect(),
    )
    .color(theme::bars(dark))
    .element_formatter(Box::new(|b, _| {
        format!("{}\n{}", b.name, tr!("charts-tip-new", count = (b.value.round() as i64)))
    }));
    let returning = BarChart::new(
        tr!("charts-legend-returning"),
        figures.months.iter().map(|m| bar(m, m.returning)).collect(),
    )
    .color(palette(1))
    .element_formatter(Box::new(|b, _| {
        format!("{}\n{}", b.name, tr!("charts-tip-returning", count = (b.value.round() as i64)))
    }))
    .stack_on(&[&new]);
    ui.label(crate::tr!("charts-customers-who-ordered-each-month"));
    let max = figures
        .months
        .iter()
        .map(|m| f64::from(m.new + m.returning))
        .fold(0.0, f64::max);
    time_plot("chart_new_returning", Step::Month, chart_height(ui), max, formats)
        .legend(Legend::default())
        .y_axis_formatter(|mark, _| formats.int(mark.value.round() as i64))
        .label_formatter(|_| None)
        .show(ui, |plot| {
            plot.bar_chart(new);
            plot.bar_chart(returning);
        });
}

fn segments_plot(ui: &mut egui::Ui, figures: &ShopAnalytics, dark: bool, formats: &Formats) {
    let total = figures.total_revenue_cents.max(1) as f64;
    let customers = figures.rows.len().max(1) as f64;
    let mut customers_bars = Vec::new();
    let mut revenue_bars = Vec::new();
    let n = Segment::ALL.len();
    let mut max: f64 = 0.0;
    // Horizontal bars, the best segment at the top: every segment's name fits on its own
    // line of the axis, whatever the window's width.
    for (i, s) in Segment::ALL.iter().enumerate() {
        let g = &figures.segments[s];
        let y = (n - 1 - i) as f64;
        let c = g.customers as f64 / customers * 100.0;
        let r = g.revenue_cents as f64 / total * 100.0;
        max = max.max(c).max(r);
        let segment = segment_name(ui_lang(), *s);
        customers_bars.push(Bar::new(y + 0.2, c).width(0.38).name(tr!(
            "charts-segment-customers",
            segment = segment,
            count = (g.customers as i64),
            shown = formats.int(g.customers as i64)
        )));
        revenue_bars.push(Bar::new(y - 0.2, r).width(0.38).name(tr!(
            "charts-segment-revenue",
            segment = segment,
            amount = formats.money(g.revenue_cents)
        )));
    }
    let (customers_share, revenue_share) = (formats.clone(), formats.clone());
    let a = BarChart::new(tr!("charts-legend-share-customers"), customers_bars)
        .horizontal()
        .color(theme::bars(dark))
        .element_formatter(Box::new(move |b, _| {
            let share = customers_share.percent(b.value / 100.0);
            format!("{}\n{}", b.name, tr!("charts-tip-share-customers", share = share))
        }));
    let b = BarChart::new(tr!("charts-legend-share-revenue"), revenue_bars)
        .horizontal()
        .color(palette(1))
        .element_formatter(Box::new(move |b, _| {
            let share = revenue_share.percent(b.value / 100.0);
            format!("{}\n{}", b.name, tr!("charts-tip-share-revenue", share = share))
        }));
    Plot::new("chart_segments")
        .height(chart_height(ui))
        .legend(Legend::default())
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_boxed_zoom(false)
        .y_grid_spacer(move |_| {
            (0..n)
                .map(|i| egui_plot::GridMark {
                    value: i as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .y_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 1e-6 || i < 0.0 || i as usize >= n {
                return String::new();
            }
            Segment::ALL
                .get(n - 1 - i as usize)
                .map(|s| s.name().to_string())
                .unwrap_or_default()
        })
        .y_axis_min_width(130.0)
        .x_axis_formatter(|mark, _| formats.percent_whole(mark.value / 100.0))
        .default_x_bounds(0.0, y_top(max))
        .default_y_bounds(-0.6, n as f64 - 0.4)
        .label_formatter(|_| None)
        .show(ui, |plot| {
            plot.bar_chart(a);
            plot.bar_chart(b);
        });
}

fn pareto_plot(ui: &mut egui::Ui, figures: &ShopAnalytics, dark: bool, formats: &Formats) {
    ui.label(tr!(
        "charts-pareto-explained",
        top = formats.percent_whole(0.2),
        share = formats.percent_whole(figures.top20_share)
    ));
    let share_name = tr!("charts-legend-share-revenue");
    let line = Line::new(share_name.clone(), PlotPoints::from(figures.pareto.clone()))
        .color(theme::bars(dark))
        .width(2.5);
    let even = Line::new(
        tr!("charts-legend-even"),
        PlotPoints::from(vec![[0.0, 0.0], [1.0, 1.0]]),
    )
    .color(egui::Color32::GRAY)
    .style(egui_plot::LineStyle::dashed_dense());
    let n = figures.rows.len();
    Plot::new("chart_pareto")
        .height(chart_height(ui))
        .legend(Legend::default())
        .allow_scroll(false)
        .x_axis_formatter(|mark, _| formats.percent_whole(mark.value))
        .y_axis_formatter(|mark, _| formats.percent_whole(mark.value))
        .include_x(0.0)
        .include_x(1.0)
        .include_y(0.0)
        .include_y(1.0)
        .label_formatter(move |pos| match pos {
            egui_plot::HoverPosition::NearDataPoint {
                position,
                plot_name,
                ..
            } if *plot_name == share_name => Some(tr!(
                "charts-tip-pareto",
                share = formats.percent(position.x),
                count = formats.int((position.x * n as f64).round() as i64),
                revenue = formats.percent(position.y)
            )),
            _ => None,
        })
        .show(ui, |plot| {
            plot.line(even);
            plot.line(line);
        });
}

/// When a screenshot asked for by "Save as PNG" arrives, cuts the chart out of it and asks
/// where to save it.
fn take_screenshot(this: &mut ChartsScreen, cx: &mut Cx, ui: &egui::Ui) {
    if !this.saving {
        return;
    }
    let shot = this.shot.lock().ok().and_then(|mut s| s.take());
    let Some(image) = shot else {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(50));
        return;
    };
    this.saving = false;
    let Some(rect) = this.chart_rect else {
        return;
    };
    let region = image.region(&rect, Some(ui.ctx().pixels_per_point()));
    let name = this
        .chart
        .shown()
        .to_lowercase()
        .replace([' ', ':'], "-")
        .replace("--", "-");
    cx.command(Command::SaveChartPng {
        file_name: format!("{name}.png"),
        image: Arc::new(region),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::dashboard::Day;
    use crate::ui::widgets::write_png;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn figures() -> ShopAnalytics {
        // 1 euro on 2025-01-01, 2 on the 2nd ... 60 euros on 2025-03-01; one order a day.
        let days = (0..60)
            .map(|i| Day {
                date: d("2025-01-01") + Duration::days(i),
                revenue_cents: (i + 1) * 100,
                orders: 1,
                walk_in_cents: 0,
            })
            .collect();
        ShopAnalytics {
            as_of: d("2025-03-01"),
            first_day: Some(d("2025-01-01")),
            days,
            ..ShopAnalytics::default()
        }
    }

    #[test]
    fn months_and_weeks_sum_the_days() {
        let f = figures();
        let months = periods(&f, Step::Month, d("2025-01-01"), d("2025-03-01"), None);
        let got: Vec<(NaiveDate, i64, u64)> = months
            .iter()
            .map(|p| (p.start, p.revenue_cents, p.orders))
            .collect();
        // January: 1 + ... + 31 = 496 euros; February: 32 + ... + 59 = 1274; March 1st: 60.
        assert_eq!(
            got,
            [
                (d("2025-01-01"), 49_600, 31),
                (d("2025-02-01"), 127_400, 28),
                (d("2025-03-01"), 6_000, 1)
            ]
        );
        // 2025-01-01 is a Wednesday: its week starts on Monday 2024-12-30 and holds 5 days.
        let weeks = periods(&f, Step::Week, d("2025-01-01"), d("2025-01-12"), None);
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[0].start, d("2024-12-30"));
        assert_eq!(weeks[0].revenue_cents, (1 + 2 + 3 + 4 + 5) * 100);
        assert_eq!(weeks[1].revenue_cents, (6..=12).sum::<i64>() * 100);
    }

    #[test]
    fn a_range_keeps_only_its_days() {
        let f = figures();
        let p = periods(&f, Step::Day, d("2025-02-27"), d("2025-02-28"), None);
        let got: Vec<i64> = p.iter().map(|p| p.revenue_cents).collect();
        assert_eq!(got, [5_800, 5_900]);
    }

    #[test]
    fn a_png_is_written_and_reads_back() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("chart.png");
        let mut image = egui::ColorImage::filled([3, 2], egui::Color32::WHITE);
        image.pixels[4] = egui::Color32::from_rgb(10, 20, 30);
        write_png(&image, &path).unwrap_or_else(|e| panic!("{e}"));
        let back = image::open(&path)
            .unwrap_or_else(|e| panic!("{e}"))
            .to_rgba8();
        assert_eq!(back.dimensions(), (3, 2));
        assert_eq!(back.get_pixel(1, 1).0, [10, 20, 30, 255]);
        assert_eq!(back.get_pixel(0, 0).0, [255, 255, 255, 255]);
    }
}
