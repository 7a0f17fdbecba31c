//! Runs the converter worker (`src/bin/timeline-convert.rs`) for a file the reader does not
//! read itself (any but the shipped timeline), and waits for its reply. The worker's module is
//! fetched only for such a file, so the importers, the checks and the full HTML parser stay out
//! of the reader's first download; for a `?src=` file index.html starts it with the page.

use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::import::transfer::decode;
use crate::core::load::problem::Problem;
use crate::core::load::Loaded;
use crate::locale::{lang, load};

/// Trunk's loader for the worker, beside index.html (a relative URL works from any sub-path).
const CONVERTER_URL: &str = "./timeline-convert_loader.js";

/// Index.html's name for the worker it starts for a `?src=` file while the app loads.
const STARTED_KEY: &str = "startedConverter";

/// What the converter read from a file's `bytes`: the same result `load_bytes_named` gives
/// for `name_or_type` (its URL, file name or content type), in the words of the page's
/// language.
pub async fn convert_in_worker(bytes: &[u8], name_or_type: &str) -> Result<Loaded, Vec<Problem>> {
    let bytes = Uint8Array::from(bytes);
    let message = js_sys::Array::of3(&bytes, &name_or_type.into(), &lang().into());
    let reply = run_worker(message, &bytes.buffer())
        .await
        .map_err(|why| vec![Problem::error("", load::converter_failed(why))])?;
    // The worker sends its reply as the UTF-8 bytes of one JSON string; anything else is
    // read as an empty reply, which `decode` reports.
    decode(std::str::from_utf8(&reply).unwrap_or_default())
}

/// Posts `message` to a worker once it says it is ready, handing `handed_over` (the file's
/// buffer) to it rather than copying it, and gives its one reply: the worker
/// index.html started for this page's `?src=` file, so its module arrived and compiled while
/// the file did, or else a new one.
async fn run_worker(
    message: js_sys::Array,
    handed_over: &js_sys::ArrayBuffer,
) -> Result<Vec<u8>, String> {
    let (worker, ready, _ready_handlers) = match take_started() {
        Some((worker, ready)) => (worker, ready, None),
        None => {
            let worker = web_sys::Worker::new(CONVERTER_URL)
                .map_err(|_| load::worker_refused().to_string())?;
            let (ready, handlers) = next_message(&worker, true)?;
            (worker, ready, Some(handlers))
        }
    };
    let outcome = async {
        JsFuture::from(ready).await?;
        let (reply, handlers) = next_message(&worker, false).map_err(JsValue::from)?;
        let _ = worker.post_message_with_transfer(&message, &js_sys::Array::of1(handed_over));
        let reply = JsFuture::from(reply).await;
        drop(handlers);
        reply
    }
    .await;
    worker.terminate();
    outcome
        .map(|reply| {
            reply
                .dyn_into::<Uint8Array>()
                .map(|bytes| bytes.to_vec())
                .unwrap_or_default()
        })
        .map_err(|why| {
            why.as_string()
                .filter(|why| !why.is_empty())
                .unwrap_or_else(|| load::worker_files().to_string())
        })
}

/// The worker index.html started, and its promise of the "ready" message; taken once, so a
/// file opened later gets a worker of its own.
fn take_started() -> Option<(web_sys::Worker, Promise)> {
    let global = js_sys::global();
    let started = Reflect::get(&global, &STARTED_KEY.into())
        .ok()
        .filter(JsValue::is_object)?;
    let _ = Reflect::delete_property(&global, &STARTED_KEY.into());
    let worker = Reflect::get(&started, &"worker".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let ready = Reflect::get(&started, &"ready".into())
        .ok()?
        .dyn_into()
        .ok()?;
    Some((worker, ready))
}

type Handlers = (
    Closure<dyn FnMut(web_sys::MessageEvent)>,
    Closure<dyn FnMut(web_sys::Event)>,
);

/// A promise of the worker's "ready" message (`wants_ready`) or of its next other one,
/// rejected with the worker's error message (empty when its files did not load); the handlers
/// must live until it settles.
fn next_message(
    worker: &web_sys::Worker,
    wants_ready: bool,
) -> Result<(Promise, Handlers), String> {
    let mut settle: Option<(Function, Function)> = None;
    let promise = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let Some((resolve, reject)) = settle else {
        return Err(load::worker_no_wait().to_string());
    };
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            if (data.as_string().as_deref() == Some("ready")) == wants_ready {
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
            .unwrap_or_default();
        let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&why));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok((promise, (on_message, on_error)))
}
