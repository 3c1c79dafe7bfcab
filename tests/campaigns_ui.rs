//! The Campaigns screen driven headless by egui_kittest on a demo shop: the empty state,
//! a campaign's figures and verdict as `clientele campaign results --json` gives them, and
//! a campaign created through the form (then listed by the command line).

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use clientele::ui::app::{ClienteleApp, Prefs, Tab};

use crate::common::{clientele, demo_db, settle, shop_formats, text};

fn window(db: std::path::PathBuf) -> Harness<'static, ClienteleApp> {
    let prefs = Prefs {
        tab: Tab::new("Campaigns"),
        ..Prefs::default()
    };
    let app = ClienteleApp::new(db, prefs);
    let mut h: Harness<'static, ClienteleApp> = Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    h
}

fn run_json(db: &std::path::Path, args: &[&str]) -> serde_json::Value {
    let out = clientele(db, args);
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    serde_json::from_str(&text(&out.stdout)).unwrap()
}

#[test]
fn the_screen_shows_each_campaign_s_results_and_creates_one_from_its_form() {
    let (_dir, db) = demo_db(300);
    {
        let h = window(db.clone());
        h.get_by_label_contains("No campaign yet.");
    }
    let made = run_json(
        &db,
        &[
            "campaign",
            "create",
            "Spring thanks",
            "--target",
            "tier:A",
            "--channel",
            "email",
            "--start",
            "2025-05-01",
            "--seed",
            "11",
            "--control",
            "0.3",
            "--cost-per-contact",
            "2",
            "--json",
        ],
    );
    assert!(made["target"].as_u64().unwrap() > 0);
    let results = run_json(&db, &["campaign", "results", "Spring thanks", "--json"]);
    let mut h = window(db.clone());
    h.get_by_label("Spring thanks");
    h.get_by_label(results["verdict"].as_str().unwrap());
    let f = shop_formats();
    for group in ["target", "control"] {
        for key in ["customers", "responders"] {
            let n = results[group][key].as_i64().unwrap();
            assert!(h.query_by_label(&f.int(n)).is_some(), "{group} {key} {n}");
        }
        let rate = results[group]["rate"].as_f64().unwrap();
        assert!(
            h.query_by_label(&f.percent(rate)).is_some(),
            "{group} rate {rate}"
        );
    }
    // The money: the uplift in revenue per customer with its interval, the extra revenue
    // and the return on 2 per contact, worked out here from the results.
    let money = |x: f64| f.money((x * 100.0).round() as i64);
    let u = &results["uplift"];
    let rpc = format!(
        "{} more than the control group (95% sure: between {} and {})",
        money(u["revenue_per_customer_diff"].as_f64().unwrap()),
        money(u["rpc_lo95"].as_f64().unwrap()),
        money(u["rpc_hi95"].as_f64().unwrap())
    );
    h.get_by_label_contains(&rpc);
    let extra = results["incremental_revenue"].as_f64().unwrap();
    h.get_by_label(&format!("Extra revenue: {}", money(extra)));
    let cost = 2.0 * results["target"]["customers"].as_f64().unwrap();
    h.get_by_label_contains(&format!(
        "Cost {}, net return {}, ",
        money(cost),
        money(extra - cost)
    ));

    // The form: name and list typed, the campaign created through the worker.
    h.get_by_label("New campaign").click();
    settle(&mut h);
    let inputs: Vec<_> = h.query_all_by_role(Role::TextInput).collect();
    assert!(inputs.len() >= 2, "{}", inputs.len());
    inputs[0].focus();
    drop(inputs);
    settle(&mut h);
    let inputs: Vec<_> = h.query_all_by_role(Role::TextInput).collect();
    inputs[0].type_text("Made on screen");
    drop(inputs);
    settle(&mut h);
    let inputs: Vec<_> = h.query_all_by_role(Role::TextInput).collect();
    inputs[1].focus();
    drop(inputs);
    settle(&mut h);
    let inputs: Vec<_> = h.query_all_by_role(Role::TextInput).collect();
    inputs[1].type_text("Champions");
    drop(inputs);
    settle(&mut h);
    h.get_by_label("Create the campaign").click();
    settle(&mut h);
    h.get_by_label_contains("Campaign 'Made on screen' created:");
    h.get_by_label_contains("points or more in response rate will be visible");
    let list = run_json(&db, &["campaign", "list", "--json"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Made on screen"), "{names:?}");
    let created = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Made on screen")
        .unwrap();
    assert_eq!(created["target"]["kind"], "segment", "{created}");
    assert_eq!(created["target"]["name"], "Champions", "{created}");
}

#[test]
fn a_note_added_in_the_customer_detail_is_saved_audited_and_shown_at_once() {
    use clientele::ui::app::Command;
    let (_dir, db) = demo_db(120);
    let prefs = Prefs {
        tab: Tab::CUSTOMERS,
        ..Prefs::default()
    };
    let app = ClienteleApp::new(db.clone(), prefs);
    // Tall enough for the whole detail panel, the form included, without scrolling: kittest
    // clicks at the wrong place inside a scrolled area.
    let mut h: Harness<'static, ClienteleApp> = Harness::builder()
        .with_size(egui::vec2(1366.0, 2000.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    h.state_mut().command(Command::Select(Some(7)));
    settle(&mut h);
    {
        let screen = h
            .state()
            .screen::<clientele::ui::tabs::customers::CustomersScreen>()
            .unwrap();
        assert_eq!(screen.selected, Some(7));
        assert!(screen.detail.is_some(), "the customer's detail is shown");
    }
    h.get_by_label("Contact history (0)").click();
    settle(&mut h);
    h.get_by_label("Add a note");
    let note = "Asked for the autumn catalogue";
    let inputs: Vec<_> = h.query_all_by_role(Role::MultilineTextInput).collect();
    assert_eq!(inputs.len(), 1, "one text for the note");
    inputs[0].focus();
    drop(inputs);
    settle(&mut h);
    let inputs: Vec<_> = h.query_all_by_role(Role::MultilineTextInput).collect();
    inputs[0].type_text(note);
    drop(inputs);
    settle(&mut h);
    h.get_by_label("Add the note").click();
    settle(&mut h);
    let today = chrono::Local::now().date_naive();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (kind, at, stored): (String, String, String) = conn
        .query_row(
            "SELECT kind, at, note FROM contact_history WHERE customer_id = 7",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((kind.as_str(), stored.as_str()), ("call", note));
    assert!(at.starts_with(&today.to_string()), "{at}");
    let audited: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM audit WHERE action = 'contact_note' AND detail LIKE '%\"contact_id\":7%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1);
    // Shown at once, dated today in the shop's format, as a call (the kind offered first).
    let line = format!("{} · Call: {note}", shop_formats().date(today));
    h.get_by_label(&line);
    h.get_by_label("Contact history (1)");
}

/// File dialogs that save a PDF where the test says, and remember the name suggested.
struct SavePdfTo(std::path::PathBuf, std::sync::Arc<std::sync::Mutex<String>>);

impl clientele::ui::app::FileDialogs for SavePdfTo {
    fn pick_import_file(&mut self) -> Option<std::path::PathBuf> {
        None
    }
    fn save_csv(&mut self, _: &str) -> Option<std::path::PathBuf> {
        None
    }
    fn save_png(&mut self, _: &str) -> Option<std::path::PathBuf> {
        None
    }
    fn save_spreadsheet(&mut self, _: &str) -> Option<std::path::PathBuf> {
        None
    }
    fn save_pdf(&mut self, file_name: &str) -> Option<std::path::PathBuf> {
        *self.1.lock().unwrap() = file_name.to_string();
        Some(self.0.clone())
    }
}

#[test]
fn the_report_button_saves_the_campaign_report_where_the_owner_chooses() {
    let (dir, db) = demo_db(300);
    run_json(
        &db,
        &[
            "campaign",
            "create",
            "Spring thanks",
            "--target",
            "tier:A",
            "--channel",
            "email",
            "--start",
            "2025-05-01",
            "--seed",
            "11",
            "--json",
        ],
    );
    let results = run_json(&db, &["campaign", "results", "Spring thanks", "--json"]);
    let pdf = dir.path().join("chosen.pdf");
    let suggested = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let prefs = Prefs {
        tab: Tab::new("Campaigns"),
        ..Prefs::default()
    };
    let app = ClienteleApp::new(db.clone(), prefs)
        .with_dialogs(Box::new(SavePdfTo(pdf.clone(), suggested.clone())));
    let mut h: Harness<'static, ClienteleApp> = Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    h.get_by_label("Save the report (PDF)").click();
    settle(&mut h);
    assert_eq!(suggested.lock().unwrap().as_str(), "spring-thanks.pdf");
    let out = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let words = text(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(words.contains("Campaign report: Spring thanks"), "{words}");
    let verdict = results["verdict"].as_str().unwrap();
    let verdict = verdict.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains(&verdict), "{verdict} not in {words}");
}
