//! Fuzzes the cell parsers: numbers, money, dates in every locale and format.
#![no_main]

use clientele::ingest::values::{
    DateOrder, DateRules, Decimal, detect_date_order, detect_decimal, looks_like_email,
    looks_like_phone, parse_cents, parse_datetime, parse_number, unguard,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = unguard(text);
    for decimal in [Decimal::Dot, Decimal::Comma] {
        if let (Some(n), Some(c)) = (parse_number(text, decimal), parse_cents(text, decimal)) {
            // Cents agree with the number where the number is exact enough to compare.
            if n.abs() < 1e12 {
                assert!(((n * 100.0).round() - c as f64).abs() <= 1.0, "{text}: {n} vs {c}");
            }
        }
    }
    for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
        let zones = clientele::ingest::values::Zones {
            shop: "Europe/Paris".parse().ok(),
            file: "UTC".parse().ok(),
        };
        let _ = parse_datetime(
            text,
            &DateRules {
                order,
                format: None,
                zones,
            },
        );
    }
    let _ = parse_datetime(
        text,
        &DateRules {
            order: DateOrder::DayFirst,
            format: Some("%d/%m/%Y".into()),
            zones: Default::default(),
        },
    );
    let _ = detect_decimal(text.split(';'));
    let _ = detect_date_order(text.split(';'));
    let _ = looks_like_email(text);
    let _ = looks_like_phone(text);
});
