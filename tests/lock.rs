//! Locking the file with a passphrase: lock, unlock and rekey keep every row; a locked file,
//! its WAL and its backups hold none of a planted marker's bytes; a wrong passphrase
//! changes nothing; a lock stopped at any moment leaves the old file or the new one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{temp_db, text};

/// Texts only the planted customer holds.
const MARKERS: [&str; 3] = ["Quillfeatherz", "quillmarkmail", "ZQNOTE-77x"];

const CONTACTS: &str = "customer_id,first_name,last_name,email,loyalty_note
C1,Zorblax,Quillfeatherz,zorblax.q@quillmarkmail.test,ZQNOTE-77x
C2,Anna,Other,anna@example.com,plain
C3,Boris,Third,boris@example.com,plain
";

const SALES: &str = "customer_id,date,amount
C1,2024-01-05,120.50
C1,2024-03-07,80.00
C2,2024-02-01,15.25
C3,2024-01-09,99.99
";

const PASS: &str = "correct horse battery staple";
const OTHER: &str = "a different passphrase";

/// Runs `clientele` with the passphrase in `CLIENTELE_PASSPHRASE` (none: unset).
fn run(db: &Path, pass: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_clientele"));
    cmd.arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CLIENTELE_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MONETARY")
        .env("LANG", "C.UTF-8");
    match pass {
        Some(p) => cmd.env("CLIENTELE_PASSPHRASE", p),
        None => cmd.env_remove("CLIENTELE_PASSPHRASE"),
    };
    cmd.output()
        .unwrap_or_else(|e| panic!("could not run clientele: {e}"))
}

fn ok(db: &Path, pass: Option<&str>, args: &[&str]) -> String {
    let out = run(db, pass, args);
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// A shop with the planted customer, imported through the command line.
fn shop() -> (tempfile::TempDir, PathBuf) {
    let (dir, db) = temp_db("shop.sqlite");
    let contacts = dir.path().join("contacts.csv");
    let sales = dir.path().join("sales.csv");
    std::fs::write(&contacts, CONTACTS).unwrap();
    std::fs::write(&sales, SALES).unwrap();
    let c = contacts.to_str().unwrap();
    let s = sales.to_str().unwrap();
    ok(&db, None, &["import", "contacts", c]);
    ok(&db, None, &["import", "sales", s]);
    (dir, db)
}

/// Every row of every table, read through SQLite itself (keyed with `pass`), in a form
/// that compares.
fn every_row(db: &Path, pass: Option<&str>) -> BTreeMap<String, Vec<String>> {
    // Read-write, without creating: a write stopped by a kill leaves a journal that the
    // first reader rolls back.
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)
            .unwrap();
    if let Some(p) = pass {
        conn.pragma_update(None, "key", p).unwrap();
    }
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    tables.retain(|t| !t.starts_with("sqlite_"));
    let mut out = BTreeMap::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.sort();
        out.insert(t, rows);
    }
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    let app: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    out.insert(
        "(version, application)".into(),
        vec![format!("{version} {app}")],
    );
    out
}

/// Whether any of the markers' bytes (UTF-8, UTF-16LE or UTF-16BE) are in the file.
fn holds_marker(file: &Path) -> bool {
    let Ok(bytes) = std::fs::read(file) else {
        return false;
    };
    MARKERS.iter().any(|m| {
        let le: Vec<u8> = m.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = m.encode_utf16().flat_map(u16::to_be_bytes).collect();
        [m.as_bytes().to_vec(), le, be]
            .iter()
            .any(|pat| bytes.windows(pat.len()).any(|w| w == pat.as_slice()))
    })
}

/// The database, its `-wal`, `-shm` and `-journal`, and every file in `backups/`.
fn every_file(db: &Path) -> Vec<PathBuf> {
    let mut files = vec![db.to_path_buf()];
    for end in ["-wal", "-shm", "-journal"] {
        let mut p = db.as_os_str().to_owned();
        p.push(end);
        files.push(PathBuf::from(p));
    }
    if let Ok(dir) = std::fs::read_dir(db.parent().unwrap().join("backups")) {
        files.extend(dir.map(|e| e.unwrap().path()));
    }
    files.retain(|f| f.exists());
    files
}

