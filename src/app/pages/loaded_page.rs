//! A loaded timeline: provides it to every component, and puts the header with the view
//! switch, the chosen view and the source line around it. With `?embed=1` the chrome is
//! compact and the title opens the full page in a new tab.

use std::sync::Arc;

use leptos::prelude::*;

use super::essay_page::EssayPage;
use super::load_error::LoadWarnings;
use super::open_file::OpenFile;
use super::timeline_page::TimelinePage;
use crate::app::browser::reference_metadata::keep_reference_metadata;
use crate::app::state::page_context::{provide_timeline, use_content_lang, use_query};
use crate::app::state::url_state::app_url;
use crate::core::load::problem::Problem;
use crate::core::model::timeline::Timeline;
use crate::core::page::app_query::{AppQuery, View};
use crate::core::page::embed_snippet::embed_page_link;
use crate::core::page::language_link::language_link;
use crate::core::page::sources_page::{handout_page, sources_page};
use crate::locale::language::{other_lang, other_name};
use crate::locale::pages;

/// The title: a heading on the full page, a link to the full page inside a frame.
fn brand(timeline: &Timeline, embed: bool) -> AnyView {
    let title = timeline.title.clone();
    if embed {
        let here = use_query().get_untracked();
        let full_page = format!("{}{}", app_url(), here.full_page().to_search());
        view! {
            <p class="brand-title">
                <a href=full_page target="_blank" rel="noopener">
                    {title}
                    <span class="visually-hidden">{pages::opens_full_page()}</span>
                    <span aria-hidden="true">" ↗"</span>
                </a>
            </p>
        }
        .into_any()
    } else {
        view! {
            <h1 class="brand-title" lang=use_content_lang()>{title}</h1>
            {timeline.subtitle.clone().map(|s| view! { <p class="brand-subtitle" lang=use_content_lang()>{s}</p> })}
        }
        .into_any()
    }
}

/// Links to what the shipped timeline offers to take away: the printable handout and the
/// sources page (citations and exports); none for a file opened with `?src=` or from the
/// device. Outside a frame, the editor too, to make one's own.
fn take_away(here: &AppQuery, embed: bool) -> impl IntoView {
    let shipped = handout_page(here).zip(sources_page(here, None));
    if shipped.is_none() && embed {
        return None;
    }
    let has_shipped = shipped.is_some();
    Some(view! {
        <p class="take-away">
            // rel=external: pages beside the app, not views the router shows.
            {shipped.map(|(handout, sources)| view! {
                <a href=handout rel="external">{pages::print_handout()}</a>
                " · "
                <a href=sources rel="external">{pages::cite_sources()}</a>
            })}
            {(!embed).then(|| view! {
                {has_shipped.then_some(" · ")}
                <a href="author.html" rel="external">{pages::make_your_own()}</a>
            })}
        </p>
    })
}

#[component]
pub fn LoadedPage(timeline: Arc<Timeline>, warnings: Vec<Problem>, embed: bool) -> impl IntoView {
    provide_timeline(timeline.clone());
    let query = use_query();
    keep_reference_metadata(timeline.clone(), query);
    // Only a change of view rebuilds the page; opening an event must keep the strip (and its
    // zoom and scroll) as it is.
    let current_view = Memo::new(move |_| query.read().view);
    let is_view = move |view: View| move || current_view.get() == view;
    let current = move |view: View| move || (current_view.get() == view).then_some("page");
    let here = query.get_untracked();
    let source = timeline.source.clone();
    let main_view = move || match current_view.get() {
        View::Timeline => view! { <TimelinePage /> }.into_any(),
        View::Essay => view! { <EssayPage /> }.into_any(),
    };
    view! {
        <header class="site-header">
            <div class="brand">{brand(&timeline, embed)}</div>
            <nav class="view-switch" aria-label=pages::views()>
                <a
                    href=here.opening(None).to_search()
                    aria-current=current(View::Timeline)
                    class:active=is_view(View::Timeline)
                >
                    {pages::timeline()}
                </a>
                {timeline.essay.is_some().then(|| view! {
                    <a
                        href=here.showing_essay().to_search()
                        aria-current=current(View::Essay)
                        class:active=is_view(View::Essay)
                    >
                        {pages::essay_and_sources()}
                    </a>
                })}
            </nav>
            {(!embed).then(|| {
                let title = timeline.title.clone();
                let language = timeline.language.clone();
                // Beside it, the same view in the other language (its own page and Wasm).
                view! {
                    <a class="embed-link" rel="external"
                        href=move || embed_page_link(&query.read(), &title, language.as_deref())>{pages::embed()}</a>
                    <a class="language-switch" rel="external" hreflang=other_lang() lang=other_lang()
                        href=move || language_link(&query.read())>{other_name()}</a>
                }
            })}

        </header>
        <main id="main-content" tabindex="-1">
            <LoadWarnings warnings />
            {main_view}
        </main>
        <footer class="site-footer">
            <p>{pages::source()} {source.description}</p>
            {(!embed).then(|| source.note.map(|n| view! { <p>{n}</p> }))}
            {take_away(&here, embed)}
            {(!embed).then(|| view! { <OpenFile /> })}
        </footer>
    }
}
