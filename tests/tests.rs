//! Integration tests: one binary, a module per area.

mod cli;
mod common;
mod import;
mod ui;
