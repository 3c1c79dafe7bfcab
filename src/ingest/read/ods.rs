//! OpenDocument spreadsheets read as a stream: `content.xml` is parsed event by event and the
//! chosen sheet's rows are handed over one at a time, like an Excel sheet's (see
//! `workbook::read_streamed`).
//!
//! calamine's ODS reader parses every sheet of the file into memory when it opens it, and it
//! expands the format's repeat counts (`table:number-rows-repeated`,
//! `table:number-columns-repeated`) into cells up to 100 million of them: a few hundred bytes
//! of XML can ask for gigabytes. Here a repeated empty cell or row costs a counter, a
//! repeated non-empty row is sent as many times as it repeats (a row at a time in memory),
//! and the cells sent in all are bounded by [`ODS_CELL_LIMIT`].
//!
//! Each cell's text is what calamine's reader would give for it (the same `Data` value,
//! then `workbook::cell_text`); a test reads every ODS fixture both ways and compares.

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;
use std::sync::mpsc::SyncSender;

use calamine::Data;
use quick_xml::Reader as XmlReader;
use quick_xml::events::{BytesStart, Event};

use super::workbook::{Streamed, cell_text, open_reader, protected};
use super::{Ctx, Damage, MAX_COLUMNS, RawRow, ReadError, UNPACKED_LIMIT, Workbook};
use crate::ingest::read::strip_controls;

/// The most rows a sheet has (as in Excel and LibreOffice).
const MAX_ROWS: u64 = 1_048_576;

/// The most cells (empty ones between values included) sent from one sheet: a sheet of a
/// million rows of 60 columns. Past it the file is refused as too large to read, as a
/// workbook whose parts unpack past [`UNPACKED_LIMIT`] is.
pub(super) const ODS_CELL_LIMIT: u64 = 64 * 1024 * 1024;

/// A sheet of an ODS file, as its `content.xml` names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct OdsSheet {
    pub name: String,
    pub hidden: bool,
}

type Xml<'a> = XmlReader<BufReader<zip::read::ZipFile<'a, BufReader<File>>>>;

fn xml_error(ctx_file: &str, e: impl std::fmt::Display) -> ReadError {
    ReadError::Damaged {
        file: ctx_file.to_string(),
        kind: Workbook::Ods,
        reason: Damage::reader(e),
    }
}

