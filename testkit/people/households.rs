//! Generator B: a shop's customers as families living in France, written by many hands.
//!
//! Specification (written before the code, and different from generator A on purpose: name
//! frequencies, households, duplicate rate and the kinds of mess all differ):
//!
//! **People.** Customers come in households. A household has 1 to 5 customers (45 %, 30 %,
//! 13 %, 9 %, 3 %): one or two adults (a second adult is a partner, of the other sex in
//! 95 % of couples, born within six years; 70 % of partners take the household's surname)
//! and grown-up children (18 to 35, born 20 to 40 years after the parent). When a household
//! has two or more children, the second is the **twin** of the first one time in five: same
//! surname, birth date and address, another first name. Every household shares an
//! address; 30 % have a **landline** (`01` to `05` by region, `0262` on La Réunion), which
//! each member gives as their phone three times in ten (always when they have no mobile),
//! and
//! 35 % of households of two or more have a **family e-mail** (`famille.martin@free.fr`,
//! `lesmartin@orange.fr`, `jean.et.marie.martin@gmail.com`) that the first adult gives as
//! their e-mail seven times in ten and the others four times in ten.
//!
//! **Origins and names.** A household is French (76 %), Russian (9 %), Chinese (9 %) or
//! Armenian (6 %). Names are drawn with Zipf-Mandelbrot frequencies, weight
//! `1 / (rank + q)^s`, from the public-knowledge lists in `names/` (most frequent first):
//! first names with `q = 3, s = 1`, surnames with `q = 10, s = 1`. French and Russian
//! surnames also have a long tail of rarer names built from a root and an ending (40 % of
//! French surnames, 30 % of Russian ones), as real surname distributions have. Russian
//! women's surnames take -а. One single customer in a hundred is a **namesake**: they get
//! the full name of an earlier customer of the same origin and sex, and live in another
//! city.
//!
//! **Writing.** Each person has a usual way of being written: Russians in Cyrillic 60 % of
//! the time, otherwise in Latin letters by one of three transliterations (passport `Iuliia`,
//! English `Yuliya`, French `Ioulia`); Chinese in Hanzi 50 %, otherwise in pinyin, the
//! given name joined (`Xiuying`) or split (`Xiu Ying`); Armenians in Armenian script 40 %,
//! otherwise in Latin letters, Eastern (`Sargsyan`) or French-Western (`Sarkissian`). A
//! personal e-mail (85 % of people) is made of the names in Latin letters in one of eight
//! patterns (`jean.martin`, `jmartin`, `martin.jean`, `jean1987`, ...) at a provider drawn
//! by market share; no two people get the same one by chance. A mobile (92 %, 70 % over
//! 75) is unique to its person. Each person writes their phone their own way, one of
//! `0612345678`, `06 12 34 56 78`, `06.12.34.56.78`, `+33 6 12 34 56 78`, `+33612345678`,
//! `0033 6 12 34 56 78`, `+33 (0)6 12 34 56 78`, `06-12-34-56-78`.
//! Addresses are a house number (5 % with `bis` or `ter`), a street from `names/streets.txt`
//! (`q = 2, s = 0.8`) and a city from `names/cities.txt` (`q = 3, s = 1`) with one of its
//! postcodes. Birth dates are drawn for ages 18 to 90 on 2026-12-06.
//!
//! **Records.** 80 % of people have one record; **20 % have 2 to 4** (2: 60 %, 3: 27 %,
//! 4: 13 %), so about 23.4 % of records are a second or later record of someone. Every
//! record, the first one too, may miss its e-mail (5 %), phone (5 %), birth date (10 %) or
//! street (1 %). A second or later record is written again from the person, each mess
//! drawn on its own with its chance: e-mail missing 12 %, phone missing 12 %, birth date
//! missing 15 %, street missing 3 %, a typo in a name 20 %, a **nickname** (Alexandre ->
//! Alex, Александр -> Саша) 30 % where the list has one, the **other script** (Hanzi vs
//! pinyin, Cyrillic or Armenian vs Latin) 35 % for non-French, **another transliteration**
//! 20 % when written in Latin letters, first and last names swapped 8 %, surname in upper
//! case 15 % or all in lower case 5 %, accents dropped 25 %, the phone **written another
//! way** 60 %, the household landline instead of the mobile or the other way round 10 %,
//! the same mailbox at **another provider** 8 %, the **family e-mail** instead of the
//! personal one or the other way round 10 %, the
//! street written another way (`av.`, `bd`, `bld`, `r.`, `St-`, `Gal`, `12, rue`, ...)
//! 25 %, a birth
//! date typo (day and month swapped, or the day one off) 4 %, the hyphen of a compound
//! first name dropped 30 %. One person in five with several records has **moved** between
//! them: the later records have a new address (another city half of the time) and no
//! landline, and keep the e-mail and the mobile.
//!
//! Rows are shuffled and numbered after the shuffle.

use std::sync::OnceLock;

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{
    KeySet, PersonRecord, Script, cumulative, has_accents, key, mailbox_word, pick,
    pick_cumulative, pick_str, strip_accents,
};

/// Where a household comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    French,
    Russian,
    Chinese,
    Armenian,
}

/// Share of households of each origin.
pub const ORIGIN_SHARES: [(Origin, f64); 4] = [
    (Origin::French, 0.76),
    (Origin::Russian, 0.09),
    (Origin::Chinese, 0.09),
    (Origin::Armenian, 0.06),
];

/// Share of people of each non-French origin usually written in their own script.
pub const NATIVE_SCRIPT_SHARES: [(Origin, f64); 3] = [
    (Origin::Russian, 0.60),
    (Origin::Chinese, 0.50),
    (Origin::Armenian, 0.40),
];

/// Share of people with more than one record.
pub const MULTI_RECORD_SHARE: f64 = 0.20;

/// Among people with more than one record: how many records, with what chance.
pub const RECORD_COUNTS: [(usize, f64); 3] = [(2, 0.60), (3, 0.27), (4, 0.13)];

/// The share of records that are a second or later record of someone, from the two above.
pub fn expected_duplicate_share() -> f64 {
    let extra: f64 = RECORD_COUNTS
        .iter()
        .map(|(k, p)| (*k as f64 - 1.0) * p)
        .sum::<f64>()
        * MULTI_RECORD_SHARE;
    extra / (1.0 + extra)
}

/// Household sizes 1 to 5 and their chances.
pub const HOUSEHOLD_SIZES: [f64; 5] = [0.45, 0.30, 0.13, 0.09, 0.03];

/// Among people with several records, the share who moved between them.
pub const MOVED_SHARE: f64 = 0.20;

/// The date ages are counted on.
const TODAY: (u32, u32, u32) = (2026, 12, 6);

/// A way a record differs from how the person would be written with no mistake.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mess {
    MissingEmail,
    MissingPhone,
    MissingBirthDate,
    MissingStreet,
    NameTypo,
    Nickname,
    OtherScript,
    OtherTransliteration,
    NamesSwapped,
    UpperSurname,
    LowerCase,
    AccentsDropped,
    PhoneFormat,
    Landline,
    EmailProvider,
    FamilyEmail,
    StreetWritten,
    BirthDateTypo,
    HyphenDropped,
}

impl Mess {
    /// Every kind.
    pub const ALL: [Mess; 19] = [
        Mess::MissingEmail,
        Mess::MissingPhone,
        Mess::MissingBirthDate,
        Mess::MissingStreet,
        Mess::NameTypo,
        Mess::Nickname,
        Mess::OtherScript,
        Mess::OtherTransliteration,
        Mess::NamesSwapped,
        Mess::UpperSurname,
        Mess::LowerCase,
        Mess::AccentsDropped,
        Mess::PhoneFormat,
        Mess::Landline,
        Mess::EmailProvider,
        Mess::FamilyEmail,
        Mess::StreetWritten,
        Mess::BirthDateTypo,
        Mess::HyphenDropped,
    ];

    /// The chance of this mess on a second or later record, where it can apply.
    pub fn chance_on_duplicate(self) -> f64 {
        match self {
            Mess::MissingEmail => 0.12,
            Mess::MissingPhone => 0.12,
            Mess::MissingBirthDate => 0.15,
            Mess::MissingStreet => 0.03,
            Mess::NameTypo => 0.20,
            Mess::Nickname => 0.30,
            Mess::OtherScript => 0.35,
            Mess::OtherTransliteration => 0.20,
            Mess::NamesSwapped => 0.08,
            Mess::UpperSurname => 0.15,
            Mess::LowerCase => 0.05,
            Mess::AccentsDropped => 0.25,
            Mess::PhoneFormat => 0.60,
            Mess::Landline => 0.10,
            Mess::EmailProvider => 0.08,
            Mess::FamilyEmail => 0.10,
            Mess::StreetWritten => 0.25,
            Mess::BirthDateTypo => 0.04,
            Mess::HyphenDropped => 0.30,
        }
    }

