//! Numbers, money, percentages and dates written the way the shop's locale writes them
//! (`1 234,56 €`, `$1,234.56`, `31/12/2025`, `12/31/2025`). The shop's settings decide,
//! never the computer's environment. Pure.

use chrono::{Datelike, NaiveDate};

use crate::settings::ShopSettings;

/// How one locale writes numbers and dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Formats {
    /// Between groups of three digits.
    group: String,
    /// Before the decimals.
    decimal: char,
    /// The currency's sign.
    currency: String,
    /// The sign goes before the number (`$12`) rather than after (`12 €`).
    currency_first: bool,
    /// How a date is written: day first, month first or year first, and the separator.
    date: DateStyle,
    /// The language of month and weekday names and of dates in words.
    lang: crate::text::Lang,
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
        let (group, decimal) =
            cldr_symbols(locale.code).unwrap_or_else(|| match (lang, locale.decimal_comma) {
                ("de" | "es" | "it", _) => (".".into(), ','),
                (_, true) => (NBSP.into(), ','),
                (_, false) => (",".into(), '.'),
            });
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
            lang: crate::text::Lang::En,
        }
    }

    /// The same formats with month and weekday names, and dates in words, in `lang`.
    pub fn in_language(mut self, lang: crate::text::Lang) -> Formats {
        self.lang = lang;
        self
    }

    /// The language of the names.
    pub fn language(&self) -> crate::text::Lang {
        self.lang
    }

    /// A message of `dates.ftl` in this language, or `None` in English (whose words are
    /// below, following the locale's order of day and month).
    fn dates_message(&self, id: &'static str, args: &[(&'static str, String)]) -> Option<String> {
        if self.lang == crate::text::Lang::En {
            return None;
        }
        let mut m = crate::text::Message::new(id);
        for (name, value) in args {
            m = m.arg(name, value.as_str());
        }
        Some(crate::text::render(self.lang, &m))
    }

    fn named(&self, kind: &str, n: u32) -> String {
        let id = format!("{kind}-{n}");
        crate::text::fluent::loader(self.lang).get(&id)
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
                out.push_str(&self.group);
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
        self.fixed(x, 1)
    }

    /// A number with `places` decimals (1 or 2), grouped the locale's way.
    fn fixed(&self, x: f64, places: u32) -> String {
        let scale = 10_i64.pow(places);
        let parts = (x * scale as f64).round() as i64;
        let sign = if parts < 0 { "-" } else { "" };
        let parts = parts.abs();
        format!(
            "{sign}{}{}{:0width$}",
            self.int(parts / scale),
            self.decimal,
            parts % scale,
            width = places as usize
        )
    }

    /// A number with two decimals: `1,25`, `1.25`.
    pub fn two_decimals(&self, x: f64) -> String {
        self.fixed(x, 2)
    }

    /// A number typed with the locale's decimal sign or a point (`1,25`, `1.25`), spaces
    /// (also the no-break ones of grouping) and a percent sign ignored; `None` when it is
    /// no number.
    pub fn read_decimal(&self, text: &str) -> Option<f64> {
        let plain: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '%')
            .map(|c| if c == self.decimal { '.' } else { c })
            .collect();
        plain.parse().ok().filter(|v: &f64| v.is_finite())
    }

    /// A share (0..1) as a percentage with one decimal: `12,5 %`, `12.5%`.
    pub fn percent(&self, share: f64) -> String {
        self.with_percent_sign(self.one_decimal(share * 100.0))
    }

    /// A share (0..1) as a whole percentage: `13 %`, `13%`.
    pub fn percent_whole(&self, share: f64) -> String {
        self.with_percent_sign(self.int((share * 100.0).round() as i64))
    }

    /// A change (0..1 for a rise of 100 %) with its sign and one decimal: `+12,5 %`, `-3.0%`.
    pub fn percent_change(&self, change: f64) -> String {
        let text = self.percent(change);
        if text.starts_with('-') {
            text
        } else {
            format!("+{text}")
        }
    }

    /// The locale's percent sign after a number: a no-break space before it where the
    /// decimals follow a comma (fr, ru, hy), none otherwise (en, zh).
    fn with_percent_sign(&self, number: String) -> String {
        format!("{number}{}", self.percent_sign())
    }

    /// What follows a percentage's number: `\u{a0}%` or `%`, for a slider's suffix.
    pub fn percent_sign(&self) -> &'static str {
        if self.decimal == ',' { "\u{a0}%" } else { "%" }
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

    /// A day in words: `5 March 2024`, and `March 5, 2024` where the month comes first.
    pub fn date_words(&self, d: NaiveDate) -> String {
        let month = self.named("month-of", d.month());
        self.day_month_year(d, &month, d.year().to_string())
    }

    /// A day in short words: `5 Mar 2024`, `Mar 5, 2024`.
    pub fn date_short(&self, d: NaiveDate) -> String {
        let month = self.named("month-short", d.month());
        self.day_month_year(d, &month, d.year().to_string())
    }

    /// The name of `d`'s weekday in this language: `Tuesday`, `mardi`.
    pub fn weekday(&self, d: NaiveDate) -> String {
        self.named("weekday", d.weekday().number_from_monday())
    }

    /// A day in short words with its weekday: `Tue 5 Mar 2024`, `Tue Mar 5, 2024`.
    pub fn date_with_weekday(&self, d: NaiveDate) -> String {
        let weekday = self.named("weekday-short", d.weekday().number_from_monday());
        format!("{weekday} {}", self.date_short(d))
    }

    /// A day for a chart's axis, with the year in two digits: `5 Mar 24`, `Mar 5, 24`.
    pub fn date_tick(&self, d: NaiveDate) -> String {
        let month = self.named("month-short", d.month());
        self.day_month_year(d, &month, format!("{:02}", d.year() % 100))
    }

    /// A day and its month, without the year: `5 Mar`, `Mar 5`.
    pub fn day_month(&self, d: NaiveDate) -> String {
        let month = self.named("month-short", d.month());
        let args = [("day", d.day().to_string()), ("month", month.clone())];
        if let Some(words) = self.dates_message("day-and-month", &args) {
            return words;
        }
        if self.date == DateStyle::Month {
            format!("{month} {}", d.day())
        } else {
            format!("{} {month}", d.day())
        }
    }

    /// A month in words: `March 2024`.
    pub fn month(&self, d: NaiveDate) -> String {
        let month = self.named("month", d.month());
        self.month_year(month, d.year())
    }

    /// A month in short words, for charts: `Mar 2024` (the month's name as it stands alone,
    /// `май 2024 г.`, where a day would ask for `5 мая`).
    pub fn month_short(&self, d: NaiveDate) -> String {
        let month = self.named("month-alone", d.month());
        self.month_year(month, d.year())
    }

    /// A month on a chart's axis, the year in two digits: `Mar 24`, `24年3月`.
    pub fn month_tick(&self, d: NaiveDate) -> String {
        let month = self.named("month-alone", d.month());
        let year = format!("{:02}", d.year().rem_euclid(100));
        let args = [("month", month.clone()), ("year", year.clone())];
        self.dates_message("month-tick", &args)
            .unwrap_or_else(|| format!("{month} {year}"))
    }

    fn month_year(&self, month: String, year: i32) -> String {
        let args = [("month", month.clone()), ("year", year.to_string())];
        self.dates_message("month-in-words", &args)
            .unwrap_or_else(|| format!("{month} {year}"))
    }

    fn day_month_year(&self, d: NaiveDate, month: &str, year: String) -> String {
        let args = [
            ("day", d.day().to_string()),
            ("month", month.to_string()),
            ("year", year.clone()),
        ];
        if let Some(words) = self.dates_message("date-in-words", &args) {
            return words;
        }
        if self.date == DateStyle::Month {
            format!("{month} {}, {year}", d.day())
        } else {
            format!("{} {month} {year}", d.day())
        }
    }
}

