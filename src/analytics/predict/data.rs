//! The customers' figures laid out for the likelihoods: identical histories merged into one
//! weighted row, rows grouped by x so that the gamma-function terms, which depend on x
//! alone, are computed once per group.

use std::collections::HashMap;

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
}

impl Rows {
    /// Rows from (x, u, v) triples.
    pub fn new(items: impl Iterator<Item = (u32, f64, f64)>) -> Rows {
        let mut counts: HashMap<(u32, u64, u64), f64> = HashMap::new();
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
        rows
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
