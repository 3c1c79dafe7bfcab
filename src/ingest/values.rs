//! Cell values: reads the numbers, money amounts and dates that shop exports (till, web shop,
//! loyalty card, hand-kept spreadsheets) write in any common locale, and guesses a column's
//! decimal separator and day-month order from sample values. Also tells whether a text looks
//! like an e-mail address or a phone number, for column detection.
//!
//! Pure functions over `&str`, called on every cell of large files: no IO, no SQL, no UI, no
//! allocation on the common paths. Cleaning (normalising names, e-mails, phones) belongs to
//! `clean`; deciding what to do with a value that does not parse belongs to the caller.

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta, TimeZone};
use chrono_tz::Tz;

use crate::model::DateOrder;

/// Decimal separator of a column or file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Decimal {
    /// `1234.56`, `1,234.56`.
    Dot,
    /// `1234,56`, `1.234,56`, `1 234,56`.
    Comma,
}

/// What a column's values say about its date order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrderEvidence {
    /// Some value had a first part above 12 (so day first) and none had the second part above 12.
    DayFirst,
    /// Some value had a second part above 12 and none had the first part above 12.
    MonthFirst,
    /// Numeric day/month dates exist but every one has both parts <= 12.
    Ambiguous,
    /// Values contradict each other (some day-first only, some month-first only).
    Mixed,
    /// No numeric day/month dates (ISO, month names, serials, or no dates at all).
    NotNeeded,
}

/// How to read dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateRules {
    /// Order for numeric dates like 03/04/2025.
    pub order: DateOrder,
    /// A chrono strftime format (e.g. `"%d/%m/%Y"`). When given, only this format is used; if it
    /// has no time part, a trailing time like `" 14:03"` or `" 14:03:59"` is accepted and kept.
    pub format: Option<String>,
    /// The zones times are converted between.
    pub zones: Zones,
}

/// The zones of a file's date-times. A time written with an offset (`+01:00`, `+0100`,
/// `Z`, `UTC`, `GMT`) is converted from that offset to the shop's zone; one written
/// without is converted from the file's zone when there is one, else kept as written. A
/// date without a time is never shifted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Zones {
    /// The shop's zone, the one times are converted to; None: every time is kept as
    /// written, its offset dropped.
    pub shop: Option<Tz>,
    /// The zone of the times the file writes without one (a known layout's `time_zone`:
    /// Stripe's UTC, Taobao's Asia/Shanghai); None: such times are kept as written.
    pub file: Option<Tz>,
}

impl Zones {
    /// Converts a reading to the shop's zone (see [`Zones`]).
    fn convert(&self, r: Reading) -> NaiveDateTime {
        self.utc_of(r).zip(self.shop).map_or(r.at, |(utc, shop)| {
            shop.from_utc_datetime(&utc).naive_local()
        })
    }

    /// The moment a reading names, when it is converted (a time, a shop zone, and a
    /// written offset or a file zone).
    fn utc_of(&self, r: Reading) -> Option<NaiveDateTime> {
        self.shop?;
        if !r.timed {
            return None;
        }
        match (r.offset, self.file) {
            (Some(offset), _) => {
                r.at.checked_sub_signed(TimeDelta::seconds(i64::from(offset)))
            }
            (None, Some(file)) => utc_of_local(file, r.at),
            (None, None) => None,
        }
    }
}

/// The moment a wall time names in a zone. A time the clocks skip (spring forward) or
/// show twice (fall back) takes the earliest of its readings: of the offsets in force
/// around the change, the one giving the earliest moment.
pub fn utc_of_local(zone: Tz, at: NaiveDateTime) -> Option<NaiveDateTime> {
    use chrono::LocalResult;
    match zone.from_local_datetime(&at) {
        LocalResult::Single(d) => Some(d.naive_utc()),
        LocalResult::Ambiguous(a, b) => Some(a.naive_utc().min(b.naive_utc())),
        LocalResult::None => {
            let offset_at = |moment: Option<NaiveDateTime>| {
                moment.map(|m| zone.offset_from_utc_datetime(&m).fix().local_minus_utc())
            };
            let day = TimeDelta::days(1);
            let before = offset_at(at.checked_sub_signed(day));
            let after = offset_at(at.checked_add_signed(day));
            let offset = before.max(after)?;
            at.checked_sub_signed(TimeDelta::seconds(i64::from(offset)))
        }
    }
}

/// A date or date-time as written, before any conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Reading {
    /// The wall time as written (midnight for a date alone).
    at: NaiveDateTime,
    /// A time of day was written.
    timed: bool,
    /// The offset written with it, in seconds east of UTC (`Z`: 0).
    offset: Option<i32>,
}

impl Reading {
    fn date(date: NaiveDate) -> Reading {
        Reading {
            at: date.and_time(NaiveTime::MIN),
            timed: false,
            offset: None,
        }
    }

    fn timed(at: NaiveDateTime, offset: Option<i32>) -> Reading {
        Reading {
            at,
            timed: true,
            offset,
        }
    }

    fn on(date: NaiveDate, clock: Option<Clock>) -> Reading {
        match clock {
            Some(c) => Reading::timed(date.and_time(c.time), c.offset),
            None => Reading::date(date),
        }
    }
}

/// A time of day and the offset written with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Clock {
    time: NaiveTime,
    offset: Option<i32>,
}

// ---------------------------------------------------------------------------------------------
// Text

/// Characters trimmed around every cell: Unicode white space (incl. U+00A0, U+202F), byte-order
/// mark and zero-width space.
fn is_trim(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Spaces used as thousands separators or between a number and its currency.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

/// Removes the apostrophe exports put before a cell that starts with = + - @, a tab, a
/// carriage return or a digit ("'=1+2" -> "=1+2", `report::export::guard`; "'0612" ->
/// "0612"), and the `="…"` wrapper that keeps a number's leading zeros ("=\"0612\"" -> "0612");
/// trims spaces (incl. no-break spaces). Other text is returned trimmed.
pub fn unguard(raw: &str) -> &str {
    // Most cells start and end with a visible ASCII character and carry no guard: nothing
    // to trim (every character `is_trim` takes is a space, a control or non-ASCII).
    if let (Some(&first), Some(&last)) = (raw.as_bytes().first(), raw.as_bytes().last())
        && first.is_ascii_graphic()
        && last.is_ascii_graphic()
        && first != b'\''
        && first != b'='
    {
        return raw;
    }
    let s = raw.trim_matches(is_trim);
    // `="0612"`: the formula spreadsheets are given so that they keep a number's zeros.
    if let Some(inner) = s.strip_prefix("=\"").and_then(|r| r.strip_suffix('"'))
        && !inner.contains('"')
    {
        return inner.trim_matches(is_trim);
    }
    match s.strip_prefix('\'') {
        // A guard before a formula's first character, or before a number or an id that a
        // spreadsheet would otherwise turn into a number (Shopify's `'7210448301100`,
        // `'+39 333 …`, `'20100`).
        Some(rest)
            if rest.starts_with(['=', '+', '-', '@', '\t', '\r'])
                || rest.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            rest
        }
        _ => s,
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers

/// Currency signs and words, matched exactly before or after the number.
const CURRENCY_SIGNS: [&str; 19] = [
    "US$", "€", "$", "£", "₽", "¥", "￥", "֏", "元", "руб.", "руб", "Руб.", "Руб", "РУБ.", "РУБ",
    "р.", "Р.", "р", "Р",
];

/// ISO currency codes, matched in any ASCII case before or after the number.
const CURRENCY_CODES: [&str; 10] = [
    "EUR", "USD", "RUB", "RUR", "AMD", "CNY", "RMB", "GBP", "CHF", "JPY",
];

fn strip_currency_prefix(s: &str) -> Option<&str> {
    if let Some(rest) = CURRENCY_SIGNS.iter().find_map(|c| s.strip_prefix(c)) {
        return Some(rest);
    }
    let head = s.get(..3)?;
    CURRENCY_CODES
        .iter()
        .any(|c| c.eq_ignore_ascii_case(head))
        .then(|| &s[3..])
}

fn strip_currency_suffix(s: &str) -> Option<&str> {
    if let Some(rest) = CURRENCY_SIGNS.iter().find_map(|c| s.strip_suffix(c)) {
        return Some(rest);
    }
    let cut = s.len().checked_sub(3)?;
    let tail = s.get(cut..)?;
    CURRENCY_CODES
        .iter()
        .any(|c| c.eq_ignore_ascii_case(tail))
        .then(|| &s[..cut])
}

/// Peels signs, parentheses and one currency off a number: returns the bare number text and
/// whether it is negative.
fn strip_decorations(raw: &str) -> Option<(&str, bool)> {
    let mut s = unguard(raw);
    // Fast path: most cells are bare numbers.
    let b = s.as_bytes();
    if b.first().is_some_and(u8::is_ascii_digit) && b.last().is_some_and(u8::is_ascii_digit) {
        return Some((s, false));
    }
    let mut negative = false;
    let mut signed = false;
    let mut currency = false;
    loop {
        s = s.trim_matches(is_trim);
        if s.is_empty() {
            return None;
        }
        if !signed {
            if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
                (s, negative, signed) = (inner, true, true);
                continue;
            }
            if let Some(rest) = s.strip_prefix(['-', '\u{2212}']) {
                (s, negative, signed) = (rest, true, true);
                continue;
            }
            if let Some(rest) = s.strip_prefix('+') {
                (s, signed) = (rest, true);
                continue;
            }
            if let Some(rest) = s.strip_suffix(['-', '\u{2212}']) {
                (s, negative, signed) = (rest, true, true);
                continue;
            }
        }
        if !currency
            && let Some(rest) = strip_currency_prefix(s).or_else(|| strip_currency_suffix(s))
        {
            (s, currency) = (rest, true);
            continue;
        }
        return Some((s, negative));
    }
}

/// Kinds of separator inside a number.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sep {
    Dot,
    Comma,
    Space,
    Apostrophe,
}

