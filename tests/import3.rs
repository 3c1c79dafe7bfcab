//! Issue 18's later items: walk-in sales in files of no known layout, ids typed as numbers
//! in workbooks, a sales file chosen as contacts, and statuses that change between exports.

use std::path::Path;

use crate::common::{clientele, temp_db, text};
use crate::import::{count, import_json};

/// Cents of an amount written with a dot or a comma and two decimals.
fn cents_of(amount: &str) -> i64 {
    let (units, decimals) = amount.split_once(['.', ',']).unwrap_or((amount, "00"));
    units.parse::<i64>().unwrap() * 100 + decimals.parse::<i64>().unwrap()
}

#[test]
fn a_till_export_of_no_known_layout_keeps_its_sales_as_walk_in_sales() {
    // A till's own export: no column names a customer, whatever the file.
    let rows = [
        ("02/03/2026", "T-101", "Thé vert", "2", "12,50"),
        ("02/03/2026", "T-101", "Tasse", "1", "4,00"),
        ("03/03/2026", "T-102", "Bougie", "1", "8,25"),
        ("04/03/2026", "T-103", "Savon", "3", "9,30"),
    ];
    let mut file_text = String::from("Date;Ticket;Article;Qté;Total\n");
    for (date, ticket, item, qty, total) in rows {
        file_text.push_str(&format!("{date};{ticket};{item};{qty};{total}\n"));
    }
    let expected: i64 = rows.iter().map(|r| cents_of(r.4)).sum();
    assert_eq!(expected, 3405);
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("caisse.csv");
    std::fs::write(&file, file_text).unwrap();
    let (code, v, err) = import_json(&db, &["sales", file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err} {v}");
    assert_eq!(v["layout"], serde_json::Value::Null, "{v}");
    assert_eq!(v["rows_rejected"], 0, "{v}");
    assert_eq!(v["walk_in_sales"], 4, "{v}");
    assert_eq!(v["walk_in_amount_cents"], expected, "{v}");
    let notes = v["notes"].to_string();
    assert!(
        notes.contains("4 walk-in sale lines (no customer, 34.05)"),
        "{notes}"
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM walk_in_sale"), 4);
    assert_eq!(count(&db, "SELECT SUM(amount) FROM walk_in_sale"), expected);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM sale"), 0);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM contact"), 0);
}

#[test]
fn a_row_with_an_unreadable_customer_is_rejected_and_an_empty_one_is_a_walk_in_sale() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = dir.path().join("sales.csv");
    std::fs::write(
        &file,
        "date,receipt,product,amount,email\n\
         2026-03-01,R1,Tea,12.50,\n\
         2026-03-01,R1,Cup,4.00,\n\
         2026-03-02,R2,Candle,8.25,anne@example.fr\n\
         2026-03-03,R3,Soap,3.10,not-an-email\n\
         2026-03-04,R4,Card,2.00,\n\
         2026-03-05,R5,Tea,12.50,bob@example.fr\n\
         2026-03-06,R6,Cup,4.00,carla@example.fr\n",
    )
    .unwrap();
    let (code, v, err) = import_json(&db, &["sales", file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err} {v}");
    let mapped = v["mapping"].to_string();
    assert!(mapped.contains("\"email\""), "{mapped}");
    // Rows 2, 3 and 6 name nobody: 12.50 + 4.00 + 2.00.
    assert_eq!(v["walk_in_sales"], 3, "{v}");
    assert_eq!(v["walk_in_amount_cents"], 1850, "{v}");
    // Row 5 names someone in a way that cannot be read: rejected, its row and column said.
    assert_eq!(v["rows_rejected"], 1, "{v}");
    let errors = v["errors"].to_string();
    assert!(
        errors.contains("row 5, column email: 'not-an-email' is not an e-mail address"),
        "{errors}"
    );
    assert!(
        errors.contains("row 5: the sale names no customer"),
        "{errors}"
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM sale"), 3);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM contact"), 3);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM walk_in_sale"), 3);
}

