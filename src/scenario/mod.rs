//! A scenario: one month of expected usage, vendor-neutral, plus vendor contract terms.
//!
//! The file format is fixed by `CONTRACT.md`. Loading checks everything once (unknown keys,
//! negative or fractional counts, a bad month or currency, terms a card does not declare) and
//! reports every problem with its line; what comes out is a [`Scenario`] that rating trusts.
//! A file is edited, not rewritten, when the app saves it ([`document`]).

pub mod document;
pub mod quote_details;
mod range;

pub use range::{Range, Ranges};

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use toml::de::{DeTable, DeValue};

use crate::catalog::Catalog;
use crate::diag::{Diagnostics, Source, read_text, suggestion};
use crate::money::Currency;
use crate::month::Month;
use crate::ratecard::TermKind;
use crate::ratecard::read::whole_minor_units;
use crate::tomlread::{Reader, Value, join};
use crate::usage::{ACTORS, Usage, UsageKey, WHATSAPP_CATEGORIES, is_country_code};
use quote_details::QuoteDetails;

/// The scenario format this program writes; it reads this one.
pub const VERSION: u64 = 1;

/// A scenario as loading checked it: rating trusts it and checks nothing again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Scenario {
    /// A name for people (`Dealer group NL`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub name: Option<String>,
    /// The billing month; rate-card versions in force on its first day apply.
    pub month: Month,
    /// The display currency comparisons are ranked in; `[in_house]` costs are in it too.
    pub currency: Currency,
    /// The month's usage.
    pub usage: Usage,
    /// Contract terms by vendor, then by term name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<BTreeMap<String, BTreeMap<String, TermValue>>>", optional))]
    pub terms: BTreeMap<String, BTreeMap<String, TermValue>>,
    /// How a month's usage spreads over the days (for wallets), by weekday, Monday first; even
    /// when not given. `[daily] weekdays = [...]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub weekdays: Option<[u32; 7]>,
    /// Usage set for given months of a simulation, over the growth rule. `[[months]]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<MonthUsage>>", optional))]
    pub months: Vec<MonthUsage>,
    /// The user's own cost of work a plan does not sell. `[in_house]`.
    #[serde(default, skip_serializing_if = "InHouse::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<InHouse>", optional))]
    pub in_house: InHouse,
    /// Counts given as ranges (`{ low, expected, high }`); `usage` holds their `expected`.
    #[serde(default, skip_serializing_if = "Ranges::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Ranges>", optional))]
    pub ranges: Ranges,
    /// What a quote document needs beyond the usage. `[quote]`.
    #[serde(default, skip_serializing_if = "QuoteDetails::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<QuoteDetails>", optional))]
    pub quote: QuoteDetails,
}

/// The user's own unit cost of work a plan does not sell, in the scenario's currency, by the key
/// written under `[in_house]`: `outcomes.<actor>.*` (any outcome of that actor),
/// `outcomes.<actor>.<name>` (one outcome, before its actor's `*`), `email.sent`,
/// `agents.livechat`. Plans that do not sell the work are priced with these on in-house lines,
/// flagged as the user's own estimate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(transparent)]
pub struct InHouse(
    #[serde(with = "crate::money::decimal_string::map")]
    #[cfg_attr(feature = "ts", ts(type = "Record<string, string>"))]
    BTreeMap<String, Decimal>,
);

