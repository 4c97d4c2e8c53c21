//! `[quote]`: what a quote document needs beyond the usage: who it is for and from, its number,
//! date and validity, the plans it offers, a discount, VAT and its language. A scenario without
//! the table still loads; the document then uses the defaults (today, 30 days, the cheapest plan,
//! no discount, no VAT line, English).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use toml::de::DeValue;

use crate::catalog::Catalog;
use crate::diag::suggestion;
use crate::i18n::Language;
use crate::tomlread::{Reader, Value, join};
use crate::vat::{self, VatRate};

/// The quote document's details, as given under `[quote]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct QuoteDetails {
    /// The prospect (`Garage Jansen B.V.`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub customer: Option<String>,
    /// The sales rep who sends it, named in the sender's lines after the company.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub prepared_by: Option<String>,
    /// The rep's company.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub company: Option<String>,
    /// The rep's email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub email: Option<String>,
    /// A PNG or SVG file shown at the top, relative to the scenario file.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub logo: Option<String>,
    /// The quote's number (`Q-2026-0142`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub number: Option<String>,
    /// The date it is made; today when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub date: Option<NaiveDate>,
    /// How many days it is valid from its date; [`QuoteDetails::DEFAULT_VALID_DAYS`] when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub valid_days: Option<u32>,
    /// The plans it offers (`web1on1/grow`); the cheapest ranked plan when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub plans: Vec<String>,
    /// Whether an appendix ranks every other plan for the same usage.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub compare: bool,
    /// A discount on the plan fee or on the total; one larger than what it is taken from is cut
    /// to it, and the rep is warned.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub discount: Option<Discount>,
    /// VAT: a country's rate, or reverse charge; none shown when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub vat: Option<Vat>,
    /// The document's language; English when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub language: Option<Language>,
}

impl QuoteDetails {
    /// Days a quote is valid when `valid_days` is not given: a month, as quoting tools default to.
    pub const DEFAULT_VALID_DAYS: u32 = 30;
    /// The longest validity accepted: a year (prices older than that are not a quote).
    pub const MAX_VALID_DAYS: u32 = 366;

    /// True when nothing is given (the table is then not written).
    pub fn is_empty(&self) -> bool {
        *self == QuoteDetails::default()
    }
}

/// A discount: `percent` of, or `amount` off, the plan fee or the total before VAT.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum Discount {
    /// `{ percent = "10", on = "plan_fee" }`.
    Percent {
        /// More than 0, at most 100.
        #[serde(with = "crate::money::decimal_string")]
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        percent: Decimal,
        /// What it is taken from.
        on: DiscountOn,
    },
    /// `{ amount = "50.00", on = "total" }`, in the offered plan's billing currency.
    Amount {
        /// More than 0.
        #[serde(with = "crate::money::decimal_string")]
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        amount: Decimal,
        /// What it is taken from.
        on: DiscountOn,
    },
}

impl Discount {
    /// What the discount is taken from.
    pub fn on(&self) -> DiscountOn {
        match self {
            Discount::Percent { on, .. } | Discount::Amount { on, .. } => *on,
        }
    }
}

/// What a discount is taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DiscountOn {
    /// The plan's fee lines.
    PlanFee,
    /// Every line of the vendor's invoice.
    Total,
}

