//! Messy customer files with known truth, for judging the duplicate finder on data it was
//! not tuned on.
//!
//! Each generator here follows a written specification of its own (the doc comment at the
//! top of its module) and knows nothing of how the duplicate finder works. A generator
//! gives [`PersonRecord`]s: the columns a shop's contacts file has, plus the `entity_id` of
//! the person behind the row, which is the truth and is never written to the file.
//!
//! This module lives outside the shipped library: tests and benchmarks include it with
//! `#[path = "../testkit/people/mod.rs"] mod people;`. It uses only std, `rand` and
//! `rand_chacha`, and is deterministic for a seed.

// Benchmarks and tests each use a part of the kit.
#![allow(dead_code)]

pub mod households;
pub mod multilingual;

use std::collections::HashSet;
use std::fs::File;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{BufWriter, Write};
use std::path::Path;

use rand::Rng;

/// One row of a contacts file, with the person it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonRecord {
    /// The shop's customer number (the `customer_no` column), unique per row.
    pub record_id: String,
    /// The person behind the row: rows with the same value are one person. Not written.
    pub entity_id: u64,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub street: String,
    pub city: String,
    pub postcode: String,
    /// `YYYY-MM-DD`, or empty.
    pub birth_date: String,
}

/// The header of the files [`write_csv`] writes.
pub const CSV_HEADER: &str =
    "customer_no,first_name,last_name,email,phone,street,city,postcode,birth_date";

/// Writes the records as a UTF-8 CSV file with the header [`CSV_HEADER`] (no truth column).
pub fn write_csv(records: &[PersonRecord], path: &Path) -> std::io::Result<()> {
    let mut out = BufWriter::new(File::create(path)?);
    out.write_all(CSV_HEADER.as_bytes())?;
    out.write_all(b"\n")?;
    for r in records {
        let fields = [
            &r.record_id,
            &r.first_name,
            &r.last_name,
            &r.email,
            &r.phone,
            &r.street,
            &r.city,
            &r.postcode,
            &r.birth_date,
        ];
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            write_field(&mut out, field)?;
        }
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// Writes one CSV field, quoted when it holds a comma, a quote or a line break.
fn write_field(out: &mut impl Write, field: &str) -> std::io::Result<()> {
    if field.contains([',', '"', '\n', '\r']) {
        out.write_all(b"\"")?;
        out.write_all(field.replace('"', "\"\"").as_bytes())?;
        out.write_all(b"\"")
    } else {
        out.write_all(field.as_bytes())
    }
}

/// Every pair of record indices `(i, j)`, `i < j`, whose records belong to one person.
pub fn true_pairs(records: &[PersonRecord]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..records.len()).collect();
    order.sort_unstable_by_key(|&i| (records[i].entity_id, i));
    let mut pairs = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let entity = records[order[start]].entity_id;
        let mut end = start + 1;
        while end < order.len() && records[order[end]].entity_id == entity {
            end += 1;
        }
        for a in start..end {
            for b in a + 1..end {
                let (i, j) = (order[a], order[b]);
                pairs.push((i.min(j), i.max(j)));
            }
        }
        start = end;
    }
    pairs.sort_unstable();
    pairs
}

/// The number of true pairs, without listing them: sum over people of k(k-1)/2.
pub fn true_pair_count(records: &[PersonRecord]) -> u64 {
    let mut ids: Vec<u64> = records.iter().map(|r| r.entity_id).collect();
    ids.sort_unstable();
    let mut total = 0u64;
    let mut start = 0;
    while start < ids.len() {
        let mut end = start + 1;
        while end < ids.len() && ids[end] == ids[start] {
            end += 1;
        }
        let k = (end - start) as u64;
        total += k * (k - 1) / 2;
        start = end;
    }
    total
}

/// The number of distinct people among the records.
pub fn entity_count(records: &[PersonRecord]) -> usize {
    records
        .iter()
        .map(|r| r.entity_id)
        .collect::<HashSet<_>>()
        .len()
}

/// The share of records that are a second or later record of a person:
/// (records - people) / records.
pub fn duplicate_share(records: &[PersonRecord]) -> f64 {
    if records.is_empty() {
        return 0.0;
    }
    (records.len() - entity_count(records)) as f64 / records.len() as f64
}

/// Pairwise precision, recall and F1 of a set of predicted pairs against the truth.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairScores {
    pub predicted: u64,
    pub actual: u64,
    pub true_positives: u64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Scores predicted pairs of record indices (either order, repeats counted once) against
