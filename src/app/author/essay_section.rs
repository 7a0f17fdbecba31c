//! The timeline's title, language and source line, and the essay: pasted whole (paragraphs split at
//! blank lines, footnote markers kept where they are), then its paragraphs one by one.

use leptos::prelude::*;

use super::editor::{use_editor, Editor};
use super::paragraph_item::ParagraphItem;
use crate::core::author::draft::Draft;
use crate::core::model::language_tag::LANGUAGE_SUGGESTIONS;
use crate::locale::editor_form;

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

/// The language of the timeline's words, as a tag: typed, or chosen from the commonest
/// (`LANGUAGE_SUGGESTIONS`, each named in its own language); the checks say when what is
/// typed is not a tag.
fn language_field(editor: Editor) -> impl IntoView {
    let value = Memo::new(move |_| editor.draft(|d| d.language.clone().unwrap_or_default()));
    let options = LANGUAGE_SUGGESTIONS
        .iter()
        .map(|(tag, name)| view! { <option value=*tag>{*name}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for="language">{editor_form::language()}</label>
            <input
                id="language"
                type="text"
                list="language-tags"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="language-hint"
                prop:value=value
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    editor.type_in("language", move |d| d.language = Some(text));
                }
            />
            <datalist id="language-tags">{options}</datalist>
            <p class="hint" id="language-hint">{editor_form::language_hint()}</p>
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
                    editor_form::replace_essay_label()
                } else {
                    editor_form::paste_essay_label()
                }}
            </label>
            <textarea
                id="essay-paste"
                rows="6"
                prop:value=pasted
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
            <button type="button" on:click=use_text>
                {move || if has_essay.get() { editor_form::replace_essay() } else { editor_form::use_as_essay() }}
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
            <h2 id="timeline-fields-heading">{editor_form::timeline()}</h2>
            {text_field(editor, "title", editor_form::title(), |d| d.title.clone(), |d, v| d.title = v)}
            {text_field(editor, "subtitle", editor_form::subtitle(),
                |d| d.subtitle.clone().unwrap_or_default(), |d, v| d.subtitle = Some(v))}
            {language_field(editor)}
            {text_field(editor, "source-description", editor_form::source(),
                |d| d.source.clone(), |d, v| d.source = v)}
            {text_field(editor, "source-note", editor_form::source_note(),
                |d| d.source_note.clone().unwrap_or_default(), |d, v| d.source_note = Some(v))}
        </section>
        <section class="form-section" id="essay" tabindex="-1" aria-labelledby="essay-heading">
            <h2 id="essay-heading">{editor_form::essay()}</h2>
            {text_field(editor, "essay-title", editor_form::essay_title(),
                |d| d.essay_title.clone(), |d, v| d.essay_title = v)}
            <PasteEssay />
            <p class="hint">{editor_form::how_to_make_event()}</p>
            <ol class="paragraphs">
                <For each=move || paragraph_ids.get() key=|id| id.clone() let:id>
                    <ParagraphItem id />
                </For>
            </ol>
            <button type="button" on:click=add_paragraph>{editor_form::add_paragraph()}</button>
        </section>
    }
}
