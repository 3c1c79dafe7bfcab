//! Inspections of the duplicate finder on the synthetic shop of `testkit/synth.rs`: ignored
//! tests that print, for each kind of mistake, what the finder made of the true pairs, and
//! how far the model's form goes when the truth helps it. They look inside the finder
//! (blocking, comparison levels, the model), so they live beside it; the shop itself is
//! test code, compiled into the library's tests only.

mod look {
    use std::collections::HashSet;

    use crate::dedup::Record;
    use crate::dedup::synth::{pair_quality, shop};

    /// The shop the inspection tests look at (`CLIENTELE_LOOK_PEOPLE` people, 3 000 unless
    /// set; seed `CLIENTELE_LOOK_SEED`, 42 unless set), with its truth and its detection.
    pub(super) fn look_shop() -> (Vec<Record>, Vec<(usize, usize)>, crate::dedup::Detection) {
        let setting = |name: &str, default: u64| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(default)
        };
        let (recs, truth) = shop(
            setting("CLIENTELE_LOOK_PEOPLE", 3_000) as usize,
            setting("CLIENTELE_LOOK_SEED", 42),
        );
        let options = crate::dedup::Options {
            phone_country: Some("FR".into()),
            ..Default::default()
        };
        let d = crate::dedup::detect(&recs, &options, &mut |_, _| true).unwrap();
        (recs, truth, d)
    }
    use crate::dedup::block::{pair, unpair};
    use std::collections::HashMap;

    /// The kind of a mistake, from what the two records share.
    fn kind(d: &crate::dedup::Detection, a: u32, b: u32) -> &'static str {
        let (x, y) = (&d.prepared[a as usize], &d.prepared[b as usize]);
        let same = |p: &str, q: &str| !p.is_empty() && p == q;
        let address = same(x.street(), y.street()) && same(x.street_no(), y.street_no());
        let names = crate::dedup::compare::compare(x, y);
        match (names[0] <= 2, names[1] <= 2, address) {
            (_, _, _) if x.street().is_empty() || y.street().is_empty() => "no address",
            (false, true, true) => "same surname and address",
            (true, true, true) => "same names and address",
            (true, true, false) => "same names, other address",
            (false, _, false) => "first name differs, other address",
            _ => "other",
        }
    }

    #[test]
    #[ignore = "prints the synthetic shop's mistakes by kind for inspection (CLIENTELE_LOOK_PEOPLE sets the size, CLIENTELE_LOOK_SEED the seed)"]
    fn print_mistakes() {
        let (recs, truth, d) = look_shop();
        let q = pair_quality(&d, &truth, d.recommended_threshold);
        eprintln!(
            "{} contacts, {} true pairs, {} candidates, threshold {:.4}, lambda {:.3e}, precision {:.4}, recall {:.4}, F1 {:.4}, blocking completeness {:.4}",
            recs.len(),
            truth.len(),
            d.candidates,
            d.recommended_threshold,
            d.model.lambda,
            q.precision,
            q.recall,
            q.f1,
            q.blocking_completeness
        );
        for (fi, f) in crate::dedup::compare::FIELDS.iter().enumerate() {
            let w: Vec<String> = (1..f.levels())
                .map(|l| format!("{:+.1}", d.model.field_weight(fi, l as u8, false)))
                .collect();
            let h: Vec<String> = (1..f.levels())
                .map(|l| format!("{:+.1}", d.model.field_weight(fi, l as u8, true)))
                .collect();
            eprintln!(
                "  {:<14} {}   at home: {}",
                f.label(),
                w.join(" "),
                h.join(" ")
            );
        }
        let t: HashSet<u64> = truth
            .iter()
            .map(|&(a, b)| pair(a as u32, b as u32))
            .collect();
        let clusters = d.clusters(d.recommended_threshold);
        let mut sizes: Vec<usize> = clusters.iter().map(|c| c.members.len()).collect();
        sizes.sort_unstable_by(|a, b| b.cmp(a));
        eprintln!(
            "largest clusters: {:?}; pairs in clusters of more than 4: {}",
            &sizes[..sizes.len().min(12)],
            sizes
                .iter()
                .filter(|&&n| n > 4)
                .map(|n| n * (n - 1) / 2)
                .sum::<usize>()
        );
        let mut found = HashSet::new();
        let mut wrong: HashMap<&str, Vec<(u32, u32)>> = HashMap::new();
        for c in &clusters {
            for (i, &a) in c.members.iter().enumerate() {
                for &b in &c.members[i + 1..] {
                    found.insert(pair(a, b));
                    if !t.contains(&pair(a, b)) {
                        wrong.entry(kind(&d, a, b)).or_default().push((a, b));
                    }
                }
            }
        }
        let blocked: HashSet<u64> = crate::dedup::block::candidates(&d.prepared, &mut |_| true)
            .map(|b| b.pairs.into_iter().collect())
            .unwrap_or_default();
        let mut missed: HashMap<String, Vec<(u32, u32)>> = HashMap::new();
        for &p in t.iter().filter(|p| !found.contains(p)) {
            let (a, b) = unpair(p);
            let k = if blocked.contains(&p) {
                let s = d.score(a, b);
                let why = if s >= d.recommended_threshold {
                    "cut by the chain guard, "
                } else {
                    ""
                };
                format!("{why}{}", kind(&d, a, b))
            } else {
                format!("not blocked, {}", kind(&d, a, b))
            };
            missed.entry(k).or_default().push((a, b));
        }
        let show = |title: &str, list: &[(u32, u32)]| {
            eprintln!("{title}: {}", list.len());
            for &(a, b) in list.iter().take(
                std::env::var("CLIENTELE_LOOK_SHOW")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(3),
            ) {
                let r = |i: u32| {
                    let r = &recs[i as usize];
                    format!(
                        "{:?} {:?} | {:?} | {:?} | {:?} | {:?} {:?} {:?}",
                        r.first_name.as_deref().unwrap_or(""),
                        r.last_name.as_deref().unwrap_or(""),
                        r.birth_date.as_deref().unwrap_or(""),
                        r.email.as_deref().unwrap_or(""),
                        r.phone.as_deref().unwrap_or(""),
                        r.street.as_deref().unwrap_or(""),
                        r.street2.as_deref().unwrap_or(""),
                        r.city.as_deref().unwrap_or("")
                    )
                };
                eprintln!(
                    "    {}\n    {}\n      {}",
                    r(a),
                    r(b),
                    crate::text::dedup::explained(crate::text::Lang::En, &d.explain(a, b))
                );
                if title.contains("chain guard") {
                    // The clusters each record ended in: `*` a record of the same person.
                    for x in [a, b] {
                        let Some(c) = clusters.iter().find(|c| c.members.contains(&x)) else {
                            eprintln!("      ({x} alone)");
                            continue;
                        };
                        eprintln!("      cluster of {x}:");
                        for &y in &c.members {
                            let same = y == a || y == b || t.contains(&pair(a.min(y), a.max(y)));
                            let other = if x == a { b } else { a };
                            eprintln!(
                                "        {} {y} {}  [{:.2} with {a}, {:.2} with {b}, contradicts {other}: {}]",
                                if same { "*" } else { " " },
                                r(y),
                                d.score(a, y),
                                d.score(b, y),
                                d.contradict(y, other)
                            );
                        }
                    }
                }
            }
        };
        let mut w: Vec<_> = wrong.into_iter().collect();
        w.sort_by_key(|x| std::cmp::Reverse(x.1.len()));
        for (k, list) in &w {
            show(&format!("WRONG {k}"), list);
        }
        let mut m: Vec<_> = missed.into_iter().collect();
        m.sort_by_key(|x| std::cmp::Reverse(x.1.len()));
        for (k, list) in &m {
            show(&format!("MISSED {k}"), list);
        }
    }
}

