//! Store tests on temporary databases.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::params;

use super::*;
use crate::model::{Consent, NewContact, NewSale};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap_or_default()
}

fn contact(first: &str, last: &str) -> NewContact {
    NewContact {
        first_name: Some(first.into()),
        last_name: Some(last.into()),
        created_at: at("2024-01-01 10:00:00"),
        ..NewContact::default()
    }
}

fn sale(contact_index: usize, when: &str, order: Option<&str>, cents: i64) -> NewSale {
    NewSale {
        contact_index,
        customer_ref: None,
        order_ref: order.map(str::to_string),
        sold_at: at(when),
        product: Some("Tea".into()),
        category: None,
        quantity: 1.0,
        unit_price_cents: Some(cents),
        discount_cents: 0,
        amount_cents: cents,
        cost_cents: None,
        channel: Some("store".into()),
        payment_method: None,
        store: None,
        extra: serde_json::Map::new(),
    }
}

fn batch() -> NewBatch {
    NewBatch {
        kind: BatchKind::Sales,
        file_name: Some("till.csv".into()),
        file_sha256: None,
        sheet: None,
        options: serde_json::json!({}),
        rows_read: 0,
        rows_rejected: 0,
        replace_existing: false,
    }
}

fn write(store: &Store, contacts: &[NewContact], sales: &[NewSale]) -> i64 {
    store
        .write_batch(&batch(), contacts, sales, &mut |_, _| true)
        .unwrap_or_else(|e| panic!("write failed: {e}"))
}

/// Three contacts: Ann (2 orders, one of two lines), Bob (lines without order numbers on
/// two days), and Cy without sales.
fn sample(store: &Store) {
    let contacts = [
        contact("Ann", "Lee"),
        contact("Bob", "Marr"),
        contact("Cy", "Oh"),
    ];
    let sales = [
        sale(0, "2024-02-01 10:00:00", Some("R1"), 1000),
        sale(0, "2024-02-01 10:00:00", Some("R1"), 250),
        sale(0, "2024-03-05 11:00:00", Some("R2"), 99),
        sale(1, "2024-02-01 09:00:00", None, 500),
        sale(1, "2024-02-01 17:00:00", None, 500),
        sale(1, "2024-02-03 09:00:00", None, 1),
    ];
    write(store, &contacts, &sales);
}

fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

#[test]
fn fresh_database_has_the_newest_schema_and_is_marked() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("nested/folder/shop.sqlite");
    let store = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store.schema_version().ok(), Some(SCHEMA_VERSION));
    let app_id: i32 = store
        .conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap_or_default();
    assert_eq!(app_id, APPLICATION_ID);
    let mode: String = store
        .conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap_or_default();
    assert_eq!(mode, "wal");
    let fk: i64 = store
        .conn
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap_or_default();
    assert_eq!(fk, 1);
    for table in [
        "import_batch",
        "import_error",
        "contact",
        "sale",
        "merge",
        "saved_segment",
        "setting",
        "not_duplicate",
        "import_mapping",
        "audit",
        "contact_root",
        "customer_summary",
    ] {
        let found: i64 = store
            .conn
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap_or_default();
        assert_eq!(found, 1, "{table} is missing");
    }
}

#[test]
fn older_database_is_upgraded_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("old.sqlite");
    {
        let old = Store::open_at_version(&path, 1).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(old.schema_version().ok(), Some(1));
        // Version 1 had no customer_summary; write rows the way version 1 did.
        old.conn
            .execute_batch(
                "INSERT INTO contact (id, first_name, created_at, updated_at)
                     VALUES (1, 'Ann', '2024-01-01', '2024-01-01');
                 INSERT INTO sale (contact_id, order_ref, sold_at, amount)
                     VALUES (1, 'R1', '2024-02-01 10:00:00', 700),
                            (1, 'R1', '2024-02-01 10:00:00', 300),
                            (1, NULL, '2024-02-09 10:00:00', 5);",
            )
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let store = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store.schema_version().ok(), Some(SCHEMA_VERSION));
    let stats = store.stats().unwrap_or_default();
    assert_eq!(stats.customers, 1);
    assert_eq!(stats.orders, 2);
    assert_eq!(stats.sale_lines, 3);
    assert_eq!(stats.revenue_cents, 1005);
}

