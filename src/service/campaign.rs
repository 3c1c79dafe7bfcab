//! Campaigns (issue 24): choose who to contact, hold out a control group, write the
//! contact list, and measure what the contact brought.
//!
//! [`create`] reads the target (a segment, saved segment, tier, lifecycle stage,
//! Predictions list or Baskets "customers to offer X", optionally intersected with a saved
//! rule), keeps those who agreed to be contacted on the channel and have an address for it
//! (the others are counted and kept by reason), draws the control group and writes the
//! campaign. [`results`] measures it at any time; [`write_members`] and [`export`] write its
//! files. The window and the command line call these same functions.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;

use super::{Error, Job, Progress, Stage};
use crate::analytics::campaign::{
    CampaignError, CampaignResults, Candidate, DEFAULT_CONTROL_SHARE, DEFAULT_WINDOW_DAYS, Goal,
    Group, MAX_WINDOW_DAYS, Response, Target, TargetKind, detectable, draw_control, measure,
    outcomes, resolve_members,
};
use crate::analytics::rfm::{RfmRow, Scoring, Segment, Tier, lifecycle, lifecycle_of, tiers};
use crate::analytics::rules::Rule;
use crate::format::Formats;
use crate::model::Consent;
use crate::report::Paper;
use crate::report::contact::{
    self, CALLS_PER_PAGE, CallSheetWords, ContactSheetRow, LabelSheet, Letter,
};
use crate::report::export::{Cell, Format, GuardedCsv, Table, create_private, write_file};
use crate::store::{
    CampaignRow, Channel, ContactKind, ContactLine, ContactRow, LeftOut, NewCampaign, NewMember,
    Store,
};
use crate::text::Message;
use crate::text::campaign::channel_word;

impl From<CampaignError> for Error {
    fn from(e: CampaignError) -> Self {
        Error::Campaign(e)
    }
}

/// The Predictions list of customers worth saving (as the Predictions screen shows it):
/// repeat customers whose chance of still buying is slipping but not gone.
pub const PREDICT_WORTH_SAVING: &str = "worth-saving";

/// The Predictions list of tier A and B customers likely to have left.
pub const PREDICT_LIKELY_TO_LEAVE: &str = "likely-to-leave";

/// The Feedback list of unhappy and valuable customers (as the Feedback screen shows it).
pub const FEEDBACK_UNHAPPY: &str = "unhappy";

/// "Likely to leave": below this chance of still being a customer.
const LEAVING_BELOW: f64 = 0.5;

/// What a campaign is to be, as the owner asks for it (defaults still to be filled in).
#[derive(Clone, Debug, PartialEq)]
pub struct CampaignSpec {
    /// The name asked for; no other campaign may have it.
    pub name: String,
    /// The list the customers come from.
    pub target: Target,
    /// Win back, thank, cross-sell or announce.
    pub goal: Goal,
    /// A saved-segment rule (JSON) the list is narrowed by.
    pub rule: Option<String>,
    /// The share held out (strictly between 0 and 1).
    pub control_share: f64,
    /// E-mail, SMS, post or phone: consent and addresses are read for it.
    pub channel: Channel,
    /// The draw's seed (default: drawn from the clock, then stored).
    pub seed: Option<u64>,
    /// The first day of the response window (default: today).
    pub start: Option<NaiveDate>,
    /// How many days responses are counted.
    pub window_days: u32,
    /// The orders that count as a response.
    pub response: Response,
    /// What one contact costs, in currency units.
    pub cost_per_contact: Option<f64>,
}

impl CampaignSpec {
    /// A campaign with the defaults: announce by e-mail, 10% held out, a 30-day window
    /// from today, any order as a response, no cost.
    pub fn new(name: &str, target: Target) -> CampaignSpec {
        CampaignSpec {
            name: name.to_string(),
            goal: Goal::Announce,
            target,
            rule: None,
            channel: Channel::Email,
            control_share: DEFAULT_CONTROL_SHARE,
            seed: None,
            start: None,
            window_days: DEFAULT_WINDOW_DAYS,
            response: Response::Any,
            cost_per_contact: None,
        }
    }
}

