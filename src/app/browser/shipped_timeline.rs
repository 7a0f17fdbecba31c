//! The default timeline file, which the build writes into index.html
//! (`<script type="application/json" id="timeline-data">`, scripts/add-prerender.py) so the
//! reader's first visit needs no second download.

const TIMELINE_DATA_ID: &str = "timeline-data";

/// The file's bytes as the build wrote them into the page, if it did.
pub fn timeline_in_page() -> Option<Vec<u8>> {
    let data = leptos::prelude::document().get_element_by_id(TIMELINE_DATA_ID)?;
    Some(data.text_content()?.into_bytes())
}
