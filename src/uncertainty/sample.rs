//! Thousands of sampled months priced on every ranked plan, by the same rating as a quote
//! (`rate::cost`, keeping only the amounts), split between the machine's cores.
//!
//! The samples' counts are drawn first, and each different month is priced once, with the number
//! of samples that drew it: a range holds only so many whole counts (10,000 samples of engaged
//! contacts from 800 to 2,400 draw about 1,500 different months), and a month's cost depends on
//! its counts alone. What the samples sum up to (percentiles, chances) is summed from the months
//! with their weights, the same as from every sample one by one. Nothing is allocated
//! per month priced: each thread makes its scenario copy and its book once, changes the counts in
//! place and writes each cost into the blocks of one table (made before the threads start) that
//! it takes. A sample's draws depend on its number only, so the table is the same whichever
//! thread priced which block.

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

/// Fewer months than this a thread are not worth a thread's start.
const PER_THREAD: usize = 500;

/// Months a thread takes at a time. The threads take the next block when they are done with one,
/// so a core that something else holds for a while (another program, or the app's own other
/// work) costs the blocks it does not take, not half the run waiting for its half; small enough
/// to balance, large enough that taking one costs nothing.
const BLOCK: usize = 128;

/// How often a thread asks whether to stop: often enough to give up within a millisecond, seldom
/// enough that asking costs nothing.
const ASK_EVERY: usize = 64;

/// What `samples` sampled months cost on each subject: each different month drawn, and how many
/// samples drew it.
pub(super) struct Costs {
    /// Month by month, each subject's cost (`months × subjects.len()`), `None` where the plan
    /// cannot price that month (or once `stop` said so).
    pub(super) table: Vec<Option<Decimal>>,
    /// How many samples drew each month; they add up to the samples.
    pub(super) weights: Vec<u32>,
}

