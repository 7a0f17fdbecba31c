//! The live preview: the reader's own strip and panel, given the timeline the draft makes
//! now (`Draft::preview`) and rebuilt when it changes. Choosing an event there opens it in
//! the form; links in the preview that would leave the editor are kept inside it.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::checks_section::go_to_field;
use super::editor::{use_editor, Editor};
use crate::app::panel::detail_panel::DetailPanel;
use crate::app::state::page_context::provide_timeline;
use crate::app::strip::event_strip::EventStrip;
use crate::core::author::checks::{event_field_id, paragraph_field_id};
use crate::core::author::preview::Preview;
use crate::core::page::app_query::AppQuery;
use crate::core::strip::summary::strip_summary;
use crate::locale::editor;

/// The reader's components read the page's query; in the preview it names a file of no
/// address, so they offer no links to the shipped timeline's sources pages.
const PREVIEW_SOURCE: &str = "draft";

#[component]
fn PreviewTimeline(preview: Arc<Preview>) -> impl IntoView {
    let editor = use_editor();
    let timeline = Arc::new(preview.timeline.clone());
    provide_timeline(timeline.clone());
    provide_context(Memo::new(|_| AppQuery {
        src: Some(PREVIEW_SOURCE.to_string()),
        ..AppQuery::default()
    }));
    let selected = {
        let timeline = timeline.clone();
        Memo::new(move |_| {
            editor
                .open_event
                .get()
                .and_then(|id| timeline.event_index(&id))
        })
    };
    let on_select = {
        let timeline = timeline.clone();
        Callback::new(move |index: usize| {
            let id = timeline.events[index].id.clone();
            editor.open_event.set(Some(id.clone()));
            editor.preview_shown.set(false);
            go_to_field(editor, event_field_id(&id));
        })
    };
    let undated = (preview.undated > 0).then(|| {
        let n = preview.undated;
        let text = if n == 1 {
            editor::one_undated().to_string()
        } else {
            editor::undated(n)
        };
        view! { <p class="hint">{text}</p> }
    });
    if timeline.events.is_empty() {
        return view! {
            {undated}
            <p class="hint">{editor::preview_empty()}</p>
        }
        .into_any();
    }
    view! {
        <p class="section-meta">{strip_summary(&timeline)}</p>
        {undated}
        <EventStrip selected on_select />
        <DetailPanel selected on_select />
    }
    .into_any()
}

/// Keeps the preview's links in the editor: "Read in the essay" moves to the paragraph in
/// the form; other links of the reader's (`?…`) would only reload this page.
fn keep_links_inside(editor: Editor, ev: leptos::ev::MouseEvent) {
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
    else {
        return;
    };
    let href = link.get_attribute("href").unwrap_or_default();
    if !href.starts_with('?') && !href.starts_with('#') {
        return;
    }
    ev.prevent_default();
    if let Some(paragraph) = href.split_once("#essay-").map(|(_, id)| id.to_string()) {
        editor.preview_shown.set(false);
        go_to_field(editor, paragraph_field_id(&paragraph));
    }
}

#[component]
pub fn PreviewPane() -> impl IntoView {
    let editor = use_editor();
    let preview = Memo::new(move |_| Arc::new(editor.draft(|d| d.preview())));
    view! {
        <div class="preview" on:click=move |ev| keep_links_inside(editor, ev)>
            {move || view! { <PreviewTimeline preview=preview.get() /> }}
        </div>
    }
}
