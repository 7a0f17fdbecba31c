//! Each footnote marker found in the essay, paired with its bibliography entry or marked as
//! having none in the source, with how the pairing is known (the source's own, or
//! reconstructed by the editors, and how sure) and a note.

use leptos::prelude::*;

use super::editor::{use_editor, Editor};
use crate::core::author::essay_paste::{MarkerEntry, MarkerReport};
use crate::core::model::timeline::{Certainty, Footnote, Mapping};
use crate::locale::editor_form;

/// The value of the entry choice that says the source lists no entry.
const NONE_IN_SOURCE: &str = "none";

fn mapping_name(mapping: Option<Mapping>) -> &'static str {
    match mapping {
        Some(Mapping::Original) => "original",
        Some(Mapping::Reconstructed) => "reconstructed",
        None => "",
    }
}

fn certainty_name(certainty: Option<Certainty>) -> &'static str {
    match certainty {
        Some(Certainty::Firm) => "firm",
        Some(Certainty::Likely) => "likely",
        None => "",
    }
}

/// Records what the author chose for `marker`'s entry: an entry, none in the source, or
/// nothing yet.
fn choose_entry(editor: Editor, marker: u32, choice: String) {
    editor.edit(|d| {
        let kept = d.footnote(marker).cloned();
        match choice.as_str() {
            "" => d.footnotes.retain(|f| f.marker != marker),
            NONE_IN_SOURCE => d.set_footnote(Footnote {
                marker,
                entry: None,
                mapping: None,
                certainty: None,
                note: kept.and_then(|f| f.note),
            }),
            entry => d.set_footnote(Footnote {
                marker,
                entry: Some(entry.to_string()),
                mapping: kept
                    .as_ref()
                    .and_then(|f| f.mapping)
                    .or(Some(Mapping::Original)),
                certainty: kept.as_ref().and_then(|f| f.certainty),
                note: kept.and_then(|f| f.note),
            }),
        }
    });
}

/// Changes what is said of `marker`, if something is recorded for it.
fn change_footnote(
    editor: Editor,
    marker: u32,
    field: Option<&str>,
    change: impl FnOnce(&mut Footnote),
) {
    let apply = |d: &mut crate::core::author::draft::Draft| {
        if let Some(mut footnote) = d.footnote(marker).cloned() {
            change(&mut footnote);
            d.set_footnote(footnote);
        }
    };
    match field {
        Some(field) => editor.type_in(field, apply),
        None => editor.edit(apply),
    }
}

