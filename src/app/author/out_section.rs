//! What to do with the finished timeline: open it in the reader at once, in a new tab, handed
//! over in the browser (a `blob:` address, no hosting); the embed code for when it is hosted;
//! and how to publish it beside the reader.

use leptos::prelude::*;

use super::checks_section::{go_to_checks, use_checks};
use super::download::json_blob_url;
use super::editor::use_editor;
use crate::core::author::handover::{hosted_embed, reader_showing, reader_url};
use crate::locale::editor;

fn this_page() -> String {
    window().location().href().unwrap_or_default()
}

#[component]
pub fn OutSection() -> impl IntoView {
    let editor = use_editor();
    let checks = use_checks();
    let blocked = move || checks.with(|c| c.blocks_download());
    let reader = reader_url(&this_page());
    let file_name = Memo::new(move |_| editor.draft(|d| d.file_name()));
    let embed = {
        let reader = reader.clone();
        move || editor.draft(|d| hosted_embed(&reader, &d.file_name(), &d.title))
    };
    let open_in_reader = {
        let reader = reader.clone();
        move |_| {
            if blocked() {
                go_to_checks();
                return;
            }
            let Ok(text) = editor.draft_untracked(|d| d.export_json()) else {
                return;
            };
            if let Some(url) = json_blob_url(&text) {
                let _ = window().open_with_url_and_target(&reader_showing(&reader, &url), "_blank");
            }
        }
    };
    let hosted_link = move || format!("{reader}?src={}", file_name.get());
    view! {
        <section class="form-section" id="out" tabindex="-1" aria-labelledby="out-heading">
            <h2 id="out-heading">{editor::try_and_publish()}</h2>
            <p>
                <button type="button" aria-disabled=move || blocked().then_some("true")
                    aria-describedby="checks-summary" on:click=open_in_reader>
                    {editor::open_in_reader()}
                </button>
                " "
                <span class="hint">{editor::open_in_reader_hint()}</span>
            </p>
            <h3>{editor::publish()}</h3>
            <ol class="publish-guide">
                <li>{editor::publish_copy()} <code>"dist/"</code> {editor::publish_copy_end()}</li>
                <li>{editor::publish_file()} <code>"index.html"</code> {editor::publish_file_end()} <code>{file_name}</code> "."</li>
                <li>{editor::publish_link()} <code>{move || format!("?src={}", file_name.get())}</code> {editor::publish_link_example()} <code class="wrap">{hosted_link}</code> "."</li>
            </ol>
            <div class="field">
                <label for="embed-code">{editor::embed_code()}</label>
                <textarea id="embed-code" readonly rows="4" prop:value=embed></textarea>
            </div>
        </section>
    }
}
