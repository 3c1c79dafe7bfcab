//! Privacy operations: consent per channel, erasing customers for real (backups
//! included), everything held on one person, and backup copies with their rotation.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use serde_json::json;

use super::{Error, Job, Progress, Stage};
use crate::model::Consent;
use crate::store::{
    Channel, ConsentSource, EraseReason, ErasureCounts, Store, backups_dir, consent_now,
};

/// How many daily backups are kept.
pub const KEEP_DAILY: usize = 7;
/// How many weekly backups are kept.
pub const KEEP_WEEKLY: usize = 4;

/// Records a customer's consent on some channels.
pub fn set_consent(
    store: &Store,
    customer_id: i64,
    choices: &[(Channel, Consent)],
    source: ConsentSource,
    on: Option<NaiveDate>,
) -> Result<(), Error> {
    for (channel, state) in choices {
        store.set_consent(customer_id, *channel, *state, source, on)?;
    }
    Ok(())
}

/// What erasing the customers `ids` would remove.
pub fn erase_preview(store: &Store, ids: &[i64]) -> Result<ErasureCounts, Error> {
    Ok(store.erasure_preview(ids)?)
}

/// The first day a customer must have ordered on not to fall under the retention rule
/// "no order for `years` years", counted from `as_of` (the same day `years` years before;
/// 29 February falls back to the 28th).
pub fn inactive_since(as_of: NaiveDate, years: u32) -> NaiveDate {
    as_of
        .checked_sub_months(chrono::Months::new(years.saturating_mul(12)))
        .unwrap_or(NaiveDate::MIN)
}

/// The customers the retention rule "no order for `years` years" counted from `as_of`
/// takes: no sale since [`inactive_since`], or none at all and added before that day.
pub fn inactive_customers(store: &Store, years: u32, as_of: NaiveDate) -> Result<Vec<i64>, Error> {
    Ok(store.customers_inactive_since(inactive_since(as_of, years))?)
}

/// Erases the customers `ids` and every contact merged into them: a backup first, then
/// every personal value from every table, then the bytes from the file, and the same
/// customers from every backup copy beside the database.
pub fn erase(
    store: &Store,
    ids: &[i64],
    reason: EraseReason,
    progress: &mut Progress<'_>,
) -> Result<ErasureCounts, Error> {
    // Checked before the backup, so that a wrong id changes nothing.
    store.erasure_preview(ids)?;
    backup_if_data(store, "erase")?;
    // Marked before the commit: should the erase be stopped after it and before every
    // copy is erased too, the next backup or erase finishes the copies.
    let mark = unfinished_mark(store);
    if let Some(mark) = &mark {
        write_private(mark, b"")?;
    }
    let counts = store
        .erase_customers(ids, reason, &mut |done, total| {
            progress.report(done, total.max(1), &Stage::Erasing)
        })
        .map_err(|e| {
            if let Some(mark) = &mark {
                let _ = std::fs::remove_file(mark);
            }
            match e {
                crate::store::StoreError::Cancelled => Error::Cancelled(Job::Erase),
                e => Error::Store(e),
            }
        })?;
    store.shred()?;
    erase_in_copies(store)?;
    Ok(counts)
}

/// The mark an erase leaves in `backups/` until every copy there is erased too (none for
/// a database in memory or without a backups folder: no copy to erase). Its name does not
/// end in `.db`: the backups' list never shows it.
fn unfinished_mark(store: &Store) -> Option<PathBuf> {
    let dir = backups_dir(store.path());
    (is_file(store) && dir.is_dir()).then(|| dir.join("erase-unfinished"))
}

/// Erases the ledger's customers from every copy in `backups/`, then takes the mark of an
/// unfinished erase away.
fn erase_in_copies(store: &Store) -> Result<(), Error> {
    let Some(mark) = unfinished_mark(store) else {
        return Ok(());
    };
    let ledger = store.erasure_ledger()?;
    for file in backup_files(&backups_dir(store.path()))? {
        erase_in_copy(&file, &ledger)?;
    }
    match std::fs::remove_file(&mark) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::Write {
            path: mark,
            source: e,
        }),
        _ => Ok(()),
    }
}

