//! Privacy: consent per channel with its history, erasing a customer for real, the ledger
//! of erased customers, everything held on one person (subject access), and backup copies.
//!
//! Erasing removes every personal value of a customer and of every contact merged into
//! them, from every table that can hold one, in one transaction; the sale lines stay on
//! the emptied contact rows (the anonymous "erased customer"), so the shop's figures do not
//! move. [`Store::shred`] then makes the bytes go from the file itself: secure delete, the
//! statistics tables emptied, the WAL truncated and the file rebuilt.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::refusal::Refusal;
use super::writes::audit;
use super::{DATE_FORMAT, Result, Store, StoreError, now_text};
use crate::model::Consent;

/// A way to reach a customer that needs their consent for marketing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// E-mail (also kept in `contact.marketing_consent`).
    Email,
    /// Text messages.
    Sms,
    /// Letters and catalogues.
    Post,
    /// Phone calls.
    Phone,
}

impl Channel {
    /// Every channel, in the order they are shown.
    pub const ALL: [Channel; 4] = [Channel::Email, Channel::Sms, Channel::Post, Channel::Phone];

    /// The word stored and typed on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Post => "post",
            Channel::Phone => "phone",
        }
    }

    fn parse(text: &str) -> Channel {
        match text {
            "sms" => Channel::Sms,
            "post" => Channel::Post,
            "phone" => Channel::Phone,
            _ => Channel::Email,
        }
    }
}

/// Who recorded a consent decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentSource {
    /// Held before consent had a history (carried over from the old single column).
    Earlier,
    /// An imported file.
    Import,
    /// The window.
    Window,
    /// The command line.
    CommandLine,
}

impl ConsentSource {
    fn as_str(self) -> &'static str {
        match self {
            ConsentSource::Earlier => "earlier",
            ConsentSource::Import => "import",
            ConsentSource::Window => "window",
            ConsentSource::CommandLine => "command_line",
        }
    }

    fn parse(text: &str) -> ConsentSource {
        match text {
            "import" => ConsentSource::Import,
            "window" => ConsentSource::Window,
            "command_line" => ConsentSource::CommandLine,
            _ => ConsentSource::Earlier,
        }
    }
}

/// One consent decision, as the history lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConsentEntry {
    /// The contact it was recorded on (the customer or one merged into it).
    pub contact_id: i64,
    /// The channel.
    pub channel: Channel,
    /// Yes, no or unknown.
    pub state: Consent,
    /// The day the customer decided (as the source said, else the day it was recorded).
    pub decided_on: String,
    /// Who recorded it.
    pub source: ConsentSource,
    /// The import it came from, for [`ConsentSource::Import`].
    pub batch_id: Option<i64>,
    /// When it was recorded.
    pub recorded_at: String,
}

/// A customer's consent now, per channel, with the day it was decided.
pub fn consent_now(history: &[ConsentEntry]) -> Vec<(Channel, Consent, Option<String>)> {
    Channel::ALL
        .iter()
        .map(|ch| {
            // The history is newest first.
            match history.iter().find(|e| e.channel == *ch) {
                Some(e) => (*ch, e.state, Some(e.decided_on.clone())),
                None => (*ch, Consent::Unknown, None),
            }
        })
        .collect()
}

/// Why customers are erased (recorded in the audit trail instead of anything about them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EraseReason {
    /// The person asked.
    OnRequest,
}

impl EraseReason {
    fn as_str(self) -> &'static str {
        match self {
            EraseReason::OnRequest => "on request",
        }
    }
}

/// What erasing some customers removes (a preview names it; an erase returns it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ErasureCounts {
    /// The customers erased.
    pub customers: Vec<i64>,
    /// Contact records emptied (the customers and the contacts merged into them).
    pub contacts: usize,
    /// Sale lines kept, now on the anonymous records.
    pub sale_lines: usize,
    /// Import problem rows holding their values, deleted.
    pub import_problems: usize,
    /// Merge snapshots emptied.
    pub merges: usize,
    /// "Not the same person" decisions forgotten.
    pub not_duplicates: usize,
    /// Audit lines whose personal values were removed.
    pub audit_lines: usize,
    /// Consent decisions deleted.
    pub consent_entries: usize,
    /// Contact history notes blanked (the lines stay, without the owner's words).
    pub contact_notes: usize,
}

/// Every contact column that can hold a personal value: what a merge saves, but the
/// consent answer and the dates of record-keeping.
fn personal_columns() -> impl Iterator<Item = &'static str> {
    super::merges::SNAPSHOT_COLUMNS
        .into_iter()
        .filter(|c| !matches!(*c, "marketing_consent" | "created_at" | "updated_at"))
}

fn is_personal(column: &str) -> bool {
    personal_columns().any(|c| c == column)
}

