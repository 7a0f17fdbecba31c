//! Rich text from a timeline file (a TimelineJS slide's HTML), cut down to what an essay
//! timeline needs: paragraphs, emphasis, lists, quotes and plain links. `html_parse` reads the
//! HTML into this tree; everything else is decided here, so it is tested natively.
//!
//! The rule is an allowlist. Unknown elements are unwrapped (their text stays); elements that
//! hold code or foreign content go with everything inside them; every attribute but a safe
//! link's `href` is dropped.

/// A parsed HTML node: an element with its attributes (names as the parser gives them) and
/// children, or text (entities already decoded by the parser).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RichNode {
    Element {
        tag: String,
        attrs: Vec<(String, String)>,
        children: Vec<RichNode>,
    },
    Text(String),
}

/// Kept, with their children cleaned in turn.
const ALLOWED: [&str; 12] = [
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
const DROPPED: [&str; 25] = [
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

/// The words of some HTML, for places that show text only (headlines, dates, names): the text
/// `sanitize` keeps, without markup, runs of white space folded to one space.
pub fn plain_text(html: &str) -> String {
    fn collect(nodes: &[RichNode], out: &mut String) {
        for node in nodes {
            match node {
                RichNode::Text(text) => out.push_str(text),
                RichNode::Element { children, .. } => {
                    out.push(' ');
                    collect(children, out);
                    out.push(' ');
                }
            }
        }
    }
    let mut out = String::new();
    collect(
        &sanitize(&crate::core::text::html_parse::parse_html(html)),
        &mut out,
    );
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The link target as the browser will read it, if it is an http(s) URL or a `#fragment` on
/// this page. Browsers ignore leading and trailing control characters and spaces and every
/// tab and newline inside a URL (so `java\tscript:` is `javascript:`); this does the same
/// before judging the scheme, so no such trick gets past it.
pub fn safe_href(href: &str) -> Option<String> {
    let cleaned: String = href
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.starts_with('#') {
        return Some(cleaned);
    }
    let scheme_end = cleaned.find([':', '/', '?', '#'])?;
    let scheme = &cleaned[..scheme_end];
    let is_web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    (cleaned[scheme_end..].starts_with(':') && is_web).then_some(cleaned)
}

/// Writes nodes back as HTML, escaping all text and attribute values. Meant for trees that
/// went through `sanitize`; a tag or attribute name that is not plain lowercase ASCII letters
/// and digits is never written, so no name can smuggle markup either.
pub fn to_html(nodes: &[RichNode]) -> String {
    let mut out = String::new();
    write_html(nodes, &mut out);
    out
}

fn write_html(nodes: &[RichNode], out: &mut String) {
    let plain = |name: &str| {
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    };
    for node in nodes {
        match node {
            RichNode::Text(text) => escape_into(text, out),
            RichNode::Element {
                tag,
                attrs,
                children,
            } if plain(tag) => {
                out.push('<');
                out.push_str(tag);
                for (name, value) in attrs.iter().filter(|(name, _)| plain(name)) {
                    out.push_str(&format!(" {name}=\""));
                    escape_into(value, out);
                    out.push('"');
                }
                out.push('>');
                if tag != "br" {
                    write_html(children, out);
                    out.push_str(&format!("</{tag}>"));
                }
            }
            RichNode::Element { children, .. } => write_html(children, out),
        }
    }
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Short constructors for trees in tests.
#[cfg(test)]
pub(crate) mod test_nodes {
    use super::RichNode;

    pub fn el(tag: &str, attrs: &[(&str, &str)], children: Vec<RichNode>) -> RichNode {
        RichNode::Element {
            tag: tag.to_string(),
            attrs: attrs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            children,
        }
    }

    pub fn text(s: &str) -> RichNode {
        RichNode::Text(s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::test_nodes::{el, text};
    use super::*;

    fn link(href: &str) -> RichNode {
        el("a", &[("href", href)], vec![text("go")])
    }

    /// The one link left after sanitising, as HTML.
    fn clean_link(href: &str) -> String {
        to_html(&sanitize(&[link(href)]))
    }

    #[test]
    fn keeps_the_allowed_elements_and_drops_their_attributes() {
        let tree = vec![el(
            "p",
            &[
                ("class", "x"),
                ("style", "color:red"),
                ("onclick", "evil()"),
            ],
            vec![
                el("STRONG", &[], vec![text("bold")]),
                el("br", &[("id", "b")], vec![text("never")]),
                el("em", &[], vec![text("a < b & c")]),
            ],
        )];
        assert_eq!(
            to_html(&sanitize(&tree)),
            "<p><strong>bold</strong><br><em>a &lt; b &amp; c</em></p>"
        );
        let lists = vec![el(
            "ul",
            &[],
            vec![el("li", &[], vec![text("1")]), el("ol", &[], vec![])],
        )];
        assert_eq!(sanitize(&lists), lists);
        let quote = vec![el(
            "blockquote",
            &[("cite", "x")],
            vec![el("u", &[], vec![text("q")])],
        )];
        assert_eq!(
            to_html(&sanitize(&quote)),
            "<blockquote><u>q</u></blockquote>"
        );
    }

    #[test]
    fn unwraps_unknown_elements_and_keeps_their_text() {
        let tree = vec![el(
            "div",
            &[("onmouseover", "x()")],
            vec![
                el("span", &[("style", "x")], vec![text("kept ")]),
                el("h1", &[], vec![el("i", &[], vec![text("title")])]),
                el("img", &[("src", "x"), ("onerror", "alert(1)")], vec![]),
            ],
        )];
        assert_eq!(
            sanitize(&tree),
            vec![text("kept "), el("i", &[], vec![text("title")])]
        );
    }

    #[test]
    fn drops_code_and_foreign_content_with_everything_inside() {
        let tree = vec![
            el("script", &[], vec![text("alert(1)")]),
            el("STYLE", &[], vec![text("body{}")]),
            el(
                "iframe",
                &[("src", "https://evil.example")],
                vec![text("x")],
            ),
            el(
                "svg",
                &[("onload", "alert(1)")],
                vec![
                    el("script", &[], vec![text("alert(2)")]),
                    el(
                        "a",
                        &[("href", "https://ok.example")],
                        vec![text("svg link")],
                    ),
                ],
            ),
            el("object", &[("data", "x.swf")], vec![text("fallback")]),
            el("embed", &[("src", "x")], vec![]),
            el("math", &[], vec![el("mi", &[], vec![text("x")])]),
            el("template", &[], vec![el("p", &[], vec![text("hidden")])]),
            el("noscript", &[], vec![text("<img src=x onerror=alert(1)>")]),
            text("safe"),
        ];
        assert_eq!(sanitize(&tree), vec![text("safe")]);
        let nested = vec![el(
            "p",
            &[],
            vec![el(
                "span",
                &[],
                vec![el("svg", &[], vec![el("script", &[], vec![text("x")])])],
            )],
        )];
        assert_eq!(to_html(&sanitize(&nested)), "<p></p>");
    }

    #[test]
    fn keeps_web_links_and_fragments_with_a_forced_rel() {
        assert_eq!(
            clean_link("https://example.com/a?b=1&c=2"),
            "<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">go</a>"
        );
        assert_eq!(
            clean_link("HTTP://example.com"),
            "<a href=\"HTTP://example.com\" rel=\"noopener noreferrer\">go</a>"
        );
        assert_eq!(
            clean_link("#note-4"),
            "<a href=\"#note-4\" rel=\"noopener noreferrer\">go</a>"
        );
        let own_rel = el(
            "a",
            &[
                ("href", "https://x.example"),
                ("rel", "opener"),
                ("target", "_blank"),
            ],
            vec![],
        );
        assert_eq!(
            to_html(&sanitize(&[own_rel])),
            "<a href=\"https://x.example\" rel=\"noopener noreferrer\"></a>"
        );
    }

    #[test]
    fn refuses_script_and_data_links_however_they_are_disguised() {
        for href in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\rscript:alert(1)",
            " \u{1}\u{0}javascript:alert(1)",
            "javascript\t:alert(1)",
            "\u{b}javascript:alert(1)",
            "&#106;avascript:alert(1)",
            "javascript&colon;alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "DATA:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "ｊavascript:alert(1)",
            "//evil.example/x",
            "relative/page.html",
            "https",
            "",
        ] {
            assert_eq!(
                clean_link(href),
                "<a rel=\"noopener noreferrer\">go</a>",
                "{href:?} must lose its href"
            );
        }
        // The browser would read this as https, so it is kept, in the form the browser reads.
        assert_eq!(
            safe_href(" ht\ttps://ok.example "),
            Some("https://ok.example".to_string())
        );
        let shouted = el("a", &[("HREF", "javascript:alert(1)")], vec![]);
        assert_eq!(
            to_html(&sanitize(&[shouted])),
            "<a rel=\"noopener noreferrer\"></a>"
        );
    }

    #[test]
    fn escapes_text_and_attributes_and_never_writes_odd_names() {
        let tree = vec![
            text("\"'<script>&"),
            el("a onclick=x", &[], vec![text("inner")]),
            el("p", &[("x\" onclick=\"y", "1")], vec![]),
        ];
        assert_eq!(to_html(&tree), "&quot;&#39;&lt;script&gt;&amp;inner<p></p>");
        let attr = el("a", &[("href", "https://x.example/\"><script>")], vec![]);
        assert_eq!(
            to_html(&sanitize(&[attr])),
            "<a href=\"https://x.example/&quot;&gt;&lt;script&gt;\" rel=\"noopener noreferrer\"></a>"
        );
    }
}
