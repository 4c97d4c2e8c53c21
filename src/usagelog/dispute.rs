//! An invoice check as a dispute the customer sends the vendor: every line billed beside what the
//! usage log gives, the difference per line and in total, and what explains it, in the reader's
//! language. As CSV (amounts as plain decimals, for a spreadsheet) or as a document in the quote
//! document's style ([`crate::offer::Document`], so the same PDF and HTML renderers lay it out).
#![deny(clippy::arithmetic_side_effects)]

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::UsageMonth;
use super::check::{Explanation, InvoiceCheck, LineCheck};
use super::entered::EnteredInvoice;
use crate::catalog::Catalog;
use crate::i18n::Language;
use crate::money::Currency;
use crate::offer::words::Words;
use crate::offer::{Document, Offer, Row, plan_title, unit_price};
use crate::render::sheet::Sheet;
use crate::usage::UsageKey;

/// Explanation no dispute can be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DisputeError {
    /// The check could not compare the invoice (no such month or plan in the log).
    #[error("there is nothing to dispute: {0}")]
    NotChecked(String),
    /// The CSV could not be written.
    #[error("the CSV could not be written: {0}")]
    Csv(String),
}

/// A dispute ready to save: its document and a file name for it, without extension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dispute {
    /// What the vendor reads.
    pub document: Document,
    /// `Invoice dispute web1on1-base 2026-12`, safe for a file name.
    pub file_stem: String,
}

/// The check's currency, or why there is none.
fn currency(c: &InvoiceCheck) -> Result<Currency, DisputeError> {
    match (&c.problem, c.currency) {
        (None, Some(currency)) => Ok(currency),
        (problem, _) => {
            Err(DisputeError::NotChecked(problem.clone().unwrap_or_else(|| "the invoice was not checked".into())))
        }
    }
}

/// The dispute as a document: the invoice's facts, the log's usage, a table of every line (billed,
/// per the log, difference) with the totals, what explains each difference, and what is asked.
/// `month` is the log's month the invoice was checked against; `today` the dispute's date.
pub fn document(
    c: &InvoiceCheck,
    entered: &EnteredInvoice,
    month: &UsageMonth,
    catalog: &Catalog,
    language: Language,
    today: NaiveDate,
) -> Result<Dispute, DisputeError> {
    let currency = currency(c)?;
    let w = Words::new(language);
    let money = |d: Option<Decimal>| d.map_or_else(|| "–".to_string(), |d| unit_price(language, d, currency));
    let quote = month.quotes.iter().find(|q| q.plan == c.plan);
    let plan = quote.map_or_else(|| c.plan.clone(), |q| plan_title(q, catalog));
    let vendor = c.plan.split_once('/').map_or(c.plan.as_str(), |(v, _)| v);
    let vendor = catalog.card(vendor).map_or(vendor, |card| card.name.as_str()).to_string();

    let mut facts = Vec::new();
    let number = entered.number.trim();
    if !number.is_empty() {
        facts.push((w.text("dispute-invoice", &[]), number.to_string()));
    }
    facts.push((w.text("dispute-plan", &[]), plan.clone()));
    facts.push((w.text("dispute-month", &[]), language.month(c.month)));
    facts.push((w.text("offer-date", &[]), language.date(today)));

    let rows = c
        .lines
        .iter()
        .map(|l| Row {
            description: format!("{} ({})", l.description, status(&w, l)),
            quantity: money(l.billed_amount),
            unit_price: money(l.log_amount),
            amount: money(l.difference),
        })
        .collect();
    let totals = vec![
        (w.text("dispute-billed", &[]), money(c.billed_total)),
        (w.text("dispute-log", &[]), money(c.log_total)),
        (w.text("dispute-difference", &[]), money(c.difference)),
    ];
    let explained: Vec<String> = c
        .lines
        .iter()
        .flat_map(|l| l.reasons.iter().map(|why| format!("{}: {}", l.description, reason(&w, why, currency))))
        .collect();
    let verdict = match c.difference {
        Some(d) if d > Decimal::ZERO => w.text("dispute-ask-credit", &[("amount", &money(Some(d)))]),
        Some(d) if d < Decimal::ZERO => w.text("dispute-under", &[("amount", &money(Some(d.abs())))]),
        Some(_) if c.matches => w.text("dispute-matches", &[]),
        _ => w.text("dispute-same-total", &[]),
    };
    let title = w.text("dispute-title", &[]);
    let customer: Vec<String> =
        Some(entered.customer.trim()).filter(|s| !s.is_empty()).map(str::to_string).into_iter().collect();
    let document = Document {
        language,
        title: title.clone(),
        logo: None,
        from: (w.text("offer-from", &[]), customer),
        to: (w.text("dispute-to", &[]), vec![vendor]),
        facts,
        validity_note: None,
        usage: (w.text("dispute-usage", &[("month", &language.month(c.month))]), w.usage(&month.usage, true)),
        offers: vec![Offer {
            title: w.text("dispute-lines", &[]),
            columns: ["dispute-line", "dispute-billed", "dispute-log", "dispute-difference"].map(|id| w.text(id, &[])),
            rows,
            totals,
            vat_note: None,
            elsewhere: (!explained.is_empty()).then(|| (w.text("dispute-why-heading", &[]), explained)),
        }],
        notes: vec![verdict, w.text("dispute-basis", &[("month", &language.month(c.month))])],
        appendix: None,
        footer: [title.as_str(), number].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" "),
    };
    let stem = format!("{title} {} {}", c.plan.replace('/', "-"), c.month);
    let stem: String =
        stem.chars().map(|ch| if ch.is_alphanumeric() || matches!(ch, '-' | '_' | ' ') { ch } else { '-' }).collect();
    Ok(Dispute { document, file_stem: stem })
}

