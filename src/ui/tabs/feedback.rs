//! The Feedback screen (issue 29): what customers said. NPS with its 95% interval, CSAT
//! and average stars; NPS and CSAT month by month; the figures by segment, tier, stage,
//! channel or product with the number of answers behind each; who bought again after
//! their feedback; the unhappy and valuable customers; the open complaints with their age
//! (resolved here with a note); and the words unhappy customers use more than happy ones,
//! each opening the feedback that holds it.
//!
//! The figures come from a background job (progress and Cancel), once per change of the
//! shop's data or of the breakdown; the screen keeps the last answer and what it was asked.

use std::sync::Arc;

use egui_extras::{Column, TableBuilder};
use egui_plot::{Legend, Line, Plot, PlotPoints, Points};

use crate::analytics::feedback::{Group, Term};
use crate::format::Formats;
use crate::jobs::{Event, FeedbackRequest, Request};
use crate::model::feedback::FeedbackFact;
use crate::service::feedback::{FeedbackView, GroupBy, OpenComplaint, UnhappyRow};
use crate::text::{LeavingSaid, local};
use crate::tr;
use crate::ui::app::Command;
use crate::ui::screen::{Cx, Screen};
use crate::ui::theme;
use crate::ui::widgets::feedback::{channel_label, score_text, status_text};
use crate::ui::widgets::job_progress_ui;

/// Rows a list shows on screen (the buttons take them all).
const LIST_ROWS: usize = 200;

/// Height of the chart over time.
const PLOT_HEIGHT: f32 = 150.0;

/// Height of a list's table.
const TABLE_HEIGHT: f32 = 220.0;

/// The breakdowns offered, in the order of the list.
const BREAKDOWNS: [GroupBy; 6] = [
    GroupBy::Channel,
    GroupBy::Product,
    GroupBy::Segment,
    GroupBy::Tier,
    GroupBy::Stage,
    GroupBy::Month,
];

/// A group's name in the window's language: segments and lifecycle stages are named by
/// the figures in English (the command line's JSON), said here in words.
fn group_label(by: GroupBy, name: &str) -> String {
    use crate::analytics::rfm::{Segment, Stage};
    let lang = crate::text::ui_lang();
    match by {
        GroupBy::Segment => Segment::ALL
            .iter()
            .find(|s| s.name() == name)
            .map_or_else(|| name.to_string(), |s| crate::report::text::segment_name(lang, *s).to_string()),
        GroupBy::Stage => Stage::ALL
            .iter()
            .find(|s| s.name() == name)
            .map_or_else(|| name.to_string(), |s| crate::report::text::stage_name(lang, *s)),
        _ => name.to_string(),
    }
}

/// A breakdown's name in the list.
fn breakdown_label(by: GroupBy) -> String {
    match by {
        GroupBy::Channel => tr!("feedback-by-channel"),
        GroupBy::Product => tr!("feedback-by-product"),
        GroupBy::Segment => tr!("feedback-by-segment"),
        GroupBy::Tier => tr!("feedback-by-tier"),
        GroupBy::Stage => tr!("feedback-by-stage"),
        GroupBy::Month => tr!("feedback-by-month"),
    }
}

/// Which list the lower part shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Part {
    /// The unhappy and valuable customers.
    #[default]
    Unhappy,
    /// Open complaints with their age.
    Open,
    /// What unhappy customers talk about.
    Terms,
    /// The figures by the chosen breakdown.
    Groups,
}

/// The Feedback screen: the last figures, the job working them out and what it was asked.
pub struct FeedbackScreen {
    /// The running job.
    job: Option<u64>,
    /// The data generation and breakdown the last job was asked for.
    asked: Option<(u64, GroupBy)>,
    /// Feedback was added or resolved since: ask again.
    stale: bool,
    /// The breakdown shown.
    pub by: GroupBy,
    /// The last figures.
    pub made: Option<Arc<FeedbackView>>,
    /// Why the last job gave none.
    pub error: Option<String>,
    /// Which list is shown.
    pub part: Part,
    /// The term whose feedback is listed (its place in the table).
    pub term: Option<usize>,
    /// The complaint being resolved (feedback id, customer) and the note typed.
    pub resolving: Option<(i64, i64, String)>,
}

