//! The Baskets screen (issue 22): what sells together, in a table of rules that can be
//! sorted and filtered, each written as a sentence; support and confidence sliders with a
//! live count; a heatmap of the strongest product pairs; and "Customers to offer X", the
//! customers whose best next product is X, to show in Customers or save as a spreadsheet.
//!
//! The rules and suggestions are worked out by the worker (progress and Cancel on the
//! screen and in the status bar); the sliders filter the rules at hand exactly while they
//! are held and ask for the rules again when they are let go at other thresholds.

use crate::tr;
use std::sync::Arc;

use crate::analytics::baskets::{Item, Pair, Ratio, Rule, pairs};
use crate::jobs::Event;
use crate::service::baskets::{BasketQuery, Recommendations};
use crate::store::BasketItem;
use crate::ui::app::Command;
use crate::ui::screen::{Cx, Screen};
use crate::ui::theme;
use crate::ui::widgets::suggested::{
    FIRST_CONFIDENCE_HUNDREDTHS, FIRST_SUPPORT_THOUSANDTHS, ask, query_at,
};

/// The pairs of the heatmap: the products of the strongest pairs, at most this many.
const HEATMAP_ITEMS: usize = 10;

/// How the rules are sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// Lift, strongest first.
    #[default]
    Lift,
    /// Confidence.
    Confidence,
    /// Support.
    Support,
    /// Orders holding the rule.
    Count,
}

/// The Baskets screen's own state.
pub struct BasketsScreen {
    /// Products or categories.
    pub by: BasketItem,
    /// Minimum support in thousandths of the orders.
    pub support_thousandths: u64,
    /// Minimum confidence in hundredths.
    pub confidence_hundredths: u64,
    /// Only rules naming a product containing this text.
    pub filter: String,
    /// The rules' order.
    pub sort: SortBy,
    /// The product whose customers are listed ("Customers to offer X").
    pub offer: Option<Item>,
    /// Save only the listed customers who agreed to marketing.
    pub consented_only: bool,
}

impl Default for BasketsScreen {
    fn default() -> Self {
        Self {
            by: BasketItem::Product,
            support_thousandths: FIRST_SUPPORT_THOUSANDTHS,
            confidence_hundredths: FIRST_CONFIDENCE_HUNDREDTHS,
            filter: String::new(),
            sort: SortBy::Lift,
            offer: None,
            consented_only: false,
        }
    }
}

impl BasketsScreen {
    /// The thresholds the sliders show, as exact fractions.
    fn thresholds(&self) -> (Ratio, Ratio) {
        let options = self.query().options;
        (options.min_support, options.min_confidence)
    }

    /// What the sliders and the choice of products or categories ask for.
    pub fn query(&self) -> BasketQuery {
        query_at(self.by, self.support_thousandths, self.confidence_hundredths)
    }

    /// The title, the controls, the progress and the rules.
    fn main_ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui, has_data: bool) {
        ui.heading(crate::tr!("baskets-what-sells-together"));
        if !has_data {
            ui.label(crate::tr!("baskets-there-are-no-sales-yet"));
            return;
        }
        controls_ui(self, cx, ui);
        if let Some(error) = cx.insights.baskets.error.clone() {
            ui.label(egui::RichText::new(error).color(theme::bad(ui.visuals().dark_mode)));
        }
        if let Some(id) = cx.insights.baskets.job {
            ui.horizontal(|ui| {
                ui.spinner();
                crate::ui::widgets::job_progress_ui(ui, cx, id);
            });
        }
        if let Some((found, _, _)) = cx.insights.baskets.found.clone() {
            rules_ui(self, cx, ui, &found);
        }
    }

    /// Asks for the rules at the sliders' thresholds unless they are at hand or asked.
    fn refresh(&self, cx: &mut Cx) {
        ask(cx, self.query());
    }
}

