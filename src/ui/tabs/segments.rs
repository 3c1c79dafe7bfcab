//! The Segments tab: the R x F grid as a heatmap, the named segments as cards with what they
//! mean and what to do, value tiers with the Pareto figure, lifecycle stages with their
//! thresholds, the movement between segments over the last 30 days, and saved rule-based
//! segments with a rule builder that counts as you edit. Every group opens as a list of its
//! customers, which can be shown in the Customers tab or saved as CSV.
//!
//! The figures are computed in the background (see [`crate::ui::insights::Insights`]) and kept until the
//! shop's data changes; drawing a frame only reads them.

use crate::model::campaign::TargetKind;
use crate::tr;
use crate::report::text::{segment_action, segment_meaning, segment_name};
use crate::text::ui_lang;
use std::sync::Arc;

use crate::analytics::dashboard::{Group, ShopAnalytics};
use crate::analytics::predict::{CustomerPrediction, PredictOutcome};
use crate::service::predict::{PredictOptions, Predictions};
use crate::analytics::rfm::{Segment, Stage, Tier};
use crate::analytics::rules::{Op, Rule, RuleField};
use crate::jobs::{Event, Request};
use crate::store::SavedSegment;
use crate::ui::widgets::insights::{date_field, header_ui, waiting_ui};
use crate::format::{Formats, file_stem};
use crate::ui::app::Command;
use crate::ui::screen::{Cx, Screen};
use crate::ui::theme;


/// A list of customers opened from a group.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerList {
    /// What the list is ("Segment: At risk").
    pub title: String,
    /// The customers, by id.
    pub ids: Arc<Vec<i64>>,
    /// The list a campaign can target ("segment:At risk"), when it is one.
    pub campaign: Option<crate::model::campaign::Target>,
}

/// One condition of the rule builder, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftCondition {
    pub field: RuleField,
    pub op: Op,
    pub value: String,
}

impl Default for DraftCondition {
    fn default() -> Self {
        DraftCondition {
            field: RuleField::RecencyDays,
            op: Op::Gt,
            value: "90".into(),
        }
    }
}

/// A group of conditions that must all (or any) hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftGroup {
    /// Any condition is enough (else all must hold).
    pub any: bool,
    pub conditions: Vec<DraftCondition>,
}

/// The rule builder's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RuleDraft {
    pub name: String,
    /// Any group is enough (else all must hold).
    pub any: bool,
    pub groups: Vec<DraftGroup>,
}

impl RuleDraft {
    /// A builder with one group holding one condition.
    pub fn new() -> RuleDraft {
        RuleDraft {
            name: String::new(),
            any: false,
            groups: vec![DraftGroup {
                any: false,
                conditions: vec![DraftCondition::default()],
            }],
        }
    }

    /// The rule as JSON (values typed as the fields need them), then checked.
    pub fn to_rule(&self) -> Result<Rule, String> {
        let groups: Vec<serde_json::Value> = self
            .groups
            .iter()
            .filter(|g| !g.conditions.is_empty())
            .map(|g| {
                let conditions: Vec<serde_json::Value> =
                    g.conditions.iter().map(condition_json).collect();
                if g.any {
                    serde_json::json!({ "any": conditions })
                } else {
                    serde_json::json!({ "all": conditions })
                }
            })
            .collect();
        if groups.is_empty() {
            return Err(tr!("segments-add-condition"));
        }
        let json = if self.any {
            serde_json::json!({ "any": groups })
        } else {
            serde_json::json!({ "all": groups })
        };
        Rule::parse(&json.to_string()).map_err(|e| crate::text::local(&e))
    }

    /// The builder showing a saved rule: groups of conditions one level deep. Rules written
    /// by hand deeper than that are shown as far as they go.
    pub fn from_rule(name: &str, rule: &Rule) -> RuleDraft {
        let (any, children) = match rule {
            Rule::All { all } => (false, all.clone()),
            Rule::Any { any } => (true, any.clone()),
            Rule::Condition(_) => (false, vec![rule.clone()]),
        };
        let groups = children
            .iter()
            .map(|child| match child {
                Rule::All { all } => DraftGroup {
                    any: false,
                    conditions: all.iter().filter_map(draft_condition).collect(),
                },
                Rule::Any { any } => DraftGroup {
                    any: true,
                    conditions: any.iter().filter_map(draft_condition).collect(),
                },
                Rule::Condition(_) => DraftGroup {
                    any: false,
                    conditions: draft_condition(child).into_iter().collect(),
                },
            })
            .collect();
        RuleDraft {
            name: name.to_string(),
            any,
            groups,
        }
    }
}

fn draft_condition(rule: &Rule) -> Option<DraftCondition> {
    let Rule::Condition(c) = rule else {
        return None;
    };
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let joiner = if c.op == Op::Between { " - " } else { ", " };
    let value = match &c.value {
        serde_json::Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(joiner),
        other => text(other),
    };
    Some(DraftCondition {
        field: c.field,
        op: c.op,
        value,
    })
}

fn condition_json(c: &DraftCondition) -> serde_json::Value {
    let number = |s: &str| -> serde_json::Value {
        let cleaned = s.trim().replace(' ', "").replace(',', ".");
        cleaned
            .parse::<f64>()
            .map(serde_json::Value::from)
            .unwrap_or_else(|_| serde_json::Value::String(s.trim().to_string()))
    };
    let value = match c.op {
        Op::Between => {
            // "10 - 50", "10; 50" or "10/50"; without those, "10 50" or "10, 50".
            let separators: &[char] = if c.value.contains(['-', ';', '/']) {
                &['-', ';', '/']
            } else {
                &[',', ' ']
            };
            let parts: Vec<&str> = c
                .value
                .split(separators)
                .filter(|p| !p.trim().is_empty())
                .collect();
            serde_json::Value::Array(parts.iter().map(|p| number(p)).collect())
        }
        Op::In => serde_json::Value::Array(
            c.value
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| serde_json::Value::String(p.to_string()))
                .collect(),
        ),
        _ if c.field.is_number() => number(&c.value),
        _ => serde_json::Value::String(c.value.trim().to_string()),
    };
    serde_json::json!({ "field": c.field, "op": c.op, "value": value })
}

/// What an open list's rows were made for: figures, list, consent filter.
pub type ListKey = (usize, usize, bool);

/// The members of a rule, or why the rule is not valid.
pub type Members = Result<Arc<Vec<i64>>, String>;

/// What a count was made on: the figures' and the predictions' addresses (0 without).
pub type CountedOn = (usize, usize);

