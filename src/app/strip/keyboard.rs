//! The strip's keys while focus is in it: arrows, Home and End move between events (WAI-ARIA
//! tabs, roving focus), + and − zoom about the focused event.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::geometry::StripGeometry;
use super::zoom_controller::ZoomController;
use crate::app::browser::dom_ids::tab_id;
use crate::app::browser::focus::focus_by_id_soon;
use crate::app::state::page_context::use_timeline;
use crate::core::strip::keys::move_focus;

/// The strip's keydown handler.
pub fn strip_keydown(
    focus: RwSignal<usize>,
    zoom: ZoomController,
    geometry: StripGeometry,
) -> impl Fn(KeyboardEvent) + 'static {
    let timeline = use_timeline();
    move |ev: KeyboardEvent| {
        let key = ev.key();
        if let Some(next) = move_focus(focus.get_untracked(), timeline.events.len(), &key) {
            ev.prevent_default();
            focus.set(next);
            // The event may only now be rendered: focus it once it is.
            focus_by_id_soon(tab_id(&timeline.events[next]));
        } else if key == "+" || key == "=" {
            zoom.zoom_keeping(zoom.step_in(), geometry.fraction_of(focus.get_untracked()));
        } else if key == "-" {
            zoom.zoom_keeping(zoom.step_out(), geometry.fraction_of(focus.get_untracked()));
        }
    }
}
