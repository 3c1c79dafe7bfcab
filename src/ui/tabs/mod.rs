//! One module per tab.

pub mod charts;
pub mod customers;
pub mod duplicates;
pub mod import;
pub mod overview;
pub mod reports;
pub mod segments;
