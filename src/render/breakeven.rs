//! A breakeven as text: which plan is cheapest where, then every crossing.

use std::fmt::Write;

use super::{aligned, count, money};
use crate::breakeven::Breakeven;

/// The breakeven as text for a terminal: the cheapest plan on each stretch, then the crossings.
pub fn table(b: &Breakeven, scenario: &str) -> String {
    let mut out = String::new();
    let _ =
        writeln!(out, "{scenario} · {} from {} to {} · costs in {}", b.axis, count(b.from), count(b.to), b.currency);
    let _ = writeln!(out);
    let _ = writeln!(out, "cheapest");
    let rows: Vec<Vec<String>> = b
        .envelope
        .iter()
        .map(|s| {
            let note = if s.incomplete { "leaves usage out: see `quote`" } else { "" };
            vec![format!("  {} to {}", count(s.from), count(s.to)), s.plan.clone(), note.to_string()]
        })
        .collect();
    for line in aligned(&rows, &[false, false, false]) {
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(out);
    if b.crossings.is_empty() {
        let _ = writeln!(out, "no crossings: the plans keep their order over the whole range");
    } else {
        let _ = writeln!(out, "crossings (from here on cheaper than)");
        let rows: Vec<Vec<String>> = b
            .crossings
            .iter()
            .map(|c| {
                vec![
                    format!("  at {}", count(c.at)),
                    c.from_here.clone(),
                    money(c.cost_from_here, b.currency),
                    c.below.clone(),
                    money(c.cost_below, b.currency),
                ]
            })
            .collect();
        for line in aligned(&rows, &[false, false, true, false, true]) {
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
    for note in &b.notes {
        let _ = writeln!(out, "  ! {note}");
    }
    out
}
