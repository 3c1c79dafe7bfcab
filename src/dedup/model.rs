//! The Fellegi-Sunter model: for each field and level, m = how often true duplicates show
//! that level and u = how often two different people do. u comes from random pairs of the
//! shop's own contacts (nearly all different people), never from expectation-maximisation;
//! m is estimated by expectation-maximisation over each blocking rule's pairs with u held
//! fixed. The chance that two contacts are the same person is counted from deterministic
//! rules (see `checks`), not learnt here. No labelled truth is used. Exact agreement on a name or an address is then adjusted by how
//! common that value is (term frequency), so a shared "Martin" counts less than a shared
//! "Oyelaran".

use std::collections::HashMap;

use super::compare::{FIELDS, Field, MAX_LEVELS, NF, Pattern};

/// Pairs' worth of the random pairs' u that u at the same address starts from.
const HOME_PRIOR_PAIRS: f64 = 10.0;

/// The index of the address in a [`Pattern`].
const ADDRESS: usize = Field::Address as usize;

/// Whether a pair lives at the same address, or nearly (address level 1 or 2).
pub fn same_address(p: &Pattern) -> bool {
    matches!(p[ADDRESS], 1 | 2)
}

/// Who two different people agreeing like a pair would be, which sets the u its fields are
/// weighed against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Any two people.
    Apart,
    /// People at the same address: a family, flatmates.
    Home,
}

/// The context of a pattern: at one address, or any two people.
pub fn context(p: &Pattern) -> Context {
    if same_address(p) {
        Context::Home
    } else {
        Context::Apart
    }
}

#[derive(Clone, Debug)]
pub struct Model {
    pub m: [[f64; MAX_LEVELS]; NF],
    pub u: [[f64; MAX_LEVELS]; NF],
    /// u among different people at the same address (a family, flatmates): how often they
    /// share a surname, a phone, a birth date... Used for the other fields of pairs at the
    /// same address, since a household shares far more than two strangers do.
    pub u_home: [[f64; MAX_LEVELS]; NF],
    /// The share of duplicates among the candidate pairs.
    pub lambda: f64,
    pub iterations: usize,
}

/// Counts of each level among pairs: `counts[field][level]`.
pub type LevelCounts = [[f64; MAX_LEVELS]; NF];

/// u from level counts over random pairs, smoothed so that no level has probability 0.
pub fn u_from_counts(counts: &LevelCounts) -> [[f64; MAX_LEVELS]; NF] {
    let mut u = [[0.0; MAX_LEVELS]; NF];
    for (fi, f) in FIELDS.iter().enumerate() {
        let levels = f.levels();
        let total: f64 = counts[fi][1..levels].iter().sum();
        for l in 1..levels {
            u[fi][l] = (counts[fi][l] + 0.5) / (total + 0.5 * (levels - 1) as f64);
        }
        u[fi][0] = 1.0;
    }
    u
}

/// u from the share of pairs of contacts agreeing exactly on each field (`exact[field]`,
/// counted from the values) and level counts over random pairs for the other levels (the
/// sample's exact agreements are left out), smoothed so that no level has probability 0.
pub fn u_from_exact_and_sample(exact: &[f64], sampled: &LevelCounts) -> [[f64; MAX_LEVELS]; NF] {
    let mut u = [[0.0; MAX_LEVELS]; NF];
    for (fi, f) in FIELDS.iter().enumerate() {
        let levels = f.levels();
        let e = exact
            .get(fi)
            .copied()
            .unwrap_or(0.0)
            .clamp(1e-12, 1.0 - 1e-9);
        let rest: f64 = sampled[fi][2..levels].iter().sum();
        u[fi][0] = 1.0;
        u[fi][1] = e;
        for l in 2..levels {
            u[fi][l] = (1.0 - e) * (sampled[fi][l] + 0.5) / (rest + 0.5 * (levels - 2) as f64);
        }
    }
    u
}

