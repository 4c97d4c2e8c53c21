//! The document as a PDF, drawn with krilla: A4, DejaVu Sans embedded (subset), text selectable
//! and searchable, page numbers, the logo (PNG or SVG) when given. Why krilla: docs/DESIGN.md.
//!
//! The output depends only on the document (no creation date, no random id), so the command
//! line and the app write the same bytes for the same quote.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use krilla::{Data, Document as Pdf};
use krilla_svg::{SurfaceExt, SvgSettings};

use super::layout::{BOLD, Ink, Op, PAGE, REGULAR, layout};
use super::{Document, Logo, LogoKind, OfferError};

/// A logo decoded once, ready to draw: a PNG as an image, an SVG as a parsed tree.
enum Picture {
    Png(Image),
    Svg(Box<usvg::Tree>),
}

impl Picture {
    /// Reads `logo`, or says why it cannot be drawn.
    fn read(logo: &Logo) -> Result<Picture, OfferError> {
        let fail = |why: String| OfferError::Logo { file: logo.file.display().to_string(), why };
        match logo.kind {
            LogoKind::Png => Image::from_png(Data::from(logo.bytes.clone()), true)
                .map(Picture::Png)
                .map_err(|e| fail(format!("not a PNG image that can be drawn: {e}"))),
            LogoKind::Svg => usvg::Tree::from_data(&logo.bytes, &svg_options())
                .map(|t| Picture::Svg(Box::new(t)))
                .map_err(|e| fail(format!("not an SVG image that can be drawn: {e}"))),
        }
    }

    /// Its own width and height (pixels for a PNG), from which the layout scales it to its box.
    fn size(&self) -> (f32, f32) {
        match self {
            Picture::Png(image) => {
                let (w, h) = image.size();
                (w as f32, h as f32)
            }
            Picture::Svg(tree) => (tree.size().width(), tree.size().height()),
        }
    }
}

/// How an SVG logo is read: its text set in the document's own fonts, whatever the fonts named
/// (system fonts are not searched, so the same logo draws the same on every machine).
fn svg_options() -> usvg::Options<'static> {
    let mut options = usvg::Options::default();
    options.fontdb_mut().load_font_data(REGULAR.to_vec());
    options.fontdb_mut().load_font_data(BOLD.to_vec());
    options.font_family = "DejaVu Sans".to_string();
    options
}

/// The PDF's bytes.
pub fn render(d: &Document) -> Result<Vec<u8>, OfferError> {
    let picture = d.logo.as_ref().map(Picture::read).transpose()?;
    let pages = layout(d, picture.as_ref().map(Picture::size));
    let font = |bytes: &'static [u8]| {
        Font::new(Data::from(bytes), 0).ok_or_else(|| OfferError::Pdf("the embedded font cannot be read".into()))
    };
    let (regular, bold) = (font(REGULAR)?, font(BOLD)?);
    let size = PageSettings::from_wh(PAGE.0, PAGE.1).ok_or_else(|| OfferError::Pdf("bad page size".into()))?;

    let mut pdf = Pdf::new();
    pdf.set_metadata(
        Metadata::new().title(d.footer.clone()).language(d.language.code().to_string()).creator("pricesim".to_string()),
    );
    for ops in &pages.pages {
        let mut page = pdf.start_page_with(size.clone());
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, op, &regular, &bold, picture.as_ref());
        }
        surface.finish();
        page.finish();
    }
    pdf.finish().map_err(|e| OfferError::Pdf(e.to_string()))
}

fn draw(surface: &mut Surface<'_>, op: &Op, regular: &Font, bold: &Font, picture: Option<&Picture>) {
    match op {
        Op::Text { x, y, size, bold: strong, ink, text } => {
            surface.set_fill(Some(fill(*ink)));
            let font = if *strong { bold } else { regular };
            surface.draw_text(Point::from_xy(*x, *y), font.clone(), *size, text, false, TextDirection::Auto);
        }
        Op::Rule { x1, x2, y, width } => {
            let mut path = PathBuilder::new();
            path.move_to(*x1, *y);
            path.line_to(*x2, *y);
            if let Some(path) = path.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: colour(Ink::Rule).into(),
                    width: *width,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Op::Logo { x, y, w, h } => {
            let Some(size) = Size::from_wh(*w, *h) else { return };
            surface.push_transform(&Transform::from_translate(*x, *y));
            match picture {
                Some(Picture::Png(image)) => surface.draw_image(image.clone(), size),
                Some(Picture::Svg(tree)) => {
                    // An SVG krilla cannot draw leaves the box empty; it was parsed already.
                    let _ = surface.draw_svg(tree, size, SvgSettings::default());
                }
                None => {}
            }
            surface.pop();
        }
    }
}

fn fill(ink: Ink) -> Fill {
    Fill { paint: colour(ink).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn colour(ink: Ink) -> rgb::Color {
    match ink {
        Ink::Text => rgb::Color::new(0x22, 0x22, 0x22),
        Ink::Muted => rgb::Color::new(0x66, 0x66, 0x66),
        Ink::Rule => rgb::Color::new(0x99, 0x99, 0x99),
    }
}
