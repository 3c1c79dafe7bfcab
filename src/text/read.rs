//! Why a file cannot be read, as messages.

use super::{Localize, Message};
use crate::ingest::read::{
    Damage, Looks, MAX_COLUMNS, NotFile, OlePart, ReadError, Unsupported, Workbook,
};

impl Localize for ReadError {
    fn message(&self) -> Message {
        let at = |id: &'static str, file: &String| Message::new(id).arg("file", file);
        match self {
            ReadError::Io { file, source } => at("read-io", file).arg("reason", source.to_string()),
            ReadError::Empty { file } => at("read-empty", file),
            ReadError::EmptySheet { file, sheet } => {
                at("read-empty-sheet", file).arg("sheet", sheet)
            }
            ReadError::HeaderOnly { file } => at("read-header-only", file),
            ReadError::NotATable { file, looks_like } => {
                at("read-not-a-table", file).arg("looks", looks(*looks_like))
            }
            ReadError::Unsupported { file, what } => at("read-unsupported", file).arg(
                "what",
                match what {
                    Unsupported::Xlsb => "xlsb",
                    Unsupported::Excel2003Xml => "excel-2003-xml",
                },
            ),
            ReadError::Damaged { file, kind, reason } => at("read-damaged", file)
                .arg("kind", workbook(*kind))
                .arg("reason", damage(reason)),
            ReadError::Protected { file, kind } => {
                at("read-protected", file).arg("kind", workbook(*kind))
            }
            ReadError::UnterminatedQuote { file, row } => {
                at("read-unterminated-quote", file).arg("row", *row)
            }
            ReadError::UnknownEncoding { file, label } => {
                at("read-unknown-encoding", file).arg("label", label)
            }
            ReadError::SheetNotFound {
                file,
                sheet,
                sheets,
            } => at("read-sheet-not-found", file)
                .arg("sheet", sheet)
                .arg(
                    "sheets",
                    sheets
                        .iter()
                        .map(|n| format!("\"{n}\""))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .arg("count", sheets.len()),
            ReadError::NotAFile { file, what } => at("read-not-a-file", file).arg(
                "what",
                match what {
                    NotFile::Folder => "folder",
                    NotFile::Special => "special",
                },
            ),
            ReadError::TooLarge { file, bytes } => at("read-too-large", file).arg("bytes", *bytes),
            ReadError::TooWide { file, row } => at("read-too-wide", file)
                .arg("row", *row)
                .arg("max", MAX_COLUMNS),
            ReadError::HeaderRowNotFound { file, row } => {
                at("read-header-row-not-found", file).arg("row", *row)
            }
        }
    }
}

/// The key of what a file looks like (`text::en` says it in words).
fn looks(what: Looks) -> &'static str {
    match what {
        Looks::Png => "png",
        Looks::Jpeg => "jpeg",
        Looks::Gif => "gif",
        Looks::Bmp => "bmp",
        Looks::VideoOrHeic => "video-or-heic",
        Looks::Pdf => "pdf",
        Looks::Program => "program",
        Looks::WindowsProgram => "windows-program",
        Looks::Gzip => "gzip",
        Looks::Rar => "rar",
        Looks::SevenZip => "7z",
        Looks::Zip => "zip",
        Looks::Sqlite => "sqlite",
        Looks::SoundOrVideo => "sound-or-video",
        Looks::Mp3 => "mp3",
        Looks::Rtf => "rtf",
        Looks::WebPage => "html",
        Looks::Word => "word",
        Looks::PowerPoint => "powerpoint",
        Looks::OpenDocumentText => "opendocument-text",
        Looks::Ebook => "ebook",
        Looks::BinaryData => "binary",
    }
}

fn workbook(kind: Workbook) -> &'static str {
    match kind {
        Workbook::Excel => "excel",
        Workbook::Ods => "ods",
    }
}

