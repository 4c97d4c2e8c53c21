//! Rating: one plan of one rate-card version, applied to a scenario, gives a [`Quote`].
//!
//! [`rate`] is a pure function of its inputs. Each charge primitive turns usage into lines; a
//! price that is not known never becomes zero: the usage that needed it is named in a warning and
//! the quote is marked incomplete. Every quantity of work is accounted for once, on the vendor's
//! lines, Meta's, in-house ones or as uncovered ([`coverage`]).

mod book;
mod coverage;
mod ledger;

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::catalog::Catalog;
use crate::money::{Currency, MoneyError, checked_mul};
use crate::quote::{
    Basis, How, IncludedTag, Item, Line, MeterUse, Payee, PointsEach, Quote, Warning, WarningKind, Why, sum_lines,
};
use crate::ratecard::{
    Beyond, Charge, Meter, Packs, PaidBasis, Plan, Points, Price, PriceValue, Provenance, Quantity, RateCard, Sale,
    Service, Status, Tier, TierMode, Version, Work,
};
use crate::scenario::{Scenario, TermValue};
use crate::subscription::Cycle;
use crate::usage::{Beside, UsageKey};
use crate::written::count;
pub use book::Sums;
use book::{Book, Figures, Full};

/// Why a plan could not be rated at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RateError {
    /// An amount overflowed.
    #[error("plan `{plan}`: {source}")]
    Money {
        /// The plan, as `vendor/plan`.
        plan: String,
        /// What overflowed.
        source: MoneyError,
    },
    /// The plan is priced from contract terms the scenario does not give.
    #[error("plan `{plan}` is priced from your contract terms: add {} under [vendors.{vendor}]", missing.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", "))]
    MissingTerms {
        /// The plan, as `vendor/plan`.
        plan: String,
        /// Its vendor, naming the `[vendors.<vendor>]` table to add the terms under.
        vendor: String,
        /// The terms not given, in the order the plan's charges use them.
        missing: Vec<String>,
    },
}

/// What one plan is priced from: the plan, its card and version, and for a subscription billed on
/// its anniversary, the billing period (`crate::subscription::cycle`).
#[derive(Clone, Copy)]
pub struct Priced<'a> {
    /// The plan's card.
    pub card: &'a RateCard,
    /// The card's version in force.
    pub version: &'a Version,
    /// The plan to price: one of `version`'s.
    pub plan: &'a Plan,
    /// The billing period, for a plan with anniversary billing.
    pub cycle: Option<&'a Cycle<'a>>,
}

/// Prices `what.plan` for `scenario`; `catalog` holds the cards a `passthrough` charge takes its
/// rates from.
///
/// `total_in_display_currency` is left to the caller, which knows the exchange rates
/// ([`crate::compare::display`]); it is set here only when the card's currency is the display
/// currency.
pub fn rate(catalog: &Catalog, what: Priced<'_>, scenario: &Scenario) -> Result<Quote, RateError> {
    let Priced { card, version, plan, cycle } = what;
    terms_given(card, plan, scenario)?;
    let plan_name = format!("{}/{}", card.vendor, plan.id);
    let currency = billing_currency(card, plan, scenario);
    let money = |source| RateError::Money { plan: plan_name.clone(), source };
    let mut rater = Rater { catalog, card, version, plan, scenario, cycle, currency, out: Full::default() };
    rater.run().map_err(money)?;
    rater.uncovered_warnings();
    let Full { lines, mut warnings, meters, incomplete, ledger } = rater.out;
    if let (Some(cycle), Some(billing)) = (cycle, &plan.billing) {
        warnings.extend(cycle.warnings.iter().cloned());
        warnings
            .extend(billing.notes.iter().map(|n| Warning { kind: WarningKind::UnverifiedRule, message: n.clone() }));
    }
    warnings.extend(unpublished_warnings(&lines));
    let total = sum_lines(lines.iter().filter(|l| l.payee == Payee::Vendor), currency).map_err(money)?;
    let (coverage, uncovered) = ledger.into_parts();
    Ok(Quote {
        plan: plan_name,
        currency,
        total,
        total_in_display_currency: (currency == scenario.currency).then_some(total),
        lines,
        warnings,
        incomplete,
        plan_name: plan.name.clone(),
        version: version.effective_from,
        meters,
        wallet: None,
        period: cycle.map(|c| c.period),
        exchange: None,
        unit_costs: None,
        cost: None,
        rank: None,
        uncovered,
        coverage,
        spread: None,
        chance_cheapest: None,
        assumptions: None,
    })
}