    /// The chance of this mess on a person's first record (only missing fields).
    pub fn chance_on_first(self) -> f64 {
        match self {
            Mess::MissingEmail => 0.05,
            Mess::MissingPhone => 0.05,
            Mess::MissingBirthDate => 0.10,
            Mess::MissingStreet => 0.01,
            _ => 0.0,
        }
    }
}

/// A record with what the generator knows about it.
#[derive(Clone, Debug)]
pub struct Labelled {
    pub record: PersonRecord,
    pub origin: Origin,
    /// The script the person is usually written in.
    pub usual_script: Script,
    /// The script this record's names are written in.
    pub script: Script,
    /// 0 for the person's first record.
    pub copy: usize,
    pub messes: Vec<Mess>,
    /// Whether this record has the address the person moved to.
    pub moved: bool,
    pub household: u64,
    pub twin: bool,
    pub namesake: bool,
    /// The household's family e-mail and landline (nine digits), if it has them.
    pub family_email: Option<String>,
    pub landline: Option<String>,
    /// The person's own mailbox and mobile (nine digits), if they have them.
    pub personal_email: Option<String>,
    pub mobile: Option<String>,
}

/// `n` records of the family shop, the same for the same seed.
pub fn generate(n: usize, seed: u64) -> Vec<PersonRecord> {
    build(n, seed, false)
        .into_iter()
        .map(|l| l.record)
        .collect()
}

/// `n` records with everything the generator knows about them.
pub fn generate_labelled(n: usize, seed: u64) -> Vec<Labelled> {
    build(n, seed, true)
}

/// The records; the household's e-mail and phones are copied into the labels only when
/// asked (a million copies of them cost a second and 150 MB).
fn build(n: usize, seed: u64, keep_contacts: bool) -> Vec<Labelled> {
    let lists = lists();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut state = State::default();
    let household_cum = cumulative(HOUSEHOLD_SIZES);
    let counts_cum = cumulative(RECORD_COUNTS.iter().map(|c| c.1));
    let mut out: Vec<Labelled> = Vec::with_capacity(n);
    let mut household_id = 0u64;
    let keep = |x: &Option<String>| if keep_contacts { x.clone() } else { None };
    'outer: while out.len() < n {
        household_id += 1;
        let size = pick_cumulative(&mut rng, &household_cum) + 1;
        let people = make_household(&mut rng, lists, &mut state, size);
        for person in people {
            let copies = if rng.random_bool(MULTI_RECORD_SHARE) {
                RECORD_COUNTS[pick_cumulative(&mut rng, &counts_cum)].0
            } else {
                1
            };
            let move_at = if copies > 1 && rng.random_bool(MOVED_SHARE) {
                Some(rng.random_range(1..copies))
            } else {
                None
            };
            let new_address = move_at.map(|_| moved_address(&mut rng, lists, &person.address));
            for copy in 0..copies {
                if out.len() >= n {
                    break 'outer;
                }
                let moved = move_at.is_some_and(|m| copy >= m);
                let messes = choose_messes(&mut rng, &person, copy, moved);
                let address = match (&new_address, moved) {
                    (Some(a), true) => a,
                    _ => &person.address,
                };
                let (record, script) = person.render(&mut rng, lists, &messes, address, moved);
                out.push(Labelled {
                    record,
                    origin: person.origin,
                    usual_script: person.usual_script(),
                    script,
                    copy,
                    messes,
                    moved,
                    household: household_id,
                    twin: person.twin,
                    namesake: person.namesake,
                    family_email: keep(&person.family_email),
                    landline: keep(&person.landline),
                    personal_email: keep(&person.email),
                    mobile: keep(&person.mobile),
                });
            }
        }
    }
    out.shuffle(&mut rng);
    for (i, l) in out.iter_mut().enumerate() {
        l.record.record_id = (1_000_001 + i).to_string();
    }
    out
}

/// What must stay unique across the file, and earlier people for namesakes.
#[derive(Default)]
struct State {
    next_entity: u64,
    mailboxes: KeySet,
    mobiles: KeySet,
    landlines: KeySet,
    /// Recent people's names and cities, for namesakes.
    recent: Vec<Recent>,
}

/// Who an earlier person was, for namesakes.
#[derive(Clone, Debug)]
struct Recent {
    origin: Origin,
    female: bool,
    first: usize,
    surname: Surname,
    native_written: bool,
    translit: usize,
    city: &'static str,
}

/// A surname in the forms it can be written in.
#[derive(Clone, Debug)]
struct Surname {
    /// Cyrillic, Hanzi, Armenian, or the French name.
    native: String,
    /// Pinyin, or the Eastern Armenian transliteration; empty for French and Russian.
    latin: String,
    /// The French-Western Armenian transliteration; empty otherwise.
    western: String,
}

#[derive(Clone, Debug)]
struct Address {
    number: String,
    street: &'static str,
    city: &'static str,
    postcode: &'static str,
}

#[derive(Clone, Debug)]
struct Person {
    entity: u64,
    origin: Origin,
    female: bool,
    /// Index in the origin's first-name list for the sex.
    first: usize,
    surname: Surname,
    /// Usually written in the origin's own script (never for French).
    native_written: bool,
    /// Russian: transliteration 0..3; Chinese: 0 joined, 1 split; Armenian: 0 Eastern,
    /// 1 Western.
    translit: usize,
    email: Option<String>,
    family_email: Option<String>,
    uses_family_email: bool,
    /// Nine digits after the leading 0.
    mobile: Option<String>,
    landline: Option<String>,
    /// Gives the household landline as their phone (always when they have no mobile).
    uses_landline: bool,
    phone_format: usize,
    address: Address,
    birth: (u32, u32, u32),
    twin: bool,
    namesake: bool,
}

impl Person {
    fn usual_script(&self) -> Script {
        match (self.origin, self.native_written) {
            (Origin::Russian, true) => Script::Cyrillic,
            (Origin::Chinese, true) => Script::Hanzi,
            (Origin::Armenian, true) => Script::Armenian,
            _ => Script::Latin,
        }
    }