impl Default for FeedbackScreen {
    fn default() -> Self {
        Self {
            job: None,
            asked: None,
            stale: false,
            by: GroupBy::Channel,
            made: None,
            error: None,
            part: Part::Unhappy,
            term: None,
            resolving: None,
        }
    }
}

impl Screen for FeedbackScreen {
    fn title(&self) -> String {
        crate::tr!("feedback-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("feedback_screen")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                    draw(self, cx, ui);
                });
        });
    }

    fn on_event(&mut self, _cx: &mut Cx, event: &Event) {
        match event {
            Event::Feedback { job, result } if self.job == Some(*job) => {
                self.job = None;
                match result {
                    Ok(made) => {
                        self.error = None;
                        self.term = None;
                        self.made = Some(made.clone());
                    }
                    Err(e) => self.error = Some(local(e.as_ref())),
                }
            }
            Event::CustomerFeedback { changed: true, .. } => self.stale = true,
            _ => {}
        }
    }
}

impl FeedbackScreen {
    /// Starts the job that works the figures out, stopping one still running.
    fn start(&mut self, cx: &mut Cx) {
        let (job, cancel) =
            cx.restart_job(&mut self.job, &tr!("feedback-job"), &tr!("feedback-job-starting"));
        self.asked = Some((cx.data_generation, self.by));
        self.stale = false;
        cx.send(Request::Feedback(FeedbackRequest::View {
            job,
            by: self.by,
            cancel,
        }));
    }
}

fn draw(this: &mut FeedbackScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    ui.heading(tr!("feedback-what-customers-say"));
    if cx.stats.is_none() {
        return;
    }
    if this.job.is_none() && (this.stale || this.asked != Some((cx.data_generation, this.by))) {
        this.start(cx);
    }
    if let Some(job) = this.job {
        ui.horizontal(|ui| {
            ui.spinner();
            job_progress_ui(ui, cx, job);
        });
    }
    if crate::ui::widgets::failed_ui(ui, this.error.as_deref()) {
        this.start(cx);
    }
    let Some(made) = this.made.clone() else {
        return;
    };
    if made.months.pieces == 0 {
        ui.add_space(8.0);
        ui.label(tr!("feedback-empty"));
        return;
    }
    ui.label(tr!(
        "feedback-pieces-up-to",
        count = made.months.pieces,
        shown = cx.formats.int(made.months.pieces as i64),
        date = cx.formats.date(made.as_of)
    ));
    ui.add_space(4.0);
    cards_ui(cx, ui, &made);
    ui.add_space(theme::GAP);
    ui.strong(tr!("feedback-month-by-month"));
    trend_ui(cx.formats, ui, &made.months.groups);
    ui.add_space(4.0);
    ui.strong(tr!("feedback-did-they-buy-again"));
    let share = |x: Option<f64>| x.map(|x| cx.formats.percent(x / 100.0)).unwrap_or_default();
    for l in &made.months.leaving {
        let said = LeavingSaid {
            leaving: l,
            share: tr!(
                "feedback-share-likely",
                share = share(l.share),
                low = share(l.lo95),
                high = share(l.hi95)
            ),
        };
        ui.label(tr!("feedback-bought-again-line", said = local(&said)));
    }
    ui.add_space(theme::GAP);
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        let parts = [
            (
                Part::Unhappy,
                tr!("feedback-part-unhappy", shown = cx.formats.int(made.unhappy.len() as i64)),
            ),
            (
                Part::Open,
                tr!("feedback-part-open", shown = cx.formats.int(made.open.len() as i64)),
            ),
            (Part::Terms, tr!("feedback-part-terms")),
            (Part::Groups, tr!("feedback-part-groups")),
        ];
        for (part, label) in parts {
            ui.selectable_value(&mut this.part, part, label);
        }
    });
    ui.add_space(4.0);
    match this.part {
        Part::Unhappy => unhappy_ui(cx, ui, &made),
        Part::Open => open_ui(this, cx, ui, &made.open),
        Part::Terms => terms_ui(this, cx, ui, &made),
        Part::Groups => groups_ui(this, cx, ui, &made.groups),
    }
}

/// One figure in a frame: a label, a big value and a line under it.
fn card_ui(ui: &mut egui::Ui, label: &str, value: &str, under: &str) -> egui::Response {
    crate::ui::widgets::card(ui, label, value, |ui| {
        ui.label(egui::RichText::new(under).small());
    })
}

