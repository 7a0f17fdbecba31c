#![cfg_attr(feature = "prerender", recursion_limit = "512")]
//! An interactive timeline of Korea 1945–1950 whose every event opens the essay passage and
//! citations that support it.

pub mod core;
pub mod locale;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;
