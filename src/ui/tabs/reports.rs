//! The Reports tab: choose the period, the sections and the paper; see the pages as they
//! will print; save the PDF or print it. The report is made on the worker
//! (`crate::jobs::make_report`) each time what is asked or the shop's data changes; the
//! window shows pictures of the pages the worker drew and never waits for it.

use crate::tr;
use std::sync::{Arc, Mutex};

use chrono::{Datelike, Months, NaiveDate};

use crate::format::iso_date;

use crate::jobs::{Event, MadeReport, Request};
use crate::report::print::{PrintChoice, Printer};
use crate::report::{Lang, Paper, ReportOptions, Section, section_title};
use crate::ui::app::Command;
use crate::ui::screen::{Cx, Screen};
use crate::ui::theme;
use crate::ui::widgets::progress_text;

/// Preview pixels per PDF point: an A4 page is drawn 893 pixels wide, sharp at the sizes
/// the tab shows it.
pub const PREVIEW_SCALE: f32 = 1.5;

/// The periods offered, relative to today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    /// From the first of this month to today.
    ThisMonth,
    /// The whole of last month: the default, a complete month.
    #[default]
    LastMonth,
    /// From the first day of this quarter to today.
    ThisQuarter,
    /// The whole of last quarter.
    LastQuarter,
    /// From 1 January to today.
    ThisYear,
    /// The whole of last year.
    LastYear,
    /// Two dates typed in.
    Custom,
}

impl Period {
    /// Every choice, in the order shown.
    pub const ALL: [Period; 7] = [
        Period::ThisMonth,
        Period::LastMonth,
        Period::ThisQuarter,
        Period::LastQuarter,
        Period::ThisYear,
        Period::LastYear,
        Period::Custom,
    ];

    /// The words shown.
    pub fn label(self) -> String {
        match self {
            Period::ThisMonth => tr!("reports-this-month"),
            Period::LastMonth => tr!("reports-last-month"),
            Period::ThisQuarter => tr!("reports-this-quarter"),
            Period::LastQuarter => tr!("reports-last-quarter"),
            Period::ThisYear => tr!("reports-this-year"),
            Period::LastYear => tr!("reports-last-year"),
            Period::Custom => tr!("reports-custom"),
        }
    }

    /// First and last day of the period as seen on `today`; `custom` for [`Period::Custom`].
    pub fn dates(self, today: NaiveDate, custom: (NaiveDate, NaiveDate)) -> (NaiveDate, NaiveDate) {
        let month = first_of(today.year(), today.month());
        let quarter = first_of(today.year(), (today.month() - 1) / 3 * 3 + 1);
        let year = first_of(today.year(), 1);
        let back =
            |d: NaiveDate, months: u32| d.checked_sub_months(Months::new(months)).unwrap_or(d);
        let day_before = |d: NaiveDate| d.pred_opt().unwrap_or(d);
        match self {
            Period::ThisMonth => (month, today),
            Period::LastMonth => (back(month, 1), day_before(month)),
            Period::ThisQuarter => (quarter, today),
            Period::LastQuarter => (back(quarter, 3), day_before(quarter)),
            Period::ThisYear => (year, today),
            Period::LastYear => (back(year, 12), day_before(year)),
            Period::Custom => (custom.0.min(custom.1), custom.0.max(custom.1)),
        }
    }
}

fn first_of(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN)
}

/// A report the tab has made, with its pages ready to draw.
pub struct Made {
    /// What the worker made.
    pub report: Box<MadeReport>,
    /// The data generation it was made from.
    pub generation: u64,
    /// The pages as textures, once uploaded (the pixels are then dropped).
    pub textures: Vec<egui::TextureHandle>,
}

