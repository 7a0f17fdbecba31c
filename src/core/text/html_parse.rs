//! HTML from a timeline file (a TimelineJS slide's text) read into a `RichNode` tree without
//! the browser. Parsing hostile markup with DOMParser makes the browser report Content Security
//! Policy violations for inline handlers and `<style>` even though nothing runs; here nothing
//! of the file ever reaches the browser except through `sanitize` and element-by-element
//! rendering.
//!
//! The tokenizer follows the WHATWG rules where they decide what is markup and what is text
//! (tags, attribute quoting, comments, raw-text elements, character references). The tree
//! builder is simpler than a browser's: enough for the paragraphs, lists and emphasis of
//! real slides, and robust for any input: no recursion, bounded depth, and time linear in the
//! input up to a logarithm for the attribute and open-element lookups.

use std::collections::{BTreeMap, BTreeSet};

use crate::core::text::rich_node::RichNode;

/// The deepest elements nest. Real slides need fewer than ten levels; the cap keeps the
/// recursive `sanitize` and rendering far from the stack's end. Deeper start tags open
/// nothing, and their text stays where it is.
pub const MAX_ELEMENT_DEPTH: usize = 256;

/// Elements that never have children.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose content is text up to their end tag, never markup. Browsers decode
/// references inside `textarea` and `title`; both are dropped by `sanitize`, so that
/// difference never shows.
const RAW_TEXT: [&str; 10] = [
    "script",
    "style",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "textarea",
    "title",
    "plaintext",
];

/// SVG and MathML roots: browsers honour `/>` on foreign elements only, so an `<svg/>` icon
/// does not swallow the text after it.
const FOREIGN: [&str; 2] = ["svg", "math"];

/// Named character references understood: the common ones in prose. An unknown name stays
/// literal text. The flag marks the legacy names browsers also accept without the `;`.
const NAMED: [(&str, char, bool); 27] = [
    ("amp", '&', true),
    ("lt", '<', true),
    ("gt", '>', true),
    ("quot", '"', true),
    ("apos", '\'', false),
    ("nbsp", '\u{a0}', true),
    ("ndash", '–', false),
    ("mdash", '—', false),
    ("lsquo", '‘', false),
    ("rsquo", '’', false),
    ("ldquo", '“', false),
    ("rdquo", '”', false),
    ("hellip", '…', false),
    ("laquo", '«', true),
    ("raquo", '»', true),
    ("middot", '·', true),
    ("bull", '•', false),
    ("deg", '°', true),
    ("times", '×', true),
    ("copy", '©', true),
    ("reg", '®', true),
    ("trade", '™', false),
    ("eacute", 'é', true),
    ("egrave", 'è', true),
    ("uuml", 'ü', true),
    ("ouml", 'ö', true),
    ("auml", 'ä', true),
];

/// Parses an HTML fragment the way a browser would read it into a document body, closely
/// enough for `sanitize`. Never panics; comments, doctypes and processing instructions are
/// dropped, and a tag cut off by the end of the input is dropped.
pub fn parse_html(input: &str) -> Vec<RichNode> {
    let mut tree = Tree::default();
    for token in (Tokens { input, pos: 0 }) {
        match token {
            Token::Text(text) => tree.text(text),
            Token::Start(tag) => tree.start(tag),
            Token::RawText(tag, text) => tree.raw_text(tag, text),
            Token::End(name) => tree.end(&name),
        }
    }
    tree.finish()
}

struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    self_closing: bool,
}

enum Token {
    Text(String),
    Start(Tag),
    /// A raw-text element with its whole content; its end tag is already consumed.
    RawText(Tag, String),
    End(String),
}

