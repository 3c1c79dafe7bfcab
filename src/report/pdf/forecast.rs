//! The report's Forecast section (issue 23): next month's revenue, how far off the model
//! has been against "same as last year", and the next twelve months with their ranges.

use super::{Align, BODY, Layout, MUTED, ReportError, cell, col};
use crate::analytics::forecast::{Forecast, NoSeasonReason, Seasonality};
use crate::format::Formats;
use crate::report::data::ReportData;
use crate::report::text::{Key, t, tf};
use crate::report::trend_charts::{self, Ahead, ForecastWords};
use crate::report::trends::TrendData;

/// Months of history the chart shows before the forecast.
const HISTORY_MONTHS: usize = 36;

/// The last three years of revenue by month, then the forecast with both ranges.
fn chart(
    l: &mut Layout<'_>,
    lang: crate::text::Lang,
    trends: &TrendData,
    made: &Forecast,
    f: &Formats,
) -> Result<(), ReportError> {
    let series = &trends.history.series;
    let skip = series.len().saturating_sub(HISTORY_MONTHS);
    let months: Vec<chrono::NaiveDate> = (skip..series.len())
        .map(|i| series.period(i).first_day())
        .chain(made.points.iter().map(|p| p.period.first_day()))
        .collect();
    let labels: Vec<String> = months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            if i % 6 == 0 || i + 1 == months.len() {
                f.month_tick(*m)
            } else {
                String::new()
            }
        })
        .collect();
    let ahead: Vec<Ahead> = made
        .points
        .iter()
        .map(|p| Ahead {
            value: p.value,
            range80: (p.lo80, p.hi80),
            range95: (p.lo95, p.hi95),
        })
        .collect();
    let words = ForecastWords {
        history: t(lang, Key::ChartHistory),
        forecast: t(lang, Key::ChartForecast),
        range80: t(lang, Key::ChartRange80),
        range95: t(lang, Key::ChartRange95),
    };
    // 210 points: the height of the report's other charts.
    super::rows_chart(l, 1, 166, |size| {
        trend_charts::forecast(
            &labels,
            &series.values[skip..],
            &ahead,
            &|v| f.money_whole((v * 100.0).round() as i64),
            &words,
            size,
        )
    })
}

pub(super) fn section(l: &mut Layout<'_>, data: &ReportData, f: &Formats) -> super::Drawn {
    let lang = data.options.lang;
    let Some(trends) = super::trends_section(l, data, Key::Forecast, |d| {
        d.history.series.is_empty() && d.history.so_far.is_none_or(|p| p.value == 0.0)
    }) else {
        return Ok(());
    };
    let money = |v: f64| f.money_whole((v * 100.0).round() as i64);
    let made = match &trends.forecast {
        Ok(made) => made,
        Err(_) => {
            let text = tf(
                lang,
                Key::ForecastNone,
                &[&trends.history.series.len().to_string()],
            );
            l.paragraph(&text, BODY, MUTED);
            return Ok(());
        }
    };
    if let Some(next) = made.points.first() {
        let text = tf(
            lang,
            Key::ForecastNext,
            &[&money(next.value), &money(next.lo80), &money(next.hi80)],
        );
        l.paragraph(&text, 11.0, super::INK);
    }
    if let Seasonality::Absent {
        reason: NoSeasonReason::ShortHistory { periods, .. },
    } = made.seasonality
    {
        let text = tf(lang, Key::ForecastShort, &[&periods.to_string()]);
        l.paragraph(&text, BODY, MUTED);
    }
    if let (Some(mape), Some(base)) = (made.backtest.mape, made.baseline.mape) {
        let key = match made.seasonality {
            Seasonality::Seasonal { .. } => Key::ForecastAccuracy,
            Seasonality::Absent { .. } => Key::ForecastAccuracyPlain,
        };
        let text = tf(
            lang,
            key,
            &[
                &made.model.code(),
                &f.percent_whole(mape / 100.0),
                &made.backtest.periods.to_string(),
                &f.percent_whole(base / 100.0),
            ],
        );
        l.paragraph(&text, BODY, super::INK);
    }
    if let Some(part) = trends.history.so_far {
        let text = tf(
            lang,
            Key::ForecastSoFar,
            &[
                &f.month(part.period.first_day()),
                &money(part.value),
                &f.date_words(part.through),
            ],
        );
        l.paragraph(&text, BODY, MUTED);
    }
    chart(l, lang, trends, made, f)?;
    // Four columns of a quarter of the width each; the month on the left.
    let cols = [Key::Month, Key::ForecastColumn, Key::Range80, Key::Range95].map(|key| {
        let align = if key == Key::Month {
            Align::Left
        } else {
            Align::Right
        };
        col(t(lang, key), 0.25, align)
    });
    let rows = made
        .points
        .iter()
        .map(|p| {
            vec![
                cell(f.month(p.period.first_day())),
                cell(money(p.value)),
                cell(format!("{} – {}", money(p.lo80), money(p.hi80))),
                cell(format!("{} – {}", money(p.lo95), money(p.hi95))),
            ]
        })
        .collect();
    l.table(&cols, rows);
    Ok(())
}
