//! The event strip: a horizontal time axis whose events are tabs (WAI-ARIA tabs pattern, one
//! tab stop, roving focus), zoomed from "fit all" down to days by buttons, keys, Ctrl+wheel or
//! pinch, and panned by scrolling, dragging or buttons. Zoomed out, dense stretches are
//! cluster markers. Below the phone breakpoint the same tabs are a vertical list.

use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

use leptos::ev::{FocusEvent, KeyboardEvent, PointerEvent, WheelEvent};
use leptos::html;
use leptos::prelude::*;
use web_sys::{ScrollBehavior, ScrollToOptions};

use super::cluster_marker::cluster_marker;
use super::empty_view_hint::empty_view_hint;
use super::event_tab::event_tab;
pub use super::event_tab::tab_id;
use super::focus::{focus_by_id, focus_by_id_soon};
use super::size_watch::SizeWatch;
use super::strip_geometry::{
    StripGeometry, AXIS_PX, CARD_PX, LANE_PX, LIST_ROWS, LIST_ROW_PX, ROWS,
};
use super::strip_gestures::{wheel_zoom, DragPan};
use super::time_axis::TimeAxis;
use crate::core::model::event_date::DateSpan;
use crate::core::model::timeline::{Event, Timeline};
use crate::core::strip::empty_view::around_empty_view;
use crate::core::strip::keys::move_focus;
use crate::core::strip::layout::Axis;
use crate::core::strip::legend::Legend;
use crate::core::strip::level::{StripLayout, StripLayouts};
use crate::core::strip::window::{strip_window, StripShape, Viewport, RENDER_ALL_UP_TO};
use crate::core::strip::zoom::{anchored_scroll, ZoomRange};

/// Rendered beyond each edge of the view, so scrolling never shows a gap.
const MARGIN_PX: f64 = 240.0;
/// What is rendered is worked out again each time the view moves this far (at most the margin).
const SNAP_PX: f64 = 120.0;
/// More lanes than this and the strip scrolls vertically inside itself.
const TALL_LANES: usize = 12;
/// Must match the phone breakpoint in `style/main.css`.
const PHONE_QUERY: &str = "(max-width: 40rem)";

/// Layouts are compared by identity: the same level's layout is the same `Arc`.
fn layout_changed(a: Option<&Arc<StripLayout>>, b: Option<&Arc<StripLayout>>) -> bool {
    !matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(a, b))
}

