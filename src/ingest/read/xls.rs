//! The memory a legacy Excel (`.xls`) workbook would take to read, worked out from its records
//! before calamine reads it.
//!
//! calamine's `.xls` reader reads every sheet when it opens the file. For each sheet it
//! reserves room for as many cells as the sheet's DIMENSIONS record declares (a record a
//! file can fill with anything: four billion rows make the allocation fail, and a failed
//! allocation ends the process), then lays the cells out as a rectangle from the first used
//! cell to the last (two cells far apart in a tiny file are sixteen million). Here the
//! workbook stream's records are walked first, without keeping anything, and the file is
//! refused when what the reader would allocate passes [`XLS_MEMORY_LIMIT`].

use std::io::Read;
use std::path::Path;

use super::{Ctx, ReadError};

/// The most memory the `.xls` reader may be led to allocate (its declared room, its
/// rectangles of cells and of formulas), within the import's bound of 300 MB.
pub(super) const XLS_MEMORY_LIMIT: u64 = 192 << 20;

/// Bytes calamine keeps per reserved cell (position and value), per cell of a sheet's
/// rectangle (the value), and per cell of its formulas' rectangle (a string).
const RESERVED_CELL: u64 = 40;
const SHEET_CELL: u64 = 32;
const FORMULA_CELL: u64 = 24;

/// The used area of one sheet, as the reader lays it out.
#[derive(Default)]
struct Area {
    rows: Option<(u32, u32)>,
    cols: Option<(u32, u32)>,
}

impl Area {
    fn add(&mut self, row: u32, col: u32) {
        self.rows = Some(
            self.rows
                .map_or((row, row), |(a, b)| (a.min(row), b.max(row))),
        );
        self.cols = Some(
            self.cols
                .map_or((col, col), |(a, b)| (a.min(col), b.max(col))),
        );
    }

    fn cells(&self) -> u64 {
        match (self.rows, self.cols) {
            (Some((r0, r1)), Some((c0, c1))) => {
                (u64::from(r1 - r0) + 1).saturating_mul(u64::from(c1 - c0) + 1)
            }
            _ => 0,
        }
    }
}

/// What one sheet would cost.
#[derive(Default)]
struct SheetCost {
    reserved: u64,
    values: Area,
    formulas: Area,
}

impl SheetCost {
    fn bytes(&self) -> u64 {
        self.reserved
            .saturating_mul(RESERVED_CELL)
            .saturating_add(self.values.cells().saturating_mul(SHEET_CELL))
            .saturating_add(self.formulas.cells().saturating_mul(FORMULA_CELL))
    }
}

