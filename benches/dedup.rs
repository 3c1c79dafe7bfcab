//! Duplicate detection benchmark: prints the figures recorded in docs/benchmarks.md
//! ("Duplicates").
//!
//! `cargo bench --bench dedup` (release build).
//! 1. FEBRL1 and FEBRL2 (tests/data): detection time (median of 7 runs) and pairwise
//!    precision, recall and F1 of the closure of the clusters at the recommended threshold;
//! 2. shops of each size: the synthetic messy multilingual shop (`testkit/synth.rs`),
//!    the demo shop (`demo::generate`) and the multilingual shop of issue 19
//!    (`benches/shops/repro.rs`) and the test kit's generators A
//!    (`testkit/people/multilingual.rs`) and B (`testkit/people/households.rs`), all with
//!    seed 2026: time of each stage, total, peak
//!    memory of the process during detection (VmHWM, reset just before), the model (share
//!    of duplicates, m and u of each level), candidates, blocking completeness, precision,
//!    recall, F1, and a fingerprint of the pairs found (the same fingerprint from two builds:
//!    the same pairs, probabilities and groups).
//!
//! `CLIENTELE_DEDUP_BENCH_SIZES=10000,100000` sets the sizes (default 1 000 000; empty
//! skips the shops); `CLIENTELE_DEDUP_BENCH_SHOPS=synth,demo,repro,a,b` which shops;
//! `CLIENTELE_DEDUP_BENCH_FEBRL=0` skips the FEBRL part;
//! `CLIENTELE_DEDUP_BENCH_WITHOUT=household,chain` switches off some of the model's
//! older special rules ([`dedup::SpecialRules`]) to measure what each earns.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use clientele::dedup::{self, Options, Record};

#[path = "shops/repro.rs"]
mod repro;

// As for the kit below, the shop's own tests import what only they use.
#[allow(unused_imports)]
#[path = "../testkit/synth.rs"]
mod synth;

// The kit's own tests import what only they use (compiled here in test mode).
#[allow(unused_imports)]
#[path = "../testkit/people/mod.rs"]
mod people;

const RUNS: usize = 7;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn read_febrl(name: &str) -> Vec<Record> {
    let mut reader = csv::Reader::from_path(data(name)).unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.unwrap_or_else(|e| panic!("{e}"));
        let get = |k: usize| {
            let v = row.get(k).unwrap_or("").trim();
            (!v.is_empty()).then(|| v.to_string())
        };
        let street = match (get(3), get(4)) {
            (Some(n), Some(s)) => Some(format!("{n} {s}")),
            (n, s) => n.or(s),
        };
        out.push(Record {
            id: i as i64 + 1,
            external_ref: get(0),
            first_name: get(1),
            last_name: get(2),
            street,
            street2: get(5),
            city: get(6),
            postcode: get(7),
            region: get(8),
            birth_date: get(9),
            ..Record::default()
        });
    }
    out
}

fn febrl_truth(name: &str, records: &[Record]) -> Vec<(usize, usize)> {
    let index: HashMap<&str, usize> = records
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.external_ref.as_deref().map(|x| (x, i)))
        .collect();
    let mut reader = csv::Reader::from_path(data(name)).unwrap_or_else(|e| panic!("{e}"));
    reader
        .records()
        .filter_map(|r| {
            let r = r.ok()?;
            let (a, b) = (*index.get(&r[0])?, *index.get(&r[1])?);
            Some((a.min(b), a.max(b)))
        })
        .collect()
}

fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// A fingerprint of what detection found: every kept pair with its probability to the
/// last bit, the recommended threshold, and the groups at it. Two builds that print the
/// same fingerprint found the same pairs.
fn fingerprint(d: &dedup::Detection) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for p in &d.pairs {
        (p.a, p.b, p.probability.to_bits()).hash(&mut h);
    }
    d.recommended_threshold.to_bits().hash(&mut h);
    for c in d.clusters(d.recommended_threshold) {
        c.members.hash(&mut h);
    }
    format!("{:016x} ({} pairs kept)", h.finish(), d.pairs.len())
}

