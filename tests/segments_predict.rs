//! Saved-segment rules on the predictions' figures (p_alive, p_buy, clv,
//! expected_purchases): a rule selects exactly the customers whose figure in
//! `clientele predict`'s CSV passes the comparison, through the command line and through the
//! window; a value that is not a number is refused with a message naming the field.

use std::collections::BTreeSet;
use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use clientele::ui::app::{ClienteleApp, Prefs, Tab};
use clientele::ui::tabs::segments::SegmentsScreen;

use crate::common::{clientele, demo_db, group_thousands, run_ok, settle, text};

/// The customers whose `column` in `clientele predict`'s CSV (the default options, as the
/// rules use) passes `keep`, read from the CSV alone.
fn predicted_where(
    db: &Path,
    dir: &Path,
    column: &str,
    keep: impl Fn(f64) -> bool,
) -> BTreeSet<i64> {
    let csv_path = dir.join("predict.csv");
    run_ok(db, &["predict", "--out", csv_path.to_str().unwrap()]);
    let mut r = csv::Reader::from_path(&csv_path).unwrap();
    let headers = r.headers().unwrap().clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (id, figure) = (at("customer_id"), at(column));
    r.records()
        .map(|row| row.unwrap())
        .filter(|row| keep(row[figure].parse::<f64>().unwrap()))
        .map(|row| row[id].parse::<i64>().unwrap())
        .collect()
}

/// The customer ids of `clientele export segment NAME`.
fn exported(db: &Path, dir: &Path, name: &str) -> BTreeSet<i64> {
    let out_path = dir.join("members.csv");
    run_ok(
        db,
        &[
            "export",
            "segment",
            name,
            "--out",
            out_path.to_str().unwrap(),
        ],
    );
    // Written with the shop's delimiter.
    let body = std::fs::read_to_string(&out_path).unwrap();
    let delimiter = if body.lines().next().unwrap().contains(';') {
        b';'
    } else {
        b','
    };
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_path(&out_path)
        .unwrap();
    let headers = r.headers().unwrap().clone();
    let id = headers.iter().position(|h| h == "customer_id").unwrap();
    r.records()
        .map(|row| row.unwrap()[id].parse::<i64>().unwrap())
        .collect()
}

#[test]
fn rules_on_predictions_select_what_the_predictions_say_on_the_command_line() {
    let (dir, db) = demo_db(400);
    let slipping = predicted_where(&db, dir.path(), "p_alive", |p| p < 0.3);
    let customers = predicted_where(&db, dir.path(), "p_alive", |_| true);
    // Neither nobody nor everybody: the comparison has something to tell apart.
    assert!(!slipping.is_empty() && slipping.len() < customers.len());
    let said = run_ok(
        &db,
        &[
            "segment",
            "save",
            "Slipping",
            "--rule",
            r#"{"field": "p_alive", "op": "<", "value": 0.3}"#,
        ],
    );
    assert!(said.contains(&slipping.len().to_string()), "{said}");
    assert_eq!(exported(&db, dir.path(), "Slipping"), slipping);
    // The list counts it the same.
    let listed = run_ok(&db, &["segment", "list"]);
    let line = listed
        .lines()
        .find(|l| l.starts_with("Slipping\t"))
        .unwrap();
    assert_eq!(
        line.split('\t').nth(1),
        Some(slipping.len().to_string().as_str())
    );

    // Worth more than 50 over the coming year, and likely to buy: two figures at once.
    let valuable = predicted_where(&db, dir.path(), "clv", |v| v > 50.0);
    let buying = predicted_where(&db, dir.path(), "p_buy", |v| v >= 0.5);
    let want: BTreeSet<i64> = valuable.intersection(&buying).copied().collect();
    run_ok(
        &db,
        &[
            "segment",
            "save",
            "Worth keeping",
            "--rule",
            r#"{"all": [{"field": "clv", "op": ">", "value": 50},
                        {"field": "p_buy", "op": ">=", "value": "0.5"}]}"#,
        ],
    );
    assert_eq!(exported(&db, dir.path(), "Worth keeping"), want);
    let expecting = predicted_where(&db, dir.path(), "expected_purchases", |v| {
        (0.5..=2.0).contains(&v)
    });
    run_ok(
        &db,
        &[
            "segment",
            "save",
            "Expecting",
            "--rule",
            r#"{"field": "expected_purchases", "op": "between", "value": [2, 0.5]}"#,
        ],
    );
    assert_eq!(exported(&db, dir.path(), "Expecting"), expecting);
}

