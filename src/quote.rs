//! A quote: one plan priced for one scenario, as invoice lines, with what could not be priced.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::anniversary::Period;
use crate::fx::Conversion;
use crate::money::{Currency, MoneyError, Rounding, checked_add, checked_mul, decimal_string};
use crate::outlook::{Assumptions, Spread};
use crate::ratecard::Provenance;
use crate::usage::{Usage, UsageKey};
use crate::wallet::month::WalletMonth;

/// One plan priced for one scenario.
///
/// INVARIANT: `total` is the sum of the lines' `amount`s, each already rounded to the currency's
/// minor unit; nothing is rounded after summing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Quote {
    /// `vendor/plan`.
    pub plan: String,
    /// The billing currency: the rate card's.
    pub currency: Currency,
    /// The total in `currency`.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total: Decimal,
    /// The total in the scenario's display currency; `None` when no exchange rate is known.
    #[serde(with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub total_in_display_currency: Option<Decimal>,
    /// The invoice lines, in the card's charge order.
    pub lines: Vec<Line>,
    /// What a reader must know about this total.
    pub warnings: Vec<Warning>,
    /// True when usage needed a price that is not known, so `total` leaves something out.
    pub incomplete: bool,
    /// The plan's name for people.
    pub plan_name: String,
    /// The `effective_from` of the rate-card version used.
    pub version: NaiveDate,
    /// What each quota counted: used, included, over, and the usage behind it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<MeterUse>>", optional))]
    pub meters: Vec<MeterUse>,
    /// For a plan with a prepaid wallet: the month's balance, top-ups and card charges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub wallet: Option<WalletMonth>,
    /// The exchange rate `total_in_display_currency` was converted at, when the plan bills in
    /// another currency than the display one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub exchange: Option<Conversion>,
    /// For a subscription billed on its anniversary: the billing period this invoice covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub period: Option<Period>,
    /// `cost.total` per unit of the scenario's main usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub unit_costs: Option<UnitCosts>,
    /// Everything this plan costs the user for the whole scenario, in the display currency, by
    /// payee; `None` when a price is unknown, work is uncovered, or a part cannot be converted.
    #[serde(default)]
    pub cost: Option<Cost>,
    /// 1, 2, … by `cost.total` among the comparison's quotes that have a cost; `None` for the
    /// others.
    #[serde(default)]
    pub rank: Option<u32>,
    /// Work no line accounts for, each also named in a warning.
    #[serde(default)]
    pub uncovered: Vec<Uncovered>,
    /// How every other non-zero quantity of work is accounted for: on whose lines, and how.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Covered>>", optional))]
    pub coverage: Vec<Covered>,
    /// For a ranked quote of a scenario with ranges: its cost over them (docs/UNCERTAINTY.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub spread: Option<Spread>,
    /// For a ranked quote of a scenario with ranges: the share of sampled months in which it is
    /// the cheapest, 0 to 1 with 4 decimals; the ranked quotes' chances add up to 1.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub chance_cheapest: Option<Decimal>,
    /// For a ranked quote whose cards' versions rest on unverified rules or prices: its cost
    /// under their other readings (docs/UNCERTAINTY.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub assumptions: Option<Assumptions>,
}

impl Quote {
    /// True when the lines account for all the scenario's work: no needed price is unknown and
    /// nothing is uncovered. Only such a quote has a cost and ranks.
    pub fn prices_everything(&self) -> bool {
        !self.incomplete && self.uncovered.is_empty()
    }

    /// True when the quote is ranked against the others: it has a cost.
    pub fn ranks(&self) -> bool {
        self.cost.is_some()
    }

    /// The warnings that say why the quote has no cost: work nothing accounts for, a price or an
    /// exchange rate that is not known. Empty for a ranked quote.
    pub fn why_unranked(&self) -> impl Iterator<Item = &Warning> {
        let unranked = !self.ranks();
        self.warnings.iter().filter(move |w| {
            unranked
                && matches!(
                    w.kind,
                    WarningKind::NotOffered
                        | WarningKind::UnknownPrice
                        | WarningKind::NoExchangeRate
                        | WarningKind::QuotaReached
                )
        })
    }

