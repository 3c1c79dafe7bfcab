//! Campaigns as plain values: the groups, goals, targets, response definitions, the lines
//! of a response window, what a campaign can detect, and why one cannot be made. The
//! statistics are in `analytics::campaign`; the words in `text`.

use std::sync::Arc;

use chrono::NaiveDate;

/// Which side of the draw a member is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    /// Contacted.
    Target,
    /// Held out, not contacted.
    Control,
}

impl Group {
    /// The word stored and written in the members file.
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Target => "target",
            Group::Control => "control",
        }
    }

    /// The group a stored word names.
    pub fn parse(text: &str) -> Option<Group> {
        match text {
            "target" => Some(Group::Target),
            "control" => Some(Group::Control),
            _ => None,
        }
    }
}

/// What the campaign wants: the goal the owner gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    /// Bring back customers who stopped buying.
    WinBack,
    /// Thank good customers.
    Thank,
    /// Sell something else to those who bought.
    CrossSell,
    /// Tell about something new.
    Announce,
}

impl Goal {
    /// Every goal.
    pub const ALL: [Goal; 4] = [Goal::WinBack, Goal::Thank, Goal::CrossSell, Goal::Announce];

    /// The word stored and typed on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Goal::WinBack => "win-back",
            Goal::Thank => "thank",
            Goal::CrossSell => "cross-sell",
            Goal::Announce => "announce",
        }
    }

    /// The goal a word names.
    pub fn parse(text: &str) -> Result<Goal, CampaignError> {
        Goal::ALL
            .into_iter()
            .find(|g| g.as_str().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| CampaignError::Goal(text.to_string()))
    }
}

/// The kinds of list a campaign can target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    /// A named RFM segment ("At risk").
    Segment,
    /// A saved segment (a rule the owner saved).
    Saved,
    /// A value tier (A to D).
    Tier,
    /// A lifecycle stage.
    Stage,
    /// A Predictions list ("worth-saving", "likely-to-leave").
    Predict,
    /// The customers a product is suggested to (Baskets).
    Offer,
    /// A Feedback list ("unhappy": the unhappy and valuable customers).
    Feedback,
}

impl TargetKind {
    /// Every kind.
    pub const ALL: [TargetKind; 7] = [
        TargetKind::Segment,
        TargetKind::Saved,
        TargetKind::Tier,
        TargetKind::Stage,
        TargetKind::Predict,
        TargetKind::Offer,
        TargetKind::Feedback,
    ];

    /// The word stored and typed before the colon.
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::Segment => "segment",
            TargetKind::Saved => "saved",
            TargetKind::Tier => "tier",
            TargetKind::Stage => "stage",
            TargetKind::Predict => "predict",
            TargetKind::Offer => "offer",
            TargetKind::Feedback => "feedback",
        }
    }
}

/// A campaign's target: a kind of list and its name.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Target {
    /// The kind of list.
    pub kind: TargetKind,
    /// Its name (a segment's, a tier's, a product's...).
    pub name: String,
}

impl Target {
    /// Reads `KIND:NAME`.
    pub fn parse(text: &str) -> Result<Target, CampaignError> {
        let bad = || CampaignError::Target(text.to_string());
        let (kind, name) = text.split_once(':').ok_or_else(bad)?;
        let kind = TargetKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(kind.trim()))
            .ok_or_else(bad)?;
        let name = name.trim();
        if name.is_empty() {
            return Err(bad());
        }
        Ok(Target {
            kind,
            name: name.to_string(),
        })
    }

    /// `KIND:NAME`, as typed.
    pub fn text(&self) -> String {
        format!("{}:{}", self.kind.as_str(), self.name)
    }
}

/// What counts as a response.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Response {
    /// Any order.
    Any,
    /// An order holding this product (case ignored).
    Product(String),
    /// An order holding a product of this category (case ignored).
    Category(String),
    /// An order whose lines add up to more than nothing.
    Revenue,
}

