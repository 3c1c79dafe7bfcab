//! Saved segments: rules over customer fields and computed figures, combined with AND/OR
//! groups, stored as JSON (schema in docs/segment-rules.md). Evaluated in Rust over each
//! customer's facts: no value of a rule ever reaches SQL.

use std::collections::BTreeSet;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::predict::CustomerPrediction;
use super::rfm::{Segment, Stage, Tier};
use crate::clean::fold;

/// A rule: a condition, or a group of rules that must all (`all`) or any (`any`) hold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Rule {
    All { all: Vec<Rule> },
    Any { any: Vec<Rule> },
    Condition(Condition),
}

/// One condition: `{"field": "city", "op": "is", "value": "Lyon"}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub field: RuleField,
    pub op: Op,
    #[serde(default)]
    pub value: serde_json::Value,
}

/// What a condition looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleField {
    City,
    Country,
    /// The channel of the customer's first order.
    FirstChannel,
    /// Marketing consent: yes, no or unknown.
    Consent,
    RecencyDays,
    Frequency,
    /// Total spent, in the shop's currency.
    Monetary,
    /// Average order value, in the shop's currency.
    AverageOrder,
    /// A product the customer bought.
    Product,
    /// A category the customer bought from.
    Category,
    /// The RFM segment's name.
    Segment,
    /// The value tier: A, B or C.
    Tier,
    /// The lifecycle stage: new, active, at risk, lapsed.
    Lifecycle,
    /// Predicted chance of still being a customer, 0 to 1.
    PAlive,
    /// Predicted chance of buying at least once in the predictions' horizon, 0 to 1.
    PBuy,
    /// Predicted lifetime value over the shop's months, in the shop's currency.
    Clv,
    /// Predicted purchase days in the predictions' horizon.
    ExpectedPurchases,
}

impl RuleField {
    pub const ALL: [RuleField; 17] = [
        RuleField::City,
        RuleField::Country,
        RuleField::FirstChannel,
        RuleField::Consent,
        RuleField::RecencyDays,
        RuleField::Frequency,
        RuleField::Monetary,
        RuleField::AverageOrder,
        RuleField::Product,
        RuleField::Category,
        RuleField::Segment,
        RuleField::Tier,
        RuleField::Lifecycle,
        RuleField::PAlive,
        RuleField::PBuy,
        RuleField::Clv,
        RuleField::ExpectedPurchases,
    ];

    /// A number (compared with <, <=, =, >=, >, between) rather than text.
    pub fn is_number(self) -> bool {
        matches!(
            self,
            RuleField::RecencyDays
                | RuleField::Frequency
                | RuleField::Monetary
                | RuleField::AverageOrder
        ) || self.is_predicted()
    }

    /// A figure of the predictions (`predict`): a customer without a prediction matches no
    /// comparison on it.
    pub fn is_predicted(self) -> bool {
        matches!(
            self,
            RuleField::PAlive | RuleField::PBuy | RuleField::Clv | RuleField::ExpectedPurchases
        )
    }

    /// A set of values per customer (products, categories): bought / not bought.
    pub fn is_set(self) -> bool {
        matches!(self, RuleField::Product | RuleField::Category)
    }

    pub fn label(self) -> &'static str {
        match self {
            RuleField::City => "city",
            RuleField::Country => "country",
            RuleField::FirstChannel => "channel of first order",
            RuleField::Consent => "marketing consent",
            RuleField::RecencyDays => "days since last order",
            RuleField::Frequency => "orders",
            RuleField::Monetary => "total spent",
            RuleField::AverageOrder => "average order",
            RuleField::Product => "product bought",
            RuleField::Category => "category bought",
            RuleField::Segment => "segment",
            RuleField::Tier => "value tier",
            RuleField::Lifecycle => "lifecycle stage",
            // The predictions' figures are named as rules and `clientele predict` name them.
            RuleField::PAlive => "p_alive",
            RuleField::PBuy => "p_buy",
            RuleField::Clv => "clv",
            RuleField::ExpectedPurchases => "expected_purchases",
        }
    }

    /// The operators that make sense for this field.
    pub fn ops(self) -> &'static [Op] {
        if self.is_number() {
            &[Op::Lt, Op::Le, Op::Eq, Op::Ge, Op::Gt, Op::Between]
        } else if self.is_set() {
            &[Op::Bought, Op::NotBought]
        } else {
            &[Op::Is, Op::IsNot, Op::In, Op::Contains]
        }
    }
}

