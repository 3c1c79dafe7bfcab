//! Saved segments, and the reads that rule-based segments and exports need.

use std::collections::HashSet;
use std::sync::Arc;

use rusqlite::types::ValueRef;
use rusqlite::{OptionalExtension, params};
use serde_json::json;

use super::refusal::Refusal;
use super::writes::audit;
use super::{Result, Store, StoreError, now_text};
use crate::model::{ContactDetails, CustomerProfile, SaleDetail};

/// A saved segment.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct SavedSegment {
    pub id: i64,
    pub name: String,
    /// The rule as JSON.
    pub rule: String,
    pub updated_at: String,
}

impl Store {
    /// Every customer (root contact, not erased), by id.
    pub fn customer_profiles(&self) -> Result<Vec<CustomerProfile>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT id, external_ref, first_name, last_name, email, phone, city, country,
                        marketing_consent
                 FROM contact WHERE merged_into IS NULL AND erased_at IS NULL ORDER BY id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(CustomerProfile {
                    id: r.get(0)?,
                    external_ref: r.get(1)?,
                    first_name: r.get(2)?,
                    last_name: r.get(3)?,
                    email: r.get(4)?,
                    phone: r.get(5)?,
                    city: r.get(6)?,
                    country: r.get(7)?,
                    consent: r.get(8)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// The contact fields of every customer (root contact, not erased) that only exports
    /// need, by id.
    pub fn contact_details(&self) -> Result<std::collections::HashMap<i64, ContactDetails>> {
        self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT id, company, street, street2, postcode, region, birth_date, gender,
                        language, consent_date
                 FROM contact WHERE merged_into IS NULL AND erased_at IS NULL",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    ContactDetails {
                        company: r.get(1)?,
                        street: r.get(2)?,
                        street2: r.get(3)?,
                        postcode: r.get(4)?,
                        region: r.get(5)?,
                        birth_date: r.get(6)?,
                        gender: r.get(7)?,
                        language: r.get(8)?,
                        consent_date: r.get(9)?,
                    },
                ))
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Every sale line's root customer, day, channel, product, category, store and amount.
    pub fn sale_details(&self) -> Result<Vec<SaleDetail>> {
        self.map_busy(|s| {
            let roots = s.root_map_for_reads()?;
            let mut stmt = s.conn.prepare(
                "SELECT contact_id, sold_at, channel, product, category, store, amount FROM sale",
            )?;
            let mut rows = stmt.query([])?;
            let mut out = Vec::new();
            let mut texts: HashSet<Arc<str>> = HashSet::new();
            let mut shared = |r: &rusqlite::Row<'_>, i: usize| -> Result<Option<Arc<str>>> {
                let ValueRef::Text(bytes) = r.get_ref(i)? else {
                    return Ok(None);
                };
                let text = String::from_utf8_lossy(bytes);
                Ok(Some(match texts.get(text.as_ref()) {
                    Some(t) => t.clone(),
                    None => {
                        let t: Arc<str> = Arc::from(text.as_ref());
                        texts.insert(t.clone());
                        t
                    }
                }))
            };
            while let Some(r) = rows.next()? {
                let Some(sold_on) = super::reads::day_of(r.get_ref(1)?) else {
                    continue;
                };
                out.push(SaleDetail {
                    customer_id: roots(r.get(0)?),
                    sold_on,
                    channel: shared(r, 2)?,
                    product: shared(r, 3)?,
                    category: shared(r, 4)?,
                    store: shared(r, 5)?,
                    amount_cents: r.get(6)?,
                });
            }
            Ok(out)
        })
    }

    /// Saves (or replaces) a segment's rule, checked by the caller; audited.
    pub fn save_segment(&self, name: &str, rule_json: &str) -> Result<i64> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid(Refusal::SegmentWithoutName));
        }
        self.map_busy(|s| {
            let tx = s.immediate()?;
            let now = now_text();
            tx.execute(
                "INSERT INTO saved_segment (name, rule, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
                 ON CONFLICT (name) DO UPDATE SET rule = excluded.rule, updated_at = excluded.updated_at",
                params![name, rule_json, now],
            )?;
            let id: i64 = tx.query_row("SELECT id FROM saved_segment WHERE name = ?1", [name], |r| r.get(0))?;
            audit(&tx, "segment saved", &json!({ "id": id, "name": name, "rule": rule_json }))?;
            tx.commit()?;
            Ok(id)
        })
    }

    /// Deletes a saved segment (its rule is kept in the audit trail, so it can be written
    /// again); audited. Deleting a name that does not exist is an error.
    pub fn delete_segment(&self, name: &str) -> Result<()> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            let found: Option<(i64, String)> = tx
                .query_row(
                    "SELECT id, rule FROM saved_segment WHERE name = ?1",
                    [name],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((id, rule)) = found else {
                return Err(StoreError::NotFound(Refusal::NoSavedSegment {
                    name: name.to_string(),
                }));
            };
            tx.execute("DELETE FROM saved_segment WHERE id = ?1", [id])?;
            audit(
                &tx,
                "segment deleted",
                &json!({ "id": id, "name": name, "rule": rule }),
            )?;
            tx.commit()?;
            Ok(())
        })
    }

    /// Every saved segment, by name.
    pub fn saved_segments(&self) -> Result<Vec<SavedSegment>> {
        self.map_busy(|s| {
            let mut stmt = s
                .conn
                .prepare("SELECT id, name, rule, updated_at FROM saved_segment ORDER BY name")?;
            let rows = stmt.query_map([], |r| {
                Ok(SavedSegment {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    rule: r.get(2)?,
                    updated_at: r.get(3)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// The saved segment with this name (case does not matter).
    pub fn saved_segment(&self, name: &str) -> Result<Option<SavedSegment>> {
        self.map_busy(|s| {
            Ok(s.conn
                .query_row(
                    "SELECT id, name, rule, updated_at FROM saved_segment WHERE name = ?1 COLLATE NOCASE",
                    [name.trim()],
                    |r| {
                        Ok(SavedSegment {
                            id: r.get(0)?,
                            name: r.get(1)?,
                            rule: r.get(2)?,
                            updated_at: r.get(3)?,
                        })
                    },
                )
                .optional()?)
        })
    }
}
