//! The duplicate detector's explanations in words: "same e-mail, very similar surname and
//! 2 more (first and last names swapped); different phone".

use crate::dedup::compare::{Field, LevelKind};
use crate::dedup::{Explanation, Likeness};

use super::{Lang, Message, render};

/// Why two records look like one person, without the certainty (the window shows that
/// as a percentage beside it).
pub fn reason(lang: Lang, e: &Explanation) -> String {
    let list = |items: &[Likeness]| -> String {
        let separator = render(lang, &Message::new("dedup-list-separator"));
        items
            .iter()
            .map(|l| render(lang, &likeness(*l)))
            .collect::<Vec<_>>()
            .join(&separator)
    };
    let mut text = if e.agree.is_empty() {
        render(lang, &Message::new("dedup-nothing-in-common"))
    } else {
        list(&e.agree)
    };
    if e.more > 0 {
        text = render(
            lang,
            &Message::new("dedup-and-more")
                .arg("list", text)
                .arg("more", e.more),
        );
    }
    if e.swapped {
        text = render(lang, &Message::new("dedup-names-swapped").arg("list", text));
    }
    if !e.differ.is_empty() {
        text = render(
            lang,
            &Message::new("dedup-but-differ")
                .arg("agree", text)
                .arg("differ", list(&e.differ)),
        );
    }
    text
}

/// The reason with the match probability after it, as the command line prints it:
/// "same e-mail, same phone (0.97)".
pub fn explained(lang: Lang, e: &Explanation) -> String {
    render(
        lang,
        &Message::new("dedup-reason-score")
            .arg("reason", reason(lang, e))
            .arg("score", e.score),
    )
}

/// One field's likeness as a message: the field is the message, the level its variant
/// (so that a language can make the words agree with the field's gender).
fn likeness(l: Likeness) -> Message {
    if l.level == LevelKind::SameFixedLine {
        return Message::new("dedup-phone-fixed-line");
    }
    if l.level == LevelKind::OtherForm {
        return Message::new("dedup-first-name-other-form");
    }
    let id = match l.field {
        Field::FirstName => "dedup-first-name",
        Field::LastName => "dedup-surname",
        Field::BirthDate => "dedup-birth-date",
        Field::Address => "dedup-address",
        Field::Street2 => "dedup-address-2",
        Field::Region => "dedup-region",
        Field::Email => "dedup-email",
        Field::Phone => "dedup-phone",
    };
    Message::new(id).arg("level", level_key(l.level))
}

pub(super) fn level_key(level: LevelKind) -> &'static str {
    match level {
        LevelKind::Same => "same",
        LevelKind::VerySimilar => "very-similar",
        LevelKind::Similar => "similar",
        LevelKind::Compatible => "compatible",
        LevelKind::OneDigitApart => "one-digit-apart",
        LevelKind::Close => "close",
        LevelKind::NearlySame => "nearly-same",
        LevelKind::SameStreet => "same-street",
        LevelKind::PartlySame => "partly-same",
        LevelKind::SameFixedLine => "same-fixed-line",
        LevelKind::OtherForm => "other-form",
        LevelKind::Different => "different",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(
        agree: &[(Field, LevelKind)],
        more: usize,
        swapped: bool,
        differ: &[(Field, LevelKind)],
    ) -> Explanation {
        let l = |v: &[(Field, LevelKind)]| {
            v.iter()
                .map(|&(field, level)| Likeness { field, level })
                .collect()
        };
        Explanation {
            agree: l(agree),
            more,
            swapped,
            differ: l(differ),
            score: 0.9749,
        }
    }

    #[test]
    fn english_reads_as_the_detector_always_said_it() {
        use Field::*;
        use LevelKind::*;
        let x = e(
            &[
                (Email, Same),
                (LastName, VerySimilar),
                (Address, SameStreet),
                (BirthDate, OneDigitApart),
            ],
            2,
            true,
            &[(Phone, Different), (FirstName, Compatible)],
        );
        assert_eq!(
            explained(Lang::En, &x),
            "same e-mail, very similar surname, same street, birth date one digit apart and 2 more \
             (first and last names swapped); different phone, compatible first name (0.97)"
        );
        assert_eq!(
            reason(Lang::En, &e(&[], 0, false, &[(Address, PartlySame)])),
            "nothing in common; partly the same address"
        );
    }

    #[test]
    fn every_language_says_every_likeness_in_its_own_words() {
        use LevelKind::*;
        let fields = [
            (
                Field::FirstName,
                vec![Same, VerySimilar, OtherForm, Compatible, Different],
            ),
            (Field::LastName, vec![Same, VerySimilar, Similar, Different]),
            (
                Field::BirthDate,
                vec![Same, OneDigitApart, Close, Different],
            ),
            (
                Field::Address,
                vec![Same, NearlySame, SameStreet, PartlySame, Different],
            ),
            (Field::Street2, vec![Same, VerySimilar, Different]),
            (Field::Region, vec![Same, Different]),
            (Field::Email, vec![Same, NearlySame, Different]),
            (
                Field::Phone,
                vec![Same, SameFixedLine, NearlySame, Different],
            ),
        ];
        for lang in [Lang::En, Lang::Fr, Lang::Ru, Lang::Zh, Lang::Hy] {
            for (field, levels) in &fields {
                let words: Vec<String> = levels
                    .iter()
                    .map(|&level| {
                        render(
                            lang,
                            &likeness(Likeness {
                                field: *field,
                                level,
                            }),
                        )
                    })
                    .collect();
                // Each level of a field reads differently, and none falls back to the id.
                for (i, w) in words.iter().enumerate() {
                    assert!(!w.starts_with("dedup-"), "{lang:?} {w}");
                    assert!(
                        words[i + 1..].iter().all(|o| o != w),
                        "{lang:?} {field:?}: two levels read the same: {w}"
                    );
                }
            }
            if lang != Lang::En {
                let x = e(
                    &[(Field::Email, Same)],
                    3,
                    true,
                    &[(Field::Phone, Different)],
                );
                let said = explained(lang, &x);
                assert!(
                    !said.contains("e-mail,") && !said.contains("more"),
                    "{lang:?}: {said}"
                );
            }
        }
    }
}
