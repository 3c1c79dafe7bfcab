//! The campaign report (issue 24): one or two pages that say what a campaign was (its
//! goal, target, channel, window, response and cost), the figures of its target and
//! control groups, the uplift with its 95% intervals, what it brought in all, the return
//! on its cost, the verdict, and who was left out and why. Pure: the caller hands over the
//! campaign and its results as plain values; the page layout is the printed report's
//! ([`super::pdf`]), its words are messages of `campaign-report.ftl`.

use chrono::NaiveDate;

use crate::analytics::campaign::{CampaignResults, Detectable, Goal, Response, Target};
use crate::format::Formats;
use crate::settings::ShopSettings;
use crate::text::{Lang, Message};

use super::{Paper, ReportError};

/// Everything the campaign report prints.
#[derive(Clone, Debug, PartialEq)]
pub struct CampaignReport {
    /// The campaign's name.
    pub name: String,
    /// What it wants.
    pub goal: Goal,
    /// Who it is for.
    pub target: Target,
    /// The saved rule the target was narrowed by (JSON), if any.
    pub rule: Option<String>,
    /// The channel, as a word in a sentence.
    pub channel: Message,
    /// The first day of the response window.
    pub start: NaiveDate,
    /// The window's length in days.
    pub window_days: u32,
    /// The window's last day.
    pub window_end: NaiveDate,
    /// The last day counted.
    pub counted_to: NaiveDate,
    /// Whether the window is over.
    pub window_complete: bool,
    /// What counts as a response.
    pub response: Response,
    /// What one contact costs, in cents.
    pub cost_per_contact_cents: Option<i64>,
    /// The share held out.
    pub control_share: f64,
    /// The draw's seed.
    pub seed: u64,
    /// What the campaign could detect at creation.
    pub detectable: Detectable,
    /// The figures, the uplift and the verdict.
    pub results: CampaignResults,
    /// Customers of the target left out: without consent, who said no, without an address.
    pub left_out: [u64; 3],
    /// The shop (its name, number and date formats).
    pub settings: ShopSettings,
    /// The language of the words.
    pub lang: Lang,
    /// The paper.
    pub paper: Paper,
    /// The day the report is made.
    pub today: NaiveDate,
}

/// Makes the campaign report's PDF.
pub fn render(report: &CampaignReport) -> Result<Vec<u8>, ReportError> {
    super::pdf::render_campaign(report)
}

/// A number with two decimals in the shop's format: `0,35`, `1 234.50`.
pub fn two_decimals(f: &Formats, x: f64) -> String {
    let hundredths = (x * 100.0).round() as i64;
    // The shop's decimal mark, as its one-decimal numbers write it ("0,0" or "0.0").
    let mark = f.one_decimal(0.0).chars().nth(1).unwrap_or('.');
    let sign = if hundredths < 0 { "-" } else { "" };
    let h = hundredths.abs();
    format!("{sign}{}{mark}{:02}", f.int(h / 100), h % 100)
}

/// An amount in currency units as money, with its sign.
pub fn money(f: &Formats, units: f64) -> String {
    f.money((units * 100.0).round() as i64)
}

/// A fraction as points of percentage, with one decimal: `4,2`.
pub fn points(f: &Formats, x: f64) -> String {
    f.one_decimal(x * 100.0)
}
