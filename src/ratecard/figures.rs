//! The figures of a card a person changes in a form rather than in TOML: each plan's fees, unit
//! prices, tier prices, included counts and term discounts, listed from the loaded card with their
//! provenance, and written back into the card's text where they stand.
//!
//! Writing goes through `toml_edit`, so the comments, order and layout of the rest of the file are
//! kept; each changed figure becomes `{ value = …, source = { … } }` with the source its writer
//! gives it (`user`, "your figure", for a value the user changed). What is written is only text:
//! the caller checks it with the loader like any card written by hand, so no figure reaches a
//! quote without the same checks. Prices from contract terms are not listed (the scenario gives
//! them), nor points, wallets and Meta's tables (the TOML view and the imports edit those).

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use toml_edit::{DocumentMut, InlineTable, Item, TableLike, Value};

use super::{Charge, Price, PriceValue, Provenance, Quantity, RateCard, Status, TierMode, Version};
use crate::diag::{Diagnostic, Diagnostics, whole_file};

/// Where a figure stands in its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FigureAt {
    /// A recurring charge's monthly fee.
    Fee {
        /// The charge's index in the plan's `charges`.
        charge: usize,
    },
    /// A quota's included units.
    Included {
        /// The charge's index in the plan's `charges`.
        charge: usize,
    },
    /// A quota's price of each `per` units above the included ones.
    UnitPrice {
        /// The charge's index in the plan's `charges`.
        charge: usize,
    },
    /// A tier's price: of the whole range (flat tiers) or of each unit in it.
    Tier {
        /// The charge's index in the plan's `charges`.
        charge: usize,
        /// The tier's index in the charge's `tiers`.
        tier: usize,
    },
    /// A long-term commitment's discount in percent.
    Discount {
        /// The commitment's index in the plan's `billing.commitments`.
        commitment: usize,
    },
}

/// One figure of a plan, as the form shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Figure {
    /// Where it stands in the plan.
    pub at: FigureAt,
    /// Its place as the loader names it (`versions[1].plans[0].charges[2].unit_price`), so that a
    /// problem found when the edited card is checked can be shown beside it.
    pub field: String,
    /// The invoice line's text (`Extra Chatpoints`), or the commitment's id (`annual`).
    pub line: String,
    /// What the value counts: money in the card's currency, units, or percent.
    pub unit: FigureUnit,
    /// The units one unit price buys (`1000` for "per 1,000 emails"); 1 elsewhere.
    pub per: u64,
    /// A tier's first and last unit (`None`: open), for [`FigureAt::Tier`].
    #[cfg_attr(feature = "ts", ts(type = "[number, number | null] | null"))]
    pub range: Option<(u64, Option<u64>)>,
    /// The value as the card writes it (`"99.00"`, `"250"`), or `"unknown"`.
    pub value: String,
    /// Where it comes from.
    pub source: Provenance,
    /// False when the figure has its version's source rather than its own (judged by value: a
    /// figure whose own source equals its version's is shown as having the version's).
    pub own_source: bool,
}

/// What a figure's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum FigureUnit {
    /// An amount of the card's currency (a fee, a unit price, a range's price).
    Money,
    /// A count of units (a quota's included units).
    Count,
    /// A percentage (a term's discount).
    Percent,
}

/// A plan's figures, in the order its charges are written.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlanFigures {
    /// The version's index in the card.
    pub version: usize,
    /// The version's first day in force.
    pub effective_from: NaiveDate,
    /// The plan's index in its version.
    pub plan: usize,
    /// The plan's id.
    pub id: String,
    /// The plan's name.
    pub name: String,
    /// Its figures; a plan that only passes another card's fees on has none.
    pub figures: Vec<Figure>,
}

/// A figure changed in the form: its new value and source.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FigureEdit {
    /// The version's index in the card.
    pub version: usize,
    /// The plan's index in its version.
    pub plan: usize,
    /// Where the figure stands in the plan.
    pub at: FigureAt,
    /// The new value, as the card writes it (`"120.00"`, `"400"`, `"unknown"` for a price).
    pub value: String,
    /// Its status: `user` for the user's own figure, or one a card may write.
    pub status: Status,
    /// Where it comes from, in words; empty for none (a changed value then says what it was).
    pub note: String,
}