/// Finishes an erase stopped after its commit (a kill, a power cut) before every backup
/// copy was erased too: called before any new copy is made.
fn finish_unfinished_erase(store: &Store) -> Result<(), Error> {
    if unfinished_mark(store).is_some_and(|m| m.exists()) {
        erase_in_copies(store)?;
    }
    Ok(())
}

/// Erases the ledger's customers from a copy of the database and makes its bytes go.
fn erase_in_copy(file: &Path, ledger: &[String]) -> Result<(), Error> {
    let copy = Store::open(file)?;
    copy.apply_erasure_ledger(ledger)?;
    copy.shred()?;
    copy.leave_wal()?;
    Ok(())
}

/// Everything held on one customer, as JSON: every field and `extra`, every sale line,
/// the merges, the consent history, the campaigns they were chosen for, their contact
/// history, their feedback, the predictions kept about them and the audit lines about
/// them.
pub fn subject_data(store: &Store, customer_id: i64) -> Result<serde_json::Value, Error> {
    let Some(detail) = store.customer_detail(customer_id)? else {
        return Err(Error::Store(crate::store::StoreError::NotFound(
            crate::store::Refusal::NoCustomer { id: customer_id },
        )));
    };
    let lines = store.customer_sales(customer_id)?;
    let fields_of =
        |d: &crate::store::CustomerDetail| -> serde_json::Map<String, serde_json::Value> {
            d.fields
                .iter()
                .map(|(f, v)| (f.column().to_string(), json!(v)))
                .collect()
        };
    let fields = fields_of(&detail);
    // The records merged into the customer keep their own values (an unmerge gives them
    // back): they are the person's data too.
    let mut merged_records = Vec::new();
    for id in &detail.absorbed {
        if let Some(d) = store.customer_detail(*id)? {
            merged_records.push(json!({
                "contact_id": d.id,
                "fields": fields_of(&d),
                "extra": d.extra,
                "source": d.source,
                "created_at": d.created_at,
            }));
        }
    }
    let consent_now: Vec<_> = consent_now(&detail.consent)
        .into_iter()
        .map(|(c, s, on)| json!({ "channel": c, "state": s, "decided_on": on }))
        .collect();
    let sales: Vec<_> = lines
        .iter()
        .map(|l| {
            json!({
                "id": l.id,
                "contact_id": l.contact_id,
                "order_ref": l.order_ref,
                "sold_at": l.sold_at.to_string(),
                "product": l.product,
                "category": l.category,
                "quantity": l.quantity,
                "amount_cents": l.amount_cents,
                "channel": l.channel,
            })
        })
        .collect();
    let (merges, audit) = store.subject_history(customer_id)?;
    let campaigns = store.subject_campaigns(customer_id)?;
    let contacts = store.contact_history(customer_id)?;
    let feedback = store.feedback(&crate::model::feedback::FeedbackFilter {
        customer_id: Some(customer_id),
        ..Default::default()
    })?;
    let predictions = super::predict::kept_about(store, customer_id)?;
    Ok(json!({
        "customer_id": detail.id,
        "fields": fields,
        "extra": detail.extra,
        "source": detail.source,
        "created_at": detail.created_at,
        "updated_at": detail.updated_at,
        "merged_contacts": detail.absorbed,
        "merged_records": merged_records,
        "consent": consent_now,
        "consent_history": detail.consent,
        "sale_lines": sales,
        "merges": merges,
        "campaigns": campaigns,
        "contact_history": contacts,
        "feedback": feedback,
        "predictions": predictions,
        "audit": audit,
    }))
}

/// Writes [`subject_data`] as JSON to `path` (readable by its owner only); returns how
/// many sale lines it holds.
pub fn subject_export(store: &Store, customer_id: i64, path: &Path) -> Result<usize, Error> {
    let data = subject_data(store, customer_id)?;
    let lines = data["sale_lines"].as_array().map_or(0, Vec::len);
    let text = serde_json::to_string_pretty(&data).map_err(crate::store::StoreError::Json)?;
    write_private(path, text.as_bytes())?;
    store.audit_export("subject", &path.display().to_string(), 1)?;
    Ok(lines)
}

pub(super) fn write_private(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    use std::io::Write;
    let write = |e| Error::Write {
        path: path.to_path_buf(),
        source: e,
    };
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(path)
        .and_then(|mut f| f.write_all(bytes))
        .map_err(write)
}

