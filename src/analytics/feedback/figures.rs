//! NPS with its 95% interval, CSAT and average stars over a set of scores.

use crate::analytics::feedback::Z95;
use crate::model::feedback::{Scale, Score};

/// Net Promoter Score over the answers on the NPS scale.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Nps {
    /// Percent promoters minus percent detractors, -100..100 (`None` without answers).
    pub value: Option<f64>,
    /// Lower end of the 95% interval, in the same points.
    pub lo95: Option<f64>,
    /// Upper end of the 95% interval.
    pub hi95: Option<f64>,
    /// Answers 9-10.
    pub promoters: usize,
    /// Answers 7-8.
    pub passives: usize,
    /// Answers 0-6.
    pub detractors: usize,
}

impl Nps {
    /// The score from the three counts. The interval is the normal one of a difference of
    /// two shares of one trinomial sample: with p and d the shares of promoters and
    /// detractors among n answers, Var(p - d) = (p + d - (p - d)^2) / n. It is clipped to
    /// -100..100.
    pub fn from_counts(promoters: usize, passives: usize, detractors: usize) -> Nps {
        let n = promoters + passives + detractors;
        if n == 0 {
            return Nps::default();
        }
        let total = n as f64;
        let p = promoters as f64 / total;
        let d = detractors as f64 / total;
        let score = p - d;
        let half = Z95 * ((p + d - score * score).max(0.0) / total).sqrt();
        Nps {
            value: Some(100.0 * score),
            lo95: Some((100.0 * (score - half)).max(-100.0)),
            hi95: Some((100.0 * (score + half)).min(100.0)),
            promoters,
            passives,
            detractors,
        }
    }

    /// The number of answers behind the score.
    pub fn answers(&self) -> usize {
        self.promoters + self.passives + self.detractors
    }
}

/// CSAT: the percent of answers on the CSAT scale that are 4 or 5.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Csat {
    /// Percent satisfied, 0..100 (`None` without answers).
    pub value: Option<f64>,
    /// Answers 4-5.
    pub satisfied: usize,
    /// All CSAT answers.
    pub answers: usize,
}

/// The average of the answers on the stars scale.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Stars {
    /// The mean number of stars (`None` without answers).
    pub average: Option<f64>,
    /// Star answers.
    pub answers: usize,
}

/// The three figures over one set of feedback.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Figures {
    /// Pieces of feedback with a score, on any scale.
    pub answers: usize,
    /// Net Promoter Score.
    pub nps: Nps,
    /// Customer satisfaction.
    pub csat: Csat,
    /// Average stars.
    pub stars: Stars,
}

/// Adds scores up as they come, so groups can be counted in one pass.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    answers: usize,
    promoters: usize,
    passives: usize,
    detractors: usize,
    csat_satisfied: usize,
    csat_answers: usize,
    star_sum: u64,
    star_answers: usize,
}

impl Tally {
    /// Counts one score.
    pub fn add(&mut self, score: Score) {
        self.answers += 1;
        let value = score.value();
        match score.scale() {
            Scale::Nps => match value {
                9..=10 => self.promoters += 1,
                7..=8 => self.passives += 1,
                _ => self.detractors += 1,
            },
            Scale::Csat => {
                self.csat_answers += 1;
                if value >= 4 {
                    self.csat_satisfied += 1;
                }
            }
            Scale::Stars => {
                self.star_answers += 1;
                self.star_sum += u64::from(value);
            }
            Scale::Thumbs => {}
        }
    }

    /// The figures of what was counted.
    pub fn figures(&self) -> Figures {
        let share =
            |part: usize, whole: usize| (whole > 0).then(|| 100.0 * part as f64 / whole as f64);
        Figures {
            answers: self.answers,
            nps: Nps::from_counts(self.promoters, self.passives, self.detractors),
            csat: Csat {
                value: share(self.csat_satisfied, self.csat_answers),
                satisfied: self.csat_satisfied,
                answers: self.csat_answers,
            },
            stars: Stars {
                average: (self.star_answers > 0)
                    .then(|| self.star_sum as f64 / self.star_answers as f64),
                answers: self.star_answers,
            },
        }
    }
}

/// The figures over every score given.
pub fn figures(scores: impl IntoIterator<Item = Score>) -> Figures {
    let mut tally = Tally::default();
    for score in scores {
        tally.add(score);
    }
    tally.figures()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nps(value: u8) -> Score {
        Score::new(Scale::Nps, value).unwrap()
    }

    #[test]
    fn nps_interval_matches_a_worked_example() {
        // 50 promoters, 30 passives, 20 detractors out of n = 100:
        //   p = 0.50, d = 0.20, NPS = p - d = 0.30 (30 points)
        //   Var = (p + d - (p - d)^2) / n = (0.70 - 0.09) / 100 = 0.0061
        //   sd = sqrt(0.0061) = 0.0781025
        //   half width = 1.959964 * 0.0781025 = 0.1530782
        //   interval = 0.30 -/+ 0.1530782 = [0.1469218, 0.4530782] -> 14.69 .. 45.31 points
        let scores = (0..50)
            .map(|_| nps(10))
            .chain((0..30).map(|_| nps(8)))
            .chain((0..20).map(|_| nps(3)));
        let f = figures(scores).nps;
        assert_eq!((f.promoters, f.passives, f.detractors), (50, 30, 20));
        assert!((f.value.unwrap() - 30.0).abs() < 1e-9);
        assert!((f.lo95.unwrap() - 14.69218).abs() < 1e-4, "{:?}", f.lo95);
        assert!((f.hi95.unwrap() - 45.30782).abs() < 1e-4, "{:?}", f.hi95);
    }

    #[test]
    fn nps_interval_is_clipped_and_empty_without_answers() {
        // Two promoters and nothing else: p = 1, d = 0, variance 0, so the interval is
        // the point itself, 100..100.
        let f = figures([nps(9), nps(10)]).nps;
        assert_eq!(
            (f.value, f.lo95, f.hi95),
            (Some(100.0), Some(100.0), Some(100.0))
        );
        assert_eq!(figures([]).nps.value, None);
    }

    #[test]
    fn boundaries_of_promoters_passives_and_detractors() {
        let f = figures([6, 7, 8, 9].map(nps)).nps;
        assert_eq!((f.promoters, f.passives, f.detractors), (1, 2, 1));
        assert_eq!(f.value, Some(0.0));
    }

    #[test]
    fn csat_counts_fours_and_fives_and_stars_average() {
        let csat = [1, 3, 4, 5].map(|v| Score::new(Scale::Csat, v).unwrap());
        let stars = [1, 2, 5].map(|v| Score::new(Scale::Stars, v).unwrap());
        let f = figures(csat.into_iter().chain(stars));
        assert_eq!(f.answers, 7);
        assert_eq!(f.csat.value, Some(50.0));
        assert_eq!(f.stars.answers, 3);
        assert!((f.stars.average.unwrap() - 8.0 / 3.0).abs() < 1e-12);
        assert_eq!(f.nps.value, None);
    }
}
