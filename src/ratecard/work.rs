//! What a plan does with each kind of work a scenario can ask for: the card's side of the
//! comparison's coverage rule (CONTRACT.md, "Coverage").
//!
//! Every quote accounts for every non-zero quantity of outcomes, WhatsApp units, emails and
//! live-chat seats. A plan either prices a kind of work with one of its charges (points, a quota,
//! tiers, a pass-through), or its card says what the vendor does with it: `free` (done at no
//! charge, by a rule the note states), `not_offered` (the work is done elsewhere: paid to Meta
//! directly for WhatsApp, in-house for the rest) or `unknown` (offered at a price nobody has
//! published). A card that says neither is refused: silence about a usage is not a price of zero.

use std::collections::BTreeMap;

use toml::de::DeValue;

use super::{Charge, Meter, Plan, Points};
use crate::tomlread::{Reader, Value, join};
use crate::usage::UsageKey;

/// The kinds of work every quote accounts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Work {
    /// Outcomes completed by the vendor's human agents (`outcomes.agent.*`).
    AgentOutcomes,
    /// Outcomes completed by a chatbot (`outcomes.bot.*`).
    BotOutcomes,
    /// WhatsApp units of every country and category (`whatsapp.*`).
    Whatsapp,
    /// Marketing emails sent (`email.sent`).
    Email,
    /// Live-chat seats (`agents.livechat`).
    Seats,
}

impl Work {
    /// Every kind, in the order cards and messages list them.
    pub const ALL: [Work; 5] = [Work::AgentOutcomes, Work::BotOutcomes, Work::Whatsapp, Work::Email, Work::Seats];

    /// The key a card writes under `work`.
    pub fn key(self) -> &'static str {
        match self {
            Work::AgentOutcomes => "outcomes.agent",
            Work::BotOutcomes => "outcomes.bot",
            Work::Whatsapp => "whatsapp",
            Work::Email => "email.sent",
            Work::Seats => "agents.livechat",
        }
    }

    /// The kind of work a usage is, if it is work (contact counts are measures, not work).
    pub fn of(key: &UsageKey) -> Option<Work> {
        if key.as_whatsapp().is_some() {
            return Some(Work::Whatsapp);
        }
        match key.as_outcome() {
            Some(("agent", _)) => Some(Work::AgentOutcomes),
            Some(_) => Some(Work::BotOutcomes),
            None => match key.as_str() {
                "email.sent" => Some(Work::Email),
                "agents.livechat" => Some(Work::Seats),
                _ => None,
            },
        }
    }

    /// What the work is, for sentences (`outcomes completed by a bot`).
    pub fn label(self) -> &'static str {
        match self {
            Work::AgentOutcomes => "outcomes completed by its agents",
            Work::BotOutcomes => "outcomes completed by a bot",
            Work::Whatsapp => "WhatsApp messaging",
            Work::Email => "email sending",
            Work::Seats => "live-chat seats",
        }
    }
}

/// What a vendor does with work no charge of the plan prices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handling {
    /// Done at no charge (Web1on1's seats: "no unused licenses").
    Free,
    /// Not done by this vendor: paid to Meta directly (WhatsApp) or done in-house.
    NotOffered,
    /// Offered at a price nobody has published: never zero, the quote cannot rank.
    Unknown,
}

impl Handling {
    const NAMES: &'static [(&'static str, Handling)] =
        &[("free", Handling::Free), ("not_offered", Handling::NotOffered), ("unknown", Handling::Unknown)];
}

/// A card's statement about one kind of work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated {
    /// What the vendor does with it.
    pub handling: Handling,
    /// Why, or where the card's author read it; required for `free` and `unknown`.
    pub note: Option<String>,
}

/// The statements of a version's or a plan's `work` table.
pub type Statements = BTreeMap<Work, Stated>;

