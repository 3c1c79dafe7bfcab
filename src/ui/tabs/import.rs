//! The Import tab: pick or drop a file, see how it will be read (format, encoding, delimiter,
//! sheet, header row, decimal separator, date order: each can be changed), map its columns,
//! see every problem the check found before anything is written, import with progress and
//! Cancel, and end on a summary. Below, the history of imports with Undo.
//!
//! It only draws and records [`Command`]s: reading the file, checking it and writing it are
//! the worker's ([`crate::jobs`]).

use crate::tr;
use std::path::PathBuf;

mod feedback;

use egui_extras::{Column, TableBuilder};

use crate::ingest::import::{ImportOptions, ImportReport};
use crate::ingest::mapping::{Field, ImportKind, Why};
use crate::ingest::read::Format;
use crate::format::{Formats, month_number_name};
use crate::ingest::values::Decimal;
use crate::jobs::{Event, MappingChoice, PlannedImport, Request};
use crate::model::{BatchSummary, DateOrder};
use crate::store::{BatchContents, NewProblem, Severity};
use crate::ui::app::{Command, Tab};
use crate::ui::screen::{Cx, Screen};
use crate::text::{ImportFailure, ProblemGroup, local as localized};
use crate::ui::theme;
use crate::ui::widgets::progress_text;

/// Rows of the file shown in the preview.
pub const PREVIEW_ROWS: usize = 50;
/// Rejected rows of an import listed under the history (all of them go to the CSV).
const REJECTED_SHOWN: usize = 200;
/// Examples shown under each kind of problem.
const EXAMPLES: usize = 3;

/// Where the check (the dry run) of the planned file stands.
#[derive(Clone, Debug, Default)]
pub enum Check {
    /// Nothing checked (no file, or the mapping is not complete).
    #[default]
    Idle,
    /// The worker is reading every row.
    Running,
    /// Every row was read; nothing was written.
    Done(Box<ImportReport>),
    /// The check failed or was stopped.
    Failed(String),
}

/// The question asked before undoing an import.
#[derive(Clone, Debug)]
pub struct UndoAsk {
    /// The import.
    pub batch: BatchSummary,
    /// What it added, once counted.
    pub contents: Option<BatchContents>,
}

/// The problems of one import, shown below the history.
#[derive(Clone, Debug)]
pub struct BatchProblems {
    /// The import.
    pub batch: i64,
    /// Its problems, once loaded.
    pub problems: Option<Vec<NewProblem>>,
}

/// State of the Import tab.
#[derive(Default)]
pub struct ImportScreen {
    /// The file being imported.
    pub path: Option<PathBuf>,
    /// What the person chose (kind, read options, mapping); sent with every re-plan.
    pub options: ImportOptions,
    /// The job that plans and checks the file now.
    pub check_job: Option<u64>,
    /// Waiting for the plan.
    pub planning: bool,
    /// How the file will be read.
    pub planned: Option<Box<PlannedImport>>,
    /// Why the file cannot be read.
    pub error: Option<String>,
    /// The file was chosen as contacts but looks like sales: offer both.
    pub looks_like_sales: bool,
    /// The check of every row.
    pub check: Check,
    /// "Import it again anyway" for a file imported before.
    pub allow_again: bool,
    /// The person said how this file writes ambiguous dates (03/04/2025).
    pub dates_answered: bool,
    /// The running import's job.
    pub run_job: Option<u64>,
    /// How the last import ended.
    pub finished: Option<Result<Box<ImportReport>, std::sync::Arc<crate::service::Error>>>,
    /// Every import, newest first, once loaded.
    pub history: Option<Vec<BatchSummary>>,
    /// The history was asked for.
    pub history_requested: bool,
    /// Undo asked, waiting for a yes.
    pub undo_ask: Option<UndoAsk>,
    /// The problems of one import, shown below the history.
    pub problems: Option<BatchProblems>,
    /// The file holds feedback: its check, the scale asked and its import.
    pub feedback: Option<feedback::FeedbackImport>,
    /// Erasing the people of one import, while asked.
    pub erase: crate::ui::widgets::retention::GroupErase,
}

impl ImportScreen {
    /// Whether the Import button can be pressed.
    /// The file's dates fit both day/month and month/day and nobody said which.
    pub fn dates_unanswered(&self) -> bool {
        self.planned
            .as_ref()
            .is_some_and(|p| p.plan.dates_ambiguous && !self.dates_answered)
    }

    pub fn can_import(&self) -> bool {
        let Some(planned) = &self.planned else {
            return false;
        };
        let checked = matches!(&self.check, Check::Done(r) if r.rows_imported > 0);
        checked
            && planned.blocker.is_none()
            && !self.dates_unanswered()
            && self.run_job.is_none()
            && !self.planning
            && (planned.earlier.is_none() || self.allow_again)
    }
}

