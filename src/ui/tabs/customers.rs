//! The Customers tab: every customer in a table that only lays out the rows in view, search
//! as you type, sortable columns, and a detail panel where fields are edited (saved,
//! recorded in the audit trail and undoable with Ctrl+Z).

use std::collections::HashMap;
use std::sync::Arc;

use egui_extras::{Column, TableBuilder};

use crate::customers::{Sort, SortColumn};
use crate::jobs::{Event, Request};
use crate::model::Consent;
use crate::store::{ContactField, CustomerDetail, OrderLine};
use crate::ui::app::Command;
use crate::ui::screen::{Cx, Screen};
use crate::format::Formats;
use crate::ui::theme;
use crate::customers::shown_name;
use crate::ui::widgets::field_label;
use crate::tr;

/// The Customers screen: the search, the list shown and the customer selected.
#[derive(Default)]
pub struct CustomersScreen {
    /// The search box.
    pub search: String,
    /// Positions shown, for the current search and sort.
    pub view: Vec<u32>,
    /// The search and sort `view` was computed for.
    pub view_key: Option<(String, Sort)>,
    /// The selected customer.
    pub selected: Option<i64>,
    /// The selected customer's details, once loaded.
    pub detail: Option<Box<(CustomerDetail, Vec<OrderLine>)>>,
    /// What the field editors hold, by field.
    pub drafts: HashMap<ContactField, String>,
    /// Ask the search box for keyboard focus next frame.
    pub focus_search: bool,
    /// Scroll the table to the selected row next frame.
    pub scroll_to_selected: bool,
    /// Only these customers are listed (opened from a segment): what they are, and who.
    pub only: Option<(String, Arc<std::collections::HashSet<i64>>)>,
    /// The detail's consent, export and erase panel.
    pub privacy: crate::ui::widgets::privacy::PrivacyPanel,
    /// The detail's feedback list and form.
    pub feedback: crate::ui::widgets::feedback::FeedbackPanel,
}


