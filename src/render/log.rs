//! A rated WhatsApp log as aligned text and as CSV.

use std::fmt::Write;

use super::sheet::Sheet;
use super::{aligned, count, money};
use crate::whatsapp::engine::Reason;
use crate::whatsapp::report::{LogLine, LogReport};

/// The months, each with its lines and total, then the total and what to know about it.
pub fn table(r: &LogReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "WhatsApp log · {} rows read, {} skipped · account time zone {} · {}",
        count(r.rows_read),
        count(r.rows_skipped),
        r.timezone,
        r.currency
    );
    for m in &r.months {
        let _ = writeln!(out);
        let _ = writeln!(out, "{} · pricing version {} · billed per {}", m.month, m.version, m.unit);
        let mut rows = vec![
            ["market", "category", "billable", "free", "free because", "unit price", "amount"]
                .map(str::to_string)
                .to_vec(),
        ];
        for l in &m.lines {
            rows.push(vec![
                l.market.clone(),
                category(l),
                count(l.billable),
                count(l.free),
                reasons(l),
                l.unit_price.map_or_else(|| "unknown".to_string(), |p| money(p, r.currency)),
                l.amount.map_or_else(|| "not priced".to_string(), |a| money(a, r.currency)),
            ]);
        }
        let total = if m.incomplete { "Total (incomplete)" } else { "Total" };
        rows.push(vec![
            total.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            money(m.total, r.currency),
        ]);
        for line in aligned(&rows, &[false, false, true, true, false, true, true]) {
            let _ = writeln!(out, "  {line}");
        }
    }
    let _ = writeln!(out);
    let incomplete = if r.incomplete { " (incomplete: some units have no known rate)" } else { "" };
    let _ = writeln!(out, "Total {}{incomplete}", money(r.total, r.currency));
    if r.refused.count > 0 {
        let _ = writeln!(out, "Refused free-form messages (no service window open): {}", count(r.refused.count));
        for row in &r.refused.first {
            let _ = writeln!(out, "  line {}: {} at {}", row.line, row.contact, row.timestamp);
        }
    }
    for d in &r.skipped {
        let _ = writeln!(out, "  skipped {d}");
    }
    for w in &r.warnings {
        let _ = writeln!(out, "! {}", w.message);
    }
    out
}

fn category(l: &LogLine) -> String {
    match l.tier_from {
        Some(from) => format!("{} (tier from {})", l.category, count(from)),
        None => l.category.to_string(),
    }
}

fn reasons(l: &LogLine) -> String {
    l.free_by_reason
        .iter()
        .map(|(r, n)| format!("{}: {}", r.as_str().replace('_', " "), count(n)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One row per line: `month,version,unit,market,category,tier_from,billable,free,` a column per
/// free reason, `unit_price,amount,currency,incomplete,note`; a `total` row per month and one for
/// the log, `incomplete` where a rate is unknown (the amount leaves units out); then what the table
/// and JSON also say, one row each with its text in `note`: `rows_read`, `rows_skipped`, each
/// `skipped` row, `refused` and each `warning`.
pub fn csv(r: &LogReport) -> Result<String, csv::Error> {
    let mut w = Sheet::new();
    let mut header = vec!["month", "version", "unit", "market", "category", "tier_from", "billable", "free"];
    header.extend(Reason::ALL.iter().map(|r| r.as_str()));
    header.extend(["unit_price", "amount", "currency", "incomplete", "note"]);
    w.write_record(&header)?;
    // A row of `first` cells, blank up to `amount`, then the amount, currency, flag and note.
    let row = |first: Vec<String>, amount: String, incomplete: String, note: String| {
        let mut row = first;
        row.resize(header.len() - 4, String::new());
        row.extend([
            amount,
            if incomplete.is_empty() { String::new() } else { r.currency.to_string() },
            incomplete,
            note,
        ]);
        row
    };
    for m in &r.months {
        for l in &m.lines {
            let mut first = vec![
                m.month.to_string(),
                m.version.to_string(),
                m.unit.clone(),
                l.market.clone(),
                l.category.to_string(),
                l.tier_from.map(|f| f.to_string()).unwrap_or_default(),
                l.billable.to_string(),
                l.free.to_string(),
            ];
            first.extend(Reason::ALL.iter().map(|r| l.free_by_reason.get(r).copied().unwrap_or(0).to_string()));
            first.push(l.unit_price.map(|p| p.to_string()).unwrap_or_default());
            let amount = l.amount.map(|a| a.to_string()).unwrap_or_default();
            w.write_record(row(first, amount, l.amount.is_none().to_string(), String::new()))?;
        }
        let first = vec![m.month.to_string(), m.version.to_string(), m.unit.clone(), "total".to_string()];
        w.write_record(row(first, m.total.to_string(), m.incomplete.to_string(), String::new()))?;
    }
    w.write_record(row(vec!["total".to_string()], r.total.to_string(), r.incomplete.to_string(), String::new()))?;
    let note = |what: &str, text: String| row(vec![what.to_string()], String::new(), String::new(), text);
    w.write_record(note("rows_read", r.rows_read.to_string()))?;
    w.write_record(note("rows_skipped", r.rows_skipped.to_string()))?;
    for d in &r.skipped {
        w.write_record(note("skipped", d.to_string()))?;
    }
    if r.refused.count > 0 {
        w.write_record(note("refused", r.refused.count.to_string()))?;
    }
    for warning in &r.warnings {
        w.write_record(note("warning", warning.message.clone()))?;
    }
    w.into_text()
}
