//! The store: the only code that speaks SQL.
//!
//! It opens (and creates or upgrades) the one SQLite file that holds a shop's data, and
//! offers typed reads and writes to everything else. Nothing outside this module builds a
//! query. The database is in WAL mode with foreign keys on and a busy timeout, so a second
//! Clientele window can read while another one writes. A file that is not a Clientele
//! database is refused before anything is written to it.

mod baskets;
mod batch;
mod campaigns;
mod feedback;
mod held;
mod kept;
mod lock;
mod mappings;
mod merges;
mod migrate;
mod origins;
mod paths;
mod privacy;
mod privacy_reads;
mod problem;
mod purchases;
mod reads;
mod refusal;
mod report;
mod segments;
mod settings;
mod writes;

pub use baskets::{BasketItem, BasketRow};
pub use batch::{
    BatchWriter, Buyer, ContactKeys, NewProblem, SaleTally, Severity, UndoSummary,
    push_sale_datetime,
};
pub use campaigns::{
    CampaignRow, ContactKind, ContactLine, ContactRow, LeftOut, MemberRow, NewCampaign, NewMember,
};
pub use held::{CountedOrder, HeldOrder, KnownOrders, WalkInOrder};
pub use lock::{
    LockState, Passphrase, check_passphrase, export_locked, lock_state, needs_passphrase,
    use_passphrase,
};
pub use mappings::{BatchContents, RememberedMapping, layout_key};
pub use merges::MergeRow;
pub use migrate::SCHEMA_VERSION;
pub use paths::{default_db_path, resolve_db_path};
pub use privacy::{
    Channel, ConsentEntry, ConsentSource, EraseReason, ErasureCounts, backups_dir, consent_now,
    ledger_hash, partial_copy, remove_database_files,
};
pub use privacy_reads::{AuditFilter, AuditLine};
pub use problem::{CutWhat, DateBound, Expected, ProblemKind};
pub use purchases::{DaySpend, day_spends_of};
#[cfg(test)]
pub use reads::read_in_halves_from;
pub use reads::{CustomerDetail, OrderLine, Stats};
pub use refusal::Refusal;
pub use segments::SavedSegment;
pub use writes::{BatchKind, ContactField, NewBatch};

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

/// The `PRAGMA application_id` that marks a file as a Clientele database ("CLNT").
pub const APPLICATION_ID: i32 = 0x434C_4E54;

/// How long a write waits for another window's write to finish before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// What can go wrong with the database, as values; [`crate::text`] says them in words a
/// shop owner can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not a Clientele database.
    NotClientele {
        /// The file that was refused.
        path: PathBuf,
        /// What was found instead.
        reason: Foreign,
    },
    /// The file is locked with a passphrase and none was given.
    Locked {
        /// The locked file.
        path: PathBuf,
    },
    /// The passphrase given does not open the file.
    WrongPassphrase {
        /// The locked file.
        path: PathBuf,
    },
    /// A passphrase was given for a file that is not locked.
    NotLocked {
        /// The plain file.
        path: PathBuf,
    },
    /// The file was written by a newer Clientele.
    TooNew {
        /// The file that was refused.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest schema version this build understands.
        supported: i64,
    },
    /// Another program held a lock longer than the busy timeout.
    Busy {
        /// The database file.
        path: PathBuf,
    },
    /// The file or its folder may not be written (its permissions, a read-only disk).
    ReadOnly {
        /// The database file.
        path: PathBuf,
    },
    /// The file is damaged.
    Damaged {
        /// The database file.
        path: PathBuf,
    },
    /// The disk is full.
    DiskFull {
        /// The database file.
        path: PathBuf,
    },
    /// The folder or file cannot be opened or created.
    CannotOpen {
        /// The database file.
        path: PathBuf,
        /// Why.
        reason: OpenFailure,
    },
    /// A long operation was cancelled; nothing was written.
    Cancelled,
    /// A record asked for does not exist.
    NotFound(Refusal),
    /// A change the store refuses.
    Invalid(Refusal),
    /// Any other SQLite error. Not marked as the error's source: its words are in the
    /// message already (SQLite's own, or plain ones for what the owner can act on), and a
    /// source would print them a second time.
    Sqlite(rusqlite::Error),
    /// A JSON column could not be read or written.
    Json(#[from] serde_json::Error),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::text::local(self))
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError::Sqlite(e)
    }
}

/// Short alias used throughout the store.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// How much of the database file reads may map into memory (bytes).
const MMAP_SIZE: i64 = 1 << 30;

