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