/// A figure with "none" when there were no answers.
fn or_none(value: Option<String>) -> String {
    value.unwrap_or_else(|| "–".to_string())
}

/// NPS, CSAT, stars and the unhappy customers, as cards.
fn cards_ui(cx: &Cx, ui: &mut egui::Ui, made: &FeedbackView) {
    let f = &made.months.overall;
    let formats = cx.formats;
    let answers = |n: usize| tr!("feedback-answers", count = n, shown = formats.int(n as i64));
    ui.horizontal_wrapped(|ui| {
        let nps = &f.nps;
        let interval = match (nps.lo95, nps.hi95) {
            (Some(lo), Some(hi)) => tr!(
                "feedback-nps-range-answers",
                low = formats.one_decimal(lo),
                high = formats.one_decimal(hi),
                count = nps.answers(),
                shown = formats.int(nps.answers() as i64)
            ),
            _ => answers(0),
        };
        card_ui(
            ui,
            &tr!("feedback-nps"),
            &or_none(nps.value.map(|v| formats.one_decimal(v))),
            &interval,
        )
        .on_hover_text(tr!("feedback-nps-tip"));
        card_ui(
            ui,
            &tr!("feedback-csat"),
            &or_none(f.csat.value.map(|v| formats.percent(v / 100.0))),
            &answers(f.csat.answers),
        );
        card_ui(
            ui,
            &tr!("feedback-average-stars"),
            &or_none(
                f.stars
                    .average
                    .map(|v| tr!("feedback-stars-value", stars = formats.one_decimal(v))),
            ),
            &answers(f.stars.answers),
        );
        let waiting = made.unhappy.iter().filter(|u| u.unhappy.waited_too_long()).count();
        card_ui(
            ui,
            &tr!("feedback-unhappy-and-valuable"),
            &formats.int(made.unhappy.len() as i64),
            &tr!(
                "feedback-waiting-over-a-week",
                count = waiting,
                shown = formats.int(waiting as i64)
            ),
        );
    });
}

/// NPS by month with its 95% interval, and CSAT by month.
fn trend_ui(formats: &Formats, ui: &mut egui::Ui, months: &[Group]) {
    let names: Vec<String> = months.iter().map(|g| g.name.clone()).collect();
    let x = |i: usize| i as f64;
    let nps: Vec<[f64; 2]> = months
        .iter()
        .enumerate()
        .filter_map(|(i, g)| Some([x(i), g.figures.nps.value?]))
        .collect();
    let lo: Vec<[f64; 2]> = months
        .iter()
        .enumerate()
        .filter_map(|(i, g)| Some([x(i), g.figures.nps.lo95?]))
        .collect();
    let hi: Vec<[f64; 2]> = months
        .iter()
        .enumerate()
        .filter_map(|(i, g)| Some([x(i), g.figures.nps.hi95?]))
        .collect();
    let csat: Vec<[f64; 2]> = months
        .iter()
        .enumerate()
        .filter_map(|(i, g)| Some([x(i), g.figures.csat.value?]))
        .collect();
    let few: Vec<[f64; 2]> = months
        .iter()
        .enumerate()
        .filter(|(_, g)| g.too_few)
        .filter_map(|(i, g)| Some([x(i), g.figures.nps.value?]))
        .collect();
    if nps.is_empty() && csat.is_empty() {
        ui.label(tr!("feedback-no-nps-or-csat"));
        return;
    }
    let axis = formats.clone();
    let range = tr!("feedback-line-nps-range");
    let dark = ui.visuals().dark_mode;
    let band = if dark {
        egui::Color32::from_gray(120)
    } else {
        egui::Color32::from_gray(160)
    };
    Plot::new("feedback_trend")
        .height(PLOT_HEIGHT)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .legend(Legend::default())
        .default_y_bounds(-100.0, 100.0)
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 1e-6 || i < 0.0 {
                return String::new();
            }
            names
                .get(i as usize)
                .and_then(|n| chrono::NaiveDate::parse_from_str(&format!("{n}-01"), "%Y-%m-%d").ok())
                .map(|d| axis.month_short(d))
                .unwrap_or_default()
        })
        .show(ui, |plot| {
            plot.line(
                Line::new(tr!("feedback-line-nps"), PlotPoints::from(nps))
                    .color(theme::ACCENT)
                    .width(2.0),
            );
            plot.line(Line::new(range.as_str(), PlotPoints::from(lo)).color(band));
            plot.line(Line::new(range.as_str(), PlotPoints::from(hi)).color(band));
            plot.line(
                Line::new(tr!("feedback-line-csat"), PlotPoints::from(csat))
                    .color(theme::good(dark))
                    .width(1.5),
            );
            plot.points(
                Points::new(tr!("feedback-points-too-few"), PlotPoints::from(few))
                    .radius(4.0)
                    .color(theme::bad(dark)),
            );
        });
}

