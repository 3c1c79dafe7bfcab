//! Finding the header row (report titles and blank lines above it are skipped) and cleaning
//! the column names.

use super::RawRow;

/// The index (in `rows`) of the header: the first row whose number of non-empty cells is at
/// least 60% of the most common row width below it and whose non-empty cells are mostly
/// non-numeric text. Falls back to the first row.
pub(super) fn detect_header(rows: &[RawRow]) -> usize {
    let widths: Vec<usize> = rows.iter().map(|r| row_width(&r.cells)).collect();
    for (i, row) in rows.iter().enumerate() {
        let below = if i + 1 < widths.len() {
            &widths[i + 1..]
        } else {
            &widths[i..]
        };
        let common = most_common(below);
        let filled: Vec<&String> = row.cells.iter().filter(|c| !c.trim().is_empty()).collect();
        if filled.is_empty() || filled.len() * 10 < common * 6 {
            continue;
        }
        let texts = filled.iter().filter(|c| !looks_numeric(c)).count();
        if texts * 2 > filled.len() {
            return i;
        }
    }
    0
}

/// Cells up to the last non-empty one.
pub(super) fn row_width(cells: &[String]) -> usize {
    cells
        .iter()
        .rposition(|c| !c.trim().is_empty())
        .map_or(0, |p| p + 1)
}

/// The most common value (the larger one on a tie); 0 for no values.
pub(super) fn most_common(values: &[usize]) -> usize {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &v in values {
        match counts.iter_mut().find(|(value, _)| *value == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(value, n)| (n, value))
        .map_or(0, |(value, _)| value)
}

/// A number, amount, date, time or phone number: digits with punctuation only.
pub(super) fn looks_numeric(text: &str) -> bool {
    let mut digits = 0;
    for c in text.trim().chars() {
        if c.is_ascii_digit() {
            digits += 1;
        } else if !(c.is_whitespace() || " .,-+/:()%'€$£¥₽\u{a0}\u{202f}".contains(c)) {
            return false;
        }
    }
    digits > 0
}

/// Header names: trimmed (inner runs of spaces and line breaks become one space), an empty
/// one becomes "Column N", duplicates get " (2)", " (3)".
pub(super) fn clean_headers(cells: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(cells.len());
    // The names taken so far, looked up in a set: a search of the list for every column made
    // a 100 000-column header take time in the square of its width.
    let mut taken: std::collections::HashSet<String> =
        std::collections::HashSet::with_capacity(cells.len());
    let mut next_number: std::collections::HashMap<String, usize> =
        std::collections::HashMap::new();
    for (i, cell) in cells.iter().enumerate() {
        let words: Vec<&str> = cell
            .trim_start_matches('\u{feff}')
            .split_whitespace()
            .collect();
        let base = if words.is_empty() {
            format!("Column {}", i + 1)
        } else {
            words.join(" ")
        };
        let mut name = base.clone();
        // The number to try next for this name, kept so that the n-th repeat of a name does
        // not try every number below n again.
        let mut n = next_number.get(&base).copied().unwrap_or(2);
        while taken.contains(&name) {
            name = format!("{base} ({n})");
            n += 1;
        }
        if n > 2 {
            next_number.insert(base, n);
        }
        taken.insert(name.clone());
        out.push(name);
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use crate::ingest::read::fixtures::*;
    use crate::ingest::read::*;

    #[test]
    fn title_lines_are_skipped() {
        let text = "Export of 12/03/2025\n\nShop: Chez Hélène\nName;Email;Amount\n\
                    Ann;ann@example.com;12,50\nBob;bob@example.com;3,10\nCleo;cleo@example.com;7,00\n";
        let (table, rows) = open_bytes("titled.csv", text.as_bytes());
        assert_eq!(table.info.delimiter, Some(b';'));
        assert_eq!(table.info.header_row, 4);
        assert_eq!(table.headers, vec!["Name", "Email", "Amount"]);
        assert_eq!(rows[0].row, 5);
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn forced_header_row_in_text() {
        let text = "a,b\nx,y\nname,city\nAnn,Paris\n";
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "forced.csv", text.as_bytes());
        let options = ReadOptions {
            header_row: Some(3),
            ..ReadOptions::default()
        };
        let (table, rows) = preview(&path, &options, 10).unwrap();
        assert_eq!(table.info.header_row, 3);
        assert_eq!(table.headers, vec!["name", "city"]);
        assert_eq!(cells(&rows), vec![vec!["Ann", "Paris"]]);
        assert_eq!(rows[0].row, 4);

        let options = ReadOptions {
            header_row: Some(40),
            ..ReadOptions::default()
        };
        let e = open(&path, &options).unwrap_err();
        assert!(
            matches!(e, ReadError::HeaderRowNotFound { row: 40, .. }),
            "{e:?}"
        );
        let options = ReadOptions {
            header_row: Some(4),
            ..ReadOptions::default()
        };
        let e = open(&path, &options).unwrap_err();
        assert!(matches!(e, ReadError::HeaderOnly { .. }), "{e:?}");
    }

    #[test]
    fn header_names_are_cleaned() {
        let (table, _) = open_bytes(
            "names.csv",
            b" Email ,,Email,\"First\nname\",email\n1,2,3,4,5\n",
        );
        assert_eq!(
            table.headers,
            vec!["Email", "Column 2", "Email (2)", "First name", "email"]
        );
    }
}
