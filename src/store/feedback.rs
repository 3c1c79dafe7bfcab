//! Feedback: writing pieces of feedback (from an import's batch or typed by the owner),
//! reading them back resolved to root customers, and marking complaints resolved.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde_json::json;

use super::batch::BatchWriter;
use super::reads::parse_date;
use super::refusal::Refusal;
use super::writes::{audit, json_text};
use super::{DATE_FORMAT, Result, Store, StoreError, now_text};
use crate::model::feedback::{
    FeedbackChannel, FeedbackContent, FeedbackFact, FeedbackFilter, FeedbackRow, FeedbackStatus,
    NewFeedback, Scale, Score,
};

const INSERT: &str = "INSERT INTO feedback (batch_id, contact_id, given_on, scale, score, text,
        channel, product, order_ref, status, extra)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

const SELECT: &str = "SELECT id, contact_id, given_on, scale, score, text, channel, product,
        order_ref, status, resolved_at, resolved_note, batch_id FROM feedback";

/// The columns the scores' figures read (see [`Store::feedback_scores`]).
const SELECT_SCORES: &str = "SELECT id, contact_id, given_on, scale, score, product FROM feedback";

fn insert(conn: &rusqlite::Connection, batch_id: Option<i64>, new: &NewFeedback) -> Result<i64> {
    let f = &new.content;
    conn.prepare_cached(INSERT)?.execute(params![
        batch_id,
        new.contact_id,
        f.date.format(DATE_FORMAT).to_string(),
        f.score.map(|s| s.scale().as_str()),
        f.score.map(|s| s.value()),
        f.text,
        f.channel.map(FeedbackChannel::as_str),
        f.product,
        f.order_ref,
        f.status.map(FeedbackStatus::as_str),
        json_text(&new.extra),
    ])?;
    Ok(conn.last_insert_rowid())
}

/// A stored score: both columns or neither; a value off its scale reads as none.
pub(super) fn score_of(scale: Option<String>, value: Option<i64>) -> Option<Score> {
    let scale = Scale::parse(&scale?)?;
    Score::new(scale, u8::try_from(value?).ok()?)
}

fn row_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<FeedbackRow> {
    let date: String = r.get(2)?;
    Ok(FeedbackRow {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        content: FeedbackContent {
            date: parse_date(&date).unwrap_or(NaiveDate::MIN),
            score: score_of(r.get(3)?, r.get(4)?),
            text: r.get(5)?,
            channel: r
                .get::<_, Option<String>>(6)?
                .as_deref()
                .and_then(FeedbackChannel::parse),
            product: r.get(7)?,
            order_ref: r.get(8)?,
            status: r
                .get::<_, Option<String>>(9)?
                .as_deref()
                .and_then(FeedbackStatus::parse),
        },
        resolved_at: r.get(10)?,
        resolved_note: r.get(11)?,
        batch_id: r.get(12)?,
    })
}

/// A piece of feedback as the scores' figures read it: no text, channel, status or language.
fn score_row_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<FeedbackFact> {
    let date: String = r.get(2)?;
    Ok(FeedbackFact {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        date: parse_date(&date).unwrap_or(NaiveDate::MIN),
        score: score_of(r.get(3)?, r.get(4)?),
        text: String::new(),
        channel: None,
        product: r.get(5)?,
        status: None,
        language: None,
    })
}

impl BatchWriter<'_> {
    /// Adds a piece of feedback to the batch; returns its id.
    pub fn add_feedback(&mut self, f: &NewFeedback) -> Result<i64> {
        let batch_id = self.batch_id();
        insert(self.tx(), Some(batch_id), f)
    }
}

/// Up to this many pieces of feedback, their customers' languages are looked up one by one
/// rather than read for every customer.
const FEW_PIECES: usize = 2_000;

