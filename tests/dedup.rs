//! `clientele dedup`, `merge --auto`, `merges` and `unmerge`, run as a real process on the
//! FEBRL reference files (tests/data, with their true duplicate pairs) and a demo shop.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use clientele::dedup::{self, Options, Record};

use crate::common::{clientele, demo_db, temp_db, text};

#[path = "../benches/shops/repro.rs"]
mod repro;

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

/// Pairwise precision, recall and F1 of the clusters' closure at the recommended threshold
/// against the truth (each record's person).
fn quality_against(d: &dedup::Detection, owners: &[usize]) -> (f64, f64, f64) {
    let mut truth = HashSet::new();
    let mut by_owner: Vec<(usize, u32)> = owners.iter().copied().zip(0u32..).collect();
    by_owner.sort_unstable();
    for group in by_owner.chunk_by(|a, b| a.0 == b.0) {
        for (i, a) in group.iter().enumerate() {
            for b in &group[i + 1..] {
                truth.insert((a.1.min(b.1), a.1.max(b.1)));
            }
        }
    }
    let (mut found, mut tp) = (0usize, 0usize);
    for c in d.clusters(d.recommended_threshold) {
        for (i, &a) in c.members.iter().enumerate() {
            for &b in &c.members[i + 1..] {
                found += 1;
                tp += usize::from(truth.contains(&(a.min(b), a.max(b))));
            }
        }
    }
    let precision = tp as f64 / found.max(1) as f64;
    let recall = tp as f64 / truth.len().max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(1e-12);
    (precision, recall, f1)
}

fn detect(records: &[Record]) -> dedup::Detection {
    let options = Options {
        phone_country: Some("FR".into()),
        ..Options::default()
    };
    dedup::detect(records, &options, &mut |_, _| true).unwrap()
}

#[test]
fn the_multilingual_shop_of_issue_19_is_found_at_two_sizes() {
    for n in [2_000, 8_000] {
        let (records, owners) = repro::shop(n, 19);
        let d = detect(&records);
        let (p, r, f1) = quality_against(&d, &owners);
        eprintln!(
            "{n}: precision {p:.4}, recall {r:.4}, F1 {f1:.4}; {:?}",
            d.diagnostics
        );
        assert!(!d.diagnostics.fallback, "{:?}", d.diagnostics.checks);
        assert!(
            f1 >= 0.95,
            "{n} contacts: F1 {f1:.4} (precision {p:.4}, recall {r:.4})"
        );
    }
}

/// The test kit's records as contacts (ids 1.., in order) and each record's person.
fn from_people(rows: &[crate::people::PersonRecord]) -> (Vec<Record>, Vec<usize>) {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let records = rows
        .iter()
        .enumerate()
        .map(|(i, r)| Record {
            id: i as i64 + 1,
            external_ref: some(&r.record_id),
            first_name: some(&r.first_name),
            last_name: some(&r.last_name),
            email: some(&r.email),
            phone: some(&r.phone),
            street: some(&r.street),
            city: some(&r.city),
            postcode: some(&r.postcode),
            birth_date: some(&r.birth_date),
            ..Record::default()
        })
        .collect();
    (records, rows.iter().map(|r| r.entity_id as usize).collect())
}

#[test]
fn generator_a_duplicates_are_found_at_two_sizes() {
    for n in [2_000, 8_000] {
        let (records, owners) = from_people(&crate::people::multilingual::generate(n, 5));
        let d = detect(&records);
        let (p, r, f1) = quality_against(&d, &owners);
        eprintln!("generator A, {n}: precision {p:.4}, recall {r:.4}, F1 {f1:.4}");
        assert!(!d.diagnostics.fallback, "{:?}", d.diagnostics.checks);
        assert!(
            f1 >= 0.98,
            "{n} contacts: F1 {f1:.4} (precision {p:.4}, recall {r:.4})"
        );
    }
}

#[test]
fn generator_b_duplicates_are_found_at_two_sizes() {
    for n in [2_000, 8_000] {
        let (records, owners) = from_people(&crate::people::households::generate(n, 5));
        let d = detect(&records);
        let (p, r, f1) = quality_against(&d, &owners);
        eprintln!("generator B, {n}: precision {p:.4}, recall {r:.4}, F1 {f1:.4}");
        assert!(!d.diagnostics.fallback, "{:?}", d.diagnostics.checks);
        assert!(
            f1 >= 0.95,
            "{n} contacts: F1 {f1:.4} (precision {p:.4}, recall {r:.4})"
        );
    }
}

