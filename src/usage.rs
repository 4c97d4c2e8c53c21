//! One vocabulary of usage: every quantity a user can enter has one dotted name.
//!
//! The same names appear in scenario files, rate cards, breakeven axes, the app's fields and error
//! messages: `contacts.engaged`, `outcomes.bot.crm_lead`, `whatsapp.NL.marketing`, ...
#![deny(clippy::arithmetic_side_effects)]

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// The outcomes the contract names. A rate card may price more.
pub const OUTCOMES: &[&str] = &[
    "test_drive",
    "video_call",
    "showroom_visit",
    "quotation_request",
    "information_request",
    "trade_in_valuation",
    "workshop_appointment",
    "whatsapp_reminder",
    "support_information",
    "support_action",
    "crm_lead",
    "mql_to_sql",
    "whatsapp_concierge",
    "whatsapp_standard_reply",
    "topic_selection",
    "csat",
];

/// Who completed an outcome: the vendor's human agents or a chatbot.
pub const ACTORS: &[&str] = &["agent", "bot"];

/// The counts of one `[[whatsapp]]` row: billable units of each category.
pub const WHATSAPP_CATEGORIES: &[&str] =
    &["marketing", "utility", "authentication", "authentication_international", "service", "free_entry_point"];

/// The fixed quantities outside outcomes and WhatsApp.
pub const METRICS: &[&str] =
    &["contacts.engaged", "contacts.active", "contacts.database", "agents.livechat", "email.sent"];

/// A dotted usage name, such as `outcomes.agent.test_drive`.
///
/// INVARIANT: built only by [`UsageKey::parse`] or the scenario loader, so it is well formed.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(try_from = "String", into = "String")]
pub struct UsageKey(String);

impl UsageKey {
    /// Checks the shape of a usage name: a metric, `outcomes.<agent|bot>.<snake_case>` or
    /// `whatsapp.<CC>.<category>`. Outcome names beyond [`OUTCOMES`] are allowed here; whether a
    /// scenario may use one is the vocabulary's call ([`crate::catalog::Catalog::outcome_names`]).
    pub fn parse(name: &str) -> Result<Self, String> {
        let parts: Vec<&str> = name.split('.').collect();
        let ok = match parts.as_slice() {
            [_, _] => METRICS.contains(&name),
            ["outcomes", actor, outcome] => ACTORS.contains(actor) && is_snake_case(outcome),
            ["whatsapp", country, category] => is_country_code(country) && WHATSAPP_CATEGORIES.contains(category),
            _ => false,
        };
        if ok {
            Ok(UsageKey(name.to_string()))
        } else {
            let hint = crate::diag::suggestion(name, METRICS.iter().copied());
            Err(format!(
                "`{name}` is not a usage name: use one of {}, `outcomes.agent.NAME`, `outcomes.bot.NAME` \
                 or `whatsapp.CC.CATEGORY`{hint}",
                METRICS.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")
            ))
        }
    }

    /// An outcome's key, `outcomes.<actor>.<name>`.
    pub fn outcome(actor: &str, name: &str) -> Self {
        UsageKey(format!("outcomes.{actor}.{name}"))
    }

    /// A WhatsApp row's key, `whatsapp.<country>.<category>`.
    pub fn whatsapp(country: &str, category: &str) -> Self {
        UsageKey(format!("whatsapp.{country}.{category}"))
    }

    /// The name as scenarios and output write it (`contacts.engaged`).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// For a WhatsApp key, its country and category.
    pub fn as_whatsapp(&self) -> Option<(&str, &str)> {
        let rest = self.0.strip_prefix("whatsapp.")?;
        rest.split_once('.')
    }
}

/// A name looks a count up without building a key (no allocation on a priced path); the order
/// and equality of a key are its name's.
impl std::borrow::Borrow<str> for UsageKey {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for UsageKey {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        UsageKey::parse(&s)
    }
}

impl From<UsageKey> for String {
    fn from(k: UsageKey) -> String {
        k.0
    }
}

