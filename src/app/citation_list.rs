//! Footnotes with their bibliography entries, saying plainly when an entry is missing from the
//! original page and when a marker-to-entry mapping was reconstructed by the editors.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::model::timeline::{Mapping, Timeline};

#[component]
pub fn CitationList(
    timeline: Arc<Timeline>,
    markers: Vec<u32>,
    /// Give each entry the `fn-N` id that essay footnote links point at.
    #[prop(optional)]
    anchors: bool,
) -> impl IntoView {
    let items = markers
        .into_iter()
        .map(|marker| {
            let footnote = timeline.footnote(marker);
            let entry = footnote
                .and_then(|f| f.entry.as_deref())
                .and_then(|id| timeline.entry(id));
            let mapping = footnote.and_then(|f| f.mapping);
            let note = footnote.and_then(|f| f.note.clone());
            let body = match entry {
                Some(entry) => {
                    view! { <p class="citation-entry">{entry.text.clone()}</p> }.into_any()
                }
                None => view! {
                    <p class="citation-entry missing">
                        <strong>"Entry missing from the original page."</strong>
                    </p>
                }
                .into_any(),
            };
            let label = match (entry.is_some(), mapping) {
                (true, Some(Mapping::Reconstructed)) => Some("Reconstructed mapping: "),
                (true, Some(Mapping::Original)) => None,
                _ => Some("Note: "),
            };
            view! {
                <li
                    class="citation"
                    data-citation=marker
                    id=anchors.then(|| format!("fn-{marker}"))
                >
                    <span class="citation-marker">{format!("[{marker}]")}</span>
                    <div class="citation-body">
                        {body}
                        {note.map(|note| view! {
                            <p class="citation-note">
                                {label.map(|l| view! { <strong>{l}</strong> })}
                                {note}
                            </p>
                        })}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="citations">{items}</ol> }
}
