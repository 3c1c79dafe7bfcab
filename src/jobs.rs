//! Background work: one named worker thread owns the database connection and runs every
//! read and write the window asks for, so the window never waits on the database.
//!
//! Requests go in and events come out over bounded channels. Slow jobs report progress
//! and stop when their cancel flag is raised, leaving the database as it was (every write
//! is one transaction). The worker calls a wake-up callback after each event so the window
//! repaints; it knows nothing of egui.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use chrono::NaiveDate;

use crate::analytics::dashboard::ShopAnalytics;
use crate::analytics::{Overview, build_orders, default_as_of, overview};
use crate::dedup::review::DuplicateQueue;
use crate::demo::DemoOptions;
use crate::ingest::import::{ImportError, ImportOptions, ImportReport, Plan};
use crate::ingest::mapping::{Field, ImportKind, guess_mapping};
use crate::ingest::values::{DateRules, Decimal, unguard};
use crate::model::MergePlan;
use crate::model::{BatchSummary, CustomerRow};
use crate::settings::ShopSettings;
use crate::store::{
    BatchContents, ContactField, CustomerDetail, NewProblem, OrderLine, Stats, Store, StoreError,
    UndoSummary, layout_key,
};
use crate::store::{MergeRow, SavedSegment};

/// A job's cancel flag, shared between the window and the worker.
pub type CancelFlag = Arc<AtomicBool>;

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
    /// Hand a made report to the system's printing ([`Event::Saved`] says what happened).
    PrintReport {
        /// The PDF.
        pdf: Arc<Vec<u8>>,
        /// The printer, copies and paper chosen.
        choice: crate::report::print::PrintChoice,
    },
}

/// A report made for the Reports tab: the PDF and pictures of its pages.
#[derive(Clone, Debug)]
pub struct MadeReport {
    /// The options it was made with.
    pub options: crate::report::ReportOptions,
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period.
    pub to: NaiveDate,
    /// The PDF file's bytes.
    pub pdf: Arc<Vec<u8>>,
    /// Every page, drawn.
    pub pages: Vec<crate::report::preview::PageImage>,
    /// Orders in the period (zero: the period holds no sale).
    pub period_orders: i64,
}

/// How a planned file's columns are mapped to fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MappingChoice {
    /// A new file: guess what it holds (contacts or sales) and the mapping, unless a mapping
    /// was remembered for its header layout.
    Guess,
    /// The person chose contacts or sales: the remembered mapping when it is for that kind,
    /// else guesses.
    GuessForKind,
    /// `options.map` is the whole mapping: columns it does not name are kept as extra.
    Exact,
}

/// A file ready to import, as the Import tab shows it.
#[derive(Clone, Debug)]
pub struct PlannedImport {
    /// The file.
    pub path: PathBuf,
    /// How it will be read.
    pub plan: Plan,
    /// The options it was planned with; `map` names every mapped column.
    pub options: ImportOptions,
    /// Why it cannot be imported as mapped (a sales file without a date column).
    pub blocker: Option<String>,
    /// The mapping came from the last import of this header layout.
    pub remembered: bool,
    /// What it holds was guessed from the columns.
    pub kind_guessed: bool,
    /// The newest import of the same file (same SHA-256), when it was imported before.
    pub earlier: Option<BatchSummary>,
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
    OpenFailed(String),
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
        /// Why, in plain words.
        message: String,
    },
    /// A job moved on.
    Progress {
        /// The job.
        job: u64,
        /// 0..1.
        fraction: f32,
        /// What it is doing now.
        stage: String,
    },
    /// A job ended.
    JobDone {
        /// The job.
        job: u64,
        /// A plain summary, or why it failed or stopped.
        outcome: Result<String, String>,
    },
    /// A file was planned (or could not be read). Always followed by
    /// [`Event::ImportChecked`] for the same job.
    ImportPlanned {
        /// The check job.
        job: u64,
        /// The plan, or why the file cannot be read, in plain words.
        result: Result<Box<PlannedImport>, String>,
    },
    /// The dry run of a planned file ended; this ends a [`Request::PlanImport`].
    ImportChecked {
        /// The check job.
        job: u64,
        /// `None` when nothing was checked (the plan failed or is blocked); else the report
        /// or why the check failed or stopped.
        result: Option<Result<Box<ImportReport>, String>>,
    },
    /// An import ended; [`Event::JobDone`] follows.
    ImportDone {
        /// The job.
        job: u64,
        /// What was imported, or why nothing was.
        result: Result<Box<ImportReport>, String>,
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
        result: Result<UndoSummary, String>,
    },
    /// The problems of an import, in row order.
    Problems {
        /// The import.
        batch: i64,
        /// Every problem recorded.
        problems: Vec<NewProblem>,
    },
    /// A file was written (`Ok` says where) or not.
    Saved(Result<String, String>),
    /// The Segments and Charts figures (job `job`), or why not.
    Analytics {
        /// The job.
        job: u64,
        /// The figures (`None` when there are no sales), or the error in plain words.
        result: Result<Option<Arc<ShopAnalytics>>, String>,
    },
    /// The saved segments, or an error.
    SavedSegments(Result<Vec<SavedSegment>, String>),
    /// A list of customers was written (job `job`; `Ok` says where) or not.
    Exported {
        /// The job.
        job: u64,
        /// What happened, in plain words.
        result: Result<String, String>,
    },
    /// The report (job `job`), or why not.
    Report {
        /// The job.
        job: u64,
        /// The report, or the error in plain words.
        result: Result<Box<MadeReport>, String>,
    },
    /// A read failed.
    Error(String),
    /// Detection ended with this review queue (or why not).
    Duplicates {
        /// The job.
        job: u64,
        /// The groups to review.
        result: Result<Box<DuplicateQueue>, String>,
    },
    /// Merges were saved (`Ok`: contacts merged away) or not.
    Merged {
        /// The job.
        job: u64,
        /// The review's groups merged.
        groups: Vec<usize>,
        /// Contacts merged away, or why nothing was.
        result: Result<usize, String>,
    },
    /// A "not the same person" decision was saved (or not).
    NotDuplicates {
        /// The review's group.
        group: usize,
        /// Saved, or why not.
        result: Result<(), String>,
    },
    /// The merge history, newest first.
    Merges(Vec<MergeRow>),
    /// Merges were undone (the plain summary) or not.
    Unmerged(Result<String, String>),
}

