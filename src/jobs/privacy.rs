//! The worker's privacy requests: consent, erasing a customer or a group of them (an
//! import's, a retention rule's), subject export, backups and restoring one.

use std::path::PathBuf;
use std::sync::Arc;

use super::{
    EraseScope, Event, Outcome, PrivacyRequest, answer, imports, load_customer, progress_of,
    refresh,
};
use crate::service::{self, Done};
use crate::store::{ConsentSource, EraseReason, Store};

/// Answers one privacy request.
pub(super) fn handle(
    store: &mut Store,
    request: PrivacyRequest,
    emit: &dyn Fn(Event) -> bool,
) -> Outcome {
    match request {
        PrivacyRequest::SetConsent { id, channel, state } => {
            let set = service::privacy::set_consent(
                store,
                id,
                &[(channel, state)],
                ConsentSource::Window,
                None,
            );
            let (result, outcome) = answer(set, |_| None);
            match result {
                Ok(()) => {
                    let (detail, _) = load_customer(store, id);
                    emit(detail);
                }
                Err(e) => {
                    emit(Event::Error(e));
                }
            }
            outcome
        }
        PrivacyRequest::ErasePreview(id) => {
            let (result, outcome) = answer(service::privacy::erase_preview(store, &[id]), |_| None);
            emit(match result {
                Ok(counts) => Event::ErasePreview { id, counts },
                Err(e) => Event::Error(e),
            });
            outcome
        }
        PrivacyRequest::Erase { job, ids, cancel } => {
            let erased = service::privacy::erase(
                store,
                &ids,
                EraseReason::OnRequest,
                &mut progress_of(job, &cancel, emit),
            );
            let (result, outcome) = answer(erased, |_| None);
            let result = result.map(|c| Done::Erased {
                customers: c.customers.len(),
                contacts: c.contacts,
            });
            let changed = result.is_ok();
            if emit(Event::JobDone {
                job,
                outcome: result,
            }) && changed
            {
                refresh(store, emit);
            }
            outcome
        }
        PrivacyRequest::BackupNow => {
            let (result, outcome) = answer(service::privacy::backup(store, None), |_| None);
            emit(Event::Saved(result.map(|path| Done::BackupSaved { path })));
            outcome
        }
        PrivacyRequest::AuditPage {
            filter,
            offset,
            limit,
        } => {
            let page = (|| -> Result<_, service::Error> {
                Ok((
                    store.audit_count(&filter)?,
                    store.audit_page(&filter, offset, limit)?,
                    store.audit_kinds()?,
                ))
            })();
            let (result, outcome) = answer(page, |_| None);
            emit(match result {
                Ok((total, lines, kinds)) => Event::AuditPage {
                    filter,
                    offset,
                    total,
                    lines: std::sync::Arc::new(lines),
                    kinds: std::sync::Arc::new(kinds),
                },
                Err(e) => Event::Error(e),
            });
            outcome
        }
        PrivacyRequest::Inactive { years, as_of } => {
            let found = service::privacy::inactive_customers(store, years, as_of);
            let (result, outcome) = answer(found, |_| None);
            emit(match result {
                Ok(ids) => Event::Inactive {
                    years,
                    as_of,
                    ids: Arc::new(ids),
                },
                Err(e) => Event::Error(e),
            });
            outcome
        }
        PrivacyRequest::GroupPreview(scope) => {
            let counted = (|| -> Result<_, service::Error> {
                let ids = match &scope {
                    EraseScope::Batch(batch) => store.customers_of_batch(*batch)?,
                    EraseScope::Inactive { years, as_of } => {
                        service::privacy::inactive_customers(store, *years, *as_of)?
                    }
                };
                service::privacy::erase_preview(store, &ids)
            })();
            let (result, outcome) = answer(counted, |_| None);
            emit(match result {
                Ok(counts) => Event::GroupPreview { scope, counts },
                Err(e) => Event::Error(e),
            });
            outcome
        }
        PrivacyRequest::BackupContents(file) => {
            let read = service::privacy::backup_contents(&file)
                .and_then(|held| Ok((held, store.stats()?)));
            let (result, outcome) = answer(read, |_| None);
            emit(match result {
                Ok((held, now)) => Event::BackupContents {
                    held: Box::new(held),
                    now: Box::new(now),
                },
                Err(e) => Event::Error(e),
            });
            outcome
        }
        PrivacyRequest::Restore { job, file } => restore(store, job, file, emit),
        PrivacyRequest::SubjectExport(id) => subject_export(store, id, None, emit),
        PrivacyRequest::SubjectExportPdf { id, lang } => {
            subject_export(store, id, Some(lang), emit)
        }
    }
}

/// Puts the backup copy `file` in place of the database; then every figure the window
/// shows, the imports and the shop's settings again, from the restored contents.
fn restore(store: &mut Store, job: u64, file: PathBuf, emit: &dyn Fn(Event) -> bool) -> Outcome {
    let (result, outcome) = answer(service::privacy::restore(store, &file), |_| None);
    let result = result.map(|r| Done::Restored {
        path: file,
        before: r.before,
        erased: r.erased.len(),
    });
    let changed = result.is_ok();
    if emit(Event::JobDone {
        job,
        outcome: result,
    }) && changed
    {
        if let Ok(settings) = service::settings::get(store) {
            emit(Event::Settings {
                settings,
                saved: false,
            });
        }
        let (event, _) = imports(store);
        emit(event);
        refresh(store, emit);
    }
    outcome
}

/// Writes a customer's data in `exports/` beside the database: JSON, or a PDF in `lang`.
fn subject_export(
    store: &Store,
    id: i64,
    pdf: Option<crate::text::Lang>,
    emit: &dyn Fn(Event) -> bool,
) -> Outcome {
    let dir = store
        .path()
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default()
        .join("exports");
    let path = dir.join(format!(
        "customer-{id}-{}.{}",
        chrono::Local::now().format("%Y-%m-%d-%H%M%S"),
        if pdf.is_some() { "pdf" } else { "json" }
    ));
    let written = std::fs::create_dir_all(&dir)
        .map_err(|e| service::Error::Write {
            path: dir.clone(),
            source: e,
        })
        .and_then(|()| match pdf {
            Some(lang) => service::privacy_subject::subject_export_pdf(store, id, &path, lang),
            None => service::privacy::subject_export(store, id, &path),
        });
    let (result, outcome) = answer(written, |_| None);
    emit(Event::Saved(result.map(|_| Done::SubjectSaved { path })));
    outcome
}
