//! Clientele: a local-first analytical CRM for small shops.
//!
//! The library holds the whole product: the window ([`ui`]) and the command line ([`cli`])
//! live here too, and `main.rs` only sets up logging and hands the parsed arguments to one
//! of them. The layers, from the bottom up (a module uses only modules of its own layer or
//! below; `.ci/run` checks the arrows marked "checked"):
//!
//! 1. [`model`]: the shop's records and the rows read back as plain Rust values (contacts,
//!    sales, sale facts and details, customer rows and profiles, batch summaries, RFM
//!    totals, the date order). It imports no other module (checked). Beside it,
//!    [`parallel`]: two pieces of work side by side on two cores, for any layer.
//! 2. Pure logic over model values, no SQL and no egui:
//!    - [`clean`]: normalising text for comparison and search;
//!    - [`settings`]: the shop's settings (locale, currency, phone country) and what they
//!      decide;
//!    - [`ingest`]: reading a shop's files (`ingest::read`), working out their layout and
//!      values, and importing them as one batch through the store's batch writer;
//!    - [`dedup`]: duplicate detection and merge plans;
//!    - [`customers`]: the searchable, sortable customer list, in memory;
//!    - [`analytics`]: orders, RFM, tiers, lifecycle and key figures;
//!    - [`format`]: numbers, amounts, percentages and dates as the shop's locale writes
//!      them, for the window, the command line and the report alike;
//!    - [`report`]: spreadsheet exports and the printed PDF report;
//!    - [`demo`]: the generated demo shop (and the name, city and street lists).
//!
//!    `analytics`, `report`, `dedup` and `customers` never import the store (checked): the
//!    caller reads model values from the store and hands them over. `ingest` is the one
//!    pure module that writes through the store, because an import streams its rows into
//!    the batch writer.
//! 3. [`store`]: the only code that speaks SQL (open, migrate, typed reads and writes). It
//!    reads and writes model values and never imports `analytics` or `ingest` (checked).
//!    Its errors and refusals, and import problems, are typed values.
//! 4. [`service`]: the shop's operations (import, duplicates, figures, exports, report,
//!    demo, settings, imports' undo), written once for the command line and the window as
//!    `fn(&Store, args, &mut Progress) -> Result<T, service::Error>`.
//! 5. [`text`]: every message in words: typed values become a message (an id and named
//!    arguments) and one rendering function per language makes its text.
//! 6. [`jobs`]: the background worker that runs a service operation for the window, with
//!    progress and cancel, and answers each numbered request with exactly one final reply;
//!    [`cli`]: the subcommands: arguments in, a service operation, what it returned printed.
//! 7. [`ui`]: the egui window, the only code that uses egui (checked); it sends commands to
//!    the worker and shows its events.

// The test kit (`testkit/`) is written against the library's public paths (`clientele::...`)
// so that the benchmarks can include the same files; this name lets the library's own tests
// include them too.
#[cfg(test)]
extern crate self as clientele;

pub mod analytics;
pub mod clean;
pub mod cli;
pub mod customers;
pub mod dedup;
pub mod demo;
pub mod format;
pub mod ingest;
pub mod jobs;
pub mod model;
pub mod parallel;
pub mod report;
pub mod service;
pub mod settings;
pub mod store;
pub mod text;
pub mod ui;
