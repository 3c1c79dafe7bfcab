//! The Charts tab's Forecast, Cohorts and Channels and the Overview's forecast line
//! (issue 23), driven headless by egui_kittest on small demo shops. What the window says is
//! checked against the command line's outputs (`forecast --json`, `channels --json`,
//! `cohorts`), which tests/trends.rs checks against the airline series, pandas and a
//! hand-worked shop.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use clientele::ui::app::{ClienteleApp, Prefs, Tab};
use clientele::ui::tabs::charts::{Chart, ChartsScreen};

use crate::common::{END, clientele, demo_db, settle, shop_formats, temp_db, text};

fn window(db: &Path, tab: Tab) -> Harness<'static, ClienteleApp> {
    window_of(db, tab, egui::vec2(1366.0, 1200.0))
}

fn window_of(db: &Path, tab: Tab, size: egui::Vec2) -> Harness<'static, ClienteleApp> {
    let app = ClienteleApp::new(
        db.to_path_buf(),
        Prefs {
            tab,
            ..Prefs::default()
        },
    );
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    h
}

/// Shows `chart` and waits for its figures.
fn show(h: &mut Harness<'static, ClienteleApp>, chart: Chart) {
    h.query_all_by_label(chart.label()).next().unwrap().click();
    settle(h);
    assert_eq!(h.state().screen::<ChartsScreen>().unwrap().chart, chart);
}

/// A group of `channels --json` as the window names it: its channel and store.
fn group_name(g: &serde_json::Value) -> String {
    let name: Vec<&str> = [&g["channel"], &g["store"]]
        .into_iter()
        .filter_map(|s| s.as_str())
        .collect();
    name.join(", ")
}

fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    let out = clientele(db, args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_str(&text(&out.stdout)).unwrap()
}

/// "Next month: about V (L–H)" with the command line's first forecast month.
fn next_month_line(db: &Path) -> String {
    next_line(db, &["forecast", "--json"], "Next month")
}

/// "`what`: about V (L–H)." with the first forecast period `args` print.
fn next_line(db: &Path, args: &[&str], what: &str) -> String {
    let v = json(db, args);
    let p = &v["forecast"][0];
    let f = shop_formats();
    let money = |k: &str| f.money_whole((p[k].as_f64().unwrap() * 100.0).round() as i64);
    format!(
        "{what}: about {} ({}–{}).",
        money("value"),
        money("lo80"),
        money("hi80")
    )
}

#[test]
fn forecast_says_what_the_command_line_forecasts() {
    let (_dir, db) = demo_db(300);
    let mut h = window(&db, Tab::CHARTS);
    show(&mut h, Chart::Forecast);
    h.get_by_label(&next_month_line(&db));
    // The model and its error against "same as last year", as `forecast --json` has them.
    let v = json(&db, &["forecast", "--json"]);
    let f = shop_formats();
    let pct = |k: &str| f.percent_whole(v["backtest"][k].as_f64().unwrap() / 100.0);
    h.get_by_label_contains(&format!(
        "This forecast ({}) has been {} off on average",
        v["model"].as_str().unwrap(),
        pct("mape")
    ));
    h.get_by_label_contains(&format!(
        "against {} for \"same as last year\"",
        pct("seasonal_naive_mape")
    ));
    // The month under way ("so far") when the latest sale is not a month's last day, as
    // the command line says it.
    let said = text(&clientele(&db, &["forecast"]).stdout);
    match said.lines().find(|l| l.contains(" so far: ")) {
        Some(line) => {
            h.get_by_label(line);
        }
        None => assert!(h.query_by_label_contains(" so far: ").is_none()),
    }
    // The backtest shows on demand.
    h.get_by_label_contains("Show the backtest").click();
    h.run_steps(2);
    assert!(
        h.state()
            .screen::<ChartsScreen>()
            .unwrap()
            .trends
            .show_backtest
    );
}

#[test]
fn the_overview_says_next_months_forecast() {
    let (_dir, db) = demo_db(300);
    let h = window(&db, Tab::OVERVIEW);
    h.get_by_label(&next_month_line(&db));
}

