//! `clientele rfm` and `clientele segments` on the CDNOW sample, against the independent
//! pandas references in tests/data/cdnow_rfm_percentile_reference.csv (the default rule) and
//! cdnow_rfm_reference.csv (`--scores quintile`), scripts and commands beside them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::common::{clientele, temp_db, text};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn cdnow_db() -> (tempfile::TempDir, PathBuf) {
    let (dir, db) = temp_db("cdnow.sqlite");
    let file = data("cdnow_sample_transactions.csv");
    let out = clientele(&db, &["import", "sales", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    (dir, db)
}

#[test]
fn rfm_of_cdnow_equals_the_pandas_reference_cell_by_cell() {
    // The default rule: ties share a score (cdnow_rfm_percentile_reference.py).
    rfm_of_cdnow_against(&[], "cdnow_rfm_percentile_reference.csv");
    rfm_of_cdnow_against(
        &["--scores", "percentile"],
        "cdnow_rfm_percentile_reference.csv",
    );
    // The classic pandas recipe (cdnow_rfm_reference.py).
    rfm_of_cdnow_against(&["--scores", "quintile"], "cdnow_rfm_reference.csv");
}

#[test]
fn default_rule_gives_one_time_buyers_one_frequency_score() {
    // 1 218 of CDNOW's 2 357 customers bought once: under the default rule they all score
    // F 1 (nobody is beaten), so F 2 is empty; under the classic rule they spill into F 2
    // by customer id.
    let reference = csv::Reader::from_path(data("cdnow_rfm_percentile_reference.csv"))
        .unwrap()
        .into_records()
        .map(Result::unwrap)
        .collect::<Vec<_>>();
    let once = reference.iter().filter(|r| &r[2] == "1").count();
    assert_eq!(once, 1218);
    assert!(reference.iter().all(|r| (&r[2] == "1") == (&r[5] == "1")));
    assert!(reference.iter().all(|r| &r[5] != "2"));
}

fn rfm_of_cdnow_against(scores: &[&str], reference_file: &str) {
    let (dir, db) = cdnow_db();
    let file = dir.path().join("rfm.csv");
    let mut args = vec![
        "rfm",
        "--as-of",
        "1998-06-30",
        "--out",
        file.to_str().unwrap(),
    ];
    args.extend_from_slice(scores);
    let out = clientele(&db, &args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut ours = csv::Reader::from_path(&file).unwrap();
    assert_eq!(
        ours.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "customer_id",
            "external_ref",
            "recency_days",
            "frequency",
            "monetary",
            "r",
            "f",
            "m",
            "segment"
        ]
    );
    let ours: Vec<csv::StringRecord> = ours.records().map(Result::unwrap).collect();
    // The reference orders customers by CDNOW's customer_id; ties in the scores go to the
    // lower internal id, so both orders must agree for the comparison to be fair.
    let refs: Vec<i64> = ours.iter().map(|r| r[1].parse().unwrap()).collect();
    assert!(
        refs.windows(2).all(|w| w[0] < w[1]),
        "internal ids follow CDNOW's order"
    );
    let reference: HashMap<String, csv::StringRecord> =
        csv::Reader::from_path(data(reference_file))
            .unwrap()
            .records()
            .map(|r| {
                let r = r.unwrap();
                (r[0].to_string(), r)
            })
            .collect();
    assert_eq!(ours.len(), 2357);
    assert_eq!(reference.len(), 2357);
    let mut differences = Vec::new();
    for row in &ours {
        let want = &reference[&row[1]];
        for (col, (a, b)) in [
            "recency_days",
            "frequency",
            "monetary",
            "r",
            "f",
            "m",
            "segment",
        ]
        .iter()
        .zip(row.iter().skip(2).zip(want.iter().skip(1)))
        {
            if a != b {
                differences.push(format!("customer {}: {col} {a} vs pandas {b}", &row[1]));
            }
        }
    }
    assert!(
        differences.is_empty(),
        "{reference_file}: {} differences: {:?}",
        differences.len(),
        &differences[..differences.len().min(10)]
    );
}

#[test]
fn segments_json_adds_up_to_the_shop() {
    segments_json_against(&[], "cdnow_rfm_percentile_reference.csv");
    segments_json_against(&["--scores", "quintile"], "cdnow_rfm_reference.csv");
}

fn segments_json_against(scores: &[&str], reference_file: &str) {
    let (_dir, db) = cdnow_db();
    let mut args = vec!["segments", "--as-of", "1998-06-30", "--json"];
    args.extend_from_slice(scores);
    let out = clientele(&db, &args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["as_of"], "1998-06-30");
    for key in ["segments", "tiers", "lifecycle"] {
        let list = v[key].as_array().unwrap();
        let customers: u64 = list.iter().map(|s| s["customers"].as_u64().unwrap()).sum();
        let revenue: f64 = list.iter().map(|s| s["revenue"].as_f64().unwrap()).sum();
        assert_eq!(customers, 2357, "{key}");
        assert!((revenue - 244091.94).abs() < 0.005, "{key}: {revenue}");
    }
    assert_eq!(v["segments"].as_array().unwrap().len(), 10);
    assert_eq!(v["tiers"][0]["name"], "A");
    // Segment counts from the pandas reference.
    let reference = csv::Reader::from_path(data(reference_file))
        .unwrap()
        .into_records();
    let mut counts: HashMap<String, u64> = HashMap::new();
    for r in reference {
        *counts.entry(r.unwrap()[7].to_string()).or_default() += 1;
    }
    for s in v["segments"].as_array().unwrap() {
        let name = s["name"].as_str().unwrap();
        assert_eq!(
            s["customers"].as_u64().unwrap(),
            counts.get(name).copied().unwrap_or(0),
            "{reference_file}: {name}"
        );
    }
}

/// The rows of a CSV file: a byte-order mark is skipped and the delimiter (`,` or `;`, as
/// exports choose by the shop's locale) is the one the header line uses.
fn csv_rows(path: &Path) -> Vec<csv::StringRecord> {
    let bytes = std::fs::read(path).unwrap();
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let header = body.split(|&b| b == b'\n').next().unwrap_or_default();
    let delimiter = if header.contains(&b';') { b';' } else { b',' };
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(body)
        .records()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn saved_segments_and_named_groups_export_their_members() {
    let (dir, db) = cdnow_db();
    let reference = csv_rows(&data("cdnow_rfm_percentile_reference.csv"));
    // A saved rule, counted independently from the pandas table.
    let rule = r#"{"any":[{"field":"frequency","op":">=","value":5},{"all":[{"field":"monetary","op":"between","value":[100,200]},{"field":"recency_days","op":"<","value":60}]}]}"#;
    let out = clientele(&db, &["segment", "save", "Regulars", "--rule", rule]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let want = reference
        .iter()
        .filter(|r| {
            let f: u32 = r[2].parse().unwrap();
            let m: f64 = r[3].parse().unwrap();
            let rec: i64 = r[1].parse().unwrap();
            f >= 5 || ((100.0..=200.0).contains(&m) && rec < 60)
        })
        .count();
    // The default as-of date is the latest sale, 1998-06-30, as in the reference.
    let file = dir.path().join("regulars.csv");
    let out = clientele(
        &db,
        &[
            "export",
            "segment",
            "regulars",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(csv_rows(&file).len(), want);
    // A named RFM segment and a tier.
    let champions = reference.iter().filter(|r| &r[7] == "Champions").count();
    let out = clientele(
        &db,
        &[
            "export",
            "segment",
            "Champions",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let rows = csv_rows(&file);
    assert_eq!(rows.len(), champions);
    assert!(rows.iter().all(|r| &r[12] == "Champions"));
    // CDNOW says nothing about consent: nobody is exported for marketing.
    let out = clientele(
        &db,
        &[
            "export",
            "segment",
            "A",
            "--consented-only",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(csv_rows(&file).len(), 0);
    // Every customer.
    let out = clientele(
        &db,
        &["export", "customers", "--out", file.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(csv_rows(&file).len(), 2357);
    // Wrong rules and names are refused in plain words.
    let out = clientele(
        &db,
        &[
            "segment",
            "save",
            "Odd",
            "--rule",
            r#"{"field":"city","op":">","value":"x"}"#,
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("cannot be used with city"));
    let out = clientele(
        &db,
        &[
            "export",
            "segment",
            "Nobody",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no segment"));
}

/// The per-customer figures RFM reads as of the latest sale agree with the RFM worked out
/// from every sale line, on a demo shop with merges, and after an order whose lines span
/// two days (its day is its first line's, not its last's).
#[test]
fn rfm_from_kept_figures_equals_rfm_from_the_sale_lines() {
    use clientele::analytics::rfm::{rfm, rfm_from_totals};
    use clientele::analytics::{build_orders, default_as_of};
    let (dir, db) = crate::common::demo_db(400);
    let check = |store: &clientele::store::Store| {
        let facts = store.sale_facts().unwrap();
        let latest = default_as_of(&facts, crate::common::end_date());
        let from_lines = rfm(&build_orders(&facts), latest);
        let (kept_latest, totals) = store.customer_totals().unwrap().expect("figures kept");
        assert_eq!(kept_latest, latest);
        let kept = rfm_from_totals(&totals, latest);
        assert_eq!(kept.len(), from_lines.len());
        assert!(kept == from_lines, "the two RFM tables differ");
        latest
    };
    let store = clientele::store::Store::open(&db).unwrap();
    let latest = check(&store);
    // A new customer's order O-9 starts two days before the latest sale and ends on it.
    let file = dir.path().join("late.csv");
    let first = latest - chrono::Duration::days(2);
    std::fs::write(
        &file,
        format!("order,customer,date,amount\nO-9,late-1,{first},10.00\nO-9,late-1,{latest},5.00\n"),
    )
    .unwrap();
    let out = clientele(&db, &["import", "sales", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    check(&store);
    let rows = rfm_from_totals(&store.customer_totals().unwrap().unwrap().1, latest);
    let late = rows.iter().max_by_key(|r| r.customer_id).unwrap();
    assert_eq!(
        (late.frequency, late.recency_days, late.monetary_cents),
        (1, 2, 1500)
    );
    // Merging two customers keeps the figures in step.
    let ids: Vec<i64> = rows.iter().take(2).map(|r| r.customer_id).collect();
    let out = clientele(&db, &["merge", &ids[0].to_string(), &ids[1].to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    check(&store);
}
