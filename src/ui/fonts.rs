//! Fonts for customer names in every script Clientele meets: Latin, Cyrillic, Chinese and Armenian.
//!
//! egui's bundled fonts (Ubuntu-Light and Hack) cover Latin and Cyrillic only. [`install`] keeps
//! them first and appends, in both the proportional and the monospace family, two fonts that are
//! compiled into the binary, so names render on any machine: Noto Sans Armenian and a subset of
//! Noto Sans CJK SC (all of GB 2312 and Big5, see `assets/fonts/README.md`). Behind those come the
//! platform's own large CJK and Unicode fonts, when present, for the rare Hanzi outside the subset
//! and for other scripts. Those files are only read when a character first needs them, so a
//! machine that never shows such a character never loads tens of megabytes of font data.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use egui::{
    Context, FallbackRequest, FontData, FontFamily, FontInsert, FontPriority, FontProvider,
    InsertFontFamily,
};

/// egui name of the bundled Noto Sans (the report's): the characters of Latin, Cyrillic and
/// Greek text egui's own fonts lack, such as U+202F (the narrow no-break space of French
/// numbers) and the rouble sign ₽.
const NOTO_SANS_NAME: &str = "clientele:NotoSans-Regular";

/// egui name of the bundled Noto Sans Armenian.
const ARMENIAN_FONT_NAME: &str = "clientele:NotoSansArmenian-Regular";

/// egui name of the bundled Noto Sans CJK SC subset.
const CJK_FONT_NAME: &str = "clientele:NotoSansSC-Subset";

/// Noto Sans Armenian Regular, unmodified (30 KB).
const ARMENIAN_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansArmenian-Regular.ttf");

/// Noto Sans CJK SC Regular cut down to GB 2312, Big5 and CJK punctuation (CFF outlines, 4.6 MB).
const CJK_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Subset.otf");

/// Platform fonts to fall back on after the bundled ones, in order: (path, face index in a `.ttc`).
const WINDOWS_FALLBACKS: &[(&str, u32)] = &[
    // Microsoft YaHei: all of GB 18030, so every CJK Unified Ideograph.
    (r"C:\Windows\Fonts\msyh.ttc", 0),
    (r"C:\Windows\Fonts\simsun.ttc", 0),
    // Sylfaen: Armenian, Georgian.
    (r"C:\Windows\Fonts\sylfaen.ttf", 0),
];

