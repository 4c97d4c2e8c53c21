//! The quote a sales rep sends a prospect: numbered, dated, valid until a stated day, the offered
//! plan's lines in plain words, a discount, net, VAT and the total, in the prospect's language,
//! as PDF (or HTML). The details come from the scenario's `[quote]` ([`QuoteDetails`]).
//!
//! [`prepare`] turns a comparison into a [`Document`]: every text already in the reader's
//! language, every figure already formatted. The renderers ([`pdf`], [`html`], [`text`]) only lay
//! it out, so the PDF, the HTML and the golden tests' text show the same content. Prices that are
//! examples or unverified are for the rep to check, not for the prospect to read: they come back
//! as [`Prepared::warnings`], never on the page.

pub mod figures;
pub mod html;
pub mod layout;
pub mod pdf;
pub mod text;
pub mod validity;
pub mod words;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::catalog::Catalog;
use crate::compare::Comparison;
use crate::diag::read_bytes;
use crate::i18n::Language;
use crate::money::{Currency, MoneyError};
use crate::quote::{Payee, Quote};
use crate::scenario::Scenario;
use crate::scenario::quote_details::{Discount, DiscountOn, QuoteDetails, Vat};
use crate::whatsapp::rules::Unit;
use figures::{Figures, figures};
use validity::{Changing, validity};
use words::Words;

/// A quote document, every text in its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The reader's language (the one asked for, over `[quote] language`): dates, numbers and
    /// money are written its way too.
    pub language: Language,
    /// `Offerte`.
    pub title: String,
    /// The sender's logo.
    pub logo: Option<Logo>,
    /// The sender: a label and its lines (company, rep, email).
    pub from: (String, Vec<String>),
    /// The customer: a label and its lines.
    pub to: (String, Vec<String>),
    /// Number, date, valid until: label and value.
    pub facts: Vec<(String, String)>,
    /// Why the validity is shorter than asked, when a price change cut it.
    pub validity_note: Option<String>,
    /// The usage the quote assumes: a heading and a phrase per count.
    pub usage: (String, Vec<String>),
    /// The plans offered: those `[quote] plans` names, else the cheapest; each priced in full.
    pub offers: Vec<Offer>,
    /// Closing notes: VAT's rate and source, "estimate, non-binding".
    pub notes: Vec<String>,
    /// Every plan ranked, when asked for.
    pub appendix: Option<Appendix>,
    /// What each page's foot says besides its number: `Offerte Q-2026-0142`.
    pub footer: String,
}

/// One offered plan: its lines, the totals below them, and what is paid elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// `Web1on1 Grow`.
    pub title: String,
    /// The column headings: description, quantity, unit price, amount.
    pub columns: [String; 4],
    /// The invoice lines, then the discount.
    pub rows: Vec<Row>,
    /// Net, VAT, total.
    pub totals: Vec<(String, String)>,
    /// A note under the totals (no VAT, reverse charge).
    pub vat_note: Option<String>,
    /// "Not on this invoice": a heading and its notes, when there are any.
    pub elsewhere: Option<(String, Vec<String>)>,
}

/// One line of an offer's table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// What it charges for.
    pub description: String,
    /// How many; empty for the discount.
    pub quantity: String,
    /// The price of one; empty for the discount.
    pub unit_price: String,
    /// The line's amount with its currency, formatted; negative for the discount.
    pub amount: String,
}

/// The appendix: every plan ranked by what the usage costs on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appendix {
    /// Its heading, in the reader's language.
    pub title: String,
    /// Rank, plan, cost.
    pub columns: [String; 3],
    /// One row per plan: rank (empty when not ranked), plan, cost (or why not comparable).
    pub rows: Vec<[String; 3]>,
    /// What "cost" means.
    pub note: String,
}

/// A logo file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    /// Where it was read from (`[quote] logo`, against the scenario's folder), for messages.
    pub file: PathBuf,
    /// What it holds.
    pub kind: LogoKind,
    /// The file as read (at most 8 MiB): the HTML embeds it as it is, the PDF draws it.
    pub bytes: Vec<u8>,
}

/// A logo's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoKind {
    /// PNG.
    Png,
    /// SVG.
    Svg,
}

