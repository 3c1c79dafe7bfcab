//! Exact thresholds: a minimum support or confidence as a fraction of integers, read from
//! its decimal text, so that `0.1` means exactly one tenth and a count is compared with it
//! by integer multiplication, never through floating-point rounding.

use std::cmp::Ordering;

use super::BasketError;

/// A fraction from 0 to 1, kept in lowest terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ratio {
    num: u64,
    den: u64,
}

/// The most decimal places a threshold may have: 10^18 still fits in a `u64`.
const MAX_DECIMALS: usize = 18;

impl Ratio {
    /// A fraction known to be valid and in lowest terms (the defaults).
    pub(super) const fn from_parts(num: u64, den: u64) -> Self {
        Self { num, den }
    }

    /// The fraction `num / den`; `den` must be positive and `num` at most `den`.
    pub fn new(num: u64, den: u64) -> Result<Self, BasketError> {
        if den == 0 || num > den {
            return Err(BasketError::RatioOutOfRange {
                text: format!("{num}/{den}"),
            });
        }
        let g = gcd(num, den);
        Ok(Self {
            num: num / g,
            den: den / g,
        })
    }

    /// Reads a decimal from 0 to 1 written with a point (`0.1`, `.05`, `1`, `0.015`): the
    /// command line's `--min-support` and `--min-confidence`.
    pub fn parse(text: &str) -> Result<Self, BasketError> {
        let t = text.trim();
        let not_decimal = || BasketError::NotADecimal {
            text: text.to_string(),
        };
        let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() && frac.is_empty() || !digits(whole) || !digits(frac) {
            return Err(not_decimal());
        }
        // Trailing zeros change nothing (`0.10` is `0.1`) and must not count towards the limit.
        let frac = frac.trim_end_matches('0');
        let whole = whole.trim_start_matches('0');
        if frac.len() > MAX_DECIMALS || whole.len() > 1 {
            return Err(BasketError::RatioOutOfRange {
                text: text.to_string(),
            });
        }
        let den = 10u64.pow(frac.len() as u32);
        let whole: u64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| not_decimal())?
        };
        let part: u64 = if frac.is_empty() {
            0
        } else {
            frac.parse().map_err(|_| not_decimal())?
        };
        let num = whole
            .checked_mul(den)
            .and_then(|w| w.checked_add(part))
            .ok_or_else(not_decimal)?;
        Self::new(num, den).map_err(|_| BasketError::RatioOutOfRange {
            text: text.to_string(),
        })
    }

    /// The numerator, in lowest terms.
    pub fn num(self) -> u64 {
        self.num
    }

    /// The denominator, in lowest terms.
    pub fn den(self) -> u64 {
        self.den
    }

    /// The nearest floating-point value (for display only; comparisons use [`Ratio::admits`]).
    pub fn as_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// Whether `part / whole` reaches this fraction: `part × den >= num × whole`, exactly.
    pub fn admits(self, part: u64, whole: u64) -> bool {
        u128::from(part) * u128::from(self.den) >= u128::from(self.num) * u128::from(whole)
    }

    /// The smallest count that reaches this fraction of `total`: ceil(num × total / den).
    pub fn min_count(self, total: u64) -> u64 {
        let product = u128::from(self.num) * u128::from(total);
        let den = u128::from(self.den);
        // The quotient is at most `total`, because the fraction is at most 1.
        u64::try_from(product.div_ceil(den)).unwrap_or(total)
    }
}

/// Compares the fractions `a_num / a_den` and `b_num / b_den` (positive denominators)
/// exactly by cross-multiplication; when a product would overflow, by their
/// floating-point values.
pub fn cmp_fractions(a_num: u128, a_den: u128, b_num: u128, b_den: u128) -> Ordering {
    match (a_num.checked_mul(b_den), b_num.checked_mul(a_den)) {
        (Some(left), Some(right)) => left.cmp(&right),
        _ => (a_num as f64 / a_den as f64).total_cmp(&(b_num as f64 / b_den as f64)),
    }
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(text: &str) -> Ratio {
        Ratio::parse(text).unwrap()
    }

    #[test]
    fn decimals_are_read_exactly() {
        assert_eq!((r("0.1").num(), r("0.1").den()), (1, 10));
        assert_eq!((r(".05").num(), r(".05").den()), (1, 20));
        assert_eq!((r("0.10").num(), r("0.10").den()), (1, 10));
        assert_eq!((r("1").num(), r("1").den()), (1, 1));
        assert_eq!((r("1.000").num(), r("1.000").den()), (1, 1));
        assert_eq!((r("0").num(), r("0").den()), (0, 1));
        assert_eq!((r(" 0.8 ").num(), r(" 0.8 ").den()), (4, 5));
        let tiny = r("0.000000000000000001");
        assert_eq!((tiny.num(), tiny.den()), (1, 1_000_000_000_000_000_000));
    }

    #[test]
    fn bad_text_is_refused() {
        for bad in [
            "", ".", "-0.1", "+0.1", "1e-2", "0,1", "abc", "0.1.2", "1/10", "0.5%",
        ] {
            assert!(
                matches!(Ratio::parse(bad), Err(BasketError::NotADecimal { .. })),
                "{bad}"
            );
        }
        for out in ["1.5", "2", "10", "0.0000000000000000001"] {
            assert!(
                matches!(Ratio::parse(out), Err(BasketError::RatioOutOfRange { .. })),
                "{out}"
            );
        }
        assert!(Ratio::new(3, 2).is_err());
        assert!(Ratio::new(0, 0).is_err());
    }

    #[test]
    fn thresholds_compare_without_rounding() {
        // 0.1 × 4627 is 462.7 exactly; in f64 it is 462.70000000000005.
        let s = r("0.1");
        assert_eq!(s.min_count(4627), 463);
        assert!(s.admits(463, 4627));
        assert!(!s.admits(462, 4627));
        // 0.07 × 100 is 7 exactly, but 0.07_f64 * 100.0 = 7.000000000000001 rounds up to 8.
        assert_eq!(r("0.07").min_count(100), 7);
        let (support, orders) = (0.07_f64, 100.0);
        assert_eq!((support * orders).ceil(), 8.0);
        // 612 / 765 is 4/5 exactly, but 0.8 is not reached in floating point.
        let c = r("0.8");
        assert!(c.admits(612, 765));
        assert!(!c.admits(611, 765));
        let (both, with_a, orders) = (612.0, 765.0, 4627.0);
        assert!((both / orders) / (with_a / orders) < 0.8_f64);
        assert_eq!(r("1").min_count(7), 7);
        assert_eq!(r("0").min_count(7), 0);
    }

    #[test]
    fn fractions_compare_exactly() {
        assert_eq!(cmp_fractions(1, 3, 2, 6), Ordering::Equal);
        assert_eq!(cmp_fractions(1, 3, 1, 2), Ordering::Less);
        assert_eq!(cmp_fractions(u128::MAX, 2, 1, 1), Ordering::Greater);
    }
}
