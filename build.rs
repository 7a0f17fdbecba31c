//! Writes the interface's words into `$OUT_DIR/locale.rs` (read by `src/locale.rs`). Each
//! file `locales/<language>/<area>.json` is a flat object of words; it becomes
//! `pub mod <area>`, each word a function: `zoom_in()` returns a `&'static str`, a word with
//! `{placeholders}` takes one argument each (`events_in(count)`) and returns a `String`.
//! A reader's build holds one language, English or Korean with the `korean` feature, so the
//! English reader is as small as with the words written in place; the `every-language` build
//! (the editor, the cite page) holds both and follows the page's language at run time
//! (docs/architecture.md, "Languages"). A language missing a word, or naming other
//! placeholders, stops the build.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

type Area = BTreeMap<String, String>;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let english = read_language("en");
    let korean = read_language("ko");
    if let Err(problem) = same_words(&english, &korean) {
        panic!("locales/ko does not match locales/en: {problem}");
    }
    let feature = |name: &str| std::env::var_os(format!("CARGO_FEATURE_{name}")).is_some();
    let code = if feature("EVERY_LANGUAGE") {
        every_language_module(&english, &korean)
    } else if feature("KOREAN") {
        one_language_module("ko", &korean)
    } else {
        one_language_module("en", &english)
    };
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locale.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

fn read_language(code: &str) -> BTreeMap<String, Area> {
    let folder = Path::new("locales").join(code);
    let mut areas = BTreeMap::new();
    for entry in std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
    {
        let path = entry.expect("a readable folder").path();
        if path.extension().is_none_or(|ext| ext != "json") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let words: Area = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not a flat object of words: {e}", path.display()));
        let area = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a UTF-8 file name");
        areas.insert(area.to_string(), words);
    }
    areas
}

/// The `{name}`s in a word, in order of first appearance.
fn placeholders(word: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = word;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        let name = rest[open + 1..close].to_string();
        if !names.contains(&name) {
            names.push(name);
        }
        rest = &rest[(close + 1).min(rest.len())..];
    }
    names
}

fn same_words(
    english: &BTreeMap<String, Area>,
    other: &BTreeMap<String, Area>,
) -> Result<(), String> {
    let areas = |l: &BTreeMap<String, Area>| l.keys().cloned().collect::<Vec<_>>().join(", ");
    if areas(english) != areas(other) {
        return Err(format!("areas {} against {}", areas(other), areas(english)));
    }
    for (area, words) in english {
        let theirs = &other[area];
        for (key, word) in words {
            let Some(their) = theirs.get(key) else {
                return Err(format!("{area}.json has no \"{key}\""));
            };
            let (mut a, mut b) = (placeholders(word), placeholders(their));
            a.sort();
            b.sort();
            if a != b {
                let (b, a) = (b.join(", "), a.join(", "));
                return Err(format!(
                    "{area}.json \"{key}\" has placeholders [{b}], not [{a}]"
                ));
            }
        }
        if let Some(extra) = theirs.keys().find(|k| !words.contains_key(*k)) {
            return Err(format!(
                "{area}.json has \"{extra}\", which English does not"
            ));
        }
    }
    Ok(())
}

/// One language's words, each a function returning its literal: inlined, so a reader's Wasm
/// holds only its own language, exactly as with the words written in place.
fn one_language_module(code: &str, language: &BTreeMap<String, Area>) -> String {
    let mut out = format!(
        "/// The language of these words (a BCP 47 tag).\n#[inline(always)]\npub fn lang() -> &'static str {{ {} }}\n",
        rust_string(code)
    );
    for (area, words) in language {
        writeln!(out, "pub mod {area} {{").unwrap();
        for (key, word) in words {
            let signature = signature(key, word);
            writeln!(
                out,
                "    #[inline(always)]\n    pub {signature} {{ {} }}",
                body(word)
            )
            .unwrap();
        }
        writeln!(out, "}}").unwrap();
    }
    out
}

/// Both languages' words, each function choosing by the language the page runs in
/// (`crate::locale::korean()`): for the modules only some visits load (the editor, the cite
/// page), which follow the visitor's language at run time rather than being built twice.
fn every_language_module(
    english: &BTreeMap<String, Area>,
    korean: &BTreeMap<String, Area>,
) -> String {
    let mut out = String::from(
        "/// The language of these words (a BCP 47 tag).\npub fn lang() -> &'static str { if korean() { \"ko\" } else { \"en\" } }\n",
    );
    for (area, words) in english {
        writeln!(out, "pub mod {area} {{").unwrap();
        for (key, word) in words {
            let signature = signature(key, word);
            let theirs = &korean[area][key];
            // A word both languages write alike ("APA") needs no choice.
            let chosen = if theirs == word {
                body(word)
            } else {
                format!(
                    "if super::korean() {{ {} }} else {{ {} }}",
                    body(theirs),
                    body(word)
                )
            };
            writeln!(out, "    pub {signature} {{ {chosen} }}").unwrap();
        }
        writeln!(out, "}}").unwrap();
    }
    out
}

/// A word's function: no arguments and a `&'static str` without `{placeholders}`, else one
/// argument per placeholder and a `String`.
fn signature(key: &str, word: &str) -> String {
    let names = placeholders(word);
    if names.is_empty() {
        format!("fn {key}() -> &'static str")
    } else {
        let params: Vec<String> = names
            .iter()
            .map(|n| format!("{n}: impl ::core::fmt::Display"))
            .collect();
        format!("fn {key}({}) -> String", params.join(", "))
    }
}

fn body(word: &str) -> String {
    if placeholders(word).is_empty() {
        rust_string(word)
    } else {
        format!("format!({})", rust_string(word))
    }
}

/// `text` as a Rust string literal. Written out rather than with `{:?}`, because the reader's
/// profile builds this script too with `-Zfmt-debug=none`, which empties `{:?}`.
fn rust_string(text: &str) -> String {
    let mut literal = String::from('"');
    for c in text.chars() {
        match c {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            '\n' => literal.push_str("\\n"),
            c => literal.push(c),
        }
    }
    literal.push('"');
    literal
}
