//! The account's time zone, by IANA name: both logs (WhatsApp and usage) turn their months over at
//! its midnight. One parser, so the command line and the app refuse a name with the same words.

use chrono_tz::Tz;

/// A name that is not an IANA time zone.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an IANA time zone name, such as `Europe/Amsterdam` or `UTC`")]
pub struct UnknownTimeZone(pub String);

/// The time zone named `name` (surrounding spaces ignored).
pub fn parse(name: &str) -> Result<Tz, UnknownTimeZone> {
    name.trim().parse().map_err(|_| UnknownTimeZone(name.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_read_and_a_wrong_one_named() {
        assert_eq!(parse(" Europe/Amsterdam "), Ok(chrono_tz::Europe::Amsterdam));
        let e = parse("Europe/Amsterdan").unwrap_err();
        assert_eq!(
            e.to_string(),
            "`Europe/Amsterdan` is not an IANA time zone name, such as `Europe/Amsterdam` or `UTC`"
        );
    }
}
