//! What sells together (issue 22): the sale lines read as baskets, their frequent itemsets
//! and rules, and every customer's next products, for `clientele basket`, `clientele
//! recommend`, the Baskets screen, the customer detail and the report. The mining is
//! [`crate::analytics::baskets`]; this file only reads, reports progress and flattens.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use chrono::NaiveDate;

use super::{Error, Job, Progress, Stage};
use crate::analytics::baskets::{
    BasketAnalysis, BasketError, BasketLine, BasketOptions, Rule, Suggestions, Transactions,
    TransactionsBuilder, analyse, suggest,
};
use crate::store::{BasketItem, Store};
use crate::text::Message;

/// A sale line read as a basket line.
fn line(row: crate::store::BasketRow<'_>) -> BasketLine<'_> {
    BasketLine {
        customer_id: row.customer_id,
        sold_on: row.sold_on,
        order_key: row.order_key,
        item: row.item,
    }
}

/// The suggestions kept per customer.
pub const SUGGESTIONS_PER_CUSTOMER: usize = 3;

/// Which lines make the baskets, and the thresholds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BasketQuery {
    /// Products or categories.
    pub by: BasketItem,
    /// First day of the period (None: the first sale).
    pub from: Option<NaiveDate>,
    /// Last day of the period (None: the last sale).
    pub to: Option<NaiveDate>,
    /// Supports and confidence.
    pub options: BasketOptions,
}

/// The baskets of a period and what sells together in them.
#[derive(Debug, Default)]
pub struct Baskets {
    /// What was asked.
    pub query: BasketQuery,
    /// Sale lines read.
    pub lines: u64,
    /// The orders as baskets, with the items' names.
    pub transactions: Transactions,
    /// Frequent itemsets and rules.
    pub analysis: BasketAnalysis,
}

impl Baskets {
    /// The rules' sets' names: `(antecedents, consequents)`, each sorted and joined by ` | `.
    pub fn labels(&self, rule: &Rule) -> (String, String) {
        (
            self.transactions.label(&rule.antecedent),
            self.transactions.label(&rule.consequent),
        )
    }

    /// Items' names in words, sorted: "Bread", "Bread and Tea", "Bread, Milk and Tea".
    pub fn in_words(&self, items: &[crate::analytics::baskets::Item]) -> String {
        let mut names: Vec<&str> = items.iter().map(|&i| self.transactions.name(i)).collect();
        names.sort_unstable();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            Some((last, _)) => (*last).to_string(),
            None => String::new(),
        }
    }

    /// The rule as a sentence: "7 in 10 orders with Tea also have Candles, 2.1 times more
    /// often than on average".
    pub fn sentence(&self, rule: &Rule) -> Message {
        Message::new("basket-rule")
            .arg("per-ten", rule.per_ten())
            .arg("antecedents", self.in_words(&rule.antecedent))
            .arg("consequents", self.in_words(&rule.consequent))
            .arg("lift", rule.lift())
            .arg("orders", rule.count)
    }
}

/// [`Baskets`] with every customer's best next products.
#[derive(Debug, Default)]
pub struct Recommendations {
    /// The baskets and rules the suggestions come from.
    pub baskets: Baskets,
    /// Up to [`SUGGESTIONS_PER_CUSTOMER`] products per customer, with their rules.
    pub suggestions: Suggestions,
}

/// One line of `clientele recommend`.
#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    /// The customer.
    pub customer_id: i64,
    /// Their reference in the shop's own system.
    pub external_ref: Option<String>,
    /// 1 for the best.
    pub rank: usize,
    /// The product to offer.
    pub product: String,
    /// Confidence × lift of the rule.
    pub score: f64,
    /// The rule's antecedents, what they bought that leads to it (sorted, ` | `).
    pub because: String,
    /// The rule.
    pub rule: Rule,
}

