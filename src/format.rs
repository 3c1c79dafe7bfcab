//! Numbers, money, percentages and dates written the way the shop's locale writes them
//! (`1 234,56 €`, `$1,234.56`, `31/12/2025`, `12/31/2025`). The shop's settings decide,
//! never the computer's environment. Pure.

use chrono::{Datelike, NaiveDate};

use crate::settings::ShopSettings;

/// How one locale writes numbers and dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Formats {
    /// Between groups of three digits.
    group: &'static str,
    /// Before the decimals.
    decimal: char,
    /// The currency's sign.
    currency: String,
    /// The sign goes before the number (`$12`) rather than after (`12 €`).
    currency_first: bool,
    /// How a date is written: day first, month first or year first, and the separator.
    date: DateStyle,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DateStyle {
    /// 31/12/2025 or 31.12.2025.
    Day(char),
    /// 12/31/2025.
    Month,
    /// 2025-12-31.
    Year,
}

const NBSP: &str = "\u{a0}";

fn currency_sign(code: &str) -> &str {
    match code {
        "EUR" => "€",
        "USD" => "$",
        "CAD" => "$",
        "AUD" => "$",
        "GBP" => "£",
        "RUB" => "₽",
        "AMD" => "֏",
        "CNY" => "¥",
        "CHF" => "CHF",
        other => other,
    }
}

impl Formats {
    /// The formats of the shop's locale and currency.
    pub fn for_shop(settings: &ShopSettings) -> Formats {
        let locale = settings.locale();
        let lang = locale.code.split('-').next().unwrap_or_default();
        let (group, decimal) = match (lang, locale.decimal_comma) {
            ("de" | "es" | "it", _) => (".", ','),
            (_, true) => (NBSP, ','),
            (_, false) => (",", '.'),
        };
        let date = match (lang, locale.day_first) {
            ("zh", _) => DateStyle::Year,
            ("de" | "ru" | "hy", _) => DateStyle::Day('.'),
            (_, true) => DateStyle::Day('/'),
            (_, false) => DateStyle::Month,
        };
        Formats {
            group,
            decimal,
            currency: currency_sign(&settings.currency).to_string(),
            currency_first: matches!(lang, "en" | "zh"),
            date,
        }
    }

    /// A whole number with grouped digits: `12 345`, `12,345`.
    pub fn int(&self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + 8);
        if n < 0 {
            out.push('-');
        }
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.group);
            }
            out.push(ch);
        }
        out
    }

    /// A count and its noun, singular for one: `1 customer`, `2 customers`, `1 200 customers`.
    pub fn count(&self, n: i64, one: &str, many: &str) -> String {
        format!("{} {}", self.int(n), if n == 1 { one } else { many })
    }

    /// An amount in cents with two decimals and the currency sign: `1 234,56 €`, `$1,234.56`.
    pub fn money(&self, cents: i64) -> String {
        let units = cents / 100;
        let rest = (cents % 100).unsigned_abs();
        let sign = if cents < 0 { "-" } else { "" };
        let number = format!("{}{}{:02}", self.int(units.abs()), self.decimal, rest);
        if self.currency_first {
            format!("{sign}{}{number}", self.currency)
        } else {
            format!("{sign}{number}{NBSP}{}", self.currency)
        }
    }

    /// An amount rounded to whole currency units, for charts and tight columns.
    pub fn money_whole(&self, cents: i64) -> String {
        let units = (cents as f64 / 100.0).round() as i64;
        if self.currency_first {
            let sign = if units < 0 { "-" } else { "" };
            format!("{sign}{}{}", self.currency, self.int(units.abs()))
        } else {
            format!("{}{NBSP}{}", self.int(units), self.currency)
        }
    }

    /// A number with one decimal.
    pub fn one_decimal(&self, x: f64) -> String {
        let tenths = (x * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let tenths = tenths.abs();
        format!(
            "{sign}{}{}{}",
            self.int(tenths / 10),
            self.decimal,
            tenths % 10
        )
    }

    /// A share (0..1) as a percentage with one decimal: `12,5 %`, `12.5%`.
    pub fn percent(&self, share: f64) -> String {
        let number = self.one_decimal(share * 100.0);
        if self.decimal == ',' {
            format!("{number}{NBSP}%")
        } else {
            format!("{number}%")
        }
    }

    /// A day: `31/12/2025`, `31.12.2025`, `12/31/2025` or `2025-12-31`.
    pub fn date(&self, d: NaiveDate) -> String {
        match self.date {
            DateStyle::Day(sep) => {
                format!("{:02}{sep}{:02}{sep}{}", d.day(), d.month(), d.year())
            }
            DateStyle::Month => format!("{:02}/{:02}/{}", d.month(), d.day(), d.year()),
            DateStyle::Year => format!("{}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }
}

/// A file name made of a list's title: letters and digits joined by dashes.
pub fn file_stem(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "customers".into()
    } else {
        stem.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shop(locale: &str) -> Formats {
        Formats::for_shop(&ShopSettings::for_locale(locale))
    }

    #[test]
    fn money_follows_the_locale() {
        assert_eq!(shop("en-US").money(123_456_789), "$1,234,567.89");
        assert_eq!(
            shop("fr-FR").money(123_456_789),
            "1\u{a0}234\u{a0}567,89\u{a0}€"
        );
        assert_eq!(shop("de-DE").money(-5), "-0,05\u{a0}€");
        assert_eq!(shop("en-GB").money(-123_400), "-£1,234.00");
        assert_eq!(shop("ru-RU").money_whole(99_950), "1\u{a0}000\u{a0}₽");
    }

    #[test]
    fn dates_and_percentages_follow_the_locale() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 9).unwrap_or_default();
        assert_eq!(shop("en-US").date(d), "03/09/2025");
        assert_eq!(shop("fr-FR").date(d), "09/03/2025");
        assert_eq!(shop("ru-RU").date(d), "09.03.2025");
        assert_eq!(shop("zh-CN").date(d), "2025-03-09");
        assert_eq!(shop("en-US").percent(0.1234), "12.3%");
        assert_eq!(shop("fr-FR").percent(-0.0049), "-0,5\u{a0}%");
        assert_eq!(shop("en-US").int(-1_000), "-1,000");
        assert_eq!(shop("en-US").int(999), "999");
    }

    #[test]
    fn file_names_from_titles() {
        assert_eq!(
            file_stem("Segment: Can't lose them"),
            "segment-can-t-lose-them"
        );
        assert_eq!(file_stem("…"), "customers");
    }
}
