//! Clusters: the groups of contacts that would become one customer. Built from the pairs at
//! or above the threshold, guarded against chaining: two groups are joined only when every
//! member of one matches every member of the other well enough (A ~ B and B ~ C, but A is
//! not C, keeps C apart). Clusters whose component had to be kept apart are marked so the
//! reviewer can look twice.

use std::collections::HashMap;

/// A group of record indices that would become one customer.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub members: Vec<u32>,
    /// The lowest probability between any two members.
    pub weakest: f64,
    /// True when it came out of a chain that had to be cut.
    pub was_split: bool,
}

type Edge = (u32, u32, f64);
/// Members of a group with the links between them.
type Group = (Vec<u32>, Vec<Edge>);

struct UnionFind(Vec<u32>);

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind((0..n as u32).collect())
    }
    fn find(&mut self, mut x: u32) -> u32 {
        while self.0[x as usize] != x {
            let parent = self.0[x as usize];
            self.0[x as usize] = self.0[parent as usize];
            x = parent;
        }
        x
    }
    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi as usize] = lo;
        }
    }
}

/// Connected components of `edges` (only components of two or more).
fn components(edges: &[Edge]) -> Vec<Group> {
    let mut index: HashMap<u32, u32> = HashMap::new();
    let mut nodes = Vec::new();
    for &(a, b, _) in edges {
        for x in [a, b] {
            index.entry(x).or_insert_with(|| {
                nodes.push(x);
                (nodes.len() - 1) as u32
            });
        }
    }
    let mut uf = UnionFind::new(nodes.len());
    for &(a, b, _) in edges {
        uf.union(index[&a], index[&b]);
    }
    let mut groups: HashMap<u32, Group> = HashMap::new();
    for (i, &x) in nodes.iter().enumerate() {
        let root = uf.find(i as u32);
        groups.entry(root).or_default().0.push(x);
    }
    for &e in edges {
        let root = uf.find(index[&e.0]);
        if let Some(g) = groups.get_mut(&root) {
            g.1.push(e);
        }
    }
    let mut out: Vec<_> = groups.into_values().collect();
    for g in &mut out {
        g.0.sort_unstable();
    }
    out.sort_unstable_by_key(|g| g.0[0]);
    out
}