impl Screen for ImportScreen {
    fn title(&self) -> String {
        crate::tr!("import-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        draw(self, cx, ui);
    }

    fn on_event(&mut self, cx: &mut Cx, event: &Event) {
        if let Some(f) = &mut self.feedback {
            f.on_event(event);
        }
        self.erase.on_event(event);
        match event {
            Event::ImportPlanned { job, result } if self.check_job == Some(*job) => {
                self.planning = false;
                match result {
                    Ok(planned) => {
                        self.options = planned.options.clone();
                        self.check = if planned.blocker.is_some() {
                            Check::Idle
                        } else {
                            Check::Running
                        };
                        self.planned = Some(planned.clone());
                        self.error = None;
                        self.looks_like_sales = false;
                    }
                    Err(error) => {
                        self.planned = None;
                        self.check = Check::Idle;
                        self.looks_like_sales = matches!(
                            &**error,
                            crate::service::Error::Import(
                                crate::ingest::import::ImportError::WrongKind {
                                    sign: crate::ingest::import::WrongKindSign::SalesRows { .. },
                                    ..
                                }
                            )
                        );
                        self.error = Some(localized(&ImportFailure(error)));
                    }
                }
            }
            Event::ImportChecked { job, result } if self.check_job == Some(*job) => {
                self.check = match result {
                    None => Check::Idle,
                    Some(Ok(report)) => Check::Done(report.clone()),
                    Some(Err(error)) => Check::Failed(localized(&ImportFailure(error))),
                };
            }
            Event::ImportDone { job, result } if self.run_job == Some(*job) => {
                self.run_job = None;
                self.finished = Some(result.clone());
                if result.is_ok() {
                    cx.send(Request::LoadImports);
                }
                // The JobDone that follows ends the request.
            }
            Event::Imports(batches) => self.history = Some(batches.clone()),
            Event::BatchContents { batch, contents } => {
                if let Some(ask) = &mut self.undo_ask
                    && ask.batch.id == *batch
                {
                    ask.contents = Some(*contents);
                }
            }
            Event::ImportUndone {
                batch,
                result: Ok(_),
            } => {
                // The planned file may no longer be a repeat.
                if let Some(p) = &mut self.planned
                    && p.earlier.as_ref().is_some_and(|e| e.id == *batch)
                {
                    p.earlier = None;
                }
            }
            Event::Problems { batch, problems } => {
                if let Some(shown) = &mut self.problems
                    && shown.batch == *batch
                {
                    shown.problems = Some(problems.clone());
                }
            }
            _ => {}
        }
    }

    fn on_command(&mut self, cx: &mut Cx, command: &Command) {
        match command {
            Command::OpenFileDialog if self.run_job.is_none() => {
                cx.command(Command::PickImportFile);
            }
            Command::OpenImportFile(path) if self.run_job.is_none() => {
                self.open_file(cx, path.clone());
            }
            Command::PlanImport(choice) => self.plan(cx, *choice),
            Command::StartImport => self.start(cx),
            Command::LoadImports => cx.send(Request::LoadImports),
            Command::AskUndoImport(id) => {
                let batch = self
                    .history
                    .as_ref()
                    .and_then(|h| h.iter().find(|b| b.id == *id))
                    .cloned();
                if let Some(batch) = batch {
                    self.undo_ask = Some(UndoAsk {
                        batch,
                        contents: None,
                    });
                    cx.send(Request::CountBatch(*id));
                }
            }
            Command::ConfirmUndoImport(id) => {
                self.undo_ask = None;
                cx.send(Request::UndoImport(*id));
            }
            Command::ShowProblems(id) => {
                self.problems = Some(BatchProblems {
                    batch: *id,
                    problems: None,
                });
                cx.send(Request::LoadProblems(*id));
            }
            _ => {}
        }
    }
}

impl ImportScreen {
    /// Starts over with a new file.
    fn open_file(&mut self, cx: &mut Cx, path: PathBuf) {
        cx.command(Command::SwitchTab(Tab::IMPORT));
        self.cancel_check(cx);
        self.path = Some(path);
        self.options = ImportOptions::default();
        self.planned = None;
        self.error = None;
        self.looks_like_sales = false;
        self.check = Check::Idle;
        self.allow_again = false;
        self.dates_answered = false;
        self.finished = None;
        self.feedback = None;
        self.plan(cx, MappingChoice::Guess);
    }

    /// Stops the check of the file planned before, if it is still running.
    fn cancel_check(&mut self, cx: &mut Cx) {
        if let Some(old) = self.check_job.take() {
            cx.cancel_job(old);
        }
    }

    /// Plans (and then checks) the file with the options chosen.
    fn plan(&mut self, cx: &mut Cx, mapping: MappingChoice) {
        let Some(path) = self.path.clone() else {
            return;
        };
        self.cancel_check(cx);
        let (id, cancel) = cx.start_job(&tr!("import-job-check"), &tr!("import-job-reading"));
        self.check_job = Some(id);
        self.planning = true;
        self.check = Check::Idle;
        self.finished = None;
        let mut options = self.options.clone();
        // The shop's locale reads ambiguous dates unless the person chose for this file.
        options.default_date_order = options
            .default_date_order
            .or(Some(cx.settings.date_order()));
        options.phone_country = Some(cx.settings.phone_country.clone());
        options.time_zone = Some(cx.settings.zone());
        cx.send(Request::PlanImport {
            job: id,
            path,
            options: Box::new(options),
            mapping,
            cancel,
        });
    }

    /// Imports the planned and checked file.
    fn start(&mut self, cx: &mut Cx) {
        if !self.can_import() {
            return;
        }
        let (Some(planned), Check::Done(report)) = (&self.planned, &self.check) else {
            return;
        };
        let mut options = planned.options.clone();
        options.dry_run = false;
        options.allow_duplicate_file = self.allow_again;
        let plan = Box::new(planned.plan.clone());
        let path = planned.path.clone();
        let expected_rows = report.rows_read;
        let (id, cancel) = cx.start_job(
            &tr!("import-job-import", file = plan.info.file_name.as_str()),
            &tr!("import-job-starting"),
        );
        self.run_job = Some(id);
        cx.send(Request::RunImport {
            job: id,
            path,
            plan,
            options: Box::new(options),
            expected_rows,
            cancel,
        });
    }
}

/// Draws the tab.
fn draw(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    if !this.history_requested {
        this.history_requested = true;
        cx.command(Command::LoadImports);
    }
    undo_modal(this, cx, ui.ctx());
    this.erase.ui(cx, ui.ctx());
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("import_page")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                header_ui(this, cx, ui);
                ui.add_space(theme::GAP);
                if this.finished.is_some() && this.run_job.is_none() {
                    finished_ui(this, cx, ui);
                } else if this.path.is_some() {
                    file_ui(this, cx, ui);
                }
                ui.add_space(2.0 * theme::GAP);
                history_ui(this, cx, ui);
                problems_ui(this, cx, ui);
            });
    });
}

fn header_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        ui.heading(crate::tr!("import-import"));
        ui.add_space(theme::GAP);
        let busy = this.run_job.is_some();
        if ui
            .add_enabled(!busy, egui::Button::new(crate::tr!("import-open-a-file")))
            .on_hover_text(crate::tr!("import-ctrl-o"))
            .clicked()
        {
            cx.command(Command::OpenFileDialog);
        }
        ui.label(
            egui::RichText::new(
                crate::tr!("import-or-drop-a-file-on"),
            )
            .weak(),
        );
    });
    if this.path.is_none() && this.finished.is_none() {
        ui.add_space(theme::GAP);
        ui.label(
            crate::tr!("import-bring-in-the-customers-and"),
        );
    }
}

fn kind_label(kind: ImportKind) -> String {
    match kind {
        ImportKind::Contacts => tr!("import-kind-contacts"),
        ImportKind::Sales => tr!("import-kind-sales"),
    }
}

