//! Predictions for the shop: who will buy again, who is slipping away and what each
//! customer is worth (issue 21's models in `analytics::predict`, fed from the store).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Error, Job, Progress, Stage};
use crate::analytics::predict::{
    ClvSettings, Compact, CompactRef, FitStarts, ModelChoice, PredictOutcome, PredictSettings,
    PurchaseDays, TooLittleData, predict_from,
};
use crate::model::SaleFact;
use crate::store::{DaySpend, Store, day_spends_of};

/// What to predict: the models' settings with the as-of date left to the shop's last sale.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct PredictOptions {
    /// The as-of date (calibration end); `None` for the day of the last sale.
    pub as_of: Option<NaiveDate>,
    /// The horizon of P(buy), the expected purchases and the model check, in days.
    pub horizon_days: u32,
    /// Which purchase model gives the figures.
    pub model: ModelChoice,
    /// Lifetime value settings.
    pub clv: ClvSettings,
}

impl PredictOptions {
    /// The default options with the shop's margin and monthly discount rate.
    pub fn for_shop(settings: &crate::settings::ShopSettings) -> PredictOptions {
        let mut options = PredictOptions::default();
        options.clv.margin = settings.margin();
        options.clv.discount_monthly = settings.discount_monthly();
        options
    }
}

impl Default for PredictOptions {
    fn default() -> Self {
        PredictOptions {
            as_of: None,
            horizon_days: 90,
            model: ModelChoice::Auto,
            clv: ClvSettings::default(),
        }
    }
}

/// The predictions with what the lists and files need beside them.
#[derive(Clone, Debug, PartialEq)]
pub struct Predictions {
    /// The as-of date used.
    pub as_of: NaiveDate,
    /// The figures, or why there are none.
    pub outcome: PredictOutcome,
    /// Each customer's external reference, where there is one.
    pub external_refs: HashMap<i64, String>,
    /// Customers with repeated unresolved complaints (at least
    /// [`super::feedback::REPEATED_COMPLAINTS`] open), with how many: flagged as likely to
    /// leave whatever their buying says.
    pub complaints: HashMap<i64, usize>,
}

/// The kind of figures the predictions are kept as in the database.
const KEPT_KIND: &str = "predictions";

/// Changed whenever what the kept predictions hold, or how they are worked out, changes:
/// figures kept by another version are worked out again (the program's version is part
/// of the key too). 2: the whole-history fits by Newton steps from the model check's fit,
/// which reach the same maximum by another path (figures apart by about 1e-13). 3: the
/// model check's fits go on to where the gradient is zero, as every fit now does, so that
/// the figures are the same wherever the fits start (the check's figures moved by about
/// 1e-7). 4: each customer's history in whole days instead of their figures, which are
/// worked out again when read (the kept predictions take a quarter of the room); and a
/// large shop's first fits start from a sample's maximum (their figures about 1e-12
/// elsewhere). 5: the standard errors and the revenue range from forward differences at
/// the maximum (about 2e-5 of the standard errors elsewhere), and the fits' Newton steps
/// end one step earlier (figures about 5e-12 elsewhere).
const KEPT_FORMAT: u32 = 5;

/// What is kept of one prediction run: everything but the open complaints, which are
/// read each time (resolving a complaint is not a change the figures depend on).
struct Kept {
    as_of: NaiveDate,
    outcome: PredictOutcome,
    external_refs: HashMap<i64, String>,
}

/// How a prediction run's outcome is kept: predictions in few bytes (see
/// [`crate::analytics::predict::Compact`]).
#[derive(serde::Serialize)]
enum KeptOutcomeRef<'a> {
    TooLittleData(&'a TooLittleData),
    Ready(CompactRef<'a>),
}

/// [`KeptOutcomeRef`] read back.
#[derive(serde::Deserialize)]
enum KeptOutcome {
    TooLittleData(TooLittleData),
    Ready(Box<Compact>),
}

/// [`Kept`] as written.
#[derive(serde::Serialize)]
struct KeptRef<'a> {
    as_of: NaiveDate,
    outcome: KeptOutcomeRef<'a>,
    external_refs: &'a HashMap<i64, String>,
}

