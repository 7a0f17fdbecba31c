//! The whole essay as published, every quoted passage linking to its event, followed by the
//! footnotes and the bibliography exactly as the page lists it.

use leptos::prelude::*;

use crate::app::panel::citation_list::CitationList;
use crate::app::panel::essay_paragraph::EssayParagraph;
use crate::app::state::page_context::{use_content_lang, use_query, use_timeline};
use crate::core::page::sources_page::sources_page;
use crate::locale::pages;

/// The router scrolls to a #fragment before this view exists; do it once it does. Never in an
/// embed, where scrolling on load would drag the host page along.
fn scroll_to_fragment_after_render(embed: bool) {
    request_animation_frame(move || {
        if embed {
            return;
        }
        let hash = window().location().hash().unwrap_or_default();
        if let Some(el) = hash
            .strip_prefix('#')
            .and_then(|id| document().get_element_by_id(id))
        {
            el.scroll_into_view();
        }
    });
}

#[component]
pub fn EssayPage() -> impl IntoView {
    let timeline = use_timeline();
    let Some(title) = timeline.essay.as_ref().map(|e| e.title.clone()) else {
        return view! {
            <p class="notice">{pages::no_essay()}</p>
        }
        .into_any();
    };
    let paragraphs = timeline
        .paragraphs()
        .iter()
        .map(|paragraph| {
            let quotes: Vec<(usize, String)> = timeline
                .quotes_in(&paragraph.id)
                .into_iter()
                .map(|(i, q)| (i, q.to_string()))
                .collect();
            view! {
                <p class="essay-paragraph" id=format!("essay-{}", paragraph.id) lang=use_content_lang()>
                    <EssayParagraph text=paragraph.text.clone() quotes link_events=true />
                </p>
            }
        })
        .collect_view();
    let markers = timeline.essay_markers();
    let bibliography = timeline
        .bibliography
        .iter()
        .map(|b| view! { <li>{b.text.clone()}</li> })
        .collect_view();
    let listed = pages::entries_listed(timeline.bibliography.len(), markers.len());
    let query = use_query().get_untracked();
    scroll_to_fragment_after_render(query.embed);
    let take_away = sources_page(&query, None).map(|href| {
        view! {
            <p class="sources-link">
                <a href=href rel="external">{pages::cite_these_sources()}</a>
            </p>
        }
    });

    view! {
        <article class="essay" aria-labelledby="essay-title">
            <p class="essay-kicker">{pages::essay_as_published()}</p>
            <h2 id="essay-title" lang=use_content_lang()>{title}</h2>
            <p class="essay-help">
                {pages::essay_help()}
            </p>
            {paragraphs}
            <section class="essay-notes" aria-labelledby="footnotes-heading">
                <h3 id="footnotes-heading">{pages::footnotes()}</h3>
                <CitationList markers anchors=true />
            </section>
            <section class="essay-notes" aria-labelledby="bibliography-heading">
                <h3 id="bibliography-heading">{pages::bibliography_as_listed()}</h3>
                <p>{listed}</p>
                <ol class="bibliography" lang=use_content_lang()>{bibliography}</ol>
                {take_away}
            </section>
        </article>
    }
    .into_any()
}
