//! A fan: each plan's cost along one count (Breakeven's axis) as a band, P10 to P90 with the
//! median, from months sampled from the scenario's other ranges at each point. Where
//! `pricesim breakeven` says which plan is cheapest at each count with everything else at its
//! expected value, the fan says how far the rest of the scenario's uncertainty moves each cost
//! there: two lines that cross inside overlapping bands are not a sure change of plan.
//!
//! The axis count itself is held at each point; counts tied to it (`scale_with`) follow it in
//! proportion, as a tie without a range of its own does; every other range is sampled as a quote
//! samples it (same draws, same seed, same cost-only rating).

use serde::{Deserialize, Serialize};

use super::{DecideError, sampled};
use crate::catalog::Catalog;
use crate::compare::compare;
use crate::money::Currency;
use crate::outlook::{Percentiles, SampledCount};
use crate::scenario::Scenario;
use crate::usage::UsageKey;

/// Points along the axis, ends included.
pub const FAN_POINTS: u64 = 21;

/// Months sampled at each point: the bands' edges move by a few percent of their width from one
/// seed to another, which a chart cannot show, at a twentieth of a quote's sampling per point.
pub const FAN_SAMPLES: u32 = 500;

/// Each plan's cost along one count, as bands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Fan {
    /// The count varied (`contacts.engaged`).
    pub axis: String,
    /// Its first value.
    pub from: u64,
    /// Its last value, inclusive.
    pub to: u64,
    /// The display currency every cost is in.
    pub currency: Currency,
    /// Months sampled at each point (1 when the scenario has no other range: the bands are lines).
    pub samples: u32,
    /// The counts of the axis sampled at, in order.
    pub points: Vec<u64>,
    /// The axis count's own range in the scenario, when it has one: the stretch the chart shades.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub range: Option<SampledCount>,
    /// Each plan that ranks somewhere on the axis, in the order they first rank along it.
    pub plans: Vec<FanPlan>,
}

/// One plan's band.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FanPlan {
    /// `vendor/plan`.
    pub plan: String,
    /// The points where the plan ranks and prices at least one sampled month, in axis order.
    pub points: Vec<FanPoint>,
}

/// A plan's cost at one count of the axis, over the months sampled there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FanPoint {
    /// The axis count.
    pub at: u64,
    /// P10, P50 and P90 of the costs sampled there (written beside `at`).
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub band: Percentiles,
}

/// The fan of `scenario` along `axis` from `from` to `to` over every plan (or those in `only`),
/// `samples` months at each of [`FAN_POINTS`] points.
pub fn fan(
    catalog: &Catalog,
    scenario: &Scenario,
    axis: &UsageKey,
    (from, to): (u64, u64),
    only: &[String],
    samples: u32,
) -> Result<Fan, DecideError> {
    if !(1..=super::MAX_SAMPLES).contains(&samples) {
        return Err(DecideError::Samples(samples));
    }
    let range = scenario.ranges.get(axis).map(|r| SampledCount {
        usage: axis.clone(),
        low: r.low,
        expected: r.expected,
        high: r.high,
        scale_with: r.scale_with.clone(),
    });
    // Holding the axis leaves the same ranges at every point: with none left to sample, one
    // month is the whole answer.
    let drawn = if held(scenario, axis, from).ranges.varies() { samples } else { 1 };
    let mut plans: Vec<FanPlan> = Vec::new();
    let at = points(from, to);
    for &x in &at {
        let here = held(scenario, axis, x);
        let all = sampled(catalog, &here, &compare(catalog, &here, only)?, drawn)?;
        for (k, plan) in all.plans.iter().enumerate() {
            let Some(band) = all.percentiles(k) else { continue };
            let point = FanPoint { at: x, band };
            match plans.iter_mut().find(|p| p.plan == *plan) {
                Some(p) => p.points.push(point),
                None => plans.push(FanPlan { plan: plan.clone(), points: vec![point] }),
            }
        }
    }
    Ok(Fan { axis: axis.to_string(), from, to, currency: scenario.currency, samples: drawn, points: at, range, plans })
}

/// [`FAN_POINTS`] counts from `from` to `to`, ends included, evenly spread and whole (fewer when
/// the stretch holds fewer counts).
fn points(from: u64, to: u64) -> Vec<u64> {
    let width = u128::from(to.saturating_sub(from));
    let steps = u128::from(FAN_POINTS.saturating_sub(1)).max(1);
    let mut out: Vec<u64> = (0..=steps)
        .map(|i| {
            let offset = width.saturating_mul(i).checked_div(steps).unwrap_or(0);
            from.saturating_add(u64::try_from(offset).unwrap_or(u64::MAX))
        })
        .collect();
    out.dedup();
    out
}

/// `scenario` with `axis` held at `x`: its range dropped, and the counts tied to it moved in
/// proportion (`expected × x / the axis's expected`, to the nearest count) and held too.
fn held(scenario: &Scenario, axis: &UsageKey, x: u64) -> Scenario {
    let mut s = scenario.clone();
    let base = s.ranges.remove(axis).map_or_else(|| s.usage.get(axis), |r| r.expected);
    s.usage.set(axis.clone(), x);
    let tied: Vec<(UsageKey, u64)> = s
        .ranges
        .iter()
        .filter(|(_, r)| r.scale_with.as_ref() == Some(axis))
        .map(|(k, r)| (k.clone(), r.expected))
        .collect();
    for (key, expected) in tied {
        s.ranges.remove(&key);
        s.usage.set(key, proportional(expected, x, base));
    }
    s
}

/// `n × x / base` to the nearest whole count (`n` itself when `base` is 0).
fn proportional(n: u64, x: u64, base: u64) -> u64 {
    if base == 0 {
        return n;
    }
    let (n, x, base) = (u128::from(n), u128::from(x), u128::from(base));
    let scaled = n.saturating_mul(x).saturating_add(base.checked_div(2).unwrap_or(0)).checked_div(base).unwrap_or(0);
    u64::try_from(scaled).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_spread_evenly_with_both_ends() {
        assert_eq!(points(0, 2000).len(), 21);
        assert_eq!(points(0, 2000)[..3], [0, 100, 200]);
        assert_eq!(points(0, 2000).last(), Some(&2000));
        assert_eq!(points(5, 8), vec![5, 6, 7, 8]);
        assert_eq!(points(7, 7), vec![7]);
    }

    #[test]
    fn a_tied_count_moves_in_proportion() {
        assert_eq!(proportional(100, 800, 1200), 67);
        assert_eq!(proportional(100, 2400, 1200), 200);
        assert_eq!(proportional(100, 0, 1200), 0);
        assert_eq!(proportional(100, 5, 0), 100);
    }
}
