//! A rate card with the tables it names: the input is the card, then (after a NUL byte) the
//! markets table, then (after another) one rates table; every file the card names reads as the
//! one of those its name ends like. A card that loads is checked by `ratecards check`'s loader.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use pricesim::diag::{Diagnostics, whole_file};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut parts = text.splitn(3, '\0');
    let card = parts.next().unwrap_or_default();
    let markets = parts.next().unwrap_or_default().to_string();
    let rates = parts.next().unwrap_or_default().to_string();
    let files = |p: &Path| -> Result<String, Diagnostics> {
        match p.file_name().and_then(|n| n.to_str()) {
            Some(n) if n.contains("market") => Ok(markets.clone()),
            Some(n) if n.contains("rate") => Ok(rates.clone()),
            _ => Err(Diagnostics(vec![whole_file(p, "no such file")])),
        }
    };
    let _ = pricesim::ratecard::load::load_with(Path::new("fuzz/card.toml"), card, &files);
});
