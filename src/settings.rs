//! The shop's settings (stored in the `setting` table): its name, locale, currency and
//! default phone country. The locale, never the computer's environment, decides how
//! ambiguous dates are read (03/04/2025), the decimal separator and CSV delimiter of exports
//! and the paper size. Its time zone is the one imported date-times are converted to.
//! Pure: the store reads and writes them.

use crate::model::DateOrder;

/// What a locale decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 code, e.g. "fr-FR".
    pub code: &'static str,
    /// Its name, in its own language.
    pub name: &'static str,
    /// Numeric dates written day first (31/12/2025) rather than month first (12/31/2025).
    pub day_first: bool,
    /// Decimal comma (1 234,56) rather than decimal dot.
    pub decimal_comma: bool,
    /// US Letter paper rather than A4.
    pub letter_paper: bool,
    /// The usual currency (ISO 4217).
    pub currency: &'static str,
    /// The country whose phone numbers are written the national way (ISO 3166).
    pub phone_country: &'static str,
}

const fn locale(
    code: &'static str,
    name: &'static str,
    day_first: bool,
    decimal_comma: bool,
    letter_paper: bool,
    currency: &'static str,
    phone_country: &'static str,
) -> Locale {
    Locale {
        code,
        name,
        day_first,
        decimal_comma,
        letter_paper,
        currency,
        phone_country,
    }
}

/// The locales a shop can choose.
pub const LOCALES: [Locale; 12] = [
    locale("fr-FR", "Français (France)", true, true, false, "EUR", "FR"),
    locale(
        "fr-BE",
        "Français (Belgique)",
        true,
        true,
        false,
        "EUR",
        "BE",
    ),
    locale("fr-CA", "Français (Canada)", false, true, true, "CAD", "CA"),
    locale(
        "en-GB",
        "English (United Kingdom)",
        true,
        false,
        false,
        "GBP",
        "GB",
    ),
    locale(
        "en-US",
        "English (United States)",
        false,
        false,
        true,
        "USD",
        "US",
    ),
    locale(
        "en-AU",
        "English (Australia)",
        true,
        false,
        false,
        "AUD",
        "AU",
    ),
    locale(
        "de-DE",
        "Deutsch (Deutschland)",
        true,
        true,
        false,
        "EUR",
        "DE",
    ),
    locale("es-ES", "Español (España)", true, true, false, "EUR", "ES"),
    locale("it-IT", "Italiano (Italia)", true, true, false, "EUR", "IT"),
    locale("ru-RU", "Русский (Россия)", true, true, false, "RUB", "RU"),
    locale(
        "hy-AM",
        "Հայերեն (Հայաստան)",
        true,
        true,
        false,
        "AMD",
        "AM",
    ),
    locale("zh-CN", "中文 (中国)", false, false, false, "CNY", "CN"),
];

/// The locale of a new shop until the owner chooses.
pub const DEFAULT_LOCALE: &str = "fr-FR";

/// What [`system_locale`] answers instead of reading the environment, once set.
static ASSUMED_SYSTEM_LOCALE: std::sync::RwLock<Option<Option<&'static Locale>>> =
    std::sync::RwLock::new(None);

/// Makes [`system_locale`] answer `locale` for the rest of the process, whatever the
/// environment says: for a program embedding the library, or tests whose expectations must
/// not depend on the computer running them.
pub fn assume_system_locale(locale: Option<&'static Locale>) {
    if let Ok(mut assumed) = ASSUMED_SYSTEM_LOCALE.write() {
        *assumed = Some(locale);
    }
}

/// The locale a new shop takes from the computer until the owner chooses one: the first of
/// `LC_ALL`, `LC_MONETARY` and `LANG` that is set (POSIX `en_US.UTF-8` or BCP 47 `en-US`),
/// when Clientele knows it; a language alone (`ru`) takes its first country in the list.
pub fn system_locale() -> Option<&'static Locale> {
    if let Ok(assumed) = ASSUMED_SYSTEM_LOCALE.read()
        && let Some(locale) = *assumed
    {
        return locale;
    }
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let raw = var("LC_ALL")
        .or_else(|| var("LC_MONETARY"))
        .or_else(|| var("LANG"))?;
    locale_of_posix(&raw)
}

/// The computer's language (sys-locale: the desktop's setting on Windows and macOS, the
/// environment on Linux), when Clientele speaks it.
pub fn system_language() -> Option<crate::text::Lang> {
    if let Ok(assumed) = ASSUMED_SYSTEM_LOCALE.read()
        && let Some(locale) = *assumed
    {
        return locale.and_then(|l| crate::text::Lang::from_code(l.code));
    }
    sys_locale::get_locales()
        .filter_map(|name| crate::text::Lang::from_code(&name))
        .find(|&l| l != crate::text::Lang::Pseudo)
}