/// Every plan's figures in `card`, version by version, oldest first.
pub fn of(card: &RateCard) -> Vec<PlanFigures> {
    let mut out = Vec::new();
    for (v, version) in card.versions.iter().enumerate() {
        for (p, plan) in version.plans.iter().enumerate() {
            let base = format!("versions[{v}].plans[{p}]");
            let mut figures = Vec::new();
            for (c, charge) in plan.charges.iter().enumerate() {
                charge_figures(version, &base, c, charge, &mut figures);
            }
            for (k, commitment) in plan.billing.iter().flat_map(|b| b.commitments.iter().enumerate()).skip(1) {
                let field = format!("{base}.billing.commitments[{k}].discount_percent");
                let at = FigureAt::Discount { commitment: k };
                figures.extend(priced(
                    version,
                    at,
                    field,
                    &commitment.id,
                    FigureUnit::Percent,
                    &commitment.discount_percent,
                ));
            }
            out.push(PlanFigures {
                version: v,
                effective_from: version.effective_from,
                plan: p,
                id: plan.id.clone(),
                name: plan.name.clone(),
                figures,
            });
        }
    }
    out
}

/// The figures of one charge, `c`-th of its plan at `base`.
fn charge_figures(version: &Version, base: &str, c: usize, charge: &Charge, out: &mut Vec<Figure>) {
    let field = |name: &str| format!("{base}.charges[{c}].{name}");
    match charge {
        Charge::Recurring { description, amount } => {
            out.extend(priced(
                version,
                FigureAt::Fee { charge: c },
                field("amount"),
                description,
                FigureUnit::Money,
                amount,
            ));
        }
        Charge::Quota { description, included, unit_price, sale, included_source, .. } => {
            if let Quantity::Count(n) = included {
                let source = included_source.as_ref().unwrap_or(&version.source);
                let at = FigureAt::Included { charge: c };
                out.push(figure(version, at, field("included"), description, FigureUnit::Count, n.to_string(), source));
            }
            let at = FigureAt::UnitPrice { charge: c };
            if let Some(mut figure) =
                priced(version, at, field("unit_price"), description, FigureUnit::Money, unit_price)
            {
                figure.per = sale.per;
                out.push(figure);
            }
        }
        Charge::Tiered { description, mode, tiers, .. } => {
            let key = if *mode == TierMode::Flat { "price" } else { "unit_price" };
            let mut first = 1u64;
            for (t, tier) in tiers.iter().enumerate() {
                let at = FigureAt::Tier { charge: c, tier: t };
                if let Some(mut figure) = priced(
                    version,
                    at,
                    field(&format!("tiers[{t}].{key}")),
                    description,
                    FigureUnit::Money,
                    &tier.price,
                ) {
                    figure.range = Some((first, tier.up_to));
                    out.push(figure);
                }
                first = tier.up_to.map_or(first, |u| u.saturating_add(1));
            }
        }
        Charge::Passthrough { .. } => {}
    }
}

/// A figure for `price`, unless a contract term gives it.
fn priced(
    version: &Version,
    at: FigureAt,
    field: String,
    line: &str,
    unit: FigureUnit,
    price: &Price,
) -> Option<Figure> {
    let value = match &price.value {
        PriceValue::Amount(d) => d.to_string(),
        PriceValue::Unknown => "unknown".to_string(),
        PriceValue::Term(_) => return None,
    };
    Some(figure(version, at, field, line, unit, value, &price.source))
}

/// A figure of `version` with its value and source; one unit a price, no tier range.
fn figure(
    version: &Version,
    at: FigureAt,
    field: String,
    line: &str,
    unit: FigureUnit,
    value: String,
    source: &Provenance,
) -> Figure {
    Figure {
        at,
        field,
        line: line.to_string(),
        unit,
        per: 1,
        range: None,
        value,
        own_source: *source != version.source,
        source: source.clone(),
    }
}

/// `text`, the card `card` was loaded from, with `edits` written in; figures an edit leaves as
/// they were are not rewritten. `today` dates the user's own figures. Every edit that cannot be
/// written is reported, named by its figure's field.
pub fn write(card: &RateCard, text: &str, edits: &[FigureEdit], today: NaiveDate) -> Result<String, Diagnostics> {
    let mut doc: DocumentMut =
        text.parse().map_err(|e| Diagnostics(vec![whole_file(&card.file, format!("not valid TOML: {e}"))]))?;
    let plans = of(card);
    let mut problems = Vec::new();
    for edit in edits {
        let figure = plans
            .iter()
            .find(|p| p.version == edit.version && p.plan == edit.plan)
            .and_then(|p| p.figures.iter().find(|f| f.at == edit.at));
        let Some(figure) = figure else {
            problems.push(problem(
                card,
                &format!("versions[{}].plans[{}]", edit.version, edit.plan),
                "no such figure in this card",
            ));
            continue;
        };
        match written(figure, edit, today) {
            Ok(None) => {}
            Ok(Some(value)) => {
                if !put(&mut doc, edit, value) {
                    problems.push(problem(
                        card,
                        &figure.field,
                        "this figure is not written where the form can change it: edit the TOML",
                    ));
                }
            }
            Err((field, message)) => problems.push(problem(card, &format!("{}.{field}", figure.field), message)),
        }
    }
    if problems.is_empty() { Ok(doc.to_string()) } else { Err(Diagnostics(problems)) }
}