#[test]
fn ids_typed_as_numbers_in_a_workbook_read_as_the_csv_of_the_same_sheet_writes_them() {
    use rust_xlsxwriter::{Format, Workbook};
    // The customer numbers as the CSV export of the sheet writes them: the first typed as
    // the number 1234 shown with six digits, the second as 123400 shown as 1.234E+05, the
    // third a plain number.
    let customers = ["001234", "123400", "98765"];
    let (dir, db) = temp_db("shop.sqlite");
    let csv = dir.path().join("january.csv");
    let mut csv_text = String::from("Customer number,Order,Date,Amount\n");
    for (i, c) in customers.iter().enumerate() {
        csv_text.push_str(&format!(
            "{c},{},2026-01-{:02},{}.00\n",
            5001 + i,
            5 + i,
            10 * (i + 1)
        ));
    }
    std::fs::write(&csv, csv_text).unwrap();
    let xlsx = dir.path().join("february.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (col, header) in ["Customer number", "Order", "Date", "Amount"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, col as u16, *header).unwrap();
    }
    let six_digits = Format::new().set_num_format("000000");
    let scientific = Format::new().set_num_format("0.000E+00");
    sheet
        .write_number_with_format(1, 0, 1234.0, &six_digits)
        .unwrap();
    sheet
        .write_number_with_format(2, 0, 1.234e5, &scientific)
        .unwrap();
    sheet.write_number(3, 0, 98765.0).unwrap();
    for i in 0..3u32 {
        sheet.write_number(1 + i, 1, f64::from(5004 + i)).unwrap();
        sheet
            .write_string(1 + i, 2, format!("2026-02-{:02}", 5 + i))
            .unwrap();
        sheet
            .write_number(1 + i, 3, f64::from(10 * (i + 1)))
            .unwrap();
    }
    book.save(&xlsx).unwrap();

    for file in [&csv, &xlsx] {
        let (code, v, err) = import_json(&db, &["sales", file.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{err} {v}");
        assert_eq!(v["rows_rejected"], 0, "{v}");
        assert_eq!(v["walk_in_sales"], 0, "{v}");
    }
    // One customer each, whichever file named them.
    assert_eq!(count(&db, "SELECT COUNT(*) FROM contact"), 3);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM sale"), 6);
    for c in customers {
        assert_eq!(
            count(
                &db,
                &format!("SELECT COUNT(*) FROM sale WHERE customer_ref = '{c}'")
            ),
            2,
            "{c}"
        );
        assert_eq!(
            count(
                &db,
                &format!("SELECT COUNT(DISTINCT contact_id) FROM sale WHERE customer_ref = '{c}'")
            ),
            1,
            "{c}"
        );
    }
    // The order numbers typed as numbers read as written.
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM sale WHERE order_ref IN ('5004', '5005', '5006')"
        ),
        3
    );
}

const STRIPE: &str = "id,Description,Created (UTC),Amount,Amount Refunded,Currency,Status,Customer ID,Customer Description,Customer Email,Card Brand\n";

fn stripe(dir: &Path, name: &str, rows: &[&str]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, format!("{STRIPE}{}\n", rows.join("\n"))).unwrap();
    path.to_str().unwrap().to_string()
}

fn revenue(db: &Path) -> i64 {
    count(db, "SELECT COALESCE(SUM(amount), 0) FROM sale")
}

