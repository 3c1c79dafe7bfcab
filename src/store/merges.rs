//! Merges: making several contacts one customer, undoing that, the merge history, the
//! pairs the owner declared different people, and the read duplicate detection starts from.
//!
//! A merge never deletes or rewrites a sale: the absorbed contact gets
//! `merged_into = survivor`, and everything that counts customers goes through the
//! `contact_root` view. The survivor may take field values from the contacts it absorbs;
//! what it held before is saved in `merge.survivor_before` so an unmerge puts it back.
//!
//! # What `merge.survivor_before` holds
//!
//! A JSON object, the same on every merge row of one plan (one survivor absorbing one or
//! more contacts at once):
//! - `before`: every stored column of the survivor just before the plan (external_ref to
//!   updated_at, extra and consent included), as text or null;
//! - `plan`: the id of the plan's first merge row, which ties the rows of a plan together;
//! - `changes`: what the plan wrote to the survivor, each `{column, after, sources}`, where
//!   `sources` are the merge rows whose absorbed contact supplied the value (all rows of the
//!   plan when no single contact did, and for `updated_at`).
//!
//! # Undo rule
//!
//! A change is in force while any of its sources is. Undoing merge rows turns off the
//! changes whose sources are then all undone: each goes back to the plan's `before` value,
//! unless a later plan still in force on the same survivor changed that column too (then
//! that later plan's `before` is corrected instead, so undoing it later lands on the right
//! value), or the value was edited since (the edit is kept). When every merge on a survivor
//! is undone, in any order, the survivor is again exactly what it was. See docs/decisions.md.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::refusal::Refusal;
use super::writes::audit;
use super::{Result, Store, StoreError, now_text};
use crate::model::{ContactField, DecidedBy, DedupContact, MergePlan};

/// One merge as the history lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MergeRow {
    /// The merge's number (what `clientele unmerge` takes).
    pub id: i64,
    /// The contact that stayed.
    pub survivor_id: i64,
    /// Its name as it is now (first and last name, else the company).
    pub survivor_name: String,
    /// The contact that was absorbed.
    pub absorbed_id: i64,
    /// Its name.
    pub absorbed_name: String,
    /// The match probability, when detection proposed the merge.
    pub score: Option<f64>,
    /// Who decided.
    pub decided_by: DecidedBy,
    /// When it was merged.
    pub merged_at: String,
    /// When it was undone, if it was.
    pub undone_at: Option<String>,
}

/// The contact columns a merge saves and can restore: everything but the id, the batch,
/// `merged_into` and `erased_at`, which merges do not change.
pub(super) const SNAPSHOT_COLUMNS: [&str; 20] = [
    "external_ref",
    "first_name",
    "last_name",
    "company",
    "email",
    "phone",
    "street",
    "street2",
    "city",
    "postcode",
    "region",
    "country",
    "birth_date",
    "gender",
    "language",
    "marketing_consent",
    "consent_date",
    "extra",
    "created_at",
    "updated_at",
];

/// A contact's stored values by column.
type Values = BTreeMap<String, Option<String>>;

/// One value a plan wrote to its survivor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Change {
    column: String,
    after: Option<String>,
    /// The merge rows that supplied it; the change is in force while any of them is.
    sources: Vec<i64>,
}

/// What `merge.survivor_before` holds (see the module documentation).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Saved {
    before: Values,
    plan: i64,
    changes: Vec<Change>,
}

/// A contact as a merge checks it.
struct ContactState {
    merged_into: Option<i64>,
    erased_at: Option<String>,
}

impl Store {
    /// Merges `plan.absorbed` into `plan.survivor` in one transaction and returns the new
    /// merge ids, one per absorbed contact. Refused, with nothing written, when a contact
    /// does not exist, is erased or already absorbed, or when the survivor is among the
    /// absorbed. Sales are never touched; the customers' figures are refreshed.
    pub fn merge(&mut self, plan: &MergePlan) -> Result<Vec<i64>> {
        let mut ids = self.merge_many(std::slice::from_ref(plan), &mut |_, _| true)?;
        Ok(ids.pop().unwrap_or_default())
    }