/// the records' truth. An empty prediction has precision 1 and recall 0 (or 1 when there is
/// nothing to find).
pub fn score_pairs(
    records: &[PersonRecord],
    predicted: impl IntoIterator<Item = (usize, usize)>,
) -> PairScores {
    let predicted: HashSet<(usize, usize)> = predicted
        .into_iter()
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (a.min(b), a.max(b)))
        .collect();
    let true_positives = predicted
        .iter()
        .filter(|&&(a, b)| records[a].entity_id == records[b].entity_id)
        .count() as u64;
    let actual = true_pair_count(records);
    let n_pred = predicted.len() as u64;
    let precision = if n_pred == 0 {
        1.0
    } else {
        true_positives as f64 / n_pred as f64
    };
    let recall = if actual == 0 {
        1.0
    } else {
        true_positives as f64 / actual as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    PairScores {
        predicted: n_pred,
        actual,
        true_positives,
        precision,
        recall,
        f1,
    }
}

/// The writing system a person's name is written in by the shop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Cyrillic,
    Hanzi,
    Armenian,
}

/// The script of the first letter of `text` that belongs to one of the four scripts.
pub fn script_of(text: &str) -> Option<Script> {
    text.chars().find_map(|c| match c as u32 {
        0x0400..=0x04FF => Some(Script::Cyrillic),
        0x0531..=0x058F => Some(Script::Armenian),
        0x4E00..=0x9FFF | 0x3400..=0x4DBF => Some(Script::Hanzi),
        _ if c.is_alphabetic() && (c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c)) => {
            Some(Script::Latin)
        }
        _ => None,
    })
}