    fn first_name(&self, lists: &'static Lists) -> &'static Given {
        &lists.first_names(self.origin, self.female).items[self.first]
    }

    /// The row for this record, and the script its names are in.
    fn render<R: Rng>(
        &self,
        rng: &mut R,
        lists: &'static Lists,
        messes: &[Mess],
        address: &Address,
        moved: bool,
    ) -> (PersonRecord, Script) {
        let has = |m: Mess| messes.contains(&m);
        let native = self.native_written ^ has(Mess::OtherScript);
        let translit = if has(Mess::OtherTransliteration) {
            other_translit(rng, self.origin, self.translit)
        } else {
            self.translit
        };
        let given = self.first_name(lists);
        let first_native: &str = if has(Mess::Nickname) {
            lists.nickname(given.native).unwrap_or(given.native)
        } else {
            given.native
        };
        let (mut first, mut last, script) = match (self.origin, native) {
            (Origin::French, _) => (
                first_native.to_string(),
                self.surname.native.clone(),
                Script::Latin,
            ),
            (Origin::Russian, true) => (
                first_native.to_string(),
                self.surname.native.clone(),
                Script::Cyrillic,
            ),
            (Origin::Russian, false) => (
                transliterate_russian(first_native, translit),
                transliterate_russian(&self.surname.native, translit),
                Script::Latin,
            ),
            (Origin::Chinese, true) => (
                given.native.to_string(),
                self.surname.native.clone(),
                Script::Hanzi,
            ),
            (Origin::Chinese, false) => (
                if translit == 1 {
                    given.alt.to_string()
                } else {
                    given.latin.to_string()
                },
                self.surname.latin.clone(),
                Script::Latin,
            ),
            (Origin::Armenian, true) => (
                given.native.to_string(),
                self.surname.native.clone(),
                Script::Armenian,
            ),
            (Origin::Armenian, false) => {
                if translit == 1 {
                    (
                        given.alt.to_string(),
                        self.surname.western.clone(),
                        Script::Latin,
                    )
                } else {
                    (
                        given.latin.to_string(),
                        self.surname.latin.clone(),
                        Script::Latin,
                    )
                }
            }
        };
        if has(Mess::HyphenDropped) {
            first = first.replace('-', " ");
        }
        if has(Mess::NameTypo) {
            if rng.random_bool(0.5) {
                last = typo(rng, &last, lists);
            } else {
                first = typo(rng, &first, lists);
            }
        }
        let mut street = if has(Mess::MissingStreet) {
            String::new()
        } else if has(Mess::StreetWritten) {
            rewrite_street(rng, &address.number, address.street)
        } else {
            format!("{} {}", address.number, address.street)
        };
        let mut city = address.city.to_string();
        if has(Mess::AccentsDropped) {
            first = strip_accents(&first);
            last = strip_accents(&last);
            street = strip_accents(&street);
            city = strip_accents(&city);
        }
        if has(Mess::UpperSurname) {
            last = last.to_uppercase();
        }
        if has(Mess::LowerCase) {
            first = first.to_lowercase();
            last = last.to_lowercase();
        }
        if has(Mess::NamesSwapped) {
            std::mem::swap(&mut first, &mut last);
        }
        let email = if has(Mess::MissingEmail) {
            String::new()
        } else {
            let family = self.uses_family_email ^ has(Mess::FamilyEmail);
            let chosen = match (family, &self.family_email, &self.email) {
                (true, Some(f), _) => Some(f),
                (_, _, Some(e)) => Some(e),
                (_, Some(f), None) => Some(f),
                (_, None, None) => None,
            };
            match chosen {
                Some(e) if has(Mess::EmailProvider) => other_provider(rng, e, self.origin),
                Some(e) => e.clone(),
                None => String::new(),
            }
        };
        let landline = if moved { None } else { self.landline.as_ref() };
        let phone = if has(Mess::MissingPhone) {
            String::new()
        } else {
            let wants_landline = self.uses_landline ^ has(Mess::Landline);
            let number = match (&self.mobile, landline) {
                (_, Some(l)) if wants_landline => Some(l),
                (Some(m), _) => Some(m),
                (None, l) => l,
            };
            let format = if has(Mess::PhoneFormat) {
                (self.phone_format + rng.random_range(1..PHONE_FORMATS)) % PHONE_FORMATS
            } else {
                self.phone_format
            };
            number.map_or_else(String::new, |d| format_phone(d, format))
        };
        let birth_date = if has(Mess::MissingBirthDate) {
            String::new()
        } else {
            let (y, m, d) = if has(Mess::BirthDateTypo) {
                birth_typo(rng, self.birth)
            } else {
                self.birth
            };
            format!("{y:04}-{m:02}-{d:02}")
        };
        let record = PersonRecord {
            record_id: String::new(),
            entity_id: self.entity,
            first_name: first,
            last_name: last,
            email,
            phone,
            street,
            city,
            postcode: address.postcode.to_string(),
            birth_date,
        };
        (record, script)
    }
}

/// The messes of one record: on a first record only missing fields; on later ones each
/// kind on its own with its chance, where it can apply.
fn choose_messes<R: Rng>(rng: &mut R, p: &Person, copy: usize, moved: bool) -> Vec<Mess> {
    let lists = lists();
    let given = p.first_name(lists);
    let mut out = Vec::new();
    for m in Mess::ALL {
        let chance = if copy == 0 {
            m.chance_on_first()
        } else {
            m.chance_on_duplicate()
        };
        if chance == 0.0 {
            continue;
        }
        let latin_written = p.origin != Origin::French && !p.native_written;
        let applies = match m {
            Mess::MissingEmail => p.email.is_some() || p.family_email.is_some(),
            Mess::MissingPhone => p.mobile.is_some() || (p.landline.is_some() && !moved),
            Mess::Nickname => lists.nickname(given.native).is_some(),
            Mess::OtherScript => p.origin != Origin::French,
            // A name written in Latin letters only, and one that has two ways.
            Mess::OtherTransliteration => {
                latin_written
                    && match p.origin {
                        Origin::Chinese => given.alt != given.latin,
                        Origin::Armenian => {
                            given.alt != given.latin || p.surname.western != p.surname.latin
                        }
                        _ => true,
                    }
            }
            Mess::UpperSurname => !out.contains(&Mess::LowerCase),
            Mess::LowerCase => !out.contains(&Mess::UpperSurname),
            Mess::AccentsDropped => {
                has_accents(given.native)
                    || has_accents(&p.surname.native)
                    || has_accents(p.address.street)
                    || has_accents(p.address.city)
                    || has_accents(given.alt)
            }
            Mess::PhoneFormat => p.mobile.is_some() || (p.landline.is_some() && !moved),
            Mess::Landline => p.mobile.is_some() && p.landline.is_some() && !moved,
            Mess::EmailProvider => p.email.is_some() || p.family_email.is_some(),
            Mess::FamilyEmail => p.email.is_some() && p.family_email.is_some(),
            Mess::HyphenDropped => given.native.contains('-'),
            _ => true,
        };
        if applies && rng.random_bool(chance) {
            out.push(m);
        }
    }
    // A missing field leaves nothing to write another way.
    if out.contains(&Mess::MissingEmail) {
        out.retain(|m| !matches!(m, Mess::EmailProvider | Mess::FamilyEmail));
    }
    if out.contains(&Mess::MissingPhone) {
        out.retain(|m| !matches!(m, Mess::PhoneFormat | Mess::Landline));
    }
    if out.contains(&Mess::MissingStreet) {
        out.retain(|m| *m != Mess::StreetWritten);
    }
    if out.contains(&Mess::MissingBirthDate) {
        out.retain(|m| *m != Mess::BirthDateTypo);
    }
    // A nickname and a dropped hyphen both rewrite the first name: the nickname wins.
    if out.contains(&Mess::Nickname) {
        out.retain(|m| *m != Mess::HyphenDropped);
    }
    out
}

fn make_household<R: Rng>(
    rng: &mut R,
    lists: &'static Lists,
    state: &mut State,
    size: usize,
) -> Vec<Person> {
    let origin = pick_origin(rng);
    let mut address = new_address(rng, lists);
    let surname = new_surname(rng, lists, origin);
    let head_female = rng.random_bool(0.5);
    let head_age = if size >= 3 {
        rng.random_range(40..=80)
    } else {
        rng.random_range(18..=90)
    };
    let mut people = Vec::with_capacity(size);
    let mut head = new_person(
        rng,
        lists,
        state,
        origin,
        head_female,
        head_age,
        surname.clone(),
    );
    // A single customer may be the namesake of an earlier one, in another city.
    if size == 1 && rng.random_bool(0.01) {
        let earlier: Vec<&Recent> = state.recent.iter().filter(|r| r.origin == origin).collect();
        if !earlier.is_empty() {
            let e = (*pick(rng, &earlier)).clone();
            while address.city == e.city {
                address = new_address(rng, lists);
            }
            head.female = e.female;
            head.first = e.first;
            head.surname = e.surname;
            head.native_written = e.native_written;
            head.translit = e.translit;
            head.namesake = true;
            if head.email.is_some() {
                head.email = Some(personal_email(rng, lists, state, &head));
            }
        }
    }
    let landline = if rng.random_bool(0.30) {
        Some(new_landline(rng, state, address.postcode))
    } else {
        None
    };
    people.push(head);
    let mut children = size - 1;
    if size >= 2 && (size >= 3 || head_age < 40 || rng.random_bool(0.85)) {
        children -= 1;
        let female = if rng.random_bool(0.95) {
            !head_female
        } else {
            head_female
        };
        let age = (head_age as i32 + rng.random_range(-6..=6)).clamp(18, 95) as u32;
        // A partner takes the household's surname, or keeps their own (one in five of
        // those is French).
        let (partner_origin, sname) = if rng.random_bool(0.70) {
            (origin, surname.clone())
        } else if rng.random_bool(0.8) {
            (origin, new_surname(rng, lists, origin))
        } else {
            (Origin::French, new_surname(rng, lists, Origin::French))
        };
        let partner = new_person(rng, lists, state, partner_origin, female, age, sname);
        people.push(partner);
    }
    let mut elder: Option<usize> = None;
    for c in 0..children {
        let max_age = head_age.saturating_sub(20).clamp(18, 35);
        let min_age = head_age.saturating_sub(40).clamp(18, max_age);
        let age = rng.random_range(min_age..=max_age);
        let female = rng.random_bool(0.5);
        let mut child = new_person(rng, lists, state, origin, female, age, surname.clone());
        if let Some(e) = elder.filter(|_| c == 1 && rng.random_bool(0.2)) {
            // The second child is the twin of the first: same birth date, another name.
            child.birth = people[e].birth;
            child.twin = true;
            child.native_written = people[e].native_written;
            child.translit = people[e].translit;
            people[e].twin = true;
            let elder_name = people[e].first_name(lists).native;
            while child.first_name(lists).native == elder_name {
                child.first = pick_first(rng, lists, origin, child.female);
            }
            if child.email.is_some() {
                child.email = Some(personal_email(rng, lists, state, &child));
            }
        }
        if c == 0 {
            elder = Some(people.len());
        }
        people.push(child);
    }
    for p in &mut people {
        p.address = address.clone();
        p.landline = landline.clone();
        p.uses_landline = landline.is_some() && (p.mobile.is_none() || rng.random_bool(0.3));
    }
    // The family e-mail, for households of two or more.
    if people.len() >= 2 && rng.random_bool(0.35) {
        let family = family_email(rng, lists, state, &people);
        for (i, p) in people.iter_mut().enumerate() {
            p.family_email = Some(family.clone());
            p.uses_family_email = rng.random_bool(if i == 0 { 0.7 } else { 0.4 });
        }
    }
    for p in &people {
        state.recent.push(Recent {
            origin: p.origin,
            female: p.female,
            first: p.first,
            surname: p.surname.clone(),
            native_written: p.native_written,
            translit: p.translit,
            city: p.address.city,
        });
    }
    if state.recent.len() > 4_000 {
        state.recent.drain(..2_000);
    }
    people
}

fn new_person<R: Rng>(
    rng: &mut R,
    lists: &'static Lists,
    state: &mut State,
    origin: Origin,
    female: bool,
    age: u32,
    surname: Surname,
) -> Person {
    state.next_entity += 1;
    let first = pick_first(rng, lists, origin, female);
    let native_written = match origin {
        Origin::French => false,
        o => {
            let share = NATIVE_SCRIPT_SHARES
                .iter()
                .find(|s| s.0 == o)
                .map_or(0.0, |s| s.1);
            rng.random_bool(share)
        }
    };
    let translit = match origin {
        Origin::Russian => rng.random_range(0..3),
        Origin::Chinese | Origin::Armenian => usize::from(rng.random_bool(0.4)),
        Origin::French => 0,
    };
    let surname = feminine(surname, origin, female);
    let birth = birth_for_age(rng, age);
    let mut p = Person {
        entity: state.next_entity,
        origin,
        female,
        first,
        surname,
        native_written,
        translit,
        email: None,
        family_email: None,
        uses_family_email: false,
        mobile: None,
        landline: None,
        uses_landline: false,
        phone_format: pick_phone_format(rng),
        address: Address {
            number: String::new(),
            street: "",
            city: "",
            postcode: "",
        },
        birth,
        twin: false,
        namesake: false,
    };
    if rng.random_bool(0.85) {
        p.email = Some(personal_email(rng, lists, state, &p));
    }
    if rng.random_bool(if age > 75 { 0.70 } else { 0.92 }) {
        p.mobile = Some(new_mobile(rng, state));
    }
    p
}

/// Russian women's surnames end in -а (Иванова); other surnames do not change.
fn feminine(surname: Surname, origin: Origin, female: bool) -> Surname {
    let cyrillic = super::script_of(&surname.native) == Some(Script::Cyrillic);
    if origin != Origin::Russian || !cyrillic {
        surname
    } else if female && !surname.native.ends_with('а') {
        Surname {
            native: format!("{}а", surname.native),
            ..surname
        }
    } else if !female && surname.native.ends_with('а') {
        let mut native = surname.native;
        native.pop();
        Surname { native, ..surname }
    } else {
        surname
    }
}

fn pick_origin<R: Rng>(rng: &mut R) -> Origin {
    let x = rng.random::<f64>();
    let mut acc = 0.0;
    for (o, share) in ORIGIN_SHARES {
        acc += share;
        if x < acc {
            return o;
        }
    }
    Origin::French
}

fn pick_first<R: Rng>(rng: &mut R, lists: &'static Lists, origin: Origin, female: bool) -> usize {
    let list = lists.first_names(origin, female);
    pick_cumulative(rng, &list.cum)
}

fn new_surname<R: Rng>(rng: &mut R, lists: &'static Lists, origin: Origin) -> Surname {
    match origin {
        Origin::French => {
            let native = if rng.random_bool(0.40) {
                format!("{}{}", pick(rng, FRENCH_ROOTS), pick(rng, FRENCH_ENDINGS))
            } else {
                lists.french_surnames.items[pick_cumulative(rng, &lists.french_surnames.cum)]
                    .native
                    .to_string()
            };
            Surname {
                latin: native.clone(),
                western: native.clone(),
                native,
            }
        }
        Origin::Russian => {
            let native = if rng.random_bool(0.30) {
                format!(
                    "{}{}",
                    pick(rng, RUSSIAN_ROOTS),
                    pick(rng, &["ов", "ев", "ин"])
                )
            } else {
                lists.russian_surnames.items[pick_cumulative(rng, &lists.russian_surnames.cum)]
                    .native
                    .to_string()
            };
            Surname {
                native,
                latin: String::new(),
                western: String::new(),
            }
        }
        Origin::Chinese => {
            let g =
                &lists.chinese_surnames.items[pick_cumulative(rng, &lists.chinese_surnames.cum)];
            Surname {
                native: g.native.to_string(),
                latin: g.latin.to_string(),
                western: String::new(),
            }
        }
        Origin::Armenian => {
            let g =
                &lists.armenian_surnames.items[pick_cumulative(rng, &lists.armenian_surnames.cum)];
            Surname {
                native: g.native.to_string(),
                latin: g.latin.to_string(),
                western: g.alt.to_string(),
            }
        }
    }
}

/// Roots and endings of the long tail of French surnames (Bouchard, Lanvier, Morineau).
const FRENCH_ROOTS: &[&str] = &[
    "Bouch", "Lanv", "Mor", "Charp", "Gaud", "Bess", "Rign", "Tourn", "Vaill", "Brach", "Coud",
    "Desch", "Ferr", "Grign", "Jouv", "Lag", "Mart", "Noy", "Poiss", "Riv", "Sauv", "Trich",
    "Vern", "Ball", "Cast", "Dur", "Esn", "Foug", "Guill", "Hen", "Joss", "Lemerc", "Mich", "Pell",
    "Rob", "Tess", "Bonn", "Chauv", "Fav", "Gall", "Lecl", "Mass", "Pich", "Roch", "Thib", "Aud",
    "Bern", "Cour", "Dauph", "Garn",
];
const FRENCH_ENDINGS: &[&str] = &[
    "ard", "ier", "eau", "ot", "in", "et", "on", "aud", "el", "and", "ineau", "elle", "ey", "ault",
    "ou", "ant", "enet", "erie", "oux", "ac",
];

/// Roots of the long tail of Russian surnames (Белов, Журавлёв, Крылов).
const RUSSIAN_ROOTS: &[&str] = &[
    "Бел",
    "Черн",
    "Зуб",
    "Гром",
    "Лис",
    "Крыл",
    "Шишк",
    "Тихон",
    "Голуб",
    "Журавл",
    "Сокол",
    "Ворон",
    "Дьяк",
    "Рыж",
    "Сыс",
    "Панкрат",
    "Бурл",
    "Горох",
    "Калин",
    "Мельник",
    "Пахом",
    "Рудн",
    "Сав",
    "Тимоф",
    "Ус",
    "Фом",
    "Щегл",
    "Яшк",
    "Абрам",
    "Блин",
];

fn new_address<R: Rng>(rng: &mut R, lists: &'static Lists) -> Address {
    let city = &lists.cities[pick_cumulative(rng, &lists.city_cum)];
    let street = lists.streets.items[pick_cumulative(rng, &lists.streets.cum)].native;
    let mut number = rng.random_range(1..=120u32).to_string();
    if rng.random_bool(0.05) {
        number.push_str(if rng.random_bool(0.8) { " bis" } else { " ter" });
    }
    Address {
        number,
        street,
        city: city.0,
        postcode: city.1[rng.random_range(0..city.1.len())],
    }
}

/// Where someone who moved lives now: another city half of the time, never the same
/// address.
fn moved_address<R: Rng>(rng: &mut R, lists: &'static Lists, old: &Address) -> Address {
    loop {
        let mut a = new_address(rng, lists);
        if rng.random_bool(0.5) {
            a.city = old.city;
            a.postcode = old.postcode;
        }
        if a.street != old.street || a.city != old.city {
            return a;
        }
    }
}

fn birth_for_age<R: Rng>(rng: &mut R, age: u32) -> (u32, u32, u32) {
    // Born between TODAY minus age+1 years (exclusive) and TODAY minus age years.
    let (ty, tm, td) = TODAY;
    let month = rng.random_range(1..=12u32);
    let day = rng.random_range(1..=days_in(ty, month));
    let year = if (month, day) <= (tm, td) {
        ty - age
    } else {
        ty - age - 1
    };
    let day = day.min(days_in(year, month));
    (year, month, day)
}

fn days_in(year: u32, month: u32) -> u32 {
    const DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    DAYS[(month as usize).clamp(1, 12) - 1] + u32::from(month == 2 && leap)
}

/// Day and month swapped where that makes another valid date, otherwise the day one off.
fn birth_typo<R: Rng>(rng: &mut R, (y, m, d): (u32, u32, u32)) -> (u32, u32, u32) {
    if d <= 12 && d != m && m <= days_in(y, d) {
        (y, d, m)
    } else if d > 1 && (d == days_in(y, m) || rng.random_bool(0.5)) {
        (y, m, d - 1)
    } else {
        (y, m, d + 1)
    }
}

const PHONE_FORMATS: usize = 8;

fn pick_phone_format<R: Rng>(rng: &mut R) -> usize {
    const WEIGHTS: [u32; PHONE_FORMATS] = [15, 40, 10, 15, 8, 4, 5, 3];
    let mut x = rng.random_range(0..WEIGHTS.iter().sum::<u32>());
    for (i, w) in WEIGHTS.iter().enumerate() {
        if x < *w {
            return i;
        }
        x -= w;
    }
    1
}

/// A French number (nine digits after the 0) written one of the eight ways.
fn format_phone(digits: &str, format: usize) -> String {
    let d: Vec<char> = digits.chars().collect();
    if d.len() != 9 {
        return format!("0{digits}");
    }
    let pairs = |sep: &str| -> String {
        (0..4)
            .map(|i| format!("{}{}", d[1 + 2 * i], d[2 + 2 * i]))
            .collect::<Vec<_>>()
            .join(sep)
    };
    match format {
        0 => format!("0{digits}"),
        1 => format!("0{} {}", d[0], pairs(" ")),
        2 => format!("0{}.{}", d[0], pairs(".")),
        3 => format!("+33 {} {}", d[0], pairs(" ")),
        4 => format!("+33{digits}"),
        5 => format!("0033 {} {}", d[0], pairs(" ")),
        6 => format!("+33 (0){} {}", d[0], pairs(" ")),
        _ => format!("0{}-{}", d[0], pairs("-")),
    }
}

fn new_mobile<R: Rng>(rng: &mut R, state: &mut State) -> String {
    loop {
        let lead = if rng.random_bool(0.75) { 6 } else { 7 };
        let rest = rng.random_range(0..100_000_000u32);
        let number = lead * 100_000_000 + rest;
        if state.mobiles.insert(u64::from(number)) {
            return format!("{lead}{rest:08}");
        }
    }
}

/// A landline of the region the postcode is in.
fn new_landline<R: Rng>(rng: &mut R, state: &mut State, postcode: &str) -> String {
    let dept = postcode.get(..2).unwrap_or("75");
    let prefix = match dept {
        "75" | "77" | "78" | "91" | "92" | "93" | "94" | "95" => "1",
        "14" | "17" | "18" | "22" | "28" | "29" | "35" | "36" | "37" | "41" | "44" | "45"
        | "49" | "50" | "53" | "56" | "61" | "72" | "76" | "79" | "85" | "86" => "2",
        "02" | "08" | "10" | "21" | "25" | "39" | "51" | "52" | "54" | "55" | "57" | "59"
        | "60" | "62" | "67" | "68" | "70" | "80" | "88" | "89" | "90" => "3",
        "01" | "03" | "04" | "05" | "06" | "07" | "11" | "13" | "15" | "26" | "30" | "34"
        | "38" | "42" | "43" | "48" | "63" | "66" | "69" | "73" | "74" | "83" | "84" => "4",
        "97" => "262",
        _ => "5",
    };
    loop {
        let width = 9 - prefix.len();
        let n = rng.random_range(0..10u32.pow(width as u32));
        let digits = format!("{prefix}{n:0width$}");
        if state.landlines.insert(key(&digits)) {
            return digits;
        }
    }
}

/// Providers and their shares among French customers, then the home countries' ones.
const PROVIDERS: [(&str, u32); 12] = [
    ("gmail.com", 30),
    ("orange.fr", 14),
    ("hotmail.fr", 9),
    ("free.fr", 9),
    ("yahoo.fr", 7),
    ("outlook.fr", 5),
    ("sfr.fr", 5),
    ("laposte.net", 5),
    ("wanadoo.fr", 4),
    ("icloud.com", 4),
    ("hotmail.com", 3),
    ("live.fr", 2),
];
const RUSSIAN_PROVIDERS: [&str; 3] = ["mail.ru", "yandex.ru", "gmail.com"];
const CHINESE_PROVIDERS: [&str; 3] = ["qq.com", "163.com", "126.com"];

fn pick_provider<R: Rng>(rng: &mut R, origin: Origin) -> &'static str {
    match origin {
        Origin::Russian if rng.random_bool(0.4) => pick_str(rng, &RUSSIAN_PROVIDERS),
        Origin::Chinese if rng.random_bool(0.4) => pick_str(rng, &CHINESE_PROVIDERS),
        _ => {
            let mut x = rng.random_range(0..PROVIDERS.iter().map(|p| p.1).sum::<u32>());
            for (name, w) in PROVIDERS {
                if x < w {
                    return name;
                }
                x -= w;
            }
            PROVIDERS[0].0
        }
    }
}

