//! The window, driven headless by egui_kittest: tabs by label, search, edit and undo.

use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use clientele::store::Store;
use clientele::ui::app::{ClienteleApp, DbState, Prefs, Tab};

use crate::common::demo_db;

fn harness(app: ClienteleApp) -> Harness<'static, ClienteleApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app)
}

/// Steps frames until the worker has answered everything asked of it.
fn settle(h: &mut Harness<'static, ClienteleApp>) {
    let start = Instant::now();
    loop {
        h.step();
        if !h.state().is_busy() {
            h.run_steps(2);
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the worker did not answer in 60 s"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
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
    h.get_by_role_and_label(Role::Button, "Customers").click();
    h.run_steps(2);
    assert_eq!(h.state().prefs.tab, Tab::Customers);
    assert!(h.query_by_label("Revenue by month").is_none());
    let total = h.state().customers.as_ref().map_or(0, |c| c.len());
    h.get_by_label(&format!("{total} customers"));
    h.get_by_role_and_label(Role::Button, "Overview").click();
    h.run_steps(2);
    assert_eq!(h.state().prefs.tab, Tab::Overview);
}

#[test]
fn searching_filters_the_table() {
    let (_dir, db) = demo_db(300);
    let prefs = Prefs {
        tab: Tab::Customers,
        ..Prefs::default()
    };
    let mut h = harness(ClienteleApp::new(db, prefs));
    settle(&mut h);
    let total = h.state().customers.as_ref().map_or(0, |c| c.len());
    assert!(total > 300, "{total} customers");
    assert_eq!(h.state().customers_tab.view.len(), total);
    // Search for the name of the first customer listed.
    let name = {
        let app = h.state();
        let first = app.customers_tab.view.first().copied().unwrap_or_default();
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
    assert_eq!(app.customers_tab.search, word);
    let shown = app.customers_tab.view.len();
    assert!(
        shown >= 1 && shown < total,
        "{shown} of {total} shown for '{word}'"
    );
    let folded = clientele::clean::fold(&word);
    let index = app.customers.clone().unwrap_or_default();
    for p in &app.customers_tab.view {
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
        tab: Tab::Customers,
        ..Prefs::default()
    };
    let mut h = harness(ClienteleApp::new(db.clone(), prefs));
    settle(&mut h);
    // Click the first row (its name cell).
    let (id, name) = {
        let app = h.state();
        let first = app.customers_tab.view.first().copied().unwrap_or_default();
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
    assert_eq!(h.state().customers_tab.selected, Some(id));
    assert!(h.state().customers_tab.detail.is_some());
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