/// Runs `f` over a reader of one part of the file (`content.xml`, the manifest).
fn with_part<T>(
    path: &Path,
    ctx: &Ctx,
    part: &str,
    f: impl FnOnce(&mut Xml<'_>) -> Result<T, ReadError>,
) -> Result<T, ReadError> {
    let mut zip =
        zip::ZipArchive::new(open_reader(path, ctx)?).map_err(|e| xml_error(&ctx.file_name, e))?;
    let file = zip
        .by_name(part)
        .map_err(|e| xml_error(&ctx.file_name, e))?;
    let mut reader = XmlReader::from_reader(BufReader::new(file));
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    f(&mut reader)
}

/// An attribute's value as written (entities resolved), `None` when absent.
fn attr(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, quick_xml::Error> {
    let Some(a) = e.try_get_attribute(name)? else {
        return Ok(None);
    };
    let raw: &str = a.value.as_ref();
    Ok(Some(
        quick_xml::escape::unescape(raw)
            .map_err(quick_xml::Error::from)?
            .into_owned(),
    ))
}

/// A repeat count (1 when absent).
fn repeats(e: &BytesStart<'_>, name: &str, file: &str) -> Result<u64, ReadError> {
    match attr(e, name).map_err(|e| xml_error(file, e))? {
        None => Ok(1),
        Some(v) => v
            .trim()
            .parse()
            .map_err(|_| xml_error(file, format!("{name}=\"{v}\""))),
    }
}

/// Opens an ODS file: the checks a reader needs before any sheet is read (a password, the
/// parts), and its sheets in order.
pub(super) fn ods_sheets(path: &Path, ctx: &Ctx) -> Result<Vec<OdsSheet>, ReadError> {
    let file = ctx.file_name.as_str();
    let encrypted = with_part(path, ctx, "META-INF/manifest.xml", |reader| {
        let mut buf = Vec::new();
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(Event::Start(e)) if e.name().as_ref() == "manifest:encryption-data" => {
                    return Ok(true);
                }
                Ok(Event::Eof) => return Ok(false),
                Err(e) => return Err(xml_error(file, e)),
                Ok(_) => {}
            }
            buf.clear();
        }
    });
    // Without a manifest, the content decides.
    if let Ok(true) = encrypted {
        return Err(protected(ctx, Workbook::Ods));
    }
    with_part(path, ctx, "content.xml", |reader| {
        let mut buf = Vec::new();
        let mut hidden_styles: Vec<String> = Vec::new();
        let mut style: Option<String> = None;
        let mut sheets = Vec::new();
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(Event::Start(e)) => match e.name().as_ref() {
                    "style:style" => {
                        style = attr(&e, "style:name").map_err(|e| xml_error(file, e))?
                    }
                    "style:table-properties" => {
                        let display = attr(&e, "table:display").map_err(|e| xml_error(file, e))?;
                        if let (Some(name), Some("false")) = (&style, display.as_deref()) {
                            hidden_styles.push(name.clone());
                        }
                    }
                    "table:table" => {
                        let name = attr(&e, "table:name").map_err(|e| xml_error(file, e))?;
                        let style = attr(&e, "table:style-name").map_err(|e| xml_error(file, e))?;
                        if let Some(name) = name {
                            let hidden = style.is_some_and(|s| hidden_styles.contains(&s));
                            sheets.push(OdsSheet { name, hidden });
                        }
                    }
                    _ => {}
                },
                Ok(Event::Eof) => return Ok(sheets),
                Err(e) => return Err(xml_error(file, e)),
                Ok(_) => {}
            }
            buf.clear();
        }
    })
}

/// What reading one sheet came to.
enum SheetEnd {
    /// The sheet had no row with a value.
    Empty,
    /// Rows were sent (or the receiver is gone).
    Sent,
}

/// Reads the first sheet of `names` that has data and sends its non-empty rows (see
/// [`Streamed`]); returns when the sheet ends, it cannot be read further, or the receiver
/// is gone.
pub(super) fn stream_ods(
    path: &Path,
    ctx: &Ctx,
    names: &[String],
    asked: bool,
    tx: &SyncSender<Streamed>,
) {
    let mut first_error = None;
    for name in names {
        match stream_sheet(path, ctx, name, tx) {
            Ok(SheetEnd::Sent) => return,
            Ok(SheetEnd::Empty) if asked => {
                let _ = tx.send(Streamed::Failed(ReadError::EmptySheet {
                    file: ctx.file_name.clone(),
                    sheet: name.clone(),
                }));
                return;
            }
            Ok(SheetEnd::Empty) => {}
            Err((e, started)) => {
                if started || asked {
                    let _ = tx.send(Streamed::Failed(e));
                    return;
                }
                first_error.get_or_insert(e);
            }
        }
    }
    let _ = tx.send(Streamed::Failed(first_error.unwrap_or_else(|| {
        ReadError::Empty {
            file: ctx.file_name.clone(),
        }
    })));
}