/// A campaign just made, with the customers of the target left out and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Created {
    /// The campaign as stored.
    pub campaign: CampaignRow,
    /// Customers of the target not included, by id.
    pub left_out: Vec<(i64, LeftOut)>,
}

impl Created {
    /// How many were left out for `reason`.
    pub fn left_out_for(&self, reason: LeftOut) -> usize {
        self.left_out.iter().filter(|(_, r)| *r == reason).count()
    }
}

/// Checks the settings that need no data.
fn check(spec: &CampaignSpec) -> Result<Option<Rule>, Error> {
    if spec.name.trim().is_empty() {
        return Err(CampaignError::EmptyName.into());
    }
    if !(spec.control_share > 0.0 && spec.control_share < 1.0) {
        return Err(CampaignError::ControlShare(spec.control_share).into());
    }
    if spec.window_days == 0 || spec.window_days > MAX_WINDOW_DAYS {
        return Err(CampaignError::WindowDays(spec.window_days).into());
    }
    if let Some(cost) = spec.cost_per_contact
        && !(cost.is_finite() && cost >= 0.0)
    {
        return Err(CampaignError::Cost(cost).into());
    }
    spec.rule
        .as_deref()
        .map(Rule::parse)
        .transpose()
        .map_err(Error::Rule)
}

/// The customers of the target (sorted, with their segment) and the shop's recent
/// repeat-purchase rate over a window's length, when it can be told.
struct TargetList {
    members: Vec<(i64, String)>,
    base_rate: Option<f64>,
}

/// The share of customers who had bought before the last `window_days` days (up to the
/// latest sale) and bought again in them; `None` without such customers.
fn repeat_rate(rows: &[RfmRow], window_days: u32) -> Option<f64> {
    let window = i64::from(window_days);
    // A customer whose only order falls in the window had not bought before it.
    let before: Vec<&RfmRow> = rows
        .iter()
        .filter(|r| r.recency_days >= window || r.frequency >= 2)
        .collect();
    let again = before.iter().filter(|r| r.recency_days < window).count();
    (!before.is_empty() && again > 0).then(|| again as f64 / before.len() as f64)
}

