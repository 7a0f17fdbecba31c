//! Files handed to the author: a download, or a `blob:` address the reader can open in
//! another tab while this one stays open.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A `blob:` URL holding `text` as JSON, alive until this page closes.
pub fn json_blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Saves `text` as the file `file_name` through the browser's downloads.
pub fn download_json(file_name: &str, text: &str) {
    let Some(url) = json_blob_url(text) else {
        return;
    };
    let Some(link) = document()
        .create_element("a")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The download has its own copy once it starts.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}
