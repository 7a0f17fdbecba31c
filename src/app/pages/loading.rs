//! Shown until the timeline file is in: which file, and how much of it has arrived.

use leptos::prelude::*;

use crate::core::load::progress::Progress;
use crate::locale::pages;

#[component]
pub fn Loading(source: String, progress: RwSignal<Progress>) -> impl IntoView {
    let kb = |bytes: usize| (bytes as f64 / 1024.0).ceil() as usize;
    view! {
        <div class="loading" role="status">
            <p>{pages::loading_from()} <code>{source}</code> "…"</p>
            {move || {
                let now = progress.get();
                match now.shown_total() {
                    Some(total) => view! {
                        <progress max=total value=now.received aria-label=pages::download_progress()></progress>
                        <span class="loading-amount">{pages::kb_of(kb(now.received), kb(total))}</span>
                    }
                    .into_any(),
                    None => view! {
                        <progress aria-label=pages::download_progress()></progress>
                        <span class="loading-amount">{pages::kb(kb(now.received))}</span>
                    }
                    .into_any(),
                }
            }}
        </div>
    }
}
