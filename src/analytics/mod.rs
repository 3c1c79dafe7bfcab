//! Analytics: pure functions over plain Rust data (no SQL, no UI).
//!
//! The store hands over [`crate::model::SaleFact`]s already resolved to root customers;
//! this module turns them into orders (the lines of one customer sharing an order reference,
//! or on one day where the lines have none) and into the figures the Overview shows. Every
//! analytic takes an as-of date.

pub mod baskets;
pub mod campaign;
pub mod channels;
pub mod cohorts;
pub mod dashboard;
pub mod feedback;
pub mod forecast;
pub mod kpi;
pub mod orders;
pub mod predict;
pub mod rfm;
pub mod rules;

pub use kpi::{KpiSet, Overview, PeriodKpis, WalkIn, overview, overview_with_walk_ins};
pub use orders::{Order, build_orders, default_as_of};
