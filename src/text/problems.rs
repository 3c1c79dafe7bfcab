//! Import problems and import errors as messages.

use super::{Localize, Message};
use crate::ingest::import::{ImportError, MappingError, WrongKindSign};
use crate::store::{CutWhat, DateBound, Expected, NewProblem, ProblemKind};

/// A problem's kind at a row of the file.
pub struct ProblemAt<'a> {
    /// The row, as a spreadsheet program numbers it.
    pub row: u64,
    /// What is wrong.
    pub kind: &'a ProblemKind,
}

impl Localize for ProblemAt<'_> {
    fn message(&self) -> Message {
        let m = |id: &'static str| Message::new(id).arg("row", self.row);
        match self.kind {
            ProblemKind::ValueCut {
                column,
                length,
                max,
                what,
            } => m("problem-value-cut")
                .arg("column", column)
                .arg("length", *length)
                .arg("max", *max)
                .arg(
                    "what",
                    match what {
                        CutWhat::Name => "name",
                        CutWhat::Value => "value",
                    },
                ),
            ProblemKind::RaggedRow { values, columns } => m("problem-ragged-row")
                .arg("values", *values)
                .arg("columns", *columns),
            ProblemKind::NotKept {
                column,
                value,
                expected,
                cut,
            } => m("problem-not-kept")
                .arg("column", column)
                .arg("value", value)
                .arg(
                    "expected",
                    match expected {
                        Expected::Date => "date",
                        Expected::Email => "email",
                        Expected::LongEmail => "long-email",
                        Expected::YesNo => "yes-no",
                        Expected::Amount => "amount",
                    },
                )
                .arg("cut", if *cut { "yes" } else { "no" }),
            ProblemKind::SaleDateMissing { column } => {
                m("problem-sale-date-missing").arg("column", column)
            }
            ProblemKind::NotADate { column, value } => m("problem-not-a-date")
                .arg("column", column)
                .arg("value", value),
            ProblemKind::SaleDateOutOfRange {
                column,
                date,
                bound,
            } => m("problem-sale-date-out-of-range")
                .arg("column", column)
                .arg("date", date)
                .arg(
                    "bound",
                    match bound {
                        DateBound::Before1900 => "before-1900",
                        DateBound::InFuture => "in-future",
                    },
                ),
            ProblemKind::AmountTooLarge { column, value } => m("problem-amount-too-large")
                .arg("column", column)
                .arg("value", value),
            ProblemKind::NotAnAmount { column, value } => m("problem-not-an-amount")
                .arg("column", column)
                .arg("value", value),
            ProblemKind::NotAQuantity { column, value } => m("problem-not-a-quantity")
                .arg("column", column)
                .arg("value", value),
            ProblemKind::AmountMissing { column } => {
                m("problem-amount-missing").arg("column", column)
            }
            ProblemKind::NobodyIdentified => m("problem-nobody-identified"),
            ProblemKind::DateMissing { column } => m("problem-date-missing").arg("column", column),
            ProblemKind::NotAScore {
                column,
                value,
                scale,
            } => m("problem-not-a-score")
                .arg("column", column)
                .arg("value", value)
                .arg("scale", scale),
            ProblemKind::NothingSaid => m("problem-nothing-said"),
            ProblemKind::NoCustomerGiven => m("problem-no-customer-given"),
            ProblemKind::UnknownWord { column, value } => m("problem-unknown-word")
                .arg("column", column)
                .arg("value", value),
            ProblemKind::NoCustomerNamed => m("problem-no-customer-named"),
            ProblemKind::OrderSetAside { status } => {
                m("problem-order-set-aside").arg("status", status)
            }
            ProblemKind::BytesReplaced {
                columns,
                encoding,
                value,
            } => m("problem-bytes-replaced")
                .arg("columns", columns.join(", "))
                .arg("count", columns.len())
                .arg("encoding", encoding)
                .arg("value", value),
            ProblemKind::Written { message } => {
                Message::new("problem-written").arg("words", message)
            }
        }
    }
}

impl Localize for NewProblem {
    fn message(&self) -> Message {
        ProblemAt {
            row: self.row,
            kind: &self.kind,
        }
        .message()
    }
}