/// Refuses a plan priced from contract terms `scenario` does not give, as [`rate`] does; a
/// caller of [`cost`] asks first.
pub fn terms_given(card: &RateCard, plan: &Plan, scenario: &Scenario) -> Result<(), RateError> {
    let missing: Vec<String> = plan
        .terms_used()
        .into_iter()
        .filter(|t| scenario.term(&card.vendor, t).is_none())
        .map(str::to_string)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(RateError::MissingTerms { plan: format!("{}/{}", card.vendor, plan.id), vendor: card.vendor.clone(), missing })
}

/// What `what.plan` costs for `scenario`, written into `sums` (cleared first): the same rating as
/// [`rate`], keeping only each payee's amounts and whether anything is left out, so that sampled
/// scenarios are priced by the same rules without building quotes (docs/UNCERTAINTY.md). The
/// plan's contract terms are not checked here: it is priced only after [`rate`] has quoted it.
pub fn cost(catalog: &Catalog, what: Priced<'_>, scenario: &Scenario, sums: &mut Sums) -> Result<(), MoneyError> {
    let Priced { card, version, plan, cycle } = what;
    sums.clear();
    let currency = billing_currency(card, plan, scenario);
    Rater { catalog, card, version, plan, scenario, cycle, currency, out: sums }.run()
}

/// The currency a plan bills in: its card's, except that a plan that only passes WhatsApp fees on
/// from its own card's tables (Meta's Cloud API) bills in the display currency when those tables
/// price it: Meta bills a business in the currency it chose, among those it publishes.
fn billing_currency(card: &RateCard, plan: &Plan, scenario: &Scenario) -> Currency {
    let own_tables = plan.only_passes_through()
        && plan.charges.iter().all(|c| matches!(c, Charge::Passthrough { from, .. } if *from == card.vendor));
    match &card.whatsapp {
        Some(tables) if own_tables && tables.prices_in(scenario.currency) => scenario.currency,
        _ => card.currency,
    }
}

struct Rater<'a, B: Book> {
    catalog: &'a Catalog,
    card: &'a RateCard,
    version: &'a Version,
    plan: &'a Plan,
    scenario: &'a Scenario,
    cycle: Option<&'a Cycle<'a>>,
    /// The currency the plan bills in ([`billing_currency`]).
    currency: Currency,
    out: B,
}

/// A quota charge's parts, as [`Charge::Quota`] holds them.
struct Quota<'c> {
    description: &'c str,
    of: &'c Meter,
    included: &'c Quantity,
    unit_price: &'c Price,
    sale: &'c Sale,
    included_source: Option<&'c Provenance>,
}

/// A price resolved against the scenario's terms.
enum Resolved<'p> {
    /// The amount, and where it comes from: a card's provenance, or a term of the scenario.
    Known(Decimal, Origin<'p>),
    Unknown,
}

/// Where a known price comes from, turned into a line's provenance only when a line is kept.
enum Origin<'p> {
    Card(&'p Provenance),
    Term { vendor: &'p str, term: &'p str },
}

impl Origin<'_> {
    fn provenance(&self) -> Provenance {
        match self {
            Origin::Card(p) => (*p).clone(),
            Origin::Term { vendor, term } => Provenance {
                status: Status::Contract,
                url: None,
                date: None,
                note: Some(format!("[vendors.{vendor}] {term} in the scenario").into()),
            },
        }
    }
}

