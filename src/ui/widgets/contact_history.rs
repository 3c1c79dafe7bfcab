//! The customer detail's contact history: the campaigns the customer was contacted in and
//! the owner's notes of calls, visits and complaints, newest first. It only shows what the
//! customer's detail already holds (read with it by the worker).

use crate::store::{ContactKind, ContactLine};
use crate::text::campaign::included;
use crate::text::english;

/// One line in words: a campaign's sentence, or the kind of contact and the note.
fn line_text(line: &ContactLine) -> String {
    let day = line.at.get(..10).unwrap_or(&line.at);
    match (line.kind, &line.campaign, line.channel) {
        (ContactKind::Campaign, Some(name), Some(channel)) => {
            english(&included(name, channel, day))
        }
        (kind, _, _) => {
            let label = match kind {
                ContactKind::Call => "Call",
                ContactKind::Visit => "Visit",
                ContactKind::Complaint => "Complaint",
                ContactKind::Campaign => "Campaign",
                ContactKind::Note => "Note",
            };
            format!("{day} · {label}: {}", line.note)
        }
    }
}

/// Shows the contact history, folded, when the customer has one.
pub fn contact_history_ui(ui: &mut egui::Ui, history: &[ContactLine]) {
    if history.is_empty() {
        return;
    }
    ui.add_space(6.0);
    egui::CollapsingHeader::new(format!("Contact history ({})", history.len()))
        .id_salt("contact-history")
        .default_open(false)
        .show(ui, |ui| {
            for line in history {
                ui.label(line_text(line));
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Channel;

    #[test]
    fn a_campaign_line_says_where_and_when_and_a_note_says_what() {
        let campaign = ContactLine {
            at: "2027-03-01".into(),
            kind: ContactKind::Campaign,
            campaign: Some("Spring win-back".into()),
            channel: Some(Channel::Email),
            note: String::new(),
        };
        assert_eq!(
            line_text(&campaign),
            "Included in 'Spring win-back' (e-mail) on 2027-03-01"
        );
        let call = ContactLine {
            at: "2027-03-04 10:12:00".into(),
            kind: ContactKind::Call,
            campaign: None,
            channel: Some(Channel::Phone),
            note: "Asked for the catalogue".into(),
        };
        assert_eq!(
            line_text(&call),
            "2027-03-04 · Call: Asked for the catalogue"
        );
    }
}
