//! Every word the printed report shows, keyed by [`Key`]: the messages of
//! `assets/i18n/<lang>/report.ftl` (and `segments.ftl`, `dates.ftl`), said in the report's
//! language, English standing in for any message a language lacks.

use crate::analytics::rfm::{Segment, Stage, Tier};

pub use crate::text::Lang;

/// A piece of report text. Texts with values (`{ $v1 }`, …) are said through [`tf`].
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
    /// A sentence's words with its closing full stop.
    Sentence,
    Consent,
    ConsentNote,
    ConsentNone,
    ConsentChannel,
    ConsentYes,
    ConsentNo,
    ConsentUnknown,
    ConsentCountShare,
    ConsentEmail,
    ConsentSms,
    ConsentPost,
    ConsentPhone,
    Feedback,
    FeedbackNote,
    NoFeedback,
    FeedbackMeasure,
    FeedbackValue,
    FeedbackAnswers,
    FeedbackNps,
    FeedbackCsat,
    FeedbackStars,
    /// "{} to {}": the ends of NPS's 95% range.
    FeedbackRange,
    FeedbackUnhappy,
    FeedbackTermsNote,
    FeedbackTerm,
    FeedbackUnhappyCount,
    FeedbackHappyCount,
    /// The walk-in part of the revenue (a line of the key figures).
    WalkInPart,
    /// The channels table's column of average predicted lifetime value.
    ClvAverage,
    /// A group's average predicted lifetime value and its customers with a prediction.
    ClvCell,
    /// What the lifetime value column holds.
    ClvNote,
    /// Too little data for any prediction.
    ClvTooLittle,
    /// The Forecast chart's legend: history.
    ChartHistory,
    /// The Forecast chart's legend: the forecast.
    ChartForecast,
    /// The Forecast chart's legend: the 80% range.
    ChartRange80,
    /// The Forecast chart's legend: the 95% range.
    ChartRange95,
    /// The cohort heatmap's x axis: months since the first order.
    ChartMonthsSince,
    /// The channels chart's y axis: back within a year.
    ChartBackWithinYear,
}

/// The text of `key` in `lang`, for a message without values (those go through [`tf`]).
pub fn t(lang: Lang, key: Key) -> &'static str {
    cached(lang, id(key), None)
}

/// A message's text (or one of its attributes) in `lang`, made once per language and
/// kept for the rest of the process (the report's texts are a few hundred short strings).
fn cached(lang: Lang, id: &'static str, attribute: Option<&'static str>) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    type Texts = HashMap<(Lang, &'static str, Option<&'static str>), &'static str>;
    static TEXTS: OnceLock<Mutex<Texts>> = OnceLock::new();
    let texts = TEXTS.get_or_init(|| Mutex::new(HashMap::new()));
    let mut texts = texts
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    texts.entry((lang, id, attribute)).or_insert_with(|| {
        let loader = crate::text::fluent::loader(lang);
        let words = match attribute {
            Some(attr) => loader.get_attr(id, attr),
            None => loader.get(id),
        };
        let words = if lang == Lang::Pseudo {
            crate::text::pseudo(&words)
        } else {
            words
        };
        Box::leak(words.into_boxed_str())
    })
}

/// The text of `key` in `lang` with its values: `values[0]` is `$v1`, and so on. A value
/// written in plain digits is given as a number, so that a language chooses its plural
/// form by it.
pub fn tf(lang: Lang, key: Key, values: &[&str]) -> String {
    use fluent::{FluentArgs, FluentValue};
    let mut args = FluentArgs::new();
    for (i, value) in values.iter().enumerate() {
        let name = format!("v{}", i + 1);
        let plain =
            !value.is_empty() && value.len() <= 15 && value.bytes().all(|b| b.is_ascii_digit());
        match value.parse::<i64>() {
            Ok(n) if plain => args.set(name, FluentValue::from(n)),
            _ => args.set(name, FluentValue::from(value.to_string())),
        }
    }
    let words = crate::text::fluent::loader(lang).get_args_fluent(id(key), Some(&args));
    if lang == Lang::Pseudo {
        crate::text::pseudo(&words)
    } else {
        words
    }
}

