//! Duplicate detection: pure code, no SQL, no UI. The store hands in the root contacts as
//! [`Record`]s; [`detect`] reduces them to comparison keys, picks candidate pairs by
//! blocking, compares fields, estimates a Fellegi-Sunter model from the shop's own data
//! (no labelled truth), scores every candidate pair with a match probability and an
//! explanation, and recommends a threshold. [`Detection::clusters`] groups the pairs at a
//! threshold into would-be customers, guarded against chaining.

pub mod block;
pub mod checks;
pub mod cluster;
pub mod compare;
pub mod forms;
pub mod model;
mod nicknames;
pub mod plan;
pub mod prepare;
pub mod review;
pub mod similarity;

// The synthetic shop with known truth is test code (the benchmarks include the same file):
// it is not part of the shipped library.
#[cfg(test)]
mod inspect;
// The benchmark reads fields of its quality figures that the tests do not.
#[cfg(test)]
#[allow(dead_code)]
#[path = "../../testkit/synth.rs"]
mod synth;

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::{Mutex, PoisonError};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub use checks::{Diagnostics, FALLBACK_SENTENCE};
pub use cluster::Cluster;
use compare::{FIELDS, Field, MAX_LEVELS, NF, Pattern};
use model::Model;
use prepare::{Prepared, Preparer};
pub use review::{Explanation, Likeness};

/// A contact as the matcher sees it: the root contacts the store reads for detection.
pub use crate::model::DedupContact as Record;

#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The shop's country for phone numbers written the national way (e.g. "FR").
    pub phone_country: Option<String>,
    /// Pairs of contact ids the owner declared different people.
    pub not_duplicates: HashSet<(i64, i64)>,
    /// The model's older special rules, all on; switched off only to measure what each
    /// one earns (`benches/dedup.rs`), never by the owner.
    pub special: SpecialRules,
}

/// The older special rules of the model and of clustering, each of which can be switched
/// off to measure what it earns on every evaluation set (docs/benchmarks.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpecialRules {
    /// u learnt apart among people at the same address (households).
    pub household_u: bool,
    /// Two groups joined by a link only when no member of one contradicts a member of the
    /// other (chain guards); off, a group is every contact linked at the threshold.
    pub chain_guards: bool,
}

impl Default for SpecialRules {
    fn default() -> Self {
        SpecialRules {
            household_u: true,
            chain_guards: true,
        }
    }
}

/// A candidate pair with its match probability (indices into [`Detection::ids`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoredPair {
    pub a: u32,
    pub b: u32,
    pub probability: f64,
}

/// Rounds of learning m and the u of people at the same address in turn.
const HOME_ROUNDS: usize = 3;

/// Pairs scoring below this are not kept (they are never proposed).
const KEEP: f64 = 1e-4;

/// Random pairs compared to learn how often different people come out similar but not
/// identical by chance: ten per contact, at least 20,000 and at most 200,000. Exact
/// agreement is counted from how often each value occurs, not sampled, so rare values
/// (e-mails, phones) need no huge sample.
fn random_pair_count(judged: usize) -> usize {
    (judged * 10).clamp(20_000, 200_000)
}

pub struct Detection {
    /// Contact id of each record index.
    pub ids: Vec<i64>,
    prepared: Vec<Prepared>,
    /// For each record, how common its first name, surname and address are (share of the
    /// contacts holding the same value), its surname among first names (for swaps), its
    /// full name (first name and surname together) held by others than the record itself,
    /// its address line 2, and how many records hold its e-mail and its phone.
    tf: Vec<[f32; 8]>,
    not_duplicates: HashSet<(i64, i64)>,
    /// Whether clustering guards against chains ([`SpecialRules::chain_guards`]).
    chain_guards: bool,
    pub model: Model,
    /// Candidate pairs scoring at least 1e-4, most likely first.
    pub pairs: Vec<ScoredPair>,
    pub recommended_threshold: f64,
    pub candidates: usize,
    /// Pairs proposed by each blocking rule.
    pub blocking: Vec<(block::BlockRule, usize)>,
    /// Contacts left out for lack of a name, an e-mail and a phone.
    pub not_judgeable: usize,
    /// What the model learnt, its self-checks, and whether the default weights were used.
    pub diagnostics: Diagnostics,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Cancelled;

/// Whether two records' first names are more than two letters apart, read straight and
/// crossed (names swapped between the fields): two typos in one short name ("Chldé" and
/// "Chwoé" for Chloé) make the names "different" for the score, but are no proof of two
/// people.
fn first_names_far_apart(a: &Prepared, b: &Prepared) -> bool {
    let far = |x: &str, y: &str| similarity::levenshtein(x, y) > 2;
    far(a.first(), b.first()) && far(a.first(), b.last())
}

fn is_declared_different(set: &HashSet<(i64, i64)>, a: i64, b: i64) -> bool {
    !set.is_empty() && set.contains(&(a.min(b), a.max(b)))
}

fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
}

/// Runs `f` over `0..len` split into one range per core (when `len` is at least
/// `min_len`); results in order.
fn parallel_ranges<R: Send>(
    len: usize,
    min_len: usize,
    f: impl Fn(Range<usize>) -> R + Sync,
) -> Vec<R> {
    let threads = threads();
    if threads == 1 || len < min_len.max(2) {
        return vec![f(0..len)];
    }
    let chunk = len.div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..len)
            .step_by(chunk)
            .map(|start| {
                let f = &f;
                let range = start..(start + chunk).min(len);
                let fallback = range.clone();
                (
                    std::thread::Builder::new()
                        .name("dedup".into())
                        .spawn_scoped(s, move || f(range)),
                    fallback,
                )
            })
            .collect();
        handles
            .into_iter()
            .map(|(h, range)| match h {
                Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
                Err(_) => f(range),
            })
            .collect()
    })
}

/// Runs `f` over `items` split across the machine's cores; results in order.
fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&[T]) -> R + Sync) -> Vec<R> {
    parallel_ranges(items.len(), 10_000, |r| f(&items[r]))
}

/// One part of a result that [`parallel_fill`] writes: where it starts, and its place.
type Part<'a, R> = Mutex<Option<(usize, &'a mut [R])>>;

/// The part a thread is to fill, taken once: by the thread, or after it by the caller
/// when the thread could not be started.
fn take<'a, R>(part: &Part<'a, R>) -> Option<(usize, &'a mut [R])> {
    part.lock().unwrap_or_else(PoisonError::into_inner).take()
}