impl Recommendations {
    /// A customer's suggestions (or every customer's, by id), best first.
    pub fn rows(&self, customer: Option<i64>) -> Vec<Recommendation> {
        let t = &self.baskets.transactions;
        let rules = &self.baskets.analysis.rules;
        let mut out = Vec::new();
        for c in self.suggestions.as_slice() {
            if customer.is_some_and(|id| id != c.customer_id) {
                continue;
            }
            for (i, s) in c.suggestions.iter().enumerate() {
                let Some(rule) = rules.get(s.rule) else {
                    continue;
                };
                out.push(Recommendation {
                    customer_id: c.customer_id,
                    external_ref: None,
                    rank: i + 1,
                    product: t.name(s.item).to_string(),
                    score: s.score,
                    because: t.label(&rule.antecedent),
                    rule: rule.clone(),
                });
            }
        }
        out
    }
}

/// Lines read between two progress reports.
const REPORT_EVERY: u64 = 1 << 16;

/// Reads the baskets of the query's period and mines their itemsets and rules; progress
/// goes from 0 to `upto`.
fn mine(
    store: &Store,
    query: &BasketQuery,
    upto: f32,
    progress: &mut Progress<'_>,
) -> Result<Baskets, Error> {
    if let (Some(from), Some(to)) = (query.from, query.to)
        && from > to
    {
        return Err(Error::Period { from, to });
    }
    progress.step(0.0, Stage::ReadingSales, Job::Baskets)?;
    let total = store.sale_line_count()?.max(1);
    let reading = upto * 0.6;
    // The customers' lines in two halves read at once (on a large shop), each into its own
    // builder; the second appended to the first gives what one builder reading them in
    // order gives. The walk-in sales follow.
    let mut builder = TransactionsBuilder::new();
    let mut upper = TransactionsBuilder::new();
    let upper_seen = AtomicU64::new(0);
    let stop = AtomicBool::new(false);
    let mut seen = 0u64;
    let read = store.basket_rows_in_halves(
        query.by,
        query.from,
        query.to,
        &mut |row| {
            builder.push(line(row));
            seen += 1;
            if !seen.is_multiple_of(REPORT_EVERY) {
                return true;
            }
            let both = seen + upper_seen.load(Ordering::Relaxed);
            let go_on =
                progress.fraction(reading * both as f32 / total as f32, &Stage::ReadingSales);
            if !go_on {
                stop.store(true, Ordering::Relaxed);
            }
            go_on
        },
        &mut |row| {
            upper.push(line(row));
            // The lower half reports the progress of both, and says when to stop.
            !upper_seen
                .fetch_add(1, Ordering::Relaxed)
                .is_multiple_of(REPORT_EVERY)
                || !stop.load(Ordering::Relaxed)
        },
    )?;
    let walk_in = match read {
        Some(_) => {
            builder.append(upper);
            seen += upper_seen.load(Ordering::Relaxed);
            store.basket_walk_in_rows(query.by, query.from, query.to, &mut |row| {
                builder.push(line(row));
                seen += 1;
                !seen.is_multiple_of(REPORT_EVERY)
                    || progress.fraction(reading * seen as f32 / total as f32, &Stage::ReadingSales)
            })?
        }
        None => None,
    };
    let (Some(lines), Some(walk_in)) = (read, walk_in) else {
        return Err(Error::Cancelled(Job::Baskets));
    };
    let lines = lines + walk_in;
    let transactions = builder.finish();
    progress.step(reading, Stage::FindingRules, Job::Baskets)?;
    let analysis = analyse(&transactions, &query.options, &mut |f| {
        progress.fraction(reading + (upto - reading) * f, &Stage::FindingRules)
    })
    .map_err(|e| match e {
        BasketError::Cancelled => Error::Cancelled(Job::Baskets),
        e => Error::Baskets(e),
    })?;
    Ok(Baskets {
        query: *query,
        lines,
        transactions,
        analysis,
    })
}

