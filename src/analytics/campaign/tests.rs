//! The campaign statistics against independent figures: Newcombe's 1998 table (method 10),
//! Welch's interval worked out by hand with SciPy's t quantile
//! (tests/data/campaign_reference.py), and simulated campaigns with a known true uplift.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

use super::stats::{Moments, min_detectable_difference, newcombe, welch};
use super::*;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn newcombe_reproduces_the_papers_method_10() {
    // Newcombe (1998), Table II, method 10, to the paper's four decimals (and the same
    // figures from tests/data/campaign_reference.py).
    let table = [
        ((56, 70, 48, 80), (0.2000, 0.0524, 0.3339)),
        ((9, 10, 3, 10), (0.6000, 0.1705, 0.8090)),
        ((6, 7, 2, 7), (0.5714, 0.0582, 0.8062)),
        ((5, 56, 0, 29), (0.0893, -0.0381, 0.1926)),
        ((0, 10, 0, 20), (0.0, -0.1611, 0.2775)),
        ((0, 10, 0, 10), (0.0, -0.2775, 0.2775)),
        ((10, 10, 0, 20), (1.0, 0.6791, 1.0)),
        ((10, 10, 0, 10), (1.0, 0.6075, 1.0)),
    ];
    for ((x1, n1, x2, n2), (d, lo, hi)) in table {
        let (gd, glo, ghi) = newcombe(x1, n1, x2, n2).unwrap();
        assert!(
            close(gd, d, 5e-5) && close(glo, lo, 5e-5) && close(ghi, hi, 5e-5),
            "{x1}/{n1} - {x2}/{n2}: {gd:.4} ({glo:.4}, {ghi:.4})"
        );
    }
    assert_eq!(newcombe(1, 0, 1, 5), None);
}

#[test]
fn welch_matches_a_hand_computation() {
    let a = [0.0, 0.0, 12.5, 40.0, 0.0, 7.25, 0.0, 99.9, 15.0, 0.0];
    let b = [0.0, 3.0, 0.0, 0.0, 22.0, 0.0];
    let (d, lo, hi) = welch(Moments::of(a), Moments::of(b)).unwrap();
    // tests/data/campaign_reference.py: df = 11.1548558982.
    assert!(close(d, 13.298_333_333_3, 1e-9), "{d}");
    assert!(close(lo, -10.012_983_317_9, 1e-6), "{lo}");
    assert!(close(hi, 36.609_649_984_5, 1e-6), "{hi}");
    // Constant samples: no spread, the interval is the difference.
    let (d, lo, hi) = welch(Moments::of([2.0, 2.0]), Moments::of([1.0, 1.0, 1.0])).unwrap();
    assert_eq!((d, lo, hi), (1.0, 1.0, 1.0));
    assert_eq!(welch(Moments::of([1.0]), Moments::of([1.0, 2.0])), None);
}

#[test]
fn the_detectable_difference_matches_the_formula() {
    // 360 contacted, 40 held out, at 10%: 0.1400792609 (campaign_reference.py).
    let mde = min_detectable_difference(360, 40, 0.10).unwrap();
    assert!(close(mde, 0.140_079_260_9, 1e-9), "{mde}");
    let d = detectable(360, 40, None);
    assert!(!d.base_from_shop && d.base_rate == DEFAULT_BASE_RATE);
    assert!(detectable(360, 40, Some(0.2)).base_from_shop);
    assert_eq!(min_detectable_difference(10, 0, 0.1), None);
}

