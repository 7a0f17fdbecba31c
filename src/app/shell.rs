//! The page frame: header with the view switch, the chosen view, and the source line.

use std::sync::Arc;

use leptos::prelude::*;

use super::content_source::{fetch_timeline, LoadFailure, DEFAULT_SOURCE};
use super::essay_view::EssayView;
use super::load_error::LoadError;
use super::timeline_view::TimelineView;
use super::url_state::{href_for, use_app_query};
use crate::core::app_query::{AppQuery, View};
use crate::core::timeline::Timeline;

#[component]
pub fn Shell() -> impl IntoView {
    let content = LocalResource::new(|| async {
        fetch_timeline(DEFAULT_SOURCE)
            .await
            .map(|loaded| Arc::new(loaded.timeline))
    });
    view! {
        <a class="skip-link" href="#main-content">"Skip to content"</a>
        {move || match content.get() {
            None => view! { <p class="loading" role="status">"Loading the timeline…"</p> }.into_any(),
            Some(Err(failure)) => view! { <FailedPage failure /> }.into_any(),
            Some(Ok(timeline)) => view! { <LoadedPage timeline /> }.into_any(),
        }}
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
fn LoadedPage(timeline: Arc<Timeline>) -> impl IntoView {
    let query = use_app_query();
    let is_view = move |view: View| move || query.read().view == view;
    let current = move |view: View| move || (query.read().view == view).then_some("page");
    let source = timeline.source.clone();
    let main_view = {
        let timeline = timeline.clone();
        move || match query.read().view {
            View::Timeline => view! { <TimelineView timeline=timeline.clone() /> }.into_any(),
            View::Essay => view! { <EssayView timeline=timeline.clone() /> }.into_any(),
        }
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <h1 class="brand-title">{timeline.title.clone()}</h1>
                {timeline.subtitle.clone().map(|s| view! { <p class="brand-subtitle">{s}</p> })}
            </div>
            <nav class="view-switch" aria-label="Views">
                <a
                    href=href_for(&AppQuery::default())
                    aria-current=current(View::Timeline)
                    class:active=is_view(View::Timeline)
                >
                    "Timeline"
                </a>
                <a
                    href=href_for(&AppQuery::essay())
                    aria-current=current(View::Essay)
                    class:active=is_view(View::Essay)
                >
                    "Essay & sources"
                </a>
            </nav>
        </header>
        <main id="main-content" tabindex="-1">
            {main_view}
        </main>
        <footer class="site-footer">
            <p>"Source: " {source.description}</p>
            {source.note.map(|n| view! { <p>{n}</p> })}
        </footer>
    }
}
