//! Fuzzes the delimited-text reader: encodings, delimiters, quotes, header detection.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    if let Some(path) = common::input_file("csv", data) {
        common::read_all(&path);
    }
});
