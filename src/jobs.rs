//! Background work: one named worker thread owns the database connection and runs every
//! read and write the window asks for, so the window never waits on the database.
//!
//! Requests go in and events come out over bounded channels. The worker only runs the
//! operations of [`crate::service`] and answers: slow jobs report progress and stop when
//! their cancel flag is raised, leaving the database as it was (every write is one
//! transaction). A job that panics is answered with an error and the worker goes on
//! serving. The worker calls a wake-up callback after each event so the window repaints;
//! it knows nothing of egui.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use chrono::NaiveDate;

mod campaign;
mod feedback;
mod lock;
mod privacy;

pub use campaign::CampaignRequest;
pub use feedback::FeedbackRequest;

use crate::analytics::Overview;
use crate::analytics::dashboard::ShopAnalytics;
use crate::dedup::review::DuplicateQueue;
use crate::demo::DemoOptions;
use crate::ingest::import::{ImportOptions, ImportReport, Plan};
use crate::model::MergePlan;
use crate::model::{BatchSummary, CustomerRow};
use crate::service::{self, Done, Failed, NotDone, Progress};
use crate::settings::ShopSettings;
use crate::store::{
    BatchContents, ContactField, CustomerDetail, MergeRow, NewProblem, OrderLine, SavedSegment,
    Stats, Store, UndoSummary,
};

pub use crate::service::CancelFlag;
pub use crate::service::import::{MappingChoice, PlannedImport};
pub use crate::service::report::MadeReport;