/// [`Kept`] as read, before the figures are worked out again.
#[derive(serde::Deserialize)]
struct KeptRead {
    as_of: NaiveDate,
    outcome: KeptOutcome,
    external_refs: HashMap<i64, String>,
}

impl Kept {
    /// The kept predictions in `bytes`, or why they cannot be read.
    fn from_bytes(bytes: &[u8]) -> Result<Kept, String> {
        let read = postcard::from_bytes::<KeptRead>(bytes).map_err(|e| e.to_string())?;
        let outcome = match read.outcome {
            KeptOutcome::TooLittleData(t) => PredictOutcome::TooLittleData(t),
            KeptOutcome::Ready(c) => PredictOutcome::Ready(Box::new(
                c.prediction()
                    .ok_or_else(|| "the kept histories do not fit together".to_string())?,
            )),
        };
        Ok(Kept {
            as_of: read.as_of,
            outcome,
            external_refs: read.external_refs,
        })
    }
}

/// The bytes `outcome` is kept as, or why it is not kept.
fn kept_bytes(
    as_of: NaiveDate,
    outcome: &PredictOutcome,
    external_refs: &HashMap<i64, String>,
) -> Result<Vec<u8>, String> {
    let outcome = match outcome {
        PredictOutcome::TooLittleData(t) => KeptOutcomeRef::TooLittleData(t),
        PredictOutcome::Ready(p) => KeptOutcomeRef::Ready(
            p.compact()
                .ok_or_else(|| "a history is not in whole days".to_string())?,
        ),
    };
    postcard::to_allocvec(&KeptRef {
        as_of,
        outcome,
        external_refs,
    })
    .map_err(|e| e.to_string())
}

/// The key the predictions of `options` are kept under.
fn kept_key(options: &PredictOptions) -> String {
    key_with(serde_json::json!(options))
}

/// The key with `options` as the options' part.
fn key_with(options: serde_json::Value) -> String {
    serde_json::json!({
        "format": KEPT_FORMAT,
        "version": env!("CARGO_PKG_VERSION"),
        "options": options,
    })
    .to_string()
}

/// The SQL `LIKE` pattern of the keys this build keeps predictions under, whatever their
/// options (`\` its escape): kept predictions of any other form are dropped when new ones
/// are kept.
fn kept_form() -> String {
    const PLACE: &str = "options go here";
    let key = key_with(serde_json::Value::String(PLACE.into()));
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.replace(&format!("\"{PLACE}\""), "%")
}

/// Reads every customer's spend per day up to the as-of date and predicts; or, when the
/// shop's data has not changed since the same predictions were last made, gives those
/// (kept in the database: the same figures, without reading the sales or fitting again).
pub fn run(
    store: &Store,
    options: &PredictOptions,
    progress: &mut Progress<'_>,
) -> Result<Predictions, Error> {
    run_with(store, options, None, progress)
}

/// As [`run`], from the sale facts the caller has already read (as
/// [`Store::sale_facts`] gives them) when it has them.
pub fn run_with(
    store: &Store,
    options: &PredictOptions,
    facts: Option<&[SaleFact]>,
    progress: &mut Progress<'_>,
) -> Result<Predictions, Error> {
    run_inner(store, options, facts, progress, |_| ()).map(|(made, ())| made)
}

/// As [`run`], with `then` given the predictions as soon as they are there (to write
/// them out): when they were made rather than kept, on a second thread while this one
/// keeps them in the database, which at 100 000 customers takes about as long as writing
/// them to a file.
pub fn run_then<T: Send>(
    store: &Store,
    options: &PredictOptions,
    progress: &mut Progress<'_>,
    then: impl Fn(&Predictions) -> T + Sync,
) -> Result<(Predictions, T), Error> {
    run_inner(store, options, None, progress, then)
}

