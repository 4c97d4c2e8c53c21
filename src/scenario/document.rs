//! A scenario file edited, not rewritten: the form's values put into the user's own document, so
//! the comments, order and layout they wrote survive a save, and the parts the form does not edit
//! (`[daily]`, `[[months]]`) are kept as written, numbers and all.
//!
//! The form is written as a scenario of its own (the page's TOML); [`merge`] walks it against the
//! document with `toml_edit`, which keeps every key's comments and whitespace: a value that did
//! not change is left exactly as written (`"2400.00"` stays `"2400.00"`), a changed one is
//! replaced in place with its comments, a new one is added, and one the form no longer has is
//! removed.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

/// The top-level keys the form edits; every other key of the document is kept as written.
const FORM_KEYS: &[&str] = &[
    "version", "name", "month", "currency", "contacts", "outcomes", "agents", "email", "whatsapp", "vendors",
    "in_house", "quote",
];

/// Why a document could not be edited: one of the two texts is not TOML.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{which} is not valid TOML: {message}")]
pub struct NotToml {
    /// `the scenario file` or `the form`.
    pub which: &'static str,
    /// The parser's message.
    pub message: String,
}

/// `document` with the form's values (`form`, a scenario's TOML) in place of its own: the form's
/// keys set, added or removed, comments and the rest of the document kept. An empty document
/// gives the form's text.
pub fn merge(document: &str, form: &str) -> Result<String, NotToml> {
    let parse = |text: &str, which| text.parse::<DocumentMut>().map_err(|e| NotToml { which, message: e.to_string() });
    let mut doc = parse(document, "the scenario file")?;
    let new = parse(form, "the form")?;
    if document.trim().is_empty() {
        return Ok(form.to_string());
    }
    for key in FORM_KEYS {
        match new.get(key) {
            Some(item) => match doc.get_mut(key) {
                Some(old) => merge_item(old, item),
                None => {
                    doc.insert(key, item.clone());
                }
            },
            None => {
                doc.remove(key);
            }
        }
    }
    Ok(doc.to_string())
}

/// Makes `old` hold what `new` holds, keeping `old`'s layout where they agree.
fn merge_item(old: &mut Item, new: &Item) {
    match (old, new) {
        (Item::Table(o), Item::Table(n)) => merge_table(o, n),
        (Item::ArrayOfTables(o), Item::ArrayOfTables(n)) => merge_tables(o, n),
        (Item::Value(o), Item::Value(n)) => merge_value(o, n),
        (old, new) => *old = new.clone(),
    }
}

fn merge_table(old: &mut Table, new: &Table) {
    let gone: Vec<String> = old.iter().map(|(k, _)| k.to_string()).filter(|k| !new.contains_key(k)).collect();
    for key in gone {
        old.remove(&key);
    }
    for (key, item) in new.iter() {
        match old.get_mut(key) {
            Some(o) => merge_item(o, item),
            None => {
                old.insert(key, item.clone());
            }
        }
    }
}

/// `[[whatsapp]]` rows, table by table in order.
fn merge_tables(old: &mut ArrayOfTables, new: &ArrayOfTables) {
    while old.len() > new.len() {
        old.remove(old.len() - 1);
    }
    for (i, n) in new.iter().enumerate() {
        match old.get_mut(i) {
            Some(o) => merge_table(o, n),
            None => old.push(n.clone()),
        }
    }
}

/// A value replaced only when it differs, keeping the comments around it.
fn merge_value(old: &mut Value, new: &Value) {
    if same(old, new) {
        return;
    }
    match (&mut *old, new) {
        (Value::InlineTable(o), Value::InlineTable(n)) => {
            let gone: Vec<String> = o.iter().map(|(k, _)| k.to_string()).filter(|k| !n.contains_key(k)).collect();
            for key in gone {
                o.remove(&key);
            }
            for (key, value) in n.iter() {
                match o.get_mut(key) {
                    Some(v) => merge_value(v, value),
                    None => {
                        o.insert(key, value.clone());
                    }
                }
            }
        }
        _ => {
            let decor = old.decor().clone();
            *old = new.clone();
            *old.decor_mut() = decor;
        }
    }
}

/// Whether two values are the same, however written (`"10"` and `'10'`, `1_000` and `1000`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.value() == y.value(),
        (Value::Integer(x), Value::Integer(y)) => x.value() == y.value(),
        (Value::Boolean(x), Value::Boolean(y)) => x.value() == y.value(),
        (Value::Datetime(x), Value::Datetime(y)) => x.value() == y.value(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same(p, q)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# My dealer group, as of December\nversion = 1\nname = \"Dealer\" # the group\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n\n[contacts]\n# from the CRM\nengaged = 1_200\n\n[[whatsapp]]\ncountry = \"NL\"\nmarketing = 500 # campaign\n\n[daily]\nweekdays = [3, 3, 3, 3, 3, 1, 0]\n\n[[months]]\nmonth = \"2027-02\"\n[months.contacts]\nengaged = 9007199254740993\n";

    #[test]
    fn comments_layout_and_the_parts_the_form_does_not_edit_are_kept() {
        let form = "version = 1\nname = \"Dealer\"\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n\n[contacts]\nengaged = 1300\n\n[[whatsapp]]\ncountry = \"NL\"\nmarketing = 500\n\n[in_house]\n\"outcomes.bot.*\" = \"1.50\"\n";
        let out = merge(FILE, form).unwrap();
        assert!(
            out.starts_with("# My dealer group, as of December\nversion = 1\nname = \"Dealer\" # the group\n"),
            "{out}"
        );
        assert!(out.contains("[contacts]\n# from the CRM\nengaged = 1300\n"), "{out}");
        assert!(out.contains("marketing = 500 # campaign\n"), "{out}");
        assert!(out.contains("[daily]\nweekdays = [3, 3, 3, 3, 3, 1, 0]\n"), "{out}");
        assert!(out.contains("engaged = 9007199254740993\n"), "a count above 2^53 is kept exactly: {out}");
        assert!(out.contains("[in_house]\n\"outcomes.bot.*\" = \"1.50\"\n"), "{out}");
    }

    #[test]
    fn what_the_form_no_longer_has_is_removed() {
        let form = "version = 1\nname = \"Dealer\"\nmonth = \"2026-12\"\ncurrency = \"EUR\"\n";
        let out = merge(FILE, form).unwrap();
        assert!(!out.contains("[contacts]") && !out.contains("[[whatsapp]]"), "{out}");
        assert!(out.contains("[[months]]"), "{out}");
    }

    #[test]
    fn a_new_scenario_is_the_form_and_bad_toml_is_said_so() {
        assert_eq!(merge("", "version = 1\n").unwrap(), "version = 1\n");
        assert_eq!(merge("x = ", "version = 1\n").unwrap_err().which, "the scenario file");
        assert_eq!(merge(FILE, "[[x").unwrap_err().which, "the form");
    }
}