impl<'a, B: Book> Rater<'a, B> {
    /// Every charge of the plan, then the work none of them took on.
    fn run(&mut self) -> Result<(), MoneyError> {
        for charge in &self.plan.charges {
            self.charge(charge)?;
        }
        self.settle_work()
    }

    fn charge(&mut self, charge: &Charge) -> Result<(), MoneyError> {
        match charge {
            Charge::Recurring { description, amount } => self
                .line("plan_fee", || description.clone(), Decimal::ONE, amount, || "the plan fee".into(), || Item::Fee)
                .map(drop),
            Charge::Quota { description, of, included, unit_price, sale, included_source } => {
                let quota =
                    Quota { description, of, included, unit_price, sale, included_source: included_source.as_ref() };
                self.quota(quota)
            }
            Charge::Tiered { description, mode: TierMode::Flat, tiers, .. } if self.cycle.is_some() => {
                self.subscription(description, tiers)
            }
            Charge::Tiered { description, of, mode, tiers } => self.tiered(description, of, *mode, tiers),
            Charge::Passthrough { description, service, from, markup_percent } => {
                self.passthrough(description, *service, from, *markup_percent)
            }
        }
    }

    /// Adds the line `quantity × price` and says it did, or, for an unknown price, a warning
    /// naming `what`.
    fn line(
        &mut self,
        code: &str,
        description: impl FnOnce() -> String,
        quantity: Decimal,
        price: &Price,
        what: impl FnOnce() -> String,
        item: impl FnOnce() -> Item,
    ) -> Result<bool, MoneyError> {
        match self.resolve(price) {
            Resolved::Known(unit_price, source) => {
                let figures = Figures {
                    code,
                    payee: Payee::Vendor,
                    currency: self.currency,
                    quantity,
                    unit_price,
                    rounding: self.card.rounding,
                };
                self.out.line(figures, description, || source.provenance(), item)?;
                Ok(true)
            }
            Resolved::Unknown => {
                self.unknown(|| {
                    format!(
                        "{}: the price of {} is not published; {} not priced",
                        description(),
                        what(),
                        count(quantity)
                    )
                });
                Ok(false)
            }
        }
    }

