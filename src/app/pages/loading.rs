//! Shown until the timeline file is in: which file, and how much of it has arrived.

use leptos::prelude::*;

use crate::app::state::content_source::Progress;
use crate::locale::pages;

#[component]
pub fn Loading(source: String, progress: RwSignal<Progress>) -> impl IntoView {
    let kb = |bytes: usize| (bytes as f64 / 1024.0).ceil() as usize;
    view! {
        <div class="loading" role="status">
            <p>{pages::loading_from()} <code>{source}</code> "…"</p>
            {move || {
                let Progress { received, total } = progress.get();
                match total {
                    Some(total) if total > 0 => view! {
                        <progress max=total value=received aria-label=pages::download_progress()></progress>
                        <span class="loading-amount">{pages::kb_of(kb(received), kb(total))}</span>
                    }
                    .into_any(),
                    _ => view! {
                        <progress aria-label=pages::download_progress()></progress>
                        <span class="loading-amount">{pages::kb(kb(received))}</span>
                    }
                    .into_any(),
                }
            }}
        </div>
    }
}
