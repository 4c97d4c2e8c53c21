//! The rules of one WhatsApp pricing version: what a billable unit is, what is free, and why.
//!
//! They are data (a rate card's `[versions.whatsapp]` table), so a version Meta announces is an
//! edit of a file. Durations are Meta's and have not changed since 2022: a conversation and a
//! customer service window last 24 hours, a free entry point 72 hours.

use std::collections::BTreeMap;

use toml::de::DeTable;

use super::category::Category;
use super::markets::MarketId;
use super::rates::Rate;
use super::tables::Tables;
use crate::diag::suggestion;
use crate::ratecard::read::provenance;
use crate::ratecard::{Provenance, TermKind, TermSpec};
use crate::tomlread::{Reader, Value, join};

/// Milliseconds in an hour.
pub const HOUR_MS: i64 = 3_600_000;
/// How long a conversation stays open after the message that opened it is delivered.
pub const CONVERSATION_MS: i64 = 24 * HOUR_MS;
/// How long a customer service window stays open after the user's last message.
pub const SERVICE_WINDOW_MS: i64 = 24 * HOUR_MS;
/// How long a free entry point conversation or window lasts.
pub const ENTRY_POINT_MS: i64 = 72 * HOUR_MS;

/// What one billable unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A 24-hour conversation (2022-02-01 to 2025-06-30).
    Conversation,
    /// A delivered message (from 2025-07-01).
    Message,
}

/// How conversations are told apart under a conversation-based version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversations {
    /// 2022: one conversation at a time covers every message; it is user-initiated when the
    /// business's first message answers inside a customer service window, else business-initiated.
    ByInitiator,
    /// 2023 on: one conversation per category, several open at once.
    ByCategory,
}

/// A version's monthly free allowance: the first `monthly` units of its categories each month
/// are free.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FreeTier {
    /// Units free each month, per business account, shared by every market.
    pub monthly: u64,
    /// The categories whose units use it up; others are never free by it.
    pub categories: Vec<Category>,
}

/// A monthly free allowance per business phone number (from 2026-10-01: 1,000 service messages
/// a number), shared by every market. A scenario gives its numbers in a count term of the card
/// (`[vendors.meta] numbers = 2`, default 1); how many free units that makes is
/// [`Rules::allowance`]. A message log names each row's number (`business_number`), and each
/// number has its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerNumber {
    /// Units free each month per number.
    pub monthly: u64,
    /// The categories whose units it frees; others are never free by it.
    pub categories: Vec<Category>,
    /// The card's count term a scenario gives its number of business phone numbers in.
    pub numbers_term: String,
    /// How far the rule can be trusted: a quote it applies to says so unless it is published.
    pub source: Provenance,
}

/// A volume tier: from the `from`-th unit of a category in a market in one month, `price`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolumeTier {
    /// The market it applies to: units are counted toward `from` per market.
    pub market: MarketId,
    /// The category it prices: each category's units are counted on their own.
    pub category: Category,
    /// The first unit of the month charged at `price` (1-based).
    pub from: u64,
    /// The tier's unit price (often unknown: Meta publishes few).
    pub price: Rate,
}

/// How one WhatsApp pricing version bills, beside its rates: what a unit is, what is free, and
/// the volume tiers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    /// What one billable unit is.
    pub unit: Unit,
    /// How conversations are told apart (conversation-based versions only).
    pub conversations: Conversations,
    /// The monthly free allowance per business account, if any.
    pub free_tier: Option<FreeTier>,
    /// The monthly free allowance per business phone number, if any (never with `free_tier`).
    /// A scenario pools its numbers' allowances ([`Rules::allowance`]); a message log gives each
    /// number its own, by its `business_number` column (one number without it).
    pub free_per_number: Option<PerNumber>,
    /// Categories that cost nothing in this version (service from 2024-11-01 to 2026-09-30).
    pub not_charged: Vec<Category>,
    /// Categories free when delivered inside an open customer service window (utility in 2025).
    pub free_in_service_window: Vec<Category>,
    /// Volume tiers, by market and category.
    pub volume_tiers: Vec<VolumeTier>,
    /// Rules that rest on unverified sources, shown with every price of this version; once its
    /// card is read, each begins with `WhatsApp pricing version <date>: `.
    pub warnings: Vec<String>,
}

impl Rules {
    /// Whether `category` costs nothing at all in this version.
    pub fn is_free(&self, category: Category) -> bool {
        category == Category::FreeEntryPoint || self.not_charged.contains(&category)
    }

    /// A scenario's free allowance for the month: the account's free tier, or `numbers` business
    /// phone numbers' allowances pooled (the scenario does not say which number sends what, so
    /// each is taken to use its own in full).
    pub fn allowance(&self, numbers: u64) -> Option<FreeTier> {
        match (&self.free_tier, &self.free_per_number) {
            (Some(tier), _) => Some(tier.clone()),
            // Saturating: an allowance past 2^64 units frees every unit a scenario can hold.
            (None, Some(per)) => {
                Some(FreeTier { monthly: per.monthly.saturating_mul(numbers), categories: per.categories.clone() })
            }
            (None, None) => None,
        }
    }