impl Localize for ImportError {
    fn message(&self) -> Message {
        match self {
            ImportError::Read(e) => e.message(),
            ImportError::Store(e) => e.message(),
            ImportError::DuplicateFile { file, batch, when } => {
                Message::new("import-duplicate-file")
                    .arg("file", file)
                    .arg("batch", *batch)
                    .arg("when", when)
            }
            ImportError::NoSuchColumn {
                file,
                column,
                columns,
            } => Message::new("import-no-such-column")
                .arg("file", file)
                .arg("column", column)
                .arg("columns", columns.join(", ")),
            ImportError::NothingImported {
                file,
                problems,
                rejected,
            } => {
                let m = Message::new("import-nothing-imported")
                    .arg("file", file)
                    .arg("rejected", *rejected);
                match problems.first() {
                    Some(p) => m.arg("first", super::english(p)),
                    None => m,
                }
            }
            ImportError::Mapping(MappingError::NoSaleDate { file, columns }) => {
                Message::new("import-no-sale-date-column")
                    .arg("file", file)
                    .arg("columns", columns.join(", "))
            }
            ImportError::Mapping(MappingError::NoAmount { file, columns }) => {
                Message::new("import-no-amount-column")
                    .arg("file", file)
                    .arg("columns", columns.join(", "))
            }
            ImportError::WrongKind {
                file,
                sign: WrongKindSign::SalesRows { rows, people },
                ..
            } => Message::new("import3-wrong-kind-sales")
                .arg("file", file)
                .arg("rows", *rows)
                .arg("people", *people),
            ImportError::WrongKind { file, kind, sign } => {
                let m = Message::new("import-wrong-kind")
                    .arg("file", file)
                    .arg("kind", kind.as_str());
                match sign {
                    WrongKindSign::Layout(name) => {
                        m.arg("layout", Message::new("note-layout").arg("name", name))
                    }
                    WrongKindSign::PeopleWithoutSaleDate | WrongKindSign::SalesRows { .. } => m,
                }
            }
            ImportError::Cancelled => Message::new("import-cancelled"),
            ImportError::Internal(detail) => Message::new("import-internal").arg("detail", detail),
        }
    }
}

/// A kind of problem without what changes from row to row (the row, the value, a length):
/// the heading under which alike problems are grouped.
pub struct ProblemGroup<'a>(pub &'a ProblemKind);

impl Localize for ProblemGroup<'_> {
    fn message(&self) -> Message {
        let column = |id: &'static str, column: &String| Message::new(id).arg("column", column);
        match self.0 {
            ProblemKind::ValueCut {
                column: c,
                max,
                what,
                ..
            } => column("group-value-cut", c).arg("max", *max).arg(
                "what",
                match what {
                    CutWhat::Name => "name",
                    CutWhat::Value => "value",
                },
            ),
            ProblemKind::RaggedRow { columns, .. } => {
                Message::new("group-ragged-row").arg("columns", *columns)
            }
            ProblemKind::NotKept {
                column: c,
                expected,
                ..
            } => {
                // The kind's own words, with the value left out.
                let m = ProblemAt {
                    row: 0,
                    kind: &ProblemKind::NotKept {
                        column: c.clone(),
                        value: String::new(),
                        expected: *expected,
                        cut: false,
                    },
                }
                .message();
                Message {
                    id: "group-not-kept",
                    args: m.args,
                }
            }
            ProblemKind::SaleDateMissing { column: c } => column("group-sale-date-missing", c),
            ProblemKind::NotADate { column: c, .. } => column("group-not-a-date", c),
            ProblemKind::SaleDateOutOfRange {
                column: c, bound, ..
            } => column("group-sale-date-out-of-range", c).arg(
                "bound",
                match bound {
                    DateBound::Before1900 => "before-1900",
                    DateBound::InFuture => "in-future",
                },
            ),
            ProblemKind::AmountTooLarge { column: c, .. } => column("group-amount-too-large", c),
            ProblemKind::NotAnAmount { column: c, .. } => column("group-not-an-amount", c),
            ProblemKind::NotAQuantity { column: c, .. } => column("group-not-a-quantity", c),
            ProblemKind::AmountMissing { column: c } => column("group-amount-missing", c),
            ProblemKind::NobodyIdentified => Message::new("group-nobody-identified"),
            ProblemKind::DateMissing { column: c } => column("group-date-missing", c),
            ProblemKind::NotAScore {
                column: c, scale, ..
            } => column("group-not-a-score", c).arg("scale", scale),
            ProblemKind::NothingSaid => Message::new("group-nothing-said"),
            ProblemKind::NoCustomerGiven => Message::new("group-no-customer-given"),
            ProblemKind::UnknownWord { column: c, .. } => column("group-unknown-word", c),
            ProblemKind::NoCustomerNamed => Message::new("group-no-customer-named"),
            ProblemKind::OrderSetAside { status } => {
                Message::new("group-order-set-aside").arg("status", status)
            }
            ProblemKind::BytesReplaced { encoding, .. } => {
                Message::new("group-bytes-replaced").arg("encoding", encoding)
            }
            // Recorded before kinds were stored: its own words are its group.
            ProblemKind::Written { message } => {
                Message::new("problem-written").arg("words", message)
            }
        }
    }
}

