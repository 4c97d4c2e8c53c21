//! A scenario's `[[whatsapp]]` rows priced under the pricing version in force in its month, for
//! Meta's own plan and for every vendor plan that passes Meta's fees on.
//!
//! A scenario's counts are the version's billable unit: conversations under a conversation-based
//! version, delivered template messages under a per-message one. A scenario has no clock, so two
//! rules need a choice, documented in `docs/WHATSAPP.md`:
//! - the monthly free tier is shared by every country; it is given to the cheapest units first,
//!   so the quote is the most the month can cost (Meta frees the month's first conversations, and
//!   a scenario does not say which come first);
//! - under a per-message version, utility templates sent inside a customer service window are
//!   free and are not counted (count only templates Meta charges).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::category::Category;
use super::markets::MarketId;
use super::rates::Rate;
use super::report::{split_tiers, unit_rate};
use super::rules::{Rules, Unit};
use super::tables::Tables;
use crate::money::{Currency, MoneyError, Rounding, checked_mul};
use crate::quote::{How, Item, Line, MeterUse, Warning, WarningKind};
use crate::ratecard::Provenance;
use crate::usage::{Usage, UsageKey};
use crate::written::count;

/// The WhatsApp part of a quote.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WhatsappPart {
    /// One line per market and category with billable units (and per volume tier).
    pub lines: Vec<Line>,
    /// Unknown rates, unlisted countries, unverified rules.
    pub warnings: Vec<Warning>,
    /// True when billable units have no known rate.
    pub incomplete: bool,
    /// The free tier's use, when the version has one and the scenario uses it.
    pub meter: Option<MeterUse>,
    /// What each row's units came to: free, priced, or `None` for units whose rate is not known.
    /// A market's units are given out in the order of its countries, free ones first (the
    /// scenario does not say which of its messages came first).
    pub accounts: Vec<(UsageKey, u64, Option<How>)>,
}

/// Where the rates come from, and how the vendor bills them.
pub struct Pricing<'a> {
    /// Meta's tables.
    pub tables: &'a Tables,
    /// The rules of Meta's version in force on `day`: what a unit is, and what is free.
    pub rules: &'a Rules,
    /// That version's `effective_from`: a rate row older than it belongs to an earlier pricing
    /// model and is not used.
    pub version_from: NaiveDate,
    /// The scenario's first day: picks markets and rates.
    pub day: NaiveDate,
    /// The currency the plan bills in: Meta's rates in it (or derived from another), not converted.
    pub currency: Currency,
    /// How its lines round.
    pub rounding: Rounding,
    /// The vendor's markup over Meta's rates, in percent.
    pub markup_percent: Decimal,
    /// The business phone numbers sending (the scenario's count term of the card, default 1): a
    /// version with a free allowance per number frees that many allowances.
    pub numbers: u64,
    /// The invoice's wording for these lines (`WhatsApp fees (billed separately)`).
    pub description: &'a str,
    /// The lines' code: `passthrough` on a vendor's invoice, `whatsapp` when paid to Meta.
    pub code: &'a str,
}

/// Units of one market and category.
struct Cell {
    market: MarketId,
    category: Category,
    /// Each country's row and its units, in country order.
    keys: Vec<(UsageKey, u64)>,
    units: u64,
    free: u64,
    rate: Rate,
    source: Option<Provenance>,
}

/// Prices the WhatsApp usage of `usage`.
pub fn price(p: &Pricing<'_>, usage: &Usage) -> Result<WhatsappPart, MoneyError> {
    let mut out = WhatsappPart::default();
    // By market name and category: the invoice's order.
    let mut cells: BTreeMap<(String, Category), Cell> = BTreeMap::new();
    for (key, n) in usage.iter() {
        let Some((country, category)) = key.as_whatsapp() else { continue };
        let Some(category) = Category::parse(category) else { continue };
        if n == 0 {
            continue;
        }
        let category = p.rules.scenario_category(category);
        let (market, listed) = p.tables.markets.by_country(country, p.day);
        if !listed {
            out.warnings.push(Warning {
                kind: WarningKind::UnlistedCountry,
                message: format!(
                    "`{country}` is not in Meta's market table: its WhatsApp traffic is priced as `{}`",
                    p.tables.markets.name(market)
                ),
            });
        }
        let (rate, source) = unit_rate(p.tables, p.currency, p.version_from, p.day, market, category);
        let name = p.tables.markets.name(market).to_string();
        let cell = cells.entry((name, category)).or_insert_with(|| Cell {
            market,
            category,
            keys: Vec::new(),
            units: 0,
            free: 0,
            rate,
            source,
        });
        cell.units = cell.units.checked_add(n).ok_or(MoneyError::Overflow)?;
        cell.keys.push((key.clone(), n));
    }
    for cell in cells.values_mut() {
        if p.rules.is_free(cell.category) {
            cell.free = cell.units;
        }
    }
    out.meter = free_tier(p.rules, p.numbers, &mut cells);
    if let (Some(per), Some(meter)) = (&p.rules.free_per_number, &out.meter)
        && per.source.status.needs_warning()
    {
        let note = per.source.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
        out.warnings.push(Warning {
            kind: WarningKind::UnverifiedRule,
            message: format!(
                "{} free {} messages a month per business phone number, {} for {} (`{}` of the card's terms, default 1, each number taken to use its own in full): a {} rule{note}",
                count(per.monthly),
                per.categories.iter().map(|c| c.label()).collect::<Vec<_>>().join(" and "),
                count(meter.included),
                match p.numbers {
                    1 => "1 number".to_string(),
                    n => format!("{} numbers", count(n)),
                },
                per.numbers_term,
                per.source.status
            ),
        });
    }
    for cell in cells.values() {
        lines(p, cell, &mut out)?;
    }
    if !cells.is_empty() {
        out.warnings
            .extend(p.rules.warnings.iter().map(|w| Warning { kind: WarningKind::UnverifiedRule, message: w.clone() }));
    }
    Ok(out)
}

