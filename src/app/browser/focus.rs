//! Moving keyboard focus by element id, now or once a re-render has happened.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
}

pub fn focus_by_id(id: &str) {
    if let Some(el) = element_by_id(id) {
        let _ = el.focus();
    }
}

fn focus_by_id_after_render(id: String) {
    request_animation_frame(move || focus_by_id(&id));
}

/// For controls that a state change replaces: keyboard users keep their place. The page is
/// not scrolled to them: it shows what the change brought (see `panel_reveal`).
pub fn focus_in_place_after_render(id: String) {
    request_animation_frame(move || {
        if let Some(el) = element_by_id(&id) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    });
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
