//! Checks of the translations: every language has English's messages, attributes and
//! variables, the plural forms its grammar needs, and every message formats.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::Lang;
use super::fluent::source;

/// A message's shape: its attributes, the variables it uses, and whether it chooses words
/// by a number's plural form.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    /// The plural categories its select expressions name, per selector variable.
    plurals: BTreeMap<String, BTreeSet<String>>,
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn shapes(text: &str, lang: &str) -> BTreeMap<String, Shape> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{lang}: the Fluent files do not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut shape = Shape::default();
                if let Some(value) = &m.value {
                    walk_pattern(value, &mut shape);
                }
                for a in &m.attributes {
                    shape.attributes.insert(a.id.name.to_string());
                    walk_pattern(&a.value, &mut shape);
                }
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), shape).is_none(),
                    "{lang}: {id} twice"
                );
            }
            ast::Entry::Junk { content } => panic!("{lang}: cannot read {content:?}"),
            _ => {}
        }
    }
    out
}

fn walk_pattern(p: &ast::Pattern<&str>, shape: &mut Shape) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, shape: &mut Shape) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, shape),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            if let ast::InlineExpression::VariableReference { id } = selector {
                for v in variants {
                    if let ast::VariantKey::Identifier { name } = &v.key
                        && CATEGORIES.contains(name)
                        && *name != "other"
                    {
                        shape
                            .plurals
                            .entry(id.name.to_string())
                            .or_default()
                            .insert(name.to_string());
                    }
                }
            }
            for v in variants {
                walk_pattern(&v.value, shape);
            }
        }
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, shape: &mut Shape) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

/// The plural categories (besides `other`) a language's grammar needs for whole numbers
/// and, for French, the `many` of millions (CLDR).
fn needed(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En | Lang::Hy | Lang::Pseudo => &["one"],
        Lang::Fr => &["one", "many"],
        Lang::Ru => &["one", "few", "many"],
        Lang::Zh => &[],
    }
}

fn translated() -> Vec<Lang> {
    Lang::ALL
        .into_iter()
        .filter(|&l| l != Lang::En && !source(l).is_empty())
        .collect()
}

#[test]
fn every_language_has_the_messages_attributes_and_variables_of_english() {
    let english = shapes(source(Lang::En), "en");
    assert!(
        english.len() > 300,
        "only {} English messages",
        english.len()
    );
    for lang in translated() {
        let theirs = shapes(source(lang), lang.code());
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{}: not in English {extra:?}",
            lang.code()
        );
        for (id, want) in &english {
            let got = &theirs[id];
            assert_eq!(
                got.attributes,
                want.attributes,
                "{}: {id}'s attributes",
                lang.code()
            );
            assert_eq!(
                got.variables,
                want.variables,
                "{}: {id}'s variables",
                lang.code()
            );
        }
    }
}

#[test]
fn messages_that_count_have_the_plural_forms_of_their_language() {
    let english = shapes(source(Lang::En), "en");
    for lang in translated() {
        let theirs = shapes(source(lang), lang.code());
        for (id, want) in &english {
            for variable in want.plurals.keys() {
                let got = theirs[id]
                    .plurals
                    .get(variable)
                    .cloned()
                    .unwrap_or_default();
                for category in needed(lang) {
                    assert!(
                        got.contains(*category),
                        "{}: {id} chooses by ${variable} without [{category}]",
                        lang.code()
                    );
                }
                if lang == Lang::Zh {
                    assert!(got.is_empty(), "zh: {id} has plural forms {got:?}");
                }
            }
        }
    }
}

#[test]
fn every_message_formats_in_every_language_without_errors() {
    use fluent::{FluentArgs, FluentResource, FluentValue, bundle::FluentBundle};
    let english = shapes(source(Lang::En), "en");
    let mut formatted = 0;
    for lang in Lang::ALL {
        let text = source(lang);
        if text.is_empty() {
            continue;
        }
        let id: i18n_embed::unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        bundle.add_builtins().unwrap();
        bundle
            .add_resource(FluentResource::try_new(text.to_string()).unwrap())
            .unwrap();
        for (name, shape) in &english {
            let message = bundle.get_message(name).unwrap();
            for sample in [0i64, 1, 2, 3, 5, 11, 21, 1_000_000] {
                let mut args = FluentArgs::new();
                for v in &shape.variables {
                    args.set(v.clone(), FluentValue::from(sample));
                }
                let patterns = message
                    .value()
                    .into_iter()
                    .chain(message.attributes().map(|a| a.value()));
                for pattern in patterns {
                    let mut errors = Vec::new();
                    let words = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{}: {name}: {errors:?}", lang.code());
                    assert!(
                        !words.trim().is_empty(),
                        "{}: {name} says nothing",
                        lang.code()
                    );
                    formatted += 1;
                }
            }
        }
    }
    assert!(formatted > 2000, "only {formatted} formatted");
}

#[test]
fn the_checks_can_fail() {
    let en = shapes(
        "a = { $n ->\n    [one] x\n   *[other] y\n}\nb = z\n    .t = { $m }\n",
        "en",
    );
    let fr = shapes("a = { $n ->\n   *[other] y\n}\nb = z\n", "fr");
    assert_eq!(en["a"].plurals["n"], BTreeSet::from(["one".to_string()]));
    assert!(!fr["a"].plurals.contains_key("n"));
    assert_ne!(en["b"], fr["b"]);
    assert_eq!(en["b"].variables, BTreeSet::from(["m".to_string()]));
}

// Every id a typed value is turned into, written `Message::new("..")` anywhere in the
// library, has English words.
#[test]
fn every_message_the_library_makes_is_known() {
    let loader = super::fluent::loader(Lang::En);
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    let mut made = 0;
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for piece in text.split("Message::new(\"").skip(1) {
                let id = piece.split('"').next().unwrap_or("");
                let shaped = !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                // Ids made up to show what an unknown id does, and the comments' "..".
                if !shaped || id.starts_with("no-such-") {
                    continue;
                }
                made += 1;
                assert!(
                    loader.has(id),
                    "{}: {id} has no English words",
                    path.display()
                );
            }
        }
    }
    assert!(made > 100, "only {made} messages found");
}

#[test]
fn an_unknown_id_is_said_as_itself() {
    let m = super::Message::new("no-such-id");
    assert_eq!(super::render(Lang::En, &m), "no-such-id");
}