/// What [`system_time_zone`] answers instead of asking the computer, once set.
static ASSUMED_SYSTEM_ZONE: std::sync::RwLock<Option<Option<chrono_tz::Tz>>> =
    std::sync::RwLock::new(None);

/// Makes [`system_time_zone`] answer `zone` for the rest of the process, whatever the
/// computer says: for a program embedding the library, or tests whose expectations must not
/// depend on the computer running them.
pub fn assume_system_time_zone(zone: Option<chrono_tz::Tz>) {
    if let Ok(mut assumed) = ASSUMED_SYSTEM_ZONE.write() {
        *assumed = Some(zone);
    }
}

/// The computer's time zone: the `TZ` environment variable when it holds an IANA name
/// (`Europe/Paris`, also `:Europe/Paris`), else the system's setting (iana-time-zone: the
/// `/etc/localtime` link on Linux, the registry on Windows, the system's on macOS), when
/// the tz database knows it.
pub fn system_time_zone() -> Option<chrono_tz::Tz> {
    if let Ok(assumed) = ASSUMED_SYSTEM_ZONE.read()
        && let Some(zone) = *assumed
    {
        return zone;
    }
    if let Ok(tz) = std::env::var("TZ")
        && let Some(zone) = time_zone_named(tz.strip_prefix(':').unwrap_or(&tz))
    {
        return Some(zone);
    }
    iana_time_zone::get_timezone()
        .ok()
        .and_then(|name| time_zone_named(&name))
}

/// The zone of an IANA name (`Europe/Paris`, `UTC`); case must match, as in the tz
/// database.
pub fn time_zone_named(name: &str) -> Option<chrono_tz::Tz> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    name.parse().ok()
}

/// Whether an owner's answer means "the computer's zone": nothing, or `system`.
pub fn means_system_zone(name: &str) -> bool {
    let name = name.trim();
    name.is_empty() || name.eq_ignore_ascii_case("system")
}

/// The locale of a POSIX or BCP 47 locale name (`en_US.UTF-8`, `de_DE@euro`, `zh-CN`).
pub fn locale_of_posix(raw: &str) -> Option<&'static Locale> {
    let name = raw.split(['.', '@']).next()?.trim().replace('_', "-");
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    find_locale(&name).or_else(|| {
        let language = name.split('-').next()?;
        LOCALES.iter().find(|l| {
            l.code
                .split('-')
                .next()
                .is_some_and(|c| c.eq_ignore_ascii_case(language))
        })
    })
}

/// The locale with this code (case does not matter), if known.
pub fn find_locale(code: &str) -> Option<&'static Locale> {
    LOCALES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(code.trim()))
}

/// The shop's settings as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShopSettings {
    pub shop_name: String,
    /// A code of [`LOCALES`].
    pub locale: String,
    /// ISO 4217 code.
    pub currency: String,
    /// ISO 3166 two-letter code.
    pub phone_country: String,
    /// The window's language (`en`, `fr`, `ru`, `zh`, `hy`); empty: the computer's.
    pub language: String,
    /// The share of each sale kept as profit, in percent (0 to 100): lifetime values are
    /// worked out on it.
    pub margin_percent: u32,
    /// The monthly discount rate of lifetime values, in hundredths of a percent (100 is
    /// 1% a month; at most [`MAX_DISCOUNT_BASIS_POINTS`]).
    pub discount_basis_points: u32,
    /// The shop's time zone, an IANA name (`Europe/Paris`); empty: the computer's. Date-times
    /// imported with a zone, and those of files whose layout names one, are converted to it.
    pub time_zone: String,
}

/// The highest monthly discount rate, in hundredths of a percent (20% a month).
pub const MAX_DISCOUNT_BASIS_POINTS: u32 = 2_000;

/// The default margin: lifetime values in spend (100%), until the owner says otherwise.
pub const DEFAULT_MARGIN_PERCENT: u32 = 100;

/// The default monthly discount rate: 1% a month (as lifetimes' examples use).
pub const DEFAULT_DISCOUNT_BASIS_POINTS: u32 = 100;

impl Default for ShopSettings {
    fn default() -> ShopSettings {
        ShopSettings::for_locale(DEFAULT_LOCALE)
    }
}

impl ShopSettings {
    /// Settings that follow a locale's usual currency and phone country.
    pub fn for_locale(code: &str) -> ShopSettings {
        let l = find_locale(code).unwrap_or(&LOCALES[0]);
        ShopSettings {
            shop_name: String::new(),
            locale: l.code.to_string(),
            currency: l.currency.to_string(),
            phone_country: l.phone_country.to_string(),
            language: String::new(),
            margin_percent: DEFAULT_MARGIN_PERCENT,
            discount_basis_points: DEFAULT_DISCOUNT_BASIS_POINTS,
            time_zone: String::new(),
        }
    }