/// Streams the sheet `name`. An error comes with whether rows were already sent.
fn stream_sheet(
    path: &Path,
    ctx: &Ctx,
    name: &str,
    tx: &SyncSender<Streamed>,
) -> Result<SheetEnd, (ReadError, bool)> {
    let file = ctx.file_name.as_str();
    let mut started = false;
    let result = with_part(path, ctx, "content.xml", |reader| {
        let mut buf = Vec::new();
        // Up to the sheet.
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(Event::Start(e))
                    if e.name().as_ref() == "table:table"
                        && attr(&e, "table:name")
                            .map_err(|e| xml_error(file, e))?
                            .as_deref()
                            == Some(name) =>
                {
                    break;
                }
                Ok(Event::Eof) => return Ok(SheetEnd::Empty),
                Err(e) => return Err(xml_error(file, e)),
                Ok(_) => {}
            }
            buf.clear();
        }
        let mut rows_before: u64 = 0;
        let mut cells_sent: u64 = 0;
        let mut cells = Vec::new();
        loop {
            buf.clear();
            match reader.read_event_into(&mut buf) {
                Ok(Event::Start(e)) if e.name().as_ref() == "table:table-row" => {
                    let times = repeats(&e, "table:number-rows-repeated", file)?;
                    read_row(reader, &mut cells, file, rows_before + 1)?;
                    if !cells.is_empty() {
                        let times = times.min(MAX_ROWS.saturating_sub(rows_before));
                        cells_sent = cells_sent.saturating_add(times * cells.len() as u64);
                        if cells_sent > ODS_CELL_LIMIT {
                            return Err(ReadError::TooLarge {
                                file: file.to_string(),
                                bytes: UNPACKED_LIMIT,
                            });
                        }
                        for k in 0..times {
                            if !started {
                                started = true;
                                if tx.send(Streamed::Sheet(name.to_string())).is_err() {
                                    return Ok(SheetEnd::Sent);
                                }
                            }
                            let row = RawRow {
                                row: rows_before + k + 1,
                                cells: cells.clone(),
                                replaced: Vec::new(),
                            };
                            if tx.send(Streamed::Row(row)).is_err() {
                                return Ok(SheetEnd::Sent);
                            }
                        }
                    }
                    rows_before = rows_before.saturating_add(times);
                    if rows_before >= MAX_ROWS {
                        break;
                    }
                }
                Ok(Event::End(e)) if e.name().as_ref() == "table:table" => break,
                Ok(Event::Eof) => return Err(xml_error(file, "content.xml ends inside a sheet")),
                Err(e) => return Err(xml_error(file, e)),
                Ok(_) => {}
            }
        }
        Ok(if started {
            SheetEnd::Sent
        } else {
            SheetEnd::Empty
        })
    });
    result.map_err(|e| (e, started))
}

/// Reads one `table:table-row` into `cells`: each cell's text, repeated cells repeated,
/// trailing empty cells left off (a row of empty cells comes out empty). `row` is the row's
/// number, for the message when it is too wide.
fn read_row<R: std::io::BufRead>(
    reader: &mut XmlReader<R>,
    cells: &mut Vec<String>,
    file: &str,
    row: u64,
) -> Result<(), ReadError> {
    cells.clear();
    // Blank cells not yet known to lie before a value: runs of (text, count). Spaces are
    // kept as written when a value follows them; a row's trailing blanks are left off.
    let mut blanks: Vec<(String, u64)> = Vec::new();
    let mut blank_count: u64 = 0;
    let mut buf = Vec::new();
    let mut inner = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e))
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                let times = repeats(&e, "table:number-columns-repeated", file)?;
                let (value, closed) = cell_value(reader, &e, &mut inner, file)?;
                if !closed {
                    inner.clear();
                    reader
                        .read_to_end_into(e.name(), &mut inner)
                        .map_err(|e| xml_error(file, e))?;
                }
                let mut text = cell_text(&value);
                strip_controls(&mut text);
                if text.trim().is_empty() {
                    blank_count = blank_count.saturating_add(times);
                    match blanks.last_mut() {
                        Some((last, n)) if *last == text => *n = n.saturating_add(times),
                        _ => blanks.push((text, times)),
                    }
                    continue;
                }
                let width = (cells.len() as u64)
                    .saturating_add(blank_count)
                    .saturating_add(times);
                if width > MAX_COLUMNS as u64 {
                    return Err(ReadError::TooWide {
                        file: file.to_string(),
                        row,
                    });
                }
                for (blank, n) in blanks.drain(..) {
                    cells.extend(std::iter::repeat_n(blank, n as usize));
                }
                blank_count = 0;
                cells.extend(std::iter::repeat_n(text, times as usize));
            }
            Ok(Event::End(e)) if e.name().as_ref() == "table:table-row" => return Ok(()),
            Ok(Event::Eof) => return Err(xml_error(file, "content.xml ends inside a row")),
            Err(e) => return Err(xml_error(file, e)),
            Ok(_) => {}
        }
    }
}