#[test]
fn newer_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("new.sqlite");
    {
        let store = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
        store
            .conn
            .pragma_update(None, "user_version", SCHEMA_VERSION + 5)
            .unwrap_or_else(|e| panic!("{e}"));
        store
            .conn
            .pragma_update(None, "journal_mode", "delete")
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let before = file_bytes(&path);
    let err = Store::open(&path)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("newer version of Clientele"), "{err}");
    assert_eq!(file_bytes(&path), before);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("customers.xlsx");
    let bytes: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let err = Store::open(&path)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("is not a Clientele database"), "{err}");
    assert_eq!(file_bytes(&path), bytes);
    assert!(!dir.path().join("customers.xlsx-wal").exists());
}

#[test]
fn another_programs_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("other.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
        conn.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');")
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let before = file_bytes(&path);
    let err = Store::open(&path)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("made by another program"), "{err}");
    assert_eq!(file_bytes(&path), before);
}

#[test]
fn revenue_by_channel_and_category_counts_whole_days_of_the_period() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    let mut lines = vec![
        sale(0, "2024-01-31 23:59:59", None, 1),
        sale(0, "2024-02-01 00:00:00", None, 10),
        sale(0, "2024-02-15 12:00:00", None, 100),
        sale(0, "2024-02-29 23:59:59", None, 1000),
        sale(0, "2024-03-01 00:00:00", None, 10000),
    ];
    lines[2].channel = Some("web".into());
    lines[2].category = Some("Tea".into());
    write(&store, &[contact("Ann", "Lee")], &lines);
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default();
    let mut got = store
        .revenue_by_channel_and_category(day("2024-02-01"), day("2024-02-29"))
        .unwrap_or_else(|e| panic!("{e}"));
    got.sort_by_key(|c| c.revenue_cents);
    let got: Vec<_> = got
        .iter()
        .map(|c| (c.channel.as_deref(), c.category.as_deref(), c.revenue_cents))
        .collect();
    assert_eq!(
        got,
        vec![(Some("web"), Some("Tea"), 100), (Some("store"), None, 1010)]
    );
    let one_day = store
        .revenue_by_channel_and_category(day("2024-03-01"), day("2024-03-01"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(one_day.iter().map(|c| c.revenue_cents).sum::<i64>(), 10000);
}

#[test]
fn stats_count_orders_by_the_design_rules() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    sample(&store);
    let stats = store.stats().unwrap_or_default();
    // Ann: R1 and R2. Bob: two lines on 02-01 without reference (one order) and one on 02-03.
    assert_eq!(
        stats,
        Stats {
            customers: 3,
            orders: 4,
            sale_lines: 6,
            revenue_cents: 2350,
            first_sale: NaiveDate::from_ymd_opt(2024, 2, 1),
            last_sale: NaiveDate::from_ymd_opt(2024, 3, 5),
        }
    );
}

#[test]
fn root_view_follows_merge_chains_and_stats_count_roots() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    sample(&store);
    // Bob (2) merged into Ann (1), then Cy (3) merged into Bob: all three resolve to Ann.
    store
        .conn
        .execute_batch("UPDATE contact SET merged_into = 1 WHERE id = 2; UPDATE contact SET merged_into = 2 WHERE id = 3;")
        .unwrap_or_else(|e| panic!("{e}"));
    let mut stmt = store
        .conn
        .prepare("SELECT contact_id, root_id FROM contact_root ORDER BY contact_id")
        .unwrap_or_else(|e| panic!("{e}"));
    let pairs: Vec<(i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .and_then(|rows| rows.collect())
        .unwrap_or_default();
    assert_eq!(pairs, vec![(1, 1), (2, 1), (3, 1)]);
    store
        .rebuild_customer_summary()
        .unwrap_or_else(|e| panic!("{e}"));
    let stats = store.stats().unwrap_or_default();
    assert_eq!(stats.customers, 1);
    assert_eq!(stats.orders, 4);
    assert_eq!(stats.revenue_cents, 2350);
    let list = store.customer_list().unwrap_or_default();
    assert_eq!(list.len(), 1);
    assert_eq!(
        (list[0].id, list[0].orders, list[0].revenue_cents),
        (1, 4, 2350)
    );
    let facts = store.sale_facts().unwrap_or_default();
    assert!(facts.iter().all(|f| f.customer_id == 1));
    let lines = store.customer_sales(1).unwrap_or_default();
    assert_eq!(lines.len(), 6);
    let detail = store.customer_detail(1).ok().flatten().unwrap_or_default();
    assert_eq!(detail.absorbed, vec![2, 3]);
}

