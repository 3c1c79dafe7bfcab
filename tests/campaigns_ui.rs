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