/// State of the Reports tab.
pub struct ReportsScreen {
    /// The period chosen.
    pub period: Period,
    /// The dates of a custom period, as applied.
    pub custom: Option<(NaiveDate, NaiveDate)>,
    /// What the custom period's fields hold.
    pub from_text: String,
    /// What the custom period's fields hold.
    pub to_text: String,
    /// The sections to print.
    pub sections: Vec<Section>,
    /// The paper (`None`: the shop's locale decides).
    pub paper: Option<Paper>,
    /// The report's language (`None`: the window's), chosen on its own: an owner may print
    /// for an accountant who reads another language.
    pub lang: Option<Lang>,
    /// The day periods are counted from (`None`: today; tests fix it).
    pub today: Option<NaiveDate>,
    /// The report being made.
    pub job: Option<u64>,
    /// What was last asked of the worker, and for which data.
    pub asked: Option<(ReportOptions, u64)>,
    /// The last report made.
    pub made: Option<Made>,
    /// Why the last report could not be made.
    pub error: Option<String>,
    /// Size of the pages shown, 1.0 fitting the width.
    pub zoom: f32,
    /// The print window, when open.
    pub print: Option<PrintWindow>,
}

/// The print window: the printers the system lists, copies and paper.
pub struct PrintWindow {
    /// The printers, once listed (`lpstat` runs on its own thread).
    pub printers: Arc<Mutex<Option<Vec<Printer>>>>,
    /// The printer chosen, by name (`None`: the default one).
    pub printer: Option<String>,
    pub copies: u32,
    pub paper: Paper,
}

impl PrintWindow {
    /// Opens the window and starts listing the printers.
    pub fn open(ctx: &egui::Context, paper: Paper) -> PrintWindow {
        let printers: Arc<Mutex<Option<Vec<Printer>>>> = Arc::new(Mutex::new(None));
        let slot = printers.clone();
        let ctx = ctx.clone();
        let listed = std::thread::Builder::new()
            .name("clientele-printers".into())
            .spawn(move || {
                let found = crate::report::print::printers();
                if let Ok(mut slot) = slot.lock() {
                    *slot = Some(found);
                }
                ctx.request_repaint();
            });
        if listed.is_err()
            && let Ok(mut slot) = printers.lock()
        {
            *slot = Some(Vec::new());
        }
        PrintWindow {
            printers,
            printer: None,
            copies: 1,
            paper,
        }
    }
}

impl Default for ReportsScreen {
    fn default() -> Self {
        ReportsScreen {
            period: Period::default(),
            custom: None,
            from_text: String::new(),
            to_text: String::new(),
            sections: Section::defaults(),
            paper: None,
            lang: None,
            today: None,
            job: None,
            asked: None,
            made: None,
            error: None,
            zoom: 1.0,
            print: None,
        }
    }
}

impl ReportsScreen {
    /// The day the periods are counted from.
    pub fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// The report the choices on screen describe (`None` when no section is chosen).
    pub fn wanted(&self, shop_paper: Paper) -> Option<ReportOptions> {
        if self.sections.is_empty() {
            return None;
        }
        let today = self.today();
        let (from, to) = self
            .period
            .dates(today, self.custom.unwrap_or((today, today)));
        Some(ReportOptions {
            from: Some(from),
            to: Some(to),
            lang: self.lang.unwrap_or_else(crate::text::ui_lang),
            paper: self.paper.unwrap_or(shop_paper),
            sections: self.sections.clone(),
        })
    }

    /// Whether the report shown is the one asked for, made from the current data.
    pub fn is_current(&self, wanted: &ReportOptions, generation: u64) -> bool {
        self.job.is_none()
            && self
                .made
                .as_ref()
                .is_some_and(|m| m.report.options == *wanted && m.generation == generation)
    }
}

/// The file name offered when saving, in the window's language: the shop's name and the
/// period.
pub fn file_name(shop: &str, from: NaiveDate, to: NaiveDate) -> String {
    let fits = |c: &char| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|');
    let shop: String = shop.chars().filter(fits).collect();
    let shop = shop.trim();
    let shop = if shop.is_empty() {
        crate::tr!("reports-file-name-shop")
    } else {
        shop.to_string()
    };
    let name = crate::tr!(
        "reports-file-name",
        shop = shop,
        from = from.to_string(),
        to = to.to_string()
    );
    // A translation must not bring a character a file name cannot hold.
    name.chars().filter(fits).collect()
}