/// A document and what the rep must know before sending it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    /// What the prospect reads, ready for a renderer.
    pub document: Document,
    /// The figures of each offered plan, exact.
    pub figures: Vec<(String, Figures)>,
    /// For the rep, in English: prices that are examples or unverified, a discount cut down.
    pub warnings: Vec<String>,
    /// A file name for the document, from the customer and the number, without extension.
    pub file_stem: String,
}

/// What [`prepare`] needs besides the comparison.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// The date when `[quote] date` is not given.
    pub today: NaiveDate,
    /// The language, over `[quote] language`.
    pub language: Option<Language>,
    /// The folder `[quote] logo` is relative to (the scenario's).
    pub base: &'a Path,
}

/// Why no document could be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OfferError {
    /// No plan has a known cost, and `[quote] plans` names none.
    #[error("no plan can be offered: none has a known cost for this scenario; name one under [quote] plans")]
    NothingToOffer,
    /// A plan `[quote] plans` names is not in the comparison (no version in force).
    #[error(
        "`{0}` is not in the comparison: no version of its rate card is in force in the month, or it is priced from contract terms the scenario does not give (under [vendors.…])"
    )]
    NotCompared(String),
    /// An offered plan's invoice is not known in full.
    #[error("`{plan}` cannot be offered: {why}")]
    NotPriced {
        /// The plan, as `vendor/plan`.
        plan: String,
        /// Why, in the words of its first warning that keeps it from being ranked (a price not
        /// known).
        why: String,
    },
    /// The logo cannot be read or drawn.
    #[error("{file}: {why}")]
    Logo {
        /// The logo's path, as `[quote] logo` leads to it.
        file: String,
        /// Why.
        why: String,
    },
    /// A figure overflowed.
    #[error(transparent)]
    Money(#[from] MoneyError),
    /// The PDF could not be written.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
    /// The file named for the document is neither `.pdf` nor `.html`.
    #[error("{0}: a quote document is written as PDF or HTML: name the file `….pdf` or `….html`")]
    Format(String),
}

/// The document encoded for `file`, by its extension: `.pdf` or `.html` (`.htm`).
pub fn encode(d: &Document, file: &Path) -> Result<Vec<u8>, OfferError> {
    match file.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("pdf") => pdf::render(d),
        Some("html" | "htm") => Ok(html::render(d).into_bytes()),
        _ => Err(OfferError::Format(file.display().to_string())),
    }
}

/// Today, on this computer's clock and in its time zone: a quote's date when `[quote] date` is
/// not given.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The largest logo read: a logo is a small picture, and this keeps a wrong path to a big file
/// from filling memory.
const MAX_LOGO_BYTES: u64 = 8 * 1024 * 1024;

/// The document for `scenario`'s `[quote]`, from its comparison `c`.
pub fn prepare(
    c: &Comparison,
    scenario: &Scenario,
    catalog: &Catalog,
    o: &Options<'_>,
) -> Result<Prepared, OfferError> {
    let details = &scenario.quote;
    let language = o.language.or(details.language).unwrap_or_default();
    let w = Words::new(language);
    let offered = offered(c, details)?;
    let date = details.date.unwrap_or(o.today);
    let days = details.valid_days.unwrap_or(QuoteDetails::DEFAULT_VALID_DAYS);
    let valid = validity(date, days, &offered, catalog);

    let mut facts = Vec::new();
    if let Some(n) = &details.number {
        facts.push((w.text("offer-number", &[]), n.clone()));
    }
    facts.push((w.text("offer-date", &[]), language.date(date)));
    facts.push((w.text("offer-valid-until", &[]), language.date(valid.until)));
    let validity_note = valid.cut.as_ref().map(|(day, changing)| {
        let date = language.date(*day);
        match changing {
            Changing::Meta => w.text("offer-valid-cut-meta", &[("date", &date)]),
            Changing::Vendor(name) => w.text("offer-valid-cut-vendor", &[("vendor", name), ("date", &date)]),
        }
    });

    let messages = catalog
        .whatsapp_card()
        .and_then(|card| card.version_at(c.month.first_day()).ok())
        .and_then(|v| v.whatsapp.as_ref())
        .is_none_or(|rules| rules.unit == Unit::Message);
    let usage = (w.text("offer-usage", &[]), w.usage(&scenario.usage, messages));

    let mut warnings = Vec::new();
    let mut offers = Vec::new();
    let mut all_figures = Vec::new();
    for q in &offered {
        let f = figures(q, details.discount.as_ref(), details.vat.as_ref())?;
        warnings.extend(q.warnings.iter().map(|warning| format!("{}: {}", q.plan, warning.message)));
        if f.capped {
            warnings.push(format!(
                "{}: the discount is more than what it is taken from; it is cut to {} {}",
                q.plan, f.discount, f.currency
            ));
        }
        offers.push(offer(&w, q, &f, details, catalog, messages)?);
        all_figures.push((q.plan.clone(), f));
    }

    let mut notes = Vec::new();
    if let Some(Vat::Country(rate)) = &details.vat {
        notes.push(w.text(
            "offer-vat-source",
            &[("country", rate.country), ("percent", &language.percent(rate.percent())), ("source", rate.source)],
        ));
    }
    notes.push(w.text("offer-estimate", &[("month", &language.month(c.month))]));

    let appendix = details.compare.then(|| appendix(&w, c, &offered, catalog));
    let from_lines: Vec<String> =
        [&details.company, &details.prepared_by, &details.email].into_iter().flatten().cloned().collect();
    let to_lines: Vec<String> = details.customer.iter().cloned().collect();
    let document = Document {
        language,
        title: w.text("offer-title", &[]),
        logo: details.logo.as_deref().map(|file| logo(&o.base.join(file))).transpose()?,
        from: (w.text("offer-from", &[]), from_lines),
        to: (w.text("offer-for", &[]), to_lines),
        facts,
        validity_note,
        usage,
        offers,
        notes,
        appendix,
        footer: [Some(w.text("offer-title", &[])), details.number.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" "),
    };
    Ok(Prepared { document, figures: all_figures, warnings, file_stem: file_stem(details, &w) })
}

