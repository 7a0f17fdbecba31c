//! Year and month ticks along the top of the strip, with gridlines through the lanes, and the
//! timeline's eras as labelled background bands.

use leptos::prelude::*;

use crate::core::event_date::DateSpan;
use crate::core::layout::Axis;

#[component]
pub fn TimeAxis(axis: Axis, track_px: Memo<f64>, eras: Vec<(String, DateSpan)>) -> impl IntoView {
    let ticks = Memo::new(move |_| axis.ticks(track_px.get()));
    let bands = move || {
        let track = track_px.get();
        eras.iter()
            .map(|(label, span)| {
                let left = axis.fraction(span.first_day()) * track;
                let width = axis.fraction(span.end_day()) * track - left;
                view! {
                    <span class="era" style=format!("left:{left:.1}px;width:{width:.1}px")>
                        <span class="era-label">{label.clone()}</span>
                    </span>
                }
            })
            .collect_view()
    };
    view! {
        <div class="time-axis" aria-hidden="true">
            {bands}
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
