//! The events made so far, in the order they were made: each opens in the form, and says
//! when it still lacks a date or when words it quotes are gone from the essay.

use leptos::prelude::*;

use super::editor::use_editor;
use crate::core::author::draft::{DraftEvent, PassageState};
use crate::core::model::date_words::date_words;
use crate::locale::editor_form;

/// What an event in the list still needs, in a few words.
fn flags(event: &DraftEvent) -> Vec<&'static str> {
    let mut flags = Vec::new();
    if event.date.is_none() {
        flags.push(editor_form::no_date_yet());
    }
    if event
        .passages
        .iter()
        .any(|p| p.state == PassageState::Missing)
    {
        flags.push(editor_form::quote_gone());
    }
    if event
        .passages
        .iter()
        .any(|p| matches!(p.state, PassageState::Moved { .. }))
    {
        flags.push(editor_form::quote_moved());
    }
    flags
}

#[component]
pub fn EventList() -> impl IntoView {
    let editor = use_editor();
    let rows = Memo::new(move |_| {
        editor.draft(|d| {
            d.events
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let name = if e.headline.trim().is_empty() {
                        editor_form::no_headline(i + 1)
                    } else {
                        e.headline.clone()
                    };
                    let date = e
                        .date
                        .as_ref()
                        .map(|date| date_words(date, None))
                        .unwrap_or_default();
                    (e.id.clone(), name, date, flags(e).join(", "))
                })
                .collect::<Vec<_>>()
        })
    });
    let row = move |(id, name, date, flags): (String, String, String, String)| {
        let open = {
            let id = id.clone();
            move || editor.open_event.get().as_deref() == Some(id.as_str())
        };
        let flagged = !flags.is_empty();
        view! {
            <li class="event-row" class:flagged=flagged>
                <button type="button" class="event-open" aria-current=move || open().then_some("true")
                    on:click=move |_| editor.open_event.set(Some(id.clone()))>
                    <span class="event-row-name">{name}</span>
                    <span class="event-row-date">{date}</span>
                    {flagged.then(|| view! { <span class="event-row-flags">{flags}</span> })}
                </button>
            </li>
        }
    };
    view! {
        <section class="form-section" id="events" tabindex="-1" aria-labelledby="events-heading">
            <h2 id="events-heading">{editor_form::events()}</h2>
            {move || rows.with(Vec::is_empty).then(|| view! {
                <p class="hint">{editor_form::no_events()}</p>
            })}
            <ol class="event-rows">
                <For each=move || rows.get() key=|r| r.clone() children=row />
            </ol>
        </section>
    }
}
