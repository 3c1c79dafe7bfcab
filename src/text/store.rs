//! The database's errors and refusals as messages.

use super::{Localize, Message};
use crate::store::{Foreign, OpenFailure, Refusal, SqliteTrouble, StoreError};

impl Localize for StoreError {
    fn message(&self) -> Message {
        let at = |id: &'static str, path: &std::path::Path| Message::new(id).arg("path", path);
        match self {
            StoreError::NotClientele { path, reason } => at("store-not-clientele", path).arg(
                "reason",
                Message::new(match reason {
                    Foreign::NotSqlite => "store-not-sqlite",
                    Foreign::OtherProgram => "store-other-program",
                }),
            ),
            StoreError::TooNew {
                path,
                found,
                supported,
            } => at("store-too-new", path)
                .arg("found", *found)
                .arg("supported", *supported),
            StoreError::Locked { path } => at("lock-locked", path),
            StoreError::WrongPassphrase { path } => at("lock-wrong-passphrase", path),
            StoreError::NotLocked { path } => at("lock-not-locked", path),
            StoreError::Busy { path } => at("store-busy", path),
            StoreError::ReadOnly { path } => at("store-read-only", path),
            StoreError::Damaged { path } => at("store-damaged", path),
            StoreError::DiskFull { path } => at("store-disk-full", path),
            StoreError::CannotOpen { path, reason } => at("store-cannot-open", path).arg(
                "reason",
                match reason {
                    OpenFailure::Folder => Message::new("store-open-folder").into(),
                    OpenFailure::System(said) => super::Arg::from(said),
                },
            ),
            StoreError::Cancelled => Message::new("store-cancelled"),
            StoreError::NotFound(why) | StoreError::Invalid(why) => why.message(),
            StoreError::Sqlite(e) => match crate::store::sqlite_trouble(e) {
                SqliteTrouble::ReadOnly => Message::new("store-sqlite-read-only"),
                SqliteTrouble::Damaged => Message::new("store-sqlite-damaged"),
                SqliteTrouble::DiskFull => Message::new("store-sqlite-disk-full"),
                SqliteTrouble::Other => Message::new("store-sqlite").arg("detail", e.to_string()),
            },
            StoreError::Json(e) => Message::new("store-json").arg("detail", e.to_string()),
        }
    }
}

impl Localize for Refusal {
    fn message(&self) -> Message {
        let id = |id: &'static str, n: i64| Message::new(id).arg("id", n);
        match self {
            Refusal::NoImport { batch } => id("refused-no-import", *batch),
            Refusal::ImportUndone { batch, at } => {
                id("refused-import-undone", *batch).arg("at", at)
            }
            Refusal::NotADate { value } => Message::new("refused-not-a-date").arg("value", value),
            Refusal::NotAnEmail { value } => {
                Message::new("refused-not-an-email").arg("value", value)
            }
            Refusal::SaleWithoutContact {
                line,
                index,
                contacts,
            } => Message::new("refused-sale-without-contact")
                .arg("line", *line)
                .arg("index", *index)
                .arg("contacts", *contacts),
            Refusal::NoCustomer { id: n } => id("refused-no-customer", *n),
            Refusal::NoFeedback { id: n } => id("refused-no-feedback", *n),
            Refusal::SegmentWithoutName => Message::new("refused-segment-without-name"),
            Refusal::NoSavedSegment { name } => {
                Message::new("refused-no-saved-segment").arg("name", name)
            }
            Refusal::NoMergeGiven => Message::new("refused-no-merge-given"),
            Refusal::NoMerge { id: n } => id("refused-no-merge", *n),
            Refusal::MergeUndone { id: n, at } => id("refused-merge-undone", *n).arg("at", at),
            Refusal::SamePerson { id: n } => id("refused-same-person", *n),
            Refusal::Erased { id: n, at } => id("refused-erased", *n).arg("at", at),
            Refusal::AlreadyMerged { id: n, root, merge } => {
                let m = id("refused-already-merged", *n).arg("root", *root);
                match merge {
                    Some(merge) => m.arg("merge", *merge),
                    None => m,
                }
            }
            Refusal::UnknownMergeField { column } => {
                Message::new("refused-unknown-merge-field").arg("column", column)
            }
            Refusal::NothingToMerge { survivor } => id("refused-nothing-to-merge", *survivor),
            Refusal::IntoItself { id: n } => id("refused-into-itself", *n),
            Refusal::ListedTwice { id: n } => id("refused-listed-twice", *n),
            Refusal::UndoLaterFirst {
                merge,
                later,
                survivor,
                root,
                together,
            } => id("refused-undo-later-first", *merge)
                .arg("later", *later)
                .arg("survivor", *survivor)
                .arg("root", *root)
                .arg(
                    "together",
                    together
                        .iter()
                        .map(i64::to_string)
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
            Refusal::SurvivorMerged {
                merge,
                survivor,
                root,
            } => id("refused-survivor-merged", *merge)
                .arg("survivor", *survivor)
                .arg("root", *root),
            Refusal::TooLargeSum => Message::new("refused-too-large-sum"),
            Refusal::Settings(why) => why.message(),
            Refusal::InPlan {
                index,
                of,
                survivor,
                cause,
            } => Message::new("refused-in-plan")
                .arg("index", *index)
                .arg("of", *of)
                .arg("survivor", *survivor)
                .arg("cause", cause.message()),
        }
    }
}

impl Localize for crate::settings::Invalid {
    fn message(&self) -> Message {
        use crate::settings::{Invalid, LOCALES};
        match self {
            Invalid::Locale(locale) => {
                let known: Vec<&str> = LOCALES.iter().map(|l| l.code).collect();
                Message::new("settings-unknown-locale")
                    .arg("locale", locale)
                    .arg("known", known.join(", "))
            }
            Invalid::Currency(currency) => {
                Message::new("settings-not-a-currency").arg("currency", currency)
            }
            Invalid::Country(country) => {
                Message::new("settings-not-a-country").arg("country", country)
            }
            Invalid::ShopNameTooLong { max } => {
                Message::new("settings-shop-name-too-long").arg("max", *max)
            }
            Invalid::Margin(percent) => {
                Message::new("clv-settings-bad-margin").arg("percent", i64::from(*percent))
            }
            Invalid::Discount(basis_points) => Message::new("clv-settings-bad-discount")
                .arg("percent", *basis_points as f64 / 100.0)
                .arg(
                    "max",
                    crate::settings::MAX_DISCOUNT_BASIS_POINTS as f64 / 100.0,
                ),
            Invalid::TimeZone(zone) => Message::new("time-zone-unknown").arg("zone", zone),
        }
    }
}