fn run_inner<T: Send>(
    store: &Store,
    options: &PredictOptions,
    facts: Option<&[SaleFact]>,
    progress: &mut Progress<'_>,
    then: impl Fn(&Predictions) -> T + Sync,
) -> Result<(Predictions, T), Error> {
    progress.step(0.0, Stage::ReadingSales, Job::Predict)?;
    let key = kept_key(options);
    // Read before the sales, so that a change made while they are read is not hidden.
    let stamp = store.data_stamp()?;
    let kept = crate::analytics::predict::timed("kept predictions", || {
        let mut kept = read_kept(store, &key, &stamp)?;
        // Predictions as of the day of the latest sale are the same whether that day was
        // asked for or left to the data: those made for "the latest" serve it too.
        if kept.is_none()
            && let Some(day) = options.as_of
        {
            let latest = kept_key(&PredictOptions {
                as_of: None,
                ..*options
            });
            kept = read_kept(store, &latest, &stamp)?.filter(|k| k.as_of == day);
        }
        Ok::<_, Error>(kept)
    })?;
    let (as_of, outcome, external_refs, made) = match kept {
        Some(k) => (k.as_of, k.outcome, k.external_refs, false),
        None => {
            let (as_of, outcome, external_refs) = make(store, options, facts, progress)?;
            (as_of, outcome, external_refs, true)
        }
    };
    progress.step(0.95, Stage::ReadingCustomers, Job::Predict)?;
    // Only open complaints count: the rest of the feedback (and its texts) is not read.
    let open = crate::model::feedback::FeedbackFilter {
        status: Some(crate::model::feedback::FeedbackStatus::Open),
        ..crate::model::feedback::FeedbackFilter::default()
    };
    let complaints =
        crate::analytics::predict::timed("open complaints", || store.feedback_facts(&open))
            .map(|facts| super::feedback::repeated_complaints(&facts))?;
    let predictions = Predictions {
        as_of,
        outcome,
        external_refs,
        complaints,
    };
    let out = if made {
        let keep_here = || {
            keep(
                store,
                &key,
                &stamp,
                predictions.as_of,
                &predictions.outcome,
                &predictions.external_refs,
            )
        };
        crate::parallel::side_by_side("clientele-then", || then(&predictions), keep_here).0
    } else {
        then(&predictions)
    };
    progress.step(1.0, Stage::Done, Job::Predict)?;
    Ok((predictions, out))
}

/// What the kept predictions say about one customer, one entry per kept set that holds
/// them (as of its day, with its model and horizon): the predicted figures are data held
/// on the person, so their own copy of it shows them.
pub fn kept_about(store: &Store, customer_id: i64) -> Result<Vec<serde_json::Value>, Error> {
    let mut out = Vec::new();
    for bytes in store.kept_sets(KEPT_KIND)? {
        let Ok(kept) = Kept::from_bytes(&bytes) else {
            continue;
        };
        let PredictOutcome::Ready(p) = &kept.outcome else {
            continue;
        };
        let Ok(i) = p
            .customers
            .binary_search_by_key(&customer_id, |c| c.history.customer_id)
        else {
            continue;
        };
        let c = &p.customers[i];
        out.push(serde_json::json!({
            "as_of": kept.as_of.to_string(),
            "model": p.model,
            "horizon_days": p.settings.horizon_days,
            "p_alive": c.p_alive,
            "p_buy": c.p_buy,
            "expected_purchases": c.expected_purchases,
            "expected_spend": c.expected_spend,
            "clv": c.clv,
        }));
    }
    Ok(out)
}

/// The predictions kept under `key` for the data at `stamp`; `None` when there are none,
/// or when they cannot be read (kept by a build that wrote them otherwise).
fn read_kept(store: &Store, key: &str, stamp: &str) -> Result<Option<Kept>, Error> {
    let Some(bytes) = store.kept_figures(KEPT_KIND, key, stamp)? else {
        return Ok(None);
    };
    match Kept::from_bytes(&bytes) {
        Ok(kept) => Ok(Some(kept)),
        Err(e) => {
            tracing::debug!("kept predictions not read, made again: {e}");
            Ok(None)
        }
    }
}

