//! Integration tests: one binary, a module per area.

// A panic is how a test reports failure, helpers included.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod baskets_ui;
mod campaign;
mod campaign_pdf;
mod campaign_report;
mod campaign_targets;
mod campaigns_ui;
mod cli;
mod common;
mod dedup;
mod dedup_ui;
mod faults;
mod feedback;
mod feedback_ui;
mod harden;
mod held;
mod import;
mod import3;
mod layout_fixtures;
mod lock;
mod lock_ui;
#[path = "../testkit/people/mod.rs"]
mod people;
mod privacy;
mod privacy2;
mod privacy2_ui;
mod privacy3_ui;
mod report;
mod reports_ui;
mod roundtrip;
mod segments;
mod segments_predict;
mod segments_ui;
mod time_zone;
mod trends;
mod trends_ui;
mod ui;
