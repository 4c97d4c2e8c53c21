//! Meta's market and rate tables under the shipped card: the input is the markets table, then
//! (after a NUL byte) the USD rates table; the EUR rates are the shipped ones. A card that loads
//! then prices a scenario's WhatsApp rows in every market, so the tables are used, not just read.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use pricesim::catalog::SHIPPED;
use pricesim::diag::{Diagnostics, whole_file};

fn shipped(name: &str) -> &'static str {
    SHIPPED.iter().find(|(n, _)| n.ends_with(name)).map_or("", |(_, t)| t)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (markets, usd) = text.split_once('\0').unwrap_or((text, shipped("rates-usd.csv")));
    let files = |p: &Path| -> Result<String, Diagnostics> {
        match p.file_name().and_then(|n| n.to_str()) {
            Some("markets.csv") => Ok(markets.to_string()),
            Some("rates-usd.csv") => Ok(usd.to_string()),
            Some("rates-eur.csv") => Ok(shipped("rates-eur.csv").to_string()),
            _ => Err(Diagnostics(vec![whole_file(p, "no such file")])),
        }
    };
    let _ = pricesim::ratecard::load::load_with(Path::new("ratecards/meta.toml"), shipped("meta.toml"), &files);
});
