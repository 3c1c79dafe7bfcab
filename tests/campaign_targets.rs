//! Campaign targets taken from the Predictions and Baskets lists, through the real binary:
//! a campaign on `predict:worth-saving`, `predict:likely-to-leave` or `offer:PRODUCT` holds
//! exactly the customers `clientele predict` and `clientele recommend` list (with the
//! lists' rules applied here to their files), counting those left out; and `clientele note
//! add` writing the owner's notes into the contact history. A `feedback:unhappy` campaign
//! holds exactly the customers `clientele feedback unhappy` lists.

use std::collections::BTreeSet;
use std::path::Path;

use crate::common::{clientele, demo_db, run_ok, temp_db, text};

/// The rows of a CSV file written with `delimiter`, header first.
fn rows(path: &Path, delimiter: char) -> Vec<Vec<String>> {
    std::fs::read_to_string(path)
        .unwrap()
        .trim_start_matches('\u{feff}')
        .lines()
        .map(|l| l.split(delimiter).map(str::to_string).collect())
        .collect()
}

/// The column named `name` of a CSV's rows.
fn column(rows: &[Vec<String>], name: &str) -> Vec<String> {
    let i = rows[0]
        .iter()
        .position(|c| c == name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", rows[0]));
    rows[1..].iter().map(|r| r[i].clone()).collect()
}

/// Every customer a campaign drew from its target: its members (target and control) and
/// those left out (no consent, said no, no address).
fn drawn(db: &Path, dir: &Path, name: &str, target: &str) -> BTreeSet<i64> {
    let left = dir.join(format!("{name}-left.csv"));
    run_ok(
        db,
        &[
            "campaign",
            "create",
            name,
            "--target",
            target,
            "--channel",
            "email",
            "--start",
            "2025-05-01",
            "--seed",
            "4",
            "--left-out",
            left.to_str().unwrap(),
        ],
    );
    let members = dir.join(format!("{name}-members.csv"));
    run_ok(
        db,
        &[
            "campaign",
            "members",
            name,
            "--out",
            members.to_str().unwrap(),
        ],
    );
    let mut all: BTreeSet<i64> = column(&rows(&members, ','), "customer_id")
        .iter()
        .map(|id| id.parse().unwrap())
        .collect();
    if left.exists() {
        all.extend(
            column(&rows(&left, ','), "customer_id")
                .iter()
                .map(|id| id.parse::<i64>().unwrap()),
        );
    }
    all
}

#[test]
fn predict_targets_hold_the_customers_of_the_predictions_lists() {
    let (dir, db) = demo_db(600);
    let predicted = dir.path().join("predict.csv");
    run_ok(&db, &["predict", "--out", predicted.to_str().unwrap()]);
    let p = rows(&predicted, ',');
    let ids = column(&p, "customer_id");
    let p_alive = column(&p, "p_alive");
    let frequency = column(&p, "frequency");
    let customers: Vec<(i64, f64, i64)> = ids
        .iter()
        .zip(&p_alive)
        .zip(&frequency)
        .map(|((id, a), f)| (id.parse().unwrap(), a.parse().unwrap(), f.parse().unwrap()))
        .collect();
    // "Worth saving": repeat customers whose chance of still buying is from 20% to 70%.
    let worth: BTreeSet<i64> = customers
        .iter()
        .filter(|(_, alive, f)| *f >= 1 && (0.2..0.7).contains(alive))
        .map(|c| c.0)
        .collect();
    assert!(worth.len() > 10, "{}", worth.len());
    assert_eq!(
        drawn(&db, dir.path(), "Save them", "predict:worth-saving"),
        worth
    );

    // "Likely to leave": tier A and B customers below a 50% chance of still buying.
    let mut top = BTreeSet::new();
    for tier in ["A", "B"] {
        let file = dir.path().join(format!("tier-{tier}.csv"));
        run_ok(
            &db,
            &["export", "segment", tier, "--out", file.to_str().unwrap()],
        );
        let body = std::fs::read_to_string(&file).unwrap();
        let delimiter = if body.lines().next().unwrap().contains(';') {
            ';'
        } else {
            ','
        };
        top.extend(
            column(&rows(&file, delimiter), "customer_id")
                .iter()
                .map(|id| id.parse::<i64>().unwrap()),
        );
    }
    let leaving: BTreeSet<i64> = customers
        .iter()
        .filter(|(id, alive, _)| *alive < 0.5 && top.contains(id))
        .map(|c| c.0)
        .collect();
    assert!(leaving.len() > 3, "{}", leaving.len());
    assert_eq!(
        drawn(&db, dir.path(), "Keep them", "predict:likely-to-leave"),
        leaving
    );
}

#[test]
fn an_offer_target_holds_the_customers_recommend_suggests_the_product_to() {
    let (dir, db) = temp_db("offer.sqlite");
    // 40 customers: the first 24 buy bread and tea together, the rest bread alone, so the
    // rule bread -> tea suggests tea to the last 16; every tenth also buys soap.
    let mut csv = String::from("order,customer,email,date,product,category,amount\n");
    for i in 0..40 {
        let c = format!("C{i:02}");
        let mail = format!("c{i}@example.org");
        csv.push_str(&format!("O{i},{c},{mail},2025-03-01,Bread,Food,2.50\n"));
        if i < 24 {
            csv.push_str(&format!("O{i},{c},{mail},2025-03-01,Tea,Drinks,4.50\n"));
        }
        if i % 10 == 0 {
            csv.push_str(&format!("O{i},{c},{mail},2025-03-01,Soap,Bath,3.20\n"));
        }
    }
    let sales = dir.path().join("sales.csv");
    std::fs::write(&sales, csv).unwrap();
    run_ok(&db, &["import", "sales", sales.to_str().unwrap()]);
    for id in (1..=40).step_by(2) {
        run_ok(&db, &["consent", &id.to_string(), "--email", "yes"]);
    }
    let suggested = dir.path().join("recommend.csv");
    run_ok(&db, &["recommend", "--out", suggested.to_str().unwrap()]);
    let r = rows(&suggested, ',');
    let tea: BTreeSet<i64> = column(&r, "customer_id")
        .iter()
        .zip(column(&r, "product"))
        .filter(|(_, product)| product == "Tea")
        .map(|(id, _)| id.parse().unwrap())
        .collect();
    assert_eq!(tea.len(), 16, "{r:?}");
    assert_eq!(drawn(&db, dir.path(), "Tea time", "offer:Tea"), tea);
}

#[test]
fn a_feedback_target_holds_the_unhappy_and_valuable_customers() {
    let (dir, db) = demo_db(600);
    let unhappy = dir.path().join("unhappy.csv");
    run_ok(
        &db,
        &["feedback", "unhappy", "--out", unhappy.to_str().unwrap()],
    );
    let listed: BTreeSet<i64> = column(&rows(&unhappy, ','), "customer_id")
        .iter()
        .map(|id| id.parse().unwrap())
        .collect();
    assert!(listed.len() > 3, "{}", listed.len());
    assert_eq!(drawn(&db, dir.path(), "Sorry", "feedback:unhappy"), listed);
    // A Feedback list of another name is no list.
    let out = clientele(
        &db,
        &[
            "campaign",
            "create",
            "Nope",
            "--target",
            "feedback:happy",
            "--channel",
            "email",
            "--start",
            "2025-05-01",
        ],
    );
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("happy"), "{}", text(&out.stderr));
}

