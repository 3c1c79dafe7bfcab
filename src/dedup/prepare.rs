//! Records reduced to the comparison keys the matcher works on (names in Latin letters,
//! phonetic codes, E.164 phones, written-out streets, birth dates as yyyymmdd).

use crate::clean;
use rphonetic::{DoubleMetaphone, Encoder};

use super::Record;

/// One contact, ready to compare. Empty strings mean "not known". The keys are held one
/// after another in one text: a million contacts then take one allocation each instead of
/// sixteen, which keeps detection on a large shop within its memory (docs/decisions.md).
#[derive(Clone, Debug, Default)]
pub struct Prepared {
    /// Every key, in the order of [`Key`].
    text: Box<str>,
    /// Where each key ends in `text`.
    ends: [u32; KEYS],
    /// Has a name, an e-mail or a phone: enough to judge whether it is someone else.
    pub judgeable: bool,
    /// The first name / surname is written in Chinese characters: compared as written
    /// (a toneless pinyin key makes different names look alike).
    pub first_han: bool,
    pub last_han: bool,
    /// The phone is a fixed line, as libphonenumber's metadata for its country tells
    /// (not a mobile, nor a number of a country where the two cannot be told apart): a
    /// household's phone rather than a person's. Set by the detection for the numbers two
    /// records hold ([`crate::clean::is_fixed_line`]).
    pub phone_fixed: bool,
    /// The other forms of the first name that the shop's own records write for it (Vika
    /// for Viktoria), as [`super::forms`] learns them; `None` for most names.
    pub first_forms: Option<std::sync::Arc<[Box<str>]>>,
}

/// The keys of a [`Prepared`] record, in the order they are held.
#[derive(Clone, Copy)]
enum Key {
    First,
    Last,
    FirstSound,
    LastSound,
    Birth,
    Email,
    Phone,
    StreetNo,
    Street,
    Address,
    Street2,
    City,
    Postcode,
    Region,
    FirstChars,
    LastChars,
    FirstWestern,
    LastWestern,
}

const KEYS: usize = 18;

/// A record's keys, to make a [`Prepared`] of (see its accessors for what each holds).
#[derive(Clone, Copy, Debug, Default)]
pub struct Keys<'a> {
    pub first: &'a str,
    pub last: &'a str,
    pub first_sound: &'a str,
    pub last_sound: &'a str,
    pub birth: &'a str,
    pub email: &'a str,
    pub phone: &'a str,
    pub street_no: &'a str,
    pub street: &'a str,
    pub address: &'a str,
    pub street2: &'a str,
    pub city: &'a str,
    pub postcode: &'a str,
    pub region: &'a str,
    pub first_chars: &'a str,
    pub last_chars: &'a str,
    pub first_western: &'a str,
    pub last_western: &'a str,
    pub judgeable: bool,
    pub first_han: bool,
    pub last_han: bool,
}

impl From<Keys<'_>> for Prepared {
    fn from(k: Keys<'_>) -> Prepared {
        let parts = [
            k.first,
            k.last,
            k.first_sound,
            k.last_sound,
            k.birth,
            k.email,
            k.phone,
            k.street_no,
            k.street,
            k.address,
            k.street2,
            k.city,
            k.postcode,
            k.region,
            k.first_chars,
            k.last_chars,
            k.first_western,
            k.last_western,
        ];
        let mut text = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        let mut ends = [0u32; KEYS];
        for (end, part) in ends.iter_mut().zip(parts) {
            text.push_str(part);
            // Keys come from one contact's fields: a record of four gigabytes is no contact.
            *end = u32::try_from(text.len()).unwrap_or(u32::MAX);
        }
        Prepared {
            text: text.into_boxed_str(),
            ends,
            judgeable: k.judgeable,
            first_han: k.first_han,
            last_han: k.last_han,
            phone_fixed: false,
            first_forms: None,
        }
    }
}

impl Prepared {
    fn key(&self, key: Key) -> &str {
        let i = key as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.text.get(start..self.ends[i] as usize).unwrap_or("")
    }

    /// The first name in Latin letters, lower case, accents left out.
    pub fn first(&self) -> &str {
        self.key(Key::First)
    }

    /// The surname, keyed like the first name.
    pub fn last(&self) -> &str {
        self.key(Key::Last)
    }

    /// The sound of the first name (Double Metaphone).
    pub fn first_sound(&self) -> &str {
        self.key(Key::FirstSound)
    }

