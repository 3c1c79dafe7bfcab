//! The shop's analytics figures shared by the screens (Segments and Charts today): computed
//! once by the worker for the current data and as-of date, kept here, read by any screen
//! through [`crate::ui::screen::Cx`]. No screen holds a copy.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::analytics::dashboard::ShopAnalytics;

/// The Segments and Charts figures, shared by every screen that reads them, and when and for
/// which dates they were computed.
#[derive(Default)]
pub struct Insights {
    /// The latest figures; `Some(None)` when the shop has no sales.
    pub data: Option<Option<Arc<ShopAnalytics>>>,
    /// The job computing them now.
    pub job: Option<u64>,
    /// The data generation, as-of date and movement date of the figures shown or being
    /// computed.
    pub key: Option<(u64, Option<NaiveDate>, Option<NaiveDate>)>,
    /// The as-of date chosen (`None`: the day of the latest sale).
    pub as_of: Option<NaiveDate>,
    /// The earlier date of the movement chosen (`None`: 30 days before the as-of date).
    pub before: Option<NaiveDate>,
    /// What the movement's date field holds while typed.
    pub before_text: String,
    /// What the as-of field holds while typed.
    pub as_of_text: String,
    /// Why the last computation failed.
    pub error: Option<String>,
    /// What sells together, for the Baskets screen and the customer detail.
    pub baskets: crate::ui::widgets::suggested::SharedBaskets,
    /// The Forecast, Cohorts and Channels figures.
    pub trends: TrendFigures,
    /// The Charts tab's Forecast, Cohorts and Channels when it asks for other steps or a
    /// range than the Overview's.
    pub chart_trends: TrendFigures,
}

impl Insights {
    /// Whether the figures must be computed (again) for data generation `generation`.
    pub fn stale(&self, generation: u64) -> bool {
        self.job.is_none() && self.key != Some((generation, self.as_of, self.before))
    }

    /// The figures, when computed and the shop has sales.
    pub fn figures(&self) -> Option<&Arc<ShopAnalytics>> {
        self.data.as_ref().and_then(Option::as_ref)
    }
}

impl Insights {
    /// Keeps the figures (or the error) job `job` answered, when they are the ones awaited.
    pub fn answer(
        &mut self,
        job: u64,
        result: &Result<Option<Arc<ShopAnalytics>>, Arc<crate::service::Error>>,
    ) {
        if self.job != Some(job) {
            return;
        }
        self.job = None;
        match result {
            Ok(data) => {
                if let Some(figures) = data {
                    self.as_of_text = crate::format::iso_date(figures.as_of);
                    self.before_text = crate::format::iso_date(figures.movement.before);
                }
                self.data = Some(data.clone());
            }
            Err(e) => self.error = Some(crate::text::local(e.as_ref())),
        }
    }
}

/// The Forecast, Cohorts and Channels figures (issue 23), worked out once per data change
/// and shared by the Charts and Overview screens.
#[derive(Default)]
pub struct TrendFigures {
    /// The latest figures; `Some(None)` when the shop has no sales.
    pub data: Option<Option<Arc<crate::service::trends::Trends>>>,
    /// The job computing them now.
    pub job: Option<u64>,
    /// The data generation, as-of date and Charts choice of the figures shown or being
    /// computed.
    pub key: Option<(u64, Option<NaiveDate>, crate::service::trends::TrendChoice)>,
    /// Why the last computation failed.
    pub error: Option<String>,
}

impl TrendFigures {
    /// Whether the figures must be computed (again) for data generation `generation` as of
    /// `as_of`, with the Overview's default choice.
    pub fn stale(&self, generation: u64, as_of: Option<NaiveDate>) -> bool {
        self.stale_for(generation, as_of, &Default::default())
    }

    /// Whether the figures must be computed (again) for data generation `generation` as of
    /// `as_of`, with `choice`.
    pub fn stale_for(
        &self,
        generation: u64,
        as_of: Option<NaiveDate>,
        choice: &crate::service::trends::TrendChoice,
    ) -> bool {
        self.job.is_none() && self.key != Some((generation, as_of, *choice))
    }

    /// The figures, when computed and the shop has sales.
    pub fn figures(&self) -> Option<&Arc<crate::service::trends::Trends>> {
        self.data.as_ref().and_then(Option::as_ref)
    }

    /// Keeps the figures (or the error) job `job` answered, when they are the ones awaited.
    pub fn answer(
        &mut self,
        job: u64,
        result: &Result<Option<Arc<crate::service::trends::Trends>>, Arc<crate::service::Error>>,
    ) {
        if self.job != Some(job) {
            return;
        }
        self.job = None;
        match result {
            Ok(data) => self.data = Some(data.clone()),
            Err(e) => self.error = Some(crate::text::local(e.as_ref())),
        }
    }
}
