//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;

/// The end date every test demo uses, so results do not depend on today.
pub const END: &str = "2025-06-30";

/// The end date as a date.
pub fn end_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 30).unwrap_or_default()
}

/// The real `clientele` binary, ready to run with `args` against the database at `db`.
pub fn command<S: AsRef<std::ffi::OsStr>>(db: &Path, args: &[S]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_clientele"));
    c.arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CLIENTELE_DB")
        // A new database takes the computer's locale; the tests' expectations are written
        // for the default one, whatever the machine running them says.
        .env_remove("LC_ALL")
        .env_remove("LC_MONETARY")
        .env("LANG", "C.UTF-8")
        // A shop that chose no time zone takes the computer's: UTC for every test, whatever
        // the machine's zone.
        .env("TZ", "UTC");
    c
}

/// Runs the real `clientele` binary with `args` against the database at `db`.
pub fn clientele(db: &Path, args: &[&str]) -> Output {
    command(db, args)
        .output()
        .unwrap_or_else(|e| panic!("could not run clientele: {e}"))
}

/// Runs `clientele` and returns what it printed, failing the test (with its errors) when
/// it does not succeed.
pub fn run_ok(db: &Path, args: &[&str]) -> String {
    let out = clientele(db, args);
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// Text of a stream.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A temporary folder and a database path inside it.
pub fn temp_db(name: &str) -> (tempfile::TempDir, PathBuf) {
    // A new database takes the computer's locale; the tests' expectations are written for
    // the default one, whatever the machine running them says.
    clientele::settings::assume_system_locale(None);
    clientele::settings::assume_system_time_zone(Some(chrono_tz::UTC));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join(name);
    (dir, path)
}

/// Fills a database with a small demo shop through the library.
pub fn demo_db(customers: usize) -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = temp_db("demo.sqlite");
    let store = clientele::store::Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
    let options = clientele::demo::DemoOptions {
        catalogue: None,
        customers,
        years: 3,
        seed: 7,
        end: end_date(),
    };
    clientele::service::demo::fill(
        &store,
        &options,
        false,
        &mut clientele::service::Progress::silent(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    (dir, path)
}

/// Steps a window's frames until its worker has answered everything asked of it (a tab
/// drawn for the first time may ask for more, hence the extra frames).
pub fn settle(h: &mut egui_kittest::Harness<'static, clientele::ui::app::ClienteleApp>) {
    let start = std::time::Instant::now();
    loop {
        h.step();
        if !h.state().is_busy() {
            h.run_steps(3);
            if !h.state().is_busy() {
                return;
            }
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(120),
            "the worker did not answer in 120 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// How the window writes numbers for a new database's shop (the default locale), for the
/// texts the tests look for.
pub fn shop_formats() -> clientele::format::Formats {
    clientele::format::Formats::for_shop(&clientele::settings::ShopSettings::default())
}

/// A whole number as the window writes it for the default shop: `6 919`.
pub fn group_thousands(n: i64) -> String {
    shop_formats().int(n)
}

/// A count and its noun as the window writes them for the default shop: `1 200 customers`.
pub fn count(n: i64, one: &str, many: &str) -> String {
    shop_formats().count(n, one, many)
}
