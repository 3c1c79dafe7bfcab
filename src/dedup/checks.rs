//! What the model learnt from a shop's contacts and whether it can be trusted: the share of
//! duplicates counted from rules that are nearly always right (the same e-mail, the same
//! phone), m and u of every level, and the self-checks run after fitting. When a check fails,
//! detection scores with documented default weights instead and says so
//! ([`FALLBACK_SENTENCE`]). Pure data, for the command line and the Duplicates tab to show.

use super::block::BlockRule;
use super::compare::{FIELDS, Field, LevelKind, MAX_LEVELS, NF};
use super::model::{Model, probability};

/// What `clientele dedup` and the Duplicates tab say when the default weights were used.
pub const FALLBACK_SENTENCE: &str =
    "The model could not learn from this data; default weights used.";

/// The share of the true duplicate pairs that the deterministic rules are assumed to find at
/// least and at most, whatever the fitted m says (see [`assumed_recall`]).
const RECALL_RANGE: (f64, f64) = (0.2, 0.95);

/// A share of contacts with a duplicate that no shop has: more than one duplicate pair for
/// every two contacts.
const MAX_PAIRS_PER_CONTACT: f64 = 0.5;

/// The scores' expected duplicates may be this many times fewer or more than the share of
/// duplicates says before the model is taken to disagree with the data.
const CONSISTENCY_FACTOR: f64 = 5.0;

/// One field level's m and u, as learnt.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelDiagnostic {
    /// The field.
    pub field: Field,
    /// How alike the two records are in it.
    pub level: LevelKind,
    /// How often true duplicates show this level.
    pub m: f64,
    /// How often two different people do.
    pub u: f64,
}

impl LevelDiagnostic {
    /// What this level adds to a pair's match weight, in bits: log2(m / u), positive when
    /// it speaks for one person.
    pub fn weight_bits(&self) -> f64 {
        (self.m / self.u).log2()
    }
}

/// Which self-check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckKind {
    /// Agreeing exactly is likelier among duplicates than among strangers (m > u), and
    /// likelier than differing, in every field the shop knows.
    AgreementFavoursDuplicates,
    /// The estimated share of duplicates is plausible and agrees with the candidates'
    /// scores.
    PlausibleShare,
    /// The candidates' match weights fall in two groups.
    TwoGroups,
}

impl CheckKind {
    /// The check's key in `clientele dedup --json`.
    pub fn label(self) -> &'static str {
        match self {
            CheckKind::AgreementFavoursDuplicates => {
                "agreeing exactly is likelier among duplicates than among strangers (m > u), and likelier than differing, in every field"
            }
            CheckKind::PlausibleShare => "the estimated share of duplicates is plausible",
            CheckKind::TwoGroups => "the candidates' scores fall in two groups",
        }
    }
}

/// A field in which the learnt m contradicts what duplicates do.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum WrongField {
    /// Agreeing exactly is no likelier among duplicates than among strangers.
    NotAboveStrangers { field: Field, m: f64, u: f64 },
    /// Duplicates differ more often than they agree exactly.
    DifferMoreThanAgree {
        field: Field,
        same: f64,
        different: f64,
    },
}

impl WrongField {
    pub fn field(self) -> Field {
        match self {
            WrongField::NotAboveStrangers { field, .. }
            | WrongField::DifferMoreThanAgree { field, .. } => field,
        }
    }
}

/// The figures behind a check's verdict.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckDetail {
    /// The fields whose m is wrong (none when the check passed).
    Agreement(Vec<WrongField>),
    /// Duplicate pairs the share of duplicates expects, the same for each contact, and the
    /// sum of the candidates' probabilities.
    Share {
        expected: f64,
        per_contact: f64,
        scored: f64,
    },
    /// Fewer than 20 candidates: too few to tell, taken as passed.
    TooFewCandidates(usize),
    /// Every candidate's match weight on one side of even odds.
    OneSide,
    /// The fullest one-bit bin below even odds and above it, and the count of the
    /// emptiest bin between them.
    Groups {
        low_bits: i64,
        low: usize,
        high_bits: i64,
        high: usize,
        valley: usize,
    },
}

