//! Importing a file: planning how to read it (with the mapping remembered for its header
//! layout), checking every row without writing, importing it, and writing its problems
//! out as a CSV to fix and import again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{Error, Job, Progress, Stage};
use crate::ingest::import::{ImportError, ImportOptions, ImportReport, Plan};
use crate::ingest::mapping::{Field, ImportKind, guess_mapping};
use crate::ingest::values::{DateRules, Decimal, unguard};
use crate::model::BatchSummary;
use crate::store::{NewProblem, Severity, Store, layout_key};

/// How a planned file's columns are mapped to fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MappingChoice {
    /// A new file: guess what it holds (contacts or sales) and the mapping, unless a mapping
    /// was remembered for its header layout.
    Guess,
    /// The person chose contacts or sales: the remembered mapping when it is for that kind,
    /// else guesses.
    GuessForKind,
    /// `options.map` is the whole mapping: columns it does not name are kept as extra.
    Exact,
}

/// Why a planned file cannot be imported as mapped yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blocker {
    /// A sales file whose date column is not chosen.
    NoSaleDate,
    /// A sales file with neither an amount nor a unit price column chosen.
    NoAmount,
}

/// A file ready to import, as the Import tab shows it.
#[derive(Clone, Debug)]
pub struct PlannedImport {
    /// The file.
    pub path: PathBuf,
    /// How it will be read.
    pub plan: Plan,
    /// The options it was planned with; `map` names every mapped column.
    pub options: ImportOptions,
    /// Why it cannot be imported as mapped (a sales file without a date column), in words.
    pub blocker: Option<String>,
    /// The mapping came from the last import of this header layout.
    pub remembered: bool,
    /// What it holds was guessed from the columns.
    pub kind_guessed: bool,
    /// The newest import of the same file (same SHA-256), when it was imported before.
    pub earlier: Option<BatchSummary>,
}

/// Plans a file without its SHA-256, for the command line: the import works the hash out
/// while it reads the file and refuses a file imported before at the end.
pub fn plan_unhashed(path: &Path, options: &ImportOptions) -> Result<Plan, Error> {
    Ok(crate::ingest::import::plan_unhashed(path, options)?)
}

/// Runs (or, with `options.dry_run`, checks) an import. With `remember_mapping`, a real
/// import remembers the mapping for the file's header layout. `expected_rows` (0 when
/// unknown) makes the progress a fraction of the file.
pub fn run(
    store: &Store,
    path: &Path,
    plan: &Plan,
    options: &ImportOptions,
    expected_rows: u64,
    remember_mapping: bool,
    progress: &mut Progress<'_>,
) -> Result<ImportReport, Error> {
    let file = plan.info.file_name.clone();
    let dry_run = options.dry_run;
    let copy = if dry_run {
        None
    } else {
        super::privacy::backup_if_data(store, "import")?
    };
    progress.fraction(
        0.0,
        &if dry_run {
            Stage::Checking { file }
        } else {
            Stage::Importing { file }
        },
    );
    let result = crate::ingest::import::run(store, path, plan, options, &mut |rows| {
        let fraction = if expected_rows > 0 {
            (rows as f32 / expected_rows as f32).min(0.99)
        } else {
            0.0
        };
        let stage = if dry_run {
            Stage::CheckedRows(rows)
        } else {
            Stage::ImportedRows(rows)
        };
        progress.fraction(fraction, &stage)
    });
    // A failed import changed nothing, so the copy made before it is the database as it
    // is: removed, so that tries on a nearly full disk do not each leave one behind.
    if result.is_err()
        && let Some(copy) = &copy
    {
        crate::store::remove_database_files(copy);
    }
    match result {
        Ok(report) => {
            if remember_mapping && !dry_run {
                let columns: BTreeMap<String, Option<String>> = plan
                    .headers
                    .iter()
                    .zip(&plan.columns)
                    .map(|(h, c)| (h.clone(), c.map(|f| f.name().to_string())))
                    .collect();
                if let Err(e) = store.remember_mapping(
                    &layout_key(&plan.headers),
                    options.kind.as_str(),
                    &columns,
                ) {
                    tracing::warn!("the mapping could not be remembered: {e}");
                }
            }
            Ok(report)
        }
        Err(ImportError::Cancelled) if dry_run => Err(Error::Cancelled(Job::Check)),
        Err(ImportError::Cancelled) => Err(Error::Cancelled(Job::Import)),
        // The writer's SQLite errors (a full disk) name the database, as the store's do.
        Err(ImportError::Store(e)) => Err(ImportError::Store(store.plain_error(e)).into()),
        Err(e) => Err(e.into()),
    }
}

