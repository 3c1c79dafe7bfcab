//! The layouts that had no fixture (МойСклад counterparties, Odoo contacts, Square item
//! sales, WooCommerce Analytics orders in English) and the 1C till register, each imported
//! by the real binary from a file written by tests/data/exports/make_layout_fixtures.py and
//! compared with the truth that script computed from its own rows (layouts_truth.json).

use std::path::{Path, PathBuf};

use crate::common::{clientele, temp_db};
use crate::import::{count, import_json};

fn exports(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/exports")
        .join(name)
}

fn truth(name: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(exports("layouts_truth.json")).unwrap();
    let all: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(all[name].is_object(), "no truth for {name}");
    all[name].clone()
}

fn stats(db: &Path) -> serde_json::Value {
    let out = clientele(db, &["stats", "--json"]);
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A decimal string as cents ("-12.5" is -1250).
fn cents(v: &serde_json::Value) -> i64 {
    let s = v.as_str().unwrap_or_else(|| panic!("not a decimal: {v}"));
    let (sign, s) = s.strip_prefix('-').map_or((1, s), |r| (-1, r));
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    sign * (int.parse::<i64>().unwrap() * 100 + format!("{frac:0<2}")[..2].parse::<i64>().unwrap())
}

fn revenue_cents(db: &Path) -> i64 {
    (stats(db)["revenue"].as_f64().unwrap() * 100.0).round() as i64
}

/// The header of a fixture, read in its own encoding and delimiter.
fn header(name: &str, encoding: &'static encoding_rs::Encoding, delimiter: u8) -> Vec<String> {
    let bytes = std::fs::read(exports(name)).unwrap();
    let (text, _, bad) = encoding.decode(&bytes);
    assert!(!bad, "{name} is not {}", encoding.name());
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect()
}

/// Checks `import --dry-run --json` against the profile's own file: the layout is named,
/// every column the profile lists is mapped to its field because of the layout, and no
/// other column of the header gets a field (they stay in extra).
fn check_mapping(db: &Path, kind: &str, fixture: &str, profile: &str, header: &[String]) {
    let path = exports(fixture);
    let toml_text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("assets/layouts/{profile}.toml")),
    )
    .unwrap();
    let layout: toml::Table = toml_text.parse().unwrap();
    let name = layout["name"].as_str().unwrap();
    let columns = layout["columns"].as_table().unwrap();
    let (code, v, err) = import_json(db, &[kind, path.to_str().unwrap(), "--dry-run"]);
    assert_eq!(code, Some(0), "{fixture}: {err}");
    assert_eq!(v["layout"], name, "{fixture}");
    let mapping = v["mapping"].as_array().unwrap();
    let field_of = |column: &str| {
        mapping.iter().find(|m| m["column"] == column).map(|m| {
            (
                m["field"].as_str().unwrap_or(""),
                m["why"].as_str().unwrap_or(""),
            )
        })
    };
    let mut listed = 0;
    for column in header {
        match columns.get(column) {
            Some(field) => {
                listed += 1;
                assert_eq!(
                    field_of(column),
                    Some((field.as_str().unwrap(), format!("layout: {name}").as_str())),
                    "{fixture}: column {column}"
                );
            }
            None => assert_eq!(
                field_of(column),
                None,
                "{fixture}: column {column} is extra"
            ),
        }
    }
    assert!(
        listed >= 6,
        "{fixture}: only {listed} of the profile's columns in the header"
    );
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM contact"),
        0,
        "a dry run writes nothing"
    );
}

fn text_of(db: &Path, sql: &str) -> Option<String> {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get::<_, Option<String>>(0))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// Contact counts and each person's fields as the script wrote them.
fn check_contacts(
    fixture: &str,
    profile: &str,
    encoding: &'static encoding_rs::Encoding,
    delimiter: u8,
) {
    let t = truth(fixture);
    let (_dir, db) = temp_db("shop.sqlite");
    check_mapping(
        &db,
        "contacts",
        fixture,
        profile,
        &header(fixture, encoding, delimiter),
    );
    let (code, v, err) = import_json(&db, &["contacts", exports(fixture).to_str().unwrap()]);
    assert_eq!(code, Some(0), "{fixture}: {err}");
    assert_eq!(v["rows_rejected"], 0, "{fixture}: {v}");
    assert_eq!(v["rows_imported"], t["contacts"], "{fixture}: {v}");
    let n = |sql: &str| serde_json::Value::from(count(&db, sql));
    assert_eq!(
        n("SELECT COUNT(*) FROM contact"),
        t["contacts"],
        "{fixture}"
    );
    assert_eq!(
        n("SELECT COUNT(*) FROM contact WHERE email IS NOT NULL"),
        t["emails"],
        "{fixture}"
    );
    assert_eq!(
        n("SELECT COUNT(*) FROM contact WHERE phone IS NOT NULL"),
        t["phones"],
        "{fixture}"
    );
    assert_eq!(
        n("SELECT COUNT(*) FROM contact WHERE birth_date IS NOT NULL"),
        t["birth_dates"],
        "{fixture}: no date of this file is a birth date"
    );
    if !t["companies"].is_null() {
        assert_eq!(
            n("SELECT COUNT(*) FROM contact WHERE company IS NOT NULL"),
            t["companies"],
            "{fixture}"
        );
    }
    for p in t["people"].as_array().unwrap() {
        let id = p["external_ref"].as_str().unwrap().replace('\'', "''");
        let field = |f: &str| {
            text_of(
                &db,
                &format!("SELECT {f} FROM contact WHERE external_ref = '{id}'"),
            )
        };
        let want = |k: &str| p[k].as_str().map(str::to_string);
        assert_eq!(field("email"), want("email"), "{fixture} {id}: email");
        assert_eq!(field("phone"), want("phone"), "{fixture} {id}: phone");
        for (key, column) in [
            ("company", "company"),
            ("postcode", "postcode"),
            ("street2", "street2"),
            ("first", "first_name"),
            ("family", "last_name"),
            ("last", "last_name"),
        ] {
            if p.get(key).is_some() {
                assert_eq!(field(column), want(key), "{fixture} {id}: {column}");
            }
        }
    }
}

