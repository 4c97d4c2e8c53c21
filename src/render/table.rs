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
    let sampled = c.sampling.is_some();
    let mut head = vec!["  #".to_string(), "plan".to_string(), format!("cost ({})", c.currency)];
    if sampled {
        head.extend(["P50".to_string(), "P10 to P90".to_string(), "cheapest in".to_string()]);
    }
    head.extend(["billed".to_string(), String::new()]);
    let mut rows = vec![head];
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
        let mut row = vec![
            format!("{} {}", if best { "*" } else { " " }, rank.map_or_else(|| "-".to_string(), |r| r.to_string())),
            q.plan.clone(),
            q.cost.as_ref().map_or_else(|| "-".to_string(), |cost| money(cost.total, c.currency)),
        ];
        if sampled {
            row.extend(spread_cells(q, c.currency));
        }
        row.extend([money(q.total, q.currency), note]);
        rows.push(row);
    }
    let right: &[bool] =
        if sampled { &[true, false, true, true, true, true, true, false] } else { &[true, false, true, true, false] };
    for (i, line) in aligned(&rows, right).iter().enumerate() {
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
    headroom(&mut out, c);
    assumptions(&mut out, c);
    next_change(&mut out, c);
    if let Some(s) = &c.sampling {
        let ranges: Vec<String> = s
            .ranges
            .iter()
            .map(|r| {
                let tie = r.scale_with.as_ref().map(|k| format!(", with {k}")).unwrap_or_default();
                format!("{} {} to {} (expected {}{tie})", r.usage, count(r.low), count(r.high), count(r.expected))
            })
            .collect();
        let _ = writeln!(
            out,
            "  cost over {} sampled months ({} ranges, seed {}): {}",
            count(s.samples),
            s.distribution,
            s.seed,
            ranges.join("; ")
        );
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

/// How far each count can move before the cheapest plan is no longer the cheapest.
fn headroom(out: &mut String, c: &Comparison) {
    let Some(cheapest) = c.cheapest.as_deref().filter(|_| !c.headroom.is_empty()) else { return };
    let _ = writeln!(out, "  {cheapest} stays the cheapest while one count moves, the rest held:");
    for h in &c.headroom {
        let _ = writeln!(out, "    {}", headroom_line(h));
    }
}

/// `contacts.engaged (1,200): can grow 23.0 % (woztell/starter cheaper from 1,476); can fall 40.0 %
/// (web1on1/base cheapest at 720)`.
pub fn headroom_line(h: &crate::outlook::Headroom) -> String {
    let up = match &h.up {
        Some(m) => format!("can grow {} % ({} cheaper from {})", m.percent, m.plan, count(m.at)),
        None => format!("stays the cheapest up to {} (as far as followed)", count(h.searched_to)),
    };
    let down = match &h.down {
        Some(m) => format!("can fall {} % ({} cheapest at {})", -m.percent, m.plan, count(m.at)),
        None => "stays the cheapest down to 0".to_string(),
    };
    format!("{} ({}): {up}; {down}", h.usage, count(h.expected))
}

/// Each ranked plan's cost from the best to the worst reading of the unverified rules it rests on.
fn assumptions(out: &mut String, c: &Comparison) {
    let rows: Vec<Vec<String>> = c
        .quotes
        .iter()
        .filter_map(|q| {
            let a = q.assumptions.as_ref()?;
            let depends = depends_on(a);
            let range = format!("{} to {}", money(a.best.cost, c.currency), money(a.worst.cost, c.currency));
            Some(vec![
                format!("    {}", q.plan),
                range,
                if depends.is_empty() {
                    "the same under every reading".into()
                } else {
                    format!("depending on: {}", depends.join("; "))
                },
            ])
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(out, "  between the best and the worst reading of the unverified rules they rest on:");
    for line in aligned(&rows, &[false, true, false]) {
        let _ = writeln!(out, "{line}");
    }
    let mut asked: Vec<(String, String)> = Vec::new();
    for s in c.quotes.iter().filter_map(|q| q.assumptions.as_ref()).flat_map(|a| &a.switches) {
        let name = format!("{}.{}", s.card, s.id);
        if !asked.iter().any(|(n, _)| *n == name) {
            let readings: Vec<&str> = s.values.iter().map(|v| v.label.as_str()).collect();
            asked.push((name, format!("{} ({})", s.question, readings.join(" or "))));
        }
    }
    for (name, question) in asked {
        let _ = writeln!(out, "      {name}: {question}");
    }
}

/// The switches whose readings change a quote's cost, as `card.switch`.
pub fn depends_on(a: &crate::outlook::Assumptions) -> Vec<String> {
    a.switches
        .iter()
        .filter(|s| s.values.iter().any(|v| v.cost != s.values.first().and_then(|f| f.cost)))
        .map(|s| format!("{}.{}", s.card, s.id))
        .collect()
}

/// What the same usage costs after the next price change the cards hold.
fn next_change(out: &mut String, c: &Comparison) {
    let Some(n) = &c.next_change else { return };
    let verdict = if n.ranking_changes { "the ranking changes" } else { "the ranking stays" };
    let _ = writeln!(
        out,
        "  after the next price change ({}, from {}; priced as {}): {verdict}",
        n.cards.join(", "),
        n.date,
        n.month
    );
    let rows: Vec<Vec<String>> = n
        .quotes
        .iter()
        .map(|a| {
            let before = c.quotes.iter().find(|q| q.plan == a.plan).and_then(|q| q.cost.as_ref()).map(|x| x.total);
            let shown = |v: Option<rust_decimal::Decimal>| v.map_or_else(|| "-".to_string(), |v| money(v, c.currency));
            vec![
                format!("    {}", a.plan),
                shown(before),
                format!("→ {}", shown(a.cost)),
                a.rank.map_or_else(|| "not ranked".to_string(), |r| format!("#{r}")),
            ]
        })
        .collect();
    for line in aligned(&rows, &[false, true, true, false]) {
        let _ = writeln!(out, "{line}");
    }
}

/// A ranked quote's P50, its P10 to P90 and its chance of being cheapest (`78 %`); dashes for
/// the others.
fn spread_cells(q: &Quote, currency: Currency) -> [String; 3] {
    match (&q.spread, q.chance_cheapest) {
        (Some(s), Some(chance)) => [
            money(s.percentiles.p50, currency),
            format!("{} to {}", money(s.percentiles.p10, currency), money(s.percentiles.p90, currency)),
            percent(chance),
        ],
        _ => ["-".to_string(), "-".to_string(), "-".to_string()],
    }
}

/// A chance as a percentage with one decimal: `0.7812` → `78.1 %`.
pub(crate) fn percent(chance: rust_decimal::Decimal) -> String {
    let p = (chance * rust_decimal::Decimal::ONE_HUNDRED).round_dp(1);
    format!("{p:.1} %")
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
