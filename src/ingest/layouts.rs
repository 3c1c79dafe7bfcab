//! Known export layouts: the files Shopify, WooCommerce, Square, Stripe, PrestaShop, SumUp,
//! Zettle, Lightspeed, Taobao, 1C, Mailchimp, Google Contacts, Outlook and Odoo hand a shop,
//! each described by a small declarative profile in `assets/layouts/*.toml` (the format is
//! documented in `assets/layouts/README.md`) and recognised by its header signature.
//!
//! A profile says which column feeds which field, which column is the order key, which
//! columns are filled on an order's first row only, the status column and which of its
//! values mean cancelled, failed, pending or refunded, the amount's unit (units or cents),
//! and how dates are written. Pure data: no SQL, no UI.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::mapping::{Field, ImportKind, header_key};

/// The embedded profiles, by file name.
const PROFILES: &[(&str, &str)] = &[
    (
        "shopify_orders.toml",
        include_str!("../../assets/layouts/shopify_orders.toml"),
    ),
    (
        "shopify_customers.toml",
        include_str!("../../assets/layouts/shopify_customers.toml"),
    ),
    (
        "woocommerce_orders.toml",
        include_str!("../../assets/layouts/woocommerce_orders.toml"),
    ),
    (
        "woocommerce_order_export.toml",
        include_str!("../../assets/layouts/woocommerce_order_export.toml"),
    ),
    (
        "woocommerce_analytics_fr.toml",
        include_str!("../../assets/layouts/woocommerce_analytics_fr.toml"),
    ),
    (
        "square_transactions.toml",
        include_str!("../../assets/layouts/square_transactions.toml"),
    ),
    (
        "square_item_sales.toml",
        include_str!("../../assets/layouts/square_item_sales.toml"),
    ),
    (
        "square_customers.toml",
        include_str!("../../assets/layouts/square_customers.toml"),
    ),
    (
        "stripe_payments.toml",
        include_str!("../../assets/layouts/stripe_payments.toml"),
    ),
    (
        "stripe_charges_cents.toml",
        include_str!("../../assets/layouts/stripe_charges_cents.toml"),
    ),
    (
        "prestashop_customers.toml",
        include_str!("../../assets/layouts/prestashop_customers.toml"),
    ),
    (
        "prestashop_orders.toml",
        include_str!("../../assets/layouts/prestashop_orders.toml"),
    ),
    (
        "sumup_sales.toml",
        include_str!("../../assets/layouts/sumup_sales.toml"),
    ),
    (
        "zettle_purchases.toml",
        include_str!("../../assets/layouts/zettle_purchases.toml"),
    ),
    (
        "lightspeed_sales.toml",
        include_str!("../../assets/layouts/lightspeed_sales.toml"),
    ),
    (
        "taobao_orders.toml",
        include_str!("../../assets/layouts/taobao_orders.toml"),
    ),
    (
        "1c_till.toml",
        include_str!("../../assets/layouts/1c_till.toml"),
    ),
    (
        "moysklad_counterparties.toml",
        include_str!("../../assets/layouts/moysklad_counterparties.toml"),
    ),
    (
        "mailchimp_members.toml",
        include_str!("../../assets/layouts/mailchimp_members.toml"),
    ),
    (
        "google_contacts.toml",
        include_str!("../../assets/layouts/google_contacts.toml"),
    ),
    (
        "outlook_contacts.toml",
        include_str!("../../assets/layouts/outlook_contacts.toml"),
    ),
    (
        "odoo_contacts.toml",
        include_str!("../../assets/layouts/odoo_contacts.toml"),
    ),
];

/// The unit of a layout's amounts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AmountUnit {
    /// Currency units with decimals (`12.50`).
    #[default]
    Units,
    /// Minor units, whole numbers (`1250` for 12.50): Stripe's API-style exports.
    Cents,
}

