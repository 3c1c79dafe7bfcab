//! Privacy, second part: marketing lists per channel, consent coverage in the report, the
//! subject export as PDF.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::common::{run_ok, temp_db};

/// Seven customers, each with an e-mail, a phone and an address but G (no phone, no
/// street, no city); the e-mail answer comes with the import.
const CONTACTS: &str =
    "customer_id,first_name,last_name,email,phone,street,postcode,city,country,accepts_marketing
A,Ada,Alpha,ada@example.com,+33 1 11 11 11 11,1 rue Un,75001,Paris,FR,yes
B,Bob,Bravo,bob@example.com,+33 1 22 22 22 22,2 rue Deux,75002,Paris,FR,no
C,Cy,Charlie,cy@example.com,+33 1 33 33 33 33,3 rue Trois,75003,Paris,FR,
D,Di,Delta,di@example.com,+33 1 44 44 44 44,4 rue Quatre,75004,Paris,FR,
E,Ed,Echo,ed@example.com,+33 1 55 55 55 55,5 rue Cinq,75005,Paris,FR,no
F,Flo,Foxtrot,flo@example.com,+33 1 66 66 66 66,6 rue Six,75006,Paris,FR,yes
G,Gus,Golf,gus@example.com,,,,,FR,yes
";

const SALES: &str = "customer_id,date,amount
A,2024-01-05,10.00
B,2024-01-06,20.00
C,2024-01-07,30.00
D,2024-01-08,40.00
E,2024-01-09,50.00
F,2024-01-10,60.00
G,2024-01-11,70.00
";

/// The channels recorded on top of the import's e-mail answers (ref, flag, answer).
const CONSENTS: [(&str, &str, &str); 7] = [
    ("B", "--sms", "yes"),
    ("C", "--post", "yes"),
    ("D", "--sms", "no"),
    ("E", "--phone", "yes"),
    ("E", "--post", "no"),
    ("F", "--sms", "yes"),
    ("F", "--post", "yes"),
];

fn write(dir: &Path, name: &str, body: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    p
}

fn ids(db: &Path) -> HashMap<String, i64> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT external_ref, id FROM contact")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The seven customers with their consents recorded.
fn shop() -> (tempfile::TempDir, PathBuf, HashMap<String, i64>) {
    let (dir, db) = temp_db("shop.sqlite");
    let contacts = write(dir.path(), "contacts.csv", CONTACTS);
    let sales = write(dir.path(), "sales.csv", SALES);
    run_ok(&db, &["import", "contacts", contacts.to_str().unwrap()]);
    run_ok(&db, &["import", "sales", sales.to_str().unwrap()]);
    let ids = ids(&db);
    for (who, flag, answer) in CONSENTS {
        run_ok(&db, &["consent", &ids[who].to_string(), flag, answer]);
    }
    (dir, db, ids)
}

/// The rows of a CSV export by `customer_id`, each as column -> value.
fn read_rows(path: &Path) -> HashMap<i64, HashMap<String, String>> {
    let body = std::fs::read_to_string(path).unwrap();
    let body = body.trim_start_matches('\u{feff}');
    let delimiter = if body.lines().next().unwrap().contains(';') {
        b';'
    } else {
        b','
    };
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(body.as_bytes());
    let headers: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            let row: HashMap<String, String> = headers
                .iter()
                .cloned()
                .zip(rec.iter().map(str::to_string))
                .collect();
            (row["customer_id"].parse().unwrap(), row)
        })
        .collect()
}

