//! The browser shell: Leptos components that wire the core's data to markup and events.

mod citation_list;
mod cluster_marker;
mod content_source;
mod detail_panel;
mod embed_dialog;
mod empty_view_hint;
mod essay_paragraph;
mod essay_view;
mod event_strip;
mod event_tab;
mod focus;
mod frame_height;
mod host_message;
mod load_error;
mod panel_reveal;
mod rich_text;
mod shell;
mod size_watch;
mod strip_geometry;
mod strip_gestures;
mod time_axis;
mod timeline_view;
mod url_state;

use leptos::prelude::*;
use leptos_router::components::Router;

/// Starts the app on the page's `<body>`. A panic aborts the Wasm at once (see
/// `scripts/setup.sh`); index.html reports it in the page.
pub fn mount() {
    leptos::mount::mount_to_body(|| {
        view! {
            <Router>
                <shell::Shell />
            </Router>
        }
    });
}
