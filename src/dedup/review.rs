//! The review queue: clusters of likely duplicates with their contacts and explanations,
//! most certain first, as the Duplicates tab and `clientele dedup` show them.

use crate::model::DedupContact;

use super::compare::{Field, LevelKind};
use super::{Cancelled, Detection, Options, detect};

/// One group of contacts that look like one customer.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewCluster {
    /// The contacts, in the order detection saw them (oldest first).
    pub members: Vec<DedupContact>,
    /// The lowest match probability between two members.
    pub certainty: f64,
    /// Why each later member looks like the first one.
    pub explanations: Vec<Explanation>,
    /// The group came out of a chain that had to be cut: look twice.
    pub was_split: bool,
}

/// How alike two records are in one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Likeness {
    pub field: Field,
    pub level: LevelKind,
}

/// Why two records look like one person (or not), as [`crate::text::dedup`] says it:
/// "same e-mail, very similar surname and 2 more (first and last names swapped); different
/// phone".
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// The fields that agree, most telling first, at most four.
    pub agree: Vec<Likeness>,
    /// How many more fields agree.
    pub more: usize,
    /// The first and last names are swapped between the two records.
    pub swapped: bool,
    /// The fields that differ, most telling first.
    pub differ: Vec<Likeness>,
    /// The match probability of the two records.
    pub score: f64,
}

/// What detection found, ready to review.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DuplicateQueue {
    /// The threshold the clusters were built at (the recommended one unless given).
    pub threshold: f64,
    /// The recommended threshold, chosen from the data.
    pub recommended: f64,
    /// Most certain first.
    pub clusters: Vec<ReviewCluster>,
    /// Contacts compared.
    pub contacts: usize,
    /// Candidate pairs scored.
    pub candidates: usize,
    /// Contacts left out for lack of a name, an e-mail and a phone.
    pub not_judgeable: usize,
    /// What the model learnt and its self-checks ("How sure is this?").
    pub diagnostics: super::Diagnostics,
}

impl DuplicateQueue {
    /// Pairs of contacts that are one person if every group at or above the queue's
    /// threshold is: each group of k contacts holds k (k - 1) / 2.
    pub fn pairs_found(&self) -> usize {
        self.clusters
            .iter()
            .filter(|c| c.certainty >= self.threshold)
            .map(|c| c.members.len() * (c.members.len() - 1) / 2)
            .sum()
    }

    /// Contacts that would be merged away if every cluster at or above `threshold` were
    /// merged, and how many clusters that is.
    pub fn preview(&self, threshold: f64) -> (usize, usize) {
        let chosen = self.clusters.iter().filter(|c| c.certainty >= threshold);
        chosen.fold((0, 0), |(clusters, absorbed), c| {
            (clusters + 1, absorbed + c.members.len() - 1)
        })
    }
}

/// Builds the queue of `detection` at `threshold` over the `contacts` it was run on.
pub fn queue(detection: &Detection, contacts: &[DedupContact], threshold: f64) -> DuplicateQueue {
    let mut clusters: Vec<ReviewCluster> = detection
        .clusters(threshold)
        .into_iter()
        .map(|c| {
            let first = c.members[0];
            ReviewCluster {
                members: c
                    .members
                    .iter()
                    .map(|&i| contacts[i as usize].clone())
                    .collect(),
                certainty: c.weakest,
                explanations: c.members[1..]
                    .iter()
                    .map(|&i| detection.explain(first, i))
                    .collect(),
                was_split: c.was_split,
            }
        })
        .collect();
    clusters.sort_by(|a, b| {
        b.certainty
            .total_cmp(&a.certainty)
            .then_with(|| a.members[0].id.cmp(&b.members[0].id))
    });
    DuplicateQueue {
        threshold,
        recommended: detection.recommended_threshold,
        clusters,
        contacts: contacts.len(),
        candidates: detection.candidates,
        not_judgeable: detection.not_judgeable,
        diagnostics: detection.diagnostics.clone(),
    }
}

/// Runs detection over `contacts` and builds the queue at `threshold` (default: the
/// recommended one).
pub fn find(
    contacts: &[DedupContact],
    options: &Options,
    threshold: Option<f64>,
    progress: &mut dyn FnMut(f32, super::Step) -> bool,
) -> Result<(Detection, DuplicateQueue), Cancelled> {
    let detection = detect(contacts, options, progress)?;
    let t = threshold.unwrap_or(detection.recommended_threshold);
    let q = queue(&detection, contacts, t);
    Ok((detection, q))
}