fn initial_m() -> [[f64; MAX_LEVELS]; NF] {
    let mut m = [[0.0; MAX_LEVELS]; NF];
    for (fi, f) in FIELDS.iter().enumerate() {
        let levels = f.levels();
        m[fi][0] = 1.0;
        m[fi][1] = 0.9;
        m[fi][levels - 1] = 0.02;
        let middle = levels - 3;
        for v in &mut m[fi][2..levels - 1] {
            *v = 0.08 / middle as f64;
        }
        if middle == 0 {
            m[fi][1] = 0.98;
        }
    }
    m
}

impl Model {
    /// Estimates m and the share of duplicates from the candidate pairs' patterns (with how
    /// many pairs show each), u and u at the same address fixed; the fields in `masked` are
    /// left out.
    pub fn estimate(
        patterns: &[(Pattern, f64)],
        u: [[f64; MAX_LEVELS]; NF],
        u_home: [[f64; MAX_LEVELS]; NF],
        masked: &[usize],
    ) -> Model {
        let mut model = Model {
            m: initial_m(),
            u,
            u_home,
            lambda: 0.1,
            iterations: 0,
        };
        let total: f64 = patterns.iter().map(|(_, n)| n).sum();
        if total == 0.0 {
            return model;
        }
        let mask = |p: &Pattern| {
            let mut p = *p;
            for &fi in masked {
                p[fi] = 0;
            }
            p
        };
        for iteration in 1..=200 {
            let mut m_sum = [[0.0; MAX_LEVELS]; NF];
            let mut matched = 0.0;
            for (p, n) in patterns {
                let masked = mask(p);
                let ctx = if same_address(p) {
                    Context::Home
                } else {
                    context(&masked)
                };
                let prob = model.probability_in(&masked, ctx);
                let w = prob * n;
                matched += w;
                for fi in 0..NF {
                    m_sum[fi][usize::from(p[fi])] += w;
                }
            }
            let mut change = (matched / total - model.lambda).abs();
            model.lambda = (matched / total).clamp(1e-9, 1.0 - 1e-9);
            for (fi, f) in FIELDS.iter().enumerate() {
                if masked.contains(&fi) {
                    continue;
                }
                let levels = f.levels();
                let known: f64 = m_sum[fi][1..levels].iter().sum();
                for (sum, m) in m_sum[fi][1..levels].iter().zip(&mut model.m[fi][1..levels]) {
                    let new = (sum + 1e-3) / (known + 1e-3 * (levels - 1) as f64);
                    change = change.max((new - *m).abs());
                    *m = new;
                }
            }
            model.iterations = iteration;
            if change < 1e-6 {
                break;
            }
        }
        model
    }

    /// u among different people at the same address, learnt with m held fixed from the
    /// candidate pairs at the same address (`patterns`; the others are skipped). Each
    /// field's levels are counted over the pairs that the *other* fields say are different
    /// people (each pair weighted by that probability), so a duplicate's own agreement
    /// never argues that it is a stranger: without that, "everyone at one address looks
    /// like everyone else there" is a fixed point the estimate falls into when the shop
    /// has few families. A few pairs' worth of the random pairs' u keeps fields with
    /// little evidence near it.
    pub fn learn_home(&mut self, patterns: &[(Pattern, f64)]) {
        let home: Vec<&(Pattern, f64)> = patterns.iter().filter(|(p, _)| same_address(p)).collect();
        let total: f64 = home.iter().map(|(_, n)| n).sum();
        if total < 20.0 {
            return;
        }
        let mut lambda: f64 = 0.5;
        for _ in 0..100 {
            let prior = (lambda / (1.0 - lambda)).log2();
            let mut u_sum = [[0.0; MAX_LEVELS]; NF];
            let mut matched = 0.0;
            for (p, n) in &home {
                let weights: [f64; NF] = std::array::from_fn(|fi| {
                    if fi == ADDRESS {
                        0.0
                    } else {
                        self.field_weight_in(fi, p[fi], Context::Home)
                    }
                });
                let all: f64 = weights.iter().sum();
                matched += probability(prior + all) * n;
                for fi in 0..NF {
                    if p[fi] != 0 && fi != ADDRESS {
                        let others = probability(prior + all - weights[fi]);
                        u_sum[fi][usize::from(p[fi])] += (1.0 - others) * n;
                    }
                }
            }
            let mut change = (matched / total - lambda).abs();
            lambda = (matched / total).clamp(1e-6, 1.0 - 1e-6);
            for (fi, f) in FIELDS.iter().enumerate() {
                if fi == ADDRESS {
                    continue;
                }
                let levels = f.levels();
                let known: f64 = u_sum[fi][1..levels].iter().sum();
                for ((sum, u), u0) in u_sum[fi][1..levels]
                    .iter()
                    .zip(&mut self.u_home[fi][1..levels])
                    .zip(&self.u[fi][1..levels])
                {
                    let new = (sum + HOME_PRIOR_PAIRS * u0) / (known + HOME_PRIOR_PAIRS);
                    change = change.max((new - *u).abs());
                    *u = new;
                }
            }
            if change < 1e-6 {
                break;
            }
        }
    }

