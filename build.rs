//! Joins each language's Fluent files (`assets/i18n/<lang>/*.ftl`, one per area) into one
//! file per language: in `OUT_DIR` for the program to embed, and the English one under
//! `target/i18n/en/clientele.ftl`, where `i18n.toml` points the `fl!` macro so that the
//! window's message ids and arguments are checked against English while compiling.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let assets = root.join("assets/i18n");
    println!("cargo:rerun-if-changed=assets/i18n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    let mut languages: Vec<PathBuf> = fs::read_dir(&assets)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    languages.retain(|p| p.is_dir());
    languages.sort();
    let mut index = String::from(
        "/// Each language's messages, its area files joined.\npub const JOINED: &[(&str, &str)] = &[\n",
    );
    for dir in &languages {
        println!("cargo:rerun-if-changed={}", dir.display());
        let lang = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
        files.sort();
        let mut joined = String::new();
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
            let text = fs::read_to_string(file)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            joined.push_str(&format!(
                "\n## {}\n\n",
                file.file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
            ));
            joined.push_str(&text);
            if !text.ends_with('\n') {
                joined.push('\n');
            }
        }
        let name = format!("{lang}.ftl");
        write_if_changed(&out.join(&name), &joined);
        index.push_str(&format!(
            "    ({lang:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))),\n"
        ));
        if lang == "en" {
            write_if_changed(&root.join("target/i18n/en/clientele.ftl"), &joined);
        }
    }
    index.push_str("];\n");
    write_if_changed(&out.join("i18n_joined.rs"), &index);
}

/// Writes only when the text differs, through a temporary file, so that two builds at
/// once never read half a file.
fn write_if_changed(path: &Path, text: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", parent.display()));
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&tmp, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", tmp.display()));
    fs::rename(&tmp, path).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
