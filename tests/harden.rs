//! Hostile, huge and busy input (issue 28): each test holds one reproduction of the torture
//! test, run through the real binary where the owner would meet it.

use std::io::Write;
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

/// The fields of a CSV file, row by row.
fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// True when a spreadsheet could run the field as a formula.
fn is_live_formula(field: &str) -> bool {
    field.starts_with(['=', '+', '@', '\t', '\r'])
        || (field.starts_with('-') && field.parse::<f64>().is_err())
}

// ---------------------------------------------------------------------------------------
// Item 1: a workbook that unpacks to far more than its size
// ---------------------------------------------------------------------------------------

/// Writes a ZIP with the parts of a minimal workbook and a sheet of `sheet_rows` rows, each
/// the same row of a thousand letters: a sheet that packs hundreds of times.
fn write_bomb(path: &Path, sheet_rows: usize) {
    use zip::write::SimpleFileOptions;
    let file = std::fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(
        br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
    )
    .unwrap();
    zip.start_file("xl/workbook.xml", options).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#).unwrap();
    zip.start_file("xl/_rels/workbook.xml.rels", options)
        .unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#).unwrap();
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#).unwrap();
    let row = format!(
        r#"<row><c t="inlineStr"><is><t>{}</t></is></c></row>"#,
        "x".repeat(1000)
    );
    for _ in 0..sheet_rows {
        zip.write_all(row.as_bytes()).unwrap();
    }
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap();
}

