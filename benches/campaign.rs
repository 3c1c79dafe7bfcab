//! Campaigns benchmark (issue 24): `clientele campaign create` and `clientele campaign
//! results` as whole processes on the 100 000-customer demo shop (target: each <= 1 s).
//!
//! `cargo bench --bench campaign` (release build). Steps:
//! 1. `clientele demo --customers 100000 --years 3 --end 2025-06-30` into a fresh database;
//! 2. for each target (an RFM segment, read from the stored per-customer figures; a
//!    lifecycle stage, which needs every customer's orders), 3 campaigns created under
//!    different names with a 30-day window from 2025-06-01, then `campaign results --json`
//!    3 times each; medians.
//!
//! CLIENTELE_BENCH_CUSTOMERS changes the size.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 3;

/// The shop's database and the binary that runs on it.
struct Shop {
    db: PathBuf,
}

impl Shop {
    /// Runs `clientele --db DB ARGS...` to the end; its wall time and what it printed.
    fn time(&self, args: &[&str]) -> (Duration, String) {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_clientele"));
        cmd.arg("--db").arg(&self.db).args(args);
        let began = Instant::now();
        let done = cmd
            .output()
            .unwrap_or_else(|e| panic!("clientele {args:?}: {e}"));
        let wall = began.elapsed();
        if !done.status.success() {
            panic!(
                "clientele {args:?} failed: {}",
                String::from_utf8_lossy(&done.stderr)
            );
        }
        (wall, String::from_utf8_lossy(&done.stdout).into_owned())
    }
}

/// The times, and their median, in seconds.
fn summary(mut times: Vec<Duration>) -> String {
    let each: Vec<String> = times
        .iter()
        .map(|d| format!("{:.3}", d.as_secs_f64()))
        .collect();
    times.sort();
    let middle = times.get(times.len() / 2).copied().unwrap_or_default();
    format!(
        "{} s, median {:.3} s",
        each.join(" / "),
        middle.as_secs_f64()
    )
}

fn main() {
    let customers = std::env::var("CLIENTELE_BENCH_CUSTOMERS").unwrap_or_else(|_| "100000".into());
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let shop = Shop {
        db: dir.path().join("demo.sqlite"),
    };
    println!("Clientele campaigns benchmark");
    let demo = [
        "demo",
        "--customers",
        &customers,
        "--years",
        "3",
        "--end",
        "2025-06-30",
    ];
    let (wall, _) = shop.time(&demo);
    println!(
        "demo shop of {customers} customers made in {:.1} s",
        wall.as_secs_f64()
    );
    for target in ["segment:Hibernating", "stage:Active"] {
        let names: Vec<String> = (0..RUNS).map(|i| format!("{target} {i}")).collect();
        let mut said = String::new();
        let mut made = Vec::new();
        for name in &names {
            let (wall, out) = shop.time(&[
                "campaign",
                "create",
                name,
                "--target",
                target,
                "--channel",
                "email",
                "--start",
                "2025-06-01",
                "--seed",
                "1",
            ]);
            made.push(wall);
            said = out;
        }
        let measured: Vec<Duration> = names
            .iter()
            .map(|name| shop.time(&["campaign", "results", name, "--json"]).0)
            .collect();
        print!("{target}: {said}");
        println!("  create:  {}", summary(made));
        println!("  results: {}", summary(measured));
    }
}