/// Gives the month's free units (the account's, or `numbers` phone numbers') to the cheapest
/// eligible units first (unknown rates last).
fn free_tier(rules: &Rules, numbers: u64, cells: &mut BTreeMap<(String, Category), Cell>) -> Option<MeterUse> {
    let tier = rules.allowance(numbers)?;
    let mut eligible: Vec<&mut Cell> =
        cells.values_mut().filter(|c| c.free == 0 && tier.categories.contains(&c.category)).collect();
    if eligible.is_empty() {
        return None;
    }
    eligible.sort_by_key(|c| match c.rate {
        Rate::Price(p) => (0, p),
        _ => (1, Decimal::ZERO),
    });
    let used: u64 = eligible.iter().map(|c| c.units).sum();
    let mut left = tier.monthly;
    for cell in eligible {
        cell.free = cell.units.min(left);
        left -= cell.free;
    }
    let unit = match rules.unit {
        Unit::Conversation => "conversations",
        Unit::Message => "messages",
    };
    Some(MeterUse {
        of: "whatsapp.free_tier".to_string(),
        unit: format!("free WhatsApp {unit}"),
        used,
        included: tier.monthly,
        over: used.saturating_sub(tier.monthly),
        basis: Vec::new(),
    })
}

fn lines(p: &Pricing<'_>, cell: &Cell, out: &mut WhatsappPart) -> Result<(), MoneyError> {
    let billable = cell.units - cell.free;
    let mut rows = Accounts { left: cell.keys.iter().rev().cloned().collect(), out: &mut out.accounts };
    rows.take(cell.free, Some(How::Free));
    let countries: Vec<&str> = cell.keys.iter().filter_map(|(k, _)| k.as_whatsapp()).map(|(c, _)| c).collect();
    let unit = match p.rules.unit {
        Unit::Conversation => "conversations",
        Unit::Message => "messages",
    };
    let tiers: Vec<(u64, Rate)> = p.rules.tiers(cell.market, cell.category).map(|t| (t.from, t.price)).collect();
    for (tier_from, rate, units) in split_tiers(billable, cell.rate, &tiers) {
        if units == 0 {
            continue;
        }
        let tier = tier_from.map(|f| format!(", from the {f}th of the month")).unwrap_or_default();
        let description = format!(
            "{}: {} {unit}, {} ({}){tier}",
            p.description,
            cell.category.label(),
            p.tables.markets.name(cell.market),
            countries.join(", ")
        );
        match rate {
            Rate::Price(meta) => {
                let factor = Decimal::ONE + p.markup_percent / Decimal::ONE_HUNDRED;
                let unit_price = if p.markup_percent.is_zero() { meta } else { checked_mul(meta, factor)?.normalize() };
                let mut source = cell.source.clone().unwrap_or(Provenance {
                    status: crate::ratecard::Status::Published,
                    url: None,
                    date: None,
                    note: None,
                });
                if !p.markup_percent.is_zero() {
                    let note = format!("Meta's rate {meta} plus a {}% markup", p.markup_percent);
                    source.note = Some(source.note.map_or(note.clone(), |n| format!("{note}; {n}")).into());
                }
                rows.take(units, Some(How::Priced));
                let item = Item::Whatsapp {
                    category: cell.category.as_str().to_string(),
                    messages: p.rules.unit == Unit::Message,
                    market: p.tables.markets.name(cell.market).to_string(),
                    countries: countries.iter().map(|c| c.to_string()).collect(),
                    from_unit: tier_from,
                };
                let line = Line::priced(
                    p.code,
                    description,
                    Decimal::from(units),
                    unit_price,
                    source,
                    p.rounding,
                    p.currency,
                )?;
                out.lines.push(line.charging(item));
            }
            Rate::Unknown | Rate::NotAvailable => {
                rows.take(units, None);
                out.incomplete = true;
                let why = if rate == Rate::NotAvailable {
                    "Meta has no rate for this category there under this version".to_string()
                } else {
                    format!("Meta's {} rate is not known", p.currency)
                };
                out.warnings.push(Warning {
                    kind: WarningKind::UnknownPrice,
                    message: format!("{description}: {why}; {} not priced", count(units)),
                });
            }
        }
    }
    Ok(())
}

/// Gives a market's units out to its rows (countries), in order.
struct Accounts<'o> {
    /// Rows still holding units, the next one last.
    left: Vec<(UsageKey, u64)>,
    out: &'o mut Vec<(UsageKey, u64, Option<How>)>,
}

impl Accounts<'_> {
    /// Accounts for the next `n` units as `how`.
    fn take(&mut self, mut n: u64, how: Option<How>) {
        while n > 0 {
            let Some((key, have)) = self.left.last_mut() else { return };
            let part = n.min(*have);
            *have -= part;
            n -= part;
            if part > 0 {
                self.out.push((key.clone(), part, how));
            }
            if *have == 0 {
                self.left.pop();
            }
        }
    }
}
