//! "Unhappy and valuable": customers who gave a bad score and are worth keeping, open
//! complaints that waited too long first, then by value.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::analytics::rfm::Tier;
use crate::model::feedback::{FeedbackFact, FeedbackStatus, Sentiment};

/// An open complaint older than this many days puts its customer at the top of the list:
/// a problem that goes unsolved.
pub const OPEN_TOO_LONG_DAYS: i64 = 7;

/// What the list needs to know of a customer's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnhappyInput {
    /// The value tier (A, B, C) on the as-of date; `None` without completed orders.
    pub tier: Option<Tier>,
    /// Revenue in cents up to the as-of date.
    pub revenue_cents: i64,
    /// A high predicted lifetime value, when predictions exist.
    pub high_clv: bool,
}

/// One customer on the list.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Unhappy {
    /// The root customer.
    pub customer_id: i64,
    /// The customer's latest unhappy piece of feedback.
    pub feedback_id: i64,
    /// Its score value on its scale.
    pub score: u8,
    /// Its day.
    pub date: NaiveDate,
    /// Its text.
    pub text: String,
    /// The customer's tier.
    pub tier: Option<Tier>,
    /// The customer's revenue in cents.
    pub revenue_cents: i64,
    /// Age in days of the customer's oldest open piece of feedback, when one is open.
    pub open_complaint_days: Option<i64>,
}

impl Unhappy {
    /// An open complaint waited more than [`OPEN_TOO_LONG_DAYS`].
    pub fn waited_too_long(&self) -> bool {
        self.open_complaint_days
            .is_some_and(|days| days > OPEN_TOO_LONG_DAYS)
    }
}

/// Customers with an unhappy score (detractors, 1-2 stars or CSAT, thumbs down) up to
/// `as_of` who are in tier A or B or have a high lifetime value. Those with an open
/// complaint older than [`OPEN_TOO_LONG_DAYS`] come first; within each part, by revenue
/// (highest first), then by customer id.
pub fn unhappy(
    facts: &[FeedbackFact],
    customers: &HashMap<i64, UnhappyInput>,
    as_of: NaiveDate,
) -> Vec<Unhappy> {
    let mut latest: HashMap<i64, &FeedbackFact> = HashMap::new();
    let mut oldest_open: HashMap<i64, NaiveDate> = HashMap::new();
    for fact in facts.iter().filter(|f| f.date <= as_of) {
        if fact.status == Some(FeedbackStatus::Open) {
            let day = oldest_open.entry(fact.customer_id).or_insert(fact.date);
            *day = (*day).min(fact.date);
        }
        if fact.score.map(|s| s.sentiment()) == Some(Sentiment::Negative) {
            let entry = latest.entry(fact.customer_id).or_insert(fact);
            if (fact.date, fact.id) > (entry.date, entry.id) {
                *entry = fact;
            }
        }
    }
    let mut list: Vec<Unhappy> = latest
        .into_iter()
        .filter_map(|(customer_id, fact)| {
            let value = customers.get(&customer_id)?;
            let valuable = matches!(value.tier, Some(Tier::A | Tier::B)) || value.high_clv;
            valuable.then(|| Unhappy {
                customer_id,
                feedback_id: fact.id,
                score: fact.score.map_or(0, |s| s.value()),
                date: fact.date,
                text: fact.text.clone(),
                tier: value.tier,
                revenue_cents: value.revenue_cents,
                open_complaint_days: oldest_open
                    .get(&customer_id)
                    .map(|day| (as_of - *day).num_days()),
            })
        })
        .collect();
    list.sort_by(|a, b| {
        b.waited_too_long()
            .cmp(&a.waited_too_long())
            .then(b.revenue_cents.cmp(&a.revenue_cents))
            .then(a.customer_id.cmp(&b.customer_id))
    });
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::feedback::{Scale, Score};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn fact(
        id: i64,
        customer_id: i64,
        date: &str,
        stars: u8,
        status: Option<FeedbackStatus>,
    ) -> FeedbackFact {
        FeedbackFact {
            id,
            customer_id,
            date: day(date),
            score: Score::new(Scale::Stars, stars),
            text: format!("text {id}"),
            channel: None,
            product: None,
            status,
            language: None,
        }
    }

    fn value(tier: Tier, revenue_cents: i64) -> UnhappyInput {
        UnhappyInput {
            tier: Some(tier),
            revenue_cents,
            high_clv: false,
        }
    }

    #[test]
    fn old_open_complaints_first_then_by_value() {
        let as_of = day("2024-06-30");
        let open = Some(FeedbackStatus::Open);
        let facts = [
            // Customer 1: tier A, 1 star, no open complaint, richest.
            fact(1, 1, "2024-06-01", 1, None),
            // Customer 2: tier B, 2 stars, open since 2024-06-20 (10 days > 7).
            fact(2, 2, "2024-06-20", 2, open),
            // Customer 3: tier A, open but only 7 days old: not "too long".
            fact(3, 3, "2024-06-23", 1, open),
            // Customer 4: tier C: left out. Customer 5: happy: left out.
            fact(4, 4, "2024-06-01", 1, open),
            fact(5, 5, "2024-06-01", 5, None),
            // Customer 1's earlier, worse piece of feedback: the latest one is shown.
            fact(6, 1, "2024-05-01", 1, None),
            // After the as-of date: ignored.
            fact(7, 6, "2024-07-01", 1, open),
        ];
        let customers = HashMap::from([
            (1, value(Tier::A, 90_000)),
            (2, value(Tier::B, 10_000)),
            (3, value(Tier::A, 50_000)),
            (4, value(Tier::C, 99_999)),
            (5, value(Tier::A, 99_999)),
            (6, value(Tier::A, 99_999)),
        ]);
        let list = unhappy(&facts, &customers, as_of);
        let ids: Vec<_> = list.iter().map(|u| u.customer_id).collect();
        assert_eq!(ids, [2, 1, 3]);
        assert_eq!(list[0].open_complaint_days, Some(10));
        assert_eq!(list[1].feedback_id, 1);
        assert_eq!(list[1].open_complaint_days, None);
        assert_eq!(list[2].open_complaint_days, Some(7));
    }

    #[test]
    fn a_high_lifetime_value_counts_as_valuable() {
        let facts = [fact(1, 1, "2024-06-01", 1, None)];
        let customers = HashMap::from([(
            1,
            UnhappyInput {
                tier: Some(Tier::C),
                revenue_cents: 5,
                high_clv: true,
            },
        )]);
        assert_eq!(unhappy(&facts, &customers, day("2024-06-30")).len(), 1);
    }
}
