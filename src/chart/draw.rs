//! Drawing a [`Chart`] with plotters, on an SVG string or an RGB buffer encoded as PNG.

use std::sync::OnceLock;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::series::DashedLineSeries;
use plotters::style::FontStyle;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::palette::{ENVELOPE, Rgb, colour};
use super::{Chart, ChartError, Kind, Panel, SIZE, Style};
use crate::written::count;

/// The family every text is drawn in: the compiled-in DejaVu Sans is registered under it for
/// PNGs, and an SVG names it for the viewer to draw.
const FONT: &str = "sans-serif";
static FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Half the band's height, in pixels.
const ENVELOPE_HALF_HEIGHT: u32 = 8;
const INK: RGBColor = RGBColor(40, 40, 40);
/// A stretch of the axis marked behind the lines: a grey no plan is drawn in.
const SHADE: RGBColor = RGBColor(236, 236, 228);

pub(super) fn render(chart: &Chart, kind: Kind) -> Result<Vec<u8>, ChartError> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    if !*REGISTERED.get_or_init(|| plotters::style::register_font(FONT, FontStyle::Normal, FONT_BYTES).is_ok()) {
        return Err(ChartError("the chart font could not be loaded".to_string()));
    }
    let fail = |e: String| ChartError(e);
    match kind {
        Kind::Svg => {
            let mut text = String::new();
            {
                let root = SVGBackend::with_string(&mut text, SIZE).into_drawing_area();
                paint(&root, chart).map_err(fail)?;
                root.present().map_err(|e| fail(e.to_string()))?;
            }
            Ok(text.into_bytes())
        }
        Kind::Png => {
            let (w, h) = SIZE;
            let mut rgb = vec![0u8; (w * h * 3) as usize];
            {
                let root = BitMapBackend::with_buffer(&mut rgb, SIZE).into_drawing_area();
                paint(&root, chart).map_err(fail)?;
                root.present().map_err(|e| fail(e.to_string()))?;
            }
            let mut png = Vec::new();
            let mut encoder = png::Encoder::new(&mut png, w, h);
            encoder.set_color(png::ColorType::Rgb);
            encoder.set_depth(png::BitDepth::Eight);
            let mut writer = encoder.write_header().map_err(|e| fail(e.to_string()))?;
            writer.write_image_data(&rgb).map_err(|e| fail(e.to_string()))?;
            writer.finish().map_err(|e| fail(e.to_string()))?;
            Ok(png)
        }
    }
}

fn paint<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, chart: &Chart) -> Result<(), String> {
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let framed = root.margin(10, 0, 0, 0);
    let titled = framed.titled(&chart.title, (FONT, 26).into_font().color(&INK)).map_err(|e| e.to_string())?;
    titled
        .draw_text(&chart.subtitle, &(FONT, 15).into_font().color(&RGBColor(90, 90, 90)), (60, 0))
        .map_err(|e| e.to_string())?;
    let body = titled.margin(24, 0, 0, 0);
    match &chart.lower {
        None => panel(&body, &chart.main),
        Some(lower) => {
            let h = body.dim_in_pixel().1;
            let (top, bottom) = body.split_vertically(h * 62 / 100);
            panel(&top, &chart.main)?;
            panel(&bottom, lower)
        }
    }
}

/// A label's box in pixels: left, top, right, bottom.
type Rect = (i32, i32, i32, i32);

/// About how wide a label is drawn at 14 px.
fn label_width(label: &str) -> i32 {
    label.chars().count() as i32 * 7
}

fn label_rect((x, y): (i32, i32), (dx, dy): (i32, i32), label: &str) -> Rect {
    (x + dx - 2, y + dy - 1, x + dx + label_width(label), y + dy + 17)
}