/// Keeps the predictions made from the data at `stamp`. A file that cannot be written
/// (opened elsewhere for a long write, a full disk) only means they are made again next
/// time, so a failure is logged, not shown.
fn keep(
    store: &Store,
    key: &str,
    stamp: &str,
    as_of: NaiveDate,
    outcome: &PredictOutcome,
    external_refs: &HashMap<i64, String>,
) {
    let written = crate::analytics::predict::timed("keeping predictions", || {
        kept_bytes(as_of, outcome, external_refs).and_then(|bytes| {
            store
                .keep_figures_of_form(KEPT_KIND, key, stamp, &bytes, Some(&kept_form()))
                .map_err(|e| e.to_string())
        })
    });
    if let Err(e) = written {
        tracing::debug!("predictions not kept: {e}");
    }
    if let PredictOutcome::Ready(p) = outcome {
        let written = serde_json::to_string(&p.starts)
            .map_err(|e| e.to_string())
            .and_then(|json| {
                store
                    .keep_fit_starts(STARTS_KIND, &json)
                    .map_err(|e| e.to_string())
            });
        if let Err(e) = written {
            tracing::debug!("fit starts not kept: {e}");
        }
    }
}

/// The kind the predictions' fit starts are kept as.
const STARTS_KIND: &str = "predictions";

/// Where the fits start: the previous prediction's maxima, when they were kept and can be
/// read (anything else only means the fits start from their defaults).
fn fit_starts(store: &Store) -> FitStarts {
    match store.fit_starts(STARTS_KIND) {
        Ok(Some(json)) => serde_json::from_str(&json).unwrap_or_else(|e| {
            tracing::debug!("fit starts not read: {e}");
            FitStarts::default()
        }),
        Ok(None) => FitStarts::default(),
        Err(e) => {
            tracing::debug!("fit starts not read: {e}");
            FitStarts::default()
        }
    }
}

/// Reads the sales and predicts: the as-of date, the outcome and the external references.
fn make(
    store: &Store,
    options: &PredictOptions,
    facts: Option<&[SaleFact]>,
    progress: &mut Progress<'_>,
) -> Result<(NaiveDate, PredictOutcome, HashMap<i64, String>), Error> {
    let spends = crate::analytics::predict::timed("reading day spends", || match facts {
        Some(facts) => Ok(day_spends_of(
            facts,
            &store.erased_customers()?,
            options.as_of,
        )),
        None => store.day_spends(options.as_of),
    })?;
    let as_of = options
        .as_of
        .or_else(|| spends.iter().map(|d| d.day).max())
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    progress.step(0.2, Stage::Predicting, Job::Predict)?;
    let settings = PredictSettings {
        as_of,
        horizon_days: options.horizon_days,
        model: options.model,
        clv: options.clv,
    };
    let days = crate::analytics::predict::timed("purchase days", || purchase_days(&spends));
    drop(spends);
    let starts = crate::analytics::predict::timed("fit starts", || fit_starts(store));
    // The models are fitted on a second thread while this one reads the external
    // references (the store's connection stays on this thread).
    let (outcome, external_refs) = crate::parallel::side_by_side(
        "clientele-predict",
        || crate::analytics::predict::timed("predict", || predict_from(&days, &settings, &starts)),
        || crate::analytics::predict::timed("external refs", || store.external_refs()),
    );
    let outcome = outcome.map_err(Error::Predict)?;
    let external_refs = external_refs?;
    progress.step(0.9, Stage::ReadingCustomers, Job::Predict)?;
    Ok((as_of, outcome, external_refs))
}

/// Day spends (sorted by customer then day) as each customer's purchase days, in currency
/// units.
fn purchase_days(spends: &[DaySpend]) -> Vec<PurchaseDays> {
    let mut out: Vec<PurchaseDays> = Vec::new();
    for s in spends {
        let day = (s.day, s.amount_cents as f64 / 100.0);
        match out.last_mut() {
            Some(c) if c.customer_id == s.customer_id => c.days.push(day),
            _ => out.push(PurchaseDays {
                customer_id: s.customer_id,
                days: vec![day],
            }),
        }
    }
    out
}
