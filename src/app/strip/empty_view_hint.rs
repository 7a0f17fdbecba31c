//! Shown over the strip when the view falls between events: the nearest event on each side,
//! one activation away.

use leptos::prelude::*;

use crate::app::state::page_context::use_timeline;
use crate::core::strip::empty_view::AroundEmptyView;
use crate::locale::strip;

#[derive(Clone, Copy)]
enum Side {
    Earlier,
    Later,
}

pub fn empty_view_hint(
    around: Memo<Option<AroundEmptyView>>,
    go_to: Callback<usize>,
) -> impl IntoView {
    let timeline = use_timeline();
    let button = move |i: usize, side: Side| {
        let event = &timeline.events[i];
        let (class, word, before, after) = match side {
            Side::Earlier => ("to-earlier", strip::earlier(), "◀ ", ""),
            Side::Later => ("to-later", strip::later(), "", " ▶"),
        };
        view! {
            <button type="button" class=class on:click=move |_| go_to.run(i)>
                <span aria-hidden="true">{before}</span>
                {format!("{word}: {} — {}", event.date_label(), event.headline)}
                <span aria-hidden="true">{after}</span>
            </button>
        }
    };
    move || {
        around.get().map(|around| {
            view! {
                <div class="empty-view">
                    <p>{strip::no_events_here()}</p>
                    {around.earlier.map(|i| button(i, Side::Earlier))}
                    {around.later.map(|i| button(i, Side::Later))}
                </div>
            }
        })
    }
}