#[test]
fn moysklad_counterparties_in_cp1251_import_with_names_companies_and_phones() {
    check_contacts(
        "moysklad_counterparties_cp1251.csv",
        "moysklad_counterparties",
        encoding_rs::WINDOWS_1251,
        b';',
    );
}

#[test]
fn odoo_contacts_import_with_their_external_ids_and_no_birth_date() {
    check_contacts(
        "odoo_contacts.csv",
        "odoo_contacts",
        encoding_rs::UTF_8,
        b',',
    );
}

/// A UTF-8 comma-separated sales fixture imported into a new shop, after checking that
/// `profile` maps its columns: the shop, the fixture's truth and the import's JSON (every
/// row taken).
fn import_sales(
    name: &str,
    profile: &str,
) -> (
    tempfile::TempDir,
    PathBuf,
    serde_json::Value,
    serde_json::Value,
) {
    let t = truth(name);
    let (dir, db) = temp_db("shop.sqlite");
    check_mapping(
        &db,
        "sales",
        name,
        profile,
        &header(name, encoding_rs::UTF_8, b','),
    );
    let (code, v, err) = import_json(&db, &["sales", exports(name).to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["rows_rejected"], 0, "{v}");
    (dir, db, t, v)
}

#[test]
fn square_item_sales_count_multi_line_sales_refunds_and_walk_in_lines() {
    let (_dir, db, t, v) = import_sales("square_item_sales.csv", "square_item_sales");
    assert_eq!(v["walk_in_sales"], t["walk_in"], "{v}");
    assert_eq!(v["walk_in_amount_cents"], t["walk_in_cents"], "{v}");
    let s = stats(&db);
    assert_eq!(s["customers"], t["customers"], "{s}");
    assert_eq!(s["sale_lines"], t["sale_lines"], "{s}");
    assert_eq!(s["orders"], t["orders"], "{s}");
    assert_eq!(revenue_cents(&db), cents(&t["revenue"]), "{s}");
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM sale"),
        t["sale_lines"].as_i64().unwrap() - t["walk_in"].as_i64().unwrap()
    );
}

#[test]
fn woocommerce_analytics_orders_in_english_count_paid_and_refunded_orders_and_hold_the_rest() {
    let (_dir, db, t, v) =
        import_sales("woocommerce_analytics_orders_en.csv", "woocommerce_orders");
    let s = stats(&db);
    assert_eq!(s["customers"], t["customers"], "{s}");
    assert_eq!(s["orders"], t["orders"], "{s}");
    assert_eq!(revenue_cents(&db), cents(&t["revenue"]), "{s}");
    let held: std::collections::BTreeMap<String, (i64, i64)> = v["set_aside"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let status = a["status"].as_str().unwrap().to_string();
            (
                status,
                (
                    a["orders"].as_i64().unwrap(),
                    a["amount_cents"].as_i64().unwrap(),
                ),
            )
        })
        .collect();
    let expected: std::collections::BTreeMap<String, (i64, i64)> = t["held"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, h)| {
            (
                k.clone(),
                (h["orders"].as_i64().unwrap(), h["cents"].as_i64().unwrap()),
            )
        })
        .collect();
    assert_eq!(held, expected, "{v}");
}

#[test]
fn the_1c_till_register_maps_every_column_its_profile_lists() {
    let name = "1c_roznica_prodazhi_cp1251.csv";
    let (_dir, db) = temp_db("shop.sqlite");
    check_mapping(
        &db,
        "sales",
        name,
        "1c_till",
        &header(name, encoding_rs::WINDOWS_1251, b';'),
    );
    // Buyers are written "Фамилия Имя": the first word is the family name, read here from
    // the file itself.
    let bytes = std::fs::read(exports(name)).unwrap();
    let (text, _, _) = encoding_rs::WINDOWS_1251.decode(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let buyer = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "Покупатель")
        .unwrap();
    let mut expected = std::collections::BTreeSet::new();
    for row in reader.records() {
        let row = row.unwrap();
        if let Some((family, given)) = row[buyer].trim().split_once(' ') {
            expected.insert((family.to_string(), given.to_string()));
        }
    }
    assert!(expected.len() >= 5, "{expected:?}");
    let (code, _, err) = import_json(&db, &["sales", exports(name).to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mut stmt = conn
        .prepare("SELECT last_name, first_name FROM contact")
        .unwrap();
    let stored: std::collections::BTreeSet<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(stored, expected);
}
