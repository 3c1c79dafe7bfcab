//! The figures per group (month, segment, tier, stage, channel of first order, product),
//! each with the number of answers behind it and a mark when they are too few to tell.

use std::collections::BTreeMap;

use crate::analytics::feedback::figures::{Figures, Tally};
use crate::model::feedback::FeedbackFact;

/// Below this many answers a group is marked "too few answers to tell".
pub const MIN_ANSWERS: usize = 30;

/// One group's figures.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Group {
    /// The group's name: a month `YYYY-MM`, a segment, a tier, a product...
    pub name: String,
    /// NPS, CSAT and stars over the group's scored feedback.
    pub figures: Figures,
    /// Fewer than [`MIN_ANSWERS`] scored answers: too few to tell.
    pub too_few: bool,
}

/// The figures of every group that `key` puts a scored piece of feedback in, sorted by
/// name (months therefore in time order). Feedback without a score, or that `key` leaves
/// out (`None`: a customer without orders has no first channel), counts in no group.
pub fn groups<'a>(
    facts: impl IntoIterator<Item = &'a FeedbackFact>,
    mut key: impl FnMut(&FeedbackFact) -> Option<String>,
) -> Vec<Group> {
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    for fact in facts {
        let Some(score) = fact.score else { continue };
        if let Some(name) = key(fact) {
            tallies.entry(name).or_default().add(score);
        }
    }
    tallies
        .into_iter()
        .map(|(name, tally)| {
            let figures = tally.figures();
            Group {
                name,
                too_few: figures.answers < MIN_ANSWERS,
                figures,
            }
        })
        .collect()
}

/// The month of a piece of feedback, `YYYY-MM`: the key of the figures over time.
pub fn month(fact: &FeedbackFact) -> Option<String> {
    Some(fact.date.format("%Y-%m").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::feedback::{Scale, Score};
    use chrono::NaiveDate;

    fn fact(id: i64, date: &str, value: Option<u8>) -> FeedbackFact {
        FeedbackFact {
            id,
            customer_id: id,
            date: date.parse::<NaiveDate>().unwrap(),
            score: value.map(|v| Score::new(Scale::Nps, v).unwrap()),
            text: String::new(),
            channel: None,
            product: None,
            status: None,
            language: None,
        }
    }

    #[test]
    fn months_in_order_with_counts_and_the_too_few_mark() {
        let mut facts = Vec::new();
        // 30 answers in March (20 promoters, 10 detractors), 2 in January, one without a
        // score in February.
        for i in 0..30 {
            facts.push(fact(i, "2024-03-05", Some(if i < 20 { 10 } else { 0 })));
        }
        facts.push(fact(100, "2024-01-31", Some(7)));
        facts.push(fact(101, "2024-01-01", Some(9)));
        facts.push(fact(102, "2024-02-10", None));
        let groups = groups(&facts, month);
        let names: Vec<_> = groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["2024-01", "2024-03"]);
        assert_eq!(groups[0].figures.answers, 2);
        assert!(groups[0].too_few);
        assert_eq!(groups[1].figures.answers, 30);
        assert!(!groups[1].too_few);
        // (20 - 10) / 30 = 33.33 points.
        assert!((groups[1].figures.nps.value.unwrap() - 100.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn feedback_the_key_leaves_out_counts_nowhere() {
        let facts = [
            fact(1, "2024-01-01", Some(9)),
            fact(2, "2024-01-01", Some(0)),
        ];
        let groups = groups(&facts, |f| (f.id == 1).then(|| "A".to_string()));
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].figures.nps.promoters, 1);
        assert_eq!(groups[0].figures.nps.detractors, 0);
    }
}
