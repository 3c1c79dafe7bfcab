//! Words for people: every typed value the library returns (errors, import problems, job
//! stages) becomes text here, and only here.
//!
//! A value first becomes a [`Message`]: a stable id and named arguments, a Fluent message
//! (`import-date-missing`, `$row`, `$column`) of `assets/i18n/<lang>/*.ftl`. The window, the
//! command line and the report call [`render`] (or [`local`], [`english`]) at the moment
//! they show something, never earlier, in the language they speak; a translation only adds
//! a language's `.ftl` files. The window's own labels are messages too, through [`tr!`].

pub mod campaign;
#[cfg(test)]
mod checks;
pub mod dedup;
mod derive;
pub mod dupdiag;
mod feedback;
pub mod fluent;
pub mod predict;
mod problems;
mod read;
mod store;

pub use feedback::LeavingSaid;
pub use problems::{ImportFailure, ProblemAt, ProblemGroup};

use std::path::Path;

/// A message's argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text as it is (a file name, a column's header, a value read from a file).
    Text(String),
    /// A whole number (a row, a count).
    Int(i64),
    /// A number with a fraction (a threshold).
    Float(f64),
    /// Another message, said inside this one (the reason a save failed).
    Message(Box<Message>),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}

impl From<&Path> for Arg {
    fn from(v: &Path) -> Self {
        Arg::Text(v.display().to_string())
    }
}

impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Int(v)
    }
}

impl From<u64> for Arg {
    fn from(v: u64) -> Self {
        Arg::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl From<f64> for Arg {
    fn from(v: f64) -> Self {
        Arg::Float(v)
    }
}

impl From<Message> for Arg {
    fn from(v: Message) -> Self {
        Arg::Message(Box::new(v))
    }
}

impl From<chrono::NaiveDate> for Arg {
    fn from(v: chrono::NaiveDate) -> Self {
        Arg::Text(v.to_string())
    }
}

/// Something to say: a stable id and its named arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// The id, as a Fluent file would name the message (`service-cancelled-import`).
    pub id: &'static str,
    /// The named arguments, in the order they were given.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// An argument, if given.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// A text argument (a number is written out; a missing argument is empty). A message
    /// given as an argument is said in English; another language renders it itself with
    /// [`Message::get`].
    pub fn text(&self, name: &str) -> String {
        match self.get(name) {
            Some(Arg::Text(t)) => t.clone(),
            Some(Arg::Int(n)) => n.to_string(),
            Some(Arg::Float(x)) => x.to_string(),
            Some(Arg::Message(m)) => render(Lang::En, m),
            None => String::new(),
        }
    }

    /// A number argument with a fraction (0 when missing or not a number).
    pub fn float(&self, name: &str) -> f64 {
        match self.get(name) {
            Some(Arg::Float(x)) => *x,
            Some(Arg::Int(n)) => *n as f64,
            _ => 0.0,
        }
    }

    /// A whole-number argument (0 when missing or not a number).
    pub fn int(&self, name: &str) -> i64 {
        match self.get(name) {
            Some(Arg::Int(n)) => *n,
            Some(Arg::Float(x)) => *x as i64,
            _ => 0,
        }
    }
}

/// An import field's name in the window's language ("Numéro client" for `external_ref`).
pub fn field_label(field: crate::ingest::mapping::Field) -> String {
    field_label_in(ui_lang(), field)
}

/// An import field's name in `lang`.
pub fn field_label_in(lang: Lang, field: crate::ingest::mapping::Field) -> String {
    let id = format!("import-field-{}", field.name());
    let loader = fluent::loader(lang);
    if loader.has(&id) {
        ui_words(loader.get(&id))
    } else {
        field.label().to_string()
    }
}

/// A typed value that can be said in words.
pub trait Localize {
    /// The value as a message: its id and arguments.
    fn message(&self) -> Message;
}

impl Localize for Message {
    fn message(&self) -> Message {
        self.clone()
    }
}

/// The languages messages can be rendered in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Simplified Chinese.
    Zh,
    /// Armenian.
    Hy,
    /// English with every message between markers, to find words on screen that did not
    /// come from a message.
    Pseudo,
}

impl Lang {
    /// The languages an owner can choose, English first.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::Ru, Lang::Zh, Lang::Hy];

    /// The language's code: `en`, `fr`, `ru`, `zh`, `hy`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
            Lang::Hy => "hy",
            Lang::Pseudo => "pseudo",
        }
    }

    /// The language's name in itself.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Zh => "中文",
            Lang::Hy => "Հայերեն",
            Lang::Pseudo => "⟦English⟧",
        }
    }

    /// The language of a code or a locale name (`fr`, `fr-CA`, `ru_RU.UTF-8`, `zh-Hans`);
    /// `None` for a language Clientele does not speak.
    pub fn from_code(code: &str) -> Option<Lang> {
        let lower = code.trim().to_ascii_lowercase();
        let base = lower.split(['-', '_', '.', '@']).next().unwrap_or_default();
        match base {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "ru" => Some(Lang::Ru),
            "zh" => Some(Lang::Zh),
            "hy" => Some(Lang::Hy),
            "pseudo" => Some(Lang::Pseudo),
            _ => None,
        }
    }
}

/// The marks the pseudo-language puts around every message.
pub const PSEUDO_OPEN: char = '⟦';
/// See [`PSEUDO_OPEN`].
pub const PSEUDO_CLOSE: char = '⟧';

/// Words between the pseudo-language's marks.
pub fn pseudo(words: &str) -> String {
    format!("{PSEUDO_OPEN}{words}{PSEUDO_CLOSE}")
}