/// Which columns hold a value of the whole order rather than of the line.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderLevel {
    /// Filled on an order's first row only (Shopify): carried down to the order's later
    /// rows when they are empty there.
    #[serde(default)]
    pub first_row: Vec<String>,
    /// Repeated on every row of the order (WooCommerce's order export plugin): read once.
    #[serde(default)]
    pub repeated: Vec<String>,
    /// The order's shipping: becomes a line of its own (category "shipping").
    #[serde(default)]
    pub shipping: Option<String>,
    /// The order's tax, when line prices do not include it: a line of its own ("tax").
    #[serde(default)]
    pub tax: Option<String>,
    /// The order's discount not already taken off its lines: a line of its own
    /// ("discount"), subtracted.
    #[serde(default)]
    pub discount: Option<String>,
    /// The order's total: with `shipping`, what the lines must add up to (a line makes up
    /// the difference, so revenue counts the order total exactly once).
    #[serde(default)]
    pub total: Option<String>,
}

/// A column that says which rows are sale lines (Lightspeed's `Line Type`): the other rows
/// (the sale's summary, its payments) are not imported as lines, but their order-level
/// values carry down to the lines.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineType {
    /// The column.
    pub column: String,
    /// Its values that mark a sale line.
    pub line: Vec<String>,
}

/// The status column of a layout and what its values mean. Values are compared folded
/// (case and accents ignored); a value in no list is a completed sale.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusRule {
    /// The column.
    pub column: String,
    /// Cancelled or voided orders.
    #[serde(default)]
    pub cancelled: Vec<String>,
    /// Failed payments.
    #[serde(default)]
    pub failed: Vec<String>,
    /// Not paid yet.
    #[serde(default)]
    pub pending: Vec<String>,
    /// Refunded in full.
    #[serde(default)]
    pub refunded: Vec<String>,
    /// A column with the amount refunded, for partial refunds (subtracted).
    #[serde(default)]
    pub refunded_amount: Option<String>,
}

/// What a status value says about a sale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SaleStatus {
    /// Paid and kept.
    Completed,
    /// Cancelled or voided.
    Cancelled,
    /// The payment failed.
    Failed,
    /// Not paid yet.
    Pending,
    /// Refunded in full.
    Refunded,
}

impl SaleStatus {
    /// The word stored with the sale.
    pub fn as_str(self) -> &'static str {
        match self {
            SaleStatus::Completed => "completed",
            SaleStatus::Cancelled => "cancelled",
            SaleStatus::Failed => "failed",
            SaleStatus::Pending => "pending",
            SaleStatus::Refunded => "refunded",
        }
    }

    /// Whether the sale counts in revenue and analytics.
    pub fn counts(self) -> bool {
        self == SaleStatus::Completed
    }
}

impl StatusRule {
    /// What a status value means.
    pub fn status_of(&self, value: &str) -> SaleStatus {
        let key = header_key(value);
        let is = |list: &[String]| list.iter().any(|v| header_key(v) == key);
        if key.is_empty() {
            SaleStatus::Completed
        } else if is(&self.cancelled) {
            SaleStatus::Cancelled
        } else if is(&self.failed) {
            SaleStatus::Failed
        } else if is(&self.pending) {
            SaleStatus::Pending
        } else if is(&self.refunded) {
            SaleStatus::Refunded
        } else {
            SaleStatus::Completed
        }
    }
}