/// What the window asks the worker to do.
#[derive(Debug)]
pub enum Request {
    /// Reload counts, the customer list and the Overview.
    Refresh,
    /// Load one customer's details and sale lines.
    LoadCustomer(i64),
    /// Change one field of a contact.
    Edit(Edit),
    /// Fill the database with the demo shop.
    Demo {
        /// The job id chosen by the window.
        job: u64,
        /// What to generate.
        options: DemoOptions,
        /// Replace existing data.
        replace: bool,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// Work out how to read a file ([`Event::ImportPlanned`]), then check every row without
    /// writing, as job `job` ([`Event::ImportChecked`] always ends the request).
    PlanImport {
        /// The job id chosen by the window, for the check.
        job: u64,
        /// The file.
        path: PathBuf,
        /// What the person chose so far.
        options: Box<ImportOptions>,
        /// How the columns are mapped.
        mapping: MappingChoice,
        /// Raised by the window to stop the check.
        cancel: CancelFlag,
    },
    /// Import a planned file; progress, then [`Event::ImportDone`] and [`Event::JobDone`],
    /// then a refresh when something was imported.
    RunImport {
        /// The job id chosen by the window.
        job: u64,
        /// The file.
        path: PathBuf,
        /// How to read it (as planned and checked).
        plan: Box<Plan>,
        /// The options it was planned with.
        options: Box<ImportOptions>,
        /// Rows the check counted, for the progress bar (0 when unknown).
        expected_rows: u64,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// List every import ([`Event::Imports`]).
    LoadImports,
    /// Find likely duplicates as job `job` ([`Event::Duplicates`] ends it).
    FindDuplicates {
        /// The job id chosen by the window.
        job: u64,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// Merge groups of contacts as job `job` ([`Event::Merged`] ends it; when something was
    /// merged, the merge history and a refresh follow).
    Merge {
        /// The job id chosen by the window.
        job: u64,
        /// The merges.
        plans: Vec<MergePlan>,
        /// The review's group of each plan.
        groups: Vec<usize>,
        /// Raised by the window to stop (nothing is merged then).
        cancel: CancelFlag,
    },
    /// Remember that these contacts are different people ([`Event::NotDuplicates`]).
    NotDuplicates {
        /// The review's group.
        group: usize,
        /// The contacts; every pair of them is recorded.
        ids: Vec<i64>,
    },
    /// The merge history ([`Event::Merges`]).
    LoadMerges,
    /// Undo merges ([`Event::Unmerged`], then the history and a refresh).
    Unmerge(Vec<i64>),
    /// Save the shop's settings ([`Event::Settings`] with what was saved, or an error).
    SaveSettings(ShopSettings),
    /// Privacy: consent, erasing, subject export (see [`PrivacyRequest`]).
    Privacy(PrivacyRequest),
    /// Lock the database with a passphrase, change it or remove it ([`Event::Saved`]).
    Lock {
        /// The present passphrase (none: the file is plain).
        old: Option<crate::store::Passphrase>,
        /// The new one (none: the file becomes plain).
        new: Option<crate::store::Passphrase>,
    },
    /// Feedback: the screen's figures, a customer's feedback, adding and resolving (see
    /// [`FeedbackRequest`]).
    Feedback(FeedbackRequest),
    /// Campaigns: the Campaigns screen's list and creating one (see [`CampaignRequest`]).
    Campaigns(CampaignRequest),
    /// Count what an import added, before asking to undo it ([`Event::BatchContents`]).
    CountBatch(i64),
    /// Undo an import ([`Event::ImportUndone`]; when it worked, the history and a refresh
    /// follow).
    UndoImport(i64),
    /// The problems recorded for an import ([`Event::Problems`]).
    LoadProblems(i64),
    /// Write problems as a CSV to fix and import again ([`Event::Saved`]).
    SaveProblems {
        /// Where.
        path: PathBuf,
        /// The file's header, written after the row, column and problem columns.
        headers: Vec<String>,
        /// The problems.
        problems: Vec<NewProblem>,
    },
    /// Compute the Segments and Charts figures as of a date (default: the day of the last
    /// sale) as job `job` ([`Event::Analytics`] ends it).
    Analytics {
        /// The job id chosen by the window.
        job: u64,
        /// The as-of date.
        as_of: Option<NaiveDate>,
        /// The earlier date of the movement between segments (default: 30 days before).
        before: Option<NaiveDate>,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// Work out the Forecast, Cohorts and Channels figures as job `job` ([`Event::Trends`]
    /// ends it).
    Trends {
        /// The job id chosen by the window.
        job: u64,
        /// The as-of date (default: the day of the latest sale).
        as_of: Option<NaiveDate>,
        /// The steps and range the Charts tab asks for.
        choice: service::trends::TrendChoice,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// Work out the predictions as job `job` ([`Event::Predictions`] ends it).
    Predict {
        /// The job id chosen by the window.
        job: u64,
        /// What to predict.
        options: service::predict::PredictOptions,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// The saved segments ([`Event::SavedSegments`]).
    LoadSavedSegments,
    /// Save or replace a saved segment's rule (JSON, already checked), then
    /// [`Event::SavedSegments`].
    SaveSegment {
        /// Its name.
        name: String,
        /// The rule as JSON.
        rule: String,
    },
    /// Delete a saved segment, then [`Event::SavedSegments`].
    DeleteSegment(String),
    /// Write a list of customers as CSV or XLSX, by the file's extension ([`Event::Saved`]).
    ExportCustomers {
        /// The figures the list was taken from.
        analytics: Arc<ShopAnalytics>,
        /// The customers, by id.
        ids: Vec<i64>,
        /// Only those who agreed to marketing.
        consented_only: bool,
        /// Where.
        path: PathBuf,
    },
    /// Work out every customer's figures, then write the customers `ids` (in that order) as
    /// CSV or XLSX by the file's extension, as job `job` ([`Event::Exported`] ends it).
    ExportListed {
        /// The job id chosen by the window.
        job: u64,
        /// The customers, by id.
        ids: Vec<i64>,
        /// A marketing list: only what each customer agreed to per channel.
        consented_only: bool,
        /// Where.
        path: PathBuf,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// Make the printed report and pictures of its pages as job `job` ([`Event::Report`]
    /// ends it).
    Report {
        /// The job id chosen by the window.
        job: u64,
        /// What to print.
        options: Box<crate::report::ReportOptions>,
        /// The day the report is made.
        today: NaiveDate,
        /// Preview pixels per PDF point.
        pixels_per_point: f32,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// Write a made report to a file and record the export ([`Event::Saved`]).
    SaveReport {
        /// The PDF.
        pdf: Arc<Vec<u8>>,
        /// Where.
        path: PathBuf,
    },
    /// Find what sells together and every customer's next products as job `job`
    /// ([`Event::Baskets`] ends it).
    Baskets {
        /// The job id chosen by the window.
        job: u64,
        /// Which lines and thresholds.
        query: crate::service::baskets::BasketQuery,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// Hand a made report to the system's printing ([`Event::Saved`] says what happened).
    PrintReport {
        /// The PDF.
        pdf: Arc<Vec<u8>>,
        /// The printer, copies and paper chosen.
        choice: crate::report::print::PrintChoice,
    },
}

/// Why an edit is made: by hand, or to undo or redo an earlier one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditOrigin {
    /// Typed by the owner.
    Direct,
    /// Ctrl+Z.
    Undo,
    /// Ctrl+Shift+Z or Ctrl+Y.
    Redo,
}

/// What the customer detail asks about privacy.
#[derive(Debug)]
pub enum PrivacyRequest {
    /// Record a customer's consent on one channel; the customer's details follow.
    SetConsent {
        /// The customer.
        id: i64,
        /// The channel.
        channel: crate::store::Channel,
        /// The answer.
        state: crate::model::Consent,
    },
    /// Count what erasing a customer removes ([`Event::ErasePreview`]).
    ErasePreview(i64),
    /// Erase customers as job `job` ([`Event::JobDone`], then a refresh).
    Erase {
        /// The job id chosen by the window.
        job: u64,
        /// The customers.
        ids: Vec<i64>,
        /// Raised by the window to stop (nothing is erased then).
        cancel: CancelFlag,
    },
    /// Write everything held on a customer to a JSON file in `exports/` beside the
    /// database ([`Event::Saved`]).
    SubjectExport(i64),
    /// The same as a readable PDF in `lang` ([`Event::Saved`]).
    SubjectExportPdf {
        /// The customer.
        id: i64,
        /// The window's language.
        lang: crate::text::Lang,
    },
    /// Make a backup copy in `backups/` now ([`Event::Saved`]).
    BackupNow,
    /// The customers the retention rule "no order for `years` years" counted from `as_of`
    /// takes ([`Event::Inactive`]).
    Inactive {
        /// The years without an order.
        years: u32,
        /// The day counted from.
        as_of: NaiveDate,
    },
    /// Count what erasing a group of customers removes ([`Event::GroupPreview`]).
    GroupPreview(EraseScope),
    /// What a backup copy holds, beside what the database holds now
    /// ([`Event::BackupContents`]).
    BackupContents(PathBuf),
    /// Put a backup copy in place of the database as job `job` (a backup of the present
    /// state first; the erased stay erased): [`Event::JobDone`], then every figure again.
    Restore {
        /// The job id chosen by the window.
        job: u64,
        /// The copy.
        file: PathBuf,
    },
    /// A page of the audit trail ([`Event::AuditPage`]).
    AuditPage {
        /// Which lines.
        filter: crate::store::AuditFilter,
        /// How many of the newest to skip.
        offset: usize,
        /// How many at most.
        limit: usize,
    },
}

/// Which customers a group erase takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EraseScope {
    /// Every customer one of whose records came from this import.
    Batch(i64),
    /// The retention rule: every customer with no order for `years` years before `as_of`.
    Inactive {
        /// The years without an order.
        years: u32,
        /// The day counted from.
        as_of: NaiveDate,
    },
}

/// A change to one contact field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// The contact.
    pub contact_id: i64,
    /// The field.
    pub field: ContactField,
    /// The new value (`None` empties it).
    pub value: Option<String>,
    /// Why.
    pub origin: EditOrigin,
}

/// What the worker reports back.
#[derive(Debug)]
pub enum Event {
    /// The database could not be opened; nothing else will follow.
    OpenFailed(Arc<service::Error>),
    /// The database is open.
    Opened {
        /// Whether it holds any contact or sale.
        has_data: bool,
    },
    /// Fresh counts.
    Stats(Stats),
    /// The shop's settings, sent after opening (`saved` false) and as the answer to
    /// [`Request::SaveSettings`] (`saved` true).
    Settings {
        /// As stored.
        settings: ShopSettings,
        /// This answers a save.
        saved: bool,
    },
    /// The whole customer list.
    Customers(Vec<CustomerRow>),
    /// The Overview figures (`None` when there are no sales).
    Overview(Option<Box<Overview>>),
    /// One customer's details and sale lines (`None` when the contact no longer exists).
    Customer {
        /// The contact asked for.
        id: i64,
        /// Details and sale lines.
        data: Option<Box<(CustomerDetail, Vec<OrderLine>)>>,
    },
    /// An edit was saved (the value as stored); `old` is the value before, for undo. When
    /// `old` equals the new value nothing changed.
    Edited {
        /// The edit as applied.
        edit: Edit,
        /// The value before.
        old: Option<String>,
        /// The customer's list row after the edit.
        row: Option<CustomerRow>,
    },
    /// An edit was refused (bad value) or failed.
    EditFailed {
        /// The edit.
        edit: Edit,
        /// Why.
        error: Arc<service::Error>,
    },
    /// A job moved on.
    Progress {
        /// The job.
        job: u64,
        /// 0..1.
        fraction: f32,
        /// What it is doing now.
        stage: service::Stage,
    },
    /// A job ended.
    JobDone {
        /// The job.
        job: u64,
        /// What it did, or why it failed or stopped.
        outcome: Result<Done, Failed>,
    },
    /// A file was planned (or could not be read). Always followed by
    /// [`Event::ImportChecked`] for the same job.
    ImportPlanned {
        /// The check job.
        job: u64,
        /// The plan, or why the file cannot be read.
        result: Result<Box<PlannedImport>, Arc<service::Error>>,
    },
    /// The dry run of a planned file ended; this ends a [`Request::PlanImport`].
    ImportChecked {
        /// The check job.
        job: u64,
        /// `None` when nothing was checked (the plan failed or is blocked); else the report
        /// or why the check failed or stopped.
        result: Option<Result<Box<ImportReport>, Arc<service::Error>>>,
    },
    /// An import ended; [`Event::JobDone`] follows.
    ImportDone {
        /// The job.
        job: u64,
        /// What was imported, or why nothing was.
        result: Result<Box<ImportReport>, Arc<service::Error>>,
    },
    /// Every import, newest first.
    Imports(Vec<BatchSummary>),
    /// What an import added.
    BatchContents {
        /// The import.
        batch: i64,
        /// Its sale lines and contacts.
        contents: BatchContents,
    },
    /// An import was undone (or could not be).
    ImportUndone {
        /// The import.
        batch: i64,
        /// What was removed, or why nothing was.
        result: Result<UndoSummary, Arc<service::Error>>,
    },
    /// The problems of an import, in row order.
    Problems {
        /// The import.
        batch: i64,
        /// Every problem recorded.
        problems: Vec<NewProblem>,
    },
    /// A file was written (`Ok` says where) or not.
    Saved(Result<Done, Failed>),
    /// A page of the audit trail: the filter and offset asked for, how many lines the
    /// filter keeps in all, the page's lines (newest first) and every kind of action.
    AuditPage {
        /// The filter asked for.
        filter: crate::store::AuditFilter,
        /// The offset asked for.
        offset: usize,
        /// Lines the filter keeps.
        total: usize,
        /// The page.
        lines: Arc<Vec<crate::store::AuditLine>>,
        /// The kinds of action in the trail.
        kinds: Arc<Vec<String>>,
    },
    /// What erasing a customer would remove, to name it before asking.
    ErasePreview {
        /// The customer.
        id: i64,
        /// What goes.
        counts: crate::store::ErasureCounts,
    },
    /// The customers a retention rule takes, for its live preview.
    Inactive {
        /// The years asked.
        years: u32,
        /// The day counted from.
        as_of: NaiveDate,
        /// The customers, by id.
        ids: Arc<Vec<i64>>,
    },
    /// What erasing a group of customers would remove, to name it before asking.
    GroupPreview {
        /// The group asked about.
        scope: EraseScope,
        /// What goes (its `customers` are the ones to erase).
        counts: crate::store::ErasureCounts,
    },
    /// What a backup copy holds and what the database holds now, to show before a
    /// restore.
    BackupContents {
        /// The copy and its counts.
        held: Box<service::privacy::BackupContents>,
        /// The database's counts now.
        now: Box<crate::store::Stats>,
    },
    /// The Segments and Charts figures (job `job`), or why not.
    Analytics {
        /// The job.
        job: u64,
        /// The figures (`None` when there are no sales), or the error in plain words.
        result: Result<Option<Arc<ShopAnalytics>>, Arc<service::Error>>,
    },
    /// The Forecast, Cohorts and Channels figures (job `job`), or why not.
    Trends {
        /// The job.
        job: u64,
        /// The figures (`None` when there are no sales), or the error.
        result: Result<Option<Arc<service::trends::Trends>>, Arc<service::Error>>,
    },
    /// The predictions (job `job`), or why not.
    Predictions {
        /// The job.
        job: u64,
        /// The predictions, or the error.
        result: Result<Arc<service::predict::Predictions>, Arc<service::Error>>,
    },
    /// The saved segments, or an error.
    SavedSegments(Result<Vec<SavedSegment>, Failed>),
    /// A list of customers was written (job `job`; `Ok` says where) or not.
    Exported {
        /// The job.
        job: u64,
        /// What was written, or why not.
        result: Result<Done, Failed>,
    },
    /// The report (job `job`), or why not.
    Report {
        /// The job.
        job: u64,
        /// The report, or the error in plain words.
        result: Result<Box<MadeReport>, Arc<service::Error>>,
    },
    /// What sells together (job `job`), or why not.
    Baskets {
        /// The job.
        job: u64,
        /// The rules and suggestions, or the error.
        result: Result<Arc<crate::service::baskets::Recommendations>, Arc<service::Error>>,
    },
    /// Every campaign with its results (job `job`), or why not.
    Campaigns {
        /// The job.
        job: u64,
        /// The campaigns, newest first, or the error.
        result: Result<Arc<Vec<service::campaign::Measured>>, Arc<service::Error>>,
    },
    /// A campaign was created (job `job`), or why not.
    CampaignCreated {
        /// The job.
        job: u64,
        /// The campaign with those left out, or the error.
        result: Result<Arc<service::campaign::Created>, Arc<service::Error>>,
    },
    /// A campaign's report was made (job `job`), or why not.
    CampaignReport {
        /// The job.
        job: u64,
        /// The campaign's name and the PDF, or the error.
        result: Result<(String, Arc<Vec<u8>>), Arc<service::Error>>,
    },
    /// The Feedback screen's figures (job `job`), or why not.
    Feedback {
        /// The job.
        job: u64,
        /// The figures, or the error.
        result: Result<Arc<service::feedback::FeedbackView>, Arc<service::Error>>,
    },
    /// A feedback file was checked or imported (job `job`), or why not.
    FeedbackImported {
        /// The job.
        job: u64,
        /// What was read and written, or the error.
        result: Result<crate::ingest::feedback::FeedbackReport, Arc<service::Error>>,
    },
    /// One customer's feedback, by day.
    CustomerFeedback {
        /// The customer.
        id: i64,
        /// Their feedback.
        rows: Vec<crate::model::feedback::FeedbackRow>,
        /// Sent after feedback was added or resolved.
        changed: bool,
    },
    /// A read failed, or the settings were not saved.
    Error(Failed),
    /// Detection ended with this review queue (or why not).
    Duplicates {
        /// The job.
        job: u64,
        /// The groups to review.
        result: Result<Box<DuplicateQueue>, Arc<service::Error>>,
    },
    /// Merges were saved (`Ok`: contacts merged away) or not.
    Merged {
        /// The job.
        job: u64,
        /// The review's groups merged.
        groups: Vec<usize>,
        /// Contacts merged away, or why nothing was.
        result: Result<usize, Failed>,
    },
    /// A "not the same person" decision was saved (or not).
    NotDuplicates {
        /// The review's group.
        group: usize,
        /// Saved, or why not.
        result: Result<(), Arc<service::Error>>,
    },
    /// The merge history, newest first.
    Merges(Vec<MergeRow>),
    /// Merges were undone or not.
    Unmerged(Result<Done, Failed>),
}

/// A request's number, given when it is queued; its events and its final reply carry it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RequestId(pub u64);

/// How a request ended: its one final reply.
#[derive(Debug)]
pub enum Outcome {
    /// It did what was asked (what it found came in its events).
    Done,
    /// It failed; nothing was changed.
    Failed(Arc<service::Error>),
    /// It was stopped by its cancel flag; nothing was changed.
    Cancelled(service::Job),
}

/// Splits a service call's result into what its event carries (the error, with what was
/// not done as `what` says it) and the request's final outcome (the error itself).
fn answer<T>(
    result: Result<T, service::Error>,
    what: impl FnOnce(&service::Error) -> Option<NotDone>,
) -> (Result<T, Failed>, Outcome) {
    match result {
        Ok(value) => (Ok(value), Outcome::Done),
        Err(e) => {
            let what = what(&e);
            let error = Arc::new(e);
            (
                Err(Failed {
                    what,
                    error: error.clone(),
                }),
                failed(error),
            )
        }
    }
}

/// Like [`answer`], for the events that carry the error alone.
fn answer_typed<T>(result: Result<T, service::Error>) -> (Result<T, Arc<service::Error>>, Outcome) {
    match result {
        Ok(value) => (Ok(value), Outcome::Done),
        Err(e) => {
            let e = Arc::new(e);
            (Err(e.clone()), failed(e))
        }
    }
}

/// How a request whose service call failed with `e` ended.
fn failed(e: Arc<service::Error>) -> Outcome {
    match e.as_ref() {
        service::Error::Cancelled(job) => Outcome::Cancelled(*job),
        _ => Outcome::Failed(e),
    }
}

/// What the worker sends back.
// Each reply is moved once, through the channel: boxing every event (progress included) to
// make the final reply smaller would cost an allocation each.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Reply {
    /// An event of request `id` (`None`: of the worker itself, when it opens the database).
    Event {
        /// The request it belongs to.
        id: Option<RequestId>,
        /// What happened.
        event: Event,
    },
    /// The final reply of request `id`: nothing of it follows.
    Finished {
        /// The request.
        id: RequestId,
        /// How it ended.
        outcome: Outcome,
    },
}

/// Why a request was not queued.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The queue is full; try again in a moment.
    #[error("the queue of requests is full")]
    Full,
    /// The worker has stopped (its thread ended): start a new one.
    #[error("the background worker has stopped")]
    Gone,
}

/// The worker has stopped: its thread ended and everything it sent has been read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the background worker has stopped")]
pub struct WorkerGone;

/// The window's handle on the worker thread.
pub struct Worker {
    requests: SyncSender<(RequestId, Request)>,
    replies: Receiver<Reply>,
    next_id: std::sync::atomic::AtomicU64,
}

impl Worker {
    /// Starts the worker on the database at `path`; `wake` is called after every reply.
    pub fn start(path: PathBuf, wake: Box<dyn Fn() + Send>) -> std::io::Result<Worker> {
        Self::start_with(path, wake, handle)
    }

    /// Starts a worker that answers each request with `handler` (tests hand in one that
    /// fails on purpose).
    fn start_with(
        path: PathBuf,
        wake: Box<dyn Fn() + Send>,
        handler: Handler,
    ) -> std::io::Result<Worker> {
        let (req_tx, req_rx) = sync_channel::<(RequestId, Request)>(64);
        let (reply_tx, reply_rx) = sync_channel::<Reply>(256);
        std::thread::Builder::new()
            .name("clientele-worker".into())
            .spawn(move || run(path, req_rx, reply_tx, wake, handler))?;
        Ok(Worker {
            requests: req_tx,
            replies: reply_rx,
            next_id: std::sync::atomic::AtomicU64::new(1),
        })
    }

    /// Queues a request without waiting; returns its number, which its events and its one
    /// final reply ([`Reply::Finished`]) carry.
    pub fn submit(&self, request: Request) -> Result<RequestId, SendError> {
        let id = RequestId(
            self.next_id
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        );
        match self.requests.try_send((id, request)) {
            Ok(()) => Ok(id),
            Err(std::sync::mpsc::TrySendError::Full(_)) => Err(SendError::Full),
            Err(std::sync::mpsc::TrySendError::Disconnected(_)) => Err(SendError::Gone),
        }
    }

    /// Queues a request without waiting; returns false when the queue is full or the worker
    /// has stopped.
    pub fn send(&self, request: Request) -> bool {
        self.submit(request).is_ok()
    }

    /// The next reply, if one is waiting; `Err` once the worker has stopped and everything
    /// it sent has been read.
    pub fn try_reply(&self) -> Result<Option<Reply>, WorkerGone> {
        match self.replies.try_recv() {
            Ok(reply) => Ok(Some(reply)),
            Err(std::sync::mpsc::TryRecvError::Empty) => Ok(None),
            Err(std::sync::mpsc::TryRecvError::Disconnected) => Err(WorkerGone),
        }
    }

    /// The next event, if one is waiting (final replies are passed over; a stopped worker
    /// has nothing to show).
    pub fn try_event(&self) -> Option<Event> {
        loop {
            match self.try_reply() {
                Ok(Some(Reply::Event { event, .. })) => return Some(event),
                Ok(Some(Reply::Finished { .. })) => continue,
                Ok(None) | Err(WorkerGone) => return None,
            }
        }
    }
}

/// What answers one request: runs it against the store, sends its events through `emit`
/// and returns how it ended.
type Handler = fn(&mut Store, Request, &dyn Fn(Event) -> bool) -> Outcome;

fn run(
    path: PathBuf,
    requests: Receiver<(RequestId, Request)>,
    replies: SyncSender<Reply>,
    wake: Box<dyn Fn() + Send>,
    handler: Handler,
) {
    // Set when the window has gone away: the worker then stops after the current request.
    let gone = std::cell::Cell::new(false);
    let send = |reply: Reply| {
        let ok = replies.send(reply).is_ok();
        wake();
        if !ok {
            gone.set(true);
        }
        ok
    };
    let opening = |event: Event| send(Reply::Event { id: None, event });
    let mut store = match Store::open(&path) {
        Ok(s) => s,
        Err(e) => {
            opening(Event::OpenFailed(Arc::new(e.into())));
            return;
        }
    };
    match store.has_shop_data() {
        Ok(has_data) => {
            opening(Event::Opened { has_data })
                && match store.settings() {
                    Ok(settings) => opening(Event::Settings {
                        settings,
                        saved: false,
                    }),
                    Err(e) => {
                        tracing::warn!("the shop's settings could not be read: {e}");
                        true
                    }
                }
        }
        Err(e) => opening(Event::OpenFailed(Arc::new(e.into()))),
    };
    // The day's first open keeps a copy (on this thread: the window goes on drawing).
    if store.has_shop_data().unwrap_or(false)
        && let Err(e) = service::privacy::daily_backup(&store, chrono::Local::now().date_naive())
    {
        tracing::warn!("the daily backup could not be made: {e}");
    }
    while let Ok((id, request)) = requests.recv() {
        let emit = |event: Event| {
            send(Reply::Event {
                id: Some(id),
                event,
            })
        };
        let outcome = serve(&mut store, request, &emit, handler);
        send(Reply::Finished { id, outcome });
        if gone.get() {
            break;
        }
    }
}

/// Answers one request with `handler`; when the job panics, answers it with an error
/// instead, so that nothing waits for an answer that will never come, and goes on serving.
fn serve(
    store: &mut Store,
    request: Request,
    emit: &dyn Fn(Event) -> bool,
    handler: Handler,
) -> Outcome {
    let failure = Failure::of(&request);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        handler(store, request, emit)
    }));
    match outcome {
        Ok(outcome) => outcome,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a job panicked".to_string());
            tracing::error!("a job panicked: {what}");
            let error = Arc::new(service::Error::Internal(what));
            for event in failure.events(error.clone()) {
                emit(event);
            }
            Outcome::Failed(error)
        }
    }
}

