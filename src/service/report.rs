//! The printed report: its figures, the PDF, pictures of its pages for the window, and
//! saving or printing it. The command line and the window make it with the same calls.

use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;

use super::{Error, Job, Progress, Stage};
use crate::report::print::PrintChoice;
use crate::report::{ReportData, ReportOptions};
use crate::store::Store;

/// A report made for the Reports tab: the PDF and pictures of its pages.
#[derive(Clone, Debug)]
pub struct MadeReport {
    /// The options it was made with.
    pub options: ReportOptions,
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period.
    pub to: NaiveDate,
    /// The PDF file's bytes.
    pub pdf: Arc<Vec<u8>>,
    /// Every page, drawn.
    pub pages: Vec<crate::report::preview::PageImage>,
    /// Orders in the period (zero: the period holds no sale).
    pub period_orders: i64,
}

/// Reads what the printed report needs and computes it. `today` is the day printed as
/// "prepared on".
pub fn report_data(
    store: &Store,
    options: &ReportOptions,
    today: NaiveDate,
) -> Result<ReportData, Error> {
    let facts = store.sale_facts()?;
    let (from, to) = crate::report::data::period_of(options, &facts, today);
    let input = crate::report::ReportInput {
        settings: store.settings()?,
        channel_category: store.revenue_by_channel_and_category(from, to)?,
        profiles: store.customer_profiles()?,
        batches: store.batches()?,
        facts,
        today,
        first_origins: store.first_day_origins()?,
        walk_ins: super::analytics::walk_ins(store)?,
        predicted_clv: None,
    };
    // The models are fitted once, for the Predictions section; the channels' lifetime
    // values come from the same fit, so they are printed only beside that section.
    let printed = |s| options.sections.contains(&s);
    let outcome = if printed(crate::report::data::Section::Predictions) {
        Some(predict_outcome(store, to)?)
    } else {
        None
    };
    let input = crate::report::ReportInput {
        predicted_clv: match &outcome {
            Some(Ok(crate::analytics::predict::PredictOutcome::Ready(p)))
                if printed(crate::report::data::Section::Acquisition) =>
            {
                Some(super::channels::clv_by_customer(p))
            }
            _ => None,
        },
        ..input
    };
    let mut data = crate::report::gather(&input, options);
    if options
        .sections
        .contains(&crate::report::data::Section::SellsTogether)
    {
        data.sells_together = super::baskets::together_lines(store, from, to, 10)?;
    }
    if options
        .sections
        .contains(&crate::report::data::Section::Feedback)
    {
        data.feedback = Some(super::feedback::report_summary(store, from, to)?);
    }
    if options
        .sections
        .contains(&crate::report::data::Section::Consent)
    {
        data.consent = Some(super::privacy_lists::coverage(store)?);
    }
    if options
        .sections
        .contains(&crate::report::data::Section::Predictions)
        && let Some(outcome) = outcome
    {
        data.predictions = Some(predictions(outcome, &input.profiles, options.lang));
    }
    Ok(data)
}

/// The models as of the period's last day (what `clientele predict --as-of` gives for
/// that day). Too little data is a sentence in the report, not an error.
fn predict_outcome(
    store: &Store,
    to: NaiveDate,
) -> Result<
    Result<crate::analytics::predict::PredictOutcome, crate::analytics::predict::PredictError>,
    Error,
> {
    let options = super::predict::PredictOptions {
        as_of: Some(to),
        ..super::predict::PredictOptions::for_shop(&store.settings()?)
    };
    match super::predict::run(store, &options, &mut super::Progress::silent()) {
        Ok(made) => Ok(Ok(made.outcome)),
        Err(Error::Predict(e)) => Ok(Err(e)),
        Err(e) => Err(e),
    }
}

