//! `clientele import`, `imports` and `undo-import`, run as a real process on files in
//! tests/data and on small files written at run time.

use sha2::Digest;
use std::path::{Path, PathBuf};

use crate::common::{clientele, temp_db, text};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn stats(db: &Path) -> serde_json::Value {
    let out = clientele(db, &["stats", "--json"]);
    serde_json::from_slice(&out.stdout).unwrap_or_default()
}

pub(crate) fn import_json(db: &Path, args: &[&str]) -> (Option<i32>, serde_json::Value, String) {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.push("--json");
    let out = clientele(db, &all);
    let v = serde_json::from_slice(&out.stdout).unwrap_or_default();
    (out.status.code(), v, text(&out.stderr))
}

#[test]
fn cdnow_sample_imports_to_the_published_counts() {
    let (_dir, db) = temp_db("shop.sqlite");
    let file = data("cdnow_sample_transactions.csv");
    let (code, v, err) = import_json(&db, &["sales", file.to_str().unwrap_or("")]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["rows_read"], 6919);
    assert_eq!(v["rows_imported"], 6919);
    assert_eq!(v["rows_rejected"], 0);
    let s = stats(&db);
    assert_eq!(s["sale_lines"], 6919);
    assert_eq!(s["customers"], 2357);
    assert_eq!(s["revenue"].as_f64(), Some(244091.94));
    assert_eq!(s["first_sale"], "1997-01-01");
    assert_eq!(s["last_sale"], "1998-06-30");
    // master_customer_id and cds have no field: kept with each line.
    let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let extra: String = conn
        .query_row("SELECT extra FROM sale ORDER BY id LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap_or_default();
    assert!(
        extra.contains("master_customer_id") && extra.contains("00004"),
        "{extra}"
    );
}

#[test]
fn febrl_imports_without_a_mapping_and_keeps_bad_birth_dates() {
    let (_dir, db) = temp_db("shop.sqlite");
    let file = data("febrl1.csv");
    let (code, v, err) = import_json(&db, &["contacts", file.to_str().unwrap_or("")]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["rows_imported"], 1000);
    assert_eq!(v["rows_rejected"], 0);
    assert_eq!(v["warnings"], 3);
    let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let row: (String, String, String, String, String) = conn
        .query_row(
            "SELECT external_ref, last_name, street, city, birth_date FROM contact
             WHERE external_ref = 'rec-122-org'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        row,
        (
            "rec-122-org".into(),
            "berry".into(),
            "69 giblin street".into(),
            "bittern".into(),
            "1999-02-19".into()
        )
    );
    let (birth, extra): (Option<String>, String) = conn
        .query_row(
            "SELECT birth_date, extra FROM contact WHERE extra LIKE '%19729518%'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(birth, None);
    assert!(extra.contains("date_of_birth"), "{extra}");
    let warnings: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM import_error WHERE severity = 'warning'",
            [],
            |r| r.get(0),
        )
        .unwrap_or_default();
    assert_eq!(warnings, 3);
}

#[test]
fn the_same_file_twice_is_refused_unless_allowed_and_undo_removes_a_batch() {
    let (_dir, db) = temp_db("shop.sqlite");
    let file = data("febrl1.csv");
    let path = file.to_str().unwrap_or("");
    assert_eq!(import_json(&db, &["contacts", path]).0, Some(0));
    let (code, _, err) = import_json(&db, &["contacts", path]);
    assert_eq!(code, Some(1));
    assert!(err.contains("already imported"), "{err}");
    assert_eq!(stats(&db)["customers"], 1000);
    // The batch holds the file's SHA-256, worked out while the file was read.
    let bytes = std::fs::read(&file).unwrap_or_default();
    let expected: String = sha2::Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let stored: Vec<Option<String>> = rusqlite::Connection::open(&db)
        .and_then(|conn| {
            conn.prepare("SELECT file_sha256 FROM import_batch ORDER BY id")?
                .query_map([], |r| r.get(0))?
                .collect()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(stored, vec![Some(expected)]);
    let (code, v, _) = import_json(&db, &["contacts", path, "--allow-duplicate-file"]);
    assert_eq!(code, Some(0));
    assert_eq!(stats(&db)["customers"], 2000);
    let batch = v["batch_id"].as_i64().unwrap_or_default();
    let out = clientele(&db, &["undo-import", &batch.to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("1000 contacts removed"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(stats(&db)["customers"], 1000);
    let listing = text(&clientele(&db, &["imports"]).stdout);
    assert_eq!(listing.lines().count(), 3, "{listing}");
    let out = clientele(&db, &["undo-import", &batch.to_string()]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_dry_run_writes_nothing() {
    let (_dir, db) = temp_db("shop.sqlite");
    let file = data("cdnow_sample_transactions.csv");
    let (code, v, err) = import_json(&db, &["sales", file.to_str().unwrap_or(""), "--dry-run"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["rows_imported"], 6919);
    assert_eq!(v["batch_id"], serde_json::Value::Null);
    assert_eq!(stats(&db)["sale_lines"], 0);
    assert_eq!(
        text(&clientele(&db, &["imports"]).stdout).lines().count(),
        1
    );
}

#[test]
fn bad_rows_are_reported_with_row_column_and_value_and_saved_for_fixing() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("till export.csv");
    std::fs::write(
        &file,
        "Date;Client;Courriel;Produit;Montant;Remarque\n\
         03/12/2025;C1;anne@example.fr;Thé vert;12,50;ok\n\
         31/02/2025;C2;bob@example.fr;Bougie;8,00;bad date\n\
         04/12/2025;C1;anne@example.fr;Tasse;abc;bad amount\n\
         05/12/2025;;;Carte;3,00;nobody\n\
         06/12/2025;C3;pas-un-email;Savon;'-2,00;refund\n\
         07/12/2025;C3;;Savon;;no amount\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let errors = dir.path().join("rejected.csv");
    let out = clientele(
        &db,
        &[
            "import",
            "sales",
            file.to_str().unwrap_or(""),
            "--errors-out",
            errors.to_str().unwrap_or(""),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    // Row 5 names nobody at all: a walk-in sale, like a till's.
    assert!(report.contains("Imported 3 of 6 rows"), "{report}");
    assert!(
        report.contains("row 7, column Montant: the amount is missing"),
        "{report}"
    );
    assert!(
        report.contains("row 3, column Date: '31/02/2025' is not a date"),
        "{report}"
    );
    assert!(
        report.contains("row 4, column Montant: 'abc' is not an amount"),
        "{report}"
    );
    assert!(
        report.contains("1 walk-in sale line (no customer, 3,00"),
        "{report}"
    );
    assert!(
        report.contains("row 6, column Courriel: 'pas-un-email' is not an e-mail address"),
        "{report}"
    );
    let saved = std::fs::read_to_string(&errors).unwrap_or_default();
    assert_eq!(saved.lines().count(), 4, "{saved}");
    assert!(
        saved.contains("31/02/2025") && saved.contains("bad date"),
        "{saved}"
    );
    let s = stats(&db);
    assert_eq!(s["sale_lines"], 3);
    // 12,50 with a decimal comma, a refund written as '-2,00, and the walk-in sale's 3,00.
    assert_eq!(s["revenue"].as_f64(), Some(13.5));
    assert_eq!(s["customers"], 2);
}

#[test]
fn sales_link_to_customers_already_known() {
    let (dir, db) = temp_db("shop.sqlite");
    let contacts = dir.path().join("contacts.csv");
    std::fs::write(
        &contacts,
        "Numéro client,Prénom,Nom,E-mail,Téléphone\n\
         C1,Anne,Roux,anne@example.fr,06 12 34 56 78\n\
         C2,Иван,Петров,ivan@example.ru,+7 912 000 11 22\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let sales = dir.path().join("web.csv");
    std::fs::write(
        &sales,
        "order_id,date,email,phone,total\n\
         W1,2025-01-05,ANNE@example.fr,,20.00\n\
         W2,2025-01-06,,+33 6 12 34 56 78,5.00\n\
         W3,2025-01-07,new@example.com,,7.00\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        import_json(&db, &["contacts", contacts.to_str().unwrap_or("")]).0,
        Some(0)
    );
    let (code, v, err) = import_json(&db, &["sales", sales.to_str().unwrap_or("")]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["contacts_created"], 1);
    let s = stats(&db);
    assert_eq!(s["customers"], 3);
    let out = text(&clientele(&db, &["customers", "--search", "anne"]).stdout);
    let anne: Vec<&str> = out.lines().nth(1).unwrap_or("").split('\t').collect();
    assert_eq!((anne[5], anne[6]), ("2", "25.00"), "{out}");
}

/// Lines that follow each other with the same customer keys are linked as every line is:
/// with an account column (the new customer's reference) and a different customer number
/// (what lines are looked up by), each line of customer X1 before one is created under
/// X1 itself makes a new customer.
#[test]
fn repeated_lines_link_like_any_line_with_a_reference_and_a_customer_number() {
    let (dir, db) = temp_db("shop.sqlite");
    let sales = dir.path().join("till.csv");
    std::fs::write(
        &sales,
        "order,date,account,customer,amount\n\
         O1,2025-01-05,A1,X1,1.00\n\
         O1,2025-01-05,A1,X1,2.00\n\
         O2,2025-01-06,,X1,3.00\n\
         O3,2025-01-07,,X1,4.00\n\
         O4,2025-01-08,,X1,5.00\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (code, v, err) = import_json(
        &db,
        &[
            "sales",
            sales.to_str().unwrap_or(""),
            "--map",
            "external_ref=account",
            "--map",
            "customer_ref=customer",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["sales_written"], 5, "{v}");
    assert_eq!(v["contacts_created"], 3, "{v}");
    assert_eq!(stats(&db)["sale_lines"], 5);
}

#[test]
fn a_file_with_nothing_importable_exits_1_and_leaves_no_batch() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("dates.csv");
    std::fs::write(&file, "date,amount,customer\nnot a date,1.00,C1\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let out = clientele(&db, &["import", "sales", file.to_str().unwrap_or("")]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("dates.csv") && err.contains("row 2, column date"),
        "{err}"
    );
    assert_eq!(
        text(&clientele(&db, &["imports"]).stdout).lines().count(),
        1
    );
    for bad in [
        "empty.csv",
        "header_only.csv",
        "junk.csv",
        "image.csv",
        "truncated.xlsx",
        "fake.xlsx",
        "protected.xlsx",
        "looping.xls",
        "malformed.xls",
        "unterminated.csv",
    ] {
        let path = data("bad").join(bad);
        let out = clientele(&db, &["import", "contacts", path.to_str().unwrap_or("")]);
        assert_eq!(out.status.code(), Some(1), "{bad}: {}", text(&out.stdout));
        let err = text(&out.stderr);
        assert!(err.contains(bad), "{bad}: {err}");
    }
    assert_eq!(
        text(&clientele(&db, &["imports"]).stdout).lines().count(),
        1
    );
    assert_eq!(stats(&db)["customers"], 0);
}

#[test]
fn workbooks_with_title_lines_import_from_their_header_row() {
    for name in ["contacts.xlsx", "contacts.xls", "contacts.ods"] {
        workbook_imports(name);
    }
}

fn workbook_imports(name: &str) {
    let (_dir, db) = temp_db("shop.sqlite");
    let file = data(name);
    let (code, v, err) = import_json(&db, &["contacts", file.to_str().unwrap_or("")]);
    assert_eq!(code, Some(0), "{name}: {err}");
    assert_eq!(v["rows_imported"], 5, "{name}: {v}");
    let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<String> = conn
        .prepare("SELECT first_name FROM contact ORDER BY id")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .unwrap_or_default();
    // The fixture's table (tests/data/make_fixtures.py); 伟 is the given name of 王伟.
    assert_eq!(names, ["Hélène", "Jean", "Արամ", "伟", "Zoë"], "{name}");
    let (birth, extra): (String, String) = conn
        .query_row(
            "SELECT birth_date, extra FROM contact ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap_or_default();
    assert_eq!(birth, "1985-03-12", "{name}");
    assert!(extra.contains("Montant"), "{name}: {extra}");
}

#[test]
fn the_shop_locale_reads_ambiguous_dates_and_national_phones() {
    let (dir, db) = temp_db("shop.sqlite");
    let sales = dir.path().join("till.csv");
    std::fs::write(
        &sales,
        "ticket,date,phone,total\nT1,03/04/2025,(415) 555-2671,10.00\nT2,05/06/2025,+1 415 555 2671,5.00\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    // A new shop reads day first (fr-FR) and says so.
    let copy = dir.path().join("till2.csv");
    std::fs::copy(&sales, &copy).unwrap_or_else(|e| panic!("{e}"));
    let out = clientele(&db, &["import", "sales", copy.to_str().unwrap_or("")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let said = text(&out.stdout) + &text(&out.stderr);
    assert!(
        said.contains("day/month") && said.contains("locale"),
        "{said}"
    );
    assert_eq!(stats(&db)["first_sale"], "2025-04-03");
    assert_eq!(clientele(&db, &["undo-import", "1"]).status.code(), Some(0));

    // An American shop: month first, and (415) 555-2671 is +1 415 555 2671.
    let out = clientele(
        &db,
        &[
            "settings",
            "--locale",
            "en-US",
            "--shop-name",
            "Corner Store",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value =
        serde_json::from_slice(&clientele(&db, &["settings", "--json"]).stdout).unwrap_or_default();
    assert_eq!(v["locale"], "en-US");
    assert_eq!(v["currency"], "USD");
    assert_eq!(v["phone_country"], "US");
    assert_eq!(v["shop_name"], "Corner Store");
    let (code, v, err) = import_json(&db, &["sales", sales.to_str().unwrap_or("")]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        v["contacts_created"], 1,
        "both tickets are one customer: {v}"
    );
    let s = stats(&db);
    assert_eq!(s["first_sale"], "2025-03-04");
    assert_eq!(s["last_sale"], "2025-05-06");
    assert_eq!(s["customers"], 1);

    // A locale Clientele does not know is refused and changes nothing.
    let out = clientele(&db, &["settings", "--locale", "xx-YY"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("xx-YY"), "{}", text(&out.stderr));
    let v: serde_json::Value =
        serde_json::from_slice(&clientele(&db, &["settings", "--json"]).stdout).unwrap_or_default();
    assert_eq!(v["locale"], "en-US");
}

/// Every customer's kept figures (orders, lines, revenue, first and last sale, last order
/// day) after a sales import equal the figures rebuilt from the sale lines by SQL: new and
/// existing customers, orders of several lines, an order whose lines span two days and come
/// out of order, lines without an order number on two days, a customer named again later.
#[test]
fn imported_customer_figures_equal_the_figures_rebuilt_from_the_lines() {
    let (dir, db) = temp_db("shop.sqlite");
    let contacts = dir.path().join("contacts.csv");
    std::fs::write(
        &contacts,
        "customer_id,first_name,last_name,email\nK1,Anna,Petrova,anna@example.org\nK2,Léa,Martin,\n",
    )
    .unwrap();
    let out = clientele(&db, &["import", "contacts", contacts.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let sales = dir.path().join("sales.csv");
    std::fs::write(
        &sales,
        "order,customer,date,amount\n\
         O1,K1,2025-03-01 10:00,10.00\n\
         O2,N1,2025-03-02 11:00,4.50\n\
         O2,N1,2025-03-02 11:00,5.50\n\
         O3,N2,2025-03-05 09:00,7.00\n\
         O3,N2,2025-03-04 18:00,1.00\n\
         ,N3,2025-03-06 12:00,2.00\n\
         ,N3,2025-03-06 15:00,3.00\n\
         ,N3,2025-03-07 12:00,4.00\n\
         O4,K2,2025-03-08 12:00,6.00\n\
         O5,N1,2025-02-20 08:00,9.99\n\
         O6,N4,2025-03-09 12:00,1.25\n\
         O7,N2,2025-03-03 12:00,3.00\n",
    )
    .unwrap();
    let out = clientele(&db, &["import", "sales", sales.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary =
        |conn: &rusqlite::Connection| -> Vec<(i64, i64, i64, i64, String, String, String)> {
            let mut stmt = conn
                .prepare(
                    "SELECT customer_id, orders, sale_lines, revenue_cents, first_sale, last_sale,
                        last_order
                 FROM customer_summary ORDER BY customer_id",
                )
                .unwrap();
            stmt.query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
        };
    let kept = summary(&rusqlite::Connection::open(&db).unwrap());
    // Six customers bought: two existing, four new.
    assert_eq!(kept.len(), 6, "{kept:?}");
    // N2: orders O3 (its lines on the 5th and the 4th: its day is the 4th) and O7.
    assert!(
        kept.iter()
            .any(|r| (r.1, r.2, r.3, r.6.as_str()) == (2, 3, 1100, "2025-03-04")),
        "{kept:?}"
    );
    clientele::store::Store::open(&db)
        .unwrap()
        .rebuild_customer_summary()
        .unwrap();
    let rebuilt = summary(&rusqlite::Connection::open(&db).unwrap());
    assert_eq!(kept, rebuilt);
}

/// Every sale line keeps its own values when the lines before it repeat some of them and not
/// others: orders of several lines, products changing on every line, fields going empty and
/// back, an unmapped column kept as extra, rejected lines in between, and more lines than
/// the reader hands over at a time. The expected values come from the generator, not from
/// the import.
#[test]
fn sale_lines_keep_their_own_values_when_neighbours_repeat_some() {
    /// Order, customer, date-time, product, category, channel, the unmapped note, cents.
    type Line = (String, String, String, String, String, String, String, i64);
    let (dir, db) = temp_db("shop.sqlite");
    let sales = dir.path().join("sales.csv");
    let products = ["Thé vert", "Bougie", "", "Savon « Lavande »", "Thé vert"];
    let mut file = String::from("order,customer,date,product,category,channel,note,amount\n");
    let mut expected: Vec<Line> = Vec::new();
    for i in 0..2_600_usize {
        if i % 97 == 40 {
            // No readable date: rejected, between two lines that are written.
            file.push_str(&format!("R{i},C1,not a date,X,Y,web,n,1.00\n"));
            continue;
        }
        let order = format!("O{}", i / 3);
        let customer = format!("C{}", (i / 3) % 11);
        let sold_at = format!("2025-03-{:02} 10:{:02}:00", 1 + (i / 3) % 28, (i / 6) % 60);
        let product = products[i % products.len()].to_string();
        let category = if (i / 2) % 3 == 0 {
            String::new()
        } else {
            format!("Cat{}", (i / 2) % 3)
        };
        let channel = if (i / 7) % 2 == 0 { "boutique" } else { "web" }.to_string();
        let note = if (i / 5) % 4 == 0 {
            String::new()
        } else {
            format!("n{}", i / 5)
        };
        let cents = i64::try_from(100 + i % 13).unwrap();
        file.push_str(&format!(
            "{order},{customer},{sold_at},{product},{category},{channel},{note},{}.{:02}\n",
            cents / 100,
            cents % 100
        ));
        expected.push((
            order, customer, sold_at, product, category, channel, note, cents,
        ));
    }
    std::fs::write(&sales, file).unwrap();
    let out = clientele(&db, &["import", "sales", sales.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT coalesce(order_ref, ''), coalesce(customer_ref, ''), sold_at,
                    coalesce(product, ''), coalesce(category, ''), coalesce(channel, ''),
                    coalesce(json_extract(extra, '$.note'), ''), amount
             FROM sale ORDER BY id",
        )
        .unwrap();
    let stored: Vec<Line> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(stored.len(), expected.len());
    for (n, (got, want)) in stored.iter().zip(&expected).enumerate() {
        assert_eq!(got, want, "sale line {n}");
    }
}

// ---------------------------------------------------------------------------------------------
// Files that shops really export (tests/data/exports): the truth of every fixture is computed
// by tests/data/exports/make_exports.py with Python's csv module, independently of Clientele.

fn export(name: &str) -> String {
    data(&format!("exports/{name}"))
        .to_str()
        .unwrap_or("")
        .to_string()
}

fn truth(name: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(data("exports/truth.json")).unwrap_or_default();
    let all: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    all[name].clone()
}

/// A decimal string of the truth as cents.
fn cents(v: &serde_json::Value) -> i64 {
    let s = v.as_str().unwrap_or_else(|| panic!("not a decimal: {v}"));
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let frac = format!("{frac:0<2}");
    let sign = if int.starts_with('-') { -1 } else { 1 };
    int.parse::<i64>().unwrap_or_default() * 100 + sign * frac[..2].parse::<i64>().unwrap_or(0)
}

fn revenue_cents(db: &Path) -> i64 {
    let s = stats(db);
    (s["revenue"].as_f64().unwrap_or(f64::NAN) * 100.0).round() as i64
}

/// The field each column was mapped to, and why, from `import --dry-run --json`.
fn mapping_of(v: &serde_json::Value) -> Vec<(String, String, String)> {
    v["mapping"]
        .as_array()
        .unwrap_or_else(|| panic!("no mapping in {v}"))
        .iter()
        .map(|m| {
            (
                m["column"].as_str().unwrap_or("").to_string(),
                m["field"].as_str().unwrap_or("").to_string(),
                m["why"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn field_of(mapping: &[(String, String, String)], column: &str) -> Option<String> {
    mapping
        .iter()
        .find(|(c, _, _)| c == column)
        .map(|(_, f, _)| f.clone())
}

pub(crate) fn count(db: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db)
        .and_then(|c| c.query_row(sql, [], |r| r.get(0)))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

#[test]
fn the_dry_run_says_which_column_became_which_field_and_why() {
    let (_dir, db) = temp_db("shop.sqlite");
    let file = export("shopify_orders_export.csv");
    let (code, v, err) = import_json(&db, &["sales", &file, "--dry-run"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["layout"], "Shopify orders");
    let mapping = mapping_of(&v);
    assert!(
        mapping.contains(&(
            "Name".to_string(),
            "order_ref".to_string(),
            "layout: Shopify orders".to_string()
        )),
        "{mapping:?}"
    );
    assert_eq!(field_of(&mapping, "Id"), None);
    assert_eq!(field_of(&mapping, "Billing Name").as_deref(), Some("name"));
    // Without --json the mapping is printed before the summary.
    let out = clientele(&db, &["import", "sales", &file, "--dry-run"]);
    let printed = text(&out.stdout);
    assert!(
        printed.contains("Shopify orders export recognised"),
        "{printed}"
    );
    assert!(
        printed.contains("Lineitem name -> product (layout: Shopify orders)"),
        "{printed}"
    );
    // A file of no known layout: reasons are the header and the values.
    let (_dir2, db2) = temp_db("shop.sqlite");
    let csv = _dir2.path().join("plain.csv");
    std::fs::write(
        &csv,
        "Client,Courriel,Quand,Montant\nC1,a@example.com,2024-01-02,12.50\nC2,b@example.com,2024-01-03,7.00\n",
    )
    .unwrap_or_default();
    let (code, v, err) = import_json(&db2, &["sales", csv.to_str().unwrap_or(""), "--dry-run"]);
    assert_eq!(code, Some(0), "{err}");
    let mapping = mapping_of(&v);
    assert_eq!(
        mapping,
        vec![
            ("Client".into(), "customer_ref".into(), "header".into()),
            ("Courriel".into(), "email".into(), "header".into()),
            ("Quand".into(), "sold_at".into(), "values".into()),
            ("Montant".into(), "amount".into(), "header".into()),
        ]
    );
}

#[test]
fn map_with_no_column_and_ignore_remove_a_guess() {
    let (dir, db) = temp_db("shop.sqlite");
    let csv = dir.path().join("plain.csv");
    std::fs::write(
        &csv,
        "Client,Courriel,Date,Montant,Mobile\nC1,a@example.com,2024-01-02,12.50,06 12 34 56 78\nC2,b@example.com,2024-01-03,7.00,06 98 76 54 32\n",
    )
    .unwrap_or_default();
    let path = csv.to_str().unwrap_or("");
    let (code, v, err) = import_json(
        &db,
        &[
            "sales",
            path,
            "--dry-run",
            "--map",
            "email=",
            "--ignore",
            "Mobile",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let mapping = mapping_of(&v);
    assert_eq!(field_of(&mapping, "Courriel"), None, "{mapping:?}");
    assert_eq!(field_of(&mapping, "Mobile"), None, "{mapping:?}");
    assert_eq!(
        field_of(&mapping, "Client").as_deref(),
        Some("customer_ref")
    );
    // A column given by hand says so.
    let (_, v, _) = import_json(&db, &["sales", path, "--dry-run", "--map", "store=Mobile"]);
    assert!(
        mapping_of(&v).contains(&("Mobile".into(), "store".into(), "chosen".into())),
        "{v}"
    );
    // --ignore of a column the file does not have is an error naming the columns.
    let (code, _, err) = import_json(&db, &["sales", path, "--ignore", "Nope"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("no column named 'Nope'"), "{err}");
}

#[test]
fn shopify_orders_count_each_order_total_once_and_leave_out_cancelled_and_unpaid() {
    let t = truth("shopify_orders_export.csv");
    let (_dir, db) = temp_db("shop.sqlite");
    let (code, v, err) = import_json(&db, &["sales", &export("shopify_orders_export.csv")]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["rows_read"], t["rows"]);
    assert_eq!(v["rows_rejected"], 0, "{v}");
    let s = stats(&db);
    assert_eq!(s["customers"], t["customers"], "{s}");
    assert_eq!(s["orders"], t["orders"], "{s}");
    assert_eq!(revenue_cents(&db), cents(&t["revenue"]), "{s}");
    // The person is the billing name, never the order number.
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM contact WHERE last_name LIKE '#%'"
        ),
        0
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM contact WHERE last_name = 'Ackermann'"
        ),
        1
    );
    // Shipping is a line of its own.
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM sale WHERE category = 'shipping'"),
        2
    );
    let notes = v["notes"].to_string();
    assert!(
        notes.contains(&format!("{} cancelled order", t["cancelled_orders"])),
        "{notes}"
    );
    assert!(
        notes.contains(&format!("{} pending order", t["pending_orders"])),
        "{notes}"
    );
}

#[test]
fn stripe_payments_leave_out_failed_ones_and_subtract_refunds() {
    let t = truth("stripe_payments.csv");
    let (_dir, db) = temp_db("shop.sqlite");
    let (code, v, err) = import_json(&db, &["sales", &export("stripe_payments.csv")]);
    assert_eq!(code, Some(0), "{err}");
    let mapping = mapping_of(&v);
    assert_eq!(field_of(&mapping, "id").as_deref(), Some("order_ref"));
    let s = stats(&db);
    assert_eq!(s["customers"], t["customers"], "{s}");
    assert_eq!(s["orders"], t["orders"], "{s}");
    assert_eq!(revenue_cents(&db), cents(&t["revenue"]), "{s}");
    assert!(
        v["notes"]
            .to_string()
            .contains(&format!("{} failed orders", t["failed_orders"])),
        "{v}"
    );
    // The lowercase layout is in cents.
    let t = truth("stripe_charges_cents.csv");
    let (_dir, db) = temp_db("shop.sqlite");
    let (code, _, err) = import_json(&db, &["sales", &export("stripe_charges_cents.csv")]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(stats(&db)["customers"], t["customers"]);
    assert_eq!(revenue_cents(&db), cents(&t["revenue"]));
}

#[test]
fn lightspeed_lines_take_their_sale_rows_customer_and_voided_sales_do_not_count() {
    let t = truth("lightspeed_sales_history.csv");
    let (_dir, db) = temp_db("shop.sqlite");
    let (code, v, err) = import_json(&db, &["sales", &export("lightspeed_sales_history.csv")]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["rows_rejected"], 0, "{v}");
    let s = stats(&db);
    assert_eq!(s["customers"], t["customers"], "{s}");
    assert_eq!(s["orders"], t["orders"], "{s}");
    assert_eq!(s["sale_lines"], t["sale_lines"], "{s}");
    assert_eq!(revenue_cents(&db), cents(&t["revenue"]), "{s}");
}

#[test]
fn taobao_orders_in_gbk_import_without_help() {
    let t = truth("taobao_orders_gbk.csv");
    let (_dir, db) = temp_db("shop.sqlite");
    let (code, _, err) = import_json(&db, &["sales", &export("taobao_orders_gbk.csv")]);
    assert_eq!(code, Some(0), "{err}");
    let s = stats(&db);
    assert_eq!(s["customers"], t["customers"], "{s}");
    assert_eq!(s["orders"], t["orders"], "{s}");
    assert_eq!(revenue_cents(&db), cents(&t["revenue"]), "{s}");
    let first = t["first_order_ref"].as_str().unwrap_or("");
    assert_eq!(
        count(
            &db,
            &format!("SELECT COUNT(*) FROM sale WHERE order_ref = '{first}'")
        ),
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM contact WHERE phone = '13800138000'"
        ),
        1
    );
}

#[test]
fn woocommerce_analytics_leaves_cancelled_orders_out() {
    let t = truth("woocommerce_analytics_orders_fr.csv");
    let (_dir, db) = temp_db("shop.sqlite");
    let (code, v, err) = import_json(
        &db,
        &["sales", &export("woocommerce_analytics_orders_fr.csv")],
    );
    assert_eq!(code, Some(0), "{err}");
    let s = stats(&db);
    assert_eq!(s["customers"], t["customers"], "{s}");
    assert_eq!(s["orders"], t["orders"], "{s}");
    assert_eq!(revenue_cents(&db), cents(&t["revenue"]), "{s}");
    let amount = cents(&t["cancelled_amount"]);
    let expected = format!(
        "{} cancelled orders ({}",
        t["cancelled_orders"],
        clientele::model::format_money(amount)
    );
    assert!(
        v["notes"].to_string().contains(&expected),
        "{expected} in {v}"
    );
}

#[test]
fn tills_count_walk_in_sales_in_revenue_and_in_no_customer() {
    for (name, layout) in [
        ("square_transactions.csv", "Square transactions"),
        ("1c_roznica_prodazhi_cp1251.csv", "1C till register"),
        ("zettle_purchases.csv", "Zettle purchases"),
        ("sumup_sales_report_de.csv", "SumUp sales"),
    ] {
        let t = truth(name);
        let (_dir, db) = temp_db("shop.sqlite");
        let (code, v, err) = import_json(&db, &["sales", &export(name)]);
        assert_eq!(code, Some(0), "{name}: {err}");
        assert_eq!(v["layout"], layout, "{name}");
        assert_eq!(v["rows_rejected"], 0, "{name}: {v}");
        assert_eq!(v["walk_in_sales"], t["walk_in"], "{name}: {v}");
        let s = stats(&db);
        assert_eq!(s["customers"], t["customers"], "{name}: {s}");
        assert_eq!(s["sale_lines"], t["sale_lines"], "{name}: {s}");
        assert_eq!(revenue_cents(&db), cents(&t["revenue"]), "{name}: {s}");
        // No walk-in sale is any customer's.
        assert_eq!(
            count(&db, "SELECT COUNT(*) FROM sale"),
            t["sale_lines"].as_i64().unwrap_or(0) - t["walk_in"].as_i64().unwrap_or(0),
            "{name}"
        );
        let mapping = mapping_of(&v);
        // Square's `Card` is an amount paid by card; SumUp's `Konto` the merchant's login.
        assert_eq!(field_of(&mapping, "Card"), None, "{name}");
        assert_eq!(field_of(&mapping, "Konto"), None, "{name}");
        // Undoing the import takes its walk-in sales away too, and the question before it
        // counts them with the others.
        let batch = v["batch_id"].as_i64().unwrap_or_default();
        let asked = clientele::store::Store::open(&db)
            .and_then(|s| s.batch_contents(batch))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Some(asked.sales), t["sale_lines"].as_i64(), "{name}");
        let out = clientele(&db, &["undo-import", &batch.to_string()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(count(&db, "SELECT COUNT(*) FROM walk_in_sale"), 0, "{name}");
        assert_eq!(revenue_cents(&db), 0, "{name}");
    }
}

#[test]
fn contact_exports_import_their_fields_and_no_registration_date_becomes_a_birth_date() {
    let cases = [
        "shopify_customers_export.csv",
        "prestashop_clients_fr.csv",
        "outlook_contacts_cp1252.csv",
        "mailchimp_subscribed_members_export.csv",
        "square_customers.csv",
        "google_contacts.csv",
    ];
    for name in cases {
        let t = truth(name);
        let (_dir, db) = temp_db("shop.sqlite");
        let (code, v, err) = import_json(&db, &["contacts", &export(name)]);
        assert_eq!(code, Some(0), "{name}: {err}");
        assert_eq!(v["rows_imported"], t["contacts"], "{name}: {v}");
        assert!(v["layout"].is_string(), "{name}: no layout recognised");
        let births = count(
            &db,
            "SELECT COUNT(*) FROM contact WHERE birth_date IS NOT NULL",
        );
        if let Some(expected) = t["birth_dates"].as_i64() {
            assert_eq!(births, expected, "{name}");
        }
        if let Some(expected) = t["emails"].as_i64() {
            assert_eq!(
                count(&db, "SELECT COUNT(*) FROM contact WHERE email IS NOT NULL"),
                expected,
                "{name}"
            );
        }
        if let Some(expected) = t["consent_yes"].as_i64() {
            assert_eq!(
                count(
                    &db,
                    "SELECT COUNT(*) FROM contact WHERE marketing_consent = 'yes'"
                ),
                expected,
                "{name}"
            );
        }
        if let Some(expected) = t["consent_no"].as_i64() {
            assert_eq!(
                count(
                    &db,
                    "SELECT COUNT(*) FROM contact WHERE marketing_consent = 'no'"
                ),
                expected,
                "{name}"
            );
        }
        if let Some(id) = t["first_id"].as_str() {
            let zip = t["first_zip"].as_str().unwrap_or("");
            assert_eq!(
                count(
                    &db,
                    &format!(
                        "SELECT COUNT(*) FROM contact WHERE external_ref = '{id}' AND postcode = '{zip}'"
                    )
                ),
                1,
                "{name}: the spreadsheet guard stays on the id or the zip"
            );
        }
        if let Some(emails) = t["emails"].as_object() {
            for (first, email) in emails {
                assert_eq!(
                    count(
                        &db,
                        &format!(
                            "SELECT COUNT(*) FROM contact WHERE first_name = '{first}' AND email = {email}"
                        )
                        .replace('"', "'")
                    ),
                    1,
                    "{name}: {first}"
                );
            }
            for (first, phone) in t["phones"].as_object().into_iter().flatten() {
                assert_eq!(
                    count(
                        &db,
                        &format!(
                            "SELECT COUNT(*) FROM contact WHERE first_name = '{first}' AND phone = {phone}"
                        )
                        .replace('"', "'")
                    ),
                    1,
                    "{name}: {first}"
                );
            }
        }
    }
}

#[test]
fn a_customer_list_imported_as_sales_is_refused_and_the_other_way_round() {
    let (_dir, db) = temp_db("shop.sqlite");
    let (code, _, err) = import_json(&db, &["sales", &export("square_customers.csv")]);
    assert_eq!(code, Some(1));
    assert!(err.contains("looks like a customer list"), "{err}");
    assert!(err.contains("import it as contacts?"), "{err}");
    let (code, _, err) = import_json(&db, &["contacts", &export("stripe_payments.csv")]);
    assert_eq!(code, Some(1));
    assert!(err.contains("import it as sales?"), "{err}");
    assert_eq!(stats(&db)["customers"], 0);
}

#[test]
fn a_french_postcode_typed_as_a_number_gets_its_zero_back_and_no_birth_date_is_guessed() {
    let (_dir, db) = temp_db("shop.sqlite");
    let (code, v, err) = import_json(&db, &["contacts", &export("libreoffice_clients_fr.ods")]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["rows_rejected"], 0, "{v}");
    // C0001 lives in Nice: 06000, typed as the number 6000.
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM contact WHERE external_ref = 'C0001' AND postcode = '06000'"
        ),
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM contact WHERE length(postcode) = 4"
        ),
        0
    );
    // `Client depuis` (a date) is no birth date; `Date de naissance` is.
    let mapping = mapping_of(&v);
    assert_eq!(field_of(&mapping, "Client depuis"), None, "{mapping:?}");
    assert_eq!(
        field_of(&mapping, "Date de naissance").as_deref(),
        Some("birth_date")
    );
}

/// Every contact field, in the order of the data model.
const CONTACT_FIELDS: &str = "external_ref, first_name, last_name, company, email, phone, street, \
     street2, city, postcode, region, country, birth_date, gender, language, marketing_consent, \
     consent_date";

fn contacts_in(db: &Path) -> Vec<Vec<Option<String>>> {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {CONTACT_FIELDS} FROM contact ORDER BY external_ref"
        ))
        .unwrap_or_else(|e| panic!("{e}"));
    let n = CONTACT_FIELDS.split(',').count();
    stmt.query_map([], |r| {
        (0..n)
            .map(|i| r.get::<_, Option<String>>(i))
            .collect::<rusqlite::Result<Vec<_>>>()
    })
    .and_then(|rows| rows.collect())
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn exported_customers_import_back_into_an_empty_database_field_by_field() {
    let (dir, db) = temp_db("shop.sqlite");
    let people = dir.path().join("people.csv");
    std::fs::write(
        &people,
        "external_ref,first_name,last_name,company,email,phone,street,street2,city,postcode,region,country,birth_date,gender,language,marketing_consent,consent_date\n\
         P1,Anna,Ackermann,Atelier A,anna@example.com,+33 6 12 34 56 78,1 rue de la Paix,Bât. B,Nice,06000,PACA,FR,1980-04-12,F,fr,yes,2024-01-05\n\
         P2,Иван,Петров,,ivan@example.ru,+7 912 345 67 89,ул. Ленина 5,кв. 12,Пермь,614000,Пермский край,RU,1975-11-30,M,ru,no,\n\
         P3,伟,王,公司,,,,,,,,CN,,,zh,unknown,\n\
         P4,Aram,Hakobyan,-Minus Co,aram@example.am,,Abovyan 1,,Yerevan,0010,,AM,2001-02-03,,hy,yes,2023-12-31\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (code, _, err) = import_json(&db, &["contacts", people.to_str().unwrap_or("")]);
    assert_eq!(code, Some(0), "{err}");
    let before = contacts_in(&db);
    assert_eq!(before.len(), 4);
    // The file's own values came in (the check below would pass on two empty databases).
    assert_eq!(before[0][6].as_deref(), Some("1 rue de la Paix"));
    assert_eq!(before[3][9].as_deref(), Some("0010"));
    let exported = dir.path().join("customers.csv");
    let out = clientele(
        &db,
        &[
            "export",
            "customers",
            "--out",
            exported.to_str().unwrap_or(""),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let (_dir2, empty) = temp_db("empty.sqlite");
    let (code, v, err) = import_json(&empty, &["contacts", exported.to_str().unwrap_or("")]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["rows_rejected"], 0, "{v}");
    let after = contacts_in(&empty);
    let names: Vec<&str> = CONTACT_FIELDS.split(',').map(str::trim).collect();
    for (b, a) in before.iter().zip(&after) {
        for (i, name) in names.iter().enumerate() {
            assert_eq!(a[i], b[i], "{name} of {:?}", b[0]);
        }
    }
    assert_eq!(after.len(), before.len());
}

#[test]
fn the_summary_says_what_was_kept_but_not_counted_in_the_shops_money() {
    let t = truth("woocommerce_analytics_orders_fr.csv");
    let (_dir, db) = temp_db("shop.sqlite");
    // A new shop takes the computer's locale: French here.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_clientele"))
        .arg("--db")
        .arg(&db)
        .args([
            "--lang",
            "en",
            "import",
            "sales",
            &export("woocommerce_analytics_orders_fr.csv"),
        ])
        .env_remove("CLIENTELE_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MONETARY")
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    let amount = cents(&t["cancelled_amount"]);
    let expected = format!(
        "{} cancelled orders ({},{:02}\u{a0}€) kept but not counted.",
        t["cancelled_orders"],
        amount / 100,
        amount % 100
    );
    assert!(printed.contains(&expected), "{expected} in {printed}");
}

#[test]
fn a_new_database_reads_dates_the_way_the_computers_locale_writes_them() {
    let (dir, _) = temp_db("unused.sqlite");
    let csv = dir.path().join("us.csv");
    let mut body = String::from("customer_id,date,amount\n");
    for day in 1..=12 {
        body.push_str(&format!("C{day},03/{day:02}/2024,10.00\n"));
    }
    std::fs::write(&csv, body).unwrap_or_else(|e| panic!("{e}"));
    for (lang, first, last) in [
        ("en_US.UTF-8", "2024-03-01", "2024-03-12"),
        ("fr_FR.UTF-8", "2024-01-03", "2024-12-03"),
        ("C.UTF-8", "2024-01-03", "2024-12-03"),
    ] {
        let db = dir.path().join(format!("{lang}.sqlite"));
        let run = |args: &[&str]| {
            std::process::Command::new(env!("CARGO_BIN_EXE_clientele"))
                .arg("--db")
                .arg(&db)
                .args(args)
                .env_remove("CLIENTELE_DB")
                .env_remove("LC_ALL")
                .env_remove("LC_MONETARY")
                .env("LANG", lang)
                .output()
                .unwrap_or_else(|e| panic!("{e}"))
        };
        let out = run(&["import", "sales", csv.to_str().unwrap_or("")]);
        assert!(out.status.success(), "{lang}: {}", text(&out.stderr));
        let s: serde_json::Value =
            serde_json::from_slice(&run(&["stats", "--json"]).stdout).unwrap_or_default();
        assert_eq!(
            (s["first_sale"].as_str(), s["last_sale"].as_str()),
            (Some(first), Some(last)),
            "{lang}"
        );
    }
}

#[test]
fn order_exports_written_from_documentation_count_like_a_shop_owner() {
    for (name, layout) in [
        ("woocommerce_order_export.csv", "WooCommerce order export"),
        ("prestashop_orders_fr.csv", "PrestaShop orders"),
    ] {
        let t = truth(name);
        let (_dir, db) = temp_db("shop.sqlite");
        let (code, v, err) = import_json(&db, &["sales", &export(name)]);
        assert_eq!(code, Some(0), "{name}: {err}");
        assert_eq!(v["layout"], layout, "{name}");
        assert_eq!(v["rows_rejected"], 0, "{name}: {v}");
        let mapping = mapping_of(&v);
        // The product is no person, the order's id no customer.
        assert_eq!(field_of(&mapping, "Item #"), None, "{name}");
        assert_eq!(field_of(&mapping, "ID"), None, "{name}");
        let s = stats(&db);
        assert_eq!(s["customers"], t["customers"], "{name}: {s}");
        assert_eq!(s["orders"], t["orders"], "{name}: {s}");
        assert_eq!(revenue_cents(&db), cents(&t["revenue"]), "{name}: {s}");
    }
}

#[test]
fn a_cut_short_workbook_is_called_damaged_or_incomplete_in_plain_words() {
    let (_dir, db) = temp_db("shop.sqlite");
    let out = clientele(
        &db,
        &[
            "import",
            "contacts",
            data("bad/truncated.xlsx").to_str().unwrap_or(""),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains(
            "truncated.xlsx: this file is damaged or incomplete (it may not have finished downloading)"
        ),
        "{err}"
    );
}
