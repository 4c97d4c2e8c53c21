//! A usage log, read as `rate-log usage` reads it, in a zone with a daylight-saving change.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pricesim::catalog::Catalog;
use pricesim::progress::Silent;

static OUTCOMES: OnceLock<std::collections::BTreeSet<String>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let outcomes = OUTCOMES.get_or_init(|| Catalog::shipped().map(|c| c.outcome_names()).unwrap_or_default());
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = pricesim::usagelog::read::read(Path::new("fuzz.csv"), text, chrono_tz::Europe::Amsterdam, outcomes, &Silent);
});