fn is_file(store: &Store) -> bool {
    store.path().as_os_str() != ":memory:"
}

/// Makes a backup copy at `out`, or in `backups/` beside the database; returns its path.
pub fn backup(store: &Store, out: Option<&Path>) -> Result<PathBuf, Error> {
    finish_unfinished_erase(store)?;
    let path = match out {
        Some(p) => p.to_path_buf(),
        None => backups_dir(store.path()).join(format!("manual-{}.db", stamp())),
    };
    store.backup_to(&path)?;
    store.audit_backup(&path.display().to_string())?;
    Ok(path)
}

/// A backup before an operation that changes much (`what`: import, merge-all, erase,
/// restore), in `backups/`; older ones of the same kind beyond the last 7 go.
pub fn backup_before(store: &Store, what: &str) -> Result<PathBuf, Error> {
    finish_unfinished_erase(store)?;
    let dir = backups_dir(store.path());
    sweep_partial_copies(&dir);
    let path = dir.join(format!("before-{what}-{}.db", stamp()));
    store.backup_to(&path)?;
    let prefix = format!("before-{what}-");
    let mut same: Vec<PathBuf> = backup_files(&dir)?
        .into_iter()
        .filter(|p| name_of(p).starts_with(&prefix))
        .collect();
    same.sort();
    let extra = same.len().saturating_sub(KEEP_DAILY);
    for old in same.iter().take(extra) {
        remove(old)?;
    }
    Ok(path)
}

/// [`backup_before`] for a database file that holds any customer or sale (an empty or
/// in-memory one has nothing to keep).
pub fn backup_if_data(store: &Store, what: &str) -> Result<Option<PathBuf>, Error> {
    let stats = store.stats()?;
    if !is_file(store) || (stats.customers == 0 && stats.sale_lines == 0) {
        return Ok(None);
    }
    backup_before(store, what).map(Some)
}

/// The daily backup, made on the first open of a day; then the rotation. Returns the new
/// copy's path, or `None` when today's exists.
pub fn daily_backup(store: &Store, today: NaiveDate) -> Result<Option<PathBuf>, Error> {
    if !is_file(store) {
        return Ok(None);
    }
    finish_unfinished_erase(store)?;
    let dir = backups_dir(store.path());
    let path = dir.join(format!("daily-{today}.db"));
    if path.exists() {
        return Ok(None);
    }
    sweep_partial_copies(&dir);
    store.backup_to(&path)?;
    rotate(&dir)?;
    Ok(Some(path))
}

/// Keeps the last [`KEEP_DAILY`] daily copies and, of the older ones, the newest of each
/// ISO week for the last [`KEEP_WEEKLY`] weeks; deletes the rest. Returns what it deleted.
pub fn rotate(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut daily: Vec<(NaiveDate, PathBuf)> = backup_files(dir)?
        .into_iter()
        .filter_map(|p| {
            let day = name_of(&p)
                .strip_prefix("daily-")?
                .strip_suffix(".db")
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())?;
            Some((day, p))
        })
        .collect();
    // Newest first.
    daily.sort_by_key(|d| std::cmp::Reverse(d.0));
    let mut weeks_kept: Vec<(i32, u32)> = Vec::new();
    let mut removed = Vec::new();
    for (i, (day, path)) in daily.into_iter().enumerate() {
        if i < KEEP_DAILY {
            continue;
        }
        let week = (day.iso_week().year(), day.iso_week().week());
        if !weeks_kept.contains(&week) && weeks_kept.len() < KEEP_WEEKLY {
            weeks_kept.push(week);
            continue;
        }
        remove(&path)?;
        removed.push(path);
    }
    Ok(removed)
}

/// What a backup copy holds, to show before restoring it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct BackupContents {
    /// The copy.
    pub path: PathBuf,
    /// Its counts.
    pub stats: crate::store::Stats,
}

/// Opens a backup copy to count what it holds (a copy an older Clientele made is
/// upgraded on the way, as any database it opens).
pub fn backup_contents(file: &Path) -> Result<BackupContents, Error> {
    let copy = Store::open(file)?;
    let stats = copy.stats()?;
    copy.leave_wal()?;
    Ok(BackupContents {
        path: file.to_path_buf(),
        stats,
    })
}

