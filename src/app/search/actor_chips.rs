//! The actor filter: a labelled group of toggle buttons, one per actor (or TimelineJS group)
//! with its number of events, and "Show all". The choice lives in the URL (`?actors=`).

use leptos::prelude::*;

use super::search_state::use_search;
use crate::app::browser::focus::focus_in_place_after_render;
use crate::app::state::page_context::use_query;
use crate::app::state::url_state::use_go;
use crate::core::search::actor_filter::ActorChoice;
use crate::locale::search;

fn chip_id(actor: &str) -> String {
    format!("actor-{actor}")
}

#[component]
pub fn ActorChips(choices: Vec<ActorChoice>) -> impl IntoView {
    let query = use_query();
    let go = use_go();
    let search = use_search();
    // With words typed that the URL does not hold yet: the rebuilt page reads them there.
    let here = move || {
        let here = query.get_untracked();
        match search {
            Some(search) => search.with_typed_words(here),
            None => here,
        }
    };
    let any_chosen = move || !query.read().actors.is_empty();
    let first_chip = choices.first().map(|c| chip_id(&c.id)).unwrap_or_default();
    let chips = choices
        .into_iter()
        .map(|choice| {
            let pressed = {
                let id = choice.id.clone();
                move || query.read().actors.contains(&id)
            };
            let toggle = {
                let (go, id) = (go.clone(), choice.id.clone());
                move |_| {
                    go(here().toggling_actor(&id));
                    // The strip below is rebuilt for the new choice; this button is too.
                    focus_in_place_after_render(chip_id(&id));
                }
            };
            view! {
                <li>
                    <button type="button" class="actor-chip" id=chip_id(&choice.id)
                        aria-pressed=move || if pressed() { "true" } else { "false" }
                        on:click=toggle>
                        {choice.name} " " <span class="actor-count">{choice.events}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    // "Show all" is disabled once pressed, so the keyboard goes on from the first actor.
    let show_all = move |_| {
        go(here().all_actors());
        focus_in_place_after_render(first_chip.clone());
    };
    view! {
        <div class="actor-filter" role="group" aria-labelledby="actors-label">
            <span id="actors-label" class="actor-filter-label">{search::show_only()}</span>
            <ul>{chips}</ul>
            <button type="button" class="actor-clear" disabled=move || !any_chosen()
                on:click=show_all>{search::show_all()}</button>
        </div>
    }
}
