//! The demo's embedded lists (the text files in `assets/demo/`): products, names, cities,
//! streets and company names.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::people::romanise;
use super::pick;

#[derive(Clone, Debug, Default)]
pub(super) struct Name {
    pub(super) text: String,
    /// Lower-case ASCII spelling, for e-mails and Latin transliterations.
    pub(super) roman: String,
}

#[derive(Debug, Default)]
pub(super) struct NameSet {
    pub(super) female: Vec<Name>,
    pub(super) male: Vec<Name>,
    pub(super) last: Vec<Name>,
}

#[derive(Debug)]
pub(super) struct Product {
    pub(super) category: String,
    pub(super) cat: usize,
    pub(super) name: String,
    /// Price in cents during the last year of the history.
    pub(super) price: i64,
    pub(super) weight: f64,
    /// Months on sale (first, last), 1-based, may wrap over the new year.
    pub(super) months: Option<(u32, u32)>,
}

#[derive(Debug)]
pub(super) struct City {
    pub(super) country: String,
    pub(super) city: String,
    pub(super) postcode: String,
    pub(super) region: String,
}

/// Weighted choice among a fixed list of indices.
#[derive(Debug, Default)]
pub(super) struct Picker {
    pub(super) items: Vec<usize>,
    pub(super) cum: Vec<f64>,
}

impl Picker {
    pub(super) fn push(&mut self, item: usize, weight: f64) {
        if weight > 0.0 {
            let total = self.cum.last().copied().unwrap_or(0.0) + weight;
            self.items.push(item);
            self.cum.push(total);
        }
    }

    pub(super) fn pick(&self, rng: &mut ChaCha8Rng) -> Option<usize> {
        let total = *self.cum.last()?;
        let t = rng.random::<f64>() * total;
        let i = self.cum.partition_point(|&c| c <= t);
        self.items.get(i.min(self.items.len() - 1)).copied()
    }
}

#[derive(Debug)]
pub(super) struct Data {
    pub(super) names: [NameSet; 5],
    pub(super) products: Vec<Product>,
    pub(super) categories: Vec<String>,
    pub(super) cities: Vec<City>,
    /// (group, weighted cities of the group)
    pub(super) city_groups: Vec<(String, Picker)>,
    /// (group, streets of the group)
    pub(super) streets: Vec<(String, Vec<String>)>,
    /// Company names are a first part and a second part ("Hôtel" + "des Arts").
    pub(super) companies: (Vec<String>, Vec<String>),
}

/// A listed name as the demo uses it: the Latin spelling is worked out when the list gives
/// none.
fn name(listed: &ListedName) -> Name {
    Name {
        text: listed.text.to_string(),
        roman: listed
            .roman
            .map_or_else(|| romanise(listed.text), str::to_string),
    }
}

fn name_set(lists: &NameLists) -> NameSet {
    NameSet {
        female: lists.female.iter().map(name).collect(),
        male: lists.male.iter().map(name).collect(),
        last: lists.last.iter().map(name).collect(),
    }
}

/// The catalogue's names in a language: `category|product` per product, in the order of
/// `products.txt`.
fn translated_catalogue(language: &str) -> Option<&'static str> {
    Some(match language {
        "en" => include_str!("../../assets/demo/products.en.txt"),
        "fr" => include_str!("../../assets/demo/products.fr.txt"),
        "ru" => include_str!("../../assets/demo/products.ru.txt"),
        "zh" => include_str!("../../assets/demo/products.zh.txt"),
        "hy" => include_str!("../../assets/demo/products.hy.txt"),
        _ => return None,
    })
}

/// Renames the products and their categories from a translated list; a list that does not
/// match product for product (a line missing, a category split in two) leaves the names as
/// they are.
fn translate(products: &mut [Product], categories: &mut [String], words: &str) {
    let lines: Vec<(&str, &str)> = data_lines(words)
        .filter_map(|l| l.split_once('|'))
        .map(|(c, n)| (c.trim(), n.trim()))
        .collect();
    if lines.len() != products.len() {
        return;
    }
    let mut names: Vec<Option<&str>> = vec![None; categories.len()];
    for (p, (category, _)) in products.iter().zip(&lines) {
        match names[p.cat] {
            Some(seen) if seen != *category => return,
            _ => names[p.cat] = Some(category),
        }
    }
    for (p, (category, name)) in products.iter_mut().zip(&lines) {
        p.category = (*category).to_string();
        p.name = (*name).to_string();
    }
    for (c, name) in categories.iter_mut().zip(names) {
        if let Some(name) = name {
            *c = name.to_string();
        }
    }
}

