//! Comparisons rendered for people (`table`) and spreadsheets (`csv`); JSON is serde's.

pub mod breakeven;
pub mod csv;
pub mod import;
pub mod log;
pub mod sheet;
pub mod simulation;
pub mod table;
pub mod usage;

use rust_decimal::Decimal;

use crate::money::Currency;
use crate::quote::{Line, MeterUse, Payee, Quote};
pub use crate::written::{count, money};

/// A quote's lines of one payee, as an invoice preview shows them under their own heading.
pub(crate) struct Section<'q> {
    /// `None` for the vendor's invoice, which needs none.
    pub heading: Option<&'static str>,
    /// The label of its total row (`Total to Meta`), in English like the rest of the preview.
    pub total_label: &'static str,
    pub lines: Vec<&'q Line>,
    pub currency: Currency,
    /// The lines' sum (the vendor's: the quote's total).
    pub total: Decimal,
}

/// The vendor's lines (always, even with none), then Meta's and the in-house ones (when any).
pub(crate) fn sections(q: &Quote) -> Vec<Section<'_>> {
    let totals = q.payee_totals().unwrap_or_default();
    totals
        .into_iter()
        .map(|t| {
            let (heading, total_label) = match t.payee {
                Payee::Vendor => (None, "Total"),
                Payee::Meta => (Some("Paid to Meta directly"), "Total to Meta"),
                Payee::InHouse => (Some("In-house, at your own costs"), "Total in-house"),
            };
            Section { heading, total_label, lines: q.lines_of(t.payee).collect(), currency: t.currency, total: t.total }
        })
        .collect()
}

/// `Chatpoints: 5,760 used, 3,000 included, 2,760 over`.
pub(crate) fn meter(m: &MeterUse) -> String {
    format!("{}: {} used, {} included, {} over", m.unit, count(m.used), count(m.included), count(m.over))
}

/// Width of `s` in characters (what a terminal shows for this text).
pub(crate) fn width(s: &str) -> usize {
    s.chars().count()
}

pub(crate) fn pad_right(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

pub(crate) fn pad_left(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(width(s))))
}

/// Rows as aligned lines: each column as wide as its widest cell, `right[i]` aligning column `i`
/// right (numbers) or left (names).
pub(crate) fn aligned(rows: &[Vec<String>], right: &[bool]) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> =
        (0..columns).map(|i| rows.iter().filter_map(|r| r.get(i)).map(|c| width(c)).max().unwrap_or(0)).collect();
    rows.iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .enumerate()
                .map(
                    |(i, (cell, w))| {
                        if right.get(i).copied().unwrap_or(false) { pad_left(cell, *w) } else { pad_right(cell, *w) }
                    },
                )
                .collect();
            cells.join("  ").trim_end().to_string()
        })
        .collect()
}