    /// m combined from several estimates, each learnt from one blocking rule's pairs with
    /// the fields that rule agrees on left out (`masked`): each level of a field's m is the
    /// weighted median (the "different" level: the first quartile, then all scaled to sum
    /// to one) of the sessions that saw it, weighted by how many duplicates each
    /// session found times the share of duplicates among its pairs: a broad rule whose
    /// pairs are mostly different people (namesakes, neighbours) mixes some of them into
    /// its m, and should not outweigh a rule whose pairs are nearly all duplicates.
    /// The share of duplicates is then estimated over `patterns` (all candidate pairs)
    /// with m and u held fixed.
    pub fn combine(
        sessions: &[(Vec<usize>, Model, f64)],
        u: [[f64; MAX_LEVELS]; NF],
        u_home: [[f64; MAX_LEVELS]; NF],
        patterns: &[(Pattern, f64)],
    ) -> Model {
        let mut m = initial_m();
        for (fi, f) in FIELDS.iter().enumerate() {
            let levels = f.levels();
            let seen: Vec<(&Model, f64)> = sessions
                .iter()
                .filter(|(masked, _, _)| !masked.contains(&fi))
                .filter(|(masked, model, _)| model.found_duplicates(masked))
                .map(|(_, model, pairs)| (model, model.lambda * model.lambda * pairs))
                .filter(|(_, w)| *w > 0.0)
                .collect();
            if seen.is_empty() {
                continue;
            }
            // Each level's weighted median over the sessions, then scaled to sum to one: a
            // rule whose pairs hold another kind of look-alike (a home phone shared by a
            // family makes every same-phone pair look like one person to that session) must
            // not carry its mistake into m, however many pairs it has. Different people
            // taken for duplicates can only add to the "different" level, so that level is
            // read lower, at the first quartile of the rules' estimates.
            for (l, v) in m[fi].iter_mut().enumerate().take(levels).skip(1) {
                let mut values: Vec<(f64, f64)> =
                    seen.iter().map(|(model, w)| (model.m[fi][l], *w)).collect();
                let q = if l + 1 == levels { 0.25 } else { 0.5 };
                *v = weighted_quantile(&mut values, q);
            }
            let total: f64 = m[fi][1..levels].iter().sum();
            if total > 0.0 {
                for v in &mut m[fi][1..levels] {
                    *v /= total;
                }
            }
        }
        let mut model = Model {
            m,
            u,
            u_home,
            lambda: 0.1,
            iterations: 0,
        };
        let total: f64 = patterns.iter().map(|(_, n)| n).sum();
        if total == 0.0 {
            return model;
        }
        for iteration in 1..=200 {
            let matched: f64 = patterns
                .iter()
                .map(|(p, n)| model.probability_of(p, 0.0) * n)
                .sum();
            let new = (matched / total).clamp(1e-9, 1.0 - 1e-9);
            let change = (new - model.lambda).abs();
            model.lambda = new;
            model.iterations = iteration;
            if change < 1e-7 {
                break;
            }
        }
        model
    }

