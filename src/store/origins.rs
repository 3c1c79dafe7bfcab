//! Where each customer's first order came from: the channel and store of the sale lines of
//! their first day, for the Channels figures (issue 23).

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use rusqlite::types::ValueRef;

use super::{Result, Store};
use crate::model::SaleDetail;

/// A customer's earliest day of sales so far and the distinct channel and store pairs of
/// that day's lines.
type FirstDay = (NaiveDate, Vec<(Option<Arc<str>>, Option<Arc<str>>)>);

/// Each customer's first day of sales and its channels and stores, gathered line by line
/// (in any order, in parts that are then joined).
#[derive(Default)]
pub(super) struct FirstDays {
    // One lookup per sale line: a fast hash instead of the default SipHash (the keys are
    // the shop's own customer ids and texts).
    first: HashMap<i64, FirstDay, foldhash::fast::FixedState>,
    texts: HashMap<Vec<u8>, Option<Arc<str>>, foldhash::fast::FixedState>,
    /// The earliest day seen of each customer whose id is below [`DENSE_IDS`], as days
    /// from the common era ([`NO_DAY`] for none): the one lookup most lines need, in an
    /// array that stays in the cache where the table of first days does not.
    earliest: Vec<i32>,
}

/// Customer ids below this have their earliest day in the array (4 bytes each: 16 MB at
/// most); ids are row ids, so every shop's customers are below it.
const DENSE_IDS: usize = 1 << 22;

/// No day seen yet.
const NO_DAY: i32 = i32::MIN;

impl FirstDays {
    /// Takes in one sale line of `customer` on `sold_on`, its channel and store in columns
    /// `channel` and `store` of `r`.
    pub(super) fn see(
        &mut self,
        customer: i64,
        sold_on: NaiveDate,
        r: &rusqlite::Row<'_>,
        channel: usize,
        store: usize,
    ) -> Result<()> {
        // Most lines come after the customer's first day: their texts are not read.
        match usize::try_from(customer).ok().filter(|&i| i < DENSE_IDS) {
            Some(i) => {
                if i >= self.earliest.len() {
                    let len = (i + 1).max(self.earliest.len() * 2).min(DENSE_IDS);
                    self.earliest.resize(len, NO_DAY);
                }
                let day = chrono::Datelike::num_days_from_ce(&sold_on);
                let earliest = &mut self.earliest[i];
                if *earliest != NO_DAY && *earliest < day {
                    return Ok(());
                }
                *earliest = day;
            }
            None => {
                if self.first.get(&customer).is_some_and(|(d, _)| *d < sold_on) {
                    return Ok(());
                }
            }
        }
        let origin = (self.text(r, channel)?, self.text(r, store)?);
        match self.first.get_mut(&customer) {
            Some((d, origins)) if *d == sold_on => {
                if !origins.contains(&origin) {
                    origins.push(origin);
                }
            }
            _ => {
                self.first.insert(customer, (sold_on, vec![origin]));
            }
        }
        Ok(())
    }

    /// The text in column `i`, trimmed; `None` when blank or not text.
    fn text(&mut self, r: &rusqlite::Row<'_>, i: usize) -> Result<Option<Arc<str>>> {
        let ValueRef::Text(bytes) = r.get_ref(i)? else {
            return Ok(None);
        };
        // A text seen before is shared without copying its bytes again.
        if let Some(known) = self.texts.get(bytes) {
            return Ok(known.clone());
        }
        let text = String::from_utf8_lossy(bytes);
        let value = Some(text.trim())
            .filter(|t| !t.is_empty())
            .map(Arc::<str>::from);
        self.texts.insert(bytes.to_vec(), value.clone());
        Ok(value)
    }

    /// Joins the first days gathered from another part of the sale lines.
    pub(super) fn join(&mut self, other: FirstDays) {
        for (customer, (day, origins)) in other.first {
            match self.first.get_mut(&customer) {
                Some((d, mine)) if *d == day => {
                    for origin in origins {
                        if !mine.contains(&origin) {
                            mine.push(origin);
                        }
                    }
                }
                Some((d, _)) if *d < day => {}
                _ => {
                    self.first.insert(customer, (day, origins));
                }
            }
        }
    }