/// Checks every row of a planned file without writing; `None` when the plan is blocked.
pub fn check(
    store: &Store,
    planned: &PlannedImport,
    progress: &mut Progress<'_>,
) -> Result<Option<ImportReport>, Error> {
    if planned.blocker.is_some() {
        return Ok(None);
    }
    let mut options = planned.options.clone();
    options.dry_run = true;
    let expected = estimated_rows(&planned.path, &planned.plan);
    run(
        store,
        &planned.path,
        &planned.plan,
        &options,
        expected,
        false,
        progress,
    )
    .map(Some)
}

/// The rows an import rejected, to fix and import again: every one recorded for the
/// import, or, when nothing was written (a check), those of the report.
pub fn rejected_rows(store: &Store, report: &ImportReport) -> Result<Vec<NewProblem>, Error> {
    let errors = |all: Vec<NewProblem>| -> Vec<NewProblem> {
        all.into_iter()
            .filter(|p| p.severity == Severity::Error)
            .collect()
    };
    Ok(match report.batch_id {
        Some(id) => errors(store.batch_problems(id)?),
        None => errors(report.problems.clone()),
    })
}

/// Writes problems as a CSV to fix and import again: the file's header after the row,
/// column and problem columns. Returns how many rows were written.
pub fn save_problems(
    path: &Path,
    headers: &[String],
    problems: &[NewProblem],
) -> Result<usize, Error> {
    let text = crate::ingest::import::problems_csv(headers, problems, &|p| crate::text::english(p));
    crate::report::export::write_private(path, text).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(problems.len())
}

/// Rows in the file, estimated from its size and the length of the first rows (for the
/// progress bar of the check; the import itself knows the count from the check).
pub fn estimated_rows(path: &Path, plan: &Plan) -> u64 {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let sample: usize = plan
        .preview
        .iter()
        .map(|r| r.cells.iter().map(|c| c.len() + 1).sum::<usize>())
        .sum();
    if plan.preview.is_empty() || sample == 0 {
        return 0;
    }
    let per_row = sample as f64 / plan.preview.len() as f64;
    (size as f64 / per_row) as u64
}

/// Plans a file the way the Import tab asks: guessing what it holds, offering the mapping
/// remembered for its header layout, and keeping a plan to show even when the mapping is not
/// complete yet (a sales file whose date column is not chosen), so the person can fix it.
pub fn plan(
    store: &Store,
    path: &Path,
    mut options: ImportOptions,
    mapping: MappingChoice,
) -> Result<PlannedImport, Error> {
    let first = match plan_lenient(path, &options, mapping == MappingChoice::Exact) {
        Ok(first) => first,
        // A known export of the other kind (a Square sales export, contacts being the
        // default) is refused before anything is guessed: when guessing, take the kind its
        // layout says, as the guess below would.
        Err(ImportError::WrongKind { kind, .. }) if mapping == MappingChoice::Guess => {
            options.kind = kind;
            plan_lenient(path, &options, false)?
        }
        Err(e) => return Err(e.into()),
    };
    let mut remembered = false;
    let mut kind_guessed = false;
    let mut again = false;
    if mapping != MappingChoice::Exact {
        let key = layout_key(&first.0.headers);
        let known = store
            .remembered_mapping(&key)?
            .filter(|m| mapping == MappingChoice::Guess || m.kind == options.kind.as_str());
        if let Some(known) = known {
            options.kind = kind_named(&known.kind);
            options.map = first
                .0
                .headers
                .iter()
                .filter_map(|h| {
                    let field = known
                        .columns
                        .get(h)?
                        .as_deref()
                        .and_then(Field::from_name)?;
                    Some((field, h.clone()))
                })
                .collect();
            remembered = true;
            again = true;
        } else if mapping == MappingChoice::Guess {
            kind_guessed = true;
            let samples: Vec<Vec<String>> = first
                .0
                .preview
                .iter()
                .map(|r| r.cells.iter().map(|c| unguard(c).to_string()).collect())
                .collect();
            let guess = guess_mapping(&first.0.headers, &samples, ImportKind::Sales);
            let has = |f: Field| guess.columns.contains(&Some(f));
            let kind = if let Some(layout) = guess.layout {
                layout.kind
            } else if has(Field::SoldAt) && (has(Field::Amount) || has(Field::UnitPrice)) {
                ImportKind::Sales
            } else {
                ImportKind::Contacts
            };
            if kind != options.kind {
                options.kind = kind;
                again = true;
            }
        }
    }
    let exact = mapping == MappingChoice::Exact || remembered;
    let (mut plan, blocker) = if again {
        plan_lenient(path, &options, exact)?
    } else {
        first
    };
    // The person's choice of date order wins over what the file's dates suggest.
    if let Some(order) = options.default_date_order
        && plan.date_rules.format.is_none()
    {
        plan.date_rules.order = order;
    }
    // Name every mapped column, so the next change starts from what is shown.
    options.map = plan
        .headers
        .iter()
        .zip(&plan.columns)
        .filter_map(|(h, c)| c.map(|f| (f, h.clone())))
        .collect();
    let earlier = store.batch_with_sha256(&plan.info.sha256)?;
    Ok(PlannedImport {
        path: path.to_path_buf(),
        plan,
        options,
        blocker: blocker.map(|b| crate::text::english(&b)),
        remembered,
        kind_guessed,
        earlier,
    })
}

