//! Delimited text: decodes the file on the fly and splits it into records, streamed in
//! bounded memory. A line with no quote is split where it lies, eight bytes at a time; a line
//! with a quote (or ended by a lone carriage return) goes through `csv_core`'s parsing
//! machine. A quote tracker counts the line each record starts on, for the row numbers.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use encoding_rs::Encoding;
use encoding_rs_io::DecodeReaderBytesBuilder;

use super::hash::{HashingRead, StreamedHash};
use super::header::{clean_headers, detect_header};
use super::sniff::{check_text_kind, choose_encoding, sniff_delimiter};
use super::{
    Ctx, Format, HEADER_SAMPLE, MAX_COLUMNS, RawRow, ReadError, ReadOptions, RowStream, SourceInfo,
    Table,
};

/// Rows of a text file: those read while looking for the header, then the stream.
pub(super) struct TextStream {
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

pub(super) fn open_text(
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
            Some(out) => Box::new(HashingRead::new(file, skipped, out.clone())),
            None => Box::new(file),
        }
    };
    // UTF-8 goes to the record reader as it is, past its byte-order mark: the cells are
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

/// The parsing state of the csv crate's reader, as far as records and quotes go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum QuoteState {
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
pub(super) struct QuoteTracker {
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
pub(super) fn next_mark(bytes: &[u8], i: usize) -> Option<(usize, u8, bool)> {
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
pub(super) struct Records {
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
pub(super) fn split_fields(
    line: &[u8],
    base: usize,
    delimiter: u8,
    ranges: &mut Vec<std::ops::Range<usize>>,
) {
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
pub(super) struct TextRows {
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
pub(super) fn is_stripped(b: u8) -> bool {
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

pub(super) fn set_cell(cell: &mut String, field: &[u8]) {
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

    use std::io::Write;

    use super::*;
    use crate::ingest::read::fixtures::*;
    use crate::ingest::read::*;

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
