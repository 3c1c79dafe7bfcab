//! The operations of the shop, written once for the command line and the window.
//!
//! Each operation is a function shaped like `fn(&Store, args, &mut Progress) -> Result<T,
//! Error>`: it reads and writes through [`Store`](crate::store::Store), reports how far it
//! got through [`Progress`], stops when the progress's cancel flag is raised (leaving the
//! database as it was), and returns typed values and typed errors. It makes no sentence for
//! people: the command line prints what it returns, and the worker ([`crate::jobs`]) hands
//! it to the window; both turn errors and stages into words through [`crate::text`].
//!
//! Who owns what:
//! - [`import`]: planning a file, checking it, importing it, writing its problems out.
//! - [`dedup`]: finding duplicates, merging, undoing merges, "not the same person".
//! - [`analytics`]: the Overview, the Segments and Charts figures, RFM, segment counts and
//!   saved segments.
//! - [`export`]: customer and sale lists as CSV or XLSX.
//! - [`report`]: the printed report: made, previewed, saved, printed.
//! - [`demo`]: the demo shop.
//! - [`predict`]: the predictions (who buys again, who is leaving, what each is worth).
//! - [`settings`]: the shop's settings.
//! - [`baskets`]: what sells together, and what to offer each customer next.
//! - [`batches`]: the imports, their undo and problems, the counts and the customer list.
//! - [`privacy`]: consent per channel, erasing customers, subject access, backups.
//! - [`privacy_lists`]: what a marketing list may carry, channel by channel.
//! - [`campaign`]: campaigns, their control groups, contact lists, results and the contact
//!   history.

pub mod analytics;
pub mod baskets;
pub mod batches;
pub mod campaign;
pub mod channels;
pub mod cohorts;
pub mod dedup;
pub mod demo;
pub mod export;
pub mod feedback;
pub mod forecast;
pub mod import;
pub mod lock;
pub mod outcome;
pub mod predict;
pub mod privacy;
pub mod privacy_lists;
pub mod privacy_subject;
pub mod report;
pub mod settings;
pub mod trends;

pub use outcome::{Done, Failed, NotDone};

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::ingest::import::ImportError;
use crate::store::StoreError;

/// A job's cancel flag, shared between whoever asked for the job and the code running it.
pub type CancelFlag = Arc<AtomicBool>;

/// What an operation is doing now, as a value: the window and the command line put it in
/// words ([`crate::text`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Stage {
    /// Reading the sale lines.
    ReadingSales,
    /// Reading what was sold and where.
    ReadingProducts,
    /// Reading the customers.
    ReadingCustomers,
    /// Working out the segments and charts.
    WorkingOutSegments,
    /// Choosing the forecast's model and forecasting.
    Forecasting,
    /// Working out the cohorts.
    WorkingOutCohorts,
    /// Working out the channels.
    WorkingOutChannels,
    /// Fitting the prediction models and predicting each customer.
    Predicting,
    /// Writing a file.
    WritingFile,
    /// Laying out the report's pages.
    LayingOutPages,
    /// Drawing pictures of the report's pages.
    DrawingPreview,
    /// Merging contacts.
    Merging,
    /// Erasing customers.
    Erasing,
    /// Generating the demo shop.
    CreatingDemo,
    /// Writing the demo shop.
    SavingDemo,
    /// Starting to check a file (nothing is written).
    Checking {
        /// The file's name.
        file: String,
    },
    /// Starting to import a file.
    Importing {
        /// The file's name.
        file: String,
    },
    /// Rows checked so far.
    CheckedRows(u64),
    /// Rows imported so far.
    ImportedRows(u64),
    /// A step of duplicate detection.
    Detecting(crate::dedup::Step),
    /// Finding what sells together.
    FindingRules,
    /// Finished.
    Done,
}

/// Where progress goes: `(done, total, stage)`.
type Report<'a> = dyn FnMut(u64, u64, &Stage) + 'a;

/// Where an operation reports how far it got, and where it learns that it should stop.
pub struct Progress<'a> {
    report: Box<Report<'a>>,
    cancel: Option<CancelFlag>,
}

impl<'a> Progress<'a> {
    /// Reports to `report(done, total, stage)`; the operation stops when `cancel` is raised.
    pub fn new(report: impl FnMut(u64, u64, &Stage) + 'a, cancel: Option<CancelFlag>) -> Self {
        Self {
            report: Box::new(report),
            cancel,
        }
    }

