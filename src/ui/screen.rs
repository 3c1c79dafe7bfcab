//! What a screen of the window is ([`Screen`]) and what it may read and ask for while it
//! draws or hears from the worker ([`Cx`]).
//!
//! A screen owns its own state. It reads the shop's shared figures through [`Cx`], records
//! what it wants done as [`Command`]s, and may start jobs and send requests to the worker;
//! the application sends those after the screen returns, in one place
//! ([`crate::ui::app::ClienteleApp`]), where the answers still owed are counted.

use std::any::Any;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::analytics::Overview;
use crate::customers::{CustomerIndex, Sort};
use crate::format::Formats;
use crate::jobs::{CancelFlag, Event, Request};
use crate::settings::ShopSettings;
use crate::store::Stats;

use super::app::{Command, DbState, JobView, Tab};
use super::insights::Insights;

/// One screen of the window (a tab).
pub trait Screen: Any {
    /// The label of its tab, in the window's language.
    fn title(&self) -> String;

    /// Draws the screen in the space below the tabs and above the status bar.
    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui);

    /// Hears every event from the worker, after the application has counted it and kept
    /// what the screens share; a screen keeps what concerns it.
    fn on_event(&mut self, _cx: &mut Cx, _event: &Event) {}

    /// Hears every command recorded in the frame, after the application has applied its
    /// own part; a screen carries out what concerns it.
    fn on_command(&mut self, _cx: &mut Cx, _command: &Command) {}
}

/// A screen of the table: its key (remembered between runs), its Ctrl+key shortcut and how
/// to make it.
pub struct ScreenEntry {
    /// Which tab it is.
    pub tab: Tab,
    /// Ctrl (Cmd) + this key shows it.
    pub shortcut: egui::Key,
    /// Makes the screen in its first state.
    pub make: fn() -> Box<dyn Screen>,
}

/// Makes a screen in its default state (the constructor of most entries of the table).
pub fn make<S: Screen + Default>() -> Box<dyn Screen> {
    Box::<S>::default()
}

/// What screens ask for while they draw or hear events: sent and shown by the application
/// after the screen returns.
#[derive(Default)]
pub struct Outbox {
    /// Commands to apply after the frame.
    pub commands: Vec<Command>,
    /// Requests for the worker.
    pub requests: Vec<Request>,
    /// Messages for the status bar, and whether each is an error.
    pub notices: Vec<(String, bool)>,
    /// Jobs started, for the status bar.
    pub jobs: Vec<JobView>,
    /// The id the next job gets.
    pub next_job: u64,
}

/// What a screen reads (the shop's shared figures and settings) and where it records what it
/// wants done.
pub struct Cx<'a> {
    /// The database file.
    pub db_path: &'a Path,
    /// Where opening the database stands.
    pub db: &'a DbState,
    /// Latest counts, once known.
    pub stats: Option<&'a Stats>,
    /// The shop's settings.
    pub settings: &'a ShopSettings,
    /// How the shop writes numbers, amounts and dates.
    pub formats: &'a Formats,
    /// Overview figures: `None` while loading, `Some(None)` when there are no sales.
    pub overview: &'a Option<Option<Box<Overview>>>,
    /// The customer list, once loaded (searching it keeps a cache, hence `mut`).
    pub customers: Option<&'a mut CustomerIndex>,
    /// How the customer list is sorted (a preference).
    pub customer_sort: Sort,
    /// The Segments and Charts figures and the dates they are asked for.
    pub insights: &'a mut Insights,
    /// Running jobs.
    pub jobs: &'a [JobView],
    /// Goes up whenever the shop's data may have changed.
    pub data_generation: u64,
    /// Whether an edit can be undone.
    pub can_undo: bool,
    /// Whether an undone edit can be redone.
    pub can_redo: bool,
    /// Where requests and commands go.
    pub out: &'a mut Outbox,
}

impl Cx<'_> {
    /// Records a command to apply after this frame.
    pub fn command(&mut self, command: Command) {
        self.out.commands.push(command);
    }

    /// Asks the worker for something; the application sends it and counts the answer owed.
    pub fn send(&mut self, request: Request) {
        self.out.requests.push(request);
    }

    /// Shows a message in the status bar (in red when it is an error).
    pub fn notify(&mut self, text: impl Into<String>, is_error: bool) {
        self.out.notices.push((text.into(), is_error));
    }

    /// An amount with the shop's currency: `1 234,56 €`, `$1,234.56`.
    pub fn money(&self, cents: i64) -> String {
        self.formats.money(cents)
    }

    /// A new job shown in the status bar with progress and Cancel: its id and cancel flag.
    pub fn start_job(&mut self, label: &str, stage: &str) -> (u64, CancelFlag) {
        let id = self.out.next_job;
        self.out.next_job += 1;
        let cancel: CancelFlag = Arc::new(AtomicBool::new(false));
        self.out.jobs.push(JobView {
            id,
            label: label.into(),
            stage: stage.into(),
            fraction: 0.0,
            cancel: cancel.clone(),
        });
        (id, cancel)
    }

    /// Stops the job in `running`, if any, and starts a new one in its place (shown in the
    /// status bar); its id is kept in `running`.
    pub fn restart_job(
        &mut self,
        running: &mut Option<u64>,
        label: &str,
        stage: &str,
    ) -> (u64, CancelFlag) {
        if let Some(old) = running.take() {
            self.cancel_job(old);
        }
        let (job, cancel) = self.start_job(label, stage);
        *running = Some(job);
        (job, cancel)
    }

    /// A customer's name as lists show it: from the customer list once loaded, else from
    /// `external_ref` or the number.
    pub fn customer_name(&self, id: i64, external_ref: Option<&str>) -> String {
        let row = self
            .customers
            .as_deref()
            .and_then(|index| index.position_of(id).and_then(|pos| index.row(pos)));
        match row {
            Some(r) => r.shown_name(),
            None => crate::customers::shown_name("", external_ref.unwrap_or_default(), id),
        }
    }

    /// Asks a running job to stop.
    pub fn cancel_job(&self, id: u64) {
        if let Some(job) = self.jobs.iter().chain(&self.out.jobs).find(|j| j.id == id) {
            job.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// The running job with this id.
    pub fn job(&self, id: u64) -> Option<&JobView> {
        self.jobs.iter().find(|j| j.id == id)
    }
}
