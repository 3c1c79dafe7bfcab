//! Predictions benchmark (issue 21): the whole `clientele predict` process on demo shops of
//! 23 000 and 100 000 customers, side by side with lifetimes' BG/NBD fit alone on the same
//! customers.
//!
//! `cargo bench --bench predict` (release build). For each size:
//! 1. `clientele demo --customers N --years 3 --end 2025-06-30` into a fresh database;
//! 2. `clientele predict --model bgnbd --out FILE` and `clientele predict --out FILE`
//!    (`--model auto`, the default), 3 rounds, alternating; medians. Each round runs each
//!    command twice: first with the kept predictions emptied (`DELETE FROM figures_kept`,
//!    as after any change to the shop's data: the sales are read and the models fitted),
//!    then again (the predictions kept by the first run are read);
//! 3. `python benches/predict_lifetimes.py FILE`: lifetimes 0.11.3's `BetaGeoFitter().fit`
//!    on the same (frequency, recency, T), timed inside Python (the fit alone).
//!
//! Python with lifetimes is optional: set CLIENTELE_PYTHON to an interpreter that has it;
//! without it the lifetimes line says "skipped". CLIENTELE_BENCH_SIZES changes the sizes
//! (comma-separated). CLIENTELE_BENCH_BEFORE names an older `clientele` binary to time
//! alternately with this one on the same shops (before and after in one run).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 3;

/// Runs `cmd` and returns how long it took; a failure stops the bench with its stderr.
fn run(cmd: &mut Command, what: &str) -> Duration {
    let start = Instant::now();
    match cmd.output() {
        Ok(out) if out.status.success() => start.elapsed(),
        Ok(out) => panic!("{what} failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(e) => panic!("{what}: {e}"),
    }
}

/// The median of the runs, in seconds.
fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64()
}

/// Empties the kept figures of `db`, as any change to the shop's data does (a database of
/// a build without them has nothing to empty).
fn forget_kept(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    let _ = conn.execute("DELETE FROM figures_kept", []);
}

fn lifetimes(csv: &Path) -> String {
    let Ok(python) = std::env::var("CLIENTELE_PYTHON") else {
        return "skipped (set CLIENTELE_PYTHON)".into();
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/predict_lifetimes.py");
    let out = Command::new(python)
        .arg(script)
        .arg(csv)
        .output()
        .unwrap_or_else(|e| panic!("python: {e}"));
    if !out.status.success() {
        return format!("failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    format!("{} s", String::from_utf8_lossy(&out.stdout).trim())
}

fn main() {
    let sizes: Vec<usize> = std::env::var("CLIENTELE_BENCH_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![23_000, 100_000]);
    let exe = env!("CARGO_BIN_EXE_clientele");
    println!("Clientele predictions benchmark");
    for customers in sizes {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = dir.path().join("demo.sqlite");
        let csv = dir.path().join("predictions.csv");
        let n = customers.to_string();
        let demo = [
            "demo",
            "--customers",
            &n,
            "--years",
            "3",
            "--end",
            "2025-06-30",
        ];
        // Made by the older binary when there is one: the newer one upgrades its copy.
        let maker = std::env::var("CLIENTELE_BENCH_BEFORE").unwrap_or_else(|_| exe.to_string());
        let t = run(Command::new(maker).arg("--db").arg(&db).args(demo), "demo");
        println!(
            "demo shop of {customers} customers made in {:.1} s",
            t.as_secs_f64()
        );
        let before = std::env::var("CLIENTELE_BENCH_BEFORE").ok();
        let binaries: Vec<(&str, &str)> = match &before {
            Some(old) => vec![("before", old.as_str()), ("this build", exe)],
            None => vec![("this build", exe)],
        };
        // Each binary on its own copy (a newer one upgrades the file, an older one then
        // refuses it), opened once before the timings (an upgrade is not timed).
        let copies: Vec<std::path::PathBuf> = (0..binaries.len())
            .map(|i| {
                let copy = dir.path().join(format!("shop{i}.sqlite"));
                std::fs::copy(&db, &copy).unwrap_or_else(|e| panic!("{e}"));
                copy
            })
            .collect();
        for ((_, bin), copy) in binaries.iter().zip(&copies) {
            run(
                Command::new(bin).arg("--db").arg(copy).arg("stats"),
                "stats",
            );
        }
        // [model][made, kept] per binary.
        let mut times: Vec<[[Vec<Duration>; 2]; 2]> =
            binaries.iter().map(|_| Default::default()).collect();
        for _ in 0..RUNS {
            for (((_, bin), copy), t) in binaries.iter().zip(&copies).zip(times.iter_mut()) {
                for (model, runs) in ["bgnbd", "auto"].into_iter().zip(t.iter_mut()) {
                    for (kept, runs) in runs.iter_mut().enumerate() {
                        if kept == 0 {
                            forget_kept(copy);
                        }
                        runs.push(run(
                            Command::new(bin)
                                .arg("--db")
                                .arg(copy)
                                .args(["predict", "--model", model, "--out"])
                                .arg(&csv),
                            "predict",
                        ));
                    }
                }
            }
        }
        let rows = std::fs::read_to_string(&csv)
            .map(|s| s.lines().count().saturating_sub(1))
            .unwrap_or(0);
        for ((name, _), [bgnbd, auto]) in binaries.iter().zip(times) {
            let [bgnbd_made, bgnbd_kept] = bgnbd;
            let [auto_made, auto_kept] = auto;
            println!(
                "{customers} demo customers ({rows} predicted), {name}, whole process, medians of {RUNS}: \
                 clientele predict --model bgnbd {:.3} s after a change, {:.3} s kept; \
                 --model auto {:.3} s after a change, {:.3} s kept",
                median(bgnbd_made),
                median(bgnbd_kept),
                median(auto_made),
                median(auto_kept)
            );
        }
        println!(
            "  lifetimes 0.11.3 BG/NBD fit alone on the same customers: {}",
            lifetimes(&csv)
        );
    }
}
