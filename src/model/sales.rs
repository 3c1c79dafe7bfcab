//! Sale lines as the analytics, the report and the exports read them from the store.

use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};

use super::NewSale;

/// A sale line reduced to what analytics need, already resolved to its root customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SaleFact {
    /// The root customer.
    pub customer_id: i64,
    /// The day of the sale.
    pub sold_on: NaiveDate,
    /// A key shared by the lines of one order of that customer: a hash of the order
    /// reference, or 0 when the line has none (then the day decides the order).
    pub order_key: u64,
    /// Line amount in cents.
    pub amount_cents: i64,
}

/// The order key of an order reference: stable across runs (64-bit FNV-1a of its bytes; it
/// only has to tell apart the orders of one customer, and it is cheap on millions of lines).
pub fn order_key(order_ref: Option<&str>) -> u64 {
    order_key_bytes(order_ref.unwrap_or_default().as_bytes())
}

/// [`order_key`] of a reference's bytes (the store reads them straight from SQLite).
pub fn order_key_bytes(order_ref: &[u8]) -> u64 {
    // The same rule as the stored figures: an empty reference is no reference.
    if order_ref.is_empty() {
        return 0;
    }
    order_ref
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
        .max(1)
}

/// Where each customer's lines go when they are placed by customer with a counting sort:
/// the smallest id, and `starts` with the places of the lines of the id `low + k` at
/// `starts[k]..starts[k + 1]`. `ids` gives the customer id of each line (called twice: once
/// to find the span, once to count). `None` when there are no lines, or when the ids are
/// sparse: spread over more than `per_line` ids a line (plus 1 024), where the table of
/// places would cost more than a sort.
pub fn dense_places<I: Iterator<Item = i64>>(
    ids: impl Fn() -> I,
    per_line: usize,
) -> Option<(i64, Vec<usize>)> {
    let (low, high, count) = ids().fold((i64::MAX, i64::MIN, 0_usize), |(l, h, n), id| {
        (l.min(id), h.max(id), n + 1)
    });
    if count == 0 {
        return None;
    }
    let span = usize::try_from(high.checked_sub(low)?)
        .ok()?
        .checked_add(1)?;
    if span > count.saturating_mul(per_line).saturating_add(1024) {
        return None;
    }
    let mut starts = vec![0_usize; span + 1];
    for id in ids() {
        starts[(id - low) as usize + 1] += 1;
    }
    for k in 1..=span {
        starts[k] += starts[k - 1];
    }
    Some((low, starts))
}

/// The median gap in days between a customer's consecutive order days (`days` in any
/// order; they are sorted here), the mean of the two middle gaps when their number is even;
/// `None` with fewer than two orders. Two orders on one day are a gap of 0. The lifecycle
/// stages use it, and the store keeps it per customer (`customer_summary.gap_days`).
pub fn median_gap_days(days: &mut [NaiveDate]) -> Option<f64> {
    if days.len() < 2 {
        return None;
    }
    days.sort_unstable();
    let mut gaps: Vec<i64> = days.windows(2).map(|w| (w[1] - w[0]).num_days()).collect();
    gaps.sort_unstable();
    let n = gaps.len();
    let middle = |i: usize| gaps.get(i).copied().unwrap_or_default() as f64;
    Some(if n % 2 == 1 {
        middle(n / 2)
    } else {
        (middle(n / 2 - 1) + middle(n / 2)) / 2.0
    })
}

/// A sale line's customer, day, channel, product, category, store and amount.
#[derive(Clone, Debug, PartialEq, Eq)]
///
/// Texts repeat on millions of lines (a shop has a few channels and a catalogue of
/// products), so each distinct text is held once and shared.
pub struct SaleDetail {
    pub customer_id: i64,
    pub sold_on: NaiveDate,
    pub channel: Option<Arc<str>>,
    pub product: Option<Arc<str>>,
    pub category: Option<Arc<str>>,
    pub store: Option<Arc<str>>,
    /// Line amount in cents.
    pub amount_cents: i64,
}

