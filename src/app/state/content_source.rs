//! Fetches a timeline file, reporting progress and refusing oversized files while they
//! stream in, then has it read: the shipped timeline by the core here, any other file by the
//! converter worker, which also checks it.

use js_sys::{Reflect, Uint8Array};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::browser::next_task::next_task;
use crate::app::state::converter::convert_in_worker;
use crate::core::import::detect::names_csv;
use crate::core::import::route::read_shipped;
use crate::core::load::limits::{too_large_message, MAX_TIMELINE_BYTES};
use crate::core::load::problem::Problem;
use crate::core::load::progress::Progress;
use crate::core::load::source_url::{check_source, unreachable_message};
use crate::core::load::Loaded;
use crate::locale::load;

/// Why a timeline could not be shown: which file, and every problem found in it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadFailure {
    pub url: String,
    pub problems: Vec<Problem>,
}

/// Fetches the file at `url`: its bytes, and what says its format (a CSV content type, or
/// the address).
pub async fn fetch_file(
    url: String,
    progress: RwSignal<Progress>,
) -> Result<(Vec<u8>, String), LoadFailure> {
    let fail = |message: String| LoadFailure {
        url: url.clone(),
        problems: vec![Problem::error("", message)],
    };
    let origin = window().location().origin().unwrap_or_default();
    check_source(&url, &origin).map_err(|refused| fail(refused.0))?;
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(&url))
        .await
        .map_err(|_| {
            let offline = !window().navigator().on_line();
            fail(unreachable_message(&url, offline).to_string())
        })?
        .unchecked_into();
    if !response.ok() {
        return Err(fail(load::http_status(
            response.status(),
            response.status_text(),
        )));
    }
    let total = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.parse::<usize>().ok());
    if let Some(total) = total.filter(|&t| t > MAX_TIMELINE_BYTES) {
        return Err(fail(too_large_message(Some(total))));
    }
    progress.set(Progress { received: 0, total });
    let bytes = read_body(&response, total, |received| {
        progress.set(Progress { received, total })
    })
    .await
    .map_err(fail)?;
    // A sheet is told by its content type or its address' extension.
    let name_or_type = match response.headers().get("content-type").ok().flatten() {
        Some(content_type) if names_csv(&content_type) => content_type,
        _ => url.clone(),
    };
    Ok((bytes, name_or_type))
}

/// Reads a file's bytes: the timeline shipped with this build here, any other file in the
/// converter worker (see `core::import::route`); `shown_as` names the file in the error page.
pub async fn read_timeline(
    bytes: &[u8],
    name_or_type: &str,
    shipped: bool,
    shown_as: String,
) -> Result<Loaded, LoadFailure> {
    let loaded = match shipped.then(|| read_shipped(bytes)).flatten() {
        Some(loaded) => Ok(loaded),
        None => convert_in_worker(bytes, name_or_type).await,
    };
    // The timeline is drawn in a task of its own: with the app's start, or with reading a
    // large file, it would make one long task, which a phone cannot answer a tap during.
    next_task().await;
    loaded.map_err(|problems| LoadFailure {
        url: shown_as,
        problems,
    })
}

/// Reads the body chunk by chunk, so a file over the limit is refused before it is all read.
/// The announced size (`total`, already known to be within the limit) is reserved at once, so
/// a large file is not copied again each time the buffer grows.
async fn read_body(
    response: &web_sys::Response,
    total: Option<usize>,
    on_chunk: impl Fn(usize),
) -> Result<Vec<u8>, String> {
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let interrupted = |_| load::interrupted().to_string();
    let mut bytes = Vec::with_capacity(total.unwrap_or(0));
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(interrupted)?;
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .map_err(interrupted)?
            .unchecked_into();
        let start = bytes.len();
        let end = start + value.length() as usize;
        if end > MAX_TIMELINE_BYTES {
            let _ = reader.cancel();
            return Err(too_large_message(Some(end)));
        }
        // Copied out whole rather than into zeroed room: zero-filling megabytes a byte at a
        // time is slow in Wasm that V8 has not optimised yet.
        bytes.extend_from_slice(&value.to_vec());
        on_chunk(end);
    }
}
