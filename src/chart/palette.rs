//! One colour per plan, the same on every chart (breakeven, fan, simulation) and on every swatch
//! the app draws beside a plan's name: decided here, once, by the plan's place among the
//! catalog's plan names (alphabetical, `vendor/plan`), so a plan keeps its colour whichever plans
//! a chart draws or a scenario quotes.

use std::collections::BTreeSet;

/// RGB.
pub(super) type Rgb = (u8, u8, u8);

/// Tableau's ten colours with its olive replaced by a slate blue: distinct, readable in print,
/// and none of them the hue of [`ENVELOPE`] (a test checks).
pub(super) const PALETTE: [Rgb; 10] = [
    (31, 119, 180),
    (255, 127, 14),
    (44, 160, 44),
    (214, 39, 40),
    (148, 103, 189),
    (140, 86, 75),
    (227, 119, 194),
    (127, 127, 127),
    (57, 59, 121),
    (23, 190, 207),
];

/// The cheapest plan's band on the breakeven chart: a pale yellow, a hue none of the plans'
/// colours has, so the band is never read as a plan's line.
pub(super) const ENVELOPE: Rgb = (255, 236, 150);

/// The plans' colours: each plan's place among the catalog's plan names picks its colour, the
/// eleventh plan starting the palette again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Palette {
    /// Every plan name the catalog has, in order.
    plans: Vec<String>,
}

impl Palette {
    /// The palette of a catalog's plans (`Catalog::plan_names`).
    pub fn new(plans: BTreeSet<String>) -> Palette {
        Palette { plans: plans.into_iter().collect() }
    }

    /// The colour index of `plan`; a plan the catalog does not have (none should reach a chart)
    /// takes the one after the catalog's last.
    pub fn index(&self, plan: &str) -> usize {
        self.plans.iter().position(|p| p == plan).unwrap_or(self.plans.len())
    }

    /// `plan`'s colour as CSS writes it (`#1f77b4`), for the app's swatches.
    pub fn css(&self, plan: &str) -> String {
        let (r, g, b) = colour(self.index(plan));
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// The colour of index `i` (from [`Palette::index`]).
pub(super) fn colour(i: usize) -> Rgb {
    PALETTE.get(i % PALETTE.len()).copied().unwrap_or(PALETTE[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hue of a colour in degrees, `None` for a grey.
    fn hue((r, g, b): Rgb) -> Option<f64> {
        let (r, g, b) = (f64::from(r) / 255.0, f64::from(g) / 255.0, f64::from(b) / 255.0);
        let (max, min) = (r.max(g).max(b), r.min(g).min(b));
        let d = max - min;
        if d < 0.02 {
            return None;
        }
        let h = if max == r {
            60.0 * ((g - b) / d).rem_euclid(6.0)
        } else if max == g {
            60.0 * ((b - r) / d + 2.0)
        } else {
            60.0 * ((r - g) / d + 4.0)
        };
        Some(h)
    }

    #[test]
    fn no_plan_colour_has_the_cheapest_bands_hue() {
        let band = hue(ENVELOPE).unwrap();
        for c in PALETTE {
            if let Some(h) = hue(c) {
                let apart = (h - band).abs().min(360.0 - (h - band).abs());
                assert!(apart >= 15.0, "{c:?} is {apart:.0}° from the band's hue");
            }
        }
    }

    #[test]
    fn a_plan_keeps_its_colour_whatever_else_is_drawn() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        let p = Palette::new(names(&["web1on1/base", "web1on1/grow", "woztell/starter"]));
        assert_eq!(p.index("web1on1/grow"), 1);
        assert_eq!(p.css("web1on1/base"), "#1f77b4");
        assert_eq!(p.css("woztell/starter"), "#2ca02c");
        assert_eq!(p.index("nobody/plan"), 3);
        assert_eq!(colour(10), colour(0));
    }

    #[test]
    fn the_palette_colours_are_distinct() {
        let all: BTreeSet<Rgb> = PALETTE.into_iter().collect();
        assert_eq!(all.len(), PALETTE.len());
    }
}
