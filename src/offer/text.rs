//! The document as plain text, in reading order: what the golden tests compare (content, not
//! pixels), and what `pdftotext` of the PDF should read like.

use std::fmt::Write;

use super::Document;

/// The document's text: each block separated by a blank line, table cells by ` | `.
pub fn render(d: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", d.title);
    for (label, lines) in [&d.from, &d.to] {
        if !lines.is_empty() {
            let _ = writeln!(out, "\n{label}: {}", lines.join(", "));
        }
    }
    out.push('\n');
    for (label, value) in &d.facts {
        let _ = writeln!(out, "{label}: {value}");
    }
    if let Some(note) = &d.validity_note {
        let _ = writeln!(out, "({note})");
    }
    let _ = writeln!(out, "\n{}", d.usage.0);
    for phrase in &d.usage.1 {
        let _ = writeln!(out, "- {phrase}");
    }
    for o in &d.offers {
        let _ = writeln!(out, "\n{}", o.title);
        let _ = writeln!(out, "{}", o.columns.join(" | "));
        for r in &o.rows {
            let _ = writeln!(out, "{} | {} | {} | {}", r.description, r.quantity, r.unit_price, r.amount);
        }
        for (label, amount) in &o.totals {
            let _ = writeln!(out, "{label} | {amount}");
        }
        if let Some(note) = &o.vat_note {
            let _ = writeln!(out, "{note}");
        }
        if let Some((heading, notes)) = &o.elsewhere {
            let _ = writeln!(out, "{heading}:");
            for n in notes {
                let _ = writeln!(out, "- {n}");
            }
        }
    }
    out.push('\n');
    for n in &d.notes {
        let _ = writeln!(out, "{n}");
    }
    if let Some(a) = &d.appendix {
        let _ = writeln!(out, "\n{}", a.title);
        let _ = writeln!(out, "{}", a.columns.join(" | "));
        for row in &a.rows {
            let _ = writeln!(out, "{}", row.join(" | "));
        }
        let _ = writeln!(out, "{}", a.note);
    }
    out
}
