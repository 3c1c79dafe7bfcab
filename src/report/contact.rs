//! What a post or phone campaign prints (issue 24): address labels on A4 3×7 and US Letter
//! 3×10 sheets, a mail-merge letter per customer, and a call sheet with checkboxes and room
//! for notes. Pure: the caller gathers the rows and the words; these functions lay them out
//! with the report's fonts (Latin, Cyrillic, Armenian and Chinese) and return the PDF.

use krilla::Document;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;

use super::Paper;
use super::fonts::Fonts;
use super::pdf::{Color, Item, ReportError, draw_items};

const INK: Color = (30, 33, 40);
const MUTED: Color = (105, 110, 120);
const RULE: Color = (170, 176, 186);

/// One customer as the contact PDFs print them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContactSheetRow {
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// The address, one line per entry (street, street 2, postcode and town, region,
    /// country), empty lines left out.
    pub address: Vec<String>,
    /// Phone as written.
    pub phone: String,
    /// Segment at the campaign's creation, in words.
    pub segment: String,
    /// The day of the last purchase, formatted.
    pub last_purchase: String,
    /// The product to suggest, or empty.
    pub suggested_product: String,
}

impl ContactSheetRow {
    /// First and last name, as the envelope shows them.
    pub fn name(&self) -> String {
        let name = format!("{} {}", self.first_name.trim(), self.last_name.trim());
        name.trim().to_string()
    }
}

/// A sheet of labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSheet {
    /// A4, 3 columns × 7 rows of 63.5 × 38.1 mm (the L7160 layout).
    A4x21,
    /// US Letter, 3 columns × 10 rows of 2⅝ × 1 in (the 5160 layout).
    Letter30,
}

/// Millimetres in points.
fn mm(x: f32) -> f32 {
    x * 72.0 / 25.4
}

/// A label sheet's geometry, in points.
struct Geometry {
    page: (f32, f32),
    columns: usize,
    rows: usize,
    label: (f32, f32),
    origin: (f32, f32),
    pitch: (f32, f32),
}

impl LabelSheet {
    /// The names the command line takes.
    pub const NAMES: [&'static str; 2] = ["a4-3x7", "letter-3x10"];

    /// The sheet named `a4-3x7` or `letter-3x10`.
    pub fn parse(name: &str) -> Option<LabelSheet> {
        match name.trim().to_ascii_lowercase().as_str() {
            "a4-3x7" => Some(LabelSheet::A4x21),
            "letter-3x10" => Some(LabelSheet::Letter30),
            _ => None,
        }
    }

    /// The sheet of the shop's paper.
    pub fn for_paper(paper: Paper) -> LabelSheet {
        match paper {
            Paper::A4 => LabelSheet::A4x21,
            Paper::Letter => LabelSheet::Letter30,
        }
    }

    /// How many labels a sheet holds.
    pub fn per_page(self) -> usize {
        let g = self.geometry();
        g.columns * g.rows
    }

    fn geometry(self) -> Geometry {
        match self {
            LabelSheet::A4x21 => Geometry {
                page: Paper::A4.size_pt(),
                columns: 3,
                rows: 7,
                label: (mm(63.5), mm(38.1)),
                origin: (mm(7.21), mm(15.15)),
                pitch: (mm(66.04), mm(38.1)),
            },
            LabelSheet::Letter30 => Geometry {
                page: Paper::Letter.size_pt(),
                columns: 3,
                rows: 10,
                label: (189.0, 72.0),
                origin: (13.5, 36.0),
                pitch: (198.0, 72.0),
            },
        }
    }
}

fn text(x: f32, y: f32, size: f32, bold: bool, color: Color, text: String) -> Item {
    Item::Text {
        x,
        y,
        size,
        bold,
        color,
        text,
    }
}

/// A thin rule from (x, y), `w` long.
fn rule(x: f32, y: f32, w: f32) -> Item {
    Item::Line {
        x1: x,
        y1: y,
        x2: x + w,
        y2: y,
        width: 0.6,
        color: RULE,
    }
}

/// A box to tick, `side` points square, its top left at (x, y).
fn checkbox(x: f32, y: f32, side: f32) -> [Item; 4] {
    let edge = |x1, y1, x2, y2| Item::Line {
        x1,
        y1,
        x2,
        y2,
        width: 0.8,
        color: INK,
    };
    [
        edge(x, y, x + side, y),
        edge(x + side, y, x + side, y + side),
        edge(x + side, y + side, x, y + side),
        edge(x, y + side, x, y),
    ]
}

/// Writes pages of items as a PDF.
pub(super) fn write(
    fonts: &Fonts,
    page: (f32, f32),
    title: &str,
    lang: &str,
    pages: Vec<Vec<Item>>,
) -> Result<Vec<u8>, ReportError> {
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .language(lang.to_string())
            .creator("Clientele".to_string()),
    );
    let settings = PageSettings::from_wh(page.0, page.1)
        .ok_or_else(|| ReportError::Pdf("paper size".into()))?;
    // Nothing here draws a chart: the options only satisfy the shared drawing.
    let svg_options = usvg::Options::default();
    for items in pages {
        let mut p = doc.start_page_with(settings.clone());
        let mut s = p.surface();
        draw_items(&mut s, fonts, items, &svg_options)?;
        s.finish();
        p.finish();
    }
    doc.finish().map_err(|e| ReportError::Pdf(format!("{e:?}")))
}

