//! The application: the table of screens, what they share, the status bar, keyboard
//! shortcuts, and the one place where the window's intentions become requests to the worker.
//!
//! Screens ([`Screen`]) own their state. While a frame is drawn they record [`Command`]s and
//! requests in the outbox of their [`Cx`]; [`ClienteleApp::apply`] carries the commands out
//! after the frame, and every request is sent from [`ClienteleApp::flush`]: the worker gives
//! it a number, kept until the request's one final reply comes. Replies from the worker are
//! drained at the start of every frame: [`ClienteleApp::on_event`] keeps what the screens
//! share, then hands the event to every screen. When the worker has stopped, every request
//! still owed is ended with an error (so that no screen waits for it), and the window offers
//! to start the worker again.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::analytics::Overview;
use crate::customers::{CustomerIndex, Sort};
use crate::demo::DemoOptions;
use crate::format::Formats;
use crate::jobs::{
    CancelFlag, Edit, EditOrigin, Event, MappingChoice, Reply, Request, RequestId, SendError,
    Unanswered, Worker,
};
use crate::service::{Done, Failed};
use crate::settings::ShopSettings;
use crate::store::{ContactField, NewProblem, Stats};
use crate::text::{Message, local as localized};
use crate::tr;

use super::insights::Insights;
use super::screen::{Cx, Outbox, Screen};
use super::tabs::SCREENS;
use super::{fonts, theme};

pub use super::widgets::dialogs::{Answer, FileAsk, FileDialogs, NativeDialogs};
/// Where the window's preferences are kept by eframe.
pub const PREFS_KEY: &str = "clientele.prefs";

/// How many customers the first-start demo shop has.
pub const DEMO_CUSTOMERS: usize = 5000;

/// A screen of the window, by its key in the table of screens ([`SCREENS`]); remembered
/// between runs by that key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tab(&'static str);

impl Tab {
    /// Key figures and revenue by month.
    pub const OVERVIEW: Tab = Tab("Overview");
    /// Files in: plan, map, check, import; the history with undo.
    pub const IMPORT: Tab = Tab("Import");
    /// The customer list and details.
    pub const CUSTOMERS: Tab = Tab("Customers");
    /// Customers registered more than once: review, merge, unmerge.
    pub const DUPLICATES: Tab = Tab("Duplicates");
    /// RFM segments, value tiers, lifecycle, movement and saved segments.
    pub const SEGMENTS: Tab = Tab("Segments");
    /// Revenue, orders, customers, channels and segments over time.
    pub const CHARTS: Tab = Tab("Charts");
    /// The printed report: period, sections, paper, preview, save and print.
    pub const REPORTS: Tab = Tab("Reports");
    /// Campaigns: new, measured, written out.
    pub const CAMPAIGNS: Tab = Tab("Campaigns");

    /// The screen with this key (used by the table of screens).
    pub const fn new(key: &'static str) -> Tab {
        Tab(key)
    }

    /// The key it is remembered by.
    pub fn key(self) -> &'static str {
        self.0
    }

    /// The screen of the table with this key, if any.
    fn find(key: &str) -> Option<Tab> {
        SCREENS.iter().map(|e| e.tab).find(|t| t.0 == key)
    }
}

impl Default for Tab {
    fn default() -> Tab {
        Tab::OVERVIEW
    }
}

// Written as a unit variant named by its key, as when the tabs were an enum, so that the
// preferences saved before still name the same screen.
impl serde::Serialize for Tab {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let index = SCREENS.iter().position(|e| e.tab == *self).unwrap_or(0);
        s.serialize_unit_variant("Tab", index as u32, self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Tab {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Tab, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Tab;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("the name of a screen")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Tab, E> {
                // A screen that no longer exists opens the Overview.
                Ok(Tab::find(v).unwrap_or_default())
            }
            fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<Tab, A::Error> {
                use serde::de::VariantAccess;
                let (name, variant): (String, A::Variant) = data.variant()?;
                variant.unit_variant()?;
                Ok(Tab::find(&name).unwrap_or_default())
            }
        }
        d.deserialize_enum("Tab", &[], Visit)
    }
}

/// Light, dark, or as the operating system says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        }
    }

    fn label(self) -> String {
        match self {
            ThemeChoice::System => tr!("app-theme-system"),
            ThemeChoice::Light => tr!("app-theme-light"),
            ThemeChoice::Dark => tr!("app-theme-dark"),
        }
    }
}

/// The window's preferences, remembered between runs (business data never goes here).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The last tab shown.
    pub tab: Tab,
    /// Light, dark or system.
    pub theme: ThemeChoice,
    /// How the customer list is sorted.
    pub customer_sort: Sort,
    /// The folders files were opened from or saved to lately, most recent first.
    pub recent_folders: Vec<PathBuf>,
}

