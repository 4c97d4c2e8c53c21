//! Breakeven over 0..=1,000,000 engaged contacts across every shipped plan (target: under 10 ms),
//! and one chart drawn as SVG and as PNG (target: under 50 ms). Run: `cargo bench --bench breakeven`.
#![allow(missing_docs, clippy::unwrap_used)]

// The allocator the CLI and the app use (src/main.rs), so figures are theirs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use pricesim::breakeven::{axis, breakeven};
use pricesim::catalog::Catalog;
use pricesim::chart::{Kind, Palette, breakeven_chart, render};
use pricesim::scenario::load_str;

fn breakeven_a_million(c: &mut Criterion) {
    let catalog = Catalog::shipped().unwrap();
    let text = include_str!("../examples/dealer-nl.toml");
    let scenario = load_str(Path::new("dealer-nl.toml"), text, &catalog).unwrap();
    let key = axis("contacts.engaged", &catalog).unwrap();
    c.bench_function("breakeven dealer-nl, engaged contacts 0..=1,000,000, every shipped plan", |b| {
        b.iter(|| breakeven(black_box(&catalog), black_box(&scenario), &key, (0, 1_000_000), &[]).unwrap())
    });
    let answer = breakeven(&catalog, &scenario, &key, (0, 1_000_000), &[]).unwrap();
    let chart = breakeven_chart(&answer, "Dealer group NL", &Palette::new(catalog.plan_names()));
    c.bench_function("breakeven chart as SVG (1200x700)", |b| b.iter(|| render(black_box(&chart), Kind::Svg).unwrap()));
    c.bench_function("breakeven chart as PNG (1200x700)", |b| b.iter(|| render(black_box(&chart), Kind::Png).unwrap()));
}

criterion_group!(benches, breakeven_a_million);
criterion_main!(benches);