    /// The time zone in use: the one chosen, else the computer's, else UTC.
    pub fn zone(&self) -> chrono_tz::Tz {
        time_zone_named(&self.time_zone)
            .or_else(system_time_zone)
            .unwrap_or(chrono_tz::UTC)
    }

    /// Whether the zone in use is the computer's (none was chosen).
    pub fn zone_is_computers(&self) -> bool {
        time_zone_named(&self.time_zone).is_none()
    }

    /// The margin as a share (0 to 1).
    pub fn margin(&self) -> f64 {
        f64::from(self.margin_percent) / 100.0
    }

    /// The monthly discount rate as a share (0.01 for 1%).
    pub fn discount_monthly(&self) -> f64 {
        f64::from(self.discount_basis_points) / 10_000.0
    }

    /// The language the window speaks: the one chosen, else the computer's when Clientele
    /// speaks it, else English.
    pub fn window_language(&self) -> crate::text::Lang {
        crate::text::Lang::from_code(&self.language)
            .filter(|&l| l != crate::text::Lang::Pseudo)
            .or_else(system_language)
            .unwrap_or_default()
    }

    pub fn locale(&self) -> &'static Locale {
        find_locale(&self.locale).unwrap_or(&LOCALES[0])
    }

    /// How ambiguous numeric dates are read when a file does not tell.
    pub fn date_order(&self) -> DateOrder {
        if self.locale().day_first {
            DateOrder::DayFirst
        } else {
            DateOrder::MonthFirst
        }
    }

    /// The CSV delimiter of exports: `;` where the decimal separator is a comma.
    pub fn csv_delimiter(&self) -> u8 {
        if self.locale().decimal_comma {
            b';'
        } else {
            b','
        }
    }

    /// Checks what an owner typed; the message says what is wrong in plain words.
    pub fn validate(&self) -> Result<(), Invalid> {
        if find_locale(&self.locale).is_none() {
            return Err(Invalid::Locale(self.locale.clone()));
        }
        let c = self.currency.trim();
        if c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_alphabetic()) {
            return Err(Invalid::Currency(self.currency.clone()));
        }
        if crate::clean::phone_region(&self.phone_country).is_none() {
            return Err(Invalid::Country(self.phone_country.clone()));
        }
        if self.shop_name.chars().count() > SHOP_NAME_MAX {
            return Err(Invalid::ShopNameTooLong { max: SHOP_NAME_MAX });
        }
        if self.margin_percent > 100 {
            return Err(Invalid::Margin(self.margin_percent));
        }
        if self.discount_basis_points > MAX_DISCOUNT_BASIS_POINTS {
            return Err(Invalid::Discount(self.discount_basis_points));
        }
        if !means_system_zone(&self.time_zone) && time_zone_named(&self.time_zone).is_none() {
            return Err(Invalid::TimeZone(self.time_zone.clone()));
        }
        Ok(())
    }

    /// The settings with codes in their usual case (`fr-fr` becomes `fr-FR`, `eur` `EUR`).
    pub fn normalised(mut self) -> ShopSettings {
        if let Some(l) = find_locale(&self.locale) {
            self.locale = l.code.to_string();
        }
        self.currency = self.currency.trim().to_ascii_uppercase();
        self.phone_country = self.phone_country.trim().to_ascii_uppercase();
        self.shop_name = self.shop_name.trim().to_string();
        self.language = crate::text::Lang::from_code(&self.language)
            .filter(|&l| l != crate::text::Lang::Pseudo)
            .map_or("", |l| l.code())
            .to_string();
        self.time_zone = if means_system_zone(&self.time_zone) {
            String::new()
        } else {
            self.time_zone.trim().to_string()
        };
        self
    }
}

/// The longest shop name, in characters.
const SHOP_NAME_MAX: usize = 200;