struct Tokens<'a> {
    input: &'a str,
    /// Always at a char boundary: it only moves past ASCII delimiters or to the end.
    pos: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        loop {
            let rest = self.input.get(self.pos..).filter(|r| !r.is_empty())?;
            let bytes = rest.as_bytes();
            match (bytes[0], bytes.get(1), bytes.get(2)) {
                (b'<', Some(c), _) if c.is_ascii_alphabetic() => return self.start_tag(),
                (b'<', Some(b'/'), Some(c)) if c.is_ascii_alphabetic() => {
                    let tag = self.tag_at(self.pos + 2);
                    return tag.map(|tag| Token::End(tag.name));
                }
                // `</>` is nothing at all.
                (b'<', Some(b'/'), Some(b'>')) => self.pos += 3,
                (b'<', Some(b'!'), _) if rest[2..].starts_with("--") => {
                    self.pos += 4 + comment_length(&rest[4..]);
                }
                // Doctypes, CDATA outside foreign content, `<?…>` and `</1…>` are bogus
                // comments, which end at the first `>`.
                (b'<', Some(b'!' | b'?'), _) | (b'<', Some(b'/'), Some(_)) => {
                    self.pos += rest.find('>').map_or(rest.len(), |gt| gt + 1);
                }
                // Text, including a `<` that starts none of the above (or `</` at the end).
                _ => {
                    let end = (1..rest.len())
                        .find(|&lt| starts_markup(&bytes[lt..]))
                        .unwrap_or(rest.len());
                    self.pos += end;
                    return Some(Token::Text(decode(&rest[..end], false)));
                }
            }
        }
    }
}

/// Whether `bytes` (at a `<`) begin a tag, comment or declaration rather than text.
fn starts_markup(bytes: &[u8]) -> bool {
    bytes.first() == Some(&b'<')
        && bytes
            .get(1)
            .is_some_and(|&b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?'))
}

impl Tokens<'_> {
    /// The start tag at `pos`, and for a raw-text element its content and end tag too.
    fn start_tag(&mut self) -> Option<Token> {
        let tag = self.tag_at(self.pos + 1)?;
        let after = self.pos;
        if !RAW_TEXT.contains(&tag.name.as_str()) {
            return Some(Token::Start(tag));
        }
        let end = if tag.name == "plaintext" {
            self.input.len()
        } else {
            raw_text_end(self.input, after, &tag.name)
        };
        let text = self.input[after..end].to_string();
        // The end tag, if there is one; it may carry attributes or be cut off.
        self.tag_at(end + 2);
        Some(Token::RawText(tag, text))
    }

    /// The tag whose name begins at `from`, moving past it; at a tag cut off by the end of
    /// the input, nothing and the end.
    fn tag_at(&mut self, from: usize) -> Option<Tag> {
        let read = read_tag(self.input, from);
        self.pos = read.as_ref().map_or(self.input.len(), |(_, after)| *after);
        read.map(|(tag, _)| tag)
    }
}

/// HTML's whitespace inside tags (and `\r`, which browsers turn into `\n` first).
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// What ends a tag name, in a start or end tag or in raw text's search for its end tag.
fn ends_name(b: u8) -> bool {
    is_space(b) || b == b'/' || b == b'>'
}

/// The index of the first byte at or after `from` that `stop` accepts, or the end. Callers
/// stop at ASCII or skip only ASCII, so it is a char boundary; they still slice with `get`.
fn scan(s: &str, from: usize, stop: impl Fn(u8) -> bool) -> usize {
    s.as_bytes()
        .get(from..)
        .and_then(|tail| tail.iter().position(|&b| stop(b)))
        .map_or(s.len(), |offset| from + offset)
}

