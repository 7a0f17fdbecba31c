//! Brings the open event's panel into view when opening it left the panel out of sight.

use leptos::prelude::*;
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::detail_panel::PANEL_ID;
use crate::core::panel_reveal::needs_reveal;

const REDUCED_MOTION_QUERY: &str = "(prefers-reduced-motion: reduce)";

/// How the page gets to the panel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reveal {
    /// After a reader's click or key: smoothly, unless they ask for reduced motion.
    Smooth,
    /// When the page opens on an event: at once.
    AtOnce,
}

/// Once the panel is rendered, scrolls the page to its top if it is out of sight.
pub fn reveal_panel_after_render(how: Reveal) {
    request_animation_frame(move || {
        let Some(panel) = document().get_element_by_id(PANEL_ID) else {
            return;
        };
        let window_height = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or_default();
        if !needs_reveal(panel.get_bounding_client_rect().top(), window_height) {
            return;
        }
        let reduced_motion = window()
            .match_media(REDUCED_MOTION_QUERY)
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Start);
        options.set_behavior(if how == Reveal::Smooth && !reduced_motion {
            ScrollBehavior::Smooth
        } else {
            ScrollBehavior::Instant
        });
        panel.scroll_into_view_with_scroll_into_view_options(&options);
    });
}
