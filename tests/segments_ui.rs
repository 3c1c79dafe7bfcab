//! The Segments and Charts tabs, driven headless by egui_kittest on a small demo shop. The
//! counts the window shows are checked against the command line's own outputs (`segments
//! --json`, `rfm`, `export segment`), which the CDNOW tests check against pandas.

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use clientele::store::Store;
use clientele::ui::app::{ClienteleApp, FileDialogs, Prefs, Tab};

use clientele::ui::tabs::charts::ChartsScreen;
use clientele::ui::tabs::customers::CustomersScreen;
use clientele::ui::tabs::segments::SegmentsScreen;

use crate::common::{
    clientele, count, demo_db, group_thousands, settle, shop_formats, temp_db, text,
};

/// File dialogs that save where the test says.
struct SaveTo(Option<PathBuf>);

impl FileDialogs for SaveTo {
    fn pick_import_file(&mut self) -> Option<PathBuf> {
        None
    }

    fn save_csv(&mut self, _file_name: &str) -> Option<PathBuf> {
        self.0.clone()
    }

    fn save_png(&mut self, _file_name: &str) -> Option<PathBuf> {
        self.0.clone()
    }

    fn save_spreadsheet(&mut self, _file_name: &str) -> Option<PathBuf> {
        self.0.clone()
    }

    fn save_pdf(&mut self, _file_name: &str) -> Option<PathBuf> {
        self.0.clone()
    }
}

fn harness(db: &Path, tab: Tab, save: Option<PathBuf>) -> Harness<'static, ClienteleApp> {
    let prefs = Prefs {
        tab,
        ..Prefs::default()
    };
    let app = ClienteleApp::new(db.to_path_buf(), prefs).with_dialogs(Box::new(SaveTo(save)));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1800.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    h
}

