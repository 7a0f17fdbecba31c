//! Which format a timeline file is in, told from its top-level fields alone.

use std::ops::ControlFlow;

use crate::core::load::json_locate::scan;
use crate::locale::import;

/// What the top level of a file says it is.
pub enum Shape {
    /// Not an object: this kind of value.
    Other(&'static str),
    EssayTimeline,
    TimelineJs,
    Neither,
}

/// Tells the formats apart from the top-level fields alone, without building the values: an
/// essay-timeline file has a `format` or an `essay`; a TimelineJS file has an `events` list
/// that is empty or holds a slide with a `start_date`.
pub fn shape(json: &str) -> Shape {
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

/// The kind of JSON value that starts with `byte`.
fn kind_of(byte: u8) -> &'static str {
    match byte {
        b'n' => import::kind_null(),
        b't' | b'f' => import::kind_bool(),
        b'"' => import::kind_string(),
        b'[' => import::kind_list(),
        b'{' => import::kind_object(),
        _ => import::kind_number(),
    }
}
