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

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};
    use std::time::{Duration, Instant};

    use chrono::NaiveDate;

    use super::super::{EraseScope, Event, PrivacyRequest, Request, Worker};
    use crate::service::{self, Done};
    use crate::store::Store;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// A demo shop of `customers` whose history ends on 2025-06-30, in a new folder.
    fn shop(customers: usize) -> (tempfile::TempDir, PathBuf, Store) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.sqlite");
        let store = Store::open(&path).unwrap();
        let options = crate::demo::DemoOptions {
            catalogue: None,
            customers,
            years: 3,
            seed: 7,
            end: day(2025, 6, 30),
        };
        service::demo::fill(&store, &options, false, &mut service::Progress::silent()).unwrap();
        (dir, path, store)
    }

    /// The next event `pick` keeps, skipping the others (at most 60 seconds).
    fn wait_for<T>(worker: &Worker, pick: impl Fn(Event) -> Option<T>) -> T {
        let start = Instant::now();
        loop {
            if let Some(event) = worker.try_event()
                && let Some(found) = pick(event)
            {
                return found;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "no answer from the worker"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn started(path: &Path) -> Worker {
        let worker = Worker::start(path.to_path_buf(), Box::new(|| {})).unwrap();
        wait_for(&worker, |e| match e {
            Event::Opened { .. } => Some(()),
            _ => None,
        });
        worker
    }

    #[test]
    fn the_retention_rule_is_previewed_then_erased_as_a_job() {
        let (_dir, db, store) = shop(120);
        let before = store.stats().unwrap();
        // Two years before 2025-06-30, by hand; every demo customer has bought something,
        // so the rule takes those whose last order in the customer list is older.
        let since = day(2023, 6, 30);
        let list = store.customer_list().unwrap();
        assert!(list.iter().all(|r| r.last_order.is_some()));
        let want: Vec<i64> = list
            .iter()
            .filter(|r| r.last_order.is_some_and(|d| d < since))
            .map(|r| r.id)
            .collect();
        assert!(want.len() > 5 && want.len() < list.len(), "{}", want.len());

        let worker = started(&db);
        let as_of = day(2025, 6, 30);
        assert!(worker.send(Request::Privacy(PrivacyRequest::Inactive {
            years: 2,
            as_of
        })));
        let ids = wait_for(&worker, |e| match e {
            Event::Inactive {
                years: 2,
                as_of: a,
                ids,
            } if a == as_of => Some(ids),
            _ => None,
        });
        assert_eq!(*ids, want);

        let scope = EraseScope::Inactive { years: 2, as_of };
        assert!(worker.send(Request::Privacy(PrivacyRequest::GroupPreview(
            scope.clone()
        ))));
        let counts = wait_for(&worker, |e| match e {
            Event::GroupPreview { scope: s, counts } if s == scope => Some(counts),
            _ => None,
        });
        assert_eq!(counts.customers, want);
        // A preview changes nothing.
        assert_eq!(store.stats().unwrap(), before);

        assert!(worker.send(Request::Privacy(PrivacyRequest::Erase {
            job: 7,
            ids: counts.customers.clone(),
            cancel: Default::default(),
        })));
        let done = wait_for(&worker, |e| match e {
            Event::JobDone { job: 7, outcome } => Some(outcome),
            _ => None,
        });
        match done {
            Ok(Done::Erased { customers, .. }) => assert_eq!(customers, want.len()),
            other => panic!("expected the erase, got {other:?}"),
        }
        // The customer list no longer holds them; their sales stay, on anonymous records.
        let left = store.customer_list().unwrap();
        assert_eq!(left.len(), list.len() - want.len());
        assert!(!left.iter().any(|r| want.contains(&r.id)));
        let after = store.stats().unwrap();
        assert_eq!(after.revenue_cents, before.revenue_cents);
        assert_eq!(after.sale_lines, before.sale_lines);
        // Nobody is left under the rule.
        assert!(worker.send(Request::Privacy(PrivacyRequest::Inactive {
            years: 2,
            as_of
        })));
        let ids = wait_for(&worker, |e| match e {
            Event::Inactive { ids, .. } => Some(ids),
            _ => None,
        });
        assert!(ids.is_empty(), "{ids:?}");
    }

    #[test]
    fn an_import_is_counted_before_its_people_are_erased() {
        let (_dir, db, store) = shop(40);
        let batches = service::batches::list(&store).unwrap();
        assert_eq!(batches.len(), 1, "{batches:?}");
        let customers = store.stats().unwrap().customers;
        let worker = started(&db);
        let scope = EraseScope::Batch(batches[0].id);
        assert!(worker.send(Request::Privacy(PrivacyRequest::GroupPreview(
            scope.clone()
        ))));
        let counts = wait_for(&worker, |e| match e {
            Event::GroupPreview { scope: s, counts } if s == scope => Some(counts),
            _ => None,
        });
        // The demo shop is one import: every customer came from it.
        assert_eq!(counts.customers.len() as i64, customers);
        assert_eq!(counts.sale_lines as i64, store.stats().unwrap().sale_lines);
        // An import that does not exist brings nobody.
        let none = EraseScope::Batch(999);
        assert!(worker.send(Request::Privacy(PrivacyRequest::GroupPreview(none.clone()))));
        let counts = wait_for(&worker, |e| match e {
            Event::GroupPreview { scope: s, counts } if s == none => Some(counts),
            _ => None,
        });
        assert!(counts.customers.is_empty());
    }

    #[test]
    fn a_restore_shows_the_copy_beside_the_database_then_keeps_the_erased_erased() {
        let (dir, db, store) = shop(40);
        let copy = dir.path().join("copy.db");
        service::privacy::backup(&store, Some(&copy)).unwrap();
        let in_copy = store.stats().unwrap();
        // After the copy: one customer erased, the rest of the shop emptied by an undo.
        let list = store.customer_list().unwrap();
        let erased = list[0].id;
        service::privacy::erase(
            &store,
            &[erased],
            crate::store::EraseReason::OnRequest,
            &mut service::Progress::silent(),
        )
        .unwrap();
        // And two sale lines of a new customer imported.
        let sales = dir.path().join("sales.csv");
        std::fs::write(
            &sales,
            "customer_id,date,amount\nNEW1,2025-07-02,10.00\nNEW1,2025-07-03,5.50\n",
        )
        .unwrap();
        let options = crate::ingest::import::ImportOptions {
            kind: crate::ingest::mapping::ImportKind::Sales,
            ..Default::default()
        };
        let plan = service::import::plan_unhashed(&sales, &options).unwrap();
        service::import::run(
            &store,
            &sales,
            &plan,
            &options,
            0,
            false,
            &mut service::Progress::silent(),
        )
        .unwrap();
        let now = store.stats().unwrap();
        assert_eq!(now.sale_lines, in_copy.sale_lines + 2);
        assert_eq!(now.revenue_cents, in_copy.revenue_cents + 1550);

        let worker = started(&db);
        assert!(worker.send(Request::Privacy(PrivacyRequest::BackupContents(
            copy.clone()
        ))));
        let (held, seen_now) = wait_for(&worker, |e| match e {
            Event::BackupContents { held, now } => Some((held, now)),
            _ => None,
        });
        assert_eq!(held.path, copy);
        assert_eq!(held.stats, in_copy);
        assert_eq!(*seen_now, now);

        assert!(worker.send(Request::Privacy(PrivacyRequest::Restore {
            job: 3,
            file: copy.clone(),
        })));
        let done = wait_for(&worker, |e| match e {
            Event::JobDone { job: 3, outcome } => Some(outcome),
            _ => None,
        });
        let before = match done {
            Ok(Done::Restored {
                path,
                before,
                erased,
            }) => {
                assert_eq!(path, copy);
                assert_eq!(erased, 1, "the customer erased after the copy");
                before
            }
            other => panic!("expected the restore, got {other:?}"),
        };
        // The imports and the figures follow, from the restored contents.
        let imports = wait_for(&worker, |e| match e {
            Event::Imports(b) => Some(b),
            _ => None,
        });
        // The copy has the demo shop's import alone.
        assert_eq!(imports.len(), 1);
        let stats = wait_for(&worker, |e| match e {
            Event::Stats(s) => Some(s),
            _ => None,
        });
        assert_eq!(stats.sale_lines, in_copy.sale_lines);
        assert_eq!(stats.revenue_cents, in_copy.revenue_cents);
        let restored = Store::open(&db).unwrap();
        let listed = restored.customer_list().unwrap();
        assert!(!listed.iter().any(|r| r.id == erased));
        assert_eq!(listed.len(), list.len() - 1);
        // The database as it was before the restore is the way back.
        let before = before.expect("a backup of the present state");
        assert!(
            before
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("before-restore-")),
            "{before:?}"
        );
        let back = service::privacy::backup_contents(&before).unwrap();
        assert_eq!(back.stats, now);
    }
}
