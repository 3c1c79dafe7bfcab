//! The shop's time zone (issue 18): a Stripe export's times, written in UTC, are sold on
//! the shop's own clock; the setting is set, shown, reset to the computer's and refused
//! when it names no zone. Expected times are worked out by hand from the tz rules.

use std::path::Path;

use crate::common::{clientele, command, run_ok, temp_db, text};

/// The header of the Stripe payments export (tests/data/exports/stripe_payments.csv).
const STRIPE_HEADER: &str = "id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,Currency,Converted Amount,Converted Amount Refunded,Fee,Tax,Converted Currency,Mode,Status,Statement Descriptor,Customer ID,Customer Description,Customer Email,Captured,Card ID,Card Last4,Card Brand";

/// One paid payment at 22:30 UTC on 31 March 2024.
fn stripe_file(dir: &Path) -> String {
    let path = dir.join("payments.csv");
    let row = "ch_3Tz1,Order,Payment complete.,2024-03-31 22:30:00,42.00,0.00,eur,42.00,0.00,0.90,0,eur,Live,Paid,SHOP,cus_T1,Tess Zone,tess@example.com,true,card_1,4242,Visa";
    std::fs::write(&path, format!("{STRIPE_HEADER}\n{row}\n")).unwrap();
    path.to_string_lossy().into_owned()
}

