//! Brings the open event's panel into view when opening it left the panel out of sight: by
//! scrolling this page, or, in a frame the host page sized to its content, by asking the host.

use leptos::prelude::*;
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::app::browser::dom_ids::PANEL_ID;
use crate::app::browser::frame_height::reported_height;
use crate::app::browser::host_message::{host_window, post_to_host};
use crate::app::browser::media::{matches_media, window_height};
use crate::core::page::embed_snippet::REVEAL_MESSAGE;
use crate::core::panel::reveal::{needs_reveal, revealer, Revealer};

const REDUCED_MOTION_QUERY: &str = "(prefers-reduced-motion: reduce)";

/// How the page gets to the panel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reveal {
    /// After a reader's click or key: smoothly, unless they ask for reduced motion.
    Smooth,
    /// When the page opens on an event: at once.
    AtOnce,
}

/// The page around the frame, when it sized the frame to its content and so must do the
/// scrolling; the host script decides what is in sight there.
fn scrolling_host() -> Option<web_sys::Window> {
    let host = host_window()?;
    (revealer(reported_height(), window_height().unwrap_or_default()) == Revealer::HostPage)
        .then_some(host)
}

/// Tells the scrolling host page where `el` starts in this page.
fn ask_host_to_reveal(host: &web_sys::Window, el: &web_sys::Element) {
    let top = el.get_bounding_client_rect().top() + window().scroll_y().unwrap_or_default();
    post_to_host(host, REVEAL_MESSAGE, "top", top);
}

/// Once the panel is rendered, brings its top into view if it is out of sight.
pub fn reveal_panel_after_render(how: Reveal) {
    request_animation_frame(move || {
        let Some(panel) = document().get_element_by_id(PANEL_ID) else {
            return;
        };
        if let Some(host) = scrolling_host() {
            ask_host_to_reveal(&host, &panel);
        } else if needs_reveal(
            panel.get_bounding_client_rect().top(),
            window_height().unwrap_or_default(),
        ) {
            scroll_to(&panel, how);
        }
    });
}

/// For element `id`, just focused: focusing scrolls this page to it, but never the page
/// around a frame, which is asked to.
pub fn reveal_focused_in_host(id: &str) {
    if let (Some(host), Some(el)) = (scrolling_host(), document().get_element_by_id(id)) {
        ask_host_to_reveal(&host, &el);
    }
}

fn scroll_to(panel: &web_sys::Element, how: Reveal) {
    let reduced_motion = matches_media(REDUCED_MOTION_QUERY);
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Start);
    options.set_behavior(if how == Reveal::Smooth && !reduced_motion {
        ScrollBehavior::Smooth
    } else {
        ScrollBehavior::Instant
    });
    panel.scroll_into_view_with_scroll_into_view_options(&options);
}
