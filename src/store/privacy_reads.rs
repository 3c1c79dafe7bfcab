//! Reads for privacy: the campaigns a person was part of (subject access) and the audit
//! trail, a page at a time, filtered by kind and by text, for the Audit screen; and the
//! audit lines of backups and restores. The audit
//! lines of erased customers were emptied by the erase itself; nothing here adds back
//! what it took.

use serde_json::{Value, json};

use super::{Result, Store};

/// One line of the audit trail.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditLine {
    /// Its number, in the order written.
    pub id: i64,
    /// When (`YYYY-MM-DD HH:MM:SS`, local time).
    pub at: String,
    /// What kind of action (`import`, `merge`, `erase`, …).
    pub action: String,
    /// Its details, as stored (JSON).
    pub detail: String,
}

/// Which audit lines a page holds; empty fields match everything.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct AuditFilter {
    /// Only this kind of action.
    pub action: Option<String>,
    /// Only lines whose kind or details hold this text (case ignored for ASCII letters).
    pub text: String,
}

impl AuditFilter {
    /// The `WHERE` clause and its two parameters.
    fn clause(&self) -> (&'static str, [String; 2]) {
        let like = if self.text.trim().is_empty() {
            String::new()
        } else {
            let escaped = self
                .text
                .trim()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            format!("%{escaped}%")
        };
        (
            "(?1 = '' OR action = ?1)
             AND (?2 = '' OR action LIKE ?2 ESCAPE '\\' OR detail LIKE ?2 ESCAPE '\\')",
            [self.action.clone().unwrap_or_default(), like],
        )
    }
}

impl Store {
    /// The campaigns a customer (or a contact merged into them) was chosen for, with the
    /// group (target or control) and the segment they were in, oldest first.
    pub fn subject_campaigns(&self, customer_id: i64) -> Result<Vec<Value>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT c.name, c.goal, c.channel, c.start_date, m.member_of, m.segment
                 FROM campaign_member AS m
                 JOIN contact_root AS r ON r.contact_id = m.customer_id
                 JOIN campaign AS c ON c.id = m.campaign_id
                 WHERE r.root_id = ?1
                 ORDER BY c.start_date, c.id",
            )?;
            let rows = stmt.query_map([customer_id], |r| {
                Ok(json!({
                    "campaign": r.get::<_, String>(0)?,
                    "goal": r.get::<_, String>(1)?,
                    "channel": r.get::<_, String>(2)?,
                    "start_date": r.get::<_, String>(3)?,
                    "group": r.get::<_, String>(4)?,
                    "segment": r.get::<_, String>(5)?,
                }))
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// How many audit lines `filter` keeps.
    pub fn audit_count(&self, filter: &AuditFilter) -> Result<usize> {
        self.map_busy(|s| {
            let (clause, p) = filter.clause();
            let n: i64 = s.conn.query_row(
                &format!("SELECT COUNT(*) FROM audit WHERE {clause}"),
                rusqlite::params![p[0], p[1]],
                |r| r.get(0),
            )?;
            Ok(usize::try_from(n).unwrap_or_default())
        })
    }

    /// At most `limit` audit lines that `filter` keeps, newest first, skipping the first
    /// `offset`.
    pub fn audit_page(
        &self,
        filter: &AuditFilter,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<AuditLine>> {
        self.map_busy(|s| {
            let (clause, p) = filter.clause();
            let mut stmt = s.conn.prepare_cached(&format!(
                "SELECT id, at, action, detail FROM audit WHERE {clause}
                 ORDER BY id DESC LIMIT ?3 OFFSET ?4"
            ))?;
            let rows = stmt.query_map(
                rusqlite::params![
                    p[0],
                    p[1],
                    i64::try_from(limit).unwrap_or(i64::MAX),
                    i64::try_from(offset).unwrap_or(i64::MAX)
                ],
                |r| {
                    Ok(AuditLine {
                        id: r.get(0)?,
                        at: r.get(1)?,
                        action: r.get(2)?,
                        detail: r.get(3)?,
                    })
                },
            )?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Writes in the audit trail that a backup copy was made at `file` (asked for by the
    /// owner: the automatic copies before an operation are not listed).
    pub fn audit_backup(&self, file: &str) -> Result<()> {
        self.map_busy(|s| super::writes::audit(&s.conn, "backup", &json!({ "file": file })))
    }

    /// Writes in the audit trail that the file was restored from `file`, and how many
    /// erased customers were erased again.
    pub fn audit_restore(&self, file: &str, erased_again: usize) -> Result<()> {
        self.map_busy(|s| {
            super::writes::audit(
                &s.conn,
                "restore",
                &json!({ "file": file, "erased_again": erased_again }),
            )
        })
    }

    /// The kinds of action the audit trail holds, in alphabetical order.
    pub fn audit_kinds(&self) -> Result<Vec<String>> {
        self.map_busy(|s| {
            let mut stmt = s
                .conn
                .prepare("SELECT DISTINCT action FROM audit ORDER BY action")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audit_pages_filter_by_kind_and_text_newest_first() {
        let store = Store::open_in_memory().unwrap();
        for (action, detail) in [
            ("import", r#"{"file":"a.csv"}"#),
            ("merge", r#"{"survivor_id":1}"#),
            ("export", r#"{"what":"100%_sure.csv"}"#),
            ("import", r#"{"file":"b.csv"}"#),
        ] {
            store
                .conn
                .execute(
                    "INSERT INTO audit (at, action, detail) VALUES ('2026-01-01 10:00:00', ?1, ?2)",
                    [action, detail],
                )
                .unwrap();
        }
        let all = AuditFilter::default();
        let base = store.audit_count(&all).unwrap();
        assert!(base >= 4);
        let imports = AuditFilter {
            action: Some("import".into()),
            text: String::new(),
        };
        let page = store.audit_page(&imports, 0, 10).unwrap();
        let files: Vec<&str> = page.iter().map(|l| l.detail.as_str()).collect();
        assert_eq!(files[..2], [r#"{"file":"b.csv"}"#, r#"{"file":"a.csv"}"#]);
        let b = AuditFilter {
            action: None,
            text: "B.CSV".into(),
        };
        assert_eq!(store.audit_count(&b).unwrap(), 1);
        // `%` and `_` are letters to look for, not patterns.
        let percent = AuditFilter {
            action: None,
            text: "0%_".into(),
        };
        assert_eq!(store.audit_count(&percent).unwrap(), 1);
        let percent = AuditFilter {
            action: None,
            text: "0%x".into(),
        };
        assert_eq!(store.audit_count(&percent).unwrap(), 0);
        let second = store.audit_page(&all, 1, 1).unwrap();
        assert_eq!(second.len(), 1);
        assert_eq!(second[0].action, "export");
        assert!(store.audit_kinds().unwrap().contains(&"merge".to_string()));
    }
}
