//! Baskets from sale lines: one transaction per order (design section 4), holding each item
//! (a product, or a category) once however many lines it has. Items get dense ids with a
//! name table; the baskets are stored end to end in one array, so memory grows with the
//! number of lines, never with orders × items.

use std::collections::HashMap;

use chrono::NaiveDate;

/// A dense item id: an index into [`Transactions::names`].
pub type Item = u32;

type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

/// One sale line as the basket analysis needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BasketLine<'a> {
    /// The root customer, or None for a walk-in sale.
    pub customer_id: Option<i64>,
    /// The day of the sale.
    pub sold_on: NaiveDate,
    /// The order key of the store's sale facts: lines of one customer sharing it form one
    /// order; 0 when the line has no order reference (then the customer's day decides).
    pub order_key: u64,
    /// The product name, or the category with `--by category`. Blank names are skipped.
    pub item: &'a str,
}

/// The orders as baskets of item ids, each sorted and without repeats.
#[derive(Clone, Debug, Default)]
pub struct Transactions {
    names: Vec<Box<str>>,
    ids: FastMap<Box<str>, Item>,
    starts: Vec<usize>,
    items: Vec<Item>,
    customers: Vec<Option<i64>>,
    skipped_lines: u64,
}

impl Transactions {
    /// Baskets given directly as lists of item names, one order each with no customer
    /// (reference data sets and tests).
    pub fn from_baskets<B, S>(baskets: impl IntoIterator<Item = B>) -> Self
    where
        B: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut builder = TransactionsBuilder::new();
        for basket in baskets {
            builder.push_order(None, basket);
        }
        builder.finish()
    }

    /// The number of orders with at least one item.
    pub fn len(&self) -> usize {
        self.customers.len()
    }

    /// Whether there is no order with an item.
    pub fn is_empty(&self) -> bool {
        self.customers.is_empty()
    }

    /// The number of distinct items.
    pub fn item_count(&self) -> usize {
        self.names.len()
    }

    /// Every item's name, indexed by [`Item`].
    pub fn names(&self) -> &[Box<str>] {
        &self.names
    }

    /// An item's name ("" for an id that is not an item).
    pub fn name(&self, item: Item) -> &str {
        self.names.get(item as usize).map_or("", |n| n)
    }

    /// The id of the item with this exact name.
    pub fn item(&self, name: &str) -> Option<Item> {
        self.ids.get(name).copied()
    }

    /// The items of order `i`, sorted by id, each once.
    pub fn basket(&self, i: usize) -> &[Item] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self.items.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Every order's items, in order.
    pub fn baskets(&self) -> impl Iterator<Item = &[Item]> {
        (0..self.len()).map(|i| self.basket(i))
    }

    /// The customer of order `i` (None for a walk-in sale).
    pub fn customer(&self, i: usize) -> Option<i64> {
        self.customers.get(i).copied().flatten()
    }

    /// Sale lines left out because their item was blank.
    pub fn skipped_lines(&self) -> u64 {
        self.skipped_lines
    }

    /// The names of a set of items, sorted and joined by ` | ` (the CSV form of the issue).
    pub fn label(&self, items: &[Item]) -> String {
        let mut names: Vec<&str> = items.iter().map(|&i| self.name(i)).collect();
        names.sort_unstable();
        names.join(" | ")
    }
}

/// Which order a line belongs to: customer, order key, and the day when the key is 0.
type OrderKey = (Option<i64>, u64, Option<NaiveDate>);

/// Builds [`Transactions`] one sale line at a time, so that the store can stream its rows
/// without holding them.
#[derive(Debug, Default)]
pub struct TransactionsBuilder {
    names: Vec<Box<str>>,
    ids: FastMap<Box<str>, Item>,
    orders: FastMap<OrderKey, u32>,
    customers: Vec<Option<i64>>,
    /// (order, item) for every line with an item, in arrival order.
    lines: Vec<(u32, Item)>,
    last: Option<(OrderKey, u32)>,
    skipped_lines: u64,
}