impl Screen for CustomersScreen {
    fn title(&self) -> String {
        crate::tr!("customers-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        draw(self, cx, ui);
    }

    fn on_event(&mut self, cx: &mut Cx, event: &Event) {
        self.privacy.on_event(event);
        self.feedback.on_event(event);
        match event {
            Event::Customers(_) | Event::Edited { row: Some(_), .. } => self.view_key = None,
            Event::Customer { id, data } if self.selected == Some(*id) => {
                if let Some(data) = data {
                    self.drafts = data
                        .0
                        .fields
                        .iter()
                        .map(|(f, v)| (*f, v.clone().unwrap_or_default()))
                        .collect();
                }
                self.detail = data.clone();
            }
            // Reload the customer so the editor shows the stored value again.
            Event::EditFailed { edit, .. } if self.selected == Some(edit.contact_id) => {
                cx.send(Request::LoadCustomer(edit.contact_id));
            }
            _ => {}
        }
    }

    fn on_command(&mut self, cx: &mut Cx, command: &Command) {
        match command {
            Command::Select(id) if self.selected != *id => {
                self.selected = *id;
                self.detail = None;
                self.drafts.clear();
                if let Some(id) = id {
                    cx.send(Request::LoadCustomer(*id));
                }
            }
            Command::ShowCustomer(id) if self.selected != Some(*id) => {
                self.selected = Some(*id);
                self.detail = None;
                self.scroll_to_selected = true;
            }
            Command::FocusSearch => self.focus_search = true,
            Command::ShowCustomers { title, ids } => {
                self.only = Some((title.clone(), Arc::new(ids.iter().copied().collect())));
                self.view_key = None;
                self.search.clear();
            }
            _ => {}
        }
    }
}

/// Draws the tab.
fn draw(this: &mut CustomersScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    if this.selected.is_some() {
        egui::Panel::right("customer_detail")
            .resizable(true)
            .default_size(theme::DETAIL_WIDTH)
            .min_size(300.0)
            .show(ui, |ui| detail_ui(this, cx, ui));
    }
    egui::CentralPanel::default().show(ui, |ui| list_ui(this, cx, ui));
}

fn list_ui(this: &mut CustomersScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    let Some(index) = cx.customers.as_deref_mut() else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!("customers-loading"));
        });
        return;
    };
    let formats = cx.formats.clone();
    let tab = &mut *this;
    let sort = cx.customer_sort;
    let mut export = false;
    let mut export_command = None;
    ui.horizontal(|ui| {
        let search = ui.add(
            egui::TextEdit::singleline(&mut tab.search)
                .hint_text(tr!("customers-search-hint"))
                .desired_width(380.0),
        );
        if tab.focus_search {
            search.request_focus();
            tab.focus_search = false;
        }
        if !tab.search.is_empty() && ui.button(tr!("customers-clear")).clicked() {
            tab.search.clear();
        }
        export = ui
            .button(tr!("customers-save-spreadsheet"))
            .on_hover_text(tr!("customers-save-spreadsheet-hint"))
            .clicked();
    });
    let mut show_all = false;
    if let Some((title, ids)) = &tab.only {
        ui.horizontal(|ui| {
            ui.label(
                egui::RichText::new(tr!(
                    "customers-showing-only",
                    what = title.as_str(),
                    count = (ids.len() as i64),
                    shown = cx.formats.int(ids.len() as i64)
                ))
                .strong(),
            );
            show_all = ui.button(tr!("customers-show-all")).clicked();
        });
    }
    if show_all {
        tab.only = None;
        tab.view_key = None;
    }
    let key = (tab.search.clone(), sort);
    if tab.view_key.as_ref() != Some(&key) {
        tab.view = index.search(&tab.search, sort);
        if let Some((_, ids)) = &tab.only {
            tab.view
                .retain(|&p| index.row(p).is_some_and(|r| ids.contains(&r.id)));
        }
        tab.view_key = Some(key);
    }
    if export {
        let ids: Vec<i64> = tab
            .view
            .iter()
            .filter_map(|&p| index.row(p).map(|r| r.id))
            .collect();
        let file_name = match &tab.only {
            Some((title, _)) => format!("{}.xlsx", crate::format::file_stem(title)),
            None => format!("{}.xlsx", crate::format::file_stem(&tr!("customers-file-name"))),
        };
        export_command = Some(Command::ExportCustomers {
            file_name,
            ids,
            consented_only: false,
        });
    }
    ui.label(
        egui::RichText::new(if tab.search.trim().is_empty() {
            tr!(
                "customers-count",
                count = (index.len() as i64),
                shown = cx.formats.int(index.len() as i64)
            )
        } else {
            tr!(
                "customers-match",
                count = (tab.view.len() as i64),
                shown = cx.formats.int(tab.view.len() as i64),
                total = cx.formats.int(index.len() as i64)
            )
        })
        .weak(),
    );
    ui.add_space(4.0);

    // Arrow keys move the selection when no text field has the keyboard.
    let mut moved = None;
    if !ui.ctx().egui_wants_keyboard_input() && !tab.view.is_empty() {
        let step = ui.input(|i| {
            i32::from(i.key_pressed(egui::Key::ArrowDown))
                - i32::from(i.key_pressed(egui::Key::ArrowUp))
        });
        if step != 0 {
            let current = tab
                .selected
                .and_then(|id| index.position_of(id))
                .and_then(|p| tab.view.iter().position(|v| *v == p));
            let next = match current {
                Some(i) => {
                    (i as i64 + i64::from(step)).clamp(0, tab.view.len() as i64 - 1) as usize
                }
                None => 0,
            };
            moved = Some(next);
        }
    }
    let scroll_to = if tab.scroll_to_selected {
        tab.scroll_to_selected = false;
        tab.selected
            .and_then(|id| index.position_of(id))
            .and_then(|p| tab.view.iter().position(|v| *v == p))
    } else {
        moved
    };

    let mut clicked_sort = None;
    let mut clicked_row = None;
    let selected = tab.selected;
    // Clicks on a cell's text select the row instead of starting a text selection.
    ui.style_mut().interaction.selectable_labels = false;
    // Column widths are remembered separately with and without the detail panel.
    let detail_open = tab.selected.is_some();
    // Where the columns cannot all fit (a small screen with the details open), the table
    // scrolls sideways instead of cutting the last columns off.
    egui::ScrollArea::horizontal()
        .id_salt("customer_table_sideways")
        .show(ui, |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt(("customer_table", detail_open))
                .striped(true)
                .resizable(true)
                .sense(egui::Sense::click())
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(
                    Column::initial(if detail_open { 150.0 } else { 170.0 })
                        .at_least(80.0)
                        .clip(true),
                )
                .column(Column::initial(80.0).at_least(50.0).clip(true))
                .column(
                    Column::initial(if detail_open { 160.0 } else { 210.0 })
                        .at_least(80.0)
                        .clip(true),
                )
                .column(Column::initial(115.0).at_least(60.0).clip(true))
                .column(Column::initial(100.0).at_least(60.0).clip(true))
                .column(Column::initial(55.0).at_least(45.0))
                .column(Column::initial(95.0).at_least(70.0))
                .column(Column::remainder().at_least(80.0))
                .min_scrolled_height(0.0);
            if let Some(row) = scroll_to {
                table = table.scroll_to_row(row, Some(egui::Align::Center));
            }
            let headers = [
                (SortColumn::Name, tr!("customers-column-name")),
                (SortColumn::Reference, tr!("customers-column-reference")),
                (SortColumn::Email, tr!("customers-column-email")),
                (SortColumn::Phone, tr!("customers-column-phone")),
                (SortColumn::City, tr!("customers-column-city")),
                (SortColumn::Orders, tr!("customers-column-orders")),
                (SortColumn::Revenue, tr!("customers-column-revenue")),
                (SortColumn::LastOrder, tr!("customers-column-last-order")),
            ];
            table
                .header(24.0, |mut header| {
                    for (column, label) in headers {
                        header.col(|ui| {
                            let arrow = match (sort.column == column, sort.descending) {
                                (true, false) => " ▲",
                                (true, true) => " ▼",
                                _ => "",
                            };
                            let text = egui::RichText::new(format!("{label}{arrow}")).strong();
                            if ui
                                .add(egui::Button::new(text).frame(false))
                                .on_hover_text(tr!("customers-sort-hint"))
                                .clicked()
                            {
                                clicked_sort = Some(column);
                            }
                        });
                    }
                })
                .body(|body| {
                    let view = &tab.view;
                    body.rows(theme::ROW_HEIGHT, view.len(), |mut row| {
                        let Some(customer) = view.get(row.index()).and_then(|p| index.row(*p))
                        else {
                            return;
                        };
                        row.set_selected(selected == Some(customer.id));
                        row.col(|ui| {
                            if customer.name.trim().is_empty() {
                                ui.label(
                                    egui::RichText::new(shown_name(
                                        &customer.name,
                                        &customer.external_ref,
                                        customer.id,
                                    ))
                                    .italics(),
                                );
                            } else {
                                ui.label(&customer.name);
                            }
                        });
                        row.col(|ui| {
                            ui.label(&customer.external_ref);
                        });
                        row.col(|ui| {
                            ui.label(&customer.email);
                        });
                        row.col(|ui| {
                            ui.label(&customer.phone);
                        });
                        row.col(|ui| {
                            ui.label(&customer.city);
                        });
                        row.col(|ui| {
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    ui.label(cx.formats.int(customer.orders));
                                },
                            );
                        });
                        row.col(|ui| {
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    ui.label(formats.money(customer.revenue_cents));
                                },
                            );
                        });
                        row.col(|ui| {
                            ui.label(
                                customer
                                    .last_order
                                    .map(|d| d.to_string())
                                    .unwrap_or_default(),
                            );
                        });
                        if row.response().clicked() {
                            clicked_row = Some(customer.id);
                        }
                    });
                });
        });

    if let Some(next) = moved {
        clicked_row = tab.view.get(next).and_then(|p| index.row(*p)).map(|r| r.id);
    }
    if let Some(id) = clicked_row {
        cx.command(Command::Select(Some(id)));
    }
    if let Some(command) = export_command {
        cx.command(command);
    }
    if let Some(column) = clicked_sort {
        let descending = if sort.column == column {
            !sort.descending
        } else {
            // Figures read best largest first; text A to Z.
            matches!(
                column,
                SortColumn::Orders | SortColumn::Revenue | SortColumn::LastOrder
            )
        };
        cx.command(Command::SortCustomers(Sort { column, descending }));
    }
}

