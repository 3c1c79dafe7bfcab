//! What the printed report shows, computed from plain data with the analytics of
//! `crate::analytics` (key figures, RFM segments, tiers, movement). Pure: the caller reads
//! the store and hands the results to [`gather`].

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, Months, NaiveDate};

use crate::analytics::kpi::{PeriodKpis, add_walk_ins, monthly_with_walk_ins, periods};
use crate::analytics::rfm::{Segment, Tier, movement_to, pareto_share, rfm, tiers};
use crate::analytics::{build_orders, default_as_of};
use crate::model::{BatchSummary, ChannelCategoryRevenue, CustomerProfile, SaleFact};
use crate::settings::ShopSettings;

use super::text::Lang;

/// The sections of the report, in the order they are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    KeyFigures,
    RevenueOverTime,
    ChannelsAndCategories,
    Segments,
    Tiers,
    Movement,
    TopCustomers,
    ToCall,
    SellsTogether,
    Forecast,
    Predictions,
    Cohorts,
    Acquisition,
    Feedback,
    Consent,
    DataQuality,
}

impl Section {
    /// Every section, in print order.
    pub const ALL: [Section; 16] = [
        Section::KeyFigures,
        Section::RevenueOverTime,
        Section::ChannelsAndCategories,
        Section::Segments,
        Section::Tiers,
        Section::Movement,
        Section::TopCustomers,
        Section::ToCall,
        Section::SellsTogether,
        Section::Forecast,
        Section::Predictions,
        Section::Cohorts,
        Section::Acquisition,
        Section::Feedback,
        Section::Consent,
        Section::DataQuality,
    ];

    /// The sections printed when none are named: every one but Predictions, which fits
    /// the purchase models on the whole shop (a second of CPU at 23 000 customers, three
    /// at 100 000: docs/benchmarks.md) and is printed when asked for by name.
    pub fn defaults() -> Vec<Section> {
        Section::ALL
            .into_iter()
            .filter(|s| *s != Section::Predictions)
            .collect()
    }

    /// The name `--sections` uses.
    pub fn key(self) -> &'static str {
        match self {
            Section::KeyFigures => "key-figures",
            Section::RevenueOverTime => "revenue",
            Section::ChannelsAndCategories => "channels",
            Section::Segments => "segments",
            Section::Tiers => "tiers",
            Section::Movement => "movement",
            Section::TopCustomers => "top-customers",
            Section::ToCall => "to-call",
            Section::DataQuality => "data-quality",
            Section::SellsTogether => "sells-together",
            Section::Forecast => "forecast",
            Section::Predictions => "predictions",
            Section::Cohorts => "cohorts",
            Section::Acquisition => "first-channels",
            Section::Feedback => "feedback",
            Section::Consent => "consent",
        }
    }

    /// The sections of a comma-separated list such as `key-figures,to-call`.
    pub fn parse_list(list: &str) -> Result<Vec<Section>, SectionsError> {
        let mut out = Vec::new();
        for word in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            let Some(s) = Section::ALL
                .into_iter()
                .find(|s| s.key().eq_ignore_ascii_case(word))
            else {
                return Err(SectionsError::Unknown(word.to_string()));
            };
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out.sort();
        if out.is_empty() {
            return Err(SectionsError::Empty);
        }
        Ok(out)
    }
}

/// Why a list of report sections cannot be read ([`crate::text`] says it in words, with
/// the sections' keys).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SectionsError {
    /// A word that is no section's key.
    Unknown(String),
    /// The list names no section.
    Empty,
}

/// Paper sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// 210 x 297 mm.
    A4,
    /// 8.5 x 11 in.
    Letter,
}

impl Paper {
    /// Width and height in PDF points (1/72 in).
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// The paper the shop's locale uses.
    pub fn for_shop(settings: &ShopSettings) -> Paper {
        if settings.locale().letter_paper {
            Paper::Letter
        } else {
            Paper::A4
        }
    }
}

