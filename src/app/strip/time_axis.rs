//! The axis along the top of the strip: marks as fine as the zoom allows (decades down to days)
//! with gridlines through the lanes, only for the stretch near the view, and the timeline's
//! eras as labelled background bands.

use leptos::prelude::*;

use crate::core::strip::eras::EraBand;
use crate::core::strip::fixed_point::Fixed;
use crate::core::strip::layout::Axis;
use crate::core::strip::ticks::ticks_between;

#[component]
pub fn TimeAxis(
    axis: Axis,
    track_px: Memo<f64>,
    /// The stretch of track to mark, in pixels.
    window_px: Memo<(f64, f64)>,
    eras: Vec<EraBand>,
) -> impl IntoView {
    let ticks = Memo::new(move |_| {
        let (from, to) = window_px.get();
        ticks_between(axis, track_px.get(), from, to)
    });
    let bands = move || {
        let track = track_px.get();
        eras.iter()
            .map(|band| {
                let (left, width) = band.px(track);
                view! {
                    <span class="era" style=format!("left:{}px;width:{}px", Fixed(left, 1), Fixed(width, 1))>
                        <span class="era-label">{band.label.clone()}</span>
                    </span>
                }
            })
            .collect_view()
    };
    view! {
        <div class="time-axis" aria-hidden="true">
            {bands}
            <For
                each=move || ticks.get()
                key=|tick| (tick.fraction.to_bits(), tick.label.clone())
                children=move |tick| {
                    let fraction = tick.fraction;
                    view! {
                        <span
                            class="tick"
                            class:major=tick.major
                            style=move || format!("left:{}px", Fixed(fraction * track_px.get(), 1))
                        >
                            <span class="tick-label">{tick.label}</span>
                        </span>
                    }
                }
            />
        </div>
    }
}