impl Screen for ReportsScreen {
    fn title(&self) -> String {
        crate::tr!("reports-title")
    }

    fn ui(&mut self, cx: &mut Cx, ui: &mut egui::Ui) {
        draw(self, cx, ui);
    }

    fn on_event(&mut self, _cx: &mut Cx, event: &Event) {
        if let Event::Report { job, result } = event
            && self.job == Some(*job)
        {
            self.job = None;
            match result {
                Ok(report) => {
                    let generation = self.asked.as_ref().map_or(0, |a| a.1);
                    self.error = None;
                    self.made = Some(Made {
                        report: report.clone(),
                        generation,
                        textures: Vec::new(),
                    });
                }
                Err(e) => self.error = Some(crate::text::local(e.as_ref())),
            }
        }
    }

    fn on_command(&mut self, cx: &mut Cx, command: &Command) {
        match command {
            Command::MakeReport(options) => self.make(cx, (**options).clone()),
            Command::PrintReportOn(choice) => {
                if let Some(made) = &self.made {
                    let pdf = made.report.pdf.clone();
                    cx.notify(tr!("reports-sending-to-printer"), false);
                    cx.send(Request::PrintReport {
                        pdf,
                        choice: choice.clone(),
                    });
                }
            }
            _ => {}
        }
    }
}

impl ReportsScreen {
    /// Makes the report, stopping one still being made for older choices.
    fn make(&mut self, cx: &mut Cx, options: ReportOptions) {
        if let Some(old) = self.job.take() {
            cx.cancel_job(old);
        }
        let (id, cancel) = cx.start_job(&tr!("reports-job"), &tr!("reports-job-starting"));
        self.job = Some(id);
        self.asked = Some((options.clone(), cx.data_generation));
        let today = self.today();
        cx.send(Request::Report {
            job: id,
            options: Box::new(options),
            today,
            pixels_per_point: PREVIEW_SCALE,
            cancel,
        });
    }
}

/// Asks where to save the report shown, then saves it.
fn ask_save(this: &ReportsScreen, cx: &mut Cx) {
    if let Some(made) = &this.made {
        let file_name = file_name(&cx.settings.shop_name, made.report.from, made.report.to);
        let pdf = made.report.pdf.clone();
        cx.command(Command::SaveReport { file_name, pdf });
    }
}

/// Opens the print window (printer, copies, paper) for the report shown.
fn open_print(this: &mut ReportsScreen, cx: &Cx, ctx: &egui::Context) {
    if this.made.is_some() {
        let paper = this.paper.unwrap_or(Paper::for_shop(cx.settings));
        this.print = Some(PrintWindow::open(ctx, paper));
    }
}

/// Draws the Reports tab.
fn draw(this: &mut ReportsScreen, cx: &mut Cx, ui: &mut egui::Ui) {
    let shop_paper = Paper::for_shop(cx.settings);
    let wanted = this.wanted(shop_paper);
    if let Some(options) = &wanted {
        let key = (options.clone(), cx.data_generation);
        if cx.stats.is_some() && this.asked.as_ref() != Some(&key) {
            cx.command(Command::MakeReport(Box::new(options.clone())));
        }
    }
    upload_pages(this, ui.ctx());
    let current = wanted
        .as_ref()
        .is_some_and(|w| this.is_current(w, cx.data_generation));
    if current {
        shortcuts(this, cx, ui.ctx());
    }
    egui::Panel::left("report_options")
        .resizable(false)
        .exact_size(290.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| options_ui(this, cx, ui, shop_paper, current));
        });
    egui::CentralPanel::default().show(ui, |ui| pages_ui(this, cx, ui, wanted.is_some()));
    print_window(this, cx, ui.ctx());
}

