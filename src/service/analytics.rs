//! The shop's figures: the Overview, the Segments and Charts figures, RFM, the customers
//! and revenue per segment, tier and lifecycle stage, and saved segments with their members.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::{Error, Job, Progress, Stage};
use crate::analytics::dashboard::ShopAnalytics;
use crate::analytics::predict::CustomerPrediction;
use crate::analytics::rfm::{RfmRow, Scoring};
use crate::analytics::rules::{CustomerFacts, Rule};
use crate::analytics::{
    Order, Overview, WalkIn, build_orders, default_as_of, overview_with_walk_ins,
};
use crate::model::CustomerProfile;
use crate::store::{SavedSegment, Store};

/// The day figures are computed for when none is given: the day of the latest sale.
fn as_of_or_latest(facts: &[crate::model::SaleFact], as_of: Option<NaiveDate>) -> NaiveDate {
    as_of.unwrap_or_else(|| default_as_of(facts, chrono::Local::now().date_naive()))
}

/// Loads the sale lines and the walk-in sales and computes the Overview as of `as_of`
/// (default: the last sale, walk-in or not); `None` when there are no sales.
pub fn compute_overview(
    store: &Store,
    as_of: Option<NaiveDate>,
) -> Result<Option<Overview>, Error> {
    let facts = store.sale_facts()?;
    let walk_ins = walk_ins(store)?;
    if facts.is_empty() && walk_ins.is_empty() {
        return Ok(None);
    }
    let last = facts
        .iter()
        .map(|f| f.sold_on)
        .chain(walk_ins.iter().map(|w| w.0))
        .max();
    let as_of = as_of
        .or(last)
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let orders = build_orders(&facts);
    drop(facts);
    Ok(Some(overview_with_walk_ins(&orders, &walk_ins, as_of)))
}

/// The walk-in orders (sales naming no customer), oldest first, as the analytics take them.
pub fn walk_ins(store: &Store) -> Result<Vec<WalkIn>, Error> {
    Ok(store
        .walk_in_orders()?
        .into_iter()
        .map(|w| (w.day, w.amount_cents))
        .collect())
}

/// Every order and the as-of day (default: the day of the last sale); `None` when there
/// are no sales. The sale lines are let go once the orders are built.
fn every_order(
    store: &Store,
    as_of: Option<NaiveDate>,
) -> Result<Option<(NaiveDate, Vec<Order>)>, Error> {
    let facts = store.sale_facts()?;
    if facts.is_empty() {
        return Ok(None);
    }
    Ok(Some((as_of_or_latest(&facts, as_of), build_orders(&facts))))
}

/// Reads the shop and computes the Segments and Charts figures as of `as_of` (default: the
/// day of the last sale), with the movement between segments since `before`; `None` when
/// there are no sales.
pub fn compute_analytics(
    store: &Store,
    as_of: Option<NaiveDate>,
    before: Option<NaiveDate>,
    progress: &mut Progress<'_>,
) -> Result<Option<Arc<ShopAnalytics>>, Error> {
    progress.step(0.0, Stage::ReadingSales, Job::Segments)?;
    let Some((as_of, orders)) = every_order(store, as_of)? else {
        return Ok(None);
    };
    progress.step(0.3, Stage::ReadingProducts, Job::Segments)?;
    let details = store.sale_details()?;
    progress.step(0.6, Stage::ReadingCustomers, Job::Segments)?;
    let profiles = store.customer_profiles()?;
    progress.step(0.7, Stage::WorkingOutSegments, Job::Segments)?;
    let mut analytics =
        crate::analytics::dashboard::compute(&orders, &details, &profiles, as_of, before);
    crate::analytics::dashboard::add_walk_ins(&mut analytics, &walk_ins(store)?);
    analytics.profiles = profiles;
    progress.step(1.0, Stage::Done, Job::Segments)?;
    Ok(Some(Arc::new(analytics)))
}

/// The figures of a shop without sales: every customer, with the figures left empty.
pub fn figures_without_sales(store: &Store) -> Result<ShopAnalytics, Error> {
    let profiles = store.customer_profiles()?;
    let today = chrono::Local::now().date_naive();
    let facts = crate::analytics::rules::customer_facts(
        &profiles,
        &[],
        &[],
        &std::collections::BTreeMap::new(),
        &crate::analytics::rfm::lifecycle(&[], today),
        today,
    );
    Ok(ShopAnalytics {
        as_of: today,
        profiles,
        facts,
        ..ShopAnalytics::default()
    })
}

/// The orders on or before the as-of date (default: the day of the latest sale).
pub fn orders_as_of(
    store: &Store,
    as_of: Option<NaiveDate>,
) -> Result<(NaiveDate, Vec<Order>), Error> {
    Ok(orders_of_facts(store.sale_facts()?, as_of))
}