fn u16_at(data: &[u8], at: usize) -> Option<u32> {
    data.get(at..at + 2)
        .map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    data.get(at..at + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// The cells a DIMENSIONS record makes the reader reserve room for, computed as the reader
/// computes them (a last row before the first wraps round to about four billion rows).
fn declared_cells(data: &[u8]) -> u64 {
    let (first_row, last_row, first_col, last_col) = match data.len() {
        10 => (
            u16_at(data, 0),
            u16_at(data, 2),
            u16_at(data, 4),
            u16_at(data, 6),
        ),
        14 | 16 => (
            u32_at(data, 0),
            u32_at(data, 4),
            u16_at(data, 8),
            u16_at(data, 10),
        ),
        _ => return 0,
    };
    let (Some(rf), Some(rl), Some(mut cf), Some(cl)) = (first_row, last_row, first_col, last_col)
    else {
        return 0;
    };
    if cf > 0xFF || cl < cf {
        cf = 0;
    }
    if rl == 0 || cl == 0 {
        return 1;
    }
    let rows = u64::from((rl - 1).wrapping_sub(rf).wrapping_add(1));
    let cols = u64::from((cl - 1).wrapping_sub(cf).wrapping_add(1));
    rows.saturating_mul(cols)
}

/// The bytes the reader would allocate for the records of a workbook stream, all sheets
/// together; `None` when the workbook is encrypted (the reader then says so itself).
fn workbook_cost(stream: &[u8]) -> Option<u64> {
    let mut total: u64 = 0;
    let mut sheet: Option<SheetCost> = None;
    let mut depth = 0usize;
    let mut at = 0usize;
    while let (Some(typ), Some(len)) = (u16_at(stream, at), u16_at(stream, at + 2)) {
        let start = at + 4;
        let end = (start + len as usize).min(stream.len());
        let data = &stream[start..end];
        at = start + len as usize;
        match typ {
            // BOF: the globals, a sheet, or a chart inside a sheet.
            0x0809 | 0x0009 | 0x0209 | 0x0409 => {
                depth += 1;
                if depth == 1 {
                    sheet = Some(SheetCost::default());
                }
                continue;
            }
            // EOF.
            0x000A => {
                if depth == 1
                    && let Some(done) = sheet.take()
                {
                    total = total.saturating_add(done.bytes());
                }
                depth = depth.saturating_sub(1);
                continue;
            }
            // FILEPASS: the rest is encrypted.
            0x002F => return None,
            _ => {}
        }
        let Some(cost) = sheet.as_mut().filter(|_| depth == 1) else {
            continue;
        };
        let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) else {
            continue;
        };
        match typ {
            0x0200 => cost.reserved = cost.reserved.saturating_add(declared_cells(data)),
            // Number, label, rich label, boolean or error, RK, shared-string label.
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD => cost.values.add(row, col),
            // Several RK numbers in a row: the last column is the record's last two bytes.
            0x00BD => {
                cost.values.add(row, col);
                if let Some(last) = data.len().checked_sub(2).and_then(|i| u16_at(data, i)) {
                    cost.values.add(row, last);
                }
            }
            0x0006 => {
                cost.values.add(row, col);
                cost.formulas.add(row, col);
            }
            _ => {}
        }
    }
    if let Some(open) = sheet {
        total = total.saturating_add(open.bytes());
    }
    Some(total)
}

/// Refuses a legacy Excel file whose reading would take more than [`XLS_MEMORY_LIMIT`]. A
/// file whose container cannot be read is left to the reader, which says what is wrong.
pub(super) fn check_xls_size(path: &Path, ctx: &Ctx) -> Result<(), ReadError> {
    let Ok(mut book) = cfb::open(path) else {
        return Ok(());
    };
    let name = if book.is_stream("/Workbook") {
        "/Workbook"
    } else if book.is_stream("/Book") {
        "/Book"
    } else {
        return Ok(());
    };
    let mut stream = Vec::new();
    let read = book
        .open_stream(name)
        .and_then(|mut s| s.read_to_end(&mut stream));
    if read.is_err() {
        return Ok(());
    }
    match workbook_cost(&stream) {
        Some(bytes) if bytes > XLS_MEMORY_LIMIT => Err(ReadError::TooLarge {
            file: ctx.file_name.clone(),
            bytes,
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::io::{Seek, SeekFrom, Write};

    use super::*;
    use crate::ingest::read::fixtures::*;
    use crate::ingest::read::{ReadOptions, open};

    /// Copies the `.xls` fixture and changes its workbook stream with `patch`.
    fn patched(dir: &tempfile::TempDir, patch: impl Fn(&mut Vec<u8>)) -> std::path::PathBuf {
        let path = dir.path().join("patched.xls");
        std::fs::copy(data("contacts.xls"), &path).unwrap();
        let mut book = cfb::open_rw(&path).unwrap();
        let mut stream = Vec::new();
        book.open_stream("/Workbook")
            .unwrap()
            .read_to_end(&mut stream)
            .unwrap();
        patch(&mut stream);
        let mut s = book.open_stream("/Workbook").unwrap();
        s.seek(SeekFrom::Start(0)).unwrap();
        s.write_all(&stream).unwrap();
        drop(s);
        book.flush().unwrap();
        path
    }

    /// Where each record of `typ` starts (its header), in the order of the stream.
    fn records(stream: &[u8], typ: u16) -> Vec<usize> {
        let mut found = Vec::new();
        let mut at = 0;
        while at + 4 <= stream.len() {
            let t = u16::from_le_bytes([stream[at], stream[at + 1]]);
            let len = u16::from_le_bytes([stream[at + 2], stream[at + 3]]) as usize;
            if t == typ {
                found.push(at);
            }
            at += 4 + len;
        }
        found
    }

    #[test]
    fn the_fixture_costs_what_its_cells_take() {
        let mut stream = Vec::new();
        cfb::open(data("contacts.xls"))
            .unwrap()
            .open_stream("/Workbook")
            .unwrap()
            .read_to_end(&mut stream)
            .unwrap();
        let bytes = workbook_cost(&stream).unwrap();
        // Two sheets of a few rows and columns: kilobytes, not megabytes.
        assert!(bytes > 0 && bytes < 100_000, "{bytes}");
        open(&data("contacts.xls"), &ReadOptions::default()).unwrap();
    }

    #[test]
    fn a_declared_size_of_billions_of_cells_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = patched(&dir, |stream| {
            let dims = records(stream, 0x0200);
            assert!(!dims.is_empty());
            for at in dims {
                // First row 0, last row + 1 = 0xFFFFFFFF, columns 0 to 255.
                stream[at + 4..at + 8].copy_from_slice(&0u32.to_le_bytes());
                stream[at + 8..at + 12].copy_from_slice(&u32::MAX.to_le_bytes());
                stream[at + 12..at + 14].copy_from_slice(&0u16.to_le_bytes());
                stream[at + 14..at + 16].copy_from_slice(&256u16.to_le_bytes());
            }
        });
        let err = open_err(&path);
        assert!(matches!(err, ReadError::TooLarge { .. }), "{err:?}");
    }

    #[test]
    fn a_cell_at_the_far_corner_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = patched(&dir, |stream| {
            // The last shared-string label moves to row 65 536, column 256.
            let at = *records(stream, 0x00FD).last().unwrap();
            stream[at + 4..at + 6].copy_from_slice(&0xFFFFu16.to_le_bytes());
            stream[at + 6..at + 8].copy_from_slice(&0xFFu16.to_le_bytes());
        });
        let err = open_err(&path);
        assert!(matches!(err, ReadError::TooLarge { .. }), "{err:?}");
    }

    #[test]
    fn dimensions_are_counted_as_the_reader_counts_them() {
        // BIFF8: rows 0..10 (last + 1 = 10), columns 0..4.
        let mut d = Vec::new();
        d.extend_from_slice(&0u32.to_le_bytes());
        d.extend_from_slice(&10u32.to_le_bytes());
        d.extend_from_slice(&0u16.to_le_bytes());
        d.extend_from_slice(&4u16.to_le_bytes());
        d.extend_from_slice(&0u16.to_le_bytes());
        assert_eq!(declared_cells(&d), 40);
        // A last row before the first wraps round, as the reader's arithmetic does.
        d[0..4].copy_from_slice(&20u32.to_le_bytes());
        assert_eq!(declared_cells(&d), (u64::from(u32::MAX) - 10 + 1) * 4);
        // Empty: one cell.
        d[4..8].copy_from_slice(&0u32.to_le_bytes());
        assert_eq!(declared_cells(&d), 1);
    }
}