/// Something the window wants done, recorded while drawing and applied after the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show a tab.
    SwitchTab(Tab),
    /// Save the shop's settings.
    SaveSettings(ShopSettings),
    /// Run duplicate detection.
    FindDuplicates,
    /// Start the background worker again after it stopped.
    RestartWorker,
    /// Merge one group of the duplicate review, as the reviewer set it up.
    MergeGroup(usize),
    /// Record that a group's contacts are different people.
    NotDuplicates(usize),
    /// Merge every open group at or above this certainty.
    MergeAbove(f64),
    /// Load the merge history.
    LoadMerges,
    /// Undo a merge.
    Unmerge(i64),
    /// Select a customer (or none) in the Customers tab.
    Select(Option<i64>),
    /// Show this customer in the Customers tab, scrolled to (an edit of theirs is undone).
    ShowCustomer(i64),
    /// Put the keyboard in the Customers tab's search box.
    FocusSearch,
    /// Sort the customer list so.
    SortCustomers(Sort),
    /// Change a field.
    Edit {
        /// The contact.
        contact_id: i64,
        /// The field.
        field: ContactField,
        /// The new value.
        value: Option<String>,
    },
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Load the demo shop into the (empty) database.
    LoadDemo,
    /// Stop a running job.
    CancelJob(u64),
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Ask for a file to import with the file dialog (unless an import is running).
    OpenFileDialog,
    /// Show the file dialog for a file to import (the Import screen agreed).
    PickImportFile,
    /// Plan a file for import (picked, dropped or named on the command line).
    OpenImportFile(PathBuf),
    /// Plan the import's file again with the Import tab's options.
    PlanImport(MappingChoice),
    /// Import the planned and checked file.
    StartImport,
    /// Load the history of imports.
    LoadImports,
    /// Ask before undoing an import.
    AskUndoImport(i64),
    /// Undo an import (the person said yes).
    ConfirmUndoImport(i64),
    /// Show the problems of an import.
    ShowProblems(i64),
    /// Compute the Segments and Charts figures for the current data and as-of date.
    ComputeInsights,
    /// Work out the Forecast, Cohorts and Channels figures for the current data, unless
    /// done or under way.
    ComputeTrends,
    /// Work out the Charts tab's Forecast, Cohorts and Channels with other steps or a
    /// range.
    ComputeChartTrends(crate::service::trends::TrendChoice),
    /// Load the saved segments.
    LoadSavedSegments,
    /// Save (or replace) a saved segment.
    SaveSegment {
        /// Its name.
        name: String,
        /// The rule as JSON.
        rule: String,
    },
    /// Delete a saved segment.
    DeleteSegment(String),
    /// Show only these customers in the Customers tab.
    ShowCustomers {
        /// What they are.
        title: String,
        /// Who.
        ids: Arc<Vec<i64>>,
    },
    /// Open the Campaigns screen's "New campaign" form with this list as its target.
    StartCampaign(crate::model::campaign::Target),
    /// Ask where to save a list of customers (CSV or XLSX), then save it.
    ExportCustomers {
        /// The file name suggested.
        file_name: String,
        /// Who.
        ids: Vec<i64>,
        /// Only those who agreed to marketing.
        consented_only: bool,
    },
    /// Ask where to save a chart as PNG, then save this image of it.
    SaveChartPng {
        /// The file name suggested.
        file_name: String,
        /// The chart as drawn.
        image: Arc<egui::ColorImage>,
    },
    /// Make the report these options describe (the Reports tab's preview).
    MakeReport(Box<crate::report::ReportOptions>),
    /// Ask where to save a report, then save it.
    SaveReport {
        /// The file name suggested.
        file_name: String,
        /// The PDF.
        pdf: Arc<Vec<u8>>,
    },
    /// Send the report shown to the printer, as chosen.
    PrintReportOn(crate::report::print::PrintChoice),
    /// Ask where to save problems as CSV, then save them.
    SaveProblems {
        /// The file name suggested.
        file_name: String,
        /// The imported file's header.
        headers: Vec<String>,
        /// The problems.
        problems: Vec<NewProblem>,
    },
}

/// An edit that can be undone: the value before and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UndoEntry {
    /// The contact.
    pub contact_id: i64,
    /// The field.
    pub field: ContactField,
    /// Value before the edit.
    pub before: Option<String>,
    /// Value after the edit.
    pub after: Option<String>,
}

/// A job shown in the status bar.
#[derive(Clone, Debug)]
pub struct JobView {
    /// Id.
    pub id: u64,
    /// What it is.
    pub label: String,
    /// What it is doing now.
    pub stage: String,
    /// 0..1.
    pub fraction: f32,
    /// Raised to stop it.
    pub cancel: CancelFlag,
}

/// A message shown in the status bar for a while.
#[derive(Clone, Debug)]
pub struct Notice {
    /// The text.
    pub text: String,
    /// Shown in red.
    pub is_error: bool,
    /// When it was posted (egui time, seconds).
    pub at: f64,
}

/// Where opening the database stands.
#[derive(Clone, Debug, PartialEq)]
pub enum DbState {
    /// The worker is opening it.
    Opening,
    /// It could not be opened; the message says why.
    Failed(String),
    /// Open; whether it holds data.
    Open {
        /// Whether any contact or sale exists.
        has_data: bool,
    },
}

/// The whole application state: what the screens share, and the screens.
pub struct ClienteleApp {
    /// Preferences, remembered between runs.
    pub prefs: Prefs,
    /// The database file.
    pub db_path: PathBuf,
    /// Opening state.
    pub db: DbState,
    /// Latest counts.
    pub stats: Option<Stats>,
    /// The shop's settings (defaults until the database answered).
    pub settings: ShopSettings,
    /// How the shop writes numbers, amounts and dates (follows `settings`).
    pub formats: Formats,
    /// The settings window, open with what is being typed.
    pub settings_edit: Option<ShopSettings>,
    /// The settings window's privacy sections (retention rule, restore) between frames.
    pub keeping: super::widgets::retention::KeepingPanel,
    /// Overview figures: `None` while loading, `Some(None)` when there are no sales.
    pub overview: Option<Option<Box<Overview>>>,
    /// The customer list, once loaded.
    pub customers: Option<CustomerIndex>,
    /// The Segments and Charts figures.
    pub insights: Insights,
    /// Edits that can be undone, latest last.
    pub undo: Vec<UndoEntry>,
    /// Undone edits that can be redone, latest last.
    pub redo: Vec<UndoEntry>,
    /// Running jobs.
    pub jobs: Vec<JobView>,
    /// Messages for the status bar.
    pub notices: Vec<Notice>,
    /// Requests sent and not finished yet, by number, with what ends each one should the
    /// worker stop before answering.
    pub owed: std::collections::BTreeMap<RequestId, Unanswered>,
    /// The worker stopped while the database was open: the window says so and offers to
    /// start it again.
    pub worker_stopped: bool,
    /// Goes up whenever the shop's data may have changed (figures computed for an older
    /// generation are worked out again when shown).
    pub data_generation: u64,
    /// The file dialogs (tests hand paths in through their own).
    pub dialogs: Box<dyn FileDialogs>,
    /// What to do with the path a file dialog open now gives (the command that asked).
    pub file_wanted: Option<Command>,
    /// The screens, in the order of [`SCREENS`].
    screens: Vec<Box<dyn Screen>>,
    /// What the screens and the application asked for and is not sent or applied yet.
    out: Outbox,
    worker: Option<Worker>,
    probe: Option<StartupProbe>,
}

