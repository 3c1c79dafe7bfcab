//! Field comparisons: each pair of records gets one level per field (exact, similar, ...,
//! different), the comparison vector the Fellegi-Sunter model weighs.

use super::similarity::{jaro_winkler, levenshtein};

use super::prepare::Prepared;

/// The compared fields, in the order of [`Pattern`]'s levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    FirstName,
    LastName,
    BirthDate,
    /// House number, street and town together: the parts of one address agree together
    /// (two people on one street live in one town), so they weigh as one piece of evidence.
    Address,
    Street2,
    Region,
    Email,
    Phone,
}

pub const FIELDS: [Field; 8] = [
    Field::FirstName,
    Field::LastName,
    Field::BirthDate,
    Field::Address,
    Field::Street2,
    Field::Region,
    Field::Email,
    Field::Phone,
];
pub const NF: usize = FIELDS.len();
/// Level 0 of every field means "not known on one side": it weighs nothing.
pub const MAX_LEVELS: usize = 6;

impl Field {
    /// Levels including the "not known" level 0.
    pub fn levels(self) -> usize {
        match self {
            Field::Address | Field::FirstName => 6,
            Field::LastName | Field::BirthDate => 5,
            Field::Region => 3,
            Field::Phone => 5,
            _ => 4,
        }
    }

    /// The record's match key for this field ("" when not known).
    pub fn value(self, p: &Prepared) -> &str {
        match self {
            Field::FirstName => p.first(),
            Field::LastName => p.last(),
            Field::BirthDate => p.birth(),
            Field::Address => p.address(),
            Field::Street2 => p.street2(),
            Field::Region => p.region(),
            Field::Email => p.email(),
            Field::Phone => p.phone(),
        }
    }

    /// The field's name in the model's diagnostics (`clientele dedup --json`).
    pub fn label(self) -> &'static str {
        match self {
            Field::FirstName => "first name",
            Field::LastName => "surname",
            Field::BirthDate => "birth date",
            Field::Address => "address",
            Field::Street2 => "address line 2",
            Field::Region => "region",
            Field::Email => "e-mail",
            Field::Phone => "phone",
        }
    }

    /// How a level reads in the model's diagnostics ("same", "similar", ...); level 0 is
    /// never shown.
    pub fn level_word(self, level: u8) -> &'static str {
        self.level_kind(level).word()
    }

    /// What a level of this field means, for an explanation in words.
    pub fn level_kind(self, level: u8) -> LevelKind {
        match (self, level) {
            (_, 1) => LevelKind::Same,
            (f, l) if usize::from(l) + 1 == f.levels() => LevelKind::Different,
            (Field::BirthDate, 2) => LevelKind::OneDigitApart,
            (Field::BirthDate, 3) => LevelKind::Close,
            (Field::FirstName, 3) => LevelKind::OtherForm,
            (Field::FirstName, 4) => LevelKind::Compatible,
            (Field::Address, 3) => LevelKind::SameStreet,
            (Field::Address, 4) => LevelKind::PartlySame,
            (Field::Phone, 2) => LevelKind::SameFixedLine,
            (Field::Address, 2) | (Field::Email, 2) | (Field::Phone, 3) => LevelKind::NearlySame,
            (_, 2) => LevelKind::VerySimilar,
            _ => LevelKind::Similar,
        }
    }
}

/// How alike two records are in one field, as an explanation says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LevelKind {
    Same,
    VerySimilar,
    Similar,
    Compatible,
    OneDigitApart,
    Close,
    NearlySame,
    SameStreet,
    PartlySame,
    /// The same phone, a fixed line (a household's).
    SameFixedLine,
    /// The same first name in another of its forms (Vika for Viktoriia): a known
    /// nickname, or a form the shop's own records write for it.
    OtherForm,
    Different,
}

impl LevelKind {
    /// The level's key in `clientele dedup --json` ("same", "one digit apart"...); the
    /// window says it through `text::dupdiag`.
    pub fn word(self) -> &'static str {
        match self {
            LevelKind::Same => "same",
            LevelKind::Different => "different",
            LevelKind::OneDigitApart => "one digit apart",
            LevelKind::Close => "close",
            LevelKind::Compatible => "compatible",
            LevelKind::OtherForm => "another form",
            LevelKind::NearlySame => "nearly the same",
            LevelKind::VerySimilar => "very similar",
            LevelKind::Similar => "similar",
            LevelKind::SameStreet => "same street",
            LevelKind::PartlySame => "partly the same",
            LevelKind::SameFixedLine => "same fixed line",
        }
    }
}