/// Reads a start or end tag whose name begins at `from`, up to its `>`: the tag and the index
/// after it, or `None` if the input ends first.
fn read_tag(s: &str, from: usize) -> Option<(Tag, usize)> {
    let bytes = s.as_bytes();
    let mut i = scan(s, from, ends_name);
    let mut tag = Tag {
        name: lower(s.get(from..i)?),
        attrs: Vec::new(),
        self_closing: false,
    };
    // Duplicates are dropped (the first wins) with a set, so a tag with thousands of
    // attributes still costs linear time.
    let mut seen = BTreeSet::new();
    loop {
        i = scan(s, i, |b| !is_space(b));
        match bytes.get(i)? {
            b'>' => return Some((tag, i + 1)),
            b'/' => {
                if bytes.get(i + 1) == Some(&b'>') {
                    tag.self_closing = true;
                    return Some((tag, i + 2));
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        // A name's first character may be anything, even `=`.
        let name_end = scan(s, i + 1, |b| ends_name(b) || b == b'=');
        let name = lower(s.get(i..name_end)?);
        i = scan(s, name_end, |b| !is_space(b));
        let mut value = String::new();
        if bytes.get(i) == Some(&b'=') {
            i = scan(s, i + 1, |b| !is_space(b));
            match *bytes.get(i)? {
                quote @ (b'"' | b'\'') => {
                    let close = scan(s, i + 1, |b| b == quote);
                    bytes.get(close)?;
                    value = decode(s.get(i + 1..close)?, true);
                    i = close + 1;
                }
                b'>' => {}
                _ => {
                    let end = scan(s, i, |b| is_space(b) || b == b'>');
                    value = decode(s.get(i..end)?, true);
                    i = end;
                }
            }
        }
        if !seen.contains(&name) {
            seen.insert(name.clone());
            tag.attrs.push((name, value));
        }
    }
}

/// A tag or attribute name as browsers store it: ASCII lowercased, NUL replaced.
fn lower(name: &str) -> String {
    let lowered = name.to_ascii_lowercase();
    if lowered.contains('\0') {
        lowered.replace('\0', "\u{fffd}")
    } else {
        lowered
    }
}

/// Where the content of raw-text element `name` starting at `from` ends: at the first
/// `</name` (any case) followed by whitespace, `/` or `>`, or at the end of the input.
fn raw_text_end(s: &str, from: usize, name: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = from;
    while let Some(offset) = s.get(i..).and_then(|tail| tail.find("</")) {
        let name_at = i + offset + 2;
        let after = name_at + name.len();
        let named = bytes
            .get(name_at..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        if named && bytes.get(after).copied().is_some_and(ends_name) {
            return i + offset;
        }
        i = name_at;
    }
    s.len()
}

/// The length of a comment's body and its end after `<!--`: up to `-->` or `--!>`, with `<!-->`
/// and `<!--->` empty comments, or the whole rest when it never ends. Each search covers only
/// what the comment consumes (or the rest once), so many comments still cost linear time.
fn comment_length(body: &str) -> usize {
    if body.starts_with('>') {
        return 1;
    }
    if body.starts_with("->") {
        return 2;
    }
    let end = body.find("-->").map_or(body.len(), |dashes| dashes + 3);
    body[..end].find("--!>").map_or(end, |dashes| dashes + 4)
}

/// Text with its character references replaced by what they stand for.
fn decode(s: &str, in_attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match reference(after, in_attribute) {
            Some((c, length)) => {
                out.push(c);
                rest = &after[length..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference stands for and how many bytes it takes after its `&`.
fn reference(s: &str, in_attribute: bool) -> Option<(char, usize)> {
    let bytes = s.as_bytes();
    if let Some(numeric) = s.strip_prefix('#') {
        let hex = numeric.starts_with(['x', 'X']);
        let start = 1 + usize::from(hex);
        let radix = if hex { 16 } else { 10 };
        let digits = scan(s, start, |b| !char::from(b).is_digit(radix)) - start;
        if digits == 0 {
            return None;
        }
        // Too large, a surrogate or NUL: the replacement character, as browsers do.
        let c = u32::from_str_radix(&s[start..start + digits], radix)
            .ok()
            .and_then(char::from_u32)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{fffd}');
        let end = start + digits;
        return Some((c, end + usize::from(bytes.get(end) == Some(&b';'))));
    }
    let length = scan(s, 0, |b| !b.is_ascii_alphanumeric());
    let &(_, c, legacy) = NAMED.iter().find(|(name, _, _)| *name == &s[..length])?;
    match bytes.get(length) {
        Some(b';') => Some((c, length + 1)),
        // In an attribute, `&copy=2` is part of a URL's query, not a reference.
        Some(b'=') if in_attribute => None,
        _ => legacy.then_some((c, length)),
    }
}

/// An element still open, waiting for its children.
struct Open {
    tag: String,
    attrs: Vec<(String, String)>,
    children: Vec<RichNode>,
}

/// The tree so far: an explicit stack of open elements, so nesting never recurses.
#[derive(Default)]
struct Tree {
    root: Vec<RichNode>,
    open: Vec<Open>,
    /// Where each open tag name sits on the stack, innermost last: end tags and implied ends
    /// find their element without walking the stack, so a flood of stray end tags under
    /// deep nesting still costs linear time.
    positions: BTreeMap<String, Vec<usize>>,
}

impl Tree {
    fn children(&mut self) -> &mut Vec<RichNode> {
        match self.open.last_mut() {
            Some(open) => &mut open.children,
            None => &mut self.root,
        }
    }

    /// Adds text, merged into the text just before it.
    fn text(&mut self, text: String) {
        if text.is_empty() {
            return;
        }
        let children = self.children();
        match children.last_mut() {
            Some(RichNode::Text(last)) => last.push_str(&text),
            _ => children.push(RichNode::Text(text)),
        }
    }

    fn start(&mut self, tag: Tag) {
        if let Some(index) = self.implied_end(&tag.name) {
            self.close_from(index);
        }
        let name = tag.name.as_str();
        if VOID.contains(&name) || (tag.self_closing && FOREIGN.contains(&name)) {
            self.children().push(RichNode::Element {
                tag: tag.name,
                attrs: tag.attrs,
                children: Vec::new(),
            });
        } else if self.open.len() < MAX_ELEMENT_DEPTH {
            let index = self.open.len();
            match self.positions.get_mut(name) {
                Some(positions) => positions.push(index),
                None => {
                    self.positions.insert(tag.name.clone(), vec![index]);
                }
            }
            self.open.push(Open {
                tag: tag.name,
                attrs: tag.attrs,
                children: Vec::new(),
            });
        }
    }

    /// A raw-text element is whole already, so it never nests and is added at any depth.
    fn raw_text(&mut self, tag: Tag, text: String) {
        let children = if text.is_empty() {
            Vec::new()
        } else {
            vec![RichNode::Text(text)]
        };
        self.children().push(RichNode::Element {
            tag: tag.name,
            attrs: tag.attrs,
            children,
        });
    }

    /// Closes the nearest open element of that name and everything opened inside it.
    fn end(&mut self, name: &str) {
        if let Some(index) = self.nearest(name) {
            self.close_from(index);
        }
    }

    fn nearest(&self, name: &str) -> Option<usize> {
        self.positions
            .get(name)
            .and_then(|positions| positions.last().copied())
    }

    /// The open element a new `p` or `li` closes: a `p` ends the paragraph it is in, an `li`
    /// the item before it, but neither reaches out of a list (or, for `p`, a quote or item).
    fn implied_end(&self, name: &str) -> Option<usize> {
        let bounds: &[&str] = match name {
            "p" => &["ul", "ol", "blockquote", "li"],
            "li" => &["ul", "ol"],
            _ => return None,
        };
        let index = self.nearest(name)?;
        bounds
            .iter()
            .all(|bound| self.nearest(bound) < Some(index))
            .then_some(index)
    }

    fn close_from(&mut self, index: usize) {
        while self.open.len() > index {
            let Some(Open {
                tag,
                attrs,
                children,
            }) = self.open.pop()
            else {
                return;
            };
            if let Some(positions) = self.positions.get_mut(&tag) {
                positions.pop();
                if positions.is_empty() {
                    self.positions.remove(&tag);
                }
            }
            self.children().push(RichNode::Element {
                tag,
                attrs,
                children,
            });
        }
    }

    fn finish(mut self) -> Vec<RichNode> {
        self.close_from(0);
        self.root
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::rich_node::test_nodes::{el, text};
    use crate::core::text::rich_node::to_html;

    /// The parsed tree written back, which shows its shape compactly.
    fn html(input: &str) -> String {
        to_html(&parse_html(input))
    }

    #[test]
    fn reads_ordinary_markup_into_a_tree() {
        assert_eq!(
            parse_html("<P>One <EM>two</em><br>three</p>"),
            vec![el(
                "p",
                &[],
                vec![
                    text("One "),
                    el("em", &[], vec![text("two")]),
                    el("br", &[], vec![]),
                    text("three"),
                ],
            )]
        );
        assert_eq!(parse_html(""), vec![]);
        assert_eq!(parse_html("just text"), vec![text("just text")]);
    }

    #[test]
    fn reads_attributes_in_every_quoting_style() {
        assert_eq!(
            parse_html(
                "<a HREF=\"https://x.example/?a=1&amp;b=2\" title='it\"s' data-x=plain hidden \
                 Class = spaced>go</a>"
            ),
            vec![el(
                "a",
                &[
                    ("href", "https://x.example/?a=1&b=2"),
                    ("title", "it\"s"),
                    ("data-x", "plain"),
                    ("hidden", ""),
                    ("class", "spaced"),
                ],
                vec![text("go")],
            )]
        );
        assert_eq!(
            html("<a href=x title=first title=second>"),
            "<a href=\"x\" title=\"first\"></a>"
        );
        // An unquoted value keeps its `/`; after a quoted value no space is needed.
        assert_eq!(html("<a href=/x/>y"), "<a href=\"/x/\">y</a>");
        assert_eq!(
            html("<p a=\"1\"b='2'c>x"),
            "<p a=\"1\" b=\"2\" c=\"\">x</p>"
        );
        assert_eq!(html("<p a= >x"), "<p a=\"\">x</p>");
        assert_eq!(html("<p / a / >x"), "<p a=\"\">x</p>");
        assert_eq!(
            parse_html("<p =x>y"),
            vec![el("p", &[("=x", "")], vec![text("y")])]
        );
    }

    #[test]
    fn decodes_character_references() {
        assert_eq!(
            parse_html("&amp;&lt;&gt;&quot;&apos;&nbsp;&ndash;&mdash;&hellip;&eacute;&copy;"),
            vec![text("&<>\"'\u{a0}–—…é©")]
        );
        assert_eq!(
            parse_html("&#65;&#x42;&#X43;&#68&#x45 &#0;&#xD800;&#1114112;&#99999999999;"),
            vec![text("ABCDE \u{fffd}\u{fffd}\u{fffd}\u{fffd}")]
        );
        assert_eq!(
            parse_html("AT&T &unknown; &# &#x; & &amp"),
            vec![text("AT&T &unknown; &# &#x; & &")]
        );
        // Only legacy names work without `;`, and never before `=` in an attribute.
        assert_eq!(parse_html("&ndash &copy 2"), vec![text("&ndash © 2")]);
        assert_eq!(
            parse_html("<a href=\"?a=1&copy=2&amp=3&lt;\">&copy=</a>"),
            vec![el("a", &[("href", "?a=1&copy=2&amp=3<")], vec![text("©=")])]
        );
        assert_eq!(
            parse_html("<a href=java&#x09;script:x>"),
            vec![el("a", &[("href", "java\tscript:x")], vec![])]
        );
    }

    #[test]
    fn keeps_raw_text_elements_as_one_text_child() {
        assert_eq!(
            parse_html("<script>a<b>c</b></SCRIPT >d"),
            vec![el("script", &[], vec![text("a<b>c</b>")]), text("d")]
        );
        assert_eq!(
            parse_html("<style>p{}</stylex></style>"),
            vec![el("style", &[], vec![text("p{}</stylex>")])]
        );
        assert_eq!(
            parse_html("<title>&amp;</title><textarea></textarea>"),
            vec![
                el("title", &[], vec![text("&amp;")]),
                el("textarea", &[], vec![])
            ]
        );
        assert_eq!(
            parse_html("<noscript><p>x</p>"),
            vec![el("noscript", &[], vec![text("<p>x</p>")])]
        );
        assert_eq!(
            parse_html("<xmp>a</xmp b=\">\">c"),
            vec![el("xmp", &[], vec![text("a")]), text("c")]
        );
        assert_eq!(
            parse_html("<plaintext>a</plaintext><b>"),
            vec![el("plaintext", &[], vec![text("a</plaintext><b>")])]
        );
        assert_eq!(
            parse_html("<script>a</script"),
            vec![el("script", &[], vec![text("a</script")])]
        );
        assert_eq!(
            parse_html("<iframe>a</iframe x"),
            vec![el("iframe", &[], vec![text("a")])]
        );
    }

    #[test]
    fn drops_comments_and_declarations() {
        assert_eq!(
            parse_html("<!DOCTYPE html>a<!-- <b>x</b> -->b<!---->c<!-->d<!--->e<!--x--!>f"),
            vec![text("abcdef")]
        );
        assert_eq!(parse_html("a<!-- x -- y --->b"), vec![text("ab")]);
        assert_eq!(parse_html("a<?php x ?>b<![CDATA[c]]>d"), vec![text("abd")]);
        assert_eq!(parse_html("a</ b>c</>d"), vec![text("acd")]);
        assert_eq!(parse_html("a<!-- never ends <b>x"), vec![text("a")]);
    }

    #[test]
    fn treats_a_stray_less_than_as_text() {
        assert_eq!(
            parse_html("1 < 2 <3 <=4 <> <"),
            vec![text("1 < 2 <3 <=4 <> <")]
        );
        assert_eq!(parse_html("a</"), vec![text("a</")]);
        assert_eq!(html("<p>a <b"), "<p>a </p>");
        assert_eq!(html("x<a href=\"never closed>y"), "x");
    }

    #[test]
    fn closes_what_is_left_open_and_ignores_stray_end_tags() {
        assert_eq!(html("<p><b>a<i>b"), "<p><b>a<i>b</i></b></p>");
        assert_eq!(html("a</b></p>b"), "ab");
        assert_eq!(html("<b>a<i>b</b>c</i>"), "<b>a<i>b</i></b>c");
        assert_eq!(
            html("<br>x</br><img src=y>z</img>"),
            "<br>x<img src=\"y\"></img>z"
        );
    }

    #[test]
    fn a_paragraph_or_item_ends_the_one_before() {
        assert_eq!(html("<p>a<p>b<b>c<p>d"), "<p>a</p><p>b<b>c</b></p><p>d</p>");
        assert_eq!(
            html("<ul><li>a<li>b<ol><li>c<li>d</ol><li>e</ul>"),
            "<ul><li>a</li><li>b<ol><li>c</li><li>d</li></ol></li><li>e</li></ul>"
        );
        assert_eq!(
            html("<p>a<blockquote><p>b<p>c</blockquote>d"),
            "<p>a<blockquote><p>b</p><p>c</p></blockquote>d</p>"
        );
        assert_eq!(html("<li><p>a<li>b"), "<li><p>a</p></li><li>b</li>");
    }

    #[test]
    fn honours_self_closing_only_on_foreign_roots() {
        assert_eq!(html("<b/>x"), "<b>x</b>");
        assert_eq!(html("<svg/>x<math />y"), "<svg></svg>x<math></math>y");
    }

    #[test]
    fn caps_nesting_and_keeps_the_text() {
        let input = format!(
            "{}x<br><script>s</script>",
            "<i>".repeat(MAX_ELEMENT_DEPTH + 10)
        );
        let mut depth = 0;
        let mut nodes = parse_html(&input);
        while let [RichNode::Element { tag, children, .. }] = nodes.as_slice() {
            assert_eq!(tag, "i");
            depth += 1;
            nodes = children.clone();
        }
        assert_eq!(depth, MAX_ELEMENT_DEPTH);
        assert_eq!(
            nodes,
            vec![
                text("x"),
                el("br", &[], vec![]),
                el("script", &[], vec![text("s")]),
            ]
        );
    }

    #[test]
    fn survives_broken_utf8_boundaries_and_nul() {
        assert_eq!(
            parse_html("<aé\0 ü=ö>a&#x41\u{fffd}</Aé\0>"),
            vec![el("aé\u{fffd}", &[("ü", "ö")], vec![text("aA\u{fffd}")])]
        );
        assert_eq!(parse_html("<é></é>"), vec![text("<é>")]);
        assert_eq!(parse_html("<a b='é"), vec![]);
        assert_eq!(parse_html("&é;"), vec![text("&é;")]);
    }
}