fn sep_of(c: char) -> Option<Sep> {
    match c {
        '.' => Some(Sep::Dot),
        ',' => Some(Sep::Comma),
        '\'' | '\u{2019}' => Some(Sep::Apostrophe),
        c if is_space(c) => Some(Sep::Space),
        _ => None,
    }
}

/// The decimal setting in which `mark` is the decimal separator.
fn decimal_of(mark: Sep) -> Decimal {
    if mark == Sep::Comma {
        Decimal::Comma
    } else {
        Decimal::Dot
    }
}

/// The decimal setting in which `mark` is the thousands separator.
fn decimal_grouped_by(mark: Sep) -> Decimal {
    if mark == Sep::Comma {
        Decimal::Dot
    } else {
        Decimal::Comma
    }
}

/// A number split into its parts, still borrowed from the cell.
struct Parts<'a> {
    negative: bool,
    /// ASCII digits, possibly with thousands separators between groups.
    int: &'a str,
    /// ASCII digits after the decimal mark (may be empty).
    frac: &'a str,
    /// What the way it is written says about the locale (None when it fits both).
    evidence: Option<Decimal>,
}

fn split_number(raw: &str, decimal: Decimal) -> Option<Parts<'_>> {
    let (body, negative) = strip_decorations(raw)?;
    let (int, frac, evidence) = split_digits(body, decimal)?;
    Some(Parts {
        negative,
        int,
        frac,
        evidence,
    })
}

fn all_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// Splits bare number text (digits and separators only) into integer and fraction parts.
fn split_digits(s: &str, decimal: Decimal) -> Option<(&str, &str, Option<Decimal>)> {
    // `.5`, `,5`
    if let Some(frac) = s.strip_prefix(['.', ',']) {
        let mark = if s.starts_with('.') {
            Sep::Dot
        } else {
            Sep::Comma
        };
        return (!frac.is_empty() && all_digits(frac)).then_some((
            "",
            frac,
            Some(decimal_of(mark)),
        ));
    }
    let (mut dots, mut commas, mut others) = (0usize, 0usize, 0usize);
    let (mut last_dot, mut last_comma) = (0usize, 0usize);
    let mut other: Option<Sep> = None;
    let mut prev_digit = false;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            prev_digit = true;
            continue;
        }
        let sep = sep_of(c)?;
        if !prev_digit {
            return None;
        }
        prev_digit = false;
        match sep {
            Sep::Dot => (dots, last_dot) = (dots + 1, i),
            Sep::Comma => (commas, last_comma) = (commas + 1, i),
            Sep::Space | Sep::Apostrophe => {
                if other.is_some_and(|o| o != sep) {
                    return None;
                }
                other = Some(sep);
                others += 1;
            }
        }
    }
    if !prev_digit {
        return None;
    }
    // (byte index of the decimal mark, thousands separator, evidence)
    let (point, group, evidence) = match (dots, commas) {
        (0, 0) => (None, other, None),
        (_, 0) | (0, _) => {
            let (mark, count, pos) = if dots > 0 {
                (Sep::Dot, dots, last_dot)
            } else {
                (Sep::Comma, commas, last_comma)
            };
            if count > 1 {
                if others > 0 {
                    return None;
                }
                (None, Some(mark), Some(decimal_grouped_by(mark)))
            } else if others > 0 {
                (Some(pos), other, Some(decimal_of(mark)))
            } else {
                let (a, b) = (&s[..pos], &s[pos + 1..]);
                let could_group = b.len() == 3 && a.len() <= 3 && !a.starts_with('0');
                if !could_group {
                    (Some(pos), None, Some(decimal_of(mark)))
                } else if decimal_of(mark) == decimal {
                    (Some(pos), None, None)
                } else {
                    (None, Some(mark), None)
                }
            }
        }
        _ => {
            if others > 0 {
                return None;
            }
            let (mark, count, pos, group) = if last_dot > last_comma {
                (Sep::Dot, dots, last_dot, Sep::Comma)
            } else {
                (Sep::Comma, commas, last_comma, Sep::Dot)
            };
            if count != 1 {
                return None;
            }
            (Some(pos), Some(group), Some(decimal_of(mark)))
        }
    };
    let (int, frac) = match point {
        Some(p) => (&s[..p], &s[p + 1..]),
        None => (s, ""),
    };
    if !all_digits(frac) || !groups_ok(int, group) {
        return None;
    }
    Some((int, frac, evidence))
}

/// Thousands groups: every separator is of kind `group`, the first group has 1 to 3 digits and
/// every later group exactly 3.
fn groups_ok(int: &str, group: Option<Sep>) -> bool {
    let Some(group) = group else {
        return all_digits(int);
    };
    let mut first = true;
    let mut run = 0usize;
    for c in int.chars() {
        if c.is_ascii_digit() {
            run += 1;
            continue;
        }
        if sep_of(c) != Some(group) || (first && !(1..=3).contains(&run)) || (!first && run != 3) {
            return false;
        }
        first = false;
        run = 0;
    }
    first || run == 3
}

fn parts_to_f64(p: &Parts<'_>) -> Option<f64> {
    let mut buf = [0u8; 80];
    let mut n = 0;
    let bytes = p
        .int
        .bytes()
        .filter(u8::is_ascii_digit)
        .chain((!p.frac.is_empty()).then_some(b'.'))
        .chain(p.frac.bytes());
    let value = if p.int.len() + p.frac.len() + 2 <= buf.len() {
        if p.int.is_empty() {
            buf[0] = b'0';
            n = 1;
        }
        for b in bytes {
            buf[n] = b;
            n += 1;
        }
        std::str::from_utf8(&buf[..n]).ok()?.parse::<f64>().ok()?
    } else {
        let text: String = std::iter::once(b'0').chain(bytes).map(char::from).collect();
        text.parse::<f64>().ok()?
    };
    Some(if p.negative && value != 0.0 {
        -value
    } else {
        value
    })
}

/// Parses a number written in any common locale: `1234.56`, `1,234.56`, `1 234,56` (normal,
/// no-break and narrow no-break spaces, apostrophe `1'234.56`), `1.234,56`, `-12,5`, `(12.50)`
/// (negative), `12.50-` (negative), a leading `+`, currency signs or codes before or after
/// (`€`, `$`, `£`, `₽`, `¥`, `֏`, `EUR`, `USD`, `RUB`, `руб.`, `р.`, `AMD`, `CNY`, `GBP`, `CHF`).
/// `decimal` only decides the ambiguous `1,234` and `1.234`; `12,5`, `1,2345`, `1,234.56` are
/// read as what they must be. None for anything else (empty, `N/A`, `12abc`, `1.2.3`, `1e5`).
pub fn parse_number(raw: &str, decimal: Decimal) -> Option<f64> {
    if let Some((int, _, digits)) = plain_number(raw, decimal)
        && digits == 0
        && int < (1 << 53)
    {
        // An integer of at most 15 digits is exactly an f64.
        return Some(int as f64);
    }
    number_by_rules(raw, decimal)
}

fn number_by_rules(raw: &str, decimal: Decimal) -> Option<f64> {
    parts_to_f64(&split_number(raw, decimal)?)
}

/// The commonest way numbers are written in a file, read without the general rules: up to
/// 15 digits, then optionally the file's decimal mark and one or two digits (`12`, `28.00`,
/// `4,5`). Returns the integer part, the fraction's digits as a number and how many there
/// are. Anything else (signs, currencies, groups, spaces) is None and goes the general way;
/// `tests::plain_numbers_read_as_the_general_rules_do` holds both to the same results.
fn plain_number(raw: &str, decimal: Decimal) -> Option<(i64, i64, usize)> {
    let b = raw.as_bytes();
    let mark = match decimal {
        Decimal::Dot => b'.',
        Decimal::Comma => b',',
    };
    let int_len = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if int_len == 0 || int_len > 15 {
        return None;
    }
    let digits = |s: &[u8]| s.iter().fold(0i64, |acc, c| acc * 10 + i64::from(c - b'0'));
    let int = digits(&b[..int_len]);
    match &b[int_len..] {
        [] => Some((int, 0, 0)),
        [m, frac @ ..]
            if *m == mark
                && (1..=2).contains(&frac.len())
                && frac.iter().all(u8::is_ascii_digit) =>
        {
            Some((int, digits(frac), frac.len()))
        }
        _ => None,
    }
}

/// Money in cents, rounded half away from zero (computed on the decimal digits, so `19.99` is
/// exactly 1999 and `1.005` is 101). None when not a number or out of i64 range.
pub fn parse_cents(raw: &str, decimal: Decimal) -> Option<i64> {
    if let Some((int, frac, digits)) = plain_number(raw, decimal) {
        let frac = if digits == 1 { frac * 10 } else { frac };
        return Some(int * 100 + frac);
    }
    cents_by_rules(raw, decimal)
}

fn cents_by_rules(raw: &str, decimal: Decimal) -> Option<i64> {
    let p = split_number(raw, decimal)?;
    let mut cents: i128 = 0;
    for b in p.int.bytes().filter(u8::is_ascii_digit) {
        cents = cents.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
    }
    let f = p.frac.as_bytes();
    let digit = |i: usize| f.get(i).map_or(0, |b| i128::from(b - b'0'));
    cents = cents
        .checked_mul(100)?
        .checked_add(digit(0) * 10 + digit(1))?;
    if digit(2) >= 5 {
        cents = cents.checked_add(1)?;
    }
    if p.negative {
        cents = -cents;
    }
    i64::try_from(cents).ok()
}

