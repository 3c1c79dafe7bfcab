//! The Predictions screen: how many customers are likely to buy again, who is worth saving,
//! which of the best customers are likely to leave, how sure the figures are and how well
//! the model did on the shop's own recent sales. The figures come from a background job
//! (with progress and Cancel), once per change of the shop's data; the screen shows no
//! number it does not have, and says in words why when there are none.

use std::collections::HashMap;
use crate::tr;
use std::sync::Arc;

use egui_plot::{Bar, BarChart, Legend, Plot};

use crate::analytics::predict::{CustomerPrediction, PredictOutcome, Prediction};
use crate::analytics::rfm::Tier;
use crate::jobs::{Event, Request};
use crate::service::predict::{PredictOptions, Predictions};
use crate::text::local as localized;
use crate::text::predict::{
    SLIPPING_FROM, STILL_BUYING_FROM, check_result, headline, model_name, model_used,
};
use crate::ui::app::Command;
use crate::ui::screen::{Cx, Screen};
use crate::ui::theme;
use crate::ui::widgets::job_progress_ui;

/// Height of the three small charts.
const PLOT_HEIGHT: f32 = 125.0;

/// Customers shown in a list on screen (the buttons take them all).
const LIST_ROWS: usize = 100;

/// "Worth saving": repeat customers whose chance of still being a customer is between
/// these bounds (slipping, but not gone).
const SAVE_FROM: f64 = SLIPPING_FROM;
const SAVE_TO: f64 = STILL_BUYING_FROM;

/// "Likely to leave": tier A and B customers below this chance of still being a customer.
const LEAVING_BELOW: f64 = 0.5;

/// The Predictions screen: the last predictions, the job working them out and what it was
/// asked for.
#[derive(Default)]
pub struct PredictionsScreen {
    /// The running job.
    job: Option<u64>,
    /// The data generation the last job was asked for.
    asked: Option<u64>,
    /// The last predictions.
    made: Option<Arc<Predictions>>,
    /// The shop's margin and discount rate the last job was asked with (a change in the
    /// settings asks again).
    asked_clv: Option<(u32, u32)>,
    /// Why the last job gave none.
    error: Option<String>,
    /// Which list is shown.
    list: ListKind,
    /// The lists and charts of the last predictions, worked out once rather than every frame.
    views: Option<Views>,
}

/// A list of customers with the value at risk of each, shared without copying.
type AtRisk = Arc<Vec<(CustomerPrediction, f64)>>;

/// What the screen shows of one set of predictions, sorted and counted once.
struct Views {
    /// Which predictions (the address of their shared value) these are of.
    of: usize,
    /// The customers worth saving, by value at risk.
    worth: AtRisk,
    /// The customers likely to leave, with the address of the tier figures they were
    /// picked with.
    leaving: Option<(usize, AtRisk)>,
    /// Customers by chance of still buying, ten bins.
    alive_bins: Vec<usize>,
    /// Customers by value, ten bins up to `clv_high`.
    clv_bins: Vec<usize>,
    /// Where the value chart's last bin starts.
    clv_high: f64,
}

impl Views {
    fn of(made: &Arc<Predictions>, p: &Prediction) -> Views {
        let top = p.customers.iter().map(|c| c.clv).fold(0.0, f64::max).max(1.0);
        let clv_high = quantile(p.customers.iter().map(|c| c.clv), 0.99).clamp(1.0, top);
        Views {
            of: Arc::as_ptr(made) as usize,
            worth: Arc::new(p.worth_saving(SAVE_FROM..SAVE_TO)),
            leaving: None,
            alive_bins: histogram(p.customers.iter().map(|c| c.p_alive), 0.0, 1.0, 10),
            clv_bins: histogram(p.customers.iter().map(|c| c.clv.min(clv_high)), 0.0, clv_high, 10),
            clv_high,
        }
    }
}

/// The two lists of customers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum ListKind {
    /// High lifetime value, chance of still being a customer slipping.
    #[default]
    WorthSaving,
    /// Tier A and B customers likely to have left.
    LikelyToLeave,
}

