//! What is wrong with one row of an import file, as a value: the kind of problem and its
//! fields (the column, the value as messages show it, ...). Problems are stored with their
//! kind, so that they can be said again in any language; problems recorded before kinds
//! were stored keep their English words ([`ProblemKind::Written`]). Words are made where a
//! problem is shown, through [`crate::text`].

use serde::{Deserialize, Serialize};

/// What a field's value is not, when it was kept aside with a warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    /// A date.
    Date,
    /// An e-mail address.
    Email,
    /// An e-mail address: the value is longer than an address can be.
    LongEmail,
    /// Yes or no (marketing consent).
    YesNo,
    /// An amount of money.
    Amount,
}

/// Why a sale's date is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBound {
    /// Before 1900.
    Before1900,
    /// More than a day after the import.
    InFuture,
}

/// What a cut value was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CutWhat {
    /// A name (first, last, full or company name).
    Name,
    /// Any other value.
    Value,
}

/// The kind of problem, with what it is about. `column` is the header of the column at
/// fault; `value` is the value as messages show it (invisible characters written out, cut
/// after 80 characters).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProblemKind {
    /// A value longer than its field holds: only its first `max` characters were kept.
    ValueCut {
        /// The column.
        column: String,
        /// The value's length, in characters.
        length: u64,
        /// The most characters kept.
        max: u64,
        /// A name or another value.
        what: CutWhat,
    },
    /// A row with more values than the header has columns: the extra values are kept as
    /// extra columns.
    RaggedRow {
        /// Values in the row.
        values: u64,
        /// Columns in the header.
        columns: u64,
    },
    /// An optional value that could not be read: the field was left empty and the value
    /// kept with the customer's other columns.
    NotKept {
        /// The column.
        column: String,
        /// The value.
        value: String,
        /// What it should have been.
        expected: Expected,
        /// Only its first 10 000 characters were kept.
        cut: bool,
    },
    /// A sale without its date.
    SaleDateMissing {
        /// The column (or the field's name when no column holds it).
        column: String,
    },
    /// A sale's date that is not a date.
    NotADate {
        /// The column.
        column: String,
        /// The value.
        value: String,
    },
    /// A sale's date before 1900 or in the future.
    SaleDateOutOfRange {
        /// The column.
        column: String,
        /// The date, YYYY-MM-DD.
        date: String,
        /// Which bound it crosses.
        bound: DateBound,
    },
    /// An amount too large for a shop.
    AmountTooLarge {
        /// The column.
        column: String,
        /// The value (for a worked-out total, "quantity × unit price").
        value: String,
    },
    /// An amount that is not an amount.
    NotAnAmount {
        /// The column.
        column: String,
        /// The value.
        value: String,
    },
    /// A quantity that is not a number.
    NotAQuantity {
        /// The column.
        column: String,
        /// The value.
        value: String,
    },
    /// A sale without its amount nor a unit price to work it out.
    AmountMissing {
        /// The column (or the field's name when no column holds it).
        column: String,
    },
    /// A contact row in which nothing identifies a person.
    NobodyIdentified,
    /// A piece of feedback without its day.
    DateMissing {
        /// The column.
        column: String,
    },
    /// A score that is not a whole number on the import's scale.
    NotAScore {
        /// The column.
        column: String,
        /// The value.
        value: String,
        /// The scale (`nps`, `stars`, `csat`, `thumbs`).
        scale: String,
    },
    /// A piece of feedback with neither a score nor a text.
    NothingSaid,
    /// A piece of feedback that names no customer.
    NoCustomerGiven,
    /// A channel or status word that is not one of the known ones (kept with the extra
    /// columns).
    UnknownWord {
        /// The column.
        column: String,
        /// The value.
        value: String,
    },
    /// A sale that names no customer.
    NoCustomerNamed,
    /// An order whose status (cancelled, refunded, ...) keeps it out of revenue.
    OrderSetAside {
        /// The status, as the file says it.
        status: String,
    },
    /// Bytes that are not text in the file's encoding were read as U+FFFD.
    BytesReplaced {
        /// The columns where it happened.
        columns: Vec<String>,
        /// The encoding decided from the start of the file.
        encoding: String,
        /// The first such value, as read.
        value: String,
    },
    /// A problem recorded before problems were stored with their kind: its English words.
    Written {
        /// The words, as recorded.
        message: String,
    },
}
