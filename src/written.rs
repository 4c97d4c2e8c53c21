//! How numbers and money are written in pricesim's own English text: messages, warnings, tables
//! and charts (`12,000`, `€1,499.00`). A leaf: rating words its warnings with it, and every
//! renderer lays its tables out with it, so it may depend on nothing of theirs. Documents in a
//! reader's language are written by `i18n` instead.

use rust_decimal::Decimal;

use crate::money::Currency;

/// `€1,499.00`: the currency's symbol, thousands separated, the minor unit shown.
pub fn money(amount: Decimal, currency: Currency) -> String {
    let sign = if amount.is_sign_negative() && !amount.is_zero() { "-" } else { "" };
    let text = amount.abs().to_string();
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = if frac.is_empty() { String::new() } else { format!(".{frac}") };
    format!("{sign}{}{}{frac}", currency.symbol(), thousands(int))
}

/// `12,000`.
pub fn count(n: impl ToString) -> String {
    thousands(&n.to_string())
}

fn thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_reads_like_an_invoice() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(money(d("1499.00"), Currency::EUR), "€1,499.00");
        assert_eq!(money(d("9.10"), Currency::EUR), "€9.10");
        assert_eq!(money(d("0.1597"), Currency::USD), "$0.1597");
        assert_eq!(money(d("-1234567.5"), Currency::USD), "-$1,234,567.5");
        assert_eq!(count(12000), "12,000");
        assert_eq!(count(100), "100");
    }
}
