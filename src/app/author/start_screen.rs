//! The start screen: a new timeline, a file opened, or a saved draft continued (each named
//! and dated, newest first), and deleting drafts no longer needed.

use leptos::prelude::*;

use super::autosave::{date_and_time, use_keeping};
use super::draft_store::new_draft_id;
use super::draft_store::{delete, list, load};
use super::editor::use_editor;
use super::file_open::FileOpen;
use super::language_switch::LanguageSwitch;
use super::toolbar::StorageNotice;
use crate::core::author::draft::Draft;
use crate::core::author::draft_meta::DraftMeta;
use crate::locale::editor;

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
                        Ok(None) => missing.set(Some(editor::draft_gone().into())),
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
                <span class="saved-draft-date">{editor::saved_when(date_and_time(meta.saved_at_ms))}</span>
                <button type="button" on:click=continue_draft>
                    {editor::continue_draft()} <span class="visually-hidden">{format!(" “{}”", meta.name)}</span>
                </button>
                <button type="button" class="quiet" on:click=remove>
                    {move || if confirming.get() {
                        editor::delete_for_good(&name)
                    } else {
                        editor::delete().to_string()
                    }}
                    <span class="visually-hidden">{move || (!confirming.get()).then(|| format!(" “{}”", meta.name))}</span>
                </button>
            </li>
        }
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <h1 class="brand-title">{editor::start_title()}</h1>
                <p class="brand-subtitle">{editor::start_subtitle()}</p>
            </div>
            <nav aria-label=editor::pages()>
                <a href="./" rel="external">{editor::the_reader()}</a>
                " " <LanguageSwitch />
            </nav>
        </header>
        <main id="main-content" tabindex="-1" class="author-start">
            <StorageNotice />
            {move || missing.get().map(|text| view! { <p class="notice" role="alert">{text}</p> })}
            <section class="start-section" aria-labelledby="start-heading">
                <h2 id="start-heading">{editor::start()}</h2>
                <p><button type="button" class="primary" on:click=start_new>{editor::new_timeline()}</button></p>
                <FileOpen />
            </section>
            <section class="start-section" aria-labelledby="drafts-heading">
                <h2 id="drafts-heading">{editor::your_drafts_here()}</h2>
                {move || {
                    if keeping.unavailable.get().is_some() {
                        view! { <p>{editor::no_drafts_kept()}</p> }.into_any()
                    } else if drafts.with(Vec::is_empty) {
                        view! { <p>{editor::no_drafts_yet()}</p> }.into_any()
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
