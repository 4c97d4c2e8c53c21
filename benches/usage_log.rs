//! Pricing a 1-million-row usage log (`pricesim rate-log usage`): reading, the distinct contacts of
//! each month, and a quote per month. Run: `cargo bench --bench usage_log`.
#![allow(missing_docs, clippy::unwrap_used, clippy::indexing_slicing)]

// The allocator the CLI and the app use (src/main.rs), so figures are theirs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Write;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use pricesim::catalog::Catalog;
use pricesim::progress::Silent;
use pricesim::usagelog::{Options, rate};
use pricesim::whatsapp::genlog::Rng;

/// A million rows over three months: 60,000 contacts, chats and outcomes by agents, bots and staff.
fn log() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-logs");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("usage-1m.csv");
    if !file.exists() {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
        writeln!(out, "timestamp,contact,event,actor,quantity").unwrap();
        let mut rng = Rng::new(7);
        let events =
            ["engaged", "engaged", "engaged", "test_drive", "workshop_appointment", "crm_lead", "whatsapp_reminder"];
        let actors = ["agent", "bot", "bot", "staff"];
        for _ in 0..1_000_000 {
            let day = 1 + rng.below(28);
            let month = 10 + rng.below(3);
            let event = events[rng.below(events.len() as u64) as usize];
            let actor = actors[rng.below(actors.len() as u64) as usize];
            writeln!(out, "2026-{month:02}-{day:02}T10:00:00Z,contact{},{event},{actor},", rng.below(60_000)).unwrap();
        }
    }
    file
}

fn rate_a_million_rows(c: &mut Criterion) {
    let catalog = Catalog::shipped().unwrap();
    let file = log();
    let options = Options {
        timezone: chrono_tz::UTC,
        currency: pricesim::money::Currency::EUR,
        skip_invalid: false,
        plans: vec![],
    };
    let mut group = c.benchmark_group("usage log");
    group.sample_size(10);
    group.bench_function("rate a 1,000,000-row usage log (3 months, every plan)", |b| {
        b.iter(|| rate(&file, &catalog, &options, &Silent).unwrap())
    });
    group.finish();
}

criterion_group!(benches, rate_a_million_rows);
criterion_main!(benches);
