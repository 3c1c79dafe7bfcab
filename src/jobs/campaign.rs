//! The worker's campaign requests: the Campaigns screen's list with each campaign's
//! results, and creating a campaign.

use std::sync::Arc;

use super::{CancelFlag, Event, Outcome, answer_typed, progress_of};
use crate::service::{self, campaign::CampaignSpec};
use crate::store::Store;

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
    }
}