impl Screen for BasketsScreen {
    fn title(&self) -> String {
        crate::tr!("baskets-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        let has_data = cx.stats.is_some_and(|s| s.sale_lines > 0);
        // New data, or thresholds changed and let go (a slider still held filters the rules
        // at hand instead): the rules are asked for again.
        let holding = ui.input(|i| i.pointer.any_down());
        let wanted = (self.query(), cx.data_generation);
        if has_data && !holding && cx.insights.baskets.asked.as_ref() != Some(&wanted) {
            self.offer = None;
            self.refresh(cx);
        }
        let found = cx.insights.baskets.found.clone();
        egui::CentralPanel::default().show(ui, |ui| {
            let side = found
                .as_ref()
                .filter(|(f, _, _)| !f.suggestions.as_slice().is_empty());
            let Some((found, query, _)) = side else {
                self.main_ui(cx, ui, has_data);
                return;
            };
            // The pairs and the customers to offer take a third of the width, at least 300
            // points: the rules' figures keep their room at 1024 points.
            let width = (ui.available_width() * 0.36).clamp(300.0, 460.0);
            egui_extras::StripBuilder::new(ui)
                .clip(true)
                .size(egui_extras::Size::remainder().at_least(420.0))
                .size(egui_extras::Size::exact(width))
                .horizontal(|mut strip| {
                    // A strip's cells extend long text by default; here it wraps, and
                    // nothing may widen a cell past its share.
                    strip.cell(|ui| {
                        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                        self.main_ui(cx, ui, has_data);
                    });
                    strip.cell(|ui| {
                        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                        egui::ScrollArea::vertical()
                            .id_salt("baskets_side")
                            .auto_shrink([false, false])
                            .show(ui, |ui| {
                                heatmap_ui(ui, found);
                                ui.add_space(theme::GAP);
                                offer_ui(self, cx, ui, found, query);
                            });
                    });
                });
        });
    }

    fn on_event(&mut self, cx: &mut Cx, event: &Event) {
        if let Event::Baskets { job, result } = event {
            cx.insights.baskets.answer(*job, result);
        }
    }
}

/// Products or categories, and the two sliders with the count of rules they keep.
fn controls_ui(this: &mut BasketsScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::tr!("baskets-look-at"));
        for (by, words) in [
            (BasketItem::Product, tr!("baskets-products")),
            (BasketItem::Category, tr!("baskets-categories")),
        ] {
            ui.radio_value(&mut this.by, by, words);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::tr!("baskets-in-at-least"));
        let formats = cx.formats.clone();
        ui
            .add(
                egui::Slider::new(&mut this.support_thousandths, 1..=200)
                    .logarithmic(true)
                    .custom_formatter(move |v, _| formats.one_decimal(v / 10.0))
                    .custom_parser(|t| t.trim().replace(',', ".").parse::<f64>().ok().map(|v| v * 10.0))
                    .suffix(cx.formats.percent_sign()),
            )
            .on_hover_text(
                crate::tr!("baskets-the-share-of-all-orders"),
            );
        ui.label(crate::tr!("baskets-of-orders"));
        ui.add(
                egui::Slider::new(&mut this.confidence_hundredths, 1..=100)
                    .suffix(cx.formats.percent_sign()),
            )
            .on_hover_text(
                crate::tr!("baskets-of-the-orders-with-the"),
            );
        ui.label(crate::tr!("baskets-of-the-time"));
    });
}

/// The rules at hand that reach the sliders' thresholds and the filter, sorted.
fn shown_rules<'a>(this: &BasketsScreen, found: &'a Recommendations) -> Vec<(usize, &'a Rule)> {
    let (support, confidence) = this.thresholds();
    let needle = crate::clean::fold(this.filter.trim());
    let t = &found.baskets.transactions;
    let names_match = |items: &[Item]| {
        items
            .iter()
            .any(|&i| crate::clean::fold(t.name(i)).contains(&needle))
    };
    let mut rules: Vec<(usize, &Rule)> = found
        .baskets
        .analysis
        .rules
        .iter()
        .enumerate()
        .filter(|(_, r)| r.reaches(support, confidence))
        .filter(|(_, r)| needle.is_empty() || names_match(&r.antecedent) || names_match(&r.consequent))
        .collect();
    let key = |r: &Rule| match this.sort {
        SortBy::Lift => r.lift(),
        SortBy::Confidence => r.confidence(),
        SortBy::Support | SortBy::Count => r.count as f64,
    };
    rules.sort_by(|a, b| key(b.1).total_cmp(&key(a.1)).then(b.1.count.cmp(&a.1.count)));
    rules
}