    fn quota(&mut self, q: Quota<'_>) -> Result<(), MoneyError> {
        let Quota { description, of, included, unit_price, sale, included_source } = q;
        let (used, basis) = match of {
            Meter::Points => self.points()?,
            Meter::Usage(key) => (self.scenario.usage.get(key), Vec::new()),
        };
        let version = self.version;
        let unit = || match of {
            Meter::Points => version.points_name.clone(),
            Meter::Usage(key) => key.to_string(),
        };
        let included = match included {
            Quantity::Count(n) => *n,
            Quantity::Term(t) => match self.term(t) {
                Some(TermValue::Count(n)) => *n,
                _ => 0, // the loader checked the kind and `rate` checked presence
            },
            // The loader allows `per_paid` only in a plan with billing, which has a cycle.
            Quantity::PerPaid { times, basis } => match self.cycle {
                Some(c) => {
                    let paid = match basis {
                        PaidBasis::Range => c.paid_limit.unwrap_or(c.paid),
                        PaidBasis::Count => c.paid,
                    };
                    times.checked_mul(paid).ok_or_else(|| {
                        MoneyError::TooLarge(format!(
                            "{description}: the quota of {times} per contact paid for × {paid}"
                        ))
                    })?
                }
                None => 0,
            },
        };
        let over = used.saturating_sub(included);
        self.out.meter(|| MeterUse { of: of.name().to_string(), unit: unit(), used, included, over, basis });
        // Work metered by its own usage name (emails, seats) is accounted for here; points
        // account for their usage in `points`.
        let work = match of {
            Meter::Usage(key) if Work::of(key).is_some() => Some(key),
            _ => None,
        };
        if let Some(key) = work {
            self.out.handle(key, None);
            self.out.cover(key, used.min(included), Payee::Vendor, How::Included);
        }
        if let Some(source) = included_source.filter(|s| s.status.needs_warning() && used > 0) {
            self.out.warn(flag_of(source.status), || {
                let note = source.note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default();
                format!(
                    "{description}: the {} {} included are {}{note}, not a published one",
                    count(included),
                    unit(),
                    flagged(source.status, "figure")
                )
            });
        }
        if over == 0 {
            return Ok(());
        }
        if let Beyond::Stopped { unless } = &sale.beyond {
            let lifted = unless
                .as_deref()
                .and_then(|t| self.term(t))
                .is_some_and(|v| matches!(v, TermValue::Choice(c) if c == Beyond::BUY));
            if !lifted {
                let in_house = match work {
                    Some(key) => self.in_house(key, over, Why::QuotaReached)?,
                    None => false,
                };
                let vendor = &self.card.vendor;
                self.out.warn(WarningKind::QuotaReached, || {
                    let buy =
                        unless.as_ref().map(|t| format!("to buy them, set `{t} = \"yes\"` under [vendors.{vendor}]"));
                    let elsewhere = match work {
                        Some(_) if in_house => "they are priced in-house, at your cost".to_string(),
                        Some(key) => {
                            let give = format!("give their in-house cost under [in_house] (`{key}`)");
                            buy.map_or(give.clone(), |b| format!("{b}, or {give}"))
                        }
                        None => buy.unwrap_or_default(),
                    };
                    let elsewhere = if elsewhere.is_empty() { String::new() } else { format!("; {elsewhere}") };
                    format!(
                        "{description}: {} {} above the quota of {} are not possible: the vendor stops at the quota{elsewhere}",
                        count(over),
                        unit(),
                        count(included)
                    )
                });
                return Ok(());
            }
        }
        // Sold in blocks of `per` units, at least `minimum` units at once.
        let units = over.max(sale.minimum);
        let quantity = match sale.packs {
            Packs::Started => Decimal::from(units.div_ceil(sale.per)),
            Packs::ProRata => (Decimal::from(units) / Decimal::from(sale.per)).normalize(),
        };
        let what =
            || if sale.per == 1 { format!("extra {}", unit()) } else { format!("{} extra {}", sale.per, unit()) };
        let item = || Item::Extra { of: of.name().to_string(), unit: unit(), per: sale.per };
        let priced = self.line("overage", || description.to_string(), quantity, unit_price, what, item)?;
        if let Some(key) = work {
            self.out.account(key, over, priced.then_some((Payee::Vendor, How::Priced)));
        }
        Ok(())
    }