/// Clusters from the pairs `edges` (already at or above the threshold, twice `floor`).
/// `weight(a, b)` gives the match weight (log2 odds) of any two records;
/// `contradict(a, b)` says whether their fields say they are different people (true for
/// pairs declared different people); `join(left, right)` gives the match weight of two
/// groups of records compared person to person.
///
/// Within each connected component the links are taken most likely first, and two groups
/// are joined by a link only when no member of one scores below `floor` (a probability)
/// with a member of the other while contradicting it (complete linkage, on
/// contradictions), unless the contradiction is outweighed: the weights of all the pairs
/// across the two groups add up to more than nothing, or the two groups compared as two
/// people (`join`) reach the threshold. A person who moved and changed phone contradicts
/// their old record on the phone, while their other records tie both strongly. A stranger
/// hanging on to a person's records by one middling link stays out, while the links among
/// that person's own records, which come first, keep them together; two records of one
/// person that merely share little (a mailbox left out, a house moved) do not split it.
pub fn clusters(
    edges: &[(u32, u32, f64)],
    floor: f64,
    weight: &dyn Fn(u32, u32) -> f64,
    contradict: &dyn Fn(u32, u32) -> bool,
    join: &dyn Fn(&[u32], &[u32]) -> f64,
) -> Vec<Cluster> {
    let threshold = (2.0 * floor / (1.0 - 2.0 * floor)).log2();
    let floor = (floor / (1.0 - floor)).log2();
    let mut out = Vec::new();
    for (members, mut links) in components(edges) {
        if members.len() == 2 {
            let weakest = links.iter().map(|e| e.2).fold(f64::INFINITY, f64::min);
            out.push(Cluster {
                members,
                weakest,
                was_split: false,
            });
            continue;
        }
        let local: HashMap<u32, usize> = members.iter().enumerate().map(|(i, &x)| (x, i)).collect();
        let mut known: HashMap<(u32, u32), f64> = HashMap::new();
        let mut pair_weight = |a: u32, b: u32| -> f64 {
            *known
                .entry((a.min(b), a.max(b)))
                .or_insert_with(|| weight(a, b))
        };
        // Groups as lists of members; `group[i]` is the group of member i.
        let mut group: Vec<usize> = (0..members.len()).collect();
        let mut lists: Vec<Vec<u32>> = members.iter().map(|&x| vec![x]).collect();
        let mut refused = false;
        links.sort_unstable_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
        for &(a, b, _) in &links {
            let (ga, gb) = (group[local[&a]], group[local[&b]]);
            if ga == gb {
                continue;
            }
            let mut sum = 0.0;
            let mut contradicted = false;
            for &x in &lists[ga] {
                for &y in &lists[gb] {
                    let w = pair_weight(x, y);
                    sum += w;
                    contradicted |= w < floor && contradict(x, y);
                }
            }
            let fits = !contradicted || sum > 0.0 || join(&lists[ga], &lists[gb]) >= threshold;
            if !fits {
                refused = true;
                continue;
            }
            let (keep, gone) = (ga.min(gb), ga.max(gb));
            let moved = std::mem::take(&mut lists[gone]);
            for &x in &moved {
                group[local[&x]] = keep;
            }
            lists[keep].extend(moved);
        }
        for mut list in lists.into_iter().filter(|l| l.len() >= 2) {
            list.sort_unstable();
            let mut weakest = f64::INFINITY;
            for (i, &a) in list.iter().enumerate() {
                for &b in &list[i + 1..] {
                    weakest = weakest.min(pair_weight(a, b));
                }
            }
            out.push(Cluster {
                members: list,
                weakest: super::model::probability(weakest),
                was_split: refused,
            });
        }
    }
    out.sort_unstable_by_key(|c| c.members[0]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The match weight of a probability.
    fn w(p: f64) -> f64 {
        (p / (1.0 - p)).log2()
    }

    #[test]
    fn a_chain_is_cut_at_its_weakest_link() {
        // 0 ~ 1 (0.99), 1 ~ 2 (0.6), 2 ~ 3 (0.99); 0 and 3 are strangers.
        let edges = [(0, 1, 0.99), (1, 2, 0.6), (2, 3, 0.99)];
        let score = |a: u32, b: u32| {
            let e = edges.iter().find(|e| (e.0, e.1) == (a.min(b), a.max(b)));
            e.map_or(0.01, |e| e.2)
        };
        let c = clusters(
            &edges,
            0.5,
            &|a, b| w(score(a, b)),
            &|_, _| true,
            &|_, _| f64::NEG_INFINITY,
        );
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].members, vec![0, 1]);
        assert_eq!(c[1].members, vec![2, 3]);
        assert!(c.iter().all(|c| c.was_split));
    }

    #[test]
    fn a_stranger_is_kept_out_without_losing_a_weak_true_link() {
        // 0, 1 and 2 are one person (0 ~ 2 weakly: few fields in common); 3 is a stranger
        // who matches 1 well but not 0. Cutting the weakest link would drop 2 first.
        let edges = [(0, 1, 0.99), (1, 3, 0.8), (0, 2, 0.52)];
        let score = |a: u32, b: u32| match (a.min(b), a.max(b)) {
            (0, 1) => 0.99,
            (1, 3) => 0.8,
            (0, 2) => 0.52,
            (1, 2) => 0.4,
            _ => 0.1,
        };
        let c = clusters(
            &edges,
            0.25,
            &|a, b| w(score(a, b)),
            &|_, _| true,
            &|_, _| f64::NEG_INFINITY,
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].members, vec![0, 1, 2]);
        assert!(c[0].was_split);
        assert!((c[0].weakest - 0.4).abs() < 1e-9);
    }

    #[test]
    fn a_weak_pair_splits_a_cluster_only_when_it_contradicts() {
        // 0 ~ 1 and 1 ~ 2 are strong; 0 and 2 share little (0.0005: -11 bits).
        let edges = [(0, 1, 0.99), (1, 2, 0.95)];
        let score = |a: u32, b: u32| {
            if (a.min(b), a.max(b)) == (0, 2) {
                0.0005
            } else {
                0.97
            }
        };
        let weight = |a, b| w(score(a, b));
        // They merely leave different fields out: one cluster.
        let c = clusters(&edges, 0.25, &weight, &|_, _| false, &|_, _| {
            f64::NEG_INFINITY
        });
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].members, vec![0, 1, 2]);
        assert!(!c[0].was_split);
        assert!((c[0].weakest - 0.0005).abs() < 1e-9);
        // Their birth dates differ: 2 stays out.
        let contradict = |a: u32, b: u32| (a.min(b), a.max(b)) == (0, 2);
        let c = clusters(&edges, 0.25, &weight, &contradict, &|_, _| {
            f64::NEG_INFINITY
        });
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].members, vec![0, 1]);
        assert!(c[0].was_split);
        // A contradicting pair that scores at the floor or above does not split.
        let c = clusters(&edges, 0.0004, &weight, &contradict, &|_, _| {
            f64::NEG_INFINITY
        });
        assert_eq!(c[0].members, vec![0, 1, 2]);
    }

    #[test]
    fn strong_links_outweigh_a_contradiction() {
        // 0, 1 and 2 are one person; 2 moved and changed phone, so 0 and 2 contradict
        // (-8 bits). 1 and 2 share the e-mail and the birth date (+30 bits): 2 stays.
        let edges = [(0, 1, 0.999), (1, 2, 0.99)];
        let weight = |a: u32, b: u32| match (a.min(b), a.max(b)) {
            (0, 1) => 25.0,
            (1, 2) => 30.0,
            _ => -8.0,
        };
        let contradict = |a: u32, b: u32| (a.min(b), a.max(b)) == (0, 2);
        let c = clusters(&edges, 0.25, &weight, &contradict, &|_, _| {
            f64::NEG_INFINITY
        });
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].members, vec![0, 1, 2]);
        // A stranger 3 tied to 1 by a middling link (+2 bits) and contradicting 0 (-12
        // bits) stays out.
        let edges = [(0, 1, 0.999), (1, 3, 0.8)];
        let weight = |a: u32, b: u32| match (a.min(b), a.max(b)) {
            (0, 1) => 25.0,
            (1, 3) => 2.0,
            _ => -12.0,
        };
        let contradict = |a: u32, b: u32| (a.min(b), a.max(b)) == (0, 3);
        let c = clusters(&edges, 0.25, &weight, &contradict, &|_, _| {
            f64::NEG_INFINITY
        });
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].members, vec![0, 1]);
        assert!(c[0].was_split);
        // Compared person to person (`join`), the stranger matches below the threshold:
        // still out. Above it, in.
        let c = clusters(&edges, 0.25, &weight, &contradict, &|_, _| -1.0);
        assert_eq!(c[0].members, vec![0, 1]);
        let c = clusters(&edges, 0.25, &weight, &contradict, &|_, _| 1.0);
        assert_eq!(c[0].members, vec![0, 1, 3]);
        // A pair declared different people never joins, whatever ties it.
        let weight = |a: u32, b: u32| match (a.min(b), a.max(b)) {
            (0, 1) => 25.0,
            (1, 3) => 40.0,
            _ => f64::NEG_INFINITY,
        };
        let c = clusters(&edges, 0.25, &weight, &contradict, &|_, _| {
            f64::NEG_INFINITY
        });
        assert_eq!(c[0].members, vec![0, 1]);
    }

    #[test]
    fn a_coherent_triangle_stays_whole() {
        let edges = [(0, 1, 0.99), (1, 2, 0.97)];
        let c = clusters(&edges, 0.5, &|_, _| w(0.9), &|_, _| true, &|_, _| {
            f64::NEG_INFINITY
        });
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].members, vec![0, 1, 2]);
        assert!(!c[0].was_split);
        assert!((c[0].weakest - 0.9).abs() < 1e-9);
    }
}