    /// One detail per customer and distinct channel and store of their first day, sorted by
    /// customer, channel and store.
    pub(super) fn into_details(self) -> Vec<SaleDetail> {
        let mut out: Vec<SaleDetail> = self
            .first
            .into_iter()
            .flat_map(|(customer_id, (sold_on, origins))| {
                origins.into_iter().map(move |(channel, store)| SaleDetail {
                    customer_id,
                    sold_on,
                    channel,
                    product: None,
                    category: None,
                    store,
                    amount_cents: 0,
                })
            })
            .collect();
        out.sort_by(|a, b| {
            (a.customer_id, &a.channel, &a.store).cmp(&(b.customer_id, &b.channel, &b.store))
        });
        out
    }
}

impl Store {
    /// The sale lines of every customer's first day of sales (resolved to the root
    /// customer), one per distinct channel and store of that day, with only `customer_id`,
    /// `sold_on`, `channel` and `store` filled (`amount_cents` is 0). A channel or store
    /// left blank in the file is `None`.
    pub fn first_day_origins(&self) -> Result<Vec<SaleDetail>> {
        self.map_busy(|s| {
            let roots = s.root_map_for_reads()?;
            let mut stmt = s
                .conn
                .prepare("SELECT contact_id, sold_at, channel, store FROM sale")?;
            let mut rows = stmt.query([])?;
            let mut first = FirstDays::default();
            while let Some(r) = rows.next()? {
                let Some(sold_on) = super::reads::day_of(r.get_ref(1)?) else {
                    continue;
                };
                first.see(roots(r.get(0)?), sold_on, r, 2, 3)?;
            }
            Ok(first.into_details())
        })
    }
}

#[cfg(test)]
mod tests {
    // A panic is how a test reports failure.
    #![allow(clippy::unwrap_used)]

    use chrono::NaiveDateTime;

    use super::*;
    use crate::model::{DecidedBy, MergePlan, NewContact, NewSale};
    use crate::store::{BatchKind, NewBatch};

    fn sale(contact_index: usize, when: &str, channel: &str, store: Option<&str>) -> NewSale {
        NewSale {
            contact_index,
            customer_ref: None,
            order_ref: None,
            sold_at: NaiveDateTime::parse_from_str(when, "%Y-%m-%d %H:%M:%S").unwrap(),
            product: None,
            category: None,
            quantity: 1.0,
            unit_price_cents: Some(100),
            discount_cents: 0,
            amount_cents: 100,
            cost_cents: None,
            channel: Some(channel.to_string()),
            payment_method: None,
            store: store.map(str::to_string),
            extra: serde_json::Map::new(),
        }
    }

    fn person(first: &str) -> NewContact {
        NewContact {
            first_name: Some(first.into()),
            ..NewContact::default()
        }
    }

    fn shop(sales: &[NewSale]) -> Store {
        let store = Store::open_in_memory().unwrap();
        let batch = NewBatch {
            kind: BatchKind::Sales,
            file_name: Some("till.csv".into()),
            file_sha256: None,
            sheet: None,
            options: serde_json::json!({}),
            rows_read: 0,
            rows_rejected: 0,
            replace_existing: false,
        };
        let people = [person("Ann"), person("Bob"), person("Cy")];
        store
            .write_batch(&batch, &people, sales, &mut |_, _| true)
            .unwrap();
        store
    }