/// How a condition compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    #[serde(rename = "is")]
    Is,
    #[serde(rename = "is_not")]
    IsNot,
    /// One of a list of values.
    #[serde(rename = "in")]
    In,
    #[serde(rename = "contains")]
    Contains,
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = "=")]
    Eq,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = ">")]
    Gt,
    /// `[low, high]`, both included.
    #[serde(rename = "between")]
    Between,
    #[serde(rename = "bought")]
    Bought,
    #[serde(rename = "not_bought")]
    NotBought,
}

impl Op {
    pub fn label(self) -> &'static str {
        match self {
            Op::Is => "is",
            Op::IsNot => "is not",
            Op::In => "is one of",
            Op::Contains => "contains",
            Op::Lt => "<",
            Op::Le => "≤",
            Op::Eq => "=",
            Op::Ge => "≥",
            Op::Gt => ">",
            Op::Between => "between",
            Op::Bought => "bought",
            Op::NotBought => "never bought",
        }
    }
}

/// What the rules see of one customer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomerFacts {
    pub customer_id: i64,
    pub city: String,
    pub country: String,
    pub first_channel: String,
    /// "yes", "no" or "unknown".
    pub consent: String,
    /// None for a customer without orders.
    pub recency_days: Option<i64>,
    pub frequency: u32,
    pub monetary_cents: i64,
    pub products: BTreeSet<std::sync::Arc<str>>,
    pub categories: BTreeSet<std::sync::Arc<str>>,
    pub segment: Option<Segment>,
    pub tier: Option<Tier>,
    pub lifecycle: Option<Stage>,
}

impl Rule {
    /// Reads and checks a rule: known fields, operators that fit them, values of the
    /// right kind. The message says what is wrong in plain words.
    pub fn parse(json: &str) -> Result<Rule, RuleError> {
        let rule: Rule = serde_json::from_str(json).map_err(|e| {
            // serde says only that no kind of rule matched: find the part that is wrong.
            RuleError::Unreadable(
                serde_json::from_str::<serde_json::Value>(json)
                    .ok()
                    .and_then(|v| explain(&v))
                    .unwrap_or_else(|| Unreadable::Said(e.to_string())),
            )
        })?;
        rule.check()?;
        Ok(rule)
    }

