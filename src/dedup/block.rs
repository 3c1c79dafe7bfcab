//! Blocking: the candidate pairs worth comparing. Each rule groups records sharing a key
//! (same e-mail, same phone, same birth date and initial, same-sounding names, ...); a
//! sorted neighbourhood over the names adds pairs a typo kept apart. Large groups are
//! compared only with their neighbours in name order, so the work grows with the number of
//! records, not with its square.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use super::compare::Field;
use super::prepare::Prepared;

/// Records in a group of this size or fewer are all compared with each other.
const FULL_GROUP: usize = 12;
/// In larger groups, each record is compared with this many next records in name order.
const WINDOW: usize = 3;
/// The sorted neighbourhood over all names: each record with this many next ones.
const NEIGHBOURS: usize = 4;

type KeyFn = fn(&Prepared) -> Option<u64>;

/// Which blocking rule proposed a pair: the thirteen rules of [`RULES`], and the
/// neighbours in name order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockRule {
    /// same e-mail.
    SameEmail,
    /// same phone.
    SamePhone,
    /// same birth date and surname initial.
    BirthDateSurnameInitial,
    /// same birth date and first-name initial.
    BirthDateFirstNameInitial,
    /// same birth date and initials either way round.
    BirthDateInitials,
    /// same birth date and postcode.
    BirthDatePostcode,
    /// same-sounding names.
    SoundingNames,
    /// same surname and postcode.
    SurnamePostcode,
    /// same first name and postcode.
    FirstNamePostcode,
    /// same house number and street.
    HouseNumberStreet,
    /// same street and first-name initial.
    StreetFirstNameInitial,
    /// same city and first name.
    CityFirstName,
    /// same house number and postcode.
    HouseNumberPostcode,
    /// Each record with the next ones in name order.
    NameNeighbours,
}

impl BlockRule {
    /// The rule's key in `clientele dedup --json` and in the benches' logs; the window
    /// names it through `text::dupdiag`.
    pub fn label(self) -> &'static str {
        match self {
            BlockRule::SameEmail => "same e-mail",
            BlockRule::SamePhone => "same phone",
            BlockRule::BirthDateSurnameInitial => "same birth date and surname initial",
            BlockRule::BirthDateFirstNameInitial => "same birth date and first-name initial",
            BlockRule::BirthDateInitials => "same birth date and initials either way round",
            BlockRule::BirthDatePostcode => "same birth date and postcode",
            BlockRule::SoundingNames => "same-sounding names",
            BlockRule::SurnamePostcode => "same surname and postcode",
            BlockRule::FirstNamePostcode => "same first name and postcode",
            BlockRule::HouseNumberStreet => "same house number and street",
            BlockRule::StreetFirstNameInitial => "same street and first-name initial",
            BlockRule::CityFirstName => "same city and first name",
            BlockRule::HouseNumberPostcode => "same house number and postcode",
            BlockRule::NameNeighbours => "neighbours in name order",
        }
    }
}

/// A blocking rule: its name, its key, and the fields its pairs agree on by construction
/// (left out when the model learns from the rule's pairs).
pub struct Rule {
    pub rule: BlockRule,
    pub key: KeyFn,
    pub fields: &'static [Field],
    /// Large groups are walked in name order read without regard to which name is the
    /// first name and which the surname, so that a record with the two swapped lies next
    /// to the same person's other records.
    pub either_order: bool,
}

/// Pairs of each rule kept to learn the model from (a stride sample of larger rules).
const TRAIN_PAIRS: usize = 100_000;