    /// What the user can enter to rank the quote: for each `[in_house]` key, the uncovered work
    /// the vendor does not do that a cost under it would price (grouped per actor for outcomes).
    /// An unknown price is not the user's to enter: it is not among them.
    pub fn in_house_needed(&self) -> Vec<InHouseNeed> {
        let mut out: Vec<InHouseNeed> = Vec::new();
        for u in self.uncovered.iter().filter(|u| u.why != Why::UnknownPrice) {
            let name = u.usage.as_str();
            let key = match name.strip_prefix("outcomes.").and_then(|r| r.split_once('.')) {
                Some(("agent", _)) => "outcomes.agent.*",
                Some(_) => "outcomes.bot.*",
                None => name,
            };
            match out.iter_mut().find(|n| n.key == key) {
                Some(need) => need.work.push(crate::usage::describe(&u.usage, u.quantity)),
                None => out.push(InHouseNeed {
                    key: key.to_string(),
                    work: vec![crate::usage::describe(&u.usage, u.quantity)],
                }),
            }
        }
        out
    }

    /// The lines paid to `payee`.
    pub fn lines_of(&self, payee: Payee) -> impl Iterator<Item = &Line> {
        self.lines.iter().filter(move |l| l.payee == payee)
    }

    /// What each payee's lines add up to, in their own currency: the vendor's always (its
    /// `total`), Meta's and the in-house ones when there are any.
    pub fn payee_totals(&self) -> Result<Vec<PayeeTotal>, MoneyError> {
        let mut out = vec![PayeeTotal { payee: Payee::Vendor, currency: self.currency, total: self.total }];
        for payee in [Payee::Meta, Payee::InHouse] {
            if let Some(first) = self.lines_of(payee).next() {
                let currency = first.currency;
                out.push(PayeeTotal { payee, currency, total: sum_lines(self.lines_of(payee), currency)? });
            }
        }
        Ok(out)
    }
}

/// An `[in_house]` cost that would let a quote rank, and the uncovered work it would price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InHouseNeed {
    /// The key to give under `[in_house]` (`outcomes.bot.*`, `email.sent`).
    pub key: String,
    /// The work it would price, in words (`20 test drives`).
    pub work: Vec<String>,
}

/// Who a line is paid to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Payee {
    /// The plan's vendor: its invoice.
    Vendor,
    /// Meta, paid directly for WhatsApp traffic the vendor does not pass through.
    Meta,
    /// The user's own cost of work the plan does not sell (the scenario's `[in_house]`).
    InHouse,
}

impl Payee {
    /// Every payee, in the order quotes list their lines.
    pub const ALL: [Payee; 3] = [Payee::Vendor, Payee::Meta, Payee::InHouse];

    /// The name JSON and CSV write (`in_house`).
    pub fn name(self) -> &'static str {
        match self {
            Payee::Vendor => "vendor",
            Payee::Meta => "meta",
            Payee::InHouse => "in_house",
        }
    }
}

/// One payee's lines added up, in their currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PayeeTotal {
    /// Whose lines.
    pub payee: Payee,
    /// Their currency.
    pub currency: Currency,
    /// Their sum.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total: Decimal,
}

/// What a plan costs the user for the whole scenario, in the display currency.
///
/// INVARIANT: `total` is the sum of `by_payee`'s parts; each part is its payee's lines summed in
/// their currency and converted once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Cost {
    /// The display currency (the scenario's `currency`): `total` and every part are in it, so
    /// plans billed in different currencies compare.
    pub currency: Currency,
    /// Everything, all payees together.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total: Decimal,
    /// Each payee's part.
    pub by_payee: ByPayee,
}

