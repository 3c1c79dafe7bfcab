//! What the demo shop's customers said (issue 29): surveys after some orders (CSAT after
//! a visit to a store, NPS after the others), a few star reviews, and complaints by e-mail or phone, most of them resolved, in the
//! customer's own language.
//!
//! The patterns the Feedback screen should find are built in. A customer who does not
//! order again within 90 days of an order is more likely to have been unhappy with it (so
//! "unhappy customers leave more often" holds in the data; the sales themselves are not
//! changed, and the shop's sales are the same with or without feedback). Orders at the
//! Paris Marais store, which delivers badly, get more unhappy answers, most about delivery.
//!
//! Feedback has its own random generator, seeded from the shop's seed: same options, same
//! feedback.

use chrono::{Days, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::people::Order;
use super::{CH_LYON, CH_PARIS, CH_WEB};
use crate::model::NewContact;
use crate::model::feedback::{FeedbackChannel, FeedbackContent, FeedbackStatus, Scale, Score};

/// Mixed into the shop's seed for the feedback's own generator.
const SEED_SALT: u64 = 0x5EED_FEED_BAC0_0029;
/// Chance that an order is followed by a survey answer (about one per customer).
const SURVEY: f64 = 0.12;
/// Chance that an order is followed by a star review.
const REVIEW: f64 = 0.02;
/// Chance that an order is followed by a complaint, when the customer came back and when
/// they did not.
const COMPLAINT: [f64; 2] = [0.004, 0.02];
/// More complaints after an order at the store that delivers badly.
const COMPLAINT_PARIS: f64 = 0.03;
/// Days after which a complaint is usually answered; most older ones are resolved.
const ANSWERED_AFTER_DAYS: u64 = 21;
/// Share of older complaints that were resolved.
const RESOLVED: f64 = 0.85;
/// Days within which an order again counts as coming back.
const BACK_WITHIN_DAYS: i64 = 90;

/// Unhappy, neutral and happy shares of answers: after an order the customer came back
/// from, after one they did not, and when it is too early to tell.
const MOOD: [[f64; 3]; 3] = [[0.10, 0.30, 0.60], [0.38, 0.32, 0.30], [0.18, 0.32, 0.50]];
/// Taken from the happy share and added to the unhappy one at the Paris Marais store.
const PARIS_PENALTY: f64 = 0.15;
/// Chance that an unhappy piece of feedback is about delivery: Paris Marais, the web shop,
/// elsewhere.
const DELIVERY: [f64; 3] = [0.75, 0.35, 0.10];

/// Phrases per language: happy, neutral, unhappy, unhappy about delivery.
struct Phrases {
    happy: &'static [&'static str],
    neutral: &'static [&'static str],
    unhappy: &'static [&'static str],
    delivery: &'static [&'static str],
}

const FR: Phrases = Phrases {
    happy: &[
        "Très bon accueil, je reviendrai",
        "Les bougies sentent merveilleusement bon",
        "Thé excellent et conseils précieux",
        "Emballage cadeau magnifique",
        "Service rapide et souriant",
    ],
    neutral: &[
        "Correct, sans plus",
        "Bon produit mais un peu cher",
        "Choix correct, attente un peu longue",
    ],
    unhappy: &[
        "Bougie cassée à l'arrivée",
        "Personnel peu aimable",
        "Thé éventé, très déçu",
        "Trop cher pour la qualité",
        "Remboursement toujours pas reçu",
    ],
    delivery: &[
        "Livraison en retard de deux semaines",
        "Colis abîmé à la livraison",
        "Livraison jamais arrivée, aucune réponse",
        "Livreur impoli, colis laissé dehors",
    ],
};

const EN: Phrases = Phrases {
    happy: &[
        "Lovely shop, friendly staff",
        "The candles smell wonderful",
        "Great tea and helpful advice",
        "Beautiful gift wrapping",
        "Quick and cheerful service",
    ],
    neutral: &[
        "Fine, nothing special",
        "Good product but a bit pricey",
        "Decent choice, long queue",
    ],
    unhappy: &[
        "Candle arrived broken",
        "Rude staff at the till",
        "Stale tea, very disappointed",
        "Too expensive for the quality",
        "Still waiting for my refund",
    ],
    delivery: &[
        "Delivery two weeks late",
        "Parcel damaged on delivery",
        "Delivery never arrived and no reply",
        "Courier left the parcel outside in the rain",
    ],
};

