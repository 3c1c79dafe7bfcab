//! The PDFs of post and phone campaigns read back with `pdftotext`: every target-group
//! customer's name and address on the labels and none of the control group's, the labels a
//! sheet holds, names in Latin, Cyrillic, Chinese and Armenian, a letter's fields filled, a
//! field that does not exist refused by name, and the call sheet's boxes.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::common::{clientele, run_ok, shop_formats, temp_db, text};

/// Names in four scripts, one per customer in turn.
const NAMES: [(&str, &str); 4] = [
    ("Zoë", "Müller"),
    ("Иван", "Петров"),
    ("伟", "王"),
    ("Արամ", "Սարգսյան"),
];
const CUSTOMERS: usize = 70;

/// A customer as the sales file writes them: first name, last name, street, town line.
fn customer(i: usize) -> (String, String, String, String) {
    let (first, last) = NAMES[i % NAMES.len()];
    (
        format!("{first}{i}"),
        last.to_string(),
        format!("{i} Rue Haute"),
        format!("75{i:03} Paris"),
    )
}

/// A shop of 70 customers with one order each, all agreeing to letters and calls, a saved
/// segment holding them all and a campaign on `channel` holding 30% out.
fn shop(dir: &Path, channel: &str) -> std::path::PathBuf {
    let db = dir.join("shop.sqlite");
    let mut csv = String::from(
        "customer_id,first_name,last_name,street,postcode,city,phone,order_id,date,product,amount\n",
    );
    for i in 0..CUSTOMERS {
        let (first, last, street, _) = customer(i);
        csv.push_str(&format!(
            "C{i:03},{first},{last},{street},75{i:03},Paris,+336123{i:05},O{i},2026-10-01,Green tea,{}.00\n",
            10 + i
        ));
    }
    let sales = dir.join("sales.csv");
    std::fs::write(&sales, csv).unwrap();
    let path = sales.to_str().unwrap();
    run_ok(
        &db,
        &["import", "sales", path, "--map", "first_name=first_name"],
    );
    for id in 1..=CUSTOMERS {
        run_ok(
            &db,
            &[
                "consent",
                &id.to_string(),
                "--post",
                "yes",
                "--phone",
                "yes",
            ],
        );
    }
    run_ok(
        &db,
        &["segment", "save", "everyone", "--rule", r#"{"all": []}"#],
    );
    run_ok(
        &db,
        &[
            "campaign",
            "create",
            "Autumn",
            "--target",
            "saved:everyone",
            "--channel",
            channel,
            "--seed",
            "5",
            "--control",
            "0.3",
        ],
    );
    db
}

/// The day of every customer's order, in words as the shop writes dates.
fn last_day() -> String {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    shop_formats().date_words(day)
}

/// Customer id -> target (true) or control (false), from the members file.
fn groups(db: &Path, dir: &Path) -> BTreeMap<usize, bool> {
    let path = dir.join("members.csv");
    run_ok(
        db,
        &[
            "campaign",
            "members",
            "Autumn",
            "--out",
            path.to_str().unwrap(),
        ],
    );
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].parse().unwrap(), f[2] == "target")
        })
        .collect()
}

/// The text of each page of a PDF.
fn pages(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext: {e}"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut pages: Vec<String> = text(&out.stdout)
        .split('\u{c}')
        .map(str::to_string)
        .collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// How many of the customers' first names a page shows.
fn names_on(page: &str) -> usize {
    (0..CUSTOMERS)
        .filter(|&i| page.split_whitespace().any(|w| w == customer(i).0))
        .count()
}

fn check_labels(db: &Path, dir: &Path, sheet: &str, per_page: usize) {
    let pdf = dir.join(format!("{sheet}.pdf"));
    let said = run_ok(
        db,
        &[
            "campaign",
            "export",
            "Autumn",
            "--out",
            pdf.to_str().unwrap(),
            "--labels",
            sheet,
        ],
    );
    let groups = groups(db, dir);
    let targets = groups.values().filter(|t| **t).count();
    assert!(said.starts_with(&format!("{targets} ")), "{said}");
    let pages = pages(&pdf);
    let all = pages.join("\n");
    // Customer ids follow the file's rows: id i + 1 is row i.
    for (&id, &target) in &groups {
        let (first, last, street, town) = customer(id - 1);
        let on = |w: &str| all.split_whitespace().any(|x| x == w);
        if target {
            assert!(
                on(&first) && on(&last),
                "{first} {last} missing from {sheet}"
            );
            assert!(
                all.contains(&street) && all.contains(&town),
                "{street} {town}"
            );
        } else {
            assert!(
                !on(&first),
                "{first} is in the control group but has a label"
            );
        }
    }
    let expected_pages = targets.div_ceil(per_page);
    assert_eq!(pages.len(), expected_pages, "{sheet}");
    for (n, page) in pages.iter().enumerate() {
        let full = if n + 1 < expected_pages {
            per_page
        } else {
            targets - n * per_page
        };
        assert_eq!(names_on(page), full, "{sheet} page {}", n + 1);
    }
}

#[test]
fn labels_hold_the_target_group_and_no_one_else() {
    let (dir, _) = temp_db("campaign-labels");
    let db = shop(dir.path(), "post");
    check_labels(&db, dir.path(), "a4-3x7", 21);
    check_labels(&db, dir.path(), "letter-3x10", 30);
    // Every script came out as itself.
    let all = pages(&dir.path().join("a4-3x7.pdf")).join("\n");
    for (_, last) in NAMES {
        assert!(all.contains(last), "{last}");
    }
}

#[test]
fn letters_fill_their_fields_and_refuse_unknown_ones() {
    let (dir, _) = temp_db("campaign-letters");
    let db = shop(dir.path(), "post");
    let letter = dir.path().join("letter.txt");
    std::fs::write(
        &letter,
        "Dear {first_name} {last_name},\n\nYour last visit was on {last_purchase}.\n",
    )
    .unwrap();
    let pdf = dir.path().join("letters.pdf");
    let args = |letter: &Path| {
        [
            "campaign".to_string(),
            "export".into(),
            "Autumn".into(),
            "--out".into(),
            pdf.to_str().unwrap().into(),
            "--letter".into(),
            letter.to_str().unwrap().into(),
        ]
    };
    let a = args(&letter);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    run_ok(&db, &a);
    let groups = groups(&db, dir.path());
    let targets: Vec<usize> = groups.iter().filter(|g| *g.1).map(|g| *g.0).collect();
    let pages = pages(&pdf);
    assert_eq!(pages.len(), targets.len());
    for (page, id) in pages.iter().zip(&targets) {
        let (first, last, street, _) = customer(id - 1);
        assert!(page.contains(&format!("Dear {first} {last},")), "{page}");
        assert!(page.contains(&street), "{page}");
        assert!(page.contains(&format!("was on {}.", last_day())), "{page}");
        assert!(!page.contains('{'), "{page}");
    }
    // A field that does not exist: refused, named with its line, nothing written.
    let bad = dir.path().join("bad.txt");
    std::fs::write(
        &bad,
        "Dear {first_name},\nYour {favourite_colour} awaits.\n",
    )
    .unwrap();
    std::fs::remove_file(&pdf).unwrap();
    let a = args(&bad);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let out = clientele(&db, &a);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("bad.txt, line 2") && err.contains("{favourite_colour}"),
        "{err}"
    );
    assert!(!pdf.exists());
}

