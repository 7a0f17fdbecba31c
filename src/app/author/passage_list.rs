//! An event's passages: each quote with its paragraph, and what became of its words: still
//! there, moved to another paragraph (to confirm), or gone (flagged, never dropped: the
//! author mends it with a new selection or removes it).

use leptos::prelude::*;

use super::editor::use_editor;
use crate::core::author::checks::event_field_id;
use crate::core::author::draft::PassageState;
use crate::locale::editor_form;

#[component]
pub fn PassageList(id: String) -> impl IntoView {
    let editor = use_editor();
    let key = event_field_id(&id);
    let passages = {
        let id = id.clone();
        Memo::new(move |_| {
            editor.draft(|d| {
                d.event(&id)
                    .map(|e| {
                        e.passages
                            .iter()
                            .map(|p| {
                                (
                                    p.quote.clone(),
                                    d.paragraph_index(&p.paragraph).map(|i| i + 1),
                                    p.state.clone(),
                                )
                            })
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        })
    };
    let has_selection = Memo::new(move |_| editor.selection.get().is_some());
    let item = {
        let (id, key) = (id.clone(), key.clone());
        move |(index, (quote, paragraph, state)): (usize, (String, Option<usize>, PassageState))| {
            let quote_id = format!("{key}-passage-{index}-quote");
            let place = paragraph.map_or(editor_form::removed_paragraph().to_string(), |n| {
                editor_form::in_paragraph(n)
            });
            let flag = match &state {
                PassageState::Found => None,
                PassageState::Moved { .. } => Some(editor_form::words_moved(&place)),
                PassageState::Missing => Some(editor_form::words_missing().to_string()),
            };
            let (remove_id, replace_id, confirm_id) = (id.clone(), id.clone(), id.clone());
            let missing = state == PassageState::Missing;
            let moved = matches!(state, PassageState::Moved { .. });
            view! {
                <li class="passage-item" class:missing=missing class:moved=moved id=format!("{key}-passage-{index}")>
                    <blockquote id=quote_id tabindex="-1">{format!("“{quote}”")}</blockquote>
                    <p class="passage-place">{editor_form::passage_from(index + 1, &place)}</p>
                    {flag.map(|text| view! { <p class="passage-flag">{text}</p> })}
                    <div class="passage-actions">
                        {moved.then(|| view! {
                            <button type="button" on:click=move |_| editor.edit(|d| { d.confirm_moved_passage(&confirm_id, index); })>
                                {editor_form::confirm_moved()}
                            </button>
                        })}
                        <button type="button" disabled=move || !has_selection.get() on:click=move |_| {
                            if let Some(selection) = editor.selection.get_untracked() {
                                editor.edit(|d| { let _ = d.replace_passage_from_selection(&replace_id, index, selection); });
                                editor.selection.set(None);
                            }
                        }>
                            {editor_form::replace_with_selection()}
                        </button>
                        <button type="button" class="quiet" on:click=move |_| editor.edit(|d| { d.remove_passage(&remove_id, index); })>
                            {editor_form::remove_passage(index + 1)}
                        </button>
                    </div>
                </li>
            }
        }
    };
    view! {
        <fieldset class="passages" id=format!("{key}-passages")>
            <legend>{editor_form::passages()}</legend>
            <ol>
                {move || passages.get().into_iter().enumerate().map(item.clone()).collect_view()}
            </ol>
        </fieldset>
    }
}