pub(super) fn parse_months(text: &str) -> Option<(u32, u32)> {
    let (a, b) = text.split_once('-')?;
    let a: u32 = a.trim().parse().ok()?;
    let b: u32 = b.trim().parse().ok()?;
    ((1..=12).contains(&a) && (1..=12).contains(&b)).then_some((a, b))
}

impl Data {
    pub(super) fn load(catalogue: Option<&str>) -> Data {
        let names = name_lists().map(|lists| name_set(&lists));

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

        if let Some(words) = catalogue.and_then(translated_catalogue) {
            translate(&mut products, &mut categories, words);
        }

        let mut cities = Vec::new();
        let mut city_groups: Vec<(String, Picker)> = Vec::new();
        for listed in self::cities() {
            cities.push(City {
                country: listed.country.to_string(),
                city: listed.city.to_string(),
                postcode: listed.postcode.to_string(),
                region: listed.region.to_string(),
            });
            let index = cities.len() - 1;
            match city_groups.iter_mut().find(|(g, _)| g == listed.group) {
                Some((_, picker)) => picker.push(index, listed.weight),
                None => {
                    let mut picker = Picker::default();
                    picker.push(index, listed.weight);
                    city_groups.push((listed.group.to_string(), picker));
                }
            }
        }

        let streets = self::streets()
            .into_iter()
            .map(|(group, list)| {
                let list = list.into_iter().map(str::to_string).collect();
                (group.to_string(), list)
            })
            .collect();

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

    pub(super) fn pick_city(&self, rng: &mut ChaCha8Rng, group: &str) -> Option<&City> {
        let (_, picker) = self.city_groups.iter().find(|(g, _)| g == group)?;
        self.cities.get(picker.pick(rng)?)
    }

    pub(super) fn street_list(&self, group: &str) -> &[String] {
        self.streets
            .iter()
            .find(|(g, _)| g == group)
            .map(|(_, list)| list.as_slice())
            .unwrap_or(&[])
    }

    /// A street of the group; Lyon and Paris also use the generic French streets.
    pub(super) fn pick_street(&self, rng: &mut ChaCha8Rng, group: &str) -> Option<&str> {
        let group = if matches!(group, "lyon" | "paris") && rng.random_bool(0.5) {
            "fr"
        } else {
            group
        };
        pick(rng, self.street_list(group)).map(String::as_str)
    }
}

// ---------------------------------------------------------------------------------------------
// The name, city and street lists, shared with the synthetic shop of the duplicate finder's
// tests and benchmarks.

/// The languages of the name lists, in the order [`name_lists`] gives them.
pub const NAME_LANGUAGES: [&str; 5] = ["fr", "en", "ru", "zh", "hy"];

/// A name of the lists: as written in its own script, and its Latin spelling where the list
/// gives one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListedName {
    /// The name in its own script (`Екатерина`, `王`, `Hélène`).
    pub text: &'static str,
    /// Its Latin spelling in lower case (`ekaterina`), when the list gives one.
    pub roman: Option<&'static str>,
}

/// The listed names of one language.
#[derive(Clone, Debug, Default)]
pub struct NameLists {
    /// Women's given names, most common first.
    pub female: Vec<ListedName>,
    /// Men's given names, most common first.
    pub male: Vec<ListedName>,
    /// Family names, most common first.
    pub last: Vec<ListedName>,
}

/// A city of the lists, with the group it belongs to (`lyon`, `paris`, `fr` for the rest of
/// France, or a country code) and its weight within the group.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ListedCity {
    /// `lyon`, `paris`, `fr` or a country code such as `GB`.
    pub group: &'static str,
    /// ISO country code.
    pub country: &'static str,
    /// The city's name.
    pub city: &'static str,
    /// Its postcode.
    pub postcode: &'static str,
    /// Its region.
    pub region: &'static str,
    /// How often customers of the group live there, relative to the group's other cities.
    pub weight: f64,
}