/// A customer's name as the lists show it.
fn customer_name(cx: &Cx, id: i64, external_ref: Option<&str>) -> String {
    cx.customer_name(id, external_ref)
}

/// "Show in Customers" and "Save as spreadsheet…" for the customers `ids` gives.
fn list_buttons(
    cx: &mut Cx,
    ui: &mut egui::Ui,
    title: &str,
    ids: impl Fn() -> Vec<i64>,
    campaign: Option<&crate::model::campaign::Target>,
) {
    let any = !ids().is_empty();
    crate::ui::widgets::customer_list_buttons(cx, ui, title, any, ids, campaign);
}

/// A table whose column i is `widths[i]` points (0: the rest), or as wide as its header
/// `names[i]` where that is wider (a long word in another language is never cut).
fn table<'a>(ui: &'a mut egui::Ui, widths: &[f32], names: &[String]) -> TableBuilder<'a> {
    let widths: Vec<f32> = widths
        .iter()
        .zip(names)
        .map(|(w, name)| {
            if *w > 0.0 {
                crate::ui::widgets::header_width(ui, name, *w)
            } else {
                0.0
            }
        })
        .collect();
    let mut t = TableBuilder::new(ui)
        .striped(true)
        .max_scroll_height(TABLE_HEIGHT)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for w in &widths {
        t = if *w > 0.0 {
            t.column(Column::exact(*w).clip(true))
        } else {
            t.column(Column::remainder().at_least(120.0).clip(true))
        };
    }
    t
}

fn header(h: &mut egui_extras::TableRow<'_, '_>, names: &[String]) {
    for name in names {
        h.col(|ui| {
            ui.strong(name);
        });
    }
}

/// The unhappy and valuable customers: open complaints older than a week first.
fn unhappy_ui(cx: &mut Cx, ui: &mut egui::Ui, made: &FeedbackView) {
    let title = tr!("feedback-unhappy-and-valuable");
    ui.label(tr!("feedback-unhappy-about"));
    let campaign = crate::model::campaign::Target {
        kind: crate::model::campaign::TargetKind::Feedback,
        name: crate::service::campaign::FEEDBACK_UNHAPPY.to_string(),
    };
    list_buttons(
        cx,
        ui,
        &title,
        || made.unhappy.iter().map(|u| u.unhappy.customer_id).collect(),
        Some(&campaign),
    );
    // The score with its scale, from the piece of feedback it came from.
    let rows: Vec<(&UnhappyRow, String, String)> = made
        .unhappy
        .iter()
        .take(LIST_ROWS)
        .map(|u| {
            let name = customer_name(cx, u.unhappy.customer_id, u.external_ref.as_deref());
            let score = made
                .feedback
                .binary_search_by_key(&u.unhappy.feedback_id, |f| f.id)
                .ok()
                .and_then(|i| made.feedback.get(i))
                .map(|f| score_text(cx.formats, f.score))
                .unwrap_or_else(|| cx.formats.int(i64::from(u.unhappy.score)));
            (u, name, score)
        })
        .collect();
    let formats = cx.formats.clone();
    let mut open = None;
    ui.push_id("unhappy", |ui| {
        let heads = [
                        tr!("feedback-column-customer"),
                        tr!("feedback-column-score"),
                        tr!("feedback-column-date"),
                        tr!("feedback-column-tier"),
                        tr!("feedback-column-spent"),
                        tr!("feedback-column-open-complaint"),
                        tr!("feedback-column-what-they-said"),
                    ];
        table(ui, &[150.0, 80.0, 90.0, 40.0, 100.0, 110.0, 0.0], &heads)
            .header(20.0, |mut h| header(&mut h, &heads))
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, rows.len(), |mut row| {
                    let Some((u, name, score)) = rows.get(row.index()) else {
                        return;
                    };
                    let u = &u.unhappy;
                    row.col(|ui| {
                        if ui.link(name).on_hover_text(tr!("feedback-show-this-customer")).clicked() {
                            open = Some(u.customer_id);
                        }
                    });
                    row.col(|ui| {
                        ui.label(score);
                    });
                    row.col(|ui| {
                        ui.label(formats.date(u.date));
                    });
                    row.col(|ui| {
                        ui.label(
                            u.tier
                                .map(|t| tr!("feedback-tier-cell", tier = t.name()))
                                .unwrap_or_default(),
                        );
                    });
                    row.col(|ui| {
                        ui.label(formats.money(u.revenue_cents));
                    });
                    row.col(|ui| {
                        let days = u.open_complaint_days.map(|d| days_text(&formats, d));
                        let text = days.unwrap_or_default();
                        if u.waited_too_long() {
                            ui.colored_label(theme::bad(ui.visuals().dark_mode), text);
                        } else {
                            ui.label(text);
                        }
                    });
                    row.col(|ui| {
                        ui.label(&u.text).on_hover_text(&u.text);
                    });
                });
            });
    });
    if let Some(id) = open {
        show_customer(cx, id);
    }
    more_ui(cx, ui, made.unhappy.len());
}

