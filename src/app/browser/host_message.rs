//! Messages from the app inside an iframe to the page around it (read by `public/embed.js`):
//! each is a type and one number, nothing private, so any embedding origin may receive it.

use leptos::prelude::*;

/// The page around this one, if the app runs in a frame.
pub fn host_window() -> Option<web_sys::Window> {
    let window = window();
    match window.parent() {
        Ok(Some(parent)) if parent != window => Some(parent),
        _ => None,
    }
}

/// Posts `{type: kind, <field>: value}` to `host`.
pub fn post_to_host(host: &web_sys::Window, kind: &str, field: &str, value: f64) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&message, &field.into(), &value.into());
    let _ = host.post_message(&message, "*");
}
