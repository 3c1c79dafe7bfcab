//! Periods (ISO weeks, months, quarters) and regular series of complete periods built
//! from dated amounts; cohorts use the same periods.
//! The period that holds the as-of date is complete only when the as-of date is its last
//! day; otherwise it is kept aside as "so far" and never fitted.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::analytics::orders::Order;

/// The length of one period (of a forecast or a cohort).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Step {
    /// ISO weeks (Monday to Sunday), written `YYYY-Www`.
    Week,
    /// Calendar months, written `YYYY-MM`.
    Month,
    /// Calendar quarters, written `YYYY-Qn`.
    Quarter,
}

impl Step {
    /// Periods in one season (a year): 52 weeks, 12 months or 4 quarters.
    pub fn season_length(self) -> usize {
        match self {
            Step::Week => 52,
            Step::Month => 12,
            Step::Quarter => 4,
        }
    }

    /// Months in one period (none for weeks).
    fn months(self) -> Option<i64> {
        match self {
            Step::Week => None,
            Step::Month => Some(1),
            Step::Quarter => Some(3),
        }
    }
}

/// What is counted in each period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// Sum of order amounts, in currency units.
    Revenue,
    /// Number of orders.
    Orders,
}

/// One ISO week, month or quarter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    step: Step,
    /// Months (or quarters) since year 0 (`year * 12 + month - 1`, over 3 for quarters),
    /// or the day number of the week's Monday divided by 7 (days counted from the common
    /// era, so Mondays divide exactly).
    index: i64,
}

/// Days from the common era of 0001-01-01, which is a Monday.
fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - 1
}

impl Period {
    /// The period of this step that holds `date`.
    pub fn containing(step: Step, date: NaiveDate) -> Period {
        let month = i64::from(date.year()) * 12 + i64::from(date.month0());
        let index = match step.months() {
            Some(months) => month.div_euclid(months),
            None => day_number(date).div_euclid(7),
        };
        Period { step, index }
    }

    /// The step of this period.
    pub fn step(self) -> Step {
        self.step
    }

    /// The period `k` steps later (earlier when `k` is negative).
    pub fn offset(self, k: i64) -> Period {
        Period {
            step: self.step,
            index: self.index + k,
        }
    }

    /// Number of steps from `self` to `later`.
    pub fn steps_until(self, later: Period) -> i64 {
        later.index - self.index
    }

    /// The first day of the period.
    pub fn first_day(self) -> NaiveDate {
        match self.step.months() {
            Some(months) => {
                let month = self.index * months;
                i32::try_from(month.div_euclid(12))
                    .ok()
                    .and_then(|y| NaiveDate::from_ymd_opt(y, month.rem_euclid(12) as u32 + 1, 1))
                    .unwrap_or(NaiveDate::MIN)
            }
            None => i32::try_from(self.index * 7 + 1)
                .ok()
                .and_then(NaiveDate::from_num_days_from_ce_opt)
                .unwrap_or(NaiveDate::MIN),
        }
    }

    /// The last day of the period.
    pub fn last_day(self) -> NaiveDate {
        self.offset(1)
            .first_day()
            .pred_opt()
            .unwrap_or(NaiveDate::MIN)
    }
}

impl fmt::Display for Period {
    /// `YYYY-MM` for months, `YYYY-Qn` for quarters, `YYYY-Www` (ISO year and week) for
    /// weeks.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let first = self.first_day();
        match self.step {
            Step::Month => write!(f, "{:04}-{:02}", first.year(), first.month()),
            Step::Quarter => write!(f, "{:04}-Q{}", first.year(), first.month0() / 3 + 1),
            Step::Week => {
                let w = first.iso_week();
                write!(f, "{:04}-W{:02}", w.year(), w.week())
            }
        }
    }
}

impl serde::Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A regular series: one value per period, from `start` on, without gaps.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Series {
    /// Months or weeks.
    pub step: Step,
    /// The period of the first value.
    pub start: Period,
    /// One value per period.
    pub values: Vec<f64>,
}

impl Series {
    /// A series of `values` starting at `start`.
    pub fn new(start: Period, values: Vec<f64>) -> Series {
        Series {
            step: start.step(),
            start,
            values,
        }
    }

    /// The period of the value at `i`.
    pub fn period(&self, i: usize) -> Period {
        self.start.offset(i as i64)
    }

    /// Number of periods.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// True when the series holds no period.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The first `n` periods.
    pub fn head(&self, n: usize) -> Series {
        Series::new(self.start, self.values[..n.min(self.len())].to_vec())
    }
}

/// The unfinished period that holds the as-of date, shown as "so far".
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct PartialPeriod {
    /// The period.
    pub period: Period,
    /// Its value up to and including `through`.
    pub value: f64,
    /// The as-of date.
    pub through: NaiveDate,
}

/// The complete periods up to the as-of date, and the unfinished one.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct History {
    /// Complete periods from the first one with data to the last complete one (empty
    /// periods in between count 0).
    pub series: Series,
    /// The period holding the as-of date when that date is not its last day.
    pub so_far: Option<PartialPeriod>,
}