impl CheckDetail {
    /// The figures in a line of `clientele dedup --json` (a machine's reading; the window
    /// says them through `text::dupdiag`).
    pub fn summary(&self) -> String {
        match self {
            CheckDetail::Agreement(wrong) if wrong.is_empty() => "all levels".into(),
            CheckDetail::Agreement(wrong) => wrong
                .iter()
                .map(|w| match *w {
                    WrongField::NotAboveStrangers { field, m, u } => {
                        format!("same {}: m {m:.3e} <= u {u:.3e}", field.label())
                    }
                    WrongField::DifferMoreThanAgree {
                        field,
                        same,
                        different,
                    } => format!(
                        "{}: m of same {same:.3e} < m of different {different:.3e}",
                        field.label()
                    ),
                })
                .collect::<Vec<_>>()
                .join("; "),
            CheckDetail::Share {
                expected,
                per_contact,
                scored,
            } => format!(
                "{expected:.0} duplicate pairs expected ({per_contact:.3} a contact); the candidates' scores add up to {scored:.0}"
            ),
            CheckDetail::TooFewCandidates(n) => format!("{n} candidates: too few to tell"),
            CheckDetail::OneSide => "every candidate on one side of even odds".into(),
            CheckDetail::Groups {
                low_bits,
                low,
                high_bits,
                high,
                valley,
            } => format!(
                "{low} candidates at {low_bits} bits, {high} at +{high_bits} bits, {valley} in the emptiest bin between"
            ),
        }
    }
}

/// One self-check and whether it passed.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub kind: CheckKind,
    pub passed: bool,
    /// The figures behind the verdict.
    pub detail: CheckDetail,
}

/// Everything detection learnt and checked, for "How sure is this?" and `dedup --json`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diagnostics {
    /// The chance that two contacts taken at random are the same person (λ).
    pub lambda: f64,
    /// Duplicate pairs expected among all pairs of contacts (λ times the pairs).
    pub expected_duplicate_pairs: f64,
    /// Pairs of contacts found by the deterministic rules (the same e-mail with a local
    /// part, the same phone, or the same first name, surname and birth date).
    pub deterministic_pairs: usize,
    /// Of those, the pairs sharing an e-mail or a phone.
    pub shared_email_or_phone_pairs: usize,
    /// The share of the true duplicate pairs the deterministic rules are assumed to find.
    pub recall: f64,
    /// m and u of each field's levels, in the model that scored the pairs.
    pub levels: Vec<LevelDiagnostic>,
    /// The self-checks of the learnt model.
    pub checks: Vec<Check>,
    /// The learnt model failed a check: the pairs were scored with the default weights.
    pub fallback: bool,
    /// Candidate pairs proposed by each blocking rule.
    pub blocking: Vec<(BlockRule, usize)>,
    /// The threshold recommended for this shop.
    pub recommended_threshold: f64,
    /// The pairs of first names the shop's records write for one another, learnt as forms
    /// of one name (each pair once, the two names in order, the pairs sorted), as keyed
    /// for comparison: lower case, in Latin letters.
    pub first_name_forms: Vec<(String, String)>,
}

impl Diagnostics {
    /// Whether every check passed.
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.passed)
    }
}

/// m of each level of the default weights, used when the learnt model fails a check (u is
/// still learnt from random pairs, which cannot collapse). Each field's levels run from
/// "same" to "different" as in [`Field::levels`]; the figures are those of a careful shop's
/// duplicates: most agree exactly, a few show a typo, and a few differ (moved, changed
/// phone).
pub fn default_m() -> [[f64; MAX_LEVELS]; NF] {
    let mut m = [[0.0; MAX_LEVELS]; NF];
    for (fi, f) in FIELDS.iter().enumerate() {
        let levels: &[f64] = match f {
            // Same, very similar, another form of the name, compatible, different.
            Field::FirstName => &[0.85, 0.07, 0.02, 0.03, 0.03],
            Field::LastName => &[0.85, 0.07, 0.05, 0.03],
            Field::BirthDate => &[0.9, 0.04, 0.03, 0.03],
            Field::Address => &[0.7, 0.08, 0.05, 0.07, 0.1],
            Field::Street2 => &[0.8, 0.1, 0.1],
            Field::Region => &[0.95, 0.05],
            Field::Email => &[0.75, 0.1, 0.15],
            // The same number, a mobile or of a kind not told; the same fixed line.
            Field::Phone => &[0.7, 0.05, 0.1, 0.15],
        };
        m[fi][0] = 1.0;
        m[fi][1..=levels.len()].copy_from_slice(levels);
    }
    m
}

