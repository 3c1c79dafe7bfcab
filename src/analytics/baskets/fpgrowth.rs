//! Frequent itemsets by FP-growth (Han, Pei and Yin, 2000), with exact integer counts.
//!
//! The orders are read once to count the items and once to build a prefix tree (the FP-tree)
//! of each order's frequent items, most frequent first, so orders that share their leading
//! items share nodes. The tree has at most one node per (order, frequent item), and the
//! count arrays are per item: memory grows with the lines and the distinct items, never with
//! their product. Each item's itemsets are then found in a smaller tree built from the paths
//! above that item's nodes (its conditional tree), recursively; a tree that is a single path
//! gives every combination of its nodes at once.

use std::collections::{BTreeMap, HashMap};

use super::BasketError;
use super::ratio::Ratio;
use super::transactions::{Item, Transactions};

type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// No node: the end of a node list, or the root's parent.
const NONE: u32 = u32::MAX;

/// A set of items with the number of orders that hold all of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Itemset {
    /// The items, sorted by id.
    pub items: Box<[Item]>,
    /// Orders holding every item of the set.
    pub count: u64,
}

/// What to mine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MiningOptions {
    /// An itemset is frequent when its count >= min_support × orders (exactly).
    pub min_support: Ratio,
    /// The longest itemset wanted (None: no limit).
    pub max_len: Option<usize>,
    /// Stop with [`BasketError::TooManyItemsets`] past this many itemsets (None: no limit),
    /// so that a low support on a large shop cannot fill the memory.
    pub max_itemsets: Option<usize>,
}

impl MiningOptions {
    /// Every frequent itemset at this support, with no length or count limit.
    pub fn new(min_support: Ratio) -> Self {
        Self {
            min_support,
            max_len: None,
            max_itemsets: None,
        }
    }
}

/// The frequent itemsets of a set of orders.
#[derive(Clone, Debug, Default)]
pub struct FrequentItemsets {
    orders: u64,
    min_count: u64,
    sets: Vec<Itemset>,
    index: FastMap<Box<[Item]>, usize>,
}

impl FrequentItemsets {
    /// The number of orders mined (the denominator of every support).
    pub fn orders(&self) -> u64 {
        self.orders
    }

    /// The smallest count of a frequent itemset: ceil(min_support × orders), at least 1.
    pub fn min_count(&self) -> u64 {
        self.min_count
    }

    /// The number of frequent itemsets.
    pub fn len(&self) -> usize {
        self.sets.len()
    }

    /// Whether no itemset is frequent.
    pub fn is_empty(&self) -> bool {
        self.sets.is_empty()
    }

    /// The itemsets, shortest first, then by their item ids.
    pub fn as_slice(&self) -> &[Itemset] {
        &self.sets
    }

    /// The count of a frequent itemset given by its sorted items (None when not frequent).
    pub fn count(&self, items: &[Item]) -> Option<u64> {
        self.index
            .get(items)
            .and_then(|&i| self.sets.get(i))
            .map(|s| s.count)
    }

    /// Support of a count: count / orders.
    pub fn support(&self, count: u64) -> f64 {
        count as f64 / self.orders.max(1) as f64
    }

    /// How many itemsets there are of each length (the JSON's `by_length`).
    pub fn by_length(&self) -> BTreeMap<usize, usize> {
        let mut lengths = BTreeMap::new();
        for s in &self.sets {
            *lengths.entry(s.items.len()).or_insert(0) += 1;
        }
        lengths
    }
}

/// An FP-tree. Items are numbered locally from 0 (most frequent in the whole data first);
/// along every path from the root the local numbers increase.
struct FpTree {
    item: Vec<u32>,
    count: Vec<u64>,
    parent: Vec<u32>,
    /// The next node of the same item.
    next: Vec<u32>,
    /// The first node of each local item.
    head: Vec<u32>,
    children: FastMap<(u32, u32), u32>,
}

impl FpTree {
    fn new(items: usize) -> Self {
        Self {
            item: vec![NONE],
            count: vec![0],
            parent: vec![NONE],
            next: vec![NONE],
            head: vec![NONE; items],
            children: FastMap::default(),
        }
    }