/// `work = { "email.sent" = "not_offered", "agents.livechat" = { is = "free", note = "…" } }`,
/// with `outcomes` standing for both actors. Dotted keys may be quoted or not (`email.sent = …`
/// is the table `email` holding `sent`): both name `email.sent`.
pub(super) fn read(r: &mut Reader<'_>, v: &Value<'_>, path: &str) -> Statements {
    let mut out = Statements::new();
    let Some(t) = r.table(v, path) else { return out };
    let leaves = r.leaves(t, path, &|inner| inner.contains_key("is"));
    let mut known: Vec<&str> = Work::ALL.iter().map(|w| w.key()).collect();
    known.push("outcomes");
    for (name, value) in leaves {
        let field = join(path, &name);
        let works: Vec<Work> = match name.as_str() {
            "outcomes" => vec![Work::AgentOutcomes, Work::BotOutcomes],
            _ => Work::ALL.iter().copied().filter(|w| w.key() == name).collect(),
        };
        if works.is_empty() {
            let hint = crate::diag::suggestion(&name, known.iter().copied());
            let all = known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
            r.error(&value.span(), &field, format!("`{name}` is not a kind of work: use {all}{hint}"));
            continue;
        }
        let Some(stated) = statement(r, value, &field) else { continue };
        for work in works {
            if out.insert(work, stated.clone()).is_some() {
                r.error(&value.span(), &field, format!("`{}` is stated twice", work.key()));
            }
        }
    }
    out
}

/// `"not_offered"` or `{ is = "free", note = "…" }`.
fn statement(r: &mut Reader<'_>, v: &Value<'_>, path: &str) -> Option<Stated> {
    let (handling, note) = match v.get_ref() {
        DeValue::Table(t) => {
            r.only_keys(t, path, &["is", "note"]);
            let handling =
                r.required(t, &v.span(), path, "is").and_then(|h| r.choice(h, &join(path, "is"), Handling::NAMES));
            let note = t.get("note").and_then(|n| r.string(n, &join(path, "note"))).map(str::to_string);
            (handling?, note)
        }
        _ => (r.choice(v, path, Handling::NAMES)?, None),
    };
    if handling != Handling::NotOffered && note.is_none() {
        r.error(
            &v.span(),
            path,
            "say why in a note: `{ is = \"free\" | \"unknown\", note = \"…\" }` (the rule, or that the vendor does not publish it)",
        );
        return None;
    }
    Some(Stated { handling, note })
}

/// The kinds of work `plan`'s charges price, with `points` naming the version's points table.
pub fn charged(plan: &Plan, points: &BTreeMap<UsageKey, Points>) -> Vec<Work> {
    let prices_outcomes = points.keys().any(|k| k.as_str().starts_with("outcomes."));
    let mut out = Vec::new();
    for charge in &plan.charges {
        match charge {
            Charge::Quota { of: Meter::Points, .. } if prices_outcomes => {
                out.extend([Work::AgentOutcomes, Work::BotOutcomes]);
            }
            Charge::Quota { of: Meter::Usage(k), .. } | Charge::Tiered { of: k, .. } => out.extend(whole_kind(k)),
            Charge::Passthrough { .. } => out.push(Work::Whatsapp),
            Charge::Quota { .. } | Charge::Recurring { .. } => {}
        }
    }
    out.sort();
    out
}

/// The kind a charge over `key` prices whole: email and seats are one usage each; a charge over
/// one outcome prices that outcome only, so its actor's other outcomes still need a statement.
fn whole_kind(key: &UsageKey) -> Option<Work> {
    Work::of(key).filter(|w| matches!(w, Work::Email | Work::Seats))
}

/// Checks that `plan` accounts for every kind of work once: by a charge, or by a statement of its
/// own or of its version (`version_work`, which a plan's charges and statements override), and
/// returns the statements that apply to it. `span` and `path` locate the plan for messages.
pub(super) fn settle(
    r: &mut Reader<'_>,
    (span, path): (&std::ops::Range<usize>, &str),
    plan: &Plan,
    points: &BTreeMap<UsageKey, Points>,
    (version_work, own): (&Statements, &Statements),
) -> Statements {
    let charged = charged(plan, points);
    let mut out = Statements::new();
    for work in Work::ALL {
        let by_charge = charged.contains(&work);
        if by_charge && charged.iter().filter(|w| **w == work).count() > 1 {
            r.error(
                span,
                &join(path, "charges"),
                format!("`{}` is priced by two charges: it would be billed twice", work.key()),
            );
        }
        match (by_charge, own.get(&work), version_work.get(&work)) {
            (true, Some(_), _) => r.error(
                span,
                &join(path, "work"),
                format!("`{}` is priced by a charge of this plan: leave it out of `work`", work.key()),
            ),
            (true, None, _) => {}
            (false, Some(s), _) | (false, None, Some(s)) => {
                out.insert(work, s.clone());
            }
            (false, None, None) => r.error(
                span,
                &join(path, "work"),
                format!(
                    "the plan does not say what it does with `{}`: price it with a charge, or state it under `work` \
                     (`free` or `unknown` with a note, or `not_offered`)",
                    work.key()
                ),
            ),
        }
    }
    out
}
