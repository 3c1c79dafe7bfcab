//! "How sure is this?" on the Duplicates tab, driven headless: the verdict of the detector's
//! self-checks, the blocking rules with their counts and the weights of the levels, read
//! from the diagnostics the worker sent with the groups.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use clientele::dedup::block::BlockRule;
use clientele::dedup::checks::CheckKind;
use clientele::dedup::compare::{Field, LevelKind};
use clientele::dedup::review::DuplicateQueue;
use clientele::ui::app::{ClienteleApp, Prefs, Tab};
use clientele::ui::tabs::duplicates::DuplicatesScreen;

use crate::common::{demo_db, settle, shop_formats};

/// The window on the Duplicates tab once detection has finished, "How sure is this?" open.
fn opened(db: &Path) -> (Harness<'static, ClienteleApp>, DuplicateQueue) {
    let prefs = Prefs {
        tab: Tab::DUPLICATES,
        ..Prefs::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 2400.0))
        .build_ui_state(
            |ui, app: &mut ClienteleApp| app.show(ui),
            ClienteleApp::new(db.to_path_buf(), prefs),
        );
    settle(&mut h);
    let queue = h
        .state()
        .screen::<DuplicatesScreen>()
        .unwrap()
        .queue
        .clone()
        .unwrap_or_else(|| panic!("detection did not run"));
    assert!(
        h.query_by_label("Checks made after learning").is_none(),
        "the section starts closed"
    );
    h.get_by_label("How sure is this?").click();
    h.run_steps(3);
    (h, queue)
}

/// Whether two labels sit on one row of a table.
fn same_row(h: &Harness<'static, ClienteleApp>, a: &str, b: &str) -> bool {
    let rows =
        |label: &str| -> Vec<egui::Rect> { h.get_all_by_label(label).map(|n| n.rect()).collect() };
    let bs = rows(b);
    rows(a).iter().any(|ra| {
        bs.iter()
            .any(|rb| (ra.center().y - rb.center().y).abs() < 4.0)
    })
}

/// A weight in bits as the window writes it for the default shop: one decimal, a plus sign
/// above zero.
fn bits(m: f64, u: f64) -> String {
    let w = m.log2() - u.log2();
    let text = shop_formats().one_decimal(w);
    if w >= 0.05 { format!("+{text}") } else { text }
}

#[test]
fn how_sure_shows_the_verdict_the_rules_and_the_weights() {
    let (_dir, db) = demo_db(400);
    let (h, queue) = opened(&db);
    let d = &queue.diagnostics;
    assert!(!d.fallback && d.checks.iter().all(|c| c.passed), "{d:?}");
    h.get_by_label("The model learnt from your data: every check passed.");
    h.get_by_label("Passed: the number of duplicates is plausible");
    // A blocking rule by its plain name, with its count on the same row.
    let (_, email_pairs) = d
        .blocking
        .iter()
        .find(|(r, _)| *r == BlockRule::SameEmail)
        .copied()
        .unwrap();
    assert!(email_pairs > 0);
    let shown = shop_formats().int(email_pairs as i64);
    assert!(
        same_row(&h, "Same e-mail", &shown),
        "no {shown} beside the rule"
    );
    // The weight of agreeing exactly on the e-mail: log2(m / u), on the e-mail's row.
    let email = d
        .levels
        .iter()
        .find(|l| l.field == Field::Email && l.level == LevelKind::Same)
        .unwrap();
    let weight = bits(email.m, email.u);
    assert!(weight.starts_with('+'), "{weight}");
    assert!(
        same_row(&h, "E-mail", &weight),
        "no {weight} for the e-mail"
    );
    // A level that speaks against one person: a different birth date.
    let birth = d
        .levels
        .iter()
        .find(|l| l.field == Field::BirthDate && l.level == LevelKind::Different)
        .unwrap();
    let against = bits(birth.m, birth.u);
    assert!(against.starts_with('-'), "{against}");
    assert!(h.query_by_label(&against).is_some(), "no {against}");
    // The duplicates expected against those found.
    let found: usize = queue
        .clusters
        .iter()
        .filter(|c| c.certainty >= queue.threshold)
        .map(|c| c.members.len() * (c.members.len() - 1) / 2)
        .sum();
    assert!(found > 0);
    h.get_by_label(&format!(
        "Duplicate pairs in the groups found: {}",
        shop_formats().int(found as i64)
    ));
    h.get_by_label(&format!(
        "Duplicate pairs expected in the whole shop: {}",
        shop_formats().int(d.expected_duplicate_pairs.round() as i64)
    ));
}