/// Why settings cannot be saved (put in words by [`crate::text`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// A locale Clientele does not know (one of [`LOCALES`] is needed).
    Locale(String),
    /// Not a three-letter currency code.
    Currency(String),
    /// Not a two-letter country code.
    Country(String),
    /// The shop's name is too long.
    ShopNameTooLong {
        /// The most characters it may have.
        max: usize,
    },
    /// A margin above 100 percent.
    Margin(u32),
    /// A monthly discount rate above the highest, in hundredths of a percent.
    Discount(u32),
    /// A time zone the tz database does not know (an IANA name such as `Europe/Paris` is
    /// needed).
    TimeZone(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_locale_names_are_read() {
        assert_eq!(
            locale_of_posix("en_US.UTF-8").map(|l| l.code),
            Some("en-US")
        );
        assert_eq!(locale_of_posix("de_DE@euro").map(|l| l.code), Some("de-DE"));
        assert_eq!(locale_of_posix("zh-CN").map(|l| l.code), Some("zh-CN"));
        assert_eq!(locale_of_posix("ru").map(|l| l.code), Some("ru-RU"));
        assert_eq!(locale_of_posix("C.UTF-8"), None);
        assert_eq!(locale_of_posix("POSIX"), None);
        assert_eq!(locale_of_posix("ja_JP.UTF-8"), None);
    }

    #[test]
    fn the_locale_decides_dates_and_delimiters() {
        let fr = ShopSettings::for_locale("fr-fr");
        assert_eq!(fr.locale, "fr-FR");
        assert_eq!(
            (fr.currency.as_str(), fr.phone_country.as_str()),
            ("EUR", "FR")
        );
        assert_eq!(fr.date_order(), DateOrder::DayFirst);
        assert_eq!(fr.csv_delimiter(), b';');
        let us = ShopSettings::for_locale("en-US");
        assert_eq!(us.date_order(), DateOrder::MonthFirst);
        assert_eq!(us.csv_delimiter(), b',');
        assert!(us.locale().letter_paper);
        assert_eq!(ShopSettings::default().locale, DEFAULT_LOCALE);
    }

    #[test]
    fn bad_settings_are_explained() {
        let mut s = ShopSettings::default();
        assert_eq!(s.validate(), Ok(()));
        s.locale = "xx-YY".into();
        assert_eq!(s.validate(), Err(Invalid::Locale("xx-YY".into())));
        let s = ShopSettings {
            currency: "euro".into(),
            ..ShopSettings::default()
        };
        assert_eq!(s.validate(), Err(Invalid::Currency("euro".into())));
        let s = ShopSettings {
            phone_country: "France".into(),
            ..ShopSettings::default()
        };
        assert_eq!(s.validate(), Err(Invalid::Country("France".into())));
        let s = ShopSettings {
            shop_name: "x".repeat(201),
            ..ShopSettings::default()
        };
        assert_eq!(s.validate(), Err(Invalid::ShopNameTooLong { max: 200 }));
        let s = ShopSettings {
            margin_percent: 101,
            ..ShopSettings::default()
        };
        assert_eq!(s.validate(), Err(Invalid::Margin(101)));
        let s = ShopSettings {
            discount_basis_points: 2_001,
            ..ShopSettings::default()
        };
        assert_eq!(s.validate(), Err(Invalid::Discount(2_001)));
        let s = ShopSettings {
            margin_percent: 35,
            discount_basis_points: 150,
            ..ShopSettings::default()
        };
        assert_eq!(s.validate(), Ok(()));
        assert!((s.margin() - 0.35).abs() < 1e-15);
        assert!((s.discount_monthly() - 0.015).abs() < 1e-15);
        let s = ShopSettings {
            shop_name: "  Fleurs ".into(),
            locale: "en-gb".into(),
            currency: "gbp".into(),
            phone_country: "gb".into(),
            language: "FR-ca".into(),
            ..ShopSettings::default()
        }
        .normalised();
        assert_eq!(s.language, "fr");
        assert_eq!(s.window_language(), crate::text::Lang::Fr);
        assert_eq!(s.locale, "en-GB");
        assert_eq!(s.currency, "GBP");
        assert_eq!(s.shop_name, "Fleurs");
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn the_time_zone_is_chosen_or_the_computers() {
        assume_system_time_zone(Some(chrono_tz::Asia::Yerevan));
        let s = ShopSettings::default();
        assert_eq!(s.time_zone, "");
        assert_eq!(s.zone(), chrono_tz::Asia::Yerevan);
        assert!(s.zone_is_computers());
        let s = ShopSettings {
            time_zone: " Europe/Paris ".into(),
            ..ShopSettings::default()
        }
        .normalised();
        assert_eq!(s.time_zone, "Europe/Paris");
        assert_eq!(s.validate(), Ok(()));
        assert_eq!(s.zone(), chrono_tz::Europe::Paris);
        assert!(!s.zone_is_computers());
        for system in ["system", "System", "  "] {
            let s = ShopSettings {
                time_zone: system.into(),
                ..ShopSettings::default()
            };
            assert_eq!(s.validate(), Ok(()), "{system:?}");
            assert_eq!(s.normalised().time_zone, "");
        }
        for bad in ["Europe/Pariss", "Paris", "+01:00", "europe/paris"] {
            let s = ShopSettings {
                time_zone: bad.into(),
                ..ShopSettings::default()
            };
            assert_eq!(s.validate(), Err(Invalid::TimeZone(bad.into())), "{bad}");
        }
        assert_eq!(time_zone_named("UTC"), Some(chrono_tz::UTC));
        assert_eq!(time_zone_named(""), None);
    }
}
