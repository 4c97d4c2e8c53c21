//! Decisions under uncertainty (docs/UNCERTAINTY.md): a comparison that also says how sure its
//! ranking is when counts are ranges.
//!
//! [`decide`] compares the scenario as `quote` does (every count at its `expected`: the quotes'
//! lines), then, when the scenario has ranges, samples months from them ([`draw`]) and prices
//! each on every ranked plan with the same rating code ([`sample`]): each quote gets its
//! [`Spread`] and its chance of being the cheapest. For the cheapest plan it works out how far each
//! count can move before another plan is cheaper ([`headroom`], exactly, by breakeven), and what
//! the same usage costs after the next dated price change its cards hold ([`next_change`]), and
//! what each ranked quote costs under the other readings of the unverified rules and prices its
//! cards rest on ([`switches`]).

mod draw;
mod fan;
mod headroom;
mod next_change;
mod sample;
mod switches;

use rust_decimal::Decimal;

use crate::breakeven::BreakevenError;
use crate::catalog::Catalog;
use crate::compare::{CompareError, Comparison, Rates, compare};
use crate::money::MoneyError;
use crate::outlook::{Percentiles, SampledCount, Sampling, Spread};
use crate::rate::Sums;
use crate::scenario::Scenario;
pub use draw::{DISTRIBUTION, SEED, triangular};
pub use fan::{FAN_POINTS, FAN_SAMPLES, Fan, FanPlan, FanPoint, fan};
pub use headroom::{HEADROOM_POINTS, ceiling};
use sample::Subject;

/// How many months are sampled unless asked otherwise (`--samples`): enough that the chances
/// move by well under a percentage point from one seed to another (docs/UNCERTAINTY.md).
pub const DEFAULT_SAMPLES: u32 = 10_000;

/// The most months one comparison samples.
pub const MAX_SAMPLES: u32 = 1_000_000;

/// What [`decide`] works out beyond the comparison.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Months sampled from the ranges (1 to [`MAX_SAMPLES`]).
    pub samples: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options { samples: DEFAULT_SAMPLES }
    }
}