/// Address labels: each customer's name and address, one label each, sheet after sheet.
pub fn labels(sheet: LabelSheet, rows: &[ContactSheetRow]) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load().ok_or(ReportError::Fonts)?;
    let g = sheet.geometry();
    let pad = 8.0;
    let width = g.label.0 - 2.0 * pad;
    let size = if sheet == LabelSheet::A4x21 { 9.5 } else { 8.5 };
    let line = size * 1.25;
    // A label holds as many lines as its height allows; the rest of a long address is cut.
    let max_lines = (((g.label.1 - 2.0 * pad) / line).floor() as usize).max(1);
    let pages = rows
        .chunks(sheet.per_page())
        .map(|chunk| {
            let mut marks = Vec::new();
            for (i, row) in chunk.iter().enumerate() {
                let (col, r) = (i % g.columns, i / g.columns);
                let x = g.origin.0 + col as f32 * g.pitch.0 + pad;
                let top = g.origin.1 + r as f32 * g.pitch.1 + pad;
                let lines = std::iter::once(row.name()).chain(row.address.iter().cloned());
                for (n, words) in lines.take(max_lines).enumerate() {
                    let fitted = fonts.fit(&words, size, n == 0, width);
                    let y = top + size + n as f32 * line;
                    marks.push(text(x, y, size, n == 0, INK, fitted));
                }
            }
            marks
        })
        .collect();
    write(&fonts, g.page, "Labels", "en", pages)
}

/// The fields a letter may use, between braces.
pub const LETTER_FIELDS: [&str; 7] = [
    "first_name",
    "last_name",
    "name",
    "segment",
    "last_purchase",
    "suggested_product",
    "phone",
];

/// A field in a letter that does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownField {
    /// The line it is on, from 1.
    pub line: usize,
    /// The name between the braces.
    pub field: String,
}

/// A letter's text, checked: every `{field}` in it is one of [`LETTER_FIELDS`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    text: String,
}

impl Letter {
    /// Checks a letter's fields; the first unknown one is named with its line.
    pub fn parse(text: &str) -> Result<Letter, UnknownField> {
        for (n, line) in text.lines().enumerate() {
            let mut rest = line;
            while let Some(open) = rest.find('{') {
                let after = &rest[open + 1..];
                let Some(close) = after.find('}') else { break };
                let field = after[..close].trim();
                if !LETTER_FIELDS.contains(&field) {
                    return Err(UnknownField {
                        line: n + 1,
                        field: field.to_string(),
                    });
                }
                rest = &after[close + 1..];
            }
        }
        Ok(Letter {
            text: text.replace("\r\n", "\n"),
        })
    }

    /// The letter to one customer: its fields filled.
    pub fn fill(&self, row: &ContactSheetRow) -> String {
        let mut out = String::with_capacity(self.text.len());
        let mut rest = self.text.as_str();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                return out;
            };
            let value = match after[..close].trim() {
                "first_name" => row.first_name.clone(),
                "last_name" => row.last_name.clone(),
                "name" => row.name(),
                "segment" => row.segment.clone(),
                "last_purchase" => row.last_purchase.clone(),
                "suggested_product" => row.suggested_product.clone(),
                "phone" => row.phone.clone(),
                _ => String::new(),
            };
            out.push_str(&value);
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        out
    }
}

/// One letter per customer: the address at the top (for a window envelope), then the text
/// with its fields filled; a letter longer than a page goes on over the next.
pub fn letters(
    paper: Paper,
    letter: &Letter,
    rows: &[ContactSheetRow],
) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load().ok_or(ReportError::Fonts)?;
    let (w, h) = paper.size_pt();
    let margin = mm(25.0);
    let size = 11.0;
    let line = size * 1.4;
    let width = w - 2.0 * margin;
    let mut pages = Vec::new();
    for row in rows {
        let mut marks = Vec::new();
        let mut y = mm(50.0);
        for (n, l) in std::iter::once(row.name())
            .chain(row.address.iter().cloned())
            .enumerate()
        {
            marks.push(text(
                margin,
                y,
                size,
                n == 0,
                INK,
                fonts.fit(&l, size, n == 0, width),
            ));
            y += line;
        }
        y = mm(100.0);
        for paragraph in letter.fill(row).split('\n') {
            let wrapped = fonts.wrap(paragraph, size, false, width);
            if wrapped.is_empty() {
                y += line;
            }
            for l in wrapped {
                if y > h - margin {
                    pages.push(std::mem::take(&mut marks));
                    y = margin + size;
                }
                marks.push(text(margin, y, size, false, INK, l));
                y += line;
            }
        }
        pages.push(marks);
    }
    write(&fonts, (w, h), "Letters", "en", pages)
}

