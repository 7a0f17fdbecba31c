//! Inside an iframe, tells the parent page how tall the content is whenever that changes, so
//! the optional host script (`public/embed.js`) can size the frame with no inner scrollbar.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::core::embed_snippet::HEIGHT_MESSAGE;

pub fn report_height_to_parent() {
    let window = window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(body) = document().body() else {
        return;
    };
    let measured = body.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let height = f64::from(measured.offset_height());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // Any origin may embed the app; the message carries one number and nothing private.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // Lives as long as the page.
    post.forget();
}