    /// Applies many plans in one transaction (automatic merging of thousands of clusters).
    /// Each plan is checked against the contacts as the plans before it left them, so a
    /// contact cannot be absorbed twice. `progress(done, total)` is called now and then;
    /// when it returns false everything is rolled back and [`StoreError::Cancelled`] is
    /// returned. A plan that cannot be applied rolls everything back too, with an error
    /// naming it. Returns the merge ids of each plan, in order.
    pub fn merge_many(
        &mut self,
        plans: &[MergePlan],
        progress: &mut dyn FnMut(u64, u64) -> bool,
    ) -> Result<Vec<Vec<i64>>> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            let total = plans.len() as u64;
            let mut next_id: i64 =
                tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM merge", [], |r| {
                    r.get(0)
                })?;
            let now = now_text();
            let mut touched = BTreeSet::new();
            let mut all = Vec::with_capacity(plans.len());
            for (i, plan) in plans.iter().enumerate() {
                if i % 256 == 0 && !progress(i as u64, total) {
                    return Err(StoreError::Cancelled);
                }
                let ids = apply_plan(&tx, plan, next_id, &now).map_err(|e| match e {
                    StoreError::NotFound(why) | StoreError::Invalid(why) if plans.len() > 1 => {
                        StoreError::Invalid(Refusal::InPlan {
                            index: i + 1,
                            of: plans.len(),
                            survivor: plan.survivor,
                            cause: Box::new(why),
                        })
                    }
                    other => other,
                })?;
                next_id += ids.len() as i64;
                touched.insert(plan.survivor);
                touched.extend(plan.absorbed.iter().copied());
                all.push(ids);
            }
            refresh_roots(&tx, &touched)?;
            if !progress(total, total) {
                return Err(StoreError::Cancelled);
            }
            tx.commit()?;
            tracing::debug!("write transaction committed");
            Ok(all)
        })
    }

    /// Undoes merges, in the order their dependencies need (the latest first), in one
    /// transaction. The absorbed contact becomes a customer of its own again and the
    /// survivor gets back the values it had (see the module documentation for the rule).
    /// A merge whose survivor was later absorbed by a merge that is still in force and not
    /// in `merge_ids` is refused, naming that merge. Returns the merges undone, in the order
    /// they were undone.
    pub fn unmerge(&mut self, merge_ids: &[i64]) -> Result<Vec<MergeRow>> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            let mut ids: Vec<i64> = merge_ids.to_vec();
            ids.sort_unstable();
            ids.dedup();
            if ids.is_empty() {
                return Err(StoreError::Invalid(Refusal::NoMergeGiven));
            }
            for &id in &ids {
                let undone: Option<Option<String>> = tx
                    .query_row("SELECT undone_at FROM merge WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })
                    .optional()?;
                match undone {
                    None => {
                        return Err(StoreError::NotFound(Refusal::NoMerge { id }));
                    }
                    Some(Some(at)) => {
                        return Err(StoreError::Invalid(Refusal::MergeUndone { id, at }));
                    }
                    Some(None) => {}
                }
            }
            // A merge that blocks another (it absorbed the other's survivor) always came
            // later, so undoing the newest first satisfies every dependency inside the list.
            let now = now_text();
            let mut touched = BTreeSet::new();
            for &id in ids.iter().rev() {
                let (survivor, absorbed) = undo_one(&tx, id, &now, &ids)?;
                touched.insert(survivor);
                touched.insert(absorbed);
            }
            refresh_roots(&tx, &touched)?;
            let mut done = Vec::with_capacity(ids.len());
            for &id in ids.iter().rev() {
                done.push(tx.query_row(
                    &format!("{MERGE_SELECT} WHERE m.id = ?1"),
                    [id],
                    merge_row,
                )?);
            }
            tx.commit()?;
            Ok(done)
        })
    }

    /// Every merge, newest first, with the contacts' names as they are now.
    pub fn merges(&self) -> Result<Vec<MergeRow>> {
        self.map_busy(|s| {
            let mut stmt = s
                .conn
                .prepare(&format!("{MERGE_SELECT} ORDER BY m.id DESC"))?;
            let rows = stmt.query_map([], merge_row)?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Records that two contacts are different people, so detection never proposes them
    /// again. Declaring a pair twice is not an error.
    pub fn add_not_duplicate(&mut self, a: i64, b: i64) -> Result<()> {
        let (a, b) = ordered_pair(a, b)?;
        self.map_busy(|s| {
            let tx = s.immediate()?;
            for id in [a, b] {
                if contact_state(&tx, id)?.is_none() {
                    return Err(no_contact(id));
                }
            }
            let added = tx.execute(
                "INSERT OR IGNORE INTO not_duplicate (contact_a, contact_b, decided_at)
                 VALUES (?1, ?2, ?3)",
                params![a, b, now_text()],
            )?;
            if added > 0 {
                audit(
                    &tx,
                    "not-duplicate",
                    &json!({ "contact_a": a, "contact_b": b }),
                )?;
            }
            tx.commit()?;
            Ok(())
        })
    }

    /// Forgets that two contacts were declared different people; returns whether the pair
    /// was recorded.
    pub fn remove_not_duplicate(&mut self, a: i64, b: i64) -> Result<bool> {
        let (a, b) = ordered_pair(a, b)?;
        self.map_busy(|s| {
            let tx = s.immediate()?;
            let removed = tx.execute(
                "DELETE FROM not_duplicate WHERE contact_a = ?1 AND contact_b = ?2",
                params![a, b],
            )?;
            if removed > 0 {
                audit(
                    &tx,
                    "not-duplicate-removed",
                    &json!({ "contact_a": a, "contact_b": b }),
                )?;
            }
            tx.commit()?;
            Ok(removed > 0)
        })
    }

    /// Every pair declared different people, the lower id first.
    pub fn not_duplicates(&self) -> Result<HashSet<(i64, i64)>> {
        self.map_busy(|s| {
            let mut stmt = s
                .conn
                .prepare("SELECT contact_a, contact_b FROM not_duplicate")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<HashSet<_>>>()?)
        })
    }

    /// Every customer duplicate detection may compare: root contacts (not absorbed, not
    /// erased), by id, with their identifying fields as stored.
    pub fn dedup_contacts(&self) -> Result<Vec<DedupContact>> {
        self.map_busy(|s| {
            let count: i64 = s.conn.query_row(
                "SELECT COUNT(*) FROM contact WHERE merged_into IS NULL AND erased_at IS NULL",
                [],
                |r| r.get(0),
            )?;
            let mut stmt = s.conn.prepare(&format!(
                "{DEDUP_SELECT} WHERE merged_into IS NULL AND erased_at IS NULL ORDER BY id"
            ))?;
            let mut out = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                out.push(dedup_contact(r)?);
            }
            Ok(out)
        })
    }

    /// The same fields for the given contacts, whatever their state (absorbed and erased
    /// ones included), by id; ids that do not exist are left out. For building the plan of
    /// a merge the owner asked for.
    pub fn dedup_contacts_by_id(&self, ids: &[i64]) -> Result<Vec<DedupContact>> {
        self.map_busy(|s| {
            let mut stmt = s
                .conn
                .prepare_cached(&format!("{DEDUP_SELECT} WHERE id = ?1"))?;
            let mut out = Vec::with_capacity(ids.len());
            let mut seen = HashSet::new();
            for &id in ids {
                if seen.insert(id)
                    && let Some(c) = stmt.query_row([id], dedup_contact).optional()?
                {
                    out.push(c);
                }
            }
            out.sort_by_key(|c| c.id);
            Ok(out)
        })
    }
}

