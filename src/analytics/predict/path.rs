//! One customer's chance of still being a customer over time: P(alive) as the model says it
//! on each day from their first purchase to the as-of date, from their history as it stood
//! that day (only the purchases made by then count). The customer detail draws it.

use chrono::{Days, NaiveDate};

use super::summary::PurchaseDays;
use super::{Model, PurchaseModel};

/// At most this many days are evaluated between the first purchase and the as-of date
/// (beside every purchase day): a chart's width of points.
const MOST_STEPS: u64 = 200;

/// P(alive) of the customer of `days` under `model`, on evenly spaced days from the first
/// purchase to `as_of` and on every purchase day, oldest first; empty when the first
/// purchase is after `as_of`. Each value is in 0..=1.
pub fn alive_path(model: &Model, days: &PurchaseDays, as_of: NaiveDate) -> Vec<(NaiveDate, f64)> {
    let Some(&(first, _)) = days.days.first() else {
        return Vec::new();
    };
    if first > as_of {
        return Vec::new();
    }
    let span = u64::try_from((as_of - first).num_days()).unwrap_or(0);
    let step = span.div_ceil(MOST_STEPS).max(1);
    let mut when: Vec<NaiveDate> = (0..=span / step)
        .filter_map(|i| first.checked_add_days(Days::new(i * step)))
        .collect();
    when.push(as_of);
    when.extend(days.days.iter().map(|(d, _)| *d).filter(|d| *d <= as_of));
    when.sort_unstable();
    when.dedup();
    when.into_iter()
        .filter_map(|d| {
            let h = days.history(d)?;
            let p = model.p_alive(&h);
            p.is_finite().then_some((d, p.clamp(0.0, 1.0)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::predict::BgNbdParams;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// BG/NBD's P(alive) from Fader, Hardie & Lee (2005), equation (13), written out here:
    /// 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x)) for x > 0, else 1.
    fn by_hand(p: &BgNbdParams, x: f64, t_x: f64, t: f64) -> f64 {
        if x == 0.0 {
            return 1.0;
        }
        1.0 / (1.0 + p.a / (p.b + x - 1.0) * ((p.alpha + t) / (p.alpha + t_x)).powf(p.r + x))
    }

    #[test]
    fn the_path_follows_the_history_as_it_stood_each_day() {
        // CDNOW's published BG/NBD parameters.
        let params = BgNbdParams {
            r: 0.243,
            alpha: 4.414,
            a: 0.793,
            b: 2.426,
        };
        let model = Model::BgNbd(params);
        let days = PurchaseDays {
            customer_id: 7,
            days: vec![
                (d("2024-01-01"), 10.0),
                (d("2024-01-15"), 20.0),
                (d("2024-03-01"), 30.0),
            ],
        };
        let as_of = d("2024-12-31");
        let path = alive_path(&model, &days, as_of);
        // Every purchase day and the as-of date are on it, in order, without repeats.
        for day in ["2024-01-01", "2024-01-15", "2024-03-01", "2024-12-31"] {
            assert!(path.iter().any(|(w, _)| *w == d(day)), "{day}");
        }
        assert!(path.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(path.len() <= 200 + 4, "{}", path.len());
        let at = |day: &str| path.iter().find(|(w, _)| *w == d(day)).unwrap().1;
        let weeks = |from: &str, to: &str| (d(to) - d(from)).num_days() as f64 / 7.0;
        // Before the first repeat purchase, x = 0: certainly alive.
        assert_eq!(at("2024-01-01"), 1.0);
        // On 2024-02-20: one repeat (x = 1, t_x = 2 weeks), T = 7 weeks.
        let feb = path
            .iter()
            .find(|(w, _)| *w > d("2024-02-15") && *w < d("2024-03-01"))
            .unwrap();
        let expect = by_hand(&params, 1.0, 2.0, weeks("2024-01-01", &feb.0.to_string()));
        assert!((feb.1 - expect).abs() < 1e-12, "{} {expect}", feb.1);
        // At the end: x = 2, t_x = 60 days, T = 365 days.
        let end = by_hand(
            &params,
            2.0,
            weeks("2024-01-01", "2024-03-01"),
            weeks("2024-01-01", "2024-12-31"),
        );
        assert!((at("2024-12-31") - end).abs() < 1e-12);
        // A purchase raises the chance; long silence lowers it.
        assert!(
            at("2024-03-01")
                > path
                    .iter()
                    .find(|(w, _)| *w < d("2024-03-01") && *w > d("2024-02-20"))
                    .unwrap()
                    .1
        );
        assert!(at("2024-12-31") < at("2024-03-01"));
        // A first purchase after the as-of date gives nothing.
        assert!(alive_path(&model, &days, d("2023-12-31")).is_empty());
    }
}