impl InHouse {
    /// The keys an `[in_house]` table may hold, besides `outcomes.<actor>.<name>`.
    pub const KEYS: &'static [&'static str] = &["outcomes.agent.*", "outcomes.bot.*", "email.sent", "agents.livechat"];

    /// The cost of one unit of `key`'s work and the key it was given under, when the user gave one.
    pub fn cost(&self, key: &UsageKey) -> Option<(Decimal, &str)> {
        let name = key.as_str();
        let wildcard =
            key.as_outcome().map(|(actor, _)| if actor == "agent" { "outcomes.agent.*" } else { "outcomes.bot.*" });
        // A handful of costs are given: walking them, with names of other lengths told apart
        // without comparing them, is quicker than searching (a sampled scenario asks thousands
        // of times).
        let given = |name: &str| self.0.iter().find(|(k, _)| k.as_str() == name).map(|(k, v)| (*v, k.as_str()));
        std::iter::once(name).chain(wildcard).find_map(given)
    }

    /// Sets the cost of `key` (one of [`InHouse::KEYS`] or an outcome's usage name).
    pub fn set(&mut self, key: &str, cost: Decimal) {
        self.0.insert(key.to_string(), cost);
    }

    /// Every cost given, by key.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Decimal)> {
        self.0.iter().map(|(k, v)| (k.as_str(), *v))
    }

    /// True when none is given.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Counts a `[[months]]` table sets for one month: they replace the grown counts of the same
/// names; every other count follows the growth rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MonthUsage {
    /// The simulated month whose counts it sets; one outside the horizon sets nothing.
    pub month: Month,
    /// The counts it sets.
    pub usage: Usage,
}

/// A contract term's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum TermValue {
    /// An amount, in the card's currency.
    Money(
        #[serde(with = "crate::money::decimal_string")]
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        Decimal,
    ),
    /// A whole number, for a `count` term (a custom quota, the contacts paid for).
    Count(u64),
    /// A calendar date, for a `date` term (a subscription's start).
    Date(NaiveDate),
    /// One of a choice term's values.
    Choice(String),
}

impl Scenario {
    /// The scenario's name, or a stand-in for tables.
    pub fn title(&self) -> &str {
        self.name.as_deref().unwrap_or("Scenario")
    }

    /// The value of `vendor`'s term `name`, if given.
    pub fn term(&self, vendor: &str, name: &str) -> Option<&TermValue> {
        self.terms.get(vendor).and_then(|t| t.get(name))
    }
}

/// Reads the scenario at `path`, checking vendor terms and outcome names against `catalog`.
pub fn load_file(path: &Path, catalog: &Catalog) -> Result<Scenario, Diagnostics> {
    load_str(path, &read_text(path, "the scenario")?, catalog)
}

const TOP_KEYS: &[&str] = &[
    "version", "name", "month", "currency", "contacts", "outcomes", "agents", "email", "whatsapp", "vendors", "daily",
    "months", "in_house", "quote",
];

/// The usage tables, at the top and in each `[[months]]` table.
const USAGE_KEYS: &[&str] = &["contacts", "outcomes", "agents", "email", "whatsapp"];

/// Reads a scenario from `text`; `file` names it in messages.
pub fn load_str(file: &Path, text: &str, catalog: &Catalog) -> Result<Scenario, Diagnostics> {
    let mut r = Reader::new(Source::new(file, text));
    let doc = r.parse()?;
    let root = doc.get_ref();
    let whole = doc.span();
    r.only_keys(root, "", TOP_KEYS);

    r.format_number(root, &whole, "version", VERSION, "scenario version");
    let name = root.get("name").and_then(|v| r.string(v, "name")).map(str::to_string);
    let month = r.required(root, &whole, "", "month").and_then(|v| {
        let s = r.string(v, "month")?;
        s.parse::<Month>().map_err(|e| r.error(&v.span(), "month", e)).ok()
    });
    let currency = r.required(root, &whole, "", "currency").and_then(|v| {
        let s = r.string(v, "currency")?;
        s.parse::<Currency>()
            .map_err(|e| r.error(&v.span(), "currency", format!("{e}{}", suggestion(s, Currency::known_codes()))))
            .ok()
    });

    let Counts { usage, mut ranges, ties } = usage_tables(&mut r, root, "", catalog);
    range::tie(&mut r, &mut ranges, ties);
    let weekdays = root.get("daily").and_then(|v| weekdays(&mut r, v));
    let months = root.get("months").map(|v| month_overrides(&mut r, v, catalog)).unwrap_or_default();
    let terms = root.get("vendors").map(|v| vendor_terms(&mut r, v, catalog)).unwrap_or_default();
    let in_house = root.get("in_house").map(|v| in_house(&mut r, v, catalog)).unwrap_or_default();
    let quote = root.get("quote").map(|v| quote_details::read(&mut r, v, catalog)).unwrap_or_default();

    if let (Some(month), Some(vendors)) = (month, root.get("vendors")) {
        complete_terms(&mut r, vendors, &terms, month, catalog);
    }
    let scenario = match (month, currency) {
        (Some(month), Some(currency)) => {
            Some(Scenario { name, month, currency, usage, terms, weekdays, months, in_house, ranges, quote })
        }
        _ => None,
    };
    r.finish(scenario)
}

