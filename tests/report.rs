//! `clientele export` and `clientele report`, run as a real process. Exported files are read
//! back with the csv crate and calamine; the PDF with poppler's `pdftotext` and `qpdf`.
//! Expected figures are computed here from the test files, not by Clientele's code.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use calamine::{Data, DataType as _, Reader as _, Xlsx, open_workbook};

use crate::common::{clientele, temp_db, text};

const EVIL: &str = r#"=HYPERLINK("http://evil.example","x")"#;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = clientele(db, args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "clientele {args:?}: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// A contacts file with a formula for a name and names in four scripts.
fn people_file(dir: &Path) -> PathBuf {
    let file = dir.join("people.csv");
    let mut w = csv::Writer::from_path(&file).unwrap();
    w.write_record(["Customer ID", "First name", "Last name", "Email", "Phone"])
        .unwrap();
    w.write_record(["P1", EVIL, "Dupont", "a@example.com", "+33 6 12 34 56 78"])
        .unwrap();
    w.write_record(["P2", "Иван", "@Petrov", "ivan@example.ru", ""])
        .unwrap();
    w.write_record(["P3", "伟", "王", "", ""]).unwrap();
    w.write_record(["P4", "Արամ", "-Hakobyan", "aram@example.am", ""])
        .unwrap();
    w.flush().unwrap();
    file
}

/// (first name, last name) of every customer, by external reference.
fn names(db: &Path) -> BTreeMap<String, (String, String)> {
    let store = clientele::store::Store::open(db).unwrap();
    store
        .customer_profiles()
        .unwrap()
        .into_iter()
        .map(|p| {
            (
                p.external_ref.unwrap_or_default(),
                (
                    p.first_name.unwrap_or_default(),
                    p.last_name.unwrap_or_default(),
                ),
            )
        })
        .collect()
}

/// The rows of an exported CSV file, after checking its byte-order mark and delimiter.
fn exported_csv(path: &Path, delimiter: u8) -> Vec<csv::StringRecord> {
    let bytes = std::fs::read(path).unwrap();
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("an exported CSV starts with a UTF-8 byte-order mark");
    let header = body.split(|&b| b == b'\n').next().unwrap();
    assert!(
        header.contains(&delimiter),
        "header {:?} is not separated by {:?}",
        String::from_utf8_lossy(header),
        delimiter as char
    );
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(body);
    let mut rows = vec![r.headers().unwrap().clone()];
    rows.extend(r.records().map(Result::unwrap));
    rows
}

fn column(rows: &[csv::StringRecord], name: &str) -> usize {
    rows[0].iter().position(|h| h == name).unwrap()
}

#[test]
fn a_formula_for_a_name_comes_out_harmless_and_round_trips() {
    let (dir, db) = temp_db("shop.sqlite");
    ok(
        &db,
        &[
            "import",
            "contacts",
            people_file(dir.path()).to_str().unwrap(),
        ],
    );
    let before = names(&db);
    assert_eq!(before["P1"].0, EVIL);

    // CSV: the default shop locale (fr-FR) uses `;`; text starting with = + - @ is guarded.
    let csv_file = dir.path().join("customers.csv");
    ok(
        &db,
        &["export", "customers", "--out", csv_file.to_str().unwrap()],
    );
    let rows = exported_csv(&csv_file, b';');
    let first = column(&rows, "first_name");
    let last = column(&rows, "last_name");
    let phone = column(&rows, "phone");
    let by_ref: BTreeMap<_, _> = rows[1..]
        .iter()
        .map(|r| (r[column(&rows, "external_ref")].to_string(), r.clone()))
        .collect();
    assert_eq!(&by_ref["P1"][first], format!("'{EVIL}"));
    assert_eq!(&by_ref["P1"][phone], "'+33 6 12 34 56 78");
    assert_eq!(&by_ref["P2"][last], "'@Petrov");
    assert_eq!(&by_ref["P4"][last], "'-Hakobyan");
    assert_eq!(&by_ref["P3"][first], "伟");
    for r in &rows[1..] {
        for cell in r.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "unguarded cell {cell:?}"
            );
        }
    }

    // XLSX: the cell is a string, and the sheet has no formula at all.
    let xlsx_file = dir.path().join("customers.xlsx");
    ok(
        &db,
        &["export", "customers", "--out", xlsx_file.to_str().unwrap()],
    );
    let mut book: Xlsx<_> = open_workbook(&xlsx_file).unwrap();
    let sheet = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&sheet).unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let fcol = header.iter().position(|h| h == "first_name").unwrap();
    let evil_cells: Vec<&Data> = range
        .rows()
        .skip(1)
        .map(|r| &r[fcol])
        .filter(|c| c.to_string().contains("HYPERLINK"))
        .collect();
    assert_eq!(evil_cells, vec![&Data::String(EVIL.to_string())]);
    let formulas = book.worksheet_formula(&sheet).unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "the workbook holds a formula"
    );

    // Export -> import keeps every name, from CSV and from XLSX.
    for file in [&csv_file, &xlsx_file] {
        let (_d2, db2) = temp_db("again.sqlite");
        ok(&db2, &["import", "contacts", file.to_str().unwrap()]);
        assert_eq!(names(&db2), before, "round trip through {}", file.display());
    }
}

