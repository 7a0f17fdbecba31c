//! A slide's media as the lines shown under its text: the caption, the credit, and the media
//! itself, which this app does not embed. A web address (a picture, a video, a tweet, a map, a
//! page: every kind TimelineJS embeds by its address) becomes a link to it; HTML (a quote, a
//! tweet's embed code, an embedded page) is read as rich text. A picture's address is kept too,
//! so the reader can show it: one on another site only once the reader chooses to. A picture
//! given as a path beside the timeline file is kept as that path. A line with nothing left to
//! show, or media that is none of these, is left out with a warning.

use serde::Deserialize;

use crate::core::import::loose_text::loose_text;
use crate::core::import::slide_html::{nonblank, rich_text};
use crate::core::load::problem::Problem;
use crate::core::model::timeline::Picture;
use crate::core::text::removed_parts::quoted;
use crate::core::text::rich_node::RichNode;
use crate::core::text::rich_text::RichText;
use crate::core::text::sanitize::safe_href;
use crate::locale::import;

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
    pub(crate) picture: Option<Picture>,
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
                problems.push(Problem::warning(at, import::nothing_left(what)));
                return None;
            }
            Some(text)
        };
        let caption = line("caption", &media.caption, import::the_caption());
        let credit = line("credit", &media.credit, import::the_credit());
        let alt = media.alt.as_deref();
        let url = nonblank(&media.url);
        let picture = url.as_deref().and_then(|url| picture(url, alt));
        let media = match url {
            Some(html) if html.starts_with('<') => line("url", &Some(html), import::the_media()),
            Some(_)
                if picture
                    .as_ref()
                    .is_some_and(|p| safe_href(&p.url).is_none()) =>
            {
                None
            }
            Some(url) => link(&url, alt, &format!("{at}.url"), problems),
            None => None,
        };
        MediaLines {
            caption,
            credit,
            media,
            picture,
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
        problems.push(Problem::warning(at, import::not_media(quoted(url))));
        return None;
    };
    let kind = media_kind(&href);
    let alt = alt_words(alt);
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

/// The picture at `url`, when it is one: a web address or a path (no scheme) to an image.
fn picture(url: &str, alt: Option<&str>) -> Option<Picture> {
    if !Picture::may_be_at(url) {
        return None;
    }
    let address = safe_href(url).unwrap_or_else(|| url.trim().to_string());
    (media_kind(&address) == "Picture").then(|| Picture {
        url: address,
        alt: alt_words(alt).map(str::to_string),
    })
}

/// The media's `alt` text, when it has words.
fn alt_words(alt: Option<&str>) -> Option<&str> {
    alt.map(str::trim).filter(|a| !a.is_empty())
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
    fn a_picture_is_kept_by_its_address_or_its_path_beside_the_file() {
        let kept = |url| picture(url, Some("Marines land")).map(|p| p.url);
        let wikimedia = "https://upload.wikimedia.org/a/landing.jpg";
        assert_eq!(kept(wikimedia).as_deref(), Some(wikimedia));
        assert_eq!(
            kept("images/landing.jpg").as_deref(),
            Some("images/landing.jpg")
        );
        assert_eq!(
            kept("//cdn.example.org/a.png").as_deref(),
            Some("//cdn.example.org/a.png")
        );
        for not_a_picture in [
            "https://youtu.be/abc",
            "https://en.wikipedia.org/wiki/Incheon",
            "javascript:alert(1)//.png",
            "data:image/png;base64,iVBORw0KGgo=.png",
            "",
        ] {
            assert_eq!(kept(not_a_picture), None, "{not_a_picture}");
        }
    }

    #[test]
    fn a_picture_beside_the_file_needs_no_link_and_no_warning() {
        let media = Media {
            url: Some("images/landing.jpg".into()),
            caption: None,
            credit: None,
            alt: Some(" Marines land ".into()),
        };
        let mut problems = Vec::new();
        let lines = MediaLines::read(Some(&media), "events[0].media", &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(lines.media.is_none());
        let picture = lines.picture.expect("a picture");
        assert_eq!(
            (picture.url.as_str(), picture.alt.as_deref()),
            ("images/landing.jpg", Some("Marines land"))
        );
    }

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
