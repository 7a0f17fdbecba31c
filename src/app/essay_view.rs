//! The whole essay as published, every quoted passage linking to its event, followed by the
//! footnotes and the bibliography exactly as the page lists it.

use std::sync::Arc;

use leptos::prelude::*;

use super::citation_list::CitationList;
use super::essay_paragraph::EssayParagraph;
use super::url_state::use_app_query;
use crate::core::model::timeline::Timeline;
use crate::core::text::footnote_marker::find_markers;

#[component]
pub fn EssayView(timeline: Arc<Timeline>) -> impl IntoView {
    let Some(title) = timeline.essay.as_ref().map(|e| e.title.clone()) else {
        return view! {
            <p class="notice">"This timeline has no essay: its events carry their own descriptions."</p>
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
                <p class="essay-paragraph" id=format!("essay-{}", paragraph.id)>
                    <EssayParagraph
                        text=paragraph.text.clone()
                        quotes
                        link_events=timeline.clone()
                    />
                </p>
            }
        })
        .collect_view();
    let mut markers: Vec<u32> = timeline
        .paragraphs()
        .iter()
        .flat_map(|p| find_markers(&p.text))
        .map(|m| m.number)
        .collect();
    markers.sort_unstable();
    markers.dedup();
    let bibliography = timeline
        .bibliography
        .iter()
        .map(|b| view! { <li>{b.text.clone()}</li> })
        .collect_view();
    let entry_count = timeline.bibliography.len();
    let marker_count = markers.len();

    // The router scrolls to a #fragment before this view exists; do it once it does. Never in
    // an embed, where scrolling on load would drag the host page along.
    let embed = use_app_query().get_untracked().embed;
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

    view! {
        <article class="essay" aria-labelledby="essay-title">
            <p class="essay-kicker">"The essay, as published"</p>
            <h2 id="essay-title">{title}</h2>
            <p class="essay-help">
                "Highlighted passages are quoted on the timeline: select one to open its event."
            </p>
            {paragraphs}
            <section class="essay-notes" aria-labelledby="footnotes-heading">
                <h3 id="footnotes-heading">"Footnotes"</h3>
                <CitationList timeline=timeline.clone() markers anchors=true />
            </section>
            <section class="essay-notes" aria-labelledby="bibliography-heading">
                <h3 id="bibliography-heading">"Bibliography as listed on the page"</h3>
                <p>
                    {format!(
                        "The page lists these {entry_count} entries in this order, without footnote numbers, for {marker_count} footnote markers."
                    )}
                </p>
                <ol class="bibliography">{bibliography}</ol>
            </section>
        </article>
    }
    .into_any()
}
