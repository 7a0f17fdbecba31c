//! A pause until a later task of the page's event loop, so that long work split around it
//! shows as two tasks, and the browser can paint and answer input between them.

use js_sys::Promise;
use leptos::prelude::window;
use wasm_bindgen_futures::JsFuture;

/// Resolves in a task of its own (a zero-delay timeout), after what is already queued.
pub async fn next_task() {
    let promise = Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}
