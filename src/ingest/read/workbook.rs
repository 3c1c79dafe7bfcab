//! Workbooks: Excel (`.xlsx`, `.xls`) and OpenDocument (`.ods`) files, read with
//! `calamine`. An `.xlsx` sheet is streamed row by row; the container is checked first so that
//! a damaged file or a zip bomb is refused before it is unpacked.

use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::sync::mpsc::SyncSender;

use calamine::{Data, Reader, Sheets, Xls, XlsError, Xlsx, XlsxError};

use super::delimited::strip_controls;
use super::header::{clean_headers, detect_header};
use super::ods::{OdsSheet, is_ods_zip, ods_sheets, stream_ods};
use super::sniff::contains;
use super::xls::check_xls_size;
use super::{
    Ctx, Damage, Format, HEADER_SAMPLE, ListedRows, Looks, MAX_COLUMNS, OlePart, RawRow, ReadError,
    ReadOptions, RowStream, SourceInfo, Table, UNPACK_RATIO_LIMIT, UNPACKED_HELD_LIMIT,
    UNPACKED_LIMIT, Unsupported, Workbook,
};

pub(super) type Book = Sheets<BufReader<File>>;

pub(super) fn open_reader(path: &Path, ctx: &Ctx) -> Result<BufReader<File>, ReadError> {
    File::open(path)
        .map(BufReader::new)
        .map_err(|source| ReadError::Io {
            file: ctx.file_name.clone(),
            source,
        })
}

pub(super) fn damaged(ctx: &Ctx, kind: Workbook, reason: Damage) -> ReadError {
    ReadError::Damaged {
        file: ctx.file_name.clone(),
        kind,
        reason,
    }
}

/// A workbook's reader stopped: what it said is the reason.
fn unreadable(ctx: &Ctx, kind: Workbook, e: impl fmt::Display) -> ReadError {
    damaged(ctx, kind, Damage::reader(e))
}

pub(super) fn protected(ctx: &Ctx, kind: Workbook) -> ReadError {
    ReadError::Protected {
        file: ctx.file_name.clone(),
        kind,
    }
}

/// A workbook opened: by calamine, or an OpenDocument spreadsheet, which is streamed by this
/// module's own reader (see [`super::ods`]).
pub(super) enum Opened {
    Book(Box<Book>),
    Ods,
}

pub(super) fn open_zip(path: &Path, head: &[u8], ctx: &Ctx) -> Result<Opened, ReadError> {
    let ods_mime = b"application/vnd.oasis.opendocument.spreadsheet";
    let is_ods = contains(head, b"mimetype") && contains(head, ods_mime);
    let is_xlsb = contains(head, b"xl/workbook.bin") || contains(head, b"xl/worksheets/sheet1.bin");
    if is_xlsb {
        return Err(ReadError::Unsupported {
            file: ctx.file_name.clone(),
            what: Unsupported::Xlsb,
        });
    }
    if is_ods {
        return open_ods(path, ctx);
    }
    if contains(head, b"xl/") {
        return open_xlsx(path, ctx).map(|b| Opened::Book(Box::new(b)));
    }
    let other = if contains(head, b"word/") {
        Some(Looks::Word)
    } else if contains(head, b"ppt/") {
        Some(Looks::PowerPoint)
    } else if contains(head, b"mimetype") && contains(head, b"application/vnd.oasis.opendocument.")
    {
        Some(Looks::OpenDocumentText)
    } else if contains(head, b"mimetype") && contains(head, b"application/epub+zip") {
        Some(Looks::Ebook)
    } else {
        None
    };
    if let Some(what) = other {
        return Err(ReadError::NotATable {
            file: ctx.file_name.clone(),
            looks_like: what,
        });
    }
    // The names inside may be further in than the head: ask the readers themselves.
    check_unpacked_sizes(
        path,
        ctx,
        Workbook::Excel,
        &[
            "sharedStrings.xml",
            "styles.xml",
            "workbook.xml",
            "content.xml",
        ],
    )?;
    if let Ok(book) = Xlsx::new(open_reader(path, ctx)?) {
        return Ok(Opened::Book(Box::new(Sheets::Xlsx(book))));
    }
    if is_ods_zip(open_reader(path, ctx)?) {
        return Ok(Opened::Ods);
    }
    Err(ReadError::NotATable {
        file: ctx.file_name.clone(),
        looks_like: Looks::Zip,
    })
}

