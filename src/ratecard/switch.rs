//! Assumption switches: an unverified rule or price a version rests on, named, with the other
//! readings it could have (docs/RATECARDS.md, "Assumption switches"). Each value other than the
//! first (the card's own reading) sets keys of the version; the loader reads every combination
//! of a version's values as a whole version of its own, with the same checks, so a reading that
//! does not make a valid version is an error at the line of the key it sets.

use std::borrow::Cow;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::Version;
use crate::tomlread::{Reader, Value, join};

/// The most combinations of one version's switches: each is a version read and kept.
pub const MAX_COMBINATIONS: usize = 64;

/// A rule or price the version rests on that nobody has confirmed.
#[derive(Debug, Clone, PartialEq)]
pub struct Switch {
    /// Lower-case id (`service_allowance`).
    pub id: String,
    /// What is not known, as a question for people.
    pub question: String,
    /// The readings: the first is the card's own, the one quotes use.
    pub values: Vec<Reading>,
}

/// One reading of a switch.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// Lower-case id (`applied`).
    pub id: String,
    /// For people (`1,000 free service messages a month`).
    pub label: String,
}

/// The version under a combination of its switches' readings: `choice[k]` is the reading of
/// switch `k`, never all zero (that is the version itself).
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    /// The reading of each switch, by position.
    pub choice: Vec<usize>,
    /// The version read with those readings' keys set.
    pub version: Version,
}

/// A switch as written, with the keys each reading sets.
pub(super) struct Written<'t, 'i> {
    pub(super) switch: Switch,
    /// Per reading: the dotted keys it sets and their values.
    pub(super) sets: Vec<Vec<(String, &'t Value<'i>)>>,
}

/// Reads `[[versions.switches]]`.
pub(super) fn read<'t, 'i>(r: &mut Reader<'_>, v: &'t Value<'i>, path: &str) -> Vec<Written<'t, 'i>> {
    let mut out: Vec<Written<'t, 'i>> = Vec::new();
    let Some(list) = r.array(v, path) else { return out };
    for (i, item) in list.iter().enumerate() {
        let p = format!("{path}[{i}]");
        let Some(t) = r.table(item, &p) else { continue };
        r.only_keys(t, &p, &["id", "question", "values"]);
        let id = r.required(t, &item.span(), &p, "id").and_then(|v| super::read::id(r, v, &join(&p, "id")));
        let question = r.required(t, &item.span(), &p, "question").and_then(|v| r.string(v, &join(&p, "question")));
        let question = question.map(str::to_string);
        let vpath = join(&p, "values");
        let mut values = Vec::new();
        let mut sets = Vec::new();
        if let Some(list) = r.required(t, &item.span(), &p, "values").and_then(|v| r.array(v, &vpath)) {
            if list.len() < 2 {
                r.error(&item.span(), &vpath, "a switch needs the card's reading and at least one other");
            }
            for (k, value) in list.iter().enumerate() {
                let vp = format!("{vpath}[{k}]");
                let Some(vt) = r.table(value, &vp) else { continue };
                r.only_keys(vt, &vp, &["id", "label", "set"]);
                let id = r.required(vt, &value.span(), &vp, "id").and_then(|v| super::read::id(r, v, &join(&vp, "id")));
                let label = r.required(vt, &value.span(), &vp, "label").and_then(|v| r.string(v, &join(&vp, "label")));
                let set = match (k, vt.get("set")) {
                    (0, Some(s)) => {
                        r.error(&s.span(), &join(&vp, "set"), "the first reading is the card's own: it sets nothing");
                        Vec::new()
                    }
                    (0, None) => Vec::new(),
                    (_, Some(s)) => match r.table(s, &join(&vp, "set")) {
                        Some(st) => r.leaves(st, &join(&vp, "set"), &|_| false),
                        None => Vec::new(),
                    },
                    (_, None) => {
                        r.error(&value.span(), &join(&vp, "set"), "missing `set`: the keys this reading changes");
                        Vec::new()
                    }
                };
                if let (Some(id), Some(label)) = (id, label) {
                    values.push(Reading { id, label: label.to_string() });
                    sets.push(set);
                }
            }
        }
        if let (Some(id), Some(question)) = (id, question)
            && values.len() >= 2
        {
            if out.iter().any(|w| w.switch.id == id) {
                r.error(&item.span(), &join(&p, "id"), format!("switch `{id}` appears twice in this version"));
                continue;
            }
            // Two switches setting one key would make a combination's value depend on their order.
            let keys = |sets: &Vec<Vec<(String, &Value<'_>)>>| -> Vec<String> {
                sets.iter().flatten().map(|(k, _)| k.clone()).collect()
            };
            let mine = keys(&sets);
            if let Some((other, key)) = out.iter().find_map(|w| {
                keys(&w.sets)
                    .into_iter()
                    .find(|k| mine.iter().any(|m| overlaps(m, k)))
                    .map(|k| (w.switch.id.clone(), k))
            }) {
                r.error(
                    &item.span(),
                    &join(&p, "values"),
                    format!("switch `{other}` sets `{key}` too: a key belongs to one switch"),
                );
                continue;
            }
            out.push(Written { switch: Switch { id, question, values }, sets });
        }
    }
    out
}

/// True when one dotted key is the other or holds it (`whatsapp` and `whatsapp.free_tier`).
fn overlaps(a: &str, b: &str) -> bool {
    let inside = |x: &str, y: &str| x == y || x.starts_with(&format!("{y}."));
    inside(a, b) || inside(b, a)
}

/// Every combination of the switches' readings but the card's own (all zero), in order.
pub(super) fn combinations(switches: &[Written<'_, '_>]) -> Vec<Vec<usize>> {
    let mut all: Vec<Vec<usize>> = vec![Vec::new()];
    for w in switches {
        all = all
            .into_iter()
            .flat_map(|c| (0..w.switch.values.len()).map(move |k| [c.clone(), vec![k]].concat()))
            .collect();
    }
    all.into_iter().filter(|c| c.iter().any(|k| *k > 0)).collect()
}

/// `table` (a version's) with the keys `sets` give set, `switches` removed; a key is a dotted path
/// through tables (`whatsapp.free_tier`). A path through something that is not a table is an
/// error at the key that sets it.
pub(super) fn patched<'i>(
    r: &mut Reader<'_>,
    table: &DeTable<'i>,
    sets: &[&(String, &Value<'i>)],
    path: &str,
) -> Option<DeTable<'i>> {
    let mut out = table.clone();
    out.remove("switches");
    let mut ok = true;
    for (key, value) in sets {
        if !set(&mut out, key, value, value.span()) {
            r.error(&value.span(), &join(path, key), format!("`{key}` does not name a key of a table in this version"));
            ok = false;
        }
    }
    ok.then_some(out)
}

fn set<'i>(table: &mut DeTable<'i>, key: &str, value: &Value<'i>, span: Range<usize>) -> bool {
    match key.split_once('.') {
        None => {
            table.insert(Spanned::new(span, Cow::Owned(key.to_string())), value.clone());
            true
        }
        Some((head, rest)) => match table.get_mut(head).map(|v| v.get_mut()) {
            Some(DeValue::Table(inner)) => set(inner, rest, value, span),
            Some(_) => false,
            None => {
                let mut inner = DeTable::new();
                let made = set(&mut inner, rest, value, span.clone());
                table.insert(
                    Spanned::new(span.clone(), Cow::Owned(head.to_string())),
                    Spanned::new(span, DeValue::Table(inner)),
                );
                made
            }
        },
    }
}
