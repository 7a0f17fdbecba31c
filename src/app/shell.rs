//! The page frame: header with the view switch, the chosen view, and the source line. With
//! `?embed=1` the chrome is compact and the title opens the full page in a new tab.

use std::sync::Arc;

use leptos::prelude::*;

use super::content_source::{fetch_timeline, LoadFailure, DEFAULT_SOURCE};
use super::embed_dialog::EmbedDialog;
use super::essay_view::EssayView;
use super::frame_height::report_height_to_parent;
use super::load_error::LoadError;
use super::timeline_view::TimelineView;
use super::url_state::{app_url, use_app_query};
use crate::core::app_query::View;
use crate::core::timeline::Timeline;

#[component]
pub fn Shell() -> impl IntoView {
    let content = LocalResource::new(|| async {
        fetch_timeline(DEFAULT_SOURCE)
            .await
            .map(|loaded| Arc::new(loaded.timeline))
    });
    // The mode is fixed for the life of the page: it comes from the URL the frame was given.
    let embed = use_app_query().get_untracked().embed;
    if embed {
        report_height_to_parent();
    }
    view! {
        <div class="app" class:embedded=embed>
            <a class="skip-link" href="#main-content">"Skip to content"</a>
            {move || match content.get() {
                None => view! { <p class="loading" role="status">"Loading the timeline…"</p> }.into_any(),
                Some(Err(failure)) => view! { <FailedPage failure /> }.into_any(),
                Some(Ok(timeline)) => view! { <LoadedPage timeline embed /> }.into_any(),
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

#[component]
fn LoadedPage(timeline: Arc<Timeline>, embed: bool) -> impl IntoView {
    let query = use_app_query();
    let is_view = move |view: View| move || query.read().view == view;
    let current = move |view: View| move || (query.read().view == view).then_some("page");
    let here = query.get_untracked();
    let source = timeline.source.clone();
    let title = timeline.title.clone();
    let brand = if embed {
        let full_page = format!("{}{}", app_url(), here.full_page().to_search());
        view! {
            <p class="brand-title">
                <a href=full_page target="_blank" rel="noopener">
                    {title.clone()}
                    <span class="visually-hidden">" (opens the full timeline in a new tab)"</span>
                    <span aria-hidden="true">" ↗"</span>
                </a>
            </p>
        }
        .into_any()
    } else {
        view! {
            <h1 class="brand-title">{title.clone()}</h1>
            {timeline.subtitle.clone().map(|s| view! { <p class="brand-subtitle">{s}</p> })}
        }
        .into_any()
    };
    let main_view = {
        let timeline = timeline.clone();
        move || match query.read().view {
            View::Timeline => view! { <TimelineView timeline=timeline.clone() /> }.into_any(),
            View::Essay => view! { <EssayView timeline=timeline.clone() /> }.into_any(),
        }
    };
    view! {
        <header class="site-header">
            <div class="brand">{brand}</div>
            <nav class="view-switch" aria-label="Views">
                <a
                    href=here.opening(None).to_search()
                    aria-current=current(View::Timeline)
                    class:active=is_view(View::Timeline)
                >
                    "Timeline"
                </a>
                <a
                    href=here.showing_essay().to_search()
                    aria-current=current(View::Essay)
                    class:active=is_view(View::Essay)
                >
                    "Essay & sources"
                </a>
            </nav>
            {(!embed).then(|| view! { <EmbedDialog title /> })}
        </header>
        <main id="main-content" tabindex="-1">
            {main_view}
        </main>
        <footer class="site-footer">
            <p>"Source: " {source.description}</p>
            {(!embed).then(|| source.note.map(|n| view! { <p>{n}</p> }))}
        </footer>
    }
}
