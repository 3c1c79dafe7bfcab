//! The Audit screen driven headless by egui_kittest: the trail newest first, the filter by
//! text, and nothing of an erased customer left to see.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use clientele::ui::app::{ClienteleApp, Prefs, Tab};

use crate::common::{run_ok, settle, temp_db};

const MARKER: &str = "Quibbleton";

fn window(db: std::path::PathBuf) -> Harness<'static, ClienteleApp> {
    let prefs = Prefs {
        tab: Tab::new("Audit"),
        ..Prefs::default()
    };
    let app = ClienteleApp::new(db, prefs);
    let mut h: Harness<'static, ClienteleApp> = Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    h
}

/// Types `text` into the screen's search field (its only text field).
fn search(h: &mut Harness<'static, ClienteleApp>, text: &str) {
    h.get_by_role(Role::TextInput).focus();
    settle(h);
    h.get_by_role(Role::TextInput).type_text(text);
    settle(h);
}

#[test]
fn the_audit_screen_lists_the_trail_and_shows_nothing_of_an_erased_customer() {
    let (dir, db) = temp_db("shop.sqlite");
    let contacts = dir.path().join("contacts.csv");
    std::fs::write(
        &contacts,
        "customer_id,first_name,last_name,email\nQ1,Ann,Quibbleton,ann@example.com\nQ2,Bo,Other,bo@example.com\n",
    )
    .unwrap();
    run_ok(&db, &["import", "contacts", contacts.to_str().unwrap()]);
    let id: i64 = {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.query_row(
            "SELECT id FROM contact WHERE external_ref = 'Q1'",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    {
        // An edit keeps the old and new values in the audit trail.
        let store = clientele::store::Store::open(&db).unwrap();
        store
            .update_contact_field(
                id,
                clientele::store::ContactField::City,
                Some("Quibbleton-on-Sea"),
            )
            .unwrap();
    }
    {
        let mut h = window(db.clone());
        // The tab and the trail's line.
        assert_eq!(h.query_all_by_label("Import").count(), 2);
        h.get_by_label("Edit");
        search(&mut h, MARKER);
        h.get_by_label_contains("Line 1 of 1");
        assert!(
            h.query_by_label_contains(MARKER).is_some(),
            "the marker shows before the erase"
        );
    }
    run_ok(&db, &["erase", &id.to_string(), "--yes"]);
    let mut h = window(db.clone());
    h.get_by_label("Erasure");
    h.get_by_label("Edit");
    // The newest line comes first: the erasure is above the import.
    let erasure = h.get_by_label("Erasure").rect().min.y;
    let import = h
        .query_all_by_label("Import")
        .map(|n| n.rect().min.y)
        .fold(f32::MIN, f32::max);
    assert!(erasure < import, "{erasure} {import}");
    assert!(h.query_by_label_contains(MARKER).is_none());
    search(&mut h, MARKER);
    h.get_by_label("No line matches.");
}
