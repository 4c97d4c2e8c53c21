//! Counts given as ranges: `engaged = { low = 800, expected = 1500, high = 6000 }`.
//!
//! A plain number is a point. A range's `expected` is the count the quote's lines are priced at;
//! `low` and `high` bound what the month may bring, and sampling between them (docs/UNCERTAINTY.md)
//! says how sure the ranking is. `scale_with = "contacts.engaged"` ties a count to another range:
//! it is drawn at the same place in its range (the same quantile) as that count, and without a
//! `low` and `high` of its own it moves in proportion to it.
#![deny(clippy::arithmetic_side_effects)]

use std::collections::BTreeMap;
use std::ops::Range as Span;

use serde::{Deserialize, Serialize};
use toml::de::{DeTable, DeValue};

use crate::tomlread::{Reader, Value, join};
use crate::usage::UsageKey;

/// One count's range.
///
/// INVARIANT: `low <= expected <= high` (the loader refuses anything else).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Range {
    /// The fewest the month may bring.
    pub low: u64,
    /// The count the quote is priced at: the most likely.
    pub expected: u64,
    /// The most the month may bring.
    pub high: u64,
    /// The count this one moves with, drawn at the same quantile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub scale_with: Option<UsageKey>,
}

impl Range {
    /// A range with nothing to sample: low, expected and high the same.
    pub fn is_point(&self) -> bool {
        self.low == self.high
    }
}

/// The scenario's ranges by count; counts not here are points.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(transparent)]
pub struct Ranges(BTreeMap<UsageKey, Range>);

impl Ranges {
    /// The range of `key`, when it has one.
    pub fn get(&self, key: &UsageKey) -> Option<&Range> {
        self.0.get(key)
    }

    /// Takes `key`'s range out (the count becomes a point at its expected value), giving it back.
    pub fn remove(&mut self, key: &UsageKey) -> Option<Range> {
        self.0.remove(key)
    }

    /// Sets `key`'s range.
    pub fn set(&mut self, key: UsageKey, range: Range) {
        self.0.insert(key, range);
    }

    /// Every range, by count name.
    pub fn iter(&self) -> impl Iterator<Item = (&UsageKey, &Range)> {
        self.0.iter()
    }

    /// True when every count is a point.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when some range has room to move (low below high): only then is there anything to
    /// sample.
    pub fn varies(&self) -> bool {
        self.0.values().any(|r| !r.is_point())
    }
}

/// A range's `scale_with` as written, checked once every count is read.
pub(super) struct Tie {
    key: UsageKey,
    target: String,
    span: Span<usize>,
    field: String,
    own_bounds: bool,
}

/// What a count's value holds: a point, or a range (its `expected` is the point).
pub(super) enum Read {
    Point(u64),
    Range(Range, Option<Tie>),
}

/// Reads a count written as a number or as a range table. `at` is where it sits (`""` at the
/// top, `months[0]` in a `[[months]]` table, where only points are read).
pub(super) fn count_or_range(
    r: &mut Reader<'_>,
    value: &Value<'_>,
    field: &str,
    key: &UsageKey,
    at: &str,
) -> Option<Read> {
    let DeValue::Table(t) = value.get_ref() else { return r.count(value, field).map(Read::Point) };
    if !at.is_empty() {
        r.error(
            &value.span(),
            field,
            "a range is read only in the scenario's own month, not in [[months]]: give a whole number",
        );
        return None;
    }
    range(r, t, &value.span(), field, key)
}

