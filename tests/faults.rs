//! Faults: the real command stopped with SIGKILL at random moments of an import, a merge of
//! every group, three kinds of erase and a restore, and a disk that fills up mid-import.
//!
//! After every kill the file is opened again and must be whole (`PRAGMA integrity_check`),
//! hold what it held before the command or what an uninterrupted run leaves (never
//! something in between, audit lines included), and its `backups/` folder must hold only
//! whole copies of the file as it was. `CLIENTELE_FAULT_MOMENTS=100` runs 100 moments
//! spread over the operations (12 by default).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{END, run_ok};

/// What must be either as before or as after an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    contacts: i64,
    customers: i64,
    sale_lines: i64,
    revenue_cents: i64,
    merges: i64,
    erased: i64,
    ledger: i64,
    import_batches: i64,
    consent_rows: i64,
    /// Audit lines per kind of action.
    audit: BTreeMap<String, i64>,
}

fn count(conn: &rusqlite::Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Opens the file as a reader would after the kill (SQLite rolls back a hot journal or
/// ignores an uncommitted WAL tail here), checks it is whole and reads its state.
fn state_of(db: &Path) -> State {
    let conn = rusqlite::Connection::open(db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok", "{}", db.display());
    let mut stmt = conn
        .prepare("SELECT action, COUNT(*) FROM audit GROUP BY action")
        .unwrap();
    let audit = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    State {
        contacts: count(&conn, "SELECT COUNT(*) FROM contact"),
        customers: count(
            &conn,
            "SELECT COUNT(*) FROM contact WHERE merged_into IS NULL",
        ),
        sale_lines: count(&conn, "SELECT COUNT(*) FROM sale"),
        revenue_cents: count(&conn, "SELECT COALESCE(SUM(amount), 0) FROM sale"),
        merges: count(&conn, "SELECT COUNT(*) FROM merge"),
        erased: count(
            &conn,
            "SELECT COUNT(*) FROM contact WHERE erased_at IS NOT NULL",
        ),
        ledger: count(&conn, "SELECT COUNT(*) FROM erasure_ledger"),
        import_batches: count(&conn, "SELECT COUNT(*) FROM import_batch"),
        consent_rows: count(&conn, "SELECT COUNT(*) FROM consent"),
        audit,
    }
}

/// Where a kill landed, told from the state it left and the lines the command logged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Landed {
    /// The command had not opened the database yet.
    BeforeOpen,
    /// Opened, but its transaction had not begun (reading, the backup, detection).
    BeforeTransaction,
    /// Inside the transaction: nothing of it stayed.
    InsideTransaction,
    /// After the commit (shredding, scrubbing the backups, or finished).
    AfterCommit,
}

/// Figures of one operation's kills.
#[derive(Default)]
struct Tally {
    landed: BTreeMap<Landed, usize>,
    /// Kills sent to a command that had already finished.
    finished: usize,
    /// Erases stopped after their commit that left a backup copy not yet erased.
    copies_unfinished: usize,
    duration: Duration,
    /// The transaction's time in the uninterrupted run (between its log lines).
    tail: Duration,
    elapsed: Duration,
}

/// One operation: the file it starts from, the command, and the log line that says its
/// transaction began.
struct Operation {
    name: &'static str,
    before: PathBuf,
    args: Vec<String>,
    transaction_line: &'static str,
    /// The line logged right after its commit.
    commit_line: &'static str,
}

/// A seeded generator: the delays are the same from run to run.
struct Seeded(rand_chacha::ChaCha8Rng);

impl Seeded {
    fn new(seed: u64) -> Seeded {
        Seeded(rand::SeedableRng::seed_from_u64(seed))
    }

    /// A number drawn uniformly in [0, 1).
    fn unit(&mut self) -> f64 {
        rand::Rng::random(&mut self.0)
    }
}

fn command(db: &Path, args: &[String], log: &Path) -> Command {
    let mut c = crate::common::command(db, args);
    c.env("CLIENTELE_LOG", "warn,clientele::store=debug")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap());
    c
}

/// Puts the operation's starting file in `dir` (nothing else: no backups, no WAL).
fn fresh(dir: &Path, before: &Path) -> PathBuf {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let db = dir.join("shop.db");
    std::fs::copy(before, &db).unwrap();
    db
}

/// Every file in `backups/` beside `db` is a whole copy of the file as it was before the
/// operation (its customers, sale lines and revenue; an erase may have emptied the
/// personal values of some), or a copy being written under its passing name.
fn check_backups(db: &Path, before: &State, when: &str) {
    let Ok(read) = std::fs::read_dir(db.parent().unwrap().join("backups")) else {
        return;
    };
    for entry in read.flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".db") {
            // A copy stopped half-way opens as an empty database (SQLite rolls its journal
            // back): no schema version.
            let version: i64 = rusqlite::Connection::open(&path)
                .unwrap()
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(
                version,
                clientele::store::SCHEMA_VERSION,
                "{when}: {name} is not a whole copy"
            );
            let copy = state_of(&path);
            assert_eq!(
                (copy.contacts, copy.sale_lines, copy.revenue_cents),
                (before.contacts, before.sale_lines, before.revenue_cents),
                "{when}: {name} is not a copy of the file before the operation"
            );
        } else {
            let passing = [".partial", ".db-journal", ".db-wal", ".db-shm"]
                .iter()
                .any(|end| name.ends_with(end))
                || name.contains(".partial-")
                || name == "erase-unfinished";
            assert!(passing, "{when}: {name} in backups/");
        }
    }
}

