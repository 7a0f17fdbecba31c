//! The open event: its headline, passages, footnotes, date and end with their precision,
//! where the date comes from, who it involves (picked, or added as a new actor), editorial
//! notes, and removing it.

use leptos::prelude::*;

use super::basis_fields::BasisFields;
use super::date_fields::{DateFields, Which};
use super::editor::{use_editor, Editor};
use super::passage_list::PassageList;
use crate::core::author::checks::event_field_id;
use crate::locale::editor_form;

/// The essay's markers as checkboxes: those the event rests on are ticked.
fn footnote_choices(editor: Editor, id: String, key: String) -> impl IntoView {
    let markers = Memo::new(move |_| {
        let mut markers: Vec<u32> =
            editor.draft(|d| d.marker_report().into_iter().map(|r| r.marker).collect());
        markers.sort_unstable();
        markers
    });
    let boxes = move || {
        markers
            .get()
            .into_iter()
            .map(|marker| {
                let box_id = format!("{key}-footnote-option-{marker}");
                let (read_id, write_id) = (id.clone(), id.clone());
                view! {
                    <span class="choice">
                        <input type="checkbox" id=box_id.clone()
                            prop:checked=move || editor.event(&read_id, |e| e.footnotes.contains(&marker)).unwrap_or(false)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                editor.edit_event(&write_id, |e| {
                                    e.footnotes.retain(|m| *m != marker);
                                    if on { e.footnotes.push(marker); }
                                });
                            } />
                        <label for=box_id>{format!("[{marker}]")}</label>
                    </span>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="footnote-choices">
            <legend>{editor_form::event_footnotes()}</legend>
            {boxes}
        </fieldset>
    }
}

/// The actors as checkboxes, and a field to add a new one to the timeline and the event.
fn actor_choices(editor: Editor, id: String, key: String) -> impl IntoView {
    let actors = Memo::new(move |_| {
        editor.draft(|d| {
            d.actors
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let new_name = RwSignal::new(String::new());
    let add_id = id.clone();
    let add = move || {
        let name = new_name.get_untracked();
        if name.trim().is_empty() {
            return;
        }
        editor.edit(|d| {
            let actor = d.add_actor(&name);
            if let Some(event) = d.event_mut(&add_id) {
                event.actors.push(actor);
            }
        });
        new_name.set(String::new());
    };
    let boxes = {
        let key = key.clone();
        move || {
            actors
                .get()
                .into_iter()
                .map(|(actor, name)| {
                    let box_id = format!("{key}-actor-option-{actor}");
                    let (read_id, write_id, read_actor) = (id.clone(), id.clone(), actor.clone());
                    view! {
                        <span class="choice">
                            <input type="checkbox" id=box_id.clone()
                                prop:checked=move || editor.event(&read_id, |e| e.actors.contains(&read_actor)).unwrap_or(false)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let actor = actor.clone();
                                    editor.edit_event(&write_id, move |e| {
                                        e.actors.retain(|a| *a != actor);
                                        if on { e.actors.push(actor); }
                                    });
                                } />
                            <label for=box_id>{name}</label>
                        </span>
                    }
                })
                .collect_view()
        }
    };
    let new_id = format!("{key}-new-actor");
    view! {
        <fieldset class="actor-choices" id=format!("{key}-actors")>
            <legend>{editor_form::who_it_involves()}</legend>
            {boxes}
            <div class="field inline">
                <label for=new_id.clone()>{editor_form::new_actor()}</label>
                <input id=new_id type="text" prop:value=new_name
                    on:input=move |ev| new_name.set(event_target_value(&ev))
                    on:keydown={
                        let add = add.clone();
                        move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { ev.prevent_default(); add(); }
                    } />
                <button type="button" on:click=move |_| add()>{editor_form::add_actor()}</button>
            </div>
        </fieldset>
    }
}

/// A text field of the event bound to `read` and `write`.
fn event_text(
    editor: Editor,
    id: String,
    field: String,
    label: &'static str,
    read: fn(&crate::core::author::draft::DraftEvent) -> String,
    write: fn(&mut crate::core::author::draft::DraftEvent, String),
) -> impl IntoView {
    let value = {
        let id = id.clone();
        Memo::new(move |_| editor.event(&id, read).unwrap_or_default())
    };
    let input_id = field.clone();
    view! {
        <div class="field">
            <label for=input_id.clone()>{label}</label>
            <input id=input_id type="text" prop:value=value
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    editor.type_in_event(&id, &field, |e| write(e, text));
                } />
        </div>
    }
}

#[component]
fn EventFields(id: String) -> impl IntoView {
    let editor = use_editor();
    let key = event_field_id(&id);
    let number = {
        let id = id.clone();
        Memo::new(move |_| {
            editor
                .draft(|d| d.events.iter().position(|e| e.id == id))
                .map_or(0, |i| i + 1)
        })
    };
    let notes = {
        let id = id.clone();
        Memo::new(move |_| {
            editor
                .event(&id, |e| e.notes.join("\n"))
                .unwrap_or_default()
        })
    };
    let notes_id = format!("{key}-notes");
    let (notes_field, notes_event) = (notes_id.clone(), id.clone());
    let remove_id = id.clone();
    let remove = move |_| {
        editor.edit(|d| {
            d.remove_event(&remove_id);
        });
        editor.open_event.set(None);
    };
    view! {
        <section class="form-section event-form" id=key.clone() tabindex="-1" aria-labelledby="event-form-heading">
            <h2 id="event-form-heading">{move || editor_form::event(number.get())}</h2>
            {event_text(editor, id.clone(), format!("{key}-headline"), editor_form::headline(), |e| e.headline.clone(), |e, v| e.headline = v)}
            <PassageList id=id.clone() />
            {footnote_choices(editor, id.clone(), key.clone())}
            <DateFields id=id.clone() which=Which::Date key=format!("{key}-date") label=editor_form::date() />
            <DateFields id=id.clone() which=Which::End key=format!("{key}-end") label=editor_form::end_date() />
            {event_text(editor, id.clone(), format!("{key}-display-date"),
                editor_form::display_date(),
                |e| e.display_date.clone().unwrap_or_default(), |e, v| e.display_date = Some(v))}
            <BasisFields id=id.clone() key=key.clone() />
            {actor_choices(editor, id.clone(), key.clone())}
            <div class="field">
                <label for=notes_id.clone()>{editor_form::editorial_notes()}</label>
                <textarea id=notes_id rows="3" prop:value=notes
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        editor.type_in_event(&notes_event, &notes_field, |e| {
                            e.notes = text.split('\n').map(str::to_string).collect();
                        });
                    }></textarea>
            </div>
            <button type="button" class="quiet danger" on:click=remove>{editor_form::remove_event()}</button>
        </section>
    }
}

#[component]
pub fn EventForm() -> impl IntoView {
    let editor = use_editor();
    let open = Memo::new(move |_| {
        editor
            .open_event
            .get()
            .filter(|id| editor.draft(|d| d.event(id).is_some()))
    });
    move || open.get().map(|id| view! { <EventFields id /> })
}
