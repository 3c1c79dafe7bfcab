//! The Charts tab's Forecast, Cohorts and Channels (issue 23): next year's revenue with its
//! 80% and 95% ranges and, on demand, the backtest; the cohort triangle and each cohort's
//! revenue per customer; the channel and store groups. The figures are worked out by one
//! background job per data change ([`crate::service::trends`]).

use std::sync::Arc;

use egui_plot::{FilledArea, Legend, Line, MarkerShape, PlotPoints, Points};

use super::{Chart, ChartsScreen, palette, time_plot, x_of};
use crate::analytics::cohorts::CohortTable;
use crate::analytics::forecast::{Period, Step as ForecastStep};
use crate::analytics::dashboard::ShopAnalytics;
use crate::service::trends::TrendChoice;
use crate::analytics::rfm::Tier;
use crate::format::Formats;
use crate::service::forecast::ShopForecast;
use crate::service::trends::Trends;
use crate::text::local as localized;
use crate::ui::app::Command;
use crate::ui::screen::Cx;
use crate::ui::theme;
use crate::ui::widgets::periods::Step;

/// What the trend charts remember between frames.
#[derive(Default)]
pub struct TrendsView {
    /// Whether the forecast shows its backtest.
    pub show_backtest: bool,
    /// Whether Cohorts shows revenue per customer rather than the triangle.
    pub cohort_revenue: bool,
    /// Whether cohorts go by quarter rather than by month.
    pub cohort_quarter: bool,
    /// The steps and range the figures shown are asked for (set each frame).
    pub choice: TrendChoice,
}

/// The step buttons a trend chart offers (`None` for the other charts): the forecast goes
/// by week or month; cohorts have their own month or quarter; channels have no step.
pub(super) fn steps(chart: Chart) -> Option<&'static [Step]> {
    match chart {
        Chart::Forecast => Some(&[Step::Week, Step::Month]),
        Chart::Cohorts | Chart::Channels => Some(&[]),
        _ => None,
    }
}

/// What the tab's step and range ask of the figures: a range that starts at the first sale
/// or ends at the as-of date is no range.
fn choice(this: &ChartsScreen, figures: &ShopAnalytics) -> TrendChoice {
    TrendChoice {
        forecast_step: match this.step {
            Step::Week => ForecastStep::Week,
            _ => ForecastStep::Month,
        },
        cohort_step: if this.trends.cohort_quarter {
            ForecastStep::Quarter
        } else {
            ForecastStep::Month
        },
        from: this
            .from
            .filter(|from| figures.first_day.is_some_and(|first| *from > first)),
        to: this.to.filter(|to| *to < figures.as_of),
    }
}

/// Forecast, Cohorts or Channels with the tab's step and range, and a note on what of them
/// applies.
pub(super) fn trend_ui(
    this: &mut ChartsScreen,
    chart: Chart,
    shop: &ShopAnalytics,
    cx: &mut Cx,
    ui: &mut egui::Ui,
    formats: &Formats,
) {
    let note = |ui: &mut egui::Ui, text: String| {
        ui.label(egui::RichText::new(text).small().weak());
    };
    match chart {
        Chart::Forecast => {
            if this.step == Step::Day {
                note(ui, crate::tr!("trends2-forecast-no-day"));
            }
            note(ui, crate::tr!("trends2-forecast-range"));
        }
        Chart::Cohorts => {
            ui.horizontal(|ui| {
                let quarter = &mut this.trends.cohort_quarter;
                ui.selectable_value(quarter, false, crate::tr!("trends2-cohorts-by-month"));
                ui.selectable_value(quarter, true, crate::tr!("trends2-cohorts-by-quarter"));
            });
            note(ui, crate::tr!("trends2-cohorts-range"));
        }
        _ => note(ui, crate::tr!("trends2-channels-range")),
    }
    this.trends.choice = choice(this, shop);
    let view = &mut this.trends;
    match chart {
        Chart::Forecast => forecast_ui(view, cx, ui, formats),
        Chart::Cohorts => cohorts_ui(view, cx, ui, formats),
        _ => channels_ui(&view.choice, cx, ui, formats),
    }
}