/// Checks what a ZIP-based workbook unpacks to before any reader unpacks it: first the sizes
/// its directory declares, then the sizes its parts really unpack to (counted as they are
/// unpacked, nothing kept, stopping at the bound: a directory can lie). Refuses a file whose
/// parts together pass [`UNPACKED_LIMIT`], whose parts the reader keeps whole (`held`: the
/// names that end so) pass [`UNPACKED_HELD_LIMIT`], or whose part past 1 MB grows more than
/// [`UNPACK_RATIO_LIMIT`] times.
pub(super) fn check_unpacked_sizes(
    path: &Path,
    ctx: &Ctx,
    kind: Workbook,
    held: &[&str],
) -> Result<(), ReadError> {
    let file = open_reader(path, ctx)?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| unreadable(ctx, kind, e))?;
    let too_large = |bytes: u64| ReadError::TooLarge {
        file: ctx.file_name.clone(),
        bytes,
    };
    let is_held = |name: zip::result::ZipResult<std::borrow::Cow<'_, str>>| {
        name.is_ok_and(|name| held.iter().any(|h| name.ends_with(h)))
    };
    let mut declared_total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| unreadable(ctx, kind, e))?;
        let size = entry.size();
        declared_total = declared_total.saturating_add(size);
        if declared_total > UNPACKED_LIMIT {
            return Err(too_large(UNPACKED_LIMIT));
        }
        if is_held(entry.name()) && size > UNPACKED_HELD_LIMIT {
            return Err(too_large(UNPACKED_HELD_LIMIT));
        }
        if size > 1 << 20 && size / entry.compressed_size().max(1) > UNPACK_RATIO_LIMIT {
            return Err(too_large(size));
        }
    }
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut entry = match zip.by_index(i) {
            Ok(entry) => entry,
            // Encrypted or of an unknown method: the reader says what it is.
            Err(_) => continue,
        };
        let held = is_held(entry.name());
        let packed = entry.compressed_size().max(1);
        let bound = if held {
            UNPACKED_HELD_LIMIT
        } else {
            UNPACKED_LIMIT - total
        };
        let size = match io::copy(&mut (&mut entry).take(bound + 1), &mut io::sink()) {
            Ok(size) => size,
            // A damaged part: the reader finds it and says so.
            Err(_) => continue,
        };
        if size > bound {
            return Err(too_large(if held {
                UNPACKED_HELD_LIMIT
            } else {
                UNPACKED_LIMIT
            }));
        }
        if size > 1 << 20 && size / packed > UNPACK_RATIO_LIMIT {
            return Err(too_large(size));
        }
        total += size;
    }
    Ok(())
}

pub(super) fn open_xlsx(path: &Path, ctx: &Ctx) -> Result<Book, ReadError> {
    check_unpacked_sizes(
        path,
        ctx,
        Workbook::Excel,
        &["sharedStrings.xml", "styles.xml", "workbook.xml"],
    )?;
    match Xlsx::new(open_reader(path, ctx)?) {
        Ok(book) => Ok(Sheets::Xlsx(book)),
        Err(XlsxError::Password) => Err(protected(ctx, Workbook::Excel)),
        Err(e) => Err(unreadable(ctx, Workbook::Excel, e)),
    }
}

/// An OpenDocument spreadsheet: its parts' sizes are checked (no part is kept whole: the
/// content is streamed), the sheets are listed when it is read.
pub(super) fn open_ods(path: &Path, ctx: &Ctx) -> Result<Opened, ReadError> {
    check_unpacked_sizes(path, ctx, Workbook::Ods, &[])?;
    Ok(Opened::Ods)
}

/// An OLE container: a legacy `.xls`, or an encrypted Excel 2007+ workbook (which Excel
/// stores as an OLE file holding `EncryptionInfo` and `EncryptedPackage`).
pub(super) fn open_ole(path: &Path, ctx: &Ctx) -> Result<Book, ReadError> {
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        file: ctx.file_name.clone(),
        source,
    })?;
    if let Err(reason) = ole_chains_are_sound(&bytes) {
        return Err(damaged(ctx, Workbook::Excel, Damage::Ole(reason)));
    }
    drop(bytes);
    if let Err(XlsxError::Password) = Xlsx::new(open_reader(path, ctx)?) {
        return Err(protected(ctx, Workbook::Excel));
    }
    check_xls_size(path, ctx)?;
    match Xls::new(open_reader(path, ctx)?) {
        Ok(book) => Ok(Sheets::Xls(book)),
        Err(XlsError::Password) => Err(protected(ctx, Workbook::Excel)),
        Err(e) => Err(unreadable(ctx, Workbook::Excel, e)),
    }
}