fn range(r: &mut Reader<'_>, t: &DeTable<'_>, span: &Span<usize>, field: &str, key: &UsageKey) -> Option<Read> {
    r.only_keys(t, field, &["low", "expected", "high", "scale_with"]);
    let mut part = |name: &str| t.get(name).map(|v| (r.count(v, &join(field, name)), v.span()));
    let (low, expected, high) = (part("low"), part("expected"), part("high"));
    let tie = t.get("scale_with").and_then(|v| {
        let target = r.string(v, &join(field, "scale_with"))?;
        Some(Tie {
            key: key.clone(),
            target: target.to_string(),
            span: v.span(),
            field: join(field, "scale_with"),
            own_bounds: low.is_some() || high.is_some(),
        })
    });
    let Some((expected, expected_span)) = expected else {
        r.error(span, &join(field, "expected"), "missing `expected`: the count the quote is priced at");
        return None;
    };
    let expected = expected?;
    let (low, high) = match (low, high) {
        (Some((low, low_span)), Some((high, high_span))) => {
            let (low, high) = (low?, high?);
            if low > expected {
                r.error(&low_span, &join(field, "low"), format!("`low` ({low}) is above `expected` ({expected})"));
                return None;
            }
            if expected > high {
                r.error(&high_span, &join(field, "high"), format!("`high` ({high}) is below `expected` ({expected})"));
                return None;
            }
            (low, high)
        }
        (None, None) if tie.is_some() => (expected, expected), // scaled from the tie, below
        (None, None) => {
            r.error(span, field, "a range needs `low` and `high` (or `scale_with`, to move with another count)");
            return None;
        }
        (Some(_), None) | (None, Some(_)) => {
            let missing = if t.contains_key("low") { "high" } else { "low" };
            r.error(&expected_span, &join(field, missing), format!("missing `{missing}`: give both `low` and `high`"));
            return None;
        }
    };
    Some(Read::Range(Range { low, expected, high, scale_with: None }, tie))
}

/// Checks each `scale_with` against the ranges read and fills in the tied counts: the target must
/// be another count with a range of its own, not itself tied; a tied count without bounds of its
/// own gets the target's, in proportion to the two expected counts (rounded half up).
pub(super) fn tie(r: &mut Reader<'_>, ranges: &mut Ranges, ties: Vec<Tie>) {
    let tied: Vec<UsageKey> = ties.iter().map(|t| t.key.clone()).collect();
    for t in ties {
        let target = match UsageKey::parse(&t.target) {
            Ok(k) => k,
            Err(message) => {
                r.error(&t.span, &t.field, message);
                continue;
            }
        };
        let problem = if target == t.key {
            Some("a count cannot move with itself".to_string())
        } else if tied.contains(&target) {
            Some(format!("`{target}` moves with another count itself: tie this one to that count directly"))
        } else {
            match ranges.get(&target) {
                None => Some(format!("`{target}` has no range in this scenario: give it `low`, `expected` and `high`")),
                Some(g) if !t.own_bounds && g.expected == 0 => {
                    Some(format!("`{target}` is expected to be 0: nothing to move in proportion to"))
                }
                Some(_) => None,
            }
        };
        if let Some(message) = problem {
            r.error(&t.span, &t.field, message);
            continue;
        }
        let Some(goal) = ranges.get(&target).cloned() else { continue };
        let Some(range) = ranges.0.get_mut(&t.key) else { continue };
        if !t.own_bounds {
            let scaled = |n: u64| scale(range.expected, n, goal.expected);
            match (scaled(goal.low), scaled(goal.high)) {
                (Some(low), Some(high)) => {
                    (range.low, range.high) = (low.min(range.expected), high.max(range.expected))
                }
                _ => r.error(&t.span, &t.field, "too large to move in proportion: give `low` and `high`"),
            }
        }
        range.scale_with = Some(target);
    }
}

/// `expected × n / of`, rounded half up, when it fits a count.
fn scale(expected: u64, n: u64, of: u64) -> Option<u64> {
    let product = u128::from(expected).checked_mul(u128::from(n))?;
    let of = u128::from(of);
    let half = of.checked_div(2)?;
    let rounded = product.checked_add(half)?.checked_div(of)?;
    u64::try_from(rounded).ok().filter(|v| *v <= crate::tomlread::MAX_COUNT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tied_count_moves_in_proportion() {
        // 20 test drives expected with 1,500 contacts: at 800 contacts 20 × 800 / 1500 = 10.67 → 11,
        // at 6,000 contacts 20 × 6000 / 1500 = 80.
        assert_eq!(scale(20, 800, 1500), Some(11));
        assert_eq!(scale(20, 6000, 1500), Some(80));
        assert_eq!(scale(20, 6000, 0), None);
    }
}
