//! The window, driven headless by egui_kittest: tabs by label, search, edit and undo, and
//! the Import tab with files handed in through its file dialogs.

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use clientele::ingest::mapping::Field;
use clientele::store::Store;
use clientele::ui::app::{ClienteleApp, DbState, FileDialogs, NativeDialogs, Prefs, Tab};

use clientele::ui::tabs::customers::CustomersScreen;
use clientele::ui::tabs::duplicates::DuplicatesScreen;
use clientele::ui::tabs::import::{Check, ImportScreen};

use crate::common::{demo_db, group_thousands, settle};

fn harness(app: ClienteleApp) -> Harness<'static, ClienteleApp> {
    harness_sized(app, 1280.0, 800.0)
}

fn harness_sized(app: ClienteleApp, width: f32, height: f32) -> Harness<'static, ClienteleApp> {
    Harness::builder()
        .with_size(egui::vec2(width, height))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app)
}

#[test]
fn opens_on_a_demo_database_and_switches_tabs() {
    let (_dir, db) = demo_db(300);
    let mut h = harness(ClienteleApp::new(db, Prefs::default()));
    settle(&mut h);
    assert_eq!(h.state().db, DbState::Open { has_data: true });
    assert!(matches!(h.state().overview, Some(Some(_))));
    h.get_by_label("Revenue by month");
    h.get_by_label_contains("Last 30 days");
    h.get_by_label_contains("Last 365 days");
    h.get_by_role_and_label(Role::Button, "Import").click();
    settle(&mut h);
    assert_eq!(h.state().prefs.tab, Tab::IMPORT);
    // The demo shop is an import too.
    assert_eq!(
        h.state()
            .screen::<ImportScreen>()
            .unwrap()
            .history
            .as_ref()
            .map(Vec::len),
        Some(1)
    );
    h.get_by_label("History");
    h.get_by_role_and_label(Role::Button, "Customers").click();
    h.run_steps(2);
    assert_eq!(h.state().prefs.tab, Tab::CUSTOMERS);
    assert!(h.query_by_label("Revenue by month").is_none());
    let total = h.state().customers.as_ref().map_or(0, |c| c.len());
    h.get_by_label(&format!("{total} customers"));
    h.get_by_role_and_label(Role::Button, "Overview").click();
    h.run_steps(2);
    assert_eq!(h.state().prefs.tab, Tab::OVERVIEW);
}

#[test]
fn every_tab_fits_beside_the_theme_and_settings_at_1024_points() {
    let (_dir, db) = demo_db(50);
    let mut h = harness_sized(ClienteleApp::new(db, Prefs::default()), 1024.0, 768.0);
    settle(&mut h);
    let theme = h.get_by_role(Role::ComboBox).rect();
    let settings = h
        .get_by_role_and_label(Role::Button, "Shop settings…")
        .rect();
    for title in [
        "Overview",
        "Import",
        "Customers",
        "Duplicates",
        "Segments",
        "Charts",
        "Predictions",
        "Reports",
        "Audit",
    ] {
        let tab = h.get_by_role_and_label(Role::Button, title).rect();
        // Beside the controls, or on a row of their own below them when twelve tabs do not
        // fit beside them: never under them.
        assert!(
            !tab.intersects(theme) && !tab.intersects(settings),
            "the {title} tab ({tab:?}) runs under the theme ({theme:?}) or settings ({settings:?})"
        );
    }
}

#[test]
fn each_screen_keeps_its_own_scrolling() {
    let (_dir, db) = demo_db(300);
    let mut h = harness_sized(ClienteleApp::new(db, Prefs::default()), 1024.0, 500.0);
    settle(&mut h);
    // The Overview scrolled down to its chart...
    h.get_by_label("Revenue by month").scroll_to_me();
    settle(&mut h);
    assert!(h.get_by_label_contains("Last 30 days").rect().min.y < 0.0);
    // ...leaves the Segments screen at its top.
    h.get_by_role_and_label(Role::Button, "Segments").click();
    settle(&mut h);
    let top = h
        .get_by_label("How recently and how often your customers buy")
        .rect();
    assert!(
        top.min.y > 0.0 && top.max.y < 500.0,
        "the Segments screen opened scrolled: its first heading is at {top:?}"
    );
}

#[test]
fn searching_filters_the_table() {
    let (_dir, db) = demo_db(300);
    let prefs = Prefs {
        tab: Tab::CUSTOMERS,
        ..Prefs::default()
    };
    let mut h = harness(ClienteleApp::new(db, prefs));
    settle(&mut h);
    let total = h.state().customers.as_ref().map_or(0, |c| c.len());
    assert!(total > 300, "{total} customers");
    assert_eq!(
        h.state().screen::<CustomersScreen>().unwrap().view.len(),
        total
    );
    // Search for the name of the first customer listed.
    let name = {
        let app = h.state();
        let first = app
            .screen::<CustomersScreen>()
            .unwrap()
            .view
            .first()
            .copied()
            .unwrap_or_default();
        app.customers
            .as_ref()
            .and_then(|c| c.row(first))
            .map(|r| r.name.clone())
            .unwrap_or_default()
    };
    let word = name.split_whitespace().last().unwrap_or("").to_string();
    assert!(!word.is_empty());
    let search = h.get_by_role(Role::TextInput);
    search.focus();
    search.type_text(&word);
    h.run_steps(3);
    let app = h.state();
    assert_eq!(app.screen::<CustomersScreen>().unwrap().search, word);
    let shown = app.screen::<CustomersScreen>().unwrap().view.len();
    assert!(
        shown >= 1 && shown < total,
        "{shown} of {total} shown for '{word}'"
    );
    let folded = clientele::clean::fold(&word);
    let index = app.customers.clone().unwrap_or_default();
    for p in &app.screen::<CustomersScreen>().unwrap().view {
        let r = index.row(*p).cloned().unwrap_or_default();
        let hay = clientele::clean::fold(&format!("{} {} {} {}", r.name, r.email, r.phone, r.city));
        assert!(hay.contains(&folded), "{hay} does not contain {folded}");
    }
    h.get_by_label_contains("customers match");
}

