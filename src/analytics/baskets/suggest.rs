//! Next-product suggestions: for each customer, the products they have never bought, scored
//! by the rules whose antecedent they have bought; a rule's score is its confidence × lift.
//!
//! Only rules with a single product as consequent take part. A rule A → {X, Y} that passes
//! the confidence threshold implies A → {X} passes it too (count(A ∪ X) >= count(A ∪ X ∪ Y)),
//! so no product is lost; and a one-product rule is the reason a person can check ("bought
//! Tea, so Candles"). Each product keeps its best rule; ties go to the rule seen in more
//! orders, then to the earlier rule.

use std::cmp::Ordering;

use super::ratio::cmp_fractions;
use super::rules::Rule;
use super::transactions::{Item, Transactions};

/// One suggested product with the rule that explains it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Suggestion {
    /// The product (or category) never bought by the customer.
    pub item: Item,
    /// The rule's confidence × lift.
    pub score: f64,
    /// Index of the explaining rule in the rules given to [`suggest`].
    pub rule: usize,
}

/// A customer's best suggestions, best first.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerSuggestions {
    /// The root customer.
    pub customer_id: i64,
    /// At most the number asked for, best first.
    pub suggestions: Vec<Suggestion>,
}

/// Suggestions for every customer that has at least one, by customer id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Suggestions {
    customers: Vec<CustomerSuggestions>,
}

impl Suggestions {
    /// Every customer with a suggestion, by customer id.
    pub fn as_slice(&self) -> &[CustomerSuggestions] {
        &self.customers
    }

    /// One customer's suggestions (empty when there is none).
    pub fn for_customer(&self, customer_id: i64) -> &[Suggestion] {
        self.customers
            .binary_search_by_key(&customer_id, |c| c.customer_id)
            .ok()
            .and_then(|i| self.customers.get(i))
            .map_or(&[], |c| &c.suggestions)
    }

    /// The customers whose top suggestion is this item ("Customers to offer Candles").
    pub fn top_is(&self, item: Item) -> impl Iterator<Item = &CustomerSuggestions> + '_ {
        self.customers
            .iter()
            .filter(move |c| c.suggestions.first().is_some_and(|s| s.item == item))
    }
}

/// A rule's score as an exact fraction, up to the factor `orders` that all rules of one
/// analysis share: confidence × lift = count² × orders / (count(A)² × count(B)).
fn score_fraction(rule: &Rule) -> (u128, u128) {
    let c = u128::from(rule.count);
    let a = u128::from(rule.antecedent_count);
    (c * c, (a * a * u128::from(rule.consequent_count)).max(1))
}

fn score(rule: &Rule) -> f64 {
    rule.confidence() * rule.lift()
}

/// How two rules compare as reasons: higher score, then more orders.
fn strength(rules: &[Rule], x: usize, y: usize) -> Ordering {
    let (rx, ry) = (&rules[x], &rules[y]);
    let ((xn, xd), (yn, yd)) = (score_fraction(rx), score_fraction(ry));
    cmp_fractions(xn, xd, yn, yd).then(rx.count.cmp(&ry.count))
}

/// The best `per_customer` suggestions of every customer (walk-in orders have none).
pub fn suggest(transactions: &Transactions, rules: &[Rule], per_customer: usize) -> Suggestions {
    let items = transactions.item_count();
    let mut orders_of_item = vec![0u64; items];
    for basket in transactions.baskets() {
        for &item in basket {
            orders_of_item[item as usize] += 1;
        }
    }
    // Each usable rule is filed under its antecedent's rarest item, so a customer only
    // looks at rules one of whose items they bought, and few of those.
    let mut by_key: Vec<Vec<usize>> = vec![Vec::new(); items];
    for (i, rule) in rules.iter().enumerate() {
        if rule.consequent.len() != 1 {
            continue;
        }
        if let Some(&key) = rule
            .antecedent
            .iter()
            .min_by_key(|&&item| (orders_of_item.get(item as usize).copied(), item))
            && let Some(list) = by_key.get_mut(key as usize)
        {
            list.push(i);
        }
    }
    // Orders grouped by customer.
    let mut orders: Vec<(i64, usize)> = (0..transactions.len())
        .filter_map(|i| transactions.customer(i).map(|c| (c, i)))
        .collect();
    // Orders usually arrive customer by customer already.
    if !orders.is_sorted() {
        orders.sort_unstable();
    }
    let mut bought_by = vec![usize::MAX; items];
    let mut best_rule = vec![usize::MAX; items];
    let mut best_for = vec![usize::MAX; items];
    let mut bought = Vec::new();
    let mut candidates: Vec<Item> = Vec::new();
    let mut customers = Vec::new();
    let mut start = 0;
    let mut seq = 0;
    while start < orders.len() {
        let customer_id = orders[start].0;
        let end = start
            + orders[start..]
                .iter()
                .take_while(|&&(c, _)| c == customer_id)
                .count();
        bought.clear();
        for &(_, order) in &orders[start..end] {
            for &item in transactions.basket(order) {
                if bought_by[item as usize] != seq {
                    bought_by[item as usize] = seq;
                    bought.push(item);
                }
            }
        }
        candidates.clear();
        for &key in &bought {
            for &r in &by_key[key as usize] {
                let rule = &rules[r];
                let product = rule.consequent[0];
                if bought_by[product as usize] == seq
                    || !rule
                        .antecedent
                        .iter()
                        .all(|&a| bought_by[a as usize] == seq)
                {
                    continue;
                }
                let slot = product as usize;
                if best_for[slot] != seq {
                    best_for[slot] = seq;
                    best_rule[slot] = r;
                    candidates.push(product);
                } else if strength(rules, r, best_rule[slot]) == Ordering::Greater {
                    // Of two equally strong rules, the earlier one stays.
                    best_rule[slot] = r;
                }
            }
        }
        // Best product first; equal ones by name, so the order does not depend on ids.
        candidates.sort_by(|&x, &y| {
            strength(rules, best_rule[y as usize], best_rule[x as usize])
                .then_with(|| transactions.name(x).cmp(transactions.name(y)))
        });
        let suggestions: Vec<Suggestion> = candidates
            .iter()
            .take(per_customer)
            .map(|&item| {
                let rule = best_rule[item as usize];
                Suggestion {
                    item,
                    score: score(&rules[rule]),
                    rule,
                }
            })
            .collect();
        if !suggestions.is_empty() {
            customers.push(CustomerSuggestions {
                customer_id,
                suggestions,
            });
        }
        start = end;
        seq += 1;
    }
    Suggestions { customers }
}