/// The shop's lifetime value settings, as asked for.
fn clv_of(settings: &crate::settings::ShopSettings) -> (u32, u32) {
    (settings.margin_percent, settings.discount_basis_points)
}

impl Screen for PredictionsScreen {
    fn title(&self) -> String {
        crate::tr!("predictions-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        if let Some(made) = &self.made {
            crate::ui::widgets::customer_prediction::publish(ui.ctx(), self.asked, made);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| draw(self, cx, ui));
        });
    }

    fn on_event(&mut self, _cx: &mut Cx, event: &Event) {
        if let Event::Predictions { job, result } = event
            && self.job == Some(*job)
        {
            self.job = None;
            match result {
                Ok(made) => {
                    self.error = None;
                    self.made = Some(made.clone());
                }
                Err(e) => self.error = Some(localized(e.as_ref())),
            }
        }
    }
}

impl PredictionsScreen {
    /// Starts the job that works the predictions out, stopping one still running.
    fn start(&mut self, cx: &mut Cx) {
        let (job, cancel) =
            cx.restart_job(&mut self.job, &tr!("predictions-job"), &tr!("predictions-job-starting"));
        self.asked = Some(cx.data_generation);
        cx.send(Request::Predict {
            job,
            options: PredictOptions::for_shop(cx.settings),
            cancel,
        });
        self.asked_clv = Some(clv_of(cx.settings));
    }
}

fn draw(this: &mut PredictionsScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    ui.heading(crate::tr!("predictions-predictions"));
    let has_data = cx.stats.is_some_and(|s| s.sale_lines > 0);
    if !has_data {
        ui.label(crate::tr!("predictions-once-your-shop-has-sales"));
        return;
    }
    let stale = this.asked != Some(cx.data_generation)
        || this.asked_clv.is_some_and(|clv| clv != clv_of(cx.settings));
    if this.job.is_none() && stale {
        this.start(cx);
    }
    if let Some(job) = this.job {
        ui.horizontal(|ui| job_progress_ui(ui, cx, job));
        if this.made.is_none() {
            return;
        }
    }
    if crate::ui::widgets::failed_ui(ui, this.error.as_deref()) {
        this.start(cx);
    }
    let Some(made) = this.made.clone() else {
        return;
    };
    ui.label(tr!("predictions-from-sales", date = cx.formats.date(made.as_of)));
    let p = match &made.outcome {
        PredictOutcome::TooLittleData(t) => {
            ui.add_space(8.0);
            ui.label(localized(t));
            return;
        }
        PredictOutcome::Ready(p) => p,
    };
    if this.views.as_ref().is_none_or(|v| v.of != Arc::as_ptr(&made) as usize) {
        this.views = Some(Views::of(&made, p));
    }
    ui.add_space(6.0);
    ui.label(egui::RichText::new(localized(&headline(p, cx.formats))).size(18.0).strong());
    if let Some(w) = &p.warning {
        let color = ui.visuals().warn_fg_color;
        ui.colored_label(color, localized(w));
    }
    revenue_ui(cx, ui, p);
    ui.add_space(8.0);
    ui.separator();
    lists_ui(this, cx, ui, &made, p);
    ui.add_space(8.0);
    ui.separator();
    ui.strong(crate::tr!("predictions-is-the-model-right-for"));
    ui.label(localized(&check_result(p, cx.formats)));
    ui.label(localized(&model_used(p)));
    ui.add_space(4.0);
    if let Some(views) = &this.views {
        charts_ui(cx, ui, p, views);
    }
}

/// Expected revenue in the horizon with its range.
fn revenue_ui(cx: &Cx, ui: &mut egui::Ui, p: &Prediction) {
    let money = |v: f64| cx.money((v * 100.0).round() as i64);
    let r = &p.revenue;
    let days = p.settings.horizon_days as i64;
    let months = p.settings.clv.months as i64;
    ui.label(match (r.low, r.high) {
        (Some(lo), Some(hi)) => tr!(
            "predictions-revenue-range",
            days = days,
            expected = money(r.expected),
            low = money(lo),
            high = money(hi),
            months = months,
            worth = money(p.total_clv)
        ),
        _ => tr!(
            "predictions-revenue",
            days = days,
            expected = money(r.expected),
            months = months,
            worth = money(p.total_clv)
        ),
    });
}

