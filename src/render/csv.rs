//! The comparison as CSV: one row per line, then each plan's totals and warnings.
//!
//! Columns: `rank,plan,payee,currency,code,description,quantity,unit_price,amount,source`. A
//! plan's rows are its lines (the vendor's, then those paid to Meta directly and in-house, each
//! in its own currency), a `total` row (the vendor's invoice, in its billing currency), a
//! `total_in_display_currency` row when it converts, a `cost` row (everything the plan costs, in
//! the display currency) when it is known, and a `warning` row per warning (the message in
//! `description`), so a spreadsheet shows the same facts as the table. As in the table, the
//! ranked plans come first, by cost; the others follow with no rank, their `warning` rows saying
//! why their cost is not known.

use rust_decimal::Decimal;

use super::sheet::Sheet;
use crate::compare::Comparison;
use crate::quote::Quote;

/// The CSV text, header first.
pub fn render(c: &Comparison) -> Result<String, csv::Error> {
    let mut w = Sheet::new();
    let sampled = c.sampling.is_some();
    let mut head =
        vec!["rank", "plan", "payee", "currency", "code", "description", "quantity", "unit_price", "amount", "source"];
    if sampled {
        head.extend(SPREAD_COLUMNS);
    }
    w.write_record(&head)?;
    for (rank, q) in c.ranked() {
        let spread = if sampled { spread(q) } else { Vec::new() };
        let mut w = Row { sheet: &mut w, tail: &spread };
        let rank = rank.map_or_else(String::new, |r| r.to_string());
        let cur = q.currency.code();
        for l in &q.lines {
            let source = l
                .source
                .url
                .as_deref()
                .map_or_else(|| l.source.status.to_string(), |u| format!("{} {u}", l.source.status));
            w.write_record([
                &rank,
                &q.plan,
                l.payee.name(),
                l.currency.code(),
                &l.code,
                &l.description,
                &l.quantity.to_string(),
                &l.unit_price.to_string(),
                &l.amount.to_string(),
                &source,
            ])?;
        }
        w.write_record([&rank, &q.plan, "vendor", cur, "total", &q.plan_name, "", "", &q.total.to_string(), ""])?;
        let display = c.currency.code();
        if let Some(t) = q.total_in_display_currency {
            let t = t.to_string();
            w.write_record([&rank, &q.plan, "vendor", display, "total_in_display_currency", "", "", "", &t, ""])?;
        }
        if let Some(cost) = &q.cost {
            let t = cost.total.to_string();
            w.write_record([&rank, &q.plan, "", display, "cost", "everything this plan costs you", "", "", &t, ""])?;
        }
        for warning in &q.warnings {
            w.write_record([&rank, &q.plan, "", cur, "warning", &warning.message, "", "", "", ""])?;
        }
    }
    w.into_text()
}

/// The columns a scenario with ranges adds, on every row of a plan: its spread in the display
/// currency and its chance of being cheapest (0 to 1), empty for a plan that does not rank.
const SPREAD_COLUMNS: [&str; 6] = ["p10", "p50", "p90", "low", "high", "chance_cheapest"];

fn spread(q: &Quote) -> Vec<String> {
    let d = |v: Option<Decimal>| v.map_or_else(String::new, |d| d.to_string());
    match &q.spread {
        Some(s) => {
            vec![
                s.percentiles.p10.to_string(),
                s.percentiles.p50.to_string(),
                s.percentiles.p90.to_string(),
                d(s.low),
                d(s.high),
                d(q.chance_cheapest),
            ]
        }
        None => vec![String::new(); SPREAD_COLUMNS.len()],
    }
}

/// A plan's rows, each followed by the plan's spread cells.
struct Row<'s> {
    sheet: &'s mut Sheet,
    tail: &'s [String],
}

impl Row<'_> {
    fn write_record<T: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = T>) -> Result<(), csv::Error> {
        let row: Vec<String> =
            cells.into_iter().map(|c| c.as_ref().to_string()).chain(self.tail.iter().cloned()).collect();
        self.sheet.write_record(&row)
    }
}
