//! The "Embed" control: a ready-to-paste iframe for the current view, with a copy button that
//! confirms in text (or says how to copy by hand when the clipboard is not reachable).

use leptos::html;
use leptos::prelude::*;

use crate::app::state::page_context::use_query;
use crate::app::state::url_state::app_url;
use crate::core::page::embed_snippet::{embed_snippet, host_script_tag};

#[component]
pub fn EmbedDialog(title: String) -> impl IntoView {
    let open = RwSignal::new(false);
    let outcome = RwSignal::new(String::new());
    let query = use_query();
    let local = query.get_untracked().file.is_some();
    let code = NodeRef::<html::Textarea>::new();
    let snippet = Memo::new(move |_| embed_snippet(&app_url(), &query.read(), &title));
    let script = host_script_tag(&app_url());

    let copy = move |_| {
        let text = snippet.get_untracked();
        leptos::task::spawn_local(async move {
            let written = window().navigator().clipboard().write_text(&text);
            let message = match wasm_bindgen_futures::JsFuture::from(written).await {
                Ok(_) => "Copied to the clipboard.".to_string(),
                Err(_) => {
                    if let Some(area) = code.get_untracked() {
                        area.select();
                    }
                    "The clipboard is not available here: the code is selected, press Ctrl+C \
                     (⌘C on a Mac) to copy it."
                        .to_string()
                }
            };
            outcome.set(message);
        });
    };

    view! {
        <div class="embed">
            <button
                type="button"
                class="embed-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="embed-panel"
                on:click=move |_| {
                    open.update(|o| *o = !*o);
                    outcome.set(String::new());
                }
            >
                "Embed"
            </button>
            <div id="embed-panel" class="embed-panel" hidden=move || !open.get()>
                {if local {
                    view! {
                        <p class="embed-local">
                            <strong>"This timeline was opened from your device, so no other page can show it. "</strong>
                            "To embed it, put the file on your web host beside this app, open it with "
                            <code>"?src="</code> " and its address, and take the code from there."
                        </p>
                    }
                    .into_any()
                } else {
                    view! {
                <label for="embed-code">
                    "Paste this into your course page (an HTML or “embed code” block). "
                    "It opens at the event that is open now."
                </label>
                <textarea id="embed-code" node_ref=code readonly rows="4" prop:value=snippet></textarea>
                <div class="embed-actions">
                    <button type="button" on:click=copy>"Copy embed code"</button>
                    <p class="embed-outcome" role="status">{outcome}</p>
                </div>
                <p class="embed-optional">
                    "Optional: add this once to the page and the frame grows to fit its content:"
                </p>
                <code class="embed-script">{script}</code>
                    }
                    .into_any()
                }}
            </div>
        </div>
    }
}
