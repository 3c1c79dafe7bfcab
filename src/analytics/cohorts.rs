//! Cohorts: customers grouped by the month or quarter of their first order, followed
//! period by period (active customers, revenue, cumulative revenue per customer). Pure:
//! orders in, a typed table out; complete periods only.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::analytics::forecast::{Period, Step};
use crate::analytics::orders::Order;

/// One cohort in one period since its first.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct CohortCell {
    /// Periods since the cohort's own (0 = the period of the first orders).
    pub period: usize,
    /// Customers of the cohort with at least one order in the period.
    pub active_customers: usize,
    /// `active_customers` over the cohort's customers (0..1).
    pub share_active: f64,
    /// Customers of the cohort who ordered again in periods 1..=`period` (0 in period 0):
    /// "came back within `period` months".
    pub returned_customers: usize,
    /// The cohort's revenue in the period, in cents.
    pub revenue_cents: i64,
    /// The cohort's revenue from its first period to this one, in cents.
    pub cumulative_revenue_cents: i64,
}

impl CohortCell {
    /// Cumulative revenue per customer of the cohort, in currency units.
    pub fn cumulative_revenue_per_customer(&self, customers: usize) -> f64 {
        self.cumulative_revenue_cents as f64 / 100.0 / customers.max(1) as f64
    }

    /// `returned_customers` over the cohort's customers (0..1).
    pub fn share_returned(&self, customers: usize) -> f64 {
        self.returned_customers as f64 / customers.max(1) as f64
    }
}

/// The customers who first ordered in one period.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Cohort {
    /// The period of their first orders.
    pub period: Period,
    /// Customers in the cohort.
    pub customers: usize,
    /// One cell per complete period from the cohort's own up to the as-of date (the
    /// triangle: older cohorts have more cells).
    pub cells: Vec<CohortCell>,
}

/// Every cohort up to the as-of date.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CohortTable {
    /// Months or quarters (weeks work as well).
    pub step: Step,
    /// Orders after this day are left out.
    pub as_of: NaiveDate,
    /// The last complete period (the one ending on or before the as-of date).
    pub last_complete: Period,
    /// Cohorts, oldest first.
    pub cohorts: Vec<Cohort>,
}

impl CohortTable {
    /// The cohort of `period`, if any customer first ordered then.
    pub fn cohort(&self, period: Period) -> Option<&Cohort> {
        self.cohorts.iter().find(|c| c.period == period)
    }

    /// The latest cohort with `k` complete periods after its first, and the share of it
    /// that came back within them; with the same for the cohort a year before when there
    /// is one ("Of the customers who first bought in March, 34% came back within three
    /// months; for last year's March it was 28%").
    pub fn came_back_within(&self, k: usize) -> Option<CameBack<'_>> {
        let share = |c: &Cohort| c.cells.get(k).map(|cell| cell.share_returned(c.customers));
        let latest = self.cohorts.iter().rev().find(|c| c.cells.len() > k)?;
        let before = self
            .year_before(latest.period)
            .and_then(|c| Some((c, share(c)?)));
        Some(CameBack {
            latest: (latest, share(latest)?),
            before,
        })
    }

    /// The cohort one year before `period` ("last year's March"), if there is one.
    pub fn year_before(&self, period: Period) -> Option<&Cohort> {
        self.cohort(period.offset(-(period.step().season_length() as i64)))
    }
}