#[test]
fn editing_a_field_saves_it_and_ctrl_z_undoes_it() {
    let (_dir, db) = demo_db(200);
    let prefs = Prefs {
        tab: Tab::CUSTOMERS,
        ..Prefs::default()
    };
    let mut h = harness(ClienteleApp::new(db.clone(), prefs));
    settle(&mut h);
    // Click the first row (its name cell).
    let (id, name) = {
        let app = h.state();
        let first = app
            .screen::<CustomersScreen>()
            .unwrap()
            .view
            .first()
            .copied()
            .unwrap_or_default();
        let row = app
            .customers
            .as_ref()
            .and_then(|c| c.row(first))
            .cloned()
            .unwrap_or_default();
        (row.id, row.name)
    };
    h.get_all_by_label(&name)
        .next()
        .unwrap_or_else(|| panic!("no row for {name}"))
        .click();
    settle(&mut h);
    assert_eq!(
        h.state().screen::<CustomersScreen>().unwrap().selected,
        Some(id)
    );
    assert!(
        h.state()
            .screen::<CustomersScreen>()
            .unwrap()
            .detail
            .is_some()
    );
    let store = Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let before = store
        .customer_row(id)
        .ok()
        .flatten()
        .unwrap_or_default()
        .city;

    let city = h.get_by_role_and_label(Role::TextInput, "City");
    city.focus();
    h.run_steps(1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.get_by_role_and_label(Role::TextInput, "City")
        .type_text("Valence");
    h.key_press(egui::Key::Enter);
    settle(&mut h);
    assert_eq!(
        store
            .customer_row(id)
            .ok()
            .flatten()
            .unwrap_or_default()
            .city,
        "Valence"
    );
    assert_eq!(h.state().undo.len(), 1, "{:?}", h.state().undo);
    let shown = h
        .state()
        .customers
        .as_ref()
        .and_then(|c| c.position_of(id).and_then(|p| c.row(p).cloned()));
    assert_eq!(shown.map(|r| r.city), Some("Valence".to_string()));

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    settle(&mut h);
    assert_eq!(
        store
            .customer_row(id)
            .ok()
            .flatten()
            .unwrap_or_default()
            .city,
        before
    );
    assert!(h.state().undo.is_empty());
    assert_eq!(h.state().redo.len(), 1);

    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    settle(&mut h);
    assert_eq!(
        store
            .customer_row(id)
            .ok()
            .flatten()
            .unwrap_or_default()
            .city,
        "Valence"
    );
}

#[test]
fn an_empty_database_offers_the_demo_shop() {
    let (_dir, db) = crate::common::temp_db("empty.sqlite");
    let mut h = harness(ClienteleApp::new(db.clone(), Prefs::default()));
    settle(&mut h);
    assert_eq!(h.state().db, DbState::Open { has_data: false });
    h.get_by_label("Welcome to Clientele");
    h.get_by_role_and_label(Role::Button, "Load the demo shop")
        .click();
    h.run_steps(1);
    settle(&mut h);
    let stats = Store::open(&db).and_then(|s| s.stats()).unwrap_or_default();
    assert!(
        stats.customers >= clientele::ui::app::DEMO_CUSTOMERS as i64,
        "{stats:?}"
    );
    assert_eq!(h.state().db, DbState::Open { has_data: true });
    assert!(matches!(h.state().overview, Some(Some(_))));
}

#[test]
fn names_in_four_scripts_render() {
    // egui_kittest panics on a glyph missing from the fonts.
    let mut h = Harness::builder()
        .with_size(egui::vec2(400.0, 100.0))
        .build_ui(|ui| {
            clientele::ui::fonts::install(ui.ctx());
            ui.label("Иван 王伟 Արամ Zoë");
        });
    h.run_steps(3);
    h.get_by_label("Иван 王伟 Արամ Zoë");
}

/// File dialogs that answer with the paths a test hands in.
struct HandIn {
    open: Vec<PathBuf>,
    save: Option<PathBuf>,
}

impl FileDialogs for HandIn {
    fn pick_import_file(&mut self) -> Option<PathBuf> {
        if self.open.is_empty() {
            None
        } else {
            Some(self.open.remove(0))
        }
    }

    fn save_csv(&mut self, _file_name: &str) -> Option<PathBuf> {
        self.save.clone()
    }

    fn save_png(&mut self, _file_name: &str) -> Option<PathBuf> {
        self.save.clone()
    }

    fn save_spreadsheet(&mut self, _file_name: &str) -> Option<PathBuf> {
        self.save.clone()
    }

    fn save_pdf(&mut self, _file_name: &str) -> Option<PathBuf> {
        self.save.clone()
    }
}

/// A temporary folder with an empty database and a copy of a file from tests/data.
fn import_setup(file: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let (dir, db) = crate::common::temp_db("import.sqlite");
    let copy = dir.path().join(file);
    std::fs::copy(Path::new("tests/data").join(file), &copy).unwrap_or_else(|e| panic!("{e}"));
    (dir, db, copy)
}

pub(crate) fn import_harness(
    db: &Path,
    files: Vec<PathBuf>,
    save: Option<PathBuf>,
) -> Harness<'static, ClienteleApp> {
    let prefs = Prefs {
        tab: Tab::IMPORT,
        ..Prefs::default()
    };
    let app = ClienteleApp::new(db.to_path_buf(), prefs)
        .with_dialogs(Box::new(HandIn { open: files, save }));
    // Large enough that the whole page shows without scrolling: kittest clicks at the wrong
    // place inside a scrolled area.
    let mut h = Harness::builder()
        .with_size(egui::vec2(2000.0, 1400.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    h
}

fn rows_checked(h: &Harness<'static, ClienteleApp>) -> u64 {
    match &h.state().screen::<ImportScreen>().unwrap().check {
        Check::Done(r) => r.rows_imported,
        other => panic!("not checked: {other:?}"),
    }
}

fn import_button(rows: i64) -> String {
    format!("Import {} rows", group_thousands(rows))
}

#[test]
fn a_sales_file_is_planned_checked_imported_and_undone() {
    let (dir, db, csv) = import_setup("cdnow_sample_transactions.csv");
    let mut h = import_harness(&db, vec![csv], Some(dir.path().join("rejected.csv")));
    h.get_by_label("History");
    h.get_by_label("Nothing has been imported yet.");
    h.get_by_role_and_label(Role::Button, "Open a file…")
        .click();
    h.run_steps(1);
    settle(&mut h);
    {
        let tab = &h.state().screen::<ImportScreen>().unwrap();
        let planned = tab
            .planned
            .as_ref()
            .unwrap_or_else(|| panic!("no plan: {:?}", tab.error));
        assert_eq!(
            planned.options.kind,
            clientele::ingest::mapping::ImportKind::Sales
        );
        assert!(planned.kind_guessed);
        assert_eq!(planned.plan.headers.len(), 5);
    }
    // The preview shows the first rows as read, and the format and delimiter.
    assert!(h.query_all_by_label("29.33").count() >= 1);
    h.get_by_label("Text (CSV)");
    assert!(
        h.query_all_by_role(Role::ComboBox)
            .any(|n| n.value().as_deref() == Some("Comma ,"))
    );
    // Choosing sales again (it was guessed) changes nothing.
    h.get_by_role_and_label(Role::Button, "Sales").click();
    h.run_steps(1);
    settle(&mut h);
    assert_eq!(rows_checked(&h), 6919);
    h.get_by_label(&format!("{} rows ok", group_thousands(6919)));
    h.get_by_label("0 rows rejected");
    // Nothing was written by the check.
    let store = Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store.stats().unwrap_or_default().sale_lines, 0);

    h.get_by_role_and_label(Role::Button, &import_button(6919))
        .click();
    h.run_steps(1);
    settle(&mut h);
    let stats = store.stats().unwrap_or_default();
    assert_eq!(stats.sale_lines, 6919);
    assert_eq!(stats.customers, 2357);
    assert!(clientele::cli::stats_json(&stats).contains("\"revenue\":244091.94"));
    h.get_by_label_contains(&format!(
        "Imported {} of {} rows: {} new customers",
        group_thousands(6919),
        group_thousands(6919),
        group_thousands(2357)
    ));
    let history = h
        .state()
        .screen::<ImportScreen>()
        .unwrap()
        .history
        .clone()
        .unwrap_or_default();
    assert_eq!(history.len(), 1, "{history:?}");
    assert_eq!(history[0].rows_imported, 6919);
    h.get_by_label("cdnow_sample_transactions.csv");
    // The window's own figures were refreshed.
    assert_eq!(h.state().stats.as_ref().map(|s| s.sale_lines), Some(6919));

    // Undo asks first, with the counts; Esc keeps the import.
    h.get_by_role_and_label(Role::Button, "Undo").click();
    h.run_steps(1);
    settle(&mut h);
    h.get_by_label_contains(&format!(
        "Remove the {} sale lines and {} contacts of this import",
        group_thousands(6919),
        group_thousands(2357)
    ));
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(
        h.state()
            .screen::<ImportScreen>()
            .unwrap()
            .undo_ask
            .is_none()
    );
    assert_eq!(store.stats().unwrap_or_default().sale_lines, 6919);
    // Enter says yes.
    h.get_by_role_and_label(Role::Button, "Undo").click();
    h.run_steps(1);
    settle(&mut h);
    assert!(
        h.state()
            .screen::<ImportScreen>()
            .unwrap()
            .undo_ask
            .is_some()
    );
    h.key_press(egui::Key::Enter);
    h.run_steps(1);
    settle(&mut h);
    let stats = store.stats().unwrap_or_default();
    assert_eq!(stats.sale_lines, 0);
    assert_eq!(stats.customers, 0);
    let history = h
        .state()
        .screen::<ImportScreen>()
        .unwrap()
        .history
        .clone()
        .unwrap_or_default();
    assert!(history[0].undone_at.is_some(), "{history:?}");
    assert_eq!(h.state().stats.as_ref().map(|s| s.sale_lines), Some(0));
}

#[test]
fn changing_a_columns_mapping_changes_what_is_imported_and_is_remembered() {
    let (_dir, db, csv) = import_setup("febrl1.csv");
    let mut h = import_harness(&db, vec![csv.clone(), csv], None);
    // Ctrl+O opens the file dialog.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.run_steps(1);
    settle(&mut h);
    let column = |h: &Harness<'static, ClienteleApp>, name: &str| {
        let planned = h
            .state()
            .screen::<ImportScreen>()
            .unwrap()
            .planned
            .clone()
            .unwrap_or_else(|| panic!("no plan"));
        let i = planned
            .plan
            .headers
            .iter()
            .position(|x| x == name)
            .unwrap_or_else(|| panic!("no column {name}"));
        planned.plan.columns[i]
    };
    assert_eq!(
        h.state()
            .screen::<ImportScreen>()
            .unwrap()
            .planned
            .as_ref()
            .map(|p| p.options.kind),
        Some(clientele::ingest::mapping::ImportKind::Contacts)
    );
    assert_eq!(column(&h, "rec_id"), Some(Field::ExternalRef));
    assert_eq!(column(&h, "soc_sec_id"), None);
    assert_eq!(rows_checked(&h), 1000);
    // Unmapped columns say so.
    assert!(
        h.query_all_by_role(Role::ComboBox)
            .any(|n| n.value().as_deref() == Some("kept as extra"))
    );

    // Map soc_sec_id to external_ref through its drop-down.
    h.get_by_role_and_label(Role::ComboBox, "soc_sec_id")
        .click();
    h.run_steps(2);
    // The fields are offered in words ("Customer number" is external_ref).
    h.get_by_role_and_label(Role::Button, "Customer number")
        .click();
    h.run_steps(1);
    settle(&mut h);
    assert_eq!(column(&h, "soc_sec_id"), Some(Field::ExternalRef));
    // One column per field: rec_id is now kept as extra.
    assert_eq!(column(&h, "rec_id"), None);
    assert_eq!(rows_checked(&h), 1000);

    h.get_by_role_and_label(Role::Button, &import_button(1000))
        .click();
    h.run_steps(1);
    settle(&mut h);
    let store = Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let refs: Vec<String> = store
        .contact_keys()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|k| k.external_ref)
        .collect();
    assert_eq!(refs.len(), 1000);
    assert!(refs.contains(&"6988048".to_string()), "{:?}", &refs[..3]);
    assert!(!refs.iter().any(|r| r.starts_with("rec-")));

    // The same layout again: the mapping is offered, and the repeat is caught.
    h.get_by_role_and_label(Role::Button, "Import another file…")
        .click();
    h.run_steps(1);
    settle(&mut h);
    let planned = h
        .state()
        .screen::<ImportScreen>()
        .unwrap()
        .planned
        .clone()
        .unwrap_or_else(|| panic!("no plan"));
    assert!(planned.remembered);
    assert!(planned.earlier.is_some());
    assert_eq!(column(&h, "soc_sec_id"), Some(Field::ExternalRef));
    assert_eq!(column(&h, "rec_id"), None);
    h.get_by_label("Using the mapping from your last import of this layout.");
}