impl Localize for crate::ingest::mapping::Why {
    fn message(&self) -> Message {
        use crate::ingest::mapping::Why;
        match self {
            Why::Header => Message::new("why-header"),
            Why::Values => Message::new("why-values"),
            Why::Layout(name) => Message::new("why-layout").arg("layout", name),
            Why::Chosen => Message::new("why-chosen"),
        }
    }
}

/// Why a check or a plan failed, in the words of the person choosing the mapping: a file
/// from which no row could be imported says what every row lacks.
pub struct ImportFailure<'a>(pub &'a crate::service::Error);

impl Localize for ImportFailure<'_> {
    fn message(&self) -> Message {
        use crate::service::Error;
        let Error::Import(ImportError::NothingImported {
            problems, rejected, ..
        }) = self.0
        else {
            return self.0.message();
        };
        let lacking = match problems.first().map(|p| p.kind.as_ref()) {
            Some(ProblemKind::NoCustomerNamed) => "customer",
            Some(ProblemKind::SaleDateMissing { .. } | ProblemKind::NotADate { .. }) => "date",
            Some(ProblemKind::AmountMissing { .. } | ProblemKind::NotAnAmount { .. }) => "amount",
            Some(ProblemKind::NobodyIdentified) => "person",
            Some(_) => {
                let first = problems.first().map(super::english).unwrap_or_default();
                return Message::new("import-none-with-choice-because")
                    .arg("why", first)
                    .arg("rejected", *rejected);
            }
            None => "rows",
        };
        Message::new("import-none-with-choice").arg("lacking", lacking)
    }
}

impl Localize for crate::ingest::import::Note {
    fn message(&self) -> Message {
        use crate::ingest::import::Note;
        use crate::model::DateOrder;
        match self {
            Note::RepeatedColumn {
                base,
                header,
                feeds,
            } => {
                let m = Message::new("note-repeated-column")
                    .arg("base", base)
                    .arg("header", header);
                match feeds {
                    Some(field) => m.arg("feeds", field.name()),
                    None => m,
                }
            }
            Note::Layout { name } => Message::new("note-layout").arg("name", name),
            Note::AmbiguousDates { read_as } => Message::new("note-ambiguous-dates").arg(
                "order",
                match read_as {
                    DateOrder::DayFirst => "day-first",
                    DateOrder::MonthFirst => "month-first",
                },
            ),
            Note::MixedDates => Message::new("note-mixed-dates"),
            Note::TimesConverted { from, to } => Message::new("time-zone-note-converted")
                .arg("from", from)
                .arg("to", to),
            Note::WholeAmounts => Message::new("note-whole-amounts"),
            Note::SetAside {
                orders,
                status,
                amount_cents,
            } => Message::new("note-set-aside")
                .arg("orders", *orders)
                .arg("status", *status)
                .arg("amount", crate::model::format_money(*amount_cents)),
            Note::WalkIn {
                lines,
                amount_cents,
            } => with_amount(
                Message::new("import3-note-walk-in").arg("lines", *lines),
                *amount_cents,
            ),
            Note::HeldOrdersPaid { orders } => {
                Message::new("held-note-paid").arg("orders", *orders)
            }
            Note::OrdersAlreadyImported { orders } => {
                Message::new("held-note-already").arg("orders", *orders)
            }
            Note::HeldOrdersClosed { orders } => {
                Message::new("import3-note-pending-closed").arg("orders", *orders)
            }
            Note::LateRefunds {
                orders,
                amount_cents,
            } => with_amount(
                Message::new("import3-note-late-refunds").arg("orders", *orders),
                *amount_cents,
            ),
        }
    }
}

/// A note's message with its `amount`, written as money.
fn with_amount(message: Message, amount_cents: i64) -> Message {
    message.arg("amount", crate::model::format_money(amount_cents))
}

impl Localize for crate::ingest::layouts::Layout {
    fn message(&self) -> Message {
        Message::new("note-layout").arg("name", &self.name)
    }
}