/// The print window: which printer, how many copies, which paper.
fn print_window(this: &mut ReportsScreen, cx: &mut Cx, ctx: &egui::Context) {
    let Some(win) = this.print.as_mut() else {
        return;
    };
    let listed = win.printers.lock().ok().and_then(|p| p.clone());
    let mut open = true;
    let mut send = None;
    let mut close = false;
    egui::Window::new(crate::tr!("reports-print-the-report"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            let Some(printers) = listed else {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(crate::tr!("reports-looking-for-printers"));
                });
                return;
            };
            if printers.is_empty() {
                ui.label(
                    crate::tr!("reports-no-printer-is-set-up"),
                );
                if ui.button(crate::tr!("reports-close")).clicked() {
                    close = true;
                }
                return;
            }
            let default = printers
                .iter()
                .find(|p| p.is_default)
                .map(|p| p.name.clone());
            let chosen = win
                .printer
                .clone()
                .or(default)
                .unwrap_or_else(|| printers[0].name.clone());
            egui::Grid::new("print_choices")
                .num_columns(2)
                .spacing(egui::vec2(12.0, 8.0))
                .show(ui, |ui| {
                    ui.label(crate::tr!("reports-printer"));
                    egui::ComboBox::from_id_salt("print_printer")
                        .selected_text(&chosen)
                        .width(220.0)
                        .show_ui(ui, |ui| {
                            for p in &printers {
                                let label = if p.is_default {
                                    tr!("reports-default-printer", printer = p.name.as_str())
                                } else {
                                    p.name.clone()
                                };
                                if ui.selectable_label(p.name == chosen, label).clicked() {
                                    win.printer = Some(p.name.clone());
                                }
                            }
                        });
                    ui.end_row();
                    ui.label(crate::tr!("reports-copies"));
                    ui.add(egui::DragValue::new(&mut win.copies).range(1..=99));
                    ui.end_row();
                    ui.label(crate::tr!("reports-paper"));
                    ui.horizontal(|ui| {
                        for (choice, label) in [
                            (Paper::A4, tr!("reports-paper-a4")),
                            (Paper::Letter, tr!("reports-paper-letter")),
                        ] {
                            ui.radio_value(&mut win.paper, choice, label);
                        }
                    });
                    ui.end_row();
                });
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui
                    .button(egui::RichText::new(tr!("reports-print-on", printer = chosen.as_str())).strong())
                    .clicked()
                {
                    send = Some(PrintChoice {
                        printer: Some(chosen.clone()),
                        copies: win.copies.max(1),
                        paper: Some(
                            match win.paper {
                                Paper::A4 => "A4",
                                Paper::Letter => "Letter",
                            }
                            .to_string(),
                        ),
                    });
                }
                if ui.button(crate::tr!("reports-cancel")).clicked() {
                    close = true;
                }
            });
        });
    if let Some(choice) = send {
        this.print = None;
        cx.command(Command::PrintReportOn(choice));
    } else if close || !open {
        this.print = None;
    }
}

fn shortcuts(this: &mut ReportsScreen, cx: &mut Cx, ctx: &egui::Context) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
    const PRINT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::P);
    let (save, print) = ctx.input_mut(|i| (i.consume_shortcut(&SAVE), i.consume_shortcut(&PRINT)));
    if save {
        ask_save(this, cx);
    }
    if print {
        open_print(this, cx, ctx);
    }
}

/// Turns the pictures of newly made pages into textures, once.
fn upload_pages(this: &mut ReportsScreen, ctx: &egui::Context) {
    let Some(made) = &mut this.made else {
        return;
    };
    if !made.textures.is_empty() || made.report.pages.is_empty() {
        return;
    }
    made.textures = made
        .report
        .pages
        .iter_mut()
        .enumerate()
        .map(|(i, page)| {
            let rgba = std::mem::take(&mut page.rgba);
            let image = egui::ColorImage::from_rgba_unmultiplied([page.width, page.height], &rgba);
            ctx.load_texture(
                format!("report_page_{i}"),
                image,
                egui::TextureOptions::LINEAR,
            )
        })
        .collect();
}

