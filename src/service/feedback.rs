//! Feedback: importing it, adding one by hand, resolving complaints, and the figures
//! (NPS, CSAT, stars, their groups, buying again after feedback), the unhappy and valuable
//! customers and the term table. The pure work is in [`crate::analytics::feedback`].

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

use super::{Error, Job, Progress, Stage};
use crate::analytics::feedback::groups::month;
use crate::analytics::feedback::language::Lang;
use crate::analytics::feedback::{
    Figures, Group, Leaving, Term, TermOptions, Unhappy, UnhappyInput, figures, groups, leaving,
    terms, unhappy,
};
use crate::analytics::rfm::{Scoring, lifecycle, tiers};
use crate::ingest::feedback::{FeedbackOptions, FeedbackReport};
use crate::model::feedback::{FeedbackFact, FeedbackFilter, FeedbackRow, NewFeedback};
use crate::store::Store;

/// What the feedback figures are grouped by (the command line's `--by` names them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// The customer's RFM segment.
    Segment,
    /// The customer's value tier.
    Tier,
    /// The customer's lifecycle stage.
    Stage,
    /// The channel of the customer's first order.
    Channel,
    /// The product the feedback is about.
    Product,
    /// The month it was given.
    Month,
}

/// The feedback figures of a period.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FeedbackFigures {
    /// NPS, CSAT and stars over every scored piece of feedback in the period.
    pub overall: Figures,
    /// The figures per group (none without `by`).
    pub groups: Vec<Group>,
    /// Buying again within 90 days, by how the customer felt.
    pub leaving: Vec<Leaving>,
    /// Pieces of feedback in the period, with or without a score.
    pub pieces: usize,
}

/// One row of the "unhappy and valuable" list, with the customer's reference.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct UnhappyRow {
    /// The customer and their latest unhappy feedback.
    pub unhappy: Unhappy,
    /// The customer's reference in the source system.
    pub external_ref: Option<String>,
}

/// Imports a feedback file (see [`crate::ingest::feedback`]).
pub fn import(
    store: &Store,
    path: &Path,
    options: &FeedbackOptions,
    progress: &mut Progress<'_>,
) -> Result<FeedbackReport, Error> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stage = Stage::Importing { file };
    let mut report = |done: u64| progress.report(done, 0, &stage);
    Ok(crate::ingest::feedback::import(
        store,
        path,
        options,
        &mut report,
    )?)
}

/// Adds a piece of feedback the owner typed; returns its id.
pub fn add(store: &Store, feedback: &NewFeedback) -> Result<i64, Error> {
    Ok(store.add_feedback(feedback)?)
}

/// Marks a piece of feedback resolved with a note.
pub fn resolve(store: &Store, id: i64, note: &str) -> Result<FeedbackRow, Error> {
    Ok(store.resolve_feedback(id, note)?)
}

/// The feedback `filter` asks for.
pub fn list(store: &Store, filter: &FeedbackFilter) -> Result<Vec<FeedbackRow>, Error> {
    Ok(store.feedback(filter)?)
}

fn period(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<FeedbackFilter, Error> {
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(Error::Period { from, to });
    }
    Ok(FeedbackFilter {
        from,
        to,
        ..FeedbackFilter::default()
    })
}

