//! Keeps what reference managers read in step with the view: the `<meta>` tags for the item
//! being viewed (`core::page::reference_metadata`) and, for the shipped timeline, one COinS
//! span per cited work (written at build time). After each change it dispatches
//! `ZoteroItemUpdated` on the document, as Zotero's connector asks single-page apps to do.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::state::url_state::app_url;
use crate::core::model::timeline::Timeline;
use crate::core::page::app_query::AppQuery;
use crate::core::page::reference_metadata::{meta_tags, MetaTag};
use crate::core::page::sources_page::coins_file;

/// Marks the tags this component owns, so a change replaces exactly them.
const OWNED: &str = "data-reference-metadata";

/// Keeps the tags in step with the view for as long as the calling component lives, and
/// adds the shipped timeline's COinS once they arrive.
pub fn keep_reference_metadata(timeline: Arc<Timeline>, query: Memo<AppQuery>) {
    Effect::new(move |_| {
        replace_meta_tags(&meta_tags(&timeline, &query.get(), &app_url()));
        announce_item_updated();
    });
    if let Some(file) = coins_file(&query.get_untracked()) {
        leptos::task::spawn_local(async move {
            let titles = fetch_coins(&file).await;
            if !titles.is_empty() {
                add_coins(&titles);
                announce_item_updated();
            }
        });
    }
    // Another timeline (one opened from the device) must not keep this one's sources.
    on_cleanup(|| {
        if let Ok(Some(block)) = document().query_selector("body > .coins") {
            block.remove();
        }
    });
}

/// The spans Zotero's COinS translator looks for, in one hidden block of the body.
fn add_coins(titles: &[String]) {
    let document = document();
    let (Ok(block), Some(body)) = (document.create_element("div"), document.body()) else {
        return;
    };
    let _ = block.set_attribute("class", "coins");
    let _ = block.set_attribute("hidden", "");
    for title in titles {
        if let Ok(span) = document.create_element("span") {
            let _ = span.set_attribute("class", "Z3988");
            let _ = span.set_attribute("title", title);
            let _ = block.append_child(&span);
        }
    }
    let _ = body.append_child(&block);
}

fn replace_meta_tags(tags: &[MetaTag]) {
    let document = document();
    let Ok(Some(head)) = document.query_selector("head") else {
        return;
    };
    if let Ok(old) = head.query_selector_all(&format!("meta[{OWNED}]")) {
        for i in 0..old.length() {
            if let Some(node) = old
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                node.remove();
            }
        }
    }
    for tag in tags {
        let Ok(meta) = document.create_element("meta") else {
            return;
        };
        let _ = meta.set_attribute("name", tag.name);
        let _ = meta.set_attribute("content", &tag.content);
        let _ = meta.set_attribute(OWNED, "");
        let _ = head.append_child(&meta);
    }
}

fn announce_item_updated() {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict("ZoteroItemUpdated", &init) {
        let _ = document().dispatch_event(&event);
    }
}

/// The COinS titles in `file`; none when it cannot be read (the page works without them).
async fn fetch_coins(file: &str) -> Vec<String> {
    let text = async {
        let response: web_sys::Response = JsFuture::from(window().fetch_with_str(file))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    };
    text.await
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}