/// The rules as a table: the sentence, then the figures; the headers sort.
fn rules_ui(this: &mut BasketsScreen, cx: &mut Cx, ui: &mut egui::Ui, found: &Recommendations) {
    let baskets = &found.baskets;
    ui.horizontal(|ui| {
        ui.label(crate::tr!("baskets-only-rules-with"));
        ui.add(
            egui::TextEdit::singleline(&mut this.filter)
                .hint_text(crate::tr!("baskets-a-product"))
                .desired_width(180.0),
        );
    });
    let rules = shown_rules(this, found);
    let orders = baskets.transactions.len() as i64;
    ui.label(tr!(
        "baskets-rules-kept",
        rules = (rules.len() as i64),
        shown_rules = cx.formats.int(rules.len() as i64),
        orders = orders,
        shown_orders = cx.formats.int(orders)
    ));
    if rules.is_empty() {
        ui.label(crate::tr!("baskets-no-products-sell-together-this"));
        return;
    }
    ui.separator();
    let formats = cx.formats.clone();
    let mut sort = this.sort;
    let columns = [
        (SortBy::Count, tr!("baskets-column-orders"), 56.0),
        (SortBy::Support, tr!("baskets-column-support"), 64.0),
        (SortBy::Confidence, tr!("baskets-column-confidence"), 84.0),
        (SortBy::Lift, tr!("baskets-column-lift"), 44.0),
    ];
    let widths: Vec<f32> = columns
        .iter()
        .map(|(_, words, least)| crate::ui::widgets::header_width(ui, words, *least))
        .collect();
    let mut table = egui_extras::TableBuilder::new(ui)
        .striped(true)
        .column(egui_extras::Column::remainder().at_least(200.0).clip(true));
    for width in widths {
        table = table.column(egui_extras::Column::exact(width));
    }
    table
        .header(22.0, |mut h| {
            h.col(|ui| {
                ui.strong(crate::tr!("baskets-customers-who-buy-also-buy"));
            });
            for (by, words, _) in columns {
                h.col(|ui| {
                    if ui
                        .selectable_label(sort == by, words)
                        .on_hover_text(crate::tr!("baskets-sort-by-this-highest-first"))
                        .clicked()
                    {
                        sort = by;
                    }
                });
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, rules.len(), |mut row| {
                let Some(&(_, rule)) = rules.get(row.index()) else {
                    return;
                };
                let sentence = crate::text::local(&baskets.sentence(rule));
                row.col(|ui| {
                    ui.add(egui::Label::new(&sentence).truncate())
                        .on_hover_text(&sentence);
                });
                row.col(|ui| {
                    ui.label(formats.int(rule.count as i64));
                });
                row.col(|ui| {
                    ui.label(formats.percent(rule.support()));
                });
                row.col(|ui| {
                    ui.label(formats.percent(rule.confidence()));
                });
                row.col(|ui| {
                    ui.label(formats.one_decimal(rule.lift()));
                });
            });
        });
    this.sort = sort;
}

