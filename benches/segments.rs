//! Segments benchmark (issue 5): `clientele rfm` on the 100 000-customer demo shop, whole
//! process, side by side with pandas (read_csv of the same sales + groupby + qcut).
//!
//! `cargo bench --bench segments` (release build). Steps:
//! 1. `clientele demo --customers 100000 --years 3 --end 2025-06-30` into a fresh database;
//! 2. the shop's sale lines (root customer, day, order reference, amount) written to a CSV
//!    for pandas;
//! 3. `clientele rfm --out FILE` and `python benches/rfm_pandas.py FILE`, 3 runs each,
//!    alternating; medians and the ratio.
//!
//! Python with pandas is optional: set CLIENTELE_PYTHON to an interpreter that has it
//! (e.g. a throwaway venv: `python3 -m venv /tmp/venv && /tmp/venv/bin/pip install pandas`);
//! without it the pandas line says "skipped". CLIENTELE_BENCH_CUSTOMERS changes the size.

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 3;

fn run(cmd: &mut Command, what: &str) -> Duration {
    let start = Instant::now();
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    let elapsed = start.elapsed();
    assert!(
        out.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    elapsed
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let customers: usize = std::env::var("CLIENTELE_BENCH_CUSTOMERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let exe = env!("CARGO_BIN_EXE_clientele");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("demo.sqlite");
    println!("Clientele segments benchmark");
    let t = run(
        Command::new(exe).arg("--db").arg(&db).args([
            "demo",
            "--customers",
            &customers.to_string(),
            "--years",
            "3",
            "--end",
            "2025-06-30",
        ]),
        "demo",
    );
    println!(
        "demo shop of {customers} customers made in {:.1} s",
        t.as_secs_f64()
    );

    // The sales as pandas reads them: the root customer of each line.
    let csv = dir.path().join("sales.csv");
    {
        let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
        let mut stmt = conn
            .prepare(
                "SELECT r.root_id, substr(s.sold_at, 1, 10), COALESCE(s.order_ref, ''), s.amount
                 FROM sale AS s JOIN contact_root AS r ON r.contact_id = s.contact_id",
            )
            .unwrap_or_else(|e| panic!("{e}"));
        let mut rows = stmt.query([]).unwrap_or_else(|e| panic!("{e}"));
        let mut w =
            std::io::BufWriter::new(std::fs::File::create(&csv).unwrap_or_else(|e| panic!("{e}")));
        writeln!(w, "customer_id,day,order_ref,amount_cents").unwrap_or_else(|e| panic!("{e}"));
        let mut lines = 0u64;
        while let Some(r) = rows.next().unwrap_or_else(|e| panic!("{e}")) {
            let (id, day, order, cents): (i64, String, String, i64) = (
                r.get(0).unwrap_or_default(),
                r.get(1).unwrap_or_default(),
                r.get(2).unwrap_or_default(),
                r.get(3).unwrap_or_default(),
            );
            writeln!(w, "{id},{day},{order},{cents}").unwrap_or_else(|e| panic!("{e}"));
            lines += 1;
        }
        w.flush().unwrap_or_else(|e| panic!("{e}"));
        println!("sales CSV for pandas: {lines} lines");
    }

    let python = std::env::var("CLIENTELE_PYTHON").ok();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/rfm_pandas.py");
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for i in 0..RUNS {
        let out = dir.path().join(format!("rfm{i}.csv"));
        ours.push(run(
            Command::new(exe)
                .arg("--db")
                .arg(&db)
                .arg("rfm")
                .arg("--out")
                .arg(&out),
            "clientele rfm",
        ));
        if let Some(py) = &python {
            let out = dir.path().join(format!("pandas{i}.csv"));
            theirs.push(run(
                Command::new(py).arg(&script).arg(&csv).arg(&out),
                "pandas",
            ));
        }
    }
    let fmt = |v: &[Duration]| {
        v.iter()
            .map(|d| format!("{:.3}", d.as_secs_f64()))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    let ours_m = median(ours.clone());
    println!(
        "clientele rfm (process):       {} s, median {:.3} s",
        fmt(&ours),
        ours_m.as_secs_f64()
    );
    if theirs.is_empty() {
        println!("pandas: skipped (set CLIENTELE_PYTHON to a python with pandas)");
    } else {
        let theirs_m = median(theirs.clone());
        println!(
            "pandas read_csv + groupby:     {} s, median {:.3} s",
            fmt(&theirs),
            theirs_m.as_secs_f64()
        );
        println!(
            "pandas / clientele (medians):  {:.1}x",
            theirs_m.as_secs_f64() / ours_m.as_secs_f64()
        );
        // Same answers: both tables must agree on every customer's figures and scores.
        let a = std::fs::read_to_string(dir.path().join("rfm0.csv")).unwrap_or_default();
        let b = std::fs::read_to_string(dir.path().join("pandas0.csv")).unwrap_or_default();
        let key = |line: &str| {
            let f: Vec<&str> = line.split(',').collect();
            if f.len() < 9 {
                return String::new();
            }
            // customer_id, recency, frequency, monetary, r, f, m, segment
            format!(
                "{},{},{},{},{},{},{},{}",
                f[0],
                f[2],
                f[3],
                f[4],
                f[5],
                f[6],
                f[7],
                f[8..].join(",")
            )
        };
        let ours_rows: Vec<String> = a.lines().skip(1).map(key).collect();
        let theirs_rows: Vec<String> = b.lines().skip(1).map(|l| l.to_string()).collect();
        let same = ours_rows == theirs_rows;
        println!(
            "same table as pandas: {same} ({} customers)",
            ours_rows.len()
        );
    }
    window_figures(&db);
}

/// The Segments and Charts tabs on the same shop: the background computation, a saved
/// segment's count, and the frames of both tabs once the figures are there.
fn window_figures(db: &Path) {
    use clientele::ui::app::{ClienteleApp, Prefs, Tab};
    use clientele::ui::tabs::charts::{Chart, ChartsScreen};
    use std::sync::Arc;
    use std::sync::atomic::AtomicBool;

    let store = clientele::store::Store::open(db).unwrap_or_else(|e| panic!("{e}"));
    let cancel = Arc::new(AtomicBool::new(false));
    let t = Instant::now();
    let mut progress = clientele::service::Progress::new(|_, _, _| {}, Some(cancel));
    let figures =
        clientele::service::analytics::compute_analytics(&store, None, None, &mut progress)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no sales"));
    println!(
        "Segments and Charts figures (background job): {:.2} s for {} customers",
        t.elapsed().as_secs_f64(),
        figures.facts.len()
    );
    drop(store);

    // A saved segment's count, as the rule builder recounts after an edit.
    let city = figures
        .facts
        .iter()
        .map(|c| c.city.clone())
        .find(|c| !c.is_empty())
        .unwrap_or_default();
    let product = figures
        .facts
        .iter()
        .find_map(|c| c.products.iter().next().cloned())
        .map(|p| p.to_string())
        .unwrap_or_default();
    let rules = [
        format!(r#"{{"all":[{{"field":"city","op":"is","value":{city:?}}}]}}"#),
        r#"{"all":[{"field":"recency_days","op":">","value":90},{"field":"monetary","op":">=","value":500}]}"#.to_string(),
        format!(
            r#"{{"any":[{{"all":[{{"field":"product","op":"bought","value":{product:?}}},{{"field":"consent","op":"is","value":"yes"}}]}},{{"field":"segment","op":"is","value":"At risk"}}]}}"#
        ),
    ];
    for json in &rules {
        let rule = clientele::analytics::rules::Rule::parse(json).unwrap_or_else(|e| panic!("{e}"));
        let mut times = Vec::new();
        let mut n = 0;
        for _ in 0..5 {
            let t = Instant::now();
            n = rule.members(&figures.facts).len();
            times.push(t.elapsed());
        }
        println!(
            "saved segment count: {:.1} ms median ({n} customers) for {json}",
            median(times).as_secs_f64() * 1000.0
        );
    }

    // Frames of the two tabs, drawn headless (layout and tessellation, no GPU).
    let open = |tab: Tab| {
        let prefs = Prefs {
            tab,
            ..Prefs::default()
        };
        let mut h = egui_kittest::Harness::builder()
            .with_size(egui::vec2(1400.0, 900.0))
            .build_ui_state(
                |ui, app: &mut ClienteleApp| app.show(ui),
                ClienteleApp::new(db.to_path_buf(), prefs),
            );
        let start = Instant::now();
        while h.state().is_busy() || h.state().insights.figures().is_none() {
            h.step();
            std::thread::sleep(Duration::from_millis(5));
            assert!(start.elapsed() < Duration::from_secs(300), "no figures");
        }
        h.run_steps(3);
        h
    };
    let steady = |h: &mut egui_kittest::Harness<'_, ClienteleApp>| {
        let mut times = Vec::new();
        for _ in 0..20 {
            let t = Instant::now();
            h.step();
            times.push(t.elapsed());
        }
        median(times)
    };
    let mut h = open(Tab::SEGMENTS);
    println!(
        "Segments tab frame: {:.1} ms median",
        steady(&mut h).as_secs_f64() * 1000.0
    );
    // The Champions card's list open beside the tab (thousands of customers).
    {
        use egui_kittest::kittest::Queryable;
        h.query_all_by_label("Customers…")
            .next()
            .unwrap_or_else(|| panic!("no card"))
            .click();
    }
    let t = Instant::now();
    h.step();
    let opened = t.elapsed();
    println!(
        "Segments tab with a segment's list open: first frame {:.1} ms, then {:.1} ms median",
        opened.as_secs_f64() * 1000.0,
        steady(&mut h).as_secs_f64() * 1000.0
    );
    drop(h);
    let mut h = open(Tab::CHARTS);
    for chart in Chart::ALL {
        h.state_mut()
            .screen_mut::<ChartsScreen>()
            .unwrap_or_else(|| panic!("no Charts screen"))
            .chart = chart;
        let t = Instant::now();
        h.step();
        let switch = t.elapsed();
        let frame = steady(&mut h);
        println!(
            "Charts tab, {}: first frame after switching {:.1} ms, then {:.1} ms median",
            chart.label(),
            switch.as_secs_f64() * 1000.0,
            frame.as_secs_f64() * 1000.0
        );
    }
    // Switching from Charts to Segments and back, figures already computed: the first visit
    // of a tab lays out and rasterises its texts once; later switches reuse them.
    let mut switch = |tab: Tab| {
        h.state_mut().prefs.tab = tab;
        let t = Instant::now();
        h.step();
        t.elapsed()
    };
    let first_visit = switch(Tab::SEGMENTS);
    let mut to_segments = Vec::new();
    let mut to_charts = Vec::new();
    for _ in 0..7 {
        to_charts.push(switch(Tab::CHARTS));
        to_segments.push(switch(Tab::SEGMENTS));
    }
    println!(
        "tab switch frames: first visit of Segments {:.1} ms; then to Charts {:.1} ms, to Segments {:.1} ms (medians of 7)",
        first_visit.as_secs_f64() * 1000.0,
        median(to_charts).as_secs_f64() * 1000.0,
        median(to_segments).as_secs_f64() * 1000.0
    );
}