/// One level per field.
pub type Pattern = [u8; NF];

// A packed pattern (three bits a field) fits in a u32.
const _: () = assert!(NF * 3 <= 32);

/// Packs a pattern into one number (3 bits per field, 24 bits in all) for counting
/// identical patterns and keeping every candidate's in four bytes.
pub fn pack(p: &Pattern) -> u32 {
    p.iter().fold(0u32, |acc, &l| (acc << 3) | u32::from(l))
}

pub fn unpack(mut v: u32) -> Pattern {
    let mut p = [0u8; NF];
    for i in (0..NF).rev() {
        p[i] = (v & 7) as u8;
        v >>= 3;
    }
    p
}

fn jw(a: &str, b: &str) -> f64 {
    if a == b { 1.0 } else { jaro_winkler(a, b) }
}

/// How a name's beginning is written whatever the transliteration: an iotated vowel spelt
/// with `i` or `y` (`iu`, `yu` for Ю) and `ye` for Е.
fn iotated(s: &str) -> std::borrow::Cow<'_, str> {
    let b = s.as_bytes();
    if b.len() >= 2 && b[0] == b'i' && matches!(b[1], b'a' | b'u' | b'e' | b'o') {
        return format!("y{}", &s[1..]).into();
    }
    if let Some(rest) = s.strip_prefix("ye") {
        return format!("e{rest}").into();
    }
    s.into()
}

/// Whether `short` is how `long` begins, as a first name cut short is written: its initial
/// (`j` for Jean), a Cyrillic initial in two Latin letters (`iu` for Юрий, Yuriy), or, for
/// a name written in Chinese characters on one side (`han_either`), its first character
/// (`xin` for 欣怡, Xinyi).
fn begins(short: &str, long: &str, han_either: bool) -> bool {
    if short.is_empty() || short.len() >= long.len() {
        return false;
    }
    if short.len() == 1 {
        return long.as_bytes()[0] == short.as_bytes()[0] || iotated(long).starts_with(short);
    }
    (short.len() == 2 || han_either) && iotated(long).starts_with(&*iotated(short))
}

/// Levels: 1 exact, 2 Jaro-Winkler >= 0.92, 3 >= 0.8, the same sound, one letter apart in a
/// short name, or (with `initials`, for first names) a name cut short ([`begins`]); 4
/// different. Names written in Chinese characters on both sides (`han`) are the same, cut
/// short or different. A first name's other forms (Bill for William) are told apart from
/// these in [`compare`] ([`first_name_level`]).
fn name_level(
    a: &str,
    b: &str,
    sound_a: &str,
    sound_b: &str,
    initials: bool,
    han: bool,
    han_either: bool,
) -> u8 {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    if a == b {
        return 1;
    }
    let cut = initials && (begins(a, b, han_either) || begins(b, a, han_either));
    if han {
        return if cut { 3 } else { 4 };
    }
    let s = jw(a, b);
    if s >= 0.92 {
        return 2;
    }
    // One letter mistyped, left out or added ("lev" and "lnv", "hclene" and "helene"):
    // Jaro-Winkler is harsh on short names, and on a typo next to a repeated letter, which
    // it counts as letters out of order (0.78 for "hclene" and "helene").
    if s >= 0.8
        || cut
        || (!sound_a.is_empty() && sound_a == sound_b)
        || (a.len().min(b.len()) >= 3 && one_edit_apart(a.as_bytes(), b.as_bytes()))
    {
        return 3;
    }
    4
}

/// The first name's level from [`name_level`]'s (1 same, 2 very similar, 3 compatible, 4
/// different): 3 becomes "another form of the name" where one is a known nickname of the
/// other or a form the shop's records write for it (`other_form`), then compatible is 4
/// and different 5.
fn first_name_level(level: u8, other_form: bool) -> u8 {
    match level {
        3 | 4 if other_form => 3,
        3 => 4,
        4 => 5,
        l => l,
    }
}

