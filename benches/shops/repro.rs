//! A multilingual shop written from the description of the shop file on which detection found
//! nothing (issue 19), independently of the synthetic shop of `testkit/synth.rs`: French
//! (70 %), Russian in Cyrillic (12 %), Chinese in Hanzi (12 %) and Armenian in Armenian script
//! (6 %) names from small pools, so that many different people share a full name; about 12 % of
//! the records are a second or third record of someone with three damages each; about 1 % of
//! the people share the e-mail, address and surname of someone in their household.
//!
//! Used by the duplicates benchmark and the integration tests; not part of the product.

use clientele::dedup::Record;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const FR_FIRST: [&str; 24] = [
    "Manon", "Léa", "Chloé", "Camille", "Inès", "Sarah", "Emma", "Jade", "Louise", "Zoé", "Hélène",
    "Élodie", "Lucas", "Hugo", "Louis", "Nathan", "Gabriel", "Jules", "Théo", "Raphaël", "Arthur",
    "Paul", "Noé", "Jérôme",
];
const FR_LAST: [&str; 24] = [
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
    "Lefèbvre",
];
const RU_FIRST: [(&str, &str); 10] = [
    ("Иван", "Ivan"),
    ("Алексей", "Aleksei"),
    ("Дмитрий", "Dmitrii"),
    ("Сергей", "Sergei"),
    ("Ольга", "Olga"),
    ("Анна", "Anna"),
    ("Мария", "Mariia"),
    ("Юлия", "Iuliia"),
    ("Екатерина", "Ekaterina"),
    ("Наталья", "Natalia"),
];
const RU_LAST: [(&str, &str); 10] = [
    ("Иванов", "Ivanov"),
    ("Смирнов", "Smirnov"),
    ("Кузнецов", "Kuznetsov"),
    ("Попов", "Popov"),
    ("Соколов", "Sokolov"),
    ("Лебедев", "Lebedev"),
    ("Козлов", "Kozlov"),
    ("Новиков", "Novikov"),
    ("Морозов", "Morozov"),
    ("Волков", "Volkov"),
];
const ZH_FIRST: [(&str, &str); 10] = [
    ("伟", "wei"),
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("丽", "li"),
    ("强", "qiang"),
    ("磊", "lei"),
    ("军", "jun"),
    ("洋", "yang"),
];
const ZH_LAST: [(&str, &str); 10] = [
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("许", "xu"),
    ("徐", "xu"),
    ("黄", "huang"),
    ("赵", "zhao"),
];
const HY_FIRST: [(&str, &str); 6] = [
    ("Արամ", "aram"),
    ("Գևորգ", "gevorg"),
    ("Անի", "ani"),
    ("Նարեկ", "narek"),
    ("Մարիամ", "mariam"),
    ("Տիգրան", "tigran"),
];
const HY_LAST: [(&str, &str); 6] = [
    ("Պետրոսյան", "petrosyan"),
    ("Վարդանյան", "vardanyan"),
    ("Հարությունյան", "harutyunyan"),
    ("Սարգսյան", "sargsyan"),
    ("Գրիգորյան", "grigoryan"),
    ("Հակոբյան", "hakobyan"),
];
const STREETS: [&str; 10] = [
    "rue de la Paix",
    "avenue Foch",
    "boulevard Voltaire",
    "place de la République",
    "rue Nationale",
    "avenue Jean Jaurès",
    "rue Victor Hugo",
    "boulevard Gambetta",
    "rue Pasteur",
    "avenue de la Gare",
];
const TOWNS: [(&str, &str); 8] = [
    ("Paris", "75011"),
    ("Lyon", "69003"),
    ("Marseille", "13005"),
    ("Bordeaux", "33000"),
    ("Lille", "59000"),
    ("Toulouse", "31000"),
    ("Nantes", "44000"),
    ("Nice", "06000"),
];
const PROVIDERS: [&str; 6] = [
    "gmail.com",
    "orange.fr",
    "free.fr",
    "qq.com",
    "yandex.ru",
    "mail.ru",
];

#[derive(Clone)]
struct Person {
    first: String,
    last: String,
    /// The names in Latin letters, for a Cyrillic name written the other way.
    first_latin: String,
    last_latin: String,
    cyrillic: bool,
    email: String,
    /// The phone's nine national digits after the 0.
    phone: String,
    street: String,
    town: usize,
    birth: String,
}

fn pick<'a, T>(rng: &mut ChaCha8Rng, list: &'a [T]) -> &'a T {
    &list[rng.random_range(0..list.len())]
}