/// Reads the target's customers.
fn target_list(
    store: &Store,
    spec: &CampaignSpec,
    rule: Option<&Rule>,
    progress: &mut Progress<'_>,
) -> Result<TargetList, Error> {
    let target = &spec.target;
    let no_list = || CampaignError::NoSuchList {
        kind: target.kind,
        name: target.name.clone(),
    };
    progress.step(0.0, Stage::ReadingCustomers, Job::Segments)?;
    // RFM from the per-customer figures the store keeps: the segment of every customer.
    let (_, rows) = super::analytics::rfm_rows(store, None, Scoring::default())?;
    let segment_of: HashMap<i64, Segment> =
        rows.iter().map(|r| (r.customer_id, r.segment)).collect();
    let base_rate = repeat_rate(&rows, spec.window_days);
    progress.step(0.3, Stage::WorkingOutSegments, Job::Segments)?;
    // Saved segments, lifecycle stages and rules look at more than RFM.
    let saved = match target.kind {
        TargetKind::Saved => {
            let found = store.saved_segment(&target.name)?.ok_or_else(no_list)?;
            Some(Rule::parse(&found.rule).map_err(Error::Rule)?)
        }
        _ => None,
    };
    let view = if rule.is_some() || saved.is_some() {
        let mut view = super::analytics::segment_view(store, None, true)?;
        view.predict_for(
            store,
            &rule.into_iter().chain(saved.as_ref()).collect::<Vec<_>>(),
        )?;
        Some(view)
    } else {
        None
    };
    let mut ids: Vec<i64> = match target.kind {
        TargetKind::Segment => {
            let s = super::analytics::segment_named(&target.name).ok_or_else(no_list)?;
            rows.iter()
                .filter(|r| r.segment == s)
                .map(|r| r.customer_id)
                .collect()
        }
        TargetKind::Tier => {
            let t = Tier::ALL
                .into_iter()
                .find(|t| t.name().eq_ignore_ascii_case(target.name.trim()))
                .ok_or_else(no_list)?;
            tiers(&rows)
                .into_iter()
                .filter(|(_, tier)| *tier == t)
                .map(|(id, _)| id)
                .collect()
        }
        TargetKind::Stage => {
            let st = super::analytics::stage_named(&target.name).ok_or_else(no_list)?;
            match &view {
                Some(v) => v
                    .facts
                    .iter()
                    .filter(|c| c.lifecycle == Some(st))
                    .map(|c| c.customer_id)
                    .collect(),
                // Stages from the first and last order days and median gaps the store
                // keeps; from every customer's orders when a figure is missing.
                None => {
                    let stages = match store.stage_figures()? {
                        Some((as_of, figures)) => lifecycle_of(&figures, as_of),
                        None => {
                            let (as_of, orders) = super::analytics::orders_as_of(store, None)?;
                            lifecycle(&orders, as_of)
                        }
                    };
                    stages
                        .stages
                        .into_iter()
                        .filter(|(_, stage)| *stage == st)
                        .map(|(id, _)| id)
                        .collect()
                }
            }
        }
        TargetKind::Saved => view
            .iter()
            .flat_map(|v| v.facts.iter().map(move |c| (v, c)))
            .filter(|(v, c)| saved.as_ref().is_some_and(|r| v.matches(r, c)))
            .map(|(_, c)| c.customer_id)
            .collect(),
        TargetKind::Predict => {
            predicted(store, &target.name, &rows, progress)?.ok_or_else(no_list)?
        }
        TargetKind::Offer => offered(store, &target.name, progress)?,
        TargetKind::Feedback => {
            if !target.name.trim().eq_ignore_ascii_case(FEEDBACK_UNHAPPY) {
                return Err(no_list().into());
            }
            super::feedback::unhappy_customers(store)?
                .into_iter()
                .map(|u| u.unhappy.customer_id)
                .collect()
        }
    };
    if let (Some(rule), Some(view)) = (rule, &view) {
        let keep: HashSet<i64> = view
            .facts
            .iter()
            .filter(|c| view.matches(rule, c))
            .map(|c| c.customer_id)
            .collect();
        ids.retain(|id| keep.contains(id));
    }
    ids.sort_unstable();
    ids.dedup();
    let members = ids
        .into_iter()
        .map(|id| {
            let segment = segment_of.get(&id).map(|s| s.name()).unwrap_or_default();
            (id, segment.to_string())
        })
        .collect();
    Ok(TargetList { members, base_rate })
}

/// The customers of a Predictions list; `None` for a name that is no list.
fn predicted(
    store: &Store,
    list: &str,
    rows: &[RfmRow],
    progress: &mut Progress<'_>,
) -> Result<Option<Vec<i64>>, Error> {
    use crate::analytics::predict::PredictOutcome;
    use crate::text::predict::{SLIPPING_FROM, STILL_BUYING_FROM};
    let list = list.trim().to_lowercase();
    if list != PREDICT_WORTH_SAVING && list != PREDICT_LIKELY_TO_LEAVE {
        return Ok(None);
    }
    let options = super::predict::PredictOptions::for_shop(&store.settings()?);
    let made = super::predict::run(store, &options, progress)?;
    let PredictOutcome::Ready(p) = made.outcome else {
        return Ok(Some(Vec::new()));
    };
    let top = tiers(rows);
    let ids = p
        .customers
        .iter()
        .filter(|c| {
            if list == PREDICT_WORTH_SAVING {
                c.history.frequency >= 1 && (SLIPPING_FROM..STILL_BUYING_FROM).contains(&c.p_alive)
            } else {
                c.p_alive < LEAVING_BELOW
                    && matches!(top.get(&c.history.customer_id), Some(Tier::A | Tier::B))
            }
        })
        .map(|c| c.history.customer_id)
        .collect();
    Ok(Some(ids))
}

