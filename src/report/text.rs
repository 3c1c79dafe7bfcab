//! Every word the printed report shows, in one table keyed by [`Key`], per language.
//! English is the only language so far, and there is no fallback from one language to
//! another: every function here matches on [`Lang`], so adding French, Russian, Chinese or
//! Armenian means adding a variant to [`Lang`] (and to [`Lang::ALL`]) and an arm with its
//! texts to each function, and the compiler names every match still missing one.

use crate::analytics::rfm::{Segment, Tier};

/// A language the report can be written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// English.
    #[default]
    En,
}

impl Lang {
    /// Every language with a translation.
    pub const ALL: [Lang; 1] = [Lang::En];

    /// Its code (ISO 639-1).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// The language of a code such as `en` or `en-GB`, if the report has it.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }
}

/// A piece of report text. Texts with `{}` take values, filled in by [`fill`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Title,
    Period,
    ComparedWith,
    PreparedOn,
    Filters,
    FiltersNone,
    Contents,
    PageOf,
    FigureDates,
    KeyFigures,
    KeyFiguresNote,
    Measure,
    ThisPeriod,
    PreviousPeriod,
    LastYear,
    Change,
    Revenue,
    Orders,
    Customers,
    NewCustomers,
    RepeatRate,
    AverageOrder,
    RevenueOverTime,
    RevenueOverTimeNote,
    ByChannelAndCategory,
    Channel,
    Category,
    Share,
    NotGiven,
    Segments,
    SegmentsNote,
    Segment,
    Meaning,
    Action,
    RevenueShare,
    Tiers,
    TiersNote,
    Tier,
    ParetoNote,
    /// Tier A's meaning: the share of revenue it brings.
    TierFirst,
    /// A middle tier's meaning: its share of revenue.
    TierNext,
    /// The last tier's meaning: its share of revenue.
    TierLast,
    ParetoAxisCustomers,
    ParetoAxisRevenue,
    Movement,
    MovementNote,
    NoMoves,
    MovedFrom,
    MovedTo,
    NoOrderYet,
    Unchanged,
    TopCustomers,
    TopCustomersNote,
    SellsTogether,
    SellsTogetherNote,
    NoSellsTogether,
    BuyAlsoBuy,
    OfTheTime,
    TimesMoreOften,
    Name,
    PeriodRevenue,
    TotalSpent,
    LastOrder,
    Phone,
    Email,
    ToCall,
    ToCallNote,
    ToCallNone,
    AndMore,
    DataQuality,
    LikelyDuplicates,
    LikelyDuplicatesNote,
    RejectedRows,
    RejectedRowsNone,
    Import,
    File,
    Date,
    RowsRead,
    RowsRejected,
    WithoutEmail,
    WithoutPhone,
    WithoutEither,
    Count,
    NoSales,
    Forecast,
    Predictions,
    ForecastNext,
    ForecastAccuracy,
    ForecastAccuracyPlain,
    ForecastShort,
    ForecastSoFar,
    ForecastNone,
    Month,
    ForecastColumn,
    Range80,
    Range95,
    Cohorts,
    CohortsCameBack,
    CohortsYearBefore,
    CohortsNote,
    MonthsLater,
    FirstBought,
    Acquisition,
    AcquisitionNote,
    AcquisitionCompare,
    Back90,
    Back365,
    Revenue12m,
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => en(key),
    }
}

