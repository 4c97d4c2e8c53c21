//! TOML → [`RateCard`], reporting every problem of a card in one pass.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::Path;

use rust_decimal::Decimal;
use toml::de::{DeTable, DeValue};

use super::read::{Ctx, id, non_negative, price, provenance, term_ref, whole_minor_units};
use super::switch;
use super::wallet::{Paid, TopUp, WalletSpec};
use super::{
    Beyond, Charge, Meter, Packs, PaidBasis, Plan, Points, Provenance, Quantity, RateCard, Sale, Service, Statements,
    Status, TermKind, TermSpec, Tier, TierMode, Version, billing, work,
};
use crate::diag::{Diagnostics, Source, read_text, suggestion, whole_file};
use crate::money::{Currency, Rounding};
use crate::tomlread::{Reader, Value, join};
use crate::usage::{UsageKey, is_snake_case};
use crate::whatsapp::rules;
use crate::whatsapp::tables::{self, ReadFile, Tables};

/// The rate-card format this program reads.
pub const FORMAT: u64 = 1;

/// Reads the card at `path`; files it names (WhatsApp tables) are read relative to it.
pub fn load_file(path: &Path) -> Result<RateCard, Diagnostics> {
    load_with(path, &read_text(path, "the rate card")?, &|p| read_text(p, "a file the rate card names"))
}

/// Reads a card from `text`; `file` names it in messages. A card that names other files cannot
/// be read this way: use [`load_with`].
pub fn load_str(file: &Path, text: &str) -> Result<RateCard, Diagnostics> {
    load_with(file, text, &|p| Err(Diagnostics(vec![whole_file(p, "a card read from text cannot name other files")])))
}

/// Reads a card from `text`, with `files` to read the files it names (relative to `file`).
pub fn load_with(file: &Path, text: &str, files: ReadFile<'_>) -> Result<RateCard, Diagnostics> {
    let mut r = Reader::new(Source::new(file, text));
    let doc = r.parse()?;
    let root = doc.get_ref();
    let whole = doc.span();
    r.only_keys(root, "", &["format", "vendor", "name", "currency", "rounding", "terms", "whatsapp", "versions"]);

    r.format_number(root, &whole, "format", FORMAT, "format");
    let vendor = r.required(root, &whole, "", "vendor").and_then(|v| id(&mut r, v, "vendor")).unwrap_or_default();
    let name = match root.get("name") {
        Some(v) => r.string(v, "name").map(str::to_string).unwrap_or_default(),
        None => vendor.clone(),
    };
    let currency = r.required(root, &whole, "", "currency").and_then(|v| {
        let code = r.string(v, "currency")?;
        code.parse::<Currency>().map_err(|e| r.error(&v.span(), "currency", e)).ok()
    });
    let rounding = match root.get("rounding") {
        None => Rounding::default(),
        Some(v) => r
            .string(v, "rounding")
            .and_then(|s| {
                let parsed = Rounding::parse(s);
                if parsed.is_none() {
                    let hint = suggestion(s, Rounding::NAMES.iter().copied());
                    r.error(
                        &v.span(),
                        "rounding",
                        format!("unknown rounding `{s}`: use `half_away_from_zero` or `half_even`{hint}"),
                    );
                }
                parsed
            })
            .unwrap_or_default(),
    };
    let terms = root.get("terms").map(|v| terms(&mut r, v)).unwrap_or_default();
    let dir = file.parent().unwrap_or(Path::new(""));
    let whatsapp = root.get("whatsapp").map(|v| tables::read(&mut r, v, dir, files));

    let mut versions = Vec::new();
    if let Some(list) = r.required(root, &whole, "", "versions").and_then(|v| r.array(v, "versions")) {
        if list.is_empty() {
            r.error(&whole, "versions", "a rate card needs at least one version");
        }
        for (i, v) in list.iter().enumerate() {
            let path = format!("versions[{i}]");
            let tables = whatsapp.as_ref().map(Option::as_ref);
            let card = Card { terms: &terms, currency };
            if let Some(version) = r.table(v, &path).and_then(|t| version(&mut r, t, &v.span(), &path, &card, tables)) {
                if let Some(prev) = versions.last().map(|p: &Version| p.effective_from)
                    && version.effective_from <= prev
                {
                    r.error(&v.span(), &join(&path, "effective_from"), format!(
                            "versions must be in order of `effective_from` with no repeats: {} does not come after {prev}",
                            version.effective_from
                        ));
                }
                versions.push(version);
            }
        }
    }
    let card = currency.map(|currency| RateCard {
        file: file.to_path_buf(),
        vendor,
        name,
        currency,
        rounding,
        terms,
        versions,
        whatsapp: whatsapp.flatten(),
    });
    r.finish(card)
}

