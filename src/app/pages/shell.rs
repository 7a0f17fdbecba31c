//! The page frame: provides the URL query to every component, fetches the timeline file the
//! URL names (or reads the one opened from the device, or the default one written into the
//! page), and shows it, its loading progress, or why it failed.

use std::sync::Arc;

use leptos::prelude::*;

use super::load_error::LoadError;
use super::loaded_page::LoadedPage;
use super::loading::Loading;
use super::open_file::{accept_opened_files, OpenFile};
use crate::app::browser::frame_height::report_height_to_parent;
use crate::app::browser::prerender::take_over_prerendered_page;
use crate::app::browser::shipped_timeline::timeline_in_page;
use crate::app::state::content_source::{fetch_file, read_timeline, LoadFailure};
use crate::app::state::local_file::provide_local_file;
use crate::app::state::page_context::provide_query;
use crate::core::load::problem::Problem;
use crate::core::load::progress::Progress;
use crate::core::page::app_query::View;
use crate::core::page::sources_page::DEFAULT_SOURCE;
use crate::locale::pages;

#[component]
pub fn Shell() -> impl IntoView {
    let query = provide_query();
    let local = provide_local_file();
    // The mode is fixed for the life of the page; the file changes only when one is opened
    // from the device (or back and forward step across that).
    let embed = query.get_untracked().embed;
    let wanted = Memo::new(move |_| {
        let q = query.read();
        (q.src.clone(), q.file.clone())
    });
    let progress = RwSignal::new(Progress::default());
    let content = LocalResource::new(move || {
        let (src, file) = wanted.get();
        let opened = local.get();
        async move {
            let shipped = file.is_none() && src.is_none();
            let (bytes, name_or_type, shown_as) = match file {
                Some(name) => match opened.filter(|o| o.name == name) {
                    Some(opened) => (opened.bytes.to_vec(), name.clone(), name),
                    None => return Err(not_kept(name)),
                },
                None => match shipped.then(timeline_in_page).flatten() {
                    Some(bytes) => (bytes, DEFAULT_SOURCE.into(), DEFAULT_SOURCE.into()),
                    None => {
                        let source = src.unwrap_or_else(|| DEFAULT_SOURCE.to_string());
                        let (bytes, name_or_type) = fetch_file(source.clone(), progress).await?;
                        (bytes, name_or_type, source)
                    }
                },
            };
            read_timeline(&bytes, &name_or_type, shipped, shown_as)
                .await
                .map(|loaded| (Arc::new(loaded.timeline), loaded.warnings))
        }
    });
    // The page drawn at build time is the timeline's: any other page replaces it at once (the
    // strip does, once it is drawn).
    Effect::new(move |_| {
        let failed = matches!(content.get(), Some(Err(_)));
        if failed || query.read().view != View::Timeline {
            take_over_prerendered_page();
        }
    });
    if embed {
        report_height_to_parent();
    } else {
        accept_opened_files();
    }
    let loading_what = move || {
        let (src, file) = wanted.get();
        file.or(src).unwrap_or_else(|| DEFAULT_SOURCE.to_string())
    };
    view! {
        <div class="app" class:embedded=embed>
            <a class="skip-link" href="#main-content">{pages::skip_to_content()}</a>
            {move || match content.get() {
                None => view! { <Loading source=loading_what() progress /> }.into_any(),
                Some(Err(failure)) => view! { <FailedPage failure embed /> }.into_any(),
                Some(Ok((timeline, warnings))) => {
                    view! { <LoadedPage timeline warnings embed /> }.into_any()
                }
            }}
        </div>
    }
}

/// Why a `?file=` link shows nothing: the file was only ever in another page's memory.
fn not_kept(name: String) -> LoadFailure {
    LoadFailure {
        problems: vec![Problem::error("", pages::not_kept(&name))],
        url: name,
    }
}

#[component]
fn FailedPage(failure: LoadFailure, embed: bool) -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="brand">
                <p class="brand-title">{pages::essay_timeline()}</p>
            </div>
        </header>
        <main id="main-content" tabindex="-1">
            <LoadError failure />
            {(!embed).then(|| view! { <OpenFile /> })}
        </main>
    }
}
