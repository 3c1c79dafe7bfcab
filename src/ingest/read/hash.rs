//! A file's SHA-256, worked out before the rows are read or while they are.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

/// A file's SHA-256 (lowercase hex), once the stream that hashes it has read the file to
/// its end.
#[derive(Clone, Debug, Default)]
pub(crate) struct StreamedHash(std::sync::Arc<std::sync::OnceLock<String>>);

impl StreamedHash {
    /// The hash; `None` until the whole file has been read.
    pub(crate) fn get(&self) -> Option<&str> {
        self.0.get().map(String::as_str)
    }

    pub(super) fn set(&self, hash: String) {
        // Set once: a second end of file (a reader asking again) has the same bytes behind.
        let _ = self.0.set(hash);
    }
}

/// When a file's SHA-256 is worked out.
pub(super) enum Hashing {
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
pub(super) struct HashingRead<R> {
    inner: R,
    hasher: Option<Sha256>,
    out: StreamedHash,
}

impl<R: Read> HashingRead<R> {
    /// Hashes `skipped` (bytes already read past, such as a byte-order mark), then every
    /// byte read through `inner`; the hash goes to `out` at the end of the file.
    pub(super) fn new(inner: R, skipped: &[u8], out: StreamedHash) -> Self {
        let mut hasher = Sha256::new();
        hasher.update(skipped);
        HashingRead {
            inner,
            hasher: Some(hasher),
            out,
        }
    }
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

pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(super) fn hash_file(path: &Path) -> io::Result<String> {
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::ingest::read::fixtures::*;
    use crate::ingest::read::*;

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
}