/// The names and bytes of every file in the folder (to see that nothing changed).
fn folder(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn lock_unlock_and_rekey_keep_every_row_and_no_marker_byte_is_left() {
    let (dir, db) = shop();
    ok(&db, None, &["backup"]);
    let plain = every_row(&db, None);
    assert!(plain["contact"].len() >= 3 && plain["sale"].len() == 4);
    // The scan finds the marker in the plain file and its backup: it can fail.
    assert!(holds_marker(&db));
    assert!(every_file(&db).iter().filter(|f| holds_marker(f)).count() >= 2);

    let pass_file = dir.path().join("pass.txt");
    std::fs::write(&pass_file, format!("{PASS}\n")).unwrap();
    let said = ok(
        &db,
        None,
        &["lock", "--passphrase-file", pass_file.to_str().unwrap()],
    );
    assert!(said.contains("is now locked"), "{said}");
    assert!(said.contains("cannot be recovered"), "{said}");
    // The passphrase file's final line break is not part of the passphrase.
    assert_eq!(every_row(&db, Some(PASS)), plain);
    let files = every_file(&db);
    // The manual backup, the one made before locking.
    assert!(
        files
            .iter()
            .filter(|f| f.starts_with(dir.path().join("backups")))
            .count()
            >= 2
    );
    for f in &files {
        assert!(!holds_marker(f), "{} holds the marker", f.display());
        #[cfg(unix)]
        assert_eq!(mode(f), 0o600, "{}", f.display());
        if f.parent() == Some(dir.path().join("backups").as_path()) {
            // Each backup copy is locked with the same passphrase; the one made after both
            // imports holds every row.
            let rows = every_row(f, Some(PASS));
            let name = f.file_name().unwrap().to_string_lossy();
            if name.starts_with("manual-") || name.starts_with("before-lock-") {
                // The audit line of a backup asked for is written after its copy.
                let without_audit = |mut r: BTreeMap<String, Vec<String>>| {
                    r.remove("audit");
                    r
                };
                assert!(
                    without_audit(rows) == without_audit(plain.clone()),
                    "{} differs",
                    f.display()
                );
            }
        }
    }
    assert!(!dir.path().join("shop.sqlite.relock").exists());

    // Used normally, with the passphrase in the environment: still no marker anywhere,
    // the WAL included.
    let stats = ok(&db, Some(PASS), &["stats", "--json"]);
    assert!(stats.contains("\"sale_lines\":4"), "{stats}");
    ok(
        &db,
        Some(PASS),
        &["settings", "--shop-name", "Quillfeatherz shop"],
    );
    for f in every_file(&db) {
        assert!(!holds_marker(&f), "{} holds the marker", f.display());
    }

    let new_file = dir.path().join("new.txt");
    std::fs::write(&new_file, OTHER).unwrap();
    let said = ok(
        &db,
        Some(PASS),
        &["rekey", "--new-passphrase-file", new_file.to_str().unwrap()],
    );
    assert!(said.contains("was changed"), "{said}");
    let renamed = every_row(&db, Some(OTHER));
    let out = run(&db, Some(PASS), &["stats"]);
    assert!(!out.status.success());

    let said = ok(&db, Some(OTHER), &["unlock"]);
    assert!(said.contains("no longer locked"), "{said}");
    assert_eq!(every_row(&db, None), renamed);
    assert!(holds_marker(&db));
    for f in every_file(&db) {
        if f.parent() == Some(dir.path().join("backups").as_path()) {
            every_row(&f, None);
        }
    }
    // Everything but the shop's name (set while locked) is as it was before the lock.
    let mut before = plain.clone();
    let mut after = every_row(&db, None);
    before.remove("setting");
    after.remove("setting");
    before.remove("audit");
    after.remove("audit");
    assert_eq!(after, before);
}

#[test]
fn a_wrong_or_missing_passphrase_changes_nothing() {
    let (dir, db) = shop();
    ok(&db, Some(PASS), &["lock"]);
    let before = folder(dir.path());
    for args in [
        &["stats"][..],
        &["customers"],
        &["unlock"],
        &["backup"],
        &["erase", "1", "--yes"],
    ] {
        let out = run(&db, Some(OTHER), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = text(&out.stderr);
        assert!(
            err.contains("The passphrase does not open this file")
                && err.contains(db.to_str().unwrap()),
            "{args:?}: {err}"
        );
        assert_eq!(folder(dir.path()), before, "{args:?} changed a file");
    }
    let new_file = dir.path().join("new.txt");
    std::fs::write(&new_file, "x").unwrap();
    let before = folder(dir.path());
    let out = run(
        &db,
        Some(OTHER),
        &["rekey", "--new-passphrase-file", new_file.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(folder(dir.path()), before);

    // No passphrase: said to be locked, nothing changed.
    let out = run(&db, None, &["stats"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("is locked with a passphrase"), "{err}");
    assert_eq!(folder(dir.path()), before);

    // A passphrase for a plain file is refused, not ignored.
    let (_plain_dir, plain) = shop();
    let out = run(&plain, Some(PASS), &["stats"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("is not locked"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn backups_of_a_locked_database_are_locked_and_restore_needs_the_key() {
    let (dir, db) = shop();
    ok(&db, Some(PASS), &["lock"]);
    let copy = dir.path().join("elsewhere.db");
    ok(
        &db,
        Some(PASS),
        &["backup", "--out", copy.to_str().unwrap()],
    );
    assert!(!holds_marker(&copy));
    #[cfg(unix)]
    assert_eq!(mode(&copy), 0o600);
    let rows = every_row(&copy, Some(PASS));
    assert_eq!(rows["sale"].len(), 4);
    assert!(std::panic::catch_unwind(|| every_row(&copy, None)).is_err());

    // Restoring the copy: the key is needed.
    let out = run(&db, None, &["restore", copy.to_str().unwrap(), "--yes"]);
    assert_eq!(out.status.code(), Some(1));
    let out = run(
        &db,
        Some(OTHER),
        &["restore", copy.to_str().unwrap(), "--yes"],
    );
    assert_eq!(out.status.code(), Some(1));
    let said = ok(
        &db,
        Some(PASS),
        &["restore", copy.to_str().unwrap(), "--yes"],
    );
    assert!(said.contains("4 sale lines"), "{said}");
    // Erasing scrubs the locked backups with the same key.
    ok(&db, Some(PASS), &["erase", "1", "--yes"]);
    for f in every_file(&db) {
        assert!(!holds_marker(&f), "{}", f.display());
    }
    assert_eq!(every_row(&db, Some(PASS))["sale"].len(), 4);
}

#[test]
fn a_lock_stopped_at_any_moment_leaves_the_old_file_or_the_new_one() {
    let (dir, db) = crate::common::demo_db(300);
    let plain = every_row(&db, None);
    // The demo's store is closed: the file alone holds everything (no WAL beside it).
    let pristine = dir.path().join("pristine.sqlite");
    std::fs::copy(&db, &pristine).unwrap();
    let without_audit = |mut rows: BTreeMap<String, Vec<String>>| {
        rows.remove("audit");
        rows
    };
    let mut stopped = 0;
    let mut delay_ms = 20.0_f64;
    // Stopped later and later (half as late again each time), until a lock finishes
    // before it is stopped.
    for round in 0..40 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_clientele"))
            .arg("--db")
            .arg(&db)
            .arg("lock")
            .env("CLIENTELE_PASSPHRASE", PASS)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_secs_f64(delay_ms / 1000.0));
        let finished = child.try_wait().unwrap().is_some();
        if !finished {
            child.kill().unwrap();
            stopped += 1;
        }
        child.wait().unwrap();
        let when = format!("round {round}, stopped after {delay_ms:.0} ms");
        match clientele::store::lock_state(&db).unwrap() {
            clientele::store::LockState::Plain => {
                assert!(!finished, "a finished lock left the file plain");
                assert_eq!(
                    without_audit(every_row(&db, None)),
                    without_audit(plain.clone()),
                    "{when}"
                );
            }
            clientele::store::LockState::Locked => {
                assert_eq!(every_row(&db, Some(PASS)), plain, "{when}");
                if finished {
                    assert!(stopped > 0);
                    return;
                }
            }
            clientele::store::LockState::New => panic!("the database is gone ({when})"),
        }
        // The next round starts from the plain file again.
        for end in ["", "-wal", "-shm", "-journal", ".relock"] {
            let mut p = db.as_os_str().to_owned();
            p.push(end);
            let _ = std::fs::remove_file(PathBuf::from(p));
        }
        let _ = std::fs::remove_dir_all(dir.path().join("backups"));
        std::fs::copy(&pristine, &db).unwrap();
        delay_ms *= 1.5;
    }
    panic!("no lock finished");
}
