//! An invoice checked against the usage log's quote, line by line: what matches, what differs,
//! by how much, and what in the log would explain it.
//!
//! The invoice is a small TOML file of what the vendor billed:
//!
//! ```toml
//! plan = "web1on1/grow"
//! month = "2026-12"
//! [[lines]]
//! description = "Extra Chatpoints"   # the invoice's wording
//! quantity = "2760"
//! amount = "386.40"
//! ```
#![deny(clippy::arithmetic_side_effects)]

use std::fmt;
use std::path::Path;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::UsageMonth;
use crate::catalog::Catalog;
use crate::diag::{Diagnostics, Source, closest, read_text};
use crate::money::{Currency, decimal_string};
use crate::month::Month;
use crate::quote::{Line, PointsEach, Quote};
use crate::ratecard::Points;
use crate::tomlread::{Reader, join};
use crate::usage::UsageKey;

/// A vendor's invoice, as the user typed it in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invoice {
    /// `vendor/plan`.
    pub plan: String,
    /// The month billed: the log's quote for it is what the invoice is checked against.
    pub month: Month,
    /// Its lines, as billed: each is matched to at most one line of the log's quote.
    pub lines: Vec<InvoiceLine>,
}

/// One billed line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceLine {
    /// What kind of line it is, when the invoice says (`plan_fee`, `overage`, ...): it is then
    /// matched only to a line of that code.
    pub code: Option<String>,
    /// The invoice's wording.
    pub description: String,
    /// Units billed.
    pub quantity: Decimal,
    /// Amount billed.
    pub amount: Decimal,
}

/// Reads an invoice file.
pub fn load(path: &Path) -> Result<Invoice, Diagnostics> {
    load_str(path, &read_text(path, "the invoice")?)
}

/// Reads an invoice from `text`; `path` names it in messages.
pub fn load_str(path: &Path, text: &str) -> Result<Invoice, Diagnostics> {
    let mut r = Reader::new(Source::new(path, text));
    let doc = r.parse()?;
    let root = doc.get_ref();
    let whole = doc.span();
    r.only_keys(root, "", &["plan", "month", "lines"]);
    let plan = r.required(root, &whole, "", "plan").and_then(|v| r.string(v, "plan")).map(str::to_string);
    let month = r.required(root, &whole, "", "month").and_then(|v| {
        let s = r.string(v, "month")?;
        s.parse::<Month>().map_err(|e| r.error(&v.span(), "month", e)).ok()
    });
    let mut lines = Vec::new();
    if let Some(list) = r.required(root, &whole, "", "lines").and_then(|v| r.array(v, "lines")) {
        for (i, item) in list.iter().enumerate() {
            let path = format!("lines[{i}]");
            let Some(t) = r.table(item, &path) else { continue };
            r.only_keys(t, &path, &["code", "description", "quantity", "amount"]);
            let code = t.get("code").and_then(|v| r.choice(v, &join(&path, "code"), LINE_CODES)).map(str::to_string);
            let description = r
                .required(t, &item.span(), &path, "description")
                .and_then(|v| r.string(v, &join(&path, "description")));
            let description = description.map(str::to_string);
            let quantity =
                r.required(t, &item.span(), &path, "quantity").and_then(|v| r.decimal(v, &join(&path, "quantity")));
            let amount =
                r.required(t, &item.span(), &path, "amount").and_then(|v| r.decimal(v, &join(&path, "amount")));
            if let (Some(description), Some(quantity), Some(amount)) = (description, quantity, amount) {
                lines.push(InvoiceLine { code, description, quantity, amount });
            }
        }
    }
    let invoice = match (plan, month) {
        (Some(plan), Some(month)) => Some(Invoice { plan, month, lines }),
        _ => None,
    };
    r.finish(invoice)
}

/// The codes of quote lines, which an invoice line may name.
pub(crate) const LINE_CODES: &[(&str, &str)] = &[
    ("plan_fee", "plan_fee"),
    ("overage", "overage"),
    ("tier", "tier"),
    ("subscription", "subscription"),
    ("passthrough", "passthrough"),
];

/// One invoice checked against the log's quote for its plan and month, line by line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InvoiceCheck {
    /// The plan, as `vendor/plan`, as the invoice names it.
    pub plan: String,
    /// The month billed, as the invoice gives it.
    pub month: Month,
    /// True when every line matches and nothing is missing on either side.
    pub matches: bool,
    /// The currency of the amounts: the plan's billing currency, as the log's quote has it
    /// (`None` when the check could not be made).
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub currency: Option<Currency>,
    /// Line by line.
    pub lines: Vec<LineCheck>,
    /// The invoice's lines added up.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub billed_total: Option<Decimal>,
    /// What the log's usage costs on the lines compared (those billed and those not invoiced).
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub log_total: Option<Decimal>,
    /// `billed_total` less `log_total`: more than zero, the invoice asks for more than the log
    /// gives; `None` when a sum is too large to compute.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub difference: Option<Decimal>,
    /// What the check could not do (no such plan or month in the log).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub problem: Option<String>,
}