/// A cohort and the share of it that came back within some periods, with the cohort a
/// year before ([`CohortTable::came_back_within`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CameBack<'a> {
    /// The latest cohort old enough, and its share.
    pub latest: (&'a Cohort, f64),
    /// The cohort a year before it, and its share, when there is one.
    pub before: Option<(&'a Cohort, f64)>,
}

/// The cohort table of `orders` as of `as_of`. Only orders on or before the as-of date
/// count, and only complete periods: a customer whose first order falls in the unfinished
/// period is in no cohort yet, and no cohort gets a cell for the unfinished period.
pub fn cohorts(orders: &[Order], step: Step, as_of: NaiveDate) -> CohortTable {
    let current = Period::containing(step, as_of);
    let last_complete = if current.last_day() == as_of {
        current
    } else {
        current.offset(-1)
    };
    // Each customer's orders as (period, amount), from their first period.
    let mut by_customer: BTreeMap<i64, Vec<(Period, i64)>> = BTreeMap::new();
    for o in orders.iter().filter(|o| o.date <= as_of) {
        let p = Period::containing(step, o.date);
        if p <= last_complete {
            by_customer
                .entry(o.customer_id)
                .or_default()
                .push((p, o.amount_cents));
        }
    }
    struct Acc {
        customers: usize,
        active: Vec<usize>,
        returned_first: Vec<usize>,
        revenue: Vec<i64>,
    }
    let mut acc: BTreeMap<Period, Acc> = BTreeMap::new();
    for list in by_customer.values_mut() {
        list.sort_unstable();
        let Some(&(first, _)) = list.first() else {
            continue;
        };
        let len = usize::try_from(first.steps_until(last_complete)).unwrap_or(0) + 1;
        let a = acc.entry(first).or_insert_with(|| Acc {
            customers: 0,
            active: vec![0; len],
            returned_first: vec![0; len],
            revenue: vec![0; len],
        });
        a.customers += 1;
        let mut last_seen = None;
        for &(p, cents) in list.iter() {
            let k = usize::try_from(first.steps_until(p)).unwrap_or(0);
            a.revenue[k] += cents;
            if last_seen != Some(k) {
                a.active[k] += 1;
                last_seen = Some(k);
            }
        }
        // The first period after the cohort's own in which the customer ordered again.
        if let Some(&(p, _)) = list.iter().find(|(p, _)| *p > first) {
            let k = usize::try_from(first.steps_until(p)).unwrap_or(0);
            a.returned_first[k] += 1;
        }
    }
    let cohorts = acc
        .into_iter()
        .map(|(period, a)| {
            let (mut cumulative, mut returned) = (0i64, 0usize);
            let cells = (0..a.active.len())
                .map(|k| {
                    cumulative += a.revenue[k];
                    returned += a.returned_first[k];
                    CohortCell {
                        period: k,
                        active_customers: a.active[k],
                        share_active: a.active[k] as f64 / a.customers as f64,
                        returned_customers: returned,
                        revenue_cents: a.revenue[k],
                        cumulative_revenue_cents: cumulative,
                    }
                })
                .collect();
            Cohort {
                period,
                customers: a.customers,
                cells,
            }
        })
        .collect();
    CohortTable {
        step,
        as_of,
        last_complete,
        cohorts,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A date from `YYYY-MM-DD`.
    pub(crate) fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    /// An order of one line.
    pub(crate) fn order(customer_id: i64, day: &str, amount_cents: i64) -> Order {
        Order {
            customer_id,
            date: d(day),
            amount_cents,
            lines: 1,
        }
    }

    #[test]
    fn a_small_shop_by_hand() {
        // Customer 1: January, February twice, April. Customer 2: January, March.
        // Customer 3: February only. Customer 4: first order in the unfinished May.
        let orders = [
            order(1, "2025-01-10", 1000),
            order(1, "2025-02-01", 500),
            order(1, "2025-02-20", 500),
            order(1, "2025-04-03", 200),
            order(2, "2025-01-31", 3000),
            order(2, "2025-03-15", 100),
            order(3, "2025-02-14", 700),
            order(4, "2025-05-02", 900),
            order(1, "2025-05-03", 900),
        ];
        let t = cohorts(&orders, Step::Month, d("2025-05-20"));
        assert_eq!(t.last_complete.to_string(), "2025-04");
        assert_eq!(t.cohorts.len(), 2);
        let jan = &t.cohorts[0];
        assert_eq!(
            (jan.period.to_string(), jan.customers),
            ("2025-01".to_string(), 2)
        );
        let active: Vec<usize> = jan.cells.iter().map(|c| c.active_customers).collect();
        assert_eq!(active, vec![2, 1, 1, 1]);
        let revenue: Vec<i64> = jan.cells.iter().map(|c| c.revenue_cents).collect();
        assert_eq!(revenue, vec![4000, 1000, 100, 200]);
        // Cumulative per customer: 40.00 / 2, 50.00 / 2, 51.00 / 2, 53.00 / 2.
        assert!((jan.cells[3].cumulative_revenue_per_customer(2) - 26.5).abs() < 1e-12);
        // Came back: customer 1 in February, customer 2 in March.
        let returned: Vec<usize> = jan.cells.iter().map(|c| c.returned_customers).collect();
        assert_eq!(returned, vec![0, 1, 2, 2]);
        let feb = &t.cohorts[1];
        assert_eq!((feb.customers, feb.cells.len()), (1, 3));
        assert!((feb.cells[0].share_active - 1.0).abs() < 1e-12);
    }

    #[test]
    fn last_years_cohort_is_a_season_back() {
        let m = Period::containing(Step::Month, d("2025-03-04"));
        let t = cohorts(
            &[order(1, "2025-03-04", 100), order(2, "2026-03-10", 100)],
            Step::Month,
            d("2026-03-31"),
        );
        assert_eq!(t.year_before(m.offset(12)).map(|c| c.period), Some(m));
        assert_eq!(t.year_before(m), None);
    }

    /// The CDNOW sample's cohorts against pandas (tests/data/cdnow_cohorts_reference.py).
    #[test]
    fn cdnow_cohorts_match_pandas() {
        let dir = format!("{}/tests/data", env!("CARGO_MANIFEST_DIR"));
        let tx = std::fs::read_to_string(format!("{dir}/cdnow_sample_transactions.csv"))
            .unwrap_or_else(|e| panic!("{e}"));
        // One order per customer and day, as design section 4 says for lines without an
        // order reference.
        let mut per_day: BTreeMap<(i64, NaiveDate), i64> = BTreeMap::new();
        for line in tx.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            let customer: i64 = f[0].parse().unwrap_or_else(|e| panic!("{e}"));
            let amount: f64 = f[4].parse().unwrap_or_else(|e| panic!("{e}"));
            *per_day.entry((customer, d(f[2]))).or_default() += (amount * 100.0).round() as i64;
        }
        let orders: Vec<Order> = per_day
            .into_iter()
            .map(|((customer_id, date), amount_cents)| Order {
                customer_id,
                date,
                amount_cents,
                lines: 1,
            })
            .collect();
        for (step, name, rows) in [(Step::Month, "month", 51), (Step::Quarter, "quarter", 6)] {
            let t = cohorts(&orders, step, d("1998-06-30"));
            let reference =
                std::fs::read_to_string(format!("{dir}/cdnow_cohorts_{name}_reference.csv"))
                    .unwrap_or_else(|e| panic!("{e}"));
            let mut seen = 0;
            for line in reference.lines().skip(1) {
                let f: Vec<&str> = line.split(',').collect();
                let num = |i: usize| f[i].parse::<f64>().unwrap_or(f64::NAN);
                let c = t
                    .cohorts
                    .iter()
                    .find(|c| c.period.to_string() == f[0])
                    .unwrap_or_else(|| panic!("cohort {}", f[0]));
                assert_eq!(c.customers as f64, num(1), "{line}");
                let cell = &c.cells[num(2) as usize];
                assert_eq!(cell.active_customers as f64, num(3), "{line}");
                assert!((cell.share_active - num(4)).abs() < 5e-7, "{line}");
                assert!(
                    (cell.revenue_cents as f64 / 100.0 - num(5)).abs() < 0.005,
                    "{line}"
                );
                let per_customer = cell.cumulative_revenue_per_customer(c.customers);
                assert!((per_customer - num(6)).abs() < 5e-7, "{line}");
                seen += 1;
            }
            assert_eq!(seen, rows);
            let cells: usize = t.cohorts.iter().map(|c| c.cells.len()).sum();
            assert_eq!(cells, rows, "{name}: no cell beyond pandas' table");
        }
    }
}