/// A cell's value as calamine's ODS reader gives it, and whether the cell's end tag was
/// read (a string cell's text is read up to it).
fn cell_value<R: std::io::BufRead>(
    reader: &mut XmlReader<R>,
    e: &BytesStart<'_>,
    buf: &mut Vec<u8>,
    file: &str,
) -> Result<(Data, bool), ReadError> {
    let mut is_string = false;
    let mut is_error = false;
    let mut is_value_set = false;
    let mut value = Data::Empty;
    for a in e.attributes().with_checks(false) {
        let a = a.map_err(|e| xml_error(file, e))?;
        let raw: &str = a.value.as_ref();
        let unescaped = || {
            quick_xml::escape::unescape(raw)
                .map(|v| v.into_owned())
                .map_err(|e| xml_error(file, e))
        };
        match a.key.as_ref() {
            "office:value" if !is_value_set => {
                let f: f64 = raw
                    .parse()
                    .map_err(|_| xml_error(file, format!("office:value=\"{raw}\"")))?;
                value = Data::Float(f);
                is_value_set = true;
            }
            "office:string-value" if !is_value_set => {
                value = Data::String(unescaped()?);
                is_value_set = true;
            }
            "office:date-value" if !is_value_set => {
                value = Data::DateTimeIso(unescaped()?);
                is_value_set = true;
            }
            "office:time-value" if !is_value_set => {
                value = Data::DurationIso(unescaped()?);
                is_value_set = true;
            }
            "office:boolean-value" if !is_value_set => {
                value = Data::Bool(raw == "TRUE" || raw == "true");
                is_value_set = true;
            }
            "office:value-type" if !is_value_set => is_string = raw == "string",
            "calcext:value-type" => is_error = raw == "error",
            _ => {}
        }
    }
    let error_text = is_error && matches!(&value, Data::String(s) if s.is_empty());
    if !(!is_value_set && is_string || error_text) {
        return Ok((value, false));
    }
    // The element's content is the value: its paragraphs joined by line ends.
    let mut s = String::new();
    let mut first_paragraph = true;
    loop {
        buf.clear();
        match reader.read_event_into(buf) {
            Ok(Event::Text(t)) => s.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) => {
                let name: &str = &r;
                if let Some(text) = quick_xml::escape::resolve_xml_entity(name) {
                    s.push_str(text);
                } else if let Some(c) = r.resolve_char_ref().map_err(|e| xml_error(file, e))? {
                    s.push(c);
                } else {
                    return Err(xml_error(file, format!("&{name};")));
                }
            }
            Ok(Event::End(end))
                if matches!(
                    end.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                return Ok((Data::String(s), true));
            }
            Ok(Event::Start(start)) => match start.name().as_ref() {
                "office:annotation" => {
                    let mut skip = Vec::new();
                    reader
                        .read_to_end_into(start.name(), &mut skip)
                        .map_err(|e| xml_error(file, e))?;
                }
                "text:p" => {
                    if first_paragraph {
                        first_paragraph = false;
                    } else {
                        s.push('\n');
                    }
                }
                "text:s" => {
                    let count = repeats(&start, "text:c", file)?;
                    // A run of spaces no longer than a cell can hold.
                    s.extend(std::iter::repeat_n(' ', count.min(32_767) as usize));
                }
                "text:tab" => s.push('\t'),
                "text:line-break" => s.push('\n'),
                _ => {}
            },
            Ok(Event::Eof) => return Err(xml_error(file, "content.xml ends inside a cell")),
            Err(e) => return Err(xml_error(file, e)),
            Ok(_) => {}
        }
    }
}