pub(super) fn hash<T: Hash>(parts: T) -> u64 {
    let mut h = DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn nonempty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// The blocking rules, with the names shown in the blocking report.
pub const RULES: [Rule; 13] = [
    Rule {
        rule: BlockRule::SameEmail,
        either_order: false,
        fields: &[Field::Email],
        key: |p| nonempty(p.email()).map(hash),
    },
    Rule {
        rule: BlockRule::SamePhone,
        either_order: false,
        fields: &[Field::Phone],
        key: |p| nonempty(p.phone()).map(hash),
    },
    Rule {
        rule: BlockRule::BirthDateSurnameInitial,
        either_order: false,
        fields: &[Field::BirthDate, Field::LastName],
        key: |p| Some(hash((nonempty(p.birth())?, first_char(p.last())?))),
    },
    Rule {
        rule: BlockRule::BirthDateFirstNameInitial,
        either_order: false,
        fields: &[Field::BirthDate, Field::FirstName],
        key: |p| Some(hash((nonempty(p.birth())?, first_char(p.first())?))),
    },
    Rule {
        rule: BlockRule::BirthDateInitials,
        either_order: false,
        fields: &[Field::BirthDate, Field::FirstName, Field::LastName],
        key: |p| {
            let (a, b) = (first_char(p.first())?, first_char(p.last())?);
            // Swapped names with a typo in one ("Midley Oscra" for Oscar Midley) share
            // neither the first name's nor the surname's initial.
            Some(hash((nonempty(p.birth())?, a.min(b), a.max(b))))
        },
    },
    Rule {
        rule: BlockRule::BirthDatePostcode,
        either_order: false,
        fields: &[Field::BirthDate, Field::Address],
        key: |p| Some(hash((nonempty(p.birth())?, nonempty(p.postcode())?))),
    },
    Rule {
        rule: BlockRule::SoundingNames,
        either_order: true,
        fields: &[Field::FirstName, Field::LastName],
        key: |p| {
            let (a, b) = (nonempty(p.first_sound())?, nonempty(p.last_sound())?);
            // In either order, so swapped first and last names still meet.
            Some(hash(if a <= b { (a, b) } else { (b, a) }))
        },
    },
    Rule {
        rule: BlockRule::SurnamePostcode,
        either_order: false,
        fields: &[Field::LastName, Field::Address],
        key: |p| Some(hash((nonempty(p.last())?, nonempty(p.postcode())?))),
    },
    Rule {
        rule: BlockRule::FirstNamePostcode,
        either_order: false,
        fields: &[Field::FirstName, Field::Address],
        key: |p| Some(hash((nonempty(p.first())?, nonempty(p.postcode())?))),
    },
    Rule {
        rule: BlockRule::HouseNumberStreet,
        either_order: false,
        fields: &[Field::Address],
        key: |p| Some(hash((nonempty(p.street_no())?, nonempty(p.street())?))),
    },
    Rule {
        rule: BlockRule::StreetFirstNameInitial,
        either_order: false,
        fields: &[Field::Address, Field::FirstName],
        key: |p| Some(hash((nonempty(p.street())?, first_char(p.first())?))),
    },
    Rule {
        rule: BlockRule::CityFirstName,
        either_order: false,
        fields: &[Field::Address, Field::FirstName],
        key: |p| Some(hash((nonempty(p.city())?, nonempty(p.first())?))),
    },
    Rule {
        rule: BlockRule::HouseNumberPostcode,
        either_order: false,
        fields: &[Field::Address],
        key: |p| Some(hash((nonempty(p.street_no())?, nonempty(p.postcode())?))),
    },
];

/// A pair of record indices, smaller first, packed in one number.
pub fn pair(a: u32, b: u32) -> u64 {
    let (x, y) = if a < b { (a, b) } else { (b, a) };
    (u64::from(x) << 32) | u64::from(y)
}

pub fn unpair(p: u64) -> (u32, u32) {
    ((p >> 32) as u32, p as u32)
}

/// Emits pairs for one group of records sharing a key.
fn emit_group(group: &[u32], order: &[u32], out: &mut Vec<u64>) {
    if group.len() <= FULL_GROUP {
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                out.push(pair(a, b));
            }
        }
    } else {
        let mut sorted = group.to_vec();
        sorted.sort_unstable_by_key(|&i| order[i as usize]);
        for (i, &a) in sorted.iter().enumerate() {
            for &b in sorted.iter().skip(i + 1).take(WINDOW) {
                out.push(pair(a, b));
            }
        }
    }
}

/// How many pairs each rule proposed (before removing pairs several rules share).
pub struct Blocked {
    pub pairs: Vec<u64>,
    /// Each rule's pairs (a sample of at most 100,000), to learn the model from.
    pub samples: Vec<Vec<u64>>,
    pub per_rule: Vec<(BlockRule, usize)>,
}