impl Store {
    /// Adds a piece of feedback the owner typed (a phone complaint); returns its id.
    pub fn add_feedback(&self, f: &NewFeedback) -> Result<i64> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            let known: Option<i64> = tx
                .query_row(
                    "SELECT id FROM contact WHERE id = ?1 AND erased_at IS NULL",
                    [f.contact_id],
                    |r| r.get(0),
                )
                .optional()?;
            if known.is_none() {
                return Err(StoreError::NotFound(Refusal::NoCustomer {
                    id: f.contact_id,
                }));
            }
            let id = insert(&tx, None, f)?;
            audit(
                &tx,
                "add-feedback",
                &json!({ "feedback_id": id, "contact_id": f.contact_id }),
            )?;
            tx.commit()?;
            Ok(id)
        })
    }

    /// Adds pieces of feedback to batch `batch_id` (the demo shop's) in one transaction:
    /// each names its contact by its place among the batch's contacts, in the order they
    /// were written. Returns how many were written.
    pub fn add_batch_feedback(
        &self,
        batch_id: i64,
        feedback: &[(usize, FeedbackContent)],
    ) -> Result<usize> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            let ids: Vec<i64> = tx
                .prepare("SELECT id FROM contact WHERE batch_id = ?1 ORDER BY id")?
                .query_map([batch_id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for (index, content) in feedback {
                let Some(&contact_id) = ids.get(*index) else {
                    return Err(StoreError::NotFound(Refusal::NoCustomer {
                        id: i64::try_from(*index).unwrap_or(i64::MAX),
                    }));
                };
                let new = NewFeedback {
                    contact_id,
                    content: content.clone(),
                    extra: serde_json::Map::new(),
                };
                insert(&tx, Some(batch_id), &new)?;
            }
            tx.commit()?;
            Ok(feedback.len())
        })
    }

    /// The pieces of feedback `filter` asks for, each with its root customer, by day then
    /// id. Feedback of an import that was undone is gone with it.
    pub fn feedback(&self, filter: &FeedbackFilter) -> Result<Vec<FeedbackRow>> {
        self.feedback_where(SELECT, filter, row_of, |row| &mut row.customer_id)
    }

    /// The pieces `filter` asks for, as `select` (columns of `feedback`) and `read` read
    /// them, by day then id, each given its root customer through `customer`.
    fn feedback_where<T>(
        &self,
        select: &str,
        filter: &FeedbackFilter,
        read: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
        customer: fn(&mut T) -> &mut i64,
    ) -> Result<Vec<T>> {
        self.map_busy(|s| {
            let root = s.root_map_for_reads()?;
            // With a status, the condition names the column alone, so that SQLite reads
            // that status's pieces from its index (in day order) instead of every piece.
            let status = if filter.status.is_some() {
                "status = ?3"
            } else {
                "?3 IS NULL"
            };
            let mut stmt = s.conn.prepare(&format!(
                "{select} WHERE {status} AND (?1 IS NULL OR given_on >= ?1)
                   AND (?2 IS NULL OR given_on <= ?2) ORDER BY given_on, id"
            ))?;
            let rows = stmt.query_map(
                params![
                    filter.from.map(|d| d.format(DATE_FORMAT).to_string()),
                    filter.to.map(|d| d.format(DATE_FORMAT).to_string()),
                    filter.status.map(FeedbackStatus::as_str),
                ],
                read,
            )?;
            let mut out = Vec::new();
            for row in rows {
                let mut row = row?;
                let id = customer(&mut row);
                *id = root(*id);
                if filter.customer_id.is_none_or(|c| c == *id) {
                    out.push(row);
                }
            }
            Ok(out)
        })
    }

    /// The feedback `filter` asks for as the scores' figures read it (NPS, CSAT, stars,
    /// their groups and buying again): as [`Store::feedback_facts`] gives it, without the
    /// text, channel, status or language, which those figures do not look at.
    pub fn feedback_scores(&self, filter: &FeedbackFilter) -> Result<Vec<FeedbackFact>> {
        let mut facts =
            self.feedback_where(SELECT_SCORES, filter, score_row_of, |f| &mut f.customer_id)?;
        let live: std::collections::HashSet<i64> = self.map_busy(|s| {
            let mut stmt = s.conn.prepare(
                "SELECT id FROM contact WHERE merged_into IS NULL AND erased_at IS NULL",
            )?;
            let ids = stmt
                .query_map([], |r| r.get::<_, i64>(0))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(ids)
        })?;
        facts.retain(|f| live.contains(&f.customer_id));
        Ok(facts)
    }

    /// The feedback `filter` asks for as the analytics read it: root customers with the
    /// language of the customer (the root contact's), erased customers left out.
    pub fn feedback_facts(&self, filter: &FeedbackFilter) -> Result<Vec<FeedbackFact>> {
        self.feedback_facts_with(filter, FEW_PIECES)
    }

    /// [`Store::feedback_facts`], the customers looked up one by one up to `few` pieces.
    fn feedback_facts_with(
        &self,
        filter: &FeedbackFilter,
        few: usize,
    ) -> Result<Vec<FeedbackFact>> {
        let rows = self.feedback(filter)?;
        let languages = self.map_busy(|s| {
            // A few pieces (the open complaints the predictions look at, say): their
            // customers one by one; many: every customer in one pass.
            if rows.len() <= few {
                let mut stmt = s.conn.prepare_cached(
                    "SELECT language, erased_at IS NOT NULL FROM contact
                     WHERE id = ?1 AND merged_into IS NULL",
                )?;
                let mut pairs = std::collections::HashMap::new();
                for row in &rows {
                    if pairs.contains_key(&row.customer_id) {
                        continue;
                    }
                    let found = stmt
                        .query_row([row.customer_id], |r| {
                            Ok((r.get::<_, Option<String>>(0)?, r.get::<_, bool>(1)?))
                        })
                        .optional()?;
                    if let Some(found) = found {
                        pairs.insert(row.customer_id, found);
                    }
                }
                return Ok(pairs);
            }
            let mut stmt = s.conn.prepare(
                "SELECT id, language, erased_at IS NOT NULL FROM contact WHERE merged_into IS NULL",
            )?;
            let pairs = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        (r.get::<_, Option<String>>(1)?, r.get::<_, bool>(2)?),
                    ))
                })?
                .collect::<rusqlite::Result<std::collections::HashMap<_, _>>>()?;
            Ok(pairs)
        })?;
        Ok(rows
            .into_iter()
            .filter_map(|row| {
                let (language, erased) = languages.get(&row.customer_id)?;
                (!erased).then(|| FeedbackFact {
                    id: row.id,
                    customer_id: row.customer_id,
                    date: row.content.date,
                    score: row.content.score,
                    text: row.content.text,
                    channel: row.content.channel,
                    product: row.content.product,
                    status: row.content.status,
                    language: language.clone(),
                })
            })
            .collect())
    }

    /// Marks a piece of feedback resolved, with the owner's note; returns it as stored.
    pub fn resolve_feedback(&self, id: i64, note: &str) -> Result<FeedbackRow> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            let changed = tx.execute(
                "UPDATE feedback SET status = 'resolved', resolved_at = ?1, resolved_note = ?2
                 WHERE id = ?3",
                params![now_text(), note, id],
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound(Refusal::NoFeedback { id }));
            }
            audit(
                &tx,
                "resolve-feedback",
                &json!({ "feedback_id": id, "note": note }),
            )?;
            let row = tx.query_row(&format!("{SELECT} WHERE id = ?1"), [id], row_of)?;
            tx.commit()?;
            Ok(row)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NewContact;

    fn batch(kind: super::super::BatchKind) -> super::super::NewBatch {
        super::super::NewBatch {
            kind,
            file_name: Some("answers.csv".into()),
            file_sha256: None,
            sheet: None,
            options: json!({}),
            rows_read: 0,
            rows_rejected: 0,
            replace_existing: false,
        }
    }

    fn contact(store: &Store, email: &str) -> i64 {
        let mut writer = store
            .begin_batch(&batch(super::super::BatchKind::Contacts), false)
            .unwrap();
        let c = NewContact {
            email: Some(email.to_string()),
            ..NewContact::default()
        };
        let id = writer.add_contact(&c).unwrap();
        writer.finish(1, 1, 0).unwrap();
        id
    }

    fn piece(
        contact_id: i64,
        date: &str,
        nps: Option<u8>,
        status: Option<FeedbackStatus>,
    ) -> NewFeedback {
        NewFeedback {
            contact_id,
            content: FeedbackContent {
                date: date.parse().unwrap(),
                score: nps.and_then(|v| Score::new(Scale::Nps, v)),
                text: format!("said on {date}"),
                channel: Some(FeedbackChannel::Phone),
                product: None,
                order_ref: None,
                status,
            },
            extra: serde_json::Map::new(),
        }
    }

    /// Every piece of feedback is a line of the customer's contact history, with its text
    /// and score, on its day among the owner's notes; another customer's is not.
    #[test]
    fn feedback_is_in_the_contact_history() {
        use crate::store::ContactKind;
        let store = Store::open_in_memory().unwrap();
        let a = contact(&store, "a@example.com");
        let b = contact(&store, "b@example.com");
        store
            .add_feedback(&piece(a, "2024-03-01", Some(2), Some(FeedbackStatus::Open)))
            .unwrap();
        store
            .add_feedback(&piece(a, "2024-05-01", None, None))
            .unwrap();
        store
            .add_feedback(&piece(b, "2024-04-01", Some(10), None))
            .unwrap();
        store
            .add_contact_note(a, ContactKind::Call, None, "called about the delay")
            .unwrap();
        let history = store.contact_history(a).unwrap();
        let said: Vec<(&str, &str, Option<Score>)> = history
            .iter()
            .filter(|l| l.kind == ContactKind::Feedback)
            .map(|l| (l.at.as_str(), l.note.as_str(), l.score))
            .collect();
        assert_eq!(
            said,
            [
                ("2024-05-01", "said on 2024-05-01", None),
                (
                    "2024-03-01",
                    "said on 2024-03-01",
                    Score::new(Scale::Nps, 2)
                ),
            ]
        );
        // The note (written today) comes first, newest first.
        assert_eq!(history.len(), 3);
        assert_eq!(history[0].kind, ContactKind::Call);
        let theirs = store.contact_history(b).unwrap();
        assert_eq!(theirs.len(), 1);
        assert_eq!(theirs[0].score, Score::new(Scale::Nps, 10));
    }

    #[test]
    fn insert_list_filter_and_resolve() {
        let store = Store::open_in_memory().unwrap();
        let a = contact(&store, "a@example.com");
        let b = contact(&store, "b@example.com");
        let first = store
            .add_feedback(&piece(a, "2024-03-01", Some(2), Some(FeedbackStatus::Open)))
            .unwrap();
        store
            .add_feedback(&piece(b, "2024-04-01", Some(10), None))
            .unwrap();
        store
            .add_feedback(&piece(a, "2024-05-01", None, None))
            .unwrap();

        let all = store.feedback(&FeedbackFilter::default()).unwrap();
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].content.score, Score::new(Scale::Nps, 2));
        assert_eq!(all[2].content.score, None);
        assert_eq!(all[0].content.channel, Some(FeedbackChannel::Phone));

        let of_a = store
            .feedback(&FeedbackFilter {
                customer_id: Some(a),
                ..FeedbackFilter::default()
            })
            .unwrap();
        assert_eq!(
            of_a.iter()
                .map(|r| r.content.date.to_string())
                .collect::<Vec<_>>(),
            ["2024-03-01", "2024-05-01"]
        );
        let april = FeedbackFilter {
            from: Some("2024-04-01".parse().unwrap()),
            to: Some("2024-04-30".parse().unwrap()),
            ..FeedbackFilter::default()
        };
        assert_eq!(store.feedback(&april).unwrap().len(), 1);
        let open = FeedbackFilter {
            status: Some(FeedbackStatus::Open),
            ..FeedbackFilter::default()
        };
        assert_eq!(store.feedback(&open).unwrap().len(), 1);

        let resolved = store
            .resolve_feedback(first, "Called back, parcel resent")
            .unwrap();
        assert_eq!(resolved.content.status, Some(FeedbackStatus::Resolved));
        assert_eq!(
            resolved.resolved_note.as_deref(),
            Some("Called back, parcel resent")
        );
        assert!(store.feedback(&open).unwrap().is_empty());
        assert!(matches!(
            store.resolve_feedback(999, "x"),
            Err(StoreError::NotFound(Refusal::NoFeedback { id: 999 }))
        ));
        assert!(matches!(
            store.add_feedback(&piece(999, "2024-01-01", None, None)),
            Err(StoreError::NotFound(Refusal::NoCustomer { id: 999 }))
        ));
    }

    /// The customers of a few pieces looked up one by one give what reading every customer
    /// gives: their languages, and an erased customer's pieces left out.
    #[test]
    fn few_pieces_are_read_as_many_are() {
        let store = Store::open_in_memory().unwrap();
        let a = contact(&store, "a@example.com");
        let b = contact(&store, "b@example.com");
        let c = contact(&store, "c@example.com");
        for p in [
            piece(a, "2024-05-01", Some(2), Some(FeedbackStatus::Open)),
            piece(b, "2024-04-01", Some(9), None),
            piece(a, "2024-04-02", None, None),
            piece(c, "2024-03-01", Some(7), Some(FeedbackStatus::Open)),
        ] {
            store.add_feedback(&p).unwrap();
        }
        store
            .conn
            .execute_batch(&format!(
                "UPDATE contact SET language = 'fr' WHERE id = {a};
                 UPDATE contact SET erased_at = '2024-06-01 10:00:00' WHERE id = {c};"
            ))
            .unwrap();
        let open = FeedbackFilter {
            status: Some(FeedbackStatus::Open),
            ..FeedbackFilter::default()
        };
        for filter in [FeedbackFilter::default(), open] {
            let one_by_one = store.feedback_facts_with(&filter, usize::MAX).unwrap();
            let every = store.feedback_facts_with(&filter, 0).unwrap();
            assert_eq!(one_by_one, every);
            assert!(one_by_one.iter().all(|f| f.customer_id != c));
            assert!(
                one_by_one
                    .iter()
                    .any(|f| f.customer_id == a && f.language.as_deref() == Some("fr"))
            );
        }
    }

    /// The scores' read gives the facts' read without what the figures do not look at,
    /// the same pieces in the same order, with and without a period.
    #[test]
    fn the_scores_read_is_the_facts_read_without_the_words() {
        let store = Store::open_in_memory().unwrap();
        let a = contact(&store, "a@example.com");
        let b = contact(&store, "b@example.com");
        let mut about_tea = piece(b, "2024-04-01", Some(10), None);
        about_tea.content.product = Some("Tea".into());
        for p in [
            piece(a, "2024-05-01", Some(2), Some(FeedbackStatus::Open)),
            about_tea,
            piece(a, "2024-04-01", None, None),
            piece(b, "2024-03-01", Some(7), Some(FeedbackStatus::Resolved)),
        ] {
            store.add_feedback(&p).unwrap();
        }
        let april = FeedbackFilter {
            from: Some("2024-04-01".parse().unwrap()),
            ..FeedbackFilter::default()
        };
        for filter in [FeedbackFilter::default(), april] {
            let want: Vec<FeedbackFact> = store
                .feedback_facts(&filter)
                .unwrap()
                .into_iter()
                .map(|f| FeedbackFact {
                    text: String::new(),
                    channel: None,
                    status: None,
                    language: None,
                    ..f
                })
                .collect();
            assert!(!want.is_empty());
            assert_eq!(store.feedback_scores(&filter).unwrap(), want);
        }
    }

    #[test]
    fn a_feedback_batch_is_its_own_kind_and_undo_removes_it() {
        let store = Store::open_in_memory().unwrap();
        let mut writer = store
            .begin_batch(&batch(super::super::BatchKind::Feedback), false)
            .unwrap();
        let c = NewContact {
            email: Some("new@example.com".into()),
            ..NewContact::default()
        };
        let id = writer.add_contact(&c).unwrap();
        writer
            .add_feedback(&piece(id, "2024-02-02", Some(0), None))
            .unwrap();
        let batch_id = writer.finish(1, 1, 0).unwrap();
        assert_eq!(store.batches().unwrap()[0].kind, "feedback");
        // The migration widened the kinds: another word is still refused.
        let bogus = store.conn.execute(
            "INSERT INTO import_batch (kind, started_at) VALUES ('bogus', '2024-01-01')",
            [],
        );
        assert!(bogus.is_err());
        assert_eq!(store.feedback(&FeedbackFilter::default()).unwrap().len(), 1);
        let undone = store.undo_batch(batch_id).unwrap();
        assert_eq!(undone.contacts_removed, 1);
        assert!(
            store
                .feedback(&FeedbackFilter::default())
                .unwrap()
                .is_empty()
        );
    }
}