    /// A subscription's contact range in one billing period: the whole term up front on its first
    /// billing date, or a range above the one paid for up front, for one month, on a later one.
    fn subscription(&mut self, description: &str, ranges: &[Tier]) -> Result<(), MoneyError> {
        let Some(cycle) = self.cycle else { return Ok(()) };
        let Some((below, tier)) = range_of(ranges, cycle.paid) else { return Ok(()) };
        let label = || tier_label(description, below, tier.up_to);
        let c = cycle.commitment;
        let discount = match &c.discount_percent.value {
            PriceValue::Amount(d) => Some(*d),
            _ => None,
        };
        let after_discount = |price: Option<Decimal>| -> Result<Option<Decimal>, MoneyError> {
            match (price, discount) {
                (Some(p), Some(d)) => Ok(Some(checked_mul(p, Decimal::ONE_HUNDRED - d)? / Decimal::ONE_HUNDRED)),
                _ => Ok(None),
            }
        };
        // The discount's provenance when it is the weaker one, so an example discount is flagged.
        let source = if c.discount_percent.source.status.needs_warning() && !discount.is_some_and(|d| d.is_zero()) {
            c.discount_percent.source.clone()
        } else {
            tier.price.source.clone()
        };
        let floor = || match cycle.floor {
            Some(f) if cycle.paid == f && f > cycle.contacts => {
                format!("; price floor: the first invoice's {f} contacts")
            }
            _ => String::new(),
        };
        let what = || format!("the range holding {} contacts", cycle.paid);
        if cycle.up_front {
            let text = || {
                if c.months == 1 {
                    format!("{}, {} to {}{}", label(), cycle.term.from, cycle.term.to, floor())
                } else {
                    let off = discount.filter(|d| !d.is_zero()).map(|d| format!(" less {d}%")).unwrap_or_default();
                    format!(
                        "{}, {} term {} to {}, {} months up front{off}{}",
                        label(),
                        c.id,
                        cycle.term.from,
                        cycle.term.to,
                        c.months,
                        floor()
                    )
                }
            };
            let value = after_discount(known(&tier.price))?.map_or(PriceValue::Unknown, PriceValue::Amount);
            self.line("subscription", text, Decimal::from(c.months), &Price { value, source }, what, || Item::Other)
                .map(drop)
        } else {
            let Some((paid_below, paid_tier)) = range_of(ranges, cycle.term_paid) else { return Ok(()) };
            if paid_below == below {
                return Ok(());
            }
            let difference = known(&tier.price).zip(known(&paid_tier.price)).map(|(a, b)| a - b);
            let text = || {
                let paid_range = range_text(paid_below, paid_tier.up_to);
                let (from, to) = (cycle.period.from, cycle.period.to);
                format!("{} instead of the range paid for up front ({paid_range}), {from} to {to}", label())
            };
            let value = after_discount(difference)?.map_or(PriceValue::Unknown, PriceValue::Amount);
            self.line("subscription", text, Decimal::ONE, &Price { value, source }, what, || Item::Other).map(drop)
        }
    }

    /// Converts all usage to points with the version's table.
    fn points(&mut self) -> Result<(u64, Vec<Basis>), MoneyError> {
        let mut total: u64 = 0;
        let mut basis = Vec::new();
        // A card that bills outcomes in points must name every outcome the scenario has.
        let names_outcomes = self.version.points.keys().any(|k| k.as_outcome().is_some());
        let mut unnamed = Vec::new();
        for step in self.scenario.usage.beside(&self.version.points) {
            let (key, points, quantity, at) = match step {
                Beside::Named(key, points, quantity, at) => (key, points, quantity, at),
                Beside::Unnamed(key, n, at) => {
                    if names_outcomes && n > 0 && key.as_outcome().is_some() {
                        unnamed.push((key, n, at));
                    }
                    continue;
                }
            };
            if quantity == 0 {
                continue;
            }
            let work = Work::of(key).is_some();
            if work {
                self.out.handle(key, at);
            }
            let (each, points_each) = match points {
                Points::Each(n) => (*n, PointsEach::Points(*n)),
                Points::Included => (0, PointsEach::Included(IncludedTag::Included)),
                Points::NotOffered if work => {
                    self.in_house(key, quantity, Why::NotOffered)?;
                    continue;
                }
                Points::NotOffered => {
                    self.out.warn(WarningKind::NotOffered, || {
                        format!("`{key}`: not offered by this plan; {} left out of the quote", count(quantity))
                    });
                    continue;
                }
                Points::Unknown => {
                    let name = &self.version.points_name;
                    self.unknown(|| format!("`{key}`: the {name} are not published; {} not priced", count(quantity)));
                    if work {
                        self.out.account(key, quantity, None);
                    }
                    continue;
                }
            };
            if work {
                let how = if each == 0 { How::Included } else { How::Priced };
                self.out.cover(key, quantity, Payee::Vendor, how);
            }
            let points = each
                .checked_mul(quantity)
                .ok_or_else(|| MoneyError::TooLarge(format!("`{key}`: {quantity} × {each} points")))?;
            total = total
                .checked_add(points)
                .ok_or_else(|| MoneyError::TooLarge(format!("the {} of all the usage", self.version.points_name)))?;
            if B::DETAIL {
                basis.push(Basis { usage: key.clone(), quantity, points_each, points });
            }
        }
        for (key, n, at) in unnamed {
            let vendor = &self.card.vendor;
            self.unknown(|| format!("`{key}`: not on `{vendor}`'s rate card; {} not priced", count(n)));
            self.out.handle(key, Some(at));
            self.out.account(key, n, None);
        }
        Ok((total, basis))
    }

