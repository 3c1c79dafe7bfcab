//! The demo shop: generated and written in one import, for the window and `clientele demo`.

use super::{Error, Job, Progress, Stage};
use crate::demo::DemoOptions;
use crate::store::{Store, StoreError};

/// Generates the demo shop and writes it (replacing the data already there with
/// `replace`); returns the import's number. Without `replace`, a database that holds data
/// is left alone.
pub fn fill(
    store: &Store,
    options: &DemoOptions,
    replace: bool,
    progress: &mut Progress<'_>,
) -> Result<i64, Error> {
    // Generating is about a third of the work, writing the rest.
    let shop = crate::demo::generate_with_progress(options, &mut |done, total| {
        progress.fraction(
            0.3 * done as f32 / total.max(1) as f32,
            &Stage::CreatingDemo,
        )
    })
    .ok_or(Error::Cancelled(Job::Demo))?;
    tracing::info!(
        "demo shop generated: {} contacts, {} sale lines",
        shop.contacts.len(),
        shop.sales.len()
    );
    let batch = crate::store::NewBatch {
        kind: crate::store::BatchKind::Demo,
        file_name: None,
        file_sha256: None,
        sheet: None,
        options: serde_json::json!({
            "customers": options.customers,
            "years": options.years,
            "seed": options.seed,
            "end": options.end.to_string(),
        }),
        rows_read: (shop.contacts.len() + shop.sales.len()) as u64,
        rows_rejected: 0,
        replace_existing: replace,
    };
    let batch_id = store
        .write_batch(&batch, &shop.contacts, &shop.sales, &mut |done, total| {
            progress.fraction(
                0.3 + 0.7 * done as f32 / total.max(1) as f32,
                &Stage::SavingDemo,
            )
        })
        .map_err(|e| match e {
            StoreError::Cancelled => Error::Cancelled(Job::Demo),
            e => Error::Store(e),
        })?;
    // What customers said, in the same batch: undoing the demo removes it too.
    store.add_batch_feedback(batch_id, &shop.feedback)?;
    Ok(batch_id)
}

/// Refuses a database that holds any contact or sale: the demo shop is loaded over data
/// only when asked to replace it.
pub fn refuse_over_data(store: &Store) -> Result<(), Error> {
    if store.has_shop_data()? {
        return Err(Error::HasData {
            path: store.path().to_path_buf(),
        });
    }
    Ok(())
}