/// One line compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LineCheck {
    /// The invoice's wording, or the quote's for a line the invoice lacks.
    pub description: String,
    /// `matches`, `differs`, `not_in_log` (billed, but the log's quote has no such line) or
    /// `not_invoiced` (the log's quote has it, the invoice does not).
    pub status: String,
    /// Units: billed, and as the log counts them.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub billed_quantity: Option<Decimal>,
    /// Units as the log counts them.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub log_quantity: Option<Decimal>,
    /// Amount billed.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub billed_amount: Option<Decimal>,
    /// Amount from the log.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub log_amount: Option<Decimal>,
    /// The amount billed less the log's: a line not in the log counts all it bills, a line not
    /// invoiced all the log gives, negated; `None` when it is too large to compute.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub difference: Option<Decimal>,
    /// What in the log would explain the difference, in the command line's words (`reasons`
    /// worded).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub why: Vec<String>,
    /// The same, as data, for a front end or a document to word in its reader's language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Explanation>>", optional))]
    pub reasons: Vec<Explanation>,
}

impl LineCheck {
    /// A line compared, its difference worked out and its reasons worded.
    fn new(
        description: &str,
        status: &str,
        billed: Option<(Decimal, Decimal)>,
        log: Option<&Line>,
        reasons: Vec<Explanation>,
    ) -> LineCheck {
        let billed_amount = billed.map(|(_, a)| a);
        let log_amount = log.map(|l| l.amount);
        let difference = billed_amount.unwrap_or_default().checked_sub(log_amount.unwrap_or_default());
        LineCheck {
            description: description.to_string(),
            status: status.to_string(),
            billed_quantity: billed.map(|(q, _)| q),
            log_quantity: log.map(|l| l.quantity),
            billed_amount,
            log_amount,
            difference,
            why: reasons.iter().map(ToString::to_string).collect(),
            reasons,
        }
    }
}

/// One thing that would explain a line's difference, or why a line has no counterpart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Explanation {
    /// Billed, but the log's quote has no such line.
    NoSuchLine,
    /// The log's quote has this line once, already matched by an earlier line of the invoice.
    BilledTwice {
        /// The quote's wording of the line.
        line: String,
    },
    /// The log's quote has the line; the invoice does not.
    NotInvoiced,
    /// The invoice bills more (or fewer) units than the log gives.
    Units {
        /// More, else fewer.
        more: bool,
        /// How many more or fewer.
        #[serde(with = "decimal_string")]
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        units: Decimal,
    },
    /// The quantity billed is so far from the log's that no difference can be computed.
    TooFar {
        /// The quantity billed.
        #[serde(with = "decimal_string")]
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        quantity: Decimal,
    },
    /// The units billed at the card's unit price would be another amount.
    UnitPrice {
        /// The quantity billed.
        #[serde(with = "decimal_string")]
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        quantity: Decimal,
        /// The card's unit price.
        #[serde(with = "decimal_string")]
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        unit_price: Decimal,
        /// What the quantity costs at that price.
        #[serde(with = "decimal_string")]
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        would_be: Decimal,
    },
    /// The quantity billed times the card's unit price is too large to compute.
    TooLarge {
        /// The quantity billed.
        #[serde(with = "decimal_string")]
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        quantity: Decimal,
        /// The card's unit price.
        #[serde(with = "decimal_string")]
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        unit_price: Decimal,
    },
    /// A points line's difference is exactly some usage's points.
    Points {
        /// Billing that much more usage, else leaving it out.
        billing: bool,
        /// The usage (`contacts.engaged`, `outcomes.agent.test_drive`).
        usage: UsageKey,
        /// How many units of it.
        count: u64,
        /// Its points each.
        each: u64,
    },
    /// Outcomes a bot completed, billed at the agent's points.
    BotAtAgent {
        /// The outcome (`test_drive`).
        outcome: String,
        /// How many.
        count: u64,
        /// The agent's points for it.
        agent_points: u64,
    },
}

