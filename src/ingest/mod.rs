//! Ingest: read a file a shop exported (CSV and other delimited text in any common encoding,
//! XLSX, XLS, ODS), work out its layout and locale, map its columns to contact or sale
//! fields, validate every row, and hand typed records to the store as one batch.
//!
//! No SQL and no UI here: the store writes, the window and the command line show.

pub mod feedback;
pub mod import;
pub mod layouts;
pub mod mapping;
pub mod read;
pub mod values;
