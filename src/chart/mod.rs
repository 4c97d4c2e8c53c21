//! Charts as SVG or PNG (1200×700): first as data (what is drawn: series, markers, labels, in
//! exact decimals), which tests check, then drawn with plotters. Costs become `f64` only here, as
//! pixel coordinates, never as money.
//!
//! Text uses DejaVu Sans, compiled in (`assets/fonts`), so a PNG looks the same on every machine
//! with no system fonts; an SVG names the family and lets the viewer draw it.

mod breakeven;
mod draw;
mod fan;
mod palette;
mod simulation;

use rust_decimal::Decimal;

pub use breakeven::breakeven_chart;
pub use fan::fan_chart;
pub use palette::Palette;
pub use simulation::{cumulative_chart, simulation_chart};

/// Width and height in pixels.
pub const SIZE: (u32, u32) = (1200, 700);

/// The file format to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Scalable vector graphics (text).
    Svg,
    /// A PNG image.
    Png,
}

/// Everything a chart shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// The heading: the scenario and what is charted (`Dealer group NL: cost per plan, month by
    /// month`).
    pub title: String,
    /// A second line under it (what is held fixed, where prices are examples).
    pub subtitle: String,
    /// The upper panel, which every chart has: each plan's cost.
    pub main: Panel,
    /// A lower panel (a wallet's balance), when there is one.
    pub lower: Option<Panel>,
}

/// One plotting area with its axes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    /// The x axis's label, with its unit.
    pub x_label: String,
    /// The y axis's label, with its currency.
    pub y_label: String,
    /// Labels for x values, when the axis is not plain numbers (months): `(x, text)`.
    pub x_ticks: Vec<(u64, String)>,
    /// The currency symbol for y tick labels.
    pub symbol: String,
    /// The lines, drawn in this order (the envelope first, under the plans'), each in the legend.
    pub series: Vec<Series>,
    /// Points marked and labelled.
    pub markers: Vec<Marker>,
}

/// A named line, drawn as separate polylines where it jumps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    /// The legend's text.
    pub name: String,
    /// How it is drawn.
    pub style: Style,
    /// Polylines of `(x, y)`; a jump starts a new one.
    pub parts: Vec<Vec<(u64, Decimal)>>,
}

/// How a series is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// A plan's line, in its colour ([`Palette::index`]: the same on every chart).
    Plan(usize),
    /// A plan whose quote leaves usage out: dashed, in its colour.
    Incomplete(usize),
    /// The cheapest plan at each point: a wide pale band under the plans' lines.
    Envelope,
    /// A plan's spread, in its colour: each part a closed outline (lower edge
    /// left to right, upper edge back), filled pale. No legend of its own (its line has one).
    Band(usize),
    /// A stretch of the x axis shaded from top to bottom: the part's first and last `x`.
    Shade,
}

/// A point marked with a dot and a label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Where.
    pub x: u64,
    /// Where.
    pub y: Decimal,
    /// The text beside it (empty: a dot only).
    pub label: String,
    /// True for the points that matter most (the cheapest plan changes; a top-up).
    pub major: bool,
}

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the chart could not be drawn: {0}")]
pub struct ChartError(pub String);

/// `chart` drawn as `kind`.
pub fn render(chart: &Chart, kind: Kind) -> Result<Vec<u8>, ChartError> {
    draw::render(chart, kind)
}
