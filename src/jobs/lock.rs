//! The worker's passphrase request: lock the open database, change its passphrase or
//! remove it.

use super::{Event, Outcome, answer};
use crate::service::{self, Done};
use crate::store::{Passphrase, Store};

/// Changes how the open database is locked; the status bar says what was done.
pub(super) fn handle(
    store: &mut Store,
    old: Option<Passphrase>,
    new: Option<Passphrase>,
    emit: &dyn Fn(Event) -> bool,
) -> Outcome {
    let changed = service::lock::change_open(store, old.as_ref(), new.as_ref());
    let (result, outcome) = answer(changed, |_| None);
    emit(Event::Saved(result.map(Done::Relocked)));
    outcome
}