/// What to print.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportOptions {
    /// First day of the period (both None: the last complete month, see [`period_of`]).
    pub from: Option<NaiveDate>,
    /// Last day of the period (both None: the last complete month).
    pub to: Option<NaiveDate>,
    /// The report's language.
    pub lang: Lang,
    /// The paper size.
    pub paper: Paper,
    /// The sections to print, in print order.
    pub sections: Vec<Section>,
}

/// The plain data the report is computed from, as the store gives it.
#[derive(Clone, Debug, Default)]
pub struct ReportInput {
    /// The shop's settings.
    pub settings: ShopSettings,
    /// Every sale line, resolved to its root customer.
    pub facts: Vec<SaleFact>,
    /// Every customer.
    pub profiles: Vec<CustomerProfile>,
    /// Revenue by channel and category in the period.
    pub channel_category: Vec<ChannelCategoryRevenue>,
    /// The imports, newest first.
    pub batches: Vec<BatchSummary>,
    /// The day the report is made.
    pub today: NaiveDate,
    /// The sale lines of each customer's first day (channel and store), for Channels.
    pub first_origins: Vec<crate::model::SaleDetail>,
    /// The walk-in orders (sales naming no customer), oldest first: counted in the key
    /// figures' revenue and orders and in the revenue by month, as their own part too.
    pub walk_ins: Vec<crate::analytics::WalkIn>,
    /// Each customer's predicted lifetime value as of the period's last day, when the
    /// channels section is printed and the shop has enough data for the models.
    pub predicted_clv: Option<crate::analytics::channels::ClvByCustomer>,
}

/// One named group with its customers and revenue.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupLine<T> {
    /// The group.
    pub group: T,
    /// Customers in it.
    pub customers: usize,
    /// Their revenue in cents.
    pub revenue_cents: i64,
}

/// A customer line of the top-customer and to-call tables.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerLine {
    /// Customer id.
    pub id: i64,
    /// The name to print.
    pub name: String,
    /// Phone.
    pub phone: String,
    /// E-mail.
    pub email: String,
    /// Orders in the period.
    pub period_orders: i64,
    /// Revenue in the period, in cents.
    pub period_cents: i64,
    /// Everything they spent up to the end of the period, in cents.
    pub total_cents: i64,
    /// Their last order on or before the end of the period.
    pub last_order: Option<NaiveDate>,
    /// Their segment at the end of the period.
    pub segment: Option<Segment>,
}

/// One import with rejected rows.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportLine {
    /// Batch id.
    pub id: i64,
    /// The file's name.
    pub file: String,
    /// When it ran (day).
    pub date: String,
    /// Rows read.
    pub rows_read: i64,
    /// Rows rejected.
    pub rows_rejected: i64,
}