/// Where a label beside the point at `pixel` covers no label already placed and stays on the
/// chart: above, below, then further out, then on the left; `None` when nowhere is free (the
/// point keeps its dot; the table lists it).
fn free_spot(pixel: (i32, i32), label: &str, placed: &[Rect], (w, h): (u32, u32)) -> Option<(i32, i32)> {
    let width = label_width(label);
    let candidates =
        [(10, -26), (10, 10), (10, -48), (10, 32), (-width - 10, -26), (-width - 10, 10), (10, -70), (10, 54)];
    candidates.into_iter().find(|&offset| {
        let r = label_rect(pixel, offset, label);
        let inside = r.0 >= 0 && r.1 >= 0 && r.2 <= w as i32 && r.3 <= h as i32;
        inside && !placed.iter().any(|p| r.0 < p.2 && p.0 < r.2 && r.1 < p.3 && p.1 < r.3)
    })
}

fn rgb((r, g, b): Rgb) -> RGBColor {
    RGBColor(r, g, b)
}

fn y(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

fn panel<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, p: &Panel) -> Result<(), String> {
    let points = p.series.iter().flat_map(|s| s.parts.iter().flatten());
    let (x_min, x_max, y_max) =
        points.fold((u64::MAX, 0u64, 0f64), |(a, b, c), (x, v)| (a.min(*x), b.max(*x), c.max(y(*v))));
    let (x_min, x_max) = if x_min > x_max {
        (0, 1)
    } else if x_min == x_max {
        (x_min, x_min + 1)
    } else {
        (x_min, x_max)
    };
    let y_top = if y_max <= 0.0 { 1.0 } else { y_max * 1.12 };
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .margin_right(40)
        .x_label_area_size(48)
        .y_label_area_size(90)
        .build_cartesian_2d(x_min as f64..x_max as f64, 0f64..y_top)
        .map_err(|e| e.to_string())?;
    let symbol = p.symbol.clone();
    let ticks = p.x_ticks.clone();
    let x_format = move |x: &f64| -> String {
        if ticks.is_empty() {
            count(x.round() as u64)
        } else {
            let i = x.round() as u64;
            let close = (x - x.round()).abs() < 1e-6;
            ticks.iter().find(|(t, _)| *t == i && close).map(|(_, s)| s.clone()).unwrap_or_default()
        }
    };
    let x_labels = if p.x_ticks.is_empty() { 10 } else { p.x_ticks.len().min(14) };
    chart
        .configure_mesh()
        .x_desc(&p.x_label)
        .y_desc(&p.y_label)
        .axis_desc_style((FONT, 16).into_font().color(&INK))
        .label_style((FONT, 14).into_font().color(&INK))
        .x_labels(x_labels)
        .y_labels(8)
        .x_label_formatter(&x_format)
        .y_label_formatter(&|v: &f64| format!("{symbol}{}", count(v.round() as u64)))
        .light_line_style(RGBColor(235, 235, 235))
        .bold_line_style(RGBColor(210, 210, 210))
        .draw()
        .map_err(|e| e.to_string())?;

    for s in &p.series {
        let line = |part: &Vec<(u64, Decimal)>| part.iter().map(|(x, v)| (*x as f64, y(*v))).collect::<Vec<_>>();
        match s.style {
            Style::Shade => {
                for part in &s.parts {
                    let (Some(first), Some(last)) = (part.first(), part.last()) else { continue };
                    let span = [(first.0 as f64, 0.0), (last.0 as f64, y_top)];
                    chart
                        .draw_series(std::iter::once(Rectangle::new(span, SHADE.filled())))
                        .map_err(|e| e.to_string())?;
                }
                let label =
                    chart.draw_series(std::iter::empty::<Circle<(f64, f64), i32>>()).map_err(|e| e.to_string())?;
                label
                    .label(&s.name)
                    .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 20, y + 5)], SHADE.filled()));
            }
            Style::Band(i) => {
                let color = rgb(colour(i));
                for part in &s.parts {
                    chart
                        .draw_series(std::iter::once(Polygon::new(line(part), color.mix(0.18).filled())))
                        .map_err(|e| e.to_string())?;
                }
            }
            Style::Envelope => {
                // A band of even height, one polygon a part reaching to where the next part
                // starts: pieces end one count before the next begins, and a wide stroke left a
                // pale notch at every kink. Opaque, so overlapping ends do not darken.
                let (_, height) = chart.plotting_area().dim_in_pixel();
                let half = y_top * f64::from(ENVELOPE_HALF_HEIGHT) / f64::from(height.max(1));
                for (k, part) in s.parts.iter().enumerate() {
                    let mut points = line(part);
                    let next = s.parts.get(k.saturating_add(1)).and_then(|n| n.first());
                    if let (Some((last, _)), Some((x, v))) = (part.last(), next)
                        && *x <= last.saturating_add(1)
                    {
                        points.push((*x as f64, y(*v)));
                    }
                    let top = points.iter().map(|(x, v)| (*x, v + half));
                    let bottom = points.iter().rev().map(|(x, v)| (*x, (v - half).max(0.0)));
                    let outline: Vec<(f64, f64)> = top.chain(bottom).collect();
                    chart
                        .draw_series(std::iter::once(Polygon::new(outline, rgb(ENVELOPE).filled())))
                        .map_err(|e| e.to_string())?;
                }
                let label =
                    chart.draw_series(std::iter::empty::<Circle<(f64, f64), i32>>()).map_err(|e| e.to_string())?;
                label
                    .label(&s.name)
                    .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 20, y + 5)], rgb(ENVELOPE).filled()));
            }
            Style::Plan(i) | Style::Incomplete(i) => {
                let color = rgb(colour(i));
                let dashed = matches!(s.style, Style::Incomplete(_));
                let style = color.stroke_width(3);
                for part in &s.parts {
                    if dashed {
                        chart
                            .draw_series(DashedLineSeries::new(line(part), 10, 6, style))
                            .map_err(|e| e.to_string())?;
                    } else {
                        chart.draw_series(LineSeries::new(line(part), style)).map_err(|e| e.to_string())?;
                    }
                    if part.len() == 1 || !p.x_ticks.is_empty() {
                        chart
                            .draw_series(part.iter().map(|(x, v)| Circle::new((*x as f64, y(*v)), 3, color.filled())))
                            .map_err(|e| e.to_string())?;
                    }
                }
                let label =
                    chart.draw_series(std::iter::empty::<Circle<(f64, f64), i32>>()).map_err(|e| e.to_string())?;
                label
                    .label(&s.name)
                    .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(3)));
            }
        }
    }
    let mut placed: Vec<Rect> = Vec::new();
    for m in &p.markers {
        let at = (m.x as f64, y(m.y));
        let (radius, fill) = if m.major { (6, INK.filled()) } else { (4, RGBColor(110, 110, 110).filled()) };
        chart.draw_series(std::iter::once(Circle::new(at, radius, fill))).map_err(|e| e.to_string())?;
        if m.label.is_empty() {
            continue;
        }
        let pixel = chart.backend_coord(&at);
        let Some(offset) = free_spot(pixel, &m.label, &placed, SIZE) else { continue };
        placed.push(label_rect(pixel, offset, &m.label));
        let style = (FONT, 14).into_font().color(&INK);
        let backing = Rectangle::new(
            [(offset.0 - 2, offset.1 - 1), (offset.0 + label_width(&m.label), offset.1 + 17)],
            WHITE.mix(0.8).filled(),
        );
        let label = EmptyElement::at(at) + backing + Text::new(m.label.clone(), offset, style);
        chart.draw_series(std::iter::once(label)).map_err(|e| e.to_string())?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .label_font((FONT, 14).into_font().color(&INK))
        .background_style(WHITE.mix(0.9))
        .border_style(RGBColor(180, 180, 180))
        .draw()
        .map_err(|e| e.to_string())?;
    Ok(())
}