/// What a request's answer must hold for whoever asked to stop waiting, when the request
/// cannot be answered as usual: its job panicked, or the worker stopped before answering.
/// Made from the request before it is sent ([`Unanswered::of`]); [`Unanswered::events`]
/// gives the events that end the request, with an error.
#[derive(Clone, Debug)]
pub struct Unanswered(Failure);

impl Unanswered {
    /// What ends `request`.
    pub fn of(request: &Request) -> Unanswered {
        Unanswered(Failure::of(request))
    }

    /// The job the request runs as, when it is one (its progress bar ends with it).
    pub fn job(&self) -> Option<u64> {
        match &self.0 {
            Failure::JobDone(job)
            | Failure::Plan(job)
            | Failure::Import(job)
            | Failure::Duplicates(job)
            | Failure::Merged(job, _)
            | Failure::Analytics(job)
            | Failure::Trends(job)
            | Failure::Exported(job)
            | Failure::Report(job)
            | Failure::Baskets(job) => Some(*job),
            Failure::Predictions(job) | Failure::Feedback(job) | Failure::FeedbackImport(job) => {
                Some(*job)
            }
            Failure::Campaigns(job)
            | Failure::CampaignCreated(job)
            | Failure::CampaignReport(job) => Some(*job),
            _ => None,
        }
    }