/// The products of the strongest pairs as a grid, each cell coloured by how many times more
/// often the two sell together than by chance (lift).
fn heatmap_ui(ui: &mut egui::Ui, found: &Recommendations) {
    let itemsets = &found.baskets.analysis.itemsets;
    let t = &found.baskets.transactions;
    let mut strongest: Vec<Pair> = pairs(itemsets);
    strongest.sort_by(|a, b| b.lift.total_cmp(&a.lift).then(b.count.cmp(&a.count)));
    let mut items: Vec<Item> = Vec::new();
    for p in &strongest {
        for i in [p.a, p.b] {
            if items.len() < HEATMAP_ITEMS && !items.contains(&i) {
                items.push(i);
            }
        }
    }
    ui.strong(crate::tr!("baskets-pairs-that-sell-together"));
    if items.len() < 2 {
        ui.label(crate::tr!("baskets-no-two-products-are-bought"));
        return;
    }
    ui.label(crate::tr!("baskets-darker-bought-together-more-times"));
    let lift_of = |a: Item, b: Item| {
        let (a, b) = if a < b { (a, b) } else { (b, a) };
        strongest.iter().find(|p| p.a == a && p.b == b).map(|p| p.lift)
    };
    let max = strongest.first().map_or(1.0, |p| p.lift).max(1.0);
    let dark = ui.visuals().dark_mode;
    // The names take two fifths of the width and the cells share the rest, so the grid
    // fits the side of the screen at 1024 points.
    let room = ui.available_width();
    let label_width = (room * 0.4).clamp(80.0, 200.0);
    let cell = ((room - label_width - 8.0) / items.len() as f32 - 2.0).clamp(12.0, 22.0);
    egui::Grid::new("basket_heatmap")
        .spacing([2.0, 2.0])
        .min_col_width(0.0)
        .show(ui, |ui| {
            for (row, &a) in items.iter().enumerate() {
                ui.add_sized(
                    [label_width, cell],
                    egui::Label::new(format!("{}. {}", row + 1, t.name(a))).truncate(),
                );
                for &b in &items {
                    let lift = (a != b).then(|| lift_of(a, b)).flatten();
                    let (rect, response) =
                        ui.allocate_exact_size(egui::vec2(cell, cell), egui::Sense::hover());
                    let fill = match lift {
                        Some(l) => heat(dark, ((l - 1.0) / (max - 1.0).max(f64::EPSILON)).clamp(0.0, 1.0)),
                        None => ui.visuals().faint_bg_color,
                    };
                    ui.painter().rect_filled(rect, 2.0, fill);
                    if let Some(l) = lift {
                        response.on_hover_text(tr!(
                            "baskets-pair-tip",
                            a = t.name(a),
                            b = t.name(b),
                            lift = format!("{l:.1}")
                        ));
                    }
                }
                ui.end_row();
            }
            ui.label("");
            for n in 1..=items.len() {
                ui.add_sized([cell, cell], egui::Label::new(n.to_string()));
            }
            ui.end_row();
        });
}

/// The colour of a heatmap cell, from pale (0) to the accent (1).
fn heat(dark: bool, t: f64) -> egui::Color32 {
    let base = if dark {
        egui::Color32::from_gray(40)
    } else {
        egui::Color32::from_rgb(0xf2, 0xf7, 0xf7)
    };
    let strong = theme::ACCENT;
    let t = t.sqrt() as f32;
    let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
    egui::Color32::from_rgb(
        mix(base.r(), strong.r()),
        mix(base.g(), strong.g()),
        mix(base.b(), strong.b()),
    )
}