    /// The sound of the surname.
    pub fn last_sound(&self) -> &str {
        self.key(Key::LastSound)
    }

    /// The birth date as `yyyymmdd`.
    pub fn birth(&self) -> &str {
        self.key(Key::Birth)
    }

    /// The e-mail, trimmed and in lower case.
    pub fn email(&self) -> &str {
        self.key(Key::Email)
    }

    /// The phone in E.164.
    pub fn phone(&self) -> &str {
        self.key(Key::Phone)
    }

    /// The house number.
    pub fn street_no(&self) -> &str {
        self.key(Key::StreetNo)
    }

    /// The street without its house number, abbreviations written out.
    pub fn street(&self) -> &str {
        self.key(Key::Street)
    }

    /// House number, street, town and postcode in one key ("" without a street): two
    /// records with the same key live at the same address.
    pub fn address(&self) -> &str {
        self.key(Key::Address)
    }

    /// The address line 2.
    pub fn street2(&self) -> &str {
        self.key(Key::Street2)
    }

    pub fn city(&self) -> &str {
        self.key(Key::City)
    }

    pub fn postcode(&self) -> &str {
        self.key(Key::Postcode)
    }

    pub fn region(&self) -> &str {
        self.key(Key::Region)
    }

    /// The first name as written in Chinese characters, spaces left out ("" for a name in
    /// another script).
    pub fn first_chars(&self) -> &str {
        self.key(Key::FirstChars)
    }

    /// The surname likewise: 许 and 徐 are two surnames with one pinyin key, `xu`.
    pub fn last_chars(&self) -> &str {
        self.key(Key::LastChars)
    }

    /// The first name written in Armenian letters, keyed as Western Armenian reads it
    /// ([`clean::western_armenian_name_key`]); "" for a name in another script.
    pub fn first_western(&self) -> &str {
        self.key(Key::FirstWestern)
    }

    /// The surname likewise.
    pub fn last_western(&self) -> &str {
        self.key(Key::LastWestern)
    }
}

/// A name written in Chinese characters, spaces left out; "" for a name in another script.
fn han_chars(raw: &str, han: bool) -> String {
    if han {
        raw.chars().filter(|c| !c.is_whitespace()).collect()
    } else {
        String::new()
    }
}

/// Whether a text holds Chinese characters (CJK unified ideographs).
fn is_han(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}'))
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

/// Birth dates as eight digits (`yyyymmdd`) when the text holds a date written as
/// ISO, yyyymmdd or with separators; otherwise its digits as written.
fn birth_key(raw: &str) -> String {
    let d = clean::digits(raw);
    if d.len() == 8 {
        // dd/mm/yyyy or dd.mm.yyyy written with separators: put the year first.
        let t = raw.trim();
        let sep_first = t.len() >= 3 && !t.as_bytes()[2].is_ascii_digit();
        if sep_first {
            return format!("{}{}{}", &d[4..8], &d[2..4], &d[0..2]);
        }
    }
    d
}

/// Splits a street into its leading house number and the rest.
fn split_street(key: &str) -> (String, String) {
    let (first, rest) = key.split_once(' ').unwrap_or((key, ""));
    let digits = first.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return (String::new(), key.to_string());
    }
    let tail = &first[digits..];
    let word = tail.len() >= 2
        && tail.bytes().all(|b| b.is_ascii_alphabetic())
        && !matches!(tail, "bis" | "ter" | "quater");
    if word {
        // "141rue legrand": the space after the number was left out.
        let street = clean::street_key(&format!("{tail} {rest}"));
        return (first[..digits].to_string(), street);
    }
    (first.to_string(), rest.to_string())
}

pub struct Preparer {
    metaphone: DoubleMetaphone,
    phones: clean::PhoneKeys,
}

impl Preparer {
    pub fn new(region: Option<phonenumber::country::Id>) -> Preparer {
        Preparer {
            metaphone: DoubleMetaphone::default(),
            phones: clean::PhoneKeys::new(region),
        }
    }

    fn sound(&self, key: &str) -> String {
        if key.is_empty() {
            return String::new();
        }
        // The code of the whole name without spaces, so "de la cruz" and "delacruz" agree.
        let joined: String = key.chars().filter(|c| c.is_ascii_alphabetic()).collect();
        if joined.is_empty() {
            return String::new();
        }
        self.metaphone.encode(&joined)
    }

