//! Thousands of sampled months priced on every ranked plan, by the same rating as a quote
//! (`rate::cost`, keeping only the amounts), split between the machine's cores.
//!
//! Nothing is allocated per sample: each thread makes its scenario copy, its book and its
//! uniform numbers once, changes the counts in place and writes each cost into the blocks of one
//! table (made before the threads start) that it takes. A sample's draws depend on its number
//! only, so the table is the same whichever thread priced which block.

use std::num::NonZeroUsize;
use std::sync::{Mutex, PoisonError};

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

/// Samples a thread takes at a time. The threads take the next block when they are done with one,
/// so a core that something else holds for a while (the app's web view painting the ranking just
/// shown) costs the blocks it does not take, not half the run waiting for its half; small enough
/// to balance, large enough that taking one costs nothing.
const BLOCK: usize = 128;

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
    let blocks = Mutex::new(table.chunks_mut(BLOCK.saturating_mul(width)).enumerate());
    let work = || -> Result<(), MoneyError> {
        let mut own = Own::new(catalog, scenario, draws);
        loop {
            let Some((b, block)) = blocks.lock().unwrap_or_else(PoisonError::into_inner).next() else {
                return Ok(());
            };
            own.price(catalog, subjects, draws, b.saturating_mul(BLOCK), block, stop)?;
        }
    };
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut all = work();
        for h in helpers {
            all = all.and(h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        all
    })?;
    Ok(table)
}

/// A thread's own copies, made once: the scenario whose counts each sample changes in place, the
/// rating's sums, the exchange rates in use, the sample's uniform numbers.
struct Own<'f> {
    scenario: Scenario,
    sums: Sums,
    rates: Rates<'f>,
    uniforms: Vec<f64>,
}

impl<'f> Own<'f> {
    fn new(catalog: &'f Catalog, scenario: &Scenario, draws: &Draws) -> Own<'f> {
        Own {
            scenario: scenario.clone(),
            sums: Sums::new(scenario),
            rates: Rates::new(catalog.fx(), scenario),
            uniforms: vec![0.0; draws.uniforms()],
        }
    }

    /// Prices samples `first..` into `out`, a row of costs per sample, until `stop` says so.
    fn price(
        &mut self,
        catalog: &Catalog,
        subjects: &[Subject<'_>],
        draws: &Draws,
        first: usize,
        out: &mut [Option<Decimal>],
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Result<(), MoneyError> {
        for (i, row) in out.chunks_mut(subjects.len().max(1)).enumerate() {
            if i % ASK_EVERY == 0 && stop() {
                break;
            }
            draws.apply(first.saturating_add(i) as u64, &mut self.uniforms, &mut self.scenario.usage);
            for (slot, subject) in row.iter_mut().zip(subjects) {
                *slot = cost(catalog, &self.scenario, *subject, &mut self.sums, &mut self.rates)?;
            }
        }
        Ok(())
    }
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
