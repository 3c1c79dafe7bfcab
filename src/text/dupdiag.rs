//! "How sure is this?" in words: the duplicate detector's self-checks, blocking rules, fields
//! and levels ([`crate::dedup::Diagnostics`]) as messages of `dupdiag.ftl`, and its shares
//! and weights written with the shop's [`Formats`].

use crate::dedup::block::BlockRule;
use crate::dedup::checks::{CheckDetail, CheckKind, Diagnostics};
use crate::dedup::compare::{Field, LevelKind};
use crate::format::Formats;

use super::{Lang, Message, render};

/// Whether the learnt model was used, or the default weights after a failed check.
pub fn verdict(d: &Diagnostics) -> Message {
    if d.fallback {
        Message::new("dupdiag-verdict-fallback")
    } else if d.passed() {
        Message::new("dupdiag-verdict-passed")
    } else {
        // A check failed and the learnt model was kept anyway: detection never does that
        // today, but the words must not claim that every check passed.
        Message::new("dupdiag-verdict-failed")
    }
}

fn check_key(kind: CheckKind) -> &'static str {
    match kind {
        CheckKind::AgreementFavoursDuplicates => "agreement",
        CheckKind::PlausibleShare => "share",
        CheckKind::TwoGroups => "groups",
    }
}

/// A check's line: "Passed: ..." or "Failed: ...".
pub fn check(kind: CheckKind, passed: bool) -> Message {
    let id = if passed {
        "dupdiag-check-passed"
    } else {
        "dupdiag-check-failed"
    };
    Message::new(id).arg("check", check_key(kind))
}

/// What a failed check means for the owner.
pub fn failure_meaning(kind: CheckKind) -> Message {
    Message::new("dupdiag-check-meaning").arg("check", check_key(kind))
}

/// The figures behind a check's verdict.
pub fn detail(lang: Lang, formats: &Formats, detail: &CheckDetail) -> Message {
    match detail {
        CheckDetail::Agreement(wrong) if wrong.is_empty() => {
            Message::new("dupdiag-detail-agreement-ok")
        }
        CheckDetail::Agreement(wrong) => {
            let mut fields: Vec<Field> = wrong.iter().map(|w| w.field()).collect();
            fields.dedup();
            let separator = render(lang, &Message::new("dupdiag-list-separator"));
            let list = fields
                .iter()
                .map(|f| render(lang, &field(*f)))
                .collect::<Vec<_>>()
                .join(&separator);
            Message::new("dupdiag-detail-agreement-wrong").arg("fields", list)
        }
        CheckDetail::Share {
            expected,
            per_contact,
            scored,
        } => Message::new("dupdiag-detail-share")
            .arg("expected", formats.int(expected.round() as i64))
            .arg("per_hundred", formats.one_decimal(per_contact * 100.0))
            .arg("scored", formats.int(scored.round() as i64)),
        CheckDetail::TooFewCandidates(n) => {
            Message::new("dupdiag-detail-too-few").arg("pairs", formats.int(*n as i64))
        }
        CheckDetail::OneSide => Message::new("dupdiag-detail-one-side"),
        CheckDetail::Groups {
            low, high, valley, ..
        } => Message::new("dupdiag-detail-groups")
            .arg("low", formats.int(*low as i64))
            .arg("high", formats.int(*high as i64))
            .arg("valley", formats.int(*valley as i64)),
    }
}

/// A blocking rule's plain name: "Same e-mail".
pub fn rule(rule: BlockRule) -> Message {
    let key = match rule {
        BlockRule::SameEmail => "same-email",
        BlockRule::SamePhone => "same-phone",
        BlockRule::BirthDateSurnameInitial => "birth-date-surname-initial",
        BlockRule::BirthDateFirstNameInitial => "birth-date-first-name-initial",
        BlockRule::BirthDateInitials => "birth-date-initials",
        BlockRule::BirthDatePostcode => "birth-date-postcode",
        BlockRule::SoundingNames => "sounding-names",
        BlockRule::SurnamePostcode => "surname-postcode",
        BlockRule::FirstNamePostcode => "first-name-postcode",
        BlockRule::HouseNumberStreet => "house-number-street",
        BlockRule::StreetFirstNameInitial => "street-first-name-initial",
        BlockRule::CityFirstName => "city-first-name",
        BlockRule::HouseNumberPostcode => "house-number-postcode",
        BlockRule::NameNeighbours => "name-neighbours",
    };
    Message::new("dupdiag-rule").arg("rule", key)
}

