//! The timeline's title and source line, and the essay: pasted whole (paragraphs split at
//! blank lines, footnote markers kept where they are), then its paragraphs one by one.

use leptos::prelude::*;

use super::editor::{use_editor, Editor};
use super::paragraph_item::ParagraphItem;
use crate::core::author::draft::Draft;

/// A one-line text field bound to a draft field; each keystroke is part of one undo step.
fn text_field(
    editor: Editor,
    id: &'static str,
    label: &'static str,
    read: fn(&Draft) -> String,
    write: fn(&mut Draft, String),
) -> impl IntoView {
    let value = Memo::new(move |_| editor.draft(read));
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                prop:value=value
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    editor.type_in(id, move |d| write(d, text));
                }
            />
        </div>
    }
}

#[component]
fn PasteEssay() -> impl IntoView {
    let editor = use_editor();
    let pasted = RwSignal::new(String::new());
    let has_essay = Memo::new(move |_| editor.draft(|d| !d.paragraphs.is_empty()));
    let use_text = move |_| {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        editor.edit(|d| {
            d.paste_essay(&text);
        });
        pasted.set(String::new());
    };
    view! {
        <div class="field paste">
            <label for="essay-paste">
                {move || if has_essay.get() {
                    "Replace the essay with pasted text (events keep their quotes where the words are still there)"
                } else {
                    "Paste the essay: paragraphs are split at blank lines; footnote markers such as [4] stay where they are"
                }}
            </label>
            <textarea
                id="essay-paste"
                rows="6"
                prop:value=pasted
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
            <button type="button" on:click=use_text>
                {move || if has_essay.get() { "Replace the essay" } else { "Use as the essay" }}
            </button>
        </div>
    }
}

#[component]
pub fn EssaySection() -> impl IntoView {
    let editor = use_editor();
    let paragraph_ids = Memo::new(move |_| {
        editor.draft(|d| {
            d.paragraphs
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let add_paragraph = move |_| {
        editor.edit(|d| {
            let last = d.paragraphs.len();
            d.insert_paragraph(last, "");
        });
    };
    view! {
        <section class="form-section" id="timeline-fields" aria-labelledby="timeline-fields-heading">
            <h2 id="timeline-fields-heading">"Timeline"</h2>
            {text_field(editor, "title", "Title", |d| d.title.clone(), |d, v| d.title = v)}
            {text_field(editor, "subtitle", "Subtitle (optional)",
                |d| d.subtitle.clone().unwrap_or_default(), |d, v| d.subtitle = Some(v))}
            {text_field(editor, "source-description",
                "Source: the essay’s title, author, and site or address, as one line",
                |d| d.source.clone(), |d, v| d.source = v)}
            {text_field(editor, "source-note", "How it was transcribed (optional)",
                |d| d.source_note.clone().unwrap_or_default(), |d, v| d.source_note = Some(v))}
        </section>
        <section class="form-section" id="essay" tabindex="-1" aria-labelledby="essay-heading">
            <h2 id="essay-heading">"Essay"</h2>
            {text_field(editor, "essay-title", "The essay’s own title (the timeline’s title stands in while it is blank)",
                |d| d.essay_title.clone(), |d, v| d.essay_title = v)}
            <PasteEssay />
            <p class="hint">
                "To make an event, select the words it rests on in a paragraph (with the mouse, or in "
                "a paragraph opened with Edit, with Shift and the arrow keys), then press "
                "“New event from selection” under it."
            </p>
            <ol class="paragraphs">
                <For each=move || paragraph_ids.get() key=|id| id.clone() let:id>
                    <ParagraphItem id />
                </For>
            </ol>
            <button type="button" on:click=add_paragraph>"Add a paragraph"</button>
        </section>
    }
}