/// The group separator and decimal sign CLDR gives a locale (`fr-FR`: U+202F and `,`),
/// read from ICU4X's formatting of 1234567.5; `None` for a locale ICU4X does not know.
fn cldr_symbols(code: &str) -> Option<(String, char)> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    type Symbols = Option<(String, char)>;
    static SEEN: OnceLock<Mutex<HashMap<String, Symbols>>> = OnceLock::new();
    let seen = SEEN.get_or_init(|| Mutex::new(HashMap::new()));
    let mut seen = seen.lock().unwrap_or_else(|p| p.into_inner());
    seen.entry(code.to_string())
        .or_insert_with(|| {
            let locale: icu_locale_core::Locale = code.parse().ok()?;
            let formatter =
                icu_decimal::DecimalFormatter::try_new(locale.into(), Default::default()).ok()?;
            let mut n = icu_decimal::input::Decimal::from(12_345_675);
            n.multiply_pow10(-1);
            let written = formatter.format(&n).to_string();
            // "1 234 567,5": the group sits between "1" and "234", the sign before "5".
            let group = written.strip_prefix('1')?.split("234").next()?.to_string();
            let decimal = written.strip_suffix('5')?.strip_suffix(|_: char| true)?;
            let decimal_sign = written[decimal.len()..].chars().next()?;
            (written.contains("234") && !group.is_empty()).then_some((group, decimal_sign))
        })
        .clone()
}