    pub fn prepare(&self, r: &Record) -> Prepared {
        let mut first = clean::name_key(opt(&r.first_name));
        let mut last = clean::name_key(opt(&r.last_name));
        if first.is_empty() && last.is_empty() {
            // A company without a person's name is known by the company name.
            last = clean::name_key(opt(&r.company));
        }
        if last.is_empty() {
            // "Jean Dupont" typed in one field.
            if let Some((a, b)) = first.clone().rsplit_once(' ') {
                first = a.to_string();
                last = b.to_string();
            }
        }
        // "ks" and "x" spell one sound in transliterated names (Kseniya, Xeniya; Aleksandr,
        // Alexandr): keyed alike. Pinyin has no "ks", so Chinese names are untouched.
        for key in [&mut first, &mut last] {
            if key.contains("ks") {
                *key = key.replace("ks", "x");
            }
        }
        // A Chinese name's syllables are written together in Latin letters ("Xiaoming",
        // "Ouyang"): its pinyin key is too.
        let first_han = is_han(opt(&r.first_name));
        let last_han = is_han(opt(&r.last_name));
        if first_han {
            first.retain(|c| c != ' ');
        }
        if last_han {
            last.retain(|c| c != ' ');
        }
        let street_full = clean::street_key(opt(&r.street));
        let (street_no, street) = split_street(&street_full);
        let email = clean::email_key(opt(&r.email)).unwrap_or_default();
        let phone = self.phones.e164(opt(&r.phone)).unwrap_or_default();
        let city = clean::name_key(opt(&r.city));
        let postcode = clean::name_key(opt(&r.postcode)).replace(' ', "");
        let address = if street.is_empty() {
            String::new()
        } else {
            format!("{street_no}|{street}|{city}|{postcode}")
        };
        let judgeable =
            !first.is_empty() || !last.is_empty() || !email.is_empty() || !phone.is_empty();
        let (first_sound, last_sound) = (self.sound(&first), self.sound(&last));
        let birth = birth_key(opt(&r.birth_date));
        let street2 = clean::street_key(opt(&r.street2));
        let region = clean::name_key(opt(&r.region));
        let (first_chars, last_chars) = (
            han_chars(opt(&r.first_name), first_han),
            han_chars(opt(&r.last_name), last_han),
        );
        // Western Armenian keys, transformed as the names' own keys are (the name typed in
        // one field split, "ks" as "x").
        let (mut first_western, mut last_western) = (
            clean::western_armenian_name_key(opt(&r.first_name)).unwrap_or_default(),
            clean::western_armenian_name_key(opt(&r.last_name)).unwrap_or_default(),
        );
        if opt(&r.last_name).trim().is_empty()
            && let Some((a, b)) = first_western.clone().rsplit_once(' ')
        {
            first_western = a.to_string();
            last_western = b.to_string();
        }
        for key in [&mut first_western, &mut last_western] {
            if key.contains("ks") {
                *key = key.replace("ks", "x");
            }
        }
        Prepared::from(Keys {
            first: &first,
            last: &last,
            first_sound: &first_sound,
            last_sound: &last_sound,
            birth: &birth,
            email: &email,
            phone: &phone,
            street_no: &street_no,
            street: &street,
            address: &address,
            street2: &street2,
            city: &city,
            postcode: &postcode,
            region: &region,
            first_chars: &first_chars,
            last_chars: &last_chars,
            first_western: &first_western,
            last_western: &last_western,
            judgeable,
            first_han,
            last_han,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_becomes_keys() {
        let p = Preparer::new(clean::phone_region("FR"));
        let r = Record {
            first_name: Some("Иван".into()),
            last_name: Some("Петров".into()),
            phone: Some("06 12 34 56 78".into()),
            street: Some("12 r. de la Paix".into()),
            birth_date: Some("1980-03-04".into()),
            email: Some(" Ivan.P@Mail.RU ".into()),
            ..Record::default()
        };
        let k = p.prepare(&r);
        assert_eq!(k.first(), "ivan");
        assert_eq!(k.last(), "petrov");
        assert_eq!(k.phone(), "+33612345678");
        assert_eq!(k.street_no(), "12");
        assert_eq!(k.street(), "rue de la paix");
        for (street, number, rest) in [
            ("141rue Legrand", "141", "rue legrand"),
            ("12av. Foch", "12", "avenue foch"),
            ("12bis rue Nationale", "12bis", "rue nationale"),
            ("12 B rue Nationale", "12", "b rue nationale"),
            ("7", "7", ""),
            ("Place du Marché", "", "place du marche"),
        ] {
            let k = p.prepare(&Record {
                street: Some(street.into()),
                ..r.clone()
            });
            assert_eq!((k.street_no(), k.street()), (number, rest), "{street}");
        }
        assert_eq!(k.birth(), "19800304");
        assert_eq!(k.email(), "ivan.p@mail.ru");
        assert!(k.judgeable);
        assert_eq!(birth_key("04/03/1980"), "19800304");
        assert_eq!(birth_key("19800304"), "19800304");
    }

    #[test]
    fn every_key_reads_back_as_it_was_given() {
        let keys = Keys {
            first: "anna",
            last: "",
            first_sound: "AN",
            last_sound: "",
            birth: "19800304",
            email: "anna@example.fr",
            phone: "+33612345678",
            street_no: "12",
            street: "rue de la paix",
            address: "12|rue de la paix|paris|75002",
            street2: "bat b",
            city: "paris",
            postcode: "75002",
            region: "",
            first_chars: "安娜",
            last_chars: "王",
            first_western: "kevork",
            last_western: "",
            judgeable: true,
            first_han: true,
            last_han: false,
        };
        let p = Prepared::from(keys);
        let read = [
            p.first(),
            p.last(),
            p.first_sound(),
            p.last_sound(),
            p.birth(),
            p.email(),
            p.phone(),
            p.street_no(),
            p.street(),
            p.address(),
            p.street2(),
            p.city(),
            p.postcode(),
            p.region(),
            p.first_chars(),
            p.last_chars(),
            p.first_western(),
            p.last_western(),
        ];
        let given = [
            keys.first,
            keys.last,
            keys.first_sound,
            keys.last_sound,
            keys.birth,
            keys.email,
            keys.phone,
            keys.street_no,
            keys.street,
            keys.address,
            keys.street2,
            keys.city,
            keys.postcode,
            keys.region,
            keys.first_chars,
            keys.last_chars,
            keys.first_western,
            keys.last_western,
        ];
        assert_eq!(read, given);
        assert!(p.judgeable && p.first_han && !p.last_han);
        let empty = Prepared::default();
        assert_eq!((empty.first(), empty.last_chars()), ("", ""));
    }

    #[test]
    fn chinese_names_key_as_one_word_in_pinyin() {
        let p = Preparer::new(None);
        let han = p.prepare(&Record {
            first_name: Some("晓明".into()),
            last_name: Some("欧阳".into()),
            ..Record::default()
        });
        let latin = p.prepare(&Record {
            first_name: Some("Xiaoming".into()),
            last_name: Some("Ouyang".into()),
            ..Record::default()
        });
        assert_eq!((han.first(), han.last()), ("xiaoming", "ouyang"));
        assert_eq!((latin.first(), latin.last()), ("xiaoming", "ouyang"));
        // Latin names keep their spaces.
        let two = p.prepare(&Record {
            first_name: Some("Jean Pierre".into()),
            last_name: Some("De La Cruz".into()),
            ..Record::default()
        });
        assert_eq!((two.first(), two.last()), ("jean pierre", "de la cruz"));
    }

    #[test]
    fn ks_and_x_key_alike_in_names() {
        let p = Preparer::new(None);
        let key = |first: &str, last: &str| {
            let k = p.prepare(&Record {
                first_name: Some(first.into()),
                last_name: Some(last.into()),
                ..Record::default()
            });
            (k.first().to_string(), k.last().to_string())
        };
        assert_eq!(key("Kseniya", "Aleksandrova"), key("Xeniya", "Alexandrova"));
        assert_eq!(key("Ксения", "Максимова").0, "xeniia");
        assert_ne!(key("Kseniya", "Petrova"), key("Xenia", "Petrova"));
    }

    #[test]
    fn no_name_no_email_no_phone_cannot_be_judged() {
        let p = Preparer::new(None);
        let r = Record {
            city: Some("Lyon".into()),
            postcode: Some("69001".into()),
            ..Record::default()
        };
        assert!(!p.prepare(&r).judgeable);
    }

    #[test]
    fn a_full_name_in_one_field_is_split() {
        let p = Preparer::new(None);
        let r = Record {
            first_name: Some("Jean Dupont".into()),
            ..Record::default()
        };
        let k = p.prepare(&r);
        assert_eq!((k.first(), k.last()), ("jean", "dupont"));
    }
}
