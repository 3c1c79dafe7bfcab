//! Arguments a message's words need that are worked out from the arguments it was given,
//! the same in every language: a Fluent file can choose words by an argument's value but
//! cannot count, so `$more` (rows with problems after the first) and `$next-column` are
//! given here; an argument a message may go without is given as `none`, which the
//! message's select expression names.

use super::{Arg, Message};

/// The arguments each message may go without.
const OPTIONAL: &[(&str, &str)] = &[
    ("cohorts-came-back-months", "before"),
    ("cohorts-came-back-quarter", "before"),
    ("predict-check", "auc"),
    ("print-sent", "job"),
    ("note-repeated-column", "feeds"),
    ("import-nothing-imported", "first"),
    ("import-wrong-kind", "layout"),
    ("refused-already-merged", "merge"),
    ("cli-customer", "name"),
    ("report-predict-revenue", "low"),
    ("report-predict-revenue", "high"),
];

/// The message with the arguments its words need added.
pub(super) fn derived(m: &Message) -> Message {
    let mut m = m.clone();
    for (id, name) in OPTIONAL {
        if m.id == *id && m.get(name).is_none() {
            m.args.push((name, Arg::Text("none".into())));
        }
    }
    match m.id {
        "problem-ragged-row" => {
            let next = m.int("columns") + 1;
            m.args.push(("next-column", Arg::Int(next)));
        }
        "import-none-with-choice-because" | "import-nothing-imported" => {
            let more = (m.int("rejected") - 1).max(0);
            m.args.push(("more", Arg::Int(more)));
        }
        "read-not-a-table" if m.text("looks") == "7z" => {
            // A Fluent variant's name starts with a letter.
            m.args.retain(|(n, _)| *n != "looks");
            m.args.push(("looks", Arg::Text("seven-z".into())));
        }
        "read-too-large" => {
            const MB: i64 = 1 << 20;
            const GB: i64 = 1 << 30;
            let bytes = m.int("bytes");
            let (size, unit) = if bytes >= GB {
                ((bytes + GB - 1) / GB, "gb")
            } else {
                ((bytes + MB - 1) / MB, "mb")
            };
            m.args.push(("size", Arg::Int(size)));
            m.args.push(("unit", Arg::Text(unit.into())));
        }
        _ => {}
    }
    m
}
