//! Merge plans: which contact of a cluster of duplicates survives, and which value each of
//! its fields keeps. Pure code over [`DedupContact`]s; the store applies the plan.
//!
//! The rule (docs/decisions.md, "Merge plans"):
//! - The survivor is the contact with the most non-empty fields; among equals the most
//!   recently updated, then the lowest id (the oldest record).
//! - Each field takes the most recent non-empty value among the cluster (the survivor
//!   first among equally recent contacts), except that a shortened form gives way to a
//!   complete one: an initial (`J.`) to the name it starts (`Jean`), a prefix of whole words
//!   (`12 rue`) to the longer value (`12 rue de la Paix`), for names and address lines;
//!   among spellings of the same value, proper case beats all capitals and accents beat
//!   none (`Lemoine` over `LEMOINE`, `Hélène` over `Helene`).
//! - A field nobody filled stays empty; a field where the survivor's value wins is left out
//!   of the plan.

use crate::clean::fold;
use crate::model::{ContactField, DecidedBy, DedupContact, MergePlan};

/// The fields a plan chooses values for: those duplicate detection reads.
pub const PLAN_FIELDS: [ContactField; 13] = [
    ContactField::FirstName,
    ContactField::LastName,
    ContactField::Company,
    ContactField::Email,
    ContactField::Phone,
    ContactField::Street,
    ContactField::Street2,
    ContactField::Postcode,
    ContactField::City,
    ContactField::Region,
    ContactField::Country,
    ContactField::BirthDate,
    ContactField::Gender,
];

/// A field's value on a contact as stored, `None` for fields detection does not read.
pub fn field_value(contact: &DedupContact, field: ContactField) -> Option<&str> {
    let value = match field {
        ContactField::FirstName => &contact.first_name,
        ContactField::LastName => &contact.last_name,
        ContactField::Company => &contact.company,
        ContactField::Email => &contact.email,
        ContactField::Phone => &contact.phone,
        ContactField::Street => &contact.street,
        ContactField::Street2 => &contact.street2,
        ContactField::City => &contact.city,
        ContactField::Postcode => &contact.postcode,
        ContactField::Region => &contact.region,
        ContactField::Country => &contact.country,
        ContactField::BirthDate => &contact.birth_date,
        ContactField::Gender => &contact.gender,
        ContactField::Language | ContactField::MarketingConsent => &None,
    };
    value.as_deref()
}

/// A value that holds something besides spaces.
fn filled(value: Option<&str>) -> Option<&str> {
    value.filter(|v| !v.trim().is_empty())
}

/// How many of the plan's fields a contact has filled.
fn completeness(contact: &DedupContact) -> usize {
    PLAN_FIELDS
        .iter()
        .filter(|f| filled(field_value(contact, **f)).is_some())
        .count()
}

/// The contact that should survive a merge of `cluster`, or `None` for an empty cluster.
pub fn choose_survivor(cluster: &[DedupContact]) -> Option<i64> {
    cluster
        .iter()
        .max_by(|a, b| {
            completeness(a)
                .cmp(&completeness(b))
                .then_with(|| a.updated_at.cmp(&b.updated_at))
                .then_with(|| b.id.cmp(&a.id))
        })
        .map(|c| c.id)
}

/// The default plan for a cluster: its survivor by [`choose_survivor`], every other
/// contact absorbed. `None` when the cluster has fewer than two contacts.
pub fn plan(
    cluster: &[DedupContact],
    score: Option<f64>,
    decided_by: DecidedBy,
) -> Option<MergePlan> {
    if cluster.len() < 2 {
        return None;
    }
    let survivor = choose_survivor(cluster)?;
    Some(plan_with_survivor(cluster, survivor, score, decided_by))
}

