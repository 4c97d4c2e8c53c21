//! Thousands of sampled months priced on every ranked plan, by the same rating as a quote
//! (`rate::cost`, keeping only the amounts), split between the machine's cores.
//!
//! Nothing is allocated per sample: each thread makes its scenario copy, its book and its
//! uniform numbers once, changes the counts in place and writes each cost into its share of one
//! table made before the threads start.

use std::num::NonZeroUsize;

use rust_decimal::Decimal;

use super::draw::Draws;
use crate::catalog::Catalog;
use crate::compare::{Rates, sampled_cost};
use crate::money::MoneyError;
use crate::rate::{self, Priced, Sums};
use crate::ratecard::{Plan, RateCard, Version};
use crate::scenario::Scenario;
use crate::subscription;

/// A plan being sampled.
#[derive(Clone, Copy)]
pub(super) struct Subject<'a> {
    pub(super) card: &'a RateCard,
    pub(super) version: &'a Version,
    pub(super) plan: &'a Plan,
}

/// Fewer samples than this a thread are not worth a thread's start.
const PER_THREAD: usize = 500;

/// How often a thread asks whether to stop: often enough to give up within a millisecond, seldom
/// enough that asking costs nothing.
const ASK_EVERY: usize = 64;

/// The cost of each sample on each subject, sample by sample (`samples × subjects.len()`),
/// `None` where the plan cannot price that sample (or once `stop` said so).
pub(super) fn costs(
    catalog: &Catalog,
    scenario: &Scenario,
    subjects: &[Subject<'_>],
    draws: &Draws,
    samples: usize,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Vec<Option<Decimal>>, MoneyError> {
    let width = subjects.len().max(1);
    let mut table = vec![None; samples.saturating_mul(width)];
    let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let threads = cores.min(samples.div_ceil(PER_THREAD)).max(1);
    let rows = samples.div_ceil(threads).max(1);
    let results: Vec<Result<(), MoneyError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = table
            .chunks_mut(rows.saturating_mul(width))
            .enumerate()
            .map(|(t, chunk)| {
                let first = t.saturating_mul(rows);
                scope.spawn(move || share(catalog, scenario, subjects, draws, first, chunk, stop))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or(Err(MoneyError::Overflow))).collect()
    });
    results.into_iter().collect::<Result<(), MoneyError>>()?;
    Ok(table)
}

/// Prices samples `first..` into `out`, a row of costs per sample, until `stop` says so.
fn share(
    catalog: &Catalog,
    scenario: &Scenario,
    subjects: &[Subject<'_>],
    draws: &Draws,
    first: usize,
    out: &mut [Option<Decimal>],
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<(), MoneyError> {
    let mut s = scenario.clone();
    let mut sums = Sums::new(scenario);
    let mut rates = Rates::new(catalog.fx(), scenario);
    let mut uniforms = vec![0.0; draws.uniforms()];
    for (i, row) in out.chunks_mut(subjects.len().max(1)).enumerate() {
        if i % ASK_EVERY == 0 && stop() {
            break;
        }
        draws.apply(first.saturating_add(i) as u64, &mut uniforms, &mut s.usage);
        for (slot, subject) in row.iter_mut().zip(subjects) {
            *slot = cost(catalog, &s, *subject, &mut sums, &mut rates)?;
        }
    }
    Ok(())
}

/// What `subject` costs for `scenario` in the display currency, by the cost-only rating; `None`
/// when it cannot be priced. `sums` and `rates` are made for `scenario`'s names, month and
/// currency, and kept from one sample to the next.
pub(super) fn cost(
    catalog: &Catalog,
    scenario: &Scenario,
    subject: Subject<'_>,
    sums: &mut Sums,
    rates: &mut Rates<'_>,
) -> Result<Option<Decimal>, MoneyError> {
    let Subject { card, version, plan } = subject;
    let cycle = match subscription::fresh(&card.vendor, plan, scenario, false) {
        Some(Ok(c)) => Some(c),
        Some(Err(_)) => return Ok(None),
        None => None,
    };
    rate::cost(catalog, Priced { card, version, plan, cycle: cycle.as_ref() }, scenario, sums)?;
    sampled_cost(sums, rates)
}
