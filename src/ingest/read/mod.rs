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
//! then a UTF-8 check of the first 64 KiB, then `chardetng`) on the fly and split into
//! records by this module's own reader (`delimited`): lines without quotes are split where
//! they lie, and `csv_core`'s machine parses the rest, so a file of any size goes through in
//! bounded memory.
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
use std::io;
use std::path::Path;

mod delimited;
#[cfg(test)]
mod fixtures;
mod hash;
mod header;
mod ods;
mod sniff;
mod workbook;
mod xls;

pub use delimited::strip_controls;
pub(crate) use hash::StreamedHash;

use delimited::open_text;
use hash::{Hashing, hash_file};
use sniff::{binary_magic, contains, read_head};
use workbook::{Opened, open_ole, open_zip, read_opened};

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

impl fmt::Debug for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Table")
            .field("info", &self.info)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}

/// Why a file cannot be read. The values say what went wrong (the file, the row, what the
/// file looks like); [`crate::text`] says it in words, naming the file (and the row where
/// there is one) and what to do.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    Io {
        /// The file's name.
        file: String,
        /// The operating system's reason.
        source: io::Error,
    },
    /// The file has no content (0 bytes, or only spaces, blank lines or a byte-order mark).
    Empty {
        /// The file's name.
        file: String,
    },
    /// The sheet the user chose has nothing in it.
    EmptySheet {
        /// The file's name.
        file: String,
        /// The sheet asked for.
        sheet: String,
    },
    /// The file has a header row and nothing below it.
    HeaderOnly {
        /// The file's name.
        file: String,
    },
    /// The file is neither text nor a spreadsheet (an image, a PDF, a program, ...).
    NotATable {
        /// The file's name.
        file: String,
        /// What the file looks like.
        looks_like: Looks,
    },
    /// A kind of spreadsheet that cannot be read (Excel binary `.xlsb`, Excel 2003 XML).
    Unsupported {
        /// The file's name.
        file: String,
        /// What the file is.
        what: Unsupported,
    },
    /// A workbook that cannot be opened: cut short, corrupted, or not really a workbook.
    Damaged {
        /// The file's name.
        file: String,
        /// What it claims to be.
        kind: Workbook,
        /// Why it cannot be opened.
        reason: Damage,
    },
    /// A workbook encrypted with a password.
    Protected {
        /// The file's name.
        file: String,
        /// What it is (the program that removes the password follows from it).
        kind: Workbook,
    },
    /// A quoted value that is never closed: the rest of the file would become one value.
    UnterminatedQuote {
        /// The file's name.
        file: String,
        /// The line on which the record with the open quote starts.
        row: u64,
    },
    /// The encoding label the user gave is not known.
    UnknownEncoding {
        /// The file's name.
        file: String,
        /// The label as given.
        label: String,
    },
    /// The sheet the user asked for does not exist.
    SheetNotFound {
        /// The file's name.
        file: String,
        /// The sheet asked for.
        sheet: String,
        /// The sheets that exist.
        sheets: Vec<String>,
    },
    /// Not a file: a folder, a pipe, a device.
    NotAFile {
        /// The name given.
        file: String,
        /// What it is.
        what: NotFile,
    },
    /// A workbook that would unpack to far more than any shop's file (a zip bomb, or a
    /// damaged file).
    TooLarge {
        /// The file's name.
        file: String,
        /// The bound passed, in bytes.
        bytes: u64,
    },
    /// More columns than a spreadsheet program has ([`MAX_COLUMNS`]).
    TooWide {
        /// The file's name.
        file: String,
        /// The row with too many columns.
        row: u64,
    },
    /// The header row the user asked for is past the end of the data.
    HeaderRowNotFound {
        /// The file's name.
        file: String,
        /// The row asked for.
        row: usize,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::text::local(self))
    }
}

/// What a file that is not a table looks like, told by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Looks {
    /// A PNG image.
    Png,
    /// A JPEG image.
    Jpeg,
    /// A GIF image.
    Gif,
    /// A BMP image.
    Bmp,
    /// A video or a HEIC photo.
    VideoOrHeic,
    /// A PDF document.
    Pdf,
    /// A program (ELF).
    Program,
    /// A Windows program.
    WindowsProgram,
    /// A gzip archive.
    Gzip,
    /// A RAR archive.
    Rar,
    /// A 7-Zip archive.
    SevenZip,
    /// A ZIP archive that holds no workbook.
    Zip,
    /// An SQLite database.
    Sqlite,
    /// A sound or video file (RIFF).
    SoundOrVideo,
    /// An MP3 sound file.
    Mp3,
    /// A rich-text (RTF) document.
    Rtf,
    /// A web page (HTML).
    WebPage,
    /// A Word document.
    Word,
    /// A PowerPoint presentation.
    PowerPoint,
    /// An OpenDocument text or presentation.
    OpenDocumentText,
    /// An e-book.
    Ebook,
    /// Bytes that are no text in any encoding.
    BinaryData,
}

/// A kind of spreadsheet Clientele cannot read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsupported {
    /// An Excel binary workbook (`.xlsb`).
    Xlsb,
    /// An Excel 2003 XML spreadsheet.
    Excel2003Xml,
}

/// The kind of workbook a file is, or claims to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Workbook {
    /// An Excel file (`.xlsx`, `.xls`).
    Excel,
    /// An OpenDocument spreadsheet (`.ods`).
    Ods,
}

/// Why a workbook cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Damage {
    /// What the workbook or ZIP reader said, in its own words.
    Reader(String),
    /// A reader stopped on content that does not follow the format.
    NotTheFormat,
    /// Plain text under a workbook's name.
    PlainText,
    /// A part of an OLE (compound file) container is damaged.
    Ole(OlePart),
}

impl Damage {
    /// What a reader said, as the reason.
    pub(crate) fn reader(e: impl fmt::Display) -> Self {
        Damage::Reader(e.to_string())
    }
}

/// The damaged part of an OLE container.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OlePart {
    /// The header.
    Header,
    /// The header's sector size.
    SectorSize,
    /// The sector table.
    SectorTable,
    /// The sector table: a chain loops.
    SectorChainLoops,
    /// The small-stream table.
    SmallStreamTable,
    /// The small-stream table: a chain loops.
    SmallStreamChainLoops,
}

/// What a path that is not a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotFile {
    /// A folder.
    Folder,
    /// A pipe, a device or a socket.
    Special,
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
            what: NotFile::Folder,
        });
    }
    if !meta.is_file() {
        return Err(ReadError::NotAFile {
            file: file_name,
            what: NotFile::Special,
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
            Workbook::Ods
        } else {
            Workbook::Excel
        };
        let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let opened = if zip {
                open_zip(path, &head, &ctx)?
            } else {
                Opened::Book(Box::new(open_ole(path, &ctx)?))
            };
            read_opened(opened, path, options, ctx)
        }));
        return read.unwrap_or_else(|_| {
            Err(ReadError::Damaged {
                file,
                kind,
                reason: Damage::NotTheFormat,
            })
        });
    }
    if let Some(what) = binary_magic(&head) {
        return Err(ReadError::NotATable {
            file: ctx.file_name,
            looks_like: what,
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::fixtures::*;
    use super::*;

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
}
