//! A simulation as aligned text (totals, then each plan month by month) and as CSV.

use std::fmt::Write;

use super::sheet::Sheet;
use super::{aligned, money};
use crate::simulate::Simulation;
use crate::simulate::overview::Overview;

/// The horizon's totals, by what the scenario costs on each plan (then the plans whose cost is
/// not known), then each plan's months.
pub fn table(s: &Simulation, title: &str) -> String {
    let mut out = String::new();
    let (first, last) = (s.months.first().map(|m| m.month), s.months.last().map(|m| m.month));
    if let (Some(first), Some(last)) = (first, last) {
        let _ = writeln!(out, "{title} · {} months, {first} to {last}", s.months.len());
    }
    let _ = writeln!(out);
    let display = s.months.iter().flat_map(|m| &m.quotes).find_map(|q| q.cost.as_ref().map(|c| c.currency));
    let cost_header = display.map_or_else(|| "cost".to_string(), |c| format!("cost ({c})"));
    let mut rows =
        vec![vec!["  plan".to_string(), cost_header, "billed".to_string(), "card charged".to_string(), String::new()]];
    for t in &s.totals {
        let note = match (t.cost, t.incomplete) {
            (Some(_), _) => String::new(),
            (None, true) => "incomplete: see the months' warnings".to_string(),
            (None, false) => "cost not known: see the months' warnings".to_string(),
        };
        rows.push(vec![
            format!("  {}", t.plan),
            match (t.cost, display) {
                (Some(c), Some(currency)) => money(c, currency),
                _ => "-".to_string(),
            },
            money(t.total, t.currency),
            t.card_charged.map(|c| money(c, t.currency)).unwrap_or_default(),
            note,
        ]);
    }
    for line in aligned(&rows, &[false, true, true, true, false]) {
        let _ = writeln!(out, "{line}");
    }
    if let Some(line) = switching(s) {
        let _ = writeln!(out);
        let _ = writeln!(out, "{line}");
    }
    for m in &s.months {
        for note in &m.notes {
            let _ = writeln!(out, "  ! {}: {note}", m.month);
        }
    }
    for t in &s.totals {
        let _ = writeln!(out);
        let _ = writeln!(out, "{} ({})", t.plan, t.currency);
        let wallet = s.months.iter().flat_map(|m| &m.quotes).any(|q| q.plan == t.plan && q.wallet.is_some());
        let mut header = vec!["  month", "billed", "cost"];
        if wallet {
            header.extend([
                "wallet start",
                "deducted",
                "top-ups",
                "wallet end",
                "card charged",
                "blocked without top-ups",
            ]);
        }
        let mut rows = vec![header.into_iter().map(str::to_string).collect::<Vec<_>>()];
        for m in &s.months {
            let Some(q) = m.quotes.iter().find(|q| q.plan == t.plan) else { continue };
            let cost = q.cost.as_ref().map_or_else(|| "-".to_string(), |c| money(c.total, c.currency));
            let mut row = vec![format!("  {}", m.month), money(q.total, q.currency), cost];
            if let Some(w) = &q.wallet {
                let topped = w.topped_up();
                row.extend([
                    money(w.opening, q.currency),
                    money(w.deducted, q.currency),
                    match w.top_up_count() {
                        0 => "-".to_string(),
                        1 => money(topped, q.currency),
                        n => format!("{} ({})", money(topped, q.currency), super::count(n)),
                    },
                    money(w.closing, q.currency),
                    money(w.card_charged, q.currency),
                    w.blocked_from.map(|d| d.to_string()).unwrap_or_else(|| "-".to_string()),
                ]);
            }
            rows.push(row);
        }
        let right = [false, true, true, true, true, true, true, true, false];
        for line in aligned(&rows, &right) {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// `switching from web1on1/base to web1on1/grow in 2027-03 saves €1,050.00 over the horizon`,
/// when another plan becomes cheaper than the first month's cheapest ([`Overview`]). The
/// simulation's totals were added up without overflow, so its running sums cannot overflow.
fn switching(s: &Simulation) -> Option<String> {
    let w = Overview::of(s).ok()?.switch?;
    Some(format!(
        "switching from {} to {} in {} saves {} over the horizon",
        w.from,
        w.to,
        w.month,
        money(w.saves, w.currency)
    ))
}

/// One row per plan and month, then a `total` row per plan.
pub fn csv(s: &Simulation) -> Result<String, csv::Error> {
    let mut w = Sheet::new();
    w.write_record([
        "month",
        "plan",
        "currency",
        "total",
        "incomplete",
        "cost",
        "wallet_opening",
        "wallet_deducted",
        "wallet_top_ups",
        "wallet_closing",
        "wallet_pending",
        "card_charged",
        "blocked_from",
    ])?;
    for m in &s.months {
        for q in &m.quotes {
            let mut row = vec![
                m.month.to_string(),
                q.plan.clone(),
                q.currency.to_string(),
                q.total.to_string(),
                q.incomplete.to_string(),
                q.cost.as_ref().map(|c| c.total.to_string()).unwrap_or_default(),
            ];
            match &q.wallet {
                Some(wm) => row.extend([
                    wm.opening.to_string(),
                    wm.deducted.to_string(),
                    wm.topped_up().to_string(),
                    wm.closing.to_string(),
                    wm.pending.to_string(),
                    wm.card_charged.to_string(),
                    wm.blocked_from.map(|d| d.to_string()).unwrap_or_default(),
                ]),
                None => row.extend(std::iter::repeat_n(String::new(), 7)),
            }
            w.write_record(&row)?;
        }
    }
    for t in &s.totals {
        let mut row = vec![
            "total".to_string(),
            t.plan.clone(),
            t.currency.to_string(),
            t.total.to_string(),
            t.incomplete.to_string(),
            t.cost.map(|c| c.to_string()).unwrap_or_default(),
        ];
        row.extend(std::iter::repeat_n(String::new(), 5));
        row.push(t.card_charged.map(|c| c.to_string()).unwrap_or_default());
        row.push(String::new());
        w.write_record(&row)?;
    }
    w.into_text()
}