thread_local! {
    /// The window's language, on the thread that draws it (each test's window has its own).
    static UI_LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// The language the window speaks, on this thread.
pub fn ui_lang() -> Lang {
    UI_LANG.with(std::cell::Cell::get)
}

/// Makes the window speak `lang` from its next frame on (on this thread).
pub fn set_ui_lang(lang: Lang) {
    UI_LANG.with(|l| l.set(lang));
}

/// Words of the window's messages as they are shown: between the pseudo-language's marks
/// when it is on.
pub fn ui_words(words: String) -> String {
    if ui_lang() == Lang::Pseudo {
        pseudo(&words)
    } else {
        words
    }
}

/// A message in the window's language, by a literal id checked while compiling against the
/// English Fluent files, with its arguments checked too: `tr!("customers-title")`,
/// `tr!("customers-found", count = n)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {{
        $crate::text::ui_words(i18n_embed_fl::fl!(
            $crate::text::fluent::loader($crate::text::ui_lang()),
            $id
        ))
    }};
    ($id:literal, $($args:tt)*) => {{
        $crate::text::ui_words(i18n_embed_fl::fl!(
            $crate::text::fluent::loader($crate::text::ui_lang()),
            $id,
            $($args)*
        ))
    }};
}

/// A message in a language.
pub fn render(lang: Lang, message: &Message) -> String {
    fluent::render(lang, message)
}

/// A value in English.
pub fn english(value: &impl Localize) -> String {
    render(Lang::En, &value.message())
}

/// A value in the language this thread speaks: the window's, or the command line's
/// (`--lang`, then the environment).
pub fn local(value: &impl Localize) -> String {
    render(ui_lang(), &value.message())
}

impl Localize for crate::service::Stage {
    fn message(&self) -> Message {
        use crate::service::Stage;
        match self {
            Stage::ReadingSales => Message::new("stage-reading-sales"),
            Stage::ReadingProducts => Message::new("stage-reading-products"),
            Stage::ReadingCustomers => Message::new("stage-reading-customers"),
            Stage::WorkingOutSegments => Message::new("stage-working-out-segments"),
            Stage::Forecasting => Message::new("stage-forecasting"),
            Stage::WorkingOutCohorts => Message::new("stage-working-out-cohorts"),
            Stage::WorkingOutChannels => Message::new("stage-working-out-channels"),
            Stage::Predicting => Message::new("stage-predicting"),
            Stage::WritingFile => Message::new("stage-writing-file"),
            Stage::LayingOutPages => Message::new("stage-laying-out-pages"),
            Stage::DrawingPreview => Message::new("stage-drawing-preview"),
            Stage::Merging => Message::new("stage-merging"),
            Stage::Erasing => Message::new("stage-erasing"),
            Stage::CreatingDemo => Message::new("stage-creating-demo"),
            Stage::SavingDemo => Message::new("stage-saving-demo"),
            Stage::Checking { file } => Message::new("stage-checking").arg("file", file),
            Stage::Importing { file } => Message::new("stage-importing").arg("file", file),
            Stage::CheckedRows(n) => Message::new("stage-checked-rows").arg("rows", *n),
            Stage::ImportedRows(n) => Message::new("stage-imported-rows").arg("rows", *n),
            Stage::Detecting(step) => {
                use crate::dedup::Step;
                Message::new(match step {
                    Step::Reading => "stage-detecting-reading",
                    Step::LearningChance => "stage-detecting-learning-chance",
                    Step::FindingPairs => "stage-detecting-finding-pairs",
                    Step::ComparingPairs => "stage-detecting-comparing-pairs",
                    Step::EstimatingModel => "stage-detecting-estimating-model",
                    Step::ScoringPairs => "stage-detecting-scoring-pairs",
                    Step::Done => "stage-done",
                })
            }
            Stage::FindingRules => Message::new("stage-finding-rules"),
            Stage::Done => Message::new("stage-done"),
        }
    }
}

impl Localize for crate::service::Error {
    fn message(&self) -> Message {
        use crate::service::{Error, Job};
        match self {
            Error::Store(e) => e.message(),
            Error::Import(e) => e.message(),
            Error::Feedback(e) => e.message(),
            Error::Cancelled(job) => Message::new(match job {
                Job::Demo => "cancelled-demo",
                Job::Check => "cancelled-check",
                Job::Import => "cancelled-import",
                Job::Merge => "cancelled-merge",
                Job::Erase => "cancelled-erase",
                Job::FindDuplicates => "cancelled-find-duplicates",
                Job::Segments => "cancelled-segments",
                Job::Report => "cancelled-report",
                Job::Baskets => "cancelled-baskets",
                Job::Forecast => "cancelled-forecast",
                Job::Cohorts => "cancelled-cohorts",
                Job::Channels => "cancelled-channels",
                Job::Predict => "cancelled-predict",
            }),
            Error::Write { path, source } => Message::new("error-write")
                .arg("path", path.as_path())
                .arg("reason", source.to_string()),
            Error::Export(e) => e.message(),
            Error::Report(e) => e.message(),
            Error::Predict(e) => Message::new("error-predict").arg("detail", e.to_string()),
            Error::Preview(e) => Message::new("error-preview").arg("detail", e),
            Error::PrintFile(e) => Message::new("error-print-file").arg("reason", e.to_string()),
            Error::Print(e) => e.message(),
            Error::HasData { path } => Message::new("error-has-data").arg("path", path.as_path()),
            Error::Threshold(t) => Message::new("error-threshold").arg("threshold", *t),
            Error::Baskets(e) => e.message(),
            Error::NameTaken(name) => Message::new("error-name-taken").arg("name", name),
            Error::NoSuchSegment(name) => Message::new("error-no-such-segment").arg("name", name),
            Error::SegmentNotNamed => Message::new("error-segment-not-named"),
            Error::Rule(e) => e.message(),
            Error::Sections(e) => e.message(),
            Error::Period { from, to } => Message::new("error-period")
                .arg("from", *from)
                .arg("to", *to),
            Error::ExportFormat(path) => {
                Message::new("error-export-format").arg("path", path.as_path())
            }
            Error::Forecast(e) => forecast_error(e),
            Error::Campaign(e) => e.message(),
            Error::Internal(e) => Message::new("error-internal").arg("detail", e),
            Error::WorkerStopped => Message::new("worker-stopped-request"),
        }
    }
}

