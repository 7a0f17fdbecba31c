//! A strict reader for rich text in the one form `rich_node::to_html` writes: allowed tags in
//! lowercase, attributes in double quotes, end tags written out, text escaped with the five
//! entities the writer uses. It is a fraction of `html_parse`'s size, so the reader's first
//! download reads plain text, and the cleaned HTML the converter worker sends back, without
//! the full parser. Anything outside that form is refused (`None`), never guessed at: the
//! caller hands it to the full parser, so both readings of a string always agree.

use crate::core::text::rich_node::RichNode;
// The tags and links this form may hold: the sanitiser's allowlist.
use crate::core::text::sanitize::{safe_href, ALLOWED, LINK_REL};

/// Deeper nesting goes to the full parser, which has its own limit.
const MAX_DEPTH: usize = 64;

struct Open {
    tag: &'static str,
    attrs: Vec<(String, String)>,
    children: Vec<RichNode>,
}

/// The nodes `html` holds, if it is in the writer's form; `None` if it is not.
pub fn read_canonical(html: &str) -> Option<Vec<RichNode>> {
    let mut root = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let text_end = rest.find('<').unwrap_or(rest.len());
        if text_end > 0 {
            let text = decode(&rest[..text_end])?;
            let children = open.last_mut().map_or(&mut root, |o| &mut o.children);
            children.push(RichNode::Text(text));
            rest = &rest[text_end..];
            continue;
        }
        let close = rest.find('>')?;
        let inside = &rest[1..close];
        rest = &rest[close + 1..];
        if let Some(name) = inside.strip_prefix('/') {
            let done = open.pop().filter(|o| o.tag == name)?;
            let children = open.last_mut().map_or(&mut root, |o| &mut o.children);
            children.push(RichNode::Element {
                tag: done.tag.to_string(),
                attrs: done.attrs,
                children: done.children,
            });
            continue;
        }
        let (name, attrs) = start_tag(inside)?;
        if would_close_implicitly(&open, name) || open.len() >= MAX_DEPTH {
            return None;
        }
        if name == "br" {
            let children = open.last_mut().map_or(&mut root, |o| &mut o.children);
            children.push(RichNode::Element {
                tag: name.to_string(),
                attrs,
                children: Vec::new(),
            });
        } else {
            open.push(Open {
                tag: name,
                attrs,
                children: Vec::new(),
            });
        }
    }
    open.is_empty().then_some(root)
}

/// A tag's name (one of [`ALLOWED`]) and its `name="value"` attributes: a link's only, and
/// only as `sanitize` leaves them (a safe `href`, if any, then its `rel`), so what this reads
/// is already clean and is kept as read.
fn start_tag(inside: &str) -> Option<(&'static str, Vec<(String, String)>)> {
    let name_end = inside.find(' ').unwrap_or(inside.len());
    let name = *ALLOWED.iter().find(|t| **t == &inside[..name_end])?;
    let mut attrs = Vec::new();
    let mut rest = &inside[name_end..];
    while let Some(after_space) = rest.strip_prefix(' ') {
        let (attr, after_name) = after_space.split_once("=\"")?;
        // The writer writes only a link's target and rel, as `sanitize` leaves them.
        if name != "a" || !matches!(attr, "href" | "rel") {
            return None;
        }
        let (value, after_value) = after_name.split_once('"')?;
        attrs.push((attr.to_string(), decode(value)?));
        rest = after_value;
    }
    let clean = match attrs.as_slice() {
        [] => name != "a",
        [(rel, value)] => rel == "rel" && value == LINK_REL,
        [(href, target), (rel, value)] => {
            href == "href"
                && safe_href(target).as_ref() == Some(target)
                && rel == "rel"
                && value == LINK_REL
        }
        _ => false,
    };
    (rest.is_empty() && clean).then_some((name, attrs))
}

/// True where the full parser would end an open element on its own (a `p` inside a `p`, an
/// `li` inside an `li` of the same list), so its tree would differ from the text's nesting.
fn would_close_implicitly(open: &[Open], name: &str) -> bool {
    let bounds: &[&str] = match name {
        "p" => &["ul", "ol", "blockquote", "li"],
        "li" => &["ul", "ol"],
        _ => return false,
    };
    let Some(index) = open.iter().rposition(|o| o.tag == name) else {
        return false;
    };
    !open[index..].iter().any(|o| bounds.contains(&o.tag))
}

