//! Campaign store tests: a campaign and its members written once and read back, a name
//! used twice refused with nothing written, membership frozen through a later merge, each
//! customer's reach on a channel, and erasure blanking the contact history's notes.

// A panic is how a test reports failure, helpers included.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::model::campaign::{Detectable, Goal, Group, Response, Target, TargetKind};
use crate::model::{Consent, DecidedBy, MergePlan, NewContact, NewSale};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn person(first: &str, email: Option<&str>, consent: Consent) -> NewContact {
    NewContact {
        first_name: Some(first.into()),
        last_name: Some("Lee".into()),
        email: email.map(str::to_string),
        marketing_consent: consent,
        created_at: at("2024-01-01 10:00:00"),
        ..NewContact::default()
    }
}

fn sale(
    contact_index: usize,
    when: &str,
    order: Option<&str>,
    product: &str,
    cents: i64,
) -> NewSale {
    NewSale {
        contact_index,
        customer_ref: None,
        order_ref: order.map(str::to_string),
        sold_at: at(when),
        product: Some(product.into()),
        category: Some("Tea".into()),
        quantity: 1.0,
        unit_price_cents: Some(cents),
        discount_cents: 0,
        amount_cents: cents,
        cost_cents: None,
        channel: None,
        payment_method: None,
        store: None,
        extra: serde_json::Map::new(),
    }
}

/// Ann (1, yes), Bob (2, yes), Cy (3, no), Dee (4, yes but no e-mail), Eve (5, unknown).
fn shop() -> Store {
    let store = Store::open_in_memory().unwrap();
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
    let contacts = [
        person("Ann", Some("ann@example.com"), Consent::Yes),
        person("Bob", Some("bob@example.com"), Consent::Yes),
        person("Cy", Some("cy@example.com"), Consent::No),
        person("Dee", None, Consent::Yes),
        person("Eve", Some("eve@example.com"), Consent::Unknown),
    ];
    let sales = [
        sale(0, "2027-02-27 10:00:00", Some("A1"), "Mug", 900),
        sale(0, "2027-03-01 00:00:00", Some("A2"), "Green tea", 500),
        sale(1, "2027-03-30 23:59:59", None, "Mug", 700),
        sale(1, "2027-03-30 12:00:00", None, "Green tea", 300),
        sale(2, "2027-03-31 09:00:00", Some("C1"), "Mug", 100),
    ];
    store
        .write_batch(&batch, &contacts, &sales, &mut |_, _| true)
        .unwrap();
    store
}

fn create(store: &Store, name: &str, members: &[(i64, Group)]) -> Option<CampaignRow> {
    let target = Target {
        kind: TargetKind::Segment,
        name: "At risk".into(),
    };
    let response = Response::Any;
    let control = members.iter().filter(|m| m.1 == Group::Control).count() as u64;
    let new = NewCampaign {
        name,
        goal: Goal::WinBack,
        target: &target,
        rule: None,
        channel: Channel::Email,
        control_share: 0.1,
        seed: 42,
        start: day("2027-03-01"),
        window_days: 30,
        response: &response,
        cost_per_contact_cents: Some(150),
        // What the store keeps as it is given (worked out by analytics::campaign).
        detectable: Detectable {
            target: members.len() as u64 - control,
            control,
            base_rate: 0.1,
            base_from_shop: false,
            min_difference: 0.25,
        },
    };
    let members: Vec<NewMember> = members
        .iter()
        .map(|&(customer_id, group)| NewMember {
            customer_id,
            group,
            segment: "At risk".into(),
        })
        .collect();
    store
        .create_campaign(&new, &members, &[(3, LeftOut::SaidNo)])
        .unwrap()
}

fn count(store: &Store, sql: &str) -> i64 {
    store.conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_campaign_is_written_once_with_its_members_history_and_audit_line() {
    let store = shop();
    let made = create(
        &store,
        "Spring win-back",
        &[(1, Group::Target), (2, Group::Control)],
    )
    .unwrap();
    assert_eq!(made.name, "Spring win-back");
    assert_eq!(made.start, day("2027-03-01"));
    assert_eq!(made.seed, 42);
    assert_eq!(made.cost_per_contact_cents, Some(150));
    assert_eq!(made.left_out, 1);
    assert_eq!((made.detectable.target, made.detectable.control), (1, 1));
    assert_eq!(
        store.campaign("Spring win-back").unwrap(),
        Some(made.clone())
    );
    assert_eq!(store.campaigns().unwrap(), vec![made.clone()]);
    let members = store.campaign_members(made.id).unwrap();
    assert_eq!(
        members
            .iter()
            .map(|m| (m.customer_id, m.group))
            .collect::<Vec<_>>(),
        [(1, Group::Target), (2, Group::Control)]
    );
    // Only the contacted customer has a history line.
    let ann = store.contact_history(1).unwrap();
    assert_eq!(ann.len(), 1);
    assert_eq!(ann[0].kind, ContactKind::Campaign);
    assert_eq!(ann[0].campaign.as_deref(), Some("Spring win-back"));
    assert_eq!(ann[0].channel, Some(Channel::Email));
    assert_eq!(ann[0].at, "2027-03-01");
    assert!(store.contact_history(2).unwrap().is_empty());
    // The customer detail holds the same lines.
    assert_eq!(
        store.customer_detail(1).unwrap().unwrap().contact_history,
        ann
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM audit WHERE action = 'campaign'"
        ),
        1
    );
    assert_eq!(
        store.campaign_left_out(made.id).unwrap(),
        [(3, LeftOut::SaidNo)]
    );

    // The same name again: refused, nothing more written.
    let before = (
        count(&store, "SELECT COUNT(*) FROM campaign_member"),
        count(&store, "SELECT COUNT(*) FROM contact_history"),
        count(&store, "SELECT COUNT(*) FROM audit"),
    );
    assert_eq!(
        create(&store, "Spring win-back", &[(4, Group::Target)]),
        None
    );
    let after = (
        count(&store, "SELECT COUNT(*) FROM campaign_member"),
        count(&store, "SELECT COUNT(*) FROM contact_history"),
        count(&store, "SELECT COUNT(*) FROM audit"),
    );
    assert_eq!(before, after);
}