fn file_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    let tab = &*this;
    let name = tab
        .path
        .as_ref()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(&name).strong().size(16.0));
        if tab.planning {
            ui.spinner();
            ui.label(crate::tr!("import-reading-the-file"));
        }
    });
    if feedback_file_ui(this, cx, ui) {
        return;
    }
    if let Some(error) = this.error.clone() {
        ui.add_space(6.0);
        ui.label(egui::RichText::new(error).color(theme::bad(dark)));
        if this.looks_like_sales {
            sales_or_contacts_ui(this, cx, ui);
        }
        return;
    }
    let tab = &*this;
    let Some(planned) = tab.planned.clone() else {
        return;
    };
    let running = tab.run_job.is_some();
    ui.add_enabled_ui(!running, |ui| {
        ui.add_space(6.0);
        kind_ui(this, cx, ui, &planned);
        ui.add_space(6.0);
        read_options_ui(this, cx, ui, &planned);
        ui.add_space(6.0);
        for note in &planned.plan.notes {
            // The window asks about ambiguous dates itself (and the Dates choice shows the
            // answer); the note written for the command line would only confuse.
            use crate::ingest::import::Note;
            if planned.plan.dates_ambiguous && matches!(note, Note::AmbiguousDates { .. }) {
                continue;
            }
            // The recognised layout has its own line above the mapping.
            if matches!(note, Note::Layout { .. }) {
                continue;
            }
            ui.label(tr!("import-note", note = localized(note)));
        }
        if planned.remembered {
            ui.label(
                egui::RichText::new(crate::tr!("import-using-the-mapping-from-your"))
                    .color(theme::good(dark)),
            );
        }
        if let Some(blocker) = &planned.blocker {
            ui.label(egui::RichText::new(blocker).color(theme::bad(dark)));
        }
        ui.add_space(6.0);
        mapping_ui(ui, &planned);
        ui.add_space(6.0);
        preview_ui(this, cx, ui, &planned);
    });
    ui.add_space(theme::GAP);
    check_ui(this, cx, ui, &planned);
}

/// A file chosen as contacts that looks like sales: import it as sales, or its people as
/// contacts all the same.
fn sales_or_contacts_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr!("import3-import-as-sales")).clicked() {
            this.options.kind = ImportKind::Sales;
            this.options.map.clear();
            cx.command(Command::PlanImport(MappingChoice::GuessForKind));
        }
        if ui.button(tr!("import3-contacts-anyway")).clicked() {
            this.options.kind = ImportKind::Contacts;
            this.options.sales_as_contacts = true;
            cx.command(Command::PlanImport(MappingChoice::GuessForKind));
        }
    });
}

fn kind_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui, planned: &PlannedImport) {
    ui.horizontal(|ui| {
        ui.label(crate::tr!("import-the-file-holds"));
        for kind in [ImportKind::Contacts, ImportKind::Sales] {
            let selected = planned.options.kind == kind;
            if ui.selectable_label(selected, kind_label(kind)).clicked() && !selected {
                this.options = planned.options.clone();
                this.options.kind = kind;
                this.options.map.clear();
                cx.command(Command::PlanImport(MappingChoice::GuessForKind));
            }
        }
        if ui
            .selectable_label(false, crate::tr!("import-kind-feedback"))
            .clicked()
        {
            start_feedback(this, cx);
        }
        let contacts = planned.options.kind == ImportKind::Contacts;
        let hint = match (planned.kind_guessed, planned.plan.layout, contacts) {
            (false, _, true) => tr!("import-hint-contacts"),
            (false, _, false) => tr!("import-hint-sales"),
            (true, Some(layout), true) => tr!("import-hint-contacts-layout", layout = layout.name.as_str()),
            (true, Some(layout), false) => tr!("import-hint-sales-layout", layout = layout.name.as_str()),
            (true, None, true) => tr!("import-hint-contacts-guessed"),
            (true, None, false) => tr!("import-hint-sales-guessed"),
        };
        ui.label(egui::RichText::new(hint).weak());
    });
}

/// Treats the file as feedback and checks it.
fn start_feedback(this: &mut ImportScreen, cx: &mut Cx) {
    let Some(path) = this.path.clone() else {
        return;
    };
    this.cancel_check(cx);
    this.planning = false;
    let mut f = feedback::FeedbackImport::default();
    f.run(cx, path, false);
    this.feedback = Some(f);
}

/// The kind row and the feedback part when the file holds feedback (true), or an offer to
/// read it as feedback when it could not be read as contacts or sales.
fn feedback_file_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui) -> bool {
    let Some(path) = this.path.clone() else {
        return false;
    };
    if let Some(f) = &mut this.feedback {
        ui.add_space(6.0);
        let mut back = None;
        ui.horizontal(|ui| {
            ui.label(tr!("import-words-file-holds"));
            for kind in [ImportKind::Contacts, ImportKind::Sales] {
                if ui.selectable_label(false, kind_label(kind)).clicked() {
                    back = Some(kind);
                }
            }
            let _ = ui.selectable_label(true, tr!("import-kind-feedback"));
        });
        feedback::feedback_ui(f, cx, ui, &path);
        if let Some(kind) = back {
            this.feedback = None;
            this.options.kind = kind;
            this.options.map.clear();
            cx.command(Command::PlanImport(MappingChoice::GuessForKind));
        }
        return true;
    }
    if this.error.is_some() {
        ui.add_space(6.0);
        if ui
            .button(tr!("import-words-read-as-feedback"))
            .clicked()
        {
            start_feedback(this, cx);
            return true;
        }
    }
    false
}

const ENCODINGS: [&str; 10] = [
    "UTF-8",
    "UTF-16LE",
    "UTF-16BE",
    "windows-1252",
    "ISO-8859-15",
    "windows-1251",
    "KOI8-R",
    "GBK",
    "gb18030",
    "Big5",
];

fn delimiter_label(d: u8) -> String {
    match d {
        b'\t' => tr!("import-delimiter-tab"),
        b',' => tr!("import-delimiter-comma"),
        b';' => tr!("import-delimiter-semicolon"),
        b'|' => tr!("import-delimiter-bar"),
        other => (other as char).to_string(),
    }
}

