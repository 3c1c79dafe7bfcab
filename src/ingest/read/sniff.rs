//! Looking at a file before reading it: its first bytes (binary formats are refused by
//! their magic numbers), its text encoding, its delimiter, and text that is not a table.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use encoding_rs::Encoding;

use super::header::most_common;
use super::workbook::damaged;
use super::{
    Ctx, Damage, HEAD_LEN, Looks, ReadError, ReadOptions, SNIFF_LINES, Unsupported, Workbook,
};

pub(super) fn read_head(path: &Path) -> io::Result<(Vec<u8>, u64)> {
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

pub(super) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Binary formats recognised by their first bytes.
pub(super) fn binary_magic(head: &[u8]) -> Option<Looks> {
    const MAGIC: &[(&[u8], Looks)] = &[
        (b"\x89PNG\r\n\x1a\n", Looks::Png),
        (b"\xFF\xD8\xFF", Looks::Jpeg),
        (b"GIF87a", Looks::Gif),
        (b"GIF89a", Looks::Gif),
        (b"%PDF-", Looks::Pdf),
        (b"\x7FELF", Looks::Program),
        (b"\x1F\x8B", Looks::Gzip),
        (b"Rar!\x1A\x07", Looks::Rar),
        (b"7z\xBC\xAF\x27\x1C", Looks::SevenZip),
        (b"SQLite format 3\0", Looks::Sqlite),
        (b"BM", Looks::Bmp),
        (b"RIFF", Looks::SoundOrVideo),
        (b"ID3\x03", Looks::Mp3),
        (b"ID3\x04", Looks::Mp3),
        (b"{\\rtf", Looks::Rtf),
    ];
    for (magic, what) in MAGIC {
        if head.starts_with(magic) {
            // "BM" is also how an ordinary text file may start: only a real bitmap header.
            if *what == Looks::Bmp && !(head.len() > 30 && head[6..10] == [0, 0, 0, 0]) {
                continue;
            }
            return Some(*what);
        }
    }
    if head.len() > 12 && &head[4..8] == b"ftyp" {
        return Some(Looks::VideoOrHeic);
    }
    if head.starts_with(b"MZ")
        && head.len() > 64
        && contains(&head[..head.len().min(512)], b"PE\0\0")
    {
        return Some(Looks::WindowsProgram);
    }
    None
}

/// Refuses text that is not a table: a web page, an Excel 2003 XML file, or a text file
/// named like a zip-based workbook.
pub(super) fn check_text_kind(path: &Path, text: &str, ctx: &Ctx) -> Result<(), ReadError> {
    let start: String = text
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .chars()
        .take(4096)
        .collect::<String>()
        .to_lowercase();
    if start.starts_with("<!doctype html") || start.starts_with("<html") {
        return Err(ReadError::NotATable {
            file: ctx.file_name.clone(),
            looks_like: Looks::WebPage,
        });
    }
    if start.starts_with("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")
    {
        return Err(ReadError::Unsupported {
            file: ctx.file_name.clone(),
            what: Unsupported::Excel2003Xml,
        });
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let kind = match ext.as_str() {
        "xlsx" | "xlsm" => Some(Workbook::Excel),
        "ods" => Some(Workbook::Ods),
        _ => None,
    };
    if let Some(kind) = kind {
        // Such a name always means a ZIP container; plain text under it is a mistake worth
        // pointing out (legacy `.xls` names on text exports are common and read as text).
        return Err(damaged(ctx, kind, Damage::PlainText));
    }
    Ok(())
}

/// The encoding to decode with, and whether it was detected (false: forced).
pub(super) fn choose_encoding(
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
                        looks_like: what,
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
            looks_like: what,
        });
    }
    Ok((encoding, forced.is_none()))
}

/// UTF-16 without a byte-order mark, told by its NUL bytes: ASCII characters (delimiters,
/// digits, line breaks) have a zero high byte.
pub(super) fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
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
pub(super) fn binary_text(head: &[u8]) -> Option<Looks> {
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1A | 0x1B))
        .count();
    (controls > 0 && controls * 50 >= head.len()).then_some(Looks::BinaryData)
}

/// UTF-8 when the head is valid UTF-8, else `chardetng`'s guess.
pub(super) fn detect_encoding(head: &[u8], whole: bool) -> &'static Encoding {
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
pub(super) fn looks_like_iso_8859_15(head: &[u8]) -> bool {
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
pub(super) fn sniff_delimiter(text: &str, complete: bool) -> u8 {
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
pub(super) fn has_decimal_commas(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        b[i] == b','
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
            && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::ingest::read::fixtures::*;
    use crate::ingest::read::*;

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
}
