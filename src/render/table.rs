//! The comparison as aligned text: what a sales rep pastes into an email.

use std::fmt::Write;

use super::{count, meter, money, pad_left, pad_right, width};
use crate::compare::Comparison;
use crate::money::Currency;
use crate::quote::{PointsEach, Quote};
use crate::wallet::WalletMonth;

/// The ranking (the plans that price all of the usage, then apart the others), then each plan's
/// invoice lines and warnings in that order.
pub fn render(c: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} · {} · ranked in {}", c.scenario, c.month, c.currency);
    let _ = writeln!(out);
    let quotes: Vec<(Option<usize>, &Quote)> = c.ranked().collect();
    let rows: Vec<[String; 4]> = quotes
        .iter()
        .map(|&(_, q)| {
            let mark = if c.cheapest.as_deref() == Some(q.plan.as_str()) { "*" } else { " " };
            let display = q.total_in_display_currency.map_or_else(|| "-".to_string(), |t| money(t, c.currency));
            let note = if c.cheapest.as_deref() == Some(q.plan.as_str()) {
                "cheapest"
            } else if q.incomplete {
                "incomplete: see warnings"
            } else if !q.prices_everything() {
                "leaves usage out: see warnings"
            } else {
                ""
            };
            [format!("{mark} {}", q.plan), display, money(q.total, q.currency), note.to_string()]
        })
        .collect();
    let header = ["  plan".to_string(), format!("total ({})", c.currency), "billed".to_string(), String::new()];
    let widths: Vec<usize> = (0..3)
        .map(|i| {
            rows.iter().chain(std::iter::once(&header)).map(|r| r.get(i).map_or(0, |c| width(c))).max().unwrap_or(0)
        })
        .collect();
    let apart = quotes.iter().position(|(rank, _)| rank.is_none()).map(|i| i + 1);
    for (i, row) in std::iter::once(&header).chain(&rows).enumerate() {
        if Some(i) == apart {
            let _ = writeln!(out, "  not ranked: these totals do not cover all of the usage");
        }
        let [plan, display, billed, note] = row;
        let line = format!(
            "{}  {}  {}  {note}",
            pad_right(plan, widths.first().copied().unwrap_or(0)),
            pad_left(display, widths.get(1).copied().unwrap_or(0)),
            pad_left(billed, widths.get(2).copied().unwrap_or(0)),
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if c.cheapest.is_none() && !c.quotes.is_empty() {
        let _ = writeln!(out, "  no plan is marked cheapest: every quote leaves out usage it cannot price");
    }
    if c.cheapest_by_vendor.len() > 1 {
        let list: Vec<&str> = c.cheapest_by_vendor.values().map(String::as_str).collect();
        let _ = writeln!(out, "  cheapest of each vendor: {}", list.join(", "));
    }
    for note in &c.notes {
        let _ = writeln!(out, "  ! {note}");
    }
    for (_, q) in &quotes {
        let _ = writeln!(out);
        invoice(&mut out, q);
    }
    out
}

/// The currency of a quote's display total.
fn display_currency(q: &Quote) -> Currency {
    q.exchange.as_ref().map_or(q.currency, |x| x.to)
}

/// One plan's invoice preview.
fn invoice(out: &mut String, q: &Quote) {
    let _ = writeln!(out, "{} ({}, rate card of {})", q.plan, q.plan_name, q.version);
    if let Some(p) = &q.period {
        let _ = writeln!(out, "  billing period {} to {} (the next billing date)", p.from, p.to);
    }
    if let (Some(x), Some(t)) = (&q.exchange, q.total_in_display_currency) {
        let _ = writeln!(out, "  {} at {}", money(t, x.to), x.describe());
    }
    if let (Some(u), Some(x)) = (&q.unit_costs, q.total_in_display_currency.map(|_| display_currency(q))) {
        let parts: Vec<String> = [
            (u.per_engaged_contact, "per engaged contact"),
            (u.per_outcome, "per outcome"),
            (u.per_whatsapp_unit, "per WhatsApp unit"),
        ]
        .iter()
        .filter_map(|(v, what)| v.map(|v| format!("{}{v} {what}", x.symbol())))
        .collect();
        let _ = writeln!(out, "  {}", parts.join(" · "));
    }
    let cells: Vec<[String; 3]> = q
        .lines
        .iter()
        .map(|l| {
            [
                l.description.clone(),
                format!("{} × {}", count(l.quantity), money(l.unit_price, q.currency)),
                money(l.amount, q.currency),
            ]
        })
        .collect();
    let total = ["Total".to_string(), String::new(), money(q.total, q.currency)];
    let w: Vec<usize> = (0..3)
        .map(|i| cells.iter().chain([&total]).map(|r| r.get(i).map_or(0, |c| width(c))).max().unwrap_or(0))
        .collect();
    for [d, qty, amount] in cells.iter().chain([&total]) {
        let _ = writeln!(
            out,
            "  {}  {}  {}",
            pad_right(d, w.first().copied().unwrap_or(0)),
            pad_left(qty, w.get(1).copied().unwrap_or(0)),
            pad_left(amount, w.get(2).copied().unwrap_or(0))
        );
    }
    for m in &q.meters {
        let _ = writeln!(out, "  {}", meter(m));
        for b in &m.basis {
            let each = match b.points_each {
                PointsEach::Points(n) => count(n),
                PointsEach::Included(_) => "included".to_string(),
            };
            let _ = writeln!(
                out,
                "    {:<34} {:>7} × {:>8} = {:>7}",
                b.usage.as_str(),
                count(b.quantity),
                each,
                count(b.points)
            );
        }
    }
    if let Some(w) = &q.wallet {
        wallet(out, w, q.currency);
    }
    for w in &q.warnings {
        let _ = writeln!(out, "  ! {}", w.message);
    }
}

/// A wallet's month in two lines: the balance's path, and what the card pays.
pub(crate) fn wallet(out: &mut String, w: &WalletMonth, currency: Currency) {
    let top_ups = if w.top_ups.is_empty() {
        "no top-up".to_string()
    } else {
        let each: Vec<String> =
            w.top_ups.iter().map(|t| format!("{} on {}", money(t.amount, currency), t.date)).collect();
        format!("top-ups {}", each.join(", "))
    };
    let _ = writeln!(
        out,
        "  Wallet: {} at the start, {} deducted, {top_ups}, {} at the end{}",
        money(w.opening, currency),
        money(w.deducted, currency),
        money(w.closing, currency),
        if w.pending.is_zero() {
            String::new()
        } else {
            format!(" ({} posted next month)", money(w.pending, currency))
        }
    );
    let blocked = match w.blocked_from {
        Some(day) => format!("without its top-ups the account would be blocked from {day}"),
        None => "the opening balance covers the month".to_string(),
    };
    let _ = writeln!(out, "  Card charged this month: {}; {blocked}", money(w.card_charged, currency));
}
