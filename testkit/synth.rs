//! A messy multilingual shop with known truth, to measure duplicate detection at any size.
//!
//! [`shop`] invents `people` customers (French, English, Russian, Chinese and Armenian
//! names from `assets/demo`, written in their own script or in Latin letters), then gives
//! about one in ten of them one to three extra records typed the way shop staff and web
//! forms really do: typos, capitals, accents dropped, initials, first and last names
//! swapped, Cyrillic names in several transliteration styles (Dmitrii/Dmitry,
//! Aleksandr/Alexander, -ov/-off), phones in every format, e-mails with another domain or
//! none, missing fields, people who moved house. Strangers share common names (sometimes in
//! the same city) and families share an address and a home phone, so a matcher cannot win
//! by names or addresses alone. Family names are drawn from the listed (common) names and
//! from a long tail built from each language's roots and endings, and customers live in the
//! listed cities and in thousands of generated French towns, so that a large shop has the
//! spread of names and postcodes of a real population. Pure and deterministic: the same seed
//! gives the same shop.
//!
//! Test code, not part of the shipped library: the library's tests include this file as
//! `dedup::synth` (under `cfg(test)`) and the duplicate benchmark as `synth`, both by
//! `#[path]`. It uses the library's public paths only (`clientele::...`); the names, cities
//! and streets come from the demo's lists (`clientele::demo::catalogue`).

use std::collections::HashSet;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use clientele::dedup::block::{self, pair};
use clientele::dedup::{Detection, Record};
use clientele::demo::catalogue::{
    ListedName, NameLists, cities as demo_cities, name_lists, streets as demo_streets,
};

/// A name in its own script and in Latin letters.
#[derive(Clone, Debug)]
struct Name {
    native: String,
    roman: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    Fr,
    En,
    Ru,
    Zh,
    Hy,
}

const LANGS: [(Lang, f64); 5] = [
    (Lang::Fr, 0.46),
    (Lang::En, 0.14),
    (Lang::Ru, 0.16),
    (Lang::Zh, 0.12),
    (Lang::Hy, 0.12),
];

struct NameSet {
    female: Vec<Name>,
    male: Vec<Name>,
    last: Vec<Name>,
    /// Family names beyond the listed ones (see [`surname_tail`]) and the share of people
    /// who bear one of them.
    tail: Vec<Name>,
    tail_share: f64,
    /// Given names beyond the listed ones (Chinese two-character names), female and male,
    /// and the share of people who bear one.
    given_tail: [Vec<Name>; 2],
    given_tail_share: f64,
}

/// A name written in its own script, with its Latin form as the matcher reads it.
fn generated(native: String) -> Name {
    let roman = clientele::clean::name_key(&native).replace(' ', "");
    Name {
        native,
        roman: capitalise(&roman),
    }
}

/// Roots of French family names (trades, places, nicknames, old given names).
const FR_ROOTS: &str = "Bois Chêne Fontaine Moulin Roche Champ Pré Mont Val Bourg Berger Fabre \
    Marchand Meunier Boucher Tissier Pelletier Vasseur Breton Normand Picard Lombard Gascon \
    Poitevin Lorrain Blanc Brun Roux Petit Grand Court Long Gros Bon Beau Doux Hardy Vaillant \
    Joly Lièvre Loup Renard Corbeau Merle Pinson Faucon Mouton Poirier Pommier Noyer Frêne \
    Orme Saule Laurier Vigne Jardin Verger Prévost Bailly Maire Sergent Clerc Moine Comte \
    Baron Page Martel Masson Tailleur Cordier Potier Verrier Ferrand Ferrier Barbier Bouvier \
    Vacher Chevrier Pêcheur Rivière Marais Pont Port Perrin Guérin Gauthier Garnier Bertin \
    Thibault Lambert Arnaud Renaud Gilbert Girard Aubert Baudouin Godard Hébert Hubert Josse \
    Rigaud Sauvage Tessier Vidal Roussel Charpentier Collin Durand Fleury Gaillard Huet Jacob \
    Leclerc Marchal Millet Morel Pasquier Raynaud Sabatier Teyssier Valette Carré Chauvin \
    Delorme Esnault Foucher Grimaud Hamon Jourdain Lacroix Mallet Nadaud Ollivier Pichon";
const FR_ENDS: [&str; 12] = [
    "", "et", "ot", "eau", "ier", "in", "on", "ard", "aud", "el", "ais", "oux",
];
const FR_PREFIXES: [&str; 5] = ["Le ", "Du ", "De ", "La ", "Des "];

/// Roots and endings of English family names.
const EN_ROOTS: &str = "Ash Brook Hill Wood Mill Stone Fair Black White Green Lang North West \
    East Shaw Hart Bright Cole Fox Holt Lock Brad Crom Dal Dun Elm Farn Glad Hal Hay Kent \
    Lind Marsh Mor New Pen Red Rock Rose Sand Shel Stan Thorn Wal Whit Win Bel Blake Bran \
    Car Chad Cliff Crane Dart Dean Dray Flet Gar Gold Grey Hamp Harl Hol Hunt Kil Kings Law \
    Lee Mar Mid Nor Oak Pad Pres Rad Ram Ray Ring Rus Shep Sher Ship Sut Tay Tem Tre Wat Wel";
