//! Marketing lists and consent per channel: which customers a list meant for marketing may
//! name, and which of their contact values it may carry. A customer's e-mail goes out only
//! with their yes to e-mails, their phone only with a yes to text messages or to calls,
//! their postal address only with a yes to letters; a customer with no yes at all is left
//! out. Everything withheld is counted, so that the list is never thinned in silence.

use std::collections::HashMap;

use super::Error;
use crate::model::Consent;
use crate::report::consent::ConsentCoverage;
use crate::report::export::{CUSTOMER_COLUMNS, Cell};
use crate::store::{Channel, Store};

/// The channels in the order of [`ChannelYes`].
pub const CHANNELS: [Channel; 4] = [Channel::Email, Channel::Sms, Channel::Post, Channel::Phone];

/// A customer's yes on each channel, in the order of [`CHANNELS`].
pub type ChannelYes = [bool; 4];

/// What a marketing list left out or emptied, by channel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Withheld {
    /// Customers left out: no yes on any channel.
    pub left_out: usize,
    /// E-mail addresses emptied (no yes to e-mails).
    pub emails: usize,
    /// Phone numbers emptied (no yes to text messages nor to calls).
    pub phones: usize,
    /// Postal addresses emptied (no yes to letters).
    pub addresses: usize,
}

/// Every customer's consent now on each channel, in the order of [`CHANNELS`] (unknown when
/// nothing was recorded). Erased customers are absent.
pub fn consent_by_channel(store: &Store) -> Result<HashMap<i64, [Consent; 4]>, Error> {
    let mut out: HashMap<i64, [Consent; 4]> = HashMap::new();
    for (i, channel) in CHANNELS.into_iter().enumerate() {
        for (id, (state, _)) in store.channel_reach(channel)? {
            if let Some(slot) = out.entry(id).or_default().get_mut(i) {
                *slot = state;
            }
        }
    }
    Ok(out)
}

/// Every customer's yes per channel (see [`consent_by_channel`]).
pub fn yes_by_channel(store: &Store) -> Result<HashMap<i64, ChannelYes>, Error> {
    Ok(consent_by_channel(store)?
        .into_iter()
        .map(|(id, states)| (id, states.map(|s| s == Consent::Yes)))
        .collect())
}

/// How many customers said yes, no or nothing on each channel (the report's Consent
/// section).
pub fn coverage(store: &Store) -> Result<ConsentCoverage, Error> {
    let all = consent_by_channel(store)?;
    let mut out = ConsentCoverage {
        customers: all.len(),
        ..ConsentCoverage::default()
    };
    for states in all.values() {
        for (answers, state) in out.channels.iter_mut().zip(states) {
            match state {
                Consent::Yes => answers.yes += 1,
                Consent::No => answers.no += 1,
                Consent::Unknown => answers.unknown += 1,
            }
        }
    }
    Ok(out)
}

/// The columns of a customer export holding the postal address (the country stays: it
/// reaches nobody).
const ADDRESS_COLUMNS: [&str; 5] = ["street", "street2", "postcode", "city", "region"];

/// Keeps or empties one customer's row of a customer export ([`CUSTOMER_COLUMNS`]) for a
/// marketing list, counting in `withheld`; returns false when the customer must be left out
/// (no yes on any channel).
pub fn withhold(row: &mut [Cell], yes: ChannelYes, withheld: &mut Withheld) -> bool {
    let [email, sms, post, phone] = yes;
    if !(email || sms || post || phone) {
        withheld.left_out += 1;
        return false;
    }
    if !email && empty_columns(row, &["email"]) {
        withheld.emails += 1;
    }
    if !(sms || phone) && empty_columns(row, &["phone"]) {
        withheld.phones += 1;
    }
    if !post && empty_columns(row, &ADDRESS_COLUMNS) {
        withheld.addresses += 1;
    }
    true
}

/// Empties the cells of the columns `names`; true when one of them held something.
fn empty_columns(row: &mut [Cell], names: &[&str]) -> bool {
    let mut held = false;
    for (column, cell) in CUSTOMER_COLUMNS.iter().zip(row.iter_mut()) {
        if names.contains(column) {
            held |= !matches!(cell, Cell::Empty)
                && !matches!(cell, Cell::Text(t) if t.trim().is_empty());
            *cell = Cell::Empty;
        }
    }
    held
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> Vec<Cell> {
        CUSTOMER_COLUMNS
            .iter()
            .map(|c| Cell::Text(format!("v-{c}")))
            .collect()
    }

    fn value(row: &[Cell], name: &str) -> Option<String> {
        let i = CUSTOMER_COLUMNS.iter().position(|c| *c == name)?;
        match row.get(i)? {
            Cell::Text(t) => Some(t.clone()),
            _ => None,
        }
    }

    #[test]
    fn each_channel_keeps_only_its_own_values() {
        let mut w = Withheld::default();
        let mut r = row();
        assert!(withhold(&mut r, [false, true, false, false], &mut w));
        assert_eq!(value(&r, "email"), None);
        assert_eq!(value(&r, "phone").as_deref(), Some("v-phone"));
        for c in ADDRESS_COLUMNS {
            assert_eq!(value(&r, c), None, "{c}");
        }
        assert_eq!(value(&r, "country").as_deref(), Some("v-country"));
        assert_eq!(value(&r, "last_name").as_deref(), Some("v-last_name"));
        assert_eq!(
            w,
            Withheld {
                left_out: 0,
                emails: 1,
                phones: 0,
                addresses: 1
            }
        );

        let mut r = row();
        assert!(withhold(&mut r, [true, false, true, false], &mut w));
        assert_eq!(value(&r, "email").as_deref(), Some("v-email"));
        assert_eq!(value(&r, "phone"), None);
        assert_eq!(value(&r, "street").as_deref(), Some("v-street"));
        assert_eq!(
            w,
            Withheld {
                left_out: 0,
                emails: 1,
                phones: 1,
                addresses: 1
            }
        );

        // A call's yes is enough for the phone number.
        let mut r = row();
        assert!(withhold(&mut r, [false, false, false, true], &mut w));
        assert_eq!(value(&r, "phone").as_deref(), Some("v-phone"));

        let mut r = row();
        assert!(!withhold(&mut r, [false; 4], &mut w));
        assert_eq!(w.left_out, 1);
    }

    #[test]
    fn an_empty_value_is_not_counted_as_withheld() {
        let mut w = Withheld::default();
        let mut r: Vec<Cell> = CUSTOMER_COLUMNS.iter().map(|_| Cell::Empty).collect();
        assert!(withhold(&mut r, [false, false, false, true], &mut w));
        assert_eq!(w, Withheld::default());
    }
}
