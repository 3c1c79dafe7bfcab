//! Reading import files: open a file a shop exported and yield its header and rows as text.
//!
//! The format is decided by the file's content, never by its name: a ZIP container holding
//! `xl/workbook.xml` is an Excel workbook, one with the OpenDocument spreadsheet mimetype is
//! an ODS file, an OLE container is a legacy `.xls` (or a password-protected Excel file),
//! and anything that decodes as text is delimited text (CSV, semicolon CSV, TSV, pipe).
//! Images, PDFs, programs and other binary data are refused with a message that says what
//! the file looks like.
//!
//! Delimited text is streamed: the file is decoded from its encoding (byte-order mark first,
//! then a UTF-8 check of the first 64 KiB, then `chardetng`) on the fly and parsed by the
//! `csv` crate record by record, so a file of any size goes through in bounded memory.
//! Workbooks are read with `calamine`, one sheet at a time.
//!
//! The header row is detected (report titles and blank lines above it are skipped) unless the
//! caller forces it. Cells come out as text exactly as written (spreadsheet numbers and dates
//! are turned into plain text: `12`, `12.5`, `2025-03-12`); interpreting them is the job of
//! the later ingest steps, and so is reporting ragged rows.
//!
//! Known limits of encoding detection: `chardetng` needs a few lines of real text to tell
//! the Cyrillic encodings (windows-1251, KOI8-R) apart, and it never answers ISO-8859-15;
//! an ISO-8859-15 file is recognised by its euro sign (byte `A4` next to a digit) and is
//! otherwise read as windows-1252, which differs from it in only eight letters. Detection
//! looks at the first 64 KiB only: a file that is plain ASCII there and has accented letters
//! in another encoding further on is read as UTF-8 (those letters become U+FFFD). The user
//! can always force the encoding.

use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use calamine::{Data, Ods, Reader, Sheets, Xls, XlsError, Xlsx, XlsxError};
use encoding_rs::Encoding;
use encoding_rs_io::DecodeReaderBytesBuilder;
use sha2::{Digest, Sha256};

/// How many bytes at the start of a file are looked at to sniff format and encoding.
const HEAD_LEN: usize = 64 * 1024;
/// How many logical lines are looked at to sniff the delimiter.
const SNIFF_LINES: usize = 50;
/// How many non-empty rows are looked at to find the header row.
const HEADER_SAMPLE: usize = 20;

/// What kind of file it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Format {
    /// Delimited text: CSV, semicolon CSV, TSV, pipe-separated.
    Delimited,
    /// An Excel 2007+ workbook (`.xlsx`, `.xlsm`).
    Xlsx,
    /// A legacy Excel 97-2003 workbook (`.xls`).
    Xls,
    /// An OpenDocument spreadsheet (`.ods`).
    Ods,
}

/// Choices the user can force; `None` means detect.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// An `encoding_rs` label such as "utf-8", "windows-1252", "iso-8859-15",
    /// "windows-1251", "koi8-r", "gbk", "gb18030", "big5", "utf-16le", "utf-16be".
    pub encoding: Option<String>,
    /// The delimiter of a text file: `b','`, `b';'`, `b'\t'` or `b'|'`.
    pub delimiter: Option<u8>,
    /// The sheet of a workbook (default: the first sheet that has data).
    pub sheet: Option<String>,
    /// 1-based row number of the header (default: detected).
    pub header_row: Option<usize>,
}

/// What was found out about the file (shown to the user and stored with the import).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceInfo {
    /// The kind of file, decided by its content.
    pub format: Format,
    /// The `encoding_rs` name of a text file's encoding (`None` for workbooks).
    pub encoding: Option<&'static str>,
    /// True when the encoding was detected, false when forced by [`ReadOptions`].
    pub encoding_detected: bool,
    /// The delimiter of a text file (`None` for workbooks).
    pub delimiter: Option<u8>,
    /// The sheet that was read (`None` for text files).
    pub sheet: Option<String>,
    /// All sheet names of a workbook, in workbook order (empty for text files).
    pub sheets: Vec<String>,
    /// 1-based row of the header in the file (text: line number) or sheet.
    pub header_row: usize,
    /// Lower-case hex SHA-256 of the whole file's bytes.
    pub sha256: String,
    /// The file's name without folders.
    pub file_name: String,
}

/// One data row, with the 1-based row number a person would see in a spreadsheet program or
/// text editor: for text, the line on which the record starts (header and title lines
/// counted); for sheets, the sheet row number.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawRow {
    /// 1-based row (sheet) or first line (text) of this row.
    pub row: u64,
    /// The cells as text, as written (ragged rows are passed through as they are).
    pub cells: Vec<String>,
    /// The cells (0-based) in which bytes that are not text in the file's encoding were
    /// replaced by U+FFFD: the encoding is decided from the file's first 64 KiB, and a
    /// later part may be in another one. The import warns about each such row.
    pub replaced: Vec<usize>,
}

/// An open table: header, information about the file, and the data rows (a streaming
/// iterator for text files).
pub struct Table {
    /// What was found out about the file.
    pub info: SourceInfo,
    /// Column names: trimmed; an empty header cell becomes "Column N" (1-based); duplicate
    /// names get " (2)", " (3)".
    pub headers: Vec<String>,
    /// The data rows below the header; an error ends the stream.
    pub rows: Box<dyn RowStream>,
}

/// The data rows of a table: an iterator that can also read the next row into a row the
/// caller keeps, reusing its strings, so that a long file goes through without new strings
/// for every cell. Both give the same rows.
pub trait RowStream: Iterator<Item = Result<RawRow, ReadError>> + Send {
    /// Reads the next row into `row`; false at the end (then `row` is left as it was).
    fn next_into(&mut self, row: &mut RawRow) -> Result<bool, ReadError> {
        match self.next() {
            Some(Ok(next)) => {
                *row = next;
                Ok(true)
            }
            Some(Err(e)) => Err(e),
            None => Ok(false),
        }
    }
}

/// Rows already in memory (a sheet, or none).
struct ListedRows(std::vec::IntoIter<RawRow>);

impl Iterator for ListedRows {
    type Item = Result<RawRow, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(Ok)
    }
}

impl RowStream for ListedRows {}

/// No rows.
impl RowStream for std::iter::Empty<Result<RawRow, ReadError>> {}

/// Rows of a text file: those read while looking for the header, then the stream.
struct TextStream {
    sample: std::vec::IntoIter<RawRow>,
    rows: TextRows,
}

impl Iterator for TextStream {
    type Item = Result<RawRow, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.sample.next() {
            Some(row) => Some(Ok(row)),
            None => self.rows.next(),
        }
    }
}

impl RowStream for TextStream {
    fn next_into(&mut self, row: &mut RawRow) -> Result<bool, ReadError> {
        match self.sample.next() {
            Some(next) => {
                *row = next;
                Ok(true)
            }
            None => self.rows.next_into(row),
        }
    }
}

impl fmt::Debug for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Table")
            .field("info", &self.info)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}

/// Why a file cannot be read. Every message names the file (and row where there is one) in
/// plain words and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error("cannot read {file}: {source}")]
    Io {
        /// The file's name.
        file: String,
        /// The operating system's reason.
        source: io::Error,
    },
    /// The file has no content (0 bytes, or only spaces, blank lines or a byte-order mark).
    #[error("{file} is empty: there is nothing to import")]
    Empty {
        /// The file's name.
        file: String,
    },
    /// The sheet the user chose has nothing in it.
    #[error("{file}: the sheet \"{sheet}\" is empty: choose another sheet")]
    EmptySheet {
        /// The file's name.
        file: String,
        /// The sheet asked for.
        sheet: String,
    },
    /// The file has a header row and nothing below it.
    #[error("{file} has a header but no rows")]
    HeaderOnly {
        /// The file's name.
        file: String,
    },
    /// The file is neither text nor a spreadsheet (an image, a PDF, a program, ...).
    #[error(
        "{file} is not a text or spreadsheet file (it looks like {looks_like}): \
         export the data from its program as CSV or Excel and import that file"
    )]
    NotATable {
        /// The file's name.
        file: String,
        /// What the file looks like, e.g. "a PNG image".
        looks_like: String,
    },
    /// A kind of spreadsheet that cannot be read (Excel binary `.xlsb`, Excel 2003 XML).
    #[error("{file} is {what}, which cannot be imported: {advice}")]
    Unsupported {
        /// The file's name.
        file: String,
        /// What the file is.
        what: String,
        /// What to do instead.
        advice: String,
    },
    /// A workbook that cannot be opened: cut short, corrupted, or not really a workbook.
    #[error(
        "{file}: this file is damaged or incomplete (it may not have finished downloading), or it is not really {kind} (details: {reason})"
    )]
    Damaged {
        /// The file's name.
        file: String,
        /// What it claims to be, e.g. "an Excel file".
        kind: String,
        /// Why it cannot be opened.
        reason: String,
    },
    /// A workbook encrypted with a password.
    #[error(
        "{file} is protected by a password: open it in {program}, save it without a password \
         and import that copy"
    )]
    Protected {
        /// The file's name.
        file: String,
        /// The program to remove the password with.
        program: String,
    },
    /// A quoted value that is never closed: the rest of the file would become one value.
    #[error("{file}, row {row}: a quoted value is never closed (a \" is missing)")]
    UnterminatedQuote {
        /// The file's name.
        file: String,
        /// The line on which the record with the open quote starts.
        row: u64,
    },
    /// The encoding label the user gave is not known.
    #[error(
        "cannot read {file} as \"{label}\": that is not a known text encoding; use one such as \
         utf-8, windows-1252, iso-8859-15, windows-1251, koi8-r, gbk, gb18030, big5, utf-16le \
         or utf-16be"
    )]
    UnknownEncoding {
        /// The file's name.
        file: String,
        /// The label as given.
        label: String,
    },
    /// The sheet the user asked for does not exist.
    #[error("{file} has no sheet named \"{sheet}\": its sheets are {}", quoted_list(.sheets))]
    SheetNotFound {
        /// The file's name.
        file: String,
        /// The sheet asked for.
        sheet: String,
        /// The sheets that exist.
        sheets: Vec<String>,
    },
    /// Not a file: a folder, a pipe, a device.
    #[error(
        "{file} is {what}, not a file: choose the file itself (save what a program sends into a file first)"
    )]
    NotAFile {
        /// The name given.
        file: String,
        /// What it is.
        what: &'static str,
    },
    /// A workbook that would unpack to far more than any shop's file (a zip bomb, or a
    /// damaged file).
    #[error(
        "{file}: this file would take more than {size} to read; it may be damaged or \
         built to harm. It was not imported"
    )]
    TooLarge {
        /// The file's name.
        file: String,
        /// The bound passed, as "1 GB" or "96 MB".
        size: String,
    },
    /// More columns than a spreadsheet program has.
    #[error(
        "{file}, row {row}: more than {MAX_COLUMNS} columns (the most a spreadsheet has); \
         the file may be damaged, or its delimiter is not the one detected"
    )]
    TooWide {
        /// The file's name.
        file: String,
        /// The row with too many columns.
        row: u64,
    },
    /// The header row the user asked for is past the end of the data.
    #[error(
        "{file} has no row {row} or below it with anything in it: choose an earlier header row"
    )]
    HeaderRowNotFound {
        /// The file's name.
        file: String,
        /// The row asked for.
        row: usize,
    },
}

/// The most a workbook's parts may take once unpacked, in bytes (all parts together): past
/// it a file is refused before it is read. A 1 000 000-row sheet of ten columns unpacks to
/// about 400 MB.
pub const UNPACKED_LIMIT: u64 = 1 << 30;
/// The most the parts a workbook reader keeps whole in memory (an Excel file's shared
/// strings, an OpenDocument file's content) may take once unpacked, in bytes.
pub const UNPACKED_HELD_LIMIT: u64 = 96 << 20;
/// The most a part may grow when unpacked, as a multiple of its packed size, once it is past
/// 1 MB: spreadsheets pack 5 to 30 times, a zip bomb hundreds of times (the torture
/// test's, 345 times; deflate's most is about 1 030).
pub const UNPACK_RATIO_LIMIT: u64 = 100;
/// The most columns a file may have (Excel's own limit).
pub const MAX_COLUMNS: usize = 16_384;

