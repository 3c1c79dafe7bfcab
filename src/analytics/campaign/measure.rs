//! A campaign's results: who responded in the window, the two groups' figures, the uplift
//! with its intervals, what it brought in all, and the verdict.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::stats::{Moments, newcombe, welch};
use super::{Group, Response, WindowLine};

/// What one member did in the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemberOutcome {
    /// Whether they placed a qualifying order.
    pub responded: bool,
    /// Their orders in the window (any kind).
    pub orders: u32,
    /// What they spent in the window, in cents.
    pub revenue_cents: i64,
}

/// The members as the customers they are now: each id at creation goes to its root
/// (`root_of`), and a customer that several members were merged into counts once, in the
/// group of its own record at creation, else of the member with the smallest id. Sorted
/// by customer.
pub fn resolve_members(
    members: &[(i64, Group)],
    root_of: impl Fn(i64) -> i64,
) -> Vec<(i64, Group)> {
    // (root, whether the root's own record, the member's id) -> the best record per root.
    let mut best: HashMap<i64, (bool, i64, Group)> = HashMap::with_capacity(members.len());
    for &(id, group) in members {
        let root = root_of(id);
        let own = root == id;
        let entry = best.entry(root).or_insert((own, id, group));
        // Own record first, then the smallest id.
        if (own, std::cmp::Reverse(id)) > (entry.0, std::cmp::Reverse(entry.1)) {
            *entry = (own, id, group);
        }
    }
    let mut out: Vec<(i64, Group)> = best
        .into_iter()
        .map(|(root, (_, _, g))| (root, g))
        .collect();
    out.sort_unstable();
    out
}

/// Whether an order's lines qualify as a response.
fn qualifies(response: &Response, lines: &[&WindowLine]) -> bool {
    let same = |a: &Option<Arc<str>>, b: &str| {
        a.as_deref()
            .is_some_and(|a| a.trim().to_lowercase() == b.trim().to_lowercase())
    };
    match response {
        Response::Any => true,
        Response::Product(name) => lines.iter().any(|l| same(&l.product, name)),
        Response::Category(name) => lines.iter().any(|l| same(&l.category, name)),
        Response::Revenue => lines.iter().map(|l| l.amount_cents).sum::<i64>() > 0,
    }
}

/// Each customer's outcome over the lines dated `from..=to` (others are skipped), for the
/// customers of `customers` (sorted); the outcomes are in the same order.
pub fn outcomes(
    customers: &[i64],
    lines: &[WindowLine],
    response: &Response,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<MemberOutcome> {
    let mut orders: HashMap<(i64, &str), Vec<&WindowLine>> = HashMap::new();
    for l in lines {
        if l.sold_on < from || l.sold_on > to || customers.binary_search(&l.customer_id).is_err() {
            continue;
        }
        orders
            .entry((l.customer_id, l.order_key.as_ref()))
            .or_default()
            .push(l);
    }
    let mut out = vec![MemberOutcome::default(); customers.len()];
    for ((customer, _), lines) in &orders {
        let Ok(i) = customers.binary_search(customer) else {
            continue;
        };
        let Some(o) = out.get_mut(i) else {
            continue;
        };
        o.orders += 1;
        o.revenue_cents += lines.iter().map(|l| l.amount_cents).sum::<i64>();
        o.responded |= qualifies(response, lines);
    }
    out
}

/// One group's figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct GroupFigures {
    /// Customers in the group.
    pub customers: u64,
    /// Those who responded.
    pub responders: u64,
    /// Responders per customer (0 for an empty group).
    pub rate: f64,
    /// What they spent in the window, in currency units.
    pub revenue: f64,
    /// Revenue per customer, in currency units.
    pub revenue_per_customer: f64,
    /// Orders in the window.
    pub orders: u64,
    /// Orders per customer.
    pub orders_per_customer: f64,
}

/// The difference the contact made, target minus control, with 95% intervals.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Uplift {
    /// Difference in response rate (a fraction).
    pub rate_diff: f64,
    /// Its lower bound (Newcombe's hybrid score).
    pub rate_lo95: f64,
    /// Its upper bound.
    pub rate_hi95: f64,
    /// Difference in revenue per customer, in currency units.
    pub revenue_per_customer_diff: f64,
    /// Its lower bound (Welch).
    pub rpc_lo95: f64,
    /// Its upper bound.
    pub rpc_hi95: f64,
}

/// What the contacts cost and brought back.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct ReturnOnCost {
    /// Cost per contact × customers contacted.
    pub cost: f64,
    /// Incremental revenue minus the cost.
    pub net: f64,
    /// Incremental revenue per unit of cost.
    pub per_unit_cost: f64,
}

