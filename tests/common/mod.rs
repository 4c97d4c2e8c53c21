//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::Path;

use pricesim::catalog::Catalog;
use pricesim::compare::{Comparison, compare};
use pricesim::quote::Quote;
use pricesim::scenario::{Scenario, load_str};

/// A scenario from TOML text, against the shipped cards.
pub fn scenario(text: &str) -> Scenario {
    load_str(Path::new("test.toml"), text, &Catalog::shipped().unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

/// December 2026 with `body` appended.
pub fn month(body: &str) -> Scenario {
    scenario(&format!("version = 1\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n{body}"))
}

/// Every quote for `s`.
pub fn quotes(s: &Scenario) -> Comparison {
    compare(&Catalog::shipped().unwrap(), s, &[]).unwrap()
}

/// The quote of `plan` for `s`.
pub fn quote(s: &Scenario, plan: &str) -> Quote {
    compare(&Catalog::shipped().unwrap(), s, &[plan.to_string()]).unwrap().quotes.remove(0)
}

/// The total of `plan` for `s`, as text.
pub fn total(s: &Scenario, plan: &str) -> String {
    quote(s, plan).total.to_string()
}

/// A file holding `text` in a fresh temporary folder; `name` keeps tests apart.
pub fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pricesim-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("log.csv");
    std::fs::write(&file, text).unwrap();
    file
}

/// A log's CSV rated with the shipped Meta card in `timezone`.
pub fn rate_log_text(name: &str, csv: &str, timezone: &str) -> pricesim::whatsapp::report::LogReport {
    use pricesim::whatsapp::ratelog::{Options, rate_log};
    let catalog = Catalog::shipped().unwrap();
    let card = catalog.card("meta").unwrap();
    let options = Options {
        timezone: timezone.parse().unwrap(),
        currency: pricesim::money::Currency::USD,
        skip_invalid: false,
        detail: None,
    };
    rate_log(&temp_file(name, csv), card, &options, &pricesim::progress::Silent).unwrap_or_else(|e| panic!("{e}"))
}

/// Each line of a rated log as `2023-09 Netherlands marketing: 2 billable, free_tier 1`.
pub fn log_summary(r: &pricesim::whatsapp::report::LogReport) -> Vec<String> {
    let mut out = Vec::new();
    for m in &r.months {
        for l in &m.lines {
            let mut s = format!("{} {} {}: {} billable", m.month, l.market, l.category, l.billable);
            for (reason, n) in &l.free_by_reason {
                s.push_str(&format!(", {} {n}", reason.as_str()));
            }
            out.push(s);
        }
    }
    out
}

/// The `pricesim` binary, run from the project's folder with a data folder of its own that holds
/// no rate cards, so it uses the shipped ones whatever the developer's own folder holds.
pub fn pricesim() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_pricesim"));
    let data = std::env::temp_dir().join(format!("pricesim-{}-no-user-data", std::process::id()));
    c.current_dir(env!("CARGO_MANIFEST_DIR")).env("XDG_DATA_HOME", data);
    c
}

/// Runs the `pricesim` binary ([`pricesim`]) with `args`.
pub fn run(args: &[&str]) -> std::process::Output {
    pricesim().args(args).output().unwrap()
}

/// Output bytes as text.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}
