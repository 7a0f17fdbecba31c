//! The open event: its date and the basis for it, the essay paragraphs with the quotes
//! highlighted, the citations behind it, editorial notes, and the way to its neighbours and back
//! to the strip.

use leptos::prelude::*;

use super::citation_list::CitationList;
use super::essay_paragraph::EssayParagraph;
use super::event_picture::EventPicture;
use super::panel_nav::PanelNav;
use super::reveal::{keep_in_view_once_still, reveal_focused_in_host};
use super::rich_text::RichTextBlock;
use crate::app::browser::dom_ids::{tab_id, PANEL_ID};
use crate::app::browser::focus::focus_by_id;
use crate::app::state::page_context::{use_content_lang, use_query, use_timeline};
use crate::core::model::timeline::Event;
use crate::core::page::sources_page::cite_page;
use crate::core::panel::passages::quoted_paragraphs;
use crate::locale::panel;

#[component]
pub fn DetailPanel(selected: Memo<Option<usize>>, on_select: Callback<usize>) -> impl IntoView {
    let hint = if use_timeline().essay.is_some() {
        panel::hint_with_essay()
    } else {
        panel::hint()
    };
    move || match selected.get() {
        None => view! {
            <section class="panel panel-empty" aria-label=panel::how_to_use()>
                <p>{hint}</p>
            </section>
        }
        .into_any(),
        Some(index) => view! { <EventDetail index on_select /> }.into_any(),
    }
}

/// One figure per paragraph the event quotes, all of its quotes from it highlighted together.
fn passages(index: usize) -> impl IntoView {
    let timeline = use_timeline();
    let total = timeline.paragraphs().len();
    let essay_search = use_query().get_untracked().showing_essay().to_search();
    quoted_paragraphs(&timeline, index)
        .into_iter()
        .map(|paragraph| {
            let quotes = paragraph.quotes.into_iter().map(|q| (index, q)).collect();
            let essay_link = format!("{essay_search}#essay-{}", paragraph.id);
            view! {
                <figure class="passage">
                    <blockquote lang=use_content_lang()>
                        <p><EssayParagraph text=paragraph.text quotes /></p>
                    </blockquote>
                    <figcaption>
                        {panel::essay_paragraph(paragraph.number, total)}
                        <a href=essay_link>{panel::read_in_essay()}</a>
                    </figcaption>
                </figure>
            }
        })
        .collect_view()
}

/// The date's basis, the description, the sources and the editorial notes of `event`.
fn event_body(event: &Event) -> impl IntoView {
    let basis = event.basis.clone().map(|basis| {
        let kind = basis.kind;
        view! {
            <p class=format!("basis basis-{}", kind.slug())>
                <span class="basis-mark" aria-hidden="true">{kind.glyph()}" "</span>
                <strong>{kind.label()} ". "</strong>
                {basis.reason}
                {basis.rests_on.map(|words| view! {
                    <span class="basis-words">{panel::rests_on_words(words)}</span>
                })}
            </p>
        }
    });
    let timeline = use_timeline();
    let actors = event
        .actors
        .iter()
        .map(|a| view! { <li>{timeline.actor_name(a).to_string()}</li> })
        .collect_view();
    let description = event
        .html
        .clone()
        .map(|text| view! { <RichTextBlock text class="description" /> });
    view! {
        {basis}
        <ul class="actors" aria-label=panel::who()>{actors}</ul>
        {description}
    }
}

fn sources_and_notes(event: &Event) -> impl IntoView {
    let has_citations = !event.footnotes.is_empty() || !event.sources.is_empty();
    let sources = event
        .sources
        .iter()
        .map(|text| view! { <li><RichTextBlock text=text.clone() class="source-line" /></li> })
        .collect_view();
    let notes = (!event.notes.is_empty()).then(|| {
        let items = event
            .notes
            .iter()
            .map(|n| view! { <li>{n.clone()}</li> })
            .collect_view();
        view! {
            <aside class="editorial" aria-labelledby="editorial-heading">
                <h3 id="editorial-heading">{panel::editorial_notes()}</h3>
                <p class="editorial-label">{panel::editorial_label()}</p>
                <ul lang=use_content_lang()>{items}</ul>
            </aside>
        }
    });
    let cite_event = cite_page(&use_query().get_untracked(), Some(&event.id), None).map(|href| {
        view! {
            <p class="cite-event-link">
                <a href=href rel="external">{panel::cite_event()}</a>
                {panel::cite_event_detail()}
            </p>
        }
    });
    view! {
        {has_citations.then(|| view! { <h3>{panel::sources()}</h3> })}
        {(!event.footnotes.is_empty()).then(|| view! {
            <CitationList markers=event.footnotes.clone() />
        })}
        {(!event.sources.is_empty()).then(|| view! { <ul class="source-lines">{sources}</ul> })}
        {notes}
        {cite_event}
    }
}

#[component]
fn EventDetail(index: usize, on_select: Callback<usize>) -> impl IntoView {
    let timeline = use_timeline();
    let event = &timeline.events[index];
    let opener = tab_id(event);
    // Escape, or the button at the panel's foot, hands focus back to the event that opened
    // the panel, which brings the strip back into view (in an embed, the host page is asked).
    let back_to_strip = Callback::new(move |()| {
        focus_by_id(&opener);
        reveal_focused_in_host(&opener);
        keep_in_view_once_still(opener.clone());
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
            <h2 class="panel-headline" lang=use_content_lang()>{event.headline.clone()}</h2>
            {event_body(event)}
            {event.picture.clone().map(|picture| view! {
                <EventPicture picture headline=event.headline.clone() />
            })}
            {(!event.passages.is_empty()).then(|| view! { <h3>{panel::from_the_essay()}</h3> })}
            {passages(index)}
            {sources_and_notes(event)}
            <PanelNav index on_select back=back_to_strip />
        </section>
    }
}
