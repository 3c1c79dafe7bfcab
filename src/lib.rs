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
//! - [`format`]: numbers, amounts, percentages and dates as the shop's locale writes them,
//!   for the window, the command line and the report alike (pure).
//! - [`report`]: spreadsheet exports and the printed PDF report (pure).
//! - [`service`]: the shop's operations (import, duplicates, figures, exports, report, demo,
//!   settings, imports' undo), written once for the command line and the window.
//! - [`text`]: every message in words, through one rendering function per language.
//! - [`jobs`]: the background worker that runs a service operation with progress and cancel
//!   for the window, and answers.
//! - [`cli`]: the subcommands: arguments in, a service operation, what it returned printed.
//! - [`ui`]: egui only.

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
pub mod report;
pub mod service;
pub mod settings;
pub mod store;
pub mod text;
pub mod ui;
