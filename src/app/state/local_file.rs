//! A timeline file opened from the reader's own device (the file picker or a drop). It lives
//! only in this page's memory: the URL names it (`?file=`), so views of it can be stepped
//! through, but a reload or a shared link cannot bring it back.

use std::sync::Arc;

use js_sys::Uint8Array;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::load::limits::{too_large_message, MAX_TIMELINE_BYTES};
use crate::locale::load;

#[derive(Clone, Debug, PartialEq)]
pub struct LocalFile {
    pub name: String,
    pub bytes: Arc<Vec<u8>>,
}

/// The file opened last, shared by the shell (which shows it) and the open controls.
pub fn provide_local_file() -> RwSignal<Option<LocalFile>> {
    let file = RwSignal::new(None);
    provide_context(file);
    file
}

pub fn use_local_file() -> RwSignal<Option<LocalFile>> {
    expect_context::<RwSignal<Option<LocalFile>>>()
}

/// The file index.html read for the page (`app::pages::open_file`): `bytes` is its
/// `Uint8Array`; anything else means it was not read, because it is over the size limit
/// (`size`) or the browser could not read it.
pub fn opened_file(name: String, size: usize, bytes: JsValue) -> Result<LocalFile, String> {
    if size > MAX_TIMELINE_BYTES {
        return Err(too_large_message(Some(size)));
    }
    let bytes: Uint8Array = bytes.dyn_into().map_err(|_| load::could_not_read(&name))?;
    Ok(LocalFile {
        name,
        bytes: Arc::new(bytes.to_vec()),
    })
}
