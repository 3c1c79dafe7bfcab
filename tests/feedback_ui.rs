//! The Feedback screen and the customer detail's feedback, driven headless by egui_kittest
//! on the four-customer shop of tests/cli.rs (`feedback::`), whose figures are worked out
//! by hand there and again below.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use clientele::ui::app::{ClienteleApp, Command, Prefs, Tab};
use clientele::ui::tabs::customers::CustomersScreen;
use clientele::ui::tabs::feedback::{FeedbackScreen, Part};

use crate::common::{clientele, settle, shop_formats, temp_db, text};

/// Four customers: A1 600.00 (3 orders), B1 300.00, C1 60.00, D1 40.00 = 1000.00.
/// Tiers: A1 60 % (A), B1 crosses 80 % (A), C1 crosses 95 % (B), D1 (C).
const SALES: &str = "customer_ref,email,date,amount,order_ref
A1,a@example.com,2024-01-05,200.00,o1
A1,a@example.com,2024-03-01,200.00,o2
A1,a@example.com,2024-06-01,200.00,o3
B1,b@example.com,2024-01-10,300.00,o4
C1,c@example.com,2024-02-01,60.00,o5
D1,d@example.com,2024-02-02,40.00,o6
";

/// NPS answers: 3, 2, 6, 0 (detractors), 10, 9 (promoters); two open complaints.
const FEEDBACK: &str = "customer_ref,email,date,score,comment,status
A1,,2024-02-01,3,Parcel late,open
,b@example.com,2024-05-20,2,Rude staff,
C1,,2024-05-25,6,late delivery,open
D1,,2024-05-01,0,\"awful, late\",
,e@example.com,2024-05-02,10,love it,
A1,,2024-05-30,9,better now,
";

fn window(
    db: std::path::PathBuf,
    tab: &'static str,
    height: f32,
) -> Harness<'static, ClienteleApp> {
    let prefs = Prefs {
        tab: Tab::new(tab),
        ..Prefs::default()
    };
    let app = ClienteleApp::new(db, prefs);
    let mut h: Harness<'static, ClienteleApp> = Harness::builder()
        .with_size(egui::vec2(1366.0, height))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    h
}

pub fn shop() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = temp_db("feedback.sqlite");
    let sales = dir.path().join("sales.csv");
    std::fs::write(&sales, SALES).unwrap();
    let out = clientele(&db, &["import", "sales", sales.to_str().unwrap()]);
    assert!(out.status.success(), "sales: {}", text(&out.stderr));
    let answers = dir.path().join("answers.csv");
    std::fs::write(&answers, FEEDBACK).unwrap();
    let out = clientele(
        &db,
        &[
            "import",
            "feedback",
            answers.to_str().unwrap(),
            "--scale",
            "nps",
        ],
    );
    assert!(out.status.success(), "feedback: {}", text(&out.stderr));
    (dir, db)
}

#[test]
fn the_feedback_screen_shows_nps_the_unhappy_the_complaints_and_the_terms() {
    let (_dir, db) = shop();
    let mut h = window(db, "Feedback", 900.0);
    let f = shop_formats();
    h.get_by_label("What customers say");
    // n = 6, 2 promoters, 4 detractors: NPS = -33.3; Var = (1 - (1/3)^2) / 6, half width
    // 1.959964 * 0.384900 = 0.754390: -108.8 clipped to -100 .. 42.1.
    h.get_by_label(&f.one_decimal(-100.0 / 3.0));
    h.get_by_label(&format!(
        "{} to {} · 6 answers",
        f.one_decimal(-100.0),
        f.one_decimal(42.1057)
    ));

    // Unhappy and valuable: A1 (tier A, open complaint since 2024-02-01, 121 days before
    // the latest sale on 2024-06-01) first, then B1 (tier A, 300.00), then C1 (tier B,
    // 60.00; its complaint is 7 days old, not more than a week). D1 is tier C.
    h.get_by_label("Unhappy and valuable (3)");
    let made = h
        .state()
        .screen::<FeedbackScreen>()
        .unwrap()
        .made
        .clone()
        .unwrap();
    let refs: Vec<&str> = made
        .unhappy
        .iter()
        .map(|u| u.external_ref.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(refs, ["A1", "B1", "C1"]);
    h.get_by_label("Customer A1");
    h.get_by_label(&f.count(121, "day", "days"));

    // The open complaints, oldest first; A1's is resolved with a note.
    h.get_by_label("Open complaints (2)").click();
    h.run_steps(2);
    h.get_by_label("Parcel late");
    h.get_by_label("late delivery");
    h.get_all_by_label("Resolve…").next().unwrap().click();
    h.run_steps(2);
    h.state_mut()
        .screen_mut::<FeedbackScreen>()
        .unwrap()
        .resolving
        .as_mut()
        .unwrap()
        .2 = "Called back, sent a new parcel".into();
    h.run_steps(2);
    h.get_by_label("Mark resolved").click();
    h.run_steps(2);
    settle(&mut h);
    h.get_by_label("Open complaints (1)");
    assert!(h.query_by_label("Parcel late").is_none());

    // "late" is in 3 unhappy pieces and no happy one.
    h.state_mut().screen_mut::<FeedbackScreen>().unwrap().part = Part::Terms;
    h.run_steps(2);
    h.get_by_label("late").click();
    h.run_steps(2);
    h.get_by_label("“late” in 3 pieces of feedback");
    h.get_by_label("awful, late");

    // The breakdown by tier marks the small groups.
    {
        let screen = h.state_mut().screen_mut::<FeedbackScreen>().unwrap();
        screen.part = Part::Groups;
        screen.by = clientele::service::feedback::GroupBy::Tier;
    }
    h.run_steps(2);
    settle(&mut h);
    let made = h
        .state()
        .screen::<FeedbackScreen>()
        .unwrap()
        .made
        .clone()
        .unwrap();
    let tiers: Vec<(&str, usize)> = made
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.figures.answers))
        .collect();
    assert_eq!(tiers, [("A", 3), ("B", 1), ("C", 1)]);
    assert_eq!(h.get_all_by_label("too few answers to tell").count(), 3);
}

