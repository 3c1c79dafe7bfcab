//! Background work: one named worker thread owns the database connection and runs every
//! read and write the window asks for, so the window never waits on the database.
//!
//! Requests go in and events come out over bounded channels. Slow jobs report progress
//! and stop when their cancel flag is raised, leaving the database as it was (every write
//! is one transaction). The worker calls a wake-up callback after each event so the window
//! repaints; it knows nothing of egui.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use chrono::NaiveDate;

use crate::analytics::{Overview, build_orders, default_as_of, overview};
use crate::demo::DemoOptions;
use crate::store::{
    ContactField, CustomerDetail, CustomerRow, OrderLine, Stats, Store, StoreError,
};

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
    /// A read failed.
    Error(String),
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
    let store = match Store::open(&path) {
        Ok(s) => s,
        Err(e) => {
            emit(Event::OpenFailed(e.to_string()));
            return;
        }
    };
    match store.has_shop_data() {
        Ok(has_data) => emit(Event::Opened { has_data }),
        Err(e) => emit(Event::OpenFailed(e.to_string())),
    };
    while let Ok(request) = requests.recv() {
        let go_on = match request {
            Request::Refresh => refresh(&store, &emit),
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
