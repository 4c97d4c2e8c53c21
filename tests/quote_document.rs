//! The quote document a sales rep sends (`pricesim quote --document`, `offer`): the dealer
//! example's `[quote]` as the issue gives it, as PDF text (read back with `pdftotext`), as golden
//! text per language, with its validity cut by a known price change, and its figures adding up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use common::{quotes, run, scenario, text};
use pricesim::catalog::Catalog;
use pricesim::i18n::Language;
use pricesim::offer::{self, OfferError, Options, Prepared};
use pricesim::scenario::Scenario;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn dealer_text() -> String {
    std::fs::read_to_string("examples/dealer-nl.toml").unwrap()
}

/// The dealer example with its `[quote]` table's `key = ...` line replaced (or added).
fn dealer_with(key: &str, line: &str) -> String {
    let text = dealer_text();
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with(&format!("{key} ="))).collect();
    let mut out = kept.join("\n");
    if !line.is_empty() {
        out = out.replace("[quote]\n", &format!("[quote]\n{line}\n"));
    }
    out
}

fn prepared(s: &Scenario, language: Option<Language>) -> Result<Prepared, OfferError> {
    let options = Options { today: day("2026-12-02"), language, base: Path::new("examples") };
    offer::prepare(&quotes(s), s, &Catalog::shipped().unwrap(), &options)
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A fresh folder for this test's files.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pricesim-offer-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The text of a PDF as `pdftotext` reads it, its no-break spaces as plain ones.
fn pdf_text(file: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(file)
        .arg("-")
        .output()
        .expect("pdftotext is needed to read the PDF back (poppler-utils; scripts/test installs it)");
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout).replace(['\u{a0}', '\u{202f}'], " ")
}

/// `pricesim quote examples/dealer-nl.toml --document <folder>/<name>` with `more` arguments:
/// the file written.
fn document(name: &str, more: &[&str]) -> PathBuf {
    let file = folder(name).join(name);
    let mut args = vec!["quote", "examples/dealer-nl.toml", "--document", file.to_str().unwrap()];
    args.extend_from_slice(more);
    let out = run(&args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    file
}

#[test]
fn the_dutch_pdf_has_what_the_rep_sends() {
    let file = document("offerte.pdf", &[]);
    let pdf = std::fs::read(&file).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    assert!(pdf.windows(9).any(|w| w == b"/FontFile"), "its font is embedded");
    let page = pdf_text(&file);
    for wanted in [
        "Garage Jansen B.V.",
        "Anna de Vries",
        "Q-2026-0142",
        "Geldig tot",
        "1 januari 2027",
        "Abonnement Grow, maandbedrag",
        "Extra Chatpoints",
        "2.760",
        "\u{2212}49,90",
        "Btw 21%",
        "175,46",
        "1.010,96",
        "niet bindend",
        "Pagina 1 van 1",
    ] {
        assert!(page.contains(wanted), "`{wanted}` missing from\n{page}");
    }
    for competitor in ["Woztell", "User.com", "Web1on1 Base", "Web1on1 Scale", "Bijlage"] {
        assert!(!page.contains(competitor), "`{competitor}` shown without compare = true:\n{page}");
    }
}

#[test]
fn the_french_pdf_writes_french_numbers() {
    let page = pdf_text(&document("devis.pdf", &["--lang", "fr"]));
    for wanted in ["Devis", "Valable jusqu'au", "1 010,96 €", "\u{2212}49,90 €", "TVA 21 %"] {
        assert!(page.contains(wanted), "`{wanted}` missing from\n{page}");
    }
}

#[test]
fn the_html_document_has_the_same_content() {
    let html = std::fs::read_to_string(document("offerte.html", &[])).unwrap();
    for wanted in ["<html lang=\"nl\">", "Garage Jansen B.V.", "Geldig tot", "1.010,96", "\u{2212}49,90"] {
        assert!(html.contains(wanted), "`{wanted}` missing");
    }
    assert!(!html.contains("http://") && !html.contains("<script"), "self-contained");
}

#[test]
fn a_document_of_another_kind_is_refused_naming_the_file() {
    let out = run(&["quote", "examples/dealer-nl.toml", "--document", "offerte.docx"]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("offerte.docx") && err.contains("PDF or HTML"), "{err}");
}

#[test]
fn the_same_quote_gives_the_same_pdf_bytes() {
    let s = scenario(&dealer_text());
    let a = offer::pdf::render(&prepared(&s, None).unwrap().document).unwrap();
    let b = offer::pdf::render(&prepared(&s, None).unwrap().document).unwrap();
    assert_eq!(a, b, "no date or random id in the file: the command line and the app write the same bytes");
}

/// The document's text in each language, against `tests/offer-golden/<lang>.txt`;
/// `UPDATE_GOLDEN=1` rewrites them (read the diff before committing it).
#[test]
fn golden_text_in_every_language() {
    let text = dealer_with("compare", "compare = true");
    let s = scenario(&text);
    for language in Language::ALL {
        let doc = prepared(&s, Some(language)).unwrap().document;
        let actual = offer::text::render(&doc);
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/offer-golden/{language}.txt"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&file, &actual).unwrap();
        }
        let expected = std::fs::read_to_string(&file)
            .unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", file.display()));
        assert_eq!(actual, expected, "{language}");
    }
}

