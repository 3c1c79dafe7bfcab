//! Generator A: the multilingual shop of issue 19, on which the duplicate finder collapsed.
//!
//! Specification (taken from the issue's description of the file, nothing added that it
//! does not say, choices it leaves open marked *chosen*):
//!
//! - People live in France. Their names are French (70 % of people), Russian in Cyrillic
//!   (12 %), Chinese in Hanzi (12 %) or Armenian in Armenian script (6 %).
//! - Names come from a **small pool** (*chosen*: 40 French first names and 30 surnames,
//!   20 Russian first names and 12 surnames in both genders, 20 Chinese given names and
//!   15 surnames, 14 Armenian first names and 10 surnames), drawn uniformly, so many
//!   different people share a full name.
//! - Every person's first record is clean: all nine columns filled. The e-mail is the
//!   names in Latin letters and seven digits, `manon.david2708147@gmail.com`, at one of ten
//!   providers; the phone is a French mobile written in one of the four ways
//!   `0612345678`, `06.12.34.56.78`, `0033612345678`, `+33 6 12 34 56 78`; the address is
//!   a number, a street (`rue`, `avenue`, `boulevard`, `place`, `allée`, `impasse`) and one
//!   of twenty French cities with its postcode; the birth date is between 1940 and 2006.
//!   (*chosen*: no two people get the same mailbox or mobile number by chance; only a
//!   household shares a mailbox.)
//! - About **12 % of records** are a second or third record of someone (*chosen*: among
//!   people who have more, three in four have two records and one in four three). Each of
//!   them is made from the person's clean record with **three different damages** drawn
//!   uniformly among those that can apply to it: a typo in a name, names in upper case,
//!   accents dropped, the phone written another way, the e-mail removed, the same mailbox
//!   at another provider, the phone removed, the street abbreviated (`av.`, `bd`, `r.`),
//!   the Cyrillic name written in Latin letters, the birth date removed, first and last
//!   names swapped. (The e-mail is not both removed and moved; nor the phone.)
//! - About **1 % of people** share the e-mail, the address and the surname of someone else
//!   in their household and are different people (*chosen*: 0.5 % of new people join the
//!   household of the person made just before them, so about 1 % of people are in such a
//!   pair; the newcomer has another first name of the same gender, another birth date and
//!   another phone).
//! - Rows are shuffled; customer numbers are given after the shuffle, so nothing in a row
//!   tells which record came first.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{KeySet, PersonRecord, Script, has_accents, key, mailbox_word, pick, strip_accents};

/// Share of people written in each script: French, Russian, Chinese, Armenian.
pub const SCRIPT_SHARES: [(Script, f64); 4] = [
    (Script::Latin, 0.70),
    (Script::Cyrillic, 0.12),
    (Script::Hanzi, 0.12),
    (Script::Armenian, 0.06),
];

/// Target share of records that are a second or third record of someone.
pub const DUPLICATE_SHARE: f64 = 0.12;

/// Among people with more than one record, the share with three.
const THREE_RECORDS_SHARE: f64 = 0.25;

/// Chance that a new person joins the household of the person made just before.
pub const HOUSEHOLD_JOIN_CHANCE: f64 = 0.005;

/// Number of damages on every second or third record.
pub const DAMAGES_PER_DUPLICATE: usize = 3;

/// What was done to a duplicate record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Damage {
    NameTypo,
    UpperCase,
    AccentsDropped,
    PhoneFormat,
    EmailRemoved,
    EmailProvider,
    PhoneRemoved,
    StreetAbbreviated,
    Transliterated,
    BirthDateRemoved,
    NamesSwapped,
}

impl Damage {
    /// Every damage kind.
    pub const ALL: [Damage; 11] = [
        Damage::NameTypo,
        Damage::UpperCase,
        Damage::AccentsDropped,
        Damage::PhoneFormat,
        Damage::EmailRemoved,
        Damage::EmailProvider,
        Damage::PhoneRemoved,
        Damage::StreetAbbreviated,
        Damage::Transliterated,
        Damage::BirthDateRemoved,
        Damage::NamesSwapped,
    ];
}

/// A record with what the generator knows about it.
#[derive(Clone, Debug)]
pub struct Labelled {
    pub record: PersonRecord,
    pub script: Script,
    /// Empty for a person's clean first record.
    pub damages: Vec<Damage>,
    /// Whether this person shares e-mail, address and surname with another person.
    pub in_shared_household: bool,
}

/// `n` records of the multilingual shop, the same for the same seed.
pub fn generate(n: usize, seed: u64) -> Vec<PersonRecord> {
    generate_labelled(n, seed)
        .into_iter()
        .map(|l| l.record)
        .collect()
}