fn sold_at(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT sold_at FROM sale ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

/// Imports the file into a shop set to `zone`; returns the import's JSON report.
fn import_in(db: &Path, file: &str, zone: &str, dry_run: bool) -> serde_json::Value {
    run_ok(db, &["settings", "--time-zone", zone]);
    let mut args = vec!["import", "sales", file, "--json"];
    if dry_run {
        args.push("--dry-run");
    }
    json(&run_ok(db, &args))
}

fn notes(report: &serde_json::Value) -> Vec<String> {
    report["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_stripe_payment_late_on_31_march_utc_is_sold_on_1_april_in_paris() {
    let (dir, db) = temp_db("paris.sqlite");
    let file = stripe_file(dir.path());
    // The dry run says what will happen and writes nothing.
    let dry = import_in(&db, &file, "Europe/Paris", true);
    assert!(sold_at(&db).is_empty());
    let said = notes(&dry);
    assert!(
        said.iter()
            .any(|n| n.contains("UTC") && n.contains("Europe/Paris") && n.contains("converted")),
        "{said:?}"
    );
    let report = import_in(&db, &file, "Europe/Paris", false);
    assert_eq!(report["sales_written"], 1, "{report}");
    assert_eq!(notes(&report), said);
    // Paris keeps summer time from 01:00 UTC on 31 March 2024 (UTC+2): 22:30 UTC is 00:30
    // on 1 April there.
    let stored = sold_at(&db);
    assert_eq!(stored.len(), 1);
    assert!(
        stored[0].starts_with("2024-04-01") && stored[0][11..16] == *"00:30",
        "{stored:?}"
    );
    let stats = json(&run_ok(&db, &["stats", "--json"]));
    assert_eq!(stats["first_sale"], "2024-04-01", "{stats}");
    assert_eq!(stats["last_sale"], "2024-04-01", "{stats}");
    assert_eq!(stats["revenue"].as_f64(), Some(42.0));
}

#[test]
fn the_same_payment_in_a_shop_on_utc_stays_on_31_march() {
    let (dir, db) = temp_db("utc.sqlite");
    let file = stripe_file(dir.path());
    let report = import_in(&db, &file, "UTC", false);
    assert_eq!(report["sales_written"], 1, "{report}");
    // Nothing moved, so nothing to say.
    assert!(
        !notes(&report).iter().any(|n| n.contains("converted")),
        "{report}"
    );
    let stored = sold_at(&db);
    assert!(
        stored[0].starts_with("2024-03-31") && stored[0][11..16] == *"22:30",
        "{stored:?}"
    );
    let stats = json(&run_ok(&db, &["stats", "--json"]));
    assert_eq!(stats["last_sale"], "2024-03-31", "{stats}");
}

#[test]
fn written_offsets_are_read_in_the_shops_zone() {
    // A file no layout knows, its times written with offsets: 10:15 at UTC-05:00 is
    // 15:15 UTC, 16:15 in Paris in January (UTC+1); the date alone stays.
    let (dir, db) = temp_db("offsets.sqlite");
    let path = dir.path().join("sales.csv");
    std::fs::write(
        &path,
        "order,email,date,amount\nA1,ann@example.com,2024-01-10 10:15:00 -0500,10.00\nA2,bob@example.com,2024-01-11,20.00\n",
    )
    .unwrap();
    let file = path.to_string_lossy().into_owned();
    let report = import_in(&db, &file, "Europe/Paris", false);
    assert_eq!(report["sales_written"], 2, "{report}");
    assert!(
        notes(&report)
            .iter()
            .any(|n| n.contains("-05:00") && n.contains("Europe/Paris")),
        "{report}"
    );
    let stored = sold_at(&db);
    assert!(
        stored[0].starts_with("2024-01-10") && stored[0][11..16] == *"16:15",
        "{stored:?}"
    );
    assert!(stored[1].starts_with("2024-01-11"), "{stored:?}");
    assert!(
        !stored[1].contains("01:00") && !stored[1].contains("23:00"),
        "{stored:?}"
    );
}

#[test]
fn the_time_zone_is_set_shown_reset_and_refused() {
    let (_dir, db) = temp_db("settings.sqlite");
    // Never chosen: the computer's (the tests' computer says UTC).
    let s = json(&run_ok(&db, &["settings", "--json"]));
    assert_eq!(s["time_zone"], "UTC", "{s}");
    assert_eq!(s["time_zone_is_computers"], true, "{s}");
    let shown = run_ok(&db, &["settings"]);
    assert!(
        shown
            .lines()
            .any(|l| l.starts_with("time zone") && l.contains("UTC (the computer's)")),
        "{shown}"
    );
    // Chosen.
    let shown = run_ok(&db, &["settings", "--time-zone", "Europe/Paris"]);
    assert!(
        shown
            .lines()
            .any(|l| l.starts_with("time zone") && l.trim_end().ends_with("Europe/Paris")),
        "{shown}"
    );
    assert!(!shown.contains("computer's"), "{shown}");
    let s = json(&run_ok(&db, &["settings", "--json"]));
    assert_eq!(s["time_zone"], "Europe/Paris", "{s}");
    assert_eq!(s["time_zone_is_computers"], false, "{s}");
    // Another computer's zone does not change a chosen one.
    let out = command(&db, &["settings", "--json"])
        .env("TZ", "Asia/Tokyo")
        .output()
        .unwrap();
    assert_eq!(json(&text(&out.stdout))["time_zone"], "Europe/Paris");
    // Refused in plain words naming the value; nothing changes.
    let out = clientele(&db, &["settings", "--time-zone", "Europe/Pariss"]);
    assert!(!out.status.success());
    let why = text(&out.stderr);
    assert!(
        why.contains("Europe/Pariss") && why.contains("not a time zone"),
        "{why}"
    );
    let s = json(&run_ok(&db, &["settings", "--json"]));
    assert_eq!(s["time_zone"], "Europe/Paris", "{s}");
    // `system` goes back to the computer's zone, whatever it is (`TZ`, with or without
    // the leading colon).
    run_ok(&db, &["settings", "--time-zone", "system"]);
    let out = command(&db, &["settings", "--json"])
        .env("TZ", ":Asia/Tokyo")
        .output()
        .unwrap();
    let s = json(&text(&out.stdout));
    assert_eq!(s["time_zone"], "Asia/Tokyo", "{s}");
    assert_eq!(s["time_zone_is_computers"], true, "{s}");
    // So does an empty value.
    run_ok(&db, &["settings", "--time-zone", "America/New_York"]);
    run_ok(&db, &["settings", "--time-zone", ""]);
    let s = json(&run_ok(&db, &["settings", "--json"]));
    assert_eq!(s["time_zone"], "UTC", "{s}");
    assert_eq!(s["time_zone_is_computers"], true, "{s}");
    // Every change is in the audit trail.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let zones: Vec<String> = conn
        .prepare(
            "SELECT json_extract(detail, '$.time_zone') FROM audit
             WHERE action = 'settings' ORDER BY id",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(zones, ["Europe/Paris", "", "America/New_York", ""]);
}

#[test]
fn the_window_says_times_were_converted_even_before_the_mapping_is_complete() {
    // A sales file with no amount: the Import tab still shows a plan, to choose the
    // column, and says already that its UTC times are read in the shop's zone.
    let (dir, db) = temp_db("window.sqlite");
    let path = dir.path().join("sales.csv");
    std::fs::write(
        &path,
        "date,email\n2024-03-31T22:30:00Z,ann@example.com\n2024-04-02T08:00:00Z,bob@example.com\n",
    )
    .unwrap();
    let store = clientele::store::Store::open(&db).unwrap();
    let options = clientele::ingest::import::ImportOptions {
        kind: clientele::ingest::mapping::ImportKind::Sales,
        time_zone: Some(chrono_tz::Europe::Paris),
        ..Default::default()
    };
    let planned = clientele::service::import::plan(
        &store,
        &path,
        options,
        clientele::service::import::MappingChoice::GuessForKind,
    )
    .unwrap();
    assert!(planned.blocker.is_some(), "{:?}", planned.blocker);
    assert!(
        planned.plan.notes.iter().any(|n| matches!(
            n,
            clientele::ingest::import::Note::TimesConverted { from, to }
                if from == "UTC" && to == "Europe/Paris"
        )),
        "{:?}",
        planned.plan.notes
    );
}
