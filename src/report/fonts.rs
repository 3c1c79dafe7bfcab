//! The fonts compiled into the report and the font fallback krilla does not do itself: text
//! is split into runs by which font has each character, Latin/Cyrillic/Greek (Noto Sans)
//! first, then Armenian, then Chinese. Widths come from the fonts' own advance widths, so
//! columns can be right-aligned and long cells shortened before they overflow.

use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};

/// Noto Sans Regular: Latin, Cyrillic, Greek.
pub const NOTO_SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold.
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
/// Noto Sans Armenian Regular.
pub const NOTO_ARMENIAN: &[u8] = include_bytes!("../../assets/fonts/NotoSansArmenian-Regular.ttf");
/// Noto Sans CJK SC, subset to GB 2312 and Big5.
pub const NOTO_CJK: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Subset.otf");

/// The family name charts ask for, so that usvg finds the bundled Noto Sans.
pub const CHART_FAMILY: &str = "Noto Sans";

/// One font: its krilla handle for drawing and skrifa's tables for coverage and widths.
struct Face {
    krilla: krilla::text::Font,
    charmap: skrifa::charmap::Charmap<'static>,
    metrics: skrifa::metrics::GlyphMetrics<'static>,
}

impl Face {
    fn new(data: &'static [u8]) -> Option<Face> {
        let font = skrifa::FontRef::new(data).ok()?;
        Some(Face {
            krilla: krilla::text::Font::new(krilla::Data::from(data), 0)?,
            charmap: font.charmap(),
            metrics: font.glyph_metrics(Size::new(1.0), LocationRef::default()),
        })
    }

    fn has(&self, c: char) -> bool {
        self.charmap.map(c).is_some()
    }

    /// Advance width of a character at size 1.
    fn advance(&self, c: char) -> f32 {
        self.charmap
            .map(c)
            .and_then(|g| self.metrics.advance_width(g))
            .unwrap_or(0.5)
    }
}

/// The report's fonts, ready to draw and measure.
pub struct Fonts {
    /// Regular fallback chain: Latin, Armenian, Chinese.
    regular: Vec<Face>,
    /// Bold chain: Latin bold, then the regular Armenian and Chinese faces.
    bold: Vec<Face>,
}

/// A piece of text drawn with one font.
pub struct Run<'a> {
    /// The text.
    pub text: &'a str,
    /// The font.
    pub font: krilla::text::Font,
    /// Its width at size 1.
    pub width: f32,
}

impl Fonts {
    /// Loads the bundled fonts. None only if a bundled file is damaged.
    pub fn load() -> Option<Fonts> {
        let armenian = Face::new(NOTO_ARMENIAN)?;
        let cjk = Face::new(NOTO_CJK)?;
        let regular = vec![Face::new(NOTO_SANS)?, armenian, cjk];
        let bold = vec![
            Face::new(NOTO_SANS_BOLD)?,
            Face::new(NOTO_ARMENIAN)?,
            Face::new(NOTO_CJK)?,
        ];
        Some(Fonts { regular, bold })
    }

    fn chain(&self, bold: bool) -> &[Face] {
        if bold { &self.bold } else { &self.regular }
    }

    /// Which face of the chain draws `c`: the first that has it; spaces and marks stay with
    /// the run they are in.
    fn pick(chain: &[Face], c: char, current: Option<usize>) -> usize {
        if let Some(i) = current
            && (c == ' ' || c == '\u{a0}')
            && chain.get(i).is_some_and(|f| f.has(c))
        {
            return i;
        }
        chain.iter().position(|f| f.has(c)).unwrap_or(0)
    }

