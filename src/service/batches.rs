//! The imports and what they added: the list of imports, undoing one, its problems; and the
//! shop at a glance (counts, the customer list, one customer) and edits of a contact.

use super::Error;
use crate::model::{BatchSummary, CustomerRow};
use crate::store::{
    BatchContents, ContactField, CustomerDetail, NewProblem, OrderLine, Stats, Store, UndoSummary,
};

/// Every import, newest first.
pub fn list(store: &Store) -> Result<Vec<BatchSummary>, Error> {
    Ok(store.batches()?)
}

/// What an import added, before asking to undo it.
pub fn contents(store: &Store, batch: i64) -> Result<BatchContents, Error> {
    Ok(store.batch_contents(batch)?)
}

/// Removes everything an import added (its sale lines and the contacts nothing else uses).
pub fn undo(store: &Store, batch: i64) -> Result<UndoSummary, Error> {
    Ok(store.undo_batch(batch)?)
}

/// The problems recorded for an import, in row order.
pub fn problems(store: &Store, batch: i64) -> Result<Vec<NewProblem>, Error> {
    Ok(store.batch_problems(batch)?)
}

/// The shop's counts.
pub fn stats(store: &Store) -> Result<Stats, Error> {
    Ok(store.stats()?)
}

/// The whole customer list.
pub fn customers(store: &Store) -> Result<Vec<CustomerRow>, Error> {
    Ok(store.customer_list()?)
}

/// One customer's details and sale lines (`None` when the contact no longer exists).
pub fn customer(store: &Store, id: i64) -> Result<Option<(CustomerDetail, Vec<OrderLine>)>, Error> {
    let Some(mut detail) = store.customer_detail(id)? else {
        return Ok(None);
    };
    detail.held = store.held_orders(id)?;
    let sales = store.customer_sales(id)?;
    Ok(Some((detail, sales)))
}

/// What an edit of a contact field did.
pub struct Edited {
    /// The value as stored (after normalising).
    pub value: Option<String>,
    /// The value before.
    pub old: Option<String>,
    /// The customer's list row after the edit.
    pub row: Option<CustomerRow>,
}

/// Checks and saves one field of a contact.
pub fn edit(
    store: &Store,
    contact_id: i64,
    field: ContactField,
    value: Option<&str>,
) -> Result<Edited, Error> {
    let value = field.normalise(value)?;
    let old = store.update_contact_field(contact_id, field, value.as_deref())?;
    let row = store.customer_row(contact_id).ok().flatten();
    Ok(Edited { value, old, row })
}
