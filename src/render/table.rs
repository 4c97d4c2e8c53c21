//! The comparison as aligned text: what a sales rep pastes into an email.

use std::fmt::Write;

use super::{aligned, count, meter, money, pad_left, pad_right, sections, width};
use crate::compare::Comparison;
use crate::money::Currency;
use crate::quote::{Cost, Payee, PointsEach, Quote, Why};
use crate::wallet::WalletMonth;

/// The ranking (by what the whole scenario costs on each plan, then apart the plans whose cost
/// is not known), then each plan's invoice, its other payees' lines and warnings in that order.
pub fn render(c: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} · {} · ranked in {} by what each plan costs you", c.scenario, c.month, c.currency);
    let _ = writeln!(out);
    let quotes: Vec<(Option<u32>, &Quote)> = c.ranked().collect();
    let mut rows = vec![vec![
        "  #".to_string(),
        "plan".to_string(),
        format!("cost ({})", c.currency),
        "billed".to_string(),
        String::new(),
    ]];
    let apart = quotes.iter().position(|(rank, _)| rank.is_none()).map(|i| i + 1);
    for &(rank, q) in &quotes {
        let best = c.cheapest.as_deref() == Some(q.plan.as_str());
        let note = match &q.cost {
            Some(cost) => {
                let others = others(cost, c.currency);
                match (best, others.is_empty()) {
                    (true, true) => "cheapest".to_string(),
                    (true, false) => format!("cheapest; {others}"),
                    (false, _) => others,
                }
            }
            None => format!("{}: see warnings", unranked_reason(q)),
        };
        rows.push(vec![
            format!("{} {}", if best { "*" } else { " " }, rank.map_or_else(|| "-".to_string(), |r| r.to_string())),
            q.plan.clone(),
            q.cost.as_ref().map_or_else(|| "-".to_string(), |cost| money(cost.total, c.currency)),
            money(q.total, q.currency),
            note,
        ]);
    }
    for (i, line) in aligned(&rows, &[true, false, true, true, false]).iter().enumerate() {
        if Some(i) == apart {
            let _ = writeln!(out, "  not ranked: what these plans cost is not known");
        }
        let _ = writeln!(out, "{line}");
    }
    if c.cheapest.is_none() && !c.quotes.is_empty() {
        let _ = writeln!(out, "  no plan is marked cheapest: what each plan costs is not known (see its warnings)");
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

/// What a cost holds beyond the vendor's invoice: `+ €57.50 in-house, €12.30 to Meta`.
fn others(cost: &Cost, currency: Currency) -> String {
    let parts: Vec<String> = [(Payee::InHouse, "in-house"), (Payee::Meta, "to Meta")]
        .iter()
        .filter(|(p, _)| !cost.by_payee.get(*p).is_zero())
        .map(|(p, what)| format!("{} {what}", money(cost.by_payee.get(*p), currency)))
        .collect();
    if parts.is_empty() { String::new() } else { format!("+ {}", parts.join(", ")) }
}

/// Why a quote has no cost, in a few words.
pub(crate) fn unranked_reason(q: &Quote) -> &'static str {
    if q.uncovered.iter().any(|u| u.why != Why::UnknownPrice) {
        "needs in-house costs"
    } else if q.incomplete || !q.uncovered.is_empty() {
        "a price is not known"
    } else {
        "no exchange rate"
    }
}

/// One plan's invoice preview: the vendor's lines, then those paid to others.
fn invoice(out: &mut String, q: &Quote) {
    let _ = writeln!(out, "{} ({}, rate card of {})", q.plan, q.plan_name, q.version);
    if let Some(p) = &q.period {
        let _ = writeln!(out, "  billing period {} to {} (the next billing date)", p.from, p.to);
    }
    if let (Some(x), Some(t)) = (&q.exchange, q.total_in_display_currency) {
        let _ = writeln!(out, "  billed {} is {} at {}", money(q.total, q.currency), money(t, x.to), x.describe());
    }
    if let (Some(u), Some(cost)) = (&q.unit_costs, &q.cost) {
        let parts: Vec<String> = [
            (u.per_engaged_contact, "per engaged contact"),
            (u.per_outcome, "per outcome"),
            (u.per_whatsapp_unit, "per WhatsApp unit"),
        ]
        .iter()
        .filter_map(|(v, what)| v.map(|v| format!("{}{v} {what}", cost.currency.symbol())))
        .collect();
        let _ = writeln!(out, "  {}", parts.join(" · "));
    }
    for section in sections(q) {
        if let Some(h) = section.heading {
            let _ = writeln!(out, "  {h}");
        }
        let cells: Vec<[String; 3]> = section
            .lines
            .iter()
            .map(|l| {
                [
                    l.description.clone(),
                    format!("{} × {}", count(l.quantity), money(l.unit_price, l.currency)),
                    money(l.amount, l.currency),
                ]
            })
            .collect();
        let total = [section.total_label.to_string(), String::new(), money(section.total, section.currency)];
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
    }
    if let Some(cost) = &q.cost {
        let _ = writeln!(out, "  Cost of the scenario on this plan: {}", money(cost.total, cost.currency));
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