/// Whether two different texts are one letter apart (one changed, left out or added), in
/// one pass and without the table a Levenshtein distance fills: most name pairs a million
/// contacts compare are far apart, and are told so at their first two differences.
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let Some(i) = short.iter().zip(long).position(|(x, y)| x != y) else {
        // One is the other with a letter added at the end.
        return long.len() == short.len() + 1;
    };
    if short.len() == long.len() {
        short[i + 1..] == long[i + 1..]
    } else {
        short[i..] == long[i + 1..]
    }
}

/// Whether two texts are at most one letter apart (`levenshtein(a, b) <= 1`), without the
/// table a Levenshtein distance fills for the many pairs of e-mails and phones that differ.
fn within_one_edit(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        one_edit_apart(a.as_bytes(), b.as_bytes())
    } else {
        levenshtein(a, b) <= 1
    }
}

fn birth_level(a: &str, b: &str) -> u8 {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    if a == b {
        return 1;
    }
    let d = levenshtein(a, b);
    if d <= 1 {
        return 2;
    }
    // Day and month swapped (the other locale's order), or two typos.
    let swapped = a.len() == 8
        && b.len() == 8
        && a[..4] == b[..4]
        && a[4..6] == b[6..8]
        && a[6..8] == b[4..6];
    if d <= 2 || swapped {
        return 3;
    }
    4
}

/// Levels: 1 exact, 2 JW >= 0.9 (and for streets, 3 JW >= 0.8), last different.
fn text_level(a: &str, b: &str, levels: usize) -> u8 {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    if a == b {
        return 1;
    }
    let s = jw(a, b);
    if s >= 0.9 {
        return 2;
    }
    if levels == 5 && s >= 0.8 {
        return 3;
    }
    (levels - 1) as u8
}

/// Levels: 1 exact, 2 one edit apart, 3 different.
fn code_level(a: &str, b: &str) -> u8 {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    if a == b {
        return 1;
    }
    if a.len() == b.len() && within_one_edit(a, b) {
        return 2;
    }
    3
}

/// Levels: 1 the same house number, street and town; 2 nearly the same (the same house
/// number, the street or the town mistyped); 3 the same street with a house number one
/// digit apart or left out on one side (neighbours as often as a typo); 4 partly the same
/// (the same town with another street, or the same street and number in another town);
/// 5 different. A street known on one side only compares the towns.
fn address_level(a: &Prepared, b: &Prepared) -> u8 {
    let known = |x: &str, y: &str| !x.is_empty() && !y.is_empty();
    let city = known(a.city(), b.city()).then(|| a.city() == b.city());
    let postcode = known(a.postcode(), b.postcode()).then(|| a.postcode() == b.postcode());
    // The town is the same when a part known on both sides agrees and none disagrees.
    let town_same = match (city, postcode) {
        (None, None) => None,
        (Some(c), None) => Some(c),
        (None, Some(p)) => Some(p),
        (Some(c), Some(p)) => Some(c && p),
    };
    // Nearly the same town: the name or the postcode the same or mistyped.
    let town_near = (known(a.city(), b.city()) && jw(a.city(), b.city()) >= 0.9)
        || matches!(code_level(a.postcode(), b.postcode()), 1 | 2);
    if !known(a.street(), b.street()) {
        return match town_same {
            None => 0,
            Some(_) if town_near => 4,
            Some(_) => 5,
        };
    }
    let number = code_level(a.street_no(), b.street_no());
    let street = text_level(a.street(), b.street(), 5);
    if street == 1 && a.street_no() == b.street_no() && town_same != Some(false) {
        return 1;
    }
    let town = town_same.is_none() || town_near;
    // The street the same or nearly, the number the same, one digit apart or left out.
    let same_place = street <= 2 && number <= 2;
    if same_place && town {
        // One house written twice, or two houses of one street: a neighbour's house
        // number is as often one digit away as a mistyped one.
        return if number == 1 { 2 } else { 3 };
    }
    if same_place || (town_same.is_some() && town_near) {
        return 4;
    }
    5
}

fn local_part(e: &str) -> &str {
    e.split('@').next().unwrap_or("")
}