fn terms(r: &mut Reader<'_>, v: &Value<'_>) -> BTreeMap<String, TermSpec> {
    let mut out = BTreeMap::new();
    let Some(table) = r.table(v, "terms") else { return out };
    for (key, value) in table.iter() {
        let name: &str = key.get_ref();
        let path = join("terms", name);
        if !is_snake_case(name) {
            r.error(&key.span(), &path, format!("`{name}` is not a term name: use lower-case letters, digits and `_`"));
            continue;
        }
        let Some(t) = r.table(value, &path) else { continue };
        r.only_keys(t, &path, &["kind", "description", "values"]);
        let kind = r
            .required(t, &value.span(), &path, "kind")
            .and_then(|k| r.choice(k, &join(&path, "kind"), TermKind::NAMES));
        let description = r
            .required(t, &value.span(), &path, "description")
            .and_then(|d| r.string(d, &join(&path, "description")))
            .unwrap_or_default()
            .to_string();
        // A choice term lists its values; no other kind has any.
        let values = match (kind, t.get("values")) {
            (Some(TermKind::Choice), Some(v)) => {
                let field = join(&path, "values");
                r.array(v, &field)
                    .map(|items| items.iter().filter_map(|i| id(r, i, &field)).collect::<Vec<_>>())
                    .filter(|values| !values.is_empty())
            }
            (Some(TermKind::Choice), None) => {
                r.error(&value.span(), &join(&path, "values"), "a `choice` term lists its `values`");
                None
            }
            (_, Some(v)) => {
                r.error(&v.span(), &join(&path, "values"), "only a `choice` term has `values`");
                None
            }
            (_, None) => Some(Vec::new()),
        };
        if let (Some(kind), Some(values)) = (kind, values) {
            out.insert(name.to_string(), TermSpec { kind, description, values, position: key.span().start });
        }
    }
    out
}

/// What a version's parts need to know of the card while they are read.
struct Card<'a> {
    terms: &'a BTreeMap<String, TermSpec>,
    /// `None` when the card's own is wrong (reported).
    currency: Option<Currency>,
}

