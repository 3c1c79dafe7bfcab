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

/// A person's name (or a place) reduced to a comparison key in Latin letters: compatibility
/// forms unified (NFKC), every script transliterated (Cyrillic, Greek, Armenian to Latin;
/// Chinese to pinyin without tones), lower case, punctuation dropped, spaces collapsed.
/// `"Иван"` gives `"ivan"`, `"D'Arcy-Smith"` gives `"darcy smith"`, `"王伟"` gives `"wang wei"`.
pub fn name_key(raw: &str) -> String {
    name_key_with(raw, &EASTERN_ARMENIAN)
}

/// [`name_key`] of a name holding Armenian letters, read as Western Armenian is spoken
/// and as its speakers write their names in Latin letters: six pairs of consonants
/// exchange their voice (բ p, պ b, գ k, կ g, դ t, տ d, ջ ch, ճ j, ձ ts, ծ dz), so
/// Գևորգ is kevork where Eastern Armenian reads gevorg, Պողոսյան boghosyan, Հակոբ hagop.
/// `None` for a name without Armenian letters.
pub fn western_armenian_name_key(raw: &str) -> Option<String> {
    raw.chars()
        .any(|c| armenian_letter(c).is_some() || c == 'և')
        .then(|| name_key_with(raw, &WESTERN_ARMENIAN))
}

fn name_key_with(raw: &str, armenian: &[&str; 38]) -> String {
    // ASCII text is already in Latin letters and in NFKC form: skip both passes.
    let latin: std::borrow::Cow<str> = if raw.bytes().all(|c| c < 0x7F) {
        raw.into()
    } else {
        let nfkc: String = raw.nfkc().collect();
        let nfkc = armenian_digraphs(&nfkc, armenian);
        deunicode::deunicode_with_tofu(&nfkc, " ").into()
    };
    let mut out = String::with_capacity(latin.len());
    let mut space = false;
    for c in latin.chars() {
        if c.is_ascii_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '.' && !space {
            // O'Brien and J.P. keep their letters together.
        } else {
            space = true;
        }
    }
    out
}

/// Latin for the capitals Ա..Ֆ (U+0531..U+0556) as Eastern Armenian reads them; small
/// letters are 0x30 above them.
const EASTERN_ARMENIAN: [&str; 38] = [
    "a", "b", "g", "d", "e", "z", "e", "e", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz", "gh",
    "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "v", "p", "k",
    "o", "f",
];

/// The same as Western Armenian reads them (see [`western_armenian_name_key`]).
const WESTERN_ARMENIAN: [&str; 38] = [
    "a", "p", "k", "t", "e", "z", "e", "e", "t", "zh", "i", "l", "kh", "dz", "g", "h", "ts", "gh",
    "j", "m", "y", "n", "sh", "o", "ch", "b", "ch", "r", "s", "v", "d", "r", "ts", "v", "p", "k",
    "o", "f",
];

/// The index of an Armenian letter (capital or small) among Ա..Ֆ.
fn armenian_letter(c: char) -> Option<usize> {
    let u = c as u32;
    match u {
        0x0531..=0x0556 => Some((u - 0x0531) as usize),
        0x0561..=0x0586 => Some((u - 0x0561) as usize),
        _ => None,
    }
}

/// Armenian text in Latin letters as Armenians write their names, where the
/// letter-by-letter transliteration spells otherwise: `ու` is u (not "ow"), `և` is ev
/// (not "ew"), `ռ` is r (not "rh"), and a word begins with vo for `ո` and ye for `ե`.
/// Ռուբեն is ruben, Լևոնյան levonyan, Երվանդ yervand, Ոսկանյան voskanyan. Other text
/// is returned as is.
fn armenian_digraphs<'t>(text: &'t str, latin: &[&str; 38]) -> std::borrow::Cow<'t, str> {
    let letter = armenian_letter;
    if !text.chars().any(|c| letter(c).is_some() || c == 'և') {
        return text.into();
    }
    const O: usize = 'Ո' as usize - 0x0531;
    const YIWN: usize = 'Ւ' as usize - 0x0531;
    const ECH: usize = 'Ե' as usize - 0x0531;
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts_word = i == 0 || !chars[i - 1].is_alphabetic();
        match letter(c) {
            Some(O) if chars.get(i + 1).copied().and_then(letter) == Some(YIWN) => {
                out.push('u');
                i += 1;
            }
            Some(O) if starts_word => out.push_str("vo"),
            Some(ECH) if starts_word => out.push_str("ye"),
            Some(k) => out.push_str(latin[k]),
            None if c == 'և' => out.push_str("ev"),
            None => out.push(c),
        }
        i += 1;
    }
    out.into()
}

