//! The converter worker: reads and checks every timeline file but the shipped one (this app's
//! format, TimelineJS JSON or CSV; see `core::import::route`) with the full importers, checks
//! and HTML parser, and posts back the result (`core::import::transfer`). Trunk builds it as a
//! second Wasm module, loaded only when such a file is opened, so the reader's first download
//! carries none of them.

#[cfg(target_arch = "wasm32")]
fn main() {
    use korea_timeline::core::import::detect::load_bytes_named;
    use korea_timeline::core::import::transfer::encode;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            // [the file's bytes, its URL, name or content type, the page's language]: see
            // `app/state/converter.rs`. The problems are told in that language.
            let message: js_sys::Array = event.data().unchecked_into();
            let bytes = js_sys::Uint8Array::new(&message.get(0)).to_vec();
            let name = message.get(1).as_string().unwrap_or_default();
            let tag = message.get(2).as_string().unwrap_or_default();
            korea_timeline::locale::choose(&tag);
            // As UTF-8 bytes, handed over rather than copied: a large timeline's reply is
            // megabytes, which the reader's main thread would otherwise copy twice.
            let reply =
                js_sys::Uint8Array::from(encode(load_bytes_named(&bytes, &name)).as_bytes());
            let _ =
                reply_to.post_message_with_transfer(&reply, &js_sys::Array::of1(&reply.buffer()));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The reader waits for this before it posts the file, so no message is lost while the
    // module compiles.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the web app's converter worker; timeline-check reads files natively.");
}
