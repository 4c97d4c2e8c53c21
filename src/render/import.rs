//! An import's report as text: what changes, then what is written where.

use std::fmt::Write;

use super::{aligned, count};
use crate::import::ecb::FxImport;
use crate::import::meta::MetaImport;

/// What importing Meta's rate card changes, before it is applied.
pub fn meta(i: &MetaImport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Meta's rate card {} ({}), in force from {}: {} markets, {} rate{} changed, {} unchanged",
        i.file,
        i.currency,
        i.effective,
        count(i.markets),
        count(i.changes.len()),
        if i.changes.len() == 1 { "" } else { "s" },
        count(i.unchanged)
    );
    if !i.changes.is_empty() {
        let mut rows = vec![vec![
            "  market".to_string(),
            "category".to_string(),
            "before".to_string(),
            String::new(),
            format!("from {}", i.effective),
            "change".to_string(),
        ]];
        rows.extend(i.changes.iter().map(|c| {
            vec![
                format!("  {}", c.market),
                c.category.as_str().to_string(),
                c.before.clone(),
                "→".to_string(),
                c.after.clone(),
                c.percent
                    .map(|p| format!("{}{p} %", if p.is_sign_positive() && !p.is_zero() { "+" } else { "" }))
                    .unwrap_or_default(),
            ]
        }));
        for line in aligned(&rows, &[false, false, true, false, true, true]) {
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
    if !i.absent.is_empty() {
        let _ = writeln!(
            out,
            "{} markets not in the file keep their rates: {}",
            count(i.absent.len()),
            i.absent.join(", ")
        );
    }
    for r in &i.replaced {
        let _ = writeln!(
            out,
            "replaces {} {} row{} of {} in {}",
            count(r.rows),
            i.currency,
            if r.rows == 1 { "" } else { "s" },
            i.effective,
            r.file
        );
    }
    out
}

/// What importing the ECB's rates changes, before it is applied: per currency, the rate its
/// latest month converts at before and after.
pub fn fx(i: &FxImport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "The ECB's reference rates {}: {} rates (the last of each month) for {} currencies",
        i.file,
        count(i.rates),
        count(i.currencies.len())
    );
    let mut rows = vec![vec![
        "  EUR to".to_string(),
        "months".to_string(),
        "from".to_string(),
        "to".to_string(),
        "before".to_string(),
        String::new(),
        "after".to_string(),
        "change".to_string(),
    ]];
    rows.extend(i.currencies.iter().map(|c| {
        let before =
            c.before.as_ref().map_or("none".to_string(), |b| format!("{} ({}, {})", b.rate, b.source.status, b.date));
        vec![
            format!("  {}", c.currency),
            count(c.months),
            c.from.to_string(),
            c.to.to_string(),
            before,
            "→".to_string(),
            format!("{} ({})", c.latest.rate, c.latest.date),
            c.percent
                .map(|p| format!("{}{p} %", if p.is_sign_positive() && !p.is_zero() { "+" } else { "" }))
                .unwrap_or_default(),
        ]
    }));
    for line in aligned(&rows, &[false, true, false, false, true, false, false, true]) {
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if !i.left_out.is_empty() {
        let _ = writeln!(out, "left out (currencies pricesim does not know): {}", i.left_out.join(", "));
    }
    for r in &i.replaced {
        let _ = writeln!(out, "replaces {r}");
    }
    out
}

/// Where an import wrote, after it was applied.
pub fn written(folder: &str, new_folder: bool, writes: &[String]) -> String {
    let made = if new_folder { " (made from the shipped cards)" } else { "" };
    format!("wrote {} in {folder}{made}\n", writes.join(", "))
}