const RU: Phrases = Phrases {
    happy: &[
        "Прекрасный магазин, вежливый персонал",
        "Свечи чудесно пахнут",
        "Отличный чай и хорошие советы",
        "Красивая подарочная упаковка",
        "Быстрое и приветливое обслуживание",
    ],
    neutral: &[
        "Нормально, ничего особенного",
        "Хороший товар, но дороговато",
        "Выбор неплохой, но долгая очередь",
    ],
    unhappy: &[
        "Свеча пришла разбитой",
        "Грубый персонал на кассе",
        "Чай выдохся, очень разочарован",
        "Слишком дорого для такого качества",
        "Деньги так и не вернули",
    ],
    delivery: &[
        "Доставка опоздала на две недели",
        "Посылка повреждена при доставке",
        "Доставка так и не пришла, никто не отвечает",
        "Курьер оставил посылку под дождём",
    ],
};

const ZH: Phrases = Phrases {
    happy: &[
        "店很漂亮，店员很友好",
        "蜡烛的味道很好闻",
        "茶很好，建议很有用",
        "礼品包装很漂亮",
        "服务快速又热情",
    ],
    neutral: &[
        "还可以，没什么特别",
        "东西不错但是有点贵",
        "选择不错，排队太久",
    ],
    unhappy: &[
        "蜡烛到的时候碎了",
        "收银员态度很差",
        "茶叶不新鲜，很失望",
        "质量不值这个价格",
        "退款到现在还没收到",
    ],
    delivery: &[
        "快递晚了两个星期",
        "快递包裹送到时破损了",
        "快递一直没到，也没人回复",
        "快递员把包裹放在外面淋雨",
    ],
};

const HY: Phrases = Phrases {
    happy: &[
        "Հրաշալի խանութ, բարեհամբույր անձնակազմ",
        "Մոմերը հիանալի բույր ունեն",
        "Լավ թեյ և օգտակար խորհուրդներ",
        "Գեղեցիկ նվերի փաթեթավորում",
        "Արագ և ժպտերես սպասարկում",
    ],
    neutral: &[
        "Նորմալ է, ոչ մի առանձնահատուկ բան",
        "Լավ ապրանք, բայց մի քիչ թանկ",
        "Լավ ընտրություն, երկար հերթ",
    ],
    unhappy: &[
        "Մոմը կոտրված հասավ",
        "Դրամարկղի աշխատողը կոպիտ էր",
        "Թեյը հնացած էր, շատ հիասթափված եմ",
        "Շատ թանկ է այս որակի համար",
        "Գումարը դեռ չեն վերադարձրել",
    ],
    delivery: &[
        "Առաքումը երկու շաբաթ ուշացավ",
        "Առաքման ժամանակ ծանրոցը վնասված էր",
        "Առաքումը այդպես էլ չեկավ, ոչ ոք չի պատասխանում",
        "Առաքիչը ծանրոցը թողեց դրսում անձրևի տակ",
    ],
};

fn phrases(language: Option<&str>) -> &'static Phrases {
    match language {
        Some("en") => &EN,
        Some("ru") => &RU,
        Some("zh") => &ZH,
        Some("hy") => &HY,
        _ => &FR,
    }
}

/// How an answer went.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mood {
    Unhappy,
    Neutral,
    Happy,
}