/// Text with the writer's five entities decoded; any other `&` is not this form.
fn decode(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let (entity, c) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#x27;", '\''),
        ]
        .into_iter()
        .find(|(entity, _)| after.starts_with(entity))?;
        out.push(c);
        rest = &after[entity.len()..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::core::text::html_parse::parse_html;
    use crate::core::text::rich_node::test_nodes::{el, text};
    use crate::core::text::rich_node::to_html;
    use crate::core::text::sanitize::sanitize;

    #[test]
    fn reads_plain_text_and_the_writers_markup() {
        assert_eq!(
            read_canonical("Kim II Sung"),
            Some(vec![text("Kim II Sung")])
        );
        assert_eq!(read_canonical(""), Some(vec![]));
        assert_eq!(
            read_canonical("<p>A &amp; B<br><a href=\"https://x.org/?a=1&amp;b=2\" rel=\"noopener noreferrer\">link</a></p>"),
            Some(vec![el(
                "p",
                &[],
                vec![
                    text("A & B"),
                    el("br", &[], vec![]),
                    el(
                        "a",
                        &[("href", "https://x.org/?a=1&b=2"), ("rel", "noopener noreferrer")],
                        vec![text("link")]
                    ),
                ]
            )])
        );
    }

    #[test]
    fn refuses_anything_outside_the_writers_form() {
        for html in [
            "<P>shouting</P>",
            "<p>unclosed",
            "<b>crossed<i>tags</b></i>",
            "<script>alert(1)</script>",
            "<a href='single'>quotes</a>",
            "<a href=\"x\" onclick=\"y\">handler</a>",
            "<p>one<p>two</p></p>",
            "<br/>",
            "&nbsp;",
            "AT&T",
            "<!-- comment -->",
            "</p>",
            // Links other than as the sanitiser leaves them.
            "<a href=\"javascript:alert(1)\" rel=\"noopener noreferrer\">x</a>",
            "<a href=\"https://x.org/\">no rel</a>",
            "<a rel=\"opener\">x</a>",
            "<a>x</a>",
            "<a rel=\"noopener noreferrer\" href=\"https://x.org/\">x</a>",
            "<a href=\" https://x.org/\" rel=\"noopener noreferrer\">x</a>",
        ] {
            assert_eq!(read_canonical(html), None, "{html}");
        }
    }

    /// The reader's nodes, kept as read: it reads only what is already clean.
    fn cleaned(html: &str) -> Option<Vec<RichNode>> {
        read_canonical(html)
    }

    const PIECES: [&str; 24] = [
        "<p>",
        "</p>",
        "<li>",
        "</li>",
        "<ul>",
        "</ul>",
        "<b>",
        "</b>",
        "<br>",
        "<a href=\"",
        "\">",
        "</a>",
        "&amp;",
        "&lt;",
        "&quot;",
        "&nbsp;",
        " ",
        "x",
        "<blockquote>",
        "'",
        "\" rel=\"noopener noreferrer\">",
        "<a rel=\"noopener noreferrer\">",
        "https://x.org/",
        "javascript:x",
    ];

    proptest! {
        /// Whatever this reader accepts, the full parser reads the same way: which of the two
        /// a string goes through never changes what is shown.
        #[test]
        fn agrees_with_the_full_parser_wherever_it_reads(
            picks in proptest::collection::vec(0..PIECES.len(), 0..24)
        ) {
            let html: String = picks.iter().map(|&i| PIECES[i]).collect();
            if let Some(nodes) = cleaned(&html) {
                prop_assert_eq!(nodes, sanitize(&parse_html(&html)), "{}", html);
            }
        }

        /// Whatever this reader accepts is already clean: sanitising it changes nothing.
        #[test]
        fn reads_only_what_is_already_clean(
            picks in proptest::collection::vec(0..PIECES.len(), 0..24)
        ) {
            let html: String = picks.iter().map(|&i| PIECES[i]).collect();
            if let Some(nodes) = read_canonical(&html) {
                prop_assert_eq!(sanitize(&nodes), nodes, "{}", html);
            }
        }

        /// Everything the writer writes, this reader reads back as it was.
        #[test]
        fn reads_back_whatever_the_writer_wrote(
            picks in proptest::collection::vec(0..PIECES.len(), 0..24)
        ) {
            let html: String = picks.iter().map(|&i| PIECES[i]).collect();
            let tree = sanitize(&parse_html(&html));
            prop_assert_eq!(cleaned(&to_html(&tree)), Some(tree), "{}", html);
        }
    }
}