/// The window's handle on the worker thread.
pub struct Worker {
    requests: SyncSender<Request>,
    events: Receiver<Event>,
}

impl Worker {
    /// Starts the worker on the database at `path`; `wake` is called after every event.
    pub fn start(path: PathBuf, wake: Box<dyn Fn() + Send>) -> std::io::Result<Worker> {
        let (req_tx, req_rx) = sync_channel::<Request>(64);
        let (ev_tx, ev_rx) = sync_channel::<Event>(256);
        std::thread::Builder::new()
            .name("clientele-worker".into())
            .spawn(move || run(path, req_rx, ev_tx, wake))?;
        Ok(Worker {
            requests: req_tx,
            events: ev_rx,
        })
    }

    /// Queues a request without waiting; returns false when the queue is full or the worker
    /// has stopped.
    pub fn send(&self, request: Request) -> bool {
        self.requests.try_send(request).is_ok()
    }

    /// The next event, if one is waiting.
    pub fn try_event(&self) -> Option<Event> {
        // Empty and disconnected both mean: nothing to show now.
        self.events.try_recv().ok()
    }
}

fn run(
    path: PathBuf,
    requests: Receiver<Request>,
    events: SyncSender<Event>,
    wake: Box<dyn Fn() + Send>,
) {
    let emit = |e: Event| {
        let ok = events.send(e).is_ok();
        wake();
        ok
    };
    let mut store = match Store::open(&path) {
        Ok(s) => s,
        Err(e) => {
            emit(Event::OpenFailed(e.to_string()));
            return;
        }
    };
    match store.has_shop_data() {
        Ok(has_data) => {
            emit(Event::Opened { has_data })
                && match store.settings() {
                    Ok(settings) => emit(Event::Settings {
                        settings,
                        saved: false,
                    }),
                    Err(e) => {
                        tracing::warn!("the shop's settings could not be read: {e}");
                        true
                    }
                }
        }
        Err(e) => emit(Event::OpenFailed(e.to_string())),
    };
    while let Ok(request) = requests.recv() {
        let go_on = match request {
            Request::Refresh => refresh(&store, &emit),
            Request::SaveSettings(settings) => match store
                .save_settings(&settings)
                .and_then(|()| store.settings())
            {
                Ok(settings) => emit(Event::Settings {
                    settings,
                    saved: true,
                }),
                Err(e) => emit(Event::Error(format!("The settings were not saved: {e}"))),
            },
            Request::LoadCustomer(id) => emit(load_customer(&store, id)),
            Request::Edit(mut edit) => {
                let result = edit
                    .field
                    .normalise(edit.value.as_deref())
                    .and_then(|value| {
                        // Report the value as stored, so undo restores exactly that.
                        edit.value = value;
                        store.update_contact_field(
                            edit.contact_id,
                            edit.field,
                            edit.value.as_deref(),
                        )
                    });
                let event = match result {
                    Ok(old) => {
                        let row = store.customer_row(edit.contact_id).ok().flatten();
                        let detail = load_customer(&store, edit.contact_id);
                        emit(Event::Edited { edit, old, row });
                        detail
                    }
                    Err(e) => Event::EditFailed {
                        edit,
                        message: e.to_string(),
                    },
                };
                emit(event)
            }
            Request::Demo {
                job,
                options,
                replace,
                cancel,
            } => {
                let outcome = run_demo(&store, job, &options, replace, &cancel, &emit);
                let changed = outcome.is_ok();
                emit(Event::JobDone { job, outcome }) && (!changed || refresh(&store, &emit))
            }
            Request::PlanImport {
                job,
                path,
                options,
                mapping,
                cancel,
            } => plan_and_check(&store, job, path, *options, mapping, &cancel, &emit),
            Request::RunImport {
                job,
                path,
                plan,
                options,
                expected_rows,
                cancel,
            } => {
                let result = run_import(
                    &store,
                    job,
                    &path,
                    &plan,
                    &options,
                    expected_rows,
                    &cancel,
                    &emit,
                );
                let outcome = match &result {
                    Ok(report) => Ok(format!(
                        "Imported {} of {} rows from {}.",
                        report.rows_imported, report.rows_read, plan.info.file_name
                    )),
                    Err(e) => Err(e.clone()),
                };
                let changed = outcome.is_ok();
                emit(Event::ImportDone { job, result })
                    && emit(Event::JobDone { job, outcome })
                    && (!changed || refresh(&store, &emit))
            }
            Request::FindDuplicates { job, cancel } => {
                let result = find_duplicates(&store, job, &cancel, &emit);
                emit(Event::Duplicates {
                    job,
                    result: result.map(Box::new),
                })
            }
            Request::Merge {
                job,
                plans,
                groups,
                cancel,
            } => {
                let mut last = -1.0f32;
                let result = store
                    .merge_many(&plans, &mut |done, total| {
                        let fraction = done as f32 / total.max(1) as f32;
                        if fraction - last >= 0.01 {
                            last = fraction;
                            emit(Event::Progress {
                                job,
                                fraction,
                                stage: "Merging".into(),
                            });
                        }
                        !cancel.load(Ordering::Relaxed)
                    })
                    .map(|ids| ids.iter().map(Vec::len).sum())
                    .map_err(|e| match e {
                        StoreError::Cancelled => {
                            "The merge was cancelled; nothing was merged.".to_string()
                        }
                        e => format!("Nothing was merged: {e}"),
                    });
                let changed = result.is_ok();
                emit(Event::Merged {
                    job,
                    groups,
                    result,
                }) && (!changed || (load_merges(&store, &emit) && refresh(&store, &emit)))
            }
            Request::NotDuplicates { group, ids } => {
                let result = (|| -> Result<(), StoreError> {
                    for (i, a) in ids.iter().enumerate() {
                        for b in &ids[i + 1..] {
                            store.add_not_duplicate(*a, *b)?;
                        }
                    }
                    Ok(())
                })()
                .map_err(|e| e.to_string());
                emit(Event::NotDuplicates { group, result })
            }
            Request::LoadMerges => load_merges(&store, &emit),
            Request::Unmerge(ids) => match store.unmerge(&ids) {
                Ok(rows) => {
                    emit(Event::Unmerged(Ok(if rows.len() == 1 {
                        "1 merge undone; the customers are separate again.".to_string()
                    } else {
                        format!(
                            "{} merges undone; the customers are separate again.",
                            rows.len()
                        )
                    }))) && load_merges(&store, &emit)
                        && refresh(&store, &emit)
                }
                Err(e) => emit(Event::Unmerged(Err(format!("Nothing was undone: {e}")))),
            },
            Request::LoadImports => emit(match store.batches() {
                Ok(batches) => Event::Imports(batches),
                Err(e) => Event::Error(e.to_string()),
            }),
            Request::CountBatch(batch) => emit(match store.batch_contents(batch) {
                Ok(contents) => Event::BatchContents { batch, contents },
                Err(e) => Event::Error(e.to_string()),
            }),
            Request::UndoImport(batch) => match store.undo_batch(batch) {
                Ok(summary) => {
                    emit(Event::ImportUndone {
                        batch,
                        result: Ok(summary),
                    }) && emit(match store.batches() {
                        Ok(batches) => Event::Imports(batches),
                        Err(e) => Event::Error(e.to_string()),
                    }) && refresh(&store, &emit)
                }
                Err(e) => emit(Event::ImportUndone {
                    batch,
                    result: Err(e.to_string()),
                }),
            },
            Request::LoadProblems(batch) => emit(match store.batch_problems(batch) {
                Ok(problems) => Event::Problems { batch, problems },
                Err(e) => Event::Error(e.to_string()),
            }),
            Request::Analytics {
                job,
                as_of,
                before,
                cancel,
            } => {
                let result = compute_analytics(&store, as_of, before, job, &cancel, &emit);
                emit(Event::Analytics { job, result })
            }
            Request::ExportListed {
                job,
                ids,
                path,
                cancel,
            } => {
                let result = export_listed(&store, &ids, &path, job, &cancel, &emit);
                emit(Event::Exported { job, result })
            }
            Request::Report {
                job,
                options,
                today,
                pixels_per_point,
                cancel,
            } => {
                let result = make_report(
                    &store,
                    *options,
                    today,
                    pixels_per_point,
                    job,
                    &cancel,
                    &emit,
                );
                emit(Event::Report { job, result })
            }
            Request::SaveReport { pdf, path } => {
                emit(Event::Saved(save_report(&store, &pdf, &path)))
            }
            Request::PrintReport { pdf, choice } => {
                emit(Event::Saved(print_report(&store, &pdf, &choice)))
            }
            Request::LoadSavedSegments => emit(Event::SavedSegments(
                store.saved_segments().map_err(|e| e.to_string()),
            )),
            Request::SaveSegment { name, rule } => {
                let saved = store
                    .save_segment(&name, &rule)
                    .and_then(|_| store.saved_segments());
                emit(Event::SavedSegments(
                    saved.map_err(|e| format!("The segment was not saved: {e}")),
                ))
            }
            Request::DeleteSegment(name) => {
                let left = store
                    .delete_segment(&name)
                    .and_then(|()| store.saved_segments());
                emit(Event::SavedSegments(
                    left.map_err(|e| format!("The segment was not deleted: {e}")),
                ))
            }
            Request::ExportCustomers {
                analytics,
                ids,
                consented_only,
                path,
            } => emit(Event::Saved(
                store
                    .settings()
                    .map_err(|e| e.to_string())
                    .and_then(|settings| {
                        let details = store.contact_details().map_err(|e| e.to_string())?;
                        write_customer_list(
                            &analytics,
                            &details,
                            &ids,
                            consented_only,
                            &settings,
                            &path,
                        )
                    })
                    .map_err(|e| format!("{} could not be written: {e}", path.display())),
            )),
            Request::SaveProblems {
                path,
                headers,
                problems,
            } => {
                let text = crate::ingest::import::problems_csv(&headers, &problems);
                emit(Event::Saved(
                    match crate::report::export::write_private(&path, text) {
                        Ok(()) => Ok(format!(
                            "{} rows saved in {}.",
                            problems.len(),
                            path.display()
                        )),
                        Err(e) => Err(format!("{} could not be written: {e}", path.display())),
                    },
                ))
            }
        };
        if !go_on {
            break;
        }
    }
}

