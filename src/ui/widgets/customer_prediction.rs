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

/// The customer's predictions, or a line saying where to get them.
pub fn customer_prediction_ui(ui: &mut egui::Ui, cx: &mut Cx, customer_id: i64) {
    let latest: Option<(u64, Arc<Predictions>)> = ui.ctx().data(|d| d.get_temp(key()));
    let current = latest.filter(|(generation, _)| *generation == cx.data_generation);
    ui.strong(crate::tr!("prediction-predictions"));
    let Some((_, made)) = current else {
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
}