/// Guesses a column's decimal separator from sample values (non-numbers ignored). Some(Comma)
/// when values like `12,50`, `1.234,56`, `1 234,56` dominate; Some(Dot) for `12.50`,
/// `1,234.56`; None when nothing decides (integers only, `1,234` only, no numbers, or a tie).
pub fn detect_decimal<'a>(samples: impl IntoIterator<Item = &'a str>) -> Option<Decimal> {
    let (mut dot, mut comma) = (0usize, 0usize);
    for sample in samples {
        match split_number(sample, Decimal::Dot).and_then(|p| p.evidence) {
            Some(Decimal::Dot) => dot += 1,
            Some(Decimal::Comma) => comma += 1,
            None => {}
        }
    }
    match dot.cmp(&comma) {
        std::cmp::Ordering::Greater => Some(Decimal::Dot),
        std::cmp::Ordering::Less => Some(Decimal::Comma),
        std::cmp::Ordering::Equal => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Dates

/// Reads a run of ASCII digits from `start`: (value, saturating at u32::MAX; number of digits).
fn digits(b: &[u8], start: usize) -> (u32, usize) {
    let mut value: u32 = 0;
    let mut n = 0;
    while let Some(&c) = b.get(start + n)
        && c.is_ascii_digit()
    {
        value = value.saturating_mul(10).saturating_add(u32::from(c - b'0'));
        n += 1;
    }
    (value, n)
}

/// Two-digit years as strptime reads them: 00-68 -> 2000-2068, 69-99 -> 1969-1999.
fn full_year(value: u32, len: usize) -> Option<i32> {
    let y = i32::try_from(value).ok()?;
    Some(match len {
        2 if y <= 68 => 2000 + y,
        2 => 1900 + y,
        _ => y,
    })
}

/// Parts of a numeric day/month date `a/b/yy[yy]` (also `.` and `-`), unvalidated.
fn day_month_parts(s: &str) -> Option<(u32, u32)> {
    let b = s.as_bytes();
    let (a, na) = digits(b, 0);
    let sep = *b.get(na)?;
    if !(1..=2).contains(&na) || !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    let (m, nm) = digits(b, na + 1);
    let p = na + 1 + nm;
    if !(1..=2).contains(&nm) || b.get(p) != Some(&sep) {
        return None;
    }
    let (_, ny) = digits(b, p + 1);
    (ny == 2 || ny == 4).then_some((a, m))
}

/// `YYYYMMDD`, years 1800 to 2200.
fn compact_date(b: &[u8]) -> Option<NaiveDate> {
    let (y, _) = digits(&b[..4], 0);
    let (m, _) = digits(&b[4..6], 0);
    let (d, _) = digits(&b[6..8], 0);
    if !(1800..=2200).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// Numeric dates at the start of `s`: ISO `Y-M-D` (also `/` `.`), `D/M/Y` or `M/D/Y` (also `.`
/// `-`), `YYYYMMDD`. Returns the date and the text after it.
fn numeric_date(s: &str, order: DateOrder) -> Option<(NaiveDate, &str)> {
    let b = s.as_bytes();
    let (v1, n1) = digits(b, 0);
    if n1 == 8 {
        return Some((compact_date(&b[..8])?, &s[8..]));
    }
    let sep = *b.get(n1)?;
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let (v2, n2) = digits(b, n1 + 1);
    let p = n1 + 1 + n2;
    if !(1..=2).contains(&n2) || b.get(p) != Some(&sep) {
        return None;
    }
    let (v3, n3) = digits(b, p + 1);
    let (y, m, d) = if n1 == 4 && (1..=2).contains(&n3) {
        (full_year(v1, 4)?, v2, v3)
    } else if (1..=2).contains(&n1) && (n3 == 2 || n3 == 4) {
        let y = full_year(v3, n3)?;
        match order {
            DateOrder::DayFirst => (y, v2, v1),
            DateOrder::MonthFirst => (y, v1, v2),
        }
    } else {
        return None;
    };
    Some((NaiveDate::from_ymd_opt(y, m, d)?, &s[p + 1 + n3..]))
}

/// Month names in English, French and Russian (nominative and genitive), accents dropped.
/// A word matches a name it equals or starts (3 letters at least) when all such names agree.
const MONTH_NAMES: [(&str, u32); 48] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("janvier", 1),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
];

/// Weekday names skipped before a date (`Tue, 4 Mar 2025`).
const WEEKDAYS: [&str; 31] = [
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
];

fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// Lower-cases a word and drops its accents into `buf`; None when longer than the buffer.
fn fold_word<'b>(word: &str, buf: &'b mut [char; 16]) -> Option<&'b [char]> {
    let mut n = 0;
    let mut full = false;
    for c in word.chars() {
        unicode_normalization::char::decompose_canonical(c, |d| {
            if is_combining(d) {
                return;
            }
            for l in d.to_lowercase() {
                match buf.get_mut(n) {
                    Some(slot) => {
                        *slot = if l == 'ё' { 'е' } else { l };
                        n += 1;
                    }
                    None => full = true,
                }
            }
        });
    }
    (!full).then_some(&buf[..n])
}

fn month_of(word: &str) -> Option<u32> {
    let mut buf = ['\0'; 16];
    let w = fold_word(word, &mut buf)?;
    if w.len() < 3 {
        return None;
    }
    let mut found = None;
    for &(name, month) in &MONTH_NAMES {
        let mut chars = name.chars();
        if w.iter().all(|&c| chars.next() == Some(c)) {
            match found {
                None => found = Some(month),
                Some(m) if m != month => return None,
                Some(_) => {}
            }
        }
    }
    found
}

fn is_weekday(word: &str) -> bool {
    let mut buf = ['\0'; 16];
    fold_word(word, &mut buf)
        .is_some_and(|w| WEEKDAYS.iter().any(|d| d.chars().eq(w.iter().copied())))
}

#[derive(Clone, Copy)]
enum Tok<'a> {
    /// Value and number of digits.
    Num(u32, usize),
    Word(&'a str),
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining(c)
}

/// Next token of a written-out date from byte `i`, skipping spaces and `, - / .`; returns the
/// token and the byte index after it. Ordinal endings (`4th`, `1er`) are read with the number.
fn next_token(s: &str, i: usize) -> Option<(Tok<'_>, usize)> {
    let rest = s.get(i..)?;
    let r = rest.trim_start_matches(|c: char| is_trim(c) || matches!(c, ',' | '-' | '/' | '.'));
    let start = i + rest.len() - r.len();
    let first = r.chars().next()?;
    if first.is_ascii_digit() {
        let (value, n) = digits(r.as_bytes(), 0);
        let after = &r[n..];
        let letters = after.len() - after.trim_start_matches(is_word_char).len();
        let suffix = &after[..letters];
        let ordinal = ["st", "nd", "rd", "th", "er", "e"]
            .iter()
            .any(|o| o.eq_ignore_ascii_case(suffix));
        let end = start + n + if ordinal { letters } else { 0 };
        Some((Tok::Num(value, n), end))
    } else if is_word_char(first) {
        let letters = r.len() - r.trim_start_matches(is_word_char).len();
        Some((Tok::Word(&r[..letters]), start + letters))
    } else {
        None
    }
}

/// Dates with a month name: `4 March 2025`, `March 4, 2025`, `Mar 4 2025`, `04-Mar-2025`,
/// `4 févr. 2025`, `4 марта 2025`, `2025 Mar 04`, optionally after a weekday.
fn named_date(s: &str) -> Option<(NaiveDate, &str)> {
    let (mut t1, mut e1) = next_token(s, 0)?;
    if let Tok::Word(w) = t1
        && month_of(w).is_none()
        && is_weekday(w)
    {
        (t1, e1) = next_token(s, e1)?;
    }
    let (t2, e2) = next_token(s, e1)?;
    let (t3, e3) = next_token(s, e2)?;
    let (y, m, d) = match (t1, t2, t3) {
        (Tok::Num(d, 1..=2), Tok::Word(w), Tok::Num(y, n @ (2 | 4))) => {
            (full_year(y, n)?, month_of(w)?, d)
        }
        (Tok::Word(w), Tok::Num(d, 1..=2), Tok::Num(y, n @ (2 | 4))) => {
            (full_year(y, n)?, month_of(w)?, d)
        }
        (Tok::Num(y, 4), Tok::Word(w), Tok::Num(d, 1..=2)) => (full_year(y, 4)?, month_of(w)?, d),
        _ => return None,
    };
    Some((NaiveDate::from_ymd_opt(y, m, d)?, &s[e3..]))
}

/// Skips the Russian year marker after a date (`2025 г.`, `2025г`, `2025 года`).
fn strip_year_marker(rest: &str) -> &str {
    let r = rest.trim_start_matches(is_trim);
    for marker in ["года", "г.", "г"] {
        if let Some(after) = r.strip_prefix(marker)
            && !after.starts_with(is_word_char)
        {
            return after;
        }
    }
    rest
}

/// Strips a trailing `Z`, `UTC`, `GMT` and/or numeric offset (`+01:00`, `+0100`, `-05`);
/// returns the rest and the offset, in seconds east of UTC, when one was written.
fn strip_zone(r: &str) -> Option<(&str, Option<i32>)> {
    let mut r = r.trim_start_matches(is_trim);
    if let Some(rest) = r.strip_prefix(['Z', 'z']) {
        return Some((rest, Some(0)));
    }
    let mut named = false;
    if let Some(head) = r.get(..3)
        && (head.eq_ignore_ascii_case("utc") || head.eq_ignore_ascii_case("gmt"))
    {
        r = &r[3..];
        named = true;
    }
    let negative = r.starts_with(['-', '\u{2212}']);
    let Some(rest) = r.strip_prefix(['+', '-', '\u{2212}']) else {
        return Some((r, named.then_some(0)));
    };
    let b = rest.as_bytes();
    let (value, n) = digits(b, 0);
    let (minutes, rest) = match n {
        2 if b.get(2) == Some(&b':') && digits(b, 3).1 == 2 => {
            (value * 60 + digits(b, 3).0, &rest[5..])
        }
        1 | 2 => (value * 60, &rest[n..]),
        4 => ((value / 100) * 60 + value % 100, &rest[n..]),
        _ => return None,
    };
    // Offsets run from -12:00 to +14:00; anything beyond a day is not one.
    let seconds = i32::try_from(minutes).ok()?.checked_mul(60)?;
    if seconds >= 86_400 {
        return None;
    }
    Some((rest, Some(if negative { -seconds } else { seconds })))
}

