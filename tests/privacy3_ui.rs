//! Erasing the people of an import, the retention rule and restoring a backup, driven
//! headless by egui_kittest through the window's real worker; the database is checked
//! afterwards.

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use clientele::ui::app::{ClienteleApp, Prefs, Tab};

use crate::common::{group_thousands, run_ok, settle, shop_formats, temp_db};

fn window(db: &Path, tab: Tab) -> Harness<'static, ClienteleApp> {
    let prefs = Prefs {
        tab,
        ..Prefs::default()
    };
    let mut h: Harness<'static, ClienteleApp> = Harness::builder()
        .with_size(egui::vec2(1280.0, 1000.0))
        .build_ui_state(
            |ui, app: &mut ClienteleApp| app.show(ui),
            ClienteleApp::new(db.to_path_buf(), prefs),
        );
    settle(&mut h);
    h
}

fn open_settings(h: &mut Harness<'static, ClienteleApp>) {
    h.get_by_role_and_label(Role::Button, "Shop settings…")
        .click();
    settle(h);
}

fn conn(db: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(db).unwrap()
}

/// The customers (records not merged away) erased, by id.
fn erased_ids(db: &Path) -> Vec<i64> {
    let c = conn(db);
    let mut stmt = c
        .prepare(
            "SELECT id FROM contact WHERE erased_at IS NOT NULL AND merged_into IS NULL
             ORDER BY id",
        )
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn id_of(db: &Path, reference: &str) -> i64 {
    conn(db)
        .query_row(
            "SELECT id FROM contact WHERE external_ref = ?1",
            [reference],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn the_import_history_erases_the_people_of_one_import_after_naming_the_count() {
    let (dir, db) = temp_db("shop.sqlite");
    let first = dir.path().join("first.csv");
    std::fs::write(
        &first,
        "customer_id,first_name,last_name,email\nA1,Ann,Alder,ann@example.com\nA2,Bo,Birch,bo@example.com\n",
    )
    .unwrap();
    let second = dir.path().join("second.csv");
    std::fs::write(
        &second,
        "customer_id,first_name,last_name,email\nB1,Cy,Cedar,cy@example.com\n",
    )
    .unwrap();
    run_ok(&db, &["import", "contacts", first.to_str().unwrap()]);
    run_ok(&db, &["import", "contacts", second.to_str().unwrap()]);
    let (a1, a2, b1) = (id_of(&db, "A1"), id_of(&db, "A2"), id_of(&db, "B1"));

    let mut h = window(&db, Tab::IMPORT);
    // Newest first: the second import's menu, then the first's.
    let menus: Vec<_> = h.query_all_by_label("…").collect();
    assert_eq!(menus.len(), 2);
    menus[1].click();
    drop(menus);
    h.run_steps(2);
    h.get_by_label("Erase the people of this import…").click();
    settle(&mut h);
    h.get_by_label("Erase the people of import 1?");
    h.get_by_label_contains("Erasing would remove 2 customers (2 contact records)");
    h.get_by_label_contains("This cannot be undone");
    // Cancel changes nothing.
    h.get_by_role_and_label(Role::Button, "Cancel").click();
    settle(&mut h);
    assert!(h.query_by_label("Erase the people of import 1?").is_none());
    assert!(erased_ids(&db).is_empty());

    let menus: Vec<_> = h.query_all_by_label("…").collect();
    menus[1].click();
    drop(menus);
    h.run_steps(2);
    h.get_by_label("Erase the people of this import…").click();
    settle(&mut h);
    h.get_by_label("Erase 2 customers for good").click();
    settle(&mut h);
    assert_eq!(erased_ids(&db), vec![a1, a2]);
    assert!(!erased_ids(&db).contains(&b1));
    let gone: i64 = conn(&db)
        .query_row(
            "SELECT COUNT(*) FROM contact WHERE email LIKE '%example.com' AND id IN (?1, ?2)",
            [a1, a2],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(gone, 0, "their e-mails are gone");
    h.get_by_label_contains("2 customers erased (2 records emptied)");
}

/// The demo shop's customers with no sale since `since` (or none and added before), by
/// their records' own dates.
fn inactive_by_hand(db: &Path, since: &str) -> Vec<i64> {
    let c = conn(db);
    let mut stmt = c
        .prepare(
            "SELECT c.id, c.created_at, MAX(s.sold_at) FROM contact AS c
             LEFT JOIN contact_root AS r ON r.root_id = c.id
             LEFT JOIN sale AS s ON s.contact_id = r.contact_id
             WHERE c.merged_into IS NULL AND c.erased_at IS NULL
             GROUP BY c.id ORDER BY c.id",
        )
        .unwrap();
    let all: Vec<(i64, String, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    all.into_iter()
        .filter(|(_, created, last)| match last {
            Some(day) => day[..10] < *since,
            None => created[..10] < *since,
        })
        .map(|(id, _, _)| id)
        .collect()
}

/// The same day `years` years before `day` (28 February for a 29th in a common year).
fn years_before(day: chrono::NaiveDate, years: i32) -> chrono::NaiveDate {
    use chrono::Datelike;
    let year = day.year() - years;
    chrono::NaiveDate::from_ymd_opt(year, day.month(), day.day())
        .or_else(|| chrono::NaiveDate::from_ymd_opt(year, day.month(), day.day() - 1))
        .unwrap()
}

#[test]
fn shop_settings_preview_the_retention_rule_and_erase_the_customers_it_takes() {
    // The demo's history ends on 2025-06-30; the window counts from today.
    let (_dir, db) = crate::common::demo_db(150);
    let today = chrono::Local::now().date_naive();
    let since = years_before(today, 3);
    let want = inactive_by_hand(&db, &since.to_string());
    assert!(want.len() > 20, "{} lapsed customers", want.len());
    let revenue: i64 = conn(&db)
        .query_row("SELECT SUM(amount) FROM sale", [], |r| r.get(0))
        .unwrap();

    let mut h = window(&db, Tab::OVERVIEW);
    open_settings(&mut h);
    h.get_by_label("Keeping data").click();
    settle(&mut h);
    let day = shop_formats().date(since);
    h.get_by_label(&format!(
        "{} customers have not ordered since {day}:",
        group_thousands(want.len() as i64)
    ));
    h.get_by_label(&format!(
        "and {} more",
        group_thousands(want.len() as i64 - 20)
    ));
    // The first twenty are named, with their last order.
    assert_eq!(
        h.query_all_by_label_contains("last order ").count(),
        20,
        "twenty names"
    );

    // Another number of years: the preview follows.
    h.state_mut().keeping.years = 20;
    settle(&mut h);
    let far = shop_formats().date(years_before(today, 20));
    h.get_by_label(&format!(
        "Every customer has ordered since {far}: nobody to erase."
    ));
    h.state_mut().keeping.years = 3;
    settle(&mut h);

    h.get_by_label("Erase them…").click();
    settle(&mut h);
    h.get_by_label_contains(&format!("Erasing would remove {} customers", want.len()));
    h.get_by_label(&format!(
        "Erase {} customers for good",
        group_thousands(want.len() as i64)
    ))
    .click();
    settle(&mut h);
    assert_eq!(erased_ids(&db), want);
    let after: i64 = conn(&db)
        .query_row("SELECT SUM(amount) FROM sale", [], |r| r.get(0))
        .unwrap();
    assert_eq!(after, revenue, "the sales stay");
    // Nobody is left under the rule.
    h.get_by_label(&format!(
        "Every customer has ordered since {day}: nobody to erase."
    ));
}

fn copies(db: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(db.parent().unwrap().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "db"))
        .collect();
    files.sort();
    files
}

#[test]
fn shop_settings_restore_a_backup_after_showing_it_beside_the_database() {
    let (dir, db) = crate::common::demo_db(40);
    run_ok(&db, &["backup"]);
    let manual = copies(&db)
        .into_iter()
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("manual-")
        })
        .unwrap();
    let store = clientele::store::Store::open(&db).unwrap();
    let in_copy = store.stats().unwrap();
    let listed = store.customer_list().unwrap();
    drop(store);
    // After the copy: a customer erased and a new one's sales imported.
    let erased = listed[3].id;
    run_ok(&db, &["erase", &erased.to_string(), "--yes"]);
    let sales = dir.path().join("sales.csv");
    std::fs::write(
        &sales,
        "customer_id,date,amount\nNEW1,2025-07-02,10.00\nNEW1,2025-07-03,5.50\nNEW1,2025-07-04,1.00\n",
    )
    .unwrap();
    run_ok(&db, &["import", "sales", sales.to_str().unwrap()]);
    let now_lines = in_copy.sale_lines + 3;

    let mut h = window(&db, Tab::OVERVIEW);
    open_settings(&mut h);
    h.get_by_label("Backups").click();
    settle(&mut h);
    // The copies newest name first, as listed; one "Restore…" each.
    let mut names: Vec<String> = copies(&db)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.reverse();
    let at = names.iter().position(|n| n.starts_with("manual-")).unwrap();
    let buttons: Vec<_> = h
        .query_all_by_role_and_label(Role::Button, "Restore…")
        .collect();
    assert_eq!(buttons.len(), names.len());
    buttons[at].click();
    drop(buttons);
    settle(&mut h);
    let name = manual.file_name().unwrap().to_string_lossy().into_owned();
    h.get_by_label(&format!("Restore the copy {name}?"));
    h.get_by_label("In the copy");
    for n in [in_copy.sale_lines, now_lines] {
        assert!(
            h.query_all_by_label(&group_thousands(n)).next().is_some(),
            "{n} sale lines shown"
        );
    }
    h.get_by_label_contains("First a backup of the database as it is now is made");
    h.get_by_label("Customers erased since the copy was made stay erased.");
    h.get_by_role_and_label(Role::Button, "Restore this copy")
        .click();
    settle(&mut h);

    let store = clientele::store::Store::open(&db).unwrap();
    let stats = store.stats().unwrap();
    assert_eq!(stats.sale_lines, in_copy.sale_lines);
    assert_eq!(stats.revenue_cents, in_copy.revenue_cents);
    let back = store.customer_list().unwrap();
    assert_eq!(back.len(), listed.len() - 1);
    assert!(!back.iter().any(|r| r.id == erased), "erased stays erased");
    // The way back: a copy of the database as it was, named in the message.
    let before = copies(&db)
        .into_iter()
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("before-restore-")
        })
        .expect("a backup made before the restore");
    let kept = clientele::service::privacy::backup_contents(&before).unwrap();
    assert_eq!(kept.stats.sale_lines, now_lines);
    h.get_by_label_contains(&format!(
        "Copy restored. The database as it was is in the backup {}.",
        before.file_name().unwrap().to_string_lossy()
    ));
    // Shop settings closed: the settings shown were the database's before the restore.
    assert!(h.state().settings_edit.is_none());
    // The window's figures are the restored ones.
    assert_eq!(
        h.state().stats.as_ref().map(|s| s.sale_lines),
        Some(in_copy.sale_lines)
    );
}