/// The figures once worked out; asks for them when the data or the choice changed, and
/// says why there are none yet. The Overview's choice shares the Overview's figures.
fn figures(cx: &mut Cx, ui: &mut egui::Ui, choice: &TrendChoice) -> Option<Arc<Trends>> {
    let default = *choice == TrendChoice::default();
    let (generation, as_of) = (cx.data_generation, cx.insights.as_of);
    let slot = if default {
        &cx.insights.trends
    } else {
        &cx.insights.chart_trends
    };
    if slot.stale_for(generation, as_of, choice) {
        cx.command(if default {
            Command::ComputeTrends
        } else {
            Command::ComputeChartTrends(*choice)
        });
    }
    let slot = if default {
        &mut cx.insights.trends
    } else {
        &mut cx.insights.chart_trends
    };
    if let Some(error) = slot.error.clone() {
        ui.label(egui::RichText::new(error).color(theme::bad(ui.visuals().dark_mode)));
        if ui.button(crate::tr!("charts-work-out-the-figures-again")).clicked() {
            slot.key = None;
        }
        return None;
    }
    // Figures of an earlier choice are not shown while this one is worked out.
    let figures = slot
        .figures()
        .filter(|_| slot.key.is_some_and(|k| k.2 == *choice) && slot.job.is_none())
        .cloned();
    if figures.is_none() {
        // The chart's room is kept while it is worked out, so nothing jumps when it comes.
        ui.allocate_ui(
            egui::vec2(ui.available_width(), super::chart_height(ui)),
            |ui| {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(crate::tr!("charts-choosing-the-forecast-s-model"));
                });
                ui.allocate_space(ui.available_size());
            },
        );
    }
    figures
}

/// The middle of a month or a week on the time axis.
fn x_mid(p: Period) -> f64 {
    let half = if p.step() == ForecastStep::Week { 3.5 } else { 15.0 };
    x_of(p.first_day()) + half
}

/// Forecast: the history, the forecast with both ranges, "so far" for the month under way,
/// the model's backtest error against "same as last year", and the backtest on demand.
fn forecast_ui(view: &mut TrendsView, cx: &mut Cx, ui: &mut egui::Ui, formats: &Formats) {
    let Some(trends) = figures(cx, ui, &view.choice) else {
        return;
    };
    let made = match &trends.forecast {
        Ok(made) => made,
        Err(e) => {
            ui.label(localized(e.as_ref()));
            return;
        }
    };
    for said in [
        made.next_period(formats),
        made.without_season(),
        made.accuracy(formats),
        made.coverage(formats),
        made.so_far(formats),
    ]
    .into_iter()
    .flatten()
    {
        ui.label(localized(&said));
    }
    let weekly = made
        .forecast
        .points
        .first()
        .is_some_and(|p| p.period.step() == ForecastStep::Week);
    ui.checkbox(
        &mut view.show_backtest,
        if weekly {
            crate::tr!("charts-show-backtest-weeks")
        } else {
            crate::tr!("charts-show-backtest")
        },
    );
    forecast_plot(ui, made, view.show_backtest, formats);
}

/// Periods in a year of the forecast's step.
fn series_season(made: &ShopForecast) -> usize {
    made.forecast
        .points
        .first()
        .map_or(12, |p| p.period.step().season_length())
}

