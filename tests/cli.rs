//! The command line, run as a real process.

use chrono::{Months, NaiveDate};

use crate::common::{END, clientele, end_date, temp_db, text};

fn stats_json(db: &std::path::Path) -> serde_json::Value {
    let out = clientele(db, &["stats", "--json"]);
    assert!(out.status.success(), "stats failed: {}", text(&out.stderr));
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(&out.stdout)))
}

#[test]
fn demo_then_stats_json() {
    let (_dir, db) = temp_db("shop.sqlite");
    let out = clientele(
        &db,
        &[
            "demo",
            "--customers",
            "1500",
            "--years",
            "3",
            "--seed",
            "3",
            "--end",
            END,
        ],
    );
    assert!(out.status.success(), "demo failed: {}", text(&out.stderr));
    let v = stats_json(&db);
    let fields: Vec<&str> = v
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let mut sorted = fields.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        [
            "customers",
            "first_sale",
            "last_sale",
            "orders",
            "revenue",
            "sale_lines"
        ]
    );
    // 1500 people, about 8% of them entered twice: 1590..1650 contacts.
    let customers = v["customers"].as_i64().unwrap_or_default();
    assert!((1590..=1650).contains(&customers), "customers {customers}");
    // About 20 sale lines per person.
    let lines = v["sale_lines"].as_i64().unwrap_or_default();
    assert!(
        (15 * 1500..=25 * 1500).contains(&lines),
        "sale lines {lines}"
    );
    let orders = v["orders"].as_i64().unwrap_or_default();
    assert!(orders > 1500 && orders < lines, "orders {orders}");
    // Revenue: a number with cents, and a plausible average line (5 to 100 euros).
    let revenue = v["revenue"].as_f64().unwrap_or_default();
    let per_line = revenue / lines as f64;
    assert!(
        (5.0..=100.0).contains(&per_line),
        "revenue per line {per_line}"
    );
    let raw = text(&out_stats_raw(&db));
    assert!(
        raw.contains("\"revenue\":")
            && raw.split("\"revenue\":").nth(1).is_some_and(|r| {
                let number: String = r.chars().take_while(|c| *c != ',').collect();
                number.split('.').nth(1).is_some_and(|d| d.len() == 2)
            }),
        "revenue without two decimals: {raw}"
    );
    let first = NaiveDate::parse_from_str(v["first_sale"].as_str().unwrap_or(""), "%Y-%m-%d");
    let last = NaiveDate::parse_from_str(v["last_sale"].as_str().unwrap_or(""), "%Y-%m-%d");
    let start = end_date()
        .checked_sub_months(Months::new(36))
        .unwrap_or_default();
    assert!(
        first.is_ok_and(|d| d >= start && d < start + chrono::Days::new(60)),
        "{first:?}"
    );
    assert!(
        last.is_ok_and(|d| d <= end_date() && d > end_date() - chrono::Days::new(7)),
        "{last:?}"
    );
}

fn out_stats_raw(db: &std::path::Path) -> Vec<u8> {
    clientele(db, &["stats", "--json"]).stdout
}

#[test]
fn demo_refuses_a_database_with_data_unless_forced() {
    let (_dir, db) = temp_db("shop.sqlite");
    assert!(
        clientele(&db, &["demo", "--customers", "50", "--end", END])
            .status
            .success()
    );
    let before = stats_json(&db);
    let out = clientele(&db, &["demo", "--customers", "80", "--end", END]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("already holds data"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(stats_json(&db), before);
    let out = clientele(&db, &["demo", "--customers", "80", "--end", END, "--force"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let after = stats_json(&db);
    assert!(after["customers"].as_i64().unwrap_or_default() >= 80);
    assert_ne!(after, before);
}

/// Every row of the contact and sale tables, as text.
fn dump(db: &std::path::Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    let mut rows = Vec::new();
    for table in ["contact", "sale"] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY id"))
            .unwrap_or_else(|e| panic!("{e}"));
        let n = stmt.column_count();
        let mut q = stmt.query([]).unwrap_or_else(|e| panic!("{e}"));
        while let Ok(Some(r)) = q.next() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get::<_, rusqlite::types::Value>(i).ok()))
                .collect();
            rows.push(format!("{table}|{}", cells.join("|")));
        }
    }
    rows
}