/// The customers a product is suggested to (Baskets, default thresholds).
fn offered(store: &Store, product: &str, progress: &mut Progress<'_>) -> Result<Vec<i64>, Error> {
    let made = super::baskets::recommend(store, &super::baskets::BasketQuery::default(), progress)?;
    let wanted = product.trim().to_lowercase();
    Ok(made
        .rows(None)
        .into_iter()
        .filter(|r| r.product.trim().to_lowercase() == wanted)
        .map(|r| r.customer_id)
        .collect())
}

/// A seed from the clock, for a campaign created without one (it is stored).
fn clock_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    // Kept below 2^63 so that it fits SQLite's integers as it is.
    (nanos as u64) & (i64::MAX as u64)
}

/// Makes a campaign: its target, those left out, the control group and what it can detect.
pub fn create(
    store: &Store,
    spec: &CampaignSpec,
    progress: &mut Progress<'_>,
) -> Result<Created, Error> {
    let rule = check(spec)?;
    let name = spec.name.trim();
    if store.campaign(name)?.is_some() {
        return Err(CampaignError::NameTaken(name.to_string()).into());
    }
    let list = target_list(store, spec, rule.as_ref(), progress)?;
    if list.members.is_empty() {
        return Err(CampaignError::EmptyTarget(spec.target.text()).into());
    }
    let reach = store.channel_reach(spec.channel)?;
    let mut candidates = Vec::with_capacity(list.members.len());
    let mut left_out = Vec::new();
    for (id, segment) in list.members {
        match reach.get(&id) {
            Some((Consent::Yes, true)) => candidates.push(Candidate {
                customer_id: id,
                stratum: segment,
            }),
            Some((Consent::Yes, false)) => left_out.push((id, LeftOut::NoAddress)),
            Some((Consent::No, _)) => left_out.push((id, LeftOut::SaidNo)),
            _ => left_out.push((id, LeftOut::NoConsent)),
        }
    }
    if candidates.is_empty() {
        return Err(CampaignError::NobodyToContact.into());
    }
    let seed = spec.seed.unwrap_or_else(clock_seed);
    let groups = draw_control(&candidates, spec.control_share, seed)?;
    let control = groups.iter().filter(|g| **g == Group::Control).count() as u64;
    let target = candidates.len() as u64 - control;
    let members: Vec<NewMember> = candidates
        .into_iter()
        .zip(&groups)
        .map(|(c, g)| NewMember {
            customer_id: c.customer_id,
            group: *g,
            segment: c.stratum,
        })
        .collect();
    progress.step(0.9, Stage::WritingFile, Job::Segments)?;
    let rule_json = rule.as_ref().map(Rule::to_json);
    let new = NewCampaign {
        name,
        goal: spec.goal,
        target: &spec.target,
        rule: rule_json.as_deref(),
        channel: spec.channel,
        control_share: spec.control_share,
        seed,
        start: spec.start.unwrap_or_else(today),
        window_days: spec.window_days,
        response: &spec.response,
        cost_per_contact_cents: spec.cost_per_contact.map(|c| (c * 100.0).round() as i64),
        detectable: detectable(target, control, list.base_rate),
    };
    let campaign = store
        .create_campaign(&new, &members, &left_out)?
        .ok_or_else(|| CampaignError::NameTaken(name.to_string()))?;
    progress.fraction(1.0, &Stage::Done);
    Ok(Created { campaign, left_out })
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Every campaign, newest first.
pub fn list(store: &Store) -> Result<Vec<CampaignRow>, Error> {
    Ok(store.campaigns()?)
}

/// The campaign of that name, or an error naming it.
pub fn find(store: &Store, name: &str) -> Result<CampaignRow, Error> {
    store
        .campaign(name.trim())?
        .ok_or_else(|| CampaignError::NoSuchCampaign(name.to_string()).into())
}

/// A campaign's results as of a day.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    /// The campaign.
    pub campaign: CampaignRow,
    /// The window's last day.
    pub window_end: NaiveDate,
    /// The last day counted (the window's last day, or the as-of date within it).
    pub counted_to: NaiveDate,
    /// Whether the window is over.
    pub window_complete: bool,
    /// The figures, the uplift and the verdict.
    pub results: CampaignResults,
}

