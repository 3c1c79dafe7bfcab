//! What locking the file costs (issue 25): the same import and report, plain and locked
//! with a passphrase (SQLCipher), each as the real binary, whole process.
//!
//! `cargo bench --bench lock` (release build). Steps:
//! 1. a sales CSV of 100 000 lines (order, customer, date, product, category, amount,
//!    channel; same seed, same file) is written in a temporary folder;
//! 2. five rounds, each: `clientele import sales FILE` into a fresh plain database, then
//!    the same into a fresh database locked with a passphrase (`CLIENTELE_PASSPHRASE`;
//!    a new file made with a passphrase is locked from the start), then `clientele report
//!    --out FILE.pdf` on each; the medians of each, their ratios, and each round's own
//!    ratio (the runs of a round are seconds apart, so the machine's drift cancels out);
//! 3. `clientele lock` of a copy of the plain database, once.
//!
//! CLIENTELE_BENCH_LINES changes the size.

use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const ROUNDS: usize = 5;
const PASS: &str = "benchmark passphrase";
const TIME: &str = "/usr/bin/time";

/// One run: its wall time and, when `/usr/bin/time` is there, its CPU time (user + system:
/// on a machine shared with other builds, the wall time says more about them than about us).
#[derive(Clone, Copy)]
struct Run {
    wall: Duration,
    cpu: Option<Duration>,
}

/// Runs `clientele` on `db` (with the passphrase when `locked`) and times the process.
fn clientele(db: &Path, locked: bool, args: &[&str]) -> Run {
    let exe = env!("CARGO_BIN_EXE_clientele");
    let timed = Path::new(TIME).exists();
    let mut cmd = if timed {
        let mut c = Command::new(TIME);
        c.args(["-f", "CPU %U %S", exe]);
        c
    } else {
        Command::new(exe)
    };
    cmd.arg("--db").arg(db).args(args).env("LANG", "C.UTF-8");
    if locked {
        cmd.env("CLIENTELE_PASSPHRASE", PASS);
    } else {
        cmd.env_remove("CLIENTELE_PASSPHRASE");
    }
    let start = Instant::now();
    let out = cmd.output().unwrap_or_else(|e| panic!("{args:?}: {e}"));
    let wall = start.elapsed();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{args:?} failed: {said}");
    let cpu = said.lines().rev().find_map(|l| {
        let mut parts = l.strip_prefix("CPU ")?.split(' ');
        let user: f64 = parts.next()?.parse().ok()?;
        let system: f64 = parts.next()?.parse().ok()?;
        Some(Duration::from_secs_f64(user + system))
    });
    Run { wall, cpu }
}

