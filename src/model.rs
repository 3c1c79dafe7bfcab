//! The shop's records as plain Rust values: what ingest and the demo generator produce,
//! what the store writes and reads, and what analytics and the UI consume.
//!
//! No SQL and no UI here. Money is always in minor units (cents) as `i64`; dates are
//! `chrono` values and become ISO-8601 text only inside the store.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

mod batches;
pub mod campaign;
mod customers;
mod dates;
pub mod feedback;
mod sales;

pub use batches::BatchSummary;
pub use customers::{ContactDetails, CustomerProfile, CustomerRow, CustomerTotals, StageFigures};
pub use dates::DateOrder;
pub use sales::{
    ChannelCategoryRevenue, LineToWrite, SaleDetail, SaleExportRow, SaleFact, dense_places,
    median_gap_days, order_key, order_key_bytes,
};

/// Whether a customer agreed to receive marketing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Consent {
    /// Nobody asked, or the answer was not recorded.
    #[default]
    Unknown,
    /// The customer agreed.
    Yes,
    /// The customer refused.
    No,
}

impl Consent {
    /// The word stored in the database and shown on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Consent::Unknown => "unknown",
            Consent::Yes => "yes",
            Consent::No => "no",
        }
    }

    /// Reads the stored word back; anything unrecognised is `Unknown`.
    pub fn parse(text: &str) -> Consent {
        match text.trim().to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" | "1" | "oui" => Consent::Yes,
            "no" | "n" | "false" | "0" | "non" => Consent::No,
            _ => Consent::Unknown,
        }
    }
}

/// A contact about to be written: one person or company as one source file knew it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewContact {
    /// The identifier the source system used (loyalty card number, web account id...).
    pub external_ref: Option<String>,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Company name, for business customers.
    pub company: Option<String>,
    /// E-mail address as written.
    pub email: Option<String>,
    /// Phone number as written.
    pub phone: Option<String>,
    /// Street address, first line.
    pub street: Option<String>,
    /// Street address, second line.
    pub street2: Option<String>,
    /// Town or city.
    pub city: Option<String>,
    /// Postal code.
    pub postcode: Option<String>,
    /// Region, state or county.
    pub region: Option<String>,
    /// Country (ISO 3166 alpha-2 code where known).
    pub country: Option<String>,
    /// Date of birth.
    pub birth_date: Option<NaiveDate>,
    /// Gender as written (`f`, `m`, ...).
    pub gender: Option<String>,
    /// Preferred language (ISO 639-1 code).
    pub language: Option<String>,
    /// Marketing consent.
    pub marketing_consent: Consent,
    /// When the consent answer was given.
    pub consent_date: Option<NaiveDate>,
    /// Every column of the source that has no field of its own, as a JSON object.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// When the contact first appeared (the source's creation time, or the import time).
    pub created_at: NaiveDateTime,
}

/// A sale line about to be written. It points at a contact of the same batch by index.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSale {
    /// Index into the batch's contacts of the customer who bought.
    pub contact_index: usize,
    /// The customer reference as written in the source file.
    pub customer_ref: Option<String>,
    /// Order or receipt number; lines sharing it form one order.
    pub order_ref: Option<String>,
    /// When the sale happened.
    pub sold_at: NaiveDateTime,
    /// Product name or code.
    pub product: Option<String>,
    /// Product category.
    pub category: Option<String>,
    /// Quantity sold (may be fractional: kilograms, metres).
    pub quantity: f64,
    /// Price of one unit in cents.
    pub unit_price_cents: Option<i64>,
    /// Discount on the line in cents.
    pub discount_cents: i64,
    /// Line amount in cents (quantity x unit price - discount when the file gives none).
    pub amount_cents: i64,
    /// Cost of the goods on the line in cents, when known.
    pub cost_cents: Option<i64>,
    /// Sales channel: store, web, market, phone...
    pub channel: Option<String>,
    /// Payment method: card, cash, transfer...
    pub payment_method: Option<String>,
    /// Which store or outlet.
    pub store: Option<String>,
    /// Unmapped source columns.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A contact field that can be edited by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactField {
    /// Given name.
    FirstName,
    /// Family name.
    LastName,
    /// Company.
    Company,
    /// E-mail.
    Email,
    /// Phone.
    Phone,
    /// Street, first line.
    Street,
    /// Street, second line.
    Street2,
    /// City.
    City,
    /// Postal code.
    Postcode,
    /// Region.
    Region,
    /// Country.
    Country,
    /// Date of birth (ISO date).
    BirthDate,
    /// Gender.
    Gender,
    /// Language.
    Language,
    /// Marketing consent (unknown, yes, no).
    MarketingConsent,
}

impl ContactField {
    /// Every editable field, in the order the detail panel shows them.
    pub const ALL: [ContactField; 15] = [
        ContactField::FirstName,
        ContactField::LastName,
        ContactField::Company,
        ContactField::Email,
        ContactField::Phone,
        ContactField::Street,
        ContactField::Street2,
        ContactField::Postcode,
        ContactField::City,
        ContactField::Region,
        ContactField::Country,
        ContactField::BirthDate,
        ContactField::Gender,
        ContactField::Language,
        ContactField::MarketingConsent,
    ];

