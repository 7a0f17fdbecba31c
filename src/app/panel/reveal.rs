//! Brings the open event's panel into view when opening it left the panel out of sight: by
//! scrolling this page, or, in a frame the host page sized to its content, by asking the host.

use leptos::prelude::*;
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::app::browser::dom_ids::PANEL_ID;
use crate::app::browser::frame_height::reported_height;
use crate::app::browser::host_message::{host_window, post_to_host};
use crate::app::browser::media::{matches_media, window_height};
use crate::core::page::embed_snippet::REVEAL_MESSAGE;
use crate::core::panel::reveal::{needs_reveal, out_of_sight, revealer, Revealer, STILL_FRAMES};

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

/// Once the page stands still, brings element `id` (just focused) into view if it is out of
/// sight. A smooth scroll still running when focus moves (to the panel, and back at once) can
/// carry the page past the element in some engines (WebKit finishes it regardless); this
/// waits for it, for about a second at most.
pub fn keep_in_view_once_still(id: String) {
    // A frame sized to its content has nothing of its own to scroll; the host was asked.
    if scrolling_host().is_some() {
        return;
    }
    fn watch(id: String, last_y: f64, still: u32, frames_left: u32) {
        request_animation_frame(move || {
            let y = window().scroll_y().unwrap_or_default();
            let still = if y == last_y { still + 1 } else { 0 };
            if still < STILL_FRAMES && frames_left > 0 {
                return watch(id, y, still, frames_left - 1);
            }
            let Some(el) = document().get_element_by_id(&id) else {
                return;
            };
            let rect = el.get_bounding_client_rect();
            if out_of_sight(
                rect.top(),
                rect.bottom(),
                window_height().unwrap_or_default(),
            ) {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Center);
                options.set_behavior(ScrollBehavior::Instant);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    watch(id, window().scroll_y().unwrap_or_default(), 0, 60);
}
