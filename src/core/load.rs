//! From the bytes of a timeline file to a checked timeline, or the list of what is wrong.

use super::timeline::Timeline;
use super::validate::{validate, Problem};

/// A timeline that passed validation, events in chronological order, with its warnings.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub timeline: Timeline,
    pub warnings: Vec<Problem>,
}

/// Parses and validates; on failure returns every problem found, errors first.
pub fn load_timeline(json: &str) -> Result<Loaded, Vec<Problem>> {
    let mut timeline: Timeline = serde_json::from_str(json).map_err(|e| {
        let place = format!("line {}, column {}", e.line(), e.column());
        let what = match e.classify() {
            serde_json::error::Category::Eof => "the file ends too early (truncated JSON?)",
            serde_json::error::Category::Syntax => "this is not valid JSON",
            _ => "the file does not match the timeline format",
        };
        // serde_json appends " at line L column C"; the place is already given.
        let detail = e.to_string();
        let detail = detail
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_string();
        vec![Problem::error(place, format!("{what}: {detail}"))]
    })?;
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) =
        validate(&timeline).into_iter().partition(Problem::is_error);
    if !errors.is_empty() {
        return Err(errors.into_iter().chain(warnings).collect());
    }
    // Stable sort: the reading order the app, keyboard and essay links all share.
    timeline.events.sort_by_key(|e| {
        let span = e.span();
        (span.first_day(), e.date.precision(), span.end_day())
    });
    Ok(Loaded { timeline, warnings })
}
