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