/// A day as the date fields write and read it, the same in every locale: `2024-03-05`.
pub fn iso_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The months' names, January first. English in every locale until the window speaks the
/// shop's language: every month and weekday name the window and the report write comes
/// from these four functions and their tables.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month's name of month `n` (1 = January): `March`; empty outside 1..=12.
pub fn month_number_name(n: u32) -> &'static str {
    (n as usize)
        .checked_sub(1)
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or_default()
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
            "1\u{202f}234\u{202f}567,89\u{a0}€"
        );
        assert_eq!(shop("de-DE").money(-5), "-0,05\u{a0}€");
        assert_eq!(shop("en-GB").money(-123_400), "-£1,234.00");
        assert_eq!(shop("ru-RU").money_whole(99_950), "1\u{a0}000\u{a0}₽");
    }

    #[test]
    fn two_decimals_are_written_and_read_the_locale_s_way() {
        assert_eq!(shop("fr-FR").two_decimals(1.25), "1,25");
        assert_eq!(shop("en-US").two_decimals(1.5), "1.50");
        assert_eq!(shop("en-US").two_decimals(-0.05), "-0.05");
        assert_eq!(shop("fr-FR").read_decimal("1,25"), Some(1.25));
        assert_eq!(shop("fr-FR").read_decimal("1.5 %"), Some(1.5));
        assert_eq!(shop("en-US").read_decimal(" 2 "), Some(2.0));
        assert_eq!(shop("en-US").read_decimal("two"), None);
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
    fn percentages_in_every_locale() {
        let nb = "\u{a0}";
        let cases = [
            ("en-US", "12.5%", "13%", "+12.5%", "-3.0%"),
            ("fr-FR", "12,5 %", "13 %", "+12,5 %", "-3,0 %"),
            ("ru-RU", "12,5 %", "13 %", "+12,5 %", "-3,0 %"),
            ("zh-CN", "12.5%", "13%", "+12.5%", "-3.0%"),
            ("hy-AM", "12,5 %", "13 %", "+12,5 %", "-3,0 %"),
        ];
        for (locale, one, whole, rise, fall) in cases {
            let f = shop(locale);
            let nbsp = |s: &str| s.replace(' ', nb);
            assert_eq!(f.percent(0.125), nbsp(one), "{locale}");
            assert_eq!(f.percent_whole(0.125), nbsp(whole), "{locale}");
            assert_eq!(f.percent_change(0.125), nbsp(rise), "{locale}");
            assert_eq!(f.percent_change(-0.03), nbsp(fall), "{locale}");
        }
        assert_eq!(shop("en-US").percent_whole(0.004), "0%");
        assert_eq!(shop("fr-FR").percent_whole(1.0), "100\u{a0}%");
        assert_eq!(shop("en-US").percent_change(0.0), "+0.0%");
    }

    #[test]
    fn dates_in_words_in_every_locale() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 5).unwrap_or_default();
        let day_first = [
            "5 March 2024",
            "5 Mar 2024",
            "Tue 5 Mar 2024",
            "5 Mar 24",
            "5 Mar",
        ];
        let month_first = [
            "March 5, 2024",
            "Mar 5, 2024",
            "Tue Mar 5, 2024",
            "Mar 5, 24",
            "Mar 5",
        ];
        for (locale, want) in [
            ("en-US", month_first),
            ("fr-FR", day_first),
            ("ru-RU", day_first),
            ("zh-CN", day_first),
            ("hy-AM", day_first),
        ] {
            let f = shop(locale);
            let got = [
                f.date_words(d),
                f.date_short(d),
                f.date_with_weekday(d),
                f.date_tick(d),
                f.day_month(d),
            ];
            assert_eq!(got, want, "{locale}");
            assert_eq!(f.month(d), "March 2024", "{locale}");
            assert_eq!(f.month_short(d), "Mar 2024", "{locale}");
        }
        assert_eq!(iso_date(d), "2024-03-05");
        assert_eq!(
            iso_date(NaiveDate::from_ymd_opt(987, 12, 31).unwrap_or_default()),
            "0987-12-31"
        );
        let sunday = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        assert_eq!(shop("en-GB").weekday(sunday), "Sunday");
        assert_eq!(shop("en-GB").date_with_weekday(sunday), "Sun 6 Dec 2026");
        assert_eq!(month_number_name(1), "January");
        assert_eq!(month_number_name(12), "December");
        assert_eq!(month_number_name(0), "");
        assert_eq!(month_number_name(13), "");
    }

    #[test]
    fn file_names_from_titles() {
        assert_eq!(
            file_stem("Segment: Can't lose them"),
            "segment-can-t-lose-them"
        );
        assert_eq!(file_stem("…"), "customers");
    }

    // CLDR's dates in words (yMMMMd, yMMMM, MMMd) in each translated language.
    #[test]
    fn dates_in_words_in_each_language() {
        use crate::text::Lang;
        let d = NaiveDate::from_ymd_opt(2024, 3, 5).unwrap_or_default();
        let cases = [
            (Lang::En, "5 March 2024", "March 2024", "5 Mar"),
            (Lang::Fr, "5 mars 2024", "mars 2024", "5 mars"),
            (Lang::Zh, "2024年3月5日", "2024年3月", "3月5日"),
            (Lang::Hy, "5 մարտի, 2024 թ.", "մարտ, 2024 թ.", "5 մրտ"),
        ];
        for (lang, words, month, day) in cases {
            let f = shop("fr-FR").in_language(lang);
            assert_eq!(f.date_words(d), words, "{}", lang.code());
            assert_eq!(f.month(d), month, "{}", lang.code());
            assert_eq!(f.day_month(d), day, "{}", lang.code());
        }
        // English keeps the locale's order of day and month.
        assert_eq!(shop("en-US").date_words(d), "March 5, 2024");
    }
}