/// The pairs one rule proposes, sorted, each once.
fn rule_pairs(recs: &[Prepared], judged: &[u32], order: &[u32], key: KeyFn) -> Vec<u64> {
    let mut keyed: Vec<(u64, u32)> = judged
        .iter()
        .filter_map(|&i| key(&recs[i as usize]).map(|k| (k, i)))
        .collect();
    keyed.sort_unstable();
    let mut pairs = Vec::new();
    let mut start = 0;
    let mut group = Vec::new();
    while start < keyed.len() {
        let mut end = start + 1;
        while end < keyed.len() && keyed[end].0 == keyed[start].0 {
            end += 1;
        }
        if end - start > 1 {
            group.clear();
            group.extend(keyed[start..end].iter().map(|&(_, i)| i));
            emit_group(&group, order, &mut pairs);
        }
        start = end;
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Pairs merged between two releases of the inputs' consumed ends.
const RELEASE_EVERY: usize = 1 << 20;

/// Merges two sorted lists of pairs into one, each pair once. The merge runs from the
/// largest pair down, so the inputs shrink as the output grows and their consumed ends are
/// given back every [`RELEASE_EVERY`] pairs: the two inputs and the output together never
/// hold much more than the inputs did (a million contacts' candidates are 150 MB).
fn merge(mut a: Vec<u64>, mut b: Vec<u64>) -> Vec<u64> {
    if a.is_empty() {
        return b;
    }
    if b.is_empty() {
        return a;
    }
    // Reserved, not written: only the pages the output fills are taken.
    let mut out = Vec::with_capacity(a.len() + b.len());
    while let (Some(&x), Some(&y)) = (a.last(), b.last()) {
        let largest = x.max(y);
        out.push(largest);
        if x == largest {
            a.pop();
        }
        if y == largest {
            b.pop();
        }
        if out.len() % RELEASE_EVERY == 0 {
            a.shrink_to_fit();
            b.shrink_to_fit();
        }
    }
    out.extend(a.iter().rev());
    out.extend(b.iter().rev());
    drop((a, b));
    out.reverse();
    out
}

/// The candidate pairs of the records (only those that can be judged take part).
/// `progress(fraction)` returns false to stop; then None. The rules run in parallel;
/// each rule's pairs are sorted on their own and merged, so no list of every proposal
/// with its repeats is ever held.
pub fn candidates(recs: &[Prepared], progress: &mut dyn FnMut(f32) -> bool) -> Option<Blocked> {
    let judged: Vec<u32> = (0..recs.len() as u32)
        .filter(|&i| recs[i as usize].judgeable)
        .collect();
    // Name order: the sorted neighbourhood and the order inside large groups.
    let mut by_name = judged.clone();
    by_name.sort_unstable_by(|&a, &b| {
        let (x, y) = (&recs[a as usize], &recs[b as usize]);
        (x.last(), x.first(), x.birth()).cmp(&(y.last(), y.first(), y.birth()))
    });
    let mut order = vec![0u32; recs.len()];
    for (rank, &i) in by_name.iter().enumerate() {
        order[i as usize] = rank as u32;
    }
    // The same, with each record's two names taken in alphabetical order.
    fn either(p: &Prepared) -> (&str, &str) {
        let (a, b) = (p.first(), p.last());
        if a <= b { (a, b) } else { (b, a) }
    }
    let mut by_either = judged.clone();
    by_either.sort_unstable_by(|&a, &b| {
        let (x, y) = (&recs[a as usize], &recs[b as usize]);
        (either(x), x.birth()).cmp(&(either(y), y.birth()))
    });
    let mut order_either = vec![0u32; recs.len()];
    for (rank, &i) in by_either.iter().enumerate() {
        order_either[i as usize] = rank as u32;
    }
    drop(by_either);
    if !progress(0.1) {
        return None;
    }
    let lists: Vec<Vec<u64>> = super::parallel_ranges(RULES.len() + 1, 1, |rules| {
        rules
            .map(|r| match RULES.get(r) {
                Some(rule) => {
                    let order = if rule.either_order {
                        &order_either
                    } else {
                        &order
                    };
                    rule_pairs(recs, &judged, order, rule.key)
                }
                None => {
                    let mut pairs = Vec::with_capacity(by_name.len() * NEIGHBOURS);
                    for (i, &a) in by_name.iter().enumerate() {
                        for &b in by_name.iter().skip(i + 1).take(NEIGHBOURS) {
                            pairs.push(pair(a, b));
                        }
                    }
                    pairs.sort_unstable();
                    pairs.dedup();
                    pairs
                }
            })
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect();
    let per_rule: Vec<(BlockRule, usize)> = RULES
        .iter()
        .map(|r| r.rule)
        .chain([BlockRule::NameNeighbours])
        .zip(lists.iter().map(Vec::len))
        .collect();
    if !progress(0.7) {
        return None;
    }
    // A stride sample of each rule's own pairs, to learn the model from.
    let samples: Vec<Vec<u64>> = lists
        .iter()
        .take(RULES.len())
        .map(|l| {
            let stride = l.len().div_ceil(TRAIN_PAIRS).max(1);
            l.iter().step_by(stride).copied().collect()
        })
        .collect();
    // Merge in a balanced tree, pairs of lists at a time.
    let mut lists = lists;
    while lists.len() > 1 {
        let mut next = Vec::with_capacity(lists.len().div_ceil(2));
        let mut it = lists.into_iter();
        while let Some(a) = it.next() {
            next.push(match it.next() {
                Some(b) => merge(a, b),
                None => a,
            });
        }
        lists = next;
    }
    let pairs = lists.pop().unwrap_or_default();
    if !progress(1.0) {
        return None;
    }
    Some(Blocked {
        pairs,
        samples,
        per_rule,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dedup::prepare::Preparer;

    #[test]
    fn merged_lists_hold_each_pair_once_in_order() {
        // Long enough for the inputs to give back their consumed ends while merging.
        let a: Vec<u64> = (0..RELEASE_EVERY as u64 * 2).map(|i| i * 3).collect();
        let b: Vec<u64> = (0..RELEASE_EVERY as u64).map(|i| i * 2).collect();
        let mut expected: Vec<u64> = a.iter().chain(&b).copied().collect();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(merge(a.clone(), b.clone()), expected);
        assert_eq!(merge(b, a), expected);
        assert_eq!(merge(vec![1, 5], vec![]), vec![1, 5]);
        assert_eq!(merge(vec![], vec![2]), vec![2]);
        assert_eq!(merge(vec![1, 4, 9], vec![4, 9, 12]), vec![1, 4, 9, 12]);
    }

    #[test]
    fn swapped_names_meet_inside_a_large_group() {
        // Forty records whose names sound alike (Louise/Louis/Lise ... Foucher...), more
        // than a group compares in full, and one record of Louise Foucherais with her
        // names swapped. In straight name order she sits among the surnames, far from
        // her other record; read in either order she lies next to it.
        let p = Preparer::new(None);
        let rec = |first: &str, last: &str| crate::model::DedupContact {
            first_name: Some(first.into()),
            last_name: Some(last.into()),
            ..Default::default()
        };
        let mut records = vec![rec("Louise", "Foucherais"), rec("Foucherais", "Louise")];
        for (i, first) in ["Louis", "Lise", "Luce", "Lisa"].iter().enumerate() {
            for last in [
                "Foucher",
                "Fouchereau",
                "Foucheraux",
                "Fauchers",
                "Foucheray",
            ] {
                records.push(rec(first, last));
                records.push(rec(first, &format!("{last}{}", ["", "s"][i % 2])));
            }
        }
        let prepared: Vec<_> = records.iter().map(|r| p.prepare(r)).collect();
        let rule = RULES
            .iter()
            .position(|r| r.rule == BlockRule::SoundingNames)
            .unwrap();
        let key = (RULES[rule].key)(&prepared[0]);
        let same_group = prepared
            .iter()
            .filter(|r| (RULES[rule].key)(r) == key)
            .count();
        assert!(same_group > FULL_GROUP, "{same_group}");
        let blocked = candidates(&prepared, &mut |_| true).unwrap();
        assert!(blocked.pairs.contains(&pair(0, 1)));
    }
}
