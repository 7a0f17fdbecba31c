//! The editor's header: the draft's name, whether it is saved, undo and redo, the download
//! (which says how many problems block it), the way back to the list of drafts and the
//! switch to the other language. Also the
//! notice shown when the browser will not keep drafts.

use leptos::prelude::*;

use super::autosave::{time_of_day, use_keeping, SaveState};
use super::checks_section::{go_to_checks, use_checks};
use super::download::download_json;
use super::editor::use_editor;
use super::language_switch::LanguageSwitch;
use crate::core::author::draft_meta::DraftMeta;
use crate::locale::editor;

/// Why drafts are not being kept, said plainly, with the download still offered.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let keeping = use_keeping();
    move || {
        keeping
            .problem()
            .map(|problem| view! { <p class="notice storage-notice" role="alert">{problem.message()}</p> })
    }
}

#[component]
fn SaveStatus() -> impl IntoView {
    let keeping = use_keeping();
    let text = move || match keeping.state.get() {
        SaveState::Unchanged if keeping.unavailable.get().is_some() => {
            editor::not_saved().to_string()
        }
        SaveState::Unchanged => editor::no_changes().to_string(),
        SaveState::Saving => editor::saving().to_string(),
        SaveState::Saved(at) => editor::saved_at(time_of_day(at)),
        SaveState::NotSaved(_) => editor::not_saved().to_string(),
    };
    view! { <p class="save-status" role="status">{text}</p> }
}

#[component]
fn DownloadButton() -> impl IntoView {
    let editor = use_editor();
    let checks = use_checks();
    let file_name = Memo::new(move |_| editor.draft(|d| d.file_name()));
    let blocked = move || checks.with(|c| c.blocks_download());
    let on_click = move |_| {
        if blocked() {
            go_to_checks();
            return;
        }
        if let Ok(text) = editor.draft_untracked(|d| d.export_json()) {
            download_json(&file_name.get_untracked(), &text);
        }
    };
    view! {
        <button
            type="button"
            class="primary download"
            aria-disabled=move || blocked().then_some("true")
            aria-describedby="checks-summary"
            on:click=on_click
        >
            {move || checks.with(|c| c.download_label(&file_name.get()))}
        </button>
    }
}

/// Back to the drafts list. Where the browser keeps no drafts, closing loses the draft, so
/// it takes a second press that says so.
#[component]
fn CloseDraft() -> impl IntoView {
    let editor = use_editor();
    let keeping = use_keeping();
    let warned = RwSignal::new(false);
    let close = move |_| {
        if keeping.unavailable.get_untracked().is_some() && !warned.get_untracked() {
            warned.set(true);
            return;
        }
        editor.draft_id.set(None);
    };
    view! {
        <button type="button" class="quiet" on:click=close>
            {move || if warned.get() {
                editor::close_unkept()
            } else {
                editor::your_drafts()
            }}
        </button>
    }
}

#[component]
pub fn Toolbar() -> impl IntoView {
    let editor = use_editor();
    let name = Memo::new(move |_| editor.draft(|d| DraftMeta::new("", d, 0.0).name));
    let can_undo = move || editor.history.with(|h| h.can_undo());
    let can_redo = move || editor.history.with(|h| h.can_redo());
    view! {
        <header class="site-header author-header">
            <div class="brand">
                <p class="brand-title">{editor::editor_title()}</p>
                <p class="brand-subtitle">{name}</p>
            </div>
            <div class="author-tools">
                <SaveStatus />
                <button type="button" on:click=move |_| editor.undo() disabled=move || !can_undo()
                    aria-keyshortcuts="Control+Z">{editor::undo()}</button>
                <button type="button" on:click=move |_| editor.redo() disabled=move || !can_redo()
                    aria-keyshortcuts="Control+Shift+Z">{editor::redo()}</button>
                <DownloadButton />
                <CloseDraft />
                <LanguageSwitch />
            </div>
        </header>
    }
}
