//! What a job of the window did or why it did not, as values: the worker sends them and the
//! window puts them in words ([`crate::text`]) where it shows them.

use std::path::PathBuf;
use std::sync::Arc;

use super::Error;

/// What a job or a write did.
#[derive(Clone, Debug, PartialEq)]
pub enum Done {
    /// The demo shop was loaded.
    Demo {
        /// Customers made.
        customers: usize,
        /// Years of sales.
        years: u32,
    },
    /// A file was imported.
    Imported {
        /// Rows imported.
        imported: u64,
        /// Rows read.
        read: u64,
        /// The file's name.
        file: String,
    },
    /// Merges were undone.
    Unmerged {
        /// How many.
        merges: usize,
    },
    /// The report was saved.
    ReportSaved {
        /// Where.
        path: PathBuf,
    },
    /// Rows (an import's problems) were saved.
    RowsSaved {
        /// How many.
        rows: usize,
        /// Where.
        path: PathBuf,
    },
    /// A list of customers was saved.
    CustomersSaved {
        /// How many.
        customers: usize,
        /// Where.
        path: PathBuf,
        /// For a marketing list, what consent left out or emptied.
        withheld: Option<super::privacy_lists::Withheld>,
    },
    /// Customers were erased.
    Erased {
        /// Customers.
        customers: usize,
        /// Contact records emptied.
        contacts: usize,
    },
    /// A backup copy was made.
    BackupSaved {
        /// Where.
        path: PathBuf,
    },
    /// A backup copy was put in place of the database.
    Restored {
        /// The copy.
        path: PathBuf,
        /// The backup of the database as it was before (`None`: it held nothing).
        before: Option<PathBuf>,
        /// Customers erased again because the erasure ledger names them.
        erased: usize,
    },
    /// Everything held on a customer was written.
    SubjectSaved {
        /// Where.
        path: PathBuf,
    },
    /// The database was locked with a passphrase, its passphrase changed or removed.
    Relocked(super::lock::LockChange),
    /// The report was handed to the system's printing, which took it.
    Printed(crate::report::print::Sent),
}

/// What was not done, when the error alone does not say it.
#[derive(Clone, Debug, PartialEq)]
pub enum NotDone {
    /// The settings were not saved.
    Settings,
    /// A segment was not saved.
    SegmentSave,
    /// A segment was not deleted.
    SegmentDelete,
    /// Nothing was merged.
    Merge,
    /// No merge was undone.
    Unmerge,
    /// A file was not written.
    Write(PathBuf),
}

/// Why a job or a write failed: the error, and what was not done.
#[derive(Clone, Debug)]
pub struct Failed {
    /// What was not done (`None`: the error says it all).
    pub what: Option<NotDone>,
    /// The error.
    pub error: Arc<Error>,
}

impl Failed {
    /// A failure the error says all of.
    pub fn plain(error: Arc<Error>) -> Self {
        Self { what: None, error }
    }
}