/// The command line's words (`pricesim rate-log usage --invoice`).
impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = |billing: bool| if billing { "billing" } else { "leaving out" };
        match self {
            Explanation::NoSuchLine => write!(f, "the log's quote has no such line"),
            Explanation::BilledTwice { line } => write!(
                f,
                "the log's quote has one `{line}` line, matched by an earlier line of the invoice: billed twice?"
            ),
            Explanation::NotInvoiced => write!(f, "the log's usage gives this line; the invoice does not have it"),
            Explanation::Units { more, units } => {
                let more = if *more { "more" } else { "fewer" };
                write!(f, "the invoice bills {units} {more} units than the log gives")
            }
            Explanation::TooFar { quantity } => {
                write!(f, "the invoice's quantity {quantity} is too far from the log's to compare")
            }
            Explanation::UnitPrice { quantity, unit_price, would_be } => write!(
                f,
                "{quantity} × {unit_price} would be {would_be}: the invoice's unit price is not the rate card's"
            ),
            Explanation::TooLarge { quantity, unit_price } => {
                write!(f, "{quantity} × {unit_price} is too large to compute")
            }
            Explanation::Points { billing, usage, count, .. } if usage.as_str() == "contacts.engaged" => {
                let contacts = if *count == 1 { "engaged contact" } else { "engaged contacts" };
                write!(
                    f,
                    "{} {count} {contacts} (a contact counted twice, or one the log lacks?) would explain it",
                    verb(*billing)
                )
            }
            Explanation::Points { billing, usage, count, each } => {
                write!(f, "{} {count} `{usage}` ({each} points each) would explain it", verb(*billing))
            }
            Explanation::BotAtAgent { outcome, count, agent_points } => write!(
                f,
                "{count} `{outcome}` done by a bot billed at the agent's {agent_points} points would explain it"
            ),
        }
    }
}

/// Checks `invoice` against the log's months; `catalog` holds the points an explanation needs.
pub fn check(invoice: &Invoice, months: &[UsageMonth], catalog: &Catalog) -> InvoiceCheck {
    let mut out = InvoiceCheck {
        plan: invoice.plan.clone(),
        month: invoice.month,
        matches: false,
        currency: None,
        lines: Vec::new(),
        billed_total: None,
        log_total: None,
        difference: None,
        problem: None,
    };
    let Some(month) = months.iter().find(|m| m.month == invoice.month) else {
        out.problem = Some(format!("the log has no rows in {}", invoice.month));
        return out;
    };
    let Some(quote) = month.quotes.iter().find(|q| q.plan == invoice.plan) else {
        out.problem = Some(format!("the plan {} was not priced for {}", invoice.plan, invoice.month));
        return out;
    };
    out.currency = Some(quote.currency);
    let mut used = vec![false; quote.lines.len()];
    for billed in &invoice.lines {
        let figures = Some((billed.quantity, billed.amount));
        let i = match matching_line(billed, quote, &used) {
            Match::Line(i) => i,
            unmatched => {
                let why = match unmatched {
                    Match::Again(i) => Explanation::BilledTwice {
                        line: quote.lines.get(i).map_or("", |l| l.description.as_str()).to_string(),
                    },
                    _ => Explanation::NoSuchLine,
                };
                out.lines.push(LineCheck::new(&billed.description, "not_in_log", figures, None, vec![why]));
                continue;
            }
        };
        if let Some(u) = used.get_mut(i) {
            *u = true;
        }
        let Some(line) = quote.lines.get(i) else { continue };
        let same = line.quantity == billed.quantity && line.amount == billed.amount;
        let (status, why) =
            if same { ("matches", Vec::new()) } else { ("differs", explain(billed, line, quote, catalog)) };
        out.lines.push(LineCheck::new(&billed.description, status, figures, Some(line), why));
    }
    for (line, _) in quote.lines.iter().zip(&used).filter(|(_, u)| !**u) {
        out.lines.push(LineCheck::new(
            &line.description,
            "not_invoiced",
            None,
            Some(line),
            vec![Explanation::NotInvoiced],
        ));
    }
    out.matches = out.lines.iter().all(|l| l.status == "matches");
    let sum = |amounts: Vec<Decimal>| amounts.into_iter().try_fold(Decimal::ZERO, |a, b| a.checked_add(b));
    out.billed_total = sum(out.lines.iter().filter_map(|l| l.billed_amount).collect());
    out.log_total = sum(out.lines.iter().filter_map(|l| l.log_amount).collect());
    out.difference = out.billed_total.zip(out.log_total).and_then(|(b, l)| b.checked_sub(l));
    out
}

/// What a billed line is on the log's quote.
enum Match {
    /// This line, not matched before.
    Line(usize),
    /// This line, already matched by an earlier invoice line (the line billed twice).
    Again(usize),
    /// None.
    Nothing,
}