#[test]
fn a_file_imported_twice_is_only_imported_again_on_purpose() {
    let (_dir, db, csv) = import_setup("febrl1.csv");
    let mut h = import_harness(&db, vec![csv.clone(), csv], None);
    h.get_by_role_and_label(Role::Button, "Open a file…")
        .click();
    h.run_steps(1);
    settle(&mut h);
    assert!(
        h.state()
            .screen::<ImportScreen>()
            .unwrap()
            .planned
            .as_ref()
            .is_some_and(|p| p.earlier.is_none())
    );
    h.get_by_role_and_label(Role::Button, &import_button(1000))
        .click();
    h.run_steps(1);
    settle(&mut h);
    let store = Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store.stats().unwrap_or_default().customers, 1000);

    h.get_by_role_and_label(Role::Button, "Import another file…")
        .click();
    h.run_steps(1);
    settle(&mut h);
    assert!(
        h.state()
            .screen::<ImportScreen>()
            .unwrap()
            .planned
            .as_ref()
            .is_some_and(|p| p.earlier.is_some())
    );
    h.get_by_label_contains("This file was already imported on");
    assert_eq!(rows_checked(&h), 1000);
    assert!(!h.state().screen::<ImportScreen>().unwrap().can_import());
    assert!(
        h.get_by_role_and_label(Role::Button, &import_button(1000))
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_role_and_label(Role::Button, &import_button(1000))
        .click();
    h.run_steps(1);
    settle(&mut h);
    assert_eq!(store.stats().unwrap_or_default().customers, 1000);

    h.get_by_label("Import it again anyway").click();
    h.run_steps(2);
    assert!(h.state().screen::<ImportScreen>().unwrap().can_import());
    assert!(
        !h.get_by_role_and_label(Role::Button, &import_button(1000))
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_role_and_label(Role::Button, &import_button(1000))
        .click();
    h.run_steps(1);
    settle(&mut h);
    assert_eq!(
        store.stats().unwrap_or_default().customers,
        2000,
        "{:?} {:?} {:?}",
        h.state().notices,
        h.state().screen::<ImportScreen>().unwrap().finished,
        h.state().screen::<ImportScreen>().unwrap().history
    );
    assert_eq!(
        h.state()
            .screen::<ImportScreen>()
            .unwrap()
            .history
            .as_ref()
            .map(Vec::len),
        Some(2)
    );
}

#[test]
fn rejected_rows_are_shown_grouped_and_saved_as_csv() {
    let (dir, db) = crate::common::temp_db("rejects.sqlite");
    let csv = dir.path().join("sales.csv");
    std::fs::write(
        &csv,
        "order,customer,date,amount\n\
         A1,C1,2025-01-02,10.50\n\
         A2,C2,not a date,11.00\n\
         A3,C3,2025-01-04,12.00\n\
         A4,C4,31/02/2025,13.00\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let saved = dir.path().join("rejected.csv");
    let mut h = import_harness(&db, vec![csv], Some(saved.clone()));
    h.get_by_role_and_label(Role::Button, "Open a file…")
        .click();
    h.run_steps(1);
    settle(&mut h);
    let report = match &h.state().screen::<ImportScreen>().unwrap().check {
        Check::Done(r) => r.clone(),
        other => panic!("not checked: {other:?}"),
    };
    assert_eq!(
        (report.rows_imported, report.rows_rejected),
        (2, 2),
        "{report:?}"
    );
    h.get_by_label("2 rows rejected");
    h.get_by_role_and_label(Role::Button, "Save rejected rows as CSV…")
        .click();
    h.run_steps(1);
    settle(&mut h);
    let text = std::fs::read_to_string(&saved).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.starts_with("row,column,problem,order,customer,date,amount"),
        "{text}"
    );
    assert!(text.contains("A2,C2,not a date,11.00"), "{text}");
    assert_eq!(text.lines().count(), 3, "{text}");
}

#[test]
fn ambiguous_dates_are_asked_before_importing() {
    let (dir, db) = crate::common::temp_db("dates.sqlite");
    let csv = dir.path().join("till.csv");
    std::fs::write(
        &csv,
        "ticket,date,customer,total\nT1,03/04/2025,C1,10.00\nT2,05/06/2025,C2,5.00\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut h = import_harness(&db, vec![csv], None);
    h.get_by_role_and_label(Role::Button, "Open a file…")
        .click();
    h.run_steps(1);
    settle(&mut h);
    assert!(
        h.state()
            .screen::<ImportScreen>()
            .unwrap()
            .dates_unanswered()
    );
    assert!(!h.state().screen::<ImportScreen>().unwrap().can_import());
    h.get_by_label_contains("How does this file write dates?");
    // The shop's locale (fr-FR by default) is what the preview uses meanwhile; the person
    // says the file is month first.
    h.get_by_role_and_label(Role::Button, "Month first: 03/04/2025 is March 4, 2025")
        .click();
    h.run_steps(1);
    settle(&mut h);
    assert!(
        !h.state()
            .screen::<ImportScreen>()
            .unwrap()
            .dates_unanswered()
    );
    assert!(h.state().screen::<ImportScreen>().unwrap().can_import());
    assert!(
        h.query_by_label_contains("How does this file write dates?")
            .is_none()
    );
    h.get_by_role_and_label(Role::Button, &import_button(2))
        .click();
    h.run_steps(1);
    settle(&mut h);
    let stats = clientele::store::Store::open(&db)
        .and_then(|s| s.stats())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        stats.first_sale.map(|d| d.to_string()).as_deref(),
        Some("2025-03-04")
    );
    assert_eq!(
        stats.last_sale.map(|d| d.to_string()).as_deref(),
        Some("2025-05-06")
    );
}

#[test]
fn shop_settings_are_edited_and_saved() {
    let (_dir, db) = crate::common::temp_db("settings.sqlite");
    let mut h = import_harness(&db, vec![], None);
    h.get_by_role_and_label(Role::Button, "Shop settings…")
        .click();
    h.run_steps(2);
    assert!(h.state().settings_edit.is_some());
    h.get_by_label("Shop name");
    h.query_all_by_role(Role::ComboBox)
        .find(|n| n.value().as_deref() == Some("Français (France)"))
        .unwrap_or_else(|| panic!("no locale choice"))
        .click();
    h.run_steps(2);
    h.get_by_label("English (United States)").click();
    h.run_steps(1);
    h.get_by_label_contains("Dates like 03/04/2025 are read as March 4, 2025");
    h.get_by_role_and_label(Role::Button, "Save").click();
    h.run_steps(1);
    settle(&mut h);
    assert!(
        h.state().settings_edit.is_none(),
        "the window closes once saved"
    );
    assert_eq!(h.state().settings.locale, "en-US");
    let saved = clientele::store::Store::open(&db)
        .and_then(|s| s.settings())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(saved.locale, "en-US");
    assert_eq!(saved.currency, "USD");
    assert_eq!(saved.phone_country, "US");
}

/// The window on the Duplicates tab, detection finished.
fn duplicates_harness(db: &Path) -> Harness<'static, ClienteleApp> {
    let prefs = Prefs {
        tab: Tab::DUPLICATES,
        ..Prefs::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1200.0))
        .build_ui_state(
            |ui, app: &mut ClienteleApp| app.show(ui),
            ClienteleApp::new(db.to_path_buf(), prefs),
        );
    settle(&mut h);
    h
}