/// Why a decision could not be worked out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecideError {
    /// The scenario could not be compared.
    #[error(transparent)]
    Compare(#[from] CompareError),
    /// An amount overflowed in a sampled month.
    #[error("a sampled month's amounts are too large: {0}")]
    Money(#[from] MoneyError),
    /// A headroom could not be worked out.
    #[error("headroom: {0}")]
    Breakeven(#[from] BreakevenError),
    /// `samples` is out of bounds.
    #[error("sample 1 to {MAX_SAMPLES} months, not {0}")]
    Samples(u32),
    /// Given up when asked to ([`decide_until`]).
    #[error("stopped before it was done")]
    Stopped,
}

/// `scenario` compared on every plan (or those in `only`), with what the ranges say.
pub fn decide(
    catalog: &Catalog,
    scenario: &Scenario,
    only: &[String],
    options: &Options,
) -> Result<Comparison, DecideError> {
    decide_until(catalog, scenario, only, options, &|| false)
}

/// [`decide`], given up ([`DecideError::Stopped`]) once `stop` says so: the app asks again on
/// every keystroke, and an answer nobody will read must not hold the cores the next one needs.
/// `stop` is asked between the parts, and every few dozen samples.
pub fn decide_until(
    catalog: &Catalog,
    scenario: &Scenario,
    only: &[String],
    options: &Options,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Comparison, DecideError> {
    if !(1..=MAX_SAMPLES).contains(&options.samples) {
        return Err(DecideError::Samples(options.samples));
    }
    let stopped = || if stop() { Err(DecideError::Stopped) } else { Ok(()) };
    let mut comparison = compare(catalog, scenario, only)?;
    if !scenario.ranges.is_empty() {
        spread(catalog, scenario, &mut comparison, options.samples, stop)?;
    }
    stopped()?;
    switches::assumptions(catalog, scenario, &mut comparison, only)?;
    stopped()?;
    comparison.headroom = headroom::headroom(catalog, scenario, &comparison, stop)?;
    stopped()?;
    comparison.next_change = next_change::next_change(catalog, scenario, &comparison, only)?;
    Ok(comparison)
}

/// Every sampled month's cost on each ranked plan of a comparison: what its spreads sum up.
#[derive(Debug, Clone)]
pub struct Sampled {
    /// The plans, in the comparison's order (`vendor/plan`).
    pub plans: Vec<String>,
    /// Each different month sampled, each plan's cost in the display currency (`None`: not
    /// priced there), month by month.
    pub costs: Vec<Option<Decimal>>,
    /// How many samples drew each month of `costs`.
    pub weights: Vec<u32>,
    /// Each plan's cost with every ranged count at its low, and at its high.
    pub corners: Vec<Corners>,
}

/// A plan's cost with every ranged count at its low, and at its high (`None`: not priced there).
pub type Corners = (Option<Decimal>, Option<Decimal>);

impl Sampled {
    /// Plan `k`'s cost in each different month sampled.
    pub fn of(&self, k: usize) -> impl Iterator<Item = Option<Decimal>> + '_ {
        self.costs.iter().skip(k).step_by(self.plans.len().max(1)).copied()
    }

    /// Plan `k`'s P10, P50 and P90 over the samples it priced; `None` when it priced none.
    pub fn percentiles(&self, k: usize) -> Option<Percentiles> {
        let mut known: Vec<(Decimal, u32)> =
            self.of(k).zip(&self.weights).filter_map(|(cost, w)| Some((cost?, *w))).collect();
        known.sort_unstable_by_key(|(cost, _)| *cost);
        Percentiles::of(&known)
    }

    /// How many samples plan `k` priced.
    pub fn priced(&self, k: usize) -> u64 {
        self.of(k).zip(&self.weights).filter(|(cost, _)| cost.is_some()).map(|(_, w)| u64::from(*w)).sum()
    }
}

/// `samples` months drawn from `scenario`'s ranges, priced on each plan `comparison` ranks.
pub fn sampled(
    catalog: &Catalog,
    scenario: &Scenario,
    comparison: &Comparison,
    samples: u32,
) -> Result<Sampled, MoneyError> {
    sampled_until(catalog, scenario, comparison, samples, &|| false)
}

/// [`sampled`], the samples after `stop` says so left unpriced (`None`): its caller gives the
/// whole answer up.
fn sampled_until(
    catalog: &Catalog,
    scenario: &Scenario,
    comparison: &Comparison,
    samples: u32,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Sampled, MoneyError> {
    let subjects = subjects(catalog, scenario, comparison);
    let only: Vec<Subject<'_>> = subjects.iter().map(|(_, s)| *s).collect();
    let draws = draw::Draws::of(scenario);
    let n = usize::try_from(samples).unwrap_or(usize::MAX);
    let costs = sample::costs(catalog, scenario, &only, &draws, n, stop)?;
    Ok(Sampled {
        plans: subjects.iter().filter_map(|(i, _)| comparison.quotes.get(*i).map(|q| q.plan.clone())).collect(),
        costs: costs.table,
        weights: costs.weights,
        corners: corners(catalog, scenario, &only, &draws)?,
    })
}

/// The ranked quotes of `c`, by index, with what they are priced from.
fn subjects<'a>(catalog: &'a Catalog, scenario: &Scenario, c: &Comparison) -> Vec<(usize, Subject<'a>)> {
    let day = scenario.month.first_day();
    c.quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.ranks())
        .filter_map(|(i, q)| {
            let (vendor, id) = q.plan.split_once('/')?;
            let card = catalog.card(vendor)?;
            let version = card.version_at(day).ok()?;
            let plan = version.plans.iter().find(|p| p.id == id)?;
            Some((i, Subject { card, version, plan }))
        })
        .collect()
}

/// Samples `samples` months from the scenario's ranges and gives each ranked quote its spread and
/// its chance of being the cheapest.
fn spread(
    catalog: &Catalog,
    scenario: &Scenario,
    c: &mut Comparison,
    samples: u32,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<(), DecideError> {
    let all = sampled_until(catalog, scenario, c, samples, stop)?;
    if stop() {
        return Err(DecideError::Stopped);
    }
    let chances = chances(&all.costs, &all.weights, all.plans.len());
    for (k, plan) in all.plans.iter().enumerate() {
        let (low, high) = all.corners.get(k).copied().unwrap_or((None, None));
        let Some(q) = c.quotes.iter_mut().find(|q| q.plan == *plan) else { continue };
        let unpriced = u32::try_from(u64::from(samples).saturating_sub(all.priced(k))).unwrap_or(u32::MAX);
        q.spread = all.percentiles(k).map(|percentiles| Spread { percentiles, low, high, samples, unpriced });
        q.chance_cheapest = chances.as_ref().and_then(|c| c.get(k).copied());
    }
    c.sampling = Some(Sampling {
        samples,
        seed: SEED,
        distribution: DISTRIBUTION.to_string(),
        ranges: scenario
            .ranges
            .iter()
            .map(|(k, r)| SampledCount {
                usage: k.clone(),
                low: r.low,
                expected: r.expected,
                high: r.high,
                scale_with: r.scale_with.clone(),
            })
            .collect(),
    });
    Ok(())
}

/// Each subject's cost with every ranged count at its low, then at its high.
fn corners(
    catalog: &Catalog,
    scenario: &Scenario,
    subjects: &[Subject<'_>],
    draws: &draw::Draws,
) -> Result<Vec<Corners>, MoneyError> {
    let mut out = Vec::with_capacity(subjects.len());
    let (mut low, mut high) = (scenario.clone(), scenario.clone());
    draws.corner(false, &mut low.usage);
    draws.corner(true, &mut high.usage);
    let mut sums = Sums::new(scenario);
    let mut rates = Rates::new(catalog.fx(), scenario);
    for s in subjects {
        let at_low = sample::cost(catalog, &low, *s, &mut sums, &mut rates)?;
        out.push((at_low, sample::cost(catalog, &high, *s, &mut sums, &mut rates)?));
    }
    Ok(out)
}

/// Each subject's share of the samples in which it is the cheapest, to 4 decimals, adding up to
/// exactly 1: a tie shares the sample equally between the tied plans; samples no plan can price
/// are left out. `table` holds a row of costs per month, drawn by as many samples as `weights`
/// says. Shares are counted exactly (in units of 1 / lcm(1..=plans) of a sample), then rounded by
/// largest remainder. `None` when no sample could be priced.
fn chances(table: &[Option<Decimal>], weights: &[u32], width: usize) -> Option<Vec<Decimal>> {
    if width == 0 {
        return None;
    }
    let unit = (1..=u128::try_from(width).ok()?).try_fold(1u128, lcm)?;
    let mut wins = vec![0u128; width];
    let mut priced: u128 = 0;
    for (row, weight) in table.chunks(width).zip(weights) {
        let Some(best) = row.iter().flatten().min() else { continue };
        let cheapest = |cost: &&Option<Decimal>| **cost == Some(*best);
        let tied = row.iter().filter(cheapest).count();
        let share = unit.checked_div(u128::try_from(tied).ok()?)?.checked_mul(u128::from(*weight))?;
        for (w, _) in wins.iter_mut().zip(row).filter(|(_, cost)| cheapest(cost)) {
            *w = w.checked_add(share)?;
        }
        priced = priced.checked_add(u128::from(*weight))?;
    }
    let whole = priced.checked_mul(unit)?;
    if whole == 0 {
        return None;
    }
    const SCALE: u128 = 10_000;
    let mut units: Vec<(u128, u128, usize)> = wins
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let scaled = w.checked_mul(SCALE)?;
            Some((scaled.checked_div(whole)?, scaled.checked_rem(whole)?, k))
        })
        .collect::<Option<_>>()?;
    let given: u128 = units.iter().map(|u| u.0).sum();
    let mut order: Vec<usize> = (0..width).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (units.get(a).map_or(0, |u| u.1), units.get(b).map_or(0, |u| u.1));
        rb.cmp(&ra).then(a.cmp(&b))
    });
    for k in order.into_iter().take(usize::try_from(SCALE.checked_sub(given)?).ok()?) {
        if let Some(u) = units.get_mut(k) {
            u.0 = u.0.checked_add(1)?;
        }
    }
    units.iter().map(|(n, _, _)| Some(Decimal::new(i64::try_from(*n).ok()?, 4))).collect()
}