/// The same mailbox at another provider.
fn other_provider<R: Rng>(rng: &mut R, email: &str, origin: Origin) -> String {
    let (local, domain) = email.split_once('@').unwrap_or((email, ""));
    loop {
        let p = pick_provider(rng, origin);
        if p != domain {
            return format!("{local}@{p}");
        }
    }
}

/// The person's names in Latin letters, as they would type them in an e-mail.
fn latin_names(lists: &'static Lists, p: &Person) -> (String, String) {
    let given = p.first_name(lists);
    match p.origin {
        Origin::French => (given.native.to_string(), p.surname.native.clone()),
        Origin::Russian => (
            transliterate_russian(given.native, 1),
            transliterate_russian(&p.surname.native, 1),
        ),
        Origin::Chinese => (given.latin.to_string(), p.surname.latin.clone()),
        Origin::Armenian if p.translit == 1 => (given.alt.to_string(), p.surname.western.clone()),
        Origin::Armenian => (given.latin.to_string(), p.surname.latin.clone()),
    }
}

fn personal_email<R: Rng>(
    rng: &mut R,
    lists: &'static Lists,
    state: &mut State,
    p: &Person,
) -> String {
    let (first, last) = latin_names(lists, p);
    let (f, l) = (mailbox_word(&first), mailbox_word(&last));
    let initial: String = f.chars().take(1).collect();
    let local = match rng.random_range(0..100) {
        0..35 => format!("{f}.{l}"),
        35..45 => format!("{f}{l}"),
        45..55 => format!("{initial}.{l}"),
        55..65 => format!("{l}.{f}"),
        65..75 => format!("{f}.{l}{:02}", rng.random_range(0..100)),
        75..85 => format!("{f}{}", p.birth.0),
        85..90 => format!("{f}_{l}"),
        _ => format!("{l}{}", rng.random_range(1..1000)),
    };
    unique_mailbox(rng, state, local, p.origin)
}