fn read_options_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui, planned: &PlannedImport) {
    let info = &planned.plan.info;
    let mut options = planned.options.clone();
    let mut changed = false;
    let mut answered = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::tr!("import-format"));
        ui.label(
            egui::RichText::new(match info.format {
                Format::Delimited => tr!("import-format-csv"),
                Format::Xlsx => tr!("import-format-xlsx"),
                Format::Xls => tr!("import-format-xls"),
                Format::Ods => tr!("import-format-ods"),
            })
            .strong(),
        );
        if info.format == Format::Delimited {
            ui.separator();
            let current = info.encoding.unwrap_or("UTF-8");
            let shown = if info.encoding_detected {
                tr!("import-encoding-detected", encoding = current)
            } else {
                current.to_string()
            };
            ui.label(crate::tr!("import-encoding"));
            egui::ComboBox::from_id_salt("import_encoding")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for e in ENCODINGS {
                        if ui
                            .selectable_label(current.eq_ignore_ascii_case(e), e)
                            .clicked()
                        {
                            options.read.encoding = Some(e.to_string());
                            changed = true;
                        }
                    }
                });
            ui.separator();
            ui.label(crate::tr!("import-delimiter"));
            let current = info.delimiter.unwrap_or(b',');
            egui::ComboBox::from_id_salt("import_delimiter")
                .selected_text(delimiter_label(current))
                .show_ui(ui, |ui| {
                    for d in [b',', b';', b'\t', b'|'] {
                        if ui
                            .selectable_label(current == d, delimiter_label(d))
                            .clicked()
                        {
                            options.read.delimiter = Some(d);
                            changed = true;
                        }
                    }
                });
        }
        if let Some(sheet) = &info.sheet {
            ui.separator();
            ui.label(crate::tr!("import-sheet"));
            if info.sheets.len() > 1 {
                egui::ComboBox::from_id_salt("import_sheet")
                    .selected_text(sheet)
                    .show_ui(ui, |ui| {
                        for s in &info.sheets {
                            if ui.selectable_label(s == sheet, s).clicked() {
                                options.read.sheet = Some(s.clone());
                                // Another sheet has its own header row.
                                options.read.header_row = None;
                                changed = true;
                            }
                        }
                    });
            } else {
                ui.label(egui::RichText::new(sheet).strong());
            }
        }
        ui.separator();
        ui.label(crate::tr!("import-header-row"));
        let row = info.header_row;
        if ui
            .add_enabled(row > 1, egui::Button::new("−").small())
            .on_hover_text(crate::tr!("import-the-column-names-are-one"))
            .clicked()
        {
            options.read.header_row = Some(row - 1);
            changed = true;
        }
        ui.label(egui::RichText::new(row.to_string()).strong());
        if ui
            .add_enabled(row < 100, egui::Button::new("+").small())
            .on_hover_text(crate::tr!("import-the-column-names-are-one-2"))
            .clicked()
        {
            options.read.header_row = Some(row + 1);
            changed = true;
        }
        ui.separator();
        ui.label(crate::tr!("import-decimal-separator"));
        let decimal = planned.plan.decimal;
        let decimal_label = |d: Decimal| match d {
            Decimal::Dot => tr!("import-decimal-dot"),
            Decimal::Comma => tr!("import-decimal-comma"),
        };
        egui::ComboBox::from_id_salt("import_decimal")
            .selected_text(decimal_label(decimal))
            .show_ui(ui, |ui| {
                for d in [Decimal::Dot, Decimal::Comma] {
                    if ui
                        .selectable_label(decimal == d, decimal_label(d))
                        .clicked()
                    {
                        options.decimal = Some(d);
                        changed = true;
                    }
                }
            });
        ui.separator();
        ui.label(crate::tr!("import-dates"));
        let order = planned.plan.date_rules.order;
        let order_label = |o: DateOrder| match o {
            DateOrder::DayFirst => tr!("import-order-day-first"),
            DateOrder::MonthFirst => tr!("import-order-month-first"),
        };
        egui::ComboBox::from_id_salt("import_date_order")
            .selected_text(order_label(order))
            .show_ui(ui, |ui| {
                for o in [DateOrder::DayFirst, DateOrder::MonthFirst] {
                    if ui.selectable_label(order == o, order_label(o)).clicked() {
                        options.default_date_order = Some(o);
                        answered = true;
                        changed = true;
                    }
                }
            });
    });
    if answered {
        this.dates_answered = true;
    }
    if changed {
        this.options = options;
        cx.command(Command::PlanImport(MappingChoice::Exact));
    }
}

/// Asks how the file writes dates when its values fit both orders (every day and month
/// part is 12 or less): the import waits for the answer.
fn dates_question_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    if !this.dates_unanswered() {
        return;
    }
    let example = this
        .planned
        .as_ref()
        .and_then(|p| ambiguous_example(&p.plan))
        .unwrap_or_else(|| "03/04/2025".to_string());
    let mut choice = None;
    egui::Frame::group(ui.style())
        .fill(ui.visuals().warn_fg_color.gamma_multiply(0.12))
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(tr!("import-ask-date-order", example = example.as_str()))
                .strong(),
            );
            ui.horizontal(|ui| {
                let (day, month) = read_both_ways(&example);
                if ui.button(tr!("import-read-day-first", example = example.as_str(), date = day)).clicked() {
                    choice = Some(DateOrder::DayFirst);
                }
                if ui.button(tr!("import-read-month-first", example = example.as_str(), date = month)).clicked() {
                    choice = Some(DateOrder::MonthFirst);
                }
            });
        });
    if let Some(order) = choice {
        let tab = &mut *this;
        tab.dates_answered = true;
        if let Some(planned) = &tab.planned {
            tab.options = planned.options.clone();
        }
        tab.options.default_date_order = Some(order);
        cx.command(Command::PlanImport(MappingChoice::Exact));
    }
}

/// A date value of the file that reads both ways, for the question.
fn ambiguous_example(plan: &crate::ingest::import::Plan) -> Option<String> {
    let date_columns: Vec<usize> = plan
        .columns
        .iter()
        .enumerate()
        .filter(|(_, f)| f.is_some_and(|f| f.is_date()))
        .map(|(i, _)| i)
        .collect();
    plan.preview.iter().find_map(|row| {
        date_columns.iter().find_map(|&i| {
            let v = row.cells.get(i)?.trim();
            let parts: Vec<&str> = v.split(['/', '.', '-']).collect();
            (parts.len() == 3
                && parts[0].len() <= 2
                && parts[1].len() <= 2
                && parts[..2]
                    .iter()
                    .all(|p| p.parse::<u32>().is_ok_and(|n| (1..=12).contains(&n))))
            .then(|| v.to_string())
        })
    })
}

/// "3 April 2025" and "March 4, 2025" for "03/04/2025".
fn read_both_ways(example: &str) -> (String, String) {
    let parts: Vec<u32> = example
        .split(['/', '.', '-'])
        .filter_map(|p| p.trim().parse().ok())
        .collect();
    match parts[..] {
        [a, b, y] if (1..=12).contains(&a) && (1..=12).contains(&b) => {
            let year = if y < 100 {
                format!("'{y:02}")
            } else {
                y.to_string()
            };
            let lang = crate::text::ui_lang();
            if matches!(lang, crate::text::Lang::En | crate::text::Lang::Pseudo) {
                return (
                    format!("{a} {} {year}", month_number_name(b)),
                    format!("{} {b}, {year}", month_number_name(a)),
                );
            }
            // Each reading in the language's own way of writing a date in words.
            let words = |day: u32, month: u32| {
                let loader = crate::text::fluent::loader(lang);
                let month = loader.get(&format!("month-of-{month}"));
                let m = crate::text::Message::new("date-in-words")
                    .arg("day", day.to_string())
                    .arg("month", month)
                    .arg("year", year.clone());
                crate::text::render(lang, &m)
            };
            (words(a, b), words(b, a))
        }
        _ => (tr!("import-day-first"), tr!("import-month-first")),
    }
}

