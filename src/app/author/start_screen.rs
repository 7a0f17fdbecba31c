//! The start screen: a new timeline, a file opened, or a saved draft continued (each named
//! and dated, newest first), and deleting drafts no longer needed.

use leptos::prelude::*;

use super::autosave::{date_and_time, use_keeping};
use super::draft_store::new_draft_id;
use super::draft_store::{delete, list, load};
use super::editor::use_editor;
use super::file_open::FileOpen;
use super::toolbar::StorageNotice;
use crate::core::author::draft::Draft;
use crate::core::author::draft_meta::DraftMeta;

#[component]
pub fn StartScreen(missing: RwSignal<Option<String>>) -> impl IntoView {
    let editor = use_editor();
    let keeping = use_keeping();
    let drafts = RwSignal::new(Vec::<DraftMeta>::new());
    let refresh = move || {
        leptos::task::spawn_local(async move {
            if let Ok(found) = list().await {
                drafts.set(found);
            }
        })
    };
    // Again after each save: a draft just closed is written as the list is read.
    Effect::new(move |_| {
        keeping.state.track();
        refresh();
    });
    let start_new = move |_| {
        missing.set(None);
        editor.open(new_draft_id(), Draft::default());
    };
    let item = move |meta: DraftMeta| {
        let confirming = RwSignal::new(false);
        let id = meta.id.clone();
        let continue_draft = {
            let id = id.clone();
            move |_| {
                let id = id.clone();
                leptos::task::spawn_local(async move {
                    match load(&id).await {
                        Ok(Some(draft)) => editor.open(id, draft),
                        Ok(None) => missing.set(Some("That draft is no longer saved.".into())),
                        Err(problem) => missing.set(Some(problem.message())),
                    }
                });
            }
        };
        let remove = move |_| {
            if !confirming.get_untracked() {
                confirming.set(true);
                return;
            }
            let id = id.clone();
            leptos::task::spawn_local(async move {
                let _ = delete(&id).await;
                refresh();
            });
        };
        let name = meta.name.clone();
        view! {
            <li class="saved-draft">
                <span class="saved-draft-name">{meta.name.clone()}</span>
                <span class="saved-draft-date">{format!("saved {}", date_and_time(meta.saved_at_ms))}</span>
                <button type="button" on:click=continue_draft>
                    "Continue" <span class="visually-hidden">{format!(" “{}”", meta.name)}</span>
                </button>
                <button type="button" class="quiet" on:click=remove>
                    {move || if confirming.get() {
                        format!("Delete “{name}” for good")
                    } else {
                        "Delete".to_string()
                    }}
                    <span class="visually-hidden">{move || (!confirming.get()).then(|| format!(" “{}”", meta.name))}</span>
                </button>
            </li>
        }
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <h1 class="brand-title">"Make a timeline from an essay"</h1>
                <p class="brand-subtitle">"Paste an essay, select the words each event rests on, download the file."</p>
            </div>
            <nav aria-label="Pages"><a href="./" rel="external">"The reader"</a></nav>
        </header>
        <main id="main-content" tabindex="-1" class="author-start">
            <StorageNotice />
            {move || missing.get().map(|text| view! { <p class="notice" role="alert">{text}</p> })}
            <section class="start-section" aria-labelledby="start-heading">
                <h2 id="start-heading">"Start"</h2>
                <p><button type="button" class="primary" on:click=start_new>"New timeline"</button></p>
                <FileOpen />
            </section>
            <section class="start-section" aria-labelledby="drafts-heading">
                <h2 id="drafts-heading">"Your drafts in this browser"</h2>
                {move || {
                    if keeping.unavailable.get().is_some() {
                        view! { <p>"This browser keeps no drafts for this page."</p> }.into_any()
                    } else if drafts.with(Vec::is_empty) {
                        view! { <p>"None yet: every change to a draft is saved here as you work."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="saved-drafts">
                                <For each=move || drafts.get() key=|m| (m.id.clone(), m.saved_at_ms.to_bits()) children=item />
                            </ul>
                        }
                        .into_any()
                    }
                }}
            </section>
        </main>
    }
}