/// `n` records with their script, damages and household flag.
pub fn generate_labelled(n: usize, seed: u64) -> Vec<Labelled> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    // Records per person: 1 + d * (1 * 3/4 + 2 * 1/4); extra records / records = 12 %.
    let extra_per_dup_person = 1.0 + THREE_RECORDS_SHARE;
    let dup_people = DUPLICATE_SHARE / (1.0 - DUPLICATE_SHARE) / extra_per_dup_person;
    let mut out: Vec<Labelled> = Vec::with_capacity(n);
    let mut previous: Option<Person> = None;
    let mut entity: u64 = 0;
    let mut used = Used::default();
    while out.len() < n {
        entity += 1;
        let person = match &previous {
            // Households are two people: someone who joined one is not joined in turn.
            Some(p) if !p.shares_household && rng.random_bool(HOUSEHOLD_JOIN_CHANCE) => {
                join_household(&mut rng, p, entity, &mut used)
            }
            _ => new_person(&mut rng, entity, &mut used),
        };
        let copies = if rng.random_bool(dup_people) {
            if rng.random_bool(THREE_RECORDS_SHARE) {
                3
            } else {
                2
            }
        } else {
            1
        };
        out.push(Labelled {
            record: person.render(&[], &mut rng),
            script: person.script,
            damages: Vec::new(),
            in_shared_household: person.shares_household,
        });
        for _ in 1..copies {
            if out.len() >= n {
                break;
            }
            let damages = choose_damages(&mut rng, &person);
            out.push(Labelled {
                record: person.render(&damages, &mut rng),
                script: person.script,
                damages,
                in_shared_household: person.shares_household,
            });
        }
        if person.shares_household {
            // Mark the person whose household was joined too: their records are just
            // before this person's.
            for l in out.iter_mut().rev() {
                if l.record.entity_id == entity - 1 {
                    l.in_shared_household = true;
                } else if l.record.entity_id < entity - 1 {
                    break;
                }
            }
        }
        previous = Some(person);
    }
    out.shuffle(&mut rng);
    for (i, l) in out.iter_mut().enumerate() {
        l.record.record_id = format!("M{:07}", i + 1);
    }
    out
}

/// A person as the shop would know them without any mistake.
#[derive(Clone, Debug)]
struct Person {
    entity: u64,
    script: Script,
    female: bool,
    first: &'static str,
    last: &'static str,
    /// The names in Latin letters, as in the e-mail and when a Cyrillic name is transliterated.
    first_latin: &'static str,
    last_latin: &'static str,
    /// Russian women's surnames end in -a.
    feminine_surname: bool,
    mailbox: String,
    provider: usize,
    /// Nine digits after the leading 0 of a French number.
    phone_digits: String,
    phone_format: usize,
    house_number: u32,
    street_kind: usize,
    street_name: &'static str,
    city: usize,
    postcode: String,
    birth_date: String,
    shares_household: bool,
}

impl Person {
    fn surname(&self) -> String {
        if self.feminine_surname {
            format!("{}а", self.last)
        } else {
            self.last.to_string()
        }
    }

    fn surname_latin(&self) -> String {
        if self.feminine_surname {
            format!("{}a", self.last_latin)
        } else {
            self.last_latin.to_string()
        }
    }

    /// The row for this person with the given damages applied.
    fn render<R: Rng>(&self, damages: &[Damage], rng: &mut R) -> PersonRecord {
        let has = |d: Damage| damages.contains(&d);
        let (mut first, mut last) = if has(Damage::Transliterated) {
            (self.first_latin.to_string(), self.surname_latin())
        } else {
            (self.first.to_string(), self.surname())
        };
        if has(Damage::NameTypo) {
            if rng.random_bool(0.5) {
                last = typo(rng, &last, self.script);
            } else {
                first = typo(rng, &first, self.script);
            }
        }
        let mut street = format!(
            "{} {} {}",
            self.house_number,
            if has(Damage::StreetAbbreviated) {
                STREET_KINDS[self.street_kind].1
            } else {
                STREET_KINDS[self.street_kind].0
            },
            self.street_name
        );
        let mut city = CITIES[self.city].0.to_string();
        if has(Damage::AccentsDropped) {
            first = strip_accents(&first);
            last = strip_accents(&last);
            street = strip_accents(&street);
            city = strip_accents(&city);
        }
        if has(Damage::UpperCase) {
            first = first.to_uppercase();
            last = last.to_uppercase();
        }
        if has(Damage::NamesSwapped) {
            std::mem::swap(&mut first, &mut last);
        }
        let email = if has(Damage::EmailRemoved) {
            String::new()
        } else {
            let provider = if has(Damage::EmailProvider) {
                let step = rng.random_range(1..PROVIDERS.len());
                (self.provider + step) % PROVIDERS.len()
            } else {
                self.provider
            };
            format!("{}@{}", self.mailbox, PROVIDERS[provider])
        };
        let phone = if has(Damage::PhoneRemoved) {
            String::new()
        } else {
            let format = if has(Damage::PhoneFormat) {
                (self.phone_format + rng.random_range(1..4)) % 4
            } else {
                self.phone_format
            };
            format_phone(&self.phone_digits, format)
        };
        PersonRecord {
            record_id: String::new(),
            entity_id: self.entity,
            first_name: first,
            last_name: last,
            email,
            phone,
            street,
            city,
            postcode: self.postcode.clone(),
            birth_date: if has(Damage::BirthDateRemoved) {
                String::new()
            } else {
                self.birth_date.clone()
            },
        }
    }
}

