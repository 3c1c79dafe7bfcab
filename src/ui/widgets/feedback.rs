//! The customer detail's feedback: everything the customer said (day, score, channel,
//! text, open or resolved), a badge for how they feel and for an open complaint, a form to
//! add a piece of feedback the owner heard (a phone complaint), and "Resolve" with a note.
//! The list is read and written by the worker through the same service functions as
//! `clientele feedback add|resolve`.

use chrono::NaiveDate;

use crate::format::Formats;
use crate::jobs::{Event, FeedbackRequest, Request};
use crate::model::feedback::{
    FeedbackChannel, FeedbackContent, FeedbackRow, FeedbackStatus, NewFeedback, Scale, Score,
    Sentiment,
};
use crate::tr;
use crate::ui::screen::Cx;
use crate::ui::theme;

/// A score as a list shows it: `3/10 NPS`, `4 ★`, `thumbs up`.
pub fn score_text(formats: &Formats, score: Option<Score>) -> String {
    let Some(s) = score else {
        return String::new();
    };
    let v = formats.int(i64::from(s.value()));
    match s.scale() {
        Scale::Nps => tr!("feedback-score-nps", score = v),
        Scale::Stars => tr!("feedback-score-stars", score = v),
        Scale::Csat => tr!("feedback-score-csat", score = v),
        Scale::Thumbs if s.value() == 0 => tr!("feedback-thumbs-down"),
        Scale::Thumbs => tr!("feedback-thumbs-up"),
    }
}

/// Open, resolved, or nothing for feedback that is not a complaint.
pub fn status_text(status: Option<FeedbackStatus>) -> String {
    match status {
        Some(FeedbackStatus::Open) => tr!("feedback-status-open"),
        Some(FeedbackStatus::Resolved) => tr!("feedback-status-resolved"),
        None => String::new(),
    }
}

/// Where a piece of feedback was said, in words.
pub fn channel_label(c: FeedbackChannel) -> String {
    match c {
        FeedbackChannel::Survey => tr!("feedback-channel-survey"),
        FeedbackChannel::Review => tr!("feedback-channel-review"),
        FeedbackChannel::Email => tr!("feedback-channel-email"),
        FeedbackChannel::Phone => tr!("feedback-channel-phone"),
        FeedbackChannel::Shop => tr!("feedback-channel-shop"),
    }
}

/// What is wrong with the "Add feedback" form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    /// The day is not written `YYYY-MM-DD`.
    BadDay,
    /// The score is off its scale.
    OffScale,
    /// Neither a text nor a score.
    Empty,
}

impl DraftProblem {
    /// The problem in the window's language.
    pub fn text(self) -> String {
        match self {
            DraftProblem::BadDay => tr!("feedback-bad-day"),
            DraftProblem::OffScale => tr!("feedback-off-scale"),
            DraftProblem::Empty => tr!("feedback-say-something"),
        }
    }
}

/// What the owner is typing in the "Add feedback" form.
#[derive(Clone, Debug)]
pub struct Draft {
    /// The day, `YYYY-MM-DD` (empty: today).
    pub date: String,
    /// Where it was said.
    pub channel: FeedbackChannel,
    /// The scale of the score, when one was given.
    pub scale: Option<Scale>,
    /// The score on that scale.
    pub score: u8,
    /// What the customer said.
    pub text: String,
    /// A complaint waiting for an answer.
    pub open: bool,
}

impl Default for Draft {
    fn default() -> Self {
        Self {
            date: String::new(),
            channel: FeedbackChannel::Phone,
            scale: None,
            score: 0,
            text: String::new(),
            open: true,
        }
    }
}

impl Draft {
    /// The piece of feedback the form holds for `customer`, or why not.
    pub fn feedback(&self, customer: i64, today: NaiveDate) -> Result<NewFeedback, DraftProblem> {
        let date = match self.date.trim() {
            "" => today,
            text => {
                NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| DraftProblem::BadDay)?
            }
        };
        let score = match self.scale {
            Some(scale) => Some(Score::new(scale, self.score).ok_or(DraftProblem::OffScale)?),
            None => None,
        };
        if score.is_none() && self.text.trim().is_empty() {
            return Err(DraftProblem::Empty);
        }
        Ok(NewFeedback {
            contact_id: customer,
            content: FeedbackContent {
                date,
                score,
                text: self.text.trim().to_string(),
                channel: Some(self.channel),
                product: None,
                order_ref: None,
                status: self.open.then_some(FeedbackStatus::Open),
            },
            extra: serde_json::Map::new(),
        })
    }
}

/// What the panel remembers between frames.
#[derive(Debug, Default)]
pub struct FeedbackPanel {
    /// The customer whose feedback is shown or asked for.
    pub of: Option<i64>,
    /// Their feedback, by day, once loaded.
    pub rows: Option<Vec<FeedbackRow>>,
    /// The form.
    pub draft: Draft,
    /// The form's complaint about what was typed.
    pub problem: Option<DraftProblem>,
    /// The piece of feedback being resolved and the note typed.
    pub resolving: Option<(i64, String)>,
}