fn id(key: Key) -> &'static str {
    match key {
        Key::ClvAverage => "trends2-report-clv",
        Key::ClvCell => "trends2-report-clv-cell",
        Key::ClvNote => "trends2-report-clv-note",
        Key::ClvTooLittle => "trends2-report-clv-too-little",
        Key::ChartHistory => "trends2-report-chart-history",
        Key::ChartForecast => "trends2-report-chart-forecast",
        Key::ChartRange80 => "trends2-report-chart-range-80",
        Key::ChartRange95 => "trends2-report-chart-range-95",
        Key::ChartMonthsSince => "trends2-report-chart-months-since",
        Key::ChartBackWithinYear => "trends2-report-chart-back-within-year",
        Key::Consent => "privacy2-report-consent",
        Key::ConsentNote => "privacy2-report-consent-note",
        Key::ConsentNone => "privacy2-report-consent-none",
        Key::ConsentChannel => "privacy2-report-channel",
        Key::ConsentYes => "privacy2-report-yes",
        Key::ConsentNo => "privacy2-report-no",
        Key::ConsentUnknown => "privacy2-report-unknown",
        Key::ConsentCountShare => "privacy2-report-count-share",
        Key::ConsentEmail => "privacy2-report-email",
        Key::ConsentSms => "privacy2-report-sms",
        Key::ConsentPost => "privacy2-report-post",
        Key::ConsentPhone => "privacy2-report-phone",
        Key::Title => "report-title",
        Key::Period => "report-period",
        Key::ComparedWith => "report-compared-with",
        Key::PreparedOn => "report-prepared-on",
        Key::Filters => "report-filters",
        Key::FiltersNone => "report-filters-none",
        Key::Contents => "report-contents",
        Key::PageOf => "report-page-of",
        Key::FigureDates => "report-figure-dates",
        Key::KeyFigures => "report-key-figures",
        Key::KeyFiguresNote => "report-key-figures-note",
        Key::Measure => "report-measure",
        Key::ThisPeriod => "report-this-period",
        Key::PreviousPeriod => "report-previous-period",
        Key::LastYear => "report-last-year",
        Key::Change => "report-change",
        Key::Revenue => "report-revenue",
        Key::WalkInPart => "held-report-walk-in",
        Key::Orders => "report-orders",
        Key::Customers => "report-customers",
        Key::NewCustomers => "report-new-customers",
        Key::RepeatRate => "report-repeat-rate",
        Key::AverageOrder => "report-average-order",
        Key::RevenueOverTime => "report-revenue-over-time",
        Key::RevenueOverTimeNote => "report-revenue-over-time-note",
        Key::ByChannelAndCategory => "report-by-channel-and-category",
        Key::Channel => "report-channel",
        Key::Category => "report-category",
        Key::Share => "report-share",
        Key::NotGiven => "report-not-given",
        Key::Segments => "report-segments",
        Key::SegmentsNote => "report-segments-note",
        Key::Segment => "report-segment",
        Key::Meaning => "report-meaning",
        Key::Action => "report-action",
        Key::RevenueShare => "report-revenue-share",
        Key::Tiers => "report-tiers",
        Key::TiersNote => "report-tiers-note",
        Key::TierFirst => "report-tier-first",
        Key::TierNext => "report-tier-next",
        Key::TierLast => "report-tier-last",
        Key::Tier => "report-tier",
        Key::ParetoNote => "report-pareto-note",
        Key::ParetoAxisCustomers => "report-pareto-axis-customers",
        Key::ParetoAxisRevenue => "report-pareto-axis-revenue",
        Key::Movement => "report-movement",
        Key::MovementNote => "report-movement-note",
        Key::NoMoves => "report-no-moves",
        Key::MovedFrom => "report-moved-from",
        Key::MovedTo => "report-moved-to",
        Key::NoOrderYet => "report-no-order-yet",
        Key::Unchanged => "report-unchanged",
        Key::TopCustomers => "report-top-customers",
        Key::SellsTogether => "report-sells-together",
        Key::SellsTogetherNote => "report-sells-together-note",
        Key::NoSellsTogether => "report-no-sells-together",
        Key::BuyAlsoBuy => "report-buy-also-buy",
        Key::OfTheTime => "report-of-the-time",
        Key::TimesMoreOften => "report-times-more-often",
        Key::TopCustomersNote => "report-top-customers-note",
        Key::Name => "report-name",
        Key::PeriodRevenue => "report-period-revenue",
        Key::TotalSpent => "report-total-spent",
        Key::LastOrder => "report-last-order",
        Key::Phone => "report-phone",
        Key::Email => "report-email",
        Key::ToCall => "report-to-call",
        Key::ToCallNote => "report-to-call-note",
        Key::ToCallNone => "report-to-call-none",
        Key::AndMore => "report-and-more",
        Key::DataQuality => "report-data-quality",
        Key::LikelyDuplicates => "report-likely-duplicates",
        Key::LikelyDuplicatesNote => "report-likely-duplicates-note",
        Key::RejectedRows => "report-rejected-rows",
        Key::RejectedRowsNone => "report-rejected-rows-none",
        Key::Import => "report-import",
        Key::File => "report-file",
        Key::Date => "report-date",
        Key::RowsRead => "report-rows-read",
        Key::RowsRejected => "report-rows-rejected",
        Key::WithoutEmail => "report-without-email",
        Key::WithoutPhone => "report-without-phone",
        Key::WithoutEither => "report-without-either",
        Key::Count => "report-count",
        Key::NoSales => "report-no-sales",
        Key::Forecast => "report-forecast",
        Key::ForecastNext => "report-forecast-next",
        Key::ForecastAccuracy => "report-forecast-accuracy",
        Key::ForecastAccuracyPlain => "report-forecast-accuracy-plain",
        Key::ForecastShort => "report-forecast-short",
        Key::ForecastSoFar => "report-forecast-so-far",
        Key::ForecastNone => "report-forecast-none",
        Key::Month => "report-month",
        Key::ForecastColumn => "report-forecast-column",
        Key::Range80 => "report-range-80",
        Key::Range95 => "report-range-95",
        Key::Cohorts => "report-cohorts",
        Key::CohortsCameBack => "report-cohorts-came-back",
        Key::CohortsYearBefore => "report-cohorts-year-before",
        Key::CohortsNote => "report-cohorts-note",
        Key::MonthsLater => "report-months-later",
        Key::FirstBought => "report-first-bought",
        Key::Acquisition => "report-acquisition",
        Key::AcquisitionNote => "report-acquisition-note",
        Key::AcquisitionCompare => "report-acquisition-compare",
        Key::Back90 => "report-back-90",
        Key::Back365 => "report-back-365",
        Key::Revenue12m => "report-revenue-12m",
        Key::Sentence => "report-sentence",
        Key::Feedback => "report-feedback",
        Key::FeedbackNote => "report-feedback-note",
        Key::NoFeedback => "report-no-feedback",
        Key::FeedbackMeasure => "report-feedback-measure",
        Key::FeedbackValue => "report-feedback-value",
        Key::FeedbackAnswers => "report-feedback-answers",
        Key::FeedbackNps => "report-feedback-nps",
        Key::FeedbackCsat => "report-feedback-csat",
        Key::FeedbackStars => "report-feedback-stars",
        Key::FeedbackRange => "report-feedback-range",
        Key::FeedbackUnhappy => "report-feedback-unhappy",
        Key::FeedbackTermsNote => "report-feedback-terms-note",
        Key::FeedbackTerm => "report-feedback-term",
        Key::FeedbackUnhappyCount => "report-feedback-unhappy-count",
        Key::FeedbackHappyCount => "report-feedback-happy-count",
        Key::Predictions => "report-predictions",
    }
}