/// One sale line as `clientele export sales` writes it.
#[derive(Clone, Debug, PartialEq)]
pub struct SaleExportRow {
    /// Sale line id.
    pub id: i64,
    /// The root customer the line counts for.
    pub customer_id: i64,
    /// The customer reference as written in the imported file.
    pub customer_ref: Option<String>,
    /// Order reference.
    pub order_ref: Option<String>,
    /// When sold (midnight when the file gave only a day).
    pub sold_at: Option<NaiveDateTime>,
    /// Product.
    pub product: Option<String>,
    /// Category.
    pub category: Option<String>,
    /// Quantity.
    pub quantity: f64,
    /// Unit price in cents.
    pub unit_price_cents: Option<i64>,
    /// Discount in cents.
    pub discount_cents: i64,
    /// Line amount in cents.
    pub amount_cents: i64,
    /// Cost in cents.
    pub cost_cents: Option<i64>,
    /// Channel.
    pub channel: Option<String>,
    /// Payment method.
    pub payment_method: Option<String>,
    /// Store.
    pub store: Option<String>,
}

/// Revenue of one channel and category in a period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChannelCategoryRevenue {
    /// Channel (None when the file gave none).
    pub channel: Option<String>,
    /// Category (None when the file gave none).
    pub category: Option<String>,
    /// Sum of line amounts in cents.
    pub revenue_cents: i64,
}

/// The values of one sale line as the store writes them, borrowed from wherever the caller
/// keeps them (a [`NewSale`], or the texts of a whole chunk of lines written one after the
/// other, which the writer's thread then reads in order). Plain values: how the store binds
/// them, and which it need not bind again, is the store's own business.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineToWrite<'a> {
    /// See [`NewSale`]'s fields of the same names.
    pub customer_ref: Option<&'a str>,
    pub order_ref: Option<&'a str>,
    /// The date-time as stored: `YYYY-MM-DD HH:MM:SS`.
    pub sold_at: &'a str,
    pub product: Option<&'a str>,
    pub category: Option<&'a str>,
    pub quantity: f64,
    pub unit_price_cents: Option<i64>,
    pub discount_cents: i64,
    pub amount_cents: i64,
    pub cost_cents: Option<i64>,
    pub channel: Option<&'a str>,
    pub payment_method: Option<&'a str>,
    pub store: Option<&'a str>,
    pub extra: &'a serde_json::Map<String, serde_json::Value>,
}

impl<'a> LineToWrite<'a> {
    /// The line of `s`, with its date-time written as stored in `sold_at`.
    pub fn of(s: &'a NewSale, sold_at: &'a str) -> LineToWrite<'a> {
        LineToWrite {
            customer_ref: s.customer_ref.as_deref(),
            order_ref: s.order_ref.as_deref(),
            sold_at,
            product: s.product.as_deref(),
            category: s.category.as_deref(),
            quantity: s.quantity,
            unit_price_cents: s.unit_price_cents,
            discount_cents: s.discount_cents,
            amount_cents: s.amount_cents,
            cost_cents: s.cost_cents,
            channel: s.channel.as_deref(),
            payment_method: s.payment_method.as_deref(),
            store: s.store.as_deref(),
            extra: &s.extra,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(list: &[&str]) -> Vec<NaiveDate> {
        list.iter()
            .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap())
            .collect()
    }

    #[test]
    fn the_median_gap_is_the_middle_gap_or_the_mean_of_the_two_middle_ones() {
        assert_eq!(median_gap_days(&mut []), None);
        assert_eq!(median_gap_days(&mut days(&["2024-01-01"])), None);
        // Out of order on purpose: the days 1, 11, 14 and 31 January give gaps 10, 3, 17.
        let mut three = days(&["2024-01-31", "2024-01-01", "2024-01-14", "2024-01-11"]);
        assert_eq!(median_gap_days(&mut three), Some(10.0));
        // Gaps 0 (two orders on one day), 3 and 29 (February 2024 has 29 days): median 3;
        // with one more order on 4 May (61 days later) the two middle gaps are 3 and 29.
        let mut same_day = days(&["2024-02-01", "2024-02-01", "2024-02-04", "2024-03-04"]);
        assert_eq!(median_gap_days(&mut same_day), Some(3.0));
        let mut even = days(&[
            "2024-02-01",
            "2024-02-01",
            "2024-02-04",
            "2024-03-04",
            "2024-05-04",
        ]);
        assert_eq!(median_gap_days(&mut even), Some(16.0));
    }
}