#[test]
fn a_later_export_cancels_a_pending_order_and_subtracts_refunds_of_orders_counted_before() {
    use clientele::store::Store;
    let (dir, db) = temp_db("shop.sqlite");
    let anna = "cus_A1,Anna Ackermann,anna@example.com,Visa";
    let ben = "cus_B2,Ben Hansen,ben@example.org,Visa";
    // April: two payments (120.00 and 80.50) and one not paid yet (30.00).
    let april = stripe(
        dir.path(),
        "april.csv",
        &[
            &format!("ch_1,Order,2024-04-01 09:00:00,120.00,0.00,eur,Paid,{anna}"),
            &format!("ch_2,Order,2024-04-02 10:00:00,80.50,0.00,eur,Paid,{ben}"),
            &format!("ch_5,Order,2024-04-03 11:00:00,30.00,0.00,eur,Pending,{anna}"),
        ],
    );
    let (code, v, err) = import_json(&db, &["sales", &april]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["layout"], "Stripe payments", "{v}");
    assert_eq!(revenue(&db), 12000 + 8050);
    let anna_id = count(
        &db,
        "SELECT id FROM contact WHERE email = 'anna@example.com'",
    );
    let held = Store::open(&db).unwrap().held_orders(anna_id).unwrap();
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(held[0].status, "pending");

    // May's export: ch_1 refunded whole, ch_2 paid with 20.00 refunded, ch_5 cancelled,
    // and a new payment of 10.00.
    let may_rows = [
        format!("ch_1,Order,2024-04-01 09:00:00,120.00,120.00,eur,Refunded,{anna}"),
        format!("ch_2,Order,2024-04-02 10:00:00,80.50,20.00,eur,Paid,{ben}"),
        format!("ch_5,Order,2024-04-03 11:00:00,30.00,0.00,eur,Canceled,{anna}"),
        format!("ch_6,Order,2024-05-02 10:00:00,10.00,0.00,eur,Paid,{ben}"),
    ];
    let may_refs: Vec<&str> = may_rows.iter().map(String::as_str).collect();
    let may = stripe(dir.path(), "may.csv", &may_refs);
    let (code, v, err) = import_json(&db, &["sales", &may]);
    assert_eq!(code, Some(0), "{err}");
    let may_batch = v["batch_id"].as_i64().unwrap();
    assert_eq!(v["late_refunds"], 2, "{v}");
    assert_eq!(v["late_refunds_cents"], 12000 + 2000, "{v}");
    assert_eq!(v["held_orders_closed"], 1, "{v}");
    // 200.50 counted in April, less 120.00 and 20.00 refunded, plus 10.00.
    assert_eq!(revenue(&db), 20050 - 12000 - 2000 + 1000);
    // The refunds are their customers' and this import's.
    assert_eq!(
        count(
            &db,
            &format!(
                "SELECT SUM(amount) FROM sale WHERE category = 'refund' AND contact_id = {anna_id}
                   AND batch_id = {may_batch}"
            )
        ),
        -12000
    );
    let held = Store::open(&db).unwrap().held_orders(anna_id).unwrap();
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(held[0].order_ref.as_deref(), Some("ch_5"));
    assert_eq!(held[0].status, "cancelled");
    assert_eq!(held[0].status_read, "Canceled");
    assert_eq!(held[0].amount_cents, 3000);

    // The same export again, a month on: nothing more subtracted, nothing held twice.
    let june = stripe(dir.path(), "june.csv", &may_refs[..3]);
    let (code, v, err) = import_json(&db, &["sales", &june]);
    assert_eq!(code, Some(0), "{err}");
    let june_batch = v["batch_id"].as_i64().unwrap();
    assert_eq!(v["late_refunds"], 0, "{v}");
    assert_eq!(v["held_orders_closed"], 0, "{v}");
    assert_eq!(v["held_lines"], 0, "{v}");
    assert_eq!(revenue(&db), 20050 - 12000 - 2000 + 1000);

    // Undoing June, then May: April's figures, and ch_5 pending again.
    for batch in [june_batch, may_batch] {
        let out = clientele(&db, &["undo-import", &batch.to_string()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    assert_eq!(revenue(&db), 12000 + 8050);
    let held = Store::open(&db).unwrap().held_orders(anna_id).unwrap();
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(held[0].status, "pending");
    assert_eq!(held[0].order_ref.as_deref(), Some("ch_5"));
}

fn cdnow(dir: &Path) -> std::path::PathBuf {
    let copy = dir.join("cdnow_sample_transactions.csv");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/cdnow_sample_transactions.csv"),
        &copy,
    )
    .unwrap();
    copy
}

#[test]
fn a_sales_file_chosen_as_contacts_is_refused_unless_confirmed_on_the_command_line() {
    let (dir, db) = temp_db("shop.sqlite");
    let file = cdnow(dir.path());
    let path = file.to_str().unwrap();
    let out = clientele(&db, &["import", "contacts", path]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("cdnow_sample_transactions.csv looks like a list of sales"),
        "{err}"
    );
    assert!(
        err.contains("Import it as sales? Nothing was imported."),
        "{err}"
    );
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM contact"), 0);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM import_batch"), 0);
    // A customer list is not refused.
    let people = dir.path().join("people.csv");
    std::fs::write(
        &people,
        "name,email,first order,spent\nAnne Martin,anne@example.fr,2026-01-02,12.50\n\
         Bob Durand,bob@example.fr,2026-01-03,8.00\nCarla Petit,carla@example.fr,2026-01-04,3.00\n",
    )
    .unwrap();
    let out = clientele(&db, &["import", "contacts", people.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Confirmed, its people are imported as contacts.
    let (code, v, err) = import_json(&db, &["contacts", path, "--yes"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(v["contacts_created"].as_u64().unwrap_or(0) > 0, "{v}");
}

#[test]
fn the_import_tab_offers_sales_or_contacts_for_a_sales_file_chosen_as_contacts() {
    use clientele::ingest::mapping::ImportKind;
    use clientele::ui::tabs::import::ImportScreen;
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;

    let (dir, db) = temp_db("shop.sqlite");
    let file = cdnow(dir.path());
    let mut h = crate::ui::import_harness(&db, vec![file], None);
    h.get_by_role_and_label(Role::Button, "Open a file…")
        .click();
    h.run_steps(1);
    crate::common::settle(&mut h);
    let kind = |h: &egui_kittest::Harness<'static, clientele::ui::app::ClienteleApp>| {
        let tab = h.state().screen::<ImportScreen>().unwrap();
        tab.planned.as_ref().map(|p| p.options.kind)
    };
    assert_eq!(kind(&h), Some(ImportKind::Sales));
    // Chosen as contacts: said before anything is imported, with both ways on.
    h.get_by_role_and_label(Role::Button, "Contacts").click();
    h.run_steps(1);
    crate::common::settle(&mut h);
    h.get_by_label_contains("looks like a list of sales");
    h.get_by_role_and_label(Role::Button, "Import it as sales")
        .click();
    h.run_steps(1);
    crate::common::settle(&mut h);
    assert_eq!(kind(&h), Some(ImportKind::Sales));
    h.get_by_role_and_label(Role::Button, "Contacts").click();
    h.run_steps(1);
    crate::common::settle(&mut h);
    h.get_by_role_and_label(Role::Button, "Import its people as contacts all the same")
        .click();
    h.run_steps(1);
    crate::common::settle(&mut h);
    assert_eq!(kind(&h), Some(ImportKind::Contacts));
    let tab = h.state().screen::<ImportScreen>().unwrap();
    assert!(tab.error.is_none(), "{:?}", tab.error);
    assert!(tab.planned.as_ref().unwrap().options.sales_as_contacts);
}
