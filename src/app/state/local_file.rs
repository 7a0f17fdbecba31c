//! A timeline file opened from the reader's own device (the file picker or a drop). It lives
//! only in this page's memory: the URL names it (`?file=`), so views of it can be stepped
//! through, but a reload or a shared link cannot bring it back.

use std::sync::Arc;

use js_sys::Uint8Array;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::core::load::limits::{too_large_message, MAX_TIMELINE_BYTES};

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

/// Reads a picked or dropped file whole, refusing one over the size limit unread.
pub async fn read_file(file: &web_sys::File) -> Result<LocalFile, String> {
    let size = file.size() as usize;
    if size > MAX_TIMELINE_BYTES {
        return Err(too_large_message(Some(size)));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("the browser could not read “{}”", file.name()))?;
    Ok(LocalFile {
        name: file.name(),
        bytes: Arc::new(Uint8Array::new(&buffer).to_vec()),
    })
}