    fn tiered(&mut self, description: &str, of: &UsageKey, mode: TierMode, tiers: &[Tier]) -> Result<(), MoneyError> {
        let quantity = self.scenario.usage.get(of);
        // Tiers over work (emails, seats, one outcome) account for it, tier by tier.
        let work = Work::of(of).is_some();
        if work {
            self.out.handle(of, None);
        }
        let account = |rater: &mut Self, units: u64, priced: bool| {
            if work {
                rater.out.account(of, units, priced.then_some((Payee::Vendor, How::Priced)));
            }
        };
        let label = |below: u64, up_to: Option<u64>| move || tier_label(description, below, up_to);
        match mode {
            TierMode::Graduated => {
                // Each tier with the last unit of the tier before it: tier k covers (below, up_to].
                let bounds = tiers.iter().scan(0u64, |below, tier| {
                    let from = *below;
                    *below = tier.up_to.unwrap_or(u64::MAX);
                    Some((from, tier))
                });
                for (below, tier) in bounds {
                    let in_tier = quantity.min(tier.up_to.unwrap_or(u64::MAX)).saturating_sub(below);
                    if in_tier > 0 {
                        let what = || format!("`{of}` in this tier");
                        let text = label(below, tier.up_to);
                        let item = || Item::Range { of: of.to_string(), above: below, up_to: tier.up_to };
                        let priced = self.line("tier", text, Decimal::from(in_tier), &tier.price, what, item)?;
                        account(self, in_tier, priced);
                    }
                }
            }
            TierMode::Volume | TierMode::Flat => {
                if let Some((below, tier)) = range_of(tiers, quantity) {
                    let text = label(below, tier.up_to);
                    let item = || Item::Range { of: of.to_string(), above: below, up_to: tier.up_to };
                    if mode == TierMode::Flat {
                        let what = || format!("the range holding {quantity} `{of}`");
                        let priced = self.line("tier", text, Decimal::ONE, &tier.price, what, item)?;
                        account(self, quantity, priced);
                    } else if quantity > 0 {
                        let what = || format!("`{of}` in this tier");
                        let priced = self.line("tier", text, Decimal::from(quantity), &tier.price, what, item)?;
                        account(self, quantity, priced);
                    }
                }
            }
        }
        Ok(())
    }

    /// WhatsApp fees at the rates of the card of `from` (Meta's), in this plan's currency, plus
    /// the vendor's markup, on the vendor's invoice.
    fn passthrough(
        &mut self,
        description: &str,
        service: Service,
        from: &str,
        markup_percent: Decimal,
    ) -> Result<(), MoneyError> {
        let Service::Whatsapp = service;
        let fees = coverage::Fees {
            from,
            description,
            markup_percent,
            payee: Payee::Vendor,
            currency: self.currency,
            rounding: self.card.rounding,
        };
        let scenario: &'a Scenario = self.scenario;
        self.whatsapp_fees(&scenario.usage, &fees)
    }

