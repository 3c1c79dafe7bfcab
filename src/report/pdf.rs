//! The printed report: lays [`ReportData`] out on A4 or Letter pages and writes a PDF with
//! krilla (fonts embedded and subset, text extractable, charts as vectors).
//!
//! Layout first builds a list of pages of simple items (text, rectangles, lines, charts),
//! so page numbers can say "of N", then draws them. Tables repeat their header on every
//! page and move a row that does not fit to the next page whole.

use std::sync::Arc;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::TextDirection;
use krilla_svg::{SurfaceExt, SvgSettings};

mod baskets;

use super::charts;

mod acquisition;
mod campaign;
mod cohorts;
mod consent;
mod feedback;
mod forecast;
mod predictions;

pub(super) use campaign::render_campaign;

/// What laying out a section gives: nothing, or why a chart could not be drawn.
type Drawn = Result<(), ReportError>;

/// Places a chart of `rows` rows, `row_height` points each plus room for its axes, drawn
/// by `draw` at the content width and that height; nothing without rows.
fn rows_chart(
    l: &mut Layout<'_>,
    rows: usize,
    row_height: u32,
    draw: impl FnOnce((u32, u32)) -> Result<String, String>,
) -> Result<(), ReportError> {
    if rows == 0 {
        return Ok(());
    }
    let height = 44 + row_height * rows as u32;
    let svg = draw((l.content_width() as u32, height)).map_err(ReportError::Chart)?;
    l.chart(svg, height as f32);
    Ok(())
}

/// Opens one of the Forecast, Cohorts and Channels sections: its heading, then the
/// figures, or "No sales in this period." when `empty` says there is nothing to print.
fn trends_section<'d>(
    l: &mut Layout<'_>,
    data: &'d ReportData,
    title: Key,
    empty: impl Fn(&super::trends::TrendData) -> bool,
) -> Option<&'d super::trends::TrendData> {
    let lang = data.options.lang;
    l.heading(t(lang, title));
    let trends = data.trends.as_ref()?;
    if empty(trends) {
        l.paragraph(t(lang, Key::NoSales), BODY, MUTED);
        return None;
    }
    Some(trends)
}
use super::data::{CustomerLine, ReportData, Section, TO_CALL_ROWS};
use super::fonts::{CHART_FAMILY, Fonts, NOTO_SANS, NOTO_SANS_BOLD};
use super::text::{
    Key, Lang, segment_action, segment_meaning, segment_name, t, tf, tier_text, tiers_note,
};
use crate::analytics::kpi::PeriodKpis;
use crate::analytics::rfm::Segment;
use crate::format::Formats;

/// Why a report could not be made ([`crate::text`] says it in words).
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A bundled font could not be read.
    Fonts,
    /// A chart could not be drawn (the drawing library's words).
    Chart(String),
    /// The PDF could not be written (the PDF library's words).
    Pdf(String),
}

impl std::fmt::Display for ReportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::text::local(self))
    }
}

pub(super) type Color = (u8, u8, u8);

const INK: Color = (30, 33, 40);
const MUTED: Color = (105, 110, 120);
const ACCENT: Color = (37, 99, 160);
const RULE: Color = (205, 210, 218);
const HEADER_BG: Color = (232, 238, 246);
const ZEBRA: Color = (247, 248, 250);
const BAR: Color = (208, 222, 240);
const UP: Color = (22, 128, 61);
const DOWN: Color = (190, 40, 40);

const MARGIN: f32 = 48.0;
const FOOTER: f32 = 34.0;
const BODY: f32 = 8.5;
const LINE: f32 = 11.5;

pub(super) enum Item {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        color: Color,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Color,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Color,
    },
    Svg {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        svg: String,
    },
}

/// How a column aligns its text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Align {
    Left,
    Right,
}

struct Col {
    title: String,
    /// Share of the content width.
    share: f32,
    align: Align,
    /// Long text wraps onto more lines instead of being shortened.
    wrap: bool,
}

fn col(title: &str, share: f32, align: Align) -> Col {
    Col {
        title: title.to_string(),
        share,
        align,
        wrap: false,
    }
}

fn wrapping(title: &str, share: f32) -> Col {
    Col {
        title: title.to_string(),
        share,
        align: Align::Left,
        wrap: true,
    }
}

#[derive(Default)]
struct Cell {
    text: String,
    color: Option<Color>,
    bold: bool,
    /// A bar behind the text, as a share (0..1) of the cell's width.
    bar: Option<f32>,
}

fn cell(text: impl Into<String>) -> Cell {
    Cell {
        text: text.into(),
        ..Cell::default()
    }
}

struct Layout<'a> {
    fonts: &'a Fonts,
    width: f32,
    height: f32,
    pages: Vec<Vec<Item>>,
    y: f32,
    /// Where the first chart placed ends: its page and the point below it.
    first_chart_end: Option<(usize, f32)>,
}