#[test]
fn a_rare_email_or_phone_with_similar_names_is_a_duplicate_at_any_size() {
    for n in [500, 5_000] {
        let (mut records, _) = repro::shop(n, 7);
        let rec = |first: &str, last: &str, email: &str, phone: &str, birth: &str| Record {
            id: 0,
            first_name: Some(first.into()),
            last_name: Some(last.into()),
            email: (!email.is_empty()).then(|| email.to_string()),
            phone: (!phone.is_empty()).then(|| phone.to_string()),
            birth_date: (!birth.is_empty()).then(|| birth.to_string()),
            ..Record::default()
        };
        // The pair of issue 19, names swapped, the mailbox at another provider, the same
        // phone; and a pair sharing a rare e-mail with a typo in the surname, nothing else.
        let extra = [
            Record {
                street: Some("91 place de la République".into()),
                city: Some("Bordeaux".into()),
                postcode: Some("33000".into()),
                ..rec(
                    "Manon",
                    "David",
                    "manon.david2708147@gmail.com",
                    "+33 6 25 75 68 27",
                    "1942-12-05",
                )
            },
            Record {
                street: Some("91 place de la République".into()),
                city: Some("Bordeaux".into()),
                postcode: Some("33000".into()),
                ..rec(
                    "David",
                    "Manon",
                    "manon.david2708147@qq.com",
                    "+33 6 25 75 68 27",
                    "",
                )
            },
            rec("Jérôme", "Lefèvre", "jl.1977.x@free.fr", "", ""),
            rec("Jerome", "Lefevres", "jl.1977.x@free.fr", "", ""),
            // The same phone, names swapped, nothing else.
            rec("Ольга", "Смирнова", "", "06 11 22 33 44", ""),
            rec("Smirnova", "Olga", "", "0033611223344", ""),
        ];
        let first = records.len() as u32;
        for (k, r) in extra.into_iter().enumerate() {
            records.push(Record {
                id: (first as usize + k + 1) as i64,
                ..r
            });
        }
        let d = detect(&records);
        let t = d.recommended_threshold;
        let clusters = d.clusters(t);
        for pair in [
            (first, first + 1),
            (first + 2, first + 3),
            (first + 4, first + 5),
        ] {
            let score = d.score(pair.0, pair.1);
            assert!(score >= t, "{n} contacts, {pair:?}: {score} < {t}");
            assert!(
                clusters
                    .iter()
                    .any(|c| c.members.contains(&pair.0) && c.members.contains(&pair.1)),
                "{n} contacts, {pair:?} not grouped"
            );
        }
    }
}

#[test]
fn dedup_json_prints_the_model_and_its_checks() {
    let (_dir, db) = demo_db(400);
    let out = clientele(&db, &["dedup", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let lambda = v["lambda"].as_f64().unwrap();
    assert!(lambda > 0.0 && lambda < 0.5, "{v}");
    let checks = v["checks"].as_array().unwrap();
    assert_eq!(checks.len(), 3, "{v}");
    assert!(checks.iter().all(|c| c["passed"].is_boolean()), "{v}");
    let levels = v["levels"].as_array().unwrap();
    assert!(
        levels.iter().any(|l| l["field"] == "e-mail"
            && l["level"] == "same"
            && l["m"].as_f64() > l["u"].as_f64()),
        "{v}"
    );
    assert!(
        v["blocking"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["rule"] == "same e-mail")
    );
    let t = v["recommended_threshold"].as_f64().unwrap();
    assert!(t > 0.0 && t < 1.0, "{v}");
    assert_eq!(v["fallback"].as_bool(), Some(false), "{v}");
}

/// A shop the model cannot learn from: three hundred people from a pool of six names, each
/// with an e-mail and a phone of their own and no duplicate. Every candidate is a
/// namesake, and the scores do not fall in two groups.
pub fn namesakes_shop() -> (tempfile::TempDir, PathBuf) {
    let (dir, db) = temp_db("namesakes.sqlite");
    let file = dir.path().join("contacts.csv");
    let mut csv = String::from("customer_no,first_name,last_name,email,phone\n");
    for k in 0..300 {
        csv.push_str(&format!(
            "N{k},{},{},person{k}@example.fr,06{:08}\n",
            ["Anne", "Paul", "Marc"][k % 3],
            ["Martin", "Durand"][k / 3 % 2],
            10_000_000 + k * 7_919
        ));
    }
    std::fs::write(&file, csv).unwrap();
    let out = clientele(
        &db,
        &[
            "import",
            "contacts",
            file.to_str().unwrap(),
            "--map",
            "external_ref=customer_no",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    (dir, db)
}

#[test]
fn a_shop_the_model_cannot_learn_from_says_so() {
    let (_dir, db) = namesakes_shop();
    let out = clientele(&db, &["dedup"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains(dedup::FALLBACK_SENTENCE),
        "{}",
        text(&out.stdout)
    );
    let v: serde_json::Value =
        serde_json::from_slice(&clientele(&db, &["dedup", "--json"]).stdout).unwrap();
    assert_eq!(v["fallback"].as_bool(), Some(true), "{v}");
    assert!(
        v["checks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["passed"] == false),
        "{v}"
    );
}