/// The fields a column of this kind of file can feed.
fn fields_for(kind: ImportKind) -> impl Iterator<Item = Field> {
    Field::ALL
        .into_iter()
        .filter(move |f| kind == ImportKind::Sales || !f.is_sale_field())
}

/// The layout recognised and what each column was understood as, with the reason.
fn mapping_ui(ui: &mut egui::Ui, planned: &PlannedImport) {
    let plan = &planned.plan;
    if let Some(layout) = plan.layout {
        ui.label(
            egui::RichText::new(localized(layout))
                .strong()
                .color(theme::good(ui.visuals().dark_mode)),
        );
    }
    let mapping = plan.mapping();
    if mapping.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(tr!("import-columns-understood", count = (mapping.len() as i64)))
    .id_salt("import_mapping_reasons")
    .default_open(true)
    .show(ui, |ui| {
        egui::Grid::new("import_mapping_grid")
            .striped(true)
            .num_columns(3)
            .show(ui, |ui| {
                for (i, (column, field)) in plan.headers.iter().zip(&plan.columns).enumerate() {
                    let Some(field) = field else { continue };
                    ui.label(egui::RichText::new(column).strong());
                    ui.label(crate::text::field_label(*field)).on_hover_text(field.name());
                    let why = plan.why.get(i).cloned().flatten().unwrap_or(Why::Chosen);
                    ui.label(egui::RichText::new(localized(&why)).weak());
                    ui.end_row();
                }
            });
    });
}

fn preview_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui, planned: &PlannedImport) {
    let plan = &planned.plan;
    let kind = planned.options.kind;
    let rows = plan.preview.len().min(PREVIEW_ROWS);
    ui.label(
        egui::RichText::new(tr!("import-words-preview", rows = rows))
        .weak(),
    );
    let mut new_columns: Option<Vec<Option<Field>>> = None;
    let weak = ui.visuals().weak_text_color();
    egui::ScrollArea::horizontal()
        .id_salt("import_preview_h")
        .show(ui, |ui| {
            TableBuilder::new(ui)
                .id_salt("import_preview")
                .striped(true)
                .resizable(true)
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(Column::exact(44.0))
                .columns(
                    Column::initial(150.0).at_least(90.0).clip(true),
                    plan.headers.len(),
                )
                .min_scrolled_height(0.0)
                .max_scroll_height(280.0)
                .header(50.0, |mut header| {
                    header.col(|ui| {
                        ui.label(egui::RichText::new(crate::tr!("import-row")).weak());
                    });
                    for (i, name) in plan.headers.iter().enumerate() {
                        header.col(|ui| {
                            ui.vertical(|ui| {
                                let label = ui.label(egui::RichText::new(name).strong());
                                let current = plan.columns.get(i).copied().flatten();
                                let text = match current {
                                    Some(f) => egui::RichText::new(crate::text::field_label(f)),
                                    None => {
                                        egui::RichText::new(crate::tr!("import-kept-as-extra")).italics().color(weak)
                                    }
                                };
                                egui::ComboBox::from_id_salt(("import_map", i))
                                    .selected_text(text)
                                    .width(136.0)
                                    .height(400.0)
                                    .show_ui(ui, |ui| {
                                        let mut choice = current;
                                        ui.selectable_value(&mut choice, None, tr!("import-words-keep-as-extra"));
                                        for f in fields_for(kind) {
                                            ui.selectable_value(&mut choice, Some(f), crate::text::field_label(f))
                                                .on_hover_text(f.name());
                                        }
                                        if choice != current {
                                            let mut columns = plan.columns.clone();
                                            // One column per field, except the street, which
                                            // may be put together from several.
                                            if let Some(f) = choice
                                                && f != Field::Street
                                            {
                                                for c in columns.iter_mut() {
                                                    if *c == Some(f) {
                                                        *c = None;
                                                    }
                                                }
                                            }
                                            if let Some(c) = columns.get_mut(i) {
                                                *c = choice;
                                            }
                                            new_columns = Some(columns);
                                        }
                                    })
                                    .response
                                    .labelled_by(label.id);
                            });
                        });
                    }
                })
                .body(|body| {
                    body.rows(theme::ROW_HEIGHT, rows, |mut row| {
                        let r = &plan.preview[row.index()];
                        row.col(|ui| {
                            ui.label(egui::RichText::new(r.row.to_string()).weak());
                        });
                        for i in 0..plan.headers.len() {
                            row.col(|ui| {
                                ui.label(r.cells.get(i).map(String::as_str).unwrap_or(""));
                            });
                        }
                    });
                });
        });
    if let Some(columns) = new_columns {
        let mut options = planned.options.clone();
        options.map = plan
            .headers
            .iter()
            .zip(&columns)
            .filter_map(|(h, c)| c.map(|f| (f, h.clone())))
            .collect();
        this.options = options;
        cx.command(Command::PlanImport(MappingChoice::Exact));
    }
}

/// Problems grouped by kind, rejected rows first, each with its count and first examples.
pub fn group_problems(problems: &[NewProblem]) -> Vec<(Severity, String, usize, Vec<&NewProblem>)> {
    let mut groups: Vec<(Severity, String, usize, Vec<&NewProblem>)> = Vec::new();
    for p in problems {
        let kind = localized(&ProblemGroup(&p.kind));
        match groups.iter_mut().find(|g| g.0 == p.severity && g.1 == kind) {
            Some(g) => {
                g.2 += 1;
                if g.3.len() < EXAMPLES {
                    g.3.push(p);
                }
            }
            None => groups.push((p.severity, kind, 1, vec![p])),
        }
    }
    groups.sort_by_key(|g| (g.0 != Severity::Error, std::cmp::Reverse(g.2)));
    groups
}

fn problems_list_ui(ui: &mut egui::Ui, problems: &[NewProblem], shown_of: Option<u64>, formats: &Formats) {
    let dark = ui.visuals().dark_mode;
    for (severity, kind, count, examples) in group_problems(problems) {
        let (tag, color) = match severity {
            Severity::Error => (tr!("import-tag-rejected"), theme::bad(dark)),
            Severity::Warning => (tr!("import-tag-warning"), ui.visuals().warn_fg_color),
        };
        ui.label(
            egui::RichText::new(tr!(
                "import-problem-group",
                tag = tag.as_str(),
                count = formats.int(count as i64),
                kind = kind.as_str()
            ))
            .color(color),
        );
        ui.indent(("examples", severity == Severity::Error, &kind), |ui| {
            for p in examples {
                ui.label(egui::RichText::new(localized(p)).weak());
            }
        });
    }
    if let Some(total) = shown_of
        && (problems.len() as u64) < total
    {
        ui.label(
            egui::RichText::new(tr!(
                "import-problems-first",
                shown = formats.int(problems.len() as i64),
                total = formats.int(total as i64)
            ))
            .weak(),
        );
    }
}