/// Every campaign with its results as of today, newest first.
pub fn measure_all(store: &Store) -> Result<Vec<Measured>, Error> {
    list(store)?
        .iter()
        .map(|c| results(store, &c.name, None))
        .collect()
}

/// A campaign's members as the customers they are now, sorted by customer (see
/// [`resolve_members`]).
fn members_now(store: &Store, campaign_id: i64) -> Result<Vec<(i64, Group)>, Error> {
    let members: Vec<(i64, Group)> = store
        .campaign_members(campaign_id)?
        .into_iter()
        .map(|m| (m.customer_id, m.group))
        .collect();
    let roots = store.merged_roots()?;
    Ok(resolve_members(&members, |id| {
        roots.get(&id).copied().unwrap_or(id)
    }))
}

/// Measures a campaign as of a day (default: today, up to the window's end). Each member
/// counts as the customer they are now; a customer several members were merged into counts
/// once, in the group of its own record at creation.
pub fn results(store: &Store, name: &str, as_of: Option<NaiveDate>) -> Result<Measured, Error> {
    let campaign = find(store, name)?;
    let start = campaign.start;
    let window_end = start + chrono::Days::new(u64::from(campaign.window_days.max(1)) - 1);
    if let Some(as_of) = as_of
        && as_of < start
    {
        return Err(CampaignError::AsOfBeforeStart { as_of, start }.into());
    }
    let day = as_of.unwrap_or_else(today);
    let counted_to = window_end.min(day);
    let window_complete = day >= window_end;
    let resolved = members_now(store, campaign.id)?;
    let customers: Vec<i64> = resolved.iter().map(|m| m.0).collect();
    let groups: Vec<Group> = resolved.iter().map(|m| m.1).collect();
    let lines = if counted_to >= start {
        store.window_lines(start, counted_to)?
    } else {
        Vec::new()
    };
    let outs = outcomes(&customers, &lines, &campaign.response, start, counted_to);
    let cost = campaign.cost_per_contact_cents.map(|c| c as f64 / 100.0);
    let results = measure(
        &groups,
        &outs,
        cost,
        campaign.detectable.min_difference,
        window_complete,
    );
    Ok(Measured {
        campaign,
        window_end,
        counted_to,
        window_complete,
        results,
    })
}

/// Refuses a file named neither .csv nor .xlsx (a .pdf goes to [`export_pdf`]).
fn check_format(path: &Path) -> Result<(), Error> {
    match Format::from_path(path) {
        Some(_) => Ok(()),
        None => Err(Error::ExportFormat(path.to_path_buf())),
    }
}

/// Writes rows as comma-separated text, each field guarded against spreadsheet formulas.
fn write_plain_csv<const N: usize>(
    path: &Path,
    header: [&str; N],
    rows: impl IntoIterator<Item = [String; N]>,
) -> Result<(), Error> {
    let io = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let file = create_private(path).map_err(io)?;
    let mut csv = GuardedCsv::new(std::io::BufWriter::new(file));
    csv.write_record(header).map_err(|e| io(e.into()))?;
    for row in rows {
        csv.write_record(row).map_err(|e| io(e.into()))?;
    }
    csv.flush().map_err(io)
}

/// Writes a campaign's members as they were drawn (`customer_id,external_ref,group`, always
/// comma-separated in a .csv file, as scripts expect; an .xlsx file is a workbook); returns
/// how many.
pub fn write_members(store: &Store, name: &str, path: &Path) -> Result<usize, Error> {
    check_format(path)?;
    let campaign = find(store, name)?;
    let members = store.campaign_members(campaign.id)?;
    let columns = ["customer_id", "external_ref", "group"];
    if Format::from_path(path) == Some(Format::Csv) {
        write_plain_csv(
            path,
            columns,
            members.iter().map(|m| {
                [
                    m.customer_id.to_string(),
                    m.external_ref.clone().unwrap_or_default(),
                    m.group.as_str().to_string(),
                ]
            }),
        )?;
    } else {
        let rows = members
            .iter()
            .map(|m| {
                vec![
                    Cell::Int(m.customer_id),
                    Cell::text(m.external_ref.as_deref()),
                    Cell::Text(m.group.as_str().to_string()),
                ]
            })
            .collect();
        let table = Table {
            columns: columns.to_vec(),
            rows,
        };
        write_file(path, &table, &store.settings()?, "Members")?;
    }
    store.audit_export(
        "campaign members",
        &path.display().to_string(),
        members.len(),
    )?;
    Ok(members.len())
}