const EN_ENDS: [&str; 14] = [
    "", "s", "son", "ton", "ley", "ford", "field", "wood", "er", "well", "by", "ham", "more",
    "worth",
];

/// Stems of Russian family names (animals, trades, given names), in Cyrillic.
const RU_STEMS: &str = "Бел Сер Рыж Горб Кудр Лыс Мал Толст Долг Крот Зайц Лис Бобр Барс Карп \
    Щук Окун Сом Волк Сокол Орл Лебед Гус Грач Ворон Галк Сорок Дятл Голуб Пет Иван Сидор Фед \
    Степан Андре Павл Макар Тимоф Ефим Гаврил Дан Кирилл Лук Мирон Назар Прохор Родион Савел \
    Тарас Устин Филипп Яков Кузьм Ерем Антон Борис Глеб Денис Егор Захар Игнат Клим Лавр Никит \
    Остап Пахом Трофим Фом Кол Мельник Кузнец Гончар Пахар Рыбак Плотник Бондар Скорняк Пекар \
    Мороз Гром Ветр Снег Дожд Берез Дуб Клён Сосн Рябин Калин Малин Вишн Смородин Ягод";

/// Given-name characters of Chinese two-character names.
const ZH_GIVEN: &str = "嘉欣怡梓涵睿泽宏坤慧颖瑶倩璐悦彤昊航新德安福荣美金云山清振永晶琴莉洁鹏晨琳雪婷佳梅萍燕\
    鑫宁飞龙海林峰志东春亮成晓思雨博天诗轩宇浩凯健俊帆辉波斌华玉兰红建国文秀英丽静芳敏";

/// Family names beyond the listed ones. A shop of a million customers meets tens of
/// thousands of family names, most of them rare; drawing every customer from the hundred
/// listed names would make dozens of strangers share each full name, far more than in any
/// real population. The tail is built from roots and endings of each language and drawn
/// uniformly, while the listed (most common) names keep their larger share each.
fn surname_tail(lang: Lang, set: &NameSet) -> Vec<Name> {
    let mut out: Vec<Name> = Vec::new();
    match lang {
        Lang::Fr => {
            for root in FR_ROOTS.split_whitespace() {
                for end in FR_ENDS {
                    let stem = if !end.is_empty() && root.ends_with('e') {
                        &root[..root.len() - 1]
                    } else {
                        root
                    };
                    out.push(generated(format!("{stem}{end}")));
                }
                for prefix in FR_PREFIXES {
                    out.push(generated(format!("{prefix}{root}")));
                }
            }
        }
        Lang::En => {
            for root in EN_ROOTS.split_whitespace() {
                for end in EN_ENDS {
                    out.push(generated(format!("{root}{end}")));
                }
            }
        }
        Lang::Ru => {
            for stem in RU_STEMS.split_whitespace() {
                let soft = stem.ends_with(['е', 'и', 'й', 'ь']);
                let ends: &[&str] = if soft {
                    &["ев"]
                } else {
                    &["ов", "ин", "ев"]
                };
                for end in ends {
                    let stem = stem.trim_end_matches(['й', 'ь']);
                    out.push(generated(format!("{stem}{end}")));
                }
            }
        }
        Lang::Hy => {
            // Armenian family names mostly come from a forefather's given name.
            for given in set.male.iter().chain(&set.female) {
                if given.native.chars().count() > 2 {
                    out.push(generated(format!("{}յան", given.native)));
                }
            }
        }
        // Chinese family names are few and shared by many: the list is the whole set.
        Lang::Zh => {}
    }
    let listed: HashSet<String> = set.last.iter().map(|n| n.roman.to_lowercase()).collect();
    let mut seen = HashSet::new();
    out.retain(|n| {
        let key = n.roman.to_lowercase();
        !listed.contains(&key) && seen.insert(key)
    });
    out
}

/// Chinese two-character given names, built from common given-name characters.
fn given_tail(lang: Lang) -> [Vec<Name>; 2] {
    if lang != Lang::Zh {
        return [Vec::new(), Vec::new()];
    }
    let chars: Vec<char> = ZH_GIVEN.chars().filter(|c| !c.is_whitespace()).collect();
    let half = chars.len() / 2;
    let build = |from: &[char], with: &[char]| -> Vec<Name> {
        let mut out = Vec::new();
        for &a in from {
            for &b in with {
                if a != b {
                    out.push(generated(format!("{a}{b}")));
                }
            }
        }
        out
    };
    // The first half of the characters leans female, the second male; the second
    // character comes from anywhere.
    [build(&chars[..half], &chars), build(&chars[half..], &chars)]
}

struct City {
    group: String,
    country: String,
    city: String,
    postcode: String,
    weight: f64,
}

struct Lists {
    names: [NameSet; 5],
    cities: Vec<City>,
    /// Street names by city group ("fr" streets serve all of France).
    streets: Vec<(String, Vec<String>)>,
}

/// A listed name, with its Latin form as the matcher reads it (the name itself when the
/// list gives no Latin spelling).
fn listed(name: &ListedName) -> Name {
    Name {
        native: name.text.to_string(),
        roman: name.roman.map_or_else(|| name.text.to_string(), capitalise),
    }
}

