//! Campaigns through the real binary: the results' point estimates against a direct
//! computation from the members file and the exported sale lines, the control group's
//! share and its split by segment, membership frozen through a merge, a name used twice,
//! and bad input refused by name with nothing written.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;

use crate::common::{clientele, demo_db, run_ok, text};

const NAME: &str = "Spring thanks";
const START: &str = "2025-05-01";
const SHARE: f64 = 0.3;

fn create(db: &Path, name: &str) -> String {
    run_ok(
        db,
        &[
            "campaign",
            "create",
            name,
            "--target",
            "tier:A",
            "--channel",
            "email",
            "--start",
            START,
            "--window-days",
            "30",
            "--seed",
            "11",
            "--control",
            "0.3",
        ],
    )
}

/// The members file: customer id -> group.
fn members(db: &Path, dir: &Path, name: &str) -> (BTreeMap<i64, String>, String) {
    let path = dir.join("members.csv");
    run_ok(
        db,
        &["campaign", "members", name, "--out", path.to_str().unwrap()],
    );
    let body = std::fs::read_to_string(&path).unwrap();
    let mut lines = body.lines();
    assert_eq!(lines.next(), Some("customer_id,external_ref,group"));
    let map = lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            assert_eq!(f.len(), 3, "{l}");
            assert!(f[2] == "target" || f[2] == "control", "{l}");
            (f[0].parse().unwrap(), f[2].to_string())
        })
        .collect();
    (map, body)
}

/// One exported sale line: customer, day, order key, amount in cents.
struct Line {
    customer: i64,
    day: NaiveDate,
    order: String,
    cents: i64,
}

/// The sale lines as `clientele export sales` writes them (the shop's delimiter and
/// decimal mark).
fn sales(db: &Path, dir: &Path) -> Vec<Line> {
    let path = dir.join("sales.csv");
    run_ok(db, &["export", "sales", "--out", path.to_str().unwrap()]);
    let body = std::fs::read_to_string(&path).unwrap();
    let body = body.trim_start_matches('\u{feff}');
    let header = body.lines().next().unwrap();
    let delimiter = if header.contains(';') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(body.as_bytes());
    let names: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let col = |n: &str| names.iter().position(|h| h == n).unwrap();
    let (c, o, s, a) = (
        col("customer_id"),
        col("order_ref"),
        col("sold_at"),
        col("amount"),
    );
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let day = NaiveDate::parse_from_str(&r[s][..10], "%Y-%m-%d").unwrap();
            let amount: String = r[a]
                .chars()
                .filter(|ch| !ch.is_whitespace() && *ch != '\u{202f}')
                .map(|ch| if ch == ',' { '.' } else { ch })
                .collect();
            let cents = (amount.parse::<f64>().unwrap() * 100.0).round() as i64;
            let order = if r[o].is_empty() {
                format!("day:{day}")
            } else {
                r[o].to_string()
            };
            Line {
                customer: r[c].parse().unwrap(),
                day,
                order,
                cents,
            }
        })
        .collect()
}