/// Measures start-up for the benchmark (`CLIENTELE_FIRST_FRAME_PROBE=1`): prints when the
/// first frame was painted and when the Overview's figures were shown, then closes.
struct StartupProbe {
    start: std::time::Instant,
    frames: u64,
}

impl ClienteleApp {
    /// A new application on the database at `db_path`; the worker starts on the first frame.
    pub fn new(db_path: PathBuf, prefs: Prefs) -> ClienteleApp {
        let settings = ShopSettings::default();
        crate::text::set_ui_lang(settings.window_language());
        ClienteleApp {
            prefs,
            db_path,
            db: DbState::Opening,
            stats: None,
            formats: Formats::for_shop(&settings).in_language(settings.window_language()),
            settings,
            settings_edit: None,
            keeping: Default::default(),
            overview: None,
            customers: None,
            insights: Insights::default(),
            undo: Vec::new(),
            redo: Vec::new(),
            jobs: Vec::new(),
            notices: Vec::new(),
            owed: std::collections::BTreeMap::new(),
            worker_stopped: false,
            data_generation: 0,
            dialogs: Box::new(NativeDialogs::default()),
            file_wanted: None,
            screens: SCREENS.iter().map(|e| (e.make)()).collect(),
            out: Outbox {
                next_job: 1,
                ..Outbox::default()
            },
            worker: None,
            probe: None,
        }
    }

    /// Uses other file dialogs (tests hand paths in).
    pub fn with_dialogs(mut self, dialogs: Box<dyn FileDialogs>) -> ClienteleApp {
        self.dialogs = dialogs;
        self
    }

    /// Opens on the Import tab with this file planned (`clientele FILE`, "Open with").
    pub fn with_file(mut self, path: PathBuf) -> ClienteleApp {
        self.prefs.tab = Tab::IMPORT;
        self.out.commands.push(Command::OpenImportFile(path));
        self
    }

    /// Turns on the start-up probe, counting from `start`.
    pub fn with_startup_probe(mut self, start: std::time::Instant) -> ClienteleApp {
        self.probe = Some(StartupProbe { start, frames: 0 });
        self
    }

    /// The screen of type `S`, as it stands.
    pub fn screen<S: Screen>(&self) -> Option<&S> {
        self.screens.iter().find_map(|s| {
            let any: &dyn std::any::Any = s.as_ref();
            any.downcast_ref::<S>()
        })
    }

    /// The screen of type `S`, to change (tests set dates and fields through it).
    pub fn screen_mut<S: Screen>(&mut self) -> Option<&mut S> {
        self.screens.iter_mut().find_map(|s| {
            let any: &mut dyn std::any::Any = s.as_mut();
            any.downcast_mut::<S>()
        })
    }

    fn run_probe(&mut self, ctx: &egui::Context) {
        let done = !self.is_busy() && !matches!(self.db, DbState::Opening);
        let Some(probe) = &mut self.probe else { return };
        probe.frames += 1;
        let ms = probe.start.elapsed().as_secs_f64() * 1000.0;
        // eframe paints a frame right after `ui` returns: being called a second time means
        // the first frame was painted.
        if probe.frames == 2 {
            println!("first frame painted after {ms:.0} ms");
        }
        if probe.frames > 2 && done {
            println!("figures shown after {ms:.0} ms");
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            self.probe = None;
        } else {
            ctx.request_repaint();
        }
    }

    /// An amount with the shop's currency: `1 234,56 €`, `$1,234.56`.
    pub fn money(&self, cents: i64) -> String {
        self.formats.money(cents)
    }

    /// Records a command to apply after this frame.
    pub fn command(&mut self, command: Command) {
        self.out.commands.push(command);
    }

    /// Whether the window is waiting for the worker (for tests and the first-frame probe).
    pub fn is_busy(&self) -> bool {
        matches!(self.db, DbState::Opening) || !self.owed.is_empty() || !self.jobs.is_empty()
    }

    /// The position in [`SCREENS`] of the screen shown.
    fn shown(&self) -> usize {
        SCREENS
            .iter()
            .position(|e| e.tab == self.prefs.tab)
            .unwrap_or(0)
    }

    /// The screens and what they may read and ask for, borrowed together.
    pub(super) fn parts(&mut self) -> (&mut [Box<dyn Screen>], Cx<'_>) {
        let cx = Cx {
            db_path: &self.db_path,
            db: &self.db,
            stats: self.stats.as_ref(),
            settings: &self.settings,
            formats: &self.formats,
            overview: &self.overview,
            customers: self.customers.as_mut(),
            customer_sort: self.prefs.customer_sort,
            insights: &mut self.insights,
            jobs: &self.jobs,
            data_generation: self.data_generation,
            can_undo: !self.undo.is_empty(),
            can_redo: !self.redo.is_empty(),
            out: &mut self.out,
        };
        (&mut self.screens, cx)
    }

    /// Sends the requests, shows the messages and lists the jobs the screens (or the
    /// application) recorded; commands wait for [`ClienteleApp::apply`].
    pub(super) fn flush(&mut self) {
        self.jobs.append(&mut self.out.jobs);
        for (text, is_error) in std::mem::take(&mut self.out.notices) {
            self.notify(text, is_error);
        }
        for request in std::mem::take(&mut self.out.requests) {
            self.send(request);
        }
    }