#[component]
fn MarkerItem(marker: u32) -> impl IntoView {
    let editor = use_editor();
    let key = format!("footnote-{marker}");
    let report = Memo::new(move |_| {
        editor.draft(|d| d.marker_report().into_iter().find(|r| r.marker == marker))
    });
    let footnote = Memo::new(move |_| editor.draft(|d| d.footnote(marker).cloned()));
    let entries = Memo::new(move |_| {
        editor.draft(|d| {
            d.bibliography
                .iter()
                .map(|e| (e.id.clone(), e.text.clone()))
                .collect::<Vec<_>>()
        })
    });
    let choice = move || match report.get().map(|r| r.entry) {
        Some(MarkerEntry::Paired { entry_id, .. }) => entry_id,
        Some(MarkerEntry::NoneInSource) => NONE_IN_SOURCE.to_string(),
        _ => String::new(),
    };
    let status = move || match report.get().map(|r| r.entry) {
        Some(MarkerEntry::Paired {
            mapping: Some(Mapping::Reconstructed),
            ..
        }) => editor_form::paired_reconstructed(),
        Some(MarkerEntry::Paired { .. }) => editor_form::paired(),
        Some(MarkerEntry::NoneInSource) => editor_form::missing_from_source(),
        _ => editor_form::not_paired(),
    };
    // Memos, so typing the note does not rebuild the fields around it.
    let paired = Memo::new(move |_| footnote.get().is_some_and(|f| f.entry.is_some()));
    let recorded = Memo::new(move |_| footnote.get().is_some());
    let first_in = move || report.get().map_or(0, |r: MarkerReport| r.paragraph + 1);
    let note_id = format!("{key}-note");
    view! {
        <li class="marker-item" id=key.clone() tabindex="-1">
            <p class="marker-head">
                <strong>{format!("[{marker}]")}</strong>
                {move || editor_form::first_in_paragraph(first_in(), status())}
            </p>
            <div class="field">
                <label for=format!("{key}-entry")>{editor_form::entry_for(marker)}</label>
                <select id=format!("{key}-entry") on:change=move |ev| choose_entry(editor, marker, event_target_value(&ev))>
                    <option value="" selected=move || choice().is_empty()>{editor_form::not_paired_option()}</option>
                    <option value=NONE_IN_SOURCE selected=move || choice() == NONE_IN_SOURCE>
                        {editor_form::none_in_source()}
                    </option>
                    {move || entries.get().into_iter().enumerate().map(|(i, (id, text))| {
                        let short: String = text.chars().take(70).collect();
                        let selected = { let id = id.clone(); move || choice() == id };
                        view! { <option value=id selected=selected>{editor_form::entry_option(i + 1, short)}</option> }
                    }).collect_view()}
                </select>
            </div>
            {move || paired.get().then(|| view! {
                <div class="field-row">
                    <div class="field">
                        <label for=format!("footnote-{marker}-mapping")>{editor_form::pairing_known()}</label>
                        <select id=format!("footnote-{marker}-mapping") on:change=move |ev| {
                            let reconstructed = event_target_value(&ev) == "reconstructed";
                            change_footnote(editor, marker, None, |f| {
                                f.mapping = Some(if reconstructed { Mapping::Reconstructed } else { Mapping::Original });
                                if !reconstructed { f.certainty = None; }
                            });
                        }>
                            <option value="original" selected=move || mapping_name(footnote.get().and_then(|f| f.mapping)) != "reconstructed">
                                {editor_form::original()}
                            </option>
                            <option value="reconstructed" selected=move || mapping_name(footnote.get().and_then(|f| f.mapping)) == "reconstructed">
                                {editor_form::reconstructed()}
                            </option>
                        </select>
                    </div>
                    <div class="field">
                        <label for=format!("footnote-{marker}-certainty")>{editor_form::how_sure()}</label>
                        <select id=format!("footnote-{marker}-certainty") on:change=move |ev| {
                            let certainty = match event_target_value(&ev).as_str() {
                                "firm" => Some(Certainty::Firm),
                                "likely" => Some(Certainty::Likely),
                                _ => None,
                            };
                            change_footnote(editor, marker, None, |f| f.certainty = certainty);
                        }>
                            {[("", editor_form::not_said()), ("firm", editor_form::firm()), ("likely", editor_form::likely())]
                                .into_iter()
                                .map(|(value, label)| view! {
                                    <option value=value selected=move || certainty_name(footnote.get().and_then(|f| f.certainty)) == value>{label}</option>
                                })
                                .collect_view()}
                        </select>
                    </div>
                </div>
            })}
            {move || recorded.get().then(|| {
                let note_id = note_id.clone();
                let field = note_id.clone();
                view! {
                    <div class="field">
                        <label for=note_id.clone()>{editor_form::footnote_note()}</label>
                        <input id=note_id type="text"
                            prop:value=move || footnote.get().and_then(|f| f.note).unwrap_or_default()
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                change_footnote(editor, marker, Some(&field), |f| {
                                    f.note = Some(text).filter(|t| !t.trim().is_empty());
                                });
                            } />
                    </div>
                }
            })}
        </li>
    }
}

#[component]
pub fn FootnotesSection() -> impl IntoView {
    let editor = use_editor();
    let markers = Memo::new(move |_| {
        let mut markers: Vec<u32> =
            editor.draft(|d| d.marker_report().into_iter().map(|r| r.marker).collect());
        markers.sort_unstable();
        markers
    });
    view! {
        <section class="form-section" id="footnotes" tabindex="-1" aria-labelledby="footnotes-heading">
            <h2 id="footnotes-heading">{editor_form::footnotes()}</h2>
            {move || markers.with(Vec::is_empty).then(|| view! {
                <p class="hint">{editor_form::no_markers()}</p>
            })}
            <ol class="markers">
                <For each=move || markers.get() key=|m| *m let:marker>
                    <MarkerItem marker />
                </For>
            </ol>
        </section>
    }
}