fn forecast_plot(ui: &mut egui::Ui, made: &ShopForecast, backtest: bool, formats: &Formats) {
    let dark = ui.visuals().dark_mode;
    let series = &made.history.series;
    // The last three years of history, so the forecast stays readable.
    let skip = series.len().saturating_sub(3 * series_season(made));
    let history: Vec<[f64; 2]> = (skip..series.len())
        .map(|i| [x_mid(series.period(i)), series.values[i]])
        .collect();
    let points = &made.forecast.points;
    let xs: Vec<f64> = points.iter().map(|p| x_mid(p.period)).collect();
    let column = |f: fn(&crate::analytics::forecast::ForecastPoint) -> f64| -> Vec<f64> {
        points.iter().map(f).collect()
    };
    let mut forecast: Vec<[f64; 2]> = points.iter().map(|p| [x_mid(p.period), p.value]).collect();
    if let Some(last) = history.last() {
        forecast.insert(0, *last);
    }
    let max = history
        .iter()
        .map(|p| p[1])
        .chain(column(|p| p.hi95))
        .fold(0.0, f64::max);
    let color = theme::bars(dark);
    let band = theme::ACCENT;
    let axis = formats.clone();
    let figure = |v: f64| axis.money_whole((v * 100.0).round() as i64);
    let height = (ui.available_height() - 30.0).max(280.0);
    let step = match made.forecast.points.first().map(|p| p.period.step()) {
        Some(ForecastStep::Week) => Step::Week,
        _ => Step::Month,
    };
    // One plot memory per step: the monthly view's bounds are not the weekly one's.
    let id = match step {
        Step::Week => "chart_forecast_week",
        _ => "chart_forecast",
    };
    time_plot(id, step, height, max, formats)
        .legend(Legend::default())
        .y_axis_formatter(move |mark, _| figure(mark.value))
        .show(ui, |plot| {
            plot.add(
                FilledArea::new(crate::tr!("charts-legend-range-95"), &xs, &column(|p| p.lo95), &column(|p| p.hi95))
                    .fill_color(band.gamma_multiply(0.35)),
            );
            plot.add(
                FilledArea::new(crate::tr!("charts-legend-range-80"), &xs, &column(|p| p.lo80), &column(|p| p.hi80))
                    .fill_color(band.gamma_multiply(0.7)),
            );
            plot.line(
                Line::new(crate::tr!("charts-legend-revenue"), PlotPoints::from(history))
                    .color(color)
                    .width(2.0),
            );
            plot.line(
                Line::new(crate::tr!("charts-legend-forecast"), PlotPoints::from(forecast))
                    .color(egui::Color32::from_rgb(0xe0, 0x8a, 0x1e))
                    .width(2.0)
                    .style(egui_plot::LineStyle::dashed_loose()),
            );
            if let Some(part) = made.history.so_far {
                let name = match step {
                    Step::Week => crate::tr!("charts-legend-so-far-week"),
                    _ => crate::tr!("charts-legend-so-far"),
                };
                plot.points(
                    Points::new(name, vec![[x_mid(part.period), part.value]])
                        .shape(MarkerShape::Diamond)
                        .radius(5.0)
                        .color(color),
                );
            }
            if backtest {
                let tested: Vec<[f64; 2]> = made
                    .forecast
                    .backtest
                    .points
                    .iter()
                    .map(|p| [x_mid(p.period), p.forecast])
                    .collect();
                plot.points(
                    Points::new(crate::tr!("charts-legend-backtest"), tested)
                        .shape(MarkerShape::Cross)
                        .radius(4.0)
                        .color(theme::bad(dark)),
                );
            }
        });
}

/// Cohorts: the sentence, then the triangle of customers coming back or each cohort's
/// revenue per customer.
fn cohorts_ui(view: &mut TrendsView, cx: &mut Cx, ui: &mut egui::Ui, formats: &Formats) {
    let Some(trends) = figures(cx, ui, &view.choice) else {
        return;
    };
    let table = &trends.cohorts;
    if table.cohorts.is_empty() && view.choice.from.is_some() {
        ui.label(crate::tr!("trends2-no-customer-in-range"));
        return;
    }
    // The sentence speaks of months ("within three months").
    if table.step == ForecastStep::Month
        && let Some(said) = crate::service::cohorts::comparison(table, formats)
    {
        ui.label(localized(&said));
    }
    ui.horizontal(|ui| {
        ui.selectable_value(&mut view.cohort_revenue, false, crate::tr!("charts-cohorts-came-back"));
        ui.selectable_value(&mut view.cohort_revenue, true, crate::tr!("charts-cohorts-revenue"));
    });
    if view.cohort_revenue {
        cohort_lines(ui, table, formats);
    } else {
        triangle(ui, table, formats);
    }
}

