//! Numbered schema migrations, applied in order on open.
//!
//! The schema version lives in `PRAGMA user_version` and the file is marked as Clientele's
//! with `PRAGMA application_id`. Each migration runs in its own immediate transaction, so a
//! crash half-way leaves the previous version intact, and two windows opening the same old
//! file do not both upgrade it.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use super::{APPLICATION_ID, Result, StoreError};

/// The migrations, in order: migration `i` (1-based) brings the schema to version `i`.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_customer_summary.sql"),
    include_str!("migrations/0003_last_order.sql"),
    include_str!("migrations/0004_walk_in_sale.sql"),
    include_str!("migrations/0005_problem_kind.sql"),
    include_str!("migrations/0006_consent.sql"),
    include_str!("migrations/0007_feedback.sql"),
    include_str!("migrations/0008_campaigns.sql"),
    include_str!("migrations/0009_stage_summary.sql"),
    include_str!("migrations/0010_audit_action.sql"),
    include_str!("migrations/0011_feedback_target.sql"),
    include_str!("migrations/0012_held_sale.sql"),
    include_str!("migrations/0013_feedback_given_on.sql"),
    include_str!("migrations/0014_figures_kept.sql"),
    include_str!("migrations/0015_feedback_status.sql"),
    include_str!("migrations/0016_fit_starts.sql"),
];

/// The version whose migration empties `customer_summary` to add a column: the rows are
/// written again right after it by [`super::writes::summary_insert`].
const STAGE_SUMMARY_VERSION: i64 = 9;

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to `up_to` (default: the newest version).
pub(super) fn migrate(conn: &Connection, path: &Path, up_to: Option<i64>) -> Result<()> {
    let target = up_to.unwrap_or(SCHEMA_VERSION).min(SCHEMA_VERSION);
    let mut version = user_version(conn)?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    while version < target {
        // `Connection::transaction` needs `&mut`; an immediate transaction by hand does not.
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
        // Another window may have upgraded the file while this one waited for the lock.
        let now = user_version(&tx)?;
        if now > version {
            version = now;
            tx.commit()?;
            continue;
        }
        let index = usize::try_from(version).unwrap_or(0);
        let Some(sql) = MIGRATIONS.get(index) else {
            break;
        };
        tx.execute_batch(sql)?;
        version += 1;
        if version == STAGE_SUMMARY_VERSION {
            // The figures with the new column, from the statement every refresh uses.
            tx.execute_batch(&super::writes::summary_insert(
                super::writes::ALL_ROOTS_SALES,
                "",
            ))?;
        }
        tx.pragma_update(None, "user_version", version)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
        tracing::info!("database {} upgraded to version {version}", path.display());
    }
    Ok(())
}

fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}
