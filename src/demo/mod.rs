//! Demo data: a deterministic generator of a realistic small shop, "Maison Lumière", a French
//! gift, tea and candle shop with two stores (Lyon Presqu'île, Paris Marais), a web shop, a
//! weekend market stall (Marché Croix-Rousse) and phone orders.
//!
//! This module owns the demo catalogue and name lists (the text files in `assets/demo/`, embedded
//! at compile time) and the simulation of customers, their orders and the duplicate contacts real
//! data has. It returns plain [`crate::model`] values and must not touch SQL, files, the clock or
//! the UI: its output depends on [`DemoOptions`] alone (same options, same shop, byte for byte).
//!
//! Order of the output: contacts are sorted by `created_at` (so duplicates, which are always
//! created after their original, are interleaved with the other contacts); sale lines are sorted
//! by `sold_at`, then contact, and the lines of one order are contiguous. Order numbers
//! (`ORD-0001234`) and loyalty card numbers (`C000123`) grow with time.

use std::collections::HashSet;

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{Map, Value};

use crate::model::{Consent, NewContact, NewSale};

/// What shop to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoOptions {
    /// Number of distinct people who bought something (duplicates come on top, about 8%).
    /// The shop gets about 20 sale lines per customer over the whole history, whatever `years`.
    pub customers: usize,
    /// Length of the history in years (0 counts as 1, at most 200): the history runs from the
    /// day after `end` minus `years` years to `end`, both included.
    pub years: u32,
    /// Seed of the random generator: the same options always give the same shop.
    pub seed: u64,
    /// Last day of the history: nothing is created or sold after it.
    pub end: NaiveDate,
}

/// A generated demo shop, ready to be written by the store.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DemoShop {
    /// Every contact, originals and duplicates, sorted by `created_at`.
    pub contacts: Vec<NewContact>,
    /// Every sale line, sorted by `sold_at` then contact; `contact_index` points into `contacts`.
    pub sales: Vec<NewSale>,
    /// `(index of a duplicate contact, index of the original contact)`, by duplicate index.
    pub duplicate_of: Vec<(usize, usize)>,
}

/// Generates the demo shop described by `opts`.
pub fn generate(opts: &DemoOptions) -> DemoShop {
    generate_with_progress(opts, &mut |_, _| true).unwrap_or_default()
}