/// An open Clientele database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The passphrase the file is locked with (none for a plain file).
    key: Option<Passphrase>,
    /// Opened by a one-off command (the command line), which exits when it is done: a bulk
    /// batch may then leave WAL mode for its duration (see `batch::leave_wal`).
    one_off: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens the database at `path`, creating it (and its folder) when it does not exist and
    /// upgrading it when an older Clientele made it. A file that is not a Clientele database,
    /// or that a newer Clientele made, is refused without being modified.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with(path, lock::passphrase_for(path))
    }

    /// [`Store::open`] with the passphrase `key` (none for a plain file) instead of the one
    /// given for the file with [`use_passphrase`]. A new file made with a passphrase is
    /// locked from the start.
    pub fn open_with(path: &Path, key: Option<Passphrase>) -> Result<Store> {
        if path.exists() {
            check_existing_keyed(path, key.as_ref())?;
        } else {
            create_private(path).map_err(|e| StoreError::CannotOpen {
                path: path.to_path_buf(),
                reason: OpenFailure::System(e.to_string()),
            })?;
        }
        let conn = Connection::open(path).map_err(|e| cannot_open(path, &e))?;
        // The fault tests read this line to tell a command stopped before it opened the file.
        tracing::debug!("database opened");
        lock::apply_key(&conn, key.as_ref())?;
        Self::prepare(conn, path.to_path_buf(), key, None)
    }

    /// Opens a fresh database in memory (tests and previews).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Self::prepare(conn, PathBuf::from(":memory:"), None, None)
    }

    /// Opens or creates a database and migrates it only up to `version`: lets tests build a
    /// database as an older Clientele left it.
    #[doc(hidden)]
    pub fn open_at_version(path: &Path, version: i64) -> Result<Store> {
        let conn = Connection::open(path).map_err(|e| cannot_open(path, &e))?;
        Self::prepare(conn, path.to_path_buf(), None, Some(version))
    }

    fn prepare(
        conn: Connection,
        path: PathBuf,
        key: Option<Passphrase>,
        up_to: Option<i64>,
    ) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let store = Store {
            conn,
            path,
            key,
            one_off: false,
        };
        store.map_busy(|s| {
            if s.path.as_os_str() != ":memory:" {
                match s
                    .conn
                    .pragma_update_and_check(None, "journal_mode", "wal", |r| r.get::<_, String>(0))
                {
                    Ok(mode) if mode.eq_ignore_ascii_case("wal") => {}
                    Ok(mode) => {
                        tracing::warn!("the database could not switch to WAL (mode {mode})")
                    }
                    // A bulk import of the command line is writing through a rollback
                    // journal (it puts WAL back when it ends). SQLite refuses the switch at
                    // once, without waiting, since the two would wait on each other: this
                    // connection reads and writes in the file's present mode meanwhile.
                    Err(e) if is_busy(&e) => {
                        tracing::info!(
                            "the database stays in its journal mode while another program writes"
                        )
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            s.conn.pragma_update(None, "synchronous", "NORMAL")?;
            // A large page cache keeps big imports from spilling pages to disk mid-transaction,
            // and sorts for grouping stay in memory (sizes in KiB: 256 MiB at most, used only
            // as needed).
            s.conn.pragma_update(None, "cache_size", -262_144)?;
            s.conn.pragma_update(None, "temp_store", "MEMORY")?;
            // Reads of large tables map the file instead of copying every page into the cache.
            s.conn.pragma_update(None, "mmap_size", MMAP_SIZE)?;
            migrate::migrate(&s.conn, &s.path, up_to)
        })?;
        Ok(store)
    }

    /// Says that a one-off command (the command line) opened the store and closes it when
    /// done, with no window sharing the connection: a bulk batch (a large import, the demo
    /// shop) may then write its pages straight into the file through a rollback journal
    /// instead of through the WAL, when no other connection has the file open. WAL mode
    /// comes back when the batch ends. A window never sets this.
    pub fn set_one_off(&mut self, one_off: bool) {
        self.one_off = one_off;
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the file is locked with a passphrase.
    pub fn is_locked(&self) -> bool {
        self.key.is_some()
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Runs `f`, turning SQLite's "busy" into a plain message naming this database.
    fn map_busy<T>(&self, f: impl FnOnce(&Self) -> Result<T>) -> Result<T> {
        f(self).map_err(|e| self.plain_busy(e))
    }

    /// SQLite's errors the owner can act on (busy, read-only, damaged, a full disk) as
    /// plain messages naming this database, for errors met outside the store's own calls
    /// (an import's writer); others unchanged.
    pub fn plain_error(&self, e: StoreError) -> StoreError {
        self.plain_busy(e)
    }

    /// SQLite's "busy" as a plain message naming this database; other errors unchanged.
    fn plain_busy(&self, e: StoreError) -> StoreError {
        match e {
            StoreError::Sqlite(e) => plain_sqlite(e, &self.path),
            other => other,
        }
    }
}

/// What a file that is not a Clientele database is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Foreign {
    /// Not a SQLite database at all.
    NotSqlite,
    /// A SQLite database made by another program.
    OtherProgram,
}

/// Why the database file cannot be opened or created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenFailure {
    /// The path is a folder.
    Folder,
    /// The system's or SQLite's reason, in its own words.
    System(String),
}

/// What an SQLite error met where the file's name is not at hand means for a shop owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SqliteTrouble {
    /// The file or its folder is read-only.
    ReadOnly,
    /// The file is damaged.
    Damaged,
    /// The disk is full.
    DiskFull,
    /// Anything else: SQLite's own words say it.
    Other,
}

