//! The core's modules import one another without cycles (docs/DESIGN.md, "Layers").
//!
//! A module depends on another when its code (tests apart) names it: a `crate::` path, a `super::`
//! path, or `use` of either, braces and all. A module's own children are its parts, so the edges
//! from a module to its children (declaring them, re-exporting or calling them) do not count;
//! every other edge does, a child's use of its parent's items included. The scan reads the source
//! as text, without comments and string literals: a full parser (`syn`) would add a build of its
//! own for what paths in `use` and expressions already say.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/ratecard/load.rs` → `["ratecard", "load"]`; `src/ratecard/mod.rs` → `["ratecard"]`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// `text` without comments, string and character literals, and without its test module.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match (b[i], b.get(i + 1)) {
            (b'/', Some(b'/')) => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            (b'/', Some(b'*')) => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            (b'r', Some(b'#' | b'"')) if i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') => {
                // A raw string: r"…" or r#"…"#.
                let mut j = i + 1;
                let mut hashes = 0;
                while j < b.len() && b[j] == b'#' {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    out.push('r');
                    i += 1;
                    continue;
                }
                let close: Vec<u8> = std::iter::once(b'"').chain(std::iter::repeat_n(b'#', hashes)).collect();
                j += 1;
                while j < b.len() && !b[j..].starts_with(&close) {
                    j += 1;
                }
                i = j + close.len();
                out.push_str("\"\"");
            }
            (b'"', _) => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                out.push_str("\"\"");
            }
            (b'\'', _) if b.get(i + 2) == Some(&b'\'') || b.get(i + 1) == Some(&b'\\') => {
                // A character literal ('x', '\n', '\u{..}'); a lifetime has no closing quote.
                i += 1;
                while i < b.len() && b[i] != b'\'' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            _ => {
                out.push(b[i] as char);
                i += 1;
            }
        }
    }
    out
}

/// The paths `text` names after `crate::` or `super::`, each as written from that root, with
/// `use` braces expanded: `use super::{a::B, c}` gives `a::B` and `c`.
fn paths(text: &str, root: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(root) {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + root.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        expand(rest, Vec::new(), &mut out);
    }
    out
}

/// Reads one path (or brace group) at the start of `text`, after `prefix`.
fn expand(text: &str, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let text = text.trim_start();
    if let Some(inner) = text.strip_prefix('{') {
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    expand(&inner[start..i], prefix.clone(), out);
                    return;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&inner[start..i], prefix.clone(), out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        return;
    }
    let end = text.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(text.len());
    let mut path = prefix;
    if end > 0 {
        path.push(text[..end].to_string());
    }
    match text[end..].strip_prefix("::") {
        Some(next) => expand(next, path, out),
        None => out.push(path),
    }
}

/// The longest prefix of `path` that is a module, within `modules`.
fn resolve(path: &[String], modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    (1..=path.len()).rev().map(|k| path[..k].to_vec()).find(|m| modules.contains(m))
}

/// Each module's dependencies.
fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    files.retain(|f| !f.ends_with("main.rs"));
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(&src, f)).collect();
    let mut edges = BTreeMap::new();
    for file in &files {
        let me = module_of(&src, file);
        let text = code(&std::fs::read_to_string(file).unwrap());
        let parent: Vec<String> = me.iter().take(me.len().saturating_sub(1)).cloned().collect();
        let mut deps = BTreeSet::new();
        let named = paths(&text, "crate::")
            .into_iter()
            .chain(paths(&text, "super::").into_iter().map(|p| [parent.clone(), p].concat()))
            .chain(paths(&text, "self::").into_iter().map(|p| [me.clone(), p].concat()));
        for path in named {
            // The crate's root (`lib.rs`) holds only the module list: nothing to depend on.
            let Some(target) = resolve(&path, &modules) else { continue };
            let own_child = target.len() > me.len() && target.starts_with(&me);
            if target != me && !own_child {
                deps.insert(target);
            }
        }
        edges.insert(me, deps);
    }
    edges
}

/// The strongly connected components of more than one module (Tarjan's algorithm).
fn cycles(edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<Vec<String>>> {
    struct State<'a> {
        edges: &'a BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        index: BTreeMap<&'a Vec<String>, usize>,
        low: BTreeMap<&'a Vec<String>, usize>,
        stack: Vec<&'a Vec<String>>,
        found: Vec<Vec<Vec<String>>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a Vec<String>) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        for w in s.edges.get(v).into_iter().flatten() {
            let Some((w, _)) = s.edges.get_key_value(w) else { continue };
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.stack.contains(&w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                component.push(w.clone());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut s = State { edges, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), found: Vec::new() };
    for v in edges.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.found
}

#[test]
fn the_core_has_no_import_cycle() {
    let edges = graph();
    let name = |m: &Vec<String>| m.join("::");
    let report: Vec<String> = cycles(&edges)
        .iter()
        .map(|c| {
            let within: Vec<String> = c
                .iter()
                .map(|m| {
                    let to: Vec<String> = edges[m].iter().filter(|d| c.contains(d)).map(name).collect();
                    format!("  {} -> {}", name(m), to.join(", "))
                })
                .collect();
            format!("{} modules in a cycle:\n{}", c.len(), within.join("\n"))
        })
        .collect();
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn the_scan_sees_every_kind_of_path() {
    let text = code(
        "use super::{a::B, c, d::{E, f::G}};\nuse crate::x::Y; // crate::no\nlet s = \"crate::no\";\nlet r = r#\"crate::no\"#;\nfn f<'a>(c: char) { crate::z::w(); }",
    );
    let sup: Vec<String> = paths(&text, "super::").iter().map(|p| p.join("::")).collect();
    assert_eq!(sup, ["a::B", "c", "d::E", "d::f::G"]);
    let cr: Vec<String> = paths(&text, "crate::").iter().map(|p| p.join("::")).collect();
    assert_eq!(cr, ["x::Y", "z::w"]);
}
