//! From the text of a timeline file to a checked timeline, or the list of what is wrong, each
//! problem at its JSON path and its line and column. Two formats are read: this app's
//! essay-timeline files here, other formats through `import`, which shares these steps.

pub mod evidence_checks;
pub mod json_locate;
pub mod limits;
pub mod problem;
pub mod progress;
pub mod source_url;
pub mod validate;

use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::error::Category;

use crate::core::load::json_locate::{byte_offset, from_byte_column, locate, locate_all, path_at};
use crate::core::load::limits::{check_nesting, check_size};
use crate::core::load::problem::Problem;
use crate::core::load::validate::validate;
use crate::core::model::timeline::{Event, Timeline};
use crate::core::text::rich_text::RichText;
use crate::locale::checks;

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

/// The nesting limit is checked only when parsing fails: a file that parses into the model is
/// a few levels deep, and a deeper one is told why in words rather than by the parser.
pub(crate) fn load_essay_timeline(json: &str, json_first: bool) -> Result<Loaded, Vec<Problem>> {
    let mut timeline: Timeline = parse_essay_timeline(json, json_first)?;
    timeline.rich_texts_mut().for_each(RichText::finish_parsing);
    checked(json, timeline, Vec::new(), str::to_string)
}

/// Deserialises an essay-timeline file, its rich text left as reading it leaves it.
pub(crate) fn parse_essay_timeline(json: &str, json_first: bool) -> Result<Timeline, Vec<Problem>> {
    parse(json, checks::timeline_format(), json_first)
        .map_err(|problems| check_nesting(json).map_or_else(|p| vec![p], |()| problems))
}

/// Deserialises `json`; a failure is one problem at the JSON path and place where it arose.
/// With `json_first`, broken JSON anywhere is reported before a value of the wrong shape, as
/// `load_any` tells formats apart only in text that is JSON.
pub(crate) fn parse<T: DeserializeOwned>(
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
        Category::Eof => checks::truncated().to_string(),
        Category::Syntax => checks::not_json().to_string(),
        _ => checks::not_format(format),
    };
    // serde_json appends " at line L column C"; the place is given separately.
    let detail = e.to_string();
    let detail = parser_words(detail.split(" at line ").next().unwrap_or_default());
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
    Err(vec![Problem::error(
        path,
        checks::with_detail(what, detail),
    )
    .at(Some(place))])
}

/// serde's words for the commonest mistakes in a file's shape, in the page's language (the
/// same words in English); any other as serde has them.
fn parser_words(detail: &str) -> String {
    let quoted = |prefix: &str| detail.strip_prefix(prefix)?.strip_suffix('`');
    let listed = |prefix: &str| {
        detail
            .strip_prefix(prefix)?
            .split_once("`, expected one of ")
    };
    if let Some(field) = quoted("missing field `") {
        checks::missing_field(field)
    } else if let Some(field) = quoted("duplicate field `") {
        checks::duplicate_field(field)
    } else if let Some((field, names)) = listed("unknown field `") {
        checks::unknown_field(field, names)
    } else if let Some((value, names)) = listed("unknown variant `") {
        checks::unknown_variant(value, names)
    } else {
        detail.to_string()
    }
}

/// Validates, and on success puts the events in reading order. `file_path` turns a path into
/// the model into the path of the same field in the file.
pub(crate) fn checked(
    json: &str,
    timeline: Timeline,
    problems: Vec<Problem>,
    file_path: fn(&str) -> String,
) -> Result<Loaded, Vec<Problem>> {
    let problems = with_validation(&timeline, problems, file_path);
    loaded_unless_errors(timeline, placed(json, problems))
}

/// `problems`, then every problem validation finds, at the path `file_path` gives it in the
/// file. Apart from `checked`, so a file that is not JSON can place them its own way.
pub(crate) fn with_validation(
    timeline: &Timeline,
    mut problems: Vec<Problem>,
    file_path: fn(&str) -> String,
) -> Vec<Problem> {
    problems.extend(validate(timeline).into_iter().map(|p| Problem {
        path: file_path(&p.path),
        ..p
    }));
    problems
}

/// The timeline with its warnings, events in reading order; or the problems, when any is an
/// error.
pub(crate) fn loaded_unless_errors(
    mut timeline: Timeline,
    problems: Vec<Problem>,
) -> Result<Loaded, Vec<Problem>> {
    if problems.iter().any(Problem::is_error) {
        return Err(problems);
    }
    sort_in_reading_order(&mut timeline.events);
    Ok(Loaded {
        timeline,
        warnings: problems,
    })
}

/// Stable sort: the reading order the app, keyboard and essay links all share (the editor's
/// preview too).
pub(crate) fn sort_in_reading_order(events: &mut [Event]) {
    events.sort_by_key(|e| e.span().reading_key());
}

/// The problems placed at their line and column, errors first.
pub(crate) fn placed(json: &str, problems: Vec<Problem>) -> Vec<Problem> {
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    let positions = locate_all(json, &paths);
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) = problems
        .into_iter()
        .zip(positions)
        .map(|(problem, position)| problem.at(position))
        .partition(Problem::is_error);
    errors.into_iter().chain(warnings).collect()
}
