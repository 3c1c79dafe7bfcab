//! The demo's customers: their language, home and channel habits, their names, e-mails and
//! addresses, the orders planned for each over the history, and the duplicate contacts with
//! the mistakes real data has.

use std::collections::HashSet;

use chrono::{Datelike, Days, NaiveDateTime, NaiveTime, TimeDelta};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::calendar::time_of_day;
use super::catalogue::Name;
use super::phones::{Phone, PhoneKind};
use super::*;
use crate::model::{Consent, NewContact};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lang {
    Fr,
    En,
    Ru,
    Zh,
    Hy,
}

pub(super) const LANGS: [Lang; 5] = [Lang::Fr, Lang::En, Lang::Ru, Lang::Zh, Lang::Hy];
pub(super) const LANG_WEIGHTS: [f64; 5] = [45.0, 20.0, 15.0, 10.0, 10.0];

impl Lang {
    pub(super) fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
            Lang::Hy => "hy",
        }
    }

    pub(super) fn latin(self) -> bool {
        matches!(self, Lang::Fr | Lang::En)
    }

    /// Where people speaking this language live: (city group, weight).
    pub(super) fn homes(self) -> &'static [(&'static str, f64)] {
        match self {
            Lang::Fr => &[
                ("lyon", 48.0),
                ("paris", 30.0),
                ("fr", 19.0),
                ("BE", 1.5),
                ("CH", 1.5),
            ],
            Lang::En => &[("lyon", 33.0), ("paris", 35.0), ("fr", 17.0), ("GB", 15.0)],
            Lang::Ru => &[("lyon", 40.0), ("paris", 35.0), ("fr", 17.0), ("RU", 8.0)],
            Lang::Zh => &[("lyon", 35.0), ("paris", 40.0), ("fr", 17.0), ("CN", 8.0)],
            Lang::Hy => &[("lyon", 55.0), ("paris", 25.0), ("fr", 12.0), ("AM", 8.0)],
        }
    }

    pub(super) fn email_domains(self) -> &'static [(&'static str, f64)] {
        match self {
            Lang::Fr => &[
                ("gmail.com", 30.0),
                ("orange.fr", 18.0),
                ("free.fr", 12.0),
                ("laposte.net", 8.0),
                ("hotmail.fr", 8.0),
                ("sfr.fr", 6.0),
                ("wanadoo.fr", 5.0),
                ("yahoo.fr", 5.0),
                ("outlook.fr", 4.0),
                ("icloud.com", 4.0),
            ],
            Lang::En => &[
                ("gmail.com", 40.0),
                ("outlook.com", 15.0),
                ("hotmail.co.uk", 10.0),
                ("yahoo.co.uk", 10.0),
                ("icloud.com", 10.0),
                ("hotmail.com", 10.0),
                ("btinternet.com", 5.0),
            ],
            Lang::Ru => &[
                ("yandex.ru", 30.0),
                ("mail.ru", 30.0),
                ("gmail.com", 25.0),
                ("rambler.ru", 5.0),
                ("bk.ru", 5.0),
                ("list.ru", 5.0),
            ],
            Lang::Zh => &[
                ("qq.com", 40.0),
                ("163.com", 25.0),
                ("gmail.com", 20.0),
                ("126.com", 10.0),
                ("sina.com", 5.0),
            ],
            Lang::Hy => &[
                ("gmail.com", 50.0),
                ("mail.ru", 20.0),
                ("yandex.ru", 10.0),
                ("yahoo.com", 10.0),
                ("outlook.com", 10.0),
            ],
        }
    }
}

/// Where a customer lives, as far as the shop is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Area {
    Lyon,
    Paris,
    Elsewhere,
}