fn refresh(store: &Store, emit: &impl Fn(Event) -> bool) -> bool {
    let result = (|| -> Result<(), StoreError> {
        if !emit(Event::Stats(store.stats()?)) {
            return Ok(());
        }
        if !emit(Event::Customers(store.customer_list()?)) {
            return Ok(());
        }
        emit(Event::Overview(
            compute_overview(store, None)?.map(Box::new),
        ));
        Ok(())
    })();
    match result {
        Ok(()) => true,
        Err(e) => emit(Event::Error(e.to_string())),
    }
}

fn load_merges(store: &Store, emit: &impl Fn(Event) -> bool) -> bool {
    emit(match store.merges() {
        Ok(rows) => Event::Merges(rows),
        Err(e) => Event::Error(e.to_string()),
    })
}

/// Reads every customer, runs detection (minus the pairs declared different people) with
/// the shop's phone country, and builds the review queue at the recommended threshold.
pub fn find_duplicates(
    store: &Store,
    job: u64,
    cancel: &CancelFlag,
    emit: &impl Fn(Event) -> bool,
) -> Result<DuplicateQueue, String> {
    emit(Event::Progress {
        job,
        fraction: 0.0,
        stage: "Reading customers".into(),
    });
    let contacts = store.dedup_contacts().map_err(|e| e.to_string())?;
    let options = crate::dedup::Options {
        phone_country: Some(store.settings().map_err(|e| e.to_string())?.phone_country),
        not_duplicates: store.not_duplicates().map_err(|e| e.to_string())?,
    };
    let mut last = -1.0f32;
    let found = crate::dedup::review::find(&contacts, &options, None, &mut |fraction, stage| {
        if fraction - last >= 0.01 {
            last = fraction;
            emit(Event::Progress {
                job,
                fraction: 0.05 + 0.95 * fraction,
                stage: stage.to_string(),
            });
        }
        !cancel.load(Ordering::Relaxed)
    });
    match found {
        Ok((_, queue)) => Ok(queue),
        Err(_) => Err("Finding duplicates was cancelled.".into()),
    }
}

