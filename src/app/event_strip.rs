//! The event strip: a horizontal time axis whose events are tabs (WAI-ARIA tabs pattern, one
//! tab stop, roving focus), with zoom and pan buttons. Below the phone breakpoint the same
//! list is styled as a vertical chronological list.

use std::sync::Arc;

use leptos::ev::{FocusEvent, KeyboardEvent};
use leptos::html;
use leptos::prelude::*;

use super::focus::{focus_by_id, focus_by_id_soon};
use super::time_axis::TimeAxis;
use crate::core::event_date::DateSpan;
use crate::core::layout::{layout_lanes, Axis};
use crate::core::strip_keys::move_focus;
use crate::core::strip_window::{events_to_render, Rows, StripShape, Viewport};
use crate::core::timeline::{BasisKind, Event, Timeline};
use crate::core::visible_index::VisibleIndex;

/// Card width and lane height in CSS pixels; `style/main.css` uses the same numbers.
const CARD_PX: f64 = 188.0;
const LANE_PX: f64 = 78.0;
const AXIS_PX: f64 = 34.0;
const ZOOMS: [f64; 7] = [1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0];
const ROWS: Rows = Rows {
    top_px: AXIS_PX,
    lane_px: LANE_PX,
};
/// Rendered beyond each edge of the view, so scrolling never shows a gap.
const MARGIN_PX: f64 = 400.0;
/// More lanes than this and the strip scrolls vertically inside itself.
const TALL_LANES: usize = 12;
/// Must match the phone breakpoint in `style/main.css`.
const PHONE_QUERY: &str = "(max-width: 40rem)";

