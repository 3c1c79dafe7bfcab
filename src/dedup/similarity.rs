//! String similarity without allocation: Jaro-Winkler and Levenshtein over the bytes of
//! ASCII keys (the match keys are ASCII after transliteration), with bit masks and stack
//! buffers instead of the vectors `strsim` allocates on every call. Pairs that are not
//! ASCII or longer than 64 bytes go to `strsim`, so results are always the same as its.

/// Jaro-Winkler similarity, as `strsim::jaro_winkler` computes it.
pub fn jaro_winkler(a: &str, b: &str) -> f64 {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if x.len() > 64 || y.len() > 64 || !a.is_ascii() || !b.is_ascii() {
        return strsim::jaro_winkler(a, b);
    }
    let sim = jaro(x, y);
    if sim > 0.7 {
        let prefix = x.iter().zip(y).take(4).take_while(|(p, q)| p == q).count();
        sim + 0.1 * prefix as f64 * (1.0 - sim)
    } else {
        sim
    }
}

/// Jaro similarity of two ASCII byte strings of at most 64 bytes each. Where each byte
/// value occurs in `b` is kept as a bit mask, so finding the first unmatched equal byte
/// within the match window of `a`'s byte `i` is a few bit operations, not a scan.
fn jaro(a: &[u8], b: &[u8]) -> f64 {
    let (al, bl) = (a.len(), b.len());
    if al == 0 && bl == 0 {
        return 1.0;
    }
    if al == 0 || bl == 0 {
        return 0.0;
    }
    let range = (al.max(bl) / 2).saturating_sub(1);
    let mut positions = [0u64; 128];
    for (j, &d) in b.iter().enumerate() {
        positions[usize::from(d & 0x7f)] |= 1 << j;
    }
    let (mut a_flags, mut b_flags) = (0u64, 0u64);
    let mut matches = 0usize;
    for (i, &c) in a.iter().enumerate() {
        let lo = i.saturating_sub(range);
        let hi = bl.min(i + range + 1);
        if lo >= hi {
            continue;
        }
        // Bits lo..hi.
        let window = (u64::MAX >> (64 - (hi - lo))) << lo;
        let free = positions[usize::from(c & 0x7f)] & window & !b_flags;
        if free != 0 {
            a_flags |= 1 << i;
            b_flags |= free & free.wrapping_neg();
            matches += 1;
        }
    }
    if matches == 0 {
        return 0.0;
    }
    // Matched bytes of both strings, taken in order, that differ.
    let mut transpositions = 0usize;
    let (mut left, mut right) = (a_flags, b_flags);
    while left != 0 {
        let (i, j) = (left.trailing_zeros(), right.trailing_zeros());
        if a[i as usize] != b[j as usize] {
            transpositions += 1;
        }
        left &= left - 1;
        right &= right - 1;
    }
    let m = matches as f64;
    let t = (transpositions / 2) as f64;
    (m / al as f64 + m / bl as f64 + (m - t) / m) / 3.0
}

/// Levenshtein distance, as `strsim::levenshtein` computes it (over chars).
pub fn levenshtein(a: &str, b: &str) -> usize {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if y.len() > 64 || !a.is_ascii() || !b.is_ascii() {
        return strsim::levenshtein(a, b);
    }
    if x.is_empty() {
        return y.len();
    }
    let mut row = [0usize; 65];
    for (j, cell) in row.iter_mut().enumerate().take(y.len() + 1) {
        *cell = j;
    }
    for (i, &c) in x.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &d) in y.iter().enumerate() {
            let above = row[j + 1];
            let cost = usize::from(c != d);
            row[j + 1] = (diagonal + cost).min(above + 1).min(row[j] + 1);
            diagonal = above;
        }
    }
    row[y.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    fn word(rng: &mut ChaCha8Rng, alphabet: &[u8]) -> String {
        let len = rng.random_range(0..14);
        (0..len)
            .map(|_| alphabet[rng.random_range(0..alphabet.len())] as char)
            .collect()
    }

    #[test]
    fn same_results_as_strsim() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let names = [
            "martha",
            "marhta",
            "dixon",
            "dicksonx",
            "jellyfish",
            "smellyfish",
            "dmitriy",
            "dmitrii",
            "aleksandr",
            "alexander",
            "ivanov",
            "ivanoff",
            "",
            "a",
            "ab",
            "ba",
        ];
        for a in names {
            for b in names {
                assert_eq!(jaro_winkler(a, b), strsim::jaro_winkler(a, b), "{a} {b}");
                assert_eq!(levenshtein(a, b), strsim::levenshtein(a, b), "{a} {b}");
            }
        }
        for alphabet in [&b"ab"[..], b"abcde", b"abcdefghijklmnopqrstuvwxyz "] {
            for _ in 0..20_000 {
                let a = word(&mut rng, alphabet);
                let b = if rng.random_bool(0.5) {
                    word(&mut rng, alphabet)
                } else {
                    let mut b = a.clone().into_bytes();
                    if !b.is_empty() {
                        let i = rng.random_range(0..b.len());
                        b[i] = alphabet[rng.random_range(0..alphabet.len())];
                    }
                    String::from_utf8(b).unwrap()
                };
                assert_eq!(
                    jaro_winkler(&a, &b),
                    strsim::jaro_winkler(&a, &b),
                    "{a} {b}"
                );
                assert_eq!(levenshtein(&a, &b), strsim::levenshtein(&a, &b), "{a} {b}");
            }
        }
        let long = "x".repeat(70);
        assert_eq!(jaro_winkler(&long, "xx"), strsim::jaro_winkler(&long, "xx"));
        assert_eq!(jaro_winkler("éa", "ea"), strsim::jaro_winkler("éa", "ea"));
    }
}