#[test]
fn window_lines_are_those_of_the_days_asked_with_their_orders() {
    let store = shop();
    let lines = store
        .window_lines(day("2027-03-01"), day("2027-03-30"))
        .unwrap();
    let mut seen: Vec<(i64, String, i64)> = lines
        .iter()
        .map(|l| (l.customer_id, l.order_key.to_string(), l.amount_cents))
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            (1, "A2".to_string(), 500),
            (2, "day:2027-03-30".to_string(), 300),
            (2, "day:2027-03-30".to_string(), 700),
        ]
    );
}

#[test]
fn a_merge_after_creation_leaves_membership_as_it_was() {
    let mut store = shop();
    let made = create(&store, "Thanks", &[(1, Group::Target), (2, Group::Control)]).unwrap();
    let before = store.campaign_members(made.id).unwrap();
    // Ann (target) merged into Bob (control).
    store
        .merge(&MergePlan {
            survivor: 2,
            absorbed: vec![1],
            fields: Vec::new(),
            score: None,
            decided_by: DecidedBy::User,
        })
        .unwrap();
    assert_eq!(store.campaign_members(made.id).unwrap(), before);
    assert_eq!(store.merged_roots().unwrap().get(&1), Some(&2));
    // The contact list names the survivor once; the window's lines are Bob's now.
    let contacts = store.campaign_contacts(made.id).unwrap();
    assert_eq!(
        contacts.iter().map(|c| c.customer_id).collect::<Vec<_>>(),
        [2]
    );
    assert!(
        store
            .window_lines(day("2027-03-01"), day("2027-03-01"))
            .unwrap()
            .iter()
            .all(|l| l.customer_id == 2)
    );
    // Ann's history line shows under Bob.
    assert_eq!(store.contact_history(2).unwrap().len(), 1);
}

#[test]
fn reach_is_the_newest_consent_on_the_channel_and_an_address_for_it() {
    let store = shop();
    let reach = store.channel_reach(Channel::Email).unwrap();
    assert_eq!(reach.get(&1), Some(&(Consent::Yes, true)));
    assert_eq!(reach.get(&3), Some(&(Consent::No, true)));
    assert_eq!(reach.get(&4), Some(&(Consent::Yes, false)));
    assert_eq!(reach.get(&5), Some(&(Consent::Unknown, true)));
    // A later "no" wins; SMS has no decision and nobody has a phone.
    store
        .set_consent(1, Channel::Email, Consent::No, ConsentSource::Window, None)
        .unwrap();
    store
        .set_consent(2, Channel::Sms, Consent::Yes, ConsentSource::Window, None)
        .unwrap();
    assert_eq!(
        store.channel_reach(Channel::Email).unwrap().get(&1),
        Some(&(Consent::No, true))
    );
    let sms = store.channel_reach(Channel::Sms).unwrap();
    assert_eq!(sms.get(&1), Some(&(Consent::Unknown, false)));
    assert_eq!(sms.get(&2), Some(&(Consent::Yes, false)));
}

#[test]
fn erasing_a_customer_blanks_their_contact_notes() {
    let store = shop();
    create(&store, "Thanks", &[(1, Group::Target), (2, Group::Target)]).unwrap();
    store
        .add_contact_note(
            1,
            ContactKind::Complaint,
            Some(Channel::Phone),
            "Ann Lee: cracked mug",
        )
        .unwrap();
    store
        .add_contact_note(2, ContactKind::Call, None, "Bob called back")
        .unwrap();
    let preview = store.erasure_preview(&[1]).unwrap();
    assert_eq!(preview.contact_notes, 1);
    let counts = store
        .erase_customers(&[1], EraseReason::OnRequest, &mut |_, _| true)
        .unwrap();
    assert_eq!(counts.contact_notes, 1);
    let ann = store.contact_history(1).unwrap();
    assert_eq!(ann.len(), 2);
    assert!(ann.iter().all(|l| l.note.is_empty()));
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM contact_history WHERE note LIKE '%cracked%'"
        ),
        0
    );
    // Bob's note stays.
    let bob = store.contact_history(2).unwrap();
    assert!(
        bob.iter()
            .any(|l| l.kind == ContactKind::Call && l.note == "Bob called back")
    );
}
