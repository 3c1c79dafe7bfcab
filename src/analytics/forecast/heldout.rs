//! The model choice checked on twelve monthly seasonal series it was not tuned on
//! (`tests/data/forecast_heldout/`, see docs/decisions.md, "Forecast model choice on
//! held-out series"): for each, the last 12 months are held out, the model is chosen and
//! fitted on the rest, and the forecast's MAPE on the 12 months is compared with the
//! seasonal naive's and with statsmodels' Holt-Winters (additive trend; additive or
//! multiplicative season, whichever has the lower AICc on the training months), computed
//! once by `statsmodels_reference.py` beside the data.
//!
//! The margins were set before this check was first run:
//! - mean MAPE of the chosen models <= mean MAPE of the seasonal naive;
//! - mean MAPE of the chosen models <= 1.10 x statsmodels' mean MAPE: our fits of the same
//!   models were within 12% of statsmodels' MAPEs on the airline series (the initial season
//!   is estimated, not optimised), and a tenth of the error is below what an owner reading
//!   "this forecast has been 6% off" can act on;
//! - the 95% intervals hold at least 85% of the 144 held-out months pooled (the months of
//!   one series share their errors, so the pooled figure is noisy; 85% catches intervals
//!   that are plainly too narrow). The 80% coverage is printed, not asserted.
//!
//! These three let a poor choice pass: choosing the candidate with the largest backtest
//! error instead of the smallest still gives 6.30% here, under both bars. A fourth bar was
//! therefore added after the first run, as a guard on what is true now and not as
//! evidence: the chosen models' mean MAPE is below the mean, over the candidates, of each
//! candidate's mean MAPE on the same held-out months (the choice beats picking a
//! candidate at random).

use super::*;
use chrono::NaiveDate;

const HELD_OUT: usize = 12;

fn data(name: &str) -> String {
    let path = format!(
        "{}/tests/data/forecast_heldout/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The series of `series.csv` in file order, each checked to have one value per month
/// without gaps.
fn series() -> Vec<(String, Series)> {
    let mut out: Vec<(String, Period, Vec<f64>)> = Vec::new();
    for (row, line) in data("series.csv").lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f.len(), 3, "row {row}");
        let date = NaiveDate::parse_from_str(&format!("{}-01", f[1]), "%Y-%m-%d")
            .unwrap_or_else(|e| panic!("row {row}: {e}"));
        let period = Period::containing(Step::Month, date);
        let value: f64 = f[2].parse().unwrap_or_else(|e| panic!("row {row}: {e}"));
        match out.last_mut() {
            Some((name, start, values)) if name == f[0] => {
                let expected = start.offset(values.len() as i64);
                assert_eq!(
                    period, expected,
                    "row {row}: months of {name} not contiguous"
                );
                values.push(value);
            }
            _ => out.push((f[0].to_string(), period, vec![value])),
        }
    }
    out.into_iter()
        .map(|(name, start, values)| (name, Series::new(start, values)))
        .collect()
}

/// statsmodels' figures per series: (series, seasonal naive MAPE, Holt-Winters MAPE of the
/// AICc choice).
fn reference() -> Vec<(String, f64, f64)> {
    let text = data("statsmodels_reference.csv");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let (naive, chosen) = (col("mape_seasonal_naive"), col("mape_statsmodels"));
    lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            let num = |i: usize| f[i].parse::<f64>().unwrap_or(f64::NAN);
            (f[0].to_string(), num(naive), num(chosen))
        })
        .collect()
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

#[test]
fn the_chosen_model_holds_up_on_series_it_was_not_tuned_on() {
    let all = series();
    let reference = reference();
    assert_eq!(all.len(), 12);
    assert_eq!(reference.len(), all.len());
    let (mut ours, mut naive, mut theirs) = (Vec::new(), Vec::new(), Vec::new());
    let (mut in80, mut in95, mut points) = (0usize, 0usize, 0usize);
    let candidates = Model::candidates(true);
    let mut candidate_mapes = vec![Vec::new(); candidates.len()];
    println!("series           months  chosen                     ours  snaive  statsmodels");
    for ((name, s), (ref_name, ref_naive, ref_hw)) in all.iter().zip(&reference) {
        assert_eq!(name, ref_name);
        let h = hold_out(s, HELD_OUT, &ForecastOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let mape = h.backtest.mape.unwrap_or(f64::NAN);
        let naive_mape = h.baseline.mape.unwrap_or(f64::NAN);
        // The baseline's forecast is last year's value: the same figure as Python's.
        assert!(
            (naive_mape - ref_naive).abs() < 1e-3,
            "{name}: seasonal naive {naive_mape} against {ref_naive}"
        );
        assert_eq!(h.backtest.points.len(), HELD_OUT, "{name}");
        for p in &h.backtest.points {
            points += 1;
            in80 += usize::from(p.lo80 <= p.actual && p.actual <= p.hi80);
            in95 += usize::from(p.lo95 <= p.actual && p.actual <= p.hi95);
        }
        println!(
            "{name:16} {:6}  {:24} {mape:6.2} {naive_mape:7.2} {ref_hw:12.2}",
            s.len() - HELD_OUT,
            h.model.code()
        );
        let origin = [s.len() - HELD_OUT];
        for (model, mapes) in candidates.iter().zip(&mut candidate_mapes) {
            let b = backtest::evaluate(s, 12, *model, &origin, HELD_OUT, 1.0)
                .unwrap_or_else(|| panic!("{name}: {} cannot be fitted", model.code()));
            mapes.push(b.mape.unwrap_or(f64::NAN));
        }
        ours.push(mape);
        naive.push(naive_mape);
        theirs.push(*ref_hw);
    }
    let (ours, naive, theirs) = (mean(&ours), mean(&naive), mean(&theirs));
    let per_candidate: Vec<f64> = candidate_mapes.iter().map(|m| mean(m)).collect();
    for (model, m) in candidates.iter().zip(&per_candidate) {
        println!("always {:24} {m:6.2}", model.code());
    }
    let at_random = mean(&per_candidate);
    let (cov80, cov95) = (in80 as f64 / points as f64, in95 as f64 / points as f64);
    println!(
        "mean MAPE: chosen {ours:.2}, seasonal naive {naive:.2}, statsmodels {theirs:.2}; \
         pooled coverage of {points} months: 80% {:.1}%, 95% {:.1}%",
        100.0 * cov80,
        100.0 * cov95
    );
    assert!(
        ours <= naive,
        "chosen {ours:.2} against seasonal naive {naive:.2}"
    );
    assert!(
        ours <= 1.10 * theirs,
        "chosen {ours:.2} against statsmodels {theirs:.2} (margin 10%)"
    );
    assert!(
        ours < at_random,
        "chosen {ours:.2} against {at_random:.2} for a candidate picked at random"
    );
    assert!(cov95 >= 0.85, "95% intervals held {:.1}%", 100.0 * cov95);
}
