//! Duplicates: finding them, merging contacts by hand or in bulk, undoing merges, and
//! remembering that contacts are different people.

use super::{Error, Job, Progress, Stage};
use crate::dedup::Detection;
use crate::dedup::review::DuplicateQueue;
use crate::model::{DecidedBy, DedupContact, MergePlan};
use crate::store::{MergeRow, Store};

/// Every contact compared, the detection and its review queue.
pub struct Found {
    /// The contacts, in the order the detection numbers them.
    pub contacts: Vec<DedupContact>,
    /// Every scored pair.
    pub detection: Detection,
    /// The groups to review at the threshold.
    pub queue: DuplicateQueue,
}

/// Runs detection over every customer with the shop's phone country, minus the pairs
/// declared different people, at `threshold` (default: the recommended one).
pub fn find(
    store: &Store,
    threshold: Option<f64>,
    progress: &mut Progress<'_>,
) -> Result<Found, Error> {
    if let Some(t) = threshold
        && !(0.0..=1.0).contains(&t)
    {
        return Err(Error::Threshold(t));
    }
    progress.fraction(0.0, &Stage::ReadingCustomers);
    let contacts = store.dedup_contacts()?;
    let options = crate::dedup::Options {
        phone_country: Some(store.settings()?.phone_country),
        not_duplicates: store.not_duplicates()?,
        ..crate::dedup::Options::default()
    };
    let mut last = -1.0f32;
    let (detection, queue) =
        crate::dedup::review::find(&contacts, &options, threshold, &mut |fraction, stage| {
            let go_on = !progress.is_cancelled();
            if fraction - last >= 0.01 {
                last = fraction;
                return progress.fraction(0.05 + 0.95 * fraction, &Stage::Detecting(stage));
            }
            go_on
        })
        .map_err(|_| Error::Cancelled(Job::FindDuplicates))?;
    Ok(Found {
        contacts,
        detection,
        queue,
    })
}

/// Saves merges in one transaction; returns how many contacts were merged away.
pub fn merge_many(
    store: &mut Store,
    plans: &[MergePlan],
    progress: &mut Progress<'_>,
) -> Result<usize, Error> {
    // Merging many groups at once (merge-all) is kept undoable by a backup copy too.
    if plans.len() > 1 {
        super::privacy::backup_if_data(store, "merge-all")?;
    }
    let mut last = -1.0f32;
    let ids = store
        .merge_many(plans, &mut |done, total| {
            let fraction = done as f32 / total.max(1) as f32;
            if fraction - last >= 0.01 {
                last = fraction;
                return progress.fraction(fraction, &Stage::Merging);
            }
            !progress.is_cancelled()
        })
        .map_err(|e| match e {
            crate::store::StoreError::Cancelled => Error::Cancelled(Job::Merge),
            e => Error::Store(e),
        })?;
    Ok(ids.iter().map(Vec::len).sum())
}

/// A merge chosen by hand: `survivor` keeps its number and absorbs exactly `absorbed`.
pub struct HandMerge {
    /// The contacts involved, as read before the merge.
    pub contacts: Vec<DedupContact>,
    /// The merge as saved, with the values kept.
    pub plan: MergePlan,
    /// The merges' numbers, one per absorbed contact.
    pub merge_ids: Vec<i64>,
}

/// Merges `absorbed` into `survivor` with the default choice of kept values.
pub fn merge_by_hand(
    store: &mut Store,
    survivor: i64,
    absorbed: &[i64],
) -> Result<HandMerge, Error> {
    let mut ids = vec![survivor];
    ids.extend(absorbed);
    let contacts = store.dedup_contacts_by_id(&ids)?;
    let mut plan =
        crate::dedup::plan::plan_with_survivor(&contacts, survivor, None, DecidedBy::User);
    // Exactly the customers asked for, so an unknown number is refused by name.
    plan.absorbed = absorbed.to_vec();
    let merge_ids = store.merge(&plan)?;
    Ok(HandMerge {
        contacts,
        plan,
        merge_ids,
    })
}

/// What merging every group at a threshold did.
pub struct AutoMerge {
    /// Groups merged.
    pub groups: usize,
    /// The threshold used.
    pub threshold: f64,
    /// Contacts merged into others.
    pub absorbed: usize,
}

/// Merges every group of likely duplicates at `threshold` (default: the recommended one),
/// with the default choice of kept values.
pub fn merge_all(
    store: &mut Store,
    threshold: Option<f64>,
    progress: &mut Progress<'_>,
) -> Result<AutoMerge, Error> {
    let found = find(store, threshold, progress)?;
    let plans: Vec<MergePlan> = found
        .queue
        .clusters
        .iter()
        .filter_map(|c| {
            crate::dedup::plan::plan(&c.members, Some(c.certainty), DecidedBy::Automatic)
        })
        .collect();
    let absorbed = merge_many(store, &plans, progress)?;
    Ok(AutoMerge {
        groups: plans.len(),
        threshold: found.queue.threshold,
        absorbed,
    })
}

/// Undoes merges (in the order they need); returns them as they were.
pub fn unmerge(store: &mut Store, merge_ids: &[i64]) -> Result<Vec<MergeRow>, Error> {
    Ok(store.unmerge(merge_ids)?)
}

/// Remembers that these contacts are different people: every pair of them.
pub fn not_duplicates(store: &mut Store, ids: &[i64]) -> Result<(), Error> {
    for (i, a) in ids.iter().enumerate() {
        for b in ids.get(i + 1..).unwrap_or_default() {
            store.add_not_duplicate(*a, *b)?;
        }
    }
    Ok(())
}

/// The merge history, newest first.
pub fn merges(store: &Store) -> Result<Vec<MergeRow>, Error> {
    Ok(store.merges()?)
}
