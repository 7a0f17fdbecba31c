//! Footnotes with their bibliography entries, saying plainly when an entry is missing from the
//! original page and when a marker-to-entry mapping was reconstructed by the editors.

use leptos::prelude::*;

use crate::app::state::page_context::{use_content_lang, use_page_lang, use_query, use_timeline};
use crate::core::page::sources_page::{cite_page, sources_page};
use crate::core::panel::citations::citation;
use crate::locale::panel;

#[component]
pub fn CitationList(
    markers: Vec<u32>,
    /// Give each entry the `fn-N` id that essay footnote links point at.
    #[prop(optional)]
    anchors: bool,
) -> impl IntoView {
    let timeline = use_timeline();
    let here = use_query().get_untracked();
    let items = markers
        .into_iter()
        .map(|marker| {
            let c = citation(&timeline, marker);
            let cite = c
                .entry_id
                .as_deref()
                .and_then(|id| sources_page(&here, Some(id)).or_else(|| cite_page(&here, None, Some(id))))
                .map(|href| view! { " " <a class="cite-link" href=href rel="external" lang=use_page_lang()>{panel::cite_or_export()}</a> });
            let body = match c.entry {
                Some(entry) => view! { <p class="citation-entry" lang=use_content_lang()>{entry}{cite}</p> }.into_any(),
                None => view! {
                    <p class="citation-entry missing">
                        <strong>{panel::entry_missing()}</strong>
                    </p>
                }
                .into_any(),
            };
            let label = c.note_label;
            view! {
                <li
                    class="citation"
                    data-citation=marker
                    id=anchors.then(|| format!("fn-{marker}"))
                >
                    <span class="citation-marker">{format!("[{marker}]")}</span>
                    <div class="citation-body">
                        {body}
                        {c.note.map(|note| view! {
                            <p class="citation-note" lang=use_content_lang()>
                                {label.map(|l| view! { <strong lang=use_page_lang()>{l}</strong> })}
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