/// Reads the shop and computes the Segments and Charts figures, reporting progress as job
/// `job`; `Ok(None)` when there are no sales.
pub fn compute_analytics(
    store: &Store,
    as_of: Option<NaiveDate>,
    before: Option<NaiveDate>,
    job: u64,
    cancel: &CancelFlag,
    emit: &impl Fn(Event) -> bool,
) -> Result<Option<Arc<ShopAnalytics>>, String> {
    let step = stepper(job, cancel, emit, "Working out the segments was cancelled.");
    step(0.0, "Reading sales")?;
    let facts = store.sale_facts().map_err(|e| e.to_string())?;
    if facts.is_empty() {
        return Ok(None);
    }
    let as_of = as_of.unwrap_or_else(|| default_as_of(&facts, chrono::Local::now().date_naive()));
    let orders = build_orders(&facts);
    drop(facts);
    step(0.3, "Reading products and channels")?;
    let details = store.sale_details().map_err(|e| e.to_string())?;
    step(0.6, "Reading customers")?;
    let profiles = store.customer_profiles().map_err(|e| e.to_string())?;
    step(0.7, "Working out segments")?;
    let mut analytics =
        crate::analytics::dashboard::compute(&orders, &details, &profiles, as_of, before);
    analytics.profiles = profiles;
    step(1.0, "Done")?;
    Ok(Some(Arc::new(analytics)))
}