/// A field's name: "E-mail".
pub fn field(field: Field) -> Message {
    let key = match field {
        Field::FirstName => "first-name",
        Field::LastName => "surname",
        Field::BirthDate => "birth-date",
        Field::Address => "address",
        Field::Street2 => "address-2",
        Field::Region => "region",
        Field::Email => "email",
        Field::Phone => "phone",
    };
    Message::new("dupdiag-field").arg("field", key)
}

/// How alike two records are in a field: "nearly the same".
pub fn level(level: LevelKind) -> Message {
    if level == LevelKind::SameFixedLine {
        return Message::new("dupdiag-level-same-fixed-line");
    }
    if level == LevelKind::OtherForm {
        return Message::new("dupdiag-level-other-form");
    }
    Message::new("dupdiag-level").arg("level", super::dedup::level_key(level))
}

/// How often something happens (0..1): a percentage from one in a thousand up, "1 in
/// 7 700 000" below (the count rounded to two digits), never for zero.
pub fn how_often(formats: &Formats, share: f64) -> Message {
    if share >= 0.001 {
        Message::new("dupdiag-share").arg("share", formats.percent(share))
    } else if share > 0.0 {
        Message::new("dupdiag-one-in").arg("n", formats.int(two_digits(1.0 / share)))
    } else {
        Message::new("dupdiag-never")
    }
}

/// A whole number rounded to its first two digits: 7 692 307 becomes 7 700 000.
fn two_digits(x: f64) -> i64 {
    if !x.is_finite() || x < 1.0 {
        return x.max(0.0).round() as i64;
    }
    let scale = 10f64.powi((x.log10().floor() as i32 - 1).max(0));
    ((x / scale).round() * scale) as i64
}

/// A weight in bits with one decimal and its sign: "+23.4", "-6.1".
pub fn bits(formats: &Formats, bits: f64) -> String {
    let text = formats.one_decimal(bits);
    if bits > 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Formats {
        Formats::for_shop(&crate::settings::ShopSettings {
            locale: "en-US".into(),
            ..crate::settings::ShopSettings::default()
        })
    }

    #[test]
    fn rare_events_read_as_one_in_so_many() {
        let f = en();
        assert_eq!(render(Lang::En, &how_often(&f, 0.8634)), "86.3%");
        assert_eq!(render(Lang::En, &how_often(&f, 0.001)), "0.1%");
        // 1 / 1.3e-7 = 7 692 307.7, two digits kept.
        assert_eq!(render(Lang::En, &how_often(&f, 1.3e-7)), "1 in 7,700,000");
        assert_eq!(render(Lang::En, &how_often(&f, 2.0e-4)), "1 in 5,000");
        assert_eq!(render(Lang::En, &how_often(&f, 0.0)), "never");
        assert_eq!(two_digits(45.4), 45);
        assert_eq!(two_digits(149.0), 150);
    }

    #[test]
    fn weights_carry_their_sign() {
        let f = en();
        assert_eq!(bits(&f, 5.26), "+5.3");
        assert_eq!(bits(&f, -22.04), "-22.0");
        assert_eq!(bits(&f, 0.01), "0.0");
    }

    #[test]
    fn every_rule_field_and_level_has_words_in_every_language() {
        use crate::dedup::block::RULES;
        use crate::dedup::compare::FIELDS;
        let rules: Vec<BlockRule> = RULES
            .iter()
            .map(|r| r.rule)
            .chain([BlockRule::NameNeighbours])
            .collect();
        for lang in [Lang::En, Lang::Fr, Lang::Ru, Lang::Zh, Lang::Hy] {
            let mut seen = std::collections::HashSet::new();
            for r in &rules {
                let words = render(lang, &rule(*r));
                assert!(!words.starts_with("dupdiag-"), "{lang:?} {r:?}");
                assert!(
                    seen.insert(words.clone()),
                    "{lang:?}: two rules read {words}"
                );
            }
            let mut seen = std::collections::HashSet::new();
            for f in FIELDS {
                let words = render(lang, &field(f));
                assert!(
                    seen.insert(words.clone()),
                    "{lang:?}: two fields read {words}"
                );
                let mut levels = std::collections::HashSet::new();
                for l in 1..f.levels() {
                    let words = render(lang, &level(f.level_kind(l as u8)));
                    assert!(
                        levels.insert(words.clone()),
                        "{lang:?} {f:?}: {words} twice"
                    );
                }
            }
            let mut meanings = std::collections::HashSet::new();
            for kind in [
                CheckKind::AgreementFavoursDuplicates,
                CheckKind::PlausibleShare,
                CheckKind::TwoGroups,
            ] {
                assert_ne!(
                    render(lang, &check(kind, true)),
                    render(lang, &check(kind, false)),
                    "{lang:?}"
                );
                assert!(meanings.insert(render(lang, &failure_meaning(kind))));
            }
        }
    }
}
