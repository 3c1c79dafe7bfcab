//! Files and helpers the reading tests share.

use std::path::{Path, PathBuf};

use super::{RawRow, ReadError, ReadOptions, Table, open};

pub(super) fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

pub(super) fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

pub(super) fn all_rows(table: Table) -> Vec<RawRow> {
    table.rows.collect::<Result<Vec<_>, _>>().unwrap()
}

pub(super) fn cells(rows: &[RawRow]) -> Vec<Vec<&str>> {
    rows.iter()
        .map(|r| r.cells.iter().map(String::as_str).collect())
        .collect()
}

/// The table with its rows taken out.
pub(super) fn drain(mut table: Table) -> (Table, Vec<RawRow>) {
    let rows = std::mem::replace(&mut table.rows, Box::new(std::iter::empty()));
    (table, rows.collect::<Result<Vec<_>, _>>().unwrap())
}

pub(super) fn open_bytes(name: &str, bytes: &[u8]) -> (Table, Vec<RawRow>) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, name, bytes);
    drain(open(&path, &ReadOptions::default()).unwrap())
}

pub(super) fn open_err(path: &Path) -> ReadError {
    open(path, &ReadOptions::default()).unwrap_err()
}
