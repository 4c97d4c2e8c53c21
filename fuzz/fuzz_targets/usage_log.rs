//! A usage log, read row by row as `rate-log usage` reads it, in a zone with a daylight-saving
//! change; the bytes as they come, so the reader's own UTF-8 check is fuzzed too.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pricesim::catalog::Catalog;
use pricesim::usagelog::read::UsageReader;

static OUTCOMES: OnceLock<std::collections::BTreeSet<String>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let outcomes = OUTCOMES.get_or_init(|| Catalog::shipped().map(|c| c.outcome_names()).unwrap_or_default());
    let Ok(mut rows) = UsageReader::new(data, Path::new("fuzz.csv"), chrono_tz::Europe::Amsterdam, outcomes) else {
        return;
    };
    while let Ok(Some(_)) = rows.next_row() {}
});