/// The dispute as CSV, in the reader's language: a header, a row per line (status, quantities,
/// amounts, difference, currency, why), and a total row. Amounts are plain decimals (`18.90`), so
/// a spreadsheet adds them up.
pub fn csv(c: &InvoiceCheck, language: Language) -> Result<String, DisputeError> {
    let currency = currency(c)?;
    let w = Words::new(language);
    let figure = |d: Option<Decimal>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut sheet = Sheet::new();
    let fail = |e: csv::Error| DisputeError::Csv(e.to_string());
    let head = [
        "dispute-line",
        "dispute-status",
        "dispute-billed-quantity",
        "dispute-log-quantity",
        "dispute-billed-amount",
        "dispute-log-amount",
        "dispute-difference",
        "dispute-currency",
        "dispute-why",
    ];
    sheet.write_record(head.map(|id| w.text(id, &[]))).map_err(fail)?;
    for l in &c.lines {
        let why: Vec<String> = l.reasons.iter().map(|r| reason(&w, r, currency)).collect();
        sheet
            .write_record([
                l.description.clone(),
                status(&w, l),
                figure(l.billed_quantity),
                figure(l.log_quantity),
                figure(l.billed_amount),
                figure(l.log_amount),
                figure(l.difference),
                currency.code().to_string(),
                why.join("; "),
            ])
            .map_err(fail)?;
    }
    sheet
        .write_record([
            w.text("dispute-total", &[]),
            String::new(),
            String::new(),
            String::new(),
            figure(c.billed_total),
            figure(c.log_total),
            figure(c.difference),
            currency.code().to_string(),
            String::new(),
        ])
        .map_err(fail)?;
    sheet.into_text().map_err(fail)
}

/// A line's status in words (`not in our log`).
fn status(w: &Words, l: &LineCheck) -> String {
    let id = match l.status.as_str() {
        "matches" => "dispute-status-matches",
        "differs" => "dispute-status-differs",
        "not_in_log" => "dispute-status-not_in_log",
        _ => "dispute-status-not_invoiced",
    };
    w.text(id, &[])
}

/// One reason in words: the figures as the language writes them, usage by its plain name.
pub fn reason(w: &Words, why: &Explanation, currency: Currency) -> String {
    let lang = w.language;
    let number = |d: &Decimal| lang.number(*d);
    match why {
        Explanation::NoSuchLine => w.text("dispute-why-no-line", &[]),
        Explanation::BilledTwice { line } => w.text("dispute-why-twice", &[("line", line)]),
        Explanation::NotInvoiced => w.text("dispute-why-not-invoiced", &[]),
        Explanation::Units { more, units } => {
            w.text(if *more { "dispute-why-more" } else { "dispute-why-fewer" }, &[("units", &number(units))])
        }
        Explanation::TooFar { quantity } => w.text("dispute-why-too-far", &[("quantity", &number(quantity))]),
        Explanation::UnitPrice { quantity, unit_price: price, would_be } => w.text(
            "dispute-why-unit-price",
            &[
                ("quantity", &number(quantity)),
                ("price", &unit_price(lang, *price, currency)),
                ("amount", &unit_price(lang, *would_be, currency)),
            ],
        ),
        Explanation::TooLarge { quantity, unit_price: price } => w.text(
            "dispute-why-too-large",
            &[("quantity", &number(quantity)), ("price", &unit_price(lang, *price, currency))],
        ),
        Explanation::Points { billing, usage, count, each } => w.text(
            if *billing { "dispute-why-points-more" } else { "dispute-why-points-fewer" },
            &[("what", &w.work(usage, *count, true)), ("each", &number(&Decimal::from(*each)))],
        ),
        Explanation::BotAtAgent { outcome, count, agent_points } => w.text(
            "dispute-why-bot-at-agent",
            &[
                ("what", &w.work(&UsageKey::outcome("bot", outcome), *count, true)),
                ("points", &number(&Decimal::from(*agent_points))),
            ],
        ),
    }
}
