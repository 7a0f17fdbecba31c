//! Moving keyboard focus by element id, now or once a re-render has happened.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub fn focus_by_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// For controls that a state change replaces: keyboard users keep their place.
pub fn focus_by_id_after_render(id: String) {
    request_animation_frame(move || focus_by_id(&id));
}

/// For an element that may not be rendered yet (the strip renders only what is near the
/// view): focus it now if it is there, otherwise once it is.
pub fn focus_by_id_soon(id: String) {
    if document().get_element_by_id(&id).is_some() {
        focus_by_id(&id);
    } else {
        focus_by_id_after_render(id);
    }
}
