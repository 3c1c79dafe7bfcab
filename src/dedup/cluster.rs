//! Clusters: the groups of contacts that would become one customer. Built from the pairs at
//! or above the threshold (connected components), then checked against chaining: when two
//! members of a cluster do not match each other well (A ~ B and B ~ C, but A is not C), the
//! weakest link is cut until every cluster holds together. Clusters that were cut are
//! marked so the reviewer can look twice.

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

/// Clusters from the pairs `edges` (already at or above the threshold). `score(a, b)` gives
/// the probability of any two records (0 for pairs declared different people); a cluster
/// holds together when every two members score at least `floor`.
pub fn clusters(
    edges: &[(u32, u32, f64)],
    floor: f64,
    score: &dyn Fn(u32, u32) -> f64,
) -> Vec<Cluster> {
    let mut out = Vec::new();
    let mut work: Vec<(Vec<u32>, Vec<Edge>, bool)> = components(edges)
        .into_iter()
        .map(|(m, e)| (m, e, false))
        .collect();
    while let Some((members, mut links, split)) = work.pop() {
        let weakest = if members.len() == 2 {
            links.iter().map(|e| e.2).fold(f64::INFINITY, f64::min)
        } else {
            let mut w = f64::INFINITY;
            for (i, &a) in members.iter().enumerate() {
                for &b in &members[i + 1..] {
                    w = w.min(score(a, b));
                }
            }
            w
        };
        if weakest >= floor {
            out.push(Cluster {
                members,
                weakest,
                was_split: split,
            });
            continue;
        }
        // Cut the weakest link and look at what falls apart.
        links.sort_unstable_by(|x, y| x.2.total_cmp(&y.2));
        links.remove(0);
        for (m, e) in components(&links) {
            work.push((m, e, true));
        }
    }
    out.sort_unstable_by_key(|c| c.members[0]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_is_cut_at_its_weakest_link() {
        // 0 ~ 1 (0.99), 1 ~ 2 (0.6), 2 ~ 3 (0.99); 0 and 3 are strangers.
        let edges = [(0, 1, 0.99), (1, 2, 0.6), (2, 3, 0.99)];
        let score = |a: u32, b: u32| {
            let e = edges.iter().find(|e| (e.0, e.1) == (a.min(b), a.max(b)));
            e.map_or(0.01, |e| e.2)
        };
        let c = clusters(&edges, 0.5, &score);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].members, vec![0, 1]);
        assert_eq!(c[1].members, vec![2, 3]);
        assert!(c.iter().all(|c| c.was_split));
    }

    #[test]
    fn a_coherent_triangle_stays_whole() {
        let edges = [(0, 1, 0.99), (1, 2, 0.97)];
        let c = clusters(&edges, 0.5, &|_, _| 0.9);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].members, vec![0, 1, 2]);
        assert!(!c[0].was_split);
        assert!((c[0].weakest - 0.9).abs() < 1e-9);
    }
}