/// Fills the `{}` of a text with `values`, in order.
pub fn fill(text: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut values = values.iter();
    let mut rest = text;
    while let Some(i) = rest.find("{}") {
        out.push_str(&rest[..i]);
        out.push_str(values.next().copied().unwrap_or_default());
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

fn en(key: Key) -> &'static str {
    match key {
        Key::Title => "Customer report",
        Key::Period => "Period",
        Key::ComparedWith => "Compared with",
        Key::PreparedOn => "Prepared on",
        Key::Filters => "Filters",
        Key::FiltersNone => "All customers and all sales of the period",
        Key::Contents => "Contents",
        Key::PageOf => "Page {} of {}",
        Key::FigureDates => "{} to {}",
        Key::KeyFigures => "Key figures",
        Key::KeyFiguresNote => {
            "Customers = customers who ordered in the period; new customers ordered for the first time; repeat rate = share of the period's customers with two or more orders by its end."
        }
        Key::Measure => "Measure",
        Key::ThisPeriod => "This period",
        Key::PreviousPeriod => "Previous period",
        Key::LastYear => "Same period last year",
        Key::Change => "Change",
        Key::Revenue => "Revenue",
        Key::Orders => "Orders",
        Key::Customers => "Customers",
        Key::NewCustomers => "New customers",
        Key::RepeatRate => "Repeat rate",
        Key::AverageOrder => "Average order",
        Key::RevenueOverTime => "Revenue over time",
        Key::RevenueOverTimeNote => {
            "Revenue per month over the last 24 months; the months of the report's period are dark."
        }
        Key::ByChannelAndCategory => "Revenue by channel and category",
        Key::Channel => "Channel",
        Key::Category => "Category",
        Key::Share => "Share",
        Key::NotGiven => "(not given)",
        Key::Segments => "Segments",
        Key::SegmentsNote => {
            "Every customer with an order by the end of the period, grouped by how recently and how often they buy (RFM). Revenue share is of all their purchases to date."
        }
        Key::Segment => "Segment",
        Key::Meaning => "What it means",
        Key::Action => "What to do",
        Key::RevenueShare => "Revenue share",
        Key::Tiers => "Value tiers",
        Key::TiersNote => {
            "Customers sorted by what they spent: A bring the first {}% of revenue, B the next {}%, C the rest."
        }
        Key::TierFirst => "The customers who bring {}% of revenue.",
        Key::TierNext => "The next {}% of revenue.",
        Key::TierLast => "The last {}% of revenue.",
        Key::Tier => "Tier",
        Key::ParetoNote => "The top 20% of customers bring {} of revenue.",
        Key::ParetoAxisCustomers => "Share of customers (biggest spenders first)",
        Key::ParetoAxisRevenue => "Share of revenue",
        Key::Movement => "Movement between segments",
        Key::MovementNote => {
            "Customers whose segment changed between the day before the period ({}) and its last day ({}); {} kept their segment."
        }
        Key::NoMoves => {
            "No customer changed segment between these two days: every customer with an order kept the segment they had."
        }
        Key::MovedFrom => "From",
        Key::MovedTo => "To",
        Key::NoOrderYet => "(no order yet)",
        Key::Unchanged => "Unchanged",
        Key::TopCustomers => "Top customers",
        Key::SellsTogether => "What sells together",
        Key::SellsTogetherNote => {
            "The products most often bought together in the period's orders, strongest link first: how often an order with the first products also holds the others, and how many times more often than on average."
        }
        Key::NoSellsTogether => {
            "No two products were bought together often enough in the period's orders."
        }
        Key::BuyAlsoBuy => "Customers who buy … also buy …",
        Key::OfTheTime => "Of the time",
        Key::TimesMoreOften => "Times more often",
        Key::TopCustomersNote => "The customers who spent the most in the period.",
        Key::Name => "Name",
        Key::PeriodRevenue => "Spent in period",
        Key::TotalSpent => "Total spent",
        Key::LastOrder => "Last order",
        Key::Phone => "Phone",
        Key::Email => "E-mail",
        Key::ToCall => "Customers to call this week",
        Key::ToCallNote => {
            "High-value customers (tier A) who are At risk or Can't lose them: they used to buy a lot and have not come back. Biggest spenders first."
        }
        Key::ToCallNone => "No high-value customer is slipping away at the moment.",
        Key::AndMore => {
            "... and {} more. Export them with: clientele export segment \"{}\" --out list.xlsx"
        }
        Key::DataQuality => "Data quality",
        Key::LikelyDuplicates => "Customers sharing an e-mail or phone with another customer",
        Key::LikelyDuplicatesNote => {
            "Likely duplicates waiting for review; the Duplicates tab finds more (similar names and addresses) and merges them."
        }
        Key::RejectedRows => "Rejected rows of the last imports",
        Key::RejectedRowsNone => "The last imports had no rejected rows.",
        Key::Import => "Import",
        Key::File => "File",
        Key::Date => "Date",
        Key::RowsRead => "Rows read",
        Key::RowsRejected => "Rejected",
        Key::WithoutEmail => "Customers without e-mail",
        Key::WithoutPhone => "Customers without phone",
        Key::WithoutEither => "Customers without e-mail and without phone",
        Key::Count => "Count",
        Key::NoSales => "No sales in this period.",
        Key::Forecast => "Forecast",
        Key::Predictions => "Predictions",
        Key::ForecastNext => {
            "Next month: about {} ({} to {}, a range that holds the actual figure 8 times in 10)."
        }
        Key::ForecastAccuracy => {
            "This forecast ({}) has been {} off on average over the last {} months, against {} for \"same as last year\"."
        }
        Key::ForecastAccuracyPlain => {
            "This forecast ({}) has been {} off on average over the last {} months, against {} for \"same as the month before\"."
        }
        Key::ForecastShort => {
            "With only {} complete months of history (24 are needed to see each season twice), the forecast leaves the seasons out."
        }
        Key::ForecastSoFar => "{} so far: {} (through {}).",
        Key::ForecastNone => {
            "Too little history for a forecast: {} complete months, and at least 6 are needed."
        }
        Key::Month => "Month",
        Key::ForecastColumn => "Forecast",
        Key::Range80 => "80% range",
        Key::Range95 => "95% range",
        Key::Cohorts => "Who comes back",
        Key::CohortsCameBack => {
            "Of the customers who first bought in {}, {} came back within three months"
        }
        Key::CohortsYearBefore => "{}; for {} it was {}.",
        Key::CohortsNote => {
            "Customers grouped by the month of their first order: the share of them who ordered 1, 2, 3 and 6 months later."
        }
        Key::MonthsLater => "{} mo. later",
        Key::FirstBought => "First bought",
        Key::Acquisition => "Where customers come from",
        Key::AcquisitionNote => {
            "Customers grouped by the channel and store of their first order: the share who came back within 90 days and within a year (of those first seen long enough ago), their revenue in their first year, and their value tiers (A brings 80% of revenue, B the next 15%, C the last 5%)."
        }
        Key::AcquisitionCompare => {
            "Customers who first bought through {} come back less often within a year ({}) than those who first bought through {} ({})."
        }
        Key::Back90 => "Back in 90 days",
        Key::Back365 => "Back in a year",
        Key::Revenue12m => "First-year revenue",
    }
}

/// A segment's name in `lang`.
pub fn segment_name(lang: Lang, s: Segment) -> &'static str {
    match lang {
        Lang::En => s.name(),
    }
}

