//! Import batches as the import history lists them.

/// One import batch as the history lists it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct BatchSummary {
    /// Batch id.
    pub id: i64,
    /// contacts, sales or demo.
    pub kind: String,
    /// The file's name.
    pub file_name: Option<String>,
    /// Rows read.
    pub rows_read: i64,
    /// Rows imported.
    pub rows_imported: i64,
    /// Rows rejected.
    pub rows_rejected: i64,
    /// When it started.
    pub started_at: String,
    /// When it was undone, if it was.
    pub undone_at: Option<String>,
}
