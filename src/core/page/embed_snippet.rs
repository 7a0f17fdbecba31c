//! The `<iframe>` a teacher pastes into a course page, and the optional auto-height script.

use percent_encoding::percent_decode_str;

use crate::core::page::app_query::{encode_component, AppQuery};
use crate::core::page::language_choice::with_language;
use crate::locale::{embed, lang};

/// The page, beside the reader, that gives the embed code: the editor's, so the code that only
/// teachers use is not part of the reader's download.
pub const EMBED_PAGE: &str = "author.html";

/// The `type` of the height message the app posts to its parent window.
pub const HEIGHT_MESSAGE: &str = "essay-timeline:height";

/// The `type` of the message asking the host page to scroll an opened panel into view: a
/// frame the host script sizes to its content has nothing of its own to scroll.
pub const REVEAL_MESSAGE: &str = "essay-timeline:reveal";

/// Height before the host script (if any) takes over: fits the strip and a short panel.
pub const DEFAULT_HEIGHT_PX: u32 = 760;

fn escape_attribute(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
}

/// A ready-to-paste iframe for the app at `app_url` (no query) showing `state`'s timeline
/// file, opened at its event if one is open, in the page's language: a frame made on a
/// Korean page asks for the Korean reader (`lang=ko`); English, the reader's own, asks for
/// none.
pub fn embed_snippet(app_url: &str, state: &AppQuery, title: &str) -> String {
    let framed = AppQuery {
        embed: true,
        ..state.opening(state.event.as_deref())
    };
    let search = framed.to_search();
    let src = if lang() == "en" {
        format!("{app_url}{search}")
    } else {
        format!("{app_url}{}", with_language(&search, lang()))
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{DEFAULT_HEIGHT_PX}\" \
         style=\"width:100%;max-width:100%;border:0\" loading=\"lazy\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups\" data-essay-timeline></iframe>",
        escape_attribute(&src),
        escape_attribute(&embed::frame_title(title)),
    )
}

/// The optional script tag that lets the host page resize the iframe to its content.
pub fn host_script_tag(app_url: &str) -> String {
    format!(
        "<script src=\"{}\" async></script>",
        escape_attribute(&format!("{app_url}embed.js"))
    )
}

/// The link from the reader in `state` to the page that gives its embed code; `title` names
/// the frame, in the timeline's `language` when its file names one.
pub fn embed_page_link(state: &AppQuery, title: &str, language: Option<&str>) -> String {
    let mut link = format!(
        "{EMBED_PAGE}?embed={}&title={}",
        encode_component(&state.to_search()),
        encode_component(title)
    );
    if let Some(language) = language {
        link.push_str(&format!("&title_lang={}", encode_component(language)));
    }
    link
}

/// What an embed page's query (`?embed=…&title=…&title_lang=…`) asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedRequest {
    /// The reader's state.
    pub state: AppQuery,
    /// The timeline's title, and the language its file names (`Timeline::language`).
    pub title: String,
    pub title_language: Option<String>,
}

/// The embed page's request; `None` when the query asks for no embed code.
pub fn read_embed_request(search: &str) -> Option<EmbedRequest> {
    let pairs = query_pairs(search);
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let reader = query_pairs(&get("embed")?);
    let state = AppQuery::read(|key| {
        reader
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    });
    Some(EmbedRequest {
        state,
        title: get("title").unwrap_or_default(),
        title_language: get("title_lang"),
    })
}

/// The decoded `key=value` pairs of a query string, with or without its `?`.
fn query_pairs(search: &str) -> Vec<(String, String)> {
    let decode = |part: &str| {
        percent_decode_str(&part.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embed_page_gets_back_the_readers_state_title_and_its_language() {
        let state = AppQuery {
            src: Some("https://x.test/a&b.json".to_string()),
            ..at("strike-them")
        };
        let link = embed_page_link(&state, "Korea 1945–1950 & after", Some("en"));
        assert!(link.starts_with("author.html?embed=%3Fsrc%3D"));
        let search = &link[link.find('?').expect("query")..];
        let read = read_embed_request(search).expect("an embed request");
        assert_eq!(
            read,
            EmbedRequest {
                state,
                title: "Korea 1945–1950 & after".to_string(),
                title_language: Some("en".to_string()),
            }
        );
        let unsaid = embed_page_link(&AppQuery::default(), "T", None);
        assert_eq!(
            read_embed_request(&unsaid[unsaid.find('?').unwrap()..])
                .unwrap()
                .title_language,
            None
        );
        assert_eq!(read_embed_request("?draft=d1"), None);
        let plain = read_embed_request("?embed=").expect("the whole timeline");
        assert_eq!(plain.state, AppQuery::default());
    }

    fn at(event: &str) -> AppQuery {
        AppQuery::default().opening(Some(event))
    }

    #[test]
    fn snippet_carries_title_embed_flag_and_event() {
        let html = embed_snippet(
            "https://example.org/korea/",
            &at("acheson-speech"),
            "Korea 1945–1950",
        );
        assert!(html.starts_with(
            "<iframe src=\"https://example.org/korea/?embed=1&amp;event=acheson-speech\""
        ));
        assert!(html.contains("title=\"Interactive timeline: Korea 1945–1950\""));
        assert!(!html.contains("lang="), "the English reader is the default");
        assert!(html.contains("loading=\"lazy\""));
        assert!(html.contains("width=\"100%\""));
        assert!(html.ends_with("></iframe>"));
    }

    #[cfg(feature = "every-language")]
    #[test]
    fn a_snippet_made_in_korean_asks_for_the_korean_reader_and_titles_the_frame_so() {
        crate::locale::choose("ko");
        let html = embed_snippet("https://example.org/korea/", &at("acheson-speech"), "Korea");
        assert!(
            html.starts_with(
                "<iframe src=\"https://example.org/korea/?embed=1&amp;event=acheson-speech&amp;lang=ko\""
            ),
            "{html}"
        );
        assert!(html.contains("title=\"대화형 연표: Korea\""), "{html}");
    }

    #[test]
    fn hostile_titles_and_ids_cannot_break_out_of_attributes() {
        let html = embed_snippet("https://x.test/", &at("\"><script>"), "A \"title\" <b>");
        assert!(!html.contains("<script>"));
        assert!(!html.contains("<b>"));
        assert!(html.contains("event=%22%3E%3Cscript%3E"));
        assert!(html.contains("A &quot;title&quot; &lt;b&gt;"));
    }

    #[test]
    fn snippet_keeps_another_timeline_file_and_drops_the_essay_view() {
        let state = AppQuery {
            src: Some("https://x.test/t.json".to_string()),
            ..AppQuery::default().showing_essay()
        };
        let html = embed_snippet("https://example.org/", &state, "T");
        assert!(
            html.contains(
                "src=\"https://example.org/?src=https%3A%2F%2Fx.test%2Ft.json&amp;embed=1\""
            ),
            "{html}"
        );
    }

    #[test]
    fn host_script_sits_beside_the_app() {
        assert_eq!(
            host_script_tag("https://example.org/korea/"),
            "<script src=\"https://example.org/korea/embed.js\" async></script>"
        );
    }
}
