//! Every plan priced for one scenario and ranked: what `pricesim quote` prints and the app shows.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::diag::suggestion;
use crate::freshness::PricesAsOf;
use crate::fx::{Conversion, Fx};
use crate::money::{Currency, MoneyError, checked_add};
use crate::month::Month;
use crate::outlook::{Headroom, NextChange, Sampling};
use crate::quote::{ByPayee, Cost, MainCounts, Payee, Quote, UnitCosts, Warning, WarningKind, sum_lines};
use crate::rate::{Priced, RateError, Sums, rate};
use crate::ratecard::{NoVersion, Plan};
use crate::scenario::Scenario;
use crate::subscription::{self, Standing, Subscriptions};
use crate::wallet::{self, Wallets};

/// What one month leaves for the next in a simulation: wallet balances and late postings, and
/// what each subscription was paid for. A one-month quote starts from nothing.
#[derive(Debug, Clone, Default)]
pub struct Carried {
    /// Prepaid wallets.
    pub wallets: Wallets,
    /// Anniversary-billed subscriptions.
    pub subscriptions: Subscriptions,
}

/// The answer of `pricesim quote`, in the contract's JSON shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Comparison {
    /// The scenario's name.
    pub scenario: String,
    /// The month every quote prices (the scenario's): it picks each card's version in force.
    pub month: Month,
    /// The display currency quotes are ranked in.
    pub currency: Currency,
    /// The quotes by `rank` (by what the whole scenario costs the user), then the unranked ones
    /// by `total_in_display_currency`, those that cannot be converted last.
    pub quotes: Vec<Quote>,
    /// The plan ranked 1; `None` when no quote has a cost.
    pub cheapest: Option<String>,
    /// The best-ranked plan of each vendor.
    #[serde(default)]
    pub cheapest_by_vendor: BTreeMap<String, String>,
    /// What the reader must know about the comparison as a whole: cards left out because no
    /// version of theirs is in force in the month, plans not quoted, and once how old the prices
    /// are.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub notes: Vec<String>,
    /// The version of each card the quotes were priced under and the exchange rates used.
    #[serde(default, skip_serializing_if = "PricesAsOf::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<PricesAsOf>", optional))]
    pub prices_as_of: PricesAsOf,
    /// How the quotes' spreads were sampled, for a scenario with ranges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub sampling: Option<Sampling>,
    /// How far each count can move before the cheapest plan is no longer the cheapest.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<Headroom>>", optional))]
    pub headroom: Vec<Headroom>,
    /// What the same usage costs after the next dated price change the cards hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub next_change: Option<NextChange>,
}

impl Comparison {
    /// For each ranked plan but the cheapest, how much more the whole scenario costs on it than
    /// on the cheapest, in the display currency (both totals are; no conversion, no rounding).
    pub fn above_cheapest(&self) -> BTreeMap<String, Decimal> {
        let Some(cheapest) = self.cheapest_cost() else { return BTreeMap::new() };
        self.quotes
            .iter()
            .filter(|q| q.ranks() && self.cheapest.as_deref() != Some(q.plan.as_str()))
            .filter_map(|q| Some((q.plan.clone(), q.cost.as_ref()?.total.checked_sub(cheapest)?)))
            .collect()
    }

    /// What the scenario costs on the cheapest plan.
    fn cheapest_cost(&self) -> Option<Decimal> {
        let plan = self.cheapest.as_deref()?;
        Some(self.quotes.iter().find(|q| q.plan == plan)?.cost.as_ref()?.total)
    }

    /// The quotes as people read them, each with its rank: the ranked ones first, cheapest
    /// first; then the others, whose costs are not known, with none.
    pub fn ranked(&self) -> impl Iterator<Item = (Option<u32>, &Quote)> {
        self.quotes.iter().map(|q| (q.rank, q))
    }
}