/// The quotes `[quote] plans` names, or the cheapest; each must be priced in full.
fn offered<'c>(c: &'c Comparison, details: &QuoteDetails) -> Result<Vec<&'c Quote>, OfferError> {
    let quotes: Vec<&Quote> = if details.plans.is_empty() {
        let cheapest = c.cheapest.as_deref().ok_or(OfferError::NothingToOffer)?;
        c.quotes.iter().filter(|q| q.plan == cheapest).collect()
    } else {
        details
            .plans
            .iter()
            .map(|name| c.quotes.iter().find(|q| q.plan == *name).ok_or_else(|| OfferError::NotCompared(name.clone())))
            .collect::<Result<_, _>>()?
    };
    for q in &quotes {
        if q.incomplete {
            let why = q.why_unranked().next().map_or("a price is not known".to_string(), |w| w.message.clone());
            return Err(OfferError::NotPriced { plan: q.plan.clone(), why });
        }
    }
    if quotes.is_empty() {
        return Err(OfferError::NothingToOffer);
    }
    Ok(quotes)
}

/// One offered plan's table, totals and notes.
fn offer(
    w: &Words,
    q: &Quote,
    f: &Figures,
    details: &QuoteDetails,
    catalog: &Catalog,
    messages: bool,
) -> Result<Offer, OfferError> {
    let lang = w.language;
    let money = |d: Decimal| lang.money(d, f.currency);
    let mut rows: Vec<Row> = q
        .lines_of(Payee::Vendor)
        .map(|l| Row {
            description: w.line(l, &q.plan_name),
            quantity: lang.number(l.quantity.normalize()),
            unit_price: unit_price(lang, l.unit_price, l.currency),
            amount: money(l.amount),
        })
        .collect();
    if let Some(discount) = &details.discount {
        let on = match discount.on() {
            DiscountOn::PlanFee => w.text("offer-on-plan-fee", &[]),
            DiscountOn::Total => w.text("offer-on-total", &[]),
        };
        let description = match discount {
            Discount::Percent { percent, .. } => {
                w.text("offer-discount-percent", &[("percent", &lang.percent(*percent)), ("on", &on)])
            }
            Discount::Amount { .. } => w.text("offer-discount-amount", &[("on", &on)]),
        };
        rows.push(Row { description, quantity: String::new(), unit_price: String::new(), amount: money(-f.discount) });
    }
    let mut totals = vec![(w.text("offer-net", &[]), money(f.net))];
    if let Some(p) = f.vat_percent {
        totals.push((w.text("offer-vat", &[("percent", &lang.percent(p))]), money(f.vat)));
    }
    totals.push((w.text("offer-total", &[]), money(f.total)));
    let vat_note = match &details.vat {
        None => Some(w.text("offer-no-vat", &[])),
        Some(Vat::ReverseCharge) => Some(w.text("offer-reverse-charge", &[])),
        Some(Vat::Country(_)) => None,
    };

    let mut elsewhere = Vec::new();
    for t in q.payee_totals()? {
        let id = match t.payee {
            Payee::Vendor => continue,
            Payee::Meta => "offer-meta-direct",
            Payee::InHouse => "offer-in-house",
        };
        elsewhere.push(w.text(id, &[("amount", &lang.money(t.total, t.currency))]));
    }
    if !q.uncovered.is_empty() {
        let what: Vec<String> = q.uncovered.iter().map(|u| w.work(&u.usage, u.quantity, messages)).collect();
        elsewhere.push(w.text("offer-uncovered", &[("what", &what.join(", "))]));
    }
    Ok(Offer {
        title: plan_title(q, catalog),
        columns: ["offer-description", "offer-quantity", "offer-unit-price", "offer-amount"].map(|id| w.text(id, &[])),
        rows,
        totals,
        vat_note,
        elsewhere: (!elsewhere.is_empty()).then(|| (w.text("offer-not-on-invoice", &[]), elsewhere)),
    })
}