/// Detection with the time of each stage (from the progress callback's stage names).
fn timed_detect(records: &[Record], options: &Options) -> (dedup::Detection, Vec<(String, f64)>) {
    let mut stages: Vec<(String, Instant)> = Vec::new();
    let d = dedup::detect(records, options, &mut |_, stage| {
        let stage = clientele::text::english(&clientele::service::Stage::Detecting(stage));
        if stages.last().is_none_or(|s| s.0 != stage) {
            stages.push((stage, Instant::now()));
        }
        true
    })
    .unwrap_or_else(|_| panic!("cancelled"));
    let end = Instant::now();
    let times = stages
        .iter()
        .enumerate()
        .map(|(i, (stage, at))| {
            let next = stages.get(i + 1).map_or(end, |s| s.1);
            (stage.clone(), (next - *at).as_secs_f64())
        })
        .collect();
    (d, times)
}

fn print_stages(stages: &[(String, f64)]) {
    for (stage, secs) in stages {
        println!("  {stage}: {secs:.3} s");
    }
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

/// The model's special rules, less those `CLIENTELE_DEDUP_BENCH_WITHOUT` names.
fn special_rules() -> dedup::SpecialRules {
    let mut rules = dedup::SpecialRules::default();
    let without = std::env::var("CLIENTELE_DEDUP_BENCH_WITHOUT").unwrap_or_default();
    for name in without.split(',') {
        match name.trim() {
            "" => {}
            "household" => rules.household_u = false,
            "chain" => rules.chain_guards = false,
            other => panic!("unknown special rule {other}: household or chain"),
        }
    }
    rules
}

fn main() {
    println!("Clientele duplicate detection benchmark");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("threads available: {threads}");
    let base = Options {
        special: special_rules(),
        ..Options::default()
    };
    println!("special rules: {:?}", base.special);
    if env_usize("CLIENTELE_DEDUP_BENCH_FEBRL", 1) != 0 {
        for (file, truth) in [
            ("febrl1.csv", "febrl1_true_pairs.csv"),
            ("febrl2.csv", "febrl2_true_pairs.csv"),
        ] {
            let records = read_febrl(file);
            let truth = febrl_truth(truth, &records);
            let mut times = Vec::new();
            let mut last = None;
            for _ in 0..RUNS {
                let start = Instant::now();
                let d = dedup::detect(&records, &base, &mut |_, _| true)
                    .unwrap_or_else(|_| panic!("cancelled"));
                times.push(start.elapsed().as_secs_f64());
                last = Some(d);
            }
            times.sort_by(f64::total_cmp);
            let Some(d) = last else { continue };
            let (_, stages) = timed_detect(&records, &base);
            let q = synth::pair_quality(&d, &truth, d.recommended_threshold);
            println!(
                "{file}: {} records, detection {:.3} s (median of {RUNS}; min {:.3}, max {:.3}), {} candidates, threshold {:.3}, precision {:.4}, recall {:.4}, F1 {:.4}, blocking completeness {:.4}",
                records.len(),
                times[RUNS / 2],
                times[0],
                times[RUNS - 1],
                d.candidates,
                d.recommended_threshold,
                q.precision,
                q.recall,
                q.f1,
                q.blocking_completeness
            );
            print_stages(&stages);
            println!("  fingerprint {}", fingerprint(&d));
        }
    }

    let sizes = env_sizes("CLIENTELE_DEDUP_BENCH_SIZES", &[1_000_000]);
    let shops =
        std::env::var("CLIENTELE_DEDUP_BENCH_SHOPS").unwrap_or_else(|_| "synth,demo,repro".into());
    let fr = Options {
        phone_country: Some("FR".into()),
        ..base.clone()
    };
    for &contacts in &sizes {
        for shop in shops.split(',') {
            let start = Instant::now();
            let (records, truth) = match shop {
                "synth" => {
                    // About 1.14 records a person: generate slightly more people, keep
                    // `contacts` records.
                    let people = contacts * 100 / 112 + 10;
                    let (mut records, mut truth) = synth::shop(people, 2026);
                    records.truncate(contacts);
                    truth.retain(|&(a, b)| a < contacts && b < contacts);
                    (records, truth)
                }
                "demo" => demo_shop(contacts),
                "repro" => {
                    let (records, owners) = repro::shop(contacts, 2026);
                    (records, pairs_of_owners(&owners))
                }
                "a" => from_people(&people::multilingual::generate(contacts, 2026)),
                "b" => from_people(&people::households::generate(contacts, 2026)),
                other => {
                    println!("unknown shop {other}");
                    continue;
                }
            };
            println!(
                "{shop} shop: {} contacts, {} true pairs, generated in {:.1} s",
                records.len(),
                truth.len(),
                start.elapsed().as_secs_f64()
            );
            evaluate(shop, &records, &truth, &fr);
        }
    }
}

/// Every pair of record indices with the same owner, smaller index first.
fn pairs_of_owners(owners: &[usize]) -> Vec<(usize, usize)> {
    let mut by_owner: Vec<(usize, usize)> = owners.iter().copied().zip(0..).collect();
    by_owner.sort_unstable();
    let mut pairs = Vec::new();
    for group in by_owner.chunk_by(|a, b| a.0 == b.0) {
        for (i, a) in group.iter().enumerate() {
            for b in &group[i + 1..] {
                pairs.push((a.1.min(b.1), a.1.max(b.1)));
            }
        }
    }
    pairs
}

/// A test kit's records as contacts (ids 1.., in order), with the truth.
fn from_people(rows: &[people::PersonRecord]) -> (Vec<Record>, Vec<(usize, usize)>) {
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
    (records, people::true_pairs(rows))
}

/// The demo shop of about `contacts` contacts (its customers plus their duplicate contacts)
/// with its truth.
fn demo_shop(contacts: usize) -> (Vec<Record>, Vec<(usize, usize)>) {
    let shop = clientele::demo::generate(&clientele::demo::DemoOptions {
        catalogue: None,
        customers: contacts * 100 / 108,
        years: 3,
        seed: 2026,
        end: chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default(),
    });
    let records = shop
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| Record {
            id: i as i64 + 1,
            external_ref: c.external_ref.clone(),
            first_name: c.first_name.clone(),
            last_name: c.last_name.clone(),
            company: c.company.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
            street: c.street.clone(),
            street2: c.street2.clone(),
            city: c.city.clone(),
            postcode: c.postcode.clone(),
            region: c.region.clone(),
            country: c.country.clone(),
            birth_date: c.birth_date.map(|d| d.to_string()),
            ..Record::default()
        })
        .collect();
    let truth = shop
        .duplicate_of
        .iter()
        .map(|&(a, b)| (a.min(b), a.max(b)))
        .collect();
    (records, truth)
}