/// "Start a campaign" beside the unhappy list opens the Campaigns form with that list as
/// its target and a win-back goal (tests/campaign_targets.rs checks who such a campaign
/// holds).
#[test]
fn the_unhappy_list_starts_a_campaign() {
    let (_dir, db) = shop();
    let mut h = window(db, "Feedback", 900.0);
    h.get_by_label("Unhappy and valuable (3)");
    h.get_by_label("Start a campaign").click();
    h.run_steps(3);
    assert_eq!(h.state().prefs.tab, Tab::CAMPAIGNS);
    settle(&mut h);
    h.get_by_label("New campaign");
    // The form's target: the Feedback list, named as campaigns name it, to win back.
    let chosen: Vec<String> = h
        .query_all_by_role(Role::ComboBox)
        .filter_map(|n| n.value())
        .collect();
    assert!(
        chosen.iter().any(|v| v == "Feedback list") && chosen.iter().any(|v| v == "Win back"),
        "{chosen:?}"
    );
    assert!(
        h.query_all_by_role(Role::TextInput)
            .any(|n| n.value().as_deref() == Some("unhappy")),
        "no box holds the list's name"
    );
}

#[test]
fn a_shop_without_feedback_is_told_how_to_import_it() {
    let (_dir, db) = temp_db("empty.sqlite");
    let sales = _dir.path().join("sales.csv");
    std::fs::write(&sales, SALES).unwrap();
    let out = clientele(&db, &["import", "sales", sales.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let h = window(db, "Feedback", 900.0);
    // The window speaks English by default.
    h.get_by_label(
        "No feedback yet. Import survey answers or reviews in the Import tab (choose \"Feedback\"), \
         add a phone complaint from a customer's details, or load the demo shop.",
    );
}

#[test]
fn the_customer_detail_lists_feedback_adds_a_phone_complaint_and_resolves_it() {
    let (_dir, db) = shop();
    // Tall enough for the whole detail panel, form included, without scrolling.
    let mut h = window(db, "Customers", 1800.0);
    // C1 is customer 3 (the sales file's third customer); their one answer is an open
    // detractor's complaint.
    let c1 = 3;
    h.state_mut().command(Command::Select(Some(c1)));
    settle(&mut h);
    h.get_by_label("late delivery");
    h.get_by_label("Unhappy");
    h.get_by_label("Open complaint");

    // A phone complaint typed by the owner.
    {
        let panel = &mut h
            .state_mut()
            .screen_mut::<CustomersScreen>()
            .unwrap()
            .feedback;
        panel.draft.text = "Second parcel lost too".into();
        panel.draft.date = "2024-06-02".into();
    }
    h.get_by_label("Add feedback").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Add").click();
    h.run_steps(2);
    settle(&mut h);
    h.get_by_label("Second parcel lost too");
    h.get_by_label("2 open complaints");
    h.get_by_label("At risk of leaving");

    // Both resolved with a note: the badge goes.
    for note in ["Refunded", "Refunded again"] {
        h.get_all_by_label("Resolve…").next().unwrap().click();
        h.run_steps(2);
        h.state_mut()
            .screen_mut::<CustomersScreen>()
            .unwrap()
            .feedback
            .resolving
            .as_mut()
            .unwrap()
            .1 = note.into();
        h.run_steps(2);
        h.get_by_label("Mark resolved").click();
        h.run_steps(2);
        settle(&mut h);
    }
    h.get_by_label("Resolved: Refunded");
    assert!(h.query_by_label("Open complaint").is_none());
    assert!(h.query_by_label_contains("open complaints").is_none());
    assert!(h.query_by_label("At risk of leaving").is_none());
}

#[test]
fn the_import_tab_asks_the_scale_of_a_feedback_file_and_imports_it() {
    let (_dir, db) = temp_db("import.sqlite");
    let sales = _dir.path().join("sales.csv");
    std::fs::write(&sales, SALES).unwrap();
    let out = clientele(&db, &["import", "sales", sales.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut h = window(db, "Import", 1000.0);
    let file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/feedback/plain.csv");
    h.state_mut().command(Command::OpenImportFile(file));
    settle(&mut h);
    // The tab row has a "Feedback" too: the kind of file is the last one.
    h.get_all_by_label("Feedback").last().unwrap().click();
    h.run_steps(2);
    settle(&mut h);
    // Its score column could be on any scale: the tab asks, and offers no import yet.
    h.get_by_label_contains("What scale are the scores in column “score” on?");
    assert!(h.query_by_label("Import the feedback").is_none());
    h.get_by_label("NPS, 0 to 10 (how likely to recommend)")
        .click();
    h.run_steps(2);
    settle(&mut h);
    // On the NPS scale, rows 5 (12), 6 (no customer) and 7 (no date) are left out.
    h.get_by_label("4 of 7 rows can be imported; 3 would be left out.");
    h.get_by_label("Import the feedback").click();
    h.run_steps(2);
    settle(&mut h);
    h.get_by_label("Imported 4 pieces of feedback of 7 rows (4 new customers).");
    // The Feedback tab has them: the NPS answers 9, 3, 10 and 6 are
    // 2 promoters and 2 detractors of 4, NPS 0.
    h.state_mut()
        .command(Command::SwitchTab(Tab::new("Feedback")));
    h.run_steps(2);
    settle(&mut h);
    let made = h
        .state()
        .screen::<FeedbackScreen>()
        .unwrap()
        .made
        .clone()
        .unwrap();
    assert_eq!(made.months.pieces, 4);
    let nps = made.months.overall.nps;
    assert_eq!((nps.promoters, nps.passives, nps.detractors), (2, 0, 2));
}

#[test]
fn repeated_open_complaints_put_a_best_customer_on_the_churn_list() {
    use clientele::analytics::rfm::{Scoring, Tier, tiers};
    use clientele::model::feedback::{
        FeedbackChannel, FeedbackContent, FeedbackStatus, NewFeedback,
    };
    use clientele::service::{self, Progress};

    let (_dir, db) = crate::common::demo_db(300);
    let store = clientele::store::Store::open(&db).unwrap();
    let before = service::predict::run(
        &store,
        &service::predict::PredictOptions::default(),
        &mut Progress::silent(),
    )
    .unwrap()
    .complaints;
    // A tier A customer without open complaints in the demo.
    let rows = service::analytics::rfm_rows(&store, None, Scoring::Percentile)
        .unwrap()
        .1;
    let best = tiers(&rows)
        .into_iter()
        .find(|(id, t)| *t == Tier::A && !before.contains_key(id))
        .map(|(id, _)| id)
        .unwrap();
    let complaint = |text: &str| NewFeedback {
        contact_id: best,
        content: FeedbackContent {
            date: crate::common::end_date(),
            score: None,
            text: text.into(),
            channel: Some(FeedbackChannel::Phone),
            product: None,
            order_ref: None,
            status: Some(FeedbackStatus::Open),
        },
        extra: serde_json::Map::new(),
    };
    // One open complaint is not "repeated"; a second one is.
    service::feedback::add(&store, &complaint("Parcel lost")).unwrap();
    let after = service::predict::run(
        &store,
        &service::predict::PredictOptions::default(),
        &mut Progress::silent(),
    )
    .unwrap()
    .complaints;
    assert!(!after.contains_key(&best));
    service::feedback::add(&store, &complaint("Second parcel lost")).unwrap();
    let after = service::predict::run(
        &store,
        &service::predict::PredictOptions::default(),
        &mut Progress::silent(),
    )
    .unwrap()
    .complaints;
    assert_eq!(after.get(&best), Some(&2));
    drop(store);

    // In the window, the best customer is on the "Likely to leave" list with the flag.
    let mut h = window(db, "Predictions", 900.0);
    h.get_by_label("Likely to leave").click();
    h.run_steps(2);
    settle(&mut h);
    let flags = after.values().filter(|n| **n == 2).count();
    assert!(flags >= 1);
    assert_eq!(h.get_all_by_label("2 open complaints").count(), flags);
}