/// The listed names of a language and its generated tails. The shares of people with a
/// family name from the tail are rough guesses of how concentrated each language's family
/// names are (Armenian ones more than French or English ones; Chinese ones so concentrated
/// that the list is the whole set).
fn name_set(lang: Lang, lists: &NameLists) -> NameSet {
    let mut set = NameSet {
        female: lists.female.iter().map(listed).collect(),
        male: lists.male.iter().map(listed).collect(),
        last: lists.last.iter().map(listed).collect(),
        tail: Vec::new(),
        tail_share: 0.0,
        given_tail: [Vec::new(), Vec::new()],
        given_tail_share: 0.0,
    };
    set.tail = surname_tail(lang, &set);
    set.tail_share = match lang {
        Lang::Fr => 0.85,
        Lang::En => 0.8,
        Lang::Ru => 0.7,
        Lang::Hy => 0.5,
        Lang::Zh => 0.0,
    };
    set.given_tail = given_tail(lang);
    set.given_tail_share = if lang == Lang::Zh { 0.6 } else { 0.0 };
    set
}

/// Towns of the rest of France beyond the listed ones: a shop that sells far and wide has
/// customers in thousands of towns, each with its own postcode.
fn french_towns() -> Vec<City> {
    const TOWNS: usize = 4_000;
    const WEIGHT: f64 = 150.0;
    let mut rng = ChaCha8Rng::seed_from_u64(0x544F_574E);
    let roots: Vec<&str> = FR_ROOTS.split_whitespace().collect();
    let rivers = [
        "Loire", "Seine", "Marne", "Saône", "Rhône", "Garonne", "Oise", "Vienne",
    ];
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(TOWNS);
    while out.len() < TOWNS {
        let root = roots[rng.random_range(0..roots.len())];
        let name = match rng.random_range(0..5) {
            0 => format!("Saint-{root}"),
            1 => format!("{root}-sur-{}", rivers[rng.random_range(0..rivers.len())]),
            2 => format!("{root}ville"),
            3 => format!("{root}court"),
            _ => format!("Le {root}"),
        };
        // Départements 01 to 95 (not Corsica's 20), a town's code ending in 0. Names repeat
        // from one département to another, as the many Saint-Martins do.
        let department = loop {
            let d = rng.random_range(1..96u32);
            if d != 20 {
                break d;
            }
        };
        let postcode = format!("{department:02}{:02}0", rng.random_range(0..100u32));
        if !seen.insert((name.clone(), postcode.clone())) {
            continue;
        }
        out.push(City {
            group: "fr".into(),
            country: "FR".into(),
            city: name,
            postcode,
            weight: WEIGHT / TOWNS as f64,
        });
    }
    out
}

impl Lists {
    fn load() -> Lists {
        let [fr, en, ru, zh, hy] = name_lists();
        let names = [
            name_set(Lang::Fr, &fr),
            name_set(Lang::En, &en),
            name_set(Lang::Ru, &ru),
            name_set(Lang::Zh, &zh),
            name_set(Lang::Hy, &hy),
        ];
        let mut cities: Vec<City> = demo_cities()
            .into_iter()
            .map(|c| City {
                group: c.group.to_string(),
                country: c.country.to_string(),
                city: c.city.to_string(),
                postcode: c.postcode.to_string(),
                weight: c.weight,
            })
            .collect();
        cities.extend(french_towns());
        let streets = demo_streets()
            .into_iter()
            .map(|(group, list)| {
                let list = list.into_iter().map(str::to_string).collect();
                (group.to_string(), list)
            })
            .collect();
        Lists {
            names,
            cities,
            streets,
        }
    }

    fn set(&self, lang: Lang) -> &NameSet {
        &self.names[lang as usize]
    }
}

fn capitalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c == ' ' || c == '-';
    }
    out
}

/// The feminine form of a Russian family name (Иванов → Иванова, Чайковский → Чайковская).
fn feminine(name: &Name) -> Name {
    let f = |s: &str, pairs: &[(&str, &str)]| {
        for (m, w) in pairs {
            if let Some(stem) = s.strip_suffix(m) {
                return format!("{stem}{w}");
            }
        }
        s.to_string()
    };
    Name {
        native: f(
            &name.native,
            &[
                ("ов", "ова"),
                ("ев", "ева"),
                ("ин", "ина"),
                ("ский", "ская"),
            ],
        ),
        roman: f(
            &name.roman,
            &[
                ("ov", "ova"),
                ("ev", "eva"),
                ("in", "ina"),
                ("skiy", "skaya"),
            ],
        ),
    }
}

