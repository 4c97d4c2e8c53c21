//! The document's words in each language, from Fluent message files (`assets/i18n/*.ftl`):
//! Fluent chooses plural forms by each language's rules (French counts 0 as one) and keeps
//! translations in files a translator can read, rather than in code.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::locale::Language;

/// The message files, compiled in.
const FILES: [(Language, &str); 4] = [
    (Language::En, include_str!("../../assets/i18n/en.ftl")),
    (Language::Nl, include_str!("../../assets/i18n/nl.ftl")),
    (Language::Fr, include_str!("../../assets/i18n/fr.ftl")),
    (Language::De, include_str!("../../assets/i18n/de.ftl")),
];

/// One language's messages.
pub struct Messages {
    bundle: FluentBundle<FluentResource>,
}

/// A message argument: text as shown, or a count plural forms are chosen by.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Shown as it is (a formatted amount, a name, a date).
    Text(&'a str),
    /// A number that selects a plural form.
    Count(u64),
}

impl Messages {
    /// The messages of `language`, read once.
    pub fn of(language: Language) -> &'static Messages {
        static ALL: OnceLock<Vec<(Language, Messages)>> = OnceLock::new();
        let all = ALL.get_or_init(|| FILES.iter().map(|(l, text)| (*l, Messages::read(*l, text))).collect());
        // Every language has its file (the test below reads each), so the search always finds one.
        all.iter().find(|(l, _)| *l == language).or(all.first()).map(|(_, m)| m).unwrap_or_else(|| unreachable_empty())
    }

    fn read(language: Language, text: &str) -> Messages {
        let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: the document is left to right only, and
        // the marks would show in copied text.
        bundle.set_use_isolating(false);
        // The files are the project's own and tested to parse; a file that did not would leave
        // its messages missing, which `text` shows as their ids.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        Messages { bundle }
    }

    /// The message `id` with `args`; its id when the message is missing (a test checks none is).
    pub fn text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else { return id.to_string() };
        let mut fluent = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Text(t) => fluent.set(*name, FluentValue::from(*t)),
                Arg::Count(n) => fluent.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(&fluent), &mut errors).into_owned()
    }

    /// Whether the message `id` exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// Never reached: [`FILES`] is not empty.
fn unreachable_empty() -> &'static Messages {
    static EMPTY: OnceLock<Messages> = OnceLock::new();
    EMPTY.get_or_init(|| Messages::read(Language::En, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message_and_they_parse() {
        let ids = |text: &str| -> Vec<String> {
            let resource = FluentResource::try_new(text.to_string()).unwrap();
            resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect()
        };
        let english = ids(FILES[0].1);
        assert!(english.len() > 40);
        for (language, text) in FILES {
            assert!(FluentResource::try_new(text.to_string()).is_ok(), "{language} does not parse");
            let m = Messages::of(language);
            for id in &english {
                assert!(m.has(id), "{language} lacks `{id}`");
            }
            assert_eq!(ids(text).len(), english.len(), "{language} has messages English has not");
        }
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let n = |l: Language, id: &str, c: u64| {
            Messages::of(l).text(id, &[("count", Arg::Count(c)), ("n", Arg::Text(&c.to_string()))])
        };
        assert_eq!(n(Language::En, "outcome-test_drive", 1), "1 test drive");
        assert_eq!(n(Language::En, "outcome-test_drive", 0), "0 test drives");
        assert_eq!(n(Language::Fr, "outcome-quotation_request", 0), "0 demande de devis", "French counts 0 as one");
        assert_eq!(n(Language::Fr, "outcome-quotation_request", 2), "2 demandes de devis");
        assert_eq!(n(Language::Nl, "outcome-test_drive", 10), "10 proefritten");
        let nl = Messages::of(Language::Nl);
        assert_eq!(nl.text("no-such-message", &[]), "no-such-message");
    }
}
