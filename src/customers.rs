//! The customer list in memory: search as you type and sort by any column.
//!
//! The store loads the list once; this module answers each keystroke by scanning folded
//! text (no database round trip), so 100k customers filter in a few milliseconds. The
//! window and `clientele customers` both search through here, so they agree.
//! Pure code: no SQL, no UI.

use std::cmp::Ordering;

use crate::clean::{digits, fold};
use crate::model::CustomerRow;

/// A column the list can be sorted by.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum SortColumn {
    /// Customer number (the order they were entered).
    #[default]
    Id,
    /// Name.
    Name,
    /// E-mail.
    Email,
    /// Phone.
    Phone,
    /// City.
    City,
    /// The customer's number in the source system.
    Reference,
    /// Number of orders.
    Orders,
    /// Revenue.
    Revenue,
    /// Date of the last order.
    LastOrder,
}

/// How the list is sorted.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Sort {
    /// The column.
    pub column: SortColumn,
    /// Largest or latest first.
    pub descending: bool,
}

/// The customer list with what searching and sorting need.
#[derive(Clone, Debug, Default)]
pub struct CustomerIndex {
    rows: Vec<CustomerRow>,
    /// Folded name, e-mail, phone and city of each row, separated so a word cannot span two fields.
    haystacks: Vec<String>,
    /// Digits of each row's phone.
    phone_digits: Vec<String>,
    /// Row positions in ascending order of each column, built when first asked for.
    orders: Vec<(SortColumn, Vec<u32>)>,
}

impl CustomerIndex {
    /// Builds the index over a list of customers.
    pub fn new(rows: Vec<CustomerRow>) -> CustomerIndex {
        let haystacks = rows.iter().map(haystack).collect();
        let phone_digits = rows.iter().map(|r| digits(&r.phone)).collect();
        CustomerIndex {
            rows,
            haystacks,
            phone_digits,
            orders: Vec::new(),
        }
    }

    /// Number of customers.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no customers.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The row at a position returned by [`CustomerIndex::search`].
    pub fn row(&self, position: u32) -> Option<&CustomerRow> {
        self.rows.get(position as usize)
    }

    /// The position of a customer id, if listed.
    pub fn position_of(&self, id: i64) -> Option<u32> {
        // Rows come from the store sorted by id.
        self.rows
            .binary_search_by_key(&id, |r| r.id)
            .ok()
            .and_then(|p| u32::try_from(p).ok())
    }

    /// Replaces one customer's row after an edit (or adds it when new).
    pub fn upsert(&mut self, row: CustomerRow) {
        let hay = haystack(&row);
        let phone = digits(&row.phone);
        match self.rows.binary_search_by_key(&row.id, |r| r.id) {
            Ok(p) => {
                self.rows[p] = row;
                self.haystacks[p] = hay;
                self.phone_digits[p] = phone;
            }
            Err(p) => {
                self.rows.insert(p, row);
                self.haystacks.insert(p, hay);
                self.phone_digits.insert(p, phone);
            }
        }
        self.orders.clear();
    }

    /// Positions of the customers matching `query`, in the order `sort` asks for.
    ///
    /// Every word of the query must appear in the name, e-mail, phone, city or reference
    /// (ignoring case and accents). A query that is a phone number in any format (`06 12 34`, `+33-6-12`)
    /// also matches the digits of the phone.
    pub fn search(&mut self, query: &str, sort: Sort) -> Vec<u32> {
        self.ensure_order(sort.column);
        let order = self
            .orders
            .iter()
            .find(|(c, _)| *c == sort.column)
            .map(|(_, o)| o.as_slice())
            .unwrap_or_default();
        let matcher = Matcher::new(query);
        let mut out: Vec<u32> = if matcher.is_empty() {
            order.to_vec()
        } else {
            order
                .iter()
                .copied()
                .filter(|&p| {
                    let p = p as usize;
                    matcher.matches(&self.haystacks[p], &self.phone_digits[p])
                })
                .collect()
        };
        if sort.descending {
            out.reverse();
        }
        out
    }

