//! The Reports tab, driven headless by egui_kittest on a small demo shop: the report it
//! makes is the one `clientele report` makes for the same period and sections (whose
//! figures tests/report.rs checks against the CDNOW data), its pages are drawn, and Save,
//! the section and period choices, the paper and Print do what they say.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use clientele::report::{Paper, Section};
use clientele::ui::app::{ClienteleApp, FileDialogs, Prefs, Tab};

use clientele::ui::tabs::reports::ReportsScreen;

use crate::common::{clientele, demo_db, end_date, settle, text};
use crate::report::poppler;

/// File dialogs that save where the test says.
struct SaveTo(PathBuf);

impl FileDialogs for SaveTo {
    fn pick_import_file(&mut self) -> Option<PathBuf> {
        None
    }

    fn save_csv(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }

    fn save_png(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }

    fn save_spreadsheet(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }

    fn save_pdf(&mut self, _file_name: &str) -> Option<PathBuf> {
        Some(self.0.clone())
    }
}

/// The Reports tab on `db`, with "today" the demo shop's last day.
fn harness(db: &Path, save: PathBuf) -> Harness<'static, ClienteleApp> {
    let prefs = Prefs {
        tab: Tab::REPORTS,
        ..Prefs::default()
    };
    let mut app = ClienteleApp::new(db.to_path_buf(), prefs).with_dialogs(Box::new(SaveTo(save)));
    app.screen_mut::<ReportsScreen>().unwrap().today = Some(end_date());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    h
}

/// The report's text without the line that names the day it was made.
fn report_text(pdf: &Path) -> Vec<String> {
    poppler("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"])
        .lines()
        .filter(|l| !l.contains("Prepared on"))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

