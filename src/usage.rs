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
/// It keeps what its name says beside the name: which kind of usage it is, and its first 24 bytes
/// as three numbers. The rating looks keys up many times (a sampled scenario is rated thousands
/// of times), and nearly every comparison of two names is settled by those numbers without
/// comparing strings (`outcomes.agent.quotation` is where names part); the kind is known without
/// parsing the name again. Order, equality and hash are the name's: the extras follow from it.
///
/// INVARIANT: built only by [`UsageKey::parse`] or the scenario loader, so it is well formed.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(as = "String"))]
#[serde(try_from = "String", into = "String")]
pub struct UsageKey {
    name: String,
    kind: Kind,
    /// The name's first 24 bytes, big-endian, padded with zeros (which no name holds): compared
    /// as numbers they order as the bytes do.
    head: [u64; 3],
}

/// The kind of usage a name is, as its first part says.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Metric,
    Outcome { bot: bool },
    Whatsapp,
}

impl UsageKey {
    /// Checks the shape of a usage name: a metric, `outcomes.<agent|bot>.<snake_case>` or
    /// `whatsapp.<CC>.<category>`. Outcome names beyond [`OUTCOMES`] are allowed here; whether a
    /// scenario may use one is the vocabulary's call ([`crate::catalog::Catalog::outcome_names`]).
    pub fn parse(name: &str) -> Result<Self, String> {
        let parts: Vec<&str> = name.split('.').collect();
        let kind = match parts.as_slice() {
            [_, _] if METRICS.contains(&name) => Some(Kind::Metric),
            ["outcomes", actor, outcome] if ACTORS.contains(actor) && is_snake_case(outcome) => {
                Some(Kind::Outcome { bot: *actor == "bot" })
            }
            ["whatsapp", country, category] if is_country_code(country) && WHATSAPP_CATEGORIES.contains(category) => {
                Some(Kind::Whatsapp)
            }
            _ => None,
        };
        match kind {
            Some(kind) => Ok(UsageKey::new(name.to_string(), kind)),
            None => {
                let hint = crate::diag::suggestion(name, METRICS.iter().copied());
                Err(format!(
                    "`{name}` is not a usage name: use one of {}, `outcomes.agent.NAME`, `outcomes.bot.NAME` \
                     or `whatsapp.CC.CATEGORY`{hint}",
                    METRICS.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")
                ))
            }
        }
    }

    fn new(name: String, kind: Kind) -> Self {
        let mut bytes = [0u8; 24];
        bytes.iter_mut().zip(name.bytes()).for_each(|(b, n)| *b = n);
        let mut head = [0u64; 3];
        for (h, chunk) in head.iter_mut().zip(bytes.chunks_exact(8)) {
            *h = chunk.iter().fold(0, |acc, b| (acc << 8) | u64::from(*b));
        }
        UsageKey { name, kind, head }
    }

    /// The name past the bytes `head` holds.
    fn tail(&self) -> &str {
        self.name.get(24..).unwrap_or("")
    }

    /// An outcome's key, `outcomes.<actor>.<name>`.
    pub fn outcome(actor: &str, name: &str) -> Self {
        UsageKey::new(format!("outcomes.{actor}.{name}"), Kind::Outcome { bot: actor == "bot" })
    }

    /// A WhatsApp row's key, `whatsapp.<country>.<category>`.
    pub fn whatsapp(country: &str, category: &str) -> Self {
        UsageKey::new(format!("whatsapp.{country}.{category}"), Kind::Whatsapp)
    }

    /// The name as scenarios and output write it (`contacts.engaged`).
    pub fn as_str(&self) -> &str {
        &self.name
    }

    /// For a WhatsApp key, its country and category.
    pub fn as_whatsapp(&self) -> Option<(&str, &str)> {
        if self.kind != Kind::Whatsapp {
            return None;
        }
        self.name.strip_prefix("whatsapp.")?.split_once('.')
    }

    /// For an outcome's key, who completed it (`agent` or `bot`) and the outcome's name.
    pub fn as_outcome(&self) -> Option<(&'static str, &str)> {
        match self.kind {
            Kind::Outcome { bot: false } => Some(("agent", self.name.get("outcomes.agent.".len()..)?)),
            Kind::Outcome { bot: true } => Some(("bot", self.name.get("outcomes.bot.".len()..)?)),
            _ => None,
        }
    }
}

impl PartialEq for UsageKey {
    fn eq(&self, other: &Self) -> bool {
        self.head == other.head && self.tail() == other.tail()
    }
}

impl Eq for UsageKey {}

impl PartialOrd for UsageKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UsageKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.head.cmp(&other.head).then_with(|| self.tail().cmp(other.tail()))
    }
}

/// The name's hash, as `str`'s, so that a set of keys can be searched by name ([`Borrow`]).
impl std::hash::Hash for UsageKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.name.hash(state);
    }
}

/// A name looks a count up without building a key (no allocation on a priced path); the order
/// and equality of a key are its name's.
impl std::borrow::Borrow<str> for UsageKey {
    fn borrow(&self) -> &str {
        &self.name
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
        k.name
    }
}

