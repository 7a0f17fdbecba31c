//! Which timeline file the page shows by default, and where its sources page is: the page
//! that cites and exports its bibliography, made at build time (`timeline-sources`) in each
//! language. Only the shipped timeline has one; a file opened with `?src=` or from the device
//! does not.

use crate::core::page::app_query::AppQuery;
use crate::core::page::language_choice::with_language;
use crate::locale::korean;

/// The built-in timeline, relative to the page so the app works under any sub-path.
pub const DEFAULT_SOURCE: &str = "timelines/korea-1945-1950.json";

/// The page made at build time for the timeline `query` shows, named after the timeline
/// file with `suffix`; none unless it is the shipped timeline.
fn built_page(query: &AppQuery, suffix: &str) -> Option<String> {
    if query.file.is_some() || query.src.as_deref().is_some_and(|s| s != DEFAULT_SOURCE) {
        return None;
    }
    let stem = DEFAULT_SOURCE
        .rsplit('/')
        .next()
        .and_then(|name| name.strip_suffix(".json"))?;
    Some(format!("sources/{stem}{suffix}.html"))
}

/// The sources page, at bibliography entry `entry` when one is given. In the page's
/// language: `korean()` is a constant in a reader's build, so the English reader's links are
/// as they were.
pub fn sources_page(query: &AppQuery, entry: Option<&str>) -> Option<String> {
    let anchor = entry.map(|id| format!("#entry-{id}")).unwrap_or_default();
    let suffix = if korean() { ".ko" } else { "" };
    built_page(query, suffix).map(|page| page + &anchor)
}

/// The cite page (`cite.html`, which formats citations in the browser) for the timeline
/// `query` shows, at `event` and at bibliography entry `entry`; none for a file opened from
/// the device, which that page cannot reach.
pub fn cite_page(query: &AppQuery, event: Option<&str>, entry: Option<&str>) -> Option<String> {
    if query.file.is_some() {
        return None;
    }
    let here = AppQuery {
        src: query.src.clone(),
        ..AppQuery::default()
    };
    let anchor = entry.map(|id| format!("#entry-{id}")).unwrap_or_default();
    if korean() {
        return Some(in_korean(here.opening(event).to_search(), &anchor));
    }
    Some(format!(
        "cite.html{}{anchor}",
        here.opening(event).to_search()
    ))
}

/// The cite page asked for in Korean, which it follows before what this device keeps.
fn in_korean(search: String, anchor: &str) -> String {
    format!("cite.html{}{anchor}", with_language(&search, "ko"))
}

/// The COinS of every cited work, for the reader to carry for Zotero's connector.
pub fn coins_file(query: &AppQuery) -> Option<String> {
    built_page(query, "").map(|page| page.replace(".html", ".coins.json"))
}

/// The printable handout of every event, in the page's language.
pub fn handout_page(query: &AppQuery) -> Option<String> {
    built_page(query, if korean() { "-handout.ko" } else { "-handout" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn showing(src: Option<&str>, file: Option<&str>) -> AppQuery {
        AppQuery {
            src: src.map(str::to_string),
            file: file.map(str::to_string),
            ..AppQuery::default()
        }
    }

    #[test]
    fn only_the_shipped_timeline_has_a_sources_page() {
        let shipped = showing(None, None);
        assert_eq!(
            sources_page(&shipped, Some("b3")).as_deref(),
            Some("sources/korea-1945-1950.html#entry-b3")
        );
        assert_eq!(
            sources_page(&showing(Some(DEFAULT_SOURCE), None), None).as_deref(),
            Some("sources/korea-1945-1950.html")
        );
        assert_eq!(
            handout_page(&shipped).as_deref(),
            Some("sources/korea-1945-1950-handout.html")
        );
        assert_eq!(
            coins_file(&shipped).as_deref(),
            Some("sources/korea-1945-1950.coins.json")
        );
        for other in [
            showing(Some("https://x.example/t.json"), None),
            showing(Some("mine.json"), None),
            showing(None, Some("korea-1945-1950.json")),
        ] {
            assert_eq!(sources_page(&other, None), None, "{other:?}");
            assert_eq!(handout_page(&other), None, "{other:?}");
            assert_eq!(coins_file(&other), None, "{other:?}");
        }
    }

    #[test]
    fn the_cite_page_takes_any_fetched_timeline_but_not_a_device_file() {
        assert_eq!(
            cite_page(&showing(None, None), Some("invasion"), None).as_deref(),
            Some("cite.html?event=invasion")
        );
        assert_eq!(
            cite_page(&showing(Some("t.json"), None), None, Some("b2")).as_deref(),
            Some("cite.html?src=t.json#entry-b2")
        );
        assert_eq!(
            cite_page(&showing(None, Some("mine.json")), Some("e"), None),
            None
        );
    }
}