/// The non-empty, non-comment lines of an embedded list.
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The names of one list file: `name` or `name | latin spelling` a line.
fn listed_names(text: &'static str) -> Vec<ListedName> {
    data_lines(text)
        .filter_map(|line| {
            let mut parts = line.split('|').map(str::trim);
            let text = parts.next().filter(|t| !t.is_empty())?;
            let roman = parts.next().filter(|r| !r.is_empty());
            Some(ListedName { text, roman })
        })
        .collect()
}

fn name_lists_of(female: &'static str, male: &'static str, last: &'static str) -> NameLists {
    NameLists {
        female: listed_names(female),
        male: listed_names(male),
        last: listed_names(last),
    }
}

/// The name lists of the five languages, in the order of [`NAME_LANGUAGES`].
pub fn name_lists() -> [NameLists; 5] {
    [
        name_lists_of(
            include_str!("../../assets/demo/fr_first_f.txt"),
            include_str!("../../assets/demo/fr_first_m.txt"),
            include_str!("../../assets/demo/fr_last.txt"),
        ),
        name_lists_of(
            include_str!("../../assets/demo/en_first_f.txt"),
            include_str!("../../assets/demo/en_first_m.txt"),
            include_str!("../../assets/demo/en_last.txt"),
        ),
        name_lists_of(
            include_str!("../../assets/demo/ru_first_f.txt"),
            include_str!("../../assets/demo/ru_first_m.txt"),
            include_str!("../../assets/demo/ru_last.txt"),
        ),
        name_lists_of(
            include_str!("../../assets/demo/zh_first_f.txt"),
            include_str!("../../assets/demo/zh_first_m.txt"),
            include_str!("../../assets/demo/zh_last.txt"),
        ),
        name_lists_of(
            include_str!("../../assets/demo/hy_first_f.txt"),
            include_str!("../../assets/demo/hy_first_m.txt"),
            include_str!("../../assets/demo/hy_last.txt"),
        ),
    ]
}

/// The listed cities, in list order.
pub fn cities() -> Vec<ListedCity> {
    data_lines(include_str!("../../assets/demo/cities.txt"))
        .filter_map(|line| {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            let [group, country, city, postcode, region, weight] = parts[..] else {
                return None;
            };
            Some(ListedCity {
                group,
                country,
                city,
                postcode,
                region,
                weight: weight.parse().ok()?,
            })
        })
        .collect()
}

/// The listed streets by city group, groups in order of first appearance (`fr` streets
/// serve all of France).
pub fn streets() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut streets: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in data_lines(include_str!("../../assets/demo/streets.txt")) {
        let Some((group, street)) = line.split_once('|') else {
            continue;
        };
        let (group, street) = (group.trim(), street.trim());
        match streets.iter_mut().find(|(g, _)| *g == group) {
            Some((_, list)) => list.push(street),
            None => streets.push((group, vec![street])),
        }
    }
    streets
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::super::people::{LANGS, Lang, feminine_ru, romanise};
    use super::*;

    #[test]
    fn every_catalogue_language_renames_every_product_and_category() {
        let own = Data::load(None);
        for language in ["en", "fr", "ru", "zh", "hy"] {
            let data = Data::load(Some(language));
            assert_eq!(data.products.len(), own.products.len());
            assert_eq!(data.categories.len(), own.categories.len(), "{language}");
            let mut names = HashSet::new();
            for (p, o) in data.products.iter().zip(&own.products) {
                // The same product: price, popularity, season and category position.
                assert_eq!((p.price, p.cat, p.months), (o.price, o.cat, o.months));
                assert_eq!(p.category, data.categories[p.cat], "{language}");
                assert!(names.insert(p.name.clone()), "{language}: {} twice", p.name);
            }
            let renamed = data
                .products
                .iter()
                .zip(&own.products)
                .filter(|(p, o)| p.name != o.name)
                .count();
            // French keeps the shop's own names; every other language renames nearly all.
            if language != "fr" {
                assert!(renamed >= own.products.len() - 3, "{language}: {renamed}");
            }
            assert!(
                data.categories
                    .iter()
                    .all(|c| !own.categories.contains(c) || language == "en"),
                "{language}"
            );
        }
        // A list that does not match product for product changes nothing.
        let mut products = Data::load(None).products;
        let mut categories = own.categories.clone();
        translate(&mut products, &mut categories, "Tea|Only one line");
        assert_eq!(products[0].name, own.products[0].name);
    }

    #[test]
    fn name_lists_are_complete() {
        let data = Data::load(None);
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
