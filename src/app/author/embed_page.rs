//! The embed page (`author.html?embed=…`), which the reader's "Embed" link opens: a
//! ready-to-paste iframe for the view the reader was showing, with a copy button that confirms
//! in text (or says how to copy by hand when the clipboard is not reachable), and the optional
//! auto-height script. It lives in the editor's module because only teachers use it.

use leptos::html;
use leptos::prelude::*;

use crate::core::author::handover::reader_url;
use crate::core::page::app_query::AppQuery;
use crate::core::page::embed_snippet::{embed_snippet, host_script_tag};

#[component]
pub fn EmbedPage(state: AppQuery, title: String) -> impl IntoView {
    let reader = reader_url(&window().location().href().unwrap_or_default());
    document().set_title(&format!("Embed on your page: {title}"));
    let outcome = RwSignal::new(String::new());
    let code = NodeRef::<html::Textarea>::new();
    let snippet = embed_snippet(&reader, &state, &title);
    let script = host_script_tag(&reader);
    let back = format!("{reader}{}", state.to_search());

    let copy = {
        let snippet = snippet.clone();
        move |_| {
            let text = snippet.clone();
            leptos::task::spawn_local(async move {
                let written = window().navigator().clipboard().write_text(&text);
                let message = match wasm_bindgen_futures::JsFuture::from(written).await {
                    Ok(_) => "Copied to the clipboard.".to_string(),
                    Err(_) => {
                        if let Some(area) = code.get_untracked() {
                            area.select();
                        }
                        "The clipboard is not available here: the code is selected, press \
                         Ctrl+C (⌘C on a Mac) to copy it."
                            .to_string()
                    }
                };
                outcome.set(message);
            });
        }
    };
    let body = if state.file.is_some() {
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
                "It opens at the event that was open."
            </label>
            <textarea id="embed-code" node_ref=code readonly rows="5" prop:value=snippet></textarea>
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
    };
    view! {
        <div class="app author">
            <main id="main-content" class="embed-page">
                <h1>"Embed on your page"</h1>
                <p class="embed-of">{title}</p>
                {body}
                <p><a href=back>"Back to the timeline"</a></p>
            </main>
        </div>
    }
}