fn family_email<R: Rng>(
    rng: &mut R,
    lists: &'static Lists,
    state: &mut State,
    people: &[Person],
) -> String {
    let (f1, l) = latin_names(lists, &people[0]);
    let (f1, l) = (mailbox_word(&f1), mailbox_word(&l));
    let local = match rng.random_range(0..4) {
        0 => format!("famille.{l}"),
        1 => format!("les{l}"),
        2 => format!("{l}.famille"),
        _ => {
            let f2 = mailbox_word(&latin_names(lists, &people[1]).0);
            format!("{f1}.et.{f2}.{l}")
        }
    };
    unique_mailbox(rng, state, local, people[0].origin)
}

/// A mailbox no one else has: digits are added to the local part until it is free.
fn unique_mailbox<R: Rng>(rng: &mut R, state: &mut State, local: String, origin: Origin) -> String {
    let provider = pick_provider(rng, origin);
    let mut local = local;
    loop {
        // One mailbox per local part, whatever the provider, so that "the same mailbox at
        // another provider" is never someone else's.
        if state.mailboxes.insert(key(&local)) {
            return format!("{local}@{provider}");
        }
        local.push(char::from(b'0' + rng.random_range(0..10u8)));
    }
}

/// Russian in Latin letters: 0 passport (ICAO), 1 English, 2 French.
fn transliterate_russian(text: &str, system: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    for (i, &c) in chars.iter().enumerate() {
        let upper = c.is_uppercase();
        let lc = c.to_lowercase().next().unwrap_or(c);
        let prev = if i > 0 {
            chars[i - 1].to_lowercase().next()
        } else {
            None
        };
        let next = chars.get(i + 1).and_then(|n| n.to_lowercase().next());
        let after_vowel = prev.is_some_and(|p| "аеёиоуыэюяьъ".contains(p));
        let vowel = |x: char| "аеёиоуыэюя".contains(x);
        let s: &str = match (system, lc) {
            (_, 'а') => "a",
            (_, 'б') => "b",
            (_, 'в') => "v",
            (2, 'г') if next.is_some_and(|n| "еиё".contains(n)) => "gu",
            (_, 'г') => "g",
            (_, 'д') => "d",
            (1, 'е') if i == 0 || after_vowel => "ye",
            (2, 'е') if i == 0 => "ie",
            (_, 'е') => "e",
            (0, 'ё') => "e",
            (1, 'ё') => "yo",
            (_, 'ё') => "io",
            (2, 'ж') => "j",
            (_, 'ж') => "zh",
            (_, 'з') => "z",
            // French writes ия as ia (Maria, Ioulia).
            (2, 'и') if next == Some('я') => "",
            (_, 'и') => "i",
            (0, 'й') => "i",
            (1, 'й') => "y",
            // Дмитрий, Юрий: Dmitri, Iouri.
            (_, 'й') if prev == Some('и') && i + 1 == chars.len() => "",
            (_, 'й') if prev.is_some_and(vowel) && i + 1 == chars.len() => "ï",
            (_, 'й') => "i",
            (_, 'к') => "k",
            (_, 'л') => "l",
            (_, 'м') => "m",
            (_, 'н') => "n",
            (_, 'о') => "o",
            (_, 'п') => "p",
            (_, 'р') => "r",
            (2, 'с') if prev.is_some_and(vowel) && next.is_some_and(|n| vowel(n) || n == 'ь') => {
                "ss"
            }
            (_, 'с') => "s",
            (_, 'т') => "t",
            (2, 'у') => "ou",
            (_, 'у') => "u",
            (_, 'ф') => "f",
            (_, 'х') => "kh",
            (_, 'ц') => "ts",
            (2, 'ч') => "tch",
            (_, 'ч') => "ch",
            (2, 'ш') => "ch",
            (_, 'ш') => "sh",
            (2, 'щ') => "chtch",
            (_, 'щ') => "shch",
            (0, 'ъ') => "ie",
            (_, 'ъ') => "",
            (_, 'ы') => "y",
            (2, 'ь') if next == Some('е') => "i",
            (_, 'ь') => "",
            (_, 'э') => "e",
            (0, 'ю') => "iu",
            (1, 'ю') => "yu",
            (_, 'ю') => "iou",
            (0, 'я') => "ia",
            (1, 'я') => "ya",
            (_, 'я') => "ia",
            _ => {
                out.push(c);
                continue;
            }
        };
        if upper {
            let mut it = s.chars();
            if let Some(first) = it.next() {
                out.extend(first.to_uppercase());
                out.push_str(it.as_str());
            }
        } else {
            out.push_str(s);
        }
    }
    out
}

