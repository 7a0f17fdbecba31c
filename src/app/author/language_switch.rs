//! The switch to the editor in the other language: the same page and open draft, reloaded
//! with `lang=` (kept on this device from then on), once every change is saved. Not offered
//! while a draft is open that the browser will not keep: the reload would lose it.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use super::autosave::{use_keeping, SaveState};
use super::editor::use_editor;
use crate::core::author::draft_address::draft_search;
use crate::core::page::language_choice::with_language;
use crate::locale::language::{other_lang, other_name};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let keeping = use_keeping();
    let editor = use_editor();
    let href = move || {
        with_language(
            &draft_search(editor.draft_id.get().as_deref()),
            other_lang(),
        )
    };
    let leaving = RwSignal::new(false);
    // A change still waiting for its pause is written first, so switching loses nothing.
    let on_click = move |ev: MouseEvent| {
        if !keeping.settled() {
            ev.prevent_default();
            keeping.flush();
            leaving.set(true);
        }
    };
    // Left only once the change is written; a refused write stays, with its notice.
    Effect::new(move |_| {
        let saved = matches!(keeping.state.get(), SaveState::Saved(_));
        if leaving.get() && saved && keeping.settled() {
            let _ = window().location().assign(&href());
        }
    });
    let safe_to_reload = move || keeping.problem().is_none() || editor.draft_id.get().is_none();
    move || {
        safe_to_reload().then(|| {
            view! {
                <a class="language-switch" href=href hreflang=other_lang() lang=other_lang() on:click=on_click>
                    {other_name()}
                </a>
            }
        })
    }
}
