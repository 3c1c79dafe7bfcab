//! "Does satisfaction predict leaving?": the share of pieces of feedback after which the
//! customer bought again within 90 days, for unhappy, neutral and happy customers (on the
//! NPS scale: detractors, passives, promoters), with counts and 95% intervals.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use crate::analytics::feedback::Z95;
use crate::analytics::orders::Order;
use crate::model::feedback::{FeedbackFact, Sentiment};

/// Days after a piece of feedback within which an order counts as buying again.
pub const RETURN_WINDOW_DAYS: u64 = 90;

/// How often one kind of customer bought again.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Leaving {
    /// Unhappy, neutral or happy.
    pub sentiment: Sentiment,
    /// Scored pieces of feedback whose whole window lies on or before the as-of date.
    pub eligible: usize,
    /// Of those, the ones after which the customer ordered within the window.
    pub returned: usize,
    /// `returned / eligible` in percent (`None` when nothing is eligible).
    pub share: Option<f64>,
    /// Lower end of the Wilson 95% interval, in percent.
    pub lo95: Option<f64>,
    /// Upper end of the Wilson 95% interval, in percent.
    pub hi95: Option<f64>,
}

/// The Wilson score interval of `k` successes out of `n`, in shares 0..1.
pub fn wilson(k: usize, n: usize) -> Option<(f64, f64)> {
    if n == 0 {
        return None;
    }
    let n = n as f64;
    let p = k as f64 / n;
    let z2 = Z95 * Z95;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = Z95 / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    Some(((centre - half).max(0.0), (centre + half).min(1.0)))
}

/// One row per sentiment, unhappy first. `orders` must be sorted by customer then date
/// (as [`crate::analytics::orders::build_orders`] returns them). A piece of feedback counts
/// when it has a score and its 90 days end on or before `as_of`; it "returned" when the
/// customer has an order after its day and at most 90 days later.
pub fn leaving(facts: &[FeedbackFact], orders: &[Order], as_of: NaiveDate) -> Vec<Leaving> {
    let mut by_customer: HashMap<i64, (usize, usize)> = HashMap::new();
    let mut start = 0;
    for (index, order) in orders.iter().enumerate() {
        if index + 1 == orders.len() || orders[index + 1].customer_id != order.customer_id {
            by_customer.insert(order.customer_id, (start, index + 1));
            start = index + 1;
        }
    }
    let mut counts: HashMap<Sentiment, (usize, usize)> = HashMap::new();
    for fact in facts {
        let Some(score) = fact.score else { continue };
        let Some(end) = fact.date.checked_add_days(Days::new(RETURN_WINDOW_DAYS)) else {
            continue;
        };
        if end > as_of {
            continue;
        }
        let returned = by_customer
            .get(&fact.customer_id)
            .is_some_and(|&(from, to)| {
                let dates = &orders[from..to];
                let after = dates.partition_point(|o| o.date <= fact.date);
                dates.get(after).is_some_and(|o| o.date <= end)
            });
        let entry = counts.entry(score.sentiment()).or_default();
        entry.0 += 1;
        entry.1 += usize::from(returned);
    }
    [Sentiment::Negative, Sentiment::Neutral, Sentiment::Positive]
        .into_iter()
        .map(|sentiment| {
            let (eligible, returned) = counts.get(&sentiment).copied().unwrap_or_default();
            let interval = wilson(returned, eligible);
            Leaving {
                sentiment,
                eligible,
                returned,
                share: (eligible > 0).then(|| 100.0 * returned as f64 / eligible as f64),
                lo95: interval.map(|(lo, _)| 100.0 * lo),
                hi95: interval.map(|(_, hi)| 100.0 * hi),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::feedback::{Scale, Score};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn fact(customer_id: i64, date: &str, nps: u8) -> FeedbackFact {
        FeedbackFact {
            id: customer_id,
            customer_id,
            date: day(date),
            score: Score::new(Scale::Nps, nps),
            text: String::new(),
            channel: None,
            product: None,
            status: None,
            language: None,
        }
    }

    fn order(customer_id: i64, date: &str) -> Order {
        Order {
            customer_id,
            date: day(date),
            amount_cents: 100,
            lines: 1,
        }
    }

    #[test]
    fn wilson_matches_a_worked_example() {
        // k = 8, n = 10, z = 1.959964, z^2 = 3.841459:
        //   centre = (0.8 + 3.841459/20) / (1 + 0.3841459) = 0.9920729 / 1.3841459 = 0.7167401
        //   half = 1.959964 / 1.3841459 * sqrt(0.8*0.2/10 + 3.841459/400)
        //        = 1.4160113 * sqrt(0.016 + 0.0096037) = 1.4160113 * 0.1600114 = 0.2265777
        //   interval = [0.4901625, 0.9433178] (the published Wilson interval for 8/10 is
        //   0.490 .. 0.943)
        let (lo, hi) = wilson(8, 10).unwrap();
        assert!((lo - 0.49016).abs() < 1e-4, "{lo}");
        assert!((hi - 0.94332).abs() < 1e-4, "{hi}");
        assert_eq!(wilson(0, 0), None);
    }

    #[test]
    fn counts_orders_after_the_feedback_within_ninety_days() {
        let as_of = day("2024-12-31");
        let facts = [
            fact(1, "2024-01-01", 2),  // detractor, ordered on day 90: returned
            fact(2, "2024-01-01", 3),  // detractor, ordered on day 91: not returned
            fact(3, "2024-01-01", 10), // promoter, ordered the same day only: not returned
            fact(4, "2024-01-01", 9),  // promoter, ordered after 30 days: returned
            fact(5, "2024-10-15", 0),  // window ends after the as-of date: not eligible
            fact(6, "2024-01-01", 8),  // passive, no orders at all
        ];
        let orders = [
            order(1, "2023-12-01"),
            order(1, "2024-03-31"),
            order(2, "2024-04-01"),
            order(3, "2024-01-01"),
            order(4, "2024-01-31"),
            order(5, "2024-10-20"),
        ];
        let rows = leaving(&facts, &orders, as_of);
        assert_eq!(rows[0].sentiment, Sentiment::Negative);
        assert_eq!((rows[0].eligible, rows[0].returned), (2, 1));
        assert_eq!(rows[0].share, Some(50.0));
        assert_eq!((rows[1].eligible, rows[1].returned), (1, 0));
        assert_eq!((rows[2].eligible, rows[2].returned), (2, 1));
    }
}
