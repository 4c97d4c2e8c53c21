//! The rate cards and exchange rates in use, with their versions and provenance, and edited
//! copies of them: saved in the app's data folder (the shipped files are never overwritten),
//! checked before they are saved, used by the next quote at once.

use std::collections::BTreeMap;
use std::path::Path;

use pricesim::atomic::AtomicFile;
use pricesim::catalog::{Catalog, FX_FILE};
use pricesim::diag::{Diagnostics, read_text};
use pricesim::fx::Conversion;
use pricesim::ratecard::figures::{self, FigureEdit, PlanFigures};
use pricesim::ratecard::{Provenance, RateCard, TermKind};
use pricesim::userdata;
use serde::Serialize;
use tauri::State;

use super::{Failure, FailureKind, io};
use crate::state::{self, AppState};

/// Every card, and why edited cards could not be used, if so.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Cards {
    /// The cards in use, by vendor.
    pub cards: Vec<CardView>,
    /// The exchange rates.
    pub fx: FxView,
    /// A problem with the edited cards found at start-up (the shipped ones are used meanwhile).
    pub problem: Option<String>,
}

/// The exchange rates as the rate-card screen shows them: each pair's latest rate, and the file
/// to edit.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FxView {
    /// The file's name (`fx.toml`).
    pub file: String,
    /// True when this is the user's edited copy (or an import changed it).
    pub edited: bool,
    /// The file's TOML text.
    pub text: String,
    /// Each pair of currencies with a rate, in the order of the currencies' codes.
    pub pairs: Vec<FxPair>,
}

/// The rates held between two currencies (one direction, as written).
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FxPair {
    /// The newest rate, with its date and source.
    pub latest: Conversion,
    /// The first day a rate of the pair is dated.
    pub first: String,
    /// How many rates of the pair are held.
    pub rates: usize,
}

/// One card as the rate-card screen shows it.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CardView {
    /// Vendor id.
    pub vendor: String,
    /// Vendor name.
    pub name: String,
    /// Billing currency.
    pub currency: String,
    /// Its file name.
    pub file: String,
    /// True when this is the user's edited copy.
    pub edited: bool,
    /// The card's TOML text.
    pub text: String,
    /// Its versions, oldest first.
    pub versions: Vec<VersionView>,
    /// The contract terms a scenario may give under `[vendors.<vendor>]`.
    pub terms: Vec<TermView>,
    /// Each plan's figures, for the price form, version by version, oldest first.
    pub prices: Vec<PlanFigures>,
}

/// A contract term, for the scenario form.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TermView {
    /// Its name under `[vendors.<vendor>]` (`enterprise_fee`), the key the form writes.
    pub name: String,
    /// What kind of value it takes.
    pub kind: TermKind,
    /// What it means.
    pub description: String,
    /// A choice's values.
    pub values: Vec<String>,
}

/// One version of a card.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct VersionView {
    /// First day in force.
    pub effective_from: String,
    /// Where its prices come from.
    pub source: Provenance,
    /// Its plans as `(id, name)`.
    pub plans: Vec<(String, String)>,
}

/// The cards in use.
#[tauri::command]
pub fn ratecards(state: State<'_, AppState>) -> Result<Cards, Failure> {
    view(&state)
}

/// Checks `text` as `vendor`'s card and, when it loads, saves it as the edited copy and uses it.
#[tauri::command]
pub fn save_ratecard(vendor: String, text: String, state: State<'_, AppState>) -> Result<Cards, Failure> {
    save_copy(&state, &file_name(&vendor)?, &text, &|file, text| {
        pricesim::ratecard::load::load_with(file, text, &|p| read_text(p, "a file the rate card names")).map(drop)
    })
}

/// Writes the price form's `edits` into `vendor`'s card (the user's copy, or the shipped text
/// for the first edit) and saves it as [`save_ratecard`] does: checked, then used.
#[tauri::command]
pub fn save_prices(vendor: String, edits: Vec<FigureEdit>, state: State<'_, AppState>) -> Result<Cards, Failure> {
    let name = file_name(&vendor)?;
    let text = {
        let catalog = super::catalog(&state)?;
        let card = catalog
            .card(&vendor)
            .ok_or_else(|| Failure::new(FailureKind::Pricing, format!("no rate card `{vendor}`")))?;
        let (text, _) = copy_of(&state.cards_dir(), &name);
        figures::write(card, &text, &edits, pricesim::offer::today())?
    };
    save_ratecard(vendor, text, state)
}

/// Puts the shipped text of `vendor`'s card back.
#[tauri::command]
pub fn reset_ratecard(vendor: String, state: State<'_, AppState>) -> Result<Cards, Failure> {
    reset_copy(&state, &file_name(&vendor)?)
}

/// Checks `text` as the exchange rates (`fx.toml`) and, when it loads, saves it and uses it.
#[tauri::command]
pub fn save_fx_rates(text: String, state: State<'_, AppState>) -> Result<Cards, Failure> {
    save_copy(&state, FX_FILE, &text, &|file, text| {
        pricesim::fx::load_with(file, text, &|p| read_text(p, "a file the exchange rates name")).map(drop)
    })
}

/// Puts the shipped exchange rates back.
#[tauri::command]
pub fn reset_fx_rates(state: State<'_, AppState>) -> Result<Cards, Failure> {
    reset_copy(&state, FX_FILE)
}

/// Checks a file's text alone.
type Check<'a> = &'a dyn Fn(&Path, &str) -> Result<(), Diagnostics>;

