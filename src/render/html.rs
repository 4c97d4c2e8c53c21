//! The comparison as a printable HTML document a sales rep can send: the plan offered first (its
//! invoice lines with where each price comes from, and what the reader must know), then every plan
//! ranked; without an offer, every plan's lines after the ranking. Self-contained (inline style, no
//! scripts, no remote resources), A4-friendly when printed.
//!
//! The ranking numbers the plans by what the whole scenario costs on each ([`Quote::cost`]: the
//! vendor's invoice, Meta's fees paid directly, in-house work); the others follow, apart and
//! unnumbered, each saying why its cost is not known, so that a reader never takes a lower bound
//! for a cheaper plan.

use std::fmt::Write;

use super::{count, meter, money, sections};
use crate::compare::Comparison;
use crate::quote::Quote;

const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#222;margin:2em;max-width:60em}\
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}h3{font-size:1em;margin:1em 0 .2em}\
table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{padding:.3em .5em;border-bottom:1px solid #eee;text-align:left}\
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#666;font-size:.9em}\
.warn{color:#8a4b00;font-size:.9em}.best{font-weight:bold}th.apart{padding-top:1em;font-weight:normal;color:#8a4b00}\
@media print{body{margin:1cm}h2{break-after:avoid}}";

/// The document; `offered` names the plan it quotes (`vendor/plan`), `None` for every plan in full.
/// A plan the comparison does not hold is not offered.
pub fn render(c: &Comparison, offered: Option<&str>) -> String {
    let offer = offered.and_then(|name| c.quotes.iter().find(|q| q.plan == name));
    let mut out = String::new();
    let title = format!("{} · {}", c.scenario, c.month);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        esc(&title)
    );
    let _ = writeln!(out, "<h1>{}</h1>", esc(&title));
    if let Some(q) = offer {
        let _ = writeln!(
            out,
            "<p class=\"muted\">Our quote for this month's usage, and every plan compared in {}. Prices marked as examples or unverified must be checked against your offer.</p>",
            c.currency
        );
        plan(&mut out, q);
        let _ = writeln!(out, "<h2>Every plan compared</h2>");
    } else {
        let _ = writeln!(
            out,
            "<p class=\"muted\">Every plan priced for this month, ranked in {}. Prices marked as examples or unverified must be checked against your offer.</p>",
            c.currency
        );
    }
    ranking(&mut out, c);
    for note in &c.notes {
        let _ = writeln!(out, "<p class=\"warn\">{}</p>", esc(note));
    }
    if offer.is_none() {
        for (_, q) in c.ranked() {
            plan(&mut out, q);
        }
    }
    out.push_str("</body></html>\n");
    out
}

/// The ranking table: the ranked plans numbered, then the others apart with what they leave out.
fn ranking(out: &mut String, c: &Comparison) {
    let _ = writeln!(
        out,
        "<table><tr><th>#</th><th>Plan</th><th class=\"n\">Cost ({})</th><th class=\"n\">Billed</th><th></th></tr>",
        c.currency
    );
    let mut apart = false;
    for (rank, q) in c.ranked() {
        if let Some(rank) = rank {
            row(out, c, q, &rank.to_string(), "");
            continue;
        }
        if !apart {
            apart = true;
            out.push_str(
                "<tr><th class=\"apart\" colspan=\"5\">Not ranked: what these plans cost is not known</th></tr>\n",
            );
        }
        let why: Vec<String> = q.why_unranked().map(|w| esc(&w.message)).collect();
        row(out, c, q, "–", &why.join("<br>"));
    }
    out.push_str("</table>\n");
}

/// One plan's row; `note` is HTML, "cheapest" for the cheapest plan.
fn row(out: &mut String, c: &Comparison, q: &Quote, rank: &str, note: &str) {
    let best = c.cheapest.as_deref() == Some(q.plan.as_str());
    let note = if best { "cheapest" } else { note };
    let display = q.cost.as_ref().map_or_else(|| "–".to_string(), |cost| money(cost.total, c.currency));
    let _ = writeln!(
        out,
        "<tr{}><td>{rank}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"muted\">{note}</td></tr>",
        if best { " class=\"best\"" } else { "" },
        esc(&q.plan),
        display,
        money(q.total, q.currency)
    );
}

fn plan(out: &mut String, q: &Quote) {
    let _ = writeln!(
        out,
        "<h2>{} <span class=\"muted\">({}, rate card of {})</span></h2>",
        esc(&q.plan),
        esc(&q.plan_name),
        q.version
    );
    if let Some(p) = &q.period {
        let _ = writeln!(out, "<p class=\"muted\">Billing period {} to {}</p>", p.from, p.to);
    }
    for section in sections(q) {
        if let Some(h) = section.heading {
            let _ = writeln!(out, "<h3>{h}</h3>");
        }
        out.push_str("<table><tr><th>Line</th><th class=\"n\">Quantity</th><th class=\"n\">Unit price</th><th class=\"n\">Amount</th><th>Price source</th></tr>\n");
        for l in &section.lines {
            let source = match &l.source.url {
                Some(url) => format!("{} · {}", l.source.status, esc(url)),
                None => l.source.status.to_string(),
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"muted\">{source}</td></tr>",
                esc(&l.description),
                count(l.quantity),
                money(l.unit_price, l.currency),
                money(l.amount, l.currency)
            );
        }
        let _ = writeln!(
            out,
            "<tr class=\"best\"><td>{}</td><td></td><td></td><td class=\"n\">{}</td><td></td></tr></table>",
            section.total_label,
            money(section.total, section.currency)
        );
    }
    if let Some(cost) = &q.cost {
        let _ = writeln!(
            out,
            "<p class=\"best\">Cost of the scenario on this plan: {}</p>",
            money(cost.total, cost.currency)
        );
    }
    for m in &q.meters {
        let _ = writeln!(out, "<p class=\"muted\">{}</p>", esc(&meter(m)));
    }
    if let (Some(x), Some(t)) = (&q.exchange, q.total_in_display_currency) {
        let _ = writeln!(out, "<p class=\"muted\">{} at {}</p>", money(t, x.to), esc(&x.describe()));
    }
    for w in &q.warnings {
        let _ = writeln!(out, "<p class=\"warn\">! {}</p>", esc(&w.message));
    }
}

/// Text for HTML.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