impl FeedbackPanel {
    /// Keeps the customer's feedback the worker sends.
    pub fn on_event(&mut self, event: &Event) {
        if let Event::CustomerFeedback { id, rows, changed } = event
            && self.of == Some(*id)
        {
            self.rows = Some(rows.clone());
            if *changed {
                self.draft = Draft::default();
            }
        }
    }

    /// Open complaints among the loaded feedback.
    fn open(&self) -> usize {
        self.rows.as_deref().map_or(0, |rows| {
            rows.iter()
                .filter(|r| r.content.status == Some(FeedbackStatus::Open))
                .count()
        })
    }

    /// How the customer felt last time they gave a score.
    fn latest_sentiment(&self) -> Option<Sentiment> {
        self.rows
            .as_deref()?
            .iter()
            .rev()
            .find_map(|r| r.content.score)
            .map(Score::sentiment)
    }
}

/// The badges beside the customer's name: how they felt last, and an open complaint.
pub fn badge_ui(panel: &mut FeedbackPanel, cx: &mut Cx, ui: &mut egui::Ui, customer: i64) {
    if panel.of != Some(customer) {
        panel.of = Some(customer);
        panel.rows = None;
        panel.resolving = None;
        panel.problem = None;
        cx.send(Request::Feedback(FeedbackRequest::Customer(customer)));
    }
    let dark = ui.visuals().dark_mode;
    let open = panel.open();
    let feeling = panel.latest_sentiment().map(|s| match s {
        Sentiment::Negative => (tr!("feedback-feeling-unhappy"), theme::bad(dark)),
        Sentiment::Neutral => (
            tr!("feedback-feeling-neutral"),
            ui.visuals().weak_text_color(),
        ),
        Sentiment::Positive => (tr!("feedback-feeling-happy"), theme::good(dark)),
    });
    if open == 0 && feeling.is_none() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if let Some((word, color)) = feeling {
            badge(ui, &word, color).on_hover_text(tr!("feedback-feeling-tip"));
        }
        if open > 0 {
            let word = tr!(
                "feedback-open-complaints-badge",
                count = open,
                shown = cx.formats.int(open as i64)
            );
            badge(ui, &word, theme::bad(dark)).on_hover_text(tr!("feedback-open-complaint-tip"));
        }
        if open >= crate::service::feedback::REPEATED_COMPLAINTS {
            badge(ui, &tr!("feedback-at-risk-of-leaving"), theme::bad(dark))
                .on_hover_text(tr!("feedback-at-risk-tip"));
        }
    });
}

fn badge(ui: &mut egui::Ui, word: &str, color: egui::Color32) -> egui::Response {
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| ui.colored_label(color, word))
        .response
}

/// The customer's feedback, the "Resolve" note and the "Add feedback" form.
pub fn feedback_ui(panel: &mut FeedbackPanel, cx: &mut Cx, ui: &mut egui::Ui, customer: i64) {
    ui.strong(tr!("feedback-title"));
    let Some(rows) = panel.rows.clone() else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!("feedback-loading"));
        });
        return;
    };
    if rows.is_empty() {
        ui.label(egui::RichText::new(tr!("feedback-nothing-said")).weak());
    }
    let formats = cx.formats.clone();
    for row in rows.iter().rev() {
        piece_ui(panel, cx, ui, &formats, row, customer);
    }
    ui.add_space(4.0);
    egui::CollapsingHeader::new(tr!("feedback-add-feedback"))
        .id_salt("add_feedback")
        .default_open(false)
        .show(ui, |ui| add_ui(panel, cx, ui, customer));
}

fn piece_ui(
    panel: &mut FeedbackPanel,
    cx: &mut Cx,
    ui: &mut egui::Ui,
    formats: &Formats,
    row: &FeedbackRow,
    customer: i64,
) {
    let c = &row.content;
    let mut facts = vec![formats.date(c.date)];
    let score = score_text(formats, c.score);
    if !score.is_empty() {
        facts.push(score);
    }
    if let Some(ch) = c.channel {
        facts.push(channel_label(ch));
    }
    if let Some(p) = &c.product {
        facts.push(p.clone());
    }
    let status = status_text(c.status);
    if !status.is_empty() {
        facts.push(status);
    }
    let dark = ui.visuals().dark_mode;
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let line = egui::RichText::new(facts.join(" · ")).small();
            if c.status == Some(FeedbackStatus::Open) {
                ui.colored_label(theme::bad(dark), line);
            } else {
                ui.label(line.weak());
            }
            if !c.text.is_empty() {
                ui.label(&c.text);
            }
            if let Some(note) = &row.resolved_note {
                ui.label(
                    egui::RichText::new(tr!("feedback-resolved-note", note = note.as_str()))
                        .italics(),
                );
            }
            if c.status != Some(FeedbackStatus::Open) {
                return;
            }
            let mut resolving = panel.resolving.take();
            let mut close = false;
            match &mut resolving {
                Some((id, note)) if *id == row.id => {
                    ui.add(
                        egui::TextEdit::singleline(note)
                            .hint_text(tr!("feedback-what-was-done"))
                            .desired_width(f32::INFINITY),
                    );
                    ui.horizontal(|ui| {
                        if ui
                            .add_enabled(
                                !note.trim().is_empty(),
                                egui::Button::new(tr!("feedback-mark-resolved")),
                            )
                            .clicked()
                        {
                            cx.send(Request::Feedback(FeedbackRequest::Resolve {
                                id: row.id,
                                customer,
                                note: note.trim().to_string(),
                            }));
                            close = true;
                        } else if ui.button(tr!("feedback-cancel")).clicked() {
                            close = true;
                        }
                    });
                }
                _ => {
                    if ui.button(tr!("feedback-resolve")).clicked() {
                        resolving = Some((row.id, String::new()));
                    }
                }
            }
            if close {
                resolving = None;
            }
            panel.resolving = resolving;
        });
}

