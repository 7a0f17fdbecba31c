//! The strip's layout for each zoom level and width, laid out once and kept: zooming within a
//! level or back to one seen before, and scrolling, do no layout work. The levels not shown
//! yet are laid out after the first paint, one per task.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use super::viewport::StripViewport;
use super::zoom_controller::ZoomController;
use crate::core::model::event_date::DateSpan;
use crate::core::strip::geometry::CARD_PX;
use crate::core::strip::layout::Axis;
use crate::core::strip::level::{StripLayout, StripLayouts};

/// Layouts are compared by identity: the same level's layout is the same `Arc`.
fn layout_changed(a: Option<&Arc<StripLayout>>, b: Option<&Arc<StripLayout>>) -> bool {
    !matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(a, b))
}

/// Lays out zoom levels `level..=deepest` for a view `width` wide, one per task, stopping if
/// the width changes or the strip goes meanwhile.
fn prepare_levels(
    layouts: StoredValue<StripLayouts>,
    view_px: Memo<f64>,
    width: f64,
    level: u32,
    deepest: u32,
) {
    if level > deepest {
        return;
    }
    set_timeout(
        move || {
            if view_px.try_get_untracked() != Some(width) {
                return;
            }
            let prepared = layouts.try_update_value(|l| {
                l.for_zoom(2f64.powi(level as i32), width);
            });
            if prepared.is_some() {
                prepare_levels(layouts, view_px, width, level + 1, deepest);
            }
        },
        Duration::from_millis(30),
    );
}

/// The current level's layout, kept up to date with the zoom and the strip's width.
pub fn current_layout(
    spans: Vec<DateSpan>,
    axis: Axis,
    viewport: StripViewport,
    zoom: ZoomController,
) -> Memo<Arc<StripLayout>> {
    let layouts = StoredValue::new(StripLayouts::new(spans, axis, CARD_PX));
    let unmeasured = Arc::new(StripLayout::new(&[], axis, 1.0, CARD_PX, false));
    let measured = viewport.measured;
    // The other levels are laid out after the first paint, so zooming finds them ready
    // instead of laying out thousands of events in the frame that zooms.
    Effect::new(move |_| {
        if measured.get() {
            let deepest = zoom.range.get().deepest_level();
            prepare_levels(layouts, zoom.view_px, zoom.view_px.get(), 1, deepest);
        }
    });
    Memo::new_with_compare(
        move |_| {
            if !measured.get() {
                return unmeasured.clone();
            }
            let (zoom, width) = (zoom.zoom.get(), zoom.view_px.get());
            layouts
                .try_update_value(|l| l.for_zoom(zoom, width))
                .expect("the strip's layouts live as long as the strip")
        },
        layout_changed,
    )
}
