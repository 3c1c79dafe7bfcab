//! The campaign report read back with `pdftotext`: every figure of `clientele campaign
//! results --json` (formatted as the shop writes numbers, money and percentages; the
//! return worked out here from the cost per contact), the verdict, and who was left out,
//! in English and in French with no English section title left.

use std::path::Path;
use std::process::Command;

use crate::common::{demo_db, run_ok, shop_formats, text};

/// The text of a PDF with every run of spaces (no-break ones included) and line ends made
/// one space, so that wrapped sentences and table rows read as one line.
fn pdf_words(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext: {e}"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    squeeze(&text(&out.stdout))
}

fn squeeze(s: &str) -> String {
    s.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Money as the shop writes it, from an amount in currency units.
fn money(units: f64) -> String {
    shop_formats().money((units * 100.0).round() as i64)
}

/// A number with two decimals and the shop's decimal mark (the figures here stay below a
/// thousand, so no grouping).
fn two_decimals(x: f64) -> String {
    let f = shop_formats();
    let mark = if f.one_decimal(0.5).contains(',') {
        ","
    } else {
        "."
    };
    format!("{x:.2}").replace('.', mark)
}

fn make(db: &Path, dir: &Path, lang: &str) -> String {
    let pdf = dir.join(format!("report-{lang}.pdf"));
    let said = run_ok(
        db,
        &[
            "--lang",
            lang,
            "campaign",
            "report",
            "Spring thanks",
            "--as-of",
            "2025-06-30",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(said.contains(pdf.to_str().unwrap()), "{said}");
    pdf_words(&pdf)
}

/// Every figure the results give, as the report prints them.
fn figures(results: &serde_json::Value, cost_per_contact: f64) -> Vec<String> {
    let f = shop_formats();
    let mut want = Vec::new();
    for group in ["target", "control"] {
        let g = &results[group];
        want.push(f.int(g["customers"].as_i64().unwrap()));
        want.push(f.int(g["responders"].as_i64().unwrap()));
        want.push(f.percent(g["rate"].as_f64().unwrap()));
        want.push(money(g["revenue_per_customer"].as_f64().unwrap()));
    }
    let u = &results["uplift"];
    for key in ["rate_diff", "rate_lo95", "rate_hi95"] {
        want.push(f.one_decimal(u[key].as_f64().unwrap() * 100.0));
    }
    for key in ["revenue_per_customer_diff", "rpc_lo95", "rpc_hi95"] {
        want.push(money(u[key].as_f64().unwrap()));
    }
    let extra = results["incremental_revenue"].as_f64().unwrap();
    want.push(f.one_decimal(results["incremental_responders"].as_f64().unwrap()));
    want.push(money(extra));
    // The return, from the cost per contact given at creation.
    let cost = cost_per_contact * results["target"]["customers"].as_f64().unwrap();
    want.push(money(cost));
    want.push(money(extra - cost));
    want.push(two_decimals(extra / cost));
    want.into_iter().map(|w| squeeze(&w)).collect()
}

#[test]
fn the_report_prints_the_results_figures_and_verdict_in_english_and_french() {
    let (dir, db) = demo_db(600);
    let created = run_ok(
        &db,
        &[
            "campaign",
            "create",
            "Spring thanks",
            "--target",
            "tier:A",
            "--channel",
            "email",
            "--start",
            "2025-05-01",
            "--seed",
            "11",
            "--control",
            "0.3",
            "--cost-per-contact",
            "1.5",
            "--json",
        ],
    );
    let created: serde_json::Value = serde_json::from_str(&created).unwrap();
    let results: serde_json::Value = serde_json::from_str(&run_ok(
        &db,
        &[
            "campaign",
            "results",
            "Spring thanks",
            "--as-of",
            "2025-06-30",
            "--json",
        ],
    ))
    .unwrap();
    assert!(results["target"]["customers"].as_u64().unwrap() > 20);
    let want = figures(&results, 1.5);

    let en = make(&db, dir.path(), "en");
    for w in &want {
        assert!(
            en.contains(w.as_str()),
            "{w} not in the English report:\n{en}"
        );
    }
    let verdict = squeeze(results["verdict"].as_str().unwrap());
    assert!(en.contains(&verdict), "{verdict} not in:\n{en}");
    let f = shop_formats();
    for (reason, key) in [
        ("no consent on this channel", "no_consent"),
        ("said no on this channel", "said_no"),
        ("no address for this channel", "no_address"),
    ] {
        let n = created["left_out"][key].as_i64().unwrap();
        let row = format!("{reason} {}", f.int(n));
        assert!(en.contains(&row), "{row} not in:\n{en}");
    }
    let english_titles = [
        "Campaign report",
        "The campaign",
        "Contacted and control group",
        "What the contact brought",
        "Who was left out",
        "Uplift in response rate",
        "Uplift in revenue per customer",
    ];
    for title in english_titles {
        assert!(en.contains(title), "{title} not in:\n{en}");
    }

    let fr = make(&db, dir.path(), "fr");
    for w in &want {
        assert!(
            fr.contains(w.as_str()),
            "{w} not in the French report:\n{fr}"
        );
    }
    for title in english_titles {
        assert!(!fr.contains(title), "{title} left in English:\n{fr}");
    }
    assert!(!fr.contains(&verdict), "the verdict left in English:\n{fr}");
    for title in [
        "Rapport de campagne",
        "Ce que le contact a apporté",
        "Groupe témoin",
        "Qui a été laissé de côté",
        "Taux de réponse",
    ] {
        assert!(fr.contains(title), "{title} not in:\n{fr}");
    }
}
