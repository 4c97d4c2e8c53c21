//! Every plan priced for one scenario and ranked: what `pricesim quote` prints and the app shows.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::diag::suggestion;
use crate::fx::Fx;
use crate::money::{Currency, MoneyError};
use crate::month::Month;
use crate::quote::{Quote, UnitCosts, Warning, WarningKind};
use crate::rate::{Priced, RateError, rate};
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
    /// Its month.
    pub month: Month,
    /// The display currency quotes are ranked in.
    pub currency: Currency,
    /// The quotes, cheapest first by `total_in_display_currency`; quotes that cannot be
    /// converted come last.
    pub quotes: Vec<Quote>,
    /// The cheapest plan among quotes that price all the usage (an incomplete quote, or one that
    /// leaves out usage its vendor does not offer, cannot win); `None` when there is none.
    pub cheapest: Option<String>,
    /// The same, per vendor.
    #[serde(default)]
    pub cheapest_by_vendor: BTreeMap<String, String>,
    /// Cards left out because no version of theirs is in force in the month.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub notes: Vec<String>,
}

impl Comparison {
    /// The quotes as people read them, each with its rank: those that rank ([`Quote::ranks`])
    /// first, numbered from 1, cheapest first; then the others, whose totals leave usage out, with
    /// none. Each group keeps the contract's order, by total.
    pub fn ranked(&self) -> impl Iterator<Item = (Option<usize>, &Quote)> {
        let ranking = self.quotes.iter().filter(|q| q.ranks()).enumerate().map(|(i, q)| (Some(i + 1), q));
        ranking.chain(self.quotes.iter().filter(|q| !q.ranks()).map(|q| (None, q)))
    }
}

/// Why a comparison could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompareError {
    /// A plan named on the command line does not exist.
    #[error("no plan `{name}`{hint}")]
    UnknownPlan {
        /// The name given.
        name: String,
        /// `, did you mean …?` or empty.
        hint: String,
    },
    /// A subscription named on the command line starts after the scenario's month.
    #[error("plan `{name}`: the subscription starts {start}, after {month}")]
    NotStarted {
        /// The plan.
        name: String,
        /// Its start.
        start: chrono::NaiveDate,
        /// The scenario's month.
        month: Month,
    },
    /// A plan exists but is not on sale in the scenario's month.
    #[error("plan `{name}` is not in the version of its rate card in force in {month}")]
    NotOnSale {
        /// The plan.
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
            display(&mut quote, catalog.fx(), scenario)
                .map_err(|source| RateError::Money { plan: quote.plan.clone(), source })?;
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
    quotes.sort_by(rank);
    for quote in &mut quotes {
        quote.unit_costs = quote.total_in_display_currency.and_then(|t| UnitCosts::of(t, &scenario.usage));
    }
    let comparable = || quotes.iter().filter(|q| q.ranks());
    let cheapest = comparable().next().map(|q| q.plan.clone());
    let mut cheapest_by_vendor = BTreeMap::new();
    for q in comparable() {
        let vendor = q.plan.split_once('/').map_or(q.plan.as_str(), |(v, _)| v);
        cheapest_by_vendor.entry(vendor.to_string()).or_insert_with(|| q.plan.clone());
    }
    Ok(Comparison {
        scenario: scenario.title().to_string(),
        month: scenario.month,
        currency: scenario.currency,
        quotes,
        cheapest,
        cheapest_by_vendor,
        notes,
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

/// Cheapest first; quotes with no display total last; ties by plan name, so output is stable.
fn rank(a: &Quote, b: &Quote) -> Ordering {
    match (a.total_in_display_currency, b.total_in_display_currency) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
    .then_with(|| a.plan.cmp(&b.plan))
}