/// Sets `out[k] = f(k)` for every `k`, split across the machine's cores (when `out` holds
/// at least `min_len`). The results are written in place: a result of a million contacts'
/// candidate pairs is never held twice while the cores' parts are joined.
fn parallel_fill<R: Send>(out: &mut [R], min_len: usize, f: impl Fn(usize) -> R + Sync) {
    let fill = |start: usize, part: &mut [R]| {
        for (k, o) in part.iter_mut().enumerate() {
            *o = f(start + k);
        }
    };
    let threads = threads();
    if threads == 1 || out.len() < min_len.max(2) {
        fill(0, out);
        return;
    }
    let chunk = out.len().div_ceil(threads);
    let parts: Vec<Part<'_, R>> = out
        .chunks_mut(chunk)
        .enumerate()
        .map(|(i, part)| Mutex::new(Some((i * chunk, part))))
        .collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = parts
            .iter()
            .map(|part| {
                let fill = &fill;
                std::thread::Builder::new()
                    .name("dedup".into())
                    .spawn_scoped(s, move || {
                        if let Some((start, part)) = take(part) {
                            fill(start, part);
                        }
                    })
            })
            .collect();
        for h in handles.into_iter().flatten() {
            h.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        }
    });
    // The parts no thread could be started for.
    for part in &parts {
        if let Some((start, part)) = take(part) {
            fill(start, part);
        }
    }
}

/// Marks the records whose phone is a fixed line ([`crate::clean::is_fixed_line`]), for
/// the numbers two records or more hold: only those can agree, and the numbering plan is
/// read once per number.
fn mark_fixed_lines(prepared: &mut [Prepared]) {
    let fixed: std::collections::HashSet<String> = value_counts(prepared.iter().map(|p| p.phone()))
        .into_iter()
        .filter(|(phone, holders)| *holders >= 2 && !phone.is_empty())
        .filter(|(phone, _)| crate::clean::is_fixed_line(phone))
        .map(|(phone, _)| phone.to_string())
        .collect();
    if fixed.is_empty() {
        return;
    }
    for p in prepared.iter_mut() {
        p.phone_fixed = fixed.contains(p.phone());
    }
}

/// How many records hold each value (empty values left out).
fn value_counts<'a>(values: impl Iterator<Item = &'a str>) -> HashMap<&'a str, u32> {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for v in values.filter(|v| !v.is_empty()) {
        *counts.entry(v).or_insert(0) += 1;
    }
    counts
}

/// Each record's share of the contacts holding the same first name, surname and address,
/// its surname's share among first names (what exact agreement on a swapped name is
/// adjusted by), the share of its full name among the contacts with both names, the
/// record itself left out, the share of its address line 2 ("Apt 52", "Bât. B" are
/// held by many), and how many records hold its e-mail and its phone (a family's or a
/// company's e-mail, a switchboard's phone are held by many; a person's by one or two).
fn term_frequencies(prepared: &[Prepared]) -> Vec<[f32; 8]> {
    let first = value_counts(prepared.iter().map(|p| p.first()));
    let last = value_counts(prepared.iter().map(|p| p.last()));
    let address = value_counts(prepared.iter().map(|p| p.address()));
    let street2 = value_counts(prepared.iter().map(|p| p.street2()));
    let email = value_counts(prepared.iter().map(|p| p.email()));
    let phone = value_counts(prepared.iter().map(|p| p.phone()));
    let mut full: HashMap<(&str, &str), u32> = HashMap::new();
    for p in prepared
        .iter()
        .filter(|p| !p.first().is_empty() && !p.last().is_empty())
    {
        *full.entry((p.first(), p.last())).or_insert(0) += 1;
    }
    let known_full = full.values().map(|&n| f64::from(n)).sum::<f64>();
    let known = |c: &HashMap<&str, u32>| c.values().map(|&n| f64::from(n)).sum::<f64>();
    let (kf, kl, ka, k2) = (
        known(&first),
        known(&last),
        known(&address),
        known(&street2),
    );
    let share = |c: &HashMap<&str, u32>, total: f64, v: &str| -> f32 {
        if total == 0.0 || v.is_empty() {
            return 0.0;
        }
        (f64::from(c.get(v).copied().unwrap_or(1)) / total) as f32
    };
    prepared
        .iter()
        .map(|p| {
            [
                share(&first, kf, p.first()),
                share(&last, kl, p.last()),
                share(&address, ka, p.address()),
                share(&first, kf, p.last()),
                // Used only for two records that both hold the name: the share of the
                // other records holding it. A name held by the pair alone comes out
                // rarer than its parts, and the parts' product is then used instead.
                match full.get(&(p.first(), p.last())) {
                    Some(&n) if known_full > 0.0 => {
                        (f64::from(n.saturating_sub(1)) / known_full) as f32
                    }
                    _ => 0.0,
                },
                share(&street2, k2, p.street2()),
                email.get(p.email()).map_or(0.0, |&n| n as f32),
                phone.get(p.phone()).map_or(0.0, |&n| n as f32),
            ]
        })
        .collect()
}

/// How often two different people agree by chance, per field and level. Exact agreement
/// comes from the value counts (the share of all pairs of contacts, both known, that hold
/// the same value); the other levels from random pairs that do not agree exactly.
fn chance_agreement(prepared: &[Prepared], judged: &[u32]) -> [[f64; MAX_LEVELS]; NF] {
    let n = judged.len();
    let random: Vec<(u32, u32)> = if n < 2 {
        Vec::new()
    } else if n * (n - 1) / 2 <= random_pair_count(n) {
        (0..n)
            .flat_map(|i| (i + 1..n).map(move |j| (judged[i], judged[j])))
            .collect()
    } else {
        let mut rng = ChaCha8Rng::seed_from_u64(0x434C_4E54);
        (0..random_pair_count(n))
            .filter_map(|_| {
                let (i, j) = (rng.random_range(0..n), rng.random_range(0..n));
                (i != j).then(|| (judged[i], judged[j]))
            })
            .collect()
    };
    let mut sampled = [[0.0; MAX_LEVELS]; NF];
    for part in parallel(&random, |chunk| {
        let mut c = [[0.0f64; MAX_LEVELS]; NF];
        for &(a, b) in chunk {
            let p = compare::compare(&prepared[a as usize], &prepared[b as usize]);
            for fi in 0..NF {
                c[fi][usize::from(p[fi])] += 1.0;
            }
        }
        c
    }) {
        for fi in 0..NF {
            for l in 0..MAX_LEVELS {
                sampled[fi][l] += part[fi][l];
            }
        }
    }
    let exact: Vec<f64> = parallel_ranges(NF, 1, |fields| {
        fields
            .map(|fi| {
                let counts = value_counts(
                    judged
                        .iter()
                        .map(|&i| FIELDS[fi].value(&prepared[i as usize])),
                );
                let known: f64 = counts.values().map(|&c| f64::from(c)).sum();
                let same: f64 = counts
                    .values()
                    .map(|&c| f64::from(c) * (f64::from(c) - 1.0) / 2.0)
                    .sum();
                let all = known * (known - 1.0) / 2.0;
                (same + 0.5) / (all + 0.5)
            })
            .collect::<Vec<f64>>()
    })
    .into_iter()
    .flatten()
    .collect();
    model::u_from_exact_and_sample(&exact, &sampled)
}

/// Values held by more records than this are not one person's (a shop's own e-mail, a
/// switchboard's phone): the deterministic rules leave them out.
const PERSONAL_VALUE_MAX: usize = 8;

/// When the deterministic rules find almost nothing (a shop without e-mails, phones or
/// birth dates), the share of duplicates is taken to be at least this many duplicate pairs
/// a contact.
const MIN_PAIRS_PER_CONTACT: f64 = 0.005;

