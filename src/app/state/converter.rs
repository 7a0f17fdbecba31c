//! Runs the converter worker (`src/bin/timeline-convert.rs`) for a file the reader does not
//! read itself (any but the shipped timeline), and waits for its reply. The worker's module is
//! fetched only then, so the importers, the checks and the full HTML parser stay out of the
//! reader's first download.

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::import::transfer::decode;
use crate::core::load::problem::Problem;
use crate::core::load::Loaded;
use crate::locale::{lang, load};

/// Trunk's loader for the worker, beside index.html (a relative URL works from any sub-path).
const CONVERTER_URL: &str = "./timeline-convert_loader.js";

/// What the converter read from a file's `bytes`: the same result `load_bytes_named` gives
/// for `name_or_type` (its URL, file name or content type), in the words of the page's
/// language.
pub async fn convert_in_worker(bytes: &[u8], name_or_type: &str) -> Result<Loaded, Vec<Problem>> {
    let bytes = js_sys::Uint8Array::from(bytes);
    let message = js_sys::Array::of3(&bytes, &name_or_type.into(), &lang().into());
    let reply = run_worker(message)
        .await
        .map_err(|why| vec![Problem::error("", load::converter_failed(why))])?;
    decode(&reply)
}

/// Starts the worker, posts `message` once it says it is ready, and gives its one reply.
async fn run_worker(message: js_sys::Array) -> Result<String, String> {
    let worker =
        web_sys::Worker::new(CONVERTER_URL).map_err(|_| load::worker_refused().to_string())?;
    let mut settle: Option<(Function, Function)> = None;
    let promise = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let Some((resolve, reject)) = settle else {
        return Err(load::worker_no_wait().to_string());
    };
    let poster = worker.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            if data.as_string().as_deref() == Some("ready") {
                let _ = poster.post_message(&message);
            } else {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        });
    // A script that fails to load fires a plain `error` Event, an error inside it an
    // ErrorEvent with a message.
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        let why = event
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| load::worker_files().to_string());
        let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&why));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let outcome = JsFuture::from(promise).await;
    worker.terminate();
    drop((on_message, on_error));
    outcome
        .map(|reply| reply.as_string().unwrap_or_default())
        .map_err(|why| why.as_string().unwrap_or_default())
}
