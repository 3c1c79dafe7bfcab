//! Baskets benchmark (issue 22): the pure analytics (orders to baskets, FP-growth, rules,
//! suggestions) in release mode, side by side with mlxtend's fpgrowth + association_rules on
//! the same baskets.
//!
//! `cargo bench --bench baskets`. Two data sets:
//! 1. Weka's supermarket baskets (tests/data: 4 627 baskets, 18.5 departments each on
//!    average), support 0.10, confidence 0.8;
//! 2. a synthetic shop of 780 000 orders (100 000 customers, 5 000 products, about 2 million
//!    lines: product popularity by Zipf's law, some products with a companion bought with
//!    them), support 0.01, confidence 0.5, with three suggestions per customer.
//!
//! Each is timed 3 times and the median printed. mlxtend is optional: set CLIENTELE_PYTHON
//! to an interpreter that has it (e.g. `python3 -m venv /tmp/venv-mx &&
//! /tmp/venv-mx/bin/pip install mlxtend pandas scipy`); the baskets are written to a
//! temporary folder and `benches/baskets_mlxtend.py` times mlxtend on them.

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use clientele::analytics::baskets::{
    BasketLine, MiningOptions, Ratio, Transactions, TransactionsBuilder, association_rules,
    frequent_itemsets, suggest,
};

const RUNS: usize = 3;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn secs(d: Duration) -> String {
    format!("{:.3} s", d.as_secs_f64())
}

/// SplitMix64: a small generator, so that the shop is the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The synthetic shop's sale lines: (customer, day, order key, product).
fn synthetic_lines(
    orders: usize,
    customers: u64,
    products: usize,
) -> Vec<(i64, NaiveDate, u64, u32)> {
    let mut rng = Rng(22);
    let mut cumulative = Vec::with_capacity(products);
    let mut total = 0.0;
    for rank in 0..products {
        total += 1.0 / (rank + 1) as f64;
        cumulative.push(total);
    }
    let start = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap_or_default();
    let mut lines = Vec::with_capacity(orders * 3);
    for order in 0..orders {
        let customer = (rng.next() % customers) as i64 + 1;
        let day = start + chrono::Days::new(rng.next() % 1095);
        // 1 to 5 products, 2.6 on average with the companions.
        let picks = 1 + (rng.next() % 4) as usize;
        for _ in 0..picks {
            let x = rng.unit() * total;
            let product = cumulative.partition_point(|&c| c < x).min(products - 1) as u32;
            lines.push((customer, day, order as u64 + 1, product));
            // Every tenth product has a companion bought with it 60% of the time.
            if product.is_multiple_of(10) && rng.unit() < 0.6 {
                lines.push((customer, day, order as u64 + 1, product + 1));
            }
        }
    }
    lines
}

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn write_baskets(path: &Path, t: &Transactions) -> Res<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for basket in t.baskets() {
        let ids: Vec<String> = basket.iter().map(|i| i.to_string()).collect();
        writeln!(out, "{}", ids.join(" "))?;
    }
    out.flush()?;
    Ok(())
}

fn mlxtend(python: &str, baskets: &Path, support: &str, confidence: &str) -> Res<()> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/baskets_mlxtend.py");
    let start = Instant::now();
    let out = Command::new(python)
        .arg(&script)
        .arg(baskets)
        .args([support, confidence])
        .output()?;
    let whole = start.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    print!("  mlxtend: {}", String::from_utf8_lossy(&out.stdout));
    println!(
        "  mlxtend whole process (python start, imports, reading, one-hot, mining): {}",
        secs(whole)
    );
    Ok(())
}