/// Another way to write a romanised Russian or Armenian name in Latin letters.
fn transliterate(roman: &str, lang: Lang, style: u8) -> String {
    let mut s = roman.to_lowercase();
    match (lang, style) {
        (Lang::Ru, 1) => {
            // English-style: Alexander, Dmitry, Alexey.
            s = s.replace("ks", "x");
            for (from, to) in [("iy", "y"), ("ey", "ei")] {
                if let Some(stem) = s.strip_suffix(from) {
                    s = format!("{stem}{to}");
                }
            }
            if s == "alexandr" {
                s = "alexander".into();
            }
        }
        (Lang::Ru, 2) => {
            // Passport (ICAO) style: Dmitrii, Iurii, Aleksei.
            for (from, to) in [("iy", "ii"), ("ey", "ei"), ("y", "i")] {
                if let Some(stem) = s.strip_suffix(from) {
                    s = format!("{stem}{to}");
                    break;
                }
            }
            s = s.replace("yu", "iu").replace("ya", "ia");
        }
        (Lang::Ru, 3) => {
            // Old French style: Ivanoff, Tchaikovski.
            for (from, to) in [("ov", "off"), ("ev", "eff"), ("iy", "i")] {
                if let Some(stem) = s.strip_suffix(from) {
                    s = format!("{stem}{to}");
                    break;
                }
            }
            s = s.replace("ch", "tch").replace("kh", "h");
        }
        (Lang::Hy, 1) | (Lang::Hy, 3) => {
            // Western spelling: Hovhannisian, Sarkisian.
            if let Some(stem) = s.strip_suffix("yan") {
                s = format!("{stem}ian");
            }
        }
        (Lang::Zh, 1) => {
            // Wade-Giles-ish spellings some people keep.
            s = s.replace("zh", "ch").replace('x', "hs");
        }
        _ => {}
    }
    capitalise(&s)
}

/// One person, as the shop first knew them.
#[derive(Clone)]
struct Person {
    lang: Lang,
    first: Name,
    last: Name,
    /// Written in its own script (else Latin letters) on the first record.
    native: bool,
    birth: Option<(u16, u8, u8)>,
    email: Option<(String, String)>,
    /// Country calling code and national number without the trunk 0.
    phone: Option<(&'static str, String)>,
    address: Address,
}

#[derive(Clone)]
struct Address {
    number: u16,
    street: String,
    street2: Option<String>,
    city: usize,
}

struct Generator {
    lists: Lists,
    /// Cities to choose from for a set of groups, with their cumulative weights.
    city_choices: std::collections::HashMap<Vec<String>, (Vec<usize>, Vec<f64>)>,
    rng: ChaCha8Rng,
    emails: HashSet<String>,
    phones: HashSet<String>,
}

const DOMAINS_FR: [&str; 6] = [
    "gmail.com",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "hotmail.fr",
    "yahoo.fr",
];
const DOMAINS_RU: [&str; 4] = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru"];
const DOMAINS_ZH: [&str; 4] = ["qq.com", "163.com", "gmail.com", "126.com"];
const DOMAINS_EN: [&str; 4] = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com"];

fn calling_code(country: &str) -> &'static str {
    match country {
        "GB" => "44",
        "RU" => "7",
        "CN" => "86",
        "AM" => "374",
        "BE" => "32",
        "CH" => "41",
        _ => "33",
    }
}