/// The as-of date (default: the day of the latest fact) and the orders of the facts on or
/// before it.
fn orders_of_facts(
    mut facts: Vec<crate::model::SaleFact>,
    as_of: Option<NaiveDate>,
) -> (NaiveDate, Vec<Order>) {
    let as_of = as_of_or_latest(&facts, as_of);
    facts.retain(|f| f.sold_on <= as_of);
    (as_of, build_orders(&facts))
}

/// The orders on or before the as-of date (default: the day of the latest sale), after
/// reporting that the sales are being read as part of `job`; `None` when there are none.
pub(super) fn orders_or_none(
    store: &Store,
    as_of: Option<NaiveDate>,
    progress: &mut Progress<'_>,
    job: Job,
) -> Result<Option<(NaiveDate, Vec<Order>)>, Error> {
    progress.step(0.0, Stage::ReadingSales, job)?;
    let (as_of, orders) = orders_as_of(store, as_of)?;
    Ok((!orders.is_empty()).then_some((as_of, orders)))
}

/// The sale facts (as [`Store::sale_facts`] reads them) with every customer's first-day
/// channels and stores (as [`Store::first_day_origins`] gives them, read in the same pass
/// over the sale lines) and the as-of date (default: the day of the latest sale), after reporting that
/// the sales are being read as part of `job`; `None` when no sale is on or before it.
pub(super) fn facts_and_first_days_or_none(
    store: &Store,
    as_of: Option<NaiveDate>,
    progress: &mut Progress<'_>,
    job: Job,
) -> Result<Option<FactsAndFirstDays>, Error> {
    progress.step(0.0, Stage::ReadingSales, job)?;
    let (facts, first_days) = store.sale_facts_and_first_days()?;
    let as_of = as_of_or_latest(&facts, as_of);
    Ok(facts
        .iter()
        .any(|f| f.sold_on <= as_of)
        .then_some((as_of, facts, first_days)))
}

/// The as-of date, the sale facts and the first days' channels and stores.
pub(super) type FactsAndFirstDays = (
    NaiveDate,
    Vec<crate::model::SaleFact>,
    Vec<crate::model::SaleDetail>,
);

/// RFM as of a date (default: the day of the latest sale). As of the latest sale or later,
/// from the per-customer figures the store keeps; as of an earlier date, from the sale lines.
pub fn rfm_rows(
    store: &Store,
    as_of: Option<NaiveDate>,
    scoring: Scoring,
) -> Result<(NaiveDate, Vec<RfmRow>), Error> {
    if let Some((latest, totals)) = store.customer_totals()?
        && as_of.is_none_or(|a| a >= latest)
    {
        let as_of = as_of.unwrap_or(latest);
        return Ok((
            as_of,
            crate::analytics::rfm::rfm_from_totals_with(&totals, as_of, scoring),
        ));
    }
    let (as_of, orders) = orders_as_of(store, as_of)?;
    Ok((
        as_of,
        crate::analytics::rfm::rfm_with(&orders, as_of, scoring),
    ))
}

/// RFM of every customer with the customers' references in the source system.
pub struct RfmTable {
    /// The day the figures are computed for.
    pub as_of: NaiveDate,
    /// One row per customer with orders.
    pub rows: Vec<RfmRow>,
    /// Each customer's reference in the source system.
    pub refs: HashMap<i64, String>,
}

/// RFM of every customer as of a date, with their references.
pub fn rfm_table(
    store: &Store,
    as_of: Option<NaiveDate>,
    scoring: Scoring,
) -> Result<RfmTable, Error> {
    let (as_of, rows) = rfm_rows(store, as_of, scoring)?;
    let refs = store.external_refs()?;
    Ok(RfmTable { as_of, rows, refs })
}

/// Customers and revenue of one group (a segment, a tier or a lifecycle stage).
#[derive(Clone, Debug, PartialEq)]
pub struct GroupFigures {
    /// The group's name.
    pub name: &'static str,
    /// Customers in it.
    pub customers: u64,
    /// Their revenue, in cents.
    pub revenue_cents: i64,
}

/// Customers and revenue per named segment, value tier and lifecycle stage.
pub struct SegmentSummary {
    /// The day the figures are computed for.
    pub as_of: NaiveDate,
    /// Every customer's RFM.
    pub rows: Vec<RfmRow>,
    /// In the order of `Segment::ALL`.
    pub segments: Vec<GroupFigures>,
    /// In the order of `Tier::ALL`.
    pub tiers: Vec<GroupFigures>,
    /// In the order of lifecycle `Stage::ALL`.
    pub stages: Vec<GroupFigures>,
    /// The typical gap between orders, in days.
    pub gap_days: f64,
    /// The revenue share of the top 20% of customers.
    pub top20_share: f64,
}

