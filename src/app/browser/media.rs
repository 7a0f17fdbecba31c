//! What the window says about the reader's screen and settings.

use leptos::prelude::*;

/// The window's inner height in CSS pixels, when the browser gives one.
pub fn window_height() -> Option<f64> {
    window().inner_height().ok().and_then(|h| h.as_f64())
}

/// Whether media query `query` matches now.
pub fn matches_media(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}