#[test]
fn a_note_added_from_the_command_line_is_in_the_contact_history_and_the_audit() {
    let (_dir, db) = demo_db(60);
    let said = run_ok(
        &db,
        &[
            "note",
            "add",
            "5",
            "--kind",
            "complaint",
            "--text",
            "Cracked mug, replaced",
            "--date",
            "2025-06-02",
        ],
    );
    assert!(said.contains('5'), "{said}");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (kind, at, note): (String, String, String) = conn
        .query_row(
            "SELECT kind, at, note FROM contact_history WHERE customer_id = 5",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(kind, "complaint");
    assert!(at.starts_with("2025-06-02"), "{at}");
    assert_eq!(note, "Cracked mug, replaced");
    let audited: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM audit WHERE action = 'contact_note'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1);
    // A note without words, a kind that does not exist, a customer who does not exist.
    for (args, says) in [
        (
            vec!["note", "add", "5", "--kind", "call", "--text", "  "],
            "words",
        ),
        (
            vec!["note", "add", "5", "--kind", "letter", "--text", "x"],
            "letter",
        ),
        (
            vec!["note", "add", "99999", "--kind", "call", "--text", "x"],
            "99999",
        ),
    ] {
        let out = clientele(&db, &args);
        assert!(!out.status.success(), "{args:?}");
        assert!(
            text(&out.stderr).contains(says),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    let notes: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM contact_history WHERE kind != 'campaign'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(notes, 1);
}
