//! Everything held on one person as a readable PDF in the shop's language: the same
//! sections as the JSON of [`super::privacy::subject_data`], each key named in words, amounts
//! as money and days as the shop writes them.

use std::path::Path;

use chrono::NaiveDate;
use serde_json::Value;

use super::Error;
use crate::format::Formats;
use crate::report::Paper;
use crate::report::subject::{Block, Line, SubjectDocument, subject_pdf};
use crate::store::Store;
use crate::text::{Lang, Message, render};

/// The JSON's sections in print order: (keys, title's message).
const SECTIONS: [(&[&str], &str); 12] = [
    (
        &[
            "customer_id",
            "fields",
            "source",
            "created_at",
            "updated_at",
            "merged_contacts",
        ],
        "privacy2-pdf-details",
    ),
    (&["extra"], "privacy2-pdf-extra"),
    (&["merged_records"], "privacy2-pdf-merged-records"),
    (&["consent"], "privacy2-pdf-consent"),
    (&["consent_history"], "privacy2-pdf-consent-history"),
    (&["sale_lines"], "privacy2-pdf-sales"),
    (&["merges"], "privacy2-pdf-merges"),
    (&["campaigns"], "privacy2-pdf-campaigns"),
    (&["contact_history"], "privacy2-pdf-contact-history"),
    (&["feedback"], "privacy2-pdf-feedback"),
    (&["predictions"], "privacy10-pdf-predictions"),
    (&["audit"], "privacy2-pdf-audit"),
];

/// The message naming a key of the JSON, where there is one; other keys (the shop's own
/// columns, kept in `extra`) are printed as the file named them.
fn key_message(key: &str) -> Option<&'static str> {
    Some(match key {
        "customer_id" => "privacy2-key-customer",
        "contact_id" => "privacy2-key-contact",
        "source" => "privacy2-key-source",
        "created_at" => "privacy2-key-created",
        "updated_at" => "privacy2-key-updated",
        "merged_contacts" => "privacy2-key-merged-contacts",
        "fields" => "privacy2-key-fields",
        "channel" => "privacy2-key-channel",
        "state" => "privacy2-key-state",
        "decided_on" => "privacy2-key-decided-on",
        "recorded_at" => "privacy2-key-recorded-at",
        "batch_id" => "privacy2-key-batch",
        "id" => "privacy2-key-id",
        "order_ref" => "privacy2-key-order",
        "sold_at" => "privacy2-key-sold-at",
        "product" => "privacy2-key-product",
        "category" => "privacy2-key-category",
        "quantity" => "privacy2-key-quantity",
        "amount_cents" => "privacy2-key-amount",
        "merge_id" => "privacy2-key-merge",
        "survivor_id" => "privacy2-key-survivor",
        "absorbed_id" => "privacy2-key-absorbed",
        "saved" => "privacy2-key-saved",
        "score" => "privacy2-key-score",
        "decided_by" => "privacy2-key-decided-by",
        "merged_at" => "privacy2-key-merged-at",
        "undone_at" => "privacy2-key-undone-at",
        "campaign" => "privacy2-key-campaign",
        "goal" => "privacy2-key-goal",
        "start_date" => "privacy2-key-start-date",
        "group" => "privacy2-key-group",
        "segment" => "privacy2-key-segment",
        "at" => "privacy2-key-at",
        "kind" => "privacy2-key-kind",
        "note" => "privacy2-key-note",
        "date" => "privacy2-key-date",
        "text" => "privacy2-key-text",
        "status" => "privacy2-key-status",
        "resolved_at" => "privacy2-key-resolved-at",
        "resolved_note" => "privacy2-key-resolved-note",
        "action" => "privacy2-key-action",
        "detail" => "privacy2-key-detail",
        "as_of" => "privacy10-key-as-of",
        "model" => "privacy10-key-model",
        "horizon_days" => "privacy10-key-horizon",
        "p_alive" => "privacy10-key-p-alive",
        "p_buy" => "privacy10-key-p-buy",
        "expected_purchases" => "privacy10-key-expected-purchases",
        "expected_spend" => "privacy10-key-expected-spend",
        "clv" => "privacy10-key-clv",
        "first_name" => "field-first-name",
        "last_name" => "field-last-name",
        "company" => "field-company",
        "email" => "field-email",
        "phone" => "field-phone",
        "street" => "field-street",
        "street2" => "field-street2",
        "city" => "field-city",
        "postcode" => "field-postcode",
        "region" => "field-region",
        "country" => "field-country",
        "birth_date" => "field-birth-date",
        "gender" => "field-gender",
        "language" => "field-language",
        "marketing_consent" => "field-marketing-consent",
        _ => return None,
    })
}

/// The words of one value: money for amounts, days as the shop writes them, consent
/// answers and channels in words, "–" for nothing.
fn value_text(lang: Lang, f: &Formats, key: &str, v: &Value) -> String {
    let say = |id: &'static str| render(lang, &Message::new(id));
    match v {
        Value::Null => "–".to_string(),
        Value::Bool(b) => say(if *b {
            "privacy2-report-yes"
        } else {
            "privacy2-report-no"
        }),
        Value::Number(n) if key == "amount_cents" => f.money(n.as_i64().unwrap_or_default()),
        Value::Number(n) if matches!(key, "p_alive" | "p_buy") => {
            f.percent_whole(n.as_f64().unwrap_or_default())
        }
        Value::Number(n) if matches!(key, "expected_spend" | "clv") => {
            f.money((n.as_f64().unwrap_or_default() * 100.0).round() as i64)
        }
        Value::Number(n) if key == "expected_purchases" => {
            f.two_decimals(n.as_f64().unwrap_or_default())
        }
        Value::Number(n) => n.to_string(),
        Value::String(s) => match (key, s.as_str()) {
            ("channel", "email") => say("privacy-channel-email"),
            ("channel", "sms") => say("privacy-channel-sms"),
            ("channel", "post") => say("privacy-channel-post"),
            ("channel", "phone") => say("privacy-channel-phone"),
            ("state" | "marketing_consent", "yes") => say("privacy-consent-yes"),
            ("state" | "marketing_consent", "no") => say("privacy-consent-no"),
            ("state" | "marketing_consent", "unknown") => say("privacy-consent-unknown"),
            ("model", "bgnbd") => "BG/NBD".to_string(),
            ("model", "pareto-nbd") => "Pareto/NBD".to_string(),
            _ => day_text(f, s),
        },
        Value::Array(_) | Value::Object(_) => v.to_string(),
    }
}