/// A time of day: `14:03`, `14:03:05`, `14:03:05.123`, `14h03`, `14h`, `2:03 PM`, with an
/// optional zone. The whole text must be the time.
fn parse_time(t: &str) -> Option<Clock> {
    let b = t.as_bytes();
    let (mut h, nh) = digits(b, 0);
    if !(1..=2).contains(&nh) {
        return None;
    }
    let mut i = nh;
    let (mut m, mut s) = (0, 0);
    match b.get(i) {
        Some(b':') => {
            let (mm, nm) = digits(b, i + 1);
            if nm != 2 {
                return None;
            }
            m = mm;
            i += 3;
            if b.get(i) == Some(&b':') {
                let (ss, ns) = digits(b, i + 1);
                if ns != 2 {
                    return None;
                }
                s = ss;
                i += 3;
                if matches!(b.get(i), Some(b'.' | b',')) && digits(b, i + 1).1 > 0 {
                    i += 1 + digits(b, i + 1).1;
                }
            }
        }
        Some(b'h' | b'H') => {
            let (mm, nm) = digits(b, i + 1);
            match nm {
                0 => i += 1,
                2 => (m, i) = (mm, i + 3),
                _ => return None,
            }
        }
        _ => return None,
    }
    let mut rest = t[i..].trim_start_matches(is_trim);
    for (marker, pm) in [("am", false), ("a.m.", false), ("pm", true), ("p.m.", true)] {
        if let Some(head) = rest.get(..marker.len())
            && head.eq_ignore_ascii_case(marker)
        {
            if !(1..=12).contains(&h) {
                return None;
            }
            h = h % 12 + if pm { 12 } else { 0 };
            rest = &rest[marker.len()..];
            break;
        }
    }
    let (after, offset) = strip_zone(rest)?;
    if !after.trim_matches(is_trim).is_empty() {
        return None;
    }
    Some(Clock {
        time: NaiveTime::from_hms_opt(h, m, s)?,
        offset,
    })
}

/// The time after a date: nothing (None: the date alone), or a separator (space, comma,
/// `T`) and a time. The outer None: not a date.
fn time_after(rest: &str) -> Option<Option<Clock>> {
    let rest = strip_year_marker(rest);
    let trimmed = rest.trim_start_matches(|c: char| is_trim(c) || c == ',');
    if trimmed.is_empty() {
        return Some(None);
    }
    if let Some(time) = rest.strip_prefix(['T', 't']) {
        return parse_time(time).map(Some);
    }
    if trimmed.len() == rest.len() {
        return None;
    }
    parse_time(trimmed).map(Some)
}

/// Excel serial day numbers 20000 to 80000 (day 0 = 1899-12-30), the fraction being the time.
fn excel_serial(s: &str) -> Option<Reading> {
    let v: f64 = s.parse().ok()?;
    if !(20000.0..=80000.0).contains(&v) {
        return None;
    }
    let whole = v.trunc();
    let mut days = whole as u64;
    let mut secs = ((v - whole) * 86_400.0).round() as u32;
    if secs >= 86_400 {
        days += 1;
        secs = 0;
    }
    let date = NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(Days::new(days))?;
    let at = date.and_time(NaiveTime::from_num_seconds_from_midnight_opt(secs, 0)?);
    Some(if s.contains('.') {
        Reading::timed(at, None)
    } else {
        Reading::date(date)
    })
}

fn parse_auto(s: &str, order: DateOrder) -> Option<Reading> {
    if let Some(dt) = plain_iso(s) {
        return Some(dt);
    }
    general_auto(s, order)
}

/// The commonest date of exports, read without the general rules: `YYYY-MM-DD`, optionally
/// followed by ` HH:MM` or ` HH:MM:SS` (or `T` for the space). Anything else, including
/// impossible dates, is None and goes the general way;
/// `tests::plain_iso_dates_read_as_the_general_rules_do` holds both to the same results.
fn plain_iso(s: &str) -> Option<Reading> {
    let b = s.as_bytes();
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        let digits = b.get(range)?;
        digits.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    if !matches!(b.len(), 10 | 16 | 19) || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)?;
    if b.len() == 10 {
        return Some(Reading::date(date));
    }
    if !matches!(b[10], b' ' | b'T') || b[13] != b':' {
        return None;
    }
    let second = match b.len() {
        19 if b[16] == b':' => num(17..19)?,
        19 => return None,
        _ => 0,
    };
    let time = NaiveTime::from_hms_opt(num(11..13)?, num(14..16)?, second)?;
    Some(Reading::timed(date.and_time(time), None))
}

fn general_auto(s: &str, order: DateOrder) -> Option<Reading> {
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        let plain = s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && s.bytes().filter(|&b| b == b'.').count() <= 1;
        if plain && !(s.len() == 8 && all_digits(s)) {
            return excel_serial(s);
        }
        if let Some((date, rest)) = numeric_date(s, order) {
            return Some(Reading::on(date, time_after(rest)?));
        }
    }
    let (date, rest) = named_date(s)?;
    Some(Reading::on(date, time_after(rest)?))
}

/// Whether a strftime format reads a time of day.
fn format_has_time(fmt: &str) -> bool {
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        let spec =
            chars.find(|c| !matches!(c, '-' | '_' | '0' | '#' | ':' | '.' | '3' | '6' | '9'));
        if matches!(
            spec,
            Some('H' | 'k' | 'I' | 'l' | 'M' | 'S' | 'T' | 'R' | 'X' | 'r' | 'c' | 's' | 'f')
        ) {
            return true;
        }
    }
    false
}

fn parse_with_format(s: &str, fmt: &str) -> Option<Reading> {
    if format_has_time(fmt) {
        // A format with an offset (`%z`, `%:z`) reads it; one without, a time as written.
        if fmt.contains('z')
            && let Ok(d) = chrono::DateTime::parse_from_str(s, fmt)
        {
            return Some(Reading::timed(
                d.naive_local(),
                Some(d.offset().local_minus_utc()),
            ));
        }
        return Some(Reading::timed(
            NaiveDateTime::parse_from_str(s, fmt).ok()?,
            None,
        ));
    }
    if let Ok(date) = NaiveDate::parse_from_str(s, fmt) {
        return Some(Reading::date(date));
    }
    // A trailing time after the date: try the last few spaces (`2:03 PM` has one inside).
    let mut end = s.len();
    for _ in 0..3 {
        let cut = s[..end].rfind(is_trim)?;
        if let Some(clock) = parse_time(s[cut..].trim_start_matches(is_trim))
            && let Ok(date) = NaiveDate::parse_from_str(s[..cut].trim_end_matches(is_trim), fmt)
        {
            return Some(Reading::on(date, Some(clock)));
        }
        end = cut;
    }
    None
}

/// Parses a date or date-time; midnight when the text has no time. Accepts ISO `2025-03-04`,
/// `2025-03-04 14:03[:05]`, `2025-03-04T14:03:05[.fff][Z|+01:00]` (converted to the shop's
/// zone per `rules.zones`, else the offset dropped and the time kept), `2025/03/04`; `dd/mm/yyyy` or `mm/dd/yyyy` per `rules.order` (no fallback to the
/// other order) with `/` `.` `-`, one- or two-digit day and month, two-digit years (00-68 ->
/// 20xx, 69-99 -> 19xx), an optional time after a space (`14:03`, `14:03:05`, `14h03`,
/// `2:03 PM`); `yyyymmdd` (years 1800-2200); month names in English, French and Russian, full
/// or abbreviated, any case, with or without accents and dot, Russian genitive and `г.`
/// (`4 March 2025`, `March 4, 2025`, `4 févr. 2025`, `4 марта 2025 г.`, `04-Mar-2025`,
/// `Tue, 4 Mar 2025 14:03:05 +0000`); Excel serials 20000 to 80000 with an optional fraction
/// for the time. With `rules.format` only that format is used. Invalid dates give None.
pub fn parse_datetime(raw: &str, rules: &DateRules) -> Option<NaiveDateTime> {
    read_datetime(raw, rules).map(|r| rules.zones.convert(r))
}

/// A date or date-time as written, before conversion.
fn read_datetime(raw: &str, rules: &DateRules) -> Option<Reading> {
    let s = unguard(raw);
    if s.is_empty() {
        return None;
    }
    match rules.format.as_deref() {
        Some(fmt) => parse_with_format(s, fmt),
        None => parse_auto(s, rules.order),
    }
}

/// Where a value's time is converted from, when [`parse_datetime`] moves it: the offset
/// written with it (`UTC`, `+01:00`) or the file's zone (`Asia/Shanghai`). None when the
/// value is not a date, has no time, or reads the same in the shop's zone.
pub fn converted_from(raw: &str, rules: &DateRules) -> Option<String> {
    let r = read_datetime(raw, rules)?;
    if rules.zones.convert(r) == r.at {
        return None;
    }
    match (r.offset, rules.zones.file) {
        (Some(0), _) => Some("UTC".to_string()),
        (Some(offset), _) => {
            let (sign, abs) = if offset < 0 {
                ('-', -offset)
            } else {
                ('+', offset)
            };
            Some(format!("{sign}{:02}:{:02}", abs / 3600, abs % 3600 / 60))
        }
        (None, Some(file)) => Some(file.name().to_string()),
        (None, None) => None,
    }
}

/// The zone of a known layout's `time_zone` when it names one (`UTC`, `Asia/Shanghai`);
/// None for words ("as written (+hhmm offset)", "the account's").
pub fn zone_named(name: &str) -> Option<Tz> {
    crate::settings::time_zone_named(name)
}

/// Tells a column's day-month order from its values (see [`DateOrderEvidence`]). Only numeric
/// `a/b/yy[yy]` dates (also `.` and `-`) count; parts of 0 or above 31 are ignored.
pub fn detect_date_order<'a>(samples: impl IntoIterator<Item = &'a str>) -> DateOrderEvidence {
    let (mut day_first, mut month_first, mut ambiguous) = (false, false, false);
    for sample in samples {
        let Some((a, b)) = day_month_parts(unguard(sample)) else {
            continue;
        };
        if a == 0 || b == 0 || a > 31 || b > 31 {
            continue;
        }
        match (a > 12, b > 12) {
            (true, false) => day_first = true,
            (false, true) => month_first = true,
            (false, false) => ambiguous = true,
            (true, true) => {}
        }
        if day_first && month_first {
            return DateOrderEvidence::Mixed;
        }
    }
    match (day_first, month_first, ambiguous) {
        (true, _, _) => DateOrderEvidence::DayFirst,
        (_, true, _) => DateOrderEvidence::MonthFirst,
        (_, _, true) => DateOrderEvidence::Ambiguous,
        _ => DateOrderEvidence::NotNeeded,
    }
}

