//! Remembered column mappings: the mapping last used for a file layout (the same header),
//! offered again the next time a file with that header is imported, and the counts the
//! Import tab asks before undoing a batch.
//!
//! The store knows mappings only as text (header -> field name); what a field name means
//! belongs to `ingest`.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};

use super::{Result, Store, now_text};

/// The mapping last used for a header layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RememberedMapping {
    /// `contacts` or `sales`.
    pub kind: String,
    /// Header -> field name; `None` for a column kept as extra.
    pub columns: BTreeMap<String, Option<String>>,
    /// When it was last used (`YYYY-MM-DD HH:MM:SS`).
    pub used_at: String,
}

/// What one import batch added, for the question asked before undoing it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BatchContents {
    /// Sale lines of the batch.
    pub sales: i64,
    /// Contacts the batch created.
    pub contacts: i64,
}

/// The key a header layout is remembered by: the column names, in order, joined by tabs.
pub fn layout_key(headers: &[String]) -> String {
    headers.join("\t")
}

impl Store {
    /// The mapping last used for this header layout (see [`layout_key`]), if any.
    pub fn remembered_mapping(&self, header_key: &str) -> Result<Option<RememberedMapping>> {
        self.map_busy(|s| {
            let row: Option<(String, String, String)> = s
                .conn
                .query_row(
                    "SELECT kind, mapping, used_at FROM import_mapping WHERE header_key = ?1",
                    [header_key],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((kind, mapping, used_at)) = row else {
                return Ok(None);
            };
            Ok(Some(RememberedMapping {
                kind,
                columns: serde_json::from_str(&mapping)?,
                used_at,
            }))
        })
    }

    /// Remembers the mapping used for this header layout, replacing an older one.
    pub fn remember_mapping(
        &self,
        header_key: &str,
        kind: &str,
        columns: &BTreeMap<String, Option<String>>,
    ) -> Result<()> {
        self.map_busy(|s| {
            s.conn.execute(
                "INSERT INTO import_mapping (header_key, kind, mapping, used_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (header_key) DO UPDATE
                 SET kind = excluded.kind, mapping = excluded.mapping, used_at = excluded.used_at",
                params![
                    header_key,
                    kind,
                    serde_json::to_string(columns)?,
                    now_text()
                ],
            )?;
            Ok(())
        })
    }

    /// How many sale lines (walk-in sales included) and contacts a batch added.
    pub fn batch_contents(&self, batch_id: i64) -> Result<BatchContents> {
        self.map_busy(|s| {
            Ok(s.conn.query_row(
                "SELECT (SELECT COUNT(*) FROM sale WHERE batch_id = ?1)
                          + (SELECT COUNT(*) FROM walk_in_sale WHERE batch_id = ?1),
                        (SELECT COUNT(*) FROM contact WHERE batch_id = ?1)",
                [batch_id],
                |r| {
                    Ok(BatchContents {
                        sales: r.get(0)?,
                        contacts: r.get(1)?,
                    })
                },
            )?)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(pairs: &[(&str, Option<&str>)]) -> BTreeMap<String, Option<String>> {
        pairs
            .iter()
            .map(|(h, f)| (h.to_string(), f.map(str::to_string)))
            .collect()
    }

    #[test]
    fn a_mapping_is_remembered_per_layout_and_replaced() {
        let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let headers = vec![
            "Nom".to_string(),
            "Courriel".to_string(),
            "Note".to_string(),
        ];
        let key = layout_key(&headers);
        assert_eq!(key, "Nom\tCourriel\tNote");
        assert_eq!(store.remembered_mapping(&key).ok().flatten(), None);

        let first = columns(&[
            ("Nom", Some("last_name")),
            ("Courriel", Some("email")),
            ("Note", None),
        ]);
        store
            .remember_mapping(&key, "contacts", &first)
            .unwrap_or_else(|e| panic!("{e}"));
        let got = store
            .remembered_mapping(&key)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("not remembered"));
        assert_eq!(got.kind, "contacts");
        assert_eq!(got.columns, first);
        assert_eq!(got.used_at.len(), 19);

        let second = columns(&[
            ("Nom", Some("name")),
            ("Courriel", Some("email")),
            ("Note", Some("company")),
        ]);
        store
            .remember_mapping(&key, "sales", &second)
            .unwrap_or_else(|e| panic!("{e}"));
        let got = store.remembered_mapping(&key).ok().flatten();
        assert_eq!(
            got.map(|m| (m.kind, m.columns)),
            Some(("sales".into(), second))
        );
        // Another layout is not affected.
        assert_eq!(
            store.remembered_mapping("Nom\tCourriel").ok().flatten(),
            None
        );
    }

    #[test]
    fn batch_contents_counts_what_a_batch_added() {
        let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            store.batch_contents(1).unwrap_or_else(|e| panic!("{e}")),
            BatchContents::default()
        );
    }
}
