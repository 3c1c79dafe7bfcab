//! Parsing cell values (placeholder being written).
