//! Figures worked out from the whole shop, kept in `figures_kept` until its data changes:
//! the predictions' fits and figures are asked for by the command line, the window, the
//! channels and the report alike, and fitting the models is the slow part of each.

use rusqlite::OptionalExtension;

use super::{Result, Store};

/// Audit actions that change nothing figures are worked out from: every other audited
/// action empties `figures_kept` in its own transaction ([`forget_kept`]).
const READING_ACTIONS: &[&str] = &["export", "backup"];

/// How many sets of figures of one kind are kept at most.
pub const KEPT_PER_KIND: i64 = 4;

impl Store {
    /// The shop's data as it is now, as a text that changes whenever the data does: the
    /// schema version, the last audit line of a change, and the largest ids of the tables
    /// the figures read (rows added without an audit line still change it).
    pub fn data_stamp(&self) -> Result<String> {
        self.map_busy(|s| {
            let last = |sql: &str| -> Result<i64> {
                let id: Option<i64> = s.conn.query_row(sql, [], |r| r.get(0))?;
                Ok(id.unwrap_or(0))
            };
            let reading = READING_ACTIONS
                .iter()
                .map(|a| format!("'{a}'"))
                .collect::<Vec<_>>()
                .join(", ");
            // Walked from the end by row id: stops at the first change.
            let change: Option<i64> = s
                .conn
                .query_row(
                    &format!(
                        "SELECT id FROM audit WHERE action NOT IN ({reading})
                         ORDER BY id DESC LIMIT 1"
                    ),
                    [],
                    |r| r.get(0),
                )
                .optional()?;
            let version: i64 = s.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            Ok(format!(
                "v{version} a{} s{} c{} m{} w{} h{} f{}",
                change.unwrap_or(0),
                last("SELECT MAX(id) FROM sale")?,
                last("SELECT MAX(id) FROM contact")?,
                last("SELECT MAX(id) FROM merge")?,
                last("SELECT MAX(id) FROM walk_in_sale")?,
                last("SELECT MAX(id) FROM held_sale")?,
                last("SELECT MAX(id) FROM feedback")?,
            ))
        })
    }

    /// The figures of `kind` kept for `options`, when they were worked out from the data
    /// as it is at `stamp` (see [`Store::data_stamp`]).
    pub fn kept_figures(&self, kind: &str, options: &str, stamp: &str) -> Result<Option<Vec<u8>>> {
        self.map_busy(|s| {
            Ok(s.conn
                .query_row(
                    "SELECT value FROM figures_kept WHERE kind = ?1 AND options = ?2 AND stamp = ?3",
                    [kind, options, stamp],
                    |r| r.get(0),
                )
                .optional()?)
        })
    }

    /// Keeps the figures of `kind` for `options`, worked out from the data as it was at
    /// `stamp` (read before the data was), in place of any kept before for them. Only the
    /// [`KEPT_PER_KIND`] latest of a kind stay (reports over many ranges would otherwise
    /// pile up figures nobody asks for again).
    pub fn keep_figures(&self, kind: &str, options: &str, stamp: &str, value: &[u8]) -> Result<()> {
        self.keep_figures_of_form(kind, options, stamp, value, None)
    }