/// Writes the customers of the target left out of a campaign (`customer_id,reason`).
pub fn write_left_out(left_out: &[(i64, LeftOut)], path: &Path) -> Result<(), Error> {
    write_plain_csv(
        path,
        ["customer_id", "reason"],
        left_out
            .iter()
            .map(|(id, reason)| [id.to_string(), reason.as_str().to_string()]),
    )
}

/// The columns of a campaign's contact list.
pub const CONTACT_COLUMNS: [&str; 9] = [
    "customer_id",
    "first_name",
    "last_name",
    "email",
    "phone",
    "language",
    "segment",
    "suggested_product",
    "last_purchase",
];

/// The target group's contacts (not the control group's), each with the product to
/// suggest: the offer's, else the customer's first Baskets suggestion when there is one.
fn target_contacts(
    store: &Store,
    campaign: &CampaignRow,
    progress: &mut Progress<'_>,
) -> Result<Vec<(ContactRow, Option<String>)>, Error> {
    let targets: HashSet<i64> = members_now(store, campaign.id)?
        .into_iter()
        .filter(|m| m.1 == Group::Target)
        .map(|m| m.0)
        .collect();
    let mut contacts = store.campaign_contacts(campaign.id)?;
    contacts.retain(|c| targets.contains(&c.customer_id));
    let suggested: HashMap<i64, String> = if campaign.target.kind == TargetKind::Offer {
        HashMap::new()
    } else {
        // Suggestions help the message but are not needed for it: a shop whose orders give
        // no rule still gets its list.
        match super::baskets::recommend(store, &super::baskets::BasketQuery::default(), progress) {
            Ok(made) => made
                .rows(None)
                .into_iter()
                .filter(|r| r.rank == 1)
                .map(|r| (r.customer_id, r.product))
                .collect(),
            Err(Error::Cancelled(job)) => return Err(Error::Cancelled(job)),
            Err(_) => HashMap::new(),
        }
    };
    Ok(contacts
        .into_iter()
        .map(|c| {
            let product = if campaign.target.kind == TargetKind::Offer {
                Some(campaign.target.name.clone())
            } else {
                suggested.get(&c.customer_id).cloned()
            };
            (c, product)
        })
        .collect())
}

/// Writes the contact list of a campaign's target group (not the control group) as CSV or
/// XLSX for a mailing tool: name, e-mail, phone, language, segment at creation, the
/// product to suggest (the offer's, else the customer's first Baskets suggestion, when
/// there is one) and the last purchase. A .pdf path writes [`export_pdf`]'s default (labels
/// of a post campaign, the call sheet of a phone one). Returns how many customers were
/// written.
pub fn export(
    store: &Store,
    name: &str,
    path: &Path,
    progress: &mut Progress<'_>,
) -> Result<usize, Error> {
    if is_pdf(path) {
        return export_pdf(store, name, path, &PdfOptions::default(), progress);
    }
    check_format(path)?;
    let campaign = find(store, name)?;
    let rows = target_contacts(store, &campaign, progress)?
        .into_iter()
        .map(|(c, product)| {
            vec![
                Cell::Int(c.customer_id),
                Cell::text(c.first_name.as_deref()),
                Cell::text(c.last_name.as_deref()),
                Cell::text(c.email.as_deref()),
                Cell::text(c.phone.as_deref()),
                Cell::text(c.language.as_deref()),
                Cell::text(Some(&c.segment)),
                Cell::text(product.as_deref()),
                c.last_purchase.map_or(Cell::Empty, Cell::Date),
            ]
        })
        .collect();
    let table = Table {
        columns: CONTACT_COLUMNS.to_vec(),
        rows,
    };
    write_file(path, &table, &store.settings()?, "Contacts")?;
    store.audit_export(
        &format!("campaign {}", campaign.id),
        &path.display().to_string(),
        table.rows.len(),
    )?;
    Ok(table.rows.len())
}

