//! A plan's anniversary billing: a subscription priced by contact ranges, bought on a date and
//! billed on its anniversary each month, for a term of one or more months paid up front, with a
//! price that never falls below the first invoice's (User.com). How it runs: `crate::subscription`.

use rust_decimal::Decimal;
use toml::de::DeTable;

use super::read::{Ctx, id, price, term_ref};
use super::{Price, PriceValue, TermKind};
use crate::tomlread::{Reader, Value, join};

/// Anniversary billing, with the contract terms that steer it.
#[derive(Debug, Clone, PartialEq)]
pub struct Billing {
    /// A `date` term: the purchase date; billing recurs on its day. Without it the subscription
    /// starts on the first day of the scenario's month.
    pub start_term: String,
    /// A `choice` term naming one of `commitments`; without it the first (monthly).
    pub commitment_term: String,
    /// A `count` term: the contacts paid for on the first invoice, the floor of every later price.
    /// Without it the first invoice's contacts are those of the subscription's first month.
    pub floor_term: String,
    /// The terms on sale, which `commitment_term` chooses from by id.
    ///
    /// INVARIANT: non-empty; the first is the standard 1-month subscription every long-term term
    /// falls back to when it ends; ids are unique.
    pub commitments: Vec<Commitment>,
    /// Rules resting on unverified sources, shown with every quote of the plan.
    pub notes: Vec<String>,
}

/// A term on sale: so many months paid up front at a discount.
#[derive(Debug, Clone, PartialEq)]
pub struct Commitment {
    /// The value of the choice term that picks it (`quarterly`).
    pub id: String,
    /// Months paid up front.
    pub months: u32,
    /// Discount in percent on the monthly range prices; a price whose value is a percentage.
    pub discount_percent: Price,
}

/// `billing = { start_term = "start", commitment_term = "term", floor_term = "contacts_paid",
/// commitments = [{ id = "monthly", months = 1 }, { id = "annual", months = 12, discount_percent = "15" }] }`.
pub(super) fn read(r: &mut Reader<'_>, v: &Value<'_>, path: &str, ctx: &Ctx<'_>) -> Option<Billing> {
    let t = r.table(v, path)?;
    r.only_keys(t, path, &["start_term", "commitment_term", "floor_term", "commitments", "notes"]);
    let term = |r: &mut Reader<'_>, key: &str, kind: TermKind| {
        r.required(t, &v.span(), path, key).and_then(|k| term_ref(r, k, &join(path, key), kind, ctx))
    };
    let start_term = term(r, "start_term", TermKind::Date);
    let commitment_term = term(r, "commitment_term", TermKind::Choice);
    let floor_term = term(r, "floor_term", TermKind::Count);
    let commitments = commitments(r, t, &v.span(), path, ctx);
    if let (Some(name), Some(list)) = (&commitment_term, &commitments) {
        let ids: Vec<&str> = list.iter().map(|c| c.id.as_str()).collect();
        let values: Vec<&str> = ctx.terms[name].values.iter().map(String::as_str).collect();
        if ids != values {
            r.error(
                &v.span(),
                &join(path, "commitment_term"),
                format!(
                    "term `{name}` must offer the commitments' ids in order ({}), found {}",
                    ids.join(", "),
                    values.join(", ")
                ),
            );
        }
    }
    let notes = match t.get("notes") {
        None => Vec::new(),
        Some(n) => r
            .array(n, &join(path, "notes"))
            .map(|items| items.iter().filter_map(|i| r.string(i, &join(path, "notes")).map(str::to_string)).collect())
            .unwrap_or_default(),
    };
    Some(Billing {
        start_term: start_term?,
        commitment_term: commitment_term?,
        floor_term: floor_term?,
        commitments: commitments?,
        notes,
    })
}

fn commitments(
    r: &mut Reader<'_>,
    t: &DeTable<'_>,
    span: &std::ops::Range<usize>,
    path: &str,
    ctx: &Ctx<'_>,
) -> Option<Vec<Commitment>> {
    let field = join(path, "commitments");
    let list = r.required(t, span, path, "commitments").and_then(|l| r.array(l, &field))?;
    let mut out: Vec<Commitment> = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let cpath = format!("{field}[{i}]");
        let Some(c) = r.table(item, &cpath) else { continue };
        r.only_keys(c, &cpath, &["id", "months", "discount_percent"]);
        let id = r.required(c, &item.span(), &cpath, "id").and_then(|v| id(r, v, &join(&cpath, "id")));
        let months = r.required(c, &item.span(), &cpath, "months").and_then(|v| {
            let n = r.count(v, &join(&cpath, "months"))?;
            let ok = (1..=120).contains(&n) && (i > 0 || n == 1);
            if !ok {
                let why = if i == 0 {
                    "the first commitment is the standard monthly one: `months = 1`"
                } else {
                    "use 1 to 120 months"
                };
                r.error(&v.span(), &join(&cpath, "months"), format!("{why}, found {n}"));
            }
            u32::try_from(n).ok().filter(|_| ok)
        });
        let discount_percent = match c.get("discount_percent") {
            None => Some(Price { value: PriceValue::Amount(Decimal::ZERO), source: ctx.source.clone() }),
            Some(d) => price(r, d, &join(&cpath, "discount_percent"), ctx).filter(|p| {
                let too_much = matches!(p.value, PriceValue::Amount(a) if a > Decimal::ONE_HUNDRED);
                if too_much {
                    r.error(&d.span(), &join(&cpath, "discount_percent"), "a discount is at most 100 percent");
                }
                !too_much
            }),
        };
        if let Some(id) = &id
            && out.iter().any(|o| o.id == *id)
        {
            r.error(&item.span(), &join(&cpath, "id"), format!("commitment `{id}` appears twice"));
        }
        if let (Some(id), Some(months), Some(discount_percent)) = (id, months, discount_percent) {
            out.push(Commitment { id, months, discount_percent });
        }
    }
    if list.is_empty() {
        r.error(span, &field, "at least the standard monthly commitment is needed");
    }
    (out.len() == list.len() && !out.is_empty()).then_some(out)
}