impl TransactionsBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty builder with room for about this many sale lines (the store knows).
    pub fn with_capacity(lines: usize) -> Self {
        Self {
            orders: FastMap::with_capacity_and_hasher(lines / 2, Default::default()),
            customers: Vec::with_capacity(lines / 2),
            lines: Vec::with_capacity(lines),
            ..Self::default()
        }
    }

    /// Adds one sale line. A walk-in line (no customer) without an order reference is an
    /// order of its own: nothing says which other lines were on the same receipt.
    pub fn push(&mut self, line: BasketLine<'_>) {
        let Some(item) = self.intern(line.item) else {
            self.skipped_lines += 1;
            return;
        };
        let key = (
            line.customer_id,
            line.order_key,
            (line.order_key == 0).then_some(line.sold_on),
        );
        let walk_in_without_reference = line.customer_id.is_none() && line.order_key == 0;
        let order = if walk_in_without_reference {
            self.new_order(None)
        } else if let Some((_, order)) = self.last.filter(|(k, _)| *k == key) {
            // Lines of one order usually arrive one after another: those skip the lookup.
            order
        } else {
            let next = self.customers.len() as u32;
            let order = *self.orders.entry(key).or_insert(next);
            if order == next {
                self.customers.push(line.customer_id);
            }
            order
        };
        self.last = (!walk_in_without_reference).then_some((key, order));
        self.lines.push((order, item));
    }

    /// Adds one whole order of the given item names.
    pub fn push_order<S: AsRef<str>>(
        &mut self,
        customer_id: Option<i64>,
        items: impl IntoIterator<Item = S>,
    ) {
        let mut order = None;
        for name in items {
            let Some(item) = self.intern(name.as_ref()) else {
                self.skipped_lines += 1;
                continue;
            };
            let o = *order.get_or_insert_with(|| self.new_order(customer_id));
            self.lines.push((o, item));
        }
        self.last = None;
    }

    fn new_order(&mut self, customer_id: Option<i64>) -> u32 {
        self.customers.push(customer_id);
        (self.customers.len() - 1) as u32
    }

    fn intern(&mut self, name: &str) -> Option<Item> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        if let Some(&id) = self.ids.get(name) {
            return Some(id);
        }
        let id = self.names.len() as Item;
        self.names.push(name.into());
        self.ids.insert(name.into(), id);
        Some(id)
    }

    /// Adds the lines of `later` as if they had been pushed here after this builder's own,
    /// in the order `later` got them: the same items, orders and numbering as one builder
    /// given all the lines (two halves of the sale lines can so be read at once).
    pub fn append(&mut self, later: TransactionsBuilder) {
        // `later`'s names were interned there: trimmed and never empty, so each has an id.
        let items: Vec<Item> = later
            .names
            .iter()
            .map(|name| self.intern(name).unwrap_or_default())
            .collect();
        // Each order of `later` by its number (first line first): with its key, unless it
        // is a walk-in sale without a reference (an order of its own).
        let mut keys: Vec<Option<OrderKey>> = vec![None; later.customers.len()];
        for (key, order) in later.orders {
            if let Some(slot) = keys.get_mut(order as usize) {
                *slot = Some(key);
            }
        }
        let orders: Vec<u32> = keys
            .into_iter()
            .zip(later.customers)
            .map(|(key, customer)| match key {
                Some(key) => {
                    let next = self.customers.len() as u32;
                    let order = *self.orders.entry(key).or_insert(next);
                    if order == next {
                        self.customers.push(customer);
                    }
                    order
                }
                None => self.new_order(customer),
            })
            .collect();
        self.lines.extend(
            later
                .lines
                .into_iter()
                .map(|(order, item)| (orders[order as usize], items[item as usize])),
        );
        self.skipped_lines += later.skipped_lines;
        self.last = None;
    }

    /// The baskets: lines bucketed by order (a counting sort, linear in the lines), each
    /// basket sorted with its repeats removed.
    pub fn finish(self) -> Transactions {
        let orders = self.customers.len();
        let mut starts = vec![0usize; orders + 1];
        for &(order, _) in &self.lines {
            starts[order as usize + 1] += 1;
        }
        for i in 0..orders {
            starts[i + 1] += starts[i];
        }
        let mut fill = starts.clone();
        let mut items = vec![0 as Item; self.lines.len()];
        for &(order, item) in &self.lines {
            let slot = &mut fill[order as usize];
            items[*slot] = item;
            *slot += 1;
        }
        drop(self.lines);
        // Sort each basket and squeeze out repeats, moving the baskets down in place.
        let mut write = 0;
        for i in 0..orders {
            let (a, b) = (starts[i], starts[i + 1]);
            items[a..b].sort_unstable();
            starts[i] = write;
            let mut previous = None;
            for j in a..b {
                let item = items[j];
                if previous != Some(item) {
                    items[write] = item;
                    write += 1;
                    previous = Some(item);
                }
            }
        }
        starts[orders] = write;
        items.truncate(write);
        items.shrink_to_fit();
        Transactions {
            names: self.names,
            ids: self.ids,
            starts,
            items,
            customers: self.customers,
            skipped_lines: self.skipped_lines,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, d).unwrap_or_default()
    }

    fn line(customer: Option<i64>, d: u32, key: u64, item: &str) -> BasketLine<'_> {
        BasketLine {
            customer_id: customer,
            sold_on: day(d),
            order_key: key,
            item,
        }
    }

    fn names(t: &Transactions, i: usize) -> Vec<&str> {
        t.basket(i).iter().map(|&item| t.name(item)).collect()
    }

    proptest::proptest! {
        /// Lines cut anywhere into two builders, the second appended to the first, give
        /// the transactions of one builder given every line.
        #[test]
        fn two_halves_appended_equal_one_builder(
            lines in proptest::collection::vec(
                (proptest::option::of(0i64..4), 1u32..4, 0u64..3, 0usize..6),
                0..40,
            ),
            cut in 0usize..41,
        ) {
            const ITEMS: [&str; 6] = ["Tea", "Candles", "Soap", " Tea ", "", "Bread"];
            let line_of = |(c, d, k, i): &(Option<i64>, u32, u64, usize)| line(*c, *d, *k, ITEMS[*i]);
            let mut whole = TransactionsBuilder::new();
            for l in &lines {
                whole.push(line_of(l));
            }
            let cut = cut.min(lines.len());
            let (mut first, mut second) = (TransactionsBuilder::new(), TransactionsBuilder::new());
            for l in &lines[..cut] {
                first.push(line_of(l));
            }
            for l in &lines[cut..] {
                second.push(line_of(l));
            }
            first.append(second);
            // A walk-in line after the append, as the reading does.
            first.push(line(None, 1, 0, "Soap"));
            whole.push(line(None, 1, 0, "Soap"));
            let (a, b) = (first.finish(), whole.finish());
            proptest::prop_assert_eq!(a.names(), b.names());
            proptest::prop_assert_eq!(a.len(), b.len());
            proptest::prop_assert_eq!(a.skipped_lines(), b.skipped_lines());
            for i in 0..a.len() {
                proptest::prop_assert_eq!(a.basket(i), b.basket(i));
                proptest::prop_assert_eq!(a.customer(i), b.customer(i));
            }
        }
    }

    #[test]
    fn lines_become_orders_with_each_item_once() {
        let mut b = TransactionsBuilder::new();
        for l in [
            line(Some(1), 1, 7, "Tea"),
            line(Some(1), 2, 7, "Candles"),
            line(Some(1), 1, 0, "Soap"),
            line(Some(1), 2, 7, " Tea "),
            line(Some(2), 1, 7, "Tea"),
            line(Some(1), 1, 0, "Bread"),
            line(Some(1), 2, 0, "Soap"),
            line(Some(1), 1, 7, "  "),
            line(None, 1, 0, "Tea"),
            line(None, 1, 0, "Candles"),
            line(None, 1, 9, "Tea"),
            line(None, 1, 9, "Soap"),
            line(Some(1), 1, 0, "Soap"),
        ] {
            b.push(l);
        }
        let t = b.finish();
        // Customer 1's order 7 (two days), its day 1 and day 2 without reference, customer
        // 2's order 7, two walk-in lines without reference, and walk-in order 9.
        assert_eq!(t.len(), 7);
        assert_eq!(t.item_count(), 4);
        assert_eq!(t.skipped_lines(), 1);
        assert_eq!(names(&t, 0), ["Tea", "Candles"]);
        assert_eq!(t.customer(0), Some(1));
        assert_eq!(names(&t, 1), ["Soap", "Bread"]);
        assert_eq!(names(&t, 2), ["Tea"]);
        assert_eq!(t.customer(2), Some(2));
        assert_eq!(names(&t, 3), ["Soap"]);
        assert_eq!(names(&t, 4), ["Tea"]);
        assert_eq!(names(&t, 5), ["Candles"]);
        assert_eq!(t.customer(5), None);
        assert_eq!(names(&t, 6), ["Tea", "Soap"]);
        assert_eq!(t.basket(7), &[] as &[Item]);
        assert_eq!(
            t.label(&[t.item("Tea").unwrap(), t.item("Bread").unwrap()]),
            "Bread | Tea"
        );
        assert_eq!(t.name(99), "");
        assert_eq!(t.item("tea"), None);
    }

    #[test]
    fn an_order_of_blank_items_is_no_order() {
        let t = Transactions::from_baskets([vec!["", " "], vec!["A", "A", "B"]]);
        assert_eq!(t.len(), 1);
        assert_eq!(t.basket(0).len(), 2);
        assert_eq!(t.skipped_lines(), 2);
        assert!(!t.is_empty());
    }
}
