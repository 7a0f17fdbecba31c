//! The browser shell: Leptos components that wire the core's data to markup and events. The
//! folders mirror the core's: pages (one file per view), the strip, the panel, the page's
//! state, and the few browser helpers the components share; `author` is the editor, a page
//! and a Wasm module of its own (`src/bin/timeline-author.rs`) that reuses the reader's strip
//! and panel for its preview.

#[cfg(target_arch = "wasm32")]
pub mod author;
mod browser;
mod pages;
mod panel;
#[cfg(feature = "prerender")]
pub mod prerender;
mod search;
#[cfg(all(target_arch = "wasm32", feature = "sources"))]
pub mod sources;
mod state;
mod strip;

use leptos::prelude::*;
use leptos_router::components::Router;

/// Starts the app on the page's `<body>`. A panic aborts the Wasm at once (see
/// `docs/performance.md`); index.html reports it in the page.
pub fn mount() {
    leptos::mount::mount_to_body(|| {
        view! {
            <Router>
                <pages::shell::Shell />
            </Router>
        }
    });
}