/// "12 days".
fn days_text(formats: &Formats, days: i64) -> String {
    tr!("feedback-days", count = days, shown = formats.int(days))
}

fn more_ui(cx: &Cx, ui: &mut egui::Ui, total: usize) {
    if total > LIST_ROWS {
        ui.label(tr!(
            "feedback-first-rows-shown",
            rows = cx.formats.int(LIST_ROWS as i64),
            total = cx.formats.int(total as i64)
        ));
    }
}

fn show_customer(cx: &mut Cx, id: i64) {
    cx.command(Command::SwitchTab(crate::ui::app::Tab::CUSTOMERS));
    // Selected and scrolled to in the list; its details are asked for here, as selecting
    // by `ShowCustomer` does not load them.
    cx.command(Command::ShowCustomer(id));
    cx.send(Request::LoadCustomer(id));
}

/// Open complaints, oldest first, each resolved here with a note.
fn open_ui(this: &mut FeedbackScreen, cx: &mut Cx, ui: &mut egui::Ui, open: &[OpenComplaint]) {
    if open.is_empty() {
        ui.label(tr!("feedback-no-open-complaint"));
        return;
    }
    ui.label(tr!("feedback-open-about"));
    if let Some((id, customer, note)) = &mut this.resolving {
        let (id, customer) = (*id, *customer);
        let mut done = false;
        let mut cancel = false;
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("feedback-resolve-which", id = id.to_string()));
            ui.add(
                egui::TextEdit::singleline(note)
                    .hint_text(tr!("feedback-what-was-done"))
                    .desired_width(260.0),
            );
            done = ui
                .add_enabled(
                    !note.trim().is_empty(),
                    egui::Button::new(tr!("feedback-mark-resolved")),
                )
                .clicked();
            cancel = ui.button(tr!("feedback-cancel")).clicked();
        });
        if done {
            cx.send(Request::Feedback(FeedbackRequest::Resolve {
                id,
                customer,
                note: note.trim().to_string(),
            }));
            cx.notify(tr!("feedback-marked-resolved", id = id.to_string()), false);
            this.resolving = None;
        } else if cancel {
            this.resolving = None;
        }
    }
    let ids = || {
        let mut ids: Vec<i64> = open.iter().map(|o| o.feedback.customer_id).collect();
        ids.dedup();
        ids
    };
    list_buttons(cx, ui, &tr!("feedback-list-open-complaints"), ids, None);
    let rows: Vec<(&OpenComplaint, String)> = open
        .iter()
        .take(LIST_ROWS)
        .map(|o| (o, customer_name(cx, o.feedback.customer_id, None)))
        .collect();
    let formats = cx.formats.clone();
    let mut resolve = None;
    let mut show = None;
    let repeated = this.made.as_ref().map(|m| m.repeated.clone()).unwrap_or_default();
    ui.push_id("open", |ui| {
        let heads = [
                        tr!("feedback-column-customer"),
                        tr!("feedback-column-age"),
                        tr!("feedback-column-date"),
                        tr!("feedback-column-channel"),
                        tr!("feedback-column-what-they-said"),
                        String::new(),
                    ];
        table(ui, &[150.0, 70.0, 90.0, 70.0, 0.0, 80.0], &heads)
            .header(20.0, |mut h| header(&mut h, &heads))
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, rows.len(), |mut row| {
                    let Some((o, name)) = rows.get(row.index()) else {
                        return;
                    };
                    let f = &o.feedback;
                    row.col(|ui| {
                        if ui.link(name).on_hover_text(tr!("feedback-show-this-customer")).clicked() {
                            show = Some(f.customer_id);
                        }
                        if let Some(n) = repeated.get(&f.customer_id) {
                            ui.colored_label(theme::bad(ui.visuals().dark_mode), format!("×{n}"))
                                .on_hover_text(tr!("feedback-several-unsolved"));
                        }
                    });
                    row.col(|ui| {
                        let text = days_text(&formats, o.age_days);
                        if o.age_days > crate::analytics::feedback::OPEN_TOO_LONG_DAYS {
                            ui.colored_label(theme::bad(ui.visuals().dark_mode), text);
                        } else {
                            ui.label(text);
                        }
                    });
                    row.col(|ui| {
                        ui.label(formats.date(f.date));
                    });
                    row.col(|ui| {
                        ui.label(f.channel.map(channel_label).unwrap_or_default());
                    });
                    row.col(|ui| {
                        ui.label(&f.text).on_hover_text(&f.text);
                    });
                    row.col(|ui| {
                        if ui.button(tr!("feedback-resolve")).clicked() {
                            resolve = Some((f.id, f.customer_id));
                        }
                    });
                });
            });
    });
    if let Some((id, customer)) = resolve {
        this.resolving = Some((id, customer, String::new()));
    }
    if let Some(id) = show {
        show_customer(cx, id);
    }
    more_ui(cx, ui, open.len());
}