    /// The events that end the request, each with `error`.
    pub fn events(self, error: Arc<service::Error>) -> Vec<Event> {
        self.0.events(error)
    }
}

#[derive(Clone, Debug)]
enum Failure {
    Error,
    Edit(Edit),
    JobDone(u64),
    Plan(u64),
    Import(u64),
    Duplicates(u64),
    Merged(u64, Vec<usize>),
    NotDuplicates(usize),
    Unmerged,
    Undone(i64),
    Saved,
    Analytics(u64),
    Trends(u64),
    SavedSegments,
    Exported(u64),
    Report(u64),
    Baskets(u64),
    Predictions(u64),
    Feedback(u64),
    FeedbackImport(u64),
    Campaigns(u64),
    CampaignCreated(u64),
    CampaignReport(u64),
}

impl Failure {
    fn of(request: &Request) -> Failure {
        match request {
            Request::Refresh
            | Request::LoadCustomer(_)
            | Request::LoadImports
            | Request::CountBatch(_)
            | Request::LoadProblems(_)
            | Request::LoadMerges
            | Request::SaveSettings(_) => Failure::Error,
            Request::Privacy(
                PrivacyRequest::Erase { job, .. } | PrivacyRequest::Restore { job, .. },
            ) => Failure::JobDone(*job),
            Request::Privacy(
                PrivacyRequest::SubjectExport(_)
                | PrivacyRequest::SubjectExportPdf { .. }
                | PrivacyRequest::BackupNow,
            ) => Failure::Saved,
            Request::Privacy(_) => Failure::Error,
            Request::Lock { .. } => Failure::Saved,
            Request::Feedback(FeedbackRequest::View { job, .. }) => Failure::Feedback(*job),
            Request::Feedback(FeedbackRequest::Import { job, .. }) => Failure::FeedbackImport(*job),
            Request::Feedback(_) => Failure::Error,
            Request::Campaigns(CampaignRequest::List { job }) => Failure::Campaigns(*job),
            Request::Campaigns(CampaignRequest::Create { job, .. }) => {
                Failure::CampaignCreated(*job)
            }
            Request::Campaigns(CampaignRequest::Report { job, .. }) => {
                Failure::CampaignReport(*job)
            }
            Request::Campaigns(CampaignRequest::AddNote { .. }) => Failure::Error,
            Request::Edit(edit) => Failure::Edit(edit.clone()),
            Request::Demo { job, .. } => Failure::JobDone(*job),
            Request::PlanImport { job, .. } => Failure::Plan(*job),
            Request::RunImport { job, .. } => Failure::Import(*job),
            Request::FindDuplicates { job, .. } => Failure::Duplicates(*job),
            Request::Merge { job, groups, .. } => Failure::Merged(*job, groups.clone()),
            Request::NotDuplicates { group, .. } => Failure::NotDuplicates(*group),
            Request::Unmerge(_) => Failure::Unmerged,
            Request::UndoImport(batch) => Failure::Undone(*batch),
            Request::SaveProblems { .. }
            | Request::ExportCustomers { .. }
            | Request::SaveReport { .. }
            | Request::PrintReport { .. } => Failure::Saved,
            Request::Analytics { job, .. } => Failure::Analytics(*job),
            Request::Trends { job, .. } => Failure::Trends(*job),
            Request::LoadSavedSegments
            | Request::SaveSegment { .. }
            | Request::DeleteSegment(_) => Failure::SavedSegments,
            Request::ExportListed { job, .. } => Failure::Exported(*job),
            Request::Report { job, .. } => Failure::Report(*job),
            Request::Baskets { job, .. } => Failure::Baskets(*job),
            Request::Predict { job, .. } => Failure::Predictions(*job),
        }
    }

