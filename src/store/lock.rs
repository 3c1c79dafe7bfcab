//! Locking the file with a passphrase: SQLCipher's key, given to every connection right
//! after it opens and before anything reads the file, and the copies that lock, unlock or
//! change the key of a database (`sqlcipher_export` into a new file).
//!
//! The passphrases the owner typed are kept for the life of the process in one small
//! keyring, by database file: every connection the store opens on that file, or on a copy
//! in its `backups/` folder, is keyed with it. Nothing here writes a passphrase anywhere.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags};

use super::{BUSY_TIMEOUT, Result, StoreError};

/// A passphrase that locks a database. Its text is never shown (`Debug` hides it).
#[derive(Clone, PartialEq, Eq)]
pub struct Passphrase(String);

impl Passphrase {
    /// A passphrase from what the owner typed or a file held; `None` when it is empty. A
    /// file's final line break is not part of it.
    pub fn new(text: &str) -> Option<Passphrase> {
        let text = text
            .strip_suffix('\n')
            .map(|t| t.strip_suffix('\r').unwrap_or(t))
            .unwrap_or(text);
        (!text.is_empty()).then(|| Passphrase(text.to_string()))
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(hidden)")
    }
}

/// What a database file is, seen from outside before anything opens it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockState {
    /// There is no file yet, or it is empty: a new database.
    New,
    /// A plain SQLite file, readable without a passphrase.
    Plain,
    /// Locked with a passphrase (or not a database at all: the two look alike).
    Locked,
}

/// SQLCipher's page size: a locked file is a whole number of these.
const PAGE: u64 = 4096;

/// The passphrases given in this process, by database file.
static KEYRING: Mutex<Vec<(PathBuf, Passphrase)>> = Mutex::new(Vec::new());

fn keyring() -> std::sync::MutexGuard<'static, Vec<(PathBuf, Passphrase)>> {
    // A panic elsewhere while holding the lock leaves the list whole: it is only pushed to.
    KEYRING.lock().unwrap_or_else(|p| p.into_inner())
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Keys every later opening of the database `db` (and of the copies in its `backups/`
/// folder) with `passphrase`; `None` forgets the passphrase.
pub fn use_passphrase(db: &Path, passphrase: Option<Passphrase>) {
    let db = absolute(db);
    let mut ring = keyring();
    ring.retain(|(p, _)| *p != db);
    if let Some(pass) = passphrase {
        ring.push((db, pass));
    }
}

/// The passphrase given for `path`: the database's own, or for a copy in a `backups/`
/// folder, that of the database beside the folder.
pub(super) fn passphrase_for(path: &Path) -> Option<Passphrase> {
    let path = absolute(path);
    let ring = keyring();
    let own = ring.iter().find(|(p, _)| *p == path);
    own.or_else(|| {
        ring.iter()
            .find(|(db, _)| path.parent() == Some(super::backups_dir(db).as_path()))
    })
    .map(|(_, pass)| pass.clone())
}

/// Gives a connection its key: the first statement on it, before anything reads the file.
pub(super) fn apply_key(conn: &Connection, passphrase: Option<&Passphrase>) -> Result<()> {
    if let Some(pass) = passphrase {
        // SQLCipher writes its own lines to stderr (a wrong key is an "hmac check failed"
        // there); the owner gets our message instead.
        conn.pragma_update_and_check(None, "cipher_log_level", "NONE", |_| Ok(()))?;
        conn.pragma_update(None, "key", &pass.0)?;
    }
    Ok(())
}

/// Whether the file at `path` is new, plain or locked, from its first bytes only (nothing
/// opens it). A file that is not a plain SQLite database and whose length is a whole number
/// of SQLCipher's pages counts as locked: its files start with random bytes.
pub fn lock_state(path: &Path) -> Result<LockState> {
    use std::io::Read;
    let cannot = |e: std::io::Error| StoreError::CannotOpen {
        path: path.to_path_buf(),
        reason: super::OpenFailure::System(e.to_string()),
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(LockState::New),
        Err(e) => return Err(cannot(e)),
    };
    if meta.is_dir() {
        return Err(StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: super::OpenFailure::Folder,
        });
    }
    if meta.len() == 0 {
        return Ok(LockState::New);
    }
    let mut head = [0u8; 16];
    let read = std::fs::File::open(path)
        .and_then(|f| f.take(16).read(&mut head))
        .map_err(cannot)?;
    if read == 16 && &head == b"SQLite format 3\0" {
        return Ok(LockState::Plain);
    }
    if meta.len() >= PAGE && meta.len() % PAGE == 0 {
        return Ok(LockState::Locked);
    }
    Err(StoreError::NotClientele {
        path: path.to_path_buf(),
        reason: super::Foreign::NotSqlite,
    })
}

