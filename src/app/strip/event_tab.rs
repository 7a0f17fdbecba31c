//! One event on the strip: its bar on the axis and its card, a tab of the strip's tablist.

use std::sync::Arc;

use leptos::prelude::*;

use super::geometry::StripGeometry;
use super::gestures::DragPan;
use crate::app::browser::dom_ids::{tab_id, PANEL_ID};
use crate::app::search::search_state::use_search;
use crate::app::state::page_context::use_content_lang;
use crate::core::model::timeline::{BasisKind, Timeline};
use crate::core::strip::bar_marks::one_of_background;

/// Event `i` of `timeline`: drawn where `geometry` puts it, `focus` decides the one tab stop.
pub fn event_tab(
    timeline: &Arc<Timeline>,
    i: usize,
    geometry: StripGeometry,
    focus: RwSignal<usize>,
    selected: Memo<Option<usize>>,
    on_select: Callback<usize>,
    drag: DragPan,
) -> impl IntoView {
    let event = &timeline.events[i];
    let count = timeline.events.len();
    // A one-of date's bar draws a mark on each of its dates (`--one-of`, in style/main.css).
    let one_of = one_of_background(&event.date, "var(--accent)")
        .map(|background| format!(";--one-of:{background}"))
        .unwrap_or_default();
    let slot_style = move || geometry.event_style(i) + &one_of;
    let bar_class = move || geometry.bar_class(i);
    let in_cluster = move || geometry.in_cluster(i);
    let is_selected = move || selected.get() == Some(i);
    let basis: Option<BasisKind> = event.basis.as_ref().map(|b| b.kind);
    // While a search is on: `Some(true)` for a match, `Some(false)` for the rest.
    let search = use_search();
    let matches = move || search.and_then(|s| s.matching.with(|m| m.as_ref().map(|m| m[i])));
    view! {
        <li role="presentation" class="event-slot" class:selected=is_selected
            class:in-cluster=in_cluster style=slot_style
            class:search-match=move || matches() == Some(true)
            class:search-other=move || matches() == Some(false)>
            <span class=bar_class aria-hidden="true"></span>
            <button
                type="button"
                role="tab"
                id=tab_id(event)
                class=format!("event-card basis-{}", basis.map_or("none", BasisKind::slug))
                data-event-id=event.id.clone()
                aria-label=event.name_with_date()
                aria-selected=move || if is_selected() { "true" } else { "false" }
                aria-controls=move || is_selected().then_some(PANEL_ID)
                aria-setsize=count
                aria-posinset=i + 1
                tabindex=move || if focus.get() == i { "0" } else { "-1" }
                on:click=move |_| {
                    if !drag.swallow_click() {
                        on_select.run(i)
                    }
                }
                on:focus=move |_| focus.set(i)
            >
                <span class="card-headline" lang=use_content_lang()>{event.headline.clone()}</span>
                <span class="card-date">
                    {basis.map(|b| view! { <span class="basis-mark" aria-hidden="true">{b.glyph()}</span> })}
                    {event.date_label()}
                </span>
            </button>
        </li>
    }
}
