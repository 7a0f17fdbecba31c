//! An interactive timeline of Korea 1945–1950 whose every event opens the essay passage and
//! citations that support it.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
