//! The feedback figures and the term table against an independent computation with
//! pandas (`tests/data/feedback_reference.py`, run once; its outputs are the fixtures).

use chrono::NaiveDate;

use crate::analytics::feedback::{TermOptions, figures, groups, terms};
use crate::model::feedback::{FeedbackFact, Scale, Score};

const SCORES: &str = include_str!("../../../tests/data/feedback_scores.csv");
const GROUPS: &str = include_str!("../../../tests/data/feedback_groups_reference.csv");
const TERMS: &str = include_str!("../../../tests/data/feedback_terms_reference.csv");

/// The fixture's pieces of feedback, with their group as the product (the group key).
fn fixture() -> Vec<FeedbackFact> {
    SCORES
        .lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            let scale = Scale::parse(f[4]).unwrap();
            FeedbackFact {
                id: f[0].parse().unwrap(),
                customer_id: f[1].parse().unwrap(),
                date: f[2].parse::<NaiveDate>().unwrap(),
                score: Score::new(scale, f[5].parse().unwrap()),
                text: f[6].to_string(),
                channel: None,
                product: Some(f[3].to_string()),
                status: None,
                language: None,
            }
        })
        .collect()
}

fn close(ours: Option<f64>, theirs: &str, what: &str) {
    let theirs: f64 = theirs.parse().unwrap();
    let ours = ours.unwrap_or(f64::NAN);
    assert!(
        (ours - theirs).abs() < 1e-8,
        "{what}: ours {ours}, pandas {theirs}"
    );
}

#[test]
fn figures_and_groups_match_pandas() {
    let facts = fixture();
    assert_eq!(facts.len(), 300);
    let overall = figures(facts.iter().filter_map(|f| f.score));
    let groups = groups::groups(&facts, |f| f.product.clone());
    let mut checked = 0;
    for line in GROUPS.lines().skip(1) {
        let r: Vec<&str> = line.split(',').collect();
        let (name, f) = if r[0] == "*" {
            ("overall", overall)
        } else {
            let group = groups.iter().find(|g| g.name == r[0]).unwrap();
            assert_eq!(
                group.too_few,
                r[1].parse::<usize>().unwrap() < 30,
                "{}",
                r[0]
            );
            (r[0], group.figures)
        };
        assert_eq!(f.answers.to_string(), r[1], "{name} answers");
        close(f.nps.value, r[2], name);
        close(f.nps.lo95, r[3], name);
        close(f.nps.hi95, r[4], name);
        assert_eq!(
            [f.nps.promoters, f.nps.passives, f.nps.detractors].map(|c| c.to_string()),
            [r[5], r[6], r[7]],
            "{name}"
        );
        close(f.csat.value, r[8], name);
        close(f.stars.average, r[9], name);
        checked += 1;
    }
    assert_eq!(checked, 5);
    assert_eq!(groups.len(), 4);
    assert!(groups.iter().any(|g| g.name == "west" && g.too_few));
}

#[test]
fn term_table_matches_pandas() {
    let facts = fixture();
    let ours = terms(
        &facts,
        TermOptions {
            lang: None,
            min_count: 3,
            limit: usize::MAX,
        },
    );
    let theirs: Vec<Vec<&str>> = TERMS
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    assert!(theirs.len() > 20);
    assert_eq!(ours.len(), theirs.len());
    for (row, r) in ours.iter().zip(&theirs) {
        assert_eq!(row.term, r[0]);
        assert_eq!(row.negative_count.to_string(), r[1], "{}", r[0]);
        assert_eq!(row.positive_count.to_string(), r[2], "{}", r[0]);
        close(Some(row.log_odds), r[3], r[0]);
        close(Some(row.z), r[4], r[0]);
    }
}
