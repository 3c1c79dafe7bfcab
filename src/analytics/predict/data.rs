//! The customers' figures laid out for the likelihoods: identical histories merged into one
//! weighted row, rows grouped by x so that the gamma-function terms, which depend on x
//! alone, are computed once per group, and each row's two figures numbered among the
//! distinct values they take (a shop has a few hundred distinct t_x and T, in days / 7,
//! against thousands of rows), so that what depends on a time alone, or on x and a time,
//! is computed once per value.

use std::collections::HashMap;

// The tables below are looked up once a customer or a history in every pass: a fast hash
// with a fixed seed (the keys are the shop's own figures), which also makes their order,
// and so the order of any sum over them, the same in every run.
use foldhash::fast::FixedState;

use super::summary::CustomerHistory;

/// Rows of (x, u, v) with weights, grouped by x.
#[derive(Clone, Debug, Default)]
pub(crate) struct Rows {
    /// Each group: x and the range of its rows.
    pub groups: Vec<(f64, std::ops::Range<usize>)>,
    /// First per-row figure (t_x, or m_x for spend).
    pub u: Vec<f64>,
    /// Second per-row figure (T; unused for spend).
    pub v: Vec<f64>,
    /// How many customers each row stands for.
    pub w: Vec<f64>,
    /// Total weight.
    pub customers: f64,
    /// The distinct values of the first and second figures together, ascending.
    pub times: Vec<f64>,
    /// Each row's first figure as an index into `times`.
    pub iu: Vec<u32>,
    /// Each row's second figure as an index into `times`.
    pub iv: Vec<u32>,
    /// For each group, the indexes into `times` its rows use, ascending.
    pub group_times: Vec<Vec<u32>>,
}

impl Rows {
    /// Rows from (x, u, v) triples.
    pub fn new(items: impl Iterator<Item = (u32, f64, f64)>) -> Rows {
        let mut counts: HashMap<(u32, u64, u64), f64, FixedState> = HashMap::default();
        for (x, u, v) in items {
            *counts.entry((x, u.to_bits(), v.to_bits())).or_insert(0.0) += 1.0;
        }
        let mut keys: Vec<((u32, u64, u64), f64)> = counts.into_iter().collect();
        keys.sort_unstable_by_key(|k| k.0);
        let mut rows = Rows::default();
        for ((x, u, v), w) in keys {
            let i = rows.u.len();
            match rows.groups.last_mut() {
                Some((gx, range)) if *gx == f64::from(x) => range.end = i + 1,
                _ => rows.groups.push((f64::from(x), i..i + 1)),
            }
            rows.u.push(f64::from_bits(u));
            rows.v.push(f64::from_bits(v));
            rows.w.push(w);
            rows.customers += w;
        }
        rows.index_times();
        rows
    }

    /// Numbers the rows' figures among their distinct values. A shop's rows take a few
    /// hundred distinct times among tens of thousands of figures: the distinct ones are
    /// found by a table, sorted alone, and each figure numbered by the table (a sort of
    /// every figure and a search for each took half the time of laying the rows out).
    fn index_times(&mut self) {
        let mut index: HashMap<u64, u32, FixedState> = HashMap::default();
        for v in self.u.iter().chain(&self.v) {
            index.entry(v.to_bits()).or_insert(0);
        }
        let mut times: Vec<f64> = index.keys().map(|b| f64::from_bits(*b)).collect();
        times.sort_unstable_by(f64::total_cmp);
        for (i, t) in times.iter().enumerate() {
            index.insert(t.to_bits(), u32::try_from(i).unwrap_or(u32::MAX));
        }
        let at = |v: &f64| index.get(&v.to_bits()).copied().unwrap_or(u32::MAX);
        self.iu = self.u.iter().map(at).collect();
        self.iv = self.v.iter().map(at).collect();
        // Each group's times, marked then read off in order.
        let mut marked = vec![false; times.len()];
        self.group_times = self
            .groups
            .iter()
            .map(|(_, range)| {
                for &i in self.iu[range.clone()].iter().chain(&self.iv[range.clone()]) {
                    if let Some(m) = marked.get_mut(i as usize) {
                        *m = true;
                    }
                }
                let mut used = Vec::new();
                for (i, m) in marked.iter_mut().enumerate() {
                    if std::mem::take(m) {
                        used.push(u32::try_from(i).unwrap_or(u32::MAX));
                    }
                }
                used
            })
            .collect();
        self.times = times;
    }

