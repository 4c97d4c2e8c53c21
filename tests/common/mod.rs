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
