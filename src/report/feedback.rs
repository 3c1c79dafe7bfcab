//! What the report's "What customers say" section prints (issue 29): NPS, CSAT and stars
//! over the period's feedback, how many unhappy and valuable customers there are, the open
//! complaints, and the words unhappy customers use most. Filled by the caller from
//! [`crate::analytics::feedback`]; [`super::pdf`] lays it out.

use crate::analytics::feedback::{Figures, Term};

/// How many terms the section prints at most.
pub const TERMS: usize = 10;

/// The feedback figures of the report's period.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FeedbackSummary {
    /// Pieces of feedback given in the period, with or without a score.
    pub pieces: usize,
    /// NPS, CSAT and stars over them.
    pub figures: Figures,
    /// Unhappy customers in value tiers A and B.
    pub unhappy: usize,
    /// Of those, the ones whose complaint has been open for more than a week.
    pub waiting: usize,
    /// Complaints still open.
    pub open_complaints: usize,
    /// The words unhappy customers use more than happy ones, strongest first.
    pub terms: Vec<Term>,
}
