//! The key under the strip: only the date bases and marks this timeline draws, its eras, and
//! the keys and gestures.

use leptos::prelude::*;

use crate::app::state::page_context::use_timeline;
use crate::core::strip::eras::era_names;
use crate::core::strip::legend::{mark_label, Legend};
use crate::locale::strip;

#[component]
pub fn StripLegend() -> impl IntoView {
    let timeline = use_timeline();
    let legend = Legend::of(&timeline);
    // Type-erased, as a list of two kinds of item: far less code than an `Either` of them.
    let bases = legend.bases.iter().map(|kind| {
        view! {
            <span><span aria-hidden="true">{kind.glyph()}" "</span>{kind.label()}</span>
        }
        .into_any()
    });
    // Each kind of hedged date beside a sample bar drawn as the strip draws it; one list with
    // the bases, so a timeline without hedged dates keeps its markup.
    let marks = legend.marks.iter().map(|mark| {
        view! {
            <span class="legend-mark"><span class="legend-sample" aria-hidden="true">
                <span class=format!("event-bar {}", mark.class())></span>
            </span>{mark_label(*mark)}</span>
        }
        .into_any()
    });
    let keyed = bases.chain(marks).collect_view();
    view! {
        <p class="legend">
            {keyed}
            {legend.uncertain_dates.then(|| view! {
                <span><span class="legend-fuzzy" aria-hidden="true"></span>
                    {strip::faded_ends()}</span>
            })}
            {era_names(&timeline).map(|names| view! { <span class="legend-eras">{names}</span> })}
            <span class="keys-hint">
                {strip::keys_hint()}
            </span>
        </p>
    }
}