fn results(db: &Path, name: &str) -> serde_json::Value {
    serde_json::from_str(&run_ok(db, &["campaign", "results", name, "--json"])).unwrap()
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

/// Wilson's 95% limits, written out here from the formula (Wilson 1927).
fn wilson(x: f64, n: f64) -> (f64, f64) {
    let z = 1.959_963_984_540_054_f64;
    let p = x / n;
    let centre = 2.0 * n * p + z * z;
    let spread = z * (z * z + 4.0 * n * p * (1.0 - p)).sqrt();
    let d = 2.0 * (n + z * z);
    ((centre - spread) / d, (centre + spread) / d)
}

#[test]
fn results_equal_a_direct_computation_from_the_members_and_the_sales() {
    let (dir, db) = demo_db(1500);
    let said = create(&db, NAME);
    assert!(said.contains("With "), "{said}");
    let (members, _) = members(&db, dir.path(), NAME);
    let lines = sales(&db, dir.path());
    let start = NaiveDate::from_ymd_opt(2025, 5, 1).unwrap();
    let end = NaiveDate::from_ymd_opt(2025, 5, 30).unwrap();
    // Per group: customers, responders, cents, orders.
    let mut per: HashMap<&str, (f64, f64, f64)> = HashMap::new();
    let mut spent: HashMap<i64, i64> = HashMap::new();
    let mut orders: HashSet<(i64, String)> = HashSet::new();
    for l in &lines {
        if l.day >= start && l.day <= end && members.contains_key(&l.customer) {
            *spent.entry(l.customer).or_default() += l.cents;
            orders.insert((l.customer, l.order.clone()));
        }
    }
    let buyers: HashSet<i64> = orders.iter().map(|(c, _)| *c).collect();
    for (id, group) in &members {
        let e = per.entry(group.as_str()).or_default();
        e.0 += 1.0;
        if buyers.contains(id) {
            e.1 += 1.0;
        }
        e.2 += spent.get(id).copied().unwrap_or(0) as f64 / 100.0;
    }
    let got = results(&db, NAME);
    assert_eq!(got["campaign"], NAME);
    assert_eq!(got["start"], START);
    assert_eq!(got["window_days"], 30);
    for group in ["target", "control"] {
        let (n, x, revenue) = per[group];
        let g = &got[group];
        assert_eq!(g["customers"].as_f64().unwrap(), n, "{group}");
        assert_eq!(g["responders"].as_f64().unwrap(), x, "{group}");
        assert!(close(g["rate"].as_f64().unwrap(), x / n, 1e-12), "{group}");
        assert!(
            close(g["revenue"].as_f64().unwrap(), revenue, 0.005),
            "{group}"
        );
        assert!(
            close(
                g["revenue_per_customer"].as_f64().unwrap(),
                revenue / n,
                1e-6
            ),
            "{group}"
        );
        let keys: Vec<&String> = g.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "customers",
                "rate",
                "responders",
                "revenue",
                "revenue_per_customer"
            ]
        );
    }
    // Some bought in the window and some did not, so the comparison means something.
    assert!(per["target"].1 > 0.0 && per["target"].1 < per["target"].0);
    let (nt, xt, rt) = per["target"];
    let (nc, xc, rc) = per["control"];
    let u = &got["uplift"];
    let diff = xt / nt - xc / nc;
    assert!(close(u["rate_diff"].as_f64().unwrap(), diff, 1e-12));
    // Newcombe's hybrid score limits from the Wilson limits, computed here.
    let (l1, u1) = wilson(xt, nt);
    let (l2, u2) = wilson(xc, nc);
    let (p1, p2) = (xt / nt, xc / nc);
    let lo = diff - ((p1 - l1).powi(2) + (u2 - p2).powi(2)).sqrt();
    let hi = diff + ((u1 - p1).powi(2) + (p2 - l2).powi(2)).sqrt();
    assert!(close(u["rate_lo95"].as_f64().unwrap(), lo, 1e-9));
    assert!(close(u["rate_hi95"].as_f64().unwrap(), hi, 1e-9));
    let rpc = rt / nt - rc / nc;
    assert!(close(
        u["revenue_per_customer_diff"].as_f64().unwrap(),
        rpc,
        1e-6
    ));
    assert!(u["rpc_lo95"].as_f64().unwrap() < rpc && rpc < u["rpc_hi95"].as_f64().unwrap());
    assert!(close(
        got["incremental_responders"].as_f64().unwrap(),
        diff * nt,
        1e-9
    ));
    assert!(close(
        got["incremental_revenue"].as_f64().unwrap(),
        rpc * nt,
        1e-4
    ));
    assert!(got["verdict"].as_str().unwrap().len() > 20);
    let keys: Vec<&String> = got.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "campaign",
            "control",
            "incremental_responders",
            "incremental_revenue",
            "start",
            "target",
            "uplift",
            "verdict",
            "window_days"
        ]
    );

    // The control group: 30% of the whole, and of each segment, within sampling error.
    let rfm = dir.path().join("rfm.csv");
    run_ok(&db, &["rfm", "--out", rfm.to_str().unwrap()]);
    let body = std::fs::read_to_string(&rfm).unwrap();
    let segment_of: HashMap<i64, String> = body
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].parse().unwrap(), f[f.len() - 1].to_string())
        })
        .collect();
    let mut split: BTreeMap<&str, (f64, f64)> = BTreeMap::new();
    for (id, group) in &members {
        let e = split.entry(segment_of[id].as_str()).or_default();
        e.0 += 1.0;
        if group == "control" {
            e.1 += 1.0;
        }
    }
    let n = members.len() as f64;
    let k = split.values().map(|s| s.1).sum::<f64>();
    assert!((k - SHARE * n).abs() <= 1.0, "{k} of {n}");
    assert!(split.len() >= 2, "{split:?}");
    for (segment, (ns, ks)) in &split {
        let error = 2.0 * (SHARE * (1.0 - SHARE) / ns).sqrt();
        assert!(
            (ks / ns - SHARE).abs() <= error,
            "{segment}: {ks} of {ns} held out"
        );
    }
}

