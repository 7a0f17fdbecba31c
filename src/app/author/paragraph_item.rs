//! One paragraph of the essay: shown with the words events quote marked, or edited in a text
//! field, with what can be done with the words selected in it (`SelectionActions`).

use leptos::prelude::*;

use super::editor::use_editor;
use super::selection_actions::SelectionActions;
use crate::core::author::checks::paragraph_field_id;
use crate::core::author::essay_marks::quoted_pieces;
use crate::locale::editor_form;

// `data-paragraph-id` is how `selection_watch` finds the paragraph a selection is in.

/// The paragraph's text exactly, quoted pieces in `<mark>`: the text node for node as the
/// draft holds it, so selections in it count as the draft counts.
fn shown_text(text: &str, quotes: &[String]) -> impl IntoView {
    let quotes: Vec<&str> = quotes.iter().map(String::as_str).collect();
    quoted_pieces(text, &quotes)
        .into_iter()
        .map(|(range, quoted)| {
            let piece = text[range].to_string();
            if quoted {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}

#[component]
pub fn ParagraphItem(id: String) -> impl IntoView {
    let editor = use_editor();
    let editing = RwSignal::new(false);
    let field_id = paragraph_field_id(&id);
    let text_id = format!("{field_id}-text");
    let index = {
        let id = id.clone();
        Memo::new(move |_| editor.draft(|d| d.paragraph_index(&id)))
    };
    let text = Memo::new(move |_| {
        index
            .get()
            .map(|i| editor.draft(|d| d.paragraphs[i].text.clone()))
            .unwrap_or_default()
    });
    let quotes = {
        let id = id.clone();
        Memo::new(move |_| {
            editor.draft(|d| {
                d.events
                    .iter()
                    .flat_map(|e| e.passages.iter())
                    .filter(|p| p.paragraph == id)
                    .map(|p| p.quote.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    let remove = move |_| {
        if let Some(i) = index.get_untracked() {
            editor.edit(|d| {
                d.remove_paragraph(i);
            });
        }
    };
    let number = move || index.get().map_or(0, |i| i + 1);
    let on_input = {
        let text_id = text_id.clone();
        move |ev| {
            let value = event_target_value(&ev);
            if let Some(i) = index.get_untracked() {
                editor.type_in(&text_id, |d| {
                    d.edit_paragraph(i, &value);
                });
            }
        }
    };
    let body = {
        let id = id.clone();
        let text_id = text_id.clone();
        move || {
            if editing.get() {
                view! {
                    <textarea
                        id=text_id.clone()
                        class="paragraph-field"
                        rows="6"
                        data-paragraph-id=id.clone()
                        aria-label=move || editor_form::paragraph(number())
                        prop:value=text
                        on:input=on_input.clone()
                    ></textarea>
                }
                .into_any()
            } else {
                view! {
                    <p class="paragraph-text" data-paragraph-id=id.clone()>
                        {move || shown_text(&text.get(), &quotes.get())}
                    </p>
                }
                .into_any()
            }
        }
    };
    view! {
        <li class="paragraph-item" id=field_id tabindex="-1">
            <p class="paragraph-number">{move || editor_form::paragraph(number())}</p>
            {body}
            <SelectionActions index />
            <div class="paragraph-actions">
                <button type="button" aria-pressed=move || if editing.get() { "true" } else { "false" }
                    on:click=move |_| editing.update(|e| *e = !*e)>
                    {editor_form::edit()} <span class="visually-hidden">{move || editor_form::paragraph_named(number())}</span>
                </button>
                <button type="button" class="quiet" on:click=remove>
                    {editor_form::remove()} <span class="visually-hidden">{move || editor_form::paragraph_named(number())}</span>
                </button>
            </div>
        </li>
    }
}