/// Everything the report prints, computed.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportData {
    /// The shop's settings.
    pub settings: ShopSettings,
    /// Options used.
    pub options: ReportOptions,
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period.
    pub to: NaiveDate,
    /// The day the report was made.
    pub today: NaiveDate,
    /// The period, the one before (same length) and the same days a year earlier.
    pub current: PeriodKpis,
    /// The period before.
    pub previous: PeriodKpis,
    /// The same period a year earlier.
    pub last_year: PeriodKpis,
    /// Revenue per month, oldest first, the last 24 months up to the period's end.
    pub monthly: Vec<(NaiveDate, i64)>,
    /// Revenue per channel in the period, largest first.
    pub channels: Vec<(Option<String>, i64)>,
    /// Revenue per category in the period, largest first.
    pub categories: Vec<(Option<String>, i64)>,
    /// Customers and lifetime revenue per segment at the period's end, in segment order.
    pub segments: Vec<GroupLine<Segment>>,
    /// Sum of every customer's lifetime revenue at the period's end.
    pub total_monetary_cents: i64,
    /// Customers and revenue per value tier.
    pub tiers: Vec<GroupLine<Tier>>,
    /// Share of revenue brought by the top 20% of customers.
    pub pareto_top20: f64,
    /// The Pareto curve: (share of customers, share of revenue), from (0, 0) to (1, 1).
    pub pareto_curve: Vec<(f64, f64)>,
    /// Customers who changed segment during the period: (from, to, count), most first.
    pub moves: Vec<(Option<Segment>, Segment, usize)>,
    /// Customers who kept their segment.
    pub unchanged: usize,
    /// The biggest spenders of the period.
    pub top_customers: Vec<CustomerLine>,
    /// High-value customers slipping away, biggest spenders first (at most [`TO_CALL_ROWS`]).
    pub to_call: Vec<CustomerLine>,
    /// How many customers qualify for the call list in all.
    pub to_call_total: usize,
    /// Customers sharing an e-mail or phone with another.
    pub likely_duplicates: i64,
    /// The last imports with rejected rows.
    pub rejected: Vec<ImportLine>,
    /// Customers without e-mail.
    pub without_email: usize,
    /// Customers without phone.
    pub without_phone: usize,
    /// Customers without either.
    pub without_either: usize,
    /// Customers in all.
    pub customers: usize,
    /// The strongest rules of the period's orders (filled by the caller; empty by default).
    pub sells_together: Vec<TogetherLine>,
    /// The Forecast, Cohorts and Channels figures, when one of those sections is printed.
    pub trends: Option<super::trends::TrendData>,
    /// The period's feedback, when its section is printed (filled by the caller).
    pub feedback: Option<super::feedback::FeedbackSummary>,
    /// Consent per channel, when its section is printed (filled by the caller).
    pub consent: Option<super::consent::ConsentCoverage>,
    /// The Predictions figures (filled by the caller when that section is printed).
    pub predictions: Option<ReportPredictions>,
}

/// The predictions as the report prints them: the outcome of the models, the customers
/// worth saving and the names of those printed.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportPredictions {
    /// The figures, or why there are none.
    pub outcome:
        Result<crate::analytics::predict::PredictOutcome, crate::analytics::predict::PredictError>,
    /// The customers worth saving with their value at risk, largest first.
    pub worth_saving: Vec<(crate::analytics::predict::CustomerPrediction, f64)>,
    /// Names of the customers printed, by customer id.
    pub names: std::collections::HashMap<i64, String>,
}

/// How many customers "Worth saving" prints.
pub const WORTH_SAVING_ROWS: usize = 20;

/// One rule of "What sells together": product names joined in words, and its figures.
#[derive(Clone, Debug, PartialEq)]
pub struct TogetherLine {
    /// What the orders hold first.
    pub antecedents: String,
    /// What they also hold.
    pub consequents: String,
    /// Orders holding both.
    pub orders: u64,
    /// Share of the orders with the first that hold the others.
    pub confidence: f64,
    /// How many times more often than on average.
    pub lift: f64,
}

/// How many top customers are printed.
pub const TOP_CUSTOMERS: usize = 20;
/// How many customers the call list prints at most.
pub const TO_CALL_ROWS: usize = 60;
/// How many recent imports the data-quality section looks at.
const RECENT_IMPORTS: usize = 10;

fn back_days(d: NaiveDate, days: i64) -> NaiveDate {
    d.checked_sub_days(Days::new(days.max(0) as u64))
        .unwrap_or(NaiveDate::MIN)
}

fn year_before(d: NaiveDate) -> NaiveDate {
    d.checked_sub_months(Months::new(12))
        .unwrap_or(NaiveDate::MIN)
}

/// The first day of a date's month.
pub fn month_start(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(chrono::Datelike::year(&d), chrono::Datelike::month(&d), 1).unwrap_or(d)
}

/// The name to print for a customer: first and last name, family name first when both are
/// written in Chinese characters, else "Customer C0031" from the customer reference, else
/// "Customer #12" from the customer number (as the Customers tab shows them).
pub fn display_name(lang: Lang, p: &CustomerProfile) -> String {
    let name = crate::model::person_name(
        p.first_name.as_deref().unwrap_or_default(),
        p.last_name.as_deref().unwrap_or_default(),
    );
    crate::customers::shown_name_in(
        lang,
        &name,
        p.external_ref.as_deref().unwrap_or_default(),
        p.id,
    )
}

