//! The stylesheet and the core share the strip's sizes: every size in
//! `core::strip::geometry::CSS_SIZES` is declared on `:root` with the same value, and every
//! width breakpoint of the stylesheet is the core's phone breakpoint.

use korea_timeline::core::strip::geometry::{CSS_SIZES, PHONE_QUERY};

const CSS: &str = include_str!("../style/main.css");

/// The value of custom property `name` declared in the stylesheet's first `:root` rule.
fn root_property(name: &str) -> Option<String> {
    let root = CSS.split(":root {").nth(1)?.split('}').next()?;
    root.lines()
        .map(str::trim)
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
        .map(|value| value.trim().trim_end_matches(';').trim().to_string())
}

#[test]
fn the_stylesheet_declares_each_strip_size_as_the_core_does() {
    for (name, px) in CSS_SIZES {
        assert_eq!(
            root_property(name).as_deref(),
            Some(format!("{px}px").as_str()),
            "style/main.css must declare {name}: {px}px on :root"
        );
    }
}

#[test]
fn every_width_breakpoint_is_the_phone_breakpoint() {
    let widths: Vec<&str> = CSS
        .match_indices("@media")
        .map(|(at, _)| CSS[at..].split('{').next().unwrap_or_default())
        .filter(|query| query.contains("width"))
        .collect();
    assert!(!widths.is_empty(), "the stylesheet has a phone layout");
    for query in widths {
        assert!(
            query.contains(PHONE_QUERY),
            "{query:?} must use the core's phone breakpoint {PHONE_QUERY}"
        );
    }
}