#[test]
fn duplicates_are_reviewed_merged_refused_and_unmerged() {
    let (_dir, db) = demo_db(300);
    let before = clientele::store::Store::open(&db)
        .and_then(|s| s.stats())
        .unwrap_or_else(|e| panic!("{e}"));
    let mut h = duplicates_harness(&db);
    let queue = h
        .state()
        .screen::<DuplicatesScreen>()
        .unwrap()
        .queue
        .clone()
        .unwrap_or_else(|| panic!("detection did not run"));
    let (likely, _) = h
        .state()
        .screen::<DuplicatesScreen>()
        .unwrap()
        .likely_and_unlikely();
    assert!(likely >= 2, "{likely} groups");
    // The queue holds only the groups at or above the threshold, most certain first.
    assert!(
        queue.clusters[..likely]
            .iter()
            .all(|c| c.certainty >= queue.threshold)
    );
    h.get_by_label(&format!("Group 1 of {likely}"));
    h.get_by_label_contains("Why: ");
    h.get_by_label_contains("(certainty ");
    // The slider starts at the suggested threshold.
    assert_eq!(
        h.state()
            .screen::<DuplicatesScreen>()
            .unwrap()
            .bulk_threshold,
        queue.recommended
    );

    // N: the first group is different people, remembered in the database.
    let first: Vec<i64> = queue.clusters[0].members.iter().map(|m| m.id).collect();
    h.get_by_role_and_label(Role::Button, "Not the same person (N)")
        .click();
    h.run_steps(1);
    settle(&mut h);
    assert_eq!(h.state().screen::<DuplicatesScreen>().unwrap().current, 1);
    let store = clientele::store::Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let declared = store.not_duplicates().unwrap_or_else(|e| panic!("{e}"));
    assert!(declared.contains(&(first[0].min(first[1]), first[0].max(first[1]))));

    // Y on the keyboard merges the second group, with a field choice made on it.
    let second = queue.clusters[1].members.len() as i64;
    let choice = (1, clientele::model::ContactField::FirstName);
    h.state_mut()
        .screen_mut::<DuplicatesScreen>()
        .unwrap()
        .kept
        .insert(choice, 0);
    h.key_press(egui::Key::Y);
    h.run_steps(1);
    settle(&mut h);
    let after = store.stats().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(after.customers, before.customers - (second - 1));
    assert_eq!(after.revenue_cents, before.revenue_cents);
    let merges = store.merges().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(merges.len() as i64, second - 1);
    assert!(
        h.state()
            .screen::<DuplicatesScreen>()
            .unwrap()
            .merges
            .as_ref()
            .is_some_and(|m| m.len() as i64 == second - 1)
    );

    // Unmerge from the history puts the customers back.
    for _ in 0..second - 1 {
        h.get_by_role_and_label(Role::Button, "Unmerge").click();
        h.run_steps(1);
        settle(&mut h);
    }
    let restored = store.stats().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(restored, before);
    // The group on screen is open again, its field choice kept, the counts current.
    assert!(
        !h.state()
            .screen::<DuplicatesScreen>()
            .unwrap()
            .decided
            .contains_key(&1)
    );
    assert_eq!(
        h.state()
            .screen::<DuplicatesScreen>()
            .unwrap()
            .kept
            .get(&choice),
        Some(&0)
    );
    h.get_by_label_contains(&format!(
        "({} left to review)",
        group_thousands(likely as i64 - 1)
    ));

    // Looking again: the group declared different people is not proposed any more.
    h.get_by_role_and_label(Role::Button, "Find duplicates again")
        .click();
    h.run_steps(1);
    settle(&mut h);
    let again = h
        .state()
        .screen::<DuplicatesScreen>()
        .unwrap()
        .queue
        .clone()
        .unwrap_or_default();
    assert!(
        again
            .clusters
            .iter()
            .all(|c| !(c.members.iter().any(|m| m.id == first[0])
                && c.members.iter().any(|m| m.id == first[1]))),
        "a pair declared different people came back"
    );
}

