//! Rich text from a timeline file (a TimelineJS slide's HTML), cut down to what an essay
//! timeline needs: paragraphs, emphasis, lists, quotes and plain links.
//!
//! The rule is an allowlist. Unknown elements are unwrapped (their text stays); elements that
//! hold code or foreign content go with everything inside them; every attribute but a safe
//! link's `href` is dropped.

use crate::core::text::rich_node::RichNode;
use crate::core::text::url_text::as_browser_reads;

/// Kept, with their children cleaned in turn.
pub(crate) const ALLOWED: [&str; 12] = [
    "p",
    "br",
    "em",
    "i",
    "strong",
    "b",
    "u",
    "ul",
    "ol",
    "li",
    "blockquote",
    "a",
];

/// Dropped with everything inside: scripts, styles, embedded documents and foreign markup
/// (inside `svg` or `math` even a `script` or `a` follows other rules), and form controls
/// and metadata whose text is not prose.
pub(crate) const DROPPED: [&str; 25] = [
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "template",
    "noscript",
    "noembed",
    "noframes",
    "xmp",
    "plaintext",
    "textarea",
    "select",
    "option",
    "button",
    "title",
    "head",
    "canvas",
    "audio",
    "video",
];

/// The rel every kept link gets: the linked page cannot reach back into this one.
pub const LINK_REL: &str = "noopener noreferrer";

/// Keeps only the allowed elements and safe links; see the module comment.
pub fn sanitize(nodes: &[RichNode]) -> Vec<RichNode> {
    let mut out = Vec::new();
    for node in nodes {
        match node {
            RichNode::Text(text) => out.push(RichNode::Text(text.clone())),
            RichNode::Element {
                tag,
                attrs,
                children,
            } => {
                let tag = tag.to_ascii_lowercase();
                if DROPPED.contains(&tag.as_str()) {
                    continue;
                }
                if !ALLOWED.contains(&tag.as_str()) {
                    out.extend(sanitize(children));
                    continue;
                }
                let attrs = if tag == "a" {
                    let href = attrs
                        .iter()
                        .find(|(name, _)| name.eq_ignore_ascii_case("href"))
                        .and_then(|(_, value)| safe_href(value));
                    href.map(|h| ("href".to_string(), h))
                        .into_iter()
                        .chain([("rel".to_string(), LINK_REL.to_string())])
                        .collect()
                } else {
                    Vec::new()
                };
                let children = if tag == "br" {
                    Vec::new()
                } else {
                    sanitize(children)
                };
                out.push(RichNode::Element {
                    tag,
                    attrs,
                    children,
                });
            }
        }
    }
    out
}

/// The link target as the browser will read it, if it is an http(s) URL or a `#fragment` on
/// this page. Browsers ignore leading and trailing control characters and spaces and every
/// tab and newline inside a URL (so `java\tscript:` is `javascript:`); this does the same
/// before judging the scheme, so no such trick gets past it.
pub fn safe_href(href: &str) -> Option<String> {
    let cleaned = as_browser_reads(href);
    if cleaned.starts_with('#') {
        return Some(cleaned);
    }
    let scheme_end = cleaned.find([':', '/', '?', '#'])?;
    let scheme = &cleaned[..scheme_end];
    let is_web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    (cleaned[scheme_end..].starts_with(':') && is_web).then_some(cleaned)
}