/// A known export layout.
#[derive(Clone, Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    /// Its name as people know it ("Shopify orders").
    pub name: String,
    /// What the file holds.
    pub kind: ImportKind,
    /// Headers that must all be present for the file to be this layout (compared folded:
    /// case, accents, spaces and punctuation ignored).
    pub signature: Vec<String>,
    /// Column → field (the field names of `--map`). Several columns may feed one field: the
    /// street is made of them all, any other field takes the first that is not empty.
    /// Columns not listed are kept in extra.
    #[serde(default)]
    pub columns: BTreeMap<String, Field>,
    /// The column that holds the order's number when an order takes several rows.
    #[serde(default)]
    pub order_key: Option<String>,
    /// Order-level columns.
    #[serde(default)]
    pub order_level: OrderLevel,
    /// The status column and its values.
    #[serde(default)]
    pub status: Option<StatusRule>,
    /// Which rows are sale lines, when not all are.
    #[serde(default)]
    pub line_type: Option<LineType>,
    /// The customer is known by name: lines naming the same person are one customer,
    /// whatever phone or e-mail they give (a till's buyer picked from the shop's list of
    /// counterparties, as in 1C).
    #[serde(default)]
    pub customer_by_name: bool,
    /// The rows that are companies, not people (Odoo's `Is a Company`, МойСклад's
    /// `Тип контрагента`): their name is the company's, and no person's name is made of it.
    #[serde(default)]
    pub company_rows: Option<CompanyRows>,
    /// Full names are written family name first ("Смирнова Татьяна Петровна", as Russian
    /// counterparty lists and tills write them): the first word is the last name.
    #[serde(default)]
    pub family_name_first: bool,
    /// The file's sales may name no customer (a till's walk-in sales): such a line is a
    /// walk-in sale, counted in the shop's revenue and orders but in no customer's figures.
    #[serde(default)]
    pub walk_in: bool,
    /// The amounts' unit.
    #[serde(default)]
    pub amount_unit: AmountUnit,
    /// How dates are written (chrono strftime), when the guesser could get it wrong.
    #[serde(default)]
    pub date_format: Option<String>,
    /// The time zone the file's times are in ("UTC", "local", or a name as the file writes
    /// it); times are stored as written.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// Where the layout's description comes from (documentation address).
    #[serde(default)]
    pub source: Option<String>,
}

/// The column that tells a company's row from a person's, and its values for a company
/// (compared without regard to case or surrounding spaces).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
pub struct CompanyRows {
    pub column: String,
    pub values: Vec<String>,
}

impl CompanyRows {
    /// Whether a row whose `column` holds `value` is a company's.
    pub fn is_company(&self, value: &str) -> bool {
        let value = value.trim().to_lowercase();
        self.values.iter().any(|v| v.trim().to_lowercase() == value)
    }
}

impl Layout {
    /// Whether the header holds every column of the signature.
    pub fn matches(&self, headers: &[String]) -> bool {
        let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
        self.signature.iter().all(|s| keys.contains(&header_key(s)))
    }

    /// The field of every column of this header, for this kind of file (a contacts import
    /// of an orders file keeps only the customer's fields).
    pub fn columns_for(&self, headers: &[String], kind: ImportKind) -> Vec<Option<Field>> {
        headers
            .iter()
            .map(|h| {
                let key = header_key(h);
                let field = self
                    .columns
                    .iter()
                    .find(|(c, _)| header_key(c) == key)
                    .map(|(_, f)| *f)?;
                if kind == ImportKind::Contacts && field.is_sale_field() {
                    return None;
                }
                Some(field)
            })
            .collect()
    }

    /// The index of a named column in this header.
    pub fn column_index(&self, headers: &[String], name: &str) -> Option<usize> {
        let key = header_key(name);
        headers.iter().position(|h| header_key(h) == key)
    }
}

/// Every embedded layout (profiles that do not parse are left out with a warning; a test
/// checks they all parse).
pub fn all() -> &'static [Layout] {
    static LAYOUTS: OnceLock<Vec<Layout>> = OnceLock::new();
    LAYOUTS.get_or_init(|| {
        PROFILES
            .iter()
            .filter_map(|(file, text)| match parse(text) {
                Ok(layout) => Some(layout),
                Err(e) => {
                    tracing::warn!("the layout profile {file} was left out: {e}");
                    None
                }
            })
            .collect()
    })
}

/// Reads one profile.
pub fn parse(text: &str) -> Result<Layout, toml::de::Error> {
    toml::from_str(text)
}

