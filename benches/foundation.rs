//! Foundation benchmark: prints the figures recorded in docs/benchmarks.md.
//!
//! `cargo bench --bench foundation` (release build). It measures, on a demo shop of
//! 100 000 customers over 3 years (about 2 million sale lines):
//! 1. `clientele demo --customers 100000 --years 3` wall time (the real binary);
//! 2. `clientele stats --json` wall time (the real binary, process start included) and
//!    `Store::stats` alone;
//! 3. search per keystroke over the whole customer list;
//! 4. the CPU time of a frame of the Customers tab while scrolling (egui_kittest, no GPU);
//! 5. the first frame painted after start, under X (needs DISPLAY, e.g. Xvfb); skipped
//!    without one.
//!
//! Set CLIENTELE_BENCH_CUSTOMERS to use another size.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use clientele::customers::{CustomerIndex, Sort, SortColumn};
use clientele::store::Store;
use clientele::ui::app::{ClienteleApp, Prefs, Tab};
use egui_kittest::Harness;

fn main() {
    let customers: usize = std::env::var("CLIENTELE_BENCH_CUSTOMERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("bench.sqlite");
    let exe = env!("CARGO_BIN_EXE_clientele");
    println!("Clientele foundation benchmark, {customers} customers, 3 years");

    // 1. demo
    let start = Instant::now();
    let out = Command::new(exe)
        .arg("--db")
        .arg(&db)
        .args([
            "demo",
            "--customers",
            &customers.to_string(),
            "--years",
            "3",
            "--end",
            "2026-11-26",
        ])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let demo_secs = start.elapsed().as_secs_f64();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!(
        "demo: {demo_secs:.2} s  ({})",
        String::from_utf8_lossy(&out.stdout).trim()
    );
    let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    println!("database size: {:.0} MB", size as f64 / 1e6);

    // 2. stats
    let mut runs = Vec::new();
    for _ in 0..7 {
        let start = Instant::now();
        let out = Command::new(exe)
            .arg("--db")
            .arg(&db)
            .args(["stats", "--json"])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        runs.push(start.elapsed());
        assert!(out.status.success());
    }
    println!("stats --json (process): {}", summary(&mut runs));
    let store = Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let mut runs: Vec<Duration> = (0..20)
        .map(|_| {
            let start = Instant::now();
            let _ = store.stats();
            start.elapsed()
        })
        .collect();
    println!("Store::stats: {}", summary(&mut runs));

    // 3. search per keystroke
    let start = Instant::now();
    let rows = store.customer_list().unwrap_or_default();
    let load = start.elapsed();
    let start = Instant::now();
    let mut index = CustomerIndex::new(rows);
    println!(
        "customer list: load {} ms, index {} ms, {} customers",
        load.as_millis(),
        start.elapsed().as_millis(),
        index.len()
    );
    let mut runs = Vec::new();
    for query in ["dupont", "иванов", "06 12 3", "lyon 69003", "wang"] {
        for n in 1..=query.chars().count() {
            let prefix: String = query.chars().take(n).collect();
            let start = Instant::now();
            let hits = index.search(&prefix, Sort::default());
            runs.push(start.elapsed());
            std::hint::black_box(hits);
        }
    }
    println!("search per keystroke: {}", summary(&mut runs));
    let start = Instant::now();
    let _ = index.search(
        "",
        Sort {
            column: SortColumn::Name,
            descending: false,
        },
    );
    println!("first sort by name: {} ms", start.elapsed().as_millis());
    drop(store);

    // 4. frames while scrolling
    scroll_frames(&db);

    // 5. first frame
    first_frame(exe, &db);
}

fn summary(runs: &mut [Duration]) -> String {
    runs.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = runs.get(runs.len() / 2).copied().unwrap_or_default();
    let p95 = runs.get(runs.len() * 95 / 100).copied().unwrap_or_default();
    let max = runs.last().copied().unwrap_or_default();
    format!(
        "median {:.1} ms, p95 {:.1} ms, max {:.1} ms ({} runs)",
        ms(median),
        ms(p95),
        ms(max),
        runs.len()
    )
}

fn scroll_frames(db: &Path) {
    let prefs = Prefs {
        tab: Tab::CUSTOMERS,
        ..Prefs::default()
    };
    let app = ClienteleApp::new(db.to_path_buf(), prefs);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    let start = Instant::now();
    while h.state().is_busy() || h.state().customers.is_none() {
        h.step();
        std::thread::sleep(Duration::from_millis(2));
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "list not loaded"
        );
    }
    println!(
        "window ready with the list after {} ms",
        start.elapsed().as_millis()
    );
    h.step();
    h.hover_at(egui::pos2(500.0, 400.0));
    let mut runs = Vec::new();
    for i in 0..300 {
        let dy = if i < 200 { -120.0 } else { 2400.0 };
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, dy),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::NONE,
        });
        let start = Instant::now();
        h.step();
        runs.push(start.elapsed());
    }
    println!(
        "frame while scrolling (CPU, egui_kittest): {}",
        summary(&mut runs)
    );
}

fn first_frame(exe: &str, db: &Path) {
    if std::env::var_os("DISPLAY").is_none() {
        println!("first frame: skipped (no DISPLAY; run under xvfb-run)");
        return;
    }
    let mut runs = Vec::new();
    for _ in 0..5 {
        let out = Command::new(exe)
            .arg("--db")
            .arg(db)
            .env("CLIENTELE_FIRST_FRAME_PROBE", "1")
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8_lossy(&out.stdout);
        let ms = text
            .lines()
            .find_map(|l| l.strip_prefix("first frame painted after "))
            .and_then(|l| l.trim_end_matches(" ms").parse::<f64>().ok());
        match ms {
            Some(ms) => runs.push(Duration::from_secs_f64(ms / 1000.0)),
            None => {
                println!(
                    "first frame: no probe output: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                return;
            }
        }
    }
    println!("first frame painted after start: {}", summary(&mut runs));
}