fn options_ui(this: &mut ReportsScreen, cx: &mut Cx, ui: &mut egui::Ui, shop_paper: Paper, current: bool) {
    let dark = ui.visuals().dark_mode;
    let tab = &mut *this;
    ui.add_space(4.0);
    ui.heading(crate::tr!("reports-report"));
    ui.add_space(theme::GAP / 2.0);
    ui.label(egui::RichText::new(crate::tr!("reports-period")).strong());
    let today = tab.today();
    for period in Period::ALL {
        if ui.radio(tab.period == period, period.label()).clicked() && tab.period != period {
            tab.period = period;
            if period == Period::Custom && tab.custom.is_none() {
                let (from, to) = Period::ThisMonth.dates(today, (today, today));
                tab.custom = Some((from, to));
                tab.from_text = iso_date(from);
                tab.to_text = iso_date(to);
            }
        }
    }
    if tab.period == Period::Custom {
        custom_dates_ui(tab, ui, dark);
    }
    let (from, to) = tab
        .period
        .dates(today, tab.custom.unwrap_or((today, today)));
    let f = cx.formats.clone();
    ui.label(
        egui::RichText::new(tr!("reports-period-dates", from = f.date(from), to = f.date(to)))
            .color(ui.visuals().weak_text_color()),
    );
    if let Some(made) = &tab.made
        && made.report.from == from
        && made.report.to == to
        && made.report.period_orders == 0
    {
        ui.label(
            egui::RichText::new(crate::tr!("reports-no-sales-in-this-period"))
                .color(theme::bad(dark)),
        );
    }

    ui.add_space(theme::GAP);
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(crate::tr!("reports-sections")).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button(crate::tr!("reports-none")).clicked() {
                tab.sections.clear();
            }
            if ui.small_button(crate::tr!("reports-all")).clicked() {
                tab.sections = Section::ALL.to_vec();
            }
        });
    });
    for section in Section::ALL {
        let mut on = tab.sections.contains(&section);
        if ui
            .checkbox(&mut on, section_title(crate::text::ui_lang(), section))
            .changed()
        {
            if on {
                tab.sections.push(section);
                tab.sections.sort();
            } else {
                tab.sections.retain(|s| *s != section);
            }
        }
    }
    if tab.sections.is_empty() {
        ui.label(egui::RichText::new(crate::tr!("reports-choose-at-least-one-section")).color(theme::bad(dark)));
    }

    ui.add_space(theme::GAP);
    ui.label(egui::RichText::new(crate::tr!("reports-paper-2")).strong());
    let paper = tab.paper.unwrap_or(shop_paper);
    ui.horizontal(|ui| {
        for (choice, label) in [
            (Paper::A4, tr!("reports-paper-a4")),
            (Paper::Letter, tr!("reports-paper-letter")),
        ] {
            if ui.radio(paper == choice, label).clicked() {
                tab.paper = Some(choice);
            }
        }
    });

    ui.add_space(theme::GAP);
    ui.label(egui::RichText::new(crate::tr!("reports-language")).strong());
    let lang = tab.lang.unwrap_or_else(crate::text::ui_lang);
    egui::ComboBox::from_id_salt("report_language")
        .selected_text(lang.name())
        .show_ui(ui, |ui| {
            for choice in Lang::ALL {
                if ui.selectable_label(lang == choice, choice.name()).clicked() {
                    tab.lang = Some(choice);
                }
            }
        });

    ui.add_space(theme::GAP * 1.5);
    let made = tab
        .made
        .as_ref()
        .map(|m| (m.report.pages.len(), m.report.pdf.len()));
    ui.add_enabled_ui(current, |ui| {
        if ui
            .add_sized([200.0, 28.0], egui::Button::new(crate::tr!("reports-save-pdf")))
            .on_hover_text(crate::tr!("reports-save-the-report-as-a"))
            .clicked()
        {
            ask_save(tab, cx);
        }
        if ui
            .add_sized([200.0, 28.0], egui::Button::new(crate::tr!("reports-print")))
            .on_hover_text(crate::tr!("reports-choose-a-printer-copies-and"))
            .clicked()
        {
            open_print(tab, cx, ui.ctx());
        }
    });
    if let Some((pages, bytes)) = made
        && current
    {
        ui.label(
            egui::RichText::new(tr!(
                "reports-pages-size",
                pages = (pages as i64),
                size = cx.formats.int(bytes.div_ceil(1024) as i64)
            ))
            .color(ui.visuals().weak_text_color()),
        );
    }
}

