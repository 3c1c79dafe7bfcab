//! The days of the history, with the weight of each day for each channel (season, weekday,
//! holidays), and the times of day orders are placed at.

use chrono::{Datelike, NaiveDate, NaiveTime};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::*;

#[derive(Debug)]
pub(super) struct Calendar {
    pub(super) dates: Vec<NaiveDate>,
    /// Per channel, prefix sums of order weights (`len = days + 1`).
    pub(super) orders: [Vec<f64>; CHANNELS],
    /// Per channel, prefix sums of acquisition weights (order weight times growth).
    pub(super) acquisitions: [Vec<f64>; CHANNELS],
}

pub(super) fn day_weight(date: NaiveDate, channel: usize) -> f64 {
    let (month, day) = (date.month(), date.day());
    let closed = matches!((month, day), (1, 1) | (5, 1) | (12, 25));
    if closed && channel != CH_WEB {
        return 0.0;
    }
    let weekday = date.weekday().num_days_from_monday() as usize;
    let mut w = MONTH_WEIGHT[(month - 1) as usize] * WEEKDAY_WEIGHT[channel][weekday];
    if month == 12 {
        // Busier every day until Christmas Eve, calm afterwards; the web stops shipping in time
        // for Christmas around the 20th.
        w *= if day <= 24 {
            0.8 + 0.6 * f64::from(day) / 24.0
        } else {
            0.6
        };
        if channel == CH_WEB && day >= 21 {
            w *= 0.4;
        }
    }
    if month == 2 && (8..=14).contains(&day) {
        w *= 1.6; // Valentine's day
    }
    if month == 5 && day >= 20 {
        w *= 1.4; // Mother's day
    }
    if channel == CH_MARKET && month <= 2 {
        w *= 0.6; // an outdoor stall in winter
    }
    w
}

impl Calendar {
    pub(super) fn new(start: NaiveDate, end: NaiveDate) -> Calendar {
        let mut dates = Vec::new();
        let mut day = Some(start);
        while let Some(d) = day.filter(|d| *d <= end) {
            dates.push(d);
            day = d.succ_opt();
        }
        if dates.is_empty() {
            dates.push(end);
        }
        let n = dates.len();
        let mut orders: [Vec<f64>; CHANNELS] = std::array::from_fn(|_| vec![0.0]);
        let mut acquisitions: [Vec<f64>; CHANNELS] = std::array::from_fn(|_| vec![0.0]);
        for (i, date) in dates.iter().enumerate() {
            let growth = 1.0 + GROWTH * i as f64 / n as f64;
            for (channel, (o, a)) in orders.iter_mut().zip(acquisitions.iter_mut()).enumerate() {
                let w = day_weight(*date, channel);
                let (last_o, last_a) = (o[i], a[i]);
                o.push(last_o + w);
                a.push(last_a + w * growth);
            }
        }
        Calendar {
            dates,
            orders,
            acquisitions,
        }
    }

    pub(super) fn last_day(&self) -> usize {
        self.dates.len() - 1
    }

    /// A day in `lo..=hi` drawn with the weights behind `cum`; None when all of them are zero.
    pub(super) fn sample(cum: &[f64], lo: usize, hi: usize, rng: &mut ChaCha8Rng) -> Option<usize> {
        let hi = hi.min(cum.len().checked_sub(2)?);
        if lo > hi {
            return None;
        }
        let (a, b) = (cum[lo], cum[hi + 1]);
        if b - a <= 1e-9 {
            return None;
        }
        let t = a + rng.random::<f64>() * (b - a);
        let offset = cum[lo + 1..=hi + 1].partition_point(|&c| c <= t);
        Some((lo + offset).min(hi))
    }

    /// A day for an order on `channel`, falling back to the web shop (always open).
    pub(super) fn order_day(
        &self,
        rng: &mut ChaCha8Rng,
        channel: usize,
        lo: usize,
        hi: usize,
    ) -> Option<(usize, usize)> {
        if let Some(day) = Calendar::sample(&self.orders[channel], lo, hi, rng) {
            return Some((day, channel));
        }
        Calendar::sample(&self.orders[CH_WEB], lo, hi, rng).map(|day| (day, CH_WEB))
    }

    pub(super) fn acquisition_day(
        &self,
        rng: &mut ChaCha8Rng,
        channel: usize,
        hi: usize,
    ) -> (usize, usize) {
        if let Some(day) = Calendar::sample(&self.acquisitions[channel], 0, hi, rng) {
            return (day, channel);
        }
        let day = Calendar::sample(&self.acquisitions[CH_WEB], 0, hi, rng).unwrap_or(0);
        (day, CH_WEB)
    }
}

/// A time within the opening hours of `channel` on `date`.
pub(super) fn time_of_day(rng: &mut ChaCha8Rng, date: NaiveDate, channel: usize) -> NaiveTime {
    let weekday = date.weekday().num_days_from_monday();
    let christmas_eve = date.month() == 12 && date.day() == 24;
    let (open, close) = match channel {
        CH_LYON if weekday == 0 => (14 * 60, 19 * 60),
        CH_LYON if christmas_eve => (10 * 60, 17 * 60),
        CH_LYON => (10 * 60, 19 * 60),
        CH_PARIS if weekday == 6 => (14 * 60, 19 * 60),
        CH_PARIS if christmas_eve => (11 * 60, 17 * 60),
        CH_PARIS => (11 * 60, 19 * 60 + 30),
        CH_MARKET => (8 * 60, 13 * 60),
        CH_PHONE if rng.random_bool(0.45) => (9 * 60, 12 * 60),
        CH_PHONE => (14 * 60, 18 * 60),
        _ => {
            let hour = pick_weighted(rng, &WEB_HOURS) as u32;
            (hour * 60, hour * 60 + 60)
        }
    };
    let minute: u32 = rng.random_range(open..close);
    let seconds = minute * 60 + rng.random_range(0..60u32);
    NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0).unwrap_or(NaiveTime::MIN)
}
