//! A priced usage log: per month the derived usage and every plan's quote (as `quote` prints
//! them), then the invoice checks.

use std::fmt::Write;

use super::sheet::Sheet;
use super::{aligned, count, csv as quote_csv, money, table as quote_table};
use crate::compare::Comparison;
use crate::usagelog::UsageReport;
use crate::usagelog::check::InvoiceCheck;

fn comparison(r: &UsageReport, i: usize) -> Option<Comparison> {
    let m = r.months.get(i)?;
    Some(Comparison {
        scenario: "Usage log".to_string(),
        month: m.month,
        currency: r.currency,
        quotes: m.quotes.clone(),
        cheapest: m.cheapest.clone(),
        cheapest_by_vendor: Default::default(),
        notes: m.notes.clone(),
        prices_as_of: Default::default(),
        sampling: None,
        headroom: Vec::new(),
        next_change: None,
    })
}

/// The report as text for a terminal: each month's usage and quotes, then the invoice checks.
pub fn table(r: &UsageReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Usage log · {} rows read, {} skipped", count(r.rows_read), count(r.rows_skipped));
    for d in &r.skipped {
        let _ = writeln!(out, "  skipped {d}");
    }
    for (i, m) in r.months.iter().enumerate() {
        let _ = writeln!(out);
        let usage: Vec<String> = m.usage.iter().map(|(k, n)| format!("{k} = {}", count(n))).collect();
        let _ = writeln!(out, "{}: {}", m.month, usage.join(", "));
        if !m.staff_outcomes.is_empty() {
            let staff: Vec<String> = m.staff_outcomes.iter().map(|(k, n)| format!("{k} = {}", count(n))).collect();
            let _ = writeln!(out, "  by your own staff (not billed as outcomes): {}", staff.join(", "));
        }
        if let Some(c) = comparison(r, i) {
            out.push_str(&quote_table::render(&c));
        }
    }
    for c in &r.checks {
        check(&mut out, c, r);
    }
    out
}

fn check(out: &mut String, c: &InvoiceCheck, r: &UsageReport) {
    let _ = writeln!(out);
    let verdict = if c.matches { "matches the log" } else { "does not match the log" };
    let _ = writeln!(out, "Invoice {} {}: {verdict}", c.plan, c.month);
    if let Some(p) = &c.problem {
        let _ = writeln!(out, "  ! {p}");
        return;
    }
    let currency = r
        .months
        .iter()
        .find(|m| m.month == c.month)
        .and_then(|m| m.quotes.iter().find(|q| q.plan == c.plan))
        .map(|q| q.currency);
    let show = |d: Option<rust_decimal::Decimal>, money_value: bool| match (d, currency) {
        (None, _) => "-".to_string(),
        (Some(d), Some(cur)) if money_value => money(d, cur),
        (Some(d), _) => count(d),
    };
    let mut rows =
        vec![["  line", "status", "billed", "log", "billed amount", "log amount"].map(str::to_string).to_vec()];
    for l in &c.lines {
        rows.push(vec![
            format!("  {}", l.description),
            l.status.replace('_', " "),
            show(l.billed_quantity, false),
            show(l.log_quantity, false),
            show(l.billed_amount, true),
            show(l.log_amount, true),
        ]);
    }
    for line in aligned(&rows, &[false, false, true, true, true, true]) {
        let _ = writeln!(out, "{line}");
    }
    for l in c.lines.iter().filter(|l| !l.why.is_empty()) {
        for w in &l.why {
            let _ = writeln!(out, "  {}: {w}", l.description);
        }
    }
}

/// `quote`'s CSV for each month, with a `month` column first; then what the table also says, in
/// the same columns: `rows_read` and `rows_skipped` (the count in `description`), each `skipped`
/// row, and each invoice line checked (`invoice_matches`, `invoice_differs`, `invoice_not_in_log`,
/// `invoice_not_invoiced` in `code`, the billed quantity and amount, and why in `source`).
pub fn csv(r: &UsageReport) -> Result<String, csv::Error> {
    let mut out = String::new();
    for i in 0..r.months.len() {
        let Some(c) = comparison(r, i) else { continue };
        for (n, line) in quote_csv::render(&c)?.lines().enumerate() {
            if n == 0 {
                if i == 0 {
                    out.push_str(&format!("month,{line}\n"));
                }
                continue;
            }
            out.push_str(&format!("{},{line}\n", c.month));
        }
    }
    if r.months.is_empty() {
        out.push_str("month,rank,plan,currency,code,description,quantity,unit_price,amount,source\n");
    }
    let mut w = Sheet::new();
    let note = |code: &str, text: String| {
        let mut row = vec![String::new(); 10];
        if let (Some(c), Some(t)) = (row.get_mut(4), Some(text)) {
            *c = code.to_string();
            if let Some(d) = row.get_mut(5) {
                *d = t;
            }
        }
        row
    };
    w.write_record(note("rows_read", r.rows_read.to_string()))?;
    w.write_record(note("rows_skipped", r.rows_skipped.to_string()))?;
    for d in &r.skipped {
        w.write_record(note("skipped", d.to_string()))?;
    }
    let shown = |d: Option<rust_decimal::Decimal>| d.map(|d| d.to_string()).unwrap_or_default();
    for c in &r.checks {
        if let Some(p) = &c.problem {
            let mut row = note("invoice_problem", p.clone());
            if let (Some(m), Some(plan)) = (row.first_mut(), Some(c.plan.clone())) {
                *m = c.month.to_string();
                if let Some(slot) = row.get_mut(2) {
                    *slot = plan;
                }
            }
            w.write_record(row)?;
        }
        for l in &c.lines {
            w.write_record([
                c.month.to_string(),
                String::new(),
                c.plan.clone(),
                String::new(),
                format!("invoice_{}", l.status),
                l.description.clone(),
                shown(l.billed_quantity),
                String::new(),
                shown(l.billed_amount),
                l.why.join("; "),
            ])?;
        }
    }
    out.push_str(&w.into_text()?);
    Ok(out)
}