/// The kind of an SQLite error the owner can act on ([`SqliteTrouble::Other`] for the rest).
pub fn sqlite_trouble(e: &rusqlite::Error) -> SqliteTrouble {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::ReadOnly) => SqliteTrouble::ReadOnly,
        Some(ErrorCode::DatabaseCorrupt) => SqliteTrouble::Damaged,
        Some(ErrorCode::DiskFull) => SqliteTrouble::DiskFull,
        _ => SqliteTrouble::Other,
    }
}

/// SQLite's errors a shop owner can act on, in plain words naming the file; others unchanged.
pub(super) fn plain_sqlite(e: rusqlite::Error, path: &Path) -> StoreError {
    use rusqlite::ErrorCode;
    let path = path.to_path_buf();
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy { path },
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path },
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::Damaged { path },
        Some(ErrorCode::DiskFull) => StoreError::DiskFull { path },
        // SQLite's SUM of integers stops with this rather than wrapping around.
        _ if e.to_string().contains("integer overflow") => {
            StoreError::Invalid(Refusal::TooLargeSum)
        }
        _ => StoreError::Sqlite(e),
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

fn cannot_open(path: &Path, e: &rusqlite::Error) -> StoreError {
    StoreError::CannotOpen {
        path: path.to_path_buf(),
        reason: OpenFailure::System(e.to_string()),
    }
}

/// Creates a new database file and the folders it needs, readable by the owner only on
/// Unix: folders 0700, the file 0600 (SQLite gives its `-wal`, `-shm` and `-journal` files
/// the database file's mode). An empty file is what [`check_existing_keyed`] takes for a new
/// database.
pub(super) fn create_private(path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        // Made meanwhile by another window: opened as it is.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Looks at an existing file read-only and refuses it when it is not a database Clientele
/// can open with the passphrase `key` (none: a plain file), before any connection that
/// could write to it exists: a locked file without a passphrase, a wrong passphrase, and
/// one given for a plain file are refused.
pub(super) fn check_existing_keyed(path: &Path, key: Option<&Passphrase>) -> Result<()> {
    let refused = |e: fn(PathBuf) -> StoreError| Err(e(path.to_path_buf()));
    match (lock::lock_state(path)?, key) {
        (LockState::New, _) => Ok(()),
        (LockState::Plain, None) => check_existing_once(path, true),
        (LockState::Plain, Some(_)) => refused(|path| StoreError::NotLocked { path }),
        (LockState::Locked, None) => refused(|path| StoreError::Locked { path }),
        (LockState::Locked, Some(key)) => {
            let conn = match lock::check_key(path, key) {
                Err(StoreError::ReadOnly { .. }) if journal_path(path).exists() => {
                    roll_back_hot_journal(path, Some(key))?;
                    lock::check_key(path, key)?
                }
                other => other?,
            };
            check_clientele(&conn, path)
        }
    }
}

fn check_existing_once(path: &Path, may_recover: bool) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| StoreError::CannotOpen {
        path: path.to_path_buf(),
        reason: OpenFailure::System(e.to_string()),
    })?;
    if meta.is_dir() {
        return Err(StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: OpenFailure::Folder,
        });
    }
    if meta.len() == 0 {
        // An empty file is an empty database: it becomes a new Clientele database.
        return Ok(());
    }
    check_header(path)?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| cannot_open(path, &e))?;
    // While a bulk import of the command line holds the file (rollback-journal mode), this
    // first read waits like every other (rusqlite's default is the same; said here so that it
    // does not depend on it).
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let not_clientele = |reason: Foreign| StoreError::NotClientele {
        path: path.to_path_buf(),
        reason,
    };
    // The first read: a file SQLite cannot read at all, a busy file and a hot journal are
    // told apart here.
    match conn.pragma_query_value(None, "application_id", |r| r.get::<_, i32>(0)) {
        Ok(_) => {}
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            return Err(not_clientele(Foreign::NotSqlite));
        }
        Err(e) if is_busy(&e) => {
            return Err(StoreError::Busy {
                path: path.to_path_buf(),
            });
        }
        Err(e)
            if may_recover
                && e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly)
                && journal_path(path).exists() =>
        {
            drop(conn);
            roll_back_hot_journal(path, None)?;
            return check_existing_once(path, false);
        }
        Err(e) => return Err(e.into()),
    };
    check_clientele(&conn, path)
}