fn damage(reason: &Damage) -> Message {
    match reason {
        Damage::Reader(detail) => Message::new("read-damage-reader").arg("detail", detail),
        Damage::NotTheFormat => Message::new("read-damage-not-the-format"),
        Damage::PlainText => Message::new("read-damage-plain-text"),
        Damage::Ole(part) => Message::new("read-damage-ole").arg(
            "part",
            match part {
                OlePart::Header => "header",
                OlePart::SectorSize => "sector-size",
                OlePart::SectorTable => "sector-table",
                OlePart::SectorChainLoops => "sector-chain-loops",
                OlePart::SmallStreamTable => "small-stream-table",
                OlePart::SmallStreamChainLoops => "small-stream-chain-loops",
            },
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::english;

    fn file() -> String {
        "ventes.xlsx".into()
    }

    // Written out by hand from the words the reader said before its errors were values.
    #[test]
    fn read_errors_are_said_as_before() {
        assert_eq!(
            english(&ReadError::TooLarge {
                file: file(),
                bytes: 1 << 30
            }),
            "ventes.xlsx: this file would take more than 1 GB to read; it may be damaged or built to harm. It was not imported"
        );
        // 96 MiB + 1 byte is rounded up to the next megabyte.
        assert!(
            english(&ReadError::TooLarge {
                file: file(),
                bytes: (96 << 20) + 1
            })
            .contains("more than 97 MB to read")
        );
        assert_eq!(
            english(&ReadError::Damaged {
                file: file(),
                kind: Workbook::Excel,
                reason: Damage::Ole(OlePart::SmallStreamChainLoops)
            }),
            "ventes.xlsx: this file is damaged or incomplete (it may not have finished downloading), or it is not really an Excel file (details: its small-stream table (a chain loops) is damaged)"
        );
        assert_eq!(
            english(&ReadError::Damaged {
                file: "a.ods".into(),
                kind: Workbook::Ods,
                reason: Damage::Reader("invalid Zip archive: bad offset".into())
            }),
            "a.ods: this file is damaged or incomplete (it may not have finished downloading), or it is not really an OpenDocument spreadsheet (details: invalid Zip archive: bad offset)"
        );
        assert_eq!(
            english(&ReadError::Protected {
                file: "a.ods".into(),
                kind: Workbook::Ods
            }),
            "a.ods is protected by a password: open it in LibreOffice Calc, save it without a password and import that copy"
        );
        assert_eq!(
            english(&ReadError::SheetNotFound {
                file: file(),
                sheet: "Ventes".into(),
                sheets: vec!["Clients".into(), "Stock 2025".into()]
            }),
            "ventes.xlsx has no sheet named \"Ventes\": its sheets are \"Clients\", \"Stock 2025\""
        );
        assert_eq!(
            english(&ReadError::SheetNotFound {
                file: file(),
                sheet: "Ventes".into(),
                sheets: Vec::new()
            }),
            "ventes.xlsx has no sheet named \"Ventes\": its sheets are none"
        );
        assert_eq!(
            english(&ReadError::NotAFile {
                file: "exports".into(),
                what: NotFile::Folder
            }),
            "exports is a folder, not a file: choose the file itself (save what a program sends into a file first)"
        );
        assert_eq!(
            english(&ReadError::TooWide {
                file: "wide.csv".into(),
                row: 7
            }),
            "wide.csv, row 7: more than 16384 columns (the most a spreadsheet has); the file may be damaged, or its delimiter is not the one detected"
        );
        assert_eq!(
            english(&ReadError::Unsupported {
                file: "a.xlsb".into(),
                what: Unsupported::Xlsb
            }),
            "a.xlsb is an Excel binary workbook (.xlsb), which cannot be imported: open it in Excel, save it as an Excel workbook (.xlsx) and import that copy"
        );
        assert_eq!(
            english(&ReadError::NotATable {
                file: "a.csv".into(),
                looks_like: Looks::SevenZip
            }),
            "a.csv is not a text or spreadsheet file (it looks like a 7-Zip archive): export the data from its program as CSV or Excel and import that file"
        );
        assert_eq!(
            english(&ReadError::HeaderRowNotFound {
                file: "a.csv".into(),
                row: 40
            }),
            "a.csv has no row 40 or below it with anything in it: choose an earlier header row"
        );
        assert_eq!(
            english(&ReadError::UnterminatedQuote {
                file: "a.csv".into(),
                row: 3
            }),
            "a.csv, row 3: a quoted value is never closed (a \" is missing)"
        );
    }

    #[test]
    fn looks_and_damages_have_their_own_words() {
        let said = |looks_like| {
            english(&ReadError::NotATable {
                file: "f".into(),
                looks_like,
            })
        };
        assert!(said(Looks::Bmp).contains("(it looks like a BMP image)"));
        assert!(said(Looks::BinaryData).contains("(it looks like binary data)"));
        assert!(said(Looks::Zip).contains("(it looks like a ZIP archive)"));
        let parts = [
            OlePart::Header,
            OlePart::SectorSize,
            OlePart::SectorTable,
            OlePart::SectorChainLoops,
            OlePart::SmallStreamTable,
            OlePart::SmallStreamChainLoops,
        ];
        let said: std::collections::HashSet<String> = parts
            .iter()
            .map(|p| english(&damage(&Damage::Ole(*p))))
            .collect();
        assert_eq!(said.len(), parts.len());
    }
}