    /// The tiers of `category` in `market`, by `from`.
    pub fn tiers(&self, market: MarketId, category: Category) -> impl Iterator<Item = &VolumeTier> {
        self.volume_tiers.iter().filter(move |t| t.market == market && t.category == category)
    }

    /// The category of a scenario's count under these rules: 2022 counted conversations by who
    /// started them, so templates are business-initiated and free-form replies user-initiated.
    pub fn scenario_category(&self, category: Category) -> Category {
        match (self.unit, self.conversations, category) {
            (Unit::Conversation, Conversations::ByInitiator, Category::Service) => Category::UserInitiated,
            (Unit::Conversation, Conversations::ByInitiator, Category::FreeEntryPoint) => Category::FreeEntryPoint,
            (Unit::Conversation, Conversations::ByInitiator, _) => Category::BusinessInitiated,
            _ => category,
        }
    }
}

/// Reads a `[versions.whatsapp]` table; `tables` resolves market names (`None` when the card's
/// `[whatsapp]` files could not be read, whose problems are reported already).
pub(crate) fn read(
    r: &mut Reader<'_>,
    v: &Value<'_>,
    path: &str,
    tables: Option<&Tables>,
    terms: &BTreeMap<String, TermSpec>,
) -> Option<Rules> {
    let t = r.table(v, path)?;
    r.only_keys(
        t,
        path,
        &[
            "unit",
            "conversations",
            "free_tier",
            "free_per_number",
            "not_charged",
            "free_in_service_window",
            "volume_tiers",
            "warnings",
        ],
    );
    let unit = r.required(t, &v.span(), path, "unit").and_then(|u| {
        r.choice(u, &join(path, "unit"), &[("conversation", Unit::Conversation), ("message", Unit::Message)])
    });
    let conversations = match (unit, t.get("conversations")) {
        (Some(Unit::Conversation), None) => {
            r.error(
                &v.span(),
                &join(path, "conversations"),
                "missing `conversations`: `by_initiator` or `by_category`",
            );
            None
        }
        (Some(Unit::Message), Some(c)) => {
            r.error(&c.span(), &join(path, "conversations"), "a per-message version has no conversations");
            None
        }
        (_, Some(c)) => r.choice(
            c,
            &join(path, "conversations"),
            &[("by_initiator", Conversations::ByInitiator), ("by_category", Conversations::ByCategory)],
        ),
        (_, None) => Some(Conversations::ByCategory),
    };
    let free_tier = match t.get("free_tier") {
        None => Some(None),
        Some(ft) => free_tier(r, ft, &join(path, "free_tier")).map(Some),
    };
    let free_per_number = match (t.get("free_per_number"), t.get("free_tier")) {
        (None, _) => Some(None),
        (Some(p), Some(_)) => {
            r.error(
                &p.span(),
                &join(path, "free_per_number"),
                "a version has one free allowance: per account (`free_tier`) or per phone number",
            );
            None
        }
        (Some(p), None) => per_number(r, p, &join(path, "free_per_number"), terms).map(Some),
    };
    let not_charged = categories(r, t, path, "not_charged");
    let free_in_service_window = categories(r, t, path, "free_in_service_window");
    let volume_tiers = match t.get("volume_tiers") {
        None => Some(Vec::new()),
        Some(list) => volume_tiers(r, list, &join(path, "volume_tiers"), tables),
    };
    let warnings = match t.get("warnings") {
        None => Some(Vec::new()),
        Some(list) => {
            let field = join(path, "warnings");
            r.array(list, &field)
                .map(|items| items.iter().filter_map(|w| r.string(w, &field).map(str::to_string)).collect())
        }
    };
    Some(Rules {
        unit: unit?,
        conversations: conversations?,
        free_tier: free_tier?,
        free_per_number: free_per_number?,
        not_charged: not_charged?,
        free_in_service_window: free_in_service_window?,
        volume_tiers: volume_tiers?,
        warnings: warnings?,
    })
}

fn free_tier(r: &mut Reader<'_>, v: &Value<'_>, path: &str) -> Option<FreeTier> {
    let t = r.table(v, path)?;
    r.only_keys(t, path, &["monthly", "categories"]);
    let monthly = r.required(t, &v.span(), path, "monthly").and_then(|m| r.count(m, &join(path, "monthly")));
    let categories =
        r.required(t, &v.span(), path, "categories").and_then(|c| category_list(r, c, &join(path, "categories")));
    Some(FreeTier { monthly: monthly?, categories: categories? })
}