fn problem(card: &RateCard, field: &str, message: impl Into<String>) -> Diagnostic {
    Diagnostic { field: field.to_string(), ..whole_file(&card.file, message) }
}

/// The TOML value `edit` writes over `figure`, or `None` when it changes nothing; or the field
/// (`value`, `source.status`) that is wrong, and why.
fn written(figure: &Figure, edit: &FigureEdit, today: NaiveDate) -> Result<Option<Value>, (&'static str, String)> {
    let typed = edit.value.trim();
    let value = match figure.unit {
        FigureUnit::Count => {
            let n = typed.parse::<u64>().map_err(|_| ("value", format!("`{typed}` is not a count of units")))?;
            Value::from(i64::try_from(n).map_err(|_| ("value", format!("`{typed}` is too large")))?)
        }
        FigureUnit::Money | FigureUnit::Percent if typed == "unknown" => Value::from("unknown"),
        FigureUnit::Money | FigureUnit::Percent => {
            let d = Decimal::from_str(typed).map_err(|_| ("value", format!("`{typed}` is not a number")))?;
            if d.is_sign_negative() && !d.is_zero() {
                return Err(("value", format!("must not be negative, found `{typed}`")));
            }
            Value::from(d.to_string())
        }
    };
    let note = edit.note.trim();
    let same_note = note == figure.source.note.as_deref().unwrap_or("");
    if typed == figure.value && edit.status == figure.source.status && same_note {
        return Ok(None);
    }
    let source = match edit.status {
        Status::User => Provenance {
            status: Status::User,
            url: None,
            date: Some(today),
            note: Some(
                if note.is_empty() {
                    format!("the card said {} ({})", figure.value, figure.source.status)
                } else {
                    note.to_string()
                }
                .into(),
            ),
        },
        Status::Contract | Status::Estimate => {
            return Err(("source.status", format!("`{}` comes from a scenario, never from a card", edit.status)));
        }
        status => {
            let kept = &figure.source;
            if status == Status::Published && (kept.url.is_none() || kept.date.is_none()) {
                return Err((
                    "source.status",
                    "a published price needs the page and the day it was read: give them in the TOML, or mark it as your figure".to_string(),
                ));
            }
            Provenance { status, url: kept.url.clone(), date: kept.date, note: (!note.is_empty()).then(|| note.into()) }
        }
    };
    let mut s = InlineTable::new();
    s.insert("status", Value::from(source.status.to_string()));
    if let Some(url) = &source.url {
        s.insert("url", Value::from(url.as_ref()));
    }
    if let Some(date) = source.date {
        s.insert("date", Value::from(date.to_string()));
    }
    if let Some(note) = &source.note {
        s.insert("note", Value::from(note.as_ref()));
    }
    let mut t = InlineTable::new();
    t.insert("value", value);
    t.insert("source", Value::InlineTable(s));
    Ok(Some(Value::InlineTable(t)))
}

