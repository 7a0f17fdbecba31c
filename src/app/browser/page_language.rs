//! Starts a page that holds every language's words (the editor, the cite page) in the
//! visitor's language (`core::page::language_choice`), and marks the document with it.

use crate::core::page::language_choice::{chosen_language, known};
use crate::locale::{choose, lang};

/// Where index.html's first script keeps the language last asked for, shared by every page.
const KEPT_LANGUAGE: &str = "korea-timeline:language";

/// Chooses the page's words by `?lang=`, this device's choice and the browser's languages;
/// a language asked for in the address is kept for the next visit, as the reader keeps it.
pub fn start_in_chosen_language() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let search = window.location().search().unwrap_or_default();
    let asked = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|params| params.get("lang"));
    let storage = window.local_storage().ok().flatten();
    let kept = storage
        .as_ref()
        .and_then(|s| s.get_item(KEPT_LANGUAGE).ok().flatten());
    let navigator = window.navigator();
    let browser: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .collect();
    let language = chosen_language(
        asked.as_deref(),
        kept.as_deref(),
        browser.iter().map(String::as_str),
    );
    if let (Some(storage), Some(_)) = (&storage, asked.as_deref().and_then(known)) {
        let _ = storage.set_item(KEPT_LANGUAGE, language);
    }
    choose(language);
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang());
    }
}
