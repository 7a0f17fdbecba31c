//! The event strip: a horizontal time axis whose events are tabs (WAI-ARIA tabs pattern, one
//! tab stop, roving focus), zoomed from "fit all" down to days by buttons, keys, Ctrl+wheel or
//! pinch, and panned by scrolling, dragging or buttons. Zoomed out, dense stretches are
//! cluster markers. Below the phone breakpoint the same tabs are a vertical list. This file
//! wires the parts together; each part is its own file.

use std::ops::Range;

use leptos::ev::{FocusEvent, PointerEvent};
use leptos::prelude::*;

use super::cluster_marker::cluster_marker;
use super::controls::StripControls;
use super::empty_view_hint::empty_view_hint;
use super::event_tab::event_tab;
use super::evidence_lane::{lane_height, EvidenceLane};
use super::geometry::StripGeometry;
use super::gestures::DragPan;
use super::keyboard::strip_keydown;
use super::legend::StripLegend;
use super::levels::current_layout;
use super::rendered::Rendered;
use super::time_axis::TimeAxis;
use super::viewport::StripViewport;
use super::zoom_controller::ZoomController;
use crate::app::browser::dom_ids::tab_id;
use crate::app::browser::focus::focus_by_id_soon;
use crate::app::browser::prerender::take_over_once_drawn;
use crate::app::state::page_context::use_timeline;
use crate::core::model::event_date::DateSpan;
use crate::core::model::timeline::Event;
use crate::core::strip::empty_view::around_empty_view;
use crate::core::strip::eras::era_bands;
use crate::core::strip::evidence::{evidence_axis, evidence_marks};
use crate::core::strip::fixed_point::Fixed;
use crate::core::strip::geometry::{track_height_px, CARD_PX, LIST_ROW_PX, TALL_LANES};
use crate::core::strip::layout::Axis;
use crate::core::strip::window::RENDER_ALL_UP_TO;
use crate::core::strip::zoom::anchored_scroll;
use crate::locale::strip;

