//! How a page marks the timeline's own words (headlines, essay, quotes, entries, notes) for
//! screen readers to read them in their own voice: with the language the file names where it
//! is not the page's, with `lang=""` (unknown, in HTML's words) where the file names none or
//! no tag, and not at all where it is the page's own language.

use crate::core::model::language_tag::{is_language_tag, same_language};
use crate::core::model::timeline::Timeline;
use crate::locale::lang;

/// The `lang` a page in `page_language` gives the words of a file in `file_language`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContentMark(Option<String>);

impl ContentMark {
    pub fn of(file_language: Option<&str>, page_language: &str) -> ContentMark {
        match file_language
            .map(str::trim)
            .filter(|tag| is_language_tag(tag))
        {
            Some(tag) if same_language(tag, page_language) => ContentMark(None),
            Some(tag) => ContentMark(Some(tag.to_string())),
            None => ContentMark(Some(String::new())),
        }
    }

    /// How this page (in `crate::locale::lang()`) marks words in `file_language`.
    pub fn on_this_page(file_language: Option<&str>) -> ContentMark {
        ContentMark::of(file_language, lang())
    }

    /// How this page marks `timeline`'s own words.
    pub fn of_timeline(timeline: &Timeline) -> ContentMark {
        ContentMark::on_this_page(timeline.language.as_deref())
    }

    /// The `lang` of the page's own words inside an element so marked (a "Cite or export"
    /// link after an entry): the page's language again, wherever the element is marked.
    pub fn page_words_lang(&self) -> Option<&'static str> {
        self.0.as_ref().map(|_| lang())
    }

    /// The attribute's value, None for no attribute.
    pub fn lang(&self) -> Option<String> {
        self.0.clone()
    }

    /// The attribute as HTML, with its leading space, or nothing. A tag holds only letters,
    /// digits and hyphens, so it needs no escaping.
    pub fn attribute(&self) -> String {
        self.0
            .as_ref()
            .map(|tag| format!(" lang=\"{tag}\""))
            .unwrap_or_default()
    }

    /// `html`, of the timeline's own words, in an element so marked.
    pub fn wrap(&self, html: &str) -> String {
        match &self.0 {
            Some(_) => format!("<span{}>{html}</span>", self.attribute()),
            None => html.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_pages_language_are_not_marked() {
        assert_eq!(ContentMark::of(Some("en"), "en").lang(), None);
        assert_eq!(ContentMark::of(Some("ko-KR"), "ko").lang(), None);
        assert_eq!(
            ContentMark::of(Some("en"), "en").wrap("<b>x</b>"),
            "<b>x</b>"
        );
        assert_eq!(ContentMark::of(Some("en"), "en").page_words_lang(), None);
    }

    #[test]
    fn words_in_another_language_are_marked_with_it() {
        let mark = ContentMark::of(Some("en"), "ko");
        assert_eq!(mark.lang().as_deref(), Some("en"));
        assert_eq!(mark.attribute(), " lang=\"en\"");
        assert_eq!(mark.wrap("x"), "<span lang=\"en\">x</span>");
        assert_eq!(
            ContentMark::of(Some(" ko "), "en").lang().as_deref(),
            Some("ko")
        );
        assert_eq!(
            ContentMark::of(Some("ko"), "en").page_words_lang(),
            Some(lang())
        );
    }

    #[test]
    fn a_file_that_names_no_language_or_no_tag_is_marked_unknown() {
        assert_eq!(ContentMark::of(None, "en").lang().as_deref(), Some(""));
        assert_eq!(
            ContentMark::of(Some("Korean"), "ko").attribute(),
            " lang=\"\""
        );
        assert_eq!(
            ContentMark::of(Some("en\" onload=\"x"), "ko").attribute(),
            " lang=\"\""
        );
    }
}