pub fn tab_id(event: &Event) -> String {
    format!("tab-{}", event.id)
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
    let zoom = RwSignal::new(0usize);
    // A memo, so scrolling (which moves the viewport but not its width) never re-lays out.
    let track_px = Memo::new(move |_| viewport.with(|v| v.width) * ZOOMS[zoom.get()]);
    let layout = Memo::new(move |_| layout_lanes(&spans, axis, track_px.get(), CARD_PX));
    let focus = RwSignal::new(selected.get_untracked().unwrap_or(0));
    Effect::new(move |_| {
        if let Some(i) = selected.get() {
            focus.set(i);
        }
    });
    let narrow = RwSignal::new(false);
    let measure = move || {
        narrow.set(
            window()
                .match_media(PHONE_QUERY)
                .ok()
                .flatten()
                .is_some_and(|m| m.matches()),
        );
        if let Some(el) = scroller.get_untracked() {
            let width = f64::from(el.client_width());
            if width <= 0.0 {
                return;
            }
            // The strip scrolls inside itself when tall; otherwise the page does.
            let top = el.get_bounding_client_rect().top();
            let inner_height = window()
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or(800.0);
            viewport.set(Viewport {
                left: f64::from(el.scroll_left()),
                width,
                top: f64::from(el.scroll_top()) + (-top).max(0.0),
                height: f64::from(el.client_height()).min(inner_height),
            });
        }
    };
    let page_scroll = window_event_listener(leptos::ev::scroll, move |_| measure());
    on_cleanup(move || page_scroll.remove());
    Effect::new(move |_| {
        if scroller.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // Zooming keeps the middle of the view in the middle.
    let set_zoom = move |next: usize| {
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let half = f64::from(el.client_width()) / 2.0;
        let center = (f64::from(el.scroll_left()) + half) / track_px.get_untracked();
        zoom.set(next.min(ZOOMS.len() - 1));
        request_animation_frame(move || {
            if let Some(el) = scroller.get_untracked() {
                el.set_scroll_left((center * track_px.get_untracked() - half).round() as i32);
            }
        });
    };
    let pan = move |direction: f64| {
        if let Some(el) = scroller.get_untracked() {
            el.scroll_by_with_x_and_y(direction * 0.6 * f64::from(el.client_width()), 0.0);
        }
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
                set_zoom(zoom.get_untracked() + 1);
            } else if key == "-" {
                set_zoom(zoom.get_untracked().saturating_sub(1));
            }
        }
    };

    // Only events near the scrolled view are in the page (plus the focused and the open one),
    // so a timeline of any size costs the same per frame.
    let index = Memo::new_with_compare(
        move |_| layout.with(|l| VisibleIndex::new(&l.placements, track_px.get(), CARD_PX)),
        |_, _| true,
    );
    let rendered = Memo::new(move |_| {
        let (focus, selected) = (focus.get(), selected.get());
        if narrow.get() {
            return events_to_render(count, StripShape::List, focus, selected);
        }
        index.with(|index| {
            layout.with(|l| {
                let shape = StripShape::Axis {
                    index,
                    placements: &l.placements,
                    view: viewport.get(),
                    rows: ROWS,
                    margin_px: MARGIN_PX,
                };
                events_to_render(count, shape, focus, selected)
            })
        })
    });
    // When the window of rendered events changes under keyboard focus, the browser can drop
    // focus with a moved node; put it back on the focused event.
    let strip_has_focus = RwSignal::new(false);
    {
        let timeline = timeline.clone();
        Effect::new(move |_| {
            rendered.track();
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
    let card = {
        let timeline = timeline.clone();
        move |i: usize| {
            let event = &timeline.events[i];
            let slot_style = move || {
                layout.with(|l| {
                    let p = &l.placements[i];
                    let track = track_px.get();
                    format!(
                        "top:{:.1}px;--bar-left:{:.1}px;--bar-w:{:.1}px;--card-left:{:.1}px",
                        AXIS_PX + p.lane as f64 * LANE_PX,
                        p.left * track,
                        p.width * track,
                        p.card_left * track
                    )
                })
            };
            let bar_class = move || {
                layout.with(|l| {
                    let p = &l.placements[i];
                    let mut class = String::from("event-bar");
                    for (on, name) in [
                        (p.point, " point"),
                        (p.fuzzy_start, " fuzzy-start"),
                        (p.fuzzy_end, " fuzzy-end"),
                    ] {
                        if on {
                            class.push_str(name);
                        }
                    }
                    class
                })
            };
            let is_selected = move || selected.get() == Some(i);
            let basis: Option<BasisKind> = event.basis.as_ref().map(|b| b.kind);
            view! {
                <li role="presentation" class="event-slot" class:selected=is_selected style=slot_style>
                    <span class=bar_class aria-hidden="true"></span>
                    <button
                        type="button"
                        role="tab"
                        id=tab_id(event)
                        class=format!("event-card basis-{}", basis.map_or("none", BasisKind::slug))
                        data-event-id=event.id.clone()
                        aria-label=event.name_with_date()
                        aria-selected=move || if is_selected() { "true" } else { "false" }
                        aria-controls=move || is_selected().then_some("event-panel")
                        aria-setsize=count
                        aria-posinset=i + 1
                        tabindex=move || if focus.get() == i { "0" } else { "-1" }
                        on:click=move |_| on_select.run(i)
                        on:focus=move |_| focus.set(i)
                    >
                        <span class="card-headline">{event.headline.clone()}</span>
                        <span class="card-date">
                            {basis.map(|b| view! { <span class="basis-mark" aria-hidden="true">{b.glyph()}</span> })}
                            {event.date_label()}
                        </span>
                    </button>
                </li>
            }
        }
    };

    let track_style = move || {
        format!(
            "width:{:.0}px;height:{:.0}px",
            track_px.get(),
            AXIS_PX + layout.with(|l| l.lanes) as f64 * LANE_PX + 8.0
        )
    };
    view! {
        <div class="strip-controls" role="group" aria-label="Zoom and scroll the time axis">
            <button type="button" class="icon-button" aria-label="Zoom out"
                disabled=move || zoom.get() == 0
                on:click=move |_| set_zoom(zoom.get_untracked().saturating_sub(1))>"−"</button>
            <span class="zoom-level">{move || format!("{}×", ZOOMS[zoom.get()])}</span>
            <button type="button" class="icon-button" aria-label="Zoom in"
                disabled=move || zoom.get() + 1 == ZOOMS.len()
                on:click=move |_| set_zoom(zoom.get_untracked() + 1)>"+"</button>
            <button type="button" disabled=move || zoom.get() == 0
                on:click=move |_| set_zoom(0)>"Fit all"</button>
            <button type="button" disabled=move || zoom.get() == 0
                on:click=move |_| pan(-1.0)>"◀ Earlier"</button>
            <button type="button" disabled=move || zoom.get() == 0
                on:click=move |_| pan(1.0)>"Later ▶"</button>
        </div>
        <div
            class="strip-scroller"
            class:tall=move || layout.with(|l| l.lanes > TALL_LANES)
            node_ref=scroller
            on:scroll=move |_| measure()
        >
            <div class="strip-track" style=track_style>
                <TimeAxis axis track_px eras=eras.clone() />
                <ul class="event-list" role="tablist" aria-label="Events in date order"
                    on:keydown=on_keydown
                    on:focusin=move |_| strip_has_focus.set(true)
                    on:focusout=move |ev: FocusEvent| {
                        // Focus that moves elsewhere leaves; focus lost with a re-rendered
                        // node (no new target) is given back below.
                        if ev.related_target().is_some() {
                            strip_has_focus.set(false);
                        }
                    }>
                    <For each=move || rendered.get() key=|i| *i children=card.clone() />
                </ul>
            </div>
        </div>
        <p class="legend">
            <span><span aria-hidden="true">"● "</span>"date stated in the essay"</span>
            <span><span aria-hidden="true">"■ "</span>"date from a cited document"</span>
            <span><span aria-hidden="true">"◇ "</span>"editorial date"</span>
            <span><span class="legend-fuzzy" aria-hidden="true"></span>
                "faded ends: known only to the month, season or year"</span>
            {era_names}
            <span class="keys-hint">"Keys: ← → Home End to move, Enter to open, + − to zoom"</span>
        </p>
    }
}
