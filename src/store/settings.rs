//! The shop's settings in the `setting` table (key, value).

use rusqlite::OptionalExtension;
use serde_json::json;

use super::refusal::Refusal;
use super::writes::audit;
use super::{Result, Store, StoreError};
use crate::settings::ShopSettings;

const KEYS: [&str; 8] = [
    "shop_name",
    "locale",
    "currency",
    "phone_country",
    "language",
    "margin_percent",
    "discount_basis_points",
    "time_zone",
];

impl Store {
    /// The shop's settings; defaults for what was never set (the locale's currency and
    /// phone country when only the locale was set).
    pub fn settings(&self) -> Result<ShopSettings> {
        let get = |key: &str| -> Result<Option<String>> {
            Ok(self
                .conn
                .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                    r.get(0)
                })
                .optional()?)
        };
        // Until the owner chooses, the computer's locale (a US computer reads 03/01 as
        // March 1), else the default.
        let locale = get("locale")?.unwrap_or_else(|| {
            crate::settings::system_locale()
                .map_or(crate::settings::DEFAULT_LOCALE, |l| l.code)
                .to_string()
        });
        let mut s = ShopSettings::for_locale(&locale);
        if let Some(name) = get("shop_name")? {
            s.shop_name = name;
        }
        if let Some(c) = get("currency")? {
            s.currency = c;
        }
        if let Some(p) = get("phone_country")? {
            s.phone_country = p;
        }
        if let Some(l) = get("language")? {
            s.language = l;
        }
        // Numbers kept as text like every setting; one that cannot be read keeps the default.
        if let Some(m) = get("margin_percent")?.and_then(|m| m.parse().ok()) {
            s.margin_percent = m;
        }
        if let Some(d) = get("discount_basis_points")?.and_then(|d| d.parse().ok()) {
            s.discount_basis_points = d;
        }
        if let Some(zone) = get("time_zone")? {
            s.time_zone = zone;
        }
        Ok(s)
    }

    /// Saves the settings (checked first: nothing is written when one is wrong) and records
    /// the change in the audit trail.
    pub fn save_settings(&self, settings: &ShopSettings) -> Result<()> {
        let s = settings.clone().normalised();
        s.validate()
            .map_err(|why| StoreError::Invalid(Refusal::Settings(why)))?;
        self.map_busy(|store| {
            let tx = store.immediate()?;
            let margin = s.margin_percent.to_string();
            let discount = s.discount_basis_points.to_string();
            let values = [
                &s.shop_name,
                &s.locale,
                &s.currency,
                &s.phone_country,
                &s.language,
                &margin,
                &discount,
                &s.time_zone,
            ];
            for (key, value) in KEYS.iter().zip(values) {
                tx.execute(
                    "INSERT INTO setting (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value.as_str()],
                )?;
            }
            audit(
                &tx,
                "settings",
                &json!({
                    "shop_name": s.shop_name, "locale": s.locale,
                    "currency": s.currency, "phone_country": s.phone_country,
                    "language": s.language, "margin_percent": s.margin_percent,
                    "discount_basis_points": s.discount_basis_points,
                    "time_zone": s.time_zone,
                }),
            )?;
            tx.commit()?;
            Ok(())
        })
    }
}