/// The counts read from usage tables: points, and ranges (whose `expected` is in `usage`).
#[derive(Default)]
struct Counts {
    usage: Usage,
    ranges: Ranges,
    ties: Vec<range::Tie>,
}

impl Counts {
    /// Reads `value`, a count or a range, as `key`.
    fn put(&mut self, r: &mut Reader<'_>, value: &Value<'_>, field: &str, key: UsageKey, at: &str) {
        match range::count_or_range(r, value, field, &key, at) {
            Some(range::Read::Point(n)) => self.usage.set(key, n),
            Some(range::Read::Range(range, tie)) => {
                self.usage.set(key.clone(), range.expected);
                self.ranges.set(key, range);
                self.ties.extend(tie);
            }
            None => {}
        }
    }
}

/// The usage tables of `root` (the scenario, or one `[[months]]` table at `at`, `months[0]`).
fn usage_tables(r: &mut Reader<'_>, root: &DeTable<'_>, at: &str, catalog: &Catalog) -> Counts {
    let mut out = Counts::default();
    counts(r, root, at, "contacts", &["engaged", "active", "database"], &mut out);
    counts(r, root, at, "agents", &["livechat"], &mut out);
    counts(r, root, at, "email", &["sent"], &mut out);
    outcomes(r, root, at, catalog, &mut out);
    whatsapp(r, root, at, &mut out);
    out
}

/// `[daily] weekdays = [3, 3, 3, 3, 3, 1, 0]`: seven whole weights, Monday first, not all zero.
fn weekdays(r: &mut Reader<'_>, v: &Value<'_>) -> Option<[u32; 7]> {
    let t = r.table(v, "daily")?;
    r.only_keys(t, "daily", &["weekdays"]);
    let list = r.required(t, &v.span(), "daily", "weekdays")?;
    let items = r.array(list, "daily.weekdays")?;
    let weights: Vec<u32> = items
        .iter()
        .filter_map(|i| r.count_up_to(i, "daily.weekdays", u32::MAX.into()).and_then(|n| u32::try_from(n).ok()))
        .collect();
    match <[u32; 7]>::try_from(weights) {
        Ok(w) if w.iter().any(|x| *x > 0) => Some(w),
        Ok(_) => {
            r.error(&list.span(), "daily.weekdays", "at least one weekday needs a weight above 0");
            None
        }
        Err(w) if w.len() == items.len() => {
            r.error(
                &list.span(),
                "daily.weekdays",
                format!("seven weights are needed, Monday first; found {}", w.len()),
            );
            None
        }
        Err(_) => None,
    }
}

/// `[[months]]` tables: a month and the counts it sets.
fn month_overrides(r: &mut Reader<'_>, v: &Value<'_>, catalog: &Catalog) -> Vec<MonthUsage> {
    let mut out: Vec<MonthUsage> = Vec::new();
    let Some(list) = r.array(v, "months") else { return out };
    let mut allowed = vec!["month"];
    allowed.extend_from_slice(USAGE_KEYS);
    for (i, item) in list.iter().enumerate() {
        let path = format!("months[{i}]");
        let Some(t) = r.table(item, &path) else { continue };
        r.only_keys(t, &path, &allowed);
        let month = r.required(t, &item.span(), &path, "month").and_then(|m| {
            let field = join(&path, "month");
            let text = r.string(m, &field)?;
            let month = text.parse::<Month>().map_err(|e| r.error(&m.span(), &field, e)).ok()?;
            if out.iter().any(|o| o.month == month) {
                r.error(&m.span(), &field, format!("{month} has two [[months]] tables: merge them"));
                return None;
            }
            Some(month)
        });
        let usage = usage_tables(r, t, &path, catalog).usage;
        if let Some(month) = month {
            out.push(MonthUsage { month, usage });
        }
    }
    out
}