/// The tab's state.
#[derive(Default)]
pub struct SegmentsScreen {
    /// The list opened from a group.
    pub list: Option<CustomerList>,
    /// Keep only customers who agreed to marketing in lists and exports.
    pub consented_only: bool,
    /// The rule builder, when open.
    pub draft: Option<RuleDraft>,
    /// The saved segments, once loaded.
    pub saved: Option<Vec<SavedSegment>>,
    /// The saved segments were asked for.
    pub saved_requested: bool,
    /// Members of the saved segments, for the figures they were counted on:
    /// (figures and predictions pointers, per segment: rule JSON and members).
    pub saved_members: Option<(CountedOn, Vec<(String, Members)>)>,
    /// The builder's last count: (rule JSON, figures and predictions pointers, members or
    /// the rule's error).
    pub draft_count: Option<(String, CountedOn, Members)>,
    /// The predictions job started for rules on predicted figures.
    pub predict_job: Option<u64>,
    /// The data generation that job was asked for.
    pub predict_asked: Option<u64>,
    /// What it gave: the predictions, or why there are none.
    pub predicted: Option<Result<Arc<Predictions>, String>>,
    /// The open list's rows (positions in the figures) and what they were made for:
    /// (figures pointer, list pointer, consented only).
    pub list_rows: Option<(ListKey, Arc<Vec<usize>>)>,
}

/// The least width the tiers and lifecycle need beside the grid.
const SIDE_WIDTH: f32 = 380.0;

impl Screen for SegmentsScreen {
    fn title(&self) -> String {
        crate::tr!("segments-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        if let Some(Ok(made)) = &self.predicted
            && self.predict_asked == Some(cx.data_generation)
        {
            crate::ui::widgets::customer_prediction::publish(ui.ctx(), self.predict_asked, made);
        }
        draw(self, cx, ui);
    }

    fn on_event(&mut self, _cx: &mut Cx, event: &Event) {
        match event {
            Event::SavedSegments(Ok(saved)) => self.saved = Some(saved.clone()),
            Event::Predictions { job, result } if self.predict_job == Some(*job) => {
                self.predict_job = None;
                self.predicted = Some(
                    result
                        .as_ref()
                        .map(Arc::clone)
                        .map_err(|e| crate::text::local(e.as_ref())),
                );
            }
            _ => {}
        }
    }

    fn on_command(&mut self, cx: &mut Cx, command: &Command) {
        match command {
            Command::LoadSavedSegments => cx.send(Request::LoadSavedSegments),
            Command::SaveSegment { name, rule } => cx.send(Request::SaveSegment {
                name: name.clone(),
                rule: rule.clone(),
            }),
            Command::DeleteSegment(name) => cx.send(Request::DeleteSegment(name.clone())),
            _ => {}
        }
    }
}

/// Draws the tab.
fn draw(this: &mut SegmentsScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    if cx.insights.stale(cx.data_generation) {
        cx.command(Command::ComputeInsights);
    }
    if !this.saved_requested {
        this.saved_requested = true;
        cx.command(Command::LoadSavedSegments);
    }
    let Some(figures) = cx.insights.figures().cloned() else {
        egui::CentralPanel::default().show(ui, |ui| waiting_ui(cx, ui, &tr!("segments-title")));
        return;
    };
    if this.list.is_some() {
        egui::Panel::right("segment_list")
            .resizable(true)
            // A third of the window: room for names at 1366 points, and at 1024 enough
            // left for the whole grid beside it.
            .default_size((ui.available_width() * 0.33).clamp(380.0, 440.0))
            .min_size(320.0)
            .show(ui, |ui| list_panel(this, cx, ui, &figures));
    }
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                header_ui(cx, ui, &figures, &tr!("segments-title"), false);
                ui.add_space(theme::GAP);
                // The tiers and lifecycle go beside the grid when they fit there whole (a
                // list panel open on the right takes room), else below it.
                if ui.available_width() >= HEATMAP_WIDTH + theme::GAP * 2.0 + SIDE_WIDTH {
                    ui.horizontal_top(|ui| {
                        heatmap_ui(this, cx, ui, &figures);
                        ui.add_space(theme::GAP * 2.0);
                        ui.vertical(|ui| {
                            ui.set_max_width(ui.available_width().max(SIDE_WIDTH));
                            tiers_ui(this,cx, ui, &figures);
                            ui.add_space(theme::GAP);
                            lifecycle_ui(this,cx, ui, &figures);
                        });
                    });
                } else {
                    // Narrower cells and labels on two lines first; scrolling sideways only
                    // when even those do not fit.
                    let size = GridSize::for_width(ui.available_width());
                    egui::ScrollArea::horizontal()
                        .id_salt("heatmap_scroll")
                        .show(ui, |ui| heatmap_sized_ui(this, cx, ui, &figures, size));
                    ui.add_space(theme::GAP);
                    tiers_ui(this,cx, ui, &figures);
                    ui.add_space(theme::GAP);
                    lifecycle_ui(this,cx, ui, &figures);
                }
                ui.add_space(theme::GAP);
                ui.heading(crate::tr!("segments-segments"));
                cards_ui(this,cx, ui, &figures);
                ui.add_space(theme::GAP);
                movement_ui(this, cx, ui, &figures);
                ui.add_space(theme::GAP);
                saved_ui(this, cx, ui, &figures);
            });
    });
}


/// `part` as a share (0..1) of `total`, nothing of nothing.
fn share(part: i64, total: i64) -> f64 {
    if total > 0 {
        part as f64 / total as f64
    } else {
        0.0
    }
}

fn open_list(
    this: &mut SegmentsScreen,
    title: String,
    group: &Group,
    campaign: Option<(crate::model::campaign::TargetKind, &str)>,
) {
    this.list = Some(CustomerList {
        title,
        ids: Arc::new(group.ids.clone()),
        campaign: campaign.map(|(kind, name)| crate::model::campaign::Target {
            kind,
            name: name.to_string(),
        }),
    });
}

/// The colour of a heatmap cell holding `n` of at most `max` customers.
fn heat(ui: &egui::Ui, n: usize, max: usize) -> egui::Color32 {
    let t = if max == 0 {
        0.0
    } else {
        (n as f32 / max as f32).sqrt()
    };
    let base = if ui.visuals().dark_mode {
        egui::Color32::from_gray(40)
    } else {
        egui::Color32::from_rgb(0xf2, 0xf7, 0xf7)
    };
    let strong = theme::ACCENT;
    let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
    egui::Color32::from_rgb(
        mix(base.r(), strong.r()),
        mix(base.g(), strong.g()),
        mix(base.b(), strong.b()),
    )
}

