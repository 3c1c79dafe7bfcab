//! Feedback's errors and sentences as messages.

use super::{Localize, Message};
use crate::analytics::feedback::Leaving;
use crate::ingest::feedback::FeedbackError;
use crate::model::feedback::Sentiment;

impl Localize for FeedbackError {
    fn message(&self) -> Message {
        match self {
            FeedbackError::Import(e) => e.message(),
            FeedbackError::UnknownScale { file, column } => Message::new("feedback-unknown-scale")
                .arg("file", file)
                .arg("column", column),
            FeedbackError::NoDateColumn { file, columns } => {
                Message::new("feedback-no-date-column")
                    .arg("file", file)
                    .arg("columns", columns.join(", "))
            }
            FeedbackError::NoScoreOrText { file, columns } => {
                Message::new("feedback-no-score-or-text-column")
                    .arg("file", file)
                    .arg("columns", columns.join(", "))
            }
        }
    }
}

/// "Does satisfaction predict leaving?" for one kind of customer, in plain words; `share`
/// is the share and its interval as the shop's locale writes them.
pub struct LeavingSaid<'a> {
    /// The figures.
    pub leaving: &'a Leaving,
    /// "42 % (38 % to 46 %)".
    pub share: String,
}

impl Localize for LeavingSaid<'_> {
    fn message(&self) -> Message {
        let who = Message::new(match self.leaving.sentiment {
            Sentiment::Negative => "feedback-who-negative",
            Sentiment::Neutral => "feedback-who-neutral",
            Sentiment::Positive => "feedback-who-positive",
        });
        if self.leaving.eligible == 0 {
            return Message::new("feedback-leaving-none").arg("who", who);
        }
        Message::new("feedback-leaving")
            .arg("who", who)
            .arg("returned", self.leaving.returned)
            .arg("eligible", self.leaving.eligible)
            .arg("share", self.share.as_str())
    }
}