    /// Rows of (x, t_x, T) for the purchase models.
    pub fn purchases(histories: &[CustomerHistory]) -> Rows {
        Rows::new(
            histories
                .iter()
                .map(|h| (h.frequency, h.recency_weeks, h.age_weeks)),
        )
    }

    /// Rows of (x, m_x) for the spend model: customers with x >= 1 and a positive m_x.
    pub fn spend(histories: &[CustomerHistory]) -> Rows {
        Rows::new(histories.iter().filter_map(|h| match h.monetary_avg {
            Some(m) if h.frequency >= 1 && m > 0.0 && m.is_finite() => Some((h.frequency, m, 0.0)),
            _ => None,
        }))
    }

    /// Mean of the first figure over the customers.
    pub fn mean_u(&self) -> f64 {
        self.u.iter().zip(&self.w).map(|(u, w)| u * w).sum::<f64>() / self.customers.max(1.0)
    }

    /// Mean of the second figure over the customers.
    pub fn mean_v(&self) -> f64 {
        self.v.iter().zip(&self.w).map(|(v, w)| v * w).sum::<f64>() / self.customers.max(1.0)
    }

    /// Mean x over the customers.
    pub fn mean_x(&self) -> f64 {
        self.groups
            .iter()
            .map(|(x, r)| x * self.w[r.clone()].iter().sum::<f64>())
            .sum::<f64>()
            / self.customers.max(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Whatever the figures, the rows hold each distinct (x, u, v) once with its count,
        /// grouped by x in ascending order, the times are the distinct figures ascending,
        /// each row's indexes point at its own figures, and each group's times are the
        /// distinct indexes its rows use, ascending.
        #[test]
        fn rows_are_laid_out_as_described(
            items in proptest::collection::vec((0_u32..6, 0_u32..40, 0_u32..40), 0..300)
        ) {
            let triples: Vec<(u32, f64, f64)> = items
                .iter()
                .map(|&(x, a, b)| (x, f64::from(a.min(b)) / 7.0, f64::from(a.max(b)) / 7.0))
                .collect();
            let rows = Rows::new(triples.iter().copied());
            let mut want: Vec<(u32, u64, u64)> =
                triples.iter().map(|&(x, u, v)| (x, u.to_bits(), v.to_bits())).collect();
            want.sort_unstable();
            let mut got = Vec::new();
            for (x, range) in &rows.groups {
                for i in range.clone() {
                    for _ in 0..rows.w[i] as usize {
                        got.push((*x as u32, rows.u[i].to_bits(), rows.v[i].to_bits()));
                    }
                }
            }
            proptest::prop_assert_eq!(&got, &want);
            proptest::prop_assert_eq!(rows.customers, triples.len() as f64);
            let mut times: Vec<f64> = triples.iter().flat_map(|t| [t.1, t.2]).collect();
            times.sort_unstable_by(f64::total_cmp);
            times.dedup();
            proptest::prop_assert_eq!(&rows.times, &times);
            for i in 0..rows.u.len() {
                proptest::prop_assert_eq!(rows.times[rows.iu[i] as usize], rows.u[i]);
                proptest::prop_assert_eq!(rows.times[rows.iv[i] as usize], rows.v[i]);
            }
            for ((_, range), used) in rows.groups.iter().zip(&rows.group_times) {
                let mut want: Vec<u32> = rows.iu[range.clone()]
                    .iter()
                    .chain(&rows.iv[range.clone()])
                    .copied()
                    .collect();
                want.sort_unstable();
                want.dedup();
                proptest::prop_assert_eq!(used, &want);
            }
        }
    }
}