/// The plan for merging `cluster` into the contact `survivor` chosen by someone: every
/// other contact of the cluster is absorbed, and each field takes the value the rule
/// above picks.
pub fn plan_with_survivor(
    cluster: &[DedupContact],
    survivor: i64,
    score: Option<f64>,
    decided_by: DecidedBy,
) -> MergePlan {
    let kept = cluster.iter().find(|c| c.id == survivor);
    // Most recent first; the survivor first among equally recent contacts, then by id.
    let mut by_recency: Vec<&DedupContact> = cluster.iter().collect();
    by_recency.sort_by(|a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then_with(|| (b.id == survivor).cmp(&(a.id == survivor)))
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut fields = Vec::new();
    if let Some(kept) = kept {
        for field in PLAN_FIELDS {
            let candidates: Vec<&str> = by_recency
                .iter()
                .filter_map(|c| filled(field_value(c, field)))
                .collect();
            let Some(chosen) = choose_value(field, &candidates) else {
                continue;
            };
            if field_value(kept, field) != Some(chosen) {
                fields.push((field, Some(chosen.to_string())));
            }
        }
    }
    MergePlan {
        survivor,
        absorbed: cluster
            .iter()
            .map(|c| c.id)
            .filter(|id| *id != survivor)
            .collect(),
        fields,
        score,
        decided_by,
    }
}

/// Picks among non-empty values, most recent first.
fn choose_value<'a>(field: ContactField, candidates: &[&'a str]) -> Option<&'a str> {
    let mut chosen = *candidates.first()?;
    let completable = matches!(
        field,
        ContactField::FirstName
            | ContactField::LastName
            | ContactField::Company
            | ContactField::Street
            | ContactField::Street2
            | ContactField::City
            | ContactField::Region
    );
    if completable {
        // Each step takes a strictly longer value, so this ends.
        while let Some(longer) = candidates.iter().find(|c| shortens(chosen, c)) {
            chosen = longer;
        }
        chosen = best_written(chosen, candidates);
    }
    Some(chosen)
}

