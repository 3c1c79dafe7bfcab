//! "What they talk about": the words and two-word phrases that unhappy customers use more
//! than happy ones, ranked by the log-odds ratio with an informative Dirichlet prior
//! (Monroe, Colaresi and Quinn 2008, "Fightin' Words", section 3.5).
//!
//! A term counts once per piece of feedback that contains it. With y_n and y_p the pieces
//! of negative and positive feedback containing term w, n_n and n_p the sums of those
//! counts over every term, and a prior proportional to the term's share of both,
//! a_w = A0 (y_n + y_p) / (n_n + n_p):
//!
//! ```text
//! delta = ln((y_n + a_w) / (n_n + A0 - y_n - a_w)) - ln((y_p + a_w) / (n_p + A0 - y_p - a_w))
//! var   = 1 / (y_n + a_w) + 1 / (y_p + a_w)
//! z     = delta / sqrt(var)
//! ```
//!
//! Terms are ranked by z (how sure the difference is), and `delta` is shown as the
//! log-odds.

use std::collections::HashMap;

use crate::analytics::feedback::language::{self, Lang, Words};
use crate::model::feedback::{FeedbackFact, Sentiment};

/// The weight of the prior, in pieces of pseudo-feedback spread over the terms in
/// proportion to how common they are overall.
pub const PRIOR_WEIGHT: f64 = 100.0;

/// What the table is computed over.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TermOptions {
    /// Only feedback in this language (its customer's, else told from its script).
    pub lang: Option<Lang>,
    /// Terms found in fewer pieces of negative feedback are left out.
    pub min_count: usize,
    /// At most this many terms.
    pub limit: usize,
}

impl Default for TermOptions {
    fn default() -> Self {
        TermOptions {
            lang: None,
            min_count: 3,
            limit: 50,
        }
    }
}

/// One row of the term table.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Term {
    /// The word or two-word phrase, in its most frequent written form.
    pub term: String,
    /// Pieces of negative feedback containing it.
    pub negative_count: usize,
    /// Pieces of positive feedback containing it.
    pub positive_count: usize,
    /// The prior-smoothed log-odds ratio, negative against positive (`delta`).
    pub log_odds: f64,
    /// `delta` over its standard error: what the table is sorted by.
    pub z: f64,
    /// The pieces of feedback containing it (their ids), negative ones first.
    pub feedback_ids: Vec<i64>,
}

#[derive(Default)]
struct Count {
    negative: usize,
    positive: usize,
    surfaces: HashMap<String, usize>,
    negative_docs: Vec<i64>,
    positive_docs: Vec<i64>,
}

/// The terms over-represented in negative feedback (unhappy scores) against positive
/// feedback (happy scores), most certain first. Neutral and unscored feedback is not read.
pub fn terms(facts: &[FeedbackFact], options: TermOptions) -> Vec<Term> {
    let words = Words::new();
    let mut counts: HashMap<String, Count> = HashMap::new();
    let (mut total_negative, mut total_positive) = (0usize, 0usize);
    for fact in facts {
        let negative = match fact.score.map(|s| s.sentiment()) {
            Some(Sentiment::Negative) => true,
            Some(Sentiment::Positive) => false,
            _ => continue,
        };
        let lang = fact
            .language
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or_else(|| language::guess(&fact.text));
        if options.lang.is_some_and(|wanted| wanted != lang) {
            continue;
        }
        let joiner = if lang == Lang::Zh { "" } else { " " };
        let mut seen: HashMap<String, String> = HashMap::new();
        for run in words.runs(lang, &fact.text) {
            for (index, word) in run.iter().enumerate() {
                seen.entry(word.key.clone())
                    .or_insert_with(|| word.surface.clone());
                if let Some(next) = run.get(index + 1) {
                    seen.entry(format!("{}{joiner}{}", word.key, next.key))
                        .or_insert_with(|| format!("{}{joiner}{}", word.surface, next.surface));
                }
            }
        }
        for (key, surface) in seen {
            let count = counts.entry(key).or_default();
            *count.surfaces.entry(surface).or_default() += 1;
            if negative {
                count.negative += 1;
                count.negative_docs.push(fact.id);
                total_negative += 1;
            } else {
                count.positive += 1;
                count.positive_docs.push(fact.id);
                total_positive += 1;
            }
        }
    }
    let all = (total_negative + total_positive) as f64;
    let mut rows: Vec<Term> = counts
        .into_values()
        .filter(|c| c.negative >= options.min_count.max(1))
        .filter_map(|c| {
            let (delta, z) = log_odds(c.negative, c.positive, total_negative, total_positive, all);
            // Over-represented in exact integers first, so a term as common on both sides
            // is never listed for a rounding error in delta.
            let over = c.negative * total_positive > c.positive * total_negative;
            (over && delta > 0.0).then(|| {
                let term = c
                    .surfaces
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    .map(|(surface, _)| surface.clone())
                    .unwrap_or_default();
                let mut feedback_ids = c.negative_docs;
                feedback_ids.extend(c.positive_docs);
                Term {
                    term,
                    negative_count: c.negative,
                    positive_count: c.positive,
                    log_odds: delta,
                    z,
                    feedback_ids,
                }
            })
        })
        .collect();
    rows.sort_by(|a, b| b.z.total_cmp(&a.z).then(a.term.cmp(&b.term)));
    rows.truncate(options.limit);
    rows
}

