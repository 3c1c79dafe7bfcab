//! The report's Channels section (issue 23): customers grouped by the channel and store of
//! their first order, how often they come back, their first-year revenue and value tiers.

use super::{Align, BODY, Col, Layout, MUTED, cell, col, wrapping};
use crate::analytics::channels::{ChannelKey, ChannelTable, ClvAverage};
use crate::analytics::rfm::Tier;
use crate::format::Formats;
use crate::report::data::ReportData;
use crate::report::text::{Key, Lang, t, tf};
use crate::report::trend_charts::{self, PercentAxis};

/// Fewest customers with a full year behind them for a group to be compared in words.
const FEWEST_TO_COMPARE: usize = 30;

/// A group's name: its channel and store, or "not given".
fn name(lang: Lang, key: &ChannelKey) -> String {
    let parts: Vec<&str> = [key.channel.as_deref(), key.store.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        t(lang, Key::NotGiven).to_string()
    } else {
        parts.join(", ")
    }
}

/// A group's average predicted lifetime value with, in brackets, the customers behind it;
/// words when the shop has too little data for any prediction.
fn clv_text(lang: Lang, clv: Option<ClvAverage>, f: &Formats) -> String {
    match clv {
        None => t(lang, Key::ClvTooLittle).to_string(),
        Some(c) => c.average().map_or_else(
            || "–".to_string(),
            |v| {
                tf(
                    lang,
                    Key::ClvCell,
                    &[
                        &f.money_whole((v * 100.0).round() as i64),
                        &f.int(c.predicted as i64),
                    ],
                )
            },
        ),
    }
}

/// Groups the repeat-rate chart shows at most (the largest).
const BAR_GROUPS: usize = 10;

/// The one-year repeat rate of each group with customers whose year is behind them: the
/// bars of the chart (name, share, share written).
fn repeat_bars(lang: Lang, table: &ChannelTable, f: &Formats) -> Vec<trend_charts::Bar> {
    table
        .groups
        .iter()
        .filter_map(|g| Some((g, g.repeat_365.share()?)))
        .take(BAR_GROUPS)
        .map(|(g, share)| (name(lang, &g.key), share, f.percent_whole(share)))
        .collect()
}

pub(super) fn section(l: &mut Layout<'_>, data: &ReportData, f: &Formats) -> super::Drawn {
    let lang = data.options.lang;
    let Some(trends) =
        super::trends_section(l, data, Key::Acquisition, |d| d.channels.groups.is_empty())
    else {
        return Ok(());
    };
    let table = &trends.channels;
    if let Some(((low, a), (high, b))) = table.least_and_most_returning(FEWEST_TO_COMPARE)
        && f.percent_whole(a) != f.percent_whole(b)
    {
        let text = tf(
            lang,
            Key::AcquisitionCompare,
            &[
                &name(lang, &low.key),
                &f.percent_whole(a),
                &name(lang, &high.key),
                &f.percent_whole(b),
            ],
        );
        l.paragraph(&text, BODY, super::INK);
    }
    l.paragraph(t(lang, Key::AcquisitionNote), 8.0, MUTED);
    if data
        .options
        .sections
        .contains(&crate::report::data::Section::Predictions)
    {
        l.paragraph(t(lang, Key::ClvNote), 8.0, MUTED);
    }
    let share = |s: Option<f64>| s.map_or_else(|| "–".to_string(), |s| f.percent_whole(s));
    // The lifetime values come from the Predictions section's fit: without that section
    // the column is left out and the name takes its room.
    let with_clv = data
        .options
        .sections
        .contains(&crate::report::data::Section::Predictions);
    let name_share = if with_clv { 0.22 } else { 0.38 };
    let mut cols = vec![
        wrapping(t(lang, Key::FirstBought), name_share),
        col(t(lang, Key::Customers), 0.11, Align::Right),
        col(t(lang, Key::Back90), 0.1, Align::Right),
        col(t(lang, Key::Back365), 0.1, Align::Right),
        col(t(lang, Key::Revenue12m), 0.13, Align::Right),
        Col {
            wrap: true,
            ..col(t(lang, Key::ClvAverage), 0.16, Align::Right)
        },
        col("A", 0.06, Align::Right),
        col("B", 0.06, Align::Right),
        col("C", 0.06, Align::Right),
    ];
    if !with_clv {
        cols.remove(5);
    }
    let rows = table
        .groups
        .iter()
        .map(|g| {
            let mut row = vec![
                cell(name(lang, &g.key)),
                cell(f.int(g.customers as i64)),
                cell(share(g.repeat_90.share())),
                cell(share(g.repeat_365.share())),
                cell(g.revenue_12m_per_customer().map_or_else(
                    || "–".to_string(),
                    |v| f.money_whole((v * 100.0).round() as i64),
                )),
            ];
            if with_clv {
                row.push(cell(clv_text(lang, g.clv, f)));
            }
            row.extend(
                Tier::ALL
                    .iter()
                    .map(|tier| cell(share(g.tier_share(*tier)))),
            );
            row
        })
        .collect();
    l.table(&cols, rows);
    let bars = repeat_bars(lang, table, f);
    super::rows_chart(l, bars.len(), 20, |size| {
        let axis = PercentAxis {
            percent: &|v| f.percent_whole(v),
            name: t(lang, Key::ChartBackWithinYear),
        };
        trend_charts::share_bars(&bars, &axis, size)
    })
}