/// Scrolls at once (not smoothly), so a zoom lands in the frame that draws it.
fn scroll_now(el: &web_sys::HtmlElement, left: f64, top: Option<f64>) {
    let options = ScrollToOptions::new();
    options.set_left(left);
    if let Some(top) = top {
        options.set_top(top);
    }
    options.set_behavior(ScrollBehavior::Instant);
    el.scroll_to_with_scroll_to_options(&options);
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
    // The strip may be gone (another view) or resized by the time this runs.
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

#[component]
pub fn EventStrip(
    timeline: Arc<Timeline>,
    selected: Memo<Option<usize>>,
    on_select: Callback<usize>,
) -> impl IntoView {
    let spans: Vec<DateSpan> = timeline.events.iter().map(Event::span).collect();
    let axis = Axis::for_timeline(&timeline);
    let count = timeline.events.len();
    let eras: Vec<(String, DateSpan)> = timeline
        .eras
        .iter()
        .map(|e| (e.label.clone(), e.span()))
        .collect();
    let legend = Legend::of(&timeline);
    let bases = legend
        .bases
        .iter()
        .map(|kind| {
            view! {
                <span><span aria-hidden="true">{kind.glyph()}" "</span>{kind.label()}</span>
            }
        })
        .collect_view();
    let era_names = (!eras.is_empty()).then(|| {
        let names: Vec<String> = eras
            .iter()
            .map(|(label, span)| format!("{label} ({})", span.describe()))
            .collect();
        view! { <span class="legend-eras">"Eras: " {names.join("; ")}</span> }
    });

    let scroller = NodeRef::<html::Div>::new();
    let viewport = RwSignal::new(Viewport {
        left: 0.0,
        width: 960.0,
        top: 0.0,
        height: 800.0,
    });
    let zoom = RwSignal::new(1.0_f64);
    let view_px = Memo::new(move |_| viewport.with(|v| v.width));
    let range = Memo::new(move |_| ZoomRange::new(axis, view_px.get()));
    let track_px = Memo::new(move |_| view_px.get() * zoom.get());
    // One layout per zoom level and width, kept: zooming within a level or back to one seen
    // before, and scrolling, do no layout work.
    let layouts = StoredValue::new(StripLayouts::new(spans.clone(), axis, CARD_PX));
    // Nothing is laid out until the strip's width is known: a guess would be laid out for
    // nothing and then again.
    let measured = RwSignal::new(false);
    let unmeasured = Arc::new(StripLayout::new(&[], axis, 1.0, CARD_PX, false));
    let layout = Memo::new_with_compare(
        move |_| {
            if !measured.get() {
                return unmeasured.clone();
            }
            let (zoom, width) = (zoom.get(), view_px.get());
            layouts
                .try_update_value(|l| l.for_zoom(zoom, width))
                .expect("the strip's layouts live as long as the strip")
        },
        layout_changed,
    );
    let geometry = StripGeometry::new(layout, track_px, spans, axis);
    // The other levels are laid out after the first paint, one per task, so zooming finds
    // them ready instead of laying out thousands of events in the frame that zooms.
    Effect::new(move |_| {
        if !measured.get() {
            return;
        }
        let width = view_px.get();
        let deepest = range.get().deepest_level();
        prepare_levels(layouts, view_px, width, 1, deepest);
    });
    let focus = RwSignal::new(selected.get_untracked().unwrap_or(0));
    Effect::new(move |_| {
        if let Some(i) = selected.get() {
            focus.set(i);
        }
    });

    let narrow = RwSignal::new(false);
    // How far the page has scrolled past the strip's top: the strip scrolls inside itself when
    // tall or zoomed, the page scrolls the phone list.
    let page_part = StoredValue::new(0.0_f64);
    let inner_height = move || {
        window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(800.0)
    };
    // Scrolling the strip only moves the view; reading its scroll offsets is cheap.
    let on_strip_scroll = move || {
        if let Some(el) = scroller.get_untracked() {
            viewport.update(|v| {
                v.left = f64::from(el.scroll_left());
                v.top = f64::from(el.scroll_top()) + page_part.get_value();
            });
        }
    };
    let on_page_scroll = move || {
        if let Some(el) = scroller.get_untracked() {
            page_part.set_value((-el.get_bounding_client_rect().top()).max(0.0));
            on_strip_scroll();
        }
    };
    let measure = move || {
        // A size change can be reported as the strip goes away; then there is nothing to do.
        let Some(scroller) = scroller.try_get_untracked() else {
            return;
        };
        narrow.set(
            window()
                .match_media(PHONE_QUERY)
                .ok()
                .flatten()
                .is_some_and(|m| m.matches()),
        );
        if let Some(el) = scroller {
            let width = f64::from(el.client_width());
            if width <= 0.0 {
                return;
            }
            page_part.set_value((-el.get_bounding_client_rect().top()).max(0.0));
            viewport.set(Viewport {
                left: f64::from(el.scroll_left()),
                width,
                top: f64::from(el.scroll_top()) + page_part.get_value(),
                height: f64::from(el.client_height()).min(inner_height()),
            });
            measured.set(true);
        }
    };
    let page_scroll = window_event_listener(leptos::ev::scroll, move |_| on_page_scroll());
    on_cleanup(move || page_scroll.remove());
    // Measured when the strip first has a size and whenever it changes: a window resize, the
    // phone breakpoint, a page scrollbar appearing, a zoom level with more or fewer lanes.
    let size_watch = StoredValue::new_local(None::<SizeWatch>);
    // Dropped with the strip, which stops the watching.
    Effect::new(move |_| {
        if let Some(el) = scroller.get() {
            size_watch.set_value(SizeWatch::new(&el, measure));
        }
    });

    // A zoom keeps one moment still: `fraction` of the track stays `anchor_px` from the view's
    // left edge. Several requests in one frame (a fast wheel) share the first one's anchor;
    // the scroll is set in the next frame, once the track has its new width.
    let anchor = StoredValue::new(None::<(f64, f64)>);
    let zoom_about = move |next: f64, fraction: f64, anchor_px: f64| {
        let next = range.get_untracked().clamp(next);
        if next == zoom.get_untracked() {
            return;
        }
        if anchor.get_value().is_none() {
            anchor.set_value(Some((fraction, anchor_px)));
            // Nothing to do if the strip has gone (another view) within the frame.
            request_animation_frame(move || {
                let Some(Some((fraction, anchor_px))) = anchor.try_get_value() else {
                    return;
                };
                let (Some(Some(el)), Some(track), Some(view)) = (
                    scroller.try_get_untracked(),
                    track_px.try_get_untracked(),
                    view_px.try_get_untracked(),
                ) else {
                    return;
                };
                anchor.set_value(None);
                scroll_now(&el, anchored_scroll(fraction, anchor_px, track, view), None);
                on_strip_scroll();
            });
        }
        // The view moves with the zoom, so what is rendered is worked out once, for where
        // the view will be, not first for where it was.
        let (fraction, anchor_px) = anchor.get_value().unwrap_or((fraction, anchor_px));
        let view = view_px.get_untracked();
        viewport.update(|v| v.left = anchored_scroll(fraction, anchor_px, view * next, view));
        zoom.set(next);
    };
    // Zooms about a point of the view (the pointer), or its middle.
    let zoom_at = move |next: f64, anchor_px: Option<f64>| {
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let anchor_px = anchor_px.unwrap_or(f64::from(el.client_width()) / 2.0);
        let fraction = (f64::from(el.scroll_left()) + anchor_px) / track_px.get_untracked();
        zoom_about(next, fraction, anchor_px);
    };
    // Keys zoom about the focused event when it is in view, so it stays there.
    let zoom_by_key = move |next: f64| {
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let fraction = geometry.fraction_of(focus.get_untracked());
        let at = geometry.offset_in_view(fraction, f64::from(el.scroll_left()));
        if (0.0..=f64::from(el.client_width())).contains(&at) {
            zoom_about(next, fraction, at);
        } else {
            zoom_at(next, None);
        }
    };
    let open_cluster = Callback::new(move |events: Range<usize>| {
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let (from, to) = (
            geometry.fraction_of(events.start),
            geometry.fraction_of(events.end - 1),
        );
        let next = range.get_untracked().to_fit(from, to, 0.5);
        zoom_about(next, (from + to) / 2.0, f64::from(el.client_width()) / 2.0);
    });
    let pan = move |direction: f64| {
        if let Some(el) = scroller.get_untracked() {
            el.scroll_by_with_x_and_y(direction * 0.6 * f64::from(el.client_width()), 0.0);
        }
    };

    let drag = DragPan::new();
    let drag_move = window_event_listener(leptos::ev::pointermove, move |ev: PointerEvent| {
        if let (Some((left, top)), Some(el)) = (drag.drag_to(&ev), scroller.get_untracked()) {
            scroll_now(&el, left, Some(top));
        }
    });
    let drag_end = window_event_listener(leptos::ev::pointerup, move |_| drag.release());
    on_cleanup(move || {
        drag_move.remove();
        drag_end.remove();
    });
    let on_wheel = move |ev: WheelEvent| {
        let (Some(delta), Some(el)) = (wheel_zoom(&ev), scroller.get_untracked()) else {
            return;
        };
        ev.prevent_default();
        let at = f64::from(ev.client_x()) - el.get_bounding_client_rect().left();
        zoom_at(
            range
                .get_untracked()
                .after_wheel(zoom.get_untracked(), delta),
            Some(at),
        );
    };

    let on_keydown = {
        let timeline = timeline.clone();
        move |ev: KeyboardEvent| {
            let key = ev.key();
            if let Some(next) = move_focus(focus.get_untracked(), count, &key) {
                ev.prevent_default();
                focus.set(next);
                // The event may only now be rendered: focus it once it is.
                focus_by_id_soon(tab_id(&timeline.events[next]));
            } else if key == "+" || key == "=" {
                zoom_by_key(range.get_untracked().step_in(zoom.get_untracked()));
            } else if key == "-" {
                zoom_by_key(range.get_untracked().step_out(zoom.get_untracked()));
            }
        }
    };

    // Only what is near the view is in the page (plus the focused and the open event), so a
    // timeline of any size costs the same per frame.
    let near_view = Memo::new(move |_| viewport.get().snapped(SNAP_PX));
    let window = Memo::new(move |_| {
        let (focus, selected) = (focus.get(), selected.get());
        let view = near_view.get();
        let shape = if narrow.get() {
            StripShape::List {
                view,
                rows: LIST_ROWS,
                margin_px: MARGIN_PX,
            }
        } else {
            StripShape::Axis {
                view,
                track_px: track_px.get(),
                rows: ROWS,
                margin_px: MARGIN_PX,
            }
        };
        layout.with(|l| strip_window(l, shape, focus, selected))
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
    // When the window of rendered events changes under keyboard focus, the browser can drop
    // focus with a moved node; put it back on the focused event.
    let strip_has_focus = RwSignal::new(false);
    {
        let timeline = timeline.clone();
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
    // Zoomed in, the view can fall between events: name the nearest on each side.
    let around_empty = Memo::new(move |_| {
        if narrow.get() || !measured.get() {
            return None;
        }
        let view = viewport.get();
        layout.with(|l| {
            around_empty_view(
                l,
                view.left,
                view.left + view.width,
                track_px.get(),
                CARD_PX,
            )
        })
    });
    // Brings event `i`'s card to the middle of the view and gives it the keyboard focus.
    let go_to = {
        let timeline = timeline.clone();
        Callback::new(move |i: usize| {
            if let Some(el) = scroller.get_untracked() {
                let view = f64::from(el.client_width());
                let left = anchored_scroll(
                    geometry.fraction_of(i),
                    (view - CARD_PX) / 2.0,
                    track_px.get_untracked(),
                    view,
                );
                scroll_now(&el, left, None);
                on_strip_scroll();
            }
            focus.set(i);
            focus_by_id_soon(tab_id(&timeline.events[i]));
        })
    };
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

    let track_style = move || {
        format!(
            "width:{:.0}px;height:{:.0}px;--list-h:{:.0}px",
            track_px.get(),
            AXIS_PX + layout.with(|l| l.lanes) as f64 * LANE_PX + 8.0,
            count as f64 * LIST_ROW_PX
        )
    };
    let zoom_label = move || {
        let z = zoom.get();
        if z < 10.0 {
            format!("{:.1}×", z).replace(".0×", "×")
        } else {
            format!("{z:.0}×")
        }
    };
    // A long phone list has rows of one height, so only those in view need rendering.
    let long_list = count > RENDER_ALL_UP_TO;
    let at_min = move || zoom.get() <= 1.0;
    let at_max = move || zoom.get() >= range.get().max;
    let window_px =
        Memo::new(move |_| viewport.with(|v| (v.left - MARGIN_PX, v.left + v.width + MARGIN_PX)));
    view! {
        <div class="strip-controls" role="group" aria-label="Zoom and scroll the time axis">
            <button type="button" class="icon-button" aria-label="Zoom out" disabled=at_min
                on:click=move |_| zoom_at(range.get_untracked().step_out(zoom.get_untracked()), None)>
                "−"
            </button>
            <span class="zoom-level">{zoom_label}</span>
            <button type="button" class="icon-button" aria-label="Zoom in" disabled=at_max
                on:click=move |_| zoom_at(range.get_untracked().step_in(zoom.get_untracked()), None)>
                "+"
            </button>
            <button type="button" disabled=at_min on:click=move |_| zoom_at(1.0, None)>"Fit all"</button>
            <button type="button" disabled=at_min on:click=move |_| pan(-1.0)>"◀ Earlier"</button>
            <button type="button" disabled=at_min on:click=move |_| pan(1.0)>"Later ▶"</button>
        </div>
        <div class="strip-frame">
            <div
                class="strip-scroller"
                class:tall=move || layout.with(|l| l.lanes > TALL_LANES)
                class:dragging=move || drag.dragging.get()
                node_ref=scroller
                on:scroll=move |_| on_strip_scroll()
                on:wheel=on_wheel
                on:pointerdown=move |ev: PointerEvent| {
                    let Some(el) = scroller.get_untracked() else {
                        return;
                    };
                    // The scroller's own scrollbars drag the other way: leave them to the browser.
                    let scroller_target: &web_sys::EventTarget = el.as_ref();
                    let on_scroller = ev.target().as_ref() == Some(scroller_target);
                    let on_scrollbar = on_scroller
                        && (ev.offset_y() >= el.client_height() || ev.offset_x() >= el.client_width());
                    if !on_scrollbar {
                        drag.press(&ev, f64::from(el.scroll_left()), f64::from(el.scroll_top()));
                    }
                }
            >
                <div class="strip-track" style=track_style>
                    <TimeAxis axis track_px window_px eras=eras.clone() />
                    <ul class="event-list" class:rows=long_list
                        role="tablist" aria-label="Events in date order"
                        on:keydown=on_keydown
                        on:focusin=move |_| strip_has_focus.set(true)
                        on:focusout=move |ev: FocusEvent| {
                            // Focus that moves elsewhere leaves; focus lost with a re-rendered
                            // node (no new target) is given back above.
                            if ev.related_target().is_some() {
                                strip_has_focus.set(false);
                            }
                        }>
                        <For each=move || window.with(|w| w.events.clone()) key=|i| *i children=tab />
                    </ul>
                    <div class="cluster-layer">
                        <For each=move || clusters.get() key=|r| (r.start, r.end) children=marker />
                    </div>
                </div>
            </div>
            {empty_view_hint(timeline.clone(), around_empty, go_to)}
        </div>
        <p class="legend">
            {bases}
            {legend.uncertain_dates.then(|| view! {
                <span><span class="legend-fuzzy" aria-hidden="true"></span>
                    "Faded ends: known only to the month, season or year"</span>
            })}
            {era_names}
            <span class="keys-hint">
                "Keys: ← → Home End to move, Enter to open, + − to zoom. "
                "Ctrl + wheel or pinch to zoom, drag to pan."
            </span>
        </p>
    }
}