    /// [`Store::keep_figures`], also dropping, in the same transaction, the figures of
    /// `kind` whose options are not like `form` (an SQL `LIKE` pattern, `\` its escape):
    /// figures kept by another build in a form this one cannot read, which would otherwise
    /// stay held on the shop's customers, unread, until the data changes.
    pub fn keep_figures_of_form(
        &self,
        kind: &str,
        options: &str,
        stamp: &str,
        value: &[u8],
        form: Option<&str>,
    ) -> Result<()> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            if let Some(form) = form {
                tx.execute(
                    "DELETE FROM figures_kept WHERE kind = ?1 AND options NOT LIKE ?2 ESCAPE '\\'",
                    rusqlite::params![kind, form],
                )?;
            }
            // REPLACE deletes the row it replaces: the new one gets the largest row id.
            tx.execute(
                "INSERT OR REPLACE INTO figures_kept (kind, options, stamp, value)
                 VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![kind, options, stamp, value],
            )?;
            tx.execute(
                "DELETE FROM figures_kept WHERE kind = ?1 AND rowid NOT IN
                 (SELECT rowid FROM figures_kept WHERE kind = ?1 ORDER BY rowid DESC LIMIT ?2)",
                rusqlite::params![kind, KEPT_PER_KIND],
            )?;
            tx.commit()?;
            Ok(())
        })
    }

    /// Where the fits of `kind` started last time (see `fit_starts` in the schema), as
    /// kept by [`Store::keep_fit_starts`].
    pub fn fit_starts(&self, kind: &str) -> Result<Option<String>> {
        self.map_busy(|s| {
            Ok(s.conn
                .query_row(
                    "SELECT value FROM fit_starts WHERE kind = ?1",
                    [kind],
                    |r| r.get(0),
                )
                .optional()?)
        })
    }

    /// Keeps where the next fits of `kind` start, in place of those kept before.
    pub fn keep_fit_starts(&self, kind: &str, value: &str) -> Result<()> {
        self.map_busy(|s| {
            s.conn.execute(
                "INSERT OR REPLACE INTO fit_starts (kind, value) VALUES (?1, ?2)",
                [kind, value],
            )?;
            Ok(())
        })
    }

    /// Every set of figures of `kind` kept, whatever data it was worked out from (a
    /// person's copy of what is held on them reads them all).
    pub fn kept_sets(&self, kind: &str) -> Result<Vec<Vec<u8>>> {
        self.map_busy(|s| {
            let mut stmt = s
                .conn
                .prepare("SELECT value FROM figures_kept WHERE kind = ?1 ORDER BY rowid")?;
            let rows = stmt.query_map([kind], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}

/// Empties `figures_kept` when `action` changes the data (called with each audit line, in
/// the transaction of the change): figures of erased customers do not stay behind, and
/// nothing kept outlives the data it came from.
pub(super) fn forget_kept(conn: &rusqlite::Connection, action: &str) -> Result<()> {
    if !READING_ACTIONS.contains(&action) {
        conn.prepare_cached("DELETE FROM figures_kept")?
            .execute([])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(store: &Store) -> Option<Vec<u8>> {
        let stamp = store.data_stamp().unwrap_or_else(|e| panic!("{e}"));
        store
            .kept_figures("predictions", "{}", &stamp)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn keep(store: &Store) {
        let stamp = store.data_stamp().unwrap_or_else(|e| panic!("{e}"));
        store
            .keep_figures("predictions", "{}", &stamp, b"figures")
            .unwrap_or_else(|e| panic!("{e}"));
    }

    /// Figures kept in another form are dropped when figures of the form given are kept;
    /// those of that form, and those of other kinds, stay.
    #[test]
    fn figures_of_another_form_are_dropped_when_new_ones_are_kept() {
        let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let stamp = store.data_stamp().unwrap_or_else(|e| panic!("{e}"));
        for (kind, options) in [
            ("predictions", r#"{"format":3,"options":{"a":1}}"#),
            ("predictions", r#"{"format":4,"options":{"a":1}}"#),
            ("channels", r#"{"format":3,"options":{"a":1}}"#),
        ] {
            store
                .keep_figures(kind, options, &stamp, options.as_bytes())
                .unwrap_or_else(|e| panic!("{e}"));
        }
        store
            .keep_figures_of_form(
                "predictions",
                r#"{"format":4,"options":{"a":2}}"#,
                &stamp,
                b"new",
                Some(r#"{"format":4,"options":%}"#),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        let options: Vec<String> = store
            .map_busy(|s| {
                let mut stmt = s
                    .conn
                    .prepare("SELECT kind || ' ' || options FROM figures_kept ORDER BY rowid")?;
                let rows = stmt.query_map([], |r| r.get(0))?;
                Ok(rows.collect::<rusqlite::Result<_>>()?)
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            options,
            [
                r#"predictions {"format":4,"options":{"a":1}}"#,
                r#"channels {"format":3,"options":{"a":1}}"#,
                r#"predictions {"format":4,"options":{"a":2}}"#,
            ]
        );
    }

    #[test]
    fn kept_until_a_change_and_not_after() {
        let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(kept(&store), None);
        keep(&store);
        assert_eq!(kept(&store).as_deref(), Some(&b"figures"[..]));
        // Writing a file out changes nothing the figures come from.
        store
            .audit_export("report", "shop.pdf", 3)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(kept(&store).as_deref(), Some(&b"figures"[..]));
        // Any audited change empties the table, in the change's own transaction.
        store
            .map_busy(|s| super::super::writes::audit(&s.conn, "erase", &serde_json::json!({})))
            .unwrap_or_else(|e| panic!("{e}"));
        let rows: i64 = store
            .conn
            .query_row("SELECT COUNT(*) FROM figures_kept", [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows, 0);
        // A row added without an audit line still changes the stamp.
        keep(&store);
        let before = store.data_stamp().unwrap_or_else(|e| panic!("{e}"));
        store
            .conn
            .execute_batch(
                "INSERT INTO contact (id, first_name, created_at, updated_at)
                 VALUES (7, 'Ann', '2024-01-01', '2024-01-01');
                 INSERT INTO sale (contact_id, sold_at, amount) VALUES (7, '2024-02-01', 100);",
            )
            .unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(store.data_stamp().ok(), Some(before));
        assert_eq!(kept(&store), None);
    }

    #[test]
    fn only_the_latest_few_of_a_kind_are_kept() {
        let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let stamp = store.data_stamp().unwrap_or_else(|e| panic!("{e}"));
        let keep = |kind: &str, options: &str| {
            store
                .keep_figures(kind, options, &stamp, options.as_bytes())
                .unwrap_or_else(|e| panic!("{e}"));
        };
        for i in 0..6 {
            keep("predictions", &format!("as of day {i}"));
        }
        keep("cohorts", "months");
        // Kept again: now the latest.
        keep("predictions", "as of day 1");
        let have = |kind: &str, options: &str| {
            store
                .kept_figures(kind, options, &stamp)
                .unwrap_or_else(|e| panic!("{e}"))
                .is_some()
        };
        let kept: Vec<bool> = (0..6)
            .map(|i| have("predictions", &format!("as of day {i}")))
            .collect();
        assert_eq!(kept, [false, true, false, true, true, true]);
        assert!(have("cohorts", "months"));
    }
}