#[test]
fn exports_follow_the_shop_locale_and_keep_types() {
    let (dir, db) = temp_db("cdnow.sqlite");
    let fixture = data("cdnow_sample_transactions.csv");
    ok(&db, &["import", "sales", fixture.to_str().unwrap()]);
    // Independent figures: line count and total of the fixture, in cents.
    let mut r = csv::Reader::from_path(&fixture).unwrap();
    let mut lines = 0usize;
    let mut total_cents = 0i64;
    for rec in r.records() {
        let rec = rec.unwrap();
        lines += 1;
        total_cents += (rec[4].parse::<f64>().unwrap() * 100.0).round() as i64;
    }

    // fr-FR: `;` and decimal comma.
    let fr = dir.path().join("sales-fr.csv");
    ok(&db, &["export", "sales", "--out", fr.to_str().unwrap()]);
    let rows = exported_csv(&fr, b';');
    assert_eq!(rows.len() - 1, lines);
    let amount = column(&rows, "amount");
    let sum: i64 = rows[1..]
        .iter()
        .map(|r| {
            let (units, cents) = r[amount].split_once(',').expect("decimal comma");
            units.parse::<i64>().unwrap() * 100 + cents.parse::<i64>().unwrap()
        })
        .sum();
    assert_eq!(sum, total_cents);

    // en-US: `,` and decimal dot.
    ok(&db, &["settings", "--locale", "en-US"]);
    let us = dir.path().join("sales-us.csv");
    ok(&db, &["export", "sales", "--out", us.to_str().unwrap()]);
    let rows = exported_csv(&us, b',');
    let sum: f64 = rows[1..]
        .iter()
        .map(|r| r[amount].parse::<f64>().unwrap())
        .sum();
    assert_eq!((sum * 100.0).round() as i64, total_cents);

    // XLSX: dates are dates, amounts are numbers, references are text.
    let xlsx = dir.path().join("sales.xlsx");
    ok(&db, &["export", "sales", "--out", xlsx.to_str().unwrap()]);
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let sheet = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&sheet).unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let col = |n: &str| header.iter().position(|h| h == n).unwrap();
    let (sold_at, amount, customer_ref) = (col("sold_at"), col("amount"), col("customer_ref"));
    let mut sum = 0.0;
    for row in range.rows().skip(1) {
        assert!(
            matches!(row[sold_at], Data::DateTime(_)),
            "{:?}",
            row[sold_at]
        );
        assert!(row[sold_at].as_date().is_some());
        let Data::Float(x) = row[amount] else {
            panic!("amount {:?} is not a number", row[amount]);
        };
        sum += x;
        assert!(matches!(row[customer_ref], Data::String(_)));
    }
    assert_eq!(range.rows().count() - 1, lines);
    assert_eq!((sum * 100.0).round() as i64, total_cents);
    let first = &range.rows().nth(1).unwrap()[sold_at];
    assert_eq!(
        first.as_date(),
        chrono::NaiveDate::from_ymd_opt(1997, 1, 1),
        "the fixture's first line is sold on 1997-01-01"
    );

    // A file name that says no format is refused in plain words.
    let out = clientele(&db, &["export", "sales", "--out", "sales.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(".csv or .xlsx"));
}

/// Runs a poppler tool; the report tests need poppler-utils (.ci/run installs it).
pub fn poppler(tool: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} is needed for this test (apt-get install poppler-utils): {e}")
        });
    assert!(
        out.status.success(),
        "{tool} {args:?}: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// `$1,234.56` as an en-US shop writes it, formatted here independently.
fn dollars(cents: i64) -> String {
    let units = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("${grouped}.{:02}", cents % 100)
}

fn grouped(n: usize) -> String {
    dollars(n as i64 * 100)
        .trim_start_matches('$')
        .trim_end_matches(".00")
        .to_string()
}

/// Key figures of a period computed straight from the CDNOW file: an order is one
/// customer's lines of one day (the file has no order reference).
struct Figures {
    revenue_cents: i64,
    orders: usize,
    customers: usize,
    new_customers: usize,
    /// Customers of the period with two or more orders by its end.
    repeaters: usize,
}

fn cdnow_figures(from: &str, to: &str) -> Figures {
    let mut r = csv::Reader::from_path(data("cdnow_sample_transactions.csv")).unwrap();
    // customer -> day -> cents
    let mut days: BTreeMap<String, BTreeMap<String, i64>> = BTreeMap::new();
    for rec in r.records() {
        let rec = rec.unwrap();
        let cents = (rec[4].parse::<f64>().unwrap() * 100.0).round() as i64;
        *days
            .entry(rec[0].to_string())
            .or_default()
            .entry(rec[2].to_string())
            .or_default() += cents;
    }
    let (mut revenue_cents, mut orders, mut customers, mut new_customers, mut repeaters) =
        (0, 0, 0, 0, 0);
    for d in days.values() {
        let in_period: Vec<i64> = d
            .iter()
            .filter(|(day, _)| day.as_str() >= from && day.as_str() <= to)
            .map(|(_, c)| *c)
            .collect();
        if in_period.is_empty() {
            continue;
        }
        customers += 1;
        orders += in_period.len();
        revenue_cents += in_period.iter().sum::<i64>();
        if d.keys().next().is_some_and(|first| first.as_str() >= from) {
            new_customers += 1;
        }
        if d.keys().filter(|day| day.as_str() <= to).count() >= 2 {
            repeaters += 1;
        }
    }
    Figures {
        revenue_cents,
        orders,
        customers,
        new_customers,
        repeaters,
    }
}

/// The words of the first line of `layout` text that starts with `label`, after the label.
fn row_after<'a>(layout: &'a str, label: &str) -> Vec<&'a str> {
    let line = layout
        .lines()
        .map(str::trim)
        .find(|l| {
            l.strip_prefix(label)
                .is_some_and(|rest| rest.starts_with("  "))
        })
        .unwrap_or_else(|| panic!("no table row '{label}' in the report:\n{layout}"));
    line[label.len()..].split_whitespace().collect()
}