impl Response {
    /// Reads `any`, `product:NAME`, `category:NAME` or `revenue`.
    pub fn parse(text: &str) -> Result<Response, CampaignError> {
        let bad = || CampaignError::Response(text.to_string());
        let trimmed = text.trim();
        if trimmed.eq_ignore_ascii_case("any") {
            return Ok(Response::Any);
        }
        if trimmed.eq_ignore_ascii_case("revenue") {
            return Ok(Response::Revenue);
        }
        let (kind, name) = trimmed.split_once(':').ok_or_else(bad)?;
        let name = name.trim();
        if name.is_empty() {
            return Err(bad());
        }
        match kind.trim().to_lowercase().as_str() {
            "product" => Ok(Response::Product(name.to_string())),
            "category" => Ok(Response::Category(name.to_string())),
            _ => Err(bad()),
        }
    }

    /// The definition as typed (`any`, `product:NAME`...).
    pub fn text(&self) -> String {
        match self {
            Response::Any => "any".to_string(),
            Response::Product(name) => format!("product:{name}"),
            Response::Category(name) => format!("category:{name}"),
            Response::Revenue => "revenue".to_string(),
        }
    }
}

/// What is wrong with a campaign's settings, or why it cannot be made, measured or written.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum CampaignError {
    /// An empty name.
    EmptyName,
    /// A note without words.
    EmptyNote,
    /// A name another campaign has.
    NameTaken(String),
    /// No campaign has this name.
    NoSuchCampaign(String),
    /// A target that is not `KIND:NAME` with a known kind.
    Target(String),
    /// A target whose list does not exist.
    NoSuchList {
        /// The kind of list.
        kind: TargetKind,
        /// The name given.
        name: String,
    },
    /// A target list that holds nobody.
    EmptyTarget(String),
    /// Every customer of the target was left out for want of consent or an address.
    NobodyToContact,
    /// A control share outside (0, 1).
    ControlShare(f64),
    /// A response window of 0 days or longer than a year.
    WindowDays(u32),
    /// A response definition that cannot be read.
    Response(String),
    /// A goal that is not one of the four.
    Goal(String),
    /// A channel that is not one of the four.
    Channel(String),
    /// A negative or non-finite cost per contact.
    Cost(f64),
    /// The rule intersected with the target cannot be read.
    Rule(String),
    /// An as-of date before the campaign's start.
    AsOfBeforeStart {
        /// The date asked for.
        as_of: chrono::NaiveDate,
        /// The campaign's start.
        start: chrono::NaiveDate,
    },
    /// A PDF asked of a campaign by e-mail or SMS (PDFs are for post and phone).
    PdfChannel {
        /// The file asked for.
        path: std::path::PathBuf,
        /// The campaign's channel, as a word.
        channel: String,
    },
    /// A letter that uses a field that does not exist.
    LetterField {
        /// The letter's file.
        path: std::path::PathBuf,
        /// Its line (from 1).
        line: usize,
        /// The field as written between braces.
        field: String,
    },
    /// A letter file that cannot be read.
    Letter {
        /// The letter's file.
        path: std::path::PathBuf,
        /// The system's words.
        detail: String,
    },
}

/// One sale line in the response window, of a customer as the store knows them now.
#[derive(Clone, Debug, PartialEq)]
pub struct WindowLine {
    /// The root customer now.
    pub customer_id: i64,
    /// The day it was sold.
    pub sold_on: NaiveDate,
    /// The order it belongs to: its reference, else its day.
    pub order_key: Arc<str>,
    /// The product, where known.
    pub product: Option<Arc<str>>,
    /// The category, where known.
    pub category: Option<Arc<str>>,
    /// The amount, in cents.
    pub amount_cents: i64,
}

/// What a campaign can detect, said at its creation.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Detectable {
    /// Customers contacted.
    pub target: u64,
    /// Customers held out.
    pub control: u64,
    /// The response rate assumed without the campaign.
    pub base_rate: f64,
    /// Whether that rate is the shop's own (else the default).
    pub base_from_shop: bool,
    /// The smallest difference in response rate (as a fraction) visible at 95% two-sided
    /// with 80% power.
    pub min_difference: f64,
}
