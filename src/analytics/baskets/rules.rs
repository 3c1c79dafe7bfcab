//! Association rules A → B from the frequent itemsets: every frequent itemset of two or more
//! items, split every way into a non-empty antecedent A and consequent B, kept when
//! count(A ∪ B) / count(A) reaches the minimum confidence, compared exactly in integers.
//! A rule keeps its counts; its measures are computed from them.

use super::fpgrowth::FrequentItemsets;
use super::ratio::Ratio;
use super::transactions::Item;

/// A rule "orders with every item of `antecedent` also hold every item of `consequent`".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// A, sorted by item id.
    pub antecedent: Box<[Item]>,
    /// B, sorted by item id; A and B share no item.
    pub consequent: Box<[Item]>,
    /// Orders holding A ∪ B.
    pub count: u64,
    /// Orders holding A.
    pub antecedent_count: u64,
    /// Orders holding B.
    pub consequent_count: u64,
    /// Orders in all.
    pub orders: u64,
}

impl Rule {
    /// Support of A ∪ B: count / orders.
    pub fn support(&self) -> f64 {
        self.count as f64 / self.orders as f64
    }

    /// Confidence: count(A ∪ B) / count(A), the share of A's orders that also hold B.
    pub fn confidence(&self) -> f64 {
        self.count as f64 / self.antecedent_count as f64
    }

    /// Lift: confidence / support(B), how many times more often B comes with A than on
    /// average (1 = no link).
    pub fn lift(&self) -> f64 {
        let num = u128::from(self.count) * u128::from(self.orders);
        let den = u128::from(self.antecedent_count) * u128::from(self.consequent_count);
        num as f64 / den as f64
    }

    /// Leverage: support(A ∪ B) − support(A) × support(B).
    pub fn leverage(&self) -> f64 {
        let n = i128::from(self.orders);
        let num = i128::from(self.count) * n
            - i128::from(self.antecedent_count) * i128::from(self.consequent_count);
        num as f64 / (n * n) as f64
    }

    /// Conviction: (1 − support(B)) / (1 − confidence). None stands for infinity: every
    /// order with A also holds B (confidence 1), the rule is never wrong.
    pub fn conviction(&self) -> Option<f64> {
        let misses = self.antecedent_count - self.count;
        (misses > 0).then(|| {
            let num =
                u128::from(self.orders - self.consequent_count) * u128::from(self.antecedent_count);
            let den = u128::from(self.orders) * u128::from(misses);
            num as f64 / den as f64
        })
    }

    /// The confidence as "N in 10", rounded to the nearest whole (halves up), exactly.
    pub fn per_ten(&self) -> u64 {
        (20 * self.count + self.antecedent_count) / (2 * self.antecedent_count)
    }

    /// Whether the rule passes these thresholds, exactly. Rules mined once at the lowest
    /// support and confidence a slider allows give, filtered by this, the rules at any higher
    /// setting (a rule's support is its itemset's), so a live count needs no new mining.
    pub fn reaches(&self, min_support: Ratio, min_confidence: Ratio) -> bool {
        min_support.admits(self.count, self.orders)
            && min_confidence.admits(self.count, self.antecedent_count)
    }

    /// Whether the rule mentions this item on either side.
    pub fn mentions(&self, item: Item) -> bool {
        self.antecedent.contains(&item) || self.consequent.contains(&item)
    }
}

/// Every rule of confidence >= `min_confidence` from the frequent itemsets, itemset by
/// itemset (shortest first) and, within one, antecedents in the order of a binary counter
/// over the itemset's items.
pub fn association_rules(itemsets: &FrequentItemsets, min_confidence: Ratio) -> Vec<Rule> {
    let mut rules = Vec::new();
    let mut antecedent = Vec::new();
    let mut consequent = Vec::new();
    for set in itemsets.as_slice() {
        let k = set.items.len();
        // Every subset of a frequent itemset is frequent, so an itemset of 64 items would
        // come with 2^64 others: none is ever that long.
        if !(2..64).contains(&k) {
            continue;
        }
        for mask in 1..(1u64 << k) - 1 {
            antecedent.clear();
            consequent.clear();
            for (bit, &item) in set.items.iter().enumerate() {
                if mask >> bit & 1 == 1 {
                    antecedent.push(item);
                } else {
                    consequent.push(item);
                }
            }
            let Some(antecedent_count) = itemsets.count(&antecedent) else {
                continue;
            };
            if !min_confidence.admits(set.count, antecedent_count) {
                continue;
            }
            let Some(consequent_count) = itemsets.count(&consequent) else {
                continue;
            };
            rules.push(Rule {
                antecedent: antecedent.as_slice().into(),
                consequent: consequent.as_slice().into(),
                count: set.count,
                antecedent_count,
                consequent_count,
                orders: itemsets.orders(),
            });
        }
    }
    rules
}

/// Two items bought together, for the heatmap of the strongest pairs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    /// The item with the smaller id.
    pub a: Item,
    /// The item with the larger id.
    pub b: Item,
    /// Orders holding both.
    pub count: u64,
    /// count × orders / (count(a) × count(b)).
    pub lift: f64,
}

