//! The house rules of `docs/architecture.md`, checked on the source tree: no file imports
//! another that imports it back, no function is longer than 150 lines, and the core uses no
//! browser API. Each check is also run on a small made-up tree that breaks it, so a check that
//! could never fail would show.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const MAX_FUNCTION_LINES: usize = 150;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every file of `src/` (but the binaries') by its module path, with its text.
fn source_tree() -> BTreeMap<String, String> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files
        .into_iter()
        .filter(|p| !p.starts_with("src/bin"))
        .map(|p| {
            let rel = p.strip_prefix("src").expect("under src").with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts
                .last()
                .is_some_and(|l| l == "mod" || l == "lib" || l == "main")
            {
                parts.pop();
            }
            (
                parts.join("::"),
                fs::read_to_string(&p).expect("readable source"),
            )
        })
        .collect()
}

/// The modules of `files` that `module`'s text names through `crate::` or `super::` paths.
fn imports(module: &str, text: &str, files: &BTreeMap<String, String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in text
        .match_indices("crate::")
        .chain(text.match_indices("super::"))
    {
        if at > 0 && text.as_bytes()[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let path: String = text[at..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        let mut base: Vec<&str> = Vec::new();
        if segments.first() == Some(&"crate") {
            segments.remove(0);
        } else {
            base = module.split("::").collect();
            while segments.first() == Some(&"super") {
                segments.remove(0);
                base.pop();
            }
        }
        // The longest prefix that is a file is the module imported.
        let named = (0..=segments.len())
            .map(|n| [base.as_slice(), &segments[..n]].concat().join("::"))
            .rfind(|candidate| files.contains_key(candidate));
        if let Some(named) = named {
            let is_ancestor = module.starts_with(&format!("{named}::")) || named.is_empty();
            if named != module && !is_ancestor {
                found.insert(named);
            }
        }
    }
    found
}

/// A cycle in `graph`, as the modules along it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        done: &mut BTreeSet<String>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, done, path) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut done, &mut Vec::new()))
}

fn import_graph(files: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    files
        .iter()
        .map(|(module, text)| (module.clone(), imports(module, text, files)))
        .collect()
}

/// A line with its string and character literals emptied, so their braces do not count.
fn code_only(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        match (in_string, c) {
            (true, '\\') => {
                chars.next();
            }
            (true, '"') => in_string = false,
            (true, _) => {}
            (false, '"') => in_string = true,
            (false, '\'') if matches!(chars.peek(), Some('{' | '}')) => {
                chars.next();
            }
            (false, '/') if chars.peek() == Some(&'/') => break,
            (false, c) => out.push(c),
        }
    }
    out
}

/// Functions of `text` longer than `max` lines, as (first line, length).
fn long_functions(text: &str, max: usize) -> Vec<(usize, usize)> {
    let lines: Vec<String> = text.lines().map(code_only).collect();
    let mut long = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let is_fn = [
            "fn ",
            "pub fn ",
            "pub(crate) fn ",
            "pub(super) fn ",
            "async fn ",
        ]
        .iter()
        .any(|p| trimmed.starts_with(p));
        if !is_fn {
            continue;
        }
        let mut depth = 0i64;
        let mut opened = false;
        for (end, line) in lines.iter().enumerate().skip(start) {
            depth += line.matches('{').count() as i64 - line.matches('}').count() as i64;
            opened |= line.contains('{');
            if (opened && depth <= 0) || (!opened && line.trim_end().ends_with(';')) {
                if end - start + 1 > max {
                    long.push((start + 1, end - start + 1));
                }
                break;
            }
        }
    }
    long
}

#[test]
fn no_file_imports_another_that_imports_it_back() {
    let files = source_tree();
    assert!(
        files.contains_key("core::model::timeline"),
        "the tree was read"
    );
    let graph = import_graph(&files);
    assert!(
        graph["app::strip::event_strip"].contains("core::strip::zoom"),
        "imports are found"
    );
    assert_eq!(find_cycle(&graph), None, "an import cycle");
}

#[test]
fn the_cycle_check_finds_a_cycle_through_super_and_crate_paths() {
    let files: BTreeMap<String, String> = [
        ("a::x", "use super::y::Thing;"),
        ("a::y", "use crate::b::z::other;"),
        ("b::z", "fn f() { crate::a::x::g(); }"),
        ("b::w", "use crate::a::x;"),
    ]
    .into_iter()
    .map(|(m, t)| (m.to_string(), t.to_string()))
    .collect();
    let cycle = find_cycle(&import_graph(&files)).expect("a cycle");
    assert_eq!(cycle.first(), cycle.last());
    assert_eq!(cycle.len(), 4, "{cycle:?}");
}

#[test]
fn no_function_is_longer_than_150_lines() {
    let files = source_tree();
    let long: Vec<String> = files
        .iter()
        .flat_map(|(module, text)| {
            long_functions(text, MAX_FUNCTION_LINES)
                .into_iter()
                .map(move |(line, n)| format!("{module} line {line}: {n} lines"))
        })
        .collect();
    assert!(
        long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines: {long:?}"
    );
}

#[test]
fn the_length_check_counts_braces_in_code_not_in_strings() {
    let body = "    let s = \"}}}\";\n".repeat(5);
    let text = format!("fn f() {{\n{body}}}\nfn g() {{}}\n");
    assert_eq!(long_functions(&text, 6), vec![(1, 7)]);
    assert_eq!(long_functions(&text, 7), vec![]);
}

#[test]
fn the_core_uses_no_browser_api() {
    for (module, text) in source_tree() {
        if !module.starts_with("core") {
            continue;
        }
        for api in ["web_sys", "js_sys", "wasm_bindgen", "leptos"] {
            assert!(
                !text.contains(&format!("{api}::")),
                "{module} uses {api}: the core must stay plain Rust"
            );
        }
    }
}