/// Whole amounts in the shop's currency for the tight cells of the grid.
fn money_whole(cx: &Cx, cents: i64) -> String {
    cx.formats.money_whole(cents)
}

/// What the rows and columns of the grid say, in words.
/// The grid's row labels: how recently, 1 to 5.
fn recency_words(narrow: bool) -> [String; 5] {
    let (first, last) = if narrow {
        (tr!("segments-recency-1-narrow"), tr!("segments-recency-5-narrow"))
    } else {
        (tr!("segments-recency-1"), tr!("segments-recency-5"))
    };
    [first, "2".into(), "3".into(), "4".into(), last]
}
/// The grid's column labels: how often, 1 to 5.
fn frequency_words() -> [String; 5] {
    let (first, last) = (tr!("segments-frequency-1"), tr!("segments-frequency-5"));
    [first, "2".into(), "3".into(), "4".into(), last]
}

/// A segment's name in the window's language.
fn seg_name(s: Segment) -> String {
    segment_name(ui_lang(), s).to_string()
}

/// What a segment means, in the window's language.
fn seg_meaning(s: Segment) -> String {
    segment_meaning(ui_lang(), s).to_string()
}

/// What to do about a segment, in the window's language.
fn seg_action(s: Segment) -> String {
    segment_action(ui_lang(), s).to_string()
}

/// A segment or "No order yet" (the row of customers who had not bought then).
fn then_name(s: Option<Segment>) -> String {
    s.map_or_else(|| tr!("segments-no-order-yet"), seg_name)
}

/// A number of customers in words: `12 customers`.
fn customers_words(formats: &Formats, n: i64) -> String {
    tr!("segments-customers-count", count = n, shown = formats.int(n))
}


/// A grid cell's full width, and the least that still holds "Potential loyalists" on one
/// line at the cells' text size.
const CELL_WIDTH: f32 = 112.0;
const CELL_MIN_WIDTH: f32 = 104.0;
/// The row labels' column: on one line ("5 · most recent" and the key above it), or on two.
const LABELS_WIDTH: f32 = 128.0;
const LABELS_NARROW_WIDTH: f32 = 76.0;
/// The space between cells.
const CELL_GAP: f32 = 3.0;

/// The grid's width: the row labels and five cells.
const HEATMAP_WIDTH: f32 = LABELS_WIDTH + 5.0 * CELL_WIDTH + 5.0 * CELL_GAP;

/// How wide the grid's cells are and whether its labels go on two lines.
#[derive(Clone, Copy, Debug, PartialEq)]
struct GridSize {
    cell: f32,
    narrow_labels: bool,
}

impl GridSize {
    const FULL: GridSize = GridSize {
        cell: CELL_WIDTH,
        narrow_labels: false,
    };

    /// The largest grid that fits in `width` points (a list panel open beside it at
    /// 1024 x 768 leaves about 620), never smaller than [`CELL_MIN_WIDTH`] cells.
    fn for_width(width: f32) -> GridSize {
        if width >= HEATMAP_WIDTH {
            return GridSize::FULL;
        }
        let cell = (width - LABELS_NARROW_WIDTH - 5.0 * CELL_GAP) / 5.0;
        GridSize {
            cell: cell.clamp(CELL_MIN_WIDTH, CELL_WIDTH),
            narrow_labels: true,
        }
    }

    fn width(self) -> f32 {
        let labels = if self.narrow_labels {
            LABELS_NARROW_WIDTH
        } else {
            LABELS_WIDTH
        };
        labels + 5.0 * self.cell + 5.0 * CELL_GAP
    }
}

fn heatmap_ui(this: &mut SegmentsScreen, cx: &mut Cx, ui: &mut egui::Ui, figures: &ShopAnalytics) {
    heatmap_sized_ui(this, cx, ui, figures, GridSize::FULL);
}

fn heatmap_sized_ui(
    this: &mut SegmentsScreen, cx: &mut Cx,
    ui: &mut egui::Ui,
    figures: &ShopAnalytics,
    size: GridSize,
) {
    let (recency_words, key) = if size.narrow_labels {
        (recency_words(true), tr!("segments-key-narrow"))
    } else {
        (recency_words(false), tr!("segments-key"))
    };
    let frequency = frequency_words();
    ui.vertical(|ui| {
        ui.set_max_width(size.width());
        ui.strong(crate::tr!("segments-how-recently-and-how-often"));
        ui.label(tr!("segments-grid-explained", percent = cx.formats.percent_whole(0.8)));
        let max = figures
            .grid
            .iter()
            .flatten()
            .map(|g| g.customers)
            .max()
            .unwrap_or(0);
        let cell = egui::vec2(size.cell, 58.0);
        egui::Grid::new("rfm_heatmap")
            .spacing(egui::vec2(CELL_GAP, CELL_GAP))
            .show(ui, |ui| {
                ui.label(egui::RichText::new(key).small().weak());
                for f in 1..=5usize {
                    // As wide as a cell: a centred layout would take the column's width of
                    // the frame before and keep a wider grid from narrowing.
                    ui.allocate_ui_with_layout(
                        egui::vec2(size.cell, 0.0),
                        egui::Layout::top_down(egui::Align::Center),
                        |ui| {
                            ui.set_width(size.cell);
                            ui.label(&frequency[f - 1]);
                        },
                    );
                }
                ui.end_row();
                for r in (1..=5u8).rev() {
                    ui.label(&recency_words[usize::from(r - 1)]);
                    for f in 1..=5u8 {
                        let group = &figures.grid[usize::from(r - 1)][usize::from(f - 1)];
                        let segment = Segment::of(r, f);
                        let fill = heat(ui, group.customers, max);
                        let light_text = (group.customers as f32) > max as f32 * 0.3;
                        let color = if light_text || ui.visuals().dark_mode {
                            egui::Color32::WHITE
                        } else {
                            egui::Color32::from_gray(30)
                        };
                        let customers = customers_words(cx.formats, group.customers as i64);
                        let text = egui::RichText::new(tr!(
                            "segments-cell",
                            customers = customers.as_str(),
                            revenue = money_whole(cx, group.revenue_cents),
                            segment = seg_name(segment)
                        ))
                        .size(11.5)
                        .color(color);
                        let button = egui::Button::new(text).fill(fill).min_size(cell);
                        let response = ui.add_sized(cell, button).on_hover_text(tr!(
                            "segments-cell-tip",
                            r = (r as i64),
                            f = (f as i64),
                            segment = seg_name(segment),
                            customers = customers,
                            revenue = cx.money(group.revenue_cents),
                            share = cx.formats.percent(share(
                                group.revenue_cents,
                                figures.total_revenue_cents
                            )),
                            meaning = seg_meaning(segment)
                        ));
                        if response.clicked() {
                            open_list(
                                this,
                                tr!(
                                    "segments-cell-list",
                                    r = (r as i64),
                                    f = (f as i64),
                                    segment = seg_name(segment)
                                ),
                                group,
                                None,
                            );
                        }
                    }
                    ui.end_row();
                }
            });
        if let Some(note) = empty_columns_note(figures, cx.formats) {
            ui.label(egui::RichText::new(note).weak());
        }
    });
}

