//! The switch to the editor in the other language: the same page and open draft, reloaded
//! with `lang=` (kept on this device from then on), once every change is saved.

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
    Effect::new(move |_| {
        let written = matches!(
            keeping.state.get(),
            SaveState::Saved(_) | SaveState::NotSaved(_)
        );
        if leaving.get() && written && keeping.settled() {
            let _ = window().location().assign(&href());
        }
    });
    view! {
        <a class="language-switch" href=href hreflang=other_lang() lang=other_lang() on:click=on_click>
            {other_name()}
        </a>
    }
}