fn quoted_list(names: &[String]) -> String {
    if names.is_empty() {
        return "none".to_string();
    }
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Opens a file: detects its format (and for text its encoding and delimiter), finds the
/// header row and returns the header with a stream of the data rows.
///
/// Errors met while looking at the first rows (up to 20) are returned here; later ones come
/// out of [`Table::rows`], which ends after an error.
pub fn open(path: &Path, options: &ReadOptions) -> Result<Table, ReadError> {
    open_inner(path, options, Hashing::Before)
}

/// Like [`open`], without reading the whole file once more for its SHA-256 (the import
/// already has it from its plan): `info.sha256` is left empty.
pub(crate) fn open_unhashed(path: &Path, options: &ReadOptions) -> Result<Table, ReadError> {
    open_inner(path, options, Hashing::None)
}

/// Like [`open_unhashed`], and the file's SHA-256 is worked out from the bytes the rows are
/// read from, as they are read: it is known once the rows have been read to the end (a
/// workbook, read whole by its reader, is hashed before).
pub(crate) fn open_hashing(
    path: &Path,
    options: &ReadOptions,
) -> Result<(Table, StreamedHash), ReadError> {
    let hash = StreamedHash::default();
    let table = open_inner(path, options, Hashing::While(hash.clone()))?;
    Ok((table, hash))
}

/// A file's SHA-256 (lowercase hex), once the stream that hashes it has read the file to
/// its end.
#[derive(Clone, Debug, Default)]
pub(crate) struct StreamedHash(std::sync::Arc<std::sync::OnceLock<String>>);

impl StreamedHash {
    /// The hash; `None` until the whole file has been read.
    pub(crate) fn get(&self) -> Option<&str> {
        self.0.get().map(String::as_str)
    }

    fn set(&self, hash: String) {
        // Set once: a second end of file (a reader asking again) has the same bytes behind.
        let _ = self.0.set(hash);
    }
}

/// When a file's SHA-256 is worked out.
enum Hashing {
    /// Not at all.
    None,
    /// Before anything else, by reading the whole file once.
    Before,
    /// While the rows are read (delimited text), or before (workbooks).
    While(StreamedHash),
}

/// A reader that hashes every byte read through it, and hands the hash over at the end of
/// the file. Hashing on the thread that reads the rows costs the import nothing where the
/// thread that writes them sets the pace; hashing first kept both threads waiting (85 ms
/// for a 100 MB file).
struct HashingRead<R> {
    inner: R,
    hasher: Option<Sha256>,
    out: StreamedHash,
}

impl<R: Read> Read for HashingRead<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(hasher) = &mut self.hasher {
            if n > 0 {
                hasher.update(&buf[..n]);
            } else if !buf.is_empty()
                && let Some(hasher) = self.hasher.take()
            {
                self.out.set(hex(&hasher.finalize()));
            }
        }
        Ok(n)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn open_inner(path: &Path, options: &ReadOptions, hashing: Hashing) -> Result<Table, ReadError> {
    let file_name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let io_err = |source: io::Error| ReadError::Io {
        file: file_name.clone(),
        source,
    };
    // A pipe, a device or a socket would be opened several times (sniffed, hashed, read),
    // and opening a pipe waits for a writer: only files are read. Looked at without
    // opening it.
    let meta = std::fs::metadata(path).map_err(io_err)?;
    if meta.is_dir() {
        return Err(ReadError::NotAFile {
            file: file_name,
            what: "a folder",
        });
    }
    if !meta.is_file() {
        return Err(ReadError::NotAFile {
            file: file_name,
            what: "a pipe, a device or a socket",
        });
    }
    let (head, total_len) = read_head(path).map_err(io_err)?;
    if total_len == 0 {
        return Err(ReadError::Empty { file: file_name });
    }
    let zip = head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06");
    let ole = head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    let (sha256, streamed) = match hashing {
        Hashing::None => (String::new(), None),
        Hashing::Before => (hash_file(path).map_err(io_err)?, None),
        Hashing::While(out) if zip || ole => {
            out.set(hash_file(path).map_err(io_err)?);
            (String::new(), None)
        }
        Hashing::While(out) => (String::new(), Some(out)),
    };
    let ctx = Ctx {
        file_name,
        sha256,
        whole: head.len() as u64 >= total_len,
    };
    if zip || ole {
        // The workbook readers can panic on some damaged files (fuzzing found one); a
        // damaged file must be an error the owner reads, never a crash.
        let file = ctx.file_name.clone();
        let kind = if zip && contains(&head, b"opendocument") {
            ODS
        } else {
            EXCEL
        };
        let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let book = if zip {
                open_zip(path, &head, &ctx)?
            } else {
                open_ole(path, &ctx)?
            };
            read_book(book, options, ctx)
        }));
        return read.unwrap_or_else(|_| {
            Err(ReadError::Damaged {
                file,
                kind: kind.to_string(),
                reason: "its content does not follow the format".to_string(),
            })
        });
    }
    if let Some(what) = binary_magic(&head) {
        return Err(ReadError::NotATable {
            file: ctx.file_name,
            looks_like: what.to_string(),
        });
    }
    open_text(path, &head, options, ctx, streamed)
}

/// Convenience: the header plus at most `n` rows, for previews and detection. The returned
/// table's row stream is empty.
pub fn preview(
    path: &Path,
    options: &ReadOptions,
    n: usize,
) -> Result<(Table, Vec<RawRow>), ReadError> {
    preview_from(open(path, options)?, n)
}

/// Like [`preview`], without the file's SHA-256 (`info.sha256` is left empty).
pub(crate) fn preview_unhashed(
    path: &Path,
    options: &ReadOptions,
    n: usize,
) -> Result<(Table, Vec<RawRow>), ReadError> {
    preview_from(open_unhashed(path, options)?, n)
}

fn preview_from(mut table: Table, n: usize) -> Result<(Table, Vec<RawRow>), ReadError> {
    let rows = table.rows.by_ref().take(n).collect::<Result<Vec<_>, _>>()?;
    table.rows = Box::new(std::iter::empty());
    Ok((table, rows))
}

/// What every reader needs to know about the file.
struct Ctx {
    file_name: String,
    sha256: String,
    /// True when the head holds the whole file.
    whole: bool,
}

fn read_head(path: &Path) -> io::Result<(Vec<u8>, u64)> {
    let mut file = File::open(path)?;
    let total_len = file.metadata()?.len();
    let mut head = Vec::with_capacity(HEAD_LEN.min(usize::try_from(total_len).unwrap_or(0)));
    file.by_ref().take(HEAD_LEN as u64).read_to_end(&mut head)?;
    // The length may have changed since the metadata was read; trust what was read.
    let total_len = if head.len() < HEAD_LEN {
        head.len() as u64
    } else {
        total_len.max(head.len() as u64)
    };
    Ok((head, total_len))
}

fn hash_file(path: &Path) -> io::Result<String> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Binary formats recognised by their first bytes.
fn binary_magic(head: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"%PDF-", "a PDF document"),
        (b"\x7FELF", "a program"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"Rar!\x1A\x07", "a RAR archive"),
        (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
        (b"SQLite format 3\0", "an SQLite database"),
        (b"BM", ""),
        (b"RIFF", "a sound or video file"),
        (b"ID3\x03", "an MP3 sound file"),
        (b"ID3\x04", "an MP3 sound file"),
        (b"{\\rtf", "a rich-text (RTF) document"),
    ];
    for (magic, what) in MAGIC {
        if head.starts_with(magic) {
            if what.is_empty() {
                // "BM" is also how an ordinary text file may start: only a real bitmap header.
                if head.len() > 30 && head[6..10] == [0, 0, 0, 0] {
                    return Some("a BMP image");
                }
                continue;
            }
            return Some(what);
        }
    }
    if head.len() > 12 && &head[4..8] == b"ftyp" {
        return Some("a video or HEIC photo");
    }
    if head.starts_with(b"MZ")
        && head.len() > 64
        && contains(&head[..head.len().min(512)], b"PE\0\0")
    {
        return Some("a Windows program");
    }
    None
}

// ---------------------------------------------------------------------------------------
// Workbooks
// ---------------------------------------------------------------------------------------

type Book = Sheets<BufReader<File>>;

fn open_reader(path: &Path, ctx: &Ctx) -> Result<BufReader<File>, ReadError> {
    File::open(path)
        .map(BufReader::new)
        .map_err(|source| ReadError::Io {
            file: ctx.file_name.clone(),
            source,
        })
}

fn damaged(ctx: &Ctx, kind: &str, reason: impl fmt::Display) -> ReadError {
    ReadError::Damaged {
        file: ctx.file_name.clone(),
        kind: kind.to_string(),
        reason: reason.to_string(),
    }
}

const EXCEL: &str = "an Excel file";
const ODS: &str = "an OpenDocument spreadsheet";

fn protected(ctx: &Ctx, program: &str) -> ReadError {
    ReadError::Protected {
        file: ctx.file_name.clone(),
        program: program.to_string(),
    }
}

fn open_zip(path: &Path, head: &[u8], ctx: &Ctx) -> Result<Book, ReadError> {
    let ods_mime = b"application/vnd.oasis.opendocument.spreadsheet";
    let is_ods = contains(head, b"mimetype") && contains(head, ods_mime);
    let is_xlsb = contains(head, b"xl/workbook.bin") || contains(head, b"xl/worksheets/sheet1.bin");
    if is_xlsb {
        return Err(ReadError::Unsupported {
            file: ctx.file_name.clone(),
            what: "an Excel binary workbook (.xlsb)".to_string(),
            advice: "open it in Excel, save it as an Excel workbook (.xlsx) and import that copy"
                .to_string(),
        });
    }
    if is_ods {
        return open_ods(path, ctx);
    }
    if contains(head, b"xl/") {
        return open_xlsx(path, ctx);
    }
    let other = if contains(head, b"word/") {
        Some("a Word document")
    } else if contains(head, b"ppt/") {
        Some("a PowerPoint presentation")
    } else if contains(head, b"mimetype") && contains(head, b"application/vnd.oasis.opendocument.")
    {
        Some("an OpenDocument text or presentation")
    } else if contains(head, b"mimetype") && contains(head, b"application/epub+zip") {
        Some("an e-book")
    } else {
        None
    };
    if let Some(what) = other {
        return Err(ReadError::NotATable {
            file: ctx.file_name.clone(),
            looks_like: what.to_string(),
        });
    }
    // The names inside may be further in than the head: ask the readers themselves.
    check_unpacked_sizes(
        path,
        ctx,
        EXCEL,
        &[
            "sharedStrings.xml",
            "styles.xml",
            "workbook.xml",
            "content.xml",
        ],
    )?;
    if let Ok(book) = Xlsx::new(open_reader(path, ctx)?) {
        return Ok(Sheets::Xlsx(book));
    }
    if let Ok(book) = Ods::new(open_reader(path, ctx)?) {
        return Ok(Sheets::Ods(book));
    }
    Err(ReadError::NotATable {
        file: ctx.file_name.clone(),
        looks_like: "a ZIP archive".to_string(),
    })
}

/// The size a byte count is shown with in [`ReadError::TooLarge`].
fn size_text(bytes: u64) -> String {
    if bytes >= 1 << 30 {
        format!("{} GB", bytes.div_ceil(1 << 30))
    } else {
        format!("{} MB", bytes.div_ceil(1 << 20))
    }
}

/// Checks what a ZIP-based workbook unpacks to before any reader unpacks it: first the sizes
/// its directory declares, then the sizes its parts really unpack to (counted as they are
/// unpacked, nothing kept, stopping at the bound: a directory can lie). Refuses a file whose
/// parts together pass [`UNPACKED_LIMIT`], whose parts the reader keeps whole (`held`: the
/// names that end so) pass [`UNPACKED_HELD_LIMIT`], or whose part past 1 MB grows more than
/// [`UNPACK_RATIO_LIMIT`] times.
fn check_unpacked_sizes(
    path: &Path,
    ctx: &Ctx,
    kind: &str,
    held: &[&str],
) -> Result<(), ReadError> {
    let file = open_reader(path, ctx)?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| damaged(ctx, kind, e))?;
    let too_large = |bytes: u64| ReadError::TooLarge {
        file: ctx.file_name.clone(),
        size: size_text(bytes),
    };
    let is_held = |name: zip::result::ZipResult<std::borrow::Cow<'_, str>>| {
        name.is_ok_and(|name| held.iter().any(|h| name.ends_with(h)))
    };
    let mut declared_total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| damaged(ctx, kind, e))?;
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

fn open_xlsx(path: &Path, ctx: &Ctx) -> Result<Book, ReadError> {
    check_unpacked_sizes(
        path,
        ctx,
        EXCEL,
        &["sharedStrings.xml", "styles.xml", "workbook.xml"],
    )?;
    match Xlsx::new(open_reader(path, ctx)?) {
        Ok(book) => Ok(Sheets::Xlsx(book)),
        Err(XlsxError::Password) => Err(protected(ctx, "Excel")),
        Err(e) => Err(damaged(ctx, EXCEL, e)),
    }
}

