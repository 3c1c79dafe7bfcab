//! Orders kept but not counted (issue 18): the orders of each status of the real export
//! files are held, line by line, and counted in the import's summary; the revenue does not
//! move; a pending order paid in a later import is counted once; undo and the customer
//! detail see them. The expected counts are worked out here from the files themselves with
//! the csv crate, independently of the importer.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clientele::store::Store;

use crate::common::{clientele, temp_db, text};

fn export(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/exports")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn import_json(db: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["import", "sales"];
    all.extend_from_slice(args);
    all.push("--json");
    let out = clientele(db, &all);
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn revenue_cents(db: &Path) -> i64 {
    let out = clientele(db, &["stats", "--json"]);
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (s["revenue"].as_f64().unwrap() * 100.0).round() as i64
}

fn truth_revenue_cents(name: &str) -> i64 {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/exports/truth.json");
    let all: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let s = all[name]["revenue"].as_str().unwrap();
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    int.parse::<i64>().unwrap() * 100 + format!("{frac:0<2}")[..2].parse::<i64>().unwrap()
}

/// What a status word of a file means, as the shop's platform documents it.
struct Statuses<'a> {
    cancelled: &'a [&'a str],
    failed: &'a [&'a str],
    pending: &'a [&'a str],
}

impl Statuses<'_> {
    fn of(&self, word: &str) -> Option<&'static str> {
        let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word.trim()));
        if is(self.cancelled) {
            Some("cancelled")
        } else if is(self.failed) {
            Some("failed")
        } else if is(self.pending) {
            Some("pending")
        } else {
            None
        }
    }
}

/// Orders and lines held per status in a file: an order is the rows of one order number,
/// its status the one on its first row.
fn held_in_file(
    name: &str,
    delimiter: u8,
    key: &str,
    status: &str,
    words: &Statuses<'_>,
) -> BTreeMap<String, (i64, i64)> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_path(export(name))
        .unwrap();
    let headers = reader.headers().unwrap().clone();
    let at = |h: &str| headers.iter().position(|c| c == h).unwrap();
    let (k, s) = (at(key), at(status));
    let mut order_status: BTreeMap<String, Option<&'static str>> = BTreeMap::new();
    let mut out: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    for row in reader.records() {
        let row = row.unwrap();
        let order = row[k].to_string();
        let Some(status) = *order_status
            .entry(order)
            .or_insert_with(|| words.of(&row[s]))
        else {
            continue;
        };
        out.entry(status.to_string()).or_default().1 += 1;
    }
    for status in order_status.values().flatten() {
        out.entry(status.to_string()).or_default().0 += 1;
    }
    out
}

/// Orders and lines held per status in the database.
fn held_in_db(db: &Path) -> BTreeMap<String, (i64, i64)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT status, COUNT(DISTINCT order_ref), COUNT(*) FROM held_sale
             WHERE paid_batch_id IS NULL GROUP BY status",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Orders per status in the import's summary (`set_aside`).
fn held_in_summary(v: &serde_json::Value) -> BTreeMap<String, i64> {
    v["set_aside"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["status"].as_str().unwrap().to_string(),
                a["orders"].as_i64().unwrap(),
            )
        })
        .collect()
}

const SHOPIFY: Statuses<'static> = Statuses {
    cancelled: &["voided"],
    failed: &[],
    pending: &["pending", "authorized", "unpaid", "expired"],
};
const STRIPE: Statuses<'static> = Statuses {
    cancelled: &["Canceled", "Cancelled"],
    failed: &["Failed"],
    pending: &[
        "Pending",
        "Uncaptured",
        "Requires payment method",
        "Incomplete",
    ],
};
const PRESTASHOP: Statuses<'static> = Statuses {
    cancelled: &["Annulé", "Annulée"],
    failed: &["Erreur de paiement"],
    pending: &[
        "En attente du paiement par chèque",
        "En attente de virement bancaire",
        "En attente de paiement",
    ],
};
const WOOCOMMERCE: Statuses<'static> = Statuses {
    cancelled: &["Cancelled", "Annulé", "Annulée"],
    failed: &["Failed", "Échoué", "Échouée"],
    pending: &[
        "Pending payment",
        "Pending",
        "On hold",
        "Draft",
        "En attente",
    ],
};

