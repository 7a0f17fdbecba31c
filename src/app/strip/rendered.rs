//! What of the strip is in the page: only the events and cluster markers near the view, plus
//! the focused and the open event, so a timeline of any size costs the same per frame.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use super::viewport::StripViewport;
use crate::app::browser::dom_ids::tab_id;
use crate::app::browser::focus::focus_by_id;
use crate::core::model::timeline::Timeline;
use crate::core::strip::geometry::{LIST_ROWS, ROWS};
use crate::core::strip::level::StripLayout;
use crate::core::strip::window::{
    strip_window, StripShape, StripWindow, RENDER_MARGIN_PX, RENDER_STEP_PX,
};

/// The events and the cluster markers (as the events each covers) to render.
#[derive(Clone, Copy)]
pub struct Rendered {
    pub window: Memo<StripWindow>,
    pub clusters: Memo<Vec<Range<usize>>>,
}

impl Rendered {
    pub fn new(
        viewport: StripViewport,
        layout: Memo<Arc<StripLayout>>,
        track_px: Memo<f64>,
        focus: RwSignal<usize>,
        selected: Memo<Option<usize>>,
    ) -> Rendered {
        let near_view = Memo::new(move |_| viewport.view.get().snapped(RENDER_STEP_PX));
        let window = Memo::new(move |_| {
            let view = near_view.get();
            let shape = if viewport.narrow.get() {
                StripShape::List {
                    view,
                    rows: LIST_ROWS,
                    margin_px: RENDER_MARGIN_PX,
                }
            } else {
                StripShape::Axis {
                    view,
                    track_px: track_px.get(),
                    rows: ROWS,
                    margin_px: RENDER_MARGIN_PX,
                }
            };
            layout.with(|l| strip_window(l, shape, focus.get(), selected.get()))
        });
        let clusters = Memo::new(move |_| {
            let shown = window.with(|w| w.clusters.clone());
            layout.with(|l| {
                shown
                    .into_iter()
                    .map(|i| l.items[i].events.clone())
                    .collect::<Vec<_>>()
            })
        });
        Rendered { window, clusters }
    }

    /// When what is rendered changes under keyboard focus, the browser can drop focus with a
    /// moved node; this puts it back on the focused event while `strip_has_focus`.
    pub fn keep_focus(
        &self,
        timeline: Arc<Timeline>,
        focus: RwSignal<usize>,
        strip_has_focus: RwSignal<bool>,
    ) {
        let window = self.window;
        Effect::new(move |_| {
            window.track();
            if !strip_has_focus.get_untracked() {
                return;
            }
            let id = tab_id(&timeline.events[focus.get_untracked()]);
            request_animation_frame(move || {
                let lost = document()
                    .active_element()
                    .is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body"));
                if lost {
                    focus_by_id(&id);
                }
            });
        });
    }

    /// The stretch of track to draw axis marks for, in pixels.
    pub fn marks_window(viewport: StripViewport) -> Memo<(f64, f64)> {
        Memo::new(move |_| {
            viewport.view.with(|v| {
                (
                    v.left - RENDER_MARGIN_PX,
                    v.left + v.width + RENDER_MARGIN_PX,
                )
            })
        })
    }
}
