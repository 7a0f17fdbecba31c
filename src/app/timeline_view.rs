//! The timeline page: the event strip, the open event's panel, and the status line that
//! announces which event opened.

use std::sync::Arc;

use leptos::prelude::*;

use super::detail_panel::DetailPanel;
use super::event_strip::EventStrip;
use super::panel_reveal::{reveal_panel_after_render, Reveal};
use super::rich_text::RichText;
use super::url_state::{use_app_query, use_go};
use crate::core::model::event_date::year_label;
use crate::core::model::timeline::Timeline;

#[component]
pub fn TimelineView(timeline: Arc<Timeline>) -> impl IntoView {
    let query = use_app_query();
    let go = use_go();
    let selected = {
        let timeline = timeline.clone();
        Memo::new(move |_| {
            query
                .read()
                .event
                .as_deref()
                .and_then(|id| timeline.event_index(id))
        })
    };
    let unknown_id = Memo::new(move |_| {
        query
            .read()
            .event
            .clone()
            .filter(|_| selected.get().is_none())
    });
    let on_select = {
        let timeline = timeline.clone();
        Callback::new(move |index: usize| {
            go(query
                .get_untracked()
                .opening(Some(&timeline.events[index].id)));
            reveal_panel_after_render(Reveal::Smooth);
        })
    };
    // A page opened on an event (a teacher's link, a quote in the essay) shows its panel. Not
    // in an embed, which must not scroll the host page. The strip takes its full height in
    // the first frame, once measured, so the panel is placed for good only in the next.
    let opened_on_event = selected.get_untracked().is_some();
    if opened_on_event && !query.get_untracked().embed {
        request_animation_frame(|| reveal_panel_after_render(Reveal::AtOnce));
    }
    let status = {
        let timeline = timeline.clone();
        move || selected.get().map(|i| timeline.events[i].name_with_date())
    };
    let years = match (timeline.events.first(), timeline.events.last()) {
        (Some(first), Some(last)) => format!(
            "{} events, {}–{}",
            timeline.events.len(),
            year_label(first.date.year()),
            year_label(last.span().end.unwrap_or(last.date).year())
        ),
        _ => String::new(),
    };
    view! {
        {move || {
            unknown_id
                .get()
                .map(|id| {
                    view! {
                        <p class="notice" role="alert">
                            "There is no event “" {id} "” in this timeline. "
                            "Here is the whole timeline; choose an event from it."
                        </p>
                    }
                })
        }}
        <section class="timeline" aria-labelledby="timeline-heading">
            <div class="section-head">
                <h2 id="timeline-heading">"Timeline"</h2>
                <p class="section-meta">{years}</p>
            </div>
            {timeline.intro_html.clone().map(|html| view! { <RichText html class="intro" /> })}
            <EventStrip timeline=timeline.clone() selected on_select />
        </section>
        <DetailPanel timeline selected on_select />
        <p class="visually-hidden" role="status">{status}</p>
    }
}
