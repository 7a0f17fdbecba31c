//! The language a static page is written in (`crate::locale`): its file name, the reader it
//! leads back to, and the marks on the timeline's own words (headlines, quotes, entries,
//! notes), which stay in the language the file names, and on the citations made of them.

use crate::core::page::content_language::ContentMark;
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

/// How it marks a citation the formatter wrote: English, whatever the works' language, as
/// CSL's terms are ("n.d.", "p."): en-US is the only CSL locale committed.
pub fn citation_mark() -> ContentMark {
    ContentMark::on_this_page(Some("en"))
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