    fn events(self, error: Arc<service::Error>) -> Vec<Event> {
        let failed = Failed::plain(error.clone());
        match self {
            Failure::Error => vec![Event::Error(failed)],
            Failure::Edit(edit) => vec![Event::EditFailed { edit, error }],
            Failure::JobDone(job) => vec![Event::JobDone {
                job,
                outcome: Err(failed),
            }],
            Failure::Plan(job) => vec![
                Event::ImportPlanned {
                    job,
                    result: Err(error),
                },
                Event::ImportChecked { job, result: None },
            ],
            Failure::Import(job) => vec![
                Event::ImportDone {
                    job,
                    result: Err(error),
                },
                Event::JobDone {
                    job,
                    outcome: Err(failed),
                },
            ],
            Failure::Duplicates(job) => vec![Event::Duplicates {
                job,
                result: Err(error),
            }],
            Failure::Merged(job, groups) => vec![Event::Merged {
                job,
                groups,
                result: Err(failed),
            }],
            Failure::NotDuplicates(group) => vec![Event::NotDuplicates {
                group,
                result: Err(error),
            }],
            Failure::Unmerged => vec![Event::Unmerged(Err(failed))],
            Failure::Undone(batch) => vec![Event::ImportUndone {
                batch,
                result: Err(error),
            }],
            Failure::Saved => vec![Event::Saved(Err(failed))],
            Failure::Analytics(job) => vec![Event::Analytics {
                job,
                result: Err(error),
            }],
            Failure::Baskets(job) => vec![Event::Baskets {
                job,
                result: Err(error),
            }],
            Failure::Trends(job) => vec![Event::Trends {
                job,
                result: Err(error),
            }],
            Failure::SavedSegments => vec![Event::SavedSegments(Err(failed))],
            Failure::Exported(job) => vec![Event::Exported {
                job,
                result: Err(failed),
            }],
            Failure::Report(job) => vec![Event::Report {
                job,
                result: Err(error),
            }],
            Failure::Predictions(job) => vec![Event::Predictions {
                job,
                result: Err(error),
            }],
            Failure::Feedback(job) => vec![Event::Feedback {
                job,
                result: Err(error),
            }],
            Failure::FeedbackImport(job) => vec![Event::FeedbackImported {
                job,
                result: Err(error),
            }],
            Failure::Campaigns(job) => vec![Event::Campaigns {
                job,
                result: Err(error),
            }],
            Failure::CampaignCreated(job) => vec![Event::CampaignCreated {
                job,
                result: Err(error),
            }],
            Failure::CampaignReport(job) => vec![Event::CampaignReport {
                job,
                result: Err(error),
            }],
        }
    }
}

