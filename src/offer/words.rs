//! The core's data in the reader's words: usage as sentences ("1.200 betrokken contacten"), an
//! invoice line by what it charges for ([`Item`]), a category or a country by its name. Whatever
//! has no words in the catalog keeps the vendor's own (a subscription's term).

use rust_decimal::Decimal;

use crate::i18n::{Arg, Language, Messages};
use crate::quote::{Item, Line};
use crate::usage::{Usage, UsageKey};

/// Writes in one language.
pub struct Words {
    /// The language every text is written in; dates, numbers and money are written its way too.
    pub language: Language,
    /// Its message texts, looked up by id (`offer-title`).
    pub messages: &'static Messages,
}

impl Words {
    /// Words in `language`.
    pub fn new(language: Language) -> Words {
        Words { language, messages: Messages::of(language) }
    }

    /// The message `id` with text arguments.
    pub fn text(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        self.messages.text(id, &args)
    }

    /// The message `id` for `count` things (its plural form chosen by the language), `$n`
    /// the count as the language writes it, with more text arguments.
    pub fn counted(&self, id: &str, count: u64, args: &[(&str, &str)]) -> String {
        let n = self.language.number(Decimal::from(count));
        let mut all: Vec<(&str, Arg<'_>)> = vec![("count", Arg::Count(count)), ("n", Arg::Text(&n))];
        all.extend(args.iter().map(|(k, v)| (*k, Arg::Text(v))));
        self.messages.text(id, &all)
    }

    /// A country's name (`Nederland`); its code when the catalog has no name for it.
    pub fn country(&self, code: &str) -> String {
        let id = format!("country-{code}");
        if self.messages.has(&id) { self.text(&id, &[]) } else { code.to_string() }
    }

    /// A WhatsApp category's name as Meta gives it in this language.
    pub fn category(&self, category: &str) -> String {
        let id = format!("category-{category}");
        if self.messages.has(&id) { self.text(&id, &[]) } else { category.replace('_', " ") }
    }

    /// Each non-zero count of `usage` as a phrase, in the scenario's order; `messages` says
    /// whether Meta bills WhatsApp by message (else by conversation) in the month.
    pub fn usage(&self, usage: &Usage, messages: bool) -> Vec<String> {
        usage.iter().filter(|(_, n)| *n > 0).map(|(key, n)| self.work(key, n, messages)).collect()
    }

    /// `n` units of `key` as a phrase.
    pub fn work(&self, key: &UsageKey, n: u64, messages: bool) -> String {
        if let Some((country, category)) = key.as_whatsapp() {
            let id = if messages { "usage-whatsapp-messages" } else { "usage-whatsapp-conversations" };
            return self.counted(id, n, &[("category", &self.category(category)), ("country", &self.country(country))]);
        }
        let name = key.as_str();
        if let Some((actor, outcome)) = name.strip_prefix("outcomes.").and_then(|r| r.split_once('.')) {
            let what = self.counted(&format!("outcome-{outcome}"), n, &[]);
            let id = if actor == "agent" { "usage-by-agent" } else { "usage-by-bot" };
            return self.text(id, &[("what", &what)]);
        }
        let id = match name {
            "contacts.engaged" => "usage-engaged",
            "contacts.active" => "usage-active",
            "contacts.database" => "usage-database",
            "agents.livechat" => "usage-seats",
            "email.sent" => "usage-emails",
            _ => return format!("{} × {name}", self.language.number(Decimal::from(n))),
        };
        self.counted(id, n, &[])
    }

    /// An invoice line's name; `plan` is the plan's name (`Grow`).
    pub fn line(&self, line: &Line, plan: &str) -> String {
        match &line.item {
            Item::Fee => self.text("line-plan-fee", &[("plan", plan)]),
            Item::Extra { of, unit, per } => {
                let per = self.language.number(Decimal::from(*per));
                match of.as_str() {
                    "points" => self.text("line-extra", &[("unit", unit)]),
                    "contacts.active" => self.text("line-extra-active", &[]),
                    "contacts.engaged" => self.text("line-extra-engaged", &[]),
                    "contacts.database" => self.text("line-extra-database", &[]),
                    "agents.livechat" => self.text("line-extra-seats", &[]),
                    "email.sent" => self.text("line-extra-emails", &[("per", &per)]),
                    _ => line.description.clone(),
                }
            }
            Item::Range { of, above, up_to } if of.starts_with("contacts.") => {
                let from = self.language.number(Decimal::from(above.saturating_add(1)));
                match up_to {
                    Some(to) => {
                        let to = self.language.number(Decimal::from(*to));
                        self.text("line-range-contacts", &[("from", &from), ("to", &to)])
                    }
                    None => self.text("line-range-contacts-open", &[("from", &from)]),
                }
            }
            Item::Whatsapp { category, messages, market, countries, from_unit } => {
                let named: Vec<String> = countries.iter().map(|c| self.country(c)).collect();
                // One country: its name in this language; a market of several: Meta's name for it.
                let place = match named.as_slice() {
                    [one] if self.messages.has(&format!("country-{}", countries.join(""))) => one.clone(),
                    _ => format!("{market} ({})", countries.join(", ")),
                };
                let id = if *messages { "line-whatsapp-messages" } else { "line-whatsapp-conversations" };
                let text = self.text(id, &[("category", &self.category(category)), ("market", &place)]);
                match from_unit {
                    Some(from) => {
                        let from = self.language.number(Decimal::from(*from));
                        self.text("line-whatsapp-tier", &[("line", &text), ("from", &from)])
                    }
                    None => text,
                }
            }
            Item::Range { .. } | Item::InHouse { .. } | Item::Other => line.description.clone(),
        }
    }
}
