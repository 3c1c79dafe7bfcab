//! First names and their other forms (William and Bill, Anthony and Tony), from the
//! public list of the `nicknames` package (Apache-2.0; `assets/names/README.md`).
//!
//! The list is read once into a table from each name key to the names it is related to,
//! both ways; [`related`] is two look-ups, without allocation, for the million comparisons
//! of a large shop.

use std::collections::HashMap;
use std::sync::LazyLock;

type Table = HashMap<&'static str, Vec<&'static str>, foldhash::fast::FixedState>;

static TABLE: LazyLock<Table> =
    LazyLock::new(|| parse(include_str!("../../assets/names/nicknames.csv")));

/// Each line `name,has_nickname,nickname` (a header line is skipped) as two entries, one
/// from each name to the other.
fn parse(text: &'static str) -> Table {
    let mut table = Table::default();
    for line in text.lines() {
        let mut cols = line.split(',').map(str::trim);
        let (Some(a), Some("has_nickname"), Some(b)) = (cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        if a.is_empty() || b.is_empty() || a == b {
            continue;
        }
        table.entry(a).or_default().push(b);
        table.entry(b).or_default().push(a);
    }
    table
}

/// Whether two first-name keys (lower case, Latin letters, as `clean::name_key` makes
/// them) are one name and one of its listed other forms.
pub fn related(a: &str, b: &str) -> bool {
    TABLE.get(a).is_some_and(|names| names.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_forms_are_related_both_ways_and_others_are_not() {
        // Lines 2625, 240 and 852 of assets/names/nicknames.csv, read by eye:
        // "william,has_nickname,bill", "anthony,has_nickname,tony",
        // "elizabeth,has_nickname,betsy"; no line joins william and anthony, or ivan and
        // tony.
        assert!(related("william", "bill"));
        assert!(related("bill", "william"));
        assert!(related("anthony", "tony"));
        assert!(related("betsy", "elizabeth"));
        assert!(!related("william", "anthony"));
        assert!(!related("ivan", "tony"));
        assert!(!related("", "bill"));
    }

    #[test]
    fn lines_parse_into_both_directions() {
        let t = parse(
            "name1,relationship,name2\nab,has_nickname,cd\nef,other,gh\nab,has_nickname,ab\n",
        );
        assert_eq!(t.get("ab"), Some(&vec!["cd"]));
        assert_eq!(t.get("cd"), Some(&vec!["ab"]));
        assert!(!t.contains_key("ef"));
        assert_eq!(t.len(), 2);
    }
}