/// See [`WINDOWS_FALLBACKS`].
const MACOS_FALLBACKS: &[(&str, u32)] = &[
    // Face 2 is reportedly PingFang SC Regular (not verified here).
    // A face index the file lacks fails to parse: egui logs a warning and tries the next font.
    ("/System/Library/Fonts/PingFang.ttc", 2),
    ("/System/Library/Fonts/Hiragino Sans GB.ttc", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
    // Arial Unicode: also Armenian.
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
];

/// See [`WINDOWS_FALLBACKS`]. Face 2 of upstream's `NotoSansCJK-Regular.ttc` is Noto Sans CJK SC.
const UNIX_FALLBACKS: &[(&str, u32)] = &[
    // Debian and Ubuntu, Arch, Fedora, FreeBSD:
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
    (
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        2,
    ),
    ("/usr/local/share/fonts/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    (
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        0,
    ),
    // DejaVu Sans: Armenian, Georgian, many symbols.
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
];

/// Adds Clientele's fonts to `ctx`, keeping egui's default fonts in front of them.
///
/// After this, the proportional and monospace families try, in order: egui's fonts, the bundled
/// Noto Sans Armenian, the bundled Noto Sans CJK SC subset, and then those of the platform's own
/// CJK/Unicode fonts that exist on this machine (read lazily, on the first character that needs
/// them).
///
/// Call it once, before the first frame (e.g. in the `eframe` app creator), and after any
/// [`Context::set_fonts`] of your own: `set_fonts` in a later frame replaces these fonts.
/// The fonts apply from the next pass, or from the current one if no text was laid out yet.
pub fn install(ctx: &Context) {
    install_bundled(ctx);
    install_platform_fallbacks(ctx);
}

/// Adds the fonts compiled into the binary, as the last fonts of both families.
fn install_bundled(ctx: &Context) {
    for (name, bytes) in [
        (NOTO_SANS_NAME, crate::report::fonts::NOTO_SANS),
        (ARMENIAN_FONT_NAME, ARMENIAN_FONT),
        (CJK_FONT_NAME, CJK_FONT),
    ] {
        let families = [FontFamily::Proportional, FontFamily::Monospace]
            .map(|family| InsertFontFamily {
                family,
                priority: FontPriority::Lowest,
            })
            .to_vec();
        ctx.add_font(FontInsert::new(
            name,
            FontData::from_static(bytes),
            families,
        ));
    }
}

/// Registers the platform fonts that exist here as fallbacks after every installed font.
fn install_platform_fallbacks(ctx: &Context) {
    let candidates = if cfg!(target_os = "windows") {
        WINDOWS_FALLBACKS
    } else if cfg!(target_os = "macos") {
        MACOS_FALLBACKS
    } else if cfg!(unix) {
        UNIX_FALLBACKS
    } else {
        &[]
    };
    for &(path, index) in candidates {
        if Path::new(path).is_file() {
            tracing::debug!(path, index, "platform fallback font found");
            ctx.add_font_provider(Arc::new(PlatformFont::new(path, index)));
        } else {
            tracing::debug!(path, "platform fallback font not present");
        }
    }
}

/// One platform font file, offered to egui for characters that no installed font has.
///
/// egui asks its [`FontProvider`]s in order and moves on to the next one when the offered font
/// lacks the character, so one provider per file gives an ordered fallback list. The file is read
/// on the first request and kept; egui parses it once and appends it to the family's chain.
struct PlatformFont {
    /// egui font name, unique per file and face.
    name: String,
    path: &'static str,
    index: u32,
    /// The file's content once read, or `None` if reading it failed.
    data: OnceLock<Option<FontData>>,
}

impl PlatformFont {
    fn new(path: &'static str, index: u32) -> Self {
        Self {
            name: format!("platform:{path}#{index}"),
            path,
            index,
            data: OnceLock::new(),
        }
    }

    fn data(&self) -> Option<&FontData> {
        self.data
            .get_or_init(|| match std::fs::read(self.path) {
                Ok(bytes) => {
                    tracing::debug!(
                        path = self.path,
                        bytes = bytes.len(),
                        "loaded fallback font"
                    );
                    Some(FontData::from_blob(Arc::new(bytes), self.index))
                }
                Err(err) => {
                    tracing::warn!(path = self.path, %err, "cannot read fallback font");
                    None
                }
            })
            .as_ref()
    }
}

impl FontProvider for PlatformFont {
    fn font_for(&self, _request: &FallbackRequest<'_>) -> Option<FontInsert> {
        // No families: egui adds the requesting one, as a fallback after all installed fonts.
        Some(FontInsert::new(
            &self.name,
            self.data()?.clone(),
            Vec::new(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use std::panic::{AssertUnwindSafe, catch_unwind};

    use egui::{Color32, FontId};
    use egui_kittest::Harness;

    use super::*;

    /// A customer name in each script Clientele must render.
    const SAMPLE: &str = "Иван 王伟 Արամ Zoë";

    /// Renders [`SAMPLE`] in both families and runs the harness until it settles.
    ///
    /// `egui_kittest` panics on the first character that no font can draw.
    fn render_sample(setup: impl FnOnce(&Context) + 'static) -> Harness<'static> {
        let mut harness = Harness::builder().with_context_setup(setup).build_ui(|ui| {
            ui.label(SAMPLE);
            ui.monospace(SAMPLE);
        });
        harness.run();
        harness
    }

    /// Which fonts of `family` have `c`, as the ctx's fonts see it.
    fn fonts_with(ctx: &Context, family: &FontFamily, c: char) -> Vec<String> {
        ctx.fonts_mut(|fonts| {
            fonts
                .characters(family)
                .get(&c)
                .cloned()
                .unwrap_or_default()
        })
    }

    #[test]
    fn sample_renders_after_install() {
        let harness = render_sample(install);
        for font_id in [FontId::proportional(14.0), FontId::monospace(14.0)] {
            let covered = harness
                .ctx
                .fonts_mut(|fonts| fonts.has_glyphs(&font_id, SAMPLE));
            assert!(covered, "{font_id:?} lacks a glyph of {SAMPLE:?}");
        }
    }

    /// The embedded fonts alone cover the sample: the platform fonts are only a later fallback,
    /// and on a machine with Noto CJK installed they would otherwise hide a broken bundled font.
    #[test]
    fn bundled_fonts_alone_cover_the_sample_and_rasterise() {
        let harness = render_sample(install_bundled);
        let ctx = &harness.ctx;
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            for (c, font) in [
                ('王', CJK_FONT_NAME),
                ('伟', CJK_FONT_NAME),
                ('Ա', ARMENIAN_FONT_NAME),
            ] {
                let fonts = fonts_with(ctx, &family, c);
                assert!(
                    fonts.iter().any(|f| f == font),
                    "{c:?} in {family:?} is only in {fonts:?}"
                );
            }
            // egui's own fonts stay first: Cyrillic and Latin do not come from the fallbacks.
            for c in ['И', 'Z', 'ë'] {
                let fonts = fonts_with(ctx, &family, c);
                let first = fonts.first().map(String::as_str);
                assert!(
                    matches!(first, Some("Ubuntu-Light" | "Hack")),
                    "{c:?} in {family:?} comes first from {first:?}"
                );
            }
        }

        // The subset keeps CFF outlines: check they rasterise to visible pixels in the atlas.
        let (glyphs, atlas) = ctx.fonts_mut(|fonts| {
            let galley =
                fonts.layout_no_wrap("王Ա".to_owned(), FontId::proportional(20.0), Color32::WHITE);
            let glyphs: Vec<_> = galley
                .rows
                .iter()
                .flat_map(|row| row.glyphs.clone())
                .collect();
            (glyphs, fonts.image())
        });
        assert_eq!(glyphs.len(), 2, "{glyphs:?}");
        for glyph in glyphs {
            let uv = glyph.uv_rect;
            assert!(!uv.is_nothing(), "{:?} has no bitmap", glyph.chr);
            let inked = (uv.min[1]..uv.max[1])
                .flat_map(|y| (uv.min[0]..uv.max[0]).map(move |x| (x as usize, y as usize)))
                .filter(|&xy| atlas[xy].a() > 0)
                .count();
            let area = usize::from(uv.max[0] - uv.min[0]) * usize::from(uv.max[1] - uv.min[1]);
            assert!(
                inked * 10 > area,
                "{:?}: {inked} of {area} texels inked",
                glyph.chr
            );
        }
    }

    /// A Hanzi outside GB 2312 and Big5 (common in given names) comes from a platform font,
    /// loaded only then. Skipped on machines with none of the listed Chinese fonts (DejaVu
    /// Sans and Sylfaen, listed for Armenian, have no Hanzi).
    #[test]
    fn platform_font_covers_hanzi_outside_the_subset() {
        const ZHE: char = '喆';
        let any_present = [WINDOWS_FALLBACKS, MACOS_FALLBACKS, UNIX_FALLBACKS]
            .concat()
            .iter()
            .filter(|(path, _)| !path.contains("DejaVuSans") && !path.contains("sylfaen"))
            .any(|(path, _)| Path::new(path).is_file());
        if !any_present {
            return;
        }
        let harness = render_sample(install);
        harness.ctx.fonts_mut(|fonts| {
            assert!(fonts.discovered_fonts().is_empty(), "loaded before needed");
            assert!(fonts.has_glyph(&FontId::proportional(14.0), ZHE));
            let discovered: Vec<_> = fonts.discovered_fonts().iter().map(|f| &f.name).collect();
            assert!(
                discovered.iter().all(|name| name.starts_with("platform:")),
                "{discovered:?}"
            );
        });
        let fonts = fonts_with(&harness.ctx, &FontFamily::Proportional, ZHE);
        assert!(!fonts.contains(&CJK_FONT_NAME.to_owned()), "{fonts:?}");
    }

    /// Without [`install`], egui's default fonts lack Chinese and Armenian, and the harness
    /// panics on them: the tests above would fail if the fonts were missing.
    #[test]
    fn without_install_chinese_and_armenian_are_missing() {
        let render = |text: &'static str| {
            catch_unwind(AssertUnwindSafe(|| {
                Harness::new_ui(|ui| {
                    ui.label(text);
                })
                .run();
            }))
        };

        assert!(
            render("Иван Zoë").is_ok(),
            "egui's own fonts cover Latin and Cyrillic"
        );
        for (text, missing) in [("王伟", "王"), ("Արամ", "Ա")] {
            let Err(panic) = render(text) else {
                panic!("{text:?} rendered without the Clientele fonts");
            };
            let message = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or_default();
            assert!(
                message.starts_with(&format!("No glyph for {missing:?}")),
                "unexpected panic: {message}"
            );
        }
    }
}

#[cfg(test)]
mod coverage_tests {
    use skrifa::MetadataProvider;

    use crate::text::Lang;

    /// Every character the messages of a language show (comments left out).
    fn shown(lang: Lang) -> std::collections::BTreeSet<char> {
        crate::text::fluent::source(lang)
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(str::chars)
            .filter(|c| !c.is_control() && *c != ' ')
            .collect()
    }

    fn missing(fonts: &[&[u8]], chars: &std::collections::BTreeSet<char>) -> Vec<char> {
        let maps: Vec<_> = fonts
            .iter()
            .map(|data| skrifa::FontRef::new(data).expect("a font").charmap())
            .collect();
        chars
            .iter()
            .copied()
            .filter(|&c| maps.iter().all(|m| m.map(c).is_none()))
            .collect()
    }

    // The window: egui's own fonts, then the bundled ones in the order `install` adds them.
    #[test]
    fn every_character_of_every_translation_is_in_the_windows_fonts() {
        let defaults = egui::FontDefinitions::default();
        let mut chain: Vec<&[u8]> = defaults
            .font_data
            .values()
            .map(|d| (*d.font).as_ref())
            .collect();
        chain.extend([
            crate::report::fonts::NOTO_SANS,
            super::ARMENIAN_FONT,
            super::CJK_FONT,
        ]);
        let mut checked = 0;
        for lang in Lang::ALL {
            let chars = shown(lang);
            checked += chars.len();
            assert_eq!(
                missing(&chain, &chars),
                Vec::<char>::new(),
                "{}",
                lang.code()
            );
        }
        assert!(checked > 300, "only {checked} characters");
        // Without the bundled Noto Sans the window lacked the rouble sign.
        let egui_only: Vec<&[u8]> = defaults
            .font_data
            .values()
            .map(|d| (*d.font).as_ref())
            .collect();
        let needed = std::collections::BTreeSet::from(['\u{202F}', '₽']);
        assert_eq!(missing(&egui_only, &needed), vec!['₽']);
    }

    // The report: its regular and bold chains (Noto Sans, Armenian, Chinese).
    #[test]
    fn every_character_of_every_translation_is_in_the_reports_fonts() {
        use crate::report::fonts::{NOTO_ARMENIAN, NOTO_CJK, NOTO_SANS, NOTO_SANS_BOLD};
        for lang in Lang::ALL {
            let chars = shown(lang);
            for first in [NOTO_SANS, NOTO_SANS_BOLD] {
                let chain = [first, NOTO_ARMENIAN, NOTO_CJK];
                assert_eq!(
                    missing(&chain, &chars),
                    Vec::<char>::new(),
                    "{}",
                    lang.code()
                );
            }
        }
    }
}
