//! The comparison as CSV: one row per invoice line, then each plan's total and warnings.
//!
//! Columns: `rank,plan,currency,code,description,quantity,unit_price,amount,source`. A plan's
//! rows end with a `total` row (in its billing currency), a `total_in_display_currency` row when
//! it converts, and a `warning` row per warning (the message in `description`), so a spreadsheet
//! shows the same facts as the table. As in the table, the plans that price all of the usage come
//! first, ranked from 1; the others follow with no rank, their `warning` rows saying what their
//! totals leave out.

use super::sheet::Sheet;
use crate::compare::Comparison;

/// The CSV text, header first.
pub fn render(c: &Comparison) -> Result<String, csv::Error> {
    let mut w = Sheet::new();
    w.write_record(["rank", "plan", "currency", "code", "description", "quantity", "unit_price", "amount", "source"])?;
    for (rank, q) in c.ranked() {
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
                cur,
                &l.code,
                &l.description,
                &l.quantity.to_string(),
                &l.unit_price.to_string(),
                &l.amount.to_string(),
                &source,
            ])?;
        }
        w.write_record([&rank, &q.plan, cur, "total", &q.plan_name, "", "", &q.total.to_string(), ""])?;
        if let Some(t) = q.total_in_display_currency {
            w.write_record([
                &rank,
                &q.plan,
                c.currency.code(),
                "total_in_display_currency",
                "",
                "",
                "",
                &t.to_string(),
                "",
            ])?;
        }
        for warning in &q.warnings {
            w.write_record([&rank, &q.plan, cur, "warning", &warning.message, "", "", "", ""])?;
        }
    }
    w.into_text()
}