/// The frequent itemsets and rules of the query's period (`clientele basket`).
pub fn rules(
    store: &Store,
    query: &BasketQuery,
    progress: &mut Progress<'_>,
) -> Result<Baskets, Error> {
    let baskets = mine(store, query, 1.0, progress)?;
    progress.step(1.0, Stage::Done, Job::Baskets)?;
    Ok(baskets)
}

/// The rules and every customer's best next products (`clientele recommend`, the Baskets
/// screen, the customer detail).
pub fn recommend(
    store: &Store,
    query: &BasketQuery,
    progress: &mut Progress<'_>,
) -> Result<Recommendations, Error> {
    let baskets = mine(store, query, 0.9, progress)?;
    let suggestions = suggest(
        &baskets.transactions,
        &baskets.analysis.rules,
        SUGGESTIONS_PER_CUSTOMER,
    );
    progress.step(1.0, Stage::Done, Job::Baskets)?;
    Ok(Recommendations {
        baskets,
        suggestions,
    })
}

/// [`Recommendations::rows`] with each customer's external reference.
pub fn recommendation_rows(
    store: &Store,
    recommendations: &Recommendations,
    customer: Option<i64>,
) -> Result<Vec<Recommendation>, Error> {
    let refs: HashMap<i64, String> = store.external_refs()?;
    let mut rows = recommendations.rows(customer);
    for row in &mut rows {
        row.external_ref = refs.get(&row.customer_id).cloned();
    }
    Ok(rows)
}

/// The thresholds of the report's "What sells together": an itemset in at least 1 order of
/// 200, a rule true at least 1 time in 10 (a small shop's products each sit in a few
/// percent of its orders at most).
const REPORT_SUPPORT: (u64, u64) = (1, 200);
const REPORT_CONFIDENCE: (u64, u64) = (1, 10);