#[component]
pub fn EventStrip(
    selected: Memo<Option<usize>>,
    on_select: Callback<usize>,
    /// With the "When the evidence surfaced" lane, on an axis widened to its dates.
    #[prop(optional)]
    evidence: bool,
) -> impl IntoView {
    let timeline = use_timeline();
    let spans: Vec<DateSpan> = timeline.events.iter().map(Event::span).collect();
    let axis = if evidence {
        evidence_axis(&timeline)
    } else {
        Axis::for_timeline(&timeline)
    };
    let count = timeline.events.len();

    let viewport = StripViewport::new();
    let zoom = ZoomController::new(viewport, axis);
    let layout = current_layout(spans.clone(), axis, viewport, zoom);
    let geometry = StripGeometry::new(layout, zoom.track_px, spans, axis);
    let focus = RwSignal::new(selected.get_untracked().unwrap_or(0));
    Effect::new(move |_| {
        if let Some(i) = selected.get() {
            focus.set(i);
        }
    });
    let rendered = Rendered::new(viewport, layout, zoom.track_px, focus, selected);
    take_over_once_drawn(viewport.measured, timeline.clone(), on_select);
    let strip_has_focus = RwSignal::new(false);
    rendered.keep_focus(timeline.clone(), focus, strip_has_focus);

    let drag = DragPan::new();
    let drag_move = window_event_listener(leptos::ev::pointermove, move |ev: PointerEvent| {
        if let Some((left, top)) = drag.drag_to(&ev) {
            viewport.scroll_now(left, Some(top));
        }
    });
    let drag_end = window_event_listener(leptos::ev::pointerup, move |_| drag.release());
    on_cleanup(move || {
        drag_move.remove();
        drag_end.remove();
    });

    // Zoomed in, the view can fall between events: name the nearest on each side.
    let around_empty = Memo::new(move |_| {
        if viewport.narrow.get() || !viewport.measured.get() {
            return None;
        }
        let view = viewport.view.get();
        let track = zoom.track_px.get();
        layout.with(|l| around_empty_view(l, view.left, view.left + view.width, track, CARD_PX))
    });
    // Brings event `i`'s card to the middle of the view and gives it the keyboard focus.
    let go_to = {
        let timeline = timeline.clone();
        Callback::new(move |i: usize| {
            if let Some(view) = viewport.client_width() {
                let fraction = geometry.fraction_of(i);
                let track = zoom.track_px.get_untracked();
                let left = anchored_scroll(fraction, (view - CARD_PX) / 2.0, track, view);
                viewport.scroll_now(left, None);
            }
            focus.set(i);
            focus_by_id_soon(tab_id(&timeline.events[i]));
        })
    };
    let open_cluster = Callback::new(move |events: Range<usize>| {
        zoom.fit(
            geometry.fraction_of(events.start),
            geometry.fraction_of(events.end - 1),
        );
    });
    let tab = {
        let timeline = timeline.clone();
        move |i: usize| event_tab(&timeline, i, geometry, focus, selected, on_select, drag)
    };
    let marker = move |events: Range<usize>| {
        let covered = {
            let events = events.clone();
            Signal::derive(move || {
                events.contains(&focus.get()) || selected.get().is_some_and(|s| events.contains(&s))
            })
        };
        cluster_marker(events, geometry, covered, drag, open_cluster)
    };

    let events_height = Signal::derive(move || layout.with(|l| track_height_px(l.lanes)));
    let marks = if evidence {
        evidence_marks(&timeline, axis)
    } else {
        Vec::new()
    };
    let lane_height = lane_height(marks.clone(), zoom.track_px);
    let track_style = move || {
        format!(
            "width:{}px;height:{}px;--list-h:{}px",
            Fixed(zoom.track_px.get(), 0),
            Fixed(events_height.get() + lane_height.get(), 0),
            Fixed(count as f64 * LIST_ROW_PX, 0)
        )
    };
    // A long phone list has rows of one height, so only those in view need rendering.
    let long_list = count > RENDER_ALL_UP_TO;
    let eras = era_bands(&timeline, axis);
    let window_px = Rendered::marks_window(viewport);
    let window = rendered.window;
    view! {
        <StripControls zoom />
        <div class="strip-frame">
            <div
                class="strip-scroller"
                class:tall=move || layout.with(|l| l.lanes > TALL_LANES)
                class:dragging=move || drag.dragging.get()
                node_ref=viewport.scroller
                on:scroll=move |_| viewport.on_strip_scroll()
                on:wheel=move |ev| zoom.on_wheel(ev)
                on:pointerdown=move |ev: PointerEvent| {
                    if let Some(el) = viewport.element() {
                        drag.press_on(&ev, &el);
                    }
                }
            >
                <div class="strip-track" style=track_style>
                    <TimeAxis axis track_px=zoom.track_px window_px eras />
                    <ul class="event-list" class:rows=long_list
                        role="tablist" aria-label=strip::events_in_order()
                        on:keydown=strip_keydown(focus, zoom, geometry)
                        on:focusin=move |_| strip_has_focus.set(true)
                        on:focusout=move |ev: FocusEvent| {
                            // Focus that moves elsewhere leaves; focus lost with a re-rendered
                            // node (no new target) is given back (see `Rendered::keep_focus`).
                            if ev.related_target().is_some() {
                                strip_has_focus.set(false);
                            }
                        }>
                        <For each=move || window.with(|w| w.events.clone()) key=|i| *i children=tab />
                    </ul>
                    <div class="cluster-layer">
                        <For each=move || rendered.clusters.get() key=|r| (r.start, r.end) children=marker />
                    </div>
                    {evidence.then(|| view! {
                        <EvidenceLane marks=marks.clone() track_px=zoom.track_px on_select top_px=events_height />
                    })}
                </div>
            </div>
            {empty_view_hint(around_empty, go_to)}
        </div>
        <StripLegend />
    }
}
