//! The search box above the strip (shortcut `/`): an ARIA combobox whose list shows the
//! matching events, headline and date with the matched words marked, walked with the arrow
//! keys and opened with Enter or a click. The count is announced politely; the words live in
//! the URL (`?q=`) so a search can be shared.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::prepare::prepare;
use super::search_state::SearchState;
use crate::app::state::page_context::{use_content_lang, use_timeline};
use crate::app::state::url_state::use_replace;
use crate::core::search::hits::{hits, match_count_message, Piece};
use crate::locale::search;

const INPUT_ID: &str = "event-search";

fn option_id(row: usize) -> String {
    format!("search-hit-{row}")
}

fn marked(pieces: Vec<Piece>) -> impl IntoView {
    pieces
        .into_iter()
        .map(|piece| {
            if piece.matched {
                view! { <mark>{piece.text}</mark> }.into_any()
            } else {
                piece.text.into_any()
            }
        })
        .collect_view()
}

/// Focuses the search box when `/` is pressed outside a text field.
fn focus_on_slash() {
    let listener = window_event_listener(leptos::ev::keydown, |ev: KeyboardEvent| {
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|el| {
                el.is_content_editable()
                    || matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            });
        if ev.key() == "/" && !typing && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() {
            if let Some(input) = document().get_element_by_id(INPUT_ID) {
                ev.prevent_default();
                let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    });
    on_cleanup(move || listener.remove());
}

#[component]
pub fn SearchBox(search: SearchState, on_select: Callback<usize>) -> impl IntoView {
    let timeline = use_timeline();
    let replace = use_replace();
    let active = RwSignal::new(None::<usize>);
    let rows = Memo::new(move |_| {
        let terms = search.terms.read();
        search.matching.with(|matching| {
            matching
                .as_ref()
                .map(|m| hits(&timeline, m, &terms, &prepare))
                .unwrap_or_default()
        })
    });
    let count = move || {
        search.matching.with(|m| {
            let found = m
                .as_ref()
                .map_or(0, |m| m.iter().filter(|hit| **hit).count());
            match_count_message(found, m.is_some())
        })
    };
    focus_on_slash();

    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        active.set(None);
        search.type_words(typed, replace.clone());
    };
    let on_keydown = move |ev: KeyboardEvent| {
        let len = rows.with(Vec::len);
        let step = |delta: isize| {
            let at = active
                .get_untracked()
                .map_or(if delta > 0 { -1 } else { len as isize }, |a| a as isize);
            let next = (at + delta).clamp(0, len as isize - 1) as usize;
            active.set(Some(next));
            if let Some(row) = document().get_element_by_id(&option_id(next)) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                row.scroll_into_view_with_scroll_into_view_options(&options);
            }
        };
        match ev.key().as_str() {
            "ArrowDown" if len > 0 => step(1),
            "ArrowUp" if len > 0 => step(-1),
            "Enter" => {
                let row = active.get_untracked().unwrap_or(0);
                if let Some(event) = rows.with(|r| r.get(row).map(|hit| hit.event)) {
                    on_select.run(event);
                }
            }
            _ => return,
        }
        ev.prevent_default();
    };
    let expanded = move || {
        if rows.with(Vec::is_empty) {
            "false"
        } else {
            "true"
        }
    };
    let timeline = use_timeline();
    let option = move |(row, hit): (usize, crate::core::search::hits::Hit)| {
        let date = timeline.events[hit.event].date_label();
        let event = hit.event;
        view! {
            <li role="option" id=option_id(row) class="search-hit"
                aria-selected=move || if active.get() == Some(row) { "true" } else { "false" }
                on:click=move |_| on_select.run(event)>
                <span class="hit-headline" lang=use_content_lang()>{marked(hit.headline)}</span>
                " "
                <span class="hit-date">{date}</span>
                {hit.context.map(|context| view! { <span class="hit-context" lang=use_content_lang()>{marked(context)}</span> })}
            </li>
        }
    };
    view! {
        <div class="search" role="search">
            <label for=INPUT_ID>{search::search_events()}</label>
            <input type="search" id=INPUT_ID role="combobox" autocomplete="off"
                aria-autocomplete="list" aria-controls="search-results" aria-expanded=expanded
                aria-keyshortcuts="/"
                aria-activedescendant=move || active.get().map(option_id)
                prop:value=search.words
                on:focus=move |_| search.build_index()
                on:input=on_input
                on:keydown=on_keydown />
            <p class="search-count" role="status">{count}</p>
            // `data-query`: the words the list shows results for, which the benchmark waits on.
            <ul id="search-results" role="listbox" aria-label=search::matching_events()
                data-query=search.words
                hidden=move || rows.with(Vec::is_empty)>
                {move || rows.get().into_iter().enumerate().map(option.clone()).collect_view()}
            </ul>
        </div>
    }
}