/// A cost's parts by payee, in the display currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ByPayee {
    /// The vendor's invoice.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub vendor: Decimal,
    /// Meta's fees paid directly.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub meta: Decimal,
    /// The user's own costs.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub in_house: Decimal,
}

impl ByPayee {
    /// The part of `payee`.
    pub fn get(&self, payee: Payee) -> Decimal {
        match payee {
            Payee::Vendor => self.vendor,
            Payee::Meta => self.meta,
            Payee::InHouse => self.in_house,
        }
    }

    /// Sets the part of `payee`.
    pub fn set(&mut self, payee: Payee, amount: Decimal) {
        match payee {
            Payee::Vendor => self.vendor = amount,
            Payee::Meta => self.meta = amount,
            Payee::InHouse => self.in_house = amount,
        }
    }
}

/// A quantity of work and the lines that account for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Covered {
    /// The work, as its usage key (`outcomes.bot.test_drive`).
    pub usage: UsageKey,
    /// How much of it.
    pub quantity: u64,
    /// Whose lines account for it.
    pub payee: Payee,
    /// How.
    pub how: How,
}

/// How a payee accounts for work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// Priced on its lines (points that fill a quota count too: the plan fee pays for them).
    Priced,
    /// Included at no charge (`included` points, a quota's included units).
    Included,
    /// Free by a rule the card states (free seats, Meta's free tier or free categories).
    Free,
}

/// Work no line accounts for: the quote has no cost and does not rank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Uncovered {
    /// The work no line accounts for, as its usage key.
    pub usage: UsageKey,
    /// How much of it.
    pub quantity: u64,
    /// Why.
    pub why: Why,
}

/// Why work is uncovered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// The vendor does not do it, and the scenario gives no in-house cost for it.
    NotOffered,
    /// The vendor does it at a price nobody has published (or Meta's rate is not known).
    UnknownPrice,
    /// The vendor stops at a quota, and the scenario gives no in-house cost for the rest.
    QuotaReached,
}

/// Unit economics of a quote, in the display currency: the whole cost divided by each count
/// (so they do not add up), rounded half away from zero to 4 decimals. Display figures, not
/// amounts anyone bills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UnitCosts {
    /// Per engaged contact.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub per_engaged_contact: Option<Decimal>,
    /// Per completed outcome (agent or bot).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub per_outcome: Option<Decimal>,
    /// Per WhatsApp unit (conversation or message) of every category.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "decimal_string::option")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub per_whatsapp_unit: Option<Decimal>,
}

impl UnitCosts {
    /// `total` per unit of `counts` (worked out once for every quote of a scenario); `None` when
    /// it has none of them.
    pub fn per(total: Decimal, counts: &MainCounts) -> Option<UnitCosts> {
        let per = |n: u128| {
            let units = rust_decimal::prelude::FromPrimitive::from_u128(n).filter(|_| n > 0)?;
            Some(
                total
                    .checked_div(units)?
                    .round_dp_with_strategy(4, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
            )
        };
        let costs = UnitCosts {
            per_engaged_contact: per(counts.engaged),
            per_outcome: per(counts.outcomes),
            per_whatsapp_unit: per(counts.whatsapp),
        };
        let any =
            costs.per_engaged_contact.is_some() || costs.per_outcome.is_some() || costs.per_whatsapp_unit.is_some();
        any.then_some(costs)
    }
}

/// The counts unit costs divide by: engaged contacts, outcomes, WhatsApp units. Summed wide: each
/// count fits 64 bits, their sum need not.
#[derive(Debug, Clone, Copy, Default)]
pub struct MainCounts {
    engaged: u128,
    outcomes: u128,
    whatsapp: u128,
}

impl MainCounts {
    /// The counts of `usage`.
    pub fn of(usage: &Usage) -> MainCounts {
        let mut c = MainCounts::default();
        for (k, n) in usage.iter() {
            let slot = match k.as_str() {
                "contacts.engaged" => &mut c.engaged,
                name if name.starts_with("outcomes.") => &mut c.outcomes,
                name if name.starts_with("whatsapp.") => &mut c.whatsapp,
                _ => continue,
            };
            *slot = slot.saturating_add(u128::from(n));
        }
        c
    }
}

/// One invoice line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Line {
    /// What kind of line: `plan_fee`, `overage`, `tier`, `subscription`, `passthrough` (the
    /// vendor's), `whatsapp` (Meta's, paid directly), `in_house` (the user's own cost).
    pub code: String,
    /// Who it is paid to.
    pub payee: Payee,
    /// The currency of its amounts: the plan's for the vendor's lines, Meta's for Meta's, the
    /// scenario's for in-house ones.
    pub currency: Currency,
    /// The line's text as the vendor's invoice would put it.
    pub description: String,
    /// How many units.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub quantity: Decimal,
    /// Price of one unit, unrounded (WhatsApp rates have four decimals).
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub unit_price: Decimal,
    /// `quantity × unit_price`, rounded once to the minor unit.
    #[serde(with = "decimal_string")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    /// Where the unit price comes from.
    pub source: Provenance,
    /// What the line charges for, as data, so that a document can name it in its reader's
    /// language; `description` is the same in the vendor's words. Left out when only those
    /// describe it.
    #[serde(default, skip_serializing_if = "Item::is_other")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Item>"))]
    pub item: Item,
}

