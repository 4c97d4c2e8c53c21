//! A breakeven's chart: each plan's cost along the axis (jumps drawn as jumps), the cheapest plan
//! as a band under the lines, the crossings marked and labelled with their quantity and cost.

use rust_decimal::Decimal;

use super::{Chart, Marker, Palette, Panel, Series, Style};
use crate::breakeven::{Breakeven, CurvePiece};
use crate::written::{count, money};

/// With more crossings than this, only those where the cheapest plan changes are labelled; the
/// others are dots (the table lists them all).
const LABEL_ALL_UP_TO: usize = 6;

/// The chart of `b`, titled after the scenario, each plan in its colour of `palette`.
pub fn breakeven_chart(b: &Breakeven, scenario: &str, palette: &Palette) -> Chart {
    let mut series: Vec<Series> = b
        .curves
        .iter()
        .map(|c| Series {
            name: if c.incomplete { format!("{} (leaves usage out)", c.plan) } else { c.plan.clone() },
            style: {
                let i = palette.index(&c.plan);
                if c.incomplete { Style::Incomplete(i) } else { Style::Plan(i) }
            },
            parts: c.pieces.iter().map(|p| vec![(p.from, p.cost_from), (p.to, p.cost_to)]).collect(),
        })
        .collect();
    let envelope: Vec<Vec<(u64, Decimal)>> = b
        .envelope
        .iter()
        .flat_map(|span| {
            let curve = b.curves.iter().find(|c| c.plan == span.plan);
            let pieces = curve.map(|c| c.pieces.as_slice()).unwrap_or_default();
            pieces
                .iter()
                .filter(|p| p.to >= span.from && p.from <= span.to)
                .map(|p| {
                    let (from, to) = (p.from.max(span.from), p.to.min(span.to));
                    vec![(from, at(p, from)), (to, at(p, to))]
                })
                .collect::<Vec<_>>()
        })
        .collect();
    series.insert(0, Series { name: "cheapest".to_string(), style: Style::Envelope, parts: envelope });
    // Where the cheapest plan changes: the crossing of the new cheapest plan there.
    let turns = b.turns();
    let label_all = b.crossings.len() <= LABEL_ALL_UP_TO;
    let mut markers: Vec<Marker> = b
        .crossings
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let major = turns.contains(&i);
            Marker {
                x: c.at,
                y: c.cost_from_here,
                label: if major || label_all {
                    format!("{}: {} {}", count(c.at), c.from_here, money(c.cost_from_here, b.currency))
                } else {
                    String::new()
                },
                major,
            }
        })
        .collect();
    // Labels are placed in order, so the changes of the cheapest plan get the free spots first.
    markers.sort_by_key(|m| (!m.major, m.x));
    Chart {
        title: format!("{scenario}: cost a month by {}", axis_words(&b.axis)),
        subtitle: format!(
            "{}, everything else as in the scenario; costs in {}",
            span_words(&b.axis, b.from, b.to),
            b.currency
        ),
        main: Panel {
            x_label: format!("{} (count)", axis_words(&b.axis)),
            y_label: format!("Cost a month ({})", b.currency),
            x_ticks: Vec::new(),
            symbol: b.currency.symbol().to_string(),
            series,
            markers,
        },
        lower: None,
    }
}

/// A piece's cost at `x`, on the line through its ends (for drawing where the cheapest plan
/// changes inside a piece).
fn at(p: &CurvePiece, x: u64) -> Decimal {
    if p.to == p.from {
        return p.cost_from;
    }
    p.cost_from + (p.cost_to - p.cost_from) * Decimal::from(x - p.from) / Decimal::from(p.to - p.from)
}

/// The count varied and how far, in words: `test drives by bot from 0 to 400`.
pub(super) fn span_words(axis: &str, from: u64, to: u64) -> String {
    format!("{} from {} to {}", axis_words(axis), count(from), count(to))
}

/// `contacts.engaged` → `engaged contacts`, `outcomes.bot.test_drive` → `test drives by bot`,
/// `whatsapp.NL.marketing` → `WhatsApp marketing units to NL`.
pub(super) fn axis_words(axis: &str) -> String {
    let parts: Vec<&str> = axis.split('.').collect();
    match parts.as_slice() {
        ["contacts", kind] => format!("{kind} contacts"),
        ["agents", "livechat"] => "live-chat agents".to_string(),
        ["email", "sent"] => "emails sent".to_string(),
        ["outcomes", actor, name] => format!("{}s by {actor}", name.replace('_', " ")),
        ["whatsapp", country, category] => format!("WhatsApp {} units to {country}", category.replace('_', " ")),
        _ => axis.to_string(),
    }
}
