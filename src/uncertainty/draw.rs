//! How each sampled month's counts are drawn from the scenario's ranges.
//!
//! Each range is a triangular distribution from `low` through `expected` (its peak) to `high`,
//! drawn by its inverse distribution function from one uniform number: only `+ − × ÷ √`, which
//! IEEE 754 rounds exactly, so a seed gives the same counts on every machine. A count tied to
//! another (`scale_with`) is drawn from the same uniform number, at the same quantile of its own
//! range. Sample `i`'s uniform numbers are the SplitMix64 stream seeded with
//! `SEED ^ (i × 0x9E3779B97F4A7C15)`, one per untied range in name order, so the answer does not
//! depend on how the samples are split between threads.

use crate::rng::Rng;
use crate::scenario::Scenario;
use crate::usage::{Usage, UsageKey};

/// The seed of every sampling: fixed, so the same scenario gives the same spreads on every run.
pub const SEED: u64 = 21;

/// The distribution each range is drawn from.
pub const DISTRIBUTION: &str = "triangular";

/// One ranged count, ready to draw.
struct Drawn {
    key: UsageKey,
    low: u64,
    expected: u64,
    high: u64,
    /// Which of the sample's uniform numbers it is drawn from; `None` for a point (low = high).
    uniform: Option<usize>,
}

/// The scenario's ranged counts.
pub(super) struct Draws {
    counts: Vec<Drawn>,
    uniforms: usize,
}

impl Draws {
    /// The ranges of `scenario`: untied ones numbered in name order, tied ones sharing their
    /// target's number.
    pub(super) fn of(scenario: &Scenario) -> Draws {
        let mut own: Vec<&UsageKey> = Vec::new();
        for (key, range) in scenario.ranges.iter() {
            if range.scale_with.is_none() && !range.is_point() {
                own.push(key);
            }
        }
        let counts = scenario
            .ranges
            .iter()
            .map(|(key, range)| {
                let driver = range.scale_with.as_ref().unwrap_or(key);
                let uniform = if range.is_point() { None } else { own.iter().position(|k| *k == driver) };
                Drawn { key: key.clone(), low: range.low, expected: range.expected, high: range.high, uniform }
            })
            .collect();
        Draws { counts, uniforms: own.len() }
    }

    /// How many counts a sample draws: one per range, tied or not.
    pub(super) fn len(&self) -> usize {
        self.counts.len()
    }

    /// Draws sample `i`'s counts into `row` (of [`Draws::len`] length, in the ranges' name
    /// order), its uniform numbers into `u` (one per untied range).
    pub(super) fn draw(&self, i: u64, u: &mut [f64], row: &mut [u64]) {
        let mut rng = Rng::new(SEED ^ i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        for slot in u.iter_mut() {
            *slot = rng.unit();
        }
        for (n, c) in row.iter_mut().zip(&self.counts) {
            *n = match c.uniform.and_then(|k| u.get(k)) {
                Some(&q) => triangular(c.low, c.expected, c.high, q),
                None => c.expected,
            };
        }
    }

    /// How many uniform numbers a sample takes.
    pub(super) fn uniforms(&self) -> usize {
        self.uniforms
    }

    /// Sets the counts of `row` ([`Draws::draw`]'s) in `usage`, which holds every ranged count.
    pub(super) fn set(&self, row: &[u64], usage: &mut Usage) {
        for (c, n) in self.counts.iter().zip(row) {
            usage.update(&c.key, *n);
        }
    }

    /// Sets every ranged count of `usage` to its low (`high` false) or its high.
    pub(super) fn corner(&self, high: bool, usage: &mut Usage) {
        for c in &self.counts {
            usage.update(&c.key, if high { c.high } else { c.low });
        }
    }
}

/// The count at quantile `u` (in `[0, 1)`) of the triangular distribution from `low` through
/// `mode` to `high`, rounded to the nearest whole count and kept within the range.
///
/// With `F = (mode − low) / (high − low)`, the quantile is `low + √(u (high − low)(mode − low))`
/// below `F` and `high − √((1 − u)(high − low)(high − mode))` from `F` on.
pub fn triangular(low: u64, mode: u64, high: u64, u: f64) -> u64 {
    if low >= high {
        return mode;
    }
    let (a, c, b) = (low as f64, mode as f64, high as f64);
    let width = b - a;
    let x = if u * width < c - a { a + (u * width * (c - a)).sqrt() } else { b - ((1.0 - u) * width * (b - c)).sqrt() };
    // `as` saturates, and the clamp keeps the count within the range whatever f64 rounding did.
    (x.round() as u64).clamp(low, high)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_triangular_quantiles_are_worked_by_hand() {
        // low 800, peak 1500, high 6000: F = 700 / 5200 = 0.1346.
        // u = 0: 800. u = 0.5 (above F): 6000 − √(0.5 × 5200 × 4500) = 6000 − 3420.53 = 2579.47 → 2579.
        // u = 0.1 (below F): 800 + √(0.1 × 5200 × 700) = 800 + 603.3 = 1403.3 → 1403.
        assert_eq!(triangular(800, 1500, 6000, 0.0), 800);
        assert_eq!(triangular(800, 1500, 6000, 0.5), 2579);
        assert_eq!(triangular(800, 1500, 6000, 0.1), 1403);
        // At F itself the two branches meet at the peak.
        assert_eq!(triangular(800, 1500, 6000, 700.0 / 5200.0), 1500);
        assert_eq!(triangular(800, 1500, 6000, 0.999_999_999), 6000);
        assert_eq!(triangular(7, 7, 7, 0.3), 7);
    }
}