fn lcm(a: u128, b: u128) -> Option<u128> {
    let (mut x, mut y) = (a, b);
    while y != 0 {
        (x, y) = (y, x.checked_rem(y)?);
    }
    a.checked_div(x)?.checked_mul(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Decimal> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn percentiles_are_by_nearest_rank() {
        let sorted: Vec<(Decimal, u32)> = (1..=10).map(|n| (Decimal::from(n), 1)).collect();
        // n = 10: P10 at rank 1, P50 at rank 5, P90 at rank 9.
        let p = Percentiles::of(&sorted).unwrap();
        assert_eq!((p.p10, p.p50, p.p90), (Decimal::from(1), Decimal::from(5), Decimal::from(9)));
        assert_eq!(Percentiles::of(&[]), None);
        // Values drawn several times count as often: 1, 2, 2, 2, 3, 9, 9, 9, 9, 9 (n = 10).
        let counted = [(Decimal::from(1), 1), (Decimal::from(2), 3), (Decimal::from(3), 1), (Decimal::from(9), 5)];
        let p = Percentiles::of(&counted).unwrap();
        assert_eq!((p.p10, p.p50, p.p90), (Decimal::from(1), Decimal::from(3), Decimal::from(9)));
    }

    #[test]
    fn a_tie_shares_its_sample_and_the_chances_add_up_to_one() {
        // Three samples on three plans: A cheapest, then A and B tied, then all three tied.
        // A: (1 + 1/2 + 1/3) / 3 = 11/18 = 0.61111; B: (1/2 + 1/3) / 3 = 5/18 = 0.27777;
        // C: (1/3) / 3 = 1/9 = 0.11111. Cut to 0.6111 + 0.2777 + 0.1111 = 0.9999, the unit left
        // goes to the largest remainder (B's): 0.6111 + 0.2778 + 0.1111 = 1.
        let table = vec![d("1"), d("2"), d("3"), d("5"), d("5"), d("6"), d("7"), d("7"), d("7")];
        let c = chances(&table, &[1, 1, 1], 3).unwrap();
        assert_eq!(c, vec![d("0.6111").unwrap(), d("0.2778").unwrap(), d("0.1111").unwrap()]);
        assert_eq!(c.iter().sum::<Decimal>(), Decimal::ONE);
        // A month drawn by several samples counts as many: A's month twice, the tie of A and B
        // once, the tie of all three once: A (2 + 1/2 + 1/3) / 4 = 17/24 = 0.70833, B (1/2 + 1/3)
        // / 4 = 5/24 = 0.20833, C (1/3) / 4 = 1/12 = 0.08333; 0.9999 cut, the remainders all a
        // third of a unit, so the first plan's: 0.7084 + 0.2083 + 0.0833.
        let c = chances(&table, &[2, 1, 1], 3).unwrap();
        assert_eq!(c, vec![d("0.7084").unwrap(), d("0.2083").unwrap(), d("0.0833").unwrap()]);
        // A sample no plan can price is left out.
        let table = vec![d("1"), None, None, None];
        assert_eq!(chances(&table, &[1, 5], 2).unwrap(), vec![Decimal::ONE, Decimal::ZERO]);
        assert_eq!(chances(&[None, None], &[1], 2), None);
    }
}
