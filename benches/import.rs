//! Import benchmark (issue 3): prints the figures recorded in docs/benchmarks.md.
//!
//! `cargo bench --bench import` (release build). Every figure is the wall time of a whole
//! process, as a user gets it:
//! 1. a sales CSV of 1 000 000 lines (order, customer, date, product, category, quantity,
//!    unit price, amount, channel) is generated in a temporary folder (same seed, same file);
//! 2. `sqlite3 x.db ".import --csv FILE t"` (untyped table, fresh database) and
//!    `clientele --db fresh.sqlite import sales FILE` (the real binary: typed, validated,
//!    linked to customers, indexed), 7 runs each, alternating, median (the VM this was measured
//!    on varies by a quarter from one minute to the next); the ratio of the medians, and the
//!    median of each round's own ratio (the two runs of a round are seconds apart, so the
//!    machine's drift over the minutes of the benchmark cancels out of it); the peak
//!    memory (max RSS) of the clientele runs, read with `/usr/bin/time -f %M`;
//! 3. a 100 000-row XLSX of sales (real dates and numbers in typed cells) is generated with
//!    rust_xlsxwriter and imported by the real binary, 7 runs, median;
//! 4. with `CLIENTELE_BENCH_2GB=1` only: a CSV of at least 2 GB is generated at run time
//!    (and deleted afterwards) and imported once; time and peak memory are printed. It needs
//!    about 2 GB for the file plus about 4 GB for the database in the temporary folder
//!    (`TMPDIR`).
//!
//! 5. the second import of the month (issue 28): a shop of 100 000 customers (a contacts
//!    file with references C000001 to C100000, imported once) gets the 1 000 000-line
//!    sales CSV twice over, each time into a fresh copy of that shop: once with the
//!    customers' references as they are (every line names a known customer), once with
//!    them renamed N000001... (every customer is new to the shop). 5 runs each,
//!    alternating; the medians, their ratio and each round's own ratio.
//!
//! `CLIENTELE_BENCH_ONLY=known` runs only step 5.
//!
//! `sqlite3` and `/usr/bin/time` are optional: the lines that need them say "skipped".
//! Set CLIENTELE_BENCH_LINES to use another CSV size; CLIENTELE_BENCH_WRITE_CSV=FILE only
//! writes the CSV to FILE (to profile an import by hand).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const SQLITE3: &str = "/usr/bin/sqlite3";
const TIME: &str = "/usr/bin/time";
const RUNS: usize = 7;