    fn check(&self) -> Result<(), RuleError> {
        match self {
            Rule::All { all: rules } | Rule::Any { any: rules } => {
                rules.iter().try_for_each(Rule::check)
            }
            Rule::Condition(c) => c.check(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether a customer belongs to the segment, without predictions (a condition on a
    /// predicted figure matches no one).
    pub fn matches(&self, c: &CustomerFacts) -> bool {
        self.matches_with(c, &[])
    }

    /// Whether a customer belongs to the segment; `predicted` are the customers' predicted
    /// figures sorted by customer id, as [`crate::analytics::predict::Prediction`] holds them.
    pub fn matches_with(&self, c: &CustomerFacts, predicted: &[CustomerPrediction]) -> bool {
        self.matches_in(c, &mut Folds::default(), predicted)
    }

    /// Whether a condition looks at a predicted figure (then the predictions are needed).
    pub fn uses_predictions(&self) -> bool {
        match self {
            Rule::All { all: rules } | Rule::Any { any: rules } => {
                rules.iter().any(Rule::uses_predictions)
            }
            Rule::Condition(c) => c.field.is_predicted(),
        }
    }

    /// The ids of the customers who belong to the segment, in the order given, without
    /// predictions (see [`Rule::members_with`]).
    pub fn members(&self, facts: &[CustomerFacts]) -> Vec<i64> {
        self.members_with(facts, &[])
    }

    /// The ids of the customers who belong to the segment, in the order given. Each distinct
    /// text (a city, a product) is folded once for the whole list, which keeps a count over
    /// a hundred thousand customers within a few milliseconds. `predicted` as in
    /// [`Rule::matches_with`].
    pub fn members_with(
        &self,
        facts: &[CustomerFacts],
        predicted: &[CustomerPrediction],
    ) -> Vec<i64> {
        let mut folds = Folds::default();
        facts
            .iter()
            .filter(|c| self.matches_in(c, &mut folds, predicted))
            .map(|c| c.customer_id)
            .collect()
    }

    fn matches_in(
        &self,
        c: &CustomerFacts,
        folds: &mut Folds,
        predicted: &[CustomerPrediction],
    ) -> bool {
        match self {
            Rule::All { all } => all.iter().all(|r| r.matches_in(c, folds, predicted)),
            Rule::Any { any } => any.iter().any(|r| r.matches_in(c, folds, predicted)),
            Rule::Condition(cond) => cond.matches(c, folds, predicted),
        }
    }
}

/// Folded texts remembered during one pass over the customers: the rule's own values, and
/// the customers' texts (most customers share a city, a channel, the products they bought).
#[derive(Default)]
struct Folds {
    /// A condition's wanted values, by the condition's address.
    wanted: std::collections::HashMap<usize, Rc<Vec<String>>>,
    /// Texts seen, folded.
    texts: std::collections::HashMap<String, Rc<str>>,
    /// Shared texts seen (products, categories: one allocation per distinct text), folded,
    /// by address: no hashing of the text itself.
    shared: std::collections::HashMap<usize, Rc<str>, foldhash::fast::FixedState>,
}

impl Folds {
    fn wanted(&mut self, c: &Condition) -> Rc<Vec<String>> {
        self.wanted
            .entry(std::ptr::from_ref(c) as usize)
            .or_insert_with(|| Rc::new(texts(&c.value)))
            .clone()
    }

    fn fold_shared(&mut self, text: &std::sync::Arc<str>) -> Rc<str> {
        let key = std::sync::Arc::as_ptr(text).cast::<u8>() as usize;
        if let Some(f) = self.shared.get(&key) {
            return f.clone();
        }
        let f = self.fold(text);
        self.shared.insert(key, f.clone());
        f
    }

    fn fold(&mut self, text: &str) -> Rc<str> {
        if let Some(f) = self.texts.get(text) {
            return f.clone();
        }
        let f: Rc<str> = Rc::from(fold(text));
        self.texts.insert(text.to_string(), f.clone());
        f
    }
}

fn number(v: &serde_json::Value) -> Option<f64> {
    v.as_f64()
        .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
}

/// Why a rule cannot be used ([`crate::text`] says it in words). Fields and operators are
/// named by their labels.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    /// The rule's JSON is not a rule.
    Unreadable(Unreadable),
    /// An operator that does not fit the field.
    OpNotForField {
        /// The operator.
        op: Op,
        /// The field.
        field: RuleField,
    },
    /// `between` without two numbers.
    BetweenNeedsTwoNumbers(RuleField),
    /// A number field compared with something that is not a number.
    NeedsNumber {
        /// The field.
        field: RuleField,
        /// The operator.
        op: Op,
    },
    /// `is one of` without a list.
    InNeedsList(RuleField),
    /// What was bought, compared with neither a text nor a list of texts.
    NeedsTexts {
        /// The field.
        field: RuleField,
        /// The operator.
        op: Op,
    },
    /// A text field compared with something that is not a text.
    NeedsText {
        /// The field.
        field: RuleField,
        /// The operator.
        op: Op,
    },
    /// A value outside a field's fixed set.
    UnknownValue {
        /// The field.
        field: RuleField,
        /// The value given.
        value: String,
        /// The values the field takes.
        known: Vec<String>,
    },
}

impl std::fmt::Display for RuleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::text::local(self))
    }
}

/// The part of a rule's JSON that is not a rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// A group (`all` or `any`) with other keys beside it.
    GroupWithMore(&'static str),
    /// A group whose value is not a list.
    GroupNeedsList(&'static str),
    /// Neither a condition nor a group.
    NotARule,
    /// What the JSON reader said about a condition (names the unknown field or key).
    Said(String),
}

/// What is wrong with a rule serde could not read, for the part at fault.
fn explain(v: &serde_json::Value) -> Option<Unreadable> {
    use serde_json::Value;
    match v {
        Value::Object(m) if m.contains_key("all") || m.contains_key("any") => {
            let key = if m.contains_key("all") { "all" } else { "any" };
            if m.len() > 1 {
                return Some(Unreadable::GroupWithMore(key));
            }
            match m.get(key) {
                Some(Value::Array(items)) => items.iter().find_map(explain),
                _ => Some(Unreadable::GroupNeedsList(key)),
            }
        }
        Value::Object(_) => serde_json::from_value::<Condition>(v.clone())
            .err()
            .map(|e| Unreadable::Said(e.to_string())),
        _ => Some(Unreadable::NotARule),
    }
}

fn texts(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::Array(items) => {
            items.iter().filter_map(|i| i.as_str().map(fold)).collect()
        }
        serde_json::Value::String(s) => vec![fold(s)],
        _ => Vec::new(),
    }
}

