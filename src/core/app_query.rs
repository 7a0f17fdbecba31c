//! The page's state as it lives in the URL query, so every view can be linked, bookmarked and
//! stepped through with back/forward on any static host (no path routing, no rewrite rules).

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
        }
    }

    /// The query string for this state, `?…` or empty for the default page.
    pub fn to_search(&self) -> String {
        let mut parts = Vec::new();
        if self.view == View::Essay {
            parts.push("view=essay".to_string());
        }
        if let Some(id) = &self.event {
            parts.push(format!("event={}", encode_component(id)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    pub fn timeline_with(event: Option<&str>) -> AppQuery {
        AppQuery {
            view: View::Timeline,
            event: event.map(str::to_string),
        }
    }

    pub fn essay() -> AppQuery {
        AppQuery {
            view: View::Essay,
            event: None,
        }
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
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
    fn reads_view_and_event() {
        assert_eq!(read(&[]), AppQuery::default());
        assert_eq!(read(&[("view", "essay")]).view, View::Essay);
        assert_eq!(read(&[("view", "nonsense")]).view, View::Timeline);
        assert_eq!(
            read(&[("event", "acheson-speech")]).event.as_deref(),
            Some("acheson-speech")
        );
        assert_eq!(read(&[("event", "")]).event, None);
    }

    #[test]
    fn writes_links_that_read_back() {
        assert_eq!(AppQuery::default().to_search(), "");
        assert_eq!(AppQuery::essay().to_search(), "?view=essay");
        let q = AppQuery::timeline_with(Some("a b&c"));
        assert_eq!(q.to_search(), "?event=a%20b%26c");
    }
}
