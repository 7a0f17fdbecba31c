//! The reader's first page of the shipped timeline, rendered to HTML natively at build time by
//! the same components the Wasm runs, so the page shows its events before the Wasm arrives.
//! The strip is drawn for a reference width (see `core::strip::prerender`).

use std::sync::Arc;

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;

use crate::app::pages::loaded_page::LoadedPage;
use crate::app::state::local_file::provide_local_file;
use crate::app::state::page_context::provide_query;
use crate::core::load::Loaded;
use crate::core::sources::handout::reading_sections;
use crate::locale::pages;

/// Drops every task: the first frame is drawn before any task (a fetch, a timer) has run.
struct FirstFrameOnly;

impl CustomExecutor for FirstFrameOnly {
    fn spawn(&self, _task: PinnedFuture<()>) {}
    fn spawn_local(&self, _task: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// What index.html's body holds before the app starts: the default page as the app draws it
/// (in `#prerender`, which the app replaces once its own strip is drawn), then the events with
/// their quotes and sources, shown only where the app cannot run (`#static-reading`).
pub fn first_page_html(loaded: Loaded) -> String {
    let reading = reading_sections(&loaded.timeline, "");
    format!(
        "<div id=\"prerender\">{app}</div>\
         <section id=\"static-reading\" aria-labelledby=\"static-reading-heading\">\
         <h2 id=\"static-reading-heading\">{heading}</h2><p>{no_app}</p>{reading}</section>",
        heading = pages::every_event(),
        no_app = pages::no_app(),
        app = app_html(loaded)
    )
}

/// The default page's markup, as the app draws it on its first frame at the wide width.
fn app_html(loaded: Loaded) -> String {
    // Only fails if an executor is set already, which then serves as well.
    let _ = Executor::init_custom_executor(FirstFrameOnly);
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(RequestUrl::new("/"));
        let timeline = Arc::new(loaded.timeline);
        view! {
            <Router>
                {
                    provide_query();
                    provide_local_file();
                    view! {
                        <div class="app">
                            <a class="skip-link" href="#main-content">{pages::skip_to_content()}</a>
                            <LoadedPage timeline=timeline.clone() warnings=loaded.warnings.clone() embed=false />
                        </div>
                    }
                }
            </Router>
        }
        .to_html()
    });
    // Never disposed: the components' clean-ups undo browser work that was never done here.
    std::mem::forget(owner);
    html
}