#[test]
fn the_value_clicked_is_the_one_kept_and_groups_merge_above_a_certainty() {
    use clientele::dedup::plan::{PLAN_FIELDS, field_value};
    let (_dir, db) = demo_db(300);
    let mut h = duplicates_harness(&db);
    let queue = h
        .state()
        .screen::<DuplicatesScreen>()
        .unwrap()
        .queue
        .clone()
        .unwrap_or_default();
    // A group of two whose members differ in a field, both values filled and unique.
    let (g, field, wanted) = queue
        .clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| c.members.len() == 2 && c.certainty >= queue.threshold)
        .find_map(|(g, c)| {
            PLAN_FIELDS.iter().find_map(|&f| {
                let (a, b) = (
                    field_value(&c.members[0], f)?,
                    field_value(&c.members[1], f)?,
                );
                let plan = h
                    .state()
                    .screen::<DuplicatesScreen>()
                    .unwrap()
                    .plan_for(g, c);
                let default = plan
                    .fields
                    .iter()
                    .find(|(x, _)| *x == f)
                    .and_then(|(_, v)| v.clone())
                    .unwrap_or_else(|| {
                        let s = h
                            .state()
                            .screen::<DuplicatesScreen>()
                            .unwrap()
                            .survivor_of(g, c);
                        field_value(&c.members[s], f).unwrap_or("").to_string()
                    });
                let other = if default == a { b } else { a };
                (a != b && other != default).then(|| (g, f, other.to_string()))
            })
        })
        .unwrap_or_else(|| panic!("no group with a differing field"));
    for _ in 0..g {
        h.key_press(egui::Key::ArrowRight);
        h.run_steps(1);
    }
    assert_eq!(h.state().screen::<DuplicatesScreen>().unwrap().current, g);
    h.get_by_role_and_label(Role::Button, &wanted).click();
    h.run_steps(1);
    let survivor = {
        let c = &queue.clusters[g];
        c.members[h
            .state()
            .screen::<DuplicatesScreen>()
            .unwrap()
            .survivor_of(g, c)]
        .id
    };
    h.get_by_role_and_label(Role::Button, "Merge (Y)").click();
    h.run_steps(1);
    settle(&mut h);
    let store = clientele::store::Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let stored = store
        .dedup_contacts_by_id(&[survivor])
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(field_value(&stored[0], field), Some(wanted.as_str()));

    // "Merge every group above": the preview's count is what gets merged.
    let tab = &h.state().screen::<DuplicatesScreen>().unwrap();
    let threshold = tab.bulk_threshold;
    let expected: usize = queue
        .clusters
        .iter()
        .enumerate()
        .filter(|(i, c)| *i != g && c.certainty >= threshold)
        .map(|(_, c)| c.members.len() - 1)
        .sum();
    assert!(expected > 0);
    let merged_before = store.merges().unwrap_or_default().len();
    h.get_by_role_and_label(Role::Button, "Merge them…").click();
    h.run_steps(1);
    h.get_by_label_contains("Each merge can be undone from the history.");
    h.get_by_role_and_label(Role::Button, "Merge").click();
    h.run_steps(1);
    settle(&mut h);
    assert_eq!(
        store.merges().unwrap_or_default().len(),
        merged_before + expected
    );
}

