//! Fuzzes the workbook readers (XLSX, XLS, ODS through calamine) with damaged files.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the name the file has; the content decides how it is read.
    let Some((first, rest)) = data.split_first() else {
        return;
    };
    let extension = ["xlsx", "xls", "ods"][usize::from(*first) % 3];
    if let Some(path) = common::input_file(extension, rest) {
        common::read_all(&path);
    }
});
