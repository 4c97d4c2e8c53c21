//! Breakeven and simulation, with their charts drawn as SVG by the core.

use pricesim::breakeven::Breakeven;
use pricesim::chart::{self, Kind};
use pricesim::simulate::Simulation;
use rust_decimal::Decimal;
use serde::Serialize;
use tauri::State;

use super::{Failure, catalog, scenario};
use crate::state::AppState;

/// An analysis and its chart.
#[derive(Serialize)]
pub struct Charted<T> {
    /// The core's answer.
    pub result: T,
    /// The chart, as SVG markup.
    pub svg: String,
}

/// Where plans cross along `axis` from `from` to `to`, on `plans` (all when empty).
#[tauri::command]
pub fn breakeven(
    text: String,
    axis: String,
    from: u64,
    to: u64,
    plans: Vec<String>,
    state: State<'_, AppState>,
) -> Result<Charted<Breakeven>, Failure> {
    let catalog = catalog(&state)?;
    let s = scenario(&text, &catalog)?;
    let key = pricesim::breakeven::axis(&axis, &catalog).map_err(|m| Failure::new("pricing", m))?;
    let result = pricesim::breakeven::breakeven(&catalog, &s, &key, (from, to), &plans)
        .map_err(|e| Failure::new("pricing", e))?;
    let svg = svg(&chart::breakeven_chart(&result, s.title()))?;
    Ok(Charted { result, svg })
}

/// `months` months from the scenario's, usage growing by `growth` percent a month.
#[tauri::command]
pub fn simulate(
    text: String,
    months: u32,
    growth: String,
    plans: Vec<String>,
    state: State<'_, AppState>,
) -> Result<Charted<Simulation>, Failure> {
    let catalog = catalog(&state)?;
    let s = scenario(&text, &catalog)?;
    let growth = pricesim::tomlread::parse_decimal(&growth)
        .filter(|g| *g > -Decimal::ONE_HUNDRED)
        .ok_or_else(|| Failure::new("pricing", format!("`{growth}` is not a growth in percent above -100")))?;
    if !(1..=600).contains(&months) {
        return Err(Failure::new("pricing", "simulate 1 to 600 months"));
    }
    let result =
        pricesim::simulate::simulate(&catalog, &s, months, growth, &plans).map_err(|e| Failure::new("pricing", e))?;
    let svg = svg(&chart::simulation_chart(&result, s.title(), s.currency))?;
    Ok(Charted { result, svg })
}

/// A chart as SVG markup.
pub fn svg(c: &chart::Chart) -> Result<String, Failure> {
    let bytes = chart::render(c, Kind::Svg).map_err(|e| Failure::new("io", e))?;
    String::from_utf8(bytes).map_err(|e| Failure::new("io", e))
}
