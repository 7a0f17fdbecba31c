//! A slide's HTML fields as this app shows them: rich text cut down to the allowlist, or the
//! plain words of a headline, a group or a date's wording. Whatever the cutting takes out that
//! a reader would miss (scripts, images, handlers, links to anything but a web address) is
//! named in a warning at the field, so nothing a TimelineJS author wrote goes silently. An
//! embedded page (`<iframe>`, which TimelineJS shows in a slide) becomes a link to its address.

use crate::core::load::problem::Problem;
use crate::core::text::html_parse::parse_html;
use crate::core::text::removed_parts::{quoted, removed_parts};
use crate::core::text::rich_node::RichNode;
use crate::core::text::rich_text::RichText;
use crate::core::text::sanitize::safe_href;
use crate::locale::import;

/// The most parts one warning names; the rest are counted.
const NAMED_PARTS: usize = 6;

/// `html` as rich text, embedded pages as links, with a warning at `at` for each embedded page
/// and for what was left out.
pub(crate) fn rich_text(html: &str, at: &str, problems: &mut Vec<Problem>) -> RichText {
    let mut framed = Vec::new();
    let nodes = frames_as_links(parse_html(html), &mut framed);
    for src in framed {
        problems.push(Problem::warning(at, import::frame_as_link(quoted(&src))));
    }
    warn_removed(&nodes, at, problems);
    RichText::from_nodes(&nodes)
}

/// The plain words of a field that may hold markup, or `None` when it has none; a warning at
/// `at` names what was left out.
pub(crate) fn plain_text(
    html: &Option<String>,
    at: &str,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let html = nonblank(html)?;
    let nodes = parse_html(&html);
    warn_removed(&nodes, at, problems);
    Some(RichText::from_nodes(&nodes).plain_text()).filter(|t| !t.is_empty())
}

/// The field's text, trimmed, when it has any.
pub(crate) fn nonblank(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

fn warn_removed(nodes: &[RichNode], at: &str, problems: &mut Vec<Problem>) {
    let parts = removed_parts(nodes);
    if parts.is_empty() {
        return;
    }
    let mut named = parts[..parts.len().min(NAMED_PARTS)].join(", ");
    if parts.len() > NAMED_PARTS {
        named.push_str(&import::and_more(parts.len() - NAMED_PARTS));
    }
    problems.push(Problem::warning(at, import::left_out(named)));
}

/// Each `<iframe>` with a web address as a link to that address, which is noted in `framed`;
/// one without is left for the sanitiser to drop (and `removed_parts` to name).
fn frames_as_links(nodes: Vec<RichNode>, framed: &mut Vec<String>) -> Vec<RichNode> {
    nodes
        .into_iter()
        .map(|node| match node {
            RichNode::Element {
                tag,
                attrs,
                children,
            } => {
                let src = attrs
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case("src"))
                    .and_then(|(_, value)| safe_href(value));
                match src {
                    Some(src) if tag.eq_ignore_ascii_case("iframe") => {
                        framed.push(src.clone());
                        RichNode::Element {
                            tag: "a".to_string(),
                            attrs: vec![("href".to_string(), src.clone())],
                            children: vec![RichNode::Text(src)],
                        }
                    }
                    _ => RichNode::Element {
                        tag,
                        attrs,
                        children: frames_as_links(children, framed),
                    },
                }
            }
            text => text,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embedded_page_becomes_a_link_and_is_warned_about() {
        let mut problems = Vec::new();
        let html = "<p>Map:</p><iframe src=\"https://www.google.com/maps/embed?pb=1\" \
                    width=\"600\"></iframe><iframe src=\"javascript:alert(1)\"></iframe>";
        let text = rich_text(html, "events[0].media.url", &mut problems);
        assert_eq!(
            text.to_html(),
            "<p>Map:</p><a href=\"https://www.google.com/maps/embed?pb=1\" \
             rel=\"noopener noreferrer\">https://www.google.com/maps/embed?pb=1</a>"
        );
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "warning: events[0].media.url: an embedded page (<iframe>) is shown as a link \
                 to its address, “https://www.google.com/maps/embed?pb=1”: this app embeds no \
                 pages from elsewhere",
                "warning: events[0].media.url: left out, as this app shows only text, emphasis, \
                 lists, quotes and links to web addresses: <iframe> of “javascript:alert(1)”",
            ]
        );
    }

    #[test]
    fn plain_words_say_what_was_left_out_and_clean_text_says_nothing() {
        let mut problems = Vec::new();
        let headline = Some("<img src=x onerror=alert(1)>Safe <b>headline</b>".to_string());
        let words = plain_text(&headline, "events[2].text.headline", &mut problems);
        assert_eq!(words.as_deref(), Some("Safe headline"));
        assert_eq!(
            problems[0].to_string(),
            "warning: events[2].text.headline: left out, as this app shows only text, \
             emphasis, lists, quotes and links to web addresses: an image (“x”), an onerror \
             attribute"
        );
        let mut none = Vec::new();
        assert_eq!(plain_text(&Some("  ".into()), "x", &mut none), None);
        assert_eq!(
            plain_text(&Some("<script>x()</script>".into()), "x", &mut none),
            None
        );
        assert_eq!(none.len(), 1, "the script is named: {none:?}");
        let mut clean = Vec::new();
        rich_text(
            "<p>Kept <em>whole</em>, <a href=\"https://a.example\">linked</a>.</p>",
            "x",
            &mut clean,
        );
        assert!(clean.is_empty(), "{clean:?}");
    }

    #[test]
    fn many_parts_are_counted_past_the_first_few() {
        let html: String = (0..9).map(|i| format!("<img src=\"{i}.png\">")).collect();
        let mut problems = Vec::new();
        rich_text(&html, "x", &mut problems);
        assert!(
            problems[0]
                .message
                .ends_with("an image (“5.png”) and 3 more"),
            "{}",
            problems[0].message
        );
    }
}
