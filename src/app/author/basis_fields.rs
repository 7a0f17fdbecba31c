//! Where an event's date comes from: stated in the essay, inferred from it, a cited
//! document, or editorial; why; and, for an inferred date, the essay's words it rests on.

use leptos::prelude::*;

use super::editor::use_editor;
use crate::core::model::timeline::BasisKind;
use crate::locale::editor_form;

const KINDS: [BasisKind; 4] = [
    BasisKind::Essay,
    BasisKind::Inferred,
    BasisKind::CitedDocument,
    BasisKind::Editorial,
];

#[component]
pub fn BasisFields(id: String, key: String) -> impl IntoView {
    let editor = use_editor();
    let kind = {
        let id = id.clone();
        Memo::new(move |_| editor.event(&id, |e| e.basis.kind).flatten())
    };
    let reason = {
        let id = id.clone();
        Memo::new(move |_| {
            editor
                .event(&id, |e| e.basis.reason.clone())
                .unwrap_or_default()
        })
    };
    let rests_on = {
        let id = id.clone();
        Memo::new(move |_| {
            editor
                .event(&id, |e| e.basis.rests_on.clone())
                .flatten()
                .unwrap_or_default()
        })
    };
    let kind_id = format!("{key}-basis-kind");
    let radios = KINDS
        .into_iter()
        .enumerate()
        .map(|(i, k)| {
            // The first choice carries the field's own id, where the checks point.
            let radio_id = if i == 0 { kind_id.clone() } else { format!("{kind_id}-{}", k.slug()) };
            let id = id.clone();
            view! {
                <div class="choice">
                    <input type="radio" id=radio_id.clone() name=kind_id.clone() value=k.slug()
                        prop:checked=move || kind.get() == Some(k)
                        on:change=move |_| editor.edit_event(&id, |e| e.basis.kind = Some(k)) />
                    <label for=radio_id>
                        <span class=format!("basis-mark basis-{}", k.slug()) aria-hidden="true">{k.glyph()}</span>
                        {k.label()}
                    </label>
                </div>
            }
        })
        .collect_view();
    let (reason_id, rests_id) = (
        format!("{key}-basis-reason"),
        format!("{key}-basis-rests-on"),
    );
    let (reason_field, rests_field) = (reason_id.clone(), rests_id.clone());
    let id_for_rests = id.clone();
    view! {
        <fieldset class="basis-fields">
            <legend>{editor_form::date_basis()}</legend>
            {radios}
            <div class="field">
                <label for=reason_id.clone()>
                    {editor_form::basis_reason()}
                </label>
                <textarea id=reason_id rows="2" prop:value=reason
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        editor.type_in_event(&id, &reason_field, |e| e.basis.reason = text);
                    }></textarea>
            </div>
            <div class="field">
                <label for=rests_id.clone()>
                    {editor_form::basis_rests_on()}
                </label>
                <input id=rests_id type="text" prop:value=rests_on
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        editor.type_in_event(&id_for_rests, &rests_field, |e| {
                            e.basis.rests_on = Some(text).filter(|t| !t.trim().is_empty());
                        });
                    } />
            </div>
        </fieldset>
    }
}