    /// Reports nowhere and is never cancelled: the command line's operations run to the end.
    pub fn silent() -> Progress<'static> {
        Progress {
            report: Box::new(|_, _, _| {}),
            cancel: None,
        }
    }

    /// Whether whoever asked for the job wants it stopped.
    pub fn is_cancelled(&self) -> bool {
        self.cancel
            .as_ref()
            .is_some_and(|flag| flag.load(Ordering::Relaxed))
    }

    /// Reports `done` of `total` at `stage`; returns false when the job should stop.
    pub fn report(&mut self, done: u64, total: u64, stage: &Stage) -> bool {
        (self.report)(done, total, stage);
        !self.is_cancelled()
    }

    /// Reports a fraction (0..1) of the whole job, in thousandths.
    pub fn fraction(&mut self, fraction: f32, stage: &Stage) -> bool {
        let done = (fraction.clamp(0.0, 1.0) * 1000.0).round() as u64;
        self.report(done, 1000, stage)
    }

    /// Like [`Progress::fraction`], with `Err(Error::Cancelled(job))` when the job should stop.
    pub fn step(&mut self, fraction: f32, stage: Stage, job: Job) -> Result<(), Error> {
        if self.fraction(fraction, &stage) {
            Ok(())
        } else {
            Err(Error::Cancelled(job))
        }
    }
}

/// The jobs that can be cancelled, for saying which one was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    /// Filling the database with the demo shop.
    Demo,
    /// Checking a file without writing.
    Check,
    /// Importing a file.
    Import,
    /// Merging contacts.
    Merge,
    /// Finding duplicates.
    FindDuplicates,
    /// Working out the Segments and Charts figures.
    Segments,
    /// Making the report.
    Report,
    /// Erasing customers.
    Erase,
    /// Finding what sells together.
    Baskets,
    /// Forecasting.
    Forecast,
    /// Working out the cohorts.
    Cohorts,
    /// Working out the channels.
    Channels,
    /// Working out the predictions.
    Predict,
}

/// Why an operation did not happen. The values say what went wrong; [`crate::text`] says
/// it in words.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database refused or failed.
    Store(#[from] StoreError),
    /// The file could not be imported.
    Import(#[from] ImportError),
    /// The feedback file could not be imported.
    Feedback(#[from] crate::ingest::feedback::FeedbackError),
    /// The job was stopped by whoever asked for it; nothing was changed.
    Cancelled(Job),
    /// A file could not be written.
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A spreadsheet could not be written.
    Export(#[from] crate::report::export::ExportError),
    /// The report could not be made.
    Report(#[from] crate::report::ReportError),
    /// The prediction models could not be fitted.
    Predict(crate::analytics::predict::PredictError),
    /// The report's pages could not be drawn (what the PDF reader said).
    Preview(String),
    /// The report could not be made ready for printing.
    PrintFile(#[source] std::io::Error),
    /// The system's printing refused the report.
    Print(crate::report::print::PrintError),
    /// The demo shop was not loaded over existing data.
    HasData {
        /// The database file.
        path: PathBuf,
    },
    /// A threshold outside 0..=1.
    Threshold(f64),
    /// The basket analysis could not be made.
    Baskets(crate::analytics::baskets::BasketError),
    /// A saved segment's name that a built-in group already has.
    NameTaken(String),
    /// No segment, tier, lifecycle stage or saved segment has this name.
    NoSuchSegment(String),
    /// An export of a segment without the segment's name.
    SegmentNotNamed,
    /// A segment rule that cannot be read.
    Rule(crate::analytics::rules::RuleError),
    /// A list of report sections that cannot be read.
    Sections(crate::report::SectionsError),
    /// A period whose first day is after its last.
    Period {
        /// First day.
        from: chrono::NaiveDate,
        /// Last day.
        to: chrono::NaiveDate,
    },
    /// A file named neither .csv nor .xlsx.
    ExportFormat(PathBuf),
    /// The forecast could not be made (too little history, a horizon or hold-out out of
    /// range).
    Forecast(crate::analytics::forecast::ForecastError),
    /// A campaign could not be made, found, measured or written.
    Campaign(crate::analytics::campaign::CampaignError),
    /// The job stopped on a fault of Clientele itself (it panicked).
    Internal(String),
    /// The background worker stopped before it answered.
    WorkerStopped,
}

// By hand rather than `#[from]`, so that the reason is said once (it is not a source).
impl From<crate::analytics::forecast::ForecastError> for Error {
    fn from(e: crate::analytics::forecast::ForecastError) -> Self {
        Error::Forecast(e)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::text::local(self))
    }
}