/// The verdict, with the numbers its words need.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub enum Verdict {
    /// The interval of the rate difference lies above zero: more customers bought than
    /// would have without the contact.
    Worked {
        /// Incremental responders (rate difference × target size).
        extra: f64,
        /// Its lower bound.
        low: f64,
        /// Its upper bound.
        high: f64,
    },
    /// The difference could be chance.
    NotEnoughEvidence {
        /// Whether the window has ended (else: wait for it).
        window_complete: bool,
    },
    /// The window has ended and the interval rules out any rise the campaign could detect
    /// (or lies at or below zero): the contact did not change behaviour.
    NoChange,
    /// One of the groups is empty: nothing can be compared.
    NothingToCompare,
}

/// Everything `results` says.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct CampaignResults {
    /// The contacted customers.
    pub target: GroupFigures,
    /// The held-out customers.
    pub control: GroupFigures,
    /// The difference, when both groups have customers.
    pub uplift: Option<Uplift>,
    /// Rate difference × target size.
    pub incremental_responders: Option<f64>,
    /// Revenue-per-customer difference × target size, in currency units.
    pub incremental_revenue: Option<f64>,
    /// The return, when a cost per contact is known.
    pub return_on_cost: Option<ReturnOnCost>,
    /// In plain words.
    pub verdict: Verdict,
}

/// The figures of the members `groups` with their `outcomes` (same order): the uplift, its
/// value for the whole target, the return on `cost_per_contact`, and the verdict;
/// `min_difference` is the rate difference the campaign could detect at creation.
pub fn measure(
    groups: &[Group],
    outcomes: &[MemberOutcome],
    cost_per_contact: Option<f64>,
    min_difference: f64,
    window_complete: bool,
) -> CampaignResults {
    let figures = |which: Group| {
        let mine: Vec<&MemberOutcome> = groups
            .iter()
            .zip(outcomes)
            .filter(|(g, _)| **g == which)
            .map(|(_, o)| o)
            .collect();
        let customers = mine.len() as u64;
        let responders = mine.iter().filter(|o| o.responded).count() as u64;
        let orders: u64 = mine.iter().map(|o| u64::from(o.orders)).sum();
        let revenue = mine.iter().map(|o| o.revenue_cents).sum::<i64>() as f64 / 100.0;
        let per = |v: f64| {
            if customers == 0 {
                0.0
            } else {
                v / customers as f64
            }
        };
        let moments = Moments::of(mine.iter().map(|o| o.revenue_cents as f64 / 100.0));
        let f = GroupFigures {
            customers,
            responders,
            rate: per(responders as f64),
            revenue,
            revenue_per_customer: per(revenue),
            orders,
            orders_per_customer: per(orders as f64),
        };
        (f, moments)
    };
    let (target, t_moments) = figures(Group::Target);
    let (control, c_moments) = figures(Group::Control);
    let rates = newcombe(
        target.responders,
        target.customers,
        control.responders,
        control.customers,
    );
    let rpc = welch(t_moments, c_moments);
    let uplift = rates.map(|(d, lo, hi)| {
        let (rd, rlo, rhi) = rpc.unwrap_or((
            target.revenue_per_customer - control.revenue_per_customer,
            f64::NAN,
            f64::NAN,
        ));
        Uplift {
            rate_diff: d,
            rate_lo95: lo,
            rate_hi95: hi,
            revenue_per_customer_diff: rd,
            rpc_lo95: rlo,
            rpc_hi95: rhi,
        }
    });
    let size = target.customers as f64;
    let incremental_responders = uplift.map(|u| u.rate_diff * size);
    let incremental_revenue = uplift.map(|u| u.revenue_per_customer_diff * size);
    let return_on_cost = match (cost_per_contact, incremental_revenue) {
        (Some(per), Some(extra)) => {
            let cost = per * size;
            Some(ReturnOnCost {
                cost,
                net: extra - cost,
                per_unit_cost: if cost > 0.0 { extra / cost } else { f64::NAN },
            })
        }
        _ => None,
    };
    let verdict = match uplift {
        None => Verdict::NothingToCompare,
        Some(u) if u.rate_lo95 > 0.0 => Verdict::Worked {
            extra: u.rate_diff * size,
            low: u.rate_lo95 * size,
            high: u.rate_hi95 * size,
        },
        Some(u) if window_complete && (u.rate_hi95 <= 0.0 || u.rate_hi95 < min_difference) => {
            Verdict::NoChange
        }
        Some(_) => Verdict::NotEnoughEvidence { window_complete },
    };
    CampaignResults {
        target,
        control,
        uplift,
        incremental_responders,
        incremental_revenue,
        return_on_cost,
        verdict,
    }
}