    /// Adds a path of local items in increasing order, `weight` times.
    fn insert(&mut self, path: &[u32], weight: u64) {
        let mut node = 0u32;
        for &item in path {
            node = match self.children.get(&(node, item)) {
                Some(&child) => child,
                None => {
                    let child = self.item.len() as u32;
                    self.item.push(item);
                    self.count.push(0);
                    self.parent.push(node);
                    self.next.push(self.head[item as usize]);
                    self.head[item as usize] = child;
                    self.children.insert((node, item), child);
                    child
                }
            };
            self.count[node as usize] += weight;
        }
    }

    /// Whether every node hangs under the one created just before it.
    fn is_single_path(&self) -> bool {
        self.parent
            .iter()
            .enumerate()
            .skip(1)
            .all(|(node, &parent)| parent as usize == node - 1)
    }

    /// The nodes of a local item.
    fn nodes(&self, item: u32) -> impl Iterator<Item = u32> + '_ {
        let mut node = self.head[item as usize];
        std::iter::from_fn(move || {
            (node != NONE).then(|| {
                let current = node;
                node = self.next[node as usize];
                current
            })
        })
    }
}

struct Miner {
    min_count: u64,
    max_len: usize,
    limit: usize,
    out: Vec<Itemset>,
    /// The items (ids) every itemset found in the current tree contains.
    suffix: Vec<Item>,
}

impl Miner {
    fn emit(&mut self, extra: &[Item], count: u64) -> Result<(), BasketError> {
        let mut items: Vec<Item> = self.suffix.iter().chain(extra).copied().collect();
        items.sort_unstable();
        self.out.push(Itemset {
            items: items.into_boxed_slice(),
            count,
        });
        if self.out.len() > self.limit {
            return Err(BasketError::TooManyItemsets { limit: self.limit });
        }
        Ok(())
    }

    /// Every frequent itemset of `tree` joined to the suffix; `labels` maps the tree's local
    /// items to item ids. At the top, `progress` hears the share of items done.
    fn mine(
        &mut self,
        tree: &FpTree,
        labels: &[Item],
        progress: Option<&mut dyn FnMut(f32) -> bool>,
    ) -> Result<(), BasketError> {
        if tree.is_single_path() && tree.item.len() > 1 {
            let path: Vec<(Item, u64)> = (1..tree.item.len())
                .map(|n| (labels[tree.item[n] as usize], tree.count[n]))
                .collect();
            let room = self.max_len.saturating_sub(self.suffix.len());
            return self.combinations(&path, room, &mut Vec::new(), None);
        }
        let mut progress = progress;
        let total = labels.len();
        let mut paths = Vec::new();
        let mut starts = Vec::new();
        for local in (0..total as u32).rev() {
            if let Some(report) = progress.as_mut()
                && !report((total - 1 - local as usize) as f32 / total as f32)
            {
                return Err(BasketError::Cancelled);
            }
            let count: u64 = tree.nodes(local).map(|n| tree.count[n as usize]).sum();
            let label = labels[local as usize];
            self.suffix.push(label);
            self.emit(&[], count)?;
            if self.suffix.len() < self.max_len
                && let Some((sub, sub_labels)) =
                    self.conditional(tree, labels, local, &mut paths, &mut starts)
            {
                self.mine(&sub, &sub_labels, None)?;
            }
            self.suffix.pop();
        }
        Ok(())
    }

    /// Every non-empty combination of `nodes` (a single path's, root first), at most `room`
    /// of them, joined to `chosen`. Each counts as `count`, or when None as its deepest node:
    /// counts only fall along a path.
    fn combinations(
        &mut self,
        nodes: &[(Item, u64)],
        room: usize,
        chosen: &mut Vec<Item>,
        count: Option<u64>,
    ) -> Result<(), BasketError> {
        if room == 0 {
            return Ok(());
        }
        for (i, &(item, own)) in nodes.iter().enumerate() {
            // Node `i` is the deepest chosen; the others come from the nodes above it.
            let count = count.unwrap_or(own);
            chosen.push(item);
            self.emit(chosen, count)?;
            self.combinations(&nodes[..i], room - 1, chosen, Some(count))?;
            chosen.pop();
        }
        Ok(())
    }