/// Opens the locked file at `path` read-only with `passphrase` and reads its first page:
/// a wrong passphrase is refused here, before any connection that could write exists (it
/// leaves no `-wal` or `-shm`: SQLite cannot even read the journal mode).
pub(super) fn check_key(path: &Path, passphrase: &Passphrase) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| super::cannot_open(path, &e))?;
    apply_key(&conn, Some(passphrase))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    match conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(conn),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(StoreError::WrongPassphrase {
                path: path.to_path_buf(),
            })
        }
        Err(e) => Err(super::plain_sqlite(e, path)),
    }
}

/// Whether the database at `path` is locked and no passphrase given for it opens it.
pub fn needs_passphrase(path: &Path) -> bool {
    match lock_state(path) {
        Ok(LockState::Locked) => {
            passphrase_for(path).is_none_or(|key| check_key(path, &key).is_err())
        }
        _ => false,
    }
}

/// Whether `passphrase` opens the locked database at `path` (a wrong one is
/// [`StoreError::WrongPassphrase`]); nothing is written.
pub fn check_passphrase(path: &Path, passphrase: &Passphrase) -> Result<()> {
    match lock_state(path)? {
        LockState::Locked => check_key(path, passphrase).map(drop),
        LockState::Plain => Err(StoreError::NotLocked {
            path: path.to_path_buf(),
        }),
        LockState::New => Ok(()),
    }
}

/// Writes the whole database `src` (opened with `src_key`) into the new file `dest`, locked
/// with `dest_key` (plain with `None`), through `sqlcipher_export`: every table, index,
/// trigger and view, the schema version and the application id. `dest` must not exist; it
/// is created readable by its owner only. The source is only read.
pub fn export_locked(
    src: &Path,
    src_key: Option<&Passphrase>,
    dest: &Path,
    dest_key: Option<&Passphrase>,
) -> Result<()> {
    let cannot = |e: std::io::Error| StoreError::CannotOpen {
        path: dest.to_path_buf(),
        reason: super::OpenFailure::System(e.to_string()),
    };
    match src_key {
        Some(key) => drop(check_key(src, key)?),
        None => super::check_existing_keyed(src, None)?,
    }
    super::create_private(dest).map_err(cannot)?;
    let dest_text = dest.to_str().ok_or_else(|| StoreError::CannotOpen {
        path: dest.to_path_buf(),
        reason: super::OpenFailure::System(String::from("the path is not valid Unicode")),
    })?;
    let key = dest_key.map(|k| k.0.as_str()).unwrap_or("");
    // Read-write: an attached file opens with the main file's flags. The source itself is
    // only read.
    let conn = Connection::open_with_flags(
        src,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| super::cannot_open(src, &e))?;
    apply_key(&conn, src_key)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let result = (|| -> rusqlite::Result<()> {
        conn.execute("ATTACH DATABASE ?1 AS target KEY ?2", [dest_text, key])?;
        conn.query_row("SELECT sqlcipher_export('target')", [], |_| Ok(()))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let app: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        conn.pragma_update(Some("target"), "user_version", version)?;
        conn.pragma_update(Some("target"), "application_id", app)?;
        conn.execute("DETACH DATABASE target", [])?;
        Ok(())
    })();
    result.map_err(|e| super::plain_sqlite(e, dest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passphrase_loses_only_its_final_line_break_and_never_shows() {
        let p = |t: &str| Passphrase::new(t).map(|p| p.0);
        assert_eq!(p("secret\n").as_deref(), Some("secret"));
        assert_eq!(p("secret\r\n").as_deref(), Some("secret"));
        assert_eq!(p(" two words \n\n").as_deref(), Some(" two words \n"));
        assert_eq!(p("\n"), None);
        assert_eq!(p(""), None);
        let shown = format!("{:?}", Passphrase::new("hunter2"));
        assert!(!shown.contains("hunter2"), "{shown}");
    }

    #[test]
    fn a_file_is_new_plain_or_locked_and_backups_take_the_database_passphrase() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = dir.path().join("shop.sqlite");
        assert_eq!(lock_state(&db).ok(), Some(LockState::New));
        let plain = dir.path().join("plain.sqlite");
        drop(super::super::Store::open(&plain).unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(lock_state(&plain).ok(), Some(LockState::Plain));
        let key = Passphrase::new("k1");
        drop(super::super::Store::open_with(&db, key.clone()).unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(lock_state(&db).ok(), Some(LockState::Locked));
        // A short file of another kind is not taken for a locked one.
        let note = dir.path().join("note.txt");
        std::fs::write(&note, "hello").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            lock_state(&note),
            Err(StoreError::NotClientele { .. })
        ));

        assert_eq!(passphrase_for(&db), None);
        use_passphrase(&db, key.clone());
        assert_eq!(passphrase_for(&db), key);
        let copy = super::super::backups_dir(&db).join("daily-2026-12-06.db");
        assert_eq!(passphrase_for(&copy), key);
        assert_eq!(passphrase_for(&dir.path().join("other.db")), None);
        use_passphrase(&db, None);
        assert_eq!(passphrase_for(&copy), None);
        assert!(needs_passphrase(&db));
        assert!(!needs_passphrase(&plain));
    }
}