/// The kind a layout or a remembered mapping names.
fn kind_named(kind: &str) -> ImportKind {
    if kind == ImportKind::Sales.as_str() {
        ImportKind::Sales
    } else {
        ImportKind::Contacts
    }
}

/// Plans a file; when the mapping is not enough to import (no date or amount for sales),
/// still returns a plan to show, with the reason. With `exact`, columns `options.map` does
/// not name are kept as extra.
fn plan_lenient(
    path: &Path,
    options: &ImportOptions,
    exact: bool,
) -> Result<(Plan, Option<Blocker>), ImportError> {
    let (mut plan, fallback) = match crate::ingest::import::plan(path, options) {
        Ok(plan) => (plan, false),
        Err(ImportError::Mapping(_)) => {
            let (table, preview) = crate::ingest::read::preview(path, &options.read, 1000)?;
            let samples: Vec<Vec<String>> = preview
                .iter()
                .map(|r| r.cells.iter().map(|c| unguard(c).to_string()).collect())
                .collect();
            let guess = guess_mapping(&table.headers, &samples, options.kind);
            let plan = Plan {
                info: table.info,
                company_column: crate::ingest::import::company_column(&table.headers, guess.layout),
                headers: table.headers,
                why: guess.why,
                columns: guess.columns,
                layout: guess.layout,
                country: options.phone_country.clone(),
                decimal: options.decimal.unwrap_or(Decimal::Dot),
                date_rules: DateRules {
                    order: options
                        .default_date_order
                        .unwrap_or(crate::model::DateOrder::DayFirst),
                    format: options.date_format.clone(),
                    zones: crate::ingest::import::zones_of(options, guess.layout),
                },
                notes: Vec::new(),
                dates_ambiguous: false,
                preview,
                allow_any_date: options.allow_any_date,
            };
            (plan, true)
        }
        Err(e) => return Err(e),
    };
    if exact || fallback {
        for (i, column) in plan.columns.iter_mut().enumerate() {
            let header = plan.headers.get(i);
            *column = options
                .map
                .iter()
                .find(|(_, h)| Some(h) == header)
                .map(|(f, _)| *f)
                .or(if exact { None } else { *column });
        }
    }
    if fallback {
        // The note the plan would have given on the times converted to the shop's zone.
        let dates = plan
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.is_some_and(Field::is_date))
            .flat_map(|(i, _)| plan.preview.iter().filter_map(move |r| r.cells.get(i)))
            .map(|c| unguard(c));
        if let Some(note) = crate::ingest::import::times_converted(dates, &plan.date_rules) {
            plan.notes.push(note);
        }
    }
    if options.kind == ImportKind::Sales {
        // `plan` checks the sale's date and amount before an exact mapping removes columns:
        // check here.
        let has = |f: Field| plan.columns.contains(&Some(f));
        if !has(Field::SoldAt) {
            return Ok((plan, Some(Blocker::NoSaleDate)));
        }
        if !has(Field::Amount) && !has(Field::UnitPrice) {
            return Ok((plan, Some(Blocker::NoAmount)));
        }
    }
    Ok((plan, None))
}