const DEDUP_SELECT: &str = "SELECT id, external_ref, first_name, last_name, company, email, phone,
        street, street2, city, postcode, region, country, birth_date, gender, updated_at
    FROM contact";

fn dedup_contact(r: &rusqlite::Row<'_>) -> rusqlite::Result<DedupContact> {
    Ok(DedupContact {
        id: r.get(0)?,
        external_ref: r.get(1)?,
        first_name: r.get(2)?,
        last_name: r.get(3)?,
        company: r.get(4)?,
        email: r.get(5)?,
        phone: r.get(6)?,
        street: r.get(7)?,
        street2: r.get(8)?,
        city: r.get(9)?,
        postcode: r.get(10)?,
        region: r.get(11)?,
        country: r.get(12)?,
        birth_date: r.get(13)?,
        gender: r.get(14)?,
        updated_at: r.get(15)?,
    })
}

const MERGE_SELECT: &str = "SELECT m.id, m.survivor_id,
        (SELECT COALESCE(c.first_name, '') || char(31) || COALESCE(c.last_name, '') || char(31) || COALESCE(c.company, '')
         FROM contact AS c WHERE c.id = m.survivor_id),
        m.absorbed_id,
        (SELECT COALESCE(c.first_name, '') || char(31) || COALESCE(c.last_name, '') || char(31) || COALESCE(c.company, '')
         FROM contact AS c WHERE c.id = m.absorbed_id),
        m.score, m.decided_by, m.merged_at, m.undone_at
    FROM merge AS m";