/// The share of the true duplicate pairs that the deterministic rules find, estimated from
/// the fitted m: a rule finds a duplicate pair when both records know its fields (taken as
/// independent of being a duplicate: `known[field]` squared) and they agree exactly (m of
/// "same"); the rules find the pair when any does, each taken as independent of the others.
/// Kept within [`RECALL_RANGE`], so that a model learnt badly cannot move the share of
/// duplicates by more than that.
pub fn assumed_recall(m: &[[f64; MAX_LEVELS]; NF], known: &[f64; NF]) -> f64 {
    let same = |f: Field| {
        let fi = f as usize;
        // The same phone is the same number, a fixed line or not.
        let agree = match f {
            Field::Phone => m[fi][1] + m[fi][2],
            _ => m[fi][1],
        };
        known[fi] * known[fi] * agree
    };
    let rules = [
        same(Field::Email),
        same(Field::Phone),
        same(Field::FirstName) * same(Field::LastName) * same(Field::BirthDate),
    ];
    let missed: f64 = rules.iter().map(|r| 1.0 - r.clamp(0.0, 1.0)).product();
    (1.0 - missed).clamp(RECALL_RANGE.0, RECALL_RANGE.1)
}

/// The self-checks of a fitted model: exact agreement has m above u in every field the shop
/// knows (`known` share at least 1 %), the share of duplicates is plausible
/// and agrees with the candidates' scores, and the candidates' match weights fall in two
/// groups (different people low, duplicates high).
pub fn run(model: &Model, known: &[f64; NF], contacts: f64, weights: &[f32]) -> Vec<Check> {
    let mut checks = Vec::new();
    let mut wrong = Vec::new();
    for (fi, f) in FIELDS.iter().enumerate() {
        if known[fi] < 0.01 {
            continue;
        }
        // Exact agreement: the levels of partial agreement may rightly be rarer among a
        // shop's duplicates than among strangers (birth dates one digit apart where no
        // one mistypes them), but a model in which agreeing exactly is no likelier among
        // duplicates has learnt the wrong group.
        if model.m[fi][1] <= model.u[fi][1] {
            wrong.push(WrongField::NotAboveStrangers {
                field: *f,
                m: model.m[fi][1],
                u: model.u[fi][1],
            });
        }
        // Duplicates agree more often than they differ, in every field.
        let different = model.m[fi][f.levels() - 1];
        if model.m[fi][1] < different {
            wrong.push(WrongField::DifferMoreThanAgree {
                field: *f,
                same: model.m[fi][1],
                different,
            });
        }
    }
    checks.push(Check {
        kind: CheckKind::AgreementFavoursDuplicates,
        passed: wrong.is_empty(),
        detail: CheckDetail::Agreement(wrong),
    });
    let all_pairs = contacts * (contacts - 1.0) / 2.0;
    let expected = model.lambda * all_pairs;
    let per_contact = if contacts > 0.0 {
        expected / contacts
    } else {
        0.0
    };
    let prior = model.prior();
    let scored: f64 = weights
        .iter()
        .map(|&w| probability(prior + f64::from(w)))
        .sum();
    let consistent = expected < 1.0
        || (scored >= expected / CONSISTENCY_FACTOR && scored <= expected * CONSISTENCY_FACTOR);
    checks.push(Check {
        kind: CheckKind::PlausibleShare,
        passed: per_contact <= MAX_PAIRS_PER_CONTACT && consistent,
        detail: CheckDetail::Share {
            expected,
            per_contact,
            scored,
        },
    });
    let (two, detail) = two_modes(prior, weights);
    checks.push(Check {
        kind: CheckKind::TwoGroups,
        passed: two,
        detail,
    });
    checks
}