#[test]
fn how_sure_says_when_the_model_could_not_learn() {
    let (_dir, db) = crate::dedup::namesakes_shop();
    let (h, queue) = opened(&db);
    let d = &queue.diagnostics;
    assert!(d.fallback, "{d:?}");
    h.get_by_label("The model could not learn from this data; default weights used.");
    let failed: Vec<CheckKind> = d
        .checks
        .iter()
        .filter(|c| !c.passed)
        .map(|c| c.kind)
        .collect();
    assert!(!failed.is_empty());
    for kind in failed {
        let (line, meaning) = match kind {
            CheckKind::AgreementFavoursDuplicates => (
                "Failed: one person's records agree more often than two people's",
                "The model learnt from the wrong pairs: in some field, one person's two records did not agree more often than two different people's, or differed more often than they agreed.",
            ),
            CheckKind::PlausibleShare => (
                "Failed: the number of duplicates is plausible",
                "The number of duplicates the model expects is not believable, or the pairs' scores do not add up to it.",
            ),
            CheckKind::TwoGroups => (
                "Failed: the pairs' scores fall into two groups",
                "The scores do not set duplicates apart from different people: there is no clear gap between low and high scores.",
            ),
        };
        h.get_by_label(line);
        h.get_by_label(meaning);
    }
    // No group, and the panel still says how the pairs were found.
    let (_, sounding_pairs) = d
        .blocking
        .iter()
        .find(|(r, _)| *r == BlockRule::SoundingNames)
        .copied()
        .unwrap();
    assert!(sounding_pairs > 0);
    assert!(same_row(
        &h,
        "Names that sound the same",
        &shop_formats().int(sounding_pairs as i64)
    ));
}

/// First names the shop's records write for one another (Vika for Viktoriia, in six
/// families, each pair sharing a birth date and an e-mail, among a hundred pairs of twins)
/// are learnt, listed under "How sure is this?" and printed by `dedup --json`.
#[test]
fn how_sure_lists_the_first_names_learnt_as_one() {
    let (dir, db) = crate::common::temp_db("forms.sqlite");
    let mut csv = String::from("first_name,last_name,email,birth_date,street,city,postcode\n");
    let mut row = |first: &str, last: &str, email: &str, birth: &str, k: usize| {
        csv.push_str(&format!(
            "{first},{last},{email},{birth},{k} rue des Lilas,Lyon,69003\n"
        ));
    };
    for (i, last) in [
        "Petrova", "Orlova", "Smirnova", "Volkova", "Sokolova", "Popova",
    ]
    .iter()
    .enumerate()
    {
        let (email, birth) = (
            format!("{}{i}@mail.ru", last.to_lowercase()),
            format!("197{i}-03-1{i}"),
        );
        row("Viktoriia", last, &email, &birth, i + 1);
        row("Vika", last, &email, &birth, i + 1);
    }
    // Names of letters only (a name's digits are not part of it).
    let letters = |i: usize| {
        let l = |k: usize| char::from(b'a' + (k % 26) as u8);
        format!("{}{}", l(i / 26), l(i))
    };
    for i in 0..100 {
        let (last, email) = (format!("Fam{}", letters(i)), format!("twins{i}@example.fr"));
        let birth = format!("2001-01-{:02}", i % 28 + 1);
        row(
            &format!("Ana{}", letters(i)),
            &last,
            &email,
            &birth,
            100 + i,
        );
        row(
            &format!("Bor{}", letters(i)),
            &last,
            &email,
            &birth,
            100 + i,
        );
    }
    let file = dir.path().join("contacts.csv");
    std::fs::write(&file, csv).unwrap();
    crate::common::run_ok(&db, &["import", "contacts", file.to_str().unwrap()]);
    let json: serde_json::Value =
        serde_json::from_str(&crate::common::run_ok(&db, &["dedup", "--json"])).unwrap();
    assert_eq!(
        json["first_name_forms"],
        serde_json::json!([["vika", "viktoriia"]]),
        "{json}"
    );
    let (h, queue) = opened(&db);
    assert_eq!(
        queue.diagnostics.first_name_forms,
        [("vika".to_string(), "viktoriia".to_string())]
    );
    h.get_by_label(
        "Pairs of first names your records write for one another, counted as one name: 1",
    );
    h.get_by_label("Vika / Viktoriia");
}