#[test]
fn the_report_prints_figures_computed_independently_and_names_in_four_scripts() {
    let (dir, db) = temp_db("cdnow.sqlite");
    let fixture = data("cdnow_sample_transactions.csv");
    ok(&db, &["import", "sales", fixture.to_str().unwrap()]);
    ok(
        &db,
        &[
            "settings",
            "--locale",
            "en-US",
            "--shop-name",
            "Disques Zoë",
        ],
    );
    // Four customers with names in four scripts, each with one big order in March 1997.
    ok(
        &db,
        &[
            "import",
            "contacts",
            people_file(dir.path()).to_str().unwrap(),
        ],
    );
    let sales = dir.path().join("big.csv");
    std::fs::write(
        &sales,
        "customer_ref,date,amount\nP2,1997-03-10,5000.00\nP3,1997-03-11,4000.00\nP4,1997-03-12,3000.00\nP1,1997-03-13,2000.00\n",
    )
    .unwrap();
    ok(&db, &["import", "sales", sales.to_str().unwrap()]);
    let extra_cents = 1_400_000;

    let pdf = dir.path().join("report.pdf");
    ok(
        &db,
        &[
            "report",
            "--from",
            "1997-03-01",
            "--to",
            "1997-03-31",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    if std::process::Command::new("qpdf")
        .arg("--version")
        .output()
        .is_ok()
    {
        poppler("qpdf", &["--check", pdf.to_str().unwrap()]);
    }
    let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(pages >= 4, "{info}");
    assert!(
        info.contains("Letter") || info.contains("612 x 792"),
        "en-US prints on Letter: {info}"
    );
    let layout = poppler("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]);

    // The cover and every section.
    for heading in [
        "Customer report",
        "Disques Zoë",
        "03/01/1997 to 03/31/1997",
        "Key figures",
        "Revenue over time",
        "Revenue by channel and category",
        "Segments",
        "Value tiers",
        "Movement between segments",
        "Top customers",
        "Customers to call this week",
        "Data quality",
        &format!("Page 2 of {pages}"),
        &format!("Page {pages} of {pages}"),
    ] {
        assert!(
            layout.contains(heading),
            "'{heading}' missing from:\n{layout}"
        );
    }

    // Key figures: March 1997 against the 31 days before (1997-01-29 to 1997-02-28).
    let mut now = cdnow_figures("1997-03-01", "1997-03-31");
    now.revenue_cents += extra_cents;
    now.orders += 4;
    now.customers += 4;
    now.new_customers += 4;
    let before = cdnow_figures("1997-01-29", "1997-02-28");
    let change = |a: f64, b: f64| {
        let r = (a - b) / b;
        format!(
            "{}{:.1}%",
            if r > 0.0 { "▲ " } else { "▼ " },
            r.abs() * 100.0
        )
    };
    let words = row_after(&layout, "Revenue");
    assert_eq!(words[0], dollars(now.revenue_cents));
    assert_eq!(words[1], dollars(before.revenue_cents));
    assert_eq!(
        format!("{} {}", words[2], words[3]),
        change(now.revenue_cents as f64, before.revenue_cents as f64)
    );
    // No sales in March 1996: nothing earned, and no change to compute.
    assert_eq!(words[4..6], ["$0.00", "–"]);
    let words = row_after(&layout, "Orders");
    assert_eq!(words[..2], [grouped(now.orders), grouped(before.orders)]);
    let words = row_after(&layout, "Customers");
    assert_eq!(
        words[..2],
        [grouped(now.customers), grouped(before.customers)]
    );
    let words = row_after(&layout, "New customers");
    assert_eq!(
        words[..2],
        [grouped(now.new_customers), grouped(before.new_customers)]
    );
    let words = row_after(&layout, "Repeat rate");
    // The four added customers have one order each: they count as customers, not repeaters.
    let repeat = now.repeaters as f64 / now.customers as f64;
    assert_eq!(words[0], format!("{:.1}%", repeat * 100.0));
    let words = row_after(&layout, "Average order");
    assert_eq!(
        words[0],
        dollars((now.revenue_cents as f64 / now.orders as f64).round() as i64)
    );

    // Names in four scripts come back as text.
    let plain = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    // The formula-named customer's long name is shortened to fit its column; its start is
    // there, printed as plain text.
    for name in [
        "Иван @Petrov",
        "王伟",
        "Արամ -Hakobyan",
        "=HYPERLINK(\"http://evil.example\"",
    ] {
        assert!(plain.contains(name), "'{name}' missing from:\n{plain}");
    }
}

/// A message's words in a language's report file (`id = words` on one line).
fn report_words(lang: &str, id: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/i18n")
        .join(lang)
        .join("report.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("{lang}: no {id}"))
        .trim()
        .to_string()
}

/// Letters and digits only, lowercase: pdftotext may break a heading over two lines or
/// space it differently.
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[test]
fn the_report_in_each_language_has_its_titles_and_no_english_ones() {
    let (dir, db) = temp_db("languages.sqlite");
    let fixture = data("cdnow_sample_transactions.csv");
    ok(&db, &["import", "sales", fixture.to_str().unwrap()]);
    let titles = [
        "report-title",
        "report-key-figures",
        "report-revenue-over-time",
        "report-by-channel-and-category",
        "report-segments",
        "report-tiers",
        "report-movement",
        "report-top-customers",
        "report-data-quality",
    ];
    for lang in ["fr", "ru", "zh", "hy"] {
        let pdf = dir.path().join(format!("report-{lang}.pdf"));
        ok(
            &db,
            &[
                "report",
                "--lang",
                lang,
                "--from",
                "1997-03-01",
                "--to",
                "1997-03-31",
                "--out",
                pdf.to_str().unwrap(),
            ],
        );
        let printed = squeezed(&poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]));
        for id in titles {
            let theirs = report_words(lang, id);
            let english = report_words("en", id);
            assert!(
                printed.contains(&squeezed(&theirs)),
                "{lang}: the report lacks {id} \"{theirs}\""
            );
            if squeezed(&english) != squeezed(&theirs)
                && !squeezed(&theirs).contains(&squeezed(&english))
            {
                assert!(
                    !printed.contains(&squeezed(&english)),
                    "{lang}: the report says \"{english}\" in English"
                );
            }
        }
    }
}

/// The report's Predictions section against `clientele predict` on the same small shop: the
/// same model, counts and totals as `--json`, and "Worth saving" worked out here from the
/// command line's CSV (repeat customers with a chance of still being a customer from 20 %
/// to 70 %, by value at risk = CLV / P(alive) × (1 − P(alive))); the PDF says the headline
/// with the count summed from the CSV's P(buy).
#[test]
fn the_predictions_section_matches_clientele_predict() {
    use crate::common::{END, demo_db, end_date, group_thousands};
    use clientele::analytics::predict::PredictOutcome;
    use clientele::report::data::{Paper, ReportOptions, Section};
    use clientele::report::text::Lang;

    let (dir, db) = demo_db(400);
    let out = clientele(&db, &["predict", "--as-of", END, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let csv_path = dir.path().join("p.csv");
    ok(
        &db,
        &[
            "predict",
            "--as-of",
            END,
            "--out",
            csv_path.to_str().unwrap(),
        ],
    );
    // (customer id, frequency, p_alive, p_buy, clv) per CSV row.
    let mut rows: Vec<(i64, u32, f64, f64, f64)> = Vec::new();
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    for rec in reader.records() {
        let rec = rec.unwrap();
        let num = |i: usize| rec[i].parse::<f64>().unwrap();
        rows.push((
            rec[0].parse().unwrap(),
            rec[2].parse().unwrap(),
            num(6),
            num(7),
            num(10),
        ));
    }

    let store = clientele::store::Store::open(&db).unwrap();
    let options = ReportOptions {
        from: chrono::NaiveDate::from_ymd_opt(2025, 6, 1),
        to: Some(end_date()),
        lang: Lang::En,
        paper: Paper::A4,
        sections: vec![Section::Predictions],
    };
    let data = clientele::service::report::report_data(&store, &options, end_date()).unwrap();
    let made = data.predictions.expect("the section's figures");
    let Ok(PredictOutcome::Ready(p)) = &made.outcome else {
        panic!("no predictions: {:?}", made.outcome);
    };
    assert_eq!(serde_json::to_value(p.model).unwrap(), v["model"]);
    assert_eq!(p.customers.len() as u64, v["customers"].as_u64().unwrap());
    assert_eq!(rows.len(), p.customers.len());
    assert_eq!(
        p.repeat_customers as u64,
        v["repeat_customers"].as_u64().unwrap()
    );
    let same = |got: f64, want: &serde_json::Value| {
        let want = want.as_f64().unwrap();
        assert!(
            (got - want).abs() <= 1e-9 * want.abs().max(1.0),
            "{got} vs {want}"
        );
    };
    same(p.total_clv, &v["total_clv"]);
    same(p.expected_purchases, &v["expected_purchases"]);
    same(p.bgnbd.params.r, &v["bgnbd"]["r"]);
    same(p.gamma_gamma.params.p, &v["gamma_gamma"]["p"]);

    // "Worth saving", from the CSV.
    let mut want: Vec<(i64, f64)> = rows
        .iter()
        .filter(|r| r.1 >= 1 && r.2 >= 0.2 && r.2 < 0.7)
        .map(|r| (r.0, r.4 / r.2 * (1.0 - r.2)))
        .collect();
    want.sort_by(|a, b| b.1.total_cmp(&a.1));
    assert!(want.len() > 20, "too few to fill the list: {}", want.len());
    assert_eq!(made.worth_saving.len(), want.len());
    for ((c, risk), (id, want_risk)) in made.worth_saving.iter().zip(&want) {
        assert_eq!(c.history.customer_id, *id);
        assert!((risk - want_risk).abs() <= 1e-9 * want_risk.max(1.0));
    }
    // The printed list names its 20 customers.
    assert_eq!(made.names.len(), 20);
    assert!(want[..20].iter().all(|(id, _)| made.names.contains_key(id)));

    // The PDF says it.
    let pdf = dir.path().join("r.pdf");
    ok(
        &db,
        &[
            "report",
            "--from",
            "2025-06-01",
            "--to",
            END,
            "--sections",
            "predictions",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    let plain = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]).replace('\n', " ");
    let likely: f64 = rows.iter().map(|r| r.3).sum();
    // "About": to the nearest ten above a hundred.
    let n = likely.round() as i64;
    let about = if n >= 100 { (n + 5) / 10 * 10 } else { n };
    let headline = format!(
        "About {} of your {} customers are likely to buy again in the next 90 days.",
        group_thousands(about),
        group_thousands(rows.len() as i64)
    );
    for words in [
        "Predictions",
        "As of 30 June 2025, from the sales up to that day.",
        headline.as_str(),
        "Worth saving",
        &format!("{} customers,", group_thousands(want.len() as i64)),
        &format!("And {} more.", group_thousands(want.len() as i64 - 20)),
    ] {
        assert!(plain.contains(words), "'{words}' missing from:\n{plain}");
    }
}

/// A shop with too few repeat customers gets the plain sentence, and no figure.
#[test]
fn the_predictions_section_says_why_there_are_none() {
    let (dir, db) = temp_db("small.sqlite");
    let sales = dir.path().join("sales.csv");
    let mut csv = String::from("customer_id,date,amount\n");
    // Twelve customers, four of whom came back.
    for c in 1..=12 {
        csv.push_str(&format!("C{c},2025-01-0{},10.00\n", 1 + c % 5));
        if c % 3 == 0 {
            csv.push_str(&format!("C{c},2025-03-1{},25.50\n", c % 7));
        }
    }
    std::fs::write(&sales, csv).unwrap();
    ok(&db, &["import", "sales", sales.to_str().unwrap()]);
    let pdf = dir.path().join("r.pdf");
    ok(
        &db,
        &[
            "report",
            "--to",
            "2025-03-31",
            "--sections",
            "predictions",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    let plain = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]).replace('\n', " ");
    assert!(
        plain.contains("No predictions yet: only 4 of your 12 customers")
            && plain.contains("at least 30 are needed"),
        "{plain}"
    );
    assert!(!plain.contains("Worth saving"), "{plain}");
}
