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
}

#[test]
fn the_unmutated_files_load() {
    load_scenario(SCENARIO).unwrap();
    load_card(CARD).unwrap();
    load_card(FIXTURE).unwrap();
}