fn pages_of(pdf: &Path) -> usize {
    let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn the_reports_tab_makes_saves_and_prints_the_report_the_command_line_makes() {
    let (dir, db) = demo_db(300);
    let saved = dir.path().join("saved.pdf");
    let mut h = harness(&db, saved.clone());

    // Last month, the last complete one (before the shop's last day's month): the report
    // is made and its pages drawn.
    let made = h
        .state()
        .screen::<ReportsScreen>()
        .unwrap()
        .made
        .as_ref()
        .expect("a report is made");
    assert_eq!(
        (made.report.from, made.report.to),
        (d("2025-05-01"), d("2025-05-31"))
    );
    let shown = made.textures.len();
    assert!(shown >= 5, "{shown} pages drawn");
    // A4 (the default shop is French) at 1.5 pixels per point.
    assert_eq!(made.textures[0].size(), [892, 1262]);
    assert!(made.report.period_orders > 0);
    h.get_by_label(&format!("Page 1 of {shown}"));

    // Save PDF writes exactly that report: the same text and pages as the command line's.
    h.get_by_role_and_label(Role::Button, "Save PDF…").click();
    h.run_steps(1);
    settle(&mut h);
    assert!(std::fs::read(&saved).unwrap().starts_with(b"%PDF-"));
    let check = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(&saved)
        .output()
        .expect("qpdf is needed for this test (.ci/run installs it)");
    assert!(check.status.success(), "{}", text(&check.stdout));
    assert_eq!(pages_of(&saved), shown);
    let cli = dir.path().join("cli.pdf");
    let out = clientele(
        &db,
        &[
            "report",
            "--from",
            "2025-05-01",
            "--to",
            "2025-05-31",
            "--out",
            cli.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(report_text(&saved), report_text(&cli));
    assert!(
        h.state()
            .notices
            .iter()
            .any(|n| !n.is_error && n.text.contains("saved.pdf")),
        "{:?}",
        h.state().notices
    );

    // Only the call list: fewer pages, that section alone.
    h.get_by_role_and_label(Role::Button, "None").click();
    h.run_steps(1);
    h.get_by_label("Choose at least one section.");
    h.get_by_label("Customers to call this week").click();
    h.run_steps(1);
    settle(&mut h);
    {
        let made = h
            .state()
            .screen::<ReportsScreen>()
            .unwrap()
            .made
            .as_ref()
            .unwrap();
        assert_eq!(made.report.options.sections, vec![Section::ToCall]);
        assert!(made.textures.len() < shown);
    }
    h.get_by_role_and_label(Role::Button, "Save PDF…").click();
    h.run_steps(1);
    settle(&mut h);
    let only = report_text(&saved).join("\n");
    assert!(only.contains("Customers to call this week"), "{only}");
    assert!(!only.contains("Revenue over time"), "{only}");

    // This month, on Letter paper.
    h.get_by_label("This month").click();
    h.get_by_label("Letter").click();
    h.run_steps(1);
    settle(&mut h);
    // The shop is French: days are written day first.
    h.get_by_label_contains("01/06/2025 to 30/06/2025");
    {
        let made = h
            .state()
            .screen::<ReportsScreen>()
            .unwrap()
            .made
            .as_ref()
            .unwrap();
        assert_eq!(
            (made.report.from, made.report.to),
            (d("2025-06-01"), d("2025-06-30"))
        );
        assert_eq!(made.report.options.paper, Paper::Letter);
        assert_eq!(made.textures[0].size(), [918, 1188]);
    }

    // Print opens a choice of the printers lpstat lists, with copies and paper; with no
    // printer set up it says so.
    let before = h.state().notices.len();
    h.get_by_role_and_label(Role::Button, "Print…").click();
    h.run_steps(3);
    h.get_by_label("Print the report");
    let mut listed = false;
    for _ in 0..200 {
        h.run_steps(1);
        if h.query_by_label("Looking for printers…").is_none() {
            listed = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(listed, "the printers were never listed");
    let has_printer = h.query_by_label_contains("Print on ").is_some();
    match has_printer {
        true => {
            h.get_by_label("Copies");
            h.get_by_label_contains("Print on ").click();
            h.run_steps(1);
            settle(&mut h);
            let said: Vec<_> = h.state().notices[before..]
                .iter()
                .map(|n| n.text.clone())
                .collect();
            assert!(said.iter().any(|t| t.contains("printer")), "{said:?}");
        }
        false => {
            h.get_by_label_contains("No printer is set up on this computer");
        }
    }
}

#[test]
fn custom_dates_are_checked_before_they_are_used() {
    let (dir, db) = demo_db(120);
    let mut h = harness(&db, dir.path().join("r.pdf"));
    h.get_by_label("Dates of my choice").click();
    h.run_steps(1);
    h.state_mut()
        .screen_mut::<ReportsScreen>()
        .unwrap()
        .from_text = "2025-13-01".into();
    h.run_steps(1);
    h.get_by_label_contains("Type both dates as YYYY-MM-DD");
    h.state_mut()
        .screen_mut::<ReportsScreen>()
        .unwrap()
        .from_text = "2025-06-20".into();
    h.state_mut().screen_mut::<ReportsScreen>().unwrap().to_text = "2025-06-10".into();
    h.run_steps(1);
    h.get_by_label("The first date is after the second.");
    h.state_mut().screen_mut::<ReportsScreen>().unwrap().to_text = "2025-06-29".into();
    h.run_steps(1);
    h.get_by_role_and_label(Role::Button, "Use these dates")
        .click();
    h.run_steps(1);
    settle(&mut h);
    let made = h
        .state()
        .screen::<ReportsScreen>()
        .unwrap()
        .made
        .as_ref()
        .unwrap();
    assert_eq!(
        (made.report.from, made.report.to),
        (d("2025-06-20"), d("2025-06-29"))
    );

    // Ctrl+S saves it without a click.
    let saved = dir.path().join("r.pdf");
    assert!(!saved.exists());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run_steps(1);
    settle(&mut h);
    let text = report_text(&saved).join("\n");
    assert!(text.contains("20/06/2025 to 29/06/2025"), "{text}");
}