/// Among the values that read the same as `chosen` once case and accents are set aside,
/// the best written: proper case over all capitals (`Lemoine` over `LEMOINE`), accents
/// over none (`Hélène` over `Helene`); the most recent among equals.
fn best_written<'a>(chosen: &'a str, candidates: &[&'a str]) -> &'a str {
    let key = fold(chosen);
    let quality = |v: &str| {
        let proper_case = v.chars().any(char::is_lowercase);
        let accented = v.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
        u8::from(proper_case) + u8::from(accented)
    };
    candidates
        .iter()
        .filter(|c| fold(c) == key)
        .fold(
            chosen,
            |best, c| {
                if quality(c) > quality(best) { c } else { best }
            },
        )
}

/// One word of a value, folded, and whether it was written as an abbreviation (`J.`).
struct Word {
    text: String,
    abbreviated: bool,
}

fn words(value: &str) -> Vec<Word> {
    let folded = fold(value);
    let mut out: Vec<Word> = Vec::new();
    let mut current = String::new();
    for ch in folded.chars() {
        if ch.is_alphanumeric() {
            current.push(ch);
        } else if !current.is_empty() {
            out.push(Word {
                text: std::mem::take(&mut current),
                abbreviated: ch == '.',
            });
        }
    }
    if !current.is_empty() {
        out.push(Word {
            text: current,
            abbreviated: false,
        });
    }
    out
}

/// Whether `short` is a shortened form of `long`: word by word it is the same word or an
/// abbreviation of it (one letter, or a prefix written with a full stop), possibly with
/// words missing at the end, and it says less.
pub fn shortens(short: &str, long: &str) -> bool {
    let s = words(short);
    let l = words(long);
    if s.is_empty() || s.len() > l.len() {
        return false;
    }
    let mut says_less = s.len() < l.len();
    for (a, b) in s.iter().zip(&l) {
        if a.text == b.text {
            continue;
        }
        let abbreviation = (a.abbreviated || a.text.chars().count() == 1)
            && b.text.starts_with(&a.text)
            && b.text.len() > a.text.len();
        if !abbreviation {
            return false;
        }
        says_less = true;
    }
    says_less
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(id: i64, updated_at: &str) -> DedupContact {
        DedupContact {
            id,
            updated_at: updated_at.to_string(),
            ..DedupContact::default()
        }
    }

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }

    #[test]
    fn the_most_complete_contact_survives_then_the_most_recent_then_the_lowest_id() {
        let mut a = contact(1, "2024-01-01 00:00:00");
        a.first_name = s("Ann");
        let mut b = contact(2, "2023-01-01 00:00:00");
        b.first_name = s("Ann");
        b.email = s("ann@example.com");
        assert_eq!(choose_survivor(&[a.clone(), b.clone()]), Some(2));
        b.email = None;
        assert_eq!(choose_survivor(&[a.clone(), b.clone()]), Some(1));
        b.updated_at = a.updated_at.clone();
        assert_eq!(choose_survivor(&[b, a]), Some(1));
        assert_eq!(choose_survivor(&[]), None);
    }

    #[test]
    fn each_field_takes_the_most_recent_non_empty_value() {
        let mut old = contact(1, "2023-01-01 00:00:00");
        old.first_name = s("Ann");
        old.last_name = s("Lee");
        old.email = s("ann@old.example");
        old.city = s("Lyon");
        let mut new = contact(2, "2024-06-01 00:00:00");
        new.first_name = s("Ann");
        new.email = s("ann@new.example");
        new.phone = s("+33 6 12 34 56 78");
        new.city = s("  ");
        let plan =
            plan(&[old, new], Some(0.97), DecidedBy::Automatic).unwrap_or_else(|| panic!("a plan"));
        // The older record has four fields filled, the newer three: the older survives.
        assert_eq!(plan.survivor, 1);
        assert_eq!(plan.absorbed, vec![2]);
        assert_eq!(plan.score, Some(0.97));
        assert_eq!(plan.decided_by, DecidedBy::Automatic);
        assert_eq!(
            plan.fields,
            vec![
                (ContactField::Email, s("ann@new.example")),
                (ContactField::Phone, s("+33 6 12 34 56 78")),
            ],
            "a blank city does not replace Lyon; the last name nobody changed stays"
        );
    }

    #[test]
    fn a_complete_value_beats_a_shortened_one() {
        let mut old = contact(1, "2023-01-01 00:00:00");
        old.first_name = s("Jean-Pierre");
        old.street = s("12 rue de la Paix");
        old.email = s("jp@example.com");
        let mut new = contact(2, "2024-01-01 00:00:00");
        new.first_name = s("J.");
        new.street = s("12 rue");
        new.email = s("jp@example.org");
        let plan = plan_with_survivor(&[old, new], 2, None, DecidedBy::User);
        assert_eq!(plan.absorbed, vec![1]);
        assert_eq!(
            plan.fields,
            vec![
                (ContactField::FirstName, s("Jean-Pierre")),
                (ContactField::Street, s("12 rue de la Paix")),
            ]
        );
    }

    #[test]
    fn proper_case_and_accents_beat_capitals_and_none() {
        let mut old = contact(1, "2023-01-01 00:00:00");
        old.last_name = s("Lemoine");
        old.first_name = s("Hélène");
        old.city = s("Paris");
        let mut new = contact(2, "2024-01-01 00:00:00");
        new.last_name = s("LEMOINE");
        new.first_name = s("HELENE");
        new.city = s("Lyon");
        let p = plan_with_survivor(&[old, new], 2, None, DecidedBy::User);
        assert!(p.fields.contains(&(ContactField::LastName, s("Lemoine"))));
        assert!(p.fields.contains(&(ContactField::FirstName, s("Hélène"))));
        // A different value is no spelling of the same one: the most recent still wins.
        assert!(!p.fields.iter().any(|(f, _)| *f == ContactField::City));
        assert_eq!(
            best_written("HELENE", &["HELENE", "Helene", "HÉLÈNE"]),
            "Helene"
        );
        assert_eq!(best_written("Helene", &["Helene", "Hélène"]), "Hélène");
    }

    #[test]
    fn shortened_forms() {
        assert!(shortens("J.", "Jean"));
        assert!(shortens("J", "Jean"));
        assert!(shortens("Jean", "Jean-Pierre"));
        assert!(shortens("J.-P.", "Jean-Pierre"));
        assert!(shortens("Éli.", "elisabeth"));
        assert!(shortens("12 rue", "12 Rue de la Paix"));
        assert!(!shortens("Jean", "Jean"));
        assert!(
            !shortens("Jea", "Jean"),
            "a prefix without a full stop is a typo, not an initial"
        );
        assert!(!shortens("Smith", "Smithson"));
        assert!(!shortens("Jean-Pierre", "Jean"));
        assert!(!shortens("", "Jean"));
    }

    #[test]
    fn a_chosen_survivor_missing_from_the_cluster_gets_no_field_values() {
        let plan = plan_with_survivor(&[contact(2, "x")], 9, None, DecidedBy::User);
        assert_eq!(plan.survivor, 9);
        assert_eq!(plan.absorbed, vec![2]);
        assert!(plan.fields.is_empty());
    }

    #[test]
    fn a_single_contact_is_no_plan() {
        assert!(plan(&[contact(1, "x")], None, DecidedBy::User).is_none());
    }
}