/// Every pair within the groups of records sharing a key (groups of 2 to
/// [`PERSONAL_VALUE_MAX`] records).
fn pairs_sharing(mut keyed: Vec<(u64, u32)>, out: &mut Vec<u64>) {
    keyed.sort_unstable();
    for group in keyed.chunk_by(|x, y| x.0 == y.0) {
        if (2..=PERSONAL_VALUE_MAX).contains(&group.len()) {
            for (i, x) in group.iter().enumerate() {
                for y in &group[i + 1..] {
                    out.push(block::pair(x.1, y.1));
                }
            }
        }
    }
}

/// The pairs the deterministic rules find (the same e-mail with a local part, the same
/// phone, or the same first name, surname and birth date), sorted, each once; and how many
/// of them share an e-mail or a phone.
fn deterministic_pairs(prepared: &[Prepared], judged: &[u32]) -> (Vec<u64>, usize) {
    let keyed = |key: &dyn Fn(&Prepared) -> Option<u64>| -> Vec<(u64, u32)> {
        judged
            .iter()
            .filter_map(|&i| key(&prepared[i as usize]).map(|k| (k, i)))
            .collect()
    };
    let mut pairs = Vec::new();
    pairs_sharing(
        keyed(&|p| {
            let local = p.email().split('@').next().unwrap_or("");
            (!local.is_empty()).then(|| block::hash(p.email()))
        }),
        &mut pairs,
    );
    pairs_sharing(
        keyed(&|p| (!p.phone().is_empty()).then(|| block::hash(p.phone()))),
        &mut pairs,
    );
    pairs.sort_unstable();
    pairs.dedup();
    let shared = pairs.len();
    pairs_sharing(
        keyed(&|p| {
            let known = !p.first().is_empty() && !p.last().is_empty() && !p.birth().is_empty();
            known.then(|| block::hash((p.first(), p.last(), p.birth())))
        }),
        &mut pairs,
    );
    pairs.sort_unstable();
    pairs.dedup();
    (pairs, shared)
}

/// The share of the judged records that know each field.
fn known_shares(prepared: &[Prepared], judged: &[u32]) -> [f64; NF] {
    let mut known = [0.0; NF];
    if judged.is_empty() {
        return known;
    }
    for &i in judged {
        for (fi, f) in FIELDS.iter().enumerate() {
            if !f.value(&prepared[i as usize]).is_empty() {
                known[fi] += 1.0;
            }
        }
    }
    known.map(|k| k / judged.len() as f64)
}

/// The chance that two contacts taken at random are the same person: the pairs the
/// deterministic rules find, divided by their assumed recall, over every pair of the
/// `contacts` (at least [`MIN_PAIRS_PER_CONTACT`] a contact).
fn prior_from_rules(found: usize, recall: f64, contacts: f64) -> f64 {
    if contacts < 2.0 {
        return 0.5;
    }
    let all_pairs = contacts * (contacts - 1.0) / 2.0;
    let expected = (found as f64 / recall).max(MIN_PAIRS_PER_CONTACT * contacts);
    (expected / all_pairs).clamp(1e-15, 0.5)
}

/// Each candidate's match weight without the prior (name, e-mail and phone frequencies
/// weighed in), in bits, written into `evidence`.
fn evidence_of(d: &Detection, pairs: &[u64], patterns: &[u32], evidence: &mut [f32]) {
    let prior = d.model.prior();
    parallel_fill(evidence, 10_000, |k| {
        let (a, b) = block::unpair(pairs[k]);
        let pattern = compare::unpack(patterns[k]);
        (d.weight_with(a, b, &pattern) - prior) as f32
    });
}

/// Where `p` stands in `sorted`, if there, searched from `from` onwards (where the last
/// search ended) with steps doubling, then halving: the pairs of a blocking rule are
/// looked up in order among all candidates, and each one lies a little after the last.
/// `from` is moved to where `p` is or would be.
fn find_from(sorted: &[u64], from: &mut usize, p: u64) -> Option<usize> {
    if *from > sorted.len() || (*from > 0 && sorted[*from - 1] >= p) {
        *from = 0;
    }
    let rest = &sorted[*from..];
    let mut step = 1;
    while step < rest.len() && rest[step - 1] < p {
        step *= 2;
    }
    *from += rest[..step.min(rest.len())].partition_point(|&x| x < p);
    (sorted.get(*from) == Some(&p)).then_some(*from)
}

/// A step of detection, as [`detect`] reports it (put in words by [`crate::text`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Reading names, phones and addresses.
    Reading,
    /// Learning how often strangers look alike.
    LearningChance,
    /// Finding candidate pairs.
    FindingPairs,
    /// Comparing candidate pairs.
    ComparingPairs,
    /// Estimating the model.
    EstimatingModel,
    /// Scoring pairs.
    ScoringPairs,
    /// Finished.
    Done,
}