fn ascii(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'É' => 'E',
            'ô' => 'o',
            'ï' | 'î' => 'i',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

fn person(rng: &mut ChaCha8Rng) -> Person {
    let roll: f64 = rng.random();
    let (first, last, fl, ll, cyrillic) = if roll < 0.70 {
        let (f, l) = (*pick(rng, &FR_FIRST), *pick(rng, &FR_LAST));
        (
            f.to_string(),
            l.to_string(),
            ascii(f).to_lowercase(),
            ascii(l).to_lowercase(),
            false,
        )
    } else if roll < 0.82 {
        let (f, l) = (*pick(rng, &RU_FIRST), *pick(rng, &RU_LAST));
        (
            f.0.into(),
            l.0.into(),
            f.1.to_lowercase(),
            l.1.to_lowercase(),
            true,
        )
    } else if roll < 0.94 {
        let (f, l) = (*pick(rng, &ZH_FIRST), *pick(rng, &ZH_LAST));
        (f.0.into(), l.0.into(), f.1.into(), l.1.into(), false)
    } else {
        let (f, l) = (*pick(rng, &HY_FIRST), *pick(rng, &HY_LAST));
        (f.0.into(), l.0.into(), f.1.into(), l.1.into(), false)
    };
    let email = format!(
        "{fl}.{ll}{}@{}",
        rng.random_range(0..10_000_000u32),
        pick(rng, &PROVIDERS)
    );
    let phone = format!("6{:08}", rng.random_range(0..100_000_000u32));
    let street = format!("{} {}", rng.random_range(1..200u32), pick(rng, &STREETS));
    let birth = format!(
        "{}-{:02}-{:02}",
        rng.random_range(1940..2005u32),
        rng.random_range(1..13u32),
        rng.random_range(1..29u32)
    );
    Person {
        first,
        last,
        first_latin: fl,
        last_latin: ll,
        cyrillic,
        email,
        phone,
        street,
        town: rng.random_range(0..TOWNS.len()),
        birth,
    }
}

fn typo(rng: &mut ChaCha8Rng, s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    if chars.len() < 3 {
        return s.to_string();
    }
    let i = rng.random_range(1..chars.len() - 1);
    match rng.random_range(0..3) {
        0 => chars[i] = (b'a' + rng.random_range(0..26u8)) as char,
        1 => {
            chars.remove(i);
        }
        _ => chars.swap(i, i + 1),
    }
    chars.into_iter().collect()
}

fn record(rng: &mut ChaCha8Rng, p: &Person, damaged: bool) -> Record {
    let mut first = p.first.clone();
    let mut last = p.last.clone();
    let mut email = Some(p.email.clone());
    let d = &p.phone;
    let mut phone = Some(format!(
        "+33 {} {} {} {} {}",
        &d[0..1],
        &d[1..3],
        &d[3..5],
        &d[5..7],
        &d[7..9]
    ));
    let mut street = p.street.clone();
    let mut birth = Some(p.birth.clone());
    if damaged {
        let mut kinds: Vec<u32> = (0..11).collect();
        for _ in 0..3 {
            let k = kinds.remove(rng.random_range(0..kinds.len()));
            match k {
                0 => {
                    if rng.random_bool(0.5) {
                        first = typo(rng, &first);
                    } else {
                        last = typo(rng, &last);
                    }
                }
                1 => {
                    first = first.to_uppercase();
                    last = last.to_uppercase();
                }
                2 => {
                    first = ascii(&first);
                    last = ascii(&last);
                }
                3 => {
                    phone = Some(match rng.random_range(0..3) {
                        0 => format!("0{d}"),
                        1 => format!(
                            "0{}.{}.{}.{}.{}",
                            &d[0..1],
                            &d[1..3],
                            &d[3..5],
                            &d[5..7],
                            &d[7..9]
                        ),
                        _ => format!("0033{d}"),
                    })
                }
                4 => email = None,
                5 => {
                    let local = p.email.split('@').next().unwrap_or("");
                    email = Some(format!("{local}@{}", pick(rng, &PROVIDERS)));
                }
                6 => phone = None,
                7 => {
                    street = street
                        .replace("avenue", "av.")
                        .replace("boulevard", "bd")
                        .replace("rue", "r.");
                }
                8 if p.cyrillic => {
                    first = p.first_latin.clone();
                    last = p.last_latin.clone();
                }
                9 => birth = None,
                _ => std::mem::swap(&mut first, &mut last),
            }
        }
    }
    let (city, postcode) = TOWNS[p.town];
    Record {
        first_name: Some(first),
        last_name: Some(last),
        email,
        phone,
        street: Some(street),
        city: Some(city.into()),
        postcode: Some(postcode.into()),
        birth_date: birth,
        ..Record::default()
    }
}

/// `n` records in shuffled order, ids 1.., and each record's person (the truth).
pub fn shop(n: usize, seed: u64) -> (Vec<Record>, Vec<usize>) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut people: Vec<Person> = Vec::new();
    let mut rows: Vec<(Record, usize)> = Vec::with_capacity(n);
    while rows.len() < n {
        let p = if !people.is_empty() && rng.random_bool(0.01) {
            // Someone of a household: same e-mail, address and surname, another person.
            let head = people[rng.random_range(0..people.len())].clone();
            let other = person(&mut rng);
            Person {
                last: head.last.clone(),
                last_latin: head.last_latin.clone(),
                email: head.email.clone(),
                street: head.street.clone(),
                town: head.town,
                ..other
            }
        } else {
            person(&mut rng)
        };
        let id = people.len();
        rows.push((record(&mut rng, &p, false), id));
        // About 12 % of the records are another record of someone already there.
        if rng.random_bool(0.12) {
            let copies = if rng.random_bool(0.8) { 1 } else { 2 };
            for _ in 0..copies {
                rows.push((record(&mut rng, &p, true), id));
            }
        }
        people.push(p);
    }
    rows.truncate(n);
    for i in (1..rows.len()).rev() {
        let j = rng.random_range(0..=i);
        rows.swap(i, j);
    }
    let mut owners = Vec::with_capacity(rows.len());
    let records = rows
        .into_iter()
        .enumerate()
        .map(|(k, (r, owner))| {
            owners.push(owner);
            Record {
                id: k as i64 + 1,
                external_ref: Some(format!("R{:08}", k + 1)),
                ..r
            }
        })
        .collect();
    (records, owners)
}