impl Condition {
    fn check(&self) -> Result<(), RuleError> {
        let (field, op) = (self.field, self.op);
        if !self.field.ops().contains(&self.op) {
            return Err(RuleError::OpNotForField { op, field });
        }
        match self.op {
            Op::Between => {
                let ok = self
                    .value
                    .as_array()
                    .is_some_and(|a| a.len() == 2 && a.iter().all(|x| number(x).is_some()));
                if !ok {
                    return Err(RuleError::BetweenNeedsTwoNumbers(field));
                }
            }
            _ if self.field.is_number() => {
                if number(&self.value).is_none() {
                    return Err(RuleError::NeedsNumber { field, op });
                }
            }
            Op::In => {
                if !self.value.is_array() || texts(&self.value).is_empty() {
                    return Err(RuleError::InNeedsList(field));
                }
            }
            // The docs allow a text or a list of texts for what was bought.
            _ if self.field.is_set() => {
                let list = self
                    .value
                    .as_array()
                    .is_some_and(|a| !a.is_empty() && a.iter().all(serde_json::Value::is_string));
                if !self.value.is_string() && !list {
                    return Err(RuleError::NeedsTexts { field, op });
                }
            }
            _ => {
                if !self.value.is_string() {
                    return Err(RuleError::NeedsText { field, op });
                }
            }
        }
        // Fields with a fixed set of values: a value outside it would match no one, without
        // a word.
        let known: Option<Vec<&str>> = match self.field {
            RuleField::Consent => Some(vec!["yes", "no", "unknown"]),
            RuleField::Tier => Some(Tier::ALL.iter().map(|t| t.name()).collect()),
            RuleField::Lifecycle => Some(Stage::ALL.iter().map(|s| s.name()).collect()),
            RuleField::Segment => Some(Segment::ALL.iter().map(|s| s.name()).collect()),
            _ => None,
        };
        if let Some(known) = known {
            let given: Vec<&str> = match &self.value {
                serde_json::Value::Array(items) => {
                    items.iter().filter_map(serde_json::Value::as_str).collect()
                }
                other => other.as_str().into_iter().collect(),
            };
            for g in given {
                let ok = if self.field == RuleField::Segment {
                    Segment::from_name(g).is_some()
                } else {
                    known.iter().any(|k| fold(k) == fold(g))
                };
                if !ok {
                    return Err(RuleError::UnknownValue {
                        field,
                        value: g.to_string(),
                        known: known.iter().map(|k| (*k).to_string()).collect(),
                    });
                }
            }
        }
        Ok(())
    }

    fn matches(
        &self,
        c: &CustomerFacts,
        folds: &mut Folds,
        predicted: &[CustomerPrediction],
    ) -> bool {
        if self.field.is_number() {
            let value = match self.field {
                f if f.is_predicted() => match predicted_figure(f, c.customer_id, predicted) {
                    Some(v) => v,
                    None => return false,
                },
                RuleField::RecencyDays => match c.recency_days {
                    Some(d) => d as f64,
                    None => return false,
                },
                RuleField::Frequency => f64::from(c.frequency),
                RuleField::Monetary => c.monetary_cents as f64 / 100.0,
                _ => {
                    if c.frequency == 0 {
                        return false;
                    }
                    c.monetary_cents as f64 / 100.0 / f64::from(c.frequency)
                }
            };
            let target = number(&self.value).unwrap_or(f64::NAN);
            return match self.op {
                Op::Lt => value < target,
                Op::Le => value <= target,
                Op::Eq => (value - target).abs() < 0.005,
                Op::Ge => value >= target,
                Op::Gt => value > target,
                Op::Between => {
                    let b: Vec<f64> = self
                        .value
                        .as_array()
                        .map_or(Vec::new(), |a| a.iter().filter_map(number).collect());
                    b.len() == 2 && value >= b[0].min(b[1]) && value <= b[0].max(b[1])
                }
                _ => false,
            };
        }
        if self.field.is_set() {
            let set = if self.field == RuleField::Product {
                &c.products
            } else {
                &c.categories
            };
            let wanted = folds.wanted(self);
            let bought = set.iter().any(|p| {
                let p = folds.fold_shared(p);
                wanted.iter().any(|w| **w == *p)
            });
            return match self.op {
                Op::Bought => bought,
                Op::NotBought => !bought,
                _ => false,
            };
        }
        let value = folds.fold(match self.field {
            RuleField::City => &c.city,
            RuleField::Country => &c.country,
            RuleField::FirstChannel => &c.first_channel,
            RuleField::Consent => &c.consent,
            RuleField::Segment => c.segment.map_or("", Segment::name),
            RuleField::Tier => c.tier.map_or("", Tier::name),
            _ => c.lifecycle.map_or("", Stage::name),
        });
        let wanted = folds.wanted(self);
        let value: &str = &value;
        match self.op {
            Op::Is => wanted.first().is_some_and(|w| value == w),
            Op::IsNot => wanted.first().is_some_and(|w| value != w),
            Op::In => wanted.iter().any(|w| value == w),
            Op::Contains => wanted.first().is_some_and(|w| value.contains(w.as_str())),
            _ => false,
        }
    }
}

