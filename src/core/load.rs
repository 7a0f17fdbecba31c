//! From the text of a timeline file to a checked timeline, or the list of what is wrong, each
//! problem at its JSON path and its line and column. Two formats are read: this app's
//! essay-timeline files and Knight Lab TimelineJS files.

use serde::de::DeserializeOwned;
use serde_json::error::Category;
use serde_json::Value;

use super::json_locate::{from_byte_column, locate, locate_all};
use super::limits::check_limits;
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
    check_limits(json).map_err(|p| vec![p])?;
    load_essay_timeline(json)
}

/// Reads an essay-timeline file or a TimelineJS file, whichever `json` is: a file with a
/// `format` or an `essay` is an essay timeline; otherwise one whose `events` list is empty or
/// holds a slide with a `start_date` is TimelineJS.
pub fn load_any(json: &str) -> Result<Loaded, Vec<Problem>> {
    check_limits(json).map_err(|p| vec![p])?;
    let value: Value = parse(json, "JSON")?;
    let not_a_timeline = |message: String| Err(placed(json, vec![Problem::error("", message)]));
    let Value::Object(fields) = &value else {
        return not_a_timeline(format!(
            "a timeline file holds one JSON object, and this one holds {}",
            kind_of(&value)
        ));
    };
    if fields.contains_key("format") || fields.contains_key("essay") {
        return load_essay_timeline(json);
    }
    let slides = fields.get("events").and_then(Value::as_array);
    if !slides.is_some_and(|s| s.is_empty() || s.iter().any(|e| e.get("start_date").is_some())) {
        return not_a_timeline(
            "this is neither an essay-timeline file (it has no \"format\") nor a TimelineJS file \
             (it has no \"events\" list of slides with a \"start_date\")"
                .to_string(),
        );
    }
    let file: TimelineJsFile = parse(json, "the TimelineJS format")?;
    let (timeline, warnings) =
        timelinejs::import(&file).map_err(|problems| placed(json, problems))?;
    checked(json, timeline, warnings, timelinejs::file_path)
}

fn load_essay_timeline(json: &str) -> Result<Loaded, Vec<Problem>> {
    let timeline: Timeline = parse(json, "the timeline format")?;
    checked(json, timeline, Vec::new(), str::to_string)
}

/// Deserialises `json`; a failure is one problem at the JSON path and place where it arose.
fn parse<T: DeserializeOwned>(json: &str, format: &str) -> Result<T, Vec<Problem>> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let parsed = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| {
            let path = if e.path().iter().next().is_none() {
                String::new()
            } else {
                e.path().to_string()
            };
            (path, e.into_inner())
        })
        .and_then(|value| {
            deserializer
                .end()
                .map(|()| value)
                .map_err(|e| (String::new(), e))
        });
    parsed.map_err(|(path, e)| {
        let what = match e.classify() {
            Category::Eof => "the file ends too early (truncated JSON?)".to_string(),
            Category::Syntax => "this is not valid JSON".to_string(),
            _ => format!("the file does not match {format}"),
        };
        // serde_json appends " at line L column C"; the place is given separately.
        let detail = e.to_string();
        let detail = detail.split(" at line ").next().unwrap_or_default();
        // A value of the wrong shape is placed where it starts, like every checking problem;
        // broken JSON where the parser stopped.
        let place = match e.classify() {
            Category::Data if !path.is_empty() => locate(json, &path),
            _ => None,
        }
        .unwrap_or_else(|| from_byte_column(json, e.line(), e.column()));
        vec![Problem::error(path, format!("{what}: {detail}")).at(Some(place))]
    })
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

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