fn open_ods(path: &Path, ctx: &Ctx) -> Result<Book, ReadError> {
    check_unpacked_sizes(path, ctx, ODS, &["content.xml", "styles.xml"])?;
    match Ods::new(open_reader(path, ctx)?) {
        Ok(book) => Ok(Sheets::Ods(book)),
        Err(calamine::OdsError::Password) => Err(protected(ctx, "LibreOffice Calc")),
        Err(e) => Err(damaged(ctx, ODS, e)),
    }
}

/// An OLE container: a legacy `.xls`, or an encrypted Excel 2007+ workbook (which Excel
/// stores as an OLE file holding `EncryptionInfo` and `EncryptedPackage`).
fn open_ole(path: &Path, ctx: &Ctx) -> Result<Book, ReadError> {
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        file: ctx.file_name.clone(),
        source,
    })?;
    if let Err(reason) = ole_chains_are_sound(&bytes) {
        return Err(damaged(ctx, EXCEL, reason));
    }
    drop(bytes);
    if let Err(XlsxError::Password) = Xlsx::new(open_reader(path, ctx)?) {
        return Err(protected(ctx, "Excel"));
    }
    match Xls::new(open_reader(path, ctx)?) {
        Ok(book) => Ok(Sheets::Xls(book)),
        Err(XlsError::Password) => Err(protected(ctx, "Excel")),
        Err(e) => Err(damaged(ctx, EXCEL, e)),
    }
}