#[test]
fn summary_after_batches_equals_a_full_rebuild() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    sample(&store);
    // A second batch adds a customer and more sales for its own contacts.
    write(
        &store,
        &[contact("Dee", "Ray")],
        &[sale(0, "2024-04-01 10:00:00", Some("R9"), 4200)],
    );
    let incremental = store.customer_list().unwrap_or_default();
    // By hand: Ann's orders R1 (1 February 2024) and R2 (5 March) are 33 days apart (a
    // leap February); Bob's lines without a reference make orders on 1 and 3 February, 2
    // days; Cy has no sale (no row), Dee one order (no gap).
    let kept_gaps = gaps(&store);
    assert_eq!(kept_gaps, vec![(1, Some(33.0)), (2, Some(2.0)), (4, None)]);
    store
        .rebuild_customer_summary()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store.customer_list().unwrap_or_default(), incremental);
    assert_eq!(incremental.len(), 4);
    // The batch's own figures (worked out in Rust) equal the rebuild's (in SQL).
    assert_eq!(gaps(&store), kept_gaps);
}

/// Each customer's median gap between orders, as `customer_summary` keeps it.
fn gaps(store: &Store) -> Vec<(i64, Option<f64>)> {
    store
        .stage_figures()
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|(_, figures)| {
            figures
                .iter()
                .map(|f| (f.customer_id, f.gap_days))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_cancelled_batch_leaves_nothing() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    sample(&store);
    let before = store.stats().unwrap_or_default();
    let contacts = vec![contact("X", "Y"); 10];
    let sales: Vec<NewSale> = (0..10_000)
        .map(|i| sale(i % 10, "2024-05-01 10:00:00", None, 1))
        .collect();
    let mut calls = 0;
    let result = store.write_batch(&batch(), &contacts, &sales, &mut |_, _| {
        calls += 1;
        calls < 3
    });
    assert!(matches!(result, Err(StoreError::Cancelled)));
    assert_eq!(store.stats().unwrap_or_default(), before);
    let batches: i64 = store
        .conn
        .query_row("SELECT COUNT(*) FROM import_batch", [], |r| r.get(0))
        .unwrap_or_default();
    assert_eq!(batches, 1);
}

#[test]
fn replacing_clears_old_data_in_the_same_transaction() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    sample(&store);
    let mut replace = batch();
    replace.replace_existing = true;
    store
        .write_batch(&replace, &[contact("New", "One")], &[], &mut |_, _| true)
        .unwrap_or_else(|e| panic!("{e}"));
    let stats = store.stats().unwrap_or_default();
    assert_eq!((stats.customers, stats.sale_lines), (1, 0));
    let cleared: i64 = store
        .conn
        .query_row(
            "SELECT COUNT(*) FROM audit WHERE action = 'clear'",
            [],
            |r| r.get(0),
        )
        .unwrap_or_default();
    assert_eq!(cleared, 1);
}

#[test]
fn editing_a_field_is_saved_audited_and_reversible() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    sample(&store);
    let old = store
        .update_contact_field(1, ContactField::City, Some("  Lyon "))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(old, None);
    let row = store.customer_row(1).ok().flatten().unwrap_or_default();
    assert_eq!(row.city, "Lyon");
    let undone = store
        .update_contact_field(1, ContactField::City, old.as_deref())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(undone.as_deref(), Some("Lyon"));
    assert_eq!(
        store
            .customer_row(1)
            .ok()
            .flatten()
            .unwrap_or_default()
            .city,
        ""
    );
    let audit: Vec<String> = store
        .conn
        .prepare("SELECT detail FROM audit WHERE action = 'edit' ORDER BY id")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .unwrap_or_default();
    assert_eq!(audit.len(), 2);
    assert!(audit[0].contains("\"new\":\"Lyon\""), "{}", audit[0]);
    // Bad values are refused with a plain reason and change nothing.
    let err = store
        .update_contact_field(1, ContactField::BirthDate, Some("31/02/1980"))
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("is not a date"), "{err}");
    let consent = store.update_contact_field(1, ContactField::MarketingConsent, Some("yes"));
    assert!(consent.is_ok());
    let detail = store.customer_detail(1).ok().flatten().unwrap_or_default();
    assert_eq!(detail.marketing_consent, Consent::Yes);
    assert!(
        store
            .update_contact_field(99, ContactField::City, Some("x"))
            .is_err()
    );
}

