//! Quoting one scenario on every shipped plan: the work behind each keystroke in the app.
//! Target: under 50 µs. Run: `cargo bench --bench quote`.
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

fn quote_every_plan(c: &mut Criterion) {
    let catalog = Catalog::shipped().unwrap();
    let text = include_str!("../examples/support-team.toml");
    let scenario = load_str(Path::new("support-team.toml"), text, &catalog).unwrap();
    c.bench_function("quote support-team on every shipped plan", |b| {
        b.iter(|| compare(black_box(&catalog), black_box(&scenario), &[]).unwrap())
    });
    let text_wa = include_str!("../examples/small-shop.toml");
    let with_whatsapp = load_str(Path::new("small-shop.toml"), text_wa, &catalog).unwrap();
    c.bench_function("quote small-shop (with WhatsApp) on every shipped plan", |b| {
        b.iter(|| compare(black_box(&catalog), black_box(&with_whatsapp), &[]).unwrap())
    });
    c.bench_function("load the support-team scenario", |b| {
        b.iter(|| load_str(Path::new("support-team.toml"), black_box(text), &catalog).unwrap())
    });
    c.bench_function("load the shipped rate cards", |b| b.iter(|| Catalog::shipped().unwrap()));
}

criterion_group!(benches, quote_every_plan);
criterion_main!(benches);
