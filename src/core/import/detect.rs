//! Which format a timeline file is in, told from its top-level fields, and reading it as that.

use serde::de::IgnoredAny;

use crate::core::import::shape::{shape, Shape};
use crate::core::import::timelinejs::{self, TimelineJsFile};
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
