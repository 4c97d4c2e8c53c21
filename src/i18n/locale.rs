//! Numbers, money and dates as each language writes them: `€1,010.96` (en), `€ 1.010,96` (nl),
//! `1 010,96 €` (fr), `1.010,96 €` (de).
//!
//! Written by hand: four languages need a decimal mark, a grouping mark, where the currency's
//! symbol goes and twelve month names each, which is smaller and easier to check than a locale
//! database (CLDR's data for these four, checked by the tests below).

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::Currency;
use crate::month::Month;

/// A language the document (and the app) is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Dutch.
    Nl,
    /// French.
    Fr,
    /// German.
    De,
}

impl Language {
    /// Every language, in the order menus list them.
    pub const ALL: [Language; 4] = [Language::En, Language::Nl, Language::Fr, Language::De];

    /// The ISO 639-1 code (`nl`).
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Nl => "nl",
            Language::Fr => "fr",
            Language::De => "de",
        }
    }

    /// The marks this language writes numbers with: the decimal mark, the grouping, and where the
    /// currency symbol and `%` go.
    fn marks(self) -> Marks {
        // CLDR: fr groups with a narrow no-break space and puts a no-break space before `€`
        // and `%`; de and nl group with a dot.
        match self {
            Language::En => Marks { decimal: '.', group: ",", symbol: Symbol::Before(""), percent: "%" },
            Language::Nl => Marks { decimal: ',', group: ".", symbol: Symbol::Before("\u{a0}"), percent: "%" },
            Language::Fr => Marks { decimal: ',', group: "\u{202f}", symbol: Symbol::After, percent: "\u{a0}%" },
            Language::De => Marks { decimal: ',', group: ".", symbol: Symbol::After, percent: "\u{a0}%" },
        }
    }

    /// `1,200` / `1.200` / `1 200`: a whole or decimal number, its digits kept.
    pub fn number(self, n: Decimal) -> String {
        let m = self.marks();
        let text = n.abs().to_string();
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::new();
        if n.is_sign_negative() && !n.is_zero() {
            out.push('\u{2212}');
        }
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i).is_multiple_of(3) {
                out.push_str(m.group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(m.decimal);
            out.push_str(frac);
        }
        out
    }

    /// An amount with its currency's symbol where this language puts it: `€1,010.96`,
    /// `€ 1.010,96`, `1 010,96 €`; a negative one with a minus sign (`−49,90`).
    pub fn money(self, amount: Decimal, currency: Currency) -> String {
        let number = self.number(amount);
        match self.marks().symbol {
            Symbol::Before(space) => match number.strip_prefix('\u{2212}') {
                Some(positive) if self == Language::En => format!("\u{2212}{}{positive}", currency.symbol()),
                _ => format!("{}{space}{number}", currency.symbol()),
            },
            Symbol::After => format!("{number}\u{a0}{}", currency.symbol()),
        }
    }

    /// `21%` / `21 %`.
    pub fn percent(self, p: Decimal) -> String {
        format!("{}{}", self.number(p.normalize()), self.marks().percent)
    }

    /// `2 December 2026`, `2 december 2026`, `2 décembre 2026` (`1er décembre 2026`), `2. Dezember 2026`.
    pub fn date(self, d: NaiveDate) -> String {
        let month = self.month_name(d.month0());
        match self {
            Language::De => format!("{}. {month} {}", d.day(), d.year()),
            // French writes the first of the month as an ordinal: « 1er octobre ».
            Language::Fr if d.day() == 1 => format!("1er {month} {}", d.year()),
            _ => format!("{} {month} {}", d.day(), d.year()),
        }
    }
}

impl Language {
    /// `December 2026`, `december 2026`, `décembre 2026`, `Dezember 2026`.
    pub fn month(self, m: Month) -> String {
        let day = m.first_day();
        format!("{} {}", self.month_name(day.month0()), day.year())
    }

    /// The name of the month `month0` (0 for January).
    fn month_name(self, month0: u32) -> &'static str {
        MONTHS
            .iter()
            .find(|(l, _)| *l == self)
            .and_then(|(_, names)| names.get(month0 as usize))
            .copied()
            .unwrap_or_default()
    }
}

/// How a language writes numbers.
struct Marks {
    decimal: char,
    group: &'static str,
    symbol: Symbol,
    percent: &'static str,
}

/// Where the currency's symbol goes.
enum Symbol {
    /// Before the number, with this space between.
    Before(&'static str),
    /// After it, with a no-break space between.
    After,
}

const MONTHS: [(Language, [&str; 12]); 4] = [
    (
        Language::En,
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
    ),
    (
        Language::Nl,
        [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
    ),
    (
        Language::Fr,
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
    ),
    (
        Language::De,
        [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
    ),
];

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = String;
    fn from_str(s: &str) -> Result<Language, String> {
        Language::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| format!("`{s}` is not a language of the document: use `en`, `nl`, `fr` or `de`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn money_as_each_language_writes_it() {
        let eur = Currency::EUR;
        assert_eq!(Language::En.money(d("1010.96"), eur), "€1,010.96");
        assert_eq!(Language::Nl.money(d("1010.96"), eur), "€\u{a0}1.010,96");
        assert_eq!(Language::Fr.money(d("1010.96"), eur), "1\u{202f}010,96\u{a0}€");
        assert_eq!(Language::De.money(d("1010.96"), eur), "1.010,96\u{a0}€");
        assert_eq!(Language::En.money(d("-49.90"), eur), "\u{2212}€49.90");
        assert_eq!(Language::Nl.money(d("-49.90"), eur), "€\u{a0}\u{2212}49,90");
        assert_eq!(Language::Fr.money(d("-49.90"), eur), "\u{2212}49,90\u{a0}€");
        assert_eq!(Language::De.number(d("1234567")), "1.234.567");
        assert_eq!(Language::Fr.percent(d("21.00")), "21\u{a0}%");
        assert_eq!(Language::En.percent(d("5.5")), "5.5%");
    }

    #[test]
    fn dates_as_each_language_writes_them() {
        let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        assert_eq!(Language::En.date(day), "1 January 2027");
        assert_eq!(Language::Nl.date(day), "1 januari 2027");
        assert_eq!(Language::Fr.date(day), "1er janvier 2027");
        assert_eq!(Language::Fr.date(day.succ_opt().unwrap()), "2 janvier 2027");
        assert_eq!(Language::De.date(day), "1. Januar 2027");
        assert_eq!(Language::Fr.month("2026-12".parse().unwrap()), "décembre 2026");
        assert_eq!("fr".parse::<Language>(), Ok(Language::Fr));
        assert!("es".parse::<Language>().is_err());
    }
}
