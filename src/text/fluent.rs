//! The Fluent side of [`super`]: one loader per language over the messages of
//! `assets/i18n/<lang>/*.ftl` (joined per language by `build.rs` and compiled into the
//! program), the arguments a message is given, and numbers written the way each language
//! writes them (ICU4X's CLDR data).

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent::{FluentArgs, FluentValue};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;

use super::{Arg, Lang, Message};

mod joined {
    include!(concat!(env!("OUT_DIR"), "/i18n_joined.rs"));
}

/// The Fluent domain: every language's messages are read as `<lang>/clientele.ftl`.
const DOMAIN: &str = "clientele";

/// The messages compiled into the program, one joined file per language.
struct Compiled;

impl I18nAssets for Compiled {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let lang = file_path.split('/').next().unwrap_or_default();
        joined::JOINED
            .iter()
            .filter(|(l, _)| *l == lang)
            .map(|(_, text)| Cow::Borrowed(text.as_bytes()))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String>> {
        Box::new(
            joined::JOINED
                .iter()
                .map(|(lang, _)| format!("{lang}/{DOMAIN}.ftl")),
        )
    }
}

/// Each language's text, as compiled in (for the checks of the translations).
pub fn source(lang: Lang) -> &'static str {
    joined::JOINED
        .iter()
        .find(|(l, _)| *l == lang.fluent_code())
        .map(|(_, text)| *text)
        .unwrap_or_default()
}

/// The loader of a language, made on first use. English fills any message a language
/// lacks.
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    // Each language's own, made when first asked for: a command that speaks one language
    // parses one language's messages (and English's, which fill its gaps), not all of them.
    static LOADERS: [OnceLock<FluentLanguageLoader>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let at = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    LOADERS[at].get_or_init(|| make_loader(Lang::ALL[at]))
}

fn make_loader(lang: Lang) -> FluentLanguageLoader {
    let fallback = Lang::En.language_id();
    let loader = FluentLanguageLoader::new(DOMAIN, fallback.clone());
    // A language without messages would stop the loader (it expects at least one file
    // per language it loads): English stands in for it.
    let has_files = joined::JOINED.iter().any(|(l, _)| *l == lang.fluent_code());
    let wanted = if has_files {
        lang.language_id()
    } else {
        fallback.clone()
    };
    if let Err(e) = loader.load_languages(&Compiled, &[wanted]) {
        tracing::error!("the {} messages could not be loaded: {e}", lang.code());
        // English alone, which the program always has.
        let _ = loader.load_languages(&Compiled, &[fallback]);
    }
    // No invisible isolation marks around arguments: they would show as boxes in the
    // PDF and confuse whoever reads the command line's output.
    loader.set_use_isolating(false);
    loader.with_bundles_mut(|bundle| {
        if let Err(e) = bundle.add_builtins() {
            tracing::error!("NUMBER() is missing from the messages: {e:?}");
        }
        bundle.set_formatter(Some(match lang {
            Lang::En | Lang::Pseudo => format_number::<0, _>,
            Lang::Fr => format_number::<1, _>,
            Lang::Ru => format_number::<2, _>,
            Lang::Zh => format_number::<3, _>,
            Lang::Hy => format_number::<4, _>,
        }));
    });
    loader
}

/// A message in a language: its arguments handed to Fluent (a message given as an
/// argument is said first, in the same language).
pub fn render(lang: Lang, m: &Message) -> String {
    let loader = loader(lang);
    let m = super::derive::derived(m);
    let mut args = FluentArgs::new();
    for (name, value) in &m.args {
        let value: FluentValue<'_> = match value {
            Arg::Text(t) => FluentValue::from(t.clone()),
            // A number that names something (a customer, an import) is never grouped:
            // customer 1255, not 1 255.
            Arg::Int(n) if matches!(*name, "id" | "batch" | "customer") => {
                FluentValue::from(n.to_string())
            }
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Float(x) => FluentValue::from(*x),
            Arg::Message(inner) => FluentValue::from(render(lang, inner)),
        };
        args.set(*name, value);
    }
    if !loader.has(m.id) {
        return m.id.to_string();
    }
    let words = loader.get_args_fluent(m.id, Some(&args));
    match lang {
        Lang::Pseudo => super::pseudo(&words),
        _ => words,
    }
}