/// A table of counts such as `[contacts]`, stored as `section.key`; problems name the field from
/// `at` (`months[0].contacts.engaged`).
fn counts(r: &mut Reader<'_>, root: &DeTable<'_>, at: &str, section: &str, keys: &[&str], usage: &mut Counts) {
    let place = join(at, section);
    let Some(t) = root.get(section).and_then(|v| r.table(v, &place)) else { return };
    r.only_keys(t, &place, keys);
    for (key, value) in t.iter() {
        let key: &str = key.get_ref();
        if !keys.contains(&key) {
            continue; // reported by `only_keys`
        }
        let name = join(section, key);
        if let Ok(k) = UsageKey::parse(&name) {
            usage.put(r, value, &join(at, &name), k, at);
        }
    }
}

fn outcomes(r: &mut Reader<'_>, root: &DeTable<'_>, at: &str, catalog: &Catalog, usage: &mut Counts) {
    let place = join(at, "outcomes");
    let Some(t) = root.get("outcomes").and_then(|v| r.table(v, &place)) else { return };
    r.only_keys(t, &place, ACTORS);
    let known = catalog.outcome_names();
    for (actor, value) in t.iter() {
        let actor: &str = actor.get_ref();
        let path = join("outcomes", actor);
        if !ACTORS.contains(&actor) {
            continue;
        }
        let Some(inner) = r.table(value, &join(at, &path)) else { continue };
        for (key, v) in inner.iter() {
            let name: &str = key.get_ref();
            let field = join(at, &join(&path, name));
            if !known.contains(name) {
                let hint = suggestion(name, known.iter().map(String::as_str));
                r.error(&key.span(), &field, format!("unknown outcome `{name}` in [{path}]{hint}"));
                continue;
            }
            usage.put(r, v, &field, UsageKey::outcome(actor, name), at);
        }
    }
}

fn whatsapp(r: &mut Reader<'_>, root: &DeTable<'_>, at: &str, usage: &mut Counts) {
    let Some(rows) = root.get("whatsapp").and_then(|v| r.array(v, &join(at, "whatsapp"))) else { return };
    let mut seen = BTreeSet::new();
    let mut allowed = vec!["country"];
    allowed.extend_from_slice(WHATSAPP_CATEGORIES);
    for (i, row) in rows.iter().enumerate() {
        let path = join(at, &format!("whatsapp[{i}]"));
        let Some(t) = r.table(row, &path) else { continue };
        r.only_keys(t, &path, &allowed);
        let Some(cv) = r.required(t, &row.span(), &path, "country") else { continue };
        let Some(country) = r.string(cv, &join(&path, "country")) else { continue };
        if !is_country_code(country) {
            r.error(
                &cv.span(),
                &join(&path, "country"),
                format!("`{country}` is not a country code: use ISO 3166-1 alpha-2 in capitals, such as `NL`"),
            );
            continue;
        }
        if !seen.insert(country.to_string()) {
            r.error(
                &cv.span(),
                &join(&path, "country"),
                format!("country `{country}` has two [[whatsapp]] rows: merge them"),
            );
            continue;
        }
        for (key, v) in t.iter() {
            let category: &str = key.get_ref();
            if WHATSAPP_CATEGORIES.contains(&category) {
                usage.put(r, v, &join(&path, category), UsageKey::whatsapp(country, category), at);
            }
        }
    }
}