/// NPS, CSAT and stars of the feedback given from `from` to `to`, grouped by `by`, and
/// (`with_leaving`) how often customers bought again after it, which reads every sale.
/// Customers' segments, tiers and stages are those on the day of the latest sale.
pub fn compute(
    store: &Store,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    by: Option<GroupBy>,
    with_leaving: bool,
    progress: &mut Progress<'_>,
) -> Result<FeedbackFigures, Error> {
    progress.step(0.0, Stage::ReadingCustomers, Job::Segments)?;
    // Only what the figures look at: no text, which is most of a piece of feedback.
    let facts = store.feedback_scores(&period(from, to)?)?;
    progress.step(0.3, Stage::ReadingSales, Job::Segments)?;
    // The sale lines are read only when buying again or the lifecycle needs them: the
    // segments and tiers come from the customers' figures the store keeps.
    let (as_of, orders) = if with_leaving || by == Some(GroupBy::Stage) {
        super::analytics::orders_as_of(store, None)?
    } else {
        (NaiveDate::MIN, Vec::new())
    };
    let keys: HashMap<i64, String> = match by {
        None | Some(GroupBy::Month) | Some(GroupBy::Product) => HashMap::new(),
        Some(GroupBy::Segment) => super::analytics::rfm_rows(store, None, Scoring::Percentile)?
            .1
            .into_iter()
            .map(|r| (r.customer_id, r.segment.name().to_string()))
            .collect(),
        Some(GroupBy::Tier) => {
            let rows = super::analytics::rfm_rows(store, None, Scoring::Percentile)?.1;
            tiers(&rows)
                .into_iter()
                .map(|(id, t)| (id, t.name().to_string()))
                .collect()
        }
        Some(GroupBy::Stage) => lifecycle(&orders, as_of)
            .stages
            .into_iter()
            .map(|(id, s)| (id, s.name().to_string()))
            .collect(),
        Some(GroupBy::Channel) => {
            let mut first: HashMap<i64, (NaiveDate, String)> = HashMap::new();
            for line in store.sale_details()? {
                let Some(channel) = line.channel.as_deref().filter(|c| !c.is_empty()) else {
                    continue;
                };
                let entry = first
                    .entry(line.customer_id)
                    .or_insert_with(|| (line.sold_on, channel.to_string()));
                if line.sold_on < entry.0 {
                    *entry = (line.sold_on, channel.to_string());
                }
            }
            first.into_iter().map(|(id, (_, c))| (id, c)).collect()
        }
    };
    progress.step(0.7, Stage::WorkingOutSegments, Job::Segments)?;
    let key = |fact: &FeedbackFact| -> Option<String> {
        match by? {
            GroupBy::Month => month(fact),
            GroupBy::Product => fact.product.clone(),
            _ => keys.get(&fact.customer_id).cloned(),
        }
    };
    let groups = if by.is_some() {
        groups(&facts, key)
    } else {
        Vec::new()
    };
    Ok(FeedbackFigures {
        overall: figures(facts.iter().filter_map(|f| f.score)),
        groups,
        leaving: if with_leaving {
            leaving(&facts, &orders, as_of)
        } else {
            Vec::new()
        },
        pieces: facts.len(),
    })
}

/// The unhappy and valuable customers on the day of the latest sale (see
/// [`crate::analytics::feedback::unhappy`]).
pub fn unhappy_customers(store: &Store) -> Result<Vec<UnhappyRow>, Error> {
    let facts = store.feedback_facts(&FeedbackFilter::default())?;
    let (as_of, rows) = super::analytics::rfm_rows(store, None, Scoring::Percentile)?;
    let tiers = tiers(&rows);
    let values: HashMap<i64, UnhappyInput> = rows
        .iter()
        .map(|r| {
            let input = UnhappyInput {
                tier: tiers.get(&r.customer_id).copied(),
                revenue_cents: r.monetary_cents,
                high_clv: false,
            };
            (r.customer_id, input)
        })
        .collect();
    // Feedback after the latest sale still counts: complaints come after orders.
    let today = facts
        .iter()
        .map(|f| f.date)
        .max()
        .map_or(as_of, |d| d.max(as_of));
    let refs: HashMap<i64, String> = store
        .customer_profiles()?
        .into_iter()
        .filter_map(|p| Some((p.id, p.external_ref?)))
        .collect();
    Ok(unhappy(&facts, &values, today)
        .into_iter()
        .map(|u| UnhappyRow {
            external_ref: refs.get(&u.customer_id).cloned(),
            unhappy: u,
        })
        .collect())
}

/// The term table over all feedback, or that in one language.
pub fn term_table(store: &Store, lang: Option<Lang>, limit: usize) -> Result<Vec<Term>, Error> {
    let facts = store.feedback_facts(&FeedbackFilter::default())?;
    Ok(terms(
        &facts,
        TermOptions {
            lang,
            limit,
            ..TermOptions::default()
        },
    ))
}

/// Open complaints a customer must have, at least, to be flagged as likely to leave: the
/// problems that keep coming back unsolved.
pub const REPEATED_COMPLAINTS: usize = 2;

/// A complaint still waiting for an answer, with its age.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenComplaint {
    /// The piece of feedback.
    pub feedback: FeedbackFact,
    /// Days since it was given, on the screen's day.
    pub age_days: i64,
}