#[test]
fn a_rule_on_predictions_with_a_bad_value_is_refused_naming_the_field() {
    let (_dir, db) = demo_db(60);
    for (rule, field) in [
        (r#"{"field": "p_buy", "op": ">", "value": "lots"}"#, "p_buy"),
        (r#"{"field": "clv", "op": "between", "value": [1]}"#, "clv"),
        (
            r#"{"field": "p_alive", "op": "is", "value": "high"}"#,
            "p_alive",
        ),
    ] {
        let out = clientele(&db, &["segment", "save", "Bad", "--rule", rule]);
        assert!(!out.status.success(), "{rule} was accepted");
        let said = text(&out.stderr);
        assert!(said.contains(field), "{rule}: {said}");
    }
    let listed = run_ok(&db, &["segment", "list"]);
    assert!(!listed.contains("Bad"), "{listed}");
}

fn harness(db: &Path) -> Harness<'static, ClienteleApp> {
    let prefs = Prefs {
        tab: Tab::SEGMENTS,
        ..Prefs::default()
    };
    let app = ClienteleApp::new(db.to_path_buf(), prefs);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1800.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    h
}

#[test]
fn rules_on_predictions_select_what_the_predictions_say_in_the_window() {
    let (dir, db) = demo_db(400);
    let slipping = predicted_where(&db, dir.path(), "p_alive", |p| p < 0.3);
    assert!(!slipping.is_empty());
    run_ok(
        &db,
        &[
            "segment",
            "save",
            "Slipping",
            "--rule",
            r#"{"field": "p_alive", "op": "<", "value": 0.3}"#,
        ],
    );
    // The tab works the predictions out for the saved rule, then counts it.
    let mut h = harness(&db);
    settle(&mut h);
    h.get_by_label("Slipping");
    h.get_by_role_and_label(
        Role::Link,
        &format!("{} customers", group_thousands(slipping.len() as i64)),
    )
    .click();
    h.run_steps(2);
    let opened: BTreeSet<i64> = h
        .state()
        .screen::<SegmentsScreen>()
        .unwrap()
        .list
        .as_ref()
        .unwrap()
        .ids
        .iter()
        .copied()
        .collect();
    assert_eq!(opened, slipping);

    // The builder counts the same rule as it is typed, and refuses a word for a number
    // with the field's name.
    h.get_by_role_and_label(Role::Button, "New segment…")
        .click();
    h.run_steps(2);
    {
        let draft = h
            .state_mut()
            .screen_mut::<SegmentsScreen>()
            .unwrap()
            .draft
            .as_mut()
            .unwrap();
        let c = &mut draft.groups[0].conditions[0];
        c.field = clientele::analytics::rules::RuleField::PAlive;
        c.op = clientele::analytics::rules::Op::Lt;
        c.value = "0.3".into();
    }
    h.run_steps(2);
    settle(&mut h);
    h.get_by_label_contains(&format!(
        "{} customers match as of",
        group_thousands(slipping.len() as i64)
    ));
    {
        let draft = h
            .state_mut()
            .screen_mut::<SegmentsScreen>()
            .unwrap()
            .draft
            .as_mut()
            .unwrap();
        draft.groups[0].conditions[0].value = "lots".into();
    }
    h.run_steps(2);
    // The window writes the message with a capital first letter.
    h.get_by_label_contains("needs a number");
    assert!(
        h.query_by_label_contains("P_alive").is_some()
            || h.query_by_label_contains("p_alive").is_some()
    );
}