fn version(
    r: &mut Reader<'_>,
    t: &DeTable<'_>,
    span: &Range<usize>,
    path: &str,
    card: &Card<'_>,
    tables: Option<Option<&Tables>>,
) -> Option<Version> {
    let terms = card.terms;
    r.only_keys(
        t,
        path,
        &["effective_from", "source", "points_name", "points", "work", "plans", "whatsapp", "switches"],
    );
    let effective_from =
        r.required(t, span, path, "effective_from").and_then(|v| r.date(v, &join(path, "effective_from")));
    let source = r.required(t, span, path, "source").and_then(|v| provenance(r, v, &join(path, "source")));
    let points_name = match t.get("points_name") {
        Some(v) => r.string(v, &join(path, "points_name")).unwrap_or("points").to_string(),
        None => "points".to_string(),
    };
    let points = t.get("points").map(|v| points_table(r, v, &join(path, "points"))).unwrap_or_default();
    // Read the plans even when the source is broken, so their problems are reported in the same run.
    let fallback = Provenance { status: Status::Example, url: None, date: None, note: None };
    let version_work = t.get("work").map(|v| work::read(r, v, &join(path, "work"))).unwrap_or_default();
    let ctx = Ctx {
        terms,
        source: source.clone().unwrap_or(fallback),
        points: &points,
        work: version_work,
        currency: card.currency,
    };
    let mut plans: Vec<Plan> = Vec::new();
    if let Some(list) = r.required(t, span, path, "plans").and_then(|v| r.array(v, &join(path, "plans"))) {
        if list.is_empty() {
            r.error(span, &join(path, "plans"), "a version needs at least one plan");
        }
        for (i, v) in list.iter().enumerate() {
            let ppath = format!("{path}.plans[{i}]");
            let Some(plan) = r.table(v, &ppath).and_then(|pt| plan(r, pt, &v.span(), &ppath, &ctx)) else { continue };
            if plans.iter().any(|p| p.id == plan.id) {
                r.error(&v.span(), &join(&ppath, "id"), format!("plan `{}` appears twice in this version", plan.id));
            }
            plans.push(plan);
        }
    }
    // A card with WhatsApp tables states each version's rules; a card without them has none.
    let whatsapp = match (t.get("whatsapp"), tables) {
        (Some(v), Some(tables)) => Some(rules::read(r, v, &join(path, "whatsapp"), tables, terms)),
        (Some(v), None) => {
            r.error(&v.span(), &join(path, "whatsapp"), "WhatsApp rules need the card's `[whatsapp]` tables");
            None
        }
        (None, Some(_)) => {
            r.error(span, &join(path, "whatsapp"), "missing `whatsapp`: the rules of this pricing version");
            None
        }
        (None, None) => Some(None),
    };
    let (effective_from, mut whatsapp) = (effective_from?, whatsapp?);
    // Each quote and rated month under the version shows its warnings: written out once here.
    for w in whatsapp.iter_mut().flat_map(|rules| rules.warnings.iter_mut()) {
        *w = format!("WhatsApp pricing version {effective_from}: {w}");
    }
    let written = t.get("switches").map(|v| switch::read(r, v, &join(path, "switches"))).unwrap_or_default();
    let mut alternatives = Vec::new();
    let combinations = switch::combinations(&written);
    if combinations.len() >= switch::MAX_COMBINATIONS {
        let at = t.get("switches").map_or(span.clone(), |v| v.span());
        r.error(
            &at,
            &join(path, "switches"),
            format!("more than {} combinations of readings", switch::MAX_COMBINATIONS),
        );
    } else {
        for choice in combinations {
            let sets: Vec<&(String, &Value<'_>)> =
                written.iter().zip(&choice).filter_map(|(w, k)| w.sets.get(*k)).flatten().collect();
            let Some(table) = switch::patched(r, t, &sets, path) else { continue };
            let readings: Vec<String> = written
                .iter()
                .zip(&choice)
                .filter(|(_, k)| **k > 0)
                .filter_map(|(w, k)| w.switch.values.get(*k).map(|v| format!("{} = {}", w.switch.id, v.id)))
                .collect();
            let apath = format!("{path} (with {})", readings.join(", "));
            if let Some(version) = version(r, &table, span, &apath, card, tables) {
                alternatives.push(switch::Alternative { choice, version });
            }
        }
    }
    let switches = written.into_iter().map(|w| w.switch).collect();
    Some(Version { effective_from, source: source?, points_name, points, plans, whatsapp, switches, alternatives })
}

/// The points table; nested tables and dotted keys both name usage (`outcomes.agent.test_drive`).
fn points_table(r: &mut Reader<'_>, v: &Value<'_>, path: &str) -> BTreeMap<UsageKey, Points> {
    let mut out = BTreeMap::new();
    let Some(t) = r.table(v, path) else { return out };
    let mut flat = Vec::new();
    flatten(t, "", &mut flat);
    let mut seen = BTreeSet::new();
    for (name, value) in flat {
        let field = join(path, &name);
        // A dotted key (`"outcomes.agent.test_drive" = 1`) and a nested table can name the same
        // usage: neither may silently win.
        if !seen.insert(name.clone()) {
            r.error(&value.span(), &field, format!("`{name}` is given twice in this points table"));
            continue;
        }
        let key = match UsageKey::parse(&name) {
            Ok(k) if k.as_whatsapp().is_none() => k,
            Ok(_) => {
                r.error(&value.span(), &field, "WhatsApp traffic is priced by a `passthrough` charge, not in points");
                continue;
            }
            Err(e) => {
                r.error(&value.span(), &field, e);
                continue;
            }
        };
        let points = match value.get_ref() {
            DeValue::String(s) => match s.as_ref() {
                "included" => Some(Points::Included),
                "not_offered" => Some(Points::NotOffered),
                "unknown" => Some(Points::Unknown),
                other => {
                    let hint = suggestion(other, ["included", "not_offered", "unknown"]);
                    r.error(&value.span(), &field, format!(
                        "`{other}` is not a number of points: use a whole number, `included`, `not_offered` or `unknown`{hint}"
                    ));
                    None
                }
            },
            _ => r.count(value, &field).map(Points::Each),
        };
        if let Some(p) = points {
            out.insert(key, p);
        }
    }
    out
}

/// Collects the leaves of nested tables with their dotted names.
fn flatten<'t, 'i>(t: &'t DeTable<'i>, prefix: &str, out: &mut Vec<(String, &'t Value<'i>)>) {
    for (key, value) in t.iter() {
        let name = join(prefix, key.get_ref());
        match value.get_ref() {
            DeValue::Table(inner) => flatten(inner, &name, out),
            _ => out.push((name, value)),
        }
    }
}

fn plan(r: &mut Reader<'_>, t: &DeTable<'_>, span: &Range<usize>, path: &str, ctx: &Ctx<'_>) -> Option<Plan> {
    r.only_keys(t, path, &["id", "name", "charges", "wallet", "billing", "work"]);
    let id = r.required(t, span, path, "id").and_then(|v| id(r, v, &join(path, "id")));
    let name = r.required(t, span, path, "name").and_then(|v| r.string(v, &join(path, "name"))).map(str::to_string);
    let mut charges = Vec::new();
    if let Some(list) = r.required(t, span, path, "charges").and_then(|v| r.array(v, &join(path, "charges"))) {
        if list.is_empty() {
            r.error(span, &join(path, "charges"), "a plan needs at least one charge");
        }
        for (i, v) in list.iter().enumerate() {
            let cpath = format!("{path}.charges[{i}]");
            if let Some(c) = r.table(v, &cpath).and_then(|ct| charge(r, ct, &v.span(), &cpath, ctx)) {
                charges.push(c);
            }
        }
    }
    let wallet = match t.get("wallet") {
        None => Some(None),
        Some(w) => wallet(r, w, &join(path, "wallet"), ctx).map(Some),
    };
    let billing = match t.get("billing") {
        None => Some(None),
        Some(b) => billing::read(r, b, &join(path, "billing"), ctx).map(Some),
    };
    // Anniversary billing prices one subscription: one flat range charge, whose contacts
    // `per_paid` quotas count.
    let ranges = charges.iter().filter(|c| matches!(c, Charge::Tiered { mode: TierMode::Flat, .. })).count();
    let per_paid = charges.iter().any(|c| matches!(c, Charge::Quota { included: Quantity::PerPaid { .. }, .. }));
    match (t.get("billing"), ranges) {
        (Some(b), n) if n != 1 => {
            r.error(
                &b.span(),
                &join(path, "billing"),
                format!("anniversary billing prices one `flat` tiered charge (contact ranges); this plan has {n}"),
            );
        }
        (None, _) if per_paid => {
            r.error(span, &join(path, "charges"), "`per_paid` counts the contacts of a plan with `billing`");
        }
        _ => {}
    }
    // A wallet that pays one quota's overage names a quota the plan has.
    if let (Some(Some(spec)), Some(w)) = (&wallet, t.get("wallet")) {
        for meter in spec.pays.iter().filter_map(|p| match p {
            Paid::Meter(m) => Some(m),
            Paid::Code(_) => None,
        }) {
            let quota = charges.iter().any(|c| matches!(c, Charge::Quota { of, .. } if of.name() == meter));
            if !quota {
                r.error(
                    &w.span(),
                    &join(path, "wallet.pays"),
                    format!("the wallet pays the quota over `{meter}`, and the plan has no such quota"),
                );
            }
        }
    }
    let own_work = t.get("work").map(|v| work::read(r, v, &join(path, "work"))).unwrap_or_default();
    let all_read = t.get("charges").and_then(|v| v.get_ref().as_array()).is_some_and(|l| l.len() == charges.len());
    let mut plan = Plan { id: id?, name: name?, charges, wallet: wallet?, billing: billing?, work: Statements::new() };
    // With a charge unread, what the plan prices is not known: its own error is enough.
    if all_read {
        plan.work = work::settle(r, (span, path), &plan, ctx.points, (&ctx.work, &own_work));
    }
    Some(plan)
}

/// The longest delay a wallet may post usage with: a year (Woztell's is 3 days).
const MAX_LAG_DAYS: u32 = 366;

/// `wallet = { credit = "100.00", credit_term = "credit", pays = ["overage"], top_up = "when_used",
/// percent = "80", lag_days = 3, values = ["20", "50"] }`.
fn wallet(r: &mut Reader<'_>, v: &Value<'_>, path: &str, ctx: &Ctx<'_>) -> Option<WalletSpec> {
    let t = r.table(v, path)?;
    r.only_keys(t, path, &["credit", "credit_term", "pays", "top_up", "percent", "lag_days", "values", "note"]);
    let note = t.get("note").and_then(|n| r.string(n, &join(path, "note"))).map(str::to_string);
    let money = |r: &mut Reader<'_>, v: &Value<'_>, field: &str| {
        let d = non_negative(r, v, field)?;
        whole_minor_units(r, v, field, d, ctx.currency)
    };
    let credit = r.required(t, &v.span(), path, "credit").and_then(|c| money(r, c, &join(path, "credit")));
    let credit_term = match t.get("credit_term") {
        None => Some(None),
        Some(c) => term_ref(r, c, &join(path, "credit_term"), TermKind::Money, ctx).map(Some),
    };
    let pays = r.required(t, &v.span(), path, "pays").and_then(|p| {
        let field = join(path, "pays");
        let items = r.array(p, &field)?;
        let paid: Vec<Paid> = items.iter().filter_map(|i| paid(r, i, &field)).collect();
        (paid.len() == items.len()).then_some(paid)
    });
    let percent = r.required(t, &v.span(), path, "percent").and_then(|p| non_negative(r, p, &join(path, "percent")));
    let top_up = r.required(t, &v.span(), path, "top_up").and_then(|k| {
        let kind = r.choice(k, &join(path, "top_up"), &[("when_used", 0), ("safety_net", 1)])?;
        let percent = percent?;
        if percent > Decimal::ONE_HUNDRED {
            r.error(&v.span(), &join(path, "percent"), format!("`{percent}` is more than 100 percent"));
            return None;
        }
        Some(if kind == 0 { TopUp::WhenUsed { percent } } else { TopUp::SafetyNet { percent } })
    });
    let lag_days = match t.get("lag_days") {
        None => Some(0),
        Some(l) => r.count_up_to(l, &join(path, "lag_days"), MAX_LAG_DAYS.into()).and_then(|n| u32::try_from(n).ok()),
    };
    let values = match t.get("values") {
        None => Some(Vec::new()),
        Some(list) => {
            let field = join(path, "values");
            r.array(list, &field).and_then(|items| {
                let values: Vec<Decimal> = items.iter().filter_map(|i| money(r, i, &field)).collect();
                (values.len() == items.len()).then_some(values)
            })
        }
    };
    Some(WalletSpec {
        credit: credit?,
        credit_term: credit_term?,
        pays: pays?,
        top_up: top_up?,
        lag_days: lag_days?,
        values: values?,
        note,
    })
}

/// The line codes a wallet's `pays` may name; lines of other codes (the plan fee, a
/// subscription) are charged to the card directly.
const PAID_CODES: &[&str] = &["overage", "tier", "passthrough"];

/// One entry of a wallet's `pays`: a line code, or the meter of a quota whose overage it pays
/// (`points` or a usage name; the plan must have that quota, checked in [`plan`]).
fn paid(r: &mut Reader<'_>, v: &Value<'_>, field: &str) -> Option<Paid> {
    let name = r.string(v, field)?;
    if PAID_CODES.contains(&name) {
        return Some(Paid::Code(name.to_string()));
    }
    if name == "points" || UsageKey::parse(name).is_ok() {
        return Some(Paid::Meter(name.to_string()));
    }
    let hint = suggestion(name, PAID_CODES.iter().copied());
    r.error(
        &v.span(),
        field,
        format!("`{name}` is neither a line code (`overage`, `tier`, `passthrough`) nor a quota's meter such as `contacts.active`{hint}"),
    );
    None
}

const CHARGE_KINDS: &[&str] = &["recurring", "quota", "tiered", "passthrough"];

fn charge(r: &mut Reader<'_>, t: &DeTable<'_>, span: &Range<usize>, path: &str, ctx: &Ctx<'_>) -> Option<Charge> {
    let kind_value = r.required(t, span, path, "kind")?;
    let kind = r.string(kind_value, &join(path, "kind"))?;
    let description = |r: &mut Reader<'_>| -> Option<String> {
        r.required(t, span, path, "description")
            .and_then(|v| r.string(v, &join(path, "description")))
            .map(str::to_string)
    };
    match kind {
        "recurring" => {
            r.only_keys(t, path, &["kind", "description", "period", "amount"]);
            if let Some(p) = r.required(t, span, path, "period")
                && let Some(period) = r.string(p, &join(path, "period"))
                && period != "month"
            {
                r.error(
                    &p.span(),
                    &join(path, "period"),
                    format!("period `{period}` is not supported: recurring fees are billed per `month`"),
                );
            }
            let amount = r.required(t, span, path, "amount").and_then(|v| price(r, v, &join(path, "amount"), ctx));
            Some(Charge::Recurring { description: description(r)?, amount: amount? })
        }
        "quota" => {
            r.only_keys(
                t,
                path,
                &["kind", "description", "of", "included", "unit_price", "per", "minimum", "packs", "beyond", "unless"],
            );
            let of = r.required(t, span, path, "of").and_then(|v| meter(r, v, &join(path, "of"), ctx));
            let (included, included_source) = match t.get("included") {
                None => (Some(Quantity::Count(0)), None),
                Some(v) => match quantity(r, v, &join(path, "included"), ctx) {
                    Some((q, source)) => (Some(q), source),
                    None => (None, None),
                },
            };
            let unit_price =
                r.required(t, span, path, "unit_price").and_then(|v| price(r, v, &join(path, "unit_price"), ctx));
            let sale = sale(r, t, path, ctx);
            Some(Charge::Quota {
                description: description(r)?,
                of: of?,
                included: included?,
                unit_price: unit_price?,
                sale: sale?,
                included_source,
            })
        }
        "tiered" => {
            r.only_keys(t, path, &["kind", "description", "of", "mode", "tiers"]);
            let of = r.required(t, span, path, "of").and_then(|v| match meter(r, v, &join(path, "of"), ctx)? {
                Meter::Usage(k) => Some(k),
                Meter::Points => {
                    r.error(&v.span(), &join(path, "of"), "tiers are over one usage name, not `points`");
                    None
                }
            });
            let mode = r.required(t, span, path, "mode").and_then(|v| {
                let s = r.string(v, &join(path, "mode"))?;
                let mode = match s {
                    "graduated" => TierMode::Graduated,
                    "volume" => TierMode::Volume,
                    "flat" => TierMode::Flat,
                    _ => {
                        let hint = suggestion(s, ["graduated", "volume", "flat"]);
                        r.error(
                            &v.span(),
                            &join(path, "mode"),
                            format!("unknown mode `{s}`: use `graduated`, `volume` or `flat`{hint}"),
                        );
                        return None;
                    }
                };
                Some(mode)
            });
            let tiers = r.required(t, span, path, "tiers").and_then(|v| tiers(r, v, &join(path, "tiers"), mode, ctx));
            Some(Charge::Tiered { description: description(r)?, of: of?, mode: mode?, tiers: tiers? })
        }
        "passthrough" => {
            r.only_keys(t, path, &["kind", "description", "of", "from", "markup_percent"]);
            let service = r.required(t, span, path, "of").and_then(|v| {
                let s = r.string(v, &join(path, "of"))?;
                if s == "whatsapp" {
                    Some(Service::Whatsapp)
                } else {
                    r.error(
                        &v.span(),
                        &join(path, "of"),
                        format!("fees of `{s}` cannot be passed through: use `whatsapp`"),
                    );
                    None
                }
            });
            let from = r.required(t, span, path, "from").and_then(|v| id(r, v, &join(path, "from")));
            let markup_percent = match t.get("markup_percent") {
                None => Some(Decimal::ZERO),
                Some(v) => non_negative(r, v, &join(path, "markup_percent")),
            };
            Some(Charge::Passthrough {
                description: description(r)?,
                service: service?,
                from: from?,
                markup_percent: markup_percent?,
            })
        }
        other => {
            let hint = suggestion(other, CHARGE_KINDS.iter().copied());
            r.error(
                &kind_value.span(),
                &join(path, "kind"),
                format!("unknown charge kind `{other}`: use `recurring`, `quota`, `tiered` or `passthrough`{hint}"),
            );
            None
        }
    }
}

