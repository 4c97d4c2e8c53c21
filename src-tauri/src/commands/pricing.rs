//! Every plan priced for the scenario, ranked: what the comparison screen shows on each keystroke.

use pricesim::compare::Comparison;
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
}

/// Checks the scenario in `text` and prices it on every plan.
#[tauri::command]
pub fn compare(text: String, state: State<'_, AppState>) -> Result<Compared, Failure> {
    let catalog = catalog(&state)?;
    let s = scenario(&text, &catalog)?;
    let comparison =
        pricesim::compare::compare(&catalog, &s, &[]).map_err(|e| Failure::new(FailureKind::Pricing, e))?;
    Ok(Compared { scenario: s, comparison })
}
