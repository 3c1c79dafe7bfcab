//! One customer's predictions in the customer detail: the chance of buying again in the
//! horizon, whether they are still a customer, the purchases expected and what they are
//! worth over the coming months. The figures are the Predictions tab's, published in the
//! window's memory when it has them; nothing is shown for data they were not made from.

use std::sync::Arc;

use crate::analytics::predict::PredictOutcome;
use crate::service::predict::Predictions;
use crate::ui::app::{Command, Tab};
use crate::ui::screen::Cx;
use crate::ui::widgets::alive_words;

fn key() -> egui::Id {
    egui::Id::unique("clientele-predictions")
}

/// Keeps the predictions made for data generation `generation` where the customer detail
/// finds them.
pub fn publish(ctx: &egui::Context, generation: Option<u64>, made: &Arc<Predictions>) {
    if let Some(generation) = generation {
        ctx.data_mut(|d| d.insert_temp(key(), (generation, made.clone())));
    }
}

/// The predictions published for data generation `generation`, if any.
pub fn published(ctx: &egui::Context, generation: u64) -> Option<Arc<Predictions>> {
    let latest: Option<(u64, Arc<Predictions>)> = ctx.data(|d| d.get_temp(key()));
    latest
        .filter(|(made_for, _)| *made_for == generation)
        .map(|(_, made)| made)
}

/// The customer's predictions, or a line saying where to get them; `sales` are their sale
/// lines (the detail's), from which the chart of their chance over time is drawn.
pub fn customer_prediction_ui(
    ui: &mut egui::Ui,
    cx: &mut Cx,
    customer_id: i64,
    sales: &[crate::store::OrderLine],
) {
    let current = published(ui.ctx(), cx.data_generation);
    ui.strong(crate::tr!("prediction-predictions"));
    let Some(made) = current else {
        ui.horizontal(|ui| {
            ui.label(crate::tr!("prediction-not-worked-out-for-the"));
            if ui.link(crate::tr!("prediction-open-predictions")).clicked() {
                cx.command(Command::SwitchTab(Tab::new("Predictions")));
            }
        });
        return;
    };
    let PredictOutcome::Ready(p) = &made.outcome else {
        ui.label(crate::tr!("prediction-too-little-data-for-predictions"));
        return;
    };
    let Ok(i) = p
        .customers
        .binary_search_by_key(&customer_id, |c| c.history.customer_id)
    else {
        ui.label(crate::tr!("prediction-no-purchase-on-or-before"));
        return;
    };
    let c = &p.customers[i];
    let days = p.settings.horizon_days;
    egui::Grid::new("customer_prediction")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(crate::tr!(
                "prediction-chance-in-days",
                days = (days as i64)
            ));
            ui.strong(cx.formats.percent_whole(c.p_buy));
            ui.end_row();
            ui.label(crate::tr!("prediction-still-a-customer"));
            ui.label(crate::tr!(
                "prediction-alive",
                words = alive_words(c.p_alive),
                percent = cx.formats.percent_whole(c.p_alive)
            ));
            ui.end_row();
            ui.label(crate::tr!(
                "prediction-purchases-in-days",
                days = (days as i64)
            ));
            ui.label(cx.formats.one_decimal(c.expected_purchases));
            ui.end_row();
            ui.label(crate::tr!(
                "prediction-value-months",
                months = (p.settings.clv.months as i64)
            ));
            ui.label(cx.money((c.clv * 100.0).round() as i64));
            ui.end_row();
        });
    let path = alive_path_of(ui, cx.data_generation, p, customer_id, sales);
    alive_chart(ui, cx.formats, &path);
}

/// The customer's chance of still being a customer over time, worked out once per customer
/// and data (kept in the window's memory meanwhile).
fn alive_path_of(
    ui: &egui::Ui,
    generation: u64,
    p: &crate::analytics::predict::Prediction,
    customer_id: i64,
    sales: &[crate::store::OrderLine],
) -> Arc<Vec<(chrono::NaiveDate, f64)>> {
    let key = egui::Id::unique(("clientele-alive-path", customer_id, generation, sales.len()));
    if let Some(path) = ui.data(|d| d.get_temp::<Arc<Vec<(chrono::NaiveDate, f64)>>>(key)) {
        return path;
    }
    // The sale lines' days with what was spent on each, grouped as the predictions group them.
    use crate::analytics::predict::{Sale, alive_path, purchase_days};
    let lines: Vec<Sale> = sales
        .iter()
        .map(|l| Sale {
            customer_id,
            date: l.sold_at.date(),
            amount: l.amount_cents as f64 / 100.0,
        })
        .collect();
    let path = Arc::new(
        purchase_days(&lines)
            .first()
            .map(|history| alive_path(&p.model(), history, p.settings.as_of))
            .unwrap_or_default(),
    );
    ui.ctx().data_mut(|d| d.insert_temp(key, path.clone()));
    path
}

/// A small line chart of the chance of still being a customer, in percent, by day.
fn alive_chart(
    ui: &mut egui::Ui,
    formats: &crate::format::Formats,
    path: &[(chrono::NaiveDate, f64)],
) {
    use egui_plot::{Line, Plot, PlotPoints};
    if path.len() < 2 {
        return;
    }
    let day = |d: chrono::NaiveDate| f64::from(chrono::Datelike::num_days_from_ce(&d));
    let points: Vec<[f64; 2]> = path.iter().map(|(d, p)| [day(*d), 100.0 * p]).collect();
    ui.label(
        egui::RichText::new(crate::tr!("alive-chart-title"))
            .small()
            .weak(),
    );
    let axis = formats.clone();
    let tip = formats.clone();
    Plot::new(("alive_chart", path.len()))
        .height(130.0)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .include_y(105.0)
        .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [100.0, 50.0, 10.0]))
        .y_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .x_axis_formatter(move |mark, _| {
            chrono::NaiveDate::from_num_days_from_ce_opt(mark.value.round() as i32)
                .map(|d| axis.month_tick(d))
                .unwrap_or_default()
        })
        .label_formatter(move |pos| match pos {
            egui_plot::HoverPosition::NearDataPoint { position, .. } => {
                let when = chrono::NaiveDate::from_num_days_from_ce_opt(position.x.round() as i32)
                    .map(|d| tip.date(d))
                    .unwrap_or_default();
                Some(crate::tr!(
                    "alive-chart-point",
                    day = when,
                    percent = tip.percent_whole(position.y / 100.0)
                ))
            }
            _ => None,
        })
        .show(ui, |plot| {
            plot.line(
                Line::new(crate::tr!("alive-chart-line"), PlotPoints::from(points))
                    .color(crate::ui::theme::ACCENT)
                    .width(1.5),
            );
        });
}