    /// Whether the group this model took for duplicates agrees more often than it differs
    /// in every field it learnt (those not in `masked`). Duplicates do, in any shop; a rule
    /// whose pairs are nearly all namesakes or households can lead expectation-maximisation
    /// to take *them* for the duplicates (the same name at the same address, with another
    /// birth date, e-mail and phone), and its m must not be combined.
    pub fn found_duplicates(&self, masked: &[usize]) -> bool {
        FIELDS
            .iter()
            .enumerate()
            .all(|(fi, f)| masked.contains(&fi) || self.m[fi][1] >= self.m[fi][f.levels() - 1])
    }

    /// log2 of the Bayes factor of one field's level (0 for "not known"), for a pair at
    /// the same address (`home`) or not.
    pub fn field_weight(&self, fi: usize, level: u8, home: bool) -> f64 {
        let ctx = if home { Context::Home } else { Context::Apart };
        self.field_weight_in(fi, level, ctx)
    }

    /// log2 of the Bayes factor of one field's level (0 for "not known") in a context.
    pub fn field_weight_in(&self, fi: usize, level: u8, ctx: Context) -> f64 {
        if level == 0 {
            return 0.0;
        }
        let l = usize::from(level);
        let u = match ctx {
            Context::Home if fi != ADDRESS => self.u_home[fi][l],
            _ => self.u[fi][l],
        };
        let w = (self.m[fi][l] / u).log2();
        // Agreement never counts against a match, nor disagreement for one. A field that
        // nearly every contact holds with one value (a single region) can make the
        // estimates say otherwise: strangers then almost never differ, and u of
        // "different" comes out near zero.
        if l == 1 {
            w.max(0.0)
        } else if l + 1 == FIELDS[fi].levels() {
            w.min(0.0)
        } else {
            w
        }
    }

    /// The summed field weights of a pattern.
    fn field_sum(&self, p: &Pattern, ctx: Context) -> f64 {
        (0..NF).map(|fi| self.field_weight_in(fi, p[fi], ctx)).sum()
    }

    /// The match weight (log2 odds) of a pattern, plus `adjust` bits.
    pub fn weight_of(&self, p: &Pattern, adjust: f64) -> f64 {
        let prior = (self.lambda / (1.0 - self.lambda)).log2();
        prior + self.field_sum(p, context(p)) + adjust
    }

    /// The match probability of a pattern whose address may be left out (masked), with
    /// the u of the context `ctx`.
    fn probability_in(&self, p: &Pattern, ctx: Context) -> f64 {
        let prior = (self.lambda / (1.0 - self.lambda)).log2();
        probability(prior + self.field_sum(p, ctx))
    }

    /// The prior in bits: log2 of the odds of a match before any field is compared.
    pub fn prior(&self) -> f64 {
        (self.lambda / (1.0 - self.lambda)).log2()
    }

    pub fn probability_of(&self, p: &Pattern, adjust: f64) -> f64 {
        probability(self.weight_of(p, adjust))
    }

    /// The term-frequency adjustment in bits for exact agreement on a value held by
    /// `share` of the contacts (Splink's formula: log2(u_exact / share)).
    pub fn tf_adjustment(&self, fi: usize, share: f64) -> f64 {
        if share <= 0.0 {
            return 0.0;
        }
        (self.u[fi][1] / share).log2()
    }
}

/// The `q` quantile of `values` (value, weight), each value counting by its weight.
fn weighted_quantile(values: &mut [(f64, f64)], q: f64) -> f64 {
    values.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: f64 = values.iter().map(|v| v.1).sum();
    let mut seen = 0.0;
    for &(v, w) in values.iter() {
        seen += w;
        if seen >= total * q {
            return v;
        }
    }
    values.last().map_or(0.0, |v| v.0)
}

#[cfg(test)]
fn weighted_median(values: &mut [(f64, f64)]) -> f64 {
    weighted_quantile(values, 0.5)
}