/// Channel habits, `[Lyon, Paris, web, market, phone]`, with the share of customers having them.
pub(super) const PROFILES_LYON: [(f64, [f64; CHANNELS]); 4] = [
    (55.0, [0.86, 0.02, 0.07, 0.04, 0.01]),
    (12.0, [0.15, 0.00, 0.80, 0.03, 0.02]),
    (30.0, [0.20, 0.00, 0.04, 0.75, 0.01]),
    (3.0, [0.25, 0.00, 0.15, 0.00, 0.60]),
];
pub(super) const PROFILES_PARIS: [(f64, [f64; CHANNELS]); 3] = [
    (78.0, [0.02, 0.88, 0.09, 0.00, 0.01]),
    (19.0, [0.00, 0.20, 0.77, 0.00, 0.03]),
    (3.0, [0.00, 0.30, 0.15, 0.00, 0.55]),
];
pub(super) const PROFILES_ELSEWHERE: [(f64, [f64; CHANNELS]); 3] = [
    (78.0, [0.03, 0.03, 0.90, 0.00, 0.04]),
    (19.0, [0.35, 0.30, 0.30, 0.03, 0.02]),
    (3.0, [0.00, 0.00, 0.40, 0.00, 0.60]),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Frequent and still active.
    Loyal,
    /// Buys now and then until the end.
    Regular,
    /// Active for a while early on, then gone.
    Lapsed,
    /// A single order.
    OneTime,
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

/// The letter without its accent (`é` → `e`, `Œ` → `OE`); other characters unchanged.
pub(super) fn fold_char(c: char, out: &mut String) {
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "A",
        'ç' => "c",
        'Ç' => "C",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'È' | 'É' | 'Ê' | 'Ë' => "E",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' => "I",
        'ñ' => "n",
        'Ñ' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => "O",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'œ' => "oe",
        'Œ' => "OE",
        'æ' => "ae",
        'Æ' => "AE",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(folded);
}

/// Accents stripped: "Hélène" → "Helene".
pub(super) fn strip_accents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Lower-case ASCII letters, digits and hyphens of a Latin-script name: "D'Almeida" → "dalmeida".
pub(super) fn romanise(text: &str) -> String {
    strip_accents(text)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// "ivan" → "Ivan".
pub(super) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Feminine form of a Russian family name: Петров → Петрова, Островский → Островская.
pub(super) fn feminine_ru(name: &Name) -> Name {
    if let Some(stem) = name.text.strip_suffix("ий") {
        let roman = match name.roman.strip_suffix("iy") {
            Some(r) => format!("{r}aya"),
            None => name.roman.clone(),
        };
        return Name {
            text: format!("{stem}ая"),
            roman,
        };
    }
    if ["ов", "ев", "ёв", "ин", "ын"]
        .iter()
        .any(|s| name.text.ends_with(s))
    {
        return Name {
            text: format!("{}а", name.text),
            roman: format!("{}a", name.roman),
        };
    }
    name.clone()
}

/// A plausible typing mistake: two letters swapped, one dropped or one doubled (never the first).
pub(super) fn typo(rng: &mut ChaCha8Rng, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    if chars.len() < 3 {
        return text.to_string();
    }
    let i = rng.random_range(1..chars.len() - 1);
    match rng.random_range(0..3) {
        0 if chars[i] != chars[i + 1] => chars.swap(i, i + 1),
        1 => {
            let c = chars[i];
            chars.insert(i, c);
        }
        _ => {
            chars.remove(i);
        }
    }
    chars.into_iter().collect()
}

/// Writes `digits` into the `#` slots of `pattern`.
pub(super) fn fill_pattern(pattern: &str, digits: &str) -> String {
    let mut digits = digits.chars();
    pattern
        .chars()
        .map(|c| {
            if c == '#' {
                digits.next().unwrap_or('0')
            } else {
                c
            }
        })
        .collect()
}

/// One customer: the original contact plus what the simulation needs to know about them.
#[derive(Debug)]
pub(super) struct Person {
    pub(super) contact: NewContact,
    pub(super) lang: Lang,
    pub(super) first: Name,
    pub(super) last: Name,
    pub(super) phone: Option<Phone>,
    pub(super) business: bool,
    pub(super) kind: Kind,
    /// Relative order frequency while active.
    pub(super) weight: f64,
    pub(super) created_day: usize,
    /// Last day the person may order.
    pub(super) stop_day: usize,
    pub(super) first_order: NaiveDateTime,
    pub(super) first_channel: usize,
    pub(super) profile: [f64; CHANNELS],
    pub(super) favourite: usize,
    /// Whether the contact shows loyalty points in `extra`.
    pub(super) points: bool,
}

/// A planned order, before its lines exist.
#[derive(Clone, Copy, Debug)]
pub(super) struct Order {
    pub(super) at: NaiveDateTime,
    pub(super) person: u32,
    pub(super) contact: u32,
    pub(super) channel: u8,
    pub(super) lines: u8,
    /// The person's favourite category (copied here to keep the line loop cache-friendly).
    pub(super) favourite: u8,
    pub(super) business: bool,
    /// Whether the order belongs to the person's duplicate contact.
    pub(super) on_duplicate: bool,
}

pub(super) fn mean_lines(channel: usize) -> f64 {
    LINES_DIST[channel]
        .iter()
        .enumerate()
        .map(|(i, p)| (i + 1) as f64 * p)
        .sum()
}

pub(super) fn choose_profile(rng: &mut ChaCha8Rng, area: Area, business: bool) -> [f64; CHANNELS] {
    if business {
        return match area {
            Area::Lyon => [0.55, 0.0, 0.25, 0.0, 0.2],
            Area::Paris => [0.0, 0.55, 0.25, 0.0, 0.2],
            Area::Elsewhere => [0.05, 0.05, 0.6, 0.0, 0.3],
        };
    }
    let profiles: &[(f64, [f64; CHANNELS])] = match area {
        Area::Lyon => &PROFILES_LYON,
        Area::Paris => &PROFILES_PARIS,
        Area::Elsewhere => &PROFILES_ELSEWHERE,
    };
    profiles
        .get(pick_index_by(rng, profiles, |(w, _)| *w))
        .map(|(_, p)| *p)
        .unwrap_or([0.0, 0.0, 1.0, 0.0, 0.0])
}

/// Makes an address unique by adding digits to the local part until nobody has it.
pub(super) fn unique_email(
    rng: &mut ChaCha8Rng,
    local: &str,
    domain: &str,
    used: &mut HashSet<String>,
) -> String {
    let local = if local.is_empty() { "client" } else { local };
    let mut candidate = format!("{local}@{domain}");
    let mut attempt = 0u32;
    while used.contains(&candidate) {
        attempt += 1;
        let suffix = match attempt {
            1..=4 => rng.random_range(1..100u32),
            5..=9 => rng.random_range(100..1000u32),
            _ => 1000 + attempt,
        };
        candidate = format!("{local}{suffix}@{domain}");
    }
    used.insert(candidate.clone());
    candidate
}

pub(super) fn personal_email(
    rng: &mut ChaCha8Rng,
    lang: Lang,
    first: &str,
    last: &str,
    birth_year: Option<i32>,
    used: &mut HashSet<String>,
) -> String {
    let domain = pick_pair(rng, lang.email_domains());
    if domain == "qq.com" && rng.random_bool(0.6) {
        let number = rng.random_range(10_000u64..10_000_000_000);
        return unique_email(rng, &number.to_string(), domain, used);
    }
    let initial: String = first.chars().take(1).collect();
    let year = birth_year
        .map(|y| y.rem_euclid(100) as u32)
        .unwrap_or_else(|| rng.random_range(1..100));
    let local = match rng.random_range(0..10) {
        0..=2 => format!("{first}.{last}"),
        3 => format!("{first}{last}"),
        4 => format!("{initial}.{last}"),
        5 => format!("{last}.{first}"),
        6 => format!("{first}_{last}"),
        7 => format!("{first}.{last}{year:02}"),
        8 => format!("{first}{last}{}", rng.random_range(1..100)),
        _ => format!("{last}{initial}"),
    };
    unique_email(rng, &local, domain, used)
}

pub(super) fn street_line(rng: &mut ChaCha8Rng, country: &str, street: &str) -> String {
    let number = 1 + (rng.random::<f64>().powf(1.8) * 140.0) as u32;
    match country {
        "RU" => format!("{street}, д. {number}"),
        "CN" => format!("{street}{number}号"),
        "BE" | "CH" => format!("{} {number}", capitalise(street)),
        "FR" if rng.random_bool(0.03) => {
            let suffix = if rng.random_bool(0.7) { "bis" } else { "ter" };
            format!("{number} {suffix} {street}")
        }
        _ => format!("{number} {street}"),
    }
}

pub(super) const STREET2: [&str; 6] = [
    "Bâtiment B",
    "Appartement 12",
    "3e étage",
    "Résidence Les Tilleuls",
    "Escalier C",
    "Boîte 4",
];
pub(super) const SOURCES: [&str; 5] = [
    "instagram",
    "bouche-à-oreille",
    "marché",
    "google",
    "salon Maison&Objet",
];

impl Generator<'_> {
    pub(super) fn person(&mut self) -> Person {
        let rng = &mut self.rng;
        let business = rng.random_bool(0.03);
        let lang = LANGS[pick_weighted(rng, &LANG_WEIGHTS)];
        let female = rng.random_bool(0.62);
        let names = &self.data.names[lang as usize];
        let first = pick(rng, if female { &names.female } else { &names.male })
            .cloned()
            .unwrap_or_default();
        let mut last = pick(rng, &names.last).cloned().unwrap_or_default();
        if lang == Lang::Ru && female {
            last = feminine_ru(&last);
        }

        // Where they live.
        let homes: &[(&str, f64)] = if business {
            &[("lyon", 55.0), ("paris", 35.0), ("fr", 10.0)]
        } else {
            lang.homes()
        };
        let group = pick_pair(rng, homes);
        let area = match group {
            "lyon" => Area::Lyon,
            "paris" => Area::Paris,
            _ => Area::Elsewhere,
        };
        let city = self.data.pick_city(rng, group);
        let country = city.map(|c| c.country.as_str()).unwrap_or("FR");

        // How and when they shop.
        let kind = if business {
            if rng.random_bool(0.4) {
                Kind::Loyal
            } else {
                Kind::Regular
            }
        } else {
            match pick_weighted(rng, &[15.0, 45.0, 25.0, 15.0]) {
                0 => Kind::Loyal,
                1 => Kind::Regular,
                2 => Kind::Lapsed,
                _ => Kind::OneTime,
            }
        };
        let profile = choose_profile(rng, area, business);
        let last_day = self.cal.last_day();
        // Some regulars joined the loyalty programme in its first weeks; the others arrive
        // more and more often as the shop grows (GROWTH).
        let acquired_by = match kind {
            Kind::Loyal | Kind::Regular
                if rng.random_bool(if kind == Kind::Loyal { 0.15 } else { 0.04 }) =>
            {
                last_day.min(60)
            }
            Kind::Loyal => last_day * 90 / 100,
            Kind::Lapsed => last_day * 75 / 100,
            Kind::Regular | Kind::OneTime => last_day,
        };
        let channel = pick_weighted(rng, &profile);
        let (created_day, first_channel) = self.cal.acquisition_day(rng, channel, acquired_by);
        let stop_day = match kind {
            Kind::OneTime => created_day,
            Kind::Lapsed => {
                let days = self.cal.dates.len() as f64;
                let span = ((rng.random_range(0.08..0.35) * days) as usize).max(30);
                (created_day + span)
                    .min(last_day * 80 / 100)
                    .max(created_day)
            }
            Kind::Loyal | Kind::Regular => last_day,
        };
        let weight = match kind {
            Kind::Loyal => 5.5 * lognormal(rng, 0.35),
            Kind::Regular => lognormal(rng, 0.8),
            Kind::Lapsed => 3.0 * lognormal(rng, 0.5),
            Kind::OneTime => 0.0,
        } * if business { 1.5 } else { 1.0 };
        let date = self.cal.dates[created_day];
        let first_order = date.and_time(time_of_day(rng, date, first_channel));
        let before = TimeDelta::seconds(rng.random_range(0..=600));
        let created_at = (first_order - before).max(date.and_time(NaiveTime::MIN));
        let favourite = rng.random_range(0..self.data.categories.len().max(1));

        // The contact card.
        let mut contact = NewContact {
            created_at,
            language: Some(if business { "fr" } else { lang.code() }.to_string()),
            ..NewContact::default()
        };
        if !business || rng.random_bool(0.7) {
            contact.first_name = Some(first.text.clone());
            contact.last_name = Some(last.text.clone());
        }
        if business {
            let (firsts, seconds) = &self.data.companies;
            contact.company = match (pick(rng, firsts), pick(rng, seconds)) {
                (Some(a), Some(b)) => Some(format!("{a} {b}")),
                _ => Some("Hôtel des Arts".to_string()),
            };
            contact.extra.insert("account".into(), Value::from("pro"));
        } else {
            if rng.random_bool(0.9) {
                contact.gender = Some(if female { "f" } else { "m" }.to_string());
            }
            if rng.random_bool(0.6) {
                // Ages 18 to 85 at the end, most between 30 and 65.
                let spread = (rng.random::<f64>() + rng.random::<f64>()) / 2.0;
                let days = 6_600 + (spread * 24_400.0) as u64;
                contact.birth_date = self.opts.end.checked_sub_days(Days::new(days));
            }
        }
        if rng.random_bool(if business { 0.95 } else { 0.85 }) {
            let email = match &contact.company {
                Some(company) => {
                    let slug: String = romanise(&company.replace([' ', '\'', '&'], "-"))
                        .split('-')
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join("-");
                    unique_email(rng, "contact", &format!("{slug}.fr"), &mut self.emails)
                }
                None => personal_email(
                    rng,
                    lang,
                    &first.roman,
                    &last.roman,
                    contact.birth_date.map(|d| d.year()),
                    &mut self.emails,
                ),
            };
            contact.email = Some(email);
        }
        let phone = if rng.random_bool(if business { 0.95 } else { 0.8 }) {
            let kind = match country {
                "RU" => PhoneKind::Russia,
                "CN" => PhoneKind::China,
                "AM" => PhoneKind::Armenia,
                "GB" => PhoneKind::Britain,
                "BE" => PhoneKind::Belgium,
                "CH" => PhoneKind::Switzerland,
                _ => match lang {
                    Lang::En if rng.random_bool(0.15) => PhoneKind::Britain,
                    Lang::Ru if rng.random_bool(0.2) => PhoneKind::Russia,
                    Lang::Zh if rng.random_bool(0.2) => PhoneKind::China,
                    Lang::Hy if rng.random_bool(0.15) => PhoneKind::Armenia,
                    _ => PhoneKind::France,
                },
            };
            Some(Phone::random(rng, kind, area))
        } else {
            None
        };
        contact.phone = phone.as_ref().map(Phone::render);
        if let Some(city) = city
            && rng.random_bool(if business { 0.95 } else { 0.75 })
        {
            let street_group = if country == "FR" { group } else { country };
            if let Some(street) = self.data.pick_street(rng, street_group) {
                contact.street = Some(street_line(rng, country, street));
            }
            if rng.random_bool(0.08) {
                contact.street2 = pick(rng, &STREET2).map(|s| (*s).to_string());
            }
            contact.city = Some(city.city.clone());
            contact.postcode = Some(city.postcode.clone());
            contact.region = Some(city.region.clone());
            contact.country = Some(city.country.clone());
        }
        contact.marketing_consent = match pick_weighted(rng, &[55.0, 15.0, 30.0]) {
            0 => Consent::Yes,
            1 => Consent::No,
            _ => Consent::Unknown,
        };
        if contact.marketing_consent != Consent::Unknown {
            let created = created_at.date();
            let later = (self.opts.end - created).num_days().max(0) as u64;
            contact.consent_date = if rng.random_bool(0.7) || later == 0 {
                Some(created)
            } else {
                created.checked_add_days(Days::new(rng.random_range(0..=later)))
            };
        }
        if rng.random_bool(0.12) {
            let source = pick(rng, &SOURCES).copied().unwrap_or("google");
            contact.extra.insert("source".into(), Value::from(source));
        }
        let points = match kind {
            Kind::OneTime => rng.random_bool(0.2),
            _ => rng.random_bool(0.7),
        };

        Person {
            contact,
            lang,
            first,
            last,
            phone,
            business,
            kind,
            weight,
            created_day,
            stop_day,
            first_order,
            first_channel,
            profile,
            favourite,
            points,
        }
    }

    pub(super) fn plan_orders(
        &mut self,
        index: usize,
        person: &Person,
        rate: f64,
        out: &mut Vec<Order>,
    ) {
        let rng = &mut self.rng;
        let span = (person.stop_day - person.created_day) as f64;
        let extra = if person.kind == Kind::OneTime {
            0
        } else {
            poisson(rng, rate * person.weight * span)
        };
        let mut planned: Vec<(NaiveDateTime, usize)> = Vec::with_capacity(extra + 1);
        planned.push((person.first_order, person.first_channel));
        for _ in 0..extra {
            let channel = pick_weighted(rng, &person.profile);
            let Some((day, channel)) =
                self.cal
                    .order_day(rng, channel, person.created_day + 1, person.stop_day)
            else {
                continue;
            };
            let date = self.cal.dates[day];
            planned.push((date.and_time(time_of_day(rng, date, channel)), channel));
        }
        planned.sort_unstable();
        // One order a day at most: the market stall has no receipt numbers, and a customer's
        // purchases of one day there are one order.
        planned.dedup_by_key(|(at, _)| at.date());
        for (at, channel) in planned {
            let lines = 1 + pick_weighted(rng, &LINES_DIST[channel]) as u8;
            out.push(Order {
                at,
                person: index as u32,
                contact: 0,
                channel: channel as u8,
                lines,
                favourite: person.favourite.min(255) as u8,
                business: person.business,
                on_duplicate: false,
            });
        }
    }

    /// A second contact for `person`, created at one of their later orders, with the mistakes
    /// real data has; marks the orders it takes over in `orders` (the person's, in time order).
    pub(super) fn duplicate(&mut self, person: &Person, orders: &mut [Order]) -> NewContact {
        let rng = &mut self.rng;
        let web: Vec<usize> = (1..orders.len())
            .filter(|&k| usize::from(orders[k].channel) == CH_WEB)
            .collect();
        let split = match pick(rng, &web) {
            Some(&k) if rng.random_bool(0.7) => k,
            _ => rng.random_range(1..orders.len()),
        };
        let at = orders[split].at;
        let created_at = (at - TimeDelta::seconds(rng.random_range(60..=1_200)))
            .max(at.date().and_time(NaiveTime::MIN));
        let created_on_web = usize::from(orders[split].channel) == CH_WEB;
        for (k, order) in orders.iter_mut().enumerate().skip(split) {
            let share = if usize::from(order.channel) == CH_WEB {
                0.85
            } else {
                0.45
            };
            order.on_duplicate = k == split || rng.random_bool(share);
        }

        let original = &person.contact;
        let mut dup = NewContact {
            first_name: original.first_name.clone(),
            last_name: original.last_name.clone(),
            company: original.company.clone(),
            email: original.email.clone(),
            phone: original.phone.clone(),
            street: original.street.clone(),
            street2: original.street2.clone(),
            city: original.city.clone(),
            postcode: original.postcode.clone(),
            region: original.region.clone(),
            country: original.country.clone(),
            created_at,
            ..NewContact::default()
        };
        if rng.random_bool(0.4) {
            dup.birth_date = original.birth_date;
        }
        if rng.random_bool(0.7) {
            dup.gender = original.gender.clone();
        }
        if rng.random_bool(0.8) {
            dup.language = original.language.clone();
        }
        if rng.random_bool(0.5) {
            dup.marketing_consent = original.marketing_consent;
            if dup.marketing_consent != Consent::Unknown {
                dup.consent_date = Some(created_at.date());
            }
        }
        let ref_chance = if created_on_web { 0.9 } else { 0.25 };
        if rng.random_bool(ref_chance) {
            let mut number = rng.random_range(10_000..100_000u32);
            while !self.web_refs.insert(number) {
                number = rng.random_range(10_000..100_000u32);
                if self.web_refs.len() > 80_000 {
                    number = 100_000 + self.web_refs.len() as u32;
                }
            }
            dup.external_ref = Some(format!("W-{number}"));
        }

        // One or two mistakes among those that apply.
        let has_first = dup.first_name.is_some();
        let has_last = dup.last_name.is_some();
        let accented = [&dup.first_name, &dup.last_name]
            .iter()
            .any(|n| n.as_deref().is_some_and(|t| strip_accents(t) != t));
        let long_last = dup
            .last_name
            .as_deref()
            .is_some_and(|t| t.chars().count() >= 4);
        let mut mistakes: Vec<(Mistake, f64)> = Vec::new();
        let mut offer = |m: Mistake, ok: bool, w: f64| {
            if ok {
                mistakes.push((m, w));
            }
        };
        offer(Mistake::Latin, !person.lang.latin() && has_last, 6.0);
        offer(Mistake::Typo, long_last, 3.0);
        offer(Mistake::Upper, has_last, 2.0);
        offer(Mistake::Accents, accented, 3.0);
        offer(Mistake::Initial, has_first, 2.0);
        offer(
            Mistake::PhoneFormat,
            person
                .phone
                .as_ref()
                .is_some_and(|p| p.kind.patterns().len() > 1),
            2.0,
        );
        offer(Mistake::NoEmail, dup.email.is_some(), 2.0);
        offer(Mistake::NoPhone, dup.phone.is_some(), 1.5);
        offer(Mistake::NoAddress, dup.street.is_some(), 1.5);
        let count = if rng.random_bool(0.4) { 2 } else { 1 };
        let mut chosen = Vec::with_capacity(2);
        for _ in 0..count {
            if mistakes.is_empty() {
                break;
            }
            let (m, _) = mistakes.remove(pick_index_by(rng, &mistakes, |(_, w)| *w));
            chosen.push(m);
        }
        chosen.sort_unstable(); // Latin first, so later mistakes apply to the Latin spelling
        for m in chosen {
            match m {
                Mistake::Latin => {
                    dup.first_name = Some(capitalise(&person.first.roman));
                    dup.last_name = Some(capitalise(&person.last.roman));
                }
                Mistake::Typo => dup.last_name = dup.last_name.map(|t| typo(rng, &t)),
                Mistake::Upper => {
                    dup.last_name = dup.last_name.map(|t| t.to_uppercase());
                    if rng.random_bool(0.4) {
                        dup.first_name = dup.first_name.map(|t| t.to_uppercase());
                    }
                }
                Mistake::Accents => {
                    dup.first_name = dup.first_name.map(|t| strip_accents(&t));
                    dup.last_name = dup.last_name.map(|t| strip_accents(&t));
                }
                Mistake::Initial => {
                    dup.first_name = dup.first_name.map(|t| {
                        let initial: String =
                            t.chars().take(1).flat_map(char::to_uppercase).collect();
                        format!("{initial}.")
                    });
                }
                Mistake::PhoneFormat => {
                    if let Some(phone) = person.phone.as_ref().and_then(|p| p.reformatted(rng)) {
                        dup.phone = Some(phone);
                    }
                }
                Mistake::NoEmail => dup.email = None,
                Mistake::NoPhone => dup.phone = None,
                Mistake::NoAddress => {
                    dup.street = None;
                    dup.street2 = None;
                    dup.city = None;
                    dup.postcode = None;
                    dup.region = None;
                    dup.country = None;
                }
            }
        }
        dup
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Mistake {
    Latin,
    Typo,
    Upper,
    Accents,
    Initial,
    PhoneFormat,
    NoEmail,
    NoPhone,
    NoAddress,
}