/// Detection on one shop: time of each stage, total, peak memory of the process during
/// detection (VmHWM, reset just before), candidates, the model, blocking completeness,
/// precision, recall, F1.
fn evaluate(shop: &str, records: &[Record], truth: &[(usize, usize)], options: &Options) {
    let before_kb = peak_kb().unwrap_or(0);
    let reset = reset_peak();
    let start = Instant::now();
    let (d, stages) = timed_detect(records, options);
    let total = start.elapsed().as_secs_f64();
    let peak = peak_kb().unwrap_or(0);
    print_stages(&stages);
    println!(
        "  detection total: {total:.2} s; peak memory {:.0} MB{} (records alone: {:.0} MB before detection)",
        peak as f64 / 1024.0,
        if reset {
            ""
        } else {
            " (peak of the whole process)"
        },
        before_kb as f64 / 1024.0
    );
    println!("  blocking: {:?}", d.blocking);
    print_model(&d);
    print_mistakes(&d, records, truth);
    if env_usize("CLIENTELE_DEDUP_BENCH_ERRORS", 0) != 0 {
        print_error_kinds(&d, truth);
    }
    let start = Instant::now();
    println!("  fingerprint {}", fingerprint(&d));
    let q = synth::pair_quality(&d, truth, d.recommended_threshold);
    println!(
        "  {shop} {}: {} candidates, {} pairs kept, threshold {:.3}, lambda {:.3e}; blocking completeness {:.4}; precision {:.4}, recall {:.4}, F1 {:.4} ({} found, {} true; measured in {:.1} s)",
        records.len(),
        d.candidates,
        d.pairs.len(),
        d.recommended_threshold,
        d.model.lambda,
        q.blocking_completeness,
        q.precision,
        q.recall,
        q.f1,
        q.found,
        q.true_pairs,
        start.elapsed().as_secs_f64()
    );
}

