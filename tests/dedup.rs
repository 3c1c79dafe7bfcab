//! `clientele dedup`, `merge --auto`, `merges` and `unmerge`, run as a real process on the
//! FEBRL reference files (tests/data, with their true duplicate pairs) and a demo shop.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::common::{clientele, demo_db, temp_db, text};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn pairs_of(path: &Path, a: usize, b: usize) -> HashSet<(String, String)> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let (x, y) = (r[a].to_string(), r[b].to_string());
            if x < y { (x, y) } else { (y, x) }
        })
        .collect()
}

/// Imports a FEBRL file, runs `dedup --pairs-out` at the recommended threshold and scores
/// the pairs (the closure of the clusters) against the true pairs: precision, recall, F1.
fn febrl_quality(file: &str, truth: &str) -> (f64, f64, f64) {
    let (dir, db) = temp_db("febrl.sqlite");
    let out = clientele(&db, &["import", "contacts", data(file).to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let pairs = dir.path().join("pairs.csv");
    let out = clientele(&db, &["dedup", "--pairs-out", pairs.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let header = std::fs::read_to_string(&pairs).unwrap();
    assert_eq!(
        header.lines().next(),
        Some("id_a,id_b,external_ref_a,external_ref_b,score")
    );
    let found = pairs_of(&pairs, 2, 3);
    let truth = pairs_of(&data(truth), 0, 1);
    let tp = found.intersection(&truth).count() as f64;
    let precision = tp / found.len().max(1) as f64;
    let recall = tp / truth.len() as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(1e-12);
    eprintln!(
        "{file}: {} pairs found, {} true; precision {precision:.4}, recall {recall:.4}, F1 {f1:.4}\n{}",
        found.len(),
        truth.len(),
        text(&out.stdout)
    );
    (precision, recall, f1)
}

#[test]
fn febrl1_duplicates_are_found_with_f1_above_0_99() {
    let (p, r, f1) = febrl_quality("febrl1.csv", "febrl1_true_pairs.csv");
    assert!(f1 >= 0.99, "F1 {f1:.4} (precision {p:.4}, recall {r:.4})");
}

#[test]
fn febrl2_duplicates_are_found_with_f1_above_0_99() {
    let (p, r, f1) = febrl_quality("febrl2.csv", "febrl2_true_pairs.csv");
    assert!(f1 >= 0.99, "F1 {f1:.4} (precision {p:.4}, recall {r:.4})");
}

fn stats(db: &Path) -> serde_json::Value {
    serde_json::from_slice(&clientele(db, &["stats", "--json"]).stdout).unwrap_or_default()
}

#[test]
fn clusters_merge_automatically_and_unmerge_back() {
    let (dir, db) = demo_db(400);
    let before = stats(&db);
    let clusters = dir.path().join("clusters.csv");
    let out = clientele(
        &db,
        &["dedup", "--clusters-out", clusters.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut reader = csv::Reader::from_path(&clusters).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["cluster_id", "contact_id", "external_ref"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let groups: HashSet<&str> = rows.iter().map(|r| r.get(0).unwrap()).collect();
    assert!(!groups.is_empty(), "the demo shop has duplicates");
    let absorbed = rows.len() - groups.len();

    let out = clientele(&db, &["merge", "--auto"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let after = stats(&db);
    assert_eq!(
        after["customers"].as_i64().unwrap(),
        before["customers"].as_i64().unwrap() - absorbed as i64,
        "{}",
        text(&out.stdout)
    );
    assert_eq!(after["revenue"], before["revenue"]);
    assert_eq!(after["sale_lines"], before["sale_lines"]);
    // A second detection proposes nothing already merged.
    let out = clientele(
        &db,
        &["dedup", "--clusters-out", clusters.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0));
    let again = csv::Reader::from_path(&clusters).unwrap().records().count();
    assert!(
        again < rows.len(),
        "{again} rows again after merging {}",
        rows.len()
    );

    // Every merge undone in one call restores the shop.
    let merges: Vec<String> = text(&clientele(&db, &["merges"]).stdout)
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next().map(str::to_string))
        .collect();
    assert_eq!(merges.len(), absorbed);
    let mut args = vec!["unmerge"];
    args.extend(merges.iter().map(String::as_str));
    let out = clientele(&db, &args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(stats(&db), before);
}

#[test]
fn a_threshold_outside_0_to_1_is_refused() {
    let (_dir, db) = temp_db("empty.sqlite");
    let out = clientele(&db, &["dedup", "--threshold", "1.5"]);
    assert_ne!(out.status.code(), Some(0));
    assert!(
        text(&out.stderr).contains("between 0 and 1"),
        "{}",
        text(&out.stderr)
    );
}