/// Cohorts shown at most: the latest two years.
const COHORTS_SHOWN: usize = 24;

/// The narrowest cell that holds its percentage.
const MIN_CELL_WIDTH: f32 = 34.0;

/// The triangle: a row per cohort (month of the first order), a column per month since,
/// each cell the share of the cohort that ordered that month.
fn triangle(ui: &mut egui::Ui, table: &CohortTable, formats: &Formats) {
    let label_width = 110.0;
    let customers_width = 60.0;
    // As many recent cohorts as leave each cell room for its percentage (at most two years).
    let fit = ((ui.available_width() - label_width - customers_width) / MIN_CELL_WIDTH) as usize;
    let shown = COHORTS_SHOWN.min(fit.max(6));
    let cohorts = &table.cohorts[table.cohorts.len().saturating_sub(shown)..];
    let columns = cohorts.iter().map(|c| c.cells.len()).max().unwrap_or(0);
    if columns == 0 {
        ui.label(crate::tr!("charts-no-month-is-complete-yet"));
        return;
    }
    let each_row = if table.step == ForecastStep::Quarter {
        crate::tr!("trends2-cohorts-each-row-quarter")
    } else {
        crate::tr!("charts-each-row-is-the-customers")
    };
    ui.label(egui::RichText::new(each_row).small().weak());
    let cell_w =
        ((ui.available_width() - label_width - customers_width) / columns as f32).clamp(12.0, 44.0);
    let cell_h = 18.0;
    let with_text = cell_w >= MIN_CELL_WIDTH - 1.0;
    let dark = ui.visuals().dark_mode;
    let ink = ui.visuals().text_color();
    let font = egui::FontId::proportional(11.0);
    let height = (cohorts.len() + 1) as f32 * cell_h;
    let width = label_width + customers_width + columns as f32 * cell_w;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let top = rect.top();
    let left = rect.left() + label_width + customers_width;
    painter.text(
        egui::pos2(
            rect.left() + label_width + customers_width - 6.0,
            top + cell_h / 2.0,
        ),
        egui::Align2::RIGHT_CENTER,
        crate::tr!("charts-cohorts-customers"),
        font.clone(),
        ink,
    );
    for k in (0..columns).step_by(if with_text { 1 } else { 3 }) {
        painter.text(
            egui::pos2(left + (k as f32 + 0.5) * cell_w, top + cell_h / 2.0),
            egui::Align2::CENTER_CENTER,
            k.to_string(),
            font.clone(),
            ink,
        );
    }
    let base = if dark {
        egui::Color32::from_gray(40)
    } else {
        egui::Color32::from_gray(245)
    };
    let mut hovered = None;
    for (row, c) in cohorts.iter().enumerate() {
        let y = top + (row + 1) as f32 * cell_h;
        painter.text(
            egui::pos2(rect.left(), y + cell_h / 2.0),
            egui::Align2::LEFT_CENTER,
            cohort_name(c.period, formats),
            font.clone(),
            ink,
        );
        painter.text(
            egui::pos2(left - 6.0, y + cell_h / 2.0),
            egui::Align2::RIGHT_CENTER,
            formats.int(c.customers as i64),
            font.clone(),
            ink,
        );
        for cell in &c.cells {
            let cell_rect = egui::Rect::from_min_size(
                egui::pos2(left + cell.period as f32 * cell_w, y),
                egui::vec2(cell_w - 1.0, cell_h - 1.0),
            );
            // Month 0 is everyone: the scale is set by the months after it.
            let strength = if cell.period == 0 {
                1.0
            } else {
                (cell.share_active * 2.5).min(1.0) as f32
            };
            let fill = base.lerp_to_gamma(theme::ACCENT, strength);
            painter.rect_filled(cell_rect, 2.0, fill);
            if with_text {
                let text_color = if strength > 0.5 {
                    egui::Color32::WHITE
                } else {
                    ink
                };
                painter.text(
                    cell_rect.center(),
                    egui::Align2::CENTER_CENTER,
                    formats.percent_whole(cell.share_active),
                    font.clone(),
                    text_color,
                );
            }
            if response.hover_pos().is_some_and(|p| cell_rect.contains(p)) {
                hovered = Some((c, cell));
            }
        }
    }
    if let Some((c, cell)) = hovered {
        response.on_hover_text(crate::tr!(
            "charts-cohort-tip",
            month = if c.period.step() == ForecastStep::Quarter {
                c.period.to_string()
            } else {
                formats.month(c.period.first_day())
            },
            active = formats.int(cell.active_customers as i64),
            customers = formats.int(c.customers as i64),
            period = (cell.period as i64),
            share = formats.percent(cell.share_active),
            revenue = formats.money(cell.revenue_cents),
            per_customer = formats
                .money((cell.cumulative_revenue_per_customer(c.customers) * 100.0).round() as i64)
        ));
    }
}

