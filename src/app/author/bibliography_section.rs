//! The bibliography as a list of entries, each exactly as the source lists it: pasted as a
//! list (numbered lists pair entries with markers, as the source pairs them) or added one by
//! one, then edited or removed.

use leptos::prelude::*;

use super::editor::use_editor;
use crate::core::author::checks::entry_field_id;
use crate::locale::editor_form;

#[component]
fn EntryItem(id: String) -> impl IntoView {
    let editor = use_editor();
    let field_id = entry_field_id(&id);
    let text_id = format!("{field_id}-text");
    let number = {
        let id = id.clone();
        Memo::new(move |_| {
            editor
                .draft(|d| d.bibliography.iter().position(|e| e.id == id))
                .map_or(0, |i| i + 1)
        })
    };
    let text = {
        let id = id.clone();
        Memo::new(move |_| {
            editor.draft(|d| d.entry(&id).map(|e| e.text.clone()).unwrap_or_default())
        })
    };
    let on_input = {
        let (id, text_id) = (id.clone(), text_id.clone());
        move |ev| {
            let value = event_target_value(&ev);
            editor.type_in(&text_id, |d| {
                if let Some(entry) = d.bibliography.iter_mut().find(|e| e.id == id) {
                    entry.text = value;
                }
            });
        }
    };
    let remove = move |_| {
        let id = id.clone();
        editor.edit(move |d| d.remove_entry(&id));
    };
    view! {
        <li class="entry-item" id=field_id tabindex="-1">
            <label for=text_id.clone()>{move || editor_form::entry(number.get())}</label>
            <textarea id=text_id rows="2" prop:value=text on:input=on_input></textarea>
            <button type="button" class="quiet" on:click=remove>
                {editor_form::remove()} <span class="visually-hidden">{move || editor_form::entry_named(number.get())}</span>
            </button>
        </li>
    }
}

#[component]
pub fn BibliographySection() -> impl IntoView {
    let editor = use_editor();
    let ids = Memo::new(move |_| {
        editor.draft(|d| {
            d.bibliography
                .iter()
                .map(|e| e.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let new_entry = RwSignal::new(String::new());
    let pasted = RwSignal::new(String::new());
    let add = move |_| {
        let text = new_entry.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        editor.edit(|d| {
            d.add_entry(text.trim());
        });
        new_entry.set(String::new());
    };
    let add_pasted = move |_| {
        let text = pasted.get_untracked();
        editor.edit(|d| {
            d.paste_bibliography(&text);
        });
        pasted.set(String::new());
    };
    view! {
        <section class="form-section" id="bibliography" tabindex="-1" aria-labelledby="bibliography-heading">
            <h2 id="bibliography-heading">{editor_form::bibliography()}</h2>
            <p class="hint">{editor_form::copy_exactly()}</p>
            <ol class="entries">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <EntryItem id />
                </For>
            </ol>
            <div class="field">
                <label for="new-entry">{editor_form::new_entry()}</label>
                <textarea id="new-entry" rows="2" prop:value=new_entry
                    on:input=move |ev| new_entry.set(event_target_value(&ev))></textarea>
                <button type="button" on:click=add>{editor_form::add_entry()}</button>
            </div>
            <details class="paste-list">
                <summary>{editor_form::paste_bibliography()}</summary>
                <div class="field">
                    <label for="bibliography-paste">
                        {editor_form::paste_bibliography_label()}
                    </label>
                    <textarea id="bibliography-paste" rows="5" prop:value=pasted
                        on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                    <button type="button" on:click=add_pasted>{editor_form::add_entries()}</button>
                </div>
            </details>
        </section>
    }
}