impl fmt::Display for UsageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for UsageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The nouns for people of each outcome the contract names, one and many (`test_drive` →
/// `test drive`, `test drives`); another name reads as its words.
const OUTCOME_LABELS: &[(&str, &str, &str)] = &[
    ("test_drive", "test drive", "test drives"),
    ("video_call", "video call", "video calls"),
    ("showroom_visit", "showroom visit", "showroom visits"),
    ("quotation_request", "quotation request", "quotation requests"),
    ("information_request", "information request", "information requests"),
    ("trade_in_valuation", "trade-in valuation", "trade-in valuations"),
    ("workshop_appointment", "workshop appointment", "workshop appointments"),
    ("whatsapp_reminder", "WhatsApp reminder", "WhatsApp reminders"),
    ("support_information", "support answer", "support answers"),
    ("support_action", "support action", "support actions"),
    ("crm_lead", "CRM lead", "CRM leads"),
    ("mql_to_sql", "MQL-to-SQL lead", "MQL-to-SQL leads"),
    ("whatsapp_concierge", "WhatsApp concierge chat", "WhatsApp concierge chats"),
    ("whatsapp_standard_reply", "WhatsApp standard reply", "WhatsApp standard replies"),
    ("topic_selection", "topic selection", "topic selections"),
    ("csat", "CSAT survey", "CSAT surveys"),
];

/// What `n` units of `key` are, for sentences: `20 test drives`, `15,000 emails`,
/// `1 live-chat seat`, `500 marketing units to NL`.
pub fn describe(key: &UsageKey, n: u64) -> String {
    let count = crate::written::count(n);
    let one = n == 1;
    let pick = |single: &str, many: &str| if one { single.to_string() } else { many.to_string() };
    if let Some((country, category)) = key.as_whatsapp() {
        return format!("{count} {} {} to {country}", category.replace('_', " "), pick("unit", "units"));
    }
    let noun = match key.as_str().strip_prefix("outcomes.").and_then(|rest| rest.split_once('.')) {
        Some((_, name)) => outcome_label(name, one),
        None => match key.as_str() {
            "email.sent" => pick("email", "emails"),
            "agents.livechat" => pick("live-chat seat", "live-chat seats"),
            "contacts.engaged" => pick("engaged contact", "engaged contacts"),
            "contacts.active" => pick("active contact", "active contacts"),
            "contacts.database" => pick("contact in the database", "contacts in the database"),
            other => other.to_string(),
        },
    };
    format!("{count} {noun}")
}

/// The noun of outcome `name`, for one or for many.
pub fn outcome_label(name: &str, one: bool) -> String {
    match OUTCOME_LABELS.iter().find(|(n, _, _)| *n == name) {
        Some((_, single, _)) if one => single.to_string(),
        Some((_, _, many)) => many.to_string(),
        None => name.replace('_', " "),
    }
}

/// What an in-house line of `key`'s work is: `Test drives by your own staff (in-house)`,
/// `Emails sent with your own tool (in-house)`, `Live-chat seats bought elsewhere (in-house)`.
pub fn in_house_label(key: &UsageKey) -> String {
    match key.as_str().strip_prefix("outcomes.").and_then(|rest| rest.split_once('.')) {
        Some((actor, name)) => {
            let label = outcome_label(name, false);
            let mut chars = label.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or(' ');
            let who = if actor == "agent" { "staff" } else { "bot" };
            format!("{first}{} by your own {who} (in-house)", chars.as_str())
        }
        None => match key.as_str() {
            "email.sent" => "Emails sent with your own tool (in-house)".to_string(),
            "agents.livechat" => "Live-chat seats bought elsewhere (in-house)".to_string(),
            other => format!("{other} (in-house)"),
        },
    }
}

/// `a-z`, digits and `_`, starting with a letter.
pub fn is_snake_case(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Two upper-case ASCII letters, the shape of an ISO 3166-1 alpha-2 code.
pub fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase())
}

/// A month of usage: non-negative counts by usage name.
///
/// Only what the user gave is stored; [`Usage::get`] applies the contract's defaults
/// (`contacts.active` and `contacts.database` follow `contacts.engaged` when not given), so that
/// varying engaged contacts on a breakeven axis moves the defaulted counts with it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(transparent)]
pub struct Usage(BTreeMap<UsageKey, u64>);

impl Usage {
    /// The count of `key`, with defaults applied; 0 when nothing was entered.
    pub fn get(&self, key: &UsageKey) -> u64 {
        match self.0.get(key) {
            Some(n) => *n,
            None => self.absent(key),
        }
    }