    /// Draws one frame.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.worker.is_none() && !self.worker_stopped {
            self.start(&ctx);
        }
        self.drain_events(&ctx);
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);

        egui::Panel::top("tabs").show(ui, |ui| self.top_bar(ui));
        if self.worker_stopped {
            egui::Panel::top("worker_stopped").show(ui, |ui| self.worker_stopped_ui(ui));
        }
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        match &self.db {
            DbState::Opening => {
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.centered_and_justified(|ui| {
                        ui.spinner();
                    });
                });
            }
            DbState::Failed(message) => {
                let message = message.clone();
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.add_space(40.0);
                    ui.vertical_centered(|ui| {
                        ui.heading(crate::tr!("app-the-database-could-not-be"));
                        ui.add_space(8.0);
                        ui.label(
                            egui::RichText::new(message).color(theme::bad(ui.visuals().dark_mode)),
                        );
                        ui.add_space(8.0);
                        ui.label(crate::tr!("app-start-clientele-with-db-path"));
                    });
                });
            }
            DbState::Open { .. } => {
                let shown = self.shown();
                let (screens, mut cx) = self.parts();
                if let Some(screen) = screens.get_mut(shown) {
                    // Each screen's own ids, so that one screen's scrolling is not another's.
                    let key = SCREENS.get(shown).map_or("", |e| e.tab.key());
                    ui.push_id(key, |ui| screen.ui(&mut cx, ui));
                }
                self.flush();
            }
        }
        super::settings::window(self, &ctx);
        self.poll_file_dialog(&ctx);
        self.apply(&ctx);
    }

    /// Asks where a file is (or goes) for `then`; the command is carried out with the path
    /// once the person has chosen it, now or in a later frame.
    fn ask_file(&mut self, ctx: &egui::Context, ask: FileAsk, then: Command) {
        if self.file_wanted.is_some() {
            self.notify(tr!("dialogs-already-open"), true);
            return;
        }
        let recent = self.prefs.recent_folders.clone();
        match self.dialogs.ask(&ask, &recent, ctx) {
            Answer::Now(Some(path)) => self.with_path(then, path),
            Answer::Now(None) => {}
            Answer::Later => self.file_wanted = Some(then),
        }
    }

    /// Draws the file dialog drawn inside the window, if open, and carries out what asked
    /// for it once a path is chosen.
    fn poll_file_dialog(&mut self, ctx: &egui::Context) {
        if self.file_wanted.is_none() {
            return;
        }
        if let Some(answer) = self.dialogs.poll(ctx) {
            let then = self.file_wanted.take();
            if let (Some(then), Some(path)) = (then, answer) {
                self.with_path(then, path);
            }
        }
    }

    /// Carries out a command that needed a path, with the path chosen; its folder goes
    /// first among the recent folders.
    fn with_path(&mut self, then: Command, path: PathBuf) {
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            let folder = folder.to_path_buf();
            self.prefs.recent_folders.retain(|f| *f != folder);
            self.prefs.recent_folders.insert(0, folder);
            self.prefs.recent_folders.truncate(8);
        }
        match then {
            Command::PickImportFile => self.out.commands.push(Command::OpenImportFile(path)),
            Command::SaveProblems {
                headers, problems, ..
            } => self.send(Request::SaveProblems {
                path,
                headers,
                problems,
            }),
            Command::ExportCustomers {
                ids,
                consented_only,
                ..
            } => {
                let current =
                    !self.insights.stale(self.data_generation) && self.insights.job.is_none();
                match self.insights.figures().cloned() {
                    Some(analytics) if current => self.send(Request::ExportCustomers {
                        analytics,
                        ids,
                        consented_only,
                        path,
                    }),
                    // The figures are not at hand (or out of date): the worker works
                    // them out first, with progress.
                    _ => {
                        let (job, cancel) = self
                            .start_job(&tr!("app-job-saving-customers"), &tr!("app-job-starting"));
                        self.send(Request::ExportListed {
                            job,
                            ids,
                            consented_only,
                            path,
                            cancel,
                        });
                    }
                }
            }
            Command::SaveReport { pdf, .. } => self.send(Request::SaveReport { pdf, path }),
            Command::SaveChartPng { image, .. } => match super::widgets::write_png(&image, &path) {
                Ok(()) => self.notify(
                    tr!("app-chart-saved", path = path.display().to_string()),
                    false,
                ),
                Err(e) => self.notify(
                    tr!(
                        "app-not-written",
                        path = path.display().to_string(),
                        error = e.to_string()
                    ),
                    true,
                ),
            },
            _ => {}
        }
    }

    fn start(&mut self, ctx: &egui::Context) {
        fonts::install(ctx);
        ctx.set_theme(self.prefs.theme.preference());
        let wake_ctx = ctx.clone();
        match Worker::start(
            self.db_path.clone(),
            Box::new(move || wake_ctx.request_repaint()),
        ) {
            Ok(worker) => self.worker = Some(worker),
            Err(e) => {
                self.db = DbState::Failed(tr!("app-worker-not-started", error = e.to_string()))
            }
        }
    }

    /// Sends a request to the worker and keeps its number until its final reply.
    pub(crate) fn send(&mut self, request: Request) {
        let unanswered = Unanswered::of(&request);
        let sent = match &self.worker {
            Some(worker) => worker.submit(request),
            None => Err(SendError::Gone),
        };
        match sent {
            Ok(id) => {
                self.owed.insert(id, unanswered);
            }
            Err(SendError::Full) => self.notify(tr!("app-busy"), true),
            // The worker stopped: what the request waits for ends now, with the reason.
            Err(SendError::Gone) => {
                for event in unanswered.events(Arc::new(crate::service::Error::WorkerStopped)) {
                    self.on_event(event);
                }
            }
        }
    }

    fn notify(&mut self, text: impl Into<String>, is_error: bool) {
        self.notices.push(Notice {
            text: text.into(),
            is_error,
            at: 0.0,
        });
    }

    /// Shows what a finished write said: a message, or an error in red.
    fn notify_outcome(&mut self, result: &Result<Done, Failed>) {
        match result {
            Ok(done) => self.notify(localized(done), false),
            Err(failed) => self.notify(localized(failed), true),
        }
    }

    fn drain_events(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let mut replies = Vec::new();
        let mut stopped = false;
        if let Some(worker) = &self.worker {
            loop {
                match worker.try_reply() {
                    Ok(Some(reply)) => replies.push(reply),
                    Ok(None) => break,
                    Err(_) => {
                        stopped = true;
                        break;
                    }
                }
            }
        }
        for reply in replies {
            match reply {
                Reply::Event { event, .. } => self.on_event(event),
                Reply::Finished { id, .. } => self.finished(id),
            }
        }
        if stopped {
            self.on_worker_stopped();
        }
        for n in &mut self.notices {
            if n.at == 0.0 {
                n.at = now;
            }
        }
        // Messages stay 8 seconds, errors 20.
        self.notices
            .retain(|n| now - n.at < if n.is_error { 20.0 } else { 8.0 });
        if !self.notices.is_empty() {
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
    }

    /// A request's final reply: it is no longer owed, and its progress bar (if it ran as a
    /// job) goes.
    fn finished(&mut self, id: RequestId) {
        if let Some(job) = self.owed.remove(&id).and_then(|u| u.job()) {
            self.jobs.retain(|j| j.id != job);
        }
    }

    /// The worker's thread has ended. Every request still owed is ended with an error, so
    /// that nothing waits for it; unless the database could not be opened (the window says
    /// that already), the window says the worker stopped and offers to start it again.
    fn on_worker_stopped(&mut self) {
        self.worker = None;
        let error = Arc::new(crate::service::Error::WorkerStopped);
        for (_, unanswered) in std::mem::take(&mut self.owed) {
            for event in unanswered.events(error.clone()) {
                self.on_event(event);
            }
        }
        self.jobs.clear();
        if !matches!(self.db, DbState::Failed(_)) {
            self.worker_stopped = true;
        }
    }

    /// Starts a new worker after the last one stopped; it opens the database again.
    fn restart_worker(&mut self) {
        self.worker_stopped = false;
        self.worker = None;
        self.db = DbState::Opening;
    }

    /// One event from the worker: kept where the screens share it, then heard by every
    /// screen.
    fn on_event(&mut self, event: Event) {
        self.keeping.on_event(&event);
        match &event {
            Event::OpenFailed(error) => self.db = DbState::Failed(localized(error.as_ref())),
            Event::Opened { has_data } => {
                let has_data = *has_data;
                self.db = DbState::Open { has_data };
                // An empty database opens on the Welcome screen, whatever tab was last used
                // with another one (unless a file given to open asks for the Import tab).
                if !has_data && self.prefs.tab != Tab::IMPORT {
                    self.prefs.tab = Tab::OVERVIEW;
                }
                if has_data {
                    self.send(Request::Refresh);
                } else {
                    self.overview = Some(None);
                    self.customers = Some(CustomerIndex::default());
                    self.stats = Some(Stats::default());
                }
            }
            Event::Settings { settings, saved } => {
                if *saved {
                    self.notify(tr!("app-settings-saved"), false);
                    self.settings_edit = None;
                }
                self.settings = settings.clone();
                let lang = self.settings.window_language();
                self.formats = Formats::for_shop(&self.settings).in_language(lang);
                crate::text::set_ui_lang(lang);
            }
            Event::Stats(stats) => {
                self.data_generation += 1;
                if let DbState::Open { has_data } = &mut self.db {
                    *has_data = stats.customers > 0 || stats.sale_lines > 0;
                }
                self.stats = Some(stats.clone());
            }
            Event::Customers(rows) => self.customers = Some(CustomerIndex::new(rows.clone())),
            Event::Overview(overview) => self.overview = Some(overview.clone()),
            Event::Edited { edit, old, row } => {
                if *old == edit.value {
                    // Nothing changed (the same value typed again): nothing to undo.
                    return;
                }
                if let (Some(row), Some(index)) = (row, &mut self.customers) {
                    index.upsert(row.clone());
                }
                // A city or a consent may have changed what a saved segment holds.
                self.data_generation += 1;
                self.record_edit(edit, old.clone());
            }
            Event::EditFailed { edit, error } => self.notify(
                tr!(
                    "app-edit-failed",
                    field = super::widgets::field_label(edit.field),
                    error = localized(error.as_ref())
                ),
                true,
            ),
            Event::Progress {
                job,
                fraction,
                stage,
            } => {
                if let Some(j) = self.jobs.iter_mut().find(|j| j.id == *job) {
                    j.fraction = *fraction;
                    j.stage = localized(stage);
                }
            }
            Event::JobDone { outcome, .. } => {
                if outcome.is_ok() {
                    self.overview = None;
                }
                self.notify_outcome(outcome);
            }
            Event::Error(failed) => self.notify(localized(failed), true),
            Event::Saved(result) | Event::Exported { result, .. } => self.notify_outcome(result),
            Event::Analytics { job, result } => self.insights.answer(*job, result),
            Event::Trends { job, result } => {
                self.insights.trends.answer(*job, result);
                self.insights.chart_trends.answer(*job, result);
            }
            Event::Merged { result, .. } => match result {
                Ok(n) => self.notify(
                    tr!(
                        "app-merged",
                        count = (*n as i64),
                        shown = self.formats.int(*n as i64)
                    ),
                    false,
                ),
                Err(e) => self.notify(localized(e), true),
            },
            Event::Unmerged(result) => self.notify_outcome(result),
            Event::NotDuplicates { result: Err(e), .. } => self.notify(localized(e.as_ref()), true),
            Event::SavedSegments(Err(e)) => self.notify(localized(e), true),
            Event::ImportUndone { batch, result } => match result {
                Ok(done) => {
                    self.overview = None;
                    let sales = self.formats.int(done.sales_removed);
                    let contacts = self.formats.int(done.contacts_removed);
                    let words = if done.contacts_kept > 0 {
                        let kept = self.formats.int(done.contacts_kept);
                        tr!(
                            "app-import-undone-kept",
                            batch = (*batch),
                            sales = sales,
                            contacts = contacts,
                            kept = kept
                        )
                    } else {
                        tr!(
                            "app-import-undone",
                            batch = (*batch),
                            sales = sales,
                            contacts = contacts
                        )
                    };
                    self.notify(words, false);
                }
                Err(e) => self.notify(localized(e.as_ref()), true),
            },
            _ => {}
        }
        let (screens, mut cx) = self.parts();
        for screen in screens.iter_mut() {
            screen.on_event(&mut cx, &event);
        }
        self.flush();
    }

    /// Keeps a saved edit for undo (or redo) and says what changed.
    fn record_edit(&mut self, edit: &Edit, old: Option<String>) {
        let entry = UndoEntry {
            contact_id: edit.contact_id,
            field: edit.field,
            before: old,
            after: edit.value.clone(),
        };
        let verb = match edit.origin {
            EditOrigin::Direct => {
                self.redo.clear();
                self.undo.push(entry);
                0
            }
            EditOrigin::Undo => {
                // The undo was an edit back to the old value: redo sets it again.
                self.redo.push(UndoEntry {
                    before: entry.after,
                    after: entry.before,
                    ..entry
                });
                1
            }
            EditOrigin::Redo => {
                self.undo.push(UndoEntry {
                    before: entry.after,
                    after: entry.before,
                    ..entry
                });
                2
            }
        };
        let field = super::widgets::field_label(edit.field);
        let id = edit.contact_id;
        let words = match (verb, edit.value.as_deref()) {
            (0, Some(value)) => tr!(
                "app-edit-saved",
                field = field,
                id = id.to_string(),
                value = value
            ),
            (0, None) => tr!("app-edit-saved-empty", field = field, id = id.to_string()),
            (1, Some(value)) => tr!(
                "app-edit-undone",
                field = field,
                id = id.to_string(),
                value = value
            ),
            (1, None) => tr!("app-edit-undone-empty", field = field, id = id.to_string()),
            (_, Some(value)) => tr!(
                "app-edit-redone",
                field = field,
                id = id.to_string(),
                value = value
            ),
            (_, None) => tr!("app-edit-redone-empty", field = field, id = id.to_string()),
        };
        self.notify(words, false);
    }

    /// A file dropped on the window is opened on the Import tab, whatever tab is shown.
    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            // The Import screen ignores it while an import runs.
            self.out.commands.push(Command::OpenImportFile(path));
        }
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if hovering {
            let painter = ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("drop_overlay"),
            ));
            let rect = ctx.content_rect();
            painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                tr!("app-drop-file"),
                egui::FontId::proportional(26.0),
                egui::Color32::WHITE,
            );
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        const REDO: KeyboardShortcut =
            KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
        const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
        const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
        const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
        // A text field that has the keyboard handles its own undo.
        let typing = ctx.egui_wants_keyboard_input();
        let commands = &mut self.out.commands;
        ctx.input_mut(|i| {
            for entry in SCREENS {
                if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, entry.shortcut)) {
                    commands.push(Command::SwitchTab(entry.tab));
                }
            }
            if i.consume_shortcut(&OPEN) {
                commands.push(Command::OpenFileDialog);
            }
            if i.consume_shortcut(&FIND) {
                commands.push(Command::SwitchTab(Tab::CUSTOMERS));
                commands.push(Command::FocusSearch);
            }
            if !typing {
                // Check the longer shortcut first: Ctrl+Shift+Z also matches Ctrl+Z.
                if i.consume_shortcut(&REDO) || i.consume_shortcut(&REDO_Y) {
                    commands.push(Command::Redo);
                } else if i.consume_shortcut(&UNDO) {
                    commands.push(Command::Undo);
                }
            }
        });
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        // The controls on the right were this wide the frame before.
        let right_id = egui::Id::unique("top bar right");
        let right = ui.data(|d| d.get_temp::<f32>(right_id)).unwrap_or(0.0);
        let brand = 110.0;
        // Where even the smallest readable text does not fit with narrow gaps (eleven tabs
        // in Russian or Armenian at 1024 points), the tabs take a row of their own and
        // wrap there, never clipped under the controls on the right.
        let narrow = {
            let mut probe = ui.spacing().clone();
            probe.button_padding.x = 2.0;
            probe.item_spacing.x = 4.0;
            tab_text_size_with(ui, &self.screens, right + brand, &probe)
        };
        if narrow < MIN_TAB_TEXT {
            ui.horizontal(|ui| {
                self.brand_ui(ui);
                self.right_controls_ui(ui, right_id, right);
            });
            ui.horizontal_wrapped(|ui| self.tabs_ui(ui, 13.0));
            return;
        }
        ui.horizontal(|ui| {
            self.brand_ui(ui);
            let spacing = ui.spacing().clone();
            if tab_text_size(ui, &self.screens, right) < MIN_TAB_TEXT {
                ui.spacing_mut().button_padding.x = 2.0;
                ui.spacing_mut().item_spacing.x = 4.0;
            }
            let size = tab_text_size(ui, &self.screens, right).max(MIN_TAB_TEXT);
            self.tabs_ui(ui, size);
            *ui.spacing_mut() = spacing;
            self.right_controls_ui(ui, right_id, right);
        });
    }

    fn brand_ui(&self, ui: &mut egui::Ui) {
        ui.add_space(4.0);
        ui.label(
            egui::RichText::new(crate::tr!("app-clientele"))
                .strong()
                .color(theme::ACCENT)
                .size(18.0),
        );
        ui.add_space(16.0);
    }

    /// One button per screen, the shown one selected, their text `size` points.
    fn tabs_ui(&mut self, ui: &mut egui::Ui, size: f32) {
        let shown = self.shown();
        for (i, (entry, screen)) in SCREENS.iter().zip(&self.screens).enumerate() {
            let selected = i == shown;
            let text = egui::RichText::new(screen.title()).size(size);
            if ui.selectable_label(selected, text).clicked() && !selected {
                self.out.commands.push(Command::SwitchTab(entry.tab));
            }
        }
    }

    /// Shop settings and the theme, at the right; their width is kept for the next frame.
    fn right_controls_ui(&mut self, ui: &mut egui::Ui, right_id: egui::Id, right: f32) {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(crate::tr!("app-shop-settings"))
                .on_hover_text(crate::tr!("app-shop-name-locale-dates-numbers"))
                .clicked()
            {
                self.settings_edit = Some(self.settings.clone());
            }
            let current = self.prefs.theme;
            egui::ComboBox::from_label(tr!("app-theme"))
                .selected_text(current.label())
                .show_ui(ui, |ui| {
                    for choice in [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark] {
                        if ui
                            .selectable_label(current == choice, choice.label())
                            .clicked()
                        {
                            self.out.commands.push(Command::SetTheme(choice));
                        }
                    }
                });
            let width = ui.min_rect().width();
            if width != right {
                ui.data_mut(|d| d.insert_temp(right_id, width));
                ui.ctx().request_repaint();
            }
        });
    }

    /// Says that the worker stopped, and offers to start it again.
    fn worker_stopped_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            let color = theme::bad(ui.visuals().dark_mode);
            ui.label(egui::RichText::new(localized(&Message::new("worker-stopped"))).color(color));
            if ui
                .button(localized(&Message::new("worker-restart")))
                .clicked()
            {
                self.out.commands.push(Command::RestartWorker);
            }
        });
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(self.db_path.display().to_string()).small())
                .on_hover_text(crate::tr!("app-the-database-file-everything-clientele"));
            if let Some(s) = &self.stats {
                ui.separator();
                ui.label(tr!(
                    "app-status-figures",
                    customers = s.customers,
                    shown_customers = self.formats.int(s.customers),
                    orders = s.orders,
                    shown_orders = self.formats.int(s.orders),
                    revenue = self.formats.money(s.revenue_cents)
                ));
            }
            for job in &self.jobs {
                ui.separator();
                ui.label(tr!(
                    "app-job-stage",
                    job = job.label.as_str(),
                    stage = job.stage.as_str()
                ));
                ui.add(
                    egui::ProgressBar::new(job.fraction)
                        .desired_width(140.0)
                        .show_percentage(),
                );
                if ui.button(crate::tr!("app-cancel")).clicked() {
                    self.out.commands.push(Command::CancelJob(job.id));
                }
            }
            if !self.owed.is_empty() && self.jobs.is_empty() {
                ui.separator();
                ui.spinner();
            }
            if let Some(n) = self.notices.last() {
                ui.separator();
                let color = if n.is_error {
                    theme::bad(ui.visuals().dark_mode)
                } else {
                    ui.visuals().text_color()
                };
                ui.label(egui::RichText::new(&n.text).color(color));
            }
        });
    }

    /// Applies the commands recorded during the frame: the application's own part first,
    /// then every screen hears the command. Commands recorded meanwhile are applied too.
    fn apply(&mut self, ctx: &egui::Context) {
        while !self.out.commands.is_empty() {
            for command in std::mem::take(&mut self.out.commands) {
                self.apply_one(ctx, &command);
                let (screens, mut cx) = self.parts();
                for screen in screens.iter_mut() {
                    screen.on_command(&mut cx, &command);
                }
                self.flush();
            }
        }
    }

    /// The application's part of a command: what the screens share, the file dialogs, the
    /// preferences and the jobs.
    fn apply_one(&mut self, ctx: &egui::Context, command: &Command) {
        match command {
            Command::SwitchTab(tab) => self.prefs.tab = *tab,
            Command::SetTheme(choice) => {
                self.prefs.theme = *choice;
                ctx.set_theme(choice.preference());
            }
            Command::SortCustomers(sort) => self.prefs.customer_sort = *sort,
            Command::Edit {
                contact_id,
                field,
                value,
            } => self.send(Request::Edit(Edit {
                contact_id: *contact_id,
                field: *field,
                value: value.clone(),
                origin: EditOrigin::Direct,
            })),
            Command::Undo => match self.undo.pop() {
                Some(entry) => self.replay(entry, EditOrigin::Undo),
                None => self.notify(tr!("app-nothing-to-undo"), false),
            },
            Command::Redo => match self.redo.pop() {
                Some(entry) => self.replay(entry, EditOrigin::Redo),
                None => self.notify(tr!("app-nothing-to-redo"), false),
            },
            Command::LoadDemo => self.load_demo(),
            Command::SaveSettings(settings) => self.send(Request::SaveSettings(settings.clone())),
            Command::CancelJob(id) => {
                if let Some(job) = self.jobs.iter().find(|j| j.id == *id) {
                    job.cancel.store(true, Ordering::Relaxed);
                }
            }
            Command::RestartWorker => self.restart_worker(),
            Command::PickImportFile => {
                self.ask_file(ctx, FileAsk::Import, Command::PickImportFile);
            }
            Command::ComputeInsights => self.compute_insights(),
            Command::ComputeTrends => self.compute_trends(Default::default()),
            Command::ComputeChartTrends(choice) => self.compute_trends(*choice),
            Command::ShowCustomers { .. } => self.prefs.tab = Tab::CUSTOMERS,
            Command::SaveProblems { file_name, .. } => {
                self.ask_file(ctx, FileAsk::Csv(file_name.clone()), command.clone());
            }
            Command::ExportCustomers { file_name, .. } => {
                let ask = FileAsk::Spreadsheet(file_name.clone());
                self.ask_file(ctx, ask, command.clone());
            }
            Command::SaveReport { file_name, .. } => {
                self.ask_file(ctx, FileAsk::Pdf(file_name.clone()), command.clone());
            }
            Command::SaveChartPng { file_name, .. } => {
                self.ask_file(ctx, FileAsk::Png(file_name.clone()), command.clone());
            }
            _ => {}
        }
    }

    /// Starts working out the Segments and Charts figures for the current data and as-of
    /// date, unless that is already done or under way.
    fn compute_insights(&mut self) {
        // Wait for the first counts: they bump the data generation, which would start over.
        if !self.insights.stale(self.data_generation) || self.stats.is_none() {
            return;
        }
        let (id, cancel) = self.start_job(&tr!("app-job-insights"), &tr!("app-job-starting"));
        self.insights.job = Some(id);
        self.insights.key = Some((
            self.data_generation,
            self.insights.as_of,
            self.insights.before,
        ));
        self.insights.error = None;
        self.send(Request::Analytics {
            job: id,
            as_of: self.insights.as_of,
            before: self.insights.before,
            cancel,
        });
    }

    /// Starts working out the Forecast, Cohorts and Channels figures for the current data,
    /// unless that is already done or under way.
    /// The Overview's default choice goes to `insights.trends`, any other to
    /// `insights.chart_trends`.
    fn compute_trends(&mut self, choice: crate::service::trends::TrendChoice) {
        let as_of = self.insights.as_of;
        let default = choice == crate::service::trends::TrendChoice::default();
        let slot = if default {
            &self.insights.trends
        } else {
            &self.insights.chart_trends
        };
        if !slot.stale_for(self.data_generation, as_of, &choice) || self.stats.is_none() {
            return;
        }
        let (id, cancel) = self.start_job(&tr!("app-job-forecast"), &tr!("app-job-starting"));
        let trends = if default {
            &mut self.insights.trends
        } else {
            &mut self.insights.chart_trends
        };
        trends.job = Some(id);
        trends.key = Some((self.data_generation, as_of, choice));
        trends.error = None;
        self.send(Request::Trends {
            job: id,
            as_of,
            choice,
            cancel,
        });
    }

    /// Undo sets the field back to `before`; redo sets it to `after` again.
    fn replay(&mut self, entry: UndoEntry, origin: EditOrigin) {
        let value = match origin {
            EditOrigin::Undo => entry.before.clone(),
            _ => entry.after.clone(),
        };
        // Show the customer whose field changes, so the owner sees what was undone.
        self.prefs.tab = Tab::CUSTOMERS;
        self.out
            .commands
            .push(Command::ShowCustomer(entry.contact_id));
        self.send(Request::Edit(Edit {
            contact_id: entry.contact_id,
            field: entry.field,
            value,
            origin,
        }));
    }

    /// A new job shown in the status bar with progress and Cancel: its id and cancel flag.
    fn start_job(&mut self, label: &str, stage: &str) -> (u64, CancelFlag) {
        let (_, mut cx) = self.parts();
        let started = cx.start_job(label, stage);
        self.jobs.append(&mut self.out.jobs);
        started
    }

    fn load_demo(&mut self) {
        if !self.jobs.is_empty() {
            return;
        }
        let (id, cancel) = self.start_job(&tr!("app-job-demo"), &tr!("app-job-starting"));
        let end = chrono::Local::now().date_naive();
        self.send(Request::Demo {
            job: id,
            options: DemoOptions {
                catalogue: Some(crate::text::ui_lang().code()),
                customers: DEMO_CUSTOMERS,
                years: 3,
                seed: 1,
                end,
            },
            replace: false,
            cancel,
        });
    }
}