/// Three different damages among those that can apply to this person, in a fixed order.
fn choose_damages<R: Rng>(rng: &mut R, p: &Person) -> Vec<Damage> {
    let mut chosen: Vec<Damage> = Vec::with_capacity(DAMAGES_PER_DUPLICATE);
    while chosen.len() < DAMAGES_PER_DUPLICATE {
        let possible: Vec<Damage> = Damage::ALL
            .iter()
            .copied()
            .filter(|d| !chosen.contains(d) && applies(*d, p, &chosen))
            .collect();
        if possible.is_empty() {
            break;
        }
        chosen.push(*pick(rng, &possible));
    }
    chosen.sort_unstable();
    chosen
}

/// Whether a damage changes this person's record, given the damages already chosen.
fn applies(d: Damage, p: &Person, chosen: &[Damage]) -> bool {
    let cyrillic = p.script == Script::Cyrillic;
    match d {
        Damage::NameTypo | Damage::BirthDateRemoved | Damage::NamesSwapped => true,
        // Hanzi has no case; a transliterated Cyrillic name has.
        Damage::UpperCase => p.script != Script::Hanzi,
        Damage::AccentsDropped => {
            has_accents(p.first)
                || has_accents(p.last)
                || has_accents(p.street_name)
                || has_accents(STREET_KINDS[p.street_kind].0)
                || has_accents(CITIES[p.city].0)
        }
        Damage::PhoneFormat => !chosen.contains(&Damage::PhoneRemoved),
        Damage::PhoneRemoved => !chosen.contains(&Damage::PhoneFormat),
        Damage::EmailRemoved => !chosen.contains(&Damage::EmailProvider),
        Damage::EmailProvider => !chosen.contains(&Damage::EmailRemoved),
        Damage::StreetAbbreviated => STREET_KINDS[p.street_kind].0 != STREET_KINDS[p.street_kind].1,
        Damage::Transliterated => cyrillic,
    }
}

/// One letter changed, dropped, doubled or two swapped, in the name's own alphabet.
fn typo<R: Rng>(rng: &mut R, name: &str, script: Script) -> String {
    let chars: Vec<char> = name.chars().collect();
    for _ in 0..20 {
        let mut c = chars.clone();
        let kind = if script == Script::Hanzi {
            // A character of the same sound picked from the input method's list, or two
            // characters swapped.
            if c.len() >= 2 && rng.random_bool(0.3) {
                3
            } else {
                0
            }
        } else {
            rng.random_range(0..4)
        };
        // Keep the first letter most of the time, as typing mistakes do.
        let at = if c.len() > 1 && rng.random_bool(0.85) {
            rng.random_range(1..c.len())
        } else {
            rng.random_range(0..c.len())
        };
        match kind {
            0 if script == Script::Hanzi => c[at] = homophone(rng, c[at]),
            0 => {
                let lower = c[at].to_lowercase().next().unwrap_or(c[at]);
                let mut sub = *pick(rng, alphabet(lower));
                if c[at].is_uppercase() {
                    sub = sub.to_uppercase().next().unwrap_or(sub);
                }
                c[at] = sub;
            }
            1 if c.len() > 2 => {
                c.remove(at);
            }
            2 => c.insert(at + 1, c[at].to_lowercase().next().unwrap_or(c[at])),
            _ if c.len() >= 2 => {
                let i = at.min(c.len() - 2);
                c.swap(i, i + 1);
            }
            _ => continue,
        }
        let out: String = c.into_iter().collect();
        // A letter swapped for itself without its accent is no typo (é for e).
        if strip_accents(&out).to_lowercase() != strip_accents(name).to_lowercase() {
            return out;
        }
    }
    // Every attempt gave the name back (a name of one repeated letter): double its end.
    let mut out = name.to_string();
    if let Some(last) = chars.last() {
        out.push(*last);
    }
    out
}

/// Letters a typo may put in, for a letter of the name.
fn alphabet(letter: char) -> &'static [char] {
    const LATIN: [char; 26] = [
        'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r',
        's', 't', 'u', 'v', 'w', 'x', 'y', 'z',
    ];
    const CYRILLIC: [char; 32] = [
        'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'й', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с',
        'т', 'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'ъ', 'ы', 'ь', 'э', 'ю', 'я',
    ];
    const ARMENIAN: [char; 38] = [
        'ա', 'բ', 'գ', 'դ', 'ե', 'զ', 'է', 'ը', 'թ', 'ժ', 'ի', 'լ', 'խ', 'ծ', 'կ', 'հ', 'ձ', 'ղ',
        'ճ', 'մ', 'յ', 'ն', 'շ', 'ո', 'չ', 'պ', 'ջ', 'ռ', 'ս', 'վ', 'տ', 'ր', 'ց', 'ւ', 'փ', 'ք',
        'օ', 'ֆ',
    ];
    if ('а'..='я').contains(&letter) || letter == 'ё' {
        &CYRILLIC
    } else if ('\u{0561}'..='\u{0587}').contains(&letter) {
        &ARMENIAN
    } else {
        &LATIN
    }
}

