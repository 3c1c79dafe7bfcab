//! Shared by the fuzz targets: write the input to a file and read it as a user's import.

use std::io::Write;
use std::path::PathBuf;

/// A file in shared memory (fast) or the temporary folder, unique to this process.
pub fn input_file(extension: &str, data: &[u8]) -> Option<PathBuf> {
    let dir = if std::path::Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let path = dir.join(format!("clientele-fuzz-{}.{extension}", std::process::id()));
    let mut f = std::fs::File::create(&path).ok()?;
    f.write_all(data).ok()?;
    Some(path)
}

/// Opens the file as an import would and reads every row and cell (bounded), checking the
/// reader's promises: no panic, and an error is a plain message.
pub fn read_all(path: &std::path::Path) {
    // libFuzzer's panic hook aborts at the first panic, even one the reader catches on
    // purpose (it turns a workbook library's panic into a "damaged file" error). Put the
    // default hook back once: a panic that escapes the reader still ends the run.
    static RESET: std::sync::Once = std::sync::Once::new();
    RESET.call_once(|| drop(std::panic::take_hook()));
    use clientele::ingest::read::{ReadOptions, open};
    use clientele::ingest::values::{DateOrder, DateRules, Decimal, parse_cents, parse_datetime};
    let rules = DateRules {
        order: DateOrder::DayFirst,
        format: None,
        zones: Default::default(),
    };
    match open(path, &ReadOptions::default()) {
        Err(e) => assert!(!e.to_string().is_empty()),
        Ok(table) => {
            for row in table.rows.take(10_000) {
                let Ok(row) = row else { break };
                for cell in &row.cells {
                    let _ = parse_cents(cell, Decimal::Comma);
                    let _ = parse_datetime(cell, &rules);
                }
            }
        }
    }
}
