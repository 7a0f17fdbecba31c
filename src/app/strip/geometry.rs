//! Where the strip draws things, as CSS: the zoom level's layout scaled to the current track,
//! and fixed rows in a long phone list. The sizes are `core::strip::geometry`'s, which the
//! stylesheet shares.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::model::event_date::DateSpan;
use crate::core::strip::bar_marks::bar_class;
use crate::core::strip::clusters::cluster_dates;
use crate::core::strip::fixed_point::Fixed;
use crate::core::strip::geometry::{AXIS_PX, CARD_PX, LANE_PX, LIST_ROW_PX};
use crate::core::strip::layout::{Axis, Placement};
use crate::core::strip::level::StripLayout;

/// The current zoom level's layout and track width, and the events' spans, shared by every
/// tab and marker of the strip.
#[derive(Clone, Copy)]
pub struct StripGeometry {
    layout: Memo<Arc<StripLayout>>,
    track_px: Memo<f64>,
    spans: StoredValue<Vec<DateSpan>>,
    axis: Axis,
}

impl StripGeometry {
    pub fn new(
        layout: Memo<Arc<StripLayout>>,
        track_px: Memo<f64>,
        spans: Vec<DateSpan>,
        axis: Axis,
    ) -> StripGeometry {
        StripGeometry {
            layout,
            track_px,
            spans: StoredValue::new(spans),
            axis,
        }
    }

    fn span(&self, event: usize) -> DateSpan {
        self.spans.with_value(|spans| spans[event])
    }

    /// When a cluster's events start.
    pub fn dates_of(&self, events: Range<usize>) -> String {
        self.spans.with_value(|spans| cluster_dates(spans, events))
    }

    fn placement(&self, event: usize) -> Placement {
        let span = self.span(event);
        self.layout
            .with(|l| l.placement_of(event, span, self.axis, CARD_PX))
    }

    fn slot_style(&self, p: &Placement, row: usize) -> String {
        let track = self.track_px.get();
        format!(
            "top:{}px;--bar-left:{}px;--bar-w:{}px;--card-left:{}px;--row-top:{}px",
            Fixed(AXIS_PX + p.lane as f64 * LANE_PX, 1),
            Fixed(p.left * track, 1),
            Fixed(p.width * track, 1),
            Fixed(p.card_left * track, 1),
            Fixed(row as f64 * LIST_ROW_PX, 0)
        )
    }

    pub fn event_style(&self, event: usize) -> String {
        self.slot_style(&self.placement(event), event)
    }

    pub fn cluster_style(&self, events: &Range<usize>) -> String {
        let p = self
            .layout
            .with(|l| l.items[l.item_of(events.start)].placement.clone());
        self.slot_style(&p, events.start)
    }

    pub fn bar_class(&self, event: usize) -> String {
        bar_class(&self.placement(event))
    }

    /// Drawn on a cluster's marker rather than on its own.
    pub fn in_cluster(&self, event: usize) -> bool {
        self.layout.with(|l| l.items[l.item_of(event)].is_cluster())
    }

    pub fn fraction_of(&self, event: usize) -> f64 {
        self.axis.fraction(self.span(event).first_day())
    }
}