/// What an invoice line charges for, in parts a translation can use.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Item {
    /// The plan's fee for the period.
    Fee,
    /// Units beyond a quota of `of` (`points` or a usage key), counted in `unit` (the card's
    /// name for its points), sold in blocks of `per`.
    Extra {
        /// The meter: `points` or a usage key.
        of: String,
        /// The card's name for its points (`Chatpoints`); the usage key otherwise.
        unit: String,
        /// Units per block sold.
        per: u64,
    },
    /// A range or tier of the usage `of`: the units above `above`, up to `up_to`.
    Range {
        /// The usage the ranges are over, as its key (`contacts.engaged`).
        of: String,
        /// The last unit of the range before it.
        above: u64,
        /// The range's last unit; `None` for the open last one.
        up_to: Option<u64>,
    },
    /// WhatsApp fees of one category to one of Meta's markets.
    Whatsapp {
        /// `marketing`, `utility`, `authentication`, `service`.
        category: String,
        /// Conversations or messages.
        messages: bool,
        /// The market's name as Meta gives it.
        market: String,
        /// The scenario's countries in the market.
        countries: Vec<String>,
        /// The volume tier's first unit of the month, when the rate is a tier's.
        from_unit: Option<u64>,
    },
    /// Work the user does in-house, at their own cost.
    InHouse {
        /// The work done in-house, as its usage key; priced at the scenario's `[in_house]`
        /// estimate.
        usage: UsageKey,
    },
    /// Only the vendor's words describe it (a subscription's term, up front).
    #[default]
    Other,
}

impl Item {
    /// True for [`Item::Other`].
    pub fn is_other(&self) -> bool {
        *self == Item::Other
    }

    /// The quota's meter (`points`, `contacts.active`) of a line selling units beyond it, so a
    /// wallet can pay one quota's overage and not another's.
    pub fn meter(&self) -> Option<&str> {
        match self {
            Item::Extra { of, .. } => Some(of),
            _ => None,
        }
    }
}

impl Line {
    /// The line for `quantity` units at `unit_price`: the one place amounts are rounded.
    pub fn priced(
        code: &str,
        description: impl Into<String>,
        quantity: Decimal,
        unit_price: Decimal,
        source: Provenance,
        rounding: Rounding,
        currency: Currency,
    ) -> Result<Line, MoneyError> {
        let description = description.into();
        let amount = line_amount(quantity, unit_price, rounding, currency).map_err(|e| e.within(&description))?;
        Ok(Line {
            code: code.to_string(),
            payee: Payee::Vendor,
            currency,
            description,
            quantity,
            unit_price,
            amount,
            source,
            item: Item::Other,
        })
    }

