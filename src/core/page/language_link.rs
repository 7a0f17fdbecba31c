//! The switch to the other language: the same view in the other page (index.html is
//! English, ko.html Korean), with `lang=` so the choice is kept on this device (the language
//! script in index.html).

use crate::core::page::app_query::AppQuery;
use crate::core::page::language_choice::with_language;
use crate::locale::language::{other_lang, other_page};

/// The address of `state` in the other language, relative to this page.
pub fn language_link(state: &AppQuery) -> String {
    format!(
        "{}{}",
        other_page(),
        with_language(&state.to_search(), other_lang())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_view_the_event_and_the_search() {
        let state = AppQuery::read(|key| match key {
            "event" => Some("acheson-speech".into()),
            "q" => Some("stalin".into()),
            _ => None,
        });
        let link = language_link(&state);
        assert_eq!(
            link,
            format!(
                "{}?event=acheson-speech&q=stalin&lang={}",
                other_page(),
                other_lang()
            )
        );
    }

    #[test]
    fn the_default_page_gets_only_the_language() {
        assert_eq!(
            language_link(&AppQuery::default()),
            format!("{}?lang={}", other_page(), other_lang())
        );
    }
}