/// Whether an e-mail's local part spells nothing but the names of the two records
/// (`jean.dupont`, `jdupont`, `dupont_jean`): two namesakes often have such addresses at
/// different providers, so their likeness says no more than the names already do. Names
/// transliterated one way in the mailbox and another in the record (`kiselev`, `kiselyov`)
/// count as the names when the mailbox has no digits and is at most two edits from them.
fn only_names(local: &str, a: &Prepared, b: &Prepared) -> bool {
    let alnum = |s: &str| -> String { s.chars().filter(char::is_ascii_alphanumeric).collect() };
    let mut rest = alnum(local);
    for name in [a.first(), a.last(), b.first(), b.last()] {
        let name = alnum(name);
        if name.len() >= 2 {
            rest = rest.replacen(&name, "", 1);
        }
    }
    if rest.len() <= 1 {
        return true;
    }
    let letters = alnum(local);
    if letters.len() < 4 || letters.bytes().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // The mailbox keyed like a name too (`kseniya` and Ксения's key `xeniia`: see
    // `Preparer::prepare`).
    let keyed = letters.replace("ks", "x");
    [a, b].iter().any(|p| {
        let (first, last) = (alnum(p.first()), alnum(p.last()));
        if first.is_empty() || last.len() < 2 {
            return false;
        }
        let initial = &first[..1];
        [
            format!("{first}{last}"),
            format!("{last}{first}"),
            format!("{initial}{last}"),
            format!("{last}{initial}"),
        ]
        .iter()
        .any(|spelt| levenshtein(&letters, spelt) <= 2 || levenshtein(&keyed, spelt) <= 2)
    })
}

/// Levels: 1 the same, 2 the same mailbox at another provider or one edit apart, 3
/// different; 0 (no evidence either way) when such a near match is a mailbox of nothing
/// but the names ([`only_names`]).
fn email_level(x: &Prepared, y: &Prepared) -> u8 {
    fn letters(l: &str) -> impl Iterator<Item = char> + '_ {
        l.chars().filter(|c| !c.is_ascii_digit())
    }
    let (a, b) = (x.email(), y.email());
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    if a == b {
        return 1;
    }
    let (la, lb) = (local_part(a), local_part(b));
    // Mailboxes that differ only in their digits (`sjones` and `sjones7` at one
    // provider) are how a provider tells namesakes apart, not a typo.
    let near = la == lb || within_one_edit(a, b);
    if near && !(la != lb && letters(la).eq(letters(lb))) {
        // A mailbox of nothing but the names at another provider says no more than the
        // names: neither the same person nor another.
        return if only_names(la, x, y) { 0 } else { 2 };
    }
    3
}

/// Levels: 1 the same number (a mobile, or of a kind the numbering plan does not tell), 2
/// the same fixed line (`fixed`: a household's phone, shared by the people who live
/// there, so weighed apart from a person's own), 3 nearly the same, 4 different.
fn phone_level(a: &str, b: &str, fixed: bool) -> u8 {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    if a == b {
        return if fixed { 2 } else { 1 };
    }
    let tail = |p: &str| p.len() >= 8 && p.is_char_boundary(p.len() - 8);
    if (tail(a) && tail(b) && a[a.len() - 8..] == b[b.len() - 8..]) || within_one_edit(a, b) {
        return 3;
    }
    4
}

/// A name level corrected for names written in Chinese characters on both sides: one
/// pinyin key stands for many names (许 and 徐 are both `xu`), so names with the same key
/// but other characters are not the same name; they sound the same, which is how a wrong
/// character is picked when typing pinyin, and weigh as the same sound does (level 3).
fn han_level(level: u8, a: &str, b: &str) -> u8 {
    if level != 1 || a.is_empty() || b.is_empty() || a == b {
        return level;
    }
    3
}

/// `level` ([`name_level`]'s) or, where it is closer, the level of a name written in
/// Armenian letters on one side, read as Western Armenian ([`crate::clean::western_armenian_name_key`]),
/// against the name in Latin letters on the other: Armenians write their names in Latin
/// letters as either Eastern or Western Armenian reads them (Gevorg or Kevork for Գևորգ).
/// Two names both in Armenian letters are compared as written (their Eastern keys). The
/// other reading raises a level only to "the same" or "very similar".
fn western_level(level: u8, initials: bool, a: &str, a_west: &str, b: &str, b_west: &str) -> u8 {
    let mut best = level;
    let crossed = [
        (a_west, b, b_west.is_empty()),
        (a, b_west, a_west.is_empty()),
    ];
    for (x, y, other_latin) in crossed {
        if !other_latin || x.is_empty() || y.is_empty() {
            continue;
        }
        // Only the same name or a very similar one counts: the other reading doubles the
        // chances that two different names merely resemble (Կարինե read garine against
        // Gayane).
        let l = name_level(x, y, "", "", initials, false, false);
        if matches!(l, 1 | 2) && l < best {
            best = l;
        }
    }
    best
}

