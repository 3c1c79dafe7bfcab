//! Clientele: a local-first analytical CRM for small shops.
//!
//! The library holds everything that works without a window; `main.rs` adds the command
//! line and the window on top. Who owns what:
//! - [`store`]: the only code that speaks SQL (open, migrate, typed reads and writes).
//! - [`model`]: the records as plain Rust values.
//! - [`clean`]: normalising text for comparison and search (pure).
//! - [`customers`]: the searchable, sortable customer list (pure, in memory).
//! - [`dedup`]: duplicate detection and merge plans (pure).
//! - [`analytics`]: orders and key figures (pure, over plain data).
//! - [`demo`]: the generated demo shop (pure).
//! - [`report`]: spreadsheet exports and the printed PDF report (pure).
//! - [`jobs`]: the background worker that runs anything slow with progress and cancel.
//! - [`cli`]: the subcommands.
//! - [`ui`]: egui only.

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
pub mod ingest;
pub mod jobs;
pub mod model;
pub mod report;
pub mod settings;
pub mod store;
pub mod ui;
