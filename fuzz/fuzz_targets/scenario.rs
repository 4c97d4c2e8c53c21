//! A scenario file: loaded against the shipped cards and, when it loads, priced on every plan
//! and simulated for a few months, since a file that loads must also price without a panic.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pricesim::catalog::Catalog;

static CATALOG: OnceLock<Option<Catalog>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Some(catalog) = CATALOG.get_or_init(|| Catalog::shipped().ok()) else { return };
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(scenario) = pricesim::scenario::load_str(Path::new("fuzz.toml"), text, catalog) {
        let _ = pricesim::compare::compare(catalog, &scenario, &[]);
        let _ = pricesim::simulate::simulate(catalog, &scenario, 3, rust_decimal::Decimal::TEN, &[]);
    }
});