/// The term table; a click on a term lists the feedback that holds it.
fn terms_ui(this: &mut FeedbackScreen, cx: &mut Cx, ui: &mut egui::Ui, made: &FeedbackView) {
    if made.terms.is_empty() {
        ui.label(tr!("feedback-no-term"));
        return;
    }
    ui.label(tr!("feedback-terms-about"));
    let formats = cx.formats.clone();
    let mut clicked = None;
    ui.push_id("terms", |ui| {
        let heads = [
                        tr!("feedback-column-term"),
                        tr!("feedback-column-unhappy"),
                        tr!("feedback-column-happy"),
                        tr!("feedback-column-log-odds"),
                    ];
        table(ui, &[0.0, 110.0, 110.0, 90.0], &heads)
            .header(20.0, |mut h| header(&mut h, &heads))
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, made.terms.len(), |mut row| {
                    let i = row.index();
                    let Some(t) = made.terms.get(i) else {
                        return;
                    };
                    row.col(|ui| {
                        if ui.selectable_label(this.term == Some(i), &t.term).clicked() {
                            clicked = Some(i);
                        }
                    });
                    row.col(|ui| {
                        ui.label(formats.int(t.negative_count as i64));
                    });
                    row.col(|ui| {
                        ui.label(formats.int(t.positive_count as i64));
                    });
                    row.col(|ui| {
                        ui.label(formats.one_decimal(t.log_odds));
                    });
                });
            });
    });
    if let Some(i) = clicked {
        this.term = if this.term == Some(i) { None } else { Some(i) };
    }
    if let Some(term) = this.term.and_then(|i| made.terms.get(i)) {
        term_feedback_ui(cx, ui, made, term);
    }
}

