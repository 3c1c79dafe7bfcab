//! Pictures of a PDF's pages for the Reports tab's preview, drawn with hayro (a PDF
//! rasteriser in pure Rust, so the preview needs nothing installed). Pure: bytes in, pixels
//! out; showing them is the window's business.

use std::sync::Arc;

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings};

/// One page as pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct PageImage {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// Red, green, blue, alpha, row by row (the background is white, so alpha is 255 and the
    /// premultiplied values hayro gives are the plain ones).
    pub rgba: Vec<u8>,
}

/// Draws every page of `pdf` at `pixels_per_point` pixels per PDF point (1.0: 72 dpi);
/// `progress(done, total)` is called after each page and returns false to stop, in which
/// case `None` comes back. A PDF that cannot be read back is an error carrying what the
/// PDF reader said (`crate::text` says the rest).
pub fn pages(
    pdf: &[u8],
    pixels_per_point: f32,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Option<Vec<PageImage>>, String> {
    let pdf = Pdf::new(Arc::new(pdf.to_vec())).map_err(|e| format!("{e:?}"))?;
    let pages = pdf.pages();
    let total = pages.len();
    let cache = RenderCache::new();
    let interpreter = InterpreterSettings::default();
    let render = RenderSettings::default();
    let pixmap = PixmapSettings {
        x_scale: pixels_per_point,
        y_scale: pixels_per_point,
        bg_color: WHITE,
    };
    let mut out = Vec::with_capacity(total);
    for (i, page) in pages.iter().enumerate() {
        let drawn = hayro::render(page, &cache, &interpreter, &render, &pixmap);
        out.push(PageImage {
            width: usize::from(drawn.width()),
            height: usize::from(drawn.height()),
            rgba: drawn.data_as_u8_slice().to_vec(),
        });
        if !progress(i + 1, total) {
            return Ok(None);
        }
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Lang, Paper, ReportInput, ReportOptions, Section, gather};

    /// The report of a shop without sales: a cover and every section's page.
    fn sample_pdf(paper: Paper) -> Vec<u8> {
        let options = ReportOptions {
            from: None,
            to: None,
            lang: Lang::En,
            paper,
            sections: Section::ALL.to_vec(),
        };
        let data = gather(&ReportInput::default(), &options);
        crate::report::render(&data).expect("the report renders")
    }

    #[test]
    fn every_page_is_drawn_at_the_paper_size_with_ink_on_it() {
        let pdf = sample_pdf(Paper::A4);
        let mut calls = Vec::new();
        let images = pages(&pdf, 1.0, &mut |done, total| {
            calls.push((done, total));
            true
        })
        .expect("readable")
        .expect("not stopped");
        assert!(!images.is_empty());
        assert_eq!(calls.last().map(|c| c.0), Some(images.len()));
        for image in &images {
            // A4 is 595.28 x 841.89 points.
            assert_eq!((image.width, image.height), (595, 841));
            assert_eq!(image.rgba.len(), image.width * image.height * 4);
            let dark = image
                .rgba
                .chunks_exact(4)
                .filter(|p| p[0] < 128 && p[1] < 128 && p[2] < 128)
                .count();
            assert!(dark > 500, "a page with only {dark} dark pixels");
            // The corners are the white page.
            assert_eq!(&image.rgba[0..4], &[255, 255, 255, 255]);
        }
    }

    #[test]
    fn letter_pages_are_wider_and_shorter_and_scale_applies() {
        let pdf = sample_pdf(Paper::Letter);
        let images = pages(&pdf, 2.0, &mut |_, _| true).unwrap().unwrap();
        assert_eq!((images[0].width, images[0].height), (1224, 1584));
    }

    #[test]
    fn stopping_after_the_first_page_gives_nothing() {
        let pdf = sample_pdf(Paper::A4);
        let mut seen = 0;
        let result = pages(&pdf, 0.5, &mut |_, _| {
            seen += 1;
            false
        })
        .unwrap();
        assert_eq!(result, None);
        assert_eq!(seen, 1);
    }

    #[test]
    fn bytes_that_are_not_a_pdf_are_refused_with_the_readers_words() {
        let err = pages(b"not a pdf at all", 1.0, &mut |_, _| true).unwrap_err();
        // What the PDF reader said; `text` puts it in a sentence.
        assert!(!err.trim().is_empty());
    }
}