fn other_translit<R: Rng>(rng: &mut R, origin: Origin, current: usize) -> usize {
    match origin {
        Origin::Russian => (current + rng.random_range(1..3)) % 3,
        _ => 1 - current.min(1),
    }
}

/// One letter changed, dropped, doubled or two swapped; a Chinese character replaced by
/// another one from the given-name list.
fn typo<R: Rng>(rng: &mut R, name: &str, lists: &'static Lists) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.is_empty() {
        return name.to_string();
    }
    let hanzi = super::script_of(name) == Some(Script::Hanzi);
    for _ in 0..20 {
        let mut c = chars.clone();
        let at = if c.len() > 1 && rng.random_bool(0.85) {
            rng.random_range(1..c.len())
        } else {
            rng.random_range(0..c.len())
        };
        if hanzi {
            c[at] = *pick(rng, &lists.hanzi_chars);
        } else {
            match rng.random_range(0..4) {
                0 => {
                    let lower = c[at].to_lowercase().next().unwrap_or(c[at]);
                    let mut sub = substitute(rng, lower);
                    if c[at].is_uppercase() {
                        sub = sub.to_uppercase().next().unwrap_or(sub);
                    }
                    c[at] = sub;
                }
                1 if c.len() > 2 => {
                    c.remove(at);
                }
                2 => c.insert(at + 1, c[at].to_lowercase().next().unwrap_or(c[at])),
                _ if c.len() >= 2 => {
                    let i = at.min(c.len() - 2);
                    c.swap(i, i + 1);
                }
                _ => continue,
            }
        }
        let out: String = c.into_iter().collect();
        if strip_accents(&out).to_lowercase() != strip_accents(name).to_lowercase() {
            return out;
        }
    }
    format!("{name}{}", chars[chars.len() - 1])
}

/// A letter of the same alphabet, for a typo.
fn substitute<R: Rng>(rng: &mut R, letter: char) -> char {
    let range = if ('а'..='я').contains(&letter) {
        ('а' as u32, 'я' as u32)
    } else if ('\u{0561}'..='\u{0586}').contains(&letter) {
        (0x0561, 0x0586)
    } else {
        ('a' as u32, 'z' as u32)
    };
    char::from_u32(rng.random_range(range.0..=range.1)).unwrap_or('e')
}

/// The street written another way: its kind abbreviated, "bis" shortened, saints and
/// ranks shortened, a comma after the number.
fn rewrite_street<R: Rng>(rng: &mut R, number: &str, street: &str) -> String {
    const KINDS: [(&str, &[&str]); 11] = [
        ("rue ", &["r. ", "R. ", "r "]),
        ("avenue ", &["av. ", "av ", "ave "]),
        ("boulevard ", &["bd ", "bld ", "boul. "]),
        ("place ", &["pl. ", "pl "]),
        ("allée ", &["all. ", "allee "]),
        ("impasse ", &["imp. ", "imp "]),
        ("chemin ", &["ch. ", "chem. "]),
        ("route ", &["rte ", "rte. "]),
        ("quai ", &["q. ", "qu. "]),
        ("cours ", &["crs "]),
        ("Grande Rue", &["Gde Rue", "Grand Rue"]),
    ];
    const WORDS: [(&str, &str); 5] = [
        ("Saint-", "St-"),
        ("Général ", "Gal "),
        ("Maréchal ", "Mal "),
        ("Jean ", "J. "),
        ("Victor ", "V. "),
    ];
    let mut s = street.to_string();
    let mut changed = false;
    for (full, short) in KINDS {
        if s.starts_with(full) {
            let rest = &s[full.len()..];
            s = format!("{}{rest}", pick(rng, short));
            changed = true;
            break;
        }
    }
    for (full, short) in WORDS {
        if s.contains(full) && (!changed || rng.random_bool(0.5)) {
            s = s.replacen(full, short, 1);
            changed = true;
        }
    }
    let number = if number.ends_with(" bis") && rng.random_bool(0.7) {
        number.replace(" bis", "B")
    } else if number.ends_with(" ter") && rng.random_bool(0.7) {
        number.replace(" ter", "T")
    } else if !changed || rng.random_bool(0.2) {
        // A comma after the number ("12, rue de la Paix"), as many people write it.
        format!("{number},")
    } else {
        number.to_string()
    };
    format!("{number} {s}")
}

/// A name with its forms: French names have only `native`.
#[derive(Debug)]
struct Given {
    native: &'static str,
    latin: &'static str,
    alt: &'static str,
}

/// A list of names, most frequent first, with Zipf-Mandelbrot cumulative weights.
#[derive(Debug)]
struct Ranked {
    items: Vec<Given>,
    cum: Vec<f64>,
}

impl Ranked {
    fn parse(text: &'static str, q: f64, s: f64) -> Ranked {
        let items: Vec<Given> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let mut parts = l.split('\t');
                let native = parts.next().unwrap_or("");
                let latin = parts.next().unwrap_or(native);
                let alt = parts.next().unwrap_or(latin);
                Given { native, latin, alt }
            })
            .collect();
        let cum = zipf(items.len(), q, s);
        Ranked { items, cum }
    }
}

fn zipf(n: usize, q: f64, s: f64) -> Vec<f64> {
    cumulative((1..=n).map(|r| 1.0 / (r as f64 + q).powf(s)))
}

/// The name lists, read once.
#[derive(Debug)]
struct Lists {
    french_female: Ranked,
    french_male: Ranked,
    french_surnames: Ranked,
    russian_female: Ranked,
    russian_male: Ranked,
    russian_surnames: Ranked,
    chinese_given: Ranked,
    chinese_surnames: Ranked,
    armenian_female: Ranked,
    armenian_male: Ranked,
    armenian_surnames: Ranked,
    streets: Ranked,
    cities: Vec<(&'static str, Vec<&'static str>)>,
    city_cum: Vec<f64>,
    nicknames: Vec<(&'static str, &'static str)>,
    hanzi_chars: Vec<char>,
}

impl Lists {
    fn first_names(&self, origin: Origin, female: bool) -> &Ranked {
        match (origin, female) {
            (Origin::French, true) => &self.french_female,
            (Origin::French, false) => &self.french_male,
            (Origin::Russian, true) => &self.russian_female,
            (Origin::Russian, false) => &self.russian_male,
            (Origin::Chinese, _) => &self.chinese_given,
            (Origin::Armenian, true) => &self.armenian_female,
            (Origin::Armenian, false) => &self.armenian_male,
        }
    }