/// Another character with the same sound, as a pinyin input method offers it (许 for 徐).
fn homophone<R: Rng>(rng: &mut R, c: char) -> char {
    const PAIRS: [(char, char); 32] = [
        ('王', '汪'),
        ('李', '黎'),
        ('张', '章'),
        ('刘', '柳'),
        ('陈', '晨'),
        ('杨', '阳'),
        ('黄', '皇'),
        ('赵', '照'),
        ('吴', '武'),
        ('周', '舟'),
        ('徐', '许'),
        ('孙', '荪'),
        ('马', '玛'),
        ('朱', '珠'),
        ('胡', '湖'),
        ('伟', '玮'),
        ('芳', '方'),
        ('娜', '纳'),
        ('秀', '绣'),
        ('英', '鹰'),
        ('敏', '民'),
        ('静', '晶'),
        ('丽', '莉'),
        ('强', '墙'),
        ('磊', '蕾'),
        ('军', '君'),
        ('洋', '阳'),
        ('勇', '永'),
        ('艳', '燕'),
        ('杰', '洁'),
        ('娟', '鹃'),
        ('涛', '滔'),
    ];
    const MORE: [(char, char); 4] = [('明', '鸣'), ('超', '潮'), ('兰', '蓝'), ('霞', '侠')];
    PAIRS
        .iter()
        .chain(MORE.iter())
        .find_map(|&(a, b)| (a == c).then_some(b))
        .unwrap_or_else(|| pick(rng, &PAIRS).1)
}

/// A French mobile number written one of the four ways seen in the file.
fn format_phone(digits: &str, format: usize) -> String {
    let d: Vec<char> = digits.chars().collect();
    let pairs = |sep: &str| -> String {
        (0..4)
            .map(|i| format!("{}{}", d[1 + 2 * i], d[2 + 2 * i]))
            .collect::<Vec<_>>()
            .join(sep)
    };
    match format {
        0 => format!("0{digits}"),
        1 => format!("0{}.{}", d[0], pairs(".")),
        2 => format!("0033{digits}"),
        _ => format!("+33 {} {}", d[0], pairs(" ")),
    }
}

/// Mailboxes and phone numbers already given: two people never get the same one by chance.
#[derive(Default)]
struct Used {
    mailboxes: KeySet,
    phones: KeySet,
}

fn new_person<R: Rng>(rng: &mut R, entity: u64, used: &mut Used) -> Person {
    let r = rng.random::<f64>();
    let script = if r < 0.70 {
        Script::Latin
    } else if r < 0.82 {
        Script::Cyrillic
    } else if r < 0.94 {
        Script::Hanzi
    } else {
        Script::Armenian
    };
    let female = rng.random_bool(0.5);
    let (first, first_latin) = first_name(rng, script, female, None);
    let (last, last_latin) = match script {
        Script::Latin => {
            let n = *pick(rng, FRENCH_SURNAMES);
            (n, n)
        }
        Script::Cyrillic => *pick(rng, RUSSIAN_SURNAMES),
        Script::Hanzi => *pick(rng, CHINESE_SURNAMES),
        Script::Armenian => *pick(rng, ARMENIAN_SURNAMES),
    };
    let feminine_surname = script == Script::Cyrillic && female;
    let last_for_mail = if feminine_surname {
        format!("{last_latin}a")
    } else {
        last_latin.to_string()
    };
    let mailbox = loop {
        let m = format!(
            "{}.{}{}",
            mailbox_word(first_latin),
            mailbox_word(&last_for_mail),
            rng.random_range(1_000_000..10_000_000u32)
        );
        if used.mailboxes.insert(key(&m)) {
            break m;
        }
    };
    let city = pick_city(rng);
    let (_, base, spread) = CITIES[city];
    let postcode = format!("{:05}", base + rng.random_range(0..spread));
    Person {
        entity,
        script,
        female,
        first,
        last,
        first_latin,
        last_latin,
        feminine_surname,
        mailbox,
        provider: provider_for(rng, script),
        phone_digits: mobile_digits(rng, used),
        phone_format: pick_phone_format(rng),
        house_number: rng.random_range(1..=150),
        street_kind: pick_street_kind(rng),
        street_name: STREET_NAMES[rng.random_range(0..STREET_NAMES.len())],
        city,
        postcode,
        birth_date: birth_date(rng),
        shares_household: false,
    }
}

/// Someone else in `p`'s household: same surname, e-mail and address; own first name,
/// birth date and phone.
fn join_household<R: Rng>(rng: &mut R, p: &Person, entity: u64, used: &mut Used) -> Person {
    let (first, first_latin) = first_name(rng, p.script, p.female, Some(p.first));
    let mut q = p.clone();
    q.entity = entity;
    q.first = first;
    q.first_latin = first_latin;
    q.phone_digits = mobile_digits(rng, used);
    q.phone_format = pick_phone_format(rng);
    loop {
        q.birth_date = birth_date(rng);
        if q.birth_date != p.birth_date {
            break;
        }
    }
    q.shares_household = true;
    q
}

fn first_name<R: Rng>(
    rng: &mut R,
    script: Script,
    female: bool,
    not: Option<&str>,
) -> (&'static str, &'static str) {
    loop {
        let (a, b) = match (script, female) {
            (Script::Latin, true) => {
                let n = *pick(rng, FRENCH_FEMALE);
                (n, n)
            }
            (Script::Latin, false) => {
                let n = *pick(rng, FRENCH_MALE);
                (n, n)
            }
            (Script::Cyrillic, true) => *pick(rng, RUSSIAN_FEMALE),
            (Script::Cyrillic, false) => *pick(rng, RUSSIAN_MALE),
            (Script::Hanzi, _) => *pick(rng, CHINESE_GIVEN),
            (Script::Armenian, true) => *pick(rng, ARMENIAN_FEMALE),
            (Script::Armenian, false) => *pick(rng, ARMENIAN_MALE),
        };
        if Some(a) != not {
            return (a, b);
        }
    }
}

