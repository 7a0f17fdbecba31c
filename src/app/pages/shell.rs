//! The page frame: provides the URL query to every component, fetches the timeline file the
//! URL names, and shows it, its loading progress, or why it failed.

use std::sync::Arc;

use leptos::prelude::*;

use super::load_error::LoadError;
use super::loaded_page::LoadedPage;
use super::loading::Loading;
use crate::app::browser::frame_height::report_height_to_parent;
use crate::app::state::content_source::{fetch_timeline, LoadFailure, Progress};
use crate::app::state::page_context::provide_query;
use crate::core::page::sources_page::DEFAULT_SOURCE;

#[component]
pub fn Shell() -> impl IntoView {
    // The file and the mode are fixed for the life of the page: they come from its URL.
    let initial = provide_query().get_untracked();
    let embed = initial.embed;
    let source = initial.src.unwrap_or_else(|| DEFAULT_SOURCE.to_string());
    let progress = RwSignal::new(Progress::default());
    let content = {
        let source = source.clone();
        LocalResource::new(move || {
            let source = source.clone();
            async move {
                fetch_timeline(source, progress)
                    .await
                    .map(|loaded| (Arc::new(loaded.timeline), loaded.warnings))
            }
        })
    };
    if embed {
        report_height_to_parent();
    }
    view! {
        <div class="app" class:embedded=embed>
            <a class="skip-link" href="#main-content">"Skip to content"</a>
            {move || match content.get() {
                None => view! { <Loading source=source.clone() progress /> }.into_any(),
                Some(Err(failure)) => view! { <FailedPage failure /> }.into_any(),
                Some(Ok((timeline, warnings))) => {
                    view! { <LoadedPage timeline warnings embed /> }.into_any()
                }
            }}
        </div>
    }
}

#[component]
fn FailedPage(failure: LoadFailure) -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="brand">
                <p class="brand-title">"Essay timeline"</p>
            </div>
        </header>
        <main id="main-content" tabindex="-1">
            <LoadError failure />
        </main>
    }
}
