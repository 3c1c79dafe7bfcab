//! First names this shop's own contacts write for one another (Vika for Viktoria, Dima for
//! Dmitrii, Will for Guillaume), learnt from its records rather than from a list: the
//! public list of [`super::nicknames`] holds English forms only, and no list holds every
//! language's diminutives and every family's habits.
//!
//! Two records that share a surname, a birth date and an e-mail or a phone are nearly
//! always one person, or twins. Among such pairs whose first names differ, two names that
//! stand for one another turn up together again and again, in family after family; the
//! names of twins turn up together about as often as chance pairs them (how often each name
//! appears in these pairs at all). A pair of names is taken for two forms of one name when
//! several different people (surname and birth date) write them for each other, far more
//! often than chance: the count is tested against a Poisson law with the mean that
//! independence gives (the pairs' pointwise mutual information).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use statrs::distribution::{DiscreteCDF, Poisson};

use super::prepare::Prepared;

/// Fewest different people (surname and birth date) whose records must write two first
/// names for one another before the two are taken for forms of one name.
pub const LEAST_PEOPLE: usize = 3;

/// Largest chance, were the names paired by chance alone, of seeing them paired as often
/// as they are: a shop tests a few thousand pairs of names at most, so one in a million
/// leaves about one chance pairing in a thousand shops.
pub const SIGNIFICANCE: f64 = 1e-6;

/// Each first name's other forms, as learnt by [`learn`].
pub type Forms = HashMap<Box<str>, Arc<[Box<str>]>>;

/// Most records one group of a surname, a birth date and an e-mail (or phone) may hold:
/// more are no one person's (a shop's own address on many walk-in records).
const GROUP_MAX: usize = 8;

/// The forms of first names learnt from the `judged` records of `prepared`: the pairs of
/// them that share a surname, a birth date and an e-mail or a phone (found by grouping the
/// records, not by walking every candidate pair), that `kept` keeps (the owner has not
/// declared them different people) and whose first names `different_first` tells apart
/// (neither alike nor a known form). Records whose first name is written in Chinese
/// characters are left out: their pinyin keys make different names look alike.
pub fn learn(
    prepared: &[Prepared],
    judged: &[u32],
    kept: impl Fn(u32, u32) -> bool,
    different_first: impl Fn(&Prepared, &Prepared) -> bool,
) -> Forms {
    let known = |p: &Prepared| {
        !p.first_han && !p.first().is_empty() && !p.last().is_empty() && !p.birth().is_empty()
    };
    let mut linked: Vec<(u32, u32)> = Vec::new();
    for contact in [Prepared::email, Prepared::phone] {
        let mut keyed: Vec<(u64, u32)> = judged
            .iter()
            .filter_map(|&i| {
                let p = &prepared[i as usize];
                let value = contact(p);
                (known(p) && !value.is_empty())
                    .then(|| (super::block::hash((value, p.last(), p.birth())), i))
            })
            .collect();
        keyed.sort_unstable();
        for group in keyed.chunk_by(|x, y| x.0 == y.0) {
            if (2..=GROUP_MAX).contains(&group.len()) {
                for (k, x) in group.iter().enumerate() {
                    for y in &group[k + 1..] {
                        linked.push((x.1.min(y.1), x.1.max(y.1)));
                    }
                }
            }
        }
    }
    linked.sort_unstable();
    linked.dedup();
    // The people (surname and birth date) who write each pair of names, the pair in order.
    let mut people: HashMap<(&str, &str), HashSet<(&str, &str)>> = HashMap::new();
    for (a, b) in linked {
        let (pa, pb) = (&prepared[a as usize], &prepared[b as usize]);
        if pa.first() == pb.first() || !kept(a, b) || !different_first(pa, pb) {
            continue;
        }
        let names = if pa.first() < pb.first() {
            (pa.first(), pb.first())
        } else {
            (pb.first(), pa.first())
        };
        people
            .entry(names)
            .or_default()
            .insert((pa.last(), pa.birth()));
    }
    select(
        people
            .iter()
            .map(|(&(x, y), who)| ((x, y), who.len()))
            .collect(),
    )
}

/// The pairs of names of `counts` (each with the number of people writing them for one
/// another) that chance cannot explain, as each name's other forms.
fn select(counts: Vec<((&str, &str), usize)>) -> Forms {
    // How often each name takes part in these pairs, and how many there are.
    let mut seen: HashMap<&str, f64> = HashMap::new();
    let mut total = 0.0;
    for &((x, y), n) in &counts {
        *seen.entry(x).or_default() += n as f64;
        *seen.entry(y).or_default() += n as f64;
        total += n as f64;
    }
    let mut forms: HashMap<&str, Vec<Box<str>>> = HashMap::new();
    for &((x, y), n) in &counts {
        if n < LEAST_PEOPLE {
            continue;
        }
        // Two names drawn independently, each as often as it appears: the mean count of
        // the pair among `total` pairs.
        let mean = seen[x] * seen[y] / (2.0 * total);
        let unlikely = Poisson::new(mean).is_ok_and(|law| law.sf(n as u64 - 1) < SIGNIFICANCE);
        if unlikely {
            forms.entry(x).or_default().push(y.into());
            forms.entry(y).or_default().push(x.into());
        }
    }
    forms
        .into_iter()
        .map(|(name, mut others)| {
            others.sort();
            (name.into(), others.into())
        })
        .collect()
}

/// The learnt pairs of names, each once, the two names in order, the pairs sorted.
pub fn pairs(forms: &Forms) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = forms
        .iter()
        .flat_map(|(name, others)| {
            others
                .iter()
                .filter(move |other| name < *other)
                .map(move |other| (name.to_string(), other.to_string()))
        })
        .collect();
    pairs.sort();
    pairs
}

/// Gives each record whose first name has learnt forms those forms.
pub fn attach(prepared: &mut [Prepared], forms: &Forms) {
    if forms.is_empty() {
        return;
    }
    for p in prepared.iter_mut() {
        p.first_forms = forms.get(p.first()).cloned();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Counts = Vec<((&'static str, &'static str), usize)>;

    fn counted(list: &[(&'static str, &'static str, usize)]) -> Counts {
        list.iter().map(|&(x, y, n)| ((x, y), n)).collect()
    }

    /// A short form written by many people for one name is learnt; twins' names, which
    /// turn up together about as often as their names turn up at all, are not, however
    /// often a common pair of them is seen; and a pair seen for fewer than three people is
    /// not, however unlikely.
    #[test]
    fn forms_are_pairs_chance_cannot_explain() {
        let mut list = vec![
            ("vika", "viktoriia", 12),
            ("dima", "dmitrii", 5),
            ("ira", "irina", 2),
        ];
        // Twins: every pair of six common names, each pair as often as chance makes it.
        let common = ["marie", "nathalie", "isabelle", "jean", "pierre", "michel"];
        for (i, x) in common.iter().enumerate() {
            for y in &common[i + 1..] {
                list.push((x, y, 6));
            }
        }
        let forms = select(counted(&list));
        let of = |n: &str| {
            forms
                .get(n)
                .map(|f| f.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(of("vika"), Some(vec!["viktoriia".to_string()]));
        assert_eq!(of("viktoriia"), Some(vec!["vika".to_string()]));
        assert_eq!(of("dmitrii"), Some(vec!["dima".to_string()]));
        assert_eq!(of("ira"), None);
        assert_eq!(
            pairs(&forms),
            [("dima", "dmitrii"), ("vika", "viktoriia")]
                .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        for n in common {
            assert_eq!(of(n), None, "{n}");
        }
    }
}