/// What a restore did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    /// The customers erased again (the erasure ledger's, found in the copy).
    pub erased: Vec<i64>,
    /// The backup of the database as it was before, the way back (`None` when it held
    /// nothing to keep).
    pub before: Option<PathBuf>,
}

/// Puts a backup copy's contents in place of the database's (a backup of the present
/// state first), then erases again every customer of the erasure ledger (the present
/// one and the copy's): nobody erased comes back.
///
/// All or nothing: the copy is staged beside the backups, upgraded, erased again and
/// written in the audit trail there, then brought in with one step of SQLite's backup
/// API. Stopped at any moment, the database holds its old contents or the restored ones
/// with the erasures and the audit line, never the copy without them.
pub fn restore(store: &mut Store, file: &Path) -> Result<Restored, Error> {
    // Read before the copy comes in: the copy may be older than some erasures.
    let ledger = store.erasure_ledger()?;
    let before = backup_if_data(store, "restore")?;
    let staging = staging_path(store);
    let result = restore_staged(store, file, &staging, ledger);
    crate::store::remove_database_files(&staging);
    Ok(Restored {
        erased: result?,
        before,
    })
}

fn restore_staged(
    store: &mut Store,
    file: &Path,
    staging: &Path,
    mut ledger: Vec<String>,
) -> Result<Vec<i64>, Error> {
    let staged = store.stage_copy(file, staging)?;
    ledger.extend(staged.erasure_ledger()?);
    let erased = staged.apply_erasure_ledger(&ledger)?;
    staged.audit_restore(&file.display().to_string(), erased.len())?;
    staged.shred()?;
    staged.leave_wal()?;
    drop(staged);
    store.restore_from(staging)?;
    store.shred()?;
    Ok(erased)
}

/// Where a restore stages its copy: in `backups/` under a name that is not a copy's (a
/// restore stopped half-way leaves nothing the backups' list shows; the next restore
/// replaces it), or in the system's temporary folder for a database in memory.
fn staging_path(store: &Store) -> PathBuf {
    if is_file(store) {
        crate::store::partial_copy(&backups_dir(store.path()).join("restoring"))
    } else {
        std::env::temp_dir().join(format!("clientele-restoring-{}", std::process::id()))
    }
}

/// How long a copy being written may go untouched before it is taken for one left by a
/// stopped program: SQLite writes it page after page, so a live one is touched all along.
const PARTIAL_AGE: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes the copies a stopped program left half-written in `backups/` (their passing
/// names, see [`crate::store::partial_copy`]) once untouched for [`PARTIAL_AGE`].
fn sweep_partial_copies(dir: &Path) {
    let Ok(read) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in read.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > PARTIAL_AGE);
        if stale && (name.ends_with(".partial") || name.contains(".partial-")) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The `.db` files of a backups folder (none when it does not exist).
pub fn backup_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let read = match std::fs::read_dir(dir) {
        Ok(r) => r,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::Write {
                path: dir.to_path_buf(),
                source: e,
            });
        }
    };
    let mut out: Vec<PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "db"))
        .collect();
    out.sort();
    Ok(out)
}

fn name_of(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn remove(p: &Path) -> Result<(), Error> {
    std::fs::remove_file(p).map_err(|e| Error::Write {
        path: p.to_path_buf(),
        source: e,
    })
}

fn stamp() -> String {
    chrono::Local::now()
        .format("%Y-%m-%d-%H%M%S%3f")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::inactive_since;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_retention_rule_counts_whole_years_back_from_the_day() {
        assert_eq!(inactive_since(day(2026, 12, 6), 3), day(2023, 12, 6));
        assert_eq!(inactive_since(day(2026, 12, 6), 0), day(2026, 12, 6));
        // No 29 February in 2023: the last day of that February.
        assert_eq!(inactive_since(day(2024, 2, 29), 1), day(2023, 2, 28));
        assert_eq!(inactive_since(day(2024, 2, 29), 4), day(2020, 2, 29));
        // Further back than the calendar goes: every customer is older than that day.
        assert_eq!(inactive_since(day(2026, 1, 1), u32::MAX), NaiveDate::MIN);
    }
}
