//! A dense stretch of the zoomed-out strip: one marker with its count and dates, which zooms
//! in until its events come apart. Keyboard users reach the same events with the arrow keys,
//! so the marker is for pointers and screen-reader browsing, not a tab stop.

use std::ops::Range;

use leptos::prelude::*;

use super::geometry::StripGeometry;
use super::gestures::DragPan;

pub fn cluster_marker(
    events: Range<usize>,
    geometry: StripGeometry,
    covered: Signal<bool>,
    drag: DragPan,
    on_open: Callback<Range<usize>>,
) -> impl IntoView {
    let count = events.len();
    let dates = geometry.dates_of(events.clone());
    let style = {
        let events = events.clone();
        move || geometry.cluster_style(&events)
    };
    view! {
        <div class="cluster-slot" class:covered=covered style=style>
            <button
                type="button"
                class="cluster"
                tabindex="-1"
                on:click=move |_| {
                    if !drag.swallow_click() {
                        on_open.run(events.clone())
                    }
                }
            >
                // The visible text is the name, so speech control finds it by what it says.
                <span class="visually-hidden">"Zoom in on "</span>
                <span class="cluster-count">{format!("{count} events")}</span>
                <span class="visually-hidden">", "</span>
                <span class="cluster-dates">{dates}</span>
            </button>
        </div>
    }
}
