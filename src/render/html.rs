//! The comparison as a printable HTML document a sales rep can send: the ranking, then each
//! plan's invoice lines with where each price comes from, and what the reader must know.
//! Self-contained (inline style, no scripts, no remote resources), A4-friendly when printed.

use std::fmt::Write;

use super::{count, money};
use crate::compare::Comparison;
use crate::quote::Quote;

const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#222;margin:2em;max-width:60em}\
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}\
table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{padding:.3em .5em;border-bottom:1px solid #eee;text-align:left}\
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#666;font-size:.9em}\
.warn{color:#8a4b00;font-size:.9em}.best{font-weight:bold}@media print{body{margin:1cm}h2{break-after:avoid}}";

/// The document.
pub fn render(c: &Comparison) -> String {
    let mut out = String::new();
    let title = format!("{} · {}", c.scenario, c.month);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        esc(&title)
    );
    let _ = writeln!(out, "<h1>{}</h1>", esc(&title));
    let _ = writeln!(
        out,
        "<p class=\"muted\">Every plan priced for this month, ranked in {}. Prices marked as examples or unverified must be checked against your offer.</p>",
        c.currency
    );
    let _ = writeln!(
        out,
        "<table><tr><th>Plan</th><th class=\"n\">Total ({})</th><th class=\"n\">Billed</th><th></th></tr>",
        c.currency
    );
    for q in &c.quotes {
        let best = c.cheapest.as_deref() == Some(q.plan.as_str());
        let display = q.total_in_display_currency.map_or_else(|| "–".to_string(), |t| money(t, c.currency));
        let note = if best {
            "cheapest"
        } else if q.incomplete {
            "incomplete"
        } else if !q.prices_everything() {
            "leaves usage out"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<tr{}><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{note}</td></tr>",
            if best { " class=\"best\"" } else { "" },
            esc(&q.plan),
            display,
            money(q.total, q.currency)
        );
    }
    out.push_str("</table>\n");
    for note in &c.notes {
        let _ = writeln!(out, "<p class=\"warn\">{}</p>", esc(note));
    }
    for q in &c.quotes {
        plan(&mut out, q);
    }
    out.push_str("</body></html>\n");
    out
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
    out.push_str("<table><tr><th>Line</th><th class=\"n\">Quantity</th><th class=\"n\">Unit price</th><th class=\"n\">Amount</th><th>Price source</th></tr>\n");
    for l in &q.lines {
        let source = match &l.source.url {
            Some(url) => format!("{} · {}", l.source.status, esc(url)),
            None => l.source.status.to_string(),
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"muted\">{source}</td></tr>",
            esc(&l.description),
            count(l.quantity),
            esc(&format!("{}{}", q.currency.symbol(), l.unit_price)),
            money(l.amount, q.currency)
        );
    }
    let _ = writeln!(
        out,
        "<tr class=\"best\"><td>Total</td><td></td><td></td><td class=\"n\">{}</td><td></td></tr></table>",
        money(q.total, q.currency)
    );
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