/// Tier A and B customers likely to have left, or with repeated unresolved complaints
/// (`complaints`): those with complaints first, then by value at risk; `None` while the
/// tiers are not known.
fn likely_to_leave(
    cx: &Cx,
    p: &Prediction,
    complaints: &HashMap<i64, usize>,
) -> Option<Vec<(CustomerPrediction, f64)>> {
    let figures = cx.insights.figures()?;
    let mut out: Vec<(CustomerPrediction, f64)> = p
        .customers
        .iter()
        .filter(|c| {
            c.p_alive < LEAVING_BELOW || complaints.contains_key(&c.history.customer_id)
        })
        .filter(|c| {
            figures
                .facts
                .binary_search_by_key(&c.history.customer_id, |f| f.customer_id)
                .ok()
                .and_then(|i| figures.facts.get(i))
                .is_some_and(|f| matches!(f.tier, Some(Tier::A | Tier::B)))
        })
        .map(|c| (*c, c.clv / c.p_alive.max(1e-9) * (1.0 - c.p_alive)))
        .collect();
    // Unsolved complaints first: the problems that go unsolved are the seeds' warning.
    let flagged = |c: &CustomerPrediction| complaints.contains_key(&c.history.customer_id);
    out.sort_by(|a, b| flagged(&b.0).cmp(&flagged(&a.0)).then(b.1.total_cmp(&a.1)));
    Some(out)
}

/// The "Likely to leave" rows, picked again only when the predictions or the tier figures
/// change.
fn leaving_rows(
    this: &mut PredictionsScreen,
    cx: &Cx,
    made: &Predictions,
    p: &Prediction,
) -> Option<AtRisk> {
    let figures_at = cx.insights.figures().map(|f| f.facts.as_ptr() as usize)?;
    let views = this.views.as_mut()?;
    if let Some((at, rows)) = &views.leaving
        && *at == figures_at
    {
        return Some(rows.clone());
    }
    let rows = Arc::new(likely_to_leave(cx, p, &made.complaints)?);
    views.leaving = Some((figures_at, rows.clone()));
    Some(rows)
}

