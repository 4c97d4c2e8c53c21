//! Breakeven (with its fan when the scenario has ranges) and simulation, with their charts drawn
//! by the core, each plan in its one colour (`chart::Palette`): shown as SVG on their screens,
//! and exported as SVG or PNG ([`super::files::export_file`]) from the same [`breakeven_of`],
//! [`fan_of`] and [`simulation_of`].

use pricesim::breakeven::Breakeven;
use pricesim::catalog::Catalog;
use pricesim::chart::{self, Chart, Kind, Palette};
use pricesim::simulate::overview::Overview;
use pricesim::simulate::{Growth, Simulation};
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
    /// The scenario's TOML, as the form holds it: the counts not varied stay as it gives them.
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
    /// The scenario's TOML, as the form holds it: its month is the first simulated.
    pub text: String,
    /// How many months are simulated, 1 to 600.
    pub months: u32,
    /// Growth in percent a month: every count's, unless its group has its own below.
    pub growth: String,
    /// The contacts' own growth (`None` or empty: `growth`).
    #[serde(default)]
    #[cfg_attr(test, ts(optional))]
    pub growth_contacts: Option<String>,
    /// The outcomes' own growth (`None` or empty: `growth`).
    #[serde(default)]
    #[cfg_attr(test, ts(optional))]
    pub growth_outcomes: Option<String>,
    /// The WhatsApp units' own growth (`None` or empty: `growth`).
    #[serde(default)]
    #[cfg_attr(test, ts(optional))]
    pub growth_whatsapp: Option<String>,
    /// The plans (all when empty).
    pub plans: Vec<String>,
}

impl SimulationAsk {
    /// The growth rates asked for, or the message of the first that is not a percentage.
    fn growth(&self) -> Result<Growth, Failure> {
        let rate = |field: &str, text: &str| {
            pricesim::simulate::parse_growth(text.trim()).map_err(|m| Failure::invalid(field, m))
        };
        let own = |field: &str, text: &Option<String>| {
            text.as_deref().filter(|t| !t.trim().is_empty()).map(|t| rate(field, t)).transpose()
        };
        Ok(Growth {
            all: rate("growth", &self.growth)?,
            contacts: own("growth_contacts", &self.growth_contacts)?,
            outcomes: own("growth_outcomes", &self.growth_outcomes)?,
            whatsapp: own("growth_whatsapp", &self.growth_whatsapp)?,
        })
    }
}

/// Simulation's screen: the months, the plans in their fixed order with the switch worth
/// making, and the two charts.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SimulationScreen {
    /// The core's answer.
    pub result: Simulation,
    /// Its plans in the table's order, and the switch (`simulate::overview`).
    pub overview: Overview,
    /// Each plan's cost month by month, as SVG markup.
    pub svg: String,
    /// Each plan's cost to date, as SVG markup.
    pub cumulative_svg: String,
}

/// A simulation's two charts.
pub struct SimulationCharts {
    /// Each plan's cost a month (with wallets).
    pub monthly: Chart,
    /// Each plan's cost to date.
    pub cumulative: Chart,
}

/// Where plans cross along an axis, and its chart.
pub fn breakeven_of(ask: &BreakevenAsk, catalog: &Catalog) -> Result<(Breakeven, Chart), Failure> {
    let s = scenario(&ask.text, catalog)?;
    let key = pricesim::breakeven::axis(&ask.axis, catalog).map_err(|m| Failure::invalid("axis", m))?;
    let result = pricesim::breakeven::breakeven(catalog, &s, &key, (ask.from, ask.to), &ask.plans)
        .map_err(|e| Failure::new(FailureKind::Pricing, e))?;
    let chart = chart::breakeven_chart(&result, s.title(), &Palette::new(catalog.plan_names()));
    Ok((result, chart))
}

/// The fan along the breakeven's axis and its chart, each plan in its colour (as on the breakeven
/// chart); `None` when every count of the scenario is a point.
pub fn fan_of(ask: &BreakevenAsk, catalog: &Catalog) -> Result<Option<(Fan, Chart)>, Failure> {
    let s = scenario(&ask.text, catalog)?;
    if !s.ranges.varies() {
        return Ok(None);
    }
    let key = pricesim::breakeven::axis(&ask.axis, catalog).map_err(|m| Failure::invalid("axis", m))?;
    let fan = pricesim::uncertainty::fan(catalog, &s, &key, (ask.from, ask.to), &ask.plans, FAN_SAMPLES)
        .map_err(|e| Failure::new(FailureKind::Pricing, e))?;
    let chart = chart::fan_chart(&fan, s.title(), &Palette::new(catalog.plan_names()));
    Ok(Some((fan, chart)))
}

/// A simulation, and its charts.
pub fn simulation_of(ask: &SimulationAsk, catalog: &Catalog) -> Result<(Simulation, SimulationCharts), Failure> {
    let s = scenario(&ask.text, catalog)?;
    let growth = ask.growth()?;
    if !(1..=600).contains(&ask.months) {
        return Err(Failure::invalid("months", "simulate 1 to 600 months"));
    }
    let result = pricesim::simulate::simulate(catalog, &s, ask.months, growth, &ask.plans)
        .map_err(|e| Failure::new(FailureKind::Pricing, e))?;
    let palette = Palette::new(catalog.plan_names());
    let charts = SimulationCharts {
        monthly: chart::simulation_chart(&result, s.title(), s.currency, &palette),
        cumulative: chart::cumulative_chart(&result, s.title(), s.currency, &palette),
    };
    Ok((result, charts))
}

/// Where plans cross along `axis` from `from` to `to`, on `plans` (all when empty), and the fan
/// along the same axis when the scenario has ranges.
#[tauri::command(async)]
pub fn breakeven(ask: BreakevenAsk, state: State<'_, AppState>) -> Result<BreakevenScreen, Failure> {
    let catalog = catalog(&state)?;
    let (result, chart) = breakeven_of(&ask, &catalog)?;
    let fan = match fan_of(&ask, &catalog)? {
        Some((fan, chart)) => Some(Charted { result: fan, svg: svg(&chart)? }),
        None => None,
    };
    let turns = result.turns();
    Ok(BreakevenScreen { result, svg: svg(&chart)?, fan, turns })
}

/// `months` months from the scenario's, usage growing by `growth` percent a month (or each group
/// of counts by its own).
#[tauri::command(async)]
pub fn simulate(ask: SimulationAsk, state: State<'_, AppState>) -> Result<SimulationScreen, Failure> {
    let (result, charts) = simulation_of(&ask, &*catalog(&state)?)?;
    let overview = Overview::of(&result).map_err(|e| Failure::new(FailureKind::Pricing, e))?;
    Ok(SimulationScreen { svg: svg(&charts.monthly)?, cumulative_svg: svg(&charts.cumulative)?, overview, result })
}

/// `chart` drawn as `kind`.
pub fn drawn(chart: &Chart, kind: Kind) -> Result<Vec<u8>, Failure> {
    chart::render(chart, kind).map_err(|e| Failure::new(FailureKind::Io, e))
}

/// A chart as SVG markup.
fn svg(c: &Chart) -> Result<String, Failure> {
    String::from_utf8(drawn(c, Kind::Svg)?).map_err(|e| Failure::new(FailureKind::Io, e))
}