/// What the Feedback screen shows, worked out in one job.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedbackView {
    /// The day the figures are of: the latest sale or the latest feedback, whichever is
    /// later.
    pub as_of: NaiveDate,
    /// Every piece of feedback: the overall figures, by month, and buying again.
    pub months: FeedbackFigures,
    /// What [`FeedbackView::groups`] is grouped by.
    pub by: GroupBy,
    /// The figures by `by`.
    pub groups: Vec<Group>,
    /// The unhappy and valuable customers.
    pub unhappy: Vec<UnhappyRow>,
    /// Open complaints, oldest first.
    pub open: Vec<OpenComplaint>,
    /// What unhappy customers talk about.
    pub terms: Vec<Term>,
    /// Customers with at least [`REPEATED_COMPLAINTS`] open complaints, with how many.
    pub repeated: HashMap<i64, usize>,
    /// Every piece of feedback, by id: what a term of the table opens.
    pub feedback: Vec<FeedbackFact>,
}

/// The customers with at least [`REPEATED_COMPLAINTS`] open complaints, with their count.
pub fn repeated_complaints(facts: &[FeedbackFact]) -> HashMap<i64, usize> {
    let mut open: HashMap<i64, usize> = HashMap::new();
    for fact in facts {
        if fact.status == Some(crate::model::feedback::FeedbackStatus::Open) {
            *open.entry(fact.customer_id).or_default() += 1;
        }
    }
    open.retain(|_, n| *n >= REPEATED_COMPLAINTS);
    open
}

/// Everything the Feedback screen shows, the breakdown by `by`.
pub fn view(
    store: &Store,
    by: GroupBy,
    progress: &mut Progress<'_>,
) -> Result<FeedbackView, Error> {
    let months = compute(store, None, None, Some(GroupBy::Month), true, progress)?;
    let groups = if by == GroupBy::Month {
        months.groups.clone()
    } else {
        compute(store, None, None, Some(by), false, progress)?.groups
    };
    progress.step(0.8, Stage::WorkingOutSegments, Job::Segments)?;
    let unhappy = unhappy_customers(store)?;
    let facts = store.feedback_facts(&FeedbackFilter::default())?;
    let last_sale = store.stats()?.last_sale;
    let as_of = facts
        .iter()
        .map(|f| f.date)
        .chain(last_sale)
        .max()
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut open: Vec<OpenComplaint> = facts
        .iter()
        .filter(|f| f.status == Some(crate::model::feedback::FeedbackStatus::Open))
        .map(|f| OpenComplaint {
            feedback: f.clone(),
            age_days: (as_of - f.date).num_days(),
        })
        .collect();
    open.sort_by(|a, b| {
        b.age_days
            .cmp(&a.age_days)
            .then(a.feedback.id.cmp(&b.feedback.id))
    });
    let terms = terms(
        &facts,
        TermOptions {
            limit: 50,
            ..TermOptions::default()
        },
    );
    let mut facts = facts;
    facts.sort_by_key(|f| f.id);
    Ok(FeedbackView {
        as_of,
        months,
        by,
        groups,
        unhappy,
        open,
        terms,
        repeated: repeated_complaints(&facts),
        feedback: facts,
    })
}

/// The report's "What customers say" figures for the feedback given from `from` to `to`:
/// the unhappy and valuable customers and the open complaints are those of the day the
/// report is made.
pub fn report_summary(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<crate::report::feedback::FeedbackSummary, Error> {
    let facts = store.feedback_facts(&period(Some(from), Some(to))?)?;
    let unhappy = unhappy_customers(store)?;
    let open_complaints = store
        .feedback(&FeedbackFilter {
            status: Some(crate::model::feedback::FeedbackStatus::Open),
            ..FeedbackFilter::default()
        })?
        .len();
    Ok(crate::report::feedback::FeedbackSummary {
        pieces: facts.len(),
        figures: figures(facts.iter().filter_map(|f| f.score)),
        waiting: unhappy
            .iter()
            .filter(|u| u.unhappy.waited_too_long())
            .count(),
        unhappy: unhappy.len(),
        open_complaints,
        terms: terms(
            &facts,
            TermOptions {
                limit: crate::report::feedback::TERMS,
                ..TermOptions::default()
            },
        ),
    })
}