#[cfg(test)]
mod tests {
    use super::super::ratio::Ratio;
    use super::super::transactions::TransactionsBuilder;
    use super::super::{BasketOptions, analyse};
    use super::*;

    /// Ten orders of eight customers (Tea in 5, Candles in 4, both in 3, Soap in 2 and
    /// always with both, Bread in 3, Milk in 1).
    fn shop() -> Transactions {
        let mut b = TransactionsBuilder::new();
        for (customer, items) in [
            (1, vec!["Tea", "Candles", "Soap"]),
            (2, vec!["Tea", "Candles", "Soap"]),
            (3, vec!["Tea", "Candles"]),
            (4, vec!["Tea"]),
            (5, vec!["Tea"]),
            (6, vec!["Candles"]),
            (7, vec!["Bread"]),
            (7, vec!["Bread"]),
            (8, vec!["Bread"]),
            (4, vec!["Milk"]),
        ] {
            b.push_order(Some(customer), items);
        }
        b.finish()
    }

    /// The rules at support 0.2 and confidence 0.5.
    fn rules_of(t: &Transactions) -> Vec<Rule> {
        let options = BasketOptions {
            min_support: Ratio::parse("0.2").unwrap(),
            min_confidence: Ratio::parse("0.5").unwrap(),
            ..BasketOptions::default()
        };
        analyse(t, &options, &mut |_| true).unwrap().rules
    }

    fn names(t: &Transactions, rules: &[Rule], s: &[Suggestion]) -> Vec<(String, String, String)> {
        s.iter()
            .map(|s| {
                let r = &rules[s.rule];
                (
                    t.name(s.item).to_string(),
                    t.label(&r.antecedent),
                    format!("{:.4}", s.score),
                )
            })
            .collect()
    }

    /// At support 0.2 and confidence 0.5 the one-product rules are, by hand (score =
    /// confidence × lift): Tea → Candles 0.6 × 1.5 = 0.9, Candles → Tea 0.75 × 1.5 = 1.125,
    /// Candles → Soap 0.5 × 2.5 = 1.25, Soap → Candles 2.5, Soap → Tea 2,
    /// Tea + Candles → Soap (2/3) × (10/3) = 20/9, Tea + Soap → Candles 2.5,
    /// Candles + Soap → Tea 2; Tea → Soap (2/5) is below 0.5.
    #[test]
    fn suggestions_by_hand() {
        let t = shop();
        let rules = rules_of(&t);
        let s = suggest(&t, &rules, 3);
        let ids: Vec<i64> = s.as_slice().iter().map(|c| c.customer_id).collect();
        // 1 and 2 bought all three; 7 and 8 only Bread, which no rule names.
        assert_eq!(ids, [3, 4, 5, 6]);
        let tuple = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        // Soap for 3 by the better of Candles → Soap (1.25) and Tea + Candles → Soap (2.2222).
        assert_eq!(
            names(&t, &rules, s.for_customer(3)),
            [tuple("Soap", "Candles | Tea", "2.2222")]
        );
        assert_eq!(
            names(&t, &rules, s.for_customer(4)),
            [tuple("Candles", "Tea", "0.9000")]
        );
        assert_eq!(
            names(&t, &rules, s.for_customer(6)),
            [
                tuple("Soap", "Candles", "1.2500"),
                tuple("Tea", "Candles", "1.1250")
            ]
        );
        assert!(s.for_customer(1).is_empty());
        let candles = t.item("Candles").unwrap();
        let offered: Vec<i64> = s.top_is(candles).map(|c| c.customer_id).collect();
        assert_eq!(offered, [4, 5]);
        let one = suggest(&t, &rules, 1);
        assert_eq!(
            names(&t, &rules, one.for_customer(6)),
            [tuple("Soap", "Candles", "1.2500")]
        );
        assert!(suggest(&t, &rules, 0).as_slice().is_empty());
    }

    /// Equal scores: the rule seen in more orders explains; equal products go by name.
    #[test]
    fn ties_are_broken_by_orders_then_name() {
        let mut b = TransactionsBuilder::new();
        // A → Y and A → X: both 2 of 4 with A, X and Y each in 2 orders: equal scores.
        for (customer, items) in [
            (1, vec!["A", "Y"]),
            (1, vec!["A", "X"]),
            (2, vec!["A", "X", "Y"]),
            (3, vec!["A"]),
            (4, vec!["B"]),
        ] {
            b.push_order(Some(customer), items);
        }
        let t = b.finish();
        let rules = rules_of(&t);
        let s = suggest(&t, &rules, 3);
        let got: Vec<&str> = s.for_customer(3).iter().map(|s| t.name(s.item)).collect();
        assert_eq!(got, ["X", "Y"]);
    }
}