/// A job's step: reports progress, then says whether the window asked to stop (`Err` with
/// `cancelled` when it did).
fn stepper<'a>(
    job: u64,
    cancel: &'a CancelFlag,
    emit: &'a impl Fn(Event) -> bool,
    cancelled: &'static str,
) -> impl Fn(f32, &str) -> Result<(), String> + 'a {
    move |fraction, stage| {
        emit(Event::Progress {
            job,
            fraction,
            stage: stage.into(),
        });
        if cancel.load(Ordering::Relaxed) {
            Err(cancelled.into())
        } else {
            Ok(())
        }
    }
}

/// Writes the customers `ids` with their figures worked out now (the Customers tab's list,
/// when the Segments figures are not at hand). A shop without sales still gets its list,
/// with the figures left empty.
fn export_listed(
    store: &Store,
    ids: &[i64],
    path: &Path,
    job: u64,
    cancel: &CancelFlag,
    emit: &impl Fn(Event) -> bool,
) -> Result<String, String> {
    let analytics = match compute_analytics(store, None, None, job, cancel, emit)? {
        Some(figures) => figures,
        None => {
            let profiles = store.customer_profiles().map_err(|e| e.to_string())?;
            let today = chrono::Local::now().date_naive();
            let facts = crate::analytics::rules::customer_facts(
                &profiles,
                &[],
                &[],
                &std::collections::BTreeMap::new(),
                &crate::analytics::rfm::lifecycle(&[], today),
                today,
            );
            Arc::new(ShopAnalytics {
                as_of: today,
                profiles,
                facts,
                ..ShopAnalytics::default()
            })
        }
    };
    emit(Event::Progress {
        job,
        fraction: 1.0,
        stage: "Writing the file".into(),
    });
    let settings = store.settings().map_err(|e| e.to_string())?;
    let details = store.contact_details().map_err(|e| e.to_string())?;
    write_customer_list(&analytics, &details, ids, false, &settings, path)
        .map_err(|e| format!("{} could not be written: {e}", path.display()))
}

/// Makes the report and draws its pages for the Reports tab.
pub fn make_report(
    store: &Store,
    options: crate::report::ReportOptions,
    today: NaiveDate,
    pixels_per_point: f32,
    job: u64,
    cancel: &CancelFlag,
    emit: &impl Fn(Event) -> bool,
) -> Result<Box<MadeReport>, String> {
    const CANCELLED: &str = "Making the report was cancelled.";
    let step = stepper(job, cancel, emit, CANCELLED);
    step(0.0, "Reading sales")?;
    let data = report_data(store, &options, today).map_err(|e| e.to_string())?;
    step(0.5, "Laying out the pages")?;
    let pdf = crate::report::render(&data).map_err(|e| e.to_string())?;
    step(0.7, "Drawing the preview")?;
    let pages = crate::report::preview::pages(&pdf, pixels_per_point, &mut |done, total| {
        step(
            0.7 + 0.3 * done as f32 / total.max(1) as f32,
            "Drawing the preview",
        )
        .is_ok()
    })?
    .ok_or_else(|| CANCELLED.to_string())?;
    Ok(Box::new(MadeReport {
        options,
        from: data.from,
        to: data.to,
        pdf: Arc::new(pdf),
        pages,
        period_orders: data.current.orders,
    }))
}

/// Writes a made report to `path` (through a temporary file beside it, so a failed write
/// never leaves half a PDF) and records the export.
fn save_report(store: &Store, pdf: &[u8], path: &Path) -> Result<String, String> {
    let shown = path.display().to_string();
    let partial = path.with_extension("pdf.part");
    crate::report::export::write_private(&partial, pdf)
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            format!("{shown} could not be written: {e}")
        })?;
    store
        .audit_export("report", &shown, 1)
        .map_err(|e| e.to_string())?;
    Ok(format!("Report saved in {shown}."))
}

/// Hands a made report to the system's printing through a file in the temporary folder,
/// and records it as an export when the system took it.
fn print_report(
    store: &Store,
    pdf: &[u8],
    choice: &crate::report::print::PrintChoice,
) -> Result<String, String> {
    let dir = std::env::temp_dir().join("clientele-print");
    let path = dir.join("Clientele report.pdf");
    std::fs::create_dir_all(&dir)
        .and_then(|()| crate::report::export::write_private(&path, pdf))
        .map_err(|e| format!("The report could not be made ready for printing: {e}."))?;
    let said = crate::report::print::print_pdf_with(&path, choice)?;
    store
        .audit_export("report", "printer", 1)
        .map_err(|e| e.to_string())?;
    Ok(said)
}

