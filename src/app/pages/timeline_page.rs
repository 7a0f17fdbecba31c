//! The timeline page: the actor filter, the search box, the event strip, the open event's
//! panel, and the status line that announces which event opened. Choosing actors rebuilds
//! the strip and panel on the timeline cut down to their events, so the strip, the search
//! and the panel's previous/next all walk only those.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::panel::detail_panel::DetailPanel;
use crate::app::panel::reveal::{reveal_panel_after_render, Reveal};
use crate::app::panel::rich_text::RichTextBlock;
use crate::app::search::actor_chips::ActorChips;
use crate::app::search::search_box::SearchBox;
use crate::app::search::search_state::provide_search;
use crate::app::state::page_context::{provide_timeline, use_query, use_timeline};
use crate::app::state::url_state::use_go;
use crate::app::strip::event_strip::EventStrip;
use crate::core::model::timeline::Timeline;
use crate::core::search::actor_filter::{actor_choices, with_actors, ActorChoice};
use crate::core::strip::summary::strip_summary;
use crate::locale::{pages, strip};

#[component]
pub fn TimelinePage() -> impl IntoView {
    let all = use_timeline();
    let query = use_query();
    let chosen = Memo::new(move |_| query.read().actors.clone());
    // Off by default: the lane widens the axis to the sources' dates, past the essay's years.
    let evidence = RwSignal::new(false);
    // Counted once: the counts are the whole timeline's, whichever actors are chosen.
    let choices = actor_choices(&all);
    move || {
        let shown = with_actors(&all, &chosen.get());
        view! { <ShownTimeline all=all.clone() shown choices=choices.clone() evidence /> }
    }
}

/// The page for the events `shown` of the whole timeline `all`.
#[component]
fn ShownTimeline(
    all: Arc<Timeline>,
    shown: Arc<Timeline>,
    choices: Vec<ActorChoice>,
    evidence: RwSignal<bool>,
) -> impl IntoView {
    provide_timeline(shown.clone());
    let timeline = shown;
    let query = use_query();
    let go = use_go();
    let search = provide_search();
    let selected = {
        let timeline = timeline.clone();
        Memo::new(move |_| {
            let q = query.read();
            match q.event.as_deref() {
                Some(id) => timeline.event_index(id),
                None => q
                    .start_at
                    .and_then(|start| start.event_index(timeline.events.len())),
            }
        })
    };
    let missing = Memo::new(move |_| {
        query
            .read()
            .event
            .clone()
            .filter(|_| selected.get().is_none())
    });
    let on_select = {
        let timeline = timeline.clone();
        Callback::new(move |index: usize| {
            go(search
                .with_typed_words(query.get_untracked())
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
    let has_evidence = !timeline.evidence.is_empty();
    let status = {
        let timeline = timeline.clone();
        move || selected.get().map(|i| timeline.events[i].name_with_date())
    };
    let notice = move || {
        missing.get().map(|id| {
            let hidden = all
                .events
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.headline.clone());
            view! {
                <p class="notice" role="alert">
                    {match hidden {
                        Some(headline) => pages::hidden_by_filter(headline),
                        None => pages::no_such_event(id),
                    }}
                </p>
            }
        })
    };
    view! {
        {notice}
        <section class="timeline" aria-labelledby="timeline-heading">
            <div class="section-head">
                <h2 id="timeline-heading">{pages::timeline()}</h2>
                <p class="section-meta">{strip_summary(&timeline)}</p>
            </div>
            {timeline.intro_html.clone().map(|text| view! { <RichTextBlock text class="intro" /> })}
            {(choices.len() > 1).then(|| view! { <ActorChips choices /> })}
            <SearchBox search on_select />
            {has_evidence.then(|| view! {
                <button type="button" class="evidence-toggle"
                    aria-pressed=move || if evidence.get() { "true" } else { "false" }
                    on:click=move |_| evidence.update(|on| *on = !*on)>
                    {strip::evidence_heading()}
                </button>
            })}
            {move || view! { <EventStrip selected on_select evidence=evidence.get() /> }}
        </section>
        <DetailPanel selected on_select />
        <p class="visually-hidden event-status" role="status">{status}</p>
    }
}