/// The feedback of the shop whose orders are `orders` (with their contacts set, sorted by
/// time) and contacts `contacts`: `(contact index, what was said)`, by day.
pub(super) fn feedback(
    orders: &[Order],
    contacts: &[NewContact],
    seed: u64,
    end: NaiveDate,
) -> Vec<(usize, FeedbackContent)> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ SEED_SALT);
    let came_back = came_back(orders, end);
    let mut out = Vec::with_capacity(orders.len() / 6);
    for (order, back) in orders.iter().zip(came_back) {
        let contact = order.contact as usize;
        let language = contacts.get(contact).and_then(|c| c.language.as_deref());
        let said = phrases(language);
        let day = order.at.date();
        let channel = usize::from(order.channel);
        let paris = channel == CH_PARIS;
        let mood_row = match back {
            Some(true) => 0,
            Some(false) => 1,
            None => 2,
        };
        let delivery = DELIVERY[if paris {
            0
        } else if channel == CH_WEB {
            1
        } else {
            2
        }];
        let answer = |rng: &mut ChaCha8Rng, scale: Scale, days: u64, ch: FeedbackChannel| {
            let date = day
                .checked_add_days(Days::new(days))
                .filter(|d| *d <= end)?;
            let mut shares = MOOD[mood_row];
            if paris {
                shares[0] += PARIS_PENALTY;
                shares[2] -= PARIS_PENALTY;
            }
            let mood = match super::pick_weighted(rng, &shares) {
                0 => Mood::Unhappy,
                1 => Mood::Neutral,
                _ => Mood::Happy,
            };
            let value = score(rng, scale, mood);
            let text = text(rng, said, mood, delivery);
            Some(FeedbackContent {
                date,
                score: Score::new(scale, value),
                text,
                channel: Some(ch),
                product: None,
                order_ref: None,
                status: None,
            })
        };
        if rng.random_bool(SURVEY) {
            let days = rng.random_range(1..8);
            // The stores ask how satisfied the customer was; the others ask the NPS question.
            let scale = if channel == CH_PARIS || channel == CH_LYON {
                Scale::Csat
            } else {
                Scale::Nps
            };
            if let Some(f) = answer(&mut rng, scale, days, FeedbackChannel::Survey) {
                out.push((contact, f));
            }
        }
        if rng.random_bool(REVIEW) {
            let days = rng.random_range(2..20);
            if let Some(f) = answer(&mut rng, Scale::Stars, days, FeedbackChannel::Review) {
                out.push((contact, f));
            }
        }
        let complaint = if paris {
            COMPLAINT_PARIS
        } else {
            COMPLAINT[usize::from(back == Some(false))]
        };
        if rng.random_bool(complaint) {
            let days = rng.random_range(1..10);
            let Some(date) = day.checked_add_days(Days::new(days)).filter(|d| *d <= end) else {
                continue;
            };
            let answered = date
                .checked_add_days(Days::new(ANSWERED_AFTER_DAYS))
                .is_some_and(|d| d <= end);
            let status = if answered && rng.random_bool(RESOLVED) {
                FeedbackStatus::Resolved
            } else {
                FeedbackStatus::Open
            };
            let ch = if rng.random_bool(0.5) {
                FeedbackChannel::Email
            } else {
                FeedbackChannel::Phone
            };
            let text = text(&mut rng, said, Mood::Unhappy, delivery);
            out.push((
                contact,
                FeedbackContent {
                    date,
                    score: None,
                    text,
                    channel: Some(ch),
                    product: None,
                    order_ref: None,
                    status: Some(status),
                },
            ));
        }
    }
    out.sort_by_key(|(contact, f)| (f.date, *contact));
    out
}

/// For each order: whether the same person ordered again within 90 days (`None` when the
/// history ends before the 90 days do).
fn came_back(orders: &[Order], end: NaiveDate) -> Vec<Option<bool>> {
    let mut by_person: Vec<usize> = (0..orders.len()).collect();
    by_person.sort_by_key(|&i| (orders[i].person, orders[i].at));
    let mut out = vec![None; orders.len()];
    for (k, &i) in by_person.iter().enumerate() {
        let day = orders[i].at.date();
        let next = by_person
            .get(k + 1)
            .map(|&j| &orders[j])
            .filter(|o| o.person == orders[i].person);
        let within = next.is_some_and(|o| (o.at.date() - day).num_days() <= BACK_WITHIN_DAYS);
        let known = (end - day).num_days() >= BACK_WITHIN_DAYS;
        out[i] = (within || known).then_some(within);
    }
    out
}

/// A score on `scale` that says `mood`.
fn score(rng: &mut ChaCha8Rng, scale: Scale, mood: Mood) -> u8 {
    match (scale, mood) {
        (Scale::Nps, Mood::Unhappy) => rng.random_range(0..=6),
        (Scale::Nps, Mood::Neutral) => rng.random_range(7..=8),
        (Scale::Nps, Mood::Happy) => rng.random_range(9..=10),
        (_, Mood::Unhappy) => rng.random_range(1..=2),
        (_, Mood::Neutral) => 3,
        (_, Mood::Happy) => rng.random_range(4..=5),
    }
}