impl<'a> Layout<'a> {
    fn new(fonts: &'a Fonts, (width, height): (f32, f32)) -> Layout<'a> {
        Layout {
            fonts,
            width,
            height,
            pages: vec![Vec::new()],
            y: MARGIN,
            first_chart_end: None,
        }
    }

    fn content_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    fn bottom(&self) -> f32 {
        self.height - MARGIN - FOOTER + 12.0
    }

    fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.push(item);
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` more points fit on this one.
    fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom() {
            self.new_page();
        }
    }

    fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, color: Color, text: &str) {
        self.push(Item::Text {
            x,
            y,
            size,
            bold,
            color,
            text: text.to_string(),
        });
    }

    fn heading(&mut self, title: &str) {
        // A heading never ends a page alone: it needs room for some of what follows.
        self.ensure(110.0);
        if self.y > MARGIN {
            self.y += HEADING_GAP;
        }
        self.y += 16.0;
        self.text(MARGIN, self.y, 14.0, true, ACCENT, title);
        self.y += 6.0;
        self.push(Item::Line {
            x1: MARGIN,
            y1: self.y,
            x2: self.width - MARGIN,
            y2: self.y,
            width: 0.8,
            color: ACCENT,
        });
        self.y += 12.0;
    }

    fn paragraph(&mut self, text: &str, size: f32, color: Color) {
        let lines = self.fonts.wrap(text, size, false, self.content_width());
        // A short paragraph is not split: its last lines would stand alone on a page.
        if lines.len() <= 4 {
            self.ensure(size * 1.35 * lines.len() as f32);
        }
        for line in lines {
            self.ensure(size * 1.35);
            self.y += size * 1.35;
            self.text(MARGIN, self.y, size, false, color, &line);
        }
        self.y += 6.0;
    }

    fn chart(&mut self, svg: String, height: f32) {
        self.ensure(height + 6.0);
        let w = self.content_width();
        self.push(Item::Svg {
            x: MARGIN,
            y: self.y,
            w,
            h: height,
            svg,
        });
        self.y += height + 8.0;
        if self.first_chart_end.is_none() {
            self.first_chart_end = Some((self.pages.len() - 1, self.y));
        }
    }

    fn header_lines(&self, cols: &[Col]) -> Vec<Vec<String>> {
        let w = self.content_width();
        cols.iter()
            .map(|c| self.fonts.wrap(&c.title, BODY, true, c.share * w - 8.0))
            .collect()
    }

    fn header_row(&mut self, cols: &[Col]) {
        let w = self.content_width();
        let lines = self.header_lines(cols);
        let h = row_height(&lines);
        self.push(Item::Rect {
            x: MARGIN,
            y: self.y,
            w,
            h,
            color: HEADER_BG,
        });
        let mut x = MARGIN;
        for (c, title) in cols.iter().zip(&lines) {
            let cw = c.share * w;
            for (k, line) in title.iter().enumerate() {
                let text = self.fonts.fit(line, BODY, true, cw - 8.0);
                let tx = match c.align {
                    Align::Left => x + 4.0,
                    Align::Right => x + cw - 4.0 - self.fonts.width(&text, BODY, true),
                };
                let ty = self.y + 3.0 + LINE * (k as f32 + 1.0) - 2.5;
                self.text(tx, ty, BODY, true, INK, &text);
            }
            x += cw;
        }
        self.y += h;
    }

    /// A table: the header repeats on each page; a row is never split across pages.
    fn table(&mut self, cols: &[Col], rows: Vec<Vec<Cell>>) {
        let w = self.content_width();
        // Lay out each row's lines first, to know its height.
        let laid: Vec<(Vec<Vec<String>>, Vec<Cell>)> = rows
            .into_iter()
            .map(|row| {
                let lines = row
                    .iter()
                    .zip(cols)
                    .map(|(cell, c)| {
                        let room = c.share * w - 8.0;
                        if c.wrap {
                            self.fonts.wrap(&cell.text, BODY, cell.bold, room)
                        } else {
                            vec![self.fonts.fit(&cell.text, BODY, cell.bold, room)]
                        }
                    })
                    .collect();
                (lines, row)
            })
            .collect();
        let header_h = row_height(&self.header_lines(cols));
        let heights: Vec<f32> = laid.iter().map(|(l, _)| row_height(l)).collect();
        // A table never starts with fewer than KEEP_ROWS rows at the foot of a page.
        let lead: f32 = heights.iter().take(KEEP_ROWS).sum();
        self.ensure(header_h + lead);
        self.header_row(cols);
        for (i, (lines, row)) in laid.iter().enumerate() {
            let h = heights[i];
            // A page is not left holding only the last few rows: when the rest of the
            // table does not fit here and fewer than KEEP_ROWS would go over, the break
            // comes earlier so that KEEP_ROWS rows go over together.
            let rest: f32 = heights[i..].iter().sum();
            let left = laid.len() - i;
            let early = i > 0
                && left == KEEP_ROWS.min(laid.len() - 1)
                && self.y + rest > self.bottom()
                && laid.len() > KEEP_ROWS;
            if self.y + h > self.bottom() || early {
                self.new_page();
                self.header_row(cols);
            }
            if i % 2 == 1 {
                self.push(Item::Rect {
                    x: MARGIN,
                    y: self.y,
                    w,
                    h,
                    color: ZEBRA,
                });
            }
            let mut x = MARGIN;
            for ((c, cell), cell_lines) in cols.iter().zip(row).zip(lines) {
                let cw = c.share * w;
                if let Some(share) = cell.bar {
                    self.push(Item::Rect {
                        x: x + 2.0,
                        y: self.y + 3.0,
                        w: (cw - 4.0) * share.clamp(0.0, 1.0),
                        h: LINE - 1.0,
                        color: BAR,
                    });
                }
                for (k, line) in cell_lines.iter().enumerate() {
                    let tx = match c.align {
                        Align::Left => x + 4.0,
                        Align::Right => x + cw - 4.0 - self.fonts.width(line, BODY, cell.bold),
                    };
                    let ty = self.y + 3.0 + LINE * (k as f32 + 1.0) - 2.5;
                    self.text(tx, ty, BODY, cell.bold, cell.color.unwrap_or(INK), line);
                }
                x += cw;
            }
            self.y += h;
        }
        self.push(Item::Line {
            x1: MARGIN,
            y1: self.y,
            x2: self.width - MARGIN,
            y2: self.y,
            width: 0.5,
            color: RULE,
        });
        self.y += 10.0;
    }
}

/// The fewest rows of a table that go over to a new page together.
const KEEP_ROWS: usize = 4;

/// The room above a heading that does not open its page.
const HEADING_GAP: f32 = 14.0;

fn row_height(lines: &[Vec<String>]) -> f32 {
    let n = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
    LINE * n as f32 + 5.0
}

/// The change from `before` to `now` as an arrow and a percentage, coloured.
fn change(f: &Formats, now: f64, before: Option<f64>) -> Cell {
    match before {
        Some(b) if b.abs() > f64::EPSILON => {
            let r = (now - b) / b.abs();
            let (arrow, color) = if r > 0.0005 {
                ("▲", UP)
            } else if r < -0.0005 {
                ("▼", DOWN)
            } else {
                ("=", MUTED)
            };
            Cell {
                text: format!("{arrow} {}", f.percent(r.abs())),
                color: Some(color),
                ..Cell::default()
            }
        }
        _ => Cell {
            text: "–".into(),
            color: Some(MUTED),
            ..Cell::default()
        },
    }
}

fn period_text(f: &Formats, lang: Lang, k: &PeriodKpis) -> String {
    tf(lang, Key::FigureDates, &[&f.date(k.from), &f.date(k.to)])
}

/// Makes the PDF of a computed report.
pub fn render(data: &ReportData) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load().ok_or(ReportError::Fonts)?;
    let lang = data.options.lang;
    let f = Formats::for_shop(&data.settings).in_language(lang);
    let size = data.options.paper.size_pt();
    let (mut l, starts) = lay_out(&fonts, data, &f, None)?;
    // A last page holding only a small trailing block: the section it ends starts on a new
    // page instead, so the block stays with what comes before it.
    if let Some(section) = section_to_move(&l, &starts) {
        l = lay_out(&fonts, data, &f, Some(section))?.0;
    }
    let footer_left = format!(
        "{} · {}",
        shop_title(data),
        tf(
            lang,
            Key::FigureDates,
            &[&f.date(data.from), &f.date(data.to)]
        )
    );
    let title = format!("{} – {}", t(lang, Key::Title), shop_title(data));
    draw(&fonts, l.pages, size, lang, &footer_left, &title, true)
}

/// Lays the report out; `break_before` starts that section (by position) on a new page.
/// Also gives where each section starts: (page, y).
fn lay_out<'a>(
    fonts: &'a Fonts,
    data: &ReportData,
    f: &Formats,
    break_before: Option<usize>,
) -> Result<(Layout<'a>, Vec<(usize, f32)>), ReportError> {
    let size = data.options.paper.size_pt();
    let mut l = Layout::new(fonts, size);
    cover(&mut l, data, f);
    let mut starts = Vec::new();
    for (i, section) in data.options.sections.iter().enumerate() {
        if break_before == Some(i) && l.y > MARGIN {
            l.new_page();
        }
        if has_chart(*section) {
            keep_with_first_chart(&mut l, |l| draw_section(l, *section, data, f))?;
        }
        starts.push((l.pages.len() - 1, l.y));
        draw_section(&mut l, *section, data, f)?;
    }
    Ok((l, starts))
}

/// Starts a new page when the part of what `draw` lays out down to the foot of its first
/// chart (its heading and words, say) would not fit on the rest of this one but fits on a
/// page: `draw` is laid out alone on an empty page first to know.
fn keep_with_first_chart(l: &mut Layout<'_>, draw: impl Fn(&mut Layout<'_>) -> Drawn) -> Drawn {
    if l.y <= MARGIN {
        return Ok(());
    }
    let mut alone = Layout::new(l.fonts, (l.width, l.height));
    draw(&mut alone)?;
    if let Some((0, end)) = alone.first_chart_end
        && l.y + HEADING_GAP + (end - MARGIN) > l.bottom()
    {
        l.new_page();
    }
    Ok(())
}

/// The sections that draw a chart.
fn has_chart(section: Section) -> bool {
    matches!(
        section,
        Section::RevenueOverTime
            | Section::Tiers
            | Section::Forecast
            | Section::Cohorts
            | Section::Acquisition
    )
}

/// Lays out one section where the layout stands.
fn draw_section(l: &mut Layout<'_>, section: Section, data: &ReportData, f: &Formats) -> Drawn {
    match section {
        Section::KeyFigures => key_figures(l, data, f),
        Section::RevenueOverTime => revenue_over_time(l, data, f)?,
        Section::ChannelsAndCategories => channels(l, data, f),
        Section::Segments => segments(l, data, f),
        Section::Tiers => tiers(l, data, f)?,
        Section::Movement => movement(l, data, f),
        Section::TopCustomers => top_customers(l, data, f),
        Section::ToCall => to_call(l, data, f),
        Section::DataQuality => data_quality(l, data, f),
        Section::SellsTogether => baskets::sells_together(l, data, f),
        Section::Forecast => forecast::section(l, data, f)?,
        Section::Predictions => predictions::section(l, data, f),
        Section::Cohorts => cohorts::section(l, data, f)?,
        Section::Acquisition => acquisition::section(l, data, f)?,
        Section::Feedback => feedback::section(l, data, f),
        Section::Consent => consent::section(l, data, f),
    }
    Ok(())
}

/// The lowest point drawn on a page.
fn page_end(items: &[Item]) -> f32 {
    items
        .iter()
        .map(|it| match it {
            Item::Text { y, .. } => *y,
            Item::Rect { y, h, .. } | Item::Svg { y, h, .. } => y + h,
            Item::Line { y1, y2, .. } => y1.max(*y2),
        })
        .fold(MARGIN, f32::max)
}

/// The section to start on a new page when the last page holds only a small block (less
/// than a quarter of the page's body) that ends a section begun on an earlier page.
fn section_to_move(l: &Layout<'_>, starts: &[(usize, f32)]) -> Option<usize> {
    let last = l.pages.len().checked_sub(1).filter(|p| *p > 0)?;
    let used = page_end(&l.pages[last]) - MARGIN;
    if used >= (l.bottom() - MARGIN) / 4.0 {
        return None;
    }
    let (i, &(page, y)) = starts.iter().enumerate().next_back()?;
    // The last section began on the page before, below its top, and fits on one page
    // (else moving it gains nothing).
    let fits = (l.bottom() - y) + used <= l.bottom() - MARGIN;
    (page + 1 == last && y > MARGIN + 1.0 && fits).then_some(i)
}

fn shop_title(data: &ReportData) -> String {
    let name = data.settings.shop_name.trim();
    if name.is_empty() {
        "Clientele".to_string()
    } else {
        name.to_string()
    }
}

/// A section's title, as the report prints it.
pub fn section_title(lang: Lang, s: Section) -> &'static str {
    t(
        lang,
        match s {
            Section::KeyFigures => Key::KeyFigures,
            Section::RevenueOverTime => Key::RevenueOverTime,
            Section::ChannelsAndCategories => Key::ByChannelAndCategory,
            Section::Segments => Key::Segments,
            Section::Tiers => Key::Tiers,
            Section::Movement => Key::Movement,
            Section::TopCustomers => Key::TopCustomers,
            Section::ToCall => Key::ToCall,
            Section::DataQuality => Key::DataQuality,
            Section::SellsTogether => Key::SellsTogether,
            Section::Forecast => Key::Forecast,
            Section::Predictions => Key::Predictions,
            Section::Cohorts => Key::Cohorts,
            Section::Acquisition => Key::Acquisition,
            Section::Feedback => Key::Feedback,
            Section::Consent => Key::Consent,
        },
    )
}

fn cover(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.y = MARGIN + 120.0;
    l.text(MARGIN, l.y, 28.0, true, ACCENT, t(lang, Key::Title));
    l.y += 34.0;
    l.text(MARGIN, l.y, 18.0, false, INK, &shop_title(data));
    l.y += 18.0;
    l.push(Item::Line {
        x1: MARGIN,
        y1: l.y,
        x2: l.width - MARGIN,
        y2: l.y,
        width: 1.2,
        color: ACCENT,
    });
    l.y += 30.0;
    let label_w = 130.0;
    let rows: Vec<(&str, String)> = vec![
        (
            t(lang, Key::Period),
            tf(
                lang,
                Key::FigureDates,
                &[&f.date(data.from), &f.date(data.to)],
            ),
        ),
        (
            t(lang, Key::ComparedWith),
            format!(
                "{} ({}), {} ({})",
                period_text(f, lang, &data.previous),
                t(lang, Key::PreviousPeriod).to_lowercase(),
                period_text(f, lang, &data.last_year),
                t(lang, Key::LastYear).to_lowercase()
            ),
        ),
        (t(lang, Key::Filters), t(lang, Key::FiltersNone).to_string()),
        (t(lang, Key::PreparedOn), f.date(data.today)),
    ];
    for (label, value) in rows {
        let lines = l
            .fonts
            .wrap(&value, 11.0, false, l.content_width() - label_w);
        l.text(MARGIN, l.y, 11.0, true, MUTED, label);
        for line in lines {
            l.text(MARGIN + label_w, l.y, 11.0, false, INK, &line);
            l.y += 16.0;
        }
        l.y += 4.0;
    }
    l.y += 24.0;
    l.text(MARGIN, l.y, 12.0, true, INK, t(lang, Key::Contents));
    l.y += 18.0;
    for s in &data.options.sections {
        l.text(
            MARGIN + 12.0,
            l.y,
            11.0,
            false,
            INK,
            &format!("• {}", section_title(lang, *s)),
        );
        l.y += 16.0;
    }
    l.new_page();
}

fn key_figures(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.heading(t(lang, Key::KeyFigures));
    let (c, p, y) = (&data.current, &data.previous, &data.last_year);
    let cols = [
        col(t(lang, Key::Measure), 0.22, Align::Left),
        col(&period_text(f, lang, c), 0.17, Align::Right),
        col(&period_text(f, lang, p), 0.17, Align::Right),
        col(t(lang, Key::Change), 0.10, Align::Right),
        col(&period_text(f, lang, y), 0.19, Align::Right),
        col(t(lang, Key::Change), 0.15, Align::Right),
    ];
    type Pick = fn(&PeriodKpis) -> Option<f64>;
    type Show<'a> = &'a dyn Fn(f64) -> String;
    let money = |v: f64| f.money(v as i64);
    let int = |v: f64| f.int(v as i64);
    let percent = |v: f64| f.percent(v);
    let mut measures: Vec<(Key, Pick, Show<'_>)> = vec![
        (Key::Revenue, |k| Some(k.revenue_cents as f64), &money),
        (Key::Orders, |k| Some(k.orders as f64), &int),
        (Key::Customers, |k| Some(k.customers as f64), &int),
        (Key::NewCustomers, |k| Some(k.new_customers as f64), &int),
        (Key::RepeatRate, |k| k.repeat_rate, &percent),
        (
            Key::AverageOrder,
            |k| k.avg_order_cents.map(|v| v as f64),
            &money,
        ),
    ];
    // Revenue and orders count the walk-in sales; their part is a line of its own.
    if [c, p, y].iter().any(|k| k.walk_in_revenue_cents != 0) {
        measures.insert(
            1,
            (
                Key::WalkInPart,
                |k| Some(k.walk_in_revenue_cents as f64),
                &money,
            ),
        );
    }
    let shown = |v: Option<f64>, fmt: &dyn Fn(f64) -> String| v.map_or("–".to_string(), fmt);
    let rows = measures
        .iter()
        .map(|(key, pick, fmt)| {
            let now = pick(c);
            vec![
                Cell {
                    text: t(lang, *key).to_string(),
                    bold: true,
                    ..Cell::default()
                },
                Cell {
                    text: shown(now, fmt),
                    bold: true,
                    ..Cell::default()
                },
                cell(shown(pick(p), fmt)),
                now.map_or_else(|| cell("–"), |n| change(f, n, pick(p))),
                cell(shown(pick(y), fmt)),
                now.map_or_else(|| cell("–"), |n| change(f, n, pick(y))),
            ]
        })
        .collect();
    l.paragraph(
        &format!(
            "{}: {} · {}: {} · {}: {}",
            t(lang, Key::ThisPeriod),
            period_text(f, lang, c),
            t(lang, Key::PreviousPeriod),
            period_text(f, lang, p),
            t(lang, Key::LastYear),
            period_text(f, lang, y)
        ),
        8.0,
        MUTED,
    );
    l.table(&cols, rows);
    l.paragraph(t(lang, Key::KeyFiguresNote), 8.0, MUTED);
}

fn revenue_over_time(
    l: &mut Layout<'_>,
    data: &ReportData,
    f: &Formats,
) -> Result<(), ReportError> {
    let lang = data.options.lang;
    l.heading(t(lang, Key::RevenueOverTime));
    if data.monthly.is_empty() {
        l.paragraph(t(lang, Key::NoSales), BODY, MUTED);
        return Ok(());
    }
    l.paragraph(t(lang, Key::RevenueOverTimeNote), 8.0, MUTED);
    let first_month = super::data::month_start(data.from);
    let bars: Vec<(String, f64, bool)> = data
        .monthly
        .iter()
        .enumerate()
        .map(|(i, (m, cents))| {
            let show = i % 3 == 0 || i + 1 == data.monthly.len();
            let label = if show {
                f.month_tick(*m)
            } else {
                String::new()
            };
            (label, *cents as f64 / 100.0, *m >= first_month)
        })
        .collect();
    let width = l.content_width() as u32;
    let svg = charts::monthly_bars(&bars, &|v| f.money_whole((v * 100.0) as i64), (width, 200))
        .map_err(ReportError::Chart)?;
    l.chart(svg, 200.0);
    Ok(())
}

fn share_rows(
    data: &[(Option<String>, i64)],
    lang: Lang,
    f: &Formats,
    limit: usize,
) -> Vec<Vec<Cell>> {
    let total: i64 = data.iter().map(|d| d.1).sum();
    let share = |c: i64| {
        if total > 0 {
            c as f64 / total as f64
        } else {
            0.0
        }
    };
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut other = 0i64;
    for (i, (name, cents)) in data.iter().enumerate() {
        if i >= limit {
            other += cents;
            continue;
        }
        rows.push(vec![
            cell(
                name.clone()
                    .unwrap_or_else(|| t(lang, Key::NotGiven).to_string()),
            ),
            cell(f.money(*cents)),
            Cell {
                text: f.percent(share(*cents)),
                bar: Some(share(*cents) as f32),
                ..Cell::default()
            },
        ]);
    }
    if other != 0 {
        rows.push(vec![
            cell(format!("+ {}", data.len() - limit)),
            cell(f.money(other)),
            Cell {
                text: f.percent(share(other)),
                bar: Some(share(other) as f32),
                ..Cell::default()
            },
        ]);
    }
    rows
}

fn channels(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.heading(t(lang, Key::ByChannelAndCategory));
    if data.channels.is_empty() {
        l.paragraph(t(lang, Key::NoSales), BODY, MUTED);
        return;
    }
    for (title, list) in [
        (Key::Channel, &data.channels),
        (Key::Category, &data.categories),
    ] {
        let cols = [
            col(t(lang, title), 0.45, Align::Left),
            col(t(lang, Key::Revenue), 0.25, Align::Right),
            col(t(lang, Key::Share), 0.30, Align::Right),
        ];
        l.table(&cols, share_rows(list, lang, f, 15));
    }
}

fn segments(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.heading(t(lang, Key::Segments));
    l.paragraph(t(lang, Key::SegmentsNote), 8.0, MUTED);
    let cols = [
        wrapping(t(lang, Key::Segment), 0.15),
        col(t(lang, Key::Customers), 0.12, Align::Right),
        col(t(lang, Key::RevenueShare), 0.12, Align::Right),
        wrapping(t(lang, Key::Meaning), 0.27),
        wrapping(t(lang, Key::Action), 0.34),
    ];
    let total = data.total_monetary_cents.max(1) as f64;
    let rows = data
        .segments
        .iter()
        .map(|g| {
            vec![
                Cell {
                    text: segment_name(lang, g.group).to_string(),
                    bold: true,
                    ..Cell::default()
                },
                cell(f.int(g.customers as i64)),
                Cell {
                    text: f.percent(g.revenue_cents as f64 / total),
                    bar: Some((g.revenue_cents as f64 / total) as f32),
                    ..Cell::default()
                },
                cell(segment_meaning(lang, g.group)),
                cell(segment_action(lang, g.group)),
            ]
        })
        .collect();
    l.table(&cols, rows);
}

fn tiers(l: &mut Layout<'_>, data: &ReportData, f: &Formats) -> Result<(), ReportError> {
    let lang = data.options.lang;
    l.heading(t(lang, Key::Tiers));
    l.paragraph(&tiers_note(lang), 8.0, MUTED);
    let cols = [
        col(t(lang, Key::Tier), 0.08, Align::Left),
        wrapping(t(lang, Key::Meaning), 0.44),
        col(t(lang, Key::Customers), 0.14, Align::Right),
        col(t(lang, Key::Revenue), 0.20, Align::Right),
        col(t(lang, Key::Share), 0.14, Align::Right),
    ];
    let total = data.total_monetary_cents.max(1) as f64;
    let rows = data
        .tiers
        .iter()
        .map(|g| {
            let (name, meaning) = tier_text(lang, g.group);
            vec![
                Cell {
                    text: name.to_string(),
                    bold: true,
                    ..Cell::default()
                },
                cell(meaning),
                cell(f.int(g.customers as i64)),
                cell(f.money(g.revenue_cents)),
                cell(f.percent(g.revenue_cents as f64 / total)),
            ]
        })
        .collect();
    l.table(&cols, rows);
    l.paragraph(
        &tf(lang, Key::ParetoNote, &[&f.percent(data.pareto_top20)]),
        BODY + 1.0,
        INK,
    );
    if data.pareto_curve.len() > 1 {
        let width = l.content_width() as u32;
        let svg = charts::pareto(
            &data.pareto_curve,
            &|v| format!("{:.0}%", v * 100.0),
            (
                t(lang, Key::ParetoAxisCustomers),
                t(lang, Key::ParetoAxisRevenue),
            ),
            (width, 210),
        )
        .map_err(ReportError::Chart)?;
        l.chart(svg, 210.0);
    }
    Ok(())
}

fn movement(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.heading(t(lang, Key::Movement));
    let before = data.from.pred_opt().unwrap_or(data.from);
    l.paragraph(
        &tf(
            lang,
            Key::MovementNote,
            &[
                &f.date(before),
                &f.date(data.to),
                &f.int(data.unchanged as i64),
            ],
        ),
        8.0,
        MUTED,
    );
    if data.moves.is_empty() {
        l.paragraph(t(lang, Key::NoMoves), BODY, INK);
        return;
    }
    let cols = [
        col(t(lang, Key::MovedFrom), 0.38, Align::Left),
        col(t(lang, Key::MovedTo), 0.38, Align::Left),
        col(t(lang, Key::Customers), 0.24, Align::Right),
    ];
    let name = |s: Option<Segment>| {
        s.map_or_else(
            || t(lang, Key::NoOrderYet).to_string(),
            |s| segment_name(lang, s).to_string(),
        )
    };
    let rows = data
        .moves
        .iter()
        .take(15)
        .map(|(a, b, n)| vec![cell(name(*a)), cell(name(Some(*b))), cell(f.int(*n as i64))])
        .collect();
    l.table(&cols, rows);
}

fn top_customers(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.heading(t(lang, Key::TopCustomers));
    if data.top_customers.is_empty() {
        l.paragraph(t(lang, Key::NoSales), BODY, MUTED);
        return;
    }
    l.paragraph(t(lang, Key::TopCustomersNote), 8.0, MUTED);
    let cols = [
        col("#", 0.05, Align::Right),
        col(t(lang, Key::Name), 0.31, Align::Left),
        col(t(lang, Key::Orders), 0.09, Align::Right),
        col(t(lang, Key::PeriodRevenue), 0.17, Align::Right),
        col(t(lang, Key::TotalSpent), 0.17, Align::Right),
        col(t(lang, Key::Segment), 0.21, Align::Left),
    ];
    let rows = data
        .top_customers
        .iter()
        .enumerate()
        .map(|(i, c)| {
            vec![
                cell((i + 1).to_string()),
                cell(c.name.clone()),
                cell(f.int(c.period_orders)),
                cell(f.money(c.period_cents)),
                cell(f.money(c.total_cents)),
                cell(c.segment.map(|s| segment_name(lang, s)).unwrap_or_default()),
            ]
        })
        .collect();
    l.table(&cols, rows);
}

fn to_call(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.heading(t(lang, Key::ToCall));
    l.paragraph(t(lang, Key::ToCallNote), 8.0, MUTED);
    if data.to_call.is_empty() {
        l.paragraph(t(lang, Key::ToCallNone), BODY, INK);
        return;
    }
    let cols = [
        col(t(lang, Key::Name), 0.25, Align::Left),
        col(t(lang, Key::Phone), 0.18, Align::Left),
        col(t(lang, Key::Email), 0.27, Align::Left),
        col(t(lang, Key::LastOrder), 0.13, Align::Right),
        col(t(lang, Key::TotalSpent), 0.17, Align::Right),
    ];
    let rows = data
        .to_call
        .iter()
        .map(|c: &CustomerLine| {
            vec![
                Cell {
                    text: c.name.clone(),
                    bold: true,
                    ..Cell::default()
                },
                cell(c.phone.clone()),
                cell(c.email.clone()),
                cell(c.last_order.map(|d| f.date(d)).unwrap_or_default()),
                cell(f.money(c.total_cents)),
            ]
        })
        .collect();
    l.table(&cols, rows);
    if data.to_call_total > TO_CALL_ROWS {
        l.paragraph(
            &tf(
                lang,
                Key::AndMore,
                &[
                    &f.int((data.to_call_total - TO_CALL_ROWS) as i64),
                    segment_name(lang, Segment::AtRisk),
                ],
            ),
            8.0,
            MUTED,
        );
    }
}

fn data_quality(l: &mut Layout<'_>, data: &ReportData, f: &Formats) {
    let lang = data.options.lang;
    l.heading(t(lang, Key::DataQuality));
    let cols = [
        col(t(lang, Key::Measure), 0.75, Align::Left),
        col(t(lang, Key::Count), 0.25, Align::Right),
    ];
    let of_all = |n: usize| {
        if data.customers > 0 {
            format!(
                "{} ({})",
                f.int(n as i64),
                f.percent(n as f64 / data.customers as f64)
            )
        } else {
            f.int(n as i64)
        }
    };
    let rows = vec![
        vec![
            cell(t(lang, Key::LikelyDuplicates)),
            cell(of_all(usize::try_from(data.likely_duplicates).unwrap_or(0))),
        ],
        vec![
            cell(t(lang, Key::WithoutEmail)),
            cell(of_all(data.without_email)),
        ],
        vec![
            cell(t(lang, Key::WithoutPhone)),
            cell(of_all(data.without_phone)),
        ],
        vec![
            cell(t(lang, Key::WithoutEither)),
            cell(of_all(data.without_either)),
        ],
    ];
    l.table(&cols, rows);
    l.paragraph(t(lang, Key::LikelyDuplicatesNote), 8.0, MUTED);
    l.ensure(60.0);
    l.y += 16.0;
    l.text(MARGIN, l.y, 10.0, true, INK, t(lang, Key::RejectedRows));
    l.y += 6.0;
    if data.rejected.is_empty() {
        l.paragraph(t(lang, Key::RejectedRowsNone), BODY, MUTED);
        return;
    }
    let cols = [
        col(t(lang, Key::Import), 0.1, Align::Right),
        col(t(lang, Key::File), 0.44, Align::Left),
        col(t(lang, Key::Date), 0.16, Align::Right),
        col(t(lang, Key::RowsRead), 0.15, Align::Right),
        col(t(lang, Key::RowsRejected), 0.15, Align::Right),
    ];
    let rows = data
        .rejected
        .iter()
        .map(|b| {
            let date = chrono::NaiveDate::parse_from_str(&b.date, "%Y-%m-%d")
                .map(|d| f.date(d))
                .unwrap_or_else(|_| b.date.clone());
            vec![
                cell(b.id.to_string()),
                cell(b.file.clone()),
                cell(date),
                cell(f.int(b.rows_read)),
                Cell {
                    text: f.int(b.rows_rejected),
                    color: Some(DOWN),
                    ..Cell::default()
                },
            ]
        })
        .collect();
    l.table(&cols, rows);
}

fn fill_of(c: Color) -> Fill {
    Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

pub(super) fn draw_text(
    s: &mut Surface<'_>,
    fonts: &Fonts,
    item: (f32, f32, f32, bool, Color, &str),
) {
    let (x, y, size, bold, color, text) = item;
    s.set_fill(Some(fill_of(color)));
    let mut cx = x;
    for run in fonts.runs(text, bold) {
        s.draw_text(
            Point::from_xy(cx, y),
            run.font,
            size,
            run.text,
            false,
            TextDirection::Auto,
        );
        cx += run.width * size;
    }
}

fn chart_options() -> usvg::Options<'static> {
    let mut db = usvg::fontdb::Database::new();
    db.load_font_data(NOTO_SANS.to_vec());
    db.load_font_data(NOTO_SANS_BOLD.to_vec());
    // Chart labels in Armenian and Chinese (month names, axis titles) fall back to these.
    db.load_font_data(super::fonts::NOTO_ARMENIAN.to_vec());
    db.load_font_data(super::fonts::NOTO_CJK.to_vec());
    db.set_sans_serif_family(CHART_FAMILY);
    usvg::Options {
        font_family: CHART_FAMILY.to_string(),
        fontdb: Arc::new(db),
        ..usvg::Options::default()
    }
}

/// Draws a page's items on its surface.
pub(super) fn draw_items(
    s: &mut Surface<'_>,
    fonts: &Fonts,
    items: Vec<Item>,
    svg_options: &usvg::Options<'_>,
) -> Result<(), ReportError> {
    for item in items {
        match item {
            Item::Text {
                x,
                y,
                size,
                bold,
                color,
                text,
            } => draw_text(s, fonts, (x, y, size, bold, color, &text)),
            Item::Rect { x, y, w, h, color } => {
                if let Some(rect) = Rect::from_xywh(x, y, w.max(0.01), h.max(0.01)) {
                    let mut pb = PathBuilder::new();
                    pb.push_rect(rect);
                    if let Some(path) = pb.finish() {
                        s.set_stroke(None);
                        s.set_fill(Some(fill_of(color)));
                        s.draw_path(&path);
                    }
                }
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color,
            } => {
                let mut pb = PathBuilder::new();
                pb.move_to(x1, y1);
                pb.line_to(x2, y2);
                if let Some(path) = pb.finish() {
                    s.set_fill(None);
                    s.set_stroke(Some(Stroke {
                        paint: rgb::Color::new(color.0, color.1, color.2).into(),
                        width,
                        ..Stroke::default()
                    }));
                    s.draw_path(&path);
                    s.set_stroke(None);
                }
            }
            Item::Svg { x, y, w, h, svg } => {
                let tree = usvg::Tree::from_str(&svg, svg_options)
                    .map_err(|e| ReportError::Chart(e.to_string()))?;
                let size =
                    Size::from_wh(w, h).ok_or_else(|| ReportError::Chart("empty chart".into()))?;
                s.push_transform(&Transform::from_translate(x, y));
                s.draw_svg(&tree, size, SvgSettings::default());
                s.pop();
            }
        }
    }
    Ok(())
}

fn draw(
    fonts: &Fonts,
    pages: Vec<Vec<Item>>,
    (width, height): (f32, f32),
    lang: Lang,
    footer_left: &str,
    title: &str,
    cover: bool,
) -> Result<Vec<u8>, ReportError> {
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .language(lang.code().to_string())
            .creator("Clientele".to_string()),
    );
    let svg_options = chart_options();
    let total = pages.len();
    let settings = PageSettings::from_wh(width, height)
        .ok_or_else(|| ReportError::Pdf("paper size".into()))?;
    for (i, items) in pages.into_iter().enumerate() {
        let mut page = doc.start_page_with(settings.clone());
        let mut s = page.surface();
        draw_items(&mut s, fonts, items, &svg_options)?;
        if i > 0 || !cover {
            // The cover carries no footer; every other page names the shop, the period and
            // its number.
            let y = height - MARGIN + 8.0;
            let mut pb = PathBuilder::new();
            pb.move_to(MARGIN, y - 12.0);
            pb.line_to(width - MARGIN, y - 12.0);
            if let Some(path) = pb.finish() {
                s.set_fill(None);
                s.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(RULE.0, RULE.1, RULE.2).into(),
                    width: 0.5,
                    ..Stroke::default()
                }));
                s.draw_path(&path);
                s.set_stroke(None);
            }
            let left = fonts.fit(footer_left, 7.5, false, (width - 2.0 * MARGIN) * 0.7);
            draw_text(&mut s, fonts, (MARGIN, y, 7.5, false, MUTED, &left));
            let number = tf(
                lang,
                Key::PageOf,
                &[&(i + 1).to_string(), &total.to_string()],
            );
            let nx = width - MARGIN - fonts.width(&number, 7.5, false);
            draw_text(&mut s, fonts, (nx, y, 7.5, false, MUTED, &number));
        }
        s.finish();
        page.finish();
    }
    doc.finish().map_err(|e| ReportError::Pdf(format!("{e:?}")))
}

#[cfg(test)]
mod tests {

    /// How wide a chart label is drawn, in points (0 when no glyph is found).
    fn drawn_width(svg: &str) -> f32 {
        let tree = usvg::Tree::from_str(svg, &chart_options()).expect("svg");
        tree.root().abs_bounding_box().width()
    }

    #[test]
    fn armenian_chart_labels_are_drawn() {
        let label = |text: &str| {
            format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><text x="4" y="20" font-family="{CHART_FAMILY}" font-size="12">{text}</text></svg>"#
            )
        };
        // The Pareto chart's axis title, as the Armenian report writes it: its letters come
        // from the Armenian font, the brackets from Noto Sans.
        let armenian = label("Հաճախորդների բաժին (սկզբում՝ ամենաշատ ծախսողները)");
        let latin = drawn_width(&label("Share of customers (top spenders first), the same"));
        let drawn = drawn_width(&armenian);
        // A letter no font has is left out: the label would be far narrower.
        assert!(drawn > 0.7 * latin, "{drawn} against {latin}");
    }
    use super::*;
    use crate::report::{Paper, ReportInput, ReportOptions, gather};

    #[test]
    fn a_shop_without_sales_still_gets_its_report() {
        let options = ReportOptions {
            from: None,
            to: None,
            lang: Lang::En,
            paper: Paper::A4,
            sections: Section::ALL.to_vec(),
        };
        let data = gather(&ReportInput::default(), &options);
        let pdf = render(&data);
        assert!(pdf.is_ok_and(|b| b.starts_with(b"%PDF-")));
    }

    /// A heading, two sentences and a chart at the foot of a page: with room for all of
    /// them they stay where they are; without, they go over together; a chart taller than a
    /// page changes nothing.
    #[test]
    fn a_sections_words_stay_on_the_page_of_its_chart() {
        let Some(fonts) = Fonts::load() else {
            panic!("the bundled fonts load");
        };
        let svg = || "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>".to_string();
        let draw = |chart: f32| {
            move |l: &mut Layout<'_>| -> Drawn {
                l.heading("Forecast");
                l.paragraph("Next month: about 265 489 €.", 11.0, INK);
                l.paragraph("This forecast has been 6 % off on average.", BODY, INK);
                l.chart(svg(), chart);
                Ok(())
            }
        };
        let heading_page = |l: &Layout<'_>| {
            l.pages
                .iter()
                .position(|p| {
                    p.iter()
                        .any(|it| matches!(it, Item::Text { text, .. } if text == "Forecast"))
                })
                .unwrap_or(usize::MAX)
        };
        let chart_page = |l: &Layout<'_>| {
            l.pages
                .iter()
                .position(|p| p.iter().any(|it| matches!(it, Item::Svg { .. })))
                .unwrap_or(usize::MAX)
        };
        let mut checked = (0, 0);
        for room in (120..420).step_by(20) {
            let mut l = Layout::new(&fonts, Paper::A4.size_pt());
            l.y = l.bottom() - room as f32;
            keep_with_first_chart(&mut l, draw(200.0)).unwrap_or_else(|e| panic!("{e}"));
            let moved = l.pages.len() > 1;
            draw(200.0)(&mut l).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(heading_page(&l), chart_page(&l), "{room} points left");
            if moved {
                checked.0 += 1;
            } else {
                checked.1 += 1;
                assert_eq!(chart_page(&l), 0, "{room} points left: kept in place");
            }
        }
        assert!(
            checked.0 > 0 && checked.1 > 0,
            "both cases met: {checked:?}"
        );
        // Taller than a page: laid out where it stands.
        let mut l = Layout::new(&fonts, Paper::A4.size_pt());
        l.y = l.bottom() - 300.0;
        keep_with_first_chart(&mut l, draw(2000.0)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(l.pages.len(), 1);
    }

    /// The table rows ("Row …") laid out on a page.
    fn rows_on(l: &Layout<'_>, page: usize) -> usize {
        l.pages[page]
            .iter()
            .filter(|it| matches!(it, Item::Text { text, .. } if text.starts_with("Row ")))
            .count()
    }

    /// A table never starts at a page's foot with fewer than KEEP_ROWS rows: with room for
    /// its header and fewer rows it starts on the next page.
    #[test]
    fn a_table_never_starts_with_its_first_rows_alone_at_a_pages_foot() {
        let Some(fonts) = Fonts::load() else {
            panic!("the bundled fonts load");
        };
        let cols = [col("Name", 1.0, Align::Left)];
        let mut moved = 0;
        for room in (10..120).step_by(5) {
            let mut l = Layout::new(&fonts, Paper::A4.size_pt());
            l.y = l.bottom() - room as f32;
            let rows = (0..40).map(|i| vec![cell(format!("Row {i}"))]).collect();
            l.table(&cols, rows);
            let first = rows_on(&l, 0);
            assert!(
                first == 0 || first >= KEEP_ROWS,
                "{room} points left: {first} rows at the foot of the first page"
            );
            moved += usize::from(first == 0);
        }
        assert!(moved > 0);
    }

    #[test]
    fn a_table_never_leaves_its_last_rows_alone_on_a_page() {
        let Some(fonts) = Fonts::load() else {
            panic!("the bundled fonts load");
        };
        let cols = [col("Name", 1.0, Align::Left)];
        // Find a table length whose last row would go over alone, then check it takes
        // KEEP_ROWS rows with it.
        let mut checked = 0;
        for n in 20..120 {
            let mut l = Layout::new(&fonts, Paper::A4.size_pt());
            l.y = l.bottom() - 400.0;
            let rows = (0..n).map(|i| vec![cell(format!("Row {i}"))]).collect();
            l.table(&cols, rows);
            let last = l.pages.len() - 1;
            if last == 0 {
                continue;
            }
            checked += 1;
            assert!(
                rows_on(&l, last) >= KEEP_ROWS,
                "{n} rows: {} alone on the last page",
                rows_on(&l, last)
            );
        }
        assert!(checked > 10, "tables long enough to need a second page");
    }

    #[test]
    fn a_last_page_is_never_a_small_trailing_block() {
        // The report of a shop without sales ended with a page holding only "Rejected rows
        // of the last imports" and one sentence (with the sections it had then).
        let options = ReportOptions {
            from: None,
            to: None,
            lang: Lang::En,
            paper: Paper::A4,
            sections: Section::ALL
                .into_iter()
                .filter(|s| {
                    !matches!(
                        s,
                        Section::Forecast
                            | Section::Predictions
                            | Section::Cohorts
                            | Section::Acquisition
                            | Section::Feedback
                            | Section::Consent
                    )
                })
                .collect(),
        };
        let data = gather(&ReportInput::default(), &options);
        let Some(fonts) = Fonts::load() else {
            panic!("the bundled fonts load");
        };
        let f = Formats::for_shop(&data.settings);
        let (first, starts) = lay_out(&fonts, &data, &f, None).unwrap();
        let moved =
            section_to_move(&first, &starts).expect("the first layout ends on a small block");
        let (l, _) = lay_out(&fonts, &data, &f, Some(moved)).unwrap();
        // The whole last section, heading first, is on the last page, and the block that
        // was alone follows it there.
        let texts: Vec<&str> = l
            .pages
            .last()
            .unwrap()
            .iter()
            .filter_map(|it| match it {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(texts.first().copied(), Some(t(Lang::En, Key::DataQuality)));
        assert!(
            texts.contains(&t(Lang::En, Key::RejectedRowsNone)),
            "{texts:?}"
        );
        assert_eq!(l.pages.len(), first.pages.len());
    }

    #[test]
    fn no_movement_prints_a_sentence_not_an_empty_table() {
        let options = ReportOptions {
            from: None,
            to: None,
            lang: Lang::En,
            paper: Paper::A4,
            sections: vec![Section::Movement],
        };
        let data = gather(&ReportInput::default(), &options);
        assert!(data.moves.is_empty());
        let Some(fonts) = Fonts::load() else {
            panic!("the bundled fonts load");
        };
        let mut l = Layout::new(&fonts, Paper::A4.size_pt());
        movement(&mut l, &data, &Formats::for_shop(&data.settings));
        let texts: Vec<&str> = l.pages[0]
            .iter()
            .filter_map(|it| match it {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("No customer changed segment")),
            "{texts:?}"
        );
        assert!(!texts.contains(&t(Lang::En, Key::MovedFrom)), "{texts:?}");
    }

    #[test]
    fn long_tables_repeat_their_header_and_never_cut_a_row() {
        let Some(fonts) = Fonts::load() else {
            panic!("the bundled fonts load");
        };
        let mut l = Layout::new(&fonts, Paper::A4.size_pt());
        let cols = [col("Name", 0.4, Align::Left), wrapping("Note", 0.6)];
        let rows = (0..300)
            .map(|i| {
                let note = if i % 7 == 0 {
                    "a long note that wraps onto several lines ".repeat(6)
                } else {
                    "short".to_string()
                };
                vec![cell(format!("Row {i}")), cell(note)]
            })
            .collect();
        l.table(&cols, rows);
        assert!(l.pages.len() >= 3, "{} pages", l.pages.len());
        let bottom = l.bottom();
        let mut seen = vec![0; 300];
        for page in &l.pages {
            match page.first() {
                Some(Item::Rect { y, color, .. }) => {
                    assert_eq!((*y, *color), (MARGIN, HEADER_BG));
                }
                _ => panic!("a page does not start with the table's header"),
            }
            assert!(
                page.iter()
                    .any(|it| matches!(it, Item::Text { text, bold: true, .. } if text == "Name"))
            );
            // Rows: name and every line of its note on the same page, above the footer.
            let mut row_top = None;
            for it in page {
                if let Item::Text { y, text, .. } = it {
                    assert!(*y <= bottom, "text below the page's body: {text}");
                    if let Some(n) = text.strip_prefix("Row ") {
                        seen[n.parse::<usize>().unwrap_or(0)] += 1;
                        row_top = Some(*y);
                    } else if text.starts_with("a long note") {
                        assert!(
                            row_top.is_some(),
                            "a note continues a row of the page before"
                        );
                    }
                }
            }
        }
        assert!(seen.iter().all(|&n| n == 1), "every row printed once");
    }
}
