//! A fan's chart: each plan's P10-to-P90 band along the axis, pale in the plan's colour, its
//! median as the plan's line, and the axis count's own range in the scenario shaded.

use super::breakeven::{axis_words, span_words};
use super::{Chart, Palette, Panel, Series, Style};
use crate::uncertainty::{Fan, FanPlan, FanPoint};
use crate::written::count;

/// The chart of `f`, titled after the scenario, each plan in its colour of `palette` (as on the
/// breakeven chart and every other).
pub fn fan_chart(f: &Fan, scenario: &str, palette: &Palette) -> Chart {
    let mut series = Vec::new();
    if let Some(r) = &f.range {
        let (low, high) = (r.low.clamp(f.from, f.to), r.high.clamp(f.from, f.to));
        series.push(Series {
            name: format!("range in the scenario ({} to {})", count(r.low), count(r.high)),
            style: Style::Shade,
            parts: vec![vec![(low, rust_decimal::Decimal::ZERO), (high, rust_decimal::Decimal::ZERO)]],
        });
    }
    for p in &f.plans {
        let i = palette.index(&p.plan);
        let runs = runs(p, &f.points);
        series.push(Series {
            name: String::new(),
            style: Style::Band(i),
            parts: runs
                .iter()
                .map(|run| {
                    let lower = run.iter().map(|q| (q.at, q.band.p10));
                    lower.chain(run.iter().rev().map(|q| (q.at, q.band.p90))).collect()
                })
                .collect(),
        });
        series.push(Series {
            name: p.plan.clone(),
            style: Style::Plan(i),
            parts: runs.iter().map(|run| run.iter().map(|q| (q.at, q.band.p50)).collect()).collect(),
        });
    }
    let spread = if f.samples > 1 {
        format!(
            "P10 to P90 of {} months sampled from the other ranges at each point, the median as the line",
            count(u64::from(f.samples))
        )
    } else {
        "no other count is a range: each plan's cost, with no spread".to_string()
    };
    Chart {
        title: format!("{scenario}: cost a month by {}, over the ranges", axis_words(&f.axis)),
        subtitle: format!("{}; {spread}; costs in {}", span_words(&f.axis, f.from, f.to), f.currency),
        main: Panel {
            x_label: format!("{} (count)", axis_words(&f.axis)),
            y_label: format!("Cost a month ({})", f.currency),
            x_ticks: Vec::new(),
            symbol: f.currency.symbol().to_string(),
            series,
            markers: Vec::new(),
        },
        lower: None,
    }
}

/// A plan's points split where it does not rank at one of the axis's points, so no band
/// bridges a stretch where the plan has no cost.
fn runs<'a>(p: &'a FanPlan, axis: &[u64]) -> Vec<&'a [FanPoint]> {
    let next = |at: u64| axis.iter().position(|&x| x == at).and_then(|i| axis.get(i.saturating_add(1))).copied();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, pair) in p.points.windows(2).enumerate() {
        if let [a, b] = pair
            && next(a.at) != Some(b.at)
        {
            out.extend(p.points.get(start..=i));
            start = i.saturating_add(1);
        }
    }
    out.extend(p.points.get(start..).filter(|r| !r.is_empty()));
    out
}
