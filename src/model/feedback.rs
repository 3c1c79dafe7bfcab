//! Feedback: what a customer said, with a score when there is one.

use chrono::NaiveDate;

/// The scale a score was given on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// Net Promoter Score question: 0 to 10.
    Nps,
    /// Stars: 1 to 5.
    Stars,
    /// Customer satisfaction: 1 to 5.
    Csat,
    /// Thumbs up (1) or down (0).
    Thumbs,
}

impl Scale {
    /// Every scale, in the order the command line lists them.
    pub const ALL: [Scale; 4] = [Scale::Nps, Scale::Stars, Scale::Csat, Scale::Thumbs];

    /// The word stored in the database and written on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Scale::Nps => "nps",
            Scale::Stars => "stars",
            Scale::Csat => "csat",
            Scale::Thumbs => "thumbs",
        }
    }

    /// The scale a stored or typed word names.
    pub fn parse(word: &str) -> Option<Scale> {
        Scale::ALL
            .into_iter()
            .find(|scale| scale.as_str().eq_ignore_ascii_case(word.trim()))
    }

    /// The lowest and highest value on the scale.
    pub fn range(self) -> (u8, u8) {
        match self {
            Scale::Nps => (0, 10),
            Scale::Stars | Scale::Csat => (1, 5),
            Scale::Thumbs => (0, 1),
        }
    }
}

/// A score on its scale; only values inside the scale exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Score {
    scale: Scale,
    value: u8,
}

impl Score {
    /// The score, when `value` lies on the scale.
    pub fn new(scale: Scale, value: u8) -> Option<Score> {
        let (low, high) = scale.range();
        (low..=high)
            .contains(&value)
            .then_some(Score { scale, value })
    }

    /// The scale.
    pub fn scale(self) -> Scale {
        self.scale
    }

    /// The value on the scale.
    pub fn value(self) -> u8 {
        self.value
    }

    /// Whether the customer was unhappy, neutral or happy. On the NPS scale these are the
    /// detractors (0-6), passives (7-8) and promoters (9-10); stars and CSAT 1-2, 3 and 4-5;
    /// thumbs down and up.
    pub fn sentiment(self) -> Sentiment {
        match (self.scale, self.value) {
            (Scale::Nps, 0..=6) | (Scale::Stars | Scale::Csat, 0..=2) | (Scale::Thumbs, 0) => {
                Sentiment::Negative
            }
            (Scale::Nps, 7..=8) | (Scale::Stars | Scale::Csat, 3) => Sentiment::Neutral,
            _ => Sentiment::Positive,
        }
    }
}

/// How a customer felt, whatever the scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sentiment {
    /// Detractors, 1-2 stars or CSAT, thumbs down.
    Negative,
    /// Passives, 3 stars or CSAT.
    Neutral,
    /// Promoters, 4-5 stars or CSAT, thumbs up.
    Positive,
}

/// Where the feedback was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackChannel {
    /// A survey answer.
    Survey,
    /// A public review.
    Review,
    /// An e-mail.
    Email,
    /// A phone call.
    Phone,
    /// Said in the shop.
    Shop,
}

impl FeedbackChannel {
    /// Every channel.
    pub const ALL: [FeedbackChannel; 5] = [
        FeedbackChannel::Survey,
        FeedbackChannel::Review,
        FeedbackChannel::Email,
        FeedbackChannel::Phone,
        FeedbackChannel::Shop,
    ];

    /// The word stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            FeedbackChannel::Survey => "survey",
            FeedbackChannel::Review => "review",
            FeedbackChannel::Email => "email",
            FeedbackChannel::Phone => "phone",
            FeedbackChannel::Shop => "shop",
        }
    }

    /// The channel a stored or written word names (`e-mail` and `mail` are e-mail).
    pub fn parse(word: &str) -> Option<FeedbackChannel> {
        let word = word.trim().to_lowercase();
        match word.as_str() {
            "e-mail" | "mail" => Some(FeedbackChannel::Email),
            _ => FeedbackChannel::ALL
                .into_iter()
                .find(|c| c.as_str() == word),
        }
    }
}

/// Whether a complaint still waits for an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackStatus {
    /// Not answered yet.
    Open,
    /// Answered, with a note.
    Resolved,
}

impl FeedbackStatus {
    /// The word stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            FeedbackStatus::Open => "open",
            FeedbackStatus::Resolved => "resolved",
        }
    }

    /// The status a stored or written word names.
    pub fn parse(word: &str) -> Option<FeedbackStatus> {
        match word.trim().to_lowercase().as_str() {
            "open" => Some(FeedbackStatus::Open),
            "resolved" | "closed" => Some(FeedbackStatus::Resolved),
            _ => None,
        }
    }
}

/// One piece of feedback as the analytics read it, its customer resolved to the root.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedbackFact {
    /// The feedback's id.
    pub id: i64,
    /// The root customer.
    pub customer_id: i64,
    /// The day it was given.
    pub date: NaiveDate,
    /// The score, when there is one.
    pub score: Option<Score>,
    /// What the customer said (may be empty).
    pub text: String,
    /// Where it was given.
    pub channel: Option<FeedbackChannel>,
    /// The product it is about, when known.
    pub product: Option<String>,
    /// Open or resolved, when it is a complaint.
    pub status: Option<FeedbackStatus>,
    /// The customer's language code (`fr`, `ru`...), when known.
    pub language: Option<String>,
}

/// What a piece of feedback says, whether about to be written or read back.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FeedbackContent {
    /// The day it was given.
    pub date: NaiveDate,
    /// The score, when there is one.
    pub score: Option<Score>,
    /// What the customer said (may be empty).
    pub text: String,
    /// Where it was given.
    pub channel: Option<FeedbackChannel>,
    /// The product it is about.
    pub product: Option<String>,
    /// The order it is about.
    pub order_ref: Option<String>,
    /// Open or resolved, when it is a complaint.
    pub status: Option<FeedbackStatus>,
}

/// A piece of feedback to write: from an import row or typed by the owner.
#[derive(Clone, Debug, PartialEq)]
pub struct NewFeedback {
    /// The contact it came from.
    pub contact_id: i64,
    /// What it says.
    pub content: FeedbackContent,
    /// Every column of the file that fed no field, by header.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A stored piece of feedback, as a list shows it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FeedbackRow {
    /// The feedback's id.
    pub id: i64,
    /// The root customer.
    pub customer_id: i64,
    /// What it says.
    #[serde(flatten)]
    pub content: FeedbackContent,
    /// When it was marked resolved (`YYYY-MM-DD HH:MM:SS`).
    pub resolved_at: Option<String>,
    /// The owner's note on resolving it.
    pub resolved_note: Option<String>,
    /// The import it came from; `None` when the owner added it.
    pub batch_id: Option<i64>,
}

/// Which feedback a list holds; `None` everywhere is all of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FeedbackFilter {
    /// Given on or after this day.
    pub from: Option<NaiveDate>,
    /// Given on or before this day.
    pub to: Option<NaiveDate>,
    /// Only this status.
    pub status: Option<FeedbackStatus>,
    /// Only this root customer.
    pub customer_id: Option<i64>,
}
