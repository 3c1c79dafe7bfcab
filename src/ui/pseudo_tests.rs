//! The window in the pseudo-language: every screen of the demo shop drawn with each message
//! between ⟦ and ⟧, so that any word on screen without the marks was written in the code
//! instead of coming from a message.

use std::collections::BTreeSet;

use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};

use crate::store::{BasketItem, Store};
use crate::text::{Lang, PSEUDO_OPEN, set_ui_lang};
use crate::ui::app::worker_tests::settle;
use crate::ui::app::{ClienteleApp, Command, Prefs};
use crate::ui::tabs::SCREENS;

/// The shop's own words, which the window shows as they are: customers' names, emails,
/// cities and references, products, categories, channels, stores, what customers said in
/// their feedback and the owner's notes on resolving it.
fn shop_words(store: &Store) -> Vec<String> {
    let mut words = BTreeSet::new();
    for c in store.customer_list().unwrap() {
        if let Some(d) = store.customer_detail(c.id).unwrap() {
            words.extend(d.fields.into_iter().filter_map(|(_, v)| v));
            words.extend(d.source);
            for (key, value) in d.extra {
                words.insert(key);
                words.insert(value.as_str().map_or(value.to_string(), str::to_string));
            }
        }
        words.extend([c.name, c.email, c.phone, c.city, c.external_ref]);
    }
    for by in [BasketItem::Product, BasketItem::Category] {
        store
            .basket_rows(by, None, None, &mut |row| {
                words.insert(row.item.to_string());
                true
            })
            .unwrap();
    }
    let (_, details) = store.sale_facts_and_first_days().unwrap();
    for d in details {
        for w in [d.channel, d.store, d.product, d.category]
            .into_iter()
            .flatten()
        {
            words.insert(w.to_string());
        }
    }
    let feedback = store
        .feedback(&crate::model::feedback::FeedbackFilter::default())
        .unwrap();
    for f in feedback {
        words.insert(f.content.text);
        words.extend(f.content.product);
        words.extend(f.resolved_note);
    }
    // The product's own name, the models' names, and egui's names for the handle of a
    // panel's edge and a window's close button.
    words.extend(
        [
            "Clientele",
            "Pareto/NBD",
            "BG/NBD",
            "Resize panel",
            "Close window",
        ]
        .map(str::to_string),
    );
    words.insert(store.path().display().to_string());
    // The shop's settings as Shop settings shows them: its currency and phone country as
    // typed, and the locale by its own name.
    let settings = store.settings().unwrap();
    words.extend([settings.currency.clone(), settings.phone_country.clone()]);
    words.insert(settings.locale().name.to_string());
    words.retain(|w| w.trim().chars().any(char::is_alphabetic));
    // Longest first, so that a name is taken out whole before a shorter one inside it.
    let mut words: Vec<String> = words.into_iter().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words
}

/// A text shown that is neither marked as a message's nor the shop's data.
fn unmarked(text: &str, data: &[String]) -> bool {
    if text.contains(PSEUDO_OPEN) {
        return false;
    }
    let mut rest = text.to_string();
    for w in data {
        if rest.contains(w.as_str()) {
            rest = rest.replace(w.as_str(), " ");
        }
    }
    rest.chars().any(char::is_alphabetic)
}

/// Every text on screen that contains letters but no mark, with the screen it is on.
fn unmarked_texts(h: &Harness<'static, ClienteleApp>, data: &[String]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for node in h.query_all(By::new().include_labels()) {
        let node = node.accesskit_node();
        // A wrapped text's rows repeat its label's text, piece by piece.
        if node.role() == egui::accesskit::Role::TextRun {
            continue;
        }
        for text in [node.label(), node.value()].into_iter().flatten() {
            if unmarked(&text, data) {
                found.insert(text);
            }
        }
    }
    found
}

#[test]
fn the_marks_tell_a_message_from_a_literal_and_from_data() {
    let data = vec!["Émile Zola".to_string(), "Lyon".to_string()];
    assert!(!unmarked("⟦Customers⟧", &data));
    assert!(!unmarked("Émile Zola · Lyon · 12 €", &data));
    assert!(!unmarked("1 234,56 € · 2025-06-30", &data));
    assert!(unmarked("Customers", &data));
    assert!(unmarked("Émile Zola, Paris", &data));
}

#[test]
fn every_word_on_every_screen_comes_from_a_message_or_the_shop() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    crate::settings::assume_system_locale(None);
    let store = Store::open(&db).unwrap();
    let options = crate::demo::DemoOptions {
        catalogue: None,
        customers: 200,
        years: 3,
        seed: 7,
        end: chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap(),
    };
    crate::service::demo::fill(
        &store,
        &options,
        false,
        &mut crate::service::Progress::silent(),
    )
    .unwrap();
    let data = shop_words(&store);
    drop(store);

    let app = ClienteleApp::new(db, Prefs::default());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ClienteleApp| app.show(ui), app);
    settle(&mut h);
    // After the shop's settings arrived: they set the window's language, and a shop cannot
    // choose the pseudo-language.
    set_ui_lang(Lang::Pseudo);
    settle(&mut h);
    let mut problems = Vec::new();
    for entry in SCREENS {
        h.state_mut().command(Command::SwitchTab(entry.tab));
        settle(&mut h);
        if entry.tab == crate::ui::app::Tab::DUPLICATES {
            h.state_mut().command(Command::FindDuplicates);
            settle(&mut h);
        }
        for text in unmarked_texts(&h, &data) {
            problems.push(format!("{}: {text:?}", entry.tab.key()));
        }
    }
    // The Shop settings window, open over the last screen.
    let settings = h.state().settings.clone();
    h.state_mut().settings_edit = Some(settings);
    settle(&mut h);
    for text in unmarked_texts(&h, &data) {
        problems.push(format!("settings: {text:?}"));
    }
    set_ui_lang(Lang::En);
    assert!(
        problems.is_empty(),
        "{} texts on screen came from no message:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