fn meter(r: &mut Reader<'_>, v: &Value<'_>, path: &str, ctx: &Ctx<'_>) -> Option<Meter> {
    let s = r.string(v, path)?;
    if s == "points" {
        if ctx.points.is_empty() {
            r.error(&v.span(), path, "`points` needs a `points` table in this version");
            return None;
        }
        return Some(Meter::Points);
    }
    match UsageKey::parse(s) {
        Ok(k) => Some(Meter::Usage(k)),
        Err(e) => {
            r.error(&v.span(), path, e);
            None
        }
    }
}

fn tiers(r: &mut Reader<'_>, v: &Value<'_>, path: &str, mode: Option<TierMode>, ctx: &Ctx<'_>) -> Option<Vec<Tier>> {
    let list = r.array(v, path)?;
    if list.is_empty() {
        r.error(&v.span(), path, "at least one tier is needed");
        return None;
    }
    let price_key = if mode == Some(TierMode::Flat) { "price" } else { "unit_price" };
    let mut out: Vec<Tier> = Vec::new();
    for (i, tv) in list.iter().enumerate() {
        let tpath = format!("{path}[{i}]");
        let Some(t) = r.table(tv, &tpath) else { continue };
        r.only_keys(t, &tpath, &["up_to", price_key]);
        let up_to = t.get("up_to").and_then(|u| r.count(u, &join(&tpath, "up_to")));
        let last = i + 1 == list.len();
        match (t.get("up_to").is_some(), last) {
            (false, false) => r.error(&tv.span(), &join(&tpath, "up_to"), "every tier but the last needs `up_to`"),
            (true, true) => r.error(&tv.span(), &join(&tpath, "up_to"), "the last tier is open: leave out `up_to`"),
            _ => {}
        }
        if let (Some(u), Some(Some(prev))) = (up_to, out.last().map(|p| p.up_to))
            && u <= prev
        {
            r.error(
                &tv.span(),
                &join(&tpath, "up_to"),
                format!("`up_to` must grow from tier to tier: {u} is not above {prev}"),
            );
        }
        let price =
            r.required(t, &tv.span(), &tpath, price_key).and_then(|p| price(r, p, &join(&tpath, price_key), ctx));
        if let Some(price) = price {
            out.push(Tier { up_to, price });
        }
    }
    (out.len() == list.len()).then_some(out)
}

