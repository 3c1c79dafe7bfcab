//! The report's "What sells together" section (issue 22): the strongest rules of the
//! period's orders, each as a sentence with its figures. The rules come ready in
//! [`ReportData::sells_together`]; this file only lays them out.

use super::{Align, BODY, Layout, MUTED, cell, col};
use crate::format::Formats;
use crate::report::data::{ReportData, TogetherLine};
use crate::report::text::{Key, t};

/// Lays out the section.
pub(super) fn sells_together(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.heading(t(lang, Key::SellsTogether));
    if data.sells_together.is_empty() {
        l.paragraph(t(lang, Key::NoSellsTogether), BODY, MUTED);
        return;
    }
    l.paragraph(t(lang, Key::SellsTogetherNote), 8.0, MUTED);
    let cols = [
        col(t(lang, Key::BuyAlsoBuy), 0.6, Align::Left),
        col(t(lang, Key::Orders), 0.1, Align::Right),
        col(t(lang, Key::OfTheTime), 0.14, Align::Right),
        col(t(lang, Key::TimesMoreOften), 0.16, Align::Right),
    ];
    let rows = data
        .sells_together
        .iter()
        .map(|line: &TogetherLine| {
            vec![
                cell(format!("{} → {}", line.antecedents, line.consequents)),
                cell(f.int(line.orders as i64)),
                cell(f.percent_whole(line.confidence)),
                cell(f.one_decimal(line.lift)),
            ]
        })
        .collect();
    l.table(&cols, rows);
}
