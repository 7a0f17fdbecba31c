//! Where a draft goes once it is made: the reader beside the editor's page, opened on a file
//! handed over in the browser or on one put beside the reader, and the embed code for it.

use crate::core::page::app_query::AppQuery;
use crate::core::page::embed_snippet::embed_snippet;

/// The reader's address for an editor page at `editor_url`: the same folder, so
/// `https://example.org/korea/author.html?draft=d1` gives `https://example.org/korea/`.
pub fn reader_url(editor_url: &str) -> String {
    let page = editor_url.split(['?', '#']).next().unwrap_or_default();
    match page.rfind('/') {
        Some(slash) => page[..=slash].to_string(),
        None => String::new(),
    }
}

/// The reader at `reader_url` showing the timeline file at `src`.
pub fn reader_showing(reader_url: &str, src: &str) -> String {
    let query = AppQuery {
        src: Some(src.to_string()),
        ..AppQuery::default()
    };
    format!("{reader_url}{}", query.to_search())
}

/// The embed code for the file `file_name` once it is hosted beside the reader at
/// `reader_url`.
pub fn hosted_embed(reader_url: &str, file_name: &str, title: &str) -> String {
    let query = AppQuery {
        src: Some(file_name.to_string()),
        ..AppQuery::default()
    };
    embed_snippet(reader_url, &query, title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_is_the_editors_folder() {
        assert_eq!(
            reader_url("https://example.org/korea/author.html?draft=d1#x"),
            "https://example.org/korea/"
        );
        assert_eq!(
            reader_url("http://127.0.0.1:8080/author.html"),
            "http://127.0.0.1:8080/"
        );
        assert_eq!(reader_url("author.html"), "");
    }

    #[test]
    fn the_reader_opens_a_handed_over_or_hosted_file() {
        assert_eq!(
            reader_showing("https://example.org/k/", "blob:https://example.org/1-2"),
            "https://example.org/k/?src=blob%3Ahttps%3A%2F%2Fexample.org%2F1-2"
        );
        let html = hosted_embed("https://example.org/k/", "korea-1945-1950.json", "Korea");
        assert!(
            html.starts_with(
                "<iframe src=\"https://example.org/k/?src=korea-1945-1950.json&amp;embed=1\""
            ),
            "{html}"
        );
        assert!(html.contains("title=\"Interactive timeline: Korea\""));
    }
}