fn detail_ui(this: &mut CustomersScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    let Some(selected) = this.selected else {
        return;
    };
    ui.horizontal(|ui| {
        if ui
            .button(tr!("customers-close"))
            .on_hover_text(tr!("customers-close-hint"))
            .clicked()
            || ui.input(|i| i.key_pressed(egui::Key::Escape))
        {
            cx.command(Command::Select(None));
        }
        let can_undo = cx.can_undo;
        if ui
            .add_enabled(can_undo, egui::Button::new(tr!("customers-undo")))
            .on_hover_text(tr!("customers-undo-hint"))
            .clicked()
        {
            cx.command(Command::Undo);
        }
        if ui
            .add_enabled(cx.can_redo, egui::Button::new(tr!("customers-redo")))
            .on_hover_text(tr!("customers-redo-hint"))
            .clicked()
        {
            cx.command(Command::Redo);
        }
    });
    ui.separator();
    let Some(data) = this.detail.clone() else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!("customers-loading-one", id = selected.to_string()));
        });
        return;
    };
    let (detail, sales) = &*data;
    let name_of = |f: ContactField| {
        detail
            .fields
            .iter()
            .find(|(k, _)| *k == f)
            .and_then(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let title = format!(
        "{} {}",
        name_of(ContactField::FirstName),
        name_of(ContactField::LastName)
    );
    let title = if title.trim().is_empty() {
        shown_name(
            &name_of(ContactField::Company),
            detail.external_ref.as_deref().unwrap_or_default(),
            detail.id,
        )
    } else {
        title
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(title.trim());
            let mut facts = vec![tr!("customers-fact-id", id = detail.id.to_string())];
            if let Some(r) = &detail.external_ref {
                facts.push(tr!("customers-fact-ref", reference = r.as_str()));
            }
            if let Some(s) = &detail.source {
                facts.push(tr!("customers-fact-source", source = s.as_str()));
            }
            let added: &str = detail.created_at.get(..10).unwrap_or_default();
            facts.push(tr!("customers-fact-added", date = added));
            ui.label(egui::RichText::new(facts.join(" · ")).weak());
            crate::ui::widgets::feedback::badge_ui(&mut this.feedback, cx, ui, detail.id);
            if !detail.absorbed.is_empty() {
                let ids: Vec<String> = detail.absorbed.iter().map(|id| id.to_string()).collect();
                ui.label(tr!("customers-absorbed", ids = ids.join(", ")));
            }
            ui.add_space(6.0);
            crate::ui::widgets::customer_prediction::customer_prediction_ui(
                ui, cx, detail.id, sales,
            );
            ui.add_space(6.0);
            fields_ui(this, cx, ui, detail.id);
            crate::ui::widgets::privacy::privacy_ui(&mut this.privacy, cx, ui, detail);
            crate::ui::widgets::contact_history::contact_history_ui(
                ui,
                cx,
                detail.id,
                &detail.contact_history,
            );
            if !detail.extra.is_empty() {
                ui.add_space(6.0);
                egui::CollapsingHeader::new(tr!("customers-other-columns"))
                    .default_open(false)
                    .show(ui, |ui| {
                        egui::Grid::new("extra")
                            .num_columns(2)
                            .striped(true)
                            .show(ui, |ui| {
                                for (k, v) in &detail.extra {
                                    ui.label(k);
                                    ui.label(match v {
                                        serde_json::Value::String(s) => s.clone(),
                                        other => other.to_string(),
                                    });
                                    ui.end_row();
                                }
                            });
                    });
            }
            ui.add_space(8.0);
            crate::ui::widgets::suggested::suggested_next_ui(ui, cx, detail.id);
            ui.add_space(8.0);
            crate::ui::widgets::feedback::feedback_ui(&mut this.feedback, cx, ui, detail.id);
            ui.add_space(8.0);
            // Orders not counted first: a long purchase list would hide them.
            crate::ui::widgets::held::held_orders_ui(ui, &detail.held, cx.formats);
            orders_ui(ui, sales, cx.formats);
        });
}

