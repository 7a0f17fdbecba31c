//! The language of a page that holds every language's words (the editor, the cite page), by
//! the rule index.html's first script applies to the reader: `?lang=` (TimelineJS's option
//! too), else the language last asked for on this device, else the first of the browser's
//! languages the app speaks, else English.

/// The languages the interface ships, as BCP 47 primary tags.
pub const LANGUAGES: [&str; 2] = ["en", "ko"];

/// `tag`'s language if the interface speaks it: "ko" for "ko-KR" or "KO_kr".
pub fn known(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    LANGUAGES.into_iter().find(|language| *language == primary)
}

/// The page's language from what was asked for (`?lang=`), what this device keeps, and the
/// browser's languages in order of preference.
pub fn chosen_language<'a>(
    asked: Option<&str>,
    kept: Option<&str>,
    browser: impl IntoIterator<Item = &'a str>,
) -> &'static str {
    asked
        .and_then(known)
        .or_else(|| kept.and_then(known))
        .or_else(|| browser.into_iter().find_map(known))
        .unwrap_or("en")
}

/// `search` (a page's `?query`) asking for `language` instead of any language it named, the
/// rest kept as it is: the one way every link to a page in a language is made (the
/// language switches, the Korean cite link, a Korean embed snippet).
pub fn with_language(search: &str, language: &str) -> String {
    // Pushed piece by piece, not collected and joined: the reader carries this, and every
    // byte of its Wasm counts.
    let mut out = String::from("?");
    let kept = search
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty() && !part.starts_with("lang=") && *part != "lang");
    for part in kept {
        out.push_str(part);
        out.push('&');
    }
    out.push_str("lang=");
    out.push_str(language);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_comes_first_then_the_device_then_the_browser() {
        assert_eq!(chosen_language(Some("ko"), Some("en"), ["en-GB"]), "ko");
        assert_eq!(chosen_language(None, Some("ko"), ["en-GB"]), "ko");
        assert_eq!(chosen_language(None, None, ["fr-FR", "ko-KR", "en"]), "ko");
        assert_eq!(chosen_language(None, None, ["fr-FR"]), "en");
    }

    #[test]
    fn a_language_the_app_does_not_speak_is_passed_over() {
        assert_eq!(chosen_language(Some("fr"), Some("de"), ["KO_kr"]), "ko");
        assert_eq!(chosen_language(Some(""), None, []), "en");
        assert_eq!(known("kor"), None);
    }

    #[test]
    fn the_same_page_asks_for_the_other_language() {
        assert_eq!(with_language("?draft=d1", "ko"), "?draft=d1&lang=ko");
        assert_eq!(
            with_language("?lang=en&draft=d1", "ko"),
            "?draft=d1&lang=ko"
        );
        assert_eq!(with_language("", "en"), "?lang=en");
        assert_eq!(with_language("?", "ko"), "?lang=ko");
    }
}
