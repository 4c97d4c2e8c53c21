//! Headroom: for the cheapest plan, how far each count of the scenario can move, the others held
//! at their expected counts, before another plan becomes cheaper. Worked out by the breakeven
//! machinery along that count (exact pieces, every crossing checked), never by sampling: the
//! answer is the envelope's stretch that holds the expected count.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

use rust_decimal::Decimal;

use crate::breakeven::{BreakevenError, breakeven_within};
use crate::catalog::Catalog;
use crate::compare::Comparison;
use crate::outlook::{Headroom, Move};
use crate::scenario::Scenario;
use crate::usage::UsageKey;

/// The largest count headroom is worked out along, and with: a scenario with a count above it
/// has none (breakeven's exact arithmetic stays well inside a decimal's 28 digits below it).
pub const LARGEST: u64 = 1_000_000_000;

/// The most points one count's headroom prices: a fortieth of what `pricesim breakeven` allows
/// (every shipped example's headroom needs far fewer), so that a count whose stretch is too fine
/// to settle (100,000 CRM leads against a dozen contacts: a second's work at breakeven's bound) is
/// given up in milliseconds; the app works headroom out on every keystroke.
pub const HEADROOM_POINTS: usize = 5_000;

/// How far up a count is followed: ten times its expected count, and at least its range's high
/// and 100 more than expected, but not past ten times [`LARGEST`].
pub fn ceiling(scenario: &Scenario, key: &UsageKey, expected: u64) -> u64 {
    let high = scenario.ranges.get(key).map_or(0, |r| r.high);
    expected.saturating_mul(10).max(high).max(expected.saturating_add(100)).min(LARGEST.saturating_mul(10))
}

/// The headroom of `c`'s cheapest plan along each non-zero count of `scenario`, in name order;
/// empty when nothing ranks. Only plans that rank compete, as in the comparison. The counts are
/// shared out between the machine's cores (each count's breakeven is its own work); those not
/// begun when `stop` says so are left out (its caller gives the answer up).
pub(super) fn headroom(
    catalog: &Catalog,
    scenario: &Scenario,
    c: &Comparison,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Vec<Headroom>, BreakevenError> {
    let Some(cheapest) = c.cheapest.as_deref() else { return Ok(Vec::new()) };
    if scenario.usage.iter().any(|(_, n)| n > LARGEST) {
        return Ok(Vec::new());
    }
    let ranked: Vec<String> = c.quotes.iter().filter(|q| q.ranks()).map(|q| q.plan.clone()).collect();
    let counts: Vec<(&UsageKey, u64)> = scenario.usage.iter().filter(|(_, n)| *n > 0).collect();
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let Some(&(key, expected)) = counts.get(k) else { break };
            if stop() {
                break;
            }
            done.push((k, along(catalog, scenario, (cheapest, &ranked), key, expected)));
        }
        done
    };
    let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get).min(counts.len()).max(1);
    let mut found: Vec<(usize, Result<Option<Headroom>, BreakevenError>)> = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..cores).map(|_| scope.spawn(work)).collect();
        let mut all = work();
        for h in helpers {
            all.extend(h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        all
    });
    found.sort_by_key(|(k, _)| *k);
    let mut out = Vec::new();
    for (_, h) in found {
        out.extend(h?);
    }
    Ok(out)
}

/// How far `key` (at `expected`) can move before a plan of `ranked` is cheaper than `cheapest`;
/// `None` when it cannot be worked out within [`HEADROOM_POINTS`] or the plan is not alone
/// cheapest there.
fn along(
    catalog: &Catalog,
    scenario: &Scenario,
    (cheapest, ranked): (&str, &[String]),
    key: &UsageKey,
    expected: u64,
) -> Result<Option<Headroom>, BreakevenError> {
    let top = ceiling(scenario, key, expected);
    // A stretch too fine to settle within the bound of priced points leaves that count
    // without a headroom.
    let b = match breakeven_within(catalog, scenario, key, (0, top), ranked, HEADROOM_POINTS) {
        Ok(b) => b,
        Err(BreakevenError::TooManyPoints { .. }) => return Ok(None),
        Err(e) => return Err(e),
    };
    let Some(here) = b.envelope.iter().position(|s| s.from <= expected && expected <= s.to) else { return Ok(None) };
    // A tie at the expected count can leave the stretch with another plan of equal cost.
    if b.envelope.get(here).is_none_or(|s| s.plan != cheapest) {
        return Ok(None);
    }
    let percent = |at: u64| {
        let change = (Decimal::from(at) - Decimal::from(expected)) * Decimal::ONE_HUNDRED / Decimal::from(expected);
        let mut p = change.round_dp(1);
        p.rescale(1);
        p
    };
    let up = b.envelope.get(here + 1).map(|s| Move { at: s.from, plan: s.plan.clone(), percent: percent(s.from) });
    let down = here.checked_sub(1).and_then(|i| b.envelope.get(i)).map(|s| Move {
        at: s.to,
        plan: s.plan.clone(),
        percent: percent(s.to),
    });
    Ok(Some(Headroom { usage: key.clone(), expected, up, down, searched_to: top }))
}