mod ceiling {
    use std::collections::HashSet;

    use crate::dedup::block::{pair, unpair};
    use crate::dedup::compare::{self, FIELDS, MAX_LEVELS, NF};
    use crate::dedup::{ScoredPair, model};

    fn f1_at(
        d: &crate::dedup::Detection,
        truth: &HashSet<u64>,
        threshold: f64,
    ) -> (f64, usize, usize) {
        let mut found = 0usize;
        let mut tp = 0usize;
        for c in d.clusters(threshold) {
            for (i, &a) in c.members.iter().enumerate() {
                for &b in &c.members[i + 1..] {
                    found += 1;
                    tp += usize::from(truth.contains(&pair(a, b)));
                }
            }
        }
        let p = tp as f64 / found.max(1) as f64;
        let r = tp as f64 / truth.len().max(1) as f64;
        (
            2.0 * p * r / (p + r).max(1e-12),
            found - tp,
            truth.len() - tp,
        )
    }

    /// How far the model's form can go on the synthetic shop: F1 at the recommended
    /// threshold and at the best one, then with m counted from the true pairs.
    #[test]
    #[ignore = "prints how far the model's form goes with the truth's help (CLIENTELE_LOOK_PEOPLE, CLIENTELE_LOOK_SEED)"]
    fn print_ceiling() {
        let (_, truth, mut d) = super::look::look_shop();
        let t: HashSet<u64> = truth
            .iter()
            .map(|&(a, b)| pair(a as u32, b as u32))
            .collect();
        let sweep = |d: &crate::dedup::Detection, label: &str| {
            let rec = d.recommended_threshold;
            let (f, fp, fn_) = f1_at(d, &t, rec);
            eprintln!("{label}: recommended {rec:.4}: F1 {f:.4} wrong {fp} missed {fn_}");
            for th in [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95] {
                let (f, fp, fn_) = f1_at(d, &t, th);
                eprintln!("  at {th:.2}: F1 {f:.4} wrong {fp} missed {fn_}");
            }
        };
        sweep(&d, "as learnt");
        let candidates = crate::dedup::block::candidates(&d.prepared, &mut |_| true)
            .unwrap()
            .pairs;
        let mut counts = [[0.0f64; MAX_LEVELS]; NF];
        let mut dups = 0.0;
        for &p in &candidates {
            if !t.contains(&p) {
                continue;
            }
            dups += 1.0;
            let (a, b) = unpair(p);
            let pattern = compare::compare(&d.prepared[a as usize], &d.prepared[b as usize]);
            for fi in 0..NF {
                counts[fi][usize::from(pattern[fi])] += 1.0;
            }
        }
        for (fi, f) in FIELDS.iter().enumerate() {
            let levels = f.levels();
            let known: f64 = counts[fi][1..levels].iter().sum();
            let learnt: Vec<String> = (1..levels)
                .map(|l| format!("{:.4}", d.model.m[fi][l]))
                .collect();
            for (m, c) in d.model.m[fi][1..levels]
                .iter_mut()
                .zip(&counts[fi][1..levels])
            {
                *m = (c + 0.5) / (known + 0.5 * (levels - 1) as f64);
            }
            let truth_m: Vec<String> = (1..levels)
                .map(|l| format!("{:.4}", d.model.m[fi][l]))
                .collect();
            eprintln!(
                "  m {:<14} learnt {}  truth {}",
                f.label(),
                learnt.join(" "),
                truth_m.join(" ")
            );
        }
        let n = d.ids.len() as f64;
        let learnt_lambda = d.model.lambda;
        d.model.lambda = dups / (n * (n - 1.0) / 2.0);
        eprintln!(
            "  lambda learnt {learnt_lambda:.3e} truth {:.3e}",
            d.model.lambda
        );
        let mut scored: Vec<ScoredPair> = candidates
            .iter()
            .filter_map(|&p| {
                let (a, b) = unpair(p);
                let probability = d.score(a, b);
                (probability >= 1e-4).then_some(ScoredPair { a, b, probability })
            })
            .collect();
        scored.sort_unstable_by(|x, y| y.probability.total_cmp(&x.probability));
        let probabilities: Vec<f64> = scored.iter().map(|p| p.probability).collect();
        d.recommended_threshold = model::recommended_threshold(&probabilities);
        d.pairs = scored;
        sweep(&d, "m and lambda from the truth");
    }
}