    fn resolve<'p>(&self, price: &'p Price) -> Resolved<'p>
    where
        'a: 'p,
    {
        let card: &'a RateCard = self.card;
        match &price.value {
            PriceValue::Amount(a) => Resolved::Known(*a, Origin::Card(&price.source)),
            PriceValue::Unknown => Resolved::Unknown,
            PriceValue::Term(t) => match self.term(t) {
                Some(TermValue::Money(a)) => Resolved::Known(*a, Origin::Term { vendor: &card.vendor, term: t }),
                _ => Resolved::Unknown,
            },
        }
    }

    fn term(&self, name: &str) -> Option<&'a TermValue> {
        self.scenario.term(&self.card.vendor, name)
    }

    fn unknown(&mut self, message: impl FnOnce() -> String) {
        self.out.incomplete();
        self.out.warn(WarningKind::UnknownPrice, message);
    }
}

/// The range holding `quantity` and the last unit of the range before it; `None` only for a
/// list without an open last range, which the loader refuses.
fn range_of(ranges: &[Tier], quantity: u64) -> Option<(u64, &Tier)> {
    let mut below = 0;
    for tier in ranges {
        match tier.up_to {
            Some(up_to) if quantity > up_to => below = up_to,
            _ => return Some((below, tier)),
        }
    }
    None
}

/// A price's amount, when it is a known one (terms are never used in ranges).
fn known(price: &Price) -> Option<Decimal> {
    match price.value {
        PriceValue::Amount(a) => Some(a),
        _ => None,
    }
}

/// One warning per line whose price is not published (derived, an example, ...), and one for the
/// in-house lines (the user's own estimates).
fn unpublished_warnings(lines: &[Line]) -> Vec<Warning> {
    let mut by_line: BTreeMap<&str, &Line> = BTreeMap::new();
    let mut estimates = 0usize;
    for line in lines.iter().filter(|l| l.source.status.needs_warning()) {
        if line.source.status == Status::Estimate {
            estimates = estimates.saturating_add(1);
        } else {
            by_line.entry(line.description.as_str()).or_insert(line);
        }
    }
    let mut out: Vec<Warning> = by_line
        .values()
        .map(|line| {
            let status = line.source.status;
            let advice = if status == Status::Example { ": replace it with the figure from your contract" } else { "" };
            Warning {
                kind: flag_of(status),
                message: format!(
                    "{}: {} is {}, not a published one{advice}",
                    line.description,
                    line.unit_price,
                    flagged(status, "price")
                ),
            }
        })
        .collect();
    if estimates > 0 {
        let lines =
            if estimates == 1 { "1 in-house line is".to_string() } else { format!("{estimates} in-house lines are") };
        out.push(Warning {
            kind: WarningKind::OwnEstimate,
            message: format!("{lines} priced at your own costs, estimates from the scenario's [in_house]"),
        });
    }
    out
}

/// The kind of warning a price of `status` (not published) is flagged with: the user's own
/// figures apart from the card's examples and unverified prices.
fn flag_of(status: Status) -> WarningKind {
    if status == Status::User { WarningKind::OwnFigure } else { WarningKind::UnpublishedPrice }
}

/// How a warning names a `what` ("price", "figure") of `status`: "an example price", "your own
/// figure".
fn flagged(status: Status, what: &str) -> String {
    if status == Status::User { "your own figure".to_string() } else { format!("{} {status} {what}", article(status)) }
}

/// `an` before a status that starts with a vowel (`an example`), else `a`.
fn article(status: Status) -> &'static str {
    if status.to_string().starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" }
}

/// `Contacts (up to 1000)`, `Contacts (1001 to 5000)`, `Contacts (above 5000)`.
fn tier_label(description: &str, below: u64, up_to: Option<u64>) -> String {
    format!("{description} ({})", range_text(below, up_to))
}

/// `up to 1000`, `1001 to 5000`, `above 5000`.
fn range_text(below: u64, up_to: Option<u64>) -> String {
    match up_to {
        Some(up_to) if below == 0 => format!("up to {up_to}"),
        Some(up_to) => format!("{} to {up_to}", below.saturating_add(1)),
        None => format!("above {below}"),
    }
}