/// What a segment means, in `lang`.
pub fn segment_meaning(lang: Lang, s: Segment) -> &'static str {
    match lang {
        Lang::En => s.meaning(),
    }
}

/// What to do about a segment, in `lang`.
pub fn segment_action(lang: Lang, s: Segment) -> &'static str {
    match lang {
        Lang::En => s.action(),
    }
}

/// A tier's name and meaning in `lang`: the band of revenue it brings, from its cut-offs.
pub fn tier_text(lang: Lang, tier: Tier) -> (&'static str, String) {
    let (from, to) = tier.revenue_band();
    let (key, share) = match (from, to) {
        (0, _) => (Key::TierFirst, to),
        (_, 100) => (Key::TierLast, 100 - from),
        _ => (Key::TierNext, to - from),
    };
    let name = match lang {
        Lang::En => tier.name(),
    };
    (name, fill(t(lang, key), &[&share.to_string()]))
}

/// The tiers' note in `lang`, with the tiers' cut-offs.
pub fn tiers_note(lang: Lang) -> String {
    let (_, a) = Tier::A.revenue_band();
    let (from, to) = Tier::B.revenue_band();
    fill(
        t(lang, Key::TiersNote),
        &[&a.to_string(), &(to - from).to_string()],
    )
}

/// Short month names, January first.
pub fn months(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::En => crate::format::MONTHS_SHORT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_puts_values_in_order() {
        assert_eq!(fill(t(Lang::En, Key::PageOf), &["2", "9"]), "Page 2 of 9");
        assert_eq!(fill("{} and {}", &["a"]), "a and ");
    }

    // The words the report wrote when they were fixed text, written out by hand.
    #[test]
    fn tiers_are_said_from_their_cut_offs() {
        assert_eq!(
            tier_text(Lang::En, Tier::A),
            ("A", "The customers who bring 80% of revenue.".to_string())
        );
        assert_eq!(tier_text(Lang::En, Tier::B).1, "The next 15% of revenue.");
        assert_eq!(tier_text(Lang::En, Tier::C).1, "The last 5% of revenue.");
        assert_eq!(
            tiers_note(Lang::En),
            "Customers sorted by what they spent: A bring the first 80% of revenue, B the next 15%, C the rest."
        );
    }

    #[test]
    fn codes_with_regions_find_their_language() {
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("xx"), None);
    }
}