/// Why some columns of the grid are empty, in one line, or `None` when none is.
pub fn empty_columns_note(figures: &ShopAnalytics, formats: &Formats) -> Option<String> {
    let empty: Vec<usize> = (0..5)
        .filter(|&f| figures.grid.iter().all(|row| row[f].customers == 0))
        .map(|f| f + 1)
        .collect();
    if empty.is_empty() || figures.rows.is_empty() {
        return None;
    }
    let once = figures.rows.iter().filter(|r| r.frequency == 1).count();
    let once_share = formats.percent_whole(once as f64 / figures.rows.len() as f64);
    let columns = match empty.as_slice() {
        [one] => tr!("segments-column-empty", column = (*one as i64)),
        [init @ .., last] => tr!(
            "segments-columns-empty",
            columns = init
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            last = (*last as i64)
        ),
        [] => return None,
    };
    Some(tr!(
        "segments-empty-columns-why",
        columns = columns,
        share = once_share,
        count = (empty.len() as i64)
    ))
}

fn tiers_ui(this: &mut SegmentsScreen, cx: &Cx, ui: &mut egui::Ui, figures: &ShopAnalytics) {
    ui.strong(crate::tr!("segments-value-tiers"));
    let a = &figures.tiers[&Tier::A];
    let a_share = share(a.customers as i64, figures.rows.len() as i64);
    ui.label(tier_sentence(cx.formats, a_share, figures.top20_share));
    egui::Grid::new("tiers").striped(true).show(ui, |ui| {
        for tier in Tier::ALL {
            let group = &figures.tiers[&tier];
            if ui
                .link(tr!("segments-tier", tier = tier.name()))
                .on_hover_text(tr!(
                    "segments-tier-tip",
                    meaning = crate::text::local(&crate::text::TierMeaning(tier))
                ))
                .clicked()
            {
                let campaign = Some((TargetKind::Tier, tier.name()));
                open_list(this, tr!("segments-tier", tier = tier.name()), group, campaign);
            }
            ui.label(customers_words(cx.formats, group.customers as i64));
            ui.label(revenue_share(cx.formats, group.revenue_cents, figures.total_revenue_cents));
            ui.end_row();
        }
    });
}

/// `12,5 % of revenue`.
fn revenue_share(formats: &Formats, cents: i64, total: i64) -> String {
    tr!("segments-revenue-share", share = formats.percent(share(cents, total)))
}

/// The one sentence that reconciles tier A (the best customers up to 80% of revenue) with
/// the Pareto figure (what the top 20% of customers bring).
/// Both shares are 0..1.
pub fn tier_sentence(formats: &Formats, a_customer_share: f64, top20_revenue_share: f64) -> String {
    tr!(
        "segments-tier-sentence",
        band = formats.percent_whole(f64::from(Tier::A.revenue_band().1) / 100.0),
        a_share = formats.percent_whole(a_customer_share),
        top = formats.percent_whole(0.2),
        top_share = formats.percent_whole(top20_revenue_share)
    )
}

fn lifecycle_ui(this: &mut SegmentsScreen, cx: &Cx, ui: &mut egui::Ui, figures: &ShopAnalytics) {
    ui.strong(crate::tr!("segments-lifecycle"));
    let g = figures.gap_days;
    ui.label(
        egui::RichText::new(tr!(
            "segments-lifecycle-explained",
            gap = format!("{g:.0}"),
            active = format!("{:.0}", 2.0 * g),
            risk = format!("{:.0}", 4.0 * g)
        ))
        .small()
        .weak(),
    );
    egui::Grid::new("lifecycle").striped(true).show(ui, |ui| {
        for stage in Stage::ALL {
            let group = &figures.stages[&stage];
            let name = match stage {
                Stage::New => tr!("segments-stage-new"),
                Stage::Active => tr!("segments-stage-active"),
                Stage::AtRisk => tr!("segments-stage-at-risk"),
                Stage::Lapsed => tr!("segments-stage-lapsed"),
            };
            if ui
                .link(&name)
                .on_hover_text(crate::tr!("segments-show-these-customers"))
                .clicked()
            {
                let title = tr!("segments-lifecycle-list", stage = name.as_str());
                open_list(this, title, group, Some((TargetKind::Stage, stage.name())));
            }
            ui.label(customers_words(cx.formats, group.customers as i64));
            ui.label(revenue_share(cx.formats, group.revenue_cents, figures.total_revenue_cents));
            ui.end_row();
        }
    });
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn cards_ui(this: &mut SegmentsScreen, cx: &Cx, ui: &mut egui::Ui, figures: &ShopAnalytics) {
    let width = 250.0;
    let gap = ui.spacing().item_spacing.x;
    // As many cards per row as fit (each card is its width plus its frame's margins).
    let per_row = (((ui.available_width() + gap) / (width + 24.0 + gap)).floor() as usize).max(1);
    for row in Segment::ALL.chunks(per_row) {
        ui.horizontal(|ui| {
            for segment in row {
                let group = &figures.segments[segment];
                if segment_card(ui, cx.formats, *segment, group, figures.total_revenue_cents, width) {
                    let title = tr!("segments-segment-list", segment = seg_name(*segment));
                    open_list(this, title, group, Some((TargetKind::Segment, segment.name())));
                }
            }
        });
    }
}

/// One segment's card; true when its customers were asked for.
fn segment_card(
    ui: &mut egui::Ui,
    formats: &Formats,
    segment: Segment,
    group: &Group,
    total: i64,
    width: f32,
) -> bool {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(10))
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(width);
            ui.set_min_height(118.0);
            ui.vertical(|ui| {
                ui.label(egui::RichText::new(seg_name(segment)).strong().size(15.0));
                ui.label(tr!(
                    "segments-card-figures",
                    customers = customers_words(formats, group.customers as i64),
                    share = revenue_share(formats, group.revenue_cents, total)
                ));
                ui.label(egui::RichText::new(seg_meaning(segment)).small());
                ui.label(
                    egui::RichText::new(seg_action(segment))
                        .small()
                        .color(theme::ACCENT),
                );
                ui.add_enabled(group.customers > 0, egui::Button::new(crate::tr!("segments-customers")).small())
                    .clicked()
            })
            .inner
        })
        .inner
}