#[test]
fn the_figures_are_the_issues() {
    let p = prepared(&scenario(&dealer_text()), None).unwrap();
    let (plan, f) = &p.figures[0];
    assert_eq!(plan, "web1on1/grow");
    let d = |s: &str| s.parse::<Decimal>().unwrap();
    assert_eq!(
        (f.lines, f.discount, f.net, f.vat, f.total),
        (d("885.40"), d("49.90"), d("835.50"), d("175.46"), d("1010.96"))
    );
    assert_eq!(p.file_stem, "Garage Jansen B.V. Q-2026-0142");
    assert_eq!(p.document.language, Language::Nl);
}

#[test]
fn compare_true_ranks_every_plan_in_an_appendix() {
    let s = scenario(&dealer_with("compare", "compare = true"));
    let doc = prepared(&s, Some(Language::En)).unwrap().document;
    let appendix = doc.appendix.expect("an appendix");
    let ranks: Vec<&str> = appendix.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ranks, ["1", "2", "3", "4", "5", "6", "7"]);
    assert_eq!(appendix.rows[0][1], "Web1on1 Grow (offered)");
    assert_eq!(appendix.rows[0][2], "€885.40");
    // Without in-house costs, the plans that leave outcomes to the dealer are not comparable.
    let bare = dealer_with("compare", "compare = true").replace("\"outcomes.agent.*\" = \"35.00\"\n", "");
    let bare = bare.replace("\"outcomes.bot.*\" = \"1.50\"\n", "");
    let doc = prepared(&scenario(&bare), Some(Language::En)).unwrap().document;
    let apart: Vec<&[String; 3]> = doc.appendix.as_ref().unwrap().rows.iter().filter(|r| r[0].is_empty()).collect();
    assert!(!apart.is_empty());
    assert!(apart.iter().all(|r| r[2].starts_with("not comparable: it does not do all of the work")), "{apart:?}");
}

#[test]
fn a_quote_with_whatsapp_is_valid_until_the_day_before_metas_change() {
    let text = std::fs::read_to_string("examples/small-shop.toml").unwrap();
    let text = format!("{text}\n[quote]\ndate = \"2026-09-20\"\nvalid_days = 30\nplans = [\"meta/cloud-api\"]\n");
    let doc = prepared(&scenario(&text), Some(Language::En)).unwrap().document;
    assert!(doc.facts.contains(&("Valid until".to_string(), "30 September 2026".to_string())), "{:?}", doc.facts);
    assert_eq!(doc.validity_note.as_deref(), Some("Meta's WhatsApp rates change on 1 October 2026"));
    // Without WhatsApp traffic and with no change of the vendor's ahead, the whole 30 days.
    let plain = scenario(&dealer_with("date", "date = \"2026-09-20\""));
    let doc = prepared(&plain, Some(Language::En)).unwrap().document;
    assert!(doc.facts.contains(&("Valid until".to_string(), "20 October 2026".to_string())), "{:?}", doc.facts);
    assert_eq!(doc.validity_note, None);
}

#[test]
fn a_discount_on_the_total_reverse_charge_and_no_vat() {
    let s = scenario(
        &dealer_with("discount", "discount = { amount = \"50.00\", on = \"total\" }")
            .replace("vat = \"NL\"", "vat = \"reverse_charge\""),
    );
    let p = prepared(&s, Some(Language::En)).unwrap();
    let f = &p.figures[0].1;
    assert_eq!(
        (f.discount.to_string(), f.net.to_string(), f.vat.to_string(), f.total.to_string()),
        ("50.00".into(), "835.40".into(), "0.00".into(), "835.40".into())
    );
    let o = &p.document.offers[0];
    assert_eq!(o.rows.last().unwrap().description, "Discount on the total");
    assert!(o.vat_note.as_deref().unwrap().contains("reverse charged"));
    assert!(!o.totals.iter().any(|(label, _)| label.starts_with("VAT")));

    let s = scenario(&dealer_with("vat", ""));
    let p = prepared(&s, Some(Language::De)).unwrap();
    assert_eq!(p.document.offers[0].vat_note.as_deref(), Some("Beträge zuzüglich Umsatzsteuer."));
}

#[test]
fn a_discount_larger_than_its_base_is_cut_and_the_rep_told() {
    let s = scenario(&dealer_with("discount", "discount = { amount = \"600.00\", on = \"plan_fee\" }"));
    let p = prepared(&s, None).unwrap();
    assert_eq!(p.figures[0].1.discount.to_string(), "499.00");
    assert!(p.warnings.iter().any(|w| w.contains("cut to 499.00 EUR")), "{:?}", p.warnings);
}

