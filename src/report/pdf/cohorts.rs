//! The report's Cohorts section (issue 23): of the customers who first bought in each of
//! the last twelve months, the share who ordered again 1, 2, 3 and 6 months later.

use super::{Align, BODY, Layout, MUTED, cell, col};
use crate::analytics::cohorts::CohortTable;
use crate::format::Formats;
use crate::report::data::ReportData;
use crate::report::text::{Key, t, tf};
use crate::report::trend_charts::{self, HeatRow, PercentAxis};

/// The months after the first whose share of active customers is printed.
const MONTHS: [usize; 4] = [1, 2, 3, 6];

/// Cohorts and periods since the first order the heatmap shows.
const HEAT_COHORTS: usize = 12;

/// The last twelve cohorts' share active in each month since their first order, the rows
/// of the heatmap.
fn heat_rows(table: &CohortTable, f: &Formats) -> Vec<HeatRow> {
    table.cohorts[table.cohorts.len().saturating_sub(HEAT_COHORTS)..]
        .iter()
        .map(|c| HeatRow {
            label: f.month_short(c.period.first_day()),
            shares: c
                .cells
                .iter()
                .take(HEAT_COHORTS)
                .map(|x| x.share_active)
                .collect(),
        })
        .collect()
}

pub(super) fn section(l: &mut Layout<'_>, data: &ReportData, f: &Formats) -> super::Drawn {
    let lang = data.options.lang;
    let Some(trends) =
        super::trends_section(l, data, Key::Cohorts, |d| d.cohorts.cohorts.is_empty())
    else {
        return Ok(());
    };
    let table = &trends.cohorts;
    if let Some(came) = table.came_back_within(3) {
        let (latest, share) = came.latest;
        let first = tf(
            lang,
            Key::CohortsCameBack,
            &[&f.month(latest.period.first_day()), &f.percent_whole(share)],
        );
        let text = match came.before {
            Some((before, s)) => tf(
                lang,
                Key::CohortsYearBefore,
                &[
                    &first,
                    &f.month(before.period.first_day()),
                    &f.percent_whole(s),
                ],
            ),
            None => tf(lang, Key::Sentence, &[&first]),
        };
        l.paragraph(&text, BODY, super::INK);
    }
    l.paragraph(t(lang, Key::CohortsNote), 8.0, MUTED);
    let rows = heat_rows(table, f);
    super::rows_chart(l, rows.len(), 15, |size| {
        let axis = PercentAxis {
            percent: &|v| f.percent_whole(v),
            name: t(lang, Key::ChartMonthsSince),
        };
        trend_charts::heatmap(&rows, &axis, size)
    })?;
    let titles: Vec<String> = MONTHS
        .iter()
        .map(|k| tf(lang, Key::MonthsLater, &[&k.to_string()]))
        .collect();
    let mut cols = vec![
        col(t(lang, Key::FirstBought), 0.24, Align::Left),
        col(t(lang, Key::Customers), 0.16, Align::Right),
    ];
    cols.extend(titles.iter().map(|title| col(title, 0.15, Align::Right)));
    let rows = table.cohorts[table.cohorts.len().saturating_sub(12)..]
        .iter()
        .map(|c| {
            let mut row = vec![
                cell(f.month(c.period.first_day())),
                cell(f.int(c.customers as i64)),
            ];
            row.extend(MONTHS.iter().map(|k| {
                cell(
                    c.cells
                        .get(*k)
                        .map_or_else(|| "–".to_string(), |x| f.percent_whole(x.share_active)),
                )
            }));
            row
        })
        .collect();
    l.table(&cols, rows);
    Ok(())
}