#[test]
fn a_workbook_that_unpacks_hundreds_of_times_its_size_is_refused_in_plain_words() {
    let (dir, db) = temp_db("shop.sqlite");
    let bomb = dir.path().join("bomb.xlsx");
    // 40 000 rows of a thousand letters: 41 MB of sheet packed into well under 1 MB.
    write_bomb(&bomb, 40_000);
    let packed = std::fs::metadata(&bomb).unwrap().len();
    assert!(packed < 1_000_000, "the bomb packs to {packed} bytes");
    for args in [
        vec!["import", "sales", bomb.to_str().unwrap()],
        vec!["import", "sales", bomb.to_str().unwrap(), "--dry-run"],
    ] {
        let out = clientele(&db, &args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("bomb.xlsx: this file would take more than")
                && err.contains("it may be damaged or built to harm"),
            "{err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn a_workbook_of_the_largest_size_is_read_cell_by_cell() {
    // Two cells far apart: A1 and the sheet's last cell, XFD1048576. Read as a rectangle from
    // the first used cell to the last, this small file is 17 billion cells.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("far.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "customer_id").unwrap();
    sheet.write_string(0, 1, "email").unwrap();
    sheet.write_string(1, 0, "C1").unwrap();
    sheet.write_string(1, 1, "ann@example.com").unwrap();
    sheet.write_string(1_048_575, 16_383, "far away").unwrap();
    book.save(&path).unwrap();
    let (_, db) = temp_db("shop.sqlite");
    let out = clientele(
        &db,
        &["import", "contacts", path.to_str().unwrap(), "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Row 2 and row 1 048 576 (the far cell; it names no one, so it is not a customer).
    assert_eq!(v["rows_read"], 2, "{v}");
    assert_eq!(stats(&db)["customers"], 1);
}

// ---------------------------------------------------------------------------------------
// Item 2: money too large to hold
// ---------------------------------------------------------------------------------------

#[test]
fn an_amount_too_large_is_rejected_with_its_row_and_column() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("sales.csv");
    std::fs::write(
        &file,
        "order,customer_id,date,product,quantity,unit_price\n\
         A1,C1,2025-01-10,Tea,2,50000000000000000.00\n\
         A2,C1,2025-01-11,Tea,1,3.50\n\
         A3,C2,2025-01-12,Tea,1,10000000000000.01\n\
         A4,C2,2025-01-12,Tea,1,10000000000000.00\n\
         A5,C3,2025-01-13,Tea,100000,9999999999.99\n",
    )
    .unwrap();
    let out = clientele(&db, &["import", "sales", file.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rows_imported"], 2, "{v}");
    assert_eq!(v["rows_rejected"], 3, "{v}");
    let problems = v["errors"].to_string();
    for row in [
        "row 2, column unit_price: amount too large",
        "row 4, column unit_price: amount too large",
        "row 6, column unit_price: amount too large",
    ] {
        assert!(problems.contains(row), "{row} missing from {problems}");
    }
    // 3.50 + 10 000 000 000 000.00, nothing wrapped around.
    assert_eq!(stats(&db)["revenue"].as_f64(), Some(10_000_000_000_003.5));
}

// ---------------------------------------------------------------------------------------
// Item 4: formula injection in every CSV written
// ---------------------------------------------------------------------------------------

const HOSTILE: [&str; 3] = ["=1+1", "@SUM(A1)", "=cmd|' /C calc'!A0"];

#[test]
fn the_rejected_rows_file_guards_formulas() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("sales.csv");
    std::fs::write(
        &file,
        "order,customer_id,date,product,amount\n\
         A1,=1+1,not a date,@SUM(A1),3.50\n\
         A2,C2,2025-01-11,\"=cmd|' /C calc'!A0\",x\n\
         A3,C3,2025-01-11,Tea,4.00\n",
    )
    .unwrap();
    let errors = dir.path().join("errors.csv");
    let out = clientele(
        &db,
        &[
            "import",
            "sales",
            file.to_str().unwrap(),
            "--errors-out",
            errors.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let rows = csv_rows(&errors);
    assert_eq!(rows.len(), 3, "{rows:?}");
    let all: Vec<&String> = rows.iter().flatten().collect();
    for hostile in HOSTILE {
        assert!(
            all.iter().any(|f| **f == format!("'{hostile}")),
            "{hostile} is not in the file guarded: {rows:?}"
        );
    }
    assert!(!all.iter().any(|f| is_live_formula(f)), "{rows:?}");
    // The file a shop owner fixes imports again: the guard is taken off.
    assert!(rows[1].contains(&"'@SUM(A1)".to_string()));
}

#[test]
fn duplicate_files_guard_formulas() {
    let (dir, db) = temp_db("shop.sqlite");
    let contacts = data("febrl1.csv");
    let out = clientele(&db, &["import", "contacts", contacts.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Every customer's reference made into a formula, as a hostile file would write it.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("UPDATE contact SET external_ref = '=' || external_ref || '+1';")
        .unwrap();
    drop(conn);
    let pairs = dir.path().join("pairs.csv");
    let clusters = dir.path().join("clusters.csv");
    let out = clientele(
        &db,
        &[
            "dedup",
            "--pairs-out",
            pairs.to_str().unwrap(),
            "--clusters-out",
            clusters.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    for (path, ref_columns) in [(&pairs, vec![2, 3]), (&clusters, vec![2])] {
        let rows = csv_rows(path);
        assert!(rows.len() > 10, "{}: {rows:?}", path.display());
        for row in &rows[1..] {
            for &c in &ref_columns {
                assert!(row[c].starts_with("'=rec-"), "{}: {row:?}", path.display());
            }
            assert!(
                !row.iter().any(|f| is_live_formula(f)),
                "{}: {row:?}",
                path.display()
            );
        }
    }
}

#[test]
fn the_rfm_file_guards_formulas_and_keeps_negative_amounts_numbers() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("sales.csv");
    std::fs::write(
        &file,
        "order,customer_id,date,product,amount\n\
         A1,=1+1,2025-01-10,Tea,3.50\n\
         A2,@SUM(A1),2025-01-11,Tea,4.00\n\
         A3,\"=cmd|' /C calc'!A0\",2025-01-12,Tea,5.00\n\
         A4,C4,2025-01-12,Refund,-2.50\n",
    )
    .unwrap();
    let out = clientele(&db, &["import", "sales", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let rfm = dir.path().join("rfm.csv");
    let out = clientele(&db, &["rfm", "--out", rfm.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let rows = csv_rows(&rfm);
    assert_eq!(rows.len(), 5, "{rows:?}");
    let refs: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
    for hostile in HOSTILE {
        assert!(refs.contains(&format!("'{hostile}").as_str()), "{refs:?}");
    }
    assert!(refs.contains(&"C4"), "{refs:?}");
    let c4 = rows.iter().find(|r| r[1] == "C4").unwrap();
    assert_eq!(c4[4], "-2.50", "{c4:?}");
    assert!(
        !rows.iter().flatten().any(|f| is_live_formula(f)),
        "{rows:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Item 11: private files
// ---------------------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn the_data_folder_database_and_exports_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data").join("clientele");
    let db = folder.join("clientele.sqlite");
    let out = clientele(
        &db,
        &["demo", "--customers", "30", "--end", crate::common::END],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(mode(folder.parent().unwrap()), 0o700);
    assert_eq!(mode(&db), 0o600);
    let export = dir.path().join("customers.csv");
    let out = clientele(
        &db,
        &["export", "customers", "--out", export.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(mode(&export), 0o600);
    let rfm = dir.path().join("rfm.csv");
    let out = clientele(&db, &["rfm", "--out", rfm.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(mode(&rfm), 0o600);
}

// ---------------------------------------------------------------------------------------
// Item 9: messages
// ---------------------------------------------------------------------------------------

#[test]
fn bad_segment_rules_name_the_problem() {
    use clientele::analytics::rules::Rule;
    let err = Rule::parse(r#"{"all": [{"field": "cty", "op": "is", "value": "Lyon"}]}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("cty") && !err.contains("untagged"), "{err}");
    let err = Rule::parse(r#"{"field": "city", "op": "is", "valeu": "Lyon"}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("valeu") && !err.contains("untagged"), "{err}");
    let err = Rule::parse(r#"{"field": "consent", "op": "is", "value": "maybe"}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("'maybe' is not a marketing consent"), "{err}");
    let err = Rule::parse(r#"{"field": "tier", "op": "in", "value": ["A", "Z"]}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("'Z' is not a value tier"), "{err}");
    assert!(Rule::parse(r#"{"field": "tier", "op": "in", "value": ["A", "c"]}"#).is_ok());
    assert!(Rule::parse(r#"{"field": "consent", "op": "is", "value": "Yes"}"#).is_ok());
    // The docs allow a list of products.
    let rule = Rule::parse(r#"{"field": "product", "op": "bought", "value": ["Roses", "Tulips"]}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut c = clientele::analytics::rules::CustomerFacts::default();
    assert!(!rule.matches(&c));
    c.products.insert("tulips".into());
    assert!(rule.matches(&c));
}

#[test]
fn a_folder_given_as_the_file_is_reported_once() {
    let (dir, db) = temp_db("shop.sqlite");
    let out = clientele(&db, &["import", "sales", dir.path().to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.matches("is a folder, not a file").count(), 1, "{err}");
    assert!(!err.contains("os error 21"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_read_only_database_says_so_in_plain_words() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, db) = crate::common::demo_db(20);
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o400)).unwrap();
    if std::fs::OpenOptions::new().write(true).open(&db).is_ok() {
        // Run as root: permissions do not stop anything.
        eprintln!("skipped: this user can write to any file");
        return;
    }
    let out = clientele(&db, &["undo-import", "1"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("read-only") && !err.contains("Error code 8"),
        "{err}"
    );
}

#[test]
fn a_damaged_database_says_to_restore_a_backup() {
    let (_dir, db) = crate::common::demo_db(200);
    // Every page after the first is overwritten: the header still says it is a Clientele
    // database.
    let mut bytes = std::fs::read(&db).unwrap();
    assert!(bytes.len() > 20_000);
    for b in &mut bytes[4096..] {
        *b = 0x5A;
    }
    std::fs::write(&db, &bytes).unwrap();
    let out = clientele(&db, &["customers"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("restore a backup"), "{err}");
    assert!(!err.contains("malformed"), "{err}");
}

// ---------------------------------------------------------------------------------------
// Item 10: what the data holds never steers the terminal
// ---------------------------------------------------------------------------------------

#[test]
fn customers_and_imports_escape_control_characters() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("evil\u{1b}[2J.csv");
    std::fs::write(
        &file,
        "customer_id,first_name,last_name,city\nC1,Ann,Lee,Lyon\n",
    )
    .unwrap();
    let out = clientele(&db, &["import", "contacts", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Values as a file or an older version may have left them.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "UPDATE contact SET first_name = ?1, last_name = ?2, city = ?3",
        ["Ann\u{1b}]0;owned\u{7}", "Lee\tTab", "Lyon\nNext"],
    )
    .unwrap();
    drop(conn);
    for args in [vec!["customers"], vec!["imports"]] {
        let out = clientele(&db, &args);
        let printed = text(&out.stdout);
        assert!(!printed.contains('\u{1b}'), "{printed:?}");
        assert!(!printed.contains('\u{7}'), "{printed:?}");
        let lines: Vec<&str> = printed.lines().collect();
        assert_eq!(lines.len(), 2, "{printed:?}");
        let columns = lines[0].split('\t').count();
        assert_eq!(lines[1].split('\t').count(), columns, "{printed:?}");
    }
    let printed = text(&clientele(&db, &["customers"]).stdout);
    assert!(
        printed.contains("Ann\\x1b]0;owned\\x07 Lee\\tTab"),
        "{printed:?}"
    );
    assert!(printed.contains("Lyon\\nNext"), "{printed:?}");
}

// ---------------------------------------------------------------------------------------
// Items 5, 6 and 8: what the reader takes in
// ---------------------------------------------------------------------------------------

#[test]
fn control_characters_are_taken_out_of_values() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("sales.csv");
    std::fs::write(
        &file,
        b"order,customer_id,date,product,amount\nA1,C1,2025-01-10,Th\x00\xc3\xa9 vert,3.50\x00\nA2,C1,2025-01-11,\x1b[2JTea,4.00\n",
    )
    .unwrap();
    let out = clientele(&db, &["import", "sales", file.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rows_imported"], 2, "{v}");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let products: Vec<String> = conn
        .prepare("SELECT product FROM sale ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(products, vec!["Thé vert".to_string(), "[2JTea".to_string()]);
    assert_eq!(stats(&db)["revenue"].as_f64(), Some(7.5));
}

#[test]
fn a_file_wider_than_a_spreadsheet_is_refused() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("wide.csv");
    let columns = 20_000;
    let mut body = String::new();
    for row in 0..3 {
        let cells: Vec<String> = (0..columns).map(|c| format!("v{row}_{c}")).collect();
        body.push_str(&cells.join(","));
        body.push('\n');
    }
    std::fs::write(&file, body).unwrap();
    let start = std::time::Instant::now();
    let out = clientele(&db, &["import", "contacts", file.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("more than 16384 columns"), "{err}");
    assert!(start.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn a_header_of_many_columns_reads_in_linear_time() {
    // 16 000 columns of the same name: each name after the first gets its number. A
    // search of the names so far for each column took time in the square of the width.
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("wide.csv");
    let header = vec!["note"; 16_000].join(",");
    let row = vec!["x"; 16_000].join(",");
    std::fs::write(&file, format!("customer_id,{header}\nC1,{row}\n")).unwrap();
    let start = std::time::Instant::now();
    let out = clientele(
        &db,
        &["import", "contacts", file.to_str().unwrap(), "--dry-run"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        start.elapsed() < std::time::Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_is_refused_at_once() {
    let (dir, db) = temp_db("shop.sqlite");
    let fifo = dir.path().join("sales.csv");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_clientele"))
        .arg("--db")
        .arg(&db)
        .args(["import", "sales"])
        .arg(&fifo)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > std::time::Duration::from_secs(20) {
            let _ = child.kill();
            panic!("the import waited on the pipe for 20 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let out = child.wait_with_output().unwrap();
    let err = text(&out.stderr);
    assert_eq!(status.code(), Some(1), "{err}");
    assert!(
        err.contains("a pipe, a device or a socket, not a file"),
        "{err}"
    );
}

#[test]
fn a_repeated_header_is_kept_apart_and_said() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("sales.csv");
    std::fs::write(
        &file,
        "order,customer_id,date,product,unit_price,unit_price,quantity\n\
         A1,C1,2025-01-10,Tea,3.50,4.00,2\n",
    )
    .unwrap();
    let out = clientele(
        &db,
        &[
            "import",
            "sales",
            file.to_str().unwrap(),
            "--json",
            "--dry-run",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let notes = v["notes"].to_string();
    assert!(
        notes.contains("The column name 'unit_price' appears more than once")
            && notes.contains("'unit_price (2)'"),
        "{notes}"
    );
}

// ---------------------------------------------------------------------------------------
// Item 7: a reader while the file is held
// ---------------------------------------------------------------------------------------

#[test]
fn a_reader_runs_while_an_import_writes() {
    let (_dir, db) = crate::common::demo_db(20);
    // As a bulk import of the command line holds it: rollback journal, a write transaction
    // under way (its changes still in its own cache).
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    conn.execute_batch("BEGIN IMMEDIATE; UPDATE contact SET city = city WHERE id = 1;")
        .unwrap();
    let start = std::time::Instant::now();
    let out = clientele(&db, &["stats", "--json"]);
    let took = start.elapsed();
    conn.execute_batch("COMMIT").unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(took < std::time::Duration::from_secs(4), "{took:?}");
}

#[test]
fn a_reader_waits_while_an_import_commits() {
    let (_dir, db) = crate::common::demo_db(20);
    // The same import writing its pages into the file: an exclusive lock.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    conn.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let start = std::time::Instant::now();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_clientele"))
        .arg("--db")
        .arg(&db)
        .arg("stats")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    conn.execute_batch("COMMIT").unwrap();
    drop(conn);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(start.elapsed() >= std::time::Duration::from_millis(1500));
}

// ---------------------------------------------------------------------------------------
// Item 5: sale dates, lengths, values in messages
// ---------------------------------------------------------------------------------------

#[test]
fn sale_dates_before_1900_or_in_the_future_are_rejected_unless_allowed() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("sales.csv");
    let today = chrono::Local::now().date_naive();
    let tomorrow = today + chrono::Days::new(1);
    let later = today + chrono::Days::new(2);
    std::fs::write(
        &file,
        format!(
            "order,customer_id,date,product,amount\n\
             A1,C1,0000-01-01,Tea,1.00\n\
             A2,C1,9999-12-31,Tea,2.00\n\
             A3,C1,1899-12-31,Tea,4.00\n\
             A4,C1,1900-01-01,Tea,8.00\n\
             A5,C1,{tomorrow},Tea,16.00\n\
             A6,C1,{later},Tea,32.00\n\
             A7,C1,2025-01-10,Tea,64.00\n"
        ),
    )
    .unwrap();
    let out = clientele(
        &db,
        &[
            "import",
            "sales",
            file.to_str().unwrap(),
            "--json",
            "--dry-run",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rows_imported"], 3, "{v}");
    assert_eq!(v["rows_rejected"], 4, "{v}");
    assert_eq!(v["dates_out_of_range"], 4, "{v}");
    let problems = v["errors"].to_string();
    for expected in [
        "row 2, column date: the date 0000-01-01 is before 1900".to_string(),
        "row 3, column date: the date 9999-12-31 is more than a day in the future".to_string(),
        "row 4, column date: the date 1899-12-31 is before 1900".to_string(),
        format!("row 7, column date: the date {later} is more than a day in the future"),
    ] {
        assert!(
            problems.contains(&expected),
            "{expected} missing from {problems}"
        );
    }
    assert!(problems.contains("--allow-any-date"), "{problems}");

    // The owner says the dates are right: every row is taken.
    let out = clientele(
        &db,
        &[
            "import",
            "sales",
            file.to_str().unwrap(),
            "--json",
            "--allow-any-date",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rows_imported"], 7, "{v}");
    assert_eq!(v["dates_out_of_range"], 0, "{v}");
    assert_eq!(stats(&db)["revenue"].as_f64(), Some(127.0));
}

#[test]
fn long_values_are_cut_with_a_warning_and_never_stored_whole() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("contacts.csv");
    let huge = "x".repeat(50_000_000);
    let long_name = "É".repeat(250);
    let long_mail = format!("{}@example.com", "a".repeat(400));
    let mut body = String::from("customer_id,first_name,last_name,company,email,note\n");
    body.push_str(&format!("C1,Ann,{huge},Shop,ann@example.com,ok\n"));
    body.push_str(&format!("C2,{long_name},Lee,Shop,{long_mail},{huge}\n"));
    body.push_str("C3,Bob,Ray,Shop,bob@example.com,fine\n");
    std::fs::write(&file, body).unwrap();
    drop(huge);
    let out = clientele(
        &db,
        &["import", "contacts", file.to_str().unwrap(), "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rows_imported"], 3, "{v}");
    assert_eq!(v["warnings"], 4, "{v}");
    let problems = v["errors"].to_string();
    for expected in [
        "row 2, column last_name: the value is 50000000 characters long, more than a name holds (200)",
        "row 3, column first_name: the value is 250 characters long, more than a name holds (200)",
        "row 3, column email: ",
        "is not an e-mail address (it is longer than 320 characters)",
        "row 3, column note: the value is 50000000 characters long, more than a value holds (10000)",
    ] {
        assert!(
            problems.contains(expected),
            "{expected} missing from {problems}"
        );
    }
    // The output names the values, it does not repeat them.
    assert!(out.stdout.len() < 2_000_000, "{} bytes", out.stdout.len());
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (first, last, email, extra): (String, String, Option<String>, String) = conn
        .query_row(
            "SELECT first_name, last_name, email, extra FROM contact WHERE external_ref = 'C2'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(first, "É".repeat(200));
    assert_eq!(last, "Lee");
    assert_eq!(email, None);
    let extra: serde_json::Value = serde_json::from_str(&extra).unwrap();
    assert_eq!(extra["email"].as_str(), Some(long_mail.as_str()));
    assert_eq!(extra["note"].as_str().map(str::len), Some(10_000));
    let last: String = conn
        .query_row(
            "SELECT last_name FROM contact WHERE external_ref = 'C1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(last.chars().count(), 200);
    // Nothing in the file holds the 50 MB value whole: not the customers, not the problems.
    let largest: i64 = conn
        .query_row("SELECT max(length(raw_row)) FROM import_error", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(largest < 100_000, "a problem's row holds {largest} bytes");
    drop(conn);
    assert!(std::fs::metadata(&db).unwrap().len() < 5_000_000);
}

#[test]
fn messages_show_invisible_characters_escaped() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("sales.csv");
    std::fs::write(
        &file,
        "order,customer_id,date,product,amount\n\
         A1,C1,2025-01-10,Tea,\"3.5\n0\"\n\
         A2,C1,2025-01-11,Tea,3\u{202e}.50\n\
         A3,C1,2025-01-12,Tea,3.50\0x\n\
         A4,C1,2025-01-13,Tea,3\u{85}.50\n\
         A5,C1,2025-01-14,Tea,4.00\n",
    )
    .unwrap();
    let out = clientele(&db, &["import", "sales", file.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let messages: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["message"].as_str())
        .collect();
    assert_eq!(
        messages,
        vec![
            r"row 2, column amount: '3.5\n0' is not an amount",
            r"row 4, column amount: '3\u{202e}.50' is not an amount",
            r"row 5, column amount: '3.50x' is not an amount",
            r"row 6, column amount: '3\x85.50' is not an amount",
        ]
    );
}

#[test]
fn bytes_that_are_not_utf8_after_the_first_64_kib_are_warned_about_with_their_row() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("contacts.csv");
    let mut body = b"customer_id,first_name,last_name,city\n".to_vec();
    let mut rows = 0;
    while body.len() < 80 * 1024 {
        rows += 1;
        body.extend_from_slice(format!("C{rows},Ann,Lee,Lyon\n").as_bytes());
    }
    // Windows-1252 past the part the encoding is decided from: é is E9, ü is FC.
    body.extend_from_slice(b"X1,Ren\xe9,M\xfcller,Orl\xe9ans\nX2,Bob,Ray,Paris\n");
    std::fs::write(&file, &body).unwrap();
    let bad_row = rows + 2;
    let out = clientele(
        &db,
        &["import", "contacts", file.to_str().unwrap(), "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rows_imported"], rows + 2, "{v}");
    assert_eq!(v["warnings"], 1, "{v}");
    let message = v["errors"][0]["message"].as_str().unwrap_or_default();
    assert_eq!(
        message,
        format!(
            "row {bad_row}, columns first_name, last_name, city: bytes that are not UTF-8 text were read as '\u{fffd}' ('Ren\u{fffd}'); the encoding was decided from the start of the file: if the file is in another encoding, import it again choosing it (--encoding, e.g. windows-1252)"
        )
    );
    assert_eq!(v["errors"][0]["row"], bad_row, "{v}");
}

/// File dialogs that hand in one file to open.
struct OneFile(Option<PathBuf>);

impl clientele::ui::app::FileDialogs for OneFile {
    fn pick_import_file(&mut self) -> Option<PathBuf> {
        self.0.take()
    }
    fn save_csv(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }
    fn save_png(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }
    fn save_spreadsheet(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }
    fn save_pdf(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
    }
}

#[test]
fn the_import_tab_offers_to_accept_dates_out_of_range() {
    use clientele::ui::app::{ClienteleApp, Prefs, Tab};
    use clientele::ui::tabs::import::{Check, ImportScreen};
    use egui_kittest::kittest::Queryable;
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("sales.csv");
    std::fs::write(
        &file,
        "order,customer_id,date,product,amount\n\
         A1,C1,9999-12-31,Tea,1.00\n\
         A2,C1,2025-01-10,Tea,2.00\n",
    )
    .unwrap();
    let prefs = Prefs {
        tab: Tab::IMPORT,
        ..Prefs::default()
    };
    let app = ClienteleApp::new(db.clone(), prefs).with_dialogs(Box::new(OneFile(Some(file))));
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(2000.0, 1400.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    crate::common::settle(&mut h);
    let checked = |h: &egui_kittest::Harness<'static, ClienteleApp>| match &h
        .state()
        .screen::<ImportScreen>()
        .unwrap()
        .check
    {
        Check::Done(r) => (r.rows_imported, r.dates_out_of_range),
        other => panic!("not checked: {other:?}"),
    };
    assert!(
        h.query_by_label("Accept dates before 1900 or in the future")
            .is_none()
    );
    h.get_by_label("Open a file…").click();
    h.run_steps(1);
    crate::common::settle(&mut h);
    assert_eq!(checked(&h), (1, 1));
    h.get_by_label_contains("1 row has a sale date before 1900");
    h.get_by_label("Accept dates before 1900 or in the future")
        .click();
    h.run_steps(1);
    crate::common::settle(&mut h);
    assert_eq!(checked(&h), (2, 0));
    assert!(h.state().screen::<ImportScreen>().unwrap().can_import());
}