/// A job's progress, sent to the window as [`Event::Progress`] (at most one event per
/// hundredth of the job at the same stage), with the job's cancel flag.
fn progress_of<'a>(job: u64, cancel: &CancelFlag, emit: &'a dyn Fn(Event) -> bool) -> Progress<'a> {
    let mut last: Option<(f32, service::Stage)> = None;
    Progress::new(
        move |done, total, stage| {
            let fraction = done as f32 / total.max(1) as f32;
            if last
                .as_ref()
                .is_some_and(|(f, s)| s == stage && fraction - f < 0.01)
            {
                return;
            }
            let stage = stage.clone();
            last = Some((fraction, stage.clone()));
            emit(Event::Progress {
                job,
                fraction,
                stage,
            });
        },
        Some(cancel.clone()),
    )
}

/// Runs one request's service call, sends its events and returns how it ended.
fn handle(store: &mut Store, request: Request, emit: &dyn Fn(Event) -> bool) -> Outcome {
    use crate::service::{analytics, batches, dedup, demo, export, import, report, settings};
    let plain = |_: &service::Error| None;
    match request {
        Request::Refresh => refresh(store, emit),
        Request::SaveSettings(new) => {
            let (result, outcome) =
                answer(settings::save(store, &new), |_| Some(NotDone::Settings));
            emit(match result {
                Ok(settings) => Event::Settings {
                    settings,
                    saved: true,
                },
                Err(message) => Event::Error(message),
            });
            outcome
        }
        Request::LoadCustomer(id) => {
            let (event, outcome) = load_customer(store, id);
            emit(event);
            outcome
        }
        Request::Edit(mut edit) => {
            let done = batches::edit(store, edit.contact_id, edit.field, edit.value.as_deref());
            let (done, outcome) = answer_typed(done);
            match done {
                Ok(done) => {
                    // Report the value as stored, so undo restores exactly that.
                    edit.value = done.value;
                    let (detail, _) = load_customer(store, edit.contact_id);
                    emit(Event::Edited {
                        edit,
                        old: done.old,
                        row: done.row,
                    });
                    emit(detail);
                }
                Err(error) => {
                    emit(Event::EditFailed { edit, error });
                }
            }
            outcome
        }
        Request::Demo {
            job,
            options,
            replace,
            cancel,
        } => {
            let filled = demo::fill(
                store,
                &options,
                replace,
                &mut progress_of(job, &cancel, emit),
            );
            let (outcome, finished) = answer(filled, plain);
            let outcome = outcome.map(|_| Done::Demo {
                customers: options.customers,
                years: options.years,
            });
            let changed = outcome.is_ok();
            if emit(Event::JobDone { job, outcome }) && changed {
                refresh(store, emit);
            }
            finished
        }
        Request::PlanImport {
            job,
            path,
            options,
            mapping,
            cancel,
        } => {
            let (planned, outcome) = answer_typed(import::plan(store, &path, *options, mapping));
            let planned = match planned {
                Ok(p) => p,
                Err(error) => {
                    emit(Event::ImportPlanned {
                        job,
                        result: Err(error),
                    });
                    emit(Event::ImportChecked { job, result: None });
                    return outcome;
                }
            };
            let checked = planned.blocker.is_none().then(|| planned.clone());
            if !emit(Event::ImportPlanned {
                job,
                result: Ok(Box::new(planned)),
            }) {
                return Outcome::Done;
            }
            let Some(planned) = checked else {
                emit(Event::ImportChecked { job, result: None });
                return Outcome::Done;
            };
            let check = import::check(store, &planned, &mut progress_of(job, &cancel, emit));
            let (result, outcome) = answer_typed(check);
            emit(Event::ImportChecked {
                job,
                result: result.transpose().map(|r| r.map(Box::new)),
            });
            outcome
        }
        Request::RunImport {
            job,
            path,
            plan,
            options,
            expected_rows,
            cancel,
        } => {
            let imported = import::run(
                store,
                &path,
                &plan,
                &options,
                expected_rows,
                true,
                &mut progress_of(job, &cancel, emit),
            );
            let (result, finished) = answer_typed(imported.map(Box::new));
            let outcome = match &result {
                Ok(report) => Ok(Done::Imported {
                    imported: report.rows_imported,
                    read: report.rows_read,
                    file: plan.info.file_name.clone(),
                }),
                Err(e) => Err(Failed::plain(e.clone())),
            };
            let changed = outcome.is_ok();
            if emit(Event::ImportDone { job, result })
                && emit(Event::JobDone { job, outcome })
                && changed
            {
                refresh(store, emit);
            }
            finished
        }
        Request::FindDuplicates { job, cancel } => {
            let found = dedup::find(store, None, &mut progress_of(job, &cancel, emit));
            let (result, outcome) = answer_typed(found.map(|found| Box::new(found.queue)));
            emit(Event::Duplicates { job, result });
            outcome
        }
        Request::Merge {
            job,
            plans,
            groups,
            cancel,
        } => {
            let merged = dedup::merge_many(store, &plans, &mut progress_of(job, &cancel, emit));
            let (result, outcome) = answer(merged, |e| match e {
                service::Error::Cancelled(_) => None,
                _ => Some(NotDone::Merge),
            });
            let changed = result.is_ok();
            if emit(Event::Merged {
                job,
                groups,
                result,
            }) && changed
                && load_merges(store, emit)
            {
                refresh(store, emit);
            }
            outcome
        }
        Request::NotDuplicates { group, ids } => {
            let (result, outcome) = answer_typed(dedup::not_duplicates(store, &ids));
            emit(Event::NotDuplicates { group, result });
            outcome
        }
        Request::LoadMerges => {
            load_merges(store, emit);
            Outcome::Done
        }
        Request::Unmerge(ids) => {
            let (result, outcome) = answer(dedup::unmerge(store, &ids), |_| Some(NotDone::Unmerge));
            let result = result.map(|rows| Done::Unmerged { merges: rows.len() });
            let changed = result.is_ok();
            if emit(Event::Unmerged(result)) && changed && load_merges(store, emit) {
                refresh(store, emit);
            }
            outcome
        }
        Request::LoadImports => {
            let (event, outcome) = imports(store);
            emit(event);
            outcome
        }
        Request::Privacy(request) => privacy::handle(store, request, emit),
        Request::Lock { old, new } => lock::handle(store, old, new, emit),
        Request::Feedback(request) => feedback::handle(store, request, emit),
        Request::Campaigns(request) => campaign::handle(store, request, emit),
        Request::CountBatch(batch) => {
            let (result, outcome) = answer(batches::contents(store, batch), plain);
            emit(match result {
                Ok(contents) => Event::BatchContents { batch, contents },
                Err(message) => Event::Error(message),
            });
            outcome
        }
        Request::UndoImport(batch) => {
            let (result, outcome) = answer_typed(batches::undo(store, batch));
            let changed = result.is_ok();
            if emit(Event::ImportUndone { batch, result }) && changed && emit(imports(store).0) {
                refresh(store, emit);
            }
            outcome
        }
        Request::LoadProblems(batch) => {
            let (result, outcome) = answer(batches::problems(store, batch), plain);
            emit(match result {
                Ok(problems) => Event::Problems { batch, problems },
                Err(message) => Event::Error(message),
            });
            outcome
        }
        Request::Analytics {
            job,
            as_of,
            before,
            cancel,
        } => {
            let figures = analytics::compute_analytics(
                store,
                as_of,
                before,
                &mut progress_of(job, &cancel, emit),
            );
            let (result, outcome) = answer_typed(figures);
            emit(Event::Analytics { job, result });
            outcome
        }
        Request::Baskets { job, query, cancel } => {
            let found =
                service::baskets::recommend(store, &query, &mut progress_of(job, &cancel, emit));
            let (result, outcome) = answer_typed(found.map(Arc::new));
            emit(Event::Baskets { job, result });
            outcome
        }
        Request::Trends {
            job,
            as_of,
            choice,
            cancel,
        } => {
            let figures = service::trends::trends(
                store,
                as_of,
                &choice,
                &mut progress_of(job, &cancel, emit),
            );
            let (result, outcome) = answer_typed(figures);
            emit(Event::Trends { job, result });
            outcome
        }
        Request::ExportListed {
            job,
            ids,
            consented_only,
            path,
            cancel,
        } => {
            let written = export::listed(
                store,
                &ids,
                consented_only,
                &path,
                &mut progress_of(job, &cancel, emit),
            );
            let (result, outcome) = answer(written, |e| match e {
                service::Error::Export(_) => Some(NotDone::Write(path.clone())),
                _ => None,
            });
            emit(Event::Exported {
                job,
                result: result.map(|w| Done::CustomersSaved {
                    customers: w.customers,
                    path: path.clone(),
                    withheld: w.withheld,
                }),
            });
            outcome
        }
        Request::Report {
            job,
            options,
            today,
            pixels_per_point,
            cancel,
        } => {
            let made = report::make_report(
                store,
                *options,
                today,
                pixels_per_point,
                &mut progress_of(job, &cancel, emit),
            );
            let (result, outcome) = answer_typed(made.map(Box::new));
            emit(Event::Report { job, result });
            outcome
        }
        Request::SaveReport { pdf, path } => {
            let (result, outcome) = answer(report::save(store, &pdf, &path), plain);
            emit(Event::Saved(result.map(|()| Done::ReportSaved { path })));
            outcome
        }
        Request::PrintReport { pdf, choice } => {
            let (result, outcome) = answer(report::print(store, &pdf, &choice), plain);
            emit(Event::Saved(result.map(Done::Printed)));
            outcome
        }
        Request::Predict {
            job,
            options,
            cancel,
        } => {
            let made = service::predict::run(store, &options, &mut progress_of(job, &cancel, emit));
            let (result, outcome) = answer_typed(made.map(Arc::new));
            emit(Event::Predictions { job, result });
            outcome
        }
        Request::LoadSavedSegments => {
            let (result, outcome) = answer(analytics::saved_segments(store), plain);
            emit(Event::SavedSegments(result));
            outcome
        }
        Request::SaveSegment { name, rule } => {
            let (result, outcome) = answer(analytics::save_segment(store, &name, &rule), |_| {
                Some(NotDone::SegmentSave)
            });
            emit(Event::SavedSegments(result));
            outcome
        }
        Request::DeleteSegment(name) => {
            let (result, outcome) = answer(analytics::delete_segment(store, &name), |_| {
                Some(NotDone::SegmentDelete)
            });
            emit(Event::SavedSegments(result));
            outcome
        }
        Request::ExportCustomers {
            analytics,
            ids,
            consented_only,
            path,
        } => {
            let written = export::customer_list(store, &analytics, &ids, consented_only, &path);
            let (result, outcome) = answer(written, |_| Some(NotDone::Write(path.clone())));
            emit(Event::Saved(result.map(|w| Done::CustomersSaved {
                customers: w.customers,
                path,
                withheld: w.withheld,
            })));
            outcome
        }
        Request::SaveProblems {
            path,
            headers,
            problems,
        } => {
            let (result, outcome) =
                answer(import::save_problems(&path, &headers, &problems), plain);
            emit(Event::Saved(
                result.map(|rows| Done::RowsSaved { rows, path }),
            ));
            outcome
        }
    }
}