/// The quote line an invoice line is, by what it is: only lines of its code, when it names one;
/// among those not matched yet, the same wording, else one wording containing the other, else the
/// closest wording (Jaro–Winkler ≥ 0.8), else the only line of its code. A wording that is the same
/// as a line already matched is that line billed twice, never another line; an empty wording
/// matches only by its code.
fn matching_line(billed: &InvoiceLine, quote: &Quote, used: &[bool]) -> Match {
    let wanted = billed.description.trim().to_lowercase();
    let of_code = |l: &Line| billed.code.as_ref().is_none_or(|c| *c == l.code);
    let lines = || quote.lines.iter().enumerate().filter(|(_, l)| of_code(l));
    let free = || lines().filter(|(i, _)| !used.get(*i).copied().unwrap_or(true));
    let same = |l: &Line| l.description.trim().to_lowercase() == wanted;
    if let Some((i, _)) = free().find(|(_, l)| same(l)) {
        return Match::Line(i);
    }
    if let Some((i, _)) = lines().find(|(_, l)| same(l)) {
        return Match::Again(i);
    }
    if !wanted.is_empty() {
        let contains = free().find(|(_, l)| {
            let have = l.description.trim().to_lowercase();
            !have.is_empty() && (have.contains(&wanted) || wanted.contains(&have))
        });
        if let Some((i, _)) = contains {
            return Match::Line(i);
        }
        let lower: Vec<(usize, String)> = free().map(|(i, l)| (i, l.description.to_lowercase())).collect();
        if let Some(best) = closest(&wanted, lower.iter().map(|(_, d)| d.as_str()))
            && let Some((i, _)) = lower.iter().find(|(_, d)| d == best)
        {
            return Match::Line(*i);
        }
    }
    match (billed.code.is_some(), free().collect::<Vec<_>>().as_slice()) {
        (true, [(i, _)]) => Match::Line(*i),
        _ => Match::Nothing,
    }
}

/// Explanation a billed line may differ from the log's: a unit price that is not the card's, or extra
/// units that some usage of the log would account for.
fn explain(billed: &InvoiceLine, line: &Line, quote: &Quote, catalog: &Catalog) -> Vec<Explanation> {
    let mut why = Vec::new();
    // The invoice is typed in: its figures may be as large as a decimal goes.
    let Some(delta) = billed.quantity.checked_sub(line.quantity) else {
        why.push(Explanation::TooFar { quantity: billed.quantity });
        return why;
    };
    if !delta.is_zero() {
        why.push(Explanation::Units { more: delta > Decimal::ZERO, units: delta.abs() });
    }
    let (quantity, unit_price) = (billed.quantity, line.unit_price);
    match billed.quantity.checked_mul(line.unit_price) {
        _ if billed.quantity.is_zero() => {}
        Some(priced) if priced == billed.amount => {}
        Some(would_be) => why.push(Explanation::UnitPrice { quantity, unit_price, would_be }),
        None => why.push(Explanation::TooLarge { quantity, unit_price }),
    }
    let Some(points) = delta.to_string().parse::<i64>().ok().filter(|d| *d != 0) else { return why };
    // A points line: which usage would add up to the difference?
    for meter in quote.meters.iter().filter(|m| m.of == "points") {
        for b in &meter.basis {
            let PointsEach::Points(each) = b.points_each else { continue };
            let Ok(each_signed) = i64::try_from(each) else { continue };
            if each_signed > 0 && points.checked_rem(each_signed) == Some(0) {
                let n = points.checked_div(each_signed).unwrap_or(0);
                why.push(Explanation::Points { billing: n > 0, usage: b.usage.clone(), count: n.unsigned_abs(), each });
            }
        }
        // An outcome done by a bot billed at the agent's points.
        let version = quote
            .plan
            .split_once('/')
            .and_then(|(v, _)| catalog.card(v))
            .and_then(|c| c.version_at(quote.version).ok());
        for bot in meter.basis.iter().filter(|b| b.usage.as_str().starts_with("outcomes.bot.")) {
            let name = bot.usage.as_str().trim_start_matches("outcomes.bot.");
            let agent = version.and_then(|v| v.points.get(&UsageKey::outcome("agent", name)));
            let (PointsEach::Points(bot_each), Some(Points::Each(agent_each))) = (bot.points_each, agent) else {
                continue;
            };
            let gap = i64::try_from(*agent_each)
                .ok()
                .zip(i64::try_from(bot_each).ok())
                .and_then(|(a, b)| a.checked_sub(b))
                .unwrap_or(0);
            let times = points.checked_div(gap).filter(|_| gap > 0 && points > 0 && points.checked_rem(gap) == Some(0));
            if let Some(n) = times.and_then(|n| u64::try_from(n).ok()).filter(|n| *n <= bot.quantity) {
                why.push(Explanation::BotAtAgent { outcome: name.to_string(), count: n, agent_points: *agent_each });
            }
        }
    }
    why
}
