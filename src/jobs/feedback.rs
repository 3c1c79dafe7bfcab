//! The worker's feedback requests: the Feedback screen's figures, one customer's feedback,
//! adding a piece of feedback and resolving a complaint.

use std::sync::Arc;

use super::{CancelFlag, Event, Outcome, answer, answer_typed, progress_of, refresh};
use crate::ingest::feedback::FeedbackOptions;
use crate::model::feedback::{FeedbackFilter, NewFeedback};
use crate::service::{self, feedback::GroupBy};
use crate::store::Store;

/// What the Feedback screen and the customer detail ask about feedback.
#[derive(Debug)]
pub enum FeedbackRequest {
    /// Work out the Feedback screen's figures as job `job` ([`Event::Feedback`] ends it).
    View {
        /// The job id chosen by the window.
        job: u64,
        /// The breakdown.
        by: GroupBy,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// Check (a dry run) or import a feedback file as job `job`
    /// ([`Event::FeedbackImported`] ends it; an import that wrote is followed by a refresh).
    Import {
        /// The job id chosen by the window.
        job: u64,
        /// The file.
        path: std::path::PathBuf,
        /// The scale said, the dry run, the shop's date order and phone country.
        options: Box<FeedbackOptions>,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// One customer's feedback ([`Event::CustomerFeedback`]).
    Customer(i64),
    /// Add a piece of feedback the owner typed, then [`Event::CustomerFeedback`].
    Add(NewFeedback),
    /// Mark a complaint resolved with a note, then [`Event::CustomerFeedback`] of
    /// `customer`.
    Resolve {
        /// The feedback.
        id: i64,
        /// Its customer, whose list is sent again.
        customer: i64,
        /// What was done.
        note: String,
    },
}

/// Answers one feedback request.
pub(super) fn handle(
    store: &Store,
    request: FeedbackRequest,
    emit: &dyn Fn(Event) -> bool,
) -> Outcome {
    match request {
        FeedbackRequest::View { job, by, cancel } => {
            let made = service::feedback::view(store, by, &mut progress_of(job, &cancel, emit));
            let (result, outcome) = answer_typed(made.map(Arc::new));
            emit(Event::Feedback { job, result });
            outcome
        }
        FeedbackRequest::Import {
            job,
            path,
            options,
            cancel,
        } => {
            let done = service::feedback::import(
                store,
                &path,
                &options,
                &mut progress_of(job, &cancel, emit),
            );
            let (result, outcome) = answer_typed(done);
            let wrote = result.as_ref().is_ok_and(|r| r.batch_id.is_some());
            if emit(Event::FeedbackImported { job, result }) && wrote {
                refresh(store, emit);
            }
            outcome
        }
        FeedbackRequest::Customer(id) => customer(store, id, emit, None),
        FeedbackRequest::Add(piece) => {
            let id = piece.contact_id;
            customer(
                store,
                id,
                emit,
                Some(service::feedback::add(store, &piece).map(drop)),
            )
        }
        FeedbackRequest::Resolve {
            id,
            customer: c,
            note,
        } => {
            let resolved = service::feedback::resolve(store, id, &note).map(drop);
            customer(store, c, emit, Some(resolved))
        }
    }
}

/// Sends customer `id`'s feedback, after `edit` when there was one (an edit that failed
/// sends its error instead).
fn customer(
    store: &Store,
    id: i64,
    emit: &dyn Fn(Event) -> bool,
    edit: Option<Result<(), service::Error>>,
) -> Outcome {
    let changed = edit.is_some();
    let read = edit.unwrap_or(Ok(())).and_then(|()| {
        service::feedback::list(
            store,
            &FeedbackFilter {
                customer_id: Some(id),
                ..FeedbackFilter::default()
            },
        )
    });
    let (result, outcome) = answer(read, |_| None);
    emit(match result {
        Ok(rows) => Event::CustomerFeedback { id, rows, changed },
        Err(e) => Event::Error(e),
    });
    outcome
}
