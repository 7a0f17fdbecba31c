//! The language a static page is written in (`crate::locale`): its file name, the reader it
//! leads back to, and the marks on the timeline's own words (headlines, quotes, entries,
//! notes, and the citations made of them), which stay English, as the shipped timeline's are.

use crate::locale::korean;

/// The file of page `name` in the page's language: `name.html`, or `name.ko.html`.
pub fn page_file(name: &str) -> String {
    if korean() {
        format!("{name}.ko.html")
    } else {
        format!("{name}.html")
    }
}

/// The reader in the page's language, from a page in `public/sources/`.
pub fn reader() -> &'static str {
    if korean() {
        "../ko.html"
    } else {
        "../"
    }
}

/// The attribute marking an element of the timeline's own words; none on an English page.
pub fn content_lang_attribute() -> &'static str {
    if korean() {
        " lang=\"en\""
    } else {
        ""
    }
}

/// `html`, of the timeline's own words, marked as `content_lang_attribute` says.
pub fn in_content_lang(html: &str) -> String {
    if korean() {
        format!("<span lang=\"en\">{html}</span>")
    } else {
        html.to_string()
    }
}

/// `make`'s pages in each language the build holds: English then Korean with
/// `every-language` (the thread's language put back after), else the build's one.
pub fn in_each_language<T>(mut make: impl FnMut() -> Vec<T>) -> Vec<T> {
    #[cfg(feature = "every-language")]
    {
        use crate::core::page::language_choice::LANGUAGES;
        use crate::locale::{choose, lang};
        let was = lang();
        let made = LANGUAGES
            .iter()
            .flat_map(|tag| {
                choose(tag);
                make()
            })
            .collect();
        choose(was);
        made
    }
    #[cfg(not(feature = "every-language"))]
    {
        make()
    }
}
