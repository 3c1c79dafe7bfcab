//! The application: tabs, shared state, the status bar, keyboard shortcuts, and the one
//! place where the window's intentions become requests to the worker.
//!
//! Widgets only record [`Command`]s while a frame is drawn; [`ClienteleApp::apply`] carries
//! them out after it. Events from the worker are drained at the start of every frame.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::analytics::Overview;
use crate::customers::{CustomerIndex, Sort};
use crate::demo::DemoOptions;
use crate::ingest::import::ImportOptions;
use crate::jobs::{CancelFlag, Edit, EditOrigin, Event, MappingChoice, Request, Worker};
use crate::model::format_money;
use crate::settings::ShopSettings;
use crate::store::{ContactField, CustomerDetail, NewProblem, OrderLine, Stats};

use super::{fonts, tabs, theme};

pub use super::tabs::charts::Chart;
pub use super::tabs::import::{BatchProblems, Check, ImportState, KEEP_AS_EXTRA, UndoAsk};
pub use super::tabs::reports::{Made, PREVIEW_SCALE, Period, ReportsState};
pub use super::widgets::dialogs::{Answer, FileAsk, FileDialogs, NativeDialogs};

/// Where the window's preferences are kept by eframe.
pub const PREFS_KEY: &str = "clientele.prefs";

/// How many customers the first-start demo shop has.
pub const DEMO_CUSTOMERS: usize = 5000;

