//! Round trips: generated records -> CSV or XLSX -> import -> the same records in the
//! database (proptest, a few dozen cases per format: each case writes a file and a database).

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

use clientele::ingest::import::{ImportOptions, plan, run};
use clientele::ingest::mapping::ImportKind;
use clientele::store::Store;

/// One person as a file would list them.
#[derive(Clone, Debug, PartialEq)]
struct Person {
    reference: String,
    first: String,
    last: String,
    email: Option<String>,
    phone: Option<String>,
    city: Option<String>,
    birth: Option<NaiveDate>,
}

/// One sale line as a till would export it.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    customer: String,
    order: String,
    day: NaiveDate,
    product: String,
    quantity: u32,
    amount_cents: i64,
}

const FIRST: &[&str] = &[
    "Hélène",
    "Zoë",
    "Иван",
    "王伟",
    "Արամ",
    "Jean-Luc",
    "O'Neil",
    "Ann \"Nan\"",
];
const LAST: &[&str] = &[
    "Dupont",
    "Müller",
    "Петров",
    "李",
    "Սարգսյան",
    "Le Goff, Jr",
    "d'Arc",
];
const CITIES: &[&str] = &[
    "Lyon",
    "Saint-Étienne",
    "Москва",
    "北京",
    "Երևան",
    "Paris; 11e",
    "New\nYork",
];
const PRODUCTS: &[&str] = &[
    "Thé vert",
    "Bougie \"Ambre\"",
    "Чай",
    "茶杯",
    "Carnet, A5",
    "=SUM(A1)",
];

fn person() -> impl Strategy<Value = Person> {
    (
        0usize..FIRST.len(),
        0usize..LAST.len(),
        proptest::option::of(0u32..100_000),
        proptest::option::of(10_000_000u32..99_999_999),
        proptest::option::of(0usize..CITIES.len()),
        proptest::option::of(0i32..27_000),
    )
        .prop_map(|(f, l, email, phone, city, birth)| Person {
            reference: String::new(),
            first: FIRST[f].to_string(),
            last: LAST[l].to_string(),
            email: email.map(|n| format!("client{n}@example.fr")),
            phone: phone.map(|n| format!("+33 6 {n}")),
            city: city.map(|c| CITIES[c].to_string()),
            birth: birth.and_then(|d| {
                NaiveDate::from_ymd_opt(1930, 1, 1)
                    .and_then(|s| s.checked_add_days(chrono::Days::new(d as u64)))
            }),
        })
}

fn people() -> impl Strategy<Value = Vec<Person>> {
    proptest::collection::vec(person(), 1..12).prop_map(|mut v| {
        for (i, p) in v.iter_mut().enumerate() {
            p.reference = format!("C{:05}", i + 1);
        }
        v
    })
}

fn lines() -> impl Strategy<Value = Vec<Line>> {
    proptest::collection::vec(
        (
            1usize..6,
            0u32..40,
            0u32..1000,
            0usize..PRODUCTS.len(),
            1u32..5,
            1i64..100_000,
        ),
        1..25,
    )
    .prop_map(|raw| {
        raw.into_iter()
            .map(|(c, o, d, p, q, a)| Line {
                customer: format!("C{c:05}"),
                order: format!("T-{o:04}"),
                day: NaiveDate::from_ymd_opt(2023, 1, 1)
                    .and_then(|s| s.checked_add_days(chrono::Days::new(d as u64)))
                    .unwrap_or_default(),
                product: PRODUCTS[p].to_string(),
                quantity: q,
                amount_cents: a,
            })
            .collect()
    })
}

fn money(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

fn import(db: &Path, file: &Path, kind: ImportKind) -> Store {
    let store = Store::open(db).unwrap();
    let options = ImportOptions {
        kind,
        ..ImportOptions::default()
    };
    let plan = plan(file, &options).unwrap();
    let report = run(&store, file, &plan, &options, &mut |_| true).unwrap();
    assert_eq!(report.rows_rejected, 0, "{:?}", report.problems);
    store
}

fn people_in(db: &Path) -> Vec<Person> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT external_ref, first_name, last_name, email, phone, city, birth_date
             FROM contact ORDER BY id",
        )
        .unwrap();
    stmt.query_map([], |r| {
        let birth: Option<String> = r.get(6)?;
        Ok(Person {
            reference: r.get(0)?,
            first: r.get(1)?,
            last: r.get(2)?,
            email: r.get(3)?,
            phone: r.get(4)?,
            city: r.get(5)?,
            birth: birth.and_then(|b| NaiveDate::parse_from_str(&b, "%Y-%m-%d").ok()),
        })
    })
    .unwrap()
    .collect::<Result<Vec<_>, _>>()
    .unwrap()
}