/// Waits until the command's log holds `line` (its transaction began) and returns when it
/// was seen; `None` when the command ended first.
fn wait_for_line(child: &mut std::process::Child, log: &Path, line: &str) -> Option<Instant> {
    loop {
        if std::fs::read_to_string(log).is_ok_and(|said| said.contains(line)) {
            return Some(Instant::now());
        }
        if child.try_wait().unwrap().is_some() {
            return None;
        }
        std::thread::sleep(Duration::from_micros(500));
    }
}

/// How many contacts are erased in each copy in `backups/`.
fn erased_in_copies(db: &Path) -> Vec<i64> {
    let mut copies: Vec<PathBuf> = std::fs::read_dir(db.parent().unwrap().join("backups"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "db"))
        .collect();
    copies.sort();
    copies.iter().map(|c| state_of(c).erased).collect()
}

/// Runs `op` once without a kill (its duration and the state it leaves), then kills it
/// `moments` times: every other time after a delay drawn uniformly over 0 to 1.2 times
/// that duration, the others after the line saying its transaction began, with a delay
/// drawn over 0 to 1.2 times the transaction's time in the uninterrupted run.
fn kill_at_moments(work: &Path, op: &Operation, moments: usize, rng: &mut Seeded) -> Tally {
    let start = Instant::now();
    let dir = work.join(op.name);
    let log = work.join(format!("{}.log", op.name));
    let before = state_of(&op.before);

    let db = fresh(&dir, &op.before);
    let timed = Instant::now();
    let mut child = command(&db, &op.args, &log).spawn().unwrap();
    let began = wait_for_line(&mut child, &log, op.transaction_line);
    let ended = wait_for_line(&mut child, &log, op.commit_line);
    let status = child.wait().unwrap();
    let duration = timed.elapsed();
    assert!(
        status.success(),
        "{}: {}",
        op.name,
        std::fs::read_to_string(&log).unwrap_or_default()
    );
    // From the line saying the transaction begins to the one after its commit: where the
    // aimed kills go (as seen by polling the log, so a little longer than the transaction).
    let tail = match (began, ended) {
        (Some(b), Some(e)) => e - b,
        _ => duration,
    };
    let after = state_of(&db);
    assert_ne!(before, after, "{}: the operation changed nothing", op.name);
    check_backups(&db, &before, op.name);

    let mut tally = Tally {
        duration,
        tail,
        ..Tally::default()
    };
    let mut failures = Vec::new();
    for moment in 0..moments {
        let db = fresh(&dir, &op.before);
        let spawned = Instant::now();
        let mut child = command(&db, &op.args, &log).spawn().unwrap();
        // Every other kill is aimed at the transaction: drawn over 1.2 times the time from
        // its first line to the line after its commit, so that enough land inside a short
        // one.
        let aimed = moment % 2 == 1;
        if aimed {
            let _ = wait_for_line(&mut child, &log, op.transaction_line);
            std::thread::sleep(tail.mul_f64(1.2 * rng.unit()));
        } else {
            std::thread::sleep(duration.mul_f64(1.2 * rng.unit()));
        }
        let delay = spawned.elapsed();
        if child.try_wait().unwrap().is_some() {
            tally.finished += 1;
        }
        // SIGKILL on Unix; nothing of the command runs after it.
        let _ = child.kill();
        child.wait().unwrap();
        let when = format!(
            "{} killed after {} ms (moment {moment})",
            op.name,
            delay.as_millis()
        );
        let said = std::fs::read_to_string(&log).unwrap_or_default();
        let state = state_of(&db);
        let landed = if state == after {
            Landed::AfterCommit
        } else if state == before {
            if said.contains(op.transaction_line) {
                Landed::InsideTransaction
            } else if said.contains("database opened") {
                Landed::BeforeTransaction
            } else {
                Landed::BeforeOpen
            }
        } else {
            failures.push(format!(
                "{when}: neither before nor after:\n  before {before:?}\n  after  {after:?}\n  found  {state:?}"
            ));
            continue;
        };
        *tally.landed.entry(landed).or_default() += 1;
        check_backups(&db, &before, &when);
        if op.name.starts_with("erase") && landed == Landed::AfterCommit {
            // Stopped after its commit, maybe before every copy was erased too: the next
            // copy made finishes them, so none keeps a customer erased from the file.
            if erased_in_copies(&db).iter().any(|&n| n != after.erased) {
                tally.copies_unfinished += 1;
            }
            let elsewhere = dir.with_extension("manual.db");
            run_ok(&db, &["backup", "--out", elsewhere.to_str().unwrap()]);
            let copies = erased_in_copies(&db);
            assert!(
                copies.iter().all(|&n| n == after.erased),
                "{when}: erased in the copies {copies:?}, in the file {}",
                after.erased
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    tally.elapsed = start.elapsed();
    tally
}

/// A sales file of `lines` lines for `people` new customers, made from a seed.
fn sales_file(path: &Path, lines: usize, people: usize, rng: &mut Seeded) {
    let mut body = String::from("customer_id,email,first_name,last_name,date,amount,product\n");
    for _ in 0..lines {
        let c = (rng.unit() * people as f64) as usize;
        let month = 1 + (rng.unit() * 6.0) as usize;
        let day = 1 + (rng.unit() * 28.0) as usize;
        let cents = 100 + (rng.unit() * 9900.0) as usize;
        let product = (rng.unit() * 40.0) as usize;
        body.push_str(&format!(
            "N{c},n{c}@example.org,Nina{c},Nord{c},2025-{month:02}-{day:02},{}.{:02},P{product}\n",
            cents / 100,
            cents % 100
        ));
    }
    std::fs::write(path, body).unwrap();
}

/// Copies a closed database file (the command that wrote it has ended: no WAL beside it).
fn copy_closed(from: &Path, to: &Path) {
    std::fs::copy(from, to).unwrap();
}

fn first_customers(db: &Path, n: usize) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT id FROM contact WHERE merged_into IS NULL AND erased_at IS NULL
             ORDER BY id LIMIT ?1",
        )
        .unwrap();
    stmt.query_map([n as i64], |r| r.get::<_, i64>(0))
        .unwrap()
        .map(|id| id.unwrap().to_string())
        .collect()
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}

#[test]
fn killed_at_random_moments_every_operation_is_all_or_nothing() {
    let moments: usize = std::env::var("CLIENTELE_FAULT_MOMENTS")
        .ok()
        .and_then(|m| m.parse().ok())
        .unwrap_or(12);
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let mut rng = Seeded::new(25);

    // The shop every operation starts from: a demo of 200 people, then (for the batch
    // erase and the restore) an import of 60 new customers.
    let setup = w.join("setup");
    std::fs::create_dir_all(&setup).unwrap();
    let shop = setup.join("shop.db");
    run_ok(&shop, &["demo", "--customers", "200", "--end", END]);
    let shop_imported = setup.join("shop-imported.db");
    copy_closed(&shop, &shop_imported);
    let small = setup.join("small.csv");
    sales_file(&small, 200, 60, &mut rng);
    run_ok(
        &shop_imported,
        &["import", "sales", small.to_str().unwrap()],
    );
    let big = setup.join("sales.csv");
    sales_file(&big, 2000, 400, &mut rng);
    // The restore brings back the demo alone, over a file that gained the import and lost
    // four customers to an erase since: the four stay erased.
    let copy = setup.join("copy.db");
    copy_closed(&shop, &copy);
    let before_restore = setup.join("before-restore.db");
    copy_closed(&shop_imported, &before_restore);
    let four = first_customers(&shop, 4);
    let mut erase_four = vec!["erase".to_string()];
    erase_four.extend(four.iter().cloned());
    erase_four.push("--yes".to_string());
    let said = clientele_ok(&before_restore, &erase_four);
    assert!(said.contains('4'), "{said}");
    let _ = std::fs::remove_dir_all(setup.join("backups"));

    let write_begins = "write transaction begins";
    let committed = "committed";
    let operations = [
        Operation {
            name: "import",
            before: shop.clone(),
            args: strings(&["import", "sales", big.to_str().unwrap()]),
            transaction_line: write_begins,
            commit_line: committed,
        },
        Operation {
            name: "merge-all",
            before: shop.clone(),
            args: strings(&["merge", "--auto"]),
            transaction_line: write_begins,
            commit_line: committed,
        },
        Operation {
            name: "erase-ids",
            before: shop.clone(),
            args: {
                let mut a = vec!["erase".to_string()];
                a.extend(first_customers(&shop, 6).into_iter().skip(4));
                a.push("--yes".to_string());
                a
            },
            transaction_line: write_begins,
            commit_line: committed,
        },
        Operation {
            name: "erase-batch",
            before: shop_imported.clone(),
            args: strings(&["erase", "--batch", "2", "--yes"]),
            transaction_line: write_begins,
            commit_line: committed,
        },
        Operation {
            name: "erase-no-order",
            before: shop.clone(),
            args: strings(&[
                "erase",
                "--no-order-for-years",
                "2",
                "--as-of",
                END,
                "--yes",
            ]),
            transaction_line: write_begins,
            commit_line: committed,
        },
        Operation {
            name: "restore",
            before: before_restore,
            args: strings(&["restore", copy.to_str().unwrap(), "--yes"]),
            transaction_line: "the copy comes in",
            // The staged copy's own erase commits earlier.
            commit_line: "the copy is in",
        },
    ];
    // A quarter of the moments each for the import, the merge and the restore; the erase's
    // quarter shared between its three kinds.
    let quarter = moments.div_ceil(4);
    let mut report = Vec::new();
    for op in &operations {
        let n = if op.name.starts_with("erase") {
            quarter.div_ceil(3)
        } else {
            quarter
        };
        let tally = kill_at_moments(w, op, n, &mut rng);
        let landed = |l| tally.landed.get(&l).copied().unwrap_or(0);
        report.push(format!(
            "{:<15} {:>4} ms ({:>4} ms in the transaction)  kills {:>3}: before open {:>3}, before the transaction {:>3}, \
             inside {:>3}, after the commit {:>3} ({} finished first, {} with a copy left to \
             erase); {:.1} s",
            op.name,
            tally.duration.as_millis(),
            tally.tail.as_millis(),
            n,
            landed(Landed::BeforeOpen),
            landed(Landed::BeforeTransaction),
            landed(Landed::InsideTransaction),
            landed(Landed::AfterCommit),
            tally.finished,
            tally.copies_unfinished,
            tally.elapsed.as_secs_f64(),
        ));
    }
    eprintln!("{}", report.join("\n"));
}

fn clientele_ok(db: &Path, args: &[String]) -> String {
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    run_ok(db, &refs)
}

/// A small tmpfs mounted for a test, unmounted when dropped.
struct Mounted(PathBuf);

impl Mounted {
    /// Mounts a tmpfs of `bytes` at `dir`, or says why it cannot (not root, a container
    /// without the right).
    fn tmpfs(dir: &Path, bytes: u64) -> Result<Mounted, String> {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o"])
            .arg(format!("size={bytes},mode=0700"))
            .arg("tmpfs")
            .arg(dir)
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(Mounted(dir.to_path_buf()))
        } else {
            Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
        }
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// Every file under `dir` with its size, by path relative to `dir`.
fn files_under(dir: &Path) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                out.insert(rel, e.metadata().unwrap().len());
            }
        }
    }
    out
}

