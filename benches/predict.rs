//! Predictions benchmark (issue 21): the whole `clientele predict` process on demo shops of
//! 23 000 and 100 000 customers, side by side with lifetimes' BG/NBD fit alone on the same
//! customers.
//!
//! `cargo bench --bench predict` (release build). For each size:
//! 1. `clientele demo --customers N --years 3 --end 2025-06-30` into a fresh database;
//! 2. `clientele predict --model bgnbd --out FILE` and `clientele predict --out FILE`
//!    (`--model auto`, the default), 3 rounds, alternating; medians. Each round runs each
//!    command three times:
//!    - the shop's first predictions: the kept predictions and the fits' starts emptied
//!      (`DELETE FROM figures_kept; DELETE FROM fit_starts`): the sales are read and the
//!      models fitted from their default starts;
//!    - after a month's change: the predictions made as of 30 days before the last sale
//!      (untimed: what the shop had a month ago), then the kept predictions emptied, as
//!      any change to the shop's data does: the sales are read and the fits start from
//!      those a month old;
//!    - kept: the same command again (the predictions kept by the run before are read);
//! 3. `python benches/predict_lifetimes.py FILE`: lifetimes 0.11.3's `BetaGeoFitter().fit`
//!    on the same (frequency, recency, T), timed inside Python (the fit alone).
//!
//! Python with lifetimes is optional: set CLIENTELE_PYTHON to an interpreter that has it;
//! without it the lifetimes line says "skipped". CLIENTELE_BENCH_SIZES changes the sizes
//! (comma-separated). CLIENTELE_BENCH_BEFORE names an older `clientele` binary to time
//! alternately with this one on the same shops (before and after in one run).
//! CLIENTELE_BENCH_SHOPS names databases to time as well (comma-separated), such as the
//! shop the size of the full CDNOW data set that `benches/cdnow_size_shop.py` makes.

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

/// Empties the kept figures of `db`, as any change to the shop's data does, and with
/// `starts` the fits' starts too, as in a shop that never had predictions (a database of a
/// build without them has nothing to empty).
fn forget_kept(db: &Path, starts: bool) {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    let _ = conn.execute("DELETE FROM figures_kept", []);
    if starts {
        let _ = conn.execute("DELETE FROM fit_starts", []);
    }
}

/// The day 30 days before the last sale of `db`.
fn a_month_before_the_last_sale(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    let last: String = conn
        .query_row("SELECT substr(MAX(sold_at), 1, 10) FROM sale", [], |r| {
            r.get(0)
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let last = chrono::NaiveDate::parse_from_str(&last, "%Y-%m-%d")
        .unwrap_or_else(|e| panic!("{last}: {e}"));
    (last - chrono::Days::new(30)).to_string()
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
        time_shop(&format!("{customers} demo customers"), &db, dir.path());
    }
    let shops = std::env::var("CLIENTELE_BENCH_SHOPS").unwrap_or_default();
    for shop in shops.split(',').filter(|s| !s.trim().is_empty()) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = dir.path().join("shop.sqlite");
        std::fs::copy(shop.trim(), &db).unwrap_or_else(|e| panic!("{shop}: {e}"));
        time_shop(shop.trim(), &db, dir.path());
    }
}

/// Times both models on copies of the shop `db` in `dir` (see the module's comment).
fn time_shop(name: &str, db: &Path, dir: &Path) {
    let exe = env!("CARGO_BIN_EXE_clientele");
    let csv = dir.join("predictions.csv");
    let before = std::env::var("CLIENTELE_BENCH_BEFORE").ok();
    let binaries: Vec<(&str, &str)> = match &before {
        Some(old) => vec![("before", old.as_str()), ("this build", exe)],
        None => vec![("this build", exe)],
    };
    // Each binary on its own copy (a newer one upgrades the file, an older one then
    // refuses it), opened once before the timings (an upgrade is not timed).
    let copies: Vec<std::path::PathBuf> = (0..binaries.len())
        .map(|i| {
            let copy = dir.join(format!("copy{i}.sqlite"));
            std::fs::copy(db, &copy).unwrap_or_else(|e| panic!("{e}"));
            copy
        })
        .collect();
    for ((_, bin), copy) in binaries.iter().zip(&copies) {
        run(
            Command::new(bin).arg("--db").arg(copy).arg("stats"),
            "stats",
        );
    }
    let month_ago = a_month_before_the_last_sale(db);
    let predict = |bin: &str, copy: &Path, model: &str, as_of: Option<&str>| {
        let mut cmd = Command::new(bin);
        cmd.arg("--db")
            .arg(copy)
            .args(["predict", "--model", model, "--out"])
            .arg(&csv);
        if let Some(day) = as_of {
            cmd.args(["--as-of", day]);
        }
        cmd
    };
    // [model][first, after a month's change, kept] per binary.
    let mut times: Vec<[[Vec<Duration>; 3]; 2]> =
        binaries.iter().map(|_| Default::default()).collect();
    for _ in 0..RUNS {
        for (((_, bin), copy), t) in binaries.iter().zip(&copies).zip(times.iter_mut()) {
            for (model, [first, changed, kept]) in ["bgnbd", "auto"].into_iter().zip(t.iter_mut()) {
                forget_kept(copy, true);
                first.push(run(&mut predict(bin, copy, model, None), "predict"));
                // What the shop had a month ago, then a change.
                forget_kept(copy, true);
                run(&mut predict(bin, copy, model, Some(&month_ago)), "predict");
                forget_kept(copy, false);
                changed.push(run(&mut predict(bin, copy, model, None), "predict"));
                kept.push(run(&mut predict(bin, copy, model, None), "predict"));
            }
        }
    }
    let rows = std::fs::read_to_string(&csv)
        .map(|s| s.lines().count().saturating_sub(1))
        .unwrap_or(0);
    for ((binary, _), [bgnbd, auto]) in binaries.iter().zip(times) {
        let [bgnbd_first, bgnbd_changed, bgnbd_kept] = bgnbd;
        let [auto_first, auto_changed, auto_kept] = auto;
        println!(
            "{name} ({rows} predicted), {binary}, whole process, medians of {RUNS}: \
             clientele predict --model bgnbd {:.3} s first, {:.3} s after a month's change, \
             {:.3} s kept; --model auto {:.3} s first, {:.3} s after a month's change, \
             {:.3} s kept",
            median(bgnbd_first),
            median(bgnbd_changed),
            median(bgnbd_kept),
            median(auto_first),
            median(auto_changed),
            median(auto_kept)
        );
    }
    println!(
        "  lifetimes 0.11.3 BG/NBD fit alone on the same customers: {}",
        lifetimes(&csv)
    );
}
