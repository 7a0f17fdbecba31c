//! The page frame: header with the view switch, the chosen view, and the source line. With
//! `?embed=1` the chrome is compact and the title opens the full page in a new tab.

use std::sync::Arc;

use leptos::prelude::*;

use super::content_source::{fetch_timeline, LoadFailure, Progress, DEFAULT_SOURCE};
use super::embed_dialog::EmbedDialog;
use super::essay_view::EssayView;
use super::frame_height::report_height_to_parent;
use super::load_error::{LoadError, LoadWarnings};
use super::timeline_view::TimelineView;
use super::url_state::{app_url, use_app_query};
use crate::core::load::problem::Problem;
use crate::core::model::timeline::Timeline;
use crate::core::page::app_query::View;

#[component]
pub fn Shell() -> impl IntoView {
    // The file and the mode are fixed for the life of the page: they come from its URL.
    let initial = use_app_query().get_untracked();
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

/// Shown until the file is in: which file, and how much of it has arrived.
#[component]
fn Loading(source: String, progress: RwSignal<Progress>) -> impl IntoView {
    let kb = |bytes: usize| (bytes as f64 / 1024.0).ceil() as usize;
    view! {
        <div class="loading" role="status">
            <p>"Loading the timeline from " <code>{source}</code> "…"</p>
            {move || {
                let Progress { received, total } = progress.get();
                match total {
                    Some(total) if total > 0 => view! {
                        <progress max=total value=received aria-label="Download progress"></progress>
                        <span class="loading-amount">{format!(" {} of {} KB", kb(received), kb(total))}</span>
                    }
                    .into_any(),
                    _ => view! {
                        <progress aria-label="Download progress"></progress>
                        <span class="loading-amount">{format!(" {} KB", kb(received))}</span>
                    }
                    .into_any(),
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

#[component]
fn LoadedPage(timeline: Arc<Timeline>, warnings: Vec<Problem>, embed: bool) -> impl IntoView {
    let query = use_app_query();
    // Only a change of view rebuilds the page; opening an event must keep the strip (and its
    // zoom and scroll) as it is.
    let current_view = Memo::new(move |_| query.read().view);
    let is_view = move |view: View| move || current_view.get() == view;
    let current = move |view: View| move || (current_view.get() == view).then_some("page");
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
        move || match current_view.get() {
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
                {timeline.essay.is_some().then(|| view! {
                    <a
                        href=here.showing_essay().to_search()
                        aria-current=current(View::Essay)
                        class:active=is_view(View::Essay)
                    >
                        "Essay & sources"
                    </a>
                })}
            </nav>
            {(!embed).then(|| view! { <EmbedDialog title /> })}
        </header>
        <main id="main-content" tabindex="-1">
            <LoadWarnings warnings />
            {main_view}
        </main>
        <footer class="site-footer">
            <p>"Source: " {source.description}</p>
            {(!embed).then(|| source.note.map(|n| view! { <p>{n}</p> }))}
        </footer>
    }
}