/// A draw with probability `p` (53 random bits against `p`).
fn bernoulli(rng: &mut ChaCha8Rng, p: f64) -> bool {
    ((rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
}

/// A simulated campaign: `target` and `control` customers who respond with probabilities
/// `p_target` and `p_control`; a responder spends 20 to 80.
fn simulate(
    rng: &mut ChaCha8Rng,
    target: usize,
    control: usize,
    p_target: f64,
    p_control: f64,
) -> (Vec<Group>, Vec<MemberOutcome>) {
    let mut groups = Vec::new();
    let mut outs = Vec::new();
    for (n, g, p) in [
        (target, Group::Target, p_target),
        (control, Group::Control, p_control),
    ] {
        for _ in 0..n {
            let responded = bernoulli(rng, p);
            let cents = if responded {
                2000 + (rng.next_u64() % 6000) as i64
            } else {
                0
            };
            groups.push(g);
            outs.push(MemberOutcome {
                responded,
                orders: u32::from(responded),
                revenue_cents: cents,
            });
        }
    }
    (groups, outs)
}

/// Over 500 simulated campaigns, the share whose interval covers the true difference.
fn coverage(interval: impl Fn(&CampaignResults) -> (f64, f64)) -> f64 {
    let mut rng = ChaCha8Rng::seed_from_u64(2024);
    let (pt, pc) = (0.14, 0.10);
    let mut covered = 0;
    for _ in 0..500 {
        let (groups, outs) = simulate(&mut rng, 1800, 200, pt, pc);
        let r = measure(&groups, &outs, None, 0.06, true);
        let (lo, hi) = interval(&r);
        if lo <= pt - pc && pt - pc <= hi {
            covered += 1;
        }
    }
    covered as f64 / 500.0
}

#[test]
fn the_95_interval_covers_the_true_uplift_in_93_to_97_percent_of_campaigns() {
    let share = coverage(|r| {
        let u = r.uplift.unwrap();
        (u.rate_lo95, u.rate_hi95)
    });
    assert!((0.93..=0.97).contains(&share), "coverage {share}");
}

#[test]
fn the_coverage_check_fails_an_interval_that_is_too_narrow() {
    // The same campaigns with Wald's interval at one standard error (about 68%): the check
    // above would refuse it.
    let share = coverage(|r| {
        let (t, c) = (r.target, r.control);
        let se = (t.rate * (1.0 - t.rate) / t.customers as f64
            + c.rate * (1.0 - c.rate) / c.customers as f64)
            .sqrt();
        let d = t.rate - c.rate;
        (d - se, d + se)
    });
    assert!(!(0.93..=0.97).contains(&share), "coverage {share}");
}

#[test]
fn without_a_true_effect_it_worked_is_said_in_at_most_5_5_percent() {
    let mut rng = ChaCha8Rng::seed_from_u64(99);
    let mut worked = 0;
    let mut no_change = 0;
    for _ in 0..500 {
        let (groups, outs) = simulate(&mut rng, 1800, 200, 0.10, 0.10);
        match measure(&groups, &outs, None, 0.06, true).verdict {
            Verdict::Worked { .. } => worked += 1,
            Verdict::NoChange => no_change += 1,
            _ => {}
        }
    }
    assert!(worked as f64 / 500.0 <= 0.055, "{worked} of 500");
    // A real effect of 8 points is seen most of the time, so the verdict is not simply
    // always cautious. Newcombe's lower limit here sits about sqrt(0.017^2 + 0.049^2) =
    // 0.052 below the difference (the control's Wilson upper distance at 20/200 dominates),
    // and the difference's standard error is sqrt(0.18 x 0.82 / 1800 + 0.1 x 0.9 / 200) =
    // 0.023: the power is about Phi((0.08 - 0.052) / 0.023) = 0.89; 80% is four standard
    // errors of a 200-campaign share below it.
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    let mut seen = 0;
    for _ in 0..200 {
        let (groups, outs) = simulate(&mut rng, 1800, 200, 0.18, 0.10);
        if matches!(
            measure(&groups, &outs, None, 0.06, true).verdict,
            Verdict::Worked { .. }
        ) {
            seen += 1;
        }
    }
    assert!(seen >= 160, "{seen} of 200");
    assert!(no_change > 0);
}

#[test]
fn figures_count_each_group_and_the_return_uses_the_cost() {
    let groups = [Group::Target, Group::Target, Group::Target, Group::Control];
    let o = |responded, orders, revenue_cents| MemberOutcome {
        responded,
        orders,
        revenue_cents,
    };
    let outs = [
        o(true, 2, 5000),
        o(false, 0, 0),
        o(true, 1, 1000),
        o(false, 1, 0),
    ];
    let r = measure(&groups, &outs, Some(1.5), 0.5, false);
    assert_eq!(r.target.customers, 3);
    assert_eq!(r.target.responders, 2);
    assert!(close(r.target.rate, 2.0 / 3.0, 1e-12));
    assert!(close(r.target.revenue, 60.0, 1e-12));
    assert!(close(r.target.revenue_per_customer, 20.0, 1e-12));
    assert!(close(r.target.orders_per_customer, 1.0, 1e-12));
    assert_eq!(r.control.responders, 0);
    assert!(close(r.incremental_responders.unwrap(), 2.0, 1e-12));
    assert!(close(r.incremental_revenue.unwrap(), 60.0, 1e-12));
    let ret = r.return_on_cost.unwrap();
    assert!(close(ret.cost, 4.5, 1e-12) && close(ret.net, 55.5, 1e-12));
    // A group of one has no Welch interval, but still a difference.
    assert!(r.uplift.unwrap().rpc_lo95.is_nan());
    let empty = measure(&groups[..3], &outs[..3], None, 0.5, true);
    assert_eq!(empty.verdict, Verdict::NothingToCompare);
}

fn day(d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2027, 3, d).unwrap()
}

fn line(customer: i64, d: u32, order: &str, product: &str, cents: i64) -> WindowLine {
    WindowLine {
        customer_id: customer,
        sold_on: day(d),
        order_key: order.into(),
        product: Some(product.into()),
        category: Some("Tea".into()),
        amount_cents: cents,
    }
}

#[test]
fn a_response_is_a_qualifying_order_from_the_first_to_the_last_day_of_the_window() {
    let lines = vec![
        line(1, 2, "a", "Green tea", 500),  // first day: counts
        line(2, 1, "b", "Mug", 900),        // the day before: does not
        line(3, 30, "c", "Mug", 0),         // last day, nothing paid
        line(3, 30, "c", "Green tea", -50), // ... with a refund: the order is negative
        line(4, 31, "d", "Mug", 700),       // after the last day: does not
        line(5, 2, "e", "green TEA", 100),
        line(5, 3, "f", "Mug", 100),
    ];
    let customers = [1, 2, 3, 4, 5];
    let from = day(2);
    let to = day(30);
    let any = outcomes(&customers, &lines, &Response::Any, from, to);
    let responded: Vec<bool> = any.iter().map(|o| o.responded).collect();
    assert_eq!(responded, [true, false, true, false, true]);
    assert_eq!(any[4].orders, 2);
    assert_eq!(any[4].revenue_cents, 200);
    assert_eq!(any[2].revenue_cents, -50);
    let revenue = outcomes(&customers, &lines, &Response::Revenue, from, to);
    assert!(!revenue[2].responded && revenue[0].responded);
    let product = outcomes(
        &customers,
        &lines,
        &Response::Product("Green Tea".into()),
        from,
        to,
    );
    let responded: Vec<bool> = product.iter().map(|o| o.responded).collect();
    assert_eq!(responded, [true, false, true, false, true]);
    let mug = outcomes(
        &customers,
        &lines,
        &Response::Category("coffee".into()),
        from,
        to,
    );
    assert!(mug.iter().all(|o| !o.responded));
}

#[test]
fn a_merged_customer_counts_once_in_the_group_of_the_survivors_record() {
    // 1 (target) was merged into 2 (control); 3 (target) and 4 (control) into 9, which
    // was no member: the smallest id's group stands.
    let members = [
        (1, Group::Target),
        (2, Group::Control),
        (3, Group::Target),
        (4, Group::Control),
        (5, Group::Target),
    ];
    let root = |id| match id {
        1 => 2,
        3 | 4 => 9,
        other => other,
    };
    assert_eq!(
        resolve_members(&members, root),
        [(2, Group::Control), (5, Group::Target), (9, Group::Target)]
    );
}

#[test]
fn settings_are_read_or_refused_by_name() {
    assert_eq!(
        Target::parse("segment:At risk").unwrap(),
        Target {
            kind: TargetKind::Segment,
            name: "At risk".into()
        }
    );
    assert_eq!(Target::parse("Offer: Green tea").unwrap().name, "Green tea");
    for bad in ["segment", "colour:red", "tier:", ":x"] {
        assert!(
            matches!(Target::parse(bad), Err(CampaignError::Target(_))),
            "{bad}"
        );
    }
    assert_eq!(Response::parse("any").unwrap(), Response::Any);
    assert_eq!(
        Response::parse("product:Mug").unwrap(),
        Response::Product("Mug".into())
    );
    assert_eq!(Response::parse("revenue").unwrap().text(), "revenue");
    for bad in ["", "product:", "colour:red", "orders"] {
        assert!(Response::parse(bad).is_err(), "{bad}");
    }
    assert_eq!(Goal::parse("win-back").unwrap(), Goal::WinBack);
    assert!(Goal::parse("sell more").is_err());
}
