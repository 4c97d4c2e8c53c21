//! Standard VAT rates of the countries a quote may be taxed in, each with where it was read.
//!
//! A table in code rather than a rate card: VAT is not a vendor's price and changes rarely (the
//! last change here: Finland, 24 % to 25.5 % on 2024-09-01); each rate names the pages it was read
//! from (copies of the European Commission's list of VAT rates in the Member States, 2025), and
//! docs/QUOTE.md says how to check and update it.

use rust_decimal::Decimal;

/// One country's standard VAT rate.
#[derive(Debug, PartialEq, Eq)]
pub struct VatRate {
    /// ISO 3166-1 alpha-2 code (`NL`).
    pub country: &'static str,
    /// The rate in percent, as hundredths (`2100` is 21 %), so the table stays `const`.
    pub hundredths: i64,
    /// Where it was read, with the date.
    pub source: &'static str,
}

impl VatRate {
    /// The rate in percent (`21`, `25.5`).
    pub fn percent(&self) -> Decimal {
        Decimal::new(self.hundredths, 2).normalize()
    }
}

/// Two copies of the Commission's list, agreeing on every rate below.
const SOURCE: &str = "https://mindlink.lv/useful/vat-rates-in-eu, \
https://www.vat-solutions.com/blog/european-union-3/vat-rates-2025-in-the-european-union-46, 2025";

/// The rates known, by country code.
pub const RATES: &[VatRate] = &[
    VatRate { country: "AT", hundredths: 2000, source: SOURCE },
    VatRate { country: "BE", hundredths: 2100, source: SOURCE },
    VatRate { country: "DE", hundredths: 1900, source: SOURCE },
    VatRate { country: "DK", hundredths: 2500, source: SOURCE },
    VatRate { country: "ES", hundredths: 2100, source: SOURCE },
    VatRate { country: "FI", hundredths: 2550, source: SOURCE },
    VatRate { country: "FR", hundredths: 2000, source: SOURCE },
    VatRate { country: "IE", hundredths: 2300, source: SOURCE },
    VatRate { country: "IT", hundredths: 2200, source: SOURCE },
    VatRate { country: "LU", hundredths: 1700, source: SOURCE },
    VatRate { country: "NL", hundredths: 2100, source: SOURCE },
    VatRate { country: "PL", hundredths: 2300, source: SOURCE },
    VatRate { country: "PT", hundredths: 2300, source: SOURCE },
    VatRate { country: "SE", hundredths: 2500, source: SOURCE },
];

/// The rate of `country`, when known.
pub fn rate(country: &str) -> Option<&'static VatRate> {
    RATES.iter().find(|r| r.country == country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rates_the_issue_names() {
        let p = |c: &str| rate(c).map(VatRate::percent).map(|d| d.to_string());
        assert_eq!(p("NL").as_deref(), Some("21"));
        assert_eq!(p("BE").as_deref(), Some("21"));
        assert_eq!(p("DE").as_deref(), Some("19"));
        assert_eq!(p("FR").as_deref(), Some("20"));
        assert_eq!(p("FI").as_deref(), Some("25.5"));
        assert_eq!(p("XX"), None);
        let mut codes: Vec<&str> = RATES.iter().map(|r| r.country).collect();
        codes.dedup();
        assert_eq!(codes.len(), RATES.len(), "each country once");
    }
}
