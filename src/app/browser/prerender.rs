//! The page drawn at build time (`#prerender` in index.html, see `app::prerender`) stands in
//! for the app until the app has drawn its own first page, laid out but unseen beside it. Then
//! the app takes its place in one step, before the browser paints again: same layout, so no
//! visible swap; the focus and a search typed meanwhile carried over; an event clicked
//! meanwhile (index.html notes it) returned, for the caller to open.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser::focus::focus_by_id;
use crate::core::model::timeline::Timeline;

const PRERENDER_ID: &str = "prerender";
/// Where index.html notes the event a reader clicked on the drawn page.
const PENDING_EVENT: &str = "data-pending-event";

/// Replaces the drawn page with the app's; returns the id of an event clicked on it.
pub fn take_over_prerendered_page() -> Option<String> {
    let document = document();
    let drawn = document.get_element_by_id(PRERENDER_ID)?;
    let focused = document
        .active_element()
        .filter(|el| drawn.contains(Some(el)))
        .map(|el| el.id());
    let typed = drawn
        .query_selector("input[type=search]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| (input.id(), input.value()))
        .filter(|(_, value)| !value.is_empty());
    drawn.remove();
    if let Some((id, value)) = typed {
        carry_typed_text(&id, &value);
    }
    if let Some(id) = focused.filter(|id| !id.is_empty()) {
        focus_by_id(&id);
    }
    let root = document.document_element()?;
    let pending = root.get_attribute(PENDING_EVENT);
    let _ = root.remove_attribute(PENDING_EVENT);
    pending
}

/// Takes over once `drawn`: a strip that is measured draws its cards in that same frame.
/// Opens the event clicked on the drawn page, if one was.
pub fn take_over_once_drawn(drawn: RwSignal<bool>, timeline: Arc<Timeline>, open: Callback<usize>) {
    Effect::new(move |_| {
        if !drawn.get() {
            return;
        }
        if let Some(i) = take_over_prerendered_page().and_then(|id| timeline.event_index(&id)) {
            open.run(i);
        }
    });
}

/// Types into the app's field what was typed into the drawn one, as if typed there.
fn carry_typed_text(id: &str, value: &str) {
    let Some(input) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    input.set_value(value);
    if let Ok(event) = web_sys::Event::new("input") {
        let _ = input.dispatch_event(&event);
    }
}
