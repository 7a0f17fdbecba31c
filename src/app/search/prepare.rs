//! The Unicode half of search's folding (see `core::search::fold`), done by the browser's
//! own tables so the download carries none.

use js_sys::JsString;

/// `text` canonically decomposed (NFD) and lowercased.
pub fn prepare(text: &str) -> String {
    JsString::from(text).normalize("NFD").to_lower_case().into()
}