/// How a quota's units beyond the included ones are sold: `per = 1000`, `minimum = 1000`,
/// `packs = "started" | "pro_rata"`, `beyond = "billed" | "stopped"`, `unless = "<choice term>"`.
fn sale(r: &mut Reader<'_>, t: &DeTable<'_>, path: &str, ctx: &Ctx<'_>) -> Option<Sale> {
    let default = Sale::default();
    let per = match t.get("per") {
        None => Some(default.per),
        Some(v) => r.count(v, &join(path, "per")).filter(|n| {
            if *n == 0 {
                r.error(&v.span(), &join(path, "per"), "a price is per 1 or more units");
            }
            *n > 0
        }),
    };
    let minimum = t.get("minimum").map_or(Some(default.minimum), |v| r.count(v, &join(path, "minimum")));
    let packs = t.get("packs").map_or(Some(default.packs), |v| {
        r.choice(v, &join(path, "packs"), &[("started", Packs::Started), ("pro_rata", Packs::ProRata)])
    });
    let stopped = t
        .get("beyond")
        .map_or(Some(false), |v| r.choice(v, &join(path, "beyond"), &[("billed", false), ("stopped", true)]));
    let unless = match t.get("unless") {
        None => Some(None),
        Some(v) if stopped == Some(true) => term_ref(r, v, &join(path, "unless"), TermKind::Choice, ctx).map(Some),
        Some(v) => {
            r.error(&v.span(), &join(path, "unless"), "`unless` names the term that lifts `beyond = \"stopped\"`");
            None
        }
    };
    let beyond = if stopped? { Beyond::Stopped { unless: unless? } } else { Beyond::Billed };
    Some(Sale { per: per?, minimum: minimum?, packs: packs?, beyond })
}

