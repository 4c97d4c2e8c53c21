//! Reading a TOML document by hand, with a position for every problem.
//!
//! Serde stops at the first error and loses the line of a value it rejects later; the scenario and
//! rate-card loaders instead walk the parsed document ([`DeTable`], which keeps every key's and
//! value's byte span) and record each problem in a [`Reader`], so one run reports them all.
#![deny(clippy::arithmetic_side_effects)]

use std::ops::Range;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostic, Diagnostics, Source, suggestion};

/// A value of the document with its byte span, so a problem with it can name its line.
pub type Value<'i> = Spanned<DeValue<'i>>;

/// The largest count a file can hold (a TOML integer is 64-bit signed): what a derived count must
/// fit, too, for the scenario written from it to load back.
pub const MAX_COUNT: u64 = 9_223_372_036_854_775_807;

/// A document being read: its source and the problems found so far.
pub struct Reader<'s> {
    source: Source<'s>,
    problems: Vec<Diagnostic>,
}

impl<'s> Reader<'s> {
    /// Starts reading `source`.
    pub fn new(source: Source<'s>) -> Self {
        Reader { source, problems: Vec::new() }
    }

    /// Parses the text as TOML, or returns the syntax error with its position.
    pub fn parse(&self) -> Result<Spanned<DeTable<'s>>, Diagnostics> {
        DeTable::parse(self.source.text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            let message = e.message().trim().trim_end_matches('.').to_string();
            Diagnostics(vec![self.source.at(offset, "", format!("not valid TOML: {message}"))])
        })
    }

    /// Records a problem at `span` about `field`.
    pub fn error(&mut self, span: &Range<usize>, field: &str, message: impl Into<String>) {
        self.problems.push(self.source.at(span.start, field, message));
    }

    /// Records a problem found in another file this one names (a rate card's CSV tables).
    pub fn push(&mut self, problem: Diagnostic) {
        self.problems.push(problem);
    }

    /// The value read, when nothing was recorded; else every problem, in file order.
    ///
    /// A loader passes `None` when a required part could not be read, which always records why;
    /// should it not have, the error still says something rather than failing with no message.
    pub fn finish<T>(mut self, value: Option<T>) -> Result<T, Diagnostics> {
        match value {
            Some(value) if self.problems.is_empty() => Ok(value),
            _ => {
                if self.problems.is_empty() {
                    self.problems.push(self.source.whole("the file could not be read"));
                }
                self.problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
                // A rate card's switch readings are read as versions of their own: a problem of a
                // key they set is found once per combination, and reported once.
                self.problems.dedup();
                Err(Diagnostics(self.problems))
            }
        }
    }

    /// Reports every key of `table` not in `allowed`, suggesting the closest allowed one.
    pub fn only_keys(&mut self, table: &DeTable<'_>, path: &str, allowed: &[&str]) {
        for (key, _) in table.iter() {
            let name: &str = key.get_ref();
            if !allowed.contains(&name) {
                let hint = suggestion(name, allowed.iter().copied());
                let what = if path.is_empty() { "key".to_string() } else { format!("key in `{path}`") };
                self.error(&key.span(), &join(path, name), format!("unknown {what}: `{name}`{hint}"));
            }
        }
    }

    /// The value under `key`, or a "missing" problem at `whole` (the enclosing table's span).
    pub fn required<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        whole: &Range<usize>,
        path: &str,
        key: &str,
    ) -> Option<&'t Value<'i>> {
        let found = table.get(key);
        if found.is_none() {
            self.error(whole, &join(path, key), format!("missing `{key}`"));
        }
        found
    }

    /// Checks that `key` holds the format number `expected`; `what` names it in the message
    /// (`format`, `scenario version`).
    pub fn format_number(&mut self, table: &DeTable<'_>, whole: &Range<usize>, key: &str, expected: u64, what: &str) {
        if let Some(v) = self.required(table, whole, "", key)
            && let Some(n) = self.count(v, key)
            && n != expected
        {
            self.error(&v.span(), key, format!("{what} `{n}` is not supported: this program reads {what} {expected}"));
        }
    }

    /// A string value; anything else is an error at its place.
    pub fn string<'v>(&mut self, value: &'v Value<'_>, field: &str) -> Option<&'v str> {
        match value.get_ref() {
            DeValue::String(s) => Some(s.as_ref()),
            other => {
                self.error(&value.span(), field, format!("expected a string, found {}", kind(other)));
                None
            }
        }
    }

    /// A whole, non-negative count (contacts, outcomes, points).
    pub fn count(&mut self, value: &Value<'_>, field: &str) -> Option<u64> {
        let problem = match value.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()) {
                Ok(n) if n < 0 => format!("must not be negative, found `{n}`"),
                Ok(n) => return u64::try_from(n).ok(),
                Err(_) => format!("`{}` is too large", i.as_str()),
            },
            DeValue::Float(f) => {
                format!("must be a whole number, found `{}`", f.as_str())
            }
            other => format!("expected a whole number, found {}", kind(other)),
        };
        self.error(&value.span(), field, problem);
        None
    }

    /// A whole count of at most `max` (a weight, a number of days): a larger one is a problem
    /// that says the bound, never a value dropped or cut down.
    pub fn count_up_to(&mut self, value: &Value<'_>, field: &str, max: u64) -> Option<u64> {
        let n = self.count(value, field)?;
        if n > max {
            self.error(&value.span(), field, format!("`{n}` is too large: at most {max}"));
            return None;
        }
        Some(n)
    }

    /// A decimal number written as a string (`"0.14"`), as prices are.
    pub fn decimal(&mut self, value: &Value<'_>, field: &str) -> Option<Decimal> {
        let problem = match value.get_ref() {
            DeValue::String(s) => match parse_decimal(s) {
                Ok(d) => return Some(d),
                Err(why) => why,
            },
            DeValue::Float(f) => {
                let text = f.as_str();
                format!("write decimal numbers as strings, `\"{text}\"`, so no digit is lost to floating point")
            }
            DeValue::Integer(i) => {
                let text = i.as_str();
                format!("write decimal numbers as strings, `\"{text}\"`")
            }
            other => format!("expected a decimal number as a string, found {}", kind(other)),
        };
        self.error(&value.span(), field, problem);
        None
    }

    /// A calendar date: a TOML local date (`2022-01-01`) or a string holding one.
    pub fn date(&mut self, value: &Value<'_>, field: &str) -> Option<NaiveDate> {
        let text = match value.get_ref() {
            DeValue::String(s) => s.to_string(),
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt.to_string(),
            other => {
                self.error(&value.span(), field, format!("expected a date `YYYY-MM-DD`, found {}", kind(other)));
                return None;
            }
        };
        let parsed = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
        if parsed.is_none() {
            self.error(&value.span(), field, format!("`{text}` is not a date `YYYY-MM-DD`"));
        }
        parsed
    }

    /// One of the named `options` (`"conversation"` → `Unit::Conversation`), or a problem that
    /// lists them and suggests the closest.
    pub fn choice<T: Copy>(&mut self, value: &Value<'_>, field: &str, options: &[(&str, T)]) -> Option<T> {
        let name = self.string(value, field)?;
        let found = options.iter().find(|(n, _)| *n == name).map(|(_, t)| *t);
        if found.is_none() {
            let names: Vec<String> = options.iter().map(|(n, _)| format!("`{n}`")).collect();
            let hint = suggestion(name, options.iter().map(|(n, _)| *n));
            self.error(&value.span(), field, format!("unknown value `{name}`: use one of {}{hint}", names.join(", ")));
        }
        found
    }

    /// A table value; anything else is an error at its place.
    pub fn table<'v, 'i>(&mut self, value: &'v Value<'i>, field: &str) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            other => {
                self.error(&value.span(), field, format!("expected a table, found {}", kind(other)));
                None
            }
        }
    }

    /// The leaves of a table of dotted names, each with its full name: `[a.b] c = 1`, `a.b.c = 1`
    /// and `"a.b.c" = 1` all name `a.b.c`. A nested table for which `is_leaf` holds is a leaf
    /// itself (a value written as an inline table). A name written twice in different ways is
    /// reported at its second place, and only the first is kept.
    pub fn leaves<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        path: &str,
        is_leaf: &dyn Fn(&DeTable<'_>) -> bool,
    ) -> Vec<(String, &'t Value<'i>)> {
        fn walk<'t, 'i>(
            t: &'t DeTable<'i>,
            prefix: &str,
            is_leaf: &dyn Fn(&DeTable<'_>) -> bool,
            out: &mut Vec<(String, &'t Value<'i>)>,
        ) {
            for (key, value) in t.iter() {
                let name = join(prefix, key.get_ref());
                match value.get_ref() {
                    DeValue::Table(inner) if !is_leaf(inner) => walk(inner, &name, is_leaf, out),
                    _ => out.push((name, value)),
                }
            }
        }
        let mut all = Vec::new();
        walk(table, "", is_leaf, &mut all);
        let mut out: Vec<(String, &'t Value<'i>)> = Vec::with_capacity(all.len());
        for (name, value) in all {
            if out.iter().any(|(n, _)| *n == name) {
                self.error(&value.span(), &join(path, &name), format!("`{name}` is given twice: keep one"));
            } else {
                out.push((name, value));
            }
        }
        out
    }

    /// An array value (of tables or of values).
    pub fn array<'v, 'i>(&mut self, value: &'v Value<'i>, field: &str) -> Option<&'v [Value<'i>]> {
        match value.get_ref() {
            DeValue::Array(a) => Some(a),
            other => {
                self.error(&value.span(), field, format!("expected an array, found {}", kind(other)));
                None
            }
        }
    }
}

/// Parses a plain decimal such as `0.14` or `-3`; no exponent, no thousands separators. Exactly,
/// or not at all: a number with more digits than a `Decimal` keeps (28 or 29 significant ones) is
/// refused rather than rounded, so an invoice's `14.400000000000000000000000000001` never reads as
/// `14.40`. The error is the sentence to show.
pub fn parse_decimal(text: &str) -> Result<Decimal, String> {
    let plain = !text.is_empty()
        && text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-')
        && text.chars().any(|c| c.is_ascii_digit());
    if !plain {
        return Err(format!("`{text}` is not a decimal number"));
    }
    Decimal::from_str_exact(text).map_err(|e| match e {
        rust_decimal::Error::Underflow => {
            format!("`{text}` has more digits than can be kept exactly: at most 28 significant digits")
        }
        _ if text.bytes().filter(|b| *b == b'.').count() <= 1 && text.rfind('-').is_none_or(|i| i == 0) => {
            format!("`{text}` is too large: at most {} in magnitude", Decimal::MAX)
        }
        _ => format!("`{text}` is not a decimal number"),
    })
}

/// `path.key`, or `key` at the top.
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

/// How a value is named in "found …".
pub fn kind(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a floating-point number",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date or time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}
