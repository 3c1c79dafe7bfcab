//! One module per tab.

pub mod customers;
pub mod import;
pub mod overview;
