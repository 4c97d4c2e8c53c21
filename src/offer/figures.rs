//! The money of an offered plan: its invoice lines, the discount, net, VAT and the total.
//!
//! Exact, in the plan's billing currency. Two amounts are rounded, each once, to the currency's
//! minor unit (half away from zero, as invoices do): the discount, when it is a percentage, and
//! the VAT. Every other figure is a sum or difference of rounded amounts, so the document adds up.

use rust_decimal::Decimal;

use crate::money::{Currency, MoneyError, Rounding, checked_add, checked_mul, checked_sub};
use crate::quote::Quote;
use crate::scenario::quote_details::{Discount, DiscountOn, Vat};

/// An offered plan's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    /// The plan's billing currency (its quote's): every figure is in it, unconverted.
    pub currency: Currency,
    /// The vendor's invoice lines added up (the quote's `total`).
    pub lines: Decimal,
    /// What the discount takes off (0 or more).
    pub discount: Decimal,
    /// `lines − discount`.
    pub net: Decimal,
    /// The VAT rate applied, in percent; `None` without VAT or with reverse charge.
    pub vat_percent: Option<Decimal>,
    /// `net × vat_percent / 100`, rounded.
    pub vat: Decimal,
    /// `net + vat`.
    pub total: Decimal,
    /// Set when the discount was more than what it is taken from, and was cut to it.
    pub capped: bool,
}

/// The figures of `quote` with `discount` and `vat`.
pub fn figures(quote: &Quote, discount: Option<&Discount>, vat: Option<&Vat>) -> Result<Figures, MoneyError> {
    let currency = quote.currency;
    let round = |d: Decimal| Rounding::HalfAwayFromZero.round(d, currency);
    let lines = quote.total;
    let base = |on: DiscountOn| -> Result<Decimal, MoneyError> {
        match on {
            DiscountOn::Total => Ok(lines),
            DiscountOn::PlanFee => quote
                .lines_of(crate::quote::Payee::Vendor)
                .filter(|l| l.code == "plan_fee")
                .try_fold(Decimal::ZERO, |sum, l| checked_add(sum, l.amount)),
        }
    };
    let (wanted, base) = match discount {
        None => (Decimal::ZERO, Decimal::ZERO),
        Some(Discount::Percent { percent, on }) => {
            let base = base(*on)?;
            (round(checked_mul(base, *percent)? / Decimal::ONE_HUNDRED), base)
        }
        Some(Discount::Amount { amount, on }) => (round(*amount), base(*on)?),
    };
    let capped = wanted > base.max(Decimal::ZERO);
    let discount = if capped { base.max(Decimal::ZERO) } else { wanted };
    let net = checked_sub(lines, discount)?;
    let vat_percent = match vat {
        Some(Vat::Country(rate)) => Some(rate.percent()),
        Some(Vat::ReverseCharge) | None => None,
    };
    let vat = match vat_percent {
        Some(p) => round(checked_mul(net, p)? / Decimal::ONE_HUNDRED),
        None => round(Decimal::ZERO),
    };
    let total = checked_add(net, vat)?;
    Ok(Figures { currency, lines, discount: round(discount), net, vat_percent, vat, total, capped })
}
