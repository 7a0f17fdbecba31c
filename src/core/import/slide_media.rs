//! A slide's media as the lines shown under its text: the caption, the credit, and the media
//! itself, which this app does not embed. A web address (a picture, a video, a tweet, a map, a
//! page: every kind TimelineJS embeds by its address) becomes a link to it; HTML (a quote, a
//! tweet's embed code, an embedded page) is read as rich text. A line with nothing left to
//! show, or media that is neither, is left out with a warning.

use serde::Deserialize;

use crate::core::import::loose_text::loose_text;
use crate::core::import::slide_html::{nonblank, rich_text};
use crate::core::load::problem::Problem;
use crate::core::text::removed_parts::quoted;
use crate::core::text::rich_node::RichNode;
use crate::core::text::rich_text::RichText;
use crate::core::text::sanitize::safe_href;

/// A slide's `media`, as far as this app reads it: `thumbnail`, `title`, `link` and
/// `link_target` shape how TimelineJS draws the media, which this app does not.
#[derive(Deserialize)]
pub(crate) struct Media {
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) url: Option<String>,
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) caption: Option<String>,
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) credit: Option<String>,
    /// What the media shows, in words: the link's words.
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) alt: Option<String>,
}

/// The lines read from a slide's media, each with words to show.
#[derive(Default)]
pub(crate) struct MediaLines {
    pub(crate) caption: Option<RichText>,
    pub(crate) credit: Option<RichText>,
    pub(crate) media: Option<RichText>,
}

impl MediaLines {
    /// Reads `media`, whose fields are at `at.caption`, `at.credit` and `at.url`.
    pub(crate) fn read(media: Option<&Media>, at: &str, problems: &mut Vec<Problem>) -> Self {
        let Some(media) = media else {
            return MediaLines::default();
        };
        let mut line = |field: &str, html: &Option<String>, what: &str| {
            let at = format!("{at}.{field}");
            let text = rich_text(&nonblank(html)?, &at, problems);
            if text.plain_text().is_empty() {
                problems.push(Problem::warning(
                    at,
                    format!("nothing is left to show, so the {what} is left out"),
                ));
                return None;
            }
            Some(text)
        };
        let caption = line("caption", &media.caption, "caption");
        let credit = line("credit", &media.credit, "credit");
        let media = match nonblank(&media.url) {
            Some(html) if html.starts_with('<') => line("url", &Some(html), "media"),
            Some(url) => link(&url, media.alt.as_deref(), &format!("{at}.url"), problems),
            None => None,
        };
        MediaLines {
            caption,
            credit,
            media,
        }
    }

    /// The source lines, in the order caption, credit, media.
    pub(crate) fn into_sources(self) -> Vec<RichText> {
        [self.caption, self.credit, self.media]
            .into_iter()
            .flatten()
            .collect()
    }
}

/// A link to `url`, when it is a web address, labelled by what it is: "Picture: " and the
/// media's `alt` text and its site ("Picture: Marines land (upload.wikimedia.org)"), or,
/// without alt text, its address as written ("Video: https://youtu.be/…").
fn link(url: &str, alt: Option<&str>, at: &str, problems: &mut Vec<Problem>) -> Option<RichText> {
    let Some(href) = safe_href(url) else {
        problems.push(Problem::warning(
            at,
            format!(
                "{} is neither a web address (http or https) nor HTML, so the media is left out",
                quoted(url)
            ),
        ));
        return None;
    };
    let kind = media_kind(&href);
    let alt = alt.map(str::trim).filter(|a| !a.is_empty());
    let words = format!("{kind}: {}", alt.unwrap_or(url));
    let mut nodes = vec![RichNode::Element {
        tag: "a".to_string(),
        attrs: vec![("href".to_string(), href.clone())],
        children: vec![RichNode::Text(words)],
    }];
    if alt.is_some() {
        nodes.push(RichNode::Text(format!(" ({})", host(&href))));
    }
    Some(RichText::from_nodes(&nodes))
}

/// The site a web address is on, without `www.`.
fn host(href: &str) -> &str {
    let rest = href.split_once("://").map_or(href, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// What media at `href` is, in a word, from its site or its file's extension, as TimelineJS
/// tells the kinds it embeds apart.
fn media_kind(href: &str) -> &'static str {
    let site = host(href).to_ascii_lowercase();
    let on = |domains: &[&str]| {
        domains
            .iter()
            .any(|d| site == *d || site.ends_with(&format!(".{d}")))
    };
    let path = href
        .split(['?', '#'])
        .next()
        .unwrap_or(href)
        .to_ascii_lowercase();
    let ends = |extensions: &[&str]| extensions.iter().any(|e| path.ends_with(e));
    if on(&["youtube.com", "youtu.be", "vimeo.com", "dailymotion.com"]) {
        "Video"
    } else if on(&["soundcloud.com", "spotify.com"]) || ends(&[".mp3", ".ogg", ".wav", ".m4a"]) {
        "Audio"
    } else if on(&["twitter.com", "x.com"]) {
        "Post"
    } else if path.contains("google.com/maps") || on(&["maps.google.com", "openstreetmap.org"]) {
        "Map"
    } else if ends(&[".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif"]) {
        "Picture"
    } else if ends(&[".mp4", ".webm", ".mov"]) {
        "Video"
    } else if ends(&[".pdf"]) {
        "Document"
    } else if on(&["wikipedia.org"]) {
        "Article"
    } else {
        "Page"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_is_told_by_its_site_or_extension() {
        for (href, kind) in [
            ("https://www.youtube.com/watch?v=Q7wQSeJdXvk", "Video"),
            ("https://youtu.be/Q7wQSeJdXvk", "Video"),
            ("https://open.spotify.com/episode/4rOo", "Audio"),
            ("https://x.com/NUKnightLab/status/1", "Post"),
            ("https://www.google.com/maps/place/Incheon", "Map"),
            (
                "https://upload.wikimedia.org/a/Incheon_landing.JPG",
                "Picture",
            ),
            ("https://en.wikipedia.org/wiki/Battle_of_Inchon", "Article"),
            ("https://example.org/report.pdf?page=2", "Document"),
            ("https://www.britannica.com/event/Korean-War", "Page"),
            // A site's name inside another's is not that site.
            ("https://notyoutube.com/watch", "Page"),
        ] {
            assert_eq!(media_kind(href), kind, "{href}");
        }
    }

    #[test]
    fn alt_text_names_the_link_and_the_site_follows() {
        let mut problems = Vec::new();
        let line = link(
            "https://upload.wikimedia.org/a/landing.jpg",
            Some(" Marines land at Incheon "),
            "events[0].media.url",
            &mut problems,
        )
        .unwrap();
        assert_eq!(
            line.to_html(),
            "<a href=\"https://upload.wikimedia.org/a/landing.jpg\" rel=\"noopener noreferrer\">\
             Picture: Marines land at Incheon</a> (upload.wikimedia.org)"
        );
        let bare = link("https://youtu.be/x", None, "at", &mut problems).unwrap();
        assert_eq!(bare.plain_text(), "Video: https://youtu.be/x");
        assert!(problems.is_empty());
    }
}
