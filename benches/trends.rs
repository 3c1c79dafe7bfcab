//! Forecast, cohorts and channels benchmark (issue 23), whole process: `clientele
//! forecast --json` on ten years of a shop's monthly sales (target: at most 50 ms for the
//! model choice, backtest and forecast), and `clientele cohorts` and `clientele channels`
//! on the 100 000-customer demo shop (target: at most 1 s each), side by side with
//! statsmodels and pandas on the same data.
//!
//! `cargo bench --bench trends` (release build). Python with pandas and statsmodels is
//! optional: set CLIENTELE_PYTHON to an interpreter that has them (a throwaway venv:
//! `python3 -m venv /tmp/venv && /tmp/venv/bin/pip install pandas statsmodels`); without it
//! their lines say "skipped". CLIENTELE_BENCH_CUSTOMERS changes the large shop's size.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 5;

/// Runs a command to its end; its wall time and standard output.
fn run(cmd: &mut Command, what: &str) -> (Duration, String) {
    let start = Instant::now();
    match cmd.output() {
        Ok(out) if out.status.success() => (
            start.elapsed(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        ),
        Ok(out) => panic!("{what} failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(e) => panic!("{what}: {e}"),
    }
}

/// `runs` runs of `make()`: every time, and the median.
fn timed(runs: usize, what: &str, mut make: impl FnMut() -> Command) -> String {
    let mut times: Vec<Duration> = (0..runs).map(|_| run(&mut make(), what).0).collect();
    let all = times
        .iter()
        .map(|d| format!("{:.3}", d.as_secs_f64()))
        .collect::<Vec<_>>()
        .join(" / ");
    times.sort();
    format!(
        "{all} s, median {:.3} s",
        times[times.len() / 2].as_secs_f64()
    )
}

fn clientele(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_clientele"));
    c.arg("--db").arg(db).args(args);
    c
}

fn demo(db: &Path, customers: usize, years: u32) {
    let (t, _) = run(
        &mut clientele(
            db,
            &[
                "demo",
                "--customers",
                &customers.to_string(),
                "--years",
                &years.to_string(),
                "--end",
                "2025-06-30",
            ],
        ),
        "demo",
    );
    println!(
        "demo shop of {customers} customers over {years} years made in {:.1} s",
        t.as_secs_f64()
    );
}

fn main() {
    let customers: usize = std::env::var("CLIENTELE_BENCH_CUSTOMERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let python = std::env::var("CLIENTELE_PYTHON").ok();
    let benches = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    println!("Clientele forecast, cohorts and channels benchmark");

    // Ten years of monthly sales.
    let small = dir.path().join("ten-years.sqlite");
    demo(&small, 5_000, 10);
    let forecast_csv = dir.path().join("forecast.csv");
    let out = forecast_csv.to_string_lossy().into_owned();
    let (_, said) = run(
        &mut clientele(&small, &["forecast", "--out", &out]),
        "forecast",
    );
    println!("{}", said.lines().next().unwrap_or_default());
    println!(
        "clientele forecast --json (process): {}",
        timed(RUNS, "forecast", || clientele(
            &small,
            &["forecast", "--json"]
        ))
    );
    match &python {
        Some(py) => {
            let script = benches.join("forecast_statsmodels.py");
            let (_, fit) = run(
                Command::new(py).arg(&script).arg(&forecast_csv),
                "statsmodels",
            );
            print!("{fit}");
            println!(
                "statsmodels script (process): {}",
                timed(RUNS, "statsmodels", || {
                    let mut c = Command::new(py);
                    c.arg(&script).arg(&forecast_csv);
                    c
                })
            );
        }
        None => println!("statsmodels: skipped (set CLIENTELE_PYTHON)"),
    }

    // The large demo shop.
    let large = dir.path().join("demo.sqlite");
    demo(&large, customers, 3);
    let cohorts_csv = dir.path().join("cohorts.csv");
    let cohorts_out = cohorts_csv.to_string_lossy().into_owned();
    println!(
        "clientele cohorts --out (process): {}",
        timed(RUNS, "cohorts", || clientele(
            &large,
            &["cohorts", "--out", &cohorts_out]
        ))
    );
    println!(
        "clientele channels --json (process): {}",
        timed(RUNS, "channels", || clientele(
            &large,
            &["channels", "--json"]
        ))
    );
    let Some(py) = &python else {
        println!("pandas: skipped (set CLIENTELE_PYTHON)");
        return;
    };
    let sales = dir.path().join("sales.csv");
    run(
        &mut clientele(
            &large,
            &["export", "sales", "--out", &sales.to_string_lossy()],
        ),
        "export sales",
    );
    let script = benches.join("trends_pandas.py");
    for what in ["cohorts", "channels"] {
        let out = dir.path().join(format!("pandas-{what}.csv"));
        println!(
            "pandas {what} (process, read_csv included): {}",
            timed(RUNS, what, || {
                let mut c = Command::new(py);
                c.arg(&script).arg(&sales).arg(what).arg(&out);
                c
            })
        );
    }
}