/// Why a comparison could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompareError {
    /// A plan named on the command line does not exist.
    #[error("no plan `{name}`{hint}")]
    UnknownPlan {
        /// The name as given, for the message.
        name: String,
        /// `, did you mean …?` or empty.
        hint: String,
    },
    /// A subscription named on the command line starts after the scenario's month.
    #[error("plan `{name}`: the subscription starts {start}, after {month}")]
    NotStarted {
        /// The plan, as `vendor/plan`.
        name: String,
        /// The subscription's first day, from the scenario's contract terms: after `month`.
        start: chrono::NaiveDate,
        /// The scenario's month.
        month: Month,
    },
    /// A plan exists but is not on sale in the scenario's month.
    #[error("plan `{name}` is not in the version of its rate card in force in {month}")]
    NotOnSale {
        /// The plan, as `vendor/plan`: its card has a version in force then, without the plan.
        name: String,
        /// The scenario's month.
        month: Month,
    },
    /// A card has no version for the scenario's month.
    #[error(transparent)]
    NoVersion(#[from] NoVersion),
    /// A plan could not be rated.
    #[error(transparent)]
    Rate(#[from] RateError),
}

/// Prices `scenario` on every plan in force (or only on `only`, names `vendor/plan`).
///
/// Plans priced from contract terms are left out when the scenario gives none of their terms,
/// unless named in `only`.
pub fn compare(catalog: &Catalog, scenario: &Scenario, only: &[String]) -> Result<Comparison, CompareError> {
    compare_with(catalog, scenario, only, &mut Carried::default())
}

/// [`compare`], with wallets and subscriptions continuing from `carried` (a simulation's earlier
/// months) and leaving them there for the next month.
pub fn compare_with(
    catalog: &Catalog,
    scenario: &Scenario,
    only: &[String],
    carried: &mut Carried,
) -> Result<Comparison, CompareError> {
    let known = catalog.plan_names();
    for name in only {
        if !known.contains(name) {
            let hint = suggestion(name, known.iter().map(String::as_str));
            return Err(CompareError::UnknownPlan { name: name.clone(), hint });
        }
    }
    let day = scenario.month.first_day();
    let has_whatsapp = scenario.usage.iter().any(|(k, n)| n > 0 && k.as_whatsapp().is_some());
    let mut quotes = Vec::new();
    let mut notes = Vec::new();
    let mut not_in_force = None;
    for card in catalog.cards() {
        let wanted = |id: &str| only.is_empty() || only.iter().any(|n| *n == format!("{}/{id}", card.vendor));
        if !card.versions.iter().flat_map(|v| &v.plans).any(|p| wanted(&p.id)) {
            continue;
        }
        // A card that only passes WhatsApp fees on (Meta's) has nothing to price without
        // WhatsApp traffic; it is quoted then only when named.
        let passes_through_only = card.versions.iter().flat_map(|v| &v.plans).all(Plan::only_passes_through);
        if passes_through_only && !has_whatsapp && only.is_empty() {
            continue;
        }
        // A card with no price list yet that month is left out, and said so, unless one of its
        // plans is named: then the month cannot be priced as asked.
        let version = match card.version_at(day) {
            Ok(v) => v,
            Err(e) if only.is_empty() => {
                notes.push(format!("{e}: its plans are not quoted"));
                not_in_force.get_or_insert(e);
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        for plan in version.plans.iter().filter(|p| wanted(&p.id)) {
            let terms = plan.terms_used();
            let no_terms = !terms.is_empty() && terms.iter().all(|t| scenario.term(&card.vendor, t).is_none());
            if no_terms && only.is_empty() {
                continue;
            }
            let name = format!("{}/{}", card.vendor, plan.id);
            let cycle = match subscription::cycle(&card.vendor, plan, scenario, &mut carried.subscriptions) {
                Some(Standing::NotStarted(start)) if only.is_empty() => {
                    notes
                        .push(format!("{name}: the subscription starts {start}, after {}: not quoted", scenario.month));
                    continue;
                }
                Some(Standing::NotStarted(start)) => {
                    return Err(CompareError::NotStarted { name, start, month: scenario.month });
                }
                Some(Standing::Billed(cycle)) => Some(cycle),
                None => None,
            };
            let mut quote = rate(catalog, Priced { card, version, plan, cycle: cycle.as_deref() }, scenario)?;
            let plan_name = quote.plan.clone();
            let money = |source| RateError::Money { plan: plan_name.clone(), source };
            display(&mut quote, catalog.fx(), scenario).map_err(money)?;
            let parts = cost_parts(&mut quote, catalog.fx(), scenario).map_err(money)?;
            quote.cost = parts.filter(|_| quote.prices_everything());
            quotes.push(quote);
        }
        for name in only.iter().filter(|n| n.starts_with(&format!("{}/", card.vendor))) {
            if !quotes.iter().any(|q| q.plan == *name) {
                return Err(CompareError::NotOnSale { name: name.clone(), month: scenario.month });
            }
        }
    }
    if let (true, Some(e)) = (quotes.is_empty(), not_in_force) {
        return Err(e.into());
    }
    wallet::attach(catalog, scenario, &mut quotes, &mut carried.wallets)?;
    quotes.sort_by(order);
    let mut next = 1;
    let counts = MainCounts::of(&scenario.usage);
    for quote in &mut quotes {
        quote.unit_costs = quote.cost.as_ref().and_then(|c| UnitCosts::per(c.total, &counts));
        if quote.cost.is_some() {
            quote.rank = Some(next);
            next += 1;
        }
    }
    let ranked = || quotes.iter().filter(|q| q.ranks());
    let cheapest = ranked().next().map(|q| q.plan.clone());
    let mut cheapest_by_vendor = BTreeMap::new();
    for q in ranked() {
        let vendor = q.plan.split_once('/').map_or(q.plan.as_str(), |(v, _)| v);
        cheapest_by_vendor.entry(vendor.to_string()).or_insert_with(|| q.plan.clone());
    }
    let prices_as_of = PricesAsOf::of(catalog, day, &quotes);
    notes.extend(prices_as_of.note(catalog));
    Ok(Comparison {
        scenario: scenario.title().to_string(),
        month: scenario.month,
        currency: scenario.currency,
        quotes,
        cheapest,
        cheapest_by_vendor,
        notes,
        prices_as_of,
        sampling: None,
        headroom: Vec::new(),
        next_change: None,
    })
}

/// Sets the quote's total in the scenario's display currency: converted at the rate in force for
/// the month, which the quote then names (and flags when it is not a published one), or left
/// unset, and said so, when there is no rate.
pub fn display(quote: &mut Quote, fx: &Fx, scenario: &Scenario) -> Result<(), MoneyError> {
    if quote.currency == scenario.currency {
        quote.total_in_display_currency = Some(quote.total);
        return Ok(());
    }
    let Some(conversion) = fx.rate(quote.currency, scenario.currency, scenario.month) else {
        quote.warnings.push(Warning {
            kind: WarningKind::NoExchangeRate,
            message: format!(
                "no exchange rate from {} to {} for {}: not ranked; add one to the rate cards' fx.toml",
                quote.currency, scenario.currency, scenario.month
            ),
        });
        return Ok(());
    };
    quote.total_in_display_currency = Some(conversion.convert(quote.total)?);
    if conversion.source.status.needs_warning() {
        quote.warnings.push(Warning {
            kind: WarningKind::UnpublishedRate,
            message: format!(
                "converted to {} at {}: replace it in fx.toml with the rate you use",
                scenario.currency,
                conversion.describe()
            ),
        });
    }
    quote.exchange = Some(conversion);
    Ok(())
}

/// What `quote` costs the user in the display currency, payee by payee: each payee's lines summed
/// in their currency and converted once (the vendor's part is its converted total). `None`, with a
/// warning, when a part cannot be converted; a conversion at a rate that is not published is
/// flagged, as [`display`] flags the vendor's.
pub fn cost_parts(quote: &mut Quote, fx: &Fx, scenario: &Scenario) -> Result<Option<Cost>, MoneyError> {
    let display_currency = scenario.currency;
    let mut by_payee = ByPayee { vendor: Decimal::ZERO, meta: Decimal::ZERO, in_house: Decimal::ZERO };
    let mut known = true;
    let Some(vendor) = quote.total_in_display_currency else { return Ok(None) };
    by_payee.vendor = vendor;
    for payee in [Payee::Meta, Payee::InHouse] {
        let mut part = Decimal::new(0, display_currency.minor_units());
        let currencies: BTreeSet<Currency> = quote.lines_of(payee).map(|l| l.currency).collect();
        for currency in currencies {
            let sum = sum_lines(quote.lines_of(payee).filter(|l| l.currency == currency), currency)?;
            let converted = if currency == display_currency {
                Some(sum)
            } else {
                match fx.rate(currency, display_currency, scenario.month) {
                    Some(conversion) => {
                        if conversion.source.status.needs_warning() {
                            quote.warnings.push(Warning {
                                kind: WarningKind::UnpublishedRate,
                                message: format!(
                                    "Meta's fees converted to {display_currency} at {}: replace it in fx.toml with the rate you use",
                                    conversion.describe()
                                ),
                            });
                        }
                        Some(conversion.convert(sum)?)
                    }
                    None => {
                        quote.warnings.push(Warning {
                            kind: WarningKind::NoExchangeRate,
                            message: format!(
                                "no exchange rate from {currency} to {display_currency} for {}: Meta's fees cannot be counted, not ranked; add one to the rate cards' fx.toml",
                                scenario.month
                            ),
                        });
                        None
                    }
                }
            };
            match converted {
                Some(c) => part = checked_add(part, c)?,
                None => known = false,
            }
        }
        by_payee.set(payee, part);
    }
    if !known {
        return Ok(None);
    }
    let total = Payee::ALL.iter().try_fold(Decimal::ZERO, |sum, p| checked_add(sum, by_payee.get(*p)))?;
    Ok(Some(Cost { currency: display_currency, total, by_payee }))
}

/// The exchange rates a sampler converts with: each currency's rate into the display currency
/// looked up once, not once a sampled month (the scenario's month and currency do not change
/// between samples).
pub struct Rates<'f> {
    fx: &'f Fx,
    to: Currency,
    month: Month,
    known: Vec<(Currency, Option<Conversion>)>,
}

impl<'f> Rates<'f> {
    /// Rates into `scenario`'s display currency in its month.
    pub fn new(fx: &'f Fx, scenario: &Scenario) -> Rates<'f> {
        Rates { fx, to: scenario.currency, month: scenario.month, known: Vec::new() }
    }

    /// The conversion from `currency` into the display currency (another one); `None` without a
    /// rate.
    fn conversion(&mut self, currency: Currency) -> Option<&Conversion> {
        let at = match self.known.iter().position(|(c, _)| *c == currency) {
            Some(at) => at,
            None => {
                self.known.push((currency, self.fx.rate(currency, self.to, self.month)));
                self.known.len().saturating_sub(1)
            }
        };
        self.known.get(at).and_then(|(_, r)| r.as_ref())
    }

    /// Units of the display currency for one of `currency` (1 for the display currency itself);
    /// `None` without a rate.
    pub fn rate(&mut self, currency: Currency) -> Option<Decimal> {
        if currency == self.to { Some(Decimal::ONE) } else { self.conversion(currency).map(|c| c.rate) }
    }

    /// `amount` in `currency` converted into the display currency; `None` without a rate.
    fn convert(&mut self, currency: Currency, amount: Decimal) -> Result<Option<Decimal>, MoneyError> {
        if currency == self.to {
            return Ok(Some(amount));
        }
        self.conversion(currency).map(|c| c.convert(amount)).transpose()
    }

    /// True when `currency` is not the display currency.
    pub fn converts(&self, currency: Currency) -> bool {
        currency != self.to
    }
}

/// What a plan costs in the display currency from a cost-only rating ([`crate::rate::cost`]):
/// each payee's sum in each currency converted once and added, as [`display`] and [`cost_parts`]
/// work out a quote's `cost`; `None` when anything is left out or a rate is missing.
pub fn sampled_cost(sums: &Sums, rates: &mut Rates<'_>) -> Result<Option<Decimal>, MoneyError> {
    if !sums.prices_everything() {
        return Ok(None);
    }
    sums_cost(sums, rates)
}

/// What the lines of a cost-only rating add up to in the display currency, whether or not they
/// price everything (a quote's `cost` as [`cost_parts`] gives it); `None` when a rate is missing.
pub fn sums_cost(sums: &Sums, rates: &mut Rates<'_>) -> Result<Option<Decimal>, MoneyError> {
    let mut total = Decimal::ZERO;
    for (_, currency, sum) in sums.parts() {
        let Some(part) = rates.convert(currency, sum)? else { return Ok(None) };
        total = checked_add(total, part)?;
    }
    Ok(Some(total))
}

/// Ranked quotes by cost, then the others by their converted totals (those with none last); ties
/// by plan name, so output is stable.
fn order(a: &Quote, b: &Quote) -> Ordering {
    let cost = |q: &Quote| q.cost.as_ref().map(|c| c.total);
    let by = |x: Option<Decimal>, y: Option<Decimal>| match (x, y) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    by(cost(a), cost(b))
        .then_with(|| by(a.total_in_display_currency, b.total_in_display_currency))
        .then_with(|| a.plan.cmp(&b.plan))
}