/// `{ monthly = 1000, categories = ["service"], numbers_term = "numbers", source = {...} }`.
fn per_number(r: &mut Reader<'_>, v: &Value<'_>, path: &str, terms: &BTreeMap<String, TermSpec>) -> Option<PerNumber> {
    let t = r.table(v, path)?;
    r.only_keys(t, path, &["monthly", "categories", "numbers_term", "source"]);
    let monthly = r.required(t, &v.span(), path, "monthly").and_then(|m| r.count(m, &join(path, "monthly")));
    let categories =
        r.required(t, &v.span(), path, "categories").and_then(|c| category_list(r, c, &join(path, "categories")));
    let numbers_term = r.required(t, &v.span(), path, "numbers_term").and_then(|n| {
        let field = join(path, "numbers_term");
        let name = r.string(n, &field)?;
        match terms.get(name) {
            Some(spec) if spec.kind == TermKind::Count => Some(name.to_string()),
            Some(_) => {
                r.error(&n.span(), &field, format!("term `{name}` is not of kind `count`"));
                None
            }
            None => {
                let hint = suggestion(name, terms.keys().map(String::as_str));
                r.error(&n.span(), &field, format!("term `{name}` is not declared under `[terms]`{hint}"));
                None
            }
        }
    });
    let source = r.required(t, &v.span(), path, "source").and_then(|s| provenance(r, s, &join(path, "source")));
    Some(PerNumber { monthly: monthly?, categories: categories?, numbers_term: numbers_term?, source: source? })
}

fn categories(r: &mut Reader<'_>, t: &DeTable<'_>, path: &str, key: &str) -> Option<Vec<Category>> {
    match t.get(key) {
        None => Some(Vec::new()),
        Some(v) => category_list(r, v, &join(path, key)),
    }
}

fn category_list(r: &mut Reader<'_>, v: &Value<'_>, path: &str) -> Option<Vec<Category>> {
    let items = r.array(v, path)?;
    let mut out = Vec::new();
    for item in items {
        out.push(category(r, item, path)?);
    }
    Some(out)
}

fn category(r: &mut Reader<'_>, v: &Value<'_>, path: &str) -> Option<Category> {
    let name = r.string(v, path)?;
    let found = Category::parse(name);
    if found.is_none() {
        let hint = suggestion(name, Category::ALL.iter().map(|c| c.as_str()));
        r.error(&v.span(), path, format!("unknown WhatsApp category `{name}`{hint}"));
    }
    found
}

fn volume_tiers(r: &mut Reader<'_>, v: &Value<'_>, path: &str, tables: Option<&Tables>) -> Option<Vec<VolumeTier>> {
    let items = r.array(v, path)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let tpath = format!("{path}[{i}]");
        let Some(t) = r.table(item, &tpath) else { continue };
        r.only_keys(t, &tpath, &["market", "category", "from", "price"]);
        let market = r.required(t, &item.span(), &tpath, "market").and_then(|m| {
            let field = join(&tpath, "market");
            let name = r.string(m, &field)?;
            let tables = tables?;
            let id = tables.markets.id(name);
            if id.is_none() {
                let hint = suggestion(name, tables.markets.names().iter().map(String::as_str));
                r.error(&m.span(), &field, format!("no market `{name}` in the market table{hint}"));
            }
            id
        });
        let category = r.required(t, &item.span(), &tpath, "category").and_then(|c| {
            let found = category(r, c, &join(&tpath, "category"))?;
            // Meta's tiers count charged templates; service messages have none.
            if found == Category::Service {
                r.error(&c.span(), &join(&tpath, "category"), "service messages have no volume tiers");
                return None;
            }
            Some(found)
        });
        let from = r.required(t, &item.span(), &tpath, "from").and_then(|f| r.count(f, &join(&tpath, "from")));
        let price = r.required(t, &item.span(), &tpath, "price").and_then(|p| {
            let field = join(&tpath, "price");
            match r.string(p, &field)? {
                "unknown" => Some(Rate::Unknown),
                _ => r.decimal(p, &field).map(Rate::Price),
            }
        });
        if let (Some(market), Some(category), Some(from), Some(price)) = (market, category, from, price) {
            out.push(VolumeTier { market, category, from: from.max(1), price });
        }
    }
    out.sort_by_key(|t| t.from);
    (out.len() == items.len()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_is_a_price_not_a_rule() {
        let rules = Rules {
            unit: Unit::Message,
            conversations: Conversations::ByCategory,
            free_tier: None,
            free_per_number: None,
            not_charged: vec![Category::Service],
            free_in_service_window: vec![],
            volume_tiers: vec![],
            warnings: vec![],
        };
        assert!(rules.is_free(Category::Service));
        assert!(rules.is_free(Category::FreeEntryPoint));
        assert!(!rules.is_free(Category::Utility));
        assert_eq!(rules.scenario_category(Category::Marketing), Category::Marketing);
    }
}