impl Generator {
    fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p.clamp(0.0, 1.0))
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.random_range(0..items.len())]
    }

    fn lang(&mut self) -> Lang {
        let mut t = self.rng.random::<f64>();
        for (lang, share) in LANGS {
            if t < share {
                return lang;
            }
            t -= share;
        }
        Lang::Fr
    }

    fn first_name(&mut self, lang: Lang, female: bool) -> Name {
        let set = self.lists.set(lang);
        let tail = &set.given_tail[usize::from(!female)];
        if !tail.is_empty() && self.rng.random_bool(set.given_tail_share) {
            return tail[self.rng.random_range(0..tail.len())].clone();
        }
        let list = if female { &set.female } else { &set.male };
        let mut name = list[self.rng.random_range(0..list.len())].clone();
        if lang == Lang::Fr && self.rng.random_bool(0.12) {
            // Jean-Pierre, Marie-Claire.
            let other = &list[self.rng.random_range(0..list.len())];
            if other.roman != name.roman {
                name.native = format!("{}-{}", name.native, other.native);
                name.roman = format!("{}-{}", name.roman, other.roman);
            }
        }
        name
    }

    fn last_name(&mut self, lang: Lang, female: bool) -> Name {
        let set = self.lists.set(lang);
        let from_tail = !set.tail.is_empty() && self.rng.random_bool(set.tail_share);
        let mut name = if from_tail {
            set.tail[self.rng.random_range(0..set.tail.len())].clone()
        } else {
            set.last[self.rng.random_range(0..set.last.len())].clone()
        };
        if matches!(lang, Lang::Fr | Lang::En) && self.rng.random_bool(0.08) {
            let other = &set.last[self.rng.random_range(0..set.last.len())];
            if other.roman != name.roman {
                name.native = format!("{}-{}", name.native, other.native);
                name.roman = format!("{}-{}", name.roman, other.roman);
            }
        }
        if lang == Lang::Ru && female {
            name = feminine(&name);
        }
        name
    }

    fn city(&mut self, lang: Lang) -> usize {
        // Most customers live in France; some abroad, in their own language's country.
        let abroad = match lang {
            Lang::Fr => None,
            Lang::En => Some("GB"),
            Lang::Ru => Some("RU"),
            Lang::Zh => Some("CN"),
            Lang::Hy => Some("AM"),
        };
        let groups: Vec<&str> = match abroad {
            Some(g) if self.rng.random_bool(0.2) => vec![g],
            _ if self.rng.random_bool(0.04) => vec!["BE", "CH"],
            _ => vec!["lyon", "paris", "fr"],
        };
        let cities = &self.lists.cities;
        let (indices, cumulative) = self
            .city_choices
            .entry(groups.iter().map(|g| g.to_string()).collect())
            .or_insert_with(|| {
                let mut total = 0.0;
                cities
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| groups.contains(&c.group.as_str()))
                    .map(|(i, c)| {
                        total += c.weight;
                        (i, total)
                    })
                    .unzip()
            });
        let total = cumulative.last().copied().unwrap_or(0.0);
        let t = self.rng.random::<f64>() * total;
        let k = cumulative.partition_point(|&c| c <= t);
        indices.get(k).or(indices.last()).copied().unwrap_or(0)
    }

    fn address(&mut self, lang: Lang) -> Address {
        let city = self.city(lang);
        let group = self.lists.cities[city].group.clone();
        let french = matches!(group.as_str(), "lyon" | "paris" | "fr");
        let listed: Vec<&String> = self
            .lists
            .streets
            .iter()
            .filter(|(g, _)| *g == group || (french && g == "fr"))
            .flat_map(|(_, s)| s.iter())
            .collect();
        let known =
            (!listed.is_empty()).then(|| listed[self.rng.random_range(0..listed.len())].clone());
        // Real towns have far more streets than the list: name the rest after people.
        let street = if known.is_none() || self.rng.random_bool(0.7) {
            let kind = if french || group == "BE" || group == "CH" {
                *self.pick(&["rue", "avenue", "boulevard", "place", "allée", "impasse"])
            } else {
                *self.pick(&["Street", "Road", "Avenue", "Lane"])
            };
            let fr = self.lists.set(Lang::Fr);
            let honoured = fr.last[self.rng.random_range(0..fr.last.len())]
                .roman
                .clone();
            let first = fr.male[self.rng.random_range(0..fr.male.len())]
                .roman
                .clone();
            let who = if self.rng.random_bool(0.5) {
                format!("{first} {honoured}")
            } else {
                honoured
            };
            if kind.starts_with(char::is_uppercase) {
                format!("{who} {kind}")
            } else {
                format!("{kind} {who}")
            }
        } else {
            known.unwrap_or_default()
        };
        let street2 = self.rng.random_bool(0.25).then(|| {
            let n = self.rng.random_range(1..80);
            match self.rng.random_range(0..3) {
                0 => format!("Apt {n}"),
                1 => format!("Bât. {}", (b'A' + (n % 6) as u8) as char),
                _ => format!("Appartement {n}"),
            }
        });
        Address {
            number: self.rng.random_range(1..300),
            street,
            street2,
            city,
        }
    }

    fn phone(&mut self, country: &str) -> (&'static str, String) {
        let code = calling_code(country);
        loop {
            let national = match code {
                "33" => format!(
                    "{}{:08}",
                    if self.rng.random_bool(0.8) { 6 } else { 7 },
                    self.rng.random_range(0..100_000_000u32)
                ),
                "7" => format!("9{:09}", self.rng.random_range(0..1_000_000_000u32)),
                "86" => format!("13{:09}", self.rng.random_range(0..1_000_000_000u32)),
                "44" => format!("7{:09}", self.rng.random_range(0..1_000_000_000u32)),
                _ => format!("9{:07}", self.rng.random_range(0..10_000_000u32)),
            };
            if self.phones.insert(format!("{code}{national}")) {
                return (code, national);
            }
        }
    }

    fn email(&mut self, first: &str, last: &str, lang: Lang) -> (String, String) {
        let ascii = |s: &str| -> String {
            clientele::clean::name_key(s)
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect()
        };
        let (f, l) = (ascii(first), ascii(last));
        let domain = match lang {
            Lang::Ru | Lang::Hy => *self.pick(&DOMAINS_RU),
            Lang::Zh => *self.pick(&DOMAINS_ZH),
            Lang::En => *self.pick(&DOMAINS_EN),
            Lang::Fr => *self.pick(&DOMAINS_FR),
        };
        let fi = f.chars().next().unwrap_or('x');
        let mut local = match self.rng.random_range(0..5) {
            0 => format!("{f}.{l}"),
            1 => format!("{fi}{l}"),
            2 => format!("{f}{l}"),
            3 => format!("{f}_{l}"),
            _ => format!("{l}.{f}"),
        };
        if self.rng.random_bool(0.4) {
            local.push_str(&self.rng.random_range(1..100).to_string());
        }
        // Addresses belong to one person: add digits until it is free.
        while !self.emails.insert(format!("{local}@{domain}")) {
            local.push_str(&self.rng.random_range(0..10).to_string());
        }
        (local, domain.to_string())
    }

    fn person(&mut self) -> Person {
        let lang = self.lang();
        let female = self.rng.random_bool(0.5);
        let first = self.first_name(lang, female);
        let last = self.last_name(lang, female);
        self.person_named(lang, first, last, None)
    }

    /// A person with the given names (and, for a family member, the given home).
    fn person_named(
        &mut self,
        lang: Lang,
        first: Name,
        last: Name,
        home: Option<(&Address, Option<(&'static str, String)>)>,
    ) -> Person {
        let native = lang != Lang::Fr && lang != Lang::En && self.rng.random_bool(0.6);
        let birth = self.rng.random_bool(0.85).then(|| {
            (
                self.rng.random_range(1940..2006),
                self.rng.random_range(1..13),
                self.rng.random_range(1..29),
            )
        });
        let email = self
            .rng
            .random_bool(0.8)
            .then(|| self.email(&first.roman, &last.roman, lang));
        let (address, phone) = match home {
            Some((address, shared)) => {
                let phone = match shared {
                    Some(p) if self.rng.random_bool(0.5) => Some(p),
                    _ => self.rng.random_bool(0.85).then(|| {
                        let country = self.lists.cities[address.city].country.clone();
                        self.phone(&country)
                    }),
                };
                (address.clone(), phone)
            }
            None => {
                let address = self.address(lang);
                let country = self.lists.cities[address.city].country.clone();
                let phone = self.rng.random_bool(0.85).then(|| self.phone(&country));
                (address, phone)
            }
        };
        Person {
            lang,
            first,
            last,
            native,
            birth,
            email,
            phone,
            address,
        }
    }

    /// A name as typed on one record: script, transliteration, typos, case, accents.
    fn write_name(&mut self, name: &Name, lang: Lang, native: bool, messy: bool) -> String {
        let mut s = if native {
            name.native.clone()
        } else if matches!(lang, Lang::Ru | Lang::Hy | Lang::Zh) && messy {
            let style = self.rng.random_range(0..4);
            transliterate(&name.roman, lang, style)
        } else {
            name.roman.clone()
        };
        if !messy {
            return s;
        }
        if !native && self.chance(0.12) {
            s = typo(&mut self.rng, &s);
        }
        if self.chance(0.25) {
            s = clientele::clean::fold(&s);
            s = capitalise(&s);
        }
        match self.rng.random_range(0..10) {
            0 => s = s.to_uppercase(),
            1 => s = s.to_lowercase(),
            _ => {}
        }
        s
    }

    fn phone_text(&mut self, code: &str, national: &str) -> String {
        let spaced = |s: &str| -> String {
            let mut out = String::new();
            for (i, c) in s.chars().enumerate() {
                if i > 0 && (s.len() - i).is_multiple_of(2) {
                    out.push(' ');
                }
                out.push(c);
            }
            out
        };
        if code == "33" {
            match self.rng.random_range(0..7) {
                0 => format!("+33 {}", spaced(national).trim_start()),
                1 => format!("0{national}"),
                2 => format!("0{}", spaced(national)),
                3 => format!("0{}", spaced(national)).replace(' ', "."),
                4 => format!("0033{national}"),
                5 => format!("+33{national}"),
                _ => format!("+33 (0){national}"),
            }
        } else {
            match self.rng.random_range(0..3) {
                0 => format!("+{code} {national}"),
                1 => format!("00{code}{national}"),
                _ => format!("+{code}{national}"),
            }
        }
    }

    fn record(&mut self, p: &Person, messy: bool) -> Record {
        let native = if messy && p.lang != Lang::Fr && p.lang != Lang::En {
            self.chance(0.5)
        } else {
            p.native
        };
        let mut first = self.write_name(&p.first, p.lang, native, messy);
        let mut last = self.write_name(&p.last, p.lang, native, messy);
        if messy && self.chance(0.05) {
            // Only the initial of the first name.
            let initial: String = first.chars().take(1).collect();
            first = if self.chance(0.5) {
                format!("{initial}.")
            } else {
                initial
            };
        }
        if messy && self.chance(0.06) {
            std::mem::swap(&mut first, &mut last);
        }
        let mut address = p.address.clone();
        if messy && self.chance(0.12) {
            // Moved house (same country's cities, mostly).
            address = self.address(p.lang);
        }
        let city = &self.lists.cities[address.city];
        let (city_name, postcode) = (city.city.clone(), city.postcode.clone());
        let mut street = format!("{} {}", address.number, address.street);
        if messy && self.chance(0.2) {
            street = street
                .replace("rue ", "r. ")
                .replace("avenue ", "av. ")
                .replace("boulevard ", "bd ")
                .replace("Street", "St")
                .replace("Road", "Rd");
        }
        if messy && self.chance(0.04) {
            street = typo(&mut self.rng, &street);
        }
        let email = match &p.email {
            Some(_) if messy && self.chance(0.2) => None,
            Some((local, domain)) if messy && self.chance(0.08) => {
                // The same name at another provider, if nobody else holds that address
                // there (an address belongs to one person).
                let other = *self.pick(&["gmail.com", "yahoo.com", "outlook.com", "mail.ru"]);
                let other = if other == domain { "icloud.com" } else { other };
                let moved = format!("{local}@{other}");
                if self.emails.insert(moved.clone()) {
                    Some(moved)
                } else {
                    Some(format!("{local}@{domain}"))
                }
            }
            Some((local, domain)) if messy && self.chance(0.08) => {
                Some(format!("{}@{domain}", local.to_uppercase()))
            }
            Some((local, domain)) => Some(format!("{local}@{domain}")),
            None if messy && self.chance(0.15) => {
                let (l, d) = self.email(&p.first.roman, &p.last.roman, p.lang);
                Some(format!("{l}@{d}"))
            }
            None => None,
        };
        let phone = match &p.phone {
            Some(_) if messy && self.chance(0.15) => None,
            Some(_) if messy && self.chance(0.05) => {
                let country = self.lists.cities[address.city].country.clone();
                let (c, n) = self.phone(&country);
                Some(self.phone_text(c, &n))
            }
            Some((c, n)) => Some(self.phone_text(c, n)),
            None => None,
        };
        let birth = match p.birth {
            Some(_) if messy && self.chance(0.15) => None,
            Some((y, m, d)) => {
                let (mut y, mut m, mut d) = (y, m, d);
                if messy && self.chance(0.04) {
                    match self.rng.random_range(0..3) {
                        0 => d = (d % 28) + 1,
                        1 => y += 1,
                        _ => std::mem::swap(&mut m, &mut d),
                    }
                }
                Some(match self.rng.random_range(0..3) {
                    0 => format!("{y}-{m:02}-{d:02}"),
                    1 => format!("{d:02}/{m:02}/{y}"),
                    _ => format!("{d:02}.{m:02}.{y}"),
                })
            }
            None => None,
        };
        Record {
            first_name: (!first.is_empty()).then_some(first),
            last_name: (!last.is_empty()).then_some(last),
            email,
            phone,
            street: Some(street),
            street2: address.street2.clone(),
            city: Some(city_name),
            postcode: Some(postcode),
            birth_date: birth,
            ..Record::default()
        }
    }
}

/// One typo: a letter replaced, dropped, doubled or two letters swapped.
fn typo(rng: &mut ChaCha8Rng, s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    if chars.len() < 3 {
        return s.to_string();
    }
    let i = rng.random_range(1..chars.len() - 1);
    match rng.random_range(0..4) {
        0 => chars[i] = (b'a' + rng.random_range(0..26u8)) as char,
        1 => {
            chars.remove(i);
        }
        2 => chars.insert(i, chars[i]),
        _ => chars.swap(i, i + 1),
    }
    chars.into_iter().collect()
}

/// A shop of `people` customers and their duplicate records, with the truth: the pairs of
/// record indices that are the same person (every pair within a person's records).
/// Records get ids 1.. and a unique `external_ref`.
pub fn shop(people: usize, seed: u64) -> (Vec<Record>, Vec<(usize, usize)>) {
    let mut g = Generator {
        lists: Lists::load(),
        city_choices: Default::default(),
        rng: ChaCha8Rng::seed_from_u64(seed),
        emails: HashSet::new(),
        phones: HashSet::new(),
    };
    let mut persons: Vec<Person> = Vec::with_capacity(people);
    while persons.len() < people {
        let roll = g.rng.random::<f64>();
        if roll < 0.04 && !persons.is_empty() {
            // A family: partner or child at the same address, same family name.
            let i = g.rng.random_range(0..persons.len());
            let head = persons[i].clone();
            let female = g.rng.random_bool(0.5);
            let first = g.first_name(head.lang, female);
            let last = if head.lang == Lang::Ru && female {
                feminine(&head.last)
            } else {
                head.last.clone()
            };
            let home = (&head.address, head.phone.clone());
            let member = g.person_named(head.lang, first, last, Some(home));
            persons.push(member);
        } else if roll < 0.07 && !persons.is_empty() {
            // A stranger with the same name as someone, sometimes in the same city.
            let i = g.rng.random_range(0..persons.len());
            let twin = persons[i].clone();
            let mut other = g.person_named(twin.lang, twin.first, twin.last, None);
            if g.rng.random_bool(0.3) {
                other.address.city = twin.address.city;
            }
            persons.push(other);
        } else {
            let p = g.person();
            persons.push(p);
        }
    }
    let mut records = Vec::with_capacity(people + people / 7);
    let mut owner: Vec<usize> = Vec::with_capacity(people + people / 7);
    for (i, p) in persons.iter().enumerate() {
        let r = g.record(p, false);
        records.push(r);
        owner.push(i);
    }
    for (i, p) in persons.iter().enumerate() {
        if !g.rng.random_bool(0.1) {
            continue;
        }
        let extra = match g.rng.random::<f64>() {
            x if x < 0.7 => 1,
            x if x < 0.9 => 2,
            _ => 3,
        };
        for _ in 0..extra {
            let r = g.record(p, true);
            records.push(r);
            owner.push(i);
        }
    }
    // Records arrive in no particular order.
    let mut order: Vec<usize> = (0..records.len()).collect();
    for i in (1..order.len()).rev() {
        let j = g.rng.random_range(0..=i);
        order.swap(i, j);
    }
    let mut shuffled = Vec::with_capacity(records.len());
    let mut owners = Vec::with_capacity(records.len());
    let mut slots: Vec<Option<Record>> = records.into_iter().map(Some).collect();
    for (k, &i) in order.iter().enumerate() {
        let mut r = slots[i].take().unwrap_or_default();
        r.id = k as i64 + 1;
        r.external_ref = Some(format!("C{:08}", k + 1));
        shuffled.push(r);
        owners.push(owner[i]);
    }
    (shuffled, true_pairs(&owners))
}

/// Every pair of record indices with the same owner, smaller index first, sorted.
fn true_pairs(owners: &[usize]) -> Vec<(usize, usize)> {
    let mut by_owner: Vec<(usize, usize)> = owners.iter().copied().zip(0..).collect();
    by_owner.sort_unstable();
    let mut pairs = Vec::new();
    let mut start = 0;
    while start < by_owner.len() {
        let mut end = start + 1;
        while end < by_owner.len() && by_owner[end].0 == by_owner[start].0 {
            end += 1;
        }
        for a in start..end {
            for b in a + 1..end {
                let (x, y) = (by_owner[a].1, by_owner[b].1);
                pairs.push((x.min(y), x.max(y)));
            }
        }
        start = end;
    }
    pairs.sort_unstable();
    pairs
}

/// Pairwise quality of a detection against the truth (pairs of record indices).
#[derive(Clone, Copy, Debug)]
pub struct PairQuality {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Share of the true pairs among the candidate pairs blocking proposed.
    pub blocking_completeness: f64,
    /// Pairs in the closure of the clusters at the threshold.
    pub found: usize,
    pub true_pairs: usize,
}

/// Precision, recall and F1 of the closure of the clusters at `threshold` (every true pair
/// counts, including those blocking never proposed), and blocking completeness.
pub fn pair_quality(d: &Detection, truth: &[(usize, usize)], threshold: f64) -> PairQuality {
    let truth: HashSet<u64> = truth
        .iter()
        .map(|&(a, b)| pair(a as u32, b as u32))
        .collect();
    let clusters = d.clusters(threshold);
    let mut found = 0usize;
    let mut tp = 0usize;
    for c in &clusters {
        for (i, &a) in c.members.iter().enumerate() {
            for &b in &c.members[i + 1..] {
                found += 1;
                tp += usize::from(truth.contains(&pair(a, b)));
            }
        }
    }
    let blocked = block::candidates(d.prepared(), &mut |_| true);
    let in_blocking = blocked.map_or(0, |b| {
        b.pairs.iter().filter(|&&p| truth.contains(&p)).count()
    });
    let precision = tp as f64 / found.max(1) as f64;
    let recall = tp as f64 / truth.len().max(1) as f64;
    PairQuality {
        precision,
        recall,
        f1: 2.0 * precision * recall / (precision + recall).max(1e-12),
        blocking_completeness: in_blocking as f64 / truth.len().max(1) as f64,
        found,
        true_pairs: truth.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_shop() {
        let (a, pa) = shop(2_000, 7);
        let (b, pb) = shop(2_000, 7);
        assert_eq!(pa, pb);
        assert_eq!(a.len(), b.len());
        assert!(
            a.iter()
                .zip(&b)
                .all(|(x, y)| x.first_name == y.first_name && x.phone == y.phone)
        );
        assert!(a.len() > 2_100 && a.len() < 2_500, "{}", a.len());
        assert!(pa.len() > 150, "{}", pa.len());
    }

    #[test]
    fn names_come_in_several_scripts() {
        let (recs, _) = shop(3_000, 1);
        let has = |range: std::ops::RangeInclusive<char>| {
            recs.iter().any(|r| {
                r.last_name
                    .as_deref()
                    .unwrap_or("")
                    .chars()
                    .any(|c| range.contains(&c))
            })
        };
        assert!(has('\u{0400}'..='\u{04FF}'), "Cyrillic");
        assert!(has('\u{0530}'..='\u{058F}'), "Armenian");
        assert!(has('\u{4E00}'..='\u{9FFF}'), "Chinese");
        assert!(has('a'..='z'), "Latin");
        let refs: HashSet<_> = recs.iter().map(|r| r.external_ref.clone()).collect();
        assert_eq!(refs.len(), recs.len());
    }

    #[test]
    fn duplicates_are_found_in_a_synthetic_shop() {
        let (recs, truth) = shop(3_000, 42);
        let options = clientele::dedup::Options {
            phone_country: Some("FR".into()),
            ..Default::default()
        };
        let d = clientele::dedup::detect(&recs, &options, &mut |_, _| true).unwrap();
        let q = pair_quality(&d, &truth, d.recommended_threshold);
        eprintln!(
            "synthetic shop: {} contacts, {} true pairs, {} candidates, threshold {:.3}, precision {:.4}, recall {:.4}, F1 {:.4}, blocking completeness {:.4}",
            recs.len(),
            truth.len(),
            d.candidates,
            d.recommended_threshold,
            q.precision,
            q.recall,
            q.f1,
            q.blocking_completeness
        );
        assert!(q.f1 >= 0.99, "F1 {:.4}", q.f1);
    }

    #[test]
    fn transliteration_styles_differ() {
        assert_eq!(transliterate("dmitriy", Lang::Ru, 1), "Dmitry");
        assert_eq!(transliterate("dmitriy", Lang::Ru, 2), "Dmitrii");
        assert_eq!(transliterate("aleksandr", Lang::Ru, 1), "Alexander");
        assert_eq!(transliterate("ivanov", Lang::Ru, 3), "Ivanoff");
        assert_eq!(transliterate("sargsyan", Lang::Hy, 1), "Sargsian");
    }
}