    /// The count of `key` when it was not given: its default (`contacts.active` and
    /// `contacts.database` follow `contacts.engaged`), else 0.
    fn absent(&self, key: &UsageKey) -> u64 {
        match key.as_str() {
            "contacts.active" | "contacts.database" => self.0.get("contacts.engaged").copied().unwrap_or(0),
            _ => 0,
        }
    }

    /// The count of each of `keys` (in name order, as a map's keys come), with defaults applied:
    /// the same as [`Usage::get`] of each, found by walking both in order rather than searching
    /// for each (a card's points table names every outcome; a scenario has a few).
    pub fn get_each<'k, V>(
        &'k self,
        keys: impl IntoIterator<Item = (&'k UsageKey, V)>,
    ) -> impl Iterator<Item = (&'k UsageKey, V, u64)> {
        let mut given = self.0.iter().peekable();
        keys.into_iter().map(move |(key, v)| {
            while given.next_if(|(k, _)| *k < key).is_some() {}
            let n = match given.peek() {
                Some((k, n)) if *k == key => **n,
                _ => self.absent(key),
            };
            (key, v, n)
        })
    }

    /// Sets `key` to `count`.
    pub fn set(&mut self, key: UsageKey, count: u64) {
        self.0.insert(key, count);
    }

    /// Sets `key`, a count already given, to `count` in place (a sampled scenario's counts are
    /// changed without allocating); false when `key` was not given.
    pub fn update(&mut self, key: &UsageKey, count: u64) -> bool {
        match self.0.get_mut(key) {
            Some(n) => {
                *n = count;
                true
            }
            None => false,
        }
    }

    /// Every count the user gave, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&UsageKey, u64)> {
        self.0.iter().map(|(k, v)| (k, *v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_names_have_one_shape() {
        for good in ["contacts.engaged", "outcomes.bot.crm_lead", "outcomes.agent.custom_thing", "whatsapp.NL.service"]
        {
            assert!(UsageKey::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "contacts.engage",
            "outcomes.staff.test_drive",
            "outcomes.bot.Test",
            "whatsapp.nl.service",
            "whatsapp.NL.promo",
            "x",
        ] {
            assert!(UsageKey::parse(bad).is_err(), "{bad}");
        }
        assert!(UsageKey::parse("contacts.engage").unwrap_err().contains("did you mean `contacts.engaged`?"));
    }

    #[test]
    fn each_count_found_by_walking_is_the_count_got_by_name() {
        let key = |s: &str| UsageKey::parse(s).unwrap();
        let mut usage = Usage::default();
        for (k, n) in [("contacts.engaged", 7), ("outcomes.bot.crm_lead", 3), ("whatsapp.NL.marketing", 5)] {
            usage.set(key(k), n);
        }
        let table: BTreeMap<UsageKey, ()> = [
            "agents.livechat",
            "contacts.active",
            "contacts.engaged",
            "outcomes.agent.test_drive",
            "outcomes.bot.crm_lead",
            "outcomes.bot.test_drive",
            "whatsapp.NL.marketing",
            "whatsapp.NL.utility",
        ]
        .into_iter()
        .map(|k| (key(k), ()))
        .collect();
        let walked: Vec<(String, u64)> = usage.get_each(&table).map(|(k, _, n)| (k.to_string(), n)).collect();
        let got: Vec<(String, u64)> = table.keys().map(|k| (k.to_string(), usage.get(k))).collect();
        assert_eq!(walked, got);
        // The defaulted count and a given one among misses, as `get` gives them.
        assert_eq!(walked[1], ("contacts.active".to_string(), 7));
        assert_eq!(walked[4], ("outcomes.bot.crm_lead".to_string(), 3));
    }

    #[test]
    fn active_and_database_default_to_engaged() {
        let mut u = Usage::default();
        u.set(UsageKey::parse("contacts.engaged").unwrap(), 40);
        assert_eq!(u.get(&UsageKey::parse("contacts.active").unwrap()), 40);
        u.set(UsageKey::parse("contacts.database").unwrap(), 7);
        assert_eq!(u.get(&UsageKey::parse("contacts.database").unwrap()), 7);
        assert_eq!(u.get(&UsageKey::parse("agents.livechat").unwrap()), 0);
    }
}
