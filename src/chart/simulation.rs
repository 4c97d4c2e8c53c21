//! A simulation's chart: each plan's cost month by month in the display currency and, for plans
//! with a prepaid wallet, the wallet's balance at each month's end with its top-ups marked.

use rust_decimal::Decimal;

use super::{Chart, Marker, Panel, Series, Style};
use crate::money::Currency;
use crate::simulate::Simulation;
use crate::written::{count, money};

/// The chart of `sim`, titled after the scenario; costs in `currency` (the scenario's).
pub fn simulation_chart(sim: &Simulation, scenario: &str, currency: Currency) -> Chart {
    let ticks: Vec<(u64, String)> =
        sim.months.iter().enumerate().map(|(i, m)| (i as u64, m.month.to_string())).collect();
    let mut plans: Vec<&str> = sim.totals.iter().map(|t| t.plan.as_str()).collect();
    plans.sort_unstable();
    let mut left_out = Vec::new();
    let mut series = Vec::new();
    for (i, plan) in plans.iter().enumerate() {
        let points: Vec<(u64, Decimal)> = sim
            .months
            .iter()
            .enumerate()
            .filter_map(|(n, m)| {
                let q = m.quotes.iter().find(|q| q.plan == *plan)?;
                Some((n as u64, q.cost.as_ref()?.total))
            })
            .collect();
        if points.is_empty() {
            left_out.push(*plan);
            continue;
        }
        let incomplete = sim.totals.iter().any(|t| t.plan == *plan && t.cost.is_none());
        series.push(Series {
            name: if incomplete { format!("{plan} (some months' cost not known)") } else { plan.to_string() },
            style: if incomplete { Style::Incomplete(i) } else { Style::Plan(i) },
            parts: vec![points],
        });
    }
    let mut subtitle =
        format!("{} months from {}; costs in {currency}", sim.months.len(), ticks.first().map_or("", |t| t.1.as_str()));
    if !left_out.is_empty() {
        subtitle.push_str(&format!("; cost not known in {currency}: {}", left_out.join(", ")));
    }
    Chart {
        title: format!("{scenario}: cost per plan, month by month"),
        subtitle,
        main: Panel {
            x_label: "Month".to_string(),
            y_label: format!("Cost a month ({currency})"),
            x_ticks: ticks.clone(),
            symbol: currency.symbol().to_string(),
            series,
            markers: Vec::new(),
        },
        lower: wallets(sim, &plans, ticks),
    }
}

/// The wallets' balances at each month's end, in the first wallet's currency, with their top-ups.
fn wallets(sim: &Simulation, plans: &[&str], ticks: Vec<(u64, String)>) -> Option<Panel> {
    let wallet_currency = sim.months.iter().flat_map(|m| &m.quotes).find(|q| q.wallet.is_some())?.currency;
    let mut series = Vec::new();
    let mut markers: Vec<(Marker, Vec<String>)> = Vec::new();
    for (i, plan) in plans.iter().enumerate() {
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
            series.push(Series { name: format!("{plan} wallet"), style: Style::Plan(i), parts: vec![points] });
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