fn merge_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MergeRow> {
    let decided: String = r.get(6)?;
    Ok(MergeRow {
        id: r.get(0)?,
        survivor_id: r.get(1)?,
        survivor_name: merged_name(r.get::<_, Option<String>>(2)?),
        absorbed_id: r.get(3)?,
        absorbed_name: merged_name(r.get::<_, Option<String>>(4)?),
        score: r.get(5)?,
        decided_by: DecidedBy::parse(&decided),
        merged_at: r.get(7)?,
        undone_at: r.get(8)?,
    })
}

/// A name from "first\u{1f}last\u{1f}company": the person's name, else the company's.
fn merged_name(parts: Option<String>) -> String {
    let parts = parts.unwrap_or_default();
    let mut it = parts.split('\u{1f}');
    let (first, last, company) = (
        it.next().unwrap_or_default(),
        it.next().unwrap_or_default(),
        it.next().unwrap_or_default(),
    );
    let name = crate::model::person_name(first, last);
    if name.is_empty() {
        company.to_string()
    } else {
        name
    }
}

fn ordered_pair(a: i64, b: i64) -> Result<(i64, i64)> {
    match a.cmp(&b) {
        std::cmp::Ordering::Less => Ok((a, b)),
        std::cmp::Ordering::Greater => Ok((b, a)),
        std::cmp::Ordering::Equal => Err(StoreError::Invalid(Refusal::SamePerson { id: a })),
    }
}

fn no_contact(id: i64) -> StoreError {
    StoreError::NotFound(Refusal::NoCustomer { id })
}

fn contact_state(tx: &Transaction<'_>, id: i64) -> Result<Option<ContactState>> {
    Ok(tx
        .prepare_cached("SELECT merged_into, erased_at FROM contact WHERE id = ?1")?
        .query_row([id], |r| {
            Ok(ContactState {
                merged_into: r.get(0)?,
                erased_at: r.get(1)?,
            })
        })
        .optional()?)
}

/// Checks that a contact exists and is a customer of its own (not erased, not absorbed).
fn check_mergeable(tx: &Transaction<'_>, id: i64) -> Result<()> {
    let Some(state) = contact_state(tx, id)? else {
        return Err(no_contact(id));
    };
    if let Some(at) = state.erased_at {
        return Err(StoreError::Invalid(Refusal::Erased { id, at }));
    }
    if let Some(root) = state.merged_into {
        let merge: Option<i64> = tx
            .prepare_cached(
                "SELECT id FROM merge WHERE absorbed_id = ?1 AND undone_at IS NULL
                 ORDER BY id DESC LIMIT 1",
            )?
            .query_row([id], |r| r.get(0))
            .optional()?;
        return Err(StoreError::Invalid(Refusal::AlreadyMerged {
            id,
            root,
            merge,
        }));
    }
    Ok(())
}

fn snapshot(tx: &Transaction<'_>, id: i64) -> Result<Values> {
    let sql = format!(
        "SELECT {} FROM contact WHERE id = ?1",
        SNAPSHOT_COLUMNS.join(", ")
    );
    let mut stmt = tx.prepare_cached(&sql)?;
    let values = stmt
        .query_row([id], |r| {
            let mut v = Values::new();
            for (i, column) in SNAPSHOT_COLUMNS.iter().enumerate() {
                v.insert((*column).to_string(), r.get::<_, Option<String>>(i)?);
            }
            Ok(v)
        })
        .optional()?;
    values.ok_or_else(|| no_contact(id))
}