#[test]
fn call_sheet_lists_the_target_with_boxes_and_notes() {
    let (dir, _) = temp_db("campaign-calls");
    let db = shop(dir.path(), "phone");
    let pdf = dir.path().join("calls.pdf");
    run_ok(
        &db,
        &[
            "campaign",
            "export",
            "Autumn",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    let groups = groups(&db, dir.path());
    let targets: Vec<usize> = groups.iter().filter(|g| *g.1).map(|g| *g.0).collect();
    let pages = pages(&pdf);
    assert_eq!(pages.len(), targets.len().div_ceil(6));
    let all = pages.join("\n");
    for &id in &targets {
        let (first, ..) = customer(id - 1);
        assert!(all.split_whitespace().any(|w| w == first), "{first}");
        assert!(all.contains(&format!("+336123{:05}", id - 1)), "{id}");
    }
    for word in [
        "Reached".to_string(),
        "Not reached".into(),
        "Call back".into(),
        "Notes".into(),
        format!("Last purchase: {}", last_day()),
    ] {
        assert!(
            all.matches(word.as_str()).count() >= targets.len(),
            "{word}"
        );
    }
}

#[test]
fn letters_and_call_sheets_speak_the_language_asked_for_dates_and_segments_included() {
    use clientele::analytics::rfm::Segment;
    use clientele::report::text::segment_name;
    use clientele::text::Lang;
    let (dir, _) = temp_db("campaign-french");
    let db = shop(dir.path(), "post");
    // Each target customer's segment, as the contact list writes it (its English name).
    let list = dir.path().join("list.csv");
    run_ok(
        &db,
        &[
            "campaign",
            "export",
            "Autumn",
            "--out",
            list.to_str().unwrap(),
        ],
    );
    let body = std::fs::read_to_string(&list).unwrap();
    let body = body.trim_start_matches('\u{feff}');
    let delimiter = if body.lines().next().unwrap().contains(';') {
        ';'
    } else {
        ','
    };
    let header: Vec<&str> = body.lines().next().unwrap().split(delimiter).collect();
    let at = header.iter().position(|c| *c == "segment").unwrap();
    let segments: Vec<Segment> = body
        .lines()
        .skip(1)
        .map(|l| Segment::from_name(l.split(delimiter).nth(at).unwrap()).unwrap())
        .collect();
    assert!(!segments.is_empty());
    let letter = dir.path().join("lettre.txt");
    std::fs::write(
        &letter,
        "Segment : {segment}.\nDernier achat : {last_purchase}.\n",
    )
    .unwrap();
    let pdf = dir.path().join("lettres.pdf");
    run_ok(
        &db,
        &[
            "--lang",
            "fr",
            "campaign",
            "export",
            "Autumn",
            "--out",
            pdf.to_str().unwrap(),
            "--letter",
            letter.to_str().unwrap(),
        ],
    );
    let pages = pages(&pdf);
    assert_eq!(pages.len(), segments.len());
    for (page, segment) in pages.iter().zip(&segments) {
        let french = segment_name(Lang::Fr, *segment);
        assert_ne!(
            french,
            segment.name(),
            "a French name differs from the English one"
        );
        assert!(page.contains(&format!("Segment : {french}.")), "{page}");
        // The day in French words: 1 octobre 2026.
        assert!(page.contains("Dernier achat : 1 octobre 2026."), "{page}");
    }
}