fn add_ui(panel: &mut FeedbackPanel, cx: &mut Cx, ui: &mut egui::Ui, customer: i64) {
    let draft = &mut panel.draft;
    egui::Grid::new("add_feedback_grid")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            ui.label(tr!("feedback-day"));
            ui.add(
                egui::TextEdit::singleline(&mut draft.date)
                    .hint_text(tr!("feedback-day-hint"))
                    .desired_width(140.0),
            );
            ui.end_row();
            ui.label(tr!("feedback-where"));
            egui::ComboBox::from_id_salt("add_feedback_channel")
                .selected_text(channel_label(draft.channel))
                .show_ui(ui, |ui| {
                    for c in FeedbackChannel::ALL {
                        ui.selectable_value(&mut draft.channel, c, channel_label(c));
                    }
                });
            ui.end_row();
            ui.label(tr!("feedback-score"));
            ui.horizontal(|ui| {
                egui::ComboBox::from_id_salt("add_feedback_scale")
                    .selected_text(
                        draft
                            .scale
                            .map_or_else(|| tr!("feedback-scale-none"), scale_label),
                    )
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut draft.scale, None, tr!("feedback-scale-none"));
                        for s in Scale::ALL {
                            ui.selectable_value(&mut draft.scale, Some(s), scale_label(s));
                        }
                    });
                if let Some(scale) = draft.scale {
                    let (low, high) = scale.range();
                    draft.score = draft.score.clamp(low, high);
                    ui.add(egui::DragValue::new(&mut draft.score).range(low..=high));
                }
            });
            ui.end_row();
        });
    ui.add(
        egui::TextEdit::multiline(&mut draft.text)
            .hint_text(tr!("feedback-text-hint"))
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    ui.checkbox(&mut draft.open, tr!("feedback-complaint-waits"));
    if let Some(problem) = panel.problem {
        ui.colored_label(theme::bad(ui.visuals().dark_mode), problem.text());
    }
    if ui.button(tr!("feedback-add")).clicked() {
        let today = chrono::Local::now().date_naive();
        match panel.draft.feedback(customer, today) {
            Ok(piece) => {
                panel.problem = None;
                cx.send(Request::Feedback(FeedbackRequest::Add(piece)));
            }
            Err(problem) => panel.problem = Some(problem),
        }
    }
}

fn scale_label(s: Scale) -> String {
    match s {
        Scale::Nps => tr!("feedback-scale-nps"),
        Scale::Stars => tr!("feedback-scale-stars"),
        Scale::Csat => tr!("feedback-scale-csat"),
        Scale::Thumbs => tr!("feedback-scale-thumbs"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_refuses_a_bad_day_an_empty_piece_and_keeps_a_phone_complaint() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let mut d = Draft::default();
        assert_eq!(d.feedback(7, today).err(), Some(DraftProblem::Empty));
        d.text = " Parcel never came ".into();
        d.date = "6/12/2026".into();
        assert_eq!(d.feedback(7, today).err(), Some(DraftProblem::BadDay));
        d.date.clear();
        let piece = d.feedback(7, today).unwrap();
        assert_eq!(piece.contact_id, 7);
        assert_eq!(piece.content.date, today);
        assert_eq!(piece.content.text, "Parcel never came");
        assert_eq!(piece.content.channel, Some(FeedbackChannel::Phone));
        assert_eq!(piece.content.status, Some(FeedbackStatus::Open));
        assert_eq!(piece.content.score, None);
        d.scale = Some(Scale::Stars);
        d.score = 2;
        d.open = false;
        let piece = d.feedback(7, today).unwrap();
        assert_eq!(piece.content.score, Score::new(Scale::Stars, 2));
        assert_eq!(piece.content.status, None);
        d.score = 0;
        assert_eq!(d.feedback(7, today).err(), Some(DraftProblem::OffScale));
    }
}
