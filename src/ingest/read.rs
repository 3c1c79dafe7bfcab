//! Reading import files (placeholder being written).
