//! Duplicate detection: blocking, pair scoring, clustering, and merge plans. Pure code over
//! plain contacts (no SQL, no UI); the store applies the plans.
pub mod plan;