#[test]
fn a_marketing_list_carries_each_channel_only_with_its_consent_and_says_what_it_withheld() {
    let (dir, db, ids) = shop();
    let out = dir.path().join("list.csv");
    let said = run_ok(
        &db,
        &[
            "export",
            "customers",
            "--consented-only",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    // Worked out by hand from CONTACTS and CONSENTS: D said yes to nothing; B, C and E
    // have no yes to e-mails; A and C none to texts or calls (G has no phone); A, B and E
    // none to letters (G said yes, but has no address).
    assert!(said.contains("6 customers written"), "{said}");
    assert!(
        said.contains(
            "Withheld for want of consent: 1 customer left out, 3 e-mails, 2 phone numbers, \
             3 postal addresses."
        ),
        "{said}"
    );
    let rows = read_rows(&out);
    assert_eq!(rows.len(), 6);
    assert!(!rows.contains_key(&ids["D"]));
    let has = |who: &str, column: &str| !rows[&ids[who]][column].is_empty();
    // (customer, e-mail kept, phone kept, address kept)
    for (who, email, phone, address) in [
        ("A", true, false, false),
        ("B", false, true, false),
        ("C", false, false, true),
        ("E", false, true, false),
        ("F", true, true, true),
        ("G", true, false, false),
    ] {
        assert_eq!(has(who, "email"), email, "{who} e-mail");
        assert_eq!(has(who, "phone"), phone, "{who} phone");
        for column in ["street", "postcode", "city"] {
            assert_eq!(has(who, column), address, "{who} {column}");
        }
        // The name and the country are no channel: they stay.
        assert!(has(who, "last_name") && has(who, "country"), "{who}");
    }

    // The full list (not for marketing) keeps everything and says nothing of consent.
    let all = dir.path().join("all.csv");
    let said = run_ok(
        &db,
        &["export", "customers", "--out", all.to_str().unwrap()],
    );
    assert!(
        said.contains("7 customers written") && !said.contains("Withheld"),
        "{said}"
    );
    let all = read_rows(&all);
    assert!(!all[&ids["D"]]["email"].is_empty() && !all[&ids["A"]]["street"].is_empty());

    // A segment's marketing list follows the same rules: tier C holds the cheapest.
    let seg = dir.path().join("seg.csv");
    let said = run_ok(
        &db,
        &[
            "export",
            "segment",
            "C",
            "--consented-only",
            "--out",
            seg.to_str().unwrap(),
        ],
    );
    assert!(said.contains("Withheld for want of consent"), "{said}");
    for (id, row) in read_rows(&seg) {
        let who = ids.iter().find(|(_, v)| **v == id).unwrap().0.as_str();
        assert_ne!(who, "D");
        if ["A", "C"].contains(&who) {
            assert!(row["phone"].is_empty(), "{who}");
        }
    }
}

fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Per channel (e-mail, SMS, post, phone), the customers at yes, no and unknown, counted
/// from what `clientele consent ID --json` says of each customer.
fn answers_by_channel(db: &Path, ids: &HashMap<String, i64>) -> [[usize; 3]; 4] {
    let mut out = [[0; 3]; 4];
    for id in ids.values() {
        let said: serde_json::Value =
            serde_json::from_str(&run_ok(db, &["consent", &id.to_string(), "--json"])).unwrap();
        for now in said["consent"].as_array().unwrap() {
            let channel = ["email", "sms", "post", "phone"]
                .iter()
                .position(|c| now["channel"] == *c)
                .unwrap();
            let state = ["yes", "no", "unknown"]
                .iter()
                .position(|s| now["state"] == *s)
                .unwrap();
            out[channel][state] += 1;
        }
    }
    out
}

#[test]
fn the_report_prints_consent_coverage_per_channel_in_english_and_french() {
    let (dir, db, ids) = shop();
    let answers = answers_by_channel(&db, &ids);
    // The figures are not all alike, so a row printed for the wrong channel shows.
    assert_eq!(answers[0], [3, 2, 2], "e-mail, from the import's column");
    let f = crate::common::shop_formats();
    let customers = ids.len();
    let cell = |n: usize| {
        format!(
            "{} ({})",
            f.int(n as i64),
            f.percent(n as f64 / customers as f64)
        )
    };
    for (lang, names, title) in [
        ("en", ["E-mail", "SMS", "Post", "Phone"], "Consent"),
        (
            "fr",
            ["E-mail", "SMS", "Courrier", "Téléphone"],
            "Consentement",
        ),
    ] {
        let pdf = dir.path().join(format!("report-{lang}.pdf"));
        run_ok(
            &db,
            &[
                "report",
                "--lang",
                lang,
                "--from",
                "2024-01-01",
                "--to",
                "2024-01-31",
                "--sections",
                "consent",
                "--out",
                pdf.to_str().unwrap(),
            ],
        );
        let printed = flat(&crate::report::poppler(
            "pdftotext",
            &["-layout", pdf.to_str().unwrap(), "-"],
        ));
        assert!(printed.contains(title), "{lang}: {printed}");
        for (name, [yes, no, unknown]) in names.iter().zip(answers) {
            let row = flat(&format!(
                "{name} {} {} {}",
                cell(yes),
                cell(no),
                cell(unknown)
            ));
            assert!(printed.contains(&row), "{lang}: no «{row}» in {printed}");
        }
    }
    // The section is printed when no section is named.
    let pdf = dir.path().join("report-all.pdf");
    run_ok(
        &db,
        &[
            "report",
            "--from",
            "2024-01-01",
            "--to",
            "2024-01-31",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    let printed = flat(&crate::report::poppler(
        "pdftotext",
        &[pdf.to_str().unwrap(), "-"],
    ));
    assert!(
        printed.contains(&format!("What the {customers} customers said")),
        "{printed}"
    );
}

/// Two records of one person (merged), with an unmapped column, sales, consent, a note in
/// the contact history and a complaint: texts that appear nowhere else.
const PERSON: &str = "customer_id,first_name,last_name,email,phone,city,loyalty_card
P1,Wilhelmina,Quarrington,wq@quarrymail.test,+33 6 12 34 56 78,Vexford,CARD-7781
P2,Wilhelmina,Quarrington,second@quarrymail.test,,,
";
const PERSON_SALES: &str = "customer_id,date,amount,product
P1,2024-01-05,120.50,Moonstone kettle
P2,2024-02-07,15.25,Saffron tin
";

#[test]
fn the_subject_export_as_pdf_prints_every_value_held_on_the_person() {
    use clientele::model::feedback::{FeedbackContent, NewFeedback};
    use clientele::store::{Channel, ContactKind, Store};

    let (dir, db) = temp_db("shop.sqlite");
    let contacts = write(dir.path(), "contacts.csv", PERSON);
    let sales = write(dir.path(), "sales.csv", PERSON_SALES);
    run_ok(&db, &["import", "contacts", contacts.to_str().unwrap()]);
    run_ok(&db, &["import", "sales", sales.to_str().unwrap()]);
    let ids = ids(&db);
    let (p1, p2) = (ids["P1"], ids["P2"]);
    run_ok(&db, &["merge", &p1.to_string(), &p2.to_string()]);
    run_ok(
        &db,
        &[
            "consent",
            &p1.to_string(),
            "--sms",
            "yes",
            "--on",
            "2024-03-03",
        ],
    );
    {
        let store = Store::open(&db).unwrap();
        store
            .add_contact_note(
                p1,
                ContactKind::Call,
                Some(Channel::Phone),
                "Asked about Zephyrine glaze",
            )
            .unwrap();
        store
            .add_feedback(&NewFeedback {
                contact_id: p1,
                content: FeedbackContent {
                    date: chrono::NaiveDate::from_ymd_opt(2024, 4, 4).unwrap(),
                    score: None,
                    text: "The lid of the Moonstone kettle wobbles".into(),
                    channel: None,
                    product: None,
                    order_ref: None,
                    status: None,
                },
                extra: serde_json::Map::new(),
            })
            .unwrap();
    }
    // The JSON holds every section, the new ones included.
    let json = dir.path().join("p.json");
    run_ok(
        &db,
        &[
            "subject-export",
            &p1.to_string(),
            "--out",
            json.to_str().unwrap(),
        ],
    );
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(
        data["contact_history"][0]["note"],
        "Asked about Zephyrine glaze"
    );
    assert_eq!(
        data["feedback"][0]["text"],
        "The lid of the Moonstone kettle wobbles"
    );
    assert!(data["campaigns"].is_array());

    let f = crate::common::shop_formats();
    let day = |y, m, d| f.date(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap());
    for (lang, words) in [
        (
            "en",
            [
                "Contact details",
                "Purchases",
                "Merges",
                "History of consent",
                "Contact history",
                "Feedback",
            ],
        ),
        (
            "fr",
            [
                "Coordonnées",
                "Achats",
                "Fusions",
                "Historique du consentement",
                "Historique des contacts",
                "Avis",
            ],
        ),
    ] {
        let pdf = dir.path().join(format!("p-{lang}.pdf"));
        let said = run_ok(
            &db,
            &[
                "--lang",
                lang,
                "subject-export",
                &p1.to_string(),
                "--out",
                pdf.to_str().unwrap(),
            ],
        );
        assert!(said.contains(pdf.to_str().unwrap()), "{said}");
        let printed = flat(&crate::report::poppler(
            "pdftotext",
            &[pdf.to_str().unwrap(), "-"],
        ));
        let f = f
            .clone()
            .in_language(clientele::text::Lang::from_code(lang).unwrap());
        let values = [
            "Wilhelmina".to_string(),
            "Quarrington".into(),
            "wq@quarrymail.test".into(),
            "second@quarrymail.test".into(),
            "+33 6 12 34 56 78".into(),
            "Vexford".into(),
            "CARD-7781".into(),
            "Moonstone kettle".into(),
            "Saffron tin".into(),
            f.money(12050),
            f.money(1525),
            day(2024, 1, 5),
            day(2024, 2, 7),
            day(2024, 3, 3),
            "Asked about Zephyrine glaze".into(),
            "The lid of the Moonstone kettle wobbles".into(),
        ];
        for v in values.iter().map(String::as_str).chain(words) {
            assert!(
                printed.contains(&flat(v)),
                "{lang}: «{v}» missing from {printed}"
            );
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("p-en.pdf"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn a_second_program_writing_the_file_waits_then_says_plainly_that_it_is_busy() {
    let (dir, db, _) = shop();
    let more = write(
        dir.path(),
        "more.csv",
        "customer_id,first_name,last_name,email\nZ9,Zed,Zulu,zed@example.com\n",
    );
    let count = |conn: &rusqlite::Connection| -> i64 {
        conn.query_row("SELECT COUNT(*) FROM contact", [], |r| r.get(0))
            .unwrap()
    };
    let holder = rusqlite::Connection::open(&db).unwrap();
    let before = count(&holder);
    // Another program holds a write transaction for longer than the import waits.
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = std::time::Instant::now();
    let out = crate::common::clientele(&db, &["import", "contacts", more.to_str().unwrap()]);
    let waited = started.elapsed();
    holder.execute_batch("ROLLBACK").unwrap();
    let said = crate::common::text(&out.stderr);
    assert!(!out.status.success(), "{said}");
    assert!(
        said.contains("is busy: another Clientele window or program is writing to it"),
        "{said}"
    );
    // It waited (five seconds) before giving up, rather than failing at once.
    assert!(waited >= std::time::Duration::from_secs(4), "{waited:?}");
    assert_eq!(count(&holder), before, "nothing of the import was written");
    // Once the file is free, the same import goes through.
    run_ok(&db, &["import", "contacts", more.to_str().unwrap()]);
    assert_eq!(count(&holder), before + 1);
}

#[test]
fn backups_and_restores_asked_for_are_written_in_the_audit_trail() {
    let (dir, db, _) = shop();
    let last = |db: &Path| -> (String, serde_json::Value) {
        let conn = rusqlite::Connection::open(db).unwrap();
        let (action, detail): (String, String) = conn
            .query_row(
                "SELECT action, detail FROM audit ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        (action, serde_json::from_str(&detail).unwrap())
    };
    let copy = dir.path().join("copy.db");
    run_ok(&db, &["backup", "--out", copy.to_str().unwrap()]);
    let (action, detail) = last(&db);
    assert_eq!(action, "backup");
    assert_eq!(detail["file"], copy.to_str().unwrap());
    run_ok(&db, &["restore", copy.to_str().unwrap(), "--yes"]);
    // The restored trail is the copy's, with the restore written last.
    let (action, detail) = last(&db);
    assert_eq!(action, "restore");
    assert_eq!(detail["file"], copy.to_str().unwrap());
    assert_eq!(detail["erased_again"], 0);
}
