//! Which timeline file the page shows by default, and where its sources page is: the page
//! that cites and exports its bibliography, made at build time (`timeline-sources`). Only the
//! shipped timeline has one; a file opened with `?src=` does not.

/// The built-in timeline, relative to the page so the app works under any sub-path.
pub const DEFAULT_SOURCE: &str = "timelines/korea-1945-1950.json";

/// The page made at build time for the timeline the page shows (`src`, `None` for the
/// default), named after the timeline file with `suffix`.
fn built_page(src: Option<&str>, suffix: &str) -> Option<String> {
    if src.is_some_and(|s| s != DEFAULT_SOURCE) {
        return None;
    }
    let stem = DEFAULT_SOURCE
        .rsplit('/')
        .next()
        .and_then(|name| name.strip_suffix(".json"))?;
    Some(format!("sources/{stem}{suffix}.html"))
}

/// The sources page, at bibliography entry `entry` when one is given.
pub fn sources_page(src: Option<&str>, entry: Option<&str>) -> Option<String> {
    let anchor = entry.map(|id| format!("#entry-{id}")).unwrap_or_default();
    built_page(src, "").map(|page| page + &anchor)
}

/// The COinS of every cited work, for the reader to carry for Zotero's connector.
pub fn coins_file(src: Option<&str>) -> Option<String> {
    built_page(src, "").map(|page| page.replace(".html", ".coins.json"))
}

/// The printable handout of every event.
pub fn handout_page(src: Option<&str>) -> Option<String> {
    built_page(src, "-handout")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_shipped_timeline_has_a_sources_page() {
        assert_eq!(
            sources_page(None, Some("b3")).as_deref(),
            Some("sources/korea-1945-1950.html#entry-b3")
        );
        assert_eq!(
            sources_page(Some(DEFAULT_SOURCE), None).as_deref(),
            Some("sources/korea-1945-1950.html")
        );
        assert_eq!(sources_page(Some("https://x.example/t.json"), None), None);
        assert_eq!(
            handout_page(None).as_deref(),
            Some("sources/korea-1945-1950-handout.html")
        );
        assert_eq!(handout_page(Some("mine.json")), None);
        assert_eq!(
            coins_file(None).as_deref(),
            Some("sources/korea-1945-1950.coins.json")
        );
        assert_eq!(coins_file(Some("mine.json")), None);
    }
}
