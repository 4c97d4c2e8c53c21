//! The document as one self-contained HTML page (inline style, the logo inline, no scripts, no
//! remote resources), A4 when printed: the same content as the PDF, for a mail body or a browser.

use std::fmt::Write;

use base64::Engine;

use super::{Document, LogoKind};

const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#222;margin:2em auto;max-width:44em;font-size:11pt}\
h1{font-size:1.7em;margin:.2em 0 .6em}h2{font-size:1.15em;margin:1.4em 0 .4em}\
.parties{display:flex;gap:3em;margin-bottom:1em}.label{color:#666;font-size:.85em}\
table{border-collapse:collapse;width:100%;margin:.4em 0}td,th{padding:.3em .4em;border-bottom:1px solid #e4e4e4;text-align:left;vertical-align:top}\
td.n,th.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}tr.total td{font-weight:bold;border-top:1px solid #999}\
.note{color:#555;font-size:.9em}img.logo{max-height:4em;max-width:14em;float:right}\
@page{size:A4;margin:18mm}@media print{body{margin:0}}";

/// The document as one self-contained HTML page in its language, every text escaped.
pub fn render(d: &Document) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        d.language.code(),
        esc(&d.title)
    );
    if let Some(logo) = &d.logo {
        let mime = match logo.kind {
            LogoKind::Png => "image/png",
            LogoKind::Svg => "image/svg+xml",
        };
        let data = base64::engine::general_purpose::STANDARD.encode(&logo.bytes);
        let _ = writeln!(out, "<img class=\"logo\" alt=\"\" src=\"data:{mime};base64,{data}\">");
    }
    let _ = writeln!(out, "<h1>{}</h1>\n<div class=\"parties\">", esc(&d.title));
    for (label, lines) in [&d.from, &d.to] {
        if !lines.is_empty() {
            let body: Vec<String> = lines.iter().map(|l| esc(l)).collect();
            let _ = writeln!(out, "<div><div class=\"label\">{}</div>{}</div>", esc(label), body.join("<br>"));
        }
    }
    out.push_str("</div>\n<table>");
    for (label, value) in &d.facts {
        let _ = write!(out, "<tr><th>{}</th><td>{}</td></tr>", esc(label), esc(value));
    }
    out.push_str("</table>\n");
    if let Some(note) = &d.validity_note {
        let _ = writeln!(out, "<p class=\"note\">({})</p>", esc(note));
    }
    let _ = writeln!(out, "<h2>{}</h2>\n<ul>", esc(&d.usage.0));
    for phrase in &d.usage.1 {
        let _ = writeln!(out, "<li>{}</li>", esc(phrase));
    }
    out.push_str("</ul>\n");
    for o in &d.offers {
        let _ = writeln!(out, "<h2>{}</h2>\n<table><tr>", esc(&o.title));
        for (i, c) in o.columns.iter().enumerate() {
            let class = if i == 0 { "" } else { " class=\"n\"" };
            let _ = write!(out, "<th{class}>{}</th>", esc(c));
        }
        out.push_str("</tr>\n");
        for r in &o.rows {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&r.description),
                esc(&r.quantity),
                esc(&r.unit_price),
                esc(&r.amount)
            );
        }
        let last = o.totals.len().saturating_sub(1);
        for (i, (label, amount)) in o.totals.iter().enumerate() {
            let class = if i == last { " class=\"total\"" } else { "" };
            let _ = writeln!(
                out,
                "<tr{class}><td colspan=\"3\">{}</td><td class=\"n\">{}</td></tr>",
                esc(label),
                esc(amount)
            );
        }
        out.push_str("</table>\n");
        if let Some(note) = &o.vat_note {
            let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(note));
        }
        if let Some((heading, notes)) = &o.elsewhere {
            let _ = writeln!(out, "<p class=\"note\"><b>{}</b></p>\n<ul class=\"note\">", esc(heading));
            for n in notes {
                let _ = writeln!(out, "<li>{}</li>", esc(n));
            }
            out.push_str("</ul>\n");
        }
    }
    for n in &d.notes {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(n));
    }
    if let Some(a) = &d.appendix {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<table><tr><th>{}</th><th>{}</th><th class=\"n\">{}</th></tr>",
            esc(&a.title),
            esc(&a.columns[0]),
            esc(&a.columns[1]),
            esc(&a.columns[2])
        );
        for [rank, plan, cost] in &a.rows {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                esc(rank),
                esc(plan),
                esc(cost)
            );
        }
        let _ = writeln!(out, "</table>\n<p class=\"note\">{}</p>", esc(&a.note));
    }
    out.push_str("</body></html>\n");
    out
}

/// Text safe inside HTML elements and attribute values.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