/// Whether first and last names look swapped between the two records.
pub fn names_swapped(a: &Prepared, b: &Prepared) -> bool {
    if a.first().is_empty() || a.last().is_empty() || b.first().is_empty() || b.last().is_empty() {
        return false;
    }
    // Names in Chinese characters on both sides are read by their characters: 杨洋 has
    // one pinyin key, `yang`, for its two names.
    let chars = [
        a.first_chars(),
        a.last_chars(),
        b.first_chars(),
        b.last_chars(),
    ];
    if chars.iter().all(|c| !c.is_empty()) {
        if a.first_chars() == b.first_chars() || a.last_chars() == b.last_chars() {
            return false;
        }
        if a.first_chars() == b.last_chars() || a.last_chars() == b.first_chars() {
            return true;
        }
    }
    if latin_swapped(a.first(), a.last(), b.first(), b.last()) {
        return true;
    }
    if a.first() == b.first() || a.last() == b.last() {
        return false;
    }
    // Names in Armenian letters on one side only: also as Western Armenian reads them.
    let (aw, bw) = (
        [a.first_western(), a.last_western()],
        [b.first_western(), b.last_western()],
    );
    let latin = |w: &[&str; 2]| w.iter().all(|k| k.is_empty());
    if !latin(&aw) && latin(&bw) {
        return latin_swapped(aw[0], aw[1], b.first(), b.last());
    }
    if latin(&aw) && !latin(&bw) {
        return latin_swapped(a.first(), a.last(), bw[0], bw[1]);
    }
    false
}

/// Whether the names `af` `al` and `bf` `bl` (keys in Latin letters, none empty) look
/// swapped.
fn latin_swapped(af: &str, al: &str, bf: &str, bl: &str) -> bool {
    if af.is_empty() || al.is_empty() || bf.is_empty() || bl.is_empty() {
        return false;
    }
    if af == bf || al == bl {
        return false;
    }
    // One name moved to the other field and the other mistyped, or both swapped.
    let one_exact = af == bl || al == bf;
    // An initial is as close to a name it begins as a light typo ("P." for "Pierre").
    let jw = |x: &str, y: &str| -> f64 {
        if x.len() == 1 || y.len() == 1 {
            if x.as_bytes().first() == y.as_bytes().first() {
                0.95
            } else {
                0.0
            }
        } else {
            jw(x, y)
        }
    };
    let cross_first = jw(af, bl);
    // Without an exact crossed name, both crossed names must be close (crossed >= 1.8):
    // most pairs stop here after one comparison instead of four.
    if !one_exact && cross_first < 0.8 {
        return false;
    }
    let crossed = cross_first + jw(al, bf);
    if !one_exact && crossed < 1.8 {
        return false;
    }
    let straight = jw(af, bf) + jw(al, bl);
    (crossed > straight + 0.3 && crossed >= 1.8) || (one_exact && crossed > straight)
}

/// Whether `other` is one of the learnt forms of `a`'s first name, or written nearly like
/// one (Viktoria for the form Viktoriia, a typo in Masha): the forms' own spellings vary
/// as much as any name's.
fn is_form_of(a: &Prepared, other: &str) -> bool {
    a.first_forms.as_ref().is_some_and(|forms| {
        forms.iter().any(|f| {
            &**f == other
                || jw(f, other) >= 0.92
                || (f.len().min(other.len()) >= 3 && one_edit_apart(f.as_bytes(), other.as_bytes()))
        })
    })
}