/// `(delta, z)` of one term; see the module's formula.
fn log_odds(y_n: usize, y_p: usize, n_n: usize, n_p: usize, all: f64) -> (f64, f64) {
    let alpha = PRIOR_WEIGHT * (y_n + y_p) as f64 / all;
    let (y_n, y_p, n_n, n_p) = (y_n as f64, y_p as f64, n_n as f64, n_p as f64);
    let delta = ((y_n + alpha) / (n_n + PRIOR_WEIGHT - y_n - alpha)).ln()
        - ((y_p + alpha) / (n_p + PRIOR_WEIGHT - y_p - alpha)).ln();
    let var = 1.0 / (y_n + alpha) + 1.0 / (y_p + alpha);
    (delta, delta / var.sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::feedback::{Scale, Score};
    use chrono::NaiveDate;

    fn fact(id: i64, stars: u8, text: &str) -> FeedbackFact {
        FeedbackFact {
            id,
            customer_id: id,
            date: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
            score: Score::new(Scale::Stars, stars),
            text: text.to_string(),
            channel: None,
            product: None,
            status: None,
            language: None,
        }
    }

    #[test]
    fn log_odds_matches_a_worked_example() {
        // y_n = 10, y_p = 2, n_n = 100, n_p = 200, A0 = 100:
        //   a = 100 * 12 / 300 = 4
        //   delta = ln(14 / (100 + 100 - 10 - 4)) - ln(6 / (200 + 100 - 2 - 4))
        //         = ln(14 / 186) - ln(6 / 294) = -2.586689 - (-3.891820) = 1.305131
        //   var = 1/14 + 1/6 = 0.238095, z = 1.305131 / 0.487950 = 2.674723
        let (delta, z) = log_odds(10, 2, 100, 200, 300.0);
        assert!((delta - 1.305131).abs() < 1e-5, "{delta}");
        assert!((z - 2.674723).abs() < 1e-5, "{z}");
    }

    #[test]
    fn complaint_words_come_first_and_open_their_feedback() {
        let mut facts = Vec::new();
        for id in 0..3 {
            facts.push(fact(id, 1, "Late delivery again, late delivery"));
        }
        for id in 3..6 {
            facts.push(fact(id, 2, "late parcel"));
        }
        for id in 6..12 {
            facts.push(fact(id, 5, "Lovely quality, fast delivery"));
        }
        facts.push(fact(12, 3, "late late late"));
        let rows = terms(&facts, TermOptions::default());
        let names: Vec<_> = rows.iter().map(|t| t.term.as_str()).collect();
        // "late" is in all six negative pieces; the terms of three come next, by name.
        assert_eq!(
            names,
            [
                "late",
                "again",
                "delivery again",
                "late delivery",
                "late parcel",
                "parcel"
            ]
        );
        // "delivery" is in three negative and six positive pieces: not listed.
        assert!(!names.contains(&"delivery"));
        assert_eq!(rows[0].negative_count, 6);
        assert_eq!(rows[0].positive_count, 0);
        assert_eq!(rows[0].feedback_ids, (0..6).collect::<Vec<_>>());
    }

    #[test]
    fn stems_are_shown_by_their_most_written_form() {
        let facts: Vec<_> = [
            "livraison lente",
            "livraisons lentes",
            "livraison en retard",
            "Parfait",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| FeedbackFact {
            language: Some("fr".to_string()),
            ..fact(i as i64, if i < 3 { 1 } else { 5 }, t)
        })
        .collect();
        let rows = terms(
            &facts,
            TermOptions {
                lang: Some(Lang::Fr),
                min_count: 3,
                limit: 10,
            },
        );
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].term, "livraison");
        assert_eq!(rows[0].negative_count, 3);
    }
}
