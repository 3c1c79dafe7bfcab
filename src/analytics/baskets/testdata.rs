//! The reference data of the tests: Weka's supermarket baskets and mlxtend's itemsets and
//! rules on them (tests/data/supermarket_mlxtend.py wrote them).

use std::collections::HashMap;

use super::Transactions;

fn read(name: &str) -> String {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The 4 627 baskets, by department name.
pub fn supermarket() -> Transactions {
    let names: Vec<String> = read("supermarket_departments.txt")
        .lines()
        .map(str::to_string)
        .collect();
    let baskets = read("supermarket_baskets.txt");
    Transactions::from_baskets(baskets.lines().map(|line| {
        line.split_whitespace()
            .map(|j| names[j.parse::<usize>().unwrap()].clone())
            .collect::<Vec<_>>()
    }))
}

/// A CSV fixture's rows, each as a map from header to field. The fixtures' fields hold no
/// quotes or commas except where a label does, which the writer quoted.
pub fn csv_rows(name: &str) -> Vec<HashMap<String, String>> {
    let text = read(name);
    let mut lines = text.lines();
    let header: Vec<String> = split(lines.next().unwrap());
    lines
        .map(|line| header.iter().cloned().zip(split(line)).collect())
        .collect()
}

fn split(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    for ch in line.chars() {
        match ch {
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            _ => field.push(ch),
        }
    }
    fields.push(field);
    fields
}

/// The names of a ` | `-joined label, sorted.
pub fn names(label: &str) -> Vec<String> {
    let mut names: Vec<String> = label.split(" | ").map(str::to_string).collect();
    names.sort();
    names
}