impl fmt::Display for UsageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

impl fmt::Debug for UsageKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
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

/// The counts that follow `contacts.engaged` when not given (CONTRACT.md), in name order.
const DEFAULTED: [&str; 2] = ["contacts.active", "contacts.database"];

/// One step of [`Usage::beside`].
#[derive(Debug, PartialEq, Eq)]
pub enum Beside<'k, V> {
    /// A name of the table, with its count and where it is among those given (`None`: a default).
    Named(&'k UsageKey, V, u64, Option<usize>),
    /// A count given under a name the table does not hold, and where it is among those given.
    Unnamed(&'k UsageKey, u64, usize),
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

/// Up to this many counts, a count is found by walking them testing equality (a key tells most
/// others apart by its head alone), which is faster than the map's search (a month of usage
/// has a handful of counts, a scenario with WhatsApp traffic to many countries hundreds).
pub(crate) const WALKED: usize = 16;

impl Usage {
    /// The count of `key`, with defaults applied; 0 when nothing was entered.
    pub fn get(&self, key: &UsageKey) -> u64 {
        match self.given(key) {
            Some(n) => n,
            None => self.absent(key),
        }
    }

    /// The count of `key` as given, without defaults.
    fn given(&self, key: &UsageKey) -> Option<u64> {
        if self.0.len() <= WALKED {
            self.0.iter().find_map(|(k, n)| (k == key).then_some(*n))
        } else {
            self.0.get(key).copied()
        }
    }

    /// The count of `key` when it was not given: its default (`contacts.active` and
    /// `contacts.database` follow `contacts.engaged`), else 0.
    fn absent(&self, key: &UsageKey) -> u64 {
        if key.kind != Kind::Metric {
            return 0;
        }
        match key.as_str() {
            name if DEFAULTED.contains(&name) => self.0.get("contacts.engaged").copied().unwrap_or(0),
            _ => 0,
        }
    }

    /// A table of usage names (a card's points table) beside the counts: each name of the table
    /// that has a count (given, or defaulted as [`Usage::get`] defaults it) with that count and
    /// where it is among the counts given ([`Usage::iter`]'s order, `None` for a default), and each
    /// count given under a name the table lacks; all in name order. Found from the counts' side
    /// (a card's points table names every outcome; a scenario has a few).
    pub fn beside<'k, V>(&'k self, table: &'k BTreeMap<UsageKey, V>) -> impl Iterator<Item = Beside<'k, &'k V>> {
        let engaged = self.0.get("contacts.engaged").copied().unwrap_or(0);
        // The defaulted names sort before `contacts.engaged`, the count they follow.
        let mut defaults = DEFAULTED
            .iter()
            .filter(move |name| engaged > 0 && !self.0.contains_key(**name))
            .filter_map(move |name| table.get_key_value(*name))
            .peekable();
        let mut given = self.0.iter().enumerate().peekable();
        std::iter::from_fn(move || {
            if let Some((key, v)) = defaults.next_if(|(d, _)| given.peek().is_none_or(|(_, (g, _))| *d < *g)) {
                return Some(Beside::Named(key, v, engaged, None));
            }
            let (at, (key, n)) = given.next()?;
            Some(match table.get_key_value(key) {
                Some((_, v)) => Beside::Named(key, v, *n, Some(at)),
                None => Beside::Unnamed(key, *n, at),
            })
        })
    }

    /// Sets `key` to `count`.
    pub fn set(&mut self, key: UsageKey, count: u64) {
        self.0.insert(key, count);
    }

    /// Sets `key`, a count already given, to `count` in place (a sampled scenario's counts are
    /// changed without allocating); false when `key` was not given.
    pub fn update(&mut self, key: &UsageKey, count: u64) -> bool {
        let found = if self.0.len() <= WALKED {
            self.0.iter_mut().find(|(k, _)| *k == key).map(|(_, n)| n)
        } else {
            self.0.get_mut(key)
        };
        match found {
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
    fn a_table_walked_beside_the_counts_gives_each_name_its_count_and_the_rest_unnamed() {
        let key = |s: &str| UsageKey::parse(s).unwrap();
        let mut usage = Usage::default();
        for (k, n) in [
            ("agents.livechat", 2),
            ("contacts.engaged", 7),
            ("outcomes.agent.csat", 4),
            ("outcomes.bot.crm_lead", 3),
            ("whatsapp.NL.marketing", 5),
            ("whatsapp.NL.service", 6),
        ] {
            usage.set(key(k), n);
        }
        let table: BTreeMap<UsageKey, ()> = [
            "contacts.active",
            "contacts.engaged",
            "outcomes.agent.test_drive",
            "outcomes.bot.crm_lead",
            "outcomes.bot.test_drive",
            "whatsapp.NL.marketing",
        ]
        .into_iter()
        .map(|k| (key(k), ()))
        .collect();
        let walked: Vec<String> = usage
            .beside(&table)
            .map(|b| match b {
                Beside::Named(k, (), n, at) => format!("{k}={n} at {at:?}"),
                Beside::Unnamed(k, n, at) => format!("unnamed {k}={n} at {at}"),
            })
            .collect();
        assert_eq!(
            walked,
            [
                "unnamed agents.livechat=2 at 0",
                "contacts.active=7 at None",
                "contacts.engaged=7 at Some(1)",
                "unnamed outcomes.agent.csat=4 at 2",
                "outcomes.bot.crm_lead=3 at Some(3)",
                "whatsapp.NL.marketing=5 at Some(4)",
                "unnamed whatsapp.NL.service=6 at 5",
            ]
        );
        // Each name of the table gets the count `get` gives it, and each given count is where
        // `iter` has it; the table's names left out have no count.
        let given: Vec<(&UsageKey, u64)> = usage.iter().collect();
        let mut named = Vec::new();
        for b in usage.beside(&table) {
            if let Beside::Named(k, (), n, at) = b {
                assert_eq!(n, usage.get(k), "{k}");
                assert!(at.is_none_or(|i| given[i].0 == k), "{k}");
                named.push(k.as_str());
            }
        }
        for k in table.keys().filter(|k| !named.contains(&k.as_str())) {
            assert_eq!(usage.get(k), 0, "{k}");
        }
        // Without engaged contacts, nothing is defaulted.
        let mut none = Usage::default();
        none.set(key("outcomes.bot.crm_lead"), 1);
        assert_eq!(none.beside(&table).count(), 1);
    }

    #[test]
    fn a_count_is_found_by_walking_and_by_searching_alike() {
        let key = |s: &str| UsageKey::parse(s).unwrap();
        let names = ["contacts.engaged", "outcomes.bot.crm_lead", "whatsapp.NL.marketing"];
        let mut small = Usage::default();
        for (n, k) in (1..).zip(names) {
            small.set(key(k), n);
        }
        // Past the walked size the map is searched: the same counts, defaults and misses.
        let mut large = small.clone();
        for c in ["BE", "DE", "ES", "FR", "GB", "IT", "PT", "SE", "US"] {
            for category in ["marketing", "utility"] {
                large.set(UsageKey::whatsapp(c, category), 9);
            }
        }
        assert!(small.0.len() <= WALKED && large.0.len() > WALKED);
        for usage in [&small, &large] {
            assert_eq!(usage.get(&key("contacts.engaged")), 1);
            assert_eq!(usage.get(&key("contacts.active")), 1, "defaulted to engaged");
            assert_eq!(usage.get(&key("outcomes.bot.crm_lead")), 2);
            assert_eq!(usage.get(&key("whatsapp.NL.marketing")), 3);
            assert_eq!(usage.get(&key("outcomes.agent.crm_lead")), 0);
        }
    }

    #[test]
    fn a_key_knows_its_parts_and_orders_by_its_name() {
        let key = |s: &str| UsageKey::parse(s).unwrap();
        assert_eq!(key("outcomes.agent.test_drive").as_outcome(), Some(("agent", "test_drive")));
        assert_eq!(key("outcomes.bot.crm_lead").as_outcome(), Some(("bot", "crm_lead")));
        assert_eq!(UsageKey::outcome("bot", "csat"), key("outcomes.bot.csat"));
        assert_eq!(key("whatsapp.NL.service").as_whatsapp(), Some(("NL", "service")));
        assert_eq!(UsageKey::whatsapp("NL", "service"), key("whatsapp.NL.service"));
        assert_eq!((key("contacts.engaged").as_outcome(), key("contacts.engaged").as_whatsapp()), (None, None));
        let mut keys = [key("whatsapp.NL.service"), key("contacts.engaged"), key("outcomes.bot.csat")];
        keys.sort();
        let names: Vec<&str> = keys.iter().map(UsageKey::as_str).collect();
        assert_eq!(names, ["contacts.engaged", "outcomes.bot.csat", "whatsapp.NL.service"]);
    }

    proptest::proptest! {
        /// A key orders and equals as its name does, whatever the names share (the head's 24
        /// bytes and past them).
        #[test]
        fn a_key_orders_as_its_name(
            actors in ("(agent|bot)", "(agent|bot)"),
            stem in "[a-z][a-z_]{0,24}",
            cut in 0usize..26,
            ends in ("[a-z_]{0,6}", "[a-z_]{0,6}"),
        ) {
            // Two names that share a stem (cut short for one of them), so they often agree on the
            // head's 24 bytes and part only past them.
            let shared = stem.get(..cut.min(stem.len())).unwrap_or("x");
            let shared = if shared.is_empty() { "x" } else { shared };
            let a = UsageKey::parse(&format!("outcomes.{}.{stem}{}", actors.0, ends.0)).unwrap();
            let b = UsageKey::parse(&format!("outcomes.{}.{shared}{}", actors.1, ends.1)).unwrap();
            proptest::prop_assert_eq!(a.cmp(&b), a.as_str().cmp(b.as_str()));
            proptest::prop_assert_eq!(a == b, a.as_str() == b.as_str());
        }
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
