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

    /// Numbers the rows' figures among their distinct values.
    fn index_times(&mut self) {
        let mut times: Vec<f64> = self.u.iter().chain(&self.v).copied().collect();
        times.sort_unstable_by(f64::total_cmp);
        times.dedup_by(|a, b| a.to_bits() == b.to_bits());
        let at = |v: f64| {
            let i = times.partition_point(|t| t.total_cmp(&v).is_lt());
            u32::try_from(i).unwrap_or(u32::MAX)
        };
        self.iu = self.u.iter().map(|v| at(*v)).collect();
        self.iv = self.v.iter().map(|v| at(*v)).collect();
        self.group_times = self
            .groups
            .iter()
            .map(|(_, range)| {
                let mut used: Vec<u32> = self.iu[range.clone()]
                    .iter()
                    .chain(&self.iv[range.clone()])
                    .copied()
                    .collect();
                used.sort_unstable();
                used.dedup();
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