/// Writes the customers `ids` (in that order) of `analytics` as CSV or XLSX (by the file's
/// extension), as `clientele export` writes customers; returns a plain summary.
pub fn write_customer_list(
    analytics: &ShopAnalytics,
    details: &std::collections::HashMap<i64, crate::model::ContactDetails>,
    ids: &[i64],
    consented_only: bool,
    settings: &ShopSettings,
    path: &Path,
) -> Result<String, String> {
    use crate::report::export::{CUSTOMER_COLUMNS, Table, customer_row, write_file};
    let mut table = Table {
        columns: CUSTOMER_COLUMNS.to_vec(),
        rows: Vec::with_capacity(ids.len()),
    };
    for id in ids {
        let Ok(i) = analytics.facts.binary_search_by_key(id, |c| c.customer_id) else {
            continue;
        };
        let (Some(p), Some(c)) = (analytics.profiles.get(i), analytics.facts.get(i)) else {
            continue;
        };
        if consented_only && c.consent != "yes" {
            continue;
        }
        table
            .rows
            .push(customer_row(p, details.get(id), c, analytics.as_of));
    }
    write_file(path, &table, settings, "Customers").map_err(|e| e.to_string())?;
    Ok(format!(
        "{} customers saved in {}.",
        table.rows.len(),
        path.display()
    ))
}

/// Loads the sale lines and computes the Overview as of `as_of` (default: the last sale).
pub fn compute_overview(
    store: &Store,
    as_of: Option<NaiveDate>,
) -> Result<Option<Overview>, StoreError> {
    let facts = store.sale_facts()?;
    if facts.is_empty() {
        return Ok(None);
    }
    let as_of = as_of.unwrap_or_else(|| default_as_of(&facts, chrono::Local::now().date_naive()));
    let orders = build_orders(&facts);
    drop(facts);
    Ok(Some(overview(&orders, as_of)))
}

/// Reads what the printed report needs and computes it: the same call for the command
/// line and the window. `today` is the day printed as "prepared on".
pub fn report_data(
    store: &Store,
    options: &crate::report::ReportOptions,
    today: NaiveDate,
) -> Result<crate::report::ReportData, StoreError> {
    let facts = store.sale_facts()?;
    let (from, to) = crate::report::data::period_of(options, &facts, today);
    let input = crate::report::ReportInput {
        settings: store.settings()?,
        channel_category: store.revenue_by_channel_and_category(from, to)?,
        profiles: store.customer_profiles()?,
        batches: store.batches()?,
        facts,
        today,
    };
    Ok(crate::report::gather(&input, options))
}

fn load_customer(store: &Store, id: i64) -> Event {
    let result = (|| -> Result<_, StoreError> {
        let Some(detail) = store.customer_detail(id)? else {
            return Ok(None);
        };
        let sales = store.customer_sales(id)?;
        Ok(Some(Box::new((detail, sales))))
    })();
    match result {
        Ok(data) => Event::Customer { id, data },
        Err(e) => Event::Error(e.to_string()),
    }
}

/// Generates the demo shop and writes it; shared by the window and `clientele demo`.
/// `progress(fraction, stage)` returns false to cancel.
pub fn fill_demo(
    store: &Store,
    options: &DemoOptions,
    replace: bool,
    progress: &mut dyn FnMut(f32, &str) -> bool,
) -> Result<i64, StoreError> {
    // Generating is about a third of the work, writing the rest.
    let shop = crate::demo::generate_with_progress(options, &mut |done, total| {
        progress(
            0.3 * done as f32 / total.max(1) as f32,
            "Creating the demo shop",
        )
    })
    .ok_or(StoreError::Cancelled)?;
    tracing::info!(
        "demo shop generated: {} contacts, {} sale lines",
        shop.contacts.len(),
        shop.sales.len()
    );
    let batch = crate::store::NewBatch {
        kind: crate::store::BatchKind::Demo,
        file_name: None,
        file_sha256: None,
        sheet: None,
        options: serde_json::json!({
            "customers": options.customers,
            "years": options.years,
            "seed": options.seed,
            "end": options.end.to_string(),
        }),
        rows_read: (shop.contacts.len() + shop.sales.len()) as u64,
        rows_rejected: 0,
        replace_existing: replace,
    };
    store.write_batch(&batch, &shop.contacts, &shop.sales, &mut |done, total| {
        progress(
            0.3 + 0.7 * done as f32 / total.max(1) as f32,
            "Saving the demo shop",
        )
    })
}

fn run_demo(
    store: &Store,
    job: u64,
    options: &DemoOptions,
    replace: bool,
    cancel: &CancelFlag,
    emit: &impl Fn(Event) -> bool,
) -> Result<String, String> {
    let mut last = -1.0f32;
    let result = fill_demo(store, options, replace, &mut |fraction, stage| {
        if fraction - last >= 0.01 {
            last = fraction;
            emit(Event::Progress {
                job,
                fraction,
                stage: stage.to_string(),
            });
        }
        !cancel.load(Ordering::Relaxed)
    });
    match result {
        Ok(_) => Ok(format!(
            "The demo shop is ready: {} customers over {} years.",
            options.customers, options.years
        )),
        Err(StoreError::Cancelled) => {
            Err("Loading the demo shop was cancelled; nothing was changed.".into())
        }
        Err(e) => Err(e.to_string()),
    }
}

