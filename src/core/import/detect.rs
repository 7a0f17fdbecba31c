//! Which format a timeline file is in, told from its name or content type (a CSV sheet) or
//! from its top-level fields (JSON), and reading it as that.

use std::str::Utf8Error;

use serde::de::IgnoredAny;

use crate::core::import::shape::{shape, Shape};
use crate::core::import::timelinejs::{self, TimelineJsFile};
use crate::core::import::timelinejs_csv::{load_timelinejs_csv, place_after};
use crate::core::load::json_locate::positions_at;
use crate::core::load::limits::{check_nesting, check_size};
use crate::core::load::problem::Problem;
use crate::core::load::{checked, load_essay_timeline, parse, placed, Loaded};

/// Reads an essay-timeline file or a TimelineJS file, whichever `json` is (see [`shape`]).
/// Text that is not JSON is refused as such before it is refused as neither format.
pub fn load_any(json: &str) -> Result<Loaded, Vec<Problem>> {
    check_size(json).map_err(|p| vec![p])?;
    let shape = shape(json);
    if !matches!(shape, Shape::EssayTimeline) {
        check_nesting(json).map_err(|p| vec![p])?;
    }
    let not_a_timeline = |message: String| -> Result<Loaded, Vec<Problem>> {
        parse::<IgnoredAny>(json, "JSON", true)?;
        Err(placed(json, vec![Problem::error("", message)]))
    };
    match shape {
        Shape::EssayTimeline => load_essay_timeline(json, true),
        Shape::TimelineJs => {
            let file: TimelineJsFile = parse(json, "the TimelineJS format", true)?;
            let (timeline, warnings) =
                timelinejs::import(&file).map_err(|problems| placed(json, problems))?;
            checked(json, timeline, warnings, timelinejs::file_path)
        }
        Shape::Other(kind) => not_a_timeline(format!(
            "a timeline file holds one JSON object, and this one holds {kind}"
        )),
        Shape::Neither => not_a_timeline(
            "this is neither an essay-timeline file (it has no \"format\") nor a TimelineJS file \
             (it has no \"events\" list of slides with a \"start_date\")"
                .to_string(),
        ),
    }
}

/// Whether a content type (`text/csv`, parameters such as `; charset=utf-8` aside) or a file
/// name or URL (whose path ends in `.csv`, in any case) says a file is a CSV sheet.
pub fn names_csv(name_or_type: &str) -> bool {
    let media_type = name_or_type.split(';').next().unwrap_or_default().trim();
    let path = name_or_type
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim();
    media_type.eq_ignore_ascii_case("text/csv")
        || path
            .len()
            .checked_sub(4)
            .is_some_and(|cut| path.as_bytes()[cut..].eq_ignore_ascii_case(b".csv"))
}

/// Reads a TimelineJS sheet saved as CSV when `name_or_type` (the file's name, its URL or its
/// content type) says it is one (see [`names_csv`]), and otherwise JSON in either format
/// (see [`load_any`]).
pub fn load_named(text: &str, name_or_type: &str) -> Result<Loaded, Vec<Problem>> {
    if names_csv(name_or_type) {
        load_timelinejs_csv(text)
    } else {
        load_any(text)
    }
}

/// [`load_named`] for a file's bytes, refusing a file that is not UTF-8 text with the place of
/// its first bad byte: the row and column of a sheet, the line and column of JSON.
pub fn load_bytes_named(bytes: &[u8], name_or_type: &str) -> Result<Loaded, Vec<Problem>> {
    check_size(bytes).map_err(|p| vec![p])?;
    match std::str::from_utf8(bytes) {
        Ok(text) => load_named(text, name_or_type),
        Err(e) => Err(vec![not_utf8(bytes, e, names_csv(name_or_type))]),
    }
}

/// Why `bytes` are not UTF-8 text, placed at the first byte that is not.
fn not_utf8(bytes: &[u8], error: Utf8Error, is_csv: bool) -> Problem {
    let valid = error.valid_up_to();
    let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
    let what = match error.error_len() {
        Some(_) => format!(
            "byte 0x{:02X} here is not part of any UTF-8 character, so the file is likely in \
             another encoding (such as Windows-1252)",
            bytes[valid]
        ),
        None => "it ends partway through a UTF-8 character".to_string(),
    };
    if is_csv {
        Problem::error(
            place_after(before),
            format!("the file is not UTF-8 text: {what}; save the sheet again as CSV UTF-8"),
        )
    } else {
        Problem::error(
            "",
            format!("the file is not UTF-8 text: {what}; save it again as UTF-8"),
        )
        .at(positions_at(before, &[Some(valid)])[0])
    }
}