/// A 64-bit FNV-1a key of a text: sets of a million mailboxes keep 8 bytes each instead
/// of the text.
pub(crate) fn key(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A set of keys from [`key`].
pub(crate) type KeySet = HashSet<u64, BuildHasherDefault<KeyHasher>>;

/// One item of a slice, uniformly. The slice must not be empty.
pub(crate) fn pick<'a, T, R: Rng>(rng: &mut R, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// One text of a list, uniformly. The list must not be empty.
pub(crate) fn pick_str<R: Rng>(rng: &mut R, items: &[&'static str]) -> &'static str {
    items[rng.random_range(0..items.len())]
}

/// An index drawn with probability proportional to its weight, from cumulative weights
/// (increasing, last = total).
pub(crate) fn pick_cumulative<R: Rng>(rng: &mut R, cumulative: &[f64]) -> usize {
    let total = cumulative.last().copied().unwrap_or(0.0);
    let x = rng.random::<f64>() * total;
    cumulative
        .partition_point(|&c| c <= x)
        .min(cumulative.len().saturating_sub(1))
}

/// Cumulative weights from weights.
pub(crate) fn cumulative(weights: impl IntoIterator<Item = f64>) -> Vec<f64> {
    let mut total = 0.0;
    weights
        .into_iter()
        .map(|w| {
            total += w;
            total
        })
        .collect()
}

/// French text without its accents (é -> e, ç -> c, œ -> oe), other characters kept.
pub fn strip_accents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => out.push('a'),
            'À' | 'Â' | 'Ä' | 'Á' | 'Ã' => out.push('A'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'É' | 'È' | 'Ê' | 'Ë' => out.push('E'),
            'î' | 'ï' | 'í' => out.push('i'),
            'Î' | 'Ï' | 'Í' => out.push('I'),
            'ô' | 'ö' | 'ó' | 'õ' => out.push('o'),
            'Ô' | 'Ö' | 'Ó' | 'Õ' => out.push('O'),
            'ù' | 'û' | 'ü' | 'ú' => out.push('u'),
            'Ù' | 'Û' | 'Ü' | 'Ú' => out.push('U'),
            'ÿ' => out.push('y'),
            'Ÿ' => out.push('Y'),
            'ç' => out.push('c'),
            'Ç' => out.push('C'),
            'ñ' => out.push('n'),
            'Ñ' => out.push('N'),
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("OE"),
            'æ' => out.push_str("ae"),
            'Æ' => out.push_str("AE"),
            _ => out.push(c),
        }
    }
    out
}

/// Whether `text` holds a letter that [`strip_accents`] changes.
pub fn has_accents(text: &str) -> bool {
    strip_accents(text) != text
}

/// The local part of an e-mail made of a name: lower case, no accents, spaces as hyphens.
pub(crate) fn mailbox_word(name: &str) -> String {
    strip_accents(name)
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' | '-' => Some(c),
            ' ' | '\'' => Some('-'),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, entity: u64) -> PersonRecord {
        PersonRecord {
            record_id: id.to_string(),
            entity_id: entity,
            first_name: "Zoë".into(),
            last_name: "O'Neil, Jr".into(),
            email: String::new(),
            phone: String::new(),
            street: "1 rue \"Haute\"".into(),
            city: "Paris".into(),
            postcode: "75001".into(),
            birth_date: String::new(),
        }
    }

    #[test]
    fn true_pairs_lists_every_pair_of_a_person_once() {
        // People 7 (three records), 8 (one), 9 (two): 3 + 0 + 1 pairs, worked out by hand.
        let records: Vec<_> = [7, 9, 7, 8, 7, 9]
            .iter()
            .enumerate()
            .map(|(i, &e)| rec(&i.to_string(), e))
            .collect();
        assert_eq!(true_pairs(&records), vec![(0, 2), (0, 4), (1, 5), (2, 4)]);
        assert_eq!(true_pair_count(&records), 4);
        assert_eq!(entity_count(&records), 3);
        assert!((duplicate_share(&records) - 0.5).abs() < 1e-12);
        // One right pair, one wrong: precision 1/2, recall 1/4, F1 = 2*(1/8)/(3/4) = 1/3.
        let s = score_pairs(&records, [(2, 0), (0, 1), (0, 2)]);
        assert_eq!((s.predicted, s.true_positives, s.actual), (2, 1, 4));
        assert!((s.f1 - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn csv_has_the_header_and_quotes_what_needs_it() {
        let dir = std::env::temp_dir().join(format!("people-csv-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("p.csv");
        write_csv(&[rec("A1", 1)], &path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            text,
            "customer_no,first_name,last_name,email,phone,street,city,postcode,birth_date\n\
             A1,Zoë,\"O'Neil, Jr\",,,\"1 rue \"\"Haute\"\"\",Paris,75001,\n"
        );
    }

    /// Splits one CSV line into fields (quotes doubled inside quoted fields).
    fn split_csv(line: &str) -> Vec<String> {
        let mut fields = vec![String::new()];
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', false) => quoted = true,
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    fields.last_mut().unwrap().push('"');
                }
                ('"', true) => quoted = false,
                (',', false) => fields.push(String::new()),
                _ => fields.last_mut().unwrap().push(c),
            }
        }
        fields
    }

    #[test]
    fn generated_files_read_back_field_for_field() {
        let dir = std::env::temp_dir().join(format!("people-gen-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, records) in [
            ("a.csv", multilingual::generate(3_000, 3)),
            ("b.csv", households::generate(3_000, 3)),
        ] {
            let path = dir.join(name);
            write_csv(&records, &path).unwrap();
            let text = std::fs::read_to_string(&path).unwrap();
            let mut lines = text.lines();
            assert_eq!(lines.next(), Some(CSV_HEADER));
            let mut quoted = 0;
            for (line, r) in lines.by_ref().zip(&records) {
                quoted += usize::from(line.contains('"'));
                let expected = [
                    &r.record_id,
                    &r.first_name,
                    &r.last_name,
                    &r.email,
                    &r.phone,
                    &r.street,
                    &r.city,
                    &r.postcode,
                    &r.birth_date,
                ];
                let fields = split_csv(line);
                assert_eq!(fields.len(), 9, "{line}");
                for (f, e) in fields.iter().zip(expected) {
                    assert_eq!(f, e, "{line}");
                }
            }
            assert_eq!(text.lines().count(), records.len() + 1);
            // B writes some street numbers with a comma after them: those rows are quoted.
            assert_eq!(quoted > 0, name == "b.csv", "{name}: {quoted} quoted rows");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn scripts_and_accents_are_recognised() {
        assert_eq!(script_of("Иван"), Some(Script::Cyrillic));
        assert_eq!(script_of("王伟"), Some(Script::Hanzi));
        assert_eq!(script_of("Արամ"), Some(Script::Armenian));
        assert_eq!(script_of("Élodie"), Some(Script::Latin));
        assert_eq!(script_of("12-"), None);
        assert_eq!(
            strip_accents("Hélène Lefèvre Œuvre"),
            "Helene Lefevre OEuvre"
        );
        assert_eq!(mailbox_word("Jean Hervé"), "jean-herve");
    }
}