/// Writes the given columns of a contact. Column names come from [`SNAPSHOT_COLUMNS`]
/// only, never from outside.
fn write_columns(tx: &Transaction<'_>, id: i64, values: &Values) -> Result<()> {
    if values.is_empty() {
        return Ok(());
    }
    let mut assignments = Vec::with_capacity(values.len());
    for (i, column) in values.keys().enumerate() {
        if !SNAPSHOT_COLUMNS.contains(&column.as_str()) {
            return Err(StoreError::Invalid(Refusal::UnknownMergeField {
                column: column.to_string(),
            }));
        }
        assignments.push(format!("{column} = ?{}", i + 2));
    }
    let sql = format!(
        "UPDATE contact SET {} WHERE id = ?1",
        assignments.join(", ")
    );
    let mut params: Vec<&dyn rusqlite::ToSql> = vec![&id];
    params.extend(values.values().map(|v| v as &dyn rusqlite::ToSql));
    tx.prepare(&sql)?.execute(params.as_slice())?;
    Ok(())
}

/// Checks one plan against the database as it is now, writes its merge rows (ids from
/// `first_id` on), the absorbed contacts' `merged_into`, the survivor's new values and
/// the audit lines. The caller refreshes the figures and commits.
fn apply_plan(
    tx: &Transaction<'_>,
    plan: &MergePlan,
    first_id: i64,
    now: &str,
) -> Result<Vec<i64>> {
    let survivor = plan.survivor;
    if plan.absorbed.is_empty() {
        return Err(StoreError::Invalid(Refusal::NothingToMerge { survivor }));
    }
    check_mergeable(tx, survivor)?;
    let mut seen = HashSet::new();
    for &id in &plan.absorbed {
        if id == survivor {
            return Err(StoreError::Invalid(Refusal::IntoItself { id }));
        }
        if !seen.insert(id) {
            return Err(StoreError::Invalid(Refusal::ListedTwice { id }));
        }
        check_mergeable(tx, id)?;
    }
    let before = snapshot(tx, survivor)?;
    let absorbed: Vec<(i64, Values)> = plan
        .absorbed
        .iter()
        .map(|&id| Ok((id, snapshot(tx, id)?)))
        .collect::<Result<_>>()?;
    let merge_ids: Vec<i64> = (0..plan.absorbed.len() as i64)
        .map(|i| first_id + i)
        .collect();

    // The values the plan writes, and who supplied each.
    let mut changes: Vec<Change> = Vec::new();
    let mut chosen: BTreeMap<ContactField, Option<String>> = BTreeMap::new();
    for (field, value) in &plan.fields {
        chosen.insert(*field, value.clone());
    }
    for (field, value) in chosen {
        let column = field.column();
        // A value one of the contacts holds is taken as stored (imports keep odd values);
        // anything else is checked like a value typed by hand.
        let held_by_someone = before.get(column) == Some(&value)
            || absorbed.iter().any(|(_, v)| v.get(column) == Some(&value));
        let value = if held_by_someone {
            value
        } else {
            field.normalise(value.as_deref())?
        };
        if before.get(column) == Some(&value) {
            continue;
        }
        let sources: Vec<i64> = absorbed
            .iter()
            .zip(&merge_ids)
            .filter(|((_, v), _)| v.get(column) == Some(&value))
            .map(|(_, id)| *id)
            .collect();
        let sources = if sources.is_empty() {
            merge_ids.clone()
        } else {
            sources
        };
        if field == ContactField::MarketingConsent {
            // The answer's date goes with the answer.
            let date = absorbed
                .iter()
                .find(|(_, v)| v.get(column) == Some(&value))
                .map(|(_, v)| v.get("consent_date").cloned().unwrap_or_default());
            if let Some(date) = date
                && before.get("consent_date") != Some(&date)
            {
                changes.push(Change {
                    column: "consent_date".into(),
                    after: date,
                    sources: sources.clone(),
                });
            }
        }
        changes.push(Change {
            column: column.to_string(),
            after: value,
            sources,
        });
    }
    if !changes.is_empty() {
        changes.push(Change {
            column: "updated_at".into(),
            after: Some(now.to_string()),
            sources: merge_ids.clone(),
        });
    }
    let saved = Saved {
        before,
        plan: first_id,
        changes,
    };
    let saved_text = serde_json::to_string(&saved)?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO merge (id, survivor_id, absorbed_id, survivor_before, score, decided_by,
             merged_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut absorb = tx.prepare_cached("UPDATE contact SET merged_into = ?1 WHERE id = ?2")?;
    for (&merge_id, &absorbed_id) in merge_ids.iter().zip(&plan.absorbed) {
        insert.execute(params![
            merge_id,
            survivor,
            absorbed_id,
            saved_text,
            plan.score,
            plan.decided_by.as_str(),
            now
        ])?;
        absorb.execute(params![survivor, absorbed_id])?;
        let fields: Vec<&str> = saved
            .changes
            .iter()
            .filter(|c| c.sources.contains(&merge_id) && c.column != "updated_at")
            .map(|c| c.column.as_str())
            .collect();
        audit(
            tx,
            "merge",
            &json!({
                "merge_id": merge_id,
                "survivor_id": survivor,
                "absorbed_id": absorbed_id,
                "score": plan.score,
                "decided_by": plan.decided_by.as_str(),
                "fields": fields,
            }),
        )?;
    }
    let after: Values = saved
        .changes
        .iter()
        .map(|c| (c.column.clone(), c.after.clone()))
        .collect();
    write_columns(tx, survivor, &after)?;
    Ok(merge_ids)
}

/// A plan on a survivor with merge rows still in force, as an unmerge needs it.
struct ActivePlan {
    plan: i64,
    saved: Saved,
    /// Its merge rows still in force.
    active_rows: Vec<i64>,
}

impl ActivePlan {
    /// Whether a change of this plan to `column` is still in force.
    fn changes_column(&self, column: &str) -> bool {
        self.saved
            .changes
            .iter()
            .any(|c| c.column == column && c.sources.iter().any(|s| self.active_rows.contains(s)))
    }
}

/// Undoes one merge row (the caller has checked it exists and is in force). `batch` is
/// every merge of the same call, for the message when another merge must go first.
/// Returns (survivor, absorbed).
fn undo_one(tx: &Transaction<'_>, merge_id: i64, now: &str, batch: &[i64]) -> Result<(i64, i64)> {
    let (survivor, absorbed, saved_text): (i64, i64, String) = tx.query_row(
        "SELECT survivor_id, absorbed_id, survivor_before FROM merge WHERE id = ?1",
        [merge_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let state = contact_state(tx, survivor)?.ok_or_else(|| no_contact(survivor))?;
    if let Some(root) = state.merged_into {
        let later: Option<i64> = tx
            .query_row(
                "SELECT id FROM merge WHERE absorbed_id = ?1 AND undone_at IS NULL
                 ORDER BY id DESC LIMIT 1",
                [survivor],
                |r| r.get(0),
            )
            .optional()?;
        let refusal = match later {
            Some(later) => {
                let mut together = batch.to_vec();
                together.push(later);
                Refusal::UndoLaterFirst {
                    merge: merge_id,
                    later,
                    survivor,
                    root,
                    together,
                }
            }
            None => Refusal::SurvivorMerged {
                merge: merge_id,
                survivor,
                root,
            },
        };
        return Err(StoreError::Invalid(refusal));
    }
    let saved: Saved = serde_json::from_str(&saved_text)?;
    tx.execute(
        "UPDATE merge SET undone_at = ?1 WHERE id = ?2",
        params![now, merge_id],
    )?;
    tx.execute(
        "UPDATE contact SET merged_into = NULL WHERE id = ?1 AND merged_into = ?2",
        params![absorbed, survivor],
    )?;

    // Every plan on this survivor with rows still in force, oldest first (this one
    // included while other rows of it remain).
    let plans = active_plans(tx, survivor)?;
    let still_active = |id: i64| plans.iter().any(|p| p.active_rows.contains(&id));
    // Changes that this undo turns off: they named this merge and none of their other
    // sources is still in force.
    let turned_off: Vec<&Change> = saved
        .changes
        .iter()
        .filter(|c| c.sources.contains(&merge_id) && !c.sources.iter().any(|&s| still_active(s)))
        .collect();

    let mut later: Vec<ActivePlan> = plans.into_iter().filter(|p| p.plan > saved.plan).collect();
    let mut current = snapshot(tx, survivor)?;
    let mut current_changed = Values::new();
    let mut later_changed = vec![false; later.len()];
    for change in &turned_off {
        let Some(before) = saved.before.get(&change.column) else {
            continue;
        };
        let mut superseded = false;
        for (i, plan) in later.iter_mut().enumerate() {
            // What this later plan saved as "before" came from this change unless a plan
            // in between changed the column; correct it so that undoing it lands right.
            let slot = plan.saved.before.get_mut(&change.column);
            if let Some(slot) = slot
                && *slot == change.after
            {
                *slot = before.clone();
                later_changed[i] = true;
            }
            if plan.changes_column(&change.column) {
                superseded = true;
                break;
            }
        }
        if superseded {
            continue;
        }
        // Put the value back unless it was edited since.
        if current.get(&change.column) == Some(&change.after) {
            current.insert(change.column.clone(), before.clone());
            current_changed.insert(change.column.clone(), before.clone());
        }
    }
    write_columns(tx, survivor, &current_changed)?;
    for (plan, changed) in later.iter().zip(later_changed) {
        if changed {
            let text = serde_json::to_string(&plan.saved)?;
            let mut stmt =
                tx.prepare_cached("UPDATE merge SET survivor_before = ?1 WHERE id = ?2")?;
            for id in &plan.active_rows {
                stmt.execute(params![text, id])?;
            }
        }
    }
    audit(
        tx,
        "unmerge",
        &json!({
            "merge_id": merge_id,
            "survivor_id": survivor,
            "absorbed_id": absorbed,
            "fields_restored": current_changed.keys().filter(|c| *c != "updated_at").collect::<Vec<_>>(),
        }),
    )?;
    Ok((survivor, absorbed))
}

/// The plans on a survivor that still have merge rows in force, oldest first.
fn active_plans(tx: &Transaction<'_>, survivor: i64) -> Result<Vec<ActivePlan>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, survivor_before FROM merge
         WHERE survivor_id = ?1 AND undone_at IS NULL ORDER BY id",
    )?;
    let rows = stmt
        .query_map([survivor], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut plans: Vec<ActivePlan> = Vec::new();
    for (id, text) in rows {
        let saved: Saved = serde_json::from_str(&text)?;
        match plans.iter_mut().find(|p| p.plan == saved.plan) {
            Some(p) => p.active_rows.push(id),
            None => plans.push(ActivePlan {
                plan: saved.plan,
                saved,
                active_rows: vec![id],
            }),
        }
    }
    plans.sort_by_key(|p| p.plan);
    Ok(plans)
}

/// Recomputes the figures of the given contacts that are root customers now, and drops
/// the figures of those that are not (absorbed, or without sales). Walks down from each
/// root only, so a merge of two customers reads their sale lines, not the whole shop's.
fn refresh_roots(tx: &Transaction<'_>, ids: &BTreeSet<i64>) -> Result<()> {
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS merge_touched (id INTEGER PRIMARY KEY);
         DELETE FROM temp.merge_touched;",
    )?;
    {
        let mut stmt = tx.prepare_cached("INSERT OR IGNORE INTO temp.merge_touched VALUES (?1)")?;
        for id in ids {
            stmt.execute([id])?;
        }
    }
    tx.execute_batch(&format!(
        "DELETE FROM customer_summary WHERE customer_id IN (SELECT id FROM temp.merge_touched);
         {}
         DELETE FROM temp.merge_touched;",
        super::writes::summary_insert_after(
            "WITH RECURSIVE tree (contact_id, root_id) AS (
                 SELECT c.id, c.id FROM contact AS c
                 WHERE c.id IN (SELECT id FROM temp.merge_touched) AND c.merged_into IS NULL
                 UNION ALL
                 SELECT c.id, tree.root_id FROM contact AS c
                 JOIN tree ON c.merged_into = tree.contact_id
             ),",
            "tree AS r JOIN sale AS s ON s.contact_id = r.contact_id",
            ""
        )
    ))?;
    Ok(())
}
