//! Rich text as the model keeps it: HTML from a file parsed and cut down to the allowlist
//! once, when the file is read, so showing it never parses HTML again.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::text::canonical_html::read_canonical;
use crate::core::text::html_parse::parse_html;
use crate::core::text::rich_node::{to_html, RichNode};
use crate::core::text::sanitize::sanitize;

/// Sanitised HTML as a tree. In a file it is a string of HTML. Reading the file reads plain
/// text and the cleaned form this app writes at once (`canonical_html`); any other HTML waits,
/// unparsed, for [`RichText::finish_parsing`], so the full parser is only in the code of
/// those who call it (the converter worker and the native tools), not in the reader's.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RichText {
    nodes: Vec<RichNode>,
    unparsed: Option<Box<str>>,
}

impl RichText {
    /// Parses `html` and keeps only what the allowlist allows.
    pub fn parse(html: &str) -> RichText {
        RichText::from_nodes(&parse_html(html))
    }

    /// Cleans a tree built by hand (an importer's link, say).
    pub fn from_nodes(nodes: &[RichNode]) -> RichText {
        RichText {
            nodes: sanitize(nodes),
            unparsed: None,
        }
    }

    /// Reads what `read_canonical` can at once (it reads only what is already clean, so the
    /// reader's Wasm needs no sanitiser) and keeps the rest for the full parser.
    fn read(html: &str) -> RichText {
        match read_canonical(html) {
            Some(nodes) => RichText {
                nodes,
                unparsed: None,
            },
            None => RichText {
                nodes: Vec::new(),
                unparsed: Some(html.into()),
            },
        }
    }

    /// False while it holds HTML only the full parser reads.
    pub fn is_parsed(&self) -> bool {
        self.unparsed.is_none()
    }

    /// Parses what reading left unparsed with the full parser.
    pub fn finish_parsing(&mut self) {
        if let Some(html) = self.unparsed.take() {
            *self = RichText::parse(&html);
        }
    }

    pub fn nodes(&self) -> &[RichNode] {
        &self.nodes
    }

    /// The words, for places that show text only (headlines, dates, names): without markup,
    /// runs of white space folded to one space.
    pub fn plain_text(&self) -> String {
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
        collect(&self.nodes, &mut out);
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The cleaned HTML (empty while unparsed: nothing unchecked is ever written out).
    pub fn to_html(&self) -> String {
        to_html(&self.nodes)
    }

    /// True when it holds no words and no elements: nothing to show.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}

impl Serialize for RichText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_html())
    }
}

impl<'de> Deserialize<'de> for RichText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RichText, D::Error> {
        let html = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(RichText::read(&html))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::rich_node::test_nodes::{el, text};
    use crate::core::text::sanitize::{safe_href, sanitize};

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
        assert_eq!(
            to_html(&tree),
            "&quot;&#x27;&lt;script&gt;&amp;inner<p></p>"
        );
        let attr = el("a", &[("href", "https://x.example/\"><script>")], vec![]);
        assert_eq!(
            to_html(&sanitize(&[attr])),
            "<a href=\"https://x.example/&quot;&gt;&lt;script&gt;\" rel=\"noopener noreferrer\"></a>"
        );
    }
}
