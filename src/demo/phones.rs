//! Phone numbers: a kind (mobile, landline, foreign) drawn for a customer's home, rendered
//! in the way people write them, and written another way on a duplicate contact.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::people::{Area, fill_pattern};
use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PhoneKind {
    France,
    Russia,
    China,
    Armenia,
    Britain,
    Belgium,
    Switzerland,
}

#[derive(Clone, Debug)]
pub(super) struct Phone {
    pub(super) kind: PhoneKind,
    /// The national significant number.
    pub(super) digits: String,
    pub(super) format: usize,
}

impl PhoneKind {
    /// Ways people write such a number, the most common first, with weights.
    pub(super) fn patterns(self) -> &'static [(&'static str, f64)] {
        match self {
            PhoneKind::France => &[
                ("0# ## ## ## ##", 50.0),
                ("0#########", 20.0),
                ("+33 # ## ## ## ##", 15.0),
                ("0#.##.##.##.##", 10.0),
                ("+33#########", 5.0),
            ],
            PhoneKind::Russia => &[
                ("+7 ### ###-##-##", 50.0),
                ("+7##########", 20.0),
                ("8 ### ### ## ##", 15.0),
                ("+7 (###) ###-##-##", 15.0),
            ],
            PhoneKind::China => &[
                ("+86 ### #### ####", 60.0),
                ("+86###########", 25.0),
                ("### #### ####", 15.0),
            ],
            PhoneKind::Armenia => &[
                ("+374 ## ### ###", 60.0),
                ("+374########", 25.0),
                ("0## ## ## ##", 15.0),
            ],
            PhoneKind::Britain => &[
                ("+44 #### ######", 60.0),
                ("0#### ######", 25.0),
                ("+44##########", 15.0),
            ],
            PhoneKind::Belgium => &[("+32 ### ## ## ##", 70.0), ("0### ## ## ##", 30.0)],
            PhoneKind::Switzerland => &[("+41 ## ### ## ##", 70.0), ("0## ### ## ##", 30.0)],
        }
    }
}

impl Phone {
    pub(super) fn random(rng: &mut ChaCha8Rng, kind: PhoneKind, area: Area) -> Phone {
        let digits = match kind {
            PhoneKind::France => {
                if rng.random_bool(0.12) {
                    let zone = match area {
                        Area::Lyon => 4,
                        Area::Paris => 1,
                        Area::Elsewhere => rng.random_range(2..=5),
                    };
                    format!("{zone}{:08}", rng.random_range(0..100_000_000u32))
                } else {
                    let lead = if rng.random_bool(0.7) { 6 } else { 7 };
                    format!("{lead}{:08}", rng.random_range(0..100_000_000u32))
                }
            }
            PhoneKind::Russia => format!("9{:09}", rng.random_range(0..1_000_000_000u32)),
            PhoneKind::China => {
                let lead = pick(rng, &[130, 135, 136, 138, 139, 150, 152, 158, 186, 188])
                    .copied()
                    .unwrap_or(138);
                format!("{lead}{:08}", rng.random_range(0..100_000_000u32))
            }
            PhoneKind::Armenia => {
                let lead = pick(rng, &[91, 93, 94, 95, 77, 98, 99, 55])
                    .copied()
                    .unwrap_or(91);
                format!("{lead}{:06}", rng.random_range(0..1_000_000u32))
            }
            PhoneKind::Britain => format!("7{:09}", rng.random_range(0..1_000_000_000u32)),
            PhoneKind::Belgium => format!("4{:08}", rng.random_range(70_000_000..100_000_000u32)),
            PhoneKind::Switzerland => {
                format!("7{:08}", rng.random_range(50_000_000..100_000_000u32))
            }
        };
        let format = pick_index_by(rng, kind.patterns(), |(_, w)| *w);
        Phone {
            kind,
            digits,
            format,
        }
    }

    pub(super) fn render(&self) -> String {
        let patterns = self.kind.patterns();
        let pattern = patterns.get(self.format).map(|(p, _)| *p).unwrap_or("#");
        fill_pattern(pattern, &self.digits)
    }

    /// The same number written another way, when there is another way.
    pub(super) fn reformatted(&self, rng: &mut ChaCha8Rng) -> Option<String> {
        let count = self.kind.patterns().len();
        if count < 2 {
            return None;
        }
        let format = (self.format + rng.random_range(1..count)) % count;
        Some(
            Phone {
                kind: self.kind,
                digits: self.digits.clone(),
                format,
            }
            .render(),
        )
    }
}
