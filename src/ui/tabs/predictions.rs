//! The Predictions screen: who is likely to buy again, and how much. Empty until the
//! figures are computed; it shows no number it does not have.

use crate::ui::screen::{Cx, Screen};

/// The Predictions screen; it keeps nothing yet.
#[derive(Default)]
pub struct PredictionsScreen;

impl Screen for PredictionsScreen {
    fn title(&self) -> &'static str {
        "Predictions"
    }

    fn ui(&mut self, _cx: &mut Cx, ui: &mut egui::Ui) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Predictions");
            ui.label(
                "Once they are computed, this screen shows which customers are likely to buy again.",
            );
        });
    }
}
