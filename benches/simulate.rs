//! A 36-month simulation of every shipped plan, wallets included: what `pricesim simulate` and the
//! app's month-by-month chart cost. Target: under 5 ms. Run: `cargo bench --bench simulate`.
#![allow(missing_docs, clippy::unwrap_used)]

// The allocator the CLI and the app use (src/main.rs), so figures are theirs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use pricesim::catalog::Catalog;
use pricesim::scenario::load_str;
use pricesim::simulate::simulate;
use rust_decimal::Decimal;

fn simulate_36_months(c: &mut Criterion) {
    let catalog = Catalog::shipped().unwrap();
    let text = include_str!("../examples/small-shop.toml");
    let scenario = load_str(Path::new("small-shop.toml"), text, &catalog).unwrap();
    let growth = Decimal::new(3, 0);
    c.bench_function("simulate small-shop for 36 months on every shipped plan", |b| {
        b.iter(|| simulate(black_box(&catalog), black_box(&scenario), 36, growth, &[]).unwrap())
    });
}

criterion_group!(benches, simulate_36_months);
criterion_main!(benches);