#[test]
fn a_second_connection_reads_while_the_first_writes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("shared.sqlite");
    let writer = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
    sample(&writer);
    let reader = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
    // The writer holds an open write transaction; the reader still sees the last commit.
    let tx = writer.immediate().unwrap_or_else(|e| panic!("{e}"));
    tx.execute(
        "INSERT INTO contact (first_name, created_at, updated_at) VALUES ('Zed', ?1, ?1)",
        params!["2024-01-01"],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(reader.stats().unwrap_or_default().customers, 3);
    drop(tx);
    assert_eq!(reader.stats().unwrap_or_default().customers, 3);
}

#[test]
fn sales_for_existing_customers_update_their_figures_and_undo_removes_exactly_the_batch() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    sample(&store);
    let before = store.customer_list().unwrap_or_default();
    // A sales batch: two lines for Ann (existing, id 1), one for a new contact.
    let mut writer = store
        .begin_batch(&batch(), false)
        .unwrap_or_else(|e| panic!("{e}"));
    let new_id = writer
        .add_contact(&contact("Eve", "Nu"))
        .unwrap_or_else(|e| panic!("{e}"));
    writer
        .add_sale(1, &sale(0, "2024-06-01 10:00:00", Some("R7"), 300))
        .unwrap_or_else(|e| panic!("{e}"));
    writer
        .add_sale(1, &sale(0, "2024-06-01 10:00:00", Some("R7"), 200))
        .unwrap_or_else(|e| panic!("{e}"));
    writer
        .add_sale(new_id, &sale(0, "2024-06-02 10:00:00", None, 50))
        .unwrap_or_else(|e| panic!("{e}"));
    writer
        .add_problem(&NewProblem {
            row: 7,
            column: Some("Date".into()),
            raw_value: Some("31/02/2025".into()),
            kind: Box::new(ProblemKind::NotADate {
                column: "Date".into(),
                value: "31/02/2025".into(),
            }),
            raw_row: vec!["x".into(), "31/02/2025".into()],
            severity: Severity::Error,
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let id = writer.finish(4, 3, 1).unwrap_or_else(|e| panic!("{e}"));
    let ann = store.customer_row(1).ok().flatten().unwrap_or_default();
    assert_eq!((ann.orders, ann.revenue_cents), (3, 1349 + 500));
    assert_eq!(store.stats().unwrap_or_default().customers, 4);
    let problems = store.batch_problems(id).unwrap_or_default();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].raw_row,
        vec!["x".to_string(), "31/02/2025".to_string()]
    );
    let listed = store.batches().unwrap_or_default();
    assert_eq!(
        (
            listed[0].id,
            listed[0].rows_imported,
            listed[0].rows_rejected
        ),
        (id, 3, 1)
    );
    // The figures written incrementally equal a rebuild from scratch.
    let incremental = store.customer_list().unwrap_or_default();
    store
        .rebuild_customer_summary()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store.customer_list().unwrap_or_default(), incremental);

    let undone = store.undo_batch(id).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        undone,
        UndoSummary {
            sales_removed: 3,
            contacts_removed: 1,
            contacts_kept: 0
        }
    );
    assert_eq!(store.customer_list().unwrap_or_default(), before);
    assert!(
        store.undo_batch(id).is_err(),
        "undoing twice must be refused"
    );
    assert!(store.undo_batch(999).is_err());
}

#[test]
fn undo_keeps_a_contact_that_a_later_batch_sold_to() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    let first = write(&store, &[contact("Ann", "Lee")], &[]);
    // A later batch sells to Ann.
    let mut writer = store
        .begin_batch(&batch(), false)
        .unwrap_or_else(|e| panic!("{e}"));
    writer
        .add_sale(1, &sale(0, "2024-06-01 10:00:00", None, 10))
        .unwrap_or_else(|e| panic!("{e}"));
    writer.finish(1, 1, 0).unwrap_or_else(|e| panic!("{e}"));
    let undone = store.undo_batch(first).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((undone.contacts_removed, undone.contacts_kept), (0, 1));
    assert_eq!(store.stats().unwrap_or_default().sale_lines, 1);
    assert_eq!(gaps(&store), vec![(1, None)]);
}