fn mobile_digits<R: Rng>(rng: &mut R, used: &mut Used) -> String {
    loop {
        let lead = if rng.random_bool(0.7) { 6 } else { 7 };
        let digits = format!("{lead}{:08}", rng.random_range(0..100_000_000u32));
        if used.phones.insert(key(&digits)) {
            return digits;
        }
    }
}

/// The way a person's phone is first written: `+33 6 ..` most often.
fn pick_phone_format<R: Rng>(rng: &mut R) -> usize {
    let r = rng.random::<f64>();
    if r < 0.4 {
        3
    } else if r < 0.6 {
        0
    } else if r < 0.8 {
        1
    } else {
        2
    }
}

fn birth_date<R: Rng>(rng: &mut R) -> String {
    const DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let year = rng.random_range(1940..=2006u32);
    let month = rng.random_range(1..=12u32);
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = DAYS[month as usize - 1] + u32::from(month == 2 && leap);
    let day = rng.random_range(1..=days);
    format!("{year:04}-{month:02}-{day:02}")
}

fn provider_for<R: Rng>(rng: &mut R, script: Script) -> usize {
    // The common French providers for everyone; the home country's for some.
    match script {
        Script::Cyrillic if rng.random_bool(0.4) => 6 + rng.random_range(0..2),
        Script::Hanzi if rng.random_bool(0.4) => 8 + rng.random_range(0..2),
        _ => rng.random_range(0..6),
    }
}

fn pick_city<R: Rng>(rng: &mut R) -> usize {
    let total: u32 = CITY_WEIGHTS.iter().sum();
    let mut x = rng.random_range(0..total);
    for (i, w) in CITY_WEIGHTS.iter().enumerate() {
        if x < *w {
            return i;
        }
        x -= w;
    }
    0
}

fn pick_street_kind<R: Rng>(rng: &mut R) -> usize {
    let r = rng.random_range(0..100);
    match r {
        0..50 => 0,
        50..70 => 1,
        70..82 => 2,
        82..90 => 3,
        90..95 => 4,
        _ => 5,
    }
}

const PROVIDERS: [&str; 10] = [
    "gmail.com",
    "orange.fr",
    "free.fr",
    "yahoo.fr",
    "hotmail.fr",
    "laposte.net",
    "mail.ru",
    "yandex.ru",
    "qq.com",
    "163.com",
];

/// Street kinds as written in full and abbreviated.
const STREET_KINDS: [(&str, &str); 6] = [
    ("rue", "r."),
    ("avenue", "av."),
    ("boulevard", "bd"),
    ("place", "place"),
    ("allée", "allée"),
    ("impasse", "impasse"),
];

const STREET_NAMES: &[&str] = &[
    "de la République",
    "Victor Hugo",
    "Jean Jaurès",
    "Gambetta",
    "Pasteur",
    "de la Gare",
    "du Général de Gaulle",
    "Foch",
    "de Verdun",
    "des Lilas",
    "de l'Église",
    "du Moulin",
    "Voltaire",
    "Émile Zola",
    "de la Paix",
    "des Écoles",
    "Carnot",
    "Anatole France",
    "du Château",
    "de Paris",
];

/// City, first postcode, number of postcodes (arrondissements for the three largest).
const CITIES: [(&str, u32, u32); 20] = [
    ("Paris", 75001, 20),
    ("Marseille", 13001, 16),
    ("Lyon", 69001, 9),
    ("Toulouse", 31000, 1),
    ("Nice", 6000, 1),
    ("Nantes", 44000, 1),
    ("Montpellier", 34000, 1),
    ("Strasbourg", 67000, 1),
    ("Bordeaux", 33000, 1),
    ("Lille", 59000, 1),
    ("Rennes", 35000, 1),
    ("Reims", 51100, 1),
    ("Saint-Étienne", 42000, 1),
    ("Toulon", 83000, 1),
    ("Le Havre", 76600, 1),
    ("Grenoble", 38000, 1),
    ("Dijon", 21000, 1),
    ("Angers", 49000, 1),
    ("Nîmes", 30000, 1),
    ("Orléans", 45000, 1),
];