fn movement_ui(this: &mut SegmentsScreen, cx: &mut Cx, ui: &mut egui::Ui, figures: &ShopAnalytics) {
    let m = &figures.movement;
    ui.heading(crate::tr!("segments-movement-between-segments"));
    ui.horizontal(|ui| {
        ui.label(crate::tr!("segments-compared-with"));
        let as_of = figures.as_of;
        let text = &mut cx.insights.before_text;
        let hint = tr!("segments-before-hint");
        let compare = tr!("segments-compare");
        if let Some(date) = date_field(ui, text, m.before, &compare, &hint, |d| d < as_of) {
            cx.insights.before = Some(date);
        }
        if cx.insights.before.is_some() && ui.button(crate::tr!("segments-30-days-earlier")).clicked() {
            cx.insights.before = None;
            cx.insights.before_text.clear();
        }
    });
    ui.label(tr!(
        "segments-movement-explained",
        before = cx.formats.date_words(m.before),
        after = cx.formats.date_words(m.after)
    ));
    // The biggest moves, in words.
    let mut moves: Vec<(usize, Option<Segment>, Segment)> = m
        .cells
        .iter()
        .filter(|((from, to), _)| *from != Some(*to))
        .map(|((from, to), ids)| (ids.len(), *from, *to))
        .collect();
    moves.sort_by_key(|m| std::cmp::Reverse(m.0));
    for (n, from, to) in moves.iter().take(3) {
        let from = from.map_or_else(|| tr!("segments-no-order-yet-lower"), seg_name);
        ui.label(tr!(
            "segments-moved",
            count = (*n as i64),
            shown = cx.formats.int(*n as i64),
            from = from,
            to = seg_name(*to)
        ));
    }
    ui.add_space(4.0);
    let froms: Vec<Option<Segment>> = std::iter::once(None)
        .chain(Segment::ALL.iter().map(|s| Some(*s)))
        .collect();
    egui::ScrollArea::horizontal()
        .id_salt("movement_scroll")
        .show(ui, |ui| {
            egui::Grid::new("movement").striped(true).show(ui, |ui| {
                ui.label(egui::RichText::new(crate::tr!("segments-then-now")).small().weak());
                for to in Segment::ALL {
                    ui.label(egui::RichText::new(seg_name(to)).small().strong());
                }
                ui.end_row();
                for from in &froms {
                    ui.label(
                        egui::RichText::new(then_name(*from))
                            .small()
                            .strong(),
                    );
                    for to in Segment::ALL {
                        let ids = m.cells.get(&(*from, to));
                        let n = ids.map_or(0, Vec::len);
                        if n == 0 {
                            ui.label(egui::RichText::new("·").weak());
                            continue;
                        }
                        let text = if *from == Some(to) {
                            egui::RichText::new(cx.formats.int(n as i64)).weak()
                        } else {
                            egui::RichText::new(cx.formats.int(n as i64)).strong()
                        };
                        let label =
                            tr!("segments-move", from = then_name(*from), to = seg_name(to));
                        if ui
                            .link(text)
                            .on_hover_text(tr!("segments-move-tip", change = label.as_str()))
                            .clicked()
                            && let Some(ids) = ids
                        {
                            this.list = Some(CustomerList {
                                title: label,
                                ids: Arc::new(ids.clone()),
                                campaign: None,
                            });
                        }
                    }
                    ui.end_row();
                }
            });
        });
}

/// The members of `rule` among the figures' customers, with the customers' predicted
/// figures (sorted by id; empty without predictions).
pub fn members(figures: &ShopAnalytics, rule: &Rule, predicted: &[CustomerPrediction]) -> Vec<i64> {
    rule.members_with(&figures.facts, predicted)
}

/// Whether a saved rule or the builder's looks at a predicted figure.
fn rules_need_predictions(this: &SegmentsScreen) -> bool {
    let saved = this
        .saved
        .iter()
        .flatten()
        .any(|s| Rule::parse(&s.rule).is_ok_and(|r| r.uses_predictions()));
    saved
        || this
            .draft
            .as_ref()
            .and_then(|d| d.to_rule().ok())
            .is_some_and(|r| r.uses_predictions())
}

/// The predictions of the shop's current data, when a rule needs them: those the window
/// already has (from the Predictions tab or this tab), else a job is started for them and
/// its progress shown meanwhile.
fn predictions_for_rules(
    this: &mut SegmentsScreen,
    cx: &mut Cx,
    ui: &mut egui::Ui,
) -> Option<Arc<Predictions>> {
    if !rules_need_predictions(this) {
        return None;
    }
    let generation = cx.data_generation;
    if let Some(made) = crate::ui::widgets::customer_prediction::published(ui.ctx(), generation) {
        return Some(made);
    }
    if this.predict_asked == Some(generation)
        && let Some(Ok(made)) = &this.predicted
    {
        return Some(made.clone());
    }
    if this.predict_job.is_none() && this.predict_asked != Some(generation) {
        let (job, cancel) = cx.restart_job(
            &mut this.predict_job,
            &tr!("predictions-job"),
            &tr!("predictions-job-starting"),
        );
        this.predict_asked = Some(generation);
        this.predicted = None;
        cx.send(Request::Predict {
            job,
            options: PredictOptions::for_shop(cx.settings),
            cancel,
        });
    }
    if let Some(job) = this.predict_job {
        ui.label(tr!("rules-predict-working-out"));
        ui.horizontal(|ui| crate::ui::widgets::job_progress_ui(ui, cx, job));
    } else if let Some(Err(e)) = &this.predicted {
        ui.label(egui::RichText::new(e).color(theme::bad(ui.visuals().dark_mode)));
    }
    None
}

/// The customers' predicted figures, sorted by id (none without predictions), and the
/// address counts made with them are kept under.
fn predicted_of(made: Option<&Arc<Predictions>>) -> (&[CustomerPrediction], usize) {
    match made {
        Some(m) => match &m.outcome {
            PredictOutcome::Ready(p) => (&p.customers, Arc::as_ptr(m) as usize),
            PredictOutcome::TooLittleData(_) => (&[], Arc::as_ptr(m) as usize),
        },
        None => (&[], 0),
    }
}

