//! What the words selected in one paragraph can become: a new event, another passage of
//! the open event, or the words its date rests on; and what the selection would quote, with
//! the footnotes it suggests.

use leptos::prelude::*;

use super::editor::use_editor;
use super::selection_watch::clear_page_selection;
use crate::app::browser::focus::focus_in_place_after_render;
use crate::core::author::checks::event_field_id;
use crate::locale::editor_form;

#[component]
pub fn SelectionActions(
    /// The paragraph's place in the essay, while it is there.
    index: Memo<Option<usize>>,
) -> impl IntoView {
    let editor = use_editor();
    let selected = Memo::new(move |_| {
        let selection = editor.selection.get()?;
        (Some(selection.paragraph) == index.get()).then_some(selection)
    });
    let preview = Memo::new(move |_| {
        let selection = selected.get()?;
        editor.draft(|d| d.select(selection).ok())
    });
    let has_selection = Memo::new(move |_| preview.get().is_some());
    let open_headline = Memo::new(move |_| {
        let open = editor.open_event.get()?;
        editor.event(&open, |e| e.headline.clone())
    });
    let new_event = move |_| {
        let Some(selection) = selected.get_untracked() else {
            return;
        };
        let mut made = None;
        editor.edit(|d| made = d.add_event_from_selection(selection).ok());
        if let Some(event_id) = made {
            editor.selection.set(None);
            clear_page_selection();
            focus_in_place_after_render(format!("{}-headline", event_field_id(&event_id)));
            editor.open_event.set(Some(event_id));
        }
    };
    let add_passage = move |_| {
        let (Some(selection), Some(open)) =
            (selected.get_untracked(), editor.open_event.get_untracked())
        else {
            return;
        };
        editor.edit(|d| {
            let _ = d.add_passage_from_selection(&open, selection);
        });
        editor.selection.set(None);
        clear_page_selection();
    };
    let rests_on = move |_| {
        let (Some(selection), Some(open)) =
            (selected.get_untracked(), editor.open_event.get_untracked())
        else {
            return;
        };
        editor.edit(|d| {
            let _ = d.set_rests_on_from_selection(&open, selection);
        });
        editor.selection.set(None);
        clear_page_selection();
    };
    view! {
            <p class="selection-note" aria-live="polite">
                {move || preview.get().map(|p| {
                    let markers = if p.suggested_footnotes.is_empty() {
                        String::new()
                    } else {
                        let list: Vec<String> = p.suggested_footnotes.iter().map(|m| format!("[{m}]")).collect();
                        editor_form::footnotes_suggested(list.join(" "))
                    };
                    editor_form::selected(p.quote, markers)
                })}
            </p>
            // Shown while words of this paragraph are selected, right after them in the
            // tab order.
            {move || has_selection.get().then(|| view! {
                <div class="paragraph-actions selection-actions">
                    <button type="button" class="primary" on:click=new_event>{editor_form::new_event()}</button>
                    {move || open_headline.get().map(|headline| {
                        let name = if headline.trim().is_empty() { editor_form::the_open_event().to_string() } else { format!("“{headline}”") };
                        view! {
                            <button type="button" on:click=add_passage>{editor_form::add_as_passage(name)}</button>
                            <button type="button" on:click=rests_on>{editor_form::date_rests_on()}</button>
                        }
                    })}
                </div>
            })}
    }
}