const CITY_WEIGHTS: [u32; 20] = [6, 3, 3, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

const FRENCH_FEMALE: &[&str] = &[
    "Manon", "Camille", "Léa", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Marie", "Hélène",
    "Élodie", "Claire", "Anaïs", "Lucie", "Céline", "Nathalie", "Isabelle", "Sophie", "Aurélie",
    "Océane",
];

const FRENCH_MALE: &[&str] = &[
    "Lucas",
    "Hugo",
    "Thomas",
    "Nicolas",
    "Julien",
    "Maxime",
    "Antoine",
    "Alexandre",
    "Jérôme",
    "François",
    "Mathéo",
    "Louis",
    "Théo",
    "Pierre",
    "Jean",
    "Stéphane",
    "Sébastien",
    "Raphaël",
    "Benoît",
    "Laurent",
];

const FRENCH_SURNAMES: &[&str] = &[
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Lefebvre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
];

const RUSSIAN_MALE: &[(&str, &str)] = &[
    ("Александр", "Aleksandr"),
    ("Дмитрий", "Dmitriy"),
    ("Сергей", "Sergey"),
    ("Андрей", "Andrey"),
    ("Алексей", "Aleksey"),
    ("Иван", "Ivan"),
    ("Михаил", "Mikhail"),
    ("Николай", "Nikolay"),
    ("Владимир", "Vladimir"),
    ("Евгений", "Evgeniy"),
];

const RUSSIAN_FEMALE: &[(&str, &str)] = &[
    ("Анна", "Anna"),
    ("Ольга", "Olga"),
    ("Елена", "Elena"),
    ("Наталья", "Natalya"),
    ("Татьяна", "Tatyana"),
    ("Мария", "Mariya"),
    ("Екатерина", "Ekaterina"),
    ("Ирина", "Irina"),
    ("Юлия", "Yuliya"),
    ("Светлана", "Svetlana"),
];

/// Men's forms; women's add -а (-a in Latin letters).
const RUSSIAN_SURNAMES: &[(&str, &str)] = &[
    ("Иванов", "Ivanov"),
    ("Смирнов", "Smirnov"),
    ("Кузнецов", "Kuznetsov"),
    ("Попов", "Popov"),
    ("Васильев", "Vasilev"),
    ("Петров", "Petrov"),
    ("Соколов", "Sokolov"),
    ("Михайлов", "Mikhaylov"),
    ("Новиков", "Novikov"),
    ("Фёдоров", "Fedorov"),
    ("Морозов", "Morozov"),
    ("Волков", "Volkov"),
];

const CHINESE_SURNAMES: &[(&str, &str)] = &[
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("黄", "Huang"),
    ("赵", "Zhao"),
    ("吴", "Wu"),
    ("周", "Zhou"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("马", "Ma"),
    ("朱", "Zhu"),
    ("胡", "Hu"),
];

const CHINESE_GIVEN: &[(&str, &str)] = &[
    ("伟", "Wei"),
    ("芳", "Fang"),
    ("娜", "Na"),
    ("秀英", "Xiuying"),
    ("敏", "Min"),
    ("静", "Jing"),
    ("丽", "Li"),
    ("强", "Qiang"),
    ("磊", "Lei"),
    ("军", "Jun"),
    ("洋", "Yang"),
    ("勇", "Yong"),
    ("艳", "Yan"),
    ("杰", "Jie"),
    ("娟", "Juan"),
    ("涛", "Tao"),
    ("明", "Ming"),
    ("超", "Chao"),
    ("秀兰", "Xiulan"),
    ("霞", "Xia"),
];

const ARMENIAN_MALE: &[(&str, &str)] = &[
    ("Արամ", "Aram"),
    ("Նարեկ", "Narek"),
    ("Դավիթ", "Davit"),
    ("Տիգրան", "Tigran"),
    ("Հայկ", "Hayk"),
    ("Գևորգ", "Gevorg"),
    ("Արմեն", "Armen"),
];

const ARMENIAN_FEMALE: &[(&str, &str)] = &[
    ("Անի", "Ani"),
    ("Մարիամ", "Mariam"),
    ("Նունե", "Nune"),
    ("Լիլիթ", "Lilit"),
    ("Գոհար", "Gohar"),
    ("Աննա", "Anna"),
    ("Սոնա", "Sona"),
];

const ARMENIAN_SURNAMES: &[(&str, &str)] = &[
    ("Հովհաննիսյան", "Hovhannisyan"),
    ("Սարգսյան", "Sargsyan"),
    ("Գրիգորյան", "Grigoryan"),
    ("Պետրոսյան", "Petrosyan"),
    ("Հարությունյան", "Harutyunyan"),
    ("Խաչատրյան", "Khachatryan"),
    ("Ավետիսյան", "Avetisyan"),
    ("Կարապետյան", "Karapetyan"),
    ("Մկրտչյան", "Mkrtchyan"),
    ("Վարդանյան", "Vardanyan"),
];

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};

    use super::super::{duplicate_share, entity_count, script_of, true_pair_count};
    use super::*;

    const N: usize = 20_000;

    fn sample() -> Vec<Labelled> {
        generate_labelled(N, 19)
    }

    /// The clean first record of every person, by entity.
    fn clean_by_entity(all: &[Labelled]) -> HashMap<u64, &Labelled> {
        all.iter()
            .filter(|l| l.damages.is_empty())
            .map(|l| (l.record.entity_id, l))
            .collect()
    }

    /// A French phone number reduced to its nine national digits.
    fn national_digits(phone: &str) -> String {
        let digits: String = phone.chars().filter(|c| c.is_ascii_digit()).collect();
        if let Some(rest) = digits.strip_prefix("0033") {
            rest.to_string()
        } else if phone.starts_with('+') {
            digits.strip_prefix("33").unwrap_or(&digits).to_string()
        } else {
            digits.strip_prefix('0').unwrap_or(&digits).to_string()
        }
    }

    #[test]
    fn same_seed_same_file_other_seed_other_file() {
        assert_eq!(generate(3_000, 5), generate(3_000, 5));
        assert_ne!(generate(3_000, 5), generate(3_000, 6));
        assert_eq!(generate(3_000, 5).len(), 3_000);
        assert!(generate(0, 5).is_empty());
    }

    #[test]
    fn twelve_percent_of_records_are_a_second_or_third_record() {
        let all = sample();
        let records: Vec<PersonRecord> = all.iter().map(|l| l.record.clone()).collect();
        let share = duplicate_share(&records);
        assert!((share - 0.12).abs() <= 0.02, "duplicate share {share}");
        // Nobody has more than three records, every extra one has three damages, and each
        // person has exactly one clean record.
        let mut per_entity: HashMap<u64, (usize, usize)> = HashMap::new();
        for l in &all {
            let e = per_entity.entry(l.record.entity_id).or_default();
            e.0 += 1;
            if l.damages.is_empty() {
                e.1 += 1;
            } else {
                assert_eq!(l.damages.len(), 3, "{:?}", l.damages);
                let distinct: HashSet<_> = l.damages.iter().collect();
                assert_eq!(distinct.len(), 3);
            }
        }
        assert!(per_entity.values().all(|&(n, clean)| n <= 3 && clean == 1));
        let threes = per_entity.values().filter(|v| v.0 == 3).count();
        let twos = per_entity.values().filter(|v| v.0 == 2).count();
        // One in four of the people with more records has three (binomial, 3 sigma).
        let share3 = threes as f64 / (threes + twos) as f64;
        assert!((share3 - 0.25).abs() < 0.05, "three-record share {share3}");
        assert_eq!(
            true_pair_count(&records),
            (twos + 3 * threes) as u64,
            "pairs are one per two-record person and three per three-record person"
        );
        // Customer numbers are unique and say nothing of the order of making.
        let ids: HashSet<&str> = records.iter().map(|r| r.record_id.as_str()).collect();
        assert_eq!(ids.len(), N);
    }

    #[test]
    fn clean_records_are_complete_and_written_as_the_issue_shows() {
        let all = sample();
        let mut formats = [0usize; 4];
        for l in all.iter().filter(|l| l.damages.is_empty()) {
            let r = &l.record;
            for f in [
                &r.first_name,
                &r.last_name,
                &r.email,
                &r.phone,
                &r.street,
                &r.city,
                &r.postcode,
                &r.birth_date,
            ] {
                assert!(!f.is_empty(), "{r:?}");
            }
            // manon.david2708147@gmail.com: two words, a dot, seven digits, a provider.
            let (local, domain) = r.email.split_once('@').unwrap();
            assert!(PROVIDERS.contains(&domain), "{}", r.email);
            let (names, digits) = local.split_at(local.len() - 7);
            assert!(digits.chars().all(|c| c.is_ascii_digit()), "{}", r.email);
            assert!(names.contains('.') && names.is_ascii(), "{}", r.email);
            assert_eq!(national_digits(&r.phone).len(), 9, "{}", r.phone);
            let f = if r.phone.starts_with("+33 ") {
                3
            } else if r.phone.starts_with("0033") {
                2
            } else if r.phone.contains('.') {
                1
            } else {
                0
            };
            formats[f] += 1;
            assert_eq!(r.postcode.len(), 5);
            assert_eq!(r.birth_date.len(), 10);
        }
        assert!(formats.iter().all(|&n| n > 1_000), "{formats:?}");
        let examples = all.iter().map(|l| &l.record.phone);
        let shapes: HashSet<String> = examples
            .map(|p| {
                p.chars()
                    .map(|c| if c.is_ascii_digit() { '9' } else { c })
                    .collect()
            })
            .collect();
        for shape in [
            "9999999999",
            "99.99.99.99.99",
            "9999999999999",
            "+99 9 99 99 99 99",
        ] {
            assert!(shapes.contains(shape), "no phone written like {shape}");
        }
    }

    #[test]
    fn every_damage_occurs_and_shows_in_the_record() {
        let all = sample();
        let clean = clean_by_entity(&all);
        let mut seen: HashMap<Damage, usize> = HashMap::new();
        for l in all.iter().filter(|l| !l.damages.is_empty()) {
            let r = &l.record;
            let c = &clean[&r.entity_id].record;
            let names_touched = l.damages.iter().any(|d| {
                matches!(
                    d,
                    Damage::NameTypo
                        | Damage::UpperCase
                        | Damage::AccentsDropped
                        | Damage::Transliterated
                        | Damage::NamesSwapped
                )
            });
            if !names_touched {
                assert_eq!((&r.first_name, &r.last_name), (&c.first_name, &c.last_name));
            }
            for &d in &l.damages {
                *seen.entry(d).or_default() += 1;
                match d {
                    Damage::EmailRemoved => assert!(r.email.is_empty()),
                    Damage::EmailProvider => {
                        let (a, da) = r.email.split_once('@').unwrap();
                        let (b, db) = c.email.split_once('@').unwrap();
                        assert_eq!(a, b);
                        assert_ne!(da, db);
                    }
                    Damage::PhoneRemoved => assert!(r.phone.is_empty()),
                    Damage::PhoneFormat => {
                        assert_ne!(r.phone, c.phone);
                        assert_eq!(national_digits(&r.phone), national_digits(&c.phone));
                    }
                    Damage::StreetAbbreviated => {
                        let kind = r.street.split(' ').nth(1).unwrap();
                        assert!(["r.", "av.", "bd"].contains(&kind), "{}", r.street);
                    }
                    Damage::BirthDateRemoved => assert!(r.birth_date.is_empty()),
                    Damage::Transliterated => {
                        assert_eq!(script_of(&c.first_name), Some(Script::Cyrillic));
                        assert_eq!(script_of(&r.first_name), Some(Script::Latin));
                        assert_eq!(script_of(&r.last_name), Some(Script::Latin));
                    }
                    Damage::UpperCase => {
                        let text = format!("{}{}", r.first_name, r.last_name);
                        assert!(!text.chars().any(char::is_lowercase), "{text}");
                    }
                    Damage::AccentsDropped => {
                        let text = format!("{}{}{}{}", r.first_name, r.last_name, r.street, r.city);
                        assert!(!has_accents(&text), "{text}");
                    }
                    Damage::NamesSwapped => {
                        if l.damages.len() == 3
                            && l.damages.iter().all(|d| {
                                !matches!(
                                    d,
                                    Damage::NameTypo
                                        | Damage::UpperCase
                                        | Damage::AccentsDropped
                                        | Damage::Transliterated
                                )
                            })
                        {
                            assert_eq!(r.first_name, c.last_name);
                            assert_eq!(r.last_name, c.first_name);
                        }
                    }
                    Damage::NameTypo => {
                        if l.damages.len() == 3
                            && !l.damages.contains(&Damage::NamesSwapped)
                            && !l.damages.contains(&Damage::Transliterated)
                            && !l.damages.contains(&Damage::UpperCase)
                        {
                            let first =
                                strip_accents(&r.first_name) != strip_accents(&c.first_name);
                            let last = strip_accents(&r.last_name) != strip_accents(&c.last_name);
                            assert!(first ^ last, "{r:?} {c:?}");
                        }
                    }
                }
            }
        }
        for d in Damage::ALL {
            assert!(seen.get(&d).copied().unwrap_or(0) >= 30, "{d:?}: {seen:?}");
        }
        // Damages are drawn uniformly among those that apply: the ones that apply to
        // everyone come out in similar numbers.
        let common = [
            Damage::NameTypo,
            Damage::BirthDateRemoved,
            Damage::NamesSwapped,
        ];
        let counts: Vec<usize> = common.iter().map(|d| seen[d]).collect();
        let (lo, hi) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
        assert!(*hi as f64 / *lo as f64 <= 1.25, "{counts:?}");
    }

    #[test]
    fn scripts_come_in_the_stated_shares() {
        let all = sample();
        let mut counts: HashMap<Script, usize> = HashMap::new();
        for l in &all {
            // Count by the script the clean record's names are written in.
            if l.damages.is_empty() {
                let s = script_of(&l.record.last_name).unwrap();
                assert_eq!(script_of(&l.record.first_name), Some(s));
                assert_eq!(s, l.script);
            }
            *counts.entry(l.script).or_default() += 1;
        }
        for (script, share) in SCRIPT_SHARES {
            let got = counts[&script] as f64 / all.len() as f64;
            assert!((got - share).abs() <= 0.02, "{script:?}: {got}");
        }
    }

    #[test]
    fn many_different_people_share_a_full_name() {
        let all = sample();
        let mut by_name: HashMap<(&str, &str), HashSet<u64>> = HashMap::new();
        for l in all.iter().filter(|l| l.damages.is_empty()) {
            by_name
                .entry((&l.record.first_name, &l.record.last_name))
                .or_default()
                .insert(l.record.entity_id);
        }
        let people = entity_count(&all.iter().map(|l| l.record.clone()).collect::<Vec<_>>());
        let sharing: usize = by_name
            .values()
            .filter(|s| s.len() > 1)
            .map(|s| s.len())
            .sum();
        assert!(
            sharing as f64 / people as f64 > 0.8,
            "{sharing} of {people} share a full name"
        );
        assert!(by_name.values().map(|s| s.len()).max().unwrap() >= 10);
    }

    #[test]
    fn about_one_percent_of_people_share_a_household_with_another() {
        let all = sample();
        let clean: Vec<&PersonRecord> = all
            .iter()
            .filter(|l| l.damages.is_empty())
            .map(|l| &l.record)
            .collect();
        let mut by_email: HashMap<&str, Vec<&PersonRecord>> = HashMap::new();
        for r in &clean {
            by_email.entry(&r.email).or_default().push(r);
        }
        let mut sharing = 0;
        for group in by_email.values().filter(|g| g.len() > 1) {
            sharing += group.len();
            for r in &group[1..] {
                let o = group[0];
                assert_ne!(r.entity_id, o.entity_id);
                assert_eq!(
                    (&r.last_name, &r.street, &r.city, &r.postcode),
                    (&o.last_name, &o.street, &o.city, &o.postcode)
                );
                assert_ne!(r.first_name, o.first_name);
                assert_ne!(r.birth_date, o.birth_date);
            }
        }
        let flagged = all
            .iter()
            .filter(|l| l.damages.is_empty() && l.in_shared_household)
            .count();
        assert_eq!(sharing, flagged);
        let share = sharing as f64 / clean.len() as f64;
        assert!((0.005..=0.015).contains(&share), "household share {share}");
    }
}