    /// The conditional tree of local item `local`: the paths above its nodes, each weighted
    /// by the node's count, keeping the items frequent among them. None when none is.
    fn conditional(
        &self,
        tree: &FpTree,
        labels: &[Item],
        local: u32,
        paths: &mut Vec<u32>,
        starts: &mut Vec<(usize, u64)>,
    ) -> Option<(FpTree, Vec<Item>)> {
        paths.clear();
        starts.clear();
        let mut counts = vec![0u64; local as usize];
        for node in tree.nodes(local) {
            let weight = tree.count[node as usize];
            let start = paths.len();
            let mut up = tree.parent[node as usize];
            while up != 0 {
                let item = tree.item[up as usize];
                counts[item as usize] += weight;
                paths.push(item);
                up = tree.parent[up as usize];
            }
            if paths.len() > start {
                starts.push((start, weight));
            }
        }
        let mut renumber = vec![NONE; local as usize];
        let mut sub_labels = Vec::new();
        for (item, &count) in counts.iter().enumerate() {
            if count >= self.min_count {
                renumber[item] = sub_labels.len() as u32;
                sub_labels.push(labels[item]);
            }
        }
        if sub_labels.is_empty() {
            return None;
        }
        let mut sub = FpTree::new(sub_labels.len());
        let mut path = Vec::new();
        for (k, &(start, weight)) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(paths.len(), |&(s, _)| s);
            path.clear();
            // The walk went from the node up to the root: reverse it to insert root first.
            path.extend(
                paths[start..end]
                    .iter()
                    .rev()
                    .map(|&item| renumber[item as usize])
                    .filter(|&item| item != NONE),
            );
            sub.insert(&path, weight);
        }
        Some((sub, sub_labels))
    }
}

