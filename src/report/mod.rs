//! Reports and exports: spreadsheet files a shop owner can reuse and the printed PDF
//! report. Pure: callers read the data from the store and hand it over as plain values
//! ([`data::ReportInput`]); nothing here speaks SQL or draws on screen. Only the file
//! writers and [`print`] touch the system.
//!
//! - [`export`]: CSV and XLSX files, with formula injection neutralised.
//! - [`data`]: what the report shows, computed with `crate::analytics`.
//! - [`pdf`]: page layout and the PDF itself (krilla); [`charts`] draws its charts.
//! - [`text`]: every word of the report, per language; the shop's number, money and date
//!   formats are [`crate::format`]'s; [`fonts`]: bundled fonts and fallback by character.
//! - [`consent`]: the consent coverage the report prints.
//! - [`contact`]: what a post or phone campaign prints: labels, letters, call sheets;
//!   [`campaign`]: the campaign report.
//! - [`subject`]: everything held on one person, as a plain PDF (subject access).
//! - [`preview`]: pictures of the PDF's pages for the Reports tab; [`print`]: handing the
//!   PDF to the system's printing.

pub mod campaign;
pub mod charts;
pub mod consent;
pub mod contact;
pub mod data;
pub mod export;
pub mod feedback;
pub mod fonts;
pub mod pdf;
pub mod preview;
pub mod print;
pub mod subject;
pub mod text;
pub mod trend_charts;
pub mod trends;

pub use data::{Paper, ReportData, ReportInput, ReportOptions, Section, SectionsError, gather};
pub use pdf::{ReportError, render, section_title};
pub use text::Lang;