/// Sums dated values into complete periods. Values dated after `as_of` are left out.
pub fn history(
    points: impl IntoIterator<Item = (NaiveDate, f64)>,
    step: Step,
    as_of: NaiveDate,
) -> History {
    let current = Period::containing(step, as_of);
    let current_complete = current.last_day() == as_of;
    let last_complete = if current_complete {
        current
    } else {
        current.offset(-1)
    };
    let mut sums: Vec<(Period, f64)> = points
        .into_iter()
        .filter(|(d, _)| *d <= as_of)
        .map(|(d, v)| (Period::containing(step, d), v))
        .collect();
    sums.sort_by_key(|(p, _)| *p);
    let first = sums.first().map(|(p, _)| *p);
    let mut so_far = (!current_complete).then_some(PartialPeriod {
        period: current,
        value: 0.0,
        through: as_of,
    });
    let series = match first {
        Some(first) if first <= last_complete => {
            let n = first.steps_until(last_complete) + 1;
            let mut values = vec![0.0; n as usize];
            for (p, v) in &sums {
                let i = first.steps_until(*p);
                if let Some(slot) = usize::try_from(i).ok().and_then(|i| values.get_mut(i)) {
                    *slot += v;
                }
            }
            Series::new(first, values)
        }
        _ => Series::new(last_complete.offset(1), Vec::new()),
    };
    if let Some(part) = so_far.as_mut() {
        part.value = sums
            .iter()
            .filter(|(p, _)| *p == current)
            .map(|(_, v)| v)
            .sum();
    }
    History { series, so_far }
}

/// Revenue (in currency units) or order counts of `orders`, per complete period.
pub fn order_history(orders: &[Order], step: Step, measure: Measure, as_of: NaiveDate) -> History {
    history(
        orders.iter().map(|o| {
            let v = match measure {
                Measure::Revenue => o.amount_cents as f64 / 100.0,
                Measure::Orders => 1.0,
            };
            (o.date, v)
        }),
        step,
        as_of,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn months_and_weeks_are_written_as_the_contract_says() {
        let m = Period::containing(Step::Month, d("2026-03-17"));
        assert_eq!(m.to_string(), "2026-03");
        assert_eq!(
            (m.first_day(), m.last_day()),
            (d("2026-03-01"), d("2026-03-31"))
        );
        assert_eq!(m.offset(10).to_string(), "2027-01");
        let q = Period::containing(Step::Quarter, d("2025-08-31"));
        assert_eq!(q.to_string(), "2025-Q3");
        assert_eq!(
            (q.first_day(), q.last_day()),
            (d("2025-07-01"), d("2025-09-30"))
        );
        assert_eq!(q.offset(2).to_string(), "2026-Q1");
        // 2026-01-01 is a Thursday: ISO week 1 of 2026 runs from Monday 2025-12-29.
        let w = Period::containing(Step::Week, d("2026-01-01"));
        assert_eq!(w.to_string(), "2026-W01");
        assert_eq!(
            (w.first_day(), w.last_day()),
            (d("2025-12-29"), d("2026-01-04"))
        );
        // 2020 had 53 ISO weeks; 2021-01-03 (a Sunday) still belongs to 2020-W53.
        assert_eq!(
            Period::containing(Step::Week, d("2021-01-03")).to_string(),
            "2020-W53"
        );
        assert_eq!(
            Period::containing(Step::Week, d("2021-01-04")).to_string(),
            "2021-W01"
        );
    }

    #[test]
    fn orders_give_revenue_in_currency_units_or_counts() {
        let order = |day: &str, amount_cents: i64| Order {
            customer_id: 1,
            date: d(day),
            amount_cents,
            lines: 1,
        };
        let orders = [
            order("2025-01-30", 1050),
            order("2025-02-02", 250),
            order("2025-02-09", 100),
            order("2025-02-10", 999),
        ];
        let revenue = order_history(&orders, Step::Week, Measure::Revenue, d("2025-02-09"));
        // Monday 2025-01-27 to Sunday 2025-02-02, then the week ending on the as-of date.
        assert_eq!(revenue.series.start.to_string(), "2025-W05");
        assert_eq!(revenue.series.values, vec![13.0, 1.0]);
        assert!(revenue.so_far.is_none());
        let counts = order_history(&orders, Step::Month, Measure::Orders, d("2025-02-10"));
        assert_eq!(counts.series.values, vec![1.0]);
        assert_eq!(counts.so_far.map(|p| p.value), Some(3.0));
    }

    #[test]
    fn the_unfinished_period_is_kept_aside_and_gaps_count_zero() {
        let pts = [
            (d("2025-01-05"), 10.0),
            (d("2025-01-20"), 5.0),
            (d("2025-03-02"), 7.0),
            (d("2025-04-10"), 4.0),
            (d("2025-04-30"), 99.0),
        ];
        let h = history(pts, Step::Month, d("2025-04-15"));
        assert_eq!(h.series.start.to_string(), "2025-01");
        assert_eq!(h.series.values, vec![15.0, 0.0, 7.0]);
        let part = h.so_far.unwrap_or_else(|| panic!("April is unfinished"));
        assert_eq!(
            (part.period.to_string(), part.value),
            ("2025-04".to_string(), 4.0)
        );
        // On the last day of a month, that month is complete.
        let h = history(pts, Step::Month, d("2025-04-30"));
        assert_eq!(h.series.values, vec![15.0, 0.0, 7.0, 103.0]);
        assert!(h.so_far.is_none());
    }
}
