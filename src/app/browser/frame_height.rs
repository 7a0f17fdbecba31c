//! Inside an iframe, tells the parent page how tall the content is whenever that changes, so
//! the optional host script (`public/embed.js`) can size the frame with no inner scrollbar.

use std::cell::Cell;

use leptos::prelude::*;

use super::host_message::{host_window, post_to_host};
use super::size_watch::SizeWatch;
use crate::core::page::embed_snippet::HEIGHT_MESSAGE;

thread_local! {
    static REPORTED: Cell<Option<f64>> = const { Cell::new(None) };
}

/// The height last reported to the page around the frame, if any was.
pub fn reported_height() -> Option<f64> {
    REPORTED.with(Cell::get)
}

pub fn report_height_to_parent() {
    let Some(host) = host_window() else {
        return;
    };
    let Some(body) = document().body() else {
        return;
    };
    let measured = body.clone();
    let watch = SizeWatch::new(&body, move || {
        let height = f64::from(measured.offset_height());
        REPORTED.with(|reported| reported.set(Some(height)));
        post_to_host(&host, HEIGHT_MESSAGE, "height", height);
    });
    // Watches as long as the page lives.
    std::mem::forget(watch);
}