/// Writes `value` at `edit`'s place in `doc`, keeping the spacing around the value it replaces;
/// false when the card is not written in a shape this walk knows.
fn put(doc: &mut DocumentMut, edit: &FigureEdit, mut value: Value) -> bool {
    let Some(plan) = doc
        .get_mut("versions")
        .and_then(|v| nth(v, edit.version))
        .and_then(|v| v.get_mut("plans"))
        .and_then(|p| nth(p, edit.plan))
    else {
        return false;
    };
    let (table, key): (Option<&mut dyn TableLike>, &str) = match edit.at {
        FigureAt::Fee { charge } => (charge_at(plan, charge), "amount"),
        FigureAt::Included { charge } => (charge_at(plan, charge), "included"),
        FigureAt::UnitPrice { charge } => (charge_at(plan, charge), "unit_price"),
        FigureAt::Tier { charge, tier } => {
            let tier = charge_at(plan, charge).and_then(|c| c.get_mut("tiers")).and_then(|t| nth(t, tier));
            let key = match &tier {
                Some(t) if t.contains_key("price") => "price",
                _ => "unit_price",
            };
            (tier, key)
        }
        FigureAt::Discount { commitment } => {
            let commitments =
                plan.get_mut("billing").and_then(Item::as_table_like_mut).and_then(|b| b.get_mut("commitments"));
            (commitments.and_then(|c| nth(c, commitment)), "discount_percent")
        }
    };
    let Some(table) = table else { return false };
    match table.get_mut(key) {
        Some(slot) => {
            if let Some(old) = slot.as_value() {
                *value.decor_mut() = old.decor().clone();
            }
            *slot = Item::Value(value);
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
    true
}

/// The `charge`-th charge of `plan`.
fn charge_at(plan: &mut dyn TableLike, charge: usize) -> Option<&mut dyn TableLike> {
    plan.get_mut("charges").and_then(|c| nth(c, charge))
}

/// The `i`-th table of an array of tables, written `[[…]]` or inline.
fn nth(item: &mut Item, i: usize) -> Option<&mut dyn TableLike> {
    match item {
        Item::ArrayOfTables(a) => a.get_mut(i).map(|t| t as &mut dyn TableLike),
        Item::Value(Value::Array(a)) => a.get_mut(i)?.as_inline_table_mut().map(|t| t as &mut dyn TableLike),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::ratecard::load::load_str;

    const CARD: &str = r#"format = 1
vendor = "shop"
name = "Shop"
currency = "EUR"

[[versions]]
effective_from = "2026-01-01"
source = { status = "example", note = "made up" }

[versions.work]
outcomes = "not_offered"
whatsapp = "not_offered"
"email.sent" = "not_offered"
"agents.livechat" = "not_offered"

[[versions.plans]]
id = "base"
name = "Base"
# The fee is the one a sales rep changes.
charges = [
  { kind = "recurring", period = "month", description = "Base plan", amount = "99.00" },
  { kind = "quota", of = "contacts.active", included = 250, unit_price = { value = "0.18", source = { status = "published", url = "https://example.com", date = "2026-01-02" } }, per = 10, description = "Extra contacts" },
  { kind = "tiered", of = "contacts.database", mode = "flat", description = "Contacts", tiers = [
    { up_to = 1000, price = "49" }, { price = "unknown" } ] },
]
"#;

    fn card() -> RateCard {
        load_str(Path::new("shop.toml"), CARD).unwrap()
    }

    /// A shipped file the card names (Meta's tables), by its path under `ratecards/`.
    fn shipped(path: &Path) -> Result<String, Diagnostics> {
        let name = path.strip_prefix("ratecards").unwrap_or(path);
        crate::userdata::shipped_text(name)
            .map(str::to_string)
            .ok_or_else(|| Diagnostics(vec![whole_file(path, "not shipped")]))
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
    }

    fn edit(at: FigureAt, value: &str, status: Status) -> FigureEdit {
        FigureEdit { version: 0, plan: 0, at, value: value.to_string(), status, note: String::new() }
    }

    #[test]
    fn a_plans_figures_are_listed_with_their_sources_in_charge_order() {
        let plans = of(&card());
        assert_eq!(plans.len(), 1);
        let figures = &plans[0].figures;
        let listed: Vec<(&str, &str, Status, bool)> =
            figures.iter().map(|f| (f.field.as_str(), f.value.as_str(), f.source.status, f.own_source)).collect();
        assert_eq!(
            listed,
            [
                ("versions[0].plans[0].charges[0].amount", "99.00", Status::Example, false),
                ("versions[0].plans[0].charges[1].included", "250", Status::Example, false),
                ("versions[0].plans[0].charges[1].unit_price", "0.18", Status::Published, true),
                ("versions[0].plans[0].charges[2].tiers[0].price", "49", Status::Example, false),
                ("versions[0].plans[0].charges[2].tiers[1].price", "unknown", Status::Example, false),
            ]
        );
        assert_eq!(figures[2].per, 10);
        assert_eq!(figures[3].range, Some((1, Some(1000))));
        assert_eq!(figures[4].range, Some((1001, None)));
    }

    #[test]
    fn a_changed_fee_is_written_in_place_as_your_figure_and_the_rest_is_kept() {
        let edits = [edit(FigureAt::Fee { charge: 0 }, "120.00", Status::User)];
        let text = write(&card(), CARD, &edits, today()).unwrap();
        let expected = CARD.replace(
            r#"amount = "99.00" }"#,
            r#"amount = { value = "120.00", source = { status = "user", date = "2026-12-04", note = "the card said 99.00 (example)" } } }"#,
        );
        assert_eq!(text, expected);
        let reread = load_str(Path::new("shop.toml"), &text).unwrap();
        let fee = &of(&reread)[0].figures[0];
        assert_eq!((fee.value.as_str(), fee.source.status, fee.own_source), ("120.00", Status::User, true));
    }

    #[test]
    fn counts_tiers_and_unknown_prices_take_values_and_loads_again() {
        let edits = [
            edit(FigureAt::Included { charge: 1 }, "400", Status::User),
            edit(FigureAt::Tier { charge: 2, tier: 1 }, "79.50", Status::User),
            FigureEdit {
                note: "our contract, clause 4".into(),
                ..edit(FigureAt::UnitPrice { charge: 1 }, "0.15", Status::User)
            },
        ];
        let text = write(&card(), CARD, &edits, today()).unwrap();
        let figures = &of(&load_str(Path::new("shop.toml"), &text).unwrap())[0].figures;
        let values: Vec<&str> = figures.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(values, ["99.00", "400", "0.15", "49", "79.50"]);
        assert_eq!(figures[2].source.note.as_deref(), Some("our contract, clause 4"));
        assert!(text.contains("included = { value = 400, source = { status = \"user\""), "{text}");
    }

    #[test]
    fn an_edit_that_changes_nothing_leaves_the_text_as_it_was() {
        let edits =
            [FigureEdit { note: "made up".into(), ..edit(FigureAt::Fee { charge: 0 }, "99.00", Status::Example) }];
        assert_eq!(write(&card(), CARD, &edits, today()).unwrap(), CARD);
    }

    #[test]
    fn bad_values_and_statuses_are_named_by_field() {
        let edits = [
            edit(FigureAt::Fee { charge: 0 }, "12,50", Status::User),
            edit(FigureAt::Included { charge: 1 }, "-4", Status::User),
            edit(FigureAt::Tier { charge: 2, tier: 0 }, "50", Status::Published),
            edit(FigureAt::Tier { charge: 2, tier: 0 }, "50", Status::Estimate),
            edit(FigureAt::Fee { charge: 9 }, "1", Status::User),
        ];
        let problems = write(&card(), CARD, &edits, today()).unwrap_err().0;
        let named: Vec<(&str, &str)> = problems.iter().map(|p| (p.field.as_str(), p.message.as_str())).collect();
        assert_eq!(
            named,
            [
                ("versions[0].plans[0].charges[0].amount.value", "`12,50` is not a number"),
                ("versions[0].plans[0].charges[1].included.value", "`-4` is not a count of units"),
                (
                    "versions[0].plans[0].charges[2].tiers[0].price.source.status",
                    "a published price needs the page and the day it was read: give them in the TOML, or mark it as your figure"
                ),
                (
                    "versions[0].plans[0].charges[2].tiers[0].price.source.status",
                    "`estimate` comes from a scenario, never from a card"
                ),
                ("versions[0].plans[0]", "no such figure in this card"),
            ]
        );
    }

    #[test]
    fn every_shipped_plans_figures_can_be_written_back_unchanged_and_changed() {
        let catalog = crate::catalog::Catalog::shipped().unwrap();
        for card in catalog.cards() {
            let text = shipped(&card.file).unwrap();
            for plan in of(card) {
                for figure in &plan.figures {
                    let value = if figure.unit == FigureUnit::Count { "7" } else { "7.25" };
                    let edit = FigureEdit {
                        version: plan.version,
                        plan: plan.plan,
                        at: figure.at,
                        value: value.to_string(),
                        status: Status::User,
                        note: String::new(),
                    };
                    let written = write(card, &text, &[edit], today()).unwrap();
                    let reread = crate::ratecard::load::load_with(&card.file, &written, &shipped)
                        .unwrap_or_else(|e| panic!("{}: {}: {e}", card.vendor, figure.field));
                    let after =
                        of(&reread).into_iter().find(|p| p.version == plan.version && p.plan == plan.plan).unwrap();
                    let changed = after.figures.iter().find(|f| f.at == figure.at).unwrap();
                    assert_eq!(
                        (changed.value.as_str(), changed.source.status),
                        (value, Status::User),
                        "{}",
                        figure.field
                    );
                }
            }
        }
    }
}