fn main() -> Res<()> {
    let python = std::env::var("CLIENTELE_PYTHON").ok();
    let dir = std::env::temp_dir().join(format!("clientele-baskets-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;

    // 1. Weka's supermarket baskets.
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let names: Vec<String> = std::fs::read_to_string(data.join("supermarket_departments.txt"))?
        .lines()
        .map(str::to_string)
        .collect();
    let text = std::fs::read_to_string(data.join("supermarket_baskets.txt"))?;
    let numbers: Vec<Vec<usize>> = text
        .lines()
        .map(|line| line.split_whitespace().map(str::parse).collect())
        .collect::<Result<_, _>>()?;
    let mut times = Vec::new();
    let mut last = (0, 0, 0);
    for _ in 0..RUNS {
        let start = Instant::now();
        let t = Transactions::from_baskets(
            numbers
                .iter()
                .map(|b| b.iter().map(|&j| names[j].as_str()).collect::<Vec<_>>()),
        );
        let built = start.elapsed();
        let f = frequent_itemsets(&t, &MiningOptions::new(Ratio::parse("0.10")?), &mut |_| {
            true
        })?;
        let mined = start.elapsed();
        let rules = association_rules(&f, Ratio::parse("0.8")?);
        let all = start.elapsed();
        times.push((built, mined - built, all - mined, all));
        last = (t.len(), f.len(), rules.len());
    }
    let pick = |k: usize| median(times.iter().map(|t| [t.0, t.1, t.2, t.3][k]).collect());
    println!(
        "Supermarket: {} baskets, {} itemsets, {} rules (support 0.10, confidence 0.8)",
        last.0, last.1, last.2
    );
    println!(
        "  clientele: baskets {}, fpgrowth {}, rules {}, all {} (median of {RUNS})",
        secs(pick(0)),
        secs(pick(1)),
        secs(pick(2)),
        secs(pick(3))
    );
    if let Some(py) = &python {
        // mlxtend reads the same file the tests use.
        mlxtend(py, &data.join("supermarket_baskets.txt"), "0.10", "0.8")?;
    }

    // 2. The synthetic shop.
    let start = Instant::now();
    let lines = synthetic_lines(780_000, 100_000, 5_000);
    let product_names: Vec<String> = (0..5_000).map(|p| format!("Product {p:04}")).collect();
    println!(
        "Synthetic shop: {} lines generated in {}",
        lines.len(),
        secs(start.elapsed())
    );
    for (support, confidence) in [("0.01", "0.5"), ("0.001", "0.5")] {
        synthetic_run(
            &lines,
            &product_names,
            support,
            confidence,
            python.as_deref(),
            &dir,
        )?;
    }
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

/// The synthetic shop at one setting: baskets from the lines (as the store would stream
/// them), itemsets, rules and three suggestions per customer, 3 times; then mlxtend.
fn synthetic_run(
    lines: &[(i64, NaiveDate, u64, u32)],
    product_names: &[String],
    support: &str,
    confidence: &str,
    python: Option<&str>,
    dir: &Path,
) -> Res<()> {
    let mut times = Vec::new();
    let mut last = (0, 0, 0, 0, 0);
    let mut kept = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        let mut b = TransactionsBuilder::with_capacity(lines.len());
        for &(customer, day, key, product) in lines {
            b.push(BasketLine {
                customer_id: Some(customer),
                sold_on: day,
                order_key: key,
                item: &product_names[product as usize],
            });
        }
        let t = b.finish();
        let built = start.elapsed();
        let options = MiningOptions::new(Ratio::parse(support)?);
        let f = frequent_itemsets(&t, &options, &mut |_| true)?;
        let mined = start.elapsed();
        let rules = association_rules(&f, Ratio::parse(confidence)?);
        let ruled = start.elapsed();
        let s = suggest(&t, &rules, 3);
        let all = start.elapsed();
        times.push((built, mined - built, ruled - mined, all - ruled, all));
        last = (
            t.len(),
            t.item_count(),
            f.len(),
            rules.len(),
            s.as_slice().len(),
        );
        kept = Some(t);
    }
    let pick = |k: usize| median(times.iter().map(|t| [t.0, t.1, t.2, t.3, t.4][k]).collect());
    println!(
        "  support {support}, confidence {confidence}: {} orders, {} products, {} itemsets, {} rules, {} customers with a suggestion",
        last.0, last.1, last.2, last.3, last.4
    );
    println!(
        "  clientele: baskets from lines {}, fpgrowth {}, rules {}, suggestions {}, all {} (median of {RUNS})",
        secs(pick(0)),
        secs(pick(1)),
        secs(pick(2)),
        secs(pick(3)),
        secs(pick(4))
    );
    if let (Some(py), Some(t)) = (python, &kept) {
        let path = dir.join("synthetic_baskets.txt");
        write_baskets(&path, t)?;
        mlxtend(py, &path, support, confidence)?;
    }
    Ok(())
}