/// A decimal written by the CLDR formatter of one of [`FORMATTED`]'s locales (made once per
/// thread: the formatter cannot be shared between threads).
fn with_locale_format(which: usize, decimal: &Decimal) -> Option<String> {
    thread_local! {
        static FORMATTERS: Vec<Option<DecimalFormatter>> = FORMATTED
            .iter()
            .map(|code| {
                let locale: icu_locale_core::Locale = code.parse().ok()?;
                DecimalFormatter::try_new(locale.into(), Default::default()).ok()
            })
            .collect();
    }
    FORMATTERS.with(|all| {
        all.get(which)
            .and_then(Option::as_ref)
            .map(|f| f.format(decimal).to_string())
    })
}

/// The locales whose numbers [`format_number`] writes, in the order of its parameter.
const FORMATTED: [&str; 5] = ["en", "fr", "ru", "zh", "hy"];

/// A number inside a message. English keeps the plain digits the command line has always
/// printed (`12345`, `0.381`); the other languages group and separate as CLDR says
/// (`12 345`, `0,381`). `NUMBER($x, minimumFractionDigits: 1, maximumFractionDigits: 1)`
/// rounds.
fn format_number<const L: usize, M>(value: &FluentValue<'_>, _intls: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let (min, max) = (
        n.options.minimum_fraction_digits,
        n.options.maximum_fraction_digits,
    );
    if L == 0 && min.is_none() && max.is_none() {
        return None;
    }
    let x = n.value;
    if !x.is_finite() {
        return None;
    }
    let digits = match (min, max) {
        (_, Some(max)) => max.min(12),
        (Some(min), None) => min.min(12),
        (None, None) => fraction_digits(x),
    };
    let scaled = (x * 10f64.powi(digits as i32)).round();
    if scaled.abs() >= 9.0e15 {
        return None;
    }
    let mut decimal = Decimal::from(scaled as i64);
    decimal.multiply_pow10(-(digits as i16));
    // Keep at least `min` decimals, drop trailing zeros beyond it.
    let keep = min.unwrap_or(0).min(digits);
    decimal.trim_end();
    decimal.pad_end(-(keep as i16));
    if L == 0 {
        return Some(decimal.to_string());
    }
    with_locale_format(L, &decimal)
}

/// The decimals a float needs to be written exactly as Rust writes it, at most 12.
fn fraction_digits(x: f64) -> usize {
    let written = x.to_string();
    written
        .split_once('.')
        .map_or(0, |(_, fraction)| fraction.len().min(12))
}

impl Lang {
    /// The language's code in the Fluent files' folder names.
    fn fluent_code(self) -> &'static str {
        match self {
            Lang::Pseudo => "en",
            other => other.code(),
        }
    }

    fn language_id(self) -> i18n_embed::unic_langid::LanguageIdentifier {
        self.fluent_code()
            .parse()
            .unwrap_or_else(|_| i18n_embed::unic_langid::LanguageIdentifier::default())
    }
}

#[cfg(test)]
mod tests {
    use crate::text::{Lang, set_ui_lang, ui_lang};

    #[test]
    fn the_window_says_its_messages_in_its_language() {
        assert_eq!(ui_lang(), Lang::En);
        assert_eq!(crate::tr!("report-title"), "Customer report");
        assert_eq!(crate::tr!("forecast-months", count = 1), "1 month");
        assert_eq!(crate::tr!("forecast-months", count = 3), "3 months");
        set_ui_lang(Lang::Pseudo);
        assert_eq!(crate::tr!("report-title"), "⟦Customer report⟧");
        set_ui_lang(Lang::En);
    }
}
