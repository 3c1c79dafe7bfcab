//! Lists written as CSV or XLSX (by the file's extension): every customer, the members of a
//! segment, a list the window shows, or every sale line. Each export is recorded.

use std::path::Path;

use chrono::NaiveDate;

use super::analytics::{
    Keep, builtin_group, compute_analytics, figures_without_sales, segment_view,
};
use super::privacy_lists::{ChannelYes, Withheld, withhold, yes_by_channel};
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

/// A customer list written: how many customers, and for a marketing list what consent
/// withheld.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Customers written.
    pub customers: usize,
    /// For a marketing list (consented only), what was left out or emptied.
    pub withheld: Option<Withheld>,
}

/// Writes every customer (`segment` `None`) or the members of a segment, tier, lifecycle
/// stage or saved segment, with their figures as of a date (default: the day of the latest
/// sale); returns what was written and the as-of day. `consented_only` makes it a marketing
/// list: each channel's values only with that channel's consent (see
/// [`super::privacy_lists`]).
pub fn customers(
    store: &Store,
    segment: Option<&str>,
    path: &Path,
    as_of: Option<NaiveDate>,
    consented_only: bool,
) -> Result<(Written, NaiveDate), Error> {
    check_format(path)?;
    let settings = store.settings()?;
    // Built-in groups and "every customer" need no product data; a saved rule may.
    let needs_products = segment.is_some_and(|name| builtin_group(name).is_none());
    let mut view = segment_view(store, as_of, needs_products)?;
    let (keep, sheet): (Keep, String) = match segment {
        Some(name) => match builtin_group(name) {
            Some(f) => (f, name.trim().to_string()),
            None => {
                let Some(saved) = store.saved_segment(name)? else {
                    return Err(Error::NoSuchSegment(name.to_string()));
                };
                let rule = Rule::parse(&saved.rule).map_err(Error::Rule)?;
                view.predict_for(store, &[&rule])?;
                let predicted = std::mem::take(&mut view.predicted);
                (
                    Box::new(move |c| rule.matches_with(c, &predicted)),
                    saved.name,
                )
            }
        },
        None => (Box::new(|_| true), "Customers".to_string()),
    };
    let details = store.contact_details()?;
    let consent = marketing_consent(store, consented_only)?;
    let mut withheld = Withheld::default();
    let rows = view
        .profiles
        .iter()
        .zip(&view.facts)
        .filter(|(_, c)| keep(c))
        .filter_map(|(p, c)| {
            let mut row = customer_row(p, details.get(&p.id), c, view.as_of);
            marketing_row(consent.as_ref(), p.id, &mut row, &mut withheld).then_some(row)
        })
        .collect();
    let table = Table {
        columns: CUSTOMER_COLUMNS.to_vec(),
        rows,
    };
    write_file(path, &table, &settings, &sheet_name(&sheet))?;
    store.audit_export(&sheet, &path.display().to_string(), table.rows.len())?;
    let written = Written {
        customers: table.rows.len(),
        withheld: consented_only.then_some(withheld),
    };
    Ok((written, view.as_of))
}

/// For a marketing list, every customer's yes per channel; `None` for a full list.
fn marketing_consent(
    store: &Store,
    consented_only: bool,
) -> Result<Option<std::collections::HashMap<i64, ChannelYes>>, Error> {
    Ok(if consented_only {
        Some(yes_by_channel(store)?)
    } else {
        None
    })
}

/// Applies a marketing list's consent to one customer's row (nothing for a full list);
/// false when the customer must be left out.
fn marketing_row(
    consent: Option<&std::collections::HashMap<i64, ChannelYes>>,
    id: i64,
    row: &mut [crate::report::export::Cell],
    withheld: &mut Withheld,
) -> bool {
    match consent {
        None => true,
        Some(yes) => withhold(row, yes.get(&id).copied().unwrap_or_default(), withheld),
    }
}

/// Writes the customers `ids` (in that order) of figures the window holds; returns what
/// was written. `consented_only` makes it a marketing list (see [`customers`]).
pub fn customer_list(
    store: &Store,
    analytics: &ShopAnalytics,
    ids: &[i64],
    consented_only: bool,
    path: &Path,
) -> Result<Written, Error> {
    let settings = store.settings()?;
    let details = store.contact_details()?;
    let consent = marketing_consent(store, consented_only)?;
    let written = write_customer_list(analytics, &details, ids, consent.as_ref(), &settings, path)?;
    store.audit_export("Customers", &path.display().to_string(), written.customers)?;
    Ok(written)
}

/// Works out every customer's figures now, then writes the customers `ids` (the Customers
/// tab's list, when the Segments figures are not at hand). A shop without sales still gets
/// its list, with the figures left empty. Returns how many were written.
pub fn listed(
    store: &Store,
    ids: &[i64],
    consented_only: bool,
    path: &Path,
    progress: &mut Progress<'_>,
) -> Result<Written, Error> {
    let analytics = match compute_analytics(store, None, None, progress)? {
        Some(figures) => figures,
        None => std::sync::Arc::new(figures_without_sales(store)?),
    };
    progress.fraction(1.0, &Stage::WritingFile);
    customer_list(store, &analytics, ids, consented_only, path)
}

/// Writes the customers `ids` (in that order) of `analytics` as CSV or XLSX (by the file's
/// extension), as `clientele export` writes customers, with a marketing list's consent per
/// channel when `consent` is given; returns what was written.
pub fn write_customer_list(
    analytics: &ShopAnalytics,
    details: &std::collections::HashMap<i64, ContactDetails>,
    ids: &[i64],
    consent: Option<&std::collections::HashMap<i64, ChannelYes>>,
    settings: &ShopSettings,
    path: &Path,
) -> Result<Written, Error> {
    let mut withheld = Withheld::default();
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
        let mut row = customer_row(p, details.get(id), c, analytics.as_of);
        if marketing_row(consent, *id, &mut row, &mut withheld) {
            table.rows.push(row);
        }
    }
    write_file(path, &table, settings, "Customers")?;
    Ok(Written {
        customers: table.rows.len(),
        withheld: consent.map(|_| withheld),
    })
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
