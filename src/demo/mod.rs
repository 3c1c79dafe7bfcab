//! Demo data: a deterministic generator of a realistic small shop, "Maison Lumière", a French
//! gift, tea and candle shop with two stores (Lyon Presqu'île, Paris Marais), a web shop, a
//! weekend market stall (Marché Croix-Rousse) and phone orders.
//!
//! This module owns the demo catalogue and name lists (the text files in `assets/demo/`, embedded
//! at compile time, read in `catalogue`) and the simulation of customers (`people`, `phones`),
//! their orders (`calendar`, `sales`) and the duplicate contacts real data has. It returns plain
//! [`crate::model`] values and must not touch SQL, files, the clock or the UI: its output
//! depends on [`DemoOptions`] alone (same options, same shop, byte for byte). The name, city
//! and street lists are public (`catalogue::name_lists`, `cities`, `streets`): the synthetic
//! shop that measures the duplicate finder draws from the same lists.
//!
//! Order of the output: contacts are sorted by `created_at` (so duplicates, which are always
//! created after their original, are interleaved with the other contacts); sale lines are sorted
//! by `sold_at`, then contact, and the lines of one order are contiguous. Order numbers
//! (`ORD-0001234`) and loyalty card numbers (`C000123`) grow with time.

use std::collections::HashSet;

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::Value;

use crate::model::{NewContact, NewSale};

mod calendar;
pub mod catalogue;
mod feedback;
mod people;
mod phones;
mod sales;

use calendar::Calendar;
use catalogue::Data;
use people::{Order, mean_lines};
use sales::{LineMaker, OrderContext};

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
    /// The language of the product catalogue's names and categories (`en`, `fr`, `ru`,
    /// `zh`, `hy`); `None` keeps the shop's own list (French names, English categories).
    /// The same products, prices and sales in every language.
    pub catalogue: Option<&'static str>,
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
    /// What customers said: `(index of the contact in contacts, the feedback)`, by day.
    pub feedback: Vec<(usize, crate::model::feedback::FeedbackContent)>,
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
            data: Data::load(opts.catalogue),
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
        // 7. What they said about their orders (its own generator: the sales do not change).
        let feedback = feedback::feedback(&orders, &contacts, self.opts.seed, self.opts.end);
        // 8. Loyalty points: one point per 10 € spent.
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
            feedback,
        })
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
    use chrono::NaiveTime;

    use super::*;
    use crate::model::Consent;

    fn options(customers: usize, seed: u64) -> DemoOptions {
        DemoOptions {
            catalogue: None,
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
                catalogue: None,
                customers,
                years,
                seed: 9,
                end,
            });
            assert!(shop.contacts.len() >= customers);
            assert!(shop.sales.iter().all(|s| s.sold_at.date() <= end));
        }
    }
}