/// Street abbreviations written out, so `"12 r. Victor Hugo"` and `"12 rue Victor Hugo"`
/// compare equal. The key is the [`name_key`] of the text with each known abbreviation
/// (French and English) replaced by its full word.
pub fn street_key(raw: &str) -> String {
    let key = name_key(raw);
    let mut out = String::with_capacity(key.len() + 8);
    for word in key.split(' ') {
        let full = match word {
            "r" => "rue",
            "av" | "ave" | "avn" => "avenue",
            "bd" | "bld" | "blvd" | "boul" => "boulevard",
            "pl" => "place",
            "ch" | "chem" => "chemin",
            "imp" => "impasse",
            "rte" => "route",
            "fg" | "fbg" => "faubourg",
            "st" | "str" => "street",
            "rd" => "road",
            "dr" | "drv" => "drive",
            "ln" => "lane",
            "ct" | "crt" => "court",
            "cres" | "cr" => "crescent",
            "cct" | "cir" => "circuit",
            "pde" => "parade",
            "hwy" => "highway",
            "tce" | "ter" => "terrace",
            "sq" => "square",
            "pk" => "park",
            "mt" => "mount",
            "ul" => "ulitsa",
            "pr" | "pr-t" | "prosp" => "prospekt",
            other => other,
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(full);
    }
    out
}

/// A phone number in E.164 (`+33612345678`), read the way the shop's default country
/// writes national numbers (`default_country`: a two-letter region such as "FR"). Numbers
/// already written internationally (`+`, `00`) keep their country. When the number cannot
/// be read as a phone number of any country, its digits (at least 6) are the key instead.
pub fn phone_e164(raw: &str, default_country: Option<phonenumber::country::Id>) -> Option<String> {
    PhoneKeys::new(default_country).e164(raw)
}

/// Reads phone numbers as E.164 for one shop country, quickly: international and
/// trunk-prefixed national numbers (`06 12 34 56 78` in France) without the full parser,
/// anything else through the phonenumber crate's metadata.
#[derive(Clone, Debug)]
pub struct PhoneKeys {
    region: Option<phonenumber::country::Id>,
    calling_code: String,
    trunk: Option<String>,
}

impl PhoneKeys {
    pub fn new(region: Option<phonenumber::country::Id>) -> PhoneKeys {
        let meta = region.and_then(|r| phonenumber::metadata::DATABASE.by_id(r.as_ref()));
        PhoneKeys {
            region,
            calling_code: meta
                .map(|m| m.country_code().to_string())
                .unwrap_or_default(),
            trunk: meta.and_then(|m| m.national_prefix()).map(str::to_string),
        }
    }

    /// The E.164 form of `raw` (see [`phone_e164`]).
    pub fn e164(&self, raw: &str) -> Option<String> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return None;
        }
        let d = digits(trimmed);
        if trimmed.starts_with('+') || d.starts_with("00") {
            // "+33 (0)6 12 34 56 78": the trunk 0 in brackets is dialled only from inside
            // the country, never after the country code.
            let d = match trimmed.split_once("(0)") {
                Some((before, after)) if !digits(before).is_empty() => {
                    format!("{}{}", digits(before), digits(after))
                }
                _ => d,
            };
            let rest = d.strip_prefix("00").unwrap_or(&d);
            return (rest.len() >= 6).then(|| format!("+{rest}"));
        }
        if let Some(trunk) = self.trunk.as_deref().filter(|t| !t.is_empty())
            && let Some(national) = d.strip_prefix(trunk)
            && national.len() >= 6
            && !national.starts_with('0')
            && !self.calling_code.is_empty()
        {
            return Some(format!("+{}{national}", self.calling_code));
        }
        if let Ok(number) = phonenumber::parse(self.region, trimmed) {
            let national = number.national();
            let zeros = "0".repeat(usize::from(national.zeros()));
            let e164 = format!("+{}{}{}", number.code().value(), zeros, national.value());
            if e164.len() >= 7 {
                return Some(e164);
            }
        }
        (d.len() >= 6).then_some(d)
    }
}

/// Whether a phone number in E.164 (`+33145678912`) is a fixed line by its country's
/// numbering plan (libphonenumber's metadata): `false` for a mobile, for a number whose
/// country does not tell the two apart (the United States' numbers are both), and for
/// anything that cannot be read.
pub fn is_fixed_line(e164: &str) -> bool {
    if !e164.starts_with('+') {
        return false;
    }
    phonenumber::parse(None, e164).is_ok_and(|n| {
        n.number_type(&phonenumber::metadata::DATABASE) == phonenumber::Type::FixedLine
    })
}

