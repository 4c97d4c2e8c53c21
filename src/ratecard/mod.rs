//! Rate cards: a vendor's price book as data, in dated versions, every price with its provenance.
//!
//! A card is read from TOML by [`load`] into these validated types; nothing downstream sees an
//! unchecked file. The format is documented in `docs/RATECARDS.md`, the reasons in
//! `docs/DESIGN.md`. A vendor is a file, not code: its plans are lists of [`Charge`]s built from a
//! few primitives.

pub mod billing;
pub mod figures;
pub mod load;
pub mod read;
pub mod switch;
pub mod wallet;
pub mod work;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::{Currency, Rounding};
use crate::usage::UsageKey;
use crate::whatsapp::{Rules, Tables};
pub use billing::{Billing, Commitment};
use wallet::WalletSpec;
pub use work::{Handling, Stated, Statements, Work};

/// One vendor's price book.
#[derive(Debug, Clone, PartialEq)]
pub struct RateCard {
    /// The file it was read from, for messages.
    pub file: PathBuf,
    /// Lower-case vendor id, the first half of a plan name (`web1on1`).
    pub vendor: String,
    /// The vendor's name for people.
    pub name: String,
    /// The currency every price of the card is in; quotes are billed in it.
    pub currency: Currency,
    /// How line amounts round to the currency's minor unit.
    pub rounding: Rounding,
    /// Contract terms a scenario may give under `[vendors.<vendor>]`, by name.
    pub terms: BTreeMap<String, TermSpec>,
    /// The versions, by strictly increasing `effective_from`.
    ///
    /// INVARIANT: non-empty and sorted (the loader refuses anything else).
    pub versions: Vec<Version>,
    /// WhatsApp markets and rates, for a card that prices WhatsApp traffic (Meta's).
    pub whatsapp: Option<Tables>,
}

impl RateCard {
    /// The version in force on `day`: the latest one whose `effective_from` is not after it.
    ///
    /// A day before the first version is an error, never a silent fallback to the first one.
    pub fn version_at(&self, day: NaiveDate) -> Result<&Version, NoVersion> {
        self.versions.iter().rev().find(|v| v.effective_from <= day).ok_or_else(|| NoVersion {
            vendor: self.vendor.clone(),
            day,
            first: self.versions.first().map(|v| v.effective_from),
        })
    }
}

/// No version of a card is in force on a day.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("rate card `{vendor}` has no version in force on {day}{}", first.map(|f| format!(" (its first version starts {f})")).unwrap_or_default())]
pub struct NoVersion {
    /// The card's vendor.
    pub vendor: String,
    /// The day a version was asked for: before `first`, as a card always has a version.
    pub day: NaiveDate,
    /// The card's first `effective_from`.
    pub first: Option<NaiveDate>,
}

/// A contract term a scenario gives for a vendor (a custom fee, a custom quota, a start date).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermSpec {
    /// What kind of value it takes.
    pub kind: TermKind,
    /// What it means, for people filling it in.
    pub description: String,
    /// For a `choice` term: the values it may take. Empty for other kinds.
    pub values: Vec<String>,
    /// Where the card declares it (a byte offset in the file): forms list a card's terms in the
    /// order its author wrote them (User.com's start and term before the rest).
    pub position: usize,
}

/// What a contract term's value is written as: the scenario's value is read and checked as
/// this, and a form offers the matching input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum TermKind {
    /// An amount in the card's currency, written as a decimal string.
    Money,
    /// A whole non-negative number.
    Count,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// One of the term's `values`.
    Choice,
}

impl TermKind {
    /// The names a card writes (`kind = "money"`), with their kinds.
    pub const NAMES: &'static [(&'static str, TermKind)] = &[
        ("money", TermKind::Money),
        ("count", TermKind::Count),
        ("date", TermKind::Date),
        ("choice", TermKind::Choice),
    ];

    /// The name a card writes for it (`kind = "money"`), as in [`TermKind::NAMES`].
    pub fn name(self) -> &'static str {
        TermKind::NAMES.iter().find(|(_, k)| *k == self).map_or("?", |(n, _)| n)
    }
}