/// A cohort's short name: its month, or its quarter as `2025-Q3`.
fn cohort_name(period: Period, formats: &Formats) -> String {
    if period.step() == ForecastStep::Quarter {
        period.to_string()
    } else {
        formats.month_short(period.first_day())
    }
}

/// A line per cohort: cumulative revenue per customer by month since the first order.
fn cohort_lines(ui: &mut egui::Ui, table: &CohortTable, formats: &Formats) {
    let cohorts = &table.cohorts[table.cohorts.len().saturating_sub(12)..];
    let axis = formats.clone();
    egui_plot::Plot::new("chart_cohort_revenue")
        .height((ui.available_height() - 30.0).max(280.0))
        .legend(Legend::default())
        .allow_scroll(false)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .y_axis_formatter(move |mark, _| axis.money_whole((mark.value * 100.0).round() as i64))
        .y_axis_min_width(80.0)
        .include_y(0.0)
        .show(ui, |plot| {
            for (i, c) in cohorts.iter().enumerate() {
                let points: Vec<[f64; 2]> = c
                    .cells
                    .iter()
                    .map(|cell| {
                        [
                            cell.period as f64,
                            cell.cumulative_revenue_per_customer(c.customers),
                        ]
                    })
                    .collect();
                plot.line(
                    Line::new(
                        cohort_name(c.period, formats),
                        PlotPoints::from(points),
                    )
                    .color(palette(i))
                    .width(1.5),
                );
            }
        });
    ui.label(
        egui::RichText::new(
            crate::tr!("charts-revenue-per-customer-of-each"),
        )
        .small()
        .weak(),
    );
}

/// Channels: a row per channel and store of the first order, and the sentence comparing
/// the groups that come back least and most.
fn channels_ui(choice: &TrendChoice, cx: &mut Cx, ui: &mut egui::Ui, formats: &Formats) {
    let Some(trends) = figures(cx, ui, choice) else {
        return;
    };
    let table = &trends.channels;
    if table.groups.is_empty() {
        ui.label(crate::tr!("trends2-no-customer-in-range"));
        return;
    }
    if let Some(said) = crate::service::channels::comparison(table, formats) {
        ui.label(localized(&said));
    }
    ui.add_space(6.0);
    // What does not fit (long words in a narrow window) scrolls, with a solid bar: the
    // floating one shows only under the pointer.
    ui.scope(|ui| {
        ui.style_mut().spacing.scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::horizontal()
            .id_salt("channels_scroll")
            .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::VisibleWhenNeeded)
            .show(ui, |ui| channels_grid(ui, table, formats));
    });
    ui.label(
        egui::RichText::new(crate::tr!("charts-a-customer-counts-for-the"))
            .small()
            .weak(),
    );
}