/// Texts shorter than this are not searched for elsewhere (a two-letter country or a
/// gender would match unrelated rows); the columns that hold them are emptied anyway.
const MIN_MARKER_CHARS: usize = 4;

/// The ledger's hash of a contact id: SHA-256 of a fixed prefix and the id, in hex.
pub fn ledger_hash(contact_id: i64) -> String {
    let mut h = Sha256::new();
    h.update(b"clientele-erasure:");
    h.update(contact_id.to_string().as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Records the e-mail consent that the contacts of an import batch came with (called by
/// the batch writer inside its transaction).
pub(super) fn record_batch_consent(tx: &Transaction<'_>, batch_id: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO consent (contact_id, channel, state, decided_on, source, batch_id, recorded_at)
         SELECT id, 'email', marketing_consent, COALESCE(consent_date, substr(created_at, 1, 10)),
                'import', batch_id, ?2
         FROM contact WHERE batch_id = ?1 AND marketing_consent <> 'unknown'",
        params![batch_id, now_text()],
    )?;
    Ok(())
}

/// Records an e-mail consent typed into the contact's fields (the old single field).
pub(super) fn record_email_consent(
    tx: &Transaction<'_>,
    contact_id: i64,
    state: Option<&str>,
    source: ConsentSource,
) -> Result<()> {
    let now = now_text();
    tx.execute(
        "INSERT INTO consent (contact_id, channel, state, decided_on, source, recorded_at)
         VALUES (?1, 'email', ?2, ?3, ?4, ?5)",
        params![
            contact_id,
            Consent::parse(state.unwrap_or_default()).as_str(),
            now.get(..10).unwrap_or_default(),
            source.as_str(),
            now
        ],
    )?;
    Ok(())
}

/// The consent history of a customer and the contacts merged into it, newest first.
pub(super) fn consent_history(conn: &Connection, customer_id: i64) -> Result<Vec<ConsentEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT k.contact_id, k.channel, k.state, k.decided_on, k.source, k.batch_id,
                k.recorded_at
         FROM consent AS k JOIN contact_root AS r ON r.contact_id = k.contact_id
         WHERE r.root_id = ?1
         ORDER BY k.id DESC",
    )?;
    let rows = stmt.query_map([customer_id], |r| {
        Ok(ConsentEntry {
            contact_id: r.get(0)?,
            channel: Channel::parse(&r.get::<_, String>(1)?),
            state: Consent::parse(&r.get::<_, String>(2)?),
            decided_on: r.get(3)?,
            source: ConsentSource::parse(&r.get::<_, String>(4)?),
            batch_id: r.get(5)?,
            recorded_at: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// Records a customer's consent on one channel (`on`: the day they decided, default
    /// today); audited without any personal value. E-mail consent is also written to the
    /// contact's `marketing_consent`, which lists and exports read.
    pub fn set_consent(
        &self,
        customer_id: i64,
        channel: Channel,
        state: Consent,
        source: ConsentSource,
        on: Option<NaiveDate>,
    ) -> Result<()> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            live_customer(&tx, customer_id)?;
            let now = now_text();
            let day = match on {
                Some(d) => d.format(DATE_FORMAT).to_string(),
                None => now.get(..10).unwrap_or_default().to_string(),
            };
            tx.execute(
                "INSERT INTO consent (contact_id, channel, state, decided_on, source, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    customer_id,
                    channel.as_str(),
                    state.as_str(),
                    day,
                    source.as_str(),
                    now
                ],
            )?;
            if channel == Channel::Email {
                tx.execute(
                    "UPDATE contact SET marketing_consent = ?1, consent_date = ?2, updated_at = ?3
                     WHERE id = ?4",
                    params![state.as_str(), day, now, customer_id],
                )?;
            }
            audit(
                &tx,
                "consent",
                &json!({
                    "contact_id": customer_id,
                    "channel": channel.as_str(),
                    "state": state.as_str(),
                    "source": source.as_str(),
                }),
            )?;
            tx.commit()?;
            Ok(())
        })
    }

    /// The consent history of a customer and of the contacts merged into it, newest first.
    pub fn consent_history(&self, customer_id: i64) -> Result<Vec<ConsentEntry>> {
        self.map_busy(|s| consent_history(&s.conn, customer_id))
    }

    /// What erasing `ids` would remove, without changing anything.
    pub fn erasure_preview(&self, ids: &[i64]) -> Result<ErasureCounts> {
        self.map_busy(|s| {
            let tx = s.immediate()?;
            let counts = erase_in(&tx, ids, None)?;
            // Rolled back when dropped: nothing changes.
            drop(tx);
            Ok(counts)
        })
    }

    /// Erases the customers `ids` (an id of a contact merged into another stands for its
    /// customer) and every contact merged into them, in one transaction: every personal
    /// value goes from every table, the sale lines stay on the emptied records, and the
    /// ledger keeps a hash of each contact id. `progress(done, total)` is called per
    /// customer; false cancels, with nothing changed. Call [`Store::shred`] afterwards.
    pub fn erase_customers(
        &self,
        ids: &[i64],
        reason: EraseReason,
        progress: &mut dyn FnMut(u64, u64) -> bool,
    ) -> Result<ErasureCounts> {
        self.map_busy(|s| {
            // Deleted and overwritten values are zeroed in their pages, not merely unlinked.
            s.conn.pragma_update(None, "secure_delete", true)?;
            let tx = s.immediate()?;
            let counts = erase_in(&tx, ids, Some((reason, progress)))?;
            tx.commit()?;
            tracing::debug!("write transaction committed");
            Ok(counts)
        })
    }

    /// Makes erased values leave the file's bytes: empties SQLite's statistics tables (whose
    /// samples copy index keys) and computes them again if they were there, moves the WAL
    /// into the file and truncates it, rebuilds the file with VACUUM, and truncates the WAL
    /// again. The database has no full-text index, so no FTS table needs its own deletion.
    pub fn shred(&self) -> Result<()> {
        self.map_busy(|s| {
            s.conn.pragma_update(None, "secure_delete", true)?;
            let stats: Vec<String> = rows(
                &s.conn,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sqlite_stat%'",
                [],
                |r| r.get(0),
            )?;
            for table in &stats {
                // The names come from sqlite_master and are SQLite's own.
                s.conn.execute(&format!("DELETE FROM \"{table}\""), [])?;
            }
            if !stats.is_empty() {
                s.conn.execute_batch("ANALYZE")?;
            }
            checkpoint(&s.conn)?;
            s.conn.execute_batch("VACUUM")?;
            checkpoint(&s.conn)?;
            Ok(())
        })
    }

    /// The hashes of every erased contact id.
    pub fn erasure_ledger(&self) -> Result<Vec<String>> {
        self.map_busy(|s| {
            rows(
                &s.conn,
                "SELECT id_hash FROM erasure_ledger ORDER BY id_hash",
                [],
                |r| r.get(0),
            )
        })
    }

    /// Erases again every contact whose id hash is in `ledger` and that still holds its
    /// values (a restored older copy); returns the customers erased. Call [`Store::shred`]
    /// afterwards.
    pub fn apply_erasure_ledger(&self, ledger: &[String]) -> Result<Vec<i64>> {
        let wanted: HashSet<&str> = ledger.iter().map(String::as_str).collect();
        let ids: Vec<i64> = self.map_busy(|s| {
            let pairs: Vec<(i64, i64)> = rows(
                &s.conn,
                "SELECT r.root_id, c.id FROM contact AS c
                 JOIN contact_root AS r ON r.contact_id = c.id
                 WHERE c.erased_at IS NULL",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let mut roots = BTreeSet::new();
            for (root, id) in pairs {
                if wanted.contains(ledger_hash(id).as_str()) {
                    roots.insert(root);
                }
            }
            Ok(roots.into_iter().collect())
        })?;
        if !ids.is_empty() {
            self.erase_customers(&ids, EraseReason::OnRequest, &mut |_, _| true)?;
        }
        Ok(ids)
    }

    /// The customers (not erased) one of whose records came from import `batch`.
    pub fn customers_of_batch(&self, batch: i64) -> Result<Vec<i64>> {
        self.map_busy(|s| {
            rows(
                &s.conn,
                "SELECT DISTINCT r.root_id FROM contact AS c
                 JOIN contact_root AS r ON r.contact_id = c.id
                 JOIN contact AS root ON root.id = r.root_id
                 WHERE c.batch_id = ?1 AND root.erased_at IS NULL
                 ORDER BY r.root_id",
                [batch],
                |r| r.get(0),
            )
        })
    }

    /// The customers (not erased) with no sale on or after `since`: their last sale is
    /// older, or they have none and were added before that day (a retention rule).
    pub fn customers_inactive_since(&self, since: NaiveDate) -> Result<Vec<i64>> {
        let day = since.format(DATE_FORMAT).to_string();
        self.map_busy(|s| {
            rows(
                &s.conn,
                "SELECT c.id FROM contact AS c
                 LEFT JOIN customer_summary AS k ON k.customer_id = c.id
                 WHERE c.merged_into IS NULL AND c.erased_at IS NULL
                   AND CASE WHEN k.customer_id IS NULL THEN substr(c.created_at, 1, 10) < ?1
                            ELSE substr(k.last_sale, 1, 10) < ?1 END
                 ORDER BY c.id",
                [&day],
                |r| r.get(0),
            )
        })
    }

    /// Copies the whole database into `dest` with SQLite's online backup API (readers and
    /// this connection carry on meanwhile). The copy is created readable by its owner only.
    /// It is written under a name of its own ([`partial_copy`]) and renamed to `dest` once
    /// whole, so that a copy stopped half-way (a kill, a full disk) is never taken for one;
    /// a copy that fails is removed.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        copy_database(&self.conn, self.key.as_ref(), dest)
    }

    /// Copies the backup copy `file` to `staging` (replaced if there) and opens that, with
    /// this database's passphrase, upgraded if an older Clientele made it: a restore makes
    /// its changes to the staged copy, then brings it in with one step.
    pub fn stage_copy(&self, file: &Path, staging: &Path) -> Result<Store> {
        let source = open_copy(file, self.key.as_ref())?;
        copy_database(&source, self.key.as_ref(), staging)?;
        drop(source);
        Store::open_with(staging, self.key.clone())
    }
}