/// The card as it stood from one date on. Each version is complete: nothing is inherited.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    /// The first day this version is in force (a civil date; the vendor's own time zone).
    pub effective_from: NaiveDate,
    /// Where this version's prices come from, unless a price names its own source.
    pub source: Provenance,
    /// What the vendor calls its points (`Chatpoints`).
    pub points_name: String,
    /// Points per unit of usage. Usage the table does not name is not billed in points.
    pub points: BTreeMap<UsageKey, Points>,
    /// The plans on sale while this version is in force, in the card's order (never empty; ids are
    /// unique).
    pub plans: Vec<Plan>,
    /// The WhatsApp pricing rules of this version, on a card with WhatsApp tables.
    pub whatsapp: Option<Rules>,
    /// The unverified rules and prices it rests on, each with its other readings.
    pub switches: Vec<switch::Switch>,
    /// The version under each other combination of its switches' readings.
    pub alternatives: Vec<switch::Alternative>,
}

impl Version {
    /// The version with switch `k` at reading `choice[k]`: itself when every reading is the
    /// card's own.
    pub fn under(&self, choice: &[usize]) -> Option<&Version> {
        if choice.iter().all(|k| *k == 0) {
            return Some(self);
        }
        self.alternatives.iter().find(|a| a.choice == choice).map(|a| &a.version)
    }
}

/// Points charged per unit of one usage.
///
/// `Included` and `NotOffered` are not zero: the first is a service offered at no points, the
/// second a service the vendor does not provide that way; `Unknown` is offered at a price nobody
/// has published, and can never be counted as zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Points {
    /// This many points per unit.
    Each(u64),
    /// Offered, at no points.
    Included,
    /// Not offered for this usage.
    NotOffered,
    /// Offered, but the points are not published.
    Unknown,
}

/// A plan on sale: an id and a list of charges.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Lower-case id, the second half of the plan name (`grow`).
    pub id: String,
    /// The plan's name for people (`Grow`).
    pub name: String,
    /// What the plan charges, in invoice order.
    pub charges: Vec<Charge>,
    /// A prepaid wallet some lines are paid from, if the plan has one.
    pub wallet: Option<WalletSpec>,
    /// Anniversary billing with long-term terms and a price floor, for a subscription priced by
    /// contact ranges; `None` for plans billed per calendar month.
    pub billing: Option<Billing>,
    /// What the vendor does with each kind of work none of the charges prices (from the plan's
    /// `work` and its version's). With the charges, every kind is accounted for: the loader
    /// refuses a plan that is silent about one.
    pub work: Statements,
}

impl Plan {
    /// True when every charge passes another card's fees on (Meta's own plan).
    pub fn only_passes_through(&self) -> bool {
        self.charges.iter().all(|c| matches!(c, Charge::Passthrough { .. }))
    }

