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

/// Types `text` into the `at`-th password field of the window.
fn type_into(h: &mut Harness<'static, ClienteleApp>, at: usize, text: &str) {
    let fields: Vec<_> = h.query_all_by_role(Role::PasswordInput).collect();
    assert!(fields.len() > at, "{} password fields", fields.len());
    fields[at].focus();
    drop(fields);
    h.run_steps(2);
    let fields: Vec<_> = h.query_all_by_role(Role::PasswordInput).collect();
    fields[at].type_text(text);
    drop(fields);
    h.run_steps(2);
}

#[test]
fn shop_settings_lock_the_file_and_remove_the_passphrase_through_the_worker() {
    use clientele::store::{LockState, lock_state};
    let (_dir, db) = crate::common::demo_db(40);
    let lines = Store::open(&db).unwrap().stats().unwrap().sale_lines;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(
            |ui, app: &mut ClienteleApp| app.show(ui),
            ClienteleApp::new(db.clone(), Prefs::default()),
        );
    crate::common::settle(&mut h);
    h.get_by_role_and_label(Role::Button, "Shop settings…")
        .click();
    crate::common::settle(&mut h);
    h.get_by_label_contains("The file is not locked");
    h.get_by_label("Lock with a passphrase…").click();
    h.run_steps(2);
    h.get_by_label_contains("A lost passphrase cannot be recovered");
    type_into(&mut h, 0, PASS);
    type_into(&mut h, 1, "something else");
    h.get_by_label("The two new passphrases differ.");
    assert_eq!(lock_state(&db).unwrap(), LockState::Plain);

    // Typed again right: the worker locks the file and opens it again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.run_steps(2);
    type_into(&mut h, 1, PASS);
    h.get_by_role_and_label(Role::Button, "Lock").click();
    crate::common::settle(&mut h);
    assert_eq!(lock_state(&db).unwrap(), LockState::Locked);
    h.get_by_label_contains("is now locked with the passphrase");
    let reopened = Store::open_with(&db, Passphrase::new(PASS)).unwrap();
    assert_eq!(reopened.stats().unwrap().sale_lines, lines);
    drop(reopened);

    // Removed with the present passphrase.
    crate::common::settle(&mut h);
    h.get_by_label("Remove the passphrase…").click();
    h.run_steps(2);
    type_into(&mut h, 0, PASS);
    h.get_by_role_and_label(Role::Button, "Remove").click();
    crate::common::settle(&mut h);
    assert_eq!(lock_state(&db).unwrap(), LockState::Plain);
    assert_eq!(
        Store::open_with(&db, None)
            .unwrap()
            .stats()
            .unwrap()
            .sale_lines,
        lines
    );
}