/// The region (for [`phone_e164`]) of a two-letter country code such as "FR" or "us".
pub fn phone_region(code: &str) -> Option<phonenumber::country::Id> {
    code.trim().to_ascii_uppercase().parse().ok()
}

/// The calling code of a country ("FR" gives "33", "US" "1"), if known.
pub fn calling_code(country: &str) -> Option<String> {
    let id = country.trim().to_ascii_uppercase();
    phonenumber::metadata::DATABASE
        .by_id(id.as_str())
        .map(|m| m.country_code().to_string())
}

#[cfg(test)]
mod match_key_tests {
    use super::*;

    #[test]
    fn fixed_lines_are_told_from_mobiles_where_the_plan_tells() {
        assert!(is_fixed_line("+33145678912"), "Paris");
        assert!(is_fixed_line("+442079460000"), "London");
        assert!(!is_fixed_line("+33612345678"), "a French mobile");
        assert!(!is_fixed_line("+447700900123"), "a British mobile");
        assert!(
            !is_fixed_line("+12025550123"),
            "either kind in the United States"
        );
        assert!(!is_fixed_line("0145678912"), "not in E.164");
        assert!(!is_fixed_line("+"), "nothing");
    }

    #[test]
    fn names_in_any_script_become_latin_keys() {
        assert_eq!(name_key("Иван"), "ivan");
        assert_eq!(name_key("ПЕТРОВ"), "petrov");
        assert_eq!(name_key("D'Arcy-Smith"), "darcy smith");
        assert_eq!(name_key("  Zoë   ÉLODIE "), "zoe elodie");
        assert_eq!(name_key("王伟"), "wang wei");
        assert_eq!(name_key("Αλέξης"), "alexes");
        assert!(name_key("Արամ").starts_with("ar"), "{}", name_key("Արամ"));
        assert_eq!(name_key("J. Dupont"), "j dupont");
        assert_eq!(name_key("ｊｅａｎ"), "jean");
    }

    #[test]
    fn armenian_names_key_as_armenians_write_them_in_latin_letters() {
        for (armenian, latin) in [
            ("Ռուբեն", "ruben"),
            ("ՌՈՒԲԵՆ", "ruben"),
            ("Սուրեն", "suren"),
            ("Լևոնյան", "levonyan"),
            ("Գևորգյան", "gevorgyan"),
            ("Հարությունյան", "harutyunyan"),
            ("Երվանդ", "yervand"),
            ("Եղիազարյան", "yeghiazaryan"),
            ("Ոսկանյան", "voskanyan"),
            ("Հռիփսիմե", "hripsime"),
            ("Տաթևիկ", "tatevik"),
            ("Արմեն Ուրարտու", "armen urartu"),
        ] {
            assert_eq!(name_key(armenian), latin, "{armenian}");
        }
    }

    #[test]
    fn street_abbreviations_are_written_out() {
        assert_eq!(street_key("12 r. Victor-Hugo"), "12 rue victor hugo");
        assert_eq!(street_key("12, Rue Victor Hugo"), "12 rue victor hugo");
        assert_eq!(street_key("3 Bd St-Michel"), "3 boulevard street michel");
        assert_eq!(street_key("5 Baker St"), "5 baker street");
        assert_eq!(street_key("5 baker street"), "5 baker street");
        assert_eq!(street_key("7 Av. Foch"), street_key("7 avenue Foch"));
    }

    #[test]
    fn phones_become_e164_with_the_shop_country() {
        let fr = phone_region("fr");
        let want = Some("+33612345678".to_string());
        assert_eq!(phone_e164("06 12 34 56 78", fr), want);
        assert_eq!(phone_e164("+33 6 12 34 56 78", fr), want);
        assert_eq!(phone_e164("0033 612 345 678", fr), want);
        assert_eq!(phone_e164("06.12.34.56.78", fr), want);
        assert_eq!(phone_e164("+33 (0)612345678", fr), want);
        assert_eq!(phone_e164("+33 (0) 6 12 34 56 78", fr), want);
        assert_eq!(phone_e164("0033 (0)6 12 34 56 78", fr), want);
        assert_eq!(
            phone_e164("(415) 555-2671", phone_region("US")).as_deref(),
            Some("+14155552671")
        );
        assert_eq!(
            phone_e164("8 (912) 000-11-22", phone_region("RU")).as_deref(),
            Some("+79120001122")
        );
        assert_eq!(phone_e164("", fr), None);
        assert_eq!(calling_code("fr").as_deref(), Some("33"));
        assert_eq!(calling_code("US").as_deref(), Some("1"));
        assert_eq!(calling_code("AM").as_deref(), Some("374"));
        assert_eq!(calling_code("XX"), None);
        assert_eq!(phone_e164("12", fr), None);
    }
}