pub fn probability(weight: f64) -> f64 {
    1.0 / (1.0 + (-weight).exp2())
}

/// How many contacts hold each value of a field, to adjust exact agreement.
#[derive(Default)]
pub struct TermFrequencies {
    pub counts: HashMap<Box<str>, u32>,
    pub known: u32,
}

impl TermFrequencies {
    pub fn from_values<'a>(values: impl Iterator<Item = &'a str>) -> TermFrequencies {
        let mut tf = TermFrequencies::default();
        for v in values.filter(|v| !v.is_empty()) {
            *tf.counts.entry(v.into()).or_insert(0) += 1;
            tf.known += 1;
        }
        tf
    }

    pub fn share(&self, value: &str) -> f64 {
        if self.known == 0 {
            return 0.0;
        }
        f64::from(self.counts.get(value).copied().unwrap_or(1)) / f64::from(self.known)
    }
}

/// The threshold that maximises the F1 score the model itself expects over the pairs'
/// probabilities (each pair counts as `p` of a duplicate): no labelled truth needed.
pub fn recommended_threshold(probabilities: &[f64]) -> f64 {
    let mut sorted: Vec<f64> = probabilities
        .iter()
        .copied()
        .filter(|p| *p > 1e-6)
        .collect();
    sorted.sort_unstable_by(|a, b| b.total_cmp(a));
    let expected: f64 = sorted.iter().sum();
    if sorted.is_empty() || expected <= 0.0 {
        return 0.5;
    }
    let (mut best, mut best_k, mut tp) = (0.0, 1, 0.0);
    for (k, p) in sorted.iter().enumerate() {
        tp += p;
        let f1 = 2.0 * tp / ((k + 1) as f64 + expected);
        if f1 > best {
            best = f1;
            best_k = k + 1;
        }
    }
    let last_in = sorted[best_k - 1];
    let first_out = sorted.get(best_k).copied().unwrap_or(0.0);
    // Halfway (in log odds) between the last pair kept and the first left out.
    let logit = |p: f64| (p / (1.0 - p)).ln();
    let clamp = |p: f64| p.clamp(1e-9, 1.0 - 1e-9);
    let mid = (logit(clamp(last_in)) + logit(clamp(first_out))) / 2.0;
    1.0 / (1.0 + (-mid).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreement_never_counts_against_nor_disagreement_for() {
        let region = Field::Region as usize;
        let mut m = initial_m();
        let mut u = [[0.5; MAX_LEVELS]; NF];
        // Everyone in one region: strangers "almost never" differ.
        m[region][1] = 0.98;
        m[region][2] = 0.02;
        u[region][1] = 0.999_999_999;
        u[region][2] = 1e-9;
        let model = Model {
            m,
            u,
            u_home: u,
            lambda: 0.01,
            iterations: 0,
        };
        // log2(0.02 / 1e-9) = +24 bits for "different region" before the cap.
        assert_eq!(model.field_weight(region, 2, false), 0.0);
        // log2(0.98 / 0.999999999) is a little below zero: "same region" says nothing.
        assert_eq!(model.field_weight(region, 1, false), 0.0);
        // Estimates the other way round: "same" would count against.
        let mut odd = model.clone();
        odd.m[region][1] = 0.3;
        odd.u[region][1] = 0.9;
        assert_eq!(odd.field_weight(region, 1, false), 0.0);
        // Ordinary levels are left as estimated.
        let first = Field::FirstName as usize;
        let w = model.field_weight(first, 4, false);
        assert!((w - (model.m[first][4] / 0.5).log2()).abs() < 1e-12 && w < 0.0);
    }

    #[test]
    fn the_weighted_median_follows_the_weight_not_the_outlier() {
        assert_eq!(
            weighted_median(&mut [(0.15, 1.0), (0.01, 1.0), (0.02, 1.0)]),
            0.02
        );
        // One heavy estimate cannot move the median beyond the others unless it outweighs
        // them all.
        assert_eq!(
            weighted_median(&mut [(0.15, 3.0), (0.01, 1.0), (0.02, 1.0), (0.03, 1.0)]),
            0.03
        );
        assert_eq!(
            weighted_median(&mut [(0.15, 5.0), (0.01, 1.0), (0.02, 1.0)]),
            0.15
        );
        assert_eq!(weighted_median(&mut []), 0.0);
        assert_eq!(
            weighted_quantile(&mut [(0.4, 1.0), (0.1, 1.0), (0.2, 1.0), (0.3, 1.0)], 0.25),
            0.1
        );
    }

    #[test]
    fn one_rule_full_of_households_does_not_soften_disagreement() {
        // Three rules agree that duplicates nearly never differ in birth date; the fourth,
        // with the most weight, took households for duplicates.
        let u = [[0.5; MAX_LEVELS]; NF];
        let session = |different: f64, lambda: f64, pairs: f64| {
            let mut model = Model {
                m: initial_m(),
                u,
                u_home: u,
                lambda,
                iterations: 0,
            };
            let birth = Field::BirthDate as usize;
            model.m[birth] = [1.0, 1.0 - different - 0.04, 0.02, 0.02, different, 0.0];
            (Vec::new(), model, pairs)
        };
        let sessions = [
            session(0.01, 0.9, 10_000.0),
            session(0.012, 0.8, 12_000.0),
            session(0.008, 0.9, 9_000.0),
            session(0.15, 1.0, 20_000.0),
        ];
        let combined = Model::combine(&sessions, u, u, &[]);
        let different = combined.m[Field::BirthDate as usize][4];
        assert!(different < 0.02, "{different}");
        let sum: f64 = combined.m[Field::BirthDate as usize][1..5].iter().sum();
        assert!((sum - 1.0).abs() < 1e-9, "{sum}");
    }

    #[test]
    fn em_separates_two_populations() {
        // 100 duplicates agreeing on everything but the odd field, 10,000 strangers
        // disagreeing on nearly everything.
        let mut same: Pattern = [1; NF];
        same[2] = 2;
        let mut other: Pattern = [0; NF];
        for (fi, f) in FIELDS.iter().enumerate() {
            other[fi] = (f.levels() - 1) as u8;
        }
        let mut partly = other;
        partly[0] = 1;
        let patterns = vec![(same, 100.0), (other, 9_000.0), (partly, 1_000.0)];
        let mut counts = [[0.0; MAX_LEVELS]; NF];
        for fi in 0..NF {
            counts[fi][1] = 1.0;
            counts[fi][usize::from(other[fi])] = 999.0;
        }
        let u = u_from_counts(&counts);
        let model = Model::estimate(&patterns, u, u, &[]);
        assert!(
            (model.lambda - 100.0 / 10_100.0).abs() < 0.002,
            "{}",
            model.lambda
        );
        assert!(model.probability_of(&same, 0.0) > 0.99);
        assert!(model.probability_of(&other, 0.0) < 0.01);
        assert!(model.probability_of(&partly, 0.0) < 0.01);
    }

    #[test]
    fn the_threshold_keeps_likely_pairs() {
        let t = recommended_threshold(&[0.99, 0.98, 0.97, 0.9, 0.2, 0.01, 0.001]);
        assert!(t > 0.2 && t < 0.9, "{t}");
        assert_eq!(recommended_threshold(&[]), 0.5);
    }

    #[test]
    fn common_values_weigh_less() {
        let tf =
            TermFrequencies::from_values(["martin", "martin", "martin", "oyelaran"].into_iter());
        let half = [[0.5; MAX_LEVELS]; NF];
        let mut model = Model::estimate(&[], half, half, &[]);
        model.u[1][1] = 0.1;
        assert!(model.tf_adjustment(1, tf.share("martin")) < 0.0);
        assert!(model.tf_adjustment(1, tf.share("oyelaran")) < model.tf_adjustment(1, 0.01));
        assert!(model.tf_adjustment(1, tf.share("oyelaran")) < 0.0);
        assert!(model.tf_adjustment(1, 0.01) > 0.0);
    }
}
