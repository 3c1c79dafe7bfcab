//! Periods of a time series (a day, a week, a month), shared by the screens that draw them.

use chrono::{Datelike, Duration, NaiveDate};

use crate::analytics::dashboard::month_of;
use crate::format::Formats;

/// How long one bar or point of a chart over time is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    /// One day.
    Day,
    /// One week, Monday to Sunday.
    Week,
    /// One calendar month.
    #[default]
    Month,
}

impl Step {
    /// The step's name.
    pub fn label(self) -> String {
        match self {
            Step::Day => crate::tr!("charts-step-day"),
            Step::Week => crate::tr!("charts-step-week"),
            Step::Month => crate::tr!("charts-step-month"),
        }
    }

    /// The first day of the period holding `date` (weeks start on Monday).
    pub fn start(self, date: NaiveDate) -> NaiveDate {
        match self {
            Step::Day => date,
            Step::Week => date - Duration::days(i64::from(date.weekday().num_days_from_monday())),
            Step::Month => month_of(date),
        }
    }

    /// The period's length in days, for bar widths.
    pub fn days(self) -> f64 {
        match self {
            Step::Day => 1.0,
            Step::Week => 7.0,
            Step::Month => 30.4,
        }
    }

    /// The period starting on `start`, in words.
    pub fn describe(self, start: NaiveDate, formats: &Formats) -> String {
        match self {
            Step::Day => formats.date_with_weekday(start),
            Step::Week => crate::tr!("widgets-week-of", date = formats.date_short(start)),
            Step::Month => formats.month(start),
        }
    }
}

/// Whether the period starting on `start` goes on past `to` (the month or week so far).
pub fn is_partial(step: Step, start: NaiveDate, to: NaiveDate) -> bool {
    let next = match step {
        Step::Day => start + Duration::days(1),
        Step::Week => start + Duration::days(7),
        Step::Month => (start + Duration::days(32)).with_day(1).unwrap_or(start),
    };
    next - Duration::days(1) > to
}