    fn ensure_order(&mut self, column: SortColumn) {
        if self.orders.iter().any(|(c, _)| *c == column) {
            return;
        }
        let mut positions: Vec<u32> = (0..self.rows.len() as u32).collect();
        let rows = &self.rows;
        let folded: Option<Vec<String>> = match column {
            SortColumn::Name => Some(rows.iter().map(|r| fold(&r.name)).collect()),
            SortColumn::Email => Some(rows.iter().map(|r| fold(&r.email)).collect()),
            SortColumn::City => Some(rows.iter().map(|r| fold(&r.city)).collect()),
            SortColumn::Reference => Some(rows.iter().map(|r| fold(&r.external_ref)).collect()),
            SortColumn::Phone => Some(self.phone_digits.clone()),
            _ => None,
        };
        // Empty values go last in ascending order; ties keep id order (a stable sort).
        positions.sort_by(|&a, &b| {
            let (ra, rb) = (&rows[a as usize], &rows[b as usize]);
            match (&folded, column) {
                (Some(keys), _) => {
                    let (ka, kb) = (&keys[a as usize], &keys[b as usize]);
                    (ka.is_empty(), ka).cmp(&(kb.is_empty(), kb))
                }
                (None, SortColumn::Orders) => ra.orders.cmp(&rb.orders),
                (None, SortColumn::Revenue) => ra.revenue_cents.cmp(&rb.revenue_cents),
                (None, SortColumn::LastOrder) => ra.last_order.cmp(&rb.last_order),
                _ => Ordering::Equal,
            }
        });
        self.orders.push((column, positions));
    }
}

fn haystack(r: &CustomerRow) -> String {
    format!(
        "{}\u{1}{}\u{1}{}\u{1}{}\u{1}{}",
        fold(&r.name),
        fold(&r.email),
        fold(&r.phone),
        fold(&r.city),
        fold(&r.external_ref)
    )
}

/// The name to show for a customer: the name, else "Customer C0031" from the customer's
/// number in the source system, else "Customer #12" from Clientele's own number.
pub fn shown_name(name: &str, external_ref: &str, id: i64) -> String {
    if name.trim().is_empty() {
        // Words of the window's messages (marked as such in the pseudo-language).
        crate::text::ui_words(shown_name_in(crate::text::ui_lang(), "", external_ref, id))
    } else {
        name.trim().to_string()
    }
}

/// [`shown_name`] in a given language (the report's).
pub fn shown_name_in(lang: crate::text::Lang, name: &str, external_ref: &str, id: i64) -> String {
    use crate::text::{Message, render};
    let name = name.trim();
    let reference = external_ref.trim();
    if !name.is_empty() {
        name.to_string()
    } else if !reference.is_empty() {
        render(
            lang,
            &Message::new("customers-unnamed-ref").arg("reference", reference),
        )
    } else {
        render(lang, &Message::new("customers-unnamed").arg("id", id))
    }
}

impl CustomerRow {
    /// The name to show ([`shown_name`]).
    pub fn shown_name(&self) -> String {
        shown_name(&self.name, &self.external_ref, self.id)
    }
}

/// A parsed query.
struct Matcher {
    words: Vec<String>,
    /// The query's digits when the query looks like a phone number.
    phone: Option<String>,
}

impl Matcher {
    fn new(query: &str) -> Matcher {
        let words = fold(query).split_whitespace().map(str::to_string).collect();
        let looks_like_phone = query
            .chars()
            .all(|c| c.is_ascii_digit() || " +-.()/".contains(c));
        let d = digits(query);
        let phone = (looks_like_phone && d.len() >= 3).then_some(d);
        Matcher { words, phone }
    }

    fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn matches(&self, haystack: &str, phone_digits: &str) -> bool {
        if let Some(d) = &self.phone
            && phone_digits.contains(d.as_str())
        {
            return true;
        }
        self.words.iter().all(|w| haystack.contains(w.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, name: &str, email: &str, phone: &str, city: &str, revenue: i64) -> CustomerRow {
        CustomerRow {
            id,
            name: name.into(),
            email: email.into(),
            phone: phone.into(),
            city: city.into(),
            external_ref: String::new(),
            orders: id,
            revenue_cents: revenue,
            last_order: None,
        }
    }

    fn sample() -> CustomerIndex {
        CustomerIndex::new(vec![
            row(
                1,
                "Hélène Dupont",
                "helene@orange.fr",
                "06 12 34 56 78",
                "Lyon",
                500,
            ),
            row(
                2,
                "Иван Петров",
                "ivan@yandex.ru",
                "+7 912 000 11 22",
                "Paris",
                900,
            ),
            row(3, "王伟", "", "", "Lyon", 100),
            row(
                4,
                "Արամ Սարգսյան",
                "aram@mail.am",
                "0611223344",
                "Villeurbanne",
                900,
            ),
        ])
    }

    fn ids(index: &CustomerIndex, positions: &[u32]) -> Vec<i64> {
        positions
            .iter()
            .filter_map(|p| index.row(*p).map(|r| r.id))
            .collect()
    }

    #[test]
    fn search_covers_the_reference_and_a_nameless_customer_shows_it() {
        let mut bare = row(7, "", "", "", "", 0);
        bare.external_ref = "C0031".into();
        let mut index = CustomerIndex::new(vec![row(1, "Zoë Ó Briain", "", "", "", 0), bare]);
        assert_eq!(
            ids(&index, &index.clone().search("c0031", Sort::default())),
            [7]
        );
        assert_eq!(
            index.row(1).map(CustomerRow::shown_name).unwrap(),
            "Customer C0031"
        );
        assert_eq!(
            index.row(0).map(CustomerRow::shown_name).unwrap(),
            "Zoë Ó Briain"
        );
        assert_eq!(shown_name(" ", "", 12), "Customer #12");
        let by_ref = index.search(
            "",
            Sort {
                column: SortColumn::Reference,
                descending: false,
            },
        );
        // Empty references go last.
        assert_eq!(ids(&index, &by_ref), [7, 1]);
    }

    #[test]
    fn search_ignores_case_and_accents() {
        let mut idx = sample();
        let hits = idx.search("helene", Sort::default());
        assert_eq!(ids(&idx, &hits), vec![1]);
        let hits = idx.search("LYON", Sort::default());
        assert_eq!(ids(&idx, &hits), vec![1, 3]);
    }

    #[test]
    fn search_needs_every_word() {
        let mut idx = sample();
        let hits = idx.search("dupont lyon", Sort::default());
        assert_eq!(ids(&idx, &hits), vec![1]);
        let hits = idx.search("dupont paris", Sort::default());
        assert!(hits.is_empty());
    }

    #[test]
    fn search_in_every_script() {
        let mut idx = sample();
        let hits = idx.search("иван", Sort::default());
        assert_eq!(ids(&idx, &hits), vec![2]);
        let hits = idx.search("王", Sort::default());
        assert_eq!(ids(&idx, &hits), vec![3]);
        let hits = idx.search("արամ", Sort::default());
        assert_eq!(ids(&idx, &hits), vec![4]);
    }

    #[test]
    fn phone_in_any_format() {
        let mut idx = sample();
        let hits = idx.search("0612345678", Sort::default());
        assert_eq!(ids(&idx, &hits), vec![1]);
        let hits = idx.search("06-11-22", Sort::default());
        assert_eq!(ids(&idx, &hits), vec![4]);
    }

    #[test]
    fn sorts_by_column_with_stable_ties() {
        let mut idx = sample();
        let by_revenue = idx.search(
            "",
            Sort {
                column: SortColumn::Revenue,
                descending: false,
            },
        );
        assert_eq!(ids(&idx, &by_revenue), vec![3, 1, 2, 4]);
        let by_name = idx.search(
            "",
            Sort {
                column: SortColumn::Email,
                descending: false,
            },
        );
        // Customer 3 has no e-mail: last.
        assert_eq!(ids(&idx, &by_name), vec![4, 1, 2, 3]);
        let desc = idx.search(
            "lyon",
            Sort {
                column: SortColumn::Revenue,
                descending: true,
            },
        );
        assert_eq!(ids(&idx, &desc), vec![1, 3]);
    }

    #[test]
    fn upsert_updates_search() {
        let mut idx = sample();
        let mut r = row(3, "王伟", "wang.wei@qq.com", "", "Lyon", 100);
        r.city = "Marseille".into();
        idx.upsert(r);
        assert_eq!(
            ids(&idx, &idx.clone().search("marseille", Sort::default())),
            vec![3]
        );
        assert_eq!(idx.position_of(3), Some(2));
        assert_eq!(idx.position_of(99), None);
    }
}