#[test]
fn a_merge_after_creation_leaves_membership_unchanged_and_counts_the_customer_once() {
    let (dir, db) = demo_db(600);
    create(&db, NAME);
    let (before, bytes) = members(&db, dir.path(), NAME);
    let target = *before.iter().find(|(_, g)| *g == "target").unwrap().0;
    let control = *before.iter().find(|(_, g)| *g == "control").unwrap().0;
    let counted = results(&db, NAME);
    // The target member merged into the control member: the survivor keeps its group.
    run_ok(&db, &["merge", &control.to_string(), &target.to_string()]);
    let (after, after_bytes) = members(&db, dir.path(), NAME);
    assert_eq!(after, before);
    assert_eq!(after_bytes, bytes);
    let now = results(&db, NAME);
    assert_eq!(
        now["target"]["customers"].as_i64().unwrap(),
        counted["target"]["customers"].as_i64().unwrap() - 1
    );
    assert_eq!(now["control"]["customers"], counted["control"]["customers"]);
    // The contact list names the target group as it is now: without the merged customer.
    let list = dir.path().join("contacts.csv");
    run_ok(
        &db,
        &["campaign", "export", NAME, "--out", list.to_str().unwrap()],
    );
    let body = std::fs::read_to_string(&list).unwrap();
    let body = body.trim_start_matches('\u{feff}');
    let delimiter = if body.lines().next().unwrap().contains(';') {
        ';'
    } else {
        ','
    };
    let ids: Vec<i64> = body
        .lines()
        .skip(1)
        .map(|l| l.split(delimiter).next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(
        ids.len() as i64,
        now["target"]["customers"].as_i64().unwrap()
    );
    assert!(!ids.contains(&target) && !ids.contains(&control));
}

#[test]
fn the_contact_list_is_written_as_csv_and_xlsx_with_its_columns() {
    let (dir, db) = demo_db(600);
    create(&db, NAME);
    let (members, _) = members(&db, dir.path(), NAME);
    let targets = members.values().filter(|g| *g == "target").count();
    let csv = dir.path().join("contacts.csv");
    let said = run_ok(
        &db,
        &["campaign", "export", NAME, "--out", csv.to_str().unwrap()],
    );
    assert!(said.starts_with(&format!("{targets} customers")), "{said}");
    let body = std::fs::read_to_string(&csv).unwrap();
    let header = body
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap()
        .replace(';', ",");
    assert_eq!(
        header,
        "customer_id,first_name,last_name,email,phone,language,segment,suggested_product,last_purchase"
    );
    assert_eq!(body.lines().count(), targets + 1);
    let xlsx = dir.path().join("contacts.xlsx");
    run_ok(
        &db,
        &["campaign", "export", NAME, "--out", xlsx.to_str().unwrap()],
    );
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(sheet.height(), targets + 1);
}

/// The campaigns and members as stored, to check a refusal wrote nothing.
fn stored(db: &Path) -> String {
    let list = run_ok(db, &["campaign", "list", "--json"]);
    let conn = rusqlite::Connection::open(db).unwrap();
    let counts: (i64, i64, i64) = conn
        .query_row(
            "SELECT (SELECT COUNT(*) FROM campaign_member), (SELECT COUNT(*) FROM contact_history),
                    (SELECT COUNT(*) FROM campaign_left_out)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    format!("{list} {counts:?}")
}

fn refused(db: &Path, args: &[&str], code: i32, says: &str) {
    let before = stored(db);
    let out = clientele(db, args);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    assert!(err.contains(says), "{args:?}: {err}");
    assert_eq!(stored(db), before, "{args:?}");
}

#[test]
fn a_name_used_twice_and_bad_input_are_refused_by_name_with_nothing_written() {
    let (dir, db) = demo_db(300);
    create(&db, NAME);
    let base = |target: &str| -> Vec<String> {
        [
            "campaign",
            "create",
            "Other",
            "--target",
            target,
            "--channel",
            "email",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let with = |target: &str, extra: &[&str]| -> Vec<String> {
        let mut v = base(target);
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            {
                let mut v = base("tier:A");
                v[2] = NAME.to_string();
                v
            },
            1,
            "exists already",
        ),
        (base("colour:red"), 1, "'colour:red'"),
        (base("segment:Nobody"), 1, "'Nobody'"),
        (base("predict:everyone"), 1, "'everyone'"),
        (with("tier:A", &["--control", "1.5"]), 1, "1.5"),
        (with("tier:A", &["--window-days", "0"]), 1, "0 days"),
        (with("tier:A", &["--response", "orders"]), 1, "'orders'"),
        (with("tier:A", &["--goal", "sell more"]), 1, "'sell more'"),
        (with("tier:A", &["--cost-per-contact=-2"]), 1, "-2"),
        (
            with("tier:A", &["--rule", "{\"field\":\"height\"}"]),
            1,
            "rule",
        ),
        (
            [
                "campaign",
                "create",
                "Other",
                "--target",
                "tier:A",
                "--channel",
                "fax",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            2,
            "fax",
        ),
        (
            vec!["campaign".into(), "results".into(), "Nope".into()],
            1,
            "'Nope'",
        ),
        (
            vec![
                "campaign".into(),
                "results".into(),
                NAME.into(),
                "--as-of".into(),
                "2025-04-30".into(),
            ],
            1,
            "2025-04-30",
        ),
    ];
    for (args, code, says) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        refused(&db, &args, *code, says);
    }
    // An e-mail campaign has no labels, letters or call sheet to print.
    let pdf = dir.path().join("labels.pdf");
    refused(
        &db,
        &["campaign", "export", NAME, "--out", pdf.to_str().unwrap()],
        1,
        "this one is by e-mail",
    );
    assert!(!pdf.exists());
    let txt = dir.path().join("list.txt.bak");
    refused(
        &db,
        &["campaign", "export", NAME, "--out", txt.to_str().unwrap()],
        1,
        "list.txt.bak",
    );
}

#[test]
fn segment_tier_and_stage_targets_hold_the_customers_clientele_segments_counts() {
    let (_dir, db) = demo_db(600);
    let groups: serde_json::Value =
        serde_json::from_str(&run_ok(&db, &["segments", "--json"])).unwrap();
    let count = |list: &str, name: &str| -> i64 {
        groups[list]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["name"].as_str().unwrap().eq_ignore_ascii_case(name))
            .unwrap_or_else(|| panic!("{list} {name}: {groups}"))["customers"]
            .as_i64()
            .unwrap()
    };
    for (target, list, name) in [
        ("segment:Loyal", "segments", "Loyal"),
        ("tier:B", "tiers", "B"),
        ("stage:Active", "lifecycle", "active"),
        ("stage:lapsed", "lifecycle", "lapsed"),
    ] {
        let made: serde_json::Value = serde_json::from_str(&run_ok(
            &db,
            &[
                "campaign",
                "create",
                target,
                "--target",
                target,
                "--channel",
                "email",
                "--start",
                START,
                "--seed",
                "3",
                "--json",
            ],
        ))
        .unwrap();
        let left = &made["left_out"];
        let all = made["target"].as_i64().unwrap()
            + made["control"].as_i64().unwrap()
            + left["no_consent"].as_i64().unwrap()
            + left["said_no"].as_i64().unwrap()
            + left["no_address"].as_i64().unwrap();
        assert_eq!(all, count(list, name), "{target}: {made}");
        assert!(made["control"].as_i64().unwrap() > 0, "{target}: {made}");
    }
}

/// A stage target reads the first and last order days and median gaps the store keeps:
/// every customer's stage from them is the stage worked out from all their orders, on a
/// demo shop and again after two customers are merged (the merge refreshes the figures).
#[test]
fn stages_from_the_kept_figures_are_those_from_every_order() {
    use clientele::analytics::rfm::{lifecycle, lifecycle_of};
    let (_dir, db) = demo_db(400);
    let store = clientele::store::Store::open(&db).unwrap();
    let check = |store: &clientele::store::Store| {
        let (as_of, figures) = store.stage_figures().unwrap().expect("figures kept");
        let (orders_as_of, orders) =
            clientele::service::analytics::orders_as_of(store, None).unwrap();
        assert_eq!(as_of, orders_as_of);
        let kept = lifecycle_of(&figures, as_of);
        let from_orders = lifecycle(&orders, as_of);
        assert_eq!(kept, from_orders);
        // Every stage is there, so the comparison covers each branch.
        for stage in clientele::analytics::rfm::Stage::ALL {
            assert!(kept.stages.values().any(|s| *s == stage), "{stage:?}");
        }
    };
    check(&store);
    let ids: Vec<i64> = store
        .customer_list()
        .unwrap()
        .iter()
        .filter(|c| c.orders >= 3)
        .map(|c| c.id)
        .take(2)
        .collect();
    run_ok(&db, &["merge", &ids[0].to_string(), &ids[1].to_string()]);
    check(&store);
}
