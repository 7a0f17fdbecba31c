//! The panel's foot: the previous and next events, and the way back to the strip.

use leptos::prelude::*;

use crate::app::browser::focus::focus_in_place_after_render;
use crate::app::state::page_context::use_timeline;
use crate::locale::panel;

/// A button to the event before (`arrow_first`) or after the open one, if there is one.
fn neighbour(
    target: Option<usize>,
    id: &'static str,
    arrow_first: bool,
    on_select: Callback<usize>,
) -> Option<impl IntoView> {
    let timeline = use_timeline();
    target.map(|t| {
        let headline = timeline.events[t].headline.clone();
        let (before, label, after) = if arrow_first {
            ("← ", panel::previous_event(), "")
        } else {
            ("", panel::next_event(), " →")
        };
        view! {
            <button type="button" id=id class="neighbour"
                on:click=move |_| {
                    on_select.run(t);
                    focus_in_place_after_render(id.to_string());
                }>
                <span class="neighbour-label">{before}{label}{after}</span>
                <span class="neighbour-headline">{headline}</span>
            </button>
        }
    })
}

#[component]
pub fn PanelNav(index: usize, on_select: Callback<usize>, back: Callback<()>) -> impl IntoView {
    let count = use_timeline().events.len();
    let next = (index + 1 < count).then_some(index + 1);
    view! {
        <nav class="panel-nav" aria-label=panel::from_this_event()>
            {neighbour(index.checked_sub(1), "panel-previous", true, on_select)}
            <button type="button" class="back-to-strip" on:click=move |_| back.run(())>
                <span aria-hidden="true">"↑ "</span>{panel::back_to_timeline()}
            </button>
            {neighbour(next, "panel-next", false, on_select)}
        </nav>
    }
}