/// A few true pairs left apart and wrong pairs joined at the recommended threshold, with
/// the records and the explanation.
fn print_mistakes(d: &dedup::Detection, records: &[Record], truth: &[(usize, usize)]) {
    use std::collections::HashSet;
    let clusters = d.clusters(d.recommended_threshold);
    let mut cluster_of = vec![usize::MAX; records.len()];
    for (k, c) in clusters.iter().enumerate() {
        for &m in &c.members {
            cluster_of[m as usize] = k;
        }
    }
    let joined = |a: usize, b: usize| cluster_of[a] != usize::MAX && cluster_of[a] == cluster_of[b];
    let show = |i: usize| {
        let r = &records[i];
        format!(
            "{} {} <{}> {} {} {}",
            r.first_name.as_deref().unwrap_or(""),
            r.last_name.as_deref().unwrap_or(""),
            r.email.as_deref().unwrap_or(""),
            r.phone.as_deref().unwrap_or(""),
            r.street.as_deref().unwrap_or(""),
            r.birth_date.as_deref().unwrap_or("")
        )
    };
    for &(a, b) in truth.iter().filter(|&&(a, b)| !joined(a, b)).take(5) {
        println!(
            "    missed: {} | {} : {}",
            show(a),
            show(b),
            clientele::text::dedup::explained(
                clientele::text::Lang::En,
                &d.explain(a as u32, b as u32)
            )
        );
    }
    let truth: HashSet<(usize, usize)> = truth.iter().copied().collect();
    let mut wrong = 0;
    'outer: for c in &clusters {
        for (i, &a) in c.members.iter().enumerate() {
            for &b in &c.members[i + 1..] {
                let (x, y) = (a.min(b) as usize, a.max(b) as usize);
                if !truth.contains(&(x, y)) {
                    println!(
                        "    wrong: {} | {} : {}",
                        show(x),
                        show(y),
                        clientele::text::dedup::explained(
                            clientele::text::Lang::En,
                            &d.explain(a, b)
                        )
                    );
                    wrong += 1;
                    if wrong == 5 {
                        break 'outer;
                    }
                }
            }
        }
    }
}

/// A kind of mistake: left apart or joined, why, the fields' levels, the shared blocking keys.
type MistakeKind = (&'static str, &'static str, String, String);
/// How many pairs of a kind, the sum of their match weights, and one example.
type MistakeCount = (usize, f64, (usize, usize));