#[test]
fn groups_below_the_threshold_are_browsed_apart_as_possible_unlikely() {
    let (_dir, db) = demo_db(300);
    let mut h = duplicates_harness(&db);
    // A threshold above the last group's certainty puts that group below it.
    let mut queue = h
        .state()
        .screen::<DuplicatesScreen>()
        .unwrap()
        .queue
        .clone()
        .unwrap_or_default();
    let n = queue.clusters.len();
    assert!(n >= 2, "{n} groups");
    queue.threshold = (queue.clusters[n - 1].certainty + queue.clusters[0].certainty) / 2.0;
    let below = queue
        .clusters
        .iter()
        .filter(|c| c.certainty < queue.threshold)
        .count();
    assert!(below >= 1 && below < n);
    h.state_mut()
        .screen_mut::<DuplicatesScreen>()
        .unwrap()
        .queue = Some(queue);
    h.run_steps(2);
    h.get_by_label(&format!("Group 1 of {}", n - below));
    h.get_by_role_and_label(Role::Button, "Merge (Y)");
    h.get_by_label(&format!("Possible, unlikely ({below})"))
        .click();
    h.run_steps(2);
    h.get_by_label(&format!("Group 1 of {below}"));
    h.get_by_label_contains("Possible, unlikely: certainty");
    assert!(h.query_by_label("Merge (Y)").is_none());
    h.get_by_role_and_label(Role::Button, "Merge anyway");
    // Y does not merge a group that unlikely.
    let merges = h
        .state()
        .screen::<DuplicatesScreen>()
        .unwrap()
        .merges
        .clone()
        .unwrap_or_default()
        .len();
    h.key_press(egui::Key::Y);
    h.run_steps(1);
    settle(&mut h);
    assert!(
        h.state()
            .screen::<DuplicatesScreen>()
            .unwrap()
            .decided
            .is_empty()
    );
    let store = Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store.merges().unwrap_or_default().len(), merges);
}

