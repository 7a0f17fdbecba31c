//! The editor's page: opens the draft the address names (`?draft=`), so a reload or a crash
//! comes back to it, or shows the start screen; keeps the draft saved, undo on the keyboard,
//! and a file dropped anywhere on the page opened as a new draft.

use leptos::ev::DragEvent;
use leptos::prelude::*;

use super::autosave::{keep_saved, provide_keeping};
use super::draft_store::{check_available, load};
use super::editor::{provide_editor, Editor};
use super::file_open::{open_file, provide_file_opening};
use super::selection_watch::watch_selection;
use super::start_screen::StartScreen;
use super::undo_keys::listen_for_undo_keys;
use super::workspace::Workspace;
use crate::core::author::draft_address::{draft_search, DRAFT_PARAMETER};
use crate::locale::editor;

/// The draft the page's address names.
fn draft_in_address() -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(DRAFT_PARAMETER)
        .filter(|id| !id.is_empty())
}

/// Puts the open draft (or none) in the address without a new history entry, so a reload
/// opens it again.
pub fn show_draft_in_address(id: Option<&str>) {
    let search = draft_search(id);
    let path = window().location().pathname().unwrap_or_default();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

#[component]
pub fn AuthorPage() -> impl IntoView {
    let editor = provide_editor();
    let keeping = provide_keeping();
    let opening = provide_file_opening();
    keep_saved(editor, keeping);
    watch_selection(editor);
    listen_for_undo_keys(editor);
    // Read before the address follows the open draft (none yet).
    let named = draft_in_address();
    Effect::new(move |_| show_draft_in_address(editor.draft_id.get().as_deref()));
    let ready = RwSignal::new(false);
    let missing = RwSignal::new(None::<String>);
    leptos::task::spawn_local(async move {
        if let Err(problem) = check_available().await {
            keeping.unavailable.set(Some(problem));
        }
        if let Some(id) = named {
            reopen(editor, id, missing).await;
        }
        ready.set(true);
    });
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        let file = ev
            .data_transfer()
            .and_then(|t| t.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            open_file(editor, opening, file);
        }
    };
    view! {
        <div
            class="app author"
            on:dragover=move |ev: DragEvent| ev.prevent_default()
            on:drop=on_drop
        >
            <a class="skip-link" href="#main-content">{editor::skip_to_content()}</a>
            {move || match (ready.get(), editor.draft_id.get().is_some()) {
                (false, _) => view! { <p class="loading" role="status">{editor::opening()}</p> }.into_any(),
                (true, true) => view! { <Workspace /> }.into_any(),
                (true, false) => view! { <StartScreen missing /> }.into_any(),
            }}
        </div>
    }
}

async fn reopen(editor: Editor, id: String, missing: RwSignal<Option<String>>) {
    match load(&id).await {
        Ok(Some(draft)) => editor.open(id, draft),
        Ok(None) => missing.set(Some(editor::draft_not_here().to_string())),
        Err(problem) => missing.set(Some(problem.message())),
    }
}
