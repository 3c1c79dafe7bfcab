//! The models on the CDNOW sample against the published fits and lifetimes 0.11.3.

use chrono::NaiveDate;

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Data rows of a comma-separated fixture without quoting, header dropped.
fn rows(name: &str) -> Vec<Vec<String>> {
    fixture(name)
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect()
}

fn num(s: &str) -> f64 {
    s.parse().unwrap_or(f64::NAN)
}

pub(super) fn cdnow_days() -> Vec<PurchaseDays> {
    let sales: Vec<Sale> = rows("cdnow_sample_transactions.csv")
        .iter()
        .map(|r| Sale {
            customer_id: r[0].parse().unwrap_or(-1),
            date: d(&r[2]),
            amount: num(&r[4]),
        })
        .collect();
    purchase_days(&sales)
}

fn calibration() -> Vec<CustomerHistory> {
    histories(&cdnow_days(), d("1997-09-30"))
}

fn close(got: f64, want: f64, rel: f64) -> bool {
    (got - want).abs() <= rel * want.abs()
}

#[test]
fn bgnbd_fit_matches_the_published_maximum() {
    let hs = calibration();
    assert_eq!(hs.len(), 2357);
    let f = fit_bgnbd(&hs).unwrap_or_else(|e| panic!("{e}"));
    let p = f.params;
    for (got, want) in [
        (p.r, 0.2426),
        (p.alpha, 4.4136),
        (p.a, 0.7929),
        (p.b, 2.4259),
    ] {
        assert!(close(got, want, 1e-3), "{p:?}");
    }
    assert!((f.ll - -9582.43).abs() < 0.05, "{}", f.ll);
    // The published, rounded figures to their printed precision.
    assert_eq!(
        format!(
            "{:.3} {:.3} {:.3} {:.3} {:.1}",
            p.r, p.alpha, p.a, p.b, f.ll
        ),
        "0.243 4.414 0.793 2.426 -9582.4"
    );
    let se = f.std_errors.unwrap_or_else(|| panic!("no standard errors"));
    for v in se.to_vec() {
        assert!(v > 0.0 && v.is_finite());
    }
}

#[test]
fn pareto_nbd_fit_matches_the_published_maximum() {
    let f = fit_pareto_nbd(&calibration()).unwrap_or_else(|e| panic!("{e}"));
    let p = f.params;
    for (got, want) in [
        (p.r, 0.5533),
        (p.alpha, 10.5779),
        (p.s, 0.6063),
        (p.beta, 11.6688),
    ] {
        assert!(close(got, want, 1e-3), "{p:?}");
    }
    assert!((f.ll - -9595.0).abs() < 0.05, "{}", f.ll);
    assert_eq!(
        format!("{:.3} {:.3} {:.3} {:.3}", p.r, p.alpha, p.s, p.beta),
        "0.553 10.578 0.606 11.669"
    );
}

/// The standard errors of BG/NBD and Gamma-Gamma on the CDNOW sample against lifetimes',
/// which takes the Hessian exactly (by automatic differentiation) at its own maximum
/// (within about 1e-8 of ours). Ours come from forward differences of the gradient at the
/// maximum, within about 2e-5 of the exact ones; 1e-4 is a tenth of the last digit the
/// window and the report show (three significant digits).
#[test]
fn standard_errors_match_lifetimes_exact_hessian() {
    let hs = calibration();
    let bg = fit_bgnbd(&hs).unwrap_or_else(|e| panic!("{e}"));
    let gg = fit_gamma_gamma(&hs).unwrap_or_else(|e| panic!("{e}"));
    // The fits took their covariance the way a prediction takes it.
    let bg_se = bg
        .std_errors
        .unwrap_or_else(|| panic!("no BG/NBD standard errors"));
    let gg_se = gg
        .std_errors
        .unwrap_or_else(|| panic!("no Gamma-Gamma standard errors"));
    let reference = rows("cdnow_std_errors_reference.csv");
    assert_eq!(reference.len(), 7);
    for r in &reference {
        let got = match (r[0].as_str(), r[1].as_str()) {
            ("bgnbd", "r") => bg_se.r,
            ("bgnbd", "alpha") => bg_se.alpha,
            ("bgnbd", "a") => bg_se.a,
            ("bgnbd", "b") => bg_se.b,
            ("gamma_gamma", "p") => gg_se.p,
            ("gamma_gamma", "q") => gg_se.q,
            ("gamma_gamma", "v") => gg_se.v,
            other => panic!("unexpected row {other:?}"),
        };
        let want = num(&r[3]);
        assert!(
            close(got, want, 1e-4),
            "{} {}: {got} against {want}",
            r[0],
            r[1]
        );
    }
}

/// Forward differences of the gradient from the maximum (k gradients) give the covariance
/// of central ones (2k, within about 1e-8 of the exact) to within 1e-4 for all three
/// models, Pareto/NBD included, for which lifetimes gives no standard errors.
#[test]
fn forward_and_central_covariances_agree() {
    use super::fit::{LogLikelihood, covariance};
    let hs = calibration();
    fn both<L: LogLikelihood>(name: &str, ll: &L, at: &[f64]) {
        let (_, g) = ll.mean_ll_and_gradient(at);
        let forward = covariance(ll, at, Some(&g)).unwrap_or_else(|| panic!("{name}"));
        let central = covariance(ll, at, None).unwrap_or_else(|| panic!("{name}"));
        for (i, (f, c)) in forward.iter().zip(&central).enumerate() {
            for (j, (a, b)) in f.iter().zip(c).enumerate() {
                // Relative to the entry's scale, the geometric mean of the variances.
                let scale = (central[i][i] * central[j][j]).sqrt();
                assert!(
                    (a - b).abs() <= 1e-4 * scale,
                    "{name} [{i}][{j}]: forward {a}, central {b}"
                );
            }
        }
    }
    let logs = |v: Vec<f64>| v.iter().map(|x| x.ln()).collect::<Vec<f64>>();
    let purchases = data::Rows::purchases(&hs);
    let bg = fit_bgnbd(&hs).unwrap_or_else(|e| panic!("{e}"));
    both(
        "BG/NBD",
        &bgnbd::BgNbdLikelihood(&purchases),
        &logs(bg.params.to_vec()),
    );
    let pareto = fit_pareto_nbd(&hs).unwrap_or_else(|e| panic!("{e}"));
    both(
        "Pareto/NBD",
        &pareto::ParetoLikelihood(&purchases),
        &logs(pareto.params.to_vec()),
    );
    let spend = data::Rows::spend(&hs);
    let gg = fit_gamma_gamma(&hs).unwrap_or_else(|e| panic!("{e}"));
    both(
        "Gamma-Gamma",
        &gamma_gamma::GammaGammaLikelihood(&spend),
        &logs(gg.params.to_vec()),
    );
}