/// `3000`, `{ value = 10, source = {...} }` (a figure with its own provenance, returned beside
/// it), `{ term = "name" }` or `{ per_paid = 4, basis = "range" | "count" }`.
fn quantity(r: &mut Reader<'_>, v: &Value<'_>, path: &str, ctx: &Ctx<'_>) -> Option<(Quantity, Option<Provenance>)> {
    match v.get_ref() {
        DeValue::Table(t) if t.contains_key("per_paid") => {
            r.only_keys(t, path, &["per_paid", "basis"]);
            let times = t.get("per_paid").and_then(|n| r.count(n, &join(path, "per_paid")));
            let basis = t.get("basis").map_or(Some(PaidBasis::Range), |b| {
                r.choice(b, &join(path, "basis"), &[("range", PaidBasis::Range), ("count", PaidBasis::Count)])
            });
            Some((Quantity::PerPaid { times: times?, basis: basis? }, None))
        }
        DeValue::Table(t) if t.contains_key("value") => {
            r.only_keys(t, path, &["value", "source"]);
            let n = t.get("value").and_then(|n| r.count(n, &join(path, "value")));
            let source = r.required(t, &v.span(), path, "source").and_then(|s| provenance(r, s, &join(path, "source")));
            Some((Quantity::Count(n?), Some(source?)))
        }
        DeValue::Table(t) => {
            r.only_keys(t, path, &["term"]);
            let term = r.required(t, &v.span(), path, "term")?;
            term_ref(r, term, &join(path, "term"), TermKind::Count, ctx).map(|name| (Quantity::Term(name), None))
        }
        _ => r.count(v, path).map(|n| (Quantity::Count(n), None)),
    }
}

/// Every id in `cards` that is used twice, for the catalog's cross-file check.
pub(crate) fn duplicate_vendors<'a>(vendors: impl IntoIterator<Item = &'a str>) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    vendors.into_iter().filter(|v| !seen.insert(*v)).collect()
}