fn saved_ui(this: &mut SegmentsScreen, cx: &mut Cx, ui: &mut egui::Ui, figures: &Arc<ShopAnalytics>) {
    ui.heading(crate::tr!("segments-saved-segments"));
    let made = predictions_for_rules(this, cx, ui);
    let (predicted, predicted_key) = predicted_of(made.as_ref());
    let key = (Arc::as_ptr(figures) as usize, predicted_key);
    let tab = &mut *this;
    // Count every saved segment once per set of figures.
    if let Some(saved) = &tab.saved {
        let fresh = tab.saved_members.as_ref().is_some_and(|(k, list)| {
            *k == key
                && list.len() == saved.len()
                && list.iter().zip(saved).all(|((r, _), s)| *r == s.rule)
        });
        if !fresh {
            let list = saved
                .iter()
                .map(|s| {
                    let members = Rule::parse(&s.rule)
                        .map(|r| Arc::new(members(figures, &r, predicted)))
                        .map_err(|e| crate::text::local(&e));
                    (s.rule.clone(), members)
                })
                .collect();
            tab.saved_members = Some((key, list));
        }
    }
    // A rule on the predictions waits for them rather than counting no one meanwhile.
    let pending = made.is_none() && tab.predict_job.is_some();
    let waiting = |rule: &str| pending && Rule::parse(rule).is_ok_and(|r| r.uses_predictions());
    let mut open: Option<CustomerList> = None;
    let mut edit: Option<RuleDraft> = None;
    let mut delete: Option<String> = None;
    match (&tab.saved, &tab.saved_members) {
        (Some(saved), Some((_, counted))) if !saved.is_empty() => {
            egui::Grid::new("saved_segments")
                .striped(true)
                .show(ui, |ui| {
                    for (s, (_, members)) in saved.iter().zip(counted) {
                        ui.strong(&s.name);
                        match members {
                            Ok(_) if waiting(&s.rule) => {
                                ui.spinner();
                            }
                            Ok(ids) => {
                                if ui
                                    .link(customers_words(cx.formats, ids.len() as i64))
                                    .clicked()
                                {
                                    open = Some(CustomerList {
                                        title: tr!("segments-saved-list", name = s.name.as_str()),
                                        ids: ids.clone(),
                                        campaign: Some(crate::model::campaign::Target {
                                            kind: TargetKind::Saved,
                                            name: s.name.clone(),
                                        }),
                                    });
                                }
                            }
                            Err(e) => {
                                ui.label(
                                    egui::RichText::new(e)
                                        .color(theme::bad(ui.visuals().dark_mode)),
                                );
                            }
                        }
                        if ui.button(crate::tr!("segments-edit")).clicked()
                            && let Ok(rule) = Rule::parse(&s.rule)
                        {
                            edit = Some(RuleDraft::from_rule(&s.name, &rule));
                        }
                        if ui.button(crate::tr!("segments-delete")).clicked() {
                            delete = Some(s.name.clone());
                        }
                        ui.end_row();
                    }
                });
        }
        (Some(_), _) => {
            ui.label(crate::tr!("segments-no-saved-segments-yet-build"));
        }
        _ => {
            ui.spinner();
        }
    }
    if let Some(list) = open {
        tab.list = Some(list);
    }
    if let Some(draft) = edit {
        tab.draft = Some(draft);
    }
    if let Some(name) = delete {
        cx.command(Command::DeleteSegment(name));
    }
    ui.add_space(6.0);
    if this.draft.is_none() {
        if ui.button(crate::tr!("segments-new-segment")).clicked() {
            this.draft = Some(RuleDraft::new());
        }
        return;
    }
    builder_ui(this, cx, ui, figures, made.as_ref());
}

fn builder_ui(
    this: &mut SegmentsScreen,
    cx: &mut Cx,
    ui: &mut egui::Ui,
    figures: &Arc<ShopAnalytics>,
    made: Option<&Arc<Predictions>>,
) {
    let (predicted, predicted_key) = predicted_of(made);
    let key = (Arc::as_ptr(figures) as usize, predicted_key);
    let tab = &mut *this;
    let Some(draft) = tab.draft.as_mut() else {
        return;
    };
    let mut save = false;
    let mut close = false;
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(crate::tr!("segments-name"));
                ui.add(
                    egui::TextEdit::singleline(&mut draft.name)
                        .hint_text(crate::tr!("segments-e-g-lyon-regulars"))
                        .desired_width(220.0),
                );
            });
            ui.horizontal(|ui| {
                ui.label(crate::tr!("segments-customers-who-match"));
                egui::ComboBox::from_id_salt("groups_any")
                    .selected_text(if draft.any {
                        tr!("segments-any-group")
                    } else {
                        tr!("segments-every-group")
                    })
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut draft.any, false, tr!("segments-every-group"));
                        ui.selectable_value(&mut draft.any, true, tr!("segments-any-group"));
                    });
            });
            let mut remove_group = None;
            for (gi, group) in draft.groups.iter_mut().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(tr!("segments-group-number", number = (gi as i64 + 1)));
                        egui::ComboBox::from_id_salt(("group_any", gi))
                            .selected_text(if group.any {
                                tr!("segments-any-of-these")
                            } else {
                                tr!("segments-all-of-these")
                            })
                            .show_ui(ui, |ui| {
                                ui.selectable_value(&mut group.any, false, tr!("segments-all-of-these"));
                                ui.selectable_value(&mut group.any, true, tr!("segments-any-of-these"));
                            });
                        if ui.small_button(crate::tr!("segments-remove-group")).clicked() {
                            remove_group = Some(gi);
                        }
                    });
                    let mut remove = None;
                    for (ci, c) in group.conditions.iter_mut().enumerate() {
                        ui.horizontal(|ui| {
                            condition_ui(ui, (gi, ci), c);
                            if ui
                                .small_button("✕")
                                .on_hover_text(crate::tr!("segments-remove-this-condition"))
                                .clicked()
                            {
                                remove = Some(ci);
                            }
                        });
                    }
                    if let Some(ci) = remove {
                        group.conditions.remove(ci);
                    }
                    if ui.small_button(crate::tr!("segments-condition")).clicked() {
                        group.conditions.push(DraftCondition::default());
                    }
                });
            }
            if let Some(gi) = remove_group {
                draft.groups.remove(gi);
            }
            if ui.small_button(crate::tr!("segments-group")).clicked() {
                draft.groups.push(DraftGroup {
                    any: false,
                    conditions: vec![DraftCondition::default()],
                });
            }
            // The live count: evaluated again only when the rule changed.
            let rule = draft.to_rule();
            let json = rule
                .as_ref()
                .map(Rule::to_json)
                .unwrap_or_else(|e| e.clone());
            let fresh = tab
                .draft_count
                .as_ref()
                .is_some_and(|(j, k, _)| *j == json && *k == key);
            if !fresh {
                let counted = rule
                    .as_ref()
                    .map(|r| Arc::new(members(figures, r, predicted)))
                    .map_err(Clone::clone);
                tab.draft_count = Some((json, key, counted));
            }
            ui.add_space(4.0);
            let dark = ui.visuals().dark_mode;
            let pending = made.is_none()
                && tab.predict_job.is_some()
                && rule.as_ref().is_ok_and(Rule::uses_predictions);
            let valid = match tab.draft_count.as_ref().map(|(_, _, c)| c) {
                Some(Ok(_)) if pending => {
                    ui.spinner();
                    true
                }
                Some(Ok(ids)) => {
                    ui.label(
                        egui::RichText::new(tr!(
                            "segments-match-as-of",
                            count = (ids.len() as i64),
                            shown = cx.formats.int(ids.len() as i64),
                            date = cx.formats.date_words(figures.as_of)
                        ))
                        .strong(),
                    );
                    true
                }
                Some(Err(e)) => {
                    ui.label(egui::RichText::new(capitalised(e)).color(theme::bad(dark)));
                    false
                }
                None => false,
            };
            ui.horizontal(|ui| {
                let named = !draft.name.trim().is_empty();
                if ui
                    .add_enabled(valid && named, egui::Button::new(crate::tr!("segments-save-segment")))
                    .on_disabled_hover_text(crate::tr!("segments-give-the-segment-a-name"))
                    .clicked()
                {
                    save = true;
                }
                if ui.button(crate::tr!("segments-close")).clicked() {
                    close = true;
                }
            });
        });
    if save
        && let Some(draft) = &tab.draft
        && let Ok(rule) = draft.to_rule()
    {
        let name = draft.name.trim().to_string();
        cx.command(Command::SaveSegment {
            name,
            rule: rule.to_json(),
        });
        this.draft = None;
    } else if close {
        this.draft = None;
    }
}

