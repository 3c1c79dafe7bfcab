//! The report's "What customers say" section (issue 29): NPS with its 95% range, CSAT and
//! average stars with the answers behind each, the unhappy and valuable customers and open
//! complaints, and the top terms. The figures come ready in [`ReportData::feedback`].

use super::{Align, BODY, INK, Layout, MUTED, cell, col};
use crate::format::Formats;
use crate::report::data::ReportData;
use crate::report::text::{Key, t, tf};

/// Lays out the section.
pub(super) fn section(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.heading(t(lang, Key::Feedback));
    let Some(s) = data.feedback.as_ref().filter(|s| s.pieces > 0) else {
        l.paragraph(t(lang, Key::NoFeedback), BODY, MUTED);
        return;
    };
    l.paragraph(
        &tf(lang, Key::FeedbackNote, &[&f.int(s.pieces as i64)]),
        8.0,
        MUTED,
    );
    let g = &s.figures;
    let none = "–".to_string();
    let nps_range = match (g.nps.lo95, g.nps.hi95) {
        (Some(lo), Some(hi)) => tf(
            lang,
            Key::FeedbackRange,
            &[&f.one_decimal(lo), &f.one_decimal(hi)],
        ),
        _ => String::new(),
    };
    let cols = [
        col(t(lang, Key::FeedbackMeasure), 0.4, Align::Left),
        col(t(lang, Key::FeedbackValue), 0.15, Align::Right),
        col(t(lang, Key::Range95), 0.3, Align::Right),
        col(t(lang, Key::FeedbackAnswers), 0.15, Align::Right),
    ];
    let rows = vec![
        vec![
            cell(t(lang, Key::FeedbackNps)),
            cell(g.nps.value.map_or(none.clone(), |v| f.one_decimal(v))),
            cell(nps_range),
            cell(f.int(g.nps.answers() as i64)),
        ],
        vec![
            cell(t(lang, Key::FeedbackCsat)),
            cell(g.csat.value.map_or(none.clone(), |v| f.percent(v / 100.0))),
            cell(String::new()),
            cell(f.int(g.csat.answers as i64)),
        ],
        vec![
            cell(t(lang, Key::FeedbackStars)),
            cell(g.stars.average.map_or(none, |v| f.one_decimal(v))),
            cell(String::new()),
            cell(f.int(g.stars.answers as i64)),
        ],
    ];
    l.table(&cols, rows);
    l.paragraph(
        &tf(
            lang,
            Key::FeedbackUnhappy,
            &[
                &f.int(s.unhappy as i64),
                &f.int(s.waiting as i64),
                &f.int(s.open_complaints as i64),
            ],
        ),
        BODY,
        INK,
    );
    if s.terms.is_empty() {
        return;
    }
    l.paragraph(t(lang, Key::FeedbackTermsNote), 8.0, MUTED);
    let cols = [
        col(t(lang, Key::FeedbackTerm), 0.6, Align::Left),
        col(t(lang, Key::FeedbackUnhappyCount), 0.2, Align::Right),
        col(t(lang, Key::FeedbackHappyCount), 0.2, Align::Right),
    ];
    let rows = s
        .terms
        .iter()
        .map(|term| {
            vec![
                cell(term.term.clone()),
                cell(f.int(term.negative_count as i64)),
                cell(f.int(term.positive_count as i64)),
            ]
        })
        .collect();
    l.table(&cols, rows);
}