fn custom_dates_ui(tab: &mut ReportsScreen, ui: &mut egui::Ui, dark: bool) {
    let parse = |t: &str| NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").ok();
    let mut apply = false;
    egui::Grid::new("report_custom_dates").show(ui, |ui| {
        for (label, text) in [(tr!("reports-from"), &mut tab.from_text), (tr!("reports-to"), &mut tab.to_text)] {
            ui.label(label);
            let edit = ui.add(
                egui::TextEdit::singleline(text)
                    .desired_width(110.0)
                    .hint_text(crate::tr!("reports-yyyy-mm-dd")),
            );
            apply |= edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.end_row();
        }
    });
    let typed = parse(&tab.from_text).zip(parse(&tab.to_text));
    match typed {
        None => {
            ui.label(
                egui::RichText::new(crate::tr!("reports-type-both-dates-as-yyyy"))
                    .color(theme::bad(dark)),
            );
        }
        Some((from, to)) if from > to => {
            ui.label(
                egui::RichText::new(crate::tr!("reports-the-first-date-is-after")).color(theme::bad(dark)),
            );
        }
        Some(dates) => {
            let changed = tab.custom != Some(dates);
            if (ui
                .add_enabled(changed, egui::Button::new(crate::tr!("reports-use-these-dates")))
                .clicked()
                || apply)
                && changed
            {
                tab.custom = Some(dates);
            }
        }
    }
}

