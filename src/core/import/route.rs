//! Which files the reader reads itself and which it hands to the converter worker. The reader
//! reads its own format when every rich-text field is plain text or the cleaned form this
//! app writes; TimelineJS files and files with other HTML need the importer and the full HTML
//! parser, which live in the worker (`src/bin/timeline-convert.rs`), so they are not part of
//! the first download.

use crate::core::import::shape::{shape, Shape};
use crate::core::load::limits::check_size;
use crate::core::load::problem::Problem;
use crate::core::load::{checked, parse_essay_timeline, Loaded};

/// What the reader does with a file's text.
#[derive(Debug)]
pub enum Route {
    /// Read here: the timeline, or every problem found in it.
    Read(Box<Result<Loaded, Vec<Problem>>>),
    /// The converter worker must read it.
    Convert,
}

/// The reader's own reading of `json`, when it can give the same result as `load_any`.
pub fn route_in_reader(json: &str) -> Route {
    if let Err(problem) = check_size(json) {
        return Route::Read(Box::new(Err(vec![problem])));
    }
    if !matches!(shape(json), Shape::EssayTimeline) {
        return Route::Convert;
    }
    match parse_essay_timeline(json, true) {
        Err(problems) => Route::Read(Box::new(Err(problems))),
        Ok(timeline) if !timeline.is_fully_parsed() => Route::Convert,
        Ok(timeline) => Route::Read(Box::new(checked(
            json,
            timeline,
            Vec::new(),
            str::to_string,
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::detect::load_any;

    fn route(json: &str) -> &'static str {
        match route_in_reader(json) {
            Route::Read(result) if result.is_ok() => "read",
            Route::Read(_) => "refused",
            Route::Convert => "convert",
        }
    }

    #[test]
    fn reads_the_shipped_timeline_itself_exactly_as_the_full_loader_does() {
        let json = include_str!("../../../public/timelines/korea-1945-1950.json");
        let Route::Read(result) = route_in_reader(json) else {
            panic!("the reader must read the default timeline without the converter");
        };
        assert_eq!(*result, load_any(json));
        assert!(result.is_ok());
    }

    #[test]
    fn hands_timelinejs_files_and_unusual_html_to_the_converter() {
        let timelinejs = include_str!("../../../tests/fixtures/timelinejs-good.json");
        assert_eq!(route(timelinejs), "convert");
        let korea = include_str!("../../../public/timelines/korea-1945-1950.json");
        let with_html = korea.replacen(
            "\"title\":",
            "\"intro_html\": \"<P>Read <A HREF=x>this</A>\",\n  \"title\":",
            1,
        );
        assert_eq!(route(&with_html), "convert");
        let clean_html = korea.replacen(
            "\"title\":",
            "\"intro_html\": \"<p>Read <em>this</em></p>\",\n  \"title\":",
            1,
        );
        assert_eq!(route(&clean_html), "read");
    }

    #[test]
    fn refuses_broken_files_itself_with_the_full_loaders_words() {
        for json in ["{\"format\": \"essay-timeline/1\",", "{\"format\": 1}"] {
            let Route::Read(result) = route_in_reader(json) else {
                panic!("{json} is refused by the reader");
            };
            assert_eq!(*result, load_any(json));
            assert!(result.is_err());
        }
    }
}
