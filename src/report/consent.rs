//! What the report's "Consent" section prints: for each channel (e-mail, SMS, post, phone),
//! how many customers said yes, no, or were never asked, as the file holds it on the day
//! the report is made. Filled by the caller from the store; [`super::pdf`] lays it out.

/// One channel's answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Customers who said yes.
    pub yes: usize,
    /// Customers who said no.
    pub no: usize,
    /// Customers never asked, or whose answer was not recorded.
    pub unknown: usize,
}

/// Consent coverage of the shop's customers (erased ones and merged records left out).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ConsentCoverage {
    /// Customers counted.
    pub customers: usize,
    /// E-mail, SMS, post and phone, in that order.
    pub channels: [Answers; 4],
}