fn lines_in(db: &Path) -> Vec<Line> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT customer_ref, order_ref, sold_at, product, quantity, amount FROM sale ORDER BY id",
        )
        .unwrap();
    stmt.query_map([], |r| {
        let sold: String = r.get(2)?;
        let quantity: f64 = r.get(4)?;
        Ok(Line {
            customer: r.get(0)?,
            order: r.get(1)?,
            day: NaiveDate::parse_from_str(&sold[..10], "%Y-%m-%d").unwrap_or_default(),
            product: r.get(3)?,
            quantity: quantity as u32,
            amount_cents: r.get(5)?,
        })
    })
    .unwrap()
    .collect::<Result<Vec<_>, _>>()
    .unwrap()
}

fn write_people_csv(path: &Path, people: &[Person]) {
    let mut w = csv::Writer::from_path(path).unwrap();
    w.write_record([
        "Customer number",
        "First name",
        "Last name",
        "Email",
        "Phone",
        "City",
        "Date of birth",
    ])
    .unwrap();
    for p in people {
        w.write_record([
            p.reference.clone(),
            p.first.clone(),
            p.last.clone(),
            p.email.clone().unwrap_or_default(),
            p.phone.clone().unwrap_or_default(),
            p.city.clone().unwrap_or_default(),
            p.birth
                .map(|d| d.format("%d/%m/%Y").to_string())
                .unwrap_or_default(),
        ])
        .unwrap();
    }
    w.flush().unwrap();
}

fn write_people_xlsx(path: &Path, people: &[Person]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let date = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    let sheet = book.add_worksheet();
    let headers = [
        "Customer number",
        "First name",
        "Last name",
        "Email",
        "Phone",
        "City",
        "Date of birth",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (i, p) in people.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, &p.reference).unwrap();
        sheet.write_string(r, 1, &p.first).unwrap();
        sheet.write_string(r, 2, &p.last).unwrap();
        for (c, v) in [(3u16, &p.email), (4, &p.phone), (5, &p.city)] {
            if let Some(v) = v {
                sheet.write_string(r, c, v).unwrap();
            }
        }
        if let Some(b) = p.birth {
            let d = rust_xlsxwriter::ExcelDateTime::from_ymd(
                b.year() as u16,
                b.month() as u8,
                b.day() as u8,
            )
            .unwrap();
            sheet.write_datetime_with_format(r, 6, &d, &date).unwrap();
        }
    }
    book.save(path).unwrap();
}

fn write_lines_csv(path: &Path, lines: &[Line]) {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_path(path)
        .unwrap();
    w.write_record(["Ticket", "Client", "Date", "Produit", "Qté", "Montant"])
        .unwrap();
    for l in lines {
        w.write_record([
            l.order.clone(),
            l.customer.clone(),
            l.day.format("%d.%m.%Y").to_string(),
            // Exports neutralise formulas with an apostrophe; the import reads it without.
            if l.product.starts_with('=') {
                format!("'{}", l.product)
            } else {
                l.product.clone()
            },
            l.quantity.to_string(),
            money(l.amount_cents).replace('.', ","),
        ])
        .unwrap();
    }
    w.flush().unwrap();
}

fn write_lines_xlsx(path: &Path, lines: &[Line]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    let sheet = book.add_worksheet();
    for (c, h) in ["Order", "Customer", "Date", "Product", "Quantity", "Amount"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (i, l) in lines.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, &l.order).unwrap();
        sheet.write_string(r, 1, &l.customer).unwrap();
        let d = rust_xlsxwriter::ExcelDateTime::from_ymd(
            l.day.year() as u16,
            l.day.month() as u8,
            l.day.day() as u8,
        )
        .unwrap();
        sheet.write_datetime_with_format(r, 2, &d, &date).unwrap();
        // A formula-looking product goes in as text, never as a formula.
        sheet.write_string(r, 3, &l.product).unwrap();
        sheet.write_number(r, 4, l.quantity).unwrap();
        sheet
            .write_number(r, 5, l.amount_cents as f64 / 100.0)
            .unwrap();
    }
    book.save(path).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn contacts_survive_csv(people in people()) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("contacts.csv");
        write_people_csv(&file, &people);
        let db = dir.path().join("shop.sqlite");
        import(&db, &file, ImportKind::Contacts);
        prop_assert_eq!(people_in(&db), people);
    }

    #[test]
    fn contacts_survive_xlsx(people in people()) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("contacts.xlsx");
        write_people_xlsx(&file, &people);
        let db = dir.path().join("shop.sqlite");
        import(&db, &file, ImportKind::Contacts);
        prop_assert_eq!(people_in(&db), people);
    }

    #[test]
    fn sales_survive_csv(lines in lines()) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("till.csv");
        write_lines_csv(&file, &lines);
        let db = dir.path().join("shop.sqlite");
        import(&db, &file, ImportKind::Sales);
        prop_assert_eq!(lines_in(&db), lines);
    }

    #[test]
    fn sales_survive_xlsx(lines in lines()) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("till.xlsx");
        write_lines_xlsx(&file, &lines);
        let db = dir.path().join("shop.sqlite");
        import(&db, &file, ImportKind::Sales);
        prop_assert_eq!(lines_in(&db), lines);
    }
}