    /// The line, saying what it charges for.
    pub fn charging(mut self, item: Item) -> Line {
        self.item = item;
        self
    }

    /// The line, paid to `payee` rather than the vendor.
    pub fn paid_to(mut self, payee: Payee) -> Line {
        self.payee = payee;
        self
    }
}

/// `quantity × unit_price` rounded to the currency's minor unit: the one place any billed amount,
/// of a quote or of a rated log, is rounded. (A total shown in another currency is rounded once
/// more, where it is converted: `fx::Conversion::convert`.)
pub fn line_amount(
    quantity: Decimal,
    unit_price: Decimal,
    rounding: Rounding,
    currency: Currency,
) -> Result<Decimal, MoneyError> {
    let exact = checked_mul(quantity, unit_price).map_err(|e| e.of(format!("{quantity} × {unit_price}")))?;
    Ok(rounding.round(exact, currency))
}

/// The sum of the lines' (rounded) amounts, written to the currency's minor unit even with no
/// lines (`0.00`, not `0`).
pub fn sum_lines<'l>(lines: impl IntoIterator<Item = &'l Line>, currency: Currency) -> Result<Decimal, MoneyError> {
    lines
        .into_iter()
        .try_fold(Decimal::new(0, currency.minor_units()), |acc, l| checked_add(acc, l.amount))
        .map_err(|e| e.of("the sum of the lines"))
}

/// Something a quote's reader must know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Warning {
    /// What kind of warning.
    pub kind: WarningKind,
    /// The sentence to show a person, in English; a program goes by `kind` instead.
    pub message: String,
}

/// Kinds of warnings, so a program can react without parsing sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// A price that is derived, reconstructed, unverified or an example was used.
    UnpublishedPrice,
    /// Usage needed a price nobody has published; it is left out and the quote is incomplete.
    UnknownPrice,
    /// Work the plan does not offer (an outcome "not offered" by bot, say) and the scenario gives
    /// no in-house cost for: it is uncovered.
    NotOffered,
    /// In-house lines priced at the user's own estimates (`[in_house]`).
    OwnEstimate,
    /// A price the user wrote into their copy of the card (status `user`, "your figure") was used.
    OwnFigure,
    /// The total could not be converted to the display currency.
    NoExchangeRate,
    /// The total was converted at an exchange rate that is not a published one (an example).
    UnpublishedRate,
    /// A pricing rule rests on unverified sources (WhatsApp from 2026-10-01).
    UnverifiedRule,
    /// A country that is not in Meta's market table was priced as the catch-all market.
    UnlistedCountry,
    /// Free-form messages with no customer service window open (a log): not billed.
    RefusedMessage,
    /// Log rows that could not be read were skipped (`--skip-invalid`).
    SkippedRows,
    /// Usage above a quota the vendor stops at (emails not sent): not billed.
    QuotaReached,
    /// A subscription's first invoice is not known, so its price floor is not applied.
    UnknownFloor,
}

/// What one quota counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MeterUse {
    /// `points` or a usage name.
    pub of: String,
    /// The unit's name for people (`Chatpoints`, `agents.livechat`).
    pub unit: String,
    /// Units used.
    pub used: u64,
    /// Units included in the plan.
    pub included: u64,
    /// Units above `included`, billed on the overage line.
    pub over: u64,
    /// For points: the usage behind `used`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Basis>>", optional))]
    pub basis: Vec<Basis>,
}

/// One usage's share of a points meter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Basis {
    /// Which usage these points are for, by key.
    pub usage: UsageKey,
    /// Its count in the scenario.
    pub quantity: u64,
    /// Points per unit.
    pub points_each: PointsEach,
    /// `quantity × points_each`.
    pub points: u64,
}

/// Points per unit in a breakdown: a number, or "included" (offered at no points).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum PointsEach {
    /// This many points.
    Points(u64),
    /// The string `"included"`.
    Included(IncludedTag),
}

/// The literal `"included"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum IncludedTag {
    /// Offered at no points.
    Included,
}
