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

use super::sheet::Sheet;
use crate::compare::Comparison;

/// The CSV text, header first.
pub fn render(c: &Comparison) -> Result<String, csv::Error> {
    let mut w = Sheet::new();
    w.write_record([
        "rank",
        "plan",
        "payee",
        "currency",
        "code",
        "description",
        "quantity",
        "unit_price",
        "amount",
        "source",
    ])?;
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