/// The period a report covers. Without dates, the last complete month as of the day of the
/// latest sale: that day's month when it is the month's last day, else the month before
/// (a month of six days so far would look like a collapse). With dates, `to` defaults to the
/// day of the latest sale and `from` to the first day of `to`'s month.
pub fn period_of(
    options: &ReportOptions,
    facts: &[SaleFact],
    today: NaiveDate,
) -> (NaiveDate, NaiveDate) {
    let as_of = default_as_of(facts, today);
    if options.from.is_none() && options.to.is_none() {
        let next = as_of.succ_opt().unwrap_or(as_of);
        let end = if month_start(next) == next {
            as_of
        } else {
            month_start(as_of).pred_opt().unwrap_or(as_of)
        };
        return (month_start(end), end);
    }
    let to = options.to.unwrap_or(as_of);
    let from = options.from.unwrap_or_else(|| month_start(to));
    (from.min(to), to)
}

/// Computes everything the report prints.
pub fn gather(input: &ReportInput, options: &ReportOptions) -> ReportData {
    let (from, to) = period_of(options, &input.facts, input.today);
    let days = (to - from).num_days() + 1;
    // Lines after the period's end do not count; most reports end at the latest sale, so
    // the lines are only copied when some are later.
    let orders = if input.facts.iter().all(|f| f.sold_on <= to) {
        build_orders(&input.facts)
    } else {
        let upto: Vec<SaleFact> = input
            .facts
            .iter()
            .filter(|f| f.sold_on <= to)
            .copied()
            .collect();
        build_orders(&upto)
    };

    let prev_to = back_days(from, 1);
    let prev_from = back_days(prev_to, days - 1);
    // The period's figures and the segment tables are independent: worked out side by side.
    let (kpis, monthly_all, likely, (rows, moved)) = std::thread::scope(|scope| {
        let side = scope.spawn(|| {
            let kpis = periods(
                &orders,
                &[
                    (from, to),
                    (prev_from, prev_to),
                    (year_before(from), year_before(to)),
                ],
            );
            let mut kpis = kpis;
            for k in &mut kpis {
                add_walk_ins(k, &input.walk_ins);
            }
            (
                kpis,
                monthly_with_walk_ins(&orders, &input.walk_ins, to).0,
                likely_duplicates(&input.profiles),
            )
        });
        let rows = rfm(&orders, to);
        let moved = movement_to(&orders, prev_to, &rows, to);
        let (kpis, monthly_all, likely) = side
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (kpis, monthly_all, likely, (rows, moved))
    });
    let [current, previous, last_year] = [kpis[0], kpis[1], kpis[2]];

    let first_month = month_start(to)
        .checked_sub_months(Months::new(23))
        .unwrap_or(NaiveDate::MIN);
    let monthly: Vec<(NaiveDate, i64)> = monthly_all
        .into_iter()
        .filter(|m| m.0 >= first_month)
        .map(|m| (m.0, m.1))
        .collect();

    let mut channels: BTreeMap<Option<String>, i64> = BTreeMap::new();
    let mut categories: BTreeMap<Option<String>, i64> = BTreeMap::new();
    for c in &input.channel_category {
        *channels.entry(c.channel.clone()).or_default() += c.revenue_cents;
        *categories.entry(c.category.clone()).or_default() += c.revenue_cents;
    }
    let largest_first = |m: BTreeMap<Option<String>, i64>| {
        let mut v: Vec<_> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };

    let total_monetary_cents: i64 = rows.iter().map(|r| r.monetary_cents).sum();
    let segments = Segment::ALL
        .into_iter()
        .map(|s| {
            let members = rows.iter().filter(|r| r.segment == s);
            let (customers, revenue_cents) =
                members.fold((0, 0), |(n, c), r| (n + 1, c + r.monetary_cents));
            GroupLine {
                group: s,
                customers,
                revenue_cents,
            }
        })
        .collect();
    let tier_of = tiers(&rows);
    let tier_lines = Tier::ALL
        .into_iter()
        .map(|t| {
            let (customers, revenue_cents) = rows
                .iter()
                .filter(|r| tier_of.get(&r.customer_id) == Some(&t))
                .fold((0, 0), |(n, c), r| (n + 1, c + r.monetary_cents));
            GroupLine {
                group: t,
                customers,
                revenue_cents,
            }
        })
        .collect();
    let pareto_top20 = pareto_share(&rows, 0.2);
    let pareto_curve = pareto_curve(&rows.iter().map(|r| r.monetary_cents).collect::<Vec<_>>());

    let mut moves: Vec<(Option<Segment>, Segment, usize)> = Vec::new();
    let mut unchanged = 0;
    for ((a, b), ids) in &moved.cells {
        if *a == Some(*b) {
            unchanged += ids.len();
        } else {
            moves.push((*a, *b, ids.len()));
        }
    }
    moves.sort_by(|x, y| y.2.cmp(&x.2).then_with(|| (x.0, x.1).cmp(&(y.0, y.1))));

    // Per-customer figures of the period.
    let mut in_period: HashMap<i64, (i64, i64)> = HashMap::new();
    for o in orders.iter().filter(|o| o.date >= from) {
        let e = in_period.entry(o.customer_id).or_default();
        e.0 += 1;
        e.1 += o.amount_cents;
    }
    let by_id: HashMap<i64, &CustomerProfile> = input.profiles.iter().map(|p| (p.id, p)).collect();
    let rfm_of: HashMap<i64, &crate::analytics::rfm::RfmRow> =
        rows.iter().map(|r| (r.customer_id, r)).collect();
    let line = |id: i64| -> CustomerLine {
        let p = by_id.get(&id);
        let r = rfm_of.get(&id);
        let (period_orders, period_cents) = in_period.get(&id).copied().unwrap_or_default();
        CustomerLine {
            id,
            name: p.map_or_else(
                || crate::customers::shown_name_in(options.lang, "", "", id),
                |p| display_name(options.lang, p),
            ),
            phone: p.and_then(|p| p.phone.clone()).unwrap_or_default(),
            email: p.and_then(|p| p.email.clone()).unwrap_or_default(),
            period_orders,
            period_cents,
            total_cents: r.map_or(0, |r| r.monetary_cents),
            last_order: r.map(|r| back_days(to, r.recency_days)),
            segment: r.map(|r| r.segment),
        }
    };
    let mut top: Vec<(i64, i64)> = in_period.iter().map(|(&id, &(_, c))| (id, c)).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let top_customers = top
        .iter()
        .take(TOP_CUSTOMERS)
        .map(|&(id, _)| line(id))
        .collect();

    let mut call: Vec<&crate::analytics::rfm::RfmRow> = rows
        .iter()
        .filter(|r| {
            matches!(r.segment, Segment::AtRisk | Segment::CantLoseThem)
                && tier_of.get(&r.customer_id) == Some(&Tier::A)
        })
        .collect();
    call.sort_by(|a, b| {
        b.monetary_cents
            .cmp(&a.monetary_cents)
            .then(a.customer_id.cmp(&b.customer_id))
    });
    let to_call_total = call.len();
    let to_call = call
        .iter()
        .take(TO_CALL_ROWS)
        .map(|r| line(r.customer_id))
        .collect();

    let rejected = input
        .batches
        .iter()
        .filter(|b| b.undone_at.is_none())
        .take(RECENT_IMPORTS)
        .filter(|b| b.rows_rejected > 0)
        .map(|b| ImportLine {
            id: b.id,
            file: b.file_name.clone().unwrap_or_else(|| b.kind.clone()),
            date: b.started_at.get(..10).unwrap_or(&b.started_at).to_string(),
            rows_read: b.rows_read,
            rows_rejected: b.rows_rejected,
        })
        .collect();
    let missing = |v: &Option<String>| v.as_deref().is_none_or(|s| s.trim().is_empty());
    let without_email = input.profiles.iter().filter(|p| missing(&p.email)).count();
    let without_phone = input.profiles.iter().filter(|p| missing(&p.phone)).count();
    let without_either = input
        .profiles
        .iter()
        .filter(|p| missing(&p.email) && missing(&p.phone))
        .count();

    ReportData {
        settings: input.settings.clone(),
        options: options.clone(),
        from,
        to,
        today: input.today,
        current,
        previous,
        last_year,
        monthly,
        channels: largest_first(channels),
        categories: largest_first(categories),
        segments,
        total_monetary_cents,
        tiers: tier_lines,
        pareto_top20,
        pareto_curve,
        moves,
        unchanged,
        top_customers,
        to_call,
        to_call_total,
        likely_duplicates: likely,
        rejected,
        without_email,
        without_phone,
        without_either,
        customers: input.profiles.len(),
        sells_together: Vec::new(),
        feedback: None,
        consent: None,
        predictions: None,
        trends: options
            .sections
            .iter()
            .any(|s| {
                matches!(
                    s,
                    Section::Forecast | Section::Cohorts | Section::Acquisition
                )
            })
            .then(|| {
                super::trends::trend_data(
                    &orders,
                    &input.first_origins,
                    &tier_of,
                    input.predicted_clv.as_ref(),
                    to,
                )
            }),
    }
}