fn fields_ui(this: &mut CustomersScreen, cx: &mut Cx, ui: &mut egui::Ui, contact_id: i64) {
    let stored: Vec<(ContactField, String)> = this
        .detail
        .as_ref()
        .map(|d| {
            d.0.fields
                .iter()
                .map(|(f, v)| (*f, v.clone().unwrap_or_default()))
                .collect()
        })
        .unwrap_or_default();
    let mut edits = Vec::new();
    egui::Grid::new("fields")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            for (field, saved) in &stored {
                let label = ui.label(field_label(*field));
                if *field == ContactField::MarketingConsent {
                    let current = Consent::parse(saved);
                    let choice = crate::ui::widgets::privacy::consent_combo(
                        ui, "consent", current, label.id,
                    );
                    if choice != current {
                        edits.push((*field, Some(choice.as_str().to_string())));
                    }
                } else {
                    let draft = this
                        .drafts
                        .entry(*field)
                        .or_insert_with(|| saved.clone());
                    let response = ui
                        .add(
                            egui::TextEdit::singleline(draft)
                                .desired_width(f32::INFINITY)
                                .hint_text(match field {
                                    ContactField::BirthDate => tr!("customers-birth-date-hint"),
                                    _ => String::new(),
                                }),
                        )
                        .labelled_by(label.id);
                    // Saved when the field loses focus (Enter, Tab or a click elsewhere).
                    if response.lost_focus() && draft.trim() != saved.trim() {
                        let value = draft.trim().to_string();
                        edits.push((*field, (!value.is_empty()).then_some(value)));
                    }
                }
                ui.end_row();
            }
        });
    for (field, value) in edits {
        // Take the new value as the saved one now, so the editor does not send it twice
        // before the worker confirms; a refused edit puts the stored value back.
        if let Some(detail) = this.detail.as_mut()
            && let Some(slot) = detail.0.fields.iter_mut().find(|(f, _)| *f == field)
        {
            slot.1 = value.clone();
        }
        cx.command(Command::Edit {
            contact_id,
            field,
            value,
        });
    }
}