/// The comparison vector of a pair.
pub fn compare(a: &Prepared, b: &Prepared) -> Pattern {
    let swapped = names_swapped(a, b);
    let (bf, bl, bfs, bls, bfh, blh, bfc, blc) = if swapped {
        (
            b.last(),
            b.first(),
            b.last_sound(),
            b.first_sound(),
            b.last_han,
            b.first_han,
            b.last_chars(),
            b.first_chars(),
        )
    } else {
        (
            b.first(),
            b.last(),
            b.first_sound(),
            b.last_sound(),
            b.first_han,
            b.last_han,
            b.first_chars(),
            b.last_chars(),
        )
    };
    let (bfw, blw) = if swapped {
        (b.last_western(), b.first_western())
    } else {
        (b.first_western(), b.last_western())
    };
    let first = han_level(
        name_level(
            a.first(),
            bf,
            a.first_sound(),
            bfs,
            true,
            a.first_han && bfh,
            a.first_han || bfh,
        ),
        a.first_chars(),
        bfc,
    );
    let first = western_level(first, true, a.first(), a.first_western(), bf, bfw);
    // Another form of the first name: a known nickname, or a form the shop's records write
    // for it (either side's forms: a name written nearly like a form has none of its own).
    // Names in Chinese characters are read by their characters.
    let other_form = matches!(first, 3 | 4)
        && !(a.first_han && bfh)
        && (super::nicknames::related(a.first(), bf)
            || is_form_of(a, bf)
            || (!swapped && is_form_of(b, a.first())));
    let first = first_name_level(first, other_form);
    let last = han_level(
        name_level(
            a.last(),
            bl,
            a.last_sound(),
            bls,
            false,
            a.last_han && blh,
            a.last_han || blh,
        ),
        a.last_chars(),
        blc,
    );
    [
        first,
        western_level(last, false, a.last(), a.last_western(), bl, blw),
        birth_level(a.birth(), b.birth()),
        address_level(a, b),
        text_level(a.street2(), b.street2(), 4),
        text_level(a.region(), b.region(), 3).min(2),
        email_level(a, b),
        phone_level(a.phone(), b.phone(), a.phone_fixed && b.phone_fixed),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::prepare::Keys;
    use super::*;

    fn person(first: &str, last: &str, birth: &str) -> Prepared {
        Prepared::from(Keys {
            first,
            last,
            birth,
            judgeable: true,
            ..Keys::default()
        })
    }

    #[test]
    fn levels_follow_similarity() {
        let level = |a: &str, b: &str, initials: bool, han: bool, han_either: bool| {
            name_level(a, b, "", "", initials, han, han_either)
        };
        assert_eq!(level("jean", "jean", true, false, false), 1);
        assert_eq!(level("dupont", "dupond", false, false, false), 2);
        assert_eq!(level("j", "jean", true, false, false), 3);
        assert_eq!(level("j", "jean", false, false, false), 4);
        assert_eq!(level("", "jean", true, false, false), 0);
        assert_eq!(level("yang", "yong", true, true, true), 4);
        assert_eq!(level("yang", "yang", true, true, true), 1);
        // Cut short: Cyrillic initials in two letters, a Chinese name's first character.
        assert_eq!(level("iu", "yuriy", true, false, false), 3);
        assert_eq!(level("ia", "yaroslav", true, false, false), 3);
        assert_eq!(level("e", "yervand", true, false, false), 3);
        assert_eq!(level("xin", "xinyi", true, false, true), 3);
        assert_eq!(level("xin", "xinyi", true, true, true), 3);
        assert_eq!(level("xin", "xinyi", false, true, true), 4);
        assert_eq!(level("xinyi", "xin", true, true, true), 3);
        assert_eq!(level("xin", "haiqian", true, false, true), 4);
        assert_eq!(level("m", "yuriy", true, false, false), 4);
        // Names one letter apart, which Jaro-Winkler puts below 0.8 when the letter sits
        // next to a repeated one.
        assert_eq!(level("lev", "lnv", true, false, false), 3);
        assert_eq!(level("hclene", "helene", true, false, false), 3);
        assert_eq!(level("chlde", "chloe", true, false, false), 3);
        assert_eq!(level("chlde", "chwoe", true, false, false), 4);
        assert_eq!(level("zoe", "zre", true, false, false), 3);
        assert_eq!(level("anna", "paul", true, false, false), 4);
        // Another form of the same first name in the public list (lines
        // "william,has_nickname,bill" and "margaret,has_nickname,peggy" of
        // assets/names/nicknames.csv): a level of its own, for first names only; a name cut
        // short stays compatible, and different names stay different.
        let first = |a: &str, b: &str| compare(&person(a, "smith", ""), &person(b, "smith", ""))[0];
        assert_eq!(first("bill", "william"), 3);
        assert_eq!(first("william", "bill"), 3);
        assert_eq!(first("peggy", "margaret"), 3);
        assert_eq!(first("j", "jean"), 4);
        assert_eq!(first("peggy", "william"), 5);
        assert_eq!(first("jean", "jean"), 1);
        let last = |a: &str, b: &str| compare(&person("john", a, ""), &person("john", b, ""))[1];
        assert_eq!(last("bill", "william"), 4);
        assert_eq!(birth_level("19800304", "19800304"), 1);
        assert_eq!(birth_level("19800304", "19800305"), 2);
        assert_eq!(birth_level("19800304", "19800403"), 3);
        assert_eq!(birth_level("19800304", "19650101"), 4);
        assert_eq!(phone_level("+33612345678", "0612345678", false), 3);
        assert_eq!(phone_level("+33612345678", "+33612345678", false), 1);
        assert_eq!(phone_level("+33145678912", "+33145678912", true), 2);
        assert_eq!(phone_level("+33145678912", "+33145678913", true), 3);
        assert_eq!(phone_level("+33145678912", "+33698765432", false), 4);
        let mail = |first: &str, last: &str, email: &str| {
            Prepared::from(Keys {
                first,
                last,
                email,
                judgeable: true,
                ..Keys::default()
            })
        };
        // (names, one e-mail, the other, level). Digits told apart by the provider are not
        // a typo; a letter one edit away is.
        let cases = [
            (("jean", "dupont"), "jd75@x.fr", "jd75@y.com", 2),
            (
                ("jean", "dupont"),
                "jean.dupont@x.fr",
                "jean_dupont@x.fr",
                0,
            ),
            (
                ("jean", "dupont"),
                "jean.dupont@x.fr",
                "marie.dupont@x.fr",
                3,
            ),
            (
                ("simon", "jones"),
                "sjones7@yahoo.co.uk",
                "sjones@yahoo.co.uk",
                3,
            ),
            (
                ("simon", "jones"),
                "simon.jones12@yahoo.co.uk",
                "simon.jones21@yahoo.co.uk",
                3,
            ),
            (
                ("simon", "jones"),
                "sjomes7@yahoo.co.uk",
                "sjones7@yahoo.co.uk",
                2,
            ),
            // The names in the mailbox spelt another way than in the record: still only
            // the names. With digits of its own, the mailbox says more.
            (
                ("roman", "kiselyov"),
                "rkiselev@gmail.com",
                "rkiselev@outlook.com",
                0,
            ),
            (
                ("matvey", "klyonin"),
                "matveyklionin@bk.ru",
                "matveyklionin@yandex.ru",
                0,
            ),
            // Ксения Филиппина: her keys (`xeniia`) are spelt otherwise than her mailbox.
            (
                ("xeniia", "filippina"),
                "kseniya_filippina@mail.ru",
                "kseniya_filippina@bk.ru",
                0,
            ),
            (
                ("roman", "kiselyov"),
                "rkiselev7@gmail.com",
                "rkiselev7@outlook.com",
                2,
            ),
            (
                ("roman", "kiselyov"),
                "rk1956@gmail.com",
                "rk1956@outlook.com",
                2,
            ),
        ];
        for ((first, last), x, y, level) in cases {
            let (a, b) = (mail(first, last, x), mail(first, last, y));
            assert_eq!(email_level(&a, &b), level, "{x} / {y}");
        }
    }

    #[test]
    fn one_edit_apart_is_one_levenshtein_edit() {
        let words = [
            "", "a", "ab", "ba", "abc", "acb", "abd", "abcd", "hclene", "helene", "helen",
            "hellene", "chloe", "chlde", "chwoe", "zoe", "zoey", "xzoe",
        ];
        for x in words {
            for y in words {
                let expected = levenshtein(x, y) == 1;
                assert_eq!(
                    one_edit_apart(x.as_bytes(), y.as_bytes()),
                    expected,
                    "{x} / {y}"
                );
            }
        }
    }

    #[test]
    fn swapped_names_compare_crossed() {
        let a = person("dupont", "jean", "");
        let b = person("jean", "dupont", "");
        assert!(names_swapped(&a, &b));
        let p = compare(&a, &b);
        assert_eq!((p[0], p[1]), (1, 1));
        let c = person("jean", "dupont", "");
        assert!(!names_swapped(&b, &c));
        // Swapped, with the first name cut to its initial and the surname mistyped.
        let d = person("pierre", "baronin", "");
        let e = person("barnoin", "p", "");
        assert!(names_swapped(&d, &e));
        let p = compare(&d, &e);
        assert_eq!((p[0], p[1]), (4, 2));
        // An initial that does not begin the other name is no swap.
        assert!(!names_swapped(&d, &person("barnoin", "m", "")));
    }

    /// A record of a first name and a surname, prepared as the detection prepares it.
    fn named(first: &str, last: &str) -> Prepared {
        super::super::prepare::Preparer::new(None).prepare(&super::super::Record {
            first_name: Some(first.into()),
            last_name: Some(last.into()),
            ..super::super::Record::default()
        })
    }

    #[test]
    fn chinese_names_in_characters_compare_by_their_characters() {
        let han = named;
        // 许 and 徐 are two surnames, both `xu` in pinyin: the same sound, not the same name.
        let (a, b) = (han("伟", "许"), han("伟", "徐"));
        assert_eq!((a.last(), b.last()), ("xu", "xu"));
        assert_eq!(compare(&a, &b)[..2], [1, 3]);
        assert_eq!(compare(&a, &han("伟", "许"))[..2], [1, 1]);
        assert_eq!(compare(&han("晓明", "王"), &han("晓鸣", "王"))[..2], [4, 1]);
        // Characters on one side only: the pinyin key decides.
        assert_eq!(compare(&a, &han("Wei", "Xu"))[..2], [1, 1]);
        // Swapped names follow their characters: 许 (a's first name field) meets 徐.
        assert_eq!(compare(&han("许", "伟"), &b)[..2], [4, 1]);
        // 杨洋 written both ways round: one pinyin key for both names, told apart by the
        // characters.
        let (straight, swapped) = (han("洋", "杨"), han("杨", "洋"));
        assert!(names_swapped(&straight, &swapped));
        assert_eq!(compare(&straight, &swapped)[..2], [1, 1]);
        assert!(!names_swapped(&straight, &han("洋", "杨")));
    }

    #[test]
    fn armenian_names_compare_as_eastern_and_western_armenian_read_them() {
        let armenian = named("Գևորգ", "Համբարձումյան");
        assert_eq!(
            (armenian.first(), armenian.last()),
            ("gevorg", "hambardzumyan")
        );
        assert_eq!(
            (armenian.first_western(), armenian.last_western()),
            ("kevork", "hampartsumyan")
        );
        // Western Armenian in Latin letters: the same first name, a very similar surname.
        assert_eq!(
            compare(&armenian, &named("Kevork", "Hampartzoumian"))[..2],
            [1, 2]
        );
        assert_eq!(
            compare(&named("Kevork", "Hampartzoumian"), &armenian)[..2],
            [1, 2]
        );
        // Eastern Armenian as before.
        assert_eq!(
            compare(&armenian, &named("Gevorg", "Hambardzumyan"))[..2],
            [1, 1]
        );
        // Swapped fields follow their keys.
        assert_eq!(
            compare(&named("Պողոսյան", "Գրիգոր"), &named("Krikor", "Boghosyan"))[..2],
            [1, 1]
        );
        // Two names in Armenian letters are compared as written: Գոհար and Կոհար are two
        // names, even though Western Armenian reads the first like the second's Eastern.
        let (g, k) = (named("Գոհար", "Սարգսյան"), named("Կոհար", "Սարգսյան"));
        assert_eq!(g.first_western(), k.first());
        assert_eq!(compare(&g, &k)[0], 4);
        // The other reading counts only where it gives the same name or a very similar
        // one: Կարինե read garine merely resembles Gayane, another name.
        assert_eq!(named("Կարինե", "Մկրտչյան").first_western(), "garine");
        assert_eq!(
            compare(&named("Կարինե", "Մկրտչյան"), &named("Gayane", "Mkrtchyan"))[0],
            5
        );
        // Names without Armenian letters have no Western key.
        assert_eq!(named("Kevork", "Hampartzoumian").first_western(), "");
    }

    #[test]
    fn patterns_pack_and_unpack() {
        let p: Pattern = [1, 2, 3, 4, 0, 1, 2, 3];
        assert_eq!(unpack(pack(&p)), p);
    }
}
