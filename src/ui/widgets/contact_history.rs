//! The customer detail's contact history, newest first: the campaigns the customer was
//! contacted in, the owner's notes of calls, visits and complaints, and what the customer
//! said (each piece of feedback with its score); and "Add a note" (a call, a visit, a
//! complaint or another note, dated today unless another day is typed), saved by the
//! worker, which sends the customer's detail again with it. It shows what the customer's
//! detail holds (read with it by the worker).

use chrono::NaiveDate;

use crate::format::{Formats, iso_date};
use crate::jobs::{CampaignRequest, Request};
use crate::store::{ContactKind, ContactLine};
use crate::text::campaign::included;
use crate::text::local;
use crate::ui::screen::Cx;
use crate::ui::theme;

/// The kinds of note the owner can add, in the order offered.
const NOTE_KINDS: [ContactKind; 4] = [
    ContactKind::Call,
    ContactKind::Visit,
    ContactKind::Complaint,
    ContactKind::Note,
];

/// A kind of contact in words.
fn kind_word(kind: ContactKind) -> String {
    match kind {
        ContactKind::Call => crate::tr!("contact-history-call"),
        ContactKind::Visit => crate::tr!("contact-history-visit"),
        ContactKind::Complaint => crate::tr!("contact-history-complaint"),
        ContactKind::Campaign => crate::tr!("contact-history-campaign"),
        ContactKind::Note => crate::tr!("contact-history-other"),
        ContactKind::Feedback => crate::tr!("history-feedback-kind"),
    }
}

/// One line in words: a campaign's sentence, or the day, the kind of contact and the note.
fn line_text(line: &ContactLine, f: &Formats) -> String {
    let iso = line.at.get(..10).unwrap_or(&line.at);
    let day = NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map(|d| f.date(d))
        .unwrap_or_else(|_| iso.to_string());
    match (line.kind, &line.campaign, line.channel) {
        (ContactKind::Campaign, Some(name), Some(channel)) => local(&included(name, channel, &day)),
        (ContactKind::Feedback, _, _) => match line.score {
            Some(score) => crate::tr!(
                "history-feedback-scored",
                day = day.as_str(),
                score = crate::ui::widgets::feedback::score_text(f, Some(score)),
                note = line.note.as_str()
            ),
            None => crate::tr!(
                "contact-history-line",
                day = day.as_str(),
                kind = kind_word(ContactKind::Feedback),
                note = line.note.as_str()
            ),
        },
        (kind, _, _) => crate::tr!(
            "contact-history-line",
            day = day.as_str(),
            kind = kind_word(kind),
            note = line.note.as_str()
        ),
    }
}

/// The "Add a note" form, kept in egui's memory per customer between frames.
#[derive(Clone, Debug)]
struct NoteForm {
    kind: ContactKind,
    day: String,
    text: String,
}

impl Default for NoteForm {
    fn default() -> Self {
        Self {
            kind: ContactKind::Call,
            day: iso_date(chrono::Local::now().date_naive()),
            text: String::new(),
        }
    }
}

/// Shows the contact history, folded, with the form that adds a note.
pub fn contact_history_ui(
    ui: &mut egui::Ui,
    cx: &mut Cx,
    customer_id: i64,
    history: &[ContactLine],
) {
    ui.add_space(6.0);
    egui::CollapsingHeader::new(crate::tr!(
        "contact-history-title",
        count = (history.len() as i64)
    ))
    .id_salt("contact-history")
    .default_open(false)
    .show(ui, |ui| {
        note_form_ui(ui, cx, customer_id);
        for line in history {
            ui.label(line_text(line, cx.formats));
        }
    });
}

/// The form: kind, day (YYYY-MM-DD, today at first), text and "Add the note".
fn note_form_ui(ui: &mut egui::Ui, cx: &mut Cx, customer_id: i64) {
    let id = egui::Id::unique(("contact-note", customer_id));
    let mut form: NoteForm = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    ui.label(egui::RichText::new(crate::tr!("contact-history-add")).strong());
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::from_id_salt(("contact-note-kind", customer_id))
            .selected_text(kind_word(form.kind))
            .show_ui(ui, |ui| {
                for k in NOTE_KINDS {
                    ui.selectable_value(&mut form.kind, k, kind_word(k));
                }
            });
        ui.add(
            egui::TextEdit::singleline(&mut form.day)
                .desired_width(96.0)
                .hint_text(crate::tr!("insights-yyyy-mm-dd")),
        );
    });
    ui.add(
        egui::TextEdit::multiline(&mut form.text)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .hint_text(crate::tr!("contact-history-note-hint")),
    );
    let day = NaiveDate::parse_from_str(form.day.trim(), "%Y-%m-%d").ok();
    if day.is_none() {
        let dark = ui.visuals().dark_mode;
        ui.label(
            egui::RichText::new(crate::tr!("contact-history-bad-day")).color(theme::bad(dark)),
        );
    }
    let ready = day.is_some() && !form.text.trim().is_empty();
    if ui
        .add_enabled(ready, egui::Button::new(crate::tr!("contact-history-save")))
        .clicked()
        && let Some(day) = day
    {
        cx.send(Request::Campaigns(CampaignRequest::AddNote {
            customer_id,
            kind: form.kind,
            day,
            text: form.text.trim().to_string(),
        }));
        form.text.clear();
    }
    ui.data_mut(|d| d.insert_temp(id, form));
    ui.add_space(4.0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Channel;

    #[test]
    fn a_campaign_line_says_where_and_when_and_a_note_says_what() {
        let f = Formats::for_shop(&crate::settings::ShopSettings::default());
        let campaign = ContactLine {
            at: "2027-03-01".into(),
            kind: ContactKind::Campaign,
            campaign: Some("Spring win-back".into()),
            channel: Some(Channel::Email),
            note: String::new(),
            score: None,
        };
        let march_1 = f.date(NaiveDate::from_ymd_opt(2027, 3, 1).unwrap_or_default());
        assert_eq!(
            line_text(&campaign, &f),
            format!("Included in 'Spring win-back' (e-mail) on {march_1}")
        );
        let call = ContactLine {
            at: "2027-03-04 10:12:00".into(),
            kind: ContactKind::Call,
            campaign: None,
            channel: Some(Channel::Phone),
            note: "Asked for the catalogue".into(),
            score: None,
        };
        let march_4 = f.date(NaiveDate::from_ymd_opt(2027, 3, 4).unwrap_or_default());
        assert_eq!(
            line_text(&call, &f),
            format!("{march_4} · Call: Asked for the catalogue")
        );
        let said = ContactLine {
            at: "2027-03-05".into(),
            kind: ContactKind::Feedback,
            campaign: None,
            channel: None,
            note: "Late again".into(),
            score: crate::model::feedback::Score::new(crate::model::feedback::Scale::Stars, 2),
        };
        let march_5 = f.date(NaiveDate::from_ymd_opt(2027, 3, 5).unwrap_or_default());
        assert_eq!(
            line_text(&said, &f),
            format!("{march_5} · Feedback, 2 ★: Late again")
        );
        let unscored = ContactLine {
            score: None,
            note: "Lovely shop".into(),
            ..said
        };
        assert_eq!(
            line_text(&unscored, &f),
            format!("{march_5} · Feedback: Lovely shop")
        );
    }
}
