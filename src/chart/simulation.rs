//! A simulation's charts: each plan's cost month by month in the display currency and, for plans
//! with a prepaid wallet, the wallet's balance at each month's end with its top-ups marked; and
//! beside it each plan's cost to date (the running total), where a plan that pays more up front
//! and less later shows when it has caught up.

use rust_decimal::Decimal;

use super::{Chart, Marker, Palette, Panel, Series, Style};
use crate::money::Currency;
use crate::simulate::Simulation;
use crate::simulate::overview::{cumulative, monthly, order};
use crate::written::{count, money};

/// The chart of `sim`, titled after the scenario; costs in `currency` (the scenario's), each plan
/// in its colour of `palette`.
pub fn simulation_chart(sim: &Simulation, scenario: &str, currency: Currency, palette: &Palette) -> Chart {
    let (ticks, plans) = (ticks(sim), plans(sim));
    let lower = wallets(sim, &plans, palette, ticks.clone());
    let title = format!("{scenario}: cost per plan, month by month");
    let y_label = format!("Cost a month ({currency})");
    let (series, left_out) = lines(sim, &plans, palette, |plan| monthly(sim, plan));
    chart(sim, (title, y_label), ticks, currency, (series, left_out), lower)
}

/// Each plan's cost to date, month by month: the running total of the monthly chart's costs. A
/// plan's line stops at the first month whose cost is not known.
pub fn cumulative_chart(sim: &Simulation, scenario: &str, currency: Currency, palette: &Palette) -> Chart {
    let (ticks, plans) = (ticks(sim), plans(sim));
    let title = format!("{scenario}: cost to date per plan");
    let y_label = format!("Cost to date ({currency})");
    // The simulation's totals were added up without overflow, so no running total overflows.
    let lines = lines(sim, &plans, palette, |plan| cumulative(sim, plan).unwrap_or_default());
    chart(sim, (title, y_label), ticks, currency, lines, None)
}

/// The plans charted, in the simulation's order.
fn plans(sim: &Simulation) -> Vec<String> {
    order(sim).into_iter().map(|q| q.plan.clone()).collect()
}

/// A chart of the months: its lines and the plans they leave out (no cost known).
fn chart(
    sim: &Simulation,
    (title, y_label): (String, String),
    ticks: Vec<(u64, String)>,
    currency: Currency,
    (series, left_out): (Vec<Series>, Vec<&str>),
    lower: Option<Panel>,
) -> Chart {
    Chart {
        title,
        subtitle: subtitle(sim, &ticks, currency, &left_out),
        main: Panel {
            x_label: "Month".to_string(),
            y_label,
            x_ticks: ticks,
            symbol: currency.symbol().to_string(),
            series,
            markers: Vec::new(),
        },
        lower,
    }
}

/// The months as x ticks.
fn ticks(sim: &Simulation) -> Vec<(u64, String)> {
    sim.months.iter().enumerate().map(|(i, m)| (i as u64, m.month.to_string())).collect()
}

fn subtitle(sim: &Simulation, ticks: &[(u64, String)], currency: Currency, left_out: &[&str]) -> String {
    let mut subtitle =
        format!("{} months from {}; costs in {currency}", sim.months.len(), ticks.first().map_or("", |t| t.1.as_str()));
    if !left_out.is_empty() {
        subtitle.push_str(&format!("; cost not known in {currency}: {}", left_out.join(", ")));
    }
    subtitle
}

/// A line per plan of its `values` by month (the months whose value is known), dashed for a plan
/// whose cost is not known every month; and the plans with no known value at all, left out.
fn lines<'a>(
    sim: &Simulation,
    plans: &'a [String],
    palette: &Palette,
    values: impl Fn(&str) -> Vec<Option<Decimal>>,
) -> (Vec<Series>, Vec<&'a str>) {
    let mut left_out = Vec::new();
    let mut series = Vec::new();
    for plan in plans {
        let points: Vec<(u64, Decimal)> =
            values(plan).into_iter().enumerate().filter_map(|(n, v)| Some((n as u64, v?))).collect();
        if points.is_empty() {
            left_out.push(plan.as_str());
            continue;
        }
        let known = monthly(sim, plan).iter().all(Option::is_some);
        let i = palette.index(plan);
        series.push(Series {
            name: if known { plan.clone() } else { format!("{plan} (some months' cost not known)") },
            style: if known { Style::Plan(i) } else { Style::Incomplete(i) },
            parts: vec![points],
        });
    }
    (series, left_out)
}

/// The wallets' balances at each month's end, in the first wallet's currency, with their top-ups.
fn wallets(sim: &Simulation, plans: &[String], palette: &Palette, ticks: Vec<(u64, String)>) -> Option<Panel> {
    let wallet_currency = sim.months.iter().flat_map(|m| &m.quotes).find(|q| q.wallet.is_some())?.currency;
    let mut series = Vec::new();
    let mut markers: Vec<(Marker, Vec<String>)> = Vec::new();
    for plan in plans {
        let mut points = Vec::new();
        for (n, m) in sim.months.iter().enumerate() {
            let Some(q) = m.quotes.iter().find(|q| q.plan == *plan && q.currency == wallet_currency) else { continue };
            let Some(w) = &q.wallet else { continue };
            points.push((n as u64, w.closing));
            if !w.top_ups.is_empty() {
                let times = w.top_up_count();
                let what = format!(
                    "+{} ({} top-up{})",
                    money(w.topped_up(), wallet_currency),
                    count(times),
                    if times == 1 { "" } else { "s" }
                );
                // Wallets topped up alike in the same month share one label.
                match markers
                    .iter_mut()
                    .find(|m: &&mut (Marker, Vec<String>)| m.0.x == n as u64 && m.0.y == w.closing && m.0.label == what)
                {
                    Some((_, plans)) => plans.push(plan.to_string()),
                    None => markers
                        .push((Marker { x: n as u64, y: w.closing, label: what, major: true }, vec![plan.to_string()])),
                }
            }
        }
        if !points.is_empty() {
            series.push(Series {
                name: format!("{plan} wallet"),
                style: Style::Plan(palette.index(plan)),
                parts: vec![points],
            });
        }
    }
    Some(Panel {
        x_label: "Month".to_string(),
        y_label: format!("Wallet at month end ({wallet_currency})"),
        x_ticks: ticks,
        symbol: wallet_currency.symbol().to_string(),
        series,
        markers: markers
            .into_iter()
            .map(|(m, plans)| Marker { label: format!("{} {}", m.label, plans.join(", ")), ..m })
            .collect(),
    })
}