/// The layout this header is, if any: of those whose signature it holds, the one with the
/// longest signature (the most specific).
pub fn recognise(headers: &[String]) -> Option<&'static Layout> {
    all()
        .iter()
        .filter(|l| l.matches(headers))
        .max_by_key(|l| l.signature.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(line: &str) -> Vec<String> {
        line.split(',').map(str::to_string).collect()
    }

    #[test]
    fn every_profile_parses_and_names_real_fields() {
        for (file, text) in PROFILES {
            let layout = parse(text).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(!layout.signature.is_empty(), "{file}");
            // Every column of the signature, order key and status is one the profile knows.
            if let Some(key) = &layout.order_key {
                assert!(!key.is_empty(), "{file}");
            }
        }
        assert_eq!(all().len(), PROFILES.len());
    }

    #[test]
    fn every_file_in_the_folder_is_embedded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/layouts");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{e}"))
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        files.sort();
        let mut embedded: Vec<String> = PROFILES.iter().map(|(f, _)| f.to_string()).collect();
        embedded.sort();
        assert_eq!(files, embedded);
    }

    #[test]
    fn shopify_orders_2021_header_is_recognised() {
        let header = strings(
            "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name",
        );
        let layout = recognise(&header).unwrap_or_else(|| panic!("not recognised"));
        assert_eq!(layout.name, "Shopify orders");
        let columns = layout.columns_for(&header, ImportKind::Sales);
        let field_of = |name: &str| columns[header.iter().position(|h| h == name).unwrap_or(0)];
        assert_eq!(field_of("Name"), Some(Field::OrderRef));
        assert_eq!(field_of("Id"), None);
        assert_eq!(field_of("Email"), Some(Field::Email));
        assert_eq!(field_of("Lineitem name"), Some(Field::Product));
        assert_eq!(field_of("Billing Name"), Some(Field::Name));
        assert_eq!(field_of("Total"), None);
    }

    #[test]
    fn woocommerce_plugin_header_is_recognised_and_name_is_the_product() {
        let header = strings(
            "Order Number,Order Status,Order Date,Customer Note,First Name (Billing),Last Name (Billing),Company (Billing),Address 1&2 (Billing),City (Billing),State Code (Billing),Postcode (Billing),Country Code (Billing),Email (Billing),Phone (Billing),First Name (Shipping),Last Name (Shipping),Address 1&2 (Shipping),City (Shipping),State Code (Shipping),Postcode (Shipping),Country Code (Shipping),Item #,SKU,Name,Product Variation,Quantity,Quantity (- Refund),Item Cost,Order Line (w/o tax),Order Line Tax,Order Line Total,Order Line Total Refunded,Order Line Total (- Refund),Image URL,Coupon Code,Discount Amount,Discount Amount Tax,Payment Method Title,Coupons Used,Cart Discount Amount,Order Subtotal Amount,Order Tax Amount,Order Shipping Amount,Order Refund Amount,Order Total Amount,Order Total Tax Amount,Total items,Total products",
        );
        let layout = recognise(&header).unwrap_or_else(|| panic!("not recognised"));
        assert_eq!(layout.name, "WooCommerce order export");
        let columns = layout.columns_for(&header, ImportKind::Sales);
        let field_of = |name: &str| columns[header.iter().position(|h| h == name).unwrap_or(0)];
        assert_eq!(field_of("Name"), Some(Field::Product));
        assert_eq!(field_of("Item #"), None);
        assert_eq!(field_of("Item Cost"), Some(Field::UnitPrice));
        assert_eq!(field_of("First Name (Billing)"), Some(Field::FirstName));
    }

    #[test]
    fn status_values_are_read_folded() {
        let rule = StatusRule {
            column: "État".into(),
            cancelled: vec!["Annulé".into(), "Cancelled".into()],
            refunded: vec!["Remboursé".into()],
            ..StatusRule::default()
        };
        assert_eq!(rule.status_of("annule"), SaleStatus::Cancelled);
        assert_eq!(rule.status_of("CANCELLED"), SaleStatus::Cancelled);
        assert_eq!(rule.status_of("Remboursé"), SaleStatus::Refunded);
        assert_eq!(rule.status_of("Livré"), SaleStatus::Completed);
    }
}