/// A group's average predicted lifetime value with the customers behind it, or words
/// saying there is no prediction.
fn clv_cell(
    ui: &mut egui::Ui,
    clv: Option<crate::analytics::channels::ClvAverage>,
    formats: &Formats,
) {
    match clv {
        None => {
            ui.label(crate::tr!("trends2-clv-too-little"))
                .on_hover_text(crate::tr!("trends2-clv-too-little-tip"));
        }
        Some(c) => {
            let text = c.average().map_or_else(
                || "–".to_string(),
                |v| {
                    crate::tr!(
                        "trends2-clv-cell",
                        average = formats.money_whole((v * 100.0).round() as i64),
                        customers = formats.int(c.predicted as i64)
                    )
                },
            );
            ui.label(text).on_hover_text(crate::tr!(
                "trends2-clv-tip",
                customers = (c.predicted as i64)
            ));
        }
    }
}

/// The widest the channel and store of a group, and each other column's heading, are
/// written before their words go onto another line: the table then fits a window 1024
/// points wide, in the languages with long words too.
const NAME_WIDTH: f32 = 150.0;
const HEAD_WIDTH: f32 = 100.0;
/// The same for the value tiers' headings, above their narrow shares.
const TIER_WIDTH: f32 = 60.0;

/// A cell whose text goes onto more lines beyond `width` points, or beyond its longest
/// word where that is wider: lines break between words, never inside one.
fn narrow(ui: &mut egui::Ui, width: f32, text: impl Into<egui::RichText>) {
    let text: egui::RichText = text.into();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest_word = text
        .text()
        .split_whitespace()
        .map(|word| {
            ui.ctx().fonts_mut(|f| {
                f.layout_no_wrap(word.to_string(), font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            })
        })
        .fold(0.0_f32, f32::max);
    ui.scope(|ui| {
        ui.set_max_width(width.max(widest_word.ceil() + 1.0));
        ui.add(egui::Label::new(text).wrap());
    });
}

/// The table of the channel groups.
fn channels_grid(
    ui: &mut egui::Ui,
    table: &crate::analytics::channels::ChannelTable,
    formats: &Formats,
) {
    let share = |s: Option<f64>| s.map_or_else(|| "–".to_string(), |s| formats.percent_whole(s));
    egui::Grid::new("channels_grid")
        .striped(true)
        .spacing(egui::vec2(8.0, 6.0))
        .show(ui, |ui| {
            for (head, width) in [
                (crate::tr!("charts-channels-where"), NAME_WIDTH),
                (crate::tr!("charts-channels-customers"), HEAD_WIDTH),
                (crate::tr!("charts-channels-back-90"), HEAD_WIDTH),
                (crate::tr!("charts-channels-back-365"), HEAD_WIDTH),
                (crate::tr!("charts-channels-revenue"), HEAD_WIDTH),
                (crate::tr!("trends2-clv-header"), HEAD_WIDTH),
                (crate::tr!("charts-channels-tier-a"), TIER_WIDTH),
                (crate::tr!("charts-channels-tier-b"), TIER_WIDTH),
                (crate::tr!("charts-channels-tier-c"), TIER_WIDTH),
            ] {
                narrow(ui, width, egui::RichText::new(head).strong());
            }
            ui.end_row();
            for g in &table.groups {
                narrow(
                    ui,
                    NAME_WIDTH,
                    localized(&crate::service::channels::group_name(&g.key)),
                );
                ui.label(formats.int(g.customers as i64));
                ui.label(share(g.repeat_90.share())).on_hover_text(crate::tr!(
                    "charts-channels-back-90-tip",
                    repeated = formats.int(g.repeat_90.repeated as i64),
                    eligible = formats.int(g.repeat_90.eligible as i64)
                ));
                ui.label(share(g.repeat_365.share())).on_hover_text(crate::tr!(
                    "charts-channels-back-365-tip",
                    repeated = formats.int(g.repeat_365.repeated as i64),
                    eligible = formats.int(g.repeat_365.eligible as i64)
                ));
                ui.label(g.revenue_12m_per_customer().map_or_else(
                    || "–".to_string(),
                    |v| formats.money_whole((v * 100.0).round() as i64),
                ));
                clv_cell(ui, g.clv, formats);
                for tier in Tier::ALL {
                    ui.label(share(g.tier_share(tier)));
                }
                ui.end_row();
            }
        });
}