#[test]
fn a_year_of_history_is_forecast_without_seasons_and_says_so() {
    let (_dir, db) = temp_db("young.sqlite");
    let out = clientele(
        &db,
        &["demo", "--customers", "200", "--years", "1", "--end", END],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut h = window(&db, Tab::CHARTS);
    show(&mut h, Chart::Forecast);
    h.get_by_label_contains("the forecast leaves the seasons out");
    h.get_by_label_contains("\"same as the period before\"");
}

#[test]
fn cohorts_and_channels_show_the_command_lines_figures() {
    let (dir, db) = demo_db(300);
    let mut h = window(&db, Tab::CHARTS);
    show(&mut h, Chart::Channels);
    let f = shop_formats();
    let v = json(&db, &["channels", "--json"]);
    for g in v["groups"].as_array().unwrap() {
        h.get_by_label(&group_name(g));
        h.get_by_label(&f.int(g["customers"].as_i64().unwrap()));
    }
    show(&mut h, Chart::Cohorts);
    // The sentence names the latest cohort with three months behind it, and its share as
    // the CSV has it: customers who ordered again in months 1 to 3 are not in the CSV (it
    // counts each month alone), so only the cohort's name is checked here.
    let csv_path = dir.path().join("cohorts.csv");
    let out = clientele(&db, &["cohorts", "--out", csv_path.to_str().unwrap()]);
    assert!(out.status.success());
    let mut r = csv::Reader::from_path(&csv_path).unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let latest = rows
        .iter()
        .filter(|r| &r[2] == "3")
        .map(|r| r[0].to_string())
        .max()
        .unwrap();
    let (year, month) = latest.split_once('-').unwrap();
    let first =
        chrono::NaiveDate::from_ymd_opt(year.parse().unwrap(), month.parse().unwrap(), 1).unwrap();
    h.get_by_label_contains(&format!(
        "Of the customers who first bought in {},",
        f.month(first)
    ));
    h.get_by_label("Revenue per customer").click();
    h.run_steps(2);
    assert!(
        h.state()
            .screen::<ChartsScreen>()
            .unwrap()
            .trends
            .cohort_revenue
    );
}

#[test]
fn the_forecast_by_week_is_the_command_lines_weekly_forecast() {
    let (_dir, db) = demo_db(300);
    let mut h = window(&db, Tab::CHARTS);
    show(&mut h, Chart::Forecast);
    h.get_by_label(&next_month_line(&db));
    // The forecast offers week and month, not day.
    assert!(h.query_by_label("Day").is_none());
    h.get_by_label("Week").click();
    settle(&mut h);
    assert_eq!(
        h.state().screen::<ChartsScreen>().unwrap().step,
        clientele::ui::widgets::periods::Step::Week
    );
    h.get_by_label(&next_line(
        &db,
        &["forecast", "--step", "week", "--json"],
        "Next week",
    ));
    assert!(h.query_by_label_contains("Next month: about").is_none());
    // The backtest switch speaks of weeks, and of months again after.
    h.get_by_label("Show the backtest: what the model would have said for past weeks");
    // Back to months: the Overview's figures again.
    h.get_by_label("Month").click();
    settle(&mut h);
    h.get_by_label(&next_month_line(&db));
    h.get_by_label("Show the backtest: what the model would have said for past months");
}

/// In a window 1024 points wide the channels' table fits: its last heading and every
/// group's name are inside the window (before, the lifetime values' column pushed the
/// last tier past its edge).
#[test]
fn the_channels_table_fits_a_window_1024_wide() {
    let (_dir, db) = demo_db(300);
    let mut h = window_of(&db, Tab::CHARTS, egui::vec2(1024.0, 768.0));
    show(&mut h, Chart::Channels);
    let last = h.get_by_label("Tier C").rect();
    assert!(
        last.right() <= 1024.0,
        "the last column ends at {}",
        last.right()
    );
    let v = json(&db, &["channels", "--json"]);
    for g in v["groups"].as_array().unwrap() {
        let name = group_name(g);
        let cell = h.get_by_label(&name).rect();
        assert!(cell.right() <= 1024.0, "{name} ends at {}", cell.right());
    }
}