/// A till's sales export: `lines` lines over 20 000 customers and three years.
fn write_csv(path: &Path, lines: u64) {
    let file = std::fs::File::create(path).unwrap_or_else(|e| panic!("{e}"));
    let mut w = BufWriter::new(file);
    let mut rng = ChaCha8Rng::seed_from_u64(25);
    let channels = ["shop", "web", "phone"];
    let categories = ["Tea", "Coffee", "Cups", "Sweets", "Books"];
    let first = chrono::NaiveDate::from_ymd_opt(2022, 7, 1).unwrap_or_default();
    let result = (|| -> std::io::Result<()> {
        writeln!(
            w,
            "order_id,customer_id,date,product,category,amount,channel"
        )?;
        for i in 0..lines {
            let day = first + chrono::Days::new(rng.random_range(0..1095));
            let category = categories[rng.random_range(0..categories.len())];
            writeln!(
                w,
                "O{:07},C{:05},{day},{category} {},{category},{}.{:02},{}",
                i / 2,
                rng.random_range(0..20_000),
                rng.random_range(1..40),
                rng.random_range(2..200),
                rng.random_range(0..100),
                channels[rng.random_range(0..channels.len())],
            )?;
        }
        w.flush()
    })();
    result.unwrap_or_else(|e| panic!("{e}"));
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The runs' medians and each round's ratio locked / plain, of one measure.
fn line(what: &str, plain: &[Duration], locked: &[Duration]) {
    let list = |v: &[Duration]| {
        let each: Vec<String> = v
            .iter()
            .map(|d| format!("{:.2}", d.as_secs_f64()))
            .collect();
        each.join(", ")
    };
    let (p, l) = (median(plain.to_vec()), median(locked.to_vec()));
    let mut rounds: Vec<f64> = plain
        .iter()
        .zip(locked)
        .map(|(p, l)| l.as_secs_f64() / p.as_secs_f64())
        .collect();
    let in_order: Vec<String> = rounds.iter().map(|r| format!("{r:.2}")).collect();
    rounds.sort_by(f64::total_cmp);
    println!(
        "{what}: plain median {:.2} s ({}), locked median {:.2} s ({}); \
         ratio of medians {:.2}, round by round median {:.2} ({})",
        p.as_secs_f64(),
        list(plain),
        l.as_secs_f64(),
        list(locked),
        l.as_secs_f64() / p.as_secs_f64(),
        rounds[rounds.len() / 2],
        in_order.join(", ")
    );
}

/// The sale lines asked for: `CLIENTELE_BENCH_LINES`, else 100 000.
fn lines_wanted() -> u64 {
    match std::env::var("CLIENTELE_BENCH_LINES") {
        Ok(v) => v.parse().unwrap_or(100_000),
        Err(_) => 100_000,
    }
}

fn main() {
    let lines = lines_wanted();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let csv = dir.path().join("sales.csv");
    write_csv(&csv, lines);
    let csv_arg = csv.to_str().unwrap_or_default();
    println!("Clientele lock benchmark: {lines} sale lines, {ROUNDS} rounds");
    let mut import = [Vec::new(), Vec::new()];
    let mut report = [Vec::new(), Vec::new()];
    let mut sizes = [0u64; 2];
    for round in 0..ROUNDS {
        for (k, locked) in [false, true].into_iter().enumerate() {
            let db = dir.path().join(format!("shop-{round}-{k}.sqlite"));
            import[k].push(clientele(&db, locked, &["import", "sales", csv_arg]));
            let pdf = dir.path().join(format!("report-{round}-{k}.pdf"));
            let pdf_arg = pdf.to_str().unwrap_or_default();
            report[k].push(clientele(&db, locked, &["report", "--out", pdf_arg]));
            sizes[k] = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
            if round + 1 < ROUNDS {
                let _ = std::fs::remove_dir_all(dir.path().join("backups"));
                let _ = std::fs::remove_file(&db);
            }
        }
    }
    for (what, runs) in [("import sales", &import), ("report", &report)] {
        let walls = |k: usize| runs[k].iter().map(|r: &Run| r.wall).collect::<Vec<_>>();
        line(&format!("{what}, wall"), &walls(0), &walls(1));
        let cpus = |k: usize| {
            runs[k]
                .iter()
                .filter_map(|r: &Run| r.cpu)
                .collect::<Vec<_>>()
        };
        if cpus(0).len() == ROUNDS && cpus(1).len() == ROUNDS {
            line(&format!("{what}, CPU user+system"), &cpus(0), &cpus(1));
        }
    }
    println!(
        "database size: plain {:.1} MB, locked {:.1} MB",
        sizes[0] as f64 / 1e6,
        sizes[1] as f64 / 1e6
    );
    let plain_db = dir.path().join(format!("shop-{}-0.sqlite", ROUNDS - 1));
    let _ = std::fs::remove_dir_all(dir.path().join("backups"));
    let t = clientele(&plain_db, true, &["lock"]);
    println!(
        "clientele lock of the plain database (backup first, then the export): {:.2} s wall, \
         {} CPU",
        t.wall.as_secs_f64(),
        t.cpu
            .map(|c| format!("{:.2} s", c.as_secs_f64()))
            .unwrap_or_else(|| "(no /usr/bin/time)".into())
    );
}