#[test]
fn a_new_database_opens_on_the_welcome_screen_with_import_beside_the_demo() {
    let (_dir, db) = crate::common::temp_db("new.sqlite");
    // The last tab used with another database was Segments.
    let prefs = Prefs {
        tab: Tab::SEGMENTS,
        ..Prefs::default()
    };
    let mut h = harness(ClienteleApp::new(db, prefs));
    settle(&mut h);
    assert_eq!(h.state().prefs.tab, Tab::OVERVIEW);
    h.get_by_label("Welcome to Clientele");
    h.get_by_role_and_label(Role::Button, "Load the demo shop");
    h.get_by_role_and_label(Role::Button, "Import my file…");
}

#[test]
fn without_a_system_dialog_the_file_dialog_is_drawn_in_the_window() {
    let (dir, db) = crate::common::temp_db("fallback.sqlite");
    let file = dir.path().join("cdnow_sample_transactions.csv");
    std::fs::copy("tests/data/cdnow_sample_transactions.csv", &file).unwrap();
    let app =
        ClienteleApp::new(db, Prefs::default()).with_dialogs(Box::new(NativeDialogs::in_window()));
    let mut h = harness(app);
    settle(&mut h);
    h.get_by_role_and_label(Role::Button, "Import my file…")
        .click();
    h.run_steps(3);
    assert_eq!(h.state().prefs.tab, Tab::IMPORT);
    // The dialog inside the window, with its title, places and buttons.
    h.get_by_label("Import a file");
    h.get_by_label("Places");
    h.get_by_label("Home");
    h.get_by_role_and_label(Role::Button, "Cancel");
    // Typing a path into it opens that file in the Import tab.
    type_path_in_file_dialog(&mut h, &file);
    settle(&mut h);
    assert!(
        h.state().file_wanted.is_none(),
        "the dialog is still waiting"
    );
    h.get_by_label("cdnow_sample_transactions.csv");
}