/// Customers who share an e-mail address (case ignored) or a phone number with another
/// customer: a quick count of likely duplicates that needs no duplicate detection run.
pub fn likely_duplicates(profiles: &[CustomerProfile]) -> i64 {
    let email = |p: &CustomerProfile| {
        p.email
            .as_deref()
            .map(|e| e.trim().to_lowercase())
            .filter(|e| !e.is_empty())
    };
    let phone = |p: &CustomerProfile| {
        p.phone
            .as_deref()
            .map(|e| e.trim().to_string())
            .filter(|e| !e.is_empty())
    };
    let mut emails: HashMap<String, u32> = HashMap::new();
    let mut phones: HashMap<String, u32> = HashMap::new();
    for p in profiles {
        if let Some(e) = email(p) {
            *emails.entry(e).or_default() += 1;
        }
        if let Some(n) = phone(p) {
            *phones.entry(n).or_default() += 1;
        }
    }
    let shared = |m: &HashMap<String, u32>, k: Option<String>| k.is_some_and(|k| m[&k] > 1);
    profiles
        .iter()
        .filter(|p| shared(&emails, email(p)) || shared(&phones, phone(p)))
        .count() as i64
}

/// At most 201 points of the Pareto curve of these amounts.
fn pareto_curve(monetary: &[i64]) -> Vec<(f64, f64)> {
    let mut sorted: Vec<i64> = monetary.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let total: i64 = sorted.iter().sum();
    let n = sorted.len();
    if n == 0 || total <= 0 {
        return Vec::new();
    }
    let mut cumulative = Vec::with_capacity(n + 1);
    let mut sum = 0i64;
    cumulative.push(0i64);
    for m in &sorted {
        sum += m;
        cumulative.push(sum);
    }
    let steps = n.min(200);
    (0..=steps)
        .map(|i| {
            let k = i * n / steps;
            (k as f64 / n as f64, cumulative[k] as f64 / total as f64)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_sections_are_all_but_predictions() {
        let defaults = Section::defaults();
        assert!(!defaults.contains(&Section::Predictions));
        assert_eq!(defaults.len(), Section::ALL.len() - 1);
        // In print order.
        let order: Vec<Section> = Section::ALL
            .into_iter()
            .filter(|s| defaults.contains(s))
            .collect();
        assert_eq!(order, defaults);
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn likely_duplicates_share_an_email_or_a_phone() {
        let p = |id: i64, email: Option<&str>, phone: Option<&str>| CustomerProfile {
            id,
            email: email.map(str::to_string),
            phone: phone.map(str::to_string),
            ..CustomerProfile::default()
        };
        let profiles = vec![
            // 1 and 2: one address, case and spaces aside.
            p(1, Some("Anna@Mail.example"), None),
            p(2, Some(" anna@mail.example "), Some("+33612345678")),
            // 3 shares 2's phone.
            p(3, None, Some("+33612345678")),
            // 4 and 5: Cyrillic capitals fold too.
            p(4, Some("ИВАН@mail.example"), None),
            p(5, Some("иван@mail.example"), Some("")),
            // Empty values are nobody's.
            p(6, Some(""), Some("  ")),
            p(7, Some("  "), Some("")),
            p(8, Some("solo@mail.example"), Some("+33700000000")),
            p(9, None, None),
        ];
        assert_eq!(likely_duplicates(&profiles), 5);
        assert_eq!(likely_duplicates(&profiles[5..]), 0);
    }

    #[test]
    fn section_lists_are_parsed_in_print_order() {
        assert_eq!(
            Section::parse_list("to-call, key-figures,to-call"),
            Ok(vec![Section::KeyFigures, Section::ToCall])
        );
        assert_eq!(
            Section::parse_list("key-figures,nonsense"),
            Err(SectionsError::Unknown("nonsense".into()))
        );
        assert_eq!(Section::parse_list(" , "), Err(SectionsError::Empty));
    }

    #[test]
    fn the_default_period_is_the_last_complete_month() {
        let options = ReportOptions {
            from: None,
            to: None,
            lang: Lang::En,
            paper: Paper::A4,
            sections: Section::ALL.to_vec(),
        };
        let fact = |day: &str| SaleFact {
            customer_id: 1,
            sold_on: d(day),
            order_key: 0,
            amount_cents: 1,
        };
        // The latest sale on 14 March: March is not over, February is the last whole month.
        let facts = [fact("2025-02-03"), fact("2025-03-14")];
        assert_eq!(
            period_of(&options, &facts, d("2030-01-01")),
            (d("2025-02-01"), d("2025-02-28"))
        );
        // On the last day of a month, that month is complete (2024 is a leap year).
        let facts = [fact("2024-02-29")];
        assert_eq!(
            period_of(&options, &facts, d("2030-01-01")),
            (d("2024-02-01"), d("2024-02-29"))
        );
        // Across a year: the latest sale in January gives December of the year before.
        let facts = [fact("2025-01-06")];
        assert_eq!(
            period_of(&options, &facts, d("2030-01-01")),
            (d("2024-12-01"), d("2024-12-31"))
        );
        // A `to` alone still runs from the first of its month.
        let to_only = ReportOptions {
            to: Some(d("2025-03-10")),
            ..options.clone()
        };
        assert_eq!(
            period_of(&to_only, &facts, d("2030-01-01")),
            (d("2025-03-01"), d("2025-03-10"))
        );
    }

    #[test]
    fn the_pareto_curve_runs_from_nothing_to_everything() {
        let curve = pareto_curve(&[10, 30, 60]);
        assert_eq!(curve.first(), Some(&(0.0, 0.0)));
        assert_eq!(curve.get(1), Some(&(1.0 / 3.0, 0.6)));
        assert_eq!(curve.last(), Some(&(1.0, 1.0)));
    }

    #[test]
    fn chinese_names_put_the_family_name_first() {
        let p = CustomerProfile {
            id: 3,
            first_name: Some("伟".into()),
            last_name: Some("王".into()),
            ..CustomerProfile::default()
        };
        assert_eq!(display_name(Lang::En, &p), "王伟");
        let p = CustomerProfile {
            id: 4,
            first_name: Some("Zoë".into()),
            last_name: Some("Martin".into()),
            ..CustomerProfile::default()
        };
        assert_eq!(display_name(Lang::En, &p), "Zoë Martin");
        assert_eq!(
            display_name(
                Lang::En,
                &CustomerProfile {
                    id: 9,
                    ..CustomerProfile::default()
                }
            ),
            "Customer #9"
        );
        assert_eq!(
            display_name(
                Lang::En,
                &CustomerProfile {
                    id: 31,
                    external_ref: Some("C0031".into()),
                    ..CustomerProfile::default()
                }
            ),
            "Customer C0031"
        );
    }
}
