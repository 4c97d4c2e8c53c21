//! Breakeven (with its fan when the scenario has ranges) and simulation, with their charts drawn
//! by the core: shown as SVG on their screens, and exported as SVG or PNG
//! ([`super::files::export_file`]) from the same [`breakeven_of`], [`fan_of`] and
//! [`simulation_of`].

use pricesim::breakeven::Breakeven;
use pricesim::catalog::Catalog;
use pricesim::chart::{self, Chart, Kind};
use pricesim::simulate::Simulation;
use pricesim::uncertainty::{FAN_SAMPLES, Fan};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::{Failure, FailureKind, catalog, scenario};
use crate::state::AppState;

/// An analysis and its chart.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Charted<T> {
    /// The core's answer.
    pub result: T,
    /// The chart, as SVG markup.
    pub svg: String,
}

/// Breakeven's screen: where plans cross along the axis and its chart, and for a scenario with
/// ranges each plan's cost along the same axis as a fan (docs/UNCERTAINTY.md, "Fan").
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct BreakevenScreen {
    /// Where the plans cross.
    pub result: Breakeven,
    /// The breakeven chart, as SVG markup.
    pub svg: String,
    /// The fan and its chart; `None` when every count of the scenario is a point.
    pub fan: Option<Charted<Fan>>,
    /// The crossings where the cheapest plan changes, by their place in `result.crossings`
    /// (`Breakeven::turns`): listed first, the others folded away.
    pub turns: Vec<usize>,
}

/// What a breakeven varies.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct BreakevenAsk {
    /// The scenario.
    pub text: String,
    /// The count varied.
    pub axis: String,
    /// Its first value.
    pub from: u64,
    /// Its last value.
    pub to: u64,
    /// The plans (all when empty).
    pub plans: Vec<String>,
}

/// What a simulation runs.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SimulationAsk {
    /// The scenario.
    pub text: String,
    /// Months.
    pub months: u32,
    /// Growth in percent a month.
    pub growth: String,
    /// The plans (all when empty).
    pub plans: Vec<String>,
}

/// Where plans cross along an axis, and its chart.
pub fn breakeven_of(ask: &BreakevenAsk, catalog: &Catalog) -> Result<(Breakeven, Chart), Failure> {
    let s = scenario(&ask.text, catalog)?;
    let key = pricesim::breakeven::axis(&ask.axis, catalog).map_err(|m| Failure::new(FailureKind::Pricing, m))?;
    let result = pricesim::breakeven::breakeven(catalog, &s, &key, (ask.from, ask.to), &ask.plans)
        .map_err(|e| Failure::new(FailureKind::Pricing, e))?;
    let chart = chart::breakeven_chart(&result, s.title());
    Ok((result, chart))
}

/// The fan along the breakeven's axis and its chart, each plan in its colour of the breakeven
/// chart (`order`, its plans); `None` when every count of the scenario is a point.
pub fn fan_of(ask: &BreakevenAsk, catalog: &Catalog, order: &[String]) -> Result<Option<(Fan, Chart)>, Failure> {
    let s = scenario(&ask.text, catalog)?;
    if !s.ranges.varies() {
        return Ok(None);
    }
    let key = pricesim::breakeven::axis(&ask.axis, catalog).map_err(|m| Failure::new(FailureKind::Pricing, m))?;
    let fan = pricesim::uncertainty::fan(catalog, &s, &key, (ask.from, ask.to), &ask.plans, FAN_SAMPLES)
        .map_err(|e| Failure::new(FailureKind::Pricing, e))?;
    let chart = chart::fan_chart(&fan, s.title(), order);
    Ok(Some((fan, chart)))
}

/// The plans of a breakeven in the order its chart colours them.
pub fn chart_order(b: &Breakeven) -> Vec<String> {
    b.curves.iter().map(|c| c.plan.clone()).collect()
}

/// A simulation, and its chart.
pub fn simulation_of(ask: &SimulationAsk, catalog: &Catalog) -> Result<(Simulation, Chart), Failure> {
    let s = scenario(&ask.text, catalog)?;
    let growth = pricesim::simulate::parse_growth(&ask.growth).map_err(|m| Failure::new(FailureKind::Pricing, m))?;
    if !(1..=600).contains(&ask.months) {
        return Err(Failure::new(FailureKind::Pricing, "simulate 1 to 600 months"));
    }
    let result = pricesim::simulate::simulate(catalog, &s, ask.months, growth, &ask.plans)
        .map_err(|e| Failure::new(FailureKind::Pricing, e))?;
    let chart = chart::simulation_chart(&result, s.title(), s.currency);
    Ok((result, chart))
}

/// Where plans cross along `axis` from `from` to `to`, on `plans` (all when empty), and the fan
/// along the same axis when the scenario has ranges.
#[tauri::command(async)]
pub fn breakeven(ask: BreakevenAsk, state: State<'_, AppState>) -> Result<BreakevenScreen, Failure> {
    let catalog = catalog(&state)?;
    let (result, chart) = breakeven_of(&ask, &catalog)?;
    let fan = match fan_of(&ask, &catalog, &chart_order(&result))? {
        Some((fan, chart)) => Some(Charted { result: fan, svg: svg(&chart)? }),
        None => None,
    };
    let turns = result.turns();
    Ok(BreakevenScreen { result, svg: svg(&chart)?, fan, turns })
}

/// `months` months from the scenario's, usage growing by `growth` percent a month.
#[tauri::command(async)]
pub fn simulate(ask: SimulationAsk, state: State<'_, AppState>) -> Result<Charted<Simulation>, Failure> {
    let (result, chart) = simulation_of(&ask, &*catalog(&state)?)?;
    Ok(Charted { result, svg: svg(&chart)? })
}

/// `chart` drawn as `kind`.
pub fn drawn(chart: &Chart, kind: Kind) -> Result<Vec<u8>, Failure> {
    chart::render(chart, kind).map_err(|e| Failure::new(FailureKind::Io, e))
}

/// A chart as SVG markup.
fn svg(c: &Chart) -> Result<String, Failure> {
    String::from_utf8(drawn(c, Kind::Svg)?).map_err(|e| Failure::new(FailureKind::Io, e))
}
