//! Cleaning: pure functions that normalise text for comparison and search.
//! No SQL, no UI; later issues add emails, phones, addresses and transliteration here.

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Folds text for matching: compatibility forms unified (NFKD), accents dropped, lower case.
/// `"Zoë ÉLODIE"` becomes `"zoe elodie"`; scripts without case or accents are kept as written.
pub fn fold(text: &str) -> String {
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Keeps only the ASCII digits of a text (phone numbers as typed in any format).
pub fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_drops_accents_and_case() {
        assert_eq!(fold("Zoë ÉLODIE"), "zoe elodie");
        assert_eq!(fold("Hélène Müller-Łukasz"), "helene muller-łukasz");
        assert_eq!(fold("ИВАН Петров"), "иван петров");
        assert_eq!(fold("王伟"), "王伟");
        assert_eq!(fold("Արամ"), "արամ");
        assert_eq!(fold("ﬁne"), "fine");
    }

    #[test]
    fn digits_of_a_phone() {
        assert_eq!(
            digits("+33 6 12-34.56 (78)"),
            "336123456 78".replace(' ', "")
        );
    }
}

/// A phone number reduced to a comparison key: its digits in international form, using
/// `country_code` (e.g. "33") for numbers written the national way with one leading 0.
/// `+33 6 12 34 56 78`, `0033612345678` and `06 12 34 56 78` all give `33612345678`.
/// None when fewer than 6 digits remain.
pub fn phone_key(raw: &str, country_code: &str) -> Option<String> {
    let d = digits(raw);
    let international = if let Some(rest) = d.strip_prefix("00") {
        rest.to_string()
    } else if raw.trim_start().starts_with('+') {
        d
    } else if let Some(rest) = d.strip_prefix('0') {
        format!("{country_code}{rest}")
    } else {
        d
    };
    (international.len() >= 6).then_some(international)
}

/// An e-mail address reduced to a comparison key: trimmed and lower case; None when empty.
pub fn email_key(raw: &str) -> Option<String> {
    let e = raw.trim().to_lowercase();
    (!e.is_empty()).then_some(e)
}

#[cfg(test)]
mod key_tests {
    use super::*;

    #[test]
    fn phones_in_any_format_share_a_key() {
        let key = Some("33612345678".to_string());
        assert_eq!(phone_key("+33 6 12 34 56 78", "33"), key);
        assert_eq!(phone_key("0033612345678", "33"), key);
        assert_eq!(phone_key("06.12.34.56.78", "33"), key);
        assert_eq!(
            phone_key("+7 912 000 11 22", "33").as_deref(),
            Some("79120001122")
        );
        assert_eq!(phone_key("12-34", "33"), None);
    }

    #[test]
    fn emails_ignore_case_and_spaces() {
        assert_eq!(
            email_key(" Jean.Dupont@Orange.FR "),
            Some("jean.dupont@orange.fr".into())
        );
        assert_eq!(email_key("  "), None);
    }
}