#[test]
fn example_prices_warn_the_rep_not_the_prospect() {
    let s =
        scenario(&dealer_with("plans", "plans = [\"woztell/starter\"]").replace("compare = false", "compare = true"));
    let p = prepared(&s, Some(Language::En)).unwrap();
    assert!(
        p.warnings.iter().any(|w| w.starts_with("woztell/starter: Starter plan: 49.00 is an example price")),
        "{:?}",
        p.warnings
    );
    let page = offer::text::render(&p.document);
    assert!(!page.contains("example price") && !page.contains("unverified"), "{page}");
    // The dealer's own work and the not-on-this-invoice note.
    let elsewhere = p.document.offers[0].elsewhere.as_ref().unwrap();
    assert_eq!(elsewhere.0, "Not on this invoice");
    assert!(elsewhere.1.iter().any(|n| n.contains("€992.50")), "{elsewhere:?}");
}

#[test]
fn a_plan_whose_price_is_unknown_is_not_offered() {
    // User.com publishes no price for live-chat seats: its invoice for two seats is not known.
    let text =
        dealer_with("plans", "plans = [\"usercom/standard\"]").replace("[quote]", "[agents]\nlivechat = 2\n\n[quote]");
    let err = prepared(&scenario(&text), None).unwrap_err();
    assert!(matches!(err, OfferError::NotPriced { .. }), "{err}");
    assert!(err.to_string().starts_with("`usercom/standard` cannot be offered: User.com does not publish"), "{err}");
    // Enterprise is priced from contract terms the example does not give: not in the comparison.
    let err = prepared(&scenario(&dealer_with("plans", "plans = [\"web1on1/enterprise\"]")), None).unwrap_err();
    assert!(matches!(err, OfferError::NotCompared(_)), "{err}");
}

#[test]
fn a_logo_is_drawn_and_a_bad_one_named() {
    let dir = folder("logo");
    std::fs::write(dir.join("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\"><rect width=\"200\" height=\"60\" fill=\"#0a5\"/></svg>").unwrap();
    let mut png = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut png, 2, 1);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.write_header().unwrap().write_image_data(&[0, 90, 160, 255, 255, 255]).unwrap();
    }
    std::fs::write(dir.join("logo.png"), &png).unwrap();
    std::fs::write(dir.join("broken.png"), "not a png").unwrap();
    let without = offer::pdf::render(&prepared(&scenario(&dealer_text()), None).unwrap().document).unwrap();
    for (name, ok) in [("logo.svg", true), ("logo.png", true), ("broken.png", false), ("logo.gif", false)] {
        let s = scenario(&dealer_with("logo", &format!("logo = \"{name}\"")));
        let options = Options { today: day("2026-12-02"), language: None, base: &dir };
        let made = offer::prepare(&quotes(&s), &s, &Catalog::shipped().unwrap(), &options)
            .and_then(|p| offer::pdf::render(&p.document));
        match made {
            Ok(pdf) => assert!(ok && pdf.len() > without.len() + 40, "{name}: the logo is drawn"),
            Err(e) => assert!(!ok && e.to_string().contains(name), "{name}: {e}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Net is the lines less the discount, the total net plus VAT, VAT the rate of net rounded
    /// once, the discount never more than what it is taken from: computed here independently.
    #[test]
    fn the_figures_add_up(percent in 1u32..=10_000, amount in 1u32..200_000, by_amount: bool, on_total: bool, vat in 0usize..3) {
        let on = if on_total { "total" } else { "plan_fee" };
        let discount = if by_amount {
            format!("discount = {{ amount = \"{}\", on = \"{on}\" }}", Decimal::new(amount.into(), 2))
        } else {
            format!("discount = {{ percent = \"{}\", on = \"{on}\" }}", Decimal::new(percent.into(), 2))
        };
        let vat_line = ["vat = \"NL\"", "vat = \"FI\"", "vat = \"reverse_charge\""][vat];
        let s = scenario(&dealer_with("discount", &discount).replace("vat = \"NL\"", vat_line));
        let p = prepared(&s, None).unwrap();
        let f = &p.figures[0].1;
        let base = if on_total { f.lines } else { "499.00".parse().unwrap() };
        prop_assert!(f.discount >= Decimal::ZERO && f.discount <= base);
        prop_assert_eq!(f.net, f.lines - f.discount);
        prop_assert_eq!(f.total, f.net + f.vat);
        let rate: Decimal = ["21", "25.5", "0"][vat].parse().unwrap();
        let exact = f.net * rate / Decimal::ONE_HUNDRED;
        prop_assert!((f.vat - exact).abs() <= "0.005".parse::<Decimal>().unwrap());
        prop_assert_eq!(f.vat.scale(), 2);
    }
}