/// The Predictions section's figures: the models' outcome and the names of the customers
/// worth saving that the report prints.
fn predictions(
    outcome: Result<
        crate::analytics::predict::PredictOutcome,
        crate::analytics::predict::PredictError,
    >,
    profiles: &[crate::model::CustomerProfile],
    lang: crate::text::Lang,
) -> crate::report::data::ReportPredictions {
    let worth_saving = match &outcome {
        Ok(crate::analytics::predict::PredictOutcome::Ready(p)) => p.worth_saving(
            crate::text::predict::SLIPPING_FROM..crate::text::predict::STILL_BUYING_FROM,
        ),
        _ => Vec::new(),
    };
    let by_id: std::collections::HashMap<i64, &crate::model::CustomerProfile> =
        profiles.iter().map(|c| (c.id, c)).collect();
    let names = worth_saving
        .iter()
        .take(crate::report::data::WORTH_SAVING_ROWS)
        .map(|(c, _)| {
            let id = c.history.customer_id;
            let name = by_id.get(&id).map_or_else(
                || crate::customers::shown_name_in(lang, "", "", id),
                |p| crate::report::data::display_name(lang, p),
            );
            (id, name)
        })
        .collect();
    crate::report::data::ReportPredictions {
        outcome,
        worth_saving,
        names,
    }
}

/// The report's figures and its PDF.
pub fn make_pdf(
    store: &Store,
    options: &ReportOptions,
    today: NaiveDate,
) -> Result<(ReportData, Vec<u8>), Error> {
    let data = report_data(store, options, today)?;
    let pdf = crate::report::render(&data)?;
    Ok((data, pdf))
}

/// Makes the report and draws its pages for the Reports tab.
pub fn make_report(
    store: &Store,
    options: ReportOptions,
    today: NaiveDate,
    pixels_per_point: f32,
    progress: &mut Progress<'_>,
) -> Result<MadeReport, Error> {
    progress.step(0.0, Stage::ReadingSales, Job::Report)?;
    let data = report_data(store, &options, today)?;
    progress.step(0.5, Stage::LayingOutPages, Job::Report)?;
    let pdf = crate::report::render(&data)?;
    progress.step(0.7, Stage::DrawingPreview, Job::Report)?;
    let pages = crate::report::preview::pages(&pdf, pixels_per_point, &mut |done, total| {
        progress.fraction(
            0.7 + 0.3 * done as f32 / total.max(1) as f32,
            &Stage::DrawingPreview,
        )
    })
    .map_err(Error::Preview)?
    .ok_or(Error::Cancelled(Job::Report))?;
    Ok(MadeReport {
        options,
        from: data.from,
        to: data.to,
        pdf: Arc::new(pdf),
        pages,
        period_orders: data.current.orders,
    })
}

/// Writes a made report to `path` (through a temporary file beside it, so a failed write
/// never leaves half a PDF) and records the export.
pub fn save(store: &Store, pdf: &[u8], path: &Path) -> Result<(), Error> {
    let partial = path.with_extension("pdf.part");
    crate::report::export::write_private(&partial, pdf)
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|source| {
            let _ = std::fs::remove_file(&partial);
            Error::Write {
                path: path.to_path_buf(),
                source,
            }
        })?;
    store.audit_export("report", &path.display().to_string(), 1)?;
    Ok(())
}

/// Hands a made report to the system's printing through a file in the temporary folder,
/// and records it as an export when the system took it.
pub fn print(
    store: &Store,
    pdf: &[u8],
    choice: &PrintChoice,
) -> Result<crate::report::print::Sent, Error> {
    let dir = std::env::temp_dir().join("clientele-print");
    let path = dir.join("Clientele report.pdf");
    std::fs::create_dir_all(&dir)
        .and_then(|()| crate::report::export::write_private(&path, pdf))
        .map_err(Error::PrintFile)?;
    let said = crate::report::print::print_pdf_with(&path, choice).map_err(Error::Print)?;
    store.audit_export("report", "printer", 1)?;
    Ok(said)
}
