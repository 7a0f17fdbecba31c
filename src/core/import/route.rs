//! Which files the reader reads itself and which it hands to the converter worker. The reader
//! reads its own format when every rich-text field is plain text or the cleaned form this
//! app writes; TimelineJS files (JSON or CSV), files with other HTML and files that are not
//! UTF-8 (whose bad byte the worker places by row or line) need the importer and the full
//! HTML parser, which live in the worker (`src/bin/timeline-convert.rs`), so they are not
//! part of the first download.

use crate::core::import::detect::names_csv;
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

/// The reader's own reading of a file's `bytes`, when it can give the same result as
/// `load_bytes_named` with the same `name_or_type` (a URL, a file name or a content type).
pub fn route_in_reader(bytes: &[u8], name_or_type: &str) -> Route {
    if let Err(problem) = check_size(bytes) {
        return Route::Read(Box::new(Err(vec![problem])));
    }
    let Ok(json) = std::str::from_utf8(bytes) else {
        return Route::Convert;
    };
    if names_csv(name_or_type) || !matches!(shape(json), Shape::EssayTimeline) {
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
    use crate::core::import::detect::{load_any, load_bytes_named};

    fn route(json: &str) -> &'static str {
        match route_in_reader(json.as_bytes(), "timeline.json") {
            Route::Read(result) if result.is_ok() => "read",
            Route::Read(_) => "refused",
            Route::Convert => "convert",
        }
    }

    #[test]
    fn reads_the_shipped_timeline_itself_exactly_as_the_full_loader_does() {
        let json = include_str!("../../../public/timelines/korea-1945-1950.json");
        let Route::Read(result) = route_in_reader(json.as_bytes(), "korea.json") else {
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
    fn hands_sheets_and_files_that_are_not_utf8_to_the_converter() {
        let korea = include_str!("../../../public/timelines/korea-1945-1950.json");
        for name in [
            "sheet.csv",
            "https://x.example/Sheet.CSV?raw=1",
            "text/csv; charset=utf-8",
        ] {
            assert!(matches!(
                route_in_reader(b"Year,Headline\n1950,A", name),
                Route::Convert
            ));
        }
        let mut latin1 = korea.as_bytes().to_vec();
        latin1.extend_from_slice(b" \xE9");
        assert!(matches!(route_in_reader(&latin1, "k.json"), Route::Convert));
        assert!(load_bytes_named(&latin1, "k.json").is_err());
        assert!(matches!(
            route_in_reader(korea.as_bytes(), "application/json"),
            Route::Read(_)
        ));
    }

    #[test]
    fn refuses_broken_files_itself_with_the_full_loaders_words() {
        for json in ["{\"format\": \"essay-timeline/1\",", "{\"format\": 1}"] {
            let Route::Read(result) = route_in_reader(json.as_bytes(), "broken.json") else {
                panic!("{json} is refused by the reader");
            };
            assert_eq!(*result, load_any(json));
            assert!(result.is_err());
        }
    }
}
