//! One module per tab.

pub mod customers;
pub mod duplicates;
pub mod import;
pub mod overview;
