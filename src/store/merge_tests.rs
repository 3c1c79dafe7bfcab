//! Merge and unmerge tests: exact restoration, dependency order, refusals that write
//! nothing, and customer figures that always equal a rebuild. Ends with a property test
//! over random shops and random sequences of merges and unmerges.

// A panic is how a test reports failure, helpers included.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDateTime;
use proptest::prelude::*;
use rusqlite::types::Value;

use super::*;
use crate::model::{ContactField, DecidedBy, MergePlan, NewContact, NewSale};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn person(first: &str, last: &str, email: Option<&str>, phone: Option<&str>) -> NewContact {
    NewContact {
        first_name: Some(first.into()),
        last_name: Some(last.into()),
        email: email.map(str::to_string),
        phone: phone.map(str::to_string),
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

fn write(store: &Store, contacts: &[NewContact], sales: &[NewSale]) {
    let batch = NewBatch {
        kind: BatchKind::Sales,
        file_name: Some("till.csv".into()),
        file_sha256: None,
        sheet: None,
        options: serde_json::json!({}),
        rows_read: 0,
        rows_rejected: 0,
        replace_existing: false,
    };
    store
        .write_batch(&batch, contacts, sales, &mut |_, _| true)
        .unwrap();
}

/// Four customers: Ann (1), Bob (2), Cy (3) with sales, Dee (4) without; extra columns and
/// consent on some, so that restoring covers every kind of column.
fn shop() -> Store {
    let store = Store::open_in_memory().unwrap();
    let mut ann = person("Ann", "Lee", Some("ann@example.com"), None);
    ann.extra
        .insert("loyalty".into(), serde_json::json!("gold"));
    let mut bob = person("A.", "Lee", Some("ann.lee@example.org"), Some("0612345678"));
    bob.marketing_consent = crate::model::Consent::Yes;
    bob.consent_date = chrono::NaiveDate::from_ymd_opt(2023, 5, 1);
    let cy = person("Ann", "Lee-Smith", None, Some("+33 6 99 99 99 99"));
    let dee = person("Dee", "Ray", Some("dee@example.com"), None);
    write(
        &store,
        &[ann, bob, cy, dee],
        &[
            sale(0, "2024-02-01 10:00:00", Some("R1"), 1000),
            sale(0, "2024-02-01 10:00:00", Some("R1"), 250),
            sale(1, "2024-02-01 09:00:00", None, 500),
            sale(1, "2024-02-01 17:00:00", None, 500),
            sale(2, "2024-03-05 11:00:00", Some("R1"), 99),
        ],
    );
    store
}

fn rows(store: &Store, sql: &str) -> Vec<Vec<Value>> {
    let mut stmt = store.conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap()
}

/// Every column of every contact, as stored.
fn contacts(store: &Store) -> Vec<Vec<Value>> {
    rows(store, "SELECT * FROM contact ORDER BY id")
}

/// Every column of every sale line, as stored.
fn sales(store: &Store) -> Vec<Vec<Value>> {
    rows(store, "SELECT * FROM sale ORDER BY id")
}

/// Everything a refused operation must leave as it was.
fn everything(store: &Store) -> Vec<Vec<Vec<Value>>> {
    [
        "SELECT * FROM contact ORDER BY id",
        "SELECT * FROM sale ORDER BY id",
        "SELECT * FROM merge ORDER BY id",
        "SELECT * FROM audit ORDER BY id",
        "SELECT * FROM customer_summary ORDER BY customer_id",
        "SELECT * FROM not_duplicate ORDER BY contact_a, contact_b",
    ]
    .iter()
    .map(|sql| rows(store, sql))
    .collect()
}

/// Checks that the stored figures equal a rebuild from the sale lines.
fn assert_summary_is_exact(store: &Store) {
    let stored = rows(
        store,
        "SELECT customer_id, orders, sale_lines, revenue_cents, first_sale, last_sale
         FROM customer_summary ORDER BY customer_id",
    );
    let rebuilt = rows(
        store,
        "SELECT r.root_id,
                COUNT(DISTINCT COALESCE(NULLIF(s.order_ref, ''), 'day:' || substr(s.sold_at, 1, 10))),
                COUNT(*), SUM(s.amount), MIN(s.sold_at), MAX(s.sold_at)
         FROM sale AS s JOIN contact_root AS r ON r.contact_id = s.contact_id
         GROUP BY r.root_id ORDER BY r.root_id",
    );
    assert_eq!(stored, rebuilt, "customer figures differ from a rebuild");
    // Each customer's median gap between order days, worked out here from the orders' days.
    let mut days: std::collections::BTreeMap<i64, Vec<chrono::NaiveDate>> = Default::default();
    for row in rows(
        store,
        "SELECT r.root_id, MIN(substr(s.sold_at, 1, 10))
         FROM sale AS s JOIN contact_root AS r ON r.contact_id = s.contact_id
         GROUP BY r.root_id,
                  COALESCE(NULLIF(s.order_ref, ''), 'day:' || substr(s.sold_at, 1, 10))",
    ) {
        let (Value::Integer(id), Value::Text(day)) = (&row[0], &row[1]) else {
            panic!("{row:?}");
        };
        days.entry(*id)
            .or_default()
            .push(chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap());
    }
    let gaps: Vec<Vec<Value>> = days
        .into_iter()
        .map(|(id, mut d)| {
            let gap = crate::model::median_gap_days(&mut d).map_or(Value::Null, Value::Real);
            vec![Value::Integer(id), gap]
        })
        .collect();
    let stored_gaps = rows(
        store,
        "SELECT customer_id, gap_days FROM customer_summary ORDER BY customer_id",
    );
    assert_eq!(
        stored_gaps, gaps,
        "median gaps differ from the orders' days"
    );
}

fn root_of(store: &Store, id: i64) -> i64 {
    store
        .conn
        .query_row(
            "SELECT root_id FROM contact_root WHERE contact_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

fn field(store: &Store, id: i64, column: &str) -> Option<String> {
    store
        .conn
        .query_row(
            &format!("SELECT {column} FROM contact WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

fn plan(survivor: i64, absorbed: &[i64], fields: &[(ContactField, Option<&str>)]) -> MergePlan {
    MergePlan {
        survivor,
        absorbed: absorbed.to_vec(),
        fields: fields
            .iter()
            .map(|(f, v)| (*f, v.map(str::to_string)))
            .collect(),
        score: None,
        decided_by: DecidedBy::User,
    }
}

fn error_text<T: std::fmt::Debug>(result: Result<T>) -> String {
    result.err().map(|e| e.to_string()).unwrap()
}

#[test]
fn merge_then_unmerge_restores_every_contact_byte_for_byte() {
    let mut store = shop();
    let before = contacts(&store);
    let sales_before = sales(&store);
    let stats_before = store.stats().unwrap();
    let ids = store
        .merge(&plan(
            1,
            &[2, 3],
            &[
                (ContactField::FirstName, Some("Ann")),
                (ContactField::Email, Some("ann.lee@example.org")),
                (ContactField::Phone, Some("+33 6 99 99 99 99")),
                (ContactField::MarketingConsent, Some("yes")),
                (ContactField::City, Some("Lyon")),
            ],
        ))
        .unwrap();
    assert_eq!(ids.len(), 2);
    assert_eq!((root_of(&store, 2), root_of(&store, 3)), (1, 1));
    assert_eq!(
        field(&store, 1, "email").as_deref(),
        Some("ann.lee@example.org")
    );
    assert_eq!(
        field(&store, 1, "phone").as_deref(),
        Some("+33 6 99 99 99 99")
    );
    assert_eq!(field(&store, 1, "city").as_deref(), Some("Lyon"));
    assert_eq!(
        field(&store, 1, "marketing_consent").as_deref(),
        Some("yes")
    );
    assert_eq!(
        field(&store, 1, "consent_date").as_deref(),
        Some("2023-05-01"),
        "the consent's date comes with the consent"
    );
    assert_eq!(
        field(&store, 1, "extra").as_deref(),
        Some(r#"{"loyalty":"gold"}"#)
    );
    assert_summary_is_exact(&store);
    let stats = store.stats().unwrap();
    assert_eq!(stats.customers, 2);
    assert_eq!(
        (
            stats.sale_lines,
            stats.revenue_cents,
            stats.first_sale,
            stats.last_sale
        ),
        (
            stats_before.sale_lines,
            stats_before.revenue_cents,
            stats_before.first_sale,
            stats_before.last_sale
        )
    );
    // Ann's R1 and Cy's R1 are one order once they are one customer; Bob's day is another.
    assert_eq!(stats.orders, 2);
    let list = store.customer_list().unwrap();
    assert_eq!(list.iter().map(|c| c.id).collect::<Vec<_>>(), vec![1, 4]);
    assert_eq!(list[0].revenue_cents, 2349);
    assert_eq!(sales(&store), sales_before);

    let undone = store.unmerge(&ids).unwrap();
    assert_eq!(
        undone.iter().map(|m| m.id).collect::<Vec<_>>(),
        vec![ids[1], ids[0]]
    );
    assert!(undone.iter().all(|m| m.undone_at.is_some()));
    assert_eq!(contacts(&store), before);
    assert_eq!(sales(&store), sales_before);
    assert_summary_is_exact(&store);
    assert_eq!(store.stats().unwrap(), stats_before);
    let audit: i64 = store
        .conn
        .query_row(
            "SELECT COUNT(*) FROM audit WHERE action IN ('merge', 'unmerge')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audit, 4, "one audit line per merge and per unmerge");
}

#[test]
fn undoing_part_of_a_plan_gives_back_only_what_that_contact_brought() {
    let mut store = shop();
    let before = contacts(&store);
    let ids = store
        .merge(&plan(
            1,
            &[2, 3],
            &[
                (ContactField::Email, Some("ann.lee@example.org")),
                (ContactField::Phone, Some("+33 6 99 99 99 99")),
                (ContactField::City, Some("Lyon")),
            ],
        ))
        .unwrap();
    // Bob (2) brought the e-mail, Cy (3) the phone; nobody brought Lyon.
    store.unmerge(&[ids[0]]).unwrap();
    assert_eq!(
        field(&store, 1, "email").as_deref(),
        Some("ann@example.com")
    );
    assert_eq!(
        field(&store, 1, "phone").as_deref(),
        Some("+33 6 99 99 99 99")
    );
    assert_eq!(field(&store, 1, "city").as_deref(), Some("Lyon"));
    assert_eq!(root_of(&store, 2), 2);
    assert_eq!(root_of(&store, 3), 1);
    assert_summary_is_exact(&store);
    store.unmerge(&[ids[1]]).unwrap();
    assert_eq!(contacts(&store), before);
    assert_summary_is_exact(&store);
}

#[test]
fn merges_on_one_survivor_undo_in_any_order() {
    for first_undone in [0, 1] {
        let mut store = shop();
        let before = contacts(&store);
        let m1 = store
            .merge(&plan(
                1,
                &[2],
                &[(ContactField::Email, Some("ann.lee@example.org"))],
            ))
            .unwrap();
        let m2 = store
            .merge(&plan(
                1,
                &[3],
                &[
                    (ContactField::Email, Some("typed@example.net")),
                    (ContactField::Phone, Some("+33 6 99 99 99 99")),
                ],
            ))
            .unwrap();
        let order = if first_undone == 0 {
            [m1[0], m2[0]]
        } else {
            [m2[0], m1[0]]
        };
        store.unmerge(&[order[0]]).unwrap();
        let email = field(&store, 1, "email");
        if first_undone == 0 {
            // The later merge set the e-mail again: it stays until that merge is undone.
            assert_eq!(email.as_deref(), Some("typed@example.net"));
        } else {
            assert_eq!(email.as_deref(), Some("ann.lee@example.org"));
            assert_eq!(field(&store, 1, "phone"), None);
        }
        assert_summary_is_exact(&store);
        store.unmerge(&[order[1]]).unwrap();
        assert_eq!(contacts(&store), before, "undo order {order:?}");
        assert_summary_is_exact(&store);
    }
}

#[test]
fn a_hand_edit_after_a_merge_is_kept_by_the_unmerge() {
    let mut store = shop();
    let ids = store
        .merge(&plan(
            1,
            &[2],
            &[
                (ContactField::Email, Some("ann.lee@example.org")),
                (ContactField::Phone, Some("0612345678")),
            ],
        ))
        .unwrap();
    store
        .update_contact_field(1, ContactField::Phone, Some("0700000000"))
        .unwrap();
    store.unmerge(&ids).unwrap();
    assert_eq!(
        field(&store, 1, "email").as_deref(),
        Some("ann@example.com")
    );
    assert_eq!(field(&store, 1, "phone").as_deref(), Some("0700000000"));
}

#[test]
fn a_merge_whose_survivor_was_absorbed_later_waits_for_that_merge() {
    for order in [[0usize, 1], [1, 0]] {
        let mut store = shop();
        let before = contacts(&store);
        // Ann absorbs Bob, then Cy absorbs Ann.
        let first = store
            .merge(&plan(1, &[2], &[(ContactField::Phone, Some("0612345678"))]))
            .unwrap()[0];
        let second = store
            .merge(&plan(
                3,
                &[1],
                &[(ContactField::Email, Some("ann.lee@example.org"))],
            ))
            .unwrap()[0];
        assert_eq!(root_of(&store, 2), 3);
        assert_summary_is_exact(&store);
        let unchanged = everything(&store);
        let refused = error_text(store.unmerge(&[first]));
        assert!(
            refused.contains(&format!("merge {second}"))
                && refused.contains(&format!("merge {first}")),
            "{refused}"
        );
        assert_eq!(
            everything(&store),
            unchanged,
            "a refused unmerge writes nothing"
        );
        let both = [first, second];
        let given = [both[order[0]], both[order[1]]];
        let done = store.unmerge(&given).unwrap();
        assert_eq!(
            done.iter().map(|m| m.id).collect::<Vec<_>>(),
            vec![second, first]
        );
        assert_eq!(contacts(&store), before);
        assert_summary_is_exact(&store);
    }
}

#[test]
fn refused_merges_write_nothing() {
    let mut store = shop();
    store
        .conn
        .execute(
            "UPDATE contact SET erased_at = '2024-05-01 00:00:00' WHERE id = 4",
            [],
        )
        .unwrap();
    store.merge(&plan(1, &[2], &[])).unwrap();
    let unchanged = everything(&store);
    let cases: Vec<(MergePlan, &str)> = vec![
        (plan(1, &[99], &[]), "no customer number 99"),
        (plan(99, &[3], &[]), "no customer number 99"),
        (plan(1, &[4], &[]), "erased"),
        (plan(4, &[3], &[]), "erased"),
        (plan(3, &[2], &[]), "already merged into customer 1"),
        (plan(2, &[3], &[]), "already merged into customer 1"),
        (plan(3, &[3], &[]), "into itself"),
        (plan(1, &[3, 3], &[]), "listed twice"),
        (plan(1, &[], &[]), "no customer to merge"),
        (
            plan(1, &[3], &[(ContactField::BirthDate, Some("31/02/1980"))]),
            "not a date",
        ),
    ];
    for (p, expected) in cases {
        let message = error_text(store.merge(&p));
        assert!(message.contains(expected), "{p:?}: {message}");
        assert_eq!(everything(&store), unchanged, "{p:?} wrote something");
    }
    let many =
        error_text(store.merge_many(&[plan(3, &[], &[]), plan(1, &[99], &[])], &mut |_, _| true));
    assert!(many.contains("merge 1 of 2"), "{many}");
    let many =
        error_text(store.merge_many(&[plan(3, &[4], &[]), plan(1, &[99], &[])], &mut |_, _| true));
    assert!(
        many.contains("merge 1 of 2") && many.contains("erased"),
        "{many}"
    );
    let ok_then_bad =
        error_text(store.merge_many(&[plan(3, &[1], &[]), plan(1, &[3], &[])], &mut |_, _| true));
    assert!(ok_then_bad.contains("merge 2 of 2"), "{ok_then_bad}");
    assert_eq!(everything(&store), unchanged);
}

#[test]
fn unmerge_refusals_write_nothing() {
    let mut store = shop();
    let ids = store.merge(&plan(1, &[2], &[])).unwrap();
    store.unmerge(&ids).unwrap();
    let unchanged = everything(&store);
    let again = error_text(store.unmerge(&ids));
    assert!(again.contains("already undone"), "{again}");
    let missing = error_text(store.unmerge(&[42]));
    assert!(missing.contains("no merge number 42"), "{missing}");
    assert!(store.unmerge(&[]).is_err());
    assert_eq!(everything(&store), unchanged);
}

#[test]
fn merge_many_applies_all_in_one_transaction_and_cancels_whole() {
    let mut store = shop();
    let unchanged = everything(&store);
    let plans = [plan(1, &[2], &[]), plan(3, &[4], &[])];
    let cancelled = store.merge_many(&plans, &mut |done, _| done == 0);
    assert!(matches!(cancelled, Err(StoreError::Cancelled)));
    assert_eq!(everything(&store), unchanged);
    let mut calls = Vec::new();
    let ids = store
        .merge_many(&plans, &mut |done, total| {
            calls.push((done, total));
            true
        })
        .unwrap();
    assert_eq!(ids, vec![vec![1], vec![2]]);
    assert_eq!(calls.last(), Some(&(2, 2)));
    assert_eq!(store.stats().unwrap().customers, 2);
    assert_summary_is_exact(&store);
}

#[test]
fn the_history_lists_merges_newest_first_with_names() {
    let mut store = shop();
    let mut p = plan(1, &[2], &[]);
    p.score = Some(0.93);
    p.decided_by = DecidedBy::Automatic;
    store.merge(&p).unwrap();
    let second = store.merge(&plan(1, &[3], &[])).unwrap();
    store.unmerge(&second).unwrap();
    let list = store.merges().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        (
            list[0].id,
            list[0].survivor_name.as_str(),
            list[0].absorbed_name.as_str()
        ),
        (2, "Ann Lee", "Ann Lee-Smith")
    );
    assert!(list[0].undone_at.is_some());
    assert_eq!(
        (list[1].score, list[1].decided_by),
        (Some(0.93), DecidedBy::Automatic)
    );
    assert_eq!(list[1].absorbed_name, "A. Lee");
    assert!(list[1].undone_at.is_none());
}

#[test]
fn not_duplicate_pairs_are_kept_in_order() {
    let mut store = shop();
    store.add_not_duplicate(3, 1).unwrap();
    store.add_not_duplicate(1, 3).unwrap();
    store.add_not_duplicate(2, 4).unwrap();
    assert_eq!(
        store.not_duplicates().unwrap(),
        [(1, 3), (2, 4)].into_iter().collect()
    );
    assert!(store.add_not_duplicate(2, 2).is_err());
    assert!(error_text(store.add_not_duplicate(2, 77)).contains("77"));
    assert!(store.remove_not_duplicate(4, 2).unwrap());
    assert!(!store.remove_not_duplicate(4, 2).unwrap());
    assert_eq!(
        store.not_duplicates().unwrap(),
        [(1, 3)].into_iter().collect()
    );
}

#[test]
fn detection_reads_root_customers_only() {
    let mut store = shop();
    store
        .conn
        .execute(
            "UPDATE contact SET erased_at = '2024-05-01 00:00:00' WHERE id = 4",
            [],
        )
        .unwrap();
    store.merge(&plan(1, &[2], &[])).unwrap();
    let list = store.dedup_contacts().unwrap();
    assert_eq!(list.iter().map(|c| c.id).collect::<Vec<_>>(), vec![1, 3]);
    assert_eq!(list[0].first_name.as_deref(), Some("Ann"));
    assert_eq!(list[1].phone.as_deref(), Some("+33 6 99 99 99 99"));
    assert!(!list[0].updated_at.is_empty());
    let some = store.dedup_contacts_by_id(&[4, 2, 9, 2]).unwrap();
    assert_eq!(some.iter().map(|c| c.id).collect::<Vec<_>>(), vec![2, 4]);
}

#[test]
fn the_default_plan_of_a_cluster_applies_and_undoes() {
    let mut store = shop();
    let before = contacts(&store);
    let cluster = store.dedup_contacts_by_id(&[1, 2, 3]).unwrap();
    let p = crate::dedup::plan::plan(&cluster, Some(0.9), DecidedBy::Automatic).unwrap();
    let ids = store.merge(&p).unwrap();
    assert_eq!(store.stats().unwrap().customers, 2);
    assert_summary_is_exact(&store);
    store.unmerge(&ids).unwrap();
    assert_eq!(contacts(&store), before);
}

// ---------------------------------------------------------------------------------------
// Property test: random shops, random merges and unmerges.

/// A small pool of values, so that contacts share some and plans take values from others.
const NAMES: [&str; 4] = ["Ann", "A.", "Bob", "Zoë"];
const EMAILS: [&str; 3] = ["a@x.example", "b@x.example", "c@y.example"];
const CITIES: [&str; 3] = ["Lyon", "Paris", "Nice"];

#[derive(Clone, Debug)]
struct Person {
    first: Option<usize>,
    email: Option<usize>,
    city: Option<usize>,
    consent: u8,
}

#[derive(Clone, Debug)]
enum Step {
    /// Survivor and absorbed as indexes into the contacts; field choices as indexes into
    /// the participants (or a typed value when past the end).
    Merge {
        survivor: usize,
        absorbed: Vec<usize>,
        fields: Vec<(usize, usize)>,
    },
    /// Indexes into the merges still in force (modulo their number).
    Unmerge(Vec<usize>),
}

fn person_strategy() -> impl Strategy<Value = Person> {
    (
        proptest::option::of(0..NAMES.len()),
        proptest::option::of(0..EMAILS.len()),
        proptest::option::of(0..CITIES.len()),
        0u8..3,
    )
        .prop_map(|(first, email, city, consent)| Person {
            first,
            email,
            city,
            consent,
        })
}

fn step_strategy() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (
            0usize..8,
            proptest::collection::vec(0usize..8, 0..5),
            proptest::collection::vec((0usize..5, 0usize..5), 0..4),
        )
            .prop_map(|(survivor, absorbed, fields)| Step::Merge {
                survivor,
                absorbed,
                fields
            }),
        2 => proptest::collection::vec(0usize..16, 1..4).prop_map(Step::Unmerge),
    ]
}

const FIELD_CHOICES: [ContactField; 5] = [
    ContactField::FirstName,
    ContactField::Email,
    ContactField::City,
    ContactField::MarketingConsent,
    ContactField::Phone,
];

fn random_shop(people: &[Person], lines: &[(usize, u8, i64)]) -> Store {
    let store = Store::open_in_memory().unwrap();
    let contacts: Vec<NewContact> = people
        .iter()
        .enumerate()
        .map(|(i, p)| NewContact {
            first_name: p.first.map(|n| NAMES[n].to_string()),
            last_name: Some(format!("Person{i}")),
            email: p.email.map(|n| EMAILS[n].to_string()),
            city: p.city.map(|n| CITIES[n].to_string()),
            marketing_consent: match p.consent {
                0 => crate::model::Consent::Unknown,
                1 => crate::model::Consent::Yes,
                _ => crate::model::Consent::No,
            },
            consent_date: (p.consent > 0).then(|| {
                chrono::NaiveDate::from_ymd_opt(2023, 1, 1 + u32::from(p.consent)).unwrap()
            }),
            created_at: at("2024-01-01 10:00:00"),
            ..NewContact::default()
        })
        .collect();
    let sales: Vec<NewSale> = lines
        .iter()
        .map(|(who, day, cents)| {
            let order = (day % 3 != 0).then(|| format!("R{}", day % 4));
            sale(
                who % people.len(),
                &format!("2024-02-{:02} 10:00:00", 1 + day % 20),
                order.as_deref(),
                *cents,
            )
        })
        .collect();
    write(&store, &contacts, &sales);
    store
}

fn revenue(store: &Store) -> i64 {
    store
        .conn
        .query_row("SELECT COALESCE(SUM(amount), 0) FROM sale", [], |r| {
            r.get(0)
        })
        .unwrap()
}

fn active_merges(store: &Store) -> Vec<i64> {
    rows(
        store,
        "SELECT id FROM merge WHERE undone_at IS NULL ORDER BY id",
    )
    .into_iter()
    .filter_map(|r| match r.first() {
        Some(Value::Integer(id)) => Some(*id),
        _ => None,
    })
    .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn random_merges_and_unmerges_never_lose_anything(
        people in proptest::collection::vec(person_strategy(), 2..7),
        lines in proptest::collection::vec((0usize..7, 0u8..40, 1i64..5000), 0..25),
        steps in proptest::collection::vec(step_strategy(), 1..20),
    ) {
        let mut store = random_shop(&people, &lines);
        let initial = contacts(&store);
        let sales_initial = sales(&store);
        let revenue_initial = revenue(&store);
        let n = people.len();
        for step in &steps {
            let before_step = everything(&store);
            let result = match step {
                Step::Merge { survivor, absorbed, fields } => {
                    let survivor = (survivor % n) as i64 + 1;
                    let mut absorbed: Vec<i64> = absorbed.iter().map(|a| (a % n) as i64 + 1).collect();
                    // Mostly well-formed lists, sometimes not (the store must refuse those).
                    if absorbed.len() % 2 == 1 {
                        let mut seen = std::collections::HashSet::new();
                        absorbed.retain(|a| *a != survivor && seen.insert(*a));
                    }
                    let mut participants = vec![survivor];
                    participants.extend(&absorbed);
                    let cluster = store.dedup_contacts_by_id(&participants).unwrap();
                    let values: Vec<(ContactField, Option<String>)> = fields
                        .iter()
                        .map(|(f, from)| {
                            let f = FIELD_CHOICES[f % FIELD_CHOICES.len()];
                            let value = match participants.get(*from) {
                                Some(id) => {
                                    let column = f.column();
                                    field(&store, *id, column)
                                }
                                None => Some(match f {
                                    ContactField::Email => "typed@z.example".to_string(),
                                    ContactField::MarketingConsent => "no".to_string(),
                                    _ => "Typed".to_string(),
                                }),
                            };
                            (f, value)
                        })
                        .collect();
                    let mut p = crate::dedup::plan::plan_with_survivor(
                        &cluster, survivor, None, DecidedBy::User);
                    p.absorbed = absorbed;
                    p.fields.extend(values);
                    store.merge(&p).map(|_| ())
                }
                Step::Unmerge(picks) => {
                    let active = active_merges(&store);
                    if active.is_empty() {
                        continue;
                    }
                    let ids: Vec<i64> = picks.iter().map(|p| active[p % active.len()]).collect();
                    store.unmerge(&ids).map(|_| ())
                }
            };
            if result.is_err() {
                prop_assert_eq!(everything(&store), before_step, "a refused step wrote something");
            }
            prop_assert_eq!(sales(&store), sales_initial.clone());
            prop_assert_eq!(revenue(&store), revenue_initial);
            assert_summary_is_exact(&store);
        }
        let remaining = active_merges(&store);
        if !remaining.is_empty() {
            store.unmerge(&remaining).unwrap();
        }
        prop_assert_eq!(contacts(&store), initial);
        prop_assert_eq!(sales(&store), sales_initial);
        assert_summary_is_exact(&store);
        prop_assert!(active_merges(&store).is_empty());
    }
}

/// Each customer's spend per day, as the predictions read it: same-day lines add up,
/// a merged contact's days join its survivor's, later days and erased customers are left
/// out.
#[test]
fn day_spends_sum_days_under_the_root_and_leave_out_erased_customers() {
    use super::DaySpend;
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let spend = |customer_id: i64, day: &str, amount_cents: i64| DaySpend {
        customer_id,
        day: d(day),
        amount_cents,
    };
    let mut store = shop();
    assert_eq!(
        store.day_spends(None).unwrap(),
        [
            spend(1, "2024-02-01", 1250),
            spend(2, "2024-02-01", 1000),
            spend(3, "2024-03-05", 99),
        ]
    );
    assert_eq!(
        store.day_spends(Some(d("2024-03-04"))).unwrap(),
        [spend(1, "2024-02-01", 1250), spend(2, "2024-02-01", 1000)]
    );
    store.merge(&plan(1, &[2], &[])).unwrap();
    store
        .conn
        .execute(
            "UPDATE contact SET erased_at = '2024-05-01 00:00:00' WHERE id = 3",
            [],
        )
        .unwrap();
    assert_eq!(
        store.day_spends(None).unwrap(),
        [spend(1, "2024-02-01", 2250)]
    );
}

/// The roots the sale reads use are the `contact_root` view's: chains of merges followed to
/// their end, roots and contacts never merged left out, and a chain that comes back on
/// itself without a root.
#[test]
fn root_map_follows_chains_as_the_view_does() {
    let store = Store::open_in_memory().unwrap();
    let mut sql = String::new();
    for id in 1..=12 {
        sql.push_str(&format!(
            "INSERT INTO contact (id, first_name, created_at, updated_at)
             VALUES ({id}, 'C{id}', '2024-01-01', '2024-01-01');"
        ));
    }
    // 2 -> 3 -> 4 (root), 5 -> 4, 6 -> 1 (root), 7 -> 6 -> 1, 9 <-> 10 (a cycle), 11 -> 9.
    for (id, into) in [
        (2, 3),
        (3, 4),
        (5, 4),
        (6, 1),
        (7, 6),
        (9, 10),
        (10, 9),
        (11, 9),
    ] {
        sql.push_str(&format!(
            "UPDATE contact SET merged_into = {into} WHERE id = {id};"
        ));
    }
    store.conn.execute_batch(&sql).unwrap();
    let view: std::collections::HashMap<i64, i64> = store
        .conn
        .prepare("SELECT contact_id, root_id FROM contact_root WHERE contact_id <> root_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let root = store.root_map_for_reads().unwrap();
    for id in 1..=12 {
        assert_eq!(
            root(id),
            view.get(&id).copied().unwrap_or(id),
            "contact {id}"
        );
    }
    assert_eq!(root(2), 4);
    assert_eq!(root(7), 1);
    assert_eq!(root(11), 11);
    assert_eq!(store.merged_roots().unwrap(), view);
}

/// The external references the predictions and exports show: those of contacts not merged
/// into another, read from the references' index, and the same from the table when the
/// index is missing.
#[test]
fn external_refs_are_those_of_contacts_not_merged() {
    let mut store = shop();
    store
        .conn
        .execute_batch(
            "UPDATE contact SET external_ref = 'C-' || id WHERE id IN (1, 2, 4);
             UPDATE contact SET external_ref = '' WHERE id = 3;",
        )
        .unwrap();
    let expected = |pairs: &[(i64, &str)]| -> std::collections::HashMap<i64, String> {
        pairs.iter().map(|(id, r)| (*id, r.to_string())).collect()
    };
    assert_eq!(
        store.external_refs().unwrap(),
        expected(&[(1, "C-1"), (2, "C-2"), (3, ""), (4, "C-4")])
    );
    store.merge(&plan(1, &[2], &[])).unwrap();
    let after = expected(&[(1, "C-1"), (3, ""), (4, "C-4")]);
    assert_eq!(store.external_refs().unwrap(), after);
    store
        .conn
        .execute_batch("DROP INDEX contact_external_ref")
        .unwrap();
    assert_eq!(store.external_refs().unwrap(), after);
}
