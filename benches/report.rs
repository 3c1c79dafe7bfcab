//! Reports benchmark (issue 6): the full PDF report and an XLSX export of every customer of
//! the 100 000-customer demo shop, each as the real binary, whole process.
//!
//! `cargo bench --bench report` (release build). Steps:
//! 1. `clientele demo --customers 100000 --years 3 --end 2025-06-30` into a fresh database;
//! 2. `clientele report --out FILE.pdf` (every section), 3 runs, median; then, in this
//!    process, the report's stages timed separately (reading the store, computing,
//!    laying out and writing the PDF);
//! 3. `clientele export customers --out FILE.xlsx`, 3 runs, median.
//!
//! CLIENTELE_BENCH_CUSTOMERS changes the size.

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

fn secs(d: Duration) -> String {
    format!("{:.3} s", d.as_secs_f64())
}

fn main() {
    let customers: usize = std::env::var("CLIENTELE_BENCH_CUSTOMERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let exe = env!("CARGO_BIN_EXE_clientele");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("demo.sqlite");
    println!("Clientele reports benchmark");
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

    let pdf = dir.path().join("report.pdf");
    let times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            run(
                Command::new(exe)
                    .arg("--db")
                    .arg(&db)
                    .args(["report", "--out"])
                    .arg(&pdf),
                "report",
            )
        })
        .collect();
    let size = std::fs::metadata(&pdf).map(|m| m.len()).unwrap_or(0);
    println!(
        "clientele report (all sections): median {} (runs {}), {} KB  [target <= 2 s]",
        secs(median(times.clone())),
        times
            .iter()
            .map(|d| secs(*d))
            .collect::<Vec<_>>()
            .join(", "),
        size / 1024
    );

    // The same report's stages, in this process.
    let store = clientele::store::Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let options = clientele::report::ReportOptions {
        from: None,
        to: None,
        lang: clientele::report::Lang::En,
        paper: clientele::report::Paper::A4,
        sections: clientele::report::Section::ALL.to_vec(),
    };
    let today = chrono::NaiveDate::from_ymd_opt(2025, 7, 1).unwrap_or_default();
    let start = Instant::now();
    let facts = store.sale_facts().unwrap_or_else(|e| panic!("{e}"));
    let read_facts = start.elapsed();
    let lines = facts.len();
    drop(facts);
    let start = Instant::now();
    let data = clientele::service::report::report_data(&store, &options, today)
        .unwrap_or_else(|e| panic!("{e}"));
    let gathered = start.elapsed();
    let start = Instant::now();
    let bytes = clientele::report::render(&data).unwrap_or_else(|e| panic!("{e}"));
    let rendered = start.elapsed();
    println!(
        "  stages: reading the {} sale lines {}, reading everything and computing {} (of which reading the sale lines above), laying out and writing the PDF {} ({} bytes)",
        lines,
        secs(read_facts),
        secs(gathered),
        secs(rendered),
        bytes.len()
    );
    // What the Reports tab adds: its whole background job (the same report, then every
    // page drawn for the preview).
    let start = Instant::now();
    let pages = clientele::report::preview::pages(
        &bytes,
        clientele::ui::tabs::reports::PREVIEW_SCALE,
        &mut |_, _| true,
    )
    .unwrap_or_else(|e| panic!("{e}"))
    .unwrap_or_default();
    let drawn = start.elapsed();
    let cancel = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let start = Instant::now();
    let made = clientele::service::report::make_report(
        &store,
        options.clone(),
        today,
        clientele::ui::tabs::reports::PREVIEW_SCALE,
        &mut clientele::service::Progress::new(|_, _, _| {}, Some(cancel)),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let job = start.elapsed();
    println!(
        "  Reports tab: {} pages drawn for the preview in {} ({} x {} pixels each); the tab's whole job (report and preview) {} for {} pages",
        pages.len(),
        secs(drawn),
        pages.first().map_or(0, |p| p.width),
        pages.first().map_or(0, |p| p.height),
        secs(job),
        made.pages.len()
    );

    let xlsx = dir.path().join("customers.xlsx");
    let times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            run(
                Command::new(exe)
                    .arg("--db")
                    .arg(&db)
                    .args(["export", "customers", "--out"])
                    .arg(&xlsx),
                "export",
            )
        })
        .collect();
    let size = std::fs::metadata(&xlsx).map(|m| m.len()).unwrap_or(0);
    println!(
        "clientele export customers --out FILE.xlsx: median {} (runs {}), {} KB  [target <= 3 s]",
        secs(median(times.clone())),
        times
            .iter()
            .map(|d| secs(*d))
            .collect::<Vec<_>>()
            .join(", "),
        size / 1024
    );
    let csv = dir.path().join("customers.csv");
    let t = run(
        Command::new(exe)
            .arg("--db")
            .arg(&db)
            .args(["export", "customers", "--out"])
            .arg(&csv),
        "export csv",
    );
    println!("clientele export customers --out FILE.csv: {}", secs(t));
}