/// The tabs, left to right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Tab {
    /// Key figures and revenue by month.
    #[default]
    Overview,
    /// Files in: plan, map, check, import; the history with undo.
    Import,
    /// The customer list and details.
    Customers,
    /// Customers registered more than once: review, merge, unmerge.
    Duplicates,
    /// RFM segments, value tiers, lifecycle, movement and saved segments.
    Segments,
    /// Revenue, orders, customers, channels and segments over time.
    Charts,
    /// The printed report: period, sections, paper, preview, save and print.
    Reports,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 7] = [
        Tab::Overview,
        Tab::Import,
        Tab::Customers,
        Tab::Duplicates,
        Tab::Segments,
        Tab::Charts,
        Tab::Reports,
    ];

    /// The tab's label.
    pub fn label(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Import => "Import",
            Tab::Customers => "Customers",
            Tab::Duplicates => "Duplicates",
            Tab::Segments => "Segments",
            Tab::Charts => "Charts",
            Tab::Reports => "Reports",
        }
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

    fn label(self) -> &'static str {
        match self {
            ThemeChoice::System => "System theme",
            ThemeChoice::Light => "Light",
            ThemeChoice::Dark => "Dark",
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
    /// Ask for a file to import with the file dialog.
    OpenFileDialog,
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
    /// Ask where to save the report shown, then save it.
    SaveReport,
    /// Ask which printer, how many copies and which paper (the print window).
    PrintReport,
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

/// State of the Customers tab.
#[derive(Default)]
pub struct CustomersState {
    /// The search box.
    pub search: String,
    /// Positions shown, for the current search and sort.
    pub view: Vec<u32>,
    /// The search and sort `view` was computed for.
    pub view_key: Option<(String, Sort)>,
    /// The selected customer.
    pub selected: Option<i64>,
    /// The selected customer's details, once loaded.
    pub detail: Option<Box<(CustomerDetail, Vec<OrderLine>)>>,
    /// What the field editors hold, by field.
    pub drafts: HashMap<ContactField, String>,
    /// Ask the search box for keyboard focus next frame.
    pub focus_search: bool,
    /// Scroll the table to the selected row next frame.
    pub scroll_to_selected: bool,
    /// Only these customers are listed (opened from a segment): what they are, and who.
    pub only: Option<(String, Arc<std::collections::HashSet<i64>>)>,
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

/// The whole application state.
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
    /// The settings window, open with what is being typed.
    pub settings_edit: Option<ShopSettings>,
    /// Overview figures: `None` while loading, `Some(None)` when there are no sales.
    pub overview: Option<Option<Box<Overview>>>,
    /// The customer list, once loaded.
    pub customers: Option<CustomerIndex>,
    /// The Customers tab.
    pub customers_tab: CustomersState,
    /// Edits that can be undone, latest last.
    pub undo: Vec<UndoEntry>,
    /// Undone edits that can be redone, latest last.
    pub redo: Vec<UndoEntry>,
    /// Running jobs.
    pub jobs: Vec<JobView>,
    /// Messages for the status bar.
    pub notices: Vec<Notice>,
    /// Reads and writes asked for and not answered yet.
    pub pending: usize,
    /// The Import tab.
    pub import_tab: ImportState,
    /// The Duplicates tab.
    pub duplicates_tab: tabs::duplicates::DuplicatesState,
    /// The Segments and Charts figures.
    pub insights: tabs::segments::InsightsState,
    /// The Segments tab.
    pub segments_tab: tabs::segments::SegmentsState,
    /// The Charts tab.
    pub charts_tab: tabs::charts::ChartsState,
    /// The Reports tab.
    pub reports_tab: tabs::reports::ReportsState,
    /// Goes up whenever the shop's data may have changed (figures computed for an older
    /// generation are worked out again when shown).
    pub data_generation: u64,
    /// The file dialogs (tests hand paths in through their own).
    pub dialogs: Box<dyn FileDialogs>,
    /// What to do with the path a file dialog open now gives (the command that asked).
    pub file_wanted: Option<Command>,
    worker: Option<Worker>,
    commands: Vec<Command>,
    next_job: u64,
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
        ClienteleApp {
            prefs,
            db_path,
            db: DbState::Opening,
            stats: None,
            settings: ShopSettings::default(),
            settings_edit: None,
            duplicates_tab: Default::default(),
            insights: Default::default(),
            segments_tab: Default::default(),
            charts_tab: Default::default(),
            reports_tab: Default::default(),
            data_generation: 0,
            overview: None,
            customers: None,
            customers_tab: CustomersState::default(),
            undo: Vec::new(),
            redo: Vec::new(),
            jobs: Vec::new(),
            notices: Vec::new(),
            pending: 0,
            import_tab: ImportState::default(),
            dialogs: Box::new(NativeDialogs::default()),
            file_wanted: None,
            worker: None,
            commands: Vec::new(),
            next_job: 1,
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
        self.prefs.tab = Tab::Import;
        self.commands.push(Command::OpenImportFile(path));
        self
    }

    /// Turns on the start-up probe, counting from `start`.
    pub fn with_startup_probe(mut self, start: std::time::Instant) -> ClienteleApp {
        self.probe = Some(StartupProbe { start, frames: 0 });
        self
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

    /// How the shop writes numbers, amounts and dates (its locale and currency).
    pub fn formats(&self) -> crate::report::format::Formats {
        crate::report::format::Formats::for_shop(&self.settings)
    }

    /// An amount with the shop's currency: `1 234,56 €`, `$1,234.56`.
    pub fn money(&self, cents: i64) -> String {
        self.formats().money(cents)
    }

    /// Records a command to apply after this frame.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Whether the window is waiting for the worker (for tests and the first-frame probe).
    pub fn is_busy(&self) -> bool {
        matches!(self.db, DbState::Opening) || self.pending > 0 || !self.jobs.is_empty()
    }

    /// Draws one frame.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.worker.is_none() {
            self.start(&ctx);
        }
        self.drain_events(&ctx);
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);

        egui::Panel::top("tabs").show(ui, |ui| self.top_bar(ui));
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
                        ui.heading("The database could not be opened");
                        ui.add_space(8.0);
                        ui.label(egui::RichText::new(message).color(theme::bad(ui.visuals().dark_mode)));
                        ui.add_space(8.0);
                        ui.label("Start Clientele with --db PATH to open another file, or close the program that is using it.");
                    });
                });
            }
            DbState::Open { .. } => match self.prefs.tab {
                Tab::Overview => tabs::overview::ui(self, ui),
                Tab::Import => tabs::import::ui(self, ui),
                Tab::Customers => tabs::customers::ui(self, ui),
                Tab::Duplicates => tabs::duplicates::ui(self, ui),
                Tab::Segments => tabs::segments::ui(self, ui),
                Tab::Charts => tabs::charts::ui(self, ui),
                Tab::Reports => tabs::reports::ui(self, ui),
            },
        }
        super::settings::window(self, &ctx);
        self.poll_file_dialog(&ctx);
        self.apply(&ctx);
    }

    /// Asks where a file is (or goes) for `then`; the command is carried out with the path
    /// once the person has chosen it, now or in a later frame.
    fn ask_file(&mut self, ctx: &egui::Context, ask: FileAsk, then: Command) {
        if self.file_wanted.is_some() {
            self.notify("A file dialog is already open.", true);
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
            Command::OpenFileDialog if self.import_tab.run_job.is_none() => {
                self.open_import_file(path);
            }
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
                        let (job, cancel) = self.start_job("Saving the customers", "Starting");
                        self.send(Request::ExportListed {
                            job,
                            ids,
                            path,
                            cancel,
                        });
                    }
                }
            }
            Command::SaveReport => {
                if let Some(made) = &self.reports_tab.made {
                    let pdf = made.report.pdf.clone();
                    self.send(Request::SaveReport { pdf, path });
                }
            }
            Command::SaveChartPng { image, .. } => {
                match super::tabs::charts::write_png(&image, &path) {
                    Ok(()) => self.notify(format!("Chart saved in {}.", path.display()), false),
                    Err(e) => self.notify(
                        format!("{} could not be written: {e}", path.display()),
                        true,
                    ),
                }
            }
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
                self.db = DbState::Failed(format!("the background worker could not start: {e}"))
            }
        }
    }

    fn send(&mut self, request: Request) {
        let sent = self.worker.as_ref().is_some_and(|w| w.send(request));
        if sent {
            self.pending += 1;
        } else {
            self.notify("Clientele is busy; try again in a moment.", true);
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
    fn notify_outcome(&mut self, result: Result<String, String>) {
        match result {
            Ok(text) => self.notify(text, false),
            Err(text) => self.notify(text, true),
        }
    }

    fn drain_events(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let Some(worker) = &self.worker else { return };
        let mut events = Vec::new();
        while let Some(e) = worker.try_event() {
            events.push(e);
        }
        for event in events {
            self.on_event(event);
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

    fn done_one(&mut self) {
        self.pending = self.pending.saturating_sub(1);
    }

    fn on_event(&mut self, event: Event) {
        match event {
            Event::OpenFailed(message) => self.db = DbState::Failed(message),
            Event::Opened { has_data } => {
                self.db = DbState::Open { has_data };
                // An empty database opens on the Welcome screen, whatever tab was last used
                // with another one (unless a file given to open asks for the Import tab).
                if !has_data && self.prefs.tab != Tab::Import {
                    self.prefs.tab = Tab::Overview;
                }
                if has_data {
                    self.send(Request::Refresh);
                } else {
                    self.overview = Some(None);
                    self.customers = Some(CustomerIndex::default());
                    self.stats = Some(Stats::default());
                }
            }
            Event::Duplicates { job, result } => {
                self.done_one();
                self.jobs.retain(|j| j.id != job);
                let tab = &mut self.duplicates_tab;
                if tab.find_job == Some(job) {
                    tab.find_job = None;
                    match result {
                        Ok(queue) => {
                            tab.queue = Some(*queue);
                            tab.bulk_threshold = 0.0;
                            tab.unlikely = false;
                            tab.decided.clear();
                            tab.survivor.clear();
                            tab.kept.clear();
                            tab.current = 0;
                        }
                        Err(e) => self.notify(e, true),
                    }
                }
            }
            Event::Merged {
                job,
                groups,
                result,
            } => {
                self.done_one();
                self.jobs.retain(|j| j.id != job);
                match result {
                    Ok(n) => {
                        for g in groups {
                            self.duplicates_tab
                                .decided
                                .insert(g, tabs::duplicates::Decision::Merged);
                        }
                        let current = self.duplicates_tab.current;
                        if self.duplicates_tab.decided.contains_key(&current) {
                            self.duplicates_tab.decide_moved();
                        }
                        self.notify(
                            format!(
                                "{} merged; Unmerge in the history undoes it.",
                                count(n as i64, "customer", "customers")
                            ),
                            false,
                        );
                        // The merge history and a refresh follow.
                        self.pending += 2;
                    }
                    Err(e) => self.notify(e, true),
                }
            }
            Event::NotDuplicates { group, result } => {
                self.done_one();
                match result {
                    Ok(()) => {
                        let tab = &mut self.duplicates_tab;
                        if tab.current == group {
                            tab.decide(tabs::duplicates::Decision::NotDuplicate);
                        } else {
                            tab.decided
                                .insert(group, tabs::duplicates::Decision::NotDuplicate);
                        }
                    }
                    Err(e) => self.notify(e, true),
                }
            }
            Event::Merges(rows) => {
                self.done_one();
                self.duplicates_tab.merges = Some(rows);
            }
            Event::Unmerged(result) => {
                self.done_one();
                match result {
                    Ok(text) => {
                        self.duplicates_tab.reopen_unmerged();
                        self.notify(text, false);
                        // The merge history and a refresh follow.
                        self.pending += 2;
                    }
                    Err(e) => {
                        self.duplicates_tab.unmerging.clear();
                        self.notify(e, true);
                    }
                }
            }
            Event::Settings { settings, saved } => {
                if saved {
                    self.done_one();
                    self.notify("Settings saved.", false);
                    self.settings_edit = None;
                }
                self.settings = settings;
            }
            Event::Stats(stats) => {
                self.data_generation += 1;
                if let DbState::Open { has_data } = &mut self.db {
                    *has_data = stats.customers > 0 || stats.sale_lines > 0;
                }
                self.stats = Some(stats);
            }
            Event::Customers(rows) => {
                self.customers = Some(CustomerIndex::new(rows));
                self.customers_tab.view_key = None;
            }
            Event::Overview(overview) => {
                self.overview = Some(overview);
                // The overview is the last answer to a refresh.
                self.done_one();
            }
            Event::Customer { id, data } => {
                self.done_one();
                if self.customers_tab.selected == Some(id) {
                    let tab = &mut self.customers_tab;
                    if let Some(data) = &data {
                        tab.drafts = data
                            .0
                            .fields
                            .iter()
                            .map(|(f, v)| (*f, v.clone().unwrap_or_default()))
                            .collect();
                    }
                    tab.detail = data;
                }
            }
            Event::Edited { edit, old, row } => {
                if old == edit.value {
                    // Nothing changed (the same value typed again): nothing to undo.
                    return;
                }
                if let (Some(row), Some(index)) = (row, &mut self.customers) {
                    index.upsert(row);
                    self.customers_tab.view_key = None;
                }
                // A city or a consent may have changed what a saved segment holds.
                self.data_generation += 1;
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
                        "Saved"
                    }
                    EditOrigin::Undo => {
                        // The undo was an edit back to the old value: redo sets it again.
                        self.redo.push(UndoEntry {
                            before: entry.after,
                            after: entry.before,
                            ..entry
                        });
                        "Undone"
                    }
                    EditOrigin::Redo => {
                        self.undo.push(UndoEntry {
                            before: entry.after,
                            after: entry.before,
                            ..entry
                        });
                        "Redone"
                    }
                };
                let label = edit.field.label();
                self.notify(
                    format!(
                        "{verb}: {label} of customer {} is now {}.",
                        edit.contact_id,
                        edit.value
                            .as_deref()
                            .map_or("empty".to_string(), |v| format!("'{v}'"))
                    ),
                    false,
                );
                // The detail reload that follows ends this request.
            }
            Event::EditFailed { edit, message } => {
                self.done_one();
                self.notify(
                    format!("{} was not changed: {message}", edit.field.label()),
                    true,
                );
                // Reload the customer so the editor shows the stored value again.
                if self.customers_tab.selected == Some(edit.contact_id) {
                    self.send(Request::LoadCustomer(edit.contact_id));
                }
            }
            Event::Progress {
                job,
                fraction,
                stage,
            } => {
                if let Some(j) = self.jobs.iter_mut().find(|j| j.id == job) {
                    j.fraction = fraction;
                    j.stage = stage;
                }
            }
            Event::JobDone { job, outcome } => {
                self.done_one();
                self.jobs.retain(|j| j.id != job);
                match outcome {
                    Ok(text) => {
                        self.notify(text, false);
                        self.overview = None;
                        // The refresh the worker runs next answers one more request.
                        self.pending += 1;
                    }
                    Err(text) => self.notify(text, true),
                }
            }
            Event::Error(message) => {
                self.done_one();
                self.notify(message, true);
            }
            Event::ImportPlanned { job, result } => {
                let tab = &mut self.import_tab;
                if tab.check_job != Some(job) {
                    return;
                }
                tab.planning = false;
                match result {
                    Ok(planned) => {
                        tab.options = planned.options.clone();
                        tab.check = if planned.blocker.is_some() {
                            Check::Idle
                        } else {
                            Check::Running
                        };
                        tab.planned = Some(planned);
                        tab.error = None;
                    }
                    Err(message) => {
                        tab.planned = None;
                        tab.check = Check::Idle;
                        tab.error = Some(message);
                    }
                }
            }
            Event::ImportChecked { job, result } => {
                self.done_one();
                self.jobs.retain(|j| j.id != job);
                let tab = &mut self.import_tab;
                if tab.check_job == Some(job) {
                    tab.check = match result {
                        None => Check::Idle,
                        Some(Ok(report)) => Check::Done(report),
                        Some(Err(message)) => Check::Failed(message),
                    };
                }
            }
            Event::ImportDone { job, result } => {
                if self.import_tab.run_job == Some(job) {
                    self.import_tab.run_job = None;
                    let imported = result.is_ok();
                    self.import_tab.finished = Some(result);
                    if imported {
                        self.send(Request::LoadImports);
                    }
                }
                // The JobDone that follows ends the request.
            }
            Event::Imports(batches) => {
                self.done_one();
                self.import_tab.history = Some(batches);
            }
            Event::BatchContents { batch, contents } => {
                self.done_one();
                if let Some(ask) = &mut self.import_tab.undo_ask
                    && ask.batch.id == batch
                {
                    ask.contents = Some(contents);
                }
            }
            Event::ImportUndone { batch, result } => {
                self.done_one();
                match result {
                    Ok(done) => {
                        // The history and a refresh follow.
                        self.pending += 2;
                        self.overview = None;
                        let kept = if done.contacts_kept > 0 {
                            format!(
                                "; {} contacts it created were kept because later imports or merges use them",
                                done.contacts_kept
                            )
                        } else {
                            String::new()
                        };
                        self.notify(
                            format!(
                                "Import {batch} undone: {} sale lines and {} contacts removed{kept}.",
                                group_thousands(done.sales_removed),
                                group_thousands(done.contacts_removed)
                            ),
                            false,
                        );
                        // The planned file may no longer be a repeat.
                        if let Some(p) = &mut self.import_tab.planned
                            && p.earlier.as_ref().is_some_and(|e| e.id == batch)
                        {
                            p.earlier = None;
                        }
                    }
                    Err(message) => self.notify(message, true),
                }
            }
            Event::Problems { batch, problems } => {
                self.done_one();
                if let Some(shown) = &mut self.import_tab.problems
                    && shown.batch == batch
                {
                    shown.problems = Some(problems);
                }
            }
            Event::Saved(result) => {
                self.done_one();
                self.notify_outcome(result);
            }
            Event::Analytics { job, result } => {
                self.done_one();
                self.jobs.retain(|j| j.id != job);
                if self.insights.job == Some(job) {
                    self.insights.job = None;
                    match result {
                        Ok(data) => {
                            if let Some(figures) = &data {
                                self.insights.as_of_text =
                                    figures.as_of.format("%Y-%m-%d").to_string();
                                self.insights.before_text =
                                    figures.movement.before.format("%Y-%m-%d").to_string();
                            }
                            self.insights.data = Some(data);
                            self.charts_tab.cache = None;
                        }
                        Err(e) => self.insights.error = Some(e),
                    }
                }
            }
            Event::Exported { job, result } => {
                self.done_one();
                self.jobs.retain(|j| j.id != job);
                self.notify_outcome(result);
            }
            Event::Report { job, result } => {
                self.done_one();
                self.jobs.retain(|j| j.id != job);
                let tab = &mut self.reports_tab;
                if tab.job == Some(job) {
                    tab.job = None;
                    match result {
                        Ok(report) => {
                            let generation = tab.asked.as_ref().map_or(0, |a| a.1);
                            tab.error = None;
                            tab.made = Some(tabs::reports::Made {
                                report,
                                generation,
                                textures: Vec::new(),
                            });
                        }
                        Err(e) => tab.error = Some(e),
                    }
                }
            }
            Event::SavedSegments(result) => {
                self.done_one();
                match result {
                    Ok(saved) => self.segments_tab.saved = Some(saved),
                    Err(e) => self.notify(e, true),
                }
            }
        }
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
        if let Some(path) = dropped
            && self.import_tab.run_job.is_none()
        {
            self.commands.push(Command::OpenImportFile(path));
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
                "Drop the file to import it",
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
        const TAB_1: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num1);
        const TAB_2: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num2);
        const TAB_3: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num3);
        const TAB_4: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num4);
        const TAB_5: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num5);
        const TAB_6: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num6);
        const TAB_7: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num7);
        const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
        // A text field that has the keyboard handles its own undo.
        let typing = ctx.egui_wants_keyboard_input();
        ctx.input_mut(|i| {
            if i.consume_shortcut(&TAB_1) {
                self.commands.push(Command::SwitchTab(Tab::Overview));
            }
            if i.consume_shortcut(&TAB_2) {
                self.commands.push(Command::SwitchTab(Tab::Import));
            }
            if i.consume_shortcut(&TAB_3) {
                self.commands.push(Command::SwitchTab(Tab::Customers));
            }
            if i.consume_shortcut(&TAB_4) {
                self.commands.push(Command::SwitchTab(Tab::Duplicates));
            }
            if i.consume_shortcut(&TAB_5) {
                self.commands.push(Command::SwitchTab(Tab::Segments));
            }
            if i.consume_shortcut(&TAB_6) {
                self.commands.push(Command::SwitchTab(Tab::Charts));
            }
            if i.consume_shortcut(&TAB_7) {
                self.commands.push(Command::SwitchTab(Tab::Reports));
            }
            if i.consume_shortcut(&OPEN) {
                self.commands.push(Command::OpenFileDialog);
            }
            if i.consume_shortcut(&FIND) {
                self.commands.push(Command::SwitchTab(Tab::Customers));
                self.customers_tab.focus_search = true;
            }
            if !typing {
                // Check the longer shortcut first: Ctrl+Shift+Z also matches Ctrl+Z.
                if i.consume_shortcut(&REDO) || i.consume_shortcut(&REDO_Y) {
                    self.commands.push(Command::Redo);
                } else if i.consume_shortcut(&UNDO) {
                    self.commands.push(Command::Undo);
                }
            }
        });
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.add_space(4.0);
            ui.label(
                egui::RichText::new("Clientele")
                    .strong()
                    .color(theme::ACCENT)
                    .size(18.0),
            );
            ui.add_space(16.0);
            for tab in Tab::ALL {
                let selected = self.prefs.tab == tab;
                let text = egui::RichText::new(tab.label()).size(15.0);
                if ui.selectable_label(selected, text).clicked() && !selected {
                    self.commands.push(Command::SwitchTab(tab));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button("Shop settings…")
                    .on_hover_text("Shop name, locale (dates, numbers), currency, phone country")
                    .clicked()
                {
                    self.settings_edit = Some(self.settings.clone());
                }
                let current = self.prefs.theme;
                egui::ComboBox::from_label("Theme")
                    .selected_text(current.label())
                    .show_ui(ui, |ui| {
                        for choice in [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark] {
                            if ui
                                .selectable_label(current == choice, choice.label())
                                .clicked()
                            {
                                self.commands.push(Command::SetTheme(choice));
                            }
                        }
                    });
            });
        });
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(self.db_path.display().to_string()).small())
                .on_hover_text("The database file: everything Clientele knows is in it.");
            if let Some(s) = &self.stats {
                ui.separator();
                ui.label(format!(
                    "{} customers · {} orders · revenue {}",
                    group_thousands(s.customers),
                    group_thousands(s.orders),
                    format_money(s.revenue_cents)
                ));
            }
            for job in &self.jobs {
                ui.separator();
                ui.label(format!("{}: {}", job.label, job.stage));
                ui.add(
                    egui::ProgressBar::new(job.fraction)
                        .desired_width(140.0)
                        .show_percentage(),
                );
                if ui.button("Cancel").clicked() {
                    self.commands.push(Command::CancelJob(job.id));
                }
            }
            if self.pending > 0 && self.jobs.is_empty() {
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

    /// Applies the commands recorded during the frame.
    fn apply(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                Command::SwitchTab(tab) => self.prefs.tab = tab,
                Command::SetTheme(choice) => {
                    self.prefs.theme = choice;
                    ctx.set_theme(choice.preference());
                }
                Command::Select(id) => {
                    let tab = &mut self.customers_tab;
                    if tab.selected != id {
                        tab.selected = id;
                        tab.detail = None;
                        tab.drafts.clear();
                        if let Some(id) = id {
                            self.send(Request::LoadCustomer(id));
                        }
                    }
                }
                Command::Edit {
                    contact_id,
                    field,
                    value,
                } => self.send(Request::Edit(Edit {
                    contact_id,
                    field,
                    value,
                    origin: EditOrigin::Direct,
                })),
                Command::Undo => match self.undo.pop() {
                    Some(entry) => self.replay(entry, EditOrigin::Undo),
                    None => self.notify("Nothing to undo.", false),
                },
                Command::Redo => match self.redo.pop() {
                    Some(entry) => self.replay(entry, EditOrigin::Redo),
                    None => self.notify("Nothing to redo.", false),
                },
                Command::LoadDemo => self.load_demo(),
                Command::SaveSettings(settings) => self.send(Request::SaveSettings(settings)),
                Command::FindDuplicates => self.find_duplicates(),
                Command::MergeGroup(g) => {
                    let tab = &self.duplicates_tab;
                    if let Some(c) = tab.queue.as_ref().and_then(|q| q.clusters.get(g)) {
                        let plan = tab.plan_for(g, c);
                        self.merge(vec![plan], vec![g], "Merging");
                    }
                }
                Command::MergeAbove(threshold) => {
                    let tab = &self.duplicates_tab;
                    let (mut plans, mut groups) = (Vec::new(), Vec::new());
                    if let Some(q) = &tab.queue {
                        for (g, c) in q.clusters.iter().enumerate() {
                            if c.certainty >= threshold && !tab.decided.contains_key(&g) {
                                let mut plan = tab.plan_for(g, c);
                                plan.decided_by = crate::model::DecidedBy::User;
                                plans.push(plan);
                                groups.push(g);
                            }
                        }
                    }
                    if !plans.is_empty() {
                        self.merge(plans, groups, "Merging duplicates");
                    }
                }
                Command::NotDuplicates(g) => {
                    if let Some(c) = self
                        .duplicates_tab
                        .queue
                        .as_ref()
                        .and_then(|q| q.clusters.get(g))
                    {
                        let ids = c.members.iter().map(|m| m.id).collect();
                        self.send(Request::NotDuplicates { group: g, ids });
                    }
                }
                Command::LoadMerges => self.send(Request::LoadMerges),
                Command::Unmerge(id) => self.send(Request::Unmerge(vec![id])),
                Command::CancelJob(id) => {
                    if let Some(job) = self.jobs.iter().find(|j| j.id == id) {
                        job.cancel.store(true, Ordering::Relaxed);
                    }
                }
                Command::OpenFileDialog => {
                    if self.import_tab.run_job.is_none() {
                        self.ask_file(ctx, FileAsk::Import, Command::OpenFileDialog);
                    }
                }
                Command::OpenImportFile(path) => {
                    if self.import_tab.run_job.is_none() {
                        self.open_import_file(path);
                    }
                }
                Command::PlanImport(choice) => self.plan_import(choice),
                Command::StartImport => self.start_import(),
                Command::LoadImports => self.send(Request::LoadImports),
                Command::AskUndoImport(id) => {
                    let batch = self
                        .import_tab
                        .history
                        .as_ref()
                        .and_then(|h| h.iter().find(|b| b.id == id))
                        .cloned();
                    if let Some(batch) = batch {
                        self.import_tab.undo_ask = Some(UndoAsk {
                            batch,
                            contents: None,
                        });
                        self.send(Request::CountBatch(id));
                    }
                }
                Command::ConfirmUndoImport(id) => {
                    self.import_tab.undo_ask = None;
                    self.send(Request::UndoImport(id));
                }
                Command::ShowProblems(id) => {
                    self.import_tab.problems = Some(BatchProblems {
                        batch: id,
                        problems: None,
                    });
                    self.send(Request::LoadProblems(id));
                }
                Command::SaveProblems {
                    file_name,
                    headers,
                    problems,
                } => {
                    let ask = FileAsk::Csv(file_name.clone());
                    let then = Command::SaveProblems {
                        file_name,
                        headers,
                        problems,
                    };
                    self.ask_file(ctx, ask, then);
                }
                Command::ComputeInsights => self.compute_insights(),
                Command::LoadSavedSegments => self.send(Request::LoadSavedSegments),
                Command::SaveSegment { name, rule } => {
                    self.send(Request::SaveSegment { name, rule });
                }
                Command::DeleteSegment(name) => self.send(Request::DeleteSegment(name)),
                Command::ShowCustomers { title, ids } => {
                    let tab = &mut self.customers_tab;
                    tab.only = Some((title, Arc::new(ids.iter().copied().collect())));
                    tab.view_key = None;
                    tab.search.clear();
                    self.prefs.tab = Tab::Customers;
                }
                Command::ExportCustomers {
                    file_name,
                    ids,
                    consented_only,
                } => {
                    let ask = FileAsk::Spreadsheet(file_name.clone());
                    let then = Command::ExportCustomers {
                        file_name,
                        ids,
                        consented_only,
                    };
                    self.ask_file(ctx, ask, then);
                }
                Command::MakeReport(options) => self.make_report(*options),
                Command::SaveReport => {
                    let Some(made) = &self.reports_tab.made else {
                        continue;
                    };
                    let name = tabs::reports::file_name(
                        &self.settings.shop_name,
                        made.report.from,
                        made.report.to,
                    );
                    self.ask_file(ctx, FileAsk::Pdf(name), Command::SaveReport);
                }
                Command::PrintReport => {
                    if self.reports_tab.made.is_some() {
                        self.reports_tab.print = Some(tabs::reports::PrintWindow::open(
                            ctx,
                            self.reports_tab
                                .paper
                                .unwrap_or(crate::report::Paper::for_shop(&self.settings)),
                        ));
                    }
                }
                Command::PrintReportOn(choice) => {
                    if let Some(made) = &self.reports_tab.made {
                        let pdf = made.report.pdf.clone();
                        self.notify("Sending the report to the printer…", false);
                        self.send(Request::PrintReport { pdf, choice });
                    }
                }
                Command::SaveChartPng { file_name, image } => {
                    let ask = FileAsk::Png(file_name.clone());
                    self.ask_file(ctx, ask, Command::SaveChartPng { file_name, image });
                }
            }
        }
    }

    /// Starts working out the Segments and Charts figures for the current data and as-of
    /// date, unless that is already done or under way.
    fn compute_insights(&mut self) {
        // Wait for the first counts: they bump the data generation, which would start over.
        if !self.insights.stale(self.data_generation) || self.stats.is_none() {
            return;
        }
        let (id, cancel) = self.start_job("Working out segments and charts", "Starting");
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

    /// Makes the report of the Reports tab, stopping one still being made for older choices.
    fn make_report(&mut self, options: crate::report::ReportOptions) {
        if let Some(old) = self.reports_tab.job.take()
            && let Some(job) = self.jobs.iter().find(|j| j.id == old)
        {
            job.cancel.store(true, Ordering::Relaxed);
        }
        let (id, cancel) = self.start_job("Making the report", "Starting");
        let tab = &mut self.reports_tab;
        tab.job = Some(id);
        tab.asked = Some((options.clone(), self.data_generation));
        let today = tab.today();
        self.send(Request::Report {
            job: id,
            options: Box::new(options),
            today,
            pixels_per_point: tabs::reports::PREVIEW_SCALE,
            cancel,
        });
    }

    /// Starts over on the Import tab with a new file.
    fn open_import_file(&mut self, path: PathBuf) {
        self.prefs.tab = Tab::Import;
        self.cancel_check();
        let tab = &mut self.import_tab;
        tab.path = Some(path);
        tab.options = ImportOptions::default();
        tab.planned = None;
        tab.error = None;
        tab.check = Check::Idle;
        tab.allow_again = false;
        tab.dates_answered = false;
        tab.finished = None;
        self.plan_import(MappingChoice::Guess);
    }

    /// Stops the check of the file planned before, if it is still running.
    fn cancel_check(&mut self) {
        if let Some(old) = self.import_tab.check_job.take()
            && let Some(job) = self.jobs.iter().find(|j| j.id == old)
        {
            job.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// Plans (and then checks) the Import tab's file with its options.
    fn plan_import(&mut self, mapping: MappingChoice) {
        let Some(path) = self.import_tab.path.clone() else {
            return;
        };
        self.cancel_check();
        let (id, cancel) = self.start_job("Checking the file", "Reading");
        let tab = &mut self.import_tab;
        tab.check_job = Some(id);
        tab.planning = true;
        tab.check = Check::Idle;
        tab.finished = None;
        let mut options = tab.options.clone();
        // The shop's locale reads ambiguous dates unless the person chose for this file.
        options.default_date_order = options
            .default_date_order
            .or(Some(self.settings.date_order()));
        options.phone_country = Some(self.settings.phone_country.clone());
        let options = Box::new(options);
        self.send(Request::PlanImport {
            job: id,
            path,
            options,
            mapping,
            cancel,
        });
    }

    fn start_import(&mut self) {
        let tab = &self.import_tab;
        if !tab.can_import() {
            return;
        }
        let (Some(planned), Check::Done(report)) = (&tab.planned, &tab.check) else {
            return;
        };
        let mut options = planned.options.clone();
        options.dry_run = false;
        options.allow_duplicate_file = tab.allow_again;
        let plan = Box::new(planned.plan.clone());
        let path = planned.path.clone();
        let expected_rows = report.rows_read;
        let (id, cancel) =
            self.start_job(&format!("Import of {}", plan.info.file_name), "Starting");
        self.import_tab.run_job = Some(id);
        self.send(Request::RunImport {
            job: id,
            path,
            plan,
            options: Box::new(options),
            expected_rows,
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
        self.prefs.tab = Tab::Customers;
        if self.customers_tab.selected != Some(entry.contact_id) {
            self.customers_tab.selected = Some(entry.contact_id);
            self.customers_tab.detail = None;
            self.customers_tab.scroll_to_selected = true;
        }
        self.send(Request::Edit(Edit {
            contact_id: entry.contact_id,
            field: entry.field,
            value,
            origin,
        }));
    }

    /// A new job shown in the status bar with progress and Cancel: its id and cancel flag.
    fn start_job(&mut self, label: &str, stage: &str) -> (u64, CancelFlag) {
        let id = self.next_job;
        self.next_job += 1;
        let cancel: CancelFlag = Arc::new(AtomicBool::new(false));
        self.jobs.push(JobView {
            id,
            label: label.into(),
            stage: stage.into(),
            fraction: 0.0,
            cancel: cancel.clone(),
        });
        (id, cancel)
    }

    fn find_duplicates(&mut self) {
        if self.duplicates_tab.find_job.is_some() {
            return;
        }
        let (id, cancel) = self.start_job("Finding duplicates", "Starting");
        self.duplicates_tab.find_job = Some(id);
        self.duplicates_tab.started = true;
        self.send(Request::FindDuplicates { job: id, cancel });
    }

    fn merge(&mut self, plans: Vec<crate::model::MergePlan>, groups: Vec<usize>, label: &str) {
        let (id, cancel) = self.start_job(label, "Starting");
        self.send(Request::Merge {
            job: id,
            plans,
            groups,
            cancel,
        });
    }

    fn load_demo(&mut self) {
        if !self.jobs.is_empty() {
            return;
        }
        let (id, cancel) = self.start_job("Demo shop", "Starting");
        let end = chrono::Local::now().date_naive();
        self.send(Request::Demo {
            job: id,
            options: DemoOptions {
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

/// A count and its noun, singular for one: `1 customer`, `2 customers`, `1 200 customers`.
pub fn count(n: i64, one: &str, many: &str) -> String {
    format!("{} {}", group_thousands(n), if n == 1 { one } else { many })
}

/// Groups thousands with a thin space: `108 000`.
pub fn group_thousands(n: i64) -> String {
    let text = n.unsigned_abs().to_string();
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    for (i, ch) in text.chars().enumerate() {
        if i > 0 && (text.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(ch);
    }
    out
}