/// Checks the sector tables of an OLE (compound file) container before calamine reads it: a
/// damaged file whose sector chains loop would make the reader follow them for ever and
/// allocate without bound. Every chain must end; the sizes in the header must be sane.
fn ole_chains_are_sound(bytes: &[u8]) -> Result<(), String> {
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
    let broken = |what: &str| format!("its {what} is damaged");
    let shift = u16_at(0x1E).ok_or_else(|| broken("header"))?;
    if shift != 9 && shift != 12 {
        return Err(broken("header (sector size)"));
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
    let mut difat = u32_at(0x44).ok_or_else(|| broken("header"))?;
    let mut hops = 0usize;
    while difat != END && difat != FREE {
        hops += 1;
        if hops > sectors {
            return Err(broken("sector table (a chain loops)"));
        }
        let data = sector_bytes(difat).ok_or_else(|| broken("sector table"))?;
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
        return Err(broken("sector table"));
    }
    let mut fat: Vec<u32> = Vec::with_capacity(fat_sectors.len() * sector / 4);
    for id in &fat_sectors {
        let data = sector_bytes(*id).ok_or_else(|| broken("sector table"))?;
        fat.extend(
            data.chunks_exact(4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
        );
    }
    if !chains_end(&fat) {
        return Err(broken("sector table (a chain loops)"));
    }
    // The small streams have their own table, stored in a chain of the main one.
    let mut mini: Vec<u32> = Vec::new();
    let mut at = u32_at(0x3C).ok_or_else(|| broken("header"))?;
    let mut hops = 0usize;
    while at < 0xFFFF_FFFA {
        hops += 1;
        if hops > sectors {
            return Err(broken("small-stream table (a chain loops)"));
        }
        let data = sector_bytes(at).ok_or_else(|| broken("small-stream table"))?;
        mini.extend(
            data.chunks_exact(4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
        );
        at = fat.get(at as usize).copied().unwrap_or(END);
    }
    if !chains_end(&mini) {
        return Err(broken("small-stream table (a chain loops)"));
    }
    Ok(())
}

/// Whether every chain of a sector table ends (none loops back on itself).
fn chains_end(table: &[u32]) -> bool {
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
enum Streamed {
    /// The sheet chosen: its rows follow.
    Sheet(String),
    /// A non-empty row.
    Row(RawRow),
    /// The sheet cannot be read further.
    Failed(ReadError),
}

/// How many rows of a streamed sheet wait between the thread that reads it and the import.
const STREAM_QUEUE: usize = 256;

/// The sheet to read: the one asked for (by name, else by name ignoring case and spaces),
/// else the worksheets in the order to try (visible ones first).
fn sheet_choice(
    book: &Book,
    sheets: &[String],
    options: &ReadOptions,
    ctx: &Ctx,
) -> Result<Vec<String>, ReadError> {
    match &options.sheet {
        Some(wanted) => sheets
            .iter()
            .find(|s| *s == wanted)
            .or_else(|| {
                sheets
                    .iter()
                    .find(|s| s.trim().to_lowercase() == wanted.trim().to_lowercase())
            })
            .map(|name| vec![name.clone()])
            .ok_or_else(|| ReadError::SheetNotFound {
                file: ctx.file_name.clone(),
                sheet: wanted.clone(),
                sheets: sheets.to_vec(),
            }),
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
fn stream_xlsx(
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
                    kind: EXCEL.to_string(),
                    reason: e.to_string(),
                });
                continue;
            }
        };
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
            let cell = match cells.next_cell() {
                Ok(Some(cell)) => cell,
                Ok(None) => break,
                Err(e) => {
                    let e = ReadError::Damaged {
                        file: file_name.to_string(),
                        kind: EXCEL.to_string(),
                        reason: e.to_string(),
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
struct StreamedRows {
    sample: std::vec::IntoIter<RawRow>,
    rx: std::sync::mpsc::Receiver<Streamed>,
    /// Empty columns left of the table (see [`leading_columns`]), taken off each row.
    offset: usize,
}

/// How many empty columns lie left of every row of the sample: the table starts right of
/// them, as a spreadsheet's used range does.
fn leading_columns(rows: &[RawRow]) -> usize {
    rows.iter()
        .map(|r| r.cells.iter().take_while(|c| c.trim().is_empty()).count())
        .min()
        .unwrap_or(0)
}

/// Takes a row's first `offset` cells off, when they are all empty (a later row with a value
/// there keeps it, and comes out one column wider than its header).
fn shift_row(row: &mut RawRow, offset: usize) {
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
fn read_xlsx(
    mut book: Xlsx<BufReader<File>>,
    sheets: Vec<String>,
    names: Vec<String>,
    options: &ReadOptions,
    ctx: Ctx,
) -> Result<Table, ReadError> {
    let (tx, rx) = std::sync::mpsc::sync_channel(STREAM_QUEUE);
    let asked = options.sheet.is_some();
    let file_name = ctx.file_name.clone();
    std::thread::Builder::new()
        .name("clientele-sheet".to_string())
        .spawn(move || {
            // The workbook reader can panic on some damaged files: the import gets an
            // error, never a truncated sheet.
            let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                stream_xlsx(&mut book, &names, asked, &file_name, &tx)
            }));
            if read.is_err() {
                let _ = tx.send(Streamed::Failed(ReadError::Damaged {
                    file: file_name,
                    kind: EXCEL.to_string(),
                    reason: "its content does not follow the format".to_string(),
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
    tracing::debug!(file = %ctx.file_name, sheet = %sheet, header_row = header.row, "opened workbook (streamed)");
    let rows = Box::new(StreamedRows {
        sample: data.into_iter(),
        rx,
        offset,
    });
    Ok(workbook_table(
        Format::Xlsx,
        sheet,
        sheets,
        &header,
        ctx,
        rows,
    ))
}

fn read_book(mut book: Book, options: &ReadOptions, ctx: Ctx) -> Result<Table, ReadError> {
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
        Sheets::Xls(_) => (Format::Xls, EXCEL),
        Sheets::Ods(_) => (Format::Ods, ODS),
        Sheets::Xlsx(_) | Sheets::Xlsb(_) => (Format::Xlsx, EXCEL),
    };
    let sheets = book.sheet_names();
    let (sheet, rows) = match &options.sheet {
        Some(wanted) => {
            let name = sheets
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
                    sheet: wanted.clone(),
                    sheets: sheets.clone(),
                })?;
            let range = book
                .worksheet_range(&name)
                .map_err(|e| damaged(&ctx, kind, e))?;
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
                        first_error.get_or_insert_with(|| damaged(&ctx, kind, e));
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
fn workbook_table(
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
fn sheet_rows(range: &calamine::Range<Data>) -> Vec<RawRow> {
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
fn cell_text(cell: &Data) -> String {
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
fn iso_datetime_text(text: &str) -> String {
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

fn round_to_second(t: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
    use chrono::Timelike;
    let extra = t.nanosecond() >= 500_000_000;
    let t = t.with_nanosecond(0).unwrap_or(t);
    if extra {
        t + chrono::Duration::seconds(1)
    } else {
        t
    }
}

fn duration_text(days: f64) -> String {
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

/// A spreadsheet number as text: integers without `.0`, others with at most 15 significant
/// digits (as Excel shows them) and never with an exponent.
fn float_text(f: f64) -> String {
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

// ---------------------------------------------------------------------------------------
// Header row
// ---------------------------------------------------------------------------------------

/// The index (in `rows`) of the header: the first row whose number of non-empty cells is at
/// least 60% of the most common row width below it and whose non-empty cells are mostly
/// non-numeric text. Falls back to the first row.
fn detect_header(rows: &[RawRow]) -> usize {
    let widths: Vec<usize> = rows.iter().map(|r| row_width(&r.cells)).collect();
    for (i, row) in rows.iter().enumerate() {
        let below = if i + 1 < widths.len() {
            &widths[i + 1..]
        } else {
            &widths[i..]
        };
        let common = most_common(below);
        let filled: Vec<&String> = row.cells.iter().filter(|c| !c.trim().is_empty()).collect();
        if filled.is_empty() || filled.len() * 10 < common * 6 {
            continue;
        }
        let texts = filled.iter().filter(|c| !looks_numeric(c)).count();
        if texts * 2 > filled.len() {
            return i;
        }
    }
    0
}

/// Cells up to the last non-empty one.
fn row_width(cells: &[String]) -> usize {
    cells
        .iter()
        .rposition(|c| !c.trim().is_empty())
        .map_or(0, |p| p + 1)
}

/// The most common value (the larger one on a tie); 0 for no values.
fn most_common(values: &[usize]) -> usize {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &v in values {
        match counts.iter_mut().find(|(value, _)| *value == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(value, n)| (n, value))
        .map_or(0, |(value, _)| value)
}

/// A number, amount, date, time or phone number: digits with punctuation only.
fn looks_numeric(text: &str) -> bool {
    let mut digits = 0;
    for c in text.trim().chars() {
        if c.is_ascii_digit() {
            digits += 1;
        } else if !(c.is_whitespace() || " .,-+/:()%'€$£¥₽\u{a0}\u{202f}".contains(c)) {
            return false;
        }
    }
    digits > 0
}

/// Header names: trimmed (inner runs of spaces and line breaks become one space), an empty
/// one becomes "Column N", duplicates get " (2)", " (3)".
fn clean_headers(cells: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(cells.len());
    // The names taken so far, looked up in a set: a search of the list for every column made
    // a 100 000-column header take time in the square of its width.
    let mut taken: std::collections::HashSet<String> =
        std::collections::HashSet::with_capacity(cells.len());
    let mut next_number: std::collections::HashMap<String, usize> =
        std::collections::HashMap::new();
    for (i, cell) in cells.iter().enumerate() {
        let words: Vec<&str> = cell
            .trim_start_matches('\u{feff}')
            .split_whitespace()
            .collect();
        let base = if words.is_empty() {
            format!("Column {}", i + 1)
        } else {
            words.join(" ")
        };
        let mut name = base.clone();
        // The number to try next for this name, kept so that the n-th repeat of a name does
        // not try every number below n again.
        let mut n = next_number.get(&base).copied().unwrap_or(2);
        while taken.contains(&name) {
            name = format!("{base} ({n})");
            n += 1;
        }
        if n > 2 {
            next_number.insert(base, n);
        }
        taken.insert(name.clone());
        out.push(name);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Delimited text
// ---------------------------------------------------------------------------------------

fn open_text(
    path: &Path,
    head: &[u8],
    options: &ReadOptions,
    ctx: Ctx,
    hash: Option<StreamedHash>,
) -> Result<Table, ReadError> {
    let (encoding, encoding_detected) = choose_encoding(head, ctx.whole, options, &ctx)?;
    let bom_len = Encoding::for_bom(head).map_or(0, |(_, len)| len);
    let text = encoding.decode_without_bom_handling(&head[bom_len..]).0;
    check_text_kind(path, &text, &ctx)?;
    let delimiter = match options.delimiter {
        Some(d) => d,
        None => sniff_delimiter(&text, ctx.whole),
    };
    tracing::debug!(
        file = %ctx.file_name,
        encoding = encoding.name(),
        encoding_detected,
        delimiter = %char::from(delimiter).escape_default(),
        "opened text file"
    );

    let file = File::open(path).map_err(|source| ReadError::Io {
        file: ctx.file_name.clone(),
        source,
    })?;
    let hashing = |skipped: &[u8], file: File| -> Box<dyn Read + Send> {
        match &hash {
            Some(out) => {
                let mut hasher = Sha256::new();
                hasher.update(skipped);
                Box::new(HashingRead {
                    inner: file,
                    hasher: Some(hasher),
                    out: out.clone(),
                })
            }
            None => Box::new(file),
        }
    };
    // UTF-8 goes to the csv reader as it is, past its byte-order mark: the cells are
    // checked as UTF-8 there anyway (invalid bytes become U+FFFD, as the decoder would make
    // them), and decoding it would only copy every byte once more.
    let source: Box<dyn Read + Send> = if encoding == encoding_rs::UTF_8 {
        let mut file = file;
        let bom: &[u8] = b"\xEF\xBB\xBF";
        let skipped = if head.starts_with(bom) {
            io::Seek::seek(&mut file, io::SeekFrom::Start(3)).map_err(|source| ReadError::Io {
                file: ctx.file_name.clone(),
                source,
            })?;
            bom
        } else {
            &[]
        };
        hashing(skipped, file)
    } else {
        Box::new(
            DecodeReaderBytesBuilder::new()
                .encoding(Some(encoding))
                .strip_bom(true)
                .build(hashing(&[], file)),
        )
    };
    let mut rows = TextRows {
        records: Records::new(source, delimiter, 64 * 1024),
        file_name: ctx.file_name.clone(),
        pending: None,
        spare: RawRow::default(),
        last_line: 0,
        done: false,
        decoded: encoding != encoding_rs::UTF_8,
    };

    let mut sample: Vec<RawRow> = Vec::new();
    let header = match options.header_row {
        Some(wanted) => loop {
            match rows.next() {
                Some(Ok(row)) if row.row >= wanted as u64 => break row,
                Some(Ok(row)) => sample.push(row),
                Some(Err(e)) => return Err(e),
                None if sample.is_empty() => {
                    return Err(ReadError::Empty {
                        file: ctx.file_name,
                    });
                }
                None => {
                    return Err(ReadError::HeaderRowNotFound {
                        file: ctx.file_name,
                        row: wanted,
                    });
                }
            }
        },
        None => {
            while sample.len() < HEADER_SAMPLE {
                match rows.next() {
                    Some(Ok(row)) => sample.push(row),
                    Some(Err(e)) => return Err(e),
                    None => break,
                }
            }
            if sample.is_empty() {
                return Err(ReadError::Empty {
                    file: ctx.file_name,
                });
            }
            let idx = detect_header(&sample);
            let rest = sample.split_off(idx + 1);
            let header = sample.pop();
            sample = rest;
            match header {
                Some(h) => h,
                None => {
                    return Err(ReadError::Empty {
                        file: ctx.file_name,
                    });
                }
            }
        }
    };
    if options.header_row.is_some() {
        // Rows above a forced header are dropped.
        sample.clear();
    }
    if sample.is_empty() {
        match rows.next() {
            Some(Ok(row)) => sample.push(row),
            Some(Err(e)) => return Err(e),
            None => {
                return Err(ReadError::HeaderOnly {
                    file: ctx.file_name,
                });
            }
        }
    }
    Ok(Table {
        info: SourceInfo {
            format: Format::Delimited,
            encoding: Some(encoding.name()),
            encoding_detected,
            delimiter: Some(delimiter),
            sheet: None,
            sheets: Vec::new(),
            header_row: usize::try_from(header.row).unwrap_or(usize::MAX),
            sha256: ctx.sha256,
            file_name: ctx.file_name,
        },
        headers: clean_headers(&header.cells),
        rows: Box::new(TextStream {
            sample: sample.into_iter(),
            rows,
        }),
    })
}

/// Refuses text that is not a table: a web page, an Excel 2003 XML file, or a text file
/// named like a zip-based workbook.
fn check_text_kind(path: &Path, text: &str, ctx: &Ctx) -> Result<(), ReadError> {
    let start: String = text
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .chars()
        .take(4096)
        .collect::<String>()
        .to_lowercase();
    if start.starts_with("<!doctype html") || start.starts_with("<html") {
        return Err(ReadError::NotATable {
            file: ctx.file_name.clone(),
            looks_like: "a web page (HTML)".to_string(),
        });
    }
    if start.starts_with("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")
    {
        return Err(ReadError::Unsupported {
            file: ctx.file_name.clone(),
            what: "an Excel 2003 XML spreadsheet".to_string(),
            advice: "open it in Excel, save it as an Excel workbook (.xlsx) and import that copy"
                .to_string(),
        });
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let kind = match ext.as_str() {
        "xlsx" | "xlsm" => Some(EXCEL),
        "ods" => Some(ODS),
        _ => None,
    };
    if let Some(kind) = kind {
        // Such a name always means a ZIP container; plain text under it is a mistake worth
        // pointing out (legacy `.xls` names on text exports are common and read as text).
        return Err(damaged(
            ctx,
            kind,
            "it contains plain text, not a workbook; if it is a CSV export, rename it to .csv \
             and import it again",
        ));
    }
    Ok(())
}

/// The encoding to decode with, and whether it was detected (false: forced).
fn choose_encoding(
    head: &[u8],
    whole: bool,
    options: &ReadOptions,
    ctx: &Ctx,
) -> Result<(&'static Encoding, bool), ReadError> {
    let forced = match &options.encoding {
        Some(label) => Some(
            Encoding::for_label_no_replacement(label.trim().as_bytes()).ok_or_else(|| {
                ReadError::UnknownEncoding {
                    file: ctx.file_name.clone(),
                    label: label.clone(),
                }
            })?,
        ),
        None => None,
    };
    let bom = Encoding::for_bom(head);
    let encoding = match (forced, bom) {
        (Some(enc), _) => enc,
        (None, Some((enc, _))) => enc,
        (None, None) => match utf16_without_bom(head) {
            Some(enc) => enc,
            None => {
                if let Some(what) = binary_text(head) {
                    return Err(ReadError::NotATable {
                        file: ctx.file_name.clone(),
                        looks_like: what.to_string(),
                    });
                }
                detect_encoding(head, whole)
            }
        },
    };
    let body = &head[bom.map_or(0, |(_, len)| len)..];
    let is_utf16 = encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE;
    if body.iter().all(|b| b.is_ascii_whitespace()) && !is_utf16 && whole {
        return Err(ReadError::Empty {
            file: ctx.file_name.clone(),
        });
    }
    if forced.is_some()
        && !is_utf16
        && let Some(what) = binary_text(body)
    {
        return Err(ReadError::NotATable {
            file: ctx.file_name.clone(),
            looks_like: what.to_string(),
        });
    }
    Ok((encoding, forced.is_none()))
}

/// UTF-16 without a byte-order mark, told by its NUL bytes: ASCII characters (delimiters,
/// digits, line breaks) have a zero high byte.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let mut zero_even = 0;
    let mut zero_odd = 0;
    for pair in head.chunks_exact(2) {
        if pair[0] == 0 {
            zero_even += 1;
        }
        if pair[1] == 0 {
            zero_odd += 1;
        }
    }
    if zero_odd * 4 >= pairs && zero_even * 20 <= zero_odd {
        Some(encoding_rs::UTF_16LE)
    } else if zero_even * 4 >= pairs && zero_odd * 20 <= zero_even {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Binary data that is not text in any single-byte or multi-byte encoding: more than 2% of
/// control bytes that text never holds.
fn binary_text(head: &[u8]) -> Option<&'static str> {
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1A | 0x1B))
        .count();
    (controls > 0 && controls * 50 >= head.len()).then_some("binary data")
}

/// UTF-8 when the head is valid UTF-8, else `chardetng`'s guess.
fn detect_encoding(head: &[u8], whole: bool) -> &'static Encoding {
    match std::str::from_utf8(head) {
        Ok(_) => return encoding_rs::UTF_8,
        // Cut inside a character at the end of the head: still UTF-8.
        Err(e) if e.error_len().is_none() && !whole => return encoding_rs::UTF_8,
        Err(_) => {}
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(head, whole);
    let guess = detector.guess(None, true);
    if guess == encoding_rs::WINDOWS_1252 && looks_like_iso_8859_15(head) {
        return encoding_rs::ISO_8859_15;
    }
    guess
}

/// Windows-1252 and ISO-8859-15 differ where it matters most to a shop: the euro sign is
/// `80` in the first and `A4` (a rare "¤" in windows-1252) in the second. An `A4` next to a
/// digit, and no `80`-`9F` byte (control codes in ISO-8859-15), means ISO-8859-15.
fn looks_like_iso_8859_15(head: &[u8]) -> bool {
    if head.iter().any(|b| (0x80..=0x9F).contains(b)) {
        return false;
    }
    head.iter().enumerate().any(|(i, &b)| {
        b == 0xA4 && {
            let before = head[i.saturating_sub(2)..i].iter();
            let after = head[i + 1..head.len().min(i + 3)].iter();
            before.chain(after).any(u8::is_ascii_digit)
        }
    })
}

/// The delimiter with the most consistent non-zero count per line (outside quotes) over the
/// first lines; `,` when none is found. On a tie: tab, then `;` when numbers with decimal
/// commas appear, then `,`, `;`, `|`.
fn sniff_delimiter(text: &str, complete: bool) -> u8 {
    const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];
    let bytes = text.as_bytes();
    let mut lines: Vec<[usize; 4]> = Vec::new();
    let mut current = [0usize; 4];
    let mut has_content = false;
    let mut in_quote = false;
    let mut field_start = true;
    let mut i = 0;
    while i < bytes.len() && lines.len() < SNIFF_LINES {
        let b = bytes[i];
        i += 1;
        if in_quote {
            if b == b'"' {
                if bytes.get(i) == Some(&b'"') {
                    i += 1;
                } else {
                    in_quote = false;
                }
            }
            continue;
        }
        match b {
            b'\n' => {
                if has_content {
                    lines.push(current);
                }
                current = [0; 4];
                has_content = false;
                field_start = true;
            }
            b'\r' | b' ' => {}
            b'"' if field_start => {
                in_quote = true;
                field_start = false;
                has_content = true;
            }
            _ => {
                has_content = true;
                match CANDIDATES.iter().position(|&c| c == b) {
                    Some(k) => {
                        current[k] += 1;
                        field_start = true;
                    }
                    None => field_start = false,
                }
            }
        }
    }
    if complete && has_content && lines.len() < SNIFF_LINES {
        lines.push(current);
    }
    let decimal_commas = has_decimal_commas(text);
    let preference = |k: usize| match CANDIDATES[k] {
        b'\t' => 4,
        b';' if decimal_commas => 3,
        b',' => 2,
        b';' => 1,
        _ => 0,
    };
    let mut best: Option<((usize, usize), usize)> = None;
    for k in 0..CANDIDATES.len() {
        let counts: Vec<usize> = lines.iter().map(|l| l[k]).filter(|&n| n > 0).collect();
        let mode = most_common(&counts);
        if mode == 0 {
            continue;
        }
        let consistent = counts.iter().filter(|&&n| n == mode).count();
        let score = (consistent, preference(k));
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, k));
        }
    }
    best.map_or(b',', |(_, k)| CANDIDATES[k])
}

/// Numbers written with a decimal comma, like `12,50`: a digit, a comma, then exactly two
/// digits not followed by another digit (the usual way of writing money).
fn has_decimal_commas(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        b[i] == b','
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
            && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
    })
}

/// The parsing state of the csv crate's reader, as far as records and quotes go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QuoteState {
    /// Between records: line breaks here are skipped (blank lines).
    RecordStart,
    /// At the start of a field after a delimiter.
    FieldStart,
    /// Inside an unquoted field (a `"` here is an ordinary character).
    Field,
    /// Inside a quoted field.
    Quoted,
    /// A `"` seen inside a quoted field: it closes it unless another `"` follows.
    QuoteInQuoted,
}

/// Follows the states the csv crate's machine goes through over the bytes of a text. It
/// notes the line on which each record starts (the machine's own positions point before the
/// blank lines and line-break bytes it skips), and whether a quote is still open at the end
/// of the file (the machine silently ends the record there).
///
/// The queue of record lines holds the records whose bytes it followed and that were not
/// taken yet.
struct QuoteTracker {
    delimiter: u8,
    state: QuoteState,
    /// 1-based line of the next byte. `\r\n`, `\n` and a lone `\r` each end a line.
    line: u64,
    previous_cr: bool,
    record_lines: std::collections::VecDeque<u64>,
}

impl QuoteTracker {
    fn new(delimiter: u8) -> Self {
        QuoteTracker {
            delimiter,
            state: QuoteState::RecordStart,
            line: 1,
            previous_cr: false,
            record_lines: std::collections::VecDeque::new(),
        }
    }

    /// Follows `bytes` (the next part of the text). Only quotes and line breaks change
    /// anything between two records, and in most files quotes are rare: the bytes between
    /// them are skipped with a vectorised search for `"`, `\n` and `\r`. Whether a quote
    /// opens a quoted field depends only on the byte before it (a delimiter, or the start of
    /// a record). `tests::tracker_matches_the_byte_machine` holds it to the byte-by-byte
    /// machine of the csv crate's states.
    fn track(&mut self, bytes: &[u8]) {
        let delimiter = self.delimiter;
        let mut state = self.state;
        let mut line = self.line;
        let mut previous_cr = self.previous_cr;
        let mut i = 0;
        while i < bytes.len() {
            match state {
                QuoteState::RecordStart => {
                    let b = bytes[i];
                    if b == b'\n' || b == b'\r' {
                        if b == b'\r' || !previous_cr {
                            line += 1;
                        }
                        previous_cr = b == b'\r';
                        i += 1;
                        continue;
                    }
                    self.record_lines.push_back(line);
                    state = QuoteState::FieldStart;
                }
                QuoteState::FieldStart | QuoteState::Field => {
                    let Some((at, b, skipped)) = next_mark(bytes, i) else {
                        // No quote or break: the rest stays inside this record.
                        if let Some(&last) = bytes.last() {
                            state = if last == delimiter {
                                QuoteState::FieldStart
                            } else {
                                QuoteState::Field
                            };
                        }
                        previous_cr = false;
                        break;
                    };
                    if skipped {
                        previous_cr = false;
                    }
                    if b == b'"' {
                        let at_field_start = if !skipped {
                            state == QuoteState::FieldStart
                        } else {
                            bytes[at - 1] == delimiter
                        };
                        state = if at_field_start {
                            QuoteState::Quoted
                        } else {
                            QuoteState::Field
                        };
                        previous_cr = false;
                        i = at + 1;
                    } else {
                        // A break ends the record, whatever the field.
                        state = QuoteState::RecordStart;
                        i = at;
                    }
                }
                QuoteState::Quoted => {
                    let Some((at, b, skipped)) = next_mark(bytes, i) else {
                        previous_cr = false;
                        break;
                    };
                    if skipped {
                        previous_cr = false;
                    }
                    if b == b'"' {
                        previous_cr = false;
                        state = QuoteState::QuoteInQuoted;
                    } else {
                        if b == b'\r' || !previous_cr {
                            line += 1;
                        }
                        previous_cr = b == b'\r';
                    }
                    i = at + 1;
                }
                QuoteState::QuoteInQuoted => {
                    let b = bytes[i];
                    state = if b == b'"' {
                        QuoteState::Quoted
                    } else if b == delimiter {
                        QuoteState::FieldStart
                    } else if b == b'\n' || b == b'\r' {
                        // Counted as a break between records.
                        QuoteState::RecordStart
                    } else {
                        QuoteState::Field
                    };
                    if state != QuoteState::RecordStart {
                        previous_cr = false;
                        i += 1;
                    }
                }
            }
        }
        self.state = state;
        self.line = line;
        self.previous_cr = previous_cr;
    }
}

/// The next `"` or line break in `bytes` from `i` on: where, which byte, and whether other
/// bytes came before it.
fn next_mark(bytes: &[u8], i: usize) -> Option<(usize, u8, bool)> {
    let n = memchr::memchr3(b'"', b'\n', b'\r', bytes.get(i..)?)?;
    Some((i + n, bytes[i + n], n > 0))
}

/// The records of a delimited text, split the way the csv crate splits them (its `csv_core`
/// machine: quotes doubled inside quoted fields, `\r`, `\n` and `\r\n` ending a record,
/// blank lines skipped), with the line each starts on.
///
/// A line ended by `\n` or `\r\n` with no quote in it (nearly every line of a till's or a
/// web shop's export) is split at its delimiters where it lies in the read buffer, without
/// going through the machine byte by byte and without being copied; any other record goes
/// through `csv_core`. The tracker follows every byte either way, in order.
/// `tests::records_match_the_csv_crate` holds the two ways to the csv crate's reader.
struct Records {
    source: Box<dyn Read + Send>,
    /// Bytes read and not yet split: `buf[start..end]`.
    buf: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    core: csv_core::Reader,
    tracker: QuoteTracker,
    /// The last record: in `buf` (split where it lies) or in `fields` (from `csv_core`).
    in_buf: bool,
    fields: Vec<u8>,
    ends: Vec<usize>,
    /// The last record's fields, as ranges of `buf` or of `fields`.
    ranges: Vec<std::ops::Range<usize>>,
}

impl Records {
    fn new(source: Box<dyn Read + Send>, delimiter: u8, capacity: usize) -> Records {
        Records {
            source,
            buf: vec![0; capacity.max(1)],
            start: 0,
            end: 0,
            eof: false,
            core: csv_core::ReaderBuilder::new()
                .delimiter(delimiter)
                .double_quote(true)
                .quoting(true)
                .build(),
            tracker: QuoteTracker::new(delimiter),
            in_buf: false,
            fields: vec![0; 1024],
            ends: vec![0; 64],
            ranges: Vec::new(),
        }
    }

    /// The bytes the last record's ranges point into, and the ranges.
    fn record(&self) -> (&[u8], &[std::ops::Range<usize>]) {
        let bytes = if self.in_buf {
            &self.buf[..]
        } else {
            &self.fields[..]
        };
        (bytes, &self.ranges)
    }

    /// Reads more of the source after the bytes not yet split (moved to the front, the
    /// buffer doubled when they fill it); at the end of the source, sets `eof`.
    fn fill(&mut self) -> io::Result<()> {
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        if self.end == self.buf.len() {
            let grown = self.buf.len() * 2;
            self.buf.resize(grown, 0);
        }
        loop {
            match self.source.read(&mut self.buf[self.end..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(());
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Reads the next record; false at the end of the text.
    fn read_record(&mut self) -> io::Result<bool> {
        loop {
            let avail = &self.buf[self.start..self.end];
            let line_end = match memchr::memchr2(b'\n', b'\r', avail) {
                Some(at) if avail[at] == b'\n' => at + 1,
                Some(at) if avail.get(at + 1) == Some(&b'\n') => at + 2,
                // A `\r` last in what was read: whether a `\n` follows is not known yet.
                Some(at) if at + 1 == avail.len() && !self.eof => {
                    self.fill()?;
                    continue;
                }
                // A `\r` alone ends the record too (old Mac files): the machine's work, one
                // record at a time (looking on for a `\n` would read a whole file of them).
                Some(_) => return self.read_with_core(),
                None if !self.eof => {
                    self.fill()?;
                    continue;
                }
                None if avail.is_empty() => return Ok(false),
                // The last line, with no line break after it.
                None => avail.len(),
            };
            let line = &avail[..line_end];
            let body = line.strip_suffix(b"\n").unwrap_or(line);
            let body = body.strip_suffix(b"\r").unwrap_or(body);
            if memchr::memchr(b'"', body).is_some() {
                return self.read_with_core();
            }
            self.tracker.track(line);
            let from = self.start;
            self.start += line_end;
            if body.is_empty() {
                // A blank line: skipped, as the machine skips it.
                continue;
            }
            self.ranges.clear();
            split_fields(body, from, self.tracker.delimiter, &mut self.ranges);
            self.in_buf = true;
            return Ok(true);
        }
    }

    /// Reads the next record through `csv_core`, byte by byte.
    fn read_with_core(&mut self) -> io::Result<bool> {
        use csv_core::ReadRecordResult;
        let (mut out, mut ends) = (0, 0);
        loop {
            let input = &self.buf[self.start..self.end];
            let (result, read, written, ended) =
                self.core
                    .read_record(input, &mut self.fields[out..], &mut self.ends[ends..]);
            self.tracker.track(&input[..read]);
            self.start += read;
            out += written;
            ends += ended;
            match result {
                ReadRecordResult::InputEmpty => {
                    // An empty input tells the machine the text has ended.
                    if !self.eof {
                        self.fill()?;
                    }
                }
                ReadRecordResult::OutputFull => {
                    let grown = self.fields.len() * 2;
                    self.fields.resize(grown, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let grown = self.ends.len() * 2;
                    self.ends.resize(grown, 0);
                }
                ReadRecordResult::Record => {
                    self.ranges.clear();
                    let mut field = 0;
                    for &end in &self.ends[..ends] {
                        self.ranges.push(field..end);
                        field = end;
                    }
                    self.in_buf = false;
                    return Ok(true);
                }
                ReadRecordResult::End => return Ok(false),
            }
        }
    }
}

/// The fields of a line with no quotes, as ranges offset by `base`: split at every
/// `delimiter`. Eight bytes at a time: a line's fields are short, and a search started
/// again after each delimiter cost more than the split.
fn split_fields(line: &[u8], base: usize, delimiter: u8, ranges: &mut Vec<std::ops::Range<usize>>) {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let pattern = u64::from_le_bytes([delimiter; 8]);
    let mut field = 0;
    let mut words = line.chunks_exact(8);
    let mut at = 0;
    for word in &mut words {
        let Ok(word) = <[u8; 8]>::try_from(word) else {
            break;
        };
        let x = u64::from_le_bytes(word) ^ pattern;
        // The high bit of each byte of `x` that is zero (a delimiter), and of no other.
        let mut found = !(((x & LOW7) + LOW7) | x | LOW7);
        while found != 0 {
            let i = at + (found.trailing_zeros() / 8) as usize;
            ranges.push(base + field..base + i);
            field = i + 1;
            found &= found - 1;
        }
        at += 8;
    }
    for (j, &b) in words.remainder().iter().enumerate() {
        if b == delimiter {
            ranges.push(base + field..base + at + j);
            field = at + j + 1;
        }
    }
    ranges.push(base + field..base + line.len());
}

/// The streaming rows of a text file. It holds one record back, so that a quote left open
/// at the end of the file is reported instead of the broken last record.
struct TextRows {
    records: Records,
    file_name: String,
    pending: Option<RawRow>,
    /// Where the next record is read before it becomes the pending one (its strings are
    /// reused row after row).
    spare: RawRow,
    /// The line of the last record read (empty ones included).
    last_line: u64,
    done: bool,
    /// The text comes through a decoder (not UTF-8): a malformed sequence is already a
    /// U+FFFD in the record's bytes.
    decoded: bool,
}

/// Sets a cell to the text of a field, reusing the cell's memory; invalid UTF-8 becomes
/// U+FFFD as the decoder would have made it.
/// A byte of a control character that no shop's text holds (NUL, escape, bell, ...): tab,
/// line feed and carriage return are kept (a quoted value may span lines).
fn is_stripped(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7F
}

/// Takes control characters out of a value (those [`is_stripped`] names): a NUL inside a
/// product name or a price, the escape that starts a sequence steering a terminal.
pub fn strip_controls(text: &mut String) {
    let stripped = |c: char| u8::try_from(c).is_ok_and(is_stripped);
    if text.chars().any(stripped) {
        text.retain(|c| !stripped(c));
    }
}

fn set_cell(cell: &mut String, field: &[u8]) {
    cell.clear();
    match std::str::from_utf8(field) {
        Ok(text) => cell.push_str(text),
        Err(_) => cell.push_str(&String::from_utf8_lossy(field)),
    }
}

impl TextRows {
    /// Reads the next record with any content into `row`; false at the end.
    fn read_row(&mut self, row: &mut RawRow) -> Result<bool, ReadError> {
        loop {
            match self.records.read_record() {
                Ok(false) => return Ok(false),
                Ok(true) => {
                    let line = self
                        .records
                        .tracker
                        .record_lines
                        .pop_front()
                        .unwrap_or(self.last_line);
                    self.last_line = line;
                    let (bytes, ranges) = self.records.record();
                    // Blank: only spaces, or a DOS end-of-file mark or NUL padding.
                    let blank = |b: u8| b.is_ascii_whitespace() || b == 0x1A || b == 0;
                    if ranges.iter().all(|r| {
                        bytes
                            .get(r.clone())
                            .is_none_or(|f| f.iter().all(|&b| blank(b)))
                    }) {
                        continue;
                    }
                    if ranges.len() > MAX_COLUMNS {
                        return Err(ReadError::TooWide {
                            file: self.file_name.clone(),
                            row: line,
                        });
                    }
                    let cells = &mut row.cells;
                    cells.truncate(ranges.len());
                    // One UTF-8 check for the whole record instead of one per cell (most of
                    // a check's cost is per call); a cell whose ends are not character
                    // boundaries of the whole, or a record with invalid bytes, goes cell by
                    // cell.
                    let whole = match (ranges.first(), ranges.last()) {
                        (Some(first), Some(last)) => first.start..last.end,
                        _ => 0..0,
                    };
                    let text = bytes
                        .get(whole.clone())
                        .and_then(|b| std::str::from_utf8(b).ok());
                    for (i, range) in ranges.iter().enumerate() {
                        let field = bytes.get(range.clone()).unwrap_or_default();
                        let checked = text.and_then(|text| {
                            text.get(range.start - whole.start..range.end - whole.start)
                        });
                        match (cells.get_mut(i), checked) {
                            (Some(cell), Some(checked)) => {
                                cell.clear();
                                cell.push_str(checked);
                            }
                            (Some(cell), None) => set_cell(cell, field),
                            (None, _) => cells.push(String::from_utf8_lossy(field).into_owned()),
                        }
                    }
                    if let Some(last) = cells.last_mut()
                        && last.ends_with('\r')
                    {
                        last.pop();
                    }
                    // Bytes that are not text in the encoding decided from the file's start.
                    row.replaced.clear();
                    if text.is_none() && !self.decoded {
                        for (i, range) in ranges.iter().enumerate() {
                            if bytes
                                .get(range.clone())
                                .is_some_and(|f| std::str::from_utf8(f).is_err())
                            {
                                row.replaced.push(i);
                            }
                        }
                    } else if self.decoded
                        && bytes.get(whole.clone()).is_some_and(|b| {
                            memchr::memmem::find(b, "\u{fffd}".as_bytes()).is_some()
                        })
                    {
                        for (i, cell) in cells.iter().enumerate() {
                            if cell.contains('\u{fffd}') {
                                row.replaced.push(i);
                            }
                        }
                    }
                    if bytes
                        .get(whole)
                        .is_some_and(|b| b.iter().any(|&b| is_stripped(b)))
                    {
                        for cell in cells.iter_mut() {
                            strip_controls(cell);
                        }
                    }
                    row.row = line;
                    return Ok(true);
                }
                Err(source) => {
                    return Err(ReadError::Io {
                        file: self.file_name.clone(),
                        source,
                    });
                }
            }
        }
    }
}

impl RowStream for TextRows {
    fn next_into(&mut self, row: &mut RawRow) -> Result<bool, ReadError> {
        loop {
            if self.done {
                return Ok(false);
            }
            let mut spare = std::mem::take(&mut self.spare);
            let read = self.read_row(&mut spare);
            match read {
                Ok(true) => match self.pending.as_mut() {
                    Some(pending) => {
                        // The pending row goes out, the new one waits, and the caller's old
                        // row becomes the next spare.
                        std::mem::swap(pending, &mut spare);
                        std::mem::swap(row, &mut spare);
                        self.spare = spare;
                        return Ok(true);
                    }
                    None => self.pending = Some(spare),
                },
                Ok(false) => {
                    self.spare = spare;
                    self.done = true;
                    if self.records.tracker.state == QuoteState::Quoted {
                        self.pending = None;
                        return Err(ReadError::UnterminatedQuote {
                            file: self.file_name.clone(),
                            row: self.last_line,
                        });
                    }
                    return Ok(match self.pending.take() {
                        Some(pending) => {
                            *row = pending;
                            true
                        }
                        None => false,
                    });
                }
                Err(e) => {
                    self.done = true;
                    self.pending = None;
                    return Err(e);
                }
            }
        }
    }
}

impl Iterator for TextRows {
    type Item = Result<RawRow, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut row = RawRow::default();
        match self.next_into(&mut row) {
            Ok(true) => Some(Ok(row)),
            Ok(false) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use std::io::Write;
    use std::path::PathBuf;

    /// The byte-by-byte machine the tracker followed before it skipped to quotes and
    /// breaks: the reference the fast one is held to.
    fn byte_machine(t: &mut QuoteTracker, bytes: &[u8]) {
        let delimiter = t.delimiter;
        let mut state = t.state;
        let mut line = t.line;
        let mut previous_cr = t.previous_cr;
        let mut i = 0;
        while let Some(&first) = bytes.get(i) {
            // Inside a field, only a few bytes change anything: skip to the next one.
            let skip = match state {
                QuoteState::Field => bytes[i..]
                    .iter()
                    .position(|&b| b == delimiter || b == b'\n' || b == b'\r'),
                QuoteState::Quoted => bytes[i..]
                    .iter()
                    .position(|&b| b == b'"' || b == b'\n' || b == b'\r'),
                _ => Some(0),
            };
            let b = match skip {
                Some(0) => first,
                Some(n) => {
                    i += n;
                    previous_cr = false;
                    bytes[i]
                }
                None => {
                    // The rest of the buffer is inside the field.
                    previous_cr = false;
                    break;
                }
            };
            i += 1;
            let is_break = b == b'\n' || b == b'\r';
            if is_break {
                if b == b'\r' || !previous_cr {
                    line += 1;
                }
                previous_cr = b == b'\r';
            } else {
                previous_cr = false;
            }
            state = match state {
                QuoteState::Quoted => {
                    if b == b'"' {
                        QuoteState::QuoteInQuoted
                    } else {
                        QuoteState::Quoted
                    }
                }
                QuoteState::Field | QuoteState::QuoteInQuoted if b == delimiter => {
                    QuoteState::FieldStart
                }
                QuoteState::Field | QuoteState::QuoteInQuoted | QuoteState::FieldStart
                    if is_break =>
                {
                    QuoteState::RecordStart
                }
                QuoteState::Field => QuoteState::Field,
                QuoteState::QuoteInQuoted if b == b'"' => QuoteState::Quoted,
                QuoteState::QuoteInQuoted => QuoteState::Field,
                QuoteState::RecordStart if is_break => QuoteState::RecordStart,
                QuoteState::RecordStart | QuoteState::FieldStart => {
                    if state == QuoteState::RecordStart {
                        t.record_lines.push_back(line);
                    }
                    if b == b'"' {
                        QuoteState::Quoted
                    } else if b == delimiter {
                        QuoteState::FieldStart
                    } else {
                        QuoteState::Field
                    }
                }
            };
        }
        t.state = state;
        t.line = line;
        t.previous_cr = previous_cr;
    }

    /// A text whose lines end with a lone `\r` streams like any other: the buffer stays the
    /// size of a record, not of the text.
    #[test]
    fn lines_ended_by_a_lone_carriage_return_stream() {
        let text: Vec<u8> = (0..2000)
            .flat_map(|i| format!("{i},x{i}\r").into_bytes())
            .collect();
        let mut records = Records::new(Box::new(io::Cursor::new(text)), b',', 16);
        let mut n = 0;
        while records.read_record().unwrap() {
            let (bytes, ranges) = records.record();
            let fields: Vec<&[u8]> = ranges.iter().map(|r| &bytes[r.clone()]).collect();
            assert_eq!(
                fields,
                [format!("{n}").as_bytes(), format!("x{n}").as_bytes()]
            );
            assert_eq!(records.tracker.record_lines.pop_front(), Some(n + 1));
            n += 1;
        }
        assert_eq!(n, 2000);
        assert!(
            records.buf.len() <= 32,
            "buffer grew to {}",
            records.buf.len()
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Eight bytes at a time splits like a byte at a time, wherever the delimiters fall
        /// (also next to the bytes one bit away from them: `-` and `:`, or with the high bit).
        #[test]
        fn fields_split_eight_bytes_at_a_time_as_one_by_one(
            line in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b',', b';', b'-', b':', 0xAC, 0xBB, 0x00, 0xFF]),
                0..80,
            ),
            base in 0usize..1000,
            semicolon in proptest::bool::ANY,
        ) {
            let delimiter = if semicolon { b';' } else { b',' };
            let mut expected = Vec::new();
            let mut field = 0;
            for (i, &b) in line.iter().enumerate() {
                if b == delimiter {
                    expected.push(base + field..base + i);
                    field = i + 1;
                }
            }
            expected.push(base + field..base + line.len());
            let mut got = Vec::new();
            split_fields(&line, base, delimiter, &mut got);
            proptest::prop_assert_eq!(got, expected);
        }

        /// Records split where they lie, or through the machine, with any buffer size (the
        /// buffer is refilled and grown mid-record), are the csv crate's records, with the
        /// lines they start on; the quote state at the end is the same.
        #[test]
        fn records_match_the_csv_crate(
            text in proptest::collection::vec(
                proptest::sample::select(vec![
                    b'a', b'b', b',', b';', b'"', b'\n', b'\n', b'\r', b' ', 0xC3, 0xA9,
                ]),
                0..300,
            ),
            capacity in 1usize..48,
            semicolon in proptest::bool::ANY,
        ) {
            let delimiter = if semicolon { b';' } else { b',' };
            let mut reference = csv::ReaderBuilder::new()
                .delimiter(delimiter)
                .has_headers(false)
                .flexible(true)
                .double_quote(true)
                .quoting(true)
                .from_reader(&text[..]);
            let mut tracker = QuoteTracker::new(delimiter);
            tracker.track(&text);
            let mut expected = Vec::new();
            let mut record = csv::ByteRecord::new();
            while reference.read_byte_record(&mut record).unwrap() {
                let fields: Vec<Vec<u8>> = record.iter().map(<[u8]>::to_vec).collect();
                expected.push((tracker.record_lines.pop_front(), fields));
            }
            let mut records = Records::new(
                Box::new(io::Cursor::new(text.clone())),
                delimiter,
                capacity,
            );
            let mut got = Vec::new();
            while records.read_record().unwrap() {
                let line = records.tracker.record_lines.pop_front();
                let (bytes, ranges) = records.record();
                let fields: Vec<Vec<u8>> = ranges.iter().map(|r| bytes[r.clone()].to_vec()).collect();
                got.push((line, fields));
            }
            proptest::prop_assert_eq!(got, expected);
            proptest::prop_assert_eq!(records.tracker.state, tracker.state);
            proptest::prop_assert!(records.tracker.record_lines.is_empty());
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn tracker_matches_the_byte_machine(
            text in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b'b', b',', b';', b'"', b'\n', b'\r', b' ']),
                0..200,
            ),
            cuts in proptest::collection::vec(0usize..200, 0..6),
            semicolon in proptest::bool::ANY,
        ) {
            let delimiter = if semicolon { b';' } else { b',' };
            let mut fast = QuoteTracker::new(delimiter);
            let mut slow = QuoteTracker::new(delimiter);
            let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(text.len())).collect();
            cuts.push(0);
            cuts.push(text.len());
            cuts.sort_unstable();
            for part in cuts.windows(2) {
                let bytes = &text[part[0]..part[1]];
                fast.track(bytes);
                byte_machine(&mut slow, bytes);
                proptest::prop_assert_eq!(fast.state, slow.state);
                proptest::prop_assert_eq!(fast.line, slow.line);
                proptest::prop_assert_eq!(fast.previous_cr, slow.previous_cr);
                proptest::prop_assert_eq!(&fast.record_lines, &slow.record_lines);
            }
        }
    }

    fn data(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name)
    }

    fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn all_rows(table: Table) -> Vec<RawRow> {
        table.rows.collect::<Result<Vec<_>, _>>().unwrap()
    }

    fn cells(rows: &[RawRow]) -> Vec<Vec<&str>> {
        rows.iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect()
    }

    /// The table with its rows taken out.
    fn drain(mut table: Table) -> (Table, Vec<RawRow>) {
        let rows = std::mem::replace(&mut table.rows, Box::new(std::iter::empty()));
        (table, rows.collect::<Result<Vec<_>, _>>().unwrap())
    }

    fn open_bytes(name: &str, bytes: &[u8]) -> (Table, Vec<RawRow>) {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, name, bytes);
        drain(open(&path, &ReadOptions::default()).unwrap())
    }

    fn open_err(path: &Path) -> ReadError {
        open(path, &ReadOptions::default()).unwrap_err()
    }

    // ----- bad fixtures -------------------------------------------------------------------

    #[test]
    fn empty_file() {
        let e = open_err(&data("bad/empty.csv"));
        assert!(matches!(e, ReadError::Empty { .. }), "{e:?}");
        assert_eq!(
            e.to_string(),
            "empty.csv is empty: there is nothing to import"
        );
    }

    #[test]
    fn blank_and_bom_only_files_are_empty() {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in [
            ("spaces.csv", &b"  \r\n\n \t\n"[..]),
            ("bom.csv", &b"\xEF\xBB\xBF"[..]),
            ("bom_lines.csv", &b"\xEF\xBB\xBF\r\n\r\n"[..]),
            ("semicolons.csv", &b";;;\n;;;\n"[..]),
        ] {
            let e = open_err(&write(&dir, name, bytes));
            assert!(matches!(e, ReadError::Empty { .. }), "{name}: {e:?}");
            assert!(e.to_string().starts_with(name));
        }
    }

    #[test]
    fn header_only() {
        let e = open_err(&data("bad/header_only.csv"));
        assert!(matches!(e, ReadError::HeaderOnly { .. }), "{e:?}");
        assert_eq!(e.to_string(), "header_only.csv has a header but no rows");
    }

    #[test]
    fn junk_is_not_a_table() {
        let e = open_err(&data("bad/junk.csv"));
        assert!(matches!(e, ReadError::NotATable { .. }), "{e:?}");
        assert!(
            e.to_string().starts_with(
                "junk.csv is not a text or spreadsheet file (it looks like binary data)"
            )
        );
    }

    #[test]
    fn png_is_not_a_table() {
        let e = open_err(&data("bad/image.csv"));
        assert!(matches!(e, ReadError::NotATable { .. }), "{e:?}");
        assert!(
            e.to_string().starts_with(
                "image.csv is not a text or spreadsheet file (it looks like a PNG image)"
            ),
            "{e}"
        );
    }

    #[test]
    fn other_binary_files() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = write(
            &dir,
            "report.csv",
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n",
        );
        assert!(open_err(&pdf).to_string().contains("a PDF document"));
        let html = write(
            &dir,
            "download.csv",
            b"\n<!DOCTYPE html>\n<html><body>Please log in</body></html>\n",
        );
        let e = open_err(&html);
        assert!(e.to_string().contains("a web page (HTML)"), "{e}");
        let nul = write(
            &dir,
            "nul.csv",
            &[b'a', 0, 0, 0, 7, 1, 2, b'b', 0, 0, 0, 0, 3, 4],
        );
        assert!(matches!(open_err(&nul), ReadError::NotATable { .. }));
    }

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

    #[test]
    fn unterminated_quote_fixture() {
        let e = open_err(&data("bad/unterminated.csv"));
        assert!(
            matches!(e, ReadError::UnterminatedQuote { row: 3, .. }),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "unterminated.csv, row 3: a quoted value is never closed (a \" is missing)"
        );
    }

    #[test]
    fn unterminated_quote_late_in_the_file_comes_from_the_stream() {
        let mut text = String::from("name;note\n");
        for i in 0..30 {
            text.push_str(&format!("n{i};\"ok\"\n"));
        }
        text.push_str("last;\"open\nmore;text\n");
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "late.csv", text.as_bytes());
        let table = open(&path, &ReadOptions::default()).unwrap();
        let items: Vec<_> = table.rows.collect();
        assert_eq!(items.len(), 31);
        assert!(items[..30].iter().all(Result::is_ok));
        let e = items[30].as_ref().unwrap_err();
        assert!(
            matches!(e, ReadError::UnterminatedQuote { row: 32, .. }),
            "{e:?}"
        );
        assert!(e.to_string().starts_with("late.csv, row 32: "));
    }

    #[test]
    fn closed_quote_at_end_of_file_is_fine() {
        let (_, rows) = open_bytes("end.csv", b"a,b\n1,\"x\ny\"");
        assert_eq!(cells(&rows), vec![vec!["1", "x\ny"]]);
        let (_, rows) = open_bytes("end2.csv", b"a,b\n1,\"say \"\"hi\"\"\"\n");
        assert_eq!(cells(&rows), vec![vec!["1", "say \"hi\""]]);
        let (_, rows) = open_bytes("inch.csv", b"product,price\nTV 55\" screen,499\n");
        assert_eq!(cells(&rows), vec![vec!["TV 55\" screen", "499"]]);
    }

    #[test]
    fn missing_file() {
        let e = open_err(Path::new("/nonexistent/folder/customers.csv"));
        assert!(matches!(e, ReadError::Io { .. }), "{e:?}");
        assert!(
            e.to_string().starts_with("cannot read customers.csv: "),
            "{e}"
        );
    }

    #[test]
    fn unknown_encoding_label() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "customers.csv", b"a,b\n1,2\n");
        let options = ReadOptions {
            encoding: Some("klingon-8".into()),
            ..ReadOptions::default()
        };
        let e = open(&path, &options).unwrap_err();
        assert!(matches!(e, ReadError::UnknownEncoding { .. }), "{e:?}");
        assert!(e.to_string().contains("customers.csv"));
        assert!(e.to_string().contains("\"klingon-8\""));
    }

    // ----- workbooks ----------------------------------------------------------------------

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

    /// The hash worked out while the rows are read is the file's, whatever bytes the rows
    /// are decoded from: UTF-8 past a skipped byte-order mark, text decoded from another
    /// encoding, a workbook; and a file of several read buffers.
    #[test]
    fn the_hash_worked_out_while_reading_is_the_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let mut long = String::from("\u{feff}id;name\n");
        for i in 0..20_000 {
            long.push_str(&format!("{i};Zoë {i}\n"));
        }
        let (cyrillic, _, _) = encoding_rs::WINDOWS_1251.encode("Имя;Фамилия\nИван;Петров\n");
        let files = [
            write(&dir, "bom.csv", long.as_bytes()),
            write(&dir, "cp1251.csv", &cyrillic),
            data("contacts.xlsx"),
        ];
        for path in files {
            let bytes = std::fs::read(&path).unwrap();
            let expected: String = Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let (table, hash) = open_hashing(&path, &ReadOptions::default()).unwrap();
            assert_eq!(table.info.sha256, "");
            let (_, rows) = drain(table);
            assert!(!rows.is_empty());
            assert_eq!(hash.get(), Some(expected.as_str()), "{}", path.display());
        }
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

    // ----- delimited text -----------------------------------------------------------------

    #[test]
    fn quotes_with_delimiters_and_newlines_and_crlf() {
        let text = "Nom;Adresse;Note\r\n\
                    Dupont;\"12; rue des Lilas\r\n75001 Paris\";\"il a dit \"\"oui\"\"\"\r\n\
                    Martin;\"3 place Bellecour\";ok\r\n";
        let (table, rows) = open_bytes("quotes.csv", text.as_bytes());
        assert_eq!(table.info.delimiter, Some(b';'));
        assert_eq!(table.headers, vec!["Nom", "Adresse", "Note"]);
        assert_eq!(
            cells(&rows),
            vec![
                vec![
                    "Dupont",
                    "12; rue des Lilas\r\n75001 Paris",
                    "il a dit \"oui\""
                ],
                vec!["Martin", "3 place Bellecour", "ok"],
            ]
        );
        // The multi-line record starts on line 2; the next one on line 4.
        assert_eq!(rows.iter().map(|r| r.row).collect::<Vec<_>>(), vec![2, 4]);
    }

    #[test]
    fn row_numbers_count_blank_lines_and_multiline_records() {
        let text = "a,b\n\n1,\"x\ny\nz\"\n\n\n2,w\n3,v\n";
        let (table, rows) = open_bytes("rows.csv", text.as_bytes());
        assert_eq!(table.info.header_row, 1);
        assert_eq!(
            rows.iter().map(|r| r.row).collect::<Vec<_>>(),
            vec![3, 8, 9]
        );
        assert_eq!(rows[0].cells, vec!["1", "x\ny\nz"]);
    }

    #[test]
    fn old_mac_line_endings_and_dos_end_mark() {
        let (_, rows) = open_bytes("mac.csv", b"a,b\r1,2\r\r3,\"x\ry\"\r4,5\r\x1a");
        assert_eq!(
            cells(&rows),
            vec![vec!["1", "2"], vec!["3", "x\ry"], vec!["4", "5"]]
        );
        assert_eq!(
            rows.iter().map(|r| r.row).collect::<Vec<_>>(),
            vec![2, 4, 6]
        );
    }

    #[test]
    fn unterminated_quote_without_final_newline() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "open.csv", b"a,b\n1,2\n\n3,\"never closed");
        // Met while looking at the first rows: open reports it.
        let e = open(&path, &ReadOptions::default()).unwrap_err();
        assert!(
            matches!(e, ReadError::UnterminatedQuote { row: 4, .. }),
            "{e:?}"
        );
    }

    #[test]
    fn utf8_cut_at_the_end_of_the_sniffed_head() {
        // A file larger than the sniffed head whose byte 65536 falls inside "é".
        let mut text = String::from("nom;ville\n");
        while text.len() < HEAD_LEN - 40 {
            text.push_str("Hélène;Orléans\n");
        }
        while text.len() != HEAD_LEN - 1 {
            text.push('x');
            if text.len() > HEAD_LEN - 1 {
                text.pop();
                text.pop();
            }
        }
        text.push_str("é;Évry\n");
        for _ in 0..2000 {
            text.push_str("Zoé;Besançon\n");
        }
        assert!(!text.is_char_boundary(HEAD_LEN));
        let (table, rows) = open_bytes("long.csv", text.as_bytes());
        assert_eq!(table.info.encoding, Some("UTF-8"));
        assert_eq!(table.info.delimiter, Some(b';'));
        assert_eq!(rows.last().unwrap().cells, vec!["Zoé", "Besançon"]);
        assert!(rows.iter().all(|r| !r.cells.concat().contains('\u{fffd}')));
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let (table, rows) = open_bytes(
            "bom.csv",
            "\u{feff}Prénom,Nom\r\nZoë,Ó Briain\r\n".as_bytes(),
        );
        assert_eq!(table.info.encoding, Some("UTF-8"));
        assert!(table.info.encoding_detected);
        assert_eq!(table.headers, vec!["Prénom", "Nom"]);
        assert_eq!(cells(&rows), vec![vec!["Zoë", "Ó Briain"]]);
    }

    #[test]
    fn ragged_rows_pass_through() {
        let text = "a,b,c\n1,2\n1,2,3,4\n,,\n5\n";
        let (_, rows) = open_bytes("ragged.csv", text.as_bytes());
        assert_eq!(
            cells(&rows),
            vec![vec!["1", "2"], vec!["1", "2", "3", "4"], vec!["5"]]
        );
        assert_eq!(
            rows.iter().map(|r| r.row).collect::<Vec<_>>(),
            vec![2, 3, 5]
        );
    }

    #[test]
    fn title_lines_are_skipped() {
        let text = "Export of 12/03/2025\n\nShop: Chez Hélène\nName;Email;Amount\n\
                    Ann;ann@example.com;12,50\nBob;bob@example.com;3,10\nCleo;cleo@example.com;7,00\n";
        let (table, rows) = open_bytes("titled.csv", text.as_bytes());
        assert_eq!(table.info.delimiter, Some(b';'));
        assert_eq!(table.info.header_row, 4);
        assert_eq!(table.headers, vec!["Name", "Email", "Amount"]);
        assert_eq!(rows[0].row, 5);
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn forced_header_row_in_text() {
        let text = "a,b\nx,y\nname,city\nAnn,Paris\n";
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "forced.csv", text.as_bytes());
        let options = ReadOptions {
            header_row: Some(3),
            ..ReadOptions::default()
        };
        let (table, rows) = preview(&path, &options, 10).unwrap();
        assert_eq!(table.info.header_row, 3);
        assert_eq!(table.headers, vec!["name", "city"]);
        assert_eq!(cells(&rows), vec![vec!["Ann", "Paris"]]);
        assert_eq!(rows[0].row, 4);

        let options = ReadOptions {
            header_row: Some(40),
            ..ReadOptions::default()
        };
        let e = open(&path, &options).unwrap_err();
        assert!(
            matches!(e, ReadError::HeaderRowNotFound { row: 40, .. }),
            "{e:?}"
        );
        let options = ReadOptions {
            header_row: Some(4),
            ..ReadOptions::default()
        };
        let e = open(&path, &options).unwrap_err();
        assert!(matches!(e, ReadError::HeaderOnly { .. }), "{e:?}");
    }

    #[test]
    fn header_names_are_cleaned() {
        let (table, _) = open_bytes(
            "names.csv",
            b" Email ,,Email,\"First\nname\",email\n1,2,3,4,5\n",
        );
        assert_eq!(
            table.headers,
            vec!["Email", "Column 2", "Email (2)", "First name", "email"]
        );
    }

    #[test]
    fn delimiter_sniffing() {
        let cases: &[(&str, &[u8], u8)] = &[
            (
                "comma.csv",
                b"name,city,amount\nAnn,Paris,12.50\nBob,Lyon,3.10\n",
                b',',
            ),
            (
                "semicolon.csv",
                b"name;city;amount\nAnn;Paris;12,50\nBob;Lyon;3,10\nCleo;Nice;1 234,00\n",
                b';',
            ),
            (
                "semicolon_two_columns.csv",
                b"name;amount\nAnn;12,50\nBob;3,10\n",
                b';',
            ),
            ("tab.tsv", b"name\tnote\nAnn\ta, b, c\nBob\td,e\n", b'\t'),
            ("pipe.txt", b"name|city\nAnn|Paris\nBob|Lyon\n", b'|'),
            (
                "single.csv",
                b"email\nann@example.com\nbob@example.com\n",
                b',',
            ),
            (
                "quoted_commas.csv",
                b"name;address\nAnn;\"1, rue A, Paris\"\nBob;\"2, rue B\"\n",
                b';',
            ),
        ];
        for (name, bytes, expected) in cases {
            let (table, rows) = open_bytes(name, bytes);
            assert_eq!(
                table.info.delimiter,
                Some(*expected),
                "{name}: {:?}",
                table.headers
            );
            assert!(!rows.is_empty(), "{name}");
        }
        let (table, rows) = open_bytes("single.csv", b"email\nann@example.com\n");
        assert_eq!(table.headers, vec!["email"]);
        assert_eq!(cells(&rows), vec![vec!["ann@example.com"]]);
        // Forced delimiter wins.
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "forced.csv", b"a;b,c\n1;2,3\n");
        let options = ReadOptions {
            delimiter: Some(b','),
            ..ReadOptions::default()
        };
        let (table, rows) = preview(&path, &options, 5).unwrap();
        assert_eq!(table.info.delimiter, Some(b','));
        assert_eq!(cells(&rows), vec![vec!["1;2", "3"]]);
    }

    #[test]
    fn preview_takes_n_rows() {
        let mut text = String::from("id,name\n");
        for i in 0..100 {
            text.push_str(&format!("{i},name {i}\n"));
        }
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "many.csv", text.as_bytes());
        let (mut table, rows) = preview(&path, &ReadOptions::default(), 7).unwrap();
        assert_eq!(rows.len(), 7);
        assert_eq!(rows[6].row, 8);
        assert!(table.rows.next().is_none());
    }

    // ----- encodings ----------------------------------------------------------------------

    const FRENCH: &str = "Prénom;Nom;Ville;Montant\n\
        Hélène;Müller;Besançon;12,50 €\n\
        François;Lefèvre;Orléans;8,00 €\n\
        Zoé;Gauthier;Évry;145,90 €\n\
        Benoît;Crémieux;Montréal;3,20 €\n";

    const RUSSIAN: &str = "Фамилия;Имя;Отчество;Телефон;Город\n\
        Петров;Иван;Сергеевич;+7 912 345-67-89;Москва\n\
        Смирнова;Ольга;Викторовна;+7 921 555-12-34;Санкт-Петербург\n\
        Кузнецов;Алексей;Дмитриевич;+7 903 111-22-33;Новосибирск\n\
        Попова;Екатерина;Андреевна;+7 916 777-88-99;Екатеринбург\n\
        Васильев;Николай;Павлович;+7 926 444-55-66;Казань\n\
        Примечание: постоянный покупатель, предпочитает оплату картой;;;;\n";

    const CHINESE: &str = "姓名,电话,城市,备注\n\
        王伟,13812345678,北京,老客户\n\
        李娜,13987654321,上海,喜欢绿茶\n\
        张敏,13700001111,广州,会员卡已办理\n\
        刘洋,13655556666,深圳,周末送货\n\
        陈静,13511112222,杭州,需要发票\n";

    const TRADITIONAL: &str = "姓名,電話,城市,備註\n\
        陳大文,0912345678,臺北,老顧客\n\
        林美玲,0987654321,高雄,喜歡烏龍茶\n\
        黃志明,0922333444,臺中,會員卡已辦理\n\
        張家豪,0933555666,新竹,週末送貨\n\
        李淑芬,0955777888,臺南,需要發票\n";

    fn encoded(text: &str, label: &str) -> Vec<u8> {
        let encoding = Encoding::for_label(label.as_bytes()).unwrap();
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{label} cannot hold the sample");
        bytes.into_owned()
    }

    fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = bom
            .then_some(0xFEFF_u16)
            .into_iter()
            .chain(text.encode_utf16());
        for unit in units {
            let bytes = if little_endian {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            };
            out.extend_from_slice(&bytes);
        }
        out
    }

    fn check_text(bytes: &[u8], text: &str, expected_encoding: &str, forced: Option<&str>) {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "sample.csv", bytes);
        let options = ReadOptions {
            encoding: forced.map(str::to_string),
            ..ReadOptions::default()
        };
        let table = open(&path, &options).unwrap();
        assert_eq!(
            table.info.encoding,
            Some(expected_encoding),
            "forced {forced:?}"
        );
        assert_eq!(table.info.encoding_detected, forced.is_none());
        let mut lines = text.lines();
        let delimiter = char::from(table.info.delimiter.unwrap());
        let header: Vec<&str> = lines.next().unwrap().split(delimiter).collect();
        assert_eq!(table.headers, header);
        let rows = all_rows(table);
        let expected: Vec<Vec<&str>> = lines.map(|l| l.split(delimiter).collect()).collect();
        assert_eq!(cells(&rows), expected);
    }

    #[test]
    fn encoding_utf8_with_and_without_bom() {
        check_text(FRENCH.as_bytes(), FRENCH, "UTF-8", None);
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(RUSSIAN.as_bytes());
        check_text(&bom, RUSSIAN, "UTF-8", None);
    }

    #[test]
    fn encoding_utf16_with_bom() {
        check_text(&utf16(FRENCH, true, true), FRENCH, "UTF-16LE", None);
        check_text(&utf16(CHINESE, false, true), CHINESE, "UTF-16BE", None);
    }

    #[test]
    fn encoding_utf16_without_bom() {
        check_text(&utf16(RUSSIAN, true, false), RUSSIAN, "UTF-16LE", None);
        check_text(&utf16(FRENCH, false, false), FRENCH, "UTF-16BE", None);
    }

    #[test]
    fn encoding_windows_1252() {
        check_text(
            &encoded(FRENCH, "windows-1252"),
            FRENCH,
            "windows-1252",
            None,
        );
    }

    #[test]
    fn encoding_iso_8859_15() {
        let bytes = encoded(FRENCH, "iso-8859-15");
        check_text(&bytes, FRENCH, "ISO-8859-15", None);
        check_text(&bytes, FRENCH, "ISO-8859-15", Some("iso-8859-15"));
    }

    #[test]
    fn encoding_windows_1251() {
        check_text(
            &encoded(RUSSIAN, "windows-1251"),
            RUSSIAN,
            "windows-1251",
            None,
        );
    }

    #[test]
    fn encoding_koi8_r() {
        // chardetng names the KOI8 family KOI8-U, a superset of KOI8-R that decodes Russian
        // text identically.
        check_text(&encoded(RUSSIAN, "koi8-r"), RUSSIAN, "KOI8-U", None);
        check_text(
            &encoded(RUSSIAN, "koi8-r"),
            RUSSIAN,
            "KOI8-R",
            Some("koi8-r"),
        );
    }

    #[test]
    fn encoding_gbk_and_gb18030() {
        check_text(&encoded(CHINESE, "gbk"), CHINESE, "GBK", None);
        // GB18030 agrees with GBK on these characters; the GBK decoder reads both.
        check_text(&encoded(CHINESE, "gb18030"), CHINESE, "GBK", None);
        check_text(
            &encoded(CHINESE, "gb18030"),
            CHINESE,
            "gb18030",
            Some("gb18030"),
        );
    }

    #[test]
    fn encoding_big5() {
        check_text(&encoded(TRADITIONAL, "big5"), TRADITIONAL, "Big5", None);
    }

    #[test]
    fn encoding_forced() {
        // Windows-1251 bytes read as forced KOI8-R give other letters, as asked.
        let bytes = encoded(RUSSIAN, "windows-1251");
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "forced.csv", &bytes);
        let options = ReadOptions {
            encoding: Some("koi8-r".into()),
            ..ReadOptions::default()
        };
        let table = open(&path, &options).unwrap();
        assert_eq!(table.info.encoding, Some("KOI8-R"));
        assert!(!table.info.encoding_detected);
        assert_ne!(table.headers[0], "Фамилия");
        check_text(&bytes, RUSSIAN, "windows-1251", Some("cp1251"));
    }

    // ----- streaming ----------------------------------------------------------------------

    /// Reading into one reused row gives the same rows, numbers and errors as iterating.
    #[test]
    fn rows_read_into_a_reused_row_are_the_rows_iterated() {
        // Past the first 64 KiB, so that the open quote at the end comes from the stream.
        let mut text = String::from("Nom;Adresse;Note\r\n\r\n");
        for i in 0..3000 {
            text.push_str(&format!(
                "Dupont{i};\"12; rue\r\nParis\";\"a \"\"b\"\"\"\r\nMartin;x\r\n\r\nLi;\"3\";ok;en trop\r\n"
            ));
        }
        text.push_str("Zoé;\"ouvert");
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, "reused.csv", text.as_bytes());
        let iterated: Vec<Result<RawRow, String>> = open(&path, &ReadOptions::default())
            .unwrap()
            .rows
            .map(|r| r.map_err(|e| e.to_string()))
            .collect();
        let mut table = open(&path, &ReadOptions::default()).unwrap();
        let mut row = RawRow::default();
        let mut read = Vec::new();
        loop {
            match table.rows.next_into(&mut row) {
                Ok(true) => read.push(Ok(row.clone())),
                Ok(false) => break,
                Err(e) => {
                    read.push(Err(e.to_string()));
                    break;
                }
            }
        }
        assert_eq!(read, iterated);
        assert_eq!(read.len(), 9001);
        assert!(
            read.last().is_some_and(Result::is_err),
            "the open quote is reported"
        );
    }

    /// Row numbers stay right when quoted line breaks and quotes fall across the reader's
    /// buffers (the quote tracker skips through fields).
    #[test]
    fn row_numbers_of_multiline_records_in_a_long_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut text = String::from("id,note,city\n");
        for i in 0..20_000 {
            text.push_str(&format!("{i},\"l\u{e0} \"\"{i}\"\",\r\nsuite\",Lyon\n"));
        }
        let path = write(&dir, "multiline.csv", text.as_bytes());
        let rows: Vec<RawRow> = open(&path, &ReadOptions::default())
            .unwrap()
            .rows
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(rows.len(), 20_000);
        for (i, row) in rows.iter().enumerate() {
            assert_eq!(row.row, 2 + 2 * i as u64, "{row:?}");
            assert_eq!(row.cells[1], format!("l\u{e0} \"{i}\",\r\nsuite"));
        }
    }

    #[test]
    fn large_file_streams() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.csv");
        let target: u64 = 50 * 1024 * 1024;
        let mut written: u64 = 0;
        let mut rows: u64 = 0;
        {
            let mut out = io::BufWriter::with_capacity(1 << 20, File::create(&path).unwrap());
            let header = b"id;first_name;last_name;email;city;amount\n";
            out.write_all(header).unwrap();
            written += header.len() as u64;
            let mut chunk = Vec::with_capacity(1 << 20);
            while written < target {
                chunk.clear();
                for _ in 0..1000 {
                    rows += 1;
                    let line = format!(
                        "{rows};Hélène;Müller-{rows};h{rows}@example.fr;\"Saint-Étienne; Loire\";{},{:02}\n",
                        rows % 997,
                        rows % 100
                    );
                    chunk.extend_from_slice(line.as_bytes());
                }
                out.write_all(&chunk).unwrap();
                written += chunk.len() as u64;
            }
        }
        let started = std::time::Instant::now();
        let table = open(&path, &ReadOptions::default()).unwrap();
        assert_eq!(table.info.delimiter, Some(b';'));
        assert_eq!(table.headers.len(), 6);
        let mut count = 0u64;
        let mut last = 0u64;
        for row in table.rows {
            let row = row.unwrap();
            count += 1;
            last = row.row;
        }
        assert_eq!(count, rows);
        assert_eq!(last, rows + 1);
        eprintln!(
            "streamed {} MB, {rows} rows in {:?}",
            written >> 20,
            started.elapsed()
        );
    }
}