/// `[in_house]`: unit costs, decimal strings of 0 or more, by `outcomes.<actor>.*`,
/// `outcomes.<actor>.<name>`, `email.sent` or `agents.livechat` (quoted as one key, or nested).
fn in_house(r: &mut Reader<'_>, v: &Value<'_>, catalog: &Catalog) -> InHouse {
    let mut out = InHouse::default();
    let Some(t) = r.table(v, "in_house") else { return out };
    let leaves = r.leaves(t, "in_house", &|_| false);
    let known = catalog.outcome_names();
    for (name, value) in leaves {
        let field = join("in_house", &name);
        let outcome = name.strip_prefix("outcomes.").and_then(|rest| rest.split_once('.'));
        let problem = match outcome {
            Some((actor, _)) if !ACTORS.contains(&actor) => {
                Some(format!("`{actor}` is not who completes an outcome: use `outcomes.agent.…` or `outcomes.bot.…`"))
            }
            Some((_, "*")) => None,
            Some((_, outcome)) if !known.contains(outcome) => {
                let hint = suggestion(outcome, known.iter().map(String::as_str));
                Some(format!("unknown outcome `{outcome}`{hint}"))
            }
            Some(_) => None,
            None if InHouse::KEYS.contains(&name.as_str()) => None,
            None => {
                let hint = suggestion(&name, InHouse::KEYS.iter().copied());
                let all = InHouse::KEYS.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
                Some(format!("`{name}` is not work a plan may leave to you: use {all} or `outcomes.ACTOR.NAME`{hint}"))
            }
        };
        if let Some(message) = problem {
            r.error(&value.span(), &field, message);
            continue;
        }
        match r.decimal(value, &field) {
            Some(d) if d.is_sign_negative() && !d.is_zero() => {
                r.error(&value.span(), &field, format!("a cost must not be negative, found `{d}`"));
            }
            Some(d) => out.set(&name, d),
            None => {}
        }
    }
    out
}

fn vendor_terms(r: &mut Reader<'_>, v: &Value<'_>, catalog: &Catalog) -> BTreeMap<String, BTreeMap<String, TermValue>> {
    let mut out = BTreeMap::new();
    let Some(t) = r.table(v, "vendors") else { return out };
    for (vendor, value) in t.iter() {
        let vendor: &str = vendor.get_ref();
        let path = join("vendors", vendor);
        let Some(card) = catalog.card(vendor) else {
            let hint = suggestion(vendor, catalog.cards().iter().map(|c| c.vendor.as_str()));
            r.error(&value.span(), &path, format!("no rate card for vendor `{vendor}`{hint}"));
            continue;
        };
        let Some(terms) = r.table(value, &path) else { continue };
        let mut values = BTreeMap::new();
        for (key, tv) in terms.iter() {
            let name: &str = key.get_ref();
            let field = join(&path, name);
            let Some(spec) = card.terms.get(name) else {
                let hint = suggestion(name, card.terms.keys().map(String::as_str));
                r.error(&key.span(), &field, format!("`{vendor}` has no term `{name}`{hint}"));
                continue;
            };
            // A wallet's credit is charged to the card: whole minor units only.
            let credit = card
                .versions
                .iter()
                .flat_map(|v| &v.plans)
                .filter_map(|p| p.wallet.as_ref())
                .any(|w| w.credit_term.as_deref() == Some(name));
            let parsed = match spec.kind {
                TermKind::Money => r.decimal(tv, &field).and_then(|d| {
                    if d.is_sign_negative() && !d.is_zero() {
                        r.error(&tv.span(), &field, format!("must not be negative, found `{d}`"));
                        None
                    } else if credit {
                        whole_minor_units(r, tv, &field, d, Some(card.currency)).map(TermValue::Money)
                    } else {
                        Some(TermValue::Money(d))
                    }
                }),
                TermKind::Count => r.count(tv, &field).map(TermValue::Count),
                TermKind::Date => r.date(tv, &field).map(TermValue::Date),
                TermKind::Choice => {
                    let options: Vec<(&str, &str)> = spec.values.iter().map(|v| (v.as_str(), v.as_str())).collect();
                    r.choice(tv, &field, &options).map(|v| TermValue::Choice(v.to_string()))
                }
            };
            if let Some(p) = parsed {
                values.insert(name.to_string(), p);
            }
        }
        out.insert(vendor.to_string(), values);
    }
    out
}