fn orders_ui(ui: &mut egui::Ui, sales: &[OrderLine], formats: &Formats) {
    // Lines arrive newest first; group consecutive lines of the same order.
    let mut orders: Vec<(&OrderLine, Vec<&OrderLine>)> = Vec::new();
    for line in sales {
        let same = orders.last().is_some_and(|(first, _)| {
            first.contact_id == line.contact_id
                && match (&first.order_ref, &line.order_ref) {
                    (Some(a), Some(b)) => a == b,
                    (None, None) => first.sold_at.date() == line.sold_at.date(),
                    _ => false,
                }
        });
        match orders.last_mut() {
            Some((_, lines)) if same => lines.push(line),
            _ => orders.push((line, vec![line])),
        }
    }
    let total: i64 = sales.iter().map(|l| l.amount_cents).sum();
    ui.strong(tr!(
        "customers-orders-summary",
        count = (orders.len() as i64),
        shown = formats.int(orders.len() as i64),
        lines = (sales.len() as i64),
        shown_lines = formats.int(sales.len() as i64),
        amount = formats.money(total)
    ));
    if orders.is_empty() {
        ui.label(tr!("customers-no-purchases"));
        return;
    }
    for (i, (first, lines)) in orders.iter().enumerate() {
        let amount: i64 = lines.iter().map(|l| l.amount_cents).sum();
        let place = first
            .store
            .as_deref()
            .or(first.channel.as_deref())
            .unwrap_or("");
        let title = format!(
            "{}  ·  {}  ·  {}  ·  {}",
            formats.date(first.sold_at.date()),
            first
                .order_ref
                .clone()
                .unwrap_or_else(|| tr!("customers-no-receipt")),
            place,
            formats.money(amount)
        );
        egui::CollapsingHeader::new(title)
            .id_salt(("order", i))
            .default_open(false)
            .show(ui, |ui| {
                egui::Grid::new(("order_lines", i))
                    .num_columns(3)
                    .show(ui, |ui| {
                        for l in lines {
                            ui.label(l.product.clone().unwrap_or_else(|| tr!("customers-no-product")));
                            ui.label(format!("× {}", l.quantity));
                            ui.label(formats.money(l.amount_cents));
                            ui.end_row();
                        }
                    });
            });
    }
}