/// Every frequent pair with its lift, strongest lift first (ties: more orders first, then
/// by ids).
pub fn pairs(itemsets: &FrequentItemsets) -> Vec<Pair> {
    let single = |item: Item| itemsets.count(&[item]).unwrap_or(0);
    let n = u128::from(itemsets.orders());
    let mut pairs: Vec<(Pair, u128, u128)> = itemsets
        .as_slice()
        .iter()
        .filter_map(|s| match *s.items {
            [a, b] => {
                let num = u128::from(s.count) * n;
                let den = u128::from(single(a)) * u128::from(single(b));
                let lift = num as f64 / den.max(1) as f64;
                Some((
                    Pair {
                        a,
                        b,
                        count: s.count,
                        lift,
                    },
                    num,
                    den.max(1),
                ))
            }
            _ => None,
        })
        .collect();
    pairs.sort_by(|(p, pn, pd), (q, qn, qd)| {
        super::ratio::cmp_fractions(*qn, *qd, *pn, *pd)
            .then(q.count.cmp(&p.count))
            .then((p.a, p.b).cmp(&(q.a, q.b)))
    });
    pairs.into_iter().map(|(p, _, _)| p).collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::fpgrowth::{MiningOptions, frequent_itemsets};
    use super::super::testdata;
    use super::super::transactions::Transactions;
    use super::*;

    fn ratio(text: &str) -> Ratio {
        Ratio::parse(text).unwrap()
    }

    fn analyse(t: &Transactions, support: &str, confidence: &str) -> (FrequentItemsets, Vec<Rule>) {
        let f = frequent_itemsets(t, &MiningOptions::new(ratio(support)), &mut |_| true).unwrap();
        let rules = association_rules(&f, ratio(confidence));
        (f, rules)
    }

    fn find<'a>(t: &Transactions, rules: &'a [Rule], a: &str, b: &str) -> Option<&'a Rule> {
        rules
            .iter()
            .find(|r| t.label(&r.antecedent) == a && t.label(&r.consequent) == b)
    }

    /// Ten orders: Tea in 5, Candles in 4, both in 3; Soap in 2, always with Tea.
    fn shop() -> Transactions {
        Transactions::from_baskets([
            vec!["Tea", "Candles", "Soap"],
            vec!["Tea", "Candles", "Soap"],
            vec!["Tea", "Candles"],
            vec!["Tea"],
            vec!["Tea"],
            vec!["Candles"],
            vec!["Bread"],
            vec!["Bread"],
            vec!["Bread"],
            vec!["Milk"],
        ])
    }

    /// The measures worked out by hand from the counts.
    #[test]
    fn measures_by_hand() {
        let t = shop();
        let (_, rules) = analyse(&t, "0.2", "0");
        let r = find(&t, &rules, "Tea", "Candles").unwrap();
        assert_eq!(
            (r.count, r.antecedent_count, r.consequent_count, r.orders),
            (3, 5, 4, 10)
        );
        assert!((r.support() - 0.3).abs() < 1e-15);
        assert!((r.confidence() - 0.6).abs() < 1e-15);
        // lift = 0.6 / 0.4; leverage = 0.3 − 0.5 × 0.4; conviction = (1 − 0.4) / (1 − 0.6).
        assert!((r.lift() - 1.5).abs() < 1e-15);
        assert!((r.leverage() - 0.1).abs() < 1e-15);
        assert!((r.conviction().unwrap() - 1.5).abs() < 1e-15);
        assert_eq!(r.per_ten(), 6);
        let back = find(&t, &rules, "Candles", "Tea").unwrap();
        // 3 of 4: 7.5 in ten rounds to 8.
        assert_eq!(back.per_ten(), 8);
        // Soap always comes with Tea: confidence 1, conviction infinite.
        let soap = find(&t, &rules, "Soap", "Tea").unwrap();
        assert_eq!(soap.confidence(), 1.0);
        assert_eq!(soap.conviction(), None);
        assert!((soap.lift() - 2.0).abs() < 1e-15);
        // Tea → Candles | Soap: 2 of 5 orders with Tea hold both.
        let two = find(&t, &rules, "Tea", "Candles | Soap").unwrap();
        assert_eq!(
            (two.count, two.antecedent_count, two.consequent_count),
            (2, 5, 2)
        );
        // {Candles, Soap, Tea} gives 6 rules, the three pairs 2 each: 12 in all at
        // confidence 0 (Bread is frequent alone and pairs with nothing).
        assert_eq!(rules.len(), 12);
        // At 0.6 exactly, Tea → Candles (3/5) stays; 0.61 drops it.
        let (_, at) = analyse(&t, "0.2", "0.6");
        assert!(find(&t, &at, "Tea", "Candles").is_some());
        let (_, above) = analyse(&t, "0.2", "0.61");
        assert!(find(&t, &above, "Tea", "Candles").is_none());
        assert!(rules.iter().all(|r| r.mentions(r.consequent[0])));
        assert!(!soap.mentions(t.item("Bread").unwrap()));
    }

    /// Filtering the rules of a low setting gives exactly the rules mined at a higher one.
    #[test]
    fn filtered_rules_equal_rules_mined_at_the_higher_setting() {
        let t = testdata::supermarket();
        let (_, low) = analyse(&t, "0.10", "0.8");
        for (support, confidence) in [
            ("0.1", "0.8"),
            ("0.15", "0.85"),
            ("0.2", "0.82"),
            ("0.25", "0.8"),
        ] {
            let (_, direct) = analyse(&t, support, confidence);
            let filtered: Vec<&Rule> = low
                .iter()
                .filter(|r| r.reaches(ratio(support), ratio(confidence)))
                .collect();
            let key = |r: &Rule| (r.antecedent.clone(), r.consequent.clone(), r.count);
            let mut a: Vec<_> = direct.iter().map(key).collect();
            let mut b: Vec<_> = filtered.into_iter().map(key).collect();
            a.sort();
            b.sort();
            assert!(!a.is_empty(), "{support} {confidence}: no rule");
            assert_eq!(a, b, "{support} {confidence}");
        }
    }

    #[test]
    fn pairs_strongest_lift_first() {
        let t = shop();
        let (f, _) = analyse(&t, "0.2", "0");
        let p = pairs(&f);
        let labels: Vec<(String, u64)> =
            p.iter().map(|p| (t.label(&[p.a, p.b]), p.count)).collect();
        // Candles|Soap: 2×10/(4×2) = 2.5; Soap|Tea: 2×10/(2×5) = 2; Candles|Tea: 1.5.
        assert_eq!(
            labels,
            [
                ("Candles | Soap".to_string(), 2),
                ("Soap | Tea".to_string(), 2),
                ("Candles | Tea".to_string(), 3)
            ]
        );
        assert!((p[0].lift - 2.5).abs() < 1e-15);
    }

    /// mlxtend's association_rules on its own fpgrowth itemsets (Weka's supermarket
    /// baskets, support 0.10, confidence 0.8): every rule it keeps is found with the same
    /// count and measures. The exact threshold keeps one rule more: {bread and cake, frozen
    /// foods, milk-cream, pet foods} → {vegetables} holds in 612 of 765 orders, exactly 4/5,
    /// but mlxtend divides the supports 612/4627 and 765/4627 in floating point, gets
    /// 0.7999999999999999 < 0.8 and drops it.
    #[test]
    fn supermarket_rules_agree_with_mlxtend() {
        let t = testdata::supermarket();
        let (_, rules) = analyse(&t, "0.10", "0.8");
        let ours: BTreeMap<(Vec<String>, Vec<String>), &Rule> = rules
            .iter()
            .map(|r| {
                let names = |items: &[Item]| testdata::names(&t.label(items));
                ((names(&r.antecedent), names(&r.consequent)), r)
            })
            .collect();
        assert_eq!(ours.len(), rules.len());
        let reference = testdata::csv_rows("supermarket_rules_mlxtend.csv");
        assert_eq!(reference.len(), 5086);
        let close = |ours: f64, theirs: &str| {
            let theirs: f64 = theirs.parse().unwrap();
            (ours - theirs).abs() <= 1e-12 * theirs.abs().max(1.0)
        };
        for row in &reference {
            let key = (
                testdata::names(&row["antecedents"]),
                testdata::names(&row["consequents"]),
            );
            let r = ours.get(&key).unwrap_or_else(|| panic!("missing {key:?}"));
            assert_eq!(r.count.to_string(), row["count"], "{key:?}");
            assert!(close(r.support(), &row["support"]), "{key:?}");
            assert!(close(r.confidence(), &row["confidence"]), "{key:?}");
            assert!(close(r.lift(), &row["lift"]), "{key:?}");
            assert!(close(r.leverage(), &row["leverage"]), "{key:?}");
            match r.conviction() {
                Some(c) => assert!(close(c, &row["conviction"]), "{key:?}"),
                None => assert_eq!(row["conviction"], "inf", "{key:?}"),
            }
        }
        // The only rule mlxtend drops, and why.
        let theirs: std::collections::BTreeSet<(Vec<String>, Vec<String>)> = reference
            .iter()
            .map(|row| {
                (
                    testdata::names(&row["antecedents"]),
                    testdata::names(&row["consequents"]),
                )
            })
            .collect();
        let extra: Vec<_> = ours.iter().filter(|(k, _)| !theirs.contains(*k)).collect();
        assert_eq!(extra.len(), 1);
        let (key, r) = extra[0];
        assert_eq!(
            key.0,
            ["bread and cake", "frozen foods", "milk-cream", "pet foods"]
        );
        assert_eq!(key.1, ["vegetables"]);
        assert_eq!((r.count, r.antecedent_count), (612, 765));
        assert_eq!(u128::from(r.count) * 5, u128::from(r.antecedent_count) * 4);
        let (both, with_a, orders) = (r.count as f64, r.antecedent_count as f64, r.orders as f64);
        assert!((both / orders) / (with_a / orders) < 0.8);
    }
}