/// Customers and revenue per named segment, value tier and lifecycle stage as of a date.
pub fn segment_summary(
    store: &Store,
    as_of: Option<NaiveDate>,
    scoring: Scoring,
) -> Result<SegmentSummary, Error> {
    use crate::analytics::rfm::{Segment, Stage, Tier, lifecycle, pareto_share, rfm_with, tiers};
    let (as_of, orders) = orders_as_of(store, as_of)?;
    let rows = rfm_with(&orders, as_of, scoring);
    let tier_of = tiers(&rows);
    let life = lifecycle(&orders, as_of);
    let spend: HashMap<i64, i64> = rows
        .iter()
        .map(|r| (r.customer_id, r.monetary_cents))
        .collect();
    let group = |name: &'static str, ids: &mut dyn Iterator<Item = i64>| {
        let (mut customers, mut revenue_cents) = (0u64, 0i64);
        for id in ids {
            customers += 1;
            revenue_cents += spend.get(&id).copied().unwrap_or(0);
        }
        GroupFigures {
            name,
            customers,
            revenue_cents,
        }
    };
    let segments = Segment::ALL
        .iter()
        .map(|s| {
            group(
                s.name(),
                &mut rows
                    .iter()
                    .filter(|r| r.segment == *s)
                    .map(|r| r.customer_id),
            )
        })
        .collect();
    let tiers = Tier::ALL
        .iter()
        .map(|t| {
            group(
                t.name(),
                &mut tier_of.iter().filter(|(_, x)| *x == t).map(|(id, _)| *id),
            )
        })
        .collect();
    let stages = Stage::ALL
        .iter()
        .map(|s| {
            group(
                s.name(),
                &mut life
                    .stages
                    .iter()
                    .filter(|(_, x)| *x == s)
                    .map(|(id, _)| *id),
            )
        })
        .collect();
    let top20_share = pareto_share(&rows, 0.2);
    Ok(SegmentSummary {
        as_of,
        rows,
        segments,
        tiers,
        stages,
        gap_days: life.gap_days,
        top20_share,
    })
}

/// Every customer's profile and the facts segment rules look at, computed once.
pub struct SegmentView {
    /// The day the figures are computed for.
    pub as_of: NaiveDate,
    /// Every customer.
    pub profiles: Vec<CustomerProfile>,
    /// What rules look at, in the order of `profiles`.
    pub facts: Vec<CustomerFacts>,
    /// The customers' predicted figures, sorted by customer id, when a rule asked for them
    /// (see [`SegmentView::predict_for`]); empty otherwise.
    pub predicted: Vec<CustomerPrediction>,
}

impl SegmentView {
    /// Works the predictions out, as `clientele predict` does with the shop's settings and
    /// the view's as-of date, when one of `rules` looks at a predicted figure. A shop with
    /// too little data for predictions has none: such conditions then match no one.
    pub fn predict_for(&mut self, store: &Store, rules: &[&Rule]) -> Result<(), Error> {
        if !rules.iter().any(|r| r.uses_predictions()) {
            return Ok(());
        }
        let mut options = super::predict::PredictOptions::for_shop(&store.settings()?);
        options.as_of = Some(self.as_of);
        let made = super::predict::run(store, &options, &mut Progress::silent())?;
        if let crate::analytics::predict::PredictOutcome::Ready(p) = made.outcome {
            self.predicted = p.customers;
        }
        Ok(())
    }

    /// Whether a customer of the view belongs to `rule`.
    pub fn matches(&self, rule: &Rule, c: &CustomerFacts) -> bool {
        rule.matches_with(c, &self.predicted)
    }
}

/// The segment view; `with_products` false leaves out what customers bought (products,
/// categories, first channel), which only saved rules use: reading every sale line's text
/// again is the slowest part of an export.
pub fn segment_view(
    store: &Store,
    as_of: Option<NaiveDate>,
    with_products: bool,
) -> Result<SegmentView, Error> {
    use crate::analytics::rfm::{lifecycle, rfm, tiers};
    let (as_of, orders) = orders_as_of(store, as_of)?;
    let rows = rfm(&orders, as_of);
    let tier_of = tiers(&rows);
    let life = lifecycle(&orders, as_of);
    let profiles = store.customer_profiles()?;
    let details = if with_products {
        store.sale_details()?
    } else {
        Vec::new()
    };
    let facts =
        crate::analytics::rules::customer_facts(&profiles, &details, &rows, &tier_of, &life, as_of);
    Ok(SegmentView {
        as_of,
        profiles,
        facts,
        predicted: Vec::new(),
    })
}

/// Which customers a group keeps.
pub type Keep = Box<dyn Fn(&CustomerFacts) -> bool>;

