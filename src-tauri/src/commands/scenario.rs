//! The scenarios "New" starts from: a blank one, or one of the examples; the first start opens
//! the dealer example, so the first screen already compares plans.

use serde::Serialize;

use super::files::Loaded;
use super::{Failure, FailureKind};

/// The examples, by id: their text, compiled in.
const EXAMPLES: [(&str, &str); 5] = [
    ("dealer-nl", include_str!("../../../examples/dealer-nl.toml")),
    ("small-shop", include_str!("../../../examples/small-shop.toml")),
    ("support-team", include_str!("../../../examples/support-team.toml")),
    ("campaign", include_str!("../../../examples/campaign.toml")),
    ("newsletter", include_str!("../../../examples/newsletter.toml")),
];

/// A scenario to start from.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Template {
    /// `blank`, or an example's id (`dealer-nl`).
    pub id: String,
    /// Its name (`Dealer group NL`).
    pub name: String,
    /// What it is, from the example's opening comment.
    pub about: String,
}

/// The example the first start opens.
#[tauri::command]
pub fn example_scenario() -> Loaded {
    Loaded { path: None, text: EXAMPLES[0].1.to_string() }
}

/// What "New" offers: blank first, then each example.
#[tauri::command]
pub fn templates() -> Vec<Template> {
    let blank =
        Template { id: "blank".into(), name: "Blank".into(), about: "No usage yet: this month, in EUR.".into() };
    std::iter::once(blank)
        .chain(EXAMPLES.iter().map(|(id, text)| Template { id: id.to_string(), name: name(text), about: about(text) }))
        .collect()
}

/// A new, unsaved scenario from the template `id`.
#[tauri::command]
pub fn template(id: String) -> Result<Loaded, Failure> {
    if id == "blank" {
        let month = pricesim::month::Month::of(pricesim::offer::today());
        return Ok(Loaded { path: None, text: format!("version = 1\nmonth = \"{month}\"\ncurrency = \"EUR\"\n") });
    }
    EXAMPLES
        .iter()
        .find(|(example, _)| *example == id)
        .map(|(_, text)| Loaded { path: None, text: text.to_string() })
        .ok_or_else(|| Failure::new(FailureKind::Invalid, format!("no template `{id}`")))
}

/// The `name = "..."` of an example.
fn name(text: &str) -> String {
    text.lines()
        .find_map(|l| l.strip_prefix("name = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or("Example")
        .to_string()
}

/// An example's opening comment, its first sentence (the rest says how to run it).
fn about(text: &str) -> String {
    let lines: Vec<&str> =
        text.lines().take_while(|l| l.starts_with('#')).map(|l| l.trim_start_matches('#').trim()).collect();
    let all = lines.join(" ");
    match all.find(". ") {
        Some(end) => all.get(..=end).unwrap_or(&all).to_string(),
        None => all,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_offers_blank_and_every_example() {
        let all = templates();
        assert_eq!(all[0].id, "blank");
        assert_eq!(all.len(), EXAMPLES.len() + 1);
        assert_eq!(all[1].name, "Dealer group NL");
        assert!(all[1].about.starts_with("A Dutch car dealer group"));
        let blank = template("blank".into()).unwrap();
        assert!(blank.text.starts_with("version = 1\nmonth = \"") && !blank.text.contains("[contacts]"));
        assert!(template("nope".into()).is_err());
        let catalog = pricesim::catalog::Catalog::shipped().unwrap();
        for t in &all {
            let text = template(t.id.clone()).unwrap().text;
            pricesim::scenario::load_str(std::path::Path::new("t.toml"), &text, &catalog).unwrap();
        }
    }
}
