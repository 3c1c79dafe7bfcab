//! Customers as the customer list, segments, exports and RFM read them from the store.

use chrono::NaiveDate;

/// One line of the customer list: who, and their figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomerRow {
    /// The root contact id.
    pub id: i64,
    /// First and last name (or the company when there is no name).
    pub name: String,
    /// E-mail.
    pub email: String,
    /// Phone.
    pub phone: String,
    /// City.
    pub city: String,
    /// The customer's number in the source system (`C0031`), or empty.
    pub external_ref: String,
    /// Number of orders.
    pub orders: i64,
    /// Revenue in cents.
    pub revenue_cents: i64,
    /// Date of the last order.
    pub last_order: Option<NaiveDate>,
}

/// A customer (root contact) as segments and exports see them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CustomerProfile {
    pub id: i64,
    pub external_ref: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    /// "yes", "no" or "unknown".
    pub consent: String,
}

/// A customer's contact fields that only exports need (kept out of [`CustomerProfile`],
/// which analytics hold for every customer in memory).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactDetails {
    pub company: Option<String>,
    pub street: Option<String>,
    pub street2: Option<String>,
    pub postcode: Option<String>,
    pub region: Option<String>,
    /// `YYYY-MM-DD`.
    pub birth_date: Option<String>,
    pub gender: Option<String>,
    pub language: Option<String>,
    /// `YYYY-MM-DD`.
    pub consent_date: Option<String>,
}

/// What a customer's lifecycle stage needs, as `customer_summary` keeps it: the days of
/// the first and last orders and the median gap between order days (`None` with fewer
/// than two orders).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StageFigures {
    pub customer_id: i64,
    pub first_order: NaiveDate,
    pub last_order: NaiveDate,
    pub gap_days: Option<f64>,
}

/// One customer's orders, last order day and spend, as kept per customer by the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CustomerTotals {
    pub customer_id: i64,
    pub orders: u32,
    /// The day of the last order (an order's day is its earliest line's).
    pub last_order: NaiveDate,
    pub monetary_cents: i64,
}