/// Checks the sector tables of an OLE (compound file) container before calamine reads it: a
/// damaged file whose sector chains loop would make the reader follow them for ever and
/// allocate without bound. Every chain must end; the sizes in the header must be sane.
pub(super) fn ole_chains_are_sound(bytes: &[u8]) -> Result<(), OlePart> {
    const FREE: u32 = 0xFFFF_FFFF;
    const END: u32 = 0xFFFF_FFFE;
    let u16_at = |at: usize| -> Option<u16> {
        bytes
            .get(at..at + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    };
    let u32_at = |at: usize| -> Option<u32> {
        bytes
            .get(at..at + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let shift = u16_at(0x1E).ok_or(OlePart::Header)?;
    if shift != 9 && shift != 12 {
        return Err(OlePart::SectorSize);
    }
    let sector = 1usize << shift;
    let sectors = bytes.len().saturating_sub(512).div_ceil(sector);
    let sector_bytes = |id: u32| -> Option<&[u8]> {
        let start = (id as usize + 1).checked_mul(sector)?;
        bytes.get(start..(start + sector).min(bytes.len()))
    };
    // The sectors that hold the allocation table: 109 in the header, the rest in a chain of
    // DIFAT sectors.
    let mut fat_sectors: Vec<u32> = (0..109)
        .filter_map(|i| u32_at(0x4C + 4 * i))
        .filter(|id| *id != FREE)
        .collect();
    let mut difat = u32_at(0x44).ok_or(OlePart::Header)?;
    let mut hops = 0usize;
    while difat != END && difat != FREE {
        hops += 1;
        if hops > sectors {
            return Err(OlePart::SectorChainLoops);
        }
        let data = sector_bytes(difat).ok_or(OlePart::SectorTable)?;
        let entries = sector / 4 - 1;
        fat_sectors.extend(
            (0..entries)
                .filter_map(|i| data.get(4 * i..4 * i + 4))
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .filter(|id| *id != FREE),
        );
        difat = data
            .get(4 * entries..4 * entries + 4)
            .map_or(END, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    }
    if fat_sectors.len() > sectors {
        return Err(OlePart::SectorTable);
    }
    let mut fat: Vec<u32> = Vec::with_capacity(fat_sectors.len() * sector / 4);
    for id in &fat_sectors {
        let data = sector_bytes(*id).ok_or(OlePart::SectorTable)?;
        fat.extend(
            data.chunks_exact(4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
        );
    }
    if !chains_end(&fat) {
        return Err(OlePart::SectorChainLoops);
    }
    // The small streams have their own table, stored in a chain of the main one.
    let mut mini: Vec<u32> = Vec::new();
    let mut at = u32_at(0x3C).ok_or(OlePart::Header)?;
    let mut hops = 0usize;
    while at < 0xFFFF_FFFA {
        hops += 1;
        if hops > sectors {
            return Err(OlePart::SmallStreamChainLoops);
        }
        let data = sector_bytes(at).ok_or(OlePart::SmallStreamTable)?;
        mini.extend(
            data.chunks_exact(4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
        );
        at = fat.get(at as usize).copied().unwrap_or(END);
    }
    if !chains_end(&mini) {
        return Err(OlePart::SmallStreamChainLoops);
    }
    Ok(())
}

/// Whether every chain of a sector table ends (none loops back on itself).
pub(super) fn chains_end(table: &[u32]) -> bool {
    // 0: not seen, 1: on the current walk, 2: known to end.
    let mut state = vec![0u8; table.len()];
    for start in 0..table.len() {
        let mut walk = Vec::new();
        let mut at = start;
        loop {
            match state.get(at).copied() {
                Some(2) | None => break,
                Some(1) => return false,
                _ => {}
            }
            state[at] = 1;
            walk.push(at);
            let next = table[at];
            if next >= 0xFFFF_FFFA {
                break;
            }
            at = next as usize;
        }
        for s in walk {
            state[s] = 2;
        }
    }
    true
}

/// What the thread that streams an Excel sheet hands over.
pub(super) enum Streamed {
    /// The sheet chosen: its rows follow.
    Sheet(String),
    /// A non-empty row.
    Row(RawRow),
    /// The sheet cannot be read further.
    Failed(ReadError),
}

/// How many rows of a streamed sheet wait between the thread that reads it and the import.
pub(super) const STREAM_QUEUE: usize = 256;

/// The sheet to read: the one asked for (by name, else by name ignoring case and spaces),
/// else the worksheets in the order to try (visible ones first).
pub(super) fn sheet_choice(
    book: &Book,
    sheets: &[String],
    options: &ReadOptions,
    ctx: &Ctx,
) -> Result<Vec<String>, ReadError> {
    match &options.sheet {
        Some(wanted) => Ok(vec![asked_sheet(sheets, wanted, ctx)?]),
        None => {
            let mut candidates: Vec<&calamine::Sheet> = book
                .sheets_metadata()
                .iter()
                .filter(|s| s.typ == calamine::SheetType::WorkSheet)
                .collect();
            candidates.sort_by_key(|s| s.visible != calamine::SheetVisible::Visible);
            Ok(candidates.into_iter().map(|s| s.name.clone()).collect())
        }
    }
}

/// Reads the first sheet of `names` that has data, cell by cell, and sends its non-empty
/// rows: memory holds one row at a time, never the sheet (calamine's `worksheet_range`
/// makes a rectangle of every cell from the first used one to the last, which a small damaged
/// or hostile file can make tens of gigabytes large). Returns when the sheet ends, a row
/// fails, or the receiver is gone.
pub(super) fn stream_xlsx(
    book: &mut Xlsx<BufReader<File>>,
    names: &[String],
    asked: bool,
    file_name: &str,
    tx: &std::sync::mpsc::SyncSender<Streamed>,
) {
    let mut first_error = None;
    for name in names {
        let mut cells = match book.worksheet_cells_reader(name) {
            Ok(cells) => cells,
            Err(XlsxError::NotAWorksheet(_)) => continue,
            Err(e) => {
                first_error.get_or_insert_with(|| ReadError::Damaged {
                    file: file_name.to_string(),
                    kind: Workbook::Excel,
                    reason: Damage::reader(e),
                });
                continue;
            }
        };
        // Each style's zero padding (see [`zero_padding`]), read once for the sheet.
        let padding: Vec<usize> = cells.styles().iter().map(zero_padding).collect();
        let mut started = false;
        let mut current: Option<RawRow> = None;
        let send_row = |row: RawRow, started: &mut bool| -> bool {
            let mut row = row;
            while row.cells.last().is_some_and(|t| t.trim().is_empty()) {
                row.cells.pop();
            }
            if row.cells.is_empty() {
                return true;
            }
            if !*started {
                *started = true;
                if tx.send(Streamed::Sheet(name.clone())).is_err() {
                    return false;
                }
            }
            tx.send(Streamed::Row(row)).is_ok()
        };
        loop {
            let (cell, style) = match cells.next_cell_with_style_id() {
                Ok(Some(cell)) => cell,
                Ok(None) => break,
                Err(e) => {
                    let e = ReadError::Damaged {
                        file: file_name.to_string(),
                        kind: Workbook::Excel,
                        reason: Damage::reader(e),
                    };
                    if started {
                        let _ = tx.send(Streamed::Failed(e));
                        return;
                    }
                    first_error.get_or_insert(e);
                    current = None;
                    break;
                }
            };
            let (row, column) = cell.get_position();
            let row = u64::from(row) + 1;
            let column = column as usize;
            if column >= MAX_COLUMNS {
                let _ = tx.send(Streamed::Failed(ReadError::TooWide {
                    file: file_name.to_string(),
                    row,
                }));
                return;
            }
            let data = Data::from(cell.get_value().clone());
            if matches!(data, Data::Empty) {
                continue;
            }
            if current.as_ref().is_some_and(|c| c.row != row)
                && let Some(done) = current.take()
                && !send_row(done, &mut started)
            {
                return;
            }
            let this = current.get_or_insert_with(|| RawRow {
                row,
                cells: Vec::new(),
                replaced: Vec::new(),
            });
            if this.cells.len() <= column {
                this.cells.resize(column + 1, String::new());
            }
            let mut text = cell_text(&data);
            if let Some(width) = padding.get(style).copied().filter(|w| *w > 0)
                && matches!(data, Data::Float(_) | Data::Int(_))
            {
                pad_with_zeros(&mut text, width);
            }
            strip_controls(&mut text);
            this.cells[column] = text;
        }
        if let Some(done) = current.take()
            && !send_row(done, &mut started)
        {
            return;
        }
        if started {
            return;
        }
        if asked {
            let _ = tx.send(Streamed::Failed(first_error.unwrap_or_else(|| {
                ReadError::EmptySheet {
                    file: file_name.to_string(),
                    sheet: name.clone(),
                }
            })));
            return;
        }
    }
    let _ = tx.send(Streamed::Failed(first_error.unwrap_or_else(|| {
        ReadError::Empty {
            file: file_name.to_string(),
        }
    })));
}

/// Rows of an Excel sheet: those read while looking for the header, then the rows the
/// reading thread sends.
pub(super) struct StreamedRows {
    sample: std::vec::IntoIter<RawRow>,
    rx: std::sync::mpsc::Receiver<Streamed>,
    /// Empty columns left of the table (see [`leading_columns`]), taken off each row.
    offset: usize,
}

/// How many empty columns lie left of every row of the sample: the table starts right of
/// them, as a spreadsheet's used range does.
pub(super) fn leading_columns(rows: &[RawRow]) -> usize {
    rows.iter()
        .map(|r| r.cells.iter().take_while(|c| c.trim().is_empty()).count())
        .min()
        .unwrap_or(0)
}

/// Takes a row's first `offset` cells off, when they are all empty (a later row with a value
/// there keeps it, and comes out one column wider than its header).
pub(super) fn shift_row(row: &mut RawRow, offset: usize) {
    if offset > 0
        && row.cells.len() >= offset
        && row.cells[..offset].iter().all(|c| c.trim().is_empty())
    {
        row.cells.drain(..offset);
    }
}

impl Iterator for StreamedRows {
    type Item = Result<RawRow, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(row) = self.sample.next() {
            return Some(Ok(row));
        }
        loop {
            return match self.rx.recv() {
                Ok(Streamed::Row(mut row)) => {
                    shift_row(&mut row, self.offset);
                    Some(Ok(row))
                }
                Ok(Streamed::Failed(e)) => Some(Err(e)),
                Ok(Streamed::Sheet(_)) => continue,
                Err(_) => None,
            };
        }
    }
}

impl RowStream for StreamedRows {}

/// An Excel workbook, its sheet streamed by a thread of its own (see [`stream_xlsx`]).
pub(super) fn read_xlsx(
    mut book: Xlsx<BufReader<File>>,
    sheets: Vec<String>,
    names: Vec<String>,
    options: &ReadOptions,
    ctx: Ctx,
) -> Result<Table, ReadError> {
    let asked = options.sheet.is_some();
    let file_name = ctx.file_name.clone();
    let stream = move |tx: &SyncSender<Streamed>| {
        stream_xlsx(&mut book, &names, asked, &file_name, tx);
    };
    read_streamed(Format::Xlsx, Workbook::Excel, sheets, options, ctx, stream)
}

/// An OpenDocument spreadsheet, its sheet streamed by a thread of its own (see
/// [`super::ods`]).
pub(super) fn read_ods(path: &Path, options: &ReadOptions, ctx: Ctx) -> Result<Table, ReadError> {
    let listed = ods_sheets(path, &ctx)?;
    let sheets: Vec<String> = listed.iter().map(|s| s.name.clone()).collect();
    let names = match &options.sheet {
        Some(wanted) => vec![asked_sheet(&sheets, wanted, &ctx)?],
        None => {
            // Visible sheets first, in their order.
            let mut order: Vec<&OdsSheet> = listed.iter().collect();
            order.sort_by_key(|s| s.hidden);
            order.into_iter().map(|s| s.name.clone()).collect()
        }
    };
    let asked = options.sheet.is_some();
    let path = path.to_path_buf();
    let stream_ctx = Ctx {
        file_name: ctx.file_name.clone(),
        sha256: String::new(),
        whole: ctx.whole,
    };
    let stream = move |tx: &SyncSender<Streamed>| {
        stream_ods(&path, &stream_ctx, &names, asked, tx);
    };
    read_streamed(Format::Ods, Workbook::Ods, sheets, options, ctx, stream)
}

/// The sheet asked for by name, else by name ignoring case and spaces.
fn asked_sheet(sheets: &[String], wanted: &str, ctx: &Ctx) -> Result<String, ReadError> {
    sheets
        .iter()
        .find(|s| *s == wanted)
        .or_else(|| {
            sheets
                .iter()
                .find(|s| s.trim().to_lowercase() == wanted.trim().to_lowercase())
        })
        .cloned()
        .ok_or_else(|| ReadError::SheetNotFound {
            file: ctx.file_name.clone(),
            sheet: wanted.to_string(),
            sheets: sheets.to_vec(),
        })
}

/// A workbook's sheet read by `stream` on a thread of its own, which sends the rows over a
/// bounded channel: the rows that decide the header are taken here, the rest are handed out
/// as the import asks for them.
fn read_streamed(
    format: Format,
    kind: Workbook,
    sheets: Vec<String>,
    options: &ReadOptions,
    ctx: Ctx,
    stream: impl FnOnce(&SyncSender<Streamed>) + Send + 'static,
) -> Result<Table, ReadError> {
    let (tx, rx) = std::sync::mpsc::sync_channel(STREAM_QUEUE);
    let file_name = ctx.file_name.clone();
    std::thread::Builder::new()
        .name("clientele-sheet".to_string())
        .spawn(move || {
            // The workbook reader can panic on some damaged files: the import gets an
            // error, never a truncated sheet.
            let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stream(&tx)));
            if read.is_err() {
                let _ = tx.send(Streamed::Failed(ReadError::Damaged {
                    file: file_name,
                    kind,
                    reason: Damage::NotTheFormat,
                }));
            }
        })
        .map_err(|source| ReadError::Io {
            file: ctx.file_name.clone(),
            source,
        })?;
    let sheet = loop {
        match rx.recv() {
            Ok(Streamed::Sheet(name)) => break name,
            Ok(Streamed::Failed(e)) => return Err(e),
            Ok(Streamed::Row(_)) => continue,
            Err(_) => {
                return Err(ReadError::Empty {
                    file: ctx.file_name,
                });
            }
        }
    };
    // The rows that decide the header: up to the one asked for, else the first twenty.
    let mut sample: Vec<RawRow> = Vec::new();
    let mut ended = false;
    loop {
        let enough = match options.header_row {
            Some(h) => sample.last().is_some_and(|r| r.row >= h as u64),
            None => sample.len() >= HEADER_SAMPLE,
        };
        if enough {
            break;
        }
        match rx.recv() {
            Ok(Streamed::Row(row)) => sample.push(row),
            Ok(Streamed::Failed(e)) => return Err(e),
            Ok(Streamed::Sheet(_)) => {}
            Err(_) => {
                ended = true;
                break;
            }
        }
    }
    let offset = leading_columns(&sample);
    for row in &mut sample {
        shift_row(row, offset);
    }
    let header_idx = match options.header_row {
        Some(h) => sample
            .iter()
            .position(|r| r.row >= h as u64)
            .ok_or_else(|| ReadError::HeaderRowNotFound {
                file: ctx.file_name.clone(),
                row: h,
            })?,
        None => detect_header(&sample),
    };
    let mut data = sample.split_off(header_idx + 1);
    let Some(header) = sample.pop() else {
        return Err(ReadError::Empty {
            file: ctx.file_name,
        });
    };
    if data.is_empty() && !ended {
        match rx.recv() {
            Ok(Streamed::Row(mut row)) => {
                shift_row(&mut row, offset);
                data.push(row);
            }
            Ok(Streamed::Failed(e)) => return Err(e),
            Ok(Streamed::Sheet(_)) | Err(_) => {}
        }
    }
    if data.is_empty() {
        return Err(ReadError::HeaderOnly {
            file: ctx.file_name,
        });
    }
    tracing::debug!(file = %ctx.file_name, ?format, sheet = %sheet, header_row = header.row, "opened workbook (streamed)");
    let rows = Box::new(StreamedRows {
        sample: data.into_iter(),
        rx,
        offset,
    });
    Ok(workbook_table(format, sheet, sheets, &header, ctx, rows))
}

/// Reads an opened workbook's sheet.
pub(super) fn read_opened(
    opened: Opened,
    path: &Path,
    options: &ReadOptions,
    ctx: Ctx,
) -> Result<Table, ReadError> {
    match opened {
        Opened::Book(book) => read_book(*book, options, ctx),
        Opened::Ods => read_ods(path, options, ctx),
    }
}

pub(super) fn read_book(
    mut book: Book,
    options: &ReadOptions,
    ctx: Ctx,
) -> Result<Table, ReadError> {
    if let Sheets::Xlsx(_) = &book {
        let sheets = book.sheet_names();
        let names = sheet_choice(&book, &sheets, options, &ctx)?;
        if let Sheets::Xlsx(xlsx) = book {
            return read_xlsx(xlsx, sheets, names, options, ctx);
        }
        return Err(ReadError::Empty {
            file: ctx.file_name,
        });
    }
    let (format, kind) = match &book {
        Sheets::Xls(_) => (Format::Xls, Workbook::Excel),
        Sheets::Ods(_) => (Format::Ods, Workbook::Ods),
        Sheets::Xlsx(_) | Sheets::Xlsb(_) => (Format::Xlsx, Workbook::Excel),
    };
    let sheets = book.sheet_names();
    let (sheet, rows) = match &options.sheet {
        Some(wanted) => {
            let name = asked_sheet(&sheets, wanted, &ctx)?;
            let range = book
                .worksheet_range(&name)
                .map_err(|e| unreadable(&ctx, kind, e))?;
            let rows = sheet_rows(&range);
            if rows.is_empty() {
                return Err(ReadError::EmptySheet {
                    file: ctx.file_name,
                    sheet: name,
                });
            }
            (name, rows)
        }
        None => {
            // The first visible worksheet with data; hidden ones only when no visible one
            // has any. A sheet that cannot be read is passed over unless none can.
            let metadata = book.sheets_metadata().to_vec();
            let mut candidates: Vec<&calamine::Sheet> = metadata
                .iter()
                .filter(|s| s.typ == calamine::SheetType::WorkSheet)
                .collect();
            candidates.sort_by_key(|s| s.visible != calamine::SheetVisible::Visible);
            let mut found = None;
            let mut first_error = None;
            for sheet in candidates {
                match book.worksheet_range(&sheet.name) {
                    Ok(range) => {
                        let rows = sheet_rows(&range);
                        if !rows.is_empty() {
                            found = Some((sheet.name.clone(), rows));
                            break;
                        }
                    }
                    Err(e) => {
                        first_error.get_or_insert_with(|| unreadable(&ctx, kind, e));
                    }
                }
            }
            match (found, first_error) {
                (Some(found), _) => found,
                (None, Some(e)) => return Err(e),
                (None, None) => {
                    return Err(ReadError::Empty {
                        file: ctx.file_name,
                    });
                }
            }
        }
    };
    if rows.is_empty() {
        return Err(ReadError::Empty {
            file: ctx.file_name,
        });
    }
    let header_idx = match options.header_row {
        Some(h) => rows.iter().position(|r| r.row >= h as u64).ok_or_else(|| {
            ReadError::HeaderRowNotFound {
                file: ctx.file_name.clone(),
                row: h,
            }
        })?,
        None => detect_header(&rows[..rows.len().min(HEADER_SAMPLE)]),
    };
    let mut rows = rows;
    let data = rows.split_off(header_idx + 1);
    let Some(header) = rows.pop() else {
        return Err(ReadError::Empty {
            file: ctx.file_name,
        });
    };
    if data.is_empty() {
        return Err(ReadError::HeaderOnly {
            file: ctx.file_name,
        });
    }
    tracing::debug!(file = %ctx.file_name, ?format, sheet = %sheet, header_row = header.row, "opened workbook");
    let rows = Box::new(ListedRows(data.into_iter()));
    Ok(workbook_table(format, sheet, sheets, &header, ctx, rows))
}

/// A workbook's sheet as a table, read whole or streamed.
pub(super) fn workbook_table(
    format: Format,
    sheet: String,
    sheets: Vec<String>,
    header: &RawRow,
    ctx: Ctx,
    rows: Box<dyn RowStream>,
) -> Table {
    Table {
        info: SourceInfo {
            format,
            encoding: None,
            encoding_detected: false,
            delimiter: None,
            sheet: Some(sheet),
            sheets,
            header_row: usize::try_from(header.row).unwrap_or(usize::MAX),
            sha256: ctx.sha256,
            file_name: ctx.file_name,
        },
        headers: clean_headers(&header.cells),
        rows,
    }
}

/// The non-empty rows of a sheet, numbered by sheet row, trailing empty cells dropped.
pub(super) fn sheet_rows(range: &calamine::Range<Data>) -> Vec<RawRow> {
    let Some((start_row, _)) = range.start() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, cells) in range.rows().enumerate() {
        let mut texts: Vec<String> = cells
            .iter()
            .map(|c| {
                let mut text = cell_text(c);
                strip_controls(&mut text);
                text
            })
            .collect();
        while texts.last().is_some_and(|t| t.trim().is_empty()) {
            texts.pop();
        }
        if texts.is_empty() {
            continue;
        }
        out.push(RawRow {
            row: u64::from(start_row) + i as u64 + 1,
            cells: texts,
            replaced: Vec::new(),
        });
    }
    out
}

/// A spreadsheet cell as text.
pub(super) fn cell_text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Float(f) => float_text(*f),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => {
            if d.is_duration() {
                return duration_text(d.as_f64());
            }
            let value = d.as_f64();
            match d.as_datetime() {
                Some(t) => {
                    let t = round_to_second(t);
                    if (0.0..1.0).contains(&value) && !d.is_duration() && value != 0.0 {
                        // A time of day without a date.
                        t.format("%H:%M:%S").to_string()
                    } else if t.time() == chrono::NaiveTime::MIN {
                        t.format("%Y-%m-%d").to_string()
                    } else {
                        t.format("%Y-%m-%d %H:%M:%S").to_string()
                    }
                }
                None => float_text(value),
            }
        }
        Data::DateTimeIso(s) => iso_datetime_text(s),
        Data::DurationIso(s) => s.clone(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

/// An ISO date-time as OpenDocument stores it (`1969-07-20T20:17:40`, maybe with `.000`)
/// in the form the other formats give (`1969-07-20 20:17:40`); other ISO text as it is.
pub(super) fn iso_datetime_text(text: &str) -> String {
    let b = text.as_bytes();
    let date_time = b.len() >= 19
        && b[10] == b'T'
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && b[11..19].iter().enumerate().all(|(i, c)| {
            if i == 2 || i == 5 {
                *c == b':'
            } else {
                c.is_ascii_digit()
            }
        });
    if !date_time {
        return text.to_string();
    }
    let rest = &text[19..];
    let rest = if rest.starts_with('.') && rest[1..].bytes().all(|c| c == b'0') {
        ""
    } else {
        rest
    };
    format!("{} {}{rest}", &text[..10], &text[11..19])
}

pub(super) fn round_to_second(t: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
    use chrono::Timelike;
    let extra = t.nanosecond() >= 500_000_000;
    let t = t.with_nanosecond(0).unwrap_or(t);
    if extra {
        t + chrono::Duration::seconds(1)
    } else {
        t
    }
}

pub(super) fn duration_text(days: f64) -> String {
    if !days.is_finite() {
        return String::new();
    }
    let total = (days * 86_400.0).round() as i64;
    let sign = if total < 0 { "-" } else { "" };
    let total = total.abs();
    format!(
        "{sign}{}:{:02}:{:02}",
        total / 3600,
        (total / 60) % 60,
        total % 60
    )
}

/// How many digits a style's number format writes at least, when it is a run of zeros
/// (`000000`: a customer number or a postcode typed as a number, shown with its leading
/// zeros): the cell's number is written that way, as the sheet shows it and as its CSV
/// export writes it (`1234` as `001234`). 0 for any other format.
pub(super) fn zero_padding(style: &calamine::Style) -> usize {
    let Some(format) = &style.number_format else {
        return 0;
    };
    // The first section is the one of positive numbers and zero.
    let code = format.format_code.split(';').next().unwrap_or("").trim();
    if code.len() >= 2 && code.bytes().all(|b| b == b'0') {
        code.len()
    } else {
        0
    }
}

/// Writes a whole number given as text with at least `width` digits, zeros first; any other
/// text (a fraction, a negative number) stays as it is.
pub(super) fn pad_with_zeros(text: &mut String, width: usize) {
    if text.len() < width && text.bytes().all(|b| b.is_ascii_digit()) {
        *text = format!("{text:0>width$}");
    }
}

/// A spreadsheet number as text: integers without `.0`, others with at most 15 significant
/// digits (as Excel shows them) and never with an exponent.
pub(super) fn float_text(f: f64) -> String {
    if !f.is_finite() {
        return String::new();
    }
    if f == f.trunc() && f.abs() < 1e15 {
        return format!("{}", f as i64);
    }
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    // Rust's `Display` for f64 never uses an exponent.
    let text = format!("{rounded}");
    if text == "-0" { "0".to_string() } else { text }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use sha2::{Digest, Sha256};

    use super::*;
    use crate::ingest::read::fixtures::*;
    use crate::ingest::read::*;

    #[test]
    fn truncated_xlsx_is_damaged() {
        let e = open_err(&data("bad/truncated.xlsx"));
        assert!(matches!(e, ReadError::Damaged { .. }), "{e:?}");
        assert!(
            e.to_string()
                .starts_with("truncated.xlsx: this file is damaged or incomplete (it may not have finished downloading), or it is not really an Excel file"),
            "{e}"
        );
    }

    #[test]
    fn text_named_xlsx_is_damaged() {
        let e = open_err(&data("bad/fake.xlsx"));
        assert!(matches!(e, ReadError::Damaged { .. }), "{e:?}");
        let msg = e.to_string();
        assert!(
            msg.starts_with("fake.xlsx: this file is damaged or incomplete (it may not have finished downloading), or it is not really an Excel file"),
            "{msg}"
        );
        assert!(msg.contains("rename it to .csv"), "{msg}");
    }

    #[test]
    fn text_named_xls_is_read_as_text() {
        let (table, rows) = open_bytes("export.xls", b"name\tcity\nAnn\tParis\n");
        assert_eq!(table.info.format, Format::Delimited);
        assert_eq!(table.info.delimiter, Some(b'\t'));
        assert_eq!(cells(&rows), vec![vec!["Ann", "Paris"]]);
    }

    #[test]
    fn password_protected_xlsx() {
        let e = open_err(&data("bad/protected.xlsx"));
        assert!(matches!(e, ReadError::Protected { .. }), "{e:?}");
        assert_eq!(
            e.to_string(),
            "protected.xlsx is protected by a password: open it in Excel, save it without a \
             password and import that copy"
        );
    }

    fn check_contacts(table: &Table, rows: &[RawRow]) {
        assert_eq!(table.info.sheet.as_deref(), Some("Contacts"));
        assert_eq!(table.info.header_row, 3);
        assert_eq!(table.info.encoding, None);
        assert_eq!(table.info.delimiter, None);
        assert_eq!(
            table.headers,
            vec![
                "Prénom",
                "Nom",
                "Courriel",
                "Téléphone",
                "Date de naissance",
                "Montant"
            ]
        );
        assert_eq!(
            rows.iter().map(|r| r.row).collect::<Vec<_>>(),
            vec![4, 5, 6, 7, 8]
        );
        assert_eq!(
            cells(rows),
            vec![
                vec![
                    "Hélène",
                    "Müller",
                    "helene.muller@example.fr",
                    "+33 6 12 34 56 78",
                    "1985-03-12",
                    "12.5"
                ],
                vec![
                    "Jean",
                    "Dupont",
                    "jean.dupont@example.fr",
                    "01 23 45 67 89",
                    "1990-12-01",
                    "12"
                ],
                vec![
                    "Արամ",
                    "Պետրոսյան",
                    "aram@example.am",
                    "+374 10 123456",
                    "1978-07-04",
                    "250.75"
                ],
                vec![
                    "伟",
                    "王",
                    "wang.wei@example.cn",
                    "13812345678",
                    "2000-01-31",
                    "1234"
                ],
                vec![
                    "Zoë",
                    "Ó Briain",
                    "zoe@example.ie",
                    "+353 86 123 4567",
                    "1969-07-20 20:17:40",
                    "0.1"
                ],
            ]
        );
    }

    #[test]
    fn contacts_xlsx() {
        let path = data("contacts.xlsx");
        let table = open(&path, &ReadOptions::default()).unwrap();
        assert_eq!(table.info.format, Format::Xlsx);
        assert_eq!(table.info.sheets, vec!["Contacts", "Notes", "Empty"]);
        assert_eq!(table.info.file_name, "contacts.xlsx");
        let bytes = std::fs::read(&path).unwrap();
        let expected: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(table.info.sha256, expected);
        assert_eq!(table.info.sha256.len(), 64);
        let (table, rows) = drain(table);
        check_contacts(&table, &rows);
    }

    #[test]
    fn contacts_ods() {
        let (table, rows) = preview(&data("contacts.ods"), &ReadOptions::default(), 100).unwrap();
        assert_eq!(table.info.format, Format::Ods);
        assert_eq!(table.info.sheets, vec!["Contacts", "Notes"]);
        check_contacts(&table, &rows);
    }

    #[test]
    fn contacts_xls_skips_the_empty_first_sheet() {
        let (table, rows) = preview(&data("contacts.xls"), &ReadOptions::default(), 100).unwrap();
        assert_eq!(table.info.format, Format::Xls);
        assert_eq!(table.info.sheets, vec!["Feuil1", "Contacts"]);
        check_contacts(&table, &rows);
    }

    #[test]
    fn chosen_sheet_and_missing_sheet() {
        let options = ReadOptions {
            sheet: Some("Notes".into()),
            ..ReadOptions::default()
        };
        let (table, rows) = preview(&data("contacts.xlsx"), &options, 10).unwrap();
        assert_eq!(table.info.sheet.as_deref(), Some("Notes"));
        assert_eq!(table.headers, vec!["Note"]);
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[0].cells, vec!["Imported from the till on 2025-03-12"]);

        let options = ReadOptions {
            sheet: Some("Clients".into()),
            ..ReadOptions::default()
        };
        let e = open(&data("contacts.xlsx"), &options).unwrap_err();
        assert!(matches!(e, ReadError::SheetNotFound { .. }), "{e:?}");
        assert_eq!(
            e.to_string(),
            "contacts.xlsx has no sheet named \"Clients\": its sheets are \"Contacts\", \
             \"Notes\", \"Empty\""
        );

        let options = ReadOptions {
            sheet: Some("Empty".into()),
            ..ReadOptions::default()
        };
        let e = open(&data("contacts.xlsx"), &options).unwrap_err();
        assert!(matches!(e, ReadError::EmptySheet { .. }), "{e:?}");
        assert_eq!(
            e.to_string(),
            "contacts.xlsx: the sheet \"Empty\" is empty: choose another sheet"
        );
    }

    #[test]
    fn forced_header_row_in_a_sheet() {
        let options = ReadOptions {
            header_row: Some(5),
            ..ReadOptions::default()
        };
        let (table, rows) = preview(&data("contacts.xlsx"), &options, 10).unwrap();
        assert_eq!(table.info.header_row, 5);
        assert_eq!(table.headers[0], "Jean");
        assert_eq!(rows[0].row, 6);
    }

    #[test]
    fn spreadsheet_values_as_text() {
        assert_eq!(float_text(12.0), "12");
        assert_eq!(float_text(12.5), "12.5");
        assert_eq!(float_text(-0.0), "0");
        assert_eq!(float_text(0.1 + 0.2), "0.3");
        assert_eq!(float_text(1e20), "100000000000000000000");
        assert_eq!(float_text(1.5e-7), "0.00000015");
        assert_eq!(float_text(f64::NAN), "");
        assert_eq!(cell_text(&Data::Int(7)), "7");
        assert_eq!(cell_text(&Data::Bool(true)), "true");
        assert_eq!(cell_text(&Data::Empty), "");
        assert_eq!(cell_text(&Data::Error(calamine::CellErrorType::Div0)), "");
        assert_eq!(
            cell_text(&Data::DateTimeIso("2025-03-12".into())),
            "2025-03-12"
        );
        assert_eq!(
            cell_text(&Data::DateTimeIso("2025-03-12T08:05:09.000".into())),
            "2025-03-12 08:05:09"
        );
        assert_eq!(
            cell_text(&Data::DateTimeIso("2025-03-12T08:05:09.5".into())),
            "2025-03-12 08:05:09.5"
        );
        assert_eq!(cell_text(&Data::DurationIso("PT1H".into())), "PT1H");
        let date = |v: f64, kind| Data::DateTime(calamine::ExcelDateTime::new(v, kind, false));
        assert_eq!(
            cell_text(&date(45728.0, calamine::ExcelDateTimeType::DateTime)),
            "2025-03-12"
        );
        assert_eq!(
            cell_text(&date(45728.75, calamine::ExcelDateTimeType::DateTime)),
            "2025-03-12 18:00:00"
        );
        assert_eq!(
            cell_text(&date(0.5, calamine::ExcelDateTimeType::DateTime)),
            "12:00:00"
        );
        assert_eq!(
            cell_text(&date(1.25, calamine::ExcelDateTimeType::TimeDelta)),
            "30:00:00"
        );
    }
}
