//! One module per tab.

pub mod customers;
pub mod overview;