#[test]
fn the_same_seed_and_end_give_the_same_database() {
    let (_d1, a) = temp_db("a.sqlite");
    let (_d2, b) = temp_db("b.sqlite");
    let (_d3, c) = temp_db("c.sqlite");
    for (db, seed) in [(&a, "11"), (&b, "11"), (&c, "12")] {
        let out = clientele(
            db,
            &["demo", "--customers", "200", "--seed", seed, "--end", END],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let (da, db_, dc) = (dump(&a), dump(&b), dump(&c));
    assert!(da.len() > 3000, "only {} rows", da.len());
    assert!(da == db_, "same seed, different databases");
    assert!(da != dc, "different seeds, same database");
}

#[test]
fn customers_lists_and_searches() {
    let (_dir, db) = temp_db("shop.sqlite");
    assert!(
        clientele(&db, &["demo", "--customers", "300", "--end", END])
            .status
            .success()
    );
    let out = clientele(&db, &["customers", "--limit", "5"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let listing = text(&out.stdout);
    let lines: Vec<&str> = listing.lines().collect();
    assert_eq!(lines.len(), 6, "{listing}");
    assert_eq!(
        lines[0],
        "id\tname\temail\tphone\tcity\torders\trevenue\tlast_order"
    );
    assert!(text(&out.stderr).contains("5 of"), "{}", text(&out.stderr));
    // Search for the city of some customer: every hit has it, and there are fewer hits.
    let all = text(&clientele(&db, &["customers", "--limit", "100000"]).stdout);
    let total = all.lines().count() - 1;
    let city = all
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(4))
        .find(|c| !c.is_empty())
        .unwrap_or("Lyon")
        .to_string();
    let out = clientele(
        &db,
        &[
            "customers",
            "--search",
            &city.to_uppercase(),
            "--limit",
            "100000",
        ],
    );
    let hits: Vec<String> = text(&out.stdout)
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect();
    assert!(
        !hits.is_empty() && hits.len() < total,
        "{} hits of {total}",
        hits.len()
    );
    let folded = clientele::clean::fold(&city);
    assert!(
        hits.iter()
            .all(|h| clientele::clean::fold(h).contains(&folded))
    );
    let none = clientele(&db, &["customers", "--search", "zzzz-nobody-qqq"]);
    assert_eq!(text(&none.stdout).lines().count(), 1);
}

#[test]
fn a_bad_db_path_exits_1_with_a_plain_message() {
    let (dir, _) = temp_db("x");
    let not_db = dir.path().join("notes.txt");
    let notes = "these are my notes, not a database\n".repeat(200);
    std::fs::write(&not_db, &notes).unwrap_or_default();
    let out = clientele(&not_db, &["stats"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("notes.txt") && err.contains("not a Clientele database"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&not_db).unwrap_or_default(), notes);
    // A folder where a file should be.
    let out = clientele(dir.path(), &["stats"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("folder"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn bad_usage_exits_2() {
    let (_dir, db) = temp_db("shop.sqlite");
    let out = clientele(&db, &["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("frobnicate"));
    let out = clientele(&db, &["demo", "--end", "31/12/2025"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("YYYY-MM-DD"),
        "{}",
        text(&out.stderr)
    );
    assert!(!db.exists(), "bad usage must not create the database");
}

#[test]
fn clientele_db_environment_variable_is_used() {
    let (_dir, db) = temp_db("env.sqlite");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_clientele"))
        .args(["demo", "--customers", "20", "--end", END])
        .env("CLIENTELE_DB", &db)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(db.exists());
}

#[test]
fn merge_list_and_unmerge_several() {
    let (_dir, db) = crate::common::demo_db(40);
    let before = stats_json(&db);
    let customers = before["customers"].as_i64().unwrap_or_default();

    let out = clientele(&db, &["merge", "1", "2", "3"]);
    assert!(out.status.success(), "merge failed: {}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("Merged customer 2") && said.contains("into customer 1"),
        "{said}"
    );
    assert!(said.contains("clientele unmerge 1 2"), "{said}");
    let merged = stats_json(&db);
    assert_eq!(merged["customers"].as_i64(), Some(customers - 2));
    assert_eq!(merged["revenue"], before["revenue"]);
    assert_eq!(merged["sale_lines"], before["sale_lines"]);

    // Then customer 4 absorbs customer 1: undoing the first merge alone must wait for it.
    let out = clientele(&db, &["merge", "4", "1"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = clientele(&db, &["unmerge", "1"]);
    assert_eq!(out.status.code(), Some(1));
    let message = text(&out.stderr);
    assert!(message.contains("merge 3"), "{message}");

    let out = clientele(&db, &["merges"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 4, "{table}");
    assert!(lines[0].starts_with("merge\tsurvivor\t"), "{table}");
    assert!(lines[1].starts_with("3\t4\t"), "{table}");

    // Several ids in one call, in an order that needs sorting out.
    let out = clientele(&db, &["unmerge", "1", "3", "2"]);
    assert!(
        out.status.success(),
        "unmerge failed: {}",
        text(&out.stderr)
    );
    let said = text(&out.stdout);
    let undone: Vec<&str> = said.lines().filter(|l| l.contains("undone")).collect();
    assert_eq!(undone.len(), 3, "{said}");
    assert!(undone[0].starts_with("Merge 3 undone"), "{said}");
    assert_eq!(stats_json(&db), before);

    let out = clientele(&db, &["merges", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    let rows = list.as_array().cloned().unwrap_or_default();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r["undone_at"].is_string()), "{list}");
    assert_eq!(rows[2]["decided_by"], "user");
    assert_eq!(rows[2]["survivor_id"], 1);

    let out = clientele(&db, &["unmerge", "2"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("already undone"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn merge_refuses_bad_ids() {
    let (_dir, db) = crate::common::demo_db(20);
    let before = stats_json(&db);
    let out = clientele(&db, &["merge", "1", "999999"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no customer number 999999"),
        "{}",
        text(&out.stderr)
    );
    let out = clientele(&db, &["merge", "2", "2"]);
    assert_eq!(out.status.code(), Some(1));
    let out = clientele(&db, &["unmerge", "77"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no merge number 77"));
    assert_eq!(stats_json(&db), before);
    // Bad usage: no absorbed customer, or not a number.
    assert_eq!(clientele(&db, &["merge", "1"]).status.code(), Some(2));
    assert_eq!(clientele(&db, &["merge", "1", "x"]).status.code(), Some(2));
    assert_eq!(clientele(&db, &["unmerge"]).status.code(), Some(2));
}

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// The CDNOW sample imported into a fresh database.
fn cdnow_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, db) = temp_db("cdnow.sqlite");
    let file = fixture("cdnow_sample_transactions.csv");
    let out = clientele(&db, &["import", "sales", file.to_str().unwrap_or("")]);
    assert!(out.status.success(), "import failed: {}", text(&out.stderr));
    (dir, db)
}

#[test]
fn predict_csv_equals_lifetimes_on_cdnow() {
    let (dir, db) = cdnow_db();
    let csv_path = dir.path().join("predictions.csv");
    let out = clientele(
        &db,
        &[
            "predict",
            "--as-of",
            "1997-09-30",
            "--horizon-days",
            "273",
            "--model",
            "bgnbd",
            "--out",
            csv_path.to_str().unwrap_or(""),
        ],
    );
    assert!(
        out.status.success(),
        "predict failed: {}",
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains("2357 customers"),
        "{}",
        text(&out.stdout)
    );
    // lifetimes 0.11.3's figures (tests/data/cdnow_lifetimes_reference.py), by CDNOW id.
    let mut reference = std::collections::HashMap::new();
    let mut r = csv::Reader::from_path(fixture("cdnow_lifetimes_reference.csv")).unwrap();
    for rec in r.records() {
        let rec = rec.unwrap();
        reference.insert(
            rec[0].to_string(),
            rec.iter().map(str::to_string).collect::<Vec<_>>(),
        );
    }
    let mut r = csv::Reader::from_path(&csv_path).unwrap();
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "customer_id",
            "external_ref",
            "frequency",
            "recency_weeks",
            "age_weeks",
            "monetary_avg",
            "p_alive",
            "p_buy",
            "expected_purchases",
            "expected_spend",
            "clv"
        ]
    );
    let num = |s: &str| s.parse::<f64>().unwrap_or(f64::NAN);
    let close = |got: f64, want: f64, what: &str, who: &str| {
        assert!(
            (got - want).abs() <= 1e-4 * want.abs().max(1e-6),
            "customer {who}, {what}: {got} vs lifetimes' {want}"
        );
    };
    let mut rows = 0;
    let mut last_id = 0i64;
    for rec in r.records() {
        let rec = rec.unwrap();
        rows += 1;
        let id: i64 = rec[0].parse().unwrap();
        assert!(id > last_id, "not sorted by customer_id at {id}");
        last_id = id;
        let who = &rec[1];
        let want = reference
            .get(who)
            .unwrap_or_else(|| panic!("no reference for {who}"));
        assert_eq!(rec[2], want[1], "frequency of {who}");
        close(num(&rec[3]), num(&want[2]), "recency_weeks", who);
        close(num(&rec[4]), num(&want[3]), "age_weeks", who);
        if want[1] == "0" {
            assert_eq!(&rec[5], "", "monetary_avg of {who} with no repeat purchase");
        } else {
            close(num(&rec[5]), num(&want[4]), "monetary_avg", who);
        }
        close(num(&rec[6]), num(&want[6]), "p_alive", who);
        close(num(&rec[7]), num(&want[12]), "p_buy", who);
        close(num(&rec[8]), num(&want[5]), "expected_purchases", who);
        close(num(&rec[9]), num(&want[9]), "expected_spend", who);
        close(num(&rec[10]), num(&want[10]), "clv", who);
    }
    assert_eq!(rows, 2357);
}

#[test]
fn predict_json_has_the_issue_fields_and_the_published_fits() {
    let (_dir, db) = cdnow_db();
    let out = clientele(&db, &["predict", "--as-of", "1997-09-30", "--json"]);
    assert!(
        out.status.success(),
        "predict failed: {}",
        text(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(&out.stdout)));
    assert_eq!(v["as_of"], "1997-09-30");
    assert_eq!(v["customers"], 2357);
    assert_eq!(v["repeat_customers"], 946);
    let near = |got: &serde_json::Value, want: f64, rel: f64| {
        let got = got.as_f64().unwrap_or(f64::NAN);
        assert!((got - want).abs() <= rel * want.abs(), "{got} vs {want}");
    };
    // The issue's maximum-likelihood values, to 0.1 %.
    near(&v["bgnbd"]["r"], 0.2426, 1e-3);
    near(&v["bgnbd"]["alpha"], 4.4136, 1e-3);
    near(&v["bgnbd"]["a"], 0.7929, 1e-3);
    near(&v["bgnbd"]["b"], 2.4259, 1e-3);
    assert!((v["bgnbd"]["ll"].as_f64().unwrap_or(0.0) + 9582.43).abs() <= 0.05);
    near(&v["gamma_gamma"]["p"], 6.2496, 1e-3);
    near(&v["gamma_gamma"]["q"], 3.7442, 1e-3);
    near(&v["gamma_gamma"]["v"], 15.4435, 1e-3);
    // 273 days of history is more than twice 90 days, so the check runs.
    assert_eq!(v["check"]["horizon_days"], 90);
    for key in ["mae", "auc", "chosen"] {
        assert!(
            !v["check"][key].is_null(),
            "check.{key} missing: {}",
            v["check"]
        );
    }
    let model = v["model"].as_str().unwrap_or("");
    assert!(model == "bgnbd" || model == "pareto-nbd", "{model}");
    assert_eq!(v["check"]["chosen"], model);
    if model == "pareto-nbd" {
        near(&v["pareto_nbd"]["r"], 0.5533, 1e-3);
        near(&v["pareto_nbd"]["alpha"], 10.5779, 1e-3);
        near(&v["pareto_nbd"]["s"], 0.6063, 1e-3);
        near(&v["pareto_nbd"]["beta"], 11.6688, 1e-3);
    }
    assert!(v["total_clv"].as_f64().unwrap_or(0.0) > 0.0);
    assert!(v["expected_purchases"].as_f64().unwrap_or(0.0) > 0.0);

    // With BG/NBD asked for, the 12-month CLV sums to the issue's figure.
    let out = clientele(
        &db,
        &[
            "predict",
            "--as-of",
            "1997-09-30",
            "--model",
            "bgnbd",
            "--json",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(v["model"], "bgnbd");
    assert!(v["pareto_nbd"].is_null());
    let total = v["total_clv"].as_f64().unwrap_or(0.0);
    assert!((total - 71_507.95).abs() < 0.01, "{total}");
}

#[test]
fn predict_with_too_little_data_says_why_and_writes_nothing() {
    let (dir, db) = temp_db("small.sqlite");
    let sales = dir.path().join("sales.csv");
    let mut csv = String::from("customer_id,date,amount\n");
    // Twelve customers, four of whom came back: far fewer than 30 repeat customers.
    for c in 1..=12 {
        csv.push_str(&format!("C{c},2025-01-0{},10.00\n", 1 + c % 5));
        if c % 3 == 0 {
            csv.push_str(&format!("C{c},2025-03-1{},25.50\n", c % 7));
        }
    }
    std::fs::write(&sales, csv).unwrap();
    let out = clientele(&db, &["import", "sales", sales.to_str().unwrap_or("")]);
    assert!(out.status.success(), "import failed: {}", text(&out.stderr));
    let file = dir.path().join("p.csv");
    let out = clientele(&db, &["predict", "--out", file.to_str().unwrap_or("")]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("only 4 of your 12 customers") && err.contains("at least 30"),
        "{err}"
    );
    assert!(!file.exists(), "a file was written without predictions");
    // A share outside 0..1 is bad usage.
    let out = clientele(&db, &["predict", "--margin", "1.5"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}
