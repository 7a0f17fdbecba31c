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

/// A slide's `media`, as far as this app reads it: `thumbnail`, `alt`, `title`, `link` and
/// `link_target` shape how TimelineJS draws the media, which this app does not.
#[derive(Deserialize)]
pub(crate) struct Media {
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) url: Option<String>,
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) caption: Option<String>,
    #[serde(default, deserialize_with = "loose_text")]
    pub(crate) credit: Option<String>,
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
            Some(url) => link(&url, &format!("{at}.url"), problems),
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

/// A link to `url`, shown as written, when it is a web address.
fn link(url: &str, at: &str, problems: &mut Vec<Problem>) -> Option<RichText> {
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
    Some(RichText::from_nodes(&[RichNode::Element {
        tag: "a".to_string(),
        attrs: vec![("href".to_string(), href)],
        children: vec![RichNode::Text(url.to_string())],
    }]))
}