#[test]
fn every_order_not_counted_is_held_by_status_and_the_revenue_does_not_move() {
    let files: [(&str, u8, &str, &str, &Statuses<'_>); 5] = [
        (
            "shopify_orders_export.csv",
            b',',
            "Name",
            "Financial Status",
            &SHOPIFY,
        ),
        ("stripe_payments.csv", b',', "id", "Status", &STRIPE),
        (
            "prestashop_orders_fr.csv",
            b';',
            "Référence",
            "État",
            &PRESTASHOP,
        ),
        (
            "woocommerce_analytics_orders_fr.csv",
            b',',
            "Commande n°",
            "État",
            &WOOCOMMERCE,
        ),
        (
            "woocommerce_order_export.csv",
            b',',
            "Order Number",
            "Order Status",
            &WOOCOMMERCE,
        ),
    ];
    let mut statuses_seen = std::collections::BTreeSet::new();
    for (name, delimiter, key, status, words) in files {
        let expected = held_in_file(name, delimiter, key, status, words);
        assert!(
            !expected.is_empty(),
            "{name}: the file holds orders not counted"
        );
        statuses_seen.extend(expected.keys().cloned());
        let (_dir, db) = temp_db("shop.sqlite");
        let v = import_json(&db, &[&export(name)]);
        assert_eq!(revenue_cents(&db), truth_revenue_cents(name), "{name}: {v}");
        assert_eq!(held_in_db(&db), expected, "{name}: {v}");
        let orders: BTreeMap<String, i64> =
            expected.iter().map(|(s, (o, _))| (s.clone(), *o)).collect();
        assert_eq!(held_in_summary(&v), orders, "{name}: {v}");
        let lines: i64 = expected.values().map(|(_, l)| l).sum();
        assert_eq!(v["held_lines"], lines, "{name}: {v}");
        // Held as data, not as import problems.
        let conn = rusqlite::Connection::open(&db).unwrap();
        let problems: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM import_error WHERE kind LIKE '%OrderSetAside%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(problems, 0, "{name}");
    }
    // Between them the files hold every status.
    assert_eq!(
        statuses_seen.into_iter().collect::<Vec<_>>(),
        ["cancelled", "failed", "pending"]
    );
}

#[test]
fn the_amount_held_is_the_files_own() {
    // WooCommerce Analytics: the cancelled orders' net sales, summed here from the file.
    let mut reader = csv::Reader::from_path(export("woocommerce_analytics_orders_fr.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let at = |h: &str| headers.iter().position(|c| c == h).unwrap();
    let (state, net) = (at("État"), at("Ventes nettes"));
    let mut cancelled = 0i64;
    for row in reader.records() {
        let row = row.unwrap();
        if WOOCOMMERCE.of(&row[state]) == Some("cancelled") {
            let (int, frac) = row[net].split_once('.').unwrap_or((&row[net], "0"));
            cancelled += int.parse::<i64>().unwrap() * 100
                + format!("{frac:0<2}")[..2].parse::<i64>().unwrap();
        }
    }
    let (_dir, db) = temp_db("shop.sqlite");
    let v = import_json(&db, &[&export("woocommerce_analytics_orders_fr.csv")]);
    let summary = v["set_aside"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["status"] == "cancelled")
        .unwrap()["amount_cents"]
        .as_i64();
    assert_eq!(summary, Some(cancelled), "{v}");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let stored: i64 = conn
        .query_row(
            "SELECT SUM(amount) FROM held_sale WHERE status = 'cancelled'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, cancelled);
}

const HEADER: &str = "Date,Commande n°,État,Client,Type de client,Produit(s),Articles vendus,Code(s) promo,Ventes nettes,Attribution\n";

fn write(dir: &Path, name: &str, rows: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("{HEADER}{rows}")).unwrap();
    path
}

fn anna(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT id FROM contact WHERE last_name = 'Ackermann' OR first_name LIKE 'Anna%'",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn a_pending_order_paid_later_is_counted_once_and_undo_holds_it_again() {
    let (dir, db) = temp_db("shop.sqlite");
    // March: #1 paid (12.50), #2 on hold (45.00), #3 cancelled (30.00).
    let march = write(
        dir.path(),
        "march.csv",
        "2024-03-01,#1,Completed,Anna Ackermann,New,Candle x 1,1,,12.50,Direct\n\
         2024-03-02,#2,On hold,Anna Ackermann,Returning,Mug x 2,2,,45.00,Direct\n\
         2024-03-03,#3,Cancelled,Ben Hansen,New,Towel x 1,1,,30.00,Direct\n",
    );
    let v = import_json(&db, &[march.to_str().unwrap()]);
    assert_eq!(revenue_cents(&db), 1250, "{v}");
    assert_eq!(v["held_lines"], 2, "{v}");
    let store = Store::open(&db).unwrap();
    let held = store.held_orders(anna(&db)).unwrap();
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(held[0].order_ref.as_deref(), Some("#2"));
    assert_eq!(held[0].status, "pending");
    assert_eq!(held[0].status_read, "On hold");
    assert_eq!(held[0].amount_cents, 4500);
    drop(store);

    // April's export: #1 again, #2 now paid, #4 new (20.00).
    let april = write(
        dir.path(),
        "april.csv",
        "2024-03-01,#1,Completed,Anna Ackermann,New,Candle x 1,1,,12.50,Direct\n\
         2024-03-02,#2,Completed,Anna Ackermann,Returning,Mug x 2,2,,45.00,Direct\n\
         2024-04-05,#4,Completed,Ben Hansen,Returning,Soap x 1,1,,20.00,Direct\n",
    );
    let v = import_json(&db, &[april.to_str().unwrap()]);
    let april_batch = v["batch_id"].as_i64().unwrap();
    assert_eq!(revenue_cents(&db), 1250 + 4500 + 2000, "{v}");
    assert_eq!(v["held_orders_paid"], 1, "{v}");
    assert_eq!(v["orders_already_imported"], 1, "{v}");
    let store = Store::open(&db).unwrap();
    assert!(store.held_orders(anna(&db)).unwrap().is_empty());
    drop(store);

    // The same orders in another file (one more line at its end): nothing counted twice.
    let again = write(
        dir.path(),
        "april-again.csv",
        "2024-03-01,#1,Completed,Anna Ackermann,New,Candle x 1,1,,12.50,Direct\n\
         2024-03-02,#2,Completed,Anna Ackermann,Returning,Mug x 2,2,,45.00,Direct\n\
         2024-04-05,#4,Completed,Ben Hansen,Returning,Soap x 1,1,,20.00,Direct\n\
         2024-03-03,#3,Cancelled,Ben Hansen,New,Towel x 1,1,,30.00,Direct\n",
    );
    let v = import_json(&db, &[again.to_str().unwrap()]);
    assert_eq!(revenue_cents(&db), 1250 + 4500 + 2000, "{v}");
    assert_eq!(v["orders_already_imported"], 4, "{v}");
    assert_eq!(v["held_lines"], 0, "{v}");
    let again_batch = v["batch_id"].as_i64().unwrap();

    // Undoing April holds #2 again; undoing March removes its held lines.
    let out = clientele(&db, &["undo-import", &again_batch.to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = clientele(&db, &["undo-import", &april_batch.to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(revenue_cents(&db), 1250);
    let store = Store::open(&db).unwrap();
    let held = store.held_orders(anna(&db)).unwrap();
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(held[0].order_ref.as_deref(), Some("#2"));
    drop(store);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let march_batch: i64 = conn
        .query_row("SELECT MIN(id) FROM import_batch", [], |r| r.get(0))
        .unwrap();
    drop(conn);
    let out = clientele(&db, &["undo-import", &march_batch.to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(held_in_db(&db).is_empty());
    assert_eq!(revenue_cents(&db), 0);
}

/// Undoing the import that created a customer, while a later import holds a payment of
/// theirs (failed, so not counted), keeps the customer with the held payment and removes
/// only the first import's lines; undoing the later one then removes the customer too.
#[test]
fn undoing_the_import_that_created_a_customer_keeps_them_while_a_later_one_holds_their_payment() {
    let (dir, db) = temp_db("shop.sqlite");
    const STRIPE: &str = "id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,\
        Currency,Converted Amount,Converted Amount Refunded,Fee,Tax,Converted Currency,Mode,\
        Status,Statement Descriptor,Customer ID,Customer Description,Customer Email,Captured,\
        Card ID,Card Last4,Card Brand\n";
    let file = |name: &str, row: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("{STRIPE}{row}\n")).unwrap();
        path
    };
    let march = file(
        "march.csv",
        "ch_1,Order,Payment complete.,2024-03-01 09:00:00,120.00,0.00,eur,120.00,0.00,1.20,0,\
         eur,Live,Paid,SHOP,cus_A1,Anna Ackermann,anna@example.com,true,card_1,4242,Visa",
    );
    let v = import_json(&db, &[march.to_str().unwrap()]);
    let march_batch = v["batch_id"].as_i64().unwrap();
    assert_eq!(revenue_cents(&db), 12000, "{v}");
    let april = file(
        "april.csv",
        "ch_2,Order,Your card was declined.,2024-04-02 10:00:00,45.00,0.00,eur,45.00,0.00,0,0,\
         eur,Live,Failed,SHOP,cus_A1,Anna Ackermann,anna@example.com,false,card_1,4242,Visa",
    );
    let v = import_json(&db, &[april.to_str().unwrap()]);
    let april_batch = v["batch_id"].as_i64().unwrap();
    assert_eq!(v["held_lines"], 1, "{v}");
    let anna_id = anna(&db);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let held_for: Option<i64> = conn
        .query_row("SELECT contact_id FROM held_sale", [], |r| r.get(0))
        .unwrap();
    drop(conn);
    assert_eq!(
        held_for,
        Some(anna_id),
        "the held payment names the customer"
    );

    let out = clientele(&db, &["undo-import", &march_batch.to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(revenue_cents(&db), 0);
    assert_eq!(anna(&db), anna_id, "the customer is kept");
    let store = Store::open(&db).unwrap();
    let held = store.held_orders(anna_id).unwrap();
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(held[0].amount_cents, 4500);
    drop(store);

    let out = clientele(&db, &["undo-import", &april_batch.to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(held_in_db(&db).is_empty());
    let conn = rusqlite::Connection::open(&db).unwrap();
    let contacts: i64 = conn
        .query_row("SELECT COUNT(*) FROM contact", [], |r| r.get(0))
        .unwrap();
    assert_eq!(contacts, 0, "nothing of either import is left");
}

/// Cents of a Square amount ("$1,146.00", "-$3.00").
fn square_cents(text: &str) -> i64 {
    let negative = text.starts_with('-');
    let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
    let cents = digits.parse::<i64>().unwrap();
    if negative { -cents } else { cents }
}

#[test]
fn walk_in_sales_count_in_the_overview_the_charts_and_the_report_as_their_own_part() {
    use chrono::NaiveDate;
    use clientele::report::data::{Paper, ReportOptions, Section};
    use clientele::text::Lang;

    // Square (September 2024): every line's net sales, and those naming no customer.
    let mut reader = csv::Reader::from_path(export("square_transactions.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let at = |h: &str| headers.iter().position(|c| c == h).unwrap();
    let (net, id, name) = (at("Net Sales"), at("Customer ID"), at("Customer Name"));
    let (mut square, mut square_walk_in) = (0i64, 0i64);
    for row in reader.records() {
        let row = row.unwrap();
        square += square_cents(&row[net]);
        if row[id].is_empty() && row[name].is_empty() {
            square_walk_in += square_cents(&row[net]);
        }
    }
    assert!(square_walk_in > 0 && square_walk_in < square);
    // SumUp (March 2024): a till's sales, every one a walk-in sale.
    let sumup = truth_revenue_cents("sumup_sales_report_de.csv");

    let (_dir, db) = temp_db("shop.sqlite");
    import_json(&db, &[&export("square_transactions.csv")]);
    import_json(&db, &[&export("sumup_sales_report_de.csv")]);
    assert_eq!(revenue_cents(&db), square + sumup);

    let store = Store::open(&db).unwrap();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    // The Overview: months from March to September, the walk-in part of each.
    let overview = clientele::service::analytics::compute_overview(&store, None)
        .unwrap()
        .unwrap();
    assert_eq!(overview.as_of, day(2024, 9, 26));
    let months: Vec<(NaiveDate, i64)> = overview.monthly.iter().map(|m| (m.0, m.1)).collect();
    assert_eq!(
        months,
        vec![
            (day(2024, 3, 1), sumup),
            (day(2024, 4, 1), 0),
            (day(2024, 5, 1), 0),
            (day(2024, 6, 1), 0),
            (day(2024, 7, 1), 0),
            (day(2024, 8, 1), 0),
            (day(2024, 9, 1), square),
        ]
    );
    assert_eq!(
        overview.monthly_walk_in,
        vec![sumup, 0, 0, 0, 0, 0, square_walk_in]
    );
    let year = overview.sets[1].current;
    assert_eq!(year.revenue_cents, square + sumup);
    assert_eq!(year.walk_in_revenue_cents, square_walk_in + sumup);
    // Customers are the customers' own: the walk-in sales add none.
    let customers = truth_customers("square_transactions.csv");
    assert_eq!(year.customers, customers);

    // The Charts tab's days: the same sums, March's from walk-in sales alone.
    let mut progress = clientele::service::Progress::silent();
    let figures =
        clientele::service::analytics::compute_analytics(&store, None, None, &mut progress)
            .unwrap()
            .unwrap();
    let in_month = |m: u32| -> (i64, i64) {
        figures
            .days
            .iter()
            .filter(|d| chrono::Datelike::month(&d.date) == m)
            .fold((0, 0), |(r, w), d| {
                (r + d.revenue_cents, w + d.walk_in_cents)
            })
    };
    assert_eq!(in_month(3), (sumup, sumup));
    assert_eq!(in_month(9), (square, square_walk_in));

    // The report of September: the key figures and the revenue by month.
    let options = ReportOptions {
        from: Some(day(2024, 9, 1)),
        to: Some(day(2024, 9, 30)),
        lang: Lang::En,
        paper: Paper::A4,
        sections: vec![Section::KeyFigures],
    };
    let data = clientele::service::report::report_data(&store, &options, day(2024, 10, 1)).unwrap();
    assert_eq!(data.current.revenue_cents, square);
    assert_eq!(data.current.walk_in_revenue_cents, square_walk_in);
    assert_eq!(data.current.customers, customers);
    let march = data
        .monthly
        .iter()
        .find(|m| m.0 == day(2024, 3, 1))
        .map(|m| m.1);
    assert_eq!(march, Some(sumup));
}

fn truth_customers(name: &str) -> i64 {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/exports/truth.json");
    let all: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    all[name]["customers"].as_i64().unwrap()
}
