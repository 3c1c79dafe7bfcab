//! The worker's campaign requests: the Campaigns screen's list with each campaign's
//! results, creating a campaign, making its report, and the owner's notes in a customer's
//! contact history.

use std::sync::Arc;

use chrono::NaiveDate;

use super::{CancelFlag, Event, Outcome, answer, answer_typed, load_customer, progress_of};
use crate::service::{self, campaign::CampaignSpec};
use crate::store::{ContactKind, Store};

/// What the Campaigns screen asks.
#[derive(Debug)]
pub enum CampaignRequest {
    /// Every campaign with its results as of today, as job `job`
    /// ([`Event::Campaigns`] ends it).
    List {
        /// The job id chosen by the window.
        job: u64,
    },
    /// Create a campaign as job `job` ([`Event::CampaignCreated`] ends it).
    Create {
        /// The job id chosen by the window.
        job: u64,
        /// What the campaign is to be.
        spec: Box<CampaignSpec>,
        /// Raised by the window to stop.
        cancel: CancelFlag,
    },
    /// Make a campaign's report (PDF) in `lang` as job `job` ([`Event::CampaignReport`]
    /// ends it; the window then asks where to save it).
    Report {
        /// The job id chosen by the window.
        job: u64,
        /// The campaign.
        name: String,
        /// The language of its words.
        lang: crate::text::Lang,
    },
    /// Add the owner's note to a customer's contact history; the customer's detail is sent
    /// again with it ([`Event::Customer`]), or [`Event::Error`] says why not.
    AddNote {
        /// The customer.
        customer_id: i64,
        /// A call, a visit, a complaint or another note.
        kind: ContactKind,
        /// The day it happened.
        day: NaiveDate,
        /// What happened.
        text: String,
    },
}

/// Answers one campaign request.
pub(super) fn handle(
    store: &Store,
    request: CampaignRequest,
    emit: &dyn Fn(Event) -> bool,
) -> Outcome {
    match request {
        CampaignRequest::List { job } => {
            let (result, outcome) =
                answer_typed(service::campaign::measure_all(store).map(Arc::new));
            emit(Event::Campaigns { job, result });
            outcome
        }
        CampaignRequest::Create { job, spec, cancel } => {
            let made =
                service::campaign::create(store, &spec, &mut progress_of(job, &cancel, emit));
            let (result, outcome) = answer_typed(made.map(Arc::new));
            emit(Event::CampaignCreated { job, result });
            outcome
        }
        CampaignRequest::Report { job, name, lang } => {
            let made = service::campaign::report(store, &name, None, lang);
            let (result, outcome) = answer_typed(made.map(|(m, pdf)| (m.campaign.name, pdf)));
            let result = result.map(|(name, pdf)| (name, Arc::new(pdf)));
            emit(Event::CampaignReport { job, result });
            outcome
        }
        CampaignRequest::AddNote {
            customer_id,
            kind,
            day,
            text,
        } => {
            let added = service::campaign::add_note(store, customer_id, kind, &text, Some(day));
            let (result, outcome) = answer(added, |_| None);
            // Shown at once: the customer's detail comes again with the note.
            emit(match result {
                Ok(()) => load_customer(store, customer_id).0,
                Err(e) => Event::Error(e),
            });
            outcome
        }
    }
}