    fn origins(store: &Store) -> Vec<(i64, String, Option<String>, Option<String>)> {
        store
            .first_day_origins()
            .unwrap()
            .into_iter()
            .map(|d| {
                (
                    d.customer_id,
                    d.sold_on.to_string(),
                    d.channel.map(|c| c.to_string()),
                    d.store.map(|s| s.to_string()),
                )
            })
            .collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn only_the_first_days_channels_and_stores_are_read_once_each() {
        let store = shop(&[
            sale(0, "2024-02-01 09:00:00", "web", None),
            sale(0, "2024-01-05 10:00:00", "shop", Some("Lyon")),
            sale(0, "2024-01-05 17:00:00", "shop", Some("Lyon")),
            sale(0, "2024-01-05 18:00:00", "web", Some("  ")),
            sale(1, "2024-03-01 12:00:00", "market", None),
            sale(1, "2024-03-09 12:00:00", "web", None),
            sale(2, "2023-12-31 23:59:00", "web", Some("Paris")),
        ]);
        assert_eq!(
            origins(&store),
            vec![
                (1, "2024-01-05".into(), some("shop"), some("Lyon")),
                (1, "2024-01-05".into(), some("web"), None),
                (2, "2024-03-01".into(), some("market"), None),
                (3, "2023-12-31".into(), some("web"), some("Paris")),
            ]
        );
    }

    #[test]
    fn a_merged_contacts_earlier_day_becomes_the_customers_first() {
        let mut store = shop(&[
            sale(0, "2024-01-05 10:00:00", "shop", Some("Lyon")),
            sale(1, "2023-06-01 10:00:00", "market", None),
            sale(2, "2024-01-05 10:00:00", "web", None),
        ]);
        store
            .merge(&MergePlan {
                survivor: 1,
                absorbed: vec![2],
                fields: Vec::new(),
                score: None,
                decided_by: DecidedBy::User,
            })
            .unwrap();
        assert_eq!(
            origins(&store),
            vec![
                (1, "2023-06-01".into(), some("market"), None),
                (3, "2024-01-05".into(), some("web"), None),
            ]
        );
    }

    /// The first days of the sale lines with row ids `lo..=hi`, gathered as the two halves
    /// of a large shop's read gather them.
    fn gathered(store: &Store, lo: i64, hi: i64) -> FirstDays {
        let roots = store.root_map_for_reads().unwrap();
        let mut stmt = store
            .conn
            .prepare(
                "SELECT contact_id, sold_at, channel, store FROM sale WHERE id BETWEEN ?1 AND ?2",
            )
            .unwrap();
        let mut rows = stmt.query([lo, hi]).unwrap();
        let mut first = FirstDays::default();
        while let Some(r) = rows.next().unwrap() {
            let day = super::super::reads::day_of(r.get_ref(1).unwrap()).unwrap();
            first.see(roots(r.get(0).unwrap()), day, r, 2, 3).unwrap();
        }
        first
    }

    #[test]
    fn the_first_days_of_two_parts_joined_are_those_of_one_read() {
        let mut store = shop(&[
            sale(0, "2024-01-05 18:00:00", "web", None),
            sale(1, "2024-03-09 12:00:00", "web", None),
            sale(0, "2024-02-01 09:00:00", "web", None),
            sale(2, "2024-01-05 09:00:00", "market", None),
            sale(0, "2024-01-05 10:00:00", "shop", Some("Lyon")),
            sale(1, "2024-03-01 12:00:00", "market", None),
            sale(0, "2024-01-05 17:00:00", "web", None),
            sale(2, "2023-12-31 23:59:00", "web", Some("Paris")),
        ]);
        store
            .merge(&MergePlan {
                survivor: 2,
                absorbed: vec![1],
                fields: Vec::new(),
                score: None,
                decided_by: DecidedBy::User,
            })
            .unwrap();
        let whole = store.first_day_origins().unwrap();
        assert_eq!(whole.len(), 3, "{whole:?}");
        for mid in 0..=8 {
            let mut lower = gathered(&store, 1, mid);
            lower.join(gathered(&store, mid + 1, 8));
            assert_eq!(lower.into_details(), whole, "split after row {mid}");
        }
        let (facts, first_days) = store.sale_facts_and_first_days().unwrap();
        assert_eq!(first_days, whole);
        assert_eq!(facts, store.sale_facts().unwrap());
    }
}