/// Saves `text` as the user's copy of the shipped file `name` when `check` passes and the cards
/// load with it; the copy before is kept otherwise.
fn save_copy(state: &State<'_, AppState>, name: &str, text: &str, check: Check<'_>) -> Result<Cards, Failure> {
    let dir = state.cards_dir();
    copy_shipped(&dir)?;
    let file = dir.join(name);
    check(&file, text)?;
    let before = std::fs::read_to_string(&file).map_err(|e| io(&file, e))?;
    AtomicFile::write(&file, text.as_bytes()).map_err(|e| io(&file, e))?;
    if let Err(e) = reload(state) {
        // The file loads alone but not with the others (a vendor id used twice): keep the old one.
        AtomicFile::write(&file, before.as_bytes()).map_err(|e| io(&file, e))?;
        return Err(e);
    }
    view(state)
}

/// Puts the shipped text of the file `name` back, when the user has a copy of it.
fn reset_copy(state: &State<'_, AppState>, name: &str) -> Result<Cards, Failure> {
    let file = state.cards_dir().join(name);
    if file.exists() {
        let shipped =
            shipped_text(name).ok_or_else(|| Failure::new(FailureKind::Io, format!("no shipped file `{name}`")))?;
        AtomicFile::write(&file, shipped.as_bytes()).map_err(|e| io(&file, e))?;
        reload(state)?;
    }
    view(state)
}

/// The cards and exchange rates in use, as the screen shows them.
pub(super) fn view(state: &State<'_, AppState>) -> Result<Cards, Failure> {
    let catalog = super::catalog(state)?;
    let dir = state.cards_dir();
    let cards = catalog
        .cards()
        .iter()
        .map(|card| {
            let name = card.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let (text, edited) = copy_of(&dir, &name);
            CardView {
                vendor: card.vendor.clone(),
                name: card.name.clone(),
                currency: card.currency.code().to_string(),
                file: name,
                edited,
                text,
                versions: card
                    .versions
                    .iter()
                    .map(|v| VersionView {
                        effective_from: v.effective_from.to_string(),
                        source: v.source.clone(),
                        plans: v.plans.iter().map(|p| (p.id.clone(), p.name.clone())).collect(),
                    })
                    .collect(),
                terms: terms_in_card_order(card),
                prices: figures::of(card),
            }
        })
        .collect();
    let (text, edited) = copy_of(&dir, FX_FILE);
    let fx = FxView { file: FX_FILE.to_string(), edited, text, pairs: pairs(catalog.fx().rates()) };
    let problem = state.startup_problem.read().ok().and_then(|p| p.clone());
    Ok(Cards { cards, fx, problem })
}

/// The text of the file `name` as used (the user's copy in `dir`, or the shipped one), and
/// whether the copy differs from what shipped.
fn copy_of(dir: &Path, name: &str) -> (String, bool) {
    let copy = std::fs::read_to_string(dir.join(name)).ok();
    let shipped = shipped_text(name);
    let edited = copy.is_some() && copy != shipped;
    (copy.or(shipped).unwrap_or_default(), edited)
}

/// Each pair of currencies among `rates`: its newest rate, its first date and how many it has.
fn pairs<'a>(rates: impl Iterator<Item = &'a Conversion>) -> Vec<FxPair> {
    let mut by_pair: BTreeMap<(&str, &str), Vec<&Conversion>> = BTreeMap::new();
    for rate in rates {
        by_pair.entry((rate.from.code(), rate.to.code())).or_default().push(rate);
    }
    by_pair
        .into_values()
        .filter_map(|held| {
            let latest = held.iter().max_by_key(|r| r.date)?;
            let first = held.iter().map(|r| r.date).min()?;
            Some(FxPair { latest: (*latest).clone(), first: first.to_string(), rates: held.len() })
        })
        .collect()
}

/// The contract terms of `card`, in the order the card declares them.
fn terms_in_card_order(card: &RateCard) -> Vec<TermView> {
    let mut terms: Vec<_> = card.terms.iter().collect();
    terms.sort_by_key(|(_, t)| t.position);
    terms
        .into_iter()
        .map(|(name, t)| TermView {
            name: name.clone(),
            kind: t.kind,
            description: t.description.clone(),
            values: t.values.clone(),
        })
        .collect()
}

/// Loads the edited cards and puts them in use.
pub(super) fn reload(state: &State<'_, AppState>) -> Result<(), Failure> {
    let fresh = state::load(&state.data)?;
    let mut catalog = state.catalog.write().map_err(|_| super::broken())?;
    *catalog = fresh;
    if let Ok(mut p) = state.startup_problem.write() {
        *p = None;
    }
    Ok(())
}

/// The file name of `vendor`'s shipped card.
fn file_name(vendor: &str) -> Result<String, Failure> {
    let shipped = Catalog::shipped()?;
    let card =
        shipped.card(vendor).ok_or_else(|| Failure::new(FailureKind::Pricing, format!("no rate card `{vendor}`")))?;
    Ok(card.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
}

/// The shipped text of the card or table file `name` (relative to `ratecards/`).
fn shipped_text(name: &str) -> Option<String> {
    userdata::shipped_text(Path::new(name)).map(str::to_string)
}

/// The first edit copies every shipped file (cards, tables, rates) into the data folder, which
/// from then on is the folder quotes use (the core's rule, shared with the command line).
fn copy_shipped(dir: &Path) -> Result<(), Failure> {
    userdata::create_from_shipped(dir).map_err(|e| io(dir, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_listed_as_the_card_declares_them() {
        let catalog = Catalog::shipped().unwrap();
        let usercom = catalog.cards().iter().find(|c| c.vendor == "usercom").unwrap();
        let names: Vec<String> = terms_in_card_order(usercom).into_iter().map(|t| t.name).collect();
        assert_eq!(names, ["start", "term", "contacts_paid", "extra_emails"]);
    }
}