/// Opens the copy `file` read-only, with the passphrase `key` (a copy of a locked file is
/// locked with it) or none when the database is plain.
fn open_copy(file: &Path, key: Option<&super::lock::Passphrase>) -> Result<Connection> {
    super::check_existing_keyed(file, key)?;
    let source = Connection::open_with_flags(
        file,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| super::cannot_open(file, &e))?;
    super::lock::apply_key(&source, key)?;
    Ok(source)
}

/// The name a copy has while it is written: `dest` with `.partial` added. It does not end
/// in `.db`, so the backups' list never shows it.
pub fn partial_copy(dest: &Path) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

/// Removes a database file and the journal, WAL and shared-memory files SQLite may have
/// left beside it; files that are not there are no error.
pub fn remove_database_files(file: &Path) {
    for end in ["", "-journal", "-wal", "-shm"] {
        let mut name = file.as_os_str().to_owned();
        name.push(end);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

/// A system error met while writing `path`: "the disk is full" when it is, else the
/// system's own words.
fn io_failure(path: &Path, e: &std::io::Error) -> StoreError {
    if e.kind() == std::io::ErrorKind::StorageFull {
        StoreError::DiskFull {
            path: path.to_path_buf(),
        }
    } else {
        StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: super::OpenFailure::System(e.to_string()),
        }
    }
}

/// Copies the database of `source` into `dest` through [`partial_copy`]: whole under
/// `dest`, or nothing there (a stale partial copy is replaced, a failed one removed).
fn copy_database(
    source: &Connection,
    key: Option<&super::lock::Passphrase>,
    dest: &Path,
) -> Result<()> {
    let partial = partial_copy(dest);
    remove_database_files(&partial);
    let result = write_copy(source, key, &partial).and_then(|()| {
        // The copy is whole on disk (SQLite synced it at its commit); the rename makes it
        // appear under its name in one step, replacing any older copy of the same name.
        std::fs::rename(&partial, dest).map_err(|e| io_failure(dest, &e))
    });
    if result.is_err() {
        remove_database_files(&partial);
    }
    result.map_err(|e| match e {
        // The message names the copy the owner knows, not its passing name.
        StoreError::DiskFull { .. } => StoreError::DiskFull {
            path: dest.to_path_buf(),
        },
        e => e,
    })
}

fn write_copy(
    source: &Connection,
    key: Option<&super::lock::Passphrase>,
    partial: &Path,
) -> Result<()> {
    super::create_private(partial).map_err(|e| io_failure(partial, &e))?;
    let sqlite = |e| super::plain_sqlite(e, partial);
    let mut target = Connection::open(partial).map_err(sqlite)?;
    // SQLCipher copies pages as they are: the copy of a locked file is locked with the
    // same passphrase, and its connection must hold the same key.
    super::lock::apply_key(&target, key)?;
    {
        let backup = rusqlite::backup::Backup::new(source, &mut target).map_err(sqlite)?;
        backup
            .run_to_completion(256, std::time::Duration::from_millis(0), None)
            .map_err(sqlite)?;
    }
    // A copy is one self-contained file, with no WAL beside it.
    target
        .pragma_update(None, "journal_mode", "delete")
        .map_err(sqlite)?;
    target.close().map_err(|(_, e)| sqlite(e))
}

impl Store {
    /// Puts the contents of the backup copy `file` in place of this database's, through
    /// SQLite's backup API (in one step: readers see the old or the new contents), then
    /// upgrades them if an older Clientele made the copy. The copy must be a Clientele
    /// database this build can open.
    pub fn restore_from(&mut self, file: &Path) -> Result<()> {
        // The copy opens with this database's passphrase (a copy of a locked file is locked
        // with it), or with none when this one is plain.
        let source = open_copy(file, self.key.as_ref())?;
        let path = self.path.clone();
        tracing::debug!("write transaction: the copy comes in");
        {
            let backup = rusqlite::backup::Backup::new(&source, &mut self.conn)
                .map_err(|e| super::plain_sqlite(e, &path))?;
            backup
                .run_to_completion(256, std::time::Duration::from_millis(0), None)
                .map_err(|e| super::plain_sqlite(e, &path))?;
        }
        tracing::debug!("write transaction committed: the copy is in");
        super::migrate::migrate(&self.conn, &path, None)
    }

    /// Leaves WAL mode, so that the file is whole by itself with no `-wal` or `-shm` beside
    /// it (a backup copy).
    pub fn leave_wal(&self) -> Result<()> {
        self.map_busy(|s| {
            s.conn
                .pragma_update_and_check(None, "journal_mode", "delete", |_| Ok(()))?;
            Ok(())
        })
    }

    /// The merges and the audit lines about a customer and the contacts merged into it,
    /// as JSON values (for a subject access export).
    pub fn subject_history(&self, customer_id: i64) -> Result<(Vec<Value>, Vec<Value>)> {
        self.map_busy(|s| {
            let members: HashSet<i64> = rows(
                &s.conn,
                "SELECT contact_id FROM contact_root WHERE root_id = ?1",
                [customer_id],
                |r| r.get(0),
            )?
            .into_iter()
            .collect();
            let mut merges = Vec::new();
            for (id, survivor, absorbed, saved) in merge_rows(&s.conn)? {
                if members.contains(&survivor) || members.contains(&absorbed) {
                    let (score, decided_by, merged_at, undone_at): (
                        Option<f64>,
                        String,
                        String,
                        Option<String>,
                    ) = s.conn.query_row(
                        "SELECT score, decided_by, merged_at, undone_at FROM merge WHERE id = ?1",
                        [id],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                    )?;
                    merges.push(json!({
                        "merge_id": id,
                        "survivor_id": survivor,
                        "absorbed_id": absorbed,
                        "saved": serde_json::from_str::<Value>(&saved).unwrap_or(Value::Null),
                        "score": score,
                        "decided_by": decided_by,
                        "merged_at": merged_at,
                        "undone_at": undone_at,
                    }));
                }
            }
            let lines: Vec<(String, String, String)> = rows(
                &s.conn,
                "SELECT at, action, detail FROM audit ORDER BY id",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            let mut audit = Vec::new();
            for (at, action, text) in lines {
                let detail: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                let about = [
                    "contact_id",
                    "customer_id",
                    "survivor_id",
                    "absorbed_id",
                    "contact_a",
                    "contact_b",
                ]
                .iter()
                .filter_map(|k| detail.get(k).and_then(Value::as_i64))
                .any(|id| members.contains(&id));
                if about {
                    audit.push(json!({ "at": at, "action": action, "detail": detail }));
                }
            }
            Ok((merges, audit))
        })
    }
}

/// Every row of `sql` with `params`, each read by `f`.
fn rows<T, P: rusqlite::Params>(
    conn: &Connection,
    sql: &str,
    params: P,
    f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let out = stmt
        .query_map(params, f)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(out)
}

/// Every merge row: id, survivor, absorbed and the saved snapshot.
fn merge_rows(conn: &Connection) -> Result<Vec<(i64, i64, i64, String)>> {
    rows(
        conn,
        "SELECT id, survivor_id, absorbed_id, survivor_before FROM merge ORDER BY id",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
}

/// Refuses a contact that does not exist, is erased, or was merged into another.
pub(super) fn live_customer(tx: &Transaction<'_>, id: i64) -> Result<()> {
    let state: Option<(Option<i64>, Option<String>)> = tx
        .query_row(
            "SELECT merged_into, erased_at FROM contact WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match state {
        None => Err(StoreError::NotFound(Refusal::NoCustomer { id })),
        Some((_, Some(at))) => Err(StoreError::Invalid(Refusal::Erased { id, at })),
        Some((Some(root), None)) => Err(StoreError::Invalid(Refusal::AlreadyMerged {
            id,
            root,
            merge: None,
        })),
        Some((None, None)) => Ok(()),
    }
}

fn checkpoint(conn: &Connection) -> Result<()> {
    // In rollback-journal mode (an in-memory database) there is no WAL: the pragma then
    // returns nothing worth reading.
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .optional()?;
    Ok(())
}

type EraseRun<'p> = (EraseReason, &'p mut dyn FnMut(u64, u64) -> bool);

/// Erases (or, with `run` `None`, only counts) inside `tx`.
fn erase_in(tx: &Transaction<'_>, ids: &[i64], run: Option<EraseRun<'_>>) -> Result<ErasureCounts> {
    // Each id stands for its customer (the root of its merge chain).
    let mut roots = BTreeSet::new();
    for id in ids {
        let root: Option<i64> = tx
            .query_row(
                "SELECT root_id FROM contact_root WHERE contact_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        match root {
            Some(root) => roots.insert(root),
            None => return Err(StoreError::NotFound(Refusal::NoCustomer { id: *id })),
        };
    }
    let mut counts = ErasureCounts {
        customers: roots.iter().copied().collect(),
        ..ErasureCounts::default()
    };
    let mut contacts: Vec<i64> = Vec::new();
    let mut groups: Vec<(i64, Vec<i64>)> = Vec::new();
    for root in &roots {
        let members: Vec<i64> = rows(
            tx,
            "SELECT contact_id FROM contact_root WHERE root_id = ?1",
            [root],
            |r| r.get(0),
        )?;
        contacts.extend(&members);
        groups.push((*root, members));
    }
    let set: HashSet<i64> = contacts.iter().copied().collect();
    counts.contacts = contacts.len();
    let markers = markers_of(tx, &contacts)?;
    let full_names = full_names_of(tx, &contacts)?;

    // Count (and, when erasing, change) table by table.
    for id in &contacts {
        let count = |sql: &str| -> Result<usize> {
            let n: i64 = tx.query_row(sql, [id], |r| r.get(0))?;
            Ok(usize::try_from(n).unwrap_or(0))
        };
        counts.sale_lines += count("SELECT COUNT(*) FROM sale WHERE contact_id = ?1")?;
        counts.consent_entries += count("SELECT COUNT(*) FROM consent WHERE contact_id = ?1")?;
        counts.contact_notes +=
            count("SELECT COUNT(*) FROM contact_history WHERE customer_id = ?1 AND note <> ''")?;
        counts.not_duplicates +=
            count("SELECT COUNT(*) FROM not_duplicate WHERE contact_a = ?1 OR contact_b = ?1")?;
    }
    let problems = problems_holding(tx, &markers, &full_names)?;
    counts.import_problems = problems.len();
    let merges = merges_touching(tx, &set, &markers)?;
    counts.merges = merges.len();
    let audits = audit_lines_touching(tx, &set, &markers)?;
    counts.audit_lines = audits.len();
    let Some((reason, progress)) = run else {
        return Ok(counts);
    };

    let now = now_text();
    let total = groups.len() as u64;
    for (done, (root, members)) in groups.iter().enumerate() {
        if !progress(done as u64, total) {
            return Err(StoreError::Cancelled);
        }
        for id in members {
            let sets: Vec<String> = personal_columns()
                .map(|c| match c {
                    "extra" => "extra = '{}'".to_string(),
                    c => format!("{c} = NULL"),
                })
                .collect();
            tx.execute(
                &format!(
                    "UPDATE contact SET {}, marketing_consent = 'unknown', erased_at = ?1,
                         updated_at = ?1
                     WHERE id = ?2",
                    sets.join(", ")
                ),
                params![now, id],
            )?;
            tx.execute("DELETE FROM consent WHERE contact_id = ?1", [id])?;
            tx.execute(
                "UPDATE contact_history SET note = '' WHERE customer_id = ?1 AND note <> ''",
                [id],
            )?;
            tx.execute(
                "DELETE FROM not_duplicate WHERE contact_a = ?1 OR contact_b = ?1",
                [id],
            )?;
            scrub_sales(tx, *id, &markers)?;
            tx.execute(
                "INSERT OR IGNORE INTO erasure_ledger (id_hash, erased_at) VALUES (?1, ?2)",
                params![ledger_hash(*id), now],
            )?;
        }
        audit(
            tx,
            "erase",
            &json!({
                "customer_id": root,
                "contacts": members.len(),
                "reason": reason.as_str(),
            }),
        )?;
    }
    for id in &problems {
        tx.execute("DELETE FROM import_error WHERE id = ?1", [id])?;
    }
    scrub_unowned_held(tx, &markers)?;
    for (id, text, theirs) in &merges {
        let cleaned = scrub_snapshot(text, *theirs, &markers);
        tx.execute(
            "UPDATE merge SET survivor_before = ?1 WHERE id = ?2",
            params![cleaned, id],
        )?;
    }
    for (id, text) in &audits {
        let cleaned = scrub_audit(text, &set, &markers);
        tx.execute(
            "UPDATE audit SET detail = ?1 WHERE id = ?2",
            params![cleaned, id],
        )?;
    }
    progress(total, total);
    Ok(counts)
}

/// Every text the contacts hold (and held: merge snapshots, edits in the audit trail) that
/// is long enough to be looked for elsewhere, with the values of `extra`.
fn markers_of(tx: &Transaction<'_>, contacts: &[i64]) -> Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    let names: Vec<&str> = personal_columns().collect();
    let columns = names.join(", ");
    let set: HashSet<i64> = contacts.iter().copied().collect();
    for id in contacts {
        let values: Vec<Option<String>> = tx.query_row(
            &format!("SELECT {columns} FROM contact WHERE id = ?1"),
            [id],
            |r| {
                (0..names.len())
                    .map(|i| r.get::<_, Option<String>>(i))
                    .collect()
            },
        )?;
        for (column, value) in names.iter().zip(&values) {
            if let Some(value) = value {
                add_marker(column, value, &mut out);
            }
        }
    }
    // Values they held before: the merge snapshots of their merges, and their edits.
    for (_, survivor, absorbed, text) in merge_rows(tx)? {
        if set.contains(&survivor) || set.contains(&absorbed) {
            let saved: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            for (column, v) in saved
                .get("before")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if let Some(value) = v.as_str() {
                    add_marker(column, value, &mut out);
                }
            }
        }
    }
    let edits: Vec<String> = rows(
        tx,
        "SELECT detail FROM audit WHERE action = 'edit'",
        [],
        |r| r.get(0),
    )?;
    for text in edits {
        let detail: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let mine = detail
            .get("contact_id")
            .and_then(Value::as_i64)
            .is_some_and(|id| set.contains(&id));
        if mine {
            let field = detail.get("field").and_then(Value::as_str).unwrap_or("");
            for key in ["old", "new"] {
                if let Some(s) = detail.get(key).and_then(Value::as_str) {
                    add_marker(field, s, &mut out);
                }
            }
        }
    }
    Ok(out)
}

/// Adds a stored value of `column` to the texts looked for: each string of `extra`, or the
/// value itself; none of a column whose short values would match strangers.
fn add_marker(column: &str, value: &str, out: &mut BTreeSet<String>) {
    let mut add = |text: &str| {
        let t = text.trim();
        if t.chars().count() >= MIN_MARKER_CHARS {
            out.insert(t.to_string());
        }
    };
    match column {
        "extra" => strings_in(
            &serde_json::from_str(value).unwrap_or(Value::Null),
            &mut add,
        ),
        "country" | "gender" | "language" | "consent_date" => {}
        c if is_personal(c) => add(value),
        _ => {}
    }
}

/// Each contact's first and last name, when it has both (a row naming both is theirs).
fn full_names_of(tx: &Transaction<'_>, contacts: &[i64]) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for id in contacts {
        let names: (Option<String>, Option<String>) = tx.query_row(
            "SELECT first_name, last_name FROM contact WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if let (Some(f), Some(l)) = names
            && !f.trim().is_empty()
            && !l.trim().is_empty()
        {
            out.push((f.trim().to_string(), l.trim().to_string()));
        }
    }
    Ok(out)
}

/// Calls `f` with every string inside a JSON value.
fn strings_in(v: &Value, f: &mut dyn FnMut(&str)) {
    match v {
        Value::String(s) => f(s),
        Value::Array(a) => a.iter().for_each(|x| strings_in(x, f)),
        Value::Object(o) => o.values().for_each(|x| strings_in(x, f)),
        _ => {}
    }
}

fn holds_marker(text: &str, markers: &BTreeSet<String>) -> bool {
    markers.iter().any(|m| text.contains(m.as_str()))
}

/// The import problem rows whose row, value or words hold one of the values, or both a
/// first and a last name of the contacts.
fn problems_holding(
    tx: &Transaction<'_>,
    markers: &BTreeSet<String>,
    names: &[(String, String)],
) -> Result<Vec<i64>> {
    let problems: Vec<(i64, String, String)> = rows(
        tx,
        "SELECT id, raw_row, COALESCE(raw_value, '') || ' ' || message || ' ' || COALESCE(kind, '')
         FROM import_error",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut out = Vec::new();
    for (id, raw_row, rest) in problems {
        let text = format!("{raw_row} {rest}");
        // The row is JSON: a value with quotes is escaped there, so its cells are also
        // read back as plain strings.
        let mut decoded = String::new();
        if let Ok(v) = serde_json::from_str::<Value>(&raw_row) {
            strings_in(&v, &mut |s| {
                decoded.push_str(s);
                decoded.push('\u{1}');
            });
        }
        let hit = |t: &str| {
            holds_marker(t, markers) || names.iter().any(|(f, l)| t.contains(f) && t.contains(l))
        };
        if hit(&text) || hit(&decoded) {
            out.push(id);
        }
    }
    Ok(out)
}

/// The merge rows of the contacts, and any other whose snapshot holds one of the values.
fn merges_touching(
    tx: &Transaction<'_>,
    set: &HashSet<i64>,
    markers: &BTreeSet<String>,
) -> Result<Vec<(i64, String, bool)>> {
    let mut out = Vec::new();
    for (id, survivor, absorbed, text) in merge_rows(tx)? {
        let theirs = set.contains(&survivor) || set.contains(&absorbed);
        if theirs || holds_marker(&text, markers) {
            out.push((id, text, theirs));
        }
    }
    Ok(out)
}

/// The audit lines about the contacts, and any other that holds one of the values.
fn audit_lines_touching(
    tx: &Transaction<'_>,
    set: &HashSet<i64>,
    markers: &BTreeSet<String>,
) -> Result<Vec<(i64, String)>> {
    let lines: Vec<(i64, String, String)> =
        rows(tx, "SELECT id, action, detail FROM audit", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    let mut out = Vec::new();
    for (id, action, text) in lines {
        let detail: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let edit_of_theirs = action == "edit"
            && detail
                .get("contact_id")
                .and_then(Value::as_i64)
                .is_some_and(|c| set.contains(&c));
        if edit_of_theirs || holds_marker(&text, markers) {
            out.push((id, text));
        }
    }
    Ok(out)
}

/// Replaces every string holding one of the values by null.
fn scrub_value(v: &mut Value, markers: &BTreeSet<String>) {
    match v {
        Value::String(s) if holds_marker(s, markers) => *v = Value::Null,
        Value::Array(a) => a.iter_mut().for_each(|x| scrub_value(x, markers)),
        Value::Object(o) => o.values_mut().for_each(|x| scrub_value(x, markers)),
        _ => {}
    }
}

/// A merge snapshot without the contacts' values: when the merge is theirs, every saved
/// value (`before` and the values the merge wrote), else only the texts holding one of
/// their values. Unmerging an erased customer gives nothing back.
fn scrub_snapshot(text: &str, theirs: bool, markers: &BTreeSet<String>) -> String {
    let mut saved: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    if !theirs {
        scrub_value(&mut saved, markers);
        return saved.to_string();
    }
    if let Some(before) = saved.get_mut("before").and_then(Value::as_object_mut) {
        for (column, v) in before.iter_mut() {
            if is_personal(column) {
                *v = if column == "extra" {
                    Value::String("{}".into())
                } else {
                    Value::Null
                };
            }
        }
    }
    if let Some(changes) = saved.get_mut("changes").and_then(Value::as_array_mut) {
        for change in changes {
            if let Some(after) = change.get_mut("after") {
                *after = Value::Null;
            }
        }
    }
    scrub_value(&mut saved, markers);
    saved.to_string()
}

/// An audit line without the contacts' values: an edit keeps which field changed, not
/// what it said.
fn scrub_audit(text: &str, set: &HashSet<i64>, markers: &BTreeSet<String>) -> String {
    let mut detail: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let theirs = detail
        .get("contact_id")
        .and_then(Value::as_i64)
        .is_some_and(|c| set.contains(&c));
    if theirs && let Some(o) = detail.as_object_mut() {
        for key in ["old", "new"] {
            if o.contains_key(key) {
                o.insert(key.into(), Value::Null);
            }
        }
    }
    scrub_value(&mut detail, markers);
    detail.to_string()
}

/// Empties a contact's sale lines and held order lines of what names them: the customer
/// number the sales file gave, and any value of `extra` that holds one of their values.
fn scrub_sales(tx: &Transaction<'_>, contact_id: i64, markers: &BTreeSet<String>) -> Result<()> {
    for table in ["sale", "held_sale"] {
        tx.execute(
            &format!(
                "UPDATE {table} SET customer_ref = NULL
                 WHERE contact_id = ?1 AND customer_ref IS NOT NULL"
            ),
            [contact_id],
        )?;
        let lines: Vec<(i64, String)> = rows(
            tx,
            &format!("SELECT id, extra FROM {table} WHERE contact_id = ?1 AND extra <> '{{}}'"),
            [contact_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        scrub_extras(tx, table, lines, markers)?;
    }
    Ok(())
}

/// Empties the held order lines that no customer owns (their buyer never had a counted
/// order) of the erased person's values: a customer number or an `extra` value that holds
/// one of them.
fn scrub_unowned_held(tx: &Transaction<'_>, markers: &BTreeSet<String>) -> Result<()> {
    let lines: Vec<(i64, Option<String>, String)> = rows(
        tx,
        "SELECT id, customer_ref, extra FROM held_sale WHERE contact_id IS NULL",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut extras = Vec::new();
    for (id, customer_ref, extra) in lines {
        if customer_ref.is_some_and(|c| holds_marker(&c, markers)) {
            tx.execute(
                "UPDATE held_sale SET customer_ref = NULL WHERE id = ?1",
                [id],
            )?;
        }
        extras.push((id, extra));
    }
    scrub_extras(tx, "held_sale", extras, markers)
}

/// Writes back, without the erased person's values, the `extra` of the lines that hold one.
fn scrub_extras(
    tx: &Transaction<'_>,
    table: &str,
    lines: Vec<(i64, String)>,
    markers: &BTreeSet<String>,
) -> Result<()> {
    for (id, text) in lines {
        if holds_marker(&text, markers) {
            let mut v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            scrub_value(&mut v, markers);
            tx.execute(
                &format!("UPDATE {table} SET extra = ?1 WHERE id = ?2"),
                params![v.to_string(), id],
            )?;
        }
    }
    Ok(())
}

/// The folder of automatic backups: `backups/` beside the database.
pub fn backups_dir(db: &Path) -> PathBuf {
    db.parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
        .join("backups")
}