/// A rule's field as the editor names it (`RuleField::label` is its key in rules).
fn field_label(field: RuleField) -> String {
    match field {
        RuleField::City => tr!("segments-field-city"),
        RuleField::Country => tr!("segments-field-country"),
        RuleField::FirstChannel => tr!("segments-field-first-channel"),
        RuleField::Consent => tr!("segments-field-consent"),
        RuleField::RecencyDays => tr!("segments-field-recency-days"),
        RuleField::Frequency => tr!("segments-field-frequency"),
        RuleField::Monetary => tr!("segments-field-monetary"),
        RuleField::AverageOrder => tr!("segments-field-average-order"),
        RuleField::Product => tr!("segments-field-product"),
        RuleField::Category => tr!("segments-field-category"),
        RuleField::Segment => tr!("segments-field-segment"),
        RuleField::Tier => tr!("segments-field-tier"),
        RuleField::Lifecycle => tr!("segments-field-lifecycle"),
        RuleField::PAlive => tr!("rules-predict-field-p-alive"),
        RuleField::PBuy => tr!("rules-predict-field-p-buy"),
        RuleField::Clv => tr!("rules-predict-field-clv"),
        RuleField::ExpectedPurchases => tr!("rules-predict-field-expected-purchases"),
    }
}

/// A condition's operator as the editor shows it: words from messages, signs as they are.
fn op_label(op: Op) -> String {
    match op {
        Op::Is => tr!("segments-op-is"),
        Op::IsNot => tr!("segments-op-is-not"),
        Op::In => tr!("segments-op-in"),
        Op::Contains => tr!("segments-op-contains"),
        Op::Between => tr!("segments-op-between"),
        Op::Bought => tr!("segments-op-bought"),
        Op::NotBought => tr!("segments-op-never-bought"),
        Op::Lt | Op::Le | Op::Eq | Op::Ge | Op::Gt => op.label().to_string(),
    }
}

fn condition_ui(ui: &mut egui::Ui, id: (usize, usize), c: &mut DraftCondition) {
    egui::ComboBox::from_id_salt(("field", id))
        .selected_text(field_label(c.field))
        .width(170.0)
        .show_ui(ui, |ui| {
            for f in RuleField::ALL {
                ui.selectable_value(&mut c.field, f, field_label(f));
            }
        });
    if !c.field.ops().contains(&c.op) {
        c.op = c.field.ops().first().copied().unwrap_or(Op::Is);
    }
    egui::ComboBox::from_id_salt(("op", id))
        .selected_text(op_label(c.op))
        .width(90.0)
        .show_ui(ui, |ui| {
            for op in c.field.ops() {
                ui.selectable_value(&mut c.op, *op, op_label(*op));
            }
        });
    let hint = match (c.field, c.op) {
        (_, Op::Between) => "10 - 50",
        (_, Op::In) => "Lyon, Paris",
        (RuleField::Segment, _) => "At risk",
        (RuleField::Tier, _) => "A",
        (RuleField::Lifecycle, _) => "active",
        (RuleField::Consent, _) => "yes",
        (RuleField::PAlive | RuleField::PBuy, _) => "0.3",
        (f, _) if f.is_number() => "90",
        _ => "value",
    };
    ui.add(
        egui::TextEdit::singleline(&mut c.value)
            .hint_text(hint)
            .desired_width(150.0),
    );
}