/// A plan priced from terms needs all of them: half a set of custom terms is a mistake to report,
/// not a plan to skip silently.
fn complete_terms(
    r: &mut Reader<'_>,
    vendors: &Value<'_>,
    terms: &BTreeMap<String, BTreeMap<String, TermValue>>,
    month: Month,
    catalog: &Catalog,
) {
    let DeValue::Table(table) = vendors.get_ref() else { return };
    for (vendor, given) in terms {
        let Some(card) = catalog.card(vendor) else { continue };
        let Ok(version) = card.version_at(month.first_day()) else { continue };
        let span = table.get(vendor.as_str()).map_or_else(|| vendors.span(), |v| v.span());
        for plan in &version.plans {
            let used = plan.terms_used();
            let missing: Vec<&str> = used.iter().copied().filter(|t| !given.contains_key(*t)).collect();
            if !missing.is_empty() && missing.len() < used.len() {
                let list = missing.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ");
                r.error(
                    &span,
                    &join("vendors", vendor),
                    format!("plan `{vendor}/{}` is priced from your terms and also needs {list}", plan.id),
                );
            }
        }
    }
}

/// The scenario's name, month, currency and usage (with `[[months]]`) as a file in the contract's
/// format, for `--scenario-out`. Terms and `[daily]` are not written: a scenario derived from a
/// log has none, and loads back as it was.
pub fn to_toml(s: &Scenario) -> String {
    let mut out = format!("version = {VERSION}\n");
    if let Some(name) = &s.name {
        out.push_str(&format!("name = {}\n", toml_string(name)));
    }
    out.push_str(&format!("month = \"{}\"\ncurrency = \"{}\"\n", s.month, s.currency));
    usage_toml(&mut out, &s.usage, &s.ranges, "");
    if !s.in_house.is_empty() {
        out.push_str("\n[in_house]\n");
        for (key, cost) in s.in_house.iter() {
            out.push_str(&format!("{} = \"{cost}\"\n", toml_string(key)));
        }
    }
    for m in &s.months {
        out.push_str(&format!("\n[[months]]\nmonth = \"{}\"\n", m.month));
        usage_toml(&mut out, &m.usage, &Ranges::default(), "months.");
    }
    out
}

/// `usage`'s tables, their names prefixed (`months.` inside a `[[months]]` table), a count with a
/// range in `ranges` written as its range.
fn usage_toml(out: &mut String, usage: &Usage, ranges: &Ranges, prefix: &str) {
    let mut sections: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut whatsapp: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (key, n) in usage.iter() {
        let value = match ranges.get(key) {
            Some(r) => {
                let tie = r.scale_with.as_ref().map(|k| format!(", scale_with = \"{k}\"")).unwrap_or_default();
                format!("{{ low = {}, expected = {}, high = {}{tie} }}", r.low, r.expected, r.high)
            }
            None => n.to_string(),
        };
        if let Some((country, category)) = key.as_whatsapp() {
            whatsapp.entry(country.to_string()).or_default().push((category.to_string(), value));
        } else if let Some((section, name)) = key.as_str().rsplit_once('.') {
            sections.entry(section.to_string()).or_default().push((name.to_string(), value));
        }
    }
    for (section, counts) in sections {
        out.push_str(&format!("\n[{prefix}{section}]\n"));
        for (name, n) in counts {
            out.push_str(&format!("{name} = {n}\n"));
        }
    }
    for (country, counts) in whatsapp {
        out.push_str(&format!("\n[[{prefix}whatsapp]]\ncountry = \"{country}\"\n"));
        for (category, n) in counts {
            out.push_str(&format!("{category} = {n}\n"));
        }
    }
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