/// The cost of `samples` sampled months on each subject, `None` where the plan cannot price a
/// month (or once `stop` said so).
pub(super) fn costs(
    catalog: &Catalog,
    scenario: &Scenario,
    subjects: &[Subject<'_>],
    draws: &Draws,
    samples: usize,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Costs, MoneyError> {
    let width = subjects.len().max(1);
    let months = Months::drawn(draws, samples);
    let mut priced = vec![None; months.len().saturating_mul(width)];
    let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let threads = cores.min(months.len().div_ceil(PER_THREAD)).max(1);
    let blocks = Mutex::new(priced.chunks_mut(BLOCK.saturating_mul(width)).enumerate());
    let job = Job { catalog, subjects, draws, months: &months, stop };
    let work = || -> Result<(), MoneyError> {
        let mut own = Own::new(catalog, scenario);
        loop {
            let Some((b, block)) = blocks.lock().unwrap_or_else(PoisonError::into_inner).next() else {
                return Ok(());
            };
            own.price(&job, b.saturating_mul(BLOCK), block)?;
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
    Ok(Costs { table: priced, weights: months.weights })
}

/// The samples' months: each different one's counts once, and how many samples drew it.
struct Months {
    /// Each different month's counts, [`Draws::len`] a month, in ascending order.
    counts: Vec<u64>,
    /// How many counts a month has.
    width: usize,
    /// How many samples drew each month: one entry per different month.
    weights: Vec<u32>,
}

impl Months {
    /// Draws `samples` months' counts and numbers the different ones.
    fn drawn(draws: &Draws, samples: usize) -> Months {
        let width = draws.len();
        let mut drawn = vec![0; samples.saturating_mul(width)];
        let mut uniforms = vec![0.0; draws.uniforms()];
        for (i, month) in drawn.chunks_mut(width.max(1)).enumerate() {
            draws.draw(i as u64, &mut uniforms, month);
        }
        let mut order: Vec<usize> = (0..samples).collect();
        order.sort_unstable_by(|&a, &b| nth(&drawn, width, a).cmp(nth(&drawn, width, b)));
        // Room for every sample to be a month of its own, so that more samples make no more
        // allocations.
        let (counts, weights) = (Vec::with_capacity(drawn.len()), Vec::with_capacity(samples));
        let mut months = Months { counts, width, weights };
        let mut last = None;
        for i in order {
            let this = nth(&drawn, width, i);
            if last != Some(this) {
                months.counts.extend_from_slice(this);
                months.weights.push(0);
                last = Some(this);
            }
            if let Some(w) = months.weights.last_mut() {
                *w = w.saturating_add(1);
            }
        }
        months
    }

    /// How many different months were drawn.
    fn len(&self) -> usize {
        self.weights.len()
    }

    /// Month `m`'s counts.
    fn month(&self, m: usize) -> &[u64] {
        nth(&self.counts, self.width, m)
    }
}

/// Row `i` of a table of rows `width` long.
fn nth(table: &[u64], width: usize, i: usize) -> &[u64] {
    table.get(i.saturating_mul(width)..).unwrap_or_default().get(..width).unwrap_or_default()
}

/// What every thread prices: the months on the subjects, until `stop` says so.
struct Job<'j> {
    catalog: &'j Catalog,
    subjects: &'j [Subject<'j>],
    draws: &'j Draws,
    months: &'j Months,
    stop: &'j (dyn Fn() -> bool + Sync),
}

/// A thread's own copies, made once: the scenario whose counts each month changes in place, the
/// rating's sums, the exchange rates in use.
struct Own<'f> {
    scenario: Scenario,
    sums: Sums,
    rates: Rates<'f>,
}

impl<'f> Own<'f> {
    fn new(catalog: &'f Catalog, scenario: &Scenario) -> Own<'f> {
        Own { scenario: scenario.clone(), sums: Sums::new(scenario), rates: Rates::new(catalog.fx(), scenario) }
    }

    /// Prices months `first..` of `job` into `out`, a row of costs per month, until its `stop`
    /// says so.
    fn price(&mut self, job: &Job<'_>, first: usize, out: &mut [Option<Decimal>]) -> Result<(), MoneyError> {
        for (i, row) in out.chunks_mut(job.subjects.len().max(1)).enumerate() {
            if i % ASK_EVERY == 0 && (job.stop)() {
                break;
            }
            job.draws.set(job.months.month(first.saturating_add(i)), &mut self.scenario.usage);
            for (slot, subject) in row.iter_mut().zip(job.subjects) {
                *slot = cost(job.catalog, &self.scenario, *subject, &mut self.sums, &mut self.rates)?;
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// Each month is there once, in ascending order, weighed by the samples that drew it; a
    /// range's few whole counts make far fewer months than samples.
    #[test]
    fn each_sample_gets_the_month_it_drew_and_each_month_is_there_once() {
        let catalog = Catalog::shipped().unwrap();
        let draws = |usage: &str| {
            let text = format!("version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n{usage}");
            Draws::of(&crate::scenario::load_str(Path::new("s.toml"), &text, &catalog).unwrap())
        };
        let engaged = "[contacts]\nengaged = { low = 800, expected = 1200, high = 2400 }\n";
        let tied_and_not = format!(
            "{engaged}[outcomes.bot]\ncrm_lead = {{ low = 1, expected = 2, high = 3, scale_with = \"contacts.engaged\" }}\n\
             test_drive = {{ low = 10, expected = 20, high = 30 }}\n"
        );
        for (usage, fewer_than) in [(engaged.to_string(), 2000), (tied_and_not, 5000)] {
            let draws = draws(&usage);
            let months = Months::drawn(&draws, 5000);
            let mut uniforms = vec![0.0; draws.uniforms()];
            let mut row = vec![0; draws.len()];
            assert!((1..months.len()).all(|m| months.month(m - 1) < months.month(m)));
            let numbers: Vec<usize> = (0..months.len()).collect();
            let mut drawn_by = vec![0u32; months.len()];
            for i in 0..5000 {
                draws.draw(i, &mut uniforms, &mut row);
                let m = numbers.binary_search_by(|&m| months.month(m).cmp(&row)).expect("drawn, so there");
                drawn_by[m] += 1;
            }
            assert_eq!(drawn_by, months.weights);
            assert!(months.len() < fewer_than, "{} months of {usage}", months.len());
        }
    }
}