/// Finds likely duplicates among `records`. `progress(fraction, step)` returns false to
/// stop.
pub fn detect(
    records: &[Record],
    options: &Options,
    progress: &mut dyn FnMut(f32, Step) -> bool,
) -> Result<Detection, Cancelled> {
    let preparer = Preparer::new(
        options
            .phone_country
            .as_deref()
            .and_then(crate::clean::phone_region),
    );
    if !progress(0.0, Step::Reading) {
        return Err(Cancelled);
    }
    let mut prepared = vec![Prepared::default(); records.len()];
    parallel_fill(&mut prepared, 10_000, |k| preparer.prepare(&records[k]));
    mark_fixed_lines(&mut prepared);
    let tf = term_frequencies(&prepared);
    let judged: Vec<u32> = (0..prepared.len() as u32)
        .filter(|&i| prepared[i as usize].judgeable)
        .collect();

    // The forms of first names the shop's records write for one another, learnt before
    // anything is compared (the chance agreement included).
    let ids: Vec<i64> = records.iter().map(|r| r.id).collect();
    let forms = forms::learn(
        &prepared,
        &judged,
        |a, b| !is_declared_different(&options.not_duplicates, ids[a as usize], ids[b as usize]),
        |a, b| {
            let first = compare::compare(a, b)[0];
            Field::FirstName.level_kind(first) == compare::LevelKind::Different
        },
    );
    forms::attach(&mut prepared, &forms);

    // How often different people agree by chance.
    if !progress(0.15, Step::LearningChance) {
        return Err(Cancelled);
    }
    let u = chance_agreement(&prepared, &judged);

    if !progress(0.3, Step::FindingPairs) {
        return Err(Cancelled);
    }
    let mut block_progress = |f: f32| progress(0.3 + 0.2 * f, Step::FindingPairs);
    let blocked = block::candidates(&prepared, &mut block_progress).ok_or(Cancelled)?;
    let mut pairs: Vec<u64> = blocked.pairs;
    if !options.not_duplicates.is_empty() {
        pairs.retain(|&p| {
            let (a, b) = block::unpair(p);
            !is_declared_different(&options.not_duplicates, ids[a as usize], ids[b as usize])
        });
    }

    if !progress(0.5, Step::ComparingPairs) {
        return Err(Cancelled);
    }
    let mut patterns = vec![0u32; pairs.len()];
    parallel_fill(&mut patterns, 10_000, |k| {
        let (a, b) = block::unpair(pairs[k]);
        compare::pack(&compare::compare(
            &prepared[a as usize],
            &prepared[b as usize],
        ))
    });
    let histogram_of = |packed: &mut dyn Iterator<Item = u32>| {
        let mut histogram: HashMap<u32, f64> = HashMap::new();
        for p in packed {
            *histogram.entry(p).or_insert(0.0) += 1.0;
        }
        let mut distinct: Vec<(Pattern, f64)> = histogram
            .into_iter()
            .map(|(p, n)| (compare::unpack(p), n))
            .collect();
        distinct.sort_unstable_by_key(|a| a.0);
        distinct
    };
    if !progress(0.8, Step::EstimatingModel) {
        return Err(Cancelled);
    }
    // m is learnt rule by rule (as Splink trains per blocking rule): within one rule's
    // pairs, the fields the rule agrees on by construction say nothing and are left out,
    // so the other fields meet strangers the way random pairs (u) do.
    let mut rules = Vec::new();
    for (rule, sample) in block::RULES.iter().zip(&blocked.samples) {
        if sample.len() < 20 {
            continue;
        }
        // The parts of an address go together: pairs that share a street or a postcode
        // share the town too, by construction, so a rule on any of them says nothing of
        // the others. A home phone belongs to an address: the people sharing one share
        // the address too, so the phone rule says nothing of it either.
        let address = [Field::Address, Field::Street2, Field::Region];
        let on_address = rule
            .fields
            .iter()
            .any(|f| address.contains(f) || *f == Field::Phone);
        let masked: Vec<usize> = FIELDS
            .iter()
            .enumerate()
            .filter(|(_, f)| rule.fields.contains(f) || (on_address && address.contains(f)))
            .map(|(i, _)| i)
            .collect();
        // Every rule's pairs are among the candidates, already compared, unless the owner
        // declared them different people.
        let mut from = 0;
        let distinct =
            histogram_of(
                &mut sample
                    .iter()
                    .map(|&p| match find_from(&pairs, &mut from, p) {
                        Some(k) => patterns[k],
                        None => {
                            let (a, b) = block::unpair(p);
                            compare::pack(&compare::compare(
                                &prepared[a as usize],
                                &prepared[b as usize],
                            ))
                        }
                    }),
            );
        rules.push((masked, distinct, sample.len() as f64));
    }
    let distinct = histogram_of(&mut patterns.iter().copied());
    // m and the u of people sharing an address depend on each other: a family taken for
    // one person raises m of a different first name, and that m in turn makes families
    // look alike. A few rounds: m with u at the same address fixed, then u at the same
    // address with m fixed.
    let learn = |u_home| {
        let sessions: Vec<_> = rules
            .iter()
            .map(|(masked, distinct, n)| {
                let model = Model::estimate(distinct, u, u_home, masked);
                (masked.clone(), model, *n)
            })
            .collect();
        Model::combine(&sessions, u, u_home, &distinct)
    };
    let mut u_home = u;
    let rounds = if options.special.household_u {
        HOME_ROUNDS
    } else {
        0
    };
    for _ in 0..rounds {
        let mut model = learn(u_home);
        model.learn_home(&distinct);
        u_home = model.u_home;
    }
    let mut model = learn(u_home);
    let n = judged.len() as f64;
    // The share of duplicates is counted, not learnt from the candidates' own scores: the
    // pairs sharing an e-mail or a phone (or the full name and birth date) are nearly all
    // duplicates, and the rules' recall is read from the fitted m.
    let known = known_shares(&prepared, &judged);
    let (deterministic, shared) = deterministic_pairs(&prepared, &judged);
    let found = deterministic.len();
    drop(deterministic);
    let mut recall = checks::assumed_recall(&model.m, &known);
    model.lambda = prior_from_rules(found, recall, n);

    let mut detection = Detection {
        ids,
        prepared,
        tf,
        not_duplicates: options.not_duplicates.clone(),
        chain_guards: options.special.chain_guards,
        model,
        pairs: Vec::new(),
        recommended_threshold: 0.5,
        candidates: pairs.len(),
        blocking: blocked.per_rule,
        not_judgeable: records.len() - judged.len(),
        diagnostics: Diagnostics::default(),
    };
    if !progress(0.9, Step::ScoringPairs) {
        return Err(Cancelled);
    }
    let mut evidence = vec![0f32; pairs.len()];
    evidence_of(&detection, &pairs, &patterns, &mut evidence);
    let checks = checks::run(&detection.model, &known, n, &evidence);
    let fallback = !checks.iter().all(|c| c.passed);
    if fallback {
        // The learnt model failed a check: the default m, u from random pairs as always,
        // and no u of households (learnt with the m that failed).
        let m = checks::default_m();
        recall = checks::assumed_recall(&m, &known);
        detection.model = Model {
            m,
            u,
            u_home: u,
            lambda: prior_from_rules(found, recall, n),
            iterations: 0,
        };
        evidence_of(&detection, &pairs, &patterns, &mut evidence);
    }
    drop(patterns);
    detection.diagnostics = Diagnostics {
        lambda: detection.model.lambda,
        expected_duplicate_pairs: detection.model.lambda * n * (n - 1.0) / 2.0,
        deterministic_pairs: found,
        shared_email_or_phone_pairs: shared,
        recall,
        levels: checks::levels(&detection.model),
        checks,
        fallback,
        blocking: detection.blocking.clone(),
        recommended_threshold: 0.5,
        first_name_forms: forms::pairs(&forms),
    };
    let prior = detection.model.prior();
    let mut scored: Vec<ScoredPair> = parallel_ranges(pairs.len(), 10_000, |range| {
        range
            .filter_map(|k| {
                let (a, b) = block::unpair(pairs[k]);
                let probability = model::probability(prior + f64::from(evidence[k]));
                (probability >= KEEP).then_some(ScoredPair { a, b, probability })
            })
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect();
    drop(evidence);
    drop(pairs);
    scored.sort_unstable_by(|x, y| {
        y.probability
            .total_cmp(&x.probability)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    let probabilities: Vec<f64> = scored.iter().map(|p| p.probability).collect();
    detection.recommended_threshold = model::recommended_threshold(&probabilities);
    detection.diagnostics.recommended_threshold = detection.recommended_threshold;
    detection.pairs = scored;
    progress(1.0, Step::Done);
    Ok(detection)
}

/// The adjustment in bits for exact agreement on an e-mail or a phone held by `holders`
/// records: none for a value held by two records or fewer (a person and a duplicate), minus
/// log2 of how many times more records hold it otherwise. Splink's formula,
/// log2(u / share), would take about four bits from every duplicate sharing its own
/// e-mail, since u averages over the many values that one record alone holds.
fn shared_value_adjustment(holders: f64) -> f64 {
    if holders <= 2.0 {
        0.0
    } else {
        -(holders / 2.0).log2()
    }
}

impl Detection {
    fn tf_adjust(&self, a: u32, b: u32, pattern: &Pattern) -> f64 {
        let (pa, pb) = (&self.prepared[a as usize], &self.prepared[b as usize]);
        // Only exact agreement is adjusted; whether names are swapped matters only then.
        let swapped = (pattern[0] == 1 || pattern[1] == 1) && compare::names_swapped(pa, pb);
        // At the same address the names are weighed against the people who live there,
        // not against how common the names are in the shop.
        let home = model::same_address(pattern);
        let mut adjust = 0.0;
        let (ta, tb) = (&self.tf[a as usize], &self.tf[b as usize]);
        // Both names the same: weighed by how common the full name is. First names and
        // surnames go together (an Armenian surname comes with an Armenian first name,
        // parents pass names on), so the product of their separate shares would make a
        // common full name look far rarer than it is.
        //
        // Swapped names are weighed by how common they are where they are usually written:
        // one of the two records wrote them in the wrong fields, where any name is rare
        // (a surname among first names), and that rarity says nothing about the person.
        // Which record it was is not known; the more common reading is taken.
        let full_name = pattern[0] == 1 && pattern[1] == 1 && !home;
        if full_name {
            let reading = |t: &[f32; 8]| {
                let apart = f64::from(t[0]) * f64::from(t[1]);
                f64::from(t[4]).max(apart)
            };
            let together = if swapped {
                reading(ta).max(reading(tb))
            } else {
                reading(ta)
            };
            if together > 0.0 {
                adjust += (self.model.u[0][1] * self.model.u[1][1] / together).log2();
            }
        }
        for (fi, f) in FIELDS.iter().enumerate() {
            // Exact agreement: level 1, and for a phone the same fixed line too.
            let exact = pattern[fi] == 1 || (*f == compare::Field::Phone && pattern[fi] == 2);
            if !exact {
                continue;
            }
            let share = match f {
                compare::Field::FirstName | compare::Field::LastName if full_name => continue,
                compare::Field::FirstName | compare::Field::LastName if home => continue,
                // a's first name is b's surname: as a surname, or as a first name.
                compare::Field::FirstName if swapped => tb[1].max(tb[3]),
                compare::Field::FirstName => ta[0],
                // a's surname is b's first name.
                compare::Field::LastName if swapped => ta[1].max(tb[0]),
                compare::Field::LastName => ta[1],
                compare::Field::Address => ta[2],
                // At one address, line 2 is weighed against the people who live there.
                compare::Field::Street2 if home => continue,
                compare::Field::Street2 => ta[5],
                compare::Field::Email => ta[6],
                compare::Field::Phone => ta[7],
                _ => continue,
            };
            adjust += match f {
                // A person's e-mail or phone is held by their own records: only a value held
                // by more (a family's e-mail, a switchboard) is adjusted, by how many more.
                compare::Field::Email | compare::Field::Phone => {
                    shared_value_adjustment(f64::from(share))
                }
                _ => self.model.tf_adjustment(fi, f64::from(share)),
            };
        }
        adjust
    }

    fn weight_with(&self, a: u32, b: u32, pattern: &Pattern) -> f64 {
        self.model.weight_of(pattern, self.tf_adjust(a, b, pattern))
    }

    /// The match probability of any two records (0 for a pair declared different people,
    /// or when either cannot be judged).
    pub fn score(&self, a: u32, b: u32) -> f64 {
        model::probability(self.weight(a, b))
    }

    /// Whether two records may be one person at all: both can be judged and the owner did
    /// not declare them different people.
    fn may_match(&self, a: u32, b: u32) -> bool {
        self.prepared[a as usize].judgeable
            && self.prepared[b as usize].judgeable
            && !is_declared_different(
                &self.not_duplicates,
                self.ids[a as usize],
                self.ids[b as usize],
            )
    }

    /// The match weight (log2 odds) of any two records (minus infinity for a pair declared
    /// different people, or when either cannot be judged).
    pub fn weight(&self, a: u32, b: u32) -> f64 {
        if !self.may_match(a, b) {
            return f64::NEG_INFINITY;
        }
        let (pa, pb) = (&self.prepared[a as usize], &self.prepared[b as usize]);
        self.weight_with(a, b, &compare::compare(pa, pb))
    }

    /// Why two records look alike (or not): the fields that agree, most telling first,
    /// then those that differ; [`crate::text::dedup`] says it in words.
    pub fn explain(&self, a: u32, b: u32) -> Explanation {
        let (pa, pb) = (&self.prepared[a as usize], &self.prepared[b as usize]);
        let pattern = compare::compare(pa, pb);
        let mut parts: Vec<(f64, Likeness)> = Vec::new();
        for (fi, f) in FIELDS.iter().enumerate() {
            let level = pattern[fi];
            if level == 0 {
                continue;
            }
            let w = self
                .model
                .field_weight_in(fi, level, model::context(&pattern));
            parts.push((
                w,
                Likeness {
                    field: *f,
                    level: f.level_kind(level),
                },
            ));
        }
        parts.sort_by(|x, y| y.0.total_cmp(&x.0));
        let mut agree: Vec<Likeness> = parts.iter().filter(|p| p.0 > 0.5).map(|p| p.1).collect();
        let differ: Vec<Likeness> = parts
            .iter()
            .rev()
            .filter(|p| p.0 < -0.5)
            .map(|p| p.1)
            .collect();
        // The four most telling agreements; "and N more" for the rest.
        let more = agree.len().saturating_sub(4);
        agree.truncate(4);
        Explanation {
            agree,
            more,
            swapped: compare::names_swapped(pa, pb),
            differ,
            score: self.score(a, b),
        }
    }

    /// The records as they were compared (cleaned names, keys, phones), in input order.
    pub fn prepared(&self) -> &[Prepared] {
        &self.prepared
    }

    /// The clusters of the pairs at or above `threshold`, each checked against chaining.
    pub fn clusters(&self, threshold: f64) -> Vec<Cluster> {
        let edges: Vec<(u32, u32, f64)> = self
            .pairs
            .iter()
            .take_while(|p| p.probability >= threshold)
            .map(|p| (p.a, p.b, p.probability))
            .collect();
        let floor = threshold / 2.0;
        cluster::clusters(
            &edges,
            floor,
            &|a, b| self.weight(a, b),
            // Without the chain guards only the pairs declared different people (or that
            // cannot be judged) keep groups apart.
            &|a, b| {
                if self.chain_guards {
                    self.contradict(a, b)
                } else {
                    !self.may_match(a, b)
                }
            },
            &|x, y| self.join_weight(x, y),
        )
    }

    /// The match weight of two groups of records (each taken for one person) as one
    /// person: each field compared between the two people rather than between two
    /// records, as the most alike pair of records that knows it (people have several
    /// phones and addresses, and one record leaves out what another gives), except that a
    /// first name differs when any two records disagree (a person has one, and "A."
    /// agrees with Anton and Andrei alike). A person who moved and changed phone stays
    /// whole; a namesake linked to a person's record that lacks a birth date meets the
    /// birth date of the person's other records. Minus infinity when a pair is declared
    /// different people or cannot be judged.
    pub fn join_weight(&self, left: &[u32], right: &[u32]) -> f64 {
        let mut best: Option<(f64, u32, u32)> = None;
        // Per field: the most alike level any pair knows, and whether two records
        // disagree on the first name (a person has one).
        let mut known: Pattern = [0; NF];
        let mut differs = [false; NF];
        for &x in left {
            for &y in right {
                if !self.may_match(x, y) {
                    return f64::NEG_INFINITY;
                }
                let (px, py) = (&self.prepared[x as usize], &self.prepared[y as usize]);
                let p = compare::compare(px, py);
                for (fi, f) in FIELDS.iter().enumerate() {
                    let l = p[fi];
                    if l == 0 {
                        continue;
                    }
                    if known[fi] == 0 || l < known[fi] {
                        known[fi] = l;
                    }
                    let different = usize::from(l) + 1 == f.levels();
                    differs[fi] |=
                        different && *f == Field::FirstName && first_names_far_apart(px, py);
                }
                let w = self.weight_with(x, y, &p);
                if best.is_none_or(|b| w > b.0) {
                    best = Some((w, x, y));
                }
            }
        }
        let Some((_, x, y)) = best else {
            return f64::NEG_INFINITY;
        };
        // Each field as the most alike pair knows it, except a first name that differs
        // anywhere; weighed with the most alike pair's name frequencies.
        let mut group = known;
        for (fi, f) in FIELDS.iter().enumerate() {
            if differs[fi] {
                group[fi] = (f.levels() - 1) as u8;
            }
        }
        self.weight_with(x, y, &group)
    }

    /// Whether two records say they are different people, rather than merely share
    /// little: birth dates that differ, different first names under the same surname (more
    /// than two letters apart, so that two typos in one name are not taken for two people), or,
    /// at different addresses, a phone or an e-mail known on both sides and different.
    /// Records of one person often share little (one left the e-mail out, the other
    /// moved); a namesake sharing a cluster with someone's records nearly always differs in
    /// one of these, and a relative at the same address in the first name or birth date (at
    /// one address, a second phone or mailbox is as likely the same person's).
    /// Records the owner declared different people, and records too thin to judge, always
    /// contradict.
    pub fn contradict(&self, a: u32, b: u32) -> bool {
        if !self.may_match(a, b) {
            return true;
        }
        let (pa, pb) = (&self.prepared[a as usize], &self.prepared[b as usize]);
        let p = compare::compare(pa, pb);
        let level = |f: Field| p[f as usize];
        let different = |f: Field| usize::from(level(f)) + 1 == f.levels();
        different(Field::BirthDate)
            || (different(Field::FirstName)
                && matches!(level(Field::LastName), 1 | 2)
                && first_names_far_apart(pa, pb))
            || ((different(Field::Phone) || different(Field::Email)) && !model::same_address(&p))
    }

    /// Every pair of records that would become one customer if `clusters` were merged (the
    /// closure of each cluster), each with its own probability.
    pub fn closure(&self, clusters: &[Cluster]) -> Vec<ScoredPair> {
        let mut out = Vec::new();
        for c in clusters {
            for (i, &a) in c.members.iter().enumerate() {
                for &b in &c.members[i + 1..] {
                    out.push(ScoredPair {
                        a,
                        b,
                        probability: self.score(a, b),
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod febrl;

#[cfg(test)]
mod tests {
    use super::*;

    fn person(k: usize, first: &str, last: &str) -> Record {
        Record {
            id: k as i64 + 1,
            first_name: Some(first.into()),
            last_name: Some(last.into()),
            email: Some(format!("p{k}@example.fr")),
            ..Record::default()
        }
    }

    /// A number two records hold is compared by its kind: the same fixed line (a
    /// household's phone) is its own level, apart from the same mobile; a number one record
    /// alone holds is never looked up; a country whose plan does not tell the kinds apart
    /// (the United States) counts as a person's own.
    #[test]
    fn a_shared_fixed_line_is_its_own_level() {
        let with_phone = |k: usize, first: &str, phone: &str| Record {
            phone: Some(phone.into()),
            email: None,
            ..person(k, first, "Martin")
        };
        let records = vec![
            with_phone(0, "Claire", "01 45 67 89 12"),
            with_phone(1, "Paul", "01 45 67 89 12"),
            with_phone(2, "Anne", "06 12 34 56 78"),
            with_phone(3, "Anne", "+33 6 12 34 56 78"),
            with_phone(4, "Marc", "+1 202 555 0123"),
            with_phone(5, "Marc", "+1 202 555 0123"),
            with_phone(6, "Luc", "01 45 67 89 13"),
        ];
        let options = Options {
            phone_country: Some("FR".into()),
            ..Options::default()
        };
        let d = detect(&records, &options, &mut |_, _| true).unwrap();
        let phone = |a: usize, b: usize| compare::compare(&d.prepared[a], &d.prepared[b])[7];
        assert_eq!(phone(0, 1), 2, "the same fixed line");
        assert_eq!(phone(2, 3), 1, "the same mobile");
        assert_eq!(phone(4, 5), 1, "a number of either kind");
        assert_eq!(phone(0, 6), 3, "nearly the same");
        assert_eq!(phone(0, 2), 4, "different");
        assert!(!d.prepared[6].phone_fixed, "held by one record only");
        assert_eq!(
            Field::Phone.level_kind(2),
            compare::LevelKind::SameFixedLine
        );
    }

    /// A first name the shop's records write for another (Vika for Viktoriia, person after
    /// person sharing a surname, a birth date and an e-mail) is learnt as a form of it, and
    /// counts as another form of the first name wherever else it meets it, a spelling apart
    /// too; two names written for each other by two people only are not, nor twins' names.
    #[test]
    fn forms_of_first_names_are_learnt_from_the_shops_own_records() {
        let mut records = Vec::new();
        let mut add = |first: &str, last: &str, birth: Option<&str>, email: Option<&str>| {
            let k = records.len();
            records.push(Record {
                birth_date: birth.map(Into::into),
                email: email.map(Into::into),
                street: Some(format!("{} rue des Lilas", k / 2 + 1)),
                postcode: Some("69003".into()),
                city: Some("Lyon".into()),
                ..person(k, first, last)
            });
            k
        };
        let surnames = [
            "Petrova", "Orlova", "Smirnova", "Volkova", "Sokolova", "Popova",
        ];
        for (i, last) in surnames.iter().enumerate() {
            let birth = format!("19{}-03-1{i}", 70 + i);
            let email = format!("{}{i}@mail.ru", last.to_lowercase());
            add("Viktoriia", last, Some(&birth), Some(&email));
            add("Vika", last, Some(&birth), Some(&email));
        }
        for (i, last) in ["Ivanova", "Kuznetsova"].iter().enumerate() {
            let birth = format!("198{i}-05-20");
            let email = format!("{}{i}@mail.ru", last.to_lowercase());
            add("Irina", last, Some(&birth), Some(&email));
            add("Ira", last, Some(&birth), Some(&email));
        }
        // Twins with one e-mail, each pair's two names seen once: the pairs of names among
        // which the ones above stand out (names of letters only: a name's digits are not
        // part of it).
        let letters = |i: usize| {
            let l = |k: usize| char::from(b'a' + (k % 26) as u8);
            format!("{}{}", l(i / 26), l(i))
        };
        for i in 0..100 {
            let last = format!("Fam{}", letters(i));
            let (birth, email) = (
                format!("2001-01-{:02}", i % 28 + 1),
                format!("t{i}@example.fr"),
            );
            add(
                &format!("Ana{}", letters(i)),
                &last,
                Some(&birth),
                Some(&email),
            );
            add(
                &format!("Bor{}", letters(i)),
                &last,
                Some(&birth),
                Some(&email),
            );
        }
        // The same address alone: a written-otherwise first name, an unlearnt one.
        let viktoria = add("Viktoria", "Lebedeva", None, None);
        let vika = add("Vika", "Lebedeva", None, None);
        let irina = add("Irina", "Morozova", None, None);
        let ira = add("Ira", "Morozova", None, None);
        let d = detect(&records, &Options::default(), &mut |_, _| true).unwrap();
        let first = |a: usize, b: usize| compare::compare(&d.prepared[a], &d.prepared[b])[0];
        assert_eq!(first(0, 1), 3, "the learnt pair itself");
        assert_eq!(
            first(vika, viktoria),
            3,
            "a form of a name written nearly alike"
        );
        assert_eq!(first(viktoria, vika), 3, "either way round");
        assert_eq!(first(irina, ira), 5, "seen for two people only");
        let twins = 2 * surnames.len() + 4;
        assert_eq!(first(twins, twins + 1), 5, "twins");
        // Pairs the owner declared different people teach nothing.
        let mut options = Options::default();
        for k in 0..surnames.len() as i64 {
            options.not_duplicates.insert((2 * k + 1, 2 * k + 2));
        }
        let d = detect(&records, &options, &mut |_, _| true).unwrap();
        assert_eq!(compare::compare(&d.prepared[0], &d.prepared[1])[0], 5);
    }

    #[test]
    fn pairs_are_found_in_order_and_out_of_order() {
        let sorted: Vec<u64> = (0..1_000).map(|i| i * 5 + 3).collect();
        let mut from = 0;
        // In order, as a rule's sample is, then going back, then absent values.
        for (p, expected) in [
            (3, Some(0)),
            (8, Some(1)),
            (4_998, Some(999)),
            (503, Some(100)),
            (504, None),
            (0, None),
            (5_000, None),
            (13, Some(2)),
        ] {
            assert_eq!(find_from(&sorted, &mut from, p), expected, "{p}");
        }
        assert_eq!(find_from(&[], &mut 0, 7), None);
    }

    #[test]
    fn filling_in_parallel_gives_what_filling_in_order_does() {
        for len in [0, 1, 9_999, 10_000, 100_003] {
            let mut out = vec![0u64; len];
            parallel_fill(&mut out, 10_000, |k| (k as u64) * 7 + 1);
            let expected: Vec<u64> = (0..len as u64).map(|k| k * 7 + 1).collect();
            assert_eq!(out, expected, "{len}");
        }
    }

    #[test]
    fn records_contradict_on_identity_fields_not_on_what_they_leave_out() {
        let rec = |k: usize, first: &str, birth: &str, email: &str, phone: &str| Record {
            id: k as i64 + 1,
            first_name: Some(first.into()),
            last_name: Some("Lemoine".into()),
            birth_date: (!birth.is_empty()).then(|| birth.to_string()),
            email: (!email.is_empty()).then(|| email.to_string()),
            phone: (!phone.is_empty()).then(|| phone.to_string()),
            street: Some(
                [
                    "3 rue Nationale",
                    "18 avenue Foch",
                    "7 place Bellecour",
                    "40 quai Perrache",
                    "9 cours Gambetta",
                    "25 rue Mercière",
                    "18 avenue Foch",
                    "2 rue Victor Hugo",
                    "61 rue Garibaldi",
                ][k]
                    .into(),
            ),
            city: Some("Lyon".into()),
            ..Record::default()
        };
        let records = vec![
            rec(0, "Claire", "1980-03-04", "claire.l@example.fr", ""),
            // Leaves out the birth date and the e-mail, gives a phone: nothing contradicts.
            rec(1, "Claire", "", "", "0612345678"),
            rec(2, "Claire", "1975-11-20", "", ""),
            rec(3, "Paul", "", "", ""),
            rec(4, "Claire", "", "other.mail@example.fr", ""),
            rec(5, "Claire", "", "", "0698765432"),
            // At record 1's address, with another phone.
            rec(6, "Claire", "", "", "0698765432"),
            // Two typos in one first name (Chloé): "different" names to the score.
            rec(7, "Chldé", "", "", ""),
            rec(8, "Chwoé", "", "", ""),
        ];
        let mut options = Options {
            phone_country: Some("FR".into()),
            ..Options::default()
        };
        // Records 1 and 4 (ids 2 and 5): nothing in their fields contradicts, but the
        // owner said they are different people.
        options.not_duplicates.insert((2, 5));
        let d = detect(&records, &options, &mut |_, _| true).unwrap();
        assert!(!d.contradict(0, 1));
        assert!(!d.contradict(1, 0));
        assert!(!d.contradict(0, 5), "a phone on one side only");
        assert!(d.contradict(0, 2), "birth dates differ");
        assert!(d.contradict(0, 3), "first names differ under one surname");
        assert_eq!(compare::compare(&d.prepared[7], &d.prepared[8])[0], 5);
        assert!(!d.contradict(7, 8), "first names two letters apart");
        assert!(d.contradict(0, 4), "e-mails differ");
        assert!(d.contradict(1, 5), "phones differ");
        assert!(!d.contradict(1, 6), "phones differ at one address");
        assert!(d.contradict(1, 4), "declared different");
        assert!(d.contradict(4, 1), "declared different");
    }

    #[test]
    fn two_groups_compare_as_two_people() {
        let rec = |k: usize, birth: &str, phone: &str, street: &str| Record {
            id: k as i64 + 1,
            first_name: Some("Anton".into()),
            last_name: Some("Okunev".into()),
            birth_date: (!birth.is_empty()).then(|| birth.to_string()),
            phone: (!phone.is_empty()).then(|| phone.to_string()),
            street: Some(street.into()),
            city: Some(
                if street.contains("Benoît") {
                    "Paris"
                } else {
                    "Oullins"
                }
                .into(),
            ),
            ..Record::default()
        };
        let mut records = vec![
            // 0 and 1: Anton Okunev at home with his phone; 2: he moved, same phone.
            rec(0, "1980-03-04", "0710520737", "87 place Guérin"),
            rec(1, "", "0710520737", "87 place Guérin"),
            rec(2, "", "0710520737", "6 avenue Benoît"),
            // 3: at his home with a new phone, no birth date.
            rec(3, "", "0671438871", "87 place Guérin"),
            // 4: a namesake, born another year, elsewhere.
            rec(4, "1991-07-12", "", "12 rue Neuve"),
        ];
        // 5: "A. Okunev" at his home; 6: Andrei Okunev, his brother, there too.
        for (k, first) in [(5, "A."), (6, "Andrei")] {
            records.push(Record {
                first_name: Some(first.into()),
                ..rec(k, "", "", "87 place Guérin")
            });
        }
        // A shop around them, for the model to learn from.
        let (shop, _) = synth::shop(2_000, 7);
        records.extend(shop.into_iter().map(|r| Record {
            id: r.id + 1_000,
            ..r
        }));
        let options = Options {
            phone_country: Some("FR".into()),
            ..Options::default()
        };
        let d = detect(&records, &options, &mut |_, _| true).unwrap();
        // One record on each side: the pair itself.
        assert_eq!(d.join_weight(&[3], &[1]), d.weight(3, 1));
        // Record 3's phone is not the phone of 0 and 1, nor of 2 elsewhere: compared with
        // the person, it differs once, not once per record.
        let person = d.join_weight(&[3], &[0, 1, 2]);
        assert_eq!(person, d.weight(3, 1));
        assert!(person > d.weight(3, 0) + d.weight(3, 1) + d.weight(3, 2));
        // The namesake shares the names with records 1 and 2, which lack a birth date;
        // compared with the person, the birth dates differ.
        let birth = Field::BirthDate as usize;
        let different = (Field::BirthDate.levels() - 1) as u8;
        assert_eq!(compare::compare(&d.prepared[4], &d.prepared[2])[birth], 0);
        let against = d
            .model
            .field_weight_in(birth, different, model::Context::Apart);
        assert!(against < -5.0, "{against}");
        let namesake = d.join_weight(&[4], &[0, 1, 2]);
        let best = d.weight(4, 0).max(d.weight(4, 1)).max(d.weight(4, 2));
        assert!(best > d.weight(4, 0));
        assert!(namesake < best - 5.0, "{namesake} {best} {against}");
        // Andrei agrees with "A." but not with Anton: compared with the person whose
        // records these are, the first names differ.
        let first = Field::FirstName as usize;
        assert_eq!(compare::compare(&d.prepared[6], &d.prepared[5])[first], 4);
        assert!(d.join_weight(&[6], &[0, 5]) < d.weight(6, 5) - 3.0);
        // A pair declared different people never joins.
        let mut options = options;
        options.not_duplicates.insert((1, 4));
        let d = detect(&records, &options, &mut |_, _| true).unwrap();
        assert_eq!(d.join_weight(&[3], &[0, 1, 2]), f64::NEG_INFINITY);
    }

    #[test]
    fn a_common_address_line_2_weighs_less_than_a_rare_one() {
        let mut records = Vec::new();
        let mut add = |first: &str, last: &str, line2: &str| {
            let k = records.len();
            records.push(Record {
                street2: Some(line2.into()),
                ..person(k, first, last)
            });
        };
        add("Luc", "Martin", "Bât. A");
        add("Luc", "Martin", "Bât. A");
        add("Eve", "Durand", "Moulin de la Roche");
        add("Eve", "Durand", "Moulin de la Roche");
        for i in 0..40 {
            add(&format!("First{i}"), &format!("Surname{i}"), "Bât. A");
        }
        let d = detect(&records, &Options::default(), &mut |_, _| true).unwrap();
        let pattern =
            |(a, b): (u32, u32)| compare::compare(&d.prepared[a as usize], &d.prepared[b as usize]);
        assert_eq!(pattern((0, 1)), pattern((2, 3)));
        assert_eq!(pattern((0, 1))[Field::Street2 as usize], 1);
        let common = d.tf_adjust(0, 1, &pattern((0, 1)));
        let rare = d.tf_adjust(2, 3, &pattern((2, 3)));
        // log2(42 / 2) = 4.4 bits apart: line 2 held by 42 records against 2.
        assert!(
            (rare - common - (42.0f64 / 2.0).log2()).abs() < 0.01,
            "{common} {rare}"
        );
    }

    #[test]
    fn swapped_names_weigh_as_the_same_names_written_straight() {
        // Thirty records of Gevorg Vardanyan, one of them with the names swapped: the swap
        // makes the names rare in the fields they landed in ("Vardanyan" as a first name),
        // which must not make the pair look more alike than two straight records.
        let mut records = Vec::new();
        for k in 0..30 {
            records.push(person(k, "Gevorg", "Vardanyan"));
        }
        records.push(person(30, "Vardanyan", "Gevorg"));
        for i in 0..300 {
            records.push(person(
                31 + i,
                &format!("First{}", i % 17),
                &format!("Surname{}", i % 23),
            ));
        }
        let d = detect(&records, &Options::default(), &mut |_, _| true).unwrap();
        let pattern =
            |(a, b): (u32, u32)| compare::compare(&d.prepared[a as usize], &d.prepared[b as usize]);
        assert!(compare::names_swapped(&d.prepared[0], &d.prepared[30]));
        assert_eq!(pattern((0, 30)), pattern((0, 1)));
        let straight = d.tf_adjust(0, 1, &pattern((0, 1)));
        for pair in [(0, 30), (30, 0)] {
            let swapped = d.tf_adjust(pair.0, pair.1, &pattern(pair));
            assert!(
                (swapped - straight).abs() < 0.01,
                "{pair:?}: {swapped} {straight}"
            );
        }
    }

    #[test]
    fn a_common_full_name_weighs_less_than_its_parts_suggest() {
        // "Gevorg" and "Aram" are equally common first names, "Vardanyan" and "Petrosyan"
        // equally common surnames; but 30 different people are called Gevorg Vardanyan,
        // while only two records say Aram Petrosyan.
        let mut records = Vec::new();
        let mut add = |first: &str, last: &str| {
            let k = records.len();
            records.push(person(k, first, last));
        };
        for _ in 0..30 {
            add("Gevorg", "Vardanyan");
        }
        for _ in 0..2 {
            add("Aram", "Petrosyan");
        }
        for i in 0..28 {
            add("Aram", &format!("Surname{i}"));
            add(&format!("First{i}"), "Petrosyan");
        }
        for i in 0..300 {
            add(&format!("First{}", i % 17), &format!("Surname{}", i % 23));
        }
        let d = detect(&records, &Options::default(), &mut |_, _| true).unwrap();
        let (gv, ap) = ((0u32, 1u32), (30u32, 31u32));
        let pattern =
            |(a, b): (u32, u32)| compare::compare(&d.prepared[a as usize], &d.prepared[b as usize]);
        assert_eq!(pattern(gv), pattern(ap));
        let (tf_gv, tf_ap) = (
            d.tf_adjust(gv.0, gv.1, &pattern(gv)),
            d.tf_adjust(ap.0, ap.1, &pattern(ap)),
        );
        // log2 of (29 others / 388) over (30 / 388)^2: about 3.6 bits apart.
        assert!(tf_ap - tf_gv > 3.0, "{tf_gv} {tf_ap}");
        assert!(d.score(gv.0, gv.1) < d.score(ap.0, ap.1));
    }
}