/// Why a forecast could not be made, in a message.
fn forecast_error(e: &crate::analytics::forecast::ForecastError) -> Message {
    use crate::analytics::forecast::ForecastError;
    match *e {
        ForecastError::TooShort { periods, needed } => Message::new("error-forecast-too-short")
            .arg("periods", periods)
            .arg("needed", needed),
        ForecastError::Horizon { horizon, max } => Message::new("error-forecast-horizon")
            .arg("horizon", horizon)
            .arg("max", max),
        ForecastError::HoldOut { held_out, periods } => Message::new("error-forecast-hold-out")
            .arg("held_out", held_out)
            .arg("periods", periods),
    }
}

impl Localize for crate::service::Done {
    fn message(&self) -> Message {
        use crate::service::Done;
        match self {
            Done::Demo { customers, years } => Message::new("done-demo")
                .arg("customers", *customers)
                .arg("years", i64::from(*years)),
            Done::Imported {
                imported,
                read,
                file,
            } => Message::new("done-import")
                .arg("imported", *imported)
                .arg("read", *read)
                .arg("file", file),
            Done::Unmerged { merges } => Message::new("done-unmerge").arg("merges", *merges),
            Done::ReportSaved { path } => {
                Message::new("done-report-saved").arg("path", path.as_path())
            }
            Done::RowsSaved { rows, path } => Message::new("done-rows-saved")
                .arg("rows", *rows)
                .arg("path", path.as_path()),
            Done::CustomersSaved {
                customers,
                path,
                withheld: None,
            } => Message::new("done-customers-saved")
                .arg("customers", *customers)
                .arg("path", path.as_path()),
            Done::CustomersSaved {
                customers,
                path,
                withheld: Some(w),
            } => Message::new("privacy2-marketing-list-saved")
                .arg("customers", *customers)
                .arg("path", path.as_path())
                .arg("left-out", w.left_out)
                .arg("emails", w.emails)
                .arg("phones", w.phones)
                .arg("addresses", w.addresses),
            Done::Printed(sent) => sent.message(),
            Done::Erased {
                customers,
                contacts,
            } => Message::new("done-erased")
                .arg("customers", *customers)
                .arg("contacts", *contacts),
            Done::BackupSaved { path } => {
                Message::new("done-backup-saved").arg("path", path.as_path())
            }
            Done::Restored { before, erased, .. } => match before {
                // Named as the Backups section lists it, in its folder.
                Some(before) => Message::new("privacy3-restored").arg(
                    "before",
                    before
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                ),
                None => Message::new("privacy3-restored-nothing-kept"),
            }
            .arg("erased", *erased),
            Done::SubjectSaved { path } => {
                Message::new("done-subject-saved").arg("path", path.as_path())
            }
            Done::Relocked(change) => Message::new(match change {
                crate::service::lock::LockChange::Locked => "lock-done-locked",
                crate::service::lock::LockChange::Changed => "lock-done-changed",
                crate::service::lock::LockChange::Removed => "lock-done-removed",
            }),
        }
    }
}

/// What erasing customers removes (`id`: `cli-erase-preview` before, `cli-erased` after).
pub fn erasure_message(id: &'static str, c: &crate::store::ErasureCounts) -> Message {
    Message::new(id)
        .arg("customers", c.customers.len())
        .arg("contacts", c.contacts)
        .arg("lines", c.sale_lines)
        .arg("problems", c.import_problems)
        .arg("merges", c.merges)
        .arg("pairs", c.not_duplicates)
        .arg("audit", c.audit_lines)
        .arg("consent", c.consent_entries)
}

impl Localize for crate::service::Failed {
    fn message(&self) -> Message {
        use crate::service::NotDone;
        let reason = self.error.message();
        let Some(what) = &self.what else {
            return reason;
        };
        let id = match what {
            NotDone::Settings => "failed-settings",
            NotDone::SegmentSave => "failed-segment-save",
            NotDone::SegmentDelete => "failed-segment-delete",
            NotDone::Merge => "failed-merge",
            NotDone::Unmerge => "failed-unmerge",
            NotDone::Write(path) => {
                return Message::new("failed-write")
                    .arg("path", path.as_path())
                    .arg("reason", reason);
            }
        };
        Message::new(id).arg("reason", reason)
    }
}

/// What a value tier means: the band of revenue it brings, from the tiers' cut-offs.
pub struct TierMeaning(pub crate::analytics::rfm::Tier);

impl Localize for TierMeaning {
    fn message(&self) -> Message {
        let (from, to) = self.0.revenue_band();
        let (id, share) = match (from, to) {
            (0, _) => ("tier-meaning-first", to),
            (_, 100) => ("tier-meaning-last", 100 - from),
            _ => ("tier-meaning-next", to - from),
        };
        Message::new(id)
            .arg("tier", self.0.name())
            .arg("share", i64::from(share))
    }
}

impl Localize for crate::report::export::ExportError {
    fn message(&self) -> Message {
        use crate::report::export::ExportError;
        match self {
            ExportError::UnknownFormat { path } => {
                Message::new("error-export-format").arg("path", path)
            }
            ExportError::Io { path, source } => Message::new("export-cannot-write")
                .arg("path", path)
                .arg("reason", source.to_string()),
            ExportError::Xlsx { path, source } => Message::new("export-cannot-write")
                .arg("path", path)
                .arg("reason", source.message()),
        }
    }
}

impl Localize for crate::report::export::XlsxExportError {
    fn message(&self) -> Message {
        use crate::report::export::{XLSX_MAX_ROWS, XlsxExportError};
        match self {
            XlsxExportError::TooManyRows { rows } => Message::new("export-too-many-rows")
                .arg("rows", *rows)
                .arg("max", XLSX_MAX_ROWS),
            XlsxExportError::Xlsx(e) => Message::new("export-xlsx").arg("detail", e.to_string()),
        }
    }
}