fn imports(store: &Store) -> (Event, Outcome) {
    let (result, outcome) = answer(service::batches::list(store), |_| None);
    let event = match result {
        Ok(batches) => Event::Imports(batches),
        Err(message) => Event::Error(message),
    };
    (event, outcome)
}

/// Sends the counts, the customer list and the Overview. After a change, the request that
/// made it ended as the change did: a failed refresh only sends its error as an event.
fn refresh(store: &Store, emit: &dyn Fn(Event) -> bool) -> Outcome {
    use crate::service::{analytics, batches};
    let result = (|| -> Result<(), service::Error> {
        if !emit(Event::Stats(batches::stats(store)?)) {
            return Ok(());
        }
        if !emit(Event::Customers(batches::customers(store)?)) {
            return Ok(());
        }
        emit(Event::Overview(
            analytics::compute_overview(store, None)?.map(Box::new),
        ));
        Ok(())
    })();
    let (result, outcome) = answer(result, |_| None);
    if let Err(message) = result {
        emit(Event::Error(message));
    }
    outcome
}

fn load_merges(store: &Store, emit: &dyn Fn(Event) -> bool) -> bool {
    emit(match service::dedup::merges(store) {
        Ok(rows) => Event::Merges(rows),
        Err(e) => Event::Error(Failed::plain(Arc::new(e))),
    })
}

