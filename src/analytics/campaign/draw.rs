//! The control group's draw: a random share of the target, stratified by segment, that the
//! same seed draws again.
//!
//! Each stratum (a segment) holds out `share × its size`, rounded by the largest-remainder
//! method so that the strata add up to the whole target's `share × size` rounded to the
//! nearest customer: every stratum is then within one customer of its exact share, well
//! inside sampling error. Within a stratum, members (sorted by customer id) are shuffled
//! by Fisher-Yates with ChaCha8 seeded by the campaign's seed, and the first ones are held
//! out. ChaCha8's output is fixed by its specification, and the shuffle draws its indices
//! itself, so the same target and seed give the same groups in any later version.

use std::collections::BTreeMap;

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

use super::{CampaignError, Group};

/// A customer of the target with the stratum it is drawn in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The customer.
    pub customer_id: i64,
    /// The stratum: the customer's segment at creation ("" when it has none).
    pub stratum: String,
}

/// An index below `bound` from 64 random bits (Lemire's multiply-shift; the bias is below
/// `bound / 2^64`).
fn below(rng: &mut ChaCha8Rng, bound: usize) -> usize {
    ((u128::from(rng.next_u64()) * bound as u128) >> 64) as usize
}

/// The group of each candidate, in the order given: `share` (strictly between 0 and 1) of
/// them held out as the control group, stratified by stratum, reproducibly from `seed`.
pub fn draw_control(
    candidates: &[Candidate],
    share: f64,
    seed: u64,
) -> Result<Vec<Group>, CampaignError> {
    if !(share > 0.0 && share < 1.0) {
        return Err(CampaignError::ControlShare(share));
    }
    let mut strata: BTreeMap<&str, Vec<(i64, usize)>> = BTreeMap::new();
    for (i, c) in candidates.iter().enumerate() {
        strata
            .entry(c.stratum.as_str())
            .or_default()
            .push((c.customer_id, i));
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let quotas = quotas(
        &strata.values().map(Vec::len).collect::<Vec<_>>(),
        share,
        &mut rng,
    );
    let mut groups = vec![Group::Target; candidates.len()];
    for (members, quota) in strata.values_mut().zip(quotas) {
        members.sort_unstable();
        // Fisher-Yates, stopped once the first `quota` places are drawn.
        for i in 0..quota.min(members.len()) {
            let j = i + below(&mut rng, members.len() - i);
            members.swap(i, j);
        }
        for &(_, at) in members.iter().take(quota) {
            if let Some(g) = groups.get_mut(at) {
                *g = Group::Control;
            }
        }
    }
    Ok(groups)
}

/// How many of each stratum are held out: the exact shares' whole parts, and one more for
/// the strata with the largest fractions until the total is `share × size` rounded (ties
/// broken at random, so that no stratum is favoured by its name).
fn quotas(sizes: &[usize], share: f64, rng: &mut ChaCha8Rng) -> Vec<usize> {
    let total: usize = sizes.iter().sum();
    let wanted = (share * total as f64).round() as usize;
    let exact: Vec<f64> = sizes.iter().map(|&n| share * n as f64).collect();
    let mut quotas: Vec<usize> = exact.iter().map(|e| e.floor() as usize).collect();
    let given: usize = quotas.iter().sum();
    let mut order: Vec<(f64, u64, usize)> = exact
        .iter()
        .enumerate()
        .map(|(i, e)| (e - e.floor(), rng.next_u64(), i))
        .collect();
    order.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)));
    for &(_, _, i) in order.iter().take(wanted.saturating_sub(given)) {
        if let (Some(q), Some(&n)) = (quotas.get_mut(i), sizes.get(i))
            && *q < n
        {
            *q += 1;
        }
    }
    quotas
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn candidates(sizes: &[(&str, usize)]) -> Vec<Candidate> {
        let mut out = Vec::new();
        let mut id = 1;
        for (stratum, n) in sizes {
            for _ in 0..*n {
                out.push(Candidate {
                    customer_id: id,
                    stratum: (*stratum).to_string(),
                });
                id += 1;
            }
        }
        out
    }

    fn held_out(groups: &[Group], cands: &[Candidate], stratum: &str) -> usize {
        groups
            .iter()
            .zip(cands)
            .filter(|(g, c)| **g == Group::Control && c.stratum == stratum)
            .count()
    }

    #[test]
    fn each_stratum_holds_out_its_share_and_the_total_is_the_share_rounded() {
        // 10% of 3 strata of 25, 37 and 41 customers: 2.5, 3.7 and 4.1 exactly, 10.3 in
        // all, so 10 held out: the whole parts (2, 3, 4) and one more for the largest
        // fraction (3.7).
        let c = candidates(&[("a", 25), ("b", 37), ("c", 41)]);
        let g = draw_control(&c, 0.10, 42).unwrap();
        assert_eq!(g.iter().filter(|g| **g == Group::Control).count(), 10);
        assert_eq!(held_out(&g, &c, "a"), 2);
        assert_eq!(held_out(&g, &c, "b"), 4);
        assert_eq!(held_out(&g, &c, "c"), 4);
    }

    #[test]
    fn the_same_seed_draws_the_same_groups_and_another_does_not() {
        let c = candidates(&[("a", 300), ("b", 200)]);
        let one = draw_control(&c, 0.2, 7).unwrap();
        assert_eq!(one, draw_control(&c, 0.2, 7).unwrap());
        // The order the candidates come in does not matter, only who they are.
        let mut reversed = c.clone();
        reversed.reverse();
        let mut back = draw_control(&reversed, 0.2, 7).unwrap();
        back.reverse();
        assert_eq!(one, back);
        assert_ne!(one, draw_control(&c, 0.2, 8).unwrap());
    }

    #[test]
    fn every_customer_of_a_stratum_is_equally_likely_to_be_held_out() {
        // Over 2000 seeds, each of 20 customers is held out 2000 × 0.25 = 500 times on
        // average; a binomial count's 4-sigma band is ± 4 × sqrt(2000 × 0.25 × 0.75) = 77.
        let c = candidates(&[("a", 20)]);
        let mut counts = [0usize; 20];
        for seed in 0..2000 {
            for (i, g) in draw_control(&c, 0.25, seed).unwrap().iter().enumerate() {
                if *g == Group::Control {
                    counts[i] += 1;
                }
            }
        }
        for n in counts {
            assert!((423..=577).contains(&n), "{counts:?}");
        }
    }

    #[test]
    fn a_share_outside_zero_to_one_is_refused() {
        let c = candidates(&[("a", 5)]);
        for share in [0.0, 1.0, -0.1, f64::NAN] {
            assert!(matches!(
                draw_control(&c, share, 1),
                Err(CampaignError::ControlShare(_))
            ));
        }
    }
}