/// "Customers to offer X": pick a product, see the customers whose best next product it is,
/// with the reason; show them in Customers or save them.
fn offer_ui(
    this: &mut BasketsScreen,
    cx: &mut Cx,
    ui: &mut egui::Ui,
    found: &Recommendations,
    query: &BasketQuery,
) {
    let t = &found.baskets.transactions;
    let mut tops: Vec<(Item, usize)> = Vec::new();
    for c in found.suggestions.as_slice() {
        if let Some(s) = c.suggestions.first() {
            match tops.iter_mut().find(|(i, _)| *i == s.item) {
                Some((_, n)) => *n += 1,
                None => tops.push((s.item, 1)),
            }
        }
    }
    tops.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| t.name(a.0).cmp(t.name(b.0))));
    let offer = this
        .offer
        .filter(|i| tops.iter().any(|(t, _)| t == i))
        .or(tops.first().map(|(i, _)| *i));
    let Some(offer) = offer else {
        return;
    };
    ui.strong(crate::tr!("baskets-customers-to-offer"));
    let by_category = query.by == BasketItem::Category;
    let mut chosen = offer;
    egui::ComboBox::from_id_salt("basket_offer")
        .selected_text(t.name(offer))
        .width(ui.available_width().min(300.0))
        .show_ui(ui, |ui| {
            for &(item, n) in &tops {
                ui.selectable_value(
                    &mut chosen,
                    item,
                    tr!("baskets-offer-choice", item = t.name(item), count = cx.formats.int(n as i64)),
                );
            }
        })
        .response
        .on_hover_text(if by_category {
            tr!("baskets-next-category-tip")
        } else {
            tr!("baskets-next-product-tip")
        });
    this.offer = Some(chosen);
    let customers: Vec<_> = found.suggestions.top_is(chosen).collect();
    let ids: Vec<i64> = customers.iter().map(|c| c.customer_id).collect();
    let (count, shown) = (ids.len() as i64, cx.formats.int(ids.len() as i64));
    ui.label(if by_category {
        tr!("baskets-best-next-category", count = count, shown = shown, item = t.name(chosen))
    } else {
        tr!("baskets-best-next-product", count = count, shown = shown, item = t.name(chosen))
    });
    let title = tr!("baskets-offer-title", item = t.name(chosen));
    ui.checkbox(&mut this.consented_only, tr!("baskets-consented-only"));
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(crate::tr!("baskets-show-in-customers"))
            .on_hover_text(crate::tr!("baskets-open-the-customers-tab-showing"))
            .clicked()
        {
            cx.command(Command::ShowCustomers {
                title: title.clone(),
                ids: Arc::new(ids.clone()),
            });
        }
        if ui
            .button(crate::tr!("baskets-save-as-spreadsheet"))
            .on_hover_text(crate::tr!("baskets-an-excel-workbook-xlsx-or"))
            .clicked()
        {
            cx.command(Command::ExportCustomers {
                file_name: format!("{title}.xlsx"),
                ids: ids.clone(),
                consented_only: this.consented_only,
            });
        }
        // Campaigns offer products (what `offer:` names); a category has no such list.
        if !by_category {
            let target = crate::model::campaign::Target {
                kind: crate::model::campaign::TargetKind::Offer,
                name: t.name(chosen).to_string(),
            };
            crate::ui::widgets::start_campaign_button(cx, ui, !ids.is_empty(), &target);
        }
    });
    let rules = &found.baskets.analysis.rules;
    let names = cx.customers.as_deref();
    let half = (ui.available_width() * 0.5 - 8.0).max(100.0);
    egui_extras::TableBuilder::new(ui)
        .id_salt("basket_offer_list")
        .striped(true)
        .max_scroll_height(320.0)
        .column(egui_extras::Column::exact(half).clip(true))
        .column(egui_extras::Column::remainder().clip(true))
        .header(20.0, |mut h| {
            h.col(|ui| {
                ui.strong(crate::tr!("baskets-customer"));
            });
            h.col(|ui| {
                ui.strong(crate::tr!("baskets-because-they-bought"));
            });
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, customers.len(), |mut row| {
                let Some(c) = customers.get(row.index()) else {
                    return;
                };
                let name = names
                    .and_then(|index| index.position_of(c.customer_id).and_then(|p| index.row(p)))
                    .map_or_else(
                        || crate::customers::shown_name("", "", c.customer_id),
                        |r| crate::customers::shown_name(&r.name, &r.external_ref, r.id),
                    );
                row.col(|ui| {
                    ui.add(egui::Label::new(name).truncate());
                });
                let because = c
                    .suggestions
                    .first()
                    .and_then(|s| rules.get(s.rule))
                    .map(|r| found.baskets.in_words(&r.antecedent))
                    .unwrap_or_default();
                row.col(|ui| {
                    ui.add(egui::Label::new(&because).truncate())
                        .on_hover_text(&because);
                });
            });
        });
}
