//! An import's report as text: what changes, then what is written where.

use std::fmt::Write;

use super::{aligned, count};
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

/// Where an import wrote, after it was applied.
pub fn written(folder: &str, new_folder: bool, writes: &[String]) -> String {
    let made = if new_folder { " (made from the shipped cards)" } else { "" };
    format!("wrote {} in {folder}{made}\n", writes.join(", "))
}
