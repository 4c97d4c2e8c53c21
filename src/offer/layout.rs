//! The document laid out on A4 pages: where each piece of text, rule and the logo goes.
//!
//! Separate from drawing ([`super::pdf`]) so that the layout (line breaks, page breaks, the
//! right-aligned amounts) can be tested without a PDF, and so the footer's "page x of y" is
//! written once the number of pages is known. Text is measured with the same font file the PDF
//! embeds.

use ab_glyph::{Font, FontRef};

use super::{Document, Logo};
use crate::i18n::Arg;

/// DejaVu Sans, the font the charts use too; its licence: `assets/fonts/DejaVuSans.LICENSE`.
pub static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// A4, in points.
pub const PAGE: (f32, f32) = (595.28, 841.89);
const LEFT: f32 = 56.7;
const RIGHT: f32 = PAGE.0 - 56.7;
const TOP: f32 = 56.7;
/// Lowest baseline of the body; the footer sits below.
const BOTTOM: f32 = PAGE.1 - 70.0;
const FOOTER: f32 = PAGE.1 - 36.0;

/// Where the numeric columns of an offer end (right-aligned): quantity, unit price, amount.
const QUANTITY_END: f32 = LEFT + 330.0;
const UNIT_END: f32 = LEFT + 410.0;
const DESCRIPTION_WIDTH: f32 = 255.0;
/// Where the totals' labels start.
const TOTALS_AT: f32 = LEFT + 255.0;

/// A colour, as grey levels the document uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// Body text.
    Text,
    /// Labels and notes.
    Muted,
    /// Rules.
    Rule,
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Text with its baseline at `y`.
    Text {
        /// Left end.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size, points.
        size: f32,
        /// Bold or regular.
        bold: bool,
        /// Its grey: body text, or muted for labels and notes.
        ink: Ink,
        /// The text (one line).
        text: String,
    },
    /// A horizontal rule.
    Rule {
        /// Left end.
        x1: f32,
        /// Right end.
        x2: f32,
        /// Height.
        y: f32,
        /// Line width.
        width: f32,
    },
    /// The logo in the box at (`x`, `y`), `w` × `h`, top left.
    Logo {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
    },
}

/// The pages, each a list of things to draw.
pub struct Pages {
    /// The pages in order, each with its footer ("page x of y", added once their number was
    /// known).
    pub pages: Vec<Vec<Op>>,
}

/// Measures text with the embedded fonts.
struct Measure {
    regular: Option<FontRef<'static>>,
    bold: Option<FontRef<'static>>,
}

impl Measure {
    fn new() -> Measure {
        Measure { regular: FontRef::try_from_slice(REGULAR).ok(), bold: FontRef::try_from_slice(BOLD).ok() }
    }

    /// The width of `text` at `size` points, with kerning.
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let Some(font) = (if bold { &self.bold } else { &self.regular }) else {
            // Never without the embedded font; an average glyph width keeps the layout sane.
            return text.chars().count() as f32 * size * 0.55;
        };
        // In font units, then to points: the page's unit is the point, and a font of `size`
        // points has `size` points to the em (ab_glyph's own scale is relative to the line height).
        let mut units = 0.0;
        let mut previous = None;
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = previous {
                units += font.kern_unscaled(p, id);
            }
            units += font.h_advance_unscaled(id);
            previous = Some(id);
        }
        units * size / font.units_per_em().unwrap_or(2048.0)
    }

    /// `text` broken into lines no wider than `width`, at spaces (inside a word too long for a
    /// line, anywhere).
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split(' ') {
            let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
            if self.width(&candidate, size, bold) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the line is cut where it must be.
            for c in word.chars() {
                let mut longer = line.clone();
                longer.push(c);
                if !line.is_empty() && self.width(&longer, size, bold) > width {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                } else {
                    line = longer;
                }
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }
}

/// Lays pages out top to bottom, starting a new page when a block does not fit.
struct Writer {
    measure: Measure,
    /// Pages already full, in order; `page` joins them when the next block does not fit.
    done: Vec<Vec<Op>>,
    page: Vec<Op>,
    y: f32,
}

impl Writer {
    fn ops(&mut self) -> &mut Vec<Op> {
        &mut self.page
    }

    /// Makes room for `height` points below the cursor, on a new page if needed.
    fn room(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP + 1.0 {
            self.done.push(std::mem::take(&mut self.page));
            self.y = TOP;
        }
    }

    fn text_at(&mut self, x: f32, size: f32, bold: bool, ink: Ink, text: &str) {
        let y = self.y;
        self.ops().push(Op::Text { x, y, size, bold, ink, text: text.to_string() });
    }

    /// `text` right-aligned to end at `end`, on the current baseline.
    fn right(&mut self, end: f32, size: f32, bold: bool, text: &str) {
        let x = end - self.measure.width(text, size, bold);
        self.text_at(x, size, bold, Ink::Text, text);
    }