/// Whether the candidates' match weights (log2 odds, prior included) have two modes: the
/// fullest one-bit bin below 0 and the fullest above, with a bin between them holding less
/// than half of the smaller. Few candidates (under 20) pass: too few to tell.
fn two_modes(prior: f64, weights: &[f32]) -> (bool, CheckDetail) {
    if weights.len() < 20 {
        return (true, CheckDetail::TooFewCandidates(weights.len()));
    }
    let mut bins: std::collections::BTreeMap<i64, usize> = std::collections::BTreeMap::new();
    for &w in weights {
        let bit = (prior + f64::from(w)).clamp(-60.0, 60.0).floor() as i64;
        *bins.entry(bit).or_insert(0) += 1;
    }
    let fullest = |range: std::ops::Range<i64>| {
        bins.range(range)
            .max_by_key(|(b, n)| (**n, -**b))
            .map(|(b, n)| (*b, *n))
    };
    let (Some(low), Some(high)) = (fullest(-61..0), fullest(0..61)) else {
        return (false, CheckDetail::OneSide);
    };
    let valley = (low.0..=high.0)
        .map(|b| bins.get(&b).copied().unwrap_or(0))
        .min()
        .unwrap_or(0);
    let passed = (valley as f64) < 0.5 * low.1.min(high.1) as f64;
    (
        passed,
        CheckDetail::Groups {
            low_bits: low.0,
            low: low.1,
            high_bits: high.0,
            high: high.1,
            valley,
        },
    )
}

/// The per-level m and u of a model, for [`Diagnostics::levels`].
pub fn levels(model: &Model) -> Vec<LevelDiagnostic> {
    let mut out = Vec::new();
    for (fi, f) in FIELDS.iter().enumerate() {
        for l in 1..f.levels() {
            out.push(LevelDiagnostic {
                field: *f,
                level: f.level_kind(l as u8),
                m: model.m[fi][l],
                u: model.u[fi][l],
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_weights_sum_to_one_and_favour_agreement() {
        let m = default_m();
        for (fi, f) in FIELDS.iter().enumerate() {
            let sum: f64 = m[fi][1..f.levels()].iter().sum();
            assert!((sum - 1.0).abs() < 1e-9, "{}: {sum}", f.label());
            assert!(m[fi][1] > m[fi][f.levels() - 1], "{}", f.label());
        }
    }

    #[test]
    fn the_recall_follows_the_rules_and_stays_in_range() {
        let mut m = default_m();
        let mut known = [1.0; NF];
        // Every record knows its e-mail, duplicates share it 75 % of the time; no phones.
        known[Field::Phone as usize] = 0.0;
        known[Field::BirthDate as usize] = 0.0;
        assert!((assumed_recall(&m, &known) - 0.75).abs() < 1e-9);
        // Half the records know a phone: a quarter of the pairs, 75 % of those agree.
        known[Field::Phone as usize] = 0.5;
        let both = 1.0 - 0.25 * (1.0 - 0.25 * 0.75);
        assert!((assumed_recall(&m, &known) - both).abs() < 1e-9);
        // A model that learnt nothing of e-mails still assumes a fifth.
        m[Field::Email as usize][1] = 0.0;
        known[Field::Phone as usize] = 0.0;
        assert_eq!(assumed_recall(&m, &known), RECALL_RANGE.0);
    }

    #[test]
    fn two_groups_of_scores_pass_and_one_fails() {
        let mut two: Vec<f32> = vec![-20.0; 500];
        two.extend(vec![15.0f32; 50]);
        two.extend(vec![0.5f32; 5]);
        assert!(two_modes(0.0, &two).0, "{:?}", two_modes(0.0, &two).1);
        // A single hump straddling even odds.
        let one: Vec<f32> = (0..600).map(|k| ((k % 12) as f32) - 6.0).collect();
        assert!(!two_modes(0.0, &one).0, "{:?}", two_modes(0.0, &one).1);
        // Everything below even odds: the collapse of a model that finds nothing.
        assert!(!two_modes(0.0, &[-30.0f32; 100]).0);
    }
}