fn pages_ui(this: &mut ReportsScreen, cx: &mut Cx, ui: &mut egui::Ui, wanted: bool) {
    let dark = ui.visuals().dark_mode;
    let running = this
        .job
        .and_then(|id| cx.jobs.iter().find(|j| j.id == id))
        .map(|j| (j.fraction, j.stage.clone()));
    ui.horizontal(|ui| {
        if let Some((fraction, stage)) = &running {
            ui.spinner();
            ui.add(
                egui::ProgressBar::new(*fraction)
                    .desired_width(260.0)
                    .text(progress_text(cx.formats, stage, *fraction)),
            );
        }
        if this.made.is_some() {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let tab = &mut *this;
                if ui.button(crate::tr!("reports-fit-width")).clicked() {
                    tab.zoom = 1.0;
                }
                if ui.button("＋").on_hover_text(crate::tr!("reports-larger")).clicked() {
                    tab.zoom = (tab.zoom * 1.25).min(3.0);
                }
                ui.label(cx.formats.percent_whole(f64::from(tab.zoom)));
                if ui.button("－").on_hover_text(crate::tr!("reports-smaller")).clicked() {
                    tab.zoom = (tab.zoom / 1.25).max(0.3);
                }
            });
        }
    });
    if let Some(error) = &this.error {
        ui.label(egui::RichText::new(error).color(theme::bad(dark)));
    }
    if !wanted && this.made.is_none() {
        return;
    }
    let Some(made) = &this.made else {
        if running.is_none() && cx.stats.is_none() {
            ui.spinner();
        }
        return;
    };
    ui.separator();
    let zoom = this.zoom;
    let total = made.textures.len();
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let fit = (ui.available_width() - 32.0).clamp(200.0, 900.0);
            ui.vertical_centered(|ui| {
                for (i, texture) in made.textures.iter().enumerate() {
                    let [w, h] = texture.size();
                    let width = fit * zoom;
                    let size = egui::vec2(width, width * h as f32 / w.max(1) as f32);
                    egui::Frame::new()
                        .shadow(egui::Shadow {
                            offset: [2, 3],
                            blur: 8,
                            spread: 0,
                            color: egui::Color32::from_black_alpha(60),
                        })
                        .show(ui, |ui| {
                            ui.add(egui::Image::new((texture.id(), size)));
                        });
                    ui.label(
                        egui::RichText::new(tr!("reports-page-of", page = (i as i64 + 1), count = (total as i64)))
                            .small()
                            .color(ui.visuals().weak_text_color()),
                    );
                    ui.add_space(theme::GAP);
                }
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn periods_are_counted_from_today() {
        let today = d(2026, 11, 26);
        let none = (today, today);
        assert_eq!(
            Period::ThisMonth.dates(today, none),
            (d(2026, 11, 1), today)
        );
        assert_eq!(
            Period::LastMonth.dates(today, none),
            (d(2026, 10, 1), d(2026, 10, 31))
        );
        assert_eq!(
            Period::ThisQuarter.dates(today, none),
            (d(2026, 10, 1), today)
        );
        assert_eq!(
            Period::LastQuarter.dates(today, none),
            (d(2026, 7, 1), d(2026, 9, 30))
        );
        assert_eq!(Period::ThisYear.dates(today, none), (d(2026, 1, 1), today));
        assert_eq!(
            Period::LastYear.dates(today, none),
            (d(2025, 1, 1), d(2025, 12, 31))
        );
        assert_eq!(
            Period::Custom.dates(today, (d(2025, 3, 9), d(2024, 1, 2))),
            (d(2024, 1, 2), d(2025, 3, 9))
        );
    }

    #[test]
    fn periods_at_the_turn_of_the_year_and_of_february() {
        let jan = d(2027, 1, 5);
        assert_eq!(
            Period::LastMonth.dates(jan, (jan, jan)),
            (d(2026, 12, 1), d(2026, 12, 31))
        );
        assert_eq!(
            Period::LastQuarter.dates(jan, (jan, jan)),
            (d(2026, 10, 1), d(2026, 12, 31))
        );
        let march = d(2028, 3, 1);
        assert_eq!(
            Period::LastMonth.dates(march, (march, march)),
            (d(2028, 2, 1), d(2028, 2, 29))
        );
        assert_eq!(
            Period::ThisMonth.dates(march, (march, march)),
            (march, march)
        );
    }

    #[test]
    fn the_suggested_file_name_has_the_shop_and_the_period() {
        assert_eq!(
            file_name("Boulangerie: Dupont/Fils", d(2026, 11, 1), d(2026, 11, 26)),
            "Boulangerie DupontFils report 2026-11-01 to 2026-11-26.pdf"
        );
        assert_eq!(
            file_name("  ", d(2026, 1, 1), d(2026, 1, 31)),
            "Shop report 2026-01-01 to 2026-01-31.pdf"
        );
    }

    #[test]
    fn nothing_is_wanted_without_sections_and_the_shop_paper_is_the_default() {
        let mut tab = ReportsScreen {
            today: Some(d(2026, 11, 26)),
            ..ReportsScreen::default()
        };
        let wanted = tab.wanted(Paper::Letter).unwrap();
        assert_eq!(wanted.paper, Paper::Letter);
        // The last complete month.
        assert_eq!(wanted.from, Some(d(2026, 10, 1)));
        assert_eq!(wanted.to, Some(d(2026, 10, 31)));
        assert_eq!(wanted.sections, Section::defaults());
        tab.paper = Some(Paper::A4);
        assert_eq!(tab.wanted(Paper::Letter).unwrap().paper, Paper::A4);
        tab.sections.clear();
        assert_eq!(tab.wanted(Paper::A4), None);
    }
}
