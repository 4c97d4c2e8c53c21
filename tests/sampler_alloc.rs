//! The sampler allocates nothing per sample: pricing twice as many months makes no more
//! allocations (dhat counts every block the program asks for). Its own test binary, since it
//! replaces the allocator.
#![allow(clippy::unwrap_used)]

use pricesim::catalog::Catalog;
use pricesim::compare::compare;
use pricesim::scenario::load_file;
use pricesim::uncertainty::sampled;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

#[test]
fn pricing_more_samples_allocates_nothing_more() {
    let _profiler = dhat::Profiler::builder().testing().build();
    let catalog = Catalog::shipped().unwrap();
    // The example with ranges (Web1on1's points, Woztell's seats and in-house outcomes, User.com's
    // subscription). A scenario's WhatsApp rows still allocate as they are priced (their markets
    // gathered by name): docs/UNCERTAINTY.md says so.
    let s = load_file("examples/dealer-ranges.toml".as_ref(), &catalog).unwrap();
    let c = compare(&catalog, &s, &[]).unwrap();
    let blocks = |n: u32| {
        let before = dhat::HeapStats::get().total_blocks;
        let all = sampled(&catalog, &s, &c, n).unwrap();
        assert_eq!(all.costs.len(), all.weights.len() * all.plans.len());
        assert_eq!(all.weights.iter().sum::<u32>(), n);
        dhat::HeapStats::get().total_blocks - before
    };
    // Two threads either way (at least 500 samples each), so the same setup.
    let (few, many) = (blocks(1_000), blocks(4_000));
    assert_eq!(few, many, "{few} blocks for 1,000 samples, {many} for 4,000");
}
