//! Campaigns in words: their errors, what a campaign can detect, the verdict and the
//! contact history's lines.

use super::{Localize, Message};
use crate::analytics::campaign::{CampaignError, Detectable, Verdict};

impl Localize for CampaignError {
    fn message(&self) -> Message {
        match self {
            CampaignError::EmptyName => Message::new("campaign-empty-name"),
            CampaignError::EmptyNote => Message::new("campaign-note-empty"),
            CampaignError::NameTaken(name) => Message::new("campaign-name-taken").arg("name", name),
            CampaignError::NoSuchCampaign(name) => {
                Message::new("campaign-no-such-campaign").arg("name", name)
            }
            CampaignError::Target(text) => {
                Message::new("campaign-target-unreadable").arg("target", text)
            }
            CampaignError::NoSuchList { kind, name } => Message::new("campaign-no-such-list")
                .arg("kind", kind.as_str())
                .arg("name", name),
            CampaignError::EmptyTarget(text) => {
                Message::new("campaign-empty-target").arg("target", text)
            }
            CampaignError::NobodyToContact => Message::new("campaign-nobody-to-contact"),
            CampaignError::ControlShare(share) => {
                Message::new("campaign-control-share").arg("share", *share)
            }
            CampaignError::WindowDays(days) => {
                Message::new("campaign-window-days").arg("days", i64::from(*days))
            }
            CampaignError::Response(text) => {
                Message::new("campaign-response-unreadable").arg("response", text)
            }
            CampaignError::Goal(text) => Message::new("campaign-goal-unknown").arg("goal", text),
            CampaignError::Channel(text) => {
                Message::new("campaign-channel-unknown").arg("channel", text)
            }
            CampaignError::Cost(cost) => Message::new("campaign-cost").arg("cost", *cost),
            CampaignError::Rule(detail) => Message::new("campaign-rule").arg("detail", detail),
            CampaignError::AsOfBeforeStart { as_of, start } => {
                Message::new("campaign-as-of-before-start")
                    .arg("as-of", *as_of)
                    .arg("start", *start)
            }
            CampaignError::PdfChannel { path, channel } => Message::new("campaign-pdf-channel")
                .arg("path", path.as_path())
                .arg("channel", channel),
            CampaignError::LetterField { path, line, field } => {
                Message::new("campaign-letter-field")
                    .arg("path", path.as_path())
                    .arg("line", *line as i64)
                    .arg("field", field)
                    .arg("fields", crate::report::contact::LETTER_FIELDS.join(", "))
            }
            CampaignError::Letter { path, detail } => Message::new("campaign-letter-unreadable")
                .arg("path", path.as_path())
                .arg("detail", detail),
        }
    }
}

/// A count of customers, rounded to a whole one.
fn customers(x: f64) -> String {
    format!("{:.0}", x.round())
}

impl Localize for Verdict {
    fn message(&self) -> Message {
        match self {
            Verdict::Worked { extra, low, high } => Message::new("campaign-verdict-worked")
                .arg("extra", customers(*extra))
                .arg("low", customers(*low))
                .arg("high", customers(*high)),
            Verdict::NotEnoughEvidence {
                window_complete: false,
            } => Message::new("campaign-verdict-no-evidence-yet"),
            Verdict::NotEnoughEvidence {
                window_complete: true,
            } => Message::new("campaign-verdict-no-evidence"),
            Verdict::NoChange => Message::new("campaign-verdict-no-change"),
            Verdict::NothingToCompare => Message::new("campaign-verdict-nothing-to-compare"),
        }
    }
}

impl Localize for Detectable {
    fn message(&self) -> Message {
        let all = self.target + self.control;
        let share = if all == 0 {
            0.0
        } else {
            100.0 * self.control as f64 / all as f64
        };
        let id = if self.base_from_shop {
            "campaign-detectable-shop-rate"
        } else {
            "campaign-detectable-default-rate"
        };
        Message::new(id)
            .arg("customers", all)
            .arg("share", format!("{share:.0}"))
            .arg("points", 100.0 * self.min_difference)
            .arg("base", 100.0 * self.base_rate)
    }
}

/// The kind of a campaign's target in words ("Value tier").
pub fn target_kind_word(kind: crate::analytics::campaign::TargetKind) -> Message {
    use crate::analytics::campaign::TargetKind;
    Message::new(match kind {
        TargetKind::Segment => "campaigns-kind-segment",
        TargetKind::Saved => "campaigns-kind-saved",
        TargetKind::Tier => "campaigns-kind-tier",
        TargetKind::Stage => "campaigns-kind-stage",
        TargetKind::Predict => "campaigns-kind-predict",
        TargetKind::Offer => "campaigns-kind-offer",
        TargetKind::Feedback => "feedback-campaign-kind",
    })
}

/// A campaign's goal in words ("Win back").
pub fn goal_word(goal: crate::analytics::campaign::Goal) -> Message {
    use crate::analytics::campaign::Goal;
    Message::new(match goal {
        Goal::WinBack => "campaigns-goal-win-back",
        Goal::Thank => "campaigns-goal-thank",
        Goal::CrossSell => "campaigns-goal-cross-sell",
        Goal::Announce => "campaigns-goal-announce",
    })
}

/// The word for a channel inside a sentence.
pub fn channel_word(channel: crate::store::Channel) -> Message {
    use crate::store::Channel;
    Message::new(match channel {
        Channel::Email => "campaign-channel-email",
        Channel::Sms => "campaign-channel-sms",
        Channel::Post => "campaign-channel-post",
        Channel::Phone => "campaign-channel-phone",
    })
}

/// A contact history line of a campaign: "Included in 'Spring win-back' (e-mail) on
/// 2027-03-01".
pub fn included(campaign: &str, channel: crate::store::Channel, on: &str) -> Message {
    Message::new("campaign-included")
        .arg("campaign", campaign)
        .arg("channel", channel_word(channel))
        .arg("date", on)
}

impl std::fmt::Display for crate::model::campaign::CampaignError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::text::local(self))
    }
}
