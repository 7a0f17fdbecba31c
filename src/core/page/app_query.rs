//! The page's state as it lives in the URL query, so every view can be linked, bookmarked and
//! stepped through with back/forward on any static host (no path routing, no rewrite rules).

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::core::page::timelinejs_options::StartAt;

/// Which main view is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Timeline,
    Essay,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct AppQuery {
    pub view: View,
    /// The open event's id (`?event=`).
    pub event: Option<String>,
    /// Compact chrome for an iframe on someone else's page (`?embed=1`).
    pub embed: bool,
    /// Another timeline file to show instead of the built-in one (`?src=`).
    pub src: Option<String>,
    /// The name of a file opened from the reader's own device (`?file=`): the URL says which,
    /// but the file itself is only in this page's memory, so the link works nowhere else.
    pub file: Option<String>,
    /// The words searched for (`?q=`), so a search can be shared.
    pub search: Option<String>,
    /// The actors whose events alone are shown (`?actors=a,b`); all events when empty.
    pub actors: Vec<String>,
    /// Where a TimelineJS link starts (`start_at_slide`, `start_at_end`) when it names no
    /// event; read, never written back, so opening another event drops it.
    pub start_at: Option<StartAt>,
}

impl AppQuery {
    /// Reads the state from a query lookup; unknown values fall back to the timeline.
    pub fn read(get: impl Fn(&str) -> Option<String>) -> AppQuery {
        AppQuery {
            view: match get("view").as_deref() {
                Some("essay") => View::Essay,
                _ => View::Timeline,
            },
            event: get("event").filter(|id| !id.is_empty()),
            embed: matches!(get("embed").as_deref(), Some("1" | "true")),
            // TimelineJS calls it `source`.
            src: get("src")
                .or_else(|| get("source"))
                .filter(|src| !src.is_empty()),
            file: get("file").filter(|name| !name.is_empty()),
            search: get("q").filter(|words| !words.trim().is_empty()),
            actors: get("actors")
                .map(|ids| {
                    ids.split(',')
                        .filter(|id| !id.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            start_at: StartAt::read(&get),
        }
    }

    /// The query string for this state, `?…` (just `?` for the default page, so a link to
    /// it still clears any query).
    pub fn to_search(&self) -> String {
        let mut parts = Vec::new();
        if let Some(src) = &self.src {
            parts.push(format!("src={}", encode_component(src)));
        }
        if let Some(name) = &self.file {
            parts.push(format!("file={}", encode_component(name)));
        }
        if self.embed {
            parts.push("embed=1".to_string());
        }
        if self.view == View::Essay {
            parts.push("view=essay".to_string());
        }
        if let Some(id) = &self.event {
            parts.push(format!("event={}", encode_component(id)));
        }
        if let Some(words) = &self.search {
            parts.push(format!("q={}", encode_component(words)));
        }
        if !self.actors.is_empty() {
            let ids: Vec<String> = self.actors.iter().map(|id| encode_component(id)).collect();
            parts.push(format!("actors={}", ids.join(",")));
        }
        format!("?{}", parts.join("&"))
    }

    /// The timeline with `event` open (or none), in the same mode and file.
    pub fn opening(&self, event: Option<&str>) -> AppQuery {
        AppQuery {
            view: View::Timeline,
            event: event.map(str::to_string),
            start_at: None,
            ..self.clone()
        }
    }

    /// The essay, in the same mode and file.
    pub fn showing_essay(&self) -> AppQuery {
        AppQuery {
            view: View::Essay,
            event: None,
            ..self.clone()
        }
    }

    /// The timeline opened from the device's file `name`, at its start.
    pub fn opening_file(&self, name: &str) -> AppQuery {
        AppQuery {
            view: View::Timeline,
            event: None,
            src: None,
            file: Some(name.to_string()),
            search: None,
            actors: Vec::new(),
            ..self.clone()
        }
    }

    /// The same view, searching for `words` (none when blank).
    pub fn searching(&self, words: &str) -> AppQuery {
        AppQuery {
            search: Some(words.to_string()).filter(|w| !w.trim().is_empty()),
            ..self.clone()
        }
    }

    /// The same view with actor `id` shown or no longer shown.
    pub fn toggling_actor(&self, id: &str) -> AppQuery {
        let mut actors = self.actors.clone();
        match actors.iter().position(|a| a == id) {
            Some(at) => {
                actors.remove(at);
            }
            None => actors.push(id.to_string()),
        }
        AppQuery {
            actors,
            ..self.clone()
        }
    }

    /// The same view showing every actor's events.
    pub fn all_actors(&self) -> AppQuery {
        AppQuery {
            actors: Vec::new(),
            ..self.clone()
        }
    }

    /// The same view outside any embedding.
    pub fn full_page(&self) -> AppQuery {
        AppQuery {
            embed: false,
            ..self.clone()
        }
    }
}

/// Everything but RFC 3986 unreserved characters.
const NOT_UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn encode_component(text: &str) -> String {
    utf8_percent_encode(text, NOT_UNRESERVED).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> AppQuery {
        AppQuery::read(|key| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn reads_view_event_and_embed() {
        assert_eq!(read(&[]), AppQuery::default());
        assert_eq!(read(&[("view", "essay")]).view, View::Essay);
        assert_eq!(read(&[("view", "nonsense")]).view, View::Timeline);
        assert_eq!(
            read(&[("event", "acheson-speech")]).event.as_deref(),
            Some("acheson-speech")
        );
        assert_eq!(read(&[("event", "")]).event, None);
        assert!(read(&[("embed", "1")]).embed);
        assert!(!read(&[("embed", "0")]).embed);
    }

    #[test]
    fn reads_timelinejs_links() {
        let link = read(&[
            ("source", "https://example.org/t.json"),
            ("start_at_slide", "3"),
            ("initial_zoom", "2"),
        ]);
        assert_eq!(link.src.as_deref(), Some("https://example.org/t.json"));
        assert_eq!(link.start_at, Some(StartAt::Slide(3)));
        assert_eq!(
            link.to_search(),
            "?src=https%3A%2F%2Fexample.org%2Ft.json",
            "read, never written"
        );
        assert_eq!(link.opening(Some("a")).start_at, None);
        let ours = read(&[("src", "a.json"), ("source", "b.json")]);
        assert_eq!(ours.src.as_deref(), Some("a.json"));
    }

    #[test]
    fn writes_links_that_read_back() {
        assert_eq!(AppQuery::default().to_search(), "?");
        let plain = AppQuery::default();
        assert_eq!(plain.showing_essay().to_search(), "?view=essay");
        assert_eq!(plain.opening(Some("a b&c")).to_search(), "?event=a%20b%26c");
    }

    #[test]
    fn embed_mode_survives_navigation_until_leaving_the_frame() {
        let embedded = read(&[("embed", "1"), ("event", "invasion")]);
        assert_eq!(embedded.to_search(), "?embed=1&event=invasion");
        assert_eq!(embedded.showing_essay().to_search(), "?embed=1&view=essay");
        assert_eq!(embedded.opening(None).to_search(), "?embed=1");
        assert_eq!(embedded.full_page().to_search(), "?event=invasion");
    }

    #[test]
    fn a_file_from_the_device_is_named_in_the_url_and_replaces_any_src() {
        let other = read(&[("src", "https://x.test/t.json"), ("event", "e1")]);
        let local = other.opening_file("my essay.csv");
        assert_eq!(local.to_search(), "?file=my%20essay.csv");
        assert_eq!(
            read(&[("file", "my essay.csv")])
                .opening(Some("e2"))
                .to_search(),
            "?file=my%20essay.csv&event=e2"
        );
    }

    #[test]
    fn another_timeline_file_stays_loaded_across_views() {
        let other = read(&[("src", "https://x.test/t.json"), ("event", "e1")]);
        assert_eq!(other.src.as_deref(), Some("https://x.test/t.json"));
        assert_eq!(
            other.showing_essay().to_search(),
            "?src=https%3A%2F%2Fx.test%2Ft.json&view=essay"
        );
        assert_eq!(
            other.opening(None).to_search(),
            "?src=https%3A%2F%2Fx.test%2Ft.json"
        );
    }

    #[test]
    fn a_search_is_shared_in_the_url_and_kept_while_events_open() {
        let searching = read(&[("q", "Kim Il-sung")]);
        assert_eq!(searching.search.as_deref(), Some("Kim Il-sung"));
        assert_eq!(
            searching.opening(Some("invasion")).to_search(),
            "?event=invasion&q=Kim%20Il-sung"
        );
        assert_eq!(read(&[("q", "  ")]).search, None);
        assert_eq!(searching.searching(" ").to_search(), "?");
        assert_eq!(searching.opening_file("t.json").search, None);
    }

    #[test]
    fn chosen_actors_are_a_list_in_the_url() {
        let chosen = read(&[("actors", "stalin,kim")]);
        assert_eq!(chosen.actors, ["stalin", "kim"]);
        assert_eq!(chosen.to_search(), "?actors=stalin,kim");
        assert_eq!(chosen.toggling_actor("kim").to_search(), "?actors=stalin");
        assert_eq!(
            chosen.toggling_actor("us").opening(Some("e")).to_search(),
            "?event=e&actors=stalin,kim,us"
        );
        assert_eq!(chosen.all_actors().to_search(), "?");
        assert!(read(&[("actors", ",")]).actors.is_empty());
        assert_eq!(read(&[("actors", "a b,c")]).to_search(), "?actors=a%20b,c");
    }
}
