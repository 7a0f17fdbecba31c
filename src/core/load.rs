//! From the text of a timeline file to a checked timeline, or the list of what is wrong, each
//! problem at its JSON path and its line and column. Two formats are read: this app's
//! essay-timeline files and Knight Lab TimelineJS files.

use std::ops::ControlFlow;

use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::error::Category;

use super::json_locate::{byte_offset, from_byte_column, locate, locate_all, path_at, scan};
use super::limits::{check_nesting, check_size};
use super::timeline::Timeline;
use super::timelinejs::{self, TimelineJsFile};
use super::validate::{validate, Problem};

/// A timeline that passed validation, events in chronological order, with its warnings.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub timeline: Timeline,
    pub warnings: Vec<Problem>,
}

/// Reads an essay-timeline file; on failure returns every problem found, errors first.
pub fn load_timeline(json: &str) -> Result<Loaded, Vec<Problem>> {
    check_size(json).map_err(|p| vec![p])?;
    load_essay_timeline(json, false)
}

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

/// The nesting limit is checked only when parsing fails: a file that parses into the model is
/// a few levels deep, and a deeper one is told why in words rather than by the parser.
fn load_essay_timeline(json: &str, json_first: bool) -> Result<Loaded, Vec<Problem>> {
    let timeline: Timeline = parse(json, "the timeline format", json_first)
        .map_err(|problems| check_nesting(json).map_or_else(|p| vec![p], |()| problems))?;
    checked(json, timeline, Vec::new(), str::to_string)
}

/// Deserialises `json`; a failure is one problem at the JSON path and place where it arose.
/// With `json_first`, broken JSON anywhere is reported before a value of the wrong shape, as
/// `load_any` tells formats apart only in text that is JSON.
fn parse<T: DeserializeOwned>(
    json: &str,
    format: &str,
    json_first: bool,
) -> Result<T, Vec<Problem>> {
    let e = match serde_json::from_str(json) {
        Ok(value) => return Ok(value),
        Err(e) if e.is_data() && json_first => {
            serde_json::from_str::<IgnoredAny>(json).err().unwrap_or(e)
        }
        Err(e) => e,
    };
    let what = match e.classify() {
        Category::Eof => "the file ends too early (truncated JSON?)".to_string(),
        Category::Syntax => "this is not valid JSON".to_string(),
        _ => format!("the file does not match {format}"),
    };
    // serde_json appends " at line L column C"; the place is given separately.
    let detail = e.to_string();
    let detail = detail.split(" at line ").next().unwrap_or_default();
    // serde_json stops on (or just past) the value it could not read; its path is found from
    // that place in the text.
    let path = path_at(json, byte_offset(json, e.line(), e.column()));
    // A value of the wrong shape is placed where it starts, like every checking problem;
    // broken JSON where the parser stopped.
    let place = match e.classify() {
        Category::Data if !path.is_empty() => locate(json, &path),
        _ => None,
    }
    .unwrap_or_else(|| from_byte_column(json, e.line(), e.column()));
    Err(vec![
        Problem::error(path, format!("{what}: {detail}")).at(Some(place))
    ])
}

/// Validates, and on success puts the events in reading order. `file_path` turns a path into
/// the model into the path of the same field in the file.
fn checked(
    json: &str,
    mut timeline: Timeline,
    mut problems: Vec<Problem>,
    file_path: fn(&str) -> String,
) -> Result<Loaded, Vec<Problem>> {
    problems.extend(validate(&timeline).into_iter().map(|p| Problem {
        path: file_path(&p.path),
        ..p
    }));
    let problems = placed(json, problems);
    if problems.iter().any(Problem::is_error) {
        return Err(problems);
    }
    // Stable sort: the reading order the app, keyboard and essay links all share.
    timeline.events.sort_by_key(|e| {
        let span = e.span();
        (span.first_day(), e.date.precision(), span.end_day())
    });
    Ok(Loaded {
        timeline,
        warnings: problems,
    })
}

/// The problems placed at their line and column, errors first.
fn placed(json: &str, problems: Vec<Problem>) -> Vec<Problem> {
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    let positions = locate_all(json, &paths);
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) = problems
        .into_iter()
        .zip(positions)
        .map(|(problem, position)| problem.at(position))
        .partition(Problem::is_error);
    errors.into_iter().chain(warnings).collect()
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