/// The pieces of feedback that hold `term`.
fn term_feedback_ui(cx: &mut Cx, ui: &mut egui::Ui, made: &FeedbackView, term: &Term) {
    ui.add_space(6.0);
    ui.strong(tr!(
        "feedback-term-in",
        term = term.term.as_str(),
        count = term.feedback_ids.len(),
        shown = cx.formats.int(term.feedback_ids.len() as i64)
    ));
    let pieces: Vec<&FeedbackFact> = term
        .feedback_ids
        .iter()
        .filter_map(|id| {
            let i = made.feedback.binary_search_by_key(id, |f| f.id).ok()?;
            made.feedback.get(i)
        })
        .collect();
    let ids = || {
        let mut ids: Vec<i64> = pieces.iter().map(|f| f.customer_id).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let title = tr!("feedback-list-said", term = term.term.as_str());
    list_buttons(cx, ui, &title, ids, None);
    let formats = cx.formats.clone();
    let names: Vec<String> = pieces
        .iter()
        .take(LIST_ROWS)
        .map(|f| customer_name(cx, f.customer_id, None))
        .collect();
    ui.push_id("term_feedback", |ui| {
        let heads = [
                        tr!("feedback-column-customer"),
                        tr!("feedback-column-date"),
                        tr!("feedback-column-score"),
                        tr!("feedback-column-status"),
                        tr!("feedback-column-what-they-said"),
                    ];
        table(ui, &[150.0, 90.0, 60.0, 80.0, 0.0], &heads)
            .header(20.0, |mut h| header(&mut h, &heads))
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, names.len(), |mut row| {
                    let i = row.index();
                    let (Some(f), Some(name)) = (pieces.get(i), names.get(i)) else {
                        return;
                    };
                    row.col(|ui| {
                        ui.label(name);
                    });
                    row.col(|ui| {
                        ui.label(formats.date(f.date));
                    });
                    row.col(|ui| {
                        ui.label(score_text(&formats, f.score));
                    });
                    row.col(|ui| {
                        ui.label(status_text(f.status));
                    });
                    row.col(|ui| {
                        ui.label(&f.text).on_hover_text(&f.text);
                    });
                });
            });
    });
}

/// The figures by the chosen breakdown, each with its number of answers.
fn groups_ui(this: &mut FeedbackScreen, cx: &mut Cx, ui: &mut egui::Ui, groups: &[Group]) {
    // The breakdown the figures were made for (the list may already show another).
    let shown_by = this.asked.map_or(this.by, |(_, by)| by);
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("feedback-by"));
        egui::ComboBox::from_id_salt("feedback_by")
            .selected_text(breakdown_label(this.by))
            .show_ui(ui, |ui| {
                for by in BREAKDOWNS {
                    ui.selectable_value(&mut this.by, by, breakdown_label(by));
                }
            });
    });
    if groups.is_empty() {
        ui.label(tr!("feedback-no-group"));
        return;
    }
    let formats = cx.formats.clone();
    let too_few = tr!("feedback-too-few");
    ui.push_id("groups", |ui| {
        let heads = [
                        tr!("feedback-column-group"),
                        tr!("feedback-column-answers"),
                        tr!("feedback-column-nps"),
                        tr!("feedback-column-nps-range"),
                        tr!("feedback-column-csat"),
                        tr!("feedback-column-stars"),
                        String::new(),
                    ];
        table(ui, &[0.0, 80.0, 70.0, 130.0, 80.0, 70.0, 170.0], &heads)
            .header(20.0, |mut h| header(&mut h, &heads))
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, groups.len(), |mut row| {
                    let Some(g) = groups.get(row.index()) else {
                        return;
                    };
                    let f = &g.figures;
                    row.col(|ui| {
                        ui.label(group_label(shown_by, &g.name));
                    });
                    row.col(|ui| {
                        ui.label(formats.int(f.answers as i64));
                    });
                    row.col(|ui| {
                        ui.label(f.nps.value.map(|v| formats.one_decimal(v)).unwrap_or_default());
                    });
                    row.col(|ui| {
                        if let (Some(lo), Some(hi)) = (f.nps.lo95, f.nps.hi95) {
                            ui.label(tr!(
                                "feedback-range",
                                low = formats.one_decimal(lo),
                                high = formats.one_decimal(hi)
                            ));
                        }
                    });
                    row.col(|ui| {
                        ui.label(
                            f.csat
                                .value
                                .map(|v| formats.percent(v / 100.0))
                                .unwrap_or_default(),
                        );
                    });
                    row.col(|ui| {
                        ui.label(
                            f.stars
                                .average
                                .map(|v| formats.one_decimal(v))
                                .unwrap_or_default(),
                        );
                    });
                    row.col(|ui| {
                        if g.too_few {
                            ui.label(egui::RichText::new(&too_few).weak());
                        }
                    });
                });
            });
    });
}