impl Localize for crate::report::ReportError {
    fn message(&self) -> Message {
        use crate::report::ReportError;
        match self {
            ReportError::Fonts => Message::new("report-fonts"),
            ReportError::Chart(e) => Message::new("report-chart").arg("detail", e),
            ReportError::Pdf(e) => Message::new("report-pdf").arg("detail", e),
        }
    }
}

impl Localize for crate::analytics::rules::RuleError {
    fn message(&self) -> Message {
        use crate::analytics::rules::{RuleError, Unreadable};
        let on = |id: &'static str, field: &crate::analytics::rules::RuleField| {
            Message::new(id).arg("field", field.label())
        };
        match self {
            RuleError::Unreadable(why) => Message::new("rule-unreadable").arg(
                "why",
                match why {
                    Unreadable::GroupWithMore(key) => {
                        Message::new("rule-group-with-more").arg("key", *key)
                    }
                    Unreadable::GroupNeedsList(key) => {
                        Message::new("rule-group-needs-list").arg("key", *key)
                    }
                    Unreadable::NotARule => Message::new("rule-not-a-rule"),
                    Unreadable::Said(said) => Message::new("rule-said").arg("said", said),
                },
            ),
            RuleError::OpNotForField { op, field } => {
                on("rule-op-not-for-field", field).arg("op", op.label())
            }
            RuleError::BetweenNeedsTwoNumbers(field) => on("rule-between-needs-two", field),
            RuleError::NeedsNumber { field, op } => {
                on("rule-needs-number", field).arg("op", op.label())
            }
            RuleError::InNeedsList(field) => on("rule-in-needs-list", field),
            RuleError::NeedsTexts { field, op } => {
                on("rule-needs-texts", field).arg("op", op.label())
            }
            RuleError::NeedsText { field, op } => {
                on("rule-needs-text", field).arg("op", op.label())
            }
            RuleError::UnknownValue {
                field,
                value,
                known,
            } => on("rule-unknown-value", field).arg("value", value).arg(
                "known",
                known
                    .iter()
                    .map(|k| format!("'{k}'"))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        }
    }
}

impl Localize for crate::analytics::baskets::BasketError {
    fn message(&self) -> Message {
        use crate::analytics::baskets::BasketError as B;
        match self {
            B::NotADecimal { text } => Message::new("baskets-not-a-decimal").arg("text", text),
            B::RatioOutOfRange { text } => {
                Message::new("baskets-ratio-out-of-range").arg("text", text)
            }
            B::TooManyItemsets { limit } => {
                Message::new("baskets-too-many-itemsets").arg("limit", *limit)
            }
            B::Cancelled => Message::new("baskets-cancelled"),
        }
    }
}