/// The words a call sheet prints, in the language asked for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CallSheetWords {
    /// The sheet's title (the campaign's name in it).
    pub title: String,
    /// "Phone".
    pub phone: String,
    /// "Segment".
    pub segment: String,
    /// "Last purchase".
    pub last_purchase: String,
    /// "Suggest".
    pub suggested: String,
    /// "Reached", "Not reached", "Call back".
    pub outcomes: [String; 3],
    /// "Notes".
    pub notes: String,
    /// "Page {n} of {total}", one per page, made by the caller.
    pub page_of: Vec<String>,
    /// The language's code, for the PDF's metadata.
    pub lang: String,
}

/// How many customers a call sheet's page holds.
pub const CALLS_PER_PAGE: usize = 6;

/// A call sheet: per customer their name, phone, segment, last purchase and the product to
/// suggest, three boxes to tick (reached, not reached, call back) and lines for notes.
pub fn call_sheet(
    paper: Paper,
    words: &CallSheetWords,
    rows: &[ContactSheetRow],
) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load().ok_or(ReportError::Fonts)?;
    let (w, h) = paper.size_pt();
    let margin = 40.0;
    let width = w - 2.0 * margin;
    let block = (h - 2.0 * margin - 40.0) / CALLS_PER_PAGE as f32;
    let mut pages = Vec::new();
    for (p, chunk) in rows.chunks(CALLS_PER_PAGE).enumerate() {
        let mut marks = vec![text(
            margin,
            margin + 12.0,
            14.0,
            true,
            INK,
            fonts.fit(&words.title, 14.0, true, width),
        )];
        if let Some(page) = words.page_of.get(p) {
            let x = w - margin - fonts.width(page, 8.0, false);
            marks.push(text(x, h - margin + 14.0, 8.0, false, MUTED, page.clone()));
        }
        for (i, row) in chunk.iter().enumerate() {
            let top = margin + 34.0 + i as f32 * block;
            marks.push(rule(margin, top, width));
            let name = fonts.fit(&row.name(), 11.0, true, width * 0.5);
            marks.push(text(margin, top + 15.0, 11.0, true, INK, name));
            let phone = format!("{}: {}", words.phone, row.phone);
            let px = margin + width * 0.55;
            marks.push(text(
                px,
                top + 15.0,
                11.0,
                true,
                INK,
                fonts.fit(&phone, 11.0, true, width * 0.45),
            ));
            let facts = [
                (&words.segment, &row.segment),
                (&words.last_purchase, &row.last_purchase),
                (&words.suggested, &row.suggested_product),
            ];
            let third = width / 3.0;
            for (k, (label, value)) in facts.into_iter().enumerate() {
                let line = format!("{label}: {value}");
                let x = margin + k as f32 * third;
                marks.push(text(
                    x,
                    top + 30.0,
                    8.5,
                    false,
                    MUTED,
                    fonts.fit(&line, 8.5, false, third - 6.0),
                ));
            }
            let mut x = margin;
            for outcome in &words.outcomes {
                marks.extend(checkbox(x, top + 37.0, 9.0));
                marks.push(text(x + 13.0, top + 45.0, 9.0, false, INK, outcome.clone()));
                x += 13.0 + fonts.width(outcome, 9.0, false) + 22.0;
            }
            marks.push(text(
                margin,
                top + 62.0,
                8.5,
                false,
                MUTED,
                words.notes.clone(),
            ));
            let mut y = top + 63.0;
            while y + 16.0 < top + block - 4.0 {
                y += 16.0;
                marks.push(rule(margin, y, width));
            }
        }
        pages.push(marks);
    }
    write(&fonts, (w, h), &words.title, &words.lang, pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_names_the_field_that_does_not_exist() {
        let err = Letter::parse("Dear {first_name},\nTry {favourite_colour} today.");
        assert_eq!(
            err,
            Err(UnknownField {
                line: 2,
                field: "favourite_colour".into()
            })
        );
        let Ok(letter) = Letter::parse("Dear {first_name}, try {suggested_product}.") else {
            panic!("known fields are accepted");
        };
        let row = ContactSheetRow {
            first_name: "Anna".into(),
            suggested_product: "Green tea".into(),
            ..ContactSheetRow::default()
        };
        assert_eq!(letter.fill(&row), "Dear Anna, try Green tea.");
    }

    #[test]
    fn sheets_hold_the_labels_their_layout_says() {
        assert_eq!(LabelSheet::A4x21.per_page(), 21);
        assert_eq!(LabelSheet::Letter30.per_page(), 30);
        // The last column's label ends inside the page.
        for sheet in [LabelSheet::A4x21, LabelSheet::Letter30] {
            let g = sheet.geometry();
            let right = g.origin.0 + (g.columns - 1) as f32 * g.pitch.0 + g.label.0;
            let bottom = g.origin.1 + (g.rows - 1) as f32 * g.pitch.1 + g.label.1;
            assert!(right <= g.page.0 && bottom <= g.page.1, "{right} {bottom}");
        }
    }
}
