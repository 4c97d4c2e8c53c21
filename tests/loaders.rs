//! No input makes a loader panic: random text and mutated real files either load or give errors
//! that point into the file.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use std::path::Path;

use pricesim::catalog::Catalog;
use pricesim::diag::Diagnostics;
use proptest::prelude::*;

const SCENARIO: &str = include_str!("../examples/support-team.toml");
const CARD: &str = include_str!("../ratecards/web1on1.toml");
const FIXTURE: &str = include_str!("fixtures/cards/acme.toml");
const META: &str = include_str!("../ratecards/meta.toml");
const RATES: &str = include_str!("../ratecards/meta/rates-usd.csv");
const MARKETS: &str = include_str!("../ratecards/meta/markets.csv");
const LOG: &str = include_str!("../examples/whatsapp-log.csv");

/// Pieces that make TOML interesting to break.
const SNIPPETS: &[&str] = &[
    "=",
    "\"",
    "'",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    ",",
    "\n",
    ".",
    "-1",
    "1.5",
    "1e400",
    "99999999999999999999",
    "\"unknown\"",
    "\"included\"",
    "{ term = \"enterprise_fee\" }",
    "[versions.points]",
    "é",
    "\u{0}",
    "#",
    "nan",
    "-0",
    "2026-02-30",
    "\"-0.00\"",
    "[[versions]]",
    "kind = \"tiered\"",
    "up_to = 0",
    "[vendors.web1on1]",
    "?",
    "n/a",
    "+",
    "*",
    "in",
    "out,text,,",
    "template",
    "ctwa",
    "2026-10-01",
    "T23:59:60Z",
    "\r\n",
    "[versions.whatsapp]",
    "unit = \"message\"",
];

fn mutated(base: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec((any::<prop::sample::Index>(), 0usize..40, prop::option::of(0..SNIPPETS.len())), 1..6)
        .prop_map(move |edits| {
            let mut text = base.to_string();
            for (at, cut, insert) in edits {
                let mut start = at.index(text.len() + 1);
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                let mut end = (start + cut).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text.replace_range(start..end, insert.map_or("", |i| SNIPPETS[i]));
            }
            text
        })
}

fn check_errors(text: &str, result: Result<(), Diagnostics>) -> Result<(), TestCaseError> {
    if let Err(Diagnostics(d)) = result {
        prop_assert!(!d.is_empty(), "an error with no message");
        let lines = text.lines().count() + 1;
        for e in &d {
            prop_assert!(!e.message.is_empty());
            if let Some(l) = e.line {
                prop_assert!(l >= 1 && l <= lines, "line {} of {}", l, lines);
            }
        }
    }
    Ok(())
}

fn load_scenario(text: &str) -> Result<(), Diagnostics> {
    pricesim::scenario::load_str(Path::new("s.toml"), text, &Catalog::shipped().unwrap()).map(|_| ())
}

fn load_card(text: &str) -> Result<(), Diagnostics> {
    pricesim::ratecard::load::load_str(Path::new("c.toml"), text).map(|_| ())
}

/// Meta's card with `meta.toml`, `rates-usd.csv` or `markets.csv` replaced by `text`.
fn load_meta(file: &str, text: &str) -> Result<(), Diagnostics> {
    let files = |p: &Path| {
        let name = p.to_string_lossy();
        if name.ends_with(file) {
            return Ok(text.to_string());
        }
        pricesim::catalog::SHIPPED
            .iter()
            .find(|(n, _)| Path::new(n) == p)
            .map(|(_, t)| t.to_string())
            .ok_or_else(|| Diagnostics(vec![pricesim::diag::whole_file(p, "no such file")]))
    };
    let card = if file == "meta.toml" { text } else { META };
    pricesim::ratecard::load::load_with(Path::new("ratecards/meta.toml"), card, &files).map(|_| ())
}

/// A log rated with the shipped cards; only a bad row or file may fail, never with a panic.
fn rate_log(text: &str, skip_invalid: bool) -> Result<(), Diagnostics> {
    use pricesim::whatsapp::ratelog::{LogError, Options, rate_log};
    let dir = std::env::temp_dir().join(format!("pricesim-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{:x}.csv", text.len() as u64 * 31 + text.bytes().map(u64::from).sum::<u64>()));
    std::fs::write(&file, text).unwrap();
    let catalog = Catalog::shipped().unwrap();
    let options = Options {
        timezone: chrono_tz::Europe::Amsterdam,
        currency: pricesim::money::Currency::USD,
        skip_invalid,
        detail: None,
    };
    let result = rate_log(&file, catalog.card("meta").unwrap(), &options, &pricesim::progress::Silent);
    std::fs::remove_file(&file).unwrap();
    match result {
        Ok(_) => Ok(()),
        Err(LogError::Input(d)) => Err(d),
        Err(other) => panic!("{other}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_text_never_panics(text in "\\PC{0,200}") {
        check_errors(&text, load_scenario(&text))?;
        check_errors(&text, load_card(&text))?;
    }

    #[test]
    fn mutated_scenarios_never_panic(text in mutated(SCENARIO)) {
        check_errors(&text, load_scenario(&text))?;
    }

    #[test]
    fn mutated_rate_cards_never_panic(text in mutated(CARD)) {
        check_errors(&text, load_card(&text))?;
    }

    #[test]
    fn mutated_fixture_cards_never_panic(text in mutated(FIXTURE)) {
        check_errors(&text, load_card(&text))?;
    }

    #[test]
    fn mutated_whatsapp_cards_never_panic(text in mutated(META)) {
        check_errors(&text, load_meta("meta.toml", &text))?;
    }

    #[test]
    fn mutated_logs_never_panic(text in mutated(LOG), skip in any::<bool>()) {
        check_errors(&text, rate_log(&text, skip))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn mutated_whatsapp_tables_never_panic(markets in mutated(MARKETS), rates in mutated(RATES)) {
        // A broken market table can make rows of the (intact) rate file wrong: each problem
        // must point into the file it names.
        for (file, text) in [("markets.csv", &markets), ("rates-usd.csv", &rates)] {
            if let Err(Diagnostics(d)) = load_meta(file, text) {
                prop_assert!(!d.is_empty());
                for e in d {
                    let named = e.file.to_string_lossy().into_owned();
                    let source = if named.ends_with(file) { text.as_str() } else if named.ends_with("markets.csv") { MARKETS } else { RATES };
                    let lines = source.lines().count() + 1;
                    prop_assert!(!e.message.is_empty());
                    prop_assert!(e.line.is_none_or(|l| l >= 1 && l <= lines), "{}", e);
                }
            }
        }
    }
}

#[test]
fn the_unmutated_files_load() {
    load_scenario(SCENARIO).unwrap();
    load_card(CARD).unwrap();
    load_card(FIXTURE).unwrap();
    load_meta("meta.toml", META).unwrap();
    rate_log(LOG, false).unwrap();
}