#[test]
fn customers_known_only_by_their_number_show_it() {
    let (dir, db) = crate::common::temp_db("numbers.sqlite");
    let file = dir.path().join("sales.csv");
    std::fs::write(
        &file,
        "order,customer,date,amount\nA1,C0031,2025-03-04,10.00\nA2,C0032,2025-03-05,5.50\n",
    )
    .unwrap();
    let out = crate::common::clientele(&db, &["import", "sales", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", crate::common::text(&out.stderr));
    let prefs = Prefs {
        tab: Tab::CUSTOMERS,
        ..Prefs::default()
    };
    let mut h = harness(ClienteleApp::new(db, prefs));
    settle(&mut h);
    h.get_by_label("Reference");
    h.get_by_label("Customer C0031");
    h.get_by_label("C0031");
    h.get_by_label("Customer C0032");
    // The search covers the reference.
    h.state_mut()
        .screen_mut::<CustomersScreen>()
        .unwrap()
        .search = "c0032".into();
    h.run_steps(2);
    assert_eq!(h.state().screen::<CustomersScreen>().unwrap().view.len(), 1);
    assert!(h.query_by_label("Customer C0031").is_none());
    h.get_by_label("Customer C0032");
}

/// Types `path` into the path field of the file dialog drawn in the window and applies it.
fn type_path_in_file_dialog(h: &mut Harness<'static, ClienteleApp>, path: &Path) {
    // The path field shows the folder the dialog opened in.
    h.query_all_by_role(Role::TextInput)
        .find(|n| {
            n.accesskit_node()
                .value()
                .is_some_and(|v| Path::new(&v).is_dir())
        })
        .unwrap_or_else(|| panic!("no path field in the file dialog"))
        .focus();
    h.run_steps(1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run_steps(1);
    let field = h
        .query_all_by_role(Role::TextInput)
        .find(|n| n.accesskit_node().is_focused())
        .unwrap_or_else(|| panic!("the path field lost the keyboard"));
    field.type_text(&path.display().to_string());
    h.run_steps(1);
    h.get_by_role_and_label(Role::Button, "Go").click();
    h.run_steps(2);
}

#[test]
fn a_recognised_sales_export_opens_as_sales_in_the_window() {
    // Contacts are what the Import tab assumes first; a file whose layout says it is sales
    // (a till's or a web shop's export) must still open, as sales, with its mapping shown.
    let text =
        std::fs::read_to_string("tests/data/exports/truth.json").unwrap_or_else(|e| panic!("{e}"));
    let truth: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    for (name, layout) in [
        ("square_transactions.csv", "Square transactions"),
        ("zettle_purchases.csv", "Zettle purchases"),
    ] {
        let (dir, db) = crate::common::temp_db("import.sqlite");
        let copy = dir.path().join(name);
        std::fs::copy(Path::new("tests/data/exports").join(name), &copy)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut h = import_harness(&db, vec![copy], None);
        h.get_by_role_and_label(Role::Button, "Open a file…")
            .click();
        h.run_steps(1);
        settle(&mut h);
        let tab = &h.state().screen::<ImportScreen>().unwrap();
        let planned = tab
            .planned
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no plan: {:?}", tab.error));
        assert_eq!(
            planned.options.kind,
            clientele::ingest::mapping::ImportKind::Sales,
            "{name}"
        );
        assert!(planned.blocker.is_none(), "{name}: {:?}", planned.blocker);
        // Said once, and the kind says where it came from.
        let recognised = format!("{layout} export recognised");
        assert_eq!(
            h.query_all_by_label_contains(&recognised).count(),
            1,
            "{name}: {recognised}"
        );
        h.get_by_label_contains(&format!("(from the {layout} layout)"));
        let lines = truth[name]["sale_lines"].as_u64().unwrap_or_default();
        assert_eq!(rows_checked(&h), lines, "{name}");
    }
}

/// The Predictions tab on a demo shop: the figures come from the worker's job, the
/// headline counts the customers the service predicts, and the lists open like the
/// Segments lists.
#[test]
fn predictions_tab_shows_the_service_figures_and_opens_its_lists() {
    use clientele::analytics::predict::PredictOutcome;
    use clientele::service::predict::{PredictOptions, run};

    let (_dir, db) = demo_db(400);
    let store = Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let made = run(
        &store,
        &PredictOptions::default(),
        &mut clientele::service::Progress::silent(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    drop(store);
    let PredictOutcome::Ready(p) = &made.outcome else {
        panic!("the demo shop has too little data: {:?}", made.outcome)
    };
    let likely: f64 = p.customers.iter().map(|c| c.p_buy).sum();
    let prefs = Prefs {
        tab: Tab::new("Predictions"),
        ..Prefs::default()
    };
    let mut h = harness_sized(ClienteleApp::new(db, prefs), 1024.0, 768.0);
    settle(&mut h);
    let likely = likely.round() as i64;
    let likely = if likely >= 100 {
        (likely + 5) / 10 * 10
    } else {
        likely
    };
    h.get_by_label(&format!(
        "About {} of your {} customers are likely to buy again in the next 90 days.",
        group_thousands(likely),
        group_thousands(p.customers.len() as i64)
    ));
    h.get_by_label_contains("Checked on your last 90 days");
    h.get_by_label_contains("was used");
    h.get_by_label_contains("Customers who came back before and are slipping away");
    h.get_by_role_and_label(Role::Button, "Likely to leave")
        .click();
    settle(&mut h);
    h.get_by_label_contains("Your best customers (value tiers A and B)");
    h.get_by_role_and_label(Role::Button, "Show in Customers")
        .click();
    settle(&mut h);
    assert_eq!(h.state().prefs.tab, Tab::CUSTOMERS);
    // The first customer of the list: the detail shows their chance of buying again.
    let (id, name) = {
        let app = h.state();
        let first = app
            .screen::<CustomersScreen>()
            .unwrap()
            .view
            .first()
            .copied()
            .unwrap_or_else(|| panic!("the list is empty"));
        let row = app
            .customers
            .as_ref()
            .and_then(|c| c.row(first))
            .cloned()
            .unwrap_or_default();
        (row.id, row.shown_name())
    };
    h.get_all_by_label(&name)
        .next()
        .unwrap_or_else(|| panic!("no row for {name}"))
        .click();
    settle(&mut h);
    let c = p
        .customers
        .iter()
        .find(|c| c.history.customer_id == id)
        .unwrap_or_else(|| panic!("no prediction for {id}"));
    h.get_by_label("Chance of buying again in 90 days");
    h.get_by_label(&crate::common::shop_formats().percent_whole(c.p_buy));
    h.get_by_label("Expected value, next 12 months");
    // And a chart of their chance of still being a customer over time.
    h.get_by_label("Chance of still being a customer, over time (%)");
}

#[test]
fn predictions_tab_says_why_there_are_none() {
    let (_dir, db) = demo_db(20);
    let prefs = Prefs {
        tab: Tab::new("Predictions"),
        ..Prefs::default()
    };
    let mut h = harness(ClienteleApp::new(db, prefs));
    settle(&mut h);
    h.get_by_label_contains("No predictions yet: only");
    assert!(h.query_by_label_contains("likely to buy again").is_none());
}