fn lists_ui(
    this: &mut PredictionsScreen,
    cx: &mut Cx,
    ui: &mut egui::Ui,
    made: &Predictions,
    p: &Prediction,
) {
    ui.horizontal(|ui| {
        ui.selectable_value(&mut this.list, ListKind::WorthSaving, tr!("predictions-worth-saving"));
        ui.selectable_value(&mut this.list, ListKind::LikelyToLeave, tr!("predictions-likely-to-leave"));
    });
    let (title, explain, rows) = match this.list {
        ListKind::WorthSaving => (
            tr!("predictions-worth-saving"),
            tr!("predictions-worth-saving-explained"),
            this.views.as_ref().map(|v| v.worth.clone()).unwrap_or_default(),
        ),
        ListKind::LikelyToLeave => {
            if cx.insights.stale(cx.data_generation) {
                cx.command(Command::ComputeInsights);
            }
            match leaving_rows(this, cx, made, p) {
                Some(rows) => (
                    tr!("predictions-likely-to-leave"),
                    tr!("predictions-likely-to-leave-explained"),
                    rows,
                ),
                None => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(crate::tr!("predictions-working-out-the-value-tiers"));
                    });
                    return;
                }
            }
        }
    };
    ui.label(explain);
    let at_risk: f64 = rows.iter().map(|r| r.1).sum();
    ui.label(tr!(
        "predictions-at-risk",
        count = (rows.len() as i64),
        shown = cx.formats.int(rows.len() as i64),
        amount = cx.money((at_risk * 100.0).round() as i64),
        months = (p.settings.clv.months as i64)
    ));
    // The ids are gathered on a click, not every frame.
    let ids = || -> Vec<i64> { rows.iter().map(|r| r.0.history.customer_id).collect() };
    let campaign = crate::model::campaign::Target {
        kind: crate::model::campaign::TargetKind::Predict,
        name: match this.list {
            ListKind::WorthSaving => crate::service::campaign::PREDICT_WORTH_SAVING,
            ListKind::LikelyToLeave => crate::service::campaign::PREDICT_LIKELY_TO_LEAVE,
        }
        .to_string(),
    };
    let any = !rows.is_empty();
    crate::ui::widgets::customer_list_buttons(cx, ui, &title, any, ids, Some(&campaign));
    let shown: Vec<(CustomerPrediction, f64, String)> = rows
        .iter()
        .take(LIST_ROWS)
        .map(|(c, risk)| (*c, *risk, customer_name(cx, made, c.history.customer_id)))
        .collect();
    let days = p.settings.horizon_days;
    let formats = cx.formats.clone();
    let complaints = &made.complaints;
    ui.push_id(this.list as u8, |ui| {
        egui_extras::TableBuilder::new(ui)
            .striped(true)
            .max_scroll_height(170.0)
            .column(egui_extras::Column::remainder().at_least(140.0).clip(true))
            .column(egui_extras::Column::exact(170.0))
            .column(egui_extras::Column::exact(110.0))
            .column(egui_extras::Column::exact(110.0))
            .header(20.0, |mut h| {
                h.col(|ui| {
                    ui.strong(crate::tr!("predictions-customer"));
                });
                h.col(|ui| {
                    ui.strong(crate::tr!("predictions-still-a-customer"));
                });
                h.col(|ui| {
                    ui.strong(tr!("predictions-buys-in-days", days = (days as i64)));
                });
                h.col(|ui| {
                    ui.strong(crate::tr!("predictions-value-at-risk"));
                });
            })
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, shown.len(), |mut row| {
                    let Some((c, risk, name)) = shown.get(row.index()) else {
                        return;
                    };
                    row.col(|ui| {
                        ui.label(name);
                        if let Some(&n) = complaints.get(&c.history.customer_id) {
                            let n = n as i64;
                            ui.colored_label(
                                theme::bad(ui.visuals().dark_mode),
                                tr!(
                                    "feedback-predictions-open-complaints",
                                    count = n,
                                    shown = formats.int(n)
                                ),
                            )
                            .on_hover_text(tr!("feedback-predictions-open-complaints-tip"));
                        }
                    });
                    row.col(|ui| {
                        ui.label(tr!(
                            "predictions-alive",
                            words = crate::ui::widgets::alive_words(c.p_alive),
                            percent = formats.percent_whole(c.p_alive)
                        ));
                    });
                    row.col(|ui| {
                        ui.label(formats.percent_whole(c.p_buy));
                    });
                    row.col(|ui| {
                        ui.label(formats.money((risk * 100.0).round() as i64));
                    });
                });
            });
    });
    if rows.len() > LIST_ROWS {
        ui.label(tr!(
            "predictions-first-rows",
            rows = (LIST_ROWS as i64),
            count = (rows.len() as i64)
        ));
    }
}

/// A customer's name as the lists show it.
fn customer_name(cx: &Cx, made: &Predictions, id: i64) -> String {
    cx.customer_name(id, made.external_refs.get(&id).map(String::as_str))
}