    fn nickname(&self, name: &str) -> Option<&'static str> {
        self.nicknames
            .iter()
            .find_map(|(full, short)| (*full == name).then_some(*short))
    }
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let first = |t| Ranked::parse(t, 3.0, 1.0);
        let surnames = |t| Ranked::parse(t, 10.0, 1.0);
        let chinese_given = first(include_str!("names/chinese_given.txt"));
        let mut hanzi_chars: Vec<char> = chinese_given
            .items
            .iter()
            .flat_map(|g| g.native.chars())
            .collect();
        hanzi_chars.sort_unstable();
        hanzi_chars.dedup();
        let cities: Vec<(&'static str, Vec<&'static str>)> = include_str!("names/cities.txt")
            .lines()
            .filter_map(|l| {
                let (city, codes) = l.split_once('\t')?;
                Some((city, codes.split(' ').collect()))
            })
            .collect();
        let city_cum = zipf(cities.len(), 3.0, 1.0);
        Lists {
            french_female: first(include_str!("names/french_first_female.txt")),
            french_male: first(include_str!("names/french_first_male.txt")),
            french_surnames: surnames(include_str!("names/french_surnames.txt")),
            russian_female: first(include_str!("names/russian_first_female.txt")),
            russian_male: first(include_str!("names/russian_first_male.txt")),
            russian_surnames: surnames(include_str!("names/russian_surnames.txt")),
            chinese_given,
            chinese_surnames: surnames(include_str!("names/chinese_surnames.txt")),
            armenian_female: first(include_str!("names/armenian_first_female.txt")),
            armenian_male: first(include_str!("names/armenian_first_male.txt")),
            armenian_surnames: surnames(include_str!("names/armenian_surnames.txt")),
            streets: Ranked::parse(include_str!("names/streets.txt"), 2.0, 0.8),
            cities,
            city_cum,
            nicknames: include_str!("names/nicknames.txt")
                .lines()
                .filter_map(|l| l.split_once('\t'))
                .collect(),
            hanzi_chars,
        }
    })
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};

    use super::super::{duplicate_share, script_of, true_pair_count};
    use super::*;

    const N: usize = 20_000;

    fn sample() -> &'static [Labelled] {
        static SAMPLE: OnceLock<Vec<Labelled>> = OnceLock::new();
        SAMPLE.get_or_init(|| generate_labelled(N, 2026))
    }

    fn digits_of(phone: &str) -> String {
        let d: String = phone.chars().filter(|c| c.is_ascii_digit()).collect();
        if let Some(rest) = d.strip_prefix("0033") {
            rest.to_string()
        } else if phone.starts_with('+') {
            // +33 (0)6 ...: the (0) is not part of the number.
            let rest = d.strip_prefix("33").unwrap_or(&d);
            if phone.contains("(0)") {
                rest.strip_prefix('0').unwrap_or(rest).to_string()
            } else {
                rest.to_string()
            }
        } else {
            d.strip_prefix('0').unwrap_or(&d).to_string()
        }
    }

    #[test]
    fn same_seed_same_file_other_seed_other_file() {
        assert_eq!(generate(3_000, 1), generate(3_000, 1));
        assert_ne!(generate(3_000, 1), generate(3_000, 2));
        assert_eq!(generate(3_000, 1).len(), 3_000);
        assert!(generate(0, 1).is_empty());
    }

    #[test]
    fn one_person_in_five_has_two_to_four_records() {
        let all = sample();
        let records: Vec<PersonRecord> = all.iter().map(|l| l.record.clone()).collect();
        let mut per_entity: HashMap<u64, usize> = HashMap::new();
        for r in &records {
            *per_entity.entry(r.entity_id).or_default() += 1;
        }
        let people = per_entity.len() as f64;
        let multi = per_entity.values().filter(|&&k| k > 1).count() as f64;
        assert!((multi / people - 0.20).abs() <= 0.02, "{}", multi / people);
        assert!(per_entity.values().all(|&k| (1..=4).contains(&k)));
        // 0.2 * (0.6 + 2 * 0.27 + 3 * 0.13) = 0.306 extra records a person: 23.4 %.
        let expected = 0.306 / 1.306;
        assert!((expected_duplicate_share() - expected).abs() < 1e-9);
        let share = duplicate_share(&records);
        assert!((share - expected).abs() <= 0.02, "duplicate share {share}");
        let pairs: u64 = per_entity.values().map(|&k| (k * (k - 1) / 2) as u64).sum();
        assert_eq!(true_pair_count(&records), pairs);
        let ids: HashSet<&str> = records.iter().map(|r| r.record_id.as_str()).collect();
        assert_eq!(ids.len(), N);
    }

    #[test]
    fn every_mess_occurs_and_shows_in_the_record() {
        let all = sample();
        let mut seen: HashMap<Mess, usize> = HashMap::new();
        let nicknames: HashSet<&str> = lists().nicknames.iter().map(|n| n.1).collect();
        for l in all {
            let r = &l.record;
            for &m in &l.messes {
                *seen.entry(m).or_default() += 1;
                match m {
                    Mess::MissingEmail => assert!(r.email.is_empty()),
                    Mess::MissingPhone => assert!(r.phone.is_empty()),
                    Mess::MissingBirthDate => assert!(r.birth_date.is_empty()),
                    Mess::MissingStreet => assert!(r.street.is_empty()),
                    Mess::OtherScript => assert_ne!(l.script, l.usual_script),
                    Mess::Nickname => {
                        let first = if l.messes.contains(&Mess::NamesSwapped) {
                            &r.last_name
                        } else {
                            &r.first_name
                        };
                        let plain = !l.messes.iter().any(|m| {
                            matches!(
                                m,
                                Mess::NameTypo
                                    | Mess::AccentsDropped
                                    | Mess::LowerCase
                                    | Mess::UpperSurname
                            )
                        });
                        let listed = l.origin == Origin::French || l.script == Script::Cyrillic;
                        if plain && listed {
                            assert!(nicknames.contains(first.as_str()), "{first}");
                        }
                    }
                    Mess::UpperSurname if !l.messes.contains(&Mess::NamesSwapped) => {
                        assert!(!r.last_name.chars().any(char::is_lowercase))
                    }
                    Mess::LowerCase => assert!(
                        !format!("{}{}", r.first_name, r.last_name)
                            .chars()
                            .any(char::is_uppercase)
                    ),
                    Mess::AccentsDropped => assert!(!has_accents(&format!(
                        "{}{}{}{}",
                        r.first_name, r.last_name, r.street, r.city
                    ))),
                    Mess::EmailProvider => {
                        let local = r.email.split_once('@').unwrap().0;
                        let own = [&l.personal_email, &l.family_email];
                        let of = own
                            .iter()
                            .flat_map(|e| e.as_deref())
                            .find(|e| e.split_once('@').unwrap().0 == local)
                            .unwrap();
                        assert_ne!(*of, r.email);
                    }
                    Mess::FamilyEmail | Mess::Landline => {}
                    Mess::PhoneFormat => assert_eq!(digits_of(&r.phone).len(), 9, "{}", r.phone),
                    Mess::HyphenDropped
                        if !l.messes.contains(&Mess::NamesSwapped)
                            && !l.messes.contains(&Mess::NameTypo) =>
                    {
                        assert!(r.first_name.contains(' '))
                    }
                    _ => {}
                }
            }
            // A phone is the person's mobile or, before a move, the household's landline.
            if !r.phone.is_empty() {
                let d = Some(digits_of(&r.phone));
                assert!(d == l.mobile || (!l.moved && d == l.landline), "{r:?}");
            }
            if !r.email.is_empty() && !l.messes.contains(&Mess::EmailProvider) {
                let own = [&l.personal_email, &l.family_email];
                assert!(own.iter().any(|e| e.as_deref() == Some(r.email.as_str())));
                if l.messes.contains(&Mess::FamilyEmail) {
                    assert!(l.family_email.is_some() && l.personal_email.is_some());
                }
            }
        }
        for m in Mess::ALL {
            assert!(seen.get(&m).copied().unwrap_or(0) >= 20, "{m:?}: {seen:?}");
        }
    }

    #[test]
    fn phones_come_in_every_format_and_keep_their_digits() {
        let all = sample();
        let shapes: HashSet<String> = all
            .iter()
            .map(|l| {
                l.record
                    .phone
                    .chars()
                    .map(|c| if c.is_ascii_digit() { '9' } else { c })
                    .collect()
            })
            .collect();
        for shape in [
            "9999999999",
            "99 99 99 99 99",
            "99.99.99.99.99",
            "+99 9 99 99 99 99",
            "+99999999999",
            "9999 9 99 99 99 99",
            "+99 (9)9 99 99 99 99",
            "99-99-99-99-99",
        ] {
            assert!(shapes.contains(shape), "no phone written like {shape}");
        }
        // Each person's records, whatever the format, hold their mobile or the landline.
        let mut mobiles: HashMap<String, HashSet<u64>> = HashMap::new();
        for l in all.iter().filter(|l| !l.record.phone.is_empty()) {
            let d = digits_of(&l.record.phone);
            assert_eq!(d.len(), 9, "{}", l.record.phone);
            if l.landline.as_deref() != Some(d.as_str()) {
                mobiles.entry(d).or_default().insert(l.record.entity_id);
            }
        }
        // A mobile belongs to one person.
        assert!(mobiles.values().all(|people| people.len() == 1));
    }

    #[test]
    fn households_share_addresses_landlines_and_family_emails_and_have_twins() {
        let all = sample();
        let mut by_household: HashMap<u64, HashSet<u64>> = HashMap::new();
        for l in all {
            by_household
                .entry(l.household)
                .or_default()
                .insert(l.record.entity_id);
        }
        let people: usize = by_household.values().map(HashSet::len).sum();
        let living_with_others: usize = by_household
            .values()
            .filter(|p| p.len() > 1)
            .map(HashSet::len)
            .sum();
        // Sizes 2..5 hold (2*.30 + 3*.13 + 4*.09 + 5*.03) / 1.95 = 77 % of people.
        let share = living_with_others as f64 / people as f64;
        assert!((0.70..=0.84).contains(&share), "{share}");

        // Different people written with the same e-mail or the same phone.
        let mut email_people: HashMap<&str, HashSet<u64>> = HashMap::new();
        let mut phone_people: HashMap<String, HashSet<u64>> = HashMap::new();
        for l in all {
            if !l.record.email.is_empty() {
                email_people
                    .entry(&l.record.email)
                    .or_default()
                    .insert(l.record.entity_id);
            }
            if !l.record.phone.is_empty() {
                phone_people
                    .entry(digits_of(&l.record.phone))
                    .or_default()
                    .insert(l.record.entity_id);
            }
        }
        let shared_emails = email_people.values().filter(|p| p.len() > 1).count();
        let shared_phones = phone_people.values().filter(|p| p.len() > 1).count();
        assert!(
            shared_emails >= 200,
            "{shared_emails} family e-mails in use by two"
        );
        assert!(
            shared_phones >= 50,
            "{shared_phones} landlines in use by two"
        );

        // Twins: two people, same surname, birth date and address, other first names.
        let twins: Vec<&Labelled> = all.iter().filter(|l| l.twin && l.copy == 0).collect();
        assert!(twins.len() >= 20, "{} twins", twins.len());
        let mut twin_pairs = 0;
        for a in &twins {
            for b in &twins {
                let (ra, rb) = (&a.record, &b.record);
                if a.household == b.household && ra.entity_id < rb.entity_id {
                    twin_pairs += 1;
                    let has_date = |l: &Labelled| !l.messes.contains(&Mess::MissingBirthDate);
                    let has_street = |l: &Labelled| !l.messes.contains(&Mess::MissingStreet);
                    if has_date(a) && has_date(b) {
                        assert_eq!(ra.birth_date, rb.birth_date);
                    }
                    if a.origin == Origin::French {
                        assert_eq!(ra.last_name, rb.last_name);
                    }
                    if has_street(a) && has_street(b) {
                        assert_eq!((&ra.street, &ra.postcode), (&rb.street, &rb.postcode));
                        assert_ne!(ra.first_name, rb.first_name);
                    }
                }
            }
        }
        assert!(twin_pairs >= 10, "{twin_pairs} pairs of twins");
    }

    #[test]
    fn namesakes_live_elsewhere_and_people_who_moved_keep_their_email() {
        let all = sample();
        let namesakes: Vec<&Labelled> = all.iter().filter(|l| l.namesake && l.copy == 0).collect();
        assert!(namesakes.len() >= 20, "{}", namesakes.len());
        // Same full name as someone else, and not in the same city as all of them.
        let mut by_name: HashMap<(&str, &str), Vec<&Labelled>> = HashMap::new();
        for l in all.iter().filter(|l| l.copy == 0) {
            by_name
                .entry((&l.record.first_name, &l.record.last_name))
                .or_default()
                .push(l);
        }
        let mut checked = 0;
        for n in &namesakes {
            let same = &by_name[&(n.record.first_name.as_str(), n.record.last_name.as_str())];
            if same.len() > 1 {
                checked += 1;
                assert!(
                    same.iter().any(|o| o.record.entity_id != n.record.entity_id
                        && o.record.city != n.record.city)
                );
            }
        }
        assert!(checked >= 10, "{checked}");

        let mut moved = 0;
        let mut by_entity: HashMap<u64, Vec<&Labelled>> = HashMap::new();
        for l in all {
            by_entity.entry(l.record.entity_id).or_default().push(l);
        }
        for records in by_entity.values() {
            let before: Vec<_> = records.iter().filter(|l| !l.moved).collect();
            let after: Vec<_> = records.iter().filter(|l| l.moved).collect();
            if let (Some(b), Some(a)) = (before.first(), after.first()) {
                moved += 1;
                assert!(
                    (&a.record.street, &a.record.city) != (&b.record.street, &b.record.city)
                        || a.record.street.is_empty()
                        || b.record.street.is_empty()
                        || a.messes.contains(&Mess::StreetWritten)
                        || b.messes.contains(&Mess::StreetWritten)
                        || a.messes.contains(&Mess::AccentsDropped)
                        || b.messes.contains(&Mess::AccentsDropped)
                );
                let plain = |l: &Labelled| {
                    !l.record.email.is_empty()
                        && !l.messes.contains(&Mess::EmailProvider)
                        && !l.messes.contains(&Mess::FamilyEmail)
                };
                if plain(a) && plain(b) {
                    assert_eq!(a.record.email, b.record.email);
                }
            }
        }
        // A fifth of the ~0.2 * 17 000 people with several records.
        assert!(moved >= 400, "{moved} people moved");
    }

    #[test]
    fn origins_and_scripts_come_in_the_stated_shares() {
        let all = sample();
        let mut origins: HashMap<Origin, usize> = HashMap::new();
        let mut native: HashMap<Origin, (usize, usize)> = HashMap::new();
        for l in all {
            *origins.entry(l.origin).or_default() += 1;
            if l.copy == 0 {
                // The first record is in the person's usual script, and its text shows it.
                assert_eq!(l.script, l.usual_script);
                assert_eq!(
                    script_of(&l.record.first_name),
                    Some(l.script),
                    "{:?}",
                    l.record
                );
                let e = native.entry(l.origin).or_default();
                e.0 += 1;
                e.1 += usize::from(l.script != Script::Latin);
            }
        }
        for (origin, share) in ORIGIN_SHARES {
            let got = origins[&origin] as f64 / all.len() as f64;
            assert!((got - share).abs() <= 0.02, "{origin:?}: {got}");
        }
        assert_eq!(native[&Origin::French].1, 0);
        for (origin, share) in NATIVE_SCRIPT_SHARES {
            let (n, k) = native[&origin];
            let got = k as f64 / n as f64;
            assert!((got - share).abs() <= 0.05, "{origin:?}: {got}");
        }
        // Hanzi and pinyin, Cyrillic and Latin, Armenian and Latin for the same person.
        let mut scripts: HashMap<u64, HashSet<Script>> = HashMap::new();
        for l in all {
            scripts
                .entry(l.record.entity_id)
                .or_default()
                .insert(l.script);
        }
        for origin in [Origin::Russian, Origin::Chinese, Origin::Armenian] {
            let both = all
                .iter()
                .filter(|l| l.origin == origin && l.copy == 0)
                .filter(|l| scripts[&l.record.entity_id].len() == 2)
                .count();
            assert!(both >= 20, "{origin:?}: {both} people in two scripts");
        }
    }

    #[test]
    fn names_follow_zipf_like_frequencies() {
        let all = sample();
        let lists = lists();
        let rank: HashMap<&str, usize> = lists
            .french_surnames
            .items
            .iter()
            .enumerate()
            .map(|(i, g)| (g.native, i))
            .collect();
        let mut counts = vec![0usize; rank.len()];
        let mut tail = 0;
        let mut french = 0;
        for l in all
            .iter()
            .filter(|l| l.origin == Origin::French && l.copy == 0)
        {
            if l.messes.is_empty() {
                french += 1;
                match rank.get(l.record.last_name.as_str()) {
                    Some(&r) => counts[r] += 1,
                    None => tail += 1,
                }
            }
        }
        // Weight 1/(rank + 10): Martin (rank 1) is 110/11 = 10 times as frequent as the
        // 100th name; allow sampling noise.
        let top = counts[0] as f64;
        let hundredth = counts[95..105].iter().sum::<usize>() as f64 / 10.0;
        assert!(
            top / hundredth > 5.0 && top / hundredth < 20.0,
            "{top} {hundredth}"
        );
        assert_eq!(counts.iter().max(), Some(&counts[0]));
        // 40 % of French surnames come from the long tail (partners with their own name
        // shift it a little).
        let t = tail as f64 / french as f64;
        assert!((0.35..=0.45).contains(&t), "{t}");
    }

    #[test]
    fn russian_is_written_three_ways() {
        assert_eq!(transliterate_russian("Юлия", 0), "Iuliia");
        assert_eq!(transliterate_russian("Юлия", 1), "Yuliya");
        assert_eq!(transliterate_russian("Юлия", 2), "Ioulia");
        assert_eq!(transliterate_russian("Сергей", 2), "Sergueï");
        assert_eq!(transliterate_russian("Дмитрий", 2), "Dmitri");
        assert_eq!(transliterate_russian("Васильев", 2), "Vassiliev");
        assert_eq!(transliterate_russian("Фёдоров", 1), "Fyodorov");
        assert_eq!(transliterate_russian("Щукина", 0), "Shchukina");
        assert_eq!(format_phone("612345678", 6), "+33 (0)6 12 34 56 78");
        assert_eq!(format_phone("612345678", 5), "0033 6 12 34 56 78");
    }
}
