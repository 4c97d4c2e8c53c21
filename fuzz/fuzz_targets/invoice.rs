//! An invoice, loaded and, when it loads, checked against a month of usage priced on the plan.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pricesim::catalog::Catalog;
use pricesim::usagelog::UsageMonth;

static MONTHS: OnceLock<Option<(Catalog, Vec<UsageMonth>)>> = OnceLock::new();

fn months() -> Option<(Catalog, Vec<UsageMonth>)> {
    let catalog = Catalog::shipped().ok()?;
    let text = "version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n[contacts]\nengaged = 1200\n[outcomes.bot]\ntest_drive = 20\n";
    let scenario = pricesim::scenario::load_str(Path::new("s.toml"), text, &catalog).ok()?;
    let c = pricesim::compare::compare(&catalog, &scenario, &[]).ok()?;
    let month = UsageMonth {
        month: scenario.month,
        usage: scenario.usage.clone(),
        staff_outcomes: Default::default(),
        quotes: c.quotes,
        cheapest: c.cheapest,
        notes: c.notes,
    };
    Some((catalog, vec![month]))
}

fuzz_target!(|data: &[u8]| {
    let Some((catalog, months)) = MONTHS.get_or_init(months) else { return };
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(invoice) = pricesim::usagelog::check::load_str(Path::new("invoice.toml"), text) {
        let _ = pricesim::usagelog::check::check(&invoice, months, catalog);
    }
});