#[test]
fn gamma_gamma_fit_matches_the_published_maximum() {
    let f = fit_gamma_gamma(&calibration()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(f.customers, 946);
    let p = f.params;
    for (got, want) in [(p.p, 6.2496), (p.q, 3.7442), (p.v, 15.4435)] {
        assert!(close(got, want, 1e-3), "{p:?}");
    }
    assert_eq!(
        format!("{:.2} {:.2} {:.2}", p.p, p.q, p.v),
        "6.25 3.74 15.44"
    );
}

/// lifetimes' fitted parameters, against which the reference figures were computed.
fn lifetimes_params() -> (BgNbdParams, ParetoNbdParams, GammaGammaParams) {
    let all = rows("cdnow_lifetimes_params.csv");
    let get = |model: &str, param: &str| {
        all.iter()
            .find(|r| r[0] == model && r[1] == param)
            .map_or(f64::NAN, |r| num(&r[2]))
    };
    (
        BgNbdParams {
            r: get("bgnbd", "r"),
            alpha: get("bgnbd", "alpha"),
            a: get("bgnbd", "a"),
            b: get("bgnbd", "b"),
        },
        ParetoNbdParams {
            r: get("pareto_nbd", "r"),
            alpha: get("pareto_nbd", "alpha"),
            s: get("pareto_nbd", "s"),
            beta: get("pareto_nbd", "beta"),
        },
        GammaGammaParams {
            p: get("gamma_gamma", "p"),
            q: get("gamma_gamma", "q"),
            v: get("gamma_gamma", "v"),
        },
    )
}

#[test]
fn per_customer_figures_equal_lifetimes() {
    let (bg, pareto, gg) = lifetimes_params();
    let hs = calibration();
    let reference = rows("cdnow_lifetimes_reference.csv");
    assert_eq!(reference.len(), hs.len());
    let weeks = 273.0 / 7.0;
    let settings = ClvSettings::default();
    let mut worst = 0.0_f64;
    let mut check = |what: &str, id: i64, got: f64, want: f64| {
        let rel = (got - want).abs() / want.abs().max(1e-12);
        worst = worst.max(rel);
        assert!(
            rel <= 1e-4,
            "customer {id} {what}: {got} vs lifetimes {want}"
        );
    };
    for (h, r) in hs.iter().zip(&reference) {
        let id = h.customer_id;
        assert_eq!(id.to_string(), r[0]);
        assert_eq!(h.frequency.to_string(), r[1], "customer {id}");
        check("t_x", id, h.recency_weeks, num(&r[2]));
        check("T", id, h.age_weeks, num(&r[3]));
        check("m_x", id, h.monetary_avg.unwrap_or(0.0), num(&r[4]));
        check(
            "BG/NBD E[X]",
            id,
            bg.expected_purchases(h, weeks),
            num(&r[5]),
        );
        check("BG/NBD P(alive)", id, bg.p_alive(h), num(&r[6]));
        check(
            "Pareto/NBD E[X]",
            id,
            pareto.expected_purchases(h, weeks),
            num(&r[7]),
        );
        check("Pareto/NBD P(alive)", id, pareto.p_alive(h), num(&r[8]));
        let spend = gg
            .expected_spend(h.frequency, h.monetary_avg)
            .unwrap_or(f64::NAN);
        check("expected spend", id, spend, num(&r[9]));
        check("CLV", id, clv::clv(&bg, h, spend, &settings), num(&r[10]));
        check("BG/NBD P(buy)", id, bg.p_buy(h, weeks), num(&r[12]));
    }
    eprintln!("worst relative difference from lifetimes: {worst:e}");
}

#[test]
fn cdnow_twelve_month_clv_sums_to_the_issue_figure() {
    let mut settings = PredictSettings::new(d("1997-09-30"));
    settings.model = ModelChoice::BgNbd;
    let outcome = predict(&cdnow_days(), &settings).unwrap_or_else(|e| panic!("{e}"));
    let PredictOutcome::Ready(p) = outcome else {
        panic!("no predictions")
    };
    assert_eq!(p.customers.len(), 2357);
    assert_eq!(p.repeat_customers, 946);
    // The issue's figure to its printed precision.
    assert_eq!(format!("{:.2}", p.total_clv), "71507.95");
    let range = p.revenue;
    let (low, high) = (
        range.low.unwrap_or(f64::NAN),
        range.high.unwrap_or(f64::NAN),
    );
    assert!(low < range.expected && range.expected < high, "{range:?}");
    assert_eq!(p.warning, None);
    eprintln!("total CLV {} revenue {:?}", p.total_clv, p.revenue);
}

fn reference_figures(name: &str) -> Vec<(String, f64)> {
    rows(name)
        .iter()
        .map(|r| (r[0].clone(), num(&r[1])))
        .collect()
}

#[test]
fn model_check_on_the_cdnow_holdout() {
    // 1998-06-30 less 273 days is the published calibration end, 1997-09-30.
    let ModelCheckOutcome::Done(c) = check_models(&cdnow_days(), d("1998-06-30"), 273, true) else {
        panic!("check skipped")
    };
    assert_eq!(c.calibration_end, d("1997-09-30"));
    assert_eq!(c.customers, 2357);
    let want: std::collections::HashMap<String, f64> =
        reference_figures("cdnow_check_reference.csv")
            .into_iter()
            .collect();
    let get = |k: &str| want.get(k).copied().unwrap_or(f64::NAN);
    assert_eq!(c.actual_total, get("actual_total"));
    // Our fit and lifetimes' differ in the 7th digit, so the figures agree to about 1e-6.
    assert!(
        close(c.bgnbd.predicted_total, get("bgnbd_predicted_total"), 1e-5),
        "{c:?}"
    );
    assert!(close(c.bgnbd.mae, get("bgnbd_mae"), 1e-5), "{c:?}");
    assert!(
        close(c.bgnbd.auc.unwrap_or(f64::NAN), get("bgnbd_auc"), 1e-6),
        "{c:?}"
    );
    let pareto = c.pareto_nbd.unwrap_or_else(|| panic!("no Pareto/NBD"));
    assert!(close(pareto.mae, get("pareto_mae"), 1e-4), "{c:?}");
    // On CDNOW, Pareto/NBD predicts the holdout slightly better.
    assert_eq!(c.chosen, ModelKind::ParetoNbd);
    let table = rows("cdnow_holdout_reference.csv");
    assert_eq!(c.table.len(), table.len());
    for (row, want) in c.table.iter().zip(&table) {
        assert_eq!(row.repeat_purchases.to_string(), want[0]);
        assert_eq!(row.customers.to_string(), want[1]);
        // The fixture prints 12 significant digits.
        assert!(close(row.actual, num(&want[2]), 1e-11), "{row:?}");
        assert!(close(row.bgnbd, num(&want[3]), 1e-5), "{row:?}");
        assert!(
            close(row.pareto_nbd.unwrap_or(f64::NAN), num(&want[4]), 1e-4),
            "{row:?}"
        );
    }
}

#[test]
fn auc_of_known_rankings() {
    use check::auc;
    // Perfect, reversed, and the classic example with one tie across classes.
    assert_eq!(auc(&[(0.1, false), (0.2, false), (0.8, true)]), Some(1.0));
    assert_eq!(auc(&[(0.9, false), (0.2, true)]), Some(0.0));
    // Positives 0.8, 0.5; negatives 0.5, 0.1: pairs (0.8>0.5, 0.8>0.1, 0.5=0.5, 0.5>0.1) = 3.5/4.
    assert_eq!(
        auc(&[(0.8, true), (0.5, true), (0.5, false), (0.1, false)]),
        Some(0.875)
    );
    assert_eq!(auc(&[(0.3, true)]), None);
}

/// A small deterministic generator (xorshift) for made-up shops.
pub(super) struct Rng(u64);

impl Rng {
    pub(super) fn uniform(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        ((self.0 >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
}

/// `customers` made-up customers over `days` days from 2024-01-01: each buys at an
/// exponentially distributed daily rate and leaves after each purchase with chance up to
/// `leave`; a share `one_off` never comes back.
pub(super) fn synthetic(customers: usize, days: i64, one_off: f64, seed: u64) -> Vec<PurchaseDays> {
    let start = d("2024-01-01");
    let mut rng = Rng(seed.max(1));
    (0..customers)
        .map(|i| {
            let first = rng.uniform() * days as f64 * 0.5;
            let rate = -rng.uniform().ln() / 30.0;
            let leave = rng.uniform() * 0.3;
            let mut t = first;
            let mut out = Vec::new();
            loop {
                out.push((
                    start + chrono::Duration::days(t as i64),
                    10.0 + 90.0 * rng.uniform(),
                ));
                if out.len() == 1 && rng.uniform() < one_off || rng.uniform() < leave {
                    break;
                }
                t += 1.0 - rng.uniform().ln() / rate;
                if t >= days as f64 {
                    break;
                }
            }
            out.dedup_by_key(|p| p.0);
            PurchaseDays {
                customer_id: i as i64 + 1,
                days: out,
            }
        })
        .collect()
}

#[test]
fn too_few_repeat_customers_give_no_predictions() {
    // Nearly everyone buys once: fewer than 30 repeat customers.
    let days = synthetic(200, 720, 0.95, 7);
    let as_of = d("2025-12-20");
    let repeat = histories(&days, as_of)
        .iter()
        .filter(|h| h.frequency > 0)
        .count();
    assert!(repeat < 30, "{repeat}");
    match predict(&days, &PredictSettings::new(as_of)) {
        Ok(PredictOutcome::TooLittleData(t)) => {
            assert_eq!(
                (t.repeat_customers, t.needed, t.customers),
                (repeat, 30, 200)
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn fewer_than_a_hundred_repeat_customers_come_with_a_warning() {
    let days = synthetic(120, 720, 0.4, 11);
    let as_of = d("2025-12-20");
    let repeat = histories(&days, as_of)
        .iter()
        .filter(|h| h.frequency > 0)
        .count();
    assert!((30..100).contains(&repeat), "{repeat}");
    let Ok(PredictOutcome::Ready(p)) = predict(&days, &PredictSettings::new(as_of)) else {
        panic!("no predictions")
    };
    assert_eq!(
        p.warning,
        Some(DataWarning::FewRepeatCustomers {
            repeat_customers: repeat,
            recommended: 100
        })
    );
    assert_eq!(p.customers.len(), 120);
}

#[test]
fn a_short_history_skips_the_check_but_still_predicts() {
    let days = synthetic(2000, 170, 0.3, 5);
    let as_of = d("2024-06-18");
    let Ok(PredictOutcome::Ready(p)) = predict(&days, &PredictSettings::new(as_of)) else {
        panic!("no predictions")
    };
    let ModelCheckOutcome::Skipped(CheckSkipped::HistoryTooShort {
        history_days,
        needed_days,
    }) = p.check
    else {
        panic!("{:?}", p.check)
    };
    assert_eq!(needed_days, 180);
    assert!(history_days < 180);
    assert_eq!(
        (p.model, p.model_reason),
        (ModelKind::BgNbd, run::ModelReason::CheckSkipped)
    );
    assert!(
        p.customers
            .iter()
            .all(|c| c.clv.is_finite() && (0.0..=1.0).contains(&c.p_alive))
    );
}

#[test]
fn the_chosen_model_gives_the_figures() {
    let days = cdnow_days();
    let mut settings = PredictSettings::new(d("1998-06-30"));
    settings.horizon_days = 273;
    let Ok(PredictOutcome::Ready(auto)) = predict(&days, &settings) else {
        panic!("no predictions")
    };
    assert_eq!(
        (auto.model, auto.model_reason),
        (ModelKind::ParetoNbd, run::ModelReason::LowerHoldoutError)
    );
    settings.model = ModelChoice::BgNbd;
    let Ok(PredictOutcome::Ready(bg)) = predict(&days, &settings) else {
        panic!("no predictions")
    };
    assert_eq!(
        (bg.model, bg.model_reason),
        (ModelKind::BgNbd, run::ModelReason::Requested)
    );
    let h = bg.customers[0].history;
    assert_eq!(bg.customers[0].p_alive, bg.bgnbd.params.p_alive(&h));
    let pareto = auto.pareto_nbd.as_ref().map(|f| f.params.p_alive(&h));
    assert_eq!(Some(auto.customers[0].p_alive), pareto);
}

mod properties {
    use proptest::prelude::*;

    use super::super::*;

    fn history(x: u32, t_x: f64, age: f64, m: f64) -> CustomerHistory {
        CustomerHistory {
            customer_id: 1,
            first_purchase: chrono::NaiveDate::MIN,
            frequency: x,
            recency_weeks: if x == 0 { 0.0 } else { t_x.min(age) },
            age_weeks: age,
            monetary_avg: (x > 0).then_some(m),
        }
    }

    /// Any history: x from 0 to a million, T from 0 to 5 000 years, t_x anywhere in
    /// [0, T] including both ends.
    fn any_history() -> impl Strategy<Value = CustomerHistory> {
        (
            prop_oneof![Just(0u32), 1u32..20, 20u32..100_000, Just(1_000_000u32)],
            prop_oneof![Just(0.0), Just(1.0), 0.0..1.0f64],
            prop_oneof![Just(0.0), 0.0..520.0f64, 520.0..260_000.0f64],
            prop_oneof![Just(0.0), 0.01..1e6f64],
        )
            .prop_map(|(x, share, age, m)| history(x, share * age, age, m))
    }

    /// Shapes as fits give them (the papers and lifetimes' examples: 0.1 to 20).
    fn shape() -> impl Strategy<Value = f64> {
        prop_oneof![0.01..1.0f64, 1.0..20.0f64]
    }

    /// Scales in weeks, from a few days to several years.
    fn scale() -> impl Strategy<Value = f64> {
        prop_oneof![0.1..1.0f64, 1.0..20.0f64, 20.0..500.0f64]
    }

    fn check(
        model: &impl PurchaseModel,
        h: &CustomerHistory,
        weeks: f64,
    ) -> Result<(), TestCaseError> {
        let p_alive = model.p_alive(h);
        let p_buy = model.p_buy(h, weeks);
        let e = model.expected_purchases(h, weeks);
        prop_assert!((0.0..=1.0).contains(&p_alive), "P(alive) {p_alive}");
        prop_assert!((0.0..=1.0).contains(&p_buy), "P(buy) {p_buy}");
        prop_assert!(e.is_finite() && e >= 0.0, "E[X] {e}");
        // X counts purchases, so E[X] >= P(X >= 1); and buying needs being alive.
        prop_assert!(
            e >= p_buy * (1.0 - 1e-9) - 1e-12,
            "E[X] {e} < P(buy) {p_buy}"
        );
        prop_assert!(
            p_buy <= p_alive * (1.0 + 1e-12),
            "P(buy) {p_buy} > P(alive) {p_alive}"
        );
        let later = model.expected_purchases(h, 2.0 * weeks + 1.0);
        prop_assert!(
            later >= e * (1.0 - 1e-9),
            "E[X] falls with time: {e} then {later}"
        );
        let clv = clv::clv(model, h, 25.0, &ClvSettings::default());
        prop_assert!(clv.is_finite() && clv >= 0.0, "CLV {clv}");
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn bgnbd_figures_are_finite(h in any_history(), r in shape(), alpha in scale(),
                                    a in shape(), b in shape(), weeks in 0.0..520.0f64) {
            check(&BgNbdParams { r, alpha, a, b }, &h, weeks)?;
        }

        #[test]
        fn pareto_figures_are_finite(h in any_history(), r in shape(), alpha in scale(),
                                     s in shape(), beta in scale(), weeks in 0.0..520.0f64) {
            check(&ParetoNbdParams { r, alpha, s, beta }, &h, weeks)?;
        }

        #[test]
        fn expected_spend_is_finite(h in any_history(), p in shape(), q in shape(), v in scale()) {
            let e = GammaGammaParams { p, q, v }.expected_spend(h.frequency, h.monetary_avg);
            prop_assert!(e.is_none_or(|e| e.is_finite() && e >= 0.0), "{e:?}");
            prop_assert!(e.is_some() || f64::from(h.frequency) * p + q <= 1.0);
        }

        #[test]
        fn likelihoods_are_finite(hs in proptest::collection::vec(any_history(), 1..20),
                                  lp in proptest::collection::vec(-4.0..5.0f64, 4)) {
            use super::super::fit::LogLikelihood;
            let rows = super::super::data::Rows::purchases(&hs);
            let bg = super::super::bgnbd::BgNbdLikelihood(&rows).mean_ll(&lp);
            prop_assert!(bg.is_finite(), "BG/NBD {bg}");
            let pareto = super::super::pareto::ParetoLikelihood(&rows).mean_ll(&lp);
            prop_assert!(pareto.is_finite(), "Pareto/NBD {pareto}");
            let spend = super::super::data::Rows::spend(&hs);
            if spend.customers > 0.0 {
                let gg = super::super::gamma_gamma::GammaGammaLikelihood(&spend).mean_ll(&lp[..3]);
                prop_assert!(gg.is_finite(), "Gamma-Gamma {gg}");
            }
        }
    }
}

/// The closed-form gradients of the purchase models' likelihoods against central
/// differences of the likelihoods themselves, on CDNOW and on a made-up shop, at points
/// around and far from the maximum.
#[test]
fn likelihood_gradients_equal_central_differences() {
    use super::bgnbd::BgNbdLikelihood;
    use super::data::Rows;
    use super::fit::{LogLikelihood, central_gradient};
    use super::pareto::ParetoLikelihood;

    fn compare(ll: &impl LogLikelihood, at: &[f64], name: &str) {
        let exact = ll.mean_ll_gradient(at);
        // The value worked out with the gradient is the value.
        let (value, with_value) = ll.mean_ll_and_gradient(at);
        let alone = ll.mean_ll(at);
        assert!(
            (value - alone).abs() <= 1e-12 * alone.abs(),
            "{name} at {at:?}: value {value} with the gradient, {alone} alone"
        );
        assert_eq!(with_value, exact, "{name} at {at:?}");
        let numeric = central_gradient(|p| ll.mean_ll(p), at, 1e-5);
        for (i, (e, n)) in exact.iter().zip(&numeric).enumerate() {
            assert!(
                (e - n).abs() <= 1e-7 + 1e-6 * n.abs(),
                "{name} at {at:?}, d{i}: {e} vs {n}"
            );
        }
    }

    let shops = [
        calibration(),
        histories(&synthetic(3_000, 900, 0.4, 11), d("2026-06-01")),
    ];
    let points = [
        [-0.59, 2.36, -0.50, 2.46],
        [-1.4, 1.5, -0.2, 0.9],
        [0.0, 0.0, 0.0, 0.0],
        [1.0, 3.5, 1.2, -1.0],
        [-2.5, 4.0, -2.0, 5.0],
        [0.7, -1.0, 0.3, 1.5],
    ];
    for hs in &shops {
        let rows = Rows::purchases(hs);
        for at in &points {
            compare(&ParetoLikelihood(&rows), at, "Pareto/NBD");
            compare(&BgNbdLikelihood(&rows), at, "BG/NBD");
        }
    }
}

/// A large shop's Pareto/NBD likelihood pass, shared between two threads, gives what one
/// pass over every group gives (to rounding), at points around and far from the maximum.
#[test]
fn a_large_shops_pareto_pass_in_two_parts_is_one_pass() {
    use super::data::Rows;
    use super::fit::LogLikelihood;
    use super::pareto::{ParetoLikelihood, groups_pass, split_point};
    use super::{ModelParams, ParetoNbdParams};

    let hs = histories(&synthetic(40_000, 900, 0.4, 5), d("2026-06-01"));
    let rows = Rows::purchases(&hs);
    assert!(
        split_point(&rows).is_some(),
        "{} rows: not shared",
        rows.u.len()
    );
    let ll = ParetoLikelihood(&rows);
    for at in [
        [-0.59, 2.36, -0.50, 2.46],
        [0.0, 0.0, 0.0, 0.0],
        [1.0, 3.5, 1.2, -1.0],
    ] {
        let (value, gradient) = ll.mean_ll_and_gradient(&at);
        let exp: Vec<f64> = at.iter().map(|v| v.exp()).collect();
        let params = ParetoNbdParams::from_slice(&exp);
        let ln = |scale: f64| -> Vec<f64> { rows.times.iter().map(|t| (scale + t).ln()).collect() };
        let (v, g) = groups_pass(
            &rows,
            &params,
            &ln(params.alpha),
            &ln(params.beta),
            0..rows.groups.len(),
        )
        .unwrap();
        let n = rows.customers;
        assert!(
            (value - v / n).abs() <= 1e-12 * value.abs(),
            "{at:?}: {value} vs {}",
            v / n
        );
        for k in 0..4 {
            let one = g[k] * exp[k] / n;
            assert!(
                (gradient[k] - one).abs() <= 1e-10 * one.abs().max(1e-6),
                "{at:?}, d{k}: {} vs {one}",
                gradient[k]
            );
        }
    }
}

/// The revenue range's gradient under Pareto/NBD (P(alive)'s from the tail integrals'
/// exact derivatives) equals central differences of the expected revenue worked out
/// customer by customer through `expected_purchases`, on the CDNOW sample at its fit and
/// at parameters far from it (beta many times alpha, where the tails' series are long).
#[test]
fn pareto_revenue_gradient_equals_differences() {
    use super::fit::central_gradient_steps;
    let hs = calibration();
    let fitted = fit_pareto_nbd(&hs).unwrap_or_else(|e| panic!("{e}")).params;
    let far = ParetoNbdParams {
        r: 0.3,
        alpha: 2.0,
        s: 1.7,
        beta: 90.0,
    };
    // Any weights do: the customers' own spend, and 1 for those without one.
    let spends: Vec<f64> = hs.iter().map(|h| h.monetary_avg.unwrap_or(1.0)).collect();
    for (p, weeks) in [(fitted, 90.0 / 7.0), (fitted, 39.0), (far, 90.0 / 7.0)] {
        let exact = super::run::pareto_revenue_gradient(&p, &hs, &spends, weeks)
            .unwrap_or_else(|| panic!("no gradient at {p:?}"));
        let revenue = |v: &[f64]| -> f64 {
            let m = ParetoNbdParams::from_slice(v);
            hs.iter()
                .zip(&spends)
                .map(|(h, s)| s * m.expected_purchases(h, weeks))
                .sum()
        };
        let numeric = central_gradient_steps(revenue, &p.to_vec(), |v| 1e-5 * v.abs());
        for k in 0..4 {
            assert!(
                (exact[k] - numeric[k]).abs() <= 1e-6 * numeric[k].abs().max(1.0),
                "{p:?}, {weeks} weeks, parameter {k}: {} exact, {} by differences",
                exact[k],
                numeric[k]
            );
        }
    }
}

/// A log-likelihood that counts the passes over the customers asked of it.
/// A log-likelihood that counts its passes, and panics past `limit` of them: a fit that
/// runs away fails its test rather than running on for minutes.
struct Counted<'a, L> {
    ll: &'a L,
    passes: std::cell::Cell<usize>,
    limit: usize,
}

impl<'a, L> Counted<'a, L> {
    fn new(ll: &'a L) -> Self {
        Counted::limited(ll, usize::MAX)
    }
    fn limited(ll: &'a L, limit: usize) -> Self {
        Counted {
            ll,
            passes: std::cell::Cell::new(0),
            limit,
        }
    }
    fn count(&self) {
        self.passes.set(self.passes.get() + 1);
        assert!(
            self.passes.get() <= self.limit,
            "the fit took more than {} passes",
            self.limit
        );
    }
}

impl<L: super::fit::LogLikelihood> super::fit::LogLikelihood for Counted<'_, L> {
    const MODEL: &'static str = L::MODEL;
    const EXACT_GRADIENT: bool = L::EXACT_GRADIENT;
    const VALUE_WITH_GRADIENT: bool = L::VALUE_WITH_GRADIENT;
    fn mean_ll(&self, p: &[f64]) -> f64 {
        self.count();
        self.ll.mean_ll(p)
    }
    fn mean_ll_gradient(&self, p: &[f64]) -> Vec<f64> {
        self.count();
        self.ll.mean_ll_gradient(p)
    }
    fn mean_ll_and_gradient(&self, p: &[f64]) -> (f64, Vec<f64>) {
        self.count();
        self.ll.mean_ll_and_gradient(p)
    }
    fn customers(&self) -> f64 {
        self.ll.customers()
    }
    fn upper_log_bound(&self, i: usize) -> f64 {
        self.ll.upper_log_bound(i)
    }
}

/// A large shop's first fit (no start of its own) starts from the maximum on a sample of
/// its customers and ends at the maximum the line search finds, in fewer passes over every
/// customer than the line search from a plain start: on both models, on the CDNOW
/// calibration histories three times over (7 071 customers; the same maximum as once, the
/// likelihood being a mean per customer), whose maximum is also the published one.
#[test]
fn a_large_shops_first_fit_starts_from_a_sample_and_ends_at_the_same_maximum() {
    use super::bgnbd::BgNbdLikelihood;
    use super::data::Rows;
    use super::fit::{maximise, maximise_near, sampled_start};
    use super::pareto::ParetoLikelihood;
    let once = calibration();
    let thrice: Vec<CustomerHistory> = (0..3)
        .flat_map(|k| {
            once.iter().map(move |h| CustomerHistory {
                customer_id: h.customer_id + k * 1_000_000,
                ..*h
            })
        })
        .collect();
    assert!(sampled_start(&once, |_| panic!("sampled a small shop")).is_none());
    let rows = Rows::purchases(&thrice);
    fn both_ways<L: super::fit::LogLikelihood>(
        ll: &L,
        sample: &super::FitStart,
        default: &[f64],
    ) -> (Vec<f64>, Vec<f64>, [usize; 2]) {
        let (near_ll, line_ll) = (Counted::new(ll), Counted::new(ll));
        let near = maximise_near(&near_ll, sample).unwrap_or_else(|e| panic!("{e}"));
        let line = maximise(&line_ll, default).unwrap_or_else(|e| panic!("{e}"));
        (
            near.log_params,
            line.log_params,
            [near_ll.passes.get(), line_ll.passes.get()],
        )
    }
    let mut sampled = 0;
    let bg_sample = sampled_start(&thrice, |sample| {
        sampled = sample.len();
        super::bgnbd::fit_bgnbd_params_from(sample, None).map(|(_, start)| start)
    })
    .unwrap();
    assert!(
        (1_500..=2_500).contains(&sampled),
        "{sampled} in the sample"
    );
    let pareto_sample = sampled_start(&thrice, |sample| {
        super::pareto::fit_pareto_nbd_params_from(sample, None).map(|(_, start)| start)
    })
    .unwrap();
    let default_bg = [0.0, 1.0, 0.0, 0.7];
    let default_pareto = [0.0, 1.0, 0.0, 1.0];
    for (name, (near, line, passes), published) in [
        (
            "BG/NBD",
            both_ways(&BgNbdLikelihood(&rows), &bg_sample, &default_bg),
            [0.2426, 4.4136, 0.7929, 2.4259],
        ),
        (
            "Pareto/NBD",
            both_ways(&ParetoLikelihood(&rows), &pareto_sample, &default_pareto),
            [0.5533, 10.5779, 0.6063, 11.6688],
        ),
    ] {
        for k in 0..4 {
            assert!(
                (near[k] - line[k]).abs() < 1e-7,
                "{name}: {near:?} from the sample's maximum, {line:?} from a plain start"
            );
            let got = near[k].exp();
            assert!(
                (got - published[k]).abs() <= 1e-3 * published[k],
                "{name}: {got} against the published {}",
                published[k]
            );
        }
        assert!(
            passes[0] < passes[1],
            "{name}: {} passes from the sample's maximum, {} from a plain start",
            passes[0],
            passes[1]
        );
    }
    // The fits themselves take that way: to the last bit what the Newton steps from the
    // sample's maximum reach.
    let (bg_near, _, _) = both_ways(&BgNbdLikelihood(&rows), &bg_sample, &default_bg);
    let (bg, _) = super::bgnbd::fit_bgnbd_params_from(&thrice, None).unwrap();
    assert_eq!(
        bg.to_vec(),
        bg_near.iter().map(|v| v.exp()).collect::<Vec<_>>()
    );
    let (pareto_near, _, _) = both_ways(&ParetoLikelihood(&rows), &pareto_sample, &default_pareto);
    let (pareto, _) = super::pareto::fit_pareto_nbd_params_from(&thrice, None).unwrap();
    assert_eq!(
        pareto.to_vec(),
        pareto_near.iter().map(|v| v.exp()).collect::<Vec<_>>()
    );
    // The whole fit: the same maximum as the CDNOW sample's own.
    let big = fit_pareto_nbd(&thrice).unwrap();
    let small = fit_pareto_nbd(&once).unwrap();
    let (a, b) = (big.params.to_vec(), small.params.to_vec());
    for k in 0..4 {
        assert!((a[k] - b[k]).abs() <= 1e-9 * b[k], "{a:?} against {b:?}");
    }
}

/// From the fit on a history 90 days shorter (the model check's, at the default horizon),
/// Newton steps reach
/// the whole history's maximum, the one the line search finds from its own start, in
/// fewer passes over the customers than the line search and polish take from that same
/// start; on both models, on the CDNOW sample.
#[test]
fn fits_from_a_shorter_historys_fit_reach_the_same_maximum_in_fewer_passes() {
    use super::bgnbd::BgNbdLikelihood;
    use super::data::Rows;
    use super::fit::{maximise, maximise_near};
    use super::pareto::ParetoLikelihood;
    let logs = |v: Vec<f64>| -> Vec<f64> { v.iter().map(|x| x.ln()).collect() };
    let days = cdnow_days();
    let (shorter, whole) = (
        histories(&days, d("1998-04-01")),
        histories(&days, d("1998-06-30")),
    );
    let rows = Rows::purchases(&whole);
    let check = |name: &str, start: Vec<f64>, own: Vec<f64>, near: Vec<f64>, passes: [usize; 2]| {
        for k in 0..4 {
            assert!(
                (near[k] - own[k]).abs() < 1e-7,
                "{name}: {near:?} from the shorter fit, {own:?} from scratch (start {start:?})"
            );
        }
        eprintln!(
            "{name}: {} passes with Newton steps, {} with the line search",
            passes[0], passes[1]
        );
        assert!(
            passes[0] < passes[1],
            "{name}: {} passes with Newton steps, {} with the line search",
            passes[0],
            passes[1]
        );
    };
    // Both ways from the shorter history's maximum, each pass counted.
    fn both_ways<L: super::fit::LogLikelihood>(
        near_ll: &L,
        line_ll: &L,
        start: &[f64],
    ) -> (Vec<f64>, [usize; 2]) {
        let (near_ll, line_ll) = (Counted::new(near_ll), Counted::new(line_ll));
        let from = super::FitStart {
            log_params: start.to_vec(),
            inverse_hessian: None,
            at_maximum: None,
        };
        let near = maximise_near(&near_ll, &from).unwrap_or_else(|e| panic!("{e}"));
        maximise(&line_ll, start).unwrap_or_else(|e| panic!("{e}"));
        (
            near.log_params,
            [near_ll.passes.get(), line_ll.passes.get()],
        )
    }
    let fitted = |p: Result<Vec<f64>, PredictError>| logs(p.unwrap_or_else(|e| panic!("{e}")));
    let start = fitted(fit_bgnbd(&shorter).map(|f| f.params.to_vec()));
    let own = fitted(fit_bgnbd(&whole).map(|f| f.params.to_vec()));
    let (near, passes) = both_ways(&BgNbdLikelihood(&rows), &BgNbdLikelihood(&rows), &start);
    check("BG/NBD", start, own, near, passes);
    let start = fitted(fit_pareto_nbd(&shorter).map(|f| f.params.to_vec()));
    let own = fitted(fit_pareto_nbd(&whole).map(|f| f.params.to_vec()));
    let (near, passes) = both_ways(&ParetoLikelihood(&rows), &ParetoLikelihood(&rows), &start);
    check("Pareto/NBD", start, own, near, passes);
}

/// P(alive) worked out for many customers at once, each tail integral once per x and time,
/// is P(alive) customer by customer to the bit, for both models, at the fit and far from
/// it (where the integrals' series are long).
#[test]
fn p_alive_of_many_is_p_alive_of_each() {
    let hs = calibration();
    let pareto = [
        fit_pareto_nbd(&hs).unwrap_or_else(|e| panic!("{e}")).params,
        ParetoNbdParams {
            r: 0.3,
            alpha: 2.0,
            s: 1.7,
            beta: 90.0,
        },
    ];
    let bgnbd = fit_bgnbd(&hs).unwrap_or_else(|e| panic!("{e}")).params;
    let models = pareto
        .into_iter()
        .map(Model::ParetoNbd)
        .chain([Model::BgNbd(bgnbd)]);
    for m in models {
        let each: Vec<u64> = hs.iter().map(|h| m.p_alive(h).to_bits()).collect();
        let many: Vec<u64> = m.p_alive_each(&hs).iter().map(|p| p.to_bits()).collect();
        assert_eq!(many, each, "{m:?}");
    }
}

/// A fit started from the maximum of the shop's previous data with the inverse Hessian
/// there (from the fit's covariance) reaches the new data's maximum, the one found from
/// the default start, in fewer passes than from the same point without it (which takes the
/// Hessian by differences first): on all three models, on the CDNOW sample a month later.
#[test]
fn fits_from_the_previous_maximum_with_its_hessian_take_fewer_passes() {
    use super::bgnbd::BgNbdLikelihood;
    use super::data::Rows;
    use super::fit::{FitStart, LogLikelihood, maximise_near};
    use super::gamma_gamma::GammaGammaLikelihood;
    use super::pareto::ParetoLikelihood;
    let days = cdnow_days();
    let (before, after) = (
        histories(&days, d("1998-05-30")),
        histories(&days, d("1998-06-30")),
    );
    fn compare<L: LogLikelihood>(name: &str, ll: &L, previous: FitStart, own: Vec<f64>) {
        let bare = FitStart {
            inverse_hessian: None,
            ..previous.clone()
        };
        let (with, without) = (Counted::new(ll), Counted::new(ll));
        let a = maximise_near(&with, &previous).unwrap_or_else(|e| panic!("{e}"));
        let b = maximise_near(&without, &bare).unwrap_or_else(|e| panic!("{e}"));
        for (k, o) in own.iter().enumerate() {
            for (way, p) in [("with", &a.log_params), ("without", &b.log_params)] {
                assert!(
                    (p[k] - o).abs() < 1e-9,
                    "{name} {way} the Hessian: {p:?} against {own:?} from the default start"
                );
            }
        }
        let passes = [with.passes.get(), without.passes.get()];
        eprintln!("{name}: {passes:?} passes with and without the Hessian");
        assert!(passes[0] < passes[1], "{name}: {passes:?}");
    }
    // The maximum on the month-old history as a start, and the log-parameters of the
    // maximum on the later one from the default start.
    fn maxima<P: ModelParams>(
        fit: impl Fn(&[CustomerHistory]) -> Result<Fitted<P>, PredictError>,
        before: &[CustomerHistory],
        after: &[CustomerHistory],
    ) -> (FitStart, Vec<f64>) {
        let fitted = |hs| fit(hs).unwrap_or_else(|e| panic!("{e}"));
        let own = fitted(after)
            .params
            .to_vec()
            .iter()
            .map(|v| v.ln())
            .collect();
        (fitted(before).start(), own)
    }
    let rows = Rows::purchases(&after);
    let (previous, own) = maxima(fit_bgnbd, &before, &after);
    compare("BG/NBD", &BgNbdLikelihood(&rows), previous, own);
    let (previous, own) = maxima(fit_pareto_nbd, &before, &after);
    compare("Pareto/NBD", &ParetoLikelihood(&rows), previous, own);
    let spend = Rows::spend(&after);
    let (previous, own) = maxima(fit_gamma_gamma, &before, &after);
    compare("Gamma-Gamma", &GammaGammaLikelihood(&spend), previous, own);
}

/// The figures do not depend on where the fits start: predictions made from the starts a
/// month-old prediction left, from starts far off, from starts that are not starts at all
/// (not finite, of the wrong length), and from none, are the same to 1e-9 relative,
/// customer by customer, with the same model chosen and the same check.
#[test]
fn predictions_do_not_depend_on_where_the_fits_start() {
    use super::FitStart;
    let days = cdnow_days();
    let settings = PredictSettings::new(d("1998-06-30"));
    let ready = |starts: &FitStarts| -> Box<Prediction> {
        match predict_from(&days, &settings, starts) {
            Ok(PredictOutcome::Ready(p)) => p,
            other => panic!("{other:?}"),
        }
    };
    let none = ready(&FitStarts::default());
    let month_old = match predict(&days, &PredictSettings::new(d("1998-05-30"))) {
        Ok(PredictOutcome::Ready(p)) => p.starts.clone(),
        other => panic!("{other:?}"),
    };
    assert!(month_old.bgnbd.is_some() && month_old.pareto.is_some());
    assert!(month_old.pareto_check.is_some() && month_old.gamma_gamma.is_some());
    let far = |n: usize, v: f64| FitStart {
        log_params: vec![v; n],
        inverse_hessian: Some(
            (0..n)
                .map(|i| (0..n).map(|j| if i == j { -3.0 } else { 0.5 }).collect())
                .collect(),
        ),
        at_maximum: None,
    };
    let far_off = FitStarts {
        bgnbd_check: Some(far(4, 2.0)),
        bgnbd: Some(far(4, -2.0)),
        pareto_check: Some(far(4, 3.0)),
        pareto: Some(far(4, 1.5)),
        gamma_gamma: Some(far(3, 4.0)),
    };
    let broken = FitStarts {
        bgnbd_check: Some(far(4, f64::NAN)),
        bgnbd: Some(far(3, 0.0)),
        pareto_check: Some(FitStart {
            log_params: vec![0.0; 4],
            inverse_hessian: Some(vec![vec![f64::INFINITY; 4]; 4]),
            at_maximum: None,
        }),
        pareto: Some(far(5, 0.0)),
        gamma_gamma: Some(far(3, 1e6)),
    };
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-300);
    for (name, starts) in [
        ("a month-old prediction's", &month_old),
        ("far-off", &far_off),
        ("broken", &broken),
    ] {
        let p = ready(starts);
        assert_eq!(p.model, none.model, "{name}");
        assert_eq!(p.customers.len(), none.customers.len(), "{name}");
        for (a, b) in p.customers.iter().zip(&none.customers) {
            for (what, x, y) in [
                ("p_alive", a.p_alive, b.p_alive),
                ("p_buy", a.p_buy, b.p_buy),
                ("clv", a.clv, b.clv),
                (
                    "expected_purchases",
                    a.expected_purchases,
                    b.expected_purchases,
                ),
            ] {
                assert!(
                    close(x, y),
                    "{name} starts, customer {}: {what} {x} against {y}",
                    a.history.customer_id
                );
            }
        }
        let (ModelCheckOutcome::Done(x), ModelCheckOutcome::Done(y)) = (&p.check, &none.check)
        else {
            panic!("{name}: {:?}", p.check);
        };
        assert_eq!(x.chosen, y.chosen, "{name}");
        let scores = [
            (Some(&x.bgnbd), Some(&y.bgnbd)),
            (x.pareto_nbd.as_ref(), y.pareto_nbd.as_ref()),
        ];
        for (a, b) in scores {
            let (Some(a), Some(b)) = (a, b) else {
                panic!("{name}: {:?} against {:?}", x.pareto_nbd, y.pareto_nbd);
            };
            let auc = a.auc.zip(b.auc).is_some_and(|(x, y)| close(x, y));
            assert!(close(a.mae, b.mae) && auc, "{name}: {a:?} against {b:?}");
        }
        assert!(close(p.bgnbd.ll, none.bgnbd.ll), "{name}");
        assert!(
            close(p.gamma_gamma.params.p, none.gamma_gamma.params.p),
            "{name}"
        );
    }
}

/// With a start kept for every fit (after a change of the shop's data), the fits are shared
/// out between two threads as they get free: each comes back in its own place, the fit
/// of its own model on its own histories from its own start, to the last bit.
#[test]
fn fits_shared_out_between_threads_come_back_in_their_places() {
    use super::bgnbd::{fit_bgnbd_from, fit_bgnbd_params_from};
    use super::check::Calibration;
    use super::gamma_gamma::fit_gamma_gamma_from;
    use super::pareto::{fit_pareto_nbd_from, fit_pareto_nbd_params_from};
    let days = cdnow_days();
    let as_of = d("1998-06-30");
    let starts = match predict(&days, &PredictSettings::new(d("1998-05-30"))) {
        Ok(PredictOutcome::Ready(p)) => p.starts.clone(),
        other => panic!("{other:?}"),
    };
    let settings = PredictSettings {
        model: ModelChoice::ParetoNbd,
        ..PredictSettings::new(as_of)
    };
    let p = match predict_from(&days, &settings, &starts) {
        Ok(PredictOutcome::Ready(p)) => p,
        other => panic!("{other:?}"),
    };
    let hs = histories(&days, as_of);
    assert_eq!(p.bgnbd, fit_bgnbd_from(&hs, starts.bgnbd.as_ref()).unwrap());
    assert_eq!(
        p.pareto_nbd,
        Some(fit_pareto_nbd_from(&hs, starts.pareto.as_ref()).unwrap())
    );
    assert_eq!(
        p.gamma_gamma,
        fit_gamma_gamma_from(&hs, starts.gamma_gamma.as_ref()).unwrap()
    );
    let c = Calibration::new(&days, as_of, settings.horizon_days).unwrap();
    let (_, bg_check) = fit_bgnbd_params_from(&c.histories, starts.bgnbd_check.as_ref()).unwrap();
    let (_, pareto_check) =
        fit_pareto_nbd_params_from(&c.histories, starts.pareto_check.as_ref()).unwrap();
    assert_eq!(p.starts.bgnbd_check, Some(bg_check));
    assert_eq!(p.starts.pareto_check, Some(pareto_check));
    assert_ne!(p.starts.bgnbd_check, p.starts.bgnbd);
}

/// The same data and the same starts give the same prediction to the last bit, the
/// shop's revenue range included: nothing depends on the order a table of histories
/// happens to be walked in.
#[test]
fn the_same_data_gives_the_same_prediction_to_the_last_bit() {
    let days = cdnow_days();
    let settings = PredictSettings::new(d("1998-06-30"));
    let ready = || match predict(&days, &settings) {
        Ok(PredictOutcome::Ready(p)) => p,
        other => panic!("{other:?}"),
    };
    let (a, b) = (ready(), ready());
    assert_eq!(a.revenue, b.revenue);
    assert_eq!(a.revenue.expected.to_bits(), b.revenue.expected.to_bits());
    assert_eq!(a, b);
}

/// Every sixth customer of the CDNOW sample (393, from the first): Pareto/NBD's likelihood
/// there keeps rising as s and beta grow together, and lifetimes 0.11 stops at s = 132
/// (`tests/data/cdnow_boundary_reference.py`). The fit holds s on its bound, brings r,
/// alpha and beta to their maximum there in a bounded number of passes (before the bound,
/// the same fit ran for minutes), and gives nearly lifetimes' figures.
#[test]
fn a_fit_whose_maximum_lies_past_the_bound_holds_s_there() {
    use super::data::Rows;
    use super::fit::{FitStart, LogLikelihood, maximise, maximise_near};
    use super::pareto::{MAX_DROPOUT_SHAPE, ParetoLikelihood};
    let hs: Vec<CustomerHistory> = calibration().into_iter().step_by(6).collect();
    assert_eq!(hs.len(), 393);
    let rows = Rows::purchases(&hs);
    let ll = ParetoLikelihood(&rows);
    let limited = Counted::limited(&ll, 1_000);
    let found = maximise(&limited, &[0.0, 2.0, 0.0, 3.0]).unwrap_or_else(|e| panic!("{e}"));
    let p = &found.log_params;
    assert_eq!(p[2], MAX_DROPOUT_SHAPE.ln(), "{p:?}");
    let g = ll.mean_ll_gradient(p);
    for k in [0, 1, 3] {
        assert!(g[k].abs() < 1e-9, "gradient {g:?} at {p:?}");
    }
    assert!(g[2] > 0.0, "gradient {g:?}: s would not rise");
    // Its inverse Hessian does not move s, nor does its covariance spread it.
    let inv = found.inverse_hessian.clone().unwrap_or_default();
    assert_eq!(inv.len(), 4);
    assert!(
        (0..4).all(|j| inv[2][j] == 0.0 && inv[j][2] == 0.0),
        "{inv:?}"
    );
    let fitted = super::pareto::fit_pareto_nbd(&hs).unwrap_or_else(|e| panic!("{e}"));
    let cov = fitted.covariance.clone().unwrap_or_default();
    assert!((0..4).all(|j| cov[2][j] == 0.0), "{cov:?}");
    assert!([0, 1, 3].iter().all(|&k| cov[k][k] > 0.0), "{cov:?}");
    // From its own maximum (the shop's next prediction), a few passes and the same point.
    let again = Counted::limited(&ll, 12);
    let start = FitStart::of_maximum(p, fitted.covariance.as_deref(), rows.customers);
    let near = maximise_near(&again, &start).unwrap_or_else(|e| panic!("{e}"));
    for k in 0..4 {
        assert!(
            (near.log_params[k] - p[k]).abs() < 1e-9,
            "{near:?} against {p:?}"
        );
    }
    // lifetimes' stopping point lies higher up the ridge, by little.
    let lifetimes = ParetoNbdParams {
        r: 0.5015643817138328,
        alpha: 9.71377078154737,
        s: 132.25554927574512,
        beta: 6394.387847625933,
    };
    let at = |q: &ParetoNbdParams| {
        let logs: Vec<f64> = q.to_vec().iter().map(|v| v.ln()).collect();
        ll.mean_ll(&logs) * rows.customers
    };
    let ours = fitted.params;
    let gain = at(&lifetimes) - at(&ours);
    assert!(
        (0.0..0.05).contains(&gain),
        "lifetimes' point is {gain} higher"
    );
    let (pa_ours, pa_theirs) = (ours.p_alive_each(&hs), lifetimes.p_alive_each(&hs));
    let most = pa_ours
        .iter()
        .zip(&pa_theirs)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    assert!(most < 0.01, "P(alive) differs by up to {most}");
    let weeks = 39.0;
    let total =
        |m: &ParetoNbdParams| -> f64 { hs.iter().map(|h| m.expected_purchases(h, weeks)).sum() };
    let (e_ours, e_theirs) = (total(&ours), total(&lifetimes));
    assert!(
        ((e_ours - e_theirs) / e_theirs).abs() < 0.01,
        "{e_ours} purchases expected against {e_theirs}"
    );
}