/// The lines of `v` under `label` at `depth`: a scalar on one line, an object's keys and
/// a list's items nested below.
fn lines_of(
    lang: Lang,
    f: &Formats,
    key: &str,
    label: String,
    v: &Value,
    depth: usize,
    out: &mut Vec<Line>,
) {
    match v {
        Value::Object(map) if !map.is_empty() => {
            let inner = if label.is_empty() {
                depth
            } else {
                out.push(Line {
                    label,
                    value: String::new(),
                    depth,
                });
                depth + 1
            };
            for (k, item) in map {
                lines_of(lang, f, k, key_label(lang, k), item, inner, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            if items.iter().all(|i| !i.is_object() && !i.is_array()) {
                let words: Vec<String> =
                    items.iter().map(|i| value_text(lang, f, key, i)).collect();
                out.push(Line {
                    label,
                    value: words.join(", "),
                    depth,
                });
                return;
            }
            for (n, item) in items.iter().enumerate() {
                let head = render(lang, &Message::new("privacy2-pdf-item").arg("n", n + 1));
                out.push(Line {
                    label: head,
                    value: String::new(),
                    depth,
                });
                lines_of(lang, f, key, String::new(), item, depth + 1, out);
            }
        }
        Value::Object(_) | Value::Array(_) if label.is_empty() => {}
        _ => out.push(Line {
            label,
            value: value_text(lang, f, key, v),
            depth,
        }),
    }
}

/// A day (`YYYY-MM-DD`) as the shop writes it, with its time when one is given and not
/// midnight; any other text as it is.
fn day_text(f: &Formats, s: &str) -> String {
    let (day, time) = s.split_at(s.len().min(10));
    match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(d) if time.is_empty() || time == " 00:00:00" => f.date(d),
        Ok(d) if time.starts_with(' ') => format!("{}{time}", f.date(d)),
        _ => s.to_string(),
    }
}

/// A key of the subject export or of an audit line's details in words, where there is a
/// message for it; else the key as stored.
pub fn key_label(lang: Lang, key: &str) -> String {
    key_message(key).map_or_else(|| key.to_string(), |id| render(lang, &Message::new(id)))
}

/// An audit line's stored details (JSON) as `name: value` pairs in `lang`, nested values
/// written as they are stored.
pub fn detail_words(lang: Lang, detail: &str) -> String {
    match serde_json::from_str::<Value>(detail) {
        Ok(Value::Object(map)) => map
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                format!("{}: {v}", key_label(lang, k))
            })
            .collect::<Vec<_>>()
            .join(" · "),
        _ => detail.to_string(),
    }
}

/// The document of `data` (as [`super::privacy::subject_data`] makes it) in `lang`.
pub fn subject_document(
    data: &Value,
    lang: Lang,
    f: &Formats,
    paper: Paper,
    today: NaiveDate,
) -> SubjectDocument {
    let customer = data["customer_id"].as_i64().unwrap_or_default();
    let blocks = SECTIONS
        .iter()
        .map(|(keys, title)| {
            let mut lines = Vec::new();
            for key in *keys {
                let v = &data[*key];
                if keys.len() == 1 {
                    lines_of(lang, f, key, String::new(), v, 0, &mut lines);
                } else {
                    lines_of(lang, f, key, key_label(lang, key), v, 0, &mut lines);
                }
            }
            Block {
                title: render(lang, &Message::new(title)),
                lines,
            }
        })
        .collect();
    SubjectDocument {
        title: render(
            lang,
            &Message::new("privacy2-pdf-title").arg("customer", customer),
        ),
        intro: render(
            lang,
            &Message::new("privacy2-pdf-intro").arg("day", f.date(today)),
        ),
        empty: render(lang, &Message::new("privacy2-pdf-empty")),
        blocks,
        lang: lang.code().to_string(),
        paper,
    }
}

/// Writes everything held on a customer as a PDF in `lang` (readable by its owner only);
/// returns how many sale lines it holds.
pub fn subject_export_pdf(
    store: &Store,
    customer_id: i64,
    path: &Path,
    lang: Lang,
) -> Result<usize, Error> {
    let data = super::privacy::subject_data(store, customer_id)?;
    let lines = data["sale_lines"].as_array().map_or(0, Vec::len);
    let settings = store.settings()?;
    let f = Formats::for_shop(&settings).in_language(lang);
    let doc = subject_document(
        &data,
        lang,
        &f,
        Paper::for_shop(&settings),
        chrono::Local::now().date_naive(),
    );
    let bytes = subject_pdf(&doc).map_err(Error::Report)?;
    super::privacy::write_private(path, &bytes)?;
    store.audit_export("subject", &path.display().to_string(), 1)?;
    Ok(lines)
}