fn load_customer(store: &Store, id: i64) -> (Event, Outcome) {
    let (result, outcome) = answer(service::batches::customer(store, id), |_| None);
    let event = match result {
        Ok(data) => Event::Customer {
            id,
            data: data.map(Box::new),
        },
        Err(message) => Event::Error(message),
    };
    (event, outcome)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    /// Answers as the worker does, except that two requests panic.
    fn panics_on_purpose(
        store: &mut Store,
        request: Request,
        emit: &dyn Fn(Event) -> bool,
    ) -> Outcome {
        match request {
            Request::LoadCustomer(-1) => panic!("asked for customer -1"),
            Request::Analytics { job: 99, .. } => panic!("job 99 fell over"),
            request => handle(store, request, emit),
        }
    }

    /// The next event, waiting up to 30 seconds.
    fn next(worker: &Worker) -> Event {
        let start = Instant::now();
        loop {
            if let Some(event) = worker.try_event() {
                return event;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "no answer from the worker"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn a_job_that_panics_is_answered_with_an_error_and_the_worker_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let worker = Worker::start_with(
            dir.path().join("shop.sqlite"),
            Box::new(|| {}),
            panics_on_purpose,
        )
        .unwrap();
        assert!(matches!(next(&worker), Event::Opened { has_data: false }));
        assert!(matches!(
            next(&worker),
            Event::Settings { saved: false, .. }
        ));

        assert!(worker.send(Request::LoadCustomer(-1)));
        match next(&worker) {
            Event::Error(failed) => assert_eq!(
                crate::text::english(&failed),
                "the job stopped on an internal error and nothing was changed (asked for customer -1); please report it"
            ),
            other => panic!("expected an error, got {other:?}"),
        }

        // A job the window waits for by its number gets the answer that ends it.
        assert!(worker.send(Request::Analytics {
            job: 99,
            as_of: None,
            before: None,
            cancel: Arc::default(),
        }));
        match next(&worker) {
            Event::Analytics { job: 99, result } => {
                let message = result.err().map(|e| e.to_string()).unwrap_or_default();
                assert!(message.contains("job 99 fell over"), "{message}");
            }
            other => panic!("expected the figures' answer, got {other:?}"),
        }

        // The worker still serves.
        assert!(worker.send(Request::LoadImports));
        match next(&worker) {
            Event::Imports(imports) => assert!(imports.is_empty()),
            other => panic!("expected the imports, got {other:?}"),
        }
    }

    /// Every reply until each of `ids` has had its final reply (at most 60 seconds).
    fn replies_until_finished(worker: &Worker, ids: &[RequestId]) -> Vec<Reply> {
        let start = Instant::now();
        let mut replies = Vec::new();
        let finished = |replies: &[Reply]| {
            ids.iter().all(|id| {
                replies
                    .iter()
                    .any(|r| matches!(r, Reply::Finished { id: f, .. } if f == id))
            })
        };
        while !finished(&replies) {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "no final reply: {replies:?}"
            );
            match worker.try_reply() {
                Ok(Some(reply)) => replies.push(reply),
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(WorkerGone) => panic!("the worker stopped"),
            }
        }
        replies
    }

    #[test]
    fn every_request_gets_its_number_and_exactly_one_final_reply() {
        let dir = tempfile::tempdir().unwrap();
        let worker = Worker::start(dir.path().join("shop.sqlite"), Box::new(|| {})).unwrap();
        let stopped: CancelFlag = Arc::new(std::sync::atomic::AtomicBool::new(true));
        let requests = vec![
            Request::Refresh,
            Request::LoadImports,
            Request::LoadMerges,
            Request::LoadCustomer(12_345),
            Request::FindDuplicates {
                job: 1,
                cancel: Arc::default(),
            },
            // Stopped before it starts.
            Request::Analytics {
                job: 2,
                as_of: None,
                before: None,
                cancel: stopped,
            },
            // There is no import 77.
            Request::UndoImport(77),
        ];
        let ids: Vec<RequestId> = requests
            .into_iter()
            .map(|r| worker.submit(r).unwrap())
            .collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, ids, "numbers are given in order, each once");

        let replies = replies_until_finished(&worker, &ids);
        for id in &ids {
            let finals: Vec<usize> = replies
                .iter()
                .enumerate()
                .filter(|(_, r)| matches!(r, Reply::Finished { id: f, .. } if f == id))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(finals.len(), 1, "request {id:?}: {replies:?}");
            let after = replies
                .iter()
                .skip(finals[0] + 1)
                .any(|r| matches!(r, Reply::Event { id: Some(e), .. } if e == id));
            assert!(!after, "request {id:?} sent an event after its final reply");
        }
        // Events belong to the requests asked, or to the worker's opening.
        for reply in &replies {
            if let Reply::Event { id: Some(id), .. } = reply {
                assert!(ids.contains(id), "{reply:?}");
            }
        }
        let outcome = |id: RequestId| {
            replies.iter().find_map(|r| match r {
                Reply::Finished { id: f, outcome } if *f == id => Some(outcome),
                _ => None,
            })
        };
        assert!(matches!(outcome(ids[0]), Some(Outcome::Done)));
        assert!(matches!(outcome(ids[4]), Some(Outcome::Done)));
        assert!(matches!(
            outcome(ids[5]),
            Some(Outcome::Cancelled(service::Job::Segments))
        ));
        assert!(matches!(
            outcome(ids[6]),
            Some(Outcome::Failed(e)) if matches!(e.as_ref(), service::Error::Store(_))
        ));
        // The duplicates' answer came as an event of its request.
        assert!(replies.iter().any(|r| matches!(
            r,
            Reply::Event { id: Some(id), event: Event::Duplicates { job: 1, result: Ok(_) } } if *id == ids[4]
        )));
    }

    #[test]
    fn a_worker_that_stopped_says_so_and_a_new_one_serves() {
        let dir = tempfile::tempdir().unwrap();
        // A folder cannot be opened as a database: the worker says so and its thread ends.
        let worker = Worker::start(dir.path().to_path_buf(), Box::new(|| {})).unwrap();
        let start = Instant::now();
        let mut seen = Vec::new();
        let gone = loop {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the worker neither answered nor stopped: {seen:?}"
            );
            match worker.try_reply() {
                Ok(Some(reply)) => seen.push(reply),
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(gone) => break gone,
            }
        };
        assert_eq!(gone, WorkerGone);
        assert!(matches!(
            seen.as_slice(),
            [Reply::Event {
                id: None,
                event: Event::OpenFailed(_)
            }]
        ));
        assert_eq!(worker.submit(Request::Refresh), Err(SendError::Gone));
        assert!(!worker.send(Request::Refresh));

        // Started again on a database it can open, it serves.
        let worker = Worker::start(dir.path().join("shop.sqlite"), Box::new(|| {})).unwrap();
        let id = worker.submit(Request::LoadImports).unwrap();
        let replies = replies_until_finished(&worker, &[id]);
        assert!(replies.iter().any(|r| matches!(
            r,
            Reply::Event { id: Some(i), event: Event::Imports(list) } if *i == id && list.is_empty()
        )));
    }
}