/// Plans a file for the Import tab and checks every row without writing.
fn plan_and_check(
    store: &Store,
    job: u64,
    path: PathBuf,
    options: ImportOptions,
    mapping: MappingChoice,
    cancel: &CancelFlag,
    emit: &impl Fn(Event) -> bool,
) -> bool {
    let planned = match plan_for_window(store, &path, options, mapping) {
        Ok(p) => p,
        Err(message) => {
            return emit(Event::ImportPlanned {
                job,
                result: Err(message),
            }) && emit(Event::ImportChecked { job, result: None });
        }
    };
    let blocked = planned.blocker.is_some();
    let plan = planned.plan.clone();
    let mut options = planned.options.clone();
    if !emit(Event::ImportPlanned {
        job,
        result: Ok(Box::new(planned)),
    }) {
        return false;
    }
    if blocked {
        return emit(Event::ImportChecked { job, result: None });
    }
    options.dry_run = true;
    let expected = estimated_rows(&path, &plan);
    let result = run_import(store, job, &path, &plan, &options, expected, cancel, emit);
    emit(Event::ImportChecked {
        job,
        result: Some(result),
    })
}

/// Runs (or, with `options.dry_run`, checks) an import with progress and cancel; after a
/// real import, remembers the mapping for the file's header layout.
#[allow(clippy::too_many_arguments)]
fn run_import(
    store: &Store,
    job: u64,
    path: &Path,
    plan: &Plan,
    options: &ImportOptions,
    expected_rows: u64,
    cancel: &CancelFlag,
    emit: &impl Fn(Event) -> bool,
) -> Result<Box<ImportReport>, String> {
    let verb = if options.dry_run {
        "Checking"
    } else {
        "Importing"
    };
    emit(Event::Progress {
        job,
        fraction: 0.0,
        stage: format!("{verb} {}", plan.info.file_name),
    });
    let result = crate::ingest::import::run(store, path, plan, options, &mut |rows| {
        let fraction = if expected_rows > 0 {
            (rows as f32 / expected_rows as f32).min(0.99)
        } else {
            0.0
        };
        emit(Event::Progress {
            job,
            fraction,
            stage: format!("{verb}: {rows} rows"),
        });
        !cancel.load(Ordering::Relaxed)
    });
    match result {
        Ok(report) => {
            if !options.dry_run {
                let columns: BTreeMap<String, Option<String>> = plan
                    .headers
                    .iter()
                    .zip(&plan.columns)
                    .map(|(h, c)| (h.clone(), c.map(|f| f.name().to_string())))
                    .collect();
                if let Err(e) = store.remember_mapping(
                    &layout_key(&plan.headers),
                    options.kind.as_str(),
                    &columns,
                ) {
                    tracing::warn!("the mapping could not be remembered: {e}");
                }
            }
            Ok(Box::new(report))
        }
        Err(ImportError::Cancelled) if options.dry_run => {
            Err("The check was stopped; nothing was written.".into())
        }
        Err(ImportError::Cancelled) => Err("The import was cancelled; nothing was changed.".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// Rows in the file, estimated from its size and the length of the first rows (for the
/// progress bar of the check; the import itself knows the count from the check).
fn estimated_rows(path: &Path, plan: &Plan) -> u64 {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let sample: usize = plan
        .preview
        .iter()
        .map(|r| r.cells.iter().map(|c| c.len() + 1).sum::<usize>())
        .sum();
    if plan.preview.is_empty() || sample == 0 {
        return 0;
    }
    let per_row = sample as f64 / plan.preview.len() as f64;
    (size as f64 / per_row) as u64
}

/// Plans a file the way the Import tab asks: guessing what it holds, offering the mapping
/// remembered for its header layout, and keeping a plan to show even when the mapping is not
/// complete yet (a sales file whose date column is not chosen), so the person can fix it.
fn plan_for_window(
    store: &Store,
    path: &Path,
    mut options: ImportOptions,
    mapping: MappingChoice,
) -> Result<PlannedImport, String> {
    let first = match plan_lenient(path, &options, mapping == MappingChoice::Exact) {
        Ok(first) => first,
        // A known export of the other kind (a Square sales export, contacts being the
        // default) is refused before anything is guessed: when guessing, take the kind its
        // layout says, as the guess below would.
        Err(ImportError::WrongKind { kind, .. }) if mapping == MappingChoice::Guess => {
            options.kind = if kind == ImportKind::Sales.as_str() {
                ImportKind::Sales
            } else {
                ImportKind::Contacts
            };
            plan_lenient(path, &options, false).map_err(|e| e.to_string())?
        }
        Err(e) => return Err(e.to_string()),
    };
    let mut remembered = false;
    let mut kind_guessed = false;
    let mut again = false;
    if mapping != MappingChoice::Exact {
        let key = layout_key(&first.0.headers);
        let known = store
            .remembered_mapping(&key)
            .map_err(|e| e.to_string())?
            .filter(|m| mapping == MappingChoice::Guess || m.kind == options.kind.as_str());
        if let Some(known) = known {
            options.kind = if known.kind == ImportKind::Sales.as_str() {
                ImportKind::Sales
            } else {
                ImportKind::Contacts
            };
            options.map = first
                .0
                .headers
                .iter()
                .filter_map(|h| {
                    let field = known
                        .columns
                        .get(h)?
                        .as_deref()
                        .and_then(Field::from_name)?;
                    Some((field, h.clone()))
                })
                .collect();
            remembered = true;
            again = true;
        } else if mapping == MappingChoice::Guess {
            kind_guessed = true;
            let samples: Vec<Vec<String>> = first
                .0
                .preview
                .iter()
                .map(|r| r.cells.iter().map(|c| unguard(c).to_string()).collect())
                .collect();
            let guess = guess_mapping(&first.0.headers, &samples, ImportKind::Sales);
            let has = |f: Field| guess.columns.contains(&Some(f));
            let kind = if let Some(layout) = guess.layout {
                layout.kind
            } else if has(Field::SoldAt) && (has(Field::Amount) || has(Field::UnitPrice)) {
                ImportKind::Sales
            } else {
                ImportKind::Contacts
            };
            if kind != options.kind {
                options.kind = kind;
                again = true;
            }
        }
    }
    let exact = mapping == MappingChoice::Exact || remembered;
    let (mut plan, blocker) = if again {
        plan_lenient(path, &options, exact).map_err(|e| e.to_string())?
    } else {
        first
    };
    // The person's choice of date order wins over what the file's dates suggest.
    if let Some(order) = options.default_date_order
        && plan.date_rules.format.is_none()
    {
        plan.date_rules.order = order;
    }
    // Name every mapped column, so the next change starts from what is shown.
    options.map = plan
        .headers
        .iter()
        .zip(&plan.columns)
        .filter_map(|(h, c)| c.map(|f| (f, h.clone())))
        .collect();
    let earlier = store
        .batch_with_sha256(&plan.info.sha256)
        .map_err(|e| e.to_string())?;
    Ok(PlannedImport {
        path: path.to_path_buf(),
        plan,
        options,
        blocker,
        remembered,
        kind_guessed,
        earlier,
    })
}

/// Plans a file; when the mapping is not enough to import (no date or amount for sales),
/// still returns a plan to show, with the reason. With `exact`, columns `options.map` does
/// not name are kept as extra.
fn plan_lenient(
    path: &Path,
    options: &ImportOptions,
    exact: bool,
) -> Result<(Plan, Option<String>), ImportError> {
    let (mut plan, fallback) = match crate::ingest::import::plan(path, options) {
        Ok(plan) => (plan, false),
        Err(ImportError::Mapping(_)) => {
            let (table, preview) = crate::ingest::read::preview(path, &options.read, 1000)?;
            let samples: Vec<Vec<String>> = preview
                .iter()
                .map(|r| r.cells.iter().map(|c| unguard(c).to_string()).collect())
                .collect();
            let guess = guess_mapping(&table.headers, &samples, options.kind);
            let plan = Plan {
                info: table.info,
                headers: table.headers,
                why: guess.why,
                columns: guess.columns,
                layout: guess.layout,
                country: options.phone_country.clone(),
                decimal: options.decimal.unwrap_or(Decimal::Dot),
                date_rules: DateRules {
                    order: options
                        .default_date_order
                        .unwrap_or(crate::model::DateOrder::DayFirst),
                    format: options.date_format.clone(),
                },
                notes: Vec::new(),
                dates_ambiguous: false,
                preview,
                allow_any_date: options.allow_any_date,
            };
            (plan, true)
        }
        Err(e) => return Err(e),
    };
    if exact || fallback {
        for (i, column) in plan.columns.iter_mut().enumerate() {
            let header = plan.headers.get(i);
            *column = options
                .map
                .iter()
                .find(|(_, h)| Some(h) == header)
                .map(|(f, _)| *f)
                .or(if exact { None } else { *column });
        }
    }
    if options.kind == ImportKind::Sales {
        // `plan` checks the sale's date and amount before an exact mapping removes columns,
        // and in words for the command line: check here.
        let has = |f: Field| plan.columns.contains(&Some(f));
        if !has(Field::SoldAt) {
            return Ok((
                plan,
                Some("Choose the column that holds the date of the sale.".into()),
            ));
        }
        if !has(Field::Amount) && !has(Field::UnitPrice) {
            return Ok((
                plan,
                Some(
                    "Choose the column that holds the amount (or the unit price) of the sale."
                        .into(),
                ),
            ));
        }
    }
    Ok((plan, None))
}