/// A unit price with at least the currency's minor unit and every digit it has (`€ 0,0919`).
pub(crate) fn unit_price(lang: Language, price: Decimal, currency: Currency) -> String {
    let mut p = price.normalize();
    if p.scale() < currency.minor_units() {
        p.rescale(currency.minor_units());
    }
    lang.money(p, currency)
}

/// `Web1on1 Grow`: the vendor's name and the plan's.
pub(crate) fn plan_title(q: &Quote, catalog: &Catalog) -> String {
    let vendor = q.plan.split_once('/').map_or(q.plan.as_str(), |(v, _)| v);
    let name = catalog.card(vendor).map_or(vendor, |c| c.name.as_str());
    format!("{name} {}", q.plan_name)
}

/// Every plan ranked, the offered ones marked; the unranked after, with why.
fn appendix(w: &Words, c: &Comparison, offered: &[&Quote], catalog: &Catalog) -> Appendix {
    let lang = w.language;
    let rows = c
        .ranked()
        .map(|(rank, q)| {
            let mut name = plan_title(q, catalog);
            if offered.iter().any(|o| o.plan == q.plan) {
                name = format!("{name} ({})", w.text("offer-offered", &[]));
            }
            let cost = match (&q.cost, rank) {
                (Some(cost), Some(_)) => lang.money(cost.total, cost.currency),
                _ => {
                    let why = if q.incomplete {
                        "why-unknown-price"
                    } else if !q.uncovered.is_empty() {
                        "why-uncovered"
                    } else {
                        "why-no-rate"
                    };
                    w.text("offer-not-ranked", &[("why", &w.text(why, &[]))])
                }
            };
            [rank.map(|r| r.to_string()).unwrap_or_default(), name, cost]
        })
        .collect();
    Appendix {
        title: w.text("offer-appendix", &[]),
        columns: ["offer-rank", "offer-plan", "offer-cost"].map(|id| w.text(id, &[])),
        rows,
        note: w.text("offer-cost-note", &[]),
    }
}

/// The logo at `file`: a PNG or an SVG, by its extension.
fn logo(file: &Path) -> Result<Logo, OfferError> {
    let fail = |why: String| OfferError::Logo { file: file.display().to_string(), why };
    let kind = match file.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("png") => LogoKind::Png,
        Some("svg") => LogoKind::Svg,
        _ => return Err(fail("a logo must be a PNG or an SVG file (`.png`, `.svg`)".into())),
    };
    let bytes = read_bytes(file, "the logo", MAX_LOGO_BYTES).map_err(|e| fail(e.to_string()))?;
    Ok(Logo { file: file.to_path_buf(), kind, bytes })
}

/// `Garage Jansen B.V. Q-2026-0142`, made safe for a file name; the title when neither is given.
fn file_stem(details: &QuoteDetails, w: &Words) -> String {
    let parts: Vec<&str> = [&details.customer, &details.number].into_iter().flatten().map(String::as_str).collect();
    let wanted = if parts.is_empty() { w.text("offer-title", &[]) } else { parts.join(" ") };
    let safe: String = wanted
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ') { c } else { '-' })
        .collect();
    let safe = safe.trim().trim_matches('.').to_string();
    if safe.is_empty() { "quote".to_string() } else { safe }
}
