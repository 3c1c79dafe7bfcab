//! Sale lines: the products of an order, drawn from the catalogue by season and channel,
//! with their quantities, prices and payments.

use chrono::NaiveDate;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use serde_json::Map;

use super::catalogue::{Data, Picker};
use super::*;
use crate::model::NewSale;

pub(super) struct OrderContext<'o> {
    pub(super) order: &'o Order,
    pub(super) contact: usize,
    pub(super) customer_ref: Option<String>,
    pub(super) order_ref: Option<String>,
}

/// Turns planned orders into sale lines; holds the catalogue prepared for fast picking.
pub(super) struct LineMaker<'d> {
    pub(super) data: &'d Data,
    pub(super) first_year: i32,
    /// Per product, price in cents for each year of the history (3% cheaper per year back).
    pub(super) prices: Vec<Vec<i64>>,
    /// Per product, cost as a share of the price.
    pub(super) cost_share: Vec<f64>,
    /// Per month: all products on sale.
    pub(super) all: Vec<Picker>,
    /// Per month, per category: products on sale.
    pub(super) by_category: Vec<Vec<Picker>>,
}

pub(super) fn on_sale(months: Option<(u32, u32)>, month: u32) -> bool {
    match months {
        None => true,
        Some((a, b)) if a <= b => (a..=b).contains(&month),
        Some((a, b)) => month >= a || month <= b,
    }
}

impl<'d> LineMaker<'d> {
    pub(super) fn new(data: &'d Data, start: NaiveDate, end: NaiveDate) -> LineMaker<'d> {
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
    pub(super) fn make(
        &self,
        rng: &mut ChaCha8Rng,
        mut ctx: OrderContext<'_>,
        out: &mut Vec<NewSale>,
    ) -> i64 {
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