/// Customers per named segment, as `clientele segments --json` counts them.
fn segment_counts(db: &Path) -> Vec<(String, u64)> {
    let out = clientele(db, &["segments", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["customers"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn segments_cards_lists_and_the_rule_builder() {
    let (dir, db) = demo_db(400);
    let csv = dir.path().join("list.csv");
    let mut h = harness(&db, Tab::SEGMENTS, Some(csv.clone()));
    assert!(
        h.state().insights.figures().is_some(),
        "{:?}",
        h.state().insights.error
    );
    h.get_by_label("How recently and how often your customers buy");
    h.get_by_label("Value tiers");
    h.get_by_label("Movement between segments");
    h.get_by_label_contains("Your customers typically come back every");

    // Every card says what the command line counts.
    let counts = segment_counts(&db);
    assert_eq!(counts.len(), 10);
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    h.get_by_label_contains(&format!(
        "{} customers with orders",
        group_thousands(total as i64)
    ));
    for (name, n) in &counts {
        let card = format!("{} · ", count(*n as i64, "customer", "customers"));
        assert!(
            h.query_all_by_label_contains(&card).count() >= 1,
            "{name}: {card}"
        );
        assert!(h.query_all_by_label(name.as_str()).count() >= 1, "{name}");
    }

    // The biggest segment's customers open as a list, show in Customers, and save as CSV.
    let (name, n) = counts.iter().max_by_key(|(_, n)| *n).cloned().unwrap();
    let position = clientele::analytics::rfm::Segment::ALL
        .iter()
        .position(|s| s.name() == name)
        .unwrap();
    let buttons: Vec<_> = h.query_all_by_label("Customers…").collect();
    assert_eq!(buttons.len(), 10);
    buttons[position].click();
    h.run_steps(2);
    h.get_by_label(&format!("Segment: {name}"));
    h.get_by_label_contains(&format!("{}, ", count(n as i64, "customer", "customers")));
    h.get_by_role_and_label(Role::Button, "Save as spreadsheet…")
        .click();
    h.run_steps(1);
    settle(&mut h);
    let written = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(
        written.lines().count() as u64,
        n + 1,
        "header and one line each"
    );
    // The same list as an Excel workbook: a header row and one row per customer.
    let xlsx = dir.path().join("list.xlsx");
    h.state_mut().dialogs = Box::new(SaveTo(Some(xlsx.clone())));
    h.get_by_role_and_label(Role::Button, "Save as spreadsheet…")
        .click();
    h.run_steps(1);
    settle(&mut h);
    {
        use calamine::Reader;
        let mut book = calamine::open_workbook_auto(&xlsx).unwrap();
        let sheet = book.worksheet_range_at(0).unwrap().unwrap();
        assert_eq!(sheet.height() as u64, n + 1, "header and one row each");
    }
    // Only those who agreed to marketing: as many as `export segment --consented-only` keeps.
    h.get_by_label("Only customers who agreed to marketing")
        .click();
    h.run_steps(2);
    let reference = dir.path().join("reference.csv");
    let out = clientele(
        &db,
        &[
            "export",
            "segment",
            &name,
            "--consented-only",
            "--out",
            reference.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let consented = std::fs::read_to_string(&reference).unwrap().lines().count() as u64 - 1;
    assert!(consented < n, "some of the demo's customers did not agree");
    h.get_by_label_contains(&format!(
        "{}, ",
        count(consented as i64, "customer", "customers")
    ));
    h.get_by_role_and_label(Role::Button, "Show in Customers")
        .click();
    h.run_steps(3);
    assert_eq!(h.state().prefs.tab, Tab::CUSTOMERS);
    h.get_by_label(&format!(
        "Showing only Segment: {name}: {} customers",
        group_thousands(consented as i64)
    ));
    assert_eq!(
        h.state().screen::<CustomersScreen>().unwrap().view.len() as u64,
        consented
    );
    h.get_by_role_and_label(Role::Button, "Show all customers")
        .click();
    h.run_steps(2);
    assert!(
        h.state()
            .screen::<CustomersScreen>()
            .unwrap()
            .only
            .is_none()
    );

    // The rule builder starts with "days since last order > 90" and counts as it goes:
    // the rfm table says how many customers that is.
    h.get_by_role_and_label(Role::Button, "Segments").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "New segment…")
        .click();
    h.run_steps(2);
    let rfm_csv = dir.path().join("rfm.csv");
    let out = clientele(&db, &["rfm", "--out", rfm_csv.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let over = |days: i64| {
        let mut r = csv::Reader::from_path(&rfm_csv).unwrap();
        r.records()
            .filter(|x| x.as_ref().unwrap()[2].parse::<i64>().unwrap() > days)
            .count()
    };
    h.get_by_label_contains(&format!(
        "{} customers match as of",
        group_thousands(over(90) as i64)
    ));
    // Another number recounts.
    {
        let draft = h
            .state_mut()
            .screen_mut::<SegmentsScreen>()
            .unwrap()
            .draft
            .as_mut()
            .unwrap();
        draft.groups[0].conditions[0].value = "900".into();
        draft.name = "Gone quiet".into();
    }
    h.run_steps(2);
    h.get_by_label_contains(&format!(
        "{} customers match as of",
        group_thousands(over(900) as i64)
    ));
    h.get_by_role_and_label(Role::Button, "Save segment")
        .click();
    h.run_steps(1);
    settle(&mut h);
    let store = Store::open(&db).unwrap();
    let saved = store.saved_segments().unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].name, "Gone quiet");
    h.get_by_label("Gone quiet");
    h.get_by_role_and_label(
        Role::Link,
        &format!("{} customers", group_thousands(over(900) as i64)),
    );
    // Deleting it removes it from the database too.
    h.get_by_role_and_label(Role::Button, "Delete").click();
    h.run_steps(1);
    settle(&mut h);
    assert!(store.saved_segments().unwrap().is_empty());
}

#[test]
fn charts_show_every_chart_and_sensible_messages() {
    let (_dir, db) = demo_db(300);
    let mut h = harness(&db, Tab::CHARTS, None);
    let figures = h.state().insights.figures().cloned().unwrap();
    for chart in clientele::ui::tabs::charts::Chart::ALL {
        // The first is the list's entry (the chart's heading repeats it).
        h.query_all_by_label(chart.label()).next().unwrap().click();
        h.run_steps(2);
        assert_eq!(h.state().screen::<ChartsScreen>().unwrap().chart, chart);
    }
    // The Pareto chart states the top-20% share the Segments tab states.
    h.query_all_by_label(clientele::ui::tabs::charts::Chart::Pareto.label())
        .next()
        .unwrap()
        .click();
    h.run_steps(2);
    let f = shop_formats();
    h.get_by_label_contains(&format!(
        "Your top {} of customers bring {} of revenue",
        f.percent_whole(0.2),
        f.percent_whole(figures.top20_share)
    ));
    // The revenue chart's total over the whole range is the shop's revenue.
    h.query_all_by_label("Revenue").next().unwrap().click();
    h.run_steps(2);
    let store = Store::open(&db).unwrap();
    let stats = store.stats().unwrap();
    let formats = clientele::format::Formats::for_shop(&store.settings().unwrap());
    h.get_by_label(&format!(
        "{} in this range.",
        formats.money(stats.revenue_cents)
    ));
    // Channel shares add up to the revenue (shown per channel with its share).
    h.query_all_by_label("Revenue by channel")
        .next()
        .unwrap()
        .click();
    h.run_steps(2);
    h.get_by_label_contains("store: ");
}

#[test]
fn a_saved_chart_carries_its_title() {
    // "Save as PNG" cuts the window's picture to `chart_rect`: the heading must be inside
    // it, for every chart, or the saved image has no title.
    let (_dir, db) = demo_db(300);
    let mut h = harness(&db, Tab::CHARTS, None);
    for chart in clientele::ui::tabs::charts::Chart::ALL {
        h.query_all_by_label(chart.label()).next().unwrap().click();
        h.run_steps(2);
        let cut = h
            .state()
            .screen::<ChartsScreen>()
            .unwrap()
            .chart_rect
            .unwrap();
        // The list's entry and the chart's heading share the label; the heading is the one
        // drawn in the chart's area.
        let inside = h
            .query_all_by_label(chart.label())
            .filter(|n| cut.contains_rect(n.rect()))
            .count();
        assert_eq!(
            inside,
            1,
            "{}: the heading is not in the saved area",
            chart.label()
        );
        assert!(
            cut.height() > 100.0,
            "{}: the saved area is only {cut:?}",
            chart.label()
        );
    }
}

#[test]
fn a_shop_with_one_day_of_sales_gets_a_message_not_a_broken_chart() {
    let (dir, db) = temp_db("one-day.sqlite");
    let file = dir.path().join("sales.csv");
    std::fs::write(
        &file,
        "order,customer,date,amount\nA1,c1,2025-03-04,10.00\nA2,c2,2025-03-04,5.50\n",
    )
    .unwrap();
    let out = clientele(&db, &["import", "sales", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let h = harness(&db, Tab::CHARTS, None);
    h.get_by_label_contains("Only one day of sales in this range (4 March 2025)");
    let settings = Store::open(&db).unwrap().settings().unwrap();
    let formats = clientele::format::Formats::for_shop(&settings);
    h.get_by_label_contains(&format!("That day brought {}", formats.money(1550)));
    // An empty shop opens on the Welcome screen; its Segments tab says there is nothing yet.
    let (_empty_dir, empty) = temp_db("empty.sqlite");
    let mut h = harness(&empty, Tab::SEGMENTS, None);
    assert_eq!(h.state().prefs.tab, Tab::OVERVIEW);
    h.state_mut().prefs.tab = Tab::SEGMENTS;
    h.run_steps(3);
    settle(&mut h);
    h.get_by_label_contains("There are no sales yet");
    h.run_steps(1);
}

#[test]
fn the_customers_list_saves_as_a_spreadsheet_with_the_command_lines_figures() {
    let (dir, db) = demo_db(150);
    let csv = dir.path().join("listed.csv");
    // The Segments figures are never worked out here: the worker works them out for the
    // file.
    let mut h = harness(&db, Tab::CUSTOMERS, Some(csv.clone()));
    assert!(h.state().insights.figures().is_none());
    h.get_by_role_and_label(Role::Button, "Save as spreadsheet…")
        .click();
    h.run_steps(1);
    settle(&mut h);
    let cli = dir.path().join("cli.csv");
    let out = clientele(
        &db,
        &["export", "customers", "--out", cli.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines = |p: &Path| {
        let mut v: Vec<String> = std::fs::read_to_string(p)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        let header = v.remove(0);
        v.sort();
        (header, v)
    };
    let (listed_header, listed) = lines(&csv);
    let (cli_header, all) = lines(&cli);
    assert_eq!(listed_header, cli_header);
    assert_eq!(listed.len(), h.state().customers.as_ref().unwrap().len());
    assert_eq!(listed, all, "the same customers with the same figures");

    // After a search, only the customers listed.
    h.state_mut()
        .screen_mut::<CustomersScreen>()
        .unwrap()
        .search = "a".into();
    h.run_steps(2);
    let shown = h.state().screen::<CustomersScreen>().unwrap().view.len();
    assert!(shown > 0 && shown < listed.len(), "{shown}");
    h.get_by_role_and_label(Role::Button, "Save as spreadsheet…")
        .click();
    h.run_steps(1);
    settle(&mut h);
    let (_, searched) = lines(&csv);
    assert_eq!(searched.len(), shown);
    assert!(searched.iter().all(|l| all.contains(l)));
}

#[test]
fn an_empty_column_of_the_grid_is_explained_and_tiers_are_reconciled() {
    // CDNOW: 1 218 of 2 357 customers bought once (the pandas reference), so under the
    // default rule nobody scores 2 on how often.
    let (dir, db) = temp_db("cdnow.sqlite");
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/cdnow_sample_transactions.csv");
    let out = clientele(&db, &["import", "sales", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let h = harness(&db, Tab::SEGMENTS, Some(dir.path().join("x.csv")));
    let figures = h.state().insights.figures().cloned().unwrap();
    assert!(figures.grid.iter().all(|row| row[1].customers == 0));
    h.get_by_label_contains("Column 2 is empty");
    let f = shop_formats();
    h.get_by_label_contains(&format!("{} of yours bought once", f.percent_whole(0.52)));
    // The words of the grid, and the sentence that goes with tier A.
    h.get_by_label("5 · most recent");
    h.get_by_label("1 · fewest orders");
    h.get_by_label_contains(&format!(
        "Tier A is your best customers taken until they add up to {} of revenue",
        f.percent_whole(0.8)
    ));
    h.get_by_label_contains(&format!(
        "The top {} alone bring {} of revenue.",
        f.percent_whole(0.2),
        f.percent_whole(figures.top20_share)
    ));
}
