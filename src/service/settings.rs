//! The shop's settings: read, saved whole (the window) or changed in part (the command line).

use super::Error;
use crate::settings::ShopSettings;
use crate::store::Store;

/// The settings as stored.
pub fn get(store: &Store) -> Result<ShopSettings, Error> {
    Ok(store.settings()?)
}

/// Saves the settings whole; returns them as stored.
pub fn save(store: &Store, settings: &ShopSettings) -> Result<ShopSettings, Error> {
    store.save_settings(settings)?;
    get(store)
}

/// A change to some of the settings; what is `None` stays as it is.
#[derive(Clone, Debug, Default)]
pub struct Change {
    /// The shop's name.
    pub shop_name: Option<String>,
    /// The locale; unless given too, the currency and phone country follow it.
    pub locale: Option<String>,
    /// The currency, three letters.
    pub currency: Option<String>,
    /// The country of phone numbers written without a country code, two letters.
    pub phone_country: Option<String>,
    /// The window's language (`en`, `fr`, `ru`, `zh`, `hy`; empty: the computer's).
    pub language: Option<String>,
    /// The margin of lifetime values, in percent.
    pub margin_percent: Option<u32>,
    /// The monthly discount rate of lifetime values, in hundredths of a percent.
    pub discount_basis_points: Option<u32>,
    /// The time zone, an IANA name (`Europe/Paris`); empty or `system`: the computer's.
    pub time_zone: Option<String>,
}

/// Applies a change (nothing is written when it changes nothing); returns the settings as
/// stored.
pub fn change(store: &Store, change: Change) -> Result<ShopSettings, Error> {
    let mut s = get(store)?;
    let changing = change.shop_name.is_some()
        || change.locale.is_some()
        || change.currency.is_some()
        || change.phone_country.is_some()
        || change.language.is_some()
        || change.margin_percent.is_some()
        || change.discount_basis_points.is_some()
        || change.time_zone.is_some();
    if !changing {
        return Ok(s);
    }
    if let Some(locale) = &change.locale {
        let follows = ShopSettings::for_locale(locale);
        s.locale = locale.clone();
        s.currency = follows.currency;
        s.phone_country = follows.phone_country;
    }
    if let Some(name) = change.shop_name {
        s.shop_name = name;
    }
    if let Some(language) = change.language {
        s.language = language;
    }
    if let Some(c) = change.currency {
        s.currency = c;
    }
    if let Some(p) = change.phone_country {
        s.phone_country = p;
    }
    if let Some(m) = change.margin_percent {
        s.margin_percent = m;
    }
    if let Some(d) = change.discount_basis_points {
        s.discount_basis_points = d;
    }
    if let Some(zone) = change.time_zone {
        s.time_zone = zone;
    }
    save(store, &s)
}
