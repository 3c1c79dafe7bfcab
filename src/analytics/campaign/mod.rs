//! Campaigns: who is held out, who responded, and what the contact really brought.
//!
//! Pure code over plain values: the control group's stratified draw ([`draw`]), the
//! response of each member in the window and the two groups' figures ([`measure`]), and
//! the statistics behind the uplift and the verdict ([`stats`]). No SQL and no words for
//! people: the store reads members and sales, and [`crate::text`] says the verdict.

pub mod draw;
pub mod measure;
pub mod stats;
#[cfg(test)]
mod tests;

pub use crate::model::campaign::{
    CampaignError, Detectable, Goal, Group, Response, Target, TargetKind, WindowLine,
};
pub use draw::{Candidate, draw_control};
pub use measure::{
    CampaignResults, GroupFigures, MemberOutcome, ReturnOnCost, Uplift, Verdict, measure, outcomes,
    resolve_members,
};
pub use stats::detectable;

/// The share of the target held out when none is given.
pub const DEFAULT_CONTROL_SHARE: f64 = 0.10;

/// The response window when none is given, in days.
pub const DEFAULT_WINDOW_DAYS: u32 = 30;

/// The longest response window accepted, in days (a year).
pub const MAX_WINDOW_DAYS: u32 = 366;

/// The base response rate assumed when the shop's own is unknown.
pub const DEFAULT_BASE_RATE: f64 = 0.10;