#[test]
fn a_dropped_writer_leaves_nothing() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    sample(&store);
    let before = store.stats().unwrap_or_default();
    {
        let mut writer = store
            .begin_batch(&batch(), true)
            .unwrap_or_else(|e| panic!("{e}"));
        let id = writer
            .add_contact(&contact("Gone", "Soon"))
            .unwrap_or_else(|e| panic!("{e}"));
        writer
            .add_sale(id, &sale(0, "2024-06-01 10:00:00", None, 10))
            .unwrap_or_else(|e| panic!("{e}"));
        // Dropped without finish: a cancel or an error.
    }
    assert_eq!(store.stats().unwrap_or_default(), before);
    assert_eq!(store.batches().unwrap_or_default().len(), 1);
    // The index dropped for a bulk batch came back with the rollback.
    let index: i64 = store
        .conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sale_contact'",
            [],
            |r| r.get(0),
        )
        .unwrap_or_default();
    assert_eq!(index, 1);
}

#[test]
fn contact_keys_lead_absorbed_contacts_to_their_root() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    let mut a = contact("Ann", "Lee");
    a.email = Some("ann@example.com".into());
    let mut b = contact("Ann", "Lee");
    b.external_ref = Some("W-1".into());
    write(&store, &[a, b], &[]);
    store
        .conn
        .execute("UPDATE contact SET merged_into = 1 WHERE id = 2", [])
        .unwrap_or_else(|e| panic!("{e}"));
    let keys = store.contact_keys().unwrap_or_default();
    assert_eq!(keys.len(), 2);
    assert!(keys.iter().all(|k| k.customer_id == 1));
    assert!(
        keys.iter()
            .any(|k| k.external_ref.as_deref() == Some("W-1"))
    );
}

#[test]
fn settings_default_then_saved_and_audited() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s.db")).unwrap();
    let s = store.settings().unwrap();
    // Never set: the computer's locale (LANG and friends), else the default.
    let expected = match crate::settings::system_locale() {
        Some(l) => crate::settings::ShopSettings::for_locale(l.code),
        None => crate::settings::ShopSettings::default(),
    };
    assert_eq!(s, expected);
    let wanted = crate::settings::ShopSettings {
        shop_name: "Fleurs d'Irène".into(),
        locale: "en-us".into(),
        currency: "usd".into(),
        phone_country: "us".into(),
        language: "hy".into(),
        margin_percent: 40,
        discount_basis_points: 125,
        time_zone: "Asia/Yerevan".into(),
    };
    store.save_settings(&wanted).unwrap();
    let back = store.settings().unwrap();
    assert_eq!(back.margin_percent, 40);
    assert_eq!(back.discount_basis_points, 125);
    assert_eq!(back.time_zone, "Asia/Yerevan");
    assert_eq!(back.language, "hy");
    assert_eq!(back.locale, "en-US");
    assert_eq!(back.currency, "USD");
    assert_eq!(back.phone_country, "US");
    assert_eq!(back.shop_name, "Fleurs d'Irène");
    let audits: i64 = store
        .conn
        .query_row(
            "SELECT COUNT(*) FROM audit WHERE action = 'settings'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audits, 1);
    // A wrong value writes nothing.
    let mut bad = back.clone();
    bad.locale = "tlh-QO".into();
    bad.shop_name = "Changed".into();
    assert!(store.save_settings(&bad).is_err());
    assert_eq!(store.settings().unwrap(), back);
}

#[test]
fn a_later_batch_selling_to_merged_contacts_sums_their_root_by_hand() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    sample(&store);
    // Bob (2) merged into Ann (1), then Cy (3) into Bob: every line leads to Ann.
    store
        .conn
        .execute_batch(
            "UPDATE contact SET merged_into = 1 WHERE id = 2;
             UPDATE contact SET merged_into = 2 WHERE id = 3;",
        )
        .unwrap_or_else(|e| panic!("{e}"));
    store
        .rebuild_customer_summary()
        .unwrap_or_else(|e| panic!("{e}"));
    // A later batch sells to Cy's record (the end of the chain) and to a new Dee.
    let mut writer = store
        .begin_batch(&batch(), false)
        .unwrap_or_else(|e| panic!("{e}"));
    let dee = writer
        .add_contact(&contact("Dee", "Ray"))
        .unwrap_or_else(|e| panic!("{e}"));
    writer
        .add_sale(3, &sale(0, "2024-07-01 10:00:00", Some("R8"), 700))
        .unwrap_or_else(|e| panic!("{e}"));
    writer
        .add_sale(dee, &sale(0, "2024-07-02 10:00:00", None, 40))
        .unwrap_or_else(|e| panic!("{e}"));
    writer.finish(2, 2, 0).unwrap_or_else(|e| panic!("{e}"));
    // By hand: Ann's orders R1, R2, Bob's two days 2024-02-01 and 2024-02-03, and R8: 5;
    // revenue 1000 + 250 + 99 + 500 + 500 + 1 + 700 = 3050 cents; last order 2024-07-01.
    let ann = store.customer_row(1).ok().flatten().unwrap_or_default();
    assert_eq!(
        (ann.orders, ann.revenue_cents, ann.last_order),
        (5, 3050, NaiveDate::from_ymd_opt(2024, 7, 1))
    );
    let incremental = store.customer_list().unwrap_or_default();
    assert_eq!(incremental.len(), 2);
    store
        .rebuild_customer_summary()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(store.customer_list().unwrap_or_default(), incremental);
}

