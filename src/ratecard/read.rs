//! The pieces every reader of a rate card shares: ids, sources, prices, terms, money amounts, and
//! what a version's parts need to know while they are read ([`Ctx`]). The card's own loader
//! ([`super::load`]), its billing and switch readers, the WhatsApp tables and rules and the
//! exchange-rate file all read these the same way; kept apart from the loader so that none of
//! them depends on it, nor it on them in return.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use toml::de::DeValue;

use super::{Points, Price, PriceValue, Provenance, Statements, Status, TermKind, TermSpec};
use crate::diag::suggestion;
use crate::money::Currency;
use crate::tomlread::{Reader, Value, join};
use crate::usage::UsageKey;

/// A lower-case id (`web1on1`, `cloud-api`).
pub(crate) fn id(r: &mut Reader<'_>, v: &Value<'_>, field: &str) -> Option<String> {
    let s = r.string(v, field)?;
    let ok = s.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !ok {
        r.error(&v.span(), field, format!("`{s}` is not an id: use lower-case letters, digits, `-` and `_`"));
        return None;
    }
    Some(s.to_string())
}

/// What a version's parts need to know while they are read.
pub(crate) struct Ctx<'a> {
    pub(crate) terms: &'a BTreeMap<String, TermSpec>,
    pub(crate) source: Provenance,
    pub(crate) points: &'a BTreeMap<UsageKey, Points>,
    /// The version's `work` statements, for plans that do not price or state a kind themselves.
    pub(crate) work: Statements,
    pub(crate) currency: Option<Currency>,
}

/// A `source = { status, url, date, note }` table.
pub(crate) fn provenance(r: &mut Reader<'_>, v: &Value<'_>, path: &str) -> Option<Provenance> {
    let t = r.table(v, path)?;
    r.only_keys(t, path, &["status", "url", "date", "note"]);
    let status = r.required(t, &v.span(), path, "status").and_then(|s| {
        let name = r.string(s, &join(path, "status"))?;
        let status = Status::in_card(name);
        if status.is_none() {
            let hint = suggestion(name, Status::IN_CARDS.map(Status::name));
            let all = Status::in_cards_listed();
            r.error(&s.span(), &join(path, "status"), format!("unknown status `{name}`: use one of {all}{hint}"));
        }
        status
    })?;
    let url = t.get("url").and_then(|u| r.string(u, &join(path, "url"))).map(str::to_string);
    let date = t.get("date").and_then(|d| r.date(d, &join(path, "date")));
    let note = t.get("note").and_then(|n| r.string(n, &join(path, "note"))).map(str::to_string);
    if status == Status::Published && (url.is_none() || date.is_none()) {
        r.error(&v.span(), path, "a `published` source needs its `url` and the `date` it was read or dated");
    }
    Some(Provenance { status, url: url.map(Into::into), date, note: note.map(Into::into) })
}

/// A price: `"0.14"`, `"unknown"`, or `{ value = "0.14", source = {...} }`, or `{ term = "name" }`.
pub(crate) fn price(r: &mut Reader<'_>, v: &Value<'_>, path: &str, ctx: &Ctx<'_>) -> Option<Price> {
    match v.get_ref() {
        DeValue::String(s) if s.as_ref() == "unknown" => {
            Some(Price { value: PriceValue::Unknown, source: ctx.source.clone() })
        }
        DeValue::Table(t) if t.contains_key("term") => {
            r.only_keys(t, path, &["term"]);
            let name = term_ref(r, t.get("term")?, &join(path, "term"), TermKind::Money, ctx)?;
            let source = Provenance { status: Status::Contract, url: None, date: None, note: None };
            Some(Price { value: PriceValue::Term(name), source })
        }
        DeValue::Table(t) => {
            r.only_keys(t, path, &["value", "source"]);
            let value = r.required(t, &v.span(), path, "value").and_then(|a| match a.get_ref() {
                DeValue::String(s) if s.as_ref() == "unknown" => Some(PriceValue::Unknown),
                _ => non_negative(r, a, &join(path, "value")).map(PriceValue::Amount),
            });
            let source = match t.get("source") {
                Some(s) => provenance(r, s, &join(path, "source")),
                None => Some(ctx.source.clone()),
            };
            Some(Price { value: value?, source: source? })
        }
        _ => {
            let amount = non_negative(r, v, path)?;
            Some(Price { value: PriceValue::Amount(amount), source: ctx.source.clone() })
        }
    }
}

/// The name of a declared term of kind `want`.
pub(crate) fn term_ref(r: &mut Reader<'_>, v: &Value<'_>, path: &str, want: TermKind, ctx: &Ctx<'_>) -> Option<String> {
    let name = r.string(v, path)?;
    match ctx.terms.get(name) {
        None => {
            let hint = suggestion(name, ctx.terms.keys().map(String::as_str));
            r.error(&v.span(), path, format!("term `{name}` is not declared under `[terms]`{hint}"));
            None
        }
        Some(spec) if spec.kind != want => {
            r.error(&v.span(), path, format!("term `{name}` is not of kind `{}`", want.name()));
            None
        }
        Some(_) => Some(name.to_string()),
    }
}

/// `amount`, when it is whole minor units of `currency`: money charged to a card (a wallet's
/// credit) cannot be a fraction of a cent, and rounding it would change what the wallet does.
pub(crate) fn whole_minor_units(
    r: &mut Reader<'_>,
    v: &Value<'_>,
    path: &str,
    amount: Decimal,
    currency: Option<Currency>,
) -> Option<Decimal> {
    let Some(currency) = currency else { return Some(amount) };
    if amount.round_dp(currency.minor_units()) != amount {
        let unit = Decimal::new(1, currency.minor_units());
        r.error(
            &v.span(),
            path,
            format!("`{amount}` is not a whole number of {currency}'s minor unit ({unit}): it is charged to a card"),
        );
        return None;
    }
    Some(amount)
}

/// A decimal at or above zero (`-0` counts as zero); a negative one is an error at its place.
pub(crate) fn non_negative(r: &mut Reader<'_>, v: &Value<'_>, path: &str) -> Option<Decimal> {
    let d = r.decimal(v, path)?;
    if d.is_sign_negative() && !d.is_zero() {
        r.error(&v.span(), path, format!("must not be negative, found `{d}`"));
        return None;
    }
    Some(d)
}
