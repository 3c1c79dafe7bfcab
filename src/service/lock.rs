//! Locking the database with a passphrase, unlocking it, and changing its passphrase.
//!
//! Each change writes the whole database into a new file beside it (`sqlcipher_export`),
//! checks that the new file opens with the new passphrase and holds the same counts, then
//! puts it in place of the old one with one rename. A backup comes first. Stopped at any
//! moment, the database is the old file or the new one, never half of each. The copies in
//! `backups/` that open with the old passphrase are changed the same way afterwards, so
//! that no copy is left readable once the database is locked.

use std::path::{Path, PathBuf};

use super::Error;
use super::privacy::{backup_files, backup_if_data};
use crate::store::{
    LockState, Passphrase, Store, StoreError, backups_dir, export_locked, lock_state,
    use_passphrase,
};

pub use crate::store::{check_passphrase, needs_passphrase};

/// What locking, unlocking or changing the passphrase did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Relocked {
    /// The backup made first (none when the database held nothing).
    pub backup: Option<PathBuf>,
    /// The copies in `backups/` changed with it.
    pub copies: usize,
    /// The copies left as they were: they do not open with the old passphrase (made before
    /// an earlier change of it).
    pub left: Vec<PathBuf>,
}

/// Whether the database at `path` is new, plain or locked (read from its first bytes).
pub fn state(path: &Path) -> Result<LockState, Error> {
    Ok(lock_state(path)?)
}

/// Takes the passphrase the owner gave for the database `db` for every later opening of it
/// in this process (and of its backups).
pub fn remember(db: &Path, passphrase: Option<Passphrase>) {
    use_passphrase(db, passphrase);
}

/// Changes how the database `db` is locked: from `old` (none: plain) to `new` (none:
/// plain). Locking is `(None, Some)`, unlocking `(Some, None)`, changing the passphrase
/// `(Some, Some)`. A wrong `old` changes nothing. No other window may have the file open.
pub fn change(
    db: &Path,
    old: Option<&Passphrase>,
    new: Option<&Passphrase>,
) -> Result<Relocked, Error> {
    match (lock_state(db)?, old) {
        (LockState::Locked, None) => {
            return Err(StoreError::Locked {
                path: db.to_path_buf(),
            }
            .into());
        }
        (LockState::Plain, Some(_)) => {
            return Err(StoreError::NotLocked {
                path: db.to_path_buf(),
            }
            .into());
        }
        _ => {}
    }
    let store = Store::open_with(db, old.cloned())?;
    let before = store.stats()?;
    let backup = backup_if_data(&store, "lock")?;
    // The file alone holds everything: no `-wal` is left to be read with the new file.
    store.leave_wal()?;
    drop(store);
    replace(db, old, new, Some(&before))?;
    use_passphrase(db, new.cloned());
    let mut done = Relocked {
        backup,
        ..Relocked::default()
    };
    for copy in backup_files(&backups_dir(db))? {
        let opens = match (lock_state(&copy)?, old) {
            (LockState::Plain, None) => true,
            (LockState::Locked, Some(key)) => check_passphrase(&copy, key).is_ok(),
            _ => false,
        };
        if opens {
            replace(&copy, old, new, None)?;
            done.copies += 1;
        } else {
            done.left.push(copy);
        }
    }
    Ok(done)
}

/// What a change of the lock did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockChange {
    /// A plain file was locked.
    Locked,
    /// The passphrase was changed.
    Changed,
    /// The passphrase was removed.
    Removed,
}

/// [`change`] on the database `store` has open (the window's): its connection is closed
/// for the change and opened again after it, with the new passphrase when the change was
/// made, with the old one when it was not.
pub fn change_open(
    store: &mut Store,
    old: Option<&Passphrase>,
    new: Option<&Passphrase>,
) -> Result<LockChange, Error> {
    let path = store.path().to_path_buf();
    let what = match (old, new) {
        (None, Some(_)) => LockChange::Locked,
        (Some(_), Some(_)) => LockChange::Changed,
        _ => LockChange::Removed,
    };
    // The file's connection closes: the change needs the file to itself.
    *store = Store::open_in_memory()?;
    let changed = change(&path, old, new);
    // The passphrase kept for the file is the new one once the new file is in place.
    *store = Store::open(&path)?;
    changed.map(|_| what)
}

/// The new file written beside `file` before it takes its place.
fn new_file(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".relock");
    PathBuf::from(name)
}

/// Writes `file` again locked with `new` into a new file beside it, checks it (the same
/// counts as `before` when given), and renames it over `file`.
fn replace(
    file: &Path,
    old: Option<&Passphrase>,
    new: Option<&Passphrase>,
    before: Option<&crate::store::Stats>,
) -> Result<(), Error> {
    let write_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Write { path, source }
    };
    let next = new_file(file);
    // Left by a change that was stopped: never the database itself.
    match std::fs::remove_file(&next) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(write_error(&next)(e)),
        _ => {}
    }
    let written = export_locked(file, old, &next, new).and_then(|()| {
        let check = Store::open_with(&next, new.cloned())?;
        let stats = check.stats()?;
        check.leave_wal()?;
        Ok(stats)
    });
    let stats = match written {
        Ok(s) => s,
        Err(e) => {
            let _ = std::fs::remove_file(&next);
            return Err(e.into());
        }
    };
    if before.is_some_and(|b| *b != stats) {
        let _ = std::fs::remove_file(&next);
        return Err(StoreError::Damaged { path: next.clone() }.into());
    }
    std::fs::File::open(&next)
        .and_then(|f| f.sync_all())
        .map_err(write_error(&next))?;
    std::fs::rename(&next, file).map_err(write_error(file))?;
    // The rename itself reaches the disk with the folder.
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::File::open(dir)
            .and_then(|f| f.sync_all())
            .map_err(write_error(dir))?;
    }
    Ok(())
}