    /// The contract terms the plan's prices come from, in charge order; a plan with any is priced
    /// only when the scenario gives them.
    pub fn terms_used(&self) -> Vec<&str> {
        let mut names = Vec::new();
        for charge in &self.charges {
            match charge {
                Charge::Recurring { amount, .. } => names.extend(amount.value.term()),
                Charge::Quota { included, unit_price, .. } => {
                    names.extend(included.term());
                    names.extend(unit_price.value.term());
                }
                Charge::Tiered { tiers, .. } => names.extend(tiers.iter().filter_map(|t| t.price.value.term())),
                Charge::Passthrough { .. } => {}
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        names.retain(|n| seen.insert(*n));
        names
    }
}

/// One pricing primitive. Each variant carries only its own fields.
#[derive(Debug, Clone, PartialEq)]
pub enum Charge {
    /// A fee every billing month.
    Recurring {
        /// The invoice line's text.
        description: String,
        /// The fee for one billing month: an amount in the card's currency, or a contract term.
        amount: Price,
    },
    /// An included quantity of a meter, and a price per unit above it. Covers quotas of points,
    /// "N agents included, each extra one $5" and "4 emails per contact paid for, extra emails
    /// $0.40 per 1,000, sending stops at the quota".
    Quota {
        /// The overage line's text.
        description: String,
        /// What is counted.
        of: Meter,
        /// Units included in the plan.
        included: Quantity,
        /// Price of each `sale.per` units above `included`.
        unit_price: Price,
        /// How units above `included` are sold, or whether they are at all.
        sale: Sale,
        /// Where the included amount comes from, when it is not a published figure (an example
        /// quota): a quote that uses the quota says so even when nothing is billed above it.
        included_source: Option<Provenance>,
    },
    /// Ranges or tiers over one usage.
    Tiered {
        /// The line's text.
        description: String,
        /// The usage whose quantity picks the tier (contacts, for contact ranges).
        of: UsageKey,
        /// How tiers turn a quantity into an amount.
        mode: TierMode,
        /// Half-open tiers `(previous up_to, up_to]`, the first from 0, the last open.
        ///
        /// INVARIANT: non-empty; `up_to` strictly increasing; only the last has `up_to: None`.
        tiers: Vec<Tier>,
    },
    /// Fees another card sets, passed through (WhatsApp conversations or messages billed at
    /// Meta's per-market rates), with the vendor's markup.
    Passthrough {
        /// The line's text.
        description: String,
        /// Which of the scenario's usage is priced at `from`'s rates (for WhatsApp, its
        /// `[[whatsapp]]` rows).
        service: Service,
        /// The vendor whose card holds the rates (`meta`).
        from: String,
        /// Markup in percent on top of those rates (`"10"` = +10 %).
        markup_percent: Decimal,
    },
}

/// What a quota counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Meter {
    /// The version's points table applied to all usage.
    Points,
    /// One usage.
    Usage(UsageKey),
}

impl Meter {
    /// `points`, or the usage name, as written in the card.
    pub fn name(&self) -> &str {
        match self {
            Meter::Points => "points",
            Meter::Usage(k) => k.as_str(),
        }
    }
}

/// A quantity written in the card or taken from the scenario's contract terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Quantity {
    /// A count written in the card (`included = 3000`).
    Count(u64),
    /// A `count` contract term, by name: the scenario gives the count (a custom quota).
    Term(String),
    /// `times` units per contact paid for in a plan with [`Billing`] (User.com's email quota).
    PerPaid {
        /// Units per contact.
        times: u64,
        /// Which count of contacts.
        basis: PaidBasis,
    },
}

/// What "the contacts you pay for" counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaidBasis {
    /// The upper limit of the range paid for (the vendor's example: "250-contact plan → 1,000
    /// emails"); the count itself in the open last range.
    Range,
    /// The contacts paid for themselves (the count raised to the floor, and within a term to those
    /// paid for up front), not their range's limit.
    Count,
}

impl Quantity {
    fn term(&self) -> Option<&str> {
        match self {
            Quantity::Term(t) => Some(t),
            Quantity::Count(_) | Quantity::PerPaid { .. } => None,
        }
    }
}

/// How a quota's units beyond the included ones are sold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sale {
    /// Units one `unit_price` buys (1, or 1,000 for "$0.40 per 1,000").
    pub per: u64,
    /// The fewest units sold at once (0: no minimum).
    pub minimum: u64,
    /// Whether a started block of `per` is billed whole, or pro rata.
    pub packs: Packs,
    /// What happens beyond the quota.
    pub beyond: Beyond,
}

impl Default for Sale {
    fn default() -> Sale {
        Sale { per: 1, minimum: 0, packs: Packs::Started, beyond: Beyond::Billed }
    }
}

/// Whether a started block is billed whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Packs {
    /// Every started block of `per` units is billed whole (2,500 → 3 blocks of 1,000).
    Started,
    /// Pro rata above the minimum (2,500 → 2.5 blocks).
    ProRata,
}

/// What happens to usage beyond a quota.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Beyond {
    /// It is billed at the unit price.
    Billed,
    /// The vendor stops it at the quota (emails are not sent): it is named in a warning and not
    /// billed, unless the scenario's choice term `unless` is `yes`, and then it is billed.
    Stopped {
        /// A `choice` term whose value [`Beyond::BUY`] buys the usage beyond the quota.
        unless: Option<String>,
    },
}

impl Beyond {
    /// The value of a stopped quota's `unless` term that buys the usage beyond it.
    pub const BUY: &'static str = "yes";
}

/// How tiers price a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TierMode {
    /// Each unit at the unit price of the tier it falls in.
    Graduated,
    /// Every unit at the unit price of the tier the whole quantity falls in.
    Volume,
    /// The whole quantity at the flat price of the tier it falls in (contact ranges).
    Flat,
}

/// One tier: up to and including `up_to` (open when `None`), at `price`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tier {
    /// The tier's last unit, inclusive; `None` for the open last tier.
    pub up_to: Option<u64>,
    /// A unit price (graduated, volume) or the tier's flat price (flat).
    pub price: Price,
}