/// Every itemset whose count reaches `options.min_support` × orders. `progress(fraction)`
/// returns false to stop; then [`BasketError::Cancelled`].
pub fn frequent_itemsets(
    transactions: &Transactions,
    options: &MiningOptions,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Result<FrequentItemsets, BasketError> {
    let orders = transactions.len() as u64;
    // An itemset must occur at least once, even at support 0.
    let min_count = options.min_support.min_count(orders).max(1);
    let mut item_counts = vec![0u64; transactions.item_count()];
    for basket in transactions.baskets() {
        for &item in basket {
            item_counts[item as usize] += 1;
        }
    }
    // Local numbers: frequent items by falling count, ties by id.
    let mut labels: Vec<Item> = (0..item_counts.len() as Item)
        .filter(|&i| item_counts[i as usize] >= min_count)
        .collect();
    labels.sort_unstable_by_key(|&i| (std::cmp::Reverse(item_counts[i as usize]), i));
    let mut local = vec![NONE; item_counts.len()];
    for (rank, &item) in labels.iter().enumerate() {
        local[item as usize] = rank as u32;
    }
    let mut tree = FpTree::new(labels.len());
    let mut path = Vec::new();
    for basket in transactions.baskets() {
        path.clear();
        path.extend(
            basket
                .iter()
                .map(|&i| local[i as usize])
                .filter(|&r| r != NONE),
        );
        path.sort_unstable();
        tree.insert(&path, 1);
    }
    let mut miner = Miner {
        min_count,
        max_len: options.max_len.unwrap_or(usize::MAX),
        limit: options.max_itemsets.unwrap_or(usize::MAX),
        out: Vec::new(),
        suffix: Vec::new(),
    };
    if !labels.is_empty() && miner.max_len > 0 {
        miner.mine(&tree, &labels, Some(progress))?;
    }
    let mut sets = miner.out;
    sets.sort_unstable_by(|a, b| (a.items.len(), &a.items).cmp(&(b.items.len(), &b.items)));
    let index = sets
        .iter()
        .enumerate()
        .map(|(i, s)| (s.items.clone(), i))
        .collect();
    Ok(FrequentItemsets {
        orders,
        min_count,
        sets,
        index,
    })
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::super::testdata;
    use super::*;

    fn mine(t: &Transactions, support: &str) -> FrequentItemsets {
        let options = MiningOptions::new(Ratio::parse(support).unwrap());
        frequent_itemsets(t, &options, &mut |_| true).unwrap()
    }

    /// Itemsets as sorted name lists with their counts.
    fn by_name(t: &Transactions, f: &FrequentItemsets) -> BTreeMap<Vec<String>, u64> {
        f.as_slice()
            .iter()
            .map(|s| {
                let mut names: Vec<String> =
                    s.items.iter().map(|&i| t.name(i).to_string()).collect();
                names.sort();
                (names, s.count)
            })
            .collect()
    }

    /// The five orders of Han, Pei and Yin's paper (table 1), mined at 3 of 5.
    #[test]
    fn the_papers_example() {
        let t = Transactions::from_baskets(
            [
                "f a c d g i m p",
                "a b c f l m o",
                "b f h j o",
                "b c k s p",
                "a f c e l p m n",
            ]
            .map(|b| b.split(' ').collect::<Vec<_>>()),
        );
        let f = mine(&t, "0.6");
        assert_eq!(f.min_count(), 3);
        // Worked out by hand: f and c in 4 orders; a, b, m, p in 3; and the sets below.
        let mut expected: BTreeMap<Vec<String>, u64> = BTreeMap::new();
        for (set, count) in [
            ("f", 4),
            ("c", 4),
            ("a", 3),
            ("b", 3),
            ("m", 3),
            ("p", 3),
            ("c f", 3),
            ("a f", 3),
            ("f m", 3),
            ("a c", 3),
            ("c m", 3),
            ("a m", 3),
            ("c p", 3),
            ("a c f", 3),
            ("c f m", 3),
            ("a f m", 3),
            ("a c m", 3),
            ("a c f m", 3),
        ] {
            expected.insert(set.split(' ').map(str::to_string).collect(), count);
        }
        assert_eq!(by_name(&t, &f), expected);
        assert_eq!(
            f.by_length(),
            BTreeMap::from([(1, 6), (2, 7), (3, 4), (4, 1)])
        );
        assert_eq!(f.count(&[t.item("c").unwrap()]), Some(4));
        assert_eq!(f.count(&[t.item("b").unwrap(), t.item("c").unwrap()]), None);
    }

    /// Counts every subset of every order directly, for small random data.
    fn brute_force(t: &Transactions, min_count: u64) -> BTreeMap<Vec<Item>, u64> {
        let mut counts: BTreeMap<Vec<Item>, u64> = BTreeMap::new();
        for basket in t.baskets() {
            for mask in 1u32..(1 << basket.len()) {
                let set: Vec<Item> = (0..basket.len())
                    .filter(|b| mask >> b & 1 == 1)
                    .map(|b| basket[b])
                    .collect();
                *counts.entry(set).or_insert(0) += 1;
            }
        }
        counts.retain(|_, c| *c >= min_count);
        counts
    }

    #[test]
    fn agrees_with_counting_every_subset() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for round in 0..60 {
            let orders = 1 + next(60) as usize;
            let items = 1 + next(12);
            // Skewed item choice, so that some items are common and trees share prefixes.
            let baskets: Vec<Vec<String>> = (0..orders)
                .map(|_| {
                    let len = 1 + next(7);
                    (0..len)
                        .map(|_| format!("i{}", next(items).min(next(items))))
                        .collect()
                })
                .collect();
            let t = Transactions::from_baskets(baskets.clone());
            let support = ["0.01", "0.05", "0.1", "0.2", "0.35", "0.5"][round % 6];
            let f = mine(&t, support);
            let expected = brute_force(
                &t,
                Ratio::parse(support)
                    .unwrap()
                    .min_count(orders as u64)
                    .max(1),
            );
            let got: BTreeMap<Vec<Item>, u64> = f
                .as_slice()
                .iter()
                .map(|s| (s.items.to_vec(), s.count))
                .collect();
            assert_eq!(
                got, expected,
                "round {round}, support {support}, {baskets:?}"
            );
            assert_eq!(got.len(), f.len(), "no itemset twice");
        }
    }

    #[test]
    fn max_len_and_limit_and_cancel() {
        let t = testdata::supermarket();
        let support = Ratio::parse("0.1").unwrap();
        let all = mine(&t, "0.1");
        let short = frequent_itemsets(
            &t,
            &MiningOptions {
                max_len: Some(2),
                ..MiningOptions::new(support)
            },
            &mut |_| true,
        )
        .unwrap();
        let expected: BTreeSet<_> = all
            .as_slice()
            .iter()
            .filter(|s| s.items.len() <= 2)
            .map(|s| (s.items.clone(), s.count))
            .collect();
        let got: BTreeSet<_> = short
            .as_slice()
            .iter()
            .map(|s| (s.items.clone(), s.count))
            .collect();
        assert_eq!(got, expected);
        let limited = MiningOptions {
            max_itemsets: Some(1000),
            ..MiningOptions::new(support)
        };
        assert_eq!(
            frequent_itemsets(&t, &limited, &mut |_| true).unwrap_err(),
            BasketError::TooManyItemsets { limit: 1000 }
        );
        let mut calls = 0;
        let cancelled = frequent_itemsets(&t, &MiningOptions::new(support), &mut |_| {
            calls += 1;
            calls < 3
        });
        assert_eq!(cancelled.unwrap_err(), BasketError::Cancelled);
        let mut last = -1.0;
        let mut rising = true;
        mine_with_progress(&t, support, &mut |f| {
            rising &= f >= last && (0.0..1.0).contains(&f);
            last = f;
            true
        });
        assert!(rising && last > 0.9, "last progress {last}");
    }

    fn mine_with_progress(t: &Transactions, support: Ratio, progress: &mut dyn FnMut(f32) -> bool) {
        frequent_itemsets(t, &MiningOptions::new(support), progress).unwrap();
    }

    #[test]
    fn no_order_or_no_frequent_item_gives_nothing() {
        let empty = Transactions::from_baskets(Vec::<Vec<&str>>::new());
        assert!(mine(&empty, "0.1").is_empty());
        let t = Transactions::from_baskets([vec!["a"], vec!["b"]]);
        assert!(mine(&t, "0.6").is_empty());
        assert_eq!(mine(&t, "0").len(), 2);
    }

    /// Every itemset mlxtend's fpgrowth found in Weka's supermarket baskets at support 0.10,
    /// with the same count, and no other. (0.1 × 4627 = 462.7: both need 463 orders.)
    #[test]
    fn supermarket_itemsets_agree_with_mlxtend() {
        let t = testdata::supermarket();
        // 122 of the 216 departments were bought at all.
        assert_eq!((t.len(), t.item_count()), (4627, 122));
        let f = mine(&t, "0.10");
        assert_eq!(f.min_count(), 463);
        let expected: BTreeMap<Vec<String>, u64> =
            testdata::csv_rows("supermarket_itemsets_mlxtend.csv")
                .iter()
                .map(|r| (testdata::names(&r["itemset"]), r["count"].parse().unwrap()))
                .collect();
        assert_eq!(expected.len(), 7961);
        let got = by_name(&t, &f);
        assert_eq!(got.len(), f.len());
        assert_eq!(got, expected);
        for r in testdata::csv_rows("supermarket_itemsets_mlxtend.csv") {
            let items: Vec<Item> = testdata::names(&r["itemset"])
                .iter()
                .map(|n| t.item(n).unwrap())
                .collect();
            let mut items = items;
            items.sort_unstable();
            let count = f.count(&items).unwrap();
            let support: f64 = r["support"].parse().unwrap();
            assert!((f.support(count) - support).abs() < 1e-15);
        }
    }
}