    /// The column name (also the field name on the command line).
    pub fn column(self) -> &'static str {
        match self {
            ContactField::FirstName => "first_name",
            ContactField::LastName => "last_name",
            ContactField::Company => "company",
            ContactField::Email => "email",
            ContactField::Phone => "phone",
            ContactField::Street => "street",
            ContactField::Street2 => "street2",
            ContactField::City => "city",
            ContactField::Postcode => "postcode",
            ContactField::Region => "region",
            ContactField::Country => "country",
            ContactField::BirthDate => "birth_date",
            ContactField::Gender => "gender",
            ContactField::Language => "language",
            ContactField::MarketingConsent => "marketing_consent",
        }
    }

    /// The label a shop owner reads.
    pub fn label(self) -> &'static str {
        match self {
            ContactField::FirstName => "First name",
            ContactField::LastName => "Last name",
            ContactField::Company => "Company",
            ContactField::Email => "Email",
            ContactField::Phone => "Phone",
            ContactField::Street => "Street",
            ContactField::Street2 => "Street (2nd line)",
            ContactField::City => "City",
            ContactField::Postcode => "Postcode",
            ContactField::Region => "Region",
            ContactField::Country => "Country",
            ContactField::BirthDate => "Birth date",
            ContactField::Gender => "Gender",
            ContactField::Language => "Language",
            ContactField::MarketingConsent => "Marketing consent",
        }
    }
}

/// Who decided that contacts are one customer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DecidedBy {
    /// The shop owner, by hand.
    #[default]
    User,
    /// Duplicate detection, above its threshold.
    Automatic,
}

impl DecidedBy {
    /// The word stored in the database and shown on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            DecidedBy::User => "user",
            DecidedBy::Automatic => "automatic",
        }
    }

    /// Reads the stored word back; anything unrecognised is `User`.
    pub fn parse(text: &str) -> DecidedBy {
        if text == "automatic" {
            DecidedBy::Automatic
        } else {
            DecidedBy::User
        }
    }
}

/// Contacts to merge into one customer: what duplicate detection or the owner decided, and
/// what the store applies.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergePlan {
    /// The contact that stays (its id is the customer's id from now on).
    pub survivor: i64,
    /// The contacts it absorbs; each gets `merged_into = survivor` and one merge record.
    pub absorbed: Vec<i64>,
    /// The survivor's value per field after the merge; fields not listed keep the
    /// survivor's value. `None` empties the field.
    pub fields: Vec<(ContactField, Option<String>)>,
    /// The match probability detection gave, if it proposed the merge.
    pub score: Option<f64>,
    /// Who decided.
    pub decided_by: DecidedBy,
}

/// A root customer as duplicate detection reads it: the identifying fields as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DedupContact {
    /// Contact id.
    pub id: i64,
    /// The identifier the source system used.
    pub external_ref: Option<String>,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Company name.
    pub company: Option<String>,
    /// E-mail as written.
    pub email: Option<String>,
    /// Phone as written.
    pub phone: Option<String>,
    /// Street, first line.
    pub street: Option<String>,
    /// Street, second line.
    pub street2: Option<String>,
    /// Town or city.
    pub city: Option<String>,
    /// Postal code.
    pub postcode: Option<String>,
    /// Region.
    pub region: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Date of birth, ISO `YYYY-MM-DD`.
    pub birth_date: Option<String>,
    /// Gender as written.
    pub gender: Option<String>,
    /// When the contact was last changed (`YYYY-MM-DD HH:MM:SS`).
    pub updated_at: String,
}

/// A person's name as written everywhere in Clientele: "first last", and family name first
/// with no space when both parts are in Chinese characters (王伟, not 伟 王). Names are
/// never transliterated for display.
pub fn person_name(first: &str, last: &str) -> String {
    let (first, last) = (first.trim(), last.trim());
    let han = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| {
                matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F | 0x00B7)
            })
    };
    if han(first) && han(last) {
        format!("{last}{first}")
    } else {
        format!("{first} {last}").trim().to_string()
    }
}

/// Formats cents as currency units with two decimals (`244091.94`), the way every output shows money.
pub fn format_cents(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// Formats cents for people: thousands grouped with a thin space, two decimals (`244 091.94`).
pub fn format_money(cents: i64) -> String {
    let plain = format_cents(cents);
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (units, decimals) = rest.split_once('.').unwrap_or((rest, "00"));
    let mut grouped = String::new();
    for (i, ch) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push('\u{202F}');
        }
        grouped.push(ch);
    }
    format!("{sign}{grouped}.{decimals}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn chinese_names_are_written_family_name_first() {
        assert_eq!(super::person_name("伟", "王"), "王伟");
        assert_eq!(super::person_name("Zoë", "Martin"), "Zoë Martin");
        assert_eq!(super::person_name("Иван", " Петров "), "Иван Петров");
        assert_eq!(super::person_name("", "王"), "王");
        assert_eq!(super::person_name("Wei", "王"), "Wei 王");
    }

    use super::*;

    #[test]
    fn cents_format_with_two_decimals() {
        assert_eq!(format_cents(24409194), "244091.94");
        assert_eq!(format_cents(5), "0.05");
        assert_eq!(format_cents(-1250), "-12.50");
        assert_eq!(format_cents(0), "0.00");
    }

    #[test]
    fn money_groups_thousands() {
        assert_eq!(format_money(24409194), "244\u{202F}091.94");
        assert_eq!(format_money(99900), "999.00");
        assert_eq!(format_money(-123456789), "-1\u{202F}234\u{202F}567.89");
    }

    #[test]
    fn consent_round_trips() {
        for c in [Consent::Unknown, Consent::Yes, Consent::No] {
            assert_eq!(Consent::parse(c.as_str()), c);
        }
    }
}