fn rejected_of(problems: &[NewProblem]) -> Vec<NewProblem> {
    problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .cloned()
        .collect()
}

fn check_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui, planned: &PlannedImport) {
    let dark = ui.visuals().dark_mode;
    ui.heading(crate::tr!("import-check"));
    let check = this.check.clone();
    let check_job = this.check_job;
    match &check {
        Check::Idle => {
            ui.label(
                crate::tr!("import-choose-the-columns-above-the"),
            );
        }
        Check::Running => {
            let job = cx.jobs.iter().find(|j| Some(j.id) == check_job).cloned();
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(crate::tr!("import-checking-every-row-nothing-is"));
                if let Some(job) = job {
                    ui.add(
                        egui::ProgressBar::new(job.fraction)
                            .desired_width(200.0)
                            .text(job.stage.clone()),
                    );
                    if ui.button(crate::tr!("import-stop")).clicked() {
                        cx.command(Command::CancelJob(job.id));
                    }
                }
            });
        }
        Check::Failed(message) => {
            ui.label(egui::RichText::new(message).color(theme::bad(dark)));
        }
        Check::Done(report) => {
            let report = report.clone();
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(tr!("import-rows-ok", count = (report.rows_imported as i64), shown = cx.formats.int(report.rows_imported as i64)))
                    .strong()
                    .color(theme::good(dark)),
                );
                ui.separator();
                let rejected = egui::RichText::new(tr!("import-rows-rejected", count = (report.rows_rejected as i64), shown = cx.formats.int(report.rows_rejected as i64)))
                .strong();
                ui.label(if report.rows_rejected > 0 {
                    rejected.color(theme::bad(dark))
                } else {
                    rejected
                });
                ui.separator();
                ui.label(
                    egui::RichText::new(tr!("import-warnings", count = (report.warnings as i64), shown = cx.formats.int(report.warnings as i64)))
                    .strong(),
                );
                ui.separator();
                ui.label(match planned.options.kind {
                    ImportKind::Contacts => tr!("import-contacts-added", count = (report.contacts_created as i64), shown = cx.formats.int(report.contacts_created as i64)),
                    ImportKind::Sales => tr!(
                        "import-sales-summary",
                        count = (report.sales_written as i64),
                        shown = cx.formats.int(report.sales_written as i64),
                        new = cx.formats.int(report.contacts_created as i64),
                        known = cx.formats.int(report.sales_linked_to_existing as i64)
                    ),
                });
            });
            // What the summary counts apart: walk-in sales and orders that do not count.
            if report.walk_in_sales > 0 {
                ui.label(tr!(
                    "import3-walk-in",
                    count = (report.walk_in_sales as i64),
                    shown = cx.formats.int(report.walk_in_sales as i64),
                    amount = cx.formats.money(report.walk_in_amount_cents)
                ));
            }
            for a in &report.set_aside {
                ui.label(tr!(
                    "import-set-aside",
                    count = (a.orders as i64),
                    shown = cx.formats.int(a.orders as i64),
                    status = a.status.to_string(),
                    amount = cx.formats.money(a.amount_cents)
                ));
            }
        }
    }
    ui.add_space(theme::GAP);
    any_date_ui(this, cx, ui, planned, &check);
    if let Some(earlier) = &planned.earlier {
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(1.0, ui.visuals().warn_fg_color))
            .show(ui, |ui| {
                ui.label(
                    egui::RichText::new(tr!(
                        "import-already-imported",
                        date = earlier.started_at.to_string(),
                        id = earlier.id.to_string(),
                        rows = cx.formats.int(earlier.rows_imported)
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
                let mut allow = this.allow_again;
                if ui.checkbox(&mut allow, tr!("import-again-anyway")).changed() {
                    this.allow_again = allow;
                }
            });
        ui.add_space(6.0);
    }
    let tab = &*this;
    if let Some(job) = tab
        .run_job
        .and_then(|id| cx.jobs.iter().find(|j| j.id == id))
        .cloned()
    {
        ui.horizontal(|ui| {
            ui.add(
                egui::ProgressBar::new(job.fraction)
                    .desired_width(360.0)
                    .text(progress_text(cx.formats, &job.stage, job.fraction)),
            );
            if ui.button(crate::tr!("import-cancel")).clicked() {
                cx.command(Command::CancelJob(job.id));
            }
        });
    } else {
        dates_question_ui(this, cx, ui);
        import_button_ui(this, cx, ui);
    }
    if let Check::Done(report) = &check
        && !report.problems.is_empty()
    {
        ui.add_space(theme::GAP);
        problems_list_ui(
            ui,
            &report.problems,
            Some(report.rows_rejected + report.warnings),
            cx.formats,
        );
        if report.rows_rejected > 0 && ui.button(crate::tr!("import-save-rejected-rows-as-csv")).clicked() {
            cx.command(Command::SaveProblems {
                file_name: rejected_file_name(&planned.plan.info.file_name),
                headers: planned.plan.headers.clone(),
                problems: rejected_of(&report.problems),
            });
        }
    }
}

/// The box that accepts sale dates before 1900 or in the future, shown when the check
/// rejected rows for such a date (or the box is ticked): checking again with it.
fn any_date_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui, planned: &PlannedImport, check: &Check) {
    let rejected = match check {
        Check::Done(report) => report.dates_out_of_range,
        _ => 0,
    };
    let mut allow = planned.options.allow_any_date;
    if rejected == 0 && !allow {
        return;
    }
    if rejected > 0 {
        ui.label(
            egui::RichText::new(tr!("import-bad-dates", count = (rejected as i64), shown = cx.formats.int(rejected as i64)))
            .color(ui.visuals().warn_fg_color),
        );
    }
    if ui
        .checkbox(&mut allow, tr!("import-accept-any-date"))
        .changed()
    {
        let mut options = planned.options.clone();
        options.allow_any_date = allow;
        this.options = options;
        cx.command(Command::PlanImport(MappingChoice::Exact));
    }
    ui.add_space(6.0);
}