#[test]
fn newer_database_in_wal_mode_is_refused_without_wal_or_shm_files() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("new.sqlite");
    {
        let store = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
        store
            .conn
            .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let side = |suffix: &str| dir.path().join(format!("new.sqlite{suffix}"));
    // Closed cleanly: the file is in WAL mode (header bytes 18 and 19 are 2), with no
    // -wal or -shm beside it.
    let before = file_bytes(&path);
    assert_eq!((before[18], before[19]), (2, 2));
    assert!(!side("-wal").exists() && !side("-shm").exists());
    let err = Store::open(&path)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("newer version of Clientele"), "{err}");
    assert_eq!(file_bytes(&path), before);
    assert!(!side("-wal").exists(), "a -wal file was created");
    assert!(!side("-shm").exists(), "a -shm file was created");
}

#[test]
fn problems_keep_their_kind_and_older_ones_their_words() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    let problem = |row: u64, kind: ProblemKind| NewProblem {
        row,
        column: Some("Montant".into()),
        raw_value: Some("douze".into()),
        kind: Box::new(kind),
        raw_row: vec!["douze".into()],
        severity: Severity::Error,
    };
    let typed = ProblemKind::NotAnAmount {
        column: "Montant".into(),
        value: "douze".into(),
    };
    let mut writer = store
        .begin_batch(&batch(), false)
        .unwrap_or_else(|e| panic!("{e}"));
    writer
        .add_problem(&problem(3, typed.clone()))
        .unwrap_or_else(|e| panic!("{e}"));
    writer
        .add_problem(&problem(4, typed.clone()))
        .unwrap_or_else(|e| panic!("{e}"));
    let id = writer.finish(2, 0, 2).unwrap_or_else(|e| panic!("{e}"));
    // A problem recorded before kinds were stored has no kind.
    store
        .conn
        .execute(
            "UPDATE import_error SET kind = NULL, message = 'row 4: written long ago' WHERE row_number = 4",
            [],
        )
        .unwrap_or_else(|e| panic!("{e}"));

    let problems = store.batch_problems(id).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(problems.len(), 2);
    assert_eq!(*problems[0].kind, typed);
    assert_eq!(
        crate::text::english(&problems[0]),
        "row 3, column Montant: 'douze' is not an amount"
    );
    assert_eq!(
        *problems[1].kind,
        ProblemKind::Written {
            message: "row 4: written long ago".into()
        }
    );
    assert_eq!(
        crate::text::english(&problems[1]),
        "row 4: written long ago"
    );
}

#[test]
fn the_audit_screens_kinds_are_read_from_the_index() {
    let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    let plan = |sql: &str| -> String {
        let mut stmt = store
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap_or_else(|e| panic!("{e}"));
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(3))
            .unwrap_or_else(|e| panic!("{e}"));
        rows.map(|r| r.unwrap_or_default())
            .collect::<Vec<_>>()
            .join("; ")
    };
    // The list of kinds and a filter by kind use the index, not a scan of every line.
    let kinds = plan("SELECT DISTINCT action FROM audit ORDER BY action");
    assert!(kinds.contains("audit_action"), "{kinds}");
    let one = plan("SELECT id FROM audit WHERE action = 'merge' ORDER BY id DESC");
    assert!(one.contains("audit_action"), "{one}");
    // Without the index the plan is a scan: the check can fail.
    store
        .conn
        .execute_batch("DROP INDEX audit_action")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!plan("SELECT DISTINCT action FROM audit ORDER BY action").contains("audit_action"));
}
