//! Everything held on one person as a PDF (subject access): a title, a sentence saying what
//! the file is, then sections of labelled lines, each value wrapped to the page. Pure: the
//! caller gives every word already in the shop's language; this lays them out with the
//! report's fonts (Latin, Cyrillic, Armenian and Chinese) and returns the PDF.

use super::Paper;
use super::contact::write;
use super::fonts::Fonts;
use super::pdf::{Color, Item, ReportError};

const INK: Color = (30, 33, 40);
const MUTED: Color = (105, 110, 120);
const ACCENT: Color = (37, 99, 160);
const MARGIN: f32 = 48.0;
const SIZE: f32 = 9.0;
const LINE: f32 = SIZE * 1.4;
/// Each level of nesting moves a line this far right.
const INDENT: f32 = 12.0;

/// One labelled line; `depth` nests it under the line before.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Line {
    /// The label, bold (may be empty).
    pub label: String,
    /// The value (may be empty: the label then heads the lines nested below it).
    pub value: String,
    /// How deep it is nested.
    pub depth: usize,
}

/// A titled section.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Block {
    /// Its title.
    pub title: String,
    /// Its lines; none prints `empty`.
    pub lines: Vec<Line>,
}

/// The whole document, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct SubjectDocument {
    /// The title on the first page.
    pub title: String,
    /// The sentences under it.
    pub intro: String,
    /// Printed in a section without lines.
    pub empty: String,
    /// The sections.
    pub blocks: Vec<Block>,
    /// The language's code, for the PDF's metadata.
    pub lang: String,
    /// The paper.
    pub paper: Paper,
}

struct Pages<'a> {
    fonts: &'a Fonts,
    height: f32,
    pages: Vec<Vec<Item>>,
    y: f32,
}

impl Pages<'_> {
    fn room(&mut self, h: f32) {
        if self.y + h > self.height - MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    fn text(&mut self, x: f32, size: f32, bold: bool, color: Color, text: String) {
        if let Some(page) = self.pages.last_mut() {
            page.push(Item::Text {
                x,
                y: self.y,
                size,
                bold,
                color,
                text,
            });
        }
    }

    /// Wrapped text from `x` to the right margin at `width`.
    fn wrapped(&mut self, x: f32, width: f32, size: f32, bold: bool, color: Color, text: &str) {
        for line in self.fonts.wrap(text, size, bold, width - x - MARGIN) {
            self.room(size * 1.4);
            self.y += size * 1.4;
            self.text(x, size, bold, color, line);
        }
    }
}

/// Lays the document out and returns the PDF.
pub fn subject_pdf(doc: &SubjectDocument) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load().ok_or(ReportError::Fonts)?;
    let (width, height) = doc.paper.size_pt();
    let mut p = Pages {
        fonts: &fonts,
        height,
        pages: vec![Vec::new()],
        y: MARGIN,
    };
    p.wrapped(MARGIN, width, 16.0, true, ACCENT, &doc.title);
    p.y += 4.0;
    for paragraph in doc.intro.split('\n') {
        p.wrapped(MARGIN, width, SIZE, false, MUTED, paragraph);
    }
    for block in &doc.blocks {
        p.room(LINE * 4.0);
        p.y += 12.0;
        p.wrapped(MARGIN, width, 12.0, true, ACCENT, &block.title);
        p.y += 2.0;
        if block.lines.is_empty() {
            p.wrapped(MARGIN, width, SIZE, false, MUTED, &doc.empty);
        }
        for line in &block.lines {
            let x = MARGIN + INDENT * line.depth as f32;
            if line.value.is_empty() {
                p.wrapped(x, width, SIZE, true, INK, &line.label);
                continue;
            }
            // The label on the left, the value beside it when the label is short, else on
            // the lines below it.
            let label_w = fonts.width(&line.label, SIZE, true);
            let column = ((width - 2.0 * MARGIN) * 0.3).max(60.0);
            if label_w + 8.0 <= column {
                let value_lines = fonts.wrap(&line.value, SIZE, false, width - MARGIN - x - column);
                for (k, v) in value_lines.into_iter().enumerate() {
                    p.room(LINE);
                    p.y += LINE;
                    if k == 0 {
                        p.text(x, SIZE, true, INK, line.label.clone());
                    }
                    p.text(x + column, SIZE, false, INK, v);
                }
            } else {
                p.wrapped(x, width, SIZE, true, INK, &line.label);
                p.wrapped(x + INDENT, width, SIZE, false, INK, &line.value);
            }
        }
    }
    write(&fonts, (width, height), &doc.title, &doc.lang, p.pages)
}