fn is_pdf(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

/// What a campaign's PDF is to be.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PdfOptions {
    /// The label sheet (default: the shop's paper's).
    pub labels: Option<LabelSheet>,
    /// A letter's text file: one letter per customer instead of labels (post only).
    pub letter: Option<std::path::PathBuf>,
}

/// A contact as the PDFs print it: the segment's name in the PDF's language (the store
/// keeps its English name) and the last purchase as a day in words, in the shop's order.
fn sheet_row(c: ContactRow, product: Option<String>, f: &Formats) -> ContactSheetRow {
    let [street, street2, postcode, city, region, country] = c.address;
    let town = [postcode, city]
        .into_iter()
        .flatten()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let address = [street, street2, Some(town), region, country]
        .into_iter()
        .flatten()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    ContactSheetRow {
        first_name: c.first_name.unwrap_or_default(),
        last_name: c.last_name.unwrap_or_default(),
        address,
        phone: c.phone.unwrap_or_default(),
        segment: Segment::from_name(&c.segment)
            .map(|s| crate::report::text::segment_name(f.language(), s).to_string())
            .unwrap_or(c.segment),
        last_purchase: c.last_purchase.map(|d| f.date_words(d)).unwrap_or_default(),
        suggested_product: product.unwrap_or_default(),
    }
}

/// The call sheet's words in the language the command line or window speaks.
fn call_sheet_words(campaign: &CampaignRow, rows: usize) -> CallSheetWords {
    let lang = crate::text::ui_lang();
    let say = |id: &'static str| crate::text::render(lang, &Message::new(id));
    let pages = rows.div_ceil(CALLS_PER_PAGE).max(1);
    CallSheetWords {
        title: crate::text::render(
            lang,
            &Message::new("campaigns-pdf-call-sheet").arg("name", campaign.name.as_str()),
        ),
        phone: say("campaigns-pdf-phone"),
        segment: say("campaigns-pdf-segment"),
        last_purchase: say("campaigns-pdf-last-purchase"),
        suggested: say("campaigns-pdf-suggested"),
        outcomes: [
            say("campaigns-pdf-reached"),
            say("campaigns-pdf-not-reached"),
            say("campaigns-pdf-call-back"),
        ],
        notes: say("campaigns-pdf-notes"),
        page_of: (1..=pages)
            .map(|n| {
                let m = Message::new("campaigns-pdf-page-of")
                    .arg("page", n as i64)
                    .arg("pages", pages as i64);
                crate::text::render(lang, &m)
            })
            .collect(),
        lang: lang.code().to_string(),
    }
}

