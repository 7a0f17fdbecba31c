//! The embed page (`author.html?embed=…`), which the reader's "Embed" link opens: a
//! ready-to-paste iframe for the view the reader was showing, with a copy button that confirms
//! in text (or says how to copy by hand when the clipboard is not reachable), and the optional
//! auto-height script. It lives in the editor's module because only teachers use it.

use leptos::html;
use leptos::prelude::*;

use crate::core::author::handover::reader_url;
use crate::core::page::content_language::ContentMark;
use crate::core::page::embed_snippet::{embed_snippet, host_script_tag, EmbedRequest};
use crate::locale::embed;

#[component]
pub fn EmbedPage(request: EmbedRequest) -> impl IntoView {
    let EmbedRequest {
        state,
        title,
        title_language,
    } = request;
    let title_lang = ContentMark::on_this_page(title_language.as_deref()).lang();
    let reader = reader_url(&window().location().href().unwrap_or_default());
    document().set_title(&embed::page_title(&title));
    let outcome = RwSignal::new("");
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
                    Ok(_) => embed::copied(),
                    Err(_) => {
                        if let Some(area) = code.get_untracked() {
                            area.select();
                        }
                        embed::no_clipboard()
                    }
                };
                outcome.set(message);
            });
        }
    };
    let body = if state.file.is_some() {
        view! {
            <p class="embed-local">
                <strong>{embed::from_device()}</strong>
                {embed::host_it_before()}
                <code>"?src="</code> {embed::host_it_after()}
            </p>
        }
        .into_any()
    } else {
        view! {
            <label for="embed-code">
                {embed::paste_it()}
                {embed::opens_at_event()}
            </label>
            <textarea id="embed-code" node_ref=code readonly rows="5" prop:value=snippet></textarea>
            <div class="embed-actions">
                <button type="button" on:click=copy>{embed::copy_code()}</button>
                <p class="embed-outcome" role="status">{outcome}</p>
            </div>
            <p class="embed-optional">
                {embed::optional_script()}
            </p>
            <code class="embed-script">{script}</code>
        }
        .into_any()
    };
    view! {
        <div class="app author">
            <main id="main-content" class="embed-page">
                <h1>{embed::heading()}</h1>
                <p class="embed-of" lang=title_lang>{title}</p>
                {body}
                <p><a href=back>{embed::back()}</a></p>
            </main>
        </div>
    }
}
