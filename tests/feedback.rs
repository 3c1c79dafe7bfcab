//! Feedback in the printed report (read back with pdftotext) and in the demo shop.

use crate::common::{clientele, shop_formats, text};
use crate::feedback_ui::shop;

/// The PDF of `report --sections feedback` over `from`..`to`, as plain text on one line,
/// and as pdftotext lays it out.
fn printed_both(
    db: &std::path::Path,
    dir: &std::path::Path,
    from: &str,
    to: &str,
) -> (String, String) {
    let pdf = dir.join(format!("report-{from}.pdf"));
    let out = clientele(
        db,
        &[
            "report",
            "--from",
            from,
            "--to",
            to,
            "--sections",
            "feedback",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let plain = crate::report::poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    let layout = crate::report::poppler("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]);
    // pdftotext may break a sentence's line anywhere: compare without line breaks.
    (flat(&plain), layout)
}

fn printed(db: &std::path::Path, dir: &std::path::Path, from: &str, to: &str) -> String {
    printed_both(db, dir, from, to).0
}

fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_report_says_what_customers_say_in_the_period() {
    let (dir, db) = shop();
    let f = shop_formats();
    let (all, layout) = printed_both(&db, dir.path(), "2024-01-01", "2024-06-30");
    assert!(all.contains("What customers say"), "{all}");
    assert!(
        all.contains(&flat("From the 6 pieces of feedback given in the period")),
        "{all}"
    );
    // 2 promoters, 4 detractors of 6 (worked out in tests/cli.rs): -33.3, -100.0 to 42.1.
    let nps = format!(
        "Net Promoter Score {} {} to {} 6",
        f.one_decimal(-100.0 / 3.0),
        f.one_decimal(-100.0),
        f.one_decimal(42.1057)
    );
    assert!(all.contains(&nps), "{nps} not in: {all}");
    // A1 (open since 2024-02-01, 121 days on 2024-06-01), B1 and C1 (open 7 days) are
    // unhappy in tiers A and B; two complaints are open.
    let unhappy = flat(
        "Unhappy and valuable customers (tiers A and B): 3, of whom 1 have waited more than \
         a week for an answer to a complaint. Complaints still open: 2.",
    );
    assert!(all.contains(&unhappy), "{all}");
    // "late" is in three unhappy pieces and no happy one.
    let late: Vec<&str> = layout
        .lines()
        .find(|l| l.trim_start().starts_with("late "))
        .unwrap_or_else(|| panic!("no row for late in: {layout}"))
        .split_whitespace()
        .collect();
    assert_eq!(late, ["late", "3", "0"]);

    // From May: 2, 6, 0 (detractors), 10, 9 (promoters) of 5: NPS -20.
    let may = printed(&db, dir.path(), "2024-05-01", "2024-06-30");
    assert!(
        may.contains(&flat("From the 5 pieces of feedback")),
        "{may}"
    );
    assert!(may.contains(&format!("{} ", f.one_decimal(-20.0))), "{may}");

    // A period without feedback says so.
    let none = printed(&db, dir.path(), "2023-01-01", "2023-12-31");
    assert!(
        none.contains("No feedback was given in the period."),
        "{none}"
    );
}
