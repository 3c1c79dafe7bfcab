//! Customers grouped by the month or quarter of their first order, and how they come back
//! (issue 23).

use chrono::NaiveDate;

use super::{Error, Job, Progress, Stage};
use crate::analytics::cohorts::{Cohort, CohortTable};
use crate::analytics::forecast::Step;
use crate::format::Formats;
use crate::store::Store;
use crate::text::Message;

/// The cohorts of the shop by `step` (months or quarters) as of `as_of` (default: the day
/// of the latest sale); `None` when there are no sales.
pub fn cohorts(
    store: &Store,
    step: Step,
    as_of: Option<NaiveDate>,
    progress: &mut Progress<'_>,
) -> Result<Option<CohortTable>, Error> {
    let Some((as_of, orders)) =
        super::analytics::orders_or_none(store, as_of, progress, Job::Cohorts)?
    else {
        return Ok(None);
    };
    progress.step(0.7, Stage::WorkingOutCohorts, Job::Cohorts)?;
    let table = crate::analytics::cohorts::cohorts(&orders, step, as_of);
    progress.step(1.0, Stage::Done, Job::Cohorts)?;
    Ok(Some(table))
}

/// Periods after the first within which "came back" is said (three months, one quarter).
pub fn came_back_within(step: Step) -> usize {
    match step {
        Step::Quarter => 1,
        Step::Month | Step::Week => 3,
    }
}

/// "Of the customers who first bought in March 2026, 34% came back within three months;
/// for March 2025 it was 28%.": the latest cohort old enough to say it, against the same
/// cohort a year before when there is one; `None` when no cohort is old enough.
pub fn comparison(table: &CohortTable, f: &Formats) -> Option<Message> {
    let came = table.came_back_within(came_back_within(table.step))?;
    let name = |c: &Cohort| match table.step {
        Step::Month => f.month(c.period.first_day()),
        Step::Week | Step::Quarter => c.period.to_string(),
    };
    let (latest, share) = came.latest;
    let mut m = Message::new(match table.step {
        Step::Quarter => "cohorts-came-back-quarter",
        Step::Month | Step::Week => "cohorts-came-back-months",
    })
    .arg("cohort", name(latest))
    .arg("share", f.percent_whole(share));
    if let Some((before, s)) = came.before {
        m = m
            .arg("before", name(before))
            .arg("before_share", f.percent_whole(s));
    }
    Some(m)
}