fn main() {
    let lines: u64 = std::env::var("CLIENTELE_BENCH_LINES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let exe = env!("CARGO_BIN_EXE_clientele");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    println!("Clientele import benchmark");

    // 1. the CSV
    if let Some(path) = std::env::var_os("CLIENTELE_BENCH_WRITE_CSV") {
        // Only write the file (for profiling an import by hand).
        let size = write_sales_csv(Path::new(&path), Limit::Lines(lines));
        println!("wrote {size} bytes to {}", Path::new(&path).display());
        return;
    }
    if std::env::var("CLIENTELE_BENCH_ONLY").is_ok_and(|v| v == "known") {
        known_customers(exe, dir.path(), lines, Path::new(TIME).exists());
        return;
    }
    let csv = dir.path().join("sales.csv");
    let start = Instant::now();
    let size = write_sales_csv(&csv, Limit::Lines(lines));
    println!(
        "sales CSV: {lines} lines, {:.1} MB, written in {:.1} s",
        size as f64 / 1e6,
        start.elapsed().as_secs_f64()
    );

    // 2. sqlite3 .import and clientele import, side by side
    let has_sqlite = Path::new(SQLITE3).exists();
    let has_time = Path::new(TIME).exists();
    if !has_sqlite {
        println!("sqlite3 .import: skipped ({SQLITE3} not found)");
    }
    if !has_time {
        println!("peak memory: skipped ({TIME} not found)");
    }
    let mut sqlite_runs = Vec::new();
    let mut clientele_runs = Vec::new();
    let mut peak_kb = Vec::new();
    for run in 0..RUNS {
        if has_sqlite {
            let db = dir.path().join(format!("sqlite-{run}.db"));
            let start = Instant::now();
            let out = Command::new(SQLITE3)
                .arg(&db)
                .arg(format!(".import --csv {} t", csv.display()))
                .output()
                .unwrap_or_else(|e| panic!("{e}"));
            sqlite_runs.push(start.elapsed());
            check(&out, "sqlite3 .import");
            let _ = std::fs::remove_file(&db);
        }
        let db = dir.path().join(format!("clientele-{run}.sqlite"));
        let (elapsed, out, kb) = clientele_import(exe, &db, &csv, has_time);
        check(&out, "clientele import");
        if run == 0 {
            println!("clientele says: {}", first_line(&out));
            let db_size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
            println!("clientele database: {:.1} MB", db_size as f64 / 1e6);
        }
        clientele_runs.push(elapsed);
        peak_kb.extend(kb);
        remove_db(&db);
    }
    // Each round's ratio, before the runs are sorted for their medians.
    let mut round_ratios: Vec<f64> = sqlite_runs
        .iter()
        .zip(&clientele_runs)
        .map(|(s, c)| c.as_secs_f64() / s.as_secs_f64())
        .collect();
    let clientele_median = median(&mut clientele_runs);
    if has_sqlite {
        let sqlite_median = median(&mut sqlite_runs);
        println!("sqlite3 .import --csv (process):   {}", runs(&sqlite_runs));
        println!(
            "clientele import sales (process):  {}",
            runs(&clientele_runs)
        );
        println!(
            "ratio clientele / sqlite3 (medians): {:.2}",
            clientele_median.as_secs_f64() / sqlite_median.as_secs_f64()
        );
        let listed: Vec<String> = round_ratios.iter().map(|r| format!("{r:.2}")).collect();
        round_ratios.sort_by(f64::total_cmp);
        println!(
            "ratio clientele / sqlite3 round by round: median {:.2} (rounds in order: {})",
            round_ratios[round_ratios.len() / 2],
            listed.join(", ")
        );
    } else {
        println!(
            "clientele import sales (process):  {}",
            runs(&clientele_runs)
        );
    }
    if let Some(max) = peak_kb.iter().max() {
        println!(
            "clientele import peak memory (max RSS): {:.0} MB (largest of {} runs)",
            *max as f64 / 1024.0,
            peak_kb.len()
        );
    }
    let _ = std::fs::remove_file(&csv);

    // 3. XLSX
    let xlsx = dir.path().join("sales.xlsx");
    let start = Instant::now();
    write_sales_xlsx(&xlsx, 100_000);
    let xlsx_size = std::fs::metadata(&xlsx).map(|m| m.len()).unwrap_or(0);
    println!(
        "sales XLSX: 100000 rows, {:.1} MB, written in {:.1} s",
        xlsx_size as f64 / 1e6,
        start.elapsed().as_secs_f64()
    );
    let mut xlsx_runs = Vec::new();
    let mut xlsx_kb = Vec::new();
    for run in 0..RUNS {
        let db = dir.path().join(format!("xlsx-{run}.sqlite"));
        let (elapsed, out, kb) = clientele_import(exe, &db, &xlsx, has_time);
        check(&out, "clientele import (xlsx)");
        if run == 0 {
            println!("clientele says: {}", first_line(&out));
        }
        xlsx_runs.push(elapsed);
        xlsx_kb.extend(kb);
        remove_db(&db);
    }
    println!(
        "clientele import of the XLSX (process): {}",
        runs(&xlsx_runs)
    );
    if let Some(max) = xlsx_kb.iter().max() {
        println!(
            "XLSX import peak memory (max RSS): {:.0} MB",
            *max as f64 / 1024.0
        );
    }

    // 4. 2 GB
    if std::env::var("CLIENTELE_BENCH_2GB").is_ok_and(|v| v == "1") {
        two_gigabytes(exe, dir.path(), has_time);
    } else {
        println!("2 GB streaming import: skipped (set CLIENTELE_BENCH_2GB=1 to run it)");
    }

    // 5. known customers
    known_customers(exe, dir.path(), lines, has_time);
}

/// Step 5: the same sales lines naming customers the shop knows, against naming new ones.
fn known_customers(exe: &str, dir: &Path, lines: u64, has_time: bool) {
    const KNOWN_RUNS: usize = 5;
    let contacts = dir.join("contacts.csv");
    {
        let mut out = BufWriter::new(File::create(&contacts).unwrap_or_else(|e| panic!("{e}")));
        writeln!(out, "Customer,First name,Last name,Email").unwrap_or_else(|e| panic!("{e}"));
        for n in 1..=100_000u32 {
            writeln!(out, "C{n:06},Client,Numéro {n},client{n}@example.com")
                .unwrap_or_else(|e| panic!("{e}"));
        }
        out.flush().unwrap_or_else(|e| panic!("{e}"));
    }
    let shop = dir.join("shop.sqlite");
    let out = Command::new(exe)
        .arg("--db")
        .arg(&shop)
        .args(["import", "contacts"])
        .arg(&contacts)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    check(&out, "clientele import contacts");
    println!("the shop: {}", first_line(&out));
    let known = dir.join("sales-known.csv");
    let new = dir.join("sales-new.csv");
    write_sales_csv(&known, Limit::Lines(lines));
    let text = std::fs::read_to_string(&known).unwrap_or_else(|e| panic!("{e}"));
    // The same file with every reference renamed: C000042 becomes N000042.
    std::fs::write(&new, text.replace(",C0", ",N0").replace(",C1", ",N1"))
        .unwrap_or_else(|e| panic!("{e}"));
    drop(text);
    let mut known_runs = Vec::new();
    let mut new_runs = Vec::new();
    let mut ratios = Vec::new();
    let mut peaks = Vec::new();
    for run in 0..KNOWN_RUNS {
        let mut round = [Duration::ZERO; 2];
        for (i, file) in [&known, &new].into_iter().enumerate() {
            let db = dir.join(format!("month-{run}-{i}.sqlite"));
            std::fs::copy(&shop, &db).unwrap_or_else(|e| panic!("{e}"));
            let (elapsed, out, kb) = clientele_import(exe, &db, file, has_time);
            check(&out, "clientele import (second month)");
            if run == 0 {
                println!(
                    "clientele says: {}",
                    String::from_utf8_lossy(&out.stdout).trim()
                );
            }
            round[i] = elapsed;
            peaks.extend(kb);
            remove_db(&db);
        }
        known_runs.push(round[0]);
        new_runs.push(round[1]);
        ratios.push(round[0].as_secs_f64() / round[1].as_secs_f64());
    }
    let listed: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
    println!("known customers (process): {}", runs(&known_runs));
    println!("new customers (process):   {}", runs(&new_runs));
    let (k, n) = (median(&mut known_runs), median(&mut new_runs));
    ratios.sort_by(f64::total_cmp);
    println!(
        "ratio known / new (medians): {:.2}; round by round: median {:.2} (rounds in order: {})",
        k.as_secs_f64() / n.as_secs_f64(),
        ratios[ratios.len() / 2],
        listed.join(", ")
    );
    if let Some(max) = peaks.iter().max() {
        println!("peak memory (max RSS): {:.0} MB", *max as f64 / 1024.0);
    }
}

/// Imports a file with the real binary, under `/usr/bin/time` when there is one; returns
/// the wall time, the output and the peak memory in KiB.
fn clientele_import(
    exe: &str,
    db: &Path,
    file: &Path,
    has_time: bool,
) -> (Duration, Output, Option<u64>) {
    let mut cmd = if has_time {
        let mut c = Command::new(TIME);
        c.args(["-f", "maxrss_kb=%M", exe]);
        c
    } else {
        Command::new(exe)
    };
    cmd.arg("--db").arg(db).arg("import").arg("sales").arg(file);
    let start = Instant::now();
    let out = cmd.output().unwrap_or_else(|e| panic!("{e}"));
    let elapsed = start.elapsed();
    let kb = String::from_utf8_lossy(&out.stderr)
        .lines()
        .find_map(|l| l.strip_prefix("maxrss_kb="))
        .and_then(|v| v.trim().parse().ok());
    (elapsed, out, kb)
}

fn two_gigabytes(exe: &str, dir: &Path, has_time: bool) {
    let csv = dir.join("sales-2gb.csv");
    let start = Instant::now();
    let size = write_sales_csv(&csv, Limit::Bytes(2_000_000_000));
    println!(
        "2 GB CSV: {:.2} GB, written in {:.1} s",
        size as f64 / 1e9,
        start.elapsed().as_secs_f64()
    );
    let db = dir.join("big.sqlite");
    let (elapsed, out, kb) = clientele_import(exe, &db, &csv, has_time);
    let _ = std::fs::remove_file(&csv);
    check(&out, "clientele import (2 GB)");
    let db_size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    println!("clientele says: {}", first_line(&out));
    println!(
        "2 GB import (process): {:.1} s, database {:.2} GB, peak memory (max RSS) {}",
        elapsed.as_secs_f64(),
        db_size as f64 / 1e9,
        kb.map_or("skipped".to_string(), |kb| format!(
            "{:.0} MB",
            kb as f64 / 1024.0
        ))
    );
    remove_db(&db);
}

fn check(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn first_line(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

fn remove_db(db: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

fn median(runs: &mut [Duration]) -> Duration {
    runs.sort();
    runs.get(runs.len() / 2).copied().unwrap_or_default()
}

fn runs(runs: &[Duration]) -> String {
    let mut sorted = runs.to_vec();
    let m = median(&mut sorted);
    let all: Vec<String> = runs
        .iter()
        .map(|d| format!("{:.2}", d.as_secs_f64()))
        .collect();
    format!(
        "median {:.2} s (runs: {} s)",
        m.as_secs_f64(),
        all.join(", ")
    )
}

// ---------------------------------------------------------------------------------------
// Generated files
// ---------------------------------------------------------------------------------------

/// The shop's catalogue: product, category, price in cents.
const PRODUCTS: &[(&str, &str, i64)] = &[
    ("Thé vert Sencha 100 g", "Thé", 1250),
    ("Thé noir Earl Grey 100 g", "Thé", 990),
    ("Rooibos à l'orange 100 g", "Thé", 1090),
    ("Matcha cérémonie 30 g", "Thé", 2400),
    ("Théière en fonte 0,8 L", "Accessoires", 4900),
    ("Tasse en grès émaillé", "Accessoires", 1450),
    ("Boule à thé inox", "Accessoires", 690),
    ("Bougie parfumée « Figuier »", "Bougies", 2800),
    ("Bougie parfumée « Ambre »", "Bougies", 2800),
    ("Bougie de voyage", "Bougies", 1200),
    ("Diffuseur Lavande de Provence", "Maison", 3200),
    ("Carte cadeau 50 €", "Cartes cadeaux", 5000),
    ("Coffret découverte", "Coffrets", 3900),
    ("Чай «Иван-чай» 50 г", "Thé", 1150),
    ("龙井茶 50 g", "Thé", 1890),
    ("Miel de lavande 250 g", "Épicerie", 850),
    ("Biscuits sablés au beurre", "Épicerie", 590),
    ("Savon au lait d'ânesse", "Maison", 750),
];

const CHANNELS: &[&str] = &[
    "boutique Lyon",
    "boutique Paris",
    "web",
    "marché",
    "téléphone",
];

enum Limit {
    Lines(u64),
    Bytes(u64),
}

/// One sale line of the generated till export.
struct Line {
    order: String,
    customer: String,
    date: String,
    product: &'static str,
    category: &'static str,
    quantity: i64,
    unit_price: i64,
    channel: &'static str,
}

/// Orders of 1 to 5 lines by about 100 000 customers over three years (2023-12-01 to
/// 2026-11-30), in time order as a till exports them.
struct Sales {
    rng: ChaCha8Rng,
    order_no: u64,
    /// Seconds since 2023-12-01 00:00:00 of the current order.
    clock: i64,
    step: i64,
    left_in_order: u32,
    order: String,
    customer: String,
    date: String,
    channel: &'static str,
}

impl Sales {
    /// `lines` is used to spread the orders over the three years.
    fn new(lines: u64) -> Sales {
        let span = 3 * 365 * 86_400_i64;
        let orders = (lines / 3).max(1) as i64;
        Sales {
            rng: ChaCha8Rng::seed_from_u64(2026),
            order_no: 0,
            clock: 9 * 3600,
            step: (span / orders).max(1),
            left_in_order: 0,
            order: String::new(),
            customer: String::new(),
            date: String::new(),
            channel: CHANNELS[0],
        }
    }

    fn next_line(&mut self) -> Line {
        if self.left_in_order == 0 {
            self.order_no += 1;
            self.left_in_order = self.rng.random_range(1..=5);
            self.clock += self.rng.random_range(0..=2 * self.step);
            let start = chrono::NaiveDate::from_ymd_opt(2023, 12, 1)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .unwrap_or_default();
            // Shops are open 9:00 to 19:00: fold the clock into opening hours.
            let day = self.clock / 86_400;
            let second = 9 * 3600 + (self.clock % 86_400) * 10 / 24;
            let at = start + chrono::Duration::seconds(day * 86_400 + second);
            self.date = at.format("%Y-%m-%d %H:%M:%S").to_string();
            self.order = format!("T{}-{:07}", at.format("%Y"), self.order_no);
            // Some customers come back often: a skewed pick among 100 000.
            let r: f64 = self.rng.random();
            let customer = (r * r * 100_000.0) as u32 + 1;
            self.customer = format!("C{customer:06}");
            self.channel = CHANNELS[self.rng.random_range(0..CHANNELS.len())];
        }
        self.left_in_order -= 1;
        let (product, category, unit_price) = PRODUCTS[self.rng.random_range(0..PRODUCTS.len())];
        let quantity = if self.rng.random_range(0..10) == 0 {
            self.rng.random_range(2..=6)
        } else {
            1
        };
        Line {
            order: self.order.clone(),
            customer: self.customer.clone(),
            date: self.date.clone(),
            product,
            category,
            quantity,
            unit_price,
            channel: self.channel,
        }
    }
}

fn money(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// Writes the CSV; returns its size in bytes.
fn write_sales_csv(path: &Path, limit: Limit) -> u64 {
    let planned = match limit {
        Limit::Lines(n) => n,
        Limit::Bytes(b) => b / 80,
    };
    let mut sales = Sales::new(planned);
    let mut out = BufWriter::with_capacity(
        1 << 20,
        File::create(path).unwrap_or_else(|e| panic!("{e}")),
    );
    let header = "Order,Customer,Date,Product,Category,Quantity,Unit price,Amount,Channel\n";
    let mut written = header.len() as u64;
    let mut count = 0u64;
    out.write_all(header.as_bytes())
        .unwrap_or_else(|e| panic!("{e}"));
    let mut line = String::new();
    loop {
        let done = match limit {
            Limit::Lines(n) => count >= n,
            Limit::Bytes(b) => written >= b,
        };
        if done {
            break;
        }
        let l = sales.next_line();
        line.clear();
        // Product names hold commas and quotes now and then: quote them as a till does.
        let product = if l.product.contains([',', '"']) {
            format!("\"{}\"", l.product.replace('"', "\"\""))
        } else {
            l.product.to_string()
        };
        use std::fmt::Write as _;
        let _ = writeln!(
            line,
            "{},{},{},{},{},{},{},{},{}",
            l.order,
            l.customer,
            l.date,
            product,
            l.category,
            l.quantity,
            money(l.unit_price),
            money(l.unit_price * l.quantity),
            l.channel
        );
        out.write_all(line.as_bytes())
            .unwrap_or_else(|e| panic!("{e}"));
        written += line.len() as u64;
        count += 1;
    }
    out.flush().unwrap_or_else(|e| panic!("{e}"));
    written
}

/// Writes an XLSX of sales with typed cells: a real date-time, numbers for quantity and money.
fn write_sales_xlsx(path: &Path, rows: u32) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let fail = |e: rust_xlsxwriter::XlsxError| -> ! { panic!("{e}") };
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Ventes").unwrap_or_else(|e| fail(e));
    let date_format = Format::new().set_num_format("dd/mm/yyyy hh:mm");
    let money_format = Format::new().set_num_format("#,##0.00 €");
    let headers = [
        "Order",
        "Customer",
        "Date",
        "Product",
        "Category",
        "Quantity",
        "Unit price",
        "Amount",
        "Channel",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet
            .write_string(0, c as u16, *h)
            .unwrap_or_else(|e| fail(e));
    }
    let mut sales = Sales::new(u64::from(rows));
    for r in 1..=rows {
        let l = sales.next_line();
        let at =
            chrono::NaiveDateTime::parse_from_str(&l.date, "%Y-%m-%d %H:%M:%S").unwrap_or_default();
        use chrono::{Datelike, Timelike};
        let when = ExcelDateTime::from_ymd(at.year() as u16, at.month() as u8, at.day() as u8)
            .and_then(|d| d.and_hms(at.hour() as u16, at.minute() as u8, at.second()))
            .unwrap_or_else(|e| fail(e));
        sheet
            .write_string(r, 0, &l.order)
            .and_then(|s| s.write_string(r, 1, &l.customer))
            .and_then(|s| s.write_datetime_with_format(r, 2, &when, &date_format))
            .and_then(|s| s.write_string(r, 3, l.product))
            .and_then(|s| s.write_string(r, 4, l.category))
            .and_then(|s| s.write_number(r, 5, l.quantity as f64))
            .and_then(|s| {
                s.write_number_with_format(r, 6, l.unit_price as f64 / 100.0, &money_format)
            })
            .and_then(|s| {
                s.write_number_with_format(
                    r,
                    7,
                    (l.unit_price * l.quantity) as f64 / 100.0,
                    &money_format,
                )
            })
            .and_then(|s| s.write_string(r, 8, l.channel))
            .unwrap_or_else(|e| fail(e));
    }
    book.save(path).unwrap_or_else(|e| fail(e));
}
