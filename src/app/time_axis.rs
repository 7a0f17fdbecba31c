//! Year and month ticks along the top of the strip, with gridlines through the lanes.

use leptos::prelude::*;

use crate::core::layout::Axis;

#[component]
pub fn TimeAxis(axis: Axis, track_px: Memo<f64>) -> impl IntoView {
    let ticks = Memo::new(move |_| axis.ticks(track_px.get()));
    view! {
        <div class="time-axis" aria-hidden="true">
            {move || {
                let track = track_px.get();
                ticks
                    .get()
                    .into_iter()
                    .map(|tick| {
                        view! {
                            <span
                                class="tick"
                                class:major=tick.major
                                style=format!("left:{:.1}px", tick.fraction * track)
                            >
                                <span class="tick-label">{tick.label}</span>
                            </span>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