/// Whether a ZIP file is an OpenDocument spreadsheet (its `mimetype` part says so).
pub(super) fn is_ods_zip<R: Read + Seek>(zip: R) -> bool {
    const MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";
    let Ok(mut zip) = zip::ZipArchive::new(zip) else {
        return false;
    };
    let Ok(part) = zip.by_name("mimetype") else {
        return false;
    };
    let mut head = Vec::new();
    part.take(MIMETYPE.len() as u64)
        .read_to_end(&mut head)
        .is_ok_and(|_| head == MIMETYPE)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::io::Write;

    use calamine::{Ods, Reader};

    use super::*;
    use crate::ingest::read::fixtures::*;
    use crate::ingest::read::workbook::sheet_rows;
    use crate::ingest::read::{ReadOptions, open};

    fn ctx(path: &Path) -> Ctx {
        Ctx {
            file_name: path.display().to_string(),
            sha256: String::new(),
            whole: false,
        }
    }

    /// Every non-empty row of one sheet as the stream sends it.
    fn streamed(path: &Path, sheet: &str) -> Result<Vec<RawRow>, ReadError> {
        let (tx, rx) = std::sync::mpsc::sync_channel(16);
        let path = path.to_path_buf();
        let names = vec![sheet.to_string()];
        let reader = std::thread::Builder::new()
            .name("test-ods".to_string())
            .spawn(move || stream_ods(&path, &ctx(&path), &names, true, &tx))
            .unwrap();
        let mut rows = Vec::new();
        for message in rx {
            match message {
                Streamed::Sheet(_) => {}
                Streamed::Row(row) => rows.push(row),
                Streamed::Failed(e) => return Err(e),
            }
        }
        reader.join().unwrap();
        Ok(rows)
    }

    /// The rows of one sheet as calamine's own ODS reader gives them (a rectangle from the
    /// first used cell; its first column is the sheet's first used column).
    fn calamine_rows(path: &Path, sheet: &str) -> Vec<RawRow> {
        let mut book: Ods<_> = calamine::open_workbook(path).unwrap();
        let range = book.worksheet_range(sheet).unwrap();
        sheet_rows(&range)
    }

    /// Takes off the empty columns left of every row, as calamine's rectangle does.
    fn from_first_used_column(mut rows: Vec<RawRow>) -> Vec<RawRow> {
        let offset = super::super::workbook::leading_columns(&rows);
        for row in &mut rows {
            super::super::workbook::shift_row(row, offset);
        }
        rows
    }

    fn same_as_calamine(path: &Path) {
        let book: Ods<_> = calamine::open_workbook(path).unwrap();
        let names = book.sheet_names();
        let listed = ods_sheets(path, &ctx(path)).unwrap();
        assert_eq!(
            listed.iter().map(|s| s.name.clone()).collect::<Vec<_>>(),
            names
        );
        for (sheet, meta) in listed.iter().zip(book.sheets_metadata()) {
            assert_eq!(
                sheet.hidden,
                meta.visible != calamine::SheetVisible::Visible,
                "{}",
                sheet.name
            );
        }
        for name in &names {
            let ours = match streamed(path, name) {
                Ok(rows) => from_first_used_column(rows),
                Err(ReadError::EmptySheet { .. }) => Vec::new(),
                Err(e) => panic!("{name}: {e}"),
            };
            let theirs = calamine_rows(path, name);
            assert_eq!(ours.len(), theirs.len(), "{}: {name}", path.display());
            for (a, b) in ours.iter().zip(&theirs) {
                assert_eq!((a.row, &a.cells), (b.row, &b.cells), "{name}");
            }
        }
    }

    /// Writes an ODS file holding `content` as its content.xml (and a manifest, which
    /// `manifest_extra` can add to).
    fn write_ods(path: &Path, content: &str, manifest_extra: &str) {
        use zip::write::SimpleFileOptions;
        let file = File::create(path).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let stored =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        let packed =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        zip.start_file("META-INF/manifest.xml", packed).unwrap();
        write!(
            zip,
            r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{manifest_extra}</manifest:file-entry></manifest:manifest>"#
        )
        .unwrap();
        zip.start_file("content.xml", packed).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
        zip.finish().unwrap();
    }

    fn document(styles: &str, tables: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.2"><office:automatic-styles>{styles}</office:automatic-styles><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"#
        )
    }

    fn string_cell(text: &str) -> String {
        format!(
            r#"<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#
        )
    }

    #[test]
    fn the_fixtures_read_as_calamine_reads_them() {
        same_as_calamine(&data("contacts.ods"));
        same_as_calamine(&data("exports/libreoffice_clients_fr.ods"));
    }

    #[test]
    fn every_kind_of_cell_reads_as_calamine_reads_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kinds.ods");
        let styles = r#"<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>"#;
        let mut rows = String::new();
        // Empty rows above the table, and an empty column left of it.
        rows.push_str(r#"<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#);
        rows.push_str(r#"<table:table-row><table:table-cell/>"#);
        for h in ["name", "amount", "day", "time", "paid", "share", "note"] {
            rows.push_str(&string_cell(h));
        }
        rows.push_str(
            r#"<table:table-cell table:number-columns-repeated="1017"/></table:table-row>"#,
        );
        rows.push_str(concat!(
            r#"<table:table-row><table:table-cell/>"#,
            r#"<table:table-cell office:value-type="string"><text:p>Anne<text:s text:c="3"/>Marie &amp; <text:span>Zoé</text:span></text:p><text:p>second line</text:p><office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell>"#,
            r#"<table:table-cell office:value-type="currency" office:currency="EUR" office:value="1234.5"><text:p>1 234,50 €</text:p></table:table-cell>"#,
            r#"<table:table-cell office:value-type="date" office:date-value="2025-03-01T14:05:00"><text:p>01/03/2025</text:p></table:table-cell>"#,
            r#"<table:table-cell office:value-type="time" office:time-value="PT12H30M00S"><text:p>12:30</text:p></table:table-cell>"#,
            r#"<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>"#,
            r#"<table:table-cell office:value-type="percentage" office:value="0.125"><text:p>12.5%</text:p></table:table-cell>"#,
            r#"<table:table-cell office:value-type="string"><text:p>tab<text:tab/>and<text:line-break/>break &#233;t&#xE9;</text:p></table:table-cell>"#,
            r#"</table:table-row>"#,
        ));
        // A row of spaces between values, repeated cells, then an empty row, then a row
        // repeated three times, a merged (covered) cell, a date without a time and an error.
        rows.push_str(concat!(
            r#"<table:table-row><table:table-cell/><table:table-cell office:value-type="string" table:number-columns-repeated="2"><text:p>twice</text:p></table:table-cell>"#,
            r#"<table:table-cell office:value-type="string"><text:p> </text:p></table:table-cell>"#,
            r#"<table:table-cell office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell><table:table-cell table:number-columns-repeated="5"/></table:table-row>"#,
            r#"<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="8"/></table:table-row>"#,
            r#"<table:table-row table:number-rows-repeated="3"><table:table-cell/><table:table-cell office:value-type="string" table:number-columns-spanned="2"><text:p>again</text:p></table:table-cell><table:covered-table-cell/>"#,
            r#"<table:table-cell office:value-type="date" office:date-value="2024-12-31"><text:p>31/12/2024</text:p></table:table-cell>"#,
            r#"<table:table-cell office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell></table:table-row>"#,
        ));
        let tables = format!(
            r#"<table:table table:name="Empty" table:style-name="ta1"><table:table-row><table:table-cell/></table:table-row></table:table><table:table table:name="Sales" table:style-name="ta1">{rows}</table:table><table:table table:name="Hidden" table:style-name="ta2"><table:table-row>{}</table:table-row></table:table>"#,
            string_cell("secret")
        );
        write_ods(&path, &document(styles, &tables), "");
        same_as_calamine(&path);
        // And the values themselves, worked by hand.
        let rows = streamed(&path, "Sales").unwrap();
        assert_eq!(rows[0].row, 4);
        assert_eq!(
            rows[1].cells,
            [
                "",
                "Anne   Marie & Zoé\nsecond line",
                "1234.5",
                "2025-03-01 14:05:00",
                "PT12H30M00S",
                "true",
                "0.125",
                "tab\tand\nbreak été"
            ]
        );
        assert_eq!(rows[2].cells, ["", "twice", "twice", " ", "7"]);
        assert_eq!(
            rows[3..].iter().map(|r| r.row).collect::<Vec<_>>(),
            [9, 10, 11]
        );
        assert_eq!(rows[3].cells, ["", "again", "", "2024-12-31", "#DIV/0!"]);
        // The whole file: the first visible sheet with data, its header found.
        let (table, data_rows) = drain(open(&path, &ReadOptions::default()).unwrap());
        assert_eq!(table.info.sheet.as_deref(), Some("Sales"));
        assert_eq!(table.info.sheets, ["Empty", "Sales", "Hidden"]);
        assert_eq!(table.headers[0], "name");
        assert_eq!(data_rows.len(), 5);
    }

    #[test]
    fn repeats_that_ask_for_billions_of_cells_are_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("repeats.ods");
        let tables = format!(
            r#"<table:table table:name="S"><table:table-row>{}{}</table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell office:value-type="string" table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row></table:table>"#,
            string_cell("name"),
            string_cell("email")
        );
        write_ods(&path, &document("", &tables), "");
        // The file is a few hundred bytes.
        assert!(std::fs::metadata(&path).unwrap().len() < 2_000);
        let started = std::time::Instant::now();
        let err = open(&path, &ReadOptions::default())
            .and_then(|t| t.rows.collect::<Result<Vec<_>, _>>().map(|_| ()))
            .unwrap_err();
        assert!(matches!(err, ReadError::TooLarge { .. }), "{err:?}");
        assert!(started.elapsed().as_secs() < 10);
    }

    #[test]
    fn a_row_repeated_a_million_times_is_streamed_row_by_row() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.ods");
        let tables = format!(
            r#"<table:table table:name="S"><table:table-row>{}{}</table:table-row><table:table-row table:number-rows-repeated="1048575">{}{}</table:table-row></table:table>"#,
            string_cell("name"),
            string_cell("email"),
            string_cell("Ann"),
            string_cell("ann@example.com"),
        );
        write_ods(&path, &document("", &tables), "");
        let table = open(&path, &ReadOptions::default()).unwrap();
        let mut count = 0u64;
        let mut last = 0;
        for row in table.rows {
            let row = row.unwrap();
            count += 1;
            last = row.row;
        }
        assert_eq!(count, 1_048_575);
        assert_eq!(last, 1_048_576);
    }

    #[test]
    fn a_value_past_the_last_column_is_too_wide() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("wide.ods");
        let tables = format!(
            r#"<table:table table:name="S"><table:table-row>{}<table:table-cell table:number-columns-repeated="20000"/>{}</table:table-row></table:table>"#,
            string_cell("name"),
            string_cell("far")
        );
        write_ods(&path, &document("", &tables), "");
        let err = open_err(&path);
        assert!(matches!(err, ReadError::TooWide { row: 1, .. }), "{err:?}");
    }

    #[test]
    fn an_encrypted_ods_is_protected() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("locked.ods");
        let tables = format!(
            r#"<table:table table:name="S"><table:table-row>{}</table:table-row></table:table>"#,
            string_cell("name")
        );
        write_ods(
            &path,
            &document("", &tables),
            r#"<manifest:encryption-data manifest:checksum-type="SHA1" manifest:checksum="x"/>"#,
        );
        let err = open_err(&path);
        assert!(matches!(err, ReadError::Protected { .. }), "{err:?}");
    }
}
