//! The passphrase on the command line: `--passphrase-file FILE` or `CLIENTELE_PASSPHRASE`
//! (never an argument of its own, which every user of the computer could read in the list
//! of processes), and the verbs `lock`, `unlock` and `rekey`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::bail;

use crate::service::{self, lock::Relocked};
use crate::store::Passphrase;
use crate::text::{Message, local};

/// The environment variable that may hold the passphrase.
pub const PASSPHRASE_VAR: &str = "CLIENTELE_PASSPHRASE";

/// Reads a passphrase from `file` (its text, without the final line break).
fn read_passphrase(file: &Path) -> anyhow::Result<Passphrase> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        anyhow::anyhow!(local(
            &Message::new("lock-cli-cannot-read")
                .arg("path", file)
                .arg("reason", e.to_string())
        ))
    })?;
    match Passphrase::new(&text) {
        Some(p) => Ok(p),
        None => bail!(local(
            &Message::new("lock-cli-empty-file").arg("path", file)
        )),
    }
}

/// The passphrase given: from `--passphrase-file`, else from `CLIENTELE_PASSPHRASE`, else
/// none.
pub fn given_passphrase(file: Option<&Path>) -> anyhow::Result<Option<Passphrase>> {
    if let Some(file) = file {
        return read_passphrase(file).map(Some);
    }
    match std::env::var(PASSPHRASE_VAR) {
        Ok(text) => match Passphrase::new(&text) {
            Some(p) => Ok(Some(p)),
            None => bail!(local(&Message::new("lock-cli-empty-variable"))),
        },
        Err(_) => Ok(None),
    }
}

/// What `lock`, `unlock` and `rekey` ask for.
#[derive(Debug)]
pub enum Relock {
    /// Lock a plain file with the passphrase given.
    Lock,
    /// Remove the passphrase given.
    Unlock,
    /// Change the passphrase given for the one in this file.
    Rekey(PathBuf),
}

impl Relock {
    /// The change a command asks for (none for any other command).
    pub fn of(command: &super::Command) -> Option<Relock> {
        match command {
            super::Command::Lock => Some(Relock::Lock),
            super::Command::Unlock => Some(Relock::Unlock),
            super::Command::Rekey {
                new_passphrase_file,
            } => Some(Relock::Rekey(new_passphrase_file.clone())),
            _ => None,
        }
    }
}

/// `clientele lock`, `unlock` and `rekey`: the passphrase given is the new one for `lock`
/// and the present one for the others.
pub fn relock(
    db: &Path,
    given: Option<Passphrase>,
    what: &Relock,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let Some(given) = given else {
        bail!(local(&Message::new("lock-cli-no-passphrase")));
    };
    let (old, new, done) = match what {
        Relock::Lock => (None, Some(given), "lock-cli-locked"),
        Relock::Unlock => (Some(given), None, "lock-cli-unlocked"),
        Relock::Rekey(file) => (
            Some(given),
            Some(read_passphrase(file)?),
            "lock-cli-rekeyed",
        ),
    };
    let Relocked {
        backup,
        copies,
        left,
    } = service::lock::change(db, old.as_ref(), new.as_ref())?;
    if let Some(backup) = backup {
        writeln!(
            out,
            "{}",
            local(&Message::new("lock-cli-backup").arg("path", backup.as_path()))
        )?;
    }
    writeln!(out, "{}", local(&Message::new(done).arg("path", db)))?;
    if copies > 0 {
        let said = Message::new("lock-cli-copies").arg("count", copies as i64);
        writeln!(out, "{}", local(&said))?;
    }
    for copy in left {
        let said = Message::new("lock-cli-left").arg("path", copy.as_path());
        writeln!(out, "{}", local(&said))?;
    }
    Ok(())
}