fn list_panel(this: &mut SegmentsScreen, cx: &mut Cx, ui: &mut egui::Ui, figures: &Arc<ShopAnalytics>) {
    let Some(list) = this.list.clone() else {
        return;
    };
    let consented_only = this.consented_only;
    // Positions of the list's customers in the figures (customers are in id order), kept
    // until the list, the figures or the consent filter change.
    let key = (
        Arc::as_ptr(figures) as usize,
        Arc::as_ptr(&list.ids) as usize,
        consented_only,
    );
    let rows = match &this.list_rows {
        Some((k, rows)) if *k == key => rows.clone(),
        _ => {
            let rows: Arc<Vec<usize>> = Arc::new(
                list.ids
                    .iter()
                    .filter_map(|id| {
                        figures
                            .facts
                            .binary_search_by_key(id, |c| c.customer_id)
                            .ok()
                    })
                    .filter(|&i| {
                        !consented_only || figures.facts.get(i).is_some_and(|c| c.consent == "yes")
                    })
                    .collect(),
            );
            this.list_rows = Some((key, rows.clone()));
            rows
        }
    };
    let revenue: i64 = rows
        .iter()
        .filter_map(|&i| figures.facts.get(i))
        .map(|c| c.monetary_cents)
        .sum();
    // The title wraps beside the close button: a long one would widen the panel's content
    // past its edge and push the table's last column out of sight.
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
        if ui.button("✕").on_hover_text(crate::tr!("segments-close-the-list")).clicked() {
            this.list = None;
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
            ui.add(egui::Label::new(egui::RichText::new(&list.title).heading()).wrap());
        });
    });
    let formats = cx.formats.clone();
    ui.label(tr!(
        "segments-list-total",
        customers = customers_words(cx.formats, rows.len() as i64),
        revenue = formats.money(revenue)
    ));
    ui.checkbox(&mut this.consented_only, tr!("segments-consented-only"));
    let ids = || -> Vec<i64> {
        rows.iter()
            .filter_map(|&i| figures.facts.get(i))
            .map(|c| c.customer_id)
            .collect()
    };
    ui.horizontal(|ui| {
        if ui
            .button(crate::tr!("segments-show-in-customers"))
            .on_hover_text(crate::tr!("segments-open-the-customers-tab-showing"))
            .clicked()
        {
            cx.command(Command::ShowCustomers {
                title: list.title.clone(),
                ids: Arc::new(ids()),
            });
        }
        if ui
            .button(crate::tr!("segments-save-as-spreadsheet"))
            .on_hover_text(crate::tr!("segments-an-excel-workbook-xlsx-or"))
            .clicked()
        {
            // A marketing list goes out channel by channel: the service picks, from the
            // whole list, who agreed to what (not only to e-mails, as the rows above).
            cx.command(Command::ExportCustomers {
                file_name: format!("{}.xlsx", file_stem(&list.title)),
                ids: if this.consented_only {
                    list.ids.to_vec()
                } else {
                    ids()
                },
                consented_only: this.consented_only,
            });
        }
        if let Some(target) = &list.campaign {
            crate::ui::widgets::start_campaign_button(cx, ui, !rows.is_empty(), target);
        }
    });
    ui.separator();
    let dark = ui.visuals().dark_mode;
    egui_extras::TableBuilder::new(ui)
        .striped(true)
        // Fixed widths for the figures ("10 148,31 €", "1 021 days ago") and the rest for
        // the name: measured columns came out wider than a narrow panel and pushed the last
        // one past its edge.
        .column(egui_extras::Column::remainder().at_least(100.0).clip(true))
        .column(egui_extras::Column::exact(48.0))
        .column(egui_extras::Column::exact(84.0))
        .column(egui_extras::Column::exact(100.0))
        .header(20.0, |mut h| {
            h.col(|ui| {
                ui.strong(crate::tr!("segments-customer"));
            });
            h.col(|ui| {
                ui.strong(crate::tr!("segments-orders"));
            });
            h.col(|ui| {
                ui.strong(crate::tr!("segments-spent"));
            });
            h.col(|ui| {
                ui.strong(crate::tr!("segments-last-order"));
            });
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT, rows.len(), |mut row| {
                let Some(&i) = rows.get(row.index()) else {
                    return;
                };
                let (Some(c), p) = (figures.facts.get(i), figures.profiles.get(i)) else {
                    return;
                };
                row.col(|ui| {
                    let name = p
                        .map(|p| crate::report::data::display_name(crate::text::ui_lang(), p))
                        .unwrap_or_else(|| tr!("segments-unnamed", id = c.customer_id.to_string()));
                    ui.label(name);
                });
                row.col(|ui| {
                    ui.label(c.frequency.to_string());
                });
                row.col(|ui| {
                    ui.label(formats.money(c.monetary_cents));
                });
                row.col(|ui| {
                    match c.recency_days {
                        Some(d) => ui.label(tr!("segments-days-ago", days = d)),
                        None => ui.label(egui::RichText::new(crate::tr!("segments-never")).color(theme::bad(dark))),
                    };
                });
            });
        });
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_narrows_to_fit_beside_a_list() {
        // Wide enough: the full grid.
        assert_eq!(GridSize::for_width(900.0), GridSize::FULL);
        // About what a 1024-point window leaves beside a list panel: narrower cells and
        // labels on two lines, the whole grid within the width.
        let size = GridSize::for_width(615.0);
        assert!(size.narrow_labels);
        assert!(
            size.cell < CELL_WIDTH && size.cell >= CELL_MIN_WIDTH,
            "{size:?}"
        );
        assert!(size.width() <= 615.0, "{}", size.width());
        // Too narrow even for that: the least cells, and the grid scrolls.
        let size = GridSize::for_width(400.0);
        assert_eq!(size.cell, CELL_MIN_WIDTH);
        assert!(size.width() > 400.0);
    }

    #[test]
    fn the_builder_writes_rules_the_parser_accepts() {
        let draft = RuleDraft {
            name: "x".into(),
            any: true,
            groups: vec![
                DraftGroup {
                    any: false,
                    conditions: vec![
                        DraftCondition {
                            field: RuleField::Monetary,
                            op: Op::Between,
                            value: "10 - 50,5".into(),
                        },
                        DraftCondition {
                            field: RuleField::City,
                            op: Op::In,
                            value: "Lyon, Saint-Étienne".into(),
                        },
                    ],
                },
                DraftGroup {
                    any: false,
                    conditions: vec![DraftCondition {
                        field: RuleField::Segment,
                        op: Op::Is,
                        value: "At risk".into(),
                    }],
                },
            ],
        };
        let rule = draft.to_rule();
        let Ok(rule) = rule else {
            panic!("not accepted: {rule:?}");
        };
        let json: serde_json::Value = serde_json::from_str(&rule.to_json()).unwrap_or_default();
        assert_eq!(
            json["any"][0]["all"][0]["value"],
            serde_json::json!([10.0, 50.5])
        );
        assert_eq!(
            json["any"][0]["all"][1]["value"],
            serde_json::json!(["Lyon", "Saint-Étienne"])
        );
        // Read back into the builder, the rule is the same.
        let again = RuleDraft::from_rule("x", &rule).to_rule();
        assert_eq!(again.ok(), Some(rule));
    }

    #[test]
    fn a_bad_value_is_explained() {
        let mut draft = RuleDraft::new();
        draft.groups[0].conditions[0].value = "soon".into();
        let err = draft.to_rule().err().unwrap_or_default();
        assert!(err.contains("needs a number"), "{err}");
        draft.groups.clear();
        assert_eq!(draft.to_rule().err().as_deref(), Some("add a condition"));
    }

}
