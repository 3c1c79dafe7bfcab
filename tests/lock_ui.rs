//! The start dialog of a locked file, driven headless by egui_kittest: a wrong passphrase
//! gets a plain message and the shop stays closed; the right one opens it.

use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use clientele::store::{Passphrase, Store};
use clientele::ui::app::{ClienteleApp, DbState, Prefs};
use clientele::ui::unlock::UnlockGate;

use crate::common::temp_db;

const PASS: &str = "open sesame 42";

fn gate(db: &std::path::Path) -> Harness<'static, UnlockGate> {
    let path = db.to_path_buf();
    let made = path.clone();
    Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .build_ui_state(
            |ui, g: &mut UnlockGate| g.show(ui),
            UnlockGate::new(path, move || ClienteleApp::new(made, Prefs::default())),
        )
}

/// Steps frames until `done` holds (the check runs on its own thread).
fn until(h: &mut Harness<'static, UnlockGate>, done: impl Fn(&UnlockGate) -> bool) {
    let start = Instant::now();
    while !done(h.state()) {
        h.step();
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no answer in 60 s"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    h.run_steps(2);
}

fn type_passphrase(h: &mut Harness<'static, UnlockGate>, text: &str) {
    let field = h.get_by_role(Role::PasswordInput);
    field.focus();
    field.type_text(text);
    h.run_steps(2);
}

#[test]
fn a_locked_file_asks_for_its_passphrase_and_a_wrong_one_is_refused() {
    let (_dir, db) = temp_db("locked.sqlite");
    {
        let store = Store::open_with(&db, Passphrase::new(PASS)).unwrap();
        store.stats().unwrap();
    }
    assert!(UnlockGate::needed(&db));
    let before = std::fs::read(&db).unwrap();
    let mut h = gate(&db);
    h.run_steps(2);
    h.get_by_label("This shop's file is locked");
    h.get_by_label_contains("is locked with a passphrase. Type it to open the shop.");

    type_passphrase(&mut h, "not it");
    h.get_by_label("Open").click();
    until(&mut h, |g| g.message().is_some());
    h.get_by_label("The passphrase does not open this file. Try again.");
    assert!(h.state().app().is_none());
    assert_eq!(std::fs::read(&db).unwrap(), before);

    type_passphrase(&mut h, PASS);
    h.key_press(egui::Key::Enter);
    until(&mut h, |g| g.app().is_some());
    assert!(h.state().message().is_none());
    // The window's worker opened the file with the passphrase.
    until(&mut h, |g| {
        g.app()
            .is_some_and(|a| matches!(a.db, DbState::Open { .. }))
    });
    assert!(!UnlockGate::needed(&db));
}

#[test]
fn cancel_closes_the_window_without_opening_the_file() {
    let (_dir, db) = temp_db("locked.sqlite");
    {
        let store = Store::open_with(&db, Passphrase::new(PASS)).unwrap();
        store.stats().unwrap();
    }
    let mut h = gate(&db);
    h.run_steps(2);
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(h.state().is_quitting());
    assert!(h.state().app().is_none());
}