// ---------------------------------------------------------------------------------------------
// Contact details

/// True when the text looks like an e-mail address (something@something.tld, no spaces).
pub fn looks_like_email(raw: &str) -> bool {
    let s = unguard(raw);
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if local.is_empty()
        || s.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(
                    c,
                    ',' | ';' | ':' | '<' | '>' | '(' | ')' | '[' | ']' | '\\' | '"'
                )
        })
        || domain.contains('@')
    {
        return false;
    }
    let Some((host, tld)) = domain.rsplit_once('.') else {
        return false;
    };
    let tld_ok = tld.chars().count() >= 2
        && (tld.chars().all(char::is_alphabetic)
            || (tld.starts_with("xn--")
                && tld.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')));
    tld_ok
        && !host.is_empty()
        && !host.starts_with(['.', '-'])
        && !host.ends_with(['.', '-'])
        && !domain.contains("..")
}

/// True when the text looks like a phone number: 6 to 15 digits, only digits, spaces,
/// `+ ( ) - . /` allowed, `+` only in front. Dates and plain numbers can match too: test them
/// first.
pub fn looks_like_phone(raw: &str) -> bool {
    let s = unguard(raw);
    let body = s.strip_prefix('+').unwrap_or(s);
    let mut count = 0usize;
    for c in body.chars() {
        if c.is_ascii_digit() {
            count += 1;
        } else if !(is_space(c) || matches!(c, '(' | ')' | '-' | '.' | '/')) {
            return false;
        }
    }
    (6..=15).contains(&count)
}

// ---------------------------------------------------------------------------------------------
// Values in messages and their lengths

/// The most characters of a value a message shows; a longer value is cut, and its length said.
pub const SHOWN_CHARS: usize = 80;

/// A character a message would not show as it is: control characters (C0, DEL, C1) and the
/// invisible marks that hide or reorder text (zero-width spaces and joiners, direction
/// marks and overrides, the soft hyphen, the byte-order mark).
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{ad}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// A value as a message shows it: control characters and invisible marks written out (`\0`,
/// `\t`, `\n`, `\r`, `\x1b`, `\u{202e}`), so that a message never says "'3.50' is not an
/// amount" about a value that holds more than it shows; a value longer than [`SHOWN_CHARS`]
/// is cut, with its length. Values that need neither are borrowed.
pub fn shown(raw: &str) -> std::borrow::Cow<'_, str> {
    if raw.len() <= SHOWN_CHARS && !raw.chars().any(is_invisible) {
        return std::borrow::Cow::Borrowed(raw);
    }
    let mut out = String::new();
    for (i, c) in raw.chars().enumerate() {
        if i == SHOWN_CHARS {
            out.push_str(&format!("… ({} characters)", raw.chars().count()));
            break;
        }
        match c {
            '\0' => out.push_str("\\0"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if is_invisible(c) && u32::from(c) < 0x100 => {
                out.push_str(&format!("\\x{:02x}", u32::from(c)));
            }
            c if is_invisible(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The first `max_chars` characters of `text`, or `None` when it is not longer than that.
/// Cheap for short text: a text of at most `max_chars` bytes is never counted.
pub fn cut_chars(text: &str, max_chars: usize) -> Option<&str> {
    if text.len() <= max_chars {
        return None;
    }
    text.char_indices()
        .nth(max_chars)
        .map(|(at, _)| &text[..at])
}

#[cfg(test)]
mod tests {
    use super::*;
    use Decimal::{Comma, Dot};

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]
        #[test]
        fn plain_numbers_read_as_the_general_rules_do(
            text in "[0-9]{0,17}([.,][0-9]{0,4})?",
            comma in proptest::bool::ANY,
        ) {
            let decimal = if comma { Comma } else { Dot };
            proptest::prop_assert_eq!(parse_cents(&text, decimal), cents_by_rules(&text, decimal));
            proptest::prop_assert_eq!(
                parse_number(&text, decimal).map(f64::to_bits),
                number_by_rules(&text, decimal).map(f64::to_bits)
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]
        #[test]
        fn plain_iso_dates_read_as_the_general_rules_do(
            text in "[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?[ :0-9]{0,2}",
            day_first in proptest::bool::ANY,
        ) {
            let order = if day_first { DateOrder::DayFirst } else { DateOrder::MonthFirst };
            proptest::prop_assert_eq!(parse_auto(&text, order), general_auto(&text, order));
        }
    }

    /// Rules converting to `shop` from `file` (None: no file zone).
    fn zoned(shop: Tz, file: Option<Tz>) -> DateRules {
        DateRules {
            zones: Zones {
                shop: Some(shop),
                file,
            },
            ..DAY_FIRST
        }
    }

    #[test]
    fn utc_times_are_moved_to_the_shops_zone_across_the_spring_change() {
        let paris = zoned(chrono_tz::Europe::Paris, Some(chrono_tz::UTC));
        // Paris is UTC+1 until 2024-03-31 01:00 UTC, UTC+2 from then on.
        assert_eq!(
            parse_datetime("2024-03-30 12:00:00", &paris),
            Some(dt(2024, 3, 30, 13, 0, 0))
        );
        assert_eq!(
            parse_datetime("2024-03-31 00:59:00", &paris),
            Some(dt(2024, 3, 31, 1, 59, 0))
        );
        assert_eq!(
            parse_datetime("2024-03-31 01:00:00", &paris),
            Some(dt(2024, 3, 31, 3, 0, 0))
        );
        assert_eq!(
            parse_datetime("2024-03-31 12:00", &paris),
            Some(dt(2024, 3, 31, 14, 0, 0))
        );
        assert_eq!(
            converted_from("2024-03-31 12:00", &paris).as_deref(),
            Some("UTC")
        );
    }

    #[test]
    fn written_offsets_are_moved_to_the_shops_zone() {
        // No file zone: only the written offsets count.
        let paris = zoned(chrono_tz::Europe::Paris, None);
        // 10:15 at UTC+1 is 09:15 UTC: 10:15 in Paris in March (UTC+1), 11:15 in June.
        assert_eq!(
            parse_datetime("2024-03-01 10:15:00 +0100", &paris),
            Some(dt(2024, 3, 1, 10, 15, 0))
        );
        assert_eq!(
            parse_datetime("2024-06-01T10:15:00+01:00", &paris),
            Some(dt(2024, 6, 1, 11, 15, 0))
        );
        assert_eq!(
            converted_from("2024-06-01T10:15:00+01:00", &paris).as_deref(),
            Some("+01:00")
        );
        // Z and the words UTC and GMT are offset zero.
        assert_eq!(
            parse_datetime("2024-03-01T10:15:00Z", &paris),
            Some(dt(2024, 3, 1, 11, 15, 0))
        );
        assert_eq!(
            parse_datetime("2024-07-01 10:15:00 UTC", &paris),
            Some(dt(2024, 7, 1, 12, 15, 0))
        );
        assert_eq!(
            parse_datetime("Tue, 4 Mar 2025 14:03:05 GMT", &paris),
            Some(dt(2025, 3, 4, 15, 3, 5))
        );
        // A negative offset: 20:00 at UTC-5 is 01:00 UTC the next day, 02:00 in Paris.
        assert_eq!(
            parse_datetime("2024-01-31 20:00 -0500", &paris),
            Some(dt(2024, 2, 1, 2, 0, 0))
        );
        // A written offset wins over the file's zone.
        let shanghai_file = zoned(chrono_tz::Europe::Paris, Some(chrono_tz::Asia::Shanghai));
        assert_eq!(
            parse_datetime("2024-03-01T10:15:00Z", &shanghai_file),
            Some(dt(2024, 3, 1, 11, 15, 0))
        );
        // A format with %z reads the offset too.
        let format = DateRules {
            format: Some("%d/%m/%Y %H:%M %z".into()),
            ..paris
        };
        assert_eq!(
            parse_datetime("01/03/2024 10:15 +0000", &format),
            Some(dt(2024, 3, 1, 11, 15, 0))
        );
    }

    #[test]
    fn a_files_own_zone_is_moved_to_the_shops() {
        // Shanghai is UTC+8 all year; Paris UTC+1 in winter: seven hours earlier.
        let rules = zoned(chrono_tz::Europe::Paris, Some(chrono_tz::Asia::Shanghai));
        assert_eq!(
            parse_datetime("2024-01-15 10:00:00", &rules),
            Some(dt(2024, 1, 15, 3, 0, 0))
        );
        // Before 07:00 in Shanghai it is still the day before in Paris.
        assert_eq!(
            parse_datetime("2024-01-15 06:30", &rules),
            Some(dt(2024, 1, 14, 23, 30, 0))
        );
        assert_eq!(
            converted_from("2024-01-15 06:30", &rules).as_deref(),
            Some("Asia/Shanghai")
        );
    }

    #[test]
    fn times_without_a_zone_and_dates_alone_stay_as_written() {
        let no_file_zone = zoned(chrono_tz::Europe::Paris, None);
        assert_eq!(
            parse_datetime("2024-03-31 22:30:00", &no_file_zone),
            Some(dt(2024, 3, 31, 22, 30, 0))
        );
        assert_eq!(converted_from("2024-03-31 22:30:00", &no_file_zone), None);
        assert_eq!(
            parse_datetime("31/03/2024 22:30", &no_file_zone),
            Some(dt(2024, 3, 31, 22, 30, 0))
        );
        // A date alone is never shifted, whatever the zones.
        let utc_file = zoned(chrono_tz::Asia::Tokyo, Some(chrono_tz::UTC));
        for date in ["2024-03-31", "31/03/2024", "31 March 2024", "20240331"] {
            assert_eq!(
                parse_datetime(date, &utc_file),
                Some(day(2024, 3, 31)),
                "{date}"
            );
        }
        // Without a shop zone, offsets are dropped as before.
        assert_eq!(
            parse_datetime("2024-03-01T10:15:00+05:00", &DAY_FIRST),
            Some(dt(2024, 3, 1, 10, 15, 0))
        );
    }

    #[test]
    fn a_time_crossing_midnight_moves_to_the_next_day_and_month() {
        let paris = zoned(chrono_tz::Europe::Paris, Some(chrono_tz::UTC));
        // 22:30 UTC on 31 March 2024 is 00:30 on 1 April in Paris (UTC+2 by then).
        assert_eq!(
            parse_datetime("2024-03-31 22:30:00", &paris),
            Some(dt(2024, 4, 1, 0, 30, 0))
        );
        // 23:45 UTC on 31 December 2024 is 00:45 on 1 January 2025 (UTC+1).
        assert_eq!(
            parse_datetime("2024-12-31T23:45:00Z", &paris),
            Some(dt(2025, 1, 1, 0, 45, 0))
        );
        // Westward: 01:00 UTC on 1 March is 20:00 on 29 February in New York (UTC-5).
        let new_york = zoned(chrono_tz::America::New_York, Some(chrono_tz::UTC));
        assert_eq!(
            parse_datetime("2024-03-01 01:00", &new_york),
            Some(dt(2024, 2, 29, 20, 0, 0))
        );
    }

    #[test]
    fn skipped_and_doubled_wall_times_take_the_earliest_reading() {
        // The file's zone is Paris, the shop's UTC.
        let rules = zoned(chrono_tz::UTC, Some(chrono_tz::Europe::Paris));
        // 02:30 on 2024-03-31 never happened in Paris; read at UTC+2 it is 00:30 UTC, at
        // UTC+1 01:30 UTC: the earlier.
        assert_eq!(
            parse_datetime("2024-03-31 02:30", &rules),
            Some(dt(2024, 3, 31, 0, 30, 0))
        );
        // 02:30 on 2024-10-27 happened twice: at UTC+2 (00:30 UTC), then UTC+1.
        assert_eq!(
            parse_datetime("2024-10-27 02:30", &rules),
            Some(dt(2024, 10, 27, 0, 30, 0))
        );
        // Either side of the change, one reading.
        assert_eq!(
            parse_datetime("2024-10-27 03:30", &rules),
            Some(dt(2024, 10, 27, 2, 30, 0))
        );
    }

    #[test]
    fn layouts_name_zones_or_words() {
        assert_eq!(zone_named("UTC"), Some(chrono_tz::UTC));
        assert_eq!(zone_named("Asia/Shanghai"), Some(chrono_tz::Asia::Shanghai));
        assert_eq!(zone_named("as written (+hhmm offset)"), None);
        assert_eq!(zone_named("the account's"), None);
    }

    #[test]
    fn plain_iso_dates_take_the_short_way() {
        assert_eq!(
            plain_iso("2023-12-01 12:46:20").map(|r| r.at),
            Some(dt(2023, 12, 1, 12, 46, 20))
        );
        assert_eq!(
            plain_iso("2023-12-01T12:46").map(|r| r.at),
            Some(dt(2023, 12, 1, 12, 46, 0))
        );
        assert_eq!(
            plain_iso("2023-12-01").map(|r| r.at),
            Some(dt(2023, 12, 1, 0, 0, 0))
        );
        assert_eq!(plain_iso("2023-02-30").map(|r| r.at), None);
        assert_eq!(plain_iso("2023-12-01 12:46:2").map(|r| r.at), None);
        assert_eq!(plain_iso("01/12/2023").map(|r| r.at), None);
    }

    #[test]
    fn plain_numbers_take_the_short_way() {
        assert_eq!(plain_number("28.00", Dot), Some((28, 0, 2)));
        assert_eq!(plain_number("4,5", Comma), Some((4, 5, 1)));
        assert_eq!(plain_number("1234", Comma), Some((1234, 0, 0)));
        assert_eq!(plain_number("4,5", Dot), None);
        assert_eq!(plain_number("1.234", Dot), None);
        assert_eq!(plain_number("-3", Dot), None);
        assert_eq!(plain_number("1234567890123456", Dot), None);
    }

    fn dt(y: i32, m: u32, d: u32, h: u32, mi: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, mi, s)
            .unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDateTime {
        dt(y, m, d, 0, 0, 0)
    }

    const NO_ZONES: Zones = Zones {
        shop: None,
        file: None,
    };
    const DAY_FIRST: DateRules = DateRules {
        order: DateOrder::DayFirst,
        format: None,
        zones: NO_ZONES,
    };
    const MONTH_FIRST: DateRules = DateRules {
        order: DateOrder::MonthFirst,
        format: None,
        zones: NO_ZONES,
    };

    fn with_format(fmt: &str) -> DateRules {
        DateRules {
            order: DateOrder::DayFirst,
            format: Some(fmt.to_string()),
            zones: NO_ZONES,
        }
    }

    /// Same value in both settings.
    fn both(raw: &str) -> Option<f64> {
        let dot = parse_number(raw, Dot);
        assert_eq!(
            dot,
            parse_number(raw, Comma),
            "settings disagree on {raw:?}"
        );
        dot
    }

    /// The shortcut for cells with nothing to trim gives what trimming gives.
    #[test]
    fn unguard_shortcut_agrees_with_trimming() {
        let slow = |raw: &str| -> String {
            let s = raw.trim_matches(is_trim);
            match s.strip_prefix('\'') {
                Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => {
                    rest.to_string()
                }
                _ => s.to_string(),
            }
        };
        for raw in [
            "",
            "a",
            "ab",
            " a",
            "a ",
            "'=1",
            "'a",
            "'\tx",
            "a'",
            "\u{feff}x",
            "x\u{200b}",
            "\u{a0}1\u{a0}",
            "12,50",
            "Thé",
            "é",
            "\té\t",
            "C012345",
            "2024-03-15 14:03:22",
            "'",
            "''",
            "\u{1c}a",
            "a\u{1f}",
            "~x~",
            "!",
        ] {
            assert_eq!(unguard(raw), slow(raw), "{raw:?}");
        }
    }

    #[test]
    fn unguard_removes_formula_guard_and_spaces() {
        assert_eq!(unguard("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unguard("'\tx"), "\tx");
        assert_eq!(unguard("'\rx"), "\rx");
        assert_eq!(unguard("'+33 6 12 34 56 78"), "+33 6 12 34 56 78");
        assert_eq!(unguard("'-12"), "-12");
        assert_eq!(unguard("'@home"), "@home");
        assert_eq!(unguard("'hello"), "'hello");
        assert_eq!(unguard("  x\u{a0}"), "x");
        assert_eq!(unguard("\u{202f}\t 'x' \u{feff}"), "'x'");
        assert_eq!(unguard("  '=1+2  "), "=1+2");
        assert_eq!(unguard("'"), "'");
        assert_eq!(unguard(""), "");
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(both("1234.5"), Some(1234.5));
        assert_eq!(both("0"), Some(0.0));
        assert_eq!(both("-0"), Some(0.0));
        assert_eq!(both("  42 "), Some(42.0));
        assert_eq!(both("+7"), Some(7.0));
        assert_eq!(both("-12,5"), Some(-12.5));
        assert_eq!(both("\u{2212}3"), Some(-3.0));
        assert_eq!(both(".5"), Some(0.5));
        assert_eq!(both(",25"), Some(0.25));
        assert_eq!(both("007"), Some(7.0));
    }

    #[test]
    fn grouped_numbers() {
        assert_eq!(both("1,234.56"), Some(1234.56));
        assert_eq!(both("1.234,56"), Some(1234.56));
        assert_eq!(both("1 234,56"), Some(1234.56));
        assert_eq!(both("1\u{a0}234,56"), Some(1234.56));
        assert_eq!(both("1\u{202f}234,56"), Some(1234.56));
        assert_eq!(both("1\u{202f}234\u{a0}567.5"), Some(1_234_567.5));
        assert_eq!(both("1'234.56"), Some(1234.56));
        assert_eq!(both("1\u{2019}234.56"), Some(1234.56));
        assert_eq!(both("12,345,678"), Some(12_345_678.0));
        assert_eq!(both("12.345.678"), Some(12_345_678.0));
        assert_eq!(both("1,234,567.89"), Some(1_234_567.89));
        assert_eq!(both("1.234.567,89"), Some(1_234_567.89));
        assert_eq!(both("1 200"), Some(1200.0));
    }

    #[test]
    fn ambiguous_numbers_follow_the_setting() {
        assert_eq!(parse_number("1,234", Dot), Some(1234.0));
        assert_eq!(parse_number("1,234", Comma), Some(1.234));
        assert_eq!(parse_number("1.234", Dot), Some(1.234));
        assert_eq!(parse_number("1.234", Comma), Some(1234.0));
        assert_eq!(parse_number("-999.000 €", Comma), Some(-999_000.0));
    }

    #[test]
    fn numbers_that_can_only_be_read_one_way() {
        assert_eq!(both("12,5"), Some(12.5));
        assert_eq!(both("12.5"), Some(12.5));
        assert_eq!(both("1,2345"), Some(1.2345));
        assert_eq!(both("1234,567"), Some(1234.567));
        assert_eq!(both("0,123"), Some(0.123));
        assert_eq!(both("0.123"), Some(0.123));
        assert_eq!(both("12,50"), Some(12.5));
    }

    #[test]
    fn negatives_and_currencies() {
        assert_eq!(both("(12.50)"), Some(-12.5));
        assert_eq!(both("(1.234,50 €)"), Some(-1234.5));
        assert_eq!(both("12.50-"), Some(-12.5));
        assert_eq!(both("$1,234.56"), Some(1234.56));
        assert_eq!(both("-$12.50"), Some(-12.5));
        assert_eq!(both("$-12.50"), Some(-12.5));
        assert_eq!(both("12 EUR"), Some(12.0));
        assert_eq!(both("EUR12,50"), Some(12.5));
        assert_eq!(both("usd 3.5"), Some(3.5));
        assert_eq!(both("₽ 1 200"), Some(1200.0));
        assert_eq!(both("1\u{a0}200,50\u{a0}₽"), Some(1200.5));
        assert_eq!(both("֏5000"), Some(5000.0));
        assert_eq!(both("5000 AMD"), Some(5000.0));
        assert_eq!(both("£7.99"), Some(7.99));
        assert_eq!(parse_number("¥1,280", Dot), Some(1280.0));
        assert_eq!(both("¥1,280.00"), Some(1280.0));
        assert_eq!(both("1200 руб."), Some(1200.0));
        assert_eq!(both("1200руб"), Some(1200.0));
        assert_eq!(both("350 р."), Some(350.0));
        assert_eq!(both("99,90 RUB"), Some(99.9));
        assert_eq!(both("CNY 88"), Some(88.0));
        assert_eq!(both("GBP 1.5"), Some(1.5));
        assert_eq!(both("CHF 1'250.00"), Some(1250.0));
        assert_eq!(both("12,50 €"), Some(12.5));
        assert_eq!(both("€ (3,00)"), Some(-3.0));
    }

    #[test]
    fn non_numbers() {
        for raw in [
            "",
            " ",
            "-",
            "+",
            "()",
            "€",
            "N/A",
            "12abc",
            "abc12",
            "1.2.3",
            "1,2,3",
            "1e5",
            "12..5",
            "12,,5",
            "1.234,56.7",
            "1,234.5,6",
            "12 34",
            "1 2345",
            "1234 567",
            "1,234 567",
            "12.",
            "12,",
            "--12",
            "-12-",
            "(12",
            "12)",
            "-(12)",
            "$12 USD",
            "1 234.567,8",
            "1'234 567",
            "0x10",
            "12%",
            "2025-03-04",
            "04/03/2025",
            "1,23,456.78",
        ] {
            assert_eq!(parse_number(raw, Dot), None, "{raw:?} with Dot");
            assert_eq!(parse_number(raw, Comma), None, "{raw:?} with Comma");
        }
    }

    #[test]
    fn cents_round_half_away_from_zero() {
        assert_eq!(parse_cents("0.005", Dot), Some(1));
        assert_eq!(parse_cents("-0.005", Dot), Some(-1));
        assert_eq!(parse_cents("0.0049", Dot), Some(0));
        assert_eq!(parse_cents("-0.004", Dot), Some(0));
        assert_eq!(parse_cents("19.99", Dot), Some(1999));
        assert_eq!(parse_cents("1.005", Dot), Some(101));
        assert_eq!(parse_cents("1 234,56 €", Comma), Some(123_456));
        assert_eq!(parse_cents("(12.50)", Dot), Some(-1250));
        assert_eq!(parse_cents("1,234", Comma), Some(123));
        assert_eq!(parse_cents("1,234", Dot), Some(123_400));
        assert_eq!(parse_cents("7", Dot), Some(700));
        assert_eq!(parse_cents("244091.94", Dot), Some(24_409_194));
        assert_eq!(parse_cents("92233720368547758.07", Dot), Some(i64::MAX));
        assert_eq!(parse_cents("-92233720368547758.08", Dot), Some(i64::MIN));
        assert_eq!(parse_cents("92233720368547758.08", Dot), None);
        assert_eq!(parse_cents("1e5", Dot), None);
        assert_eq!(parse_cents("N/A", Dot), None);
        assert_eq!(parse_cents("", Dot), None);
        assert_eq!(parse_cents(&"9".repeat(60), Dot), None);
    }

    #[test]
    fn long_numbers_still_parse() {
        let long = format!("{}.5", "1".repeat(100));
        assert!(parse_number(&long, Dot).is_some_and(|v| v > 1e99));
    }

    #[test]
    fn decimal_detection() {
        assert_eq!(
            detect_decimal(["12,50", "1 234,56", "7", "N/A", "1,234", ""]),
            Some(Comma)
        );
        assert_eq!(detect_decimal(["1.234,56", "3", "1.000"]), Some(Comma));
        assert_eq!(detect_decimal(["12.50", "1,234.56", "3", "x"]), Some(Dot));
        assert_eq!(detect_decimal(["1,234,567", "1,234"]), Some(Dot));
        assert_eq!(detect_decimal(["€ 9,99", "12,50 €", "3.50"]), Some(Comma));
        assert_eq!(detect_decimal(["1,234", "5", "1.234"]), None);
        assert_eq!(detect_decimal(["1 200", "5", "-3"]), None);
        assert_eq!(detect_decimal(["abc", "", "04/03/2025"]), None);
        assert_eq!(detect_decimal(["1,5", "1.5"]), None);
        assert_eq!(detect_decimal(Vec::<&str>::new()), None);
    }

    #[test]
    fn date_order_detection() {
        use DateOrderEvidence as E;
        assert_eq!(detect_date_order(["03/04/2025", "25/12/2024"]), E::DayFirst);
        assert_eq!(
            detect_date_order(["12/25/2024", "01/02/2025"]),
            E::MonthFirst
        );
        assert_eq!(
            detect_date_order(["01/02/2025", "03/04/2025"]),
            E::Ambiguous
        );
        assert_eq!(detect_date_order(["25/12/2024", "12/25/2024"]), E::Mixed);
        assert_eq!(
            detect_date_order(["2025-03-04", "2024-12-25"]),
            E::NotNeeded
        );
        assert_eq!(
            detect_date_order(["4 March 2025", "45000", ""]),
            E::NotNeeded
        );
        assert_eq!(detect_date_order(Vec::<&str>::new()), E::NotNeeded);
        assert_eq!(
            detect_date_order(["31.12.24 14:03", "1.2.2025", "n/a"]),
            E::DayFirst
        );
        assert_eq!(detect_date_order(["5-31-2024", "2-3-2024"]), E::MonthFirst);
        assert_eq!(
            detect_date_order(["45/12/2024", "01/02/2025"]),
            E::Ambiguous
        );
    }

    #[test]
    fn iso_dates() {
        assert_eq!(
            parse_datetime("2025-03-04", &DAY_FIRST),
            Some(day(2025, 3, 4))
        );
        assert_eq!(
            parse_datetime("2025-03-04", &MONTH_FIRST),
            Some(day(2025, 3, 4))
        );
        assert_eq!(
            parse_datetime("2025-03-04 14:03", &DAY_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 0))
        );
        assert_eq!(
            parse_datetime("2025-03-04 14:03:05", &DAY_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 5))
        );
        assert_eq!(
            parse_datetime("2025-03-04T14:03:05", &DAY_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 5))
        );
        assert_eq!(
            parse_datetime("2025-03-04T14:03:05Z", &DAY_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 5))
        );
        assert_eq!(
            parse_datetime("2025-03-04T14:03:05+01:00", &DAY_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 5))
        );
        assert_eq!(
            parse_datetime("2025-03-04T23:59:59.999-05:00", &DAY_FIRST),
            Some(dt(2025, 3, 4, 23, 59, 59))
        );
        assert_eq!(
            parse_datetime("2025/03/04", &MONTH_FIRST),
            Some(day(2025, 3, 4))
        );
        assert_eq!(
            parse_datetime("2025-3-4", &DAY_FIRST),
            Some(day(2025, 3, 4))
        );
    }

    #[test]
    fn numeric_dates_follow_the_order() {
        assert_eq!(
            parse_datetime("04/03/2025", &DAY_FIRST),
            Some(day(2025, 3, 4))
        );
        assert_eq!(
            parse_datetime("04/03/2025", &MONTH_FIRST),
            Some(day(2025, 4, 3))
        );
        assert_eq!(
            parse_datetime("4.3.2025", &DAY_FIRST),
            Some(day(2025, 3, 4))
        );
        assert_eq!(
            parse_datetime("12-25-2024", &MONTH_FIRST),
            Some(day(2024, 12, 25))
        );
        assert_eq!(parse_datetime("12-25-2024", &DAY_FIRST), None);
        assert_eq!(
            parse_datetime("04/03/2025 14:03", &DAY_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 0))
        );
        assert_eq!(
            parse_datetime("04.03.2025 14h03", &DAY_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 0))
        );
        assert_eq!(
            parse_datetime("3/4/2025 2:03:05 PM", &MONTH_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 5))
        );
        assert_eq!(
            parse_datetime("3/4/2025 12:30 am", &MONTH_FIRST),
            Some(dt(2025, 3, 4, 0, 30, 0))
        );
        assert_eq!(
            parse_datetime("04.03.2025 г.", &DAY_FIRST),
            Some(day(2025, 3, 4))
        );
    }

    #[test]
    fn two_digit_years_like_strptime() {
        assert_eq!(
            parse_datetime("01/02/03", &DAY_FIRST),
            Some(day(2003, 2, 1))
        );
        assert_eq!(
            parse_datetime("04/03/25", &DAY_FIRST),
            Some(day(2025, 3, 4))
        );
        assert_eq!(
            parse_datetime("04/03/68", &DAY_FIRST),
            Some(day(2068, 3, 4))
        );
        assert_eq!(
            parse_datetime("04/03/69", &DAY_FIRST),
            Some(day(1969, 3, 4))
        );
        assert_eq!(
            parse_datetime("04/03/99", &DAY_FIRST),
            Some(day(1999, 3, 4))
        );
        assert_eq!(
            parse_datetime("04-Mar-99", &DAY_FIRST),
            Some(day(1999, 3, 4))
        );
    }

    #[test]
    fn compact_dates() {
        assert_eq!(
            parse_datetime("19551102", &DAY_FIRST),
            Some(day(1955, 11, 2))
        );
        assert_eq!(
            parse_datetime("20250304", &MONTH_FIRST),
            Some(day(2025, 3, 4))
        );
        assert_eq!(
            parse_datetime("20250304 14:03", &DAY_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 0))
        );
        assert_eq!(parse_datetime("19551192", &DAY_FIRST), None);
        assert_eq!(parse_datetime("17991231", &DAY_FIRST), None);
        assert_eq!(parse_datetime("22010101", &DAY_FIRST), None);
    }

    #[test]
    fn month_names() {
        let d = Some(day(2025, 3, 4));
        for raw in [
            "4 March 2025",
            "March 4, 2025",
            "march 4 2025",
            "Mar 4 2025",
            "Mar. 4, 2025",
            "04-Mar-2025",
            "04-MAR-25",
            "4th March 2025",
            "March 4th, 2025",
            "4 mars 2025",
            "4 MARS 2025",
            "4 марта 2025 г.",
            "4 марта 2025г.",
            "4 Марта 2025",
            "4 март 2025",
            "4 мар. 2025",
            "2025 Mar 04",
            "Tue, 4 Mar 2025",
            "mardi 4 mars 2025",
        ] {
            assert_eq!(parse_datetime(raw, &MONTH_FIRST), d, "{raw:?}");
        }
        assert_eq!(
            parse_datetime("4 févr. 2025", &DAY_FIRST),
            Some(day(2025, 2, 4))
        );
        assert_eq!(
            parse_datetime("4 FÉVRIER 2025", &DAY_FIRST),
            Some(day(2025, 2, 4))
        );
        assert_eq!(
            parse_datetime("4 fevr 2025", &DAY_FIRST),
            Some(day(2025, 2, 4))
        );
        assert_eq!(
            parse_datetime("4 fe\u{301}vr. 2025", &DAY_FIRST),
            Some(day(2025, 2, 4))
        );
        assert_eq!(
            parse_datetime("1er août 2025", &DAY_FIRST),
            Some(day(2025, 8, 1))
        );
        assert_eq!(
            parse_datetime("15 déc. 2024", &DAY_FIRST),
            Some(day(2024, 12, 15))
        );
        assert_eq!(
            parse_datetime("9 Sept 2024", &DAY_FIRST),
            Some(day(2024, 9, 9))
        );
        assert_eq!(
            parse_datetime("1 мая 2025", &DAY_FIRST),
            Some(day(2025, 5, 1))
        );
        assert_eq!(
            parse_datetime("31 декабря 1999 года", &DAY_FIRST),
            Some(day(1999, 12, 31))
        );
        assert_eq!(
            parse_datetime("2 juillet 2025", &DAY_FIRST),
            Some(day(2025, 7, 2))
        );
        assert_eq!(
            parse_datetime("2 juil. 2025", &DAY_FIRST),
            Some(day(2025, 7, 2))
        );
        assert_eq!(
            parse_datetime("Tue, 04 Mar 2025 14:03:05 +0000", &DAY_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 5))
        );
        assert_eq!(
            parse_datetime("4 марта 2025 г., 14:03", &DAY_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 0))
        );
        assert_eq!(
            parse_datetime("March 4, 2025 2:03 PM", &DAY_FIRST),
            Some(dt(2025, 3, 4, 14, 3, 0))
        );
    }

    #[test]
    fn excel_serials() {
        assert_eq!(parse_datetime("45000", &DAY_FIRST), Some(day(2023, 3, 15)));
        assert_eq!(
            parse_datetime("45000.5", &DAY_FIRST),
            Some(dt(2023, 3, 15, 12, 0, 0))
        );
        assert_eq!(
            parse_datetime("45000.999999999", &DAY_FIRST),
            Some(day(2023, 3, 16))
        );
        assert_eq!(parse_datetime("20000", &DAY_FIRST), Some(day(1954, 10, 3)));
        assert_eq!(parse_datetime("80000", &DAY_FIRST), Some(day(2119, 1, 11)));
        assert_eq!(parse_datetime("19999", &DAY_FIRST), None);
        assert_eq!(parse_datetime("80000.5", &DAY_FIRST), None);
        assert_eq!(parse_datetime("80001", &DAY_FIRST), None);
        assert_eq!(parse_datetime("2025", &DAY_FIRST), None);
        assert_eq!(parse_datetime("-45000", &DAY_FIRST), None);
    }

    #[test]
    fn bad_dates() {
        for raw in [
            "",
            "abc",
            "31/02/2025",
            "29/02/2025",
            "2025-13-01",
            "2025-02-30",
            "2025-03-04 25:00",
            "2025-03-04 14:60",
            "2025-03-04 14:03:61",
            "2025-03-04 13:00 PM",
            "2025-03-04 14:03 tomorrow",
            "2025-03-0414:03",
            "00/03/2025",
            "04/00/2025",
            "04/03/202",
            "04/03-2025",
            "04/03",
            "March 2025",
            "32 March 2025",
            "4 Foo 2025",
            "4 jui 2025",
            "4 March",
            "March 4",
            "2025",
            "45000,5",
            "1.2.3.4",
        ] {
            assert_eq!(parse_datetime(raw, &DAY_FIRST), None, "{raw:?}");
            assert_eq!(parse_datetime(raw, &MONTH_FIRST), None, "{raw:?}");
        }
        assert_eq!(
            parse_datetime("29/02/2024", &DAY_FIRST),
            Some(day(2024, 2, 29))
        );
    }

    #[test]
    fn given_format_is_the_only_rule() {
        let rules = with_format("%d.%m.%Y");
        assert_eq!(parse_datetime("04.03.2025", &rules), Some(day(2025, 3, 4)));
        assert_eq!(parse_datetime("4.3.2025", &rules), Some(day(2025, 3, 4)));
        assert_eq!(
            parse_datetime("04.03.2025 14:03", &rules),
            Some(dt(2025, 3, 4, 14, 3, 0))
        );
        assert_eq!(
            parse_datetime("04.03.2025 14:03:59", &rules),
            Some(dt(2025, 3, 4, 14, 3, 59))
        );
        assert_eq!(parse_datetime("2025-03-04", &rules), None);
        assert_eq!(parse_datetime("45000", &rules), None);
        assert_eq!(parse_datetime("31.02.2025", &rules), None);
        assert_eq!(parse_datetime("04.03.2025 lunch", &rules), None);

        let us = with_format("%m/%d/%Y");
        assert_eq!(parse_datetime("03/04/2025", &us), Some(day(2025, 3, 4)));
        assert_eq!(
            parse_datetime("03/04/2025 2:03 PM", &us),
            Some(dt(2025, 3, 4, 14, 3, 0))
        );

        let spaced = with_format("%d %B %Y");
        assert_eq!(
            parse_datetime("4 March 2025 09:15", &spaced),
            Some(dt(2025, 3, 4, 9, 15, 0))
        );

        let timed = with_format("%d.%m.%Y %H:%M");
        assert_eq!(
            parse_datetime("04.03.2025 14:03", &timed),
            Some(dt(2025, 3, 4, 14, 3, 0))
        );
        assert_eq!(parse_datetime("04.03.2025", &timed), None);
        assert_eq!(parse_datetime("04.03.2025", &with_format("%Q%")), None);
    }

    #[test]
    fn guarded_cells_parse() {
        assert_eq!(parse_number("'-12,50", Comma), Some(-12.5));
        assert_eq!(parse_number("\u{a0}1 234,56\u{a0}", Comma), Some(1234.56));
        assert_eq!(
            parse_datetime(" 2025-03-04 ", &DAY_FIRST),
            Some(day(2025, 3, 4))
        );
    }

    #[test]
    fn emails() {
        for ok in [
            "anna@example.com",
            " a.b+tag@mail.co.uk ",
            "иван@почта.рф",
            "x@xn--p1ai.xn--p1ai",
            "O'Brien@shop.ie",
        ] {
            assert!(looks_like_email(ok), "{ok:?}");
        }
        for bad in [
            "",
            "anna",
            "anna@",
            "@example.com",
            "anna@example",
            "anna@example.c",
            "anna@.com",
            "anna@ex..com",
            "anna @example.com",
            "anna@exa mple.com",
            "a@b@c.com",
            "anna@example.com,bob@example.com",
            "anna@example.123",
            "<anna@example.com>",
        ] {
            assert!(!looks_like_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn phones() {
        for ok in [
            "+33 6 12 34 56 78",
            "'+33 6 12 34 56 78",
            "(555) 123-4567",
            "8 (916) 123-45-67",
            "+374 10 123456",
            "010.12.34.56",
            "123456",
            "123456789012345",
            "+7\u{a0}916\u{a0}123\u{a0}45\u{a0}67",
            "06/12/34/56/78",
        ] {
            assert!(looks_like_phone(ok), "{ok:?}");
        }
        for bad in [
            "",
            "12345",
            "1234567890123456",
            "++33 6 12 34 56 78",
            "6 12 34 56 78+",
            "+33 6 12 34 56 78 ext 5",
            "phone: 0612345678",
            "06-12-34-56-7a",
            "anna@example.com",
        ] {
            assert!(!looks_like_phone(bad), "{bad:?}");
        }
    }

    #[test]
    fn values_in_messages_show_what_is_invisible() {
        assert_eq!(shown("3.50"), "3.50");
        assert!(matches!(shown("Thé vert"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(shown("3.50\0"), r"3.50\0");
        assert_eq!(shown("a\tb\nc\rd"), r"a\tb\nc\rd");
        assert_eq!(shown("\u{1b}[2J"), r"\x1b[2J");
        assert_eq!(shown("3\u{85}50"), r"3\x8550");
        assert_eq!(shown("abc\u{202e}def"), r"abc\u{202e}def");
        assert_eq!(shown("\u{200b}1"), r"\u{200b}1");
        let long = "é".repeat(100);
        assert_eq!(
            shown(&long),
            format!("{}… (100 characters)", "é".repeat(80))
        );
    }

    #[test]
    fn values_are_cut_at_a_character_count() {
        assert_eq!(cut_chars("abc", 3), None);
        assert_eq!(cut_chars("abcd", 3), Some("abc"));
        // Counted in characters, not bytes: 3 characters of 2 bytes each fit.
        assert_eq!(cut_chars("ééé", 3), None);
        assert_eq!(cut_chars("éééé", 3), Some("ééé"));
        assert_eq!(cut_chars("王伟王伟", 2), Some("王伟"));
    }
}