    /// A paragraph from `x`, wrapped to `width`, each line on its own baseline.
    fn paragraph(&mut self, x: f32, width: f32, size: f32, bold: bool, ink: Ink, text: &str) {
        let leading = size * 1.35;
        for line in self.measure.wrap(text, size, bold, width) {
            self.room(leading);
            self.y += leading;
            self.text_at(x, size, bold, ink, &line);
        }
    }

    fn rule(&mut self, x1: f32, x2: f32, width: f32) {
        let y = self.y;
        self.ops().push(Op::Rule { x1, x2, y, width });
    }

    fn gap(&mut self, points: f32) {
        self.y += points;
    }

    fn heading(&mut self, text: &str, size: f32) {
        self.room(size * 3.0);
        self.gap(size * 0.8);
        self.paragraph(LEFT, RIGHT - LEFT, size, true, Ink::Text, text);
        self.gap(4.0);
    }
}

/// The largest box the logo is fitted in, points.
const LOGO_BOX: (f32, f32) = (150.0, 56.0);

/// `d` laid out; `logo_size` gives the logo's own width and height (pixels or SVG units), when
/// it has one, to keep its proportions.
pub fn layout(d: &Document, logo_size: Option<(f32, f32)>) -> Pages {
    let mut w = Writer { measure: Measure::new(), done: Vec::new(), page: Vec::new(), y: TOP };
    if let (Some(Logo { .. }), Some((lw, lh))) = (&d.logo, logo_size)
        && lw > 0.0
        && lh > 0.0
    {
        let scale = (LOGO_BOX.0 / lw).min(LOGO_BOX.1 / lh);
        let (width, height) = (lw * scale, lh * scale);
        w.ops().push(Op::Logo { x: RIGHT - width, y: TOP - 14.0, w: width, h: height });
    }
    w.gap(12.0);
    w.text_at(LEFT, 22.0, true, Ink::Text, &d.title);
    w.gap(30.0);

    // Sender and customer side by side, the taller column setting the height.
    let start = w.y;
    let mut lowest = start;
    for (column, (label, lines)) in [&d.from, &d.to].into_iter().enumerate() {
        if lines.is_empty() {
            continue;
        }
        w.y = start;
        let x = LEFT + column as f32 * 250.0;
        w.text_at(x, 8.5, false, Ink::Muted, label);
        for (i, line) in lines.iter().enumerate() {
            w.gap(14.0);
            w.text_at(x, 10.0, i == 0, Ink::Text, line);
        }
        lowest = lowest.max(w.y);
    }
    w.y = lowest + 24.0;

    for (label, value) in &d.facts {
        w.text_at(LEFT, 9.5, true, Ink::Text, label);
        w.text_at(LEFT + 110.0, 9.5, false, Ink::Text, value);
        w.gap(14.0);
    }
    if let Some(note) = &d.validity_note {
        w.gap(-10.0);
        w.paragraph(LEFT + 110.0, RIGHT - LEFT - 110.0, 8.5, false, Ink::Muted, &format!("({note})"));
        w.gap(4.0);
    }

    w.heading(&d.usage.0, 12.0);
    for phrase in &d.usage.1 {
        w.paragraph(LEFT + 8.0, RIGHT - LEFT - 8.0, 9.5, false, Ink::Text, &format!("• {phrase}"));
    }

    for o in &d.offers {
        w.heading(&o.title, 13.0);
        w.room(30.0);
        w.gap(10.0);
        let [description, quantity, unit, amount] = &o.columns;
        w.text_at(LEFT, 8.5, true, Ink::Muted, description);
        w.right(QUANTITY_END, 8.5, true, quantity);
        w.right(UNIT_END, 8.5, true, unit);
        w.right(RIGHT, 8.5, true, amount);
        w.gap(5.0);
        w.rule(LEFT, RIGHT, 0.6);
        for r in &o.rows {
            let lines = w.measure.wrap(&r.description, 9.5, false, DESCRIPTION_WIDTH);
            let height = lines.len() as f32 * 13.0 + 5.0;
            w.room(height);
            w.gap(13.0);
            w.right(QUANTITY_END, 9.5, false, &r.quantity);
            w.right(UNIT_END, 9.5, false, &r.unit_price);
            w.right(RIGHT, 9.5, false, &r.amount);
            for (i, line) in lines.iter().enumerate() {
                if i > 0 {
                    w.gap(13.0);
                }
                w.text_at(LEFT, 9.5, false, Ink::Text, line);
            }
            w.gap(5.0);
            w.rule(LEFT, RIGHT, 0.3);
        }
        let last = o.totals.len().saturating_sub(1);
        for (i, (label, amount)) in o.totals.iter().enumerate() {
            let strong = i == last;
            w.room(18.0);
            if strong {
                w.gap(4.0);
                w.rule(TOTALS_AT, RIGHT, 0.8);
            }
            w.gap(14.0);
            w.text_at(TOTALS_AT, 10.0, strong, Ink::Text, label);
            w.right(RIGHT, 10.0, strong, amount);
        }
        if let Some(note) = &o.vat_note {
            w.gap(6.0);
            w.paragraph(LEFT, RIGHT - LEFT, 8.5, false, Ink::Muted, note);
        }
        if let Some((heading, notes)) = &o.elsewhere {
            w.gap(10.0);
            w.paragraph(LEFT, RIGHT - LEFT, 9.5, true, Ink::Text, heading);
            for n in notes {
                w.paragraph(LEFT + 8.0, RIGHT - LEFT - 8.0, 9.0, false, Ink::Text, &format!("• {n}"));
            }
        }
    }

    w.gap(14.0);
    for n in &d.notes {
        w.paragraph(LEFT, RIGHT - LEFT, 8.5, false, Ink::Muted, n);
        w.gap(3.0);
    }

    if let Some(a) = &d.appendix {
        w.heading(&a.title, 12.0);
        w.room(30.0);
        w.gap(10.0);
        let [rank, plan, cost] = &a.columns;
        w.text_at(LEFT, 8.5, true, Ink::Muted, rank);
        w.text_at(LEFT + 40.0, 8.5, true, Ink::Muted, plan);
        w.right(RIGHT, 8.5, true, cost);
        w.gap(5.0);
        w.rule(LEFT, RIGHT, 0.6);
        for [rank, plan, cost] in &a.rows {
            w.room(18.0);
            w.gap(13.0);
            w.text_at(LEFT, 9.5, false, Ink::Text, rank);
            w.text_at(LEFT + 40.0, 9.5, false, Ink::Text, plan);
            w.right(RIGHT, 9.5, false, cost);
            w.gap(5.0);
            w.rule(LEFT, RIGHT, 0.3);
        }
        w.gap(6.0);
        w.paragraph(LEFT, RIGHT - LEFT, 8.5, false, Ink::Muted, &a.note);
    }

    // The footer, now that the number of pages is known: the title and number left, "page x of
    // y" right.
    let messages = crate::i18n::Messages::of(d.language);
    let Writer { measure, mut done, page, .. } = w;
    done.push(page);
    let pages = done.len();
    for (i, page) in done.iter_mut().enumerate() {
        let (n, of) = ((i + 1).to_string(), pages.to_string());
        let label = messages.text("offer-page", &[("page", Arg::Text(&n)), ("pages", Arg::Text(&of))]);
        let x = RIGHT - measure.width(&label, 8.0, false);
        page.push(Op::Rule { x1: LEFT, x2: RIGHT, y: FOOTER - 12.0, width: 0.3 });
        page.push(Op::Text { x: LEFT, y: FOOTER, size: 8.0, bold: false, ink: Ink::Muted, text: d.footer.clone() });
        page.push(Op::Text { x, y: FOOTER, size: 8.0, bold: false, ink: Ink::Muted, text: label });
    }
    Pages { pages: done }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_fits_the_width() {
        let m = Measure::new();
        let text = "Deze offerte is een schatting voor het bovenstaande gebruik in december 2026 en is niet bindend.";
        let lines = m.wrap(text, 10.0, false, 120.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| m.width(l, 10.0, false) <= 120.0), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        let long = m.wrap("Inzahlungnahme-Bewertungen-und-noch-mehr", 10.0, true, 60.0);
        assert_eq!(long.concat(), "Inzahlungnahme-Bewertungen-und-noch-mehr");
        assert!(long.iter().all(|l| m.width(l, 10.0, true) <= 60.0));
    }

    #[test]
    fn a_long_document_breaks_into_numbered_pages_within_the_margins() {
        let d = Document {
            language: crate::i18n::Language::En,
            title: "Quote".into(),
            logo: None,
            from: ("From".into(), vec!["A".into()]),
            to: ("For".into(), vec!["B".into()]),
            facts: vec![("Date".into(), "2 December 2026".into())],
            validity_note: None,
            usage: (
                "Usage".into(),
                (0..120).map(|i| format!("{i} WhatsApp marketing messages, Country {i}")).collect(),
            ),
            offers: Vec::new(),
            notes: vec!["Not binding.".into()],
            appendix: None,
            footer: "Quote Q-1".into(),
        };
        let pages = layout(&d, None).pages;
        assert!(pages.len() >= 3, "{} pages", pages.len());
        for (i, page) in pages.iter().enumerate() {
            let label = format!("Page {} of {}", i + 1, pages.len());
            assert!(page.iter().any(|op| matches!(op, Op::Text { text, .. } if *text == label)), "{label}");
            for op in page {
                if let Op::Text { y, text, .. } = op {
                    assert!(*y >= TOP && (*y <= BOTTOM || *y == FOOTER), "`{text}` at {y}");
                }
            }
        }
        let phrases: usize =
            pages.iter().flatten().filter(|op| matches!(op, Op::Text { text, .. } if text.starts_with("• "))).count();
        assert_eq!(phrases, 120, "every phrase once");
    }

    #[test]
    fn wider_text_measures_wider() {
        let m = Measure::new();
        assert!(m.width("€ 1.010,96", 10.0, false) > m.width("€ 49,90", 10.0, false));
        assert!(m.width("Total", 10.0, true) > m.width("Total", 10.0, false));
    }
}
