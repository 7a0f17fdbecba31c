//! What `sanitize` takes out of HTML that a reader would miss: code and embedded content
//! (dropped with everything inside), images, event handlers, and links to anything but a web
//! address. An importer warns with this list, so nothing an author wrote is lost silently.
//! Unwrapping an unknown element (its words stay) and dropping presentational attributes
//! (`class`, `style`, `target`) change how text looks, not what it says, and are not listed.

use std::collections::HashSet;

use crate::core::text::rich_node::RichNode;
use crate::core::text::sanitize::{safe_href, DROPPED};
use crate::locale::import;

/// The longest address or value a description quotes whole.
const QUOTED_CHARS: usize = 60;

/// Each kind of part `sanitize` would take out of `nodes`, described once, in the order met:
/// `<script>`, `<iframe> of “…”`, `an image (“…”)`, `an onerror attribute`,
/// `a link to “javascript:…” (its words stay, unlinked)`.
pub fn removed_parts(nodes: &[RichNode]) -> Vec<String> {
    let mut found = Found::default();
    collect(nodes, &mut found);
    found.parts
}

#[derive(Default)]
struct Found {
    parts: Vec<String>,
    seen: HashSet<String>,
}

impl Found {
    fn note(&mut self, part: String) {
        if self.seen.insert(part.clone()) {
            self.parts.push(part);
        }
    }
}

/// Walks the tree as `sanitize` does: into allowed and unwrapped elements, never into a
/// dropped one, which is listed whole.
fn collect(nodes: &[RichNode], found: &mut Found) {
    for node in nodes {
        let RichNode::Element {
            tag,
            attrs,
            children,
        } = node
        else {
            continue;
        };
        let tag = tag.to_ascii_lowercase();
        let attribute = |name: &str| {
            attrs
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, value)| value.as_str())
        };
        let source = attribute("src").or_else(|| attribute("data"));
        if DROPPED.contains(&tag.as_str()) {
            found.note(match source {
                Some(src) => import::part_of(&tag, quoted(src)),
                None => format!("<{tag}>"),
            });
            continue;
        }
        if tag == "img" {
            found.note(match source {
                Some(src) => import::image_of(quoted(src)),
                None => import::image().to_string(),
            });
        }
        for (name, _) in attrs {
            let name = name.to_ascii_lowercase();
            if name.starts_with("on") {
                found.note(import::handler(name));
            }
        }
        if tag == "a" {
            if let Some(href) = attribute("href").filter(|h| safe_href(h).is_none()) {
                found.note(import::unsafe_link(quoted(href)));
            }
        }
        collect(children, found);
    }
}

/// `value` in curly quotes, cut short when long (a `data:` address can be megabytes).
pub fn quoted(value: &str) -> String {
    let value = value.trim();
    if value.chars().count() <= QUOTED_CHARS {
        format!("“{value}”")
    } else {
        let cut: String = value.chars().take(QUOTED_CHARS).collect();
        format!("“{cut}…”")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::html_parse::parse_html;

    fn removed(html: &str) -> Vec<String> {
        removed_parts(&parse_html(html))
    }

    #[test]
    fn lists_code_images_handlers_and_unsafe_links_once_each() {
        let html = "<p onclick=\"x()\">Hi <script>a()</script><script>b()</script>\
                    <img src=\"x.png\" onerror=\"alert(1)\"> <a href=\"JavaScript:alert(1)\">js</a> \
                    <a href=\"https://ok.example\">ok</a></p><iframe src=\"https://maps.example\">\
                    </iframe><svg><a href=\"javascript:x\">in svg</a></svg>";
        assert_eq!(
            removed(html),
            [
                "an onclick attribute",
                "<script>",
                "an image (“x.png”)",
                "an onerror attribute",
                "a link to “JavaScript:alert(1)” (its words stay, unlinked)",
                "<iframe> of “https://maps.example”",
                "<svg>",
            ]
        );
    }

    #[test]
    fn formatting_that_changes_only_the_look_is_not_listed() {
        let html = "<div class=\"x\" style=\"color:red\"><span>words</span> \
                    <a href=\"https://ok.example\" target=\"_blank\">a link</a> <h2>head</h2></div>";
        assert_eq!(removed(html), Vec::<String>::new());
        assert_eq!(removed("plain words"), Vec::<String>::new());
    }

    #[test]
    fn long_values_are_quoted_short() {
        let data = format!("data:image/png;base64,{}", "A".repeat(500));
        let parts = removed(&format!("<img src=\"{data}\">"));
        assert_eq!(parts.len(), 1);
        assert!(parts[0].ends_with("AAA…”)"), "{}", parts[0]);
        assert!(parts[0].chars().count() < 80, "{}", parts[0]);
    }
}