/// Runs the import on the full disk and checks what it said and what it left: a plain
/// message saying the disk that holds the file `named` picks from the output is full, no
/// panic, a failing exit, the database and the disk's files exactly as before.
fn import_on_full_disk(
    mnt: &Path,
    db: &Path,
    file: &Path,
    named: impl Fn(&str) -> PathBuf,
    when: &str,
) {
    let before = state_of(db);
    let files = files_under(mnt);
    let out = crate::common::clientele(db, &["import", "sales", file.to_str().unwrap()]);
    let said = text_of(&out);
    assert!(
        !out.status.success(),
        "{when}: the import succeeded: {said}"
    );
    let plain = clientele::text::render(
        clientele::text::Lang::En,
        &clientele::text::Localize::message(&clientele::store::StoreError::DiskFull {
            path: named(&said),
        }),
    );
    assert!(said.contains(&plain), "{when}: {said}\nwanted: {plain}");
    for word in ["panicked", "backtrace", "RUST_BACKTRACE", "SQLITE_FULL"] {
        assert!(!said.contains(word), "{when}: {said}");
    }
    assert_eq!(state_of(db), before, "{when}");
    assert_eq!(files_under(mnt), files, "{when}: files left on the disk");
}

#[test]
fn a_disk_that_fills_up_mid_import_says_so_and_loses_nothing() {
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let shop = w.join("shop.db");
    run_ok(&shop, &["demo", "--customers", "200", "--end", END]);
    let size = std::fs::metadata(&shop).unwrap().len();
    // Room for the file and the copy made before the import, with 256 KiB to spare: far
    // less than the import needs (about 5 MB for 60 000 sale lines).
    let mnt = w.join("small-disk");
    let _mounted = match Mounted::tmpfs(&mnt, 2 * size + 256 * 1024) {
        Ok(m) => m,
        Err(err) => {
            eprintln!("skipped: cannot mount a tmpfs: {err}");
            return;
        }
    };
    let db = mnt.join("shop.db");
    std::fs::copy(&shop, &db).unwrap();
    let big = w.join("sales.csv");
    sales_file(&big, 60_000, 5_000, &mut Seeded::new(28));

    // The copy before the import fits; the import does not. The copy goes again (the
    // database is as it was), so tries do not fill the disk for good.
    import_on_full_disk(&mnt, &db, &big, |_| db.clone(), "the import");

    // The disk cannot even take the copy made before the import: the import does not go
    // on without it, and no half-written copy stays.
    let free = 2 * size + 256 * 1024 - files_under(&mnt).values().sum::<u64>();
    let filler = mnt.join("filler");
    let _ = std::fs::write(&filler, vec![0u8; (free - size / 2) as usize]);
    let copy_named = |said: &str| {
        let name = said
            .split_whitespace()
            .find(|w| w.contains("before-import-"))
            .unwrap_or_else(|| panic!("the message names no copy: {said}"));
        PathBuf::from(name)
    };
    import_on_full_disk(&mnt, &db, &big, copy_named, "the copy before the import");
    std::fs::remove_file(&filler).unwrap();

    // With the space back, the same import goes through: nothing was left half-done.
    let more = w.join("few.csv");
    sales_file(&more, 50, 10, &mut Seeded::new(29));
    run_ok(&db, &["import", "sales", more.to_str().unwrap()]);
    assert_eq!(state_of(&db).sale_lines, state_of(&shop).sale_lines + 50);
}

fn text_of(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