/// Every true pair left apart and every wrong pair joined at the recommended threshold,
/// counted by kind: why (no blocking rule shares a key / scored below the threshold /
/// kept apart by the chain guards; scored above / joined through other records), which
/// fields agree at which level, and the blocking rules whose key the two records share,
/// with the mean match weight (prior included) and one example of each kind.
fn print_error_kinds(d: &dedup::Detection, truth: &[(usize, usize)]) {
    use dedup::block::RULES;
    use dedup::compare::{self, FIELDS};
    use std::collections::{BTreeMap, HashSet};
    let threshold = d.recommended_threshold;
    let clusters = d.clusters(threshold);
    let mut cluster_of = vec![usize::MAX; d.ids.len()];
    for (k, c) in clusters.iter().enumerate() {
        for &m in &c.members {
            cluster_of[m as usize] = k;
        }
    }
    let joined = |a: usize, b: usize| cluster_of[a] != usize::MAX && cluster_of[a] == cluster_of[b];
    let prepared = d.prepared();
    let proposed: HashSet<(u32, u32)> = d
        .pairs
        .iter()
        .map(|p| (p.a.min(p.b), p.a.max(p.b)))
        .collect();
    let kind = |a: usize, b: usize| {
        let p = compare::compare(&prepared[a], &prepared[b]);
        let levels: Vec<String> = FIELDS
            .iter()
            .enumerate()
            .filter(|&(fi, _)| p[fi] != 0)
            .map(|(fi, f)| format!("{}={}", f.label(), f.level_word(p[fi])))
            .collect();
        let rules: Vec<&str> = RULES
            .iter()
            .filter(|r| {
                let (x, y) = ((r.key)(&prepared[a]), (r.key)(&prepared[b]));
                x.is_some() && x == y
            })
            .map(|r| r.rule.label())
            .collect();
        let swapped = compare::names_swapped(&prepared[a], &prepared[b]);
        (
            levels.join(", "),
            if rules.is_empty() {
                "no shared key".to_string()
            } else {
                rules.join(" + ")
            },
            swapped,
        )
    };
    let mut kinds: BTreeMap<MistakeKind, MistakeCount> = BTreeMap::new();
    let mut note = |mistake: &'static str, reason: &'static str, a: usize, b: usize| {
        let (levels, rules, swapped) = kind(a, b);
        let levels = if swapped {
            format!("{levels}, names swapped")
        } else {
            levels
        };
        let w = d.weight(a as u32, b as u32);
        let e = kinds
            .entry((mistake, reason, levels, rules))
            .or_insert((0, 0.0, (a, b)));
        e.0 += 1;
        e.1 += w;
    };
    for &(a, b) in truth {
        if joined(a, b) {
            continue;
        }
        let p = d.score(a as u32, b as u32);
        let reason = if p >= threshold && !proposed.contains(&(a.min(b) as u32, a.max(b) as u32)) {
            "not proposed by blocking"
        } else if p >= threshold {
            "kept apart by the chain guards"
        } else {
            "scored below the threshold"
        };
        note("missed", reason, a, b);
    }
    let truth: HashSet<(usize, usize)> = truth.iter().copied().collect();
    for c in &clusters {
        for (i, &a) in c.members.iter().enumerate() {
            for &b in &c.members[i + 1..] {
                let (x, y) = (a.min(b) as usize, a.max(b) as usize);
                if truth.contains(&(x, y)) {
                    continue;
                }
                let reason = if d.score(a, b) >= threshold {
                    "scored above the threshold"
                } else {
                    "joined through other records"
                };
                note("wrong", reason, x, y);
            }
        }
    }
    // Pairs that share their full name and nothing else either side knows: how many are
    // one person, how many two, and how many have a name no third record holds.
    let mut by_name: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (i, p) in prepared.iter().enumerate() {
        if !p.first().is_empty() && !p.last().is_empty() {
            by_name.entry((p.first(), p.last())).or_default().push(i);
        }
    }
    let (mut same, mut two, mut same_alone, mut two_alone) = (0, 0, 0, 0);
    for group in by_name.values() {
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                let p = compare::compare(&prepared[a], &prepared[b]);
                if p[0] != 1 || p[1] != 1 || p[2..].iter().any(|&l| l != 0) {
                    continue;
                }
                let one = truth.contains(&(a.min(b), a.max(b)));
                let alone = group.len() == 2;
                same += usize::from(one);
                two += usize::from(!one);
                same_alone += usize::from(one && alone);
                two_alone += usize::from(!one && alone);
            }
        }
    }
    println!(
        "  pairs sharing only their full name: {same} one person, {two} two people; of them with a name no third record holds: {same_alone} one person, {two_alone} two people"
    );
    let mut rows: Vec<_> = kinds.into_iter().collect();
    rows.sort_by(|x, y| (x.0.0, std::cmp::Reverse(x.1.0)).cmp(&(y.0.0, std::cmp::Reverse(y.1.0))));
    println!(
        "  mistakes by kind (count | mean weight in bits | why | levels | shared blocking keys | example):"
    );
    for ((mistake, reason, levels, rules), (count, sum, (a, b))) in rows {
        let show = |i: usize| {
            let p = &prepared[i];
            format!(
                "{} {} [{}] <{}> {} {}",
                p.first(),
                p.last(),
                p.birth(),
                p.email(),
                p.phone(),
                p.address()
            )
        };
        println!(
            "    {mistake} | {count} | {:.1} | {reason} | {levels} | {rules} | {} || {}",
            sum / count as f64,
            show(a),
            show(b)
        );
    }
}

/// m and u of each field's levels, and the share of duplicates.
fn print_model(d: &dedup::Detection) {
    use dedup::compare::FIELDS;
    let n = (d.ids.len() - d.not_judgeable) as f64;
    println!(
        "  lambda {:.3e} (expected duplicate pairs {:.0}, {:.4} a contact)",
        d.model.lambda,
        d.model.lambda * n * (n - 1.0) / 2.0,
        d.model.lambda * (n - 1.0) / 2.0
    );
    for (fi, f) in FIELDS.iter().enumerate() {
        let levels: Vec<String> = (1..f.levels())
            .map(|l| format!("{:.3e}/{:.3e}", d.model.m[fi][l], d.model.u[fi][l]))
            .collect();
        println!("    {:<14} m/u {}", f.label(), levels.join("  "));
    }
    let diag = &d.diagnostics;
    println!(
        "  deterministic pairs {} ({} sharing an e-mail or a phone), recall assumed {:.3}, fallback {}",
        diag.deterministic_pairs, diag.shared_email_or_phone_pairs, diag.recall, diag.fallback
    );
    for c in &diag.checks {
        println!(
            "    check {}: {} ({})",
            c.kind.label(),
            c.passed,
            c.detail.summary()
        );
    }
}

fn env_sizes(name: &str, default: &[usize]) -> Vec<usize> {
    std::env::var(name).map_or_else(
        |_| default.to_vec(),
        |v| {
            v.split(',')
                .filter_map(|x| x.trim().replace('_', "").parse().ok())
                .collect()
        },
    )
}
