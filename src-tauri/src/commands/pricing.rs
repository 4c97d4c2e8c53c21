//! Every plan priced for the scenario, ranked: what the comparison screen shows on each keystroke.

use std::collections::BTreeMap;

use pricesim::compare::Comparison;
use pricesim::quote::{InHouseNeed, PayeeTotal, Warning, WarningKind};
use pricesim::scenario::Scenario;
use serde::Serialize;
use tauri::State;

use super::{Failure, FailureKind, catalog, scenario};
use crate::state::AppState;

/// The scenario as the core read it (for the form, after opening a file), and its comparison.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Compared {
    /// The checked scenario.
    pub scenario: Scenario,
    /// Every plan priced and ranked.
    pub comparison: Comparison,
    /// For each plan that does not rank, the core's words for why (`Quote::why_unranked`), less
    /// the work it does not offer: `needs` says what to enter for that.
    pub reasons: BTreeMap<String, Vec<String>>,
    /// For each plan that does not rank, the in-house costs that would rank it
    /// (`Quote::in_house_needed`): the form offers to go to their fields.
    pub needs: BTreeMap<String, Vec<InHouseNeed>>,
    /// For each plan, what each payee's lines add up to (`Quote::payee_totals`).
    pub totals: BTreeMap<String, Vec<PayeeTotal>>,
}

impl Compared {
    /// The comparison of `scenario`, with what its unranked plans need.
    pub fn of(scenario: Scenario, comparison: Comparison) -> Result<Compared, Failure> {
        let unranked = || comparison.quotes.iter().filter(|q| !q.ranks());
        let answered = |w: &&Warning| w.kind == WarningKind::NotOffered;
        let reasons = unranked()
            .map(|q| (q.plan.clone(), q.why_unranked().filter(|w| !answered(w)).map(|w| w.message.clone()).collect()))
            .collect();
        let needs = unranked().map(|q| (q.plan.clone(), q.in_house_needed())).filter(|(_, n)| !n.is_empty()).collect();
        let totals = comparison
            .quotes
            .iter()
            .map(|q| Ok((q.plan.clone(), q.payee_totals()?)))
            .collect::<Result<_, pricesim::money::MoneyError>>()
            .map_err(|e| Failure::new(FailureKind::Pricing, e))?;
        Ok(Compared { scenario, comparison, reasons, needs, totals })
    }
}

/// Checks the scenario in `text` and prices it on every plan.
#[tauri::command]
pub fn compare(text: String, state: State<'_, AppState>) -> Result<Compared, Failure> {
    let catalog = catalog(&state)?;
    let s = scenario(&text, &catalog)?;
    let comparison =
        pricesim::compare::compare(&catalog, &s, &[]).map_err(|e| Failure::new(FailureKind::Pricing, e))?;
    Compared::of(s, comparison)
}
