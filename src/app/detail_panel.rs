//! The open event: its date and the basis for it, the essay paragraphs with the quotes
//! highlighted, the citations behind it, editorial notes, and the way to its neighbours and back
//! to the strip.

use std::sync::Arc;

use leptos::prelude::*;

use super::citation_list::CitationList;
use super::essay_paragraph::EssayParagraph;
use super::event_strip::tab_id;
use super::focus::{focus_by_id, focus_in_place_after_render};
use super::panel_reveal::reveal_focused_in_host;
use super::rich_text::RichText;
use super::url_state::use_app_query;
use crate::core::model::timeline::Timeline;

/// The open event's panel: the strip's selected tab controls it, opening an event scrolls to it.
pub const PANEL_ID: &str = "event-panel";

#[component]
pub fn DetailPanel(
    timeline: Arc<Timeline>,
    selected: Memo<Option<usize>>,
    on_select: Callback<usize>,
) -> impl IntoView {
    let hint = if timeline.essay.is_some() {
        "Choose an event on the timeline to read the essay passage behind it, \
         the quote highlighted, with the sources it cites."
    } else {
        "Choose an event on the timeline to read its description and sources here."
    };
    move || match selected.get() {
        None => view! {
            <section class="panel panel-empty" aria-label="How to use the timeline">
                <p>{hint}</p>
            </section>
        }
        .into_any(),
        Some(index) => {
            view! { <EventDetail timeline=timeline.clone() index on_select /> }.into_any()
        }
    }
}

#[component]
fn EventDetail(timeline: Arc<Timeline>, index: usize, on_select: Callback<usize>) -> impl IntoView {
    let event = &timeline.events[index];
    let total_paragraphs = timeline.paragraphs().len();
    let essay_search = use_app_query().get_untracked().showing_essay().to_search();

    // One figure per paragraph, all of the event's quotes from it highlighted together.
    let mut paragraph_ids: Vec<&str> = Vec::new();
    for passage in &event.passages {
        if !paragraph_ids.contains(&passage.paragraph.as_str()) {
            paragraph_ids.push(&passage.paragraph);
        }
    }
    let passages = paragraph_ids
        .into_iter()
        .filter_map(|pid| {
            let number = timeline.paragraphs().iter().position(|p| p.id == pid)? + 1;
            let paragraph = timeline.paragraph(pid)?;
            let quotes: Vec<(usize, String)> = event
                .passages
                .iter()
                .filter(|p| p.paragraph == pid)
                .map(|p| (index, p.quote.clone()))
                .collect();
            let essay_link = format!("{essay_search}#essay-{pid}");
            Some(view! {
                <figure class="passage">
                    <blockquote>
                        <p><EssayParagraph text=paragraph.text.clone() quotes /></p>
                    </blockquote>
                    <figcaption>
                        {format!("Essay, paragraph {number} of {total_paragraphs}. ")}
                        <a href=essay_link>"Read in the essay"</a>
                    </figcaption>
                </figure>
            })
        })
        .collect_view();

    let actors = event
        .actors
        .iter()
        .map(|a| view! { <li>{timeline.actor_name(a).to_string()}</li> })
        .collect_view();
    let notes = (!event.notes.is_empty()).then(|| {
        let items = event
            .notes
            .iter()
            .map(|n| view! { <li>{n.clone()}</li> })
            .collect_view();
        view! {
            <aside class="editorial" aria-labelledby="editorial-heading">
                <h3 id="editorial-heading">"Editorial notes"</h3>
                <p class="editorial-label">"Added by the timeline’s editors; not the essay’s words."</p>
                <ul>{items}</ul>
            </aside>
        }
    });

    let neighbour = |target: Option<usize>, id: &'static str, arrow_first: bool| {
        target.map(|t| {
            let headline = timeline.events[t].headline.clone();
            let (before, after) = if arrow_first {
                ("← ", "")
            } else {
                ("", " →")
            };
            let label = if arrow_first {
                "Previous event"
            } else {
                "Next event"
            };
            view! {
                <button type="button" id=id class="neighbour"
                    on:click=move |_| {
                        on_select.run(t);
                        focus_in_place_after_render(id.to_string());
                    }>
                    <span class="neighbour-label">{before}{label}{after}</span>
                    <span class="neighbour-headline">{headline}</span>
                </button>
            }
        })
    };
    let previous = neighbour(index.checked_sub(1), "panel-previous", true);
    let next = neighbour(
        (index + 1 < timeline.events.len()).then_some(index + 1),
        "panel-next",
        false,
    );
    let basis = event.basis.clone().map(|basis| {
        let kind = basis.kind;
        view! {
            <p class=format!("basis basis-{}", kind.slug())>
                <span class="basis-mark" aria-hidden="true">{kind.glyph()}" "</span>
                <strong>{kind.label()} ". "</strong>
                {basis.reason}
            </p>
        }
    });
    let description = event
        .html
        .clone()
        .map(|html| view! { <RichText html class="description" /> });
    let has_passages = !event.passages.is_empty();
    let has_citations = !event.footnotes.is_empty() || !event.sources.is_empty();
    let sources = event
        .sources
        .iter()
        .map(|html| view! { <li><RichText html=html.clone() class="source-line" /></li> })
        .collect_view();
    let opener = tab_id(event);
    // Escape, or the button at the panel's foot, hands focus back to the event that opened
    // the panel, which brings the strip back into view (in an embed, the host page is asked).
    let back_to_strip = Callback::new(move |()| {
        focus_by_id(&opener);
        reveal_focused_in_host(&opener);
    });
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            back_to_strip.run(());
        }
    };

    view! {
        <section
            class="panel"
            role="tabpanel"
            id=PANEL_ID
            tabindex="0"
            aria-labelledby=tab_id(event)
            data-detail-for=event.id.clone()
            on:keydown=on_keydown
        >
            <p class="panel-date">{event.date_label()}</p>
            <h2 class="panel-headline">{event.headline.clone()}</h2>
            {basis}
            <ul class="actors" aria-label="Who">{actors}</ul>
            {description}
            {has_passages.then(|| view! { <h3>"From the essay"</h3> })}
            {passages}
            {has_citations.then(|| view! { <h3>"Sources"</h3> })}
            {(!event.footnotes.is_empty()).then(|| view! {
                <CitationList timeline=timeline.clone() markers=event.footnotes.clone() />
            })}
            {(!event.sources.is_empty()).then(|| view! { <ul class="source-lines">{sources}</ul> })}
            {notes}
            <nav class="panel-nav" aria-label="From this event">
                {previous}
                <button type="button" class="back-to-strip" on:click=move |_| back_to_strip.run(())>
                    <span aria-hidden="true">"↑ "</span>"Back to the timeline"
                </button>
                {next}
            </nav>
        </section>
    }
}