fn import_button_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    let tab = &*this;
    let rows = match &tab.check {
        Check::Done(r) => r.rows_imported,
        _ => 0,
    };
    let label = tr!("import-button", count = (rows as i64), shown = cx.formats.int(rows as i64));
    let enabled = tab.can_import();
    let text = egui::RichText::new(label).size(16.0);
    let button = if enabled {
        egui::Button::new(text.color(egui::Color32::WHITE)).fill(theme::ACCENT)
    } else {
        egui::Button::new(text)
    }
    .min_size(egui::vec2(200.0, 34.0));
    let why = match (&tab.planned, &tab.check) {
        (Some(p), _) if p.blocker.is_some() => tr!("import-why-columns"),
        (Some(_), _) if tab.dates_unanswered() => tr!("import-why-dates"),
        (Some(p), _) if p.earlier.is_some() && !tab.allow_again => tr!("import-why-again"),
        (_, Check::Done(_)) if rows == 0 => tr!("import-why-no-row"),
        _ => tr!("import-why-checking"),
    };
    if ui
        .add_enabled(enabled, button)
        .on_disabled_hover_text(why)
        .clicked()
    {
        cx.command(Command::StartImport);
    }
}

fn rejected_file_name(file_name: &str) -> String {
    let stem = std::path::Path::new(file_name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "import".into());
    tr!("import-rejected-file", stem = stem)
}

fn finished_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    let Some(finished) = this.finished.clone() else {
        return;
    };
    let file = this
        .planned
        .as_ref()
        .map(|p| p.plan.info.file_name.clone())
        .unwrap_or_default();
    let kind = this
        .planned
        .as_ref()
        .map_or(ImportKind::Contacts, |p| p.options.kind);
    match finished {
        Err(error) => {
            ui.heading(tr!("import-not-imported", file = file.as_str()));
            ui.label(egui::RichText::new(localized(error.as_ref())).color(theme::bad(dark)));
        }
        Ok(report) => {
            ui.heading(tr!("import-imported", file = file.as_str()));
            let g = |n: u64| cx.formats.int(n as i64);
            let what = match kind {
                ImportKind::Contacts => tr!("import-done-contacts", new = g(report.contacts_created)),
                ImportKind::Sales => tr!(
                    "import-done-sales",
                    new = g(report.contacts_created),
                    lines = g(report.sales_written),
                    known = g(report.sales_linked_to_existing)
                ),
            };
            ui.label(
                egui::RichText::new(tr!(
                    "import-done",
                    imported = g(report.rows_imported),
                    read = g(report.rows_read),
                    what = what
                ))
                .size(16.0)
                .color(theme::good(dark)),
            );
            if report.rows_rejected > 0 || report.warnings > 0 {
                ui.label(tr!(
                    "import-done-problems",
                    rejected = g(report.rows_rejected),
                    warnings = g(report.warnings)
                ));
                problems_list_ui(
                    ui,
                    &report.problems,
                    Some(report.rows_rejected + report.warnings),
                    cx.formats,
                );
            }
            if let Some(id) = report.batch_id {
                ui.label(
                    egui::RichText::new(tr!("import-saved-as", id = id.to_string()))
                    .weak(),
                );
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button(crate::tr!("import-open-the-customers-tab")).clicked() {
                    cx.command(Command::SwitchTab(Tab::CUSTOMERS));
                }
                if let Some(id) = report.batch_id
                    && report.rows_rejected > 0
                    && ui.button(crate::tr!("import-show-all-rejected-rows")).clicked()
                {
                    cx.command(Command::ShowProblems(id));
                }
                if ui.button(crate::tr!("import-import-another-file")).clicked() {
                    cx.command(Command::OpenFileDialog);
                }
            });
            return;
        }
    }
    ui.add_space(6.0);
    if ui.button(crate::tr!("import-import-another-file-2")).clicked() {
        cx.command(Command::OpenFileDialog);
    }
}

fn history_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    ui.heading(crate::tr!("import-history"));
    let Some(history) = this.history.clone() else {
        ui.spinner();
        return;
    };
    if history.is_empty() {
        ui.label(egui::RichText::new(crate::tr!("import-nothing-has-been-imported-yet")).weak());
        return;
    }
    let dark = ui.visuals().dark_mode;
    let busy = this.run_job.is_some();
    egui::Grid::new("import_history")
        .striped(true)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            for h in [
                tr!("import-history-import"),
                tr!("import-history-what"),
                tr!("import-history-file"),
                tr!("import-history-read"),
                tr!("import-history-imported"),
                tr!("import-history-rejected"),
                tr!("import-history-when"),
                String::new(),
                String::new(),
            ] {
                ui.label(egui::RichText::new(h).strong());
            }
            ui.end_row();
            for b in &history {
                ui.label(b.id.to_string());
                ui.label(match b.kind.as_str() {
                    "contacts" => tr!("import-batch-contacts"),
                    "sales" => tr!("import-batch-sales"),
                    "demo" => tr!("import-batch-demo"),
                    "feedback" => tr!("import-batch-feedback"),
                    other => other.to_string(),
                });
                ui.label(b.file_name.as_deref().unwrap_or("—"));
                ui.label(cx.formats.int(b.rows_read));
                ui.label(cx.formats.int(b.rows_imported));
                let rejected = egui::RichText::new(cx.formats.int(b.rows_rejected));
                ui.label(if b.rows_rejected > 0 {
                    rejected.color(theme::bad(dark))
                } else {
                    rejected
                });
                ui.label(&b.started_at);
                match &b.undone_at {
                    Some(at) => {
                        ui.label(egui::RichText::new(crate::tr!("import-undone")).weak())
                            .on_hover_text(tr!("import-undone-on", date = at.as_str()));
                    }
                    None => {
                        if ui
                            .add_enabled(!busy, egui::Button::new(crate::tr!("import-undo")))
                            .on_hover_text(crate::tr!("import-remove-what-this-import-added"))
                            .clicked()
                        {
                            cx.command(Command::AskUndoImport(b.id));
                        }
                    }
                }
                batch_menu(ui, cx, b, busy, &mut this.erase);
                ui.end_row();
            }
        });
}

/// The "…" menu of one import in the history: its rejected rows, and erasing the people
/// it brought (what goes is counted and named first).
fn batch_menu(
    ui: &mut egui::Ui,
    cx: &mut Cx,
    b: &BatchSummary,
    busy: bool,
    erase: &mut crate::ui::widgets::retention::GroupErase,
) {
    ui.menu_button("…", |ui| {
        if b.rows_rejected > 0 && ui.button(crate::tr!("import-rejected-rows")).clicked() {
            cx.command(Command::ShowProblems(b.id));
        }
        let words = egui::RichText::new(tr!("privacy3-import-erase"))
            .color(theme::bad(ui.visuals().dark_mode));
        if ui
            .add_enabled(!busy && cx.jobs.is_empty(), egui::Button::new(words))
            .on_hover_text(tr!("privacy3-import-erase-hover"))
            .clicked()
        {
            erase.ask(cx, crate::jobs::EraseScope::Batch(b.id));
        }
    })
    .response
    .on_hover_text(tr!("privacy3-import-menu-hover"));
}

