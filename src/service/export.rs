//! Lists written as CSV or XLSX (by the file's extension): every customer, the members of a
//! segment, a list the window shows, or every sale line. Each export is recorded.

use std::path::Path;

use chrono::NaiveDate;

use super::analytics::{
    Keep, builtin_group, compute_analytics, figures_without_sales, segment_view,
};
use super::{Error, Progress, Stage};
use crate::analytics::dashboard::ShopAnalytics;
use crate::analytics::rules::Rule;
use crate::model::ContactDetails;
use crate::report::export::{
    CUSTOMER_COLUMNS, Format, Table, customer_row, sales_table, write_file,
};
use crate::settings::ShopSettings;
use crate::store::Store;

/// Writes every sale line; returns how many were written.
pub fn sales(store: &Store, path: &Path) -> Result<usize, Error> {
    check_format(path)?;
    let settings = store.settings()?;
    let table = sales_table(&store.sales_for_export()?);
    write_file(path, &table, &settings, "Sales")?;
    store.audit_export("sales", &path.display().to_string(), table.rows.len())?;
    Ok(table.rows.len())
}

/// Writes every customer (`segment` `None`) or the members of a segment, tier, lifecycle
/// stage or saved segment, with their figures as of a date (default: the day of the latest
/// sale); returns how many were written and the as-of day.
pub fn customers(
    store: &Store,
    segment: Option<&str>,
    path: &Path,
    as_of: Option<NaiveDate>,
    consented_only: bool,
) -> Result<(usize, NaiveDate), Error> {
    check_format(path)?;
    let settings = store.settings()?;
    // Built-in groups and "every customer" need no product data; a saved rule may.
    let needs_products = segment.is_some_and(|name| builtin_group(name).is_none());
    let view = segment_view(store, as_of, needs_products)?;
    let (keep, sheet): (Keep, String) = match segment {
        Some(name) => match builtin_group(name) {
            Some(f) => (f, name.trim().to_string()),
            None => {
                let Some(saved) = store.saved_segment(name)? else {
                    return Err(Error::NoSuchSegment(name.to_string()));
                };
                let rule = Rule::parse(&saved.rule).map_err(Error::Rule)?;
                (Box::new(move |c| rule.matches(c)), saved.name)
            }
        },
        None => (Box::new(|_| true), "Customers".to_string()),
    };
    let details = store.contact_details()?;
    let rows = view
        .profiles
        .iter()
        .zip(&view.facts)
        .filter(|(_, c)| keep(c) && (!consented_only || c.consent == "yes"))
        .map(|(p, c)| customer_row(p, details.get(&p.id), c, view.as_of))
        .collect();
    let table = Table {
        columns: CUSTOMER_COLUMNS.to_vec(),
        rows,
    };
    write_file(path, &table, &settings, &sheet_name(&sheet))?;
    store.audit_export(&sheet, &path.display().to_string(), table.rows.len())?;
    Ok((table.rows.len(), view.as_of))
}

/// Writes the customers `ids` (in that order) of figures the window holds; returns how
/// many were written.
pub fn customer_list(
    store: &Store,
    analytics: &ShopAnalytics,
    ids: &[i64],
    consented_only: bool,
    path: &Path,
) -> Result<usize, Error> {
    let settings = store.settings()?;
    let details = store.contact_details()?;
    write_customer_list(analytics, &details, ids, consented_only, &settings, path)
}

/// Works out every customer's figures now, then writes the customers `ids` (the Customers
/// tab's list, when the Segments figures are not at hand). A shop without sales still gets
/// its list, with the figures left empty. Returns how many were written.
pub fn listed(
    store: &Store,
    ids: &[i64],
    path: &Path,
    progress: &mut Progress<'_>,
) -> Result<usize, Error> {
    let analytics = match compute_analytics(store, None, None, progress)? {
        Some(figures) => figures,
        None => std::sync::Arc::new(figures_without_sales(store)?),
    };
    progress.fraction(1.0, &Stage::WritingFile);
    customer_list(store, &analytics, ids, false, path)
}

/// Writes the customers `ids` (in that order) of `analytics` as CSV or XLSX (by the file's
/// extension), as `clientele export` writes customers; returns how many were written.
pub fn write_customer_list(
    analytics: &ShopAnalytics,
    details: &std::collections::HashMap<i64, ContactDetails>,
    ids: &[i64],
    consented_only: bool,
    settings: &ShopSettings,
    path: &Path,
) -> Result<usize, Error> {
    let mut table = Table {
        columns: CUSTOMER_COLUMNS.to_vec(),
        rows: Vec::with_capacity(ids.len()),
    };
    for id in ids {
        let Ok(i) = analytics.facts.binary_search_by_key(id, |c| c.customer_id) else {
            continue;
        };
        let (Some(p), Some(c)) = (analytics.profiles.get(i), analytics.facts.get(i)) else {
            continue;
        };
        if consented_only && c.consent != "yes" {
            continue;
        }
        table
            .rows
            .push(customer_row(p, details.get(id), c, analytics.as_of));
    }
    write_file(path, &table, settings, "Customers")?;
    Ok(table.rows.len())
}

/// Refuses a file named neither .csv nor .xlsx before anything is read.
fn check_format(path: &Path) -> Result<(), Error> {
    match Format::from_path(path) {
        Some(_) => Ok(()),
        None => Err(Error::ExportFormat(path.to_path_buf())),
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not starting or
/// ending with an apostrophe.
fn sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .take(31)
        .collect();
    let cleaned = cleaned.trim_matches(['\'', ' ']).to_string();
    if cleaned.is_empty() {
        "Customers".to_string()
    } else {
        cleaned
    }
}