impl eframe::App for ClienteleApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
        let ctx = ui.ctx().clone();
        self.run_probe(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }
}

/// The tabs' text size: 15 points, smaller when the tabs would otherwise run under the
/// theme and settings controls (`right` points wide) on the right: a 1 024-point window
/// holds eight tabs so.
fn tab_text_size(ui: &egui::Ui, screens: &[Box<dyn Screen>], right: f32) -> f32 {
    tab_text_size_with(ui, screens, right, ui.spacing())
}

/// [`tab_text_size`] with other padding and gaps.
fn tab_text_size_with(
    ui: &egui::Ui,
    screens: &[Box<dyn Screen>],
    right: f32,
    spacing: &egui::style::Spacing,
) -> f32 {
    const SIZE: f32 = 15.0;
    let each = 2.0 * spacing.button_padding.x + spacing.item_spacing.x;
    let text: f32 = screens
        .iter()
        .map(|s| {
            let font = egui::FontId::proportional(SIZE);
            let galley = ui
                .painter()
                .layout_no_wrap(s.title(), font, egui::Color32::WHITE);
            galley.size().x
        })
        .sum();
    let room = ui.available_width() - right - spacing.item_spacing.x - screens.len() as f32 * each;
    if text <= room {
        SIZE
    } else {
        // The padding and gaps do not shrink with the text (the caller shrinks them below
        // MIN_TAB_TEXT, the smallest size that stays readable).
        (SIZE * room / text).min(SIZE)
    }
}

/// The smallest size of the tabs' text, in points.
const MIN_TAB_TEXT: f32 = 11.0;

#[cfg(test)]
#[path = "worker_tests.rs"]
pub(crate) mod worker_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_is_remembered_by_the_name_the_enum_had() {
        // As serde wrote the former `enum Tab`'s unit variants.
        let prefs: Prefs = serde_json::from_str(r#"{"tab":"Charts","theme":"Dark"}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(prefs.tab, Tab::CHARTS);
        assert_eq!(prefs.theme, ThemeChoice::Dark);
        assert_eq!(
            serde_json::to_string(&Tab::REPORTS).unwrap_or_default(),
            r#""Reports""#
        );
        // A screen that no longer exists opens the Overview.
        let gone: Tab = serde_json::from_str(r#""Forecasts""#).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(gone, Tab::OVERVIEW);
    }

    #[test]
    fn every_screen_of_the_table_has_its_own_key_and_shortcut() {
        for (i, a) in SCREENS.iter().enumerate() {
            for b in &SCREENS[i + 1..] {
                assert_ne!(a.tab, b.tab);
                assert_ne!(a.shortcut, b.shortcut);
            }
            assert_eq!((a.make)().title(), a.tab.key());
        }
    }
}