/// What a customer in `mood` wrote; unhappy ones write about delivery with chance
/// `delivery`. A few answers have no comment.
fn text(rng: &mut ChaCha8Rng, said: &Phrases, mood: Mood, delivery: f64) -> String {
    if mood != Mood::Unhappy && rng.random_bool(0.3) {
        return String::new();
    }
    let list = match mood {
        Mood::Happy => said.happy,
        Mood::Neutral => said.neutral,
        Mood::Unhappy if rng.random_bool(delivery) => said.delivery,
        Mood::Unhappy => said.unhappy,
    };
    super::pick(rng, list).map_or_else(String::new, |s| (*s).to_string())
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::demo::{DemoOptions, generate};
    use crate::model::feedback::Sentiment;

    fn shop() -> crate::demo::DemoShop {
        generate(&DemoOptions {
            catalogue: None,
            customers: 2000,
            years: 3,
            seed: 42,
            end: NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        })
    }

    #[test]
    fn about_one_answer_per_customer_in_every_language_some_complaints_resolved() {
        let shop = shop();
        let f = &shop.feedback;
        let scored = f.iter().filter(|(_, c)| c.score.is_some()).count();
        assert!((1500..3000).contains(&scored), "{scored} answers");
        let reviews = f
            .iter()
            .filter(|(_, c)| c.channel == Some(FeedbackChannel::Review))
            .count();
        assert!((100..600).contains(&reviews), "{reviews} reviews");
        let complaints: Vec<_> = f.iter().filter(|(_, c)| c.status.is_some()).collect();
        let resolved = complaints
            .iter()
            .filter(|(_, c)| c.status == Some(FeedbackStatus::Resolved))
            .count();
        assert!(complaints.len() > 50, "{} complaints", complaints.len());
        assert!(resolved * 2 > complaints.len() && resolved < complaints.len());
        // Every language of the demo's customers is written, in its own script.
        let script =
            |test: fn(char) -> bool| f.iter().filter(|(_, c)| c.text.chars().any(test)).count();
        assert!(
            script(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) > 20,
            "Cyrillic"
        );
        assert!(
            script(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)) > 20,
            "Han"
        );
        assert!(
            script(|c| ('\u{0530}'..='\u{058F}').contains(&c)) > 20,
            "Armenian"
        );
        assert!(f.iter().any(|(_, c)| c.text.contains("Livraison")));
        assert!(f.iter().any(|(_, c)| c.text.contains("Delivery")));
        // Each text is in its contact's language.
        for (contact, c) in f {
            if shop.contacts[*contact].language.as_deref() == Some("zh") && !c.text.is_empty() {
                assert!(
                    c.text
                        .chars()
                        .any(|ch| ('\u{4E00}'..='\u{9FFF}').contains(&ch))
                );
            }
        }
        // Nothing after the end of the history, everything sorted by day.
        assert!(f.windows(2).all(|w| w[0].1.date <= w[1].1.date));
        assert!(
            f.iter()
                .all(|(_, c)| c.date <= NaiveDate::from_ymd_opt(2025, 12, 31).unwrap())
        );
    }

    #[test]
    fn unhappy_customers_come_back_less_often() {
        let shop = shop();
        let end = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        // Each contact's order days, from the sale lines.
        let mut days: HashMap<usize, Vec<NaiveDate>> = HashMap::new();
        for s in &shop.sales {
            days.entry(s.contact_index)
                .or_default()
                .push(s.sold_at.date());
        }
        for d in days.values_mut() {
            d.sort_unstable();
            d.dedup();
        }
        // Of the answers whose 90 days lie in the history: the share after which the same
        // contact ordered within 90 days, by how they felt.
        let mut counts: HashMap<Sentiment, (usize, usize)> = HashMap::new();
        for (contact, c) in &shop.feedback {
            let Some(score) = c.score else { continue };
            if (end - c.date).num_days() < 90 {
                continue;
            }
            let back = days.get(contact).is_some_and(|d| {
                d.iter()
                    .any(|o| *o > c.date && (*o - c.date).num_days() <= 90)
            });
            let e = counts.entry(score.sentiment()).or_default();
            e.0 += 1;
            e.1 += usize::from(back);
        }
        let share = |s: Sentiment| {
            let (n, k) = counts[&s];
            assert!(n > 100, "{n} answers");
            k as f64 / n as f64
        };
        let (unhappy, happy) = (share(Sentiment::Negative), share(Sentiment::Positive));
        assert!(
            unhappy + 0.15 < happy,
            "unhappy {unhappy:.2} against happy {happy:.2}"
        );
    }
}
