//! A customer's orders kept but not counted (not paid yet, cancelled, failed), under their
//! purchases in the customer detail: one line each, with the status the file gave.

use crate::format::Formats;
use crate::store::HeldOrder;
use crate::tr;

/// The held orders, newest first; nothing when there are none.
pub fn held_orders_ui(ui: &mut egui::Ui, held: &[HeldOrder], formats: &Formats) {
    if held.is_empty() {
        return;
    }
    ui.strong(tr!("held-detail-title"))
        .on_hover_text(tr!("held-detail-hint"));
    for order in held {
        let date = order
            .day
            .map_or_else(|| "–".to_string(), |d| formats.date(d));
        let number = order
            .order_ref
            .clone()
            .unwrap_or_else(|| tr!("held-no-number"));
        ui.label(
            egui::RichText::new(tr!(
                "held-detail-order",
                date = date,
                order = number,
                amount = formats.money(order.amount_cents),
                status = order.status.as_str(),
                read = order.status_read.as_str()
            ))
            .weak(),
        );
    }
    ui.add_space(8.0);
}
