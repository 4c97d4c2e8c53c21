//! 10,000 months sampled from `examples/dealer-ranges.toml`'s ranges and priced on every ranked
//! shipped plan (target: under 200 ms on a 2-core machine), and the whole `quote` answer of it
//! (comparison, spreads, chances). Run: `cargo bench --bench uncertainty`.
#![allow(missing_docs, clippy::unwrap_used)]

// The allocator the CLI and the app use (src/main.rs), so figures are theirs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use pricesim::catalog::Catalog;
use pricesim::compare::compare;
use pricesim::scenario::load_str;
use pricesim::uncertainty::{Options, decide, sampled};

fn sample_the_example(c: &mut Criterion) {
    let catalog = Catalog::shipped().unwrap();
    let text = include_str!("../examples/dealer-ranges.toml");
    let scenario = load_str(Path::new("dealer-ranges.toml"), text, &catalog).unwrap();
    let comparison = compare(&catalog, &scenario, &[]).unwrap();
    let mut group = c.benchmark_group("uncertainty");
    group.sample_size(20);
    group.bench_function("10,000 samples of dealer-ranges on every ranked plan (7)", |b| {
        b.iter(|| sampled(black_box(&catalog), black_box(&scenario), &comparison, 10_000).unwrap())
    });
    group.bench_function("quote dealer-ranges: comparison, spreads and chances", |b| {
        b.iter(|| decide(black_box(&catalog), black_box(&scenario), &[], &Options::default()).unwrap())
    });
    group.finish();
}

criterion_group!(benches, sample_the_example);
criterion_main!(benches);