/// A segment by its English name, or by its name in any of Clientele's languages (the report
/// in French prints the French name in its export command).
pub fn segment_named(name: &str) -> Option<crate::analytics::rfm::Segment> {
    use crate::analytics::rfm::Segment;
    let wanted = name.trim().to_lowercase();
    Segment::from_name(name).or_else(|| {
        crate::text::Lang::ALL.into_iter().find_map(|lang| {
            Segment::ALL
                .into_iter()
                .find(|&s| crate::report::text::segment_name(lang, s).to_lowercase() == wanted)
        })
    })
}

/// A lifecycle stage by its English name ("at risk") or its name in any of Clientele's
/// languages ("à risque", "под угрозой").
pub fn stage_named(name: &str) -> Option<crate::analytics::rfm::Stage> {
    use crate::analytics::rfm::Stage;
    let wanted = name.trim().to_lowercase();
    Stage::ALL
        .into_iter()
        .find(|s| s.name().eq_ignore_ascii_case(name.trim()))
        .or_else(|| {
            crate::text::Lang::ALL.into_iter().find_map(|lang| {
                Stage::ALL
                    .into_iter()
                    .find(|&s| crate::report::text::stage_name(lang, s).to_lowercase() == wanted)
            })
        })
}

/// Names that mean a built-in group: segments, tiers and lifecycle stages.
pub fn builtin_group(name: &str) -> Option<Keep> {
    use crate::analytics::rfm::Tier;
    if let Some(s) = segment_named(name) {
        return Some(Box::new(move |c| c.segment == Some(s)));
    }
    if let Some(t) = Tier::ALL
        .into_iter()
        .find(|t| t.name().eq_ignore_ascii_case(name.trim()))
    {
        return Some(Box::new(move |c| c.tier == Some(t)));
    }
    if let Some(st) = stage_named(name) {
        return Some(Box::new(move |c| c.lifecycle == Some(st)));
    }
    None
}

/// Checks a rule and saves it as a segment (replacing one of the same name); returns how
/// many customers match it and as of which day.
pub fn save_segment_counted(
    store: &Store,
    name: &str,
    rule: &str,
) -> Result<(usize, NaiveDate), Error> {
    if builtin_group(name).is_some() {
        return Err(Error::NameTaken(name.to_string()));
    }
    let parsed = Rule::parse(rule).map_err(Error::Rule)?;
    let mut view = segment_view(store, None, true)?;
    view.predict_for(store, &[&parsed])?;
    let members = view
        .facts
        .iter()
        .filter(|c| view.matches(&parsed, c))
        .count();
    store.save_segment(name, &parsed.to_json())?;
    Ok((members, view.as_of))
}

/// A saved segment and how many customers it holds today (or why its rule cannot be read).
pub type CountedSegment = (
    SavedSegment,
    Result<usize, crate::analytics::rules::RuleError>,
);

/// Every saved segment with how many customers it holds today (or why its rule cannot be
/// read).
pub fn saved_segments_counted(store: &Store) -> Result<Vec<CountedSegment>, Error> {
    let saved = store.saved_segments()?;
    let mut view = segment_view(store, None, true)?;
    let rules: Vec<Rule> = saved
        .iter()
        .filter_map(|s| Rule::parse(&s.rule).ok())
        .collect();
    view.predict_for(store, &rules.iter().collect::<Vec<_>>())?;
    Ok(saved
        .into_iter()
        .map(|s| {
            let n = Rule::parse(&s.rule)
                .map(|r| view.facts.iter().filter(|c| view.matches(&r, c)).count());
            (s, n)
        })
        .collect())
}

/// The saved segments.
pub fn saved_segments(store: &Store) -> Result<Vec<SavedSegment>, Error> {
    Ok(store.saved_segments()?)
}

/// Saves or replaces a saved segment's rule (JSON, already checked); returns them all.
pub fn save_segment(store: &Store, name: &str, rule: &str) -> Result<Vec<SavedSegment>, Error> {
    store.save_segment(name, rule)?;
    saved_segments(store)
}

/// Deletes a saved segment; returns those left.
pub fn delete_segment(store: &Store, name: &str) -> Result<Vec<SavedSegment>, Error> {
    store.delete_segment(name)?;
    saved_segments(store)
}

#[cfg(test)]
mod language_tests {
    use super::builtin_group;
    use crate::analytics::rfm::Segment;
    use crate::text::Lang;

    // The report prints `clientele export segment "NAME"` with the segment's name in the
    // report's language: the command line finds the segment by it.
    #[test]
    fn a_segment_is_found_by_its_name_in_every_language() {
        for lang in Lang::ALL {
            for s in Segment::ALL {
                let name = crate::report::text::segment_name(lang, s);
                assert!(builtin_group(name).is_some(), "{}: {name}", lang.code());
            }
        }
        assert!(builtin_group("No such group").is_none());
    }
}