/// Refuses an open database that another program made or a newer Clientele wrote.
fn check_clientele(conn: &Connection, path: &Path) -> Result<()> {
    let not_clientele = |reason: Foreign| StoreError::NotClientele {
        path: path.to_path_buf(),
        reason,
    };
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let tables: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
            [],
            |r| r.get(0),
        )
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => not_clientele(Foreign::NotSqlite),
            _ => e.into(),
        })?;
    if app_id == 0 && tables == 0 {
        return Ok(());
    }
    if app_id != APPLICATION_ID {
        return Err(not_clientele(Foreign::OtherProgram));
    }
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Reads the file's first 100 bytes (SQLite's header) and refuses a file that is plainly not
/// a SQLite database, another program's database, or one from a newer Clientele, before
/// SQLite opens it at all: even a read-only connection to a database in WAL mode creates the
/// `-wal` and `-shm` files beside it, and a refused file must be left exactly as it was. A
/// header that passes is checked again through SQLite (whose view includes the WAL).
fn check_header(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut header = [0u8; 100];
    let read = std::fs::File::open(path)
        .and_then(|f| f.take(100).read(&mut header))
        .map_err(|e| StoreError::CannotOpen {
            path: path.to_path_buf(),
            reason: OpenFailure::System(e.to_string()),
        })?;
    let not_clientele = |reason: Foreign| StoreError::NotClientele {
        path: path.to_path_buf(),
        reason,
    };
    if read < 100 || &header[..16] != b"SQLite format 3\0" {
        return Err(not_clientele(Foreign::NotSqlite));
    }
    let word = |at: usize| {
        i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let app_id = word(68);
    if app_id != 0 && app_id != APPLICATION_ID {
        return Err(not_clientele(Foreign::OtherProgram));
    }
    let version = i64::from(word(60));
    if app_id == APPLICATION_ID && version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// The rollback journal SQLite keeps beside a database in rollback-journal mode.
fn journal_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-journal");
    PathBuf::from(name)
}

/// A file with a hot journal beside it (a writer was killed in the middle of a transaction
/// in rollback-journal mode, as a bulk import of the command line writes) cannot be read
/// by a read-only connection: the journal must first be rolled back, which SQLite does on
/// the first read of any connection that may write. That puts the file back as it was
/// before the transaction, which is what every reader of it would see anyway.
fn roll_back_hot_journal(path: &Path, key: Option<&Passphrase>) -> Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| cannot_open(path, &e))?;
    lock::apply_key(&conn, key)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    tracing::info!("rolling back an interrupted write to {}", path.display());
    conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })?;
    Ok(())
}

/// The current local time as stored (`YYYY-MM-DD HH:MM:SS`).
fn now_text() -> String {
    chrono::Local::now()
        .naive_local()
        .format(DATETIME_FORMAT)
        .to_string()
}

/// Writes a date-time as stored (`YYYY-MM-DD HH:MM:SS`); much faster than a chrono format
/// string, which matters for millions of sale lines.
fn datetime_text(dt: &chrono::NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        dt.year(),
        dt.month(),
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second()
    )
}

/// How date-times are written in the database.
const DATETIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";
/// How dates are written in the database.
const DATE_FORMAT: &str = "%Y-%m-%d";

#[cfg(test)]
mod campaign_tests;
#[cfg(test)]
mod merge_tests;
#[cfg(test)]
mod tests;