/// A service whose fees a plan passes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    /// WhatsApp Business Platform fees: the scenario's `[[whatsapp]]` rows.
    Whatsapp,
}

/// A price and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    /// The amount, or why there is none.
    pub value: PriceValue,
    /// Where the figure comes from: every quote line priced with it carries this, and flags it
    /// unless it is published or from the contract.
    pub source: Provenance,
}

/// What a price is: a known amount, an unpublished one, or one the scenario's contract gives.
#[derive(Debug, Clone, PartialEq)]
pub enum PriceValue {
    /// A known amount in the card's currency.
    Amount(Decimal),
    /// Not published: usage that needs it is flagged and the quote marked incomplete.
    Unknown,
    /// Given by the scenario's contract term of that name.
    Term(String),
}

impl PriceValue {
    fn term(&self) -> Option<&str> {
        match self {
            PriceValue::Term(t) => Some(t),
            _ => None,
        }
    }
}

/// Where a price comes from.
///
/// Every line of every quote carries its price's provenance, so its texts are shared (`Arc<str>`),
/// not copied: a clone is a count, not an allocation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Provenance {
    /// How far the figure can be trusted.
    pub status: Status,
    /// The page it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub url: Option<Arc<str>>,
    /// When the page was read or dated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub date: Option<NaiveDate>,
    /// Anything a reader should know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub note: Option<Arc<str>>,
}

/// How far a price can be trusted. Anything but `published` and `contract` is flagged in quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// On the vendor's (or Meta's) price list, at `url`.
    Published,
    /// Computed from published figures.
    Derived,
    /// Pieced together from partial sources.
    Reconstructed,
    /// From a single uncorroborated source.
    Unverified,
    /// A placeholder: replace it with the figure from your contract.
    Example,
    /// The user's own figure, written into their copy of a card (the app's price form writes it
    /// for a changed value): no source vouches for it but the user.
    User,
    /// From the scenario's contract terms (never written in a card).
    Contract,
    /// The user's own estimate of their in-house cost (the scenario's `[in_house]`; never
    /// written in a card).
    Estimate,
}

impl Status {
    /// The statuses a rate card or an exchange-rate table may write, listed when one writes
    /// another; `contract` and `estimate` come only from a scenario.
    pub const IN_CARDS: [Status; 6] =
        [Status::Published, Status::Derived, Status::Reconstructed, Status::Unverified, Status::Example, Status::User];

    /// The name files and JSON write it by (serde's, as a test checks).
    pub fn name(self) -> &'static str {
        match self {
            Status::Published => "published",
            Status::Derived => "derived",
            Status::Reconstructed => "reconstructed",
            Status::Unverified => "unverified",
            Status::Example => "example",
            Status::User => "user",
            Status::Contract => "contract",
            Status::Estimate => "estimate",
        }
    }

    /// The status a card or an exchange-rate table writes as `name`, if it is one of
    /// [`Status::IN_CARDS`].
    pub fn in_card(name: &str) -> Option<Status> {
        Status::IN_CARDS.into_iter().find(|s| s.name() == name)
    }

    /// The names of [`Status::IN_CARDS`], quoted and listed: `` `published`, `derived`, … ``.
    pub fn in_cards_listed() -> String {
        Status::IN_CARDS.map(|s| format!("`{s}`")).join(", ")
    }

    /// Whether a quote using a price of this status must say so.
    pub fn needs_warning(self) -> bool {
        !matches!(self, Status::Published | Status::Contract)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A status's name is serde's, both ways, and a card may write exactly the statuses of
    /// [`Status::IN_CARDS`].
    #[test]
    fn a_status_is_named_as_serde_names_it() {
        let all = [
            Status::Published,
            Status::Derived,
            Status::Reconstructed,
            Status::Unverified,
            Status::Example,
            Status::User,
            Status::Contract,
            Status::Estimate,
        ];
        for status in all {
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, format!("\"{}\"", status.name()));
            assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), status);
            let in_cards = !matches!(status, Status::Contract | Status::Estimate);
            assert_eq!(Status::in_card(status.name()), in_cards.then_some(status), "{status}");
        }
        assert_eq!(Status::in_card("Published"), None);
        assert_eq!(
            Status::in_cards_listed(),
            "`published`, `derived`, `reconstructed`, `unverified`, `example`, `user`"
        );
    }
}