/// VAT on the quote: a country's standard rate, or reverse charge (intra-EU business to business).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "ts", ts(type = "string"))]
pub enum Vat {
    /// A country's standard rate, from the built-in table; the document's notes name its source.
    Country(&'static VatRate),
    /// No VAT charged: the customer accounts for it.
    ReverseCharge,
}

impl Vat {
    /// `reverse_charge`, as written in the file.
    pub const REVERSE_CHARGE: &'static str = "reverse_charge";
}

impl TryFrom<String> for Vat {
    type Error = String;
    fn try_from(s: String) -> Result<Vat, String> {
        if s == Vat::REVERSE_CHARGE {
            return Ok(Vat::ReverseCharge);
        }
        vat::rate(&s).map(Vat::Country).ok_or_else(|| {
            let hint = suggestion(&s, vat::RATES.iter().map(|r| r.country));
            let all: Vec<&str> = vat::RATES.iter().map(|r| r.country).collect();
            format!("no VAT rate known for `{s}`: use one of {} or `{}`{hint}", all.join(", "), Vat::REVERSE_CHARGE)
        })
    }
}

impl From<Vat> for String {
    fn from(v: Vat) -> String {
        match v {
            Vat::Country(r) => r.country.to_string(),
            Vat::ReverseCharge => Vat::REVERSE_CHARGE.to_string(),
        }
    }
}

const KEYS: &[&str] = &[
    "customer",
    "prepared_by",
    "company",
    "email",
    "logo",
    "number",
    "date",
    "valid_days",
    "plans",
    "compare",
    "discount",
    "vat",
    "language",
];

/// Reads `[quote]`, reporting every problem with its line.
pub(super) fn read(r: &mut Reader<'_>, v: &Value<'_>, catalog: &Catalog) -> QuoteDetails {
    let mut q = QuoteDetails::default();
    let Some(t) = r.table(v, "quote") else { return q };
    r.only_keys(t, "quote", KEYS);
    let text = |r: &mut Reader<'_>, key: &str| {
        t.get(key)
            .and_then(|v| r.string(v, &join("quote", key)))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    q.customer = text(r, "customer");
    q.prepared_by = text(r, "prepared_by");
    q.company = text(r, "company");
    q.email = text(r, "email");
    q.logo = text(r, "logo");
    q.number = text(r, "number");
    q.date = t.get("date").and_then(|v| r.date(v, "quote.date"));
    q.valid_days = t.get("valid_days").and_then(|v| {
        let n = r.count_up_to(v, "quote.valid_days", QuoteDetails::MAX_VALID_DAYS.into())?;
        if n == 0 {
            r.error(&v.span(), "quote.valid_days", "a quote is valid for at least 1 day");
            return None;
        }
        u32::try_from(n).ok()
    });
    if let Some(list) = t.get("plans").and_then(|v| r.array(v, "quote.plans")) {
        let known = catalog.plan_names();
        for (i, item) in list.iter().enumerate() {
            let field = format!("quote.plans[{i}]");
            let Some(name) = r.string(item, &field) else { continue };
            if !known.contains(name) {
                let hint = suggestion(name, known.iter().map(String::as_str));
                r.error(&item.span(), &field, format!("no plan `{name}` in the rate cards{hint}"));
            } else if q.plans.iter().any(|p| p == name) {
                r.error(&item.span(), &field, format!("`{name}` is listed twice: keep one"));
            } else {
                q.plans.push(name.to_string());
            }
        }
    }
    if let Some(v) = t.get("compare") {
        match v.get_ref() {
            DeValue::Boolean(b) => q.compare = *b,
            _ => r.error(&v.span(), "quote.compare", "expected `true` or `false`"),
        }
    }
    q.discount = t.get("discount").and_then(|v| discount(r, v));
    q.vat = t.get("vat").and_then(|v| {
        let s = r.string(v, "quote.vat")?;
        Vat::try_from(s.to_string()).map_err(|e| r.error(&v.span(), "quote.vat", e)).ok()
    });
    q.language = t.get("language").and_then(|v| {
        let s = r.string(v, "quote.language")?;
        s.parse::<Language>().map_err(|e| r.error(&v.span(), "quote.language", e)).ok()
    });
    q
}

/// `{ percent = "10", on = "plan_fee" }` or `{ amount = "50.00", on = "total" }`.
fn discount(r: &mut Reader<'_>, v: &Value<'_>) -> Option<Discount> {
    let t = r.table(v, "quote.discount")?;
    r.only_keys(t, "quote.discount", &["percent", "amount", "on"]);
    let on = r.required(t, &v.span(), "quote.discount", "on").and_then(|o| {
        r.choice(o, "quote.discount.on", &[("plan_fee", DiscountOn::PlanFee), ("total", DiscountOn::Total)])
    });
    let size = |r: &mut Reader<'_>, key: &str| {
        let value = t.get(key)?;
        let field = join("quote.discount", key);
        let d = r.decimal(value, &field)?;
        if d <= Decimal::ZERO {
            r.error(&value.span(), &field, format!("a discount must be more than 0, found `{d}`"));
            return None;
        }
        if key == "percent" && d > Decimal::ONE_HUNDRED {
            r.error(&value.span(), &field, format!("a discount is at most 100 %, found `{d}`"));
            return None;
        }
        Some(d)
    };
    let (percent, amount) = (size(r, "percent"), size(r, "amount"));
    if t.contains_key("percent") == t.contains_key("amount") {
        r.error(&v.span(), "quote.discount", "give either `percent` or `amount`, not both or neither");
        return None;
    }
    match (percent, amount, on?) {
        (Some(percent), None, on) => Some(Discount::Percent { percent, on }),
        (None, Some(amount), on) => Some(Discount::Amount { amount, on }),
        _ => None,
    }
}