/// Writes a campaign's PDF: for a post campaign its target group's address labels, or one
/// letter each when `options.letter` names a text with fields such as {first_name}; for a
/// phone campaign its call sheet. E-mail and SMS campaigns are refused. The letter's
/// fields are checked before anything is written. Returns how many customers it holds.
pub fn export_pdf(
    store: &Store,
    name: &str,
    path: &Path,
    options: &PdfOptions,
    progress: &mut Progress<'_>,
) -> Result<usize, Error> {
    let campaign = find(store, name)?;
    let letter = match &options.letter {
        Some(file) => {
            let text = std::fs::read_to_string(file).map_err(|e| CampaignError::Letter {
                path: file.clone(),
                detail: e.to_string(),
            })?;
            let letter = Letter::parse(&text).map_err(|e| CampaignError::LetterField {
                path: file.clone(),
                line: e.line,
                field: e.field,
            })?;
            Some(letter)
        }
        None => None,
    };
    let settings = store.settings()?;
    let paper = Paper::for_shop(&settings);
    let f = Formats::for_shop(&settings).in_language(crate::text::ui_lang());
    let rows: Vec<ContactSheetRow> = target_contacts(store, &campaign, progress)?
        .into_iter()
        .map(|(c, p)| sheet_row(c, p, &f))
        .collect();
    progress.step(0.8, Stage::WritingFile, Job::Report)?;
    let bytes = match (campaign.channel, letter) {
        (Channel::Post, Some(letter)) => contact::letters(paper, &letter, &rows)?,
        (Channel::Post, None) => {
            let sheet = options.labels.unwrap_or(LabelSheet::for_paper(paper));
            contact::labels(sheet, &rows)?
        }
        (Channel::Phone, _) => {
            contact::call_sheet(paper, &call_sheet_words(&campaign, rows.len()), &rows)?
        }
        (channel, _) => {
            return Err(CampaignError::PdfChannel {
                path: path.to_path_buf(),
                channel: crate::text::render(crate::text::ui_lang(), &channel_word(channel)),
            }
            .into());
        }
    };
    let mut file = create_private(path).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })?;
    std::io::Write::write_all(&mut file, &bytes).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })?;
    store.audit_export(
        &format!("campaign {}", campaign.id),
        &path.display().to_string(),
        rows.len(),
    )?;
    progress.fraction(1.0, &Stage::Done);
    Ok(rows.len())
}

/// A customer's contact history, newest first.
pub fn history(store: &Store, customer_id: i64) -> Result<Vec<ContactLine>, Error> {
    Ok(store.contact_history(customer_id)?)
}

/// Adds the owner's note (a call, a visit, a complaint...) to a customer's contact history,
/// dated `day` (default: now); the store records it in the audit. A note without words is
/// refused.
pub fn add_note(
    store: &Store,
    customer_id: i64,
    kind: ContactKind,
    note: &str,
    day: Option<NaiveDate>,
) -> Result<(), Error> {
    let note = note.trim();
    if note.is_empty() {
        return Err(CampaignError::EmptyNote.into());
    }
    let channel = match kind {
        ContactKind::Call => Some(Channel::Phone),
        _ => None,
    };
    match day {
        Some(day) => store.add_contact_note_on(customer_id, kind, channel, note, day)?,
        None => store.add_contact_note(customer_id, kind, channel, note)?,
    }
    Ok(())
}

/// Makes a campaign's report (PDF) as of a day (default: today), in `lang`, on the shop's
/// paper: the campaign, both groups, the uplift, what it brought, the verdict and who was
/// left out. The command line saves it with [`super::report::save`]; the window too, after
/// asking where.
pub fn report(
    store: &Store,
    name: &str,
    as_of: Option<NaiveDate>,
    lang: crate::text::Lang,
) -> Result<(Measured, Vec<u8>), Error> {
    let measured = results(store, name, as_of)?;
    let settings = store.settings()?;
    let mut left_out = [0u64; 3];
    for (_, reason) in store.campaign_left_out(measured.campaign.id)? {
        let slot = match reason {
            LeftOut::NoConsent => 0,
            LeftOut::SaidNo => 1,
            LeftOut::NoAddress => 2,
        };
        left_out[slot] += 1;
    }
    let c = &measured.campaign;
    let input = crate::report::campaign::CampaignReport {
        name: c.name.clone(),
        goal: c.goal,
        target: c.target.clone(),
        rule: c.rule.clone(),
        channel: channel_word(c.channel),
        start: c.start,
        window_days: c.window_days,
        window_end: measured.window_end,
        counted_to: measured.counted_to,
        window_complete: measured.window_complete,
        response: c.response.clone(),
        cost_per_contact_cents: c.cost_per_contact_cents,
        control_share: c.control_share,
        seed: c.seed,
        detectable: c.detectable,
        results: measured.results,
        left_out,
        paper: Paper::for_shop(&settings),
        settings,
        lang,
        today: today(),
    };
    let pdf = crate::report::campaign::render(&input)?;
    Ok((measured, pdf))
}