/// A customer's predicted figure, when the predictions have one for them.
fn predicted_figure(
    field: RuleField,
    customer_id: i64,
    predicted: &[CustomerPrediction],
) -> Option<f64> {
    let i = predicted
        .binary_search_by_key(&customer_id, |p| p.history.customer_id)
        .ok()?;
    let p = predicted.get(i)?;
    let v = match field {
        RuleField::PAlive => p.p_alive,
        RuleField::PBuy => p.p_buy,
        RuleField::Clv => p.clv,
        _ => p.expected_purchases,
    };
    v.is_finite().then_some(v)
}

/// The facts rules look at, for every customer in `profiles` (customers without orders
/// too), from the sale lines on or before `as_of` and the RFM, tier and lifecycle results.
pub fn customer_facts(
    profiles: &[crate::model::CustomerProfile],
    details: &[crate::model::SaleDetail],
    rfm_rows: &[super::rfm::RfmRow],
    tiers: &std::collections::BTreeMap<i64, Tier>,
    lifecycle: &super::rfm::Lifecycle,
    as_of: chrono::NaiveDate,
) -> Vec<CustomerFacts> {
    use std::collections::HashMap;
    let mut index: HashMap<i64, usize> = HashMap::with_capacity(profiles.len());
    let mut out: Vec<CustomerFacts> = profiles
        .iter()
        .enumerate()
        .map(|(i, p)| {
            index.insert(p.id, i);
            CustomerFacts {
                customer_id: p.id,
                city: p.city.clone().unwrap_or_default(),
                country: p.country.clone().unwrap_or_default(),
                consent: p.consent.clone(),
                tier: tiers.get(&p.id).copied(),
                lifecycle: lifecycle.stages.get(&p.id).copied(),
                ..CustomerFacts::default()
            }
        })
        .collect();
    for r in rfm_rows {
        if let Some(c) = index.get(&r.customer_id).and_then(|&i| out.get_mut(i)) {
            c.recency_days = Some(r.recency_days);
            c.frequency = r.frequency;
            c.monetary_cents = r.monetary_cents;
            c.segment = Some(r.segment);
        }
    }
    let mut first_day: HashMap<i64, chrono::NaiveDate> = HashMap::new();
    for d in details.iter().filter(|d| d.sold_on <= as_of) {
        let Some(c) = index.get(&d.customer_id).and_then(|&i| out.get_mut(i)) else {
            continue;
        };
        // Most lines repeat a product the customer already bought: look before cloning.
        if let Some(p) = &d.product
            && !c.products.contains(p)
        {
            c.products.insert(p.clone());
        }
        if let Some(k) = &d.category
            && !c.categories.contains(k)
        {
            c.categories.insert(k.clone());
        }
        let earlier = first_day.get(&d.customer_id).is_none_or(|f| d.sold_on < *f);
        if earlier {
            first_day.insert(d.customer_id, d.sold_on);
            c.first_channel = d.channel.as_deref().unwrap_or_default().to_string();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn customer(id: i64, city: &str, orders: u32, euros: i64, products: &[&str]) -> CustomerFacts {
        CustomerFacts {
            customer_id: id,
            city: city.into(),
            consent: "yes".into(),
            recency_days: (orders > 0).then_some(i64::from(orders) * 10),
            frequency: orders,
            monetary_cents: euros * 100,
            products: products.iter().map(|p| std::sync::Arc::from(*p)).collect(),
            segment: Some(Segment::Loyal),
            tier: Some(Tier::A),
            lifecycle: Some(Stage::Active),
            ..CustomerFacts::default()
        }
    }

    #[test]
    fn rules_read_and_match() {
        let rule = Rule::parse(
            r#"{"all": [
                {"field": "city", "op": "in", "value": ["Lyon", "Saint-Étienne"]},
                {"any": [
                    {"field": "monetary", "op": ">=", "value": 100},
                    {"field": "product", "op": "bought", "value": "Roses"}
                ]}
            ]}"#,
        )
        .unwrap();
        assert!(rule.matches(&customer(1, "LYON", 2, 150, &[])));
        assert!(rule.matches(&customer(2, "saint-etienne", 1, 10, &["roses"])));
        assert!(!rule.matches(&customer(3, "Lyon", 1, 10, &["Tulipes"])));
        assert!(!rule.matches(&customer(4, "Paris", 5, 500, &["Roses"])));
        let avg = Rule::parse(r#"{"field": "average_order", "op": "between", "value": [20, 30]}"#)
            .unwrap();
        assert!(avg.matches(&customer(5, "", 4, 100, &[])));
        assert!(!avg.matches(&customer(6, "", 0, 0, &[])));
        let seg = Rule::parse(r#"{"field": "segment", "op": "is", "value": "loyal"}"#).unwrap();
        assert!(seg.matches(&customer(7, "", 1, 1, &[])));
        // Round trip through JSON.
        assert_eq!(Rule::parse(&rule.to_json()).unwrap(), rule);
    }

    #[test]
    fn bad_rules_are_explained() {
        let e = Rule::parse(r#"{"field": "town", "op": "is", "value": "Lyon"}"#).unwrap_err();
        assert!(e.to_string().contains("not valid"), "{e}");
        let e = Rule::parse(r#"{"field": "city", "op": ">", "value": 3}"#).unwrap_err();
        assert!(e.to_string().contains("cannot be used with city"), "{e}");
        let e = Rule::parse(r#"{"field": "monetary", "op": ">", "value": "lots"}"#).unwrap_err();
        assert!(e.to_string().contains("needs a number"), "{e}");
        let e = Rule::parse(r#"{"field": "segment", "op": "is", "value": "VIP"}"#).unwrap_err();
        assert!(e.to_string().contains("not a segment"), "{e}");
        let e =
            Rule::parse(r#"{"field": "frequency", "op": "between", "value": [1]}"#).unwrap_err();
        assert!(e.to_string().contains("two numbers"), "{e}");
    }

    fn arb_customer() -> impl Strategy<Value = CustomerFacts> {
        (
            0i64..1000,
            prop::sample::select(vec!["Lyon", "Paris", "Lille", ""]),
            0u32..8,
            0i64..500,
            prop::collection::btree_set(
                prop::sample::select(vec!["Roses", "Lys", "Tulipes"]),
                0..3,
            ),
        )
            .prop_map(|(id, city, orders, euros, products)| CustomerFacts {
                customer_id: id,
                city: city.into(),
                recency_days: (orders > 0).then_some(i64::from(orders) * 7),
                frequency: orders,
                monetary_cents: euros * 100,
                products: products.into_iter().map(std::sync::Arc::from).collect(),
                ..CustomerFacts::default()
            })
    }

    proptest! {
        /// A rule's members are exactly the customers a plain, independent filter keeps.
        #[test]
        fn members_equal_a_brute_force_filter(
            customers in prop::collection::vec(arb_customer(), 0..60),
            city in prop::sample::select(vec!["Lyon", "Paris", "Lille"]),
            min_spent in 0i64..500,
            max_orders in 0u32..8,
            product in prop::sample::select(vec!["Roses", "Lys", "Tulipes"]),
        ) {
            let rule = Rule::parse(&format!(
                r#"{{"any": [
                    {{"all": [{{"field": "city", "op": "is", "value": "{city}"}},
                              {{"field": "monetary", "op": ">=", "value": {min_spent}}}]}},
                    {{"all": [{{"field": "frequency", "op": "<", "value": {max_orders}}},
                              {{"field": "product", "op": "bought", "value": "{product}"}}]}}
                ]}}"#
            )).unwrap();
            let mut kept = Vec::new();
            for c in &customers {
                let brute = (c.city == city && c.monetary_cents >= min_spent * 100)
                    || (c.frequency < max_orders && c.products.contains(product));
                prop_assert_eq!(rule.matches(c), brute, "{:?}", c);
                if brute {
                    kept.push(c.customer_id);
                }
            }
            // The whole list at once (texts folded once for all) keeps the same customers.
            prop_assert_eq!(rule.members(&customers), kept);
        }
    }
}
