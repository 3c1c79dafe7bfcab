//! The report's "Consent" section (issue 25): per channel, the customers who said yes, no
//! or were never asked, each as a count and a share of all customers. The figures come
//! ready in [`ReportData::consent`].

use super::{Align, BODY, Layout, MUTED, cell, col};
use crate::format::Formats;
use crate::report::data::ReportData;
use crate::report::text::{Key, t, tf};

/// Lays out the section.
pub(super) fn section(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.heading(t(lang, Key::Consent));
    let Some(c) = data.consent.filter(|c| c.customers > 0) else {
        l.paragraph(t(lang, Key::ConsentNone), BODY, MUTED);
        return;
    };
    l.paragraph(
        &tf(lang, Key::ConsentNote, &[&f.int(c.customers as i64)]),
        8.0,
        MUTED,
    );
    let cols = [
        col(t(lang, Key::ConsentChannel), 0.25, Align::Left),
        col(t(lang, Key::ConsentYes), 0.25, Align::Right),
        col(t(lang, Key::ConsentNo), 0.25, Align::Right),
        col(t(lang, Key::ConsentUnknown), 0.25, Align::Right),
    ];
    let share = |n: usize| {
        tf(
            lang,
            Key::ConsentCountShare,
            &[&f.int(n as i64), &f.percent(n as f64 / c.customers as f64)],
        )
    };
    let names = [
        Key::ConsentEmail,
        Key::ConsentSms,
        Key::ConsentPost,
        Key::ConsentPhone,
    ];
    let rows = names
        .into_iter()
        .zip(c.channels)
        .map(|(name, a)| {
            vec![
                cell(t(lang, name)),
                cell(share(a.yes)),
                cell(share(a.no)),
                cell(share(a.unknown)),
            ]
        })
        .collect();
    l.table(&cols, rows);
}
