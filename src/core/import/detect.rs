//! Which format a timeline file is in, told from its top-level fields, and reading it as that.

use std::ops::ControlFlow;

use serde::de::IgnoredAny;

use crate::core::import::timelinejs::{self, TimelineJsFile};
use crate::core::load::json_locate::scan;
use crate::core::load::limits::{check_nesting, check_size};
use crate::core::load::problem::Problem;
use crate::core::load::{checked, load_essay_timeline, parse, placed, Loaded};

/// What the top level of a file says it is.
enum Shape {
    /// Not an object: this kind of value.
    Other(&'static str),
    EssayTimeline,
    TimelineJs,
    Neither,
}

/// Tells the formats apart from the top-level fields alone, without building the values: an
/// essay-timeline file has a `format` or an `essay`; a TimelineJS file has an `events` list
/// that is empty or holds a slide with a `start_date`.
fn shape(json: &str) -> Shape {
    let mut shape = Shape::Neither;
    let (mut events_list, mut has_slides, mut has_start_date) = (false, false, false);
    scan(json, |value| {
        let opens = json.as_bytes()[value.offset];
        match value.depth {
            0 if opens != b'{' => shape = Shape::Other(kind_of(opens)),
            1 if value.path == "format" || value.path == "essay" => shape = Shape::EssayTimeline,
            1 if value.path == "events" => events_list = opens == b'[',
            2 => has_slides |= value.path.starts_with("events["),
            3 => {
                has_start_date |=
                    value.path.starts_with("events[") && value.path.ends_with("].start_date")
            }
            _ => {}
        }
        match shape {
            Shape::Neither => ControlFlow::Continue(()),
            _ => ControlFlow::Break(()),
        }
    });
    match shape {
        Shape::Neither if events_list && (!has_slides || has_start_date) => Shape::TimelineJs,
        shape => shape,
    }
}

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

/// The kind of JSON value that starts with `byte`.
fn kind_of(byte: u8) -> &'static str {
    match byte {
        b'n' => "null",
        b't' | b'f' => "a true/false value",
        b'"' => "a string",
        b'[' => "a list",
        b'{' => "an object",
        _ => "a number",
    }
}