    /// Splits text into runs of one font each.
    pub fn runs<'a>(&self, text: &'a str, bold: bool) -> Vec<Run<'a>> {
        let chain = self.chain(bold);
        let mut runs = Vec::new();
        let mut start = 0;
        let mut current: Option<usize> = None;
        let mut width = 0.0;
        for (i, c) in text.char_indices() {
            let face = Self::pick(chain, c, current);
            if current.is_some_and(|f| f != face) {
                if let Some(f) = current.and_then(|f| chain.get(f)) {
                    runs.push(Run {
                        text: &text[start..i],
                        font: f.krilla.clone(),
                        width,
                    });
                }
                start = i;
                width = 0.0;
            }
            current = Some(face);
            width += chain.get(face).map_or(0.5, |f| f.advance(c));
        }
        if let Some(f) = current.and_then(|f| chain.get(f))
            && start < text.len()
        {
            runs.push(Run {
                text: &text[start..],
                font: f.krilla.clone(),
                width,
            });
        }
        runs
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let chain = self.chain(bold);
        let mut current = None;
        text.chars()
            .map(|c| {
                let face = Self::pick(chain, c, current);
                current = Some(face);
                chain.get(face).map_or(0.5, |f| f.advance(c))
            })
            .sum::<f32>()
            * size
    }

    /// `text` shortened with an ellipsis so that it fits in `max` points.
    pub fn fit(&self, text: &str, size: f32, bold: bool, max: f32) -> String {
        if self.width(text, size, bold) <= max {
            return text.to_string();
        }
        let ellipsis = self.width("…", size, bold);
        let mut out = String::new();
        let mut used = 0.0;
        for c in text.chars() {
            let w = self.width(c.encode_utf8(&mut [0; 4]), size, bold);
            if used + w + ellipsis > max {
                break;
            }
            used += w;
            out.push(c);
        }
        out.truncate(out.trim_end().len());
        out.push('…');
        out
    }

    /// Words of `text` broken into lines no wider than `max` points. Lines break at spaces,
    /// never at a no-break space (`1 234`, `12 %`), and between Chinese characters, which
    /// have no spaces between words.
    pub fn wrap(&self, text: &str, size: f32, bold: bool, max: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for (piece, spaced) in pieces(text) {
            let candidate = if line.is_empty() {
                piece.to_string()
            } else if spaced {
                format!("{line} {piece}")
            } else {
                format!("{line}{piece}")
            };
            if self.width(&candidate, size, bold) <= max || line.is_empty() {
                line = candidate;
            } else {
                lines.push(std::mem::take(&mut line));
                line = piece.to_string();
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}

/// Where a line may break: each piece of `text` and whether a space came before it. A
/// piece is a run between ASCII spaces, cut again around each Chinese character (and its
/// punctuation), which may start or end a line on its own.
fn pieces(text: &str) -> Vec<(&str, bool)> {
    let mut out: Vec<(&str, bool)> = Vec::new();
    for (n, word) in text
        .split([' ', '\n', '\t'])
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        let mut start = 0;
        let mut spaced = n > 0;
        for (i, c) in word.char_indices() {
            let end = i + c.len_utf8();
            if closing(c) && i == start && start > 0 && !out.is_empty() {
                // Closing punctuation never starts a line: it joins the piece before it.
                if let Some(last) = out.last_mut() {
                    let from = last.0.as_ptr() as usize - word.as_ptr() as usize;
                    last.0 = &word[from..end];
                }
                start = end;
            } else if is_cjk(c) {
                if i > start {
                    out.push((&word[start..i], spaced));
                    spaced = false;
                }
                out.push((&word[i..end], spaced));
                spaced = false;
                start = end;
            }
        }
        if start < word.len() {
            out.push((&word[start..], spaced));
        }
    }
    out
}

/// Punctuation a line may not start with (Chinese and Latin).
fn closing(c: char) -> bool {
    "，。、；：？！）》」』】,.;:?!)%".contains(c)
}

/// A Chinese character or CJK punctuation.
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0x3000..=0x303F | 0xFF00..=0xFFEF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_script_gets_a_font_that_has_it() {
        let Some(fonts) = Fonts::load() else {
            panic!("the bundled fonts load");
        };
        let runs = fonts.runs("Zoë Иван 王伟 Արամ", false);
        let texts: Vec<&str> = runs.iter().map(|r| r.text).collect();
        assert_eq!(texts, ["Zoë Иван ", "王伟", " ", "Արամ"]);
        assert!(fonts.width("Иван", 10.0, false) > 10.0);
        let short = fonts.fit("A very long customer name indeed", 10.0, false, 60.0);
        // A number's no-break spaces hold it on one line; Chinese breaks between characters.
        let lines = fonts.wrap(
            "total 1\u{a0}234\u{a0}567,89\u{a0}€ and more",
            10.0,
            false,
            40.0,
        );
        assert!(
            lines
                .iter()
                .any(|l| l.contains("1\u{a0}234\u{a0}567,89\u{a0}€")),
            "{lines:?}"
        );
        let chinese = "本报告列出了本期每位客户的购买情况和价值等级";
        let lines = fonts.wrap(chinese, 10.0, false, 60.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.concat(), chinese);
        let lines = fonts.wrap("本报告列出了本期每位客户，价值等级。", 10.0, false, 30.0);
        assert!(
            lines.iter().all(|l| !l.starts_with(['，', '。'])),
            "{lines:?}"
        );
        assert!(short.ends_with('…') && fonts.width(&short, 10.0, false) <= 60.0);
    }
}