fn problems_ui(this: &mut ImportScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    let Some(shown) = this.problems.clone() else {
        return;
    };
    ui.add_space(theme::GAP);
    ui.horizontal(|ui| {
        ui.heading(tr!("import-problems-of", id = shown.batch.to_string()));
        if ui.button(crate::tr!("import-close")).clicked() {
            this.problems = None;
        }
    });
    let Some(problems) = shown.problems else {
        ui.spinner();
        return;
    };
    if problems.is_empty() {
        ui.label(crate::tr!("import-this-import-has-no-problems"));
        return;
    }
    problems_list_ui(ui, &problems, None, cx.formats);
    let rejected = rejected_of(&problems);
    if !rejected.is_empty() {
        ui.add_space(6.0);
        ui.label(egui::RichText::new(crate::tr!("import-rejected-rows-2")).strong());
        egui::Grid::new(("rejected_rows", shown.batch))
            .striped(true)
            .spacing([14.0, 4.0])
            .show(ui, |ui| {
                for h in [
                    tr!("import-problems-row"),
                    tr!("import-problems-column"),
                    tr!("import-problems-value"),
                    tr!("import-problems-row-as-read"),
                ] {
                    ui.label(egui::RichText::new(h).weak());
                }
                ui.end_row();
                for p in rejected.iter().take(REJECTED_SHOWN) {
                    ui.label(p.row.to_string());
                    ui.label(p.column.as_deref().unwrap_or("—"));
                    ui.label(p.raw_value.as_deref().unwrap_or("—"));
                    ui.label(p.raw_row.join(" · "));
                    ui.end_row();
                }
            });
        if rejected.len() > REJECTED_SHOWN {
            ui.label(
                egui::RichText::new(tr!(
                    "import-problems-first-rows",
                    shown = cx.formats.int(REJECTED_SHOWN as i64),
                    count = cx.formats.int(rejected.len() as i64)
                ))
                .weak(),
            );
        }
    }
    if !rejected.is_empty() && ui.button(crate::tr!("import-save-rejected-rows-as-csv-2")).clicked() {
        let width = rejected.iter().map(|p| p.raw_row.len()).max().unwrap_or(0);
        let headers = match this.planned.as_ref() {
            Some(p) if p.plan.headers.len() == width => p.plan.headers.clone(),
            _ => (1..=width).map(|i| format!("Column {i}")).collect(),
        };
        let file = this
            .history
            .as_ref()
            .and_then(|h| h.iter().find(|b| b.id == shown.batch))
            .and_then(|b| b.file_name.clone())
            .unwrap_or_else(|| tr!("import-file-stem", id = shown.batch.to_string()));
        cx.command(Command::SaveProblems {
            file_name: rejected_file_name(&file),
            headers,
            problems: rejected,
        });
    }
}

fn undo_modal(this: &mut ImportScreen, cx: &mut Cx, ctx: &egui::Context) {
    let Some(ask) = this.undo_ask.clone() else {
        return;
    };
    let response = egui::Modal::new(egui::Id::unique("undo_import")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(tr!("import-undo-ask", id = ask.batch.id.to_string()));
        ui.add_space(6.0);
        let mut confirmed = false;
        let mut cancelled = false;
        match ask.contents {
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(crate::tr!("import-counting-what-it-added"));
                });
            }
            Some(c) => {
                let file = ask
                    .batch
                    .file_name
                    .clone()
                    .unwrap_or_else(|| tr!("import-the-demo-shop"));
                ui.label(tr!(
                    "import-undo-what",
                    sales = cx.formats.int(c.sales),
                    contacts = cx.formats.int(c.contacts),
                    file = file
                ));
                ui.label(
                    egui::RichText::new(
                        crate::tr!("import-contacts-that-a-later-import"),
                    )
                    .weak(),
                );
            }
        }
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            let ready = ask.contents.is_some();
            if ui
                .add_enabled(ready, egui::Button::new(crate::tr!("import-undo-the-import")))
                .on_hover_text(crate::tr!("import-enter"))
                .clicked()
            {
                confirmed = true;
            }
            if ui.button(crate::tr!("import-keep-it")).on_hover_text(crate::tr!("import-esc")).clicked() {
                cancelled = true;
            }
        });
        if ask.contents.is_some() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            confirmed = true;
        }
        (confirmed, cancelled)
    });
    let (confirmed, cancelled) = response.inner;
    if confirmed {
        cx.command(Command::ConfirmUndoImport(ask.batch.id));
    } else if cancelled || response.should_close() {
        this.undo_ask = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(message: &str, severity: Severity) -> NewProblem {
        NewProblem {
            row: 1,
            column: None,
            raw_value: None,
            kind: Box::new(crate::store::ProblemKind::Written {
                message: message.into(),
            }),
            raw_row: Vec::new(),
            severity,
        }
    }

    #[test]
    fn alike_problems_group_together() {
        use crate::store::{Expected, ProblemKind};
        let not_a_date = |row: u64, value: &str| NewProblem {
            row,
            column: Some("date_of_birth".into()),
            raw_value: Some(value.into()),
            kind: Box::new(ProblemKind::NotKept {
                column: "date_of_birth".into(),
                value: value.into(),
                expected: Expected::Date,
                cut: false,
            }),
            raw_row: Vec::new(),
            severity: Severity::Warning,
        };
        let a = not_a_date(146, "19371233");
        let b = not_a_date(149, "19729518");
        let c = NewProblem {
            kind: Box::new(ProblemKind::NoCustomerNamed),
            ..problem("", Severity::Error)
        };
        // Problems recorded before kinds were stored group by their own words.
        let d = problem("row 3: as recorded long ago", Severity::Warning);
        let all = [a, b, c, d];
        let groups = group_problems(&all);
        assert_eq!(groups.len(), 3);
        assert_eq!(groups[0].0, Severity::Error);
        assert_eq!(
            groups[0].1,
            "The sale names no customer (no customer number, e-mail, phone or name)"
        );
        assert_eq!(
            groups[1].1,
            "Column date_of_birth: '…' is not a date; the field was left empty and the value kept with the customer's other columns"
        );
        assert_eq!(groups[1].2, 2);
        assert_eq!(groups[1].3.len(), 2);
        assert_eq!(groups[2].1, "row 3: as recorded long ago");
    }
}