impl Localize for crate::report::SectionsError {
    fn message(&self) -> Message {
        use crate::report::{Section, SectionsError};
        match self {
            SectionsError::Unknown(word) => Message::new("sections-unknown").arg("word", word).arg(
                "known",
                Section::ALL
                    .iter()
                    .map(|s| s.key())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            SectionsError::Empty => Message::new("sections-empty"),
        }
    }
}

impl Localize for crate::report::print::Sent {
    fn message(&self) -> Message {
        let m = Message::new("print-sent");
        match &self.job {
            Some(job) => m.arg("job", job),
            None => m,
        }
    }
}

impl Localize for crate::report::print::PrintError {
    fn message(&self) -> Message {
        use crate::report::print::PrintError;
        match self {
            PrintError::NoService { program } => {
                Message::new("print-no-service").arg("program", program)
            }
            PrintError::Unreachable(reason) => {
                Message::new("print-unreachable").arg("reason", reason)
            }
            PrintError::NoPrinter => Message::new("print-no-printer"),
            PrintError::Refused(None) => Message::new("print-refused"),
            PrintError::Refused(Some(reason)) => {
                Message::new("print-refused-because").arg("reason", reason)
            }
        }
    }
}

impl Localize for crate::service::import::Blocker {
    fn message(&self) -> Message {
        use crate::service::import::Blocker;
        Message::new(match self {
            Blocker::NoSaleDate => "import-blocker-no-sale-date",
            Blocker::NoAmount => "import-blocker-no-amount",
        })
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn every_import_field_is_named_in_every_language() {
        use crate::ingest::mapping::Field;
        for lang in [Lang::En, Lang::Fr, Lang::Ru, Lang::Zh, Lang::Hy] {
            let mut seen = std::collections::HashSet::new();
            for field in Field::ALL {
                let words = field_label_in(lang, field);
                assert!(!words.starts_with("import-field-"), "{lang:?} {field:?}");
                assert!(seen.insert(words.clone()), "{lang:?}: {words} twice");
                if lang == Lang::En {
                    assert_eq!(words, field.label());
                } else if !matches!(field, Field::Email) {
                    assert_ne!(words, field.label(), "{lang:?} {field:?} is English");
                }
            }
        }
    }
    use super::*;
    use crate::service::{Error, Job, Stage};

    #[test]
    fn every_stage_and_error_has_english_words() {
        let stages = [
            Stage::ReadingSales,
            Stage::ReadingProducts,
            Stage::ReadingCustomers,
            Stage::WorkingOutSegments,
            Stage::Forecasting,
            Stage::WorkingOutCohorts,
            Stage::WorkingOutChannels,
            Stage::Predicting,
            Stage::WritingFile,
            Stage::LayingOutPages,
            Stage::DrawingPreview,
            Stage::Merging,
            Stage::Erasing,
            Stage::CreatingDemo,
            Stage::SavingDemo,
            Stage::Checking {
                file: "a.csv".into(),
            },
            Stage::Importing {
                file: "a.csv".into(),
            },
            Stage::CheckedRows(3),
            Stage::ImportedRows(3),
            Stage::Detecting(crate::dedup::Step::Reading),
            Stage::Detecting(crate::dedup::Step::LearningChance),
            Stage::Detecting(crate::dedup::Step::FindingPairs),
            Stage::Detecting(crate::dedup::Step::ComparingPairs),
            Stage::Detecting(crate::dedup::Step::EstimatingModel),
            Stage::Detecting(crate::dedup::Step::ScoringPairs),
            Stage::Detecting(crate::dedup::Step::Done),
            Stage::FindingRules,
            Stage::Done,
        ];
        for stage in &stages {
            let m = stage.message();
            assert_ne!(english(stage), m.id, "{stage:?} has no English words");
        }
        let jobs = [
            Job::Demo,
            Job::Check,
            Job::Import,
            Job::Merge,
            Job::FindDuplicates,
            Job::Segments,
            Job::Report,
            Job::Erase,
            Job::Baskets,
            Job::Forecast,
            Job::Cohorts,
            Job::Channels,
            Job::Predict,
        ];
        let mut said = std::collections::HashSet::new();
        for job in jobs {
            let e = Error::Cancelled(job);
            assert_ne!(english(&e), e.message().id);
            said.insert(english(&e));
        }
        assert_eq!(said.len(), jobs.len(), "two jobs are said alike");
        for e in [
            Error::HasData {
                path: "shop.sqlite".into(),
            },
            Error::Threshold(1.5),
            Error::Baskets(crate::analytics::baskets::BasketError::TooManyItemsets { limit: 9 }),
            Error::NameTaken("Loyal".into()),
            Error::NoSuchSegment("Lyon".into()),
            Error::SegmentNotNamed,
            Error::ExportFormat("list.txt".into()),
            Error::Internal("boom".into()),
            Error::Forecast(crate::analytics::forecast::ForecastError::TooShort {
                periods: 4,
                needed: 6,
            }),
            Error::Forecast(crate::analytics::forecast::ForecastError::Horizon {
                horizon: 13,
                max: 12,
            }),
            Error::Forecast(crate::analytics::forecast::ForecastError::HoldOut {
                held_out: 30,
                periods: 32,
            }),
        ] {
            assert_ne!(english(&e), e.message().id, "{e:?} has no English words");
        }
    }

    // Written out by hand from the words the rules said before their errors were values.
    #[test]
    fn rule_errors_are_said_as_before() {
        use crate::analytics::rules::Rule;
        let said = |json: &str| english(&Rule::parse(json).unwrap_err());
        assert_eq!(
            said(r#"{"field": "city", "op": ">", "value": 3}"#),
            "'>' cannot be used with city"
        );
        assert_eq!(
            said(r#"{"field": "frequency", "op": "between", "value": [1]}"#),
            "orders between needs two numbers, like [10, 50]"
        );
        assert_eq!(
            said(r#"{"field": "monetary", "op": ">", "value": "lots"}"#),
            "total spent > needs a number"
        );
        assert_eq!(
            said(r#"{"field": "city", "op": "in", "value": "Lyon"}"#),
            "city is one of needs a list of values, like [\"Lyon\", \"Paris\"]"
        );
        assert_eq!(
            said(r#"{"field": "product", "op": "bought", "value": 3}"#),
            "product bought bought needs a text or a list of texts, like \"Roses\" or [\"Roses\", \"Tulips\"]"
        );
        assert_eq!(
            said(r#"{"field": "city", "op": "is", "value": 3}"#),
            "city is needs a text value"
        );
        assert_eq!(
            said(r#"{"field": "tier", "op": "in", "value": ["A", "Z"]}"#),
            "'Z' is not a value tier: use one of 'A', 'B', 'C'"
        );
        assert_eq!(
            said(r#"{"all": [3], "any": [3]}"#),
            "the rule is not valid: a group has \"all\" and nothing else beside it (see docs/segment-rules.md for how rules are written)"
        );
        assert_eq!(
            said(r#"{"any": 3}"#),
            "the rule is not valid: \"any\" needs a list of rules (see docs/segment-rules.md for how rules are written)"
        );
        assert_eq!(
            said("[1]"),
            "the rule is not valid: a rule is a condition such as {\"field\": \"city\", \"op\": \"is\", \"value\": \"Lyon\"} or a group {\"all\": [...]} / {\"any\": [...]} (see docs/segment-rules.md for how rules are written)"
        );
    }

    // Written out by hand: the words before the sections' errors were values.
    #[test]
    fn section_lists_are_refused_as_before() {
        use crate::report::SectionsError;
        assert_eq!(
            english(&Error::Sections(SectionsError::Unknown("sales".into()))),
            "unknown report section 'sales'; the sections are key-figures, revenue, channels, segments, tiers, movement, top-customers, to-call, sells-together, forecast, predictions, cohorts, first-channels, feedback, consent, data-quality"
        );
        assert_eq!(
            english(&Error::Sections(SectionsError::Empty)),
            "name at least one report section"
        );
        assert_eq!(
            english(&Error::Preview("InvalidPdf".into())),
            "the report could not be read back for its preview (InvalidPdf)"
        );
    }

    // The tiers' meanings as they were written before they came from the cut-offs.
    #[test]
    fn tiers_mean_their_band_of_revenue() {
        use crate::analytics::rfm::Tier;
        assert_eq!(
            english(&TierMeaning(Tier::A)),
            "The customers who bring 80% of revenue."
        );
        assert_eq!(english(&TierMeaning(Tier::B)), "The next 15% of revenue.");
        assert_eq!(english(&TierMeaning(Tier::C)), "The last 5% of revenue.");
    }

    #[test]
    fn english_words_hold_their_arguments() {
        assert_eq!(english(&Stage::CheckedRows(1200)), "Checking: 1200 rows");
        // The detection's steps, as it named them before they were values.
        use crate::dedup::Step;
        for (step, words) in [
            (Step::Reading, "Reading names, phones and addresses"),
            (
                Step::LearningChance,
                "Learning how often strangers look alike",
            ),
            (Step::FindingPairs, "Finding candidate pairs"),
            (Step::ComparingPairs, "Comparing candidate pairs"),
            (Step::EstimatingModel, "Estimating the model"),
            (Step::ScoringPairs, "Scoring pairs"),
            (Step::Done, "Done"),
        ] {
            assert_eq!(english(&Stage::Detecting(step)), words);
        }
        assert_eq!(
            english(&Error::Threshold(1.5)),
            "the threshold is a probability between 0 and 1 (e.g. 0.9), not 1.5"
        );
        assert_eq!(
            english(&Message::new("done-unmerge").arg("merges", 1usize)),
            "1 merge undone; the customers are separate again."
        );
        assert_eq!(
            english(&Message::new("done-unmerge").arg("merges", 3usize)),
            "3 merges undone; the customers are separate again."
        );
        // An id English does not know comes out as itself, which the test above catches.
        assert_eq!(english(&Message::new("no-such-message")), "no-such-message");
    }
}

#[cfg(test)]
mod outcome_tests {
    use super::*;
    use crate::service::{Done, Error, Failed, NotDone};
    use std::sync::Arc;

    fn failed(what: Option<NotDone>, error: Error) -> String {
        english(&Failed {
            what,
            error: Arc::new(error),
        })
    }

    // Written out by hand: what the worker said before its events carried values.
    #[test]
    fn jobs_outcomes_are_said_as_before() {
        assert_eq!(
            english(&Done::Demo {
                customers: 300,
                years: 3
            }),
            "The demo shop is ready: 300 customers over 3 years."
        );
        assert_eq!(
            english(&Done::Imported {
                imported: 598,
                read: 600,
                file: "ventes.csv".into()
            }),
            "Imported 598 of 600 rows from ventes.csv."
        );
        assert_eq!(
            english(&Done::Unmerged { merges: 2 }),
            "2 merges undone; the customers are separate again."
        );
        assert_eq!(
            english(&Done::ReportSaved {
                path: "r.pdf".into()
            }),
            "Report saved in r.pdf."
        );
        assert_eq!(
            english(&Done::RowsSaved {
                rows: 4,
                path: "fix.csv".into()
            }),
            "4 rows saved in fix.csv."
        );
        assert_eq!(
            english(&Done::CustomersSaved {
                customers: 12,
                path: "list.xlsx".into(),
                withheld: None,
            }),
            "12 customers saved in list.xlsx."
        );
        assert_eq!(
            english(&Done::CustomersSaved {
                customers: 12,
                path: "list.xlsx".into(),
                withheld: Some(crate::service::privacy_lists::Withheld {
                    left_out: 3,
                    emails: 1,
                    phones: 2,
                    addresses: 5,
                }),
            }),
            "12 customers saved in list.xlsx. Withheld for want of consent: 3 customers left out, \
             1 e-mail, 2 phone numbers, 5 postal addresses."
        );
        use crate::report::print::{PrintError, Sent};
        assert_eq!(
            english(&Done::Printed(Sent {
                job: Some("Office-12".into())
            })),
            "The report was sent to the printer (print job Office-12)."
        );
        assert_eq!(
            english(&Done::Printed(Sent { job: None })),
            "The report was sent to the printer."
        );
        assert_eq!(
            english(&Error::Print(PrintError::NoService {
                program: "lp".into()
            })),
            "Printing needs the system's print service ('lp' was not found). Save the PDF and print it from your PDF viewer."
        );
        assert_eq!(
            english(&Error::Print(PrintError::Unreachable(
                "permission denied".into()
            ))),
            "The printer could not be reached: permission denied."
        );
        assert_eq!(
            english(&Error::Print(PrintError::NoPrinter)),
            "No printer is set up on this computer. Add one in the system's printer settings, or save the PDF and print it from another computer."
        );
        assert_eq!(
            english(&Error::Print(PrintError::Refused(None))),
            "The printer refused the report. Save the PDF and print it from your PDF viewer."
        );
        assert_eq!(
            english(&Error::Print(PrintError::Refused(Some(
                "lp: The printer or class does not exist.".into()
            )))),
            "The printer refused the report: lp: The printer or class does not exist.. Save the PDF and print it from your PDF viewer."
        );
        let taken = || Error::NameTaken("Loyal".into());
        assert_eq!(
            failed(Some(NotDone::SegmentSave), taken()),
            "The segment was not saved: 'Loyal' is already the name of a segment, tier or lifecycle stage; choose another name"
        );
        assert_eq!(
            failed(Some(NotDone::SegmentDelete), Error::SegmentNotNamed),
            "The segment was not deleted: name the segment to export, e.g. clientele export segment \"At risk\" --out at-risk.csv"
        );
        assert_eq!(
            failed(Some(NotDone::Settings), Error::Internal("boom".into())),
            "The settings were not saved: the job stopped on an internal error and nothing was changed (boom); please report it"
        );
        assert_eq!(
            failed(Some(NotDone::Merge), Error::Threshold(2.0)),
            "Nothing was merged: the threshold is a probability between 0 and 1 (e.g. 0.9), not 2"
        );
        assert_eq!(
            failed(Some(NotDone::Unmerge), Error::WorkerStopped),
            format!("Nothing was undone: {}", english(&Error::WorkerStopped))
        );
        assert_eq!(
            failed(
                Some(NotDone::Write("list.txt".into())),
                Error::ExportFormat("list.txt".into())
            ),
            "list.txt could not be written: list.txt: name the file .csv or .xlsx so Clientele knows which format to write"
        );
        assert_eq!(
            failed(None, Error::Cancelled(crate::service::Job::Merge)),
            "The merge was cancelled; nothing was merged."
        );
    }
}

#[cfg(test)]
mod note_tests {
    use super::*;
    use crate::ingest::import::Note;
    use crate::ingest::mapping::Field;
    use crate::model::DateOrder;

    // Written out by hand: the notes as the import wrote them before they were values.
    #[test]
    fn notes_are_said_as_before() {
        assert_eq!(
            english(&Note::RepeatedColumn {
                base: "unit_price".into(),
                header: "unit_price (2)".into(),
                feeds: None
            }),
            "The column name 'unit_price' appears more than once; the repeat is read as 'unit_price (2)' (kept with the other columns). Check that the right column feeds each field (--map FIELD=COLUMN)."
        );
        assert_eq!(
            english(&Note::RepeatedColumn {
                base: "mail".into(),
                header: "mail (2)".into(),
                feeds: Some(Field::Email)
            }),
            "The column name 'mail' appears more than once; the repeat is read as 'mail (2)' (it feeds email). Check that the right column feeds each field (--map FIELD=COLUMN)."
        );
        assert_eq!(
            english(&Note::Layout {
                name: "Shopify orders".into()
            }),
            "Shopify orders export recognised"
        );
        assert_eq!(
            english(&Note::AmbiguousDates {
                read_as: DateOrder::MonthFirst
            }),
            "Dates like 03/04/2025 could be day/month or month/day; they were read as month/day (March 4), as the shop's locale writes them (`clientele settings --locale` changes it). Use --date-format %m/%d/%Y or %d/%m/%Y to choose."
        );
        assert!(
            english(&Note::AmbiguousDates {
                read_as: DateOrder::DayFirst
            })
            .contains("read as day/month (3 April), as")
        );
        assert_eq!(
            english(&Note::MixedDates),
            "Some dates are day/month and others month/day; rows that do not fit the shop's order are reported. Use --date-format to choose."
        );
        assert_eq!(
            english(&Note::WholeAmounts),
            "Every amount in the column 'amount' is a whole number, next to a currency: they may be in cents (1250 for 12.50). They were read as whole currency units; check the revenue, and use a layout profile with amount_unit = \"cents\" if they are cents."
        );
        assert_eq!(
            english(&Note::SetAside {
                orders: 1,
                status: "cancelled",
                amount_cents: 1250
            }),
            "1 cancelled order (12.50) kept but not counted."
        );
        assert_eq!(
            english(&Note::SetAside {
                orders: 3,
                status: "pending",
                amount_cents: 100
            }),
            "3 pending orders (1.00) kept but not counted."
        );
        assert_eq!(
            english(&Note::WalkIn {
                lines: 7,
                amount_cents: 1250
            }),
            "7 walk-in sale lines (no customer, 12.50) counted in revenue and orders, in no customer's figures."
        );
    }
}

#[cfg(test)]
mod problem_tests {
    use super::*;
    use crate::store::{CutWhat, DateBound, Expected, ProblemKind};

    fn at(row: u64, kind: ProblemKind) -> String {
        english(&ProblemAt { row, kind: &kind })
    }

    // The sentences below are written out by hand, as the import said them before problems
    // had kinds: the words must not change.
    #[test]
    fn problems_are_said_as_before() {
        assert_eq!(
            at(
                12,
                ProblemKind::ValueCut {
                    column: "Nom".into(),
                    length: 250,
                    max: 200,
                    what: CutWhat::Name
                }
            ),
            "row 12, column Nom: the value is 250 characters long, more than a name holds (200); only its first 200 characters were kept"
        );
        assert_eq!(
            at(
                5,
                ProblemKind::RaggedRow {
                    values: 7,
                    columns: 5
                }
            ),
            "row 5 has 7 values but the header has 5 columns; the extra values are kept as Column 6…"
        );
        assert_eq!(
            at(
                9,
                ProblemKind::NotKept {
                    column: "Courriel".into(),
                    value: "jean@".into(),
                    expected: Expected::Email,
                    cut: false
                }
            ),
            "row 9, column Courriel: 'jean@' is not an e-mail address; the field was left empty and the value kept with the customer's other columns"
        );
        assert_eq!(
            at(
                9,
                ProblemKind::NotKept {
                    column: "Notes".into(),
                    value: "x".into(),
                    expected: Expected::Date,
                    cut: true
                }
            ),
            "row 9, column Notes: 'x' is not a date; the field was left empty and the value kept (its first 10 000 characters) with the customer's other columns"
        );
        assert_eq!(
            at(
                2,
                ProblemKind::SaleDateOutOfRange {
                    column: "Date".into(),
                    date: "1850-01-01".into(),
                    bound: DateBound::Before1900
                }
            ),
            "row 2, column Date: the date 1850-01-01 is before 1900; if it is right, accept such dates (--allow-any-date, or \"Accept dates before 1900 or in the future\" in the Import tab)"
        );
        assert_eq!(
            at(4, ProblemKind::NoCustomerNamed),
            "row 4: the sale names no customer (no customer number, e-mail, phone or name)"
        );
        assert_eq!(
            at(
                8,
                ProblemKind::BytesReplaced {
                    columns: vec!["Nom".into(), "Ville".into()],
                    encoding: "UTF-8".into(),
                    value: "Caf\u{fffd}".into()
                }
            ),
            "row 8, columns Nom, Ville: bytes that are not UTF-8 text were read as '\u{fffd}' ('Caf\u{fffd}'); the encoding was decided from the start of the file: if the file is in another encoding, import it again choosing it (--encoding, e.g. windows-1252)"
        );
        assert_eq!(
            at(
                3,
                ProblemKind::Written {
                    message: "row 3: as recorded".into()
                }
            ),
            "row 3: as recorded"
        );
    }
}

#[cfg(test)]
mod store_tests {
    use super::*;
    use crate::store::{Refusal, StoreError};

    // Written out by hand: the words the store said before its refusals were values.
    #[test]
    fn refusals_are_said_as_before() {
        assert_eq!(
            english(&StoreError::Invalid(Refusal::AlreadyMerged {
                id: 4,
                root: 2,
                merge: Some(9)
            })),
            "customer 4 was already merged into customer 2 by merge 9; merge with 2 instead"
        );
        assert_eq!(
            english(&StoreError::Invalid(Refusal::AlreadyMerged {
                id: 4,
                root: 2,
                merge: None
            })),
            "customer 4 was already merged into customer 2; merge with 2 instead"
        );
        assert_eq!(
            english(&StoreError::Invalid(Refusal::InPlan {
                index: 2,
                of: 3,
                survivor: 7,
                cause: Box::new(Refusal::NoCustomer { id: 99 })
            })),
            "merge 2 of 3 (customer 7): there is no customer number 99; nothing was merged"
        );
        assert_eq!(
            english(&StoreError::Invalid(Refusal::UndoLaterFirst {
                merge: 3,
                later: 5,
                survivor: 2,
                root: 1,
                together: vec![3, 5]
            })),
            "merge 3 cannot be undone before merge 5, which later merged its customer 2 into customer 1: undo merge 5 first, or both together (clientele unmerge 3 5)"
        );
        assert_eq!(
            english(&StoreError::NotFound(Refusal::NoImport { batch: 12 })),
            "there is no import number 12 (clientele imports lists them)"
        );
        use crate::settings::Invalid;
        assert_eq!(
            english(&StoreError::Invalid(Refusal::Settings(Invalid::Currency(
                "euro".into()
            )))),
            "'euro' is not a currency code; use three letters such as EUR, USD or GBP."
        );
        assert_eq!(
            english(&Invalid::Country("France".into())),
            "'France' is not a country code; use two letters such as FR, GB or US."
        );
        assert_eq!(
            english(&Invalid::ShopNameTooLong { max: 200 }),
            "The shop name is longer than 200 characters."
        );
        assert_eq!(
            english(&Invalid::Locale("xx-YY".into())),
            "'xx-YY' is not a locale Clientele knows; choose one of fr-FR, fr-BE, fr-CA, en-GB, en-US, en-AU, de-DE, es-ES, it-IT, ru-RU, hy-AM, zh-CN."
        );
        use crate::store::{Foreign, OpenFailure};
        assert_eq!(
            english(&StoreError::NotClientele {
                path: "photo.jpg".into(),
                reason: Foreign::NotSqlite
            }),
            "photo.jpg is not a Clientele database (it is not a SQLite database at all). It was left untouched; choose another file or a new file name."
        );
        assert_eq!(
            english(&StoreError::NotClientele {
                path: "firefox.sqlite".into(),
                reason: Foreign::OtherProgram
            }),
            "firefox.sqlite is not a Clientele database (it is a SQLite database made by another program). It was left untouched; choose another file or a new file name."
        );
        assert_eq!(
            english(&StoreError::CannotOpen {
                path: "shops".into(),
                reason: OpenFailure::Folder
            }),
            "cannot open the database shops: it is a folder, not a file"
        );
        assert_eq!(
            english(&StoreError::CannotOpen {
                path: "shop.sqlite".into(),
                reason: OpenFailure::System("Permission denied (os error 13)".into())
            }),
            "cannot open the database shop.sqlite: Permission denied (os error 13)"
        );
        assert_eq!(
            StoreError::Busy {
                path: "shop.sqlite".into()
            }
            .to_string(),
            "the database shop.sqlite is busy: another Clientele window or program is writing to it. Wait for it to finish and try again."
        );
    }
}

#[cfg(test)]
mod import_tab_tests {
    use super::*;
    use crate::ingest::import::ImportError;
    use crate::ingest::mapping::Why;
    use crate::service::Error;
    use crate::store::{NewProblem, ProblemKind, Severity};

    fn rejected(kind: ProblemKind) -> NewProblem {
        NewProblem {
            row: 2,
            column: None,
            raw_value: None,
            kind: Box::new(kind),
            raw_row: Vec::new(),
            severity: Severity::Error,
        }
    }

    fn nothing(problems: Vec<NewProblem>, rejected: u64) -> Error {
        Error::Import(ImportError::NothingImported {
            file: "ventes_fr_cp1252.csv".into(),
            problems,
            rejected,
        })
    }

    // The sentences the Import tab said before, written out by hand.
    #[test]
    fn a_check_that_imports_nothing_says_what_every_row_lacks() {
        let e = nothing(vec![rejected(ProblemKind::NoCustomerNamed)], 600);
        assert_eq!(
            english(&ImportFailure(&e)),
            "With this choice no row could be imported: every row lacks a customer."
        );
        let e = nothing(
            vec![rejected(ProblemKind::NotADate {
                column: "date".into(),
                value: "x".into(),
            })],
            3,
        );
        assert_eq!(
            english(&ImportFailure(&e)),
            "With this choice no row could be imported: every row lacks a date of sale that can be read."
        );
        let e = nothing(
            vec![rejected(ProblemKind::NotAQuantity {
                column: "qty".into(),
                value: "x".into(),
            })],
            3,
        );
        assert_eq!(
            english(&ImportFailure(&e)),
            "With this choice no row could be imported: row 2, column qty: 'x' is not a quantity (and 2 more rows with problems)"
        );
        assert_eq!(
            english(&ImportFailure(&nothing(Vec::new(), 0))),
            "With this choice no row could be imported: it has no data rows"
        );
        // Any other error is said as it is.
        let e = Error::Threshold(2.0);
        assert_eq!(english(&ImportFailure(&e)), english(&e));
    }

    #[test]
    fn reasons_of_columns_in_words() {
        assert_eq!(
            english(&Why::Layout("Shopify orders".into())),
            "as Shopify orders exports write it"
        );
        assert_eq!(english(&Why::Header), "from the column's name");
    }
}