/// The distribution of the chance of still being a customer, of lifetime value, and the
/// model check's chart.
fn charts_ui(cx: &Cx, ui: &mut egui::Ui, p: &Prediction, views: &Views) {
    let width = ((ui.available_width() - 24.0) / 3.0).max(200.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(width);
            ui.strong(crate::tr!("predictions-still-a-customer-2"));
            let bars: Vec<Bar> = views
                .alive_bins
                .iter()
                .enumerate()
                .map(|(i, n)| Bar::new(i as f64 * 10.0 + 5.0, *n as f64).width(9.0))
                .collect();
            small_plot(ui, "p_alive_chart", width, BarChart::new(tr!("predictions-legend-customers"), bars));
            ui.small(tr!("predictions-by-chance"));
        });
        ui.vertical(|ui| {
            ui.set_width(width);
            ui.strong(tr!("predictions-worth-over", months = (p.settings.clv.months as i64)));
            let high = views.clv_high;
            let step = high / 10.0;
            let bars: Vec<Bar> = views
                .clv_bins
                .iter()
                .enumerate()
                .map(|(i, n)| Bar::new((i as f64 + 0.5) * step, *n as f64).width(step * 0.9))
                .collect();
            small_plot(ui, "clv_chart", width, BarChart::new(tr!("predictions-legend-customers"), bars));
            ui.small(tr!(
                "predictions-by-value",
                amount = cx.money((high * 100.0).round() as i64)
            ));
        });
        ui.vertical(|ui| {
            ui.set_width(width);
            ui.strong(crate::tr!("predictions-predicted-against-what-happened"));
            match &p.check {
                crate::analytics::predict::ModelCheckOutcome::Done(c) => {
                    let mut actual = Vec::new();
                    let mut predicted = Vec::new();
                    for row in &c.table {
                        let x = f64::from(row.repeat_purchases);
                        actual.push(Bar::new(x - 0.2, row.actual).width(0.38));
                        let model = match (p.model, row.pareto_nbd) {
                            (crate::analytics::predict::ModelKind::ParetoNbd, Some(v)) => v,
                            _ => row.bgnbd,
                        };
                        predicted.push(Bar::new(x + 0.2, model).width(0.38));
                    }
                    let dark = ui.visuals().dark_mode;
                    Plot::new("check_chart")
                        .height(PLOT_HEIGHT)
                        .width(width)
                        .allow_scroll(false)
                        .allow_drag(false)
                        .allow_zoom(false)
                        .legend(Legend::default())
                        .show(ui, |plot| {
                            plot.bar_chart(
                                BarChart::new(tr!("predictions-legend-happened"), actual).color(if dark {
                                    egui::Color32::LIGHT_GRAY
                                } else {
                                    egui::Color32::DARK_GRAY
                                }),
                            );
                            plot.bar_chart(
                                BarChart::new(model_name(p.model), predicted).color(theme::ACCENT),
                            );
                        });
                    ui.small(tr!(
                        "predictions-check-explained",
                        days = (c.horizon_days as i64)
                    ));
                }
                crate::analytics::predict::ModelCheckOutcome::Skipped(_) => {
                    ui.label(crate::tr!("predictions-not-checked-see-above"));
                }
            }
        });
    });
}

fn small_plot(ui: &mut egui::Ui, id: &str, width: f32, chart: BarChart) {
    Plot::new(id)
        .height(PLOT_HEIGHT)
        .width(width)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .show(ui, |plot| plot.bar_chart(chart.color(theme::ACCENT)));
}

/// Counts of `values` in `bins` equal bins over [lo, hi] (values at hi in the last).
fn histogram(values: impl Iterator<Item = f64>, lo: f64, hi: f64, bins: usize) -> Vec<usize> {
    let mut out = vec![0; bins];
    let width = (hi - lo) / bins as f64;
    for v in values.filter(|v| v.is_finite()) {
        let i = if width > 0.0 {
            (((v - lo) / width).floor().max(0.0) as usize).min(bins - 1)
        } else {
            0
        };
        out[i] += 1;
    }
    out
}

/// The `q` quantile of `values` (nearest rank).
fn quantile(values: impl Iterator<Item = f64>, q: f64) -> f64 {
    let mut v: Vec<f64> = values.filter(|v| v.is_finite()).collect();
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    let i = ((v.len() - 1) as f64 * q).round() as usize;
    v[i.min(v.len() - 1)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::predict::alive_words;

    #[test]
    fn histogram_puts_the_top_value_in_the_last_bin() {
        let bins = histogram([0.0, 0.05, 0.1, 0.55, 0.99, 1.0].into_iter(), 0.0, 1.0, 10);
        assert_eq!(bins, vec![2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
        assert_eq!(quantile([3.0, 1.0, 2.0].into_iter(), 0.5), 2.0);
    }

    #[test]
    fn chances_in_words() {
        assert_eq!(alive_words(0.9), "likely still buying");
        assert_eq!(alive_words(0.5), "slipping away");
        assert_eq!(alive_words(0.1), "probably gone");
        assert_eq!(alive_words(SAVE_TO), "likely still buying");
        assert_eq!(alive_words(SAVE_FROM), "slipping away");
    }
}