/// The report's "What sells together": the `n` strongest rules (by lift, then by orders) of
/// the orders between `from` and `to`, one per set of products (of A → B and B → A, the one
/// more often true).
pub fn together_lines(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
    n: usize,
) -> Result<Vec<crate::report::data::TogetherLine>, Error> {
    let fallback = BasketOptions::default();
    let exact =
        |(num, den): (u64, u64), or| crate::analytics::baskets::Ratio::new(num, den).unwrap_or(or);
    let query = BasketQuery {
        by: BasketItem::Product,
        from: Some(from),
        to: Some(to),
        options: BasketOptions {
            min_support: exact(REPORT_SUPPORT, fallback.min_support),
            min_confidence: exact(REPORT_CONFIDENCE, fallback.min_confidence),
            max_len: None,
            max_itemsets: Some(500_000),
        },
    };
    let baskets = rules(store, &query, &mut Progress::silent())?;
    let mut strongest: Vec<&Rule> = baskets.analysis.rules.iter().collect();
    strongest.sort_by(|a, b| {
        b.lift()
            .total_cmp(&a.lift())
            .then(b.count.cmp(&a.count))
            .then(b.confidence().total_cmp(&a.confidence()))
    });
    let mut seen: Vec<Vec<crate::analytics::baskets::Item>> = Vec::new();
    let mut lines = Vec::new();
    for rule in strongest {
        let mut set: Vec<_> = rule
            .antecedent
            .iter()
            .chain(rule.consequent.iter())
            .copied()
            .collect();
        set.sort_unstable();
        if seen.contains(&set) {
            continue;
        }
        seen.push(set);
        lines.push(crate::report::data::TogetherLine {
            antecedents: baskets.in_words(&rule.antecedent),
            consequents: baskets.in_words(&rule.consequent),
            orders: rule.count,
            confidence: rule.confidence(),
            lift: rule.lift(),
        });
        if lines.len() == n {
            break;
        }
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    // A panic is how a test reports failure.
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::model::{LineToWrite, NewContact, NewSale};
    use crate::store::{BatchKind, NewBatch};

    fn sale(day: u32, order: Option<String>, product: &str) -> NewSale {
        NewSale {
            contact_index: 0,
            customer_ref: None,
            order_ref: order,
            sold_at: NaiveDate::from_ymd_opt(2025, 3, day)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap(),
            product: Some(product.to_string()),
            category: None,
            quantity: 1.0,
            unit_price_cents: Some(100),
            discount_cents: 0,
            amount_cents: 100,
            cost_cents: None,
            channel: None,
            payment_method: None,
            store: None,
            extra: serde_json::Map::new(),
        }
    }

    /// A shop's sale table read in two halves at once gives the baskets of one reading in
    /// order: the same items, orders (one spanning the halves' border too), customers and
    /// numbering; and then the same rules.
    #[test]
    fn baskets_read_in_two_halves_equal_one_reading_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("shop.sqlite")).unwrap();
        const PRODUCTS: [&str; 7] = ["Tea", "Candles", "Soap", "Bread", "Mugs", "Jam", ""];
        let batch = NewBatch {
            kind: BatchKind::Sales,
            file_name: Some("till.csv".into()),
            file_sha256: None,
            sheet: None,
            options: serde_json::json!({}),
            rows_read: 0,
            rows_rejected: 0,
            replace_existing: false,
        };
        let mut writer = store.begin_batch(&batch, false).unwrap();
        let people: Vec<i64> = (0..12)
            .map(|i| {
                writer
                    .add_contact(&NewContact {
                        last_name: Some(format!("Person{i}")),
                        ..NewContact::default()
                    })
                    .unwrap()
            })
            .collect();
        // A fixed pseudo-random sequence (no seed to keep in step with a crate).
        let mut state = 7u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % n
        };
        for _ in 0..400 {
            let who = people[next(12) as usize];
            let order = (next(3) > 0).then(|| format!("R{}", next(40)));
            let line = sale(1 + next(20) as u32, order, PRODUCTS[next(7) as usize]);
            writer.add_sale(who, &line).unwrap();
        }
        for _ in 0..30 {
            let order = (next(2) > 0).then(|| format!("T{}", next(10)));
            let line = sale(1 + next(20) as u32, order, PRODUCTS[next(7) as usize]);
            let mut text = String::new();
            crate::store::push_sale_datetime(&mut text, &line.sold_at);
            writer
                .add_walk_in_sale(&LineToWrite::of(&line, &text))
                .unwrap();
        }
        writer.finish(430, 430, 0).unwrap();

        let query = BasketQuery {
            options: BasketOptions {
                min_support: crate::analytics::baskets::Ratio::new(2, 100).unwrap(),
                min_confidence: crate::analytics::baskets::Ratio::new(1, 10).unwrap(),
                ..BasketOptions::default()
            },
            ..BasketQuery::default()
        };
        let mut in_order = TransactionsBuilder::new();
        let lines = store
            .basket_rows(query.by, None, None, &mut |row| {
                in_order.push(line(row));
                true
            })
            .unwrap()
            .unwrap();
        let in_order = in_order.finish();

        crate::store::read_in_halves_from(10);
        let mut progress = Progress::new(|_, _, _| {}, None);
        let halves = mine(&store, &query, 1.0, &mut progress).unwrap();
        crate::store::read_in_halves_from(i64::MAX);
        let mut progress = Progress::new(|_, _, _| {}, None);
        let whole = mine(&store, &query, 1.0, &mut progress).unwrap();

        assert_eq!(halves.lines, lines);
        let t = &halves.transactions;
        assert_eq!(t.names(), in_order.names());
        assert_eq!(t.len(), in_order.len());
        assert!(t.len() > 100, "{} orders", t.len());
        for i in 0..t.len() {
            assert_eq!(t.basket(i), in_order.basket(i), "order {i}");
            assert_eq!(t.customer(i), in_order.customer(i), "order {i}");
        }
        assert_eq!(t.skipped_lines(), in_order.skipped_lines());
        assert_eq!(
            format!("{:?}", halves.analysis),
            format!("{:?}", whole.analysis)
        );
        assert!(!halves.analysis.rules.is_empty());
    }
}