/// Like [`generate`], but calls `progress(done, total)` now and then and stops early (returning
/// `None`) as soon as it returns false. `total` is `opts.customers`; `done` grows from 0 to
/// `total` and counts customers' worth of work (the sale lines are written after all customers
/// are planned, so `done` is an estimate of the share of the work done). The last call is
/// always `(total, total)`.
pub fn generate_with_progress(
    opts: &DemoOptions,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Option<DemoShop> {
    let mut progress = Progress::new(progress, opts.customers);
    let shop = Generator::new(opts).run(&mut progress)?;
    progress.finish().then_some(shop)
}

// ---------------------------------------------------------------------------------------------
// Tunable constants.

/// Sale lines per customer over the whole history (the generator calibrates order rates to it).
const LINES_PER_CUSTOMER: f64 = 20.0;
/// Share of customers who also get a duplicate contact.
const DUPLICATE_SHARE: f64 = 0.08;
/// How much more likely a customer is acquired on the last day than on the first.
const GROWTH: f64 = 3.0;

const CHANNELS: usize = 5;
/// Marks a web account number among the contact reference numbers of the line loop.
const WEB_REF: u32 = 1 << 31;
const CH_LYON: usize = 0;
const CH_PARIS: usize = 1;
const CH_WEB: usize = 2;
const CH_MARKET: usize = 3;
const CH_PHONE: usize = 4;
/// Per channel: the `channel` word and the `store` of its lines.
const CHANNEL_NAMES: [(&str, &str); CHANNELS] = [
    ("store", "Lyon Presqu'île"),
    ("store", "Paris Marais"),
    ("web", "Web shop"),
    ("market", "Marché Croix-Rousse"),
    ("phone", "Phone orders"),
];
/// Per channel: probabilities of 1..=5 lines in an order.
const LINES_DIST: [[f64; 5]; CHANNELS] = [
    [0.27, 0.27, 0.24, 0.13, 0.09],
    [0.27, 0.27, 0.24, 0.13, 0.09],
    [0.20, 0.27, 0.27, 0.15, 0.11],
    [0.45, 0.35, 0.15, 0.05, 0.00],
    [0.25, 0.25, 0.25, 0.15, 0.10],
];
/// Season: weight of each month (December is about twice an average month, summer dips).
const MONTH_WEIGHT: [f64; 12] = [
    0.75, 0.85, 0.90, 0.95, 1.00, 0.90, 0.70, 0.55, 0.95, 1.00, 1.25, 1.95,
];
/// Per channel, Monday..Sunday. Lyon opens Monday afternoons only and closes on Sunday; the
/// Marais store opens on Sunday afternoon; the market is a weekend stall; phones are weekdays.
const WEEKDAY_WEIGHT: [[f64; 7]; CHANNELS] = [
    [0.5, 0.9, 1.0, 0.95, 1.1, 1.9, 0.0],
    [0.7, 0.9, 1.0, 1.0, 1.1, 1.8, 1.2],
    [1.1, 1.0, 1.0, 1.0, 0.9, 0.8, 1.2],
    [0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.1],
    [1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0],
];
/// Web orders by hour of the day.
const WEB_HOURS: [f64; 24] = [
    0.3, 0.15, 0.1, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1.0, 1.1, 1.2, 1.4, 1.3, 1.1, 1.0, 1.0, 1.1,
    1.4, 1.8, 2.0, 1.8, 1.2, 0.6,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    Fr,
    En,
    Ru,
    Zh,
    Hy,
}

const LANGS: [Lang; 5] = [Lang::Fr, Lang::En, Lang::Ru, Lang::Zh, Lang::Hy];
const LANG_WEIGHTS: [f64; 5] = [45.0, 20.0, 15.0, 10.0, 10.0];

impl Lang {
    fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
            Lang::Hy => "hy",
        }
    }

    fn latin(self) -> bool {
        matches!(self, Lang::Fr | Lang::En)
    }

    /// Where people speaking this language live: (city group, weight).
    fn homes(self) -> &'static [(&'static str, f64)] {
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

    fn email_domains(self) -> &'static [(&'static str, f64)] {
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
enum Area {
    Lyon,
    Paris,
    Elsewhere,
}

/// Channel habits, `[Lyon, Paris, web, market, phone]`, with the share of customers having them.
const PROFILES_LYON: [(f64, [f64; CHANNELS]); 4] = [
    (55.0, [0.86, 0.02, 0.07, 0.04, 0.01]),
    (12.0, [0.15, 0.00, 0.80, 0.03, 0.02]),
    (30.0, [0.20, 0.00, 0.04, 0.75, 0.01]),
    (3.0, [0.25, 0.00, 0.15, 0.00, 0.60]),
];
const PROFILES_PARIS: [(f64, [f64; CHANNELS]); 3] = [
    (78.0, [0.02, 0.88, 0.09, 0.00, 0.01]),
    (19.0, [0.00, 0.20, 0.77, 0.00, 0.03]),
    (3.0, [0.00, 0.30, 0.15, 0.00, 0.55]),
];
const PROFILES_ELSEWHERE: [(f64, [f64; CHANNELS]); 3] = [
    (78.0, [0.03, 0.03, 0.90, 0.00, 0.04]),
    (19.0, [0.35, 0.30, 0.30, 0.03, 0.02]),
    (3.0, [0.00, 0.00, 0.40, 0.00, 0.60]),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
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
// Embedded data.

#[derive(Clone, Debug, Default)]
struct Name {
    text: String,
    /// Lower-case ASCII spelling, for e-mails and Latin transliterations.
    roman: String,
}

#[derive(Debug, Default)]
struct NameSet {
    female: Vec<Name>,
    male: Vec<Name>,
    last: Vec<Name>,
}

#[derive(Debug)]
struct Product {
    category: String,
    cat: usize,
    name: String,
    /// Price in cents during the last year of the history.
    price: i64,
    weight: f64,
    /// Months on sale (first, last), 1-based, may wrap over the new year.
    months: Option<(u32, u32)>,
}

#[derive(Debug)]
struct City {
    country: String,
    city: String,
    postcode: String,
    region: String,
}

/// Weighted choice among a fixed list of indices.
#[derive(Debug, Default)]
struct Picker {
    items: Vec<usize>,
    cum: Vec<f64>,
}

impl Picker {
    fn push(&mut self, item: usize, weight: f64) {
        if weight > 0.0 {
            let total = self.cum.last().copied().unwrap_or(0.0) + weight;
            self.items.push(item);
            self.cum.push(total);
        }
    }

    fn pick(&self, rng: &mut ChaCha8Rng) -> Option<usize> {
        let total = *self.cum.last()?;
        let t = rng.random::<f64>() * total;
        let i = self.cum.partition_point(|&c| c <= t);
        self.items.get(i.min(self.items.len() - 1)).copied()
    }
}

#[derive(Debug)]
struct Data {
    names: [NameSet; 5],
    products: Vec<Product>,
    categories: Vec<String>,
    cities: Vec<City>,
    /// (group, weighted cities of the group)
    city_groups: Vec<(String, Picker)>,
    /// (group, streets of the group)
    streets: Vec<(String, Vec<String>)>,
    /// Company names are a first part and a second part ("Hôtel" + "des Arts").
    companies: (Vec<String>, Vec<String>),
}

/// The non-empty, non-comment lines of an embedded list.
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn parse_names(text: &str) -> Vec<Name> {
    data_lines(text)
        .filter_map(|line| {
            let mut parts = line.split('|').map(str::trim);
            let text = parts.next().filter(|t| !t.is_empty())?;
            let roman = match parts.next() {
                Some(r) if !r.is_empty() => r.to_string(),
                _ => romanise(text),
            };
            Some(Name {
                text: text.to_string(),
                roman,
            })
        })
        .collect()
}

fn name_set(female: &str, male: &str, last: &str) -> NameSet {
    NameSet {
        female: parse_names(female),
        male: parse_names(male),
        last: parse_names(last),
    }
}

fn parse_months(text: &str) -> Option<(u32, u32)> {
    let (a, b) = text.split_once('-')?;
    let a: u32 = a.trim().parse().ok()?;
    let b: u32 = b.trim().parse().ok()?;
    ((1..=12).contains(&a) && (1..=12).contains(&b)).then_some((a, b))
}

impl Data {
    fn load() -> Data {
        let names = [
            name_set(
                include_str!("../../assets/demo/fr_first_f.txt"),
                include_str!("../../assets/demo/fr_first_m.txt"),
                include_str!("../../assets/demo/fr_last.txt"),
            ),
            name_set(
                include_str!("../../assets/demo/en_first_f.txt"),
                include_str!("../../assets/demo/en_first_m.txt"),
                include_str!("../../assets/demo/en_last.txt"),
            ),
            name_set(
                include_str!("../../assets/demo/ru_first_f.txt"),
                include_str!("../../assets/demo/ru_first_m.txt"),
                include_str!("../../assets/demo/ru_last.txt"),
            ),
            name_set(
                include_str!("../../assets/demo/zh_first_f.txt"),
                include_str!("../../assets/demo/zh_first_m.txt"),
                include_str!("../../assets/demo/zh_last.txt"),
            ),
            name_set(
                include_str!("../../assets/demo/hy_first_f.txt"),
                include_str!("../../assets/demo/hy_first_m.txt"),
                include_str!("../../assets/demo/hy_last.txt"),
            ),
        ];

        let mut categories: Vec<String> = Vec::new();
        let mut products = Vec::new();
        for line in data_lines(include_str!("../../assets/demo/products.txt")) {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            let (Some(category), Some(name), Some(price), Some(weight)) = (
                parts.first(),
                parts.get(1),
                parts.get(2).and_then(|p| p.parse::<i64>().ok()),
                parts.get(3).and_then(|w| w.parse::<f64>().ok()),
            ) else {
                continue;
            };
            let cat = match categories.iter().position(|c| c == category) {
                Some(i) => i,
                None => {
                    categories.push((*category).to_string());
                    categories.len() - 1
                }
            };
            products.push(Product {
                category: (*category).to_string(),
                cat,
                name: (*name).to_string(),
                price,
                weight,
                months: parts.get(4).and_then(|m| parse_months(m)),
            });
        }

        let mut cities = Vec::new();
        let mut city_groups: Vec<(String, Picker)> = Vec::new();
        for line in data_lines(include_str!("../../assets/demo/cities.txt")) {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            let [group, country, city, postcode, region, weight] = parts[..] else {
                continue;
            };
            let Ok(weight) = weight.parse::<f64>() else {
                continue;
            };
            cities.push(City {
                country: country.to_string(),
                city: city.to_string(),
                postcode: postcode.to_string(),
                region: region.to_string(),
            });
            let index = cities.len() - 1;
            match city_groups.iter_mut().find(|(g, _)| g == group) {
                Some((_, picker)) => picker.push(index, weight),
                None => {
                    let mut picker = Picker::default();
                    picker.push(index, weight);
                    city_groups.push((group.to_string(), picker));
                }
            }
        }

        let mut streets: Vec<(String, Vec<String>)> = Vec::new();
        for line in data_lines(include_str!("../../assets/demo/streets.txt")) {
            let Some((group, street)) = line.split_once('|') else {
                continue;
            };
            let (group, street) = (group.trim(), street.trim().to_string());
            match streets.iter_mut().find(|(g, _)| g == group) {
                Some((_, list)) => list.push(street),
                None => streets.push((group.to_string(), vec![street])),
            }
        }

        let mut companies = (Vec::new(), Vec::new());
        for line in data_lines(include_str!("../../assets/demo/companies.txt")) {
            match line.split_once('|') {
                Some(("first", part)) => companies.0.push(part.trim().to_string()),
                Some(("second", part)) => companies.1.push(part.trim().to_string()),
                _ => {}
            }
        }

        Data {
            names,
            products,
            categories,
            cities,
            city_groups,
            streets,
            companies,
        }
    }

    fn pick_city(&self, rng: &mut ChaCha8Rng, group: &str) -> Option<&City> {
        let (_, picker) = self.city_groups.iter().find(|(g, _)| g == group)?;
        self.cities.get(picker.pick(rng)?)
    }

    fn street_list(&self, group: &str) -> &[String] {
        self.streets
            .iter()
            .find(|(g, _)| g == group)
            .map(|(_, list)| list.as_slice())
            .unwrap_or(&[])
    }

    /// A street of the group; Lyon and Paris also use the generic French streets.
    fn pick_street(&self, rng: &mut ChaCha8Rng, group: &str) -> Option<&str> {
        let group = if matches!(group, "lyon" | "paris") && rng.random_bool(0.5) {
            "fr"
        } else {
            group
        };
        pick(rng, self.street_list(group)).map(String::as_str)
    }
}

// ---------------------------------------------------------------------------------------------
// Small random helpers.

fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> Option<&'a T> {
    if items.is_empty() {
        None
    } else {
        items.get(rng.random_range(0..items.len()))
    }
}

/// Index drawn with probability proportional to `weights` (0 when they are all zero).
fn pick_weighted(rng: &mut ChaCha8Rng, weights: &[f64]) -> usize {
    pick_index_by(rng, weights, |w| *w)
}

/// Index of an item drawn with probability proportional to `weight(item)`.
fn pick_index_by<T>(rng: &mut ChaCha8Rng, items: &[T], weight: impl Fn(&T) -> f64) -> usize {
    let total: f64 = items.iter().map(&weight).sum();
    let mut t = rng.random::<f64>() * total;
    for (i, item) in items.iter().enumerate() {
        let w = weight(item);
        if t < w {
            return i;
        }
        t -= w;
    }
    items
        .iter()
        .rposition(|item| weight(item) > 0.0)
        .unwrap_or(0)
}

fn pick_pair<'a>(rng: &mut ChaCha8Rng, items: &[(&'a str, f64)]) -> &'a str {
    items
        .get(pick_index_by(rng, items, |(_, w)| *w))
        .map(|(s, _)| *s)
        .unwrap_or("")
}

fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let u1 = rng.random::<f64>().max(1e-12);
    let u2 = rng.random::<f64>();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// Log-normal with mean 1.
fn lognormal(rng: &mut ChaCha8Rng, sigma: f64) -> f64 {
    (sigma * normal(rng) - sigma * sigma / 2.0).exp()
}

fn poisson(rng: &mut ChaCha8Rng, lambda: f64) -> usize {
    if lambda <= 0.0 || !lambda.is_finite() {
        0
    } else if lambda < 30.0 {
        let limit = (-lambda).exp();
        let mut k = 0;
        let mut p = rng.random::<f64>();
        while p > limit {
            k += 1;
            p *= rng.random::<f64>();
        }
        k
    } else {
        (lambda + lambda.sqrt() * normal(rng)).round().max(0.0) as usize
    }
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

/// The letter without its accent (`é` → `e`, `Œ` → `OE`); other characters unchanged.
fn fold_char(c: char, out: &mut String) {
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
fn strip_accents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Lower-case ASCII letters, digits and hyphens of a Latin-script name: "D'Almeida" → "dalmeida".
fn romanise(text: &str) -> String {
    strip_accents(text)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// "ivan" → "Ivan".
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Feminine form of a Russian family name: Петров → Петрова, Островский → Островская.
fn feminine_ru(name: &Name) -> Name {
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
fn typo(rng: &mut ChaCha8Rng, text: &str) -> String {
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
fn fill_pattern(pattern: &str, digits: &str) -> String {
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

// ---------------------------------------------------------------------------------------------
// Phones.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PhoneKind {
    France,
    Russia,
    China,
    Armenia,
    Britain,
    Belgium,
    Switzerland,
}

#[derive(Clone, Debug)]
struct Phone {
    kind: PhoneKind,
    /// The national significant number.
    digits: String,
    format: usize,
}

impl PhoneKind {
    /// Ways people write such a number, the most common first, with weights.
    fn patterns(self) -> &'static [(&'static str, f64)] {
        match self {
            PhoneKind::France => &[
                ("0# ## ## ## ##", 50.0),
                ("0#########", 20.0),
                ("+33 # ## ## ## ##", 15.0),
                ("0#.##.##.##.##", 10.0),
                ("+33#########", 5.0),
            ],
            PhoneKind::Russia => &[
                ("+7 ### ###-##-##", 50.0),
                ("+7##########", 20.0),
                ("8 ### ### ## ##", 15.0),
                ("+7 (###) ###-##-##", 15.0),
            ],
            PhoneKind::China => &[
                ("+86 ### #### ####", 60.0),
                ("+86###########", 25.0),
                ("### #### ####", 15.0),
            ],
            PhoneKind::Armenia => &[
                ("+374 ## ### ###", 60.0),
                ("+374########", 25.0),
                ("0## ## ## ##", 15.0),
            ],
            PhoneKind::Britain => &[
                ("+44 #### ######", 60.0),
                ("0#### ######", 25.0),
                ("+44##########", 15.0),
            ],
            PhoneKind::Belgium => &[("+32 ### ## ## ##", 70.0), ("0### ## ## ##", 30.0)],
            PhoneKind::Switzerland => &[("+41 ## ### ## ##", 70.0), ("0## ### ## ##", 30.0)],
        }
    }
}

impl Phone {
    fn random(rng: &mut ChaCha8Rng, kind: PhoneKind, area: Area) -> Phone {
        let digits = match kind {
            PhoneKind::France => {
                if rng.random_bool(0.12) {
                    let zone = match area {
                        Area::Lyon => 4,
                        Area::Paris => 1,
                        Area::Elsewhere => rng.random_range(2..=5),
                    };
                    format!("{zone}{:08}", rng.random_range(0..100_000_000u32))
                } else {
                    let lead = if rng.random_bool(0.7) { 6 } else { 7 };
                    format!("{lead}{:08}", rng.random_range(0..100_000_000u32))
                }
            }
            PhoneKind::Russia => format!("9{:09}", rng.random_range(0..1_000_000_000u32)),
            PhoneKind::China => {
                let lead = pick(rng, &[130, 135, 136, 138, 139, 150, 152, 158, 186, 188])
                    .copied()
                    .unwrap_or(138);
                format!("{lead}{:08}", rng.random_range(0..100_000_000u32))
            }
            PhoneKind::Armenia => {
                let lead = pick(rng, &[91, 93, 94, 95, 77, 98, 99, 55])
                    .copied()
                    .unwrap_or(91);
                format!("{lead}{:06}", rng.random_range(0..1_000_000u32))
            }
            PhoneKind::Britain => format!("7{:09}", rng.random_range(0..1_000_000_000u32)),
            PhoneKind::Belgium => format!("4{:08}", rng.random_range(70_000_000..100_000_000u32)),
            PhoneKind::Switzerland => {
                format!("7{:08}", rng.random_range(50_000_000..100_000_000u32))
            }
        };
        let format = pick_index_by(rng, kind.patterns(), |(_, w)| *w);
        Phone {
            kind,
            digits,
            format,
        }
    }

    fn render(&self) -> String {
        let patterns = self.kind.patterns();
        let pattern = patterns.get(self.format).map(|(p, _)| *p).unwrap_or("#");
        fill_pattern(pattern, &self.digits)
    }

    /// The same number written another way, when there is another way.
    fn reformatted(&self, rng: &mut ChaCha8Rng) -> Option<String> {
        let count = self.kind.patterns().len();
        if count < 2 {
            return None;
        }
        let format = (self.format + rng.random_range(1..count)) % count;
        Some(
            Phone {
                kind: self.kind,
                digits: self.digits.clone(),
                format,
            }
            .render(),
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Calendar: the days of the history with the weight of each day for each channel.

#[derive(Debug)]
struct Calendar {
    dates: Vec<NaiveDate>,
    /// Per channel, prefix sums of order weights (`len = days + 1`).
    orders: [Vec<f64>; CHANNELS],
    /// Per channel, prefix sums of acquisition weights (order weight times growth).
    acquisitions: [Vec<f64>; CHANNELS],
}

fn day_weight(date: NaiveDate, channel: usize) -> f64 {
    let (month, day) = (date.month(), date.day());
    let closed = matches!((month, day), (1, 1) | (5, 1) | (12, 25));
    if closed && channel != CH_WEB {
        return 0.0;
    }
    let weekday = date.weekday().num_days_from_monday() as usize;
    let mut w = MONTH_WEIGHT[(month - 1) as usize] * WEEKDAY_WEIGHT[channel][weekday];
    if month == 12 {
        // Busier every day until Christmas Eve, calm afterwards; the web stops shipping in time
        // for Christmas around the 20th.
        w *= if day <= 24 {
            0.8 + 0.6 * f64::from(day) / 24.0
        } else {
            0.6
        };
        if channel == CH_WEB && day >= 21 {
            w *= 0.4;
        }
    }
    if month == 2 && (8..=14).contains(&day) {
        w *= 1.6; // Valentine's day
    }
    if month == 5 && day >= 20 {
        w *= 1.4; // Mother's day
    }
    if channel == CH_MARKET && month <= 2 {
        w *= 0.6; // an outdoor stall in winter
    }
    w
}

impl Calendar {
    fn new(start: NaiveDate, end: NaiveDate) -> Calendar {
        let mut dates = Vec::new();
        let mut day = Some(start);
        while let Some(d) = day.filter(|d| *d <= end) {
            dates.push(d);
            day = d.succ_opt();
        }
        if dates.is_empty() {
            dates.push(end);
        }
        let n = dates.len();
        let mut orders: [Vec<f64>; CHANNELS] = std::array::from_fn(|_| vec![0.0]);
        let mut acquisitions: [Vec<f64>; CHANNELS] = std::array::from_fn(|_| vec![0.0]);
        for (i, date) in dates.iter().enumerate() {
            let growth = 1.0 + GROWTH * i as f64 / n as f64;
            for (channel, (o, a)) in orders.iter_mut().zip(acquisitions.iter_mut()).enumerate() {
                let w = day_weight(*date, channel);
                let (last_o, last_a) = (o[i], a[i]);
                o.push(last_o + w);
                a.push(last_a + w * growth);
            }
        }
        Calendar {
            dates,
            orders,
            acquisitions,
        }
    }

    fn last_day(&self) -> usize {
        self.dates.len() - 1
    }

    /// A day in `lo..=hi` drawn with the weights behind `cum`; None when all of them are zero.
    fn sample(cum: &[f64], lo: usize, hi: usize, rng: &mut ChaCha8Rng) -> Option<usize> {
        let hi = hi.min(cum.len().checked_sub(2)?);
        if lo > hi {
            return None;
        }
        let (a, b) = (cum[lo], cum[hi + 1]);
        if b - a <= 1e-9 {
            return None;
        }
        let t = a + rng.random::<f64>() * (b - a);
        let offset = cum[lo + 1..=hi + 1].partition_point(|&c| c <= t);
        Some((lo + offset).min(hi))
    }

    /// A day for an order on `channel`, falling back to the web shop (always open).
    fn order_day(
        &self,
        rng: &mut ChaCha8Rng,
        channel: usize,
        lo: usize,
        hi: usize,
    ) -> Option<(usize, usize)> {
        if let Some(day) = Calendar::sample(&self.orders[channel], lo, hi, rng) {
            return Some((day, channel));
        }
        Calendar::sample(&self.orders[CH_WEB], lo, hi, rng).map(|day| (day, CH_WEB))
    }

    fn acquisition_day(&self, rng: &mut ChaCha8Rng, channel: usize, hi: usize) -> (usize, usize) {
        if let Some(day) = Calendar::sample(&self.acquisitions[channel], 0, hi, rng) {
            return (day, channel);
        }
        let day = Calendar::sample(&self.acquisitions[CH_WEB], 0, hi, rng).unwrap_or(0);
        (day, CH_WEB)
    }
}

/// A time within the opening hours of `channel` on `date`.
fn time_of_day(rng: &mut ChaCha8Rng, date: NaiveDate, channel: usize) -> NaiveTime {
    let weekday = date.weekday().num_days_from_monday();
    let christmas_eve = date.month() == 12 && date.day() == 24;
    let (open, close) = match channel {
        CH_LYON if weekday == 0 => (14 * 60, 19 * 60),
        CH_LYON if christmas_eve => (10 * 60, 17 * 60),
        CH_LYON => (10 * 60, 19 * 60),
        CH_PARIS if weekday == 6 => (14 * 60, 19 * 60),
        CH_PARIS if christmas_eve => (11 * 60, 17 * 60),
        CH_PARIS => (11 * 60, 19 * 60 + 30),
        CH_MARKET => (8 * 60, 13 * 60),
        CH_PHONE if rng.random_bool(0.45) => (9 * 60, 12 * 60),
        CH_PHONE => (14 * 60, 18 * 60),
        _ => {
            let hour = pick_weighted(rng, &WEB_HOURS) as u32;
            (hour * 60, hour * 60 + 60)
        }
    };
    let minute: u32 = rng.random_range(open..close);
    let seconds = minute * 60 + rng.random_range(0..60u32);
    NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0).unwrap_or(NaiveTime::MIN)
}

// ---------------------------------------------------------------------------------------------
// People.

/// One customer: the original contact plus what the simulation needs to know about them.
#[derive(Debug)]
struct Person {
    contact: NewContact,
    lang: Lang,
    first: Name,
    last: Name,
    phone: Option<Phone>,
    business: bool,
    kind: Kind,
    /// Relative order frequency while active.
    weight: f64,
    created_day: usize,
    /// Last day the person may order.
    stop_day: usize,
    first_order: NaiveDateTime,
    first_channel: usize,
    profile: [f64; CHANNELS],
    favourite: usize,
    /// Whether the contact shows loyalty points in `extra`.
    points: bool,
}

/// A planned order, before its lines exist.
#[derive(Clone, Copy, Debug)]
struct Order {
    at: NaiveDateTime,
    person: u32,
    contact: u32,
    channel: u8,
    lines: u8,
    /// The person's favourite category (copied here to keep the line loop cache-friendly).
    favourite: u8,
    business: bool,
    /// Whether the order belongs to the person's duplicate contact.
    on_duplicate: bool,
}

fn mean_lines(channel: usize) -> f64 {
    LINES_DIST[channel]
        .iter()
        .enumerate()
        .map(|(i, p)| (i + 1) as f64 * p)
        .sum()
}

fn choose_profile(rng: &mut ChaCha8Rng, area: Area, business: bool) -> [f64; CHANNELS] {
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
fn unique_email(
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

fn personal_email(
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

fn street_line(rng: &mut ChaCha8Rng, country: &str, street: &str) -> String {
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

const STREET2: [&str; 6] = [
    "Bâtiment B",
    "Appartement 12",
    "3e étage",
    "Résidence Les Tilleuls",
    "Escalier C",
    "Boîte 4",
];
const SOURCES: [&str; 5] = [
    "instagram",
    "bouche-à-oreille",
    "marché",
    "google",
    "salon Maison&Objet",
];

struct Generator<'a> {
    opts: &'a DemoOptions,
    rng: ChaCha8Rng,
    data: Data,
    cal: Calendar,
    emails: HashSet<String>,
    web_refs: HashSet<u32>,
}

impl<'a> Generator<'a> {
    fn new(opts: &'a DemoOptions) -> Generator<'a> {
        let years = opts.years.clamp(1, 200);
        let start = opts
            .end
            .checked_sub_months(Months::new(12 * years))
            .and_then(|d| d.succ_opt())
            .unwrap_or(opts.end);
        Generator {
            opts,
            rng: ChaCha8Rng::seed_from_u64(opts.seed),
            data: Data::load(),
            cal: Calendar::new(start, opts.end),
            emails: HashSet::with_capacity(opts.customers + opts.customers / 8),
            web_refs: HashSet::new(),
        }
    }

    fn start(&self) -> NaiveDate {
        self.cal.dates.first().copied().unwrap_or(self.opts.end)
    }

    fn run(mut self, progress: &mut Progress<'_>) -> Option<DemoShop> {
        let n = self.opts.customers;
        // 1. People, each with an acquisition date and a way of shopping.
        let mut people = Vec::with_capacity(n);
        for i in 0..n {
            people.push(self.person());
            if !progress.report(i * 3 / 10) {
                return None;
            }
        }
        // 2. Calibrate the order rate so the shop has about LINES_PER_CUSTOMER lines per customer.
        let first_lines: f64 = people.iter().map(|p| mean_lines(p.first_channel)).sum();
        let exposure: f64 = people
            .iter()
            .map(|p| {
                let total: f64 = p.profile.iter().sum();
                let lines: f64 = (0..CHANNELS)
                    .map(|c| p.profile[c] * mean_lines(c))
                    .sum::<f64>()
                    / total.max(1e-9);
                p.weight * (p.stop_day - p.created_day) as f64 * lines
            })
            .sum();
        let target = LINES_PER_CUSTOMER * n as f64 - first_lines;
        let rate = if exposure > 0.0 {
            target.max(0.0) / exposure
        } else {
            0.0
        };
        // 3. Orders of each person.
        let mut orders: Vec<Order> = Vec::with_capacity((n as f64 * 8.5) as usize);
        let mut ranges = Vec::with_capacity(n);
        for (i, person) in people.iter().enumerate() {
            let begin = orders.len();
            self.plan_orders(i, person, rate, &mut orders);
            ranges.push(begin..orders.len());
            if !progress.report(n * 3 / 10 + i * 15 / 100) {
                return None;
            }
        }
        // 4. Duplicates: a second contact for some people, who take over part of the orders.
        let eligible = ranges.iter().filter(|r| r.len() >= 3).count();
        let share = if eligible > 0 {
            (DUPLICATE_SHARE * n as f64 / eligible as f64).min(1.0)
        } else {
            0.0
        };
        let mut duplicates: Vec<Option<NewContact>> = Vec::with_capacity(n);
        for (person, range) in people.iter().zip(&ranges) {
            let dup = if range.len() >= 3 && self.rng.random_bool(share) {
                Some(self.duplicate(person, &mut orders[range.clone()]))
            } else {
                None
            };
            duplicates.push(dup);
        }
        // 5. Contacts in creation order; card numbers follow that order.
        let mut entries: Vec<(NaiveDateTime, usize, bool)> = Vec::with_capacity(n + n / 10);
        for (i, person) in people.iter().enumerate() {
            entries.push((person.contact.created_at, i, false));
            if let Some(dup) = &duplicates[i] {
                entries.push((dup.created_at, i, true));
            }
        }
        entries.sort_unstable();
        let mut original_index = vec![0usize; n];
        let mut duplicate_index = vec![0usize; n];
        let mut contacts = Vec::with_capacity(entries.len());
        let mut duplicate_of = Vec::with_capacity(entries.len() - n);
        // Each contact's reference as a number (card number, or web account number with the
        // top bit set, or 0 for none): the line loop formats it once per order instead of
        // reaching into `contacts` at random.
        let mut refs = Vec::with_capacity(entries.len());
        let mut card = 0u32;
        for &(_, i, is_dup) in &entries {
            if is_dup {
                duplicate_index[i] = contacts.len();
                duplicate_of.push((contacts.len(), original_index[i]));
                let dup = duplicates[i].take().unwrap_or_default();
                let web = dup
                    .external_ref
                    .as_deref()
                    .and_then(|r| r.strip_prefix("W-"))
                    .and_then(|n| n.parse::<u32>().ok());
                refs.push(web.map_or(0, |n| n | WEB_REF));
                contacts.push(dup);
            } else {
                original_index[i] = contacts.len();
                card += 1;
                let mut contact = std::mem::take(&mut people[i].contact);
                contact.external_ref = Some(format!("C{card:06}"));
                refs.push(card);
                contacts.push(contact);
            }
        }
        // 6. Sale lines, in time order.
        for order in &mut orders {
            let i = order.person as usize;
            order.contact = if order.on_duplicate {
                duplicate_index[i]
            } else {
                original_index[i]
            } as u32;
        }
        orders.sort_unstable_by_key(|o| (o.at, o.contact));
        let total_lines: usize = orders.iter().map(|o| usize::from(o.lines)).sum();
        let mut sales = Vec::with_capacity(total_lines);
        let mut spent = vec![0i64; contacts.len()];
        let lines = LineMaker::new(&self.data, self.start(), self.opts.end);
        let mut next_ref = self.rng.random_range(1_000..5_000u32);
        let count = orders.len().max(1);
        for (k, order) in orders.iter().enumerate() {
            if k % 1024 == 0 && !progress.report(n * 45 / 100 + k * n / count * 55 / 100) {
                return None;
            }
            let contact = order.contact as usize;
            let customer_ref = match refs[contact] {
                0 => None,
                r if r & WEB_REF != 0 => Some(format!("W-{}", r & !WEB_REF)),
                r => Some(format!("C{r:06}")),
            };
            let order_ref = if usize::from(order.channel) == CH_MARKET {
                None
            } else {
                next_ref += 1;
                Some(format!("ORD-{next_ref:07}"))
            };
            let context = OrderContext {
                order,
                contact,
                customer_ref,
                order_ref,
            };
            spent[contact] += lines.make(&mut self.rng, context, &mut sales);
        }
        // 7. Loyalty points: one point per 10 € spent.
        for (person, &index) in people.iter().zip(&original_index) {
            if person.points {
                contacts[index]
                    .extra
                    .insert("loyalty_points".into(), Value::from(spent[index] / 1000));
            }
        }
        Some(DemoShop {
            contacts,
            sales,
            duplicate_of,
        })
    }

    fn person(&mut self) -> Person {
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

    fn plan_orders(&mut self, index: usize, person: &Person, rate: f64, out: &mut Vec<Order>) {
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
    fn duplicate(&mut self, person: &Person, orders: &mut [Order]) -> NewContact {
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
enum Mistake {
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

// ---------------------------------------------------------------------------------------------
// Sale lines.

struct OrderContext<'o> {
    order: &'o Order,
    contact: usize,
    customer_ref: Option<String>,
    order_ref: Option<String>,
}

/// Turns planned orders into sale lines; holds the catalogue prepared for fast picking.
struct LineMaker<'d> {
    data: &'d Data,
    first_year: i32,
    /// Per product, price in cents for each year of the history (3% cheaper per year back).
    prices: Vec<Vec<i64>>,
    /// Per product, cost as a share of the price.
    cost_share: Vec<f64>,
    /// Per month: all products on sale.
    all: Vec<Picker>,
    /// Per month, per category: products on sale.
    by_category: Vec<Vec<Picker>>,
}

fn on_sale(months: Option<(u32, u32)>, month: u32) -> bool {
    match months {
        None => true,
        Some((a, b)) if a <= b => (a..=b).contains(&month),
        Some((a, b)) => month >= a || month <= b,
    }
}

impl<'d> LineMaker<'d> {
    fn new(data: &'d Data, start: NaiveDate, end: NaiveDate) -> LineMaker<'d> {
        let first_year = start.year();
        let years = (end.year() - first_year + 1).max(1);
        let prices = data
            .products
            .iter()
            .map(|p| {
                (0..years)
                    .map(|y| {
                        let back = 1.03f64.powi(years - 1 - y);
                        ((p.price as f64 / back / 10.0).round() as i64 * 10).max(10)
                    })
                    .collect()
            })
            .collect();
        // Fixed per product, so it does not use the generator's random stream.
        let cost_share = (0..data.products.len())
            .map(|i| 0.40 + 0.20 * ((i * 37 + 11) % 21) as f64 / 20.0)
            .collect();
        let mut all = Vec::with_capacity(12);
        let mut by_category = Vec::with_capacity(12);
        for month in 1..=12 {
            let mut every = Picker::default();
            let mut cats: Vec<Picker> = (0..data.categories.len())
                .map(|_| Picker::default())
                .collect();
            for (i, p) in data.products.iter().enumerate() {
                if on_sale(p.months, month) {
                    every.push(i, p.weight);
                    if let Some(c) = cats.get_mut(p.cat) {
                        c.push(i, p.weight);
                    }
                }
            }
            all.push(every);
            by_category.push(cats);
        }
        LineMaker {
            data,
            first_year,
            prices,
            cost_share,
            all,
            by_category,
        }
    }

    /// Appends the lines of one order to `out` and returns the order's amount in cents.
    fn make(&self, rng: &mut ChaCha8Rng, mut ctx: OrderContext<'_>, out: &mut Vec<NewSale>) -> i64 {
        let order = ctx.order;
        let channel = usize::from(order.channel);
        let month0 = order.at.month0() as usize;
        let year = (order.at.year() - self.first_year).max(0) as usize;
        let (channel_name, store) = CHANNEL_NAMES[channel];
        let payment = match channel {
            CH_WEB => {
                if rng.random_bool(0.28) {
                    "paypal"
                } else {
                    "card"
                }
            }
            CH_MARKET => {
                if rng.random_bool(0.55) {
                    "cash"
                } else {
                    "card"
                }
            }
            CH_PHONE => {
                if order.business || rng.random_bool(0.3) {
                    "transfer"
                } else {
                    "card"
                }
            }
            _ if order.business && rng.random_bool(0.5) => "transfer",
            _ => match pick_weighted(rng, &[78.0, 20.0, 2.0]) {
                0 => "card",
                1 => "cash",
                _ => "transfer",
            },
        };
        let mut chosen = [usize::MAX; 5];
        let mut total = 0;
        let count = usize::from(order.lines);
        for slot in 0..count {
            let mut product = None;
            for _ in 0..4 {
                let picker = match self.by_category[month0].get(usize::from(order.favourite)) {
                    Some(p) if rng.random_bool(0.35) && !p.items.is_empty() => p,
                    _ => &self.all[month0],
                };
                product = picker.pick(rng);
                if product.is_some_and(|p| !chosen.contains(&p)) {
                    break;
                }
            }
            let Some(p) = product else {
                continue;
            };
            if let Some(s) = chosen.get_mut(slot) {
                *s = p;
            }
            let item = &self.data.products[p];
            let unit = self.prices[p]
                .get(year)
                .or(self.prices[p].last())
                .copied()
                .unwrap_or(item.price);
            let quantity: u32 = if order.business && rng.random_bool(0.6) {
                rng.random_range(2..=12)
            } else {
                let dist: &[f64] = if unit < 1000 {
                    &[0.60, 0.25, 0.08, 0.07]
                } else {
                    &[0.86, 0.10, 0.02, 0.02]
                };
                1 + pick_weighted(rng, dist) as u32
            };
            let quantity = f64::from(quantity);
            let gross = (quantity * unit as f64).round() as i64;
            let discount = if rng.random_bool(0.10) {
                let percent =
                    [5.0, 10.0, 15.0, 20.0][pick_weighted(rng, &[30.0, 35.0, 20.0, 15.0])];
                (gross as f64 * percent / 100.0).round() as i64
            } else {
                0
            };
            let amount = gross - discount;
            total += amount;
            // The last line takes the order's strings instead of copying them.
            let last = slot + 1 == count;
            let (customer_ref, order_ref) = if last {
                (ctx.customer_ref.take(), ctx.order_ref.take())
            } else {
                (ctx.customer_ref.clone(), ctx.order_ref.clone())
            };
            out.push(NewSale {
                contact_index: ctx.contact,
                customer_ref,
                order_ref,
                sold_at: order.at,
                product: Some(item.name.clone()),
                category: Some(item.category.clone()),
                quantity,
                unit_price_cents: Some(unit),
                discount_cents: discount,
                amount_cents: amount,
                cost_cents: Some((gross as f64 * self.cost_share[p]).round() as i64),
                channel: Some(channel_name.to_string()),
                payment_method: Some(payment.to_string()),
                store: Some(store.to_string()),
                extra: Map::new(),
            });
        }
        total
    }
}

// ---------------------------------------------------------------------------------------------
// Progress reports.

struct Progress<'p> {
    callback: &'p mut dyn FnMut(usize, usize) -> bool,
    total: usize,
    step: usize,
    next: usize,
}

impl<'p> Progress<'p> {
    fn new(callback: &'p mut dyn FnMut(usize, usize) -> bool, total: usize) -> Progress<'p> {
        Progress {
            callback,
            total,
            step: (total / 100).max(1),
            next: 0,
        }
    }

    /// Reports `done` if it moved on enough since the last report; false means stop.
    fn report(&mut self, done: usize) -> bool {
        if done < self.next {
            return true;
        }
        self.next = done + self.step;
        (self.callback)(done.min(self.total), self.total)
    }

    fn finish(&mut self) -> bool {
        (self.callback)(self.total, self.total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(customers: usize, seed: u64) -> DemoOptions {
        DemoOptions {
            customers,
            years: 3,
            seed,
            end: day(2025, 12, 31),
        }
    }

    fn day(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MAX)
    }

    fn shop_2000() -> DemoShop {
        generate(&options(2000, 42))
    }

    fn start_of(opts: &DemoOptions) -> NaiveDate {
        opts.end
            .checked_sub_months(Months::new(12 * opts.years))
            .unwrap_or(opts.end)
    }

    #[test]
    fn same_seed_same_shop() {
        let a = generate(&options(300, 7));
        let b = generate(&options(300, 7));
        assert!(!a.sales.is_empty());
        assert_eq!(a, b);
    }

    #[test]
    fn different_seed_different_shop() {
        let a = generate(&options(300, 7));
        let b = generate(&options(300, 8));
        assert_ne!(a.contacts, b.contacts);
        assert_ne!(a.sales, b.sales);
    }

    #[test]
    fn about_twenty_lines_per_customer() {
        let shop = shop_2000();
        let per_customer = shop.sales.len() as f64 / 2000.0;
        assert!(
            (15.0..=25.0).contains(&per_customer),
            "{per_customer} lines per customer"
        );
    }

    #[test]
    fn duplicates_are_about_eight_percent_and_later() {
        let shop = shop_2000();
        let share = shop.duplicate_of.len() as f64 / 2000.0;
        assert!((0.06..=0.10).contains(&share), "duplicate share {share}");
        assert_eq!(shop.contacts.len(), 2000 + shop.duplicate_of.len());
        let mut has_sales = vec![false; shop.contacts.len()];
        for s in &shop.sales {
            has_sales[s.contact_index] = true;
        }
        let mut seen = HashSet::new();
        for &(dup, original) in &shop.duplicate_of {
            assert_ne!(dup, original);
            assert!(seen.insert(dup), "contact {dup} is a duplicate twice");
            let (d, o) = (&shop.contacts[dup], &shop.contacts[original]);
            assert!(d.created_at > o.created_at);
            assert!(has_sales[dup] && has_sales[original]);
            assert!(
                d.external_ref
                    .as_deref()
                    .is_none_or(|r| r.starts_with("W-")),
                "{:?}",
                d.external_ref
            );
        }
        // Duplicates differ from their original somewhere visible.
        let differing = shop
            .duplicate_of
            .iter()
            .filter(|&&(d, o)| {
                let (d, o) = (&shop.contacts[d], &shop.contacts[o]);
                (&d.first_name, &d.last_name, &d.email, &d.phone, &d.street)
                    != (&o.first_name, &o.last_name, &o.email, &o.phone, &o.street)
            })
            .count();
        assert!(differing * 10 >= shop.duplicate_of.len() * 9);
        // Duplicates are interleaved with the other contacts, not all at the end.
        let first_dup = shop
            .duplicate_of
            .iter()
            .map(|&(d, _)| d)
            .min()
            .unwrap_or(usize::MAX);
        assert!(first_dup < shop.contacts.len() - shop.duplicate_of.len());
    }

    #[test]
    fn dates_stay_within_the_history() {
        let opts = options(2000, 42);
        let shop = generate(&opts);
        let start = start_of(&opts);
        for c in &shop.contacts {
            let created = c.created_at.date();
            assert!(start <= created && created <= opts.end, "{created}");
            if let Some(d) = c.consent_date {
                assert!(created <= d && d <= opts.end);
            }
            assert_eq!(
                c.consent_date.is_some(),
                c.marketing_consent != Consent::Unknown
            );
            if let Some(b) = c.birth_date {
                let age = opts.end.years_since(b).unwrap_or(0);
                assert!((18..=85).contains(&age), "age {age}");
            }
        }
        for s in &shop.sales {
            let day = s.sold_at.date();
            assert!(start <= day && day <= opts.end, "{day}");
            assert!(s.sold_at >= shop.contacts[s.contact_index].created_at);
        }
    }

    #[test]
    fn sales_point_at_contacts() {
        let shop = shop_2000();
        assert!(
            shop.sales
                .iter()
                .all(|s| s.contact_index < shop.contacts.len())
        );
        for (i, s) in shop.sales.iter().enumerate() {
            assert_eq!(s.customer_ref, shop.contacts[s.contact_index].external_ref);
            if i > 0 {
                assert!(shop.sales[i - 1].sold_at <= s.sold_at);
            }
        }
        // Every original contact bought something.
        let mut bought = vec![false; shop.contacts.len()];
        for s in &shop.sales {
            bought[s.contact_index] = true;
        }
        assert!(bought.iter().all(|b| *b));
    }

    #[test]
    fn december_is_the_big_month() {
        let shop = shop_2000();
        let mut by_month = [0i64; 12];
        for s in &shop.sales {
            by_month[s.sold_at.month0() as usize] += s.amount_cents;
        }
        let total: i64 = by_month.iter().sum();
        // Three full years: each calendar month occurs three times.
        let average = total as f64 / 12.0;
        let december = by_month[11] as f64;
        assert!(december > 1.4 * average, "{december} vs {average}");
        let summer = (by_month[6] + by_month[7]) as f64 / 2.0;
        assert!(summer < average, "no summer dip");
    }

    #[test]
    fn saturdays_are_busier_than_tuesdays() {
        let shop = shop_2000();
        let count = |weekday: chrono::Weekday| {
            shop.sales
                .iter()
                .filter(|s| s.sold_at.weekday() == weekday && s.channel.as_deref() == Some("store"))
                .count()
        };
        assert!(count(chrono::Weekday::Sat) > count(chrono::Weekday::Tue) * 3 / 2);
    }

    #[test]
    fn all_five_scripts_occur() {
        let shop = shop_2000();
        let names: String = shop
            .contacts
            .iter()
            .flat_map(|c| [&c.first_name, &c.last_name])
            .flatten()
            .map(String::as_str)
            .collect();
        let has = |range: std::ops::RangeInclusive<char>| names.chars().any(|c| range.contains(&c));
        assert!(has('\u{0400}'..='\u{04FF}'), "no Cyrillic");
        assert!(has('\u{4E00}'..='\u{9FFF}'), "no CJK");
        assert!(has('\u{0530}'..='\u{058F}'), "no Armenian");
        assert!(has('à'..='ÿ'), "no accented Latin");
        assert!(names.contains("Smith") || names.contains("Taylor") || names.contains("Jones"));
        let languages: HashSet<&str> = shop
            .contacts
            .iter()
            .filter_map(|c| c.language.as_deref())
            .collect();
        for code in ["fr", "en", "ru", "zh", "hy"] {
            assert!(languages.contains(code), "no {code}");
        }
    }

    #[test]
    fn amounts_add_up() {
        let shop = shop_2000();
        for s in &shop.sales {
            let Some(unit) = s.unit_price_cents else {
                panic!("no unit price: {s:?}");
            };
            let gross = (s.quantity * unit as f64).round() as i64;
            assert_eq!(s.amount_cents, gross - s.discount_cents, "{s:?}");
            assert!(s.discount_cents >= 0 && s.discount_cents <= gross / 5 + 1);
            let cost = s.cost_cents.unwrap_or(-1);
            assert!(
                cost * 10 >= gross * 4 - 10 && cost * 10 <= gross * 6 + 10,
                "{s:?}"
            );
            assert!((1.0..=12.0).contains(&s.quantity));
        }
        let discounted = shop.sales.iter().filter(|s| s.discount_cents > 0).count();
        let share = discounted as f64 / shop.sales.len() as f64;
        assert!((0.07..=0.13).contains(&share), "discount share {share}");
    }

    #[test]
    fn order_refs_only_missing_at_the_market() {
        let shop = shop_2000();
        let mut orders: std::collections::HashMap<&str, (NaiveDateTime, usize, usize)> =
            std::collections::HashMap::new();
        for s in &shop.sales {
            let market = s.channel.as_deref() == Some("market");
            assert_eq!(s.order_ref.is_none(), market, "{s:?}");
            if let Some(r) = s.order_ref.as_deref() {
                assert!(r.starts_with("ORD-") && r.len() == 11, "{r}");
                let entry = orders.entry(r).or_insert((s.sold_at, s.contact_index, 0));
                assert_eq!((entry.0, entry.1), (s.sold_at, s.contact_index));
                entry.2 += 1;
            }
        }
        assert!(orders.values().all(|o| (1..=5).contains(&o.2)));
        let mean = orders.values().map(|o| o.2).sum::<usize>() as f64 / orders.len() as f64;
        assert!((2.0..=3.0).contains(&mean), "{mean} lines per order");
    }

    #[test]
    fn channels_and_payments_look_like_the_shop() {
        let shop = shop_2000();
        // Shares of orders (one order = one contact at one time).
        let mut last = None;
        let mut counts = [0usize; 4];
        for s in &shop.sales {
            let key = (s.sold_at, s.contact_index);
            if last == Some(key) {
                continue;
            }
            last = Some(key);
            let i = match s.channel.as_deref() {
                Some("store") => 0,
                Some("web") => 1,
                Some("market") => 2,
                Some("phone") => 3,
                other => panic!("channel {other:?}"),
            };
            counts[i] += 1;
        }
        let total = counts.iter().sum::<usize>() as f64;
        let share = |i: usize| counts[i] as f64 / total;
        assert!((0.45..=0.65).contains(&share(0)), "store {}", share(0));
        assert!((0.22..=0.38).contains(&share(1)), "web {}", share(1));
        assert!((0.06..=0.14).contains(&share(2)), "market {}", share(2));
        assert!((0.02..=0.09).contains(&share(3)), "phone {}", share(3));
        for s in &shop.sales {
            let payment = s.payment_method.as_deref().unwrap_or("");
            match s.channel.as_deref() {
                Some("web") => assert!(matches!(payment, "card" | "paypal")),
                _ => assert!(matches!(payment, "card" | "cash" | "transfer")),
            }
            let store = s.store.as_deref().unwrap_or("");
            match s.channel.as_deref() {
                Some("store") => assert!(matches!(store, "Lyon Presqu'île" | "Paris Marais")),
                Some("web") => assert_eq!(store, "Web shop"),
                Some("market") => assert_eq!(store, "Marché Croix-Rousse"),
                _ => {}
            }
        }
    }

    #[test]
    fn more_customers_in_later_years_and_some_lapse() {
        let opts = options(2000, 42);
        let shop = generate(&opts);
        let start = start_of(&opts);
        let year = |c: &NewContact| (c.created_at.date() - start).num_days() / 365;
        let originals: Vec<&NewContact> = shop
            .contacts
            .iter()
            .filter(|c| {
                c.external_ref
                    .as_deref()
                    .is_some_and(|r| r.starts_with('C'))
            })
            .collect();
        assert_eq!(originals.len(), 2000);
        let first = originals.iter().filter(|c| year(c) == 0).count();
        let last = originals.iter().filter(|c| year(c) >= 2).count();
        assert!(
            last > first * 11 / 10,
            "first year {first}, last year {last}"
        );
        // Last purchase per person (original and duplicate together).
        let mut person = (0..shop.contacts.len()).collect::<Vec<_>>();
        for &(d, o) in &shop.duplicate_of {
            person[d] = o;
        }
        let mut last_buy = vec![start.and_time(NaiveTime::MIN); shop.contacts.len()];
        let mut orders = vec![0usize; shop.contacts.len()];
        let mut previous = None;
        for s in &shop.sales {
            let p = person[s.contact_index];
            last_buy[p] = last_buy[p].max(s.sold_at);
            if previous != Some((s.sold_at, s.contact_index)) {
                orders[p] += 1;
                previous = Some((s.sold_at, s.contact_index));
            }
        }
        let lapsed = originals.len()
            - (0..shop.contacts.len())
                .filter(|&i| {
                    person[i] == i
                        && shop.contacts[i]
                            .external_ref
                            .as_deref()
                            .is_some_and(|r| r.starts_with('C'))
                })
                .filter(|&i| (opts.end - last_buy[i].date()).num_days() < 180)
                .count();
        let lapsed_share = lapsed as f64 / 2000.0;
        assert!((0.2..=0.6).contains(&lapsed_share), "lapsed {lapsed_share}");
        let once = orders.iter().filter(|&&n| n == 1).count() as f64 / 2000.0;
        assert!((0.1..=0.35).contains(&once), "one-time buyers {once}");
        let frequent = orders.iter().filter(|&&n| n >= 20).count() as f64 / 2000.0;
        assert!(
            (0.05..=0.25).contains(&frequent),
            "frequent buyers {frequent}"
        );
    }

    #[test]
    fn contacts_look_real() {
        let shop = shop_2000();
        let n = shop.contacts.len() as f64;
        let share = |f: &dyn Fn(&NewContact) -> bool| {
            shop.contacts.iter().filter(|c| f(c)).count() as f64 / n
        };
        let emails = share(&|c| c.email.is_some());
        assert!((0.78..=0.92).contains(&emails), "emails {emails}");
        let phones = share(&|c| c.phone.is_some());
        assert!((0.70..=0.88).contains(&phones), "phones {phones}");
        let addresses = share(&|c| c.street.is_some());
        assert!((0.65..=0.85).contains(&addresses), "addresses {addresses}");
        let companies = share(&|c| c.company.is_some());
        assert!((0.01..=0.06).contains(&companies), "companies {companies}");
        let yes = share(&|c| c.marketing_consent == Consent::Yes);
        assert!((0.45..=0.65).contains(&yes), "consent yes {yes}");
        // Original e-mails and card numbers are unique.
        let mut seen = HashSet::new();
        let duplicates: HashSet<usize> = shop.duplicate_of.iter().map(|&(d, _)| d).collect();
        for (i, c) in shop.contacts.iter().enumerate() {
            if !duplicates.contains(&i)
                && let Some(e) = &c.email
            {
                assert!(seen.insert(e.clone()), "{e} twice");
                assert!(e.contains('@') && e.is_ascii(), "{e}");
            }
        }
        let refs: Vec<&str> = shop
            .contacts
            .iter()
            .filter_map(|c| c.external_ref.as_deref())
            .collect();
        let unique: HashSet<&&str> = refs.iter().collect();
        assert_eq!(refs.len(), unique.len());
        // Postcodes match the cities.
        for c in &shop.contacts {
            match (c.city.as_deref(), c.postcode.as_deref()) {
                (Some("Lyon"), Some(p)) => assert!(("69001"..="69009").contains(&p)),
                (Some("Paris"), Some(p)) => assert!(("75001"..="75020").contains(&p)),
                (Some("Villeurbanne"), Some(p)) => assert_eq!(p, "69100"),
                _ => {}
            }
        }
        let mobiles = shop
            .contacts
            .iter()
            .filter_map(|c| c.phone.as_deref())
            .filter(|p| p.starts_with("06") || p.starts_with("07") || p.starts_with("+33 6"))
            .count();
        assert!(mobiles > 0);
        assert!(
            shop.contacts
                .iter()
                .any(|c| c.extra.contains_key("loyalty_points"))
        );
    }

    #[test]
    fn duplicates_carry_realistic_mistakes() {
        let shop = generate(&options(4000, 3));
        let latin = shop
            .duplicate_of
            .iter()
            .filter(|&&(d, o)| {
                let (d, o) = (&shop.contacts[d], &shop.contacts[o]);
                let cyrillic = o
                    .last_name
                    .as_deref()
                    .is_some_and(|n| n.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)));
                cyrillic && d.last_name.as_deref().is_some_and(|n| n.is_ascii())
            })
            .count();
        assert!(latin > 0, "no Russian name written in Latin letters");
        let upper = shop.duplicate_of.iter().any(|&(d, o)| {
            let (d, o) = (&shop.contacts[d], &shop.contacts[o]);
            d.last_name != o.last_name
                && d.last_name == o.last_name.as_ref().map(|n| n.to_uppercase())
        });
        assert!(upper, "no upper-case duplicate");
    }

    #[test]
    fn progress_reports_and_can_stop() {
        let opts = options(500, 1);
        let mut calls = Vec::new();
        let shop = generate_with_progress(&opts, &mut |done, total| {
            calls.push((done, total));
            true
        });
        assert_eq!(shop.as_ref(), Some(&generate(&opts)));
        assert!(calls.len() > 10);
        assert!(calls.windows(2).all(|w| w[0].0 <= w[1].0));
        assert!(calls.iter().all(|&(d, t)| t == 500 && d <= t));
        assert_eq!(calls.last(), Some(&(500, 500)));

        let mut count = 0;
        let stopped = generate_with_progress(&opts, &mut |_, _| {
            count += 1;
            count < 5
        });
        assert!(stopped.is_none());
        assert_eq!(count, 5);
    }

    #[test]
    fn tiny_and_odd_options_do_not_panic() {
        let end = day(2024, 2, 29);
        for (customers, years) in [(0, 3), (1, 0), (5, 1), (30, 10)] {
            let shop = generate(&DemoOptions {
                customers,
                years,
                seed: 9,
                end,
            });
            assert!(shop.contacts.len() >= customers);
            assert!(shop.sales.iter().all(|s| s.sold_at.date() <= end));
        }
    }

    #[test]
    fn name_lists_are_complete() {
        let data = Data::load();
        for (lang, set) in LANGS.iter().zip(&data.names) {
            let firsts = set.female.len() + set.male.len();
            let (min_first, min_last) = if *lang == Lang::Zh {
                (40, 30)
            } else {
                (80, 40)
            };
            assert!(firsts >= min_first, "{lang:?} first names: {firsts}");
            assert!(
                set.last.len() >= min_last,
                "{lang:?} last names: {}",
                set.last.len()
            );
            for name in set.female.iter().chain(&set.male).chain(&set.last) {
                assert!(!name.roman.is_empty() && name.roman.is_ascii(), "{name:?}");
            }
        }
        assert!(data.products.len() >= 55);
        assert!((6..=8).contains(&data.categories.len()));
        assert!(data.products.iter().all(|p| p.price > 0 && p.weight > 0.0));
        assert!(data.city_groups.len() >= 9);
        assert!(data.companies.0.len() >= 10 && data.companies.1.len() >= 20);
        assert_eq!(romanise("Hélène D'Almeida"), "helenedalmeida");
        assert_eq!(feminine_ru(&data.names[2].last[0]).text, "Иванова");
    }
}