/// A segment's name in `lang`.
pub fn segment_name(lang: Lang, s: Segment) -> &'static str {
    cached(lang, segment_id(s), None)
}

/// A segment's message id: `segment-champions`.
pub fn segment_id(s: Segment) -> &'static str {
    match s {
        Segment::Champions => "segment-champions",
        Segment::Loyal => "segment-loyal",
        Segment::PotentialLoyalists => "segment-potential-loyalists",
        Segment::NewCustomers => "segment-new-customers",
        Segment::Promising => "segment-promising",
        Segment::NeedAttention => "segment-need-attention",
        Segment::AboutToSleep => "segment-about-to-sleep",
        Segment::AtRisk => "segment-at-risk",
        Segment::CantLoseThem => "segment-cant-lose-them",
        Segment::Hibernating => "segment-hibernating",
    }
}

/// A lifecycle stage's name in `lang` ("at risk").
pub fn stage_name(lang: Lang, s: Stage) -> String {
    let id = match s {
        Stage::New => "lifecycle-new",
        Stage::Active => "lifecycle-active",
        Stage::AtRisk => "lifecycle-at-risk",
        Stage::Lapsed => "lifecycle-lapsed",
    };
    cached(lang, id, None).to_string()
}

/// What a segment means, in `lang`.
pub fn segment_meaning(lang: Lang, s: Segment) -> &'static str {
    cached(lang, segment_id(s), Some("meaning"))
}

/// What to do about a segment, in `lang`.
pub fn segment_action(lang: Lang, s: Segment) -> &'static str {
    cached(lang, segment_id(s), Some("action"))
}

/// A tier's name and meaning in `lang`: the band of revenue it brings, from its cut-offs.
pub fn tier_text(lang: Lang, tier: Tier) -> (&'static str, String) {
    let (from, to) = tier.revenue_band();
    let (key, share) = match (from, to) {
        (0, _) => (Key::TierFirst, to),
        (_, 100) => (Key::TierLast, 100 - from),
        _ => (Key::TierNext, to - from),
    };
    let name = tier.name();
    (name, tf(lang, key, &[&share.to_string()]))
}

/// The tiers' note in `lang`, with the tiers' cut-offs.
pub fn tiers_note(lang: Lang) -> String {
    let (_, a) = Tier::A.revenue_band();
    let (from, to) = Tier::B.revenue_band();
    tf(
        lang,
        Key::TiersNote,
        &[&a.to_string(), &(to - from).to_string()],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_go_where_their_message_puts_them() {
        assert_eq!(tf(Lang::En, Key::PageOf, &["2", "9"]), "Page 2 of 9");
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
